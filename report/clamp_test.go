package report

import (
	"testing"

	"github.com/reprint/reprint"
)

// TestClampSpan: a span is clamped to the text and widened to the valid
// UTF-8 sequences its bounds cut, never to a stray continuation byte
// beside it (FuzzWriteHTML's 3f5db0fa34928612: a passage on "\n" took the
// "\xb5" after it and showed U+FFFD as shared).
func TestClampSpan(t *testing.T) {
	tests := []struct {
		text   string
		sp     reprint.Span
		lo, hi int
		ok     bool
	}{
		{"abc", reprint.Span{Start: 1, End: 2}, 1, 2, true},
		{"abc", reprint.Span{Start: -4, End: 9}, 0, 3, true},
		{"abc", reprint.Span{Start: 2, End: 1}, 0, 0, false},
		{"aé", reprint.Span{Start: 2, End: 3}, 1, 3, true},                // starts inside é
		{"éa", reprint.Span{Start: 0, End: 1}, 0, 2, true},                // ends inside é
		{"a世b", reprint.Span{Start: 2, End: 3}, 1, 4, true},               // inside 世, both bounds
		{"\n\xb500", reprint.Span{Start: 0, End: 1}, 0, 1, true},          // stray byte after
		{"0\xb5\xb5\n", reprint.Span{Start: 2, End: 4}, 2, 4, true},       // stray bytes before
		{"\xe4\xb8\n", reprint.Span{Start: 1, End: 2}, 1, 2, true},        // a cut sequence is no sequence
		{"\xf0\x9f\x98\x80x", reprint.Span{Start: 3, End: 5}, 0, 5, true}, // inside an emoji
	}
	for _, tt := range tests {
		lo, hi, ok := clampSpan(tt.text, tt.sp)
		if lo != tt.lo || hi != tt.hi || ok != tt.ok {
			t.Errorf("clampSpan(%q, %v) = %d, %d, %v; want %d, %d, %v", tt.text, tt.sp, lo, hi, ok, tt.lo, tt.hi, tt.ok)
		}
	}
}
