package report

import (
	"cmp"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"html/template"
	"io"
	"math"
	"slices"
)

// HTMLOptions configure WriteHTML. The zero value is ready to use.
type HTMLOptions struct {
	// Title is the page title. Empty means DefaultHTMLTitle.
	Title string
	// MaxPairs is how many pairs are shown with their two texts side by
	// side, taken in story order (largest story first), strongest pair
	// first within a story. Zero means DefaultMaxPairs; a negative value
	// shows no texts (a summary page).
	MaxPairs int
	// MaxTableRows is how many of the remaining pairs are listed, one row
	// each, in the compact table; the rest are only counted. Zero means
	// DefaultMaxTableRows; a negative value lists none.
	MaxTableRows int
}

// Defaults of HTMLOptions.
//
// The page repeats both texts of every pair it shows in full, so its size
// grows with the pairs shown, not with the corpus. Measured on the five
// seed articles (texts of 2.5–11 KB): 10 pairs make a page of 152 KB,
// about 15 KB a pair, and 100 pairs 1.5 MB, which headless Chromium on a
// 2-core machine loads about 1.2 s slower than a one-pair page. A
// 2,000-article folder can relate tens of thousands of pairs, which as
// full texts would be hundreds of megabytes; DefaultMaxPairs keeps the
// page to the largest stories' strongest pairs. A table row costs about
// 290 bytes with 20-character ids, so DefaultMaxTableRows keeps the table
// under about 0.6 MB; the JSON report has every pair.
const (
	DefaultHTMLTitle    = "reprint: reused text report"
	DefaultMaxPairs     = 100
	DefaultMaxTableRows = 2000
)

// WriteHTML writes s as one self-contained HTML page for a person: what was
// scanned (with the rejected inputs and why), each story's lineage as a
// tree, and then pair by pair what the server's pair page shows, drawn by
// the same template (PairTemplate): the direction in plain words, the
// credit, the quotations changed from the source with their word diffs,
// and the two cleaned texts side by side, the source on the left, the
// shared passages highlighted and linked across the panes. The pairs
// beyond opts.MaxPairs are listed in a compact table without their texts,
// and the page says how many it shows.
//
// The page needs nothing beyond itself: its style and script are inline,
// it loads no fonts, images or scripts, and its Content-Security-Policy
// lets only its own script and style run. Everything taken from s (texts,
// ids, titles, reasons) is escaped, and article URLs are linked only when
// they are http or https. The same Scan gives the same bytes.
//
// Spans are byte offsets into each article's Text. Spans outside the text
// are clamped to it, and spans that split a UTF-8 sequence are widened to
// whole characters, so a wrong span shows wrongly but never breaks the
// page.
func WriteHTML(w io.Writer, s *Scan, opts HTMLOptions) error {
	if s == nil {
		return errors.New("report: WriteHTML of a nil Scan")
	}
	if opts.Title == "" {
		opts.Title = DefaultHTMLTitle
	}
	if opts.MaxPairs == 0 {
		opts.MaxPairs = DefaultMaxPairs
	}
	if opts.MaxTableRows == 0 {
		opts.MaxTableRows = DefaultMaxTableRows
	}
	page := newHTMLPage(s, opts)
	if err := htmlTemplate.Execute(w, page); err != nil {
		return fmt.Errorf("report: writing html: %w", err)
	}
	return nil
}

// htmlPage is what the page template is given.
type htmlPage struct {
	Title    string
	CSP      string
	Style    template.CSS
	Script   template.JS
	Stats    Stats
	Rejected []Rejected
	Stories  []htmlStory
	Pairs    int // all pairs of the scan
	Shown    []htmlPair
	Table    []htmlRow
	Unlisted int // pairs neither shown nor in the table
}

type htmlStory struct {
	ID       int
	Title    string // StoryTitle
	Articles int
	Pairs    int // pairs of the story
	Shown    int // of them shown side by side
	Tree     []*LineageNode
}

// htmlPair is a pair shown side by side: its section and its view, drawn
// by PairTemplate as the server's pair page draws it.
type htmlPair struct {
	N      int
	Anchor string
	Story  int
	View   *PairView
}

