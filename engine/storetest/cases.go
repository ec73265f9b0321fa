package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/reprint/reprint"
	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/judge"
)

// open makes a new archive for writing with opts.MaxList and closes it
// when the test ends.
func open(t *testing.T, b Backend, maxList func(uint64) int) (engine.Store, string) {
	t.Helper()
	loc := b.New(t)
	st, err := b.Open(t.Context(), loc, Options{Create: true, MaxList: maxList})
	if err != nil {
		t.Fatalf("Open(%s, Create) = %v", loc, err)
	}
	t.Cleanup(func() { st.Close() })
	return st, loc
}

// record returns a record with every kept field set.
func record(id, text string) *engine.Record {
	return &engine.Record{
		ID:     id,
		Input:  "inputs/" + id + ".html",
		Format: reprint.FormatHTML,
		Meta: reprint.Meta{
			Title: "Title of " + id, Site: "Example News", URL: "https://example.org/" + id,
			Author: "A. Writer", Published: time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC),
			Language: "en", Links: []string{"https://example.org/a", "https://example.org/b"}, Encoding: "utf-8",
		},
		Attribution: []reprint.Attribution{{Span: reprint.Span{Start: 0, End: 3}, Text: "AAP", Name: "AAP", Form: "credit"}},
		Publisher:   "Example News",
		Text:        text,
		Words:       len(strings.Fields(text)),
		Hash:        [32]byte{1, 2, 3, byte(len(id))},
	}
}

// want is what a store gives back of rec put as seq, pending.
func want(rec *engine.Record, seq int64, pending, withText bool) *engine.Record {
	w := *rec
	w.Seq, w.Pending, w.Bytes, w.Compressed = seq, pending, len(rec.Text), nil
	if !withText {
		w.Text = ""
	}
	return &w
}

// put archives recs in one transaction, each with its keys and terms.
func put(t *testing.T, st engine.Store, recs []*engine.Record, keys, terms [][]uint64) []int64 {
	t.Helper()
	seqs := make([]int64, len(recs))
	err := st.Update(t.Context(), func(tx engine.Tx) error {
		for i, r := range recs {
			var k, tm []uint64
			if keys != nil {
				k = keys[i]
			}
			if terms != nil {
				tm = terms[i]
			}
			seq, err := tx.Put(r, k, tm)
			if err != nil {
				return err
			}
			seqs[i] = seq
		}
		return nil
	})
	if err != nil {
		t.Fatalf("Update(Put) = %v", err)
	}
	return seqs
}

func put1(t *testing.T, st engine.Store, id string, keys, terms []uint64) int64 {
	t.Helper()
	return put(t, st, []*engine.Record{record(id, "text of "+id)}, [][]uint64{keys}, [][]uint64{terms})[0]
}

func update(t *testing.T, st engine.Store, fn func(engine.Tx) error) {
	t.Helper()
	if err := st.Update(t.Context(), fn); err != nil {
		t.Fatalf("Update = %v", err)
	}
}

// postingsOf returns the lists of keys, and which are capped.
func postingsOf(t *testing.T, st engine.Store, keys []uint64, limit int) (map[uint64][]int64, map[uint64]bool) {
	t.Helper()
	got, capped := map[uint64][]int64{}, map[uint64]bool{}
	err := st.Postings(t.Context(), keys, limit, func(k uint64, s []int64, c bool) {
		if _, dup := got[k]; dup {
			t.Errorf("Postings reported key %x twice", k)
		}
		got[k], capped[k] = slices.Clone(s), c
	})
	if err != nil {
		t.Fatalf("Postings = %v", err)
	}
	return got, capped
}

func stats(t *testing.T, st engine.Store) engine.StoreStats {
	t.Helper()
	s, err := st.Stats(t.Context())
	if err != nil {
		t.Fatalf("Stats = %v", err)
	}
	return s
}

// counts are the kept counts of StoreStats, without the files.
type counts struct {
	Articles, Pending, Pairs, Terms int
	Words, TextBytes, Postings      int64
}

func countsOf(t *testing.T, st engine.Store) counts {
	t.Helper()
	s := stats(t, st)
	return counts{s.Articles, s.Pending, s.Pairs, s.Terms, s.Words, s.TextBytes, s.Postings}
}

