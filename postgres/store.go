package postgres

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/internal/dfcache"
)

// Options configure Open.
type Options struct {
	// ReadOnly opens for reading: check and scan. Its connections refuse
	// writes, and Update returns engine.ErrReadOnly.
	ReadOnly bool
	// Create makes the archive's tables when the schema holds no tables;
	// otherwise a missing archive is engine.ErrNoArchive. Ignored when
	// ReadOnly.
	Create bool
	// MaxList gives the longest posting list kept for a key (default
	// engine.PostingCap); longer lists are capped.
	MaxList func(key uint64) int
	// AnyKeys opens an archive whatever KeysVersion indexed it, for what
	// does not read or write keys (stats, export) and for
	// engine.Archive.UpgradeKeys; otherwise another version is
	// engine.ErrKeys.
	AnyKeys bool
}

// Store is an archive in a PostgreSQL database. It implements
// engine.Store.
type Store struct {
	pool     *pgxpool.Pool
	cfg      *pgx.ConnConfig // for the writer's connection
	where    string          // host/database/schema, for messages
	readOnly bool
	anyKeys  bool // opened whatever its key version (Options.AnyKeys)
	maxList  func(key uint64) int

	wmu    sync.Mutex // one Update at a time on the writer's connection
	writer *pgx.Conn  // holds the advisory lock; nil for a reader
	closed bool
	hasLog bool // the archive has a change log (changes.go)

	dfc dfcache.Cache // document frequencies between checks (DF)
}

var _ engine.Store = (*Store)(nil)

// lockKey is the advisory lock of the archive in the current schema: one
// writer per archive, whatever else the database holds.
const lockKey = `hashtextextended('reprint.archive ' || coalesce(current_schema(), ''), 0)`

// Open opens the archive at url, a PostgreSQL connection string
// (postgres://user:password@host:port/database?sslmode=…&search_path=…;
// pgxpool's pool_max_conns and the other pgx parameters apply). The
// archive is the tables of the first schema of the search_path.
//
// Errors: engine.ErrNoArchive when the database does not exist, or its
// schema holds no tables and Create is false (or ReadOnly);
// engine.ErrNotArchive when the schema holds other tables and no archive,
// or an archive's meta table lacks its format; engine.ErrFormat when the
// archive's format or key version differs from the engine's;
// engine.ErrBusy when opened for writing while another writer has it;
// engine.ErrReadOnly when opened for writing where the user or server may
// not write. Connection failures are returned wrapped as they are.
func Open(ctx context.Context, url string, opts Options) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("opening archive: %w", err)
	}
	if opts.ReadOnly {
		cfg.ConnConfig.RuntimeParams["default_transaction_read_only"] = "on"
	}
	s := &Store{
		cfg:      cfg.ConnConfig.Copy(),
		where:    describe(cfg.ConnConfig),
		readOnly: opts.ReadOnly,
		anyKeys:  opts.AnyKeys,
		maxList:  opts.MaxList,
	}
	if s.maxList == nil {
		s.maxList = engine.PostingCap
	}
	if s.pool, err = pgxpool.NewWithConfig(ctx, cfg); err != nil {
		return nil, fmt.Errorf("opening archive %s: %w", s.where, err)
	}
	if err := s.open(ctx, opts); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// describe names an archive in messages, without its password.
func describe(c *pgx.ConnConfig) string {
	where := fmt.Sprintf("postgres://%s:%d/%s", c.Host, c.Port, c.Database)
	if sp := c.RuntimeParams["search_path"]; sp != "" {
		where += "?search_path=" + sp
	}
	return where
}

