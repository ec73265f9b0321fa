package clough_test

import (
	"fmt"

	"github.com/reprint/reprint/eval/clough"
)

// ExampleFitCuts fits the three thresholds of the ordinal classifier on
// six scored answers.
func ExampleFitCuts() {
	scores := []float64{0.1, 0.2, 0.4, 0.5, 0.6, 0.9}
	cats := []clough.Category{clough.Non, clough.Non, clough.Heavy, clough.Heavy, clough.Light, clough.Cut}
	cuts, right := clough.FitCuts(scores, cats)
	fmt.Printf("%.2f %d/%d\n", cuts, right, len(scores))
	fmt.Println(cuts.Classify(0.45), cuts.Classify(0.7))
	// Output:
	// [0.30 0.55 0.75] 6/6
	// heavy light
}
