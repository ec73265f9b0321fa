package rewrite_test

import (
	"fmt"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/rewrite"
)

func ExampleAligner_Align() {
	a := "Flood waters swept through Harbourtown on Monday, destroying forty homes near the river. " +
		"Mayor Elena Ruiz ordered the evacuation of the old quarter. " +
		"Rescue crews from Portsmouth pulled twelve people from flooded cars overnight."
	b := "Forty riverside homes were destroyed when flood waters tore through Harbourtown on Monday. " +
		"The old quarter was evacuated on the orders of Mayor Elena Ruiz. " +
		"Overnight, Portsmouth rescue crews pulled twelve people out of flooded cars."
	// Sentence spans would come from package sentence; here they are
	// written out.
	sa := []reprint.Span{{Start: 0, End: 88}, {Start: 89, End: 148}, {Start: 149, End: len(a)}}
	sb := []reprint.Span{{Start: 0, End: 90}, {Start: 91, End: 155}, {Start: 156, End: len(b)}}

	al, err := rewrite.New(rewrite.Options{})
	if err != nil {
		panic(err)
	}
	res := al.Align(a, b, sa, sb, nil) // nil IDF: every term weighs 1
	for _, p := range res.Passages {
		fmt.Printf("%s %v %v\n", p.Kind, p.A, p.B)
	}
	for _, u := range res.Pairs {
		fmt.Printf("A%v ~ B%v %.2f\n", u.A, u.B, u.Score)
	}
	// Output:
	// rewrite [0,227) [0,232)
	// A[0] ~ B[0] 0.73
	// A[1] ~ B[1] 0.95
	// A[2] ~ B[2] 0.93
}
