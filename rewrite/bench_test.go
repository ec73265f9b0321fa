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

// BenchmarkFacts reads the facts of two ~2,000-word articles in turn, as
// a pair's shared facts are read (detect), with one Analyzer.
func BenchmarkFacts(b *testing.B) {
	x, y := benchPair(b)
	sx, sy := split(x), split(y)
	an := rewrite.NewAnalyzer()
	var dst []uint64
	b.SetBytes(int64(len(x) + len(y)))
	b.ReportAllocs()
	for b.Loop() {
		dst = an.Facts(x, sx, dst[:0])
		dst = an.Facts(y, sy, dst[:0])
	}
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

// BenchmarkAlignDocs is BenchmarkAlign on Docs prepared outside the timed
// loop: the cost of a pair when each text is analysed once (Prepare) and
// aligned with several others.
//
//	go test -run '^$' -bench 'BenchmarkAlign(Docs)?$' -cpu 1 -count=10 ./rewrite | benchstat -
func BenchmarkAlignDocs(b *testing.B) {
	x, y := benchPair(b)
	al := mustNew(b, rewrite.Options{})
	dx, dy := al.Prepare(x, split(x), nil), al.Prepare(y, split(y), nil)
	if res := al.AlignDocs(dx, dy); len(res.Passages) == 0 {
		b.Fatal("no passages")
	}
	b.SetBytes(int64(len(x) + len(y)))
	b.ReportAllocs()
	for b.Loop() {
		al.AlignDocs(dx, dy)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pairs/s")
}

// BenchmarkPrepare analyses and packs one text into a Doc, for texts of
// one short seed article (000), one long one (001) and all five seeds
// joined; it reports the Doc's size per sentence and per byte of text.
//
//	go test -run '^$' -bench BenchmarkPrepare -cpu 1 -count=10 ./rewrite | benchstat -
func BenchmarkPrepare(b *testing.B) {
	var all []string
	for _, p := range []string{"000", "001", "002", "003", "004"} {
		all = append(all, readSeed(b, p))
	}
	for _, tc := range []struct {
		name, text string
	}{{"3KB", all[0]}, {"11KB", all[1]}, {"23KB", strings.Join(all, "\n\n")}} {
		b.Run(tc.name, func(b *testing.B) {
			sents := split(tc.text)
			al := mustNew(b, rewrite.Options{})
			d := al.Prepare(tc.text, sents, nil)
			b.SetBytes(int64(len(tc.text)))
			b.ReportAllocs()
			for b.Loop() {
				al.Prepare(tc.text, sents, nil)
			}
			b.ReportMetric(float64(d.MemSize())/float64(d.Sentences()), "docB/sent")
			b.ReportMetric(float64(d.MemSize())/float64(len(tc.text)), "docB/textB")
		})
	}
}
