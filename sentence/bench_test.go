package sentence

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reprint/reprint"
)

// seedText returns the seed articles concatenated and repeated to n bytes.
func seedText(tb testing.TB, n int) string {
	tb.Helper()
	files, _ := filepath.Glob("../../shared/seeds/*.txt")
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		b.Write(data)
		b.WriteString("\n\n")
	}
	if b.Len() == 0 {
		tb.Skip("no seeds at ../../shared/seeds")
	}
	s := strings.Repeat(b.String(), n/b.Len()+1)
	return s[:n]
}

var benchSizes = []struct {
	name string
	n    int
}{{"1KB", 1 << 10}, {"64KB", 64 << 10}, {"1MB", 1 << 20}}

// BenchmarkSegment measures the rule-based segmenter on news text, reusing
// the destination slice (the warm path).
//
//	go test ./sentence -run '^$' -bench Segment -count=10 | benchstat -
func BenchmarkSegment(b *testing.B) {
	seg, _ := NewSegmenter(Options{})
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) {
			text := seedText(b, size.n)
			var dst []reprint.Span
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				dst, _ = seg.Segment(text, dst[:0])
			}
			b.ReportMetric(float64(len(dst)), "sentences/op")
		})
	}
}

func TestSegmentAllocs(t *testing.T) {
	seg, _ := NewSegmenter(Options{})
	text := seedText(t, 16<<10)
	dst := make([]reprint.Span, 0, 1024)
	if n := testing.AllocsPerRun(10, func() { dst, _ = seg.Segment(text, dst[:0]) }); n != 0 {
		t.Errorf("Segment allocates %v times per run; want 0", n)
	}
}
