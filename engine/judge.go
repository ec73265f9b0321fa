package engine

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/clean"
	"github.com/reprint/reprint/credit"
	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/fidelity"
	"github.com/reprint/reprint/ingest"
	"github.com/reprint/reprint/judge"
	"github.com/reprint/reprint/padding"
	"github.com/reprint/reprint/pressrelease"
	"github.com/reprint/reprint/provenance"
	"github.com/reprint/reprint/quote"
	"github.com/reprint/reprint/report"
	"github.com/reprint/reprint/rewrite"
	"github.com/reprint/reprint/sentence"
)

// Corpus is what the provenance stage reads: the articles, the related
// pairs that detect found among them (indexes into Articles), and the
// counts to report.
type Corpus struct {
	Articles []*reprint.Article
	Rejected []*reprint.Rejected
	Pairs    []detect.Pair
	// Words and Terms are each article's word count and distinct content
	// terms (detect.Result); Terms may be nil (verbatim-only).
	Words []int
	Terms [][]uint64
	Read  ingest.Stats
	Stats detect.Stats
	// Thresholds are the bars Judge reads each pair's relation and extent
	// against (zero fields: judge's defaults; see Options.Judge).
	Thresholds judge.Thresholds

	// bytes gives the text length of articles whose Text was not loaded
	// (index, length), for the report; publisher their publisher
	// (Record.Publisher), which credit.Publisher cannot tell without it.
	bytes     [][2]int
	publisher map[int]string
}

