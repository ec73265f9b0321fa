package provenance

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/judge"
	"github.com/reprint/reprint/padding"
)

// Source says which article of a pair is the source of the other.
type Source int

const (
	SourceUnknown Source = iota // the signals are missing or disagree
	SourceA                     // A is the source, B derives from it
	SourceB                     // B is the source, A derives from it
	SourceCommon                // neither contains the other: both derive from a common source not seen
)

var sourceNames = [...]string{"unknown", "a", "b", "common"}

func (s Source) String() string {
	if s >= 0 && int(s) < len(sourceNames) {
		return sourceNames[s]
	}
	return fmt.Sprintf("Source(%d)", int(s))
}

// MarshalText implements encoding.TextMarshaler.
func (s Source) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// other returns the other side of a pair: A for B and B for A.
func (s Source) other() Source {
	switch s {
	case SourceA:
		return SourceB
	case SourceB:
		return SourceA
	}
	return s
}

// Signals is what is known about a related pair of articles A and B. Every
// field is plain input computed by the caller (from ingest metadata, package
// detect, package credit, package fidelity and term sets); a zero field
// means unknown or none, and its signal abstains.
type Signals struct {
	// PublishedA and PublishedB are the publication dates; zero is unknown.
	PublishedA, PublishedB time.Time
	// DatedA and DatedB are their grains (reprint.Meta.Dated): a moment
	// (the zero value), or a time or a day on an unnamed clock, compared
	// as reprint.Date.Compare does.
	DatedA, DatedB reprint.Dating
	// SamePage reports whether A and B are two revisions of one page:
	// the same URL. RevisedA and RevisedB are then when each revision was
	// made — the page's modified time, else its publication date, else
	// when it was crawled — zero when unknown. An update keeps its page's
	// URL and publication date, so the date orders two revisions by
	// these, not by the publication dates.
	SamePage           bool
	RevisedA, RevisedB time.Time
	// SameSite reports whether one publisher's site printed both (its
	// name the same): one newsroom's clock, by which any gap between
	// exact times orders two versions — a wire's urgent before its
	// developed dispatch forty minutes later — where the clocks of two
	// sites are weighed only past DateTolerance.
	SameSite bool
	// Evidence is the judge evidence of the pair: the coverage and run
	// shares of each side.
	Evidence judge.Evidence
	// ACreditsB reports whether A credits B's publisher (package credit
	// with A derived, B source); BCreditsA the reverse.
	ACreditsB, BCreditsA bool
	// ARendersB reports whether A's page names B's page as its canonical
	// page (Meta.Canonical is B's URL): A is a rendering of B (an AMP or
	// print page) or a copy its publisher says is B's. BRendersA the
	// reverse. Decisive, as a credit naming the other's publisher is.
	ARendersB, BRendersA bool
	// ACreditsUnnamed reports whether A carries a credit line naming a
	// news organisation ("Via BBC News", "LONDON (Reuters) –") while B's
	// publisher is unknown, so that the line cannot be matched to B:
	// package credit's Credited with no publisher. BCreditsUnnamed the
	// reverse. It is weighed (WeightCreditUnnamed), not decisive.
	ACreditsUnnamed, BCreditsUnnamed bool
	// ADeclares reports, with ACreditsUnnamed, that A is a known
	// publisher's page (its site or domain says whose it is) and the
	// outlet its line names is another: a publisher saying in its own
	// page that it ran another outlet's story. Weighed
	// WeightCreditDeclared. BDeclares the reverse.
	ADeclares, BDeclares bool
	// ACopiesPage reports whether A is a text of unknown publisher that
	// opens with a news agency's wire dateline under B's headline, while
	// B is the page of a known publisher other than the agency: a paper
	// printed the dispatch under its own headline, and A, carrying both,
	// is a copy of that page (a scraper's plain text of it). BCopiesPage
	// likewise. Weighed like a credit line naming an outlet
	// (WeightCreditUnnamed).
	ACopiesPage, BCopiesPage bool
	// Caseless reports that both texts are written mostly in scripts
	// without capitals (Arabic, Devanagari, Han…): no name stands out of
	// the words, so a text's terms absent from the other are padding as
	// often as detail, and details read only facts.
	Caseless bool
	// AQuotesCutFromB is how many of A's quotations are fragments (cut
	// versions) of B's quotations (package fidelity with A derived, B
	// source: status fragment); BQuotesCutFromA the reverse.
	AQuotesCutFromB, BQuotesCutFromA int
	// AQuotesUnattested is how many of A's quotations have no support in B
	// at all (package fidelity with A derived, B source: status
	// unattested); BQuotesUnattested the reverse. A text derived from
	// another has its quotations from it; quotations of its own show that
	// it had material the other did not. Only the common-source test
	// reads them (see the package documentation).
	AQuotesUnattested, BQuotesUnattested int
	// AQuotesBorrowed is how many of A's quotations unattested in B are
	// found in a third version of the story that A shares reused text
	// with (the caller's reading); BQuotesBorrowed the reverse. A farm
	// that conflates two texts — an archive's report and a station's
	// rewrite of a later feature — holds quotations of each that the
	// other lacks: its own material against either is the other's, and
	// the two pairs are no siblings of an unseen source. The
	// common-source test counts quotations of a side's own without them.
	AQuotesBorrowed, BQuotesBorrowed int
	// AQuotesOwnOfB is how many of A's quotations are found, word for
	// word, in B's own first-person prose (package fidelity with A
	// derived, B source: Check.Prose): A quotes what B's writer wrote (a
	// post, a letter, a column); BQuotesOwnOfA the reverse.
	AQuotesOwnOfB, BQuotesOwnOfA int
	// AKeepsCredit reports whether A credits its text to the publisher of
	// a third article related to both (credit.Credits: a credit line, a
	// wire dateline, a lede attributing the story) while B credits its
	// text to no one; BKeepsCredit the reverse. Copying drops credit lines
	// (a scraper strips "Via X"), and a copier rarely writes an accurate
	// one of its own: of two versions of one origin, the one that names it
	// is the nearer. Weighed (WeightKeptCredit), not decisive.
	AKeepsCredit, BKeepsCredit bool
	// SharedCredit is an outlet both sides credit for their text (a
	// credit line, a wire dateline, a lede attributing the story:
	// credit.Credits) that is the publisher of neither, nor of any
	// article at hand: the common source is named, and not in the
	// corpus. Empty when there is none, or when either side's publisher
	// is unknown (an agency's own story opens with its own dateline).
	// Only the common-source test reads it.
	SharedCredit string
	// AOnlyTerms and BOnlyTerms are the shares of each side's distinct
	// terms (stems, names, numbers, quoted words) absent from the other
	// side: see OnlyShares.
	AOnlyTerms, BOnlyTerms float64
	// FactsA and FactsB are the numbers of each side's distinct facts —
	// numbers and the words of names (rewrite.Analyzer.Facts), credit
	// lines and datelines left out — and AOnlyFacts and BOnlyFacts the
	// shares of them absent from the other side (OnlyShares). Where each
	// side has FactsMin of them, details and containment read facts.
	FactsA, FactsB         int
	AOnlyFacts, BOnlyFacts float64
	// WordsA and WordsB are the lengths in words; zero is unknown.
	WordsA, WordsB int
	// AIsRelease and BIsRelease report a press release (package
	// pressrelease: its label line or its end mark and notes to
	// editors): news is written from releases, not releases from news.
	AIsRelease, BIsRelease bool
	// APadding and BPadding count the kinds of a content farm's padding
	// headings each side carries: a table of contents, key points, a
	// FAQ, a conclusion (package padding). A padded side (at least
	// padding.MinKinds) beside one with none is the derived one: its
	// extra material is padding around the other, which containment and
	// details would read as a source's own. (A side with one kind may be
	// a farm's lighter rewrite: then nothing is read from padding.)
	APadding, BPadding int
	// Witness is how the other versions of the story side with each
	// side's wording (Tally); the zero value, no versions, abstains.
	Witness Witness
	// FlowA and FlowB are how the words around each side's shared
	// passages relate to them (FlowContext, FlowOf); the zero value, no
	// context, abstains.
	FlowA, FlowB Flow
	// Thresholds are the relation's bars the common-source test reads
	// the Evidence against (it needs reuse); the zero value is judge's
	// defaults.
	Thresholds judge.Thresholds
}

