package clean

import "testing"

// TestMoreNewsLabels: a Dutch more-news or latest-news box and
// WordPress's Kabyle "Recent Posts" head a list of headlines that goes
// with them; a story's sentence opening with the same words stays.
func TestMoreNewsLabels(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Dutch more news under a story",
		body: plainStory + "Meer nieuws\nBuurtbarbecue in de wijk: opgeven kan nog tot vrijdag\nGemeenschapshuis krijgt nieuwe keuken\n" +
			"Spreekuur wijkagent verplaatst naar de bibliotheek\n\n© 2025 Stichting Dorpsblad · Privacyverklaring · Colofon\n",
		gone: []string{"Meer nieuws", "Gemeenschapshuis krijgt nieuwe keuken", "Spreekuur wijkagent verplaatst naar de bibliotheek"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "Dutch latest news and Kabyle recent posts",
		body: plainStory + "Laatste nieuws\nGemeente opent nieuwe fietsbrug over de Maas\nSchutterij viert honderdjarig bestaan\n\n" +
			"Imagraden ineggura\nTasnawit tamaynut ad teldi tiwwura-s deg tegrest\nTamezdawit n tament : 30 n yimfellaḥen ddukklen\n\n" +
			"Copyright © Tamurt Info. Tous droits réservés.\n",
		gone: []string{"Laatste nieuws", "Gemeente opent nieuwe fietsbrug over de Maas", "Imagraden ineggura",
			"Tamezdawit n tament : 30 n yimfellaḥen ddukklen"},
	}, {
		name: "a story's sentence with the same words",
		body: plainStory + "Meer nieuws over de plannen volgt volgende week, zei de wethouder tegen de verzamelde pers in het gemeentehuis.\n\n" + plainStory,
		kept: []string{"Meer nieuws over de plannen volgt volgende week"},
	}})
}

// TestNewsletterBoxTypographicApostrophe: a newsletter box whose button
// is printed with a typographic apostrophe ("S’inscrire", "Je
// m’abonne") goes as with a plain one, also with a sidebar's list
// label right under it; a story's call to sign up stays.
func TestNewsletterBoxTypographicApostrophe(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "French box over recent posts",
		body: plainStory + "Newsletter\nInscrivez-vous pour recevoir chaque matin l’essentiel de la région.\nS’inscrire\n" +
			"Articles récents\nLa foire aux bestiaux revient en mai\nUn nouveau pont sur la rivière\n",
		gone: []string{"Inscrivez-vous pour recevoir chaque matin l’essentiel de la région.", "S’inscrire", "Articles récents"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "Je m’abonne",
		body: plainStory + "La Lettre du matin\nNos meilleurs articles, chaque matin dans votre boîte.\nJe m’abonne\n",
		gone: []string{"Nos meilleurs articles, chaque matin dans votre boîte.", "Je m’abonne"},
	}, {
		name: "a story about signing up",
		body: plainStory + "Plus de trois cents habitants se sont inscrits pour recevoir chaque matin les alertes de la mairie sur la crue, a précisé le maire.\n\n" + plainStory,
		kept: []string{"Plus de trois cents habitants se sont inscrits"},
	}})
}

// TestAggregatorFooter: an aggregator's account of itself and its
// report link go under the copy's credit line, in French, English,
// Spanish and German; a story about an aggregator stays.
func TestAggregatorFooter(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "French aggregator footer under the source line",
		body: plainStory + "Source : Tamurt Info – https://tamurt.example/a/\n\n" +
			"Actu Flash agrège automatiquement des articles publiés sur le web. Les contenus appartiennent à leurs auteurs respectifs.\n" +
			"Signaler un contenu | Confidentialité | Contact\n",
		gone: []string{"Actu Flash agrège automatiquement des articles publiés sur le web. Les contenus appartiennent à leurs auteurs respectifs.",
			"Signaler un contenu | Confidentialité | Contact"},
		kept: []string{"The council voted on Tuesday", "Source : Tamurt Info"},
	}, {
		name: "English, Spanish and German aggregator footers",
		body: plainStory + "Source: Dalemoor Herald\n\nNewsNow Local automatically aggregates articles from regional news sites. All content belongs to its respective owners.\n" +
			"Report content | Privacy Policy | Contact\n\n" +
			plainStory + "Fuente: Diario del Sur\n\nNoticias Ya agrega automáticamente artículos de la prensa regional.\nDenunciar contenido | Aviso legal | Contacto\n\n" +
			plainStory + "Quelle: Heimatblatt\n\nNachrichten Jetzt aggregiert automatisch Artikel regionaler Zeitungen.\nInhalt melden | Impressum | Datenschutz\n",
		gone: []string{"NewsNow Local automatically aggregates articles from regional news sites. All content belongs to its respective owners.",
			"Report content | Privacy Policy | Contact",
			"Noticias Ya agrega automáticamente artículos de la prensa regional.",
			"Nachrichten Jetzt aggregiert automatisch Artikel regionaler Zeitungen."},
	}, {
		name: "a story about an aggregator and reporting content",
		body: plainStory + "Le site agrège automatiquement des articles de centaines de journaux, et les éditeurs lui reprochent de capter leur audience sans les payer.\n\n" +
			"Les utilisateurs peuvent signaler un contenu illicite à la plateforme, qui dispose ensuite de vingt-quatre heures pour le retirer, selon la loi.\n\n" + plainStory,
		kept: []string{"Le site agrège automatiquement des articles de centaines de journaux",
			"Les utilisateurs peuvent signaler un contenu illicite"},
	}})
}

// TestCopyCalls: a village or club paper's standing call for copy for
// its next issue goes between the footer's chrome, in Dutch, German,
// English and French; a story's sentence about the deadline stays.
func TestCopyCalls(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Dutch call between a more-news list and the footer",
		body: plainStory + "Meer nieuws\nGemeenschapshuis krijgt nieuwe keuken\nSpreekuur wijkagent verplaatst\n\n" +
			"Kopij voor het volgende nummer inleveren vóór woensdag 12.00 uur via het kopijformulier.\n\n" +
			"Privacyverklaring | Colofon | Contact\n",
		gone: []string{"Kopij voor het volgende nummer inleveren vóór woensdag 12.00 uur via het kopijformulier."},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "German call",
		body: plainStory + "Teilen mit:\nFacebook\nE-Mail\n\nRedaktionsschluss für die nächste Ausgabe ist der 15. des Monats.\nImpressum | Datenschutz | Kontakt\n",
		gone: []string{"Redaktionsschluss für die nächste Ausgabe ist der 15. des Monats."},
	}, {
		name: "English call",
		body: plainStory + "Share this:\nFacebook\nEmail\n\nCopy for the next issue to the editor by the last Friday of the month.\nPrivacy Policy | Contact\n",
		gone: []string{"Copy for the next issue to the editor by the last Friday of the month."},
	}, {
		name: "French call",
		body: plainStory + "Partager :\nFacebook\nE-mail\n\nEnvoyez vos articles pour le prochain numéro avant le 10 du mois.\nMentions légales | Contact\n",
		gone: []string{"Envoyez vos articles pour le prochain numéro avant le 10 du mois."},
	}, {
		name: "a story's sentence about the deadline",
		body: plainStory + "De redactie vraagt verenigingen hun kopij voor het volgende nummer eerder aan te leveren, omdat de drukker in augustus met vakantie gaat.\n\n" + plainStory,
		kept: []string{"kopij voor het volgende nummer eerder aan te leveren"},
	}})
}
