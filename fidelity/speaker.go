package fidelity

import (
	"slices"

	"github.com/reprint/reprint/analysis"
)

// SameSpeaker reports whether two speaker names, as quote.Extract gives
// them, can name the same person or body: after folding case and
// punctuation, the last word of one appears among the words of the other.
// So "Zelensky" is "Volodymyr Zelensky", "Starmer" is "UK Prime Minister
// Sir Keir Starmer", "Sir Keir" is "Sir Keir Starmer" and "the Kremlin" is
// "Kremlin", while "Trump" is not "Putin" and "Donald Trump" is not
// "Donald Tusk" (neither surname is in the other name). Names with no
// words are never the same as anything.
//
// The rule errs towards "same": a changed speaker is a strong claim, and
// news text names one person in many ways (title, first name, surname).
func SameSpeaker(a, b string) bool {
	ta, tb := analysis.Tokenize(a), analysis.Tokenize(b)
	if len(ta) == 0 || len(tb) == 0 {
		return false
	}
	has := func(ts []analysis.Token, h uint64) bool {
		return slices.ContainsFunc(ts, func(t analysis.Token) bool { return t.Hash == h })
	}
	return has(tb, ta[len(ta)-1].Hash) || has(ta, tb[len(tb)-1].Hash)
}
