package clean

import "testing"

// TestFooterTermsAndContact: a footer's links to the terms of use, the
// contact page and France's accessibility statement go, in several
// languages; the same words inside a story's sentence stay.
func TestFooterTermsAndContact(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "French footer",
		body: plainStory + "Mentions légales\nConditions générales d'utilisation\nAccessibilité : partiellement conforme\nNous contacter\n",
		gone: []string{"Conditions générales d'utilisation", "Accessibilité : partiellement conforme", "Nous contacter"},
	}, {
		name: "Spanish, Portuguese, Italian and Dutch footers",
		body: plainStory + "Aviso legal\nTérminos y condiciones\nContáctenos\n\nTermos de uso\nContacte-nos\n\nCondizioni d'uso\nContattaci\n\nAlgemene voorwaarden\n",
		gone: []string{"Términos y condiciones", "Contáctenos", "Termos de uso", "Contacte-nos", "Condizioni d'uso", "Contattaci", "Algemene voorwaarden"},
	}, {
		name: "English contact link over the copyright",
		body: plainStory + "Privacy policy\nTerms of use\nContact us\n",
		gone: []string{"Contact us"},
	}, {
		name: "the same words in a story's sentences",
		body: plainStory + "Les nouvelles conditions générales d'utilisation de la plateforme entrent en vigueur lundi, a annoncé l'entreprise dans un communiqué.\n\n" +
			"Pour nous contacter, les habitants peuvent appeler la mairie ou écrire au service des eaux, a précisé le maire.\n\n" +
			"If you have information about the fire, contact us at the newsroom or call the police on the non-emergency number.\n\n" +
			"Selon l'audit, le site de la préfecture est jugé non conforme aux règles d'accessibilité, ce que conteste l'administration.\n\n" + plainStory,
		kept: []string{"Les nouvelles conditions générales", "Pour nous contacter", "contact us at the newsroom", "jugé non conforme"},
	}})
}

// TestTopicsLabel: a topics line under the story, labelled as
// broadcasters' CMSs label their tags, goes; a sentence opening with
// the same word stays.
func TestTopicsLabel(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "French topics over a most-read list",
		body: plainStory + "Thématiques : Culture Patrimoine Langue corse\n\nLes plus lus\nFootball : le derby reporté à dimanche\nMétéo : vigilance jaune aux orages\n",
		gone: []string{"Thématiques : Culture Patrimoine Langue corse"},
	}, {
		name: "German and Spanish topics at the end",
		body: plainStory + "Themen: Kultur, Denkmalschutz\n\nTemas: Cultura, Patrimonio\n",
		gone: []string{"Themen: Kultur, Denkmalschutz", "Temas: Cultura, Patrimonio"},
	}, {
		name: "story sentences with the words",
		body: plainStory + "Temas como la vivienda y el empleo dominaron el debate del martes, dijo el alcalde a la prensa.\n\n" +
			"Thématiques fortes de la saison, le patrimoine et la langue corse occuperont la moitié des émissions, selon la direction.\n\n" + plainStory,
		kept: []string{"Temas como la vivienda", "Thématiques fortes de la saison"},
	}})
}

// TestNewsletterFormBox: a newsletter box whose button line holds its
// e-mail field goes with a heading that calls the reader rather than
// names the newsletter; a story's lines over a lone button, or a field
// with no button, stay.
func TestNewsletterFormBox(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "French box",
		body: plainStory + "Recevez l'essentiel de l'actualité de la Corse\nChaque soir, une sélection d'articles dans votre boîte mail.\nVotre adresse e-mail Je m'abonne\n\nMentions légales\n",
		gone: []string{"Recevez l'essentiel de l'actualité de la Corse", "Chaque soir, une sélection d'articles dans votre boîte mail.", "Votre adresse e-mail Je m'abonne"},
	}, {
		name: "English box",
		body: plainStory + "Get the day's top stories in your inbox\nEvery weekday morning, before seven.\nYour email address Sign up\n",
		gone: []string{"Get the day's top stories in your inbox", "Every weekday morning, before seven.", "Your email address Sign up"},
	}, {
		name: "German and Italian boxes",
		body: plainStory + "Die wichtigsten Nachrichten aus Ihrer Region\nJeden Morgen um sechs Uhr.\nIhre E-Mail-Adresse Abonnieren\n\n" +
			"Le notizie della tua città ogni giorno\nOgni sera alle diciotto.\nIl tuo indirizzo email Iscriviti\n",
		gone: []string{"Die wichtigsten Nachrichten aus Ihrer Region", "Ihre E-Mail-Adresse Abonnieren", "Le notizie della tua città ogni giorno", "Il tuo indirizzo email Iscriviti"},
	}, {
		name: "a story's short lines over a field with no button",
		body: plainStory + "Plus de 2 000 habitants inscrits\nLa commune a reçu les demandes en une semaine.\nVotre adresse e-mail\n\n" + plainStory,
		kept: []string{"Plus de 2 000 habitants inscrits", "La commune a reçu les demandes en une semaine."},
	}})
}

// TestConsentPartners: the consent framework's banner ("Avec votre
// accord, nous et nos partenaires …", "With your agreement, we and our
// partners …") goes with its buttons run together on one line; a
// statement opening with "we and our partners" that names no cookies,
// and a row of the same words under no banner, stay.
func TestConsentPartners(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "French banner and its buttons",
		body: plainStory + "Avec votre accord, nous et nos partenaires déposons des cookies pour mesurer l'audience, personnaliser les contenus et vous proposer des publicités adaptées. Vous pouvez modifier vos choix à tout moment.\nAccepter & Fermer Continuer sans accepter Personnaliser\n",
		gone: []string{"Accepter & Fermer Continuer sans accepter Personnaliser"},
	}, {
		name: "English banner and its buttons",
		body: plainStory + "With your agreement, we and our partners use cookies or similar technologies to store, access, and process personal data like your visit on this website.\nAccept all Reject all Manage preferences\n",
		gone: []string{"With your agreement, we and our partners use cookies or similar technologies to store, access, and process personal data like your visit on this website.", "Accept all Reject all Manage preferences"},
	}, {
		name: "a company's statement and a row under no banner",
		body: plainStory + "We and our partners use every resource available to restore power by Friday, the utility said in a statement on Tuesday.\nRefuser ou accepter\n\n" + plainStory,
		kept: []string{"We and our partners use every resource", "Refuser ou accepter"},
	}})
}

// TestFacebookPostHeader: a pasted Facebook post's header, its age and
// audience, goes with the poster's name over it (postAuthors); the
// words in a story's sentence stay, and so does a sentence over the
// header.
func TestFacebookPostHeader(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "header under the page's name",
		body: "Amianan Updates PH\n2d · Shared with Public\n\n" + plainStory,
		gone: []string{"Amianan Updates PH", "2d · Shared with Public"},
	}, {
		name: "a dated header",
		body: "Valley Ledger\nOctober 15 at 4:00 PM · Shared with Public\n\n" + plainStory,
		gone: []string{"Valley Ledger", "October 15 at 4:00 PM · Shared with Public"},
	}, {
		name: "a sentence over the header",
		body: plainStory + "The mayor thanked the volunteers.\n5h · Shared with Friends\n\n" + plainStory,
		kept: []string{"The mayor thanked the volunteers."},
	}, {
		name: "shared with the public in a story",
		body: plainStory + "The report was shared with public health officials on Monday, the council said.\n\n" + plainStory,
		kept: []string{"The report was shared with public health officials"},
	}})
}
