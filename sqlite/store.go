// Package sqlite keeps a reprint archive in an SQLite database, through the
// pure-Go driver modernc.org/sqlite: the embedded store, and the default.
//
// # Layout
//
// An archive is a folder:
//
//	DIR/archive.db        the database (WAL mode: also archive.db-wal, -shm)
//	DIR/postings/*.pst    posting lists in immutable segments (package postings; segments.go)
//	DIR/add.lock          held (flock) by the one process adding
//
// and the database holds
//
//	meta(key, value)                    format, key version, creation time
//	articles(seq, id, hash, pending, words, bytes, info, text)
//	segments(name, entries, bytes, tier) the posting segment files in DIR/postings (segments.go)
//	removed(seq)                        removed articles whose postings segments still hold
//	terms(term, df)                     document frequencies for the IDF
//	pairs(a, b, relation, data)         WITHOUT ROWID, primary key (a, b); index on b
//	counts(name, n)                     articles, pending, words, bytes, postings, pairs, terms,
//	                                    segments_made, generation (of the segment list)
//	changes(n, seq, removed)            the articles each commit touched (changes.go)
//
// The counts are kept in the transactions that change them: SQLite has no
// stored row count, and counting a million articles or half a billion
// postings on every check would cost more than the check.
// Ids are BLOBs, compared byte for byte: ids that differ only by case or by
// bytes that are not UTF-8 are different articles. Texts are raw DEFLATE;
// pairs and article info use the engine's codecs, so every backend stores
// the same values.
//
// # Why SQLite
//
// The archive's contract is one writer and any number of readers in other
// processes (a `check` or `scan` while an `add` runs), crash safety at any
// moment, and a schema a second, server backend (PostgreSQL) can mirror.
// SQLite in WAL mode gives all three: readers see the last commit and never
// block the writer; a transaction is durable once committed (synchronous
// NORMAL: a process kill loses nothing committed; a power cut may lose the
// last transactions but never corrupts); and recovery is the WAL replay at
// the next open. Pebble, measured beside it (BENCHMARKS.md, "Store: why
// posting lists left SQLite for segments"), writes faster but locks its
// folder even for a read-only open, so a second process cannot read while
// an add runs.
//
// Crash safety is by transaction: an article, its term counts and the
// name of the segment holding its postings go in one transaction (the
// segment file is written and synced before the commit; one no commit
// names is an orphan, removed by the next writer); its pairs and the end
// of its pending state in another. A process killed between the two
// leaves a pending article, which the next add completes.
//
// Posting lists are not SQLite rows: a row costs 17–20 bytes and a random
// insert into a B-tree larger than the cache a page read, so an archive of
// 20,000 news-length articles took 9 minutes to add and 9 KB an article of
// postings. Sorted segments cost 4 bytes a posting and are written
// sequentially (BENCHMARKS.md, "archive").
package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"iter"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/internal/dfcache"
	"github.com/reprint/reprint/postings"
	sqlite3 "modernc.org/sqlite"
	sqlite3lib "modernc.org/sqlite/lib"
)

// DBFile and LockFile are the names of the archive's files in its folder.
const (
	DBFile   = "archive.db"
	LockFile = "add.lock"
)

// busyTimeout is how long a statement waits for another connection's
// write lock before failing: readers never wait in WAL mode, and a second
// writer is refused at the lock file before it gets here, so this covers
// only checkpoints.
const busyTimeout = 30 * time.Second

// pageSize is the database's page size, set when it is created. An
// article's row holds its compressed text, 2–3 KB for news: 4 KiB pages
// (SQLite's default) hold one such row and leave the rest of the page
// empty, a third of the table. Measured on a 20,000-article archive
// rebuilt by VACUUM: the articles table 70.2 MB at 4 KiB pages, 64.2 at
// 8 KiB, 57.7 at 16 KiB, 53.7 at 64 KiB. 16 KiB takes most of the gain
// while a random read (a candidate's row, a term's count) still reads
// one small page.
const pageSize = 16 << 10

// cacheKiB is each connection's page cache. Posting lookups touch random
// pages of a large table; SQLite's default 2 MiB cache sends almost every
// one to a read syscall. 64 MiB a connection keeps the upper levels of
// every B-tree resident at millions of articles.
const cacheKiB = 64 << 10

// mmapBytes is how much of the database SQLite maps for reading: none.
// Pages are read (pread) into each connection's cache instead. A mapped
// page once read counts in the process's resident memory until the
// kernel wants it back — and the kernel maps 64 KiB around each fault, in
// every connection's map of its own: with the whole file mapped, an add
// of 10,000 articles to 100,000 held 628 MB of mapped pages (database and
// posting segments) beside 346 MB of heap; with 256 MiB mapped, one
// connection's scan of the term counts brought 256 MB in at once. Reads
// of a check or an add are a few pages (a candidate's row, the counts a
// cache lacks), where the copy a read costs is small.
const mmapBytes = 0

