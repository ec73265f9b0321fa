package align_test

import (
	"fmt"

	"github.com/reprint/reprint/align"
	"github.com/reprint/reprint/analysis"
)

func ExampleAligner_Align() {
	a := "Breaking: The storm knocked out power to about forty thousand homes in the coastal towns overnight, and crews from three neighbouring regions are working to restore it before the weekend. More later."
	b := "Weather update.\nThe storm knocked out power to about forty thousand homes in the coastal towns overnight,\nand crews from three neighbouring regions are working to restore it before the weekend.\nSee our live page."
	al, err := align.New(align.Options{})
	if err != nil {
		panic(err)
	}
	res := al.Align(a, b, analysis.Tokenize(a), analysis.Tokenize(b))
	for _, p := range res.Passages {
		fmt.Printf("%s %.2f\n%q\n", p.Kind, p.Score, a[p.A.Start:p.A.End])
	}
	// Output:
	// verbatim 1.00
	// "The storm knocked out power to about forty thousand homes in the coastal towns overnight, and crews from three neighbouring regions are working to restore it before the weekend."
}
