package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/report"
)

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain name.txt", "plain name.txt"},
		{"café – “ok”", "café – “ok”"},
		{"clear\x1b[2J.txt", `clear\x1b[2J.txt`},
		{"two\nlines", `two\x0alines`},
		{"cr\rbell\a", `cr\x0dbell\x07`},
		{"del\x7f", `del\x7f`},
		{"c1\u0085\u009b", `c1\u0085\u009b`},
		{"bidi\u202eevil\u2066", `bidi\u202eevil\u2066`},
		{"sep\u2028", `sep\u2028`},
		{"caf\xe9", `caf\xe9`},
		{"", ""},
	}
	for _, tt := range tests {
		if got := report.Escape(tt.in); got != tt.want {
			t.Errorf("Escape(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// hostileScan is a scan whose names, titles and texts hold terminal
// escapes, newlines and bidi overrides.
func hostileScan() *report.Scan {
	a := "The minister said \x1b[31mthat the plan\x1b[0m costs two billion.\nforged line in a text"
	b := "The minister said that the plan costs two billion, \"we will act\x1b]0;pwned\x07\"."
	source := "a\x1b[2J.txt"
	arts := []report.Article{
		{ID: "a\x1b[2J.txt", Input: "a\x1b[2J.txt", Format: reprint.FormatText, Title: "Title\x1b[1;1H\nforged title line", Bytes: len(a), Text: a},
		{ID: "b\nforged id line\u202e.txt", Input: "b\nforged id line\u202e.txt", Format: reprint.FormatText, Bytes: len(b), Text: b},
	}
	span := func(text, s string) reprint.Span {
		i := strings.Index(text, s)
		return reprint.Span{Start: i, End: i + len(s)}
	}
	pairs := []report.Pair{{
		A: arts[0].ID, B: arts[1].ID, Relation: "partial-copy", Source: &source,
		Direction:  []report.Signal{{Signal: "date", Points: arts[0].ID, Detail: "earlier\nforged signal line"}},
		Similarity: 0.7,
		Coverage:   report.Coverage{A: 0.5, B: 0.5, Verbatim: report.Sides{A: 0.5, B: 0.5}},
		Passages:   []report.Passage{{Kind: "verbatim", A: span(a, "The minister said"), B: span(b, "The minister said"), Score: 1}},
		Credit:     &report.Credit{Article: arts[1].ID, Status: "credited", Name: "Wire\x1b[2J\nforged credit line", Reason: "names\rWire"},
		Quotes: []report.Quote{{
			Article: arts[1].ID, Text: "we will act\x1b]0;pwned\x07", Span: span(b, "we will act"), Status: "altered",
			Speaker: "Ann\nforged speaker line", SourceSpeaker: "Lee\x1b[2J", SpeakerChange: true,
		}},
	}}
	return &report.Scan{
		Schema:   report.Schema,
		Articles: arts,
		Stories: []report.Story{{ID: 1, Articles: []string{arts[0].ID, arts[1].ID}, Lineage: []report.Edge{
			{Child: arts[1].ID, Parent: arts[0].ID}, {Child: arts[0].ID, Parent: report.Unseen},
		}}},
		Pairs:    pairs,
		Rejected: []report.Rejected{{Input: "bad\r\x1b]0;pwned\x07\nforged rejected line", Reason: "unreadable", Detail: "open:\x1b[2J\nforged detail line"}},
		Stats:    report.Stats{Read: 3, Articles: 2, Rejected: 1, Candidates: 1, RelatedPairs: 1, Stories: 1},
	}
}

// TestTextEscapes writes reports of hostile names and texts: no character
// of theirs may reach the terminal raw (issue 13: a name could clear the
// screen or forge report lines). With colour, the only escapes are the
// report's own colour codes.
func TestTextEscapes(t *testing.T) {
	s := hostileScan()
	ownCodes := []string{"\x1b[0m", "\x1b[1m", "\x1b[2m", "\x1b[31m", "\x1b[32m", "\x1b[33m"}
	for _, color := range []bool{false, true} {
		for name, write := range map[string]func(*bytes.Buffer) error{
			"WriteText": func(b *bytes.Buffer) error { return report.WriteText(b, s, report.TextOptions{Color: color}) },
			"WritePairText": func(b *bytes.Buffer) error {
				return report.WritePairText(b, s, &s.Pairs[0], report.TextOptions{Color: color})
			},
		} {
			var b bytes.Buffer
			if err := write(&b); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			out := b.String()
			rest := out
			for _, c := range ownCodes {
				if color {
					rest = strings.ReplaceAll(rest, c, "")
				}
			}
			if i := strings.IndexFunc(rest, func(r rune) bool { return r < 0x20 && r != '\n' || r == 0x7f || r == 0x202e }); i >= 0 {
				t.Errorf("%s (colour %v) writes %q raw in %q", name, color, rest[i], rest[max(0, i-20):min(len(rest), i+20)])
			}
			for line := range strings.SplitSeq(out, "\n") {
				if strings.HasPrefix(strings.TrimSpace(line), "forged") {
					t.Errorf("%s (colour %v) writes a forged line %q", name, color, line)
				}
			}
			if !strings.Contains(out, `a\x1b[2J.txt`) {
				t.Errorf("%s (colour %v) does not show the escaped name a\\x1b[2J.txt:\n%s", name, color, out)
			}
		}
	}
}
