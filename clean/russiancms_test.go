package clean

import (
	"testing"
)

// TestRussianCMSScore: the strings of the CMSs Russian regional sites
// share score as chrome alone on their line, whatever language the
// site's own text is in: the accessibility switch, the view count and
// the comment tally, the comment box's log-in prompt, the footer's
// rights and reuse notice, the media registration notice and the cookie
// banner; and a search form's line in any of the languages of
// searchParts. The same words in a story's sentences do not.
func TestRussianCMSScore(t *testing.T) {
	chrome := []struct {
		line, reason string
		want         float64 // decisive lines reach the high threshold; vocabulary, the middle one
	}{
		{"Версия для слабовидящих", ReasonNavigation, DefaultHighThreshold},
		{"Версия сайта для слабовидящих", ReasonNavigation, DefaultHighThreshold},
		{"Обычная версия сайта", ReasonNavigation, DefaultHighThreshold},
		{"Версія для слабозорих", ReasonNavigation, DefaultHighThreshold},
		{"Просмотров: 312", ReasonNavigation, DefaultHighThreshold},
		{"Просмотры: 1 204", ReasonNavigation, DefaultHighThreshold},
		{"Комментарии (0)", ReasonNavigation, DefaultHighThreshold},
		{"12 комментариев", ReasonNavigation, DefaultHighThreshold},
		{"Faamatalaga (0)", ReasonNavigation, DefaultHighThreshold},
		{"Чтобы оставить комментарий, войдите через ВКонтакте или Госуслуги.", ReasonCommentForm, DefaultThreshold},
		{"Для отправки комментария вам необходимо авторизоваться.", ReasonCommentForm, DefaultThreshold},
		{"Все права защищены. При полном или частичном использовании материалов ссылка на сайт обязательна.", ReasonLegal, DefaultThreshold},
		{"Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь на их использование. Согласен", ReasonLegal, DefaultHighThreshold},
		{"Этот сайт использует файлы cookie для улучшения работы. Подробнее", ReasonLegal, DefaultHighThreshold},
		{"Сетевое издание «Северная звезда» (sevzvezda.example). Зарегистрировано Федеральной службой по надзору в сфере связи, " +
			"информационных технологий и массовых коммуникаций (Роскомнадзор). Регистрационный номер Эл № ФС77-81467 от 02.07.2021.", ReasonLegal, DefaultHighThreshold},
		{"Свидетельство о регистрации СМИ ПИ №ТУ02-01234 выдано Управлением Роскомнадзора.", ReasonLegal, DefaultHighThreshold},
		{"Поиск по сайту Найти", ReasonNavigation, DefaultHighThreshold},
		{"Search for: Search", ReasonNavigation, DefaultHighThreshold},
		{"Rechercher… Rechercher", ReasonNavigation, DefaultHighThreshold},
		{"Suche nach: Suchen", ReasonNavigation, DefaultHighThreshold},
		{"Cari untuk: Cari", ReasonNavigation, DefaultHighThreshold},
		{"Cari untuk:", ReasonNavigation, DefaultHighThreshold},
		// A search field's label alone, one word and its colon, as
		// WordPress's widget prints it; the right-to-left themes' forms.
		{"Rechercher :", ReasonNavigation, DefaultHighThreshold},
		{"Buscar:", ReasonNavigation, DefaultHighThreshold},
		{"Поиск:", ReasonNavigation, DefaultHighThreshold},
		{"البحث عن: بحث …", ReasonNavigation, DefaultHighThreshold},
		{"البحث عن:", ReasonNavigation, DefaultHighThreshold},
		{"جستجو برای: جستجو", ReasonNavigation, DefaultHighThreshold},
		{"חיפוש: חפש", ReasonNavigation, DefaultHighThreshold},
		{"Комментариев: 0", ReasonNavigation, DefaultHighThreshold},
		{"Comments: 12", ReasonNavigation, DefaultHighThreshold},
		{"Я согласен на обработку персональных данных", ReasonCommentForm, DefaultHighThreshold},
		{"Я згоден на обробку персональних даних", ReasonCommentForm, DefaultHighThreshold},
		{"Нажимая кнопку «Отправить», вы даёте согласие на обработку персональных данных.", ReasonCommentForm, DefaultThreshold},
		{"Подписной индекс: 50127", ReasonPromo, DefaultHighThreshold},
		{"Подписка на второе полугодие продолжается. Индекс: П4127.", ReasonPromo, DefaultHighThreshold},
		{"Яндекс.Метрика", ReasonNavigation, DefaultHighThreshold},
		{"LiveInternet: показано число просмотров за 24 часа, посетителей за 24 часа и за сегодня", ReasonNavigation, DefaultThreshold},
		// A Telegram post's sign-off in Sakha, its order last: "if you
		// want the republic's news first, subscribe to the channel".
		{"👉 Өрөспүүбүлүкэ сонуннарын бастакынан билээри гыннаххытына, каналга сурутуйуҥ: @sonun_digest", ReasonPromo, DefaultHighThreshold},
	}
	for _, tt := range chrome {
		if got, reason := LineScore(tt.line, "ru"); got < tt.want || reason != tt.reason {
			t.Errorf("LineScore(%q) = %.3f, %q; want ≥ %v, %q", tt.line, got, reason, tt.want, tt.reason)
		}
	}
	story := []string{
		"Пресс-секретарь отказался оставить комментарий журналистам, сославшись на занятость.",
		"Для слабовидящих жителей района в библиотеке открыли отдел книг со шрифтом Брайля.",
		"За неделю видео набрало больше миллиона просмотров, а комментарии под ним пришлось закрыть.",
		"Поиск по сайту министерства не дал никаких результатов, признали в редакции.",
		"Роскомнадзор зарегистрировал новое сетевое издание района в начале июля.",
		"Search teams found the boat on Monday, and rescuers said all three men were alive.",
		"Search and rescue",
		"Cari untuk anak-anak yang hilang dilanjutkan hari ini, kata polisi.",
		"Rechercher les disparus a pris trois jours, a dit le préfet.",
		"Search",
		"البحث عن المفقودين مستمر منذ ثلاثة أيام، قال الدفاع المدني.",
		"بحث الوزير مع رئيس البلدية خطة إعادة فتح المكتبة.",
		"Comments: the minister declined to say more on Monday.",
		"Банк получал согласие на обработку персональных данных у клиентов без их ведома, выяснила прокуратура.",
		"Суд обязал компанию прекратить обработку персональных данных жителей района.",
		"Индекс потребительских цен вырос на 2 процента.",
		"Рост показал индекс 2850",
		"Сервис Яндекс.Метрика показал, что посещаемость сайта мэрии выросла вдвое за неделю после выборов.",
		// The order reported, the post's words going on after it.
		"Бэрэссэдээтэл «каналга сурутуйуҥ» диэн ыҥырда, онтон мунньах саҕаланна.",
	}
	for _, line := range story {
		if got, reason := LineScore(line, "ru"); got >= DefaultThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want < %v", line, got, reason, DefaultThreshold)
		}
	}
}

