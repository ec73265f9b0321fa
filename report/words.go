package report

import (
	"cmp"
	"fmt"
	"math"
	"strconv"
	"time"
)

// Telling the direction in plain words
//
// The model's direction evidence is written for engineers ("3-word runs
// A 0.14 B 0.50"). A reader wants the verdict and the two or three facts
// behind it: when each was published, whether the later one credits the
// earlier, how much it carries. Those facts are in the model as data —
// dates, coverage, the credit check, the quotation checks — so the
// sentences are built from the data, not by rewording the detail strings,
// which stay on the page for whoever wants them. The static report and
// the server's pair page tell it with the same code.

// Verdict is a pair's direction told in plain words.
type Verdict struct {
	Headline string   // "“Harbour shut” (Daily Copy) rewrites “Storm closes harbour” (BBC)."
	Reasons  []string // "published two days later", "credits BBC", …
}

// Named is an article as a sentence names it.
type Named struct {
	ID        string
	Label     string // its title, else the start of its text (Lead), else its id
	Site      string
	Published *time.Time
}

// NameOf names article id, a (nil when the article is not at hand).
func NameOf(id string, a *Article) Named {
	if a == nil {
		return Named{ID: id, Label: id}
	}
	return Named{ID: id, Label: cmp.Or(a.Title, Lead(a.Text), id), Site: a.Site, Published: a.Published}
}

// name is how an article is called in a sentence: its label in quotes and
// its site.
func (n Named) name() string {
	if n.Site != "" {
		return fmt.Sprintf("“%s” (%s)", Clip(n.Label, 80), n.Site)
	}
	return "“" + Clip(n.Label, 80) + "”"
}

// SidesOf returns the pair's sides as a page shows them: the source (or,
// when there is none, the earlier published, else A) on the left.
func SidesOf(p *Pair, art func(string) *Article) (left, right string) {
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

// CoverageOf is the share of article id's words inside p's passages.
func CoverageOf(p *Pair, id string) float64 {
	if id == p.B {
		return p.Coverage.B
	}
	return p.Coverage.A
}

// Tell tells p's direction; left and right are as SidesOf gives them, and
// where names the collection an unseen source is missing from ("the
// archive", "the files scanned").
func Tell(p *Pair, left, right Named, where string) Verdict {
	var v Verdict
	shared := func() string {
		return fmt.Sprintf("%s of the left text and %s of the right are shared", Pct(CoverageOf(p, left.ID)), Pct(CoverageOf(p, right.ID)))
	}
	switch {
	case p.Common:
		v.Headline = "Neither copied the other: both take from a source that is not in " + where + "."
		v.Reasons = append(v.Reasons, shared())
		return v
	case p.Source == nil && len(p.Passages) == 0:
		v.Headline = "No passage is shared: the two tell the same story in their own words."
		if d := DateWords(left.Published, right.Published); d != "" {
			v.Reasons = append(v.Reasons, "the right one was "+d)
		}
		return v
	case p.Source == nil:
		v.Headline = "Which came first is unclear: the evidence is missing or points both ways."
		v.Reasons = append(v.Reasons, shared())
		if d := DateWords(left.Published, right.Published); d != "" {
			v.Reasons = append(v.Reasons, "the right one was "+d)
		}
		return v
	}
	src, der := left, right
	v.Headline = fmt.Sprintf("%s %s %s.", der.name(), relationVerb(p.Relation), src.name())
	// The dates lead when both are known, and so does one date that
	// decided the direction alone; otherwise what is known of the dates
	// is said last, after the facts the verdict does rest on.
	date := DateWords(src.Published, der.Published)
	oneDate, decided := oneDateWords(p, src, der)
	switch {
	case date != "":
		v.Reasons = append(v.Reasons, date)
	case decided:
		v.Reasons = append(v.Reasons, oneDate)
	}
	if c := p.Credit; c != nil {
		if c.Status == "credited" {
			v.Reasons = append(v.Reasons, "credits "+cmp.Or(c.Name, "its source"))
		} else {
			v.Reasons = append(v.Reasons, "does not credit "+cmp.Or(c.Publisher, src.Site, "its source"))
		}
	}
	v.Reasons = append(v.Reasons,
		fmt.Sprintf("carries %s of the source's text", Pct(CoverageOf(p, src.ID))),
		fmt.Sprintf("%s of its own text comes from the source", Pct(CoverageOf(p, der.ID))))
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
		v.Reasons = append(v.Reasons, Plural(changed, "quotation changed", "quotations changed"))
	}
	if missing > 0 {
		v.Reasons = append(v.Reasons, Plural(missing, "quotation the source does not have", "quotations the source does not have"))
	}
	if date == "" && !decided {
		v.Reasons = append(v.Reasons, oneDate)
	}
	return v
}

