package clean

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/reprint/reprint"
)

// BenchmarkClean cleans each seed (2.5–11 KB) with a reused Cleaner.
//
//	go test ./clean/ -run '^$' -bench Clean -count=10 | benchstat -
func BenchmarkClean(b *testing.B) {
	c := MustClean(b)
	for _, seed := range MustReadSeeds(b) {
		b.Run(seed.ID[:3], func(b *testing.B) {
			b.SetBytes(int64(len(seed.Body)))
			b.ReportAllocs()
			a := &reprint.Article{}
			for b.Loop() {
				a.Body = seed.Body
				c.Clean(a)
			}
		})
	}
}

// BenchmarkCleanChinese cleans a Chinese page (the scraper's copy of
// the chinese-cns-ai-farm story set, 7 KB): Han runs, whose chrome
// phrases are looked up inside the run (hanPhrases), not only whole.
func BenchmarkCleanChinese(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "stories", "chinese-cns-ai-farm", "D-scraper.txt"))
	if err != nil {
		b.Skip(err)
	}
	c := MustClean(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	a := &reprint.Article{}
	for b.Loop() {
		a.Body = string(data)
		c.Clean(a)
	}
}

// BenchmarkCleanCorpus cleans the article bodies of a real corpus: every
// *.txt file under $REPRINT_BENCH_CORPUS, e.g.
//
//	REPRINT_BENCH_CORPUS=../../shared/corpora/pan13-train/src go test ./clean/ -run '^$' -bench CleanCorpus
func BenchmarkCleanCorpus(b *testing.B) {
	dir := os.Getenv("REPRINT_BENCH_CORPUS")
	if dir == "" {
		b.Skip("REPRINT_BENCH_CORPUS not set")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		b.Skipf("no *.txt files in %s (%v)", dir, err)
	}
	var bodies []string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		bodies = append(bodies, string(data))
		size += len(data)
	}
	c := MustClean(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	a := &reprint.Article{}
	for b.Loop() {
		for _, body := range bodies {
			a.Body = body
			c.Clean(a)
		}
	}
	b.ReportMetric(float64(len(bodies))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
