package clean

import (
	"net/url"
	"slices"
	"strings"
	"sync"

	"github.com/reprint/reprint"
	"github.com/zeebo/xxh3"
)

// Corpus counts recurring lines over a corpus of cleaned articles, for the
// corpus layer of cleaning. It keeps only hashes and counts, never texts:
// one map entry per distinct line and one per distinct (site, line) pair.
//
// Use it in two passes: Add every article, call Finish once, then Apply the
// returned Boilerplate to every article. Add is safe for concurrent use.
type Corpus struct {
	opts CorpusOptions
	err  error

	mu       sync.Mutex
	articles int
	sites    map[uint64]int        // articles per site
	lines    map[uint64]*lineCount // per distinct line
	siteLine map[siteLineKey]int   // articles of the site with the line
	done     *Boilerplate
}

// lineCount is what the corpus knows of one distinct line.
type lineCount struct {
	articles int
	// crossSite reports whether every occurrence was short or
	// chrome-leaning, so that cross-site recurrence may remove it.
	crossSite bool
	// guarded reports whether any occurrence was a credit line (other
	// than a copyright notice) or long prose, which no corpus rule removes.
	guarded bool
}

type siteLineKey struct{ site, line uint64 }

// NewCorpus returns an empty Corpus for opts after SetDefaults. If opts
// fail Validate, the Corpus records the error (see Err) and its Finish
// returns a Boilerplate that removes nothing.
func NewCorpus(opts CorpusOptions) *Corpus {
	opts.SetDefaults()
	return &Corpus{
		opts:     opts,
		err:      opts.Validate(),
		sites:    make(map[uint64]int),
		lines:    make(map[uint64]*lineCount),
		siteLine: make(map[siteLineKey]int),
	}
}

// Err returns the options error found by NewCorpus, or nil.
func (c *Corpus) Err() error { return c.err }

// occurrence is one distinct line of one article.
type occurrence struct {
	hash      uint64
	crossSite bool
	guarded   bool
}

// Add counts the lines of a.Body: every non-blank line, kept or removed by
// Clean, once per article however often it repeats inside it. Add after
// Finish has no effect.
func (c *Corpus) Add(a *reprint.Article) {
	if c.err != nil {
		return
	}
	site := siteKey(a)
	lang := a.Meta.Language
	if lang == "" {
		lang = c.opts.Language
	}
	stop := stopList(lang)
	var s scratch
	var occ []occurrence
	for _, b := range splitBlocks(a.Body) {
		line := a.Body[b.span.Start:b.span.End]
		occ = append(occ, c.occurrence(&s, line, stop))
	}
	slices.SortFunc(occ, func(x, y occurrence) int {
		switch {
		case x.hash < y.hash:
			return -1
		case x.hash > y.hash:
			return 1
		}
		return 0
	})

	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done != nil {
		return
	}
	c.articles++
	if site != 0 {
		c.sites[site]++
	}
	for i, o := range occ {
		if i > 0 && occ[i-1].hash == o.hash {
			continue
		}
		lc := c.lines[o.hash]
		if lc == nil {
			lc = &lineCount{crossSite: true}
			c.lines[o.hash] = lc
		}
		lc.articles++
		lc.crossSite = lc.crossSite && o.crossSite
		lc.guarded = lc.guarded || o.guarded
		if site != 0 {
			c.siteLine[siteLineKey{site, o.hash}]++
		}
	}
}

// occurrence measures one line for the corpus rules.
func (c *Corpus) occurrence(s *scratch, line string, stop map[string]bool) occurrence {
	f := s.measure(line, stop)
	o := occurrence{hash: s.hash()}
	if at, ok := FindAttribution(line); ok && at.Form != FormCopyright {
		o.guarded = true
		return o
	}
	v := f.score(0, false)
	words := float64(f.words)
	density := 0.0
	if f.words > 0 {
		density = float64(f.stop) / words
	}
	// Long prose: the lines reprint exists to find.
	o.guarded = f.words >= proseFullWords && density >= stopDensityProse && v.score < c.opts.CrossSiteMinScore
	o.crossSite = v.score >= c.opts.CrossSiteMinScore || f.words <= c.opts.CrossSiteMaxWords && !f.endStop
	return o
}

// hash returns the hash of the last measured line's normalised words, so
// that case, punctuation and spacing differences do not split a line.
func (s *scratch) hash() uint64 {
	return xxh3.Hash(s.keyBytes())
}