// Signal names, as Evidence.Signal reports them.
const (
	SignalDate        = "date"
	SignalContainment = "containment"
	SignalCredit      = "credit"
	SignalQuotes      = "quotes"
	SignalDetails     = "details"
	SignalWitnesses   = "witnesses"
)

// Evidence is one signal's vote on a pair.
type Evidence struct {
	Signal string // SignalDate, SignalContainment, SignalCredit, SignalQuotes, SignalDetails, SignalWitnesses or SignalFlow
	// Points is the side the signal names as the source, or SourceUnknown
	// when it abstains.
	Points Source
	// Weight is what the vote counts for when the readings are weighed
	// (see Direct); 0 for an abstention and for the facts (a date, a
	// credit naming the other's publisher), which decide rather than
	// weigh.
	Weight float64
	Detail string // human-readable: the figures and why
}

// Direction is the verdict on a pair: which side is the source, every
// signal's vote, and the reason in words.
type Direction struct {
	Source   Source
	Evidence []Evidence // one per signal, in the order date, containment, credit, quotes, details, witnesses, flow
	Reason   string
	// Score is the weighed readings: the sum of the weights of the votes
	// for A less those for B (see Direct).
	Score float64
	// Fact reports whether a fact (a date, or a credit naming the other's
	// publisher) decided Source, which the story's lineage then keeps.
	Fact bool
}

