package sqlite_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/engine/storetest"
	"github.com/reprint/reprint/sqlite"
)

// backend is the conformance suite's view of this package: each archive a
// new folder.
func backend() storetest.Backend {
	return storetest.Backend{
		New: func(tb testing.TB) string { return filepath.Join(tb.TempDir(), "archive") },
		Open: func(ctx context.Context, dir string, o storetest.Options) (engine.Store, error) {
			st, err := sqlite.Open(ctx, dir, sqlite.Options{ReadOnly: o.ReadOnly, Create: o.Create, MaxList: o.MaxList, AnyKeys: o.AnyKeys})
			if err != nil {
				return nil, err // not a typed nil in the interface
			}
			return st, nil
		},
		SetMeta: func(t *testing.T, dir, key, value string) {
			t.Helper()
			db, err := sql.Open("sqlite", filepath.Join(dir, sqlite.DBFile))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if _, err := db.Exec(`INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)`, key, value); err != nil {
				t.Fatal(err)
			}
		},
	}
}

// TestConformance runs the store conformance suite shared with the other
// backends (engine/storetest).
func TestConformance(t *testing.T) { storetest.Run(t, backend()) }

// BenchmarkStore measures the store through the engine beside the other
// backends (storetest.Bench):
//
//	REPRINT_BENCH_N=3000 go test -run '^$' -bench Store ./sqlite/
func BenchmarkStore(b *testing.B) { storetest.Bench(b, backend()) }
