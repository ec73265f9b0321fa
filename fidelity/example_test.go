package fidelity_test

import (
	"fmt"

	"github.com/reprint/reprint/fidelity"
	"github.com/reprint/reprint/quote"
)

func ExampleChecker_Check() {
	source := `Trump called the talks "good and productive". ` +
		`He said Putin would "drag" everyone into "endless discussions". ` +
		`"Putin is lying about the real situation on the battlefield," Zelensky wrote.`
	derived := `Trump hailed "productive" talks. Putin would "drag everyone into endless discussions". ` +
		`"Putin is lying about the true situation on the battlefield," Zelensky wrote. ` +
		`Trump said troops were "completely surrounded". Talks had "stalled".`

	c, err := fidelity.New(fidelity.Options{})
	if err != nil {
		panic(err)
	}
	for _, ch := range c.Check(derived, source, quote.Extract(derived, nil), quote.Extract(source, nil)) {
		fmt.Printf("%-11s %q\n", ch.Status, ch.Text)
		for _, op := range ch.Diff {
			if op.Kind != "equal" {
				fmt.Printf("            %s %q → %q\n", op.Kind, op.Source, op.Derived)
			}
		}
	}
	// Output:
	// fragment    "productive"
	// merged      "drag everyone into endless discussions"
	// altered     "Putin is lying about the true situation on the battlefield,"
	//             replace "real" → "true"
	// unattested  "completely surrounded"
	// term        "stalled"
}
