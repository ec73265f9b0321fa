package engine

import (
	"strings"
	"testing"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/credit"
)

// TestWireDateline: a story that opens with an agency's dateline, on its
// first line or under a standfirst; a dateline further down is none.
func TestWireDateline(t *testing.T) {
	const body = "El pozo, ubicado al norte de la cabecera municipal, aporta cerca del 38 por ciento del agua.\n"
	tests := []struct {
		name, text, want string
	}{
		{"first line", "Sin agua 23 colonias\n\nValle de Alcocer, Guanajuato (Notimex).- El Ayuntamiento aprobó una partida.\n\n" + body, "Notimex"},
		{"under a standfirst", "Sin agua 23 colonias\n\nLa falla afecta a unos 41 mil habitantes\n\nValle de Alcocer, Guanajuato (Notimex).- El Ayuntamiento aprobó una partida.\n\n" + body, "Notimex"},
		{"third line", "Sin agua 23 colonias\n\nLa falla afecta a unos 41 mil habitantes\n\nEl organismo reparte agua con pipas en las colonias\n\nValle de Alcocer, Guanajuato (Notimex).- El Ayuntamiento aprobó una partida.\n\n" + body, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &reprint.Article{ID: "a", Text: tt.text, Meta: reprint.Meta{Title: "Sin agua 23 colonias"}}
			a.Headline = reprint.FindHeadline(a.Text, a.Meta.Title)
			if got := wireDateline(a, credit.Credits(a, nil)); got != tt.want {
				t.Errorf("wireDateline = %q; want %q", got, tt.want)
			}
		})
	}
}

// TestCopiesPage: a scraped plain text opening with an agency's dateline
// under the headline of a related page whose publisher is not the agency
// copies that page.
func TestCopiesPage(t *testing.T) {
	p := &publishers{
		name:    []string{"", "El Mirador del Bajío", "Notimex", "", ""},
		opening: []string{"Notimex", "", "", "Notimex", "Notimex"},
		wire:    []string{"", "", "", "", "Notimex"}, // 0 and 3 scraped, 4 a dispatch
		titles:  []string{"Sin agua 23 colonias", "Sin agua 23 colonias", "Sin agua 23 colonias", "Aprueba Cabildo compra de bomba", "Sin agua 23 colonias"},
	}
	tests := []struct {
		i, o int
		want bool
	}{
		{0, 1, true},  // the paper's page, its headline
		{0, 2, false}, // the agency's own page
		{3, 1, false}, // another headline
		{4, 1, false}, // not scraped: the dispatch, whose headline the paper kept
		{1, 0, false}, // a page of a known publisher
	}
	for _, tt := range tests {
		if got := p.copiesPage(tt.i, tt.o); got != tt.want {
			t.Errorf("copiesPage(%d, %d) = %v; want %v", tt.i, tt.o, got, tt.want)
		}
	}
}

// TestCopiesPageMasthead: a scrape that kept a page's masthead in its
// furniture copies that page, whatever its headline became; another
// site's masthead, or none, says nothing.
func TestCopiesPageMasthead(t *testing.T) {
	p := &publishers{
		name:      []string{"", "Radio Teeg-Wende FM", "Faso Kibay 24", "", ""},
		opening:   []string{"", "", "", "", ""},
		wire:      []string{"", "", "", "", ""},
		scraped:   []bool{true, false, false, true, false},
		titles:    []string{"", "Basnongo: bugum yõogame raagã", "Basnongo raagã yõogame", "", ""},
		mastheads: [][]string{{"Radio Teeg-Wende FM"}, nil, nil, {"Infos Faso Direct"}, {"Radio Teeg-Wende FM"}},
	}
	tests := []struct {
		i, o int
		want bool
	}{
		{0, 1, true},  // the radio's masthead over the scrape
		{0, 2, false}, // another site's page
		{3, 1, false}, // the scraper's own masthead
		{4, 1, false}, // not scraped from a page
	}
	for _, tt := range tests {
		if got := p.copiesPage(tt.i, tt.o); got != tt.want {
			t.Errorf("copiesPage(%d, %d) = %v; want %v", tt.i, tt.o, got, tt.want)
		}
	}
}

