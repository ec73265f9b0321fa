package clean

import (
	"strings"
	"testing"
)

// otsRelease is an invented APA-OTS release's text between the
// distributor's header and footer.
const otsRelease = "Hochwasserschutz Weiderndorf fertiggestellt\n\n" +
	"Utl.: Landesrat: 18,6 Millionen Euro schützen rund 1.300 Menschen =\n\n" +
	"Linz (OTS) - Der Hochwasserschutz für die Marktgemeinde ist fertiggestellt, sagte der Landesrat am Dienstag bei der Übergabe.\n\n" +
	"Die Gesamtkosten belaufen sich auf 18,6 Millionen Euro, die sich Bund, Land und Gemeinde teilen.\n\n"

// TestOTSRelease: a release in APA-OTS's distribution form loses the
// header, the keywords under it, the contact block, the press kit's
// link, the disclaimer and the stamp; the headline, the subtitle and the
// text stay. A release copied without the distributor's lines keeps its
// contact block, left to the other rules.
func TestOTSRelease(t *testing.T) {
	const contact = "Rückfragehinweis:\n   Büro Landesrat\n   Mag. Katharina Ebner\n   Pressesprecherin\n   Tel.: +43 732 7720-19981\n" +
		"   E-Mail: ebner@ooe.example\n\n"
	runChromeCases(t, []chromeCase{{
		name: "distribution form",
		body: "OTS0123 5 II 0612 LOO0001 CI Di, 20.Jän 2026\n\nUmwelt/Hochwasser/Oberösterreich\n\n" + otsRelease + contact +
			"Digitale Pressemappe: http://www.ots.at/pressemappe/4417/aom\n\n" +
			"*** OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS - WWW.OTS.AT ***\n\n" +
			"OTS0123    2026-01-20/11:32\n",
		gone: []string{"OTS0123 5 II 0612 LOO0001 CI Di, 20.Jän 2026", "Umwelt/Hochwasser/Oberösterreich", "Rückfragehinweis:",
			"Mag. Katharina Ebner", "Tel.: +43 732 7720-19981", "Digitale Pressemappe: http://www.ots.at/pressemappe/4417/aom",
			"*** OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS - WWW.OTS.AT ***",
			"OTS0123    2026-01-20/11:32"},
		kept: []string{"Hochwasserschutz Weiderndorf fertiggestellt", "Utl.: Landesrat", "Linz (OTS) - Der Hochwasserschutz", "Die Gesamtkosten"},
	}, {
		name: "no distributor's line",
		body: otsRelease + "Die Kosten teilen sich Bund/Land/Gemeinde zu gleichen Teilen, sagte er.\n\n" + contact,
		kept: []string{"Linz (OTS) - Der Hochwasserschutz", "Bund/Land/Gemeinde", "Rückfragehinweis:", "Mag. Katharina Ebner"},
	}})
}

// TestWordPressComments: a WordPress post's comments under their title
// ("14 thoughts on “…”"), each the reader's name, the time stamp, the
// comment and "Reply", go; a headline of the same words with no comment
// under it stays.
func TestWordPressComments(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "comments title",
		body: plainStory + "14 thoughts on “Ill-discipline costs Wolves again”\nWareValleyWolf\nNovember 16, 2025 at 9:14 am\n" +
			"Same old story. Brilliant for 40 minutes then we lose our heads.\nReply\nDave from Shepton\nNovember 16, 2025 at 10:02 am\n" +
			"Moala has to learn. That yellow cost us the game.\nReply\n\nLeave a Reply Cancel reply\n",
		gone: []string{"14 thoughts on “Ill-discipline costs Wolves again”", "WareValleyWolf",
			"Same old story. Brilliant for 40 minutes then we lose our heads.", "Dave from Shepton",
			"Moala has to learn. That yellow cost us the game."},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "a column's headline",
		body: "Five thoughts on “The Crown” before the last series\n\n" + plainStory +
			"3 thoughts on “the budget”\n\nThe mayor said the budget would be published in March, and that the council would debate it in April.\n\n" + plainStory,
		kept: []string{"3 thoughts on “the budget”", "The mayor said the budget"},
	}})
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"14 thoughts on “Ill-discipline costs Wolves again”", true},
		{"One Response to \"Council votes to close library\"", true},
		{"3 replies on “Storm warning”", true},
		{"14 Gedanken zu „Hochwasserschutz fertiggestellt“", true},
		{"12 réflexions sur « La mairie ferme la bibliothèque »", true},
		{"14 thoughts on “the budget” were shared by readers", false},
		{"Five thoughts on “The Crown”", false},
		{"Thoughts on “The Crown”", false},
	} {
		if got := wpCommentsTitle(tt.line, len(strings.Fields(tt.line))); got != tt.want {
			t.Errorf("wpCommentsTitle(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestTitledHeaderMenuDeep: a municipal CMS's page copied as text, the
// page's title first: the skip link, the account bar, the search box,
// the site's name, a menu that names no home page (one item trailing
// off, "How Do I..."), the trail one item a line and the section's name
// go as the header; the date line over the headline and the headline
// stay. Without the headline repeating the title, nothing goes.
func TestTitledHeaderMenuDeep(t *testing.T) {
	const header = "Skip to Main Content\nCreate a Website Account - Manage notification subscriptions, save form progress and more.\n" +
		"Website Sign In\nSearch\nCity of Calder Falls, Ohio\nResidents\nBusiness\nGovernment\nDepartments\nHow Do I...\n" +
		"Home\nDepartments\nPolice Department\nNews Flash\n\nPolice Department News\n\nPosted on: November 16, 2025\n\n"
	const title = "Library to close after council vote | Calder Falls, OH - Official Website"
	runChromeCases(t, []chromeCase{{
		name:  "municipal page",
		title: title,
		body:  title + "\n\n" + header + "Library to close after council vote\n\n" + plainStory,
		gone: []string{"Search", "City of Calder Falls, Ohio", "Residents", "Government", "How Do I...", "News Flash",
			"Police Department News"},
		kept: []string{"Posted on: November 16, 2025", "Library to close after council vote\n", "The council voted on Tuesday"},
	}, {
		name:  "no repeated headline",
		title: title,
		body:  title + "\n\n" + header + plainStory,
		kept:  []string{"City of Calder Falls, Ohio", "Police Department News"},
	}})
}

// TestMediaNote: a release's closing line that sends the press to its
// press officer, with a number or an address, goes; a story's sentence
// about the press's questions stays.
func TestMediaNote(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "media note",
		body: plainStory + "Media inquiries should be directed to Sgt. Brian Kowalczyk, Public Information Officer, at (419) 555-0148 or pio@calderfallsoh.example.\n",
		gone: []string{"Media inquiries should be directed to Sgt. Brian Kowalczyk, Public Information Officer, at (419) 555-0148 or pio@calderfallsoh.example."},
	}, {
		name: "story",
		body: plainStory + "Media inquiries rose sharply after the vote, and the council said it would answer them on Friday.\n\n" + plainStory,
		kept: []string{"Media inquiries rose sharply"},
	}})
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"media inquiries should be directed to sgt. brian kowalczyk at (419) 555-0148.", true},
		{"for media enquiries, contact the press office on 020 7946 0815 or email press@example.org.", true},
		{"for media enquiries contact the press office at press@threadwell.example.", true},
		{"media inquiries rose 12 percent in 2024, the office said.", false},
		{"the council said media inquiries should go to its press office.", false},
	} {
		if got := mediaNote([]byte(tt.line), len(strings.Fields(tt.line))); got != tt.want {
			t.Errorf("mediaNote(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}
