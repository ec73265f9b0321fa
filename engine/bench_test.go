package engine_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/engine/storetest"
	"github.com/reprint/reprint/internal/synth"
	"github.com/reprint/reprint/sqlite"
)

// benchArchive opens the archive named by REPRINT_BENCH_ARCHIVE (built
// beforehand, e.g. by reprint add of a generated corpus), or builds one of
// REPRINT_BENCH_N synthetic articles (default 2,000) in a temporary folder.
func benchArchive(b *testing.B) (*engine.Archive, *sqlite.Store) {
	b.Helper()
	ctx := context.Background()
	if dir := os.Getenv("REPRINT_BENCH_ARCHIVE"); dir != "" {
		st, err := sqlite.Open(ctx, dir, sqlite.Options{ReadOnly: true})
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
// ids (so every check finds at least its own copy) and new synthetic ones.
func BenchmarkCheck(b *testing.B) {
	ctx := context.Background()
	a, st := benchArchive(b)
	defer st.Close()
	var queries []*reprint.Article
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