func (s *Store) open(ctx context.Context, opts Options) error {
	if err := s.pool.Ping(ctx); err != nil {
		if pgCode(err) == "3D000" { // invalid_catalog_name: no such database
			return fmt.Errorf("%s: %w (make the database with createdb first): %v", s.where, engine.ErrNoArchive, err)
		}
		return fmt.Errorf("opening archive %s: %w", s.where, err)
	}
	if !s.readOnly {
		if err := s.connectWriter(ctx, 0); err != nil {
			return err
		}
	}
	var hasMeta bool
	var tables int
	err := s.pool.QueryRow(ctx, `SELECT
		EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'meta'),
		(SELECT count(*) FROM pg_tables WHERE schemaname = current_schema())`).Scan(&hasMeta, &tables)
	if err != nil {
		return fmt.Errorf("opening archive %s: %w", s.where, s.wrap(err))
	}
	if !hasMeta {
		switch {
		case tables > 0:
			return fmt.Errorf("%s holds %d other tables and no reprint archive: %w", s.where, tables, engine.ErrNotArchive)
		case s.readOnly || !opts.Create:
			return fmt.Errorf("%s is empty: %w (run reprint add --archive %s PATHS to make one)", s.where, engine.ErrNoArchive, s.where)
		}
		if err := s.create(ctx); err != nil {
			return err
		}
	}
	if err := s.checkFormat(ctx); err != nil {
		return err
	}
	if !s.readOnly {
		var ro string
		var canWrite bool
		err := s.writer.QueryRow(ctx, `SELECT current_setting('transaction_read_only'),
			has_table_privilege('articles', 'INSERT') AND has_table_privilege('lists', 'UPDATE')`).Scan(&ro, &canWrite)
		if err != nil {
			return fmt.Errorf("opening archive %s: %w", s.where, s.wrap(err))
		}
		if ro == "on" || !canWrite {
			return fmt.Errorf("%s cannot be written by this user or server (check and scan can read it): %w", s.where, engine.ErrReadOnly)
		}
	}
	return s.openLog(ctx)
}

// relockPatience is how long a writer whose session was lost tries to
// take the archive's lock again: PostgreSQL ends a dropped or terminated
// session after the client has gone, and until it has, that session
// still holds the lock. Taken at once, it failed as busy 2 runs in 5 of
// TestWriterSessionLost and of TestConformance/Cancelled.
const relockPatience = 2 * time.Second

