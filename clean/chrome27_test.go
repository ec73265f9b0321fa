package clean

import "testing"

// TestFacebookReactionsLabel: the reactions' label of Facebook's bar in
// French, Spanish, Portuguese, Italian and German, over its count, goes
// whatever stands around it (the post's hashtags above, the bare count
// below), as its English "All reactions:" does; the singular comment
// sort menu ("Le plus pertinent", "Más relevante") goes with the bar.
// Sentences with the same words stay.
func TestFacebookReactionsLabel(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "French label after hashtags",
		body: plainStory + "#Kananga #Nkonko\nToutes les réactions :\n214\n",
		gone: []string{"Toutes les réactions :"},
	}, {
		name: "Spanish, Portuguese, Italian and German labels",
		body: plainStory + "#Lima\nTodas las reacciones:\n88\n\n" + plainStory + "#Recife\nTodas as reações:\n41\n\n" +
			plainStory + "#Bari\nTutte le reazioni:\n12\n\n" + plainStory + "#Köln\nAlle Reaktionen:\n7\n",
		gone: []string{"Todas las reacciones:", "Todas as reações:", "Tutte le reazioni:", "Alle Reaktionen:"},
	}, {
		name: "singular sort menu over the comments",
		body: plainStory + "J’aime\nCommenter\nPartager\nLe plus pertinent\nMukendi Jean-Pierre\nMerci pour l'information\nJ’aime\nRépondre\n",
		gone: []string{"Le plus pertinent"},
	}, {
		name: "sentences with the same words",
		body: plainStory + "Toutes les réactions des élus ont été recueillies par la mairie, qui publiera un compte rendu lundi.\n\n" +
			"Le plus pertinent, selon le juge, reste l'argument du voisin, qui avait signalé la fuite dès janvier.\n\n" +
			"Todas las reacciones del público fueron positivas, dijo la directora del teatro municipal.\n\n" + plainStory,
		kept: []string{"Toutes les réactions des élus", "Le plus pertinent, selon le juge", "Todas las reacciones del público"},
	}})
}

// TestSocialComments: the readers' comments of a social network's post,
// as a plain scrape keeps them (the reader's name, the comment, then Like
// over Reply one a line, the comment's age beside them or not), go from
// the post's bar or the sort menu to the last row, in French, English,
// Spanish and German. The story's paragraphs over a lone row, with no
// chrome between them and it, stay, and so do sentences with the
// actions' words.
func TestSocialComments(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "French comments under the sort menu",
		body: plainStory + "J’aime\nCommenter\nPartager\nLe plus pertinent\n" +
			"Mukendi Jean-Pierre\nNzambi atuambuluishe bamamu aba 🙏\nJ’aime\nRépondre\n" +
			"Betty Tshibola\nBakokeshi badi kuepi? Tudi tuindila.\nJ’aime\nRépondre\n" +
			"Voir plus de commentaires\nÉcrire un commentaire…\n",
		gone: []string{"Mukendi Jean-Pierre", "Nzambi atuambuluishe bamamu aba 🙏", "Betty Tshibola",
			"Bakokeshi badi kuepi? Tudi tuindila.", "J’aime", "Répondre"},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "English comments with their ages",
		body: plainStory + "Like\nComment\nShare\nMost relevant\n" +
			"Jane Doe\nThey should have asked the parents first.\nThe school has no room either.\n2h\nLike\nReply\n" +
			"John Smith\nSad news for the town.\nLike\nReply\n5 h\n",
		gone: []string{"Jane Doe", "They should have asked the parents first.", "The school has no room either.", "2h",
			"John Smith", "Sad news for the town.", "Like", "Reply", "5 h"},
	}, {
		name: "Spanish and German comments",
		body: plainStory + "Más relevantes\nMaría López\n¡Qué pena por el pueblo!\n3 d\nMe gusta\nResponder\n\n" +
			plainStory + "Gefällt mir\nKommentieren\nTeilen\nJonas Becker\nDas ist eine Schande für die Stadt.\nGefällt mir\nAntworten\n",
		gone: []string{"María López", "¡Qué pena por el pueblo!", "Me gusta", "Responder", "Jonas Becker",
			"Das ist eine Schande für die Stadt.", "Gefällt mir", "Antworten"},
	}, {
		name: "a lone row under the story's text",
		body: plainStory + "The mayor said the decision was final.\n\nLike\nReply\n",
		gone: []string{"Like", "Reply"},
		kept: []string{"The council voted on Tuesday", "Officials said the building", "The mayor said the decision was final."},
	}, {
		name: "sentences with the actions' words",
		body: plainStory + "J’aime ce quartier, a dit une commerçante, qui veut répondre aux critiques du maire.\n\n" +
			"Like many residents, she signed the petition; the council did not reply to her letter.\n\n" + plainStory,
		kept: []string{"J’aime ce quartier", "Like many residents"},
	}})
}

// TestCourtSummaryNote: the note a court prints under every press
// summary, disowning authority for it ("This summary is provided to help
// in understanding the Court's decision. … the only authoritative
// document"; "… not binding on the Court"), goes with its "NOTE"
// heading, in English, French and German. A story's sentences about a
// binding ruling or an authoritative report stay, and so does an
// editor's note and its heading.
func TestCourtSummaryNote(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "English note under its heading",
		body: plainStory + "NOTE\n\nThis summary is provided to help in understanding the Court’s decision. It does not form part of the reasons for the decision. " +
			"The full judgment of the Court is the only authoritative document. Judgments are public documents and are available at: www.court.example/judgments\n",
		gone: []string{"NOTE", "This summary is provided to help in understanding the Court’s decision. It does not form part of the reasons for the decision. " +
			"The full judgment of the Court is the only authoritative document. Judgments are public documents and are available at: www.court.example/judgments"},
	}, {
		name: "French and German notes",
		body: plainStory + "Remarque\n\nCe résumé est destiné à faciliter la compréhension de l'arrêt et n'est pas contraignant pour la Cour.\n\n" +
			plainStory + "Hinweis\n\nDiese Zusammenfassung ist nicht verbindlich; maßgeblich ist allein das Urteil.\n",
		gone: []string{"Remarque", "Ce résumé est destiné à faciliter la compréhension de l'arrêt et n'est pas contraignant pour la Cour.",
			"Hinweis", "Diese Zusammenfassung ist nicht verbindlich; maßgeblich ist allein das Urteil."},
	}, {
		name: "a story's sentences and an editor's note",
		body: plainStory + "The ruling is binding on every council in England, the judge said, and the authoritative report will follow in May.\n\n" +
			"Note\n\nThis story is part of a series on school transport, with the help of readers who wrote to us.\n",
		kept: []string{"The ruling is binding on every council", "Note", "This story is part of a series"},
	}})
}
