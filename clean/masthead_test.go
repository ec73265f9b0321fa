package clean

import (
	"slices"
	"testing"

	"github.com/reprint/reprint"
)

// TestMasthead: a plain text's masthead, found by the name its footer
// signs it with (a copyright notice, a hashtag) below a consent banner
// or a scrape's date line, goes with its tagline and the menu under
// them; a headline, a title line and a wire credit stay.
func TestMasthead(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Icelandic aggregator under a consent banner",
		body: "Þessi vefur notar vafrakökur til að bæta upplifun þína. Með því að halda áfram samþykkir þú notkun þeirra.\nSamþykkja\nHafna\n\n" +
			"Héraðsfréttir\nNýjustu fréttir úr héraði\n\nForsíða\nInnlent\nÍþróttir\nVeður\n\nBókasafninu lokað á sunnudögum\n\n" + plainStory +
			"Mest lesið\nVeðrið um helgina\nNýr leikskóli opnaður\n\n" +
			"Héraðsfréttir safnar saman fréttum af landsbyggðinni. Fréttir eru birtar á ábyrgð þess miðils sem þær koma frá.\n" +
			"Um okkur | Hafa samband | Persónuvernd | Vafrakökur\n© Héraðsfréttir\n",
		gone: []string{"Héraðsfréttir", "Nýjustu fréttir úr héraði", "Forsíða", "Veður",
			"Héraðsfréttir safnar saman fréttum af landsbyggðinni. Fréttir eru birtar á ábyrgð þess miðils sem þær koma frá."},
		kept: []string{"Bókasafninu lokað á sunnudögum", "The council voted on Tuesday"},
	}, {
		// A scraper set the page's title first, over the masthead line
		// with its tagline and the trail; the site speaks of itself at
		// the foot, between the related list and the footer's links.
		name:  "Asturian masthead with its tagline under the headline",
		title: "Library to close on Sundays",
		body: "Library to close on Sundays\n\nLlume · Revista dixital de cultura asturiana\nEntamu › Patrimoniu › Tradición oral\nRedaición Llume\n\n" + plainStory +
			"Etiquetes: cancioneru, tradición oral, tonada\nComparti: Facebook · X · WhatsApp · Corréu\nMás en Patrimoniu\n" +
			"La Casona de Xugueru abre de nuevo les sos puertes tres la rehabilitación\nLos molinos de la vega de Sorribes entren nel inventariu del patrimoniu\n" +
			"Llume ye una revista dixital de cultura asturiana editada por l'Asociación Cultural Llume.\nAviso llegal · Política de privacidá · Contautu\n",
		gone: []string{"Llume · Revista dixital de cultura asturiana", "Entamu › Patrimoniu › Tradición oral",
			"Llume ye una revista dixital de cultura asturiana editada por l'Asociación Cultural Llume."},
		kept: []string{"Library to close on Sundays", "The council voted on Tuesday"},
	}, {
		name: "Luxembourgish masthead confirmed by a footer with links",
		body: "Noriichtenplaz\nWat an der Regioun leeft\n\nDoheem\nPolitik\nSport\nKultur\n\nBibliothéik mécht sonndes zou\n\n" + plainStory +
			"© Noriichtenplaz – All Rechter reservéiert. | Impressum\n",
		gone: []string{"Noriichtenplaz", "Wat an der Regioun leeft", "Doheem", "Kultur"},
		kept: []string{"Bibliothéik mécht sonndes zou", "The council voted on Tuesday"},
	}, {
		name: "Malagasy masthead under a skip link and a top bar",
		body: "Alarobia 14 Mey 2025 - 10:02\n\nAller au contenu\nAlarobia 14 Mey 2025 Facebook Gazety an-tserasera\nNy Tsiky\nGazety isan’andro\nMenu\nFandraisana\nVaovao\nFaritra\n\n" +
			"Nikatona ny tranomboky\n\n" + plainStory + "© 2025 Ny Tsiky. Zo rehetra voatokana.\n",
		gone: []string{"Aller au contenu", "Alarobia 14 Mey 2025 Facebook Gazety an-tserasera", "Ny Tsiky", "Gazety isan’andro", "Menu"},
		kept: []string{"Nikatona ny tranomboky", "The council voted on Tuesday"},
	}, {
		name: "English masthead under a consent banner",
		body: "We use cookies to improve your experience on our site.\nAccept\nDecline\n\nValley Ledger\nNews from around the valley\n\nHome\nNews\nSport\nContact\n\n" +
			"Library to close on Sundays\n\n" + plainStory + "© 2025 Valley Ledger\n",
		gone: []string{"Valley Ledger", "News from around the valley", "Home", "Contact"},
		kept: []string{"Library to close on Sundays"},
	}, {
		name: "a Facebook page's name under the post's time, its hashtag at the foot",
		body: "14/05/2025 09:12\n\nHabari Pwani - Coast News\n\n🔴 Library to close on Sundays\n\n" + plainStory + "#Habari_Pwani #Mombasa #Maktaba\n",
		gone: []string{"Habari Pwani - Coast News"},
		kept: []string{"🔴 Library to close on Sundays", "14/05/2025 09:12"},
	}, {
		// A Russian paper's masthead in guillemets, under the page's
		// title and a cookie bar, confirmed by the paper's name inside
		// its publisher's legal name in the copyright notice; the
		// notice is the page's own.
		name: "Russian paper named inside its publisher's legal name",
		body: "Библиотеку закроют по воскресеньям\n\nМы используем файлы cookie для улучшения работы сайта.\nХорошо\n«Северная звезда»\n" +
			"Районная газета · выходит с 1931 года\nГлавная\nНовости\nОбщество\nСпорт\n\n" + plainStory +
			"© 2025 МАУ «Редакция газеты «Северная звезда». Все права защищены.\n",
		gone: []string{"Хорошо", "«Северная звезда»", "Районная газета · выходит с 1931 года", "Главная", "Спорт",
			"© 2025 МАУ «Редакция газеты «Северная звезда». Все права защищены."},
		kept: []string{"Библиотеку закроют по воскресеньям", "The council voted on Tuesday"},
	}, {
		// A wire's name under the headline, the copyright notice naming
		// the wire: no menu under it, so no masthead, and the notice
		// stays a credit.
		name: "a wire credit under the headline",
		body: "Library to close on Sundays\nAFP\n\n" + plainStory + "© AFP\n",
		kept: []string{"Library to close on Sundays\nAFP", "© AFP"},
	}, {
		// The page's title over the text, the site after the headline:
		// a title, not the masthead.
		name: "a title line naming the site",
		body: "Library to close on Sundays after the council's vote - Valley Ledger\n\n" + plainStory + "© 2025 Valley Ledger\n",
		kept: []string{"Library to close on Sundays after the council's vote - Valley Ledger"},
	}, {
		// Under a masthead the footer confirms, the headline in the
		// same paragraph, no menu under it: the masthead goes, the
		// headline stays.
		name: "a headline right under the masthead",
		body: "Valley Ledger\nLibrary to close on Sundays\n\n" + plainStory + "© 2025 Valley Ledger\n",
		gone: []string{"Valley Ledger"},
		kept: []string{"Library to close on Sundays"},
	}, {
		// A hashtag of one word names the story's subject as often as
		// the page.
		name: "a one-word hashtag",
		body: "Mombasa\n\nLibrary to close on Sundays\n\n" + plainStory + "#Mombasa\n",
		kept: []string{"Mombasa\n\nLibrary to close on Sundays"},
	}})
}