// Options configure Open.
type Options struct {
	// ReadOnly opens for reading: check and scan. Update returns
	// engine.ErrReadOnly. Opening for writing a folder that cannot be
	// written fails at once with engine.ErrReadOnly, before an add reads
	// anything.
	ReadOnly bool
	// Create makes a new archive when the folder does not exist or is
	// empty; otherwise a missing archive is engine.ErrNoArchive.
	Create bool
	// MaxList gives the longest posting list kept for a key (default
	// engine.PostingCap); longer lists are capped.
	MaxList func(key uint64) int
	// MaxPages, when positive, caps the database at that many pages (of
	// 4 KiB): writes beyond fail as a full disk does (engine.ErrFull).
	// For tests of the full-disk path.
	MaxPages int
	// AnyKeys opens an archive whatever KeysVersion indexed it, for what
	// does not read or write keys (stats, export) and for
	// engine.Archive.UpgradeKeys; otherwise another version is
	// engine.ErrKeys.
	AnyKeys bool
}

// Store is an archive in an SQLite database. It implements engine.Store.
type Store struct {
	db         *sql.DB
	dir        string
	readOnly   bool
	anyKeys    bool // opened whatever its key version (Options.AnyKeys)
	lock       *os.File
	segs       segmentSet
	compacting bool
	maxList    postings.Cap
	dfc        dfcache.Cache // document frequencies between checks (dfcache.go)
	hasLog     bool          // the archive has a change log (changes.go)
}

// engineTx is the engine's transaction interface, as Update hands it out.
type engineTx = engine.Tx

var _ engine.Store = (*Store)(nil)

