package provenance_test

import (
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/reprint/reprint/judge"
	"github.com/reprint/reprint/provenance"
)

// link is a Link whose source is the given side.
func link(a, b int, rel judge.Relation, src provenance.Source, strength float64) provenance.Link {
	return provenance.Link{A: a, B: b, Relation: rel, Direction: provenance.Direction{Source: src}, Strength: strength}
}

const (
	srcA    = provenance.SourceA
	srcB    = provenance.SourceB
	common  = provenance.SourceCommon
	unknown = provenance.SourceUnknown
	unseen  = provenance.Unseen
)

func edge(child, parent int, rel judge.Relation) provenance.Edge {
	return provenance.Edge{Child: child, Parent: parent, Relation: rel}
}

func TestStories(t *testing.T) {
	tests := []struct {
		name  string
		n     int
		links []provenance.Link
		want  []provenance.Story
	}{
		{"empty", 0, nil, []provenance.Story{}},
		{"single article", 1, nil, []provenance.Story{{Articles: []int{0}}}},
		// Two identical undated articles: a copy with no direction. Both
		// are roots of one story; no edge is drawn, as neither can be
		// said to come first.
		{"identical undated", 2, []provenance.Link{link(0, 1, judge.Copy, unknown, 1)},
			[]provenance.Story{{Articles: []int{0, 1}}}},
		{"copy with direction", 2, []provenance.Link{link(0, 1, judge.Copy, srcB, 1)},
			[]provenance.Story{{Articles: []int{0, 1}, Lineage: []provenance.Edge{edge(0, 1, judge.Copy)}}}},
		{"unrelated links ignored", 3, []provenance.Link{link(0, 2, judge.Unrelated, srcA, 1)},
			[]provenance.Story{{Articles: []int{0}}, {Articles: []int{1}}, {Articles: []int{2}}}},
		{"same-story joins without edge", 3, []provenance.Link{link(0, 2, judge.SameStory, unknown, 0)},
			[]provenance.Story{{Articles: []int{0, 2}}, {Articles: []int{1}}}},
		{"largest first, ties by smallest article", 7, []provenance.Link{
			link(5, 6, judge.Rewrite, srcA, 0.9),
			link(1, 3, judge.Rewrite, srcA, 0.9),
			link(2, 4, judge.Rewrite, srcA, 0.9), link(4, 0, judge.Rewrite, srcA, 0.9),
		}, []provenance.Story{
			{Articles: []int{0, 2, 4}, Lineage: []provenance.Edge{edge(0, 4, judge.Rewrite), edge(4, 2, judge.Rewrite)}},
			{Articles: []int{1, 3}, Lineage: []provenance.Edge{edge(3, 1, judge.Rewrite)}},
			{Articles: []int{5, 6}, Lineage: []provenance.Edge{edge(6, 5, judge.Rewrite)}},
		}},
		{"relation before strength", 3, []provenance.Link{
			link(0, 2, judge.PartialCopy, srcA, 0.3),
			link(1, 2, judge.Rewrite, srcA, 0.9),
		}, []provenance.Story{{Articles: []int{0, 1, 2}, Lineage: []provenance.Edge{edge(2, 0, judge.PartialCopy)}}}},
		{"strength within a relation", 3, []provenance.Link{
			link(0, 2, judge.Rewrite, srcA, 0.3),
			link(1, 2, judge.Rewrite, srcA, 0.9),
		}, []provenance.Story{{Articles: []int{0, 1, 2}, Lineage: []provenance.Edge{edge(2, 1, judge.Rewrite)}}}},
		{"full tie: smallest parent", 3, []provenance.Link{
			link(1, 2, judge.Rewrite, srcA, 0.5),
			link(0, 2, judge.Rewrite, srcA, 0.5),
		}, []provenance.Story{{Articles: []int{0, 1, 2}, Lineage: []provenance.Edge{edge(2, 0, judge.Rewrite)}}}},
		{"common source: one unseen parent each", 3, []provenance.Link{
			link(0, 1, judge.PartialCopy, common, 0.2),
			link(1, 2, judge.Rewrite, srcA, 0.8),
		}, []provenance.Story{{Articles: []int{0, 1, 2}, Lineage: []provenance.Edge{
			edge(0, unseen, judge.PartialCopy), edge(1, unseen, judge.PartialCopy), edge(2, 1, judge.Rewrite)}}}},
		{"real parent beats a weaker common link", 3, []provenance.Link{
			link(0, 1, judge.Rewrite, common, 0.5),
			link(2, 1, judge.Rewrite, srcA, 0.8),
		}, []provenance.Story{{Articles: []int{0, 1, 2}, Lineage: []provenance.Edge{
			edge(0, unseen, judge.Rewrite), edge(1, 2, judge.Rewrite)}}}},
		// 0 → 1 → 2 → 0: the weakest link (2 as parent of 0, 0.5) is
		// dropped and 0 falls back to its next candidate, 3.
		{"cycle: weakest dropped", 4, []provenance.Link{
			link(0, 1, judge.Rewrite, srcA, 0.9),
			link(1, 2, judge.Rewrite, srcA, 0.8),
			link(2, 0, judge.Rewrite, srcA, 0.5),
			link(3, 0, judge.Rewrite, srcA, 0.4),
		}, []provenance.Story{{Articles: []int{0, 1, 2, 3}, Lineage: []provenance.Edge{
			edge(0, 3, judge.Rewrite), edge(1, 0, judge.Rewrite), edge(2, 1, judge.Rewrite)}}}},
		// Two articles that each claim the other as source (two links):
		// the stronger wins, the other is a root.
		{"two-cycle", 2, []provenance.Link{
			link(0, 1, judge.Copy, srcA, 0.7),
			link(0, 1, judge.Copy, srcB, 0.9),
		}, []provenance.Story{{Articles: []int{0, 1}, Lineage: []provenance.Edge{edge(0, 1, judge.Copy)}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := provenance.Stories(tt.n, tt.links)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Stories(%d, %v) mismatch (-want +got):\n%s", tt.n, tt.links, diff)
			}
			rev := slices.Clone(tt.links)
			slices.Reverse(rev)
			if diff := cmp.Diff(got, provenance.Stories(tt.n, rev)); diff != "" {
				t.Errorf("Stories depends on the order of links (-forward +reversed):\n%s", diff)
			}
		})
	}
}

func TestStoriesPanics(t *testing.T) {
	for _, l := range []provenance.Link{link(0, 3, judge.Copy, srcA, 1), link(-1, 0, judge.Copy, srcA, 1), link(1, 1, judge.Copy, srcA, 1)} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Stories(3, %v) did not panic", l)
				}
			}()
			provenance.Stories(3, []provenance.Link{l})
		}()
	}
}

// synthLinks returns links over n articles grouped into stories of random
// size, with random relations, directions and strengths, and a few links
// against the grain that make cycles.
func synthLinks(n int, seed uint64) []provenance.Link {
	r := rand.New(rand.NewPCG(seed, seed^0x9E3779B97F4A7C15))
	perm := r.Perm(n)
	var links []provenance.Link
	for i := 0; i < n; {
		size := 1 + r.IntN(40)
		if r.IntN(4) == 0 {
			size = 1
		}
		group := perm[i:min(n, i+size)]
		i += size
		for k := 1; k < len(group); k++ {
			// A tree of the group, then extra links.
			p := group[r.IntN(k)]
			links = append(links, randomLink(r, p, group[k]))
			if r.IntN(3) == 0 {
				links = append(links, randomLink(r, group[r.IntN(len(group))], group[k]))
			}
		}
	}
	return links
}