// TestRussianCMSFooter: a Russian regional paper's foot goes, from the
// comment box to the cookie bar: its registration notice and the
// imprint under it (the founder's label makes it a notice, judged by
// the chrome around it); the story over them stays, and a sentence of
// the story with the rights' words, among the story's lines, too.
func TestRussianCMSFooter(t *testing.T) {
	const registration = "Сетевое издание «Северная звезда» (sevzvezda.example). Зарегистрировано Федеральной службой по надзору в сфере связи, " +
		"информационных технологий и массовых коммуникаций (Роскомнадзор). Регистрационный номер Эл № ФС77-81467 от 02.07.2021."
	const imprint = "Учредитель: АУ Редакция газеты «Северная звезда». Главный редактор: Иванова Г. Р. Адрес редакции: 452960, с. Северное, ул. Советская, 12."
	runChromeCases(t, []chromeCase{{
		name: "the foot under the story",
		body: plainStory + "Комментарии (0)\nЧтобы оставить комментарий, войдите через ВКонтакте или Госуслуги.\nОтправить\n\n" +
			registration + "\n" + imprint + "\n" +
			"Все права защищены. При полном или частичном использовании материалов ссылка на сайт обязательна.\n18+\n\n" +
			"Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь на их использование. Согласен\n",
		gone: []string{"Комментарии (0)", "Чтобы оставить комментарий, войдите через ВКонтакте или Госуслуги.", "Отправить",
			registration, imprint, "Все права защищены. При полном или частичном использовании материалов ссылка на сайт обязательна."},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "the imprint's label among the story's lines",
		body: plainStory + "Учредитель: городская администрация, сообщили в мэрии.\n\n" + laterStory,
		kept: []string{"Учредитель: городская администрация"},
	}, {
		name: "the rights' words among the story's lines",
		body: plainStory + "Все права защищены законом, напомнил юрист в суде.\n\n" + laterStory,
		kept: []string{"Все права защищены законом"},
	}})
}

