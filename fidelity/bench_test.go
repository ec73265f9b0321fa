package fidelity

import (
	"testing"

	"github.com/reprint/reprint/quote"
)

// BenchmarkCheck checks every quotation of seed 002 against seed 001, the
// texts tokenised and indexed on each call as in use.
//
//	go test ./fidelity -run - -bench Check -count 10 | benchstat -
func BenchmarkCheck(b *testing.B) {
	d, s := mustSeed(b, "002"), mustSeed(b, "001")
	dq, sq := quote.Extract(d, nil), quote.Extract(s, nil)
	c, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(d) + len(s)))
	b.ReportAllocs()
	for b.Loop() {
		c.Check(d, s, dq, sq)
	}
	b.ReportMetric(float64(len(dq)), "quotes/op")
}
