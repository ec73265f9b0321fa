package provenance_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/clean"
	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/eval/clough"
	"github.com/reprint/reprint/judge"
	"github.com/reprint/reprint/provenance"
	"github.com/reprint/reprint/quote"
	"github.com/reprint/reprint/rewrite"
	"github.com/reprint/reprint/sentence"
)

// doc is what the tests compute per text to build Signals: the caller's
// side of the contract.
type doc struct {
	words  int
	terms  []uint64    // rewrite terms, sorted
	grams  [][3]uint64 // word 3-grams of the whole text, sorted
	quotes [][]uint64  // top-level quotations as word hashes
}

func analyse(an *rewrite.Analyzer, text string) doc {
	toks := analysis.Tokenize(text)
	d := doc{
		words: len(toks),
		terms: an.Terms(text, sentence.Split(text, nil), nil),
		grams: trigrams(toks),
	}
	for _, q := range quote.Extract(text, nil) {
		if q.Depth > 0 {
			continue
		}
		var ws []uint64
		for _, t := range analysis.Tokenize(text[q.Span.Start:q.Span.End]) {
			ws = append(ws, t.Hash)
		}
		if len(ws) > 0 {
			d.quotes = append(d.quotes, ws)
		}
	}
	return d
}

func trigrams(toks []analysis.Token) [][3]uint64 {
	var g [][3]uint64
	for i := 0; i+3 <= len(toks); i++ {
		g = append(g, [3]uint64{toks[i].Hash, toks[i+1].Hash, toks[i+2].Hash})
	}
	slices.SortFunc(g, cmp3)
	return slices.Compact(g)
}

