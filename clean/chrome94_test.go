package clean

import "testing"

// roPost is an invented Romanian town hall's post as Facebook prints
// it: a headline, a paragraph, a quotation and the hashtags.
const roPost = "🚧 LUCRĂRI PE PODUL DE PE STRADA MORII 🚧\n\n" +
	"Primăria Valea Verde începe luni reabilitarea podului de pe strada Morii, iar circulația va fi deviată pe strada Livezii timp de trei săptămâni.\n\n" +
	"„Lucrările erau necesare de mulți ani și le facem acum, înainte de iarnă”, a declarat viceprimarul Andrei Munteanu.\n\n" +
	"#ValeaVerde #Lucrări\n\n"

// slPost is an invented Slovenian municipality's post as Facebook
// prints it.
const slPost = "🚧 ZAPORA MOSTU ČEZ SAVINJO 🚧\n\n" +
	"Občina Zgornja Dolina bo od ponedeljka zaprla most čez Savinjo, promet pa bo tri tedne potekal po obvozu skozi Spodnjo vas.\n\n" +
	"»Dela so nujna, zato jih opravljamo pred zimo,« je povedal podžupan Marko Novak.\n\n" +
	"#ZgornjaDolina #Obvestilo\n\n"

// TestFacebookPageRomanian: a copy of a Facebook page's post in the
// Romanian interface loses the page's header (type and category, likes
// and followers with "de" before their noun, the follow and message
// buttons), the reactions' label, the counts, the button row, the
// sort, the comments with their rows and the comment box; the post,
// its quotation and its credit line stay, and so do a story's
// sentences that count comments or shares in running text.
func TestFacebookPageRomanian(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "page",
		body: "Facebook\nCaută pe Facebook\n\nPrimăria Valea Verde\nPagină · Primărie\nStr. Unirii nr. 1, Valea Verde\n" +
			"4,2 mii de aprecieri · 6,1 mii de urmăritori\nUrmărește\nTrimite mesaj\n\n" +
			"Primăria Valea Verde\n·\n🌍\n\n" + roPost + "Sursa: Primăria Valea Verde\n\n" +
			"Toate reacțiile:\n1,2 mii\n87 comentarii\n41 de distribuiri\nÎmi place\nComentează\nDistribuie\n\n" +
			"Cele mai relevante\n\nIoana Popa\nÎn sfârșit, podul era într-o stare jalnică de ani de zile.\nÎmi place\nRăspunde\n12\n\n" +
			"Dan Matei\nCât timp va fi închis podul pentru mașinile de mare tonaj?\nÎmi place\nRăspunde\n3\n\n" +
			"Vezi mai multe comentarii\nScrie un comentariu public…\n",
		gone: []string{"Caută pe Facebook", "Pagină · Primărie", "4,2 mii de aprecieri · 6,1 mii de urmăritori", "Urmărește",
			"Trimite mesaj", "Toate reacțiile:", "87 comentarii", "41 de distribuiri", "Comentează", "Distribuie",
			"Cele mai relevante", "Răspunde", "Vezi mai multe comentarii",
			"Scrie un comentariu public…"},
		kept: []string{"Primăria Valea Verde începe luni reabilitarea podului", "a declarat viceprimarul Andrei Munteanu",
			"Sursa: Primăria Valea Verde"},
	}, {
		name: "prose",
		body: "Postarea primăriei a strâns 87 de comentarii și 41 de distribuiri într-o singură zi, iar viceprimarul le-a cerut oamenilor să urmărească pagina.\n\n" +
			roPost + "Autor: Mihai Ionescu\n\n„Cine vrea să știe din timp de ocolire să urmărească pagina primăriei și să nu aștepte distribuirile vecinilor”, a adăugat Munteanu.\n",
		kept: []string{"Postarea primăriei a strâns 87 de comentarii", "Autor: Mihai Ionescu", "să urmărească pagina primăriei"},
	}})
}

