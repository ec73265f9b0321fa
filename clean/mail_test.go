package clean

import (
	"testing"
)

// scoreCases asserts that each of gone scores at least
// DefaultHighThreshold with reason, and each of kept under
// DefaultThreshold, as LineScore reads them alone.
func scoreCases(t *testing.T, reason string, gone, kept []string) {
	t.Helper()
	for _, l := range gone {
		if got, r := LineScore(l, "en"); got < DefaultHighThreshold || r != reason {
			t.Errorf("LineScore(%q) = %.3f, %q; want ≥ %v, %q", l, got, r, DefaultHighThreshold, reason)
		}
	}
	for _, l := range kept {
		if got, r := LineScore(l, "en"); got >= DefaultThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want < %v", l, got, r, DefaultThreshold)
		}
	}
}

// TestMailScore: an e-mail newsletter's own lines, the web-version link,
// the footer's reason and invitation and its links, are promotion in
// the languages the mailing platforms print them in (wMail); a story's
// sentence with the same words, or quoting such an e-mail, is not.
func TestMailScore(t *testing.T) {
	scoreCases(t, ReasonPromo, []string{
		"View this email in your browser",
		"Having trouble viewing this email? View it in your browser.",
		"Forwarded this email? Sign up to The Pipeline here.",
		"You are receiving this email because you subscribed to The Pipeline.",
		"You're receiving this newsletter because you signed up at pipeline.example.",
		"Want to change how you receive these emails? You can update your preferences or unsubscribe from this list.",
		"Update your preferences | Unsubscribe",
		"Unsubscribe",
		"Unsubscribe · View online",
		"Vous recevez cet e-mail car vous êtes inscrit à la lettre du Courrier du Val.",
		"Se désinscrire | Gérer vos préférences",
		"Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben.",
		"Im Browser anzeigen",
		"Recibes este correo porque te suscribiste a El Boletín.",
		"Darse de baja | Actualizar preferencias",
		"Você está recebendo este e-mail porque se inscreveu na nossa lista.",
		"Visualizza questa email nel browser",
		"Je ontvangt deze e-mail omdat je je hebt ingeschreven voor De Ochtend.",
	}, []string{
		"Unsubscribe requests rose by a fifth after the company changed its privacy policy, the regulator said.",
		"“You are receiving this email because your account was suspended,” the message read, police said.",
		"Customers who forwarded this email to the bank were told it was a scam.",
		"Update your preferences in the app's settings, then restart the phone to apply them.",
		"View online reviews before you book, the consumer group advised.",
	})
}

// TestSponsorScore: a newsletter's sponsor line, the lead and the
// sponsor's name closed by a colon, a dash, a full stop or the line's
// end, is promotion (wSponsor); a sentence that goes on past the name
// is not.
func TestSponsorScore(t *testing.T) {
	scoreCases(t, ReasonPromo, []string{
		"Sponsored by Meterwise: leak detection for networks of every size. Book a demo today.",
		"Sponsored by Meterwise",
		"Today's sponsor: Acme Insurance, cover for every home.",
		"Brought to you by Acme Water — smart meters for every home.",
		"Sponsorisé par Banque Atlantique : ouvrez un compte en ligne en dix minutes.",
		"Präsentiert von Stadtwerke Köln: Strom aus der Region.",
	}, []string{
		"Sponsored by the council, the festival drew 3,000 people to the park on Saturday.",
		"Sponsored by local firms and the county, the scheme has planted 4,000 trees since 2019.",
		"In partnership with the university, the council will test the water every week.",
	})
}

// TestCompanyRegistrationScore: a company's registration with its number
// is legal chrome (wCompanyReg), opening the line, after the company's
// name with its legal suffix or after a sentence of the footer; a
// sentence of a story about a registered company goes on in lower case
// after the number, or names no company before the words.
func TestCompanyRegistrationScore(t *testing.T) {
	scoreCases(t, ReasonLegal, []string{
		"Pipeline Media Ltd · Registered in England and Wales No. 11840026",
		"Registered in England and Wales. Company number 11840026.",
		"Registered office: 1 High Street, London. Registered in England and Wales No. 04123456",
		"Verlag GmbH, Amtsgericht Köln, HRB 12345, USt-IdNr. DE123456789",
		"SARL Kibaru, RCS Dakar B 123 456 789",
	}, []string{
		"The firm, registered in England and Wales with number 11840026, went into administration.",
		"Acme Ltd, registered in England and Wales with company number 11840026, went into administration on Friday, the court heard.",
		"The company number 11840026 was struck off in 2019.",
	})
}