// Thresholds of the votes. Clough–Stevenson (57 answers derived from five
// Wikipedia excerpts; no dates, credit or quotations) is what the
// containment and details margins were measured on; see the package
// documentation for the table and for what cannot be measured there.
const (
	// DateTolerance: dates closer than this abstain. Publication times
	// are often rounded to the day or copied from the first version of a
	// page, and a copy published within the hour is as likely a
	// simultaneous release of a wire story.
	DateTolerance = time.Hour

	// ContainMargin and RunMargin: containment names the more-covered
	// side derived when its coverage (words in verbatim or rewrite
	// passages) exceeds the other side's by ContainMargin and its
	// three-word run share exceeds the other's by RunMargin: both measures
	// must agree. On Clough–Stevenson every pair of values in ContainMargin
	// 0.05–0.15 × RunMargin 0.01–0.03 gives the best accuracy (50/54 with
	// DetailMargin 0.02); coverage alone mistakes a thorough paraphrase
	// of the whole source, whose sentence alignment covers the source
	// too, for a summary (g1pB_taskc: coverage 1.00 against 0.77, runs
	// 0.46 against 0.45).
	ContainMargin = 0.10
	RunMargin     = 0.02

	// DetailMargin: details names as the source the side whose share of
	// terms absent from the other exceeds the other side's by this much.
	// A summary or rewrite drops details; it rarely adds them. On
	// Clough–Stevenson 0.01–0.02 is best (50/54); 0.05 loses one near
	// copy (g3pA_taskd, 0.03 against 0.01) to unknown, 0.10 five more.
	DetailMargin = 0.02

	// VersionMinCoverage: containment and details vote only when each
	// side has at least this share of its words in the shared passages,
	// so that the two are versions of one text. Below it one side is
	// mostly other material — a passage reused inside a longer text —
	// and the asymmetries read nothing: a short source set into a long
	// host "lies inside" the host exactly as an excerpt lies inside its
	// source, and the host's other topics look like details the source
	// dropped. On PAN 2013, built that way, containment and details named
	// the wrong side of 1,526 and 1,591 of 1,604 related case pairs
	// (reprint eval direction). Wrong directions there, of 3,238 case
	// pairs, by bar: 1,208 at 0, 370 at 0.05, 175 at 0.10; right ones
	// 326 throughout. On Clough–Stevenson the commands name the same
	// sources from 0 to 0.10 (55 through scan, 51 through compare) and
	// lose one at 0.15; the package's own pipeline (TestClough) loses the
	// heavy rewrite g4pE_taska, aligned there on a few sentences, at any
	// bar. 0.05 keeps a margin below that plateau's edge.
	VersionMinCoverage = 0.05

	// QuoteCutMin and QuoteCutRatio: quotes names as the source the side
	// whose quotations the other cuts, when the other has at least
	// QuoteCutMin quotations cut from it and at least QuoteCutRatio times
	// as many as the reverse. A one-word quotation is easily a
	// "fragment" of a longer one by accident in both directions
	// ("productive" in "good and productive"), hence the two. Not
	// fitted: Clough–Stevenson has no quotations to speak of.
	QuoteCutMin   = 3
	QuoteCutRatio = 2

	// QuoteOwnMin and WeightQuotedOwn: quotes names as the source the
	// side whose own first-person prose the other quotes word for word
	// (Signals.AQuotesOwnOfB), in at least QuoteOwnMin quotations, when
	// it quotes none of the other's. Two passages of a post or a letter
	// set in quotation marks, whole, are the report quoting its writer;
	// the reverse — a first-person text whose sentences are another
	// text's quotations, unquoted — is no way a story is written. It
	// weighs three readings: a first-person post captured as text has
	// no date its metadata gives (a one-sided date, MinWeighed), its
	// third-person reports share one another's phrasing where the post
	// differs (the witnesses, one per version), and their added
	// interviews read as details the post lacks (a reading), so a
	// reading's weight would be outvoted by what the shape itself makes
	// (english-social-post-reports: 2.5 for the report against the
	// post).
	QuoteOwnMin     = 2
	WeightQuotedOwn = 3 * WeightReading

	// CommonContainMax: the common-source test requires both coverages
	// below this: neither side nearly all inside the other. It is the
	// bar of a copy (judge.CopyMin): a text more covered than that lies
	// inside the other, whatever it adds.
	CommonContainMax = judge.CopyMin

	// CommonDetailMin: the common-source test requires both sides to have
	// at least this share of terms absent from the other. Near copies
	// stay below it: the near-identical answer pairs of Clough–Stevenson
	// have shares of 0.10 or less on both sides.
	CommonDetailMin = 0.15

	// CommonQuoteMin: the common-source test requires both sides to have
	// at least this many quotations the other does not attest. A
	// derived text takes its quotations from its source; quotations on
	// each side that the other lacks are each side's own access to the
	// speaker — or to a source that quoted more. This is what tells two
	// versions of one story from a partial copy that adds its own prose:
	// coverage and term shares alone cannot (see the package
	// documentation for the conflict on Clough–Stevenson). Two, not one:
	// with the real quote checks (package fidelity) a single stray scare
	// quote or mis-paired mark on each side made four Clough–Stevenson
	// answers "common" (direction right for 47 of 57 through `reprint
	// compare`, 49 with two); the seeds' two versions have 2 and 34.
	CommonQuoteMin = 2

	// WeightReading is the weight of each reading of the two texts —
	// containment, quotes, details — when Direct weighs them: one each,
	// since each has a known way to be wrong (see the package doc).
	WeightReading = 1.0

	// VersionFullCoverage: containment and details weigh a full reading
	// when each side is at least this share covered by the other — two
	// versions of one text — and less below it, down to nothing at
	// VersionMinCoverage (versionWeight). A passage set inside a longer
	// host reads the host as the source on both: on PAN 2013, weighed at
	// full weight against the witnesses, they reversed 498 pairs against
	// 288 right. Measured on Clough–Stevenson (reprint eval direction):
	// at 0.5 scan names 53 of 57 sources and compare 38 (the answers are
	// partial rewrites, often under half shared), at 0.2 scan 55 and
	// compare 51 as before; the story sets are the same at both (their
	// versions share 0.57–1.00).
	VersionFullCoverage = 0.2

	// FactsMin: details count facts instead of all terms, and
	// containment needs the container's extra material to carry facts,
	// when each side has at least this many facts (numbers and name
	// words). Padding adds words and no facts ("It is important to note
	// that…"), and a source's dropped paragraph takes its facts with it:
	// in the three chain story sets no derived version has a fact its
	// parent lacks (10 parent–child pairs), while all terms read the
	// padded rewrite of ai-padded-quotes as the source (terms only in it
	// 0.44 against 0.28; facts 0.12 against 0.12, 25 each). Below 15 one
	// fact moves a share by more than 0.067, over three times
	// DetailMargin, and a share says little. Measured from 20 down to 15
	// (session 20): a Turkish farm's padded rewrite holds 18 facts, all
	// of them its agency source's (which holds 28), since Turkish
	// sentences open with their names; at 20 it stayed on all terms,
	// where its padding read as detail and it became the agency's
	// source. At 15 and 18 the story sets gain that set and lose none,
	// Clough–Stevenson's direction is the same (its answers have 0 to 20
	// facts and stay on all terms, where names and numbers alone name
	// five fewer sources: OnlyShares), and PAN 2013's direction turns one
	// reversed pair right and changes no other.
	FactsMin = 15

	// WeightDatedOnly: where one side carries a publication date and the
	// other none, the dated side is weighed as the source at MinWeighed,
	// enough to decide only when no reading of the texts votes: a scraped
	// copy or repost is published without the record of the page it
	// took, and two identical texts have nothing else to order them. Any
	// reading outweighs it, since a plain text has no date whatever its
	// place in the chain.
	WeightDatedOnly = MinWeighed

	// CloseDatesCopyShare: dates within DateTolerance are weighed
	// (WeightDatedOnly) only between two versions of one text, each
	// more than this share verbatim in the other: an aggregator's copy of
	// a portal's copy, 25 minutes after it, which nothing else orders.
	CloseDatesCopyShare = 0.9

	// MinWeighed: the readings decide only when the heavier side leads by
	// at least half a full reading. Weaker leads — scaled-down readings
	// of a passage inside a host, under VersionMinCoverage +
	// (VersionFullCoverage − VersionMinCoverage)/4 for two that agree —
	// leave the direction unknown. Half, not one: Clough–Stevenson's
	// g0pB_taskc (the whole excerpt plus more of the Wikipedia article)
	// has its source's witnesses at 2.5 against containment and details
	// at 2.
	MinWeighed = WeightReading / 2

	// WeightCreditUnnamed: a credit line naming an outlet in one text,
	// when the other's publisher is unknown, says the first is derived
	// from someone, and the other is the one it shares its text with. It
	// weighs one reading: the line may name a third text's outlet (on PAN
	// 2013, at weight 2, such votes were right 66 times and wrong 30). A
	// credit that names the other's known publisher is a fact and decides.
	WeightCreditUnnamed = 1.0

	// WeightCreditDeclared: the same line on a known publisher's own
	// page, naming an outlet that is not that publisher, weighs two
	// readings. The page's publisher says in its own name that the story
	// is another's, so the line is no text it copied with the story
	// (PAN 2013's wrong votes of WeightCreditUnnamed are lines inside
	// plain texts of unknown publisher); it may still name a third
	// text's outlet, so it does not decide.
	WeightCreditDeclared = 2.0

	// WeightKeptCredit: of two versions of one origin, the one that
	// credits the origin's publisher while the other credits no one is
	// the nearer (Signals.AKeepsCredit). It weighs one reading: a copier
	// may learn the origin elsewhere. Not fitted: the story sets hold the
	// one case (chain-credited), and PAN 2013 and Clough–Stevenson carry no
	// credit lines of a third article's publisher.
	WeightKeptCredit = 1.0

	// WitnessVersionWeight and WitnessMaxWeight: a witness vote weighs
	// WitnessVersionWeight for each version that carries more of the
	// named side's variants than of the other's, net of the versions on
	// the other side, up to WitnessMaxWeight. The witnesses find the
	// centre of a family of copies (see Witnesses in the package doc): a
	// wire story copied by many has many versions siding with it, a chain
	// A → B → C → D has only B's own descendants siding with B on the
	// pair A–B. Two versions are worth one reading: chain-undated's A–B
	// (two descendants of B against containment and details for A) stays
	// with A, and Clough–Stevenson's expansions (g0pB_taskc: 7 versions
	// for the source against 2, containment and details for the answer;
	// g3pA_taskc 10 against 0) stay with the source. The cap keeps the
	// centre below a fact.
	WitnessVersionWeight = 0.5
	WitnessMaxWeight     = 3.0

	// WeightFlow is the weight of the flow's vote (see FlowWindow) where
	// it speaks — while the less-shared side is under VersionFullCoverage
	// shared, a passage set into other material — two readings: it is the
	// reading that tells an insertion from an excerpt, the one thing
	// containment and details (which together weigh less than two there)
	// cannot, and it is right where they are wrong (on PAN 2013 1,181
	// votes right and 5 wrong, against containment's 3 right and 441
	// wrong). Measured there (reprint eval direction) against 337 right
	// and 244 reversed without it: at one reading 1,084 right and 123
	// reversed, at two 1,193 and 106; Clough–Stevenson's 55 (scan) and
	// 51 (compare) at both. Witnesses of many versions still outweigh it.
	WeightFlow = 2 * WeightReading

	// CommonMinWords: each side's words outside the shared passages,
	// (1 − coverage) × words, must reach this where the lengths are
	// known: two sentences of news. Material absent from the other side
	// must be material, not a changed word.
	CommonMinWords = 40
)

