package clean

import "testing"

// TestCopyrightName: a copyright notice's owner is the name without
// the years a footer prints after it, as well as before it.
func TestCopyrightName(t *testing.T) {
	tests := []struct{ rest, want string }{
		{"Tsebo ea Sechaba 2025. All rights reserved.", "Tsebo ea Sechaba"},
		{"The Valley Ledger 2019–2025", "The Valley Ledger"},
		{"Radio Exemple 2010-2025 | Imprint", "Radio Exemple"},
		{"2025 Ny Tsiky. Zo rehetra voatokana.", "2025 Ny Tsiky"}, // copyrightRest takes leading years off first
		{"Vision 2030 Media Group", "Vision 2030 Media Group"},
		{"Sport 1234", "Sport 1234"},
		{"2025", "2025"}, // a year alone names no owner, and stays as it was
	}
	for _, tt := range tests {
		if got := copyrightName(tt.rest); got != tt.want {
			t.Errorf("copyrightName(%q) = %q; want %q", tt.rest, got, tt.want)
		}
	}
}

// TestDashedAdLabel: a word between dashes is an advert's label, no
// sign-off; a dash before an agency's name still credits it.
func TestDashedAdLabel(t *testing.T) {
	for _, line := range []string{"- Advertisement -", "— Anzeige —", "– Publicité –"} {
		if at, ok := FindAttribution(line); ok {
			t.Errorf("FindAttribution(%q) = %q; want no credit", line, at.Name)
		}
	}
	if at, ok := FindAttribution("— Reuters"); !ok || at.Name != "Reuters" {
		t.Errorf("FindAttribution(%q) = %q, %v; want Reuters", "— Reuters", at.Name, ok)
	}
}

// TestYearLastFooter: a plain text's masthead confirmed by a footer that
// prints the year after the name ("© Tsebo ea Sechaba 2025."): the top
// bar, masthead, tagline and menu go, and so does the footer's notice.
func TestYearLastFooter(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Sesotho weekly on the tagDiv theme",
		body: "Lesotho Hot News 24/7\n3d ·\n\nSign in / Join\nE-Paper\nAdvertise\nTsebo ea Sechaba\nKoranta ea beke le beke ea Basotho\nHome\nLitaba\nMoruo\nLipapali\nOpinion\n\n" +
			plainStory + "© Tsebo ea Sechaba 2025. All rights reserved.\n",
		gone: []string{"Sign in / Join", "Koranta ea beke le beke ea Basotho", "© Tsebo ea Sechaba 2025. All rights reserved."},
		kept: []string{"The council voted"},
	}, {
		name: "English weekly, year after the name",
		body: "Sign in\nSubscribe\nBanner County Times\nNews from every corner of the county\nHome\nNews\nSport\nOpinion\n\n" +
			plainStory + "© Banner County Times 2024. All rights reserved.\n",
		gone: []string{"News from every corner of the county", "© Banner County Times 2024. All rights reserved."},
		kept: []string{"The council voted"},
	}})
}

