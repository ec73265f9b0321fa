package clean

import (
	"cmp"
	"slices"
)

// Counting a corpus in parts
//
// A distributed pipeline counts the corpus layer on many workers: each
// counts its share of the articles with a Corpus of its own, hands the
// counts on (Counts), and one Corpus merges every part's counts (Merge)
// before Finish. Counting is a sum per line, per site and per (site, line),
// with the line's flags joined (crossSite: all; guarded: any), so the
// merged counts — and the Boilerplate — are those of one Corpus that saw
// every article, whatever the split and the order of merging.

// CorpusCounts are a Corpus's counts, in exported fields so that they can
// be encoded and sent between processes.
type CorpusCounts struct {
	// Articles is the number of articles added.
	Articles int
	// Sites counts the articles per site key (siteKey: never 0).
	Sites map[uint64]int
	// Lines holds, per distinct line hash, the articles with the line and
	// its flags.
	Lines map[uint64]LineCount
	// SiteLines counts, per (site, line), the site's articles with the
	// line; sorted by Site then Line.
	SiteLines []SiteLineCount
}

// LineCount is what a corpus knows of one distinct line.
type LineCount struct {
	Articles int
	// CrossSite reports whether every occurrence was short or
	// chrome-leaning; Guarded whether any was a credit line or prose.
	CrossSite, Guarded bool
}

// SiteLineCount is the number of a site's articles holding a line.
type SiteLineCount struct {
	Site, Line uint64
	Articles   int
}

// Counts returns a copy of the counts so far. After Finish they are empty.
func (c *Corpus) Counts() *CorpusCounts {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := &CorpusCounts{
		Articles: c.articles,
		Sites:    make(map[uint64]int, len(c.sites)),
		Lines:    make(map[uint64]LineCount, len(c.lines)),
	}
	for k, n := range c.sites {
		out.Sites[k] = n
	}
	for k, lc := range c.lines {
		out.Lines[k] = LineCount{Articles: lc.articles, CrossSite: lc.crossSite, Guarded: lc.guarded}
	}
	out.SiteLines = make([]SiteLineCount, 0, len(c.siteLine))
	for k, n := range c.siteLine {
		out.SiteLines = append(out.SiteLines, SiteLineCount{Site: k.site, Line: k.line, Articles: n})
	}
	slices.SortFunc(out.SiteLines, func(x, y SiteLineCount) int {
		return cmp.Or(cmp.Compare(x.Site, y.Site), cmp.Compare(x.Line, y.Line))
	})
	return out
}

// Merge adds the counts of another part of the corpus, as if its articles
// had been added to c. Merge after Finish has no effect; a nil o adds
// nothing.
func (c *Corpus) Merge(o *CorpusCounts) {
	if o == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done != nil || c.err != nil {
		return
	}
	c.articles += o.Articles
	for k, n := range o.Sites {
		c.sites[k] += n
	}
	for k, x := range o.Lines {
		lc := c.lines[k]
		if lc == nil {
			lc = &lineCount{crossSite: true}
			c.lines[k] = lc
		}
		lc.articles += x.Articles
		lc.crossSite = lc.crossSite && x.CrossSite
		lc.guarded = lc.guarded || x.Guarded
	}
	for _, x := range o.SiteLines {
		c.siteLine[siteLineKey{x.Site, x.Line}] += x.Articles
	}
}
