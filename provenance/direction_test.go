package provenance_test

import (
	"strings"
	"testing"
	"time"

	"github.com/reprint/reprint/judge"
	"github.com/reprint/reprint/provenance"
)

// side is a judge side covered cov, with three-word runs run3.
func side(cov, run3 float64) judge.Side {
	return judge.Side{Verbatim: cov, Run3: run3, Run8: run3 / 2}
}

// ev is the evidence of a pair whose sides are covered as given.
func ev(a, b judge.Side) judge.Evidence {
	return judge.Evidence{A: a, B: b, Similarity: 0.5, SharedTerms: 20, Passages: 3}
}

var (
	day = time.Date(2025, 3, 14, 9, 0, 0, 0, time.UTC)

	// bInsideA: B is a summary lying inside A (A is the source).
	bInsideA = ev(side(0.40, 0.35), side(0.40+2*provenance.ContainMargin, 0.35+2*provenance.RunMargin))
	// aInsideB: the reverse.
	aInsideB = ev(side(0.95, 0.80), side(0.30, 0.30))
	// balanced: both sides equally covered: containment abstains.
	balanced = ev(side(0.60, 0.40), side(0.60, 0.40))
	// seedsCommon mirrors seeds 000 and 001 as detect measures them.
	seedsCommon = ev(side(0.67, 0.63), side(0.21, 0.21))
)

// witFor is a witness tally favouring side by the given carried grams
// (for, against) and versions (for, against).
func witFor(side provenance.Source, carried, against, versions, versionsAgainst int) provenance.Witness {
	w := provenance.Witness{Versions: versions + versionsAgainst + 1, VariantsA: 50, VariantsB: 50,
		CarriedA: carried, CarriedB: against, ForA: versions, ForB: versionsAgainst}
	if side == provenance.SourceB {
		w.CarriedA, w.CarriedB, w.ForA, w.ForB = w.CarriedB, w.CarriedA, w.ForB, w.ForA
	}
	return w
}

// early sets how many of a tally's versions on each side were published
// before the other side.
func early(w provenance.Witness, forA, forB int) provenance.Witness {
	w.EarlyForA, w.EarlyForB = forA, forB
	return w
}

// flow is a side's flow: cohesive of its context's terms held by its
// passages.
func flow(cohesive, terms int) provenance.Flow {
	return provenance.Flow{ContextTerms: terms, Cohesive: cohesive}
}

