package clough

import (
	"context"
	"fmt"
	"slices"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/align"
	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/rewrite"
	"github.com/reprint/reprint/sentence"
)

// Feature names one component of Features.
type Feature int

const (
	// VerbatimAnswer is the share of the answer's words inside passages
	// the verbatim aligner (package align, default options) found against
	// the source.
	VerbatimAnswer Feature = iota
	// VerbatimSource is the same for the source's words.
	VerbatimSource
	// Contain1 … Contain5 are word n-gram containment of the answer in the
	// source, |G_n(answer) ∩ G_n(source)| / |G_n(answer)| over distinct
	// n-grams of analysis tokens (Broder 1997; the features of Clough and
	// Stevenson 2011).
	Contain1
	Contain2
	Contain3
	Contain4
	Contain5
	// LCS is the length of the longest common subsequence of the two token
	// sequences divided by the answer's token count (Clough and Stevenson's
	// normalised LCS).
	LCS
	// Run2 … Run32 are the shares of the answer's words inside a run of
	// at least 2, 3, 4, 6, 8, 12, 16, 24 or 32 consecutive words that
	// occurs, in the same order and unbroken, in the source: the coverage
	// of greedy string tiling (Wise 1993) with a minimum match length.
	// Short runs measure how much is shared, long runs how much of it is
	// pasted unedited, which is what separates cut from light revision.
	Run2
	Run3
	Run4
	Run6
	Run8
	Run12
	Run16
	Run24
	Run32
	// RewriteAnswer is the share of the answer's words inside passages the
	// sentence-level rewrite aligner (package rewrite) found.
	RewriteAnswer
	// RewriteSource is the same for the source's words.
	RewriteSource
	// NumFeatures is the length of Features.
	NumFeatures
)

var featureNames = [...]string{
	"verbatim_answer", "verbatim_source",
	"contain1", "contain2", "contain3", "contain4", "contain5",
	"lcs", "run2", "run3", "run4", "run6", "run8", "run12", "run16", "run24", "run32",
	"rewrite_answer", "rewrite_source",
}

func (f Feature) String() string {
	if f >= 0 && f < NumFeatures {
		return featureNames[f]
	}
	return "unknown"
}

// runLengths are the minimum run lengths of Run2 … Run32, in order.
var runLengths = [...]int{2, 3, 4, 6, 8, 12, 16, 24, 32}

// MarshalText implements encoding.TextMarshaler.
func (f Feature) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// Features are the measurements of one answer against its task's source,
// indexed by Feature. Each is in [0,1].
type Features [NumFeatures]float64

// MarshalJSON writes Features as an object keyed by feature name, so
// that the JSON does not depend on the index order.
func (f Features) MarshalJSON() ([]byte, error) {
	b := []byte{'{'}
	for i, v := range f {
		if i > 0 {
			b = append(b, ',')
		}
		b = fmt.Appendf(b, "%q:%.6g", Feature(i).String(), v)
	}
	return append(b, '}'), nil
}

// Extractor computes the Features of an answer against its source. It is
// called once per answer, sequentially, so an implementation may keep
// scratch state; it must be deterministic.
type Extractor interface {
	Features(answer, source string) (Features, error)
}

// ExtractorFunc adapts a function to Extractor.
type ExtractorFunc func(answer, source string) (Features, error)

// Features calls f.
func (f ExtractorFunc) Features(answer, source string) (Features, error) { return f(answer, source) }

// Sample is one answer's label with its features: what a classifier
// trains and predicts on.
type Sample struct {
	File     string   `json:"file"`
	Task     string   `json:"task"`
	Category Category `json:"category"`
	Features Features `json:"features"`
}

// Samples computes the features of every answer against its task's
// source with ex, in the order of c.Answers. It checks ctx between
// answers.
func (c *Corpus) Samples(ctx context.Context, ex Extractor) ([]Sample, error) {
	out := make([]Sample, 0, len(c.Answers))
	for _, a := range c.Answers {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		f, err := ex.Features(a.Text, c.Sources[a.Task])
		if err != nil {
			return nil, fmt.Errorf("features of %s: %w", a.File, err)
		}
		out = append(out, Sample{File: a.File, Task: a.Task, Category: a.Category, Features: f})
	}
	return out, nil
}

// DefaultExtractor computes every Feature with reprint's own stages:
// analysis tokens, the verbatim aligner (align) and the sentence-level
// rewrite aligner (sentence + rewrite), each with its default options.
// It keeps the aligners' scratch state between calls and is not safe for
// concurrent use.
type DefaultExtractor struct {
	verbatim *align.Aligner
	rewrite  *rewrite.Aligner
	tok      analysis.Tokenizer
	ta, tb   []analysis.Token
	sa, sb   []reprint.Span
	lcs      []int32
	runs     []int32
}

// NewDefaultExtractor returns a DefaultExtractor. It fails only if a
// package's default options do not validate.
func NewDefaultExtractor() (*DefaultExtractor, error) {
	va, err := align.New(align.Options{})
	if err != nil {
		return nil, err
	}
	ra, err := rewrite.New(rewrite.Options{})
	if err != nil {
		return nil, err
	}
	return &DefaultExtractor{verbatim: va, rewrite: ra}, nil
}

