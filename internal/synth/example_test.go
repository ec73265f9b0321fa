package synth_test

import (
	"fmt"

	"github.com/reprint/reprint/internal/synth"
)

func ExampleCorpus() {
	s := synth.Corpus(42, 1000, synth.Options{})
	r := s.Reuse()[0]
	fmt.Println(s.Len(), len(s.Reuse()) > 150)
	fmt.Println(r.Src < r.Dst, r.Len > 0)
	// Output:
	// 1000 true
	// true true
}