// coverage is the share of a side's words inside shared passages.
func coverage(s judge.Side) float64 { return s.Verbatim + s.Rewrite }

// Direct returns which of the two articles is the source, with every
// signal's vote.
//
// Facts decide; readings are weighed. The rule, in order:
//  1. Date and credit naming different sides: unknown (one of them is
//     wrong, and nothing here can say which).
//  2. Credit naming the other's publisher, or a page naming the other's
//     as its canonical page (an AMP rendering, a syndicated copy), or a
//     press release against a text that is not one: the credited, named
//     or releasing side.
//  3. The common-source pattern (the pair shares text, neither side
//     contains the other, each has details the other lacks, and each
//     has quotations the other lacks or both credit their text to the
//     same outlet not at hand), unless the flow names a side, or the
//     date and the witnesses name the same one: common. The other
//     versions of the story keeping one side's wording where the other
//     differs, and that side the earlier, read as a source its
//     versions were made from, the later one among them with reporting
//     of its own (a press release, an outlet's cut of it with its own
//     interview), not as siblings. A passage that is
//     part of one side's own flow and set into the other's was written
//     by the first, whatever else each holds.
//  4. A date vote: the earlier side. Dates are hard: no reading of the
//     texts turns them over. Of an undated and a dated side, the undated
//     one is the earlier when WitnessMinVersions versions published
//     before the dated one carry its wording where the two differ and
//     the witnesses name it (Witness.EarlyForA, EarlyForB): its text was
//     in print first, so the dated side cannot be where it came from.
//  5. Otherwise the readings are weighed: containment, quotes and details
//     WeightReading each, a credit line naming an outlet when the other's
//     publisher is unknown WeightCreditUnnamed, a credit to a third
//     version's publisher that the other side lacks WeightKeptCredit, the
//     witnesses
//     WitnessVersionWeight per version on their side net of the other's,
//     at most WitnessMaxWeight, the flow WeightFlow while one side is
//     mostly other material. The heavier side is the source; equal
//     weights (or no vote) leave it unknown.
//
// Direction.Score is the signed sum of step 5 (positive for A), also when
// a fact decided; Direction.Fact reports whether one did (steps 2 and 4).
func Direct(s Signals) Direction {
	votes := []Evidence{
		dateVote(s),
		containmentVote(s),
		creditVote(s),
		quotesVote(s),
		detailsVote(s),
		witnessVote(s.Witness),
		flowVote(s),
	}
	if c, dv, cr := &votes[1], &votes[4], votes[2]; c.Points != SourceUnknown && c.Points == dv.Points &&
		cr.Points != SourceUnknown && cr.Points != c.Points && cr.Weight == WeightCreditDeclared && oneAddition(s, c.Points) {
		// The container, a known publisher's page, says in its own
		// name that its story is another outlet's, and the contained
		// side is its text whole, with no fact of its own: the
		// container's details are the very material containment reads
		// (its own paragraph beside the agency's text), one reading,
		// not two.
		dv.Weight = 0
		dv.Detail += ": the material containment reads, weighed once"
	}
	d := Direction{Evidence: votes}
	date, credit, flow := votes[0], votes[2], votes[6]
	var sum float64
	for _, v := range votes {
		switch v.Points {
		case SourceA:
			sum += v.Weight
		case SourceB:
			sum -= v.Weight
		}
	}
	d.Score = sum
	named := credit.Points != SourceUnknown && credit.Weight == 0
	dated := date.Points != SourceUnknown && date.Weight == 0
	if dated && (credit.Detail == releaseDetailA && date.Points == SourceB && s.AQuotesCutFromB > 0 ||
		credit.Detail == releaseDetailB && date.Points == SourceA && s.BQuotesCutFromA > 0) {
		// A release dated after the other text that quotes its words,
		// cut from it, answers it (an opposition's release quoting a
		// premier's transcript): that news is written from releases is
		// a rule, and the quotations and the date say otherwise.
		credit.Points, named = SourceUnknown, false
	}
	if dated && credit.Points != SourceUnknown && date.Points != credit.Points {
		d.Reason = fmt.Sprintf("unknown: the %s points to %s, the %s to %s",
			date.Signal, upper(date.Points), credit.Signal, upper(credit.Points))
		return d
	}
	if named {
		d.Source, d.Fact = credit.Points, true
		d.Reason = fmt.Sprintf("%s is the source: %s", upper(credit.Points), credit.Detail)
		return d
	}
	witness := votes[5]
	if why, ok := common(s); ok && flow.Points == SourceUnknown && !(dated && agrees(s, date, witness, votes[1], votes[4])) {
		d.Source = SourceCommon
		d.Reason = "common source: " + why
		return d
	}
	if dated {
		d.Source, d.Fact = date.Points, true
		d.Reason = fmt.Sprintf("%s is the source: %s", upper(date.Points), date.Detail)
		return d
	}
	var forA, forB []string
	for _, v := range votes {
		if v.Weight == 0 {
			continue
		}
		w := fmt.Sprintf("%s (%s)", v.Signal, weight(v.Weight))
		switch v.Points {
		case SourceA:
			forA = append(forA, w)
		case SourceB:
			forB = append(forB, w)
		}
	}
	switch {
	case len(forA)+len(forB) == 0:
		d.Reason = "unknown: no signal points either way"
	case sum >= MinWeighed:
		d.Source = SourceA
		d.Reason = "A is the source: " + weighed(forA, forB)
	case sum <= -MinWeighed:
		d.Source = SourceB
		d.Reason = "B is the source: " + weighed(forB, forA)
	default:
		d.Reason = fmt.Sprintf("unknown: %s for A, %s for B: a lead of %s, less than %s",
			orNone(forA), orNone(forB), weight(math.Abs(sum)), weight(MinWeighed))
	}
	return d
}

