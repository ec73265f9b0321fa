package clean

import "testing"

// TestSiteCookiesVerbSecond: a consent banner whose site and verb stand
// before a word or two and the cookies ("Questo sito usa solo cookie
// tecnici") is read in English, Italian, French, Spanish, Portuguese and
// German; a story's line that names a site and cookies without the site
// opening it, or in a later sentence, is not.
func TestSiteCookiesVerbSecond(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Questo sito usa solo cookie tecnici necessari al funzionamento. Proseguendo la navigazione acconsenti al loro uso. Informativa OK", true},
		{"Il nostro sito utilizza esclusivamente cookie tecnici.", true},
		{"This site only uses essential cookies. OK", true},
		{"Ce site utilise uniquement des cookies techniques. J'ai compris", true},
		{"Este sitio web utiliza únicamente cookies técnicas. Aceptar", true},
		{"Diese Website verwendet nur technisch notwendige Cookies. OK", true},
		{"Questo sito racconta la storia del paese. I cookie sono tecnici.", false},
		{"The regulator said this site uses cookies to track readers without their consent.", false},
		{"Questo sito è gestito da volontari della Pro Loco.", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			var s scratch
			if got := s.measure(tt.line, nil).consent; got != tt.want {
				t.Errorf("consent(%q) = %v; want %v", tt.line, got, tt.want)
			}
		})
	}
}

// TestTitledHeaderBars: under a scraped page's title, the header over
// the menu may hold the consent banner and the contact bar of a small
// association's site (its office, its hours, its number) with the
// masthead and the tagline; all go when the headline repeats the title
// under the menu. Without the title over it, or with no menu, the
// lines are left to the other rules, and the story's own paragraph
// giving an address and a number stays.
func TestTitledHeaderBars(t *testing.T) {
	const title = "Landslide cuts off hamlet | Pro Loco Serrabianca"
	header := "Questo sito usa solo cookie tecnici necessari al funzionamento. Proseguendo la navigazione acconsenti al loro uso. Informativa OK\n" +
		"Ufficio Turistico: Piazza Matrice 3 – aperto dal lunedì al sabato 9:30–12:30 | Tel. 0921 000000\n" +
		"Pro Loco Serrabianca\nAssociazione turistica · Cuore delle Madonie\n" +
		"Home\nChi siamo\nIl paese\nEventi\nNotizie dal paese\nDove dormire\nContatti\n\n" +
		"Home » Notizie dal paese\n\nLandslide cuts off hamlet\n\n"
	runChromeCases(t, []chromeCase{{
		name:  "titled header with consent banner and contact bar",
		title: title,
		body:  title + "\n\n" + header + plainStory + plainStory,
		gone: []string{"Questo sito usa solo cookie tecnici necessari al funzionamento. Proseguendo la navigazione acconsenti al loro uso. Informativa OK",
			"Ufficio Turistico: Piazza Matrice 3 – aperto dal lunedì al sabato 9:30–12:30 | Tel. 0921 000000",
			"Associazione turistica · Cuore delle Madonie", "Dove dormire"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "a story's office hours and number",
		body: "Tourist office reopens\n\n" + plainStory +
			"Ufficio Turistico: Piazza Matrice 3 – aperto dal lunedì al sabato 9:30–12:30 | Tel. 0921 000000\n\n" + plainStory,
		kept: []string{"Ufficio Turistico: Piazza Matrice 3"},
	}})
}

// TestFooterMembership: a small association's membership of its
// federation under its name in the footer ("… aderente all'UNPLI
// Sicilia"), with its address line under it and chrome under that,
// goes; the same words inside a story's paragraph, or a status line
// with the story's text under it, stay.
func TestFooterMembership(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Pro Loco footer",
		body: plainStory + "Condividi questa pagina: Facebook WhatsApp Email\n\n" +
			"Pro Loco Serrabianca – Associazione di promozione turistica aderente all'UNPLI Sicilia\n" +
			"Via Roma 12 – Serrabianca (PA) · info@prolocoserrabianca.example · C.F. 00000000000\n" +
			"Sito realizzato da volontari · Powered by WordPress\n",
		gone: []string{"Pro Loco Serrabianca – Associazione di promozione turistica aderente all'UNPLI Sicilia",
			"Via Roma 12 – Serrabianca (PA) · info@prolocoserrabianca.example · C.F. 00000000000"},
	}, {
		name: "a story about the federation",
		body: "Pro Loco joins national union\n\n" + plainStory +
			"La Pro Loco Serrabianca, associazione di promozione turistica aderente all'UNPLI Sicilia, ha presentato il programma delle feste.\n\n" +
			plainStory,
		kept: []string{"aderente all'UNPLI Sicilia"},
	}, {
		name: "status line over story text",
		body: plainStory + "Share\nFacebook\n\n" +
			"Pro Loco Serrabianca – Associazione di promozione turistica aderente all'UNPLI Sicilia\n" +
			"Piazza Roma 12 – Serrabianca (PA) · info@prolocoserrabianca.example\n\n" +
			"The association said the festival would return next summer, with its stalls in the square and a concert in the church.\n",
		kept: []string{"aderente all'UNPLI Sicilia"},
	}})
}

func TestStreetAddressNoCredit(t *testing.T) {
	tests := []struct {
		line string
		want bool // read as a credit
	}{
		{"Via Roma 12 – 90100 Palermo", false},
		{"Via Garibaldi, 3/A", false},
		{"Via Vittorio Emanuele II 45, Palermo", false},
		{"Via The Guardian", true},
		{"Via BBC News", true},
		{"Via Radio 4", true},
	}
	for _, tt := range tests {
		_, got := FindAttribution(tt.line)
		if got != tt.want {
			t.Errorf("FindAttribution(%q) credit = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestDesignerCredit: a web designer's credit closing a site's footer
// goes; a story's "website by" a date stays.
func TestDesignerCredit(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "a council site's footer",
		body: plainStory + "Trewydhel Town Council, The Guildhall, Fore Street, Trewydhel, Cornwall\n" +
			"Privacy Notice | Accessibility Statement | Transparency Code | Sitemap\n" +
			"Website by Parish Online Services\n",
		gone: []string{"Website by Parish Online Services"},
	}, {
		name: "a story's website by a date",
		body: plainStory + "Residents can comment on the plans on the council's website by 8 November.\n\n" + plainStory,
		kept: []string{"on the council's website by 8 November"},
	}})
}
