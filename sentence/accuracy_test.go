package sentence

import (
	"testing"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/internal/sentencecase"
)

// labelledPath is the hand-labelled test set (format: package
// internal/sentencecase).
const labelledPath = "testdata/news.txt"

func spanEnds(spans []reprint.Span) []int {
	ends := make([]int, len(spans))
	for i, sp := range spans {
		ends[i] = sp.End
	}
	return ends
}

// TestAccuracy measures this package on the hand-labelled set: every case
// passes today, so a regression shows up here. The comparison with
// neurosnap/sentences, and the figures in doc.go, come from the benchmark
// module:
//
//	cd bench && go test -run TestSentenceAccuracy -v
func TestAccuracy(t *testing.T) {
	cases, err := sentencecase.Read(labelledPath)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 30 {
		t.Fatalf("labelled set has %d cases; want at least 30", len(cases))
	}
	var ours sentencecase.Score
	for _, c := range cases {
		want, err := c.Ends()
		if err != nil {
			t.Fatal(err)
		}
		ours.Add(c.Name, spanEnds(Split(c.Text, nil)), want, len(c.Text))
	}
	t.Logf("exact %d/%d  boundaries tp=%d fp=%d fn=%d F1=%.3f", ours.Exact, ours.Cases, ours.TP, ours.FP, ours.FN, ours.F1())
	if ours.Exact != ours.Cases {
		t.Errorf("rule-based segmenter got %d/%d cases exactly; failed: %v", ours.Exact, ours.Cases, ours.Failures)
	}
}