// weight prints a vote's weight: "1", "2.5", "0.37".
func weight(w float64) string { return strconv.FormatFloat(math.Round(w*100)/100, 'f', -1, 64) }

// orNone joins votes, or says there are none.
func orNone(votes []string) string {
	if len(votes) == 0 {
		return "nothing"
	}
	return strings.Join(votes, " and ")
}

// weighed says which votes won and which they outweighed.
func weighed(win, lose []string) string {
	out := strings.Join(win, " and ")
	if len(lose) > 0 {
		out += " outweigh " + strings.Join(lose, " and ")
	}
	return out
}

func upper(s Source) string { return strings.ToUpper(s.String()) }

// dateVote: the earlier article is the source; where only one date is
// known, the dated article is weighed as the source (WeightDatedOnly).
func dateVote(s Signals) Evidence {
	v := Evidence{Signal: SignalDate}
	if ra, rb := s.RevisedA, s.RevisedB; s.SamePage && !ra.IsZero() && !rb.IsZero() && !ra.Equal(rb) {
		// One site's clock: any gap orders two revisions of its page.
		if gap := ra.Sub(rb); gap < 0 {
			v.Points = SourceA
			v.Detail = fmt.Sprintf("two revisions of one page: A made %s before B", -gap)
		} else {
			v.Points = SourceB
			v.Detail = fmt.Sprintf("two revisions of one page: B made %s before A", gap)
		}
		return v
	}
	a, b := s.PublishedA, s.PublishedB
	var gap time.Duration
	exact := true
	if !a.IsZero() && !b.IsZero() {
		gap, exact = reprint.Date{Time: a, Dated: s.DatedA}.Compare(reprint.Date{Time: b, Dated: s.DatedB})
	}
	switch {
	case a.IsZero() && b.IsZero():
		v.Detail = "a date is unknown"
	case b.IsZero():
		if w := s.Witness; w.EarlyForB >= WitnessMinVersions && witnessVote(w).Points == SourceB {
			v.Points = SourceB
			v.Detail = fmt.Sprintf("only A carries a publication date, but %d versions published before A carry B's wording where A differs: B's text was in print before A", w.EarlyForB)
			break
		}
		v.Points, v.Weight = SourceA, WeightDatedOnly
		v.Detail = "only A carries a publication date"
	case a.IsZero():
		if w := s.Witness; w.EarlyForA >= WitnessMinVersions && witnessVote(w).Points == SourceA {
			v.Points = SourceA
			v.Detail = fmt.Sprintf("only B carries a publication date, but %d versions published before B carry A's wording where B differs: A's text was in print before B", w.EarlyForA)
			break
		}
		v.Points, v.Weight = SourceB, WeightDatedOnly
		v.Detail = "only B carries a publication date"
	case !exact && gap == 0:
		v.Detail = fmt.Sprintf("the dates may stand for the same moment (%s)", grains(s))
	case !exact && gap < 0:
		v.Points = SourceA
		v.Detail = fmt.Sprintf("A published before B (%s)", grains(s))
	case !exact:
		v.Points = SourceB
		v.Detail = fmt.Sprintf("B published before A (%s)", grains(s))
	case s.SameSite && gap < 0 && -gap < DateTolerance:
		v.Points = SourceA
		v.Detail = fmt.Sprintf("one site's clock: A published %s before B", -gap)
	case s.SameSite && gap > 0 && gap < DateTolerance:
		v.Points = SourceB
		v.Detail = fmt.Sprintf("one site's clock: B published %s before A", gap)
	case gap.Abs() < DateTolerance && gap != 0 && s.Evidence.A.Verbatim > CloseDatesCopyShare && s.Evidence.B.Verbatim > CloseDatesCopyShare:
		// Two versions of one text published within the hour: nothing
		// in the texts orders them, and the clock, too close to decide,
		// is weighed as a dated side against an undated one is.
		v.Points, v.Weight = SourceA, WeightDatedOnly
		if gap > 0 {
			v.Points = SourceB
		}
		v.Detail = fmt.Sprintf("published %s apart, within %s: two versions of one text, weighed", gap.Abs(), DateTolerance)
	case gap.Abs() < DateTolerance:
		v.Detail = fmt.Sprintf("published %s apart, within %s", gap.Abs(), DateTolerance)
	case gap < 0:
		v.Points = SourceA
		v.Detail = fmt.Sprintf("A published %s before B", -gap)
	default:
		v.Points = SourceB
		v.Detail = fmt.Sprintf("B published %s before A", gap)
	}
	return v
}

// grains describes the grains of the pair's dates, for a vote read off
// windows (a day is one of them).
func grains(s Signals) string {
	grain := func(d reprint.Dating) string {
		switch d {
		case reprint.DatedDay:
			return "a day"
		case reprint.DatedLocal:
			return "a time whose zone is not given"
		}
		return "a moment"
	}
	return fmt.Sprintf("A's date is %s, B's %s", grain(s.DatedA), grain(s.DatedB))
}

// containmentVote: the derived text lies mostly inside its source, so the
// more-covered side is derived when both coverage and run share say so —
// and, where each side has FactsMin facts, when the container's extra
// material carries facts the other lacks (its share of facts absent from
// the other leads by DetailMargin): a padded rewrite contains its source
// too, and adds words, not facts.
func containmentVote(s Signals) Evidence {
	e := s.Evidence
	v := Evidence{Signal: SignalContainment}
	ca, cb := coverage(e.A), coverage(e.B)
	figures := fmt.Sprintf("coverage A %.2f B %.2f, 3-word runs A %.2f B %.2f", ca, cb, e.A.Run3, e.B.Run3)
	switch {
	case min(ca, cb) < VersionMinCoverage:
		v.Detail = "a passage inside a longer text, not two versions (" + figures + ")"
	case padded(s) && s.APadding > s.BPadding && excerptOf(s, true):
		v.Points, v.Weight = SourceA, versionWeight(e)
		v.Detail = "B is an excerpt of A's padded page: all of B lies in A, and the rest of A's story carries facts B lacks (" + figures + "; " + factFigures(s) + ")"
	case padded(s) && s.BPadding > s.APadding && excerptOf(s, false):
		v.Points, v.Weight = SourceB, versionWeight(e)
		v.Detail = "A is an excerpt of B's padded page: all of A lies in B, and the rest of B's story carries facts A lacks (" + figures + "; " + factFigures(s) + ")"
	case padded(s) && s.APadding > s.BPadding:
		v.Points, v.Weight = SourceB, versionWeight(e)
		v.Detail = "A is B padded as a content farm pads: its contents, key points, questions or conclusion around B's story (" + figures + ")"
	case padded(s):
		v.Points, v.Weight = SourceA, versionWeight(e)
		v.Detail = "B is A padded as a content farm pads: its contents, key points, questions or conclusion around A's story (" + figures + ")"
	case ca-cb >= ContainMargin && e.A.Run3-e.B.Run3 >= RunMargin:
		if factual(s) && (s.BOnlyFacts-s.AOnlyFacts < DetailMargin || onlyCount(s.BOnlyFacts, s.FactsB)-onlyCount(s.AOnlyFacts, s.FactsA) < ContainMinFacts) {
			v.Detail = "A lies inside B, but what B adds carries no facts A lacks (" + figures + "; " + factFigures(s) + ")"
			break
		}
		v.Points, v.Weight = SourceB, versionWeight(e)
		v.Detail = "A lies inside B (" + figures + ")"
	case cb-ca >= ContainMargin && e.B.Run3-e.A.Run3 >= RunMargin:
		if factual(s) && (s.AOnlyFacts-s.BOnlyFacts < DetailMargin || onlyCount(s.AOnlyFacts, s.FactsA)-onlyCount(s.BOnlyFacts, s.FactsB) < ContainMinFacts) {
			v.Detail = "B lies inside A, but what A adds carries no facts B lacks (" + figures + "; " + factFigures(s) + ")"
			break
		}
		v.Points, v.Weight = SourceA, versionWeight(e)
		v.Detail = "B lies inside A (" + figures + ")"
	default:
		v.Detail = "neither lies inside the other more (" + figures + ")"
	}
	return v
}

