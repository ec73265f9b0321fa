package clean

import (
	"testing"
)

// TestMoreFromSite: a "More from <site>" label naming the page's own
// site, alone or before another story's headline, in the languages of
// morePhrases; a sentence opening with the same words, another site's
// name, and "more than" are not.
func TestMoreFromSite(t *testing.T) {
	const andina = "Andina - Agencia Peruana de Noticias"
	tests := []struct {
		line, site string
		ok, alone  bool
	}{
		{"Más en Andina:", andina, true, true},
		{"Más en Andina: Puno: qasa pachapi wawakunata hampinapaq", andina, true, false},
		{"MÁS EN ANDINA", andina, true, true},
		{"More from the Gazette", "the Gazette", true, true},
		{"More from Valley Ledger: Library to close on Sundays", "Valley Ledger", true, false},
		{"Mehr von Tal-Bote", "Tal-Bote", true, true},
		{"Ещё на ХабарЛента:", "ХабарЛента", true, true},
		{"Más en Andina se informó que el ministro viajará a Puno.", andina, false, false}, // a sentence
		{"Más en Andinas", andina, false, false},                                           // another word
		{"More from Seaboard News", "Valley Ledger", false, false},                         // another site
		{"Más de Andina", andina, false, false},                                            // "more than"
		{"More from Valley Ledger", "", false, false},                                      // no site known
	}
	for _, tt := range tests {
		ok, alone := moreFromSite(tt.line, tt.site)
		if ok != tt.ok || alone != tt.alone {
			t.Errorf("moreFromSite(%q, %q) = %v, %v; want %v, %v", tt.line, tt.site, ok, alone, tt.ok, tt.alone)
		}
	}
}

// TestMoreLabelScore: "More from <name>: <headline>" leans to chrome as
// a teaser label does, in English, Spanish, German and Russian; a
// quotation after the same label ends its sentence, and "Más de"
// (more than) opens a headline.
func TestMoreLabelScore(t *testing.T) {
	for _, l := range []string{
		"More from StormWatch Digest: Flood warnings issued for three rivers in the west",
		"More from the Carrack Valley Gazette: Market traders angry",
		"Más en Andina: Puno qasa pachapi wawakunata hampinapaq",
		"Mehr von Tal-Bote: Bibliothek schließt sonntags",
		"Ещё на ХабарЛента: Библиотеку закроют по воскресеньям",
	} {
		if got, r := LineScore(l, "en"); got < DefaultThreshold || r != ReasonPromo {
			t.Errorf("LineScore(%q) = %.3f, %q; want ≥ %v, %q", l, got, r, DefaultThreshold, ReasonPromo)
		}
	}
	for _, l := range []string{
		"More from Hollis: “That beats the previous record at Carn Hallow by 6mph.”",
		"Más de 3 000 alpacas: el frío mata en Puno",
		"More from the minister on Tuesday: the library closes, and the school takes its books.",
	} {
		if got, r := LineScore(l, "en"); got >= DefaultThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want < %v", l, got, r, DefaultThreshold)
		}
	}
}

// TestMoreFromBox: the box of the site's other stories goes: its label
// naming the site between two of the story's paragraphs, its links
// dropped by the extraction (Andina's "Más en Andina:"); the label with
// its titles under it; an aggregator's "More from <its name>:
// <headline>" under the page's chrome at the end of a plain text. The
// same teaser between the story's paragraphs, the site unknown, stays
// to the story's lines, and so does a sentence naming the site.
func TestMoreFromBox(t *testing.T) {
	const andina = "Andina - Agencia Peruana de Noticias"
	const own = "Más en Andina se informó que el ministro viajará a Puno el jueves con ayuda para los pastores."
	const teaser = "More from StormWatch Digest: Flood warnings issued for three rivers in the west"
	runChromeCases(t, []chromeCase{{
		name: "the label alone between two paragraphs",
		site: andina,
		body: plainStory + "Más en Andina:\n\n" + laterStory,
		gone: []string{"Más en Andina:"},
		kept: []string{"The council voted on Tuesday", "The mayor said"},
	}, {
		name: "the label over its titles",
		site: "Valley Ledger",
		body: plainStory + laterStory + "\nMore from Valley Ledger\nWeather for the weekend\nNew school opens its doors\nMarket traders angry\n",
		gone: []string{"More from Valley Ledger", "Weather for the weekend", "Market traders angry"},
		kept: []string{"The mayor said"},
	}, {
		name: "an aggregator's teaser under its chrome",
		body: "Library to close on Sundays after the vote\n\n" + plainStory + "Tags: library, council\n\n" +
			"Get Valley alerts on your phone – download the app\n\n" + teaser + "\n",
		gone: []string{teaser},
		kept: []string{"Library to close on Sundays after the vote", "The council voted on Tuesday"},
	}, {
		name: "the teaser between the story's paragraphs, the site unknown",
		body: plainStory + teaser + "\n\n" + laterStory,
		kept: []string{teaser},
	}, {
		name: "a sentence naming the site",
		site: andina,
		body: plainStory + own + "\n\n" + laterStory,
		kept: []string{own},
	}})
}
