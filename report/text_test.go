package report_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/report"
)

// longScan is a scan whose names, title, quotation, signal, credit and
// rejection are each longer than a terminal line.
func longScan() *report.Scan {
	long := strings.Repeat("very-long-name-", 10)
	a := "The minister said the plan " + strings.Repeat("would cost two billion over ten years and more ", 4) + "in the end."
	b := "Officials said " + a
	arts := []report.Article{
		{ID: long + "a.txt", Input: long + "a.txt", Format: reprint.FormatText, Title: strings.Repeat("A headline that goes on ", 8), Bytes: len(a), Text: a},
		{ID: long + "b.txt", Input: long + "b.txt", Format: reprint.FormatText, Bytes: len(b), Text: b},
	}
	quote := strings.Repeat("we will act on every word of it ", 5)
	source := arts[0].ID
	return &report.Scan{
		Schema:   report.Schema,
		Articles: arts,
		Stories: []report.Story{{ID: 1, Articles: []string{arts[0].ID, arts[1].ID}, Lineage: []report.Edge{
			{Child: arts[1].ID, Parent: arts[0].ID}, {Child: arts[0].ID, Parent: report.Unseen},
		}}},
		Pairs: []report.Pair{{
			A: arts[0].ID, B: arts[1].ID, Relation: "copy", Source: &source, Similarity: 0.9,
			Direction: []report.Signal{{Signal: "containment", Points: arts[0].ID, Detail: strings.Repeat("B lies inside A ", 10)}},
			Coverage:  report.Coverage{A: 1, B: 0.9, Verbatim: report.Sides{A: 1, B: 0.9}},
			Passages:  []report.Passage{{Kind: "verbatim", A: reprint.Span{End: len(a)}, B: reprint.Span{Start: len(b) - len(a), End: len(b)}, Score: 1}},
			Credit:    &report.Credit{Article: arts[1].ID, Status: "not-credited", Reason: strings.Repeat("no credit line names the source ", 5)},
			Quotes:    []report.Quote{{Article: arts[1].ID, Text: quote, Status: "altered"}},
		}},
		Rejected: []report.Rejected{{Input: long + "c.txt", Reason: "unreadable", Detail: strings.Repeat("permission denied ", 4)}},
		Stats:    report.Stats{Read: 3, Articles: 2, Rejected: 1, Candidates: 1, RelatedPairs: 1, Stories: 1},
	}
}

var ansiCode = regexp.MustCompile("\x1b\\[[0-9;]*m")

// TestTextWidth checks that the terminal reports cut their lines to
// TextOptions.Width (issue 13: cut only on a terminal) and that with
// Unlimited, the form written into a pipe or file, nothing is cut: every
// name, title, detail and quotation appears whole and no line ends in an
// ellipsis.
func TestTextWidth(t *testing.T) {
	s := longScan()
	// What each view shows whole when nothing is cut.
	whole := map[string][]string{
		"WriteText": {s.Articles[0].ID, s.Articles[1].ID, strings.TrimSpace(s.Articles[0].Title), s.Rejected[0].Input,
			strings.TrimSpace(s.Rejected[0].Detail), strings.TrimSpace(s.Pairs[0].Quotes[0].Text)},
		"WritePairText": {s.Articles[0].ID, s.Articles[1].ID, strings.TrimSpace(s.Pairs[0].Quotes[0].Text),
			strings.TrimSpace(s.Pairs[0].Credit.Reason), strings.TrimSpace(s.Pairs[0].Direction[0].Detail)},
	}
	for name, write := range map[string]func(*bytes.Buffer, report.TextOptions) error{
		"WriteText": func(b *bytes.Buffer, o report.TextOptions) error { return report.WriteText(b, s, o) },
		"WritePairText": func(b *bytes.Buffer, o report.TextOptions) error {
			return report.WritePairText(b, s, &s.Pairs[0], o)
		},
	} {
		for _, width := range []int{0, report.DefaultWidth, 120} {
			var b bytes.Buffer
			if err := write(&b, report.TextOptions{Color: true, Width: width}); err != nil {
				t.Fatal(err)
			}
			want := width
			if want == 0 {
				want = report.DefaultWidth
			}
			cut := false
			for line := range strings.SplitSeq(ansiCode.ReplaceAllString(b.String(), ""), "\n") {
				if n := utf8.RuneCountInString(line); n > want {
					t.Errorf("%s(Width %d): line of %d columns; want ≤ %d: %q", name, width, n, want, line)
				}
				cut = cut || strings.Contains(line, "…")
			}
			if !cut {
				t.Errorf("%s(Width %d) cut no line; the scan's lines are longer than that", name, width)
			}
		}
		var b bytes.Buffer
		if err := write(&b, report.TextOptions{Width: report.Unlimited}); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if strings.Contains(out, "…") {
			t.Errorf("%s(Unlimited) cut a line:\n%s", name, out)
		}
		for _, w := range whole[name] {
			if !strings.Contains(out, w) {
				t.Errorf("%s(Unlimited) lacks %q whole:\n%s", name, w, out)
			}
		}
	}
}

