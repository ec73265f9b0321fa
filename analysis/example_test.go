package analysis_test

import (
	"fmt"

	"github.com/reprint/reprint/analysis"
)

func ExampleTokenizer_Tokenize() {
	text := "Putin’s “cautious optimism”"
	var tk analysis.Tokenizer
	for _, tok := range tk.Tokenize(text, nil) {
		fmt.Println(tok.Span, text[tok.Span.Start:tok.Span.End])
	}
	// Output:
	// [0,5) Putin
	// [8,9) s
	// [13,21) cautious
	// [22,30) optimism
}
