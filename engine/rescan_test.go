package engine_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/reprint/reprint"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/internal/synth"
	"github.com/reprint/reprint/report"
)

const storySets = "../testdata/stories"

// rescanSets bounds the story sets TestRescanSameAsScan draws its pool
// from, spread evenly over the sets' sorted names (so over their
// languages and kinds): every step scans the archive whole to compare,
// so the test's time grows with the pool. With all 217 sets (session 26)
// it took 320 s of the engine package's 346 s, against the go test
// default timeout of 10 minutes; with 100 it took 121 s, and stays put as
// sets are added.
const rescanSets = 100

// readStorySets reads the articles of at most max story sets (all when
// max is 0), spread evenly over the sorted set names, each set through
// both cleaning layers on its own, with ids made unique by the set's name.
func readStorySets(t *testing.T, max int) []*reprint.Article {
	t.Helper()
	entries, err := os.ReadDir(storySets)
	if err != nil {
		t.Fatal(err)
	}
	var sets []os.DirEntry
	for _, e := range entries {
		if e.IsDir() {
			sets = append(sets, e)
		}
	}
	if max > 0 && len(sets) > max {
		picked := make([]os.DirEntry, max)
		for i := range picked {
			picked[i] = sets[i*len(sets)/max]
		}
		sets = picked
	}
	var arts []*reprint.Article
	for _, set := range sets {
		files, err := os.ReadDir(filepath.Join(storySets, set.Name()))
		if err != nil {
			t.Fatal(err)
		}
		var paths []string
		for _, f := range files {
			if n := f.Name(); n != "EXPECTED.json" && !strings.HasPrefix(n, "README") && !strings.HasPrefix(n, ".") {
				paths = append(paths, filepath.Join(storySets, set.Name(), n))
			}
		}
		_, err = engine.ReadAll(t.Context(), engine.Options{}.Ingest, paths, t.TempDir(), nil, nil, func(a *reprint.Article, _ *reprint.Rejected) error {
			if a != nil {
				a.ID = set.Name() + "/" + a.ID
				arts = append(arts, a)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return arts
}

// generated returns n synthetic news-length articles with planted reuse.
func generated(seed int64, n int) []*reprint.Article {
	c := synth.Corpus(seed, n, synth.Options{MeanWords: 300})
	arts := make([]*reprint.Article, n)
	for i := range n {
		arts[i] = &reprint.Article{ID: fmt.Sprintf("gen%03d", i), Text: c.Text(i)}
	}
	return arts
}

// reportJSON is the whole report model as JSON, texts and all.
func reportJSON(t *testing.T, s *report.Scan) string {
	t.Helper()
	b, err := json.MarshalIndent(s, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// multiStories counts the stories of several articles, and returns those
// that hold none of ids.
func multiStories(s *report.Scan, ids map[string]bool) (n int, untouched map[string]bool) {
	untouched = map[string]bool{}
	for _, st := range s.Stories {
		if len(st.Articles) < 2 {
			continue
		}
		n++
		if !slices.ContainsFunc(st.Articles, func(id string) bool { return ids[id] }) {
			untouched[strings.Join(st.Articles, "\x00")] = true
		}
	}
	return n, untouched
}

// TestRescanSameAsScan: random sequences of adds, replacements and
// removals over the seeds, rescanSets story sets and generated articles; after
// each step the snapshot Rescan brings up to date is the report a full
// Scan gives, byte for byte (JSON of the whole model), with the texts of
// every article and with those of paired articles only; and Rescan judged
// again only the touched stories: none whose articles the step left
// alone and that was a story before it.
func TestRescanSameAsScan(t *testing.T) {
	needSeeds(t)
	pool := slices.Concat(readSeeds(t), readStorySets(t, rescanSets), generated(7, 40))
	for _, seed := range []uint64{1, 2, 3} {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			rescanSteps(t, pool, seed, 14)
		})
	}
}

func rescanSteps(t *testing.T, pool []*reprint.Article, seed uint64, steps int) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(seed, 0))
	a, _, _ := openArchive(t)
	// Start with half the pool, so that later adds join stories.
	var first []*reprint.Article
	for _, k := range rng.Perm(len(pool))[:len(pool)/2] {
		first = append(first, pool[k])
	}
	if _, err := a.AddArticles(ctx, first, nil); err != nil {
		t.Fatal(err)
	}
	optsOf := []engine.ScanOptions{{}, {Texts: true}}
	snaps := make([]*engine.Snapshot, len(optsOf))
	for i, opts := range optsOf {
		s, err := a.Snapshot(ctx, opts, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !s.Logged() {
			t.Fatal("Snapshot of an SQLite archive: no change log")
		}
		checkCarried(t, s, s)
		snaps[i] = s
	}
	archived := func() []string {
		var ids []string
		for _, ra := range snaps[0].Scan.Articles {
			ids = append(ids, ra.ID)
		}
		return ids
	}
	for step := range steps {
		ids := archived()
		var what string
		touched := map[string]bool{}
		var err error
		switch op := rng.IntN(3); {
		case op == 0 || len(ids) < 4: // add one to three from the pool
			var add []*reprint.Article
			for range 1 + rng.IntN(3) {
				art := *pool[rng.IntN(len(pool))]
				add = append(add, &art)
				touched[art.ID] = true
			}
			what = fmt.Sprintf("add %d", len(add))
			_, err = a.AddArticles(ctx, add, nil)
		case op == 1: // replace one: another article's text, or its own cut
			id := ids[rng.IntN(len(ids))]
			old, lerr := a.Store().Lookup(ctx, id)
			if lerr != nil {
				t.Fatal(lerr)
			}
			text := pool[rng.IntN(len(pool))].Text
			if rng.IntN(2) == 0 {
				cut := len(old.Text) * 2 / 3
				for cut > 0 && !utf8.RuneStart(old.Text[cut]) {
					cut-- // a cut inside a rune would leave invalid UTF-8, which no reader passes on
				}
				text = old.Text[:cut]
			}
			art := old.Article()
			art.Text = text
			touched[id] = true
			what = "replace " + id
			_, err = a.AddArticles(ctx, []*reprint.Article{art}, nil)
		default:
			id := ids[rng.IntN(len(ids))]
			touched[id] = true
			what = "remove " + id
			err = a.Remove(ctx, id)
		}
		if err != nil {
			t.Fatalf("step %d (%s): %v", step, what, err)
		}
		for i, opts := range optsOf {
			want, err := a.Scan(ctx, opts, nil)
			if err != nil {
				t.Fatal(err)
			}
			got, err := a.Rescan(ctx, snaps[i], nil)
			if err != nil {
				t.Fatalf("step %d (%s): Rescan = %v", step, what, err)
			}
			if d := cmp.Diff(reportJSON(t, want), reportJSON(t, got.Scan)); d != "" {
				t.Fatalf("step %d (%s), %+v: Rescan differs from Scan (-scan +rescan):\n%s", step, what, opts, d)
			}
			// Every story the step left alone was kept, not judged again.
			_, before := multiStories(snaps[i].Scan, touched)
			n, after := multiStories(want, touched)
			kept := 0
			for k := range after {
				if before[k] {
					kept++
				}
			}
			// A step that changed nothing (an article replaced by its own
			// text) gets prev itself back, whose Judged is the count of
			// the Rescan that made it.
			if got != snaps[i] && got.Judged() > n-kept {
				t.Errorf("step %d (%s): Rescan judged %d stories; want at most %d (of %d, %d untouched)", step, what, got.Judged(), n-kept, n, kept)
			}
			if got != snaps[i] {
				checkCarried(t, snaps[i], got)
			}
			// Go on from the snapshot as a file gives it back: the next
			// step's Rescan must bring it up to date as well.
			snaps[i] = throughFile(t, a, got)
		}
	}
}

// checkCarried: every story next says it carried over from prev is the
// same story there — its articles, lineage and pairs — and next's
// StoryPairs are the pairs of each story, its ArticleStory each article's.
func checkCarried(t *testing.T, prev, next *engine.Snapshot) {
	t.Helper()
	for i, a := range next.Scan.Articles {
		if k := next.ArticleStory(i); k < 0 || k >= len(next.Scan.Stories) || !slices.Contains(next.Scan.Stories[k].Articles, a.ID) {
			t.Errorf("ArticleStory(%d) = %d, not the story of %q", i, k, a.ID)
		}
	}
	for i, st := range next.Scan.Stories {
		start, end := next.StoryPairs(i)
		in := map[string]bool{}
		for _, id := range st.Articles {
			in[id] = true
		}
		n := 0
		for _, p := range next.Scan.Pairs {
			if in[p.A] {
				n++
			}
		}
		if end-start != n || slices.ContainsFunc(next.Scan.Pairs[start:end], func(p report.Pair) bool { return !in[p.A] || !in[p.B] }) {
			t.Errorf("StoryPairs(%d) = %d, %d; not the story's %d pairs", i, start, end, n)
		}
		j := next.Carried(i)
		if j < 0 {
			continue
		}
		pst, pend := prev.StoryPairs(j)
		was := prev.Scan.Stories[j]
		was.ID = st.ID
		if !cmp.Equal(was, st) || !cmp.Equal(prev.Scan.Pairs[pst:pend], next.Scan.Pairs[start:end]) {
			t.Errorf("story %d carried over from story %d, but they differ: %s %s", i, j, cmp.Diff(was, st), cmp.Diff(prev.Scan.Pairs[pst:pend], next.Scan.Pairs[start:end]))
		}
		for _, id := range st.Articles {
			if !cmp.Equal(prev.Scan.Article(id), next.Scan.Article(id)) {
				t.Errorf("story %d carried over from story %d, but its article %q differs", i, j, id)
			}
		}
	}
}

// TestRescanNothingChanged: with nothing written since, Rescan returns
// the snapshot it was given and judges nothing.
func TestRescanNothingChanged(t *testing.T) {
	needSeeds(t)
	ctx := context.Background()
	a, _, _ := openArchive(t)
	if _, err := a.AddArticles(ctx, readSeeds(t), nil); err != nil {
		t.Fatal(err)
	}
	s, err := a.Snapshot(ctx, engine.ScanOptions{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s.Judged() != 1 {
		t.Errorf("Snapshot of the seeds judged %d stories; want 1", s.Judged())
	}
	got, err := a.Rescan(ctx, s, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got != s {
		t.Errorf("Rescan with nothing changed made a new snapshot (judged %d)", got.Judged())
	}
	// Adding an article already archived, unchanged, writes nothing.
	if _, err := a.AddArticles(ctx, readSeeds(t)[:1], nil); err != nil {
		t.Fatal(err)
	}
	if got, err := a.Rescan(ctx, s, nil); err != nil || got != s {
		t.Errorf("Rescan after an add that changed nothing = %p, %v; want the same snapshot %p", got, err, s)
	}
}

// noLog is a store that keeps no change log: the methods of
// engine.Store only.
type noLog struct{ engine.Store }

// frozenLog is a store whose change log stops at a mark: as if another
// writer, one that keeps no log, changed the archive since.
type frozenLog struct {
	engine.Store
	mark int64
}

func (f frozenLog) Mark(context.Context) (int64, error) { return f.mark, nil }
func (f frozenLog) Changes(_ context.Context, mark int64) ([]engine.Change, int64, error) {
	return nil, mark, nil
}

// TestRescanWithoutLog: where the change log cannot tell what changed —
// the store keeps none, or a writer changed the archive without it —
// Rescan judges the whole archive, and its report is still Scan's.
func TestRescanWithoutLog(t *testing.T) {
	needSeeds(t)
	ctx := context.Background()
	seeds := readSeeds(t)
	for _, tc := range []struct {
		name   string
		wrap   func(engine.Store) engine.Store
		logged bool
	}{
		{"no log", func(st engine.Store) engine.Store { return noLog{st} }, false},
		{"unlogged writer", func(st engine.Store) engine.Store {
			m, err := st.(engine.ChangeLog).Mark(ctx)
			if err != nil {
				t.Fatal(err)
			}
			return frozenLog{st, m}
		}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, st, _ := openArchive(t)
			a, err := engine.NewArchive(tc.wrap(st), engine.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := a.AddArticles(ctx, seeds[:3], nil); err != nil {
				t.Fatal(err)
			}
			s, err := a.Snapshot(ctx, engine.ScanOptions{}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if s.Logged() != tc.logged {
				t.Errorf("Snapshot.Logged() = %v; want %v", s.Logged(), tc.logged)
			}
			if _, err := a.AddArticles(ctx, seeds[3:], nil); err != nil {
				t.Fatal(err)
			}
			got, err := a.Rescan(ctx, s, nil)
			if err != nil {
				t.Fatal(err)
			}
			want, err := a.Scan(ctx, engine.ScanOptions{}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(reportJSON(t, want), reportJSON(t, got.Scan)); d != "" {
				t.Errorf("Rescan differs from Scan (-scan +rescan):\n%s", d)
			}
			if got.Judged() != 1 || len(want.Stories) != 1 {
				t.Errorf("Rescan judged %d stories; want the archive's one story (%d)", got.Judged(), len(want.Stories))
			}
		})
	}
}

// TestRescanToEmpty: removing every article, and adding to an empty
// archive, give Scan's report (its lists null when empty).
func TestRescanToEmpty(t *testing.T) {
	needSeeds(t)
	ctx := context.Background()
	a, _, _ := openArchive(t)
	seeds := readSeeds(t)[:2]
	empty, err := a.Snapshot(ctx, engine.ScanOptions{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := empty
	for _, step := range []struct {
		name  string
		write func() error
	}{
		{"add two", func() error { _, err := a.AddArticles(ctx, seeds, nil); return err }},
		{"remove one", func() error { return a.Remove(ctx, seeds[0].ID) }},
		{"remove the other", func() error { return a.Remove(ctx, seeds[1].ID) }},
	} {
		if err := step.write(); err != nil {
			t.Fatal(err)
		}
		got, err := a.Rescan(ctx, s, nil)
		if err != nil {
			t.Fatal(err)
		}
		want, err := a.Scan(ctx, engine.ScanOptions{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(reportJSON(t, want), reportJSON(t, got.Scan)); d != "" {
			t.Errorf("%s: Rescan differs from Scan (-scan +rescan):\n%s", step.name, d)
		}
		if got == s || got.Judged() > 1 {
			t.Errorf("%s: Rescan returned the same snapshot or judged %d stories", step.name, got.Judged())
		}
		s = got
	}
}

// laterLog is a store whose change log shows one more change after any
// mark from on: as if another writer committed it while Rescan read.
type laterLog struct {
	engine.Store
	log   engine.ChangeLog
	from  int64
	later engine.Change
}

func (l *laterLog) Mark(ctx context.Context) (int64, error) { return l.log.Mark(ctx) }
func (l *laterLog) Changes(ctx context.Context, mark int64) ([]engine.Change, int64, error) {
	cs, m, err := l.log.Changes(ctx, mark)
	if err == nil && mark >= l.from {
		return append(cs, l.later), m + 1, nil
	}
	return cs, m, err
}

// TestRescanWhileWriting: a change committed while Rescan read, to an
// article it read, makes it try again and, when that keeps happening,
// give up with ErrChanging; a change to an article it did not read leaves
// its report as it was at its mark — Scan's before that change.
func TestRescanWhileWriting(t *testing.T) {
	needSeeds(t)
	ctx := context.Background()
	seeds := readSeeds(t)
	for _, tc := range []struct {
		name    string
		touches bool // the later change names the article added
	}{
		{"a story being read", true},
		{"another story", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, st, _ := openArchive(t)
			l := &laterLog{Store: st, log: st, from: 1 << 62}
			a, err := engine.NewArchive(l, engine.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := a.AddArticles(ctx, seeds[:3], nil); err != nil {
				t.Fatal(err)
			}
			s, err := a.Snapshot(ctx, engine.ScanOptions{}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := a.AddArticles(ctx, seeds[3:4], nil); err != nil {
				t.Fatal(err)
			}
			want, err := a.Scan(ctx, engine.ScanOptions{}, nil)
			if err != nil {
				t.Fatal(err)
			}
			added, err := st.Lookup(ctx, seeds[3].ID)
			if err != nil {
				t.Fatal(err)
			}
			if l.from, err = st.Mark(ctx); err != nil {
				t.Fatal(err)
			}
			l.later = engine.Change{Seq: added.Seq + 1000}
			if tc.touches {
				l.later.Seq = added.Seq
			}
			got, err := a.Rescan(ctx, s, nil)
			if tc.touches {
				if !errors.Is(err, engine.ErrChanging) {
					t.Errorf("Rescan = %v; want ErrChanging", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(reportJSON(t, want), reportJSON(t, got.Scan)); d != "" {
				t.Errorf("Rescan differs from Scan (-scan +rescan):\n%s", d)
			}
		})
	}
}