// Open opens the archive in folder dir.
//
// Errors: engine.ErrNotArchive when dir is a file, or a folder with other
// files and no archive, or a database that is not an archive;
// engine.ErrNoArchive when there is nothing at dir and Create is false;
// engine.ErrFormat when the archive's format or key version differs from
// the engine's; engine.ErrBusy when opened for writing while another
// process adds.
func Open(ctx context.Context, dir string, opts Options) (*Store, error) {
	fi, err := os.Stat(dir)
	switch {
	case err == nil && !fi.IsDir():
		return nil, fmt.Errorf("%s is a file, not an archive folder: %w", dir, engine.ErrNotArchive)
	case errors.Is(err, os.ErrNotExist):
		if !opts.Create {
			return nil, fmt.Errorf("%s: %w (run reprint add --archive %s PATHS to make one)", dir, engine.ErrNoArchive, dir)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("creating archive folder: %w", err)
		}
	case err != nil:
		return nil, fmt.Errorf("opening archive: %w", err)
	}
	dbPath := filepath.Join(dir, DBFile)
	exists := true
	if _, err := os.Stat(dbPath); errors.Is(err, os.ErrNotExist) {
		exists = false
		entries, err := os.ReadDir(dir)
		if err != nil {
			return nil, fmt.Errorf("opening archive: %w", err)
		}
		for _, e := range entries {
			if e.Name() != LockFile && !strings.HasPrefix(e.Name(), newDBFile) {
				return nil, fmt.Errorf("%s holds other files and no %s: %w", dir, DBFile, engine.ErrNotArchive)
			}
		}
		if !opts.Create {
			return nil, fmt.Errorf("%s is empty: %w (run reprint add --archive %s PATHS to make one)", dir, engine.ErrNoArchive, dir)
		}
	}
	s := &Store{dir: dir, readOnly: opts.ReadOnly, maxList: opts.MaxList, anyKeys: opts.AnyKeys}
	if s.maxList == nil {
		s.maxList = engine.PostingCap
	}
	if !s.readOnly && syscall.Access(dir, 2 /* W_OK */) != nil {
		return nil, fmt.Errorf("%s cannot be written (check and scan can read it): %w", dir, engine.ErrReadOnly)
	}
	if !s.readOnly {
		if err := s.takeLock(); err != nil {
			return nil, err
		}
	}
	if !exists {
		if err := s.create(ctx, dbPath); err != nil {
			s.Close()
			return nil, err
		}
	}
	if err := s.open(ctx, dbPath, opts); err != nil {
		s.Close()
		return nil, err
	}
	if err := s.checkFormat(ctx); err != nil {
		s.Close()
		return nil, err
	}
	if !s.readOnly {
		if err := s.removeOrphans(ctx); err != nil {
			s.Close()
			return nil, err
		}
	}
	if err := s.openLog(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// newDBFile is where a new archive's database is made before it is
// renamed into place, so that an archive.db always holds the schema: a
// process killed while creating leaves only this file, which the next
// create replaces.
const newDBFile = DBFile + ".new"

// takeLock takes the add lock: one writer per archive, across processes.
// The lock goes with the process, so a killed add leaves no stale lock.
func (s *Store) takeLock() error {
	f, err := os.OpenFile(filepath.Join(s.dir, LockFile), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("opening the archive's lock: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return fmt.Errorf("%s: another reprint add is running on this archive; wait for it to finish: %w", s.dir, engine.ErrBusy)
		}
		return fmt.Errorf("locking the archive: %w", err)
	}
	s.lock = f
	return nil
}

func (s *Store) open(ctx context.Context, dbPath string, opts Options) error {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout("+strconv.Itoa(int(busyTimeout/time.Millisecond))+")")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "cache_size(-"+strconv.Itoa(cacheKiB)+")")
	q.Add("_pragma", "mmap_size("+strconv.Itoa(mmapBytes)+")")
	q.Add("_txlock", "immediate")
	if s.readOnly {
		q.Set("mode", "ro")
		// A folder nobody may write holds no live WAL: read the database
		// as it is, without the shared-memory file it could not create.
		if syscall.Access(filepath.Dir(dbPath), 2) != nil {
			q.Set("immutable", "1")
		}
	} else {
		q.Add("_pragma", "journal_mode(WAL)")
	}
	if opts.MaxPages > 0 {
		q.Add("_pragma", "max_page_count("+strconv.Itoa(opts.MaxPages)+")")
	}
	db, err := sql.Open("sqlite", "file:"+dbPath+"?"+q.Encode())
	if err != nil {
		return fmt.Errorf("opening archive database: %w", err)
	}
	s.db = db
	if err := db.PingContext(ctx); err != nil {
		return fmt.Errorf("opening archive database: %w", s.wrap(err))
	}
	return nil
}

const schema = `
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles(
	seq INTEGER PRIMARY KEY AUTOINCREMENT,
	id BLOB NOT NULL UNIQUE,
	hash BLOB NOT NULL,
	pending INTEGER NOT NULL,
	words INTEGER NOT NULL,
	bytes INTEGER NOT NULL,
	info BLOB NOT NULL,
	text BLOB NOT NULL
);
CREATE INDEX articles_pending ON articles(pending) WHERE pending;
CREATE TABLE segments(name TEXT PRIMARY KEY, entries INTEGER NOT NULL, bytes INTEGER NOT NULL, tier INTEGER NOT NULL);
CREATE INDEX segments_tier ON segments(tier);
CREATE TABLE removed(seq INTEGER PRIMARY KEY);
CREATE TABLE terms(term INTEGER PRIMARY KEY, df INTEGER NOT NULL);
CREATE TABLE pairs(a INTEGER NOT NULL, b INTEGER NOT NULL, relation INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY(a, b)) WITHOUT ROWID;
CREATE INDEX pairs_b ON pairs(b);
CREATE TABLE counts(name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO counts(name, n) VALUES ('articles', 0), ('pending', 0), ('words', 0), ('bytes', 0), ('postings', 0), ('pairs', 0), ('terms', 0), ('segments_made', 0), ('generation', 0);
` + changesTable + `;
`

func (s *Store) create(ctx context.Context, dbPath string) error {
	tmp := filepath.Join(s.dir, newDBFile)
	for _, suffix := range []string{"", "-journal", "-wal", "-shm"} {
		if err := os.Remove(tmp + suffix); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("creating archive: %w", err)
		}
	}
	db, err := sql.Open("sqlite", "file:"+tmp+"?_pragma=page_size("+strconv.Itoa(pageSize)+")")
	if err != nil {
		return fmt.Errorf("creating archive: %w", err)
	}
	defer db.Close()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("creating archive: %w", s.wrap(err))
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, schema); err != nil {
		return fmt.Errorf("creating archive: %w", s.wrap(err))
	}
	for _, kv := range [][2]string{{"format", engine.Format}, {"keys", engine.KeysVersion}, {"created", time.Now().UTC().Format(time.RFC3339)}} {
		if _, err := tx.ExecContext(ctx, `INSERT INTO meta(key, value) VALUES(?, ?)`, kv[0], kv[1]); err != nil {
			return fmt.Errorf("creating archive: %w", s.wrap(err))
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("creating archive: %w", s.wrap(err))
	}
	if err := db.Close(); err != nil {
		return fmt.Errorf("creating archive: %w", s.wrap(err))
	}
	if err := syncFile(tmp); err != nil {
		return fmt.Errorf("creating archive: %w", err)
	}
	if err := os.Rename(tmp, dbPath); err != nil {
		return fmt.Errorf("creating archive: %w", err)
	}
	return syncFile(s.dir)
}

// syncFile flushes a file or folder to disk.
func syncFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

func (s *Store) checkFormat(ctx context.Context) error {
	get := func(key string) (string, error) {
		var v string
		err := s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, key).Scan(&v)
		return v, err
	}
	format, err := get("format")
	if err != nil {
		return fmt.Errorf("%s: %w (%v)", filepath.Join(s.dir, DBFile), engine.ErrNotArchive, s.wrap(err))
	}
	if format != engine.Format {
		return fmt.Errorf("%s is an archive of format %q; this reprint reads %q: %w", s.dir, format, engine.Format, engine.ErrFormat)
	}
	keys, err := get("keys")
	if err != nil {
		return fmt.Errorf("%s: %w (%v)", filepath.Join(s.dir, DBFile), engine.ErrNotArchive, s.wrap(err))
	}
	if keys != engine.KeysVersion && !s.anyKeys {
		return fmt.Errorf("%s was indexed with keys %q; this reprint computes %q: %w", s.dir, keys, engine.KeysVersion, engine.ErrKeys)
	}
	return nil
}