// htmlRow is a pair listed in the table, its articles named as the
// server's story table names them: by title (else the start of the text)
// and site, the source (or the earlier) first.
type htmlRow struct {
	N           int
	Story       string
	Left, Right htmlRowArticle
	Relation    string // in words (RelationName)
	Direction   string // in words: "the other took from the source", …
	Share       string // of the derived text taken (the larger when the direction is unknown)
	Passages    int
	Credit      string // in words, or "—"
	Flagged     int    // flagged quotations (Flagged)
}

// htmlRowArticle is an article of a table row: its label and site, and
// its id (File) as a tooltip where the label is not the id.
type htmlRowArticle struct {
	Label, Site, File string
}

// htmlScan indexes a Scan for rendering.
type htmlScan struct {
	s       *Scan
	article map[string]*Article
	pairOf  map[[2]string]int // both orders of a pair's ids → index in s.Pairs
}

func newHTMLPage(s *Scan, opts HTMLOptions) *htmlPage {
	x := &htmlScan{s: s, article: map[string]*Article{}, pairOf: map[[2]string]int{}}
	for i := range s.Articles {
		if _, dup := x.article[s.Articles[i].ID]; !dup {
			x.article[s.Articles[i].ID] = &s.Articles[i]
		}
	}
	for i, p := range s.Pairs {
		for _, k := range [][2]string{{p.A, p.B}, {p.B, p.A}} {
			if _, dup := x.pairOf[k]; !dup {
				x.pairOf[k] = i
			}
		}
	}
	page := &htmlPage{
		Title:    opts.Title,
		CSP:      htmlCSP,
		Style:    template.CSS(htmlStyle),
		Script:   template.JS(htmlScript),
		Stats:    s.Stats,
		Rejected: s.Rejected,
		Pairs:    len(s.Pairs),
	}

	// Stories largest first; the model already orders them so, but the
	// page must not depend on it.
	stories := make([]int, len(s.Stories))
	for i := range stories {
		stories[i] = i
	}
	slices.SortStableFunc(stories, func(i, j int) int {
		a, b := &s.Stories[i], &s.Stories[j]
		return cmp.Or(cmp.Compare(len(b.Articles), len(a.Articles)), cmp.Compare(a.ID, b.ID))
	})
	rank := map[string]int{} // article id → rank of its story
	for r, i := range stories {
		for _, id := range s.Stories[i].Articles {
			if _, ok := rank[id]; !ok {
				rank[id] = r
			}
		}
	}
	storyRank := func(p *Pair) int {
		ra, okA := rank[p.A]
		rb, okB := rank[p.B]
		if !okA || !okB || ra != rb {
			return len(stories) // after every story
		}
		return ra
	}

	// Pairs in story order, strongest first within a story.
	order := make([]int, len(s.Pairs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := &s.Pairs[i], &s.Pairs[j]
		return cmp.Or(
			cmp.Compare(storyRank(a), storyRank(b)),
			cmp.Compare(htmlStrength(b), htmlStrength(a)),
			cmp.Compare(htmlNum(b.Similarity), htmlNum(a.Similarity)),
		)
	})
	shown := max(opts.MaxPairs, 0)
	anchor := map[int]string{} // index in s.Pairs → anchor of its section
	perStory := map[int]int{}
	for n, i := range order {
		p := &s.Pairs[i]
		story := 0 // not in a story
		if r := storyRank(p); r < len(stories) {
			story = s.Stories[stories[r]].ID
		}
		if n < shown {
			hp := x.pair(n+1, i, story)
			anchor[i] = hp.Anchor
			perStory[storyRank(p)]++
			page.Shown = append(page.Shown, hp)
			continue
		}
		if opts.MaxTableRows >= 0 && len(page.Table) < opts.MaxTableRows {
			page.Table = append(page.Table, x.row(n+1, p, story))
			continue
		}
		page.Unlisted++
	}
	for r, i := range stories {
		st := &s.Stories[i]
		hs := htmlStory{ID: st.ID, Title: StoryTitle(st, func(id string) *Article { return x.article[id] }), Articles: len(st.Articles), Shown: perStory[r]}
		for _, p := range s.Pairs {
			if storyRank(&p) == r {
				hs.Pairs++
			}
		}
		hs.Tree = x.tree(st, anchor)
		page.Stories = append(page.Stories, hs)
	}
	return page
}

// htmlStrength orders pairs within a story: the larger share of either
// side that is reused.
func htmlStrength(p *Pair) float64 {
	return max(htmlNum(p.Coverage.A), htmlNum(p.Coverage.B))
}

