package engine

import (
	"testing"

	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/judge"
	"github.com/reprint/reprint/provenance"
)

// TestThroughCopies: a same-story pair that shares passages is a rewrite
// when one side copies a text the other rewrites, and only then; the
// lifted link directs nothing.
func TestThroughCopies(t *testing.T) {
	// 0 a release, 1 its verbatim copy, 2 a report written from it, 3 an
	// independent report of the same event.
	pair := func(a, b int, passages int) detect.Pair {
		return detect.Pair{A: a, B: b, Evidence: judge.Evidence{Passages: passages}}
	}
	pairs := []detect.Pair{pair(0, 1, 5), pair(0, 2, 3), pair(1, 2, 2), pair(1, 3, 1), pair(2, 3, 1), pair(0, 3, 0)}
	rels := []judge.Relation{judge.Copy, judge.Rewrite, judge.SameStory, judge.SameStory, judge.SameStory, judge.SameStory}
	links := make([]provenance.Link, len(pairs))
	for k, p := range pairs {
		links[k] = provenance.NewLink(p.A, p.B, rels[k], p.Evidence, provenance.Direction{Source: provenance.SourceA})
	}
	throughCopies(pairs, rels, links)
	want := []judge.Relation{judge.Copy, judge.Rewrite, judge.Rewrite, judge.SameStory, judge.SameStory, judge.SameStory}
	for k := range pairs {
		if rels[k] != want[k] {
			t.Errorf("pair %d-%d: %v; want %v", pairs[k].A, pairs[k].B, rels[k], want[k])
		}
	}
	if links[2].Relation != judge.Rewrite || links[2].Direction.Source != provenance.SourceUnknown {
		t.Errorf("lifted link: %v, source %v; want rewrite of unknown direction", links[2].Relation, links[2].Direction.Source)
	}
	if links[3].Direction.Source != provenance.SourceA {
		t.Errorf("link 1-3 changed: %+v", links[3].Direction)
	}
}

// TestThroughPartialCopies: a same-story pair x–y that shares passages is
// a rewrite when a third article took a part of x word for word and y
// reworded that article; not when x took its part from the third (two
// takes of one story are siblings), nor when the third reworded y.
func TestThroughPartialCopies(t *testing.T) {
	pair := func(a, b int) detect.Pair {
		return detect.Pair{A: a, B: b, Evidence: judge.Evidence{Passages: 2}}
	}
	src := func(s provenance.Source) provenance.Direction { return provenance.Direction{Source: s} }
	tests := []struct {
		name  string
		dirs  [3]provenance.Source // of 0-1 (partial-copy), 1-2 (rewrite), 0-2 (same-story)
		lifts bool
	}{
		// 0 a broadcaster's story, 1 a paper that ran its first half, 2 a
		// blog that reworded the paper's page.
		{"a part taken, then reworded", [3]provenance.Source{provenance.SourceA, provenance.SourceA, provenance.SourceUnknown}, true},
		// 1 the agency, 0 a county site running its first paragraphs, 2
		// a paper's rewrite of the agency's story: siblings.
		{"siblings under one source", [3]provenance.Source{provenance.SourceB, provenance.SourceA, provenance.SourceUnknown}, false},
		{"the part's taker reworded the other", [3]provenance.Source{provenance.SourceA, provenance.SourceB, provenance.SourceUnknown}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pairs := []detect.Pair{pair(0, 1), pair(1, 2), pair(0, 2)}
			rels := []judge.Relation{judge.PartialCopy, judge.Rewrite, judge.SameStory}
			links := make([]provenance.Link, len(pairs))
			for k, p := range pairs {
				links[k] = provenance.NewLink(p.A, p.B, rels[k], p.Evidence, src(tt.dirs[k]))
			}
			throughCopies(pairs, rels, links)
			if got := rels[2] == judge.Rewrite; got != tt.lifts {
				t.Errorf("pair 0-2: %v; want lifted %v", rels[2], tt.lifts)
			}
		})
	}
}
