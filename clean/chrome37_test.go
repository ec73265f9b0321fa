package clean

import "testing"

// TestSocialCommentRow: the row of actions under a reader's comment,
// written on one line as a scrape joining the row's links keeps it
// ("Like Reply", "Like · Reply · 2h", "Gefällt mir Antworten",
// "J’aime Répondre 1 sem", "Me gusta Responder", "Curtir Responder",
// "Suka Balas"), goes with the comment over it, the reader's name and a
// badge line ("Top fan") with it, in English, German, French, Spanish,
// Portuguese and Indonesian. Sentences with the actions' words stay.
func TestSocialCommentRow(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "English rows under the sort menu",
		body: plainStory + "Like\nComment\nShare\nMost relevant\n\n" +
			"Jane Doe\nThey should have asked the parents first.\nLike Reply\n\n" +
			"John Smith\nTop fan\nSad news for the town.\nLike · Reply · 2h\n\n" +
			"View more comments\nWrite a comment…\n",
		gone: []string{"Jane Doe", "They should have asked the parents first.", "Like Reply",
			"John Smith", "Top fan", "Sad news for the town.", "Like · Reply · 2h"},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "German and French rows",
		body: plainStory + "Gefällt mir\nKommentieren\nTeilen\n\nJonas Becker\nDas ist eine Schande für die Stadt.\nGefällt mir Antworten 3 Std.\n\n" +
			"Lea Braun\nFurchtbar.\nGefällt mir Antworten\n\n" +
			plainStory + "J’aime\nCommenter\nPartager\n\nBetty Tshibola\nBakokeshi badi kuepi?\nJ’aime Répondre 1 sem\n\n" +
			"Mukendi Jean-Pierre\nMerci pour l'information\nJ’aime · Répondre\n",
		gone: []string{"Jonas Becker", "Das ist eine Schande für die Stadt.", "Gefällt mir Antworten 3 Std.", "Lea Braun",
			"Betty Tshibola", "Bakokeshi badi kuepi?", "J’aime Répondre 1 sem", "J’aime · Répondre"},
	}, {
		name: "Spanish, Portuguese and Indonesian rows",
		body: plainStory + "Más relevantes\n\nMaría López\n¡Qué pena por el pueblo!\nMe gusta Responder 3 d\n\n" +
			plainStory + "Mais relevantes\n\nAna Souza\nQue tristeza.\nCurtir Responder Compartilhar 5 h\n\n" +
			plainStory + "Paling relevan\n\nBudi Santoso\nTurut berduka.\nSuka Balas 1 j\n",
		gone: []string{"María López", "¡Qué pena por el pueblo!", "Me gusta Responder 3 d", "Ana Souza", "Que tristeza.",
			"Curtir Responder Compartilhar 5 h", "Suka Balas 1 j"},
	}, {
		name: "sentences with the actions' words",
		body: plainStory + "Like reply emails, the letters went unanswered for months.\n\n" +
			"Me gusta responder a los vecinos en persona, dijo la alcaldesa.\n\n" +
			"Readers who like to reply to our stories can write to the editor.\n\n" + plainStory,
		kept: []string{"Like reply emails", "Me gusta responder a los vecinos", "Readers who like to reply"},
	}})
}

// TestCommentRow: commentRow reads a like, a reply, then a share and an
// age at most; anything else beside them is a sentence.
func TestCommentRow(t *testing.T) {
	tests := []struct {
		key  string
		want bool
	}{
		{"like reply", true},
		{"like · reply · 2h", true},
		{"gefällt mir antworten 3 std.", true},
		{"vind ik leuk beantwoorden delen 2 u", true},
		{"curtir responder compartilhar 5 h", true},
		{"like · reply · 41", true},
		{"like reply 2 h 1.2k", true},
		{"like", false},
		{"reply like", false},
		{"like reply emails", false},
		{"like to reply", false},
		{"like reply 41 times", false},
		{"me gusta responder a los vecinos", false},
	}
	for _, tt := range tests {
		if got := commentRow(tt.key); got != tt.want {
			t.Errorf("commentRow(%q) = %v; want %v", tt.key, got, tt.want)
		}
	}
}

