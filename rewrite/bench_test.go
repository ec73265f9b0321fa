package rewrite_test

import (
	"strings"
	"testing"

	"github.com/reprint/reprint/rewrite"
)

// benchPair returns two news articles of about 2,000 words on one story:
// seed 001 (1,807 words, 99 sentences) and the rewrites 002, 003 and 004
// with 000 (1,822 words, 85 sentences), with their sentence spans.
func benchPair(tb testing.TB) (a, b string) {
	tb.Helper()
	a = readSeed(tb, "001")
	b = strings.Join([]string{readSeed(tb, "002"), readSeed(tb, "003"), readSeed(tb, "004"), readSeed(tb, "000")}, "\n\n")
	return a, b
}

// BenchmarkAlign aligns two ~2,000-word articles, sentence features
// included, with one Aligner reused (warm path, one per worker goroutine);
// sentence splitting is outside the timed loop.
//
//	go test -run '^$' -bench BenchmarkAlign -count=10 ./rewrite | benchstat -
func BenchmarkAlign(b *testing.B) {
	x, y := benchPair(b)
	sx, sy := split(x), split(y)
	al := mustNew(b, rewrite.Options{})
	if res := al.Align(x, y, sx, sy, nil); len(res.Passages) == 0 {
		b.Fatal("no passages")
	}
	b.SetBytes(int64(len(x) + len(y)))
	b.ReportAllocs()
	for b.Loop() {
		al.Align(x, y, sx, sy, nil)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pairs/s")
}

// BenchmarkAlignCold is BenchmarkAlign with a new Aligner per pair.
func BenchmarkAlignCold(b *testing.B) {
	x, y := benchPair(b)
	sx, sy := split(x), split(y)
	b.SetBytes(int64(len(x) + len(y)))
	b.ReportAllocs()
	for b.Loop() {
		mustNew(b, rewrite.Options{}).Align(x, y, sx, sy, nil)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pairs/s")
}

// BenchmarkSimilarity scores one pair of sentences, features included.
func BenchmarkSimilarity(b *testing.B) {
	an := rewrite.NewAnalyzer()
	s1 := "US President Donald Trump has praised talks held with Russian President Vladimir Putin on the US-proposed ceasefire deal in Ukraine as \"good and productive\"."
	s2 := "US President Donald Trump has described talks with Russian President Vladimir Putin over a proposed ceasefire in Ukraine as “good and productive.”"
	b.ReportAllocs()
	for b.Loop() {
		an.Similarity(s1, s2, nil)
	}
}

// TestAlignAllocs keeps the warm path's allocations to the result it
// returns: a handful per passage and per aligned unit, none per scored
// sentence pair.
func TestAlignAllocs(t *testing.T) {
	x, y := benchPair(t)
	sx, sy := split(x), split(y)
	al := mustNew(t, rewrite.Options{})
	res := al.Align(x, y, sx, sy, nil)
	allocs := testing.AllocsPerRun(20, func() { al.Align(x, y, sx, sy, nil) })
	limit := float64(8 + 2*len(res.Pairs) + 2*len(res.Passages))
	if allocs > limit {
		t.Errorf("Align allocs = %v for %d scored pairs, %d units, %d passages; want ≤ %v",
			allocs, res.Stats.Scored, len(res.Pairs), len(res.Passages), limit)
	}
}
