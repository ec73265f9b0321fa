package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/reprint/reprint"
)

// WritePairText writes one pair in depth for a terminal: relation and
// coverage, the direction with each signal's vote, the credit, every
// checked quotation, and each shared passage with both sides' text.
func WritePairText(w io.Writer, s *Scan, p *Pair, opts TextOptions) error {
	opts.setDefaults()
	t := &textWriter{w: bufio.NewWriter(w), s: s, opts: opts}
	a, b := s.Article(p.A), s.Article(p.B)
	if a == nil || b == nil {
		return fmt.Errorf("report: pair %s ↔ %s names an unknown article", p.A, p.B)
	}
	t.linef("%s", t.paint(ansiBold, clip(fmt.Sprintf("A  %s", p.A), opts.Width)))
	t.linef("%s", t.paint(ansiBold, clip(fmt.Sprintf("B  %s", p.B), opts.Width)))
	t.linef("")
	t.linef("relation    %s (similarity %.2f)", p.Relation, p.Similarity)
	t.linef("extent      %s", extentLine(p))
	t.linef("coverage    A %.0f%% (verbatim %.0f%%, rewrite %.0f%%) · B %.0f%% (verbatim %.0f%%, rewrite %.0f%%)",
		100*p.Coverage.A, 100*p.Coverage.Verbatim.A, 100*p.Coverage.Rewrite.A,
		100*p.Coverage.B, 100*p.Coverage.Verbatim.B, 100*p.Coverage.Rewrite.B)
	switch {
	case p.Source != nil:
		t.linef("source      %s", clip(*p.Source, opts.Width-12))
	case p.Common:
		t.linef("source      an unseen common source: neither contains the other")
	default:
		t.linef("source      unknown")
	}
	for _, sig := range p.Direction {
		vote := "abstains"
		if sig.Points != "" {
			vote = "→ " + sig.Points
		}
		t.linef("  %-12s %s", sig.Signal, clip(vote+": "+sig.Detail, opts.Width-15))
	}
	if c := p.Credit; c != nil {
		line := c.Status
		if c.Name != "" {
			line += " (" + c.Name + ")"
		}
		t.linef("credit      %s: %s", line, clip(c.Reason, max(opts.Width-utf8.RuneCountInString(line)-14, 10)))
	}
	if len(p.Quotes) > 0 {
		t.linef("")
		heading := fmt.Sprintf("Quotations of %s against the source (%s)", p.Derived(), quoteSummary(p.Quotes))
		if p.Derived() == "" {
			heading = fmt.Sprintf("Quotations of each version against the other, the order unknown (%s)", quoteSummary(p.Quotes))
		}
		t.linef("%s", t.paint(ansiBold, clip(heading, opts.Width)))
		for _, q := range p.Quotes {
			label := q.Status
			if q.SpeakerChange {
				label += ", speaker " + q.SourceSpeaker + " → " + q.Speaker
			}
			code := ansiGreen
			if q.Status != "exact" && q.Status != "fragment" {
				code = ansiYell
			}
			room := opts.Width - utf8.RuneCountInString(label) - 8
			t.linef("  %s “%s”", t.paint(code, label), clip(oneLine(q.Text), max(room, 10)))
			if d := diffLine(q.Diff); d != "" {
				t.linef("      %s", clip(d, opts.Width-6))
			}
		}
	}
	half := (opts.layoutWidth() - 3) / 2
	for i, ps := range p.Passages {
		t.linef("")
		t.linef("%s", t.paint(ansiBold, fmt.Sprintf("Passage %d of %d · %s · score %.2f · A %s · B %s",
			i+1, len(p.Passages), ps.Kind, ps.Score, ps.A, ps.B)))
		left := wrap(spanText(a.Text, ps.A), half)
		right := wrap(spanText(b.Text, ps.B), half)
		for k := 0; k < max(len(left), len(right)); k++ {
			var l, r string
			if k < len(left) {
				l = left[k]
			}
			if k < len(right) {
				r = right[k]
			}
			t.linef("%s │ %s", pad(l, half), r)
		}
	}
	if t.err != nil {
		return t.err
	}
	return t.w.Flush()
}

// spanText is the text at sp, or a note when sp does not fit text.
func spanText(text string, sp reprint.Span) string {
	s, err := sp.In(text)
	if err != nil {
		return "(" + err.Error() + ")"
	}
	return s
}

// wrap breaks s into lines of at most width runes at spaces, keeping the
// text's own paragraph breaks.
func wrap(s string, width int) []string {
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, w := range strings.Fields(para) {
			for utf8.RuneCountInString(w) > width {
				r := []rune(w)
				if line != "" {
					lines = append(lines, line)
					line = ""
				}
				lines = append(lines, string(r[:width]))
				w = string(r[width:])
			}
			switch {
			case line == "":
				line = w
			case utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) <= width:
				line += " " + w
			default:
				lines = append(lines, line)
				line = w
			}
		}
		if line != "" {
			lines = append(lines, line)
		}
	}
	return lines
}

func pad(s string, width int) string {
	if n := utf8.RuneCountInString(s); n < width {
		return s + strings.Repeat(" ", width-n)
	}
	return s
}

// extentLine says how much of which article comes from the other: "whole
// of B (92%)", "part of A (16%)", "none".
func extentLine(p *Pair) string {
	if p.Extent == "" || p.Extent == "none" {
		return "none"
	}
	side, cov := "A", p.Coverage.A
	switch d := p.Derived(); {
	case d == p.B, d == "" && p.Coverage.B > p.Coverage.A:
		side, cov = "B", p.Coverage.B
	}
	return fmt.Sprintf("%s of %s (%.0f%% of its words in shared passages)", p.Extent, side, 100*cov)
}