// TestSiteVoice: a line opening with the site's name, up to a
// paragraph's least length, goes between chrome, a link list's titles
// among it; among the story's lines it stays.
func TestSiteVoice(t *testing.T) {
	const blurb = "Valley Ledger gathers the news of the valley's towns every day. Stories are the responsibility of the outlets that publish them."
	const own = "Valley Ledger has learned that the council will vote again on the library's future next month."
	runChromeCases(t, []chromeCase{{
		name: "an aggregator's blurb under a most-read list",
		site: "Valley Ledger",
		body: plainStory + "Most read\nWeather for the weekend\nNew school opens its doors\n\n" + blurb + "\nAbout us | Contact | Privacy | Cookies\n",
		gone: []string{blurb},
	}, {
		name: "the site's own reporting among the story's lines",
		site: "Valley Ledger",
		body: plainStory + own + "\n\n" + plainStory,
		kept: []string{own},
	}})
}

// TestPageNames: the names a page signs itself with, and the lines they
// confirm as its masthead.
func TestPageNames(t *testing.T) {
	body := "top\n\n© 2025 Ny Tsiky. Zo rehetra voatokana.\n© InfoPlaz – All Rechter reservéiert. | Impressum\n#ሀገሬ_ዜና #ጎርጃ #CoastNews\n"
	n := readPageNames(body, splitBlocks(body))
	if want := []string{"Ny Tsiky", "InfoPlaz"}; !slices.Equal(n.owners, want) {
		t.Errorf("readPageNames owners = %q; want %q", n.owners, want)
	}
	if want := []string{"ሀገሬዜና", "ጎርጃ", "coastnews"}; !slices.Equal(n.tags, want) {
		t.Errorf("readPageNames tags = %q; want %q", n.tags, want)
	}
	tests := []struct {
		line, name string
		ok         bool
	}{
		{"Ny Tsiky", "Ny Tsiky", true},
		{"ny tsiky", "ny tsiky", true},
		{"InfoPlaz – Wat an der Regioun leeft", "InfoPlaz", true},
		{"ሀገሬ ዜና - Hagere Zena", "ሀገሬ ዜና", true},
		{"Coast News", "Coast News", true},
		{"ጎርጃ", "", false},                                               // a hashtag of one word
		{"Ny Tsiky Vaovao", "", false},                                   // more than the owner's name
		{"Tsiky", "", false},                                             // less
		{"Nikatona ny tranomboky amin'ny Alahady - Ny Tsiky", "", false}, // a title line
	}
	for _, tt := range tests {
		name, _, ok := n.confirm(tt.line)
		if name != tt.name || ok != tt.ok {
			t.Errorf("confirm(%q) = %q, %v; want %q, %v", tt.line, name, ok, tt.name, tt.ok)
		}
	}
}

