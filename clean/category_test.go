package clean

import (
	"testing"
)

// TestPostedInRest: the categories a post's category line names after
// its opening, in the languages of postedInPhrases.
func TestPostedInRest(t *testing.T) {
	tests := []struct {
		line, rest string
		ok         bool
	}{
		{"Publié dans Sango", "Sango", true},
		{"Posted in News, Politics", "News, Politics", true},
		{"Posted in: News", "News", true},
		{"Filed under Local News", "Local News", true},
		{"Publicado en Regional", "Regional", true},
		{"Veröffentlicht in Lokales", "Lokales", true},
		{"Geplaatst in Nieuws", "Nieuws", true},
		{"Publié dans", "", false},                                       // no category
		{"Publié dans la revue Nature, l'étude a fait date.", "", false}, // a sentence
		{"Posted in the town hall since 1998 the notice was never read by anyone", "", false},
		{"Posted on November 8, 2025 by admin", "", false},
	}
	for _, tt := range tests {
		rest, ok := postedInRest(tt.line)
		if rest != tt.rest || ok != tt.ok {
			t.Errorf("postedInRest(%q) = %q, %v; want %q, %v", tt.line, rest, ok, tt.rest, tt.ok)
		}
	}
}

// TestCategoryLines: a post's category line goes when each category it
// names is a line of the page's menu or of its category list, in
// French, English and Spanish WordPress; the post's title over it
// stays, though a search form's label stands above the title. A line
// naming a paper no menu lists ("Publié dans Le Monde", a reprint's
// note) stays, and so does a story's sentence opening with the same
// words, and the line on a page with no menu.
func TestCategoryLines(t *testing.T) {
	const frMenu = "Bosanga Elikya\nMenu\nAccueil\nSango\nLisanga LIBOSA\nBafoto\nContact\nRechercher :\n\n"
	const enMenu = "Valley Ledger\nHome\nNews\nPolitics\nSport\nContact\n\n"
	runChromeCases(t, []chromeCase{{
		name: "French category line under the title",
		body: frMenu + "Bokolongo: mpela ebomi bato mibale, bato soki 7 000 bafandi libanda\nPublié dans Sango\n\n" + plainStory,
		gone: []string{"Publié dans Sango", "Rechercher :"},
		kept: []string{"Bokolongo: mpela ebomi bato mibale, bato soki 7 000 bafandi libanda", "The council voted on Tuesday"},
	}, {
		name: "English category line under the story, its categories in the footer's list",
		body: "Library to close on Sundays after the vote\n\n" + plainStory + "Posted in News, Politics\n\n" + laterStory +
			"\nCategories\nNews\nPolitics\nSport\n",
		gone: []string{"Posted in News, Politics"},
		kept: []string{"Library to close on Sundays after the vote", "The mayor said"},
	}, {
		name: "Spanish category line under the title",
		body: "Valle Noticias\nInicio\nRegional\nNacional\nDeportes\n\nLa biblioteca cerrará los domingos tras la votación\nPublicado en Regional\n\n" + plainStory,
		gone: []string{"Publicado en Regional"},
		kept: []string{"La biblioteca cerrará los domingos tras la votación"},
	}, {
		name: "a reprint's note naming a paper",
		body: enMenu + "Library to close on Sundays after the vote\n\n" + plainStory + "Publié dans Le Monde\n\n" + laterStory,
		kept: []string{"Publié dans Le Monde"},
	}, {
		name: "a story's sentence with the same words",
		body: enMenu + "Library to close on Sundays after the vote\n\n" + plainStory +
			"Posted in News and on the council's notice board, the decision drew more than a hundred letters.\n\n" + laterStory,
		kept: []string{"Posted in News and on the council's notice board"},
	}, {
		name: "no menu on the page",
		body: "Library to close on Sundays after the vote\n\n" + plainStory + "Published in Sango\n\n" + laterStory,
		kept: []string{"Published in Sango"},
	}})
}