func cmp3(x, y [3]uint64) int {
	for i := range x {
		if x[i] != y[i] {
			if x[i] < y[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// quoteCounts stands in for package fidelity, run with a derived and s
// source: how many of d's quotations are cut from a longer quotation of s
// (fragment, one word or more), and how many of three words or more share no three-word run
// with s at all (unattested).
func quoteCounts(d, s doc) (cut, unattested int) {
	for _, q := range d.quotes {
		for _, sq := range s.quotes {
			if len(sq) > len(q) && contains(sq, q) {
				cut++
				break
			}
		}
		if len(q) < 3 {
			continue
		}
		found := false
		for i := 0; i+3 <= len(q) && !found; i++ {
			_, found = slices.BinarySearchFunc(s.grams, [3]uint64{q[i], q[i+1], q[i+2]}, cmp3)
		}
		if !found {
			unattested++
		}
	}
	return cut, unattested
}

func contains(hay, needle []uint64) bool {
	for i := 0; i+len(needle) <= len(hay); i++ {
		if slices.Equal(hay[i:i+len(needle)], needle) {
			return true
		}
	}
	return false
}

// signalsOf builds the Signals of a detect pair from the two documents, as
// a caller without dates or credit would.
func signalsOf(p detect.Pair, a, b doc) provenance.Signals {
	s := provenance.Signals{Evidence: p.Evidence, WordsA: a.words, WordsB: b.words}
	s.AOnlyTerms, s.BOnlyTerms = provenance.OnlyShares(a.terms, b.terms)
	s.AQuotesCutFromB, s.AQuotesUnattested = quoteCounts(a, b)
	s.BQuotesCutFromA, s.BQuotesUnattested = quoteCounts(b, a)
	return s
}

func mustDetect(tb testing.TB, texts []string) *detect.Result {
	tb.Helper()
	d, err := detect.New(detect.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	res, err := d.Run(tb.Context(), texts, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return res
}

// cloughDir is the Clough–Stevenson corpus, read in place.
const cloughDir = "../../shared/corpora/clough-stevenson"

// Clough–Stevenson figures of Direct, measured with the thresholds of
// direction.go and witness.go (see the package documentation): 55 of the 57
// derived answers are related to their source by detect, and Direct names
// the source of 54. The 55th, g4pE_taska, is related here by a passage
// that covers no word on either side (coverage 0.000), so no signal can
// read it (VersionMinCoverage). The two others were pasted from parts of the
// Wikipedia article outside the source excerpt (g2pE_taskc, g4pD_taskb):
// no text measure relates them. Without witnesses (compare's view of a
// pair alone) containment and details name 49: two answers hold the whole
// excerpt plus text from the full article (g0pB_taskc, g3pA_taskc) and
// read as its source, and two rewrites are symmetric.
const (
	cloughRelated = 55
	cloughRight   = 54
)

// witness tallies pair k of pairs against the other texts related to
// either side (reuse relations, not same-story), as reprint scan does.
func witness(pairs []detect.Pair, k int, grams []*provenance.Grams) provenance.Witness {
	p := pairs[k]
	seen := map[int]bool{}
	var versions []*provenance.Grams
	for _, q := range pairs {
		if q.Relation <= judge.Unrelated || q.Relation == judge.SameStory {
			continue
		}
		for _, ends := range [][2]int{{q.A, q.B}, {q.B, q.A}} {
			if (ends[0] == p.A || ends[0] == p.B) && ends[1] != p.A && ends[1] != p.B && !seen[ends[1]] {
				seen[ends[1]] = true
				versions = append(versions, grams[ends[1]])
			}
		}
	}
	var sa, sb []reprint.Span
	for _, ps := range p.Passages {
		sa, sb = append(sa, ps.A), append(sb, ps.B)
	}
	return provenance.Tally(grams[p.A], grams[p.B], sa, sb, versions)
}

// TestClough checks that Direct names the source of each derived answer of
// Clough–Stevenson (cut, light, heavy) against its task's source, from
// containment, details and quotes: the corpus has no dates or credits. A
// common source counts as a miss.
func TestClough(t *testing.T) {
	if testing.Short() {
		t.Skip("aligns the Clough–Stevenson corpus")
	}
	c, err := clough.Open(t.Context(), cloughDir)
	if err != nil {
		if _, serr := os.Stat(cloughDir); serr != nil {
			t.Skipf("Clough–Stevenson corpus not found at %s", cloughDir)
		}
		t.Fatal(err)
	}
	an := rewrite.NewAnalyzer()
	var derived, related, right int
	var misses []string
	votes := make(map[string]*[3]int) // per signal: right, wrong, abstained
	for _, task := range clough.Tasks() {
		// The source and the task's answers in one run: 20 texts are
		// aligned pair by pair, with an IDF over the task.
		texts := []string{c.Sources[task]}
		var answers []clough.Answer
		for _, a := range c.Answers {
			if a.Task == task {
				texts = append(texts, a.Text)
				answers = append(answers, a)
			}
		}
		res := mustDetect(t, texts)
		docs := make([]doc, len(texts))
		grams := make([]*provenance.Grams, len(texts))
		for i, s := range texts {
			docs[i] = analyse(an, s)
			grams[i] = provenance.NewGrams(s)
		}
		for i, a := range answers {
			if !a.Category.Reused() {
				continue
			}
			derived++
			k := slices.IndexFunc(res.Pairs, func(p detect.Pair) bool { return p.A == 0 && p.B == i+1 })
			if k < 0 {
				misses = append(misses, a.File+": unrelated")
				continue
			}
			related++
			sig := signalsOf(res.Pairs[k], docs[0], docs[i+1])
			sig.Witness = witness(res.Pairs, k, grams)
			d := provenance.Direct(sig)
			for _, e := range d.Evidence {
				if votes[e.Signal] == nil {
					votes[e.Signal] = new([3]int)
				}
				switch e.Points {
				case provenance.SourceA:
					votes[e.Signal][0]++
				case provenance.SourceB:
					votes[e.Signal][1]++
				default:
					votes[e.Signal][2]++
				}
			}
			if d.Source == provenance.SourceA {
				right++
				continue
			}
			if d.Source == provenance.SourceCommon {
				t.Errorf("%s (%s): common source; the common-source test must not fire on an answer derived from its source: %s", a.File, a.Category, d.Reason)
			}
			misses = append(misses, fmt.Sprintf("%s (%s, coverage %.3f/%.3f): %s", a.File, a.Category,
				res.Pairs[k].Evidence.A.Verbatim+res.Pairs[k].Evidence.A.Rewrite, res.Pairs[k].Evidence.B.Verbatim+res.Pairs[k].Evidence.B.Rewrite, d.Reason))
		}
	}
	t.Logf("direction right for %d of %d derived answers (%.3f); %d of %d related by detect (%.3f)",
		right, derived, float64(right)/float64(derived), right, related, float64(right)/float64(related))
	t.Logf("misses:\n  %s", strings.Join(misses, "\n  "))
	for _, sig := range []string{provenance.SignalContainment, provenance.SignalQuotes, provenance.SignalDetails, provenance.SignalWitnesses} {
		if v := votes[sig]; v != nil {
			t.Logf("%-11s right %2d, wrong %2d, abstained %2d", sig, v[0], v[1], v[2])
		}
	}
	if right < cloughRight {
		t.Errorf("Clough: %d of %d related answers right; want at least %d (%d of %d when measured)", right, related, cloughRight, cloughRight, cloughRelated)
	}
}

// seedDir holds the five seed articles: 000 and 001 are two scraped
// revisions of one BBC article, 002 and 003 rewrite 001, 004 rewrites 000.
const seedDir = "../../shared/seeds"

func readSeeds(tb testing.TB) []string {
	tb.Helper()
	cl, err := clean.New(clean.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	var texts []string
	for _, p := range []string{"000", "001", "002", "003", "004"} {
		m, err := filepath.Glob(filepath.Join(seedDir, p+"_*.txt"))
		if err != nil || len(m) != 1 {
			tb.Skipf("seed %s not found", p)
		}
		b, err := os.ReadFile(m[0])
		if err != nil {
			tb.Fatal(err)
		}
		a := &reprint.Article{Body: string(b)}
		cl.Clean(a)
		texts = append(texts, a.Text)
	}
	return texts
}

// TestSeeds runs the pipeline a caller would on the cleaned seeds (detect,
// term shares, quotation counts; no dates, and no credit: package credit
// is not wired here) and checks the lineage: one story of five, 000 and
// 001 children of an unseen common source, 002 and 003 children of 001,
// 004 a child of 000.
func TestSeeds(t *testing.T) {
	texts := readSeeds(t)
	res := mustDetect(t, texts)
	an := rewrite.NewAnalyzer()
	docs := make([]doc, len(texts))
	for i, s := range texts {
		docs[i] = analyse(an, s)
	}
	want := map[[2]int]provenance.Source{
		{0, 1}: provenance.SourceCommon,
		{1, 2}: provenance.SourceA,
		{1, 3}: provenance.SourceA,
		{0, 4}: provenance.SourceA,
	}
	var links []provenance.Link
	for _, p := range res.Pairs {
		d := provenance.Direct(signalsOf(p, docs[p.A], docs[p.B]))
		if w, ok := want[[2]int{p.A, p.B}]; ok && d.Source != w {
			t.Errorf("Direct(seeds %03d, %03d) = %s; want %s: %s", p.A, p.B, d.Source, w, d.Reason)
		}
		links = append(links, provenance.NewLink(p.A, p.B, p.Relation, p.Evidence, d))
	}
	got := provenance.Stories(len(texts), links)
	checkSeedStories(t, got)
}

func checkSeedStories(t *testing.T, got []provenance.Story) {
	t.Helper()
	if len(got) != 1 || !slices.Equal(got[0].Articles, []int{0, 1, 2, 3, 4}) {
		t.Fatalf("Stories(seeds) = %+v; want one story of all five", got)
	}
	parents := make(map[int]int)
	for _, e := range got[0].Lineage {
		parents[e.Child] = e.Parent
	}
	wantParents := map[int]int{0: provenance.Unseen, 1: provenance.Unseen, 2: 1, 3: 1, 4: 0}
	for c, p := range wantParents {
		if g, ok := parents[c]; !ok || g != p {
			t.Errorf("Stories(seeds): parent of %03d = %d (found %v); want %d", c, g, ok, p)
		}
	}
	if len(parents) != len(wantParents) {
		t.Errorf("Stories(seeds) lineage = %+v; want exactly %v", got[0].Lineage, wantParents)
	}
}

// TestSeedsHandBuilt checks the seed lineage from links that mirror what
// detect and Direct give on the seeds (TestSeeds), relations and
// strengths as measured, so that Stories is held to the acceptance even
// when the corpus folder is absent.
func TestSeedsHandBuilt(t *testing.T) {
	common := provenance.Direction{Source: provenance.SourceCommon}
	a := provenance.Direction{Source: provenance.SourceA}
	b := provenance.Direction{Source: provenance.SourceB}
	unknown := provenance.Direction{}
	links := []provenance.Link{
		{A: 0, B: 1, Relation: judge.PartialCopy, Direction: common, Strength: 0.21},
		{A: 0, B: 2, Relation: judge.Rewrite, Direction: a, Strength: 0.42},
		{A: 0, B: 3, Relation: judge.Rewrite, Direction: a, Strength: 0.60},
		{A: 0, B: 4, Relation: judge.Rewrite, Direction: a, Strength: 0.80},
		{A: 1, B: 2, Relation: judge.Rewrite, Direction: a, Strength: 0.81},
		{A: 1, B: 3, Relation: judge.Rewrite, Direction: a, Strength: 0.85},
		{A: 1, B: 4, Relation: judge.Rewrite, Direction: a, Strength: 0.52},
		{A: 2, B: 3, Relation: judge.Rewrite, Direction: b, Strength: 0.52},
		{A: 2, B: 4, Relation: judge.Rewrite, Direction: unknown, Strength: 0.56},
		{A: 3, B: 4, Relation: judge.Rewrite, Direction: unknown, Strength: 0.69},
	}
	checkSeedStories(t, provenance.Stories(5, links))
}
