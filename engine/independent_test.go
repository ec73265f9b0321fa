package engine

import (
	"testing"

	"github.com/reprint/reprint/fidelity"
)

// TestIndependentQuotes: a rewrite is two reports of one event only when
// each side quotes at least IndependentQuoteMin speakers of its own and
// nothing either quotes is attested in the other.
func TestIndependentQuotes(t *testing.T) {
	own := func(text string) fidelity.Check { return fidelity.Check{Text: text, Status: fidelity.Unattested} }
	with := func(text string, s fidelity.Status) fidelity.Check { return fidelity.Check{Text: text, Status: s} }
	const q1, q2, q3 = "I thought it was a fox until I saw the tail", "He is a curious animal and he found a gap", "He just sat there looking at me"
	tests := []struct {
		name   string
		ab, ba []fidelity.Check
		want   bool
	}{
		{"two reports", []fidelity.Check{own(q1), own(q2)}, []fidelity.Check{own(q3), own("He's lost a little weight, but no injuries")}, true},
		{"a scare quote beside them", []fidelity.Check{own(q1), own(q2), with("buboes", fidelity.Term)}, []fidelity.Check{own(q3), own(q1 + " again")}, true},
		{"one quotation kept", []fidelity.Check{own(q1), own(q2), with(q3, fidelity.Exact)}, []fidelity.Check{own(q3), own(q1 + " again")}, false},
		{"one quotation altered", []fidelity.Check{own(q1), own(q2)}, []fidelity.Check{own(q3), with(q1, fidelity.Altered)}, false},
		{"words out of the source's quotation marks", []fidelity.Check{own(q1), own(q2)}, []fidelity.Check{own(q3), with(q2, fidelity.UnquotedInSource), own(q1)}, false},
		{"a short quotation kept", []fidelity.Check{own(q1), own(q2), with("cautious optimism", fidelity.Fragment)}, []fidelity.Check{own(q3), own(q1 + " again")}, false},
		{"one side quotes once", []fidelity.Check{own(q1)}, []fidelity.Check{own(q3), own(q2)}, false},
		{"short quotations are not a report's own", []fidelity.Check{own(q1), own("no comment")}, []fidelity.Check{own(q3), own(q2)}, false},
		{"no quotations", nil, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := independentQuotes(tt.ab, tt.ba); got != tt.want {
				t.Errorf("independentQuotes = %v; want %v", got, tt.want)
			}
		})
	}
}