// Judge adds provenance to the corpus's pairs: the direction of each pair
// from dates, containment, credit, quotations, details and witnesses; the
// derived article's credit and quotation checks against its source; and
// the stories with their lineage. It returns the report model. Under
// thresholds other than the defaults, each pair's relation is judged again
// first, and the pairs that come out unrelated are left out (res.Pairs is
// replaced, never modified in place).
func Judge(ctx context.Context, res *Corpus) (*report.Scan, error) {
	th := res.Thresholds
	th.SetDefaults()
	if th != judge.DefaultThresholds() {
		res.Pairs = rejudge(res.Pairs, th)
	}
	arts := res.Articles
	checker, err := fidelity.New(fidelity.Options{})
	if err != nil {
		return nil, fmt.Errorf("engine: %w", err)
	}
	// Quotations of every article in a pair, extracted once, in parallel.
	quotes := make([][]quote.Quote, len(arts))
	// … and, for a transcript, the turns its speakers' words are printed
	// in, which a story written from it quotes (quote.Turns): its
	// quotations as a source.
	spoken := make([][]quote.Quote, len(arts))
	var need []int
	seen := make([]bool, len(arts))
	for _, p := range res.Pairs {
		for _, i := range []int{p.A, p.B} {
			if !seen[i] {
				seen[i] = true
				need = append(need, i)
			}
		}
	}
	// … and what the details signal counts, the headline, credit lines
	// and datelines left out: the facts (numbers and names), and the
	// terms — detect's, read again without those lines where an article
	// has any. A headline restates the lede, and whether Text carries it
	// depends on the format (a plain text's first line, a feed's text;
	// not a page whose <h1> lies outside the article's body), so a copy
	// with its headline would otherwise have details its page source
	// "lacks".
	facts := make([][]uint64, len(arts))
	// … and whom each credits its text to, for the common-source test.
	names := creditNames(res)
	credits := make([][]credit.Named, len(arts))
	// … and the facts of its publisher's name (apart: two rewrites that
	// both credit their source by its publisher's name share that name
	// through the source, not through each other).
	siteFacts := make([][]uint64, len(arts))
	// … and its facts with the names of its publisher and its author,
	// which a page prints outside its text (ownFacts).
	ownFacts := make([][]uint64, len(arts))
	releases := make([]bool, len(arts)) // pressrelease.Recognise
	padded := make([]int, len(arts))    // padding.Count
	uncased := make([]bool, len(arts))  // caseless
	terms := res.Terms
	if terms != nil {
		terms = slices.Clone(terms)
	}
	analyzers := sync.Pool{New: func() any { return rewrite.NewAnalyzer() }}
	if err := forEach(ctx, len(need), func(k int) {
		i := need[k]
		a := arts[i]
		outlets := names.outlets(i)
		quotes[i] = quote.ExtractNaming(a.Text, append(outlets[:len(outlets):len(outlets)], a.Meta.Site), nil)
		spoken[i] = quotes[i]
		if turns := quote.Turns(a.Text); len(turns) > 0 {
			spoken[i] = slices.SortedFunc(slices.Values(append(slices.Clone(quotes[i]), turns...)), func(x, y quote.Quote) int {
				return cmp.Compare(x.Outer.Start, y.Outer.Start)
			})
		}
		an := analyzers.Get().(*rewrite.Analyzer)
		lines := detailSkips(a)
		sents := storySentences(a.Text, lines)
		facts[i] = an.Facts(a.Text, sents, nil)
		credits[i] = credit.Credits(a, outlets)
		siteFacts[i] = an.NameFacts(a.Meta.Site, nil)
		ownFacts[i] = slices.Compact(slices.Sorted(slices.Values(slices.Concat(facts[i], siteFacts[i], an.NameFacts(a.Meta.Author, nil)))))
		_, releases[i] = pressrelease.Recognise(a.Text)
		releases[i] = releases[i] || pressrelease.SectionPage(a.Meta.URL)
		padded[i] = padding.Count(a.Text)
		uncased[i] = caseless(a.Text)
		if terms != nil && len(lines) > 0 {
			terms[i] = an.Terms(a.Text, sents, nil)
		}
		analyzers.Put(an)
	}); err != nil {
		return nil, err
	}
	names.credits = credits
	names.texts = make([]string, len(arts))
	for i, a := range arts {
		names.texts[i] = a.Text
	}
	names.wire = make([]string, len(arts))
	names.titles = make([]string, len(arts))
	kin := make([][]kinWord, len(arts))
	for _, i := range need {
		names.titles[i] = articleTitle(arts[i])
		kin[i] = kinWords(names.titles[i])
	}
	names.opening = make([]string, len(arts))
	names.scraped = make([]bool, len(arts))
	names.mastheads = make([][]string, len(arts))
	for _, i := range need {
		names.scraped[i] = scraped(arts[i])
		names.mastheads[i] = arts[i].Meta.SiteNames
		names.opening[i] = wireDateline(arts[i], credits[i])
		// Of unknown publisher, or known only from the same agency's
		// mark ("/ritzau/" read as a credit line).
		own := names.name[i] == "" || names.how[i] == credit.HowCreditLine && credit.SameName(names.name[i], names.opening[i])
		if own && !scraped(arts[i]) {
			names.wire[i] = names.opening[i]
		}
	}
	words := func(i int) int {
		if i < len(res.Words) {
			return res.Words[i]
		}
		return 0
	}

	versions, err := witnessVersions(ctx, res)
	if err != nil {
		return nil, err
	}
	flow := newFlows()

	out := &report.Scan{Schema: report.Schema, Pairs: make([]report.Pair, len(res.Pairs))}
	links := make([]provenance.Link, len(res.Pairs))
	// What each pair's derived side is checked with, for either direction
	// the story settles on.
	type checked struct {
		credAB, credBA   credit.Result
		checkAB, checkBA []fidelity.Check
	}
	checks := make([]checked, len(res.Pairs))
	sigs := make([]provenance.Signals, len(res.Pairs)) // each pair's signals, for borrowedQuotes
	// The relation each pair is reported with: detect's, but for a
	// rewrite whose quotations show two reports (independentQuotes).
	rels := make([]judge.Relation, len(res.Pairs))
	retold := make([]bool, len(res.Pairs)) // rewrites told as the same story by their vocabulary (judge.Retold)
	err = forEach(ctx, len(res.Pairs), func(k int) {
		p := res.Pairs[k]
		a, b := arts[p.A], arts[p.B]
		c := checked{credAB: credit.CheckIn(a, b, names.outletsBeside(p.A, p.B)), credBA: credit.CheckIn(b, a, names.outletsBeside(p.B, p.A))}
		qa, qb := quotes[p.A], quotes[p.B]
		c.checkAB = checker.Check(a.Text, b.Text, qa, spoken[p.B]) // A's quotes against B
		c.checkBA = checker.Check(b.Text, a.Text, qb, spoken[p.A])
		checks[k] = c
		spansA, spansB := passageSpans(p.Passages)
		sig := provenance.Signals{
			PublishedA: a.Meta.Published, PublishedB: b.Meta.Published, DatedA: a.Meta.Dated, DatedB: b.Meta.Dated,
			SamePage: reprint.SamePage(a.Meta.URL, b.Meta.URL), RevisedA: revised(a.Meta), RevisedB: revised(b.Meta),
			SameSite:  oneSite(a.Meta.Site, b.Meta.Site),
			ARendersB: reprint.SamePage(a.Meta.Canonical, b.Meta.URL), BRendersA: reprint.SamePage(b.Meta.Canonical, a.Meta.URL),
			Evidence: p.Evidence,
			// A credit decides only when it names that article's known
			// publisher; a credit line naming an outlet, against an
			// article of unknown publisher, is weighed.
			ACreditsB:       names.decides(c.credAB, p.B) || names.dispatch(p.A, p.B, c.credAB),
			BCreditsA:       names.decides(c.credBA, p.A) || names.dispatch(p.B, p.A, c.credBA),
			ACreditsUnnamed: names.unnamed(p.A, p.B, c.credAB),
			BCreditsUnnamed: names.unnamed(p.B, p.A, c.credBA),
			ADeclares:       names.declares(p.A, c.credAB),
			BDeclares:       names.declares(p.B, c.credBA),
			SharedCredit:    names.shared(p.A, p.B, credits[p.A], credits[p.B]),
			AKeepsCredit:    names.keeps(p.A, p.B),
			BKeepsCredit:    names.keeps(p.B, p.A),
			ACopiesPage:     names.copiesPage(p.A, p.B),
			BCopiesPage:     names.copiesPage(p.B, p.A),
			WordsA:          words(p.A), WordsB: words(p.B),
			AIsRelease: releases[p.A], BIsRelease: releases[p.B],
			APadding: padded[p.A], BPadding: padded[p.B],
		}
		sig.AQuotesCutFromB, sig.AQuotesUnattested, sig.AQuotesOwnOfB = quoteCounts(c.checkAB)
		sig.BQuotesCutFromA, sig.BQuotesUnattested, sig.BQuotesOwnOfA = quoteCounts(c.checkBA)
		if terms != nil {
			sig.AOnlyTerms, sig.BOnlyTerms = provenance.OnlyShares(terms[p.A], terms[p.B])
		}
		sig.FactsA, sig.FactsB = len(facts[p.A]), len(facts[p.B])
		sig.Caseless = uncased[p.A] && uncased[p.B]
		sig.AOnlyFacts, sig.BOnlyFacts = provenance.OnlyShares(facts[p.A], facts[p.B])
		sig.Witness = versions.tally(k, declaredCopies(k, p, sig, arts, versions, names))
		if o := versions.others[k]; len(o) == 1 && sig.Witness.Versions == 1 {
			// The one other version as the origin both sides credit
			// (provenance.Witness.Origin).
			g := o[0]
			ca, cb := credit.CheckIn(a, arts[g], names.outletsBeside(p.A, g)), credit.CheckIn(b, arts[g], names.outletsBeside(p.B, g))
			sig.Witness.Origin = (names.decides(ca, g) || names.dispatch(p.A, g, ca)) &&
				(names.decides(cb, g) || names.dispatch(p.B, g, cb)) &&
				provenance.OnlyVia(facts[p.A], facts[p.B], facts[g]) >= provenance.OriginSharedFacts
		}
		sig.FlowA, sig.FlowB = flow.side(a.Text, spansA), flow.side(b.Text, spansB)
		sig.Thresholds = th
		sigs[k] = sig
		dir := provenance.Direct(sig)
		rels[k] = p.Relation
		crediting := false // a same-story report crediting the other (creditedReport)
		switch {
		case p.Relation == judge.Rewrite && reportedApart(c.checkAB, c.checkBA, spansA, spansB):
			rels[k] = judge.SameStory
		case (p.Relation == judge.Rewrite || p.Relation == judge.PartialCopy) && !releases[p.A] && !releases[p.B] &&
			quotedStatement(p.Passages, a.Text, b.Text, c.checkAB, c.checkBA, sig.AQuotesUnattested, sig.BQuotesUnattested):
			rels[k] = judge.SameStory
		case p.Relation == judge.PartialCopy && creditedCopy(p.Evidence, th, a, b, words(p.A), words(p.B)):
			// A copy but for its credit line ("Read the whole article
			// at X »"): the line names where the text came from and
			// is no text of the copy's own.
			rels[k] = judge.Copy
		case p.Relation == judge.PartialCopy && !transcriptSource(p.Evidence, len(spoken[p.A]) > len(quotes[p.A]), len(spoken[p.B]) > len(quotes[p.B])) &&
			quotedRuns(p.Evidence, th, c.checkAB, c.checkBA, words(p.A), words(p.B)):
			// A partial copy only by the long runs its kept quotations
			// make: a rewrite that quotes its speakers word for word.
			rels[k] = judge.Rewrite
		case p.Relation == judge.Rewrite && retoldPair(th, p.Evidence, dir.Source):
			// The derived article draws too few of its words from
			// the other, over too much of it to be a passage set in
			// a host: an independent report of the same event.
			rels[k], retold[k] = judge.SameStory, true
		case p.Relation == judge.SameStory && p.Evidence.Passages > 0 && sig.ACreditsB != sig.BCreditsA:
			if creditedReport(c.checkAB, c.checkBA, spansA, spansB, sig.BCreditsA) {
				// A report of its own that credits a fact or two:
				// the same story, with its credit and quotations
				// still held against the article it names.
				crediting = true
				break
			}
			// A passage aligned, too little of either text for reuse by
			// the shares, and one side credits the other's publisher: a
			// digest's paragraph summing up a story it names.
			rels[k] = judge.Rewrite
		}
		if rels[k] == judge.SameStory && !crediting {
			// The same event told independently: nobody copied anybody,
			// so there is no source to name, no credit owed and no
			// quotation to hold against the other's.
			dir = provenance.Direction{Source: provenance.SourceUnknown,
				Reason: "the same story told independently: no reuse to direct"}
		}
		links[k] = provenance.NewLink(p.A, p.B, rels[k], p.Evidence, dir)
		links[k].SameTitle = sameTitle(names.titles[p.A], names.titles[p.B])
		links[k].Earlier = earlier(a.Meta.PublishedDate(), b.Meta.PublishedDate())
		links[k].TitleKin = [2]float64{titleKin(kin[p.A], kin[p.B]), titleKin(kin[p.B], kin[p.A])}
		links[k].SameSite = oneSite(a.Meta.Site, b.Meta.Site)
	})
	if err != nil {
		return nil, err
	}

	borrowedQuotes(res, rels, links, sigs, func(k int) ([]fidelity.Check, []fidelity.Check) { return checks[k].checkAB, checks[k].checkBA },
		func(x, v int, qs []quote.Quote) []fidelity.Check {
			return checker.Check(arts[x].Text, arts[v].Text, qs, spoken[v])
		})
	throughCopies(res.Pairs, rels, links)
	// The facts of g that x holds and q lacks (provenance.Access: q's
	// publisher's and author's names are q's too); where
	// none of the three marks names with capitals, also the terms only x
	// and g hold in the corpus (pairOnly): the Marathi app's rewrite of
	// the portal's version keeps the portal's own two paragraphs in its
	// words, whose figures alone were too few to move it there.
	// Read on first need: most corpora hold no such three.
	pairTerms := sync.OnceValue(func() [][]uint64 { return pairOnly(terms) })
	stories, dirs := provenance.InferCredited(len(arts), links, func(x, g, q int) int {
		// q lacks what neither its text nor its masthead and byline
		// hold: a column's syndicated copy names the columnist and her
		// paper in its tagline, which the column's own page prints
		// only as its byline and site name.
		n := provenance.OnlyVia(facts[x], facts[g], ownFacts[q])
		if uncased[x] && uncased[g] && uncased[q] && terms != nil {
			pt := pairTerms()
			n += provenance.OnlyVia(pt[x], pt[g], terms[q])
		}
		return n
	}, names.carried, wordingOf(names.texts))
	// unordered: the pairs the lineage draws one above the other, the
	// order unknown, each with the one it draws as the parent.
	unordered := map[[2]int]int{}
	for _, st := range stories {
		for _, e := range st.Lineage {
			if e.Unordered {
				unordered[[2]int{min(e.Child, e.Parent), max(e.Child, e.Parent)}] = e.Parent
			}
		}
	}
	apartDemoted := apart(stories, res.Pairs, rels, dirs, links, facts, siteFacts, padded, newWordings(names.texts, siteNames(arts)))
	for k, p := range res.Pairs {
		parent, drawn := unordered[[2]int{min(p.A, p.B), max(p.A, p.B)}]
		a, b := arts[p.A], arts[p.B]
		dir, c := links[k].Direction, checks[k]
		rp := report.Pair{
			A: a.ID, B: b.ID, Relation: rels[k].String(),
			Common:     dirs[k] == provenance.SourceCommon,
			Similarity: round(p.Similarity),
			Coverage:   reportCoverage(p.Coverage),
			Capped:     p.CapReason,
			Quotes:     []report.Quote{},
			Passages:   []report.Passage{},
			Direction:  make([]report.Signal, 0, len(dir.Evidence)+1),
		}
		for _, ps := range p.Passages {
			rp.Passages = append(rp.Passages, report.Passage{Kind: ps.Kind.String(), A: ps.A, B: ps.B, Score: round(ps.Score)})
		}
		id := func(s provenance.Source) string {
			switch s {
			case provenance.SourceA:
				return a.ID
			case provenance.SourceB:
				return b.ID
			case provenance.SourceCommon:
				return "common"
			}
			return ""
		}
		for _, e := range dir.Evidence {
			rp.Direction = append(rp.Direction, report.Signal{Signal: e.Signal, Points: id(e.Points), Detail: e.Detail})
		}
		switch {
		case apartDemoted[k]:
			rp.Direction = append(rp.Direction, report.Signal{Signal: provenance.SignalStory, Detail: ApartReason})
		case drawn:
			rp.Direction = append(rp.Direction, report.Signal{Signal: provenance.SignalStory, Detail: provenance.UnorderedReason})
		case dirs[k] != dir.Source && len(dir.Evidence) > 0:
			rp.Direction = append(rp.Direction, report.Signal{Signal: provenance.SignalStory, Points: id(dirs[k]),
				Detail: provenance.StoryReason(dir.Source, dirs[k])})
		}
		var derived *reprint.Article
		var cred credit.Result
		var qc []fidelity.Check
		side, _ := p.Evidence.DerivedSide()
		switch dirs[k] {
		case provenance.SourceA:
			rp.Source, derived, cred, qc = &a.ID, b, c.credBA, c.checkBA
			side = p.Evidence.B
		case provenance.SourceB:
			rp.Source, derived, cred, qc = &b.ID, a, c.credAB, c.checkAB
			side = p.Evidence.A
		}
		rp.Extent = th.ExtentOf(p.Evidence, side).String()
		switch {
		case retold[k]:
			// Told again, in words of its own: nothing was taken.
			rp.Extent = judge.ExtentNone.String()
		case rels[k] == judge.SameStory && p.Relation != judge.SameStory:
			rp.Extent = th.ExtentOfStory(p.Evidence).String()
		case rels[k] == judge.Rewrite && p.Relation == judge.SameStory:
			// Credited reuse of a part: never extent none.
			rp.Extent = max(th.ExtentOf(p.Evidence, side), judge.ExtentPart).String()
		}
		if derived != nil {
			rp.Credit = reportCredit(derived.ID, cred)
			var sents []reprint.Span
			for _, q := range qc {
				if q.Status == fidelity.UnquotedInSource {
					if sents == nil {
						sents = sentence.Split(derived.Text, nil)
					}
					if quotesSourceArticle(derived.Text, sents, q.Quote.Span, cred) {
						q.Status = fidelity.Exact
					}
				}
				rp.Quotes = append(rp.Quotes, reportQuote(derived.ID, q))
			}
		} else if !rp.Common && rels[k] != judge.SameStory {
			oneText := drawn || rels[k] == judge.Copy
			eitherWay(&rp, a.ID, b.ID, c.credAB, c.credBA, c.checkAB, c.checkBA, oneText)
			if drawn && rp.Credit == nil {
				// One text whose order nothing gives, which the lineage
				// draws one above the other (the likelier reading): the
				// credit the lower one gives the upper, so labelled.
				child, cred := b, c.credBA
				if parent == p.B {
					child, cred = a, c.credAB
				}
				rp.Credit = reportCredit(child.ID, cred)
				rp.Credit.Reason = "as the lineage draws them, the order unknown: " + rp.Credit.Reason
			}
		}
		out.Pairs[k] = rp
	}
	for _, t := range sameStoryThrough(stories, links, rels) {
		if arts[t.x].ID == arts[t.z].ID {
			continue // a checked article and its archived self
		}
		rp := report.Pair{
			A: arts[t.x].ID, B: arts[t.z].ID, Relation: judge.SameStory.String(), Extent: judge.ExtentNone.String(),
			Quotes: []report.Quote{}, Passages: []report.Passage{},
			Direction: []report.Signal{{Signal: provenance.SignalStory, Detail: throughReason(t, func(i int) string { return arts[i].ID })}},
		}
		for _, v := range t.via {
			rp.Through = append(rp.Through, arts[v].ID)
		}
		out.Pairs = append(out.Pairs, rp)
	}

	for i, st := range stories {
		rs := report.Story{ID: i + 1, Lineage: []report.Edge{}}
		for _, k := range st.Articles {
			rs.Articles = append(rs.Articles, arts[k].ID)
		}
		for _, e := range st.Lineage {
			parent := report.Unseen
			if e.Parent != provenance.Unseen {
				parent = arts[e.Parent].ID
			}
			rs.Lineage = append(rs.Lineage, report.Edge{Child: arts[e.Child].ID, Parent: parent, OrderUnknown: e.Unordered})
		}
		out.Stories = append(out.Stories, rs)
	}

	for _, a := range arts {
		out.Articles = append(out.Articles, ReportArticle(a))
	}
	for _, b := range res.bytes {
		out.Articles[b[0]].Bytes = b[1]
	}
	for i, p := range res.publisher {
		out.Articles[i].Publisher = p
	}
	for _, r := range res.Rejected {
		out.Rejected = append(out.Rejected, report.Rejected{Input: r.Input, Reason: r.Reason.String(), Detail: r.Detail})
	}
	out.Stats = report.Stats{
		Read: res.Read.Read, Articles: res.Read.Articles, Rejected: res.Read.Rejected,
		Candidates: res.Stats.Candidates, RelatedPairs: len(out.Pairs), Stories: len(out.Stories),
		CappedPairs: res.Stats.CappedPairs, CappedBuckets: res.Stats.CappedBuckets, CappedPostings: res.Stats.CappedPostings,
	}
	// Pairs in story order, then by strength of reuse, so that a reader of
	// the JSON or the HTML meets the largest stories first.
	storyOf := map[string]int{}
	for _, st := range out.Stories {
		for _, id := range st.Articles {
			storyOf[id] = st.ID
		}
	}
	slices.SortStableFunc(out.Pairs, func(x, y report.Pair) int {
		if c := cmp.Compare(storyOf[x.A], storyOf[y.A]); c != 0 {
			return c
		}
		return cmp.Compare(max(y.Coverage.A, y.Coverage.B), max(x.Coverage.A, x.Coverage.B))
	})
	return out, nil
}

// eitherWay fills what a reuse pair of unknown direction can still say: what
// a reader asks of it is often the same whichever article is the copy.
// When both credit checks give one status (neither names the other's
// publisher), that status is the pair's credit, with no article (either
// way). When the two are versions of one text (oneText: a copy, or two
// versions the lineage leaves unordered, provenance.UnorderedReason), the
// quotations of each are checked against the other, each under its own
// article, so that a quotation of either can be looked up; both lists
// are kept whatever they say, since each is what the pair would show
// were that version the copy. Between two rewrites a quotation's status
// depends on which came first (a fragment one way is the longer quotation
// the other), so they get none.
func eitherWay(rp *report.Pair, a, b string, credAB, credBA credit.Result, checkAB, checkBA []fidelity.Check, oneText bool) {
	if credAB.Status != 0 && credAB.Status == credBA.Status {
		rp.Credit = &report.Credit{Status: credAB.Status.String(),
			Reason: "either way: " + eitherReason(credAB.Status)}
	}
	if !oneText {
		return
	}
	for _, q := range checkAB {
		rp.Quotes = append(rp.Quotes, reportQuote(a, q))
	}
	for _, q := range checkBA {
		rp.Quotes = append(rp.Quotes, reportQuote(b, q))
	}
}