// testPutLookupGet: a record comes back as it was put, with its text,
// a Seq in the order of Put, pending, and Bytes = len(Text); Get answers
// in the order asked; a missing id or seq is ErrNotFound.
func testPutLookupGet(t *testing.T, b Backend) {
	ctx := t.Context()
	st, _ := open(t, b, nil)
	r1 := record("one", "The first text, with a café and a naïve résumé.")
	r2 := record("two", "")
	r3 := record("three", strings.Repeat("long text ", 10000))
	var err error
	if r3.Compressed, err = engine.CompressText(r3.Text); err != nil {
		t.Fatal(err)
	}
	seqs := put(t, st, []*engine.Record{r1, r2, r3}, nil, nil)
	if !(0 < seqs[0] && seqs[0] < seqs[1] && seqs[1] < seqs[2]) {
		t.Errorf("Put seqs = %v; want positive and ascending", seqs)
	}
	for i, r := range []*engine.Record{r1, r2, r3} {
		got, err := st.Lookup(ctx, r.ID)
		if err != nil {
			t.Fatalf("Lookup(%q) = %v", r.ID, err)
		}
		if d := cmp.Diff(want(r, seqs[i], true, true), got); d != "" {
			t.Errorf("Lookup(%q) (-want +got):\n%s", r.ID, d)
		}
	}
	order := []int64{seqs[2], seqs[0], seqs[2], seqs[1]}
	got, err := st.Get(ctx, order)
	if err != nil {
		t.Fatalf("Get(%v) = %v", order, err)
	}
	if len(got) != len(order) {
		t.Fatalf("Get(%v) gave %d records", order, len(got))
	}
	for i, r := range got {
		if r.Seq != order[i] || r.Text == "" && r.Seq != seqs[1] {
			t.Errorf("Get(%v)[%d] = #%d (%d bytes of text); want #%d with its text", order, i, r.Seq, len(r.Text), order[i])
		}
	}
	if _, err := st.Lookup(ctx, "four"); !errors.Is(err, engine.ErrNotFound) {
		t.Errorf("Lookup(missing) = %v; want ErrNotFound", err)
	}
	if _, err := st.Get(ctx, []int64{seqs[0], seqs[2] + 100}); !errors.Is(err, engine.ErrNotFound) {
		t.Errorf("Get(with a missing seq) = %v; want ErrNotFound", err)
	}
}

// testIDs: ids are bytes: ids differing only by case, by Unicode
// normalisation, or by bytes that are not UTF-8 are different articles.
func testIDs(t *testing.T, b Backend) {
	ctx := t.Context()
	st, _ := open(t, b, nil)
	ids := []string{"a", "A", "é", "e\u0301", "\xff", "\xfe", "a\x00b", "a b", " a", "\xc3\x28", "'; DROP TABLE articles; --"}
	recs := make([]*engine.Record, len(ids))
	for i, id := range ids {
		recs[i] = record(id, fmt.Sprintf("text number %d", i))
	}
	seqs := put(t, st, recs, nil, nil)
	for i, id := range ids {
		got, err := st.Lookup(ctx, id)
		if err != nil {
			t.Errorf("Lookup(%q) = %v", id, err)
			continue
		}
		if got.ID != id || got.Seq != seqs[i] || got.Text != recs[i].Text {
			t.Errorf("Lookup(%q) = %q #%d %q; want #%d %q", id, got.ID, got.Seq, got.Text, seqs[i], recs[i].Text)
		}
	}
	for _, id := range []string{"b", "\xfd", "a\x00", "E\u0301"} {
		if _, err := st.Lookup(ctx, id); !errors.Is(err, engine.ErrNotFound) {
			t.Errorf("Lookup(%q) = %v; want ErrNotFound", id, err)
		}
	}
	var got []string
	for r, err := range st.Articles(ctx, false) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, r.ID)
	}
	if !slices.Equal(got, ids) {
		t.Errorf("Articles ids = %q; want %q", got, ids)
	}
}

var errAbort = errors.New("storetest: abort")