// oneDateWords says what is known of the dates of src and der when they
// are not both known, and whether the one known date decided the
// direction: the date signal named the dated article the source and no
// other signal named either article (the engine weighs a lone date only
// as much as the weakest reading that can decide, so it decides only
// where nothing else points either way, and gives way to any reading).
func oneDateWords(p *Pair, src, der Named) (words string, decided bool) {
	dated := src
	switch {
	case src.Published == nil && der.Published == nil:
		return "neither publication date is known, so the dates were not compared", false
	case src.Published == nil:
		dated = der
	case der.Published == nil:
	default:
		return "", false // both known: DateWords
	}
	var dateFor string
	others := false
	for _, sg := range p.Direction {
		switch {
		case sg.Signal == "date":
			dateFor = sg.Points
		case sg.Points == src.ID || sg.Points == der.ID:
			others = true
		}
	}
	only := fmt.Sprintf("only %s carries a publication date (%s)", dated.name(), DateText(dated.Published))
	switch {
	case dateFor == src.ID && src.Published != nil && !others:
		return only + "; with nothing in the texts to order the two, that date decided which came first", true
	case dateFor == src.ID && src.Published != nil:
		return only + ", which agrees with the verdict", false
	case dateFor == der.ID && der.Published != nil:
		return only + "; the other evidence outweighs it", false
	}
	return only + ", so the dates were not compared", false
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

// DateWords says when b was published relative to a: "published two days
// later"; "" when either date is unknown.
func DateWords(a, b *time.Time) string {
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

// count is n units in words: "two days", "40 days".
func count(n int, unit string) string {
	s := strconv.Itoa(n)
	if n >= 0 && n < len(smallNumbers) {
		s = smallNumbers[n]
	}
	if n != 1 {
		unit += "s"
	}
	return s + " " + unit
}

// signals are the direction signals (provenance's Signal* names) as a
// reader reads them: a name, and one line on what the signal reads and
// why it points to the source.
var signals = map[string]struct{ name, explain string }{
	"date": {"Publication dates",
		"The article published first is the likelier source."},
	"containment": {"Which text holds the other",
		"A copy or summary keeps part of its source, so the text that lies more fully inside the other is the likelier copy."},
	"credit": {"Credit lines",
		"An article that credits the other's publisher took from it."},
	"quotes": {"Quotations cut or whole",
		"Copies shorten the quotations they take, so the side whose quotations the other cuts is the likelier source."},
	"details": {"Details only one side has",
		"Copies drop details more often than they add them, so the side with more names, numbers and words of its own is the likelier source."},
	"witnesses": {"Other versions of the story",
		"Where the two word a shared passage differently, the wording the story's other versions carry is the source's."},
	"flow": {"The text around the shared passages",
		"A passage runs on naturally in its source; set into another text, the words around it turn to other things."},
	"story": {"The story's lineage",
		"The lineage of the whole story gave this pair its direction where the pair alone said otherwise, or put the two on one line where nothing says which came first."},
}

// SignalName names a direction signal for a reader ("Publication dates");
// a signal it does not know keeps its own name.
func SignalName(s string) string { return cmp.Or(signals[s].name, s) }

// SignalExplain says in one line what a direction signal reads and why it
// points to the source; "" for a signal it does not know.
func SignalExplain(s string) string { return signals[s].explain }

// Plural is "1 story", "2 stories".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// Pct formats a share in [0, 1] as a whole percentage; "n/a" when it is
// not a number.
func Pct(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "n/a"
	}
	return fmt.Sprintf("%.0f%%", 100*f)
}
