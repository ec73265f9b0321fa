package rewrite

import (
	"iter"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
	"github.com/zeebo/xxh3"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/analysis"
)

// Facts returns the distinct facts of the sentences sents of text, sorted,
// appended to dst: the numbers (as Terms reads them, "10,000" → 10000,
// number words two to twenty) and the words of names — what a report
// states, as against the words it states it in. Padding ("It is important
// to note that…", "In a development that has captured the attention of…")
// adds words and no facts; a source's dropped paragraph takes facts with
// it. Package provenance's details signal counts them (OnlyFacts).
//
// A name word is a capitalised word that is not a stop word, where
// capitals mark names: not the first word of a sentence or of a
// quotation unless the next word is capitalised too ("Carlos Mendez, the
// ranger…" is a name, "Squirrels trapped on Monday…" is not) and the text
// never writes it in lower case (Haitian Creole's "Dapre Inyon Pwofesè
// Sidès…", according to, is the "dapre" of "dapre AMBL"), and nothing
// in a line set in title case ("What Is Bubonic Plague?", "Key
// Takeaways"), where every word is capitalised. Each word of a name is a
// fact of its own, so "Dr Marsh" shares both words with "Dr Lena Marsh".
// Acronyms ("US", "G7") are names wherever they stand.
//
// German capitalises every noun, so there a capitalised word is a name
// only where a noun would not stand: a word after an article or a
// determiner ("das Freibad", "die nächsten Alternativen", "im Winter"),
// or after a number ("40 Kubikmeter", "27.000 Euro"), with nothing but
// inflected adjectives between, is a common noun, and so is a word
// opening a sentence ("Seit März…"), where German puts whatever it
// stresses. People and places take no article, so "sagte Brandlmeier"
// and "in Wendelsried" stay names, while a content farm's headings and
// summaries ("die Schließung des Freibads") count fewer nouns as details
// the source lacks. Prepositions are no such sign: after them stand
// places ("nach Bayern") as often as nouns, and counting them as nouns
// turned a German set's press release (session 22).
//
// Facts are KindEntity and KindNumber term IDs; spans outside text or
// splitting a UTF-8 sequence are skipped.
func (an *Analyzer) Facts(text string, sents []reprint.Span, dst []uint64) []uint64 {
	start := len(dst)
	an.lowerSeen, an.openers = an.lowerSeen[:0], an.openers[:0]
	an.setLanguage(text)
	german := an.lang == whatlanggo.Deu
	for s, toks := range an.sentences(text, sents) {
		title := an.titleCase(s, toks)
		prevEnd := 0
		quoted := false
		nounNext := false // German: a determiner or number stands before
		for i := 0; i < len(toks); i++ {
			tok := toks[i]
			gap := s[prevEnd:tok.Span.Start]
			opens := i == 0 || opensQuote(gap, quoted)
			quoted = quoteState(gap, quoted)
			prevEnd = tok.Span.End
			word := s[tok.Span.Start:tok.Span.End]
			if german && strings.TrimSpace(gap) != "" {
				nounNext = false // punctuation ends the noun phrase
			}
			if analysis.StartsDigit(word) {
				var num []byte
				num, i = an.joinNumber(s, toks, i)
				tok = toks[i]
				prevEnd = tok.Span.End
				dst = append(dst, numberTerm(num))
				nounNext = german
				continue
			}
			if t, ok := an.nums[tok.Hash]; ok {
				dst = append(dst, t)
				nounNext = german
				continue
			}
			r, _ := utf8.DecodeRuneInString(word)
			if unicode.IsLower(r) {
				an.lowerSeen = append(an.lowerSeen, tok.Hash)
			}
			if german {
				if _, det := germanDeterminers()[tok.Hash]; det {
					nounNext = true
					continue
				}
				if !unicode.IsUpper(r) {
					// An inflected adjective between keeps nounNext
					// ("die nächsten Alternativen"); any other word ends it
					// ("das sagte Brandlmeier").
					nounNext = nounNext && inflected(word)
					continue
				}
				noun := nounNext
				nounNext = false
				if (noun || opens) && !isAcronym(word) {
					continue
				}
			}
			if !unicode.IsUpper(r) {
				continue
			}
			if isAcronym(word) {
				if !shouted(s, toks, i) {
					dst = append(dst, TermID(KindEntity, tok.Hash))
				}
				continue
			}
			if an.isStop(tok.Hash) || title || dateWord(s, toks, i) {
				continue
			}
			if opens {
				if capitalisedNext(s, toks, i) {
					an.openers = append(an.openers, [2]uint64{tok.Hash, an.nameTerm(word, tok.Hash)})
				}
				continue
			}
			dst = append(dst, an.nameTerm(word, tok.Hash))
		}
	}
	for _, o := range an.openers {
		if !slices.Contains(an.lowerSeen, o[0]) {
			dst = append(dst, o[1])
		}
	}
	slices.Sort(dst[start:])
	c := slices.Compact(dst[start:])
	return dst[:start+len(c)]
}

