package report_test

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/report"
)

// TestMarkText checks the mark-up on overlapping, nested, clamped, empty
// and UTF-8-splitting spans: every element closes, an empty span marks
// nothing, each passage's text is the text at its (clamped) span, the
// quotation's end carries its flag, and the text content is the text byte
// for byte.
func TestMarkText(t *testing.T) {
	text := "Él dijo “sí” hoy.\nY mañana."
	altered := report.Quote{Status: "altered", Diff: []report.DiffOp{{Op: "replace", Source: "no", Derived: "sí"}}}
	marks := []report.Mark{
		{Span: sp(0, 12), Kind: report.MarkPassage, Class: "verbatim", ID: "p1-l", Partner: "p1-r"},
		{Span: sp(5, 20), Kind: report.MarkQuote, ID: "q1", Quote: &altered},
		{Span: sp(1, 3), Kind: report.MarkPassage, Class: "rewrite", ID: "p2-l", Partner: "p2-r"}, // splits É
		{Span: sp(25, 999), Kind: report.MarkCredit, Title: "credit: <b>"},
		{Span: sp(7, 7), Kind: report.MarkPassage, ID: "empty"},
		{Span: sp(-5, -1), Kind: report.MarkPassage, ID: "before"},
	}
	// The text each passage should show: its span clamped and widened to
	// whole characters, line breaks kept.
	want := map[string]string{"p1-l": text[0:12], "p2-l": text[0:3]}
	out := string(report.MarkText(text, marks))
	doc, err := html.Parse(strings.NewReader("<div>" + out + "</div>"))
	if err != nil {
		t.Fatal(err)
	}
	if got := htmlText(doc); got != text {
		t.Errorf("text content = %q; want %q", got, text)
	}
	if strings.Count(out, "<mark") != strings.Count(out, "</mark>") || strings.Count(out, "<span") != strings.Count(out, "</span>") {
		t.Errorf("elements do not balance: %s", out)
	}
	for _, id := range []string{"empty", "before"} {
		if strings.Contains(out, `"`+id+`"`) {
			t.Errorf("span %s outside the text was marked: %s", id, out)
		}
	}
	if end := `class="quote status-altered flagged quote-end"`; strings.Count(out, end) != 1 {
		t.Errorf("want one %s in %s", end, out)
	}
	if strings.Contains(out, "<b>") {
		t.Errorf("a title was not escaped: %s", out)
	}
	shown := map[string]string{}
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.Data == "mark" {
			shown[htmlAttr(n, "data-pid")] += htmlText(n)
		}
	}
	for id, w := range want {
		if shown[id] != w {
			t.Errorf("passage %s shows %q; want %q", id, shown[id], w)
		}
	}
}

// TestMarkTextHeadline checks the headline layer: it is outermost, so a
// passage that crosses from the headline into the body is cut at the
// headline's end and nests inside it, the headline's text is its span's,
// and an article without a headline gets no mark.
func TestMarkTextHeadline(t *testing.T) {
	text := "Storm closes harbour\n\nThe harbour closed today."
	h := sp(0, 20)
	tests := []struct {
		name     string
		art      *report.Article
		headline string // the text shown as the headline; "" for none
	}{
		{"headline", &report.Article{Text: text, Headline: &h}, "Storm closes harbour"},
		{"none", &report.Article{Text: text}, ""},
		{"nil article", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			marks := append([]report.Mark{{Span: sp(6, 30), Kind: report.MarkPassage, Class: "verbatim", ID: "p1-l", Partner: "p1-r"}},
				report.HeadlineMarks(tt.art)...)
			out := string(report.MarkText(text, marks))
			doc, err := html.Parse(strings.NewReader("<div>" + out + "</div>"))
			if err != nil {
				t.Fatal(err)
			}
			if got := htmlText(doc); got != text {
				t.Errorf("text content = %q; want %q", got, text)
			}
			var shown, passage, nested string
			for n := range doc.Descendants() {
				if n.Type != html.ElementNode {
					continue
				}
				switch {
				case n.Data == "span" && htmlAttr(n, "class") == "headline":
					shown += htmlText(n)
					for c := range n.Descendants() {
						if c.Type == html.ElementNode && c.Data == "span" {
							t.Errorf("an element inside the headline's mark is not a passage: %s", out)
						}
					}
				case n.Data == "mark":
					passage += htmlText(n)
					if p := n.Parent; p.Type == html.ElementNode && htmlAttr(p, "class") == "headline" {
						nested += htmlText(n)
					}
				}
			}
			if shown != tt.headline {
				t.Errorf("headline shows %q; want %q (%s)", shown, tt.headline, out)
			}
			if want := text[6:30]; passage != want {
				t.Errorf("passage shows %q; want %q", passage, want)
			}
			if tt.headline != "" && nested != text[6:len(tt.headline)] {
				t.Errorf("passage inside the headline shows %q; want %q (%s)", nested, text[6:len(tt.headline)], out)
			}
		})
	}
}

