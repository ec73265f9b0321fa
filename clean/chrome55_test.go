package clean

import "testing"

// estonianStory is two paragraphs of an invented Estonian story, for the
// cases whose rules read Estonian labels around it.
const estonianStory = "Tartu linnavolikogu otsustas neljapäeval sulgeda Annelinna raamatukogu, kuigi petitsioonile kirjutas alla üle nelja tuhande elaniku.\n\n" +
	"Ametnike sõnul vajab hoone remonti, milleks linnal raha ei ole, ning raamatud viiakse üle kooli ruumidesse.\n\n"

// TestReuseBox: a wire's or a newsroom's reuse box, its heading ("Republish
// this story", "Diesen Artikel lizenzieren", "Republier cet article")
// over the blurb with its terms, goes; so does the call to license the
// story set alone. A story's sentence about licensing or reprinting a
// story, and a credit line, stay.
func TestReuseBox(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "English box",
		body: plainStory + "Republish this story\n\n" +
			"Harbour Wire stories are available to subscribers of the Harbour Wire service. Contact our syndication desk to license this article.\n\n",
		gone: []string{"Republish this story",
			"Harbour Wire stories are available to subscribers of the Harbour Wire service. Contact our syndication desk to license this article."},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "German and French headings",
		body: plainStory + "Diesen Artikel lizenzieren\n\nInhalte der Nordwest-Agentur stehen Abonnenten zur Verfügung.\n\n" +
			plainStory + "Republier cet article\n\nNos articles sont libres de reproduction sous licence Creative Commons.\n\n",
		gone: []string{"Diesen Artikel lizenzieren", "Inhalte der Nordwest-Agentur stehen Abonnenten zur Verfügung.",
			"Republier cet article", "Nos articles sont libres de reproduction sous licence Creative Commons."},
	}, {
		name: "call alone",
		body: plainStory + "Email syndication@harbourwire.example to republish this story.\n\n" + plainStory,
		gone: []string{"Email syndication@harbourwire.example to republish this story."},
	}, {
		name: "a story's sentences about licensing",
		body: plainStory + "The Gazette agreed to license this story to a national broadcaster, its editor said on Monday.\n\n" +
			"Ask the paper why it chose to republish this story, and the editor will point to the public interest.\n\n" + plainStory,
		kept: []string{"The Gazette agreed to license this story", "Ask the paper why it chose to republish this story"},
	}, {
		name: "a credit line under the story",
		body: plainStory + "This article is republished from The Conversation under a Creative Commons license.\n",
		kept: []string{"This article is republished from The Conversation"},
	}})
}

// TestTranscriptNotice: the notice a podcast platform prints over a
// machine's transcript ("This transcript was generated automatically and
// may contain errors") goes, in English and French; the transcript
// itself and an editor's note on it stay.
func TestTranscriptNotice(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "English notice",
		body: plainStory + "Transcript\n\nThis transcript was generated automatically and may contain errors.\n\n" +
			"[00:00:04] HOST: Hello and welcome to the Harbour Hour, the podcast about what is going on in this town this week.\n\n" +
			"[00:00:19] GUEST: Thanks for having me. The library vote was the biggest decision the council has taken in years.\n\n",
		gone: []string{"This transcript was generated automatically and may contain errors."},
		kept: []string{"[00:00:04] HOST: Hello and welcome", "[00:00:19] GUEST: Thanks for having me."},
	}, {
		name: "French notice",
		body: plainStory + "Cette transcription a été générée automatiquement et peut contenir des erreurs.\n\n" + plainStory,
		gone: []string{"Cette transcription a été générée automatiquement et peut contenir des erreurs."},
	}, {
		name: "an editor's note",
		body: plainStory + "This transcript has been edited for length and clarity.\n\n" + plainStory,
		kept: []string{"This transcript has been edited for length and clarity."},
	}})
}

