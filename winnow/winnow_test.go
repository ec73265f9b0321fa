package winnow

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
)

// reference is robust winnowing written from its definition, window by
// window, with no incremental state beyond the previous selection.
func reference(h []uint64, w int) []Fingerprint {
	if len(h) == 0 {
		return nil
	}
	windows := max(len(h)-w+1, 1)
	prev := -1
	var out []Fingerprint
	for l := range windows {
		win := h[l:min(l+w, len(h))]
		lo := slices.Min(win)
		sel := -1
		if prev >= l && h[prev] == lo {
			sel = prev
		} else {
			for i := len(win) - 1; i >= 0; i-- {
				if win[i] == lo {
					sel = l + i
					break
				}
			}
		}
		if sel != prev {
			out = append(out, Fingerprint{Hash: h[sel], Pos: int32(sel)})
			prev = sel
		}
	}
	return out
}

func TestSelectExample(t *testing.T) {
	// The paper's example hashes (figure 2), with w = 4.
	h := []uint64{77, 74, 42, 17, 98, 50, 17, 98, 8, 88, 67, 39, 77, 74, 42, 17, 98}
	got := Select(h, 4, nil)
	want := []Fingerprint{{17, 3}, {17, 6}, {8, 8}, {39, 11}, {17, 15}}
	if !slices.Equal(got, want) {
		t.Errorf("Select(paper example, 4) = %v; want %v", got, want)
	}
}

func TestSelectEdges(t *testing.T) {
	tests := []struct {
		h    []uint64
		w    int
		want []Fingerprint
	}{
		{nil, 4, nil},
		{[]uint64{5}, 4, []Fingerprint{{5, 0}}},
		{[]uint64{5, 3, 3}, 4, []Fingerprint{{3, 2}}},
		{[]uint64{1, 2, 3}, 1, []Fingerprint{{1, 0}, {2, 1}, {3, 2}}},
		{[]uint64{7, 7, 7, 7, 7, 7, 7}, 3, []Fingerprint{{7, 2}, {7, 5}}},
	}
	for _, tt := range tests {
		if got := Select(tt.h, tt.w, nil); !slices.Equal(got, tt.want) {
			t.Errorf("Select(%v, %d) = %v; want %v", tt.h, tt.w, got, tt.want)
		}
	}
}

// TestSelectMatchesReference checks Select against the definition on every
// sequence over a 3-letter alphabet up to length 8 (ties everywhere) for
// w = 1..5, and on random sequences.
func TestSelectMatchesReference(t *testing.T) {
	for n := range 9 {
		total := 1
		for range n {
			total *= 3
		}
		h := make([]uint64, n)
		for code := range total {
			c := code
			for i := range h {
				h[i] = uint64(c % 3)
				c /= 3
			}
			for w := 1; w <= 5; w++ {
				if got, want := Select(h, w, nil), reference(h, w); !slices.Equal(got, want) {
					t.Fatalf("Select(%v, %d) = %v; want %v", h, w, got, want)
				}
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		h := make([]uint64, rng.IntN(200))
		alpha := uint64(1 + rng.IntN(1000))
		for i := range h {
			h[i] = rng.Uint64N(alpha)
		}
		w := 1 + rng.IntN(12)
		if got, want := Select(h, w, nil), reference(h, w); !slices.Equal(got, want) {
			t.Fatalf("Select(%v, %d) = %v; want %v", h, w, got, want)
		}
	}
}

// TestGuarantee plants a shared run of exactly w+k-1 tokens (w hashes) in
// two random sequences and checks that some fingerprint hash is shared.
func TestGuarantee(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := range 5000 {
		w := 1 + rng.IntN(10)
		a := randHashes(rng, 1+rng.IntN(100))
		b := randHashes(rng, 1+rng.IntN(100))
		shared := randHashes(rng, w)
		ia, ib := rng.IntN(len(a)), rng.IntN(len(b))
		a = slices.Insert(a, ia, shared...)
		b = slices.Insert(b, ib, shared...)
		fa, fb := Select(a, w, nil), Select(b, w, nil)
		common := false
		inA := make(map[uint64]bool)
		for _, f := range fa {
			if f.Pos >= int32(ia) && f.Pos < int32(ia+w) {
				inA[f.Hash] = true
			}
		}
		for _, f := range fb {
			if f.Pos >= int32(ib) && f.Pos < int32(ib+w) && inA[f.Hash] {
				common = true
			}
		}
		if !common {
			t.Fatalf("trial %d: shared run of %d hashes yields no shared fingerprint inside it", trial, w)
		}
	}
}

func TestDensity(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	h := randHashes(rng, 1_000_000)
	for _, w := range []int{2, 4, 8, 16} {
		got := float64(len(Select(h, w, nil))) / float64(len(h))
		want := 2 / float64(w+1)
		if got < want*0.98 || got > want*1.02 {
			t.Errorf("density(w=%d) = %.4f; want 2/(w+1) = %.4f ± 2%%", w, got, want)
		}
	}
}

func TestSelectAllocs(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	h := randHashes(rng, 1000)
	dst := make([]Fingerprint, 0, len(h))
	if n := testing.AllocsPerRun(100, func() { dst = Select(h, DefaultWindow, dst[:0]) }); n != 0 {
		t.Errorf("Select allocates %v times per run; want 0", n)
	}
}

func randHashes(rng *rand.Rand, n int) []uint64 {
	h := make([]uint64, n)
	for i := range h {
		h[i] = rng.Uint64()
	}
	return h
}

// BenchmarkSelect measures winnowing over random hashes, one news article
// (800 shingles) and larger.
//
//	go test ./winnow -run '^$' -bench Select -benchmem -count 10 | benchstat -
func BenchmarkSelect(b *testing.B) {
	rng := rand.New(rand.NewPCG(9, 10))
	for _, n := range []int{100, 800, 10_000} {
		h := randHashes(rng, n)
		dst := make([]Fingerprint, 0, n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(8 * n))
			b.ReportAllocs()
			for b.Loop() {
				dst = Select(h, DefaultWindow, dst[:0])
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/hash")
		})
	}
}
