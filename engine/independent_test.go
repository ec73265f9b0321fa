package engine

import (
	"slices"
	"strings"
	"testing"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/credit"
	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/fidelity"
	"github.com/reprint/reprint/judge"
	"github.com/reprint/reprint/padding"
	"github.com/reprint/reprint/provenance"
	"github.com/reprint/reprint/quote"
	"github.com/reprint/reprint/sentence"
)

// TestIndependentQuotes: a rewrite is two reports of one event only when
// each side quotes at least IndependentQuoteMin speakers of its own and
// nothing either quotes is attested in the other.
func TestIndependentQuotes(t *testing.T) {
	own := func(text string) fidelity.Check { return fidelity.Check{Text: text, Status: fidelity.Unattested} }
	with := func(text string, s fidelity.Status) fidelity.Check { return fidelity.Check{Text: text, Status: s} }
	const q1, q2, q3 = "I thought it was a fox until I saw the tail", "He is a curious animal and he found a gap", "He just sat there looking at me"
	tests := []struct {
		name   string
		ab, ba []fidelity.Check
		want   bool
	}{
		{"two reports", []fidelity.Check{own(q1), own(q2)}, []fidelity.Check{own(q3), own("He's lost a little weight, but no injuries")}, true},
		{"a scare quote beside them", []fidelity.Check{own(q1), own(q2), with("buboes", fidelity.Term)}, []fidelity.Check{own(q3), own(q1 + " again")}, true},
		{"one quotation kept", []fidelity.Check{own(q1), own(q2), with(q3, fidelity.Exact)}, []fidelity.Check{own(q3), own(q1 + " again")}, false},
		{"one quotation altered", []fidelity.Check{own(q1), own(q2)}, []fidelity.Check{own(q3), with(q1, fidelity.Altered)}, false},
		{"words out of the source's quotation marks", []fidelity.Check{own(q1), own(q2)}, []fidelity.Check{own(q3), with(q2, fidelity.UnquotedInSource), own(q1)}, false},
		{"a short quotation kept", []fidelity.Check{own(q1), own(q2), with("cautious optimism", fidelity.Fragment)}, []fidelity.Check{own(q3), own(q1 + " again")}, false},
		{"one side quotes once", []fidelity.Check{own(q1)}, []fidelity.Check{own(q3), own(q2)}, false},
		{"short quotations are not a report's own", []fidelity.Check{own(q1), own("no comment")}, []fidelity.Check{own(q3), own(q2)}, false},
		{"no quotations", nil, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := independentQuotes(tt.ab, tt.ba); got != tt.want {
				t.Errorf("independentQuotes = %v; want %v", got, tt.want)
			}
		})
	}
}

// TestReportedApart: two reports whose aligned sentences each hold one
// quotation of their own, and whose other quotations are their own too,
// are two reports; one quotation inside on one side only, or a quotation
// attested anywhere, is not.
func TestReportedApart(t *testing.T) {
	at := func(start int, text string, st fidelity.Status) fidelity.Check {
		return fidelity.Check{Text: text, Status: st, Quote: quote.Quote{Span: reprint.Span{Start: start, End: start + len(text)}}}
	}
	own := func(start int, text string) fidelity.Check { return at(start, text, fidelity.Unattested) }
	const q1, q2, q3, q4 = "I thought it was a fox until I saw the tail", "He is a curious animal and he found a gap", "He just sat there looking at me", "He's lost a little weight, but no injuries"
	// The passages: [100, 300) of A, [500, 700) of B.
	pa, pb := []reprint.Span{{Start: 100, End: 300}}, []reprint.Span{{Start: 500, End: 700}}
	tests := []struct {
		name   string
		ab, ba []fidelity.Check
		want   bool
	}{
		{"one of each inside, two of each in all", []fidelity.Check{own(120, q1), own(900, q2)}, []fidelity.Check{own(520, q3), own(40, q4)}, true},
		{"two of each inside", []fidelity.Check{own(120, q1), own(200, q2)}, []fidelity.Check{own(520, q3), own(600, q4)}, true},
		{"the tail of one inside", []fidelity.Check{own(80, q1), own(900, q2)}, []fidelity.Check{own(520, q3), own(40, q4)}, true},
		{"none inside one side (a passage set into a host)", []fidelity.Check{own(120, q1), own(900, q2)}, []fidelity.Check{own(20, q3), own(40, q4)}, false},
		{"one quotation attested outside the passages", []fidelity.Check{own(120, q1), own(900, q2), at(950, q3, fidelity.Exact)}, []fidelity.Check{own(520, q3), own(40, q4)}, false},
		{"one side quotes once in all", []fidelity.Check{own(120, q1)}, []fidelity.Check{own(520, q3), own(40, q4)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := reportedApart(tt.ab, tt.ba, pa, pb); got != tt.want {
				t.Errorf("reportedApart = %v; want %v", got, tt.want)
			}
		})
	}
}