// TestLabelledMeta: a post's labelled meta line, "Label: value" parts
// parted by slashes, bars or dots, goes when one value is the CMS's own
// (an account in lower case or named after its role, a category among
// the page's sections), in Serbian Latin and Cyrillic, English and
// Spanish. A byline alone, a story's sentence with a label's word, a
// category no menu names, and a line with the post's date stay.
func TestLabelledMeta(t *testing.T) {
	names := map[string]bool{"novini": true, "news": true, "новини": true}
	tests := []struct {
		line string
		want bool
	}{
		{"Autor: admin / Kategorija: Новини", true},
		{"Аутор: admin / Категорија: Новини", true},
		{"Author: Jane Doe | Category: News", true},
		{"Autor: redakcija · Objavljeno: 17.10.2025.", false},
		{"Autor: admin", true},
		{"Veröffentlicht: 17. Oktober 2025 / Autor: admin", false},
		{"Published: 20 November 2025", false},
		{"Autor: Jane Doe", false},
		{"Categoría: Política", false},
		{"Autor: Milan Kundera, preveo Jovan Jovanović.", false},
		{"Kategorija: ona je rekla da su svi bili tamo.", false},
		{"Published: the report came out on Monday", false},
	}
	for _, tt := range tests {
		if got := labelledMeta(tt.line, names); got != tt.want {
			t.Errorf("labelledMeta(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestLabelledMetaLine: the meta line under a post's title goes from
// the cleaned text, the title and the story stay.
func TestLabelledMetaLine(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Serbian Latin meta under the title",
		body: "Početna\nO nama\nNovini\nKontakt\n\nPožar u domu kulture\nAutor: admin / Kategorija: Novini\n\n" + plainStory,
		gone: []string{"Autor: admin / Kategorija: Novini"},
		kept: []string{"Požar u domu kulture", "The council voted on Tuesday"},
	}, {
		name: "a byline with a label stays",
		body: "Požar u domu kulture\nAutor: Jovana Petrović\n\n" + plainStory,
		kept: []string{"Autor: Jovana Petrović", "The council voted on Tuesday"},
	}})
}

// TestFormTails: what a plain scrape keeps under a whole comment form's
// submit button (the sidebar's and the footer's text widgets) goes, in
// Serbian Latin and English WordPress; a credit line there stays. A
// lone button-like line with no form over it cuts nothing, and neither
// does a form over more text than the story above it.
func TestFormTails(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Serbian Latin form over the sidebar",
		body: plainStory + "Ostavite odgovor\nVaša adresa e-pošte neće biti objavljena. Obavezna polja su označena *\nKomentar *\nIme *\nE-pošta *\nObjavi komentar\n\n" +
			"Probe i termini\nFolklorna sekcija: ponedeljak i četvrtak od 18.00. Pevačka sekcija: sreda od 19.00.\n",
		gone: []string{"Probe i termini", "Folklorna sekcija: ponedeljak i četvrtak od 18.00. Pevačka sekcija: sreda od 19.00."},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "English form over a text widget",
		body: plainStory + "Leave a Reply\nYour email address will not be published. Required fields are marked *\nComment *\nName *\nEmail *\nPost Comment\n\n" +
			"About us\nWe are a volunteer society that has kept the town's dances alive since 1972.\n",
		gone: []string{"About us", "We are a volunteer society that has kept the town's dances alive since 1972."},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "the story under the form stays",
		body: "Leave a Reply\nComment *\nName *\nPost Comment\n\n" + plainStory + plainStory,
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}})
}

// TestBambaraReadAlso: Bambara's read-also label "Kalan fana" (read
// also), with the French space before the colon as Malian sites set it,
// takes the other story's headline with it; a sentence that says people
// read something too stays.
func TestBambaraReadAlso(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Bambara read also",
		body: plainStory + "Kalan fana : Sanji fɔlɔw nana Kɛnɛkɔrɔ: sɛnɛkɛlaw bɛ ɲɔ dan daminɛ\n\n" + plainStory,
		gone: []string{"Kalan fana : Sanji fɔlɔw nana Kɛnɛkɔrɔ: sɛnɛkɛlaw bɛ ɲɔ dan daminɛ"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "Bambara read also without the space, and other languages' labels",
		body: plainStory + "Kalan fana: Bamakɔ sugu jeni kɔfɛ jagokɛlaw bɛ dɛmɛ ɲini\n\n" +
			"Lire aussi : Les premières pluies arrivent à Koulikoro\n\n" + plainStory,
		gone: []string{"Kalan fana: Bamakɔ sugu jeni kɔfɛ jagokɛlaw bɛ dɛmɛ ɲini", "Lire aussi : Les premières pluies arrivent à Koulikoro"},
	}, {
		name: "a sentence with the words",
		body: plainStory + "Kalan fana ye nafa ye denmisɛnw bɛɛ ma, lakɔlikaramɔgɔ ko ten ka a fɔ ko denw ka kan ka kalan kɛ.\n\n" + plainStory,
		kept: []string{"Kalan fana ye nafa ye denmisɛnw bɛɛ ma"},
	}})
}
