package clean

import (
	"strings"
	"testing"
)

// ukStory is three paragraphs of an invented Ukrainian story, as a
// channel's post pastes them, with its source line.
const ukStory = "🔥 У Новоселиці горів склад будівельних матеріалів\n\n" +
	"У Новоселиці на Лубенщині ввечері 3 жовтня загорівся склад будівельних матеріалів на вулиці Заводській. Вогонь охопив площу близько 400 квадратних метрів, повідомили в ДСНС області.\n\n" +
	"На місці працювали чотири пожежні розрахунки, загиблих і постраждалих немає. Причину пожежі встановлюють, уточнили рятувальники.\n\n" +
	"«Вогонь вдалося локалізувати за дві години, сусідні будинки не постраждали», — розповів начальник районного управління ДСНС Олег Гриценко.\n\n" +
	"Джерело: Лубенські вісті\n\n"

// TestTelegramUkrainian: a Telegram web preview in Ukrainian, its
// subscriber count with the thousands written as a word ("31,7 тис.
// підписників"), loses the header, the pinned message's heading, the
// chat's join link, the call to subscribe to the channel by its name,
// the reactions, the views, the channel's next (advertising) post and
// the footer; the post and its source line stay.
func TestTelegramUkrainian(t *testing.T) {
	header := "Лубни Сьогодні\n@lubny_today\n31,7 тис. підписників\nГоловні новини Лубен. Надсилайте новини: @lubny_news_bot\n" +
		"Реклама: @lubny_ads\nПідписатися\nПереглянути в Telegram\n\n" +
		"Закріплене повідомлення\nДрузі, заходьте до нашого чату: t.me/lubny_today_chat\n\nЛубни Сьогодні\n"
	foot := "👉 Підписатися на Лубни Сьогодні\n\n😢 88   👍 41   🙏 12\n👁 9,8K\nКоментарі: 14\n\n" +
		"Лубни Сьогодні\n📌 Реклама. Ремонт пральних машин у Лубнах, виїзд майстра — пишіть @remont_lb_bot\n👁 2,2K\n\n" +
		"Відкрити канал у Telegram\nЗавантажити Telegram\n"
	runChromeCases(t, []chromeCase{{
		name: "t.me/s capture, thousands as a word",
		body: header + ukStory + foot,
		gone: []string{"31,7 тис. підписників", "Реклама: @lubny_ads", "Переглянути в Telegram", "Закріплене повідомлення",
			"Друзі, заходьте до нашого чату: t.me/lubny_today_chat", "👉 Підписатися на Лубни Сьогодні", "👁 9,8K",
			"📌 Реклама. Ремонт пральних машин у Лубнах, виїзд майстра — пишіть @remont_lb_bot", "Відкрити канал у Telegram",
			"Завантажити Telegram", "Коментарі: 14"},
		kept: []string{"загорівся склад будівельних матеріалів", "Причину пожежі встановлюють",
			"Вогонь вдалося локалізувати", "Джерело: Лубенські вісті"},
	}, {
		name: "Russian interface, millions as a word",
		body: "Новости Приморья\n1,2 млн подписчиков\nОткрыть в Telegram\n\n" + plainStory +
			"Подписывайтесь на Новости Приморья\n\n👁 120K\n",
		gone: []string{"1,2 млн подписчиков", "Подписывайтесь на Новости Приморья", "👁 120K"},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "a story that quotes a subscriber count and a call to subscribe stays",
		body: "Канал міськради набрав 45,2 тис. підписників за рік, повідомили в пресслужбі, і закликав мешканців підписатися на оновлення.\n\n" +
			"Підписатися на розсилку можна на сайті ради.\n\n" + plainStory,
		kept: []string{"Канал міськради набрав 45,2 тис. підписників", "Підписатися на розсилку можна на сайті ради."},
	}})
}

// TestTelegramSubscribers: the header's count line with a unit word.
func TestTelegramSubscribers(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"45,2 тис. підписників", true},
		{"12,4 тыс. подписчиков", true},
		{"1,2 млн подписчиков", true},
		{"128 406 subscribers", true},
		{"31,7 rb pelanggan", true},
		{"тис. підписників", false},        // a unit with no count before it
		{"45,2 тисячі підписників", false}, // a word of prose, no interface's abbreviation
		{"багато тис. підписників", false},
	} {
		if got := telegramSubscribers(tt.line); got != tt.want {
			t.Errorf("telegramSubscribers(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestNordicNewsletterBox: a newsletter box set between a story's
// paragraphs, its form dropped, in Nynorsk and Bokmål (the possessive
// after the noun, "nyheitsbrevet vårt", and the inbox, "rett i
// innboksen"), goes; a subhead that names a newsletter in a story, and
// a paragraph about one, stay.
func TestNordicNewsletterBox(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Nynorsk",
		body: plainStory + "Få dei største sakene frå Sogn rett i innboksen\n\n" +
			"Meld deg på nyheitsbrevet vårt – det er gratis og kjem kvar fredag.\n\n" + plainStory,
		gone: []string{"Få dei største sakene frå Sogn rett i innboksen",
			"Meld deg på nyheitsbrevet vårt – det er gratis og kjem kvar fredag."},
	}, {
		name: "Bokmål",
		body: plainStory + "Nyhetene fra Hallingdal rett i innboksen\n\n" +
			"Meld deg på nyhetsbrevet vårt og få de viktigste sakene hver morgen.\n\n" + plainStory,
		gone: []string{"Nyhetene fra Hallingdal rett i innboksen",
			"Meld deg på nyhetsbrevet vårt og få de viktigste sakene hver morgen."},
	}, {
		name: "a story about a newsletter stays",
		body: plainStory + "Kommunen startar nyheitsbrev\n\n" +
			"Kommunen vil frå neste månad sende eit nyheitsbrev til alle innbyggjarane, og rådmannen seier at mange har bede om det i fleire år.\n\n" +
			plainStory,
		kept: []string{"Kommunen startar nyheitsbrev", "Kommunen vil frå neste månad sende eit nyheitsbrev"},
	}})
}

