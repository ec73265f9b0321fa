package engine_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/engine/storetest"
	"github.com/reprint/reprint/ingest"
	"github.com/reprint/reprint/internal/synth"
	"github.com/reprint/reprint/sqlite"
)

// benchArchive opens the archive named by REPRINT_BENCH_ARCHIVE (built
// beforehand, e.g. by reprint add of a generated corpus), or builds one of
// REPRINT_BENCH_N synthetic articles (default 2,000) in a temporary folder.
// The named archive is opened for reading, unless write.
func benchArchive(b *testing.B, write bool) (*engine.Archive, *sqlite.Store) {
	b.Helper()
	ctx := context.Background()
	if dir := os.Getenv("REPRINT_BENCH_ARCHIVE"); dir != "" {
		st, err := sqlite.Open(ctx, dir, sqlite.Options{ReadOnly: !write})
		if err != nil {
			b.Fatal(err)
		}
		a, err := engine.NewArchive(st, engine.Options{})
		if err != nil {
			b.Fatal(err)
		}
		return a, st
	}
	n := 2000
	if v, err := strconv.Atoi(os.Getenv("REPRINT_BENCH_N")); err == nil && v > 0 {
		n = v
	}
	c := synth.Corpus(11, n, synth.Options{MeanWords: 600})
	arts := make([]*reprint.Article, n)
	for i := range n {
		arts[i] = &reprint.Article{ID: fmt.Sprintf("doc%07d", i), Text: c.Text(i)}
	}
	st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "a"), sqlite.Options{Create: true})
	if err != nil {
		b.Fatal(err)
	}
	a, err := engine.NewArchive(st, engine.Options{})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := a.AddArticles(ctx, arts, nil); err != nil {
		b.Fatal(err)
	}
	return a, st
}

// BenchmarkCheck measures one check of a news-length article against the
// archive, in process; it reports the 50th and 99th percentile latencies
// over the iterations. The checked articles are archived ones under new
// ids (so every check finds at least its own copy) and new synthetic ones;
// REPRINT_BENCH_QUERIES=FILE checks the articles of FILE (any input
// format, as reprint add reads it) instead of the archived ones.
func BenchmarkCheck(b *testing.B) {
	ctx := context.Background()
	a, st := benchArchive(b, false)
	defer st.Close()
	var queries []*reprint.Article
	if path := os.Getenv("REPRINT_BENCH_QUERIES"); path != "" {
		// The articles checked are read as reprint add reads them, and
		// checked round robin instead of the archived ones.
		_, _, err := engine.Read(ctx, ingest.Options{}, []string{path}, nil, func(art *reprint.Article, _ *reprint.Rejected) error {
			if art != nil {
				queries = append(queries, art)
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		storetest.BenchCheck(b, a, queries)
		return
	}
	for r, err := range st.Articles(ctx, true) {
		if err != nil {
			b.Fatal(err)
		}
		if r.Seq%7 == 0 {
			queries = append(queries, &reprint.Article{ID: "query-" + r.ID, Text: r.Text})
		}
		if len(queries) == 200 {
			break
		}
	}
	storetest.BenchCheck(b, a, queries)
}

// BenchmarkRescan measures bringing the report of the archive's stories
// up to date after a one-article add (Archive.Rescan), the add itself
// left out: rescan-ms/op, and rescan-cpu-ms/op the process's CPU time
// meanwhile (user and system: on a shared machine the wall time counts
// the others' work); ns/op counts the add too. Each added article is an
// archived one with its last paragraph dropped, under a new id, so that
// it joins the story of its source. The first Snapshot, which judges the
// whole archive, is set up before the timing. It adds to the archive:
// point it at a copy.
//
//	cp -r /work/data/a100k /tmp/a100k
//	REPRINT_BENCH_ARCHIVE=/tmp/a100k go test ./engine -run '^$' -bench Rescan -benchtime 20x
func BenchmarkRescan(b *testing.B) {
	ctx := context.Background()
	a, st := benchArchive(b, true)
	defer st.Close()
	var sources []*engine.Record
	for r, err := range st.Articles(ctx, true) {
		if err != nil {
			b.Fatal(err)
		}
		if r.Seq%101 == 0 && strings.Count(r.Text, "\n\n") >= 3 {
			sources = append(sources, r)
		}
		if len(sources) == 500 {
			break
		}
	}
	snap, err := a.Snapshot(ctx, engine.ScanOptions{}, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	var rescan, cpu time.Duration
	judged, i := 0, 0
	for b.Loop() {
		r := sources[i%len(sources)]
		text := r.Text[:strings.LastIndex(r.Text, "\n\n")]
		art := &reprint.Article{ID: fmt.Sprintf("bench-rescan-%d-%s", time.Now().UnixNano(), r.ID), Text: text, Meta: r.Meta}
		if _, err := a.AddArticles(ctx, []*reprint.Article{art}, nil); err != nil {
			b.Fatal(err)
		}
		start, cpu0 := time.Now(), storetest.CPUTime()
		next, err := a.Rescan(ctx, snap, nil)
		if err != nil {
			b.Fatal(err)
		}
		rescan += time.Since(start)
		cpu += storetest.CPUTime() - cpu0
		judged += next.Judged()
		snap = next
		i++
	}
	b.ReportMetric(float64(rescan)/1e6/float64(i), "rescan-ms/op")
	b.ReportMetric(float64(cpu)/1e6/float64(i), "rescan-cpu-ms/op")
	b.ReportMetric(float64(judged)/float64(i), "stories/op")
}
