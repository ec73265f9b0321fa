package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/reprint/reprint"
	"github.com/reprint/reprint/engine"
)

// snapshotJSON renders what a snapshot serves: the report model, the
// story summaries, and the stories a search finds by each of words.
func snapshotJSON(t *testing.T, x *snapshot, words []string) string {
	t.Helper()
	found := map[string][]int32{}
	for _, w := range words {
		var l []int32
		for s := range x.text.prefixed(w) {
			l = append(l, s)
		}
		slices.Sort(l)
		found[w] = l
	}
	b, err := json.MarshalIndent(struct {
		Scan    any
		Stories []*storySummary
		Pairs   [][]int
		Hay     []string
		Found   map[string][]int32
	}{x.scan, x.stories, summaryPairs(x), summaryHay(x), found}, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// fullSnapshotDiff compares what x serves with what a snapshot made by
// judging the whole archive a serves (the report, the summaries, and
// searches by every indexed word and its first two letters).
func fullSnapshotDiff(t *testing.T, a *engine.Archive, x *snapshot) string {
	t.Helper()
	full, err := a.Snapshot(t.Context(), engine.ScanOptions{NoTexts: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want, err := newSnapshot(t.Context(), a.Store(), x.stamp, full, nil)
	if err != nil {
		t.Fatal(err)
	}
	words := slices.Clone(want.text.base.words)
	for _, w := range want.text.base.words {
		if len(w) > 2 {
			words = append(words, w[:2]) // prefixes too
		}
	}
	return cmp.Diff(snapshotJSON(t, want, words), snapshotJSON(t, x, words))
}

func summaryPairs(x *snapshot) [][]int {
	var out [][]int
	for _, sm := range x.stories {
		out = append(out, sm.pairs)
	}
	return out
}

func summaryHay(x *snapshot) []string {
	var out []string
	for _, sm := range x.stories {
		out = append(out, sm.hay)
	}
	return out
}

// TestSnapshotsRescan: after each write — an add through the server, an
// add and a removal by another writer — the server's snapshot is the one
// built from a full Scan of the archive, and it was made by judging only
// the stories the write touched; on both stores.
func TestSnapshotsRescan(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) { snapshotsRescan(t, MustOpenSQLite(t)) })
	t.Run("postgres", func(t *testing.T) { snapshotsRescan(t, MustOpenPostgres(t)) })
}

func snapshotsRescan(t *testing.T, a *engine.Archive) {
	s := MustNew(t, a, Options{FreshStories: true})
	ctx := t.Context()
	first, _, err := s.snaps.get(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if first.judged.Judged() != 2 {
		t.Fatalf("the first snapshot judged %d stories; want the fixture's 2", first.judged.Judged())
	}
	text, err := os.ReadFile(filepath.Join(seeds, seedCopy))
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name   string
		write  func() error
		judged int // stories judged again
	}{
		{"add to the seeds' story through the server", func() error {
			res, b := do(t, s, "POST", "/api/articles?id=again&site=Again", "text/plain", text)
			if res.StatusCode != 201 {
				return fmt.Errorf("POST /api/articles = %d %s", res.StatusCode, b)
			}
			return nil
		}, 1},
		{"add one related to nothing", func() error {
			_, err := a.AddArticles(ctx, []*reprint.Article{{ID: "alone", Text: "Nothing in this short note about a garden fete is in any other article."}}, nil)
			return err
		}, 0},
		{"remove the harbour copy", func() error { return a.Remove(ctx, "copycat/harbour") }, 0},
		{"remove a seed", func() error { return a.Remove(ctx, seedCopy) }, 1},
	}
	for _, st := range steps {
		if err := st.write(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		x, stale, err := s.snaps.get(ctx)
		if err != nil || stale {
			t.Fatalf("%s: get = stale %v, %v", st.name, stale, err)
		}
		if d := fullSnapshotDiff(t, a, x); d != "" {
			t.Errorf("%s: the snapshot differs from one of a full scan (-full +served):\n%s", st.name, d)
		}
		checkPlaces(t, x)
		if x.judged.Judged() != st.judged {
			t.Errorf("%s: the snapshot judged %d stories again; want %d", st.name, x.judged.Judged(), st.judged)
		}
	}
}

// checkPlaces: each article's story and pairs, and each pair found by
// its two ids in either order, are those a pass over the report finds.
func checkPlaces(t *testing.T, x *snapshot) {
	t.Helper()
	for _, a := range x.scan.Articles {
		want := -1
		for k, st := range x.scan.Stories {
			if slices.Contains(st.Articles, a.ID) {
				want = k
				break
			}
		}
		if got, ok := x.storyOf(a.ID); !ok || got != want {
			t.Errorf("storyOf(%q) = %d, %v; want %d", a.ID, got, ok, want)
		}
		var pairs []int
		for i, p := range x.scan.Pairs {
			if p.A == a.ID || p.B == a.ID {
				pairs = append(pairs, i)
			}
		}
		if got := x.pairsOf(a.ID); !slices.Equal(got, pairs) {
			t.Errorf("pairsOf(%q) = %v; want %v", a.ID, got, pairs)
		}
	}
	for i, p := range x.scan.Pairs {
		if x.pairOf(p.A, p.B) != &x.scan.Pairs[i] || x.pairOf(p.B, p.A) != &x.scan.Pairs[i] {
			t.Errorf("pairOf(%q, %q) is not pair %d", p.A, p.B, i)
		}
	}
	if _, ok := x.storyOf("no such article"); ok || x.pairOf("no such article", x.scan.Articles[0].ID) != nil {
		t.Error("an id not archived has a story or a pair")
	}
	if st, sm := x.story(len(x.stories) + 1); st != nil || sm != nil {
		t.Error("story(one past the last) is a story")
	}
}

// TestSnapshotTexts: the snapshot holds no texts; a page reads the texts
// of a pair as they were judged, and an article replaced since is not
// shown with the old passages over its new text but answered busy until
// the stories are judged again.
func TestSnapshotTexts(t *testing.T) {
	a := MustOpenSQLite(t)
	s := MustNew(t, a, Options{})
	ctx := t.Context()
	x, _, err := s.snaps.get(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, art := range x.scan.Articles {
		if art.Text != "" {
			t.Fatalf("the snapshot holds the text of %s", art.ID)
		}
	}
	if len(x.scan.Pairs) == 0 {
		t.Fatal("the fixture has no pair")
	}
	p := x.scan.Pairs[0]
	arts, err := x.withTexts(ctx, p.A, p.B)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{p.A, p.B} {
		rec, err := a.Store().Lookup(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if arts[id] == nil || arts[id].Text != rec.Text || arts[id].Bytes != len(rec.Text) {
			t.Fatalf("withTexts(%s) is not the archived text", id)
		}
		for _, ps := range p.Passages {
			sp := ps.A
			if id == p.B {
				sp = ps.B
			}
			if sp.End > len(arts[id].Text) {
				t.Fatalf("passage %v outside the text of %s", sp, id)
			}
		}
	}
	// Replace B with another text: the snapshot's passages no longer
	// index the archived text.
	if _, err := a.AddArticles(ctx, []*reprint.Article{{ID: p.B, Text: "An entirely different note about a village fete and its cakes."}}, nil); err != nil {
		t.Fatal(err)
	}
	_, err = x.withTexts(ctx, p.A, p.B)
	var e *Error
	if !errors.As(err, &e) || e.Code != EBusy || e.RetryAfter == 0 {
		t.Fatalf("withTexts after a replace = %v; want a busy error with Retry-After", err)
	}
}

// syncBuffer is a log sink safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// TestSnapshotFile: a server writes its judgement to the snapshot file
// when it stops; the next one reads it back and judges only the stories
// written to since, serving what a full judgement serves. A file of
// another build, one cut short, and the debris of a write cut short are
// not used (and the debris removed); a read-only server writes nothing.
// On both stores.
func TestSnapshotFile(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) { snapshotFile(t, MustOpenSQLite(t)) })
	t.Run("postgres", func(t *testing.T) { snapshotFile(t, MustOpenPostgres(t)) })
}

func snapshotFile(t *testing.T, a *engine.Archive) {
	ctx := t.Context()
	file := filepath.Join(t.TempDir(), "serve.snapshot")
	start := func(build string, readOnly bool) (*Server, *syncBuffer, *snapshot) {
		t.Helper()
		var log syncBuffer
		s, err := New(Options{Archive: a, SnapshotFile: file, Build: build, ReadOnly: readOnly,
			Logger: slog.New(slog.NewTextHandler(&log, nil))})
		if err != nil {
			t.Fatal(err)
		}
		x, _, err := s.snaps.get(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return s, &log, x
	}
	served := func(x *snapshot) {
		t.Helper()
		if d := fullSnapshotDiff(t, a, x); d != "" {
			t.Errorf("the snapshot differs from one of a full judgement (-full +served):\n%s", d)
		}
	}

	s, log, x := start("b1", false)
	all := x.judged.Judged()
	if all < 2 || strings.Contains(log.String(), "read the snapshot file") {
		t.Fatalf("first start: judged %d stories; log:\n%s", all, log)
	}
	s.Close()
	if _, err := os.Stat(file); err != nil {
		t.Fatalf("no snapshot file after the server stopped: %v\n%s", err, log)
	}
	if _, err := os.Stat(pagesFile(file)); err != nil {
		t.Fatalf("no pages file after the server stopped: %v\n%s", err, log)
	}

	// Nothing changed: the judgement and the pages come from the files
	// as they are (Rescan returns the judgement it was given).
	s, log, x = start("b1", false)
	if !strings.Contains(log.String(), "read the pages file") || x.judged != s.snaps.written.Value() {
		t.Fatalf("restart of an unchanged archive: not the judgement of the file, or the pages not read; log:\n%s", log)
	}
	served(x)
	s.Close()
	if strings.Contains(log.String(), "wrote the") {
		t.Errorf("a restart that changed nothing rewrote the files; log:\n%s", log)
	}

	// A new article joins a story; the next server judges that one only.
	text, err := os.ReadFile(filepath.Join(seeds, seedCopy))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.AddArticles(ctx, []*reprint.Article{{ID: "again", Text: string(text)}}, nil); err != nil {
		t.Fatal(err)
	}
	s, log, x = start("b1", false)
	if !strings.Contains(log.String(), "read the snapshot file") || x.judged.Judged() != 1 {
		t.Fatalf("second start: judged %d stories (want 1, from the file); log:\n%s", x.judged.Judged(), log)
	}
	if !strings.Contains(log.String(), "read the pages file") {
		t.Fatalf("second start: the pages file not read; log:\n%s", log)
	}
	served(x)
	s.Close()
	if !strings.Contains(log.String(), "wrote the pages file") {
		t.Fatalf("second start: the pages of the new judgement not written; log:\n%s", log)
	}

	// A pages file cut short, or of another judgement (the snapshot file
	// of before the add, beside the pages of after it), is not used; the
	// pages are made again and right.
	pages, err := os.ReadFile(pagesFile(file))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pagesFile(file), pages[:len(pages)-3], 0o644); err != nil {
		t.Fatal(err)
	}
	s, log, x = start("b1", true)
	if !strings.Contains(log.String(), "not using the pages file") {
		t.Fatalf("a pages file cut short was used; log:\n%s", log)
	}
	served(x)
	s.Close()
	if err := os.WriteFile(pagesFile(file), pages, 0o644); err != nil {
		t.Fatal(err)
	}

	// Another build judges everything again, and replaces the file.
	s, log, x = start("b2", false)
	if !strings.Contains(log.String(), "not using the snapshot file") || x.judged.Judged() != all {
		t.Fatalf("another build: judged %d stories (want all %d); log:\n%s", x.judged.Judged(), all, log)
	}
	s.Close()
	if !strings.Contains(log.String(), "wrote the snapshot file") {
		t.Fatalf("another build did not write its own file; log:\n%s", log)
	}

	// Cut short, with the debris of a write a crash interrupted beside it.
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, b[:len(b)*2/3], 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file+".tmp", b[:10], 0o644); err != nil {
		t.Fatal(err)
	}
	s, log, x = start("b2", true)
	if !strings.Contains(log.String(), "not using the snapshot file") || x.judged.Judged() != all {
		t.Fatalf("a file cut short: judged %d stories (want all %d); log:\n%s", x.judged.Judged(), all, log)
	}
	served(x)
	s.Close()
	if got, err := os.ReadFile(file); err != nil || len(got) != len(b)*2/3 {
		t.Errorf("a read-only server wrote the snapshot file (%d bytes, %v)", len(got), err)
	}
	if _, err := os.Stat(file + ".tmp"); err != nil {
		t.Errorf("a read-only server removed the debris: %v", err)
	}
	s, log, _ = start("b2", false)
	s.Close()
	if _, err := os.Stat(file + ".tmp"); !errors.Is(err, os.ErrNotExist) || !strings.Contains(log.String(), "removed the file a crash left") {
		t.Errorf("the debris of a write was not removed (%v); log:\n%s", err, log)
	}
}

// TestProgressNote: a reader told to wait for the first judgement is
// told how far it has come.
func TestProgressNote(t *testing.T) {
	for _, c := range []struct {
		step        engine.Step
		done, total int
		want        string
	}{
		{"", 0, 0, ""},
		{engine.StepRead, 1200, 0, " (reading: 1200)"},
		{engine.StepJudge, 250, 1000, " (judging: 250 of 1000 stories of several articles, 25%)"},
		{engine.StepAlign, 3, 9, " (aligning: 3 of 9)"},
	} {
		ss := snapshots{log: slog.New(slog.DiscardHandler)}
		if c.step != "" {
			ss.progress(c.step, c.done, c.total)
		}
		if got := ss.progressNote(); got != c.want {
			t.Errorf("after (%q, %d, %d): %q; want %q", c.step, c.done, c.total, got, c.want)
		}
	}
	// A judgement of many stories is logged a tenth at a time.
	var log syncBuffer
	ss := snapshots{log: slog.New(slog.NewTextHandler(&log, nil))}
	for done := range 2001 {
		ss.progress(engine.StepJudge, done, 2000)
	}
	if n := strings.Count(log.String(), "judging the archive's stories"); n != 10 {
		t.Errorf("a judgement of 2,000 stories logged %d lines; want 10:\n%s", n, log.String())
	}
}