// TestNordicAlsoLabel: a related story's link set into the text under
// the Norwegian and Danish labels ("LES ÒG:", "Les også:", "Læs også:")
// goes; a sentence that opens with "Les" stays.
func TestNordicAlsoLabel(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Nynorsk, Bokmål and Danish labels",
		body: plainStory + "LES ÒG: Ny skule i Vik kan stå ferdig til hausten\n\n" + plainStory +
			"Les også: Brannvesenet rykket ut til boligbrann i natt\n\n" + plainStory +
			"Læs også: Ny cykelsti langs havnen åbner i maj\n\n" + plainStory,
		gone: []string{"LES ÒG: Ny skule i Vik kan stå ferdig til hausten",
			"Les også: Brannvesenet rykket ut til boligbrann i natt", "Læs også: Ny cykelsti langs havnen åbner i maj"},
	}, {
		name: "a sentence opening with the verb stays",
		body: plainStory + "Les også rapporten frå revisjonen, seier ordføraren, før de dømer oss.\n\n" + plainStory,
		kept: []string{"Les også rapporten frå revisjonen"},
	}})
}

// TestNordicPostMeta: the post line of a Nordic WordPress theme
// ("Publisert av redaksjonen", "Publiceret af admin", "Publicerad av
// redaktionen") goes; a sentence saying who published a book stays.
func TestNordicPostMeta(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Publisert av redaksjonen", true},
		{"Publisert av Kari Nordmann", true},
		{"Publiceret af admin", true},
		{"Publicerad av redaktionen", true},
		{"Publisert av forlaget Samlaget i 1998.", false}, // a sentence
		{"Publisert 14.10.2025", false},
	} {
		if got := isPostMeta(tt.line, len(strings.Fields(tt.line))); got != tt.want {
			t.Errorf("isPostMeta(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	runChromeCases(t, []chromeCase{{
		name: "scraper's copy",
		body: "Vestland\nBrann i fjøs på Voss\nPublisert av redaksjonen\n\n" + plainStory,
		gone: []string{"Publisert av redaksjonen"},
		kept: []string{"The council voted on Tuesday"},
	}})
}

// TestLinkCardDomain: in a copy of a Facebook post, the shared link's
// preview card prints the link's domain in capitals over the linked
// page's title; the domain goes (the title is left to the other
// rules), and the post's own line naming the paper it shared the story
// from stays, a credit.
// A domain in lower case in a story's sentence stays, and a capitals
// line over a title in a story that is no post's copy is left alone.
func TestLinkCardDomain(t *testing.T) {
	post := "Facebook\nSearch Facebook\nAshby Residents Forum\nPublic group · 3.1K members\nJoin group\n\n" +
		"Dawn Pryce\nTop contributor\n3h ·\nShared from the Ashby Courier 👇 Worth a read if you park on Station Road.\n\n" +
		plainStory + "ASHBYCOURIER.EXAMPLE\nCouncil votes to close Ashby library after petition fails\n\n" +
		"Like\nComment\nShare\n\nView more comments\nWrite a public comment…\n"
	runChromeCases(t, []chromeCase{{
		name: "group post with a link card",
		body: post,
		gone: []string{"ASHBYCOURIER.EXAMPLE"},
		kept: []string{"Shared from the Ashby Courier", "The council voted on Tuesday"},
	}, {
		name: "a domain in a story stays",
		body: "BBC.CO.UK\nCouncil votes to close the library\n\n" + plainStory +
			"Readers can find the full minutes at ashbycouncil.example.\n\n",
		kept: []string{"BBC.CO.UK", "Readers can find the full minutes at ashbycouncil.example."},
	}})
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"HARCASTLEGAZETTE.EXAMPLE", true},
		{"BBC.CO.UK", true},
		{"NEWS-24.EXAMPLE.COM", true},
		{"bbc.co.uk", false},
		{"U.S.", false},
		{"WWW", false},
		{"BREAKING NEWS.", false},
		{"COVID-19.2", false},
	} {
		if got := linkCardDomain(tt.line); got != tt.want {
			t.Errorf("linkCardDomain(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestSharedFromCredit: a social post's "Shared from X" line is a
// credit, the name cut at the pictograph that points to the pasted
// story; a sentence opening "Shared from" with no name is none.
func TestSharedFromCredit(t *testing.T) {
	for _, tt := range []struct {
		line, name string
		ok         bool
	}{
		{"Shared from the Ashby Courier 👇 Worth a read if you park on Station Road.", "the Ashby Courier", true},
		{"Shared from Harcastle Sound", "Harcastle Sound", true},
		{"Shared from person to person, the rumour spread quickly.", "", false},
	} {
		at, ok := FindAttribution(tt.line)
		if ok != tt.ok || ok && at.Name != tt.name {
			t.Errorf("FindAttribution(%q) = %q, %v; want %q, %v", tt.line, at.Name, ok, tt.name, tt.ok)
		}
	}
}
