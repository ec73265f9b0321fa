package clean

import (
	"testing"
)

// TestCommentSubmitScore: a comment form's submit button alone on its
// line is comment-form chrome in the languages WordPress prints it in
// (wSubmit); a sentence opening with the same words is not.
func TestCommentSubmitScore(t *testing.T) {
	scoreCases(t, ReasonCommentForm, []string{
		"Post Comment", "Publier le commentaire", "Kommentar abschicken", "Publicar el comentario",
		"Publicar comentário", "Invia commento", "Reactie plaatsen", "Yorum gönder", "Отправить комментарий",
	}, []string{
		"Publier le commentaire du ministre a pris du temps, a reconnu le maire devant le conseil.",
		"Post comment on the plan was invited until Friday, the council said in a statement.",
	})
}

// TestPlayerScore: a station's live player and its pointer to the
// station ("Lancer le lecteur", "Écoutez X FM partout …") are chrome;
// a story's advice to listen to the radio is not.
func TestPlayerScore(t *testing.T) {
	scoreCases(t, ReasonNavigation, []string{
		"Lancer le lecteur", "Écouter le direct", "Ascolta la diretta",
	}, nil)
	scoreCases(t, ReasonPromo, []string{
		"Écoutez Sunu Gaal FM partout au Sénégal et dans le monde.",
		"Listen to Kessingham FM on DAB and online.",
	}, []string{
		"Listen to the radio for updates, police told residents on Tuesday.",
		"Écoutez, a dit le maire, la radio ne suffit plus pour prévenir les habitants.",
	})
}

// TestFrenchCMSLists: the list titles of French CMS themes, as Wolof,
// Malagasy and other francophone African sites print them whatever the
// story's language, head their lists of other stories' headlines
// (labelledLists); the Yiddish press's more-news list and its app box
// go too. A story's subhead over prose stays.
func TestFrenchCMSLists(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "related posts in Wolof under a French label",
		body: plainStory + "Articles similaires\nInondations : plusieurs quartiers de la banlieue sous les eaux\nNdox mi tax na ci ay gox ci kaw taw bu bare bi\n\n" +
			"Laisser un commentaire Annuler la réponse\nCommentaire *\nNom *\nSite web\nPublier le commentaire\n\n" +
			"En direct\nÉcoutez Sunu Gaal FM partout au Sénégal et dans le monde.\nLancer le lecteur\n" +
			"À la une\nHivernage : les semences d’arachide distribuées avec retard\nNavétanes : la finale de zone fixée au 31 août\n\n" +
			"© 2025 Sunu Gaal FM. Tous droits réservés.\n",
		gone: []string{"Articles similaires", "Ndox mi tax na ci ay gox ci kaw taw bu bare bi", "Publier le commentaire",
			"Écoutez Sunu Gaal FM partout au Sénégal et dans le monde.", "Lancer le lecteur", "À la une",
			"Hivernage : les semences d’arachide distribuées avec retard"},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "Yiddish more-news list and app box",
		body: plainStory + "מער נייעס\nנייע שול-יאר רעגיסטראציע עפנט זיך נעקסטע וואך\nפייער אין א לאגער אין בארא פארק: קיינער נישט פארוואונדעט\n\n" +
			"לאדט אראפ אונזער עפ · פאלגט אונז אויף וואטסעפ\n© אידישע נייעס צענטער – אלע רעכטן רעזערווירט\n",
		gone: []string{"מער נייעס", "נייע שול-יאר רעגיסטראציע עפנט זיך נעקסטע וואך", "לאדט אראפ אונזער עפ · פאלגט אונז אויף וואטסעפ"},
	}, {
		name: "a subhead with a list label's words over prose",
		body: plainStory + "À la une du conseil\n\nLe conseil municipal a voté mardi la fermeture de la bibliothèque, malgré une pétition signée par quatre mille habitants.\n\n" + plainStory,
		kept: []string{"À la une du conseil"},
	}})
}

// TestAlsoLabelsXhosa: isiXhosa's and isiZulu's "read this too" before
// another story's headline is a link set into the story (wAlso); a
// sentence with the verb goes on as a sentence.
func TestAlsoLabelsXhosa(t *testing.T) {
	scoreCases(t, ReasonPromo, []string{
		"Funda nale: Iindlela ezi-5 zokufaka isicelo sebhasari ngo-2026",
		"Funda nalokhu: Izindlela ezi-5 zokufaka isicelo somxhaso",
		"לייענט אויך: נייע שול-יאר רעגיסטראציע עפנט זיך",
	}, []string{
		"Funda nale ncwadi ngaphambi kokuba uvote, utshilo usodolophu kubahlali.",
	})
}

// TestMetaReadTime: a post's meta line that ends in its reading time,
// after the byline and the comment count, is chrome; a sentence that
// tells of reading and minutes is not.
func TestMetaReadTime(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"By Mokwadi 0 Comments Reading Time: 4 minutes", true},
		{"By Jane Doe | 12 Comments | Reading time: 3 min", true},
		{"Por Ana Lima · Lectura: 5 minutos", true},
		{"4 Comments Reading Time: 2 minutes", true},
		{"Reading Time: 4 minutes", false}, // a reading time alone: the short rule's
		{"The pupils spent 40 minutes reading aloud to the inspectors on Monday.", false},
		{"By the time the reading ended, 4 minutes had passed.", false},
	} {
		if got := metaReadTime(tt.line); got != tt.want {
			t.Errorf("metaReadTime(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}
