package shingle

import (
	"encoding/binary"
	"math/bits"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/internal/synth"
	"github.com/zeebo/xxh3"
)

// direct computes the shingle hash from its definition, without rolling.
func direct(toks []analysis.Token) uint64 {
	var h uint64
	for _, t := range toks {
		h = h*base + t.Hash
	}
	return finish(h)
}

func randTokens(rng *rand.Rand, n int) []analysis.Token {
	toks := make([]analysis.Token, n)
	off := 0
	for i := range toks {
		l := 1 + rng.IntN(9)
		toks[i] = analysis.Token{Hash: rng.Uint64(), Span: reprint.Span{Start: off, End: off + l}}
		off += l + 1
	}
	return toks
}

func TestHashesMatchesDirect(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	for range 500 {
		toks := randTokens(rng, rng.IntN(40))
		k := 1 + rng.IntN(8)
		got := Hashes(toks, k, nil)
		vals := Values(toks, k, nil)
		if want := max(len(toks)-k+1, 0); len(got) != want || len(vals) != want {
			t.Fatalf("len(Hashes(%d tokens, %d)) = %d, len(Values) = %d; want %d", len(toks), k, len(got), len(vals), want)
		}
		for i, s := range got {
			if want := direct(toks[i : i+k]); s.Hash != want || vals[i] != want {
				t.Fatalf("Hashes(…, %d)[%d].Hash = %#x, Values = %#x; want %#x", k, i, s.Hash, vals[i], want)
			}
			if want := (reprint.Span{Start: toks[i].Span.Start, End: toks[i+k-1].Span.End}); s.Span != want {
				t.Fatalf("Hashes(…, %d)[%d].Span = %v; want %v", k, i, s.Span, want)
			}
		}
	}
}

func TestHashesText(t *testing.T) {
	text := "The minister said on Tuesday that the plan would go ahead."
	toks := analysis.Tokenize(text)
	sh := Hashes(toks, K, nil)
	if len(sh) != len(toks)-K+1 {
		t.Fatalf("len(Hashes) = %d; want %d", len(sh), len(toks)-K+1)
	}
	if got, _ := sh[1].Span.In(text); got != "minister said on Tuesday that" {
		t.Errorf("shingle 1 covers %q; want %q", got, "minister said on Tuesday that")
	}
	// Case, punctuation and spacing do not change the hashes.
	other := Hashes(analysis.Tokenize("THE MINISTER said, on  Tuesday, that the plan would go ahead"), K, nil)
	for i := range sh {
		if sh[i].Hash != other[i].Hash {
			t.Errorf("shingle %d differs between case/punctuation variants", i)
		}
	}
	// Order matters.
	swapped := Hashes(analysis.Tokenize("minister the said on Tuesday"), K, nil)
	if swapped[0].Hash == sh[0].Hash {
		t.Errorf("swapping two words kept the shingle hash")
	}
}

func TestShort(t *testing.T) {
	toks := analysis.Tokenize("only four words here")
	if got := Hashes(toks, K, nil); len(got) != 0 {
		t.Errorf("Hashes(4 tokens, 5) = %v; want none", got)
	}
	if got := Values(nil, K, nil); len(got) != 0 {
		t.Errorf("Values(nil, 5) = %v; want none", got)
	}
}

func TestBadK(t *testing.T) {
	for _, k := range []int{0, -1, MaxK + 1} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Hashes(…, %d) did not panic", k)
				}
			}()
			Hashes(nil, k, nil)
		}()
	}
}

// TestNoCollisions hashes every 5-shingle of a synthetic corpus and checks
// that distinct token sequences never share a hash.
func TestNoCollisions(t *testing.T) {
	s := synth.Corpus(1, 200, synth.Options{Reuse: -1})
	seen := make(map[uint64][K]uint64)
	var hashes []uint64
	var words []uint32
	for i := range s.Len() {
		words = s.Words(i, words[:0])
		hashes = s.Vocab().AppendHashes(words, hashes[:0])
		toks := make([]analysis.Token, len(hashes))
		for j, h := range hashes {
			toks[j].Hash = h
		}
		for j, v := range Values(toks, K, nil) {
			var seq [K]uint64
			copy(seq[:], hashes[j:j+K])
			if prev, ok := seen[v]; ok && prev != seq {
				t.Fatalf("hash %#x shared by %v and %v", v, prev, seq)
			}
			seen[v] = seq
		}
	}
}

func TestHashesAllocs(t *testing.T) {
	toks := randTokens(rand.New(rand.NewPCG(2, 2)), 800)
	dst := make([]Shingle, 0, len(toks))
	vals := make([]uint64, 0, len(toks))
	if n := testing.AllocsPerRun(100, func() { dst = Hashes(toks, K, dst[:0]) }); n != 0 {
		t.Errorf("Hashes allocates %v times per run; want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() { vals = Values(toks, K, vals[:0]) }); n != 0 {
		t.Errorf("Values allocates %v times per run; want 0", n)
	}
}

// BenchmarkCombine compares ways to combine k token hashes into a shingle
// hash, over 800 tokens (one news article), k = 5. The rolling polynomial
// is what Hashes uses; the others are the alternatives measured.
//
//	go test ./shingle -run '^$' -bench Combine -benchmem -cpu 1 -count 10 | benchstat -
func BenchmarkCombine(b *testing.B) {
	toks := randTokens(rand.New(rand.NewPCG(3, 3)), 800)
	dst := make([]uint64, 0, len(toks))
	run := func(name string, f func() []uint64) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(8 * len(toks)))
			b.ReportAllocs()
			for b.Loop() {
				dst = f()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*(len(toks)-K+1)), "ns/shingle")
		})
	}
	run("rolling", func() []uint64 { return Values(toks, K, dst[:0]) })
	run("xxh3-packed", func() []uint64 {
		out := dst[:0]
		var buf [8 * K]byte
		for i := 0; i+K <= len(toks); i++ {
			for j := range K {
				binary.LittleEndian.PutUint64(buf[8*j:], toks[i+j].Hash)
			}
			out = append(out, xxh3.Hash(buf[:]))
		}
		return out
	})
	run("mum-chain", func() []uint64 {
		out := dst[:0]
		for i := 0; i+K <= len(toks); i++ {
			h := uint64(K)
			for _, t := range toks[i : i+K] {
				hi, lo := bits.Mul64(h^t.Hash, 0xa0761d6478bd642f)
				h = hi ^ lo
			}
			out = append(out, h)
		}
		return out
	})
}

// BenchmarkHashes measures shingling with spans over an input-size table.
//
//	go test ./shingle -run '^$' -bench Hashes -benchmem -cpu 1 -count 10 | benchstat -
func BenchmarkHashes(b *testing.B) {
	rng := rand.New(rand.NewPCG(4, 4))
	for _, n := range []int{100, 800, 10_000} {
		toks := randTokens(rng, n)
		dst := make([]Shingle, 0, n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(toks[n-1].Span.End)) // text bytes covered
			b.ReportAllocs()
			for b.Loop() {
				dst = Hashes(toks, K, dst[:0])
			}
		})
	}
}