// TestCreditedReport: a same-story article that credits the other's
// publisher is a report of its own when its shared passages quote at
// least IndependentQuoteMin speakers the other does not, and nothing
// either quotes is attested in the other; a digest quoting the story, or
// no one, is not.
func TestCreditedReport(t *testing.T) {
	at := func(start int, text string, s fidelity.Status) fidelity.Check {
		return fidelity.Check{Text: text, Status: s, Quote: quote.Quote{Span: reprint.Span{Start: start, End: start + len(text)}}}
	}
	const q1, q2, q3 = "Il reste des points chauds sous les décombres", "J'ai été réveillée par des bruits de verre", "Dix ans de travail sont partis en fumée"
	passages := []reprint.Span{{Start: 0, End: 1000}}
	tests := []struct {
		name     string
		ab, ba   []fidelity.Check
		bCredits bool
		want     bool
	}{
		{"a reporter's own quotations", []fidelity.Check{at(2000, q3, fidelity.Unattested)}, []fidelity.Check{at(100, q1, fidelity.Unattested), at(400, q2, fidelity.Unattested)}, true, true},
		{"A credits B", []fidelity.Check{at(100, q1, fidelity.Unattested), at(400, q2, fidelity.Unattested)}, nil, false, true},
		{"a digest quoting no one", []fidelity.Check{at(2000, q3, fidelity.Unattested)}, nil, true, false},
		{"its own quotations outside the passages", nil, []fidelity.Check{at(1100, q1, fidelity.Unattested), at(1400, q2, fidelity.Unattested)}, true, false},
		{"one quotation of its own", nil, []fidelity.Check{at(100, q1, fidelity.Unattested), at(400, "no comment", fidelity.Unattested)}, true, false},
		{"a quotation of the other kept", nil, []fidelity.Check{at(100, q1, fidelity.Unattested), at(400, q2, fidelity.Unattested), at(700, q3, fidelity.Exact)}, true, false},
		{"the other's quotation found in it", []fidelity.Check{at(2000, q3, fidelity.Altered)}, []fidelity.Check{at(100, q1, fidelity.Unattested), at(400, q2, fidelity.Unattested)}, true, false},
		{"a scare quote beside them", []fidelity.Check{at(2000, "Meunière", fidelity.Term)}, []fidelity.Check{at(100, q1, fidelity.Unattested), at(400, q2, fidelity.Unattested)}, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := creditedReport(tt.ab, tt.ba, passages, passages, tt.bCredits); got != tt.want {
				t.Errorf("creditedReport = %v; want %v", got, tt.want)
			}
		})
	}
}