// creditVote: a text that credits the other's publisher names its source.
func creditVote(s Signals) Evidence {
	v := Evidence{Signal: SignalCredit}
	switch {
	case s.ARendersB && !s.BRendersA:
		v.Points = SourceB
		v.Detail = "A's page names B's as its canonical page"
	case s.BRendersA && !s.ARendersB:
		v.Points = SourceA
		v.Detail = "B's page names A's as its canonical page"
	case s.ACreditsB && s.BCreditsA:
		v.Detail = "each credits the other"
	case s.ACreditsB:
		v.Points = SourceB
		v.Detail = "A credits B's publisher"
	case s.BCreditsA:
		v.Points = SourceA
		v.Detail = "B credits A's publisher"
	case s.AIsRelease && !s.BIsRelease:
		v.Points = SourceA
		v.Detail = releaseDetailA
	case s.BIsRelease && !s.AIsRelease:
		v.Points = SourceB
		v.Detail = releaseDetailB
	case s.ACreditsUnnamed && s.BCreditsUnnamed:
		v.Detail = "each carries a credit line, and neither's publisher is known"
	case s.ACreditsUnnamed && farmPadded(s.BPadding, s.APadding), s.BCreditsUnnamed && farmPadded(s.APadding, s.BPadding):
		// The unknown publisher's text might be the credited outlet's, but
		// not when it is the story padded as a content farm pads: a wire
		// writes no FAQ around its own story.
		v.Detail = "one carries a credit line naming an outlet, and the other, of unknown publisher, is the story padded as a content farm pads, not that outlet's"
	case s.ACreditsUnnamed && s.ADeclares:
		v.Points, v.Weight = SourceB, WeightCreditDeclared
		v.Detail = "A, a known publisher's page, carries a credit line naming another outlet, and B's publisher is unknown"
	case s.BCreditsUnnamed && s.BDeclares:
		v.Points, v.Weight = SourceA, WeightCreditDeclared
		v.Detail = "B, a known publisher's page, carries a credit line naming another outlet, and A's publisher is unknown"
	case s.ACreditsUnnamed:
		v.Points, v.Weight = SourceB, WeightCreditUnnamed
		v.Detail = "A carries a credit line naming an outlet, and B's publisher is unknown"
	case s.BCreditsUnnamed:
		v.Points, v.Weight = SourceA, WeightCreditUnnamed
		v.Detail = "B carries a credit line naming an outlet, and A's publisher is unknown"
	case s.ACopiesPage && !s.BCopiesPage:
		v.Points, v.Weight = SourceB, WeightCreditUnnamed
		v.Detail = copiesPageDetailA
	case s.BCopiesPage && !s.ACopiesPage:
		v.Points, v.Weight = SourceA, WeightCreditUnnamed
		v.Detail = copiesPageDetailB
	case s.AKeepsCredit && !s.BKeepsCredit:
		v.Points, v.Weight = SourceA, WeightKeptCredit
		v.Detail = keptCreditDetailA
	case s.BKeepsCredit && !s.AKeepsCredit:
		v.Points, v.Weight = SourceB, WeightKeptCredit
		v.Detail = keptCreditDetailB
	default:
		v.Detail = "neither credits the other"
	}
	return v
}

// The credit votes that name a side without a credit between the two.
const (
	copiesPageDetailA = "A, a plain text taken from a page, carries B's own headline, and B is a known publisher's page: A copied B's page"
	copiesPageDetailB = "B, a plain text taken from a page, carries A's own headline, and A is a known publisher's page: B copied A's page"
	releaseDetailA    = "A is a press release and B is not: news is written from releases, not releases from news"
	releaseDetailB    = "B is a press release and A is not: news is written from releases, not releases from news"
	keptCreditDetailA = "A credits its text to the publisher of a third version, B credits no one: a copy drops a credit line, rarely writes one"
	keptCreditDetailB = "B credits its text to the publisher of a third version, A credits no one: a copy drops a credit line, rarely writes one"
)

// CreditTies reports whether e is a credit vote that ties the pair by a
// credit one of them gives (the other's publisher named, a canonical
// link, or a credit line naming an outlet where the other's publisher is
// unknown): not a reading from a credit one keeps to a third version's
// publisher (a copy that kept its source's credit), nor the press-release
// fact.
func (e Evidence) CreditTies() bool {
	if e.Signal != SignalCredit || e.Points == SourceUnknown {
		return false
	}
	switch e.Detail {
	case releaseDetailA, releaseDetailB, keptCreditDetailA, keptCreditDetailB:
		return false
	}
	return true
}

