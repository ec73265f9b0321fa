package server

import (
	"cmp"
	"fmt"
	"html/template"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/report"
)

// Marking up a text
//
// A pane shows one article's cleaned text exactly: the pane's text content
// is the article's text, byte for byte (white-space: pre-wrap keeps its
// line breaks), so that a highlighted passage is exactly the text at its
// span. Three layers of spans lie over it — the pair's passages, the
// credit evidence and the derived article's quotations — and they may
// overlap in any way, so the text is cut at every span boundary into
// segments, and each segment is wrapped in the elements of every span that
// covers it, opened and closed around that segment alone:
//
//	text     The minister said "we will act" today.
//	passage  [----------------------------)
//	quote                      [----------------)
//	segments [-----------------)[---------)[-----)[-----)
//	         mark               mark+quote  quote  plain
//
// Every element closes where it opens, whatever the spans do. A span's
// first segment carries its id (the target of links and of the keyboard);
// all its segments carry data-pid, so that highlighting one highlights
// all. Nothing is written into the text that is not the text: a
// quotation's status shows through CSS (::after with attr(data-status)) on
// its last segment, so it is not part of the text content.
//
// The cost is O((n + m) log m) for a text of n bytes and m spans.

type markKind uint8

// Layers, outermost first.
const (
	markPassage markKind = iota
	markCredit
	markQuote
)

// mark is one span laid over a text.
type mark struct {
	span    reprint.Span
	kind    markKind
	class   string // a class token, never from input
	id      string // generated, never from input
	partner string // the passage's id in the other pane
	title   string // escaped when written
	status  string // a quotation's status, shown by CSS

	start, end int
	emitted    bool
}

// clampSpan clamps [start, end) to text and widens it to whole UTF-8
// sequences; ok is false when nothing is left.
func clampSpan(text string, sp reprint.Span) (lo, hi int, ok bool) {
	lo, hi = max(sp.Start, 0), min(sp.End, len(text))
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

// markText marks up text with marks (see "Marking up a text"). marks is
// reordered and its scratch fields set.
func markText(text string, marks []mark) template.HTML {
	if strings.TrimSpace(text) == "" {
		return `<span class="empty">(no text)</span>`
	}
	var kept []*mark
	bounds := []int{0, len(text)}
	for i := range marks {
		m := &marks[i]
		lo, hi, ok := clampSpan(text, m.span)
		if !ok {
			continue
		}
		m.start, m.end = lo, hi
		kept = append(kept, m)
		bounds = append(bounds, lo, hi)
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)
	slices.SortStableFunc(kept, func(a, b *mark) int { return cmp.Compare(a.start, b.start) })

	var b strings.Builder
	b.Grow(len(text) + len(text)/4 + 96*len(kept))
	var active []*mark
	next := 0
	for i := 0; i+1 < len(bounds); i++ {
		lo, hi := bounds[i], bounds[i+1]
		active = slices.DeleteFunc(active, func(m *mark) bool { return m.end <= lo })
		for ; next < len(kept) && kept[next].start <= lo; next++ {
			if m := kept[next]; m.end > lo {
				active = append(active, m)
			}
		}
		slices.SortStableFunc(active, nesting)
		for _, m := range active {
			openMark(&b, m, hi == m.end)
			m.emitted = true
		}
		b.WriteString(template.HTMLEscapeString(validUTF8(text[lo:hi])))
		for k := len(active) - 1; k >= 0; k-- {
			if active[k].kind == markPassage {
				b.WriteString("</mark>")
			} else {
				b.WriteString("</span>")
			}
		}
	}
	return template.HTML(b.String()) // every piece of text above is escaped
}

// nesting orders the elements of a segment, outermost first: passages,
// then credit, then quotations; within a layer earlier and longer spans
// outside.
func nesting(a, b *mark) int {
	return cmp.Or(cmp.Compare(a.kind, b.kind), cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end))
}

func openMark(b *strings.Builder, m *mark, last bool) {
	esc := template.HTMLEscapeString
	id := ""
	if !m.emitted && m.id != "" {
		id = ` id="` + m.id + `" tabindex="0"`
	}
	switch m.kind {
	case markPassage:
		b.WriteString(`<mark class="passage ` + m.class + `" data-pid="` + m.id + `" data-partner="` + m.partner + `"` + id + ` title="` + esc(m.title) + `">`)
	case markCredit:
		b.WriteString(`<span class="credit-evidence" title="` + esc(m.title) + `">`)
	case markQuote:
		class := "quote status-" + m.class
		if flaggedStatus(m.class) {
			class += " flagged"
		}
		if last {
			class += " quote-end"
		}
		b.WriteString(`<span class="` + class + `" data-pid="` + m.id + `"` + id + ` data-status="` + esc(m.status) + `" title="` + esc(m.title) + `">`)
	}
}

// validUTF8 replaces each byte of s that is not part of a valid UTF-8
// sequence with U+FFFD, one for one, so that the characters do not depend
// on where s is cut.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r)
	}
	return b.String()
}

// classToken reduces s to a CSS class token of [a-z0-9-].
func classToken(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if b.Len() == 40 {
			break
		}
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else {
			b.WriteByte('-')
		}
	}
	if b.Len() == 0 {
		return "unknown"
	}
	return b.String()
}

// kindClass maps a passage kind to its class.
func kindClass(kind string) string {
	switch kind {
	case "verbatim", "rewrite":
		return kind
	}
	return "other"
}

// paneMarks returns the marks of one side of p: its passages, and when it
// is the derived side, the credit evidence and the quotations. side is
// "a" or "b"; pane is "l" or "r", where it is shown; prefix makes the ids
// unique on a page of several pairs.
func paneMarks(p *report.Pair, side, pane, prefix string) []mark {
	other := map[string]string{"l": "r", "r": "l"}[pane]
	var ms []mark
	for k, ps := range p.Passages {
		sp := ps.A
		if side == "b" {
			sp = ps.B
		}
		ms = append(ms, mark{span: sp, kind: markPassage, class: kindClass(ps.Kind),
			id: fmt.Sprintf("%sp%d-%s", prefix, k+1, pane), partner: fmt.Sprintf("%sp%d-%s", prefix, k+1, other),
			title: fmt.Sprintf("%s passage %d of %d", kindClass(ps.Kind), k+1, len(p.Passages))})
	}
	id := p.A
	if side == "b" {
		id = p.B
	}
	if id != p.Derived() {
		return ms
	}
	if c := p.Credit; c != nil && c.Evidence != nil {
		ms = append(ms, mark{span: *c.Evidence, kind: markCredit, title: "credit: " + c.Name})
	}
	for k, q := range p.Quotes {
		if q.Article != "" && q.Article != id {
			continue
		}
		title := "quotation " + cmp.Or(q.Status, "unchecked")
		if q.SpeakerChange {
			title += "; speaker changed"
		}
		ms = append(ms, mark{span: q.Span, kind: markQuote, class: classToken(q.Status), id: fmt.Sprintf("%sq%d", prefix, k+1),
			status: quoteLabel(q), title: title})
	}
	return ms
}

// quoteLabel is a quotation's status as a reader reads it.
func quoteLabel(q report.Quote) string {
	l := map[string]string{
		"exact":              "exact",
		"fragment":           "part of a quote",
		"altered":            "words changed",
		"merged":             "joins separate quotes",
		"unquoted-in-source": "not a quote in the source",
		"unattested":         "not in the source",
		"term":               "term",
	}[q.Status]
	if l == "" {
		l = cmp.Or(q.Status, "unchecked")
	}
	if q.SpeakerChange {
		l += ", speaker changed"
	}
	return l
}
