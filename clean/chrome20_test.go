package clean

import (
	"testing"

	"github.com/reprint/reprint/analysis"
)

// TestBloggerFurniture: Blogger's template strings under a post, in the
// blog's locale (English, Indonesian, Portuguese), go; the same verbs
// in a story's sentences stay.
func TestBloggerFurniture(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "English Blogger footer",
		body: plainStory + "Posted by Valley Notes\nEmail This\nBlogThis!\nShare to X\nShare to Facebook\nShare to Pinterest\n\n" +
			"No comments:\nPost a Comment\n\nNewer Post Older Post Home\nSubscribe to: Post Comments (Atom)\n\nBlog Archive\nReport Abuse\nSimple theme. Powered by Blogger.\n",
		gone: []string{"Email This", "BlogThis!", "Share to Facebook", "No comments:", "Newer Post Older Post Home",
			"Subscribe to: Post Comments (Atom)", "Report Abuse", "Simple theme. Powered by Blogger."},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "Indonesian Blogger footer",
		body: plainStory + "Diposting oleh Kabar Desa\nKirimkan Ini lewat Email\nBlogThis!\nBerbagi ke X\nBerbagi ke Facebook\nBagikan ke Pinterest\n\n" +
			"Tidak ada komentar:\nPosting Komentar\n\nPosting Lebih Baru Posting Lama Beranda\nLangganan: Posting Komentar (Atom)\n\n" +
			"Arsip Blog\nLaporkan Penyalahgunaan\nTema Sederhana. Diberdayakan oleh Blogger.\n",
		gone: []string{"Diposting oleh Kabar Desa", "Kirimkan Ini lewat Email", "Berbagi ke Facebook", "Bagikan ke Pinterest",
			"Tidak ada komentar:", "Posting Lebih Baru Posting Lama Beranda", "Langganan: Posting Komentar (Atom)",
			"Laporkan Penyalahgunaan", "Tema Sederhana. Diberdayakan oleh Blogger."},
	}, {
		name: "Portuguese Blogger footer",
		body: plainStory + "Postado por Notícias da Serra\nEnviar por e-mail\nPostar no blog!\nCompartilhar no X\nCompartilhar no Facebook\n\n" +
			"Nenhum comentário:\nPostar um comentário\n\nPostagem mais recente Postagem mais antiga Página inicial\n" +
			"Arquivo do blog\nDenunciar abuso\nTecnologia do Blogger.\n",
		gone: []string{"Compartilhar no Facebook", "Nenhum comentário:", "Postar um comentário",
			"Postagem mais recente Postagem mais antiga Página inicial", "Denunciar abuso", "Tecnologia do Blogger."},
	}, {
		name: "the same words in sentences",
		body: plainStory + "Warga berbagi ke tetangga mereka air bersih dari sumur desa sejak Senin pagi, kata kepala desa kepada wartawan.\n\n" +
			"The union said there were no comments from members before the vote, and that it would report abuse of the rules to the board.\n\n" +
			plainStory,
		kept: []string{"Warga berbagi ke tetangga", "there were no comments from members"},
	}})
}

// TestTwoScriptChrome: on a Serbian portal printed in Latin, the
// WordPress comment form in the sr_RS locale's Cyrillic goes, read in
// Latin (cyrillicChrome); the portal's cookie bar, its latest-news
// widget and follow line go by their Serbian words.
func TestTwoScriptChrome(t *testing.T) {
	story := "Više od hiljadu stanovnika ostalo je bez struje u utorak uveče, kada je oluja oborila dalekovod kod sela, kako javlja agencija.\n\n" +
		"Ekipe elektrodistribucije rade na terenu, a struja bi trebalo da se vrati do srede ujutru, rekao je direktor preduzeća.\n\n"
	runChromeCases(t, []chromeCase{{
		name: "Cyrillic comment form under a Latin story",
		body: story + "Leave a Comment\nВаша адреса е-поште неће бити објављена. Неопходна поља су означена *\n" +
			"Сачувај моје име, е-пошту и веб-сајт у овом прегледачу за следећи пут када будем коментарисао.\nОбјави коментар\n",
		gone: []string{"Leave a Comment", "Ваша адреса е-поште неће бити објављена. Неопходна поља су означена *",
			"Сачувај моје име, е-пошту и веб-сајт у овом прегледачу за следећи пут када будем коментарисао.", "Објави коментар"},
		kept: []string{"Više od hiljadu stanovnika", "rekao je direktor preduzeća"},
	}, {
		name: "latest widget, follow line, footer and cookie bar",
		body: story + "Najnovije\nPoplava u Donjem Selu: meštani čiste dvorišta\nIzložba fotografija u Domu kulture\nPratite nas na Facebooku\n\n" +
			"© 2025 Glas Doline. Sva prava zadržana. | Powered by WordPress\n" +
			"Ovaj sajt koristi kolačiće. Nastavkom korišćenja sajta slažete se sa upotrebom kolačića. U redu Pročitaj više\n",
		gone: []string{"Najnovije", "Pratite nas na Facebooku",
			"Ovaj sajt koristi kolačiće. Nastavkom korišćenja sajta slažete se sa upotrebom kolačića. U redu Pročitaj više"},
		kept: []string{"Više od hiljadu stanovnika"},
	}, {
		name: "the same words in sentences",
		body: story + "Opština je na Facebooku objavila da građani koji prate stranicu mogu da prijave kvar, a komentar direktora neće biti objavljen pre sednice.\n\n" + story,
		kept: []string{"Opština je na Facebooku objavila"},
	}})
}