// TestQuotedStatement: word-for-word reuse that is only a quotation both
// sides give faithfully, beside reports with quotations of their own, is
// the same story told twice; prose around the quotation, a changed
// quotation, a verbatim passage of prose, too much rewritten text, or too
// few quotations of a side's own, is reuse.
func TestQuotedStatement(t *testing.T) {
	// Two 1,000-byte texts; the statement's quotation at [300, 560) in A
	// and [100, 360) in B, its attribution the 40 bytes before.
	// The texts are one word over and over, so that prose around the
	// quotation is shared prose.
	a, b := strings.Repeat("word ", 200), strings.Repeat("word ", 200)
	quoteA := reprint.Span{Start: 300, End: 560}
	quoteB := reprint.Span{Start: 100, End: 360}
	statement := reprint.Passage{Kind: reprint.Verbatim, A: reprint.Span{Start: 260, End: 560}, B: reprint.Span{Start: 60, End: 360}}
	lede := reprint.Passage{Kind: reprint.Rewrite, A: reprint.Span{Start: 0, End: 200}, B: reprint.Span{Start: 600, End: 830}}
	check := func(sp reprint.Span, s fidelity.Status, changed bool) fidelity.Check {
		return fidelity.Check{Quote: quote.Quote{Span: sp}, Status: s, SpeakerChanged: changed}
	}
	exactA, exactB := []fidelity.Check{check(quoteA, fidelity.Exact, false)}, []fidelity.Check{check(quoteB, fidelity.Exact, false)}
	tests := []struct {
		name       string
		passages   []reprint.Passage
		ab, ba     []fidelity.Check
		ownA, ownB int
		want       bool
	}{
		{"a statement both quote, and a lede retold", []reprint.Passage{lede, statement}, exactA, exactB, 2, 3, true},
		{"the statement alone", []reprint.Passage{statement}, exactA, exactB, 2, 2, true},
		{"one side without reporting of its own", []reprint.Passage{lede, statement}, exactA, exactB, 2, 1, false},
		{"the quotation altered", []reprint.Passage{statement}, []fidelity.Check{check(quoteA, fidelity.Altered, false)}, exactB, 2, 2, false},
		{"the quotation given to another speaker", []reprint.Passage{statement}, exactA, []fidelity.Check{check(quoteB, fidelity.Exact, true)}, 2, 2, false},
		{"prose around the quotation", []reprint.Passage{{Kind: reprint.Verbatim, A: reprint.Span{Start: 100, End: 560}, B: reprint.Span{Start: 0, End: 360}}},
			exactA, exactB, 2, 2, false},
		{"a verbatim paragraph of prose beside it", []reprint.Passage{statement, {Kind: reprint.Verbatim, A: reprint.Span{Start: 700, End: 900}, B: reprint.Span{Start: 700, End: 900}}},
			exactA, exactB, 2, 2, false},
		{"most of a text rewritten", []reprint.Passage{statement, {Kind: reprint.Rewrite, A: reprint.Span{Start: 0, End: 250}, B: reprint.Span{Start: 380, End: 900}}},
			exactA, exactB, 2, 2, false},
		{"no verbatim passage", []reprint.Passage{lede}, exactA, exactB, 2, 2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quotedStatement(tt.passages, a, b, tt.ab, tt.ba, tt.ownA, tt.ownB); got != tt.want {
				t.Errorf("quotedStatement = %v; want %v", got, tt.want)
			}
		})
	}
}

// TestQuotedStatementSpeakerNamed: a passage the aligner carried from
// the statement onto the speaker's role and name, which one report
// writes before the quotation and the other after it, is still the
// statement's; the same passage whose prose is one text is reuse.
func TestQuotedStatementSpeakerNamed(t *testing.T) {
	const q = "“Nobody on this board is going to sign a seven-year contract until we have heard from the people who drive those buses,”"
	a := "Board chair Raymond Oduya moved to postpone the decision. The motion passed 6-1. " + q + " Oduya said from the dais."
	b := q + " board chair Raymond Oduya said before the vote."
	copied := "Board chair Raymond Oduya moved to postpone the decision. " + q
	span := func(text, sub string) reprint.Span {
		i := strings.Index(text, sub)
		return reprint.Span{Start: i, End: i + len(sub)}
	}
	check := func(text string) []fidelity.Check {
		return []fidelity.Check{{Quote: quote.Quote{Span: span(text, q)}, Status: fidelity.Exact}}
	}
	for _, tt := range []struct {
		name string
		a, b string
		want bool
	}{
		{"the name written before and after", a, b, true},
		{"the prose before it copied", a, copied, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ps := []reprint.Passage{{Kind: reprint.Verbatim, A: span(tt.a, tt.a[strings.Index(tt.a, "Raymond"):strings.Index(tt.a, " from the dais")]), B: reprint.Span{Start: 0, End: len(tt.b)}}}
			if got := quotedStatement(ps, tt.a, tt.b, check(tt.a), check(tt.b), 2, 2); got != tt.want {
				t.Errorf("quotedStatement = %v; want %v", got, tt.want)
			}
		})
	}
}

