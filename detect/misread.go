package detect

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reprint/reprint/analysis"
)

// Misread letters.
//
// Two captures of one printed text — an archive's OCR of a newspaper and of
// the paper that reprinted it, or a copy retyped with its typos — agree in
// words but not in letters: "tbe" for "the", "wns" for "was", "stearn" for
// "steam", each capture its own. The verbatim aligner bridges such gaps,
// but the run shares the relation is judged on (runShares) count unbroken
// runs of identical words, and a misreading every eight words or so leaves
// an exact copy with few runs of eight: read as a partial copy or a
// rewrite.
//
// misreadFold reads each word of the two texts as the word it misreads
// before runs are counted: of the words of the two texts that differ from
// it in a single letter that OCR confuses with it (same length, letters
// only; confusablePairs: "h" and "b", "e" and "c", "n" and "u" …), the
// most frequent, when that one is more frequent than the word itself
// ("tbe", three times, is "the", two hundred times; misreadings has the
// ties). The fold is the same for both texts, so it only ever makes runs,
// never breaks one: a position where the two texts have related words
// reads as agreeing. Two captures share misreadings of their own ("tbe" in
// both), so a word is folded whether or not the other text has it too. A
// rewriter's changes are whole words — synonyms, tenses, reordered clauses
// ("was" for "has", "she" for "the" are no misreadings: the letters look
// nothing alike) — and make no runs this way.
//
// The fold is tried only for a near-copy: when at least misreadMinRun3 of
// either text lies in runs of three words, and less than misreadMaxRun8 of
// one lies in runs of eight. Elsewhere it cannot change the relation, and
// it is not worth its maps.

const (
	// misreadMinRun3: a pair whose 3-word runs cover less of both texts
	// is a rewrite or a story told twice, whose relation no single
	// letters turn; the OCR'd copies of the story sets have 0.85–0.9.
	misreadMinRun3 = 0.5
	// misreadMaxRun8: a pair already in long runs on both sides needs no
	// fold (the copy bar, judge.DefaultThresholds().CopyMin, is 0.8).
	misreadMaxRun8 = 0.95
	// misreadMinLen and misreadMaxLen bound a folded word's letters.
	// Two-letter words are one letter from most others of their kind
	// ("in", "on", "an", "at", "it"): folded, the function words of a
	// light rewrite would read as one. Past 24 letters a token is a
	// compound or garbage, not a misread word.
	misreadMinLen = 3
	misreadMaxLen = 24
)

// misreadFold returns ta and tb with the hashes of misread words replaced
// by their counterparts' (see above), and whether any was; ta and tb are
// not modified.
func misreadFold(textA string, ta []analysis.Token, textB string, tb []analysis.Token) (na, nb []analysis.Token, folded bool) {
	words := make(map[uint64]*word)
	letterWords(words, textA, ta)
	letterWords(words, textB, tb)
	fold := misreadings(words)
	if len(fold) == 0 {
		return ta, tb, false
	}
	return foldTokens(ta, fold), foldTokens(tb, fold), true
}

// word is one word of the two texts, by the hash its tokens carry: its
// letters, lower case, and how often the two texts have it.
type word struct {
	letters []rune
	n       int
}

// letterWords adds to words the words of toks that are letters only, of
// misreadMinLen to misreadMaxLen letters.
func letterWords(words map[uint64]*word, text string, toks []analysis.Token) {
	for _, t := range toks {
		if w, ok := words[t.Hash]; ok {
			w.n++
			continue
		}
		if t.Span.End > len(text) {
			continue
		}
		s := text[t.Span.Start:t.Span.End]
		n := utf8.RuneCountInString(s)
		if n < misreadMinLen || n > misreadMaxLen || strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			continue
		}
		words[t.Hash] = &word{letters: []rune(strings.ToLower(s)), n: 1}
	}
}

// misreadings maps each word to the word it is read as: of the words that
// differ from it in one letter OCR confuses (confusable), the one that
// comes first in the order
// "more frequent, then smaller hash", when that one comes before the word
// itself; followed to its end (x → y → z is x → z), so words one letter
// apart all read as one. The order is strict, so the chains end. Two
// words as frequent as each other ("have" once in each capture, "havc"
// once) read as one either way; the hash only makes the choice the same
// on every run.
func misreadings(words map[uint64]*word) map[uint64]uint64 {
	var sb strings.Builder
	key := func(w []rune, i int) string {
		sb.Reset()
		sb.WriteString(string(w[:i]))
		sb.WriteByte(0)
		sb.WriteString(string(w[i+1:]))
		return sb.String()
	}
	before := func(g, h uint64) bool {
		ng, nh := words[g].n, words[h].n
		return ng > nh || ng == nh && g < h
	}
	// The words by each of their one-letter wildcards.
	index := make(map[string][]uint64, 4*len(words))
	for h, w := range words {
		for i := range w.letters {
			k := key(w.letters, i)
			index[k] = append(index[k], h)
		}
	}
	fold := make(map[uint64]uint64)
	for h, w := range words {
		best := h
		for i := range w.letters {
			for _, g := range index[key(w.letters, i)] {
				if g != h && confusable(w.letters[i], words[g].letters[i]) && before(g, best) {
					best = g
				}
			}
		}
		if best != h {
			fold[h] = best
		}
	}
	for h, g := range fold {
		for {
			next, ok := fold[g]
			if !ok {
				break
			}
			g = next
		}
		fold[h] = g
	}
	return fold
}

// confusablePairs are the letters OCR reads one for the other, their
// shapes alike in print: "tbe" and "bad" (h), "tho" and "thc" (e), "aud"
// and "iu" (n), "wns" and "nnd" (a), "ot" (f), "Iand" (l). Only such a
// difference is a misreading: "was" and "has", "she" and "the", "when"
// and "then" are other words, which a rewrite changes one for the other.
var confusablePairs = map[[2]rune]bool{}

func init() {
	for _, p := range []string{"hb", "eo", "ec", "oc", "nu", "an", "ao", "ft", "il", "li", "rt", "ij"} {
		r := []rune(p)
		confusablePairs[[2]rune{r[0], r[1]}] = true
		confusablePairs[[2]rune{r[1], r[0]}] = true
	}
}

// confusable reports whether OCR misreads a for b (confusablePairs).
func confusable(a, b rune) bool { return confusablePairs[[2]rune{a, b}] }

// foldTokens returns a copy of toks with each hash fold maps replaced.
func foldTokens(toks []analysis.Token, fold map[uint64]uint64) []analysis.Token {
	out := make([]analysis.Token, len(toks))
	copy(out, toks)
	for i := range out {
		if g, ok := fold[out[i].Hash]; ok {
			out[i].Hash = g
		}
	}
	return out
}
