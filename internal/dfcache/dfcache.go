// Package dfcache keeps the document frequencies a store has read between
// checks, for the stores that implement engine.Store (sqlite, postgres).
//
// A check weighs its article's terms and its candidates' by their
// document frequencies: a few thousand B-tree lookups, a quarter of a
// check's time against 100,000 archived articles (BenchmarkCheck's
// profile), mostly for words every check asks about again. A Cache keeps
// the counts read, valid for one generation of the archive: a number
// that every commit changing a count or the number of articles moves on
// (sqlite keeps one in its counts table; postgres reads the last position
// of its change log). The store reads the generation and the counts the
// cache lacks as of one commit, so that what its DF returns is the
// archive as of one commit, as without the cache. A read seeing a newer
// generation — another process's commit, or this store's by a way the
// cache was not told — starts the cache again. The store's own commits
// carry the cache forward instead (Advance): a write transaction knows
// the generation it started from and every count it changed, and a
// reprint serve that adds while it checks keeps its cache.
//
// Between the commit and the carrying forward there is a moment when the
// database is at the new generation and the cache at the old one. A read
// that came then used to start the cache again, and the carrying forward,
// finding it moved, emptied it once more: with 32 clients checking while
// another added three articles a second, most checks read their counts
// from the database (2.4 ms a check against 0.7 ms without adds; a
// quarter of a check's CPU). So the writer says which generation it is
// landing (Landing); a read that sees exactly that one reads from the
// database without touching the cache, which the writer then carries.
package dfcache

import "sync"

// MaxEntries bounds the cached counts. 16 bytes of key and value and the
// map's overhead make about 40 bytes an entry: 1M entries is ~40 MB, all
// the terms of a 300,000-article news archive (100,000 generated
// articles hold 310,121 terms). A cache that would grow past it starts
// again.
const MaxEntries = 1 << 20

// Cache is the counts read at one generation of an archive. The zero
// value is an empty cache, ready to use; it is safe for concurrent use.
type Cache struct {
	mu   sync.Mutex
	gen  int64 // meaningful when df != nil
	next int64 // the generation this store's commit in flight reaches; 0: none
	df   map[uint64]uint32
}

// reset empties the cache for generation gen; the caller holds mu.
func (c *Cache) reset(gen int64) {
	if c.df == nil || len(c.df) > 0 {
		c.df = make(map[uint64]uint32)
	}
	c.gen = gen
}

// sync starts the cache again at gen when gen is newer than it, unless
// gen is the one this store's commit is landing; the caller holds mu.
func (c *Cache) sync(gen int64) {
	if c.df == nil || c.gen < gen && gen != c.next {
		c.reset(gen)
	}
}

// Get copies into out the counts of terms the cache holds as of
// generation gen (the archive's, as the reader has just read it) and
// returns the terms it lacks, which the caller reads from the database
// at gen and gives to Put. A cache of an older generation starts again
// at gen; one of a later generation, or of the one before gen while this
// store's commit to gen lands, holds none of them (all terms are
// returned). Counts of 0 (terms the archive does not hold) are not put
// in out.
func (c *Cache) Get(gen int64, terms []uint64, out map[uint64]uint32) (miss []uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sync(gen)
	if c.gen != gen {
		return terms
	}
	return c.get(terms, out)
}

// get copies the cached counts of terms into out and returns the terms
// it lacks; the caller holds mu.
func (c *Cache) get(terms []uint64, out map[uint64]uint32) (miss []uint64) {
	for _, t := range terms {
		if n, ok := c.df[t]; !ok {
			miss = append(miss, t)
		} else if n > 0 {
			out[t] = n
		}
	}
	return miss
}

// Peek is Get for a reader that learns the generation only with the
// counts it reads (one statement): it copies into out the counts of
// terms the cache holds, whatever its generation, and returns that
// generation and the terms it lacks. The counts copied are the archive's
// only if the reader then finds the archive at gen; otherwise it must
// read all of terms again. gen is -1 when nothing is cached (miss is
// terms).
func (c *Cache) Peek(terms []uint64, out map[uint64]uint32) (gen int64, miss []uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.df == nil {
		return -1, terms
	}
	return c.gen, c.get(terms, out)
}

// Put keeps the counts of miss read from the archive at generation gen:
// out[t] for each t of miss, 0 when absent. A cache of an older
// generation starts again at gen first, as in Get; one at another
// generation keeps none of them.
func (c *Cache) Put(gen int64, miss []uint64, out map[uint64]uint32) {
	if len(miss) == 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sync(gen)
	if c.gen != gen {
		return
	}
	if len(c.df)+len(miss) > MaxEntries {
		c.reset(gen)
	}
	for _, t := range miss {
		c.df[t] = out[t]
	}
}

// Landing notes that this store's commit from generation before to after
// is about to land, when the cache is at before (so that Advance will
// carry it); Advance, or Landed for a commit that failed, ends it.
func (c *Cache) Landing(before, after int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.df != nil && c.gen == before && after > before {
		c.next = after
	}
}

// Landed ends a landing whose commit failed: the database stayed at the
// cache's generation.
func (c *Cache) Landed() {
	c.mu.Lock()
	c.next = 0
	c.mu.Unlock()
}

// Advance carries the cache across a commit of this store from
// generation before to after, which changed the counts by delta (term →
// change); any other history empties it.
func (c *Cache) Advance(before, after int64, delta map[int64]int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.next = 0
	if c.df == nil {
		return
	}
	if c.gen != before {
		c.df = nil
		return
	}
	for t, d := range delta {
		if n, ok := c.df[uint64(t)]; ok {
			c.df[uint64(t)] = uint32(max(int64(n)+d, 0))
		}
	}
	c.gen = after
}

// Len returns the number of counts cached and their generation (-1 when
// none is cached), for tests and statistics.
func (c *Cache) Len() (n int, gen int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.df == nil {
		return 0, -1
	}
	return len(c.df), c.gen
}
