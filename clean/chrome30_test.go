package clean

import "testing"

// TestCategoryLineFromTrail: a post's category line goes when the
// categories it names are parts of the page's breadcrumb trail, as
// WordPress prints the category and sub-category in both ("Home »
// Newsletter » Issue 47" over "Filed under Newsletter, Issue 47"); a
// reprint's note naming a paper the trail does not name stays.
func TestCategoryLineFromTrail(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "English and French category lines under a trail",
		body: "Home » Newsletter » Issue 47\n\nLibrary to close after council vote\nFiled under Newsletter, Issue 47\n\n" + plainStory +
			"Accueil » Actualités » Région\n\nLa bibliothèque va fermer\nClassé dans Actualités, Région\n\n" + plainStory,
		gone: []string{"Filed under Newsletter, Issue 47", "Classé dans Actualités, Région"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "a category line naming what no trail or menu names",
		body: "Home » Newsletter » Issue 47\n\nLibrary to close after council vote\n\n" + plainStory +
			"Publié dans Le Monde le 3 mars, ce reportage est reproduit avec l'accord du journal.\n\n" + plainStory,
		kept: []string{"Publié dans Le Monde le 3 mars"},
	}})
}

// TestMembershipBoxes: a society's or a reader-funded site's membership
// or donation box (a short heading, the fee and what it brings, the
// button alone on its line) goes in several languages; a story's
// paragraph about people joining a society stays.
func TestMembershipBoxes(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "English, French, German and Spanish boxes",
		body: plainStory + "Join the Society\nMembership is £15 a year (£8 for students) and includes four issues of the newsletter by post.\nBecome a member\n\n" +
			"Rejoignez l'association\nL'adhésion annuelle est de 20 euros et comprend l'envoi du bulletin trimestriel à domicile.\nAdhérer\n\n" +
			"Unterstützen Sie uns\nDer Jahresbeitrag beträgt 30 Euro und enthält vier Ausgaben unserer Vereinszeitschrift.\nMitglied werden\n\n" +
			"Apoya el periodismo local\nCon tu aportación mensual mantienes un medio independiente y sin publicidad invasiva.\nHazte socio\n",
		gone: []string{"Join the Society", "Membership is £15 a year (£8 for students) and includes four issues of the newsletter by post.",
			"Become a member", "Rejoignez l'association",
			"L'adhésion annuelle est de 20 euros et comprend l'envoi du bulletin trimestriel à domicile.", "Adhérer",
			"Der Jahresbeitrag beträgt 30 Euro und enthält vier Ausgaben unserer Vereinszeitschrift.", "Mitglied werden",
			"Con tu aportación mensual mantienes un medio independiente y sin publicidad invasiva.", "Hazte socio"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "a story about joining a society",
		body: plainStory + "More than two hundred people have joined the society since the find, and membership is now £15 a year.\n" +
			"The secretary said anyone can become a member by writing to the parish hall.\n\n" + plainStory,
		kept: []string{"More than two hundred people have joined the society", "anyone can become a member"},
	}})
}

// TestFooterStatusNotices: a footer's status notice (a registered
// charity, a member of IPSO or of a press council, an association's
// registration) goes between footer chrome; a story's sentence saying
// the same stays.
func TestFooterStatusNotices(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "charity line between footer chrome",
		body: plainStory + "Share this:\nFacebook\nEmail\n\nKirk Conney Heritage Society is a registered charity in the Isle of Man.\n" +
			"Privacy Policy | Accessibility | Contact the Secretary\nProudly powered by WordPress\n",
		gone: []string{"Kirk Conney Heritage Society is a registered charity in the Isle of Man."},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "IPSO line between footer chrome",
		body: plainStory + "Share this:\nFacebook\nEmail\n\nPrivacy Policy | Cookie Policy | Terms and Conditions\n" +
			"The Westmoor Herald is published by Dalemoor Media Group, a member of the Independent Press Standards Organisation (IPSO).\n" +
			"Proudly powered by WordPress\n",
		gone: []string{"The Westmoor Herald is published by Dalemoor Media Group, a member of the Independent Press Standards Organisation (IPSO)."},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "French association line",
		body: plainStory + "Partager :\nFacebook\nE-mail\n\nLes Amis du Vieux Moulin, association loi 1901, reconnue d'utilité publique.\n" +
			"Mentions légales | Politique de confidentialité | Contact\nPropulsé par WordPress\n",
		gone: []string{"Les Amis du Vieux Moulin, association loi 1901, reconnue d'utilité publique."},
	}, {
		name: "German association line",
		body: plainStory + "Teilen mit:\nFacebook\nE-Mail\n\nHeimatverein Musterstadt, eingetragener Verein, Registergericht Musterstadt.\n" +
			"Impressum | Datenschutz | Kontakt\nStolz präsentiert von WordPress\n",
		gone: []string{"Heimatverein Musterstadt, eingetragener Verein, Registergericht Musterstadt."},
	}, {
		name: "story sentences with the same words",
		body: plainStory + "The trust, a registered charity, said it would appeal against the ruling.\n\n" +
			"The paper, a member of IPSO, said it would publish a correction on Thursday.\n\n" + plainStory,
		kept: []string{"The trust, a registered charity", "The paper, a member of IPSO"},
	}})
}

