package rewrite_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/eval/pan"
	"github.com/reprint/reprint/rewrite"
)

// benchCorpus returns the directory of the PAN 2013 training corpus
// named by REPRINT_BENCH_CORPUS, or skips the benchmark.
func benchCorpus(b *testing.B) string {
	b.Helper()
	dir := os.Getenv("REPRINT_BENCH_CORPUS")
	if dir == "" {
		b.Skip("set REPRINT_BENCH_CORPUS to the PAN 2013 training corpus")
	}
	return dir
}

// BenchmarkCorpusPrepare prepares every document of the PAN 2013
// training corpus (5,057 documents, 30 MB) with a corpus IDF, as a scan
// does, and reports the Docs' total size.
//
//	REPRINT_BENCH_CORPUS=$PWD/../../shared/corpora/pan13-train go test -run '^$' -bench BenchmarkCorpusPrepare -benchtime 1x -cpu 1 ./rewrite
func BenchmarkCorpusPrepare(b *testing.B) {
	dir := benchCorpus(b)
	var texts []string
	var spans [][]reprint.Span
	size := 0
	for _, sub := range []string{"src", "susp"} {
		files, _ := filepath.Glob(filepath.Join(dir, sub, "*.txt"))
		for _, f := range files {
			t, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, string(t))
			spans = append(spans, split(string(t)))
			size += len(t)
		}
	}
	idf := rewrite.NewIDF()
	an := rewrite.NewAnalyzer()
	for i := range texts {
		idf.Add(an.Terms(texts[i], spans[i], nil))
	}
	al := mustNew(b, rewrite.Options{})
	b.SetBytes(int64(size))
	var mem, sents int
	for b.Loop() {
		mem, sents = 0, 0
		for i := range texts {
			d := al.Prepare(texts[i], spans[i], idf)
			mem += d.MemSize()
			sents += d.Sentences()
		}
	}
	b.ReportMetric(float64(len(texts)), "docs")
	b.ReportMetric(float64(mem)/1e6, "docMB")
	b.ReportMetric(float64(mem)/float64(sents), "docB/sent")
	b.ReportMetric(float64(mem)/float64(size), "docB/textB")
}

// BenchmarkCorpusPairs aligns every 10th pair of the PAN 2013 training
// corpus (all folders, 506 pairs) with a corpus IDF: Align on the texts,
// and AlignDocs on Docs prepared beforehand. Their difference is the
// analysis a scan saves when each document is prepared once.
//
//	REPRINT_BENCH_CORPUS=$PWD/../../shared/corpora/pan13-train go test -run '^$' -bench BenchmarkCorpusPairs -cpu 1 -count 5 ./rewrite
func BenchmarkCorpusPairs(b *testing.B) {
	c, err := pan.OpenCorpus(benchCorpus(b))
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	for k, p := range c.Pairs {
		if k%10 != 0 {
			continue
		}
		susp, src, err := c.Texts(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, susp, src)
	}
	spans := make([][]reprint.Span, len(texts))
	idf := rewrite.NewIDF()
	an := rewrite.NewAnalyzer()
	for i := range texts {
		spans[i] = split(texts[i])
		idf.Add(an.Terms(texts[i], spans[i], nil))
	}
	al := mustNew(b, rewrite.Options{})
	docs := make([]*rewrite.Doc, len(texts))
	for i := range texts {
		docs[i] = al.Prepare(texts[i], spans[i], idf)
	}
	pairs := len(texts) / 2
	b.Run("Align", func(b *testing.B) {
		for b.Loop() {
			for i := 0; i < len(texts); i += 2 {
				al.Align(texts[i], texts[i+1], spans[i], spans[i+1], idf)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*pairs), "ns/pair")
	})
	b.Run("AlignDocs", func(b *testing.B) {
		for b.Loop() {
			for i := 0; i < len(texts); i += 2 {
				al.AlignDocs(docs[i], docs[i+1])
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*pairs), "ns/pair")
	})
}
