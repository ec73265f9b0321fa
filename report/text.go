package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// TextOptions configure WriteText.
type TextOptions struct {
	// Color adds ANSI colours; set it only when writing to a terminal.
	Color bool
	// Width is the line width to fit, in columns: a longer line is cut
	// with an ellipsis. Zero means DefaultWidth. Unlimited cuts nothing,
	// for output into a pipe or file, which programs and pagers read
	// whole; pairs side by side are then laid out DefaultWidth wide.
	Width int
	// MaxStories is how many stories are drawn in full; the rest are
	// counted. Zero means DefaultMaxStories.
	MaxStories int
	// MaxFlags is how many flagged quotes are listed per derived article.
	// Zero means DefaultMaxFlags.
	MaxFlags int
}

// Defaults of TextOptions. A terminal report is read top to bottom: the
// largest stories come first and a 2,000-article folder still fits a
// screenful per story.
const (
	DefaultWidth      = 100
	DefaultMaxStories = 20
	DefaultMaxFlags   = 5
)

// Unlimited as TextOptions.Width writes every line whole.
const Unlimited = -1

// unlimitedWidth stands for Unlimited inside the writers: wider than any
// line, so that clip never cuts and every width computed from it stays
// positive.
const unlimitedWidth = 1 << 30

// setDefaults fills the zero fields of o and turns Unlimited into
// unlimitedWidth.
func (o *TextOptions) setDefaults() {
	switch {
	case o.Width == 0:
		o.Width = DefaultWidth
	case o.Width < 0:
		o.Width = unlimitedWidth
	}
	if o.MaxStories <= 0 {
		o.MaxStories = DefaultMaxStories
	}
	if o.MaxFlags <= 0 {
		o.MaxFlags = DefaultMaxFlags
	}
}

// layoutWidth is the width to lay columns out in: Width, or DefaultWidth
// when lines are not cut.
func (o *TextOptions) layoutWidth() int {
	if o.Width == unlimitedWidth {
		return DefaultWidth
	}
	return o.Width
}

// ANSI colours, used only with TextOptions.Color.
const (
	ansiReset = "\x1b[0m"
	ansiBold  = "\x1b[1m"
	ansiDim   = "\x1b[2m"
	ansiRed   = "\x1b[31m"
	ansiGreen = "\x1b[32m"
	ansiYell  = "\x1b[33m"
)

// WriteText writes s for a person at a terminal: a summary line, then each
// story with its lineage drawn as a tree, one line per article with its
// relation to its parent, how much of it is reused, whether it credits the
// source and how its quotations fared, and under it the quotations that
// changed.
func WriteText(w io.Writer, s *Scan, opts TextOptions) error {
	opts.setDefaults()
	t := &textWriter{w: bufio.NewWriter(w), s: s, opts: opts}
	t.summary()
	for i, st := range s.Stories {
		if i == opts.MaxStories {
			rest := 0
			for _, o := range s.Stories[i:] {
				rest += len(o.Articles)
			}
			t.linef("\n… %d more stories (%d articles); --json or --html for all", len(s.Stories)-i, rest)
			break
		}
		t.story(st)
	}
	if t.err != nil {
		return t.err
	}
	return t.w.Flush()
}

type textWriter struct {
	w    *bufio.Writer
	s    *Scan
	opts TextOptions
	err  error
}

// linef writes one line. String arguments are untrusted (names, titles,
// text) and are escaped (Escape), except the colour codes of paint.
func (t *textWriter) linef(format string, args ...any) {
	if t.err != nil {
		return
	}
	for i, a := range args {
		if s, ok := a.(string); ok {
			args[i] = t.escape(s)
		}
	}
	_, t.err = fmt.Fprintf(t.w, format+"\n", args...)
}

