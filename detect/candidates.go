package detect

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/minhash"
	"github.com/reprint/reprint/rewrite"
)

// candidates returns the candidate pairs packed as a<<32|b with a < b,
// sorted: the union of the LSH pairs, the fingerprint-sharing pairs and,
// when idf is not nil, the pairs sharing rare terms.
func (d *Detector) candidates(docs []doc, idf *rewrite.IDF, st *Stats) ([]uint64, error) {
	idx, err := minhash.NewIndex(minhash.IndexOptions{Capacity: len(docs)})
	if err != nil {
		return nil, fmt.Errorf("detect: %w", err)
	}
	for i := range docs {
		if err := idx.Add(uint32(i), docs[i].sig); err != nil {
			return nil, fmt.Errorf("detect: %w", err)
		}
	}
	if err := idx.Finish(); err != nil {
		return nil, fmt.Errorf("detect: %w", err)
	}
	var pairs []uint64
	for a, b := range idx.Pairs() {
		pairs = append(pairs, uint64(a)<<32|uint64(b))
	}
	st.LSHCandidates = len(pairs)
	st.CappedBuckets = idx.Stats().CappedBuckets

	keys := func(i int) []uint64 { return docs[i].fps }
	fp, capped := d.sharedKeyPairs(len(docs), keys, d.opts.MinSharedFingerprints)
	st.FPCandidates = len(fp)
	st.CappedPostings += capped
	pairs = append(pairs, fp...)

	bags := func(i int) []uint64 { return docs[i].bags }
	bp, capped := d.sharedKeyPairs(len(docs), bags, d.opts.MinSharedBags)
	st.BagCandidates = len(bp)
	st.CappedPostings += capped
	pairs = append(pairs, bp...)

	if idf != nil {
		top := make([][]uint64, len(docs))
		for i := range docs {
			top[i] = topTerms(docs[i].terms, idf, d.opts.TopTerms, d.opts.MaxPostingDocs)
		}
		tp, capped := d.sharedKeyPairs(len(docs), func(i int) []uint64 { return top[i] }, d.opts.MinSharedTerms)
		st.TermCandidates = len(tp)
		st.CappedPostings += capped
		pairs = append(pairs, tp...)
	}
	slices.Sort(pairs)
	return slices.Compact(pairs), nil
}

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

// sharedKeyPairs returns the pairs of documents that share at least min of
// their keys (each document's keys distinct), through an inverted index
// built by sorting (key, doc) entries: near-linear in the number of keys.
// Keys held by more than MaxPostingDocs documents are skipped and counted.
func (d *Detector) sharedKeyPairs(n int, keys func(i int) []uint64, min int) (pairs []uint64, capped int) {
	type entry struct {
		key uint64
		doc uint32
	}
	total := 0
	for i := range n {
		total += len(keys(i))
	}
	entries := make([]entry, 0, total)
	for i := range n {
		for _, k := range keys(i) {
			entries = append(entries, entry{k, uint32(i)})
		}
	}
	slices.SortFunc(entries, func(x, y entry) int {
		if c := cmp.Compare(x.key, y.key); c != 0 {
			return c
		}
		return cmp.Compare(x.doc, y.doc)
	})
	var votes []uint64
	for i := 0; i < len(entries); {
		j := i + 1
		for j < len(entries) && entries[j].key == entries[i].key {
			j++
		}
		if j-i > d.opts.MaxPostingDocs {
			capped++
		} else {
			for x := i; x < j; x++ {
				for y := x + 1; y < j; y++ {
					votes = append(votes, uint64(entries[x].doc)<<32|uint64(entries[y].doc))
				}
			}
		}
		i = j
	}
	slices.Sort(votes)
	for i := 0; i < len(votes); {
		j := i + 1
		for j < len(votes) && votes[j] == votes[i] {
			j++
		}
		if j-i >= min {
			pairs = append(pairs, votes[i])
		}
		i = j
	}
	return pairs, capped
}
