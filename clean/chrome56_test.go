package clean

import (
	"strings"
	"testing"

	"github.com/reprint/reprint"
)

// TestWireCopy: an agency's plain-text copy loses its furniture, the
// field lines over the story ("SLUG:", "Words:", "Status:", "PICS:",
// "NOTE TO EDS:"), the end mark and the footer under it (the agency's
// address, its newsdesk, its subscribers' terms and notice); the
// headline, the byline and the story stay. A story with one line that
// opens "Status:" is no wire copy, and a story's "Embargo" sentence
// stays.
func TestWireCopy(t *testing.T) {
	story := "COUNCIL WORKER JAILED FOR PARKING FINES FRAUD\n\nBy Fellside News Agency court reporter\n\n" + plainStory
	runChromeCases(t, []chromeCase{{
		name: "PA-style header and footer",
		body: "FNA COURT COPY | 14/05/2025 11:20 | KENDRAY DESK | REF FNA-1405-01\n" +
			"SLUG: COURT PARKING FRAUD (Kendray)\nWords: 412\n" +
			"Status: FULL COPY - moves to all subscribers. Copy cleared for immediate use.\n" +
			"PIX: court artist sketch available on request.\n" +
			"NOTE TO EDS: No reporting restrictions.\n" +
			"==========================================\n\n" + story +
			"ENDS\n\n==========================================\n" +
			"Fellside News Agency | 12 Market Row, Kendray KD2 7LP\n" +
			"Newsdesk: 01632 960771 | newsdesk@fellside.example\n" +
			"This copy is supplied to subscribers subject to our standard terms and conditions.\n" +
			"Not to be reproduced without payment. (c) Fellside News Agency 2025\n",
		gone: []string{"SLUG: COURT PARKING FRAUD (Kendray)", "Words: 412",
			"Status: FULL COPY - moves to all subscribers. Copy cleared for immediate use.",
			"PIX: court artist sketch available on request.", "NOTE TO EDS: No reporting restrictions.", "ENDS",
			"Fellside News Agency | 12 Market Row, Kendray KD2 7LP", "Newsdesk: 01632 960771 | newsdesk@fellside.example",
			"This copy is supplied to subscribers subject to our standard terms and conditions.",
			"Not to be reproduced without payment. (c) Fellside News Agency 2025"},
		kept: []string{"COUNCIL WORKER JAILED FOR PARKING FINES FRAUD", "By Fellside News Agency court reporter",
			"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "catchline and notes to editors, end mark in dashes",
		body: "Catchline: FLOOD DEFENCES\nWord count: 300\n\n" + plainStory + "-ENDS-\n\nNotes to editors: interviews available.\n",
		gone: []string{"Catchline: FLOOD DEFENCES", "Word count: 300", "-ENDS-", "Notes to editors: interviews available."},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "a story with a status line is no wire copy",
		body: plainStory + "Status: the library will stay open until the end of June, the council said.\n\n" +
			"Words: fewer than a hundred residents attended the meeting.\n\nENDS\n",
		kept: []string{"Status: the library will stay open", "Words: fewer than a hundred", "ENDS"},
	}})
}

// TestWireCopyDate: cleaning removes the wire header's bar line from
// Text but leaves Body, where ingest reads the date, as it was.
func TestWireCopyDate(t *testing.T) {
	c := MustClean(t)
	body := "FNA COURT COPY | 14/05/2025 11:20 | KENDRAY DESK\nSLUG: COURT FRAUD\nWords: 412\n\n" + plainStory + "ENDS\n"
	a := &reprint.Article{ID: "wire", Body: body}
	c.Clean(a)
	if a.Body != body {
		t.Fatalf("Clean changed Body")
	}
	if strings.Contains(a.Text, "SLUG") || strings.Contains(a.Text, "ENDS") {
		t.Errorf("wire furniture kept: %q", a.Text)
	}
}

// TestAdminByline: a post line that names the CMS's default account
// alone under its "by" or its label ("by admin", "Publikoval: admin",
// "Autor: admin") goes; a headline ending in "by admin" and a sentence
// saying it stay.
func TestAdminByline(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "English, lower and upper case",
		body: "Man jailed for stealing parcels\n\nby admin\n\n" + plainStory + "By admin\n\n" + plainStory,
		gone: []string{"by admin", "By admin"},
	}, {
		name: "Czech and German labels",
		body: "Požár v Hradci\n\nPublikoval: admin\n\n" + plainStory + "Autor: administrator\n\n" + plainStory,
		gone: []string{"Publikoval: admin", "Autor: administrator"},
	}, {
		name: "a headline and a sentence with the word stay",
		body: "Hospital wards run by admin\n\n" + plainStory + "The scheme was overseen by admin staff, not by doctors, the report found.\n\n" + plainStory,
		kept: []string{"Hospital wards run by admin", "The scheme was overseen by admin staff"},
	}})
}