// eitherReason says why a credit status holds whichever version copied.
func eitherReason(s credit.Status) string {
	if s == credit.Credited {
		return "each credits the other's publisher"
	}
	return "neither credits the other's publisher, so whichever copied gave no credit"
}

// rejudge returns the pairs related under th, each with its relation
// judged under th: detect judged them under the defaults.
func rejudge(pairs []detect.Pair, th judge.Thresholds) []detect.Pair {
	out := make([]detect.Pair, 0, len(pairs))
	for _, p := range pairs {
		if p.Relation = th.Judge(p.Evidence); p.Relation > judge.Unrelated {
			out = append(out, p)
		}
	}
	return out
}

// publishers holds, for the unnamed-credit signal, the publisher of every
// article in a pair and the articles related to each.
type publishers struct {
	name []string
	// agencies are the authors of each article's page written as an
	// agency signs, in capitals ("TDH", "ΑΠΕ-ΜΠΕ"; agencyAuthors).
	agencies [][]string
	// how says where name came from (credit.Publisher's second result).
	how []string
	adj [][]int
	// credits are whom each article credits its text to
	// (credit.Credits), set once they are read; nil until then.
	credits [][]credit.Named
	// wire is, for an article in an agency's wire form — of unknown
	// publisher (or known only from the agency's own mark), not scraped
	// from a page, opening with the agency's dateline or closing with
	// its sign-off (wireDateline) — the agency; "" otherwise, and nil
	// until credits are read.
	wire []string
	// titles are the articles' headlines (articleTitle: from their
	// titles, or a plain text's first line), set with wire.
	titles []string
	// texts are the articles' Texts, set with credits.
	texts []string
	// opening is the agency whose wire dateline each article opens with
	// (wireDateline), "" for none. Set with wire.
	opening []string
	// scraped marks the plain texts taken from a page (scraped). Set
	// with wire.
	scraped []bool
	// mastheads are the site names each article's page furniture
	// prints (Meta.SiteNames: a scrape's leftover masthead). Set with
	// wire.
	mastheads [][]string
}

// wireDateline returns the agency that a's own wire dateline names: a
// credit of the parenthetical form ("(dpa/lni)") in the first line of its
// story, or in the second under a standfirst (a Spanish paper's bajada
// between headline and dateline). A text of unknown publisher that opens
// so, and was not scraped from a page, is in the agency's wire form: its
// dispatch or a copy of it word for word (the wire field of publishers).
func wireDateline(a *reprint.Article, credits []credit.Named) string {
	story := a.StorySpan()
	for _, n := range credits {
		if n.Form == credit.FormParenthetical && n.Evidence.Start >= story.Start && n.Evidence.Start <= len(a.Text) &&
			linesBefore(a.Text[story.Start:n.Evidence.Start], a.Meta.Title) <= wireOpeningLines-1 {
			return n.Name
		}
		if n.Form == credit.FormCredit && signOff(a.Text, n.Evidence) {
			return n.Name
		}
	}
	return ""
}

// signOff reports whether the span sp of text is a Nordic wire's
// sign-off closing the text ("/ritzau/", "/ritzau/fbb"): the agency's
// own mark on its dispatch, as a dateline is.
func signOff(text string, sp reprint.Span) bool {
	if sp.Empty() || sp.End > len(text) || !strings.HasPrefix(text[sp.Start:sp.End], "/") {
		return false
	}
	// Nothing after it but an editor's initials on the same line.
	rest := strings.TrimSpace(text[sp.End:])
	return len(rest) <= signOffTail && !strings.Contains(rest, "\n")
}

// signOffTail bounds what may follow a sign-off on its line: an editor's
// initials ("/ritzau/ fbb").
const signOffTail = 8

// scraped reports whether a's body held a web page's furniture, at
// least scrapedMinLines lines of it (reprint.Meta.Furniture): a plain
// text taken from a page, not an agency's feed, whatever dateline it
// opens with.
func scraped(a *reprint.Article) bool { return a.Meta.Furniture >= scrapedMinLines }

// scrapedMinLines: one removed line may be a stray ("Share" under a
// dispatch); two are a page's furniture (a trail and a share row, a
// comment form's heading and its note).
const scrapedMinLines = 2

// wireOpeningLines: the wire dateline opens the story's first line, or
// its second under a standfirst.
const wireOpeningLines = 2

// linesBefore counts the complete non-blank lines in s, the text before a
// point of its line.
func linesBefore(s, title string) int {
	n := 0
	for {
		line, rest, ok := strings.Cut(s, "\n")
		if !ok {
			return n
		}
		// A plain text's date line and its title over the dispatch
		// ("મંગળવાર, 14 ઓક્ટોબર, 2025", the headline, then "મોતીવાવ,
		// તા. 14 (જનપ્રહરી ન્યૂઝ) :") are not the story's lines.
		if line = strings.TrimSpace(line); line != "" && line != strings.TrimSpace(title) && !ingest.IsDateLine(line) {
			n++
		}
		s = rest
	}
}

// articleTitle returns a's headline: its title without its site's name
// (reprint.TitleHeadline), or, for a text without a title, the first
// line of its cleaned text when that line has a headline's shape (at
// most ingest.HeadlineMaxWords words, no sentence end, a blank line after it). A
// scraped plain text whose page header went in cleaning — a blog's
// masthead, tagline and menu over the post's title — is titled by the
// post's title, as its source page is.
func articleTitle(a *reprint.Article) string {
	if t := reprint.TitleHeadline(a.Meta.Title, a.Meta.Site); t != "" {
		return t
	}
	line, rest, ok := strings.Cut(strings.TrimLeft(a.Text, " \t\n"), "\n")
	line = strings.TrimSpace(line)
	if !ok || !strings.HasPrefix(rest, "\n") || line == "" || len(strings.Fields(line)) > ingest.HeadlineMaxWords ||
		strings.ContainsRune(".:;,", []rune(line)[len([]rune(line))-1]) {
		return ""
	}
	return line
}

// earlier returns the side published first, SourceA or SourceB, when
// both dates are known and differ; else SourceUnknown.
func earlier(a, b reprint.Date) provenance.Source {
	if a.IsZero() || b.IsZero() {
		return provenance.SourceUnknown
	}
	switch gap, _ := a.Compare(b); {
	case gap < 0:
		return provenance.SourceA
	case gap > 0:
		return provenance.SourceB
	}
	return provenance.SourceCommon
}

// copiesPage reports whether article i, a plain text scraped from a page
// (scraped) of unknown publisher, carries the headline of article o, a
// page of a known publisher, or its masthead: i is a copy of that page. Where i opens with
// an agency's wire dateline, o must not be the agency's: a paper printed
// the dispatch under its own headline, and i, carrying both, copied the
// paper's page, not the dispatch. (A scraper's copy of a content farm's
// page under the farm's headline, with its own blog's furniture left in,
// and the farm's page are one text: nothing else orders them.)
func (p *publishers) copiesPage(i, o int) bool {
	if p.name[i] != "" || p.wire[i] != "" || p.name[o] == "" {
		return false
	}
	if i < len(p.scraped) && p.scraped[i] && p.opening[i] == "" && i < len(p.mastheads) &&
		slices.ContainsFunc(p.mastheads[i], func(n string) bool { return credit.SameName(n, p.name[o]) }) {
		// The scrape kept o's masthead in its furniture ("Radio
		// Teeg-Wende FM" over the menu and the breadcrumb): o's page,
		// whatever its headline became.
		return true
	}
	if !pageTitle(p.titles[i], p.titles[o]) {
		return false
	}
	if agency := p.opening[i]; agency != "" {
		return !credit.SameName(p.name[o], agency)
	}
	if !p.scraped[i] {
		return false
	}
	if h := reprint.TitleHeadline(p.titles[i], p.name[o]); h != p.titles[i] && pageTitle(h, p.titles[o]) {
		// The title names o's site after the headline ("Пожар у Новим
		// Яворцу: … – РКД „Бешеда“ Вербас"): o's page, whoever else
		// printed the headline.
		return true
	}
	// The headline must be o's own: one that i's other relations also
	// carry (an agency's, kept by every site that ran it) names no page.
	for _, k := range p.adj[i] {
		if k != o && pageTitle(p.titles[k], p.titles[o]) {
			return false
		}
	}
	return true
}

// shortTitleMinWords: the least words of a page's title that a copy's
// longer headline may extend (pageTitle). A social title cut from the
// headline keeps its first clause, seven words or more ("Inundashon na
// Seru Lamunchi: Tur loke bo mester sa", nine); a shorter one ("Live
// updates", "Breaking news") opens many headlines.
const shortTitleMinWords = 7

// pageTitle reports whether copy, the headline a text carries, is page's
// title (sameTitle), or extends it word for word past its end: a page
// whose title is its og:title, cut short for social sharing, prints its
// whole headline, which a scrape of the page keeps.
func pageTitle(copy, page string) bool {
	if sameTitle(copy, page) {
		return true
	}
	c, t := strings.Fields(copy), strings.Fields(page)
	if len(t) < shortTitleMinWords || len(c) <= len(t) {
		return false
	}
	for k, w := range t {
		if !strings.EqualFold(c[k], w) {
			return false
		}
	}
	return true
}

// creditNames finds the publishers of the articles in pairs.
func creditNames(res *Corpus) *publishers {
	p := &publishers{name: make([]string, len(res.Articles)), how: make([]string, len(res.Articles)), adj: make([][]int, len(res.Articles))}
	for _, pr := range res.Pairs {
		p.adj[pr.A] = append(p.adj[pr.A], pr.B)
		p.adj[pr.B] = append(p.adj[pr.B], pr.A)
	}
	p.agencies = make([][]string, len(res.Articles))
	for i, a := range res.Articles {
		if len(p.adj[i]) > 0 {
			p.name[i], p.how[i] = credit.Publisher(a)
			p.agencies[i] = agencyAuthors(a.Meta.Author)
		}
	}
	return p
}

// decides reports whether a credit result against article source decides
// the direction: it names source's known publisher. A publisher known
// only from source's own credit line ("Quelle: X", credit.HowCreditLine)
// does not count, but for a link to source's page: then source credits
// X and the derived article credits X, as a copy keeping its source's
// credit line does, and that says nothing of which came from which. A
// picture credit naming source's publisher (credit.Result.Traced)
// decides as a credit does: the copy kept the picture of source's page,
// though it credits only the picture.
func (p *publishers) decides(c credit.Result, source int) bool {
	if c.Status != credit.Credited && !c.Traced() || c.Publisher == "" || c.Form == credit.FormIssuer {
		// The issuer of a document the story reports ("the study by
		// the Threadwell Trust") is credit to report, and no fact of
		// which text the story was written from: a rewrite of a
		// paper's story names the study as the paper did.
		return false
	}
	if c.Form == credit.FormParenthetical && source < len(p.wire) && p.wire[source] == "" && p.name[source] != "" &&
		!credit.SameName(p.name[source], c.Name) && !credit.SameName(c.Publisher, c.Name) {
		// A dateline naming the source's author, not its publisher:
		// a paper's page under the agency's byline ("रासस" over a
		// daily's page), which the agency's own dispatch, opening with
		// the same dateline, does not credit; the dateline is its
		// mark.
		return false
	}
	if p.name[source] == "" && (source >= len(p.wire) || p.wire[source] == "") && !c.Masthead {
		// The publisher was read off the source's wire dateline
		// (credit.CheckIn), but the source is no dispatch: scraped from
		// a page, or of a known publisher. (A name the source's
		// masthead gives, which a plain text scraped from the page
		// signs with head and foot, is the page's: it decides.)
		return false
	}
	if p.how[source] == credit.HowByline && source < len(p.scraped) && p.scraped[source] {
		// A plain text scraped from a page, its publisher read off the
		// byline it kept ("By Teresa Gallo, Bayline Watch"): the copied
		// page's byline, which the page and its other copies carry as
		// well, not the capture's own publisher.
		return false
	}
	return p.how[source] != credit.HowCreditLine || c.Form == credit.FormLink
}

