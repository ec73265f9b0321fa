package clean

import (
	"testing"
)

// TestBetTermsScore: a betting advert's small print, several of its
// terms and the age mark in one line, is decisive chrome in each of the
// languages of betTermPhrases; two terms make a short line so. A story
// that names a term or two in a sentence, the age mark in another
// sense, or a free bet in its prose does not score as chrome.
func TestBetTermsScore(t *testing.T) {
	chrome := []struct{ line, lang string }{
		{"18+ New customers only. T&Cs apply. BeGambleAware.org. Odds correct at time of publishing and subject to change.", "en"},
		{"18+ | Gamble responsibly | BeGambleAware.org | We may earn a commission when you sign up through our links.", "en"},
		{"Gambling can be addictive. Please play responsibly. If you need help, visit BeGambleAware.org.", "en"},
		{"18+ Gamble Responsibly", "en"},
		{"21+ | Gambling problem? Call 1-800-GAMBLER", "en"},
		{"18+ | Glücksspiel kann süchtig machen | Es gelten die AGB.", "de"},
		{"Jouer comporte des risques : endettement, isolement, dépendance. Appelez le 09 74 75 13 13 (appel non surtaxé). +18", "fr"},
		{"+18 | Juega con responsabilidad | jugarbien.es", "es"},
		{"Il gioco è vietato ai minori e può causare dipendenza patologica. Gioca responsabilmente.", "it"},
		{"18+ | Wat kost gokken jou? Stop op tijd.", "nl"},
	}
	for _, tt := range chrome {
		if got, reason := LineScore(tt.line, tt.lang); got < DefaultHighThreshold || reason != ReasonPromo {
			t.Errorf("LineScore(%q) = %.3f, %q; want ≥ %v, %q", tt.line, got, reason, DefaultHighThreshold, ReasonPromo)
		}
	}
	// The offer's line names the bets it gives away: leaning to chrome,
	// so that its terms beside it take it along.
	if got, _ := LineScore("Bet £10 Get £30 in Free Bets", "en"); got < DefaultThreshold {
		t.Errorf("LineScore(%q) = %.3f; want ≥ %v", "Bet £10 Get £30 in Free Bets", got, DefaultThreshold)
	}
	story := []struct{ line, lang string }{
		{"The regulator said adverts must carry the 18+ mark and the BeGambleAware.org address from next year.", "en"},
		{"Bookmakers offered free bets to new customers, the commission said.", "en"},
		{"The charity GambleAware said calls to its helpline rose by a fifth, and urged punters to gamble responsibly over Christmas.", "en"},
		{"The film is rated 18+ and opens in cinemas on Friday.", "en"},
		{"Die Behörde warnte, Glücksspiel kann süchtig machen, und verlangt strengere Regeln für Werbung im Fernsehen.", "de"},
	}
	for _, tt := range story {
		if got, reason := LineScore(tt.line, tt.lang); got >= DefaultThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want < %v", tt.line, got, reason, DefaultThreshold)
		}
	}
}

// TestAgeMark: the age a gambling advert is for, with its plus sign.
func TestAgeMark(t *testing.T) {
	tests := []struct {
		l    string
		want bool
	}{
		{"18+ new customers only", true},
		{"+18 | juega con responsabilidad", true},
		{"only 21+", true},
		{"he scored 118+ runs", false},
		{"18+3 years", false},
		{"a 2-18 draw", false},
		{"no plus sign at 18", false},
	}
	for _, tt := range tests {
		if got := ageMark([]byte(tt.l)); got != tt.want {
			t.Errorf("ageMark(%q) = %v; want %v", tt.l, got, tt.want)
		}
	}
}

// TestBettingOffer: a betting site's offer box set between an odds
// table and its prediction goes, its offer with its terms; the odds'
// rows and the story around them stay.
func TestBettingOffer(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "an offer box between the odds and the prediction",
		body: plainStory + "Market Selection Best odds\n\nMatch result Ashworth Town 2.75\n\nMatch result Draw 3.30\n\n" +
			"Bet £10 Get £30 in Free Bets\n\n18+ New customers only. T&Cs apply. BeGambleAware.org. Odds correct at time of publishing and subject to change.\n\n" +
			"Our prediction: Castlebridge Rovers to win and both teams to score at 5.50, with Ashworth's defence conceding in six home games.\n\n" + laterStory,
		gone: []string{"Bet £10 Get £30 in Free Bets",
			"18+ New customers only. T&Cs apply. BeGambleAware.org. Odds correct at time of publishing and subject to change."},
		kept: []string{"Match result Ashworth Town 2.75", "Match result Draw 3.30", "Our prediction: Castlebridge Rovers", "The mayor said"},
	}, {
		name: "a story on gambling adverts",
		body: plainStory + "Adverts will have to show the 18+ mark and the BeGambleAware.org address in a larger font from next year, the regulator said.\n\n" +
			"Bookmakers offered free bets to new customers.\n\n" + laterStory,
		kept: []string{"Adverts will have to show the 18+ mark", "Bookmakers offered free bets to new customers."},
	}})
}
