package engine

import (
	"slices"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/quote"
	"github.com/reprint/reprint/sentence"
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
	// narrative holds each article's runs sentence by sentence, for the
	// sentences that hold no quotation, and narrativeSet its runs outside
	// quotations, sorted; read on first need (narrativeOf, ownWording).
	// quotes is narrativeOf's scratch.
	narrative    [][][]uint64
	narrativeSet [][]uint64
	readN        []bool
	quotes       []quote.Quote
	// sites are the articles' publishers' names (Meta.Site), "" where
	// unknown: an ancestor's wording includes its own name, which the
	// versions under it print as "the Office for National Statistics
	// said" where the page prints it only in its furniture.
	sites       []string
	runs, own   [][]uint64
	read, read2 []bool
	tk          analysis.Tokenizer
	toks        []analysis.Token
	// run is the length of the runs in words: wordingRun, or
	// provenance.WordingRun for the lineage's Wording (wordingOf).
	run int
}

func newWordings(texts, sites []string) *wordings {
	return &wordings{texts: texts, sites: sites, run: wordingRun, runs: make([][]uint64, len(texts)), own: make([][]uint64, len(texts)),
		read: make([]bool, len(texts)), read2: make([]bool, len(texts)),
		narrative: make([][][]uint64, len(texts)), narrativeSet: make([][]uint64, len(texts)), readN: make([]bool, len(texts))}
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
	dst = w.appendRuns(text, dst)
	slices.Sort(dst)
	return slices.Compact(dst)
}

// appendRuns appends the runs of text to dst, in text order.
func (w *wordings) appendRuns(text string, dst []uint64) []uint64 {
	w.toks = w.tk.Tokenize(text, w.toks[:0])
	for j := 0; j+w.run <= len(w.toks); j++ {
		h := uint64(14695981039346656037)
		for _, t := range w.toks[j : j+w.run] {
			h = (h ^ t.Hash) * 1099511628211
		}
		dst = append(dst, h)
	}
	return dst
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

// narrativeOf returns the runs of each of article i's sentences that
// hold no quotation, and the sorted distinct runs of all its text outside
// its quotations.
func (w *wordings) narrativeOf(i int) (sentences [][]uint64, set []uint64) {
	if w.readN[i] {
		return w.narrative[i], w.narrativeSet[i]
	}
	w.readN[i] = true
	text := w.texts[i]
	w.quotes = quote.Extract(text, w.quotes[:0])
	var all []uint64
	at := 0
	for _, q := range w.quotes {
		if q.Outer.Start < at || q.Outer.End > len(text) {
			continue
		}
		all = w.appendRuns(text[at:q.Outer.Start], all)
		at = q.Outer.End
	}
	all = w.appendRuns(text[at:], all)
	slices.Sort(all)
	w.narrativeSet[i] = slices.Compact(all)
	for _, sp := range sentence.Split(text, nil) {
		if slices.ContainsFunc(w.quotes, func(q quote.Quote) bool { return q.Outer.Start < sp.End && sp.Start < q.Outer.End }) {
			continue
		}
		if runs := w.appendRuns(text[sp.Start:sp.End], nil); len(runs) > 0 {
			w.narrative[i] = append(w.narrative[i], runs)
		}
	}
	return w.narrative[i], w.narrativeSet[i]
}

// ownWordingMin is how many runs of one sentence two articles must share
// outside every ancestor both descend from, and ownSentenceShare the
// share of the sentence's runs they must be, for the sentence to be their
// own (apart): ten runs, a sentence of a dozen words or more, nearly whole
// (a run or two may be the ancestor's figure or name: "3,000 tonnes
// of"). Two rewriters who each reword their parent do not land on one
// such sentence the parent never wrote (a station's update keeps its
// morning bulletin's "The Northmoor Chronicle reports around 3,000
// tonnes of rock and earth came down onto the beach", which the paper
// put otherwise); the stock phrases of one kind of story ("died at the
// scene", "near the Mill Lane turning at Sallow Green", "thought to be
// life threatening") make a few runs of a sentence each, not one.
const (
	ownWordingMin    = 10
	ownSentenceShare = 0.8
)

// ownWording reports whether articles x and y share a sentence of x's
// narration (narrativeOf: no quotation in it) of their own: at least
// ownWordingMin of its runs, and ownSentenceShare of them, in y's
// narration and in none of anc, its text or its publisher's name
// (ancestral). One took it from the other. Quoted words are the
// speaker's, which reporters who each heard or read the statement carry
// alike. A nil w never says so.
func (w *wordings) ownWording(x, y int, anc []int) bool {
	if w == nil || len(anc) == 0 {
		return false
	}
	sx, _ := w.narrativeOf(x)
	_, ry := w.narrativeOf(y)
	for _, runs := range sx {
		own := 0
		for _, h := range runs {
			if _, shared := slices.BinarySearch(ry, h); shared && !slices.ContainsFunc(anc, func(a int) bool {
				_, ok := slices.BinarySearch(w.ancestral(a), h)
				return ok
			}) {
				own++
			}
		}
		if own >= ownWordingMin && float64(own) >= ownSentenceShare*float64(len(runs)) {
			return true
		}
	}
	return false
}

// siteNames returns each article's publisher's name (Meta.Site).
func siteNames(arts []*reprint.Article) []string {
	out := make([]string, len(arts))
	for i, a := range arts {
		out[i] = a.Meta.Site
	}
	return out
}
