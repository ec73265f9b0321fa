package clean

import "testing"

// TestPairLabels: a heading printed in two languages, a list label on
// each side of a slash or a bar, is a list label (pairLabel), and a
// read-also one when either half is; a headline with a slash is not.
func TestPairLabels(t *testing.T) {
	tests := []struct {
		line      string
		want      category
		alsoAlone bool
	}{
		{"Also Read / Lire aussi", catPromo, true},
		{"Related News | Dernières nouvelles", catPromo, false},
		{"Lesen Sie auch / Lire aussi", catPromo, true},
		{"Tags / Mots-clés", catNavigation, false},
		{"Read / Write: the new literacy", catNone, false},
		{"Also Read / the mayor's reply", catNone, false},
		{"Jobs / Emplois", catNone, false},
	}
	var s scratch
	for _, tt := range tests {
		f := s.measure(tt.line, stopList("en"))
		if f.listLabel != tt.want || f.alsoAlone != tt.alsoAlone {
			t.Errorf("measure(%q) = listLabel %v, alsoAlone %v; want %v, %v", tt.line, f.listLabel, f.alsoAlone, tt.want, tt.alsoAlone)
		}
	}
}

// TestQualifiedLabels: a more-news box's label followed by the place or
// section its stories come from is a list label (qualifiedLabel); a
// sentence, a longer tail or another preposition is not.
func TestQualifiedLabels(t *testing.T) {
	tests := []struct {
		line string
		want category
	}{
		{"Weitere Meldungen aus der Region", catPromo},
		{"More news from Kenya", catPromo},
		{"Related stories from the Highlands", catPromo},
		{"Dernières nouvelles de la région", catPromo},
		{"Weitere Meldungen aus der Region.", catNone},
		{"More news from the front is expected on Monday", catNone},
		{"Latest news in brief", catNone},
		{"Weitere Nachrichten", catPromo},
		{"Weitere Meldungen aus der Region sollen folgen, sagte er", catNone},
	}
	var s scratch
	for _, tt := range tests {
		if got := s.measure(tt.line, stopList("de")).listLabel; got != tt.want {
			t.Errorf("measure(%q).listLabel = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestChrome19Lines scores the single lines this batch's rules read:
// Facebook's logged-out prompt, a read-also label in Kinyarwanda, the
// WordPress.com footer credit, an aggregator's rights disclaimer; the
// same words in a story's sentences stay under the threshold.
func TestChrome19Lines(t *testing.T) {
	chrome := []string{
		"See more on Facebook", "Email or phone number", "Forgot account?", "Create new account",
		"¿Olvidaste tu cuenta?", "Crear cuenta nueva", "Esqueceu a conta?", "Criar nova conta",
		"Blog at WordPress.com.",
	}
	for _, l := range chrome {
		if got, reason := LineScore(l, "en"); got < DefaultThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want ≥ %v", l, got, reason, DefaultThreshold)
		}
	}
	// A rights disclaimer is a sentence: near-good, it goes between the
	// footer's chrome lines (see TestChrome19Context).
	disclaimers := []string{
		"Агрегатор новостей. Материалы принадлежат их авторам и источникам.",
		"All trademarks belong to their respective owners.",
	}
	for _, l := range disclaimers {
		if got, reason := LineScore(l, "en"); got < DefaultLowThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want ≥ %v", l, got, reason, DefaultLowThreshold)
		}
	}
	prose := []string{
		"The bank asked customers to create new account passwords after the breach, a spokesman said on Monday.",
		"Police said the caller gave neither an email or phone number, and that the inquiry was continuing.",
		"She started a blog at WordPress in 2014 and wrote about the harbour every week until the council noticed.",
		"Суд постановил, что права на снимки принадлежат их авторам, а не редакции, сообщил адвокат.",
		"The paintings were returned to their respective owners after the exhibition closed on Sunday.",
	}
	for _, l := range prose {
		if got, reason := LineScore(l, "en"); got >= DefaultThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want < %v", l, got, reason, DefaultThreshold)
		}
	}
}

// TestPostedInBy: "Posted in <category> by <account>" is a blog's post
// line without a date; a headline with a person's name after "by" is
// not.
func TestPostedInBy(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Posted in News by kilnender", true},
		{"Posted in Match Reports by admin", true},
		{"Publié dans Actualités par admin", true},
		{"Publicado en Noticias por redaccion", true},
		{"Posted in error by Jane Doe", false},
		{"Posted in News by", false},
	}
	for _, tt := range tests {
		if got := isPostMeta(tt.line, len(fields(tt.line))); got != tt.want {
			t.Errorf("isPostMeta(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestChrome19Context runs the rules on pages: a bilingual read-also box
// with its titles, Facebook's prompt under a scraped post, a German
// more-news box, footer link columns, a consent banner's button and the
// footer's site name; story lines with the same words stay.
func TestChrome19Context(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "bilingual read-also box",
		body: plainStory + "Also Read / Lire aussi\nNiu rod long West Kos i open afta tu yia blong wok\nPraes blong kava long maket i go antap bakegen\n\n" + plainStory,
		gone: []string{"Also Read / Lire aussi", "Praes blong kava long maket i go antap bakegen"},
		kept: []string{"its books would move to the school."},
	}, {
		name: "Facebook's logged-out prompt",
		body: plainStory + "Like\nComment\nShare\nSee more on Facebook\nEmail or phone number\nPassword\nLog In\nForgot account?\nor\nCreate new account\n",
		gone: []string{"See more on Facebook", "Email or phone number", "Forgot account?", "Create new account"},
		kept: []string{"despite a petition signed"},
	}, {
		name: "Kinyarwanda read-also line",
		body: plainStory + "Soma n'iyi nkuru: Uko wakwirinda ibiza mu gihe cy'imvura: Inama 8 z'ingenzi\n\n" + plainStory,
		gone: []string{"Soma n'iyi nkuru: Uko wakwirinda ibiza mu gihe cy'imvura: Inama 8 z'ingenzi"},
	}, {
		name: "German more-news box with its place",
		body: plainStory + "Weitere Meldungen aus der Region\nBauern im Aaretal rechnen mit einer guten Obsternte\nFeuerwehr übt den Ernstfall im Altersheim\nAlle Meldungen anzeigen\n",
		gone: []string{"Weitere Meldungen aus der Region", "Bauern im Aaretal rechnen mit einer guten Obsternte", "Feuerwehr übt den Ernstfall im Altersheim"},
		kept: []string{"its books would move to the school."},
	}, {
		name: "WordPress's Links and Archives widgets",
		body: plainStory + "Links\nOfficial club website\nSupporters' Trust\n\nArchives\nNovember 2025\nOctober 2025\n\nBlog at WordPress.com.\n",
		gone: []string{"Links", "Official club website", "Archives", "November 2025", "Blog at WordPress.com."},
		kept: []string{"its books would move to the school."},
	}, {
		name: "an aggregator's rights disclaimer in its footer",
		body: plainStory + "Все новости · Регионы · Происшествия · Экономика\nАгрегатор новостей. Материалы принадлежат их авторам и источникам.\n© 2025 KZ Lenta\n",
		gone: []string{"Агрегатор новостей. Материалы принадлежат их авторам и источникам."},
		kept: []string{"its books would move to the school."},
	}, {
		name: "consent banner's button",
		body: plainStory + "This website uses cookies to ensure you get the best experience on our website. Learn more\nGot it!\n",
		gone: []string{"Got it!"},
		kept: []string{"its books would move to the school."},
	}, {
		name: "a button's word in the story stays",
		body: plainStory + "Got it!\n\n" + plainStory,
		kept: []string{"Got it!"},
	}, {
		name: "the footer's site name confirmed by its copyright",
		body: "Valley Ledger\nHome\nNews\nSport\nContact\n\n" + plainStory + "Quick Links\nReport a fault\nPay a fine\n\nValley Ledger\nMain Street, Carrick\n© 2025 Valley Ledger. All rights reserved.\n",
		gone: []string{"Quick Links", "Report a fault", "Valley Ledger"},
		kept: []string{"its books would move to the school."},
	}})
}
