package detect

import (
	"container/list"
	"slices"
	"sync"
)

// DefaultCacheDocs is how many analysed documents a DocCache keeps when
// asked for none. A candidate is analysed again for every document it is
// paired with; in news and in PAN the same sources are candidates of many
// other documents, so a cache of a few thousand saves most re-analysis. An
// analysed news article (700–1,000 words) holds 30–40 KB (tokens and
// prepared sentence features), so 2,048 of them stay under 100 MB.
const DefaultCacheDocs = 2048

// DocCache is a least-recently-used cache of analysed documents by number
// (an index into a corpus, an archive's Seq), safe for concurrent use. The
// documents must all be analysed under one IDF. A nil *DocCache keeps
// nothing.
type DocCache struct {
	mu    sync.Mutex
	max   int
	order *list.List // front: most recent; values are *cached
	byKey map[int64]*list.Element
}

type cached struct {
	key int64
	doc *Doc
}

// NewDocCache returns a cache of at most max documents (DefaultCacheDocs
// when max ≤ 0).
func NewDocCache(max int) *DocCache {
	if max <= 0 {
		max = DefaultCacheDocs
	}
	return &DocCache{max: max, order: list.New(), byKey: make(map[int64]*list.Element)}
}

// Get returns the document of key, or nil.
func (c *DocCache) Get(key int64) *Doc {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byKey[key]; ok {
		c.order.MoveToFront(e)
		return e.Value.(*cached).doc
	}
	return nil
}

// Put keeps doc as the document of key.
func (c *DocCache) Put(key int64, doc *Doc) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byKey[key]; ok {
		e.Value.(*cached).doc = doc
		c.order.MoveToFront(e)
		return
	}
	c.byKey[key] = c.order.PushFront(&cached{key, doc})
	for c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.byKey, last.Value.(*cached).key)
	}
}

// DefaultCacheBytes is the memory Run gives the analysed documents it
// keeps between their uses. An analysed news article holds 30–40 KB, so
// 512 MiB keeps about 15,000: every document of a corpus of that size is
// analysed once, and a larger corpus analyses again only the documents
// whose next use is farthest off. The budget bounds Run's memory at any
// corpus size; see BENCHMARKS.md ("scan in bounded memory") for the
// trade of memory against analysis time.
const DefaultCacheBytes = 512 << 20

// plannedCache keeps analysed documents for a run whose uses are known in
// advance: uses[i] lists the steps (ascending) at which document i is
// needed. A document with no use to come is not kept; over budget, the one
// whose next use is farthest goes first (Belady's rule, optimal for a
// known sequence). Safe for concurrent use; steps may run out of order
// across workers, which costs hits, never correctness.
type plannedCache struct {
	mu     sync.Mutex
	uses   [][]int32
	budget int
	used   int
	byDoc  map[int32]*planned
	heap   []*planned // max-heap on next use
}

type planned struct {
	doc   *Doc
	i     int32 // the document
	next  int32 // its next use
	bytes int
	at    int // index in heap
}

func newPlannedCache(uses [][]int32, budget int) *plannedCache {
	return &plannedCache{uses: uses, budget: budget, byDoc: make(map[int32]*planned)}
}

// nextUse returns the first step after step at which document i is used,
// or -1.
func (c *plannedCache) nextUse(i int32, step int32) int32 {
	u := c.uses[i]
	j, found := slices.BinarySearch(u, step)
	if found {
		j++
	}
	if j < len(u) {
		return u[j]
	}
	return -1
}

// get returns document i, used at step, or nil.
func (c *plannedCache) get(i, step int32) *Doc {
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.byDoc[i]
	if e == nil {
		return nil
	}
	if next := c.nextUse(i, step); next < 0 {
		c.remove(e)
	} else if next > e.next {
		e.next = next
		c.fix(e.at)
	}
	return e.doc
}

// put keeps document i, analysed for its use at step, if it is used again.
func (c *plannedCache) put(i, step int32, doc *Doc) {
	c.mu.Lock()
	defer c.mu.Unlock()
	next := c.nextUse(i, step)
	if next < 0 || c.byDoc[i] != nil {
		return
	}
	e := &planned{doc: doc, i: i, next: next, bytes: doc.Bytes(), at: len(c.heap)}
	c.byDoc[i] = e
	c.heap = append(c.heap, e)
	c.used += e.bytes
	c.up(e.at)
	for c.used > c.budget && len(c.heap) > 0 {
		c.remove(c.heap[0])
	}
}

func (c *plannedCache) remove(e *planned) {
	last := len(c.heap) - 1
	c.swap(e.at, last)
	c.heap = c.heap[:last]
	if e.at < last {
		c.fix(e.at)
	}
	delete(c.byDoc, e.i)
	c.used -= e.bytes
}

func (c *plannedCache) swap(x, y int) {
	c.heap[x], c.heap[y] = c.heap[y], c.heap[x]
	c.heap[x].at, c.heap[y].at = x, y
}

func (c *plannedCache) fix(x int) {
	c.up(x)
	c.down(x)
}

func (c *plannedCache) up(x int) {
	for x > 0 {
		p := (x - 1) / 2
		if c.heap[p].next >= c.heap[x].next {
			return
		}
		c.swap(p, x)
		x = p
	}
}

func (c *plannedCache) down(x int) {
	for {
		l, big := 2*x+1, x
		if l < len(c.heap) && c.heap[l].next > c.heap[big].next {
			big = l
		}
		if r := l + 1; r < len(c.heap) && c.heap[r].next > c.heap[big].next {
			big = r
		}
		if big == x {
			return
		}
		c.swap(x, big)
		x = big
	}
}
