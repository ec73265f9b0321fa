package minhash_test

import (
	"runtime"
	"testing"

	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/internal/synth"
	"github.com/reprint/reprint/minhash"
	"github.com/reprint/reprint/shingle"
)

// MaxBytesPerDoc is the memory budget of the index per document at 100,000
// documents (the issue "Find verbatim reuse fast").
const MaxBytesPerDoc = 1536

// signatures signs n synthetic news documents (800 words median, a fifth
// of them copying a passage from an earlier one) and passes each signature
// to add, without keeping them.
func signatures(tb testing.TB, n int, add func(doc uint32, sig []uint64)) {
	tb.Helper()
	s := synth.Corpus(1, n, synth.Options{})
	h, err := minhash.NewHasher(minhash.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	var (
		words []uint32
		toks  []analysis.Token
		vals  []uint64
		sig   []uint64
	)
	for i := range n {
		words = s.Words(i, words[:0])
		toks = toks[:0]
		for _, w := range words {
			toks = append(toks, analysis.Token{Hash: s.Vocab().Hash(w)})
		}
		vals = shingle.Values(toks, shingle.K, vals[:0])
		sig = h.Sign(vals, sig[:0])
		add(uint32(i), sig)
	}
}

// buildIndex builds the index over n synthetic documents and returns it
// with the live heap it holds, measured as the HeapAlloc difference across
// the build after a full GC at each end.
func buildIndex(tb testing.TB, n int, opts minhash.IndexOptions) (*minhash.Index, float64) {
	tb.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	x, err := minhash.NewIndex(opts)
	if err != nil {
		tb.Fatal(err)
	}
	signatures(tb, n, func(doc uint32, sig []uint64) {
		if err := x.Add(doc, sig); err != nil {
			tb.Fatal(err)
		}
	})
	if err := x.Finish(); err != nil {
		tb.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(x)
	return x, float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / float64(n)
}

// TestIndexMemory builds the index over 100,000 documents and asserts the
// budget of MaxBytesPerDoc bytes per document. Heap size after a full GC is
// deterministic enough to assert (time is not). It takes 10–40 seconds,
// depending on load, so -short skips it:
//
//	go test ./minhash -run IndexMemory -v
func TestIndexMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 100,000-document index; run without -short")
	}
	const n = 100_000
	// Without a Capacity hint, the worst case: arrays grown by append and
	// trimmed by Finish.
	for _, tc := range []struct {
		name string
		opts minhash.IndexOptions
	}{
		{"grown", minhash.IndexOptions{}},
	} {
		x, perDoc := buildIndex(t, n, tc.opts)
		st := x.Stats()
		t.Logf("%s: %.0f bytes/doc live heap; stats %+v", tc.name, perDoc, st)
		if perDoc > MaxBytesPerDoc {
			t.Errorf("%s: index holds %.0f bytes per document at %d documents; want ≤ %d", tc.name, perDoc, n, MaxBytesPerDoc)
		}
		if want := float64(8 * minhash.DefaultBands); perDoc < want {
			t.Errorf("%s: %.0f bytes per document is below the %v of the entries: measurement broken", tc.name, perDoc, want)
		}
	}
}

// BenchmarkIndex100k builds the index over 100,000 synthetic documents
// (signing included) and reports the live heap per document and the
// candidate pairs found.
//
//	go test ./minhash -run '^$' -bench Index100k -benchtime 1x -cpu 1
func BenchmarkIndex100k(b *testing.B) {
	const n = 100_000
	for b.Loop() {
		x, perDoc := buildIndex(b, n, minhash.IndexOptions{})
		pairs := 0
		for range x.Pairs() {
			pairs++
		}
		b.ReportMetric(perDoc, "bytes/doc")
		b.ReportMetric(float64(pairs), "pairs")
		b.ReportMetric(float64(x.Stats().CappedBuckets), "capped-buckets")
	}
}

// TestCorpusRecall indexes a synthetic corpus of 5,000 news documents in
// which a fifth copy a passage (10–100% of the shorter document) and checks
// the recall of the planted pairs against the S-curve promises of the
// package doc, and that every other candidate pair is explained by the plan
// (two copies of one source).
func TestCorpusRecall(t *testing.T) {
	const n = 5000
	x, err := minhash.NewIndex(minhash.IndexOptions{})
	if err != nil {
		t.Fatal(err)
	}
	signatures(t, n, func(doc uint32, sig []uint64) { x.Add(doc, sig) })
	x.Finish()
	found := make(map[[2]uint32]bool)
	for a, b := range x.Pairs() {
		found[[2]uint32{a, b}] = true
	}
	s := synth.Corpus(1, n, synth.Options{})
	source := make(map[int]int) // copy → source
	var planted, hit [4]int     // by share: <0.2, <0.3, <0.5, ≥0.5
	for _, r := range s.Reuse() {
		source[r.Dst] = r.Src
		bucket := 3
		switch {
		case r.Share < 0.2:
			bucket = 0
		case r.Share < 0.3:
			bucket = 1
		case r.Share < 0.5:
			bucket = 2
		}
		planted[bucket]++
		if found[[2]uint32{uint32(r.Src), uint32(r.Dst)}] {
			hit[bucket]++
		}
	}
	for i, min := range []float64{0.15, 0.6, 0.9, 0.99} {
		if rate := float64(hit[i]) / float64(planted[i]); rate < min {
			t.Errorf("share bucket %d: found %d of %d planted pairs (%.2f); want ≥ %.2f", i, hit[i], planted[i], rate, min)
		}
	}
	// Keeping 32 bits of each band key merges about b·n²/2³³ unrelated
	// bucket pairs by accident (index.go): 0.4 here. Allow a few.
	unexplained, allowed := 0, 3
	for p := range found {
		a, b := int(p[0]), int(p[1])
		sa, okA := source[a]
		sb, okB := source[b]
		if (okB && sb == a) || (okA && sa == b) || (okA && okB && sa == sb) {
			continue
		}
		unexplained++
	}
	if unexplained > allowed {
		t.Errorf("%d of %d candidate pairs share no planted text", unexplained, len(found))
	}
}