// dispatch reports whether derived, a page of a known publisher that is
// not the agency, prints the agency's wire dateline (c) while source is
// a plain text in that agency's wire form (the wire field: of unknown
// publisher or only the agency's own mark, not scraped from a page): the paper ran the dispatch, which source is. A
// credit of source's publisher, as decides reads one.
func (p *publishers) dispatch(derived, source int, c credit.Result) bool {
	mark := c.Form == credit.FormParenthetical ||
		c.Form == credit.FormCredit && derived < len(p.texts) && signOff(p.texts[derived], c.Evidence)
	return c.Status == credit.Credited && mark && (c.Publisher == "" || credit.SameName(c.Publisher, c.Name)) &&
		p.name[derived] != "" && !credit.SameName(p.name[derived], c.Name) &&
		source < len(p.wire) && credit.SameName(p.wire[source], c.Name)
}

// outlets returns the publishers of the articles related to article i
// (or the agency whose wire form one is in): the outlets at hand, by which a lede's "according to X" in i names a
// news organisation (credit.CheckIn). Only i's neighbours, so that the
// cost of a pair's check grows with its articles' pairs, not with the
// corpus.
func (p *publishers) outlets(i int) []string { return p.outletsBeside(i, -1) }

// outletsBeside is outlets for article i's credit checked against
// source: source itself is no agency's feed at hand, for a credit to the
// agency would then be about it.
func (p *publishers) outletsBeside(i, source int) []string {
	var out []string
	feed := false
	for _, o := range p.adj[i] {
		if n := p.name[o]; n != "" {
			out = append(out, n)
		} else if o < len(p.wire) && p.wire[o] != "" {
			// A plain text in an agency's wire form (its dateline or
			// sign-off, publisher unknown): the agency's own story is
			// at hand, and a credit to the agency is about it, not
			// about a portal's page that names the agency as its
			// source.
			out = append(out, p.wire[o])
		} else if o != source && o < len(p.scraped) && !p.scraped[o] {
			feed = true
		}
	}
	if feed {
		// An unsigned plain text at hand, not scraped from a page,
		// beside pages that name an agency as their author ("Çeşme:
		// TDH" under a portal's copy): it may be that agency's feed,
		// and a credit to the agency is then about it, as for a wire
		// form.
		for _, o := range p.adj[i] {
			out = append(out, p.agencies[o]...)
		}
	}
	return out
}

// agencyAuthors returns the names of author (reprint.Meta.Author, names
// joined by ";" or ",") written as an agency signs, with no lower-case
// letter ("TDH", "ΑΠΕ-ΜΠΕ", "ATSH"): a person's name is no outlet.
func agencyAuthors(author string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(author, func(r rune) bool { return r == ';' || r == ',' }) {
		if n := strings.TrimSpace(part); n != "" && strings.IndexFunc(n, unicode.IsLower) < 0 && strings.IndexFunc(n, unicode.IsUpper) >= 0 {
			out = append(out, n)
		}
	}
	return out
}

// unnamed reports whether derived's credit result against source is a
// credit line naming an outlet while source's publisher is unknown, that
// outlet is the publisher of no other article related to derived — a
// "Via Agency" line is about the agency's article when the story holds it,
// not about an article of unknown publisher that shares its text — and
// source does not credit its own text to the same outlet: then both carry
// the credit, as the outlet's own story and a copy would, or as two copies
// would, and the line says nothing of which came from which.
//
// But for one case: the source is in the outlet's wire form (the wire
// field) and the derived article names the outlet as its
// reporter in its prose ("wie die Deutsche Presse-Agentur berichtet",
// "according to dpa"). The wire form is the agency's dispatch or a copy
// of it word for word; a text that tells the agency's story in its own
// sentences and names the agency as the one that reported it was
// written from that dispatch, as german-dpa-undated-chain's regional
// paper was from dpa's plain text. A copy keeping the dateline credits
// by the dateline, and a retelling's copy keeps the prose credit: both
// still come after the wire text.
func (p *publishers) unnamed(derived, source int, c credit.Result) bool {
	if c.Status != credit.Credited || c.Publisher != "" {
		return false
	}
	if derived < len(p.wire) && p.wire[derived] != "" && credit.SameName(p.wire[derived], c.Name) {
		// The derived text is in that agency's wire form: its dateline
		// or sign-off is its own mark, as on the dispatch.
		return false
	}
	if p.name[derived] != "" && p.how[derived] != credit.HowCreditLine && credit.SameName(p.name[derived], c.Name) {
		// The derived article's own publisher ("(بترا)" on Petra's
		// page): its dateline says whose the text is, no source's. (A
		// publisher read off the article's own credit line is the
		// credited outlet, and tells nothing.)
		return false
	}
	prose := c.Form == credit.FormAccordingTo || c.Form == credit.FormReported
	// dateline: the derived article is an outlet's own page (its
	// publisher known, and not the agency) that prints the agency's
	// dateline, as a paper running the dispatch does: it took the
	// dispatch, which the source's wire form is.
	dateline := c.Form == credit.FormParenthetical && p.name[derived] != "" && !credit.SameName(p.name[derived], c.Name)
	wire := source < len(p.wire) && p.wire[source] != "" && credit.SameName(p.wire[source], c.Name) && (prose || dateline)
	if !wire && source < len(p.credits) && slices.ContainsFunc(p.credits[source], func(n credit.Named) bool { return credit.SameName(n.Name, c.Name) }) {
		return false
	}
	if prose && source < len(p.texts) && derived < len(p.texts) && c.Evidence.End <= len(p.texts[derived]) && !c.Evidence.Empty() &&
		strings.Contains(p.texts[source], p.texts[derived][c.Evidence.Start:c.Evidence.End]) {
		// The source says it too ("…, съобщи БТА."): a lede's "X
		// reported", which credits the text in a check but not among
		// an article's own credits (credit.Credits), carried by both,
		// as two copies of one retelling carry it.
		return false
	}
	for _, o := range p.adj[derived] {
		// The line names another related article's publisher, or the
		// agency whose wire form another related article is in (a
		// dispatch's "(dpa/lni)"): it credits that article.
		if o != source && (p.name[o] != "" && credit.SameName(c.Name, p.name[o]) || o < len(p.wire) && p.wire[o] != "" && credit.SameName(c.Name, p.wire[o])) {
			return false
		}
	}
	return true
}

// declares reports whether article i is a known publisher's page — its
// site or domain names the publisher — and credit c names another outlet
// (provenance.Signals.ADeclares).
func (p *publishers) declares(i int, c credit.Result) bool {
	return c.Status == credit.Credited && p.name[i] != "" && (p.how[i] == credit.HowSite || p.how[i] == credit.HowDomain) &&
		!credit.SameName(p.name[i], c.Name)
}

// shared returns an outlet that articles a and b both credit their text
// to (ca, cb: credit.Credits) and that is the publisher of neither, nor of
// any article related to either — its story is not at hand, or the
// credits would link each side to it. Empty when there is none, or when
// either publisher is unknown: an agency's own story opens with its own
// dateline, so a plain text crediting Reuters may be Reuters'.
func (p *publishers) shared(a, b int, ca, cb []credit.Named) string {
	if p.name[a] == "" || p.name[b] == "" {
		return ""
	}
	for _, x := range ca {
		if !slices.ContainsFunc(cb, func(y credit.Named) bool { return credit.SameName(x.Name, y.Name) }) {
			continue
		}
		if !p.publishes(x.Name, a) && !p.publishes(x.Name, b) {
			return x.Name
		}
	}
	return ""
}

// keeps reports whether article a credits its text (credit.Credits) to
// the publisher of a third article related to both a and b, while b
// credits its text to no one (provenance.Signals.AKeepsCredit).
func (p *publishers) keeps(a, b int) bool {
	if a >= len(p.credits) || b >= len(p.credits) || len(p.credits[b]) > 0 || len(p.credits[a]) == 0 {
		return false
	}
	for _, o := range p.adj[a] {
		if o == b || p.name[o] == "" || !slices.Contains(p.adj[b], o) {
			continue
		}
		for _, n := range p.credits[a] {
			if !credit.SameName(n.Name, p.name[o]) || credit.SameName(n.Name, p.name[a]) {
				// Not o's publisher, or a's own: an agency's
				// dateline naming itself ("(서울=연합뉴스)") credits no
				// third version.
				continue
			}
			if b < len(p.texts) && nameIn(p.texts[b], n.Name) {
				// b names the outlet too ("…, praneša ELTA" in its
				// lede, which is no credit line of its own): it kept
				// the credit in its words, and dropped nothing.
				return false
			}
			return true
		}
	}
	return false
}

// carried reports whether article q's text holds the words of one of
// article x's credits naming g's publisher (provenance.Carried): a credit
// x may have passed on from q. x's credits of g whose words q lacks (its
// own dateline, its own copyright line) are x's own reading of g.
func (p *publishers) carried(x, g, q int) bool {
	if x >= len(p.credits) || g >= len(p.name) || q >= len(p.texts) || p.name[g] == "" {
		return true
	}
	own := false
	for _, n := range p.credits[x] {
		if !credit.SameName(n.Name, p.name[g]) {
			continue
		}
		sp := n.Evidence
		if sp.Start < 0 || sp.End > len(p.texts[x]) || sp.Start >= sp.End {
			return true
		}
		if strings.Contains(p.texts[q], p.texts[x][sp.Start:sp.End]) {
			return true
		}
		own = true
	}
	return !own
}

// nameIn reports whether text names name as a word of its own (not
// inside a longer word).
func nameIn(text, name string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], name)
		if k < 0 {
			return false
		}
		k += i
		before, _ := utf8.DecodeLastRuneInString(text[:k])
		after, _ := utf8.DecodeRuneInString(text[k+len(name):])
		if (k == 0 || !unicode.IsLetter(before)) && (k+len(name) == len(text) || !unicode.IsLetter(after)) {
			return true
		}
		i = k + len(name)
	}
}

// publishes reports whether name is the publisher of article i or of an
// article related to it.
func (p *publishers) publishes(name string, i int) bool {
	if credit.SameName(name, p.name[i]) {
		return true
	}
	for _, o := range p.adj[i] {
		if p.name[o] != "" && credit.SameName(name, p.name[o]) {
			return true
		}
	}
	return false
}

// witnesses holds, for the witness signal, the grams of every article that
// takes part in a pair with other versions to consult, and those versions
// per pair.
type witnesses struct {
	pairs []detect.Pair
	grams []*provenance.Grams // by article; nil when not needed
	// published is each article's publication date (zero: unknown),
	// dated its grain
	published []time.Time
	dated     []reprint.Dating
	others    [][]int // by pair: the other versions, strongest link first
}

// witnessVersions finds, for each related pair, the other articles related
// to either side (at most provenance.MaxWitnesses, strongest link first),
// and computes the grams of every article involved.
func witnessVersions(ctx context.Context, res *Corpus) (*witnesses, error) {
	type neighbour struct {
		art      int
		strength float64
	}
	adj := make([][]neighbour, len(res.Articles))
	twin := map[[2]int]bool{} // pairs that are one text (sameText)
	for _, p := range res.Pairs {
		if p.Relation <= judge.Unrelated || p.Relation == judge.SameStory {
			continue
		}
		s := max(p.Coverage.A, p.Coverage.B)
		adj[p.A] = append(adj[p.A], neighbour{p.B, s})
		adj[p.B] = append(adj[p.B], neighbour{p.A, s})
		if sameText(p.Evidence) {
			twin[[2]int{p.A, p.B}], twin[[2]int{p.B, p.A}] = true, true
		}
	}
	w := &witnesses{pairs: res.Pairs, grams: make([]*provenance.Grams, len(res.Articles)), others: make([][]int, len(res.Pairs)),
		published: make([]time.Time, len(res.Articles)), dated: make([]reprint.Dating, len(res.Articles))}
	for i, a := range res.Articles {
		w.published[i], w.dated[i] = a.Meta.Published, a.Meta.Dated
	}
	need := make([]bool, len(res.Articles))
	for k, p := range res.Pairs {
		if len(p.Passages) == 0 {
			continue
		}
		best := map[int]float64{}
		for _, side := range []int{p.A, p.B} {
			for _, n := range adj[side] {
				if n.art == p.A || n.art == p.B || twin[[2]int{n.art, p.A}] || twin[[2]int{n.art, p.B}] {
					// A version that is one text with a side of the
					// pair is that side again, not a witness of it.
					continue
				}
				if n.strength > best[n.art] {
					best[n.art] = n.strength
				}
			}
		}
		if len(best) == 0 {
			continue
		}
		others := make([]int, 0, len(best))
		for a := range best {
			others = append(others, a)
		}
		slices.SortFunc(others, func(x, y int) int {
			if c := cmp.Compare(best[y], best[x]); c != 0 {
				return c
			}
			return cmp.Compare(x, y)
		})
		if len(others) > provenance.MaxWitnesses {
			others = others[:provenance.MaxWitnesses]
		}
		w.others[k] = others
		need[p.A], need[p.B] = true, true
		for _, a := range others {
			need[a] = true
		}
	}
	var todo []int
	for i, n := range need {
		if n {
			todo = append(todo, i)
		}
	}
	err := forEach(ctx, len(todo), func(k int) {
		// An HTML page's headline is often outside its Text (in
		// Meta.Title), where a plain-text copy of the page opens with
		// it: the witnesses read such a page with its headline, so that
		// the page and its copy carry the same words.
		a := res.Articles[todo[k]]
		text := a.Text
		if h := reprint.TitleHeadline(a.Meta.Title, a.Meta.Site); a.Headline.Empty() && h != "" && !strings.Contains(text, h) {
			text = h + "\n\n" + text
		}
		w.grams[todo[k]] = provenance.NewGrams(text)
	})
	return w, err
}