// testAllOrNothing: a transaction whose fn fails leaves nothing of its
// articles, postings, terms, pairs, removals or ends of pending.
func testAllOrNothing(t *testing.T, b Backend) {
	ctx := t.Context()
	st, _ := open(t, b, nil)
	s1 := put1(t, st, "kept", []uint64{1, 2}, []uint64{10, 11})
	s2 := put1(t, st, "also kept", []uint64{2, 3}, []uint64{11})
	update(t, st, func(tx engine.Tx) error {
		return tx.PutPair(engine.PairRecord{A: s1, B: s2, Pair: detect.Pair{Relation: judge.Copy}})
	})
	before := countsOf(t, st)
	beforePost, _ := postingsOf(t, st, []uint64{1, 2, 3, 4}, 100)
	err := st.Update(ctx, func(tx engine.Tx) error {
		seq, err := tx.Put(record("lost", "lost text"), []uint64{1, 4}, []uint64{10, 12})
		if err != nil {
			return err
		}
		if err := tx.PutPair(engine.PairRecord{A: s1, B: seq}); err != nil {
			return err
		}
		if err := tx.Done(s1); err != nil {
			return err
		}
		if err := tx.Remove(s2, []uint64{2, 3}, []uint64{11}); err != nil {
			return err
		}
		return errAbort
	})
	if !errors.Is(err, errAbort) {
		t.Fatalf("Update = %v; want fn's error", err)
	}
	if _, err := st.Lookup(ctx, "lost"); !errors.Is(err, engine.ErrNotFound) {
		t.Errorf("an article of a failed transaction is visible: %v", err)
	}
	if _, err := st.Lookup(ctx, "also kept"); err != nil {
		t.Errorf("an article removed in a failed transaction is gone: %v", err)
	}
	if after := countsOf(t, st); after != before {
		t.Errorf("counts after a failed transaction = %+v; want %+v", after, before)
	}
	afterPost, _ := postingsOf(t, st, []uint64{1, 2, 3, 4}, 100)
	if d := cmp.Diff(beforePost, afterPost); d != "" {
		t.Errorf("postings after a failed transaction (-before +after):\n%s", d)
	}
	df, docs, err := st.DF(ctx, []uint64{10, 11, 12})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(map[uint64]uint32{10: 1, 11: 2}, df); d != "" || docs != 2 {
		t.Errorf("DF after a failed transaction: %d docs (-want +got):\n%s", docs, d)
	}
	if p, err := st.Pending(ctx); err != nil || !slices.Equal(p, []int64{s1, s2}) {
		t.Errorf("Pending after a failed transaction = %v, %v; want %v", p, err, []int64{s1, s2})
	}
	pairs, err := st.PairsOf(ctx, []int64{s1, s2})
	if err != nil || len(pairs) != 1 || pairs[0].Pair.Relation != judge.Copy {
		t.Errorf("PairsOf after a failed transaction = %v, %v; want the one pair", pairs, err)
	}
}

// testDuplicateID: putting an id archived already fails, and the whole
// transaction with it.
func testDuplicateID(t *testing.T, b Backend) {
	ctx := t.Context()
	st, _ := open(t, b, nil)
	put1(t, st, "dup", []uint64{1}, []uint64{1})
	before := countsOf(t, st)
	err := st.Update(ctx, func(tx engine.Tx) error {
		if _, err := tx.Put(record("fresh", "fresh text"), []uint64{2}, []uint64{2}); err != nil {
			return err
		}
		_, err := tx.Put(record("dup", "another text"), []uint64{3}, []uint64{3})
		return err
	})
	if err == nil {
		t.Fatal("Put of an archived id succeeded")
	}
	if _, err := st.Lookup(ctx, "fresh"); !errors.Is(err, engine.ErrNotFound) {
		t.Errorf("the transaction of a duplicate id was committed in part: %v", err)
	}
	if r, err := st.Lookup(ctx, "dup"); err != nil || r.Text != "text of dup" {
		t.Errorf("Lookup(dup) = %v, %v; want the first text", r, err)
	}
	if after := countsOf(t, st); after != before {
		t.Errorf("counts = %+v; want %+v", after, before)
	}
}

