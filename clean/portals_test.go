package clean

import (
	"testing"
)

// TestPortalVocabulary: the furniture words of Faroese, Kurmanji,
// Turkish-locale WordPress and Uyghur portals, and the save-for-later
// and inbox phrases of any page, score as chrome alone on their line;
// the same words in a story's sentence do not.
func TestPortalVocabulary(t *testing.T) {
	chrome := []struct{ line, reason string }{
		{"Save story", ReasonShare},
		{"Save for later", ReasonShare},
		{"Für später speichern", ReasonShare},
		{"Deil · Goym til seinni", ReasonShare},
		{"Start your day with the top stories, delivered to your inbox every weekday.", ReasonPromo},
		{"Fleiri tíðindi", ReasonPromo},
		{"Önceki yazı", ReasonNavigation},
		{"Sonraki yazı", ReasonNavigation},
		{"Bir dahaki sefere yorum yaptığımda kullanılmak üzere adımı, e-posta adresimi ve web site adresimi bu tarayıcıya kaydet.", ReasonCommentForm},
		{"Derbarê me | Têkilî | Gizlilik Politikası", ReasonNavigation},
		{"Nivîskar: Desteya Nûçeyan · 5 deqîqe xwendin", ReasonNavigation},
		{"مەسئۇل مۇھەررىر: دىلنۇر ئابلىز", ReasonNavigation},
		{"ھەمبەھىرلەش: ئۈندىدار ۋېيبو QQ ئۇلانمىنى كۆچۈرۈش", ReasonShare},
		{"مۇناسىۋەتلىك خەۋەرلەر", ReasonPromo},
		{"ئەڭ كۆپ كۆرۈلگەن", ReasonPromo},
		{"ئىككىلىك كودنى سىكانىرلاپ ئەپنى چۈشۈرۈڭ، خەۋەرلەرنى ھەممىدىن بۇرۇن ئوقۇڭ.", ReasonPromo},
	}
	for _, tt := range chrome {
		if got, reason := LineScore(tt.line, "en"); got < DefaultThreshold || reason != tt.reason {
			t.Errorf("LineScore(%q) = %.3f, %q; want ≥ %v, %q", tt.line, got, reason, DefaultThreshold, tt.reason)
		}
	}
	story := []string{
		"Families were told to save for later years, when the cost of care rises, the minister said on Tuesday.",
		"Scammers send fake invoices straight to your inbox, and the police say the number of victims doubled this year.",
		"Fólk savnaðust á einum stað við havnina, har bátarnir lógu, sigur løgreglan.",
		"Önceki yazı dizisinde belediyenin bütçesini inceleyen gazeteci, yeni belgeleri dün yayımladı.",
		"Gundiyan got ku ew ê 5 deqîqe li benda xwendina daxuyaniyê bimînin, lê kes nehat.",
		"ناھىيىلىك ھۆكۈمەت ئۇچۇر ھەمبەھىرلەش سۇپىسىنى ئىشقا كىرىشتۈردى.",
		"ئاھالىلەرنى بىخەتەر جايغا كۆچۈرۈش خىزمىتى كېچىچە داۋاملاشتى.",
		"دېھقانلار يېڭى ئەپنى چۈشۈرۈپ، ھاۋارايى مەلۇماتىنى ۋاقتىدا ئالالايدىغان بولدى.",
	}
	for _, line := range story {
		if got, reason := LineScore(line, "en"); got >= DefaultThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want < %v", line, got, reason, DefaultThreshold)
		}
	}
}