// htmlNum maps NaN to -1 so that sorting stays a total order.
func htmlNum(f float64) float64 {
	if math.IsNaN(f) {
		return -1
	}
	return f
}

// tree builds a story's lineage (LineageTree) as the page draws it, each
// node linked to its pair with its parent where that pair is shown.
func (x *htmlScan) tree(st *Story, anchor map[int]string) []*LineageNode {
	var conv func(t *TreeNode) *LineageNode
	conv = func(t *TreeNode) *LineageNode {
		n := &LineageNode{Unseen: true, Label: "unseen common source (not in the corpus)"}
		if !t.Unseen {
			n = x.node(t.ID, t.Parent, anchor)
			n.Note = t.Note
		}
		for _, c := range t.Children {
			n.Children = append(n.Children, conv(c))
		}
		return n
	}
	var out []*LineageNode
	for _, t := range LineageTree(st) {
		out = append(out, conv(t))
	}
	return out
}

// node describes article id, derived from parent ("" for a root, Unseen
// for a child of the unseen common source).
func (x *htmlScan) node(id, parent string, anchor map[int]string) *LineageNode {
	n := &LineageNode{Label: id}
	if a := x.article[id]; a != nil {
		n.Label, n.Site = cmp.Or(a.Title, Lead(a.Text), id), a.Site
		if a.Published != nil {
			n.Date = a.Published.UTC().Format("2006-01-02")
		}
	}
	switch parent {
	case "":
		return n
	case Unseen:
		n.Relation = "shares an unseen common source"
		return n
	}
	i, ok := x.pairOf[[2]string{id, parent}]
	if !ok {
		n.Relation = "derived (no pair with its parent)"
		return n
	}
	p := &x.s.Pairs[i]
	n.HasPair, n.Relation, n.RelClass = true, RelationName(p.Relation), ClassToken(p.Relation)
	n.Share = p.Coverage.A
	if id == p.B {
		n.Share = p.Coverage.B
	}
	if p.Credit != nil && (p.Credit.Article == id || p.Credit.Article == "") {
		n.Credit = p.Credit.Status
	}
	n.Quotes, _ = FlaggedSummary(p.Quotes, id)
	if a, ok := anchor[i]; ok {
		n.PairHref, n.PairText = "#"+a, "side by side"
	}
	return n
}

// pair lays out s.Pairs[i], shown as the n-th pair of the page.
func (x *htmlScan) pair(n, i, story int) htmlPair {
	art := func(id string) *Article { return x.article[id] }
	v := NewPairView(&x.s.Pairs[i], art, PairViewOptions{Prefix: fmt.Sprintf("n%d-", n), Where: "the files scanned", ShowIDs: true})
	return htmlPair{N: n, Anchor: fmt.Sprintf("pair-%d", n), Story: story, View: v}
}

func (x *htmlScan) row(n int, p *Pair, story int) htmlRow {
	l, r := SidesOf(p, func(id string) *Article { return x.article[id] })
	named := func(id string) htmlRowArticle {
		a := NameOf(id, x.article[id])
		ra := htmlRowArticle{Label: Clip(a.Label, 120), Site: a.Site}
		if a.Label != id {
			ra.File = id
		}
		return ra
	}
	row := htmlRow{N: n, Story: "—", Left: named(l), Right: named(r), Relation: RelationName(p.Label()),
		Direction: "unclear", Passages: len(p.Passages), Credit: "—"}
	share := max(CoverageOf(p, p.A), CoverageOf(p, p.B))
	switch {
	case p.Source != nil:
		row.Direction, share = "the other took from the source", CoverageOf(p, p.Derived())
	case p.Common:
		row.Direction = "both from a source not in the files scanned"
	}
	row.Share = Pct(share)
	if story > 0 {
		row.Story = fmt.Sprint(story)
	}
	if p.Credit != nil {
		row.Credit = RelationName(p.Credit.Status)
	}
	for _, q := range p.Quotes {
		if Flagged(q) {
			row.Flagged++
		}
	}
	return row
}

// htmlCSP allows the page's own inline style and script, by hash, and
// nothing else: no fetches of any kind, so an escaping bug could not load
// or run anything either.
var htmlCSP = fmt.Sprintf("default-src 'none'; style-src '%s'; script-src '%s'; img-src 'none'; base-uri 'none'; form-action 'none'",
	htmlHash(htmlStyle), htmlHash(htmlScript))

func htmlHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(h[:])
}
