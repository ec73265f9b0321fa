package clean

import "testing"

// TestConsentSitePlaced: a Turkish consent banner that opens with its
// purpose and names the site after it, in the first person's locative
// ("… için sitemizde çerezler kullanıyoruz"), is decisive legal chrome,
// as a banner opening with the site is (sitePlaced); a story's sentence
// about another site's cookies, or a banner's words past the first
// sentence, is not.
func TestConsentSitePlaced(t *testing.T) {
	for _, line := range []string{
		"Size daha iyi hizmet sunabilmek için sitemizde çerezler kullanıyoruz. Sitemizi kullanmaya devam ederek çerez kullanımını kabul etmiş olursunuz. Tamam",
		"Deneyiminizi iyileştirmek amacıyla web sitemizde çerezler kullanılmaktadır. Kabul et",
	} {
		if got, reason := LineScore(line, "tr"); got < DefaultHighThreshold || reason != ReasonLegal {
			t.Errorf("LineScore(%q) = %.3f, %q; want ≥ %v, %q", line, got, reason, DefaultHighThreshold, ReasonLegal)
		}
	}
	for _, line := range []string{
		// "The authority fined the company whose site uses cookies
		// without consent": the site in the third person.
		"Kurum, sitesinde izinsiz çerezler kullanan şirkete 2 milyon lira ceza verdi.",
		// The fire first; the site's place and cookies only in the
		// second sentence.
		"Yangın akşam saatlerinde kontrol altına alındı. Sitemizde çerezler kullanılmaktadır.",
	} {
		if got, reason := LineScore(line, "tr"); got >= DefaultHighThreshold && reason == ReasonLegal {
			t.Errorf("LineScore(%q) = %.3f, %q; want < %v or not %q", line, got, reason, DefaultHighThreshold, ReasonLegal)
		}
	}
}

// TestFollowOrderTurkish: the order to follow the site on a network
// that closes a Turkish clause with a noun and its auxiliary ("…
// Google News'te takip edin,", "… YouTube kanalımıza abone olun!") is
// promo chrome; a story's clause that reports following, or quotes the
// order inside a longer clause, stays.
func TestFollowOrderTurkish(t *testing.T) {
	for _, line := range []string{
		"Kent Postası'nı Google News'te takip edin, son dakika gelişmelerini kaçırmayın.",
		"Bizi Instagram'dan takip edin!",
		"Güncel videolar için YouTube kanalımıza abone olun.",
	} {
		if got, _ := LineScore(line, "tr"); got < DefaultHighThreshold {
			t.Errorf("LineScore(%q) = %.3f; want ≥ %v", line, got, DefaultHighThreshold)
		}
	}
	for _, line := range []string{
		"Vatandaşlar yangını saatlerce sosyal medyadan ve Twitter'dan takip etti, yetkililer ise sakin olunması çağrısında bulundu.",
		"\"Gelişmeleri Twitter'dan takip edin\" diyen vali, köylülerin sabaha kadar okulda kalacağını söyledi.",
	} {
		if got, _ := LineScore(line, "tr"); got >= DefaultThreshold {
			t.Errorf("LineScore(%q) = %.3f; want < %v", line, got, DefaultThreshold)
		}
	}
}

// turkishStory is two paragraphs of an invented Turkish story.
const turkishStory = "Kentin batısındaki ormanlık alanda öğle saatlerinde çıkan yangın, yaklaşık beş saat süren çalışmaların ardından kontrol altına alındı.\n\n" +
	"Yangına iki helikopter ve on dört arazöz müdahale etti, tedbir amacıyla tahliye edilen otuz kişi akşam saatlerinde evlerine döndü.\n\n"

// TestTurkishPortalTail: a scrape of a Turkish portal's page keeps its
// furniture under the story: the tags line, the order to follow the
// site on Google News, the related box's heading ("İlginizi
// Çekebilir") with its titles, the newsletter box, the comment form's
// moderation note and the footer's links. They go; the story stays,
// and so does a story's sentence about an editor's approval.
func TestTurkishPortalTail(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "portal tail",
		body: turkishStory +
			"Etiketler: orman yangını, helikopter, tahliye\n" +
			"Kent Postası'nı Google News'te takip edin, son dakika gelişmelerini kaçırmayın.\n\n" +
			"İlginizi Çekebilir\nAsgari ücrete ara zam gelecek mi? Bakan açıkladı\nSahil yolunda çalışma başlıyor\nHafta sonu hava nasıl olacak?\n\n" +
			"Yorum Yap\nYorumunuz editör onayından sonra yayınlanacaktır.\nGönder\n\n" +
			"Hakkımızda Künye İletişim Gizlilik Sözleşmesi Çerez Politikası\n" +
			"Kent Postası © 2025. Tüm hakları saklıdır.\n",
		gone: []string{"Etiketler: orman yangını, helikopter, tahliye",
			"Kent Postası'nı Google News'te takip edin, son dakika gelişmelerini kaçırmayın.",
			"İlginizi Çekebilir", "Asgari ücrete ara zam gelecek mi? Bakan açıkladı",
			"Yorumunuz editör onayından sonra yayınlanacaktır.",
			"Hakkımızda Künye İletişim Gizlilik Sözleşmesi Çerez Politikası"},
		kept: []string{"Kentin batısındaki ormanlık alanda", "Yangına iki helikopter"},
	}, {
		name: "editor's approval in a story",
		body: turkishStory +
			"Gazetenin yayın ilkelerine göre her haber, yayımlanmadan önce editör onayından geçiyor ve bu süreç ortalama yarım saat sürüyor, dedi genel yayın yönetmeni Ayşe Demir.\n\n" +
			turkishStory,
		kept: []string{"editör onayından geçiyor"},
	}})
}