// germanDeterminers are the token hashes of German's articles and
// determiners in every case, and of a preposition fused with an article
// ("im", "zum"): a capitalised word after one is a common noun (Facts).
var germanDeterminers = sync.OnceValue(func() map[uint64]struct{} {
	var tk analysis.Tokenizer
	set := map[uint64]struct{}{}
	for _, w := range strings.Fields(`der die das dem den des ein eine einem einen einer eines
		kein keine keinem keinen keiner keines mein meine meinem meinen meiner meines
		dein deine deinem deinen deiner deines sein seine seinem seinen seiner seines
		ihr ihre ihrem ihren ihrer ihres unser unsere unserem unseren unserer unseres
		euer eure eurem euren eurer eures dieser diese diesem diesen dieses jeder jede
		jedem jeden jedes jener jene jenem jenen jenes welcher welche welchem welchen
		welches mancher manche manchem manchen manches solcher solche solchem solchen
		solches alle allen aller alles beide beiden einige einigen einiger mehrere
		mehreren viele vielen wenige wenigen im am zum zur vom beim ins ans aufs`) {
		for _, t := range tk.Tokenize(w, nil) {
			set[t.Hash] = struct{}{}
		}
	}
	return set
})

// inflected reports whether a German word in lower case ends as an
// adjective inflects after an article: -e, -en, -er, -es, -em.
func inflected(word string) bool {
	for _, end := range []string{"e", "en", "er", "es", "em"} {
		if strings.HasSuffix(word, end) {
			return true
		}
	}
	return false
}

// NameStem is how many letters of a name word a fact keeps: the name's
// stem in the languages that decline names ("Zīļuciems", "Zīļuciemā",
// "Zīļuciemam" are one place in Latvian; "Kowalski", "Kowalskiego" one
// man in Polish), where a rewrite that puts a name in another case would
// otherwise read as a new fact. Truncation is the stemmer of IR for
// languages without one (six letters: shorter merges distinct names,
// "Brandl…" and "Brandlmeier"; longer misses the Baltic and Slavic
// endings of long names).
const NameStem = 6

// nameTerm is the fact of the name word word (hash its token's Hash):
// its first NameStem letters, folded; the token's own term when it is
// no longer.
func (an *Analyzer) nameTerm(word string, hash uint64) uint64 {
	n := 0
	for i := range word {
		if n == NameStem {
			return TermID(KindEntity, xxh3.HashString(an.tk.Fold(word[:i])))
		}
		n++
	}
	return TermID(KindEntity, hash)
}

// NameFacts returns the facts the name would give where it stands inside
// a sentence ("…, Aotearoa Public Media reported."), sorted, appended to
// dst: each capitalised word that is not a stop word, and acronyms. Facts
// reads a name alone as a line in title case, with no facts; a caller
// that knows a text names an outlet (a credit) reads the outlet's name
// with NameFacts to tell the facts of the story from those of its
// credit.
func (an *Analyzer) NameFacts(name string, dst []uint64) []uint64 {
	start := len(dst)
	an.tk.Within(name) // the name alone, whatever text came before
	toks := an.tk.Tokenize(name, an.toks[:0])
	an.toks = toks
	for _, tok := range toks {
		word := name[tok.Span.Start:tok.Span.End]
		r, _ := utf8.DecodeRuneInString(word)
		switch {
		case !unicode.IsUpper(r):
		case isAcronym(word):
			dst = append(dst, TermID(KindEntity, tok.Hash))
		case !an.isStop(tok.Hash):
			dst = append(dst, an.nameTerm(word, tok.Hash))
		}
	}
	slices.Sort(dst[start:])
	c := slices.Compact(dst[start:])
	return dst[:start+len(c)]
}

