package provenance_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/provenance"
)

// words returns n words "w0 w1 …" starting at w<from>, and the byte span
// of each in the returned text.
func words(from, n int) (string, []reprint.Span) {
	var b strings.Builder
	var spans []reprint.Span
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		start := b.Len()
		fmt.Fprintf(&b, "w%d", from+i)
		spans = append(spans, reprint.Span{Start: start, End: b.Len()})
	}
	return b.String(), spans
}

func TestFlowContext(t *testing.T) {
	const n = 3 * provenance.FlowWindow
	text, at := words(0, n)
	// span of words [i, j)
	span := func(i, j int) reprint.Span { return reprint.Span{Start: at[i].Start, End: at[j-1].End} }
	toks := analysis.Tokenize(text)
	w := provenance.FlowWindow
	tests := []struct {
		name     string
		passages []reprint.Span
		want     []reprint.Span
	}{
		{"middle: a window each side", []reprint.Span{span(n/2, n/2+10)},
			[]reprint.Span{span(n/2-w, n/2), span(n/2+10, n/2+10+w)}},
		{"at the start: after only", []reprint.Span{span(0, 10)}, []reprint.Span{span(10, 10+w)}},
		{"at the end: before only", []reprint.Span{span(n-10, n)}, []reprint.Span{span(n-10-w, n-10)}},
		{"short text around", []reprint.Span{span(5, n-5)}, []reprint.Span{span(0, 5), span(n-5, n)}},
		// The words between two passages are the context of both; no
		// window runs into a passage.
		{"between two passages", []reprint.Span{span(100, 110), span(130, 140)},
			[]reprint.Span{span(100-w, 100), span(110, 130), span(110, 130), span(140, 140+w)}},
		{"whole text: none", []reprint.Span{span(0, n)}, nil},
		{"no passage", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := provenance.FlowContext(toks, tt.passages)
			if !slices.Equal(got, tt.want) {
				t.Errorf("FlowContext(%v) = %v; want %v", tt.passages, got, tt.want)
			}
		})
	}
}

func TestFlowOf(t *testing.T) {
	tests := []struct {
		passage, context []uint64
		want             provenance.Flow
		share            float64
	}{
		{[]uint64{1, 2, 3}, []uint64{2, 3, 4, 5}, provenance.Flow{ContextTerms: 4, Cohesive: 2}, 0.5},
		{[]uint64{1, 2, 3}, []uint64{4, 5}, provenance.Flow{ContextTerms: 2, Cohesive: 0}, 0},
		{[]uint64{1, 2}, nil, provenance.Flow{}, 0},
		{nil, []uint64{1}, provenance.Flow{ContextTerms: 1}, 0},
	}
	for _, tt := range tests {
		got := provenance.FlowOf(tt.passage, tt.context)
		if got != tt.want || got.Share() != tt.share {
			t.Errorf("FlowOf(%v, %v) = %+v (share %v); want %+v (share %v)", tt.passage, tt.context, got, got.Share(), tt.want, tt.share)
		}
	}
}
