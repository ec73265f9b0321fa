package engine

import (
	"slices"

	"github.com/reprint/reprint/analysis"
)

// wordingRun is the length in words of the runs wordings compares: four,
// long enough that two reports' stock phrases ("the council said", "in a
// statement") seldom make one, short enough that a quotation of a single
// short sentence two reports share makes several.
const wordingRun = 4

// wordedThroughShare is the share of the runs two articles share that
// must also lie in an ancestor both descend from for their shared wording
// to be that ancestor's (apart): nine tenths. Two reporters who each quote
// a council's statement share the statement's sentences and little else;
// a rewrite that took from its sibling shares the sibling's own sentences,
// which the ancestor never held.
const wordedThroughShare = 0.9

// wordedThroughMin is how many runs two articles must share for the test
// to say anything: eight, about a sentence. Two reworded versions that
// share no wording at all are left to the passage test (through).
const wordedThroughMin = 8

// wordings holds each article's distinct wordingRun-word runs, hashed,
// read on first need (apart asks for a few articles of a corpus). It is
// not safe for concurrent use.
type wordings struct {
	texts []string
	runs  [][]uint64
	read  []bool
	tk    analysis.Tokenizer
	toks  []analysis.Token
}

func newWordings(texts []string) *wordings {
	return &wordings{texts: texts, runs: make([][]uint64, len(texts)), read: make([]bool, len(texts))}
}

// of returns article i's runs, sorted and distinct.
func (w *wordings) of(i int) []uint64 {
	if w.read[i] {
		return w.runs[i]
	}
	w.read[i] = true
	w.toks = w.tk.Tokenize(w.texts[i], w.toks[:0])
	var out []uint64
	for j := 0; j+wordingRun <= len(w.toks); j++ {
		h := uint64(14695981039346656037)
		for _, t := range w.toks[j : j+wordingRun] {
			h = (h ^ t.Hash) * 1099511628211
		}
		out = append(out, h)
	}
	slices.Sort(out)
	w.runs[i] = slices.Compact(out)
	return w.runs[i]
}

// through reports whether the wording articles x and y share is their
// common ancestors' (anc): they share at least wordedThroughMin runs, and
// at least wordedThroughShare of them lie in one of anc too. A nil w
// never says so.
func (w *wordings) through(x, y int, anc []int) bool {
	if w == nil || len(anc) == 0 {
		return false
	}
	rx, ry := w.of(x), w.of(y)
	shared, inside := 0, 0
	for i, j := 0, 0; i < len(rx) && j < len(ry); {
		switch {
		case rx[i] < ry[j]:
			i++
		case rx[i] > ry[j]:
			j++
		default:
			shared++
			if slices.ContainsFunc(anc, func(a int) bool {
				_, ok := slices.BinarySearch(w.of(a), rx[i])
				return ok
			}) {
				inside++
			}
			i++
			j++
		}
	}
	return shared >= wordedThroughMin && float64(inside) >= wordedThroughShare*float64(shared)
}
