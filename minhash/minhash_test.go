package minhash

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

func mustHasher(tb testing.TB, opts Options) *Hasher {
	tb.Helper()
	h, err := NewHasher(opts)
	if err != nil {
		tb.Fatalf("NewHasher(%+v): %v", opts, err)
	}
	return h
}

// sets returns two random sets with a union of n elements of which
// round(j·n) are shared.
func sets(rng *rand.Rand, n int, j float64) (a, b []uint64) {
	shared := int(math.Round(j * float64(n)))
	for i := range n {
		x := rng.Uint64()
		switch {
		case i < shared:
			a, b = append(a, x), append(b, x)
		case (i-shared)%2 == 0:
			a = append(a, x)
		default:
			b = append(b, x)
		}
	}
	return a, b
}

func TestNewHasher(t *testing.T) {
	if h := mustHasher(t, Options{}); h.Size() != DefaultSize {
		t.Errorf("NewHasher(Options{}).Size() = %d; want %d", h.Size(), DefaultSize)
	}
	for _, size := range []int{-1, MaxSize + 1} {
		if _, err := NewHasher(Options{Size: size}); err == nil {
			t.Errorf("NewHasher(Size: %d) = nil error; want one", size)
		}
	}
}

func TestIdentical(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	h := mustHasher(t, Options{})
	for _, n := range []int{1, 5, 100, 1000} {
		a, _ := sets(rng, n, 1)
		b := slices.Clone(a)
		rng.Shuffle(len(b), func(i, j int) { b[i], b[j] = b[j], b[i] })
		b = append(b, a[:n/2]...) // duplicates do not change the set
		sa, sb := h.Sign(a, nil), h.Sign(b, nil)
		if got := Similarity(sa, sb); got != 1 {
			t.Errorf("Similarity(set of %d, shuffled copy) = %v; want 1", n, got)
		}
	}
}

func TestDisjoint(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 2))
	h := mustHasher(t, Options{})
	for _, n := range []int{1, 5, 100, 1000} {
		a, b := sets(rng, 2*n, 0)
		if got := Similarity(h.Sign(a, nil), h.Sign(b, nil)); got != 0 {
			t.Errorf("Similarity(disjoint sets of %d) = %v; want 0", n, got)
		}
	}
}

// TestEstimate checks the estimator over seeded trials: the mean is within
// 0.01 of J, and no trial is further than 4.5 standard errors
// sqrt(J(1-J)/Size) (about 7 in a million per trial for a normal error).
// Sets smaller than the signature lean on densification, whose error is
// larger; for them only the mean is held to 0.02.
func TestEstimate(t *testing.T) {
	const trials = 300
	for _, n := range []int{2000, 400, 40} {
		for _, j := range []float64{0.2, 0.5, 0.8} {
			rng := rand.New(rand.NewPCG(uint64(n), uint64(j*100)))
			se := math.Sqrt(j * (1 - j) / DefaultSize)
			sum := 0.0
			for trial := range trials {
				h := mustHasher(t, Options{Seed: uint64(trial)})
				a, b := sets(rng, n, j)
				est := Similarity(h.Sign(a, nil), h.Sign(b, nil))
				sum += est
				if n >= DefaultSize && math.Abs(est-j) > 4.5*se {
					t.Errorf("n=%d J=%.1f trial %d: estimate %.3f outside J ± 4.5σ (σ=%.3f)", n, j, trial, est, se)
				}
			}
			tol := 0.01
			if n < DefaultSize {
				tol = 0.02
			}
			if mean := sum / trials; math.Abs(mean-j) > tol {
				t.Errorf("n=%d J=%.1f: mean estimate %.4f; want %.1f ± %.2f", n, j, mean, j, tol)
			}
		}
	}
}

func TestDensification(t *testing.T) {
	h := mustHasher(t, Options{Seed: 9})
	for _, set := range [][]uint64{{42}, {1, 2, 3}, {7, 7, 7, 8}} {
		sig := h.Sign(set, nil)
		if len(sig) != DefaultSize {
			t.Fatalf("len(Sign(%v)) = %d; want %d", set, len(sig), DefaultSize)
		}
		own := make(map[uint64]bool)
		for _, x := range set {
			own[min(mix(x^h.seed), Empty-1)] = true
		}
		for i, v := range sig {
			if !own[v] {
				t.Fatalf("Sign(%v)[%d] = %#x; want a value of the set's own elements", set, i, v)
			}
		}
	}
	// A one-element set fills every bin with its only value.
	sig := h.Sign([]uint64{42}, nil)
	for i, v := range sig {
		if v != sig[0] {
			t.Fatalf("Sign({42})[%d] = %#x; want %#x like every bin", i, v, sig[0])
		}
	}
	// Every bin of a small set must be usable by LSH: not Empty.
	if IsEmpty(sig) || slices.Contains(sig, Empty) {
		t.Errorf("Sign({42}) has empty bins")
	}
}