// TestQuotesSourceArticle: a quotation of the source's own prose is a
// quotation of the article when its sentences credit the source or refer
// to it as a paper or report; not when they give it to a speaker.
func TestQuotesSourceArticle(t *testing.T) {
	const q = `"Sensors in 41 per cent of the new bays have reported cars that were not there."`
	tests := []struct {
		name, before, after string
		cred                credit.Result
		want                bool
	}{
		{"the credit before it", "The bill is arriving. As the Ashworth Courier reported on Monday, ", " Read that again.",
			credit.Result{Status: credit.Credited, Publisher: "Ashworth Courier", Evidence: reprint.Span{Start: 29, End: 54}}, true},
		{"the publisher's name, uncredited", "The bill is arriving. The Ashworth Courier found that ", " Read that again.",
			credit.Result{Status: credit.NotCredited, Publisher: "Ashworth Courier"}, true},
		{"the paper noted", "The bill is arriving. ", " the paper noted. Read that again.", credit.Result{}, true},
		{"according to the report", "The bill is arriving. According to the report, ", " Read that again.", credit.Result{}, true},
		{"a speaker", "The bill is arriving. ", " the councillor said. Read that again.", credit.Result{Publisher: "Ashworth Courier"}, false},
		{"a short publisher's name inside a word", "The bill is arriving, and it is a matter that the council ", " Read that again.",
			credit.Result{Status: credit.NotCredited, Publisher: "TT"}, false},
		{"the credit in another sentence", "As the Ashworth Courier reported on Monday, the bill is arriving. ", " Read that again.",
			credit.Result{Status: credit.Credited, Publisher: "Courier Group", Evidence: reprint.Span{Start: 7, End: 32}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.before + q + tt.after
			span := reprint.Span{Start: len(tt.before), End: len(tt.before) + len(q)}
			if got := quotesSourceArticle(text, sentence.Split(text, nil), span, tt.cred); got != tt.want {
				t.Errorf("quotesSourceArticle = %v; want %v", got, tt.want)
			}
		})
	}
}

// TestQuotedRuns: a partial copy by its long runs alone is a rewrite
// when the derived side's kept quotations hold enough of those runs; a
// copy, reuse lying in verbatim passages, or runs outside quotations stay
// partial copies.
func TestQuotedRuns(t *testing.T) {
	th := judge.DefaultThresholds()
	long := strings.Repeat("ord ", 50) // a 50-word quotation kept word for word
	kept := []fidelity.Check{{Status: fidelity.Exact, Text: long}}
	side := func(run8, run32, verbatim, rewrite float64) judge.Evidence {
		s := judge.Side{Run8: run8, Run32: run32, Verbatim: verbatim, Rewrite: rewrite, Run3: 0.9}
		return judge.Evidence{A: s, B: judge.Side{Run3: 0.5}}
	}
	tests := []struct {
		name   string
		e      judge.Evidence
		checks []fidelity.Check
		want   bool
	}{
		{"runs inside quotations", side(0.4, 0.3, 0, 0.8), kept, true},
		{"no quotation kept", side(0.4, 0.3, 0, 0.8), nil, false},
		{"a quotation altered", side(0.4, 0.3, 0, 0.8), []fidelity.Check{{Status: fidelity.Altered, Text: long}}, false},
		{"two quotations merged into one", side(0.4, 0.3, 0, 0.8), []fidelity.Check{{Status: fidelity.Merged, Text: long, Similarity: 1}}, true},
		{"a merged quotation of few words the other's", side(0.4, 0.3, 0, 0.8), []fidelity.Check{{Status: fidelity.Merged, Text: long, Similarity: 0.2}}, false},
		{"runs beyond the quotations", side(0.6, 0.5, 0, 0.8), kept, false},
		{"a copy", side(0.9, 0.3, 0, 0.8), kept, false},
		{"reuse in verbatim passages", side(0.5, 0.3, 0.6, 0.2), kept, false},
	}
	for _, tt := range tests {
		if got := quotedRuns(tt.e, th, tt.checks, nil, 200, 200); got != tt.want {
			t.Errorf("%s: quotedRuns = %v; want %v", tt.name, got, tt.want)
		}
	}
}

