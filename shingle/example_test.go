package shingle_test

import (
	"fmt"

	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/shingle"
)

func ExampleHashes() {
	text := "The minister said on Tuesday that the plan would go ahead."
	toks := analysis.Tokenize(text)
	for _, s := range shingle.Hashes(toks, shingle.K, nil)[:3] {
		fmt.Printf("%q\n", text[s.Span.Start:s.Span.End])
	}
	// Output:
	// "The minister said on Tuesday"
	// "minister said on Tuesday that"
	// "said on Tuesday that the"
}
