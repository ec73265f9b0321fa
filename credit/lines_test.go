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

func TestCredits(t *testing.T) {
	tests := []struct {
		name, text string
		outlets    []string
		want       []string // name/form/evidence text
	}{
		{"none", "A British water company was fined.\nIt will appeal.", nil, nil},
		{"dateline", "LONDON (Reuters) – A British water company was fined.", nil,
			[]string{"Reuters/parenthetical/(Reuters)"}},
		{"dateline and via line, in text order", "Via BBC News\n\nLONDON (Reuters) – The minister resigned.", nil,
			[]string{"BBC News/via/Via BBC News", "Reuters/parenthetical/(Reuters)"}},
		{"one name once", "LONDON (Reuters) – The minister resigned.\n\nSource: Thomson Reuters", nil,
			[]string{"Reuters/parenthetical/(Reuters)"}},
		// The lede attributes the story to a news organisation (an
		// outlet at hand); a later "according to" attributes a claim.
		{"lede", "The mayor of Ardrossan resigned on Monday after a row over the harbour contract, according to the Ardrossan Herald.\n\nShe denied it, according to police.",
			[]string{"Ardrossan Herald"}, []string{"Ardrossan Herald/according-to/according to the Ardrossan Herald"}},
		{"claim", "The mayor resigned on Monday.\n\nShe denied it, according to the Kremlin.", nil, nil},
		// A copyright line names the page's owner, not its text's source.
		{"copyright", "The mayor resigned.\n\n© Daily Planet 2025", nil, nil},
		{"inline parenthesis", "The firm (Reuters) – said nothing.", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &reprint.Article{Text: tt.text, Attribution: attributions(tt.text)}
			var got []string
			for _, n := range credit.Credits(a, tt.outlets) {
				got = append(got, n.Name+"/"+n.Form+"/"+tt.text[n.Evidence.Start:n.Evidence.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Credits(%q) = %q; want %q", tt.text, got, tt.want)
			}
		})
	}
	if got := credit.Credits(nil, nil); got != nil {
		t.Errorf("Credits(nil) = %v; want nil", got)
	}
}
