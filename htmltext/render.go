package htmltext

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reprint/reprint"
	"golang.org/x/net/html"
)

// A block is one paragraph-like element of trafilatura's content tree: the
// text nodes inside it, in order. go-trafilatura trims the text and tail
// of most nodes, so the tree alone cannot tell "foo <b>bar</b>" from
// "foo<b>bar</b>"; the pieces are kept apart and the page decides.
type block []string

// contentBlocks walks trafilatura's content node and returns its blocks.
// Block-level elements and <br>/<hr> end a block; inline elements do not.
func contentBlocks(root *html.Node) []block {
	var out []block
	var cur block
	flush := func() {
		if len(cur) > 0 {
			out = append(out, cur)
			cur = nil
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			if strings.TrimFunc(n.Data, unicode.IsSpace) == "" {
				if len(cur) > 0 {
					cur = append(cur, " ")
				}
				return
			}
			cur = append(cur, n.Data)
			return
		case html.ElementNode:
			if invisible[n.Data] {
				return
			}
			isBlock := tagBreak(n.Data) == brkBlock
			if isBlock {
				flush()
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
			if isBlock {
				flush()
			}
			return
		case html.DocumentNode:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
	}
	if root != nil {
		walk(root)
	}
	flush()
	return out
}

// Search limits for pieces that are too short to be located reliably.
const (
	// minFreshKey is the shortest text (bytes, whitespace removed) that may
	// be searched for anywhere in the page rather than just ahead of the
	// previous match. Shorter text ("|", "1", "AP") occurs all over a page.
	minFreshKey = 8
	// shortWindow is how far ahead of the previous match (bytes of visible
	// text) a short piece is looked for. Pieces of one block that are not
	// contiguous in the page are usually separated by a removed link or
	// image caption, far less than this.
	shortWindow = 256
)

// renderer lays out blocks as Body paragraphs and maps every character it
// writes back to the page.
type renderer struct {
	src *source

	body []byte
	mb   reprint.MapBuilder

	cursor  int     // vis offset just after the last match
	lastSrc int     // page offset just after the last mapped character
	prevEnd int     // page offset just after the previous character of the current paragraph, or -1
	prevVis int     // vis offset just after the previous character of the current paragraph, or -1
	sep     uint8   // separator owed before the next character
	inPara  bool    // the current paragraph has text
	matched spanSet // vis ranges of found text: for repeats and links
	adverts []span  // vis ranges of paid links' buttons (anchor.advert), in page order: left out of Body
	found   int     // pieces found
	missed  int     // pieces not found
	dups    int     // blocks dropped as repeats of text already written
}

type span struct{ start, end int }

func newRenderer(src *source) *renderer {
	r := &renderer{src: src, prevEnd: -1, prevVis: -1}
	for _, a := range src.anchors {
		if a.advert && a.vis1 > a.vis0 {
			r.adverts = append(r.adverts, span{a.vis0, a.vis1})
		}
	}
	return r
}

// advert reports whether vis offset v lies in a paid link's button.
func (r *renderer) advert(v int) bool {
	if len(r.adverts) == 0 {
		return false // most pages
	}
	i, _ := slices.BinarySearchFunc(r.adverts, v, func(s span, v int) int {
		if s.end <= v {
			return -1
		}
		return 1
	})
	return i < len(r.adverts) && r.adverts[i].start <= v
}

// stripSpace returns s without whitespace.
func stripSpace(s string) string {
	if strings.IndexFunc(s, unicode.IsSpace) < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if !unicode.IsSpace(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// block renders one block as a new paragraph.
func (r *renderer) block(bl block) {
	r.sep = brkBlock
	key := stripSpace(strings.Join(bl, ""))
	if strings.IndexFunc(key, visible) < 0 {
		// Nothing a reader would see: only zero-width spaces, joiners,
		// byte order marks (category Cf) that pages use as spacers.
		return
	}
	// The whole block, contiguous in the page: the common case, and the
	// safest, since a long key has one place to be.
	if v := r.find(key); v >= 0 {
		if r.matched.covers(v, v+len(key)) {
			// The page has this text once and it was already written:
			// go-trafilatura sometimes emits a block twice (its rescue
			// paths). Text the page repeats is found again further on.
			r.dups++
			return
		}
		r.matchedRun(bl, v)
		return
	}
	// Piece by piece: trafilatura moved text around (tails of removed
	// elements), or the page's tree was repaired differently.
	for _, p := range bl {
		k := stripSpace(p)
		if k == "" {
			r.sep = max(r.sep, brkSpace)
			continue
		}
		if v := r.find(k); v >= 0 {
			if !r.matched.covers(v, v+len(k)) {
				r.matchedRun(block{p}, v)
			}
		} else {
			r.unmatched(p)
		}
	}
}

// visible reports whether r is neither whitespace nor a format character.
func visible(r rune) bool {
	return !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r)
}

// find returns the vis offset of key, searching ahead of the previous match
// first and then from the start of the page, or -1.
func (r *renderer) find(key string) int {
	vis := r.src.vis
	ahead := vis[r.cursor:]
	if len(key) < minFreshKey && len(ahead) > shortWindow+len(key) {
		ahead = ahead[:shortWindow+len(key)]
	}
	if i := strings.Index(ahead, key); i >= 0 {
		return r.cursor + i
	}
	if len(key) < minFreshKey {
		return -1
	}
	return strings.Index(vis, key)
}

// matchedRun renders pieces whose characters, whitespace removed, are vis
// from offset v on. Spacing comes from both sides: a space where the piece
// or the page has whitespace, a paragraph break where the page has a
// block-level tag (so text that trafilatura ran together, such as its
// rescue of a whole <article> as one <p>, gets its paragraphs back), and
// nothing where the page has only inline tags between two characters.
func (r *renderer) matchedRun(pieces block, v int) {
	start := v
	src := r.src
	ws := false
	for _, p := range pieces {
		for i := 0; i < len(p); {
			c, size := utf8.DecodeRuneInString(p[i:])
			if unicode.IsSpace(c) {
				ws = true
				i += size
				continue
			}
			if r.advert(v) {
				// A paid link's button ("Bet Now" closing an odds
				// table's row): its characters are passed over, and
				// the next one written gets a space before it.
				i += size
				v += size
				continue
			}
			if r.inPara {
				if v == r.prevVis {
					switch {
					case src.brk[v] == brkBlock:
						r.sep = brkBlock
					case src.brk[v] == brkSpace || ws:
						r.sep = max(r.sep, brkSpace)
					}
				} else {
					r.sep = max(r.sep, brkSpace)
				}
			}
			s0 := int(src.start[v])
			s1 := s0 + int(src.n[v])
			r.write(p[i:i+size], s0, s1)
			ws = false
			i += size
			v += size
			r.prevVis = v
		}
	}
	r.cursor = v
	r.matched.add(start, v)
	r.found++
}

// unmatched renders a piece that is not in the page as it is, mapped to an
// empty range at the last position mapped: never to a wrong span.
func (r *renderer) unmatched(p string) {
	r.missed++
	fields := strings.Fields(p)
	if len(fields) == 0 {
		return
	}
	if r.inPara {
		r.sep = max(r.sep, brkSpace)
	}
	r.separate(-1)
	d := len(r.body)
	r.body = append(r.body, strings.Join(fields, " ")...)
	r.mb.Replace(d, len(r.body)-d, r.lastSrc, 0)
	r.inPara = true
	r.prevEnd, r.prevVis = -1, -1
}

// separate writes the separator owed before a character whose source
// starts at s0 (-1 if unknown).
func (r *renderer) separate(s0 int) {
	if len(r.body) == 0 {
		r.sep = brkNone
		return
	}
	switch {
	case r.sep == brkBlock || !r.inPara:
		r.body = append(r.body, "\n\n"...)
		r.prevEnd = -1
	case r.sep == brkSpace:
		d := len(r.body)
		r.body = append(r.body, ' ')
		if r.prevEnd >= 0 && s0 >= r.prevEnd {
			// The space stands for what lies between the two words in
			// the page: whitespace, tags, comments.
			r.mb.Replace(d, 1, r.prevEnd, s0-r.prevEnd)
		}
	}
	r.sep = brkNone
}

// write appends one character that came from page[s0:s1].
func (r *renderer) write(c string, s0, s1 int) {
	if r.sep == brkBlock {
		r.inPara = false
	}
	r.separate(s0)
	d := len(r.body)
	r.body = append(r.body, c...)
	r.mb.Replace(d, len(c), s0, s1-s0)
	r.inPara = true
	r.prevEnd = s1
	r.lastSrc = s1
}

// links returns the hrefs of the page's anchors whose text lies in text
// that was found, in page order.
func (r *renderer) links() []string {
	if len(r.matched.s) == 0 {
		return nil
	}
	// The maximal spans are sorted by start; merge overlaps into the
	// union, whose ends increase too.
	m := slices.Clone(r.matched.s)
	k := 0
	for _, s := range m[1:] {
		if s.start <= m[k].end {
			m[k].end = max(m[k].end, s.end)
			continue
		}
		k++
		m[k] = s
	}
	m = m[:k+1]
	var out []string
	for _, a := range r.src.anchors {
		if a.vis1 <= a.vis0 || a.advert {
			continue // an advert's button is not in Body
		}
		// First matched range ending after the anchor starts.
		i, _ := slices.BinarySearchFunc(m, a.vis0, func(s span, v int) int {
			if s.end <= v {
				return -1
			}
			return 1
		})
		for ; i < len(m) && m[i].start < a.vis1; i++ {
			if m[i].end > a.vis0 {
				out = append(out, a.href)
				break
			}
		}
	}
	return out
}
