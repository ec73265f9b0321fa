package fidelity

import (
	"testing"

	"github.com/reprint/reprint/quote"
)

// FuzzCheck checks that any pair of texts checks without panicking into
// one verdict per derived quotation, with every span inside its text.
//
//	go test ./fidelity -fuzz FuzzCheck -fuzztime 30s
func FuzzCheck(f *testing.F) {
	for _, tt := range checkTests {
		f.Add(tt.derived, tt.source)
	}
	f.Add(`"a a a a" "a"`, `"a" a "a a" a`)
	f.Add("“‘«„ ”’»“ \"\xff'", "\"\xff\" ‘x’ “")
	c, err := New(Options{MaxQuoteWords: 20, MaxGap: 4, MaxPostings: 8})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, derived, source string) {
		dq := quote.Extract(derived, nil)
		checkInvariants(t, derived, source, dq, c.Check(derived, source, dq, quote.Extract(source, nil)))
	})
}
