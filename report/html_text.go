package report

import (
	"cmp"
	"html/template"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reprint/reprint"
)

// Marking up a text
//
// A pane shows one article's cleaned text with three layers of spans laid
// over it: the pair's passages (<mark class="passage …">), the credit
// evidence and the checked quotations (<span class="quote-flag …">). Spans
// may overlap and nest in any way, so the text is not marked up span by
// span; it is cut at every span boundary and every line break into
// segments, and each segment is written with the elements of all the spans
// that cover it, opened and closed around that segment alone:
//
//	text     The minister said "we will act" today.
//	passage  [----------------------------)
//	quote                      [----------------)
//	segments [-----------------)[---------)[-----)[-----)
//	         mark               mark+quote  quote  plain
//
// Every element is thus closed where it opens and the markup nests,
// whatever the spans do. A line break ends a paragraph: "\n" segments
// close the open <p>, and the next content opens a new one. A passage's
// first segment carries its id and tabindex, so that links and the
// keyboard reach it once; its other segments carry the same data-pid, so
// that highlighting one part highlights all. A quotation's badge follows
// its last segment, outside the marks.
//
// The cost is O((n + m) log m) for a text of n bytes and m spans, plus the
// nesting depth per segment.

type htmlMarkKind uint8

// Layers, outermost first.
const (
	htmlMarkPassage htmlMarkKind = iota
	htmlMarkCredit
	htmlMarkQuote
)

// htmlMark is one span laid over a text.
type htmlMark struct {
	span  reprint.Span
	kind  htmlMarkKind
	class string // passage kind class
	id    string // passage or quote id (generated, never from input)
	// partner is the id of the passage's other side.
	partner string
	title   string
	quote   *Quote

	start, end int  // clamped span
	emitted    bool // a segment was written
}

// htmlClamp clamps [start, end) to text and widens it to whole UTF-8
// sequences; ok is false when nothing is left.
func htmlClamp(text string, start, end int) (lo, hi int, ok bool) {
	lo, hi = max(start, 0), min(end, len(text))
	if lo >= hi {
		return 0, 0, false
	}
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	for hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi++
	}
	return lo, hi, true
}

// htmlRenderText marks up text with marks (see "Marking up a text").
// marks is reordered and its scratch fields are set.
func htmlRenderText(text string, marks []htmlMark) template.HTML {
	if strings.Trim(text, "\n") == "" {
		return `<p class="empty">(no text)</p>`
	}
	var kept []*htmlMark
	bounds := []int{0, len(text)}
	for i := range marks {
		m := &marks[i]
		lo, hi, ok := htmlClamp(text, m.span.Start, m.span.End)
		if !ok {
			continue
		}
		m.start, m.end = lo, hi
		kept = append(kept, m)
		bounds = append(bounds, lo, hi)
	}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			bounds = append(bounds, i, i+1)
		}
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)
	// The sweep takes spans by start; the stable sort keeps equal spans in
	// the caller's order.
	slices.SortStableFunc(kept, func(a, b *htmlMark) int { return cmp.Compare(a.start, b.start) })

	var b strings.Builder
	b.Grow(len(text) + len(text)/4 + 64*len(kept))
	inP := false
	openP := func() {
		if !inP {
			b.WriteString("<p>")
			inP = true
		}
	}
	var active []*htmlMark
	next := 0
	for i := 0; i+1 < len(bounds); i++ {
		lo, hi := bounds[i], bounds[i+1]
		active = slices.DeleteFunc(active, func(m *htmlMark) bool { return m.end <= lo })
		for ; next < len(kept) && kept[next].start <= lo; next++ {
			if m := kept[next]; m.end > lo {
				k, _ := slices.BinarySearchFunc(active, m, htmlNesting)
				for k < len(active) && htmlNesting(active[k], m) == 0 {
					k++ // after equals: the caller's order
				}
				active = slices.Insert(active, k, m)
			}
		}
		if seg := text[lo:hi]; seg == "\n" {
			htmlBadges(&b, active, hi, openP)
			if inP {
				b.WriteString("</p>\n")
				inP = false
			}
			continue
		}
		openP()
		for _, m := range active {
			htmlOpen(&b, m)
			m.emitted = true
		}
		b.WriteString(template.HTMLEscapeString(htmlValidUTF8(text[lo:hi])))
		for k := len(active) - 1; k >= 0; k-- {
			if active[k].kind == htmlMarkPassage {
				b.WriteString("</mark>")
			} else {
				b.WriteString("</span>")
			}
		}
		htmlBadges(&b, active, hi, openP)
	}
	if inP {
		b.WriteString("</p>\n")
	}
	return template.HTML(b.String()) // every piece of text above is escaped
}