// TestTitledHeader: a scraper's copy that opens with the page's title
// and repeats the headline under the page's header loses the header
// between them, a top bar over a menu set one item a line as deep as
// mastheadZone; the title line stays. Without the repeated headline the
// lines under the title stay.
func TestTitledHeader(t *testing.T) {
	const uyTitle = "يۇلغۇنلۇق ناھىيىسىدە تاغ كەلكۈنى يۈز بەردى - ئالتۇنتاغ تورى"
	const enTitle = "Library to close on Sundays - Valley Ledger"
	runChromeCases(t, []chromeCase{{
		name:  "Uyghur portal's top bar, menu and trail",
		title: uyTitle,
		body: uyTitle + "\n\nئۇيغۇرچە | 中文\n2025-يىلى 18-ئىيۇن چارشەنبە\nكىرىش | تىزىملىتىش\nئىزدەش\nباش بەت\nخەۋەرلەر\nشىنجاڭ\nدۆلەت ئىچى\nسۈرەتلىك خەۋەر\n" +
			"ئورنىڭىز: باش بەت > خەۋەرلەر > شىنجاڭ\n\nيۇلغۇنلۇق ناھىيىسىدە تاغ كەلكۈنى يۈز بەردى\n\n" + plainStory,
		gone: []string{"ئۇيغۇرچە | 中文", "كىرىش | تىزىملىتىش", "ئىزدەش", "باش بەت", "دۆلەت ئىچى", "سۈرەتلىك خەۋەر"},
		kept: []string{uyTitle, "The council voted on Tuesday"},
	}, {
		name:  "English top bar and menu under the title",
		title: enTitle,
		body:  enTitle + "\n\nEnglish | Español\nLog in | Register\nSearch\nHome\nNews\nSport\nWeather\nOpinion\n\nLibrary to close on Sundays\n\n" + plainStory,
		gone:  []string{"English | Español", "Log in | Register", "Home", "Opinion"},
		kept:  []string{enTitle, "The council voted on Tuesday"},
	}, {
		name:  "no repeated headline under the lines",
		title: enTitle,
		body:  enTitle + "\n\nBy Jane Doe\nPhotos\nCouncil notes\nHome\nNews\nSport\nWeather\nOpinion\n\nA vote in the spring\n\n" + plainStory,
		kept:  []string{enTitle, "Photos", "Council notes"},
	}})
}

