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