// quotesVote: a quotation complete in one text and cut in the other was
// cut by the derived text.
func quotesVote(s Signals) Evidence {
	v := Evidence{Signal: SignalQuotes}
	a, b := s.AQuotesCutFromB, s.BQuotesCutFromA
	figures := fmt.Sprintf("%d of A's quotations cut from B's, %d of B's from A's", a, b)
	switch {
	case s.AQuotesOwnOfB >= QuoteOwnMin && s.BQuotesOwnOfA == 0:
		v.Points, v.Weight = SourceB, WeightQuotedOwn
		v.Detail = fmt.Sprintf("A quotes %d passages of B's own first-person words, word for word", s.AQuotesOwnOfB)
	case s.BQuotesOwnOfA >= QuoteOwnMin && s.AQuotesOwnOfB == 0:
		v.Points, v.Weight = SourceA, WeightQuotedOwn
		v.Detail = fmt.Sprintf("B quotes %d passages of A's own first-person words, word for word", s.BQuotesOwnOfA)
	case a >= QuoteCutMin && a >= QuoteCutRatio*b:
		v.Points, v.Weight = SourceB, WeightReading
		v.Detail = "A cuts B's quotations (" + figures + ")"
	case b >= QuoteCutMin && b >= QuoteCutRatio*a:
		v.Points, v.Weight = SourceA, WeightReading
		v.Detail = "B cuts A's quotations (" + figures + ")"
	default:
		v.Detail = figures
	}
	return v
}

// factual reports whether each side of the pair has FactsMin facts, so
// that details and containment read them.
func factual(s Signals) bool { return min(s.FactsA, s.FactsB) >= FactsMin }

// ContainMinFacts: where containment reads facts, the container's
// material beyond the other must carry at least this many more facts
// the other lacks. One fact is what a rewrite's gloss adds ("in the
// state of Minas Gerais" for "(MG)": an undated content farm's padded
// rewrite of a paper's story, 2 facts of 45 against 1 of 44), while a
// source's paragraphs that a copy cut take several with them.
const ContainMinFacts = 2

// onlyCount is the number of facts a share of n stands for.
func onlyCount(share float64, n int) int { return int(math.Round(share * float64(n))) }

// factFigures prints the facts' shares.
func factFigures(s Signals) string {
	return fmt.Sprintf("facts only in A %.2f of %d, only in B %.2f of %d", s.AOnlyFacts, s.FactsA, s.BOnlyFacts, s.FactsB)
}

// detailsVote: the source has details the derived text dropped, more than
// the reverse. Details are facts where each side has FactsMin of them,
// else all terms.
func detailsVote(s Signals) Evidence {
	v := Evidence{Signal: SignalDetails}
	a, b := s.AOnlyTerms, s.BOnlyTerms
	figures := fmt.Sprintf("terms only in A %.2f, only in B %.2f", a, b)
	if factual(s) {
		a, b = s.AOnlyFacts, s.BOnlyFacts
		figures = factFigures(s)
	}
	switch {
	case min(coverage(s.Evidence.A), coverage(s.Evidence.B)) < VersionMinCoverage:
		v.Detail = fmt.Sprintf("a passage inside a longer text: its other terms are other topics, not details (%s; coverage A %.2f B %.2f)",
			figures, coverage(s.Evidence.A), coverage(s.Evidence.B))
	case s.Caseless && !factual(s):
		v.Detail = figures + ": in a script without capitals, terms are not details"
	case padded(s):
		v.Detail = figures + ": one side is padded as a content farm pads, and its summaries and answers are no details"
	case factual(s) && a-b >= DetailMargin && onlyCount(a, s.FactsA)-onlyCount(b, s.FactsB) < ContainMinFacts && s.Evidence.B.Verbatim >= WholeCoverage,
		factual(s) && b-a >= DetailMargin && onlyCount(b, s.FactsB)-onlyCount(a, s.FactsA) < ContainMinFacts && s.Evidence.A.Verbatim >= WholeCoverage:
		// The other side is this one's text whole, word for word, and
		// one fact is all this one adds: a copier's line over the text
		// it copied ("⚠️ PLEASE SHARE ⚠️ Latest on the fire …"), as
		// one fact is a rewrite's gloss (ContainMinFacts), not the
		// paragraph a copy would have cut.
		v.Detail = figures + ": the other side is this one's text whole, one fact apart"
	case a-b >= DetailMargin:
		v.Points, v.Weight = SourceA, versionWeight(s.Evidence)
		v.Detail = "A has details B lacks (" + figures + ")"
	case b-a >= DetailMargin:
		v.Points, v.Weight = SourceB, versionWeight(s.Evidence)
		v.Detail = "B has details A lacks (" + figures + ")"
	default:
		v.Detail = figures
	}
	return v
}

// WholeCoverage: a side at least this share covered word for word by the
// other is the other's text whole (oneAddition): a copy's trimmed
// furniture or a changed headline leaves a few per cent out.
const WholeCoverage = 0.95

// AdditionMinCoverage: a container at least this share covered by the
// contained text adds to it what a page adds to a text it runs — a
// paragraph of its own, a local angle, a fifth at most (oneAddition);
// a story an excerpt took its first paragraphs from holds much more
// (malagasy-scraper's scraper took 0.58 of the paper's page; the
// Turkmen site's own paragraph is 0.11 of its page).
const AdditionMinCoverage = 0.8

// oneAddition reports whether the side that containment reads as the
// copy (the one source does not name) is the other's text whole, word
// for word (WholeCoverage), and holds no fact the other lacks, and the
// container adds no more than a page adds to a text it runs
// (AdditionMinCoverage): what the container adds is all the two differ
// by, and details, reading the container's extra facts, read the same
// addition containment does. A page running an agency's text with a
// paragraph of its own, and an excerpt of a story's first paragraphs,
// look alike to both.
func oneAddition(s Signals, source Source) bool {
	contained, container, only := s.Evidence.B, s.Evidence.A, s.BOnlyFacts
	if source == SourceB {
		contained, container, only = s.Evidence.A, s.Evidence.B, s.AOnlyFacts
	}
	return factual(s) && contained.Verbatim >= WholeCoverage && only == 0 && coverage(container) >= AdditionMinCoverage
}

// farmPadded reports whether the side with padding kinds mine is
// padded as a content farm pads and the side with other has no padding.
func farmPadded(mine, other int) bool {
	return mine >= padding.MinKinds && other == 0
}

// padded reports whether one side of s is padded as a content farm pads
// and the other has no padding heading (Signals.APadding).
// ExcerptMinCoverage and ExcerptOwnFacts: the unpadded side of a pair
// with a padded one is an excerpt of the padded page, not its source,
// when at least ExcerptMinCoverage of it lies in the padded page, none
// of its facts is the page's lack, and at least ExcerptOwnFacts of the
// page's facts are its lack. The page must hold FactsMin facts; the
// excerpt only one, for a channel's post of a farm's first paragraphs
// may hold three (hungarian-mti-ai-farm's Facebook post: 3 facts, all
// in the farm's page of 22, 0.86 of which it lacks; a page padded
// around so short a source cannot have found nineteen facts in it): a channel's repost of a farm's first
// paragraphs holds nothing the farm lacks and leaves out the rest of the
// story, its names and figures with it (romanian-agerpres-ai-farm's
// Telegram post: all of it in the farm, none of its facts the farm's
// lack, 0.49 of the farm's its lack). A farm that pads its source
// restates the story around it, its summaries and answers adding few
// facts (0.14 of the farm's beside a national rewrite it padded).
const (
	ExcerptMinCoverage = 0.9
	ExcerptOwnFacts    = 0.3
)

