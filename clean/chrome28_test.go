package clean

import "testing"

// TestBilingualListLabel: a related list's label set in two languages
// parted by " · ", as South Tyrolean and Swiss sites print it, is a list
// label as its parts are, and the titles under it go with it; a sentence
// with the same words, and a list under a line that is not two labels,
// stay.
func TestBilingualListLabel(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "German · Italian label over three titles",
		body: plainStory + "Das könnte Sie auch interessieren · Potrebbe interessarti anche\n" +
			"Herbst in den Bergen: drei Nächte mit Frühstück\nKastanien und neuer Wein: das Törggelen in den Gasthäusern\n" +
			"Bergführer: geführte Wanderungen jeden Mittwoch\n\n© 2025 Example Tourism · Alle Rechte vorbehalten\n",
		gone: []string{"Das könnte Sie auch interessieren · Potrebbe interessarti anche",
			"Herbst in den Bergen: drei Nächte mit Frühstück", "Bergführer: geführte Wanderungen jeden Mittwoch"},
	}, {
		name: "French · German label",
		body: plainStory + "Lire aussi · Lesen Sie auch\nLe Conseil fédéral adopte son budget\nNeue Regeln für Velofahrer in Bern\n\n" + plainStory,
		gone: []string{"Lire aussi · Lesen Sie auch", "Le Conseil fédéral adopte son budget", "Neue Regeln für Velofahrer in Bern"},
	}, {
		name: "sentences and a dotted line of no labels",
		body: plainStory + "Das könnte Sie auch interessieren, sagte der Bürgermeister den Gästen, die nach dem neuen Weg fragten.\n\n" +
			"Bozen · Meran · Brixen\nDrei Städte, ein Fahrplan für den Herbst\nDie Züge fahren nun jede halbe Stunde\n\n" + plainStory,
		kept: []string{"Das könnte Sie auch interessieren, sagte", "Drei Städte, ein Fahrplan für den Herbst"},
	}})
}

// TestEmailForms: a newsletter box's e-mail field over its button, each
// alone or in two languages, goes between chrome or at a paragraph's
// edges whatever the heading above it; a story's sentences with the
// same words stay.
func TestEmailForms(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "German · Italian field over a German button",
		body: plainStory + "Newsletter abonnieren · Iscriviti alla newsletter\nIhre E-Mail-Adresse · Il tuo indirizzo e-mail\nAnmelden\n\n" +
			"© 2025 Example Tourism · Alle Rechte vorbehalten\n",
		gone: []string{"Ihre E-Mail-Adresse · Il tuo indirizzo e-mail", "Anmelden"},
	}, {
		name: "French, English and Spanish fields",
		body: plainStory + "Votre adresse e-mail\nJe m'abonne\n\n" + plainStory + "Your email address\nSubscribe\n\n" +
			plainStory + "Tu correo electrónico / Your email\nSuscríbete\n\n" + plainStory,
		gone: []string{"Votre adresse e-mail", "Je m'abonne", "Your email address", "Subscribe", "Tu correo electrónico / Your email", "Suscríbete"},
	}, {
		name: "sentences with the same words",
		body: plainStory + "Ihre E-Mail-Adresse hatten die Betrüger aus einem alten Verzeichnis, sagte die Polizei.\n" +
			"Anmelden konnten sich bis Freitag 300 Familien für den neuen Kurs im Gemeindesaal.\n\n" + plainStory,
		kept: []string{"Ihre E-Mail-Adresse hatten die Betrüger", "Anmelden konnten sich bis Freitag"},
	}})
}

// TestFooterContacts: a footer's address and telephone lines, between
// the page's chrome above them and its legal lines below, go in several
// countries' forms; an address or a number in the story's text, or a
// press release's contact block right after its text, stays.
func TestFooterContacts(t *testing.T) {
	footer := "MwSt.-Nr. · P.IVA 01984560213\nImpressum · Privacy · Cookie-Einstellungen\n© 2025 Example · Alle Rechte vorbehalten\n"
	runChromeCases(t, []chromeCase{{
		name: "South Tyrolean address and phone under a newsletter form",
		body: plainStory + "Ihre E-Mail-Adresse\nAnmelden\n\n" +
			"Tourismusverein Beispiel · Dorfstraße 5 · I-39030 Beispiel (BZ)\nTel. +39 0471 000 000 · info@beispiel.example\n" + footer,
		gone: []string{"Tourismusverein Beispiel · Dorfstraße 5 · I-39030 Beispiel (BZ)", "Tel. +39 0471 000 000 · info@beispiel.example"},
	}, {
		name: "Swiss and French footers",
		body: plainStory + "Newsletter abonnieren\nIhre E-Mail-Adresse\nAnmelden\n\n" +
			"Verkehrsverein Muster | Bahnhofstrasse 1 | CH-8001 Zürich\nTelefon +41 44 000 00 00 | kontakt@muster.example\n" + footer +
			"\n\n" + plainStory + "Votre adresse e-mail\nJe m'abonne\n\nOffice de tourisme · 1 place de la Mairie · 75001 Paris\nTél. : 01 23 45 67 89\n" +
			"Mentions légales · Tous droits réservés\n",
		gone: []string{"Verkehrsverein Muster | Bahnhofstrasse 1 | CH-8001 Zürich", "Telefon +41 44 000 00 00 | kontakt@muster.example",
			"Office de tourisme · 1 place de la Mairie · 75001 Paris", "Tél. : 01 23 45 67 89"},
	}, {
		name: "the story's own addresses and a press contact",
		body: plainStory + "Maps are free at the office, 5 Dorfstraße, I-39030 Beispiel, tel. +39 0471 000 000.\n\n" +
			"Tel. +49 30 1234567 · presse@muster.example\n\n" + footer,
		kept: []string{"Maps are free at the office", "Tel. +49 30 1234567 · presse@muster.example"},
	}})
}

// TestContactParts: the items a footer's contact line is made of.
func TestContactParts(t *testing.T) {
	tests := []struct {
		item                   string
		phone, email, postcode bool
	}{
		{"Tel. +39 0471 000 730", true, false, false},
		{"+41 44 000 00 00", true, false, false},
		{"Fax: 030 1234567", true, false, false},
		{"Tel. 12", false, false, false},
		{"1992 Olympics", false, false, false},
		{"info@muntsorei.example", false, true, false},
		{"write to info@x.example", false, false, false},
		{"I-39030 Munt Sorëi (BZ)", false, false, true},
		{"CH-8001 Zürich", false, false, true},
		{"75001 Paris", false, false, true},
		{"2025 Associaziun", false, false, false},
		{"12,000 wheels", false, false, false},
	}
	for _, tt := range tests {
		if got := phoneNumber(tt.item); got != tt.phone {
			t.Errorf("phoneNumber(%q) = %v; want %v", tt.item, got, tt.phone)
		}
		if got := emailAddress(tt.item); got != tt.email {
			t.Errorf("emailAddress(%q) = %v; want %v", tt.item, got, tt.email)
		}
		if got := postcodeTown(tt.item); got != tt.postcode {
			t.Errorf("postcodeTown(%q) = %v; want %v", tt.item, got, tt.postcode)
		}
	}
}