// escape is Escape, keeping the colour codes paint writes when colour is
// on: they change colours only, never the screen or the lines.
func (t *textWriter) escape(s string) string {
	if !t.opts.Color || !strings.Contains(s, "\x1b") {
		return Escape(s)
	}
	var b strings.Builder
	for s != "" {
		i := strings.IndexByte(s, 0x1b)
		if i < 0 {
			b.WriteString(Escape(s))
			break
		}
		b.WriteString(Escape(s[:i]))
		s = s[i:]
		code := ""
		for _, c := range ansiCodes {
			if strings.HasPrefix(s, c) {
				code = c
				break
			}
		}
		if code == "" {
			b.WriteString(Escape(s[:1]))
			s = s[1:]
			continue
		}
		b.WriteString(code)
		s = s[len(code):]
	}
	return b.String()
}

var ansiCodes = []string{ansiReset, ansiBold, ansiDim, ansiRed, ansiGreen, ansiYell}

func (t *textWriter) paint(code, s string) string {
	if !t.opts.Color || s == "" {
		return s
	}
	return code + s + ansiReset
}

func (t *textWriter) summary() {
	st := t.s.Stats
	t.linef("%s", t.paint(ansiBold, fmt.Sprintf("%d articles read: %d kept, %d rejected · %s in %s",
		st.Read, st.Articles, st.Rejected, plural(st.RelatedPairs, "related pair"), plural(len(t.s.Stories), "story"))))
	for _, r := range t.s.Rejected {
		// The input's name gets at most 3/5 of the width and the detail
		// what is left of the line, at least 10 columns.
		in := clip(r.Input, t.opts.Width*3/5)
		room := t.opts.Width - utf8.RuneCountInString("  rejected : : "+in+r.Reason)
		t.linef("  rejected %s: %s%s", in, r.Reason, prefix(": ", clip(r.Detail, max(room, 10))))
	}
}

// story draws one story's lineage tree as LineageTree lays it out, the
// tree the HTML report and the server draw: every article of the story
// once, those whose parent is outside the story or whose lineage is
// circular as roots with a note saying so.
func (t *textWriter) story(st Story) {
	t.linef("")
	t.linef("%s", t.paint(ansiBold, fmt.Sprintf("Story %d · %s", st.ID, plural(len(st.Articles), "article"))))
	for _, r := range LineageTree(&st) {
		t.node(r, "  ", true, true)
	}
}

// node draws n and its subtree. indent is the prefix of this level.
func (t *textWriter) node(n *TreeNode, indent string, last, root bool) {
	branch, next := "├─ ", "│  "
	if last {
		branch, next = "└─ ", "   "
	}
	if root {
		branch, next = "", ""
	}
	head := indent + branch
	if n.Unseen {
		t.linef("%s%s", head, t.paint(ansiDim, "(unseen common source, not in the corpus)"))
	} else {
		t.linef("%s", t.articleLine(head, n.ID, n.Parent))
		under := indent + next + "   "
		if n.Note != "" {
			t.linef("%s%s", under, t.paint(ansiDim, clip("("+n.Note+")", max(t.opts.Width-utf8.RuneCountInString(under), 10))))
		}
		t.flags(under, n.ID, n.Parent)
	}
	for i, c := range n.Children {
		t.node(c, indent+next, i == len(n.Children)-1, false)
	}
}

// articleLine is one line for an article: its id, and when it has a parent
// article, the relation, reuse, credit and quote summary.
func (t *textWriter) articleLine(head, id, parent string) string {
	width := t.opts.Width - utf8.RuneCountInString(head)
	p := t.pair(id, parent)
	if p == nil {
		shown := clip(id, width)
		title := ""
		// The title follows when at least 10 columns of it fit.
		if a := t.s.Article(id); a != nil && a.Title != "" && width-utf8.RuneCountInString(shown)-2 >= 10 {
			title = "  " + t.paint(ansiDim, clip(a.Title, width-utf8.RuneCountInString(shown)-2))
		}
		return head + t.paint(ansiBold, shown) + title
	}
	cov := p.Coverage.A
	if p.B == id {
		cov = p.Coverage.B
	}
	var parts, plain []string
	add := func(code, s string) {
		plain = append(plain, s)
		if code != "" {
			s = t.paint(code, s)
		}
		parts = append(parts, s)
	}
	add("", fmt.Sprintf("%s %.0f%%", p.Label(), 100*cov))
	if p.Credit != nil {
		if p.Credit.Status == "credited" {
			add(ansiGreen, "credits "+p.Credit.Name)
		} else {
			add(ansiRed, "no credit")
		}
	}
	if q := quoteSummary(p.Quotes); q != "" {
		add("", "quotes "+q)
	}
	detail := strings.Join(parts, " · ")
	// The id gives way to the detail down to 12 columns; past that the
	// detail is cut too, without its colours.
	shown := clip(id, max(width-visible(detail)-2, 12))
	if room := width - utf8.RuneCountInString(shown) - 2; visible(detail) > room {
		detail = clip(strings.Join(plain, " · "), max(room, 1))
	}
	return head + shown + "  " + detail
}

