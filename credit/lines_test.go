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
		// Europa Press's dateline stands on its own line; a parenthesis
		// alone on a line, with no place before it, is no dateline.
		{"dateline on its own line", "MADRID, 5 (EUROPA PRESS)\n\nEl Gobierno aprobó el plan.", nil,
			[]string{"EUROPA PRESS/parenthetical/(EUROPA PRESS)"}},
		{"a sentence's parenthesis ending a line", "The firm said it would appeal (Reuters)\n\nIt said nothing more.", nil, nil},
		{"a caseless heading's parenthesis", "সচরাচর জিজ্ঞাসিত প্রশ্ন (FAQ)\n\nপ্রশ্ন ও উত্তর।", nil, nil},
		{"a dateline in capitals without a comma", "WASHINGTON (AP)\n\nThe Senate passed the bill.", nil,
			[]string{"AP/parenthetical/(AP)"}},
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

// TestCreditLineOfAnotherArticle: a scraper's feed line names the site it
// took the post from; against a source of unknown publisher (a wire
// dispatch two steps up the chain) it credits that site's article, not
// the source, when that site is the publisher of another article at hand.
func TestCreditLineOfAnotherArticle(t *testing.T) {
	text := "Mill to close with 340 jobs lost\n\nThe mill will close in March, the company said on Tuesday.\n\n"
	line := "The post Mill to close with 340 jobs lost appeared first on Briefwire Daily."
	derived := &reprint.Article{ID: "d", Text: text + line + "\n", Attribution: []reprint.Attribution{{
		Span: reprint.Span{Start: len(text), End: len(text) + len(line)}, Text: line, Name: "Briefwire Daily", Form: credit.FormOriginally}}}
	source := &reprint.Article{Text: "ARDVELLAN, Scotland (Reuters) - The mill will close in March.\n"}
	if got := credit.CheckIn(derived, source, []string{"Briefwire Daily"}); got.Status != credit.NotCredited {
		t.Errorf("with Briefwire Daily at hand: %v (%s); want not-credited", got.Status, got.Reason)
	}
	if got := credit.CheckIn(derived, source, nil); got.Status != credit.Credited {
		t.Errorf("alone: %v (%s); want credited", got.Status, got.Reason)
	}
}