// connectWriter opens the writer's connection and takes the archive's
// advisory lock on it, trying again for patience while another session
// holds it.
func (s *Store) connectWriter(ctx context.Context, patience time.Duration) error {
	conn, err := pgx.ConnectConfig(ctx, s.cfg)
	if err != nil {
		return fmt.Errorf("opening archive %s: %w", s.where, err)
	}
	var got bool
	for start := time.Now(); ; {
		if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock(`+lockKey+`)`).Scan(&got); err != nil {
			conn.Close(context.WithoutCancel(ctx))
			return fmt.Errorf("locking archive %s: %w", s.where, s.wrap(err))
		}
		if got || time.Since(start) >= patience {
			break
		}
		select {
		case <-time.After(50 * time.Millisecond):
		case <-ctx.Done():
			conn.Close(context.WithoutCancel(ctx))
			return fmt.Errorf("locking archive %s: %w", s.where, ctx.Err())
		}
	}
	if !got {
		conn.Close(context.WithoutCancel(ctx))
		return fmt.Errorf("%s: another reprint add is running on this archive; wait for it to finish: %w", s.where, engine.ErrBusy)
	}
	s.writer = conn
	return nil
}

const schema = `
CREATE TABLE meta(key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE articles(
	seq int8 GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	id bytea NOT NULL UNIQUE,
	hash bytea NOT NULL,
	pending bool NOT NULL,
	words int4 NOT NULL,
	bytes int4 NOT NULL,
	info bytea NOT NULL,
	text bytea NOT NULL
);
ALTER TABLE articles ALTER COLUMN text SET STORAGE EXTERNAL;
CREATE INDEX articles_pending ON articles(seq) WHERE pending;
CREATE TABLE lists(key int8 PRIMARY KEY, seqs int4[]);
CREATE TABLE terms(term int8 PRIMARY KEY, df int4 NOT NULL);
CREATE TABLE pairs(a int8 NOT NULL, b int8 NOT NULL, relation int2 NOT NULL, data bytea NOT NULL, PRIMARY KEY(a, b));
CREATE INDEX pairs_b ON pairs(b);
CREATE TABLE counts(name text PRIMARY KEY, n int8 NOT NULL);
INSERT INTO counts(name, n) VALUES ('articles', 0), ('pending', 0), ('words', 0), ('bytes', 0), ('postings', 0), ('pairs', 0), ('terms', 0);
` + changesTable + `;
`

// create makes the archive's tables in one transaction, under the
// writer's lock: a reader sees all of them or none.
func (s *Store) create(ctx context.Context) error {
	err := pgx.BeginFunc(ctx, s.writer, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, schema); err != nil {
			return err
		}
		for _, kv := range [][2]string{{"format", engine.Format}, {"keys", engine.KeysVersion}, {"created", time.Now().UTC().Format(time.RFC3339)}} {
			if _, err := tx.Exec(ctx, `INSERT INTO meta(key, value) VALUES($1, $2)`, kv[0], kv[1]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("creating archive %s: %w", s.where, s.wrap(err))
	}
	return nil
}

func (s *Store) checkFormat(ctx context.Context) error {
	meta := map[string]string{}
	rows, err := s.pool.Query(ctx, `SELECT key, value FROM meta WHERE key IN ('format', 'keys')`)
	if err != nil {
		return fmt.Errorf("%s: %w (%v)", s.where, engine.ErrNotArchive, s.wrap(err))
	}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			rows.Close()
			return fmt.Errorf("%s: %w (%v)", s.where, engine.ErrNotArchive, s.wrap(err))
		}
		meta[k] = v
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("%s: %w (%v)", s.where, engine.ErrNotArchive, s.wrap(err))
	}
	format, ok := meta["format"]
	if !ok {
		return fmt.Errorf("%s: its meta table names no format: %w", s.where, engine.ErrNotArchive)
	}
	if format != engine.Format {
		return fmt.Errorf("%s is an archive of format %q; this reprint reads %q: %w", s.where, format, engine.Format, engine.ErrFormat)
	}
	keys, ok := meta["keys"]
	if !ok {
		return fmt.Errorf("%s: its meta table names no key version: %w", s.where, engine.ErrNotArchive)
	}
	if keys != engine.KeysVersion && !s.anyKeys {
		return fmt.Errorf("%s was indexed with keys %q; this reprint computes %q: %w", s.where, keys, engine.KeysVersion, engine.ErrKeys)
	}
	return nil
}

// pgCode returns the SQLSTATE of a server error, or "".
func pgCode(err error) string {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return pe.Code
	}
	return ""
}

// wrap maps PostgreSQL's error codes to the engine's errors.
func (s *Store) wrap(err error) error {
	switch code := pgCode(err); {
	case code == "53100", // disk_full
		code == "53400", // configuration_limit_exceeded: temp_file_limit
		code == "54000": // program_limit_exceeded
		return fmt.Errorf("%w: %v", engine.ErrFull, err)
	case code == "25006", // read_only_sql_transaction
		code == "42501": // insufficient_privilege
		return fmt.Errorf("%w: %v", engine.ErrReadOnly, err)
	}
	return err
}

// Close closes the connections and releases the writer's lock. It may be
// called more than once.
func (s *Store) Close() error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	var err error
	if s.writer != nil {
		// Closing the session releases its advisory lock, but the server
		// ends a session after the client has gone: a writer opened just
		// after could still find it held. Released first, it is free on
		// return.
		ctx := context.Background()
		s.writer.Exec(ctx, `SELECT pg_advisory_unlock(`+lockKey+`)`)
		err = s.writer.Close(ctx)
		s.writer = nil
	}
	if s.pool != nil {
		s.pool.Close()
	}
	return err
}

// Stats implements engine.Store. Files are the archive's tables, each with
// its indexes and TOAST, in bytes.
func (s *Store) Stats(ctx context.Context) (engine.StoreStats, error) {
	var st engine.StoreStats
	rows, err := s.pool.Query(ctx, `SELECT name, n FROM counts
		UNION ALL SELECT 'table ' || c.relname, pg_total_relation_size(c.oid) FROM pg_class c
		WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'`)
	if err != nil {
		return st, fmt.Errorf("archive stats: %w", s.wrap(err))
	}
	defer rows.Close()
	st.Files = map[string]int64{}
	for rows.Next() {
		var name string
		var n int64
		if err := rows.Scan(&name, &n); err != nil {
			return st, fmt.Errorf("archive stats: %w", s.wrap(err))
		}
		if !st.SetCount(name, n) {
			if t, ok := strings.CutPrefix(name, "table "); ok {
				st.Files[t] = n
			}
		}
	}
	if err := rows.Err(); err != nil {
		return st, fmt.Errorf("archive stats: %w", s.wrap(err))
	}
	return st, nil
}

// CountPostings implements engine.Store.
func (s *Store) CountPostings(ctx context.Context) (int64, error) {
	var n int64
	if err := s.pool.QueryRow(ctx, `SELECT coalesce(sum(cardinality(seqs)), 0) FROM lists`).Scan(&n); err != nil {
		return 0, fmt.Errorf("counting postings: %w", s.wrap(err))
	}
	return n, nil
}

const recordColumns = `seq, id, hash, pending, words, bytes, info`

func scanRecord(row pgx.Row, withText bool) (*engine.Record, error) {
	var (
		r    engine.Record
		id   []byte
		hash []byte
		info []byte
		text []byte
	)
	dest := []any{&r.Seq, &id, &hash, &r.Pending, &r.Words, &r.Bytes, &info}
	if withText {
		dest = append(dest, &text)
	}
	if err := row.Scan(dest...); err != nil {
		return nil, err
	}
	r.ID = string(id)
	copy(r.Hash[:], hash)
	if err := engine.DecodeInfo(info, &r); err != nil {
		return nil, fmt.Errorf("article %d: %w", r.Seq, err)
	}
	if withText {
		t, err := engine.DecompressText(text)
		if err != nil {
			return nil, fmt.Errorf("article %d: %w", r.Seq, err)
		}
		r.Text = t
	}
	return &r, nil
}

// Lookup implements engine.Store.
func (s *Store) Lookup(ctx context.Context, id string) (*engine.Record, error) {
	row := s.pool.QueryRow(ctx, `SELECT `+recordColumns+`, text FROM articles WHERE id = $1`, []byte(id))
	r, err := scanRecord(row, true)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("article %q: %w", id, engine.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("reading article %q: %w", id, s.wrap(err))
	}
	return r, nil
}

// Get implements engine.Store.
func (s *Store) Get(ctx context.Context, seqs []int64) ([]*engine.Record, error) {
	if len(seqs) == 0 {
		return []*engine.Record{}, nil
	}
	rows, err := s.pool.Query(ctx, `SELECT `+recordColumns+`, text FROM articles WHERE seq = ANY($1)`, seqs)
	if err != nil {
		return nil, fmt.Errorf("reading articles: %w", s.wrap(err))
	}
	defer rows.Close()
	bySeq := make(map[int64]*engine.Record, len(seqs))
	for rows.Next() {
		r, err := scanRecord(rows, true)
		if err != nil {
			return nil, fmt.Errorf("reading articles: %w", s.wrap(err))
		}
		bySeq[r.Seq] = r
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading articles: %w", s.wrap(err))
	}
	out := make([]*engine.Record, len(seqs))
	for i, seq := range seqs {
		r, ok := bySeq[seq]
		if !ok {
			return nil, fmt.Errorf("article #%d: %w", seq, engine.ErrNotFound)
		}
		if i > 0 && r == out[i-1] {
			c := *r // each asked seq gets a record of its own
			r = &c
		}
		out[i] = r
	}
	return out, nil
}

// each runs q and calls scan on each row until it returns false. Breaking
// off early cancels the query rather than reading the rest of the result.
func (s *Store) each(ctx context.Context, q string, scan func(pgx.Rows) (bool, error), args ...any) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return s.wrap(err)
	}
	for rows.Next() {
		more, err := scan(rows)
		if err != nil || !more {
			cancel()
			rows.Close()
			return err
		}
	}
	rows.Close()
	return s.wrap(rows.Err())
}

