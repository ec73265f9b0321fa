package clean

import "testing"

// TestDutchConsentBanner: a Dutch cookie banner opens with the site as
// its subject in the forms consentOpeners cannot list; a story's
// sentence about a site's cookies stays.
func TestDutchConsentBanner(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "deze site gebruikt cookies",
		body: "Deze site gebruikt cookies. Door verder te gaan ga je akkoord met ons gebruik van cookies. Oké Meer informatie\n\n" + plainStory,
		gone: []string{"Deze site gebruikt cookies. Door verder te gaan ga je akkoord met ons gebruik van cookies. Oké Meer informatie"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "deze website maakt gebruik van cookies",
		body: plainStory + "Privacy: Deze website maakt gebruik van cookies om je ervaring te verbeteren.\n\n" + plainStory,
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "a story about a site and its cookies",
		body: plainStory + "De toezichthouder zei dat de site van de gemeente jarenlang cookies plaatste zonder toestemming van bezoekers, en legde een boete op van veertigduizend euro.\n\n" + plainStory,
		kept: []string{"De toezichthouder zei dat de site van de gemeente jarenlang cookies plaatste"},
	}})
}

// TestViewSwitch: the switch between a site's mobile and desktop views,
// alone on its line, in German, English and French.
func TestViewSwitch(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "footer switches",
		body: plainStory + "Zur Mobilversion wechseln\n\n" + plainStory + "Switch to mobile version\n\n" + plainStory + "Version mobile\n",
		gone: []string{"Zur Mobilversion wechseln", "Switch to mobile version", "Version mobile"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "a story's sentence about a mobile version",
		body: plainStory + "The council said it would switch to mobile version of the parking app next spring, after complaints.\n\n" + plainStory,
		kept: []string{"The council said it would switch to mobile version of the parking app"},
	}})
}

// TestLinksBoxLabels: a links box headed in Upper Sorbian, Czech and
// French goes with its list.
func TestLinksBoxLabels(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Sorbian links box",
		body: plainStory + "Impressum | Datenschutz\n\nWotkazy\nDomowina – Zwjazk Łužiskich Serbow\nSerbski muzej Budyšin\n\n© 2025 Towarstwo\n",
		gone: []string{"Wotkazy", "Domowina – Zwjazk Łužiskich Serbow", "Serbski muzej Budyšin"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "Czech and French",
		body: plainStory + "Odkazy\nČeský rozhlas\nMěstský úřad Kamenz\n\n" + plainStory + "Liens utiles\nMairie de Lyon\nOffice du tourisme\n\n",
		gone: []string{"Odkazy", "Český rozhlas", "Liens utiles", "Office du tourisme"},
		kept: []string{"The council voted on Tuesday"},
	}})
}

// TestFormNotes: a sign-up form's consent note under its button goes,
// in German, English and French; the same words in a story stay.
func TestFormNotes(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "German form on three lines",
		body: plainStory + "Newsletter abonnieren\nE-Mail-Adresse *\nAbonnieren\n" +
			"Mit dem Absenden stimmen Sie der Verarbeitung Ihrer Daten gemäß unserer Datenschutzerklärung zu. Eine Abmeldung ist jederzeit möglich.\n\n" + plainStory,
		gone: []string{"Mit dem Absenden stimmen Sie der Verarbeitung Ihrer Daten gemäß unserer Datenschutzerklärung zu. Eine Abmeldung ist jederzeit möglich."},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "English and French notes",
		body: plainStory + "Sign up for our newsletter\nEmail address *\nSubscribe\nBy submitting this form, you agree to our privacy policy.\n\n" +
			plainStory + "Inscrivez-vous à notre lettre\nAdresse e-mail *\nS'inscrire\nEn soumettant ce formulaire, vous acceptez notre politique de confidentialité.\n\n" + plainStory,
		gone: []string{"By submitting this form, you agree to our privacy policy.", "En soumettant ce formulaire, vous acceptez notre politique de confidentialité."},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "a story's sentences",
		body: plainStory + "By submitting this form, residents agreed to share their addresses with the council, the report found.\n\n" +
			"Mit dem Absenden stimmen Sie der Verarbeitung zu, hieß es im Formular der Stadt, das Datenschützer jetzt kritisieren.\n\n" + plainStory,
		kept: []string{"By submitting this form, residents agreed", "Mit dem Absenden stimmen Sie der Verarbeitung zu, hieß es"},
	}})
}