// TestCopiesPageTitled: a scrape's title that names a page's site after
// its headline is that page's, though a sibling printed the headline
// too; a headline the page's og:title shortens is the page's when the
// shortened one has words enough.
func TestCopiesPageTitled(t *testing.T) {
	p := &publishers{
		name:    []string{"", "RKD Beseda Vrbas", "RTV Ruski program", ""},
		opening: []string{"", "", "", ""},
		wire:    []string{"", "", "", ""},
		scraped: []bool{true, false, false, true},
		titles: []string{"Požar u Novim Javorcu: vigorelo vecej jak 180 kompleti – RKD Beseda Vrbas", "Požar u Novim Javorcu: vigorelo vecej jak 180 kompleti",
			"Požar u Novim Javorcu: vigorelo vecej jak 180 kompleti", "Požar u Novim Javorcu: vigorelo vecej jak 180 kompleti"},
		adj: [][]int{{1, 2}, {0, 2}, {0, 1}, {1, 2}},
	}
	tests := []struct {
		i, o int
		want bool
	}{
		{0, 1, true},  // the title names the society's site
		{0, 2, false}, // the radio's page printed the headline, not that site
		{3, 1, false}, // no site in the title, and the radio printed the headline too
	}
	for _, tt := range tests {
		if got := p.copiesPage(tt.i, tt.o); got != tt.want {
			t.Errorf("copiesPage(%d, %d) = %v; want %v", tt.i, tt.o, got, tt.want)
		}
	}
	for _, tt := range []struct {
		copy, page string
		want       bool
	}{
		{"Inundashon na Seru Lamunchi: Tur loke bo mester sa tokante e tanki", "Inundashon na Seru Lamunchi: Tur loke bo mester sa", true},
		{"Live updates: the council votes on the budget tonight", "Live updates", false}, // too short to name a page
		{"Inundashon na Seru Lamunchi", "Inundashon na Seru Lamunchi: Tur loke bo mester sa", false},
	} {
		if got := pageTitle(tt.copy, tt.page); got != tt.want {
			t.Errorf("pageTitle(%q, %q) = %v; want %v", tt.copy, tt.page, got, tt.want)
		}
	}
}

// TestCaseless: a text mostly in a script without capitals.
func TestCaseless(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"केशवगढ़ जिले के सिरसौली गांव में सोमवार सुबह छत गिरी।", true},
		{"اسلام آباد (اے پی پی) قومی بورڈ نے منصوبے کی منظوری دی۔", true},
		{"北京今天宣布了新的计划。", true},
		{"The council approved the bridge on Tuesday.", false},
		{"Общинският съвет реши във вторник.", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := caseless(tt.text); got != tt.want {
			t.Errorf("caseless(%q) = %v; want %v", tt.text, got, tt.want)
		}
	}
}

// TestDispatch: a paper's page printing an agency's dateline credits the
// plain text of unknown publisher, not scraped, in that agency's wire
// form; not a text of another agency's form, nor the agency's own page.
func TestDispatch(t *testing.T) {
	p := &publishers{
		name: []string{"", "Подбалкански вести", "БТА", ""},
		wire: []string{"БТА", "", "", ""}, // 3 scraped: no wire form
	}
	dateline := credit.Result{Status: credit.Credited, Form: credit.FormParenthetical, Name: "БТА"}
	tests := []struct {
		derived, source int
		c               credit.Result
		want            bool
	}{
		{1, 0, dateline, true},
		{2, 0, dateline, false}, // the agency's own page
		{1, 3, dateline, false}, // a scraped copy
		{1, 0, credit.Result{Status: credit.Credited, Form: credit.FormParenthetical, Name: "Reuters"}, false},
		{1, 0, credit.Result{Status: credit.Credited, Form: credit.FormAccordingTo, Name: "БТА"}, false},
	}
	for _, tt := range tests {
		if got := p.dispatch(tt.derived, tt.source, tt.c); got != tt.want {
			t.Errorf("dispatch(%d, %d, %+v) = %v; want %v", tt.derived, tt.source, tt.c, got, tt.want)
		}
	}
}

// TestUnnamedOwnPublisher: a page's dateline naming its own publisher
// credits no source; a publisher read off the article's own credit line
// is the credited outlet, and the credit counts.
func TestUnnamedOwnPublisher(t *testing.T) {
	p := &publishers{
		name:  []string{"وكالة الأنباء الأردنية (بترا)", "", "BBC"},
		how:   []string{credit.HowSite, "", credit.HowCreditLine},
		adj:   [][]int{{1}, {0, 2}, {1}},
		wire:  []string{"", "", ""},
		texts: []string{"", "", ""},
	}
	petra := credit.Result{Status: credit.Credited, Form: credit.FormParenthetical, Name: "بترا"}
	if p.unnamed(0, 1, petra) {
		t.Errorf("unnamed(Petra's page, its own dateline) = true; want false")
	}
	bbc := credit.Result{Status: credit.Credited, Form: credit.FormSource, Name: "BBC"}
	if !p.unnamed(2, 1, bbc) {
		t.Errorf("unnamed(a copy whose publisher is its credit line) = false; want true")
	}
}