// excerptOf reports whether the unpadded side of s is an excerpt of the
// padded one (A padded when aPadded): see ExcerptMinCoverage.
func excerptOf(s Signals, aPadded bool) bool {
	e := s.Evidence
	pageOnly, excerptOnly, excerptCov := s.AOnlyFacts, s.BOnlyFacts, coverage(e.B)
	if !aPadded {
		pageOnly, excerptOnly, excerptCov = s.BOnlyFacts, s.AOnlyFacts, coverage(e.A)
	}
	pageFacts, excerptFacts := s.FactsA, s.FactsB
	if !aPadded {
		pageFacts, excerptFacts = s.FactsB, s.FactsA
	}
	return pageFacts >= FactsMin && excerptFacts > 0 && excerptCov >= ExcerptMinCoverage && excerptOnly == 0 && pageOnly >= ExcerptOwnFacts
}

func padded(s Signals) bool {
	return farmPadded(s.APadding, s.BPadding) || farmPadded(s.BPadding, s.APadding)
}

// witnessVote: the side whose variants the other versions carry is the
// source.
func witnessVote(w Witness) Evidence {
	v := Evidence{Signal: SignalWitnesses}
	figures := fmt.Sprintf("of %d other versions, %d carry more of A's wording, %d of B's; variant grams carried A %d B %d",
		w.Versions, w.ForA, w.ForB, w.CarriedA, w.CarriedB)
	switch {
	case w.Versions == 0:
		v.Detail = "no other version to compare with"
		return v
	case w.CarriedA >= WitnessMinGrams && w.CarriedA >= WitnessRatio*w.CarriedB && w.ForA >= WitnessMinVersions:
		v.Points, v.Weight = SourceA, witnessWeight(w.ForA-w.ForB)
		v.Detail = "other versions carry A's wording where B differs (" + figures + ")"
	case w.CarriedB >= WitnessMinGrams && w.CarriedB >= WitnessRatio*w.CarriedA && w.ForB >= WitnessMinVersions:
		v.Points, v.Weight = SourceB, witnessWeight(w.ForB-w.ForA)
		v.Detail = "other versions carry B's wording where A differs (" + figures + ")"
	case w.Origin && w.CarriedA >= WitnessMinGrams && w.CarriedA >= WitnessRatio*w.CarriedB && w.ForA == 1:
		v.Points, v.Weight = SourceA, OriginWitnessWeight
		v.Detail = "the origin both credit carries A's wording where B differs, and the two share facts it lacks (" + figures + ")"
	case w.Origin && w.CarriedB >= WitnessMinGrams && w.CarriedB >= WitnessRatio*w.CarriedA && w.ForB == 1:
		v.Points, v.Weight = SourceB, OriginWitnessWeight
		v.Detail = "the origin both credit carries B's wording where A differs, and the two share facts it lacks (" + figures + ")"
	default:
		v.Detail = figures
	}
	return v
}

// OriginWitnessWeight is the weight of the witness vote of the credited
// origin alone (Witness.Origin): the archetype's own reading, as three
// versions' would weigh (witnessWeight), more than one reading of the
// pair's texts and less than two. In an undated chain agency → regional
// copy with paragraphs of its own → portal's rewrite crediting only the
// agency, the agency's text carries the copy's wording 237 and 338 grams
// to none (the Latvian and Bulgarian sets), while the portal's rewording
// gives it two facts the copy lacks against one.
var OriginWitnessWeight = witnessWeight(WitnessMinVersions + 1)

// witnessWeight is the weight of a witness vote carried by net versions
// more on its side than on the other: at least one reading's, since a
// vote already needs WitnessMinVersions versions on its side.
func witnessWeight(net int) float64 {
	return min(WitnessMaxWeight, max(WeightReading, WitnessVersionWeight*float64(net)))
}

// versionWeight is the weight of containment and details on a pair: a
// full reading when both sides are at least VersionFullCoverage shared
// (two versions of one text), less as the less-covered side is mostly
// other material, down to 0 at VersionMinCoverage.
func versionWeight(e judge.Evidence) float64 {
	c := min(coverage(e.A), coverage(e.B))
	return WeightReading * min(1, max(0, (c-VersionMinCoverage)/(VersionFullCoverage-VersionMinCoverage)))
}

// agrees reports whether a date vote and the readings agree enough to
// order a pair that shows the common-source pattern: the witnesses
// naming the same side; or, where the pattern rests on quotations alone
// (no credit both give to an outlet not at hand), containment or details
// naming it. Two versions that each quote what the other does not are
// siblings of an unseen source or a later rewrite that cut its source
// and added reporting of its own (an outlet writing from a live blog or
// from another's report, with interviews of its own); the texts cannot
// tell which, and the date with a reading that agrees orders them. A
// credit both give to an absent outlet is each text saying where it came
// from: only the witnesses outweigh it.
func agrees(s Signals, date, witness, containment, details Evidence) bool {
	if witness.Points == date.Points {
		return true
	}
	return s.SharedCredit == "" && (containment.Points == date.Points || details.Points == date.Points)
}

// common reports whether the pair shows the common-source pattern, and
// the figures that show it.
func common(s Signals) (string, bool) {
	e := s.Evidence
	if s.Thresholds.Judge(e) < judge.Rewrite {
		return "", false
	}
	ca, cb := coverage(e.A), coverage(e.B)
	if ca >= CommonContainMax || cb >= CommonContainMax {
		return "", false
	}
	if s.AOnlyTerms < CommonDetailMin || s.BOnlyTerms < CommonDetailMin {
		return "", false
	}
	ownA, ownB := s.AQuotesUnattested-s.AQuotesBorrowed, s.BQuotesUnattested-s.BQuotesBorrowed
	quotes := ownA >= CommonQuoteMin && ownB >= CommonQuoteMin
	if !quotes && s.SharedCredit == "" {
		return "", false
	}
	if s.WordsA > 0 && s.WordsB > 0 &&
		((1-ca)*float64(s.WordsA) < CommonMinWords || (1-cb)*float64(s.WordsB) < CommonMinWords) {
		return "", false
	}
	why := fmt.Sprintf("neither contains the other (coverage A %.2f B %.2f), each has details (terms only in A %.2f, only in B %.2f)",
		ca, cb, s.AOnlyTerms, s.BOnlyTerms)
	if quotes {
		why += fmt.Sprintf(" and quotations (A %d, B %d) the other lacks", ownA, ownB)
	}
	if s.SharedCredit != "" {
		why += fmt.Sprintf(", and both credit their text to %s, whose story is not at hand", s.SharedCredit)
	}
	return why, true
}
