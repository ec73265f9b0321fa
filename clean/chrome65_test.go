package clean

import "testing"

// TestMetaReadTimeBar: a bar closes a meta line's byline whatever the
// case of its words, so a desk's or a team's signature before the
// reading time ("Par la rédaction | 4 min de lecture") is read as a
// writer's is; a reading time may open with its word of time ("Tiempo
// de lectura"). Without a bar, or with a sentence before it, nothing
// changes.
func TestMetaReadTimeBar(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Par la rédaction | 4 min de lecture", true},
		{"By the editorial team · 3 min read", true},
		{"Von der Redaktion | Lesezeit: 3 Min.", true},
		{"Por la redacción | Tiempo de lectura: 3 min", true},
		{"Door de redactie | Leestijd 3 minuten", true},
		{"Par Jean Dupont | 4 min de lecture", true},
		{"By the time the reading ended | 4 minutes had passed.", false},
		{"Par la suite, les élèves ont lu | 40 minutes de lecture chaque jour en classe, selon le rectorat.", false},
		{"Par la rédaction, qui a passé 4 min de lecture sur le rapport", false},
	} {
		if got := metaReadTime(tt.line); got != tt.want {
			t.Errorf("metaReadTime(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestReadTimeLines: reading times alone in the story sets' languages,
// and the French scraper's byline with one, go; a story's sentence
// about reading and minutes stays.
func TestReadTimeLines(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "byline and reading time",
		body: "Explosion à Vaulhac : trois morts\nPar la rédaction | 4 min de lecture\n\n" + plainStory +
			"Lesezeit: 3 Min.\n\n" + plainStory + "Tiempo de lectura: 3 min\n\n" + plainStory + "Leestijd 3 minuten\n\n" + plainStory +
			"Czas czytania: 4 min\n\n" + plainStory + "4 min de lecture\n\n" + plainStory + "3 min read\n\n" + plainStory,
		gone: []string{"Par la rédaction | 4 min de lecture", "Lesezeit: 3 Min.", "Tiempo de lectura: 3 min", "Leestijd 3 minuten",
			"Czas czytania: 4 min", "4 min de lecture", "3 min read"},
		kept: []string{"Explosion à Vaulhac : trois morts"},
	}, {
		name: "a story's sentence",
		body: plainStory + "Par la suite, les élèves ont consacré 20 min de lecture chaque jour en classe, selon le rectorat.\n\n" + plainStory,
		kept: []string{"Par la suite, les élèves ont consacré 20 min de lecture chaque jour en classe, selon le rectorat."},
	}})
}

// TestStatusNote: a page template's note on the status of its text
// ("The text on this page has been prepared for the Official Report
// (Hansard) and may differ from the final version.", a provisional
// record's) is a self-note and goes; the speakers' headings stay, and
// so do a story's sentences about a text that may differ or a deal
// that is provisional, a credit line that names the page, and a
// page's description with a disclaimer's word ("information") but no
// word of a text not yet final.
func TestStatusNote(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "official report",
		body: "Coastal Erosion: East Coast\n\nThe text on this page has been prepared for the Official Report (Hansard) and may differ from the final version.\n\n" +
			"Helen Corriston (Saltmarsh and Wenby) (Lab)\n\n" + plainStory + "Hon. Members: Hear, hear.\n\n" + plainStory,
		gone: []string{"The text on this page has been prepared for the Official Report (Hansard) and may differ from the final version."},
		kept: []string{"Coastal Erosion: East Coast", "Helen Corriston (Saltmarsh and Wenby) (Lab)", "Hon. Members: Hear, hear."},
	}, {
		name: "provisional page",
		body: plainStory + "Ce texte est provisoire et peut différer de la version publiée au Journal officiel.\n\n" + plainStory +
			"This page is provisional and may differ from the version printed in the bound volume.\n\n" + plainStory,
		gone: []string{"Ce texte est provisoire et peut différer de la version publiée au Journal officiel.",
			"This page is provisional and may differ from the version printed in the bound volume."},
	}, {
		name: "a story's sentences",
		body: plainStory + "She said the text of the agreement may differ from the version published last week, and the provisional deal could still collapse.\n\n" +
			plainStory + "This page was first published by the Wexbridge Chronicle.\n\n" + plainStory +
			"This page is about cancer in Golden Retrievers, but offers many, many links to information applicable to all breeds.\n\n" + plainStory,
		kept: []string{"She said the text of the agreement may differ from the version published last week, and the provisional deal could still collapse.",
			"This page was first published by the Wexbridge Chronicle.",
			"This page is about cancer in Golden Retrievers, but offers many, many links to information applicable to all breeds."},
	}})
}
