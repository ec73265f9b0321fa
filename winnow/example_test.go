package winnow_test

import (
	"fmt"

	"github.com/reprint/reprint/winnow"
)

func ExampleSelect() {
	// Shingle hashes of a text (small numbers for the example).
	hashes := []uint64{77, 74, 42, 17, 98, 50, 17, 98, 8, 88, 67, 39, 77, 74, 42, 17, 98}
	for _, f := range winnow.Select(hashes, 4, nil) {
		fmt.Printf("%d@%d ", f.Hash, f.Pos)
	}
	fmt.Println()
	// Output:
	// 17@3 17@6 8@8 39@11 17@15
}