// SameTextRun: two versions are one text when each holds at least this
// share of its words in runs of eight or more words found in the other:
// a scraper's copy of a page and the page, a repost. Such a version
// carries a side's wording because it is that side; as a witness of the
// pair it would count the side twice.
const SameTextRun = 0.9

// sameText reports whether evidence e is of two versions of one text.
func sameText(e judge.Evidence) bool { return min(e.A.Run8, e.B.Run8) >= SameTextRun }

// tally is the witness tally of pair k, without the versions in skip;
// zero when it has no other versions.
func (w *witnesses) tally(k int, skip []int) provenance.Witness {
	p := w.pairs[k]
	spansA, spansB := passageSpans(p.Passages)
	var versions []*provenance.Grams
	dates := provenance.Dates{A: w.published[p.A], B: w.published[p.B], DatedA: w.dated[p.A], DatedB: w.dated[p.B]}
	for _, a := range w.others[k] {
		if slices.Contains(skip, a) {
			continue
		}
		versions = append(versions, w.grams[a])
		dates.Versions = append(dates.Versions, w.published[a])
		dates.VersionsDated = append(dates.VersionsDated, w.dated[a])
	}
	if len(versions) == 0 {
		return provenance.Witness{}
	}
	return provenance.TallyDated(w.grams[p.A], w.grams[p.B], spansA, spansB, versions, dates)
}

// declaredCopies returns the other versions of pair k that cannot
// witness it: when one side carries a credit line naming an outlet and
// the other side's publisher is unknown (the side says it took the story
// from elsewhere, and the other may be that elsewhere), the versions
// that credit the declaring side by its publisher's name are its copies,
// by their own word. They carry its wording because they took it from
// it, so their vote for it would overturn its own statement with its own
// text (a regional paper's page that credits the agency, and the
// aggregator's copy of the page that credits the paper: the copy is no
// witness that the paper wrote the agency's words).
func declaredCopies(k int, p detect.Pair, sig provenance.Signals, arts []*reprint.Article, w *witnesses, names *publishers) []int {
	if sig.ACreditsUnnamed == sig.BCreditsUnnamed {
		return nil
	}
	declaring := p.A
	if sig.BCreditsUnnamed {
		declaring = p.B
	}
	var skip []int
	for _, g := range w.others[k] {
		if c := credit.CheckIn(arts[g], arts[declaring], names.outletsBeside(g, declaring)); names.decides(c, declaring) {
			skip = append(skip, g)
		}
	}
	return skip
}

// ApartReason says, for a report, why a rewrite pair is told as the same
// story (apart).
const ApartReason = "the story's lineage derives each from other versions, and neither from the other: what they share came through those versions, so they tell the same story apart"

// retoldPair reports whether the rewrite with evidence e, whose pair
// direction names src, is the same story told again by its derived side
// (judge.Thresholds.Retold); with no source named there is no derived
// side to read.
func retoldPair(th judge.Thresholds, e judge.Evidence, src provenance.Source) bool {
	switch src {
	case provenance.SourceA:
		return th.Retold(e.B)
	case provenance.SourceB:
		return th.Retold(e.A)
	}
	return false
}

// apart turns to the same story a rewrite pair whose two articles the
// story's lineage keeps apart: neither is an ancestor of the other, they
// descend from one article of the story (or one of them is an original,
// with no parent, that tells the same story as an ancestor of the other
// without reuse: an independent report), and neither copies word for word
// (copy or partial-copy) an ancestor of the other. Two papers that each reworded an agency's story share its
// wording, and so read as a rewrite of each other, but neither was
// written from the other (an editor reads them as the same story); an
// independent report and a brief rewritten from a third version share
// only what that version shares with both. A pair whose article copies
// the other's ancestor stays a rewrite (throughCopies: the copy carries
// the words the other reworded), unless the copy is a partial one that
// shares with the other nothing but the ancestor's text it copied (at
// least partialThroughShare of it: a county site running the agency's
// first paragraphs beside a paper's rewrite of the agency's story —
// siblings); so does a pair under an unseen common
// source, whose relation the Common flag already explains. A pair read as
// of a common source whose two articles the lineage draws under one
// article at hand, as children or further down (a copy of a sibling), is
// siblings like any other: their source is seen. What the pair
// shares must lie, on each side that has a parent, mostly inside what
// that side shares with its parent (through, with a lower bar for a
// content farm's padded rewrite): else it did not come through the
// parent. Or the words the pair shares must lie in an ancestor both
// descend from (wordings.through): two reports that each quote a
// council's statement share its sentences, whatever else each reports,
// and however little of the report the quotations are (its passages with
// the statement too few for through, a partial copy's bar too). Nor is a pair turned whose own evidence ties it: a credit one gives the other (a
// digest naming the stories it sums up), or facts of the other that an
// article holds and its own parent lacks (at least
// provenance.CreditedAccessFacts: a rewrite that merges two sources). It
// returns the pairs it turned, by index, and sets their direction unknown.
func apart(stories []provenance.Story, pairs []detect.Pair, rels []judge.Relation, dirs []provenance.Source, links []provenance.Link, facts, siteFacts [][]uint64, padded []int, words *wordings) map[int]bool {
	covMin := func(x int) float64 {
		if x < len(padded) && padded[x] >= padding.MinKinds {
			return paddedThroughCoverageMin
		}
		return throughCoverageMin
	}
	parent := map[int]int{}
	for _, st := range stories {
		for _, e := range st.Lineage {
			parent[e.Child] = e.Parent
		}
	}
	ancestors := func(x int) []int {
		var out []int
		for p, ok := parent[x]; ok && p != provenance.Unseen && len(out) <= len(parent); p, ok = parent[p] {
			out = append(out, p)
		}
		return out
	}
	rel := make(map[[2]int]judge.Relation, len(pairs))
	byPair := make(map[[2]int]int, len(pairs))
	for k, p := range pairs {
		rel[[2]int{min(p.A, p.B), max(p.A, p.B)}] = rels[k]
		byPair[[2]int{min(p.A, p.B), max(p.A, p.B)}] = k
	}
	// copies returns the closest verbatim relation of x to one of the
	// articles of, judge.Unrelated when x copies none of them.
	copies := func(x int, of []int) judge.Relation {
		best := judge.Unrelated
		for _, a := range of {
			if r := rel[[2]int{min(x, a), max(x, a)}]; r == judge.Copy || r == judge.PartialCopy && best != judge.Copy {
				best = r
			}
		}
		return best
	}
	out := map[int]bool{}
	for k, p := range pairs {
		pa, hasA := parent[p.A]
		pb, hasB := parent[p.B]
		ua, ub := ancestors(p.A), ancestors(p.B)
		// The common source is seen when the lineage draws both under
		// one article at hand: siblings (pa == pb), or a copy of one
		// sibling beside the other (an aggregator's copy of a rewrite,
		// beside another rewrite of the rewrite's parent).
		seenCommon := hasA && hasB && pa != provenance.Unseen && pb != provenance.Unseen &&
			slices.ContainsFunc(ua, func(x int) bool { return slices.Contains(ub, x) })
		if rels[k] != judge.Rewrite || dirs[k] == provenance.SourceCommon && !seenCommon ||
			parent[p.A] == provenance.Unseen || parent[p.B] == provenance.Unseen {
			continue
		}
		if slices.Contains(ua, p.B) || slices.Contains(ub, p.A) {
			continue
		}
		common := slices.DeleteFunc(slices.Clone(ua), func(x int) bool { return !slices.Contains(ub, x) })
		worded := words.through(p.A, p.B, common)
		if ca, cb := copies(p.A, ub), copies(p.B, ua); ca == judge.Copy || cb == judge.Copy ||
			!worded && ca == judge.PartialCopy && throughShareOf(pairs, byPair, parent, p.A, k, covMin(p.A)) < partialThroughShare ||
			!worded && cb == judge.PartialCopy && throughShareOf(pairs, byPair, parent, p.B, k, covMin(p.B)) < partialThroughShare {
			// One carries, word for word, the ancestor's text the
			// other reworded: a whole copy always, a partial copy
			// unless it shares with the other nothing but that text.
			// A whole copy of the other's ancestor holds the very
			// text the other was written from, and the pair reads as
			// that ancestor's with it: the copy the source (a weekly's
			// verbatim copy of an agency story beside a portal's
			// rewrite of the story, whatever the rewrite adds).
			// Only when the other reworded its parent, and not when the
			// copy holds a sentence of the other's own wording
			// (wordedThroughMin runs its parent lacks): it took from the
			// other too. A paper running a wire story's first paragraphs
			// with the wire's factbox appended, beside the factbox, is
			// neither's source: the factbox copies the story's
			// sentences, it does not reword them.
			ownOf := func(x, y int) bool {
				py, ok := parent[y]
				return !ok || py < 0 || words == nil || rel[[2]int{min(y, py), max(y, py)}] != judge.Rewrite ||
					provenance.OnlyVia(words.of(x), words.of(y), words.ancestral(py)) >= wordedThroughMin
			}
			switch {
			case ca == judge.Copy && cb != judge.Copy && dirs[k] == provenance.SourceB && rels[k] == judge.Rewrite && !ownOf(p.A, p.B):
				dirs[k] = provenance.SourceA
			case cb == judge.Copy && ca != judge.Copy && dirs[k] == provenance.SourceA && rels[k] == judge.Rewrite && !ownOf(p.B, p.A):
				dirs[k] = provenance.SourceB
			}
			continue
		}
		if words.ownWording(p.A, p.B, common) {
			// They share a sentence none of their common ancestors
			// wrote: one took it from the other.
			continue
		}
		if hasA && hasB && len(common) == 0 {
			// Each derives from a different line (the seeds' two
			// versions of an unseen wire story, each with its own
			// rewrites): which of them shaped the other is not the
			// lineage's to say.
			continue
		}
		independentOf := func(root int, ancestors []int) bool {
			return slices.ContainsFunc(ancestors, func(a int) bool {
				r, ok := rel[[2]int{min(root, a), max(root, a)}]
				return ok && r == judge.SameStory
			})
		}
		if !hasA && !independentOf(p.A, ub) || !hasB && !independentOf(p.B, ua) {
			// An original beside a rewrite of another: only when the
			// original is an independent report of the rewrite's own
			// source (the same story, no reuse) is their likeness that
			// source's. A source document beside a text that also drew
			// on another source (PAN 2013's) is no such report.
			continue
		}
		if slices.ContainsFunc(links[k].Direction.Evidence, provenance.Evidence.CreditTies) {
			continue
		}
		if !worded && (!through(pairs, byPair, parent, p.A, k, covMin(p.A)) || !through(pairs, byPair, parent, p.B, k, covMin(p.B))) {
			continue
		}
		took := func(x, y int, ux []int) bool {
			if len(ux) == 0 || x >= len(facts) || y >= len(facts) || ux[0] >= len(facts) {
				return false
			}
			// The parent's publisher's name is the parent's: both may
			// credit it ("…, Aotearoa Public Media reported").
			known := facts[ux[0]]
			if ux[0] < len(siteFacts) && len(siteFacts[ux[0]]) > 0 {
				known = slices.Concat(known, siteFacts[ux[0]])
				slices.Sort(known)
			}
			return provenance.OnlyVia(facts[x], facts[y], known) >= provenance.CreditedAccessFacts
		}
		if took(p.A, p.B, ua) || took(p.B, p.A, ub) {
			continue
		}
		rels[k], dirs[k] = judge.SameStory, provenance.SourceUnknown
		out[k] = true
	}
	return out
}

