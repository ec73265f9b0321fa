package htmltext

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"github.com/reprint/reprint"
	"golang.org/x/net/html"
	"golang.org/x/text/encoding/charmap"
)

// mustRead returns the bytes of testdata/name.
func mustRead(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// mustExtract extracts testdata/name with default options.
func mustExtract(tb testing.TB, name string) (*Result, []byte) {
	tb.Helper()
	raw := mustRead(tb, name)
	res, err := Extract(raw, Options{})
	if err != nil {
		tb.Fatalf("Extract(%s) error: %v", name, err)
	}
	return res, raw
}

func TestExtractBody(t *testing.T) {
	tests := []struct {
		file string
		want []string // Body paragraphs
	}{
		// Whitespace, including no-break spaces, collapses to one space.
		{"article.html", []string{
			"Harbour bridge reopens after repairs",
			"The harbour bridge reopened to traffic on Tuesday morning after six months of repairs that cost the council £4.2 million, officials said.",
			"Engineers replaced the worn bearings and resurfaced the deck, work that had been delayed twice by storms. “We are delighted to see it open again,” said the council’s leader, Ann Smith.",
			"What changed",
			"New bearings on all four piers",
			"A wider cycle lane on the seaward side",
			"The bridge carries about 20,000 vehicles a day. During the closure drivers used a diversion through the town centre, which shopkeepers said had cut trade by a third; the chamber of commerce will publish figures next month (see its report).",
			"It was a long winter for everyone who lives on the north shore.",
			// Entities decoded; "super<b>market</b>" stays one word.
			"Café owners on the quay said Tom & Jerry’s ice-cream stand would reopen on Saturday. The supermarket at the end of the bridge will extend its opening hours.",
			// A table row is one line.
			"Date Event",
			"5 March Bridge reopens",
			"Repairs to the old swing bridge upstream are due to start in the autumn and will take about a year, the council said in a statement.",
		}},
		{"cp1252.html", []string{
			"Le café du port rouvre ses portes",
			"Après trois mois de travaux, le café du port a rouvert samedi. « Nous sommes ravis », a déclaré la gérante, “une vraie fête” pour le quartier.",
			"La municipalité a financé la rénovation de la façade – un chantier de 120 000 € – et prévoit d’aménager la place voisine l’été prochain, selon le maire.",
			"Les habitants du quartier, nombreux à l’inauguration, ont salué le retour d’un lieu de rencontre apprécié de tous les générations.",
		}},
		// Broken markup: the parser's repair decides the blocks; the <table>
		// inside <p> starts a new line; a repeated block from go-trafilatura's
		// rescue path is written once.
		{"broken.html", []string{"The council met late on Tuesday to argue over the budget for the coming year.", "Unclosed bold and", "cell", "& &#xZZ; &unknown;"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			res, _ := mustExtract(t, tt.file)
			got := strings.Split(res.Body, "\n\n")
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Extract(%s).Body paragraphs mismatch (-want +got):\n%s", tt.file, diff)
			}
			checkLayout(t, res.Body)
		})
	}
}

// TestExtractAdButtons: a paid link drawn as a button (rel="sponsored"
// with a button's class or role) is an advert's call to action, left out
// of Body: "Bet Now" and "Place bet" closing an odds table's rows, "Claim
// Offer" under an offer. The rows' own cells stay, and so do a sponsored
// link set in a sentence ("Bookie One"), a sponsored price in a cell
// ("3.30") and a link drawn as a button that is no paid one ("their form
// guide"). Body still maps to the page word for word, and the buttons'
// links are not among Meta.Links.
func TestExtractAdButtons(t *testing.T) {
	res, raw := mustExtract(t, "affiliate.html")
	want := []string{
		"Ashworth v Castlebridge: odds and prediction",
		"Castlebridge travel to Ashworth on Tuesday night after coming from behind twice to beat Fenmoor on Saturday, and the bookmakers make them narrow favourites.",
		"Here are the best prices we found for the match, checked on Monday evening against the Bookie One and Bookie Two markets:",
		"Market Selection Best odds",
		"Match result Ashworth Town 2.75",
		"Match result Draw 3.30",
		"Both teams to score Yes 1.80",
		"Bookie Two is offering new customers a matched first bet this week, which we think is the best value of the three.",
		"Our prediction: Castlebridge to win and both teams to score at 5.50. Ashworth have conceded in each of their last six home games, and their form guide shows why.",
		"Whitlock said his side would go to Ashworth to win. “This squad is good enough to finish in the top three,” he said on Saturday evening after the match.",
	}
	if diff := cmp.Diff(want, strings.Split(res.Body, "\n\n")); diff != "" {
		t.Errorf("Extract(affiliate.html).Body paragraphs mismatch (-want +got):\n%s", diff)
	}
	checkLayout(t, res.Body)
	checkWords(t, res, raw)
	if diff := cmp.Diff([]string{"/go/bookie-one/", "/go/bookie-two/", "/stats/ashworth"}, res.Meta.Links); diff != "" {
		t.Errorf("Extract(affiliate.html).Meta.Links mismatch (-want +got):\n%s", diff)
	}
}

