package clean

import "testing"

// TestJetpackRelatedPosts: a related-posts box known by its shape, two
// or more titles each over Jetpack's context line, goes with the
// heading right above it in any language, even with an author box and
// not chrome under it; one pair alone, and a story's line quoting a
// word, stay.
func TestJetpackRelatedPosts(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Xitsonga heading, author box under it",
		body: plainStory + "Share this:\nFacebook\nSwihloko leswi fambelanaka\nNdlela yo sungula bindzu ra wena hi R500 ntsena\nIn \"Lifestyle\"\n" +
			"Swilo swa 7 leswi u faneleke ku swi tiva hi timali ta mpfuno\nIn \"News\"\nEditorial Team\nOur team brings you the latest news from across the province.\n",
		gone: []string{"Swihloko leswi fambelanaka", "Ndlela yo sungula bindzu ra wena hi R500 ntsena", "In \"Lifestyle\"",
			"Swilo swa 7 leswi u faneleke ku swi tiva hi timali ta mpfuno", "In \"News\""},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "French and German context lines, no heading",
		body: plainStory + "La mairie ferme la piscine pour l'été\nDans « Société »\n\nLe marché de Noël revient place du Château\nDans « Culture »\n\n" +
			plainStory + "Neue Buslinie fährt ab Montag nach Lindau\nIn „Verkehr“\nStadtrat beschließt neuen Haushalt\nIn „Politik“\n\n" + plainStory,
		gone: []string{"La mairie ferme la piscine pour l'été", "Dans « Culture »", "Neue Buslinie fährt ab Montag nach Lindau", "In „Politik“"},
	}, {
		name: "one pair, and a story's quoted word",
		body: plainStory + "Library to close in June\nIn \"News\"\n\n" + plainStory +
			"The mayor answered in one word.\nAgreed \"absolutely\"\n\n" + plainStory,
		kept: []string{"Library to close in June", "The mayor answered in one word.", "The council voted on Tuesday"},
	}})
}

// TestExploreFurther: the Science X network's "Explore further" heads
// the titles of other releases; a scraped reference broken at a comma
// under it is the release's text and no title.
func TestExploreFurther(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "label over two titles",
		body: plainStory + "Provided by Calderbrook University\n\nExplore further\nDrought years leave upland reservoirs lower for longer\nSphagnum moss grown in trays could speed up bog repair\n\n" +
			"© SciStream Media Ltd. All rights reserved.\n",
		gone: []string{"Explore further", "Drought years leave upland reservoirs lower for longer", "Sphagnum moss grown in trays could speed up bog repair"},
	}, {
		name: "a reference broken at a comma",
		body: plainStory + "Explore further\n\nMore information: G. Petit et al. Hibernation and Torpor: Prospects for Human Spaceflight,\n\n" +
			"Handbook of Life Support Systems for Spacecraft and Extraterrestrial Habitats (2018). DOI: 10.1007/978-3-319-09575-2_199-1\n",
		kept: []string{"More information: G. Petit et al. Hibernation and Torpor: Prospects for Human Spaceflight,",
			"Handbook of Life Support Systems for Spacecraft and Extraterrestrial Habitats (2018). DOI: 10.1007/978-3-319-09575-2_199-1"},
	}})
}