// testPending: a put article is pending until Done; Done twice changes
// nothing more; Pending is ascending.
func testPending(t *testing.T, b Backend) {
	ctx := t.Context()
	st, _ := open(t, b, nil)
	seqs := put(t, st, []*engine.Record{record("a", "a"), record("b", "b"), record("c", "c")}, nil, nil)
	update(t, st, func(tx engine.Tx) error { return tx.Done(seqs[1]) })
	update(t, st, func(tx engine.Tx) error { return tx.Done(seqs[1]) })
	p, err := st.Pending(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := []int64{seqs[0], seqs[2]}; !slices.Equal(p, want) {
		t.Errorf("Pending = %v; want %v", p, want)
	}
	if s := stats(t, st); s.Pending != 2 || s.Articles != 3 {
		t.Errorf("Stats: %d pending of %d; want 2 of 3", s.Pending, s.Articles)
	}
	r, err := st.Lookup(ctx, "b")
	if err != nil || r.Pending {
		t.Errorf("Lookup(b) after Done: pending %v, %v", r != nil && r.Pending, err)
	}
	update(t, st, func(tx engine.Tx) error {
		for _, s := range seqs {
			if err := tx.Done(s); err != nil {
				return err
			}
		}
		return nil
	})
	if p, err := st.Pending(ctx); err != nil || len(p) != 0 {
		t.Errorf("Pending after all Done = %v, %v", p, err)
	}
	if s := stats(t, st); s.Pending != 0 {
		t.Errorf("Stats.Pending = %d; want 0", s.Pending)
	}
}

// testPostings: lists come back ascending, at most limit+1 long; absent
// keys are skipped; keys with the top bit set work; postings put over
// several transactions join one list.
func testPostings(t *testing.T, b Backend) {
	st, _ := open(t, b, nil)
	var seqs []int64
	for i := range 3 {
		seqs = append(seqs, put1(t, st, fmt.Sprint("a", i), []uint64{100, uint64(200 + i), 1 << 63, ^uint64(0)}, nil))
	}
	// Two more in one transaction.
	seqs = append(seqs, put(t, st, []*engine.Record{record("b0", "x"), record("b1", "y")},
		[][]uint64{{100, 1 << 63}, {100, ^uint64(0), 300}}, nil)...)
	got, capped := postingsOf(t, st, []uint64{100, 202, 1 << 63, ^uint64(0), 300, 999}, 1000)
	want := map[uint64][]int64{
		100:        seqs,
		202:        {seqs[2]},
		1 << 63:    seqs[:4],
		^uint64(0): {seqs[0], seqs[1], seqs[2], seqs[4]},
		300:        {seqs[4]},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Postings (-want +got):\n%s", d)
	}
	for k, c := range capped {
		if c {
			t.Errorf("key %x capped", k)
		}
	}
	got, _ = postingsOf(t, st, []uint64{100, 202}, 2)
	if d := cmp.Diff(map[uint64][]int64{100: seqs[:3], 202: {seqs[2]}}, got); d != "" {
		t.Errorf("Postings with limit 2: lists of limit+1 (-want +got):\n%s", d)
	}
	if err := st.Postings(t.Context(), nil, 10, func(uint64, []int64, bool) { t.Error("a key reported for no keys") }); err != nil {
		t.Errorf("Postings(no keys) = %v", err)
	}
	if n, err := st.CountPostings(t.Context()); err != nil || n != 3*4+2+3 {
		t.Errorf("CountPostings = %d, %v; want %d", n, err, 3*4+2+3)
	}
}

// testCapped: a list longer than MaxList is reported capped, with no
// Seqs, and stays capped after removals; lists within the cap are whole;
// a removed article's postings are never reported.
func testCapped(t *testing.T, b Backend) {
	st, _ := open(t, b, func(k uint64) int {
		if k >= 1000 {
			return 5
		}
		return 3
	})
	var seqs []int64
	for i := range 9 { // nine transactions
		seqs = append(seqs, put1(t, st, fmt.Sprint(i), []uint64{1, uint64(10 + i/3), 1000}, nil))
	}
	update(t, st, func(tx engine.Tx) error { return tx.Remove(seqs[0], []uint64{1, 10, 1000}, nil) })
	update(t, st, func(tx engine.Tx) error { return tx.Remove(seqs[1], []uint64{1, 10, 1000}, nil) })
	got, capped := postingsOf(t, st, []uint64{1, 10, 11, 12, 1000}, 100)
	if !capped[1] || len(got[1]) != 0 {
		t.Errorf("key in 9 articles, cap 3: %v capped %v; want capped", got[1], capped[1])
	}
	if !capped[1000] || len(got[1000]) != 0 {
		t.Errorf("key in 9 articles, cap 5: %v capped %v; want capped", got[1000], capped[1000])
	}
	if capped[10] || !slices.Equal(got[10], seqs[2:3]) {
		t.Errorf("key 10 after removing two of its three: %v capped %v; want %v", got[10], capped[10], seqs[2:3])
	}
	if capped[11] || !slices.Equal(got[11], seqs[3:6]) {
		t.Errorf("key 11 at its cap: %v capped %v; want %v", got[11], capped[11], seqs[3:6])
	}
	// Removing more does not bring a capped list back.
	for _, s := range seqs[2:7] {
		update(t, st, func(tx engine.Tx) error { return tx.Remove(s, []uint64{1, uint64(10 + (s-seqs[0])/3), 1000}, nil) })
	}
	got, capped = postingsOf(t, st, []uint64{1, 1000, 12}, 100)
	if !capped[1] || !capped[1000] {
		t.Errorf("after removing down to two articles: key 1 capped %v, key 1000 capped %v; want both capped for good", capped[1], capped[1000])
	}
	if !slices.Equal(got[12], seqs[7:9]) {
		t.Errorf("key 12 = %v; want %v", got[12], seqs[7:9])
	}
	// New articles do not bring it back either.
	s := put1(t, st, "later", []uint64{1}, nil)
	if got, capped = postingsOf(t, st, []uint64{1}, 100); !capped[1] || slices.Contains(got[1], s) {
		t.Errorf("a capped key after a new article: %v capped %v", got[1], capped[1])
	}
	if st := stats(t, st); st.Postings != 2*3+1 || st.Articles != 3 {
		t.Errorf("Stats: %d postings of %d articles; want 7 of 3 (counted as put, capped or not)", st.Postings, st.Articles)
	}
}

// testCountPostingsCapped: CountPostings counts (key, article) postings
// stored, never more than were put and not removed: a capped list's mark
// is not a posting.
func testCountPostingsCapped(t *testing.T, b Backend) {
	ctx := t.Context()
	st, _ := open(t, b, func(uint64) int { return 2 })
	var seqs []int64
	for i := range 5 { // five transactions: a store may merge on the way
		seqs = append(seqs, put1(t, st, fmt.Sprint(i), []uint64{1}, nil))
	}
	for _, s := range seqs[:4] {
		update(t, st, func(tx engine.Tx) error { return tx.Remove(s, []uint64{1}, nil) })
	}
	if s := stats(t, st); s.Postings != 1 {
		t.Errorf("Stats.Postings = %d; want 1", s.Postings)
	}
	if n, err := st.CountPostings(ctx); err != nil || n > 1 {
		t.Errorf("CountPostings = %d, %v; want at most 1 (one article holds the key, whose list is capped)", n, err)
	}
}

// testCappedInOneTransaction: a list that overflows its cap within one
// transaction is capped too.
func testCappedInOneTransaction(t *testing.T, b Backend) {
	st, _ := open(t, b, func(uint64) int { return 2 })
	var recs []*engine.Record
	var keys [][]uint64
	for i := range 4 {
		recs = append(recs, record(fmt.Sprint(i), "t"))
		keys = append(keys, []uint64{7, uint64(20 + i/2)})
	}
	seqs := put(t, st, recs, keys, nil)
	got, capped := postingsOf(t, st, []uint64{7, 20, 21}, 100)
	if !capped[7] || len(got[7]) != 0 {
		t.Errorf("key in 4 articles of one transaction, cap 2: %v capped %v", got[7], capped[7])
	}
	if !slices.Equal(got[20], seqs[:2]) || !slices.Equal(got[21], seqs[2:]) || capped[20] || capped[21] {
		t.Errorf("keys at their cap: %v %v", got[20], got[21])
	}
}

// testDF: document frequencies go up by one for each term put and down
// for each removed; a term of frequency zero is gone; docs counts the
// articles.
func testDF(t *testing.T, b Backend) {
	ctx := t.Context()
	st, _ := open(t, b, nil)
	var seqs []int64
	for i := range 5 {
		seqs = append(seqs, put1(t, st, fmt.Sprint(i), nil, []uint64{9, uint64(10 + i), 1 << 63}))
	}
	df, docs, err := st.DF(ctx, []uint64{9, 11, 99, 1 << 63})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(map[uint64]uint32{9: 5, 11: 1, 1 << 63: 5}, df); d != "" || docs != 5 {
		t.Errorf("DF: %d docs (-want +got):\n%s", docs, d)
	}
	if df, docs, err := st.DF(ctx, nil); err != nil || len(df) != 0 || docs != 5 {
		t.Errorf("DF(no terms) = %v, %d, %v; want none, 5", df, docs, err)
	}
	update(t, st, func(tx engine.Tx) error { return tx.Remove(seqs[1], nil, []uint64{9, 11, 1 << 63}) })
	all, docs, err := st.AllDF(ctx)
	if err != nil {
		t.Fatal(err)
	}
	w := map[uint64]uint32{9: 4, 10: 1, 12: 1, 13: 1, 14: 1, 1 << 63: 4}
	if d := cmp.Diff(w, all); d != "" || docs != 4 {
		t.Errorf("AllDF after a remove: %d docs (-want +got):\n%s", docs, d)
	}
	if s := stats(t, st); s.Terms != len(w) {
		t.Errorf("Stats.Terms = %d; want %d", s.Terms, len(w))
	}
}

// testRemove: a removed article is gone with its postings and pairs; its
// Seq is not given again; removing it again is ErrNotFound.
func testRemove(t *testing.T, b Backend) {
	ctx := t.Context()
	st, _ := open(t, b, nil)
	s1 := put1(t, st, "a", []uint64{1, 2}, []uint64{5})
	s2 := put1(t, st, "b", []uint64{1, 3}, []uint64{5, 6})
	s3 := put1(t, st, "c", []uint64{1}, nil)
	update(t, st, func(tx engine.Tx) error {
		for _, p := range [][2]int64{{s1, s2}, {s1, s3}, {s2, s3}} {
			if err := tx.PutPair(engine.PairRecord{A: p[0], B: p[1]}); err != nil {
				return err
			}
		}
		return tx.Done(s2)
	})
	update(t, st, func(tx engine.Tx) error { return tx.Remove(s2, []uint64{1, 3}, []uint64{5, 6}) })
	if _, err := st.Lookup(ctx, "b"); !errors.Is(err, engine.ErrNotFound) {
		t.Errorf("Lookup(removed) = %v; want ErrNotFound", err)
	}
	if _, err := st.Get(ctx, []int64{s2}); !errors.Is(err, engine.ErrNotFound) {
		t.Errorf("Get(removed) = %v; want ErrNotFound", err)
	}
	got, _ := postingsOf(t, st, []uint64{1, 2, 3}, 100)
	if d := cmp.Diff(map[uint64][]int64{1: {s1, s3}, 2: {s1}}, got); d != "" {
		t.Errorf("Postings after a remove (-want +got):\n%s", d)
	}
	pairs, err := st.PairsOf(ctx, []int64{s1, s2, s3})
	if err != nil || len(pairs) != 1 || pairs[0].A != s1 || pairs[0].B != s3 {
		t.Errorf("PairsOf after a remove = %v, %v; want only %d-%d", pairs, err, s1, s3)
	}
	w := counts{Articles: 2, Pending: 2, Pairs: 1, Terms: 1, Words: 6, TextBytes: 2 * int64(len("text of a")), Postings: 3}
	if c := countsOf(t, st); c != w {
		t.Errorf("counts after a remove = %+v; want %+v", c, w)
	}
	err = st.Update(ctx, func(tx engine.Tx) error { return tx.Remove(s2, []uint64{1, 3}, []uint64{5, 6}) })
	if !errors.Is(err, engine.ErrNotFound) {
		t.Errorf("removing twice = %v; want ErrNotFound", err)
	}
	if c := countsOf(t, st); c != w {
		t.Errorf("counts after a failed remove = %+v; want %+v", c, w)
	}
	s4 := put1(t, st, "b", []uint64{3}, nil)
	if s4 <= s3 {
		t.Errorf("Put after a remove gave #%d; want above #%d (never reused)", s4, s3)
	}
}

// testReplaceInOneTransaction: the engine's replace — remove the old
// version and put the new under the same id, in one transaction — and
// removing an article put in the same transaction.
func testReplaceInOneTransaction(t *testing.T, b Backend) {
	ctx := t.Context()
	st, _ := open(t, b, nil)
	old := put1(t, st, "x", []uint64{1, 2}, []uint64{7, 8})
	var seq int64
	update(t, st, func(tx engine.Tx) error {
		if err := tx.Remove(old, []uint64{1, 2}, []uint64{7, 8}); err != nil {
			return err
		}
		var err error
		seq, err = tx.Put(record("x", "new text"), []uint64{2, 3}, []uint64{8, 9})
		return err
	})
	r, err := st.Lookup(ctx, "x")
	if err != nil || r.Seq != seq || r.Text != "new text" {
		t.Fatalf("Lookup after a replace = %v, %v; want #%d with the new text", r, err, seq)
	}
	got, _ := postingsOf(t, st, []uint64{1, 2, 3}, 100)
	if d := cmp.Diff(map[uint64][]int64{2: {seq}, 3: {seq}}, got); d != "" {
		t.Errorf("Postings after a replace (-want +got):\n%s", d)
	}
	all, docs, err := st.AllDF(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(map[uint64]uint32{8: 1, 9: 1}, all); d != "" || docs != 1 {
		t.Errorf("AllDF after a replace: %d docs (-want +got):\n%s", docs, d)
	}
	w := counts{Articles: 1, Pending: 1, Terms: 2, Words: 2, TextBytes: int64(len("new text")), Postings: 2}
	if c := countsOf(t, st); c != w {
		t.Errorf("counts after a replace = %+v; want %+v", c, w)
	}
}

// testPutRemoveInOneTransaction: an article put and removed in one
// transaction leaves nothing: no postings, no document frequencies.
func testPutRemoveInOneTransaction(t *testing.T, b Backend) {
	ctx := t.Context()
	st, _ := open(t, b, nil)
	seq := put1(t, st, "x", []uint64{3}, []uint64{9})
	update(t, st, func(tx engine.Tx) error {
		s, err := tx.Put(record("brief", "brief"), []uint64{3, 4}, []uint64{9, 10})
		if err != nil {
			return err
		}
		return tx.Remove(s, []uint64{3, 4}, []uint64{9, 10})
	})
	got, _ := postingsOf(t, st, []uint64{3, 4}, 100)
	if d := cmp.Diff(map[uint64][]int64{3: {seq}}, got); d != "" {
		t.Errorf("Postings after put and remove in one transaction (-want +got):\n%s", d)
	}
	all, docs, err := st.AllDF(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(map[uint64]uint32{9: 1}, all); d != "" || docs != 1 {
		t.Errorf("AllDF after put and remove in one transaction: %d docs (-want +got):\n%s", docs, d)
	}
	w := counts{Articles: 1, Pending: 1, Terms: 1, Words: 3, TextBytes: int64(len("text of x")), Postings: 1}
	if c := countsOf(t, st); c != w {
		t.Errorf("counts = %+v; want %+v", c, w)
	}
}

// pair returns a pair with every stored field set, floats that need all
// their digits among them.
func pair(rel judge.Relation, score float64) detect.Pair {
	return detect.Pair{
		Relation: rel,
		Passages: []reprint.Passage{
			{Kind: reprint.PassageKind(1), A: reprint.Span{Start: 0, End: 120}, B: reprint.Span{Start: 10, End: 131}, Score: score},
			{Kind: reprint.PassageKind(2), A: reprint.Span{Start: 200, End: 260}, B: reprint.Span{Start: 300, End: 355}, Score: 0.1 + 0.2},
		},
		Coverage:   detect.Coverage{A: 1.0 / 3, B: 0.7, Verbatim: detect.Sides{A: 0.25, B: 0.5}, Rewrite: detect.Sides{A: 1e-9, B: 0.125}},
		Similarity: 0.8123456789012345,
		CapReason:  "window",
		Evidence: judge.Evidence{A: judge.Side{Verbatim: 10, Rewrite: 2, Run3: 9, Run8: 8, Run32: 0}, B: judge.Side{Verbatim: 11},
			Similarity: 0.8123456789012345, SharedTerms: 42, Passages: 2},
	}
}

// testPairs: a pair comes back as put; PutPair replaces the pair of the
// same A and B; PairsOf takes either side, once each, ordered by (A, B);
// Pairs yields all in that order.
func testPairs(t *testing.T, b Backend) {
	ctx := t.Context()
	st, _ := open(t, b, nil)
	var s []int64
	for i := range 4 {
		s = append(s, put1(t, st, fmt.Sprint(i), nil, nil))
	}
	update(t, st, func(tx engine.Tx) error {
		for _, p := range []engine.PairRecord{
			{A: s[1], B: s[3], Pair: pair(judge.Copy, 0.5)},
			{A: s[0], B: s[2], Pair: pair(judge.Rewrite, 0.25)},
			{A: s[0], B: s[1], Pair: pair(judge.Copy, 0.75)},
			{A: s[1], B: s[2], Pair: pair(judge.Copy, 1)},
		} {
			if err := tx.PutPair(p); err != nil {
				return err
			}
		}
		return nil
	})
	update(t, st, func(tx engine.Tx) error {
		return tx.PutPair(engine.PairRecord{A: s[0], B: s[2], Pair: pair(judge.Copy, 0.9)})
	})
	if n := stats(t, st).Pairs; n != 4 {
		t.Errorf("Stats.Pairs = %d after replacing one of 4; want 4", n)
	}
	var all []engine.PairRecord
	for p, err := range st.Pairs(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, p)
	}
	wantAll := []engine.PairRecord{
		{A: s[0], B: s[1], Pair: pair(judge.Copy, 0.75)},
		{A: s[0], B: s[2], Pair: pair(judge.Copy, 0.9)},
		{A: s[1], B: s[2], Pair: pair(judge.Copy, 1)},
		{A: s[1], B: s[3], Pair: pair(judge.Copy, 0.5)},
	}
	if d := cmp.Diff(wantAll, all); d != "" {
		t.Errorf("Pairs (-want +got):\n%s", d)
	}
	of, err := st.PairsOf(ctx, []int64{s[2], s[1]})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(wantAll, of); d != "" {
		t.Errorf("PairsOf(%d, %d) (-want +got):\n%s", s[2], s[1], d)
	}
	of, err = st.PairsOf(ctx, []int64{s[3]})
	if err != nil || len(of) != 1 || of[0].A != s[1] {
		t.Errorf("PairsOf(%d) = %v, %v; want the pair %d-%d", s[3], of, err, s[1], s[3])
	}
	if of, err := st.PairsOf(ctx, []int64{s[3] + 100}); err != nil || len(of) != 0 {
		t.Errorf("PairsOf(no such article) = %v, %v", of, err)
	}
	n := 0
	for range st.Pairs(ctx) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("breaking off Pairs yielded %d", n)
	}
}

// testArticles: every article in Seq order, with or without its text;
// breaking off early works and the store stays usable.
func testArticles(t *testing.T, b Backend) {
	ctx := t.Context()
	st, _ := open(t, b, nil)
	var recs []*engine.Record
	for i := range 40 {
		recs = append(recs, record(fmt.Sprintf("art-%02d", 39-i), strings.Repeat(fmt.Sprintf("words of %d ", i), 50)))
	}
	seqs := put(t, st, recs, nil, nil)
	for _, withText := range []bool{false, true} {
		i := 0
		for r, err := range st.Articles(ctx, withText) {
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(want(recs[i], seqs[i], true, withText), r); d != "" {
				t.Errorf("Articles(%v)[%d] (-want +got):\n%s", withText, i, d)
			}
			i++
		}
		if i != len(recs) {
			t.Errorf("Articles(%v) yielded %d; want %d", withText, i, len(recs))
		}
	}
	n := 0
	for _, err := range st.Articles(ctx, true) {
		if err != nil {
			t.Fatal(err)
		}
		if n++; n == 3 {
			break
		}
	}
	if _, err := st.Lookup(ctx, recs[5].ID); err != nil {
		t.Errorf("Lookup after breaking off Articles = %v", err)
	}
}

// testStats: the kept counts follow puts, pairs, ends of pending and
// removals; files are listed with their sizes.
func testStats(t *testing.T, b Backend) {
	st, _ := open(t, b, nil)
	if c := countsOf(t, st); c != (counts{}) {
		t.Errorf("counts of a new archive = %+v", c)
	}
	s1 := put1(t, st, "a", []uint64{1, 2, 3}, []uint64{1, 2})
	s2 := put1(t, st, "bb", []uint64{3, 4}, []uint64{2, 3, 3})
	update(t, st, func(tx engine.Tx) error {
		if err := tx.PutPair(engine.PairRecord{A: s1, B: s2}); err != nil {
			return err
		}
		return tx.Done(s2)
	})
	w := counts{Articles: 2, Pending: 1, Pairs: 1, Terms: 3, Words: 6, TextBytes: int64(len("text of a") + len("text of bb")), Postings: 5}
	if c := countsOf(t, st); c != w {
		t.Errorf("counts = %+v; want %+v", c, w)
	}
	df, _, err := st.DF(t.Context(), []uint64{3})
	if err != nil || df[3] != 2 {
		t.Errorf("DF of a term given twice by one article = %v, %v; want 2 (one a time given)", df, err)
	}
	s := stats(t, st)
	if len(s.Files) == 0 {
		t.Errorf("Stats.Files is empty")
	}
	var total int64
	for _, n := range s.Files {
		total += n
	}
	if total <= 0 {
		t.Errorf("Stats.Files sizes add up to %d", total)
	}
}

// testCancelled: a cancelled context fails reads and writes with an
// error, writes nothing, and leaves the store usable.
func testCancelled(t *testing.T, b Backend) {
	st, _ := open(t, b, nil)
	put1(t, st, "a", []uint64{1}, []uint64{1})
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := st.Lookup(ctx, "a"); err == nil {
		t.Error("Lookup with a cancelled context succeeded")
	}
	err := st.Update(ctx, func(tx engine.Tx) error {
		_, err := tx.Put(record("b", "b"), []uint64{2}, nil)
		return err
	})
	if err == nil {
		t.Error("Update with a cancelled context succeeded")
	}
	if _, err := st.Lookup(t.Context(), "b"); !errors.Is(err, engine.ErrNotFound) {
		t.Errorf("Lookup(b) after a cancelled Update = %v; want ErrNotFound", err)
	}
	put1(t, st, "c", []uint64{1}, nil)
	if got, _ := postingsOf(t, st, []uint64{1}, 10); len(got[1]) != 2 {
		t.Errorf("postings of key 1 after a cancelled Update = %v; want two articles", got[1])
	}
}