// TestAdButton: the attributes that make a link a paid link's button.
func TestAdButton(t *testing.T) {
	tests := []struct {
		attrs map[string]string
		want  bool
	}{
		{map[string]string{"rel": "sponsored nofollow", "class": "odds-cta"}, true},
		{map[string]string{"rel": "nofollow Sponsored", "class": "btn btn-primary"}, true},
		{map[string]string{"rel": "sponsored", "class": "wp-block-button__link"}, true},
		{map[string]string{"rel": "sponsored", "role": "button"}, true},
		{map[string]string{"rel": "sponsored"}, false},                        // a link in the text
		{map[string]string{"rel": "sponsored", "class": "price-link"}, false}, // no button's class
		{map[string]string{"rel": "sponsored", "class": "dictation"}, false},  // "cta" inside a word is no part
		{map[string]string{"rel": "nofollow", "class": "btn"}, false},         // a button, but no paid link
		{map[string]string{"rel": "sponsorship", "class": "odds-cta"}, false}, // rel's value is one word
	}
	for _, tt := range tests {
		if got := adButton(tt.attrs); got != tt.want {
			t.Errorf("adButton(%v) = %v; want %v", tt.attrs, got, tt.want)
		}
	}
}

// checkLayout checks the Body layout contract: blocks separated by one blank
// line, no other newlines, no leading, trailing or doubled spaces.
func checkLayout(t *testing.T, body string) {
	t.Helper()
	for i, p := range strings.Split(body, "\n\n") {
		switch {
		case p == "":
			t.Errorf("paragraph %d is empty", i)
		case strings.Contains(p, "\n"):
			t.Errorf("paragraph %d has a newline: %q", i, p)
		case strings.Contains(p, "  "):
			t.Errorf("paragraph %d has a double space: %q", i, p)
		case strings.TrimSpace(p) != p:
			t.Errorf("paragraph %d has outer space: %q", i, p)
		}
	}
}

func TestExtractMeta(t *testing.T) {
	tests := []struct {
		file string
		opts Options
		want reprint.Meta
	}{
		{"article.html", Options{}, reprint.Meta{
			Title:     "Harbour bridge reopens after repairs",
			Site:      "The Coast Gazette",
			URL:       "https://gazette.example.com/news/2024/harbour-bridge-reopens",
			Author:    "Jane Doe",
			Published: time.Date(2024, 3, 5, 9, 30, 0, 0, time.UTC), // the time of article:published_time too (ExtractTime)
			Language:  "en",                                         // from lang="en-GB"
			// Only links inside the article text, resolved against the
			// canonical URL: not the navigation, not the footer.
			Links: []string{
				"https://gazette.example.com/tags/bearings",
				"https://chamber.example.org/report",
			},
			Encoding: "utf-8",
		}},
		{"article.html", Options{URL: "https://mirror.example.net/a/b.html"}, reprint.Meta{
			Title:     "Harbour bridge reopens after repairs",
			Site:      "The Coast Gazette",
			URL:       "https://gazette.example.com/news/2024/harbour-bridge-reopens",
			Author:    "Jane Doe",
			Published: time.Date(2024, 3, 5, 9, 30, 0, 0, time.UTC),
			Language:  "en",
			// Relative links resolve against the page's own URL.
			Links: []string{
				"https://mirror.example.net/tags/bearings",
				"https://chamber.example.org/report",
			},
			Encoding: "utf-8",
		}},
		// The URL dates the page too, without a time of day: the head's
		// article:published_time comes first (DeferUrlExtractor), so the
		// time is kept.
		{"dated-url.html", Options{}, reprint.Meta{
			Title:     "Rail line reopens after landslide",
			Site:      "Valley Times",
			URL:       "https://valleytimes.example/news/2025/08/05/rail-line-reopens",
			Published: time.Date(2025, 8, 5, 10, 15, 0, 0, time.UTC),
			Language:  "en",
			Encoding:  "utf-8",
		}},
		{"cp1252.html", Options{}, reprint.Meta{
			Title:    "Le café du port rouvre ses portes",
			Language: "fr",
			Encoding: "windows-1252",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			res, err := Extract(mustRead(t, tt.file), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, res.Meta); diff != "" {
				t.Errorf("Extract(%s, %+v).Meta mismatch (-want +got):\n%s", tt.file, tt.opts, diff)
			}
		})
	}
}

