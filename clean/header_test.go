package clean

import (
	"slices"
	"testing"
)

// TestScriptRuns: a short line naming the site in two scripts side by
// side gives each script's run; a line in one script gives none.
func TestScriptRuns(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"འབྲུག་སྙན། DrukNyen", []string{"འབྲུག་སྙན།", "DrukNyen"}},
		{"ሀገሬ ዜና Hagere Zena", []string{"ሀገሬ ዜና", "Hagere Zena"}},
		{"Новости 24 Novosti", []string{"Новости 24", "Novosti"}},
		{"Valley Ledger", nil},
		{"ሀገሬ ዜና", nil},
	}
	for _, tt := range tests {
		if got := scriptRuns(tt.line); !slices.Equal(got, tt.want) {
			t.Errorf("scriptRuns(%q) = %q; want %q", tt.line, got, tt.want)
		}
	}
}

// TestTickerLine: a header's news ticker opens with its label and a
// colon, in the languages of the table; a story's line with the words
// elsewhere is none.
func TestTickerLine(t *testing.T) {
	for _, l := range []string{
		"Breaking: Council votes to close the library after a four-hour debate on Tuesday night",
		"Dernière minute : Assemblée nationale : une session extraordinaire convoquée",
		"Eilmeldung: Stadtrat beschließt Schließung der Bibliothek",
		"Última hora: el ayuntamiento cierra la biblioteca",
	} {
		if !tickerLine(l) {
			t.Errorf("tickerLine(%q) = false; want true", l)
		}
	}
	for _, l := range []string{
		"The breaking point came on Tuesday: the council closed the library.",
		"Latest figures show the library lent 40,000 books last year.",
	} {
		if tickerLine(l) {
			t.Errorf("tickerLine(%q) = true; want false", l)
		}
	}
}

// TestBilingualMasthead: a masthead naming the site in its own script
// and in Latin letters is confirmed by the footer's copyright notice in
// Latin letters, and the header goes with it: the ticker in the top bar
// over it at any length (topBar), the tagline and the menu. A ticker's
// label in a text with no confirmed masthead, and a story's "Breaking:"
// line, stay.
func TestBilingualMasthead(t *testing.T) {
	const ticker = "Breaking: ཉེ་གནས་ གནས་ཚུལ། ཐིམ་ཕུ་ལུ་ མཚོན་ཆས་ འགྲན་བསྡུར་ ཚེས་ ༡༥ ལས་ འགོ་བཙུགས་འོང་།"
	runChromeCases(t, []chromeCase{{
		name: "Dzongkha and Latin masthead under a skip link and a ticker",
		body: "Skip to content\n" + ticker + "\nའབྲུག་སྙན། DrukNyen\nའབྲུག་གི་ གནས་ཚུལ་ ཉིན་བསྟར།\nHome\nགནས་ཚུལ།\nBusiness\nContact\n\n" +
			"Library to close despite petition\n\n" + plainStory + "© 2025 DrukNyen. All rights reserved. | Powered by WordPress\n",
		gone: []string{ticker, "འབྲུག་སྙན། DrukNyen", "འབྲུག་གི་ གནས་ཚུལ་ ཉིན་བསྟར།"},
		kept: []string{"Library to close despite petition", "The council voted on Tuesday"},
	}, {
		name: "a story's breaking line",
		body: "Library to close despite petition\n\nBreaking: the council has voted to close the library, its leader said on Tuesday night.\n\n" + plainStory,
		kept: []string{"Breaking: the council has voted to close the library"},
	}})
}

// TestBareShareRow: a share row whose buttons each name their network,
// with no label's colon, is a share row (wShareRow); a sentence naming
// the networks has words of its own.
func TestBareShareRow(t *testing.T) {
	scoreCases(t, ReasonShare, []string{
		"Share on Facebook Tweet WhatsApp",
		"Share on Facebook Share on WhatsApp Tweet",
		"Facebook Twitter WhatsApp Email",
	}, []string{
		"Facebook, Twitter and WhatsApp were down for an hour on Tuesday.",
		"Share prices on Facebook's parent fell on Tuesday.",
	})
}

// TestLikeOrder: an order to like the site's page, "us" or "our" after
// the verb and the page or a network after them, is the site's
// promotion (subscribe); "like" as a preposition is a story's.
func TestLikeOrder(t *testing.T) {
	scoreCases(t, ReasonPromo, []string{
		"Like our page for the latest news from Bhutan.",
		"Like us on Facebook",
		"Aimez notre page pour suivre toute l'actualité du Val.",
	}, []string{
		"Like many residents, she follows the council on Facebook.",
		"Like our neighbours, we rely on the river for our water, the mayor said.",
	})
}

// TestSignUpOrder: "sign up" opening a line, with the newsletter or
// briefing it offers, is the site's promotion; a story's sentence about
// signing up reports who did.
func TestSignUpOrder(t *testing.T) {
	scoreCases(t, ReasonPromo, []string{
		"Sign up for the Vanua Daily morning briefing",
		"Sign up to our daily newsletter",
	}, []string{
		"Sign-ups for the council's flood alert bulletin doubled after the storm, officials said.",
		"Signing up for the morning briefing took residents less than a minute, the council said.",
	})
}