func TestDirect(t *testing.T) {
	tests := []struct {
		name string
		s    provenance.Signals
		want provenance.Source
	}{
		{"nothing", provenance.Signals{Evidence: balanced}, provenance.SourceUnknown},

		// Each signal alone.
		{"date A earlier", provenance.Signals{PublishedA: day, PublishedB: day.Add(3 * time.Hour), Evidence: balanced}, provenance.SourceA},
		{"date B earlier", provenance.Signals{PublishedA: day.Add(24 * time.Hour), PublishedB: day, Evidence: balanced}, provenance.SourceB},
		{"date within tolerance", provenance.Signals{PublishedA: day, PublishedB: day.Add(provenance.DateTolerance - time.Minute), Evidence: balanced}, provenance.SourceUnknown},
		// Two versions of one text within the hour: the clock, weighed,
		// orders what nothing else does.
		{"one text within tolerance", provenance.Signals{PublishedA: day.Add(25 * time.Minute), PublishedB: day, Evidence: ev(side(1, 0), side(1, 0))}, provenance.SourceB},
		// One date known: the dated side is weighed at MinWeighed, which
		// decides only where no reading votes (a scraped copy identical
		// to its parent) and gives way to any reading.
		{"date one known", provenance.Signals{PublishedA: day, Evidence: balanced}, provenance.SourceA},
		{"date one known, B's", provenance.Signals{PublishedB: day, Evidence: balanced}, provenance.SourceB},
		{"date one known gives way to a reading", provenance.Signals{PublishedA: day, Evidence: aInsideB}, provenance.SourceB},
		{"date one known under two readings", provenance.Signals{PublishedA: day, Evidence: aInsideB, AOnlyTerms: 0.1, BOnlyTerms: 0.5}, provenance.SourceB},
		{"date one known against a credit", provenance.Signals{PublishedA: day, ACreditsB: true, Evidence: balanced}, provenance.SourceB},
		{"containment B inside A", provenance.Signals{Evidence: bInsideA}, provenance.SourceA},
		{"containment A inside B", provenance.Signals{Evidence: aInsideB}, provenance.SourceB},
		{"containment coverage without runs", provenance.Signals{Evidence: ev(side(1.0, 0.46), side(0.77, 0.45))}, provenance.SourceUnknown},
		{"credit A credits B", provenance.Signals{ACreditsB: true, Evidence: balanced}, provenance.SourceB},
		{"credit B credits A", provenance.Signals{BCreditsA: true, Evidence: balanced}, provenance.SourceA},
		{"credit both ways", provenance.Signals{ACreditsB: true, BCreditsA: true, Evidence: balanced}, provenance.SourceUnknown},
		{"quotes A cuts B's", provenance.Signals{AQuotesCutFromB: provenance.QuoteCutMin, Evidence: balanced}, provenance.SourceB},
		{"quotes B cuts A's", provenance.Signals{BQuotesCutFromA: provenance.QuoteCutMin + 1, AQuotesCutFromB: 1, Evidence: balanced}, provenance.SourceA},
		{"quotes too few", provenance.Signals{AQuotesCutFromB: provenance.QuoteCutMin - 1, Evidence: balanced}, provenance.SourceUnknown},
		{"quotes B quotes A's own words", provenance.Signals{BQuotesOwnOfA: provenance.QuoteOwnMin, Evidence: balanced}, provenance.SourceA},
		{"quotes A quotes B's own words, outweighing a one-sided date", provenance.Signals{AQuotesOwnOfB: provenance.QuoteOwnMin, PublishedA: time.Date(2025, 10, 14, 20, 0, 0, 0, time.UTC), Evidence: balanced}, provenance.SourceB},
		{"quotes each quotes the other's own words", provenance.Signals{AQuotesOwnOfB: provenance.QuoteOwnMin, BQuotesOwnOfA: 1, Evidence: balanced}, provenance.SourceUnknown},
		{"quotes both ways", provenance.Signals{AQuotesCutFromB: 4, BQuotesCutFromA: 3, Evidence: balanced}, provenance.SourceUnknown},
		{"details A has more", provenance.Signals{AOnlyTerms: 0.40, BOnlyTerms: 0.40 - provenance.DetailMargin, Evidence: balanced}, provenance.SourceA},
		// A content farm's padded rewrite contains its source; with
		// padding on one side and none on the other the padded side is
		// derived, and details read nothing.
		{"padded farm around its source", provenance.Signals{Evidence: aInsideB, BPadding: 3}, provenance.SourceA},
		// A channel's repost of a farm's first paragraphs: all of it in
		// the farm, none of its facts the farm's lack, half the farm's
		// its lack.
		{"an excerpt of a padded page", provenance.Signals{Evidence: aInsideB, BPadding: 3, FactsA: 19, FactsB: 37, AOnlyFacts: 0, BOnlyFacts: 0.49}, provenance.SourceB},
		// A repost of a farm's first paragraphs that holds few facts:
		// the farm's page holds FactsMin, the excerpt one or more.
		{"a short excerpt of a padded page", provenance.Signals{Evidence: aInsideB, BPadding: 3, FactsA: 3, FactsB: 22, AOnlyFacts: 0, BOnlyFacts: 0.86}, provenance.SourceB},
		{"a short source of a padded page with few facts", provenance.Signals{Evidence: aInsideB, BPadding: 3, FactsA: 3, FactsB: 12, AOnlyFacts: 0, BOnlyFacts: 0.75}, provenance.SourceA},
		{"a farm padding its source, few facts of its own", provenance.Signals{Evidence: aInsideB, BPadding: 3, FactsA: 30, FactsB: 37, AOnlyFacts: 0, BOnlyFacts: 0.14}, provenance.SourceA},
		{"padded farm: its summaries are no details", provenance.Signals{Evidence: balanced, BPadding: 3, AOnlyTerms: 0.1, BOnlyTerms: 0.5}, provenance.SourceA},
		{"a lighter farm beside a padded one: containment as ever", provenance.Signals{Evidence: aInsideB, APadding: 1, BPadding: 3}, provenance.SourceB},
		// One witness decides nothing, unless it is the origin both
		// credit (Witness.Origin), whose reading outweighs one of the
		// texts' (an undated chain's portal rewrite, two facts ahead).
		{"one witness alone", provenance.Signals{Witness: provenance.Witness{Versions: 1, ForB: 1, CarriedB: 237}, Evidence: balanced}, provenance.SourceUnknown},
		{"the credited origin as witness", provenance.Signals{Witness: provenance.Witness{Versions: 1, ForB: 1, CarriedB: 237, Origin: true}, Evidence: balanced}, provenance.SourceB},
		{"the credited origin outweighs details", provenance.Signals{Witness: provenance.Witness{Versions: 1, ForB: 1, CarriedB: 237, Origin: true},
			AOnlyTerms: 0.40, BOnlyTerms: 0.40 - provenance.DetailMargin, Evidence: balanced}, provenance.SourceB},
		{"the credited origin, too few grams", provenance.Signals{Witness: provenance.Witness{Versions: 1, ForB: 1, CarriedB: provenance.WitnessMinGrams - 1, Origin: true}, Evidence: balanced}, provenance.SourceUnknown},
		{"details B has more", provenance.Signals{AOnlyTerms: 0.10, BOnlyTerms: 0.60, Evidence: balanced}, provenance.SourceB},
		{"details within margin", provenance.Signals{AOnlyTerms: 0.30, BOnlyTerms: 0.31, Evidence: balanced}, provenance.SourceUnknown},

		// Facts: where each side has FactsMin of them, details count facts
		// (numbers, names), not all terms; containment needs the
		// container's extra material to carry facts. A padded rewrite B
		// holds all of A and more words (containment and all terms name
		// B) but no more facts.
		{"facts: padding is no detail", provenance.Signals{Evidence: balanced, AOnlyTerms: 0.28, BOnlyTerms: 0.44,
			FactsA: provenance.FactsMin, FactsB: provenance.FactsMin, AOnlyFacts: 0.12, BOnlyFacts: 0.12}, provenance.SourceUnknown},
		{"facts: padded container", provenance.Signals{Evidence: aInsideB, AOnlyTerms: 0.28, BOnlyTerms: 0.44,
			FactsA: 25, FactsB: 25, AOnlyFacts: 0.12, BOnlyFacts: 0.12}, provenance.SourceUnknown},
		{"facts: padded container, source dated", provenance.Signals{PublishedA: day, Evidence: aInsideB, AOnlyTerms: 0.28, BOnlyTerms: 0.44,
			FactsA: 25, FactsB: 25, AOnlyFacts: 0.12, BOnlyFacts: 0.12}, provenance.SourceA},
		{"facts: the source's dropped facts", provenance.Signals{Evidence: balanced, AOnlyTerms: 0.30, BOnlyTerms: 0.31,
			FactsA: 30, FactsB: 22, AOnlyFacts: 0.27, BOnlyFacts: 0}, provenance.SourceA},
		{"facts: container with facts", provenance.Signals{Evidence: aInsideB, FactsA: 22, FactsB: 30, AOnlyFacts: 0, BOnlyFacts: 0.27}, provenance.SourceB},
		// A whole copy under a copier's line: B is A's text whole, word
		// for word, and A adds one fact (its "PLEASE SHARE … Latest"
		// line): the dated B is the source; two facts are a paragraph.
		{"facts: one fact over a whole copy", provenance.Signals{PublishedB: day, Evidence: ev(side(0.92, 0.93), side(1, 1)),
			FactsA: 45, FactsB: 44, AOnlyFacts: 1.0 / 45, BOnlyFacts: 0}, provenance.SourceB},
		{"facts: two facts over a whole copy", provenance.Signals{PublishedB: day, Evidence: ev(side(0.92, 0.93), side(1, 1)),
			FactsA: 46, FactsB: 44, AOnlyFacts: 2.0 / 46, BOnlyFacts: 0}, provenance.SourceA},
		{"facts: one fact over a cut copy", provenance.Signals{PublishedB: day, Evidence: ev(side(0.92, 0.93), side(0.9, 0.9)),
			FactsA: 45, FactsB: 44, AOnlyFacts: 1.0 / 45, BOnlyFacts: 0}, provenance.SourceA},
		// Too few facts on one side: all terms, and containment as it is.
		{"facts: too few", provenance.Signals{Evidence: aInsideB, AOnlyTerms: 0.28, BOnlyTerms: 0.44,
			FactsA: provenance.FactsMin - 1, FactsB: 25, AOnlyFacts: 0.12, BOnlyFacts: 0.12}, provenance.SourceB},

		// A passage inside a longer text: B is mostly other material.
		{"host: containment abstains", provenance.Signals{Evidence: ev(side(0.95, 0.9), side(provenance.VersionMinCoverage-0.01, 0.05))}, provenance.SourceUnknown},
		{"host: details abstain", provenance.Signals{Evidence: ev(side(0.95, 0.9), side(provenance.VersionMinCoverage/2, 0.02)), AOnlyTerms: 0.05, BOnlyTerms: 0.9}, provenance.SourceUnknown},
		{"host: witnesses still speak", provenance.Signals{Evidence: ev(side(0.95, 0.9), side(provenance.VersionMinCoverage/2, 0.02)), AOnlyTerms: 0.05, BOnlyTerms: 0.9,
			Witness: witFor(provenance.SourceA, 40, 2, 3, 0)}, provenance.SourceA},
		// Below VersionFullCoverage the readings weigh less: a passage in
		// a host. Two agreeing readings at 0.1 shared lead by 2 × 0.33,
		// just enough; at 0.08 not; the witnesses outweigh them.
		{"host: two scaled readings decide", provenance.Signals{Evidence: ev(side(0.95, 0.9), side(0.10, 0.05)), AOnlyTerms: 0.05, BOnlyTerms: 0.5}, provenance.SourceB},
		{"host: two weaker readings do not", provenance.Signals{Evidence: ev(side(0.95, 0.9), side(0.08, 0.05)), AOnlyTerms: 0.05, BOnlyTerms: 0.5}, provenance.SourceUnknown},
		{"host: one scaled reading does not", provenance.Signals{Evidence: ev(side(0.95, 0.9), side(0.10, 0.05))}, provenance.SourceUnknown},
		{"host: witnesses over scaled readings", provenance.Signals{Evidence: ev(side(0.95, 0.9), side(0.07, 0.05)), AOnlyTerms: 0.05, BOnlyTerms: 0.5,
			Witness: witFor(provenance.SourceA, 40, 2, 2, 0)}, provenance.SourceA},

		// The flow: A's passage continues A's own text (its context holds
		// the passage's terms) and is set into B's other material. It
		// outweighs containment and details, which read the host B as the
		// source, while B is mostly other material; between two versions
		// of one text it abstains.
		{"flow: passage set into a host", provenance.Signals{Evidence: ev(side(0.95, 0.9), side(0.10, 0.05)), AOnlyTerms: 0.05, BOnlyTerms: 0.5,
			FlowA: flow(30, 100), FlowB: flow(8, 100)}, provenance.SourceA},
		{"flow: alone", provenance.Signals{Evidence: ev(side(0.95, 0.9), side(0.10, 0.05)), FlowA: flow(8, 100), FlowB: flow(30, 100)}, provenance.SourceB},
		{"flow: under many versions' witnesses", provenance.Signals{Evidence: ev(side(0.95, 0.9), side(0.10, 0.05)), AOnlyTerms: 0.05, BOnlyTerms: 0.5,
			FlowA: flow(30, 100), FlowB: flow(8, 100), Witness: witFor(provenance.SourceB, 40, 2, 6, 0)}, provenance.SourceB},
		{"flow: within margin", provenance.Signals{Evidence: ev(side(0.95, 0.9), side(0.10, 0.05)), FlowA: flow(12, 100), FlowB: flow(8, 100)}, provenance.SourceUnknown},
		{"flow: below ratio", provenance.Signals{Evidence: ev(side(0.95, 0.9), side(0.10, 0.05)), FlowA: flow(23, 100), FlowB: flow(17, 100)}, provenance.SourceUnknown},
		{"flow: too little context", provenance.Signals{Evidence: ev(side(0.95, 0.9), side(0.10, 0.05)),
			FlowA: flow(10, provenance.FlowMinTerms-1), FlowB: flow(0, 100)}, provenance.SourceUnknown},
		{"flow: two versions abstain", provenance.Signals{Evidence: bInsideA, AOnlyTerms: 0.1, BOnlyTerms: 0.5,
			FlowA: flow(8, 100), FlowB: flow(30, 100)}, provenance.SourceUnknown},

		// Agreeing.
		{"containment and details agree", provenance.Signals{Evidence: bInsideA, AOnlyTerms: 0.5, BOnlyTerms: 0.1}, provenance.SourceA},
		{"all five agree", provenance.Signals{PublishedA: day, PublishedB: day.Add(48 * time.Hour), BCreditsA: true, Evidence: bInsideA,
			BQuotesCutFromA: 3, AOnlyTerms: 0.5, BOnlyTerms: 0.1}, provenance.SourceA},

		// Disagreeing.
		{"weak disagree", provenance.Signals{Evidence: bInsideA, AOnlyTerms: 0.1, BOnlyTerms: 0.5}, provenance.SourceUnknown},
		{"quotes against containment", provenance.Signals{Evidence: bInsideA, BQuotesCutFromA: 0, AQuotesCutFromB: 3}, provenance.SourceUnknown},
		{"date against credit", provenance.Signals{PublishedA: day, PublishedB: day.Add(48 * time.Hour), ACreditsB: true, Evidence: balanced}, provenance.SourceUnknown},
		{"credit over weak", provenance.Signals{ACreditsB: true, Evidence: bInsideA, AOnlyTerms: 0.5, BOnlyTerms: 0.1}, provenance.SourceB},
		{"date over weak", provenance.Signals{PublishedA: day.Add(48 * time.Hour), PublishedB: day, Evidence: bInsideA}, provenance.SourceB},

		// Witnesses.
		{"witnesses B's wording", provenance.Signals{Evidence: balanced, Witness: witFor(provenance.SourceB, 72, 14, 7, 4)}, provenance.SourceB},
		{"witnesses A's wording", provenance.Signals{Evidence: balanced, Witness: witFor(provenance.SourceA, 20, 0, 5, 0)}, provenance.SourceA},
		{"witnesses below ratio", provenance.Signals{Evidence: balanced, Witness: witFor(provenance.SourceA, 14, 6, 4, 0)}, provenance.SourceUnknown},
		{"witnesses too few grams", provenance.Signals{Evidence: balanced, Witness: witFor(provenance.SourceA, provenance.WitnessMinGrams-1, 0, 5, 0)}, provenance.SourceUnknown},
		{"witnesses one version", provenance.Signals{Evidence: balanced, Witness: witFor(provenance.SourceA, 40, 0, 1, 0)}, provenance.SourceUnknown},
		// An expansion: B holds all of A and more, so containment and
		// details name B, but many other versions carry A's wording
		// (g0pB_taskc: 7 versions against 2).
		{"witnesses of many versions over weak", provenance.Signals{Evidence: aInsideB, AOnlyTerms: 0.05, BOnlyTerms: 0.19,
			Witness: witFor(provenance.SourceA, 88, 13, 7, 2)}, provenance.SourceA},
		// A chain A → B → C → D: B's two descendants carry B's wording
		// on the pair A–B; containment and details name A.
		{"witnesses of two versions under two readings", provenance.Signals{Evidence: bInsideA, AOnlyTerms: 0.34, BOnlyTerms: 0.08,
			Witness: witFor(provenance.SourceB, 74, 4, 2, 0)}, provenance.SourceA},
		{"witnesses of two versions over one reading", provenance.Signals{Evidence: bInsideA,
			Witness: witFor(provenance.SourceB, 74, 4, 2, 0)}, provenance.SourceUnknown},
		{"witnesses of three versions over one reading", provenance.Signals{Evidence: bInsideA,
			Witness: witFor(provenance.SourceB, 74, 4, 3, 0)}, provenance.SourceB},
		// Dates are hard: the witnesses cannot turn them over.
		{"witnesses against date", provenance.Signals{PublishedA: day, PublishedB: day.Add(48 * time.Hour), Evidence: balanced,
			Witness: witFor(provenance.SourceB, 72, 14, 7, 4)}, provenance.SourceA},
		{"witnesses against credit", provenance.Signals{ACreditsB: true, Evidence: balanced,
			Witness: witFor(provenance.SourceA, 72, 14, 7, 4)}, provenance.SourceB},
		// A credit line naming an outlet, the other's publisher unknown:
		// weighed as one reading.
		{"unnamed credit alone", provenance.Signals{ACreditsUnnamed: true, Evidence: balanced}, provenance.SourceB},
		{"unnamed credit and one reading", provenance.Signals{ACreditsUnnamed: true, Evidence: bInsideA}, provenance.SourceUnknown},
		{"unnamed credit against two readings", provenance.Signals{ACreditsUnnamed: true, Evidence: bInsideA, AOnlyTerms: 0.5, BOnlyTerms: 0.1}, provenance.SourceA},
		// The same line on a known publisher's page naming another
		// outlet weighs two readings: over one, even with two.
		{"declared credit over one reading", provenance.Signals{ACreditsUnnamed: true, ADeclares: true, Evidence: bInsideA}, provenance.SourceB},
		{"declared credit against two readings", provenance.Signals{ACreditsUnnamed: true, ADeclares: true, Evidence: bInsideA, AOnlyTerms: 0.5, BOnlyTerms: 0.1}, provenance.SourceUnknown},
		{"declares without a credit line", provenance.Signals{ADeclares: true, Evidence: bInsideA}, provenance.SourceA},
		// A page running an agency's text whole with a paragraph of its
		// own, its credit line naming the agency: containment and
		// details read the one paragraph, weighed once, under the
		// declared credit. An excerpt of the page's first paragraphs
		// (the page holding much more) stays two readings against it.
		{"declared credit and a page's own paragraph", provenance.Signals{ACreditsUnnamed: true, ADeclares: true,
			Evidence: ev(side(0.89, 0.88), side(1, 0.97)), FactsA: 29, FactsB: 23, AOnlyFacts: 0.21, BOnlyFacts: 0}, provenance.SourceB},
		{"declared credit and an excerpt of the page", provenance.Signals{ACreditsUnnamed: true, ADeclares: true,
			Evidence: ev(side(0.58, 0.6), side(1, 0.97)), FactsA: 37, FactsB: 26, AOnlyFacts: 0.3, BOnlyFacts: 0}, provenance.SourceUnknown},
		{"an unnamed credit and a page's own paragraph", provenance.Signals{ACreditsUnnamed: true,
			Evidence: ev(side(0.89, 0.88), side(1, 0.97)), FactsA: 29, FactsB: 23, AOnlyFacts: 0.21, BOnlyFacts: 0}, provenance.SourceA},
		// A page naming the other as its canonical page renders it: a
		// fact, over containment and details.
		{"canonical page", provenance.Signals{ARendersB: true, Evidence: bInsideA, AOnlyTerms: 0.5, BOnlyTerms: 0.1}, provenance.SourceB},
		{"canonical pages both ways", provenance.Signals{ARendersB: true, BRendersA: true, Evidence: balanced}, provenance.SourceUnknown},
		// Two revisions of one page: the same publication date, the
		// update's modified time later; containment names the longer
		// update, the revision times order them, as a date does.
		{"revisions of one page", provenance.Signals{PublishedA: day, PublishedB: day, SamePage: true, RevisedA: day, RevisedB: day.Add(3 * time.Hour),
			Evidence: aInsideB, AOnlyTerms: 0.1, BOnlyTerms: 0.5}, provenance.SourceA},
		{"revisions of one page, ten minutes apart", provenance.Signals{SamePage: true, RevisedA: day.Add(10 * time.Minute), RevisedB: day,
			Evidence: balanced}, provenance.SourceB},
		// One site's two versions forty minutes apart (a wire's urgent
		// and its developed dispatch): its own clock orders them, over
		// containment and details; two sites' clocks so close abstain.
		{"one site's versions forty minutes apart", provenance.Signals{PublishedA: day, PublishedB: day.Add(40 * time.Minute), SameSite: true,
			Evidence: aInsideB, AOnlyTerms: 0.1, BOnlyTerms: 0.5}, provenance.SourceA},
		{"two sites' versions forty minutes apart", provenance.Signals{PublishedA: day, PublishedB: day.Add(40 * time.Minute),
			Evidence: aInsideB, AOnlyTerms: 0.1, BOnlyTerms: 0.5}, provenance.SourceB},
		{"two pages revised: the publication dates", provenance.Signals{PublishedA: day, PublishedB: day, RevisedA: day, RevisedB: day.Add(3 * time.Hour),
			Evidence: aInsideB, AOnlyTerms: 0.1, BOnlyTerms: 0.5}, provenance.SourceB},
		// Of two versions of one origin, the one crediting the origin's
		// publisher while the other credits no one is the nearer: a
		// reading; against a date, as any credit, it leaves the
		// direction unknown.
		{"kept credit", provenance.Signals{AKeepsCredit: true, Evidence: balanced}, provenance.SourceA},
		{"kept credit, B's", provenance.Signals{BKeepsCredit: true, Evidence: balanced}, provenance.SourceB},
		{"kept credit against a date", provenance.Signals{AKeepsCredit: true, PublishedA: day.Add(48 * time.Hour), PublishedB: day, Evidence: balanced}, provenance.SourceUnknown},
		{"kept credit against two readings", provenance.Signals{AKeepsCredit: true, Evidence: aInsideB, AOnlyTerms: 0.1, BOnlyTerms: 0.5}, provenance.SourceB},
		{"unnamed credit both ways", provenance.Signals{ACreditsUnnamed: true, BCreditsUnnamed: true, Evidence: balanced}, provenance.SourceUnknown},
		// A text carrying a page's headline over an agency's dateline,
		// the page's publisher not the agency: a copy of the page, a
		// reading like a credit line naming an outlet; against a date, as
		// any credit vote, unknown.
		// In a script without capitals, terms are no details: a padded
		// rewrite's extra terms name no source.
		{"terms in a caseless script", provenance.Signals{Caseless: true, Evidence: balanced, AOnlyTerms: 0.1, BOnlyTerms: 0.5}, provenance.SourceUnknown},
		{"terms in a cased script", provenance.Signals{Evidence: balanced, AOnlyTerms: 0.1, BOnlyTerms: 0.5}, provenance.SourceB},
		{"a copy of a page", provenance.Signals{BCopiesPage: true, Evidence: balanced}, provenance.SourceA},
		{"a copy of a page, A's", provenance.Signals{ACopiesPage: true, Evidence: balanced}, provenance.SourceB},
		{"a copy of a page both ways", provenance.Signals{ACopiesPage: true, BCopiesPage: true, Evidence: balanced}, provenance.SourceUnknown},
		{"a copy of a page against a date", provenance.Signals{BCopiesPage: true, PublishedA: day.Add(48 * time.Hour), PublishedB: day, Evidence: balanced}, provenance.SourceUnknown},
		// A press release is where news starts: a fact, over the
		// readings and a lone date; against a date naming the other
		// side, unknown; two releases, nothing.
		{"a release", provenance.Signals{AIsRelease: true, Evidence: aInsideB, AOnlyTerms: 0.1, BOnlyTerms: 0.5}, provenance.SourceA},
		{"a release, B's", provenance.Signals{BIsRelease: true, PublishedA: day, Evidence: bInsideA, AOnlyTerms: 0.5, BOnlyTerms: 0.1}, provenance.SourceB},
		// A release dated hours after a transcript, quoting its words
		// cut from it, answers it: the date.
		{"a release dated after the text it quotes", provenance.Signals{BIsRelease: true, PublishedA: day, PublishedB: day.Add(2 * time.Hour), BQuotesCutFromA: 2, Evidence: balanced}, provenance.SourceA},
		{"a release over the common-source pattern", provenance.Signals{AIsRelease: true, Evidence: seedsCommon, AOnlyTerms: 0.19, BOnlyTerms: 0.67,
			AQuotesUnattested: 2, BQuotesUnattested: 34}, provenance.SourceA},
		{"a release dated after the other", provenance.Signals{AIsRelease: true, PublishedA: day.Add(48 * time.Hour), PublishedB: day, Evidence: balanced}, provenance.SourceUnknown},
		{"two releases", provenance.Signals{AIsRelease: true, BIsRelease: true, Evidence: balanced}, provenance.SourceUnknown},
		// Dated witnesses: of an undated A and a dated B, versions
		// published before B that carry A's wording where B differs
		// show A's text in print before B — a fact, over B's date and
		// over containment and details (chain-four-mixed: a padded
		// rewrite of an undated copy). Too few early versions, or a
		// witness vote that does not name A, leave B's date a half
		// reading.
		{"dated witnesses over one date and two readings", provenance.Signals{PublishedB: day, Evidence: aInsideB, AOnlyTerms: 0.1, BOnlyTerms: 0.5,
			Witness: early(witFor(provenance.SourceA, 148, 3, 2, 0), 2, 0)}, provenance.SourceA},
		{"dated witnesses, B's", provenance.Signals{PublishedA: day, Evidence: bInsideA, AOnlyTerms: 0.5, BOnlyTerms: 0.1,
			Witness: early(witFor(provenance.SourceB, 148, 3, 2, 0), 0, 2)}, provenance.SourceB},
		{"one dated witness is a witness", provenance.Signals{PublishedB: day, Evidence: aInsideB, AOnlyTerms: 0.1, BOnlyTerms: 0.5,
			Witness: early(witFor(provenance.SourceA, 148, 3, 2, 0), 1, 0)}, provenance.SourceB},
		{"dated witnesses without their vote", provenance.Signals{PublishedB: day, Evidence: aInsideB, AOnlyTerms: 0.1, BOnlyTerms: 0.5,
			Witness: early(witFor(provenance.SourceA, 30, 20, 2, 1), 2, 0)}, provenance.SourceB},
		{"witnesses and date agree", provenance.Signals{PublishedA: day, PublishedB: day.Add(48 * time.Hour), Evidence: aInsideB,
			Witness: witFor(provenance.SourceA, 72, 14, 7, 4)}, provenance.SourceA},

		// Common source.
		{"common: seeds 000/001", provenance.Signals{Evidence: seedsCommon, AOnlyTerms: 0.19, BOnlyTerms: 0.67,
			AQuotesUnattested: 2, BQuotesUnattested: 34, WordsA: 511, WordsB: 1760}, provenance.SourceCommon},
		{"common: lengths unknown", provenance.Signals{Evidence: seedsCommon, AOnlyTerms: 0.19, BOnlyTerms: 0.67,
			AQuotesUnattested: 2, BQuotesUnattested: 34}, provenance.SourceCommon},
		// A side whose own quotations a third version holds drew on
		// that version: no unseen source.
		{"borrowed quotations", provenance.Signals{Evidence: seedsCommon, AOnlyTerms: 0.19, BOnlyTerms: 0.67,
			AQuotesUnattested: 2, BQuotesUnattested: 34, AQuotesBorrowed: 1, WordsA: 511, WordsB: 1760}, provenance.SourceB},
		{"common over date", provenance.Signals{PublishedA: day, PublishedB: day.Add(48 * time.Hour), Evidence: seedsCommon,
			AOnlyTerms: 0.19, BOnlyTerms: 0.67, AQuotesUnattested: 2, BQuotesUnattested: 34}, provenance.SourceCommon},
		// A press release and an outlet's cut of it with its own
		// interview: the pattern holds, but the release is the earlier
		// and the other versions keep its wording: its versions were
		// made from it.
		{"not common: the date and the witnesses name A", provenance.Signals{PublishedA: day, PublishedB: day.Add(3 * time.Hour), Evidence: seedsCommon,
			AOnlyTerms: 0.19, BOnlyTerms: 0.67, AQuotesUnattested: 2, BQuotesUnattested: 34, Witness: witFor(provenance.SourceA, 98, 0, 2, 0)}, provenance.SourceA},
		{"common: the witnesses name the later side", provenance.Signals{PublishedA: day, PublishedB: day.Add(3 * time.Hour), Evidence: seedsCommon,
			AOnlyTerms: 0.19, BOnlyTerms: 0.67, AQuotesUnattested: 2, BQuotesUnattested: 34, Witness: witFor(provenance.SourceB, 98, 0, 2, 0)}, provenance.SourceCommon},
		// An outlet writing from an earlier live blog or report, with
		// interviews of its own: each quotes what the other does not,
		// but the date and a reading of the texts (here details) name
		// the earlier side, which orders them. A credit both give to an
		// absent outlet is not overturned so.
		{"not common: the date and details name A", provenance.Signals{PublishedA: day, PublishedB: day.Add(8 * time.Hour), Evidence: ev(side(0.5, 0.45), side(0.5, 0.45)),
			AOnlyTerms: 0.5, BOnlyTerms: 0.2, AQuotesUnattested: 3, BQuotesUnattested: 3}, provenance.SourceA},
		{"common: the date and details name A, a shared credit", provenance.Signals{PublishedA: day, PublishedB: day.Add(8 * time.Hour), Evidence: ev(side(0.5, 0.45), side(0.5, 0.45)),
			AOnlyTerms: 0.5, BOnlyTerms: 0.2, AQuotesUnattested: 3, BQuotesUnattested: 3, SharedCredit: "AFP"}, provenance.SourceCommon},
		{"common: the date names A, details B", provenance.Signals{PublishedA: day, PublishedB: day.Add(8 * time.Hour), Evidence: ev(side(0.5, 0.45), side(0.5, 0.45)),
			AOnlyTerms: 0.2, BOnlyTerms: 0.5, AQuotesUnattested: 3, BQuotesUnattested: 3}, provenance.SourceCommon},
		{"credit over common", provenance.Signals{ACreditsB: true, Evidence: seedsCommon,
			AOnlyTerms: 0.19, BOnlyTerms: 0.67, AQuotesUnattested: 2, BQuotesUnattested: 34}, provenance.SourceB},
		// The shared passage is part of A's own flow and set into B: A
		// wrote it, whatever else each holds.
		{"not common: the flow names A", provenance.Signals{Evidence: ev(side(0.17, 0.2), side(0.12, 0.14)), AOnlyTerms: 0.66, BOnlyTerms: 0.78,
			AQuotesUnattested: 3, BQuotesUnattested: 2, FlowA: flow(14, 132), FlowB: flow(4, 117)}, provenance.SourceA},
		{"common: the flow abstains", provenance.Signals{Evidence: ev(side(0.17, 0.2), side(0.12, 0.14)), AOnlyTerms: 0.66, BOnlyTerms: 0.78,
			AQuotesUnattested: 3, BQuotesUnattested: 2}, provenance.SourceCommon},
		// Without quotations of its own on A's side, A is a partial copy
		// of B that adds some prose: containment and details name B.
		{"not common: A quotes nothing B lacks", provenance.Signals{Evidence: seedsCommon, AOnlyTerms: 0.19, BOnlyTerms: 0.67,
			BQuotesUnattested: 34}, provenance.SourceB},
		// Both credit their text to an outlet not at hand: the common
		// source is named, and stands in for the quotations; the dates
		// say only which sibling came first.
		{"common: a shared credit", provenance.Signals{Evidence: seedsCommon, AOnlyTerms: 0.19, BOnlyTerms: 0.67,
			SharedCredit: "Reuters", WordsA: 511, WordsB: 1760}, provenance.SourceCommon},
		{"common: a shared credit over date", provenance.Signals{PublishedA: day, PublishedB: day.Add(80 * time.Minute), Evidence: seedsCommon,
			AOnlyTerms: 0.43, BOnlyTerms: 0.39, SharedCredit: "Reuters"}, provenance.SourceCommon},
		{"not common: a shared credit, A nearly inside B", provenance.Signals{Evidence: ev(side(provenance.CommonContainMax, 0.7), side(0.21, 0.21)),
			AOnlyTerms: 0.19, BOnlyTerms: 0.67, SharedCredit: "Reuters"}, provenance.SourceB},
		{"not common: a shared credit, A lacks few details", provenance.Signals{Evidence: seedsCommon, AOnlyTerms: provenance.CommonDetailMin - 0.01,
			BOnlyTerms: 0.67, SharedCredit: "Reuters"}, provenance.SourceB},
		{"not common: A nearly inside B", provenance.Signals{Evidence: ev(side(provenance.CommonContainMax, 0.7), side(0.21, 0.21)),
			AOnlyTerms: 0.19, BOnlyTerms: 0.67, AQuotesUnattested: 2, BQuotesUnattested: 34}, provenance.SourceB},
		{"not common: A lacks few details", provenance.Signals{Evidence: seedsCommon, AOnlyTerms: provenance.CommonDetailMin - 0.01,
			BOnlyTerms: 0.67, AQuotesUnattested: 2, BQuotesUnattested: 34}, provenance.SourceB},
		{"not common: A's own material too short", provenance.Signals{Evidence: seedsCommon, AOnlyTerms: 0.19, BOnlyTerms: 0.67,
			AQuotesUnattested: 2, BQuotesUnattested: 34, WordsA: 100, WordsB: 1760}, provenance.SourceB},
		{"not common: no shared text", provenance.Signals{Evidence: ev(side(0.1, 0.05), side(0.1, 0.05)), AOnlyTerms: 0.5, BOnlyTerms: 0.5,
			AQuotesUnattested: 2, BQuotesUnattested: 2}, provenance.SourceUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := provenance.Direct(tt.s)
			if d.Source != tt.want {
				t.Errorf("Direct(%+v) = %v (%s); want %v", tt.s, d.Source, d.Reason, tt.want)
			}
			if len(d.Evidence) != 7 {
				t.Fatalf("Direct: %d evidence entries; want one per signal", len(d.Evidence))
			}
			for i, sig := range []string{provenance.SignalDate, provenance.SignalContainment, provenance.SignalCredit, provenance.SignalQuotes, provenance.SignalDetails, provenance.SignalWitnesses} {
				if d.Evidence[i].Signal != sig || d.Evidence[i].Detail == "" {
					t.Errorf("Direct: evidence %d = %+v; want signal %q with a detail", i, d.Evidence[i], sig)
				}
			}
			if d.Reason == "" || !strings.HasPrefix(d.Reason, prefixOf(d.Source)) {
				t.Errorf("Direct: reason %q; want it to start %q", d.Reason, prefixOf(d.Source))
			}
		})
	}
}