func TestExtractNoArticle(t *testing.T) {
	tests := []struct {
		name string
		raw  string
	}{
		{"empty", ""},
		{"whitespace", " \n\t "},
		{"script only", string(mustRead(t, "noarticle.html"))},
		{"empty body", "<html><head></head><body></body></html>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Extract([]byte(tt.raw), Options{})
			if !errors.Is(err, ErrNoArticle) {
				t.Errorf("Extract(%q) = %v, %v; want ErrNoArticle", tt.raw, res, err)
			}
		})
	}
}

// TestExtractMaxElements checks that a page with more tags than
// MaxElements is refused before it is parsed, and that one at the limit
// is read. The million-paragraph page of issue 13 took 344 s and 2 GB.
func TestExtractMaxElements(t *testing.T) {
	article := mustRead(t, "article.html") // 46 tags
	utf16 := []byte{0xFF, 0xFE}
	for _, c := range "<html><body>" + strings.Repeat("<p>a</p>", 20) + "</body></html>" {
		utf16 = append(utf16, byte(c), 0)
	}
	tests := []struct {
		name     string
		raw      []byte
		max      int
		wantMany bool
	}{
		{"article at the limit", article, 46, false},
		{"article over the limit", article, 45, true},
		{"article, default limit", article, 0, false},
		{"UTF-16LE, 22 tags, limit 21", utf16, 21, true},
		{"UTF-16LE, 22 tags, limit 22", utf16, 22, false},
		{"a million paragraphs, default limit", []byte(strings.Repeat("<p>a</p>", 1_000_000)), 0, true},
		{"default limit passed by one", []byte(strings.Repeat("<p>a</p>", DefaultMaxElements) + "<br>"), 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Extract(tt.raw, Options{MaxElements: tt.max})
			if got := errors.Is(err, ErrTooManyElements); got != tt.wantMany || (err != nil && !tt.wantMany && !errors.Is(err, ErrNoArticle)) {
				t.Errorf("Extract(%s, MaxElements %d) error %v; want ErrTooManyElements %v", tt.name, tt.max, err, tt.wantMany)
			}
		})
	}
}

func TestExtractPlain(t *testing.T) {
	res, _ := mustExtract(t, "article.html")
	// go-trafilatura's own text runs blocks together and splits words at
	// inline tags: the baseline Body improves on.
	for _, want := range []string{"repairs The harbour", "super market"} {
		if !strings.Contains(res.Plain, want) {
			t.Errorf("Plain does not contain %q: %q", want, res.Plain)
		}
	}
}

func TestExtractTruncated(t *testing.T) {
	raw := mustRead(t, "article.html")
	for n := 0; n <= len(raw); n += 37 {
		res, err := Extract(raw[:n], Options{})
		if err != nil {
			if !errors.Is(err, ErrNoArticle) {
				t.Errorf("Extract(article.html[:%d]) error %v; want nil or ErrNoArticle", n, err)
			}
			continue
		}
		checkSpans(t, res, raw[:n])
	}
	res, raw := mustExtract(t, "truncated.html")
	if !strings.HasSuffix(res.Body, "diversion throu") {
		t.Errorf("Extract(truncated.html).Body ends %q; want the text up to the cut", res.Body[max(0, len(res.Body)-40):])
	}
	checkSpans(t, res, raw)
}

