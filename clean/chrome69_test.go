package clean

import "testing"

// TestDonationAppealApart: a reader-funded newsroom's box under the
// story, set a paragraph apart (a heading trailing off, "Before you
// go…", an appeal of three sentences and the donation button closing
// the page), goes; a story's subhead ending in an ellipsis over a
// paragraph of the story, with no donation button under it, stays.
func TestDonationAppealApart(t *testing.T) {
	appeal := "The Valley Current is a nonprofit newsroom. We don’t have a paywall, so we rely on readers like you. " +
		"If you value local reporting, please make a tax-deductible gift today."
	runChromeCases(t, []chromeCase{{
		name: "donation box at the end",
		body: plainStory + "Before you go…\n\n" + appeal + "\n\nDonate now\n",
		gone: []string{"Before you go…", appeal, "Donate now"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "subhead with an ellipsis",
		body: plainStory + "And then…\n\n" +
			"The library's last borrower returned a book that had been overdue since 1987, and the fine was waived by the librarian on the spot.\n\n" +
			plainStory,
		kept: []string{"And then…", "The library's last borrower returned a book"},
	}})
}

// TestSponsorSlot: a newsletter's sponsor slot, the label "Together
// with X" or "Presented by X" over the sponsor's pitch, goes with the
// pitch and the call in its paragraph; the newsletter's items under
// their own headings stay, and so does a story's line opening
// "Together with".
func TestSponsorSlot(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Together with Harbor Family Dental", true},
		{"Presented by Pine Hollow Realty", true},
		{"Sponsored by Meterwise:", true},
		{"Together with his brother, he ran the shop for forty years.", false},
		{"Presented by the mayor.", false},
		{"Together with the other members of the board and the town's two unions", false},
	} {
		if got := sponsorLabel(tt.line); got != tt.want {
			t.Errorf("sponsorLabel(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	item := "Public works will begin curbside leaf collection Monday, starting with Zone 1 and working south through Zone 4 by early December."
	runChromeCases(t, []chromeCase{{
		name: "sponsor slot in a newsletter",
		body: "Good morning, Valley! Here is what you need to know today.\n\n🍂 Leaf pickup starts Monday\n\n" + item + "\n\n" +
			"Together with Harbor Family Dental\n\n" +
			"New patients get a free exam and X-rays this month at Harbor Family Dental on Canal Street. Book online in two minutes.\n" +
			"Book your visit\n\n" +
			"🚦 A new crosswalk signal on Elm\n\n" + item + "\n",
		gone: []string{"Together with Harbor Family Dental",
			"New patients get a free exam and X-rays this month at Harbor Family Dental on Canal Street. Book online in two minutes.",
			"Book your visit"},
		kept: []string{"🍂 Leaf pickup starts Monday", "🚦 A new crosswalk signal on Elm", item},
	}, {
		name: "story line opening together with",
		body: plainStory + "Together with the Friends of the Library\n\n" +
			"The volunteers raised more than twelve thousand pounds at a book sale last spring, and they plan another in May to keep the mobile library running.\n\n" +
			plainStory,
		kept: []string{"The volunteers raised more than twelve thousand pounds"},
	}})
}

// newRedditHead is the new Reddit site's header of a self post in
// r/Valley, as a plain copy of the page keeps it.
const newRedditHead = "Library to close despite petition : r/Valley\nSkip to main content\nr/Valley\nGet App\nLog In\n" +
	"r/Valley\n•\n5 hr. ago\nvalley_reader\nNews\nLibrary to close despite petition\n"

// newRedditTail is the new site's comment thread, sidebar and footer.
const newRedditTail = "Upvote\n142\nDownvote\n87\nGo to comments\nShare\nJoin the conversation\nSort by:\nBest\nComments Section\n" +
	"quietcornerdad\n•\n4h ago\nGreat news for nobody. My kids used that library every week.\nReply\nAward\nShare\n" +
	"valley_reader\nOP\n•\n3h ago\nThey said the books move to the school, so we will see.\nReply\nAward\nShare\nmore replies\n" +
	"Community Info\nWelcome to r/Valley, the subreddit for the town and its villages.\nMembers\n8.1K\nOnline\n37\n" +
	"Rules\n1. Be civil\n2. Local content only\nModerators\nMessage Mods\nReddit Rules\nPrivacy Policy\n" +
	"Reddit, Inc. © 2025. All rights reserved.\n"

// TestNewRedditThread: a capture of the new Reddit site's self post
// keeps the post's body and loses the comments under it and the
// sidebar; under a link post, which has no body, the comments stay.
func TestNewRedditThread(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "self post",
		body: newRedditHead + "Pasting this from the Gazette for anyone who doesn't get it. The paper has the full story online.\n\n" +
			plainStory + newRedditTail,
		gone: []string{"Great news for nobody. My kids used that library every week.",
			"They said the books move to the school, so we will see.", "quietcornerdad", "Community Info",
			"Welcome to r/Valley, the subreddit for the town and its villages.", "Message Mods", "Members", "4h ago"},
		kept: []string{"Pasting this from the Gazette", "The council voted on Tuesday", "Officials said the building needed repairs"},
	}, {
		name: "link post",
		body: newRedditHead + "valleygazette.example\n" + newRedditTail,
		kept: []string{"Great news for nobody. My kids used that library every week."},
		gone: []string{"Community Info", "Message Mods"},
	}})
}