func prefixOf(s provenance.Source) string {
	switch s {
	case provenance.SourceA:
		return "A is the source"
	case provenance.SourceB:
		return "B is the source"
	case provenance.SourceCommon:
		return "common source"
	}
	return "unknown"
}

// TestDirectSymmetric checks that swapping A and B swaps the verdict.
func TestDirectSymmetric(t *testing.T) {
	for _, s := range []provenance.Signals{
		{Evidence: bInsideA, AOnlyTerms: 0.5, BOnlyTerms: 0.1},
		{PublishedA: day, PublishedB: day.Add(2 * time.Hour), Evidence: balanced},
		{ACreditsB: true, Evidence: aInsideB},
		{AQuotesCutFromB: 3, Evidence: balanced},
		{Evidence: seedsCommon, AOnlyTerms: 0.19, BOnlyTerms: 0.67, AQuotesUnattested: 2, BQuotesUnattested: 34},
		{Evidence: bInsideA, AOnlyTerms: 0.1, BOnlyTerms: 0.5},
	} {
		sw := provenance.Signals{
			PublishedA: s.PublishedB, PublishedB: s.PublishedA,
			Evidence:  judge.Evidence{A: s.Evidence.B, B: s.Evidence.A, Similarity: s.Evidence.Similarity, SharedTerms: s.Evidence.SharedTerms, Passages: s.Evidence.Passages},
			ACreditsB: s.BCreditsA, BCreditsA: s.ACreditsB,
			AQuotesCutFromB: s.BQuotesCutFromA, BQuotesCutFromA: s.AQuotesCutFromB,
			AQuotesUnattested: s.BQuotesUnattested, BQuotesUnattested: s.AQuotesUnattested,
			AOnlyTerms: s.BOnlyTerms, BOnlyTerms: s.AOnlyTerms,
			WordsA: s.WordsB, WordsB: s.WordsA,
		}
		got, swapped := provenance.Direct(s).Source, provenance.Direct(sw).Source
		want := got
		switch got {
		case provenance.SourceA:
			want = provenance.SourceB
		case provenance.SourceB:
			want = provenance.SourceA
		}
		if swapped != want {
			t.Errorf("Direct(swapped %+v) = %v; want %v (unswapped %v)", s, swapped, want, got)
		}
	}
}