// checkSpans checks that every BodyMap source range lies within raw.
func checkSpans(t *testing.T, res *Result, raw []byte) {
	t.Helper()
	for _, s := range res.BodyMap {
		if s.Src < 0 || s.SrcLen < 0 || s.Src+s.SrcLen > len(raw) || s.Dst+s.DstLen > len(res.Body) {
			t.Fatalf("BodyMap segment %+v outside raw (%d bytes) or Body (%d bytes)", s, len(raw), len(res.Body))
		}
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name     string
		raw      []byte
		want     string
		encoding string
	}{
		{"utf-8", []byte("<p>café</p>"), "<p>café</p>", "utf-8"},
		{"utf-8 bom", []byte("\xEF\xBB\xBF<p>café</p>"), "<p>café</p>", "utf-8"},
		{"utf-16le bom", []byte("\xFF\xFE<\x00p\x00>\x00\xE9\x00"), "<p>é", "utf-16le"},
		{"meta charset", []byte(`<meta charset="iso-8859-15"><p>` + "\xA4"), `<meta charset="iso-8859-15"><p>€`, "iso-8859-15"},
		{"http-equiv", []byte(`<meta http-equiv="content-type" content="text/html; charset=windows-1251"><p>` + "\xC4\xE0"), `<meta http-equiv="content-type" content="text/html; charset=windows-1251"><p>Да`, "windows-1251"},
		// Valid UTF-8 wins over a stale declaration.
		{"stale declaration", []byte(`<meta charset="iso-8859-1"><p>café`), `<meta charset="iso-8859-1"><p>café`, "utf-8"},
		{"undeclared 1252", []byte("<p>caf\xE9 \x93q\x94"), "<p>café “q”", "windows-1252"},
		// A declaration of UTF-8 on bytes that are windows-1252: the
		// declaration lies (issue 13, fault 4: U+FFFD in title and text).
		{"declared utf-8, really 1252", []byte("<meta charset=utf-8><title>Caf\xE9</title><p>a\xFFb \x93q\x94"), "<meta charset=utf-8><title>Café</title><p>aÿb “q”", "windows-1252"},
		{"declared utf-8 in http-equiv, really 1252", []byte(`<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><p>d` + "\xE9j\xE0"), `<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><p>déjà`, "windows-1252"},
		{"undeclared, 1252 after 1024 ASCII bytes", []byte(strings.Repeat(" ", 1100) + "<p>caf\xE9"), strings.Repeat(" ", 1100) + "<p>café", "windows-1252"},
		{"shift_jis", []byte(`<meta charset="shift_jis"><p>` + "\x93\xfa\x96\x7b"), `<meta charset="shift_jis"><p>日本`, "shift_jis"},
		{"utf-16le holding U+FFFD", []byte("\xFF\xFE<\x00p\x00>\x00\xFD\xFF"), "<p>\uFFFD", "utf-16le"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, m, enc, err := decode(tt.raw)
			if got != tt.want || enc != tt.encoding || err != nil {
				t.Errorf("decode(%q) = %q, %q, %v; want %q, %q, nil", tt.raw, got, enc, err, tt.want, tt.encoding)
			}
			// Every character maps back to bytes that decode to it.
			for i, r := range got {
				sp := m.SourceSpan(reprint.Span{Start: i, End: i + len(string(r))})
				if sp.Start < 0 || sp.End > len(tt.raw) || sp.Empty() {
					t.Errorf("decode(%q): %q at %d maps to %v", tt.raw, r, i, sp)
				}
			}
		})
	}
}

