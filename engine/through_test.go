package engine

import (
	"slices"
	"testing"

	"github.com/reprint/reprint/judge"
	"github.com/reprint/reprint/provenance"
)

// TestSameStoryThrough: siblings under one article, a descendant two
// steps down, and two lines joined by a same-story link are the same
// story; a digest's reuse of another line joins nothing, and linked
// pairs are not repeated.
func TestSameStoryThrough(t *testing.T) {
	type pair struct{ x, z int }
	tests := []struct {
		name    string
		stories []provenance.Story
		links   []provenance.Link
		rels    []judge.Relation
		want    []pair
	}{
		{
			name:    "siblings and a grandchild",
			stories: []provenance.Story{{Articles: []int{0, 1, 2, 3}, Lineage: []provenance.Edge{{Child: 1, Parent: 0}, {Child: 2, Parent: 0}, {Child: 3, Parent: 1}}}},
			links:   []provenance.Link{{A: 0, B: 1, Shares: [2]float64{0.9, 0.9}}, {A: 0, B: 2, Shares: [2]float64{0.9, 0.9}}, {A: 1, B: 3, Shares: [2]float64{0.9, 0.9}}},
			rels:    []judge.Relation{judge.Rewrite, judge.Copy, judge.Copy},
			want:    []pair{{0, 3}, {1, 2}, {2, 3}},
		},
		{
			name:    "an independent report beside a line",
			stories: []provenance.Story{{Articles: []int{0, 1, 2}, Lineage: []provenance.Edge{{Child: 1, Parent: 0}}}},
			links:   []provenance.Link{{A: 0, B: 1, Shares: [2]float64{0.9, 0.9}}, {A: 0, B: 2, Shares: [2]float64{0.9, 0.9}}},
			rels:    []judge.Relation{judge.Rewrite, judge.SameStory},
			want:    []pair{{1, 2}},
		},
		{
			name:    "a digest of three stories joins none of them",
			stories: []provenance.Story{{Articles: []int{0, 1, 2, 3}, Lineage: []provenance.Edge{{Child: 3, Parent: 0}}}},
			links:   []provenance.Link{{A: 0, B: 3, Shares: [2]float64{0.9, 0.9}}, {A: 1, B: 3, Shares: [2]float64{0.9, 0.9}}, {A: 2, B: 3, Shares: [2]float64{0.9, 0.9}}},
			rels:    []judge.Relation{judge.Rewrite, judge.Rewrite, judge.PartialCopy},
			want:    nil,
		},
		{
			name:    "two versions of an unseen source, and a copy of one",
			stories: []provenance.Story{{Articles: []int{0, 1, 2}, Lineage: []provenance.Edge{{Child: 0, Parent: provenance.Unseen}, {Child: 1, Parent: provenance.Unseen}, {Child: 2, Parent: 1}}}},
			links:   []provenance.Link{{A: 0, B: 1, Shares: [2]float64{0.9, 0.9}}, {A: 1, B: 2, Shares: [2]float64{0.9, 0.9}}},
			rels:    []judge.Relation{judge.Rewrite, judge.Copy},
			want:    []pair{{0, 2}},
		},
		{
			name:    "a passage set into a longer host tells no story of its parent's",
			stories: []provenance.Story{{Articles: []int{0, 1, 2}, Lineage: []provenance.Edge{{Child: 1, Parent: 0}, {Child: 2, Parent: 0}}}},
			links:   []provenance.Link{{A: 0, B: 1, Shares: [2]float64{0.4, 0.05}}, {A: 0, B: 2, Shares: [2]float64{0.3, 0.04}}},
			rels:    []judge.Relation{judge.PartialCopy, judge.Rewrite},
			want:    nil,
		},
		{
			// A wire's urgent 0 wholly inside its developed dispatch 1,
			// which a paper 2 copies: the urgent tells the paper's story
			// through the dispatch.
			name:    "a parent held whole by a longer child",
			stories: []provenance.Story{{Articles: []int{0, 1, 2}, Lineage: []provenance.Edge{{Child: 1, Parent: 0}, {Child: 2, Parent: 1}}}},
			links:   []provenance.Link{{A: 0, B: 1, Shares: [2]float64{0.97, 0.13}}, {A: 1, B: 2, Shares: [2]float64{0.95, 0.9}}},
			rels:    []judge.Relation{judge.PartialCopy, judge.Copy},
			want:    []pair{{0, 2}},
		},
		{
			name:    "two roots a reuse link joins, the order unknown",
			stories: []provenance.Story{{Articles: []int{0, 1, 2}, Lineage: []provenance.Edge{{Child: 2, Parent: 1}}}},
			links:   []provenance.Link{{A: 0, B: 1, Shares: [2]float64{0.9, 0.9}}, {A: 1, B: 2, Shares: [2]float64{0.9, 0.9}}},
			rels:    []judge.Relation{judge.Rewrite, judge.Copy},
			want:    []pair{{0, 2}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []pair
			for _, p := range sameStoryThrough(tt.stories, tt.links, tt.rels) {
				got = append(got, pair{p.x, p.z})
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("sameStoryThrough = %v; want %v", got, tt.want)
			}
		})
	}
}