// TestHeaderBar: under a masthead that the page's own names confirm, the
// header goes with what a page sets around its name: the top bar over
// it (an accessibility switch, the weather, a log-in link, an e-paper's
// offer), the search form between the tagline and the menu, and a menu
// set one item a line that names no home page. A registration notice
// names the page as a copyright notice does. Without the footer's
// confirmation the lines under a short first line stay, and the page's
// title over the masthead stays.
func TestHeaderBar(t *testing.T) {
	const registration = "Сетевое издание «Северная звезда» (sevzvezda.example). Зарегистрировано Федеральной службой по надзору в сфере связи, " +
		"информационных технологий и массовых коммуникаций (Роскомнадзор). Регистрационный номер Эл № ФС77-81467 от 02.07.2021.\n"
	runChromeCases(t, []chromeCase{{
		name: "Russian regional paper's header, named by its registration",
		body: "Версия для слабовидящих\nСеверное +21°\nВойти\nСеверная звезда\nГазета Северного района\nПоиск по сайту Найти\n" +
			"Главная\nНовости\nОбщество\nСельское хозяйство\nСпорт\nПодписка на газету\n\n" +
			"Главная / Новости / Сельское хозяйство\n\nБиблиотеку закроют по воскресеньям\n\n" + plainStory + registration,
		gone: []string{"Версия для слабовидящих", "Северное +21°", "Войти", "Северная звезда", "Газета Северного района",
			"Поиск по сайту Найти", "Главная", "Подписка на газету"},
		kept: []string{"Библиотеку закроют по воскресеньям", "The council voted on Tuesday"},
	}, {
		name: "Bashkir menu under a search form",
		body: "Ҡыҙылъяр таңы\nҠыҙылъяр районы гәзите\nПоиск по сайту Найти\nБаш бит\nЯңылыҡтар\nЙәмғиәт\nСпорт\n\n" +
			"Китапхана йәкшәмбе ябыла\n\n" + plainStory + "© 2025 Ҡыҙылъяр таңы\n",
		gone: []string{"Ҡыҙылъяр таңы", "Ҡыҙылъяр районы гәзите", "Поиск по сайту Найти", "Баш бит", "Спорт"},
		kept: []string{"Китапхана йәкшәмбе ябыла"},
	}, {
		name: "a paper's top bar and a menu naming no home page",
		body: "Subscribe to the e-Paper\nLog in\nValley Ledger\nThe valley's paper since 1998\nTop Stories\nLocal\nPolitics\nSport\nOpinion\nE-Paper\n\n" +
			"Library to close on Sundays\nBy the News Desk\n\n" + plainStory + "© 2025 Valley Ledger. All rights reserved.\n",
		gone: []string{"Subscribe to the e-Paper", "Log in", "Valley Ledger", "The valley's paper since 1998", "Top Stories", "Politics", "E-Paper"},
		kept: []string{"Library to close on Sundays\nBy the News Desk"},
	}, {
		// A short first line is a masthead without the footer's word,
		// but only a home page's item makes a menu of the short lines
		// under it.
		name: "short lines under an unconfirmed first line",
		body: "Library to close\nJane Doe\nCouncil reporter\nTuesday 14 May\nUpdated 10:02\n3 min read\n\n" + plainStory,
		kept: []string{"Library to close\nJane Doe\nCouncil reporter\nTuesday 14 May\nUpdated 10:02"},
	}, {
		name:  "the page's title over the masthead",
		title: "Library to close",
		body: "Library to close\nLog in\nValley Ledger\nThe valley's paper since 1998\nTop Stories\nLocal\nPolitics\nSport\n\n" +
			plainStory + "© 2025 Valley Ledger. All rights reserved.\n",
		gone: []string{"Log in", "Valley Ledger", "Top Stories"},
		kept: []string{"Library to close"},
	}, {
		// Under a wire's name the story follows, not a menu: the name
		// stays, and so does the line over it.
		name: "a wire credit under the headline, the notice naming the wire",
		body: "Library to close on Sundays\nAFP\nParis, 14 May\n\n" + plainStory + "© AFP\n",
		kept: []string{"Library to close on Sundays\nAFP\nParis, 14 May"},
	}})
}

