package clean

import "testing"

// TestNordicSkipLinks: the skip links of Norwegian, Swedish and Danish
// CMSs that name the main content ("Hopp til hovedinnhold", "Hoppa till
// huvudinnehåll", "Gå til hovedindhold") are navigation alone on their
// line; a sentence with the same words is not.
func TestNordicSkipLinks(t *testing.T) {
	for _, l := range []string{
		"Hopp til hovedinnhold", "Gå til hovedinnhold", "Hopp til hovudinnhald", "Hoppa till huvudinnehåll",
		"Gå till huvudinnehåll", "Gå til hovedindhold", "Spring til hovedindhold",
	} {
		if got, reason := LineScore(l, "en"); got < DefaultHighThreshold || reason != ReasonNavigation {
			t.Errorf("LineScore(%q) = %.3f, %q; want ≥ %v, %q", l, got, reason, DefaultHighThreshold, ReasonNavigation)
		}
	}
	for _, l := range []string{
		"Kommunestyret ville gå til hovedinnholdet i rapporten før de diskuterte budsjettet, sa ordføreren.",
		"Utredningen gick till huvudinnehållet först efter lunch, berättade kommunalrådet för tidningen.",
	} {
		if got, reason := LineScore(l, "en"); got >= DefaultThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want < %v", l, got, reason, DefaultThreshold)
		}
	}
}

// TestPublicSectorChrome: a Nordic public body's page, scraped whole:
// the header under its skip link, the feedback box under the story
// ("Var denne siden nyttig?" Ja / Nei and its Swedish, Danish and
// English forms), the "other news" list and the footer with its privacy
// and accessibility statements go; a story's sentences with the same
// words stay.
func TestPublicSectorChrome(t *testing.T) {
	footer := "Eksempel kommune\nPostadresse: Boks 40, 9798 Eksempelvik\nSentralbord: 78 45 60 00\n" +
		"Personvernerklæring\nTilgjengelighetserklæring\nInformasjonskapsler\n"
	runChromeCases(t, []chromeCase{{
		name: "Norwegian municipality: header, feedback box, other news, footer",
		body: "Biblioteket stenger – Eksempel kommune\n\nHopp til hovedinnhold\nEksempel kommune\nMeny\nSøk\nTjenester\nPolitikk og administrasjon\nJobb og karriere\n\n" +
			plainStory + "Var denne siden nyttig?\nJa\nNei\n\nAndre nyheter\nNye regler for snøskuterkjøring i utmark\n" +
			"Hjemmetjenesten søker sommervikarer\nSakslisten til kommunestyret er publisert\n\n" + footer,
		gone: []string{"Hopp til hovedinnhold", "Var denne siden nyttig?", "Andre nyheter",
			"Nye regler for snøskuterkjøring i utmark", "Sentralbord: 78 45 60 00", "Personvernerklæring", "Tilgjengelighetserklæring"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "Swedish and Danish feedback boxes and footers",
		body: plainStory + "Var sidan till hjälp?\nJa\nNej\n\nIntegritetspolicy\nTillgänglighetsredogörelse\n\n" +
			plainStory + "Var denne side nyttig?\nJa\nNej\n\nPrivatlivspolitik\nTilgængelighedserklæring\nCookiepolitik\n",
		gone: []string{"Var sidan till hjälp?", "Tillgänglighetsredogörelse", "Var denne side nyttig?", "Privatlivspolitik",
			"Tilgængelighedserklæring"},
	}, {
		name: "English government page's feedback box",
		body: plainStory + "Was this page helpful?\nYes\nNo\n\nPrivacy policy\nCookies\n",
		gone: []string{"Was this page helpful?"},
	}, {
		name: "sentences with the same words",
		body: plainStory + "Var denne siden nyttig for innbyggerne, spurte opposisjonen, som mente kommunen brukte for mye penger på nettstedet.\n\n" +
			"Andre nyheter fra møtet var at skolen får ny gymsal og at budsjettet for veiene økes med to millioner kroner.\n\n" +
			"Kommunen har oppdatert personvernerklæringen sin etter at Datatilsynet kritiserte hvordan den lagret opplysninger om elevene.\n\n" +
			plainStory,
		kept: []string{"Var denne siden nyttig for innbyggerne", "Andre nyheter fra møtet", "Kommunen har oppdatert personvernerklæringen"},
	}})
}

// TestLoginBox: a theme's login box, which a scrape of the page's text
// prints after the story (tagDiv's "Welcome! Log into your account" …
// "A password will be e-mailed to you.", WordPress's "Lost your
// password?", their French, Spanish and Portuguese forms), goes; a
// story's sentences about forgotten passwords stay.
func TestLoginBox(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "tagDiv Newspaper login modal under the footer",
		body: plainStory + "© 2025 Example News. All rights reserved.\nSign in\nWelcome! Log into your account\nyour username\nyour password\n" +
			"Forgot your password? Get help\nPassword recovery\nRecover your password\nyour email\nA password will be e-mailed to you.\n",
		gone: []string{"Welcome! Log into your account", "Forgot your password? Get help", "Password recovery",
			"A password will be e-mailed to you."},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "French, Spanish and Portuguese login boxes",
		body: plainStory + "Bienvenue! Connectez-vous à votre compte\nMot de passe oublié? Obtenir de l'aide\n\n" +
			plainStory + "¿Olvidaste tu contraseña? Obtener ayuda\nRecuperación de contraseña\n\n" +
			plainStory + "Esqueceu sua senha? Obter ajuda\nRecuperação de senha\n",
		gone: []string{"Bienvenue! Connectez-vous à votre compte", "Mot de passe oublié? Obtenir de l'aide",
			"¿Olvidaste tu contraseña? Obtener ayuda", "Recuperación de contraseña", "Esqueceu sua senha? Obter ajuda"},
	}, {
		name: "sentences about passwords",
		body: plainStory + "Customers who clicked a link saying they had forgot your password notices lost their savings, the bank said on Monday.\n\n" +
			"Police said the scam e-mails told people to recover your password through a fake page that copied the bank's own site.\n\n" +
			plainStory,
		kept: []string{"forgot your password notices", "to recover your password through a fake page"},
	}})
}