// TestTextTreeEveryArticleOnce checks that the terminal report's lineage
// draws every article of a story exactly once, whatever its edges say:
// articles caught in a cycle, an article whose parent is outside the
// story, an article with two edges and one with an edge to itself. Before
// the terminal tree was LineageTree's, a cycle's articles were not printed
// at all and an article with two edges was printed twice.
func TestTextTreeEveryArticleOnce(t *testing.T) {
	e := func(child, parent string) report.Edge { return report.Edge{Child: child, Parent: parent} }
	tests := []struct {
		name     string
		articles []string
		lineage  []report.Edge
		notes    []string // notes the report must print
	}{
		{"chain", []string{"alpha.txt", "bravo.txt", "charlie.txt"},
			[]report.Edge{e("bravo.txt", "alpha.txt"), e("charlie.txt", "bravo.txt")}, nil},
		{"cycle of two", []string{"alpha.txt", "bravo.txt"},
			[]report.Edge{e("alpha.txt", "bravo.txt"), e("bravo.txt", "alpha.txt")}, []string{"its lineage is circular"}},
		{"cycle of three under a root", []string{"root.txt", "alpha.txt", "bravo.txt", "charlie.txt", "delta.txt"},
			[]report.Edge{e("alpha.txt", "charlie.txt"), e("bravo.txt", "alpha.txt"), e("charlie.txt", "bravo.txt"), e("delta.txt", "root.txt")},
			[]string{"its lineage is circular"}},
		{"parent outside the story", []string{"alpha.txt", "bravo.txt"},
			[]report.Edge{e("alpha.txt", "elsewhere.txt"), e("bravo.txt", "alpha.txt")}, []string{"its parent elsewhere.txt is not in this story"}},
		{"two edges for one child", []string{"alpha.txt", "bravo.txt", "charlie.txt"},
			[]report.Edge{e("charlie.txt", "alpha.txt"), e("charlie.txt", "bravo.txt")}, nil},
		{"edge to itself", []string{"alpha.txt", "bravo.txt"},
			[]report.Edge{e("alpha.txt", "alpha.txt"), e("bravo.txt", "alpha.txt")}, nil},
		{"unseen source and a cycle", []string{"alpha.txt", "bravo.txt", "charlie.txt"},
			[]report.Edge{e("alpha.txt", report.Unseen), e("bravo.txt", "charlie.txt"), e("charlie.txt", "bravo.txt")},
			[]string{"unseen common source", "its lineage is circular"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var arts []report.Article
			for _, id := range tc.articles {
				arts = append(arts, report.Article{ID: id, Text: "Text of " + id})
			}
			var pairs []report.Pair
			for _, ed := range tc.lineage {
				if ed.Parent == report.Unseen || ed.Parent == ed.Child {
					continue
				}
				src := ed.Parent
				pairs = append(pairs, report.Pair{A: ed.Parent, B: ed.Child, Relation: "copy", Source: &src,
					Coverage: report.Coverage{A: 1, B: 1}})
			}
			s := &report.Scan{Schema: report.Schema, Articles: arts, Pairs: pairs,
				Stories: []report.Story{{ID: 1, Articles: tc.articles, Lineage: tc.lineage}}}
			var b bytes.Buffer
			if err := report.WriteText(&b, s, report.TextOptions{Width: report.Unlimited}); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			for _, id := range tc.articles {
				// An article's own line starts with its id after the tree's
				// drawing; notes name a parent only inside "its parent …".
				n := 0
				for line := range strings.Lines(out) {
					if strings.HasPrefix(strings.TrimLeft(line, " │├└─"), id) {
						n++
					}
				}
				if n != 1 {
					t.Errorf("WriteText drew %s %d times; want once:\n%s", id, n, out)
				}
			}
			for _, note := range tc.notes {
				if !strings.Contains(out, note) {
					t.Errorf("WriteText lacks %q:\n%s", note, out)
				}
			}
		})
	}
}
