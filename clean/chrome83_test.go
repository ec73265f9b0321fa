package clean

import "testing"

// plNotice is an invented Polish gmina's notice, two paragraphs.
const plNotice = "Wójt Gminy Brzozowa Wola informuje, że od poniedziałku 10 marca 2025 r. zostanie zamknięta dla ruchu droga gminna nr 210455K w miejscowości Olszyny na czas przebudowy przepustu.\n\n" +
	"„Prace potrwają najwyżej trzy tygodnie, a objazd poprowadzimy drogą powiatową przez Lipie” – mówi wójt gminy Brzozowa Wola Jan Kowalczyk.\n\n"

// TestBIPRecord: a BIP notice's record ("Metryczka") and register of
// changes go by the record's first label and the register's table,
// whoever built the template; a sentence that names the body making
// information available, a signature and a credit line stay.
func TestBIPRecord(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "record",
		body: plNotice + "Wójt Gminy Brzozowa Wola\n\n(-) Jan Kowalczyk\n\n" +
			"Metryczka\n\nPodmiot udostępniający informację: Urząd Gminy Brzozowa Wola\n\nWytworzył: Anna Nowak\n\n" +
			"Data wytworzenia: 2025-03-01\n\nOpublikował: Piotr Zając\n\nData publikacji: 2025-03-03 10:15\n\nLiczba wyświetleń: 96\n\n" +
			"Rejestr zmian\n\nData Użytkownik Opis zmiany\n\n2025-03-03 10:15 Piotr Zając Dodanie informacji\n\n" +
			"2025-03-03 10:40 Piotr Zając Dodanie załącznika: mapa objazdu\n\n",
		gone: []string{"Metryczka", "Podmiot udostępniający informację: Urząd Gminy Brzozowa Wola", "Wytworzył: Anna Nowak",
			"Liczba wyświetleń: 96", "Rejestr zmian", "Data Użytkownik Opis zmiany",
			"2025-03-03 10:40 Piotr Zając Dodanie załącznika: mapa objazdu"},
		kept: []string{"Wójt Gminy Brzozowa Wola informuje", "mówi wójt gminy", "(-) Jan Kowalczyk"},
	}, {
		name: "prose",
		body: plNotice + "Podmiot udostępniający informację publiczną, czyli urząd gminy, musi opublikować ją w BIP w ciągu 14 dni – przypomina Jan Kowalczyk.\n\n" +
			"Źródło: UG Brzozowa Wola\n\n" + plNotice,
		kept: []string{"Podmiot udostępniający informację publiczną, czyli urząd gminy", "Źródło: UG Brzozowa Wola"},
	}, {
		name: "label alone",
		// The opener with nothing of the record under it is not a record.
		body: plNotice + "Podmiot udostępniający informację: Urząd Gminy Brzozowa Wola\n\n" +
			"W poniedziałek na miejsce przyjadą również strażacy z OSP Olszyny, którzy pomogą w zabezpieczeniu robót.\n\n",
		kept: []string{"W poniedziałek na miejsce przyjadą również strażacy"},
	}})
}

// TestPolishFacebookGroup: a Facebook group's post copied in Polish
// loses the group's header, the poster's badge, the counts, the
// buttons, the sort menu and each comment by its place (the
// commenter's name, the comment, "Lubię to!" over "Odpowiedz"), not by
// its words; the post stays, and a sentence of a story that says
// "lubię to" or names a group's members stays.
func TestPolishFacebookGroup(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "group",
		body: "(1) Brzozowa Wola i okolice | Facebook\n\nFacebook\nBrzozowa Wola i okolice\nGrupa publiczna · 2,1 tys. członków\nDołącz do grupy\nInformacje\nDyskusja\n\n" +
			"Marek Lis\nWschodząca gwiazda\nUwaga, od poniedziałku droga zamknięta:\n\n" + plNotice +
			"Wszystkie reakcje:\n18\n7 komentarzy\n2 udostępnienia\nLubię to!\nKomentarz\nUdostępnij\n\nNajtrafniejsze\n\n" +
			"Zofia Wrona\nA którędy autobus pojedzie?\nLubię to!\nOdpowiedz\n3\n\n" +
			"Wyświetl więcej komentarzy\nNapisz publiczny komentarz…\n\n" +
			"Polityka prywatności · Regulamin · Reklama · Opcje reklam · Pliki cookie · Więcej · Meta © 2025\n",
		gone: []string{"Grupa publiczna · 2,1 tys. członków", "Dołącz do grupy", "Wschodząca gwiazda", "Wszystkie reakcje:",
			"7 komentarzy", "2 udostępnienia", "Lubię to!", "Najtrafniejsze", "Odpowiedz", "A którędy autobus pojedzie?",
			"Wyświetl więcej komentarzy", "Napisz publiczny komentarz…"},
		kept: []string{"Wójt Gminy Brzozowa Wola informuje", "mówi wójt gminy"},
	}, {
		name: "prose",
		body: plNotice + "Mieszkańcy piszą w grupie, która liczy 2,1 tys. członków, że lubię to rozwiązanie, a komentarze pod postem są przychylne.\n\n" + plNotice,
		kept: []string{"która liczy 2,1 tys. członków"},
	}})
}