// throughShare is the share of what an article shares with another that
// must lie inside what it shares with its own parent for the sharing to
// have come through the parent (apart). Half: a sibling's rewording of
// the parent's story shares with the other sibling the parent's
// sentences, nearly all of it inside its passages with the parent; a
// document that took one passage from each of two sources (PAN 2013's)
// shares with the second source what its parent never held.
const throughShare = 0.5

// throughCoverageMin is the share of an article that its passages with
// its parent must cover for the article to be a version of the parent,
// whose likeness to others is the parent's (apart). Half: a news rewrite
// or brief retells its parent's story nearly whole (0.7–1.0 in the story
// sets); a PAN 2013 suspicious document holds a passage or two of each
// source it drew on, a small share of its text, and may have drawn on the
// other article of the pair as well.
const throughCoverageMin = 0.5

// paddedThroughCoverageMin is throughCoverageMin for an article padded as
// a content farm pads (padding.MinKinds kinds of padding: contents, key
// points, questions, a conclusion), whose padding is text of no version:
// in the story sets a padded rewrite's passages with its parent cover
// 0.46 (a betting-tips farm's odds boxes and FAQ around a match report)
// to 0.84 of it. PAN 2013's hosts, which this bar keeps out, are not
// padded.
const paddedThroughCoverageMin = 0.4

// partialThroughShare is the share of what a partial copy of the other
// article's ancestor shares with it that must lie inside the copy's
// passages with its own parent for the pair to be the same story
// (apart). Nine tenths: in the story sets a partial copy that is the
// rewrite's sibling shares 0.93–1.0 of it through the agency's text, one
// the rewrite was written from (its added paragraphs retold) 0.78–0.87.
const partialThroughShare = 0.9

// through reports whether what x shares with the other article of pair k
// lies, for at least throughShare of x's side, inside x's passages with
// its parent, which cover at least throughCoverageMin of x; true when x
// has no parent (an original: nothing to come through) or shares nothing.
func through(pairs []detect.Pair, byPair map[[2]int]int, parent map[int]int, x, k int, covMin float64) bool {
	return throughShareOf(pairs, byPair, parent, x, k, covMin) >= throughShare
}

// throughShareOf returns the share of what x shares with the other
// article of pair k that lies inside x's passages with its parent (1 when
// x has no parent or shares nothing; 0 when those passages cover less
// than throughCoverageMin of x).
func throughShareOf(pairs []detect.Pair, byPair map[[2]int]int, parent map[int]int, x, k int, covMin float64) float64 {
	px, ok := parent[x]
	if !ok {
		return 1
	}
	side := func(p detect.Pair, ps reprint.Passage) reprint.Span {
		if p.A == x {
			return ps.A
		}
		return ps.B
	}
	pk, ok := byPair[[2]int{min(x, px), max(x, px)}]
	if !ok {
		return 0
	}
	cov := pairs[pk].Coverage.A
	if pairs[pk].B == x {
		cov = pairs[pk].Coverage.B
	}
	if cov < covMin {
		return 0 // a passage set in a host: the host is no version of its parent
	}
	var viaParent []reprint.Span
	for _, ps := range pairs[pk].Passages {
		viaParent = append(viaParent, side(pairs[pk], ps))
	}
	shared, inside := 0, 0
	for _, ps := range pairs[k].Passages {
		sp := side(pairs[k], ps)
		shared += sp.End - sp.Start
		for _, v := range viaParent {
			if lo, hi := max(sp.Start, v.Start), min(sp.End, v.End); hi > lo {
				inside += hi - lo
			}
		}
	}
	if shared == 0 {
		return 1
	}
	return float64(inside) / float64(shared)
}

// titleKinStem is how many letters two headline words must share from
// their start to be one word inflected or derived ("evlər" and "evləri",
// "çatlayır" and "çatlayan", "tagbjælkerne" and "tagbjælker"): five, as
// in the shortest stems that still name a thing.
const titleKinStem = 5

// kinWord is a headline word as titleKin compares it: its token hash and
// its first titleKinStem letters in lower case ("" for a shorter word).
type kinWord struct {
	hash uint64
	stem string
}

// kinWords returns the words of title (tokens: words, and the characters
// of scripts without spaces) for titleKin, read once an article.
func kinWords(title string) []kinWord {
	toks := analysis.Tokenize(title)
	out := make([]kinWord, len(toks))
	for i, t := range toks {
		out[i].hash = t.Hash
		if r := []rune(strings.ToLower(title[t.Span.Start:t.Span.End])); len(r) >= titleKinStem {
			out[i].stem = string(r[:titleKinStem])
		}
	}
	return out
}

// titleKin returns the share of the words of headline a that headline b
// carries, equal or sharing their first titleKinStem letters; 0 when a
// has none. A content farm rewrites the headline of the page it took,
// keeping most of its words (provenance.Link.TitleKin).
func titleKin(a, b []kinWord) float64 {
	if len(a) == 0 {
		return 0
	}
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x.hash == y.hash || x.stem != "" && x.stem == y.stem {
				n++
				break
			}
		}
	}
	return float64(n) / float64(len(a))
}

// sameTitle reports whether two headlines are one, white space and case
// aside; an unknown headline is no headline. The engine gives it the
// headlines of the pages' titles without their sites' names
// (reprint.TitleHeadline): a plain text copy titled by its first line
// carries "Headline" where its source page is titled "Headline - Site".
func sameTitle(a, b string) bool {
	a, b = strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " ")
	return a != "" && strings.EqualFold(a, b)
}

// throughCopies lifts to rewrite a same-story pair x–y that shares
// passages when a third article z has x as its copy and y as its rewrite:
// x carries z's text, so y's rewording of z is a rewording of x's words
// too (a weekly's verbatim run of a press release and a daily's report
// written from the release). So too when z took a part of x word for
// word (a partial copy with x its source) and y reworded z. The pair's
// own shares can fall under the rewrite bar where the rewrite's do not,
// lifted there by a credit the rewrite gives z alone. Its direction stays unknown and offers the
// lineage no arc: the shared wording came through z, which the lineage
// already links to both.
func throughCopies(pairs []detect.Pair, rels []judge.Relation, links []provenance.Link) {
	byPair := make(map[[2]int]int, len(pairs))
	copies := map[int][]int{} // article → the articles it has a copy link with
	took := map[int][]int{}   // article → the articles that copied a part of it, directed so
	for k, p := range pairs {
		byPair[[2]int{p.A, p.B}], byPair[[2]int{p.B, p.A}] = k, k
		switch {
		case rels[k] == judge.Copy:
			copies[p.A] = append(copies[p.A], p.B)
			copies[p.B] = append(copies[p.B], p.A)
		case rels[k] == judge.PartialCopy && links[k].Direction.Source == provenance.SourceA:
			took[p.A] = append(took[p.A], p.B)
		case rels[k] == judge.PartialCopy && links[k].Direction.Source == provenance.SourceB:
			took[p.B] = append(took[p.B], p.A)
		}
	}
	// source reports whether the pair k is directed with z its source.
	source := func(k, z int) bool {
		d := links[k].Direction.Source
		return d == provenance.SourceA && pairs[k].A == z || d == provenance.SourceB && pairs[k].B == z
	}
	var lifted []int
	for k, p := range pairs {
		if rels[k] != judge.SameStory || p.Evidence.Passages == 0 {
			continue
		}
		for _, xy := range [][2]int{{p.A, p.B}, {p.B, p.A}} {
			x, y := xy[0], xy[1]
			for _, z := range copies[x] {
				if zy, ok := byPair[[2]int{z, y}]; ok && rels[zy] == judge.Rewrite && !slices.Contains(lifted, k) {
					lifted = append(lifted, k)
				}
			}
			// z took a part of x word for word, and y reworded z:
			// the passages x and y share are x's words as y reworded
			// them from z (a blog's summary of a regional paper's
			// page that ran the first half of a broadcaster's story).
			// Not when x took its part from z: two takes of one
			// story, a copy and a rewrite, are siblings.
			for _, z := range took[x] {
				if zy, ok := byPair[[2]int{z, y}]; ok && rels[zy] == judge.Rewrite && source(zy, z) && !slices.Contains(lifted, k) {
					lifted = append(lifted, k)
				}
			}
		}
	}
	for _, k := range lifted {
		p := pairs[k]
		rels[k] = judge.Rewrite
		links[k] = provenance.NewLink(p.A, p.B, judge.Rewrite, p.Evidence, provenance.Direction{Source: provenance.SourceUnknown,
			Reason: "a rewrite of the text one side copies: the shared wording came through that text"})
	}
}

// pairOnly returns, for each article, its terms that one other article
// of the corpus holds and no third: in a script without capitals, where
// facts are figures alone, the words of a paragraph two versions kept and
// the others cut.
func pairOnly(terms [][]uint64) [][]uint64 {
	if terms == nil {
		return nil
	}
	df := map[uint64]int{}
	for _, ts := range terms {
		for _, t := range ts {
			df[t]++
		}
	}
	out := make([][]uint64, len(terms))
	for i, ts := range terms {
		for _, t := range ts {
			if df[t] == 2 {
				out[i] = append(out[i], t)
			}
		}
	}
	return out
}

// revised is when the revision of a page that m describes was made: its
// modified time, else its publication date, else when it was crawled.
func revised(m reprint.Meta) time.Time {
	switch {
	case !m.Modified.IsZero():
		return m.Modified
	case !m.Published.IsZero():
		return m.Published
	}
	return m.Crawled
}

// detailSkips returns the spans of a's Text the details signal leaves
// out, in text order: its headline, when Text opens with it; its other
// headings (see headings); its credit lines and datelines
// (credit.Lines); its copyright lines; and its bylines
// (clean.IsByline). These name the writer, the owner or the source, not
// the story's facts.
func detailSkips(a *reprint.Article) []reprint.Span {
	lines := credit.Lines(a)
	if h := a.Headline; !h.Empty() && h.End <= len(a.Text) {
		lines = append(lines, h)
	}
	lines = append(lines, headings(a.Text)...)
	for _, at := range a.Attribution {
		if at.Form == clean.FormCopyright && at.Span.End <= len(a.Text) {
			lines = append(lines, at.Span) // "© 2025 Región al Instante": a notice, whoever it names
		}
	}
	for off := 0; off < len(a.Text); {
		end := strings.IndexByte(a.Text[off:], '\n')
		if end < 0 {
			end = len(a.Text)
		} else {
			end += off
		}
		if clean.IsByline(a.Text[off:end]) {
			lines = append(lines, reprint.Span{Start: off, End: end})
		}
		off = end + 1
	}
	slices.SortFunc(lines, func(x, y reprint.Span) int { return cmp.Or(cmp.Compare(x.Start, y.Start), cmp.Compare(x.End, y.End)) })
	return slices.Compact(lines)
}

// HeadingMaxWords bounds a heading line (headings): headlines and
// subheads run to 8–15 words; a line of prose that lost its full stop is
// longer.
const HeadingMaxWords = 20

// headings returns the lines of text set as headings: a line of its own,
// of at most HeadingMaxWords words, that does not end a sentence (no
// full stop, question or exclamation mark, colon or closing quotation
// mark; the text's first line may end with a question or exclamation
// mark, as headlines do). A headline or subhead restates the story; its names are not
// details a version adds. A page's headline is known (Article.Headline)
// only when its title repeats it, so a plain-text copy that opens with
// the same headline line would otherwise hold its words as details the
// page lacks — and German capitalises every noun in it.
func headings(text string) []reprint.Span {
	var out []reprint.Span
	whole := len(strings.TrimSpace(text))
	start := 0
	first := true
	for raw := range strings.Lines(text) {
		line := strings.TrimSpace(raw)
		if line != "" && len(line) < whole && len(strings.Fields(line)) <= HeadingMaxWords {
			last, _ := utf8.DecodeLastRuneInString(line)
			// The text's first line may ask or exclaim, as a headline
			// does ("Únik kyseliny v Rybníčku: Co se stalo?"): only a
			// full stop makes it the lede's sentence.
			if !strings.ContainsRune(".!?…:;\"”»'’)", last) || first && strings.ContainsRune("!?", last) {
				ls := start + strings.Index(raw, line)
				out = append(out, reprint.Span{Start: ls, End: ls + len(line)})
			}
		}
		if line != "" {
			first = false
		}
		start += len(raw)
	}
	return out
}