// wrap maps SQLite's error codes to the engine's errors.
func (s *Store) wrap(err error) error {
	var se *sqlite3.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3lib.SQLITE_FULL:
			return fmt.Errorf("%w: %v", engine.ErrFull, err)
		case sqlite3lib.SQLITE_READONLY:
			return fmt.Errorf("%w: %v", engine.ErrReadOnly, err)
		case sqlite3lib.SQLITE_NOTADB:
			return fmt.Errorf("%w: %v", engine.ErrNotArchive, err)
		}
	}
	if errors.Is(err, syscall.ENOSPC) {
		return fmt.Errorf("%w: %v", engine.ErrFull, err)
	}
	return err
}

// Close closes the database and releases the add lock.
func (s *Store) Close() error {
	s.closeSegments()
	var err error
	if s.db != nil {
		err = s.db.Close()
	}
	if s.lock != nil {
		s.lock.Close()
	}
	return err
}

// Stats implements engine.Store.
func (s *Store) Stats(ctx context.Context) (engine.StoreStats, error) {
	var st engine.StoreStats
	rows, err := s.db.QueryContext(ctx, `SELECT name, n FROM counts`)
	if err != nil {
		return st, fmt.Errorf("archive stats: %w", s.wrap(err))
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		var n int64
		if err := rows.Scan(&name, &n); err != nil {
			return st, fmt.Errorf("archive stats: %w", s.wrap(err))
		}
		st.SetCount(name, n)
	}
	if err := rows.Err(); err != nil {
		return st, fmt.Errorf("archive stats: %w", s.wrap(err))
	}
	st.Files = map[string]int64{}
	for _, name := range []string{DBFile, DBFile + "-wal", DBFile + "-shm"} {
		if fi, err := os.Stat(filepath.Join(s.dir, name)); err == nil {
			st.Files[name] = fi.Size()
		}
	}
	st.Files[SegmentDir+"/"] = s.segmentBytes()
	return st, nil
}

// CountPostings implements engine.Store.
func (s *Store) CountPostings(ctx context.Context) (int64, error) {
	return s.countPostings(ctx)
}

const recordColumns = `seq, id, hash, pending, words, bytes, info`

type scanner interface{ Scan(dest ...any) error }

func scanRecord(row scanner, withText bool) (*engine.Record, error) {
	var (
		r       engine.Record
		id      []byte
		hash    []byte
		pending int
		info    []byte
		text    []byte
	)
	dest := []any{&r.Seq, &id, &hash, &pending, &r.Words, &r.Bytes, &info}
	if withText {
		dest = append(dest, &text)
	}
	if err := row.Scan(dest...); err != nil {
		return nil, err
	}
	r.ID = string(id)
	copy(r.Hash[:], hash)
	r.Pending = pending != 0
	if err := engine.DecodeInfo(info, &r); err != nil {
		return nil, err
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
	row := s.db.QueryRowContext(ctx, `SELECT `+recordColumns+`, text FROM articles WHERE id = ?`, []byte(id))
	r, err := scanRecord(row, true)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %q: %w", id, engine.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("reading article %q: %w", id, s.wrap(err))
	}
	return r, nil
}

// Get implements engine.Store.
func (s *Store) Get(ctx context.Context, seqs []int64) ([]*engine.Record, error) {
	out := make([]*engine.Record, len(seqs))
	stmt, err := s.db.PrepareContext(ctx, `SELECT `+recordColumns+`, text FROM articles WHERE seq = ?`)
	if err != nil {
		return nil, fmt.Errorf("reading articles: %w", s.wrap(err))
	}
	defer stmt.Close()
	for i, seq := range seqs {
		r, err := scanRecord(stmt.QueryRowContext(ctx, seq), true)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("article #%d: %w", seq, engine.ErrNotFound)
		}
		if err != nil {
			return nil, fmt.Errorf("reading article #%d: %w", seq, s.wrap(err))
		}
		out[i] = r
	}
	return out, nil
}

