package align

import (
	"cmp"
	"math/bits"

	"github.com/reprint/reprint/analysis"
)

// gram is one seed n-gram of a text: its hash and the first and last token
// it covers (inclusive; for a bag gram the stop words between its content
// words are inside the range).
type gram struct {
	h      uint64
	lo, hi int32
}

// seed is a gram shared by both texts: the tokens it covers in a and in b,
// inclusive.
type seed struct {
	a0, a1, b0, b1 int32
}

// Gram kinds are mixed into the hash so that an exact gram never meets a
// bag gram in the join.
const (
	exactKind = 0x9e3779b97f4a7c15
	bagKind   = 0xc2b2ae3d27d4eb4f
)

// mix is the 64-bit finaliser of SplitMix64: a bijection that spreads every
// input bit over the output.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// grams appends the seed grams of toks to dst: every exact n-gram of all
// tokens, and every bag n-gram of the content tokens. content is scratch
// for the positions of the content tokens. Cost: O(len(toks)·(n+bagN)).
func (al *Aligner) grams(toks []analysis.Token, dst []gram, content []int32) ([]gram, []int32) {
	if n := al.opts.ExactN; n > 0 {
		for i := 0; i+n <= len(toks); i++ {
			h := uint64(exactKind)
			for _, t := range toks[i : i+n] {
				h = bits.RotateLeft64(h, 27) ^ t.Hash
				h *= 0xff51afd7ed558ccd
			}
			dst = append(dst, gram{h: mix(h), lo: int32(i), hi: int32(i + n - 1)})
		}
	}
	if n := al.opts.BagN; n > 0 {
		content = content[:0]
		for i, t := range toks {
			if _, stop := al.stop[t.Hash]; !stop {
				content = append(content, int32(i))
			}
		}
		for j := 0; j+n <= len(content); j++ {
			// A sum of mixed hashes is independent of word order.
			var h uint64
			for _, p := range content[j : j+n] {
				h += mix(toks[p].Hash ^ bagKind)
			}
			dst = append(dst, gram{h: h, lo: content[j], hi: content[j+n-1]})
		}
	}
	return dst, content
}

func cmpGram(x, y gram) int {
	if c := cmp.Compare(x.h, y.h); c != 0 {
		return c
	}
	return cmp.Compare(x.lo, y.lo)
}

// join appends to dst a seed for every pair of equal grams of ga and gb,
// skipping grams that occur more than MaxGramFreq times on either side and
// stopping at MaxSeeds seeds. It sorts ga and gb. Cost: O(g) for the radix
// sorts plus the seeds emitted, at most MaxSeeds.
func (al *Aligner) join(ga, gb []gram, dst []seed, st *Stats) []seed {
	al.radix = sortGrams(ga, al.radix)
	al.radix = sortGrams(gb, al.radix)
	maxFreq, maxSeeds := al.opts.MaxGramFreq, al.opts.MaxSeeds
	i, j := 0, 0
	for i < len(ga) && j < len(gb) {
		switch {
		case ga[i].h < gb[j].h:
			i++
			continue
		case ga[i].h > gb[j].h:
			j++
			continue
		}
		h := ga[i].h
		i2, j2 := i+1, j+1
		for i2 < len(ga) && ga[i2].h == h {
			i2++
		}
		for j2 < len(gb) && gb[j2].h == h {
			j2++
		}
		if i2-i > maxFreq || j2-j > maxFreq {
			st.FrequentGrams++
			st.FrequentSeeds += (i2 - i) * (j2 - j)
			i, j = i2, j2
			continue
		}
		for _, x := range ga[i:i2] {
			for _, y := range gb[j:j2] {
				if len(dst) == maxSeeds {
					st.SeedsDropped = true
					return dst
				}
				dst = append(dst, seed{a0: x.lo, a1: x.hi, b0: y.lo, b1: y.hi})
			}
		}
		i, j = i2, j2
	}
	return dst
}
