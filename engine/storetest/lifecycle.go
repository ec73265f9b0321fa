package storetest

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/internal/synth"
)

func mustOpen(t *testing.T, b Backend, loc string, opts Options) engine.Store {
	t.Helper()
	st, err := b.Open(t.Context(), loc, opts)
	if err != nil {
		t.Fatalf("Open(%s, %+v) = %v", loc, opts, err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// testReopen: what was committed is there after closing and opening
// again, for reading and for writing, and Seqs go on from there.
func testReopen(t *testing.T, b Backend) {
	ctx := t.Context()
	st, loc := open(t, b, nil)
	s1 := put1(t, st, "a", []uint64{1}, []uint64{1})
	before := countsOf(t, st)
	if err := st.Close(); err != nil {
		t.Fatalf("Close = %v", err)
	}
	r := mustOpen(t, b, loc, Options{ReadOnly: true})
	if got, err := r.Lookup(ctx, "a"); err != nil || got.Seq != s1 || got.Text != "text of a" {
		t.Errorf("Lookup after reopening = %v, %v", got, err)
	}
	if c := countsOf(t, r); c != before {
		t.Errorf("counts after reopening = %+v; want %+v", c, before)
	}
	r.Close()
	w := mustOpen(t, b, loc, Options{})
	s2 := put1(t, w, "b", []uint64{1}, nil)
	if s2 <= s1 {
		t.Errorf("Put after reopening gave #%d; want above #%d", s2, s1)
	}
	if got, _ := postingsOf(t, w, []uint64{1}, 10); len(got[1]) != 2 {
		t.Errorf("postings after reopening = %v; want two articles", got[1])
	}
}

// testReadOnly: a store opened for reading reads, and Update is
// ErrReadOnly.
func testReadOnly(t *testing.T, b Backend) {
	st, loc := open(t, b, nil)
	put1(t, st, "a", []uint64{1}, []uint64{1})
	r := mustOpen(t, b, loc, Options{ReadOnly: true})
	if _, err := r.Lookup(t.Context(), "a"); err != nil {
		t.Errorf("Lookup on a read-only store = %v", err)
	}
	err := r.Update(t.Context(), func(tx engine.Tx) error {
		_, err := tx.Put(record("b", "b"), nil, nil)
		return err
	})
	if !errors.Is(err, engine.ErrReadOnly) {
		t.Errorf("Update on a read-only store = %v; want ErrReadOnly", err)
	}
	if _, err := st.Lookup(t.Context(), "b"); !errors.Is(err, engine.ErrNotFound) {
		t.Errorf("a read-only store wrote: %v", err)
	}
}

// testOneWriter: a second writer is ErrBusy while the first is open;
// readers open meanwhile, do not wait for a write in progress, see the
// last commit and not the write; the lock goes with the first writer.
func testOneWriter(t *testing.T, b Backend) {
	ctx := t.Context()
	st, loc := open(t, b, nil)
	first := put1(t, st, "a", []uint64{1}, nil)
	if w, err := b.Open(ctx, loc, Options{}); !errors.Is(err, engine.ErrBusy) {
		if err == nil {
			w.Close()
		}
		t.Fatalf("second writer: Open = %v; want ErrBusy", err)
	}
	r := mustOpen(t, b, loc, Options{ReadOnly: true})
	started, release, finished := make(chan struct{}), make(chan struct{}), make(chan error)
	go func() {
		finished <- st.Update(ctx, func(tx engine.Tx) error {
			if _, err := tx.Put(record("b", "two"), []uint64{1}, nil); err != nil {
				return err
			}
			if err := tx.Done(first); err != nil {
				return err
			}
			close(started)
			<-release
			return nil
		})
	}()
	<-started
	if rec, err := r.Lookup(ctx, "a"); err != nil || rec.Text != "text of a" {
		t.Errorf("reader during a write: Lookup(a) = %v, %v", rec, err)
	}
	if _, err := r.Lookup(ctx, "b"); !errors.Is(err, engine.ErrNotFound) {
		t.Errorf("reader sees an uncommitted article: %v", err)
	}
	if got, _ := postingsOf(t, r, []uint64{1}, 10); len(got[1]) != 1 {
		t.Errorf("reader sees uncommitted postings: %v", got[1])
	}
	close(release)
	if err := <-finished; err != nil {
		t.Fatal(err)
	}
	if _, err := r.Lookup(ctx, "b"); err != nil {
		t.Errorf("reader after the commit: %v", err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	w, err := b.Open(ctx, loc, Options{})
	if err != nil {
		t.Fatalf("writer after the first closed: %v", err)
	}
	w.Close()
}

// testConcurrentReaders: readers on other goroutines and other opens read
// while a writer commits, and each read sees whole transactions: an
// article with its postings.
func testConcurrentReaders(t *testing.T, b Backend) {
	ctx := t.Context()
	st, loc := open(t, b, nil)
	r := mustOpen(t, b, loc, Options{ReadOnly: true})
	const n = 30
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	done := make(chan struct{})
	for _, reader := range []engine.Store{st, r} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-done:
					return
				default:
				}
				s, err := reader.Stats(ctx)
				if err != nil {
					errs <- err
					return
				}
				var posted int
				err = reader.Postings(ctx, []uint64{42}, n+1, func(_ uint64, seqs []int64, _ bool) { posted = len(seqs) })
				if err != nil {
					errs <- err
					return
				}
				if posted < s.Articles {
					errs <- fmt.Errorf("a read after Stats (%d articles) sees %d postings of a key every article holds", s.Articles, posted)
					return
				}
			}
		}()
	}
	for i := range n {
		put1(t, st, fmt.Sprint(i), []uint64{42, uint64(i)}, []uint64{1})
	}
	close(done)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// testNoArchive: opening where there is nothing fails with ErrNoArchive
// for reading, and for writing without Create, and makes nothing there.
func testNoArchive(t *testing.T, b Backend) {
	ctx := t.Context()
	loc := b.New(t)
	for _, opts := range []Options{{ReadOnly: true}, {}, {ReadOnly: true, Create: true}} {
		st, err := b.Open(ctx, loc, opts)
		if err == nil {
			st.Close()
		}
		if opts.ReadOnly && opts.Create && err == nil {
			continue // a backend may make an empty archive here
		}
		if !errors.Is(err, engine.ErrNoArchive) {
			t.Errorf("Open(nothing, %+v) = %v; want ErrNoArchive", opts, err)
		}
		if err != nil && !strings.Contains(err.Error(), "reprint add") && !strings.Contains(err.Error(), "createdb") {
			t.Errorf("Open(nothing) error %q does not say how to make an archive", err)
		}
	}
	st, err := b.Open(ctx, loc, Options{Create: true})
	if err != nil {
		t.Fatalf("Open(nothing, Create) = %v", err)
	}
	st.Close()
}

// testFormat: an archive of another format or key version is refused
// with ErrFormat, for reading and writing, naming the version found; an
// archive whose meta has no format is not an archive.
func testFormat(t *testing.T, b Backend) {
	ctx := t.Context()
	for _, tc := range []struct {
		key, value string
	}{
		{"format", "reprint.archive/99"},
		{"format", "reprint.archive/0"},
		{"keys", "keys/0"},
	} {
		t.Run(tc.key+"="+tc.value, func(t *testing.T) {
			st, loc := open(t, b, nil)
			put1(t, st, "a", []uint64{1}, nil)
			st.Close()
			b.SetMeta(t, loc, tc.key, tc.value)
			for _, opts := range []Options{{}, {ReadOnly: true}, {Create: true}} {
				st, err := b.Open(ctx, loc, opts)
				if err == nil {
					st.Close()
				}
				if !errors.Is(err, engine.ErrFormat) {
					t.Errorf("Open(%+v) = %v; want ErrFormat", opts, err)
				} else if !strings.Contains(err.Error(), tc.value) {
					t.Errorf("Open(%+v) error %q does not name %q", opts, err, tc.value)
				}
			}
			// Refused and untouched: the same version is refused again.
			if _, err := b.Open(ctx, loc, Options{}); !errors.Is(err, engine.ErrFormat) {
				t.Errorf("second Open = %v; want ErrFormat", err)
			}
		})
	}
}

// testArchive runs the engine over the store: add a small corpus with
// planted reuse, replace and remove articles, and Verify the archive at
// each step (counts, postings, document frequencies and pairs against the
// texts).
func testArchive(t *testing.T, b Backend) {
	ctx := t.Context()
	st, _ := open(t, b, nil)
	a, err := engine.NewArchive(st, engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const n = 40
	c := synth.Corpus(5, n, synth.Options{MeanWords: 300})
	arts := make([]*reprint.Article, n)
	for i := range arts {
		arts[i] = &reprint.Article{ID: fmt.Sprintf("doc%03d", i), Text: c.Text(i)}
	}
	res, err := a.AddArticles(ctx, arts, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != n {
		t.Errorf("AddArticles added %d; want %d", res.Added, n)
	}
	if err := a.Verify(ctx); err != nil {
		t.Fatalf("Verify after add: %v", err)
	}
	s := stats(t, st)
	if s.Articles != n || s.Pending != 0 || s.Pairs == 0 {
		t.Errorf("after add: %d articles, %d pending, %d pairs; want %d, 0, some", s.Articles, s.Pending, s.Pairs, n)
	}
	arts[3] = &reprint.Article{ID: arts[3].ID, Text: c.Text(7)} // now a copy of doc007
	if res, err = a.AddArticles(ctx, arts, nil); err != nil {
		t.Fatal(err)
	}
	if res.Replaced != 1 || res.Unchanged != n-1 {
		t.Errorf("re-add with one changed: %+v; want 1 replaced, %d unchanged", res, n-1)
	}
	if err := a.Verify(ctx); err != nil {
		t.Fatalf("Verify after replace: %v", err)
	}
	for _, i := range []int{0, 7, 20} {
		if err := a.Remove(ctx, arts[i].ID); err != nil {
			t.Fatal(err)
		}
	}
	if err := a.Verify(ctx); err != nil {
		t.Fatalf("Verify after remove: %v", err)
	}
	if s := stats(t, st); s.Articles != n-3 {
		t.Errorf("after removing 3: %d articles", s.Articles)
	}
}
