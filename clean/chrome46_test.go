package clean

import "testing"

// TestSignUpPromos: a newsletter promo set between a story's paragraphs,
// the newsletter named and a bare call to sign up after it, goes in
// English and the other languages of signUpCalls; a story's sentence
// that names a newsletter, or reports that people signed up, stays, and
// so does a paragraph past a promo's length that ends with the words.
func TestSignUpPromos(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "a wire's promo between paragraphs of a scrape",
		body: plainStory + "Get a look at the day ahead in UK and European markets with our Morning Bid Europe newsletter. Sign up here.\n\n" + plainStory,
		gone: []string{"Get a look at the day ahead in UK and European markets with our Morning Bid Europe newsletter. Sign up here."},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "a briefing's promo, the call with an arrow",
		body: plainStory + "The Daily Briefing newsletter provides all the news you need to start your day. Sign up now →\n\n" + plainStory,
		gone: []string{"The Daily Briefing newsletter provides all the news you need to start your day. Sign up now →"},
	}, {
		name: "French promo",
		body: plainStory + "Recevez chaque matin l'essentiel de l'actualité avec notre newsletter. Inscrivez-vous ici.\n\n" + plainStory,
		gone: []string{"Recevez chaque matin l'essentiel de l'actualité avec notre newsletter. Inscrivez-vous ici."},
	}, {
		name: "German promo",
		body: plainStory + "Der Morgen-Newsletter bringt Ihnen die wichtigsten Nachrichten des Tages. Jetzt anmelden!\n\n" + plainStory,
		gone: []string{"Der Morgen-Newsletter bringt Ihnen die wichtigsten Nachrichten des Tages. Jetzt anmelden!"},
	}, {
		name: "Spanish promo",
		body: plainStory + "Recibe cada mañana las noticias más importantes con nuestro boletín. Suscríbete aquí.\n\n" + plainStory,
		gone: []string{"Recibe cada mañana las noticias más importantes con nuestro boletín. Suscríbete aquí."},
	}, {
		name: "a story's sentences about a newsletter",
		body: plainStory + "The council's newsletter, sent to four thousand homes, said the library would close. More than 300 residents signed up.\n\n" +
			"Residents can sign up to receive the newsletter at the town hall. Sign-ups close on Friday, the clerk said.\n\n" + plainStory,
		kept: []string{"The council's newsletter, sent to four thousand homes", "Residents can sign up to receive the newsletter"},
	}, {
		name: "a newsletter named, no bare call after it",
		body: plainStory + "The library's newsletter will now be sent by e-mail. Readers who want it can sign up at the desk.\n\n" + plainStory,
		kept: []string{"The library's newsletter will now be sent by e-mail."},
	}, {
		name: "a long paragraph that ends with the words",
		body: plainStory + "The newsletter, which the library's friends have printed every month since 1987 and which is read by more than four thousand families in the town and the villages around it, ended its last issue with two words. Subscribe now.\n\n" + plainStory,
		kept: []string{"The newsletter, which the library's friends have printed"},
	}})
}

// TestKindLabels: a content-type label alone over the headline, in one
// language or two, goes when it is the text's first line or stands
// right over the page's title; the headline under it stays, and so do
// a label's words lower down, a kind's word that opens a headline, and
// a one-line paragraph of story.
func TestKindLabels(t *testing.T) {
	const headline = "Help for families hit by the brush fire in Chalan Lagu"
	runChromeCases(t, []chromeCase{{
		name:  "a bilingual label over an extracted page's headline",
		title: headline,
		body:  "Announcement / Anunsio\n\n" + headline + "\n\n" + plainStory,
		gone:  []string{"Announcement / Anunsio"},
		kept:  []string{headline, "The council voted on Tuesday"},
	}, {
		// A release's own label is how a release is known
		// (pressrelease.Recognise reads the cleaned text): it stays.
		name: "a press release's label over a plain text's headline",
		body: "Press Release\n" + headline + "\n\n" + plainStory,
		kept: []string{"Press Release", headline},
	}, {
		name: "an announcement's label over a plain text's headline",
		body: "Announcement\n" + headline + "\n\n" + plainStory,
		gone: []string{"Announcement"},
		kept: []string{headline},
	}, {
		name: "Spanish and French labels",
		body: "Comunicado de prensa / Communiqué de presse\n\n" + headline + "\n\n" + plainStory,
		gone: []string{"Comunicado de prensa / Communiqué de presse"},
		kept: []string{headline},
	}, {
		name:  "a label over the title under the page's header",
		title: headline,
		body:  "Skip to content\n\nOpinion\n\n" + headline + "\n\n" + plainStory,
		gone:  []string{"Opinion"},
		kept:  []string{headline},
	}, {
		name: "a headline that opens with a kind's word",
		body: "Opinion: the library deserved better\n\n" + plainStory,
		kept: []string{"Opinion: the library deserved better"},
	}, {
		name: "a kind's word lower down, a subhead of the story",
		body: plainStory + "Analysis\n\nThe vote shows how little room the council has left in its budget.\n\n" + plainStory,
		kept: []string{"Analysis"},
	}, {
		name: "a label with the first paragraph under it, no headline",
		body: "News\n\n" + plainStory,
		kept: []string{"News", "The council voted on Tuesday"},
	}, {
		name: "a headline alone over the story",
		body: headline + "\n\n" + plainStory,
		kept: []string{headline},
	}})
}

// TestKindLabel: the label's words alone, or two labels in two
// languages of which one is known; a sentence, a date or a section's
// name is no label.
func TestKindLabel(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Press Release", true},
		{"NEWS", true},
		{"Opinion:", true},
		{"Announcement / Anunsio", true},
		{"Nutisia / News", true},
		{"Persbericht | Communiqué de presse", true},
		{"World", false},
		{"News / 12 March 2025", false},
		{"Announcement / The mayor speaks to the village about the fire", false},
		{"The council issued a press release", false},
		{"Local / Lokat", false},
	}
	for _, tt := range tests {
		if got := kindLabel(tt.line); got != tt.want {
			t.Errorf("kindLabel(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}
