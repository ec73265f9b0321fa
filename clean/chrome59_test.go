package clean

import "testing"

// TestPagerLine: a paginated article's pager, its links run together
// on one line, is its words and page numbers only, the count of pages
// and a step to the next or previous page; a count alone, a listing's
// step, a book's page mark and a sentence with the same words are not.
func TestPagerLine(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Page 1 of 2 1 2 Next page »", true},
		{"« Previous page 1 2 Page 2 of 2", true},
		{"Seite 2 von 3 Weiter", true},
		{"Página 1 de 4 Siguiente", true},
		{"Page 1 of 1 pages", false},
		{"Next 70", false},
		{"Next> page 1/321", false},
		{"Page 3", false},
		{"Next", false},
		{"12", false},
		{"The next page of the report lists 2 of the 3 homes.", false},
		{"Turn to page 4 of the report.", false},
	} {
		var s scratch
		s.measure(tt.line, nil)
		if got := s.pagerLine(); got != tt.want {
			t.Errorf("pagerLine(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestShareRowLabel: a share row whose label lost its colon keeps the
// label's own words before the buttons, and the copy-link button counts
// among them; a line with too few buttons after such a label, or with
// words of its own among the networks, is no row.
func TestShareRowLabel(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Share this article Facebook X WhatsApp Email Copy link", true},
		{"Share this story Facebook WhatsApp Copier le lien", true},
		{"Share on Facebook Tweet WhatsApp", true},
		{"Share this with Facebook X", false},
		{"Share prices fell at Facebook and Alphabet on Tuesday", false},
		{"Facebook, Twitter and WhatsApp were down for an hour", false},
	} {
		var s scratch
		s.measure(tt.line, nil)
		if got := s.bareShareRow(); got != tt.want {
			t.Errorf("bareShareRow(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestChrome59Lines: a consent banner's heading over its notice, a
// newsletter platform's comment section and end prompt on a page that
// does not name the platform, and the chrome a capture of a paginated
// article's two pages repeats around the second page's run. The
// story's lines with the same words stay: a headline on each page or
// repeated by a related list, the owner's copyright notice (the
// capture's credit to the page), a privacy subhead over the story's
// prose, a comment heading's words in a sentence.
func TestChrome59Lines(t *testing.T) {
	page := func(n, story string) string {
		return "We care about your privacy\n" +
			"We and our partners use cookies and similar technologies to store and access information on your device.\n" +
			"Accept all Manage preferences\n" +
			"Home > News > Council\n" +
			"Library to close despite petition\n" +
			"Share this article Facebook X WhatsApp Email Copy link\n" +
			story +
			"Page " + n + " of 2 1 2 Next page »\n" +
			"Comments\n" +
			"Comments have been turned off for this article.\n" +
			"Related stories\nMarket hall to close for eight weeks\nBus route 42 to be axed\n" +
			"The Vale Ledger is a member of the Independent Press Standards Organisation (IPSO) and abides by the Editors' Code of Practice.\n" +
			"© 2025 Vale Ledger Media Ltd. All rights reserved.\n"
	}
	page1 := "The council voted on Tuesday to close the library, despite a petition signed by more than four thousand residents of the town and its three villages.\n" +
		"Officials said the building needed repairs that the town could not afford, and that its books would move to the primary school on Mill Lane next year.\n"
	page2 := "The petition's organisers said they would ask the county to step in before the library's doors close for the last time at the end of March.\n" +
		"The county said on Wednesday that it had no money set aside for the building, but that it would meet the organisers early next month.\n"
	runChromeCases(t, []chromeCase{{
		name: "two pages joined",
		body: page("1", page1) + page("2", page2),
		gone: []string{"We care about your privacy", "Share this article Facebook X WhatsApp Email Copy link",
			"Page 1 of 2 1 2 Next page »", "Page 2 of 2 1 2 Next page »", "Comments have been turned off for this article.",
			"© 2025 Vale Ledger Media Ltd. All rights reserved."}, // kept as an Attribution: TestOwnerNotices
		kept: []string{"Library to close despite petition", "The council voted on Tuesday", "Officials said the building",
			"The petition's organisers said", "The county said on Wednesday"},
	}, {
		name: "a headline the related list repeats stays",
		body: "Library to close despite petition\n\n" + page1 + "Comments have been turned off for this article.\n\n" + page2 +
			"Related stories\nLibrary to close despite petition\nBus route 42 to be axed\nComments have been turned off for this article.\n",
		kept: []string{"Library to close despite petition", "The council voted on Tuesday", "The county said on Wednesday"},
	}, {
		name: "newsletter comment section",
		body: "The library will close on Mondays\n\n" + plainStory +
			"That's it for this week. Reply to this email if your branch matters to you; I read every answer.\n\n" +
			"Discussion about this post\n\nThank you for covering this. Forwarded to my whole block.\n\n" +
			"My kids do their homework at that branch.\n\nReady for more?\n",
		gone: []string{"Discussion about this post", "Thank you for covering this. Forwarded to my whole block.",
			"My kids do their homework at that branch.", "Ready for more?"},
		kept: []string{"The council voted on Tuesday", "Officials said the building", "That's it for this week."},
	}, {
		name: "end prompt alone at the foot",
		body: plainStory + "Ready for more?\n",
		gone: []string{"Ready for more?"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "the same words in the story stay",
		body: "Ready for more?\n\n" + plainStory +
			"Your privacy\n\nThe council said residents' data would be kept for two years under the new scheme, and that cookies on its website were used only to count visitors.\n\n" +
			"A discussion about this post office's future will be held in March, the council said.\n",
		kept: []string{"Ready for more?", "The council voted on Tuesday", "Officials said the building",
			"The council said residents' data", "A discussion about this post office's future"},
	}})
}
