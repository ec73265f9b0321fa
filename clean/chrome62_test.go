package clean

import "testing"

// TestNordicFacebookGroup: a Swedish group's copy, its header line
// ("Privat grupp · 8,4 tn medlemmar") marking the page, loses the
// post's counts and buttons, the comment sort, the comments with their
// rows of actions ("Gilla · Svara · 2 t") and the list's foot; the
// post's paragraphs stay. Without the header line, a story that holds
// the same words in sentences keeps them.
func TestNordicFacebookGroup(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "swedish group",
		body: "Facebook\n\nVi som bor i Ljusdals kommun\nPrivat grupp · 8,4 tn medlemmar\nDiskussion\nGick med\n\n" +
			"Lena Åberg\n3 t · 🌐\n\n" + plainStory +
			"😢 ❤️ 87\n34 kommentarer · 12 delningar\nGilla\nKommentera\nDela\n\nMest relevanta\n\n" +
			"Birgitta Olsson\nFruktansvärt. Både jag och min dotter har gått där.\nGilla · Svara · 2 t\n\n" +
			"Tommy Karlsson\nHoppas de åker fast!\nGilla · Svara · 2 t\n    Anneli Persson\n    Vänta tills polisen säger nåt.\n    Gilla · Svara · 1 t\n\n" +
			"Visa 29 kommentarer till\nSkriv en kommentar …\n",
		gone: []string{"Privat grupp · 8,4 tn medlemmar", "34 kommentarer · 12 delningar", "Mest relevanta",
			"Fruktansvärt. Både jag och min dotter har gått där.", "Hoppas de åker fast!", "Vänta tills polisen säger nåt.",
			"Visa 29 kommentarer till"},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "no header, no page",
		body: plainStory + "Residents wrote 34 comments under the council's post, and one said: Hoppas de åker fast.\n",
		kept: []string{"Hoppas de åker fast"},
	}})
}

// TestNordicFacebookWords: the Nordic group header, comment rows and
// the comment list's opener with its count; sentences are none.
func TestNordicFacebookWords(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Privat grupp · 8,4 tn medlemmar", true},
		{"Offentlig gruppe · 1,2 t. medlemmer", true},
		{"Yksityinen ryhmä · 8,4 t. jäsentä", true},
		{"Gruppen har 8 400 medlemmar och växer varje vecka", false},
	} {
		if got := groupHeader(tt.line, len(fields(tt.line))); got != tt.want {
			t.Errorf("groupHeader(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"gilla · svara · 2 t", true},
		{"synes godt om svar 3 u", true},
		{"tykkää vastaa 1 vk", true},
		{"gilla svara på frågan", false},
	} {
		if got := commentRow(tt.line); got != tt.want {
			t.Errorf("commentRow(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Visa 29 kommentarer till", true},
		{"Vis 12 kommentarer til", true},
		{"View 29 more comments", true},
		{"Visa kommentarer till", false}, // no count
	} {
		if got := commentOpener(tt.line, len(fields(tt.line))); got != tt.want {
			t.Errorf("commentOpener(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}