// TestRegisteredName: the name a Russian registration notice gives the
// outlet at its line's opening, in quotation marks.
func TestRegisteredName(t *testing.T) {
	tests := []struct {
		line, name string
		ok         bool
	}{
		{"Сетевое издание «Ҡыҙылъяр таңы» (kyzylyar-tany.example). Зарегистрировано …", "Ҡыҙылъяр таңы", true},
		{"СМИ «Северная звезда» зарегистрировано Роскомнадзором.", "Северная звезда", true},
		{"Средство массовой информации “Вести района”.", "Вести района", true},
		{"Сетевое издание зарегистрировано в июле.", "", false},
		{"Редакция «Северной звезды» сообщила об этом в понедельник.", "", false},
		{"Online edition «Valley Ledger»", "", false},
	}
	for _, tt := range tests {
		name, ok := registeredName(tt.line)
		if name != tt.name || ok != tt.ok {
			t.Errorf("registeredName(%q) = %q, %v; want %q, %v", tt.line, name, ok, tt.name, tt.ok)
		}
	}
}

// TestInnerName: the brand quoted inside a publisher's legal name.
func TestInnerName(t *testing.T) {
	tests := []struct {
		name, want string
		ok         bool
	}{
		{"МАУ «Редакция газеты «Сыалаах сулуһа»", "Сыалаах сулуһа", true},
		{"ООО «Издательский дом «Вечерний город»»", "Вечерний город", true},
		{"АУ „Редакция „Северная звезда“", "Северная звезда", true},
		{"«Коммерсантъ»", "", false}, // the name quoted whole
		{"Valley Ledger", "", false},
		{"ГАУ «Редакция «Очень длинное название нашей районной газеты»»", "", false}, // longer than a masthead
	}
	for _, tt := range tests {
		if got, ok := innerName(tt.name); got != tt.want || ok != tt.ok {
			t.Errorf("innerName(%q) = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

// TestRightToLeftMenu: an Arabic right-to-left theme's header as a
// scraper copies it: the masthead the footer signs, its tagline, the
// menu under the home page's item ("الرئيسية") and the search form
// ("البحث عن: بحث …") go; so do Hebrew and Persian menus under their
// home items, with no footer to confirm the masthead: the home page's
// item alone makes the short lines a menu. The story stays.
func TestRightToLeftMenu(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Arabic theme's menu and search form",
		body: "Tiwizi24\nⵉⵙⴰⵍⵏ ⵙ ⵜⵎⴰⵣⵉⵖⵜ – أخبار بالأمازيغية\nالرئيسية\nأخبار وطنية\nجهات\nثقافة وفنون\nرياضة\nاتصل بنا\nالبحث عن: بحث …\n\n" +
			"إغلاق المكتبة يوم الأحد\n\n" + plainStory + "جميع الحقوق محفوظة © 2025 Tiwizi24 | Fièrement propulsé par WordPress\n",
		gone: []string{"Tiwizi24", "ⵉⵙⴰⵍⵏ ⵙ ⵜⵎⴰⵣⵉⵖⵜ – أخبار بالأمازيغية", "الرئيسية", "أخبار وطنية", "ثقافة وفنون", "البحث عن: بحث …"},
		kept: []string{"إغلاق المكتبة يوم الأحد", "The council voted on Tuesday"},
	}, {
		name: "Hebrew menu",
		body: "חדשות העמק\nכל החדשות מהעמק\nדף הבית\nחדשות\nספורט\nתרבות\nצור קשר\n\nהספרייה תיסגר בימי ראשון\n\n" + plainStory,
		gone: []string{"חדשות העמק", "כל החדשות מהעמק", "דף הבית", "צור קשר"},
		kept: []string{"הספרייה תיסגר בימי ראשון"},
	}, {
		name: "Persian menu",
		body: "اخبار دره\nتازه‌ترین خبرهای دره\nخانه\nسیاسی\nورزشی\nفرهنگی\nتماس با ما\n\nکتابخانه یکشنبه‌ها تعطیل می‌شود\n\n" + plainStory,
		gone: []string{"اخبار دره", "تازه‌ترین خبرهای دره", "خانه", "ورزشی"},
		kept: []string{"کتابخانه یکشنبه‌ها تعطیل می‌شود"},
	}})
}

// TestLongTagline: a tagline in a language that writes its little words
// apart runs past a header's ten words ("Blog ya bana ya Bosanga na
// Kinshasa mpe na mokili mobimba", 11): under the masthead and over the
// site's menu it goes, with the menu and the search form's label. A
// headline of the same length under a masthead has the story under it,
// not a menu, and stays.
func TestLongTagline(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Lingala blog's tagline over its menu",
		body: "Bosanga Elikya\nBlog ya bana ya Bosanga na Kinshasa mpe na mokili mobimba\nMenu\nAccueil\nSango\nLisanga LIBOSA\nBafoto\nContact\nRechercher :\n\n" +
			"Bokolongo: mpela ebomi bato mibale, bato soki 7 000 bafandi libanda\n\n" + plainStory,
		gone: []string{"Bosanga Elikya", "Blog ya bana ya Bosanga na Kinshasa mpe na mokili mobimba", "Menu", "Accueil", "Rechercher :"},
		kept: []string{"Bokolongo: mpela ebomi bato mibale, bato soki 7 000 bafandi libanda", "The council voted on Tuesday"},
	}, {
		name: "Spanish tagline of twelve words over a menu",
		body: "Valle Noticias\nLas noticias de todos los pueblos del valle y de la sierra\nInicio\nRegional\nDeportes\nContacto\n\n" +
			"La biblioteca cerrará los domingos\n\n" + plainStory,
		gone: []string{"Valle Noticias", "Las noticias de todos los pueblos del valle y de la sierra", "Inicio", "Contacto"},
		kept: []string{"La biblioteca cerrará los domingos"},
	}, {
		name: "a headline of eleven words under the masthead",
		body: "Bosanga Elikya\nBokolongo: mpela ebomi bato mibale, bato soki 7 000 bafandi libanda\n\n" + plainStory,
		kept: []string{"Bokolongo: mpela ebomi bato mibale, bato soki 7 000 bafandi libanda", "The council voted on Tuesday"},
	}})
}

