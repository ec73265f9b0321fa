package engine

import (
	"strings"

	"github.com/reprint/reprint/credit"
	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/judge"
)

// ownNamed reports whether p, a pair detect found to be the same story
// with no passage between the two texts, is so only by the names of the
// two articles' publishers (siteA, siteB): read without those names'
// facts (detect.Worker.SharedFacts), the texts share too few facts for
// the same story (judge.Judge under the defaults, as detect judged it).
// An outlet names itself in every story it prints — a radio's sign-off
// ("Sharon Ritfeld, Radio Pasi 96.3 FM"), its promise to follow the
// story ("Radio Pasi o tan waka nanga a nyunsu disi") — and a copy of
// one of its stories carries them, so two unrelated stories of one
// outlet, or a copy of one beside the other, share the name of who
// printed them, not of what happened. A publisher that is no outlet — a
// weather service, a club, a council — is often what the story is about:
// its name stays a fact. A pair with a passage is left as it is: the
// passage, not the names, made it.
func ownNamed(wk *detect.Worker, p *detect.Pair, textA, textB, siteA, siteB string) bool {
	e := p.Evidence
	if p.Relation != judge.SameStory || e.Passages > 0 || !e.Named {
		return false
	}
	var own []string
	for _, site := range []string{siteA, siteB} {
		if site != "" && credit.IsOutlet(site) {
			own = append(own, site)
		}
	}
	if len(own) == 0 {
		return false
	}
	facts, names := wk.SharedFacts(textA, textB, own...)
	e.SharedFacts, e.SharedNames = min(e.SharedFacts, facts), names
	return judge.Judge(e) == judge.Unrelated
}

// housePage reports whether p, a pair detect found to be the same story
// without reuse (no passage, or one too small to be reuse) or a rewrite
// by reworded passages alone (in a language no stop list here knows, the
// aligner pairs two stories' sentences on their function words), is two pages
// of one publisher (siteA, siteB the same) whose headlines (titleA,
// titleB) share no fact: no name and no figure but the publisher's own
// and the calendar's (detect.Worker.SharedFacts). A publisher's pages on
// one template — two statistical bulletins of one month, two press
// summaries of one court, two results notices of one council — share its
// world in their text: its bodies, its officers, its month, its
// template's headings and formulas, which make as many shared names as a
// story's people and places do. Their headlines name what each is about
// ("Consumer price inflation, UK: February 2026", "Retail sales, Great
// Britain: February 2026"). One outlet's two reports of one event name
// its place, its people or its figures in both headlines; reuse between
// two pages (an update, a correction) is judged by its passages and
// left as it is.
//
// A headline is read part by part, as sentences, split at the
// separators a page title sets its parts off with (headlineParts): the
// label after a dash opens its part ("– Press summary"), where a
// capitalised word before a lower-case one is no name. A month in the
// headline of a publisher's page is its cycle (a monthly bulletin, a
// month's results), not its subject: months are read as calendar there
// (headlineMonths), as weekdays and years are everywhere.
func housePage(wk *detect.Worker, p *detect.Pair, titleA, titleB, siteA, siteB string) bool {
	e := p.Evidence
	rewordedOnly := p.Relation == judge.Rewrite && e.A.Verbatim == 0 && e.B.Verbatim == 0
	if p.Relation != judge.SameStory && !rewordedOnly || siteA == "" || !strings.EqualFold(strings.TrimSpace(siteA), strings.TrimSpace(siteB)) ||
		strings.TrimSpace(titleA) == "" || strings.TrimSpace(titleB) == "" {
		return false
	}
	without := append([]string{siteA}, headlineMonths...)
	facts, _ := wk.SharedFacts(headlineParts.Replace(titleA), headlineParts.Replace(titleB), without...)
	return facts == 0
}

// headlineParts puts each part of a page title on a line of its own: the
// separators of reprint.FindHeadline's site names, and a colon.
var headlineParts = strings.NewReplacer(" | ", "\n", " - ", "\n", " – ", "\n", " — ", "\n", " :: ", "\n", " · ", "\n", ": ", "\n")

// headlineMonths are the month names of the languages that capitalise
// them (English, German, Dutch's are lower case), whose names facts
// read.
var headlineMonths = strings.Fields(`January February March April May June July August September October November December
	Januar Februar März Juni Juli Oktober Dezember`)
