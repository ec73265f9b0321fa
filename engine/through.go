package engine

import (
	"fmt"
	"slices"

	"github.com/reprint/reprint/judge"
	"github.com/reprint/reprint/provenance"
)

// MaxThroughStory bounds the stories whose articles are paired through
// their lineage (SameStoryThrough): a story of n articles has up to
// n(n−1)/2 such pairs, and past a few dozen articles (a wire story run by
// every outlet of a country) they say nothing the story's list of
// articles does not, at a quadratic cost in the report. 64 articles give
// at most 2,016 pairs.
const MaxThroughStory = 64

// throughPair is a pair of articles that tell one story through the lineage
// (SameStoryThrough): x < z, and via the articles that make them so.
type throughPair struct {
	x, z int
	via  []int
}

// sameStoryThrough returns the pairs of articles of a story that share
// no link of their own but are the same story through its lineage: two of a story that share no link of their
// own are the same story when the lineage makes them one: both descend
// from one article (siblings under a wire story, an excerpt of a live
// blog beside a rewrite of other entries), or one descends from the
// other through a third, or each descends from (or is) one of two
// articles that tell the same story without reuse (a correspondent's own
// report and the copies of an agency's story), or of two roots a reuse
// link joins (two versions of an unseen source, or of one text whose
// order is unknown). That is the story sets'
// definition of the same story ("same event, not derived one from the
// other, or derived only through another"). A reuse link between two
// lines that is no arc of the lineage does not join them: a digest
// takes from several stories, which stay apart; so does a passage set
// into a longer text (ThroughMinShare). Only stories of at most
// MaxThroughStory articles.
func sameStoryThrough(stories []provenance.Story, links []provenance.Link, rels []judge.Relation) []throughPair {
	linked := map[[2]int]bool{}
	linkOf := map[[2]int]int{}
	for k, l := range links {
		if rels[k] > judge.Unrelated {
			linked[[2]int{min(l.A, l.B), max(l.A, l.B)}] = true
		}
		linkOf[[2]int{min(l.A, l.B), max(l.A, l.B)}] = k
	}
	var out []throughPair
	for _, st := range stories {
		if len(st.Articles) < 3 || len(st.Articles) > MaxThroughStory {
			continue
		}
		parent := map[int]int{} // the lineage's arcs along which the child tells its parent's story
		hung := map[int]bool{}  // articles the lineage hangs from a seen parent
		for _, e := range st.Lineage {
			if e.Parent < 0 {
				continue
			}
			hung[e.Child] = true
			if k, ok := linkOf[[2]int{min(e.Child, e.Parent), max(e.Child, e.Parent)}]; ok && (links[k].Kept(e.Child) >= ThroughMinShare || links[k].Kept(e.Parent) >= ThroughWholeShare) {
				parent[e.Child] = e.Parent
			}
		}
		root := func(x int) int {
			for steps := 0; steps < len(st.Articles); steps++ {
				p, ok := parent[x]
				if !ok {
					break
				}
				x = p
			}
			return x
		}
		// Lines joined by a same-story link: each line by its root.
		line := map[int]int{}
		for _, x := range st.Articles {
			line[x] = root(x)
		}
		join := map[int]int{}
		var find func(r int) int
		find = func(r int) int {
			if j, ok := join[r]; ok && j != r {
				j = find(j)
				join[r] = j
				return j
			}
			return r
		}
		bridge := map[[2]int][2]int{} // joined roots → the same-story pair that joined them
		for k, l := range links {
			// A same-story link joins two lines; so does a reuse link
			// between their roots, which the lineage leaves unordered
			// or hangs from one unseen source: two versions of one
			// text. Not one from a descendant: a digest's passage of
			// another story.
			if rels[k] != judge.SameStory && !(rels[k] > judge.SameStory && !hung[l.A] && !hung[l.B]) {
				continue
			}
			ra, inA := line[l.A]
			rb, inB := line[l.B]
			if !inA || !inB {
				continue
			}
			if fa, fb := find(ra), find(rb); fa != fb {
				join[max(fa, fb)] = min(fa, fb)
				bridge[[2]int{min(ra, rb), max(ra, rb)}] = [2]int{min(l.A, l.B), max(l.A, l.B)}
			}
		}
		members := slices.Clone(st.Articles)
		slices.Sort(members)
		for i, x := range members {
			for _, z := range members[i+1:] {
				if linked[[2]int{x, z}] {
					continue
				}
				rx, rz := line[x], line[z]
				switch {
				case rx == rz:
					out = append(out, throughPair{x: x, z: z, via: []int{rx}})
				case find(rx) == find(rz):
					if b, ok := bridge[[2]int{min(rx, rz), max(rx, rz)}]; ok {
						out = append(out, throughPair{x: x, z: z, via: []int{b[0], b[1]}})
					} else {
						out = append(out, throughPair{x: x, z: z, via: []int{min(rx, rz), max(rx, rz)}})
					}
				}
			}
		}
	}
	return out
}

// ThroughMinShare is how much of an article its parent must account for
// for the article to tell its parent's story (sameStoryThrough). A copy,
// an excerpt and a rewrite of a news story are its story through and
// through (the story sets' derived articles, 0.6–1.0; a content farm's
// rewrite padded with its contents, key points and questions, 0.45–0.5);
// a passage set into a longer text on other things is not (PAN 2013's
// suspicious documents, whose source accounts for a median 0.13 of
// them: two hosts of one source's passages tell no story in common).
const ThroughMinShare = 0.4

// ThroughWholeShare is how much of the parent an article must hold for
// it to tell its parent's story however much it adds: a wire's urgent of
// two sentences inside its developed dispatch (0.97 of the urgent, 0.13
// of the dispatch) is the dispatch's story, where a passage taken from a
// longer text holds a part of it (PAN 2013's sources, of which a
// suspicious document holds a median 0.13 or so).
const ThroughWholeShare = 0.9

// throughReason says why a pair found by sameStoryThrough is the same
// story, naming articles by id.
func throughReason(t throughPair, id func(int) string) string {
	if len(t.via) == 1 {
		r := t.via[0]
		if r == t.x || r == t.z {
			d := t.z
			if r == t.z {
				d = t.x
			}
			return fmt.Sprintf("the same story through the lineage: %s descends from %s through another version", id(d), id(r))
		}
		return fmt.Sprintf("the same story through the lineage: both descend from %s", id(r))
	}
	return fmt.Sprintf("the same story through the lineage: their lines meet where %s and %s tell the story apart", id(t.via[0]), id(t.via[1]))
}