// htmlNesting orders the elements of a segment, outermost first:
// passages, then credit, then quotations, so that a quotation's underline
// sits inside a passage's background; within a layer, earlier and longer
// spans outside.
func htmlNesting(a, b *htmlMark) int {
	return cmp.Or(cmp.Compare(a.kind, b.kind), cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end))
}

// htmlOpen writes the start tag of m for one segment; the first segment
// of a passage carries its id.
func htmlOpen(b *strings.Builder, m *htmlMark) {
	esc := template.HTMLEscapeString
	switch m.kind {
	case htmlMarkPassage:
		b.WriteString(`<mark class="passage ` + m.class + `" data-pid="` + m.id + `" data-partner="` + m.partner + `"`)
		if !m.emitted {
			b.WriteString(` id="` + m.id + `" tabindex="0"`)
		}
		b.WriteString(` title="` + esc(m.title) + `">`)
	case htmlMarkCredit:
		b.WriteString(`<span class="credit-evidence" title="` + esc(m.title) + `">`)
	case htmlMarkQuote:
		b.WriteString(`<span class="quote-flag status-` + htmlClassToken(m.quote.Status))
		if m.quote.SpeakerChange {
			b.WriteString(` speaker-changed`)
		}
		b.WriteString(`" data-quote="` + m.id + `">`)
	}
}

// htmlBadges writes the badge of each quotation in active that ends at
// off: its status, and on hover or focus its word diff and speakers.
func htmlBadges(b *strings.Builder, active []*htmlMark, off int, openP func()) {
	esc := template.HTMLEscapeString
	for _, m := range active {
		if m.kind != htmlMarkQuote || m.end != off || !m.emitted {
			continue
		}
		q := m.quote
		openP()
		status := cmp.Or(q.Status, "unchecked")
		label := status
		if q.SpeakerChange {
			label += " · speaker changed"
		}
		b.WriteString(`<span class="quote-note"><span class="quote-badge status-` + htmlClassToken(q.Status) +
			`" tabindex="0" aria-describedby="` + m.id + `-pop">` + esc(label) + `</span>`)
		b.WriteString(`<span class="quote-pop" role="tooltip" id="` + m.id + `-pop">quotation ` + esc(status))
		if len(q.Diff) > 0 {
			b.WriteString(`; source → derived: `)
			b.WriteString(string(htmlDiff(q.Diff)))
		}
		if q.SpeakerChange {
			b.WriteString(`; speaker changed: ` + esc(cmp.Or(q.SourceSpeaker, "unknown")) + ` in the source, ` +
				esc(cmp.Or(q.Speaker, "unknown")) + ` here`)
		} else if q.Speaker != "" {
			b.WriteString(`; speaker: ` + esc(q.Speaker))
		}
		b.WriteString(`</span></span>`)
	}
}

// htmlDiff renders a word diff from the source quotation to the derived
// one: deleted words struck through, inserted words underlined.
func htmlDiff(ops []DiffOp) template.HTML {
	esc := template.HTMLEscapeString
	var b strings.Builder
	for i, op := range ops {
		if i > 0 {
			b.WriteByte(' ')
		}
		switch op.Op {
		case "equal":
			b.WriteString(esc(cmp.Or(op.Derived, op.Source)))
		case "delete":
			b.WriteString(`<del>` + esc(op.Source) + `</del>`)
		case "insert":
			b.WriteString(`<ins>` + esc(op.Derived) + `</ins>`)
		default: // replace, or an op this renderer does not know
			if op.Source != "" {
				b.WriteString(`<del>` + esc(op.Source) + `</del>`)
			}
			if op.Source != "" && op.Derived != "" {
				b.WriteByte(' ')
			}
			if op.Derived != "" {
				b.WriteString(`<ins>` + esc(op.Derived) + `</ins>`)
			}
		}
	}
	return template.HTML(b.String())
}

// htmlValidUTF8 replaces each byte of s that is not part of a valid UTF-8
// sequence with U+FFFD. Unlike strings.ToValidUTF8, which replaces runs,
// it gives the same characters however s is cut into segments.
func htmlValidUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r) // an invalid byte decodes as utf8.RuneError, width 1
	}
	return b.String()
}
