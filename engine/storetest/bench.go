package storetest

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/internal/synth"
)

// Bench measures a backend through the engine, so that backends compare
// on one workload: Add archives REPRINT_BENCH_N synthetic news-length
// articles (default 2,000; 600 words on average, with planted reuse) into
// a new archive, reporting articles/s; Check then checks archived texts
// under new ids and new texts against it, reporting p50 and p99
// latencies. Run from a backend's package, e.g.
//
//	REPRINT_BENCH_N=3000 go test -run '^$' -bench Store ./postgres/
func Bench(b *testing.B, bk Backend) {
	ctx := context.Background()
	n := 2000
	if v, err := strconv.Atoi(os.Getenv("REPRINT_BENCH_N")); err == nil && v > 0 {
		n = v
	}
	c := synth.Corpus(11, n, synth.Options{MeanWords: 600})
	arts := make([]*reprint.Article, n)
	for i := range n {
		arts[i] = &reprint.Article{ID: fmt.Sprintf("doc%07d", i), Text: c.Text(i)}
	}
	var a *engine.Archive
	var st engine.Store
	b.Run(fmt.Sprintf("Add/n=%d", n), func(b *testing.B) {
		for b.Loop() {
			if st != nil {
				st.Close()
			}
			var err error
			if st, err = bk.Open(ctx, bk.New(b), Options{Create: true}); err != nil {
				b.Fatal(err)
			}
			if a, err = engine.NewArchive(st, engine.Options{}); err != nil {
				b.Fatal(err)
			}
			start := time.Now()
			if _, err := a.AddArticles(ctx, arts, nil); err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(n)/time.Since(start).Seconds(), "articles/s")
		}
		s, err := st.Stats(ctx)
		if err != nil {
			b.Fatal(err)
		}
		var bytes int64
		for _, v := range s.Files {
			bytes += v
		}
		b.ReportMetric(float64(s.Postings), "postings")
		b.ReportMetric(float64(bytes)/float64(n), "bytes/article")
	})
	if st == nil {
		return
	}
	defer st.Close()
	b.Run(fmt.Sprintf("Check/n=%d", n), func(b *testing.B) {
		var queries []*reprint.Article
		for i := 0; i < n && len(queries) < 200; i += 7 {
			queries = append(queries, &reprint.Article{ID: "query-" + arts[i].ID, Text: arts[i].Text})
		}
		BenchCheck(b, a, queries)
	})
}

// BenchCheck measures Check on a: each iteration checks the next of
// queries and then of 200 new synthetic news-length articles, and it
// reports the 50th and 99th percentile latencies and the archived articles
// a check aligned and the pairs it reported, on average (aligned/op,
// pairs/op).
func BenchCheck(b *testing.B, a *engine.Archive, queries []*reprint.Article) {
	ctx := context.Background()
	fresh := synth.Corpus(99, 200, synth.Options{MeanWords: 600})
	for i := range 200 {
		queries = append(queries, &reprint.Article{ID: fmt.Sprintf("fresh%d", i), Text: fresh.Text(i)})
	}
	var lat []time.Duration
	var cpu time.Duration
	i, read, cands, related := 0, 0, 0, 0
	for b.Loop() {
		q := queries[i%len(queries)]
		i++
		start, cpu0 := time.Now(), CPUTime()
		model, cs, err := a.Check(ctx, q)
		if err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
		cpu += CPUTime() - cpu0
		read += cs.Read
		cands += cs.Candidates
		related += len(model.Pairs)
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(i), "cpu-ms/op")
	b.ReportMetric(float64(read)/float64(i), "read/op")
	b.ReportMetric(float64(cands)/float64(i), "aligned/op")
	b.ReportMetric(float64(related)/float64(i), "pairs/op")
}

// CPUTime is the CPU time (user and system) the process has used: on a
// shared machine, what a benchmark's own work cost, where the wall time
// counts the others' too.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