// TestRussianCMSSidebar: a Russian regional paper's page as a
// scraper copies it, from the comment form to the counters: the form's
// personal-data consent, its button, the sidebar's latest titles under
// a heading in the site's own language (Sakha "Саҥа сонуннар"), the
// subscription box with its index, the publisher's notice and the
// visitor counters all go; the story stays.
func TestRussianCMSSidebar(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "the foot of a Sakha paper's page",
		body: "Сыалаах сулуһа\n\n" + plainStory + "Оставить комментарий\nВаше имя *\nТекст комментария *\nЯ согласен на обработку персональных данных\nОтправить\n" +
			"Саҥа сонуннар\nУлуустааҕы олимпиада түмүктэннэ\nОттук маһын бэлэмнээһин туһунан\nПодписка на газету\n" +
			"Хаһыакка 2026 сыл бастакы аҥарыгар суруттарыы барар. Индекс: П4127.\n" +
			"© 2025 МАУ «Редакция газеты «Сыалаах сулуһа». Все права защищены.\n" +
			"LiveInternet: показано число просмотров за 24 часа, посетителей за 24 часа и за сегодня\nЯндекс.Метрика\n",
		gone: []string{"Я согласен на обработку персональных данных", "Отправить", "Саҥа сонуннар", "Улуустааҕы олимпиада түмүктэннэ",
			"Подписка на газету", "Хаһыакка 2026 сыл бастакы аҥарыгар суруттарыы барар. Индекс: П4127.",
			"LiveInternet: показано число просмотров за 24 часа, посетителей за 24 часа и за сегодня", "Яндекс.Метрика"},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}})
}

// laterStory is a paragraph of the story that plainStory tells, to set
// after a line under test: plainStory again would repeat its first line,
// which reads as a repeated headline.
const laterStory = "The mayor said the decision was final and that the library would close for good in June.\n"

// TestRussianRelatedList: a Russian CMS's related list, "Ещё по теме"
// (more on the topic, with ё or without) or "Другие новости" (other
// news) over the titles of other stories, goes with its titles under an
// aggregator's excerpt; a Ukrainian "Більше за темою" list too. The same
// heading over a paragraph is the story's subhead and stays.
func TestRussianRelatedList(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "an aggregator's related list",
		body: plainStory + "Источник: Ирон Хабар\n\nЕщё по теме\nМЧС предупреждает о сильных ливнях в горных районах республики\n" +
			"Газификацию трёх горных сёл завершат до конца года\nРеспубликæйы фæндæгтæн ацы аз 1,2 миллиарды сомы бахардз кæндзысты\n\n" +
			"Популярное\nФутбол: владикавказцы одержали третью победу подряд\nТарифы ЖКХ в республике: что изменится с января\n",
		gone: []string{"Ещё по теме", "МЧС предупреждает о сильных ливнях в горных районах республики",
			"Газификацию трёх горных сёл завершат до конца года", "Популярное"},
		kept: []string{"The council voted on Tuesday", "Источник: Ирон Хабар"},
	}, {
		name: "without ё, and Ukrainian",
		body: plainStory + "Еще по теме\nБиблиотеку закроют по воскресеньям\nШкола откроется в сентябре\n\n" +
			"Більше за темою\nБібліотеку закриють у неділю\nШкола відкриється у вересні\n",
		gone: []string{"Еще по теме", "Школа откроется в сентябре", "Більше за темою", "Школа відкриється у вересні"},
		kept: []string{"Officials said the building"},
	}, {
		name: "the heading over a paragraph",
		body: plainStory + "Другие новости\n\nВ тот же день депутаты обсудили ремонт школы и решили выделить на него два миллиона рублей из резерва.\n\n" + laterStory,
		kept: []string{"Другие новости", "В тот же день депутаты"},
	}})
}
