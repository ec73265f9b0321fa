package fidelity

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/reprint/reprint/quote"
)

// TestHostileInput checks that the caps bound the work, measured in DP
// cells, when quotations are long and many and every word seeds: 100
// derived quotations of 200 words against a source of 20,000 words in
// 1,000 quotations, over a vocabulary of 400 words (each occurring 50
// times, under MaxPostings). Without the caps each quotation would be
// aligned against every source quotation and the whole source.
func TestHostileInput(t *testing.T) {
	if testing.Short() {
		t.Skip("builds large texts")
	}
	word := func(k int) string { return "w" + strconv.Itoa(k%400) }
	var src, der strings.Builder
	for k := range 1000 {
		src.WriteString(`"`)
		for i := range 20 {
			if i > 0 {
				src.WriteByte(' ')
			}
			src.WriteString(word(k*7 + i*13))
		}
		src.WriteString(`" said c. `)
	}
	const nq, n = 100, 200
	for k := range nq {
		der.WriteString(`He said "`)
		for i := range n {
			if i > 0 {
				der.WriteByte(' ')
			}
			der.WriteString(word(k*31 + i*i))
		}
		der.WriteString(`". `)
	}
	c := mustChecker(t, Options{})
	o := c.Options()
	d, s := der.String(), src.String()
	dq := quote.Extract(d, nil)
	if len(dq) != nq {
		t.Fatalf("extracted %d derived quotations; want %d", len(dq), nq)
	}
	start := time.Now()
	st := newState(d, s, quote.Extract(s, nil), o.MaxSourceQuotes)
	for _, q := range dq {
		c.check(st, q)
	}
	el := time.Since(start)
	// Per quotation: 3 windows for the whole source, 3 for each of at
	// most MaxCandidates+1 source quotations, each n × (1.5n + 3·MaxGap).
	limit := nq * maxWindows * (o.MaxCandidates + 2) * n * (n + n/2 + 3*o.MaxGap)
	if st.al.cells > limit {
		t.Errorf("aligned %d DP cells; want at most %d", st.al.cells, limit)
	}
	t.Logf("%d quotations: %d DP cells (limit %d) in %v", nq, st.al.cells, limit, el)
}
