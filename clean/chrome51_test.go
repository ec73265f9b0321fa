package clean

import "testing"

// TestPaywallBox: a paywall's box, its heading, the appeal, the button
// and the log-in prompt, goes between a standfirst and the story; the
// log-in prompt goes alone; a story's short line that names
// subscribers, with no button under it, stays.
func TestPaywallBox(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "English paywall box",
		body: "Confidential board papers seen by the Post show mothers could face a long journey to give birth\n\n" +
			"This article is for subscribers\n\n" +
			"Support local journalism in Kelmouth. Subscribe today for just £1 for your first three months.\n\n" +
			"Subscribe now\n\nAlready a subscriber? Log in\n\n" + plainStory,
		gone: []string{"This article is for subscribers", "Support local journalism in Kelmouth. Subscribe today for just £1 for your first three months.",
			"Subscribe now", "Already a subscriber? Log in"},
		kept: []string{"Confidential board papers seen by the Post show mothers could face a long journey to give birth"},
	}, {
		name: "French paywall box",
		body: plainStory + "Cet article est réservé aux abonnés\n\nProfitez de l'offre à 1 € le premier mois, sans engagement.\n\n" +
			"Je m'abonne\n\nDéjà abonné ? Se connecter\n\n" + plainStory,
		gone: []string{"Cet article est réservé aux abonnés", "Profitez de l'offre à 1 € le premier mois, sans engagement.", "Je m'abonne", "Déjà abonné ? Se connecter"},
	}, {
		name: "a story's line on subscribers, no button",
		body: "Streaming service raises prices for subscribers\n\n" + plainStory +
			"The company said the change would apply to subscribers from March, and that the cheapest plan would stay.\n\n" + plainStory,
		kept: []string{"Streaming service raises prices for subscribers",
			"The company said the change would apply to subscribers from March, and that the cheapest plan would stay."},
	}})
}

// redditThread is a capture of an old.reddit.com link post's thread:
// the post's furniture, a comment that pastes a story, a reply, the
// sidebar with its rules and the footer.
const redditThread = "Council closes the library (valleyledger.example) : Vale\njump to content\n" +
	"298\nCouncil closes the library (valleyledger.example)\nNews\nsubmitted 7 hours ago by vale_reader\n64 comments\nshare\nsave\nhide\nreport\n" +
	"all 64 comments\nsorted by: best\nlevel 1\n[–]harbour_kel 412 points 7 hours ago\nHere's the text for those without a subscription:\n\n" +
	plainStory +
	"permalink\nembed\nsave\nreport\nreply\nlevel 2\n[–]vale_reader[S] 88 points 6 hours ago\nThanks, I hit the wall after two paragraphs.\n" +
	"permalink embed save parent report reply\nload more comments (41 replies)\n" +
	"Vale\nsubscribe unsubscribe\n12,480 readers\n37 users here now\nRules\n1. Be civil. No personal attacks or hate speech.\n2. No spam or self-promotion.\n" +
	"created by harbourmaster_k a community for 11 years\nMODERATORS\nmessage the mods\nabout\nblog\nhelp\nreddiquette\n" +
	"Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © 2025 reddit inc. All rights reserved.\n" +
	"REDDIT and the ALIEN Logo are registered trademarks of reddit inc.\n"

// TestRedditThread: a capture of a Reddit thread, known by two kinds of
// Reddit's own lines, loses the post's line, the vote and count lines,
// the buttons, the comment tree's markers and headers, the sort
// control, the sidebar's counts and numbered rules, the moderators' box
// and the footer; the pasted story and the users' comments stay. The
// same lines in a text with one Reddit mark alone stay.
func TestRedditThread(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "old reddit thread",
		body: redditThread,
		gone: []string{"298", "submitted 7 hours ago by vale_reader", "64 comments", "hide", "all 64 comments", "sorted by: best", "level 1",
			"[–]harbour_kel 412 points 7 hours ago", "level 2", "permalink embed save parent report reply", "load more comments (41 replies)",
			"subscribe unsubscribe", "12,480 readers", "37 users here now", "Rules", "1. Be civil. No personal attacks or hate speech.",
			"2. No spam or self-promotion.", "created by harbourmaster_k a community for 11 years", "MODERATORS", "message the mods",
			"reddiquette", "Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © 2025 reddit inc. All rights reserved.",
			"REDDIT and the ALIEN Logo are registered trademarks of reddit inc."},
		kept: []string{"Here's the text for those without a subscription:", "Thanks, I hit the wall after two paragraphs.",
			"The council voted on Tuesday to close the library, despite a petition signed by more than four thousand residents."},
	}, {
		name: "numbered lines and a count, no Reddit page",
		body: plainStory + "The council's rules now say:\n\n1. Be civil at meetings.\n\n2. No placards in the chamber.\n\n" +
			"submitted 7 hours ago by a resident\n\n" + plainStory,
		kept: []string{"1. Be civil at meetings.", "2. No placards in the chamber."},
	}})
}

// TestAboutLink: the menu's link to the page about the site, alone on
// its line among the menu's items, goes in French and its kin; the
// words inside a sentence stay.
func TestAboutLink(t *testing.T) {
	scoreCases(t, ReasonNavigation, []string{"Qui sommes-nous ?", "Qui sommes-nous", "À propos de nous", "Quiénes somos", "Chi siamo", "About us"},
		[]string{"Qui sommes-nous ? La question revient à chaque réunion du conseil municipal depuis la fusion des deux communes.",
			"The mayor said residents had written to the council about us and our plans for the harbour."})
	runChromeCases(t, []chromeCase{{
		name: "a French menu one item a paragraph",
		body: "Radio Kintwadi FM\n\nAccueil\n\nSociété\n\nSports\n\nQui sommes-nous ?\n\nContact\n\n" + plainStory,
		gone: []string{"Qui sommes-nous ?"},
	}})
}
