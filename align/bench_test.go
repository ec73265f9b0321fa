package align_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/reprint/reprint/align"
	"github.com/reprint/reprint/analysis"
)

// benchDoc returns n pseudo-random words drawn from a 5,000-word
// vocabulary, with a full stop every 20 words.
func benchDoc(rng *rand.Rand, n int) string {
	var sb strings.Builder
	for i := range n {
		fmt.Fprintf(&sb, "w%d", rng.IntN(5000))
		if i%20 == 19 {
			sb.WriteString(". ")
		} else {
			sb.WriteByte(' ')
		}
	}
	return sb.String()
}

// BenchmarkAlign aligns pairs of ~2,000-word documents that share a
// 200-word passage; tokenizing is outside the timed loop. Warm path: one
// Aligner reused, as one per worker goroutine would be.
//
//	go test -run '^$' -bench BenchmarkAlign -count=10 ./align | benchstat -
func BenchmarkAlign(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	shared := benchDoc(rng, 200)
	x := benchDoc(rng, 900) + shared + benchDoc(rng, 900)
	y := benchDoc(rng, 1200) + shared + benchDoc(rng, 600)
	tx, ty := analysis.Tokenize(x), analysis.Tokenize(y)
	al, err := align.New(align.Options{})
	if err != nil {
		b.Fatal(err)
	}
	if res := al.Align(x, y, tx, ty); len(res.Passages) != 1 {
		b.Fatalf("Align found %d passages; want 1", len(res.Passages))
	}
	b.SetBytes(int64(len(x) + len(y)))
	b.ReportAllocs()
	for b.Loop() {
		al.Align(x, y, tx, ty)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pairs/s")
}