// Articles implements engine.Store.
func (s *Store) Articles(ctx context.Context, withText bool) iter.Seq2[*engine.Record, error] {
	return func(yield func(*engine.Record, error) bool) {
		cols := recordColumns
		if withText {
			cols += ", text"
		}
		stopped := false
		err := s.each(ctx, `SELECT `+cols+` FROM articles ORDER BY seq`, func(rows pgx.Rows) (bool, error) {
			r, err := scanRecord(rows, withText)
			if err != nil {
				return false, err
			}
			stopped = !yield(r, nil)
			return !stopped, nil
		})
		if err != nil && !stopped {
			yield(nil, fmt.Errorf("reading articles: %w", err))
		}
	}
}

// Pending implements engine.Store.
func (s *Store) Pending(ctx context.Context) ([]int64, error) {
	rows, err := s.pool.Query(ctx, `SELECT seq FROM articles WHERE pending ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("reading pending articles: %w", s.wrap(err))
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, fmt.Errorf("reading pending articles: %w", s.wrap(err))
	}
	return out, nil
}

// Postings implements engine.Store.
func (s *Store) Postings(ctx context.Context, keys []uint64, limit int, fn func(key uint64, seqs []int64, capped bool)) error {
	if len(keys) == 0 {
		return nil
	}
	limit = min(max(limit, 0), 1<<31-2)
	ks := make([]int64, len(keys))
	for i, k := range keys {
		ks[i] = int64(k)
	}
	type list struct {
		seqs []int32
		n    int
		nul  bool
	}
	lists := make(map[uint64]list, len(keys))
	rows, err := s.pool.Query(ctx, `SELECT key, seqs[1:$2], coalesce(cardinality(seqs), 0), seqs IS NULL FROM lists WHERE key = ANY($1)`, ks, limit+1)
	if err != nil {
		return fmt.Errorf("reading postings: %w", s.wrap(err))
	}
	defer rows.Close()
	for rows.Next() {
		var k int64
		var l list
		if err := rows.Scan(&k, &l.seqs, &l.n, &l.nul); err != nil {
			return fmt.Errorf("reading postings: %w", s.wrap(err))
		}
		lists[uint64(k)] = l
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("reading postings: %w", s.wrap(err))
	}
	for _, k := range keys {
		l, ok := lists[k]
		switch {
		case !ok:
		case l.nul || l.n > s.maxList(k):
			fn(k, nil, true)
		case len(l.seqs) > 0:
			seqs := make([]int64, len(l.seqs))
			for i, q := range l.seqs {
				seqs[i] = int64(q)
			}
			fn(k, seqs, false)
		}
	}
	return nil
}

// DF implements engine.Store. The counts come from the cache of counts
// read (s.dfc, package dfcache) and from one statement for those it
// lacks, which reads the archive's generation with them: the last
// position of the change log, which every commit that changes a count or
// the number of articles moves on (Put and Remove log). When the cached
// counts turn out to be of another generation, one more statement reads
// them all, so that what DF returns is the archive as of one commit. An
// archive without a change log has no generation: its counts are read
// every time.
func (s *Store) DF(ctx context.Context, terms []uint64) (map[uint64]uint32, int, error) {
	out := make(map[uint64]uint32, len(terms))
	if !s.hasLog {
		_, docs, err := s.readDF(ctx, terms, out)
		return out, docs, err
	}
	cached, miss := s.dfc.Peek(terms, out)
	gen, docs, err := s.readDF(ctx, miss, out)
	if err == nil && gen != cached && len(miss) < len(terms) {
		clear(out)
		miss = terms
		gen, docs, err = s.readDF(ctx, terms, out)
	}
	if err != nil {
		return nil, 0, err
	}
	s.dfc.Put(gen, miss, out)
	return out, docs, nil
}

// readDF reads the counts of terms into out in one statement, with the
// archive's generation (0 without a change log) and number of articles.
func (s *Store) readDF(ctx context.Context, terms []uint64, out map[uint64]uint32) (gen int64, docs int, err error) {
	ts := make([]int64, len(terms))
	for i, t := range terms {
		ts[i] = int64(t)
	}
	generation := `0::int8`
	if s.hasLog {
		generation = `(SELECT coalesce(max(n), 0) FROM changes)`
	}
	var got []int64
	var dfs []int32
	err = s.pool.QueryRow(ctx, `SELECT `+generation+`, c.n, coalesce(t.terms, '{}'), coalesce(t.dfs, '{}') FROM counts c,
		LATERAL (SELECT array_agg(term) AS terms, array_agg(df) AS dfs FROM terms WHERE term = ANY($1)) t
		WHERE c.name = 'articles'`, ts).Scan(&gen, &docs, &got, &dfs)
	if err != nil {
		return 0, 0, fmt.Errorf("reading document frequencies: %w", s.wrap(err))
	}
	for i, t := range got {
		out[uint64(t)] = uint32(dfs[i])
	}
	return gen, docs, nil
}

// AllDF implements engine.Store.
func (s *Store) AllDF(ctx context.Context) (map[uint64]uint32, int, error) {
	var out map[uint64]uint32
	var docs int
	err := pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		var n int
		if err := tx.QueryRow(ctx, `SELECT (SELECT n FROM counts WHERE name = 'articles'), (SELECT n FROM counts WHERE name = 'terms')`).Scan(&docs, &n); err != nil {
			return err
		}
		out = make(map[uint64]uint32, n)
		rows, err := tx.Query(ctx, `SELECT term, df FROM terms`)
		if err != nil {
			return err
		}
		defer rows.Close()
		var t int64
		var df int32
		_, err = pgx.ForEachRow(rows, []any{&t, &df}, func() error {
			out[uint64(t)] = uint32(df)
			return nil
		})
		return err
	})
	if err != nil {
		return nil, 0, fmt.Errorf("reading document frequencies: %w", s.wrap(err))
	}
	return out, docs, nil
}

func scanPair(row pgx.Row) (engine.PairRecord, error) {
	var p engine.PairRecord
	var rel int16
	var data []byte
	if err := row.Scan(&p.A, &p.B, &rel, &data); err != nil {
		return p, err
	}
	pair, err := engine.DecodePair(data)
	if err != nil {
		return p, fmt.Errorf("pair %d-%d: %w", p.A, p.B, err)
	}
	p.Pair = pair
	return p, nil
}

// PairsOf implements engine.Store.
func (s *Store) PairsOf(ctx context.Context, seqs []int64) ([]engine.PairRecord, error) {
	if len(seqs) == 0 {
		return nil, nil
	}
	var out []engine.PairRecord
	err := s.each(ctx, `SELECT a, b, relation, data FROM pairs WHERE a = ANY($1) OR b = ANY($1) ORDER BY a, b`, func(rows pgx.Rows) (bool, error) {
		p, err := scanPair(rows)
		if err != nil {
			return false, err
		}
		out = append(out, p)
		return true, nil
	}, seqs)
	if err != nil {
		return nil, fmt.Errorf("reading pairs: %w", err)
	}
	return out, nil
}

// Pairs implements engine.Store.
func (s *Store) Pairs(ctx context.Context) iter.Seq2[engine.PairRecord, error] {
	return func(yield func(engine.PairRecord, error) bool) {
		stopped := false
		err := s.each(ctx, `SELECT a, b, relation, data FROM pairs ORDER BY a, b`, func(rows pgx.Rows) (bool, error) {
			p, err := scanPair(rows)
			if err != nil {
				return false, err
			}
			stopped = !yield(p, nil)
			return !stopped, nil
		})
		if err != nil && !stopped {
			yield(engine.PairRecord{}, fmt.Errorf("reading pairs: %w", err))
		}
	}
}
