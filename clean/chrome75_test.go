package clean

import "testing"

// TestSponsorSlots: a sponsored slot between a story's paragraphs, its
// bare label over the sponsored link's title, goes; the label over the
// page's headline (a CMS marking the whole story) and a story's sentence
// about a sponsored walk stay.
func TestSponsorSlots(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "slot between paragraphs",
		body: plainStory + "Sponsored Content\n\nDownload: The 2026 guide to predictive nurse scheduling\n\n" + plainStory,
		gone: []string{"Sponsored Content", "Download: The 2026 guide to predictive nurse scheduling"},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "French slot",
		body: plainStory + "Contenu sponsorisé :\n\nLe guide 2026 de la rénovation énergétique\n\n" + plainStory,
		gone: []string{"Contenu sponsorisé :", "Le guide 2026 de la rénovation énergétique"},
	}, {
		name: "label over the headline",
		body: "Sponsored content\n\nHow one hospital cut its agency bill\n\n" + plainStory,
		kept: []string{"How one hospital cut its agency bill", "The council voted on Tuesday"},
	}, {
		name: "a sponsored walk",
		body: plainStory + "Sponsored\n\nwalkers raised £2,000 for the library fund on Saturday, the organisers said, and more is promised.\n\n" +
			"Members have raised £18,000 so far from a sponsored row from Ashby to the Wash.\n\n" + plainStory,
		kept: []string{"walkers raised £2,000", "a sponsored row from Ashby to the Wash."},
	}})
}

// TestFinnishCommentGate: a Finnish paper's gate over its thread
// ("Kommentointi vaatii kirjautumisen.") with its moderation note goes;
// a story's sentence reporting a forum's rule stays.
func TestFinnishCommentGate(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "gate",
		body: plainStory + "Kommentoi\n\nKommentointi vaatii kirjautumisen. Kommentit tarkistetaan ennen julkaisua.\n",
		gone: []string{"Kommentointi vaatii kirjautumisen. Kommentit tarkistetaan ennen julkaisua."},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "a story's sentence",
		body: "Kunnan keskustelupalstalla kommentointi vaatii kirjautumisen pankkitunnuksilla, mikä on karsinut nimettömät viestit lähes kokonaan, kertoo tiedottaja Anna Virtanen.\n\n" +
			"Palstalla on nykyään noin 900 rekisteröitynyttä käyttäjää, ja viestejä kirjoitetaan keskimäärin kolmisenkymmentä päivässä.\n",
		kept: []string{"kommentointi vaatii kirjautumisen pankkitunnuksilla", "Palstalla on nykyään"},
	}})
}

// TestFinnishFacebookPost: a copy of a Finnish Facebook page's post loses
// the log-in bar, the reactions' label with the icons and the total, the
// comment box and the prompt at its foot; the pasted paragraphs stay.
func TestFinnishFacebookPost(t *testing.T) {
	const post = "Sorvakosken terveysasemalla ei enää huhtikuusta alkaen päivystetä viikonloppuisin, kertoo STT. Aluehallitus teki ratkaisun maanantaina äänin 9–4.\n\n" +
		"Hyvinvointialue arvioi säästävänsä lakkautuksella noin 420 000 euroa vuosittain, ja ensihoito toimii edelleen ympäri vuorokauden.\n\n"
	runChromeCases(t, []chromeCase{{
		name: "page post",
		body: "Facebook\nKirjaudu sisään\nSähköposti tai puhelinnumero\nSalasana\nUnohditko tilisi?\nLuo uusi tili\n\n" +
			"Meidän Sorvakoski\n13. maaliskuuta klo 17.48 · 🌍\n\n" + post +
			"Kaikki reaktiot:\n😮😢😡 214\nJani Heikkilä, Sirpa Laaksonen ja 212 muuta\n63 kommenttia\n97 jakoa\nTykkää\nKommentoi\nJaa\n\n" +
			"Näytä lisää kommentteja\nKirjoita julkinen kommentti…\n\nKatso lisää sivulta Meidän Sorvakoski Facebookissa\nKirjaudu sisään tai Luo uusi tili\n",
		gone: []string{"Kirjaudu sisään", "Sähköposti tai puhelinnumero", "Salasana", "Unohditko tilisi?", "Luo uusi tili",
			"Kaikki reaktiot:", "😮😢😡 214", "Tykkää", "Kirjoita julkinen kommentti…", "Kirjaudu sisään tai Luo uusi tili"},
		kept: []string{"Sorvakosken terveysasemalla", "Hyvinvointialue arvioi"},
	}, {
		name: "no platform",
		body: post + "Salasana\n\nTarinan mukaan salasana unohtui, ja tili jäi auki koko viikonlopuksi, kertoi kunnan tietohallintopäällikkö.\n\n",
		kept: []string{"Salasana", "salasana unohtui"},
	}})
}

// TestJapaneseCallBoxes: a Japanese page's member-registration box and
// its tip box, each a blurb over a "…はこちら" button, go; a story's
// sentence naming the same action over no button, or over the button
// without the box's promise or request, stays.
func TestJapaneseCallBoxes(t *testing.T) {
	const story = "岐阜県奥鹿野町白滝の県道で4日午前5時ごろ、山側の斜面が幅約30メートルにわたって崩れ、土砂が道路をふさいだ。通行中の車はなく、けが人はいなかった。\n\n" +
		"町は4日朝、白滝地区の集会所に自主避難所を開設し、午後2時までに5世帯9人が身を寄せた。\n\n"
	runChromeCases(t, []chromeCase{{
		name: "registration box",
		body: story + "会員登録すると、東美濃新聞の地域ニュースがすべて読み放題になります。\n\n無料会員登録はこちら\n",
		gone: []string{"会員登録すると、東美濃新聞の地域ニュースがすべて読み放題になります。", "無料会員登録はこちら"},
		kept: []string{"岐阜県奥鹿野町白滝", "町は4日朝"},
	}, {
		name: "tip box",
		body: story + "ニュースの情報提供をお待ちしています。事件・事故の映像や写真もお寄せください。\n\n情報提供はこちら\n",
		gone: []string{"ニュースの情報提供をお待ちしています。事件・事故の映像や写真もお寄せください。", "情報提供はこちら"},
		kept: []string{"岐阜県奥鹿野町白滝"},
	}, {
		name: "police appeal over the button",
		body: story + "県警は目撃者などからの情報提供を呼びかけている。\n\n情報提供はこちら\n",
		gone: []string{"情報提供はこちら"},
		kept: []string{"県警は目撃者などからの情報提供を呼びかけている。"},
	}, {
		name: "a story's registration",
		body: story + "市によると、アプリに会員登録すると、避難所の混雑状況を確認できる。登録者は約1万2千人に上る。\n\n" + story,
		kept: []string{"アプリに会員登録すると"},
	}})
}
