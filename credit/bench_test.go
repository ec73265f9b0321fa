package credit_test

import (
	"testing"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/credit"
)

// BenchmarkCheck measures Check on seed 003 against a source of known
// publisher (the full search: credit lines, inline forms, links).
//
//	go test -run XXX -bench Check -count 10 ./credit | benchstat -
func BenchmarkCheck(b *testing.B) {
	derived := mustSeed(b, "003")
	source := &reprint.Article{Meta: reprint.Meta{Site: "Reuters"}}
	b.SetBytes(int64(len(derived.Text)))
	b.ReportAllocs()
	for b.Loop() {
		credit.Check(derived, source)
	}
}