func randomLink(r *rand.Rand, a, b int) provenance.Link {
	if a == b {
		b = a ^ 1 // a neighbour; a stray link between stories is fine
	}
	srcs := []provenance.Source{srcA, srcA, srcA, srcB, common, unknown}
	rels := []judge.Relation{judge.SameStory, judge.Rewrite, judge.Rewrite, judge.PartialCopy, judge.Copy}
	return link(a, b, rels[r.IntN(len(rels))], srcs[r.IntN(len(srcs))], float64(r.IntN(100))/100)
}

// TestStoriesSynthetic checks the invariants of Stories on 2,000 articles
// against a slow reference for the components: every article in exactly
// one story, stories largest first, at most one parent per article, every
// parent in its child's story or Unseen, no cycle, and the same result
// whatever the order of the links.
func TestStoriesSynthetic(t *testing.T) {
	const n = 2000
	links := synthLinks(n, 1)
	got := provenance.Stories(n, links)

	// Reference components by depth-first search.
	adj := make([][]int, n)
	for _, l := range links {
		if l.Relation > judge.Unrelated {
			adj[l.A] = append(adj[l.A], l.B)
			adj[l.B] = append(adj[l.B], l.A)
		}
	}
	compOf := make([]int, n)
	for i := range compOf {
		compOf[i] = -1
	}
	for i := range n {
		if compOf[i] >= 0 {
			continue
		}
		stack := []int{i}
		compOf[i] = i
		for len(stack) > 0 {
			x := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for _, y := range adj[x] {
				if compOf[y] < 0 {
					compOf[y] = i
					stack = append(stack, y)
				}
			}
		}
	}

	storyOf := make([]int, n)
	for i := range storyOf {
		storyOf[i] = -1
	}
	parent := make([]int, n)
	for i := range parent {
		parent[i] = -2
	}
	for si, s := range got {
		if si > 0 {
			prev := got[si-1]
			if len(prev.Articles) < len(s.Articles) || len(prev.Articles) == len(s.Articles) && prev.Articles[0] > s.Articles[0] {
				t.Errorf("story %d (%d articles from %d) after story %d (%d from %d): want largest first, then smallest article",
					si, len(s.Articles), s.Articles[0], si-1, len(prev.Articles), prev.Articles[0])
			}
		}
		if !slices.IsSorted(s.Articles) {
			t.Errorf("story %d: articles not sorted", si)
		}
		for _, a := range s.Articles {
			if storyOf[a] >= 0 {
				t.Fatalf("article %d in stories %d and %d", a, storyOf[a], si)
			}
			storyOf[a] = si
			if compOf[a] != compOf[s.Articles[0]] {
				t.Errorf("story %d joins articles %d and %d of different components", si, s.Articles[0], a)
			}
		}
		for k, e := range s.Lineage {
			if k > 0 && s.Lineage[k-1].Child >= e.Child {
				t.Errorf("story %d: lineage not sorted by child or child twice at %d", si, e.Child)
			}
			parent[e.Child] = e.Parent
		}
	}
	for a := range n {
		if storyOf[a] < 0 {
			t.Fatalf("article %d in no story", a)
		}
		if compOf[a] == a && len(got[storyOf[a]].Articles) != countComp(compOf, a) {
			t.Errorf("story of %d has %d articles; its component %d", a, len(got[storyOf[a]].Articles), countComp(compOf, a))
		}
		if p := parent[a]; p >= 0 && storyOf[p] != storyOf[a] {
			t.Errorf("article %d has parent %d from another story", a, p)
		}
		// Follow parents: a cycle never reaches a root or Unseen.
		x, steps := a, 0
		for parent[x] >= 0 {
			x = parent[x]
			if steps++; steps > n {
				t.Fatalf("cycle through article %d", a)
			}
		}
	}

	shuffled := slices.Clone(links)
	rand.New(rand.NewPCG(7, 7)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	if diff := cmp.Diff(got, provenance.Stories(n, shuffled)); diff != "" {
		t.Errorf("Stories on shuffled links differs (-first +shuffled):\n%s", diff)
	}
}

func countComp(compOf []int, c int) int {
	k := 0
	for _, x := range compOf {
		if x == c {
			k++
		}
	}
	return k
}

// BenchmarkStories measures Stories on the synthetic link set.
//
//	go test ./provenance -run '^$' -bench Stories -benchmem
func BenchmarkStories(b *testing.B) {
	for _, n := range []int{2000, 100000} {
		links := synthLinks(n, 1)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				provenance.Stories(n, links)
			}
			b.ReportMetric(float64(len(links)), "links/op")
		})
	}
}

// credited is a link whose source a credit naming its publisher decides.
func credited(a, b int, rel judge.Relation, src provenance.Source, strength float64) provenance.Link {
	return provenance.Link{A: a, B: b, Relation: rel, Strength: strength, Direction: provenance.Direction{
		Source: src, Fact: true, Evidence: []provenance.Evidence{{Signal: provenance.SignalCredit, Points: src}}}}
}

// weighed is a link whose readings weigh score (positive for A).
func weighed(a, b int, rel judge.Relation, score, strength float64) provenance.Link {
	src := provenance.SourceUnknown
	switch {
	case score > 0:
		src = srcA
	case score < 0:
		src = srcB
	}
	return provenance.Link{A: a, B: b, Relation: rel, Strength: strength, Direction: provenance.Direction{
		Source: src, Score: score, Evidence: []provenance.Evidence{{Signal: provenance.SignalDetails, Points: src, Weight: math.Abs(score)}}}}
}

