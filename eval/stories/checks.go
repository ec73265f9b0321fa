package stories

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/reprint/reprint/report"
)

// checks makes every check of the set, kind by kind, keys in order.
func (ev *evaluation) checks() []Check {
	var out []Check
	exp := ev.exp
	if len(exp.Story) > 0 {
		out = append(out, ev.storyCheck())
	}
	for _, id := range exp.Outside {
		out = append(out, ev.outsideCheck(id))
	}
	for _, id := range sortedKeys(exp.Lineage) {
		out = append(out, ev.lineageCheck(id, exp.Lineage[id]))
	}
	for _, k := range slices.Sorted(slices.Values(exp.OrderUnknown)) {
		x, y, _ := ev.splitPair(k)
		out = append(out, ev.orderCheck(k, x, y))
	}
	for _, k := range sortedKeys(exp.Relations) {
		x, y, _ := ev.splitPair(k)
		out = append(out, ev.relationCheck(k, x, y, exp.Relations[k]))
	}
	for _, k := range sortedKeys(exp.Credit) {
		x, y, _ := ev.splitPair(k)
		out = append(out, ev.creditCheck(k, x, y, exp.Credit[k]))
	}
	for _, k := range sortedKeys(exp.Quotes) {
		x, y, _ := ev.splitPair(k)
		for _, f := range sortedKeys(exp.Quotes[k]) {
			out = append(out, ev.quoteCheck(k, x, y, f, exp.Quotes[k][f]))
		}
	}
	for _, k := range sortedKeys(exp.SpeakerChanged) {
		x, y, _ := ev.splitPair(k)
		for _, f := range sortedKeys(exp.SpeakerChanged[k]) {
			out = append(out, ev.speakerCheck(k, x, y, f, exp.SpeakerChanged[k][f]))
		}
	}
	for _, id := range sortedKeys(exp.ChromeGone) {
		for _, s := range exp.ChromeGone[id] {
			out = append(out, ev.chromeCheck(id, s))
		}
	}
	return out
}

// storyCheck: the members are in one story.
func (ev *evaluation) storyCheck() Check {
	members := ev.exp.Story
	c := Check{Kind: KindStory, Subject: strings.Join(members, " "), Want: "one story"}
	// Group the members by the engine's story; -1 for none.
	groups := map[int][]string{}
	var order []int
	for _, id := range members {
		s, ok := ev.story[ev.art[id]]
		if !ok {
			s = -1 - len(order) // each story-less member alone
		}
		if _, seen := groups[s]; !seen {
			order = append(order, s)
		}
		groups[s] = append(groups[s], id)
	}
	var parts []string
	for _, s := range order {
		parts = append(parts, "{"+strings.Join(groups[s], " ")+"}")
	}
	c.Holds = len(order) == 1 && order[0] >= 0
	c.Got = strings.Join(parts, " ")
	if c.Holds {
		c.Got = "one story"
		var extra []string
		for _, a := range ev.model.Stories[order[0]].Articles {
			if !slices.Contains(members, ev.nameOf(a)) {
				extra = append(extra, ev.nameOf(a))
			}
		}
		if len(extra) > 0 {
			c.Got += " with " + strings.Join(extra, " ")
		}
	}
	return c
}

// outsideCheck: the article is in no related pair.
func (ev *evaluation) outsideCheck(id string) Check {
	c := Check{Kind: KindOutside, Subject: id, Want: "in no pair"}
	a := ev.art[id]
	var with []string
	for _, p := range ev.model.Pairs {
		switch a {
		case p.A:
			with = append(with, ev.nameOf(p.B)+" ("+p.Relation+")")
		case p.B:
			with = append(with, ev.nameOf(p.A)+" ("+p.Relation+")")
		}
	}
	c.Holds = len(with) == 0
	c.Got = "in no pair"
	if !c.Holds {
		c.Got = "paired with " + strings.Join(with, ", ")
	}
	return c
}