// TestTipHeadingNordicBaltic: a news tip box headed in Estonian or
// Swedish over the newsroom's address or number goes; the question in a
// story, over its prose, stays.
func TestTipHeadingNordicBaltic(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Estonian box",
		body: estonianStory + "Kas sul on uudisvihje?\n\nKirjuta toimetus@tartuleht.example või helista 735 0000.\n\n",
		gone: []string{"Kas sul on uudisvihje?", "Kirjuta toimetus@tartuleht.example või helista 735 0000."},
		kept: []string{"Tartu linnavolikogu otsustas"},
	}, {
		name: "Swedish box",
		body: plainStory + "Har du ett nyhetstips?\n\nMejla tips@kustbladet.example eller ring 0480-12 34 56.\n\n",
		gone: []string{"Har du ett nyhetstips?", "Mejla tips@kustbladet.example eller ring 0480-12 34 56."},
	}, {
		name: "the question over prose",
		body: estonianStory + "Kas sul on uudisvihje?\n\n" +
			"Nii küsis vallavanem koosolekul elanikelt, kes olid tulnud arutama raamatukogu sulgemist ja kooli uusi ruume, mis valmivad järgmisel kevadel.\n\n" + estonianStory,
		kept: []string{"Kas sul on uudisvihje?"},
	}})
}

// TestReadTimeBaltic: a reading time in Estonian or Latvian, alone or
// after a byline's label ("Autor: Toimetus Lugemisaeg: 5 min"), goes; a
// story's sentence about reading time stays.
func TestReadTimeBaltic(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "meta line",
		body: "Raamatukogu suletakse\nAutor: Toimetus Lugemisaeg: 5 min\n\n" + estonianStory,
		gone: []string{"Autor: Toimetus Lugemisaeg: 5 min"},
	}, {
		name: "alone",
		body: "Lugemisaeg: 3 min\n\n" + estonianStory + "Lasīšanas laiks: 4 min\n\n" + estonianStory,
		gone: []string{"Lugemisaeg: 3 min", "Lasīšanas laiks: 4 min"},
	}, {
		name: "a story's sentence",
		body: estonianStory + "Keskmine lugemisaeg oli uuringu järgi 5 min päevas, mis on kümne aasta taguse ajaga võrreldes poole vähem.\n\n" + estonianStory,
		kept: []string{"Keskmine lugemisaeg oli uuringu järgi 5 min päevas"},
	}})
}

// TestAdCard: an advert's card run together on one line, its label
// before a dot ("Kuulutus · …", "Anzeige · …", "Ad · …"), goes; a
// story's line with a dot after a longer phrase stays.
func TestAdCard(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "labels",
		body: plainStory + "Kuulutus · Saa kuni 3000 € laenu 10 minutiga!\n\n" + plainStory +
			"Anzeige · Jetzt Stromtarife vergleichen und sparen\n\n" + plainStory + "Ad · Compare energy deals in two minutes\n\n" + plainStory,
		gone: []string{"Kuulutus · Saa kuni 3000 € laenu 10 minutiga!", "Anzeige · Jetzt Stromtarife vergleichen und sparen",
			"Ad · Compare energy deals in two minutes"},
	}, {
		name: "a story's line",
		body: plainStory + "Advertising revenue · down 12 per cent in the quarter, the report said.\n\n" + plainStory,
		kept: []string{"Advertising revenue · down 12 per cent"},
	}})
}

// TestEstonianFarmTail: a plain copy of an Estonian farm's page keeps
// its tail: the related and popular lists under their labels ("Seotud
// artiklid", "Populaarsed") and the consent banner with its buttons
// ("Kasutame küpsiseid …", "Luba kõik Keeldu"); all go, the story
// stays.
func TestEstonianFarmTail(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "related list",
		body: estonianStory + "Seotud artiklid\nKuidas valida lapsele sobiv raamat? 7 lihtsat nippi\nEesti 10 kaunimat raamatukogu, mida peaksid nägema\nPaberi hind tõuseb: mida see tähendab lugejale?\n",
		gone: []string{"Seotud artiklid", "Eesti 10 kaunimat raamatukogu, mida peaksid nägema"},
		kept: []string{"Ametnike sõnul vajab hoone remonti"},
	}, {
		name: "consent banner",
		body: estonianStory + "Kasutame küpsiseid, et tagada sulle parim kogemus meie veebilehel.\nLuba kõik Keeldu\n",
		gone: []string{"Kasutame küpsiseid, et tagada sulle parim kogemus meie veebilehel.", "Luba kõik Keeldu"},
		kept: []string{"Tartu linnavolikogu otsustas"},
	}, {
		name: "a popular subhead over prose",
		body: estonianStory + "Populaarsed\n\n" +
			"Raamatukogu oli linnaosa elanike seas väga populaarne: eelmisel aastal käis seal üle kahekümne tuhande lugeja, selgus linna aruandest.\n\n" + estonianStory,
		kept: []string{"Raamatukogu oli linnaosa elanike seas väga populaarne"},
	}})
}
