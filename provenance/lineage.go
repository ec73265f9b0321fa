package provenance

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/reprint/reprint/judge"
)

// Link is a related pair of articles with its direction. A and B are
// article indexes; Direction.Source is relative to them.
type Link struct {
	A, B      int
	Relation  judge.Relation
	Direction Direction
	// Strength ranks the links that offer an article a parent, after the
	// relation: NewLink sets the coverage of the derived side.
	Strength float64
}

// NewLink returns the link between articles a and b with Strength set from
// the evidence: the coverage of the derived side (the share of its words
// that the parent accounts for), for a common source the smaller of the
// two coverages, and for an unknown direction the larger.
func NewLink(a, b int, rel judge.Relation, e judge.Evidence, d Direction) Link {
	ca, cb := coverage(e.A), coverage(e.B)
	s := max(ca, cb)
	switch d.Source {
	case SourceA:
		s = cb
	case SourceB:
		s = ca
	case SourceCommon:
		s = min(ca, cb)
	}
	return Link{A: a, B: b, Relation: rel, Direction: d, Strength: s}
}

// Unseen is the parent of an article derived from a source not in the
// corpus: the common source of a SourceCommon link.
const Unseen = -1

// Edge says that Child derives from Parent (an article index, or Unseen)
// by Relation.
type Edge struct {
	Child, Parent int
	Relation      judge.Relation
}

// Story is a connected component of related articles and its lineage.
type Story struct {
	// Articles are the article indexes of the story, ascending.
	Articles []int
	// Lineage holds one edge per article that has a parent, sorted by
	// Child. An article that is no Child is a root: the story's original,
	// or an article whose direction stayed unknown on every link.
	Lineage []Edge
}

// Stories groups n articles into stories and gives each article its most
// likely parent.
//
// A story is a connected component of the graph whose edges are the links
// with a relation above Unrelated (same-story included); an article with
// no such link is a story of its own, so every article of [0, n) is in
// exactly one story. Stories come largest first, ties by their smallest
// article.
//
// The parent candidates of an article are the links where it is the
// derived side (the other side is the candidate) and the links with
// SourceCommon (Unseen is the candidate). A link of unknown direction
// offers no parent to either side: two identical undated articles are
// both roots. The best candidate is the one of highest relation, then
// highest Strength, then smallest parent index, Unseen last. Parents are
// given strongest candidate first over the whole graph, and a candidate
// that would close a cycle is skipped (the article takes its next
// candidate): of the links in a cycle, the weakest is dropped. The result
// depends only on the set of links, not their order.
//
// Stories panics if a link names an article outside [0, n) or links an
// article to itself: that is a bug in the caller.
//
// Time is O(n + L log L) for L links.
func Stories(n int, links []Link) []Story {
	for _, l := range links {
		if l.A < 0 || l.A >= n || l.B < 0 || l.B >= n || l.A == l.B {
			panic(fmt.Sprintf("provenance: link %d-%d outside [0, %d) or to itself", l.A, l.B, n))
		}
	}

	// Components.
	comp := newForest(n)
	for _, l := range links {
		if l.Relation > judge.Unrelated {
			comp.union(l.A, l.B)
		}
	}

	// Parent candidates.
	type cand struct {
		child, parent int
		rel           judge.Relation
		strength      float64
	}
	var cands []cand
	for _, l := range links {
		if l.Relation <= judge.Unrelated {
			continue
		}
		switch l.Direction.Source {
		case SourceA:
			cands = append(cands, cand{l.B, l.A, l.Relation, l.Strength})
		case SourceB:
			cands = append(cands, cand{l.A, l.B, l.Relation, l.Strength})
		case SourceCommon:
			cands = append(cands, cand{l.A, Unseen, l.Relation, l.Strength}, cand{l.B, Unseen, l.Relation, l.Strength})
		}
	}
	// Unseen sorts after every article: compare parents as unsigned.
	slices.SortFunc(cands, func(x, y cand) int {
		return cmp.Or(
			-cmp.Compare(x.rel, y.rel),
			-cmp.Compare(x.strength, y.strength),
			cmp.Compare(uint(x.parent), uint(y.parent)),
			cmp.Compare(x.child, y.child),
		)
	})

	// Greedy: strongest first; trees tracks the accepted forest, top the
	// root article of each tree.
	parent := make([]int, n)
	rel := make([]judge.Relation, n)
	for i := range parent {
		parent[i] = noParent
	}
	trees := newForest(n)
	top := make([]int, n)
	for i := range top {
		top[i] = i
	}
	for _, c := range cands {
		if parent[c.child] != noParent {
			continue
		}
		// The child has no parent yet, so it is the root of its tree; the
		// edge closes a cycle exactly when the parent is in that tree.
		root := c.parent
		if c.parent != Unseen {
			root = top[trees.find(c.parent)]
			if root == c.child {
				continue
			}
		}
		parent[c.child], rel[c.child] = c.parent, c.rel
		if c.parent != Unseen {
			r := trees.union(c.child, c.parent)
			top[r] = root
		}
	}

	// Stories.
	byRoot := make(map[int]*Story)
	var stories []*Story
	for i := range n {
		r := comp.find(i)
		s := byRoot[r]
		if s == nil {
			s = &Story{}
			byRoot[r] = s
			stories = append(stories, s)
		}
		s.Articles = append(s.Articles, i)
		if parent[i] != noParent {
			s.Lineage = append(s.Lineage, Edge{Child: i, Parent: parent[i], Relation: rel[i]})
		}
	}
	// Built in article order, so each story's Articles and Lineage are
	// sorted and the stories are in order of their smallest article.
	slices.SortStableFunc(stories, func(x, y *Story) int { return cmp.Compare(len(y.Articles), len(x.Articles)) })
	out := make([]Story, len(stories))
	for i, s := range stories {
		out[i] = *s
	}
	return out
}

// noParent marks an article not yet given a parent; Unseen is a parent.
const noParent = -2

// forest is a union–find over [0, n).
type forest struct {
	up   []int
	size []int
}

func newForest(n int) *forest {
	f := &forest{up: make([]int, n), size: make([]int, n)}
	for i := range f.up {
		f.up[i], f.size[i] = i, 1
	}
	return f
}

func (f *forest) find(x int) int {
	for f.up[x] != x {
		f.up[x] = f.up[f.up[x]]
		x = f.up[x]
	}
	return x
}

// union joins the sets of x and y and returns the representative.
func (f *forest) union(x, y int) int {
	x, y = f.find(x), f.find(y)
	if x == y {
		return x
	}
	if f.size[x] < f.size[y] {
		x, y = y, x
	}
	f.up[y] = x
	f.size[x] += f.size[y]
	return x
}
