package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkExtract measures extraction over the seed articles repeated to
// 1 MB, reusing the destination slice.
//
//	go test ./quote -run '^$' -bench Extract -count=10 | benchstat -
func BenchmarkExtract(b *testing.B) {
	files, _ := filepath.Glob("../../shared/seeds/*.txt")
	var sb strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	if sb.Len() == 0 {
		b.Skip("no seeds at ../../shared/seeds")
	}
	text := strings.Repeat(sb.String(), (1<<20)/sb.Len()+1)
	var dst []Quote
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		dst = Extract(text, dst[:0])
	}
	b.ReportMetric(float64(len(dst)), "quotes/op")
}