// Articles implements engine.Store.
func (s *Store) Articles(ctx context.Context, withText bool) iter.Seq2[*engine.Record, error] {
	return func(yield func(*engine.Record, error) bool) {
		cols := recordColumns
		if withText {
			cols += ", text"
		}
		rows, err := s.db.QueryContext(ctx, `SELECT `+cols+` FROM articles ORDER BY seq`)
		if err != nil {
			yield(nil, fmt.Errorf("reading articles: %w", s.wrap(err)))
			return
		}
		defer rows.Close()
		for rows.Next() {
			r, err := scanRecord(rows, withText)
			if err != nil {
				yield(nil, fmt.Errorf("reading articles: %w", s.wrap(err)))
				return
			}
			if !yield(r, nil) {
				return
			}
		}
		if err := rows.Err(); err != nil {
			yield(nil, fmt.Errorf("reading articles: %w", s.wrap(err)))
		}
	}
}

// pendingQuery lists the pending articles through their partial index.
// Left to itself, SQLite's planner reads the whole articles table in Seq
// order (to spare sorting) rather than the index, which holds only the
// pending few: at 100,000 articles that was 124 ms of reading pages for
// every add of reprint serve (a load test's profile), ten times that at a
// million. TestPendingUsesIndex holds the plan.
const pendingQuery = `SELECT seq FROM articles INDEXED BY articles_pending WHERE pending ORDER BY seq`

// Pending implements engine.Store.
func (s *Store) Pending(ctx context.Context) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx, pendingQuery)
	if err != nil {
		return nil, fmt.Errorf("reading pending articles: %w", s.wrap(err))
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var seq int64
		if err := rows.Scan(&seq); err != nil {
			return nil, fmt.Errorf("reading pending articles: %w", s.wrap(err))
		}
		out = append(out, seq)
	}
	return out, rows.Err()
}

// Postings implements engine.Store.
func (s *Store) Postings(ctx context.Context, keys []uint64, limit int, fn func(key uint64, seqs []int64, capped bool)) error {
	segs, removed, release, err := s.current(ctx)
	if err != nil {
		return err
	}
	defer release()
	var docs []uint32
	seqs := make([]int64, 0, 16)
	for _, k := range keys {
		docs = docs[:0]
		capped := false
		for _, seg := range segs {
			var c bool
			if docs, c, err = seg.Lookup(k, docs); err != nil {
				return fmt.Errorf("reading postings: %w", err)
			}
			capped = capped || c
		}
		if capped || len(docs) > s.maxList(k) {
			fn(k, nil, true)
			continue
		}
		if len(docs) == 0 {
			continue
		}
		if len(segs) > 1 {
			slices.Sort(docs)
		}
		seqs = seqs[:0]
		for _, d := range docs {
			if !removed[d] {
				seqs = append(seqs, int64(d))
				if len(seqs) > limit {
					break
				}
			}
		}
		if len(seqs) > 0 {
			fn(k, seqs, false)
		}
	}
	return nil
}

func (s *Store) docs(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT n FROM counts WHERE name = 'articles'`).Scan(&n); err != nil {
		return 0, fmt.Errorf("counting articles: %w", s.wrap(err))
	}
	return n, nil
}

// AllDF implements engine.Store.
func (s *Store) AllDF(ctx context.Context) (map[uint64]uint32, int, error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, 0, fmt.Errorf("reading document frequencies: %w", s.wrap(err))
	}
	defer conn.Close()
	// One read transaction, so that the counts and the documents agree.
	tx, err := conn.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, 0, fmt.Errorf("reading document frequencies: %w", s.wrap(err))
	}
	defer tx.Rollback()
	var docs, n int
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT n FROM counts WHERE name = 'articles'), (SELECT n FROM counts WHERE name = 'terms')`).Scan(&docs, &n); err != nil {
		return nil, 0, fmt.Errorf("reading document frequencies: %w", s.wrap(err))
	}
	out := make(map[uint64]uint32, n)
	rows, err := tx.QueryContext(ctx, `SELECT term, df FROM terms`)
	if err != nil {
		return nil, 0, fmt.Errorf("reading document frequencies: %w", s.wrap(err))
	}
	defer rows.Close()
	for rows.Next() {
		var t int64
		var df uint32
		if err := rows.Scan(&t, &df); err != nil {
			return nil, 0, fmt.Errorf("reading document frequencies: %w", s.wrap(err))
		}
		out[uint64(t)] = df
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("reading document frequencies: %w", s.wrap(err))
	}
	return out, docs, nil
}