// TestOwnerPrefixMasthead: a broadcaster's masthead adds its frequency
// to the name its footer signs with ("Radio Illariy 98.3 FM" over "©
// Radio Illariy"): with the site's menu under it, it is the masthead,
// and the footer's line opening with the name, the station's address
// and studio telephone between the comment form and the copyright
// notice, goes as the site's own voice. A line that opens with the
// owner's name with no menu under it stays, and so does the story's
// sentence naming the station.
func TestOwnerPrefixMasthead(t *testing.T) {
	const contact = "Radio Illariy 98.3 FM – Jr. Lampa 418, Puno. Teléfono de cabina: 051 36 4471"
	const own = "Radio Illariy 98.3 FM broadcast the council's vote live on Tuesday, and listeners called in for two hours."
	runChromeCases(t, []chromeCase{{
		name: "a station's masthead and its footer's contact line",
		body: "Saltar al contenido\nEscuchar en vivo\nRadio Illariy 98.3 FM\nLa voz del altiplano, en quechua y en castellano\nInicio\nRegional\nNacional\nDeportes\nContacto\n\n" +
			"La biblioteca cerrará los domingos\n\n" + plainStory + own + "\n\n" + laterStory + "\n" +
			"Deja un comentario\nTu dirección de correo electrónico no será publicada.\n\n" +
			contact + "\n© Radio Illariy – Todos los derechos reservados. Política de privacidad\n",
		gone: []string{"Radio Illariy 98.3 FM", "La voz del altiplano, en quechua y en castellano", "Inicio", contact},
		kept: []string{"La biblioteca cerrará los domingos", own, "The mayor said"},
	}, {
		name: "the owner's name opening a line with no menu under it",
		body: "The library will close on Sundays after the vote\n\nRadio Illariy 98.3 FM\nPuno, 14 May\n\n" + plainStory + "© Radio Illariy\n",
		kept: []string{"Radio Illariy 98.3 FM\nPuno, 14 May"},
	}})
}

// TestOwnerPrefix: the copyright notice's owner that a short line opens
// with, as the line writes it.
func TestOwnerPrefix(t *testing.T) {
	n := pageNames{owners: []string{"Radio Illariy", "Valley Ledger"}}
	tests := []struct {
		line, name string
		ok         bool
	}{
		{"Radio Illariy 98.3 FM", "Radio Illariy", true},
		{"RADIO ILLARIY 98.3", "RADIO ILLARIY", true},
		{"Valley Ledger Online", "Valley Ledger", true},
		{"Radio Illariy", "", false},                                              // the name whole: confirm's
		{"Radio Illariy broadcast the council's vote live on Tuesday", "", false}, // longer than a name
		{"Radio Puno 98.3 FM", "", false},
	}
	for _, tt := range tests {
		name, ok := n.ownerPrefix(tt.line)
		if name != tt.name || ok != tt.ok {
			t.Errorf("ownerPrefix(%q) = %q, %v; want %q, %v", tt.line, name, ok, tt.name, tt.ok)
		}
	}
}