// TestFormBoxes: a newsletter box's heading right over its form line
// (field and button) goes with the privacy note under it, in English,
// French, German and Spanish; a story's sentences about unsubscribing
// and a form-less heading stay.
func TestFormBoxes(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "English heading, form, note",
		body: plainStory + "Get our free weekly digest of the most-read science stories\nEnter your email  Subscribe\n" +
			"You can unsubscribe at any time and we will never share your details with third parties.\n\n" + plainStory,
		gone: []string{"Get our free weekly digest of the most-read science stories", "Enter your email  Subscribe",
			"You can unsubscribe at any time and we will never share your details with third parties."},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "French, German and Spanish boxes",
		body: plainStory + "Recevez l'essentiel de l'actualité chaque matin\nVotre adresse e-mail Je m'abonne\nVous pouvez vous désabonner à tout moment.\n\n" +
			plainStory + "Die wichtigsten Nachrichten jeden Morgen\nIhre E-Mail-Adresse Anmelden\nSie können den Newsletter jederzeit abbestellen.\n\n" +
			plainStory + "Las noticias del día en tu correo\nTu correo electrónico Suscríbete\nPuedes darte de baja en cualquier momento.\n\n" + plainStory,
		gone: []string{"Recevez l'essentiel de l'actualité chaque matin", "Vous pouvez vous désabonner à tout moment.",
			"Die wichtigsten Nachrichten jeden Morgen", "Sie können den Newsletter jederzeit abbestellen."},
	}, {
		name: "a story about unsubscribing",
		body: plainStory + "Thousands of customers tried to unsubscribe from the service last week, the regulator said.\n" +
			"The company said users can unsubscribe at any time, but the regulator found the button hidden behind four menus.\n\n" + plainStory,
		kept: []string{"Thousands of customers tried to unsubscribe from the service last week, the regulator said.",
			"The company said users can unsubscribe at any time, but the regulator found the button hidden behind four menus."},
	}})
}

// TestFeedbackBoxes: a correction or feedback link among the page's
// chrome goes, with the line under it that says where the message
// goes, in English, French, German and Italian; a story's subhead and
// sentence about reported errors stay.
func TestFeedbackBoxes(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "English box between chrome",
		body: plainStory + "Share this:\nFacebook\n\nSpotted an error in this story? Send feedback to the editors\n" +
			"Your message goes to the editors. Because of the volume of mail we receive, we cannot reply to every message.\n\n" +
			"About Us | Contact | Privacy Policy\n© 2025 SciStream Media Ltd. All rights reserved.\n",
		gone: []string{"Spotted an error in this story? Send feedback to the editors",
			"Your message goes to the editors. Because of the volume of mail we receive, we cannot reply to every message."},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "an aggregator's report link at the end",
		body: plainStory + "Report a problem with this page | IslaFeed home\n",
		gone: []string{"Report a problem with this page | IslaFeed home"},
	}, {
		name: "French, German and Italian links",
		body: plainStory + "Partager :\nFacebook\nSignaler une erreur\n\n" + plainStory + "Teilen:\nFacebook\nFehler melden\n\n" +
			plainStory + "Condividi:\nFacebook\nSegnala un errore\n\n" + plainStory,
		gone: []string{"Signaler une erreur", "Fehler melden", "Segnala un errore"},
	}, {
		name: "a story's subhead and sentence",
		body: plainStory + "Report a problem with your bins online\n\n" + plainStory +
			"Spotted an error in the council's figures, the auditor asked for the accounts to be published again.\n\n" + plainStory,
		kept: []string{"Report a problem with your bins online", "Spotted an error in the council's figures"},
	}})
}

// TestDonationBoxHeading: a donation box headed by an exclamation
// (thanks or a call) over its appeal and its button goes; an
// exclamation in a story's paragraph with no button under it stays.
func TestDonationBoxHeading(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "thanks in Chamorro and English, give now",
		body: plainStory + "Si Yu’os Ma’åse’!\nYour gift keeps local public media on the air. Become a member of PBS Guam today.\nGive now\n\n" +
			plainStory + "Thank you!\nReaders like you keep our newsroom independent.\nDonate today\n\n" + plainStory,
		gone: []string{"Si Yu’os Ma’åse’!", "Your gift keeps local public media on the air. Become a member of PBS Guam today.", "Give now",
			"Thank you!", "Readers like you keep our newsroom independent.", "Donate today"},
	}, {
		name: "a story's exclamation",
		body: plainStory + "Thank you!\nThe crowd shouted it again as the firefighters walked back to the station.\nThen the street went quiet.\n\n" + plainStory,
		kept: []string{"Thank you!", "The crowd shouted it again as the firefighters walked back to the station."},
	}})
}