// TestCommentsPreModerated: a British paper's comments box ("Comments
// are pre-moderated and may take a few minutes to appear") goes; a
// story about moderation stays.
func TestCommentsPreModerated(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "comments box",
		body: plainStory + "Comments\nJoin the debate. Comments are pre-moderated and may take a few minutes to appear.\nShow comments\n",
		gone: []string{"Join the debate. Comments are pre-moderated and may take a few minutes to appear."},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "a story about moderation",
		body: plainStory + "The forum's posts are pre-moderated by volunteers, who said on Tuesday that they had rejected more than a thousand messages since the vote.\n\n" + plainStory,
		kept: []string{"The forum's posts are pre-moderated by volunteers"},
	}})
}

// TestWhatsAppChannelPages: a scraped WhatsApp channel page's interface
// (the header with the channel line, the reactions and their buttons,
// the description with "Join channel", a mirror's line) goes in its
// French, English and Spanish forms, and the post between stays with its
// credit line; a story about WhatsApp channels keeps its sentences.
func TestWhatsAppChannelPages(t *testing.T) {
	post := "*Library to close after council vote*\n\n" + plainStory + "👉 Read the full story on Example FM: https://example.org/library\n\n"
	runChromeCases(t, []chromeCase{{
		name: "French interface and a mirror",
		body: "Kabaaru Fuuta 📻\nChaîne WhatsApp · 18,3 k abonnés\nSuivre\nInfos de la chaîne\n" +
			"Les messages et appels ne sont pas chiffrés de bout en bout dans les chaînes.\n\n" + post +
			"😢 148  🙏 61  👍 23\nVoir les réactions\nTransférer\n\n" +
			"Kabaaru Fuuta – les nouvelles du Fouta chaque jour. Partagez avec vos amis !\nRejoindre la chaîne sur WhatsApp\n" +
			"Archivé par canaux-wa.example – miroir public des chaînes WhatsApp\n",
		gone: []string{"Kabaaru Fuuta 📻", "Chaîne WhatsApp · 18,3 k abonnés", "Suivre", "Infos de la chaîne",
			"Les messages et appels ne sont pas chiffrés de bout en bout dans les chaînes.", "😢 148  🙏 61  👍 23",
			"Voir les réactions", "Transférer", "Kabaaru Fuuta – les nouvelles du Fouta chaque jour. Partagez avec vos amis !",
			"Rejoindre la chaîne sur WhatsApp", "Archivé par canaux-wa.example – miroir public des chaînes WhatsApp"},
		kept: []string{"The council voted on Tuesday", "Read the full story on Example FM"},
	}, {
		name: "English interface",
		body: "Town News\nWhatsApp Channel · 12K followers\nFollow\nChannel info\nMessages and calls in channels are not end-to-end encrypted.\n\n" +
			post + "👍 40  ❤️ 12\nView reactions\nForward\n\nTown News – local news every day.\nJoin channel\n",
		gone: []string{"WhatsApp Channel · 12K followers", "Follow", "Channel info",
			"Messages and calls in channels are not end-to-end encrypted.", "👍 40  ❤️ 12", "View reactions",
			"Forward", "Town News – local news every day.", "Join channel"},
		kept: []string{"The council voted on Tuesday", "Read the full story on Example FM"},
	}, {
		name: "Spanish interface",
		body: "Noticias del Valle\nCanal de WhatsApp · 3,2 mil seguidores\nSeguir\nInformación del canal\n\n" + post +
			"Ver reacciones\nReenviar\n",
		gone: []string{"Canal de WhatsApp · 3,2 mil seguidores", "Información del canal", "Ver reacciones", "Reenviar"},
		kept: []string{"The council voted on Tuesday", "Read the full story on Example FM"},
	}, {
		name: "a story about WhatsApp channels",
		body: "News outlets turn to WhatsApp channels\n\nThe station's WhatsApp channel has 18,300 followers, its editor said on Tuesday.\n" +
			"Messages in channels are not end-to-end encrypted, the company says.\n\n" + plainStory + "Forward\n",
		kept: []string{"The station's WhatsApp channel has 18,300 followers", "Messages in channels are not end-to-end encrypted"},
	}})
}
