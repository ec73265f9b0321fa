package engine

import (
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
