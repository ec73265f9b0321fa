package pan_test

import (
	"fmt"

	"github.com/reprint/reprint/eval/pan"
)

// A case of 100 code points on each side, found in two pieces that cover
// 90 of them on each side: recall 0.9, precision 1, granularity 2.
func ExampleEvaluator() {
	var e pan.Evaluator
	cases := []pan.Passage{{ThisOffset: 0, ThisLength: 100, SourceOffset: 500, SourceLength: 100}}
	dets := []pan.Passage{
		{ThisOffset: 0, ThisLength: 40, SourceOffset: 500, SourceLength: 40},
		{ThisOffset: 50, ThisLength: 50, SourceOffset: 550, SourceLength: 50},
	}
	if err := e.Add("suspicious-document00001.txt", "source-document00001.txt", cases, dets); err != nil {
		fmt.Println(err)
		return
	}
	m := e.Measures()
	fmt.Printf("recall %.2f precision %.2f granularity %.0f plagdet %.4f\n", m.Recall, m.Precision, m.Granularity, m.Plagdet)
	// Output: recall 0.90 precision 1.00 granularity 2 plagdet 0.5977
}