// TestSearchPlaceholder: a search field's placeholder alone, ending in
// an ellipsis ("Hledat…", "Search ..."), goes like its label; Romanian
// forms ("Caută știri...") go too. A story's line that trails off
// stays.
func TestSearchPlaceholder(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "placeholders",
		body: "Hledat…\n\n" + plainStory + "Search ...\n\n" + plainStory + "Caută știri...\n\n" + plainStory,
		gone: []string{"Hledat…", "Search ...", "Caută știri..."},
	}, {
		name: "a story's ellipsis",
		body: plainStory + "And then the lights went out, and the search began...\n\n" + plainStory,
		kept: []string{"And then the lights went out, and the search began..."},
	}})
}

// TestTopicLabel: a tabloid's inline box, its label naming the topic in
// capitals run into the teaser's title ("MORE ON ROAD DEATHS Learner
// …"), goes; a story's line in capitals and one that says "more on" in
// a sentence stay.
func TestTopicLabel(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "inline box",
		body: plainStory + "MORE ON FLOODING Villagers rescued by boat as river bursts its banks\n\n" + plainStory,
		gone: []string{"MORE ON FLOODING Villagers rescued by boat as river bursts its banks"},
	}, {
		name: "sentences stay",
		body: plainStory + "MORE ON THE WAY, forecasters warned on Sunday, as the third storm of the month approached the coast.\n\n" +
			"More on the budget will follow when the council publishes its accounts next week.\n\n" + plainStory,
		kept: []string{"MORE ON THE WAY, forecasters warned", "More on the budget will follow"},
	}})
}

// TestFacebookHungarian: a logged-out copy of a Facebook page's post in
// Facebook's Hungarian interface loses the log-in bar, the page's
// counts and buttons, the post's counts and row, the comments with
// their rows, the comment list's foot and box, and the log-in prompt;
// the post stays.
func TestFacebookHungarian(t *testing.T) {
	post := "Hétfőn reggel lezárták a 67-es főutat Kaposvár és Mernye között, mert egy teherautó az árokba borult.\n\n" +
		"A rendőrség szerint a sofőr könnyebben megsérült, a forgalmat a mentés idejére terelőúton vezetik.\n\n"
	runChromeCases(t, []chromeCase{{
		name: "page post",
		body: "Facebook\nE-mail-cím vagy telefonszám\nJelszó\nBejelentkezés\nElfelejtetted a fiókodat?\nÚj fiók létrehozása\n\n" +
			"Kaposvári Hírek\n4,2 E követő\nKövetés\nÜzenet\n\n" + post +
			"Az összes reakció:\n57\n12 hozzászólás\n9 megosztás\nTetszik\nHozzászólás\nMegosztás\n\n" +
			"Legrelevánsabb\n\nNagy Péter\nRemélem, senki nem sérült meg komolyabban.\nTetszik\nVálasz\n3\n\n" +
			"További hozzászólások megtekintése\n\nÍrj nyilvános hozzászólást…\n\n" +
			"Ha meg szeretnéd tekinteni a Kaposvári Hírek további bejegyzéseit, jelentkezz be a Facebookra.\nBejelentkezés\nvagy\nÚj fiók létrehozása\n",
		gone: []string{"E-mail-cím vagy telefonszám", "Elfelejtetted a fiókodat?", "4,2 E követő", "Az összes reakció:",
			"12 hozzászólás", "9 megosztás", "Legrelevánsabb", "Remélem, senki nem sérült meg komolyabban.",
			"További hozzászólások megtekintése", "Írj nyilvános hozzászólást…",
			"Ha meg szeretnéd tekinteni a Kaposvári Hírek további bejegyzéseit, jelentkezz be a Facebookra."},
		kept: []string{"Hétfőn reggel lezárták", "A rendőrség szerint"},
	}, {
		name: "a Hungarian story about comments stays",
		body: post + "A bejegyzéshez 96 hozzászólás érkezett, a legtöbben a gyors mentést dicsérték a helyiek közül.\n\n" + post,
		kept: []string{"A bejegyzéshez 96 hozzászólás érkezett"},
	}})
}

// TestRomanianAggregator: a Romanian aggregator's page loses its link
// to the source ("Citește articolul integral pe site-ul sursei"), its
// related label and titles, its call to add a source and its
// disclaimer; the credit line naming the source stays.
func TestRomanianAggregator(t *testing.T) {
	story := "Consiliul local a votat marți închiderea bibliotecii, deși o petiție a fost semnată de peste patru mii de locuitori.\n\n" +
		"Oficialii au spus că clădirea are nevoie de reparații pe care orașul nu și le permite.\n\n"
	runChromeCases(t, []chromeCase{{
		name: "aggregator tail",
		body: story + "Sursa: Gazeta de Sud\n\nCitește articolul integral pe site-ul sursei\n\n" +
			"Știri similare\nPodul de la Ungheni, închis pentru reparații\nPrețul pâinii crește din nou\n\n" +
			"Adaugă sursa ta\n\n" +
			"Știri Rapide este un agregator automat de știri. Conținutul articolelor aparține surselor indicate.\n",
		gone: []string{"Citește articolul integral pe site-ul sursei", "Știri similare",
			"Podul de la Ungheni, închis pentru reparații", "Adaugă sursa ta",
			"Știri Rapide este un agregator automat de știri. Conținutul articolelor aparține surselor indicate."},
		kept: []string{"Sursa: Gazeta de Sud", "Consiliul local a votat", "Oficialii au spus"},
	}})
}