// TestLineageTree checks that every article of a story is drawn once,
// under its parent when the parent is in the story, and as a root with a
// note otherwise.
func TestLineageTree(t *testing.T) {
	edge := func(c, p string) report.Edge { return report.Edge{Child: c, Parent: p} }
	tests := []struct {
		name string
		st   report.Story
		want string // the tree: id(children), notes in []
	}{
		{"chain", report.Story{Articles: []string{"a", "b", "c"}, Lineage: []report.Edge{edge("b", "a"), edge("c", "b")}}, "a(b(c))"},
		{"siblings in story order", report.Story{Articles: []string{"a", "c", "b"}, Lineage: []report.Edge{edge("b", "a"), edge("c", "a")}}, "a(c b)"},
		{"unseen source", report.Story{Articles: []string{"a", "b", "c"}, Lineage: []report.Edge{edge("a", report.Unseen), edge("b", report.Unseen), edge("c", "a")}}, "*(a(c) b)"},
		{"parent elsewhere", report.Story{Articles: []string{"a", "b"}, Lineage: []report.Edge{edge("b", "x")}}, "a b[its parent x is not in this story]"},
		{"cycle", report.Story{Articles: []string{"a", "b", "c"}, Lineage: []report.Edge{edge("a", "b"), edge("b", "a"), edge("c", "a")}}, "a[its lineage is circular](b c)"},
		{"self edge and second edge", report.Story{Articles: []string{"a", "b"}, Lineage: []report.Edge{edge("a", "a"), edge("b", "a"), edge("b", "zzz")}}, "a(b)"},
		{"edge of an article outside", report.Story{Articles: []string{"a"}, Lineage: []report.Edge{edge("q", "a")}}, "a"},
		{"order unknown", report.Story{Articles: []string{"a", "b", "c"}, Lineage: []report.Edge{edge("b", "a"), {Child: "c", Parent: "b", OrderUnknown: true}}},
			"a(b(c[the same text as b: one copied the other, which is unknown]))"},
		{"order unknown on a root's edge is no note", report.Story{Articles: []string{"a", "b"}, Lineage: []report.Edge{{Child: "b", Parent: "x", OrderUnknown: true}}},
			"a b[its parent x is not in this story]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tree := report.LineageTree(&tc.st)
			var ids []string
			if got := drawTree(tree, "", &ids); got != tc.want {
				t.Errorf("LineageTree = %s; want %s", got, tc.want)
			}
			slices.Sort(ids)
			want := slices.Sorted(slices.Values(tc.st.Articles))
			if !slices.Equal(ids, want) {
				t.Errorf("LineageTree draws %v; want each of %v once", ids, want)
			}
		})
	}
}

// drawTree writes nodes as "id(children)", the unseen source as "*", and
// checks that each child names its parent.
func drawTree(nodes []*report.TreeNode, parent string, ids *[]string) string {
	var parts []string
	for _, n := range nodes {
		s := "*"
		if !n.Unseen {
			s = n.ID
			*ids = append(*ids, n.ID)
			if n.Parent != parent {
				s += "{parent " + n.Parent + "}"
			}
		}
		if n.Note != "" {
			s += "[" + n.Note + "]"
		}
		p := n.ID
		if n.Unseen {
			p = report.Unseen
		}
		if len(n.Children) > 0 {
			s += "(" + drawTree(n.Children, p, ids) + ")"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

func sp(a, b int) reprint.Span { return reprint.Span{Start: a, End: b} }

// TestStoryTitle: a story is named by its first root's title, else any
// article's title, else its first root's lead, else an id.
func TestStoryTitle(t *testing.T) {
	arts := map[string]*report.Article{
		"wire":  {ID: "wire", Text: "Storm closes harbour\nThe storm…"},
		"paper": {ID: "paper", Title: "Harbour shut", Text: "Harbour shut\n…"},
		"blog":  {ID: "blog", Title: "Storm!", Text: "…"},
		"blank": {ID: "blank", Text: "\n\n"},
	}
	art := func(id string) *report.Article { return arts[id] }
	edge := func(c, p string) report.Edge { return report.Edge{Child: c, Parent: p} }
	tests := []struct {
		name string
		st   report.Story
		want string
	}{
		{"root's title", report.Story{Articles: []string{"paper", "blog"}, Lineage: []report.Edge{edge("paper", "blog")}}, "Storm!"},
		{"a child of the unseen source is a root", report.Story{Articles: []string{"paper", "blog"}, Lineage: []report.Edge{edge("paper", report.Unseen), edge("blog", "paper")}}, "Harbour shut"},
		{"a child's title before the root's lead", report.Story{Articles: []string{"wire", "paper"}, Lineage: []report.Edge{edge("paper", "wire")}}, "Harbour shut"},
		{"the root's lead", report.Story{Articles: []string{"blank", "wire"}, Lineage: []report.Edge{edge("blank", "wire")}}, "Storm closes harbour"},
		{"an id", report.Story{ID: 3, Articles: []string{"gone", "blank"}}, "gone"},
		{"no articles", report.Story{ID: 3}, "story 3"},
	}
	for _, tc := range tests {
		if got := report.StoryTitle(&tc.st, art); got != tc.want {
			t.Errorf("StoryTitle(%s) = %q; want %q", tc.name, got, tc.want)
		}
	}
}