// TestMailName: an e-mail's footer names its newsletter after the
// reader's subscribing to it, in a line that speaks of the e-mail.
func TestMailName(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"You are receiving this email because you subscribed to The Pipeline.", "The Pipeline"},
		{"Forwarded this email? Sign up to The Pipeline here.", "The Pipeline"},
		{"Vous recevez cet e-mail car vous êtes abonné à La Lettre du Val.", "La Lettre du Val"},
		{"Forwarded this email? Sign up to our newsletter here.", ""},
		{"Residents subscribed to The Pipeline in their thousands, the council said.", ""},
	}
	for _, tt := range tests {
		if got, _ := mailName(tt.line); got != tt.want {
			t.Errorf("mailName(%q) = %q; want %q", tt.line, got, tt.want)
		}
	}
}

// TestMailNewsletter: a newsletter pasted as plain text loses the
// e-mail's chrome: the web-version link, the masthead that the footer's
// name confirms and the tagline in its paragraph (mailHeader), the
// sponsor's line and the footer; the subject, the date and the
// issue stay. Without the e-mail's link over it, a page's masthead over
// a headline and a date keeps the headline.
func TestMailNewsletter(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "an English newsletter",
		body: "Library to close despite petition\n\nView this email in your browser\n\n" +
			"THE TOWN HALL BRIEF\nYour weekly guide to the council, its budget and the people who run it\nTuesday 14 October 2025\n\n" +
			"Sponsored by Meterwise: leak detection for networks of every size. Book a demo today.\n\nGood afternoon.\n\n" + plainStory +
			"Forwarded this email? Sign up to The Town Hall Brief here.\n" +
			"You are receiving this email because you subscribed to The Town Hall Brief.\n" +
			"Update your preferences | Unsubscribe\n" +
			"Town Hall Media Ltd · Registered in England and Wales No. 11840026\n",
		gone: []string{"View this email in your browser", "THE TOWN HALL BRIEF",
			"Your weekly guide to the council, its budget and the people who run it",
			"Sponsored by Meterwise: leak detection for networks of every size. Book a demo today.",
			"Forwarded this email? Sign up to The Town Hall Brief here.",
			"You are receiving this email because you subscribed to The Town Hall Brief.",
			"Update your preferences | Unsubscribe",
			"Town Hall Media Ltd · Registered in England and Wales No. 11840026"},
		kept: []string{"Library to close despite petition", "Tuesday 14 October 2025", "Good afternoon.", "The council voted on Tuesday"},
	}, {
		name: "a French newsletter",
		body: "Le conseil ferme la bibliothèque\n\nVoir cet e-mail dans votre navigateur\n\n" +
			"LA LETTRE DU VAL\nL’essentiel de la vie locale, chaque mardi\nMardi 14 octobre 2025\n\n" + plainStory +
			"Vous recevez cet e-mail car vous êtes abonné à La Lettre du Val.\nSe désinscrire | Gérer vos préférences\n",
		gone: []string{"Voir cet e-mail dans votre navigateur", "LA LETTRE DU VAL", "L’essentiel de la vie locale, chaque mardi",
			"Vous recevez cet e-mail car vous êtes abonné à La Lettre du Val.", "Se désinscrire | Gérer vos préférences"},
		kept: []string{"Le conseil ferme la bibliothèque", "Mardi 14 octobre 2025", "The council voted on Tuesday"},
	}, {
		name: "a web page's masthead over a headline and a date",
		body: "UK Local Wire\nCouncil closes the library\nTuesday 14 October 2025\n\n" + plainStory + "Copyright © 2025 UK Local Wire.\n",
		kept: []string{"Council closes the library", "Tuesday 14 October 2025", "The council voted on Tuesday"},
	}})
}