// croatianStory is two paragraphs of an invented Croatian story.
const croatianStory = "Vatrogasci su u četvrtak ujutro lokalizirali požar koji je od srijede bjesnio na brdu iznad sela, a nitko od mještana nije stradao.\n\n" +
	"Vatra je zahvatila oko dvjesto hektara borove šume i makije, a na terenu je bilo šezdeset vatrogasaca s dvadeset vozila.\n\n"

// TestCroatianAppealAndRules: a Croatian portal's donation appeal set
// as one line under the story ("Podržite lokalno novinarstvo! …") and
// its comment rules ("Molimo da komentirate pristojno. …") go; a
// story's sentences about local journalism and offensive comments,
// which report and do not ask, stay.
func TestCroatianAppealAndRules(t *testing.T) {
	appeal := "Podržite lokalno novinarstvo! Gradski portal je neovisni medij. Uplatom bilo kojeg iznosa pomažete nam da i dalje izvještavamo. Podrži nas"
	rules := "Molimo da komentirate pristojno. Uvredljivi komentari bit će obrisani."
	runChromeCases(t, []chromeCase{{
		name: "appeal and comment rules",
		body: croatianStory + appeal + "\n\nKomentari (4)\n" + rules + "\n",
		gone: []string{appeal, rules},
		kept: []string{"Vatrogasci su u četvrtak", "Vatra je zahvatila"},
	}, {
		name: "story about journalism and comments",
		body: croatianStory +
			"Udruga novinara pozvala je građane da kupnjom novina podrže lokalno novinarstvo, rekao je predsjednik udruge Ivan Horvat na konferenciji u srijedu.\n\n" +
			"Gradonačelnik je rekao da su uvredljivi komentari na društvenim mrežama postali ozbiljan problem za lokalne političare i njihove obitelji, te najavio prijave policiji.\n\n" +
			croatianStory,
		kept: []string{"podrže lokalno novinarstvo", "uvredljivi komentari na društvenim mrežama"},
	}})
}

// TestTelegramCroatian: a Croatian Telegram capture's header (the
// subscriber count "pretplatnika"), its buttons, the views with their
// thousands word and edit mark ("👁 4,7 tis. uređeno 15:06") and the
// comments' count go; the post stays, and so does a post's sentence
// asking readers to join a clean-up.
func TestTelegramCroatian(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"18 342 pretplatnika", true},
		{"12,4 tis. pretplatnika", true},
		{"2 150 članova", true},
		{"Kanal ima 18 342 pretplatnika", false},
	} {
		if got := telegramSubscribers(tt.line); got != tt.want {
			t.Errorf("telegramSubscribers(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"👁 4,7 tis.  uređeno  15:06", true},
		{"12,1 hilj. pregleda", true},
		{"uređeno 15:06", false},
	} {
		if got := telegramViews(tt.line); got != tt.want {
			t.Errorf("telegramViews(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	post := "Stanovnici sela proživjeli su noć punu straha nakon što se šumski požar spustio gotovo do samih kuća, ali nitko nije stradao."
	call := "Pridružite se akciji čišćenja opožarenog područja u subotu u 9 sati, poručili su organizatori iz mjesne udruge."
	runChromeCases(t, []chromeCase{{
		name: "channel capture",
		body: "Vijesti s otoka – Telegram\nVijesti s otoka\n@vijestisotoka\n7 914 pretplatnika\nPogledaj u Telegramu\n\n" +
			post + "\n\n" + call + "\n\n" +
			"👁 4,7 tis.  uređeno  15:06\nKomentari: 12\n\n" +
			"Preuzmi Telegram\nAko već imate Telegram, ovaj kanal možete odmah otvoriti.\nOtvori u aplikaciji\n",
		gone: []string{"7 914 pretplatnika", "Pogledaj u Telegramu", "👁 4,7 tis.  uređeno  15:06", "Komentari: 12",
			"Preuzmi Telegram", "Otvori u aplikaciji"},
		kept: []string{post, call},
	}})
}

// TestFrenchCommentGate: a French paper's gate over its comments
// ("Connectez-vous pour réagir à cet article", "Identifiez-vous pour
// commenter") goes under the story; a story's sentence that quotes the
// gate inside a longer sentence stays.
func TestFrenchCommentGate(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "gate under the comments' heading",
		body: plainStory + "Commentaires (3)\nConnectez-vous pour réagir à cet article.\n",
		gone: []string{"Connectez-vous pour réagir à cet article."},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "gate alone at the end",
		body: plainStory + "Identifiez-vous pour commenter\n",
		gone: []string{"Identifiez-vous pour commenter"},
	}, {
		name: "gate quoted in a story",
		body: plainStory +
			"« Connectez-vous pour réagir », lit-on désormais sous chaque article du quotidien, une mesure que la rédaction justifie par la multiplication des messages haineux depuis le printemps.\n\n" +
			plainStory,
		kept: []string{"lit-on désormais sous chaque article"},
	}})
}
