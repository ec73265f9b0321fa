package server

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"testing"
	"time"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/sqlite"
)

// BenchmarkSnapshotAfterAdd measures the server's next snapshot after a
// one-article add: the engine's Rescan (rescan-ms/op) and the indexes
// the pages need (index-ms/op; first-index-ms for the first snapshot's,
// as every snapshot cost before Rescan); ns/op counts the add too. Each added
// article is an archived one with its last paragraph dropped, under a new
// id, so that it joins the story of its source. The first snapshot, which
// judges the whole archive, is made before the timing; first-heap-MB is
// the heap in use once it is made (after a collection), profiled into the
// file REPRINT_BENCH_HEAPPROFILE names when set. It runs on the
// archive of REPRINT_BENCH_ARCHIVE, which it adds to (point it at a
// copy), else on the fixture:
//
//	cp -r /work/data/a100k /tmp/a100k
//	REPRINT_BENCH_ARCHIVE=/tmp/a100k go test ./server -run '^$' -bench SnapshotAfterAdd -benchtime 20x
func BenchmarkSnapshotAfterAdd(b *testing.B) {
	ctx := context.Background()
	var a *engine.Archive
	if dir := os.Getenv("REPRINT_BENCH_ARCHIVE"); dir != "" {
		st, err := sqlite.Open(ctx, dir, sqlite.Options{})
		if err != nil {
			b.Fatal(err)
		}
		defer st.Close()
		if a, err = engine.NewArchive(st, engine.Options{}); err != nil {
			b.Fatal(err)
		}
	} else {
		a = MustOpenSQLite(b)
	}
	var sources []*engine.Record
	for r, err := range a.Store().Articles(ctx, true) {
		if err != nil {
			b.Fatal(err)
		}
		if r.Seq%101 == 0 && strings.Count(r.Text, "\n\n") >= 3 || len(sources) == 0 && strings.Count(r.Text, "\n\n") >= 3 {
			sources = append(sources, r)
		}
		if len(sources) == 500 {
			break
		}
	}
	if len(sources) == 0 {
		b.Fatal("no archived article of several paragraphs to add again")
	}
	judged, err := a.Snapshot(ctx, engine.ScanOptions{NoTexts: true}, nil)
	if err != nil {
		b.Fatal(err)
	}
	t0 := time.Now()
	x, err := newSnapshot(ctx, a.Store(), stamp{}, judged, nil)
	if err != nil {
		b.Fatal(err)
	}
	first := time.Since(t0)
	// The heap the snapshot holds, its indexes and the archive's caches.
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	heap := ms.HeapAlloc
	if path := os.Getenv("REPRINT_BENCH_HEAPPROFILE"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			b.Fatal(err)
		}
		if err := pprof.WriteHeapProfile(f); err != nil {
			b.Fatal(err)
		}
		if err := f.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	var rescan, index time.Duration
	stories, i := 0, 0
	for b.Loop() {
		r := sources[i%len(sources)]
		text := r.Text[:strings.LastIndex(r.Text, "\n\n")]
		art := &reprint.Article{ID: fmt.Sprintf("bench-snapshot-%d-%s", time.Now().UnixNano(), r.ID), Text: text, Meta: r.Meta}
		if _, err := a.AddArticles(ctx, []*reprint.Article{art}, nil); err != nil {
			b.Fatal(err)
		}
		t0 := time.Now()
		next, err := a.Rescan(ctx, x.judged, nil)
		if err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if x, err = newSnapshot(ctx, a.Store(), stamp{}, next, x); err != nil {
			b.Fatal(err)
		}
		rescan += t1.Sub(t0)
		index += time.Since(t1)
		stories += next.Judged()
		i++
	}
	b.ReportMetric(float64(rescan)/1e6/float64(i), "rescan-ms/op")
	b.ReportMetric(float64(index)/1e6/float64(i), "index-ms/op")
	b.ReportMetric(float64(stories)/float64(i), "stories/op")
	b.ReportMetric(float64(first)/1e6, "first-index-ms")
	b.ReportMetric(float64(heap)/(1<<20), "first-heap-MB")
}