// siteKey returns a hash of the article's site (Meta.Site, else the host
// of Meta.URL without "www."), or 0 when the site is unknown.
func siteKey(a *reprint.Article) uint64 {
	site := strings.ToLower(strings.TrimSpace(a.Meta.Site))
	if site == "" && a.Meta.URL != "" {
		if u, err := url.Parse(a.Meta.URL); err == nil {
			site = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		}
	}
	if site == "" {
		return 0
	}
	return xxh3.HashString(site) | 1 // never 0
}

// Finish ends counting and returns the lines to remove. It is idempotent:
// later calls return the same Boilerplate.
func (c *Corpus) Finish() *Boilerplate {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done != nil {
		return c.done
	}
	b := &Boilerplate{
		site:   make(map[siteLineKey]bool),
		global: make(map[uint64]bool),
		lang:   c.opts.Language,
	}
	c.done = b
	if c.err != nil {
		return b
	}
	for k, n := range c.siteLine {
		lc := c.lines[k.line]
		if lc.guarded || n < c.opts.SiteMinArticles {
			continue
		}
		if float64(n) >= c.opts.SiteMinShare*float64(c.sites[k.site]) {
			b.site[k] = true
		}
	}
	if c.articles >= c.opts.CorpusMinArticles {
		for h, lc := range c.lines {
			if !lc.guarded && lc.crossSite && float64(lc.articles) >= c.opts.CorpusMinShare*float64(c.articles) {
				b.global[h] = true
			}
		}
	}
	c.lines, c.siteLine, c.sites = nil, nil, nil
	return b
}

// Boilerplate is the result of the corpus layer: the hashes of lines to
// remove from every article, and of lines to remove from one site's
// articles. It is safe for concurrent use.
type Boilerplate struct {
	site   map[siteLineKey]bool
	global map[uint64]bool
	lang   string
}

// Len returns the number of distinct boilerplate lines: those removed
// everywhere plus (site, line) pairs.
func (b *Boilerplate) Len() int { return len(b.global) + len(b.site) }

// Apply removes from a the kept lines that the corpus found recurring,
// with Reason "recurring" and Score 1, and rebuilds a.Text, a.TextMap,
// a.Headline and a.Attribution from a.Body, keeping every earlier entry of a.Removed (a
// Body line that overlaps one stays removed). Credit lines are never
// removed. Apply works on a cleaned article or on one never cleaned
// (whose Removed is empty), and applying twice changes nothing more.
// Copyright notices are the exception to the credit rule: one that recurs
// on a site's pages is that site's footer, not a credit to a source.
func (b *Boilerplate) Apply(a *reprint.Article) {
	site := siteKey(a)
	removed := slices.Clone(a.Removed)
	slices.SortFunc(removed, func(x, y reprint.Removed) int { return x.Span.Start - y.Span.Start })
	blocks := splitBlocks(a.Body)
	var s scratch
	r := 0
	added := false
	for i := range blocks {
		bl := &blocks[i]
		for r < len(removed) && removed[r].Span.End <= bl.span.Start {
			r++
		}
		line := a.Body[bl.span.Start:bl.span.End]
		if r < len(removed) && removed[r].Span.Overlaps(bl.span) {
			bl.removed = true
			continue
		}
		if label, _, ok := labelledSource(a.Body, blocks, i); ok {
			bl.credit, bl.sourceLabel = true, label
			continue
		}
		if at, ok := FindAttribution(line); ok {
			bl.credit = true
			if at.Form != FormCopyright {
				continue
			}
		}
		s.measure(line, nil)
		h := s.hash()
		if b.global[h] || site != 0 && b.site[siteLineKey{site, h}] {
			bl.removed = true
			added = true
			removed = append(removed, reprint.Removed{Span: bl.span, Text: line, Reason: ReasonRecurring, Score: 1})
		}
	}
	if added {
		slices.SortStableFunc(removed, func(x, y reprint.Removed) int { return x.Span.Start - y.Span.Start })
	}
	old := a.Attribution
	a.Text, a.TextMap, a.Attribution = assemble(a.Body, blocks)
	for _, at := range old {
		if at.Span.Empty() && at.Text != "" {
			// A footer's notice that cleaning removed and kept as a
			// credit (block.footerCredit): it has no line in Text to
			// rebuild from, and stays, its span empty.
			at.Span = reprint.Span{}
			a.Attribution = append(a.Attribution, at)
		}
	}
	a.Headline = reprint.FindHeadline(a.Text, a.Meta.Title)
	a.Removed = removed
}