// flags lists the derived article's changed quotations under its line.
func (t *textWriter) flags(indent, id, parent string) {
	p := t.pair(id, parent)
	if p == nil {
		return
	}
	n := 0
	for _, q := range p.Quotes {
		if q.Status == "exact" || q.Status == "fragment" || q.Status == "term" {
			if !q.SpeakerChange {
				continue
			}
		}
		if n == t.opts.MaxFlags {
			t.linef("%s… more flagged quotes (--json or --html)", indent)
			return
		}
		n++
		label := q.Status
		if q.SpeakerChange {
			label += ", speaker " + q.SourceSpeaker + " → " + q.Speaker
		}
		room := t.opts.Width - utf8.RuneCountInString(indent) - utf8.RuneCountInString(label) - 6
		line := fmt.Sprintf("%s⚑ %s “%s”", indent, t.paint(ansiYell, label), clip(oneLine(q.Text), max(room, 10)))
		t.linef("%s", line)
		if d := diffLine(q.Diff); d != "" {
			t.linef("%s  %s", indent, clip(d, max(t.opts.Width-utf8.RuneCountInString(indent)-2, 10)))
		}
	}
}

// pair returns the pair linking child to parent, or nil.
func (t *textWriter) pair(child, parent string) *Pair {
	if parent == "" || parent == Unseen {
		return nil
	}
	for i := range t.s.Pairs {
		p := &t.s.Pairs[i]
		if p.A == child && p.B == parent || p.A == parent && p.B == child {
			return p
		}
	}
	return nil
}

// quoteSummary counts quote statuses: "4 ok, 1 altered".
func quoteSummary(qs []Quote) string {
	if len(qs) == 0 {
		return ""
	}
	counts := map[string]int{}
	for _, q := range qs {
		s := q.Status
		if s == "exact" || s == "fragment" {
			s = "ok"
		}
		counts[s]++
	}
	var parts []string
	for _, s := range []string{"ok", "altered", "merged", "unquoted-in-source", "unattested", "term"} {
		if counts[s] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[s], s))
		}
	}
	return strings.Join(parts, ", ")
}

// diffLine renders a word diff compactly: "real → true".
func diffLine(ops []DiffOp) string {
	var parts []string
	for _, op := range ops {
		switch op.Op {
		case "replace":
			parts = append(parts, op.Source+" → "+op.Derived)
		case "delete":
			parts = append(parts, "−"+op.Source)
		case "insert":
			parts = append(parts, "+"+op.Derived)
		}
	}
	return strings.Join(parts, "; ")
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// clip cuts s to at most width runes, with an ellipsis.
func clip(s string, width int) string {
	if utf8.RuneCountInString(s) <= width {
		return s
	}
	if width <= 1 {
		return "…"
	}
	r := []rune(s)
	return string(r[:width-1]) + "…"
}

// visible counts the runes of s outside ANSI escape sequences.
func visible(s string) int {
	n, esc := 0, false
	for _, r := range s {
		switch {
		case r == '\x1b':
			esc = true
		case esc:
			if r == 'm' {
				esc = false
			}
		default:
			n++
		}
	}
	return n
}

// plural writes n and the noun, in the plural when n is not 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "y") {
		return fmt.Sprintf("%d %sies", n, noun[:len(noun)-1])
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func prefix(p, s string) string {
	if s == "" {
		return ""
	}
	return p + s
}
