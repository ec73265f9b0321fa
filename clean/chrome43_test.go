package clean

import "testing"

// TestGroupPages: a Facebook group page's interface around its post
// goes, in English and French; a story about a Facebook group, which
// names its members and its buttons in sentences, stays.
func TestGroupPages(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "English group page",
		body: "Facebook\nLog In\nValley Noticeboard\nPublic group · 4.2K members\nJoin group\nAbout\nDiscussion\n\n" +
			"Karen Doe\nTop contributor\n\n" + plainStory + plainStory +
			"Sue Roe\nThoughts with the family.\nLike\nReply\n\nView more comments\nWrite a public comment…\n\n" +
			"Log in or sign up for Facebook to connect with friends, family and people you know.\nLog In\nor\nCreate new account\n",
		gone: []string{"Public group · 4.2K members", "Join group", "Top contributor", "View more comments",
			"Write a public comment…", "Log in or sign up for Facebook to connect with friends, family and people you know."},
	}, {
		name: "French group page",
		body: "Entraide Quartier\nGroupe Public · 4,2 k membres\nRejoindre le groupe\n\n" + plainStory + plainStory +
			"Voir plus de commentaires\nÉcrire un commentaire public…\n",
		gone: []string{"Groupe Public · 4,2 k membres", "Rejoindre le groupe", "Voir plus de commentaires"},
	}, {
		name: "a story about a Facebook group",
		body: "Noticeboard group doubles in a year\n\n" + plainStory +
			"The public group now has 4,200 members, and its top contributor, Karen Doe, said admins read every post.\n\n" +
			"Join group\n\n" + plainStory,
		kept: []string{"The public group now has 4,200 members", "Join group"},
	}})
}

// TestGroupHeader: the header line needs a group word, a count and a
// word for members, in a short line.
func TestGroupHeader(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Public group · 4.2K members", true},
		{"Private group · Visible · 812 members", true},
		{"Grupo público · 4,2 mil miembros", true},
		{"Öffentliche Gruppe · 4.200 Mitglieder", true},
		{"Public group · members", false},
		{"WhatsApp Channel · 18.3K followers", false},
		{"The group said its 4,200 members would vote on the plan at a meeting on Tuesday.", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			var s scratch
			if got := groupHeader(tt.line, s.measure(tt.line, nil).words); got != tt.want {
				t.Errorf("groupHeader(%q) = %v; want %v", tt.line, got, tt.want)
			}
		})
	}
}

// TestTipBoxes: a news tip box's heading over the newsroom's number or
// address goes, in a plain text's paragraph or as extracted HTML's two
// paragraphs; the heading over a story's paragraph, or a story's number
// without the heading, stays.
func TestTipBoxes(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "English box, two paragraphs",
		body: plainStory + plainStory + "Got a story?\n\nCall the Valley Sound newsroom on 01632 960447 or email news@valleysound.example\n",
		gone: []string{"Got a story?", "Call the Valley Sound newsroom on 01632 960447 or email news@valleysound.example"},
	}, {
		name: "French box, one paragraph",
		body: plainStory + plainStory + "Vous avez une info ?\nÉcrivez-nous à redaction@journal.example\n",
		gone: []string{"Vous avez une info ?", "Écrivez-nous à redaction@journal.example"},
	}, {
		name: "a story's heading and number",
		body: plainStory + "Got a story?\n\nThe council's new hotline asks residents who have seen fly-tipping in the lanes around the village over the summer to report it, and officers will visit every site named within a week of the call.\n\n" +
			"Anyone with information can call 01632 960447.\n\n" + plainStory,
		kept: []string{"The council's new hotline", "Anyone with information can call 01632 960447."},
	}})
}

// TestBarParts: a tagline or a top bar's notice set as parts between
// middle dots or bars, each a phrase; a sentence with a dot stays out.
func TestBarParts(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"E mālama i ka ʻāina, e mālama i ka poʻe · Serving our community since 1962", true},
		{"Next General Meeting: Second Saturday of the month, 10:00 am · Kaulanamoa Community Center | Contact Us", true},
		{"Serving our community since 1962", false},
		{"The club met on Saturday. · It will meet again in March.", false},
		{"One two three four five six seven eight nine ten eleven twelve thirteen · Contact", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := barParts(tt.line, taglineMaxWords); got != tt.want {
				t.Errorf("barParts(%q) = %v; want %v", tt.line, got, tt.want)
			}
		})
	}
}

// TestCivicClubHeader: a civic club's scraped page, its masthead
// confirmed by a footer that sets its links after a middle dot, loses
// its notice bar, its two-language tagline, its menu and its donation
// box headed "Makana · Donate"; the story stays.
func TestCivicClubHeader(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "civic club page",
		body: "Fishpond wall falls – Valley Civic Club\n\nSkip to content\n" +
			"Next General Meeting: Second Saturday of the month, 10:00 am · Valley Community Center | Contact Us\n" +
			"Valley Civic Club\nE mālama i ka ʻāina, e mālama i ka poʻe · Serving our community since 1962\n" +
			"Home\nAbout the Club\nMembership\nEvents\nContact\n\nFishpond wall falls\n\n" + plainStory + plainStory +
			"Become a Member\nMembership is open to all. Annual dues are $25.\nJoin Today\n\n" +
			"Makana · Donate\nYour tax-deductible gift supports our scholarships and ʻāina projects.\n\n" +
			"© Valley Civic Club · Proudly powered by WordPress\n",
		gone: []string{"Next General Meeting: Second Saturday of the month, 10:00 am · Valley Community Center | Contact Us",
			"E mālama i ka ʻāina, e mālama i ka poʻe · Serving our community since 1962", "About the Club",
			"Makana · Donate", "Your tax-deductible gift supports our scholarships and ʻāina projects."},
	}})
}
