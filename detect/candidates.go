package detect

import (
	"cmp"
	"slices"

	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/rewrite"
)

// bagValues appends to dst the hash of every pair of consecutive content
// words of toks (stop words skipped), independent of the pair's order: the
// aligner's robust seed, which survives word shuffles, substitutions of
// function words and much of machine translation's reordering.
func bagValues(toks []analysis.Token, stop map[uint64]bool, dst []uint64) []uint64 {
	prev, have := uint64(0), false
	for _, t := range toks {
		if stop[t.Hash] {
			continue
		}
		h := bagMix(t.Hash)
		if have {
			dst = append(dst, prev+h)
		}
		prev, have = h, true
	}
	return dst
}

// bagMix is the SplitMix64 finaliser over a word hash: a sum of two mixed
// hashes is order-independent and still well spread.
func bagMix(x uint64) uint64 {
	x ^= 0xc2b2ae3d27d4eb4f
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// topTerms returns the n terms of terms (distinct, sorted) with the lowest
// document frequency of at least 2 — a term in one document links nothing —
// and at most maxDF, sorted. Ties break on the term value, so the choice is
// deterministic.
func topTerms(terms []uint64, idf *rewrite.IDF, n, maxDF int) []uint64 {
	type tdf struct {
		t  uint64
		df int
	}
	c := make([]tdf, 0, len(terms))
	for _, t := range terms {
		if df := idf.DF(t); df >= 2 && df <= maxDF {
			c = append(c, tdf{t, df})
		}
	}
	slices.SortFunc(c, func(x, y tdf) int {
		if x.df != y.df {
			return x.df - y.df
		}
		return cmp.Compare(x.t, y.t)
	})
	if len(c) > n {
		c = c[:n]
	}
	out := make([]uint64, len(c))
	for i, x := range c {
		out[i] = x.t
	}
	slices.Sort(out)
	return out
}