func scanPair(row scanner) (engine.PairRecord, error) {
	var p engine.PairRecord
	var rel int
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
	seen := map[[2]int64]bool{}
	var out []engine.PairRecord
	for _, q := range []string{`SELECT a, b, relation, data FROM pairs WHERE a = ?`, `SELECT a, b, relation, data FROM pairs WHERE b = ?`} {
		stmt, err := s.db.PrepareContext(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("reading pairs: %w", s.wrap(err))
		}
		for _, seq := range seqs {
			rows, err := stmt.QueryContext(ctx, seq)
			if err != nil {
				stmt.Close()
				return nil, fmt.Errorf("reading pairs: %w", s.wrap(err))
			}
			for rows.Next() {
				p, err := scanPair(rows)
				if err != nil {
					rows.Close()
					stmt.Close()
					return nil, fmt.Errorf("reading pairs: %w", s.wrap(err))
				}
				if k := [2]int64{p.A, p.B}; !seen[k] {
					seen[k] = true
					out = append(out, p)
				}
			}
			rows.Close()
		}
		stmt.Close()
	}
	slices.SortFunc(out, func(x, y engine.PairRecord) int {
		if x.A != y.A {
			return int(x.A - y.A)
		}
		return int(x.B - y.B)
	})
	return out, nil
}

// Pairs implements engine.Store.
func (s *Store) Pairs(ctx context.Context) iter.Seq2[engine.PairRecord, error] {
	return func(yield func(engine.PairRecord, error) bool) {
		rows, err := s.db.QueryContext(ctx, `SELECT a, b, relation, data FROM pairs ORDER BY a, b`)
		if err != nil {
			yield(engine.PairRecord{}, fmt.Errorf("reading pairs: %w", s.wrap(err)))
			return
		}
		defer rows.Close()
		for rows.Next() {
			p, err := scanPair(rows)
			if err != nil {
				yield(p, fmt.Errorf("reading pairs: %w", s.wrap(err)))
				return
			}
			if !yield(p, nil) {
				return
			}
		}
		if err := rows.Err(); err != nil {
			yield(engine.PairRecord{}, fmt.Errorf("reading pairs: %w", s.wrap(err)))
		}
	}
}

// Update implements engine.Store.
func (s *Store) Update(ctx context.Context, fn func(engine.Tx) error) error {
	// Compaction commits its own transactions from inside Update; the
	// store has one writer, whose calls do not overlap.
	if s.readOnly {
		return fmt.Errorf("%s: %w (its folder cannot be written, or it was opened for reading)", s.dir, engine.ErrReadOnly)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("starting a write: %w", s.wrap(err))
	}
	t := &txn{s: s, tx: tx, ctx: ctx}
	defer t.close()
	fail := func(err error) error {
		tx.Rollback()
		for _, p := range t.written {
			os.Remove(p)
		}
		return err
	}
	if err := fn(t); err != nil {
		return fail(err)
	}
	if err := t.flush(); err != nil {
		return fail(err)
	}
	s.dfc.Landing(t.genAfter-t.bumps, t.genAfter)
	if err := tx.Commit(); err != nil {
		s.dfc.Landed()
		return fail(fmt.Errorf("committing: %w", s.wrap(err)))
	}
	s.dfc.Advance(t.genAfter-t.bumps, t.genAfter, t.dfDelta)
	if len(t.written) > 0 && !s.compacting {
		s.compacting = true
		defer func() { s.compacting = false }()
		t.close()
		if err := s.compact(ctx); err != nil {
			return err
		}
	}
	return nil
}

// txn is a write transaction with its prepared statements. Postings and
// term counts are gathered and written at commit, sorted and many rows a
// statement: random keys inserted in key order touch each B-tree page
// once a batch instead of once a key, and the driver's cost per
// statement is shared by a few hundred rows.
type txn struct {
	s     *Store
	tx    *sql.Tx
	ctx   context.Context
	stmts map[string]*sql.Stmt

	postings []postings.Entry // to write as this transaction's segment
	written  []string         // segment files written, removed if the commit fails
	terms    map[int64]int64
	counts   map[string]int64 // changes to the counts table
	changed  map[int64]bool   // articles touched, for the change log: removed

	// What the transaction changed, for the cache of document
	// frequencies (dfcache.go): the counts, how many times it moved the
	// generation on and the generation it left.
	dfDelta  map[int64]int64
	bumps    int64
	genAfter int64
}

func (t *txn) count(name string, delta int64) {
	if t.counts == nil {
		t.counts = map[string]int64{}
	}
	t.counts[name] += delta
}

// rowsPerInsert is how many rows one INSERT statement writes: 2 parameters
// a row, well under SQLite's bound of 32,766.
const rowsPerInsert = 500

