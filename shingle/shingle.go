package shingle

import (
	"github.com/reprint/reprint"
	"github.com/reprint/reprint/analysis"
)

// K is the default shingle length in words. See the package doc.
const K = 5

// Shingle is a hashed run of k consecutive tokens and the bytes it covers,
// from the start of its first token to the end of its last.
type Shingle struct {
	Hash uint64
	Span reprint.Span
}

// Hashes appends to dst the shingles of toks, one per start token
// (len(toks)-k+1 of them, none if len(toks) < k), and returns the extended
// slice. Shingle i starts at token i, so a winnowing position is also a
// token index. It allocates nothing when dst has room for the output. It
// panics if k < 1 or k > MaxK.
//
// Be careful when changing the hash: shingle hashes are stored in indexes,
// and changing them invalidates every stored fingerprint.
func Hashes(toks []analysis.Token, k int, dst []Shingle) []Shingle {
	checkK(k)
	if len(toks) < k {
		return dst
	}
	var r roller
	r.init(k)
	for i := range k - 1 {
		r.h = r.h*base + toks[i].Hash
	}
	for i := k - 1; i < len(toks); i++ {
		first := i - k + 1
		r.h = r.h*base + toks[i].Hash
		dst = append(dst, Shingle{
			Hash: finish(r.h),
			Span: reprint.Span{Start: toks[first].Span.Start, End: toks[i].Span.End},
		})
		r.h -= toks[first].Hash * r.top
	}
	return dst
}

// Values appends the shingle hashes of toks to dst, the same values as
// Hashes without the spans: the input of MinHash signing and winnowing.
func Values(toks []analysis.Token, k int, dst []uint64) []uint64 {
	checkK(k)
	if len(toks) < k {
		return dst
	}
	var r roller
	r.init(k)
	for i := range k - 1 {
		r.h = r.h*base + toks[i].Hash
	}
	for i := k - 1; i < len(toks); i++ {
		r.h = r.h*base + toks[i].Hash
		dst = append(dst, finish(r.h))
		r.h -= toks[i-k+1].Hash * r.top
	}
	return dst
}

// MaxK bounds k. Longer shingles than this find nothing a passage aligner
// would not find from shorter ones.
const MaxK = 64

func checkK(k int) {
	if k < 1 || k > MaxK {
		panic("shingle: k outside [1, MaxK]")
	}
}

// The shingle hash is a polynomial rolling hash of the token hashes modulo
// 2⁶⁴, h = t₀·B^(k-1) + t₁·B^(k-2) + … + t_(k-1), put through a bijective
// finaliser. Sliding the window costs two multiplications whatever k is.
// Two different token sequences collide only if Σ(tᵢ-uᵢ)·B^(k-1-i) ≡ 0
// (mod 2⁶⁴); the token hashes are xxh3 outputs, so this happens with
// probability about 2⁻⁶⁴ per pair, like any 64-bit hash. The finaliser
// makes every output bit depend on every input bit, which the polynomial
// alone does not (its low bits see only the low bits of the tokens), and
// MinHash bins and LSH keys read the high bits.
const base = 0x9e3779b97f4a7c15 // odd, so multiplication by it is invertible

type roller struct {
	h   uint64
	top uint64 // base^(k-1): the weight of the token leaving the window
}

func (r *roller) init(k int) {
	r.top = 1
	for range k - 1 {
		r.top *= base
	}
}

// finish is the murmur3 64-bit finaliser.
func finish(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}