// TestFacebookLabels69: Facebook's Hungarian reactions' label without
// its article ("Összes reakció:"), and a Danish group's page under the
// log-in bar: the header, "Deltag i gruppen" and the prompt to log in
// go; the post stays, and so does a story's sentence about joining a
// group.
func TestFacebookLabels69(t *testing.T) {
	if got, _ := LineScore("Összes reakció:", "hu"); got < 0.5 {
		t.Errorf("LineScore(%q) = %v; want at least 0.5", "Összes reakció:", got)
	}
	post := "Natten til torsdag brast diget ved Kildebæk under stormfloden, og mere end 100 af byens beboere blev sendt hjemmefra.\n\n" +
		"Fjordvandet strømmede ind over Digevej og Fjordstien, og 112 mennesker fra 46 husstande blev bragt i sikkerhed i hallen.\n\n"
	runChromeCases(t, []chromeCase{{
		name: "Danish group page",
		body: "Facebook\nLog ind\nGlemt adgangskode?\nOpret ny konto\n\n" +
			"Kildebæk – os der bor her\nOffentlig gruppe · 4,2K medlemmer\nDeltag i gruppen\nOm\nDiskussion\n\n" + post +
			"Se flere kommentarer\nSkriv en offentlig kommentar …\n\n" +
			"Log ind eller tilmeld dig Facebook for at oprette forbindelse til venner, familie og personer, du kender.\nLog ind\neller\nOpret ny konto\n",
		gone: []string{"Offentlig gruppe · 4,2K medlemmer", "Deltag i gruppen",
			"Log ind eller tilmeld dig Facebook for at oprette forbindelse til venner, familie og personer, du kender."},
		kept: []string{"Natten til torsdag brast diget", "Fjordvandet strømmede ind"},
	}, {
		name: "Danish story about a group",
		body: post + "Borgmesteren opfordrede beboerne til at deltage i gruppen på Facebook, hvor kommunen lægger nyt om diget op hver morgen.\n\n" + post,
		kept: []string{"deltage i gruppen på Facebook"},
	}})
}

// TestItalianCommentGate: the Italian gate for subscribers under the
// comments' heading goes; a story's sentence with "per commentare"
// stays.
func TestItalianCommentGate(t *testing.T) {
	story := "Da martedì i circa 1.200 residenti di Castelfaro non possono più utilizzare la strada provinciale, sepolta da una frana.\n\n" +
		"La Regione ha stanziato 850 mila euro per una bretella provvisoria di circa 1,4 chilometri a monte del fronte franoso.\n\n"
	runChromeCases(t, []chromeCase{{
		name: "comment gate",
		body: story + "Commenti\n\nPer commentare è necessario essere abbonati. Accedi o abbonati.\n",
		gone: []string{"Per commentare è necessario essere abbonati. Accedi o abbonati."},
		kept: []string{"La Regione ha stanziato 850 mila euro"},
	}, {
		name: "story on comments",
		body: story + "Il sindaco ha convocato i giornalisti in municipio per commentare la sentenza del tribunale, che ha dato ragione ai residenti.\n\n" + story,
		kept: []string{"per commentare la sentenza del tribunale"},
	}})
}

// TestReadTimeLeadCapitalised: a meta line's byline closes where the
// reading time opens with its capitalised word of time ("Tempo di
// lettura", "Tiempo de lectura"); a byline followed by other words
// is no meta line.
func TestReadTimeLeadCapitalised(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"di Redazione NotizieSmart · Tempo di lettura: 5 minuti", true},
		{"Por Ana Ruiz Tiempo de lectura: 4 minutos", true},
		{"di Mario Rossi Tempo pieno per i medici di base", false},
	} {
		if got := metaReadTime(tt.line); got != tt.want {
			t.Errorf("metaReadTime(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}