// Features implements Extractor.
func (e *DefaultExtractor) Features(answer, source string) (Features, error) {
	var f Features
	e.ta = e.tok.Tokenize(answer, e.ta[:0])
	e.tb = e.tok.Tokenize(source, e.tb[:0])
	if len(e.ta) == 0 || len(e.tb) == 0 {
		return f, nil
	}
	res := e.verbatim.Align(answer, source, e.ta, e.tb)
	f[VerbatimAnswer], f[VerbatimSource] = coverage(res.Passages, e.ta, e.tb)
	hashes := func(ts []analysis.Token) []uint64 {
		h := make([]uint64, len(ts))
		for i, t := range ts {
			h[i] = t.Hash
		}
		return h
	}
	ha, hb := hashes(e.ta), hashes(e.tb)
	for n := 1; n <= 5; n++ {
		f[Contain1+Feature(n-1)] = Containment(ha, hb, n)
	}
	var l int
	l, e.lcs = lcsLen(ha, hb, e.lcs)
	f[LCS] = float64(l) / float64(len(ha))
	e.runs, e.lcs = longestRuns(ha, hb, e.runs, e.lcs)
	for i, k := range runLengths {
		f[Run2+Feature(i)] = RunCoverage(e.runs, k)
	}

	e.sa = sentence.Split(answer, e.sa[:0])
	e.sb = sentence.Split(source, e.sb[:0])
	rr := e.rewrite.Align(answer, source, e.sa, e.sb, nil)
	f[RewriteAnswer], f[RewriteSource] = coverage(rr.Passages, e.ta, e.tb)
	return f, nil
}

// coverage returns the shares of the tokens of a and of b whose spans lie
// inside some passage (on the passage's A and B side respectively).
func coverage(ps []reprint.Passage, ta, tb []analysis.Token) (ca, cb float64) {
	inside := func(toks []analysis.Token, spans []reprint.Span) float64 {
		if len(toks) == 0 {
			return 0
		}
		n := 0
		for _, t := range toks {
			for _, sp := range spans {
				if t.Span.Start >= sp.Start && t.Span.End <= sp.End {
					n++
					break
				}
			}
		}
		return float64(n) / float64(len(toks))
	}
	var sa, sb []reprint.Span
	for _, p := range ps {
		sa, sb = append(sa, p.A), append(sb, p.B)
	}
	return inside(ta, sa), inside(tb, sb)
}

// Containment returns |G_n(a) ∩ G_n(b)| / |G_n(a)|, where G_n(x) is the
// set of distinct n-grams of the word hashes x: how much of a is made of
// n-grams that also occur in b. It is 0 when a has fewer than n words.
func Containment(a, b []uint64, n int) float64 {
	ga, gb := grams(a, n), grams(b, n)
	if len(ga) == 0 {
		return 0
	}
	common := 0
	for i, j := 0, 0; i < len(ga) && j < len(gb); {
		switch {
		case ga[i] < gb[j]:
			i++
		case ga[i] > gb[j]:
			j++
		default:
			common++
			i++
			j++
		}
	}
	return float64(common) / float64(len(ga))
}

// grams returns the sorted distinct hashes of the n-grams of h.
func grams(h []uint64, n int) []uint64 {
	if n < 1 || len(h) < n {
		return nil
	}
	out := make([]uint64, 0, len(h)-n+1)
	for i := 0; i+n <= len(h); i++ {
		g := uint64(n)
		for _, x := range h[i : i+n] {
			g = (g ^ x) * 0x9E3779B97F4A7C15 // order-sensitive FNV-style mix of 64-bit word hashes
			g ^= g >> 29
		}
		out = append(out, g)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// lcsLen returns the length of the longest common subsequence of a and b
// in O(len(a)·len(b)) time and O(len(b)) space, reusing row.
func lcsLen(a, b []uint64, row []int32) (int, []int32) {
	row = slices.Grow(row[:0], len(b)+1)[:len(b)+1]
	clear(row)
	for _, x := range a {
		var diag int32 // row[j-1] of the previous row
		for j, y := range b {
			up := row[j+1]
			switch {
			case x == y:
				row[j+1] = diag + 1
			case row[j] > up:
				row[j+1] = row[j]
			}
			diag = up
		}
	}
	return int(row[len(b)]), row
}

// longestRuns sets runs[i] to the length of the longest run of words
// starting at a[i] that also occurs in b: max over j of the number of
// equal words from a[i], b[j] on. It runs in O(len(a)·len(b)) time with
// two rows of len(b)+1, reusing runs and row (which it returns grown).
func longestRuns(a, b []uint64, runs, row []int32) ([]int32, []int32) {
	runs = slices.Grow(runs[:0], len(a))[:len(a)]
	row = slices.Grow(row[:0], 2*(len(b)+1))[:2*(len(b)+1)]
	clear(row)
	next, cur := row[:len(b)+1], row[len(b)+1:]
	for i := len(a) - 1; i >= 0; i-- {
		best := int32(0)
		cur[len(b)] = 0
		for j := len(b) - 1; j >= 0; j-- {
			v := int32(0)
			if a[i] == b[j] {
				v = next[j+1] + 1
			}
			cur[j] = v
			best = max(best, v)
		}
		runs[i] = best
		next, cur = cur, next
	}
	return runs, row
}

// RunCoverage returns the share of positions covered by a run of at least
// k words, given runs from longestRuns: position p is covered when some
// i ≤ p has runs[i] ≥ k and i+runs[i] > p.
func RunCoverage(runs []int32, k int) float64 {
	if len(runs) == 0 {
		return 0
	}
	covered, reach := 0, 0 // reach: first position not covered by runs so far
	for i, r := range runs {
		if int(r) >= k {
			reach = max(reach, i+int(r))
		}
		if i < reach {
			covered++
		}
	}
	return float64(covered) / float64(len(runs))
}