func TestInfer(t *testing.T) {
	tests := []struct {
		name    string
		n       int
		links   []provenance.Link
		lineage []provenance.Edge
		dirs    []provenance.Source
	}{
		// A chain 0 → 1 → 2 → 3 whose ends, read as a pair alone, came
		// out the wrong way (3 named the source of 0): the weak link
		// closing the cycle is dropped, and the pair takes the chain's
		// direction.
		{"chain stays a chain", 4, []provenance.Link{
			credited(0, 1, judge.Rewrite, srcA, 0.9),
			weighed(1, 2, judge.Copy, 1, 0.95),
			weighed(2, 3, judge.Copy, 2, 1),
			weighed(0, 3, judge.Rewrite, -0.5, 0.6),
		}, []provenance.Edge{edge(1, 0, judge.Rewrite), edge(2, 1, judge.Copy), edge(3, 2, judge.Copy)},
			[]provenance.Source{srcA, srcA, srcA, srcA}},
		// 0 is credited by 1 and 2; 3 is a copy of 0 that the texts
		// leave even: the credited article is the source.
		{"credited article is the source", 4, []provenance.Link{
			credited(0, 1, judge.Rewrite, srcA, 0.8),
			credited(2, 0, judge.Rewrite, srcB, 0.7),
			weighed(0, 3, judge.Copy, 0, 1),
		}, []provenance.Edge{edge(1, 0, judge.Rewrite), edge(2, 0, judge.Rewrite), edge(3, 0, judge.Copy)},
			[]provenance.Source{srcA, srcB, srcA}},
		// Two readings against the credited article stand.
		{"credit in the story does not overturn two readings", 3, []provenance.Link{
			credited(0, 1, judge.Rewrite, srcA, 0.8),
			weighed(0, 2, judge.Copy, -2, 1),
		}, []provenance.Edge{edge(0, 2, judge.Copy), edge(1, 0, judge.Rewrite)},
			[]provenance.Source{srcA, srcB}},
		// 1 is credited by its copy 2, but 1's own credit line names an
		// outlet 0 may be, and the texts leave 0-1 even: 1's copies
		// make it their source, not 0's, and the pair stays unknown
		// (without 1's line, the credited 1 would be 0's source).
		{"a credited article's own credit line", 3, []provenance.Link{
			{A: 0, B: 1, Relation: judge.PartialCopy, Strength: 0.7, Direction: provenance.Direction{Source: provenance.SourceUnknown, Evidence: []provenance.Evidence{
				{Signal: provenance.SignalCredit, Points: srcA, Weight: 2}, {Signal: provenance.SignalDetails, Points: srcB, Weight: 1}, {Signal: provenance.SignalWitnesses, Points: srcB, Weight: 1}}}},
			credited(1, 2, judge.Copy, srcA, 0.95),
		}, []provenance.Edge{edge(2, 1, judge.Copy)},
			[]provenance.Source{provenance.SourceUnknown, srcA}},
		{"a credited article without a credit line of its own", 3, []provenance.Link{
			{A: 0, B: 1, Relation: judge.PartialCopy, Strength: 0.7, Direction: provenance.Direction{Source: provenance.SourceUnknown, Evidence: []provenance.Evidence{
				{Signal: provenance.SignalDetails, Points: srcB, Weight: 1}, {Signal: provenance.SignalContainment, Points: srcA, Weight: 1}}}},
			credited(1, 2, judge.Copy, srcA, 0.95),
		}, []provenance.Edge{edge(0, 1, judge.PartialCopy), edge(2, 1, judge.Copy)},
			[]provenance.Source{srcB, srcA}},
		// A wire story 0, its rewrite 1, the copy 2 of the rewrite: 0
		// and 2, read alone, share an unseen source (each keeps what
		// the other lost). The lineage explains it: 0 is that source,
		// a root, not the child of an unseen one.
		{"unseen source explained by the chain", 3, []provenance.Link{
			weighed(0, 1, judge.Rewrite, 1, 0.8),
			weighed(1, 2, judge.Copy, 1, 0.95),
			{A: 0, B: 2, Relation: judge.Rewrite, Strength: 0.7, Direction: provenance.Direction{Source: provenance.SourceCommon}},
		}, []provenance.Edge{edge(1, 0, judge.Rewrite), edge(2, 1, judge.Copy)},
			[]provenance.Source{srcA, srcA, srcA}},
		// A weekly's story 0, a portal's rewrite 1, a radio's copy 2 of
		// the rewrite with a paragraph of its own, and a scraper's copy
		// 3 of the radio's first paragraphs: 1 and 3 each hold what the
		// other lacks, and the copy-strength unseen arc into 1 outbids
		// the rewrite's 0 → 1. The chain explains that source (1, 3's
		// ancestor), and 1 takes its seen parent 0; 0's own unseen
		// source, read with 3, is then explained too.
		{"an explained unseen source gives way to the seen parent", 4, []provenance.Link{
			weighed(0, 1, judge.Rewrite, 1, 0.8),
			weighed(1, 2, judge.Copy, 1, 0.95),
			weighed(2, 3, judge.Copy, 1, 0.9),
			{A: 1, B: 3, Relation: judge.PartialCopy, Strength: 0.6, Direction: provenance.Direction{Source: provenance.SourceCommon}},
			{A: 0, B: 3, Relation: judge.Rewrite, Strength: 0.5, Direction: provenance.Direction{Source: provenance.SourceCommon}},
		}, []provenance.Edge{edge(1, 0, judge.Rewrite), edge(2, 1, judge.Copy), edge(3, 2, judge.Copy)},
			[]provenance.Source{srcA, srcA, srcA, srcA, srcA}},
		// A wire story 0, a daily's rewrite 1, a portal's copy 2 of the
		// rewrite, and a correspondent's own report 3, the same story as
		// the wire story without reuse: 3 and 2, read alone, share an
		// unseen source. The lineage explains it by the wire story that
		// 3 reports independently: 3 is a root, and the pair says no
		// direction.
		{"an independent report's unseen source explained", 4, []provenance.Link{
			weighed(0, 1, judge.Rewrite, 1, 0.8),
			weighed(1, 2, judge.Copy, 1, 0.95),
			{A: 0, B: 3, Relation: judge.SameStory, Direction: provenance.Direction{Source: provenance.SourceUnknown}},
			{A: 2, B: 3, Relation: judge.Rewrite, Strength: 0.5, Direction: provenance.Direction{Source: provenance.SourceCommon}},
		}, []provenance.Edge{edge(1, 0, judge.Rewrite), edge(2, 1, judge.Copy)},
			[]provenance.Source{srcA, srcA, unknown, unknown}},
		// An agency story 0, a portal's copy 1 that credits it, and an
		// aggregator's copy 2 of the portal's page: 2 credits 0 only by
		// the line it copied from 1, so the credit gives 0 no margin and
		// 2 hangs from the copy it accounts for best.
		{"a credit copied from another version", 3, []provenance.Link{
			credited(0, 1, judge.Copy, srcA, 0.99),
			credited(0, 2, judge.Copy, srcA, 0.987),
			weighed(1, 2, judge.Copy, 1, 0.994),
		}, []provenance.Edge{edge(1, 0, judge.Copy), edge(2, 1, judge.Copy)},
			[]provenance.Source{srcA, srcA, srcA}},
		// The same with a rewrite: a rewrite writes its own credit, and
		// the credited agency keeps its margin.
		{"a rewrite's own credit", 3, []provenance.Link{
			credited(0, 1, judge.Copy, srcA, 0.99),
			credited(0, 2, judge.Rewrite, srcA, 0.865),
			weighed(1, 2, judge.Rewrite, 1, 0.878),
		}, []provenance.Edge{edge(1, 0, judge.Copy), edge(2, 0, judge.Rewrite)},
			[]provenance.Source{srcA, srcA, srcA}},
		// A wire story 0, a portal's copy 1 under its own headline, and
		// a scraper's copy 2 of the portal's page, headline and all: the
		// wire story accounts for a point more of it (the portal's page
		// lost a phrase), but the copy carries the portal's headline.
		{"the parent whose headline a copy carries", 3, []provenance.Link{
			weighed(0, 1, judge.Copy, 1, 0.99),
			weighed(0, 2, judge.Copy, 1, 0.985),
			{A: 1, B: 2, Relation: judge.Copy, Strength: 0.98, SameTitle: true, Direction: provenance.Direction{Source: srcA, Score: 1,
				Evidence: []provenance.Evidence{{Signal: provenance.SignalDetails, Points: srcA, Weight: 1}}}},
		}, []provenance.Edge{edge(1, 0, judge.Copy), edge(2, 1, judge.Copy)},
			[]provenance.Source{srcA, srcA, srcA}},
		// A rewrite 2 crediting the agency 0, which a portal's copy 1
		// accounts for a point more of (its own headline): the credited
		// parent.
		{"the credited parent of two versions", 3, []provenance.Link{
			weighed(0, 1, judge.Copy, 1, 0.99),
			credited(0, 2, judge.Rewrite, srcA, 0.86),
			weighed(1, 2, judge.Rewrite, 1, 0.875),
		}, []provenance.Edge{edge(1, 0, judge.Copy), edge(2, 0, judge.Rewrite)},
			[]provenance.Source{srcA, srcA, srcA}},
		// A wire's dispatch 0, a paper's copy 1 of it, and the wire's
		// corrected version 2, which the copy accounts for a few points
		// more of (its direction to the copy unknown, the larger side's
		// share): the correction hangs from its own publisher's
		// dispatch.
		{"the parent of the child's own site", 3, []provenance.Link{
			weighed(0, 1, judge.Copy, 1, 0.99),
			{A: 0, B: 2, Relation: judge.Copy, Strength: 0.92, SameSite: true, Direction: provenance.Direction{Source: srcA, Score: 1,
				Evidence: []provenance.Evidence{{Signal: provenance.SignalDetails, Points: srcA, Weight: 1}}}},
			weighed(1, 2, judge.Copy, 1, 0.99),
		}, []provenance.Edge{edge(1, 0, judge.Copy), edge(2, 0, judge.Copy)},
			[]provenance.Source{srcA, srcA, srcA}},
		// Two siblings that share an unseen source keep it.
		{"unseen source of siblings", 2, []provenance.Link{
			{A: 0, B: 1, Relation: judge.Rewrite, Strength: 0.7, Direction: provenance.Direction{Source: provenance.SourceCommon}},
		}, []provenance.Edge{edge(0, provenance.Unseen, judge.Rewrite), edge(1, provenance.Unseen, judge.Rewrite)},
			[]provenance.Source{provenance.SourceCommon}},
		// Siblings keep their own direction; an unknown pair stays unknown.
		{"siblings keep theirs", 3, []provenance.Link{
			weighed(0, 1, judge.Rewrite, 1, 0.8),
			weighed(0, 2, judge.Rewrite, 1, 0.8),
			weighed(1, 2, judge.Rewrite, 0, 0.5),
		}, []provenance.Edge{edge(1, 0, judge.Rewrite), edge(2, 0, judge.Rewrite)},
			[]provenance.Source{srcA, srcA, unknown}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stories, dirs := provenance.Infer(tt.n, tt.links)
			if len(stories) != 1 {
				t.Fatalf("Infer: %d stories; want 1", len(stories))
			}
			if diff := cmp.Diff(tt.lineage, stories[0].Lineage); diff != "" {
				t.Errorf("Infer lineage (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.dirs, dirs); diff != "" {
				t.Errorf("Infer directions (-want +got):\n%s", diff)
			}
		})
	}
}

