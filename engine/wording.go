package engine

import (
	"slices"

	"github.com/reprint/reprint"
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
	// sites are the articles' publishers' names (Meta.Site), "" where
	// unknown: an ancestor's wording includes its own name, which the
	// versions under it print as "the Office for National Statistics
	// said" where the page prints it only in its furniture.
	sites       []string
	runs, own   [][]uint64
	read, read2 []bool
	tk          analysis.Tokenizer
	toks        []analysis.Token
}

func newWordings(texts, sites []string) *wordings {
	return &wordings{texts: texts, sites: sites, runs: make([][]uint64, len(texts)), own: make([][]uint64, len(texts)),
		read: make([]bool, len(texts)), read2: make([]bool, len(texts))}
}

// of returns article i's runs, sorted and distinct.
func (w *wordings) of(i int) []uint64 {
	if w.read[i] {
		return w.runs[i]
	}
	w.read[i] = true
	w.runs[i] = w.runsOf(w.texts[i], nil)
	return w.runs[i]
}

// ancestral returns article i's runs as an ancestor's: its text's and
// those of its publisher's name after "the".
func (w *wordings) ancestral(i int) []uint64 {
	if w.read2[i] {
		return w.own[i]
	}
	w.read2[i] = true
	out := slices.Clone(w.of(i))
	if i < len(w.sites) && w.sites[i] != "" {
		out = w.runsOf("the "+w.sites[i], out)
	}
	w.own[i] = out
	return out
}

// runsOf appends the runs of text to dst and returns them sorted and
// distinct.
func (w *wordings) runsOf(text string, dst []uint64) []uint64 {
	w.toks = w.tk.Tokenize(text, w.toks[:0])
	for j := 0; j+wordingRun <= len(w.toks); j++ {
		h := uint64(14695981039346656037)
		for _, t := range w.toks[j : j+wordingRun] {
			h = (h ^ t.Hash) * 1099511628211
		}
		dst = append(dst, h)
	}
	slices.Sort(dst)
	return slices.Compact(dst)
}

// through reports whether the wording articles x and y share is their
// common ancestors' (anc): they share at least wordedThroughMin runs, and
// at least wordedThroughShare of them lie in one of anc too, its text or
// its publisher's name (ancestral). A nil w never says so.
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
				_, ok := slices.BinarySearch(w.ancestral(a), rx[i])
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

// siteNames returns each article's publisher's name (Meta.Site).
func siteNames(arts []*reprint.Article) []string {
	out := make([]string, len(arts))
	for i, a := range arts {
		out[i] = a.Meta.Site
	}
	return out
}
