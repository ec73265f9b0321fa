package engine_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/engine"
)

// TestAllPairs checks that AllPairs takes detect.Run's decision.
func TestAllPairs(t *testing.T) {
	d, err := detect.New(detect.Options{})
	if err != nil {
		t.Fatal(err)
	}
	word := "news "
	for _, tc := range []struct{ docs, words int }{{0, 0}, {1, 10}, {2, 10}, {40, 500}, {200, 400}, {300, 400}} {
		texts := make([]string, tc.docs)
		total := 0
		for i := range texts {
			texts[i] = fmt.Sprintf("%d ", i) + strings.Repeat(word, tc.words-1)
			total += tc.words
		}
		res, err := d.Run(context.Background(), texts, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := engine.AllPairs(detect.Options{}, tc.docs, total); got != res.Stats.AllPairs {
			t.Errorf("AllPairs(%d docs, %d words) = %v; Run's Stats.AllPairs = %v", tc.docs, total, got, res.Stats.AllPairs)
		}
	}
	if engine.AllPairs(detect.Options{AllPairsWork: -1}, 5, 50) {
		t.Errorf("AllPairs with AllPairsWork -1 = true; want false")
	}
}