// titleCase reports whether the sentence s, tokenized as toks, is set in
// title case: at least two capitalised words, and no word in lower case
// but stop words ("Plague Case in Pine County", "What Happened?"). A
// headline or heading so set says nothing about names by its capitals.
func (an *Analyzer) titleCase(s string, toks []analysis.Token) bool {
	n := 0
	for _, tok := range toks {
		word := s[tok.Span.Start:tok.Span.End]
		r, _ := utf8.DecodeRuneInString(word)
		switch {
		case unicode.IsUpper(r):
			n++
		case !unicode.IsLetter(r):
		default:
			if !an.isStop(tok.Hash) {
				return false
			}
		}
	}
	return n >= 2
}

// dateWord reports whether toks[i], a capitalised word, is a month's name
// in a full date: a day of the month after it and a year after the day
// ("Nobiyembre 20, 2025", "November 20 2025"), or the day before it and
// the year after it ("20 Nobiyembre 2025"), with only a space between (a
// comma before the year): the name of a month, in any language, which two
// stories of one outlet in one month share without sharing a story. The
// day and the year stay facts, as numbers. A name beside a figure alone
// ("Дорж 14 өрхөд", Dorj, 14 households; "Jane Doe, 24,") is no date.
func dateWord(s string, toks []analysis.Token, i int) bool {
	// gap is the text between toks[k-1] and toks[k]; value reports
	// whether toks[k] is a number from lo to hi.
	gap := func(k int) string {
		if k < 1 || k >= len(toks) {
			return "\n"
		}
		return s[toks[k-1].Span.End:toks[k].Span.Start]
	}
	value := func(k, lo, hi int) bool {
		if k < 0 || k >= len(toks) {
			return false
		}
		n, err := strconv.Atoi(s[toks[k].Span.Start:toks[k].Span.End])
		return err == nil && n >= lo && n <= hi
	}
	year := func(k int) bool { return (gap(k) == " " || gap(k) == ", ") && value(k, 1900, 2100) }
	return gap(i+1) == " " && value(i+1, 1, 31) && year(i+2) ||
		gap(i) == " " && value(i-1, 1, 31) && year(i+1)
}

// capitalisedNext reports whether the word after toks[i] is capitalised
// and joined to it as one name (entityJoiner).
func capitalisedNext(s string, toks []analysis.Token, i int) bool {
	if i+1 >= len(toks) || !entityJoiner(s[toks[i].Span.End:toks[i+1].Span.Start]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[toks[i+1].Span.Start:])
	return unicode.IsUpper(r)
}

// shoutMinLetters is the length from which two capitalised words side by
// side are shouting, not acronyms: four letters. "PLEASE SHARE", "BREAKING
// NEWS" are words set in capitals; acronyms stand alone or beside a short
// one ("US NATO", "UK"), and a long one beside another ("UNESCO UNICEF")
// is rare.
const shoutMinLetters = 4

// shouted reports whether toks[i], a word in capitals, stands next to
// another such word in its sentence, both at least shoutMinLetters long:
// a phrase set in capitals ("⚠️ PLEASE SHARE ⚠️"), whose words are no
// names and no facts.
func shouted(s string, toks []analysis.Token, i int) bool {
	long := func(j int) bool {
		if j < 0 || j >= len(toks) {
			return false
		}
		w := s[toks[j].Span.Start:toks[j].Span.End]
		return len(w) >= shoutMinLetters && isAcronym(w)
	}
	if !long(i) {
		return false
	}
	return long(i-1) && entityJoiner(s[toks[i-1].Span.End:toks[i].Span.Start]) ||
		long(i+1) && entityJoiner(s[toks[i].Span.End:toks[i+1].Span.Start])
}

// opensQuote reports whether gap, the text before a word, opens a
// quotation: a word there starts a sentence of the speaker's, capitalised
// whatever it is.
func opensQuote(gap string, in bool) bool {
	return !in && quoteState(gap, in)
}