// TestDecodeRejects: bytes that cannot be decoded in the encoding they are
// in or declare are an error, never U+FFFD in the text.
func TestDecodeRejects(t *testing.T) {
	tests := []struct {
		name string
		raw  []byte
	}{
		{"damaged utf-8", []byte("<p>café a\xFFb")},
		{"declared utf-8, damaged", []byte("<meta charset=utf-8><p>café a\xFFb")},
		{"damaged utf-8 after 1024 bytes", []byte("<p>café" + strings.Repeat(" ", 1100) + "a\xFFb")},
		{"utf-8 bom, invalid", []byte("\xEF\xBB\xBF<p>caf\xE9")},
		{"utf-16le, unpaired surrogate", []byte("\xFF\xFE<\x00p\x00>\x00\x00\xD8a\x00")},
		{"utf-16le, odd byte", []byte("\xFF\xFE<\x00p\x00>\x00a")},
		{"shift_jis, invalid", []byte(`<meta charset="shift_jis"><p>` + "\x93\xfa\x96\x7b\xFF\xFF")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, enc, err := decode(tt.raw)
			if !errors.Is(err, ErrEncoding) {
				t.Errorf("decode(%q) = %q, %q, %v; want ErrEncoding", tt.raw, got, enc, err)
			}
		})
	}
	// Through Extract: a page with a story, damaged.
	raw := append(mustRead(t, "article.html"), "<p>café a\xFFb</p>"...)
	if _, err := Extract(raw, Options{}); !errors.Is(err, ErrEncoding) {
		t.Errorf("Extract(article.html + invalid byte) error %v; want ErrEncoding", err)
	}
}

func TestWindows1252Offsets(t *testing.T) {
	res, raw := mustExtract(t, "cp1252.html")
	i := strings.Index(res.Body, "Après")
	sp := res.BodyMap.SourceSpan(reprint.Span{Start: i, End: i + len("Après")})
	if got := string(raw[sp.Start:sp.End]); got != "Apr\xe8s" {
		t.Errorf("raw at BodyMap span of %q = %q; want %q", "Après", got, "Apr\xe8s")
	}
}

func TestBodyMapWords(t *testing.T) {
	for _, f := range []string{"article.html", "cp1252.html", "broken.html", "truncated.html"} {
		t.Run(f, func(t *testing.T) {
			res, raw := mustExtract(t, f)
			checkWords(t, res, raw)
		})
	}
}

var tagRE = regexp.MustCompile(`(?s)<[^>]*>`)

// checkWords checks the offsets property: for every Body paragraph that
// maps to a non-empty range, the raw bytes of that range, decoded, with
// tags dropped and entities unescaped, contain the paragraph's words in
// order. It returns the number of paragraphs checked and not found.
func checkWords(t *testing.T, res *Result, raw []byte) (checked, missing int) {
	t.Helper()
	off := 0
	for _, p := range strings.Split(res.Body, "\n\n") {
		sp := res.BodyMap.SourceSpan(reprint.Span{Start: off, End: off + len(p)})
		off += len(p) + 2
		if sp.Start < 0 || sp.End > len(raw) {
			t.Fatalf("paragraph %q maps to %v outside raw (%d bytes)", p, sp, len(raw))
		}
		if sp.Empty() {
			missing++
			continue
		}
		checked++
		chunk := raw[sp.Start:sp.End]
		if res.Meta.Encoding == "windows-1252" {
			chunk, _ = charmap.Windows1252.NewDecoder().Bytes(chunk)
		}
		text := html.UnescapeString(tagRE.ReplaceAllString(string(chunk), ""))
		rest := text
		for _, w := range strings.FieldsFunc(p, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			i := strings.Index(rest, w)
			if i < 0 {
				t.Errorf("paragraph %q: word %q not in order in raw[%v] = %q", p, w, sp, text)
				break
			}
			rest = rest[i+len(w):]
		}
	}
	return checked, missing
}

// TestHeadAuthor: a wire's byline of capitals in the page's author field
// ("TT"), which go-trafilatura's validation drops, is read as written.
func TestHeadAuthor(t *testing.T) {
	page := `<html><head><meta name="author" content="TT"><meta property="og:site_name" content="Sundbladet"><title>Bruket stänger</title></head><body><article><h1>Bruket stänger</h1>` +
		strings.Repeat(`<p>Bruket i Kvarnsund stänger vid årsskiftet, och alla 312 anställda varslas om uppsägning enligt ett besked på tisdagen.</p>`, 4) +
		`</article></body></html>`
	res, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Meta.Author != "TT" {
		t.Errorf("Author = %q; want %q", res.Meta.Author, "TT")
	}
}