// lineageCheck: the article's parent is one of want.
func (ev *evaluation) lineageCheck(id string, want Choice) Check {
	c := Check{Kind: KindLineage, Subject: id, Want: strings.Join(want, " or ")}
	a := ev.art[id]
	got := Null
	if s, ok := ev.story[a]; ok {
		for _, e := range ev.model.Stories[s].Lineage {
			if e.Child == a {
				got = e.Parent
				if got != report.Unseen {
					got = ev.nameOf(got)
				}
			}
		}
	}
	c.Got = got
	c.Holds = slices.Contains(want, got)
	if !c.Holds {
		// The evidence on the pair with the expected parent, else on
		// the pair with the parent found.
		for _, p := range append(slices.Clone([]string(want)), got) {
			if p == Null || p == report.Unseen {
				continue
			}
			if rp := ev.pair(id, p); rp != nil {
				c.Signals = ev.signals(rp)
				break
			}
		}
	}
	return c
}

// orderCheck: one of x and y is the other's parent in the lineage, and
// the edge says that the order is unknown.
func (ev *evaluation) orderCheck(key, x, y string) Check {
	c := Check{Kind: KindOrder, Subject: key, Want: "one the other's parent, order unknown", Got: "neither the other's parent"}
	a, b := ev.art[x], ev.art[y]
	if s, ok := ev.story[a]; ok {
		for _, e := range ev.model.Stories[s].Lineage {
			if e.Child == a && e.Parent == b || e.Child == b && e.Parent == a {
				c.Got = ev.nameOf(e.Parent) + " the parent of " + ev.nameOf(e.Child)
				if e.OrderUnknown {
					c.Got += ", order unknown"
					c.Holds = true
				} else {
					c.Got += ", ordered"
				}
			}
		}
	}
	if !c.Holds {
		if rp := ev.pair(x, y); rp != nil {
			c.Signals = ev.signals(rp)
		}
	}
	return c
}

// relationCheck: the pair's relation is one of want.
func (ev *evaluation) relationCheck(key, x, y string, want Choice) Check {
	c := Check{Kind: KindRelation, Subject: key, Want: strings.Join(want, " or "), Got: "unrelated"}
	if p := ev.pair(x, y); p != nil {
		c.Got = p.Relation
	}
	c.Holds = slices.Contains(want, c.Got)
	return c
}

// directed returns the pair of source x and derived y when the engine
// names x the source, or when it leaves the order of two versions of one
// text unknown but judges the credit and the quotations either way
// (a credit with no article, each version's quotations against the
// other); otherwise nil and what it said instead.
func (ev *evaluation) directed(x, y string) (*report.Pair, string) {
	p := ev.pair(x, y)
	switch {
	case p == nil:
		return nil, "no pair"
	case p.Common:
		return nil, "not judged: the pair is read as two versions of an unseen source"
	case p.Source == nil && (p.Credit != nil || len(p.Quotes) > 0):
		return p, ""
	case p.Source == nil:
		return nil, "not judged: direction unknown"
	case *p.Source != ev.art[x]:
		return nil, "not judged: " + y + " named the source"
	}
	return p, ""
}

// creditCheck: x is the source and y's credit status is one of want.
func (ev *evaluation) creditCheck(key, x, y string, want Choice) Check {
	c := Check{Kind: KindCredit, Subject: key, Want: strings.Join(want, " or ")}
	p, why := ev.directed(x, y)
	if p == nil {
		c.Got = why
		if rp := ev.pair(x, y); rp != nil {
			c.Signals = ev.signals(rp)
		}
		return c
	}
	if p.Credit == nil {
		c.Got = "no credit verdict"
		return c
	}
	c.Got = p.Credit.Status
	c.Holds = slices.Contains(want, c.Got)
	if p.Credit.Reason != "" {
		c.Got += " (" + p.Credit.Reason + ")"
	}
	return c
}