// TestSignOff: a Nordic wire's sign-off closes the text.
func TestSignOff(t *testing.T) {
	text := "Hallen lukker.\n\n- Vi lukker, siger borgmesteren.\n\n/ritzau/"
	i := strings.Index(text, "/ritzau/")
	if !signOff(text, reprint.Span{Start: i, End: i + len("/ritzau/")}) {
		t.Errorf("signOff(/ritzau/ at the end) = false")
	}
	text2 := "/ritzau/ skriver, at hallen lukker.\n\nMere tekst følger her."
	if signOff(text2, reprint.Span{Start: 0, End: len("/ritzau/")}) {
		t.Errorf("signOff(/ritzau/ opening the text) = true")
	}
}

// TestNameIn: a name as a word of its own.
func TestNameIn(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"vanduo užliejo gatves, praneša ELTA.", "ELTA", true},
		{"ELTA", "ELTA", true},
		{"DELTAS sutarė", "ELTA", false},
		{"nieko", "ELTA", false},
	}
	for _, tt := range tests {
		if got := nameIn(tt.text, tt.name); got != tt.want {
			t.Errorf("nameIn(%q, %q) = %v; want %v", tt.text, tt.name, got, tt.want)
		}
	}
}

// TestWireDatelineUnderDateLine: a plain text's date line and title
// above its dispatch's dateline are not lines of the story.
func TestWireDatelineUnderDateLine(t *testing.T) {
	a := &reprint.Article{ID: "a", Meta: reprint.Meta{Title: "ખારીવડમાં એમોનિયા ગેસ લીક"},
		Text: "મંગળવાર, 14 ઓક્ટોબર, 2025\n\nખારીવડમાં એમોનિયા ગેસ લીક\n\nમોતીવાવ, તા. 14 (જનપ્રહરી ન્યૂઝ) : ખારીવડ ગામે ડેરીના ચિલિંગ સેન્ટરમાં ગેસ લીક થયો.\n\nબીજો ફકરો."}
	if got := wireDateline(a, credit.Credits(a, nil)); got != "જનપ્રહરી ન્યૂઝ" {
		t.Errorf("wireDateline = %q; want the paper's desk", got)
	}
}

// TestOutletsBeside: the outlets at hand beside an article are its
// neighbours' publishers, the agency of a neighbour in wire form, and,
// where an unsigned plain text not scraped from a page is at hand (an
// agency's feed, perhaps), the agencies its neighbours name as their
// authors — but not when that plain text is the source under check, for
// a credit to the agency is then about it.
func TestOutletsBeside(t *testing.T) {
	// 0 an unsigned plain text, 1 a portal's copy "Çeşme: TDH", 2 a
	// rewrite crediting TDH, 3 an agency's dispatch "/ATSH/", 4 a scraped
	// capture of unknown publisher.
	p := &publishers{
		name:     []string{"", "Aýdyň Habar", "Habarlar 365", "", ""},
		agencies: [][]string{nil, {"TDH"}, nil, nil, nil},
		wire:     []string{"", "", "", "ATSH", ""},
		scraped:  []bool{false, false, false, false, true},
		adj:      [][]int{{1, 2}, {0, 2}, {0, 1}, {2}, {2}},
	}
	tests := []struct {
		name      string
		i, source int
		want      []string
	}{
		{"the feed beside the portal", 2, 1, []string{"Aýdyň Habar", "TDH"}},
		{"the feed itself under check", 2, 0, []string{"Aýdyň Habar"}},
		{"no source", 0, -1, []string{"Aýdyň Habar", "Habarlar 365"}},
	}
	for _, tt := range tests {
		if got := p.outletsBeside(tt.i, tt.source); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: outletsBeside(%d, %d) = %q; want %q", tt.name, tt.i, tt.source, got, tt.want)
		}
	}
	p.adj[3] = []int{4}
	p.adj[4] = []int{3}
	if got := p.outletsBeside(4, -1); strings.Join(got, "|") != "ATSH" {
		t.Errorf("a dispatch beside a capture: outlets = %q; want the agency of its wire form", got)
	}
	if got := agencyAuthors("Redaksia; ATSH, Jane Rowe"); strings.Join(got, "|") != "ATSH" {
		t.Errorf("agencyAuthors = %q; want only the name in capitals", got)
	}
}
