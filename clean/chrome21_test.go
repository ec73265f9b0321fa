package clean

import "testing"

// TestOriginCredit: the lines that say where a story first ran, or name
// its source or contributors, in several languages, are origin credits
// (htmltext gives them back when its extractor pruned them); a
// picture's credit, a copyright notice, a read-more link's sentence and
// a story's sentence with the same words are not.
func TestOriginCredit(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"This article first appeared in the Kelderby Gazette.", true},
		{"This story was originally published by The Conversation.", true},
		{"Republished with permission from Wrenmoor Court News.", true},
		{"Source: Reuters", true},
		{"Quelle: Süddeutsche Zeitung", true},
		{"Fuente: EFE", true},
		{"Via The Guardian", true},
		{"Reuters and the Associated Press contributed to this report.", true},
		{"Lolu daba luqale lwashicilelwa yi-Isolezwe.", true},
		{"I whakaputaina tuatahitia tēnei kōrero e Te Ao Māori News.", true},
		{"Credit: Getty Images", false},
		{"© 2025 Dalesford Media Ltd. All rights reserved.", false},
		{"The Gazette first published the petition's figures in 2011, and the council then changed its mind about the library.", false},
		{"This article first appeared to be a hoax, police said on Tuesday, until a second caller confirmed the fire.", false},
		{"Tributes have been paid to Edith Marsden, the former headteacher.", false},
	} {
		if got := OriginCredit(tt.line); got != tt.want {
			t.Errorf("OriginCredit(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestMemorialPlatform: an obituary platform's buttons under a notice it
// copied ("Leave a tribute", "Light a candle"), its directory's search
// ("Search notices by name or town") and its list of other notices under
// their heading go, in English, French, German and Dutch; the same words
// in an obituary's sentences, and a subhead that opens with them, stay.
func TestMemorialPlatform(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "English notice page",
		body: plainStory + "Leave a tribute\nLight a candle\nSend flowers\nPlant a tree\n\nRecently added notices\nHIRST Derek Anthony\nPRIESTLEY Graham\nWALSH Mary\n\n" +
			"Find a funeral director near you\nSearch obituaries by name, city or funeral home\n",
		gone: []string{"Leave a tribute", "Light a candle", "Send flowers", "Plant a tree", "Recently added notices",
			"HIRST Derek Anthony", "Find a funeral director near you", "Search obituaries by name, city or funeral home"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "French notice page",
		body: plainStory + "Allumer une bougie\nDéposer des condoléances\nEnvoyer des fleurs\n\nDerniers avis de décès\nMARTIN Jeanne\nDUBOIS Pierre\nLEROY Anne\n",
		gone: []string{"Allumer une bougie", "Déposer des condoléances", "Envoyer des fleurs", "Derniers avis de décès", "MARTIN Jeanne"},
	}, {
		name: "German and Dutch buttons",
		body: plainStory + "Kerze anzünden\nKondolieren\nBlumen senden\n\nSteek een kaarsje aan\nCondoleance plaatsen\nBloemen versturen\n",
		gone: []string{"Kerze anzünden", "Kondolieren", "Blumen senden", "Steek een kaarsje aan", "Condoleance plaatsen", "Bloemen versturen"},
	}, {
		name: "the same words in an obituary",
		body: plainStory + "Mourners were invited to light a candle in the church on Friday evening, and the family asked people not to send flowers.\n\n" +
			"Light a candle for Edith\n\nThe vigil drew more than two hundred people, who signed the guest book and left tributes at the school gate.\n\n" +
			"Search teams by the river found nothing on Sunday, police said, and the search by divers will resume at dawn.\n\n" + plainStory,
		kept: []string{"invited to light a candle", "Light a candle for Edith", "signed the guest book", "Search teams by the river"},
	}})
}