// TestInferSameText: two versions of the same text with no direction are
// drawn on one line, order unknown, only when they share what no third
// article accounts for (SameTextMargin); otherwise they stay as before.
func TestInferSameText(t *testing.T) {
	// same is a copy link of unknown direction between a and b that
	// account for each other at mutual.
	same := func(a, b int, mutual float64) provenance.Link {
		l := link(a, b, judge.Copy, unknown, mutual)
		l.Mutual = mutual
		return l
	}
	// version is a directed link between two versions of one text.
	version := func(a, b int, rel judge.Relation, src provenance.Source, strength float64) provenance.Link {
		l := link(a, b, rel, src, strength)
		l.Mutual = strength
		return l
	}
	loose := func(child, parent int) provenance.Edge {
		e := edge(child, parent, judge.Copy)
		e.Unordered = true
		return e
	}
	m := provenance.SameTextMargin
	tests := []struct {
		name    string
		n       int
		links   []provenance.Link
		lineage []provenance.Edge
		dirs    []provenance.Source // Infer's directions, parallel to links
	}{
		// chain-five's D and E under C: both keep C's text with the same
		// changes, so C accounts for each less well than they for each
		// other. One line under C, the upper one by article order.
		{"shared changes: one line under the parent", 3, []provenance.Link{
			version(0, 1, judge.Copy, srcA, 0.95), version(0, 2, judge.Copy, srcA, 0.95), same(1, 2, 1),
		}, []provenance.Edge{edge(1, 0, judge.Copy), loose(2, 1)}, []provenance.Source{srcA, srcA, unknown}},
		// A wire story copied verbatim twice: the parent accounts for each
		// copy as fully as they for each other. Siblings.
		{"verbatim copies of one parent: siblings", 3, []provenance.Link{
			version(0, 1, judge.Copy, srcA, 1), version(0, 2, judge.Copy, srcA, 1), same(1, 2, 1),
		}, []provenance.Edge{edge(1, 0, judge.Copy), edge(2, 0, judge.Copy)}, []provenance.Source{srcA, srcA, unknown}},
		{"lead under the margin: siblings", 3, []provenance.Link{
			version(0, 1, judge.Copy, srcA, 1-m/2), version(0, 2, judge.Copy, srcA, 1-m/2), same(1, 2, 1),
		}, []provenance.Edge{edge(1, 0, judge.Copy), edge(2, 0, judge.Copy)}, []provenance.Source{srcA, srcA, unknown}},
		// The best parent arc into either counts: 2 is accounted for by 0
		// as fully as by 1.
		{"one side fully accounted for: siblings", 3, []provenance.Link{
			version(0, 1, judge.Copy, srcA, 0.9), version(0, 2, judge.Copy, srcA, 1), same(1, 2, 1),
		}, []provenance.Edge{edge(1, 0, judge.Copy), edge(2, 0, judge.Copy)}, []provenance.Source{srcA, srcA, unknown}},
		// Identical texts with no parent arc may be two copies of an
		// unseen source: both roots, as before.
		{"no parent: both roots", 2, []provenance.Link{same(0, 1, 1)}, nil, []provenance.Source{unknown}},
		// The two share a passage with the parent (a host whose other
		// words are other topics): it is no version of their text.
		{"parent a passage host: roots", 3, []provenance.Link{
			func() provenance.Link { l := link(0, 1, judge.PartialCopy, srcA, 0.5); l.Mutual = 0.1; return l }(),
			func() provenance.Link { l := link(0, 2, judge.PartialCopy, srcA, 0.5); l.Mutual = 0.1; return l }(),
			same(1, 2, 1),
		}, []provenance.Edge{edge(1, 0, judge.PartialCopy), edge(2, 0, judge.PartialCopy)}, []provenance.Source{srcA, srcA, unknown}},
		// A copy of a part: the longer side is not all in the shorter.
		{"not the same text: siblings", 3, []provenance.Link{
			version(0, 1, judge.Copy, srcA, 0.5), version(0, 2, judge.Copy, srcA, 0.5), same(1, 2, provenance.SameTextMin-0.01),
		}, []provenance.Edge{edge(1, 0, judge.Copy), edge(2, 0, judge.Copy)}, []provenance.Source{srcA, srcA, unknown}},
		// Only a copy is the same text: two rewrites of unknown direction
		// are not drawn together.
		{"rewrite of unknown direction: siblings", 3, []provenance.Link{
			version(0, 1, judge.Rewrite, srcA, 0.6), version(0, 2, judge.Rewrite, srcA, 0.6),
			func() provenance.Link { l := link(1, 2, judge.Rewrite, unknown, 0.9); l.Mutual = 0.9; return l }(),
		}, []provenance.Edge{edge(1, 0, judge.Rewrite), edge(2, 0, judge.Rewrite)}, []provenance.Source{srcA, srcA, unknown}},
		// A direction known (a date) is kept: the rule is for links
		// nothing directs.
		{"directed copy: ordered", 3, []provenance.Link{
			version(0, 1, judge.Copy, srcA, 0.95), version(0, 2, judge.Copy, srcA, 0.95),
			func() provenance.Link { l := link(1, 2, judge.Copy, srcB, 1); l.Mutual = 1; return l }(),
		}, []provenance.Edge{edge(1, 2, judge.Copy), edge(2, 0, judge.Copy)}, []provenance.Source{srcA, srcA, srcB}},
		// An unseen source is no parent in hand: the two may be its
		// verbatim copies. All three hang from it.
		{"under an unseen source: siblings", 3, []provenance.Link{
			link(0, 1, judge.Rewrite, common, 0.6), link(0, 2, judge.Rewrite, common, 0.6), same(1, 2, 1),
		}, []provenance.Edge{edge(0, unseen, judge.Rewrite), edge(1, unseen, judge.Rewrite), edge(2, unseen, judge.Rewrite)},
			[]provenance.Source{common, common, unknown}},
		// The same text under one headline, which the parent's text
		// lacks (a paper's page printing the dispatch 0 under its own
		// headline, and a scraper's copy of that page): the pair shares
		// the headline and no more words than the parent accounts for,
		// and is one line under it. Without the headline, siblings.
		{"one headline the parent lacks: one line", 3, []provenance.Link{
			version(0, 1, judge.Copy, srcA, 0.98), version(0, 2, judge.Copy, srcA, 0.98),
			func() provenance.Link { l := same(1, 2, 0.98); l.SameTitle = true; return l }(),
		}, []provenance.Edge{edge(1, 0, judge.Copy), loose(2, 1)}, []provenance.Source{srcA, srcA, unknown}},
		{"one headline the parent carries too: siblings", 3, []provenance.Link{
			func() provenance.Link { l := version(0, 1, judge.Copy, srcA, 0.98); l.SameTitle = true; return l }(),
			version(0, 2, judge.Copy, srcA, 0.98),
			func() provenance.Link { l := same(1, 2, 0.98); l.SameTitle = true; return l }(),
		}, []provenance.Edge{edge(1, 0, judge.Copy), edge(2, 0, judge.Copy)}, []provenance.Source{srcA, srcA, unknown}},
		// A parent in hand beside an unseen source: the parent's arc counts.
		{"parent in hand and an unseen source", 4, []provenance.Link{
			link(0, 1, judge.Rewrite, common, 0.6), link(0, 2, judge.Rewrite, common, 0.6),
			version(3, 1, judge.Copy, srcA, 0.95), version(3, 2, judge.Copy, srcA, 0.95), same(1, 2, 1),
		}, []provenance.Edge{edge(0, unseen, judge.Rewrite), edge(1, 3, judge.Copy), loose(2, 1)},
			[]provenance.Source{common, common, srcA, srcA, unknown}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stories, dirs := provenance.Infer(tt.n, tt.links)
			if len(stories) != 1 {
				t.Fatalf("Infer made %d stories; want 1", len(stories))
			}
			if diff := cmp.Diff(tt.lineage, stories[0].Lineage); diff != "" {
				t.Errorf("lineage mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.dirs, dirs); diff != "" {
				t.Errorf("directions mismatch (-want +got):\n%s", diff)
			}
			rev := slices.Clone(tt.links)
			slices.Reverse(rev)
			back, _ := provenance.Infer(tt.n, rev)
			if diff := cmp.Diff(stories, back); diff != "" {
				t.Errorf("Infer depends on the order of links (-forward +reversed):\n%s", diff)
			}
		})
	}
}

