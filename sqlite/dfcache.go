package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"sync"
)

// Document frequencies between checks
//
// A check weighs its article's terms and its candidates' by their
// document frequencies: a few thousand B-tree lookups, a quarter of a
// check's time against 100,000 archived articles (BenchmarkCheck's
// profile), mostly for words every check asks about again. dfCache keeps
// the counts read, valid for one generation of the archive, and DF reads
// the generation and the counts it lacks in one read transaction, so
// that what it returns is the archive as of one commit, as without the
// cache. Every commit that changes a count or the number of articles
// moves the generation on (flush makes sure of it): a reader seeing a new
// generation starts the cache again. The store's own commits carry the
// cache forward instead: a write transaction knows the generation it
// started from and every count it changed, and a reprint serve that adds
// while it checks keeps its cache.
//
// Between the commit and the carrying forward there is a moment when the
// database is at the new generation and the cache at the old one. A read
// that came then used to start the cache again, and the carrying forward,
// finding it moved, emptied it once more: with 32 clients checking while
// another added three articles a second, most checks read their counts
// from the database (2.4 ms a check against 0.7 ms without adds; a
// quarter of a check's CPU). So the writer says which generation it is
// landing (landing); a read that sees exactly that one reads from the
// database without touching the cache, which the writer then carries.

// maxDFCache bounds the cached counts. 16 bytes of key and value and the
// map's overhead make about 40 bytes an entry: 1M entries is ~40 MB, all
// the terms of a 300,000-article news archive (100,000 generated
// articles hold 310,121 terms).
const maxDFCache = 1 << 20

// dfCache is the counts read at generation gen. An entry of 0 is a term
// the archive does not hold.
type dfCache struct {
	mu   sync.Mutex
	gen  int64 // -1: nothing cached
	next int64 // the generation this store's commit in flight reaches; 0: none
	df   map[uint64]uint32
}

// landing notes that this store's commit from generation before to after
// is about to land, when the cache is at before (so advance will carry
// it); advance or a failed commit (landed) ends it.
func (c *dfCache) landing(before, after int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.df != nil && c.gen == before && after > before {
		c.next = after
	}
}

// landed ends a landing whose commit failed: the database stayed at the
// cache's generation.
func (c *dfCache) landed() {
	c.mu.Lock()
	c.next = 0
	c.mu.Unlock()
}

// reset empties the cache for generation gen; the caller holds mu.
func (c *dfCache) reset(gen int64) {
	if c.df == nil || len(c.df) > 0 {
		c.df = make(map[uint64]uint32)
	}
	c.gen = gen
}

// advance carries the cache across a commit of this store from generation
// before to after, which changed the counts by delta; any other history
// empties it.
func (c *dfCache) advance(before, after int64, delta map[int64]int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.next = 0
	if c.df == nil || c.gen != before {
		c.reset(-1)
		return
	}
	for t, d := range delta {
		if n, ok := c.df[uint64(t)]; ok {
			c.df[uint64(t)] = uint32(max(int64(n)+d, 0))
		}
	}
	c.gen = after
}

// DF implements engine.Store.
func (s *Store) DF(ctx context.Context, terms []uint64) (map[uint64]uint32, int, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, 0, fmt.Errorf("reading document frequencies: %w", s.wrap(err))
	}
	defer tx.Rollback()
	var gen int64
	var docs int
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT n FROM counts WHERE name = 'generation'), (SELECT n FROM counts WHERE name = 'articles')`).Scan(&gen, &docs); err != nil {
		return nil, 0, fmt.Errorf("reading document frequencies: %w", s.wrap(err))
	}
	out := make(map[uint64]uint32, len(terms))
	c := &s.dfc
	var miss []uint64
	c.mu.Lock()
	if c.df == nil || c.gen < gen && gen != c.next {
		c.reset(gen)
	}
	if c.gen == gen {
		for _, t := range terms {
			if n, ok := c.df[t]; !ok {
				miss = append(miss, t)
			} else if n > 0 {
				out[t] = n
			}
		}
	} else {
		// The cache is of a later commit than this read's, or of the
		// one before it while this store's commit lands.
		miss = terms
	}
	c.mu.Unlock()

	const chunk = 500 // under SQLite's 32,766 bound on parameters, and fast to plan
	args := make([]any, 0, chunk)
	for i := 0; i < len(miss); i += chunk {
		part := miss[i:min(i+chunk, len(miss))]
		args = args[:0]
		for _, t := range part {
			args = append(args, int64(t))
		}
		rows, err := tx.QueryContext(ctx, `SELECT term, df FROM terms WHERE term IN (?`+strings.Repeat(",?", len(part)-1)+`)`, args...)
		if err != nil {
			return nil, 0, fmt.Errorf("reading document frequencies: %w", s.wrap(err))
		}
		for rows.Next() {
			var t int64
			var df uint32
			if err := rows.Scan(&t, &df); err != nil {
				rows.Close()
				return nil, 0, fmt.Errorf("reading document frequencies: %w", s.wrap(err))
			}
			out[uint64(t)] = df
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, 0, fmt.Errorf("reading document frequencies: %w", s.wrap(err))
		}
	}
	if len(miss) > 0 {
		c.mu.Lock()
		if c.gen == gen {
			if len(c.df)+len(miss) > maxDFCache {
				c.reset(gen)
			}
			for _, t := range miss {
				c.df[t] = out[t]
			}
		}
		c.mu.Unlock()
	}
	return out, docs, nil
}