// TestPortalFurniture: the same portals' furniture goes in place: an
// aggregator's share bar, its more-news list and its tagline under the
// story; a Turkish-locale WordPress page's Jetpack list (İlgili) and
// comment form; a Uyghur portal's editor line, share row, reuse notice,
// related and most-viewed lists and app box. The lists' words in a
// story's lines stay.
func TestPortalFurniture(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Faroese aggregator's foot",
		body: plainStory + "Deil · Goym til seinni\n\nFleiri tíðindi\nHavnar Sjúkrahús fær nýggja skannara\nHeimaliðið vann seinasta dystin 2-0\n" +
			"Oljuprísurin hækkar aftur hjá bilistum\n\nTíðindayvirlit – øll føroysk tíðindi á einum stað\n",
		gone: []string{"Deil · Goym til seinni", "Fleiri tíðindi", "Havnar Sjúkrahús fær nýggja skannara",
			"Oljuprísurin hækkar aftur hjá bilistum", "Tíðindayvirlit – øll føroysk tíðindi á einum stað"},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "Turkish Jetpack list and comment form",
		body: plainStory + "Bunu paylaş:\nFacebook\nX\n\nİlgili\nJi bo kêmkirina fatûreya elektrîkê 10 rêbazên hêsan\nXewnên ku herî zêde tên dîtin û wateyên wan\n\n" +
			"Bir yanıt yazın Yanıtı iptal et\nE-posta adresiniz yayınlanmayacak. Gerekli alanlar * ile işaretlenmişlerdir\nYorum *\nAd *\nİnternet sitesi\n" +
			"Bir dahaki sefere yorum yaptığımda kullanılmak üzere adımı, e-posta adresimi ve web site adresimi bu tarayıcıya kaydet.\nYorum gönder\n",
		gone: []string{"İlgili", "Xewnên ku herî zêde tên dîtin û wateyên wan",
			"Bir dahaki sefere yorum yaptığımda kullanılmak üzere adımı, e-posta adresimi ve web site adresimi bu tarayıcıya kaydet."},
	}, {
		name: "Uyghur portal's foot",
		body: plainStory + "مەنبە: شىنخۇا ئاگېنتلىقى\nمەسئۇل مۇھەررىر: دىلنۇر ئابلىز\nھەمبەھىرلەش: ئۈندىدار ۋېيبو QQ ئۇلانمىنى كۆچۈرۈش\n" +
			"ئەسكەرتىش: تورىمىزنىڭ رۇخسىتىسىز بۇ تور بېكەتتىكى ماقالە ۋە سۈرەتلەرنى كۆچۈرۈپ ئىشلىتىشكە بولمايدۇ.\n\n" +
			"مۇناسىۋەتلىك خەۋەرلەر\nئاقسۇ دەرياسى ۋادىسىدا ئۆرۈك ھوسۇلى يىغىۋېلىنىشقا باشلىدى\nئاپتونوم رايوندا يازلىق ساياھەت پەسلى باشلاندى\n\n" +
			"ئەڭ كۆپ كۆرۈلگەن\nئۈرۈمچىدە يېڭى مېترو لىنىيىسى سىناق يۈرۈشكە باشلايدۇ\nقەشقەر كونا شەھىرىدە مەدەنىيەت كەچلىكى ئۆتكۈزۈلدى\n" +
			"ئىككىلىك كودنى سىكانىرلاپ ئەپنى چۈشۈرۈڭ، خەۋەرلەرنى ھەممىدىن بۇرۇن ئوقۇڭ.\n",
		gone: []string{"مەسئۇل مۇھەررىر: دىلنۇر ئابلىز", "ھەمبەھىرلەش: ئۈندىدار ۋېيبو QQ ئۇلانمىنى كۆچۈرۈش",
			"ئەسكەرتىش: تورىمىزنىڭ رۇخسىتىسىز بۇ تور بېكەتتىكى ماقالە ۋە سۈرەتلەرنى كۆچۈرۈپ ئىشلىتىشكە بولمايدۇ.",
			"مۇناسىۋەتلىك خەۋەرلەر", "ئاقسۇ دەرياسى ۋادىسىدا ئۆرۈك ھوسۇلى يىغىۋېلىنىشقا باشلىدى", "ئەڭ كۆپ كۆرۈلگەن",
			"ئىككىلىك كودنى سىكانىرلاپ ئەپنى چۈشۈرۈڭ، خەۋەرلەرنى ھەممىدىن بۇرۇن ئوقۇڭ."},
		kept: []string{"مەنبە: شىنخۇا ئاگېنتلىقى"},
	}, {
		// The labels' words inside the story: a subhead with "in one
		// place" and a sentence about related news stand between the
		// story's paragraphs.
		name: "the words between story lines",
		body: plainStory + "Øll á einum stað\n\n" + plainStory +
			"مۇناسىۋەتلىك خەۋەرلەرگە قارىغاندا، ناھىيىدە يەنە ئۈچ كۆۋرۈك ئوڭشىلىدۇ.\n\n" + plainStory,
		kept: []string{"Øll á einum stað", "مۇناسىۋەتلىك خەۋەرلەرگە قارىغاندا"},
	}})
}

