package clean

import "testing"

// TestFacebookPageSlovenianCapture: a copy of a Facebook page's post as
// the Slovenian interface really prints it, the browser's title alone
// over the top bar ("Išči na Facebooku", the bar's tabs), the header
// with a company's category and its tabs ("Videoposnetki"), and under
// the comments "Vidi več komentarjev" and "Napiši javni komentar …":
// all of it goes; the post, its quotation and its credit stay, and so
// does a story's sentence that asks readers to write a comment.
func TestFacebookPageSlovenianCapture(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "page",
		body: "(3) Občina Zgornja Dolina | Facebook\n\nFacebook\nIšči na Facebooku\nDomov\nVideo\nMarketplace\nSkupine\nObvestila\n\n" +
			"Občina Zgornja Dolina\nStran · Proizvodno podjetje\nGlavni trg 1, Zgornja Dolina\n" +
			"3,2 tis. všečkov · 4,1 tis. sledilcev\nSledi\nSporočilo\nObjave\nVizitka\nOmembe\nFotografije\nVideoposnetki\n\n" +
			"Občina Zgornja Dolina\n·\n🌍\n\n" + slPost + "Vir: Občina Zgornja Dolina\n\n" +
			"Vsi odzivi:\n214\n38 komentarjev\n12 delitev\nVšeč mi je\nKomentiraj\nDeli\n\n" +
			"Najustreznejše\n\nMaja Kovač\nKončno, most je bil res v slabem stanju.\nVšeč mi je\nOdgovori\n12\n\n" +
			"Vidi več komentarjev\nNapiši javni komentar …\n\n" +
			"Zasebnost · Pogoji · Oglaševanje · Piškotki · Več · Meta © 2025\n",
		gone: []string{"Išči na Facebooku", "Marketplace", "Stran · Proizvodno podjetje", "3,2 tis. všečkov · 4,1 tis. sledilcev",
			"Videoposnetki", "38 komentarjev", "Vidi več komentarjev", "Napiši javni komentar …"},
		kept: []string{"Občina Zgornja Dolina bo od ponedeljka zaprla most", "je povedal podžupan Marko Novak",
			"Vir: Občina Zgornja Dolina"},
	}, {
		name: "prose",
		body: "Občina je bralce pozvala, naj napišejo javni komentar pod objavo, a je v enem dnevu dobila le 38 komentarjev.\n\n" +
			slPost + "Avtor: Janez Horvat\n\n»Kdor želi, naj napiše javni komentar ali pošlje sporočilo,« je dodal Novak.\n",
		kept: []string{"naj napišejo javni komentar pod objavo", "Avtor: Janez Horvat", "naj napiše javni komentar ali pošlje sporočilo"},
	}})
}

