package aeb

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"", nil},
		{"  ,. ", nil},
		{"Café, naïve_x 42!", []string{"Café", "naïve_x", "42"}},
		// Python's \w has no combining marks: Devanagari vowel signs and
		// the virama split words (checked against python3 re.findall).
		{"हिन्दी", []string{"ह", "न", "द"}},
		// Numbers of every kind are \w: ½ (No), Ⅻ (Nl).
		{"½ Ⅻ", []string{"½", "Ⅻ"}},
		{"don’t e-mail", []string{"don", "t", "e", "mail"}},
	}
	for _, tt := range tests {
		if got := Tokenize(tt.text); !cmp.Equal(got, tt.want) {
			t.Errorf("Tokenize(%q) = %q; want %q", tt.text, got, tt.want)
		}
	}
}

func TestShingles(t *testing.T) {
	tests := []struct {
		text string
		want map[string]int
	}{
		{"", map[string]int{}},                                    // one empty tuple, dropped
		{"a b", map[string]int{"a b": 1}},                         // fewer than 4 tokens: one short shingle
		{"a b c d", map[string]int{"a b c d": 1}},                 // exactly 4
		{"a b c d e", map[string]int{"a b c d": 1, "b c d e": 1}}, // 5-4+1 = 2
		{"a b c d a b c d", map[string]int{"a b c d": 2, "b c d a": 1, "c d a b": 1, "d a b c": 1}},
	}
	for _, tt := range tests {
		if got := Shingles(tt.text, NGram); !cmp.Equal(got, tt.want) {
			t.Errorf("Shingles(%q, 4) = %v; want %v", tt.text, got, tt.want)
		}
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		truth, pred string
		want        Counts
	}{
		// Identical: 2 shingles, tp 2 → normalised 1.
		{"a b c d e", "a b c d e", Counts{TP: 1}},
		// Prediction misses the last word: pred has 4 tokens, one shingle
		// "a b c d" (tp 1); truth's "b c d e" is a false negative.
		{"a b c d e", "a b c d", Counts{TP: 0.5, FN: 0.5}},
		// Short texts compare as one short shingle each.
		{"a b", "a b", Counts{TP: 1}},
		{"a b", "a b c", Counts{FP: 0.5, FN: 0.5}},
		// Both empty: nothing to count, no normalisation.
		{"", "", Counts{}},
		{"a b c d", "", Counts{FN: 1}},
		{"", "x y", Counts{FP: 1}},
		// Multiplicity: truth has "a b c d" twice plus 3 other shingles;
		// pred has it once. tp 1, fn 4, of 5.
		{"a b c d a b c d", "a b c d", Counts{TP: 0.2, FN: 0.8}},
		// Extra text: truth 2 shingles, pred 2 + 2 more. tp 2, fp 2.
		{"a b c d e", "a b c d e f g", Counts{TP: 0.5, FP: 0.5}},
	}
	for _, tt := range tests {
		if got := Match(tt.truth, tt.pred); got != tt.want {
			t.Errorf("Match(%q, %q) = %+v; want %+v", tt.truth, tt.pred, got, tt.want)
		}
	}
}

func TestScores(t *testing.T) {
	tests := []struct {
		c            Counts
		prec, recall float64
	}{
		{Counts{TP: 1}, 1, 1},
		{Counts{}, 1, 1}, // fp == fn == 0 comes first
		{Counts{TP: 0.5, FN: 0.5}, 1, 0.5},
		{Counts{TP: 0.5, FP: 0.5}, 0.5, 1},
		{Counts{FN: 1}, 0, 0},
		{Counts{FP: 1}, 0, 0},
		{Counts{FP: 0.5, FN: 0.5}, 0, 0},
	}
	for _, tt := range tests {
		if p, r := PrecisionScore(tt.c), RecallScore(tt.c); p != tt.prec || r != tt.recall {
			t.Errorf("PrecisionScore, RecallScore(%+v) = %v, %v; want %v, %v", tt.c, p, r, tt.prec, tt.recall)
		}
	}
}

func TestAggregate(t *testing.T) {
	counts := []Counts{
		{TP: 1},            // precision 1, recall 1
		{TP: 0.5, FN: 0.5}, // precision 1, recall 0.5
		{},                 // in neither mean
		{FN: 1},            // recall 0 only (tp+fp = 0)
		{FP: 1},            // precision 0 only (tp+fn = 0)
	}
	accs := []float64{1, 0, 1, 0, 0}
	// Variables, not constants: F1 is computed in float64 arithmetic, as
	// Python does, not exactly.
	var (
		prec   = 2.0 / 3 // (1 + 1 + 0) / 3
		recall = 0.5     // (1 + 0.5 + 0) / 3
		f1     = 2 * prec * recall / (prec + recall)
		acc    = 0.4
	)
	want := Scores{Precision: prec, Recall: recall, F1: f1, Accuracy: acc}
	if got := Aggregate(counts, accs); got != want {
		t.Errorf("Aggregate(%v) = %+v; want %+v", counts, got, want)
	}
	if got := Aggregate(nil, nil); got != (Scores{}) {
		t.Errorf("Aggregate(nil) = %+v; want zero", got)
	}
}

func TestMeanExact(t *testing.T) {
	// statistics.mean([0.1, 0.2, 0.3]) == 0.2 in Python; naive float
	// summation gives 0.20000000000000004.
	if got := mean([]float64{0.1, 0.2, 0.3}); got != 0.2 {
		t.Errorf("mean(0.1, 0.2, 0.3) = %v; want 0.2", got)
	}
}

func TestAccurate(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Hello, world!", "hello world", false}, // case matters
		{"Hello, world!", "Hello world", true},  // punctuation does not
		{"", "", true},
		{"a", "", false},
	}
	for _, tt := range tests {
		if got := Accurate(tt.a, tt.b); got != tt.want {
			t.Errorf("Accurate(%q, %q) = %v; want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
