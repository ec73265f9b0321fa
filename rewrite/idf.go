package rewrite

import (
	"math"
	"slices"

	"github.com/reprint/reprint"
)

// MinIDFDocs is the least number of documents an IDF must hold before its
// document frequencies are used. Below it, Weight returns the prior weight
// 1 for every term. With two documents — a pair compared on its own — a
// document frequency only says whether a term is in one text or both, and
// the terms in both are exactly the evidence of reuse: weighting them down
// would punish what we look for. Ten documents is where frequent words
// ("year", "people", "government") start to separate from names in a news
// corpus; the aligner is scored with a corpus-built IDF on PAN (thousands
// of documents) and with the prior on the seeds.
const MinIDFDocs = 10

// BackgroundDocs is the number of documents, holding none of the terms,
// that Weight adds to the corpus: a prior that the scanned set is not the
// language. A folder of articles is usually gathered by topic, so a term
// in every one of them is the story's subject, not a stop word, and a
// rewrite says it in other words around the same subject terms. The
// background pulls the weights of a small corpus toward uniform and
// vanishes in a large one. Measured on Clough–Stevenson scanned as one
// folder (100 texts on five topics): with no background two heavy
// rewrites lose every aligned sentence to their idiosyncratic words (the
// pair is same-story); 50, 100, 300 and 1,000 all keep them, and on
// PAN 2013 (thousands of documents) 100 leaves the plagdet figures in
// BENCHMARKS.md within 0.001.
const BackgroundDocs = 100

// IDF holds the document frequencies of terms over a corpus and weighs
// terms by inverse document frequency. Build it with Add, one call per
// document, then read it with Weight. Add must not be called concurrently
// with anything else; Weight and Docs are safe for concurrent use once
// adding is done. A nil *IDF weighs every term 1.
type IDF struct {
	df      map[uint64]uint32
	n       int
	scratch []uint64
}

// NewIDF returns an empty IDF.
func NewIDF() *IDF { return &IDF{df: make(map[uint64]uint32)} }

// Add counts one document, given its terms (Analyzer.Terms). Repeated
// terms count once; terms need not be sorted. Add does not keep terms.
func (f *IDF) Add(terms []uint64) {
	s := append(f.scratch[:0], terms...)
	slices.Sort(s)
	s = slices.Compact(s)
	for _, t := range s {
		f.df[t]++
	}
	f.scratch = s
	f.n++
}

// Docs returns the number of documents added.
func (f *IDF) Docs() int {
	if f == nil {
		return 0
	}
	return f.n
}

// DF returns the number of documents added that hold term.
func (f *IDF) DF(term uint64) int {
	if f == nil {
		return 0
	}
	return int(f.df[term])
}

// Weight returns the weight of term: 1 while the IDF holds fewer than
// MinIDFDocs documents (see there), else the smoothed inverse document
// frequency ln((N+B+1)/(df+0.5)) with B = BackgroundDocs, floored at 0.05
// so that a term in every document still counts a little. An unseen term
// (df 0) gets the highest weight: a rare word is strong evidence. The weight does not
// include the kind weight (WeightNumber, ...), which the Analyzer
// multiplies in.
func (f *IDF) Weight(term uint64) float32 {
	if f == nil || f.n < MinIDFDocs {
		return 1
	}
	df := f.df[term]
	w := math.Log(float64(f.n+BackgroundDocs+1) / (float64(df) + 0.5))
	return float32(max(w, 0.05))
}

// Terms returns the distinct terms of the sentences sents of text, sorted,
// appended to dst: what IDF.Add counts for one document. Spans outside
// text or splitting a UTF-8 sequence are skipped.
func (an *Analyzer) Terms(text string, sents []reprint.Span, dst []uint64) []uint64 {
	var d docFeatures
	an.document(text, sents, nil, &d, 0, 0)
	start := len(dst)
	dst = append(dst, d.ids...)
	slices.Sort(dst[start:])
	c := slices.Compact(dst[start:])
	return dst[:start+len(c)]
}

// NewIDFCounts returns an IDF of docs documents with the given document
// frequencies, for corpora whose counts live elsewhere (an archive): df
// need hold only the terms that will be weighed, since a term missing from
// it weighs as unseen. NewIDFCounts takes ownership of df.
func NewIDFCounts(docs int, df map[uint64]uint32) *IDF {
	if df == nil {
		df = make(map[uint64]uint32)
	}
	return &IDF{df: df, n: docs}
}

// Counts returns the IDF's document frequencies, owned by the IDF: the
// caller must not change the map.
func (f *IDF) Counts() map[uint64]uint32 { return f.df }

// Missing returns the terms of terms that the IDF holds no count for,
// sorted and without repeats, appended to dst: for an IDF of counts read
// as they are needed (NewIDFCounts), the terms still to read.
func (f *IDF) Missing(terms, dst []uint64) []uint64 {
	start := len(dst)
	for _, t := range terms {
		if _, ok := f.df[t]; !ok {
			dst = append(dst, t)
		}
	}
	slices.Sort(dst[start:])
	c := slices.Compact(dst[start:])
	return dst[:start+len(c)]
}

// Fill records the document frequencies df of terms it did not hold, for
// an IDF of counts read as they are needed; counts it holds are kept. Like
// Add, Fill must not be called concurrently with anything else.
func (f *IDF) Fill(df map[uint64]uint32) {
	for t, n := range df {
		if _, ok := f.df[t]; !ok {
			f.df[t] = n
		}
	}
}

// Remove uncounts one document given its terms, as Add counted it: the
// inverse of Add, for archives whose documents are replaced or removed.
func (f *IDF) Remove(terms []uint64) {
	s := append(f.scratch[:0], terms...)
	slices.Sort(s)
	s = slices.Compact(s)
	for _, t := range s {
		if d := f.df[t]; d > 1 {
			f.df[t] = d - 1
		} else {
			delete(f.df, t)
		}
	}
	f.scratch = s
	if f.n > 0 {
		f.n--
	}
}
