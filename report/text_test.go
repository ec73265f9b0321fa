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