// TestApart: two rewrites of one article, and an independent report
// beside a rewrite of a third version, are the same story; a grandchild
// and its grandparent, a rewrite of the article another copies, a pair a
// credit ties, two lines under unseen sources, a document that took a
// passage of the other's that its parent never held, and a partial copy of
// the agency that shares with a rewrite of it more than the agency's text
// stay rewrites; a partial copy that shares with the rewrite only the
// agency's text is the same story; so is a content farm's padded
// rewrite whose passages with its parent cover less than half of it, but
// not an unpadded text as little covered.
func TestApart(t *testing.T) {
	// 0 the agency; 1 and 2 rewrite it; 3 copies 0; 4 rewrites 1; 5 is an
	// independent report (a root); 6 and 7 hang from unseen sources; 8
	// rewrites 0 and took another passage from 9, a rewrite of 0; 10 is
	// another original that 9 also drew on, unrelated to 0; 12 and 13 copy
	// part of 0, and 13 shares with 2 a passage of its own as well; 14, a
	// padded farm rewrite, and 15 rewrite 0 with passages covering 0.45
	// of them.
	stories := []provenance.Story{{
		Articles: []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
		Lineage: []provenance.Edge{
			{Child: 1, Parent: 0}, {Child: 2, Parent: 0}, {Child: 3, Parent: 0}, {Child: 4, Parent: 1},
			{Child: 6, Parent: provenance.Unseen}, {Child: 7, Parent: provenance.Unseen},
			{Child: 8, Parent: 0}, {Child: 9, Parent: 0}, {Child: 11, Parent: 0},
			{Child: 12, Parent: 0}, {Child: 13, Parent: 0}, {Child: 14, Parent: 0}, {Child: 15, Parent: 0},
		},
	}}
	head := reprint.Passage{A: reprint.Span{Start: 0, End: 100}, B: reprint.Span{Start: 0, End: 100}}
	tail := reprint.Passage{A: reprint.Span{Start: 500, End: 600}, B: reprint.Span{Start: 500, End: 600}}
	type pr struct {
		a, b   int
		rel    judge.Relation
		credit bool
		ps     []reprint.Passage
		want   judge.Relation
	}
	prs := []pr{
		{0, 1, judge.Rewrite, false, nil, judge.Rewrite},
		{0, 2, judge.Rewrite, false, nil, judge.Rewrite},
		{0, 3, judge.Copy, false, nil, judge.Copy},
		{1, 4, judge.Rewrite, false, nil, judge.Rewrite},
		{0, 8, judge.Rewrite, false, nil, judge.Rewrite},
		{0, 9, judge.Rewrite, false, nil, judge.Rewrite},
		{0, 5, judge.SameStory, false, nil, judge.SameStory}, // 5 reports independently of 0
		{9, 10, judge.Rewrite, false, nil, judge.Rewrite},    // 10, a source, reports nothing of 0's
		{0, 11, judge.Rewrite, false, nil, judge.Rewrite},
		{11, 1, judge.Rewrite, false, nil, judge.Rewrite},                    // 11 holds a passage of 0 in a host: no version of it
		{1, 2, judge.Rewrite, false, nil, judge.SameStory},                   // siblings
		{2, 5, judge.Rewrite, false, nil, judge.SameStory},                   // an independent report beside a rewrite
		{0, 4, judge.Rewrite, false, nil, judge.Rewrite},                     // grandparent
		{2, 3, judge.Rewrite, false, nil, judge.Rewrite},                     // 3 carries 0's words, which 2 reworded
		{2, 4, judge.Rewrite, true, nil, judge.Rewrite},                      // a credit ties them
		{6, 7, judge.Rewrite, false, nil, judge.Rewrite},                     // under unseen sources
		{8, 9, judge.Rewrite, false, []reprint.Passage{tail}, judge.Rewrite}, // not through 0
		{0, 12, judge.PartialCopy, false, nil, judge.PartialCopy},
		{0, 13, judge.PartialCopy, false, nil, judge.PartialCopy},
		{12, 2, judge.Rewrite, false, nil, judge.SameStory},                         // shares only 0's text
		{13, 2, judge.Rewrite, false, []reprint.Passage{head, tail}, judge.Rewrite}, // and its own
		{0, 14, judge.Rewrite, false, nil, judge.Rewrite},
		{0, 15, judge.Rewrite, false, nil, judge.Rewrite},
		{14, 2, judge.Rewrite, false, nil, judge.SameStory}, // padded: its padding is no version's text
		{15, 2, judge.Rewrite, false, nil, judge.Rewrite},   // a passage set in a host
	}
	pairs := make([]detect.Pair, len(prs))
	rels := make([]judge.Relation, len(prs))
	dirs := make([]provenance.Source, len(prs))
	links := make([]provenance.Link, len(prs))
	for k, p := range prs {
		ps := p.ps
		if ps == nil {
			ps = []reprint.Passage{head}
		}
		pairs[k] = detect.Pair{A: p.a, B: p.b, Passages: ps, Coverage: detect.Coverage{A: 0.9, B: 0.9}}
		rels[k], dirs[k] = p.rel, provenance.SourceA
		d := provenance.Direction{Source: provenance.SourceA}
		if p.credit {
			d.Evidence = []provenance.Evidence{{Signal: provenance.SignalCredit, Points: provenance.SourceA}}
		}
		links[k] = provenance.NewLink(p.a, p.b, p.rel, judge.Evidence{}, d)
	}
	for k, p := range prs {
		switch {
		case p.a == 0 && p.b == 11:
			pairs[k].Coverage.B = 0.1
		case p.a == 0 && (p.b == 14 || p.b == 15):
			pairs[k].Coverage.B = 0.45
		}
	}
	padded := make([]int, 16)
	padded[14] = padding.MinKinds
	turned := apart(stories, pairs, rels, dirs, links, make([][]uint64, 16), nil, padded, nil)
	for k, p := range prs {
		if rels[k] != p.want || turned[k] != (p.want != p.rel) {
			t.Errorf("%d–%d: %v (turned %v); want %v", p.a, p.b, rels[k], turned[k], p.want)
		}
		if turned[k] && dirs[k] != provenance.SourceUnknown {
			t.Errorf("%d–%d: direction %v after turning; want unknown", p.a, p.b, dirs[k])
		}
	}
}