func TestEmptySet(t *testing.T) {
	h := mustHasher(t, Options{})
	sig := h.Sign(nil, nil)
	if len(sig) != DefaultSize || !IsEmpty(sig) {
		t.Fatalf("Sign(nil) = %v; want %d × Empty", sig, DefaultSize)
	}
	if got := Similarity(sig, sig); got != 0 {
		t.Errorf("Similarity(empty, empty) = %v; want 0", got)
	}
	if got := Bands(sig, DefaultBands, DefaultRows, nil); len(got) != 0 {
		t.Errorf("Bands(empty) = %d keys; want none", len(got))
	}
}

func TestSignAppends(t *testing.T) {
	h := mustHasher(t, Options{Size: 16})
	prefix := []uint64{1, 2, 3}
	got := h.Sign([]uint64{10, 20}, slices.Clone(prefix))
	if len(got) != 19 || !slices.Equal(got[:3], prefix) {
		t.Errorf("Sign(…, dst=%v) = %v; want dst followed by 16 values", prefix, got)
	}
	if !slices.Equal(got[3:], h.Sign([]uint64{20, 10}, nil)) {
		t.Errorf("Sign depends on dst or on element order")
	}
}

func TestSeedsDiffer(t *testing.T) {
	a := mustHasher(t, Options{Seed: 1}).Sign([]uint64{1, 2, 3, 4}, nil)
	b := mustHasher(t, Options{Seed: 2}).Sign([]uint64{1, 2, 3, 4}, nil)
	if slices.Equal(a, b) {
		t.Errorf("seeds 1 and 2 give the same signature")
	}
}

func TestSimilarityLengthMismatch(t *testing.T) {
	defer func() {
		if err, _ := recover().(error); !errors.Is(err, ErrSignatureLength) {
			t.Errorf("Similarity(len 2, len 3) panicked with %v; want ErrSignatureLength", err)
		}
	}()
	Similarity(make([]uint64, 2), make([]uint64, 3))
}

func TestSignAllocs(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	h := mustHasher(t, Options{})
	for _, n := range []int{3, 800} {
		a, _ := sets(rng, n, 1)
		dst := make([]uint64, 0, h.Size())
		keys := make([]uint64, 0, DefaultBands)
		if got := testing.AllocsPerRun(100, func() {
			dst = h.Sign(a, dst[:0])
			keys = Bands(dst, DefaultBands, DefaultRows, keys[:0])
		}); got != 0 {
			t.Errorf("Sign+Bands(%d elements) allocates %v times per run; want 0", n, got)
		}
	}
}

func TestBandsLayout(t *testing.T) {
	h := mustHasher(t, Options{})
	rng := rand.New(rand.NewPCG(4, 4))
	a, _ := sets(rng, 500, 1)
	sig := h.Sign(a, nil)
	k1 := Bands(sig, DefaultBands, DefaultRows, nil)
	if len(k1) != DefaultBands {
		t.Fatalf("len(Bands) = %d; want %d", len(k1), DefaultBands)
	}
	// Changing one bin changes exactly the key of its band.
	sig[5]++
	k2 := Bands(sig, DefaultBands, DefaultRows, nil)
	for j := range k1 {
		if changed := k1[j] != k2[j]; changed != (j == 5/DefaultRows) {
			t.Errorf("after changing bin 5, band %d changed = %v", j, changed)
		}
	}
	// The same rows in different bands give different keys.
	same := make([]uint64, 4)
	if k := Bands(same, 2, 2, nil); k[0] == k[1] {
		t.Errorf("bands 0 and 1 of equal rows share a key")
	}
	defer func() {
		if recover() == nil {
			t.Errorf("Bands(len 4, 3×2) did not panic")
		}
	}()
	Bands(same, 3, 2, nil)
}