// storySentences returns the sentences of text with the spans skip (credit
// lines and datelines, in text order) cut out of them: what the details
// signal reads its facts and terms from.
func storySentences(text string, skip []reprint.Span) []reprint.Span {
	sents := sentence.Split(text, nil)
	if len(skip) == 0 {
		return sents
	}
	out := sents[:0:0]
	for _, sp := range sents {
		for _, k := range skip {
			if k.End <= sp.Start || k.Start >= sp.End {
				continue
			}
			if k.Start > sp.Start {
				out = append(out, reprint.Span{Start: sp.Start, End: k.Start})
			}
			sp.Start = min(max(sp.Start, k.End), sp.End)
		}
		if !sp.Empty() {
			out = append(out, sp)
		}
	}
	return out
}

// passageSpans returns the A and the B spans of passages.
func passageSpans(passages []reprint.Passage) (a, b []reprint.Span) {
	a, b = make([]reprint.Span, len(passages)), make([]reprint.Span, len(passages))
	for i, ps := range passages {
		a[i], b[i] = ps.A, ps.B
	}
	return a, b
}

// forEach runs fn(i) for i in [0, n) on GOMAXPROCS goroutines and returns
// the context's error if it was cancelled. fn must be safe for concurrent
// use on different i.
func forEach(ctx context.Context, n int, fn func(i int)) error {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(n, 1)) {
		wg.Go(func() {
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				fn(i)
			}
		})
	}
	wg.Wait()
	return ctx.Err()
}

// IndependentQuoteMin is the fewest quotations of its own each side of a
// rewrite must give, none of either side's quotations attested in the
// other, for the pair to be two reports of one event (independentQuotes).
// Two, as provenance.CommonQuoteMin: one stray mis-paired mark is no
// reporting of its own.
const IndependentQuoteMin = 2

// inside returns the checks of the quotations that begin inside one of
// spans: the quotations of a side's shared passages.
func inside(cs []fidelity.Check, spans []reprint.Span) []fidelity.Check {
	var out []fidelity.Check
	for _, c := range cs {
		if slices.ContainsFunc(spans, func(sp reprint.Span) bool { return sp.Start <= c.Quote.Span.Start && c.Quote.Span.Start < sp.End }) {
			out = append(out, c)
		}
	}
	return out
}

// independentQuotes reports whether a pair whose passages read as a
// rewrite is two reports of one event, given the quotations of the
// shared passages of each side (inside): each side's passages quote at least
// IndependentQuoteMin speakers' words of minOwnQuoteWords or more, and not
// one quotation of either side — however short, however changed — is
// attested in the other (ab: A's quotations checked against B; ba the
// reverse). A text written from another takes its quotations from it, the
// one part of a story a rewrite cannot reword: two passages aligned as a
// rewrite that each quote, and quote nothing alike, were each reported.
// The sentence aligner links such reports by the names, numbers and
// events they share (an escaped animal found in a named garden by a named
// resident), which is the same story, not reuse. Quotations outside the
// passages say nothing: a passage set into a longer host (PAN 2013's
// cases) sits among the host's own quotations.
func independentQuotes(ab, ba []fidelity.Check) bool {
	return ownQuotes(ab) >= IndependentQuoteMin && ownQuotes(ba) >= IndependentQuoteMin
}

// reportedApart reports whether a pair whose passages read as a rewrite
// is two reports of one event by its quotations (ab, ba: each side's
// checked against the other; spansA, spansB: the shared passages):
// independentQuotes holds for the quotations that begin inside the
// passages, or it holds over the whole of both texts and the passages
// themselves hold at least one of each side's own quotations, whole or
// in part (the aligner may pair the tail of one report's quotation with
// the sentence after it). Where each report quotes
// one speaker of its own in the sentences aligned — a mayor's words on
// one side, a pastor's on the other, the sentences around them paired on
// the atoll's and the flood's names and, in a language no stop list
// here knows, its function words — and their other quotations are their
// own too, the alignment paired two interviews, not a text and its
// rewrite. A passage set into a host that quotes its own speakers (PAN
// 2013's) holds none of the host's quotations, or holds the source's.
func reportedApart(ab, ba []fidelity.Check, spansA, spansB []reprint.Span) bool {
	return independentQuotes(inside(ab, spansA), inside(ba, spansB)) ||
		independentQuotes(ab, ba) && ownQuotes(overlapping(ab, spansA)) >= 1 && ownQuotes(overlapping(ba, spansB)) >= 1
}

// overlapping returns the checks of the quotations that overlap one of
// spans.
func overlapping(cs []fidelity.Check, spans []reprint.Span) []fidelity.Check {
	var out []fidelity.Check
	for _, c := range cs {
		if slices.ContainsFunc(spans, func(sp reprint.Span) bool { return sp.Start < c.Quote.Span.End && c.Quote.Span.Start < sp.End }) {
			out = append(out, c)
		}
	}
	return out
}

// ownQuotes returns how many of the checked quotations cs are a side's
// own, unattested in the other and of minOwnQuoteWords or more, and -1
// when one of them, however short or changed, is attested there (a term
// is no quotation).
func ownQuotes(cs []fidelity.Check) int {
	n := 0
	for _, c := range cs {
		switch {
		case c.Status != fidelity.Unattested && c.Status != fidelity.Term:
			return -1
		case c.Status == fidelity.Unattested && len(strings.Fields(c.Text)) >= minOwnQuoteWords:
			n++
		}
	}
	return n
}

// creditedReport reports whether the side of a same-story pair that
// credits the other's publisher (B when bCredits, else A) is a report of
// its own that credits a fact or two, not a digest summing up the other:
// its passages with the other quote at least IndependentQuoteMin
// speakers' words of minOwnQuoteWords or more that the other does not
// hold, and not one quotation of either article — however short, however
// changed — is attested in the other (ab: A's quotations checked against
// B; ba the reverse). A digest's paragraph that sums up a story quotes
// it, or no one; a local station's reporter at the scene quotes the
// people met there, and names the agency for the two facts taken from
// it ("selon Belga").
func creditedReport(ab, ba []fidelity.Check, spansA, spansB []reprint.Span, bCredits bool) bool {
	own, other, spans := ba, ab, spansB
	if !bCredits {
		own, other, spans = ab, ba, spansA
	}
	return ownQuotes(own) >= 0 && ownQuotes(other) >= 0 && ownQuotes(inside(own, spans)) >= IndependentQuoteMin
}

// quotedRuns reports whether a pair judged a partial copy by its word-
// for-word runs (not a copy) is one only through its quotations: the
// derived side's quotations found exact or as fragments in the other,
// or merged from its pieces (ab, ba: A's and B's checked against the
// other) hold enough of its
// words that, without them, neither partial copy's rule holds — the
// Run32 share falls under CutMin, and the verbatim share no longer
// outweighs the reworded one in long runs (judge.Thresholds.Judge). A
// paper that rewrites an agency's story keeps its speakers' words, long
// quotations among them, word for word: runs of 32 words inside them,
// and verbatim passages that are its quotations, are quotation, not
// copied prose. wordsA and wordsB are the sides' token counts
// (detect.Result.Words), a quotation's words counted the same way: a
// character trigram a token in Burmese or Thai.
func quotedRuns(e judge.Evidence, th judge.Thresholds, ab, ba []fidelity.Check, wordsA, wordsB int) bool {
	d, isB := e.DerivedSide()
	if d.Run8 >= th.CopyMin {
		return false
	}
	checks, n := ab, wordsA
	if isB {
		checks, n = ba, wordsB
	}
	if n == 0 {
		return false
	}
	quoted := 0
	for _, c := range checks {
		// A quotation of the source's own prose (a column's sentences,
		// a post's) is the source's text reused, not a speaker both
		// quote: it stays in the runs.
		if (c.Status == fidelity.Exact || c.Status == fidelity.Fragment) && !c.Prose {
			quoted += len(analysis.Tokenize(c.Text)) // tokens, as wordsA and wordsB count them (detect.Result.Words)
		} else if c.Status == fidelity.Merged && !c.Prose {
			// Pieces of two or more of the other's quotations joined
			// into one: the speaker's words still, as many of them as
			// the pieces hold (Similarity, the aligned share).
			quoted += int(math.Round(c.Similarity * float64(len(analysis.Tokenize(c.Text)))))
		} else if c.Status == fidelity.Altered && extendedQuote(c.Diff) {
			// The derived side quotes the speaker more fully than the
			// other, every word of the other's quotation kept in order
			// and more of the statement around them: it had the
			// statement from elsewhere, and the words both hold are
			// the speaker's, not the other's prose.
			for _, op := range c.Diff {
				if op.Kind == "equal" {
					quoted += len(analysis.Tokenize(op.Source))
				}
			}
		}
	}
	q := float64(quoted) / float64(n)
	verbatim, run8 := d.Verbatim-q, d.Run8-q
	return d.Run32-q < th.CutMin && !(verbatim > 0 && verbatim >= d.Rewrite && run8 >= th.VerbatimRunShare*verbatim)
}

// extendedQuote reports whether an altered quotation's diff (from the
// other side's quotation to the derived one) only adds words: equal
// runs and insertions, nothing of the other's quotation deleted or
// replaced.
func extendedQuote(diff []fidelity.Op) bool {
	added := false
	for _, op := range diff {
		switch op.Kind {
		case "equal":
		case "insert":
			added = true
		default:
			return false
		}
	}
	return added
}

// creditedCopy reports whether a pair judged a partial copy is a copy
// once the derived side's credit lines (credit.Lines) are left out of its
// words: its runs of eight or more words then make CopyMin of the rest.
// wordsA and wordsB are the sides' token counts (detect.Result.Words).
func creditedCopy(e judge.Evidence, th judge.Thresholds, a, b *reprint.Article, wordsA, wordsB int) bool {
	d, isB := e.DerivedSide()
	art, n := a, wordsA
	if isB {
		art, n = b, wordsB
	}
	lines := 0
	for _, sp := range credit.Lines(art) {
		lines += len(analysis.Tokenize(art.Text[sp.Start:sp.End]))
	}
	if lines == 0 || lines >= n {
		return false
	}
	return d.Run8*float64(n)/float64(n-lines) >= th.CopyMin
}

// transcriptSource reports whether the side of a pair that is not its
// derived side (judge.Evidence.DerivedSide) is a transcript (aTurns,
// bTurns: quote.Turns found some): a transcript's text is its speakers'
// words, so a text that quotes them word for word copies the transcript,
// where quotedRuns reads a rewrite that quotes a report's speakers.
func transcriptSource(e judge.Evidence, aTurns, bTurns bool) bool {
	if _, isB := e.DerivedSide(); isB {
		return aTurns
	}
	return bTurns
}

// quotesSourceArticle reports whether a quotation (span, in text, split
// into sents) that reproduces the source's own prose, not words the
// source quotes (fidelity.UnquotedInSource), is attributed in its
// sentences to the source article itself: they hold the derived
// article's credit to the source's publisher ("As the Ashworth Courier
// reported on Monday, "…"" — cred's evidence) or its name, or refer to
// the source as a paper or report ("…," the paper noted). A column
// quoting a report quotes the report's words, word for word: exact,
// not a reporter's prose moved into a speaker's quotation marks.
func quotesSourceArticle(text string, sents []reprint.Span, span reprint.Span, cred credit.Result) bool {
	ctx := span
	for _, s := range sents {
		if s.Start <= span.Start && span.Start < s.End {
			ctx.Start = min(ctx.Start, s.Start)
		}
		if s.Start < span.End && span.End <= s.End {
			ctx.End = max(ctx.End, s.End)
		}
	}
	if cred.Status == credit.Credited && !cred.Evidence.Empty() && cred.Evidence.Start < ctx.End && ctx.Start < cred.Evidence.End &&
		!(span.Start <= cred.Evidence.Start && cred.Evidence.End <= span.End) {
		return true
	}
	around := text[ctx.Start:span.Start] + " " + text[span.End:ctx.End]
	if p := cred.Publisher; p != "" && analysis.ContainsWords(strings.ToLower(around), strings.ToLower(p)) {
		return true
	}
	return sourceReference.MatchString(around)
}

