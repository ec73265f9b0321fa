package minhash

import (
	"math"
	"math/bits"
)

// The default band layout, b bands of r rows. See the package doc for the
// S-curve and the measurements behind it.
const (
	DefaultBands = 128
	DefaultRows  = 2
)

// Bands appends the b band keys of sig to dst and returns the extended
// slice: key j hashes the r values sig[j·r : (j+1)·r] together with j, so
// equal values in different bands give different keys. Two signatures share
// key j exactly when they agree on all r bins of band j (up to 64-bit hash
// collisions).
//
// The signature of the empty set has no band keys: Bands returns dst
// unchanged, so an empty text never becomes a candidate.
//
// Bands panics if b or r is less than 1 or b·r exceeds len(sig); the layout
// is fixed by the program, not by its input. It allocates nothing when dst
// has room for b more keys.
func Bands(sig []uint64, b, r int, dst []uint64) []uint64 {
	if b < 1 || r < 1 || b*r > len(sig) {
		panic("minhash: band layout does not fit the signature")
	}
	if IsEmpty(sig[:b*r]) {
		return dst
	}
	for j := range b {
		dst = append(dst, bandKey(sig[j*r:(j+1)*r], j))
	}
	return dst
}

// bandKey hashes the rows of band j. Each step is a 64×64→128-bit multiply
// folded to 64 bits (the wyhash "mum"), keyed by the band index; the final
// mix spreads the result over all bits, since the Index keeps only the top
// 32.
func bandKey(rows []uint64, j int) uint64 {
	h := uint64(j+1) * 0x9e3779b97f4a7c15
	for _, v := range rows {
		hi, lo := bits.Mul64(h^v, 0xa0761d6478bd642f)
		h = hi ^ lo
	}
	return mix(h)
}

// Probability returns the probability that two sets of Jaccard similarity s
// share at least one of b bands of r rows: 1 - (1 - s^r)^b.
func Probability(s float64, b, r int) float64 {
	return 1 - math.Pow(1-math.Pow(s, float64(r)), float64(b))
}

// Threshold returns the similarity at which the S-curve of b bands of r rows
// is steepest, approximately (1/b)^(1/r).
func Threshold(b, r int) float64 {
	return math.Pow(1/float64(b), 1/float64(r))
}

// BandKeys appends to dst the band keys of sig under a b×r layout, one per
// band in band order, and returns the extended slice: the keys an Index
// files sig under, in full 64 bits (an Index keeps only the top 32). Two
// signatures fall into the same bucket of band j exactly when their j-th
// keys are equal. An empty signature, or one shorter than b·r values, has
// no keys.
func BandKeys(sig []uint64, b, r int, dst []uint64) []uint64 {
	if b < 1 || r < 1 || len(sig) < b*r || IsEmpty(sig[:b*r]) {
		return dst
	}
	for j := range b {
		dst = append(dst, bandKey(sig[j*r:(j+1)*r], j))
	}
	return dst
}