func TestOnlyShares(t *testing.T) {
	tests := []struct {
		a, b         []uint64
		aOnly, bOnly float64
	}{
		{nil, nil, 0, 0},
		{[]uint64{1, 2}, nil, 1, 0},
		{[]uint64{1, 2, 3}, []uint64{1, 2, 3}, 0, 0},
		{[]uint64{1, 2, 3, 4}, []uint64{2, 4, 6}, 0.5, 1.0 / 3},
		{[]uint64{1, 5, 9}, []uint64{2, 6, 10}, 1, 1},
	}
	for _, tt := range tests {
		a, b := provenance.OnlyShares(tt.a, tt.b)
		if a != tt.aOnly || b != tt.bOnly {
			t.Errorf("OnlyShares(%v, %v) = %v, %v; want %v, %v", tt.a, tt.b, a, b, tt.aOnly, tt.bOnly)
		}
	}
}

func TestSourceString(t *testing.T) {
	for s, want := range map[provenance.Source]string{
		provenance.SourceUnknown: "unknown", provenance.SourceA: "a", provenance.SourceB: "b",
		provenance.SourceCommon: "common", provenance.Source(9): "Source(9)",
	} {
		if got := s.String(); got != want {
			t.Errorf("Source(%d).String() = %q; want %q", int(s), got, want)
		}
	}
}

// TestCreditTies: a credit one article gives the other's publisher ties
// a pair; a credit both give a third version's publisher, and the
// press-release fact, do not.
func TestCreditTies(t *testing.T) {
	for _, tt := range []struct {
		name string
		s    provenance.Signals
		want bool
	}{
		{"B credits A's publisher", provenance.Signals{BCreditsA: true}, true},
		{"A carries a credit line, B's publisher unknown", provenance.Signals{ACreditsUnnamed: true}, true},
		{"B kept a third version's credit", provenance.Signals{BKeepsCredit: true}, false},
		{"A is a press release", provenance.Signals{AIsRelease: true}, false},
		{"no credit", provenance.Signals{}, false},
	} {
		d := provenance.Direct(tt.s)
		got := false
		for _, e := range d.Evidence {
			if e.CreditTies() {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%s: a vote ties the pair = %v; want %v", tt.name, got, tt.want)
		}
	}
}