// TestFacebookPageSlovenian: the same page in the Slovenian interface
// loses its header, counts, buttons, sort, comments and comment box;
// the post, its quotation and its credit line stay, and so does a
// sentence that speaks of likes and sharing.
func TestFacebookPageSlovenian(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "page",
		body: "Facebook\nPoišči na Facebooku\n\nObčina Zgornja Dolina\nStran · Občina\n" +
			"3,2 tis. všečkov · 4,1 tis. sledilcev\nSledi\nPošlji sporočilo\n\n" +
			"Občina Zgornja Dolina\n·\n🌍\n\n" + slPost + "Vir: Občina Zgornja Dolina\n\n" +
			"Vsi odzivi:\n214\n38 komentarjev\n12 delitev\nVšeč mi je\nKomentiraj\nDeli\n\n" +
			"Najustreznejše\n\nMaja Kranjc\nKončno, most je bil res v slabem stanju.\nVšeč mi je\nOdgovori\n4\n\n" +
			"Luka Zupan\nKako dolgo bo obvoz veljal za tovornjake?\nVšeč mi je\nOdgovori\n2\n\n" +
			"Prikaži več komentarjev\nNapišite komentar…\n",
		gone: []string{"Poišči na Facebooku", "Stran · Občina", "3,2 tis. všečkov · 4,1 tis. sledilcev", "Pošlji sporočilo",
			"Vsi odzivi:", "38 komentarjev", "12 delitev", "Komentiraj", "Najustreznejše",
			"Odgovori", "Prikaži več komentarjev", "Napišite komentar…"},
		kept: []string{"Občina Zgornja Dolina bo od ponedeljka zaprla most", "je povedal podžupan Marko Novak",
			"Vir: Občina Zgornja Dolina"},
	}, {
		name: "prose",
		body: "Objava občine je v enem dnevu dobila 38 komentarjev in 12 delitev, podžupan pa je ljudi pozval, naj stran občine sledijo.\n\n" +
			slPost + "Avtor: Janez Horvat\n",
		kept: []string{"Objava občine je v enem dnevu dobila 38 komentarjev", "Avtor: Janez Horvat"},
	}})
}

// TestChrome94Predicates: the Romanian and Slovenian page header, page
// category, counts and labels, and lines that are not them.
func TestChrome94Predicates(t *testing.T) {
	ph := func(l string) bool { return pageHeader(l, len(fields(l))) }
	pl := func(l string) bool { return pageLabel(l, len(fields(l))) }
	for _, tt := range []struct {
		name string
		f    func(string) bool
		line string
		want bool
	}{
		{"pageHeader", ph, "14 mii de aprecieri · 21 mii de urmăritori", true},
		{"pageHeader", ph, "812 aprecieri · 19 urmăritori", true},
		{"pageHeader", ph, "3,2 tis. všečkov · 4,1 tis. sledilcev", true},
		{"pageHeader", ph, "Pagina are 21 de mii de urmăritori", false},
		{"pageHeader", ph, "14 mii de aprecieri", false},
		{"pageCategory", pageCategory, "Pagină · Spital", true},
		{"pageCategory", pageCategory, "Stran · Bolnišnica", true},
		{"pageCategory", pageCategory, "Spitalul a primit fonduri noi", false},
		{"countLine", countLine, "312 comentarii", true},
		{"countLine", countLine, "148 de distribuiri", true},
		{"countLine", countLine, "41 delitev", true},
		{"countLine", countLine, "Peste 148 de distribuiri", false},
		{"countLine", countLine, "148 de pacienți", false},
		{"countAlone", countAlone, "2,3 mii", true},
		{"pl", pl, "Caută pe Facebook", true},
		{"pl", pl, "Scrie un comentariu public…", true},
		{"pl", pl, "Toate reacțiile:", true},
		{"pl", pl, "Všeč mi je", true},
		{"pl", pl, "Pošlji sporočilo", true},
		{"pl", pl, "Scrie un comentariu despre acest articol pe forum", false},
		{"pl", pl, "Deli mostu so že obnovljeni.", false},
	} {
		if got := tt.f(tt.line); got != tt.want {
			t.Errorf("%s(%q) = %v; want %v", tt.name, tt.line, got, tt.want)
		}
	}
}

