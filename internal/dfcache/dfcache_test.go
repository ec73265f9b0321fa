package dfcache

import (
	"maps"
	"slices"
	"testing"
)

// archive is the counts a database holds at each generation, for the
// tests: what a store would read.
type archive map[int64]map[uint64]uint32

// read is a store's DF through the cache c, reading gen of a: Get, the
// misses from a, Put.
func (a archive) read(c *Cache, gen int64, terms []uint64) (got map[uint64]uint32, missed []uint64) {
	out := map[uint64]uint32{}
	miss := c.Get(gen, terms, out)
	a.fill(gen, miss, out)
	c.Put(gen, miss, out)
	return out, miss
}

// fill puts into out the counts of terms at gen that are not 0.
func (a archive) fill(gen int64, terms []uint64, out map[uint64]uint32) {
	for _, t := range terms {
		if n := a[gen][t]; n > 0 {
			out[t] = n
		}
	}
}

// want returns the counts of terms at gen that are not 0.
func (a archive) want(gen int64, terms []uint64) map[uint64]uint32 {
	out := map[uint64]uint32{}
	a.fill(gen, terms, out)
	return out
}

// TestCache follows a store's cache through reads at the archive's
// generation, its own commits (carried forward, including a read while
// one lands, and a commit that failed), another process's commit, and a
// commit it was not told of; each read must give the archive's counts,
// and must read from the database exactly the terms the cache cannot
// answer for.
func TestCache(t *testing.T) {
	terms := []uint64{11, 22, 33, 44} // 44: in no article
	a := archive{
		5: {11: 1, 22: 1, 33: 1},
		6: {11: 2, 22: 1, 33: 1}, // this store's commit: 11 +1
		7: {11: 2, 22: 3, 33: 1}, // another process's commit: 22 +2
		8: {11: 1, 22: 3, 33: 1}, // this store's commit, cache not carried
	}
	var c Cache
	step := func(name string, gen int64, wantMiss []uint64, wantLen int, wantGen int64) {
		t.Helper()
		got, miss := a.read(&c, gen, terms)
		if want := a.want(gen, terms); !maps.Equal(got, want) {
			t.Errorf("%s: DF at %d = %v; want %v", name, gen, got, want)
		}
		if !slices.Equal(miss, wantMiss) {
			t.Errorf("%s: read from the database %v; want %v", name, miss, wantMiss)
		}
		if n, g := c.Len(); n != wantLen || g != wantGen {
			t.Errorf("%s: cache holds %d counts of generation %d; want %d of %d", name, n, g, wantLen, wantGen)
		}
	}
	step("cold", 5, terms, 4, 5)
	step("warm", 5, nil, 4, 5)

	// This store's commit to 6 lands: the database is there, the cache
	// not yet. A read then reads the database and leaves the cache alone.
	c.Landing(5, 6)
	step("while landing", 6, terms, 4, 5)
	c.Advance(5, 6, map[int64]int64{11: 1, 99: 1})
	step("carried forward", 6, nil, 4, 6)

	// A landing whose commit failed: the cache stays at its generation.
	c.Landing(6, 7)
	c.Landed()
	step("after a failed commit", 6, nil, 4, 6)

	// Another process's commit: a read at 7 starts the cache again.
	step("another's commit", 7, terms, 4, 7)
	// A read that began before it (at 6) gets nothing from a later cache.
	step("an older read", 6, terms, 4, 7)

	// A commit of this store from a generation the cache is not at
	// empties it.
	c.Advance(6, 8, map[int64]int64{11: -1})
	step("a commit from elsewhere", 8, terms, 4, 8)
}

// TestPeek: a reader that learns the generation with its counts takes
// the cached ones, with their generation, and the terms it lacks.
func TestPeek(t *testing.T) {
	var c Cache
	out := map[uint64]uint32{}
	if gen, miss := c.Peek([]uint64{1, 2}, out); gen != -1 || len(miss) != 2 || len(out) != 0 {
		t.Fatalf("Peek of an empty cache = %d, %v, out %v; want -1, all terms, nothing", gen, miss, out)
	}
	c.Put(3, []uint64{1, 2}, map[uint64]uint32{1: 7})
	gen, miss := c.Peek([]uint64{1, 2, 4}, out)
	if gen != 3 || !slices.Equal(miss, []uint64{4}) || !maps.Equal(out, map[uint64]uint32{1: 7}) {
		t.Errorf("Peek = %d, %v, out %v; want 3, [4], map[1:7]", gen, miss, out)
	}
}

// TestMaxEntries: a cache that would grow past MaxEntries starts again
// with the counts being put.
func TestMaxEntries(t *testing.T) {
	var c Cache
	terms := make([]uint64, MaxEntries-10)
	for i := range terms {
		terms[i] = uint64(i)
	}
	c.Put(1, terms, map[uint64]uint32{})
	if n, _ := c.Len(); n != len(terms) {
		t.Fatalf("Len = %d; want %d", n, len(terms))
	}
	more := []uint64{1 << 40, 1<<40 + 1, 1<<40 + 2, 1<<40 + 3, 1<<40 + 4, 1<<40 + 5, 1<<40 + 6, 1<<40 + 7, 1<<40 + 8, 1<<40 + 9, 1<<40 + 10}
	c.Put(1, more, map[uint64]uint32{1 << 40: 3})
	if n, gen := c.Len(); n != len(more) || gen != 1 {
		t.Errorf("after a put past the bound: %d counts of generation %d; want %d of 1", n, gen, len(more))
	}
	out := map[uint64]uint32{}
	if miss := c.Get(1, []uint64{1 << 40, 5}, out); !slices.Equal(miss, []uint64{5}) || out[1<<40] != 3 {
		t.Errorf("Get = %v, out %v; want [5], 3 for %d", miss, out, uint64(1<<40))
	}
}