// TestApartSiteName: two rewrites of one article that share facts their
// parent's text lacks took from each other and stay a rewrite — unless
// those facts are the parent's publisher's name, which both credit
// ("…, Aotearoa Public Media reported"): they then tell the same story
// apart.
func TestApartSiteName(t *testing.T) {
	stories := []provenance.Story{{
		Articles: []int{0, 1, 2},
		Lineage:  []provenance.Edge{{Child: 1, Parent: 0}, {Child: 2, Parent: 0}},
	}}
	name := []uint64{11, 12, 13} // the publisher's name words, sorted
	for _, tt := range []struct {
		what      string
		siteFacts [][]uint64
		want      judge.Relation
	}{
		{"facts the parent lacks", nil, judge.Rewrite},
		{"the parent's publisher's name", [][]uint64{name, nil, nil}, judge.SameStory},
	} {
		head := reprint.Passage{A: reprint.Span{Start: 0, End: 100}, B: reprint.Span{Start: 0, End: 100}}
		var pairs []detect.Pair
		var rels []judge.Relation
		var dirs []provenance.Source
		var links []provenance.Link
		for _, ab := range [][2]int{{0, 1}, {0, 2}, {1, 2}} {
			pairs = append(pairs, detect.Pair{A: ab[0], B: ab[1], Passages: []reprint.Passage{head}, Coverage: detect.Coverage{A: 0.9, B: 0.9}})
			rels = append(rels, judge.Rewrite)
			dirs = append(dirs, provenance.SourceA)
			links = append(links, provenance.NewLink(ab[0], ab[1], judge.Rewrite, judge.Evidence{}, provenance.Direction{Source: provenance.SourceA}))
		}
		facts := [][]uint64{{1, 2}, {1, 2, 11, 12, 13}, {1, 2, 11, 12, 13}}
		apart(stories, pairs, rels, dirs, links, facts, tt.siteFacts, nil, nil)
		if rels[2] != tt.want {
			t.Errorf("%s: siblings read %v; want %v", tt.what, rels[2], tt.want)
		}
	}
}

// TestPairOnly: an article's terms that exactly one other article holds.
func TestPairOnly(t *testing.T) {
	got := pairOnly([][]uint64{{1, 2, 3, 4}, {1, 2, 5}, {1, 3, 5, 6}})
	want := [][]uint64{{2, 3}, {2, 5}, {3, 5}}
	for i := range want {
		if !slices.Equal(got[i], want[i]) {
			t.Errorf("pairOnly[%d] = %v; want %v", i, got[i], want[i])
		}
	}
	if pairOnly(nil) != nil {
		t.Error("pairOnly(nil) != nil")
	}
}

// TestTranscriptSource: the side a pair's derived side was taken from is
// a transcript or not.
func TestTranscriptSource(t *testing.T) {
	aDerived := judge.Evidence{A: judge.Side{Verbatim: 0.9, Run3: 0.9}, B: judge.Side{Verbatim: 0.2, Run3: 0.2}}
	bDerived := judge.Evidence{A: judge.Side{Verbatim: 0.2, Run3: 0.2}, B: judge.Side{Verbatim: 0.9, Run3: 0.9}}
	tests := []struct {
		name           string
		e              judge.Evidence
		aTurns, bTurns bool
		want           bool
	}{
		{"B derived from a transcript", bDerived, true, false, true},
		{"B derived, the transcript is B", bDerived, false, true, false},
		{"A derived from a transcript", aDerived, false, true, true},
		{"no transcript", aDerived, false, false, false},
	}
	for _, tt := range tests {
		if got := transcriptSource(tt.e, tt.aTurns, tt.bTurns); got != tt.want {
			t.Errorf("%s: transcriptSource = %v; want %v", tt.name, got, tt.want)
		}
	}
}