// NamePhrases returns the runs of capitalised words of the sentences
// sents of text, each as the name facts its words give (NameFacts' IDs,
// unsorted, in the run's order), appended to dst: "Meridian League" is
// one run of two facts, "Denholme United" another. Two reports of one
// event share several such names (its people, places and bodies); two
// reports of one league's round share the league's and a club's, four
// name words in two names (detect's same-story bar counts the names).
func (an *Analyzer) NamePhrases(text string, sents []reprint.Span, dst [][]uint64) [][]uint64 {
	an.tk.Within(text)
	var acronyms []acronym
	for s, toks := range an.sentences(text, sents) {
		var run []uint64
		end := -1 // where the run's last word ends
		for _, tok := range toks {
			word := s[tok.Span.Start:tok.Span.End]
			r, _ := utf8.DecodeRuneInString(word)
			joined := end >= 0 && strings.Trim(s[end:tok.Span.Start], " -\u00a0") == ""
			if !unicode.IsUpper(r) || an.isStop(tok.Hash) && !isAcronym(word) {
				if len(run) > 0 {
					dst = append(dst, run)
					run = nil
				}
				end = -1
				continue
			}
			if !joined && len(run) > 0 {
				dst = append(dst, run)
				run = nil
			}
			id := an.nameTerm(word, tok.Hash)
			if isAcronym(word) {
				id = TermID(KindEntity, tok.Hash)
				if len(word) >= minAcronymLetters && !slices.ContainsFunc(acronyms, func(a acronym) bool { return a.word == word }) {
					acronyms = append(acronyms, acronym{word, tok.Hash})
				}
			}
			run = append(run, id)
			end = tok.Span.End
		}
		if len(run) > 0 {
			dst = append(dst, run)
		}
	}
	if len(acronyms) > 0 {
		dst = an.spelledOut(text, sents, acronyms, dst)
	}
	return dst
}

// minAcronymLetters is the shortest acronym read against the names it
// abbreviates: two letters ("UN", "EU") spell the initials of too many
// pairs of capitalised words.
const minAcronymLetters = 3

// acronym is an acronym of a text and its token hash.
type acronym struct {
	word string
	hash uint64
}

// maxAcronymLinkBytes bounds a lower-case word between the words of a
// name an acronym abbreviates: "of", "and", "for", "de", "di".
const maxAcronymLinkBytes = 4

// spelledOut appends to dst, for each of acronyms that the text spells
// out, one phrase of the acronym and the names its letters abbreviate:
// "FPLW" beside "Federation of Port and Logistics Workers" is one name,
// not five (a union's two press releases share it, and no more of a
// story). A name is spelled out where capitalised words, joined by at
// most one short lower-case stop word each ("of", "and"), begin with the
// acronym's letters in order.
func (an *Analyzer) spelledOut(text string, sents []reprint.Span, acronyms []acronym, dst [][]uint64) [][]uint64 {
	found := make([]bool, len(acronyms))
	for s, toks := range an.sentences(text, sents) {
		for i := range toks {
			w := s[toks[i].Span.Start:toks[i].Span.End]
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) || isAcronym(w) {
				continue
			}
			for a, ac := range acronyms {
				acr := ac.word
				if found[a] || r != rune(acr[0]) {
					continue
				}
				ids := []uint64{an.nameTerm(w, toks[i].Hash)}
				k, link := 1, false
				for j := i + 1; j < len(toks) && k < len(acr); j++ {
					wj := s[toks[j].Span.Start:toks[j].Span.End]
					rj, _ := utf8.DecodeRuneInString(wj)
					if unicode.IsUpper(rj) && !isAcronym(wj) && rj == rune(acr[k]) {
						ids = append(ids, an.nameTerm(wj, toks[j].Hash))
						k, link = k+1, false
						continue
					}
					if !link && unicode.IsLower(rj) && len(wj) <= maxAcronymLinkBytes && an.isStop(toks[j].Hash) {
						link = true
						continue
					}
					break
				}
				if k == len(acr) {
					found[a] = true
					dst = append(dst, append([]uint64{TermID(KindEntity, ac.hash)}, ids...))
				}
			}
		}
	}
	return dst
}

// sentences yields each sentence of sents in text with its tokens (in
// the analyzer's scratch, valid until the next step), skipping spans that
// overlap the one before, fall outside text or split a UTF-8 sequence.
func (an *Analyzer) sentences(text string, sents []reprint.Span) iter.Seq2[string, []analysis.Token] {
	return func(yield func(string, []analysis.Token) bool) {
		prev := 0
		for _, sp := range sents {
			if sp.Start < prev || sp.End < sp.Start || sp.End > len(text) ||
				!runeStart(text, sp.Start) || !runeStart(text, sp.End) {
				continue
			}
			prev = sp.End
			s := text[sp.Start:sp.End]
			an.toks = an.tk.Tokenize(s, an.toks[:0])
			if !yield(s, an.toks) {
				return
			}
		}
	}
}
