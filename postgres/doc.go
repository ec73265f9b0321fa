// Package postgres keeps a reprint archive in a PostgreSQL database,
// through github.com/jackc/pgx/v5: the server store, for teams that share
// one archive. It implements engine.Store with the same values as the
// embedded store (package sqlite): texts as raw DEFLATE, article info and
// pairs in the engine's codecs (engine/codec.go).
//
// # Where an archive lives
//
// An archive is the set of tables below in one schema of one database:
// the first schema of the connection's search_path (public unless the URL
// says otherwise, e.g. postgres://host/db?search_path=news), so one
// database can hold several archives side by side. The database must
// exist (createdb); Open with Create makes the tables in it when the
// schema holds none.
//
// # Schema
//
//	meta(key text PK, value text)         format, keys (engine.KeysVersion), created
//	articles(seq int8 identity PK, id bytea UNIQUE, hash bytea, pending bool,
//	         words int4, bytes int4, info bytea, text bytea)
//	                                      partial index on seq WHERE pending;
//	                                      text STORAGE EXTERNAL (it is DEFLATE
//	                                      already: no second compression)
//	lists(key int8 PK, seqs int4[])       one posting list per key, ascending;
//	                                      seqs NULL: capped, for good
//	terms(term int8 PK, df int4)          document frequencies for the IDF
//	pairs(a int8, b int8, relation int2, data bytea, PK (a, b)); index on b
//	counts(name text PK, n int8)          articles, pending, words, bytes,
//	                                      postings, pairs, terms
//
// Keys and terms are uint64 stored as int8 bit for bit (a key with the top
// bit set is negative in the table; nothing depends on their order). Ids
// are bytea, compared byte for byte: ids that differ only by case or by
// bytes that are not UTF-8 are different articles. Article numbers (seq)
// come from an identity column: never reused, with gaps where a
// transaction rolled back. Lists hold them as int4, so an archive takes at
// most 2³¹−1 articles over its life (Put refuses more).
//
// The counts are kept in the transactions that change them, as in the
// embedded store: count(*) in PostgreSQL reads the whole table, and Stats
// must be cheap at any size.
//
// # Posting lists: one array row per key
//
// Two layouts were measured on this package's test cluster (PostgreSQL 15,
// fsync off, 2 cores): 4,000 articles of 500 keys each (60% unique to the
// article, 40% drawn skewed from a shared pool), written 256 articles a
// transaction with caps of 200, then 300 lookups of one article's 500
// keys:
//
//	layout                         add            size           lookup of 500 keys
//	rows (key, seq), PK (key, seq) 141 articles/s 85 B a posting 30.0 ms
//	lists (key PK, seqs int4[])    201 articles/s 71 B a posting  6.1 ms
//
// Lists win on every count. A lookup is one index probe and one row a key
// instead of a range scan of up to cap+1 rows; capping is decided in the
// same statement that appends (the list's length is at hand), where the
// row layout needs a grouped count over every touched key; and the arrays
// share one tuple header a key. Appending rewrites the key's row (MVCC),
// so a list costs O(cap²) bytes written over its life; caps bound that
// (1000 × 4 bytes at most), and most keys hold one or two articles.
//
// Through the engine (storetest.Bench: 3,000 synthetic 600-word articles,
// 2.7 million postings, the same machine, the test cluster with
// shared_buffers 128 MB):
//
//	store     add              size            check p50 / p99
//	sqlite    215 articles/s    8 KB an article  5.1 / 23 ms
//	postgres   55 articles/s   64 KB an article 15.5 / 51 ms
//
// The server store is slower to add to: most keys are new, and each new
// key is a heap row and a B-tree entry (about 70 bytes) where sqlite's
// segments spend 4 bytes a posting, written sequentially.
//
// A transaction gathers its articles' postings and term counts and writes
// them at commit, one statement each for all of them (arrays passed as
// parameters, grouped and merged in SQL): a batch of 256 articles is a few
// statements, not 100,000.
//
// # Writers and readers
//
// One writer per archive, across processes and machines: a writing Open
// takes a session advisory lock on the archive's schema and holds it on
// a connection of its own, on which every Update runs; a second writer is
// refused with engine.ErrBusy. The lock goes with the session, so a killed
// writer leaves none behind. Readers take no lock: PostgreSQL's MVCC gives
// each read statement a snapshot, so a check reads the last commit while
// an add writes. Reads of more than one statement (AllDF) run in one
// REPEATABLE READ transaction. A read-only Open sets
// default_transaction_read_only, so it cannot write by mistake.
//
// DF keeps the document frequencies it read between calls (package
// internal/dfcache, as the embedded store does), valid for one generation
// of the archive: the change log's last position, which every write that
// changes a count moves on, read in the same statement as the counts the
// cache lacks. The store's own commits carry the cache forward; another
// process's commits, seen as a new generation, start it again.
package postgres
