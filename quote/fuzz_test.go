package quote

import "testing"

// FuzzExtract checks that any input extracts without panicking into
// ordered, in-bounds, rune-aligned quotations.
//
//	go test ./quote -fuzz FuzzExtract -fuzztime 30s
func FuzzExtract(f *testing.F) {
	for _, tt := range extractTests {
		f.Add(tt.in)
	}
	f.Add("\"\xff'\xe2\x80\x9c")
	f.Add("“‘«„‚‹「『 ”’»“‘›」』")
	f.Add("– Vi, —")
	f.Add("– Ja, säger Hon. – ”Nej”, — сказал он.\n\n– Ok")
	f.Fuzz(func(t *testing.T, text string) {
		checkQuotes(t, text, Extract(text, nil))
	})
}