// TestCommentPrompts: the comment form's log-in prompts and field
// checks of WordPress, forums and the tagDiv theme go in several
// languages; a story's sentence about logging in or commenting stays.
func TestCommentPrompts(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "WordPress log-in prompt, English",
		body: plainStory + "Post navigation\nPrevious Post: Likhomo tse 40 li utsuoa Thaba-Bosiu\n\nLeave a Reply Cancel reply\nYou must be logged in to post a comment.\n\nCopyright © 2025 Maloti Buzz Online | Theme: Newsup by Themeansar.\n",
		gone: []string{"You must be logged in to post a comment."},
	}, {
		name: "WordPress log-in prompt, French",
		body: plainStory + "Laisser un commentaire\nVous devez être connecté pour publier un commentaire.\n",
		gone: []string{"Vous devez être connecté pour publier un commentaire."},
	}, {
		name: "WordPress log-in prompt, Spanish",
		body: plainStory + "Deja una respuesta\nDebes haber iniciado sesión para publicar un comentario.\n",
		gone: []string{"Debes haber iniciado sesión para publicar un comentario."},
	}, {
		name: "forum reply prompt, English and German",
		body: plainStory + "Like Reply\nYou must log in or register to reply here.\n\nDu musst dich einloggen oder registrieren, um hier zu antworten.\n",
		gone: []string{"You must log in or register to reply here.", "Du musst dich einloggen oder registrieren, um hier zu antworten."},
	}, {
		name: "tagDiv form checks",
		body: plainStory + "LEAVE A REPLY Cancel reply\nPlease enter your comment!\nPlease enter your name here\nYou have entered an incorrect email address!\nPlease enter your email address here\nPost Comment\n",
		gone: []string{"Please enter your comment!", "Please enter your name here", "You have entered an incorrect email address!"},
	}, {
		name: "story sentences with the same words",
		body: "Residents who wanted to object had to log in or register to reply to the council's consultation, and many said the site rejected them.\n\n" +
			"Several told the paper they had entered an incorrect email address and were locked out for a day before the deadline passed.\n\n" +
			"Only people logged in to post a comment on the portal could take part, which the opposition called a barrier to older residents.\n\n" + plainStory,
		kept: []string{"log in or register to reply to the council", "entered an incorrect email address and were locked out", "logged in to post a comment on the portal"},
	}})
}

// TestForumHeader: a forum's header copied over a post, its name over
// a menu set one item a line with the log-in and sign-up items, goes;
// short lines of a story that name no account links stay.
func TestForumHeader(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "XenForo header",
		body: "[News] Council closes library\n\nPhoneTalk Forums\nForums\nWhat's new\nMembers\nLog in\nRegister\nSearch\n\n" + plainStory,
		gone: []string{"PhoneTalk Forums", "What's new", "Members", "Register"},
		kept: []string{"The council voted"},
	}, {
		name: "French forum header",
		body: "Le conseil ferme la bibliothèque\n\nForum Auto Passion\nForums\nNouveautés\nMembres\nConnexion\nS'inscrire\n\n" + plainStory,
		gone: []string{"Forum Auto Passion", "Nouveautés", "Connexion", "S'inscrire"},
	}, {
		name: "list of short lines with no account links",
		body: plainStory + "Winners\nAnna Berg\nJohn Lowe\nMary Field\nPeter Holm\n\n" + plainStory,
		kept: []string{"Anna Berg", "Peter Holm"},
	}})
}

// TestNewsletterButtonBox: a newsletter box of heading, blurb and button
// goes though its blurb has no e-mail word; a story's short lines over
// a lone "Subscribe" that is no button of a box stay.
func TestNewsletterButtonBox(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "English box",
		body: plainStory + "The Pocketwire Weekly\nOur best stories and deals, every Friday.\nSubscribe\nAbout Pocketwire | Contact | Privacy Policy | Terms\n",
		gone: []string{"The Pocketwire Weekly", "Our best stories and deals, every Friday."},
	}, {
		name: "German box",
		body: plainStory + "Der Morgen-Newsletter\nDie wichtigsten Nachrichten aus der Region, jeden Morgen.\nJetzt abonnieren\n",
		gone: []string{"Die wichtigsten Nachrichten aus der Region, jeden Morgen."},
	}, {
		name: "Spanish box",
		body: plainStory + "Boletín diario\nLo mejor de la semana, cada viernes.\nSuscríbete\n",
		gone: []string{"Lo mejor de la semana, cada viernes."},
	}, {
		name: "story paragraph before a button line",
		body: plainStory + "The library will reopen in the school's old gym, the council said in a statement on Tuesday evening, and the mayor promised that the collection would stay whole.\nSubscribe\n",
		kept: []string{"The library will reopen"},
	}})
}
