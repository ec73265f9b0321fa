package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/reprint/reprint/engine"
)

// TestDFCacheLanding: a read that sees the generation this store's commit
// is landing, before the commit has carried the cache forward, reads the
// database and leaves the cache alone; the commit then carries it with
// every count it held. (Reads used to start the cache again there, and
// the carrying forward emptied it once more.) A landing whose commit
// failed ends without moving the cache.
func TestDFCacheLanding(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "a"), Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	terms := []uint64{11, 22, 33}
	err = s.Update(ctx, func(tx engine.Tx) error {
		_, err := tx.Put(&engine.Record{ID: "a", Text: "x", Words: 1}, []uint64{1}, terms)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[uint64]uint32{11: 1, 22: 1, 33: 1}
	check := func(when string) {
		t.Helper()
		got, docs, err := s.DF(ctx, append(terms, 44))
		if err != nil {
			t.Fatal(err)
		}
		if docs != 1 || len(got) != len(want) {
			t.Fatalf("%s: DF = %v of %d documents; want %v of 1", when, got, docs, want)
		}
		for k, n := range want {
			if got[k] != n {
				t.Fatalf("%s: DF = %v; want %v", when, got, want)
			}
		}
	}
	check("cold")
	c := &s.dfc
	gen := c.gen
	cached := len(c.df)

	// The store's commit to gen+1 lands: the database is there, the cache
	// not yet (a commit that changes no count, as a segment merge does).
	c.landing(gen, gen+1)
	if _, err := s.db.ExecContext(ctx, `UPDATE counts SET n = n + 1 WHERE name = 'generation'`); err != nil {
		t.Fatal(err)
	}
	check("while landing")
	if c.gen != gen || len(c.df) != cached {
		t.Fatalf("a read while the commit landed moved the cache: generation %d → %d, %d → %d counts", gen, c.gen, cached, len(c.df))
	}
	c.advance(gen, gen+1, nil)
	if c.gen != gen+1 || len(c.df) != cached || c.next != 0 {
		t.Fatalf("after the commit: generation %d, %d counts, landing %d; want %d, %d, 0", c.gen, len(c.df), c.next, gen+1, cached)
	}
	check("after")

	// A landing whose commit failed: the cache stays at its generation.
	c.landing(gen+1, gen+2)
	c.landed()
	check("after a failed commit")
	if c.gen != gen+1 || len(c.df) != cached {
		t.Fatalf("a failed landing moved the cache: generation %d, %d counts", c.gen, len(c.df))
	}
}