// TestHeaderOverNav: in a plain text whose masthead no name confirms,
// the short lines over the site's navigation in the paragraph under the
// title are its masthead and tagline; a standfirst over no navigation,
// or a paragraph of the story, stays.
func TestHeaderOverNav(t *testing.T) {
	story := "The district council banned fishing on the northern reef for thirty days on Monday after hundreds of dead fish washed ashore near three villages.\n\n" +
		"Fisheries officers took samples from the water and from the fish on Tuesday, and the results are expected within two weeks, the council said.\n"
	runChromeCases(t, []chromeCase{
		{
			name: "a masthead over a trail that lost its separators",
			body: "Tributes paid to former mayor and headteacher\n\nMarrowfield Echo\nHome News Obituaries\nBy Rachel Hebden\n\n" + story,
			gone: []string{"Marrowfield Echo"},
			kept: []string{"Tributes paid to former mayor", "Fisheries officers took samples"},
		},
		{
			name: "a masthead and its tagline over the home page's item",
			body: "Estudante na'in 212 bele lakon ezame\n\nLorosae Informa\nInformasaun foun husi Timor-Leste\nBeranda\n\n" + story,
			gone: []string{"Lorosae Informa", "Informasaun foun husi Timor-Leste"},
			kept: []string{"Estudante na'in 212 bele lakon ezame"},
		},
		{
			name: "an association's masthead in its legal form over a menu one item a line and a trail",
			body: "Domizniske towarstwo Lipinčicy z. t.\nHeimatverein Lippinschütz e. V.\nStart\nWo nas\nDomizniska stwa\nTerminy\nKontakt\n" +
				"Sie befinden sich hier: Start › Powěsćowy list\n\nPo wohenju w Lipinčicach: towarstwo pyta nowe městno\n\n" + story,
			gone: []string{"Heimatverein Lippinschütz e. V.", "Domizniske towarstwo Lipinčicy z. t.", "Wo nas"},
			kept: []string{"Po wohenju w Lipinčicach", "Fisheries officers took samples"},
		},
		{
			name: "a first line ending a sentence over a menu is no header",
			body: "The council met on Monday.\nHome\nNews\nSport\nContact\nBy Rachel Hebden\n\n" + story,
			kept: []string{"The council met on Monday."},
		},
		{
			name: "a standfirst over the story, no navigation",
			body: "Fishing ban on the reef\n\nA month without fishing for three villages\n\n" + story,
			kept: []string{"A month without fishing for three villages"},
		},
		{
			name: "the story's own lines over a home word",
			body: "Fishing ban on the reef\n\n" + story + "\nHome Secretary Visits\nHome News\n",
			kept: []string{"Fisheries officers took samples"},
		},
	})
}

// TestMastheadSiteNames: the masthead the footer confirms becomes the
// article's Meta.SiteNames, the name other outlets credit the page by;
// an unconfirmed first line, and a page naming its site, add none.
func TestMastheadSiteNames(t *testing.T) {
	c := MustClean(t)
	for _, tc := range []struct {
		name, site, body string
		want             []string
	}{
		{"confirmed by the copyright foot", "",
			"Samþykkja\nHafna\n\nFréttasafnið\nAllar fréttir á einum stað\n\nForsíða\nInnlent\nErlent\n\nBókasafninu lokað\n\n" + plainStory + "© Fréttasafnið\n",
			[]string{"Fréttasafnið"}},
		{"a first line no foot confirms", "", "Valley Ledger\n\nLibrary to close on Sundays\n\n" + plainStory, nil},
		{"a page that names its site", "Valley Ledger",
			"Valley Ledger\nNews from around the valley\n\nHome\nNews\nSport\n\nLibrary to close\n\n" + plainStory + "© 2025 Valley Ledger\n", nil},
	} {
		a := &reprint.Article{ID: tc.name, Body: tc.body, Meta: reprint.Meta{Site: tc.site}}
		c.Clean(a)
		if !slices.Equal(a.Meta.SiteNames, tc.want) {
			t.Errorf("%s: SiteNames = %q; want %q", tc.name, a.Meta.SiteNames, tc.want)
		}
	}
}
