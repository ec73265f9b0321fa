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
