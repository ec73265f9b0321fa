package server

import (
	"cmp"
	"fmt"
	"math"
	"time"

	"github.com/reprint/reprint/report"
)

// Telling the direction in plain words
//
// The model's direction evidence is written for engineers ("3-word runs
// A 0.14 B 0.50"). A reader wants the verdict and the two or three facts
// behind it: when each was published, whether the later one credits the
// earlier, how much it carries. Those facts are in the model as data —
// dates, coverage, the credit check, the quotation checks — so the
// sentences are built from the data, not by rewording the detail strings,
// which stay on the page, folded, for whoever wants them.

// verdict is a pair's direction told in plain words.
type verdict struct {
	Headline string   // "The Daily Mirror's article rewrites the BBC's."
	Reasons  []string // "published two days later", "credits BBC", …
}

func pct(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "n/a"
	}
	return fmt.Sprintf("%.0f%%", 100*f)
}

// relationVerb is how the derived article relates to its source.
func relationVerb(rel string) string {
	switch rel {
	case "copy":
		return "copies"
	case "partial-copy":
		return "copies part of"
	case "rewrite":
		return "rewrites"
	case "same-story":
		return "tells the same story as"
	}
	return "is related to"
}

// named is how an article is called in a sentence: its title in quotes
// and its site, else its id.
func named(a ArticleRef) string {
	if a.Site != "" {
		return fmt.Sprintf("“%s” (%s)", clipRunes(a.Label(), 80), a.Site)
	}
	return "“" + clipRunes(a.Label(), 80) + "”"
}

func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// sidesOf returns the pair's sides as shown: the source (or, when there is
// none, the earlier published, else A) on the left.
func sidesOf(p *report.Pair, art func(string) *report.Article) (left, right string) {
	if p.Source != nil {
		if *p.Source == p.B {
			return p.B, p.A
		}
		return p.A, p.B
	}
	a, b := art(p.A), art(p.B)
	if a != nil && b != nil && a.Published != nil && b.Published != nil && b.Published.Before(*a.Published) {
		return p.B, p.A
	}
	return p.A, p.B
}

// coverageOf is the share of article id's words inside p's passages.
func coverageOf(p *report.Pair, id string) float64 {
	if id == p.B {
		return p.Coverage.B
	}
	return p.Coverage.A
}

// tell tells p's direction; left and right are as sidesOf gives them.
func tell(p *report.Pair, left, right ArticleRef) verdict {
	var v verdict
	switch {
	case p.Common:
		v.Headline = "Neither copied the other: both take from a source that is not in the archive."
		v.Reasons = append(v.Reasons, fmt.Sprintf("%s of the left text and %s of the right are shared", pct(coverageOf(p, left.ID)), pct(coverageOf(p, right.ID))))
		return v
	case p.Source == nil:
		v.Headline = "Which came first is unclear: the evidence is missing or points both ways."
		v.Reasons = append(v.Reasons, fmt.Sprintf("%s of the left text and %s of the right are shared", pct(coverageOf(p, left.ID)), pct(coverageOf(p, right.ID))))
		if d := dateWords(left.Published, right.Published); d != "" {
			v.Reasons = append(v.Reasons, "the right one was "+d)
		}
		return v
	}
	src, der := left, right
	v.Headline = fmt.Sprintf("%s %s %s.", named(der), relationVerb(p.Relation), named(src))
	if d := dateWords(src.Published, der.Published); d != "" {
		v.Reasons = append(v.Reasons, d)
	} else {
		v.Reasons = append(v.Reasons, "a publication date is unknown")
	}
	if c := p.Credit; c != nil {
		if c.Status == "credited" {
			v.Reasons = append(v.Reasons, "credits "+cmp.Or(c.Name, "its source"))
		} else {
			v.Reasons = append(v.Reasons, "does not credit "+cmp.Or(c.Publisher, src.Site, "its source"))
		}
	}
	v.Reasons = append(v.Reasons,
		fmt.Sprintf("carries %s of the source's text", pct(coverageOf(p, src.ID))),
		fmt.Sprintf("%s of its own text comes from the source", pct(coverageOf(p, der.ID))))
	changed, missing := 0, 0
	for _, q := range p.Quotes {
		if q.Article != "" && q.Article != der.ID {
			continue
		}
		switch q.Status {
		case "altered", "merged":
			changed++
		case "unattested", "unquoted-in-source":
			missing++
		}
	}
	if changed > 0 {
		v.Reasons = append(v.Reasons, plural(changed, "quotation changed", "quotations changed"))
	}
	if missing > 0 {
		v.Reasons = append(v.Reasons, plural(missing, "quotation the source does not have", "quotations the source does not have"))
	}
	return v
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// dateWords says when b was published relative to a: "published two days
// later"; "" when either date is unknown.
func dateWords(a, b *time.Time) string {
	if a == nil || b == nil {
		return ""
	}
	d := b.Sub(*a)
	when := "later"
	if d < 0 {
		d, when = -d, "earlier"
	}
	switch {
	case d < time.Hour:
		return "published within the hour"
	case d < 24*time.Hour:
		return "published " + count(int(d/time.Hour), "hour") + " " + when
	default:
		return "published " + count(int(d/(24*time.Hour)), "day") + " " + when
	}
}

var smallNumbers = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}

func count(n int, unit string) string {
	s := fmt.Sprint(n)
	if n < len(smallNumbers) {
		s = smallNumbers[n]
	}
	if n != 1 {
		unit += "s"
	}
	return s + " " + unit
}

// signalNames are the direction signals named for a reader.
var signalNames = map[string]string{
	"date":        "Publication dates",
	"containment": "Which text holds the other",
	"credit":      "Credit lines",
	"quotes":      "Quotations cut or whole",
	"details":     "Details only one side has",
	"witnesses":   "Other versions in the archive",
}

func signalName(s string) string { return cmp.Or(signalNames[s], s) }
