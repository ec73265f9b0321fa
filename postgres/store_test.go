package postgres_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/engine/storetest"
	"github.com/reprint/reprint/internal/pgtest"
	"github.com/reprint/reprint/postgres"
)

// cluster is the private PostgreSQL server of this package's tests,
// started and stopped by TestMain (package pgtest): nil when PostgreSQL is
// not installed outside CI, and the tests that need it skip.
var cluster *pgtest.Cluster

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m, &cluster)) }

// backend is the conformance suite's view of this package: each archive a
// new database of the test cluster.
func backend() storetest.Backend {
	return storetest.Backend{
		New: func(tb testing.TB) string { return cluster.NewDatabase(tb) },
		Open: func(ctx context.Context, url string, o storetest.Options) (engine.Store, error) {
			st, err := postgres.Open(ctx, url, postgres.Options{ReadOnly: o.ReadOnly, Create: o.Create, MaxList: o.MaxList, AnyKeys: o.AnyKeys})
			if err != nil {
				return nil, err // not a typed nil in the interface
			}
			return st, nil
		},
		SetMeta: func(t *testing.T, url, key, value string) {
			t.Helper()
			exec(t, url, `INSERT INTO meta(key, value) VALUES($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
		},
	}
}

// exec runs one statement on the database at url.
func exec(t *testing.T, url, sql string, args ...any) {
	t.Helper()
	conn, err := pgx.Connect(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(t.Context(), sql, args...); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

// TestConformance runs the store conformance suite shared with the other
// backends (engine/storetest).
func TestConformance(t *testing.T) {
	storetest.Run(t, backend())
}

// TestOpenBadArchives: every way a database can fail to be an archive
// gets its own error.
func TestOpenBadArchives(t *testing.T) {
	ctx := t.Context()
	other := cluster.NewDatabase(t)
	exec(t, other, `CREATE TABLE things(x int)`)
	noFormat := cluster.NewDatabase(t)
	st, err := postgres.Open(ctx, noFormat, postgres.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	exec(t, noFormat, `DELETE FROM meta WHERE key = 'format'`)
	missing := cluster.URL("no_such_database")
	for _, tc := range []struct {
		name   string
		url    string
		opts   postgres.Options
		want   error
		detail string
	}{
		{"a database of other tables", other, postgres.Options{Create: true}, engine.ErrNotArchive, "other tables"},
		{"a database of other tables, for reading", other, postgres.Options{ReadOnly: true}, engine.ErrNotArchive, "other tables"},
		{"no such database", missing, postgres.Options{Create: true}, engine.ErrNoArchive, "createdb"},
		{"no format", noFormat, postgres.Options{}, engine.ErrNotArchive, "no format"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st, err := postgres.Open(ctx, tc.url, tc.opts)
			if err == nil {
				st.Close()
				t.Fatalf("Open succeeded")
			}
			if !errors.Is(err, tc.want) {
				t.Errorf("Open = %v; want %v", err, tc.want)
			}
			if !strings.Contains(err.Error(), tc.detail) {
				t.Errorf("Open error %q does not say %q", err, tc.detail)
			}
		})
	}
	if _, err := postgres.Open(ctx, "postgres://[::1", postgres.Options{}); err == nil {
		t.Error("Open of a malformed URL succeeded")
	}
}

// TestSchemas: two archives in one database, in the schemas their URLs'
// search_path name, each with its own data and its own writer.
func TestSchemas(t *testing.T) {
	ctx := t.Context()
	url := cluster.NewDatabase(t)
	exec(t, url, `CREATE SCHEMA news; CREATE SCHEMA wires`)
	var stores []*postgres.Store
	for _, schema := range []string{"news", "wires"} {
		st, err := postgres.Open(ctx, url+"&search_path="+schema, postgres.Options{Create: true})
		if err != nil {
			t.Fatalf("Open(search_path=%s) = %v", schema, err)
		}
		defer st.Close()
		stores = append(stores, st)
		err = st.Update(ctx, func(tx engine.Tx) error {
			_, err := tx.Put(&engine.Record{ID: "in " + schema, Text: schema}, []uint64{1}, nil)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for i, st := range stores {
		if _, err := st.Lookup(ctx, "in "+[]string{"wires", "news"}[i]); !errors.Is(err, engine.ErrNotFound) {
			t.Errorf("archive %d sees the other's article: %v", i, err)
		}
		if s, err := st.Stats(ctx); err != nil || s.Articles != 1 {
			t.Errorf("archive %d: %d articles, %v; want 1", i, s.Articles, err)
		}
	}
	if _, err := postgres.Open(ctx, url+"&search_path=news", postgres.Options{}); !errors.Is(err, engine.ErrBusy) {
		t.Errorf("a second writer of one schema: %v; want ErrBusy", err)
	}
}

// TestWriterSessionLost: a writer whose session is ended under it (a
// server restart, an administrator) connects and locks again at the next
// Update; the transaction cut off is rolled back whole.
func TestWriterSessionLost(t *testing.T) {
	ctx := t.Context()
	url := cluster.NewDatabase(t)
	st, err := postgres.Open(ctx, url, postgres.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	put := func(id string) error {
		return st.Update(ctx, func(tx engine.Tx) error {
			_, err := tx.Put(&engine.Record{ID: id, Text: id}, []uint64{1}, []uint64{2})
			return err
		})
	}
	if err := put("a"); err != nil {
		t.Fatal(err)
	}
	exec(t, url, `SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`)
	if err := put("b"); err != nil {
		t.Fatalf("Update after the writer's session ended: %v", err)
	}
	if _, err := postgres.Open(ctx, url, postgres.Options{}); !errors.Is(err, engine.ErrBusy) {
		t.Errorf("a second writer after the first reconnected: %v; want ErrBusy", err)
	}
	if s, err := st.Stats(ctx); err != nil || s.Articles != 2 || s.Postings != 2 || s.Terms != 1 {
		t.Errorf("Stats = %+v, %v; want 2 articles, 2 postings, 1 term", s, err)
	}
}

// TestReadOnlyUser: a user who may only read opens for reading, and is
// refused with ErrReadOnly when opening for writing.
func TestReadOnlyUser(t *testing.T) {
	ctx := t.Context()
	url := cluster.NewDatabase(t)
	st, err := postgres.Open(ctx, url, postgres.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	exec(t, url, `DO $$ BEGIN
		IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'reader') THEN CREATE ROLE reader LOGIN; END IF;
	END $$`)
	exec(t, url, `GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader`)
	readerURL := strings.Replace(url, "postgres://postgres@", "postgres://reader@", 1)
	if _, err := postgres.Open(ctx, readerURL, postgres.Options{}); !errors.Is(err, engine.ErrReadOnly) {
		t.Errorf("Open for writing as a reader: %v; want ErrReadOnly", err)
	}
	r, err := postgres.Open(ctx, readerURL, postgres.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("Open for reading as a reader: %v", err)
	}
	defer r.Close()
	if _, err := r.Stats(ctx); err != nil {
		t.Errorf("Stats as a reader: %v", err)
	}
}

// BenchmarkStore measures the store through the engine beside the other
// backends (storetest.Bench), on the test cluster:
//
//	REPRINT_BENCH_N=3000 go test -run '^$' -bench Store ./postgres/
func BenchmarkStore(b *testing.B) { storetest.Bench(b, backend()) }