// sourceReference: an attribution to the article a text is quoting,
// described rather than named ("the paper noted", "according to the
// report", "as the newspaper put it").
var sourceReference = regexp.MustCompile(`(?i)\baccording to the (?:paper|newspaper|report|article|story|website|broadcaster)\b|\bthe (?:paper|newspaper|report|article|story|website|broadcaster) (?:reported|noted|said|wrote|added|found|revealed|stated|disclosed|put it|has reported|had reported)\b`)

// quotedStatement reports whether a pair's word-for-word reuse is only a
// quotation both sides give: every verbatim passage lies at least
// QuotedShareMin inside quotations on both sides, quotations that each
// side gives word for word and to the same speaker as the other; no other
// passage is verbatim, and the rewritten ones hold under judge.RewriteMin
// of either text; and each side quotes at least IndependentQuoteMin
// speakers, in quotations of minOwnQuoteWords or more, that the other
// does not attest (ownA, ownB: its own reporting). Two reports that both
// quote one statement — a police force's, a company's, a minister's
// written answer — share the statement's text, not each other's: the
// same story told twice (story set shared-official-statement). A copy
// that lifts another's interviews takes the quotations with the prose
// around them, or has none of its own. A release is the statement itself
// (pressrelease): a report quoting it reuses it, and Judge does not ask.
func quotedStatement(passages []reprint.Passage, a, b string, ab, ba []fidelity.Check, ownA, ownB int) bool {
	if ownA < IndependentQuoteMin || ownB < IndependentQuoteMin {
		return false
	}
	statements, rewritten := 0, [2]int{}
	for _, ps := range passages {
		if ps.Kind != reprint.Verbatim {
			rewritten[0] += ps.A.Len()
			rewritten[1] += ps.B.Len()
			continue
		}
		inA, okA := quotedFaithfully(ps.A, ab)
		inB, okB := quotedFaithfully(ps.B, ba)
		if !okA || !okB {
			return false
		}
		if inA < QuotedShareMin || inB < QuotedShareMin {
			// The aligner may carry a passage past its quotation onto a
			// few words both sides write about the speaker, on the one
			// side before the quotation and on the other after it ("board
			// chair Raymond Oduya moved to postpone …" / "…,” board chair
			// Raymond Oduya said"): the passage is still the statement's
			// when most of it is quotation and its prose outside the
			// quotations shares no run of proseRunWords with the other's.
			if inA < QuotedHalfMin || inB < QuotedHalfMin || sharedProse(a, b, ps, ab, ba) {
				return false
			}
		}
		statements++
	}
	return statements > 0 &&
		float64(rewritten[0]) < judge.RewriteMin*float64(len(a)) && float64(rewritten[1]) < judge.RewriteMin*float64(len(b))
}

// QuotedShareMin: a verbatim passage is a quotation's when at least this
// share of its bytes lies inside quotations: the rest is the attribution
// the aligner runs into ("In a statement, North Riding Police said:",
// 42 of 274 bytes in shared-official-statement). A passage of prose with
// a quotation inside it stays prose.
const QuotedShareMin = 0.8

// QuotedHalfMin is the least share of a verbatim passage inside
// quotations for it to be a statement's when its prose outside them
// shares no run of proseRunWords words with the other side's
// (quotedStatement): a passage mostly of prose is reuse of that prose.
const QuotedHalfMin = 0.5

// proseRunWords is the shortest run of words the prose of two passages
// outside their quotations must share to be reused prose, not two
// writers naming one speaker: a role and a name ("board chair Raymond
// Oduya") is four words.
const proseRunWords = 5

// quotedFaithfully returns the share of sp that lies inside the
// quotations of cs, and whether each of them overlapping it is given
// word for word (exact or a fragment) and to the speaker the other side
// names.
func quotedFaithfully(sp reprint.Span, cs []fidelity.Check) (float64, bool) {
	in := 0
	for _, c := range cs {
		q := c.Quote.Span
		lo, hi := max(q.Start, sp.Start), min(q.End, sp.End)
		if lo >= hi {
			continue
		}
		if !c.Status.Faithful() || c.SpeakerChanged {
			return 0, false
		}
		in += hi - lo
	}
	if sp.Len() == 0 {
		return 0, false
	}
	return float64(in) / float64(sp.Len()), true
}

// sharedProse reports whether the words of passage ps outside the
// quotations of each side (ab: A's checks, ba: B's) share a run of
// proseRunWords words.
func sharedProse(a, b string, ps reprint.Passage, ab, ba []fidelity.Check) bool {
	runs := func(text string, sp reprint.Span, cs []fidelity.Check) map[string]bool {
		out := map[string]bool{}
		var words []string
		flush := func() {
			for i := 0; i+proseRunWords <= len(words); i++ {
				out[strings.Join(words[i:i+proseRunWords], " ")] = true
			}
			words = words[:0]
		}
		for _, t := range analysis.Tokenize(text[sp.Start:sp.End]) {
			at := sp.Start + t.Span.Start
			if slices.ContainsFunc(cs, func(c fidelity.Check) bool { return c.Quote.Span.Start <= at && at < c.Quote.Span.End }) {
				flush()
				continue
			}
			words = append(words, strings.ToLower(text[at:sp.Start+t.Span.End]))
		}
		flush()
		return out
	}
	ra := runs(a, ps.A, ab)
	for r := range runs(b, ps.B, ba) {
		if ra[r] {
			return true
		}
	}
	return false
}

// minOwnQuoteWords is the fewest words of an unattested quotation that
// counts as a text's own access to a speaker (provenance's common-source
// test). Shorter quotations are mostly scare quotes and terms ("cautious
// optimism", "inheritance"), which any writer adds.
const minOwnQuoteWords = 4

// quoteCounts counts the quotations of a text that are cut from the other
// text's (fragments) and the quotations of minOwnQuoteWords or more words
// that the other does not support at all.
func quoteCounts(cs []fidelity.Check) (cut, unattested, own int) {
	for _, c := range cs {
		switch {
		case c.Prose:
			own++ // the other's own words, not a cut of its quotation
		case c.Status == fidelity.Fragment:
			cut++
		case c.Status == fidelity.Unattested && len(strings.Fields(c.Text)) >= minOwnQuoteWords:
			unattested++
		}
	}
	return cut, unattested, own
}

func reportCoverage(c detect.Coverage) report.Coverage {
	return report.Coverage{
		A: round(c.A), B: round(c.B),
		Verbatim: report.Sides{A: round(c.Verbatim.A), B: round(c.Verbatim.B)},
		Rewrite:  report.Sides{A: round(c.Rewrite.A), B: round(c.Rewrite.B)},
	}
}

func reportCredit(article string, c credit.Result) *report.Credit {
	rc := &report.Credit{Article: article, Status: c.Status.String(), Name: c.Name, Form: c.Form, Publisher: c.Publisher, Reason: c.Reason}
	if !c.Evidence.Empty() {
		ev := c.Evidence
		rc.Evidence = &ev
	}
	return rc
}

func reportQuote(article string, c fidelity.Check) report.Quote {
	q := report.Quote{Article: article, Text: c.Text, Span: c.Quote.Span, Status: c.Status.String(), Source: c.Source,
		Speaker: c.Speaker, SourceSpeaker: c.SourceSpeaker, SpeakerChange: c.SpeakerChanged}
	for _, op := range c.Diff {
		q.Diff = append(q.Diff, report.DiffOp{Op: op.Kind, Source: op.Source, Derived: op.Derived})
	}
	return q
}

// round keeps four decimals: figures beyond that are noise in a report,
// and shorter numbers keep the JSON readable and diffs stable.
func round(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// caseless reports whether most of text's letters (of its first
// caselessSample bytes) are of scripts without capitals.
func caseless(text string) bool {
	cased, uncased := analysis.CaseCounts(text[:min(len(text), caselessSample)])
	return uncased > cased
}

// caselessSample: the opening of a text tells its script.
const caselessSample = 4096

// wordingOf returns the provenance.Wording of texts: the distinct runs
// of provenance.WordingRun words of x's text that g's holds and q's
// lacks, read as wordings reads its own runs, on first need: the lineage
// asks about the few triples a shared omission suggests.
func wordingOf(texts []string) provenance.Wording {
	w := newWordings(texts, nil)
	w.run = provenance.WordingRun
	return func(x, g, q int) int {
		return provenance.OnlyVia(w.of(x), w.of(g), w.of(q))
	}
}

// borrowedQuotes reads again the pairs read as two versions of an unseen
// source (provenance.SourceCommon) with their quotations of a side's own
// counted without those a third version holds (Signals.AQuotesBorrowed):
// a side's quotations unattested in the other, checked (check) against
// each other article it shares reuse with (a rewrite or closer), are
// borrowed when one of them attests them. A farm that took paragraphs
// of an archive's report and quotations of a station's rewrite of a
// later feature holds, against each, the other's quotations; it drew on
// both, and each pair is directed by its readings. checks gives a
// pair's checks of A's quotations against B and of B's against A. Only
// the common pairs are read again: most corpora have few.
func borrowedQuotes(res *Corpus, rels []judge.Relation, links []provenance.Link, sigs []provenance.Signals,
	checks func(k int) (ab, ba []fidelity.Check), check func(x, v int, qs []quote.Quote) []fidelity.Check) {
	// article → the articles it shares reuse with, but those its link
	// names it the source of (a copy of x holds x's quotations because
	// it took them from x), and its copies either way: a copy's pair
	// with a third is its original's pair, read as that one is.
	reused := map[int][]int{}
	for k, p := range res.Pairs {
		if rels[k] < judge.Rewrite || rels[k] == judge.Copy {
			continue
		}
		if links[k].Direction.Source != provenance.SourceA {
			reused[p.A] = append(reused[p.A], p.B)
		}
		if links[k].Direction.Source != provenance.SourceB {
			reused[p.B] = append(reused[p.B], p.A)
		}
	}
	own := func(cs []fidelity.Check) []quote.Quote {
		var out []quote.Quote
		for _, c := range cs {
			if c.Status == fidelity.Unattested && len(strings.Fields(c.Text)) >= minOwnQuoteWords {
				out = append(out, c.Quote)
			}
		}
		return out
	}
	attests := func(c fidelity.Check) bool { return c.Status != fidelity.Unattested && c.Status != fidelity.Term }
	attested := func(cs []fidelity.Check) int {
		n := 0
		for _, c := range cs {
			if attests(c) {
				n++
			}
		}
		return n
	}
	// borrowed counts x's own quotations against y (cs: x's checked
	// against y) that a third version v holds, where v is not the
	// source of both: it holds fewer than provenance.CommonQuoteMin of
	// y's own quotations against x (ys). A version that holds both
	// sides' own material (a wire story beside its cut copy and a
	// portal's rewrite of it) is their common source, seen.
	borrowed := func(x, y int, cs, ys []fidelity.Check) int {
		ox, oy := own(cs), own(ys)
		if len(ox) == 0 {
			return 0
		}
		found := make([]bool, len(ox))
		for _, v := range reused[x] {
			if v == y {
				continue
			}
			cx := check(x, v, ox)
			if attested(cx) == 0 || len(oy) > 0 && attested(check(y, v, oy)) > 0 {
				continue
			}
			for i, c := range cx {
				if attests(c) {
					found[i] = true
				}
			}
		}
		n := 0
		for _, f := range found {
			if f {
				n++
			}
		}
		return n
	}
	for k, p := range res.Pairs {
		if links[k].Direction.Source != provenance.SourceCommon {
			continue
		}
		ab, ba := checks(k)
		sig := sigs[k]
		sig.AQuotesBorrowed, sig.BQuotesBorrowed = borrowed(p.A, p.B, ab, ba), borrowed(p.B, p.A, ba, ab)
		if sig.AQuotesBorrowed == 0 && sig.BQuotesBorrowed == 0 {
			continue
		}
		l := links[k]
		nl := provenance.NewLink(l.A, l.B, l.Relation, p.Evidence, provenance.Direct(sig))
		nl.SameTitle, nl.Earlier, nl.TitleKin, nl.SameSite = l.SameTitle, l.Earlier, l.TitleKin, l.SameSite
		links[k] = nl
	}
}
