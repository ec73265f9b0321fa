package clean

import "testing"

// TestSoftwareCredits: the footer credit of the site's software
// ("Powered by WordPress | Theme: X by Y") and Disqus's embed line go;
// a story's sentence naming WordPress, Disqus or JavaScript stays.
func TestSoftwareCredits(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "WordPress and theme credit",
		body: plainStory + "© 2025 Radio Exemple. All Rights Reserved.\nPowered by WordPress | Theme: ColorNews by ThemeGrill.\n",
		gone: []string{"Powered by WordPress | Theme: ColorNews by ThemeGrill."},
	}, {
		name: "theme first",
		body: plainStory + "Theme: Newsup by Themeansar. Powered by WordPress.\n",
		gone: []string{"Theme: Newsup by Themeansar. Powered by WordPress."},
	}, {
		name: "Disqus",
		body: plainStory + "Comments\nPlease enable JavaScript to view the comments powered by Disqus.\n\nAbout | Contact | Privacy\n",
		gone: []string{"Please enable JavaScript to view the comments powered by Disqus."},
	}, {
		name: "sentences with the same words",
		body: plainStory + "The council's new website, powered by WordPress and built by a firm in Leeds, cost the town more than £40,000 last year.\n\n" +
			"Residents had to enable JavaScript in their browsers to vote online, which shut out older phones, the auditor found.\n\n" +
			"The paper closed its comments, powered by Disqus since 2014, after a wave of abuse aimed at its reporters last spring.\n\n" + plainStory,
		kept: []string{"powered by WordPress and built", "enable JavaScript in their browsers", "powered by Disqus since 2014"},
	}})
}

// TestOccitanReadAlso: the Occitan read-also label ("Legir tanben")
// heads the box of other stories; a sentence that says the same stays.
func TestOccitanReadAlso(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "box after the story",
		body: plainStory + "Legir tanben\nLo festenal de la Sèrra tornarà a Lunassac en julhet\nL'emission del matin fa relambi tot l'estiu\n\n" + "© 2025 Ràdio Exemple\n",
		gone: []string{"Legir tanben", "Lo festenal de la Sèrra tornarà a Lunassac en julhet", "L'emission del matin fa relambi tot l'estiu"},
	}, {
		name: "label with a colon",
		body: plainStory + "Legir tanben: Lo festenal de la Sèrra tornarà a Lunassac en julhet\n\n" + plainStory,
		gone: []string{"Legir tanben: Lo festenal de la Sèrra tornarà a Lunassac en julhet"},
	}, {
		name: "a sentence with the words",
		body: plainStory + "Cal legir tanben lo rapòrt del Departament, ditz la cònsola, que mòstra que la teulada èra vielha.\n\n" + plainStory,
		kept: []string{"Cal legir tanben lo rapòrt"},
	}})
}

// TestMostLabel: a most-read box's heading, a superlative of reading,
// viewing, listening or sharing with the noun of what the box ranks,
// heads the titles under it in English and the Romance languages; the
// same words in a subhead over prose, or in a sentence, stay.
func TestMostLabel(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Occitan most-listened podcasts",
		body: plainStory + "Los podcasts mai escotats\nIstòrias de molins – episòdi 4\nLa cosina de l'Anna: la fogassa als gratilhons\nTornar a la tèrra: los joves pagesans del Lodevés\n",
		gone: []string{"Los podcasts mai escotats", "Istòrias de molins – episòdi 4", "Tornar a la tèrra: los joves pagesans del Lodevés"},
	}, {
		name: "French most-listened episodes",
		body: plainStory + "Les épisodes les plus écoutés\nLa crue de 1930 racontée par ses témoins\nLe dernier meunier de la vallée\n",
		gone: []string{"Les épisodes les plus écoutés", "Le dernier meunier de la vallée"},
	}, {
		name: "Spanish, Italian and English boxes",
		body: plainStory + "Las noticias más leídas\nEl alcalde presenta el presupuesto de 2026\nCortes de agua en el barrio alto\n\n" +
			"I video più visti\nIl sindaco inaugura la nuova biblioteca\nMaltempo, chiusa la provinciale\n\n" +
			"Most listened podcasts\nThe Mill Road tapes, episode 3\nInside the county archive\n",
		gone: []string{"Las noticias más leídas", "I video più visti", "Most listened podcasts", "Inside the county archive"},
	}, {
		name: "a subhead and sentences with the same words",
		body: plainStory + "Los libres mai legits\n\nLa bibliotèca a publicat la lista dels libres mai legits de l'annada, e los romans occitans i son plan plaçats.\n\n" +
			"Les épisodes les plus écoutés de la série ont été enregistrés au moulin, a précisé la productrice.\n\n" + plainStory,
		kept: []string{"Los libres mai legits", "la lista dels libres mai legits", "Les épisodes les plus écoutés de la série"},
	}})
}

// TestLikeAndFollow: a page's call to like it and follow or share it
// goes; a story's line that opens with the two words joined stays.
func TestLikeAndFollow(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "English and French calls",
		body: plainStory + "👍 Like and follow Tonga News Hub for more Tongan news every day!\n\n" +
			"Like & share our page for the latest from Vavaʻu.\n\nAimez et partagez notre page pour suivre l'actualité du Lodévois.\n",
		gone: []string{"👍 Like and follow Tonga News Hub for more Tongan news every day!",
			"Like & share our page for the latest from Vavaʻu.", "Aimez et partagez notre page pour suivre l'actualité du Lodévois."},
	}, {
		name: "the words in a story",
		body: plainStory + "Like and share buttons were removed from the council's page in May, after the row over the library.\n\n" + plainStory,
		kept: []string{"Like and share buttons were removed"},
	}})
}

// TestFragmentTagline: a tagline written as verbless fragments, each
// closed by a full stop, goes with the masthead and the menu under it;
// a sentence is no such tagline.
func TestFragmentTagline(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Every transfer. Every rumour. Every day.", true},
		{"Fair. Fast. Local.", true},
		{"Real news. Real people.", true},
		{"Local news.", false},
		{"The council voted on Tuesday. The library will close.", false},
		{"Every transfer, every rumour, every day", false},
	} {
		if got := fragmentTagline(tt.line); got != tt.want {
			t.Errorf("fragmentTagline(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	runChromeCases(t, []chromeCase{{
		name: "masthead, tagline and menu",
		body: "Skip to content\nMatchday Digest\nEvery transfer. Every rumour. Every day.\nHome\nLatest\nTransfers\nRumours\nFixtures\n\n" +
			plainStory + "© 2025 Matchday Digest. All rights reserved.\n",
		gone: []string{"Every transfer. Every rumour. Every day.", "Home", "Transfers"},
		kept: []string{"The council voted on Tuesday"},
	}})
}
