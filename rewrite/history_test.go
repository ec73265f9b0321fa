package rewrite

import (
	"slices"
	"testing"

	"github.com/reprint/reprint/sentence"
)

// TestTermsIndependentOfHistory: the terms of a text do not depend on the
// texts an Analyzer saw before (its stem cache once keyed words by their
// normalised token, so the micro sign in "5 µg" seen first gave "5 μg"
// its term).
func TestTermsIndependentOfHistory(t *testing.T) {
	text := "Each dose holds 5 μg of the drug."
	fresh := NewAnalyzer().Terms(text, sentence.Split(text, nil), nil)
	an := NewAnalyzer()
	before := "Each dose holds 5 µg of the drug."
	an.Terms(before, sentence.Split(before, nil), nil)
	got := an.Terms(text, sentence.Split(text, nil), nil)
	if !slices.Equal(got, fresh) {
		t.Errorf("terms after another text %v, fresh %v", got, fresh)
	}
}