// TestLeads: a lead paragraph above the byline, which go-trafilatura's
// content leaves out, opens the body; a dek and a lead image's caption
// do not.
func TestLeads(t *testing.T) {
	body := strings.Repeat(`<p>Raset løsnet fra fjellsiden like før klokka halv ett, etter et døgn med kraftig regn, og dekker veien på en strekning på rundt førti meter.</p>`, 5)
	page := `<html><head><title>Ras stengte fylkesveien</title></head><body><nav><a href="/">Forsiden</a></nav><main><article>` +
		`<h1>Ras stengte fylkesveien</h1>` +
		`<p class="article__dek">Sørvågen er isolert etter raset natt til tirsdag, skriver avisen.</p>` +
		`<figure class="lead-image"><img src="x.jpg"><figcaption><p class="lead-caption">Raset sett fra sjøen tirsdag morgen, fotografert fra båten av en leser.</p></figcaption></figure>` +
		`<p class="article__lead article__lead--local">Den første båten fra Sørvågen la til kai i sentrum klokka 12.10 tirsdag, med 31 passasjerer om bord.</p>` +
		`<div class="article__byline"><span>NTB</span><time datetime="2025-10-14T13:25:00+02:00">14.10.2025</time></div>` +
		`<div class="article__body">` + body + `</div></article></main></body></html>`
	res, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(res.Body, "Den første båten fra Sørvågen") {
		t.Errorf("the body does not open with the lead:\n%s", res.Body)
	}
	for _, s := range []string{"Sørvågen er isolert etter raset", "Raset sett fra sjøen"} {
		if strings.Contains(res.Body, s) {
			t.Errorf("the body holds %q:\n%s", s, res.Body)
		}
	}
	// Offsets: the lead maps back to its bytes in the page.
	i := strings.Index(res.Body, "Den første båten")
	sp := res.BodyMap.SourceSpan(reprint.Span{Start: i, End: i + len("Den første båten")})
	if got := page[sp.Start:sp.End]; got != "Den første båten" {
		t.Errorf("the lead maps to %q", got)
	}
}

// TestLeadSapo: a Vietnamese page's sapo, the lead set in a <div> of
// its own (class "article-sapo") above the body, opens the body; a <div>
// of that class holding the story's paragraphs is no lead.
func TestLeadSapo(t *testing.T) {
	body := strings.Repeat(`<p>Khoảng 21h ngày 14/10, tổ quản lý hồ phát hiện nước thấm ra ở ba vị trí trên mái hạ lưu đập, cách đỉnh đập 4-6 m.</p>`, 5)
	page := `<html><head><title>Sơ tán khẩn cấp hơn 400 hộ dân</title></head><body><main><article>` +
		`<h1 class="article-title">Sơ tán khẩn cấp hơn 400 hộ dân vì đập hồ Khe Lim rò rỉ</h1>` +
		`<div class="article-meta"><span>Xã hội</span><time datetime="2024-10-15T11:12:00+07:00">15/10/2024</time></div>` +
		`<div class="article-sapo"><strong>Sau ba ngày mưa lớn, thân đập hồ thủy lợi Khe Lim xuất hiện ba điểm thấm nước đục, chính quyền phải sơ tán hơn 400 hộ dân.</strong></div>` +
		`<div class="article-body">` + body + `</div></article></main></body></html>`
	res, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(res.Body, "Sau ba ngày mưa lớn") {
		t.Errorf("the body does not open with the sapo:\n%s", res.Body)
	}
	if strings.Count(res.Body, "Khoảng 21h") != 5 {
		t.Errorf("the body's paragraphs are not kept once each:\n%s", res.Body)
	}
}

