package minhash

import (
	"errors"
	"math/rand/v2"
	"slices"
	"testing"
)

func mustIndex(tb testing.TB, opts IndexOptions) *Index {
	tb.Helper()
	x, err := NewIndex(opts)
	if err != nil {
		tb.Fatalf("NewIndex(%+v): %v", opts, err)
	}
	return x
}

// clusteredSigs returns n signatures of sets drawn as near-copies of a few
// base sets, so that many pairs collide in some bands and some in all.
func clusteredSigs(tb testing.TB, h *Hasher, rng *rand.Rand, n int) [][]uint64 {
	tb.Helper()
	bases := make([][]uint64, 1+n/20)
	for i := range bases {
		bases[i], _ = sets(rng, 30+rng.IntN(200), 1)
	}
	sigs := make([][]uint64, n)
	for i := range sigs {
		base := bases[rng.IntN(len(bases))]
		var set []uint64
		keep := rng.Float64()
		for _, x := range base {
			if rng.Float64() < keep {
				set = append(set, x)
			}
		}
		for range rng.IntN(50) {
			set = append(set, rng.Uint64())
		}
		if i%17 == 0 {
			set = nil // some empty documents
		}
		sigs[i] = h.Sign(set, nil)
	}
	return sigs
}

// referencePairs computes the candidate pairs by brute force from Bands.
func referencePairs(sigs [][]uint64, b, r int) [][2]uint32 {
	keys := make([][]uint64, len(sigs))
	for i, s := range sigs {
		keys[i] = Bands(s, b, r, nil)
	}
	var out [][2]uint32
	for i := range sigs {
		for k := i + 1; k < len(sigs); k++ {
			if len(keys[i]) == 0 || len(keys[k]) == 0 {
				continue
			}
			for j := range b {
				if keys[i][j]>>32 == keys[k][j]>>32 {
					out = append(out, [2]uint32{uint32(i), uint32(k)})
					break
				}
			}
		}
	}
	return out
}

func TestIndexMatchesReference(t *testing.T) {
	h := mustHasher(t, Options{})
	rng := rand.New(rand.NewPCG(5, 5))
	sigs := clusteredSigs(t, h, rng, 400)
	x := mustIndex(t, IndexOptions{MaxBucket: -1})
	// Add out of order: Pairs is sorted whatever the order of Add.
	for _, i := range rng.Perm(len(sigs)) {
		if err := x.Add(uint32(i), sigs[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.Finish(); err != nil {
		t.Fatal(err)
	}
	var got [][2]uint32
	for a, b := range x.Pairs() {
		got = append(got, [2]uint32{a, b})
	}
	want := referencePairs(sigs, DefaultBands, DefaultRows)
	if len(want) < 2000 {
		t.Fatalf("test corpus has only %d candidate pairs; want a dense case", len(want))
	}
	if !slices.Equal(got, want) {
		t.Fatalf("Pairs() gave %d pairs; want the %d of the brute-force reference", len(got), len(want))
	}
	// Query agrees with Pairs.
	var q []uint32
	for i, s := range sigs {
		q = x.Query(s, q[:0])
		var want []uint32
		for _, p := range got {
			if p[0] == uint32(i) {
				want = append(want, p[1])
			} else if p[1] == uint32(i) {
				want = append(want, p[0])
			}
		}
		if !IsEmpty(s) {
			want = append(want, uint32(i))
		}
		slices.Sort(want)
		if !slices.Equal(q, want) {
			t.Fatalf("Query(sig of %d) = %v; want %v", i, q, want)
		}
	}
	st := x.Stats()
	if st.Docs != len(sigs) || st.EmptyDocs != (len(sigs)+16)/17 || st.Entries != (st.Docs-st.EmptyDocs)*DefaultBands {
		t.Errorf("Stats() = %+v; want %d docs, %d empty", st, len(sigs), (len(sigs)+16)/17)
	}
}

func TestIndexEmptyDocsNeverPair(t *testing.T) {
	h := mustHasher(t, Options{})
	x := mustIndex(t, IndexOptions{})
	for i := range 10 {
		x.Add(uint32(i), h.Sign(nil, nil))
	}
	x.Finish()
	for a, b := range x.Pairs() {
		t.Errorf("empty documents %d and %d paired", a, b)
	}
	if got := x.Query(h.Sign(nil, nil), nil); len(got) != 0 {
		t.Errorf("Query(empty) = %v; want none", got)
	}
}

func TestIndexCap(t *testing.T) {
	h := mustHasher(t, Options{})
	x := mustIndex(t, IndexOptions{MaxBucket: 5})
	same := h.Sign([]uint64{1, 2, 3}, nil) // boilerplate: identical in every band
	for i := range 6 {
		x.Add(uint32(i), same)
	}
	other := h.Sign([]uint64{4, 5, 6}, nil)
	x.Add(10, other)
	x.Add(11, other)
	x.Finish()
	var got [][2]uint32
	for a, b := range x.Pairs() {
		got = append(got, [2]uint32{a, b})
	}
	if want := [][2]uint32{{10, 11}}; !slices.Equal(got, want) {
		t.Errorf("Pairs() = %v; want %v (the 6-document buckets capped)", got, want)
	}
	st := x.Stats()
	if st.CappedBuckets != DefaultBands || st.CappedDocs != 6*DefaultBands {
		t.Errorf("Stats() = %+v; want %d capped buckets of 6", st, DefaultBands)
	}
	if q := x.Query(same, nil); len(q) != 0 {
		t.Errorf("Query(capped signature) = %v; want none", q)
	}
}

func TestIndexErrors(t *testing.T) {
	x := mustIndex(t, IndexOptions{})
	if err := x.Add(1, make([]uint64, 3)); !errors.Is(err, ErrSignatureLength) {
		t.Errorf("Add(short signature) = %v; want ErrSignatureLength", err)
	}
	if err := x.Finish(); !errors.Is(err, ErrSignatureLength) {
		t.Errorf("Finish() after a bad Add = %v; want the sticky ErrSignatureLength", err)
	}
	y := mustIndex(t, IndexOptions{})
	y.Finish()
	if err := y.Add(1, make([]uint64, DefaultSize)); !errors.Is(err, ErrFinished) {
		t.Errorf("Add after Finish = %v; want ErrFinished", err)
	}
	if err := y.Finish(); err != nil {
		t.Errorf("second Finish() = %v; want nil", err)
	}
	if _, err := NewIndex(IndexOptions{Bands: -1}); err == nil {
		t.Errorf("NewIndex(Bands: -1) = nil error; want one")
	}
}

func TestQueryAllocs(t *testing.T) {
	h := mustHasher(t, Options{})
	rng := rand.New(rand.NewPCG(6, 6))
	sigs := clusteredSigs(t, h, rng, 200)
	x := mustIndex(t, IndexOptions{})
	for i, s := range sigs {
		x.Add(uint32(i), s)
	}
	x.Finish()
	dst := make([]uint32, 0, 64*len(sigs))
	if n := testing.AllocsPerRun(50, func() { dst = x.Query(sigs[1], dst[:0]) }); n != 0 {
		t.Errorf("Query allocates %v times per run; want 0", n)
	}
}
