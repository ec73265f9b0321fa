package credit_test

import (
	"slices"
	"testing"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/credit"
)

func TestLines(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"none", "A British water company was fined.\nIt will appeal.", nil},
		{"dateline", "LONDON (Reuters) – A British water company was fined.", []string{"LONDON (Reuters)"}},
		{"dateline with date", "Intro\nWASHINGTON, March 14 (AP) — The Senate voted.", []string{"WASHINGTON, March 14 (AP)"}},
		{"via line", "The subway will run all night.\n\nVia BBC News", []string{"Via BBC News"}},
		{"both", "LONDON (BBC) – The minister resigned.\nVia BBC News", []string{"LONDON (BBC)", "Via BBC News"}},
		// A parenthesis inside a sentence is no dateline, and "according
		// to" attributes a claim: neither is a credit line.
		{"inline", "The firm (Reuters) – said nothing, according to the BBC.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &reprint.Article{Text: tt.text, Attribution: attributions(tt.text)}
			var got []string
			for _, sp := range credit.Lines(a) {
				got = append(got, tt.text[sp.Start:sp.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Lines(%q) = %q; want %q", tt.text, got, tt.want)
			}
		})
	}
	if got := credit.Lines(nil); got != nil {
		t.Errorf("Lines(nil) = %v; want nil", got)
	}
}