// TestDonationBoxes: a donation box headed by a giving noun, in one or
// two languages, over a short appeal, under the page's chrome; a
// story's "Donations" subhead over its paragraph stays.
func TestDonationBoxes(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "bilingual heading",
		body: plainStory + "Impressum | Datenschutz | Sitemap\n\nDarowanje / Spenden\nChceće nam pomhać? Kontaktne daty namakaće pod „Kontakt“. Spenden sind steuerlich absetzbar.\n\n© 2025 Towarstwo\n",
		gone: []string{"Darowanje / Spenden", "Chceće nam pomhać? Kontaktne daty namakaće pod „Kontakt“. Spenden sind steuerlich absetzbar."},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "English and French",
		body: plainStory + "Share this:\nFacebook\n\nDonations\nHelp us keep local news free. Every gift counts.\n\n" +
			plainStory + "Partager :\nFacebook\n\nFaire un don\nAidez-nous à rester indépendants.\n",
		gone: []string{"Donations", "Help us keep local news free. Every gift counts.", "Faire un don", "Aidez-nous à rester indépendants."},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "a story's subhead",
		body: plainStory + "Donations\nThe appeal raised more than twelve thousand pounds in its first week, organisers said on Friday evening.\n\n" + plainStory,
		kept: []string{"Donations", "The appeal raised more than twelve thousand pounds"},
	}})
}

// TestBackLinks: a back arrow before a few words of "back to the
// overview" goes, in Upper Sorbian, German and English; a French
// quotation opened by « stays.
func TestBackLinks(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "back links",
		body: plainStory + "« Wróćo k přehladej\n\n" + plainStory + "‹ Zurück zur Übersicht\n\n" + plainStory + "← Back to news\n\n" + plainStory,
		gone: []string{"« Wróćo k přehladej", "‹ Zurück zur Übersicht", "← Back to news"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "French quotations",
		body: plainStory + "« Nous sommes tous choqués »\n\n« C'est terminé, a dit le maire. Nous allons reconstruire la salle avant l'hiver. »\n\n" + plainStory,
		kept: []string{"« Nous sommes tous choqués »", "« C'est terminé, a dit le maire."},
	}})
}

// TestBylineBoxes: an author box opened by the post's byline said
// again under the story goes with its bio and the post navigation's
// titles; a story's own byline and a sign-off stay.
func TestBylineBoxes(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "repeated byline, bio, post navigation",
		body: "By Redakshon K24\n5 min read\n\n" + plainStory + "Share this:\nFacebook\n\nBy Redakshon K24\n" +
			"E ekipo di Kòrsou Notisia 24 ta trese bo e notisianan di mas importante di nos isla, lihé i fásil pa lesa.\n" +
			"Preis di kas ta subi atrobe: loke bo mester sa\nTempu pa e weekend: solo òf awa?\n\nLeave a Reply Cancel reply\nYour email address will not be published. Required fields are marked *\n",
		gone: []string{"E ekipo di Kòrsou Notisia 24 ta trese bo e notisianan di mas importante di nos isla, lihé i fásil pa lesa.", "Preis di kas ta subi atrobe: loke bo mester sa", "Tempu pa e weekend: solo òf awa?"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "byline once, story after",
		body: "By Maria Lopez\n\n" + plainStory + "Share this:\nFacebook\n\nBy Maria Lopez\nThe library will reopen in the school hall next month.\n\n" +
			"Residents who signed the petition said they would keep campaigning until the town found a new home for the collection.\n",
		kept: []string{"The library will reopen in the school hall next month.", "The council voted on Tuesday"},
	}})
}

// TestAirtimePromos: a broadcaster's programme promo (call, programme,
// schedule, time or channel) goes in English, French and German; a
// story's sentences about watching or schedules stay.
func TestAirtimePromos(t *testing.T) {
	cases := []struct {
		line string
		want bool
	}{
		{"Listen to Nutisia gi Fino’ CHamoru weeknights at 6:30 p.m. on PBS Guam and on our YouTube channel.", true},
		{"Watch Island Report every Sunday at 9pm on Channel 12.", true},
		{"Retrouvez le journal en créole chaque soir à 19h30 sur notre chaîne.", true},
		{"Hören Sie die Sendung jeden Montag um 20 Uhr im Radio.", true},
		{"Watch the full interview on our YouTube channel.", false},
		{"Residents watched every Sunday as the water rose, the council said at 6 p.m. on Monday.", false},
		{"Listen to the residents, the mayor said on Tuesday.", false},
	}
	for _, tt := range cases {
		if got := airtimePromo(tt.line, len(fields(tt.line))); got != tt.want {
			t.Errorf("airtimePromo(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	runChromeCases(t, []chromeCase{{
		name: "promo between tags and share",
		body: plainStory + "Tags: brush fire, GFD\nListen to Nutisia gi Fino’ CHamoru weeknights at 6:30 p.m. on PBS Guam and on our YouTube channel.\nShare this:\nFacebook\n",
		gone: []string{"Listen to Nutisia gi Fino’ CHamoru weeknights at 6:30 p.m. on PBS Guam and on our YouTube channel."},
		kept: []string{"The council voted on Tuesday"},
	}})
}