// TestInferNearer: an article that two versions account for equally, a
// parent P and P's child Q that left out a real part of P, hangs from Q:
// it left out what Q left out (chain-credited: a scraper's copy of an
// aggregator's cut of an outlet's story). A child that kept nearly all of
// P (a verbatim copy) is no nearer parent.
func TestInferNearer(t *testing.T) {
	// shares sets how much of a and of b the other side accounts for.
	shares := func(l provenance.Link, a, b float64) provenance.Link {
		l.Shares = [2]float64{a, b}
		return l
	}
	chain := func(kept float64) []provenance.Link {
		return []provenance.Link{
			shares(link(0, 1, judge.Copy, srcA, 1), kept, 1), // Q (1) is P's (0) child, keeping kept of P
			shares(link(0, 2, judge.Copy, srcA, 1), 0.76, 1), // P accounts for all of D (2)
			shares(link(1, 2, judge.Copy, srcA, 1), 0.98, 1), // and so does Q
		}
	}
	for _, tt := range []struct {
		name string
		kept float64
		want int // D's parent
	}{
		{"a cut of P: under Q", 0.76, 1},
		{"at the bar: under Q", provenance.NearerKeptMax, 1},
		{"a near-verbatim copy of P: under P", 0.95, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			stories, _ := provenance.Infer(3, chain(tt.kept))
			want := []provenance.Edge{edge(1, 0, judge.Copy), edge(2, tt.want, judge.Copy)}
			if diff := cmp.Diff(want, stories[0].Lineage); diff != "" {
				t.Errorf("lineage mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestInferNearerMargin: a child Q of P that accounts for D a point less
// than P does (NearerMargin) still takes D, unless D holds more of P's
// wording that Q left out than of Q's own (NearerStrayRuns); beyond the
// margin, P keeps D.
func TestInferNearerMargin(t *testing.T) {
	shares := func(l provenance.Link, a, b float64) provenance.Link {
		l.Shares = [2]float64{a, b}
		return l
	}
	chain := func(viaQ float64) []provenance.Link {
		return []provenance.Link{
			shares(link(0, 1, judge.Copy, srcA, 1), 0.5, 1), // Q (1) is P's (0) first half
			shares(link(0, 2, judge.Rewrite, srcA, 0.61), 0.3, 0.61),
			shares(link(1, 2, judge.Rewrite, srcA, viaQ), 0.6, viaQ),
		}
	}
	wording := func(fromP, fromQ int) provenance.Wording {
		return func(x, g, q int) int {
			switch {
			case x == 2 && g == 0 && q == 1:
				return fromP
			case x == 2 && g == 1 && q == 0:
				return fromQ
			}
			return 0
		}
	}
	for _, tt := range []struct {
		name    string
		viaQ    float64
		wording provenance.Wording
		want    int // D's parent
	}{
		{"a point apart: under Q", 0.603, nil, 1},
		{"a point apart, a stray run of P's: under Q", 0.603, wording(1, 0), 1},
		{"a point apart, P's passage: under P", 0.603, wording(13, 1), 0},
		{"beyond the margin: under P", 0.58, nil, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			stories, _ := provenance.InferCredited(3, chain(tt.viaQ), nil, nil, tt.wording)
			want := []provenance.Edge{edge(1, 0, judge.Copy), edge(2, tt.want, judge.Rewrite)}
			if diff := cmp.Diff(want, stories[0].Lineage); diff != "" {
				t.Errorf("lineage mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestInferCreditedAccess: an article the lineage hangs from its parent
// moves to the grandparent it credits when it holds at least
// CreditedAccessFacts of the grandparent's facts that the parent lacks;
// not with fewer, not when it credits the parent too, and not without an
// Access.
func TestInferCreditedAccess(t *testing.T) {
	// 0 a press release; 1 a radio's report of it, crediting it; 2 a
	// daily's report, crediting the release, that the radio's accounts
	// for more of than the release does (both reworded it alike).
	links := func(dailyCreditsRadio bool) []provenance.Link {
		radioDaily := weighed(1, 2, judge.Rewrite, 1, 0.56)
		if dailyCreditsRadio {
			radioDaily = credited(1, 2, judge.Rewrite, srcA, 0.56)
		}
		return []provenance.Link{
			credited(0, 1, judge.Rewrite, srcA, 0.79),
			credited(0, 2, judge.Rewrite, srcA, 0.37),
			radioDaily,
		}
	}
	access := func(facts int) provenance.Access {
		return func(x, g, q int) int {
			if x == 2 && g == 0 && q == 1 {
				return facts
			}
			return 0
		}
	}
	underRadio := []provenance.Edge{edge(1, 0, judge.Rewrite), edge(2, 1, judge.Rewrite)}
	underRelease := []provenance.Edge{edge(1, 0, judge.Rewrite), edge(2, 0, judge.Rewrite)}
	tests := []struct {
		name         string
		creditsRadio bool
		access       provenance.Access
		want         []provenance.Edge
	}{
		{"no access test", false, nil, underRadio},
		{"the release's facts the radio lacks", false, access(provenance.CreditedAccessFacts), underRelease},
		{"too few of them", false, access(provenance.CreditedAccessFacts - 1), underRadio},
		{"the daily credits the radio", true, access(12), underRadio},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stories, _ := provenance.InferWith(3, links(tt.creditsRadio), tt.access)
			if diff := cmp.Diff(tt.want, stories[0].Lineage); diff != "" {
				t.Errorf("InferWith lineage (-want +got):\n%s", diff)
			}
		})
	}
}

// TestInferOmission: without a credit, an article the lineage hangs from
// its parent moves to the grandparent when it holds at least
// CreditedAccessFacts of the grandparent's facts that the parent cut and
// none of the parent's own; not when it holds some of the parent's own
// too, nor with too few, nor when it carries more of the parent's
// wording that the grandparent lacks than the other way round.
func TestInferOmission(t *testing.T) {
	// 0 an agency; 1 a portal's copy that cut its last paragraph; 2 a
	// farm's rewrite that the portal accounts for more of.
	links := []provenance.Link{
		weighed(0, 1, judge.PartialCopy, 1, 0.79),
		weighed(0, 2, judge.Rewrite, 1, 0.37),
		weighed(1, 2, judge.Rewrite, 1, 0.56),
	}
	access := func(fromAgency, fromPortal int) provenance.Access {
		return func(x, g, q int) int {
			switch {
			case x == 2 && g == 0 && q == 1:
				return fromAgency
			case x == 2 && g == 1 && q == 0:
				return fromPortal
			}
			return 0
		}
	}
	underPortal := []provenance.Edge{edge(1, 0, judge.PartialCopy), edge(2, 1, judge.Rewrite)}
	underAgency := []provenance.Edge{edge(1, 0, judge.PartialCopy), edge(2, 0, judge.Rewrite)}
	// wording: the farm's runs of three words that the agency holds and
	// the portal lacks, and the other way round.
	wording := func(fromAgency, fromPortal int) provenance.Wording {
		return func(x, g, q int) int {
			switch {
			case x == 2 && g == 0 && q == 1:
				return fromAgency
			case x == 2 && g == 1 && q == 0:
				return fromPortal
			}
			return 0
		}
	}
	tests := []struct {
		name    string
		access  provenance.Access
		wording provenance.Wording
		want    []provenance.Edge
	}{
		{"the agency's cut paragraph, nothing of the portal's", access(provenance.CreditedAccessFacts, 0), nil, underAgency},
		{"and the portal's own paragraph too", access(provenance.CreditedAccessFacts, 2), nil, underPortal},
		{"too little of the cut paragraph", access(provenance.CreditedAccessFacts-1, 0), nil, underPortal},
		{"the agency's wording as much as the portal's", access(provenance.CreditedAccessFacts, 0), wording(20, 20), underAgency},
		// The facts are the chance ones of a rewrite of the portal's
		// rewrite: the farm carries the portal's word choices.
		{"the portal's wording more than the agency's", access(provenance.CreditedAccessFacts, 0), wording(17, 35), underPortal},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stories, _ := provenance.InferCredited(3, links, tt.access, nil, tt.wording)
			if diff := cmp.Diff(tt.want, stories[0].Lineage); diff != "" {
				t.Errorf("InferWith lineage (-want +got):\n%s", diff)
			}
		})
	}
}

// TestInferCreditedCopy: an article the lineage hangs from a copy of
// nearly all of its grandparent moves to the grandparent when it credits
// the grandparent and the copy does not; not when the copy credits it too
// (the credit may be the copy's, passed on) unless the copy does not
// carry the article's credit's words (Carried), nor when the parent left out
// a real part of the grandparent (then facts must tell, as in
// TestInferCreditedAccess).
func TestInferCreditedCopy(t *testing.T) {
	// 0 a council's release; 1 a paper's copy of it; 2 a TV station's
	// report crediting the release, which the copy accounts for more of.
	links := func(copyCredits bool, kept float64) []provenance.Link {
		cp := weighed(0, 1, judge.Copy, 1, 0.95)
		if copyCredits {
			cp = credited(0, 1, judge.Copy, srcA, 0.95)
		}
		cp.Shares = [2]float64{kept, 1}
		return []provenance.Link{cp, credited(0, 2, judge.Rewrite, srcA, 0.37), weighed(1, 2, judge.Rewrite, 1, 0.56)}
	}
	underCopy := []provenance.Edge{edge(1, 0, judge.Copy), edge(2, 1, judge.Rewrite)}
	underRelease := []provenance.Edge{edge(1, 0, judge.Copy), edge(2, 0, judge.Rewrite)}
	none := func(x, g, q int) int { return 0 }
	tests := []struct {
		name        string
		copyCredits bool
		kept        float64
		carried     provenance.Carried
		want        []provenance.Edge
	}{
		{"an uncredited copy of nearly all", false, 0.97, nil, underRelease},
		{"the copy credits the release too", true, 0.97, nil, underCopy},
		{"the copy carries the report's credit", true, 0.97, func(x, g, q int) bool { return true }, underCopy},
		// The report opens with the release's dateline, which the copy
		// stripped: its credit is its own reading of the release.
		{"the report's credit in words the copy lacks", true, 0.97, func(x, g, q int) bool { return false }, underRelease},
		{"the parent left a part out", false, 0.8, nil, underCopy},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stories, _ := provenance.InferCredited(3, links(tt.copyCredits, tt.kept), none, tt.carried, nil)
			if diff := cmp.Diff(tt.want, stories[0].Lineage); diff != "" {
				t.Errorf("InferWith lineage (-want +got):\n%s", diff)
			}
		})
	}
}

// TestInferSiblings: an article the lineage hangs from the grandparent G
// moves under its sibling Q when it holds CreditedAccessFacts of Q's
// facts that G lacks (Q's own paragraph reached it through Q); not with
// fewer, and not when it holds as many of G's facts that Q lacks.
func TestInferSiblings(t *testing.T) {
	// 0 an agency's story; 1 a paper's copy with a paragraph of its own;
	// 2 a portal's rewrite, crediting the agency, keeping the paper's
	// paragraph.
	links := func(score float64) []provenance.Link {
		return []provenance.Link{
			credited(0, 1, judge.Copy, srcA, 0.95),
			credited(0, 2, judge.Rewrite, srcA, 0.80),
			weighed(1, 2, judge.Rewrite, score, 0.60),
		}
	}
	access := func(fromQ, fromG int) provenance.Access {
		return func(x, g, q int) int {
			switch {
			case x == 2 && g == 1 && q == 0:
				return fromQ
			case x == 2 && g == 0 && q == 1:
				return fromG
			}
			return 0
		}
	}
	underAgency := []provenance.Edge{edge(1, 0, judge.Copy), edge(2, 0, judge.Rewrite)}
	underPaper := []provenance.Edge{edge(1, 0, judge.Copy), edge(2, 1, judge.Rewrite)}
	tests := []struct {
		name   string
		score  float64
		access provenance.Access
		want   []provenance.Edge
	}{
		{"the paper's own facts", 1, access(13, 0), underPaper},
		{"too few of them", 1, access(provenance.CreditedAccessFacts-1, 0), underAgency},
		{"the agency's own facts too", 1, access(15, 12), underAgency},
		{"no direction between the paper and the portal", 0, access(13, 0), underAgency},
		{"no access test", 1, nil, underAgency},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stories, _ := provenance.InferWith(3, links(tt.score), tt.access)
			if diff := cmp.Diff(tt.want, stories[0].Lineage); diff != "" {
				t.Errorf("InferWith lineage (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSiblingsCopyStays: an agency's story 0, a regional site's copy 1
// of it word for word with a paragraph of its own, and a portal's
// rewrite 2 crediting the agency, which took the regional paragraph. The
// copy holds facts of the rewrite that the agency lacks (its own, which
// went to the rewrite), and a weak reading names the rewrite the copy's
// source; but a copy of the agency's wording was not written from a
// rewrite that lost it: it stays under the agency.
func TestSiblingsCopyStays(t *testing.T) {
	links := []provenance.Link{
		credited(0, 1, judge.Copy, srcA, 0.95),
		credited(0, 2, judge.Rewrite, srcA, 0.80),
		weighed(1, 2, judge.Rewrite, -1, 0.60),
	}
	access := func(x, g, q int) int {
		if x == 1 && g == 2 && q == 0 {
			return 13
		}
		return 0
	}
	stories, _ := provenance.InferWith(3, links, access)
	for _, e := range stories[0].Lineage {
		if e.Child == 1 && e.Parent != 0 {
			t.Errorf("the copy's parent = %d; want 0 (lineage %+v)", e.Parent, stories[0].Lineage)
		}
	}
}

// TestDatedArcHolds: an undated dispatch 0, a paper's dated copy 1 that
// credits it, and a padded farm 2 dated after the copy; the farm's
// padding makes the readings name it the dispatch's source. The three
// arcs close a cycle, which the lineage breaks at the readings' arc, not
// at the dates' (FactMargin), though the farm accounts for a little more
// of the dispatch than of the copy.
func TestDatedArcHolds(t *testing.T) {
	dated := func(a, b int, rel judge.Relation, strength float64) provenance.Link {
		return provenance.Link{A: a, B: b, Relation: rel, Strength: strength, Direction: provenance.Direction{
			Source: srcA, Fact: true, Evidence: []provenance.Evidence{{Signal: provenance.SignalDate, Points: srcA}}}}
	}
	links := []provenance.Link{
		credited(0, 1, judge.Copy, srcA, 0.99),
		dated(1, 2, judge.Rewrite, 0.70),
		weighed(0, 2, judge.Rewrite, -2, 0.75),
	}
	stories, _ := provenance.Infer(3, links)
	want := []provenance.Edge{edge(1, 0, judge.Copy), edge(2, 1, judge.Rewrite)}
	if diff := cmp.Diff(want, stories[0].Lineage); diff != "" {
		t.Errorf("Infer lineage (-want +got):\n%s", diff)
	}
}

// TestCloseDatesAgree: an aggregator's copy (2) of a portal's copy (1)
// of an agency story (0), under the portal's headline, 85 minutes after
// the agency (a date fact) and 25 after the portal (too close for one):
// the portal is its parent, since the clock agrees with that arc too
// (Link.Earlier) and the headline is the portal's; so it does when the
// two carry the same moment (SourceCommon: a scraper's copy with its
// page's date bar). Without Earlier, the date fact alone hangs it from
// the agency.
func TestCloseDatesAgree(t *testing.T) {
	dated := provenance.Link{A: 0, B: 2, Relation: judge.Copy, Strength: 0.99, Direction: provenance.Direction{
		Source: srcA, Fact: true, Evidence: []provenance.Evidence{{Signal: provenance.SignalDate, Points: srcA}}}}
	close := weighed(1, 2, judge.Copy, 1, 0.99)
	close.SameTitle = true
	for _, tc := range []struct {
		earlier provenance.Source
		parent  int
	}{{srcA, 1}, {unknown, 0}, {provenance.SourceCommon, 1}} {
		close.Earlier = tc.earlier
		links := []provenance.Link{credited(0, 1, judge.Copy, srcA, 0.99), dated, close}
		stories, _ := provenance.Infer(3, links)
		want := []provenance.Edge{edge(1, 0, judge.Copy), edge(2, tc.parent, judge.Copy)}
		if diff := cmp.Diff(want, stories[0].Lineage); diff != "" {
			t.Errorf("Earlier %v: Infer lineage (-want +got):\n%s", tc.earlier, diff)
		}
	}
}

// TestTitleKin: a content farm's rewrite (2) of a paper's cut copy (1)
// of an agency story (0): the agency's text accounts for a little more
// of the farm's wording (Strength 0.46 against 0.44), but the farm's
// headline carries the paper's whole (TitleKin 1) and the agency's only
// in part (0.55, under TitleKinFloor): the paper is its parent.
func TestTitleKin(t *testing.T) {
	for _, tc := range []struct {
		paperKin float64
		parent   int
	}{{1, 1}, {0.6, 0}} {
		fromAgency := weighed(0, 2, judge.Rewrite, 1, 0.46)
		fromAgency.TitleKin = [2]float64{0.55, 0.4}
		fromPaper := weighed(1, 2, judge.Rewrite, 1, 0.44)
		fromPaper.TitleKin = [2]float64{tc.paperKin, 0.7}
		links := []provenance.Link{credited(0, 1, judge.Copy, srcA, 0.99), fromAgency, fromPaper}
		stories, _ := provenance.Infer(3, links)
		want := []provenance.Edge{edge(1, 0, judge.Copy), edge(2, tc.parent, judge.Rewrite)}
		if diff := cmp.Diff(want, stories[0].Lineage); diff != "" {
			t.Errorf("paper's headline kin %v: Infer lineage (-want +got):\n%s", tc.paperKin, diff)
		}
	}
}

// TestInferThroughSource: two copies of one agency story 0, the portal's
// 1 (all but a paragraph) and the local site's 2 (the portal's first
// half and a paragraph of its own), read with the local site as the
// portal's source. The portal holds the agency's facts the local site
// lacks and the local site none the portal lacks: the link turns, and
// the local site hangs from the portal. A farm 3 rewrites the local
// site; the portal and the farm, read as two versions of an unseen
// source, follow the lineage through the local site.
func TestInferThroughSource(t *testing.T) {
	links := []provenance.Link{
		credited(0, 1, judge.Copy, srcA, 0.95),
		weighed(0, 2, judge.Copy, 1, 0.82),
		{A: 1, B: 2, Relation: judge.Copy, Strength: 0.70, Shares: [2]float64{0.70, 0.83}, SameTitle: true,
			Direction: provenance.Direction{Source: srcB, Score: -1, Evidence: []provenance.Evidence{{Signal: provenance.SignalDetails, Points: srcB, Weight: 1}}}},
		weighed(2, 3, judge.Rewrite, 2, 0.7),
		{A: 1, B: 3, Relation: judge.Rewrite, Strength: 0.5, Direction: provenance.Direction{Source: provenance.SourceCommon}},
	}
	access := func(facts int) provenance.Access {
		return func(x, g, q int) int {
			if x == 1 && g == 0 && q == 2 {
				return facts
			}
			return 0
		}
	}
	chain := []provenance.Edge{edge(1, 0, judge.Copy), edge(2, 1, judge.Copy), edge(3, 2, judge.Rewrite)}
	copies := func() []provenance.Link { return links }
	// The same three as rewrites: facts one lacks may be reworded, or
	// outside a passage set into a host, and nothing turns.
	rewrites := func() []provenance.Link {
		ls := slices.Clone(links)
		for k := range 3 {
			ls[k].Relation = judge.Rewrite
		}
		return ls
	}
	tests := []struct {
		name   string
		links  func() []provenance.Link
		access provenance.Access
		want   []provenance.Edge
		dirs   []provenance.Source
	}{
		{"the portal holds the agency's facts the local site lacks", copies, access(provenance.CreditedAccessFacts), chain,
			[]provenance.Source{srcA, srcA, srcA, srcA, srcA}},
		{"rewrites do not turn", rewrites, access(provenance.CreditedAccessFacts),
			[]provenance.Edge{edge(1, 0, judge.Rewrite), edge(2, 0, judge.Rewrite), edge(3, 2, judge.Rewrite)},
			[]provenance.Source{srcA, srcA, srcB, srcA, provenance.SourceCommon}},
		// Without the facts the readings stand: the local site is the
		// agency's copy, the portal's link to it says the local site,
		// and the portal and the farm keep their unseen source.
		{"too few of them", copies, access(provenance.CreditedAccessFacts - 1),
			[]provenance.Edge{edge(1, 0, judge.Copy), edge(2, 0, judge.Copy), edge(3, 2, judge.Rewrite)},
			[]provenance.Source{srcA, srcA, srcB, srcA, provenance.SourceCommon}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stories, dirs := provenance.InferWith(4, tt.links(), tt.access)
			if diff := cmp.Diff(tt.want, stories[0].Lineage); diff != "" {
				t.Errorf("InferWith lineage (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.dirs, dirs); diff != "" {
				t.Errorf("InferWith directions (-want +got):\n%s", diff)
			}
		})
	}
}

// TestScrapeOfPage: a scraper's plain text of a page that copied a feed's
// text hangs from the page it scraped (its headline and furniture say so:
// Signals.BCopiesPage), though the feed, whose text holds the headline the
// page's body lacks, accounts for a little more of it.
func TestScrapeOfPage(t *testing.T) {
	const feed, page, scrape = 0, 1, 2
	scraped := provenance.Direct(provenance.Signals{BCopiesPage: true})
	if scraped.Source != srcA {
		t.Fatalf("Direct(BCopiesPage) = %v; want A", scraped.Source)
	}
	links := []provenance.Link{
		link(feed, page, judge.Copy, srcA, 0.97),
		link(feed, scrape, judge.Copy, srcA, 0.977),
		{A: page, B: scrape, Relation: judge.Copy, Direction: scraped, Strength: 0.935},
	}
	stories := provenance.Stories(3, links)
	for _, e := range stories[0].Lineage {
		if e.Child == scrape && e.Parent != page {
			t.Errorf("the scrape's parent is %d; want the page it scraped (%d)", e.Parent, page)
		}
	}
}

// TestReleaseIsNoCredit: a company's release (0), a wire's rewrite of it
// (1) and a farm's rewrite of the wire's story (2). The release is the
// source of both (a release fact, beside the dates), but the farm took
// the wire's text (Strength 0.48 against 0.46): being a release is no
// credit the farm gives, so it earns the release no CreditedParentMargin.
func TestReleaseIsNoCredit(t *testing.T) {
	release := func(a, b int, strength float64) provenance.Link {
		return provenance.Link{A: a, B: b, Relation: judge.Rewrite, Strength: strength, Earlier: srcA, Direction: provenance.Direction{
			Source: srcA, Fact: true, Evidence: []provenance.Evidence{
				{Signal: provenance.SignalDate, Points: srcA},
				{Signal: provenance.SignalCredit, Points: srcA, Detail: "A is a press release and B is not: news is written from releases, not releases from news"}}}}
	}
	dated := provenance.Link{A: 1, B: 2, Relation: judge.Rewrite, Strength: 0.48, Earlier: srcA, Direction: provenance.Direction{
		Source: srcA, Fact: true, Evidence: []provenance.Evidence{{Signal: provenance.SignalDate, Points: srcA}}}}
	links := []provenance.Link{release(0, 1, 0.65), release(0, 2, 0.46), dated}
	stories, _ := provenance.Infer(3, links)
	want := []provenance.Edge{edge(1, 0, judge.Rewrite), edge(2, 1, judge.Rewrite)}
	if diff := cmp.Diff(want, stories[0].Lineage); diff != "" {
		t.Errorf("Infer lineage (-want +got):\n%s", diff)
	}
}
