package engine

import (
	"container/list"
	"sync"

	"github.com/reprint/reprint/detect"
)

// docCacheSize is how many analysed documents an add keeps for alignment.
// A candidate is analysed again for every article it is paired with; in
// news and in PAN the same sources are candidates of many later articles,
// so a cache of a few thousand saves most re-analysis. An analysed news
// article (1,000 words) holds about 40 KB (tokens and prepared sentence
// features), so 2,048 of them stay under 100 MB.
const docCacheSize = 2048

// docCache is a least-recently-used cache of analysed documents by Seq,
// safe for concurrent use. Documents must all be analysed under one IDF.
type docCache struct {
	mu    sync.Mutex
	max   int
	order *list.List // front: most recent; values are *docEntry
	bySeq map[int64]*list.Element
}

type docEntry struct {
	seq int64
	doc *detect.Doc
}

func newDocCache(max int) *docCache {
	return &docCache{max: max, order: list.New(), bySeq: make(map[int64]*list.Element)}
}

// get returns the document of seq, or nil.
func (c *docCache) get(seq int64) *detect.Doc {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.bySeq[seq]; ok {
		c.order.MoveToFront(e)
		return e.Value.(*docEntry).doc
	}
	return nil
}

// put keeps doc as the document of seq.
func (c *docCache) put(seq int64, doc *detect.Doc) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.bySeq[seq]; ok {
		e.Value.(*docEntry).doc = doc
		c.order.MoveToFront(e)
		return
	}
	c.bySeq[seq] = c.order.PushFront(&docEntry{seq, doc})
	for c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.bySeq, last.Value.(*docEntry).seq)
	}
}