// TestCyrillicChrome: a Serbian text, in either script, reads its
// Cyrillic lines in Latin; a Macedonian page in Cyrillic that writes its
// own letters, and a Russian one, keep their Cyrillic words.
func TestCyrillicChrome(t *testing.T) {
	tests := []struct {
		body string
		want analysis.Translit
	}{
		{"Sokolovac bez vode do petka, javlja agencija.\nОбјави коментар\n", analysis.SerbianLatin},
		{"Соколовац без воде до петка, јавља агенција Танјуг.\nObjavi komentar\n", analysis.SerbianLatin},
		{"Водоводите во малите општини без пари, соопшти Министерството.\nПрочитајте уште\n", analysis.SerbianLatin},
		{"Водоводите ќе останат без пари, соопшти Министерството.\nПрочитајте уште\n", analysis.NoTranslit},
		{"The council voted on Tuesday.\nОставьте комментарий\n", analysis.NoTranslit},
		{"The council voted on Tuesday.\n", analysis.NoTranslit},
	}
	for _, tt := range tests {
		if got := cyrillicChrome(tt.body); got != tt.want {
			t.Errorf("cyrillicChrome(%q) = %v; want %v", tt.body, got, tt.want)
		}
	}
}

// TestFollowInflected: an order to follow the site on a network names
// it with a Slavic case ending ("na Facebooku"); a word that only opens
// with a network's name and goes on is no network.
func TestFollowInflected(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"facebooku", true}, {"instagramu", true}, {"instagramie", true}, {"youtubeu", true},
		{"facebook", false}, {"facebookovoj", false}, {"telegrams", true}, {"viberom", true},
	}
	for _, tt := range tests {
		if got := networkInflected(tt.word); got != tt.want {
			t.Errorf("networkInflected(%q) = %v; want %v", tt.word, got, tt.want)
		}
	}
}

// TestFijianReadAlso: Fijian's read-also label before another story's
// headline goes; a sentence that opens with the verb stays.
func TestFijianReadAlso(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Fijian read also",
		body: plainStory + "Wilika talega: Vakarautaki na matanitu ni koro ena tikina e lima\n\n" + plainStory,
		gone: []string{"Wilika talega: Vakarautaki na matanitu ni koro ena tikina e lima"},
	}, {
		name: "Tetum read also",
		body: plainStory + "Lee mós: Governu aprova orsamentu foun ba saúde\n\n" + plainStory,
		gone: []string{"Lee mós: Governu aprova orsamentu foun ba saúde"},
	}})
}

// TestSerbianCyrillicPage: a Serbian or Montenegrin page in Cyrillic
// reads its chrome in Latin: its tags, its comment count, its newsletter
// box; the story's own sentences with the same words stay.
func TestSerbianCyrillicPage(t *testing.T) {
	story := "Клизиште дуго око 120 метара одсјекло је у ноћи између недјеље и понедјељка регионални пут према Голубињем Пољу, а четрнаест села остало је без везе са центром општине.\n\n" +
		"Око 600 домаћинстава остало је без воде јер је клизиште оштетило и цјевовод, па им општински водовод воду допрема цистернама.\n\n"
	runChromeCases(t, []chromeCase{{
		name: "tags, comments, newsletter",
		body: "Клизиште код Вељег Камена\nКоментари (0)\n\n" + story + "Тагови: клизиште, Вељи Камен, МИНА\n\nБилтен\nПријавите се и сваког јутра добијајте најважније вијести дана.\nПријави се\n",
		gone: []string{"Коментари (0)", "Тагови: клизиште, Вељи Камен, МИНА", "Пријави се"},
		kept: []string{"Клизиште дуго око 120 метара", "цјевовод"},
	}, {
		name: "the same words in a sentence",
		body: story + "Мјештани који желе помоћ могу да се пријаве у мјесној заједници, а коментари грађана биће прослијеђени Влади.\n\n" + story,
		kept: []string{"могу да се пријаве у мјесној заједници"},
	}})
}