// jaStory is an invented Japanese news story's text, two paragraphs.
const jaStory = "緑川県警は15日、高齢の男性から現金をだまし取ったとして、詐欺の疑いで男2人を逮捕したと発表しました。\n\n" +
	"警察によりますと、2人は今月3日、市役所の職員を名乗って電話をかけ、「還付金があります」などとうそを言った疑いが持たれています。\n\n"

// TestMatomeBlog: a livedoor matome blog's copy of a story loses the
// thread's readers' lines by their numbered header with the poster's
// ID (even the first post's, under the credit line), the blog's comment
// list, its ad label, category line and sidebar; the quoted story and
// its credit line ("引用元：…") stay, and so does a story's sentence that
// names an ID or a comment.
func TestMatomeBlog(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "thread",
		body: "まとめ速報\n\nスポンサーリンク\n\n【速報】男2人逮捕\nカテゴリ：ニュース\n\n" + jaStory +
			"引用元：みどりニュース https://news.midori.example/a/1\n\n" +
			"1: 名無しさん ID:a8Kd2LmQ0\nまた還付金詐欺か\n\n2: 名無しさん ID:Pq7Xz3Rt0\n>>1\n役所は電話でATMなんか行かせんで\n\n" +
			"3: 名無しさん ID:a8Kd2LmQ0\n受け子だけ捕まってもな\n\n" +
			"コメントする\n\n人気記事ランキング\n相互RSS\nPowered by ライブドアブログ\n",
		gone: []string{"スポンサーリンク", "カテゴリ：ニュース", "1: 名無しさん ID:a8Kd2LmQ0", "また還付金詐欺か",
			"役所は電話でATMなんか行かせんで", "受け子だけ捕まってもな", "コメントする", "人気記事ランキング", "相互RSS",
			"Powered by ライブドアブログ"},
		kept: []string{"緑川県警は15日", "警察によりますと", "引用元：みどりニュース"},
	}, {
		name: "first post without credit",
		// With no credit above it, post 1 is the thread's opening, the
		// story it quotes; only the replies go.
		body: "1: 名無しさん ID:a8Kd2LmQ0\n" + jaStory + "2: 名無しさん ID:Pq7Xz3Rt0\nまた還付金詐欺か\n\n3: 名無しさん ID:Hq9vN1aL0\n受け子だけ捕まってもな\n",
		gone: []string{"2: 名無しさん ID:Pq7Xz3Rt0", "また還付金詐欺か", "受け子だけ捕まってもな"},
		kept: []string{"緑川県警は15日", "警察によりますと"},
	}, {
		name: "prose",
		body: jaStory + "警察は、男らが掲示板で名無しさんを装い、ID:を変えながら書き込んでいたとみて、スポンサーリンクの広告主やコメントする読者についても調べています。\n\n" + jaStory,
		kept: []string{"警察は、男らが掲示板で名無しさんを装い"},
	}})
}

// TestAggregatorCopy: an aggregator's copy of a story loses its
// masthead's tagline under the page's title, the publisher's follow
// call, the report button and the ownership notice; the headline, a
// lead that opens with the site's name, the credit lines and a story's
// sentence about following someone stay.
func TestAggregatorCopy(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "copy",
		body: "Library to close after council vote | Valley Wire\nValley Wire - Your local news, all in one place\n\n" + plainStory +
			"Source: KVLY 7\n\nFollow KVLY 7 for more\nLike | Comment | Share\nReport this story\n\n" +
			"Valley Wire aggregates stories from local publishers. Content belongs to its respective owners.\n",
		gone: []string{"Valley Wire - Your local news, all in one place", "Follow KVLY 7 for more", "Report this story",
			"Valley Wire aggregates stories from local publishers. Content belongs to its respective owners."},
		kept: []string{"Library to close after council vote | Valley Wire", "The council voted on Tuesday", "Source: KVLY 7"},
	}, {
		name: "prose",
		body: "Library to close after council vote | Valley Wire\nValley Wire - the county's oldest paper - reported the vote first.\n\n" + plainStory +
			"Follow the money, the mayor said, and you will see who wanted the library gone for more than a decade.\n\n" + plainStory,
		kept: []string{"Valley Wire - the county's oldest paper - reported the vote first.", "Follow the money, the mayor said"},
	}})
}