// flush writes the gathered postings and term counts.
func (t *txn) flush() error {
	if err := t.writeSegment(t.postings); err != nil {
		return fmt.Errorf("archiving postings: %w", err)
	}
	t.postings = t.postings[:0]
	rows := make([][2]int64, 0, len(t.terms))
	for term, n := range t.terms {
		if n > 0 { // 0: put and removed in this transaction
			rows = append(rows, [2]int64{term, n})
			t.changedDF(term, n)
		}
	}
	slices.SortFunc(rows, func(x, y [2]int64) int { return cmp.Compare(x[0], y[0]) })
	known, err := t.known(rows)
	if err != nil {
		return fmt.Errorf("archiving term counts: %w", err)
	}
	t.count("terms", int64(len(rows)-known))
	if err := t.insertRows(`INSERT INTO terms(term, df) VALUES `, ` ON CONFLICT(term) DO UPDATE SET df = df + excluded.df`, rows); err != nil {
		return fmt.Errorf("archiving term counts: %w", err)
	}
	clear(t.terms)
	if err := t.flushChanges(); err != nil {
		return err
	}
	if t.bumps == 0 && (len(t.dfDelta) > 0 || t.counts["articles"] != 0) {
		// Readers cache document frequencies by generation.
		if err := t.bumpGeneration(); err != nil {
			return fmt.Errorf("archiving counts: %w", err)
		}
	}
	names := make([]string, 0, len(t.counts))
	for name := range t.counts {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if _, err := t.exec(`UPDATE counts SET n = n + ? WHERE name = ?`, t.counts[name], name); err != nil {
			return fmt.Errorf("archiving counts: %w", err)
		}
	}
	clear(t.counts)
	if err := t.tx.QueryRowContext(t.ctx, `SELECT n FROM counts WHERE name = 'generation'`).Scan(&t.genAfter); err != nil {
		return fmt.Errorf("archiving counts: %w", t.s.wrap(err))
	}
	return nil
}

// changedDF notes a change of term's document frequency.
func (t *txn) changedDF(term, delta int64) {
	if t.dfDelta == nil {
		t.dfDelta = map[int64]int64{}
	}
	t.dfDelta[term] += delta
}

// known returns how many of the terms of rows are counted already.
func (t *txn) known(rows [][2]int64) (int, error) {
	n := 0
	args := make([]any, 0, rowsPerInsert)
	for i := 0; i < len(rows); i += rowsPerInsert {
		part := rows[i:min(i+rowsPerInsert, len(rows))]
		args = args[:0]
		for _, r := range part {
			args = append(args, r[0])
		}
		var k int
		err := t.tx.QueryRowContext(t.ctx, `SELECT count(*) FROM terms WHERE term IN (?`+strings.Repeat(",?", len(part)-1)+`)`, args...).Scan(&k)
		if err != nil {
			return 0, t.s.wrap(err)
		}
		n += k
	}
	return n, nil
}

// insertRows runs head + "(?, ?), …" + tail over rows, rowsPerInsert at a
// time.
func (t *txn) insertRows(head, tail string, rows [][2]int64) error {
	args := make([]any, 0, 2*rowsPerInsert)
	for i := 0; i < len(rows); i += rowsPerInsert {
		part := rows[i:min(i+rowsPerInsert, len(rows))]
		args = args[:0]
		for _, r := range part {
			args = append(args, r[0], r[1])
		}
		q := head + "(?, ?)" + strings.Repeat(", (?, ?)", len(part)-1)
		if _, err := t.exec(q+tail, args...); err != nil {
			return err
		}
	}
	return nil
}

func (t *txn) stmt(q string) (*sql.Stmt, error) {
	if st, ok := t.stmts[q]; ok {
		return st, nil
	}
	st, err := t.tx.PrepareContext(t.ctx, q)
	if err != nil {
		return nil, t.s.wrap(err)
	}
	if t.stmts == nil {
		t.stmts = map[string]*sql.Stmt{}
	}
	t.stmts[q] = st
	return st, nil
}

func (t *txn) close() {
	for _, st := range t.stmts {
		st.Close()
	}
}

func (t *txn) exec(q string, args ...any) (sql.Result, error) {
	st, err := t.stmt(q)
	if err != nil {
		return nil, err
	}
	res, err := st.ExecContext(t.ctx, args...)
	if err != nil {
		return nil, t.s.wrap(err)
	}
	return res, nil
}

