package detect

import (
	"container/list"
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
