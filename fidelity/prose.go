package fidelity

import (
	"strings"
	"unicode/utf8"

	"github.com/reprint/reprint/stopword"
)

// A speaker's own text as the source. A social post, an open letter, a
// column or a blog post is its writer speaking in the first person,
// without quotation marks of its own: a report that quotes it ("In a long
// Instagram post, she wrote: "…"") quotes the writer's words, and those
// words are the text's prose, not a quotation in it. Against such a
// source a quotation found whole, word for word, in the prose is exact
// when it ends where a sentence ends, and a fragment when it stops
// inside one; Check.Prose says it was found so. A
// news story's narration is not its writer speaking (no first person):
// a quotation of it stays unquoted-in-source, the farm's narration put
// in quotation marks.

// ownProseMinWords is the fewest words a quotation needs to be read as a
// quotation of the source's own prose: four, as a text's own access to a
// speaker is counted (shorter ones are scare quotes and terms).
const ownProseMinWords = 4

// ownProsePronouns and ownProseShare: a source speaks in the first
// person when its unquoted words hold at least ownProsePronouns
// first-person words making at least ownProseShare of them. A post that
// says "I", "my", "me" in nearly every sentence has 4–8 in a hundred
// words; a news story's narration has none, but for a stray "we" of a
// headline or a paraphrase, hence the count of three and the share of
// one in a hundred.
const (
	ownProsePronouns = 3
	ownProseShare    = 0.01
)

// englishProseShare is the share of a source's unquoted words that
// English function words (stopword.Function) must make for its first
// person to be read: a quarter, as package rewrite tells English. The
// first-person words of other languages are the articles, prepositions
// and particles of yet others (Italian "i" and "mi", Swedish "i",
// Chamorro "ma", Spanish "mis"), so only English is read: in another
// language a quotation of the prose stays unquoted-in-source.
const englishProseShare = 0.25

// firstPersonWords are English's first-person pronouns and possessives,
// lower case; "I" counts only as a capital.
var firstPersonWords = map[string]bool{
	"me": true, "my": true, "mine": true, "myself": true,
	"we": true, "us": true, "our": true, "ours": true, "ourselves": true,
}

// englishFunction is stopword.Function as a set.
var englishFunction = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range stopword.English(stopword.Function) {
		m[w] = true
	}
	return m
}()

// firstPerson reports whether the source is English that speaks in the
// first person in its unquoted words (ownProsePronouns, ownProseShare,
// englishProseShare); read once.
func (src *sourceIndex) firstPerson() bool {
	if src.personRead {
		return src.person
	}
	src.personRead = true
	prose, own, english := 0, 0, 0
	for j, t := range src.toks {
		if src.outer[j] >= 0 {
			continue
		}
		prose++
		w := src.text[t.Span.Start:t.Span.End]
		lw := strings.ToLower(w)
		if englishFunction[lw] {
			english++
		}
		if w == "I" || firstPersonWords[lw] {
			own++
		}
	}
	src.person = own >= ownProsePronouns && float64(own) >= ownProseShare*float64(prose) &&
		float64(english) >= englishProseShare*float64(prose)
	return src.person
}

// prose returns the first position where the words d stand whole and
// contiguous in the source's prose: their first and last words
// unquoted. A word the writer scare-quotes inside the passage ("Please
// don't buy 'resale' tickets") is still her prose.
func (src *sourceIndex) prose(d []uint64) (int, bool) {
	if len(d) == 0 {
		return 0, false
	}
next:
	for _, p := range src.post[d[0]] {
		j := int(p)
		if j+len(d) > len(src.hash) {
			break
		}
		if src.outer[j] >= 0 || src.outer[j+len(d)-1] >= 0 {
			continue
		}
		for k, h := range d {
			if src.hash[j+k] != h {
				continue next
			}
		}
		return j, true
	}
	return 0, false
}

// wholeSentences reports whether the source words first..last end where
// a sentence ends: the text after them ends a sentence, a line or the
// text, closing quotation marks and brackets aside. Where they start is
// not asked: a report quotes a writer from after a sentence's "But" or
// "And" as readily as from its start, and the words are hers unchanged;
// a quotation that stops before its sentence does drops what she went on
// to say.
func (src *sourceIndex) wholeSentences(first, last int) bool {
	after := strings.TrimLeft(src.text[src.toks[last].Span.End:], "\"'“”‘’»)]")
	if after == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(after)
	return strings.ContainsRune(".!?…\n", r)
}