// TestTightListQuestions: under a list label set in its own paragraph, a
// question is a listed title, as a sidebar's recent posts ask; a question
// answered right under it is the story's, list label or not.
func TestTightListQuestions(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Kurmanji recent posts opening with a question",
		body: plainStory + "Nivîsên Dawî\nBuhayê zêr îro: li bazarê çi diqewime?\nRêbera tevahî ya serlêdana pasaportê\n5 xwarinên ku pergala berevaniya laş xurt dikin\n",
		gone: []string{"Nivîsên Dawî", "Buhayê zêr îro: li bazarê çi diqewime?", "Rêbera tevahî ya serlêdana pasaportê"},
	}, {
		name: "English recent posts, questions among titles",
		body: plainStory + "Recent Posts\nWhat will the new library cost?\nCouncil approves the budget\nWho pays for the bridge?\n\n" + plainStory,
		gone: []string{"Recent Posts", "What will the new library cost?", "Council approves the budget", "Who pays for the bridge?"},
	}, {
		name: "a question answered under a label",
		body: plainStory + "Related\nWhat did the council decide?\nIt voted to close the library and move the books to the school.\n\n" + plainStory,
		kept: []string{"What did the council decide?", "It voted to close the library"},
	}, {
		name: "an FAQ under its heading",
		body: plainStory + "Pirsên ku pir tên pirsîn\nRêya Bêlîsorê kengî dê were vekirin?\nRayedar dibêjin ku rê di nav çend rojan de dê were vekirin.\n\n" + plainStory,
		kept: []string{"Rêya Bêlîsorê kengî dê were vekirin?"},
	}})
}

// TestPostNav: a post's navigation link, its label and the linked
// post's title, is navigation in the themes' and portals' languages,
// with a colon after the label or none (wPostNav); a sentence opening
// with the same words is not.
func TestPostNav(t *testing.T) {
	links := []string{
		"Next article: Council approves the new budget",
		"Previous Post Council approves the new budget",
		"Article précédent Le maire inaugure la médiathèque",
		"Önceki yazı Buhayê zêr îro: li bazarê çi diqewime?",
		"Sonraki yazı Rêbera tevahî ya serlêdana pasaportê",
		"ئالدىنقى ماقالە: ناھىيىمىزدە يازلىق بۇغداي ئورۇش خىزمىتى باشلاندى",
		"كېيىنكى ماقالە: ناھىيىلىك دوختۇرخانا يېزىلاردا ھەقسىز داۋالاش پائالىيىتى ئۆتكۈزدى",
		"上一篇：县城新建图书馆正式开放",
		"Следующая статья",
	}
	for _, l := range links {
		if got, reason := LineScore(l, "en"); got < DefaultHighThreshold || reason != ReasonNavigation {
			t.Errorf("LineScore(%q) = %.3f, %q; want ≥ %v, %q", l, got, reason, DefaultHighThreshold, ReasonNavigation)
		}
	}
	prose := []string{
		"Previous post: he was ambassador to France until 2019, when the president recalled him.",
		"Next article of the law says the council must vote twice, the court found on Monday.",
		"Önceki yazı dizisinde belediyenin bütçesini inceleyen gazeteci, yeni belgeleri dün yayımladı.",
	}
	for _, l := range prose {
		if got, reason := LineScore(l, "en"); got >= DefaultThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want < %v", l, got, reason, DefaultThreshold)
		}
	}
	runChromeCases(t, []chromeCase{{
		name: "a county portal's previous and next links under the story",
		body: plainStory + "ئالدىنقى ماقالە: ناھىيىمىزدە يازلىق بۇغداي ئورۇش خىزمىتى باشلاندى\n\nكېيىنكى ماقالە: ناھىيىلىك دوختۇرخانا يېزىلاردا ھەقسىز داۋالاش پائالىيىتى ئۆتكۈزدى\n",
		gone: []string{"ئالدىنقى ماقالە: ناھىيىمىزدە يازلىق بۇغداي ئورۇش خىزمىتى باشلاندى",
			"كېيىنكى ماقالە: ناھىيىلىك دوختۇرخانا يېزىلاردا ھەقسىز داۋالاش پائالىيىتى ئۆتكۈزدى"},
	}})
}