// TestWPCommentsTitleFinnishGreek: WordPress's comments title in
// Finnish (the closing quotation mark opening the title too) and
// Greek goes with the comment under it, and the Greek comment form's
// e-mail notice spelled with tau goes; a sentence that counts comments
// on an article, a quotation and the credit line stay.
func TestWPCommentsTitleFinnishGreek(t *testing.T) {
	wl := func(l string) bool { return wpCommentsTitle(l, len(fields(l))) }
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"2 kommenttia artikkeliin ”Poron talvilaitumet katoavat”", true},
		{"Yksi kommentti artikkeliin ”Poron talvilaitumet katoavat”", true},
		{"14 σκέψεις για “Η Ποσειδώνια κινδυνεύει”", true},
		{"Lehti sai 2 kommenttia artikkeliin ”Poron talvilaitumet katoavat” jo aamulla", false},
		{"2 kommenttia artikkeliin", false},
	} {
		if got := wl(tt.line); got != tt.want {
			t.Errorf("wpCommentsTitle(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	fiStory := "Jäkäläkankaat ovat vähentyneet poronhoitoalueella neljänneksellä kahdessakymmenessä vuodessa, kertoo yliopiston tutkimus.\n\n" +
		"”Hakkuiden suunnittelussa täytyy huomioida talvilaitumet paljon nykyistä paremmin”, sanoo tutkija Anna Kivelä.\n\nLähde: yliopiston tiedote\n\n"
	elStory := "Το Πανεπιστήμιο Αργυρονήσου ανακοίνωσε ότι το 18% των λιβαδιών Ποσειδώνιας του νησιού έχει καλυφθεί από ξενικό φύκος.\n\n" +
		"«Αν δεν την προστατεύσουμε τώρα, οι συνέπειες θα φανούν», δήλωσε η καθηγήτρια Μαρία Παπαδάκη.\n\nΠηγή: ΑΠΕ-ΜΠΕ\n\n"
	runChromeCases(t, []chromeCase{{
		name: "fi",
		body: fiStory + "Kommentit\n2 kommenttia artikkeliin ”Poron talvilaitumet katoavat äestyksen alle”\n\nMarketta\nKiitos, että nostit tämän esiin. Tämä ei näkynyt meidän paikallislehdessä ollenkaan.\nVastaa\n\nJätä kommentti\nSähköpostiosoitettasi ei julkaista. Pakolliset kentät on merkitty *\n",
		gone: []string{"2 kommenttia artikkeliin ”Poron talvilaitumet katoavat äestyksen alle”", "Kiitos, että nostit tämän esiin. Tämä ei näkynyt meidän paikallislehdessä ollenkaan."},
		kept: []string{"Jäkäläkankaat ovat vähentyneet", "sanoo tutkija Anna Kivelä", "Lähde: yliopiston tiedote"},
	}, {
		name: "el",
		body: elStory + "Αφήστε ένα σχόλιο\nΗ διεύθυνση email σας δεν θα δημοσιευτεί.\n",
		gone: []string{"Η διεύθυνση email σας δεν θα δημοσιευτεί."},
		kept: []string{"Το Πανεπιστήμιο Αργυρονήσου ανακοίνωσε", "δήλωσε η καθηγήτρια Μαρία Παπαδάκη", "Πηγή: ΑΠΕ-ΜΠΕ"},
	}, {
		name: "prose",
		body: fiStory + "Lehti sai 2 kommenttia artikkeliin jo aamulla, ja toimitus vastasi niihin.\n\n" +
			elStory + "Ο συντάκτης είπε ότι το όνομα του αναγνώστη δεν θα δημοσιευτεί στην εφημερίδα χωρίς τη συγκατάθεσή του, όπως ορίζει ο νόμος για τα προσωπικά δεδομένα.\n",
		kept: []string{"Lehti sai 2 kommenttia artikkeliin", "δεν θα δημοσιευτεί στην εφημερίδα", "Lähde: yliopiston tiedote", "Πηγή: ΑΠΕ-ΜΠΕ"},
	}})
}