// Put implements engine.Tx.
func (t *txn) Put(rec *engine.Record, keys, terms []uint64) (int64, error) {
	info, err := engine.EncodeInfo(rec)
	if err != nil {
		return 0, err
	}
	text := rec.Compressed
	if text == nil {
		if text, err = engine.CompressText(rec.Text); err != nil {
			return 0, err
		}
	}
	res, err := t.exec(`INSERT INTO articles(id, hash, pending, words, bytes, info, text) VALUES(?, ?, 1, ?, ?, ?, ?)`,
		[]byte(rec.ID), rec.Hash[:], rec.Words, len(rec.Text), info, text)
	if err != nil {
		return 0, fmt.Errorf("archiving %q: %w", rec.ID, err)
	}
	seq, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("archiving %q: %w", rec.ID, err)
	}
	if seq <= 0 || seq >= int64(postings.CappedDoc) {
		return 0, fmt.Errorf("archiving %q: article number %d out of range", rec.ID, seq)
	}
	for _, k := range keys {
		t.postings = append(t.postings, postings.Entry{Key: k, Doc: uint32(seq)})
	}
	t.logChange(seq, false)
	t.count("articles", 1)
	t.count("pending", 1)
	t.count("words", int64(rec.Words))
	t.count("bytes", int64(len(rec.Text)))
	t.count("postings", int64(len(keys)))
	if t.terms == nil {
		t.terms = map[int64]int64{}
	}
	for _, term := range terms {
		t.terms[int64(term)]++
	}
	return seq, nil
}

// Remove implements engine.Tx.
func (t *txn) Remove(seq int64, keys, terms []uint64) error {
	var pending, words, bytes int64
	err := t.tx.QueryRowContext(t.ctx, `SELECT pending, words, bytes FROM articles WHERE seq = ?`, seq).Scan(&pending, &words, &bytes)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("removing article #%d: %w", seq, engine.ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("removing article #%d: %w", seq, t.s.wrap(err))
	}
	if _, err := t.exec(`DELETE FROM articles WHERE seq = ?`, seq); err != nil {
		return fmt.Errorf("removing article #%d: %w", seq, err)
	}
	t.logChange(seq, true)
	t.count("articles", -1)
	t.count("pending", -pending)
	t.count("words", -words)
	t.count("bytes", -bytes)
	// Its postings stay in their segments until a merge drops them;
	// lookups skip them meanwhile.
	if _, err := t.exec(`INSERT OR IGNORE INTO removed(seq) VALUES(?)`, seq); err != nil {
		return fmt.Errorf("removing article #%d: %w", seq, err)
	}
	t.count("postings", -int64(len(keys)))
	if err := t.bumpGeneration(); err != nil {
		return fmt.Errorf("removing article #%d: %w", seq, err)
	}
	for _, term := range terms {
		if t.terms[int64(term)] > 0 {
			// Counted by a Put of this transaction, not written yet.
			t.terms[int64(term)]--
			continue
		}
		if _, err := t.exec(`UPDATE terms SET df = df - 1 WHERE term = ?`, int64(term)); err != nil {
			return fmt.Errorf("removing article #%d: terms: %w", seq, err)
		}
		t.changedDF(int64(term), -1)
		res, err := t.exec(`DELETE FROM terms WHERE term = ? AND df <= 0`, int64(term))
		if err != nil {
			return fmt.Errorf("removing article #%d: terms: %w", seq, err)
		}
		n, _ := res.RowsAffected()
		t.count("terms", -n)
	}
	res, err := t.exec(`DELETE FROM pairs WHERE a = ? OR b = ?`, seq, seq)
	if err != nil {
		return fmt.Errorf("removing article #%d: pairs: %w", seq, err)
	}
	n, _ := res.RowsAffected()
	t.count("pairs", -n)
	return nil
}

// PutPair implements engine.Tx.
func (t *txn) PutPair(p engine.PairRecord) error {
	data, err := engine.EncodePair(&p.Pair)
	if err != nil {
		return err
	}
	var exists int
	err = t.tx.QueryRowContext(t.ctx, `SELECT count(*) FROM pairs WHERE a = ? AND b = ?`, p.A, p.B).Scan(&exists)
	if err != nil {
		return fmt.Errorf("storing pair %d-%d: %w", p.A, p.B, t.s.wrap(err))
	}
	if _, err := t.exec(`INSERT OR REPLACE INTO pairs(a, b, relation, data) VALUES(?, ?, ?, ?)`, p.A, p.B, int(p.Pair.Relation), data); err != nil {
		return fmt.Errorf("storing pair %d-%d: %w", p.A, p.B, err)
	}
	t.count("pairs", int64(1-exists))
	t.logChange(p.A, false)
	t.logChange(p.B, false)
	return nil
}

// Done implements engine.Tx.
func (t *txn) Done(seq int64) error {
	res, err := t.exec(`UPDATE articles SET pending = 0 WHERE seq = ? AND pending`, seq)
	if err != nil {
		return fmt.Errorf("article #%d: %w", seq, err)
	}
	n, _ := res.RowsAffected()
	t.count("pending", -n)
	t.logChange(seq, false)
	return nil
}
