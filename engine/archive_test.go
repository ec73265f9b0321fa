package engine_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/reprint/reprint"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/internal/synth"
	"github.com/reprint/reprint/report"
	"github.com/reprint/reprint/sqlite"
)

const seeds = "../../shared/seeds"

func needSeeds(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(seeds); err != nil {
		t.Skipf("seeds not found beside the project: %v", err)
	}
}

// openArchive makes a new archive in a temporary folder.
func openArchive(t *testing.T) (*engine.Archive, *sqlite.Store, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "archive")
	st, err := sqlite.Open(context.Background(), dir, sqlite.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	a, err := engine.NewArchive(st, engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return a, st, dir
}

// readSeeds reads the seeds with both cleaning layers.
func readSeeds(t *testing.T) []*reprint.Article {
	t.Helper()
	var arts []*reprint.Article
	_, err := engine.ReadAll(context.Background(), engine.Options{}.Ingest, []string{seeds}, t.TempDir(), nil, nil, func(a *reprint.Article, r *reprint.Rejected) error {
		if a != nil {
			arts = append(arts, a)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return arts
}

// canonical renders a report as JSON with the texts, for comparison;
// stats.candidates is zeroed: an archive scan aligns nothing itself.
func canonical(t *testing.T, s *report.Scan) string {
	t.Helper()
	s.Stats.Candidates = 0
	var buf bytes.Buffer
	if err := report.WriteJSON(&buf, s, report.JSONOptions{Text: true}); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestArchiveSeedsSameAsScan: scan --archive after add gives the stories,
// lineage, relations, credit and quotation flags of the batch scan, byte
// for byte, whether the seeds are added at once or in two adds.
// TestArchiveHousePagesSameAsScan: a council's other results page and the
// reports of one by-election (a story set): the publisher's pages on
// another subject (housePage) and what ties the reports to the other page
// only through the council's own (houseLinked) are read alike by scan and
// by an archive's scan, whatever order the articles were added in.
func TestArchiveHousePagesSameAsScan(t *testing.T) {
	dir := filepath.Join("..", "testdata", "stories", "english-by-election-results-reports")
	files, err := filepath.Glob(filepath.Join(dir, "[A-Z]-*"))
	if err != nil || len(files) != 6 {
		t.Fatalf("the set's articles: %v, %v", files, err)
	}
	ctx := context.Background()
	want, err := engine.Scan(ctx, engine.Options{}, files, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range want.Pairs {
		if strings.HasPrefix(p.A, "X-") || strings.HasPrefix(p.B, "X-") {
			t.Errorf("scan relates the council's other page: %s–%s %s", p.A, p.B, p.Relation)
		}
	}
	for name, order := range map[string][][]string{
		"one add":        {files},
		"the page last":  {files[:5], files[5:]},
		"the page first": {files[5:], files[:5]},
	} {
		t.Run(name, func(t *testing.T) {
			// The report lists the articles in the order they were
			// archived: scan them in that order.
			want, err := engine.Scan(ctx, engine.Options{}, slices.Concat(order...), nil)
			if err != nil {
				t.Fatal(err)
			}
			wantJSON := canonical(t, want)
			a, _, _ := openArchive(t)
			for _, paths := range order {
				if _, err := a.Add(ctx, paths, t.TempDir(), nil); err != nil {
					t.Fatal(err)
				}
			}
			got, err := a.Scan(ctx, engine.ScanOptions{Texts: true}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(wantJSON, canonical(t, got)); d != "" {
				t.Errorf("scan --archive differs from scan (-scan +archive):\n%s", d)
			}
		})
	}
}

// TestArchiveCheckHousePage: the council's other results page checked
// against an archive of the by-election's reports and the council's own
// page is related to none of them, as scan reads it.
func TestArchiveCheckHousePage(t *testing.T) {
	dir := filepath.Join("..", "testdata", "stories", "english-by-election-results-reports")
	files, err := filepath.Glob(filepath.Join(dir, "[A-Z]-*"))
	if err != nil || len(files) != 6 {
		t.Fatalf("the set's articles: %v, %v", files, err)
	}
	ctx := context.Background()
	var x *reprint.Article
	_, err = engine.ReadAll(ctx, engine.Options{}.Ingest, files[5:], t.TempDir(), nil, nil, func(a *reprint.Article, _ *reprint.Rejected) error {
		if a != nil {
			x = a
		}
		return nil
	})
	if err != nil || x == nil {
		t.Fatalf("reading X: %v", err)
	}
	a, _, _ := openArchive(t)
	if _, err := a.Add(ctx, files[:5], t.TempDir(), nil); err != nil {
		t.Fatal(err)
	}
	got, _, err := a.Check(ctx, x)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range got.Pairs {
		t.Errorf("check relates the council's other page: %s–%s %s", p.A, p.B, p.Relation)
	}
}

func TestArchiveSeedsSameAsScan(t *testing.T) {
	needSeeds(t)
	ctx := context.Background()
	want, err := engine.Scan(ctx, engine.Options{}, []string{seeds}, nil)
	if err != nil {
		t.Fatal(err)
	}
	wantJSON := canonical(t, want)

	t.Run("one add", func(t *testing.T) {
		a, _, _ := openArchive(t)
		st, err := a.Add(ctx, []string{seeds}, t.TempDir(), nil)
		if err != nil {
			t.Fatal(err)
		}
		if st.Read != 5 || st.Added != 5 || st.Pairs != 10 {
			t.Errorf("add: %+v, want 5 read, 5 added, 10 pairs", st)
		}
		got, err := a.Scan(ctx, engine.ScanOptions{Texts: true}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(wantJSON, canonical(t, got)); d != "" {
			t.Errorf("scan --archive differs from scan (-scan +archive):\n%s", d)
		}
		// Without the texts of articles in no pair, the report is the
		// same but for those texts.
		lean, err := a.Scan(ctx, engine.ScanOptions{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		var x, y bytes.Buffer
		report.WriteJSON(&x, want, report.JSONOptions{})
		report.WriteJSON(&y, lean, report.JSONOptions{})
		if d := cmp.Diff(x.String(), y.String()); d != "" {
			t.Errorf("scan --archive without texts differs (-scan +archive):\n%s", d)
		}
	})

	t.Run("two adds", func(t *testing.T) {
		a, _, _ := openArchive(t)
		arts := readSeeds(t)
		st, err := a.AddArticles(ctx, arts[:3], nil)
		if err != nil {
			t.Fatal(err)
		}
		if st.Added != 3 || st.Pairs != 3 {
			t.Errorf("first add: %+v, want 3 added, 3 pairs", st)
		}
		st, err = a.AddArticles(ctx, readSeeds(t), nil)
		if err != nil {
			t.Fatal(err)
		}
		if st.Read != 5 || st.Added != 2 || st.Unchanged != 3 || st.Replaced != 0 || st.Pairs != 7 {
			t.Errorf("second add: %+v, want 5 read = 2 added + 3 unchanged, 7 pairs", st)
		}
		if err := a.Verify(ctx); err != nil {
			t.Fatal(err)
		}
		got, err := a.Scan(ctx, engine.ScanOptions{Texts: true}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(wantJSON, canonical(t, got)); d != "" {
			t.Errorf("scan --archive after two adds differs from scan (-scan +archive):\n%s", d)
		}
	})
}

// TestArchiveReplaceRemove: a changed article replaces its old version
// with its pairs; remove deletes an article with its pairs; the archive's
// counts follow.
func TestArchiveReplaceRemove(t *testing.T) {
	needSeeds(t)
	ctx := context.Background()
	a, st, _ := openArchive(t)
	arts := readSeeds(t)
	if _, err := a.AddArticles(ctx, arts, nil); err != nil {
		t.Fatal(err)
	}
	before, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}

	// 004 becomes an unrelated text: its pair with 000 must go.
	changed := readSeeds(t)
	changed[4].Text = "A short note about gardening in the spring, with no news in it at all. Tomatoes need sun."
	res, err := a.AddArticles(ctx, changed, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Replaced != 1 || res.Unchanged != 4 || res.Added != 0 {
		t.Errorf("replace: %+v, want 1 replaced, 4 unchanged", res)
	}
	if err := a.Verify(ctx); err != nil {
		t.Fatalf("verify after replace: %v", err)
	}
	after, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after.Articles != before.Articles || after.Pairs >= before.Pairs || after.Pending != 0 {
		t.Errorf("after replace: %d articles, %d pairs, %d pending; before %d articles, %d pairs",
			after.Articles, after.Pairs, after.Pending, before.Articles, before.Pairs)
	}
	rec, err := st.Lookup(ctx, arts[4].ID)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Text != changed[4].Text {
		t.Errorf("replaced text = %q", rec.Text)
	}

	if err := a.Remove(ctx, arts[0].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Lookup(ctx, arts[0].ID); !errors.Is(err, engine.ErrNotFound) {
		t.Errorf("lookup after remove: %v, want ErrNotFound", err)
	}
	if err := a.Remove(ctx, arts[0].ID); !errors.Is(err, engine.ErrNotFound) {
		t.Errorf("second remove: %v, want ErrNotFound", err)
	}
	if err := a.Verify(ctx); err != nil {
		t.Fatalf("verify after remove: %v", err)
	}
	s, err := a.Scan(ctx, engine.ScanOptions{Texts: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range s.Pairs {
		if p.A == arts[0].ID || p.B == arts[0].ID {
			t.Errorf("pair %s–%s of a removed article", p.A, p.B)
		}
	}
	if len(s.Articles) != 4 {
		t.Errorf("%d articles after remove, want 4", len(s.Articles))
	}

	// Removing everything leaves no postings and no terms behind.
	for _, art := range arts[1:] {
		if err := a.Remove(ctx, art.ID); err != nil {
			t.Fatal(err)
		}
	}
	empty, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if empty.Articles != 0 || empty.Postings != 0 || empty.Terms != 0 || empty.Pairs != 0 || empty.Words != 0 {
		t.Errorf("empty archive keeps %+v", empty)
	}
	if err := a.Verify(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestArchiveCheck: one article checked against the others finds the
// pairs the batch scan finds for it, with the same relation and source,
// and leaves the archive unchanged.
func TestArchiveCheck(t *testing.T) {
	needSeeds(t)
	ctx := context.Background()
	full, err := engine.Scan(ctx, engine.Options{}, []string{seeds}, nil)
	if err != nil {
		t.Fatal(err)
	}
	arts := readSeeds(t)
	for k, q := range arts {
		t.Run(q.ID, func(t *testing.T) {
			a, st, _ := openArchive(t)
			rest := slices.Delete(slices.Clone(arts), k, k+1)
			if _, err := a.AddArticles(ctx, rest, nil); err != nil {
				t.Fatal(err)
			}
			before, _ := st.Stats(ctx)
			got, cs, err := a.Check(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			after, _ := st.Stats(ctx)
			if after.Articles != before.Articles || after.Pairs != before.Pairs {
				t.Errorf("check changed the archive: %+v → %+v", before, after)
			}
			if got.Articles[0].ID != q.ID {
				t.Errorf("first article %s, want the checked one %s", got.Articles[0].ID, q.ID)
			}
			if cs.Archived != 4 {
				t.Errorf("archived = %d, want 4", cs.Archived)
			}
			want := map[string]string{}
			for _, p := range full.Pairs {
				if p.A == q.ID || p.B == q.ID {
					want[p.A+" "+p.B] = p.Relation
				}
			}
			gotRel := map[string]string{}
			for _, p := range got.Pairs {
				a, b := p.A, p.B
				if b != q.ID { // batch order: input order, the checked one where it was read
					a, b = b, a
				}
				key := a + " " + b
				if strings.Compare(a, b) > 0 {
					key = b + " " + a
				}
				gotRel[key] = p.Relation
			}
			if d := cmp.Diff(want, gotRel); d != "" {
				t.Errorf("check's pairs differ from the batch scan's (-scan +check):\n%s", d)
			}
			if !engine.Reuse(got) {
				t.Error("Reuse = false for a seed")
			}
		})
	}

	t.Run("unrelated", func(t *testing.T) {
		a, _, _ := openArchive(t)
		if _, err := a.AddArticles(ctx, arts, nil); err != nil {
			t.Fatal(err)
		}
		q := &reprint.Article{ID: "garden.txt", Text: "Tomatoes need full sun and regular watering. Plant them after the last frost, in rich soil."}
		got, _, err := a.Check(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Pairs) != 0 || engine.Reuse(got) || len(got.Articles) != 1 {
			t.Errorf("unrelated article: %d pairs, %d articles, reuse %v", len(got.Pairs), len(got.Articles), engine.Reuse(got))
		}
	})

	t.Run("archived itself", func(t *testing.T) {
		a, _, _ := openArchive(t)
		if _, err := a.AddArticles(ctx, arts, nil); err != nil {
			t.Fatal(err)
		}
		got, _, err := a.Check(ctx, arts[1])
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range got.Pairs {
			if p.A == p.B {
				t.Errorf("the checked article paired with its archived self")
			}
		}
	})
}

// TestArchiveIDs: ids that differ only by case or by bytes that are not
// UTF-8 are different articles, each found again by its exact id.
func TestArchiveIDs(t *testing.T) {
	ctx := context.Background()
	a, st, _ := openArchive(t)
	ids := []string{"story.txt", "Story.txt", "STORY.TXT", "caf\xe9.txt", "caf\xe8.txt", "café.txt"}
	var arts []*reprint.Article
	for i, id := range ids {
		arts = append(arts, &reprint.Article{ID: id, Text: strings.Repeat("word ", i+1) + "is a text of its own."})
	}
	res, err := a.AddArticles(ctx, arts, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != len(ids) {
		t.Fatalf("added %d of %d ids", res.Added, len(ids))
	}
	for _, art := range arts {
		rec, err := st.Lookup(ctx, art.ID)
		if err != nil {
			t.Fatalf("lookup %q: %v", art.ID, err)
		}
		if rec.ID != art.ID || rec.Text != art.Text {
			t.Errorf("lookup %q gave %q, %q", art.ID, rec.ID, rec.Text)
		}
	}
	res, err = a.AddArticles(ctx, arts, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Unchanged != len(ids) {
		t.Errorf("re-add: %+v, want all unchanged", res)
	}
}

// TestExportRoundTrip: export's JSON lines, read back by add, give an
// archive of the same articles and texts.
func TestExportRoundTrip(t *testing.T) {
	needSeeds(t)
	ctx := context.Background()
	a, st, _ := openArchive(t)
	if _, err := a.Add(ctx, []string{seeds}, t.TempDir(), nil); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "export.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := engine.Export(ctx, st, f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	b, _, _ := openArchive(t)
	res, err := b.Add(ctx, []string{path}, t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 5 || res.Rejected != 0 {
		t.Fatalf("re-add of export: %+v", res)
	}
	x, err := a.Scan(ctx, engine.ScanOptions{Texts: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	y, err := b.Scan(ctx, engine.ScanOptions{Texts: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	texts := func(s *report.Scan) map[string]string {
		m := map[string]string{}
		for _, a := range s.Articles {
			m[a.ID] = a.Text
		}
		return m
	}
	if d := cmp.Diff(texts(x), texts(y)); d != "" {
		t.Errorf("texts after export and add differ:\n%s", d)
	}
	rel := func(s *report.Scan) []string {
		var out []string
		for _, p := range s.Pairs {
			out = append(out, p.A+" "+p.B+" "+p.Relation)
		}
		slices.Sort(out)
		return out
	}
	if d := cmp.Diff(rel(x), rel(y)); d != "" {
		t.Errorf("pairs after export and add differ:\n%s", d)
	}
}

// TestArchiveLeanScan: a scan that reads only the texts of articles in
// pairs reports every article as a scan with all texts does — also the
// publisher of an article in no pair, which its byline tells.
func TestArchiveLeanScan(t *testing.T) {
	needSeeds(t)
	ctx := context.Background()
	a, _, _ := openArchive(t)
	arts := readSeeds(t)
	arts = append(arts, &reprint.Article{ID: "garden.txt",
		Text: "By Jane Doe, Garden Weekly\nTomatoes need full sun and regular watering.\nPlant them out after the last frost."})
	if _, err := a.AddArticles(ctx, arts, nil); err != nil {
		t.Fatal(err)
	}
	full, err := a.Scan(ctx, engine.ScanOptions{Texts: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	lean, err := a.Scan(ctx, engine.ScanOptions{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var x, y bytes.Buffer
	report.WriteJSON(&x, full, report.JSONOptions{})
	report.WriteJSON(&y, lean, report.JSONOptions{})
	if d := cmp.Diff(x.String(), y.String()); d != "" {
		t.Errorf("lean scan differs (-full +lean):\n%s", d)
	}
	last := lean.Articles[len(lean.Articles)-1]
	if last.ID != "garden.txt" || last.Publisher != "Garden Weekly" {
		t.Errorf("article in no pair: %+v, want publisher Garden Weekly", last)
	}
}

// TestArchiveScanToSameAsScan: the report ScanTo streams of an archive of
// a generated corpus — many stories of several sizes, and articles in
// none — is the batch scan's document byte for byte, with every text or
// none.
func TestArchiveScanToSameAsScan(t *testing.T) {
	ctx := context.Background()
	in := t.TempDir()
	c := synth.Corpus(5, 300, synth.Options{MeanWords: 120, Reuse: 0.4})
	for i := range c.Len() {
		if err := os.WriteFile(filepath.Join(in, fmt.Sprintf("doc%04d.txt", i)), []byte(c.Text(i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := engine.Scan(ctx, engine.Options{}, []string{in}, nil)
	if err != nil {
		t.Fatal(err)
	}
	multi := 0
	for _, s := range want.Stories {
		if len(s.Articles) > 1 {
			multi++
		}
	}
	if multi < 5 || len(want.Stories) == multi {
		t.Fatalf("the corpus makes %d stories of several articles of %d: too few to test their order", multi, len(want.Stories))
	}
	a, _, _ := openArchive(t)
	if _, err := a.Add(ctx, []string{in}, t.TempDir(), nil); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		opts engine.ScanOptions
		text bool
	}{{engine.ScanOptions{Texts: true}, true}, {engine.ScanOptions{NoTexts: true}, false}} {
		var wantJSON, got bytes.Buffer
		want.Stats.Candidates = 0
		if err := report.WriteJSON(&wantJSON, want, report.JSONOptions{Text: tc.text}); err != nil {
			t.Fatal(err)
		}
		tmp := t.TempDir()
		tc.opts.TmpDir = tmp
		if err := a.ScanTo(ctx, tc.opts, report.NewJSONStream(&got, report.JSONOptions{Text: tc.text}), nil); err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(wantJSON.String(), got.String()); d != "" {
			t.Errorf("texts %v: streamed scan --archive differs from scan (-scan +archive):\n%s", tc.text, d)
		}
		if left, _ := os.ReadDir(tmp); len(left) != 0 {
			t.Errorf("ScanTo left %d files in its temporary folder", len(left))
		}
	}
}

// TestCheckSameWarm: the Archive keeps its Workers between checks, with
// the stems they have cached; a check must give the same document whatever
// was checked before it, in English or in another language (whose stems
// are cached under the language).
func TestCheckSameWarm(t *testing.T) {
	needSeeds(t)
	ctx := context.Background()
	arts := readSeeds(t)
	var queries []*reprint.Article
	for _, name := range []string{"de-source.txt", "de-rewrite.txt", "es-source.txt", "ar-rewrite.txt"} {
		b, err := os.ReadFile(filepath.Join("..", "rewrite", "testdata", "lang", name))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, &reprint.Article{ID: name, Text: string(b)})
	}
	for _, a := range arts {
		queries = append(queries, &reprint.Article{ID: "query-" + a.ID, Text: a.Text})
	}
	c := synth.Corpus(5, 40, synth.Options{MeanWords: 300})
	for i := range 40 {
		arts = append(arts, &reprint.Article{ID: fmt.Sprintf("synth%02d", i), Text: c.Text(i)})
		if i%4 == 0 {
			queries = append(queries, &reprint.Article{ID: fmt.Sprintf("query-synth%02d", i), Text: c.Text(i)})
		}
	}
	_, st, _ := openArchive(t)
	a, err := engine.NewArchive(st, engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.AddArticles(ctx, arts, nil); err != nil {
		t.Fatal(err)
	}
	cold := make([]string, len(queries))
	for i, q := range queries {
		fresh, err := engine.NewArchive(st, engine.Options{})
		if err != nil {
			t.Fatal(err)
		}
		got, _, err := fresh.Check(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		cold[i] = canonical(t, got)
	}
	// Twice through, in reverse order the second time, on one Archive.
	for round := range 2 {
		for k := range queries {
			i := k
			if round == 1 {
				i = len(queries) - 1 - k
			}
			got, _, err := a.Check(ctx, queries[i])
			if err != nil {
				t.Fatal(err)
			}
			if warm := canonical(t, got); warm != cold[i] {
				t.Errorf("round %d: %s checked after others differs from a check by a new Archive", round, queries[i].ID)
			}
		}
	}
}

// countingStore counts the reads of document frequencies: of all of them,
// and of some.
type countingStore struct {
	*sqlite.Store
	allDF, df int
}

func (c *countingStore) AllDF(ctx context.Context) (map[uint64]uint32, int, error) {
	c.allDF++
	return c.Store.AllDF(ctx)
}

func (c *countingStore) DF(ctx context.Context, terms []uint64) (map[uint64]uint32, int, error) {
	c.df++
	return c.Store.DF(ctx, terms)
}

// TestAddCounts: the document frequencies an add judges its pairs under —
// kept from the Archive's last add, read whole for a large add, or read
// term by term as a small add needs them — give the same archive. An
// Archive that adds one article at a time after a large add keeps the
// counts instead of reading any; once another Archive has changed the
// store, or through new Archives, a one-article add reads only the counts
// of the terms it meets, never all of them.
func TestAddCounts(t *testing.T) {
	needSeeds(t)
	ctx := context.Background()
	// The seeds, five versions of one story, come last, one at a time.
	var arts []*reprint.Article
	c := synth.Corpus(9, 40, synth.Options{MeanWords: 300})
	for i := range 40 {
		arts = append(arts, &reprint.Article{ID: fmt.Sprintf("synth%02d", i), Text: c.Text(i)})
	}
	arts = append(arts, readSeeds(t)...)
	const large, removeAt = 38, 5
	type reads struct{ all, some int }
	pairs := 0
	build := func(keep bool) (string, []reads) {
		_, st, _ := openArchive(t)
		cs := &countingStore{Store: st}
		a, err := engine.NewArchive(cs, engine.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []reads
		add := func(arts ...*reprint.Article) {
			before := reads{cs.allDF, cs.df}
			if _, err := a.AddArticles(ctx, arts, nil); err != nil {
				t.Fatal(err)
			}
			got = append(got, reads{cs.allDF - before.all, cs.df - before.some})
		}
		add(arts[:large]...)
		for i, art := range arts[large:] {
			if !keep {
				if a, err = engine.NewArchive(cs, engine.Options{}); err != nil {
					t.Fatal(err)
				}
			}
			if i == removeAt {
				other, err := engine.NewArchive(cs, engine.Options{})
				if err != nil {
					t.Fatal(err)
				}
				if err := other.Remove(ctx, arts[3].ID); err != nil {
					t.Fatal(err)
				}
			}
			add(art)
		}
		s, err := a.Scan(ctx, engine.ScanOptions{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		pairs = len(s.Pairs)
		return canonical(t, s), got
	}
	kept, keptReads := build(true)
	lazy, lazyReads := build(false)
	if kept != lazy {
		t.Error("adding under counts read term by term gives another archive than under the whole archive's counts")
	}
	if pairs < 4 {
		t.Fatalf("%d pairs: the comparison says little", pairs)
	}
	for _, rs := range [][]reads{keptReads, lazyReads} {
		if rs[0] != (reads{1, 0}) {
			t.Errorf("the large add read %+v, want all the counts once", rs[0])
		}
	}
	for i, r := range keptReads[1:] {
		want := "none"
		ok := r == reads{}
		if i >= removeAt {
			want, ok = "some, never all", r.all == 0 && r.some > 0
		}
		if !ok {
			t.Errorf("one-article add %d through one Archive read %+v counts, want %s", i, r, want)
		}
	}
	for i, r := range lazyReads[1:] {
		if r.all != 0 || r.some == 0 {
			t.Errorf("one-article add %d through a new Archive read %+v counts, want some, never all", i, r)
		}
	}
}
