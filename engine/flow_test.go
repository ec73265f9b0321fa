package engine_test

import (
	"path/filepath"
	"testing"

	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/provenance"
)

// TestFlowInsertedPassage compares a news story with a report on another
// subject into which one of the story's paragraphs was pasted
// (testdata/flow): the paragraph continues the story's own text about the
// barrier's design and is set among football results in the other, so the
// flow names the story as the source. Each text has material and
// quotations of its own, the pattern of a common source, and the host's
// other subjects read as details the story lacks; the flow settles both.
func TestFlowInsertedPassage(t *testing.T) {
	host, source := filepath.Join("testdata", "flow", "host.txt"), filepath.Join("testdata", "flow", "source.txt")
	model, err := engine.Compare(t.Context(), engine.Options{}, host, source)
	if err != nil {
		t.Fatal(err)
	}
	if len(model.Pairs) != 1 {
		t.Fatalf("Compare(%s, %s): %d pairs; want 1", host, source, len(model.Pairs))
	}
	p := model.Pairs[0]
	if p.Source == nil || *p.Source != "source.txt" || p.Common {
		t.Errorf("Compare(%s, %s): source %v (common %v); want source.txt", host, source, p.Source, p.Common)
	}
	found := false
	for _, s := range p.Direction {
		if s.Signal == provenance.SignalFlow {
			found = true
			if s.Points != "source.txt" {
				t.Errorf("flow points to %q (%s); want source.txt", s.Points, s.Detail)
			}
		}
	}
	if !found {
		t.Errorf("no %s signal in %+v", provenance.SignalFlow, p.Direction)
	}
}
