package minhash

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
)

// Empty is the value of a bin that no element of the set fell into and that
// densification could not fill. Only the signature of the empty set holds
// it: Sign maps the one element hash that would produce it to Empty-1, so a
// real value never equals Empty.
const Empty = math.MaxUint64

const (
	// DefaultSize is the number of bins (one-permutation "hash functions")
	// of a signature: DefaultBands × DefaultRows. See the package doc for
	// the S-curve behind it.
	DefaultSize = DefaultBands * DefaultRows

	// MaxSize bounds Options.Size. It keeps densification's bitmap of
	// originally empty bins on the stack (MaxSize/64 words) and is far above
	// any useful signature: at 4096 bins the estimate's standard error is
	// below 0.8 percentage points.
	MaxSize = 4096
)

// ErrSignatureLength is returned when a signature does not have the length
// that the operation expects.
var ErrSignatureLength = errors.New("minhash: signature length mismatch")

// Options configure a Hasher.
type Options struct {
	// Size is the number of bins, that is the signature length. Zero means
	// DefaultSize. It must lie in [1, MaxSize].
	Size int

	// Seed selects the permutation. Signatures are comparable only if made
	// with the same Size and Seed. Zero is a valid seed.
	Seed uint64
}

// SetDefaults fills zero fields with their defaults.
func (o *Options) SetDefaults() {
	if o.Size == 0 {
		o.Size = DefaultSize
	}
}

// Hasher computes one-permutation MinHash signatures with optimal
// densification. It is immutable after NewHasher and safe for concurrent
// use.
type Hasher struct {
	size     uint64
	seed     uint64 // permutation of the elements
	probeKey uint64 // densification probe sequence
}

// NewHasher returns a Hasher for opts. It returns an error if opts.Size is
// out of range.
func NewHasher(opts Options) (*Hasher, error) {
	opts.SetDefaults()
	if opts.Size < 1 || opts.Size > MaxSize {
		return nil, fmt.Errorf("minhash: size %d outside [1, %d]", opts.Size, MaxSize)
	}
	return &Hasher{
		size:     uint64(opts.Size),
		seed:     mix(opts.Seed ^ 0x9e3779b97f4a7c15),
		probeKey: mix(opts.Seed ^ 0xd6e8feb86659fd93),
	}, nil
}

// Size returns the signature length.
func (h *Hasher) Size() int { return int(h.size) }

// Sign appends the signature of the set of element hashes to dst and returns
// the extended slice. Duplicates in hashes are harmless: the signature is a
// function of the set. The input hashes should already be well mixed (xxh3
// of shingles); Sign re-permutes them with the Hasher's seed.
//
// The signature of the empty set is Size copies of Empty. It is similar to
// nothing (Similarity returns 0) and has no band keys, so an empty text never
// becomes a candidate.
//
// Sign allocates nothing when dst has room for Size more values. Its cost is
// O(len(hashes)) plus O(Size) to reset and, for sets smaller than about
// Size·ln(Size) elements, the densification of empty bins, expected
// O(Size·(Size/m)) probes for m non-empty bins.
//
// Be careful when changing this function: the values are part of any stored
// index, and the loop is the hot path of fingerprinting.
func (h *Hasher) Sign(hashes []uint64, dst []uint64) []uint64 {
	n := int(h.size)
	dst = grow(dst, n)
	sig := dst[len(dst)-n:]
	for i := range sig {
		sig[i] = Empty
	}
	size, seed := h.size, h.seed
	for _, x := range hashes {
		// mix is a bijection, so exactly one input maps to Empty; fold it
		// onto Empty-1 (a one in 2^64 bias) so that Empty always means "no
		// element". min compiles to a conditional move.
		v := min(mix(x^seed), Empty-1)
		// Fast range reduction: the high word of v·size is the bin, and
		// within a bin the order of v is the order of the low word, which is
		// uniform: a random permutation restricted to the bin.
		bin, _ := bits.Mul64(v, size)
		// Branch-free (a conditional move): with a few elements per bin,
		// whether v is the new minimum is close to a coin toss, and the
		// conditional store was the hot spot of the profile.
		sig[bin] = min(v, sig[bin])
	}
	filled := 0
	for _, v := range sig {
		if v != Empty {
			filled++
		}
	}
	if filled < n && filled > 0 {
		h.densify(sig)
	}
	return dst
}

// densify fills the empty bins of sig by optimal densification (Shrivastava,
// ICML 2017): empty bin i probes bins j = p(i, 1), p(i, 2), … with a hash p
// that depends on the seed only, and copies the value of the first bin that
// was non-empty before densification began. Because the probe sequence is the
// same for every set, two sets agree on a filled bin with probability equal
// to their Jaccard similarity, and the estimate stays unbiased; unlike the
// rotation of Shrivastava and Li (2014) the variance does not grow with runs
// of empty bins.
func (h *Hasher) densify(sig []uint64) {
	var empty [MaxSize / 64]uint64
	for i, v := range sig {
		if v == Empty {
			empty[i>>6] |= 1 << (i & 63)
		}
	}
	for i := range sig {
		if empty[i>>6]&(1<<(i&63)) == 0 {
			continue
		}
		base := h.probeKey ^ uint64(i)<<32
		for t := uint64(1); ; t++ {
			j, _ := bits.Mul64(mix(base+t), h.size)
			if empty[j>>6]&(1<<(j&63)) == 0 {
				sig[i] = sig[j]
				break
			}
		}
	}
}

// IsEmpty reports whether sig is the signature of the empty set.
func IsEmpty(sig []uint64) bool {
	for _, v := range sig {
		if v != Empty {
			return false
		}
	}
	return true
}

// Similarity estimates the Jaccard similarity |A∩B| / |A∪B| of the two sets
// whose signatures are a and b, as the fraction of bins on which they agree.
// Its standard error is sqrt(J(1-J)/Size). It returns 0 if either set is
// empty (the empty set is similar to nothing, itself included). It panics if
// the lengths differ, which is a programming error: signatures of different
// Hashers are not comparable.
func Similarity(a, b []uint64) float64 {
	if len(a) != len(b) {
		panic(ErrSignatureLength)
	}
	if len(a) == 0 {
		return 0
	}
	eq := 0
	for i, v := range a {
		if v == b[i] && v != Empty {
			eq++
		}
	}
	return float64(eq) / float64(len(a))
}

// grow extends dst by n elements, reallocating only when its capacity is too
// small, and returns it.
func grow(dst []uint64, n int) []uint64 {
	if cap(dst)-len(dst) < n {
		nd := make([]uint64, len(dst), len(dst)+n)
		copy(nd, dst)
		dst = nd
	}
	return dst[:len(dst)+n]
}

// mix is the murmur3 64-bit finaliser: a bijection on uint64 with full
// avalanche, three multiplies and shifts (about 1 ns).
func mix(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}