// TestShareRowMail: a share row on one line may end in the e-mail
// button, which the vocabulary files under the comment form; a line
// with other words after the label is no row.
func TestShareRowMail(t *testing.T) {
	rows := []string{
		"Faasoa lenei tala: Facebook WhatsApp X Email",
		"Share: Facebook X Email",
		"Partager : Facebook X E-mail",
	}
	for _, l := range rows {
		if got, reason := LineScore(l, "en"); got < DefaultHighThreshold || reason != ReasonShare {
			t.Errorf("LineScore(%q) = %.3f, %q; want ≥ %v, %q", l, got, reason, DefaultHighThreshold, ReasonShare)
		}
	}
	prose := []string{
		"Shared: the email from the mayor reached Facebook groups within an hour.",
		"Contact: Email the newsroom with your questions about the vote.",
	}
	for _, l := range prose {
		if got, reason := LineScore(l, "en"); got >= DefaultThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want < %v", l, got, reason, DefaultThreshold)
		}
	}
}

// TestSamoanFoot: a Samoan paper's read-also box (Faitau foʻi, with the
// ʻokina or without) goes with its titles, and its comment tally
// (Faamatalaga (0)) with the comment form; the source line over them
// stays.
func TestSamoanFoot(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "read also and the comments",
		body: plainStory + "Puna o le tala: Leo Samoa TV\n\nFaitau foi:\nUa toe tatala le maketi o Salelologa\n" +
			"Fono a le Malo: Ua pasia le tulafono fou o auala\nTaʻaloga: Ua filifilia le au soka a Samoa\n\n" +
			"Faamatalaga (0)\nLeave a Reply\nYour email address will not be published. Required fields are marked *\n",
		gone: []string{"Faitau foi:", "Ua toe tatala le maketi o Salelologa", "Fono a le Malo: Ua pasia le tulafono fou o auala",
			"Faamatalaga (0)"},
		kept: []string{"Puna o le tala: Leo Samoa TV", "The council voted on Tuesday"},
	}, {
		name: "read also with the ʻokina over one title",
		body: plainStory + "Faitau foʻi:\nUa toe tatala le maketi o Salelologa\n\n" + laterStory,
		gone: []string{"Faitau foʻi:"},
		kept: []string{"The mayor said the decision was final"},
	}})
}

// TestRelatedQuestion: Jetpack's related posts under their heading go
// whole when a title asks a question, its context line under it ("Dans
// « Endro »"), and so does the last context line over the post's line
// ("Publié par …"), which is no post's title; a question of the story
// with prose under it stays.
func TestRelatedQuestion(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "a question among the related posts",
		body: plainStory + "Articles similaires\nBagoù pesketa Kastell-Paol: ar c’hwotaoù nevez\nDans « Keleier »\n" +
			"Algennoù glas: petra a vez graet evit gwareziñ an aodoù?\nDans « Endro »\nKan ha diskan e Plouneour\nDans « Sonerezh »\n\n" +
			"Publié par goulc’han\n",
		gone: []string{"Bagoù pesketa Kastell-Paol: ar c’hwotaoù nevez", "Dans « Keleier »",
			"Algennoù glas: petra a vez graet evit gwareziñ an aodoù?", "Dans « Endro »", "Dans « Sonerezh »"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "a question of the story",
		body: plainStory + "Who will pay for the repairs?\n\n" + laterStory,
		kept: []string{"Who will pay for the repairs?"},
	}})
}

// TestAppPromo: an app's promotion ("download the app") is chrome-leaning
// alone on its line, and goes beside the page's chrome; a sentence of
// the story with the same words is not.
func TestAppPromo(t *testing.T) {
	const promo = "Get StormWatch alerts on your phone – download the app"
	if got, reason := LineScore(promo, "en"); got < DefaultThreshold || reason != ReasonPromo {
		t.Errorf("LineScore(%q) = %.3f, %q; want ≥ %v, %q", promo, got, reason, DefaultThreshold, ReasonPromo)
	}
	const story = "Farmers can download the app from the council's website, officials said on Tuesday."
	if got, reason := LineScore(story, "en"); got >= DefaultThreshold {
		t.Errorf("LineScore(%q) = %.3f, %q; want < %v", story, got, reason, DefaultThreshold)
	}
	runChromeCases(t, []chromeCase{{
		name: "under the tags",
		body: plainStory + "Tags: weather, storms, Kerrow\n\n" + promo + "\n",
		gone: []string{promo},
	}, {
		name: "the story's sentence among its lines",
		body: plainStory + story + "\n\n" + laterStory,
		kept: []string{story},
	}})
}