// TestChrome95Labels: the Slovenian labels alone are the platform's, and
// the browser's title of a page is one only with the platform's name
// after its bar.
func TestChrome95Labels(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Išči na Facebooku", true},
		{"Vidi več komentarjev", true},
		{"Napiši javni komentar …", true},
		{"Vidi več", false},
		{"Napiši", false},
	} {
		if got := pageLabel(c.line, countWords(c.line)); got != c.want {
			t.Errorf("pageLabel(%q) = %v, want %v", c.line, got, c.want)
		}
	}
	for _, c := range []struct {
		line string
		want bool
	}{
		{"(3) Termoval d.d. | Facebook", true},
		{"Termoval odprl novo halo | Dnevnik", false},
		{"Facebook", false},
	} {
		if got := platformTitle(c.line); got != c.want {
			t.Errorf("platformTitle(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// trRelease is an invented Turkish university's release, closing with
// the formula of an official release.
const trRelease = "Gökçeyurt Üniversitesi, yeni araştırma merkezini bugün açtı.\n\n" +
	"Rektör Prof. Dr. Ali Demir, “Merkez bölgemizin bilimine güç katacak.” dedi.\n\n" +
	"Kamuoyunun bilgisine saygıyla sunulur.\n\n"

// roRelease is an invented Romanian hospital's release.
const roRelease = "Spitalul Județean Valea Verde a deschis astăzi o nouă secție de cardiologie.\n\n" +
	"„Este o investiție așteptată de ani de zile”, a declarat managerul spitalului, Dan Popescu.\n\n"

// TestPressContactTurkishRomanian: a university's press office under
// its release, its name over the heading that addresses the press, the
// telephone and the e-mail, goes whole; so does a hospital's
// spokesperson's box, its name, telephone, e-mail and the note on
// requests for public information under it. The release's closing
// formula and quotations stay; a subhead of the same words over a
// story's paragraph, with no way to reach anyone under it, stays; and
// a release's own contact under its end mark stays.
func TestPressContactTurkishRomanian(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Basın ve medya talepleriniz için:", true},
		{"Kurumsal İletişim Koordinatörlüğü", true},
		{"Purtător de cuvânt", true},
		{"Purtătorul de cuvânt al spitalului a confirmat vestea.", false},
		{"Basın ve medya talepleri arttı", false},
	} {
		if got := pressContactHeading(tt.line, countWords(tt.line)); got != tt.want {
			t.Errorf("pressContactHeading(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	runChromeCases(t, []chromeCase{{
		name: "a Turkish university's press office box",
		body: trRelease + "Kurumsal İletişim Koordinatörlüğü\n\nBasın ve medya talepleriniz için:\n\n" +
			"Tel: +90 (388) 514 20 00 - Dahili: 1070\n\nE-posta: kurumsaliletisim@gokceyurt.edu.example\n",
		gone: []string{"Kurumsal İletişim Koordinatörlüğü", "Basın ve medya talepleriniz için:",
			"E-posta: kurumsaliletisim@gokceyurt.edu.example"},
		kept: []string{"Kamuoyunun bilgisine saygıyla sunulur.", "“Merkez bölgemizin bilimine güç katacak.” dedi."},
	}, {
		name: "a Romanian hospital's spokesperson box with its note",
		body: roRelease + "Purtător de cuvânt\n\nIoana Lungeanu\n\nTelefon: 0745 218 930\n\nE-mail: purtator.cuvant@spital.example\n\n" +
			"Solicitările de informații de interes public se transmit în scris, conform Legii nr. 544/2001.\n",
		gone: []string{"Purtător de cuvânt", "E-mail: purtator.cuvant@spital.example",
			"Solicitările de informații de interes public se transmit în scris, conform Legii nr. 544/2001."},
		kept: []string{"a declarat managerul spitalului, Dan Popescu"},
	}, {
		name: "the office's name as a subhead over a story's paragraph",
		body: trRelease + "Kurumsal İletişim Koordinatörlüğü\n\nKoordinatörlük, bu yıl üniversitenin 40 etkinliğini kamuoyuna duyurdu ve yeni bir basın odası açtı.\n",
		kept: []string{"Kurumsal İletişim Koordinatörlüğü", "Koordinatörlük, bu yıl"},
	}, {
		name: "a spokesperson named in a story's sentence",
		body: roRelease + "Purtătorul de cuvânt al spitalului, Ioana Lungeanu, a precizat că programările se fac la telefon.\n",
		kept: []string{"Purtătorul de cuvânt al spitalului, Ioana Lungeanu"},
	}})
}

// TestAppBoxAndLocationBar: a station's app box under its story (the
// heading, the blurb naming the app, the stores' badges) goes, and so
// does a local aggregator's location bar over its copy; a story's
// sentence that names the stores or an app, a quotation about an app,
// and a dateline stay, and so does a blurb with no heading
// over the badges' line, and a story's line that opens "Your area".
func TestAppBoxAndLocationBar(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"App Store Google Play", true},
		{"Download on the App Store · Get it on Google Play", true},
		{"Google Play", true},
		{"Apple Android", false},
		{"The app is free on the App Store and Google Play.", false},
	} {
		if got := storeLine(tt.line); got != tt.want {
			t.Errorf("storeLine(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Your area: Cottonwood Springs, KS  (change)", true},
		{"Your location: Leeds", true},
		{"Your area: the council says it will review every street light by spring.", false},
		{"Your area needs more nurses, the report says.", false},
	} {
		if got := locationBar(tt.line); got != tt.want {
			t.Errorf("locationBar(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	runChromeCases(t, []chromeCase{{
		name: "a station's app box",
		body: "COTTONWOOD SPRINGS, Kan. (AP) — " + plainStory +
			"\"The app told me the storm was coming before the sirens did,\" said Mary Cole.\n\n" +
			"Download our app\n\nGet breaking news alerts and First Alert Weather on the go with the free KQVB News 9 app.\n\nApp Store Google Play\n",
		gone: []string{"Download our app", "Get breaking news alerts and First Alert Weather on the go with the free KQVB News 9 app.",
			"App Store Google Play"},
		kept: []string{"COTTONWOOD SPRINGS, Kan. (AP)", "The app told me the storm was coming"},
	}, {
		name: "a story's sentence on the stores",
		body: plainStory + "The county's new app is free on the App Store and Google Play.\n\nThe app sends alerts.\n",
		kept: []string{"free on the App Store and Google Play", "The app sends alerts."},
	}, {
		name: "a blurb over the badges with no heading",
		body: plainStory + "The county's flood app sends an alert when the river rises.\n\nApp Store Google Play\n",
		kept: []string{"The county's flood app sends an alert when the river rises."},
	}, {
		name: "an aggregator's location bar",
		body: "Your area: Cottonwood Springs, KS  (change)\n\nRural hospital to stop delivering babies\n\n" + plainStory,
		gone: []string{"Your area: Cottonwood Springs, KS  (change)"},
		kept: []string{"Rural hospital to stop delivering babies"},
	}})
}

// atStory is an invented Austrian story of three paragraphs.
const atStory = "Der Gletscher hat im vergangenen Jahr so viel Eis verloren wie nie seit Beginn der Messungen im Jahr 1953.\n\n" +
	"„Ein schneearmer Winter und zwei Hitzewellen haben zusammengewirkt“, sagte die Glaziologin Anna Berger von der Universität.\n\n" +
	"Die Forscher rechnen damit, dass in 30 bis 40 Jahren nur noch Toteis unter Schutt übrig bleibt.\n\n"

// TestNewsletterBlurbInformalGerman: a content site's newsletter blurb
// in the informal German ("… direkt in dein Postfach.") under its
// heading goes; a quotation and a story's sentence that speak of a
// letter in one's mailbox stay.
func TestNewsletterBlurbInformalGerman(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "the blurb under the heading",
		body: atStory + "Newsletter abonnieren\nErhalte jeden Freitag die spannendsten Wissensartikel direkt in dein Postfach.\n\n" +
			"Über uns | Kontakt | Impressum | Datenschutz | Werbung\n© Wissenswelt Heute – Alle Rechte vorbehalten\n",
		gone: []string{"Newsletter abonnieren", "Erhalte jeden Freitag die spannendsten Wissensartikel direkt in dein Postfach."},
		kept: []string{"sagte die Glaziologin Anna Berger", "nur noch Toteis unter Schutt"},
	}, {
		name: "a quotation in a story",
		body: atStory + "„Wenn der Bescheid kommt, landet er ganz normal in dein Postfach, wie jeder andere Brief der Gemeinde auch“, sagte der Bürgermeister am Dienstag bei der Sitzung im Gemeindeamt.\n\n" + atStory,
		kept: []string{"landet er ganz normal in dein Postfach"},
	}})
}