// findQuote returns y's first checked quotation that holds the fragment.
func findQuote(p *report.Pair, derived, fragment string) *report.Quote {
	f := fold(strings.Trim(fragment, "\"'“”‘’ "))
	for i := range p.Quotes {
		q := &p.Quotes[i]
		if q.Article == derived && strings.Contains(fold(q.Text), f) {
			return q
		}
	}
	return nil
}

// quoteCheck: x is the source and y's quotation with the fragment has one
// of the statuses want.
func (ev *evaluation) quoteCheck(key, x, y, fragment string, want Choice) Check {
	c := Check{Kind: KindQuote, Subject: key + " " + strconv.Quote(fragment), Want: strings.Join(want, " or ")}
	p, why := ev.directed(x, y)
	if p == nil {
		c.Got = why
		if rp := ev.pair(x, y); rp != nil {
			c.Signals = ev.signals(rp)
		}
		return c
	}
	q := findQuote(p, ev.art[y], fragment)
	if q == nil {
		c.Got = "no quotation of " + y + " holds it"
		return c
	}
	c.Got = q.Status
	c.Holds = slices.Contains(want, q.Status)
	return c
}

// speakerCheck: y's quotation with the fragment has speaker_changed as
// want.
func (ev *evaluation) speakerCheck(key, x, y, fragment string, want bool) Check {
	c := Check{Kind: KindSpeaker, Subject: key + " " + strconv.Quote(fragment), Want: changed(want)}
	p, why := ev.directed(x, y)
	if p == nil {
		c.Got = why
		if rp := ev.pair(x, y); rp != nil {
			c.Signals = ev.signals(rp)
		}
		return c
	}
	q := findQuote(p, ev.art[y], fragment)
	if q == nil {
		c.Got = "no quotation of " + y + " holds it"
		return c
	}
	c.Got = changed(q.SpeakerChange)
	c.Holds = q.SpeakerChange == want
	if q.Speaker != "" || q.SourceSpeaker != "" {
		c.Got += fmt.Sprintf(" (speaker %q, in the source %q)", q.Speaker, q.SourceSpeaker)
	}
	return c
}

func changed(b bool) string {
	if b {
		return "speaker changed"
	}
	return "same speaker"
}

// chromeCheck: the article's cleaned text does not hold s.
func (ev *evaluation) chromeCheck(id, s string) Check {
	c := Check{Kind: KindChrome, Subject: id + " " + strconv.Quote(s), Want: "gone", Got: "gone", Holds: true}
	if a := ev.model.Article(ev.art[id]); a != nil && strings.Contains(fold(a.Text), fold(s)) {
		c.Got, c.Holds = "still in the text", false
	}
	return c
}

// signals renders a pair's direction evidence, set ids in place of
// article ids.
func (ev *evaluation) signals(p *report.Pair) []string {
	// The details name the pair's sides A and B, not the set's ids.
	out := []string{fmt.Sprintf("(pair %s-%s: in the details A is %s, B is %s)", ev.nameOf(p.A), ev.nameOf(p.B), ev.nameOf(p.A), ev.nameOf(p.B))}
	for _, s := range p.Direction {
		points := "abstains"
		switch s.Points {
		case "":
		case "common":
			points = "→ common source"
		default:
			points = "→ " + ev.nameOf(s.Points)
		}
		line := s.Signal + " " + points
		if s.Detail != "" {
			line += ": " + s.Detail
		}
		out = append(out, line)
	}
	return out
}

// fold lower-cases s, folds curly quotes and apostrophes to straight ones
// and dashes to "-", and collapses white space.
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(s) {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r == '“' || r == '”' || r == '„' || r == '«' || r == '»':
			r = '"'
		case r == '‘' || r == '’' || r == '‚':
			r = '\''
		case r == '–' || r == '—' || r == '‐' || r == '‑':
			r = '-'
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