// TestAuthorAgency: a byline paragraph that gives the agency in
// parentheses after the author ("Hoàng Lâm (TTXVN)") adds the agency as a
// second author; a parenthesis in lower case (a photo's note) or written
// as a name (the correspondent's town) does not.
func TestAuthorAgency(t *testing.T) {
	body := strings.Repeat(`<p>Mưa lớn kéo dài từ đêm 25/10 đã gây lũ quét tại xã Tà Lơn, làm sập ba ngôi nhà và cuốn trôi nhiều tài sản của người dân.</p>`, 5)
	for _, tc := range []struct{ byline, want string }{
		{"Hoàng Lâm (TTXVN)", "Hoàng Lâm; TTXVN"},
		{"Hoàng Lâm (ảnh)", "Hoàng Lâm"},
		{"Hoàng Lâm (Tà Lơn)", "Hoàng Lâm"}, // the correspondent's town, written as a name
	} {
		page := `<html><head><title>Khắc phục hậu quả lũ quét</title><meta name="author" content="Hoàng Lâm"></head><body><article>` +
			`<h1>Khắc phục hậu quả lũ quét tại xã Tà Lơn</h1>` + body +
			`<p class="author" style="text-align:right"><strong>` + tc.byline + `</strong></p></article></body></html>`
		res, err := Extract([]byte(page), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if res.Meta.Author != tc.want {
			t.Errorf("byline %q: Author = %q; want %q", tc.byline, res.Meta.Author, tc.want)
		}
	}
}

// TestSourceAgency: a source line under the headline whose class is a
// source's and whose text is a label and an agency in capitals
// ("Πηγή: ΑΠΕ-ΜΠΕ") adds the agency as an author; a name in lower case
// (a person), another class, or a picture's source does not.
func TestSourceAgency(t *testing.T) {
	body := strings.Repeat(`<p>Σε ξέρα προσάραξε λίγο μετά τις 06:15 σήμερα το πρωί το επιβατηγό πλοίο, κατά τον κατάπλου του στο λιμάνι, με 312 επιβάτες.</p>`, 5)
	for _, tc := range []struct{ meta, want string }{
		{`<span class="source">Πηγή: ΑΠΕ-ΜΠΕ</span>`, "ΑΠΕ-ΜΠΕ"},
		{`<span class="article-source">Quelle: DPA</span>`, "DPA"},
		{`<span class="source">Πηγή: Γιάννης Παππάς</span>`, ""},
		{`<span class="category">Πηγή: ΑΠΕ-ΜΠΕ</span>`, ""},
		{`<figure><img src="a.jpg"><figcaption><span class="source">Φωτ.: EUROKINISSI</span></figcaption></figure>`, ""},
		// A name in a script without case, after a full-width colon
		// (a Chinese portal's "来源：" beside the date); a phrase is none.
		{`<span class="source">来源：澜西发布</span>`, "澜西发布"},
		{`<span class="source">来源：澜西区 融媒体中心</span>`, ""},
	} {
		page := `<html><head><title>Προσάραξη πλοίου</title></head><body><article>` +
			`<h1>Προσάραξη πλοίου έξω από το λιμάνι</h1><div class="article-meta">` + tc.meta + `</div>` +
			`<div class="article-body">` + body + `</div></article></body></html>`
		res, err := Extract([]byte(page), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if res.Meta.Author != tc.want {
			t.Errorf("%s: Author = %q; want %q", tc.meta, res.Meta.Author, tc.want)
		}
	}
}

// TestSignatureAgency: with no author given, a signature paragraph whose
// whole text is a person's name and an agency in parentheses ("Rivo A.
// (ANTA)", under the story) gives both; a longer phrase before the
// parenthesis, or a lower-case one, is no signature.
func TestSignatureAgency(t *testing.T) {
	body := strings.Repeat(`<p>Vaky ny 14 metatra ny tohodranon’i Sahamarotra ka tandindomin-doza ny tanimbary 1 850 hekitara eto amin’ny distrika.</p>`, 5)
	for _, tc := range []struct{ class, sig, want string }{
		{"article-signature", "Rivo A. (ANTA)", "Rivo A.; ANTA"},
		{"byline", "Rivo A. (ANTA)", "Rivo A; ANTA"}, // go-trafilatura reads the author, without its full stop
		{"article-signature", "Ny sary nalain’i Rivo A. (ANTA)", ""},
		{"article-signature", "Rivo A. (sary)", ""},
		// The agency alone in the byline's place; a lower-case phrase
		// in parentheses is none, nor a class that only holds "firma".
		{"firma", "(Europa Press)", "Europa Press"},
		{"firma", "(foto de archivo)", ""},
		{"confirmation", "(Europa Press)", ""},
		{"caption", "Rivo A. (ANTA)", ""},
	} {
		page := `<html><head><title>Tohodrano vaky</title></head><body><article>` +
			`<h1>Vaky ny tohodranon’i Sahamarotra</h1>` + body +
			`<p class="` + tc.class + `"><strong>` + tc.sig + `</strong></p></article></body></html>`
		res, err := Extract([]byte(page), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if res.Meta.Author != tc.want {
			t.Errorf("%s %q: Author = %q; want %q", tc.class, tc.sig, res.Meta.Author, tc.want)
		}
	}
}

// TestSiteNames: the masthead's site title and tagline, and the footer's
// brand line, become Meta.SiteNames, as written; the site name the head gives, a tagline
// inside the article, and a paragraph-long description do not.
func TestSiteNames(t *testing.T) {
	body := strings.Repeat(`<p>Lihoai tse fetang 300 tsa Ha Mphanya li lahlehetsoe ke boea bohle ba selemo sena ka mor'a hore shete e jeoe ke malakabe.</p>`, 5)
	page := `<html><head><title>Shete e cha</title><meta property="og:site_name" content="Lesotho National Broadcasting Service"></head><body>` +
		`<header class="site-header"><div class="site-branding"><p class="site-title"><a href="/">LNBS</a></p>` +
		`<p class="site-description">Lesotho National Broadcasting Service – Radio Lesotho &amp; Lesotho Television</p></div></header>` +
		`<div class="sticky"><span class="site-name">LNBS</span><span class="brand-tagline">Lesotho National Broadcasting Service</span></div>` +
		`<main><article><h1>Shete e cha Mokhotlong</h1><p class="tagline">Litaba tsa rona</p>` + body + `</article></main>` +
		`<footer><p class="footer-slogan">` + strings.Repeat("word ", maxSiteNameWords+1) + `</p><p class="footer-brand">LNBS – Seea sa Sechaba</p></footer></body></html>`
	res, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"LNBS", "Lesotho National Broadcasting Service – Radio Lesotho & Lesotho Television", "LNBS – Seea sa Sechaba"}
	if !slices.Equal(res.Meta.SiteNames, want) {
		t.Errorf("SiteNames = %q; want %q", res.Meta.SiteNames, want)
	}
}

// TestExtractDateDeterministic: a page whose JSON-LD gives a
// datePublished and a dateCreated of one day is dated by datePublished
// on every run (go-htmldate walked the object in Go's random map order
// before third_party's patch).
func TestExtractDateDeterministic(t *testing.T) {
	page := `<html><head><title>Pochettino sacked</title><script type="application/ld+json">{"@type":"NewsArticle",` +
		`"datePublished":"2019-11-20T06:37:00","dateModified":"2019-11-20T11:42:00","dateCreated":"2019-11-20T06:40:00"}</script></head><body><article><h1>Pochettino sacked</h1>` +
		strings.Repeat(`<p>Tottenham have sacked their manager after five years in charge, the club said in a statement on Tuesday night.</p>`, 4) +
		`</article></body></html>`
	for i := 0; i < 30; i++ {
		res, err := Extract([]byte(page), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Meta.Published.Format("15:04"); got != "06:37" {
			t.Fatalf("run %d: Published %v; want datePublished's 06:37", i, res.Meta.Published)
		}
	}
}

// TestPlatformAccount: a page of a platform that publishes its accounts'
// articles (WeChat's 微信公众平台) names the account as its site, from
// twitter:creator; an @handle, or another site, keeps the site name.
func TestPlatformAccount(t *testing.T) {
	body := strings.Repeat(`<p>记者从区水利局获悉，为确保今年汛期堤防安全，溆水澜西段堤防提标加固工程将于4月8日全面开工，西堤路实行全封闭施工。</p>`, 5)
	for _, tc := range []struct{ site, creator, want string }{
		{"微信公众平台", "澜西发布", "澜西发布"},
		{"微信公众平台", "@lanxi", "微信公众平台"},
		{"微信公众平台", "", "微信公众平台"},
		{"溆川网", "澜西发布", "溆川网"},
	} {
		head := `<meta property="og:site_name" content="` + tc.site + `">`
		if tc.creator != "" {
			head += `<meta property="twitter:creator" content="` + tc.creator + `">`
		}
		page := `<html><head><title>西堤路封闭施工</title>` + head + `</head><body><article><h1>西堤路封闭施工</h1>` + body + `</article></body></html>`
		res, err := Extract([]byte(page), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if res.Meta.Site != tc.want {
			t.Errorf("site %q, creator %q: Site = %q; want %q", tc.site, tc.creator, res.Meta.Site, tc.want)
		}
	}
}
