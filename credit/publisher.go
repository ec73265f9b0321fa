package credit

import (
	"net"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/publicsuffix"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/pressrelease"
)

// How Publisher found an article's publisher: the second result of
// [Publisher].
const (
	HowSite       = "site"        // Meta.Site
	HowURL        = "url"         // Meta.URL's domain, named by the domain table
	HowDomain     = "domain"      // Meta.URL's second-level domain label, "newsthirst"
	HowCopyright  = "copyright"   // the article's own "© X" line
	HowByline     = "byline"      // the article's own "By Jane Doe, X" line
	HowRelease    = "release"     // a press release's "About X" heading (pressrelease.Issuer)
	HowCreditLine = "credit-line" // the article's own "Source: X", "Credit: X" line
	HowPlatform   = "platform"    // a social post's title: "Maren Holloway on Instagram: …"
)

// Publisher returns the article's own publisher and how it was found, in
// this order of trust:
//
//  1. Meta.Site, as written ("BBC News").
//  2. Meta.URL's domain: the name the domain table gives (bbc.co.uk and
//     bbc.com are "BBC"), else the second-level label ("newsthirst" for
//     www.newsthirst.com).
//  3. A line of the article's own Text that says whose the content is,
//     first found of: a copyright line "© BBC" from Attribution; a byline
//     "By Jane Doe, BBC News"; a credit line "Source: BBC", "Credit: BBC"
//     from Attribution (a reprint credited to the BBC is BBC content),
//     unless the text was scraped from a page (scrapedFurniture).
//
// A name mentioned inside a sentence ("confirmed by the BBC") is the
// article's reporting, not a byline, and is never used. Publisher returns
// "", "" when nothing tells; a nil article has no publisher.
func Publisher(a *reprint.Article) (name string, how string) {
	if a == nil {
		return "", ""
	}
	if s := strings.TrimSpace(a.Meta.Site); s != "" {
		return s, HowSite
	}
	if host := hostOf(a.Meta.URL); host != "" {
		if name, fromTable := domainPublisher(host); name != "" {
			if fromTable {
				return name, HowURL
			}
			return name, HowDomain
		}
	}
	var credit string
	for _, at := range a.Attribution {
		name := strings.TrimSpace(at.Name)
		switch {
		case name == "":
		case at.Form == FormCopyright:
			return name, HowCopyright
		case credit == "" && creditLineForm(at.Form) && at.Form != FormContributed:
			// Who contributed to a report did not publish it.
			credit = name
		}
	}
	if _, ok := pressrelease.Recognise(a.Text); ok && credit == "" {
		// The issuer's own release; not a copy of it that credits the
		// outlet it took it from ("The post … appeared first on X").
		if name := pressrelease.Issuer(a.Text); name != "" {
			return name, HowRelease
		}
	}
	if name := byline(a.Text); name != "" {
		return name, HowByline
	}
	if credit != "" && a.Meta.Furniture < scrapedFurniture {
		return credit, HowCreditLine
	}
	title := a.Meta.Title
	if title == "" {
		// A plain text's capture opens with the page's title, too long
		// for a headline when it quotes the post ("Maren Holloway on
		// Instagram: "This is the post I hoped …"").
		title, _, _ = strings.Cut(strings.TrimSpace(a.Text), "\n")
	}
	if p := titlePlatform(title); p != "" {
		return p, HowPlatform
	}
	if p := a.Meta.Platform; p != "" {
		// The capture's platform lines, which cleaning removed.
		return p, HowPlatform
	}
	return "", ""
}

// platforms are the social platforms whose posts a capture's title
// names: "Maren Holloway on Instagram: "…"", "Name on X: "…" / X",
// "Name - Posts | Facebook", "Name (@handle) | TikTok".
var platforms = []string{"Instagram", "Facebook", "TikTok", "Threads", "LinkedIn", "YouTube", "Bluesky", "Twitter", "X"}

// accountLines bounds how far down a post's capture its account's handle
// is looked for: under the platform's own bar (its name, "Log in", "Sign
// up"), the handle, a badge, "Follow" and the post's place.
const accountLines = 15

// handleLine matches a line that is an account's handle alone, as a
// capture of a post prints it over the post and again at its caption
// ("prefeituralagoaserena"), or after an "@" under the account's name,
// capitals and all ("@TochukwuEbereNPF").
var handleLine = regexp.MustCompile(`^@?[a-z0-9._]{3,30}$|^@[A-Za-z0-9_]{2,30}$`)

// PostCapture returns the platform a plain-text capture of a social post
// was captured from, when its title or its first line names one
// ("Instagram" over the page, "(3) Mairie de Varenne | Facebook"), and
// the names of the post's account, as the capture (body, its text before
// cleaning, and title) prints them: the title's "Name | Facebook" or
// "Name on Instagram: …", and, in a capture that names its platform, the
// handle that heads the post and its caption (printed twice in the first
// accountLines lines, or once after an "@"). A post's publisher is its
// platform (Publisher); a story that credits the account ("Com
// informações da Prefeitura de Lagoa Serena", "akun Instagram resmi
// @polres_karangsari") names the post as surely as one that names the
// platform. Cleaning removes the platform's lines and keeps both in
// reprint.Meta (Platform, Accounts).
func PostCapture(body, title string) (platform string, accounts []string) {
	var head []string
	for line := range strings.Lines(body) {
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		if head = append(head, line); len(head) == accountLines {
			break
		}
	}
	var out []string
	titles := []string{strings.TrimSpace(title)}
	if len(head) > 0 {
		titles = append(titles, head[0])
		if slices.Contains(platforms, head[0]) {
			platform = head[0]
		}
	}
	for _, t := range titles {
		p := titlePlatform(t)
		if p == "" {
			continue
		}
		platform = p
		name := t
		for _, p := range platforms {
			if i := postOn(t, p); i > 0 {
				name = t[:i]
				break
			}
			name = strings.TrimSuffix(strings.TrimSuffix(name, " | "+p), " / "+p)
		}
		if strings.HasPrefix(name, "(") {
			if _, rest, ok := strings.Cut(name, ") "); ok {
				name = rest // the unread count: "(3) Mairie de Varenne | Facebook"
			}
		}
		if name = strings.TrimSpace(name); name != "" && name != t && !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	if platform == "" {
		return "", out
	}
	seen := map[string]int{}
	for _, line := range head {
		if !handleLine.MatchString(line) || !strings.ContainsFunc(line, unicode.IsLetter) {
			continue
		}
		h := strings.TrimPrefix(line, "@")
		seen[h]++
		if (seen[h] == 2 || strings.HasPrefix(line, "@")) && !slices.Contains(out, h) {
			out = append(out, h)
		}
	}
	return platform, out
}

// titlePlatform returns the platform a post's title names, as its
// captures title it: "X on Platform:" opening the title, or the
// platform's name closing it after " | " or " / ". A post published
// there is the platform's page, and a report that says "in an
// Instagram post" or "wrote on Instagram" names where it was read.
func titlePlatform(title string) string {
	title = strings.TrimSpace(title)
	for _, p := range platforms {
		if postOn(title, p) > 0 {
			return p
		}
		if strings.HasSuffix(title, " | "+p) || strings.HasSuffix(title, " / "+p) {
			return p
		}
	}
	return ""
}

// postOnWords are the prepositions a post's title puts between its
// account and its platform, in the platforms' interface languages: "X on
// Instagram:", Norwegian and Swedish "på X:", Spanish and Catalan "en
// X:", French "sur", German "auf", Dutch "op", Italian "su",
// Portuguese "no", Slavic "na", Polish "w".
var postOnWords = []string{"on", "på", "en", "sur", "auf", "op", "su", "no", "na", "w"}

// postOn returns where the account's name ends in a post's title that
// names it and its platform p ("Politiet i Nordfjell på X: "…""), or -1.
func postOn(title, p string) int {
	for _, w := range postOnWords {
		if i := strings.Index(title, " "+w+" "+p+":"); i > 0 && i < platformNameBytes {
			return i
		}
	}
	return -1
}

// platformNameBytes bounds the account's name before " on Instagram:":
// a person's or a page's name, not a sentence.
const platformNameBytes = 80

// scrapedFurniture is how many lines of a web page's furniture cleaning
// removes from a text scraped from a page (reprint.Meta.Furniture; the
// engine's scrapedMinLines): a scraper's copy of a page keeps that page's
// credit line ("Chanzo: HabariLeo" under a blog's copy), which says whose
// the page's text was, not who published the scrape.
const scrapedFurniture = 2

// maxBylineWords bounds a byline line; "By Jane Doe and John Roe, BBC
// News" has 8. A longer line starting with "By" is a sentence ("By
// Thursday, Russia had…").
const maxBylineWords = 12

// byline returns the outlet of the first line of text of the form "By
// <person>, <outlet>" (also with " | " or a spaced dash), where both parts
// are capitalised names.
func byline(text string) string {
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		rest, ok := strings.CutPrefix(line, "By ")
		if !ok || len(strings.Fields(line)) > maxBylineWords {
			continue
		}
		for _, sep := range []string{", ", " | ", " - ", " – ", " — "} {
			i := strings.LastIndex(rest, sep)
			if i < 0 {
				continue
			}
			person, outlet := rest[:i], strings.TrimSpace(rest[i+len(sep):])
			if capitalisedName(person) && capitalisedName(outlet) {
				return outlet
			}
		}
	}
	return ""
}

// capitalisedName reports whether s is a short name whose words are all
// capitalised, apart from connectors ("Bank of England") and, after its
// first word, a channel number ("WRQB News 6", "Channel 4").
func capitalisedName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > maxNameWords {
		return false
	}
	for i, w := range f {
		if connector(w) && i > 0 && i < len(f)-1 || i > 0 && channelNumber(w) {
			continue
		}
		if !capWord(w) {
			return false
		}
	}
	return true
}

// channelNumber reports whether w is a broadcaster's channel number: one
// to three digits ("6", "12").
func channelNumber(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// creditLineForm reports whether form is an attribution-line form that
// credits a source: credit, source, via, originally-published. Copyright
// is not among them: "© X" in an article is the article's own notice.
func creditLineForm(form string) bool {
	switch form {
	case FormCredit, FormSource, FormVia, FormOriginally, FormContributed:
		return true
	}
	return false
}

// hostOf returns the lower-case host of a URL or bare domain
// ("www.bbc.co.uk/news" works too) without "www.", port or trailing dot,
// or "" when there is none or it is an IP address.
func hostOf(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	if !strings.Contains(raw, "://") {
		if strings.HasPrefix(raw, "//") {
			raw = "http:" + raw
		} else {
			raw = "http://" + raw
		}
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if host == "" || net.ParseIP(host) != nil || !strings.Contains(host, ".") {
		return ""
	}
	return strings.TrimPrefix(host, "www.")
}

// looksLikeHost reports whether name is written as a domain or URL rather
// than as words: "bbc.co.uk", "https://www.reuters.com".
func looksLikeHost(name string) bool {
	name = strings.TrimSpace(name)
	if strings.Contains(name, "://") {
		return true
	}
	if strings.ContainsFunc(name, unicode.IsSpace) {
		return false
	}
	i := strings.LastIndexByte(name, '.')
	return i > 0 && i < len(name)-2 && topLevel(strings.ToLower(name[i+1:]))
}

// topLevel reports whether label may be a top-level domain: a country's
// two letters, or three in a script of its own (".рф", ".срб"), a
// punycode label, or one of the generic domains news sites use. A brand
// written with a dot ("Qırım.Aqiqat", "Крым.Реалии") is no host.
func topLevel(label string) bool {
	if strings.HasPrefix(label, "xn--") || utf8.RuneCountInString(label) == 2 {
		return true
	}
	if utf8.RuneCountInString(label) == 3 && strings.IndexFunc(label, func(r rune) bool { return r < utf8.RuneSelf }) < 0 {
		return true
	}
	switch label {
	case "com", "org", "net", "info", "biz", "gov", "edu", "int", "mil", "news", "media", "online", "site",
		"website", "press", "today", "live", "world", "global", "network", "digital", "club", "blog", "email",
		"agency", "africa", "asia", "eus", "cat", "gal", "bzh", "scot", "wales", "cymru", "radio", "tv", "fm",
		"app", "page", "city", "town", "london", "nyc", "berlin", "paris", "wien", "swiss", "quebec", "top",
		"xyz", "pro", "name", "mobi", "tech", "space", "store", "life", "report", "review", "zone", "one":
		return true
	}
	return false
}

// domainPublisher names the publisher of host: the domain table's name
// (fromTable true) or the second-level label of the registrable domain.
func domainPublisher(host string) (name string, fromTable bool) {
	reg := registrable(host)
	// Every suffix of host down to the registrable domain, longest first,
	// so that a subdomain entry (abcnews.go.com) wins over its parent.
	for h := host; len(h) >= len(reg); {
		if name := domainTable(h); name != "" {
			return name, true
		}
		i := strings.IndexByte(h, '.')
		if i < 0 {
			break
		}
		h = h[i+1:]
	}
	label, _, _ := strings.Cut(reg, ".")
	return label, false
}

// registrable returns the registrable domain of host, one label under its
// public suffix as the Public Suffix List gives it (bbc.co.uk, abc.net.au,
// a blog under blogspot.com). A host under a top-level domain the list
// does not have (the documentation domains of RFC 2606, ".example";
// an intranet's names) is read as a country's are: a generic second level
// ("co", "com", "org" …) is part of the suffix, so that
// "haddletonmercury.co.example" and "fennvalleyadvertiser.co.example" are
// two sites, not one "co.example".
func registrable(host string) string {
	if _, icann := publicsuffix.PublicSuffix(host); icann {
		if reg, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
			return reg
		}
	}
	labels := strings.Split(host, ".")
	if len(labels) >= 3 {
		// A real domain under a reserved one ("aeronchronicle.co.uk.example",
		// RFC 2606's documentation names): the registrable domain of the
		// real part, under the reserved label.
		inner := strings.Join(labels[:len(labels)-1], ".")
		if _, icann := publicsuffix.PublicSuffix(inner); icann && strings.Contains(inner, ".") {
			if reg, err := publicsuffix.EffectiveTLDPlusOne(inner); err == nil {
				return reg + "." + labels[len(labels)-1]
			}
		}
	}
	n := 2
	if len(labels) >= 3 && genericSecondLevel[labels[len(labels)-2]] {
		n = 3
	}
	if len(labels) < n {
		return host
	}
	return strings.Join(labels[len(labels)-n:], ".")
}

// genericSecondLevel are the second levels countries register sites under
// ("co.uk", "com.au", "gov.za", "ac.ke", "go.jp", "gob.mx"), read as part
// of the suffix under a top-level domain the Public Suffix List lacks.
var genericSecondLevel = map[string]bool{
	"com": true, "co": true, "org": true, "net": true, "gov": true, "edu": true, "ac": true, "or": true,
	"ne": true, "go": true, "gob": true, "gouv": true, "info": true, "in": true,
}

// domainTable names the publishers of common news domains whose
// second-level label is not their name (bbc.co.uk's label "bbc" would
// match "BBC" anyway; nytimes.com's "nytimes" would not match "The New
// York Times"). It is deliberately small: for a domain not listed the
// label is used, and SameName matches labels written solid
// ("newsthirst", "theguardian") and acronyms.
func domainTable(host string) string { return domainNames[host] }

// domainNames is domainTable's table: host → publisher name.
var domainNames = map[string]string{
	"bbc.co.uk":          "BBC",
	"bbc.com":            "BBC",
	"reuters.com":        "Reuters",
	"reuters.co.uk":      "Reuters",
	"apnews.com":         "The Associated Press",
	"ap.org":             "The Associated Press",
	"afp.com":            "AFP",
	"theguardian.com":    "The Guardian",
	"guardian.co.uk":     "The Guardian",
	"nytimes.com":        "The New York Times",
	"washingtonpost.com": "The Washington Post",
	"wsj.com":            "The Wall Street Journal",
	"ft.com":             "Financial Times",
	"economist.com":      "The Economist",
	"telegraph.co.uk":    "The Telegraph",
	"independent.co.uk":  "The Independent",
	"dailymail.co.uk":    "Daily Mail",
	"thetimes.co.uk":     "The Times",
	"thetimes.com":       "The Times",
	"sky.com":            "Sky News",
	"news.sky.com":       "Sky News",
	"cnn.com":            "CNN",
	"foxnews.com":        "Fox News",
	"nbcnews.com":        "NBC News",
	"cbsnews.com":        "CBS News",
	"abcnews.go.com":     "ABC News",
	"abc.net.au":         "ABC",
	"npr.org":            "NPR",
	"aljazeera.com":      "Al Jazeera",
	"dw.com":             "Deutsche Welle",
	"france24.com":       "France 24",
	"bloomberg.com":      "Bloomberg",
	"politico.com":       "Politico",
	"politico.eu":        "Politico",
	"cbc.ca":             "CBC",
	"euronews.com":       "Euronews",
	// The national news agencies (the members of the European Alliance
	// of News Agencies and of the Organization of Asia-Pacific News
	// Agencies, and the other agencies whose copy the world's papers
	// run), by the names their wires sign: a lede's "…, uppger TT" or
	// "…, сообщает ТАСС" attributes the story to a news organisation
	// (isOutlet), as "according to Reuters" does.
	"apa.at": "APA", "belga.be": "Belga", "bta.bg": "BTA", "hina.hr": "HINA", "ctk.cz": "ČTK",
	"ritzau.dk": "Ritzau", "stt.fi": "STT", "dpa.com": "dpa", "amna.gr": "ANA-MPA", "mti.hu": "MTI",
	"ansa.it": "ANSA", "adnkronos.com": "Adnkronos", "anp.nl": "ANP", "ntb.no": "NTB", "pap.pl": "PAP",
	"lusa.pt": "Lusa", "agerpres.ro": "Agerpres", "tasr.sk": "TASR", "sta.si": "STA", "efe.com": "EFE",
	"europapress.es": "Europa Press", "tt.se": "TT", "keystone-sda.ch": "Keystone-SDA", "aa.com.tr": "Anadolu Ajansı",
	"ukrinform.ua": "Укрінформ", "tass.ru": "ТАСС", "tass.com": "TASS", "ria.ru": "РИА Новости",
	"interfax.ru": "Интерфакс", "news.cn": "新华社", "xinhuanet.com": "新华社", "english.news.cn": "Xinhua",
	"chinanews.com.cn": "中新社", "kyodonews.jp": "共同通信", "english.kyodonews.net": "Kyodo", "jiji.com": "時事通信",
	"yna.co.kr": "연합뉴스", "en.yna.co.kr": "Yonhap", "ptinews.com": "PTI", "aninews.in": "ANI", "ians.in": "IANS",
	"antaranews.com": "ANTARA", "bernama.com": "Bernama", "pna.gov.ph": "PNA", "vnanet.vn": "TTXVN",
	"app.com.pk": "APP", "nannews.ng": "NAN", "gna.org.gh": "GNA", "wam.ae": "WAM", "spa.gov.sa": "SPA",
	"qna.org.qa": "QNA", "kuna.net.kw": "KUNA", "angop.ao": "ANGOP", "agenciabrasil.ebc.com.br": "Agência Brasil",
	"telam.com.ar": "Télam", "aap.com.au": "AAP", "thecanadianpress.com": "The Canadian Press", "pa.media": "PA Media",
	"irna.ir": "IRNA", "isna.ir": "ISNA", "unian.ua": "УНІАН", "kbc.co.ke": "KBC",
	"bssnews.net": "BSS", "leta.lv": "LETA", "elta.lt": "ELTA", "tna.mcot.net": "TNA", "tanjug.rs": "Tanjug",
	"rss.com.np": "RSS", "bns.ee": "BNS", "err.ee": "ERR", "akp.gov.kh": "AKP", "interpressnews.ge": "Interpressnews", "mia.mk": "MIA", "fena.ba": "FENA", "ata.gov.al": "ATA",
	"armenpress.am": "Armenpress", "azertag.az": "AZERTAC", "kpl.gov.la": "KPL", "ena.et": "ENA",
	"uza.uz": "UzA", "montsame.mn": "MONTSAME", "mapexpress.ma": "MAP", "map.ma": "MAP", "ruv.is": "RÚV", "kazinform.kz": "Kazinform",
}

// agencyScripts are the names the national agencies of domainNames sign
// in their own language's script, where the table gives another: a
// Bulgarian paper's "…, съобщи БТА", an Iranian portal's "به گزارش ایرنا",
// a Bangladeshi paper's dateline "(বাসস)", a Thai portal's "ที่มา:
// สำนักข่าวไทย", a Nepali daily's "(रासस)", ATA's Albanian initials
// "/ATSH/", a Lao daily's "ແຫຼ່ງຂ່າວ: ຂປລ", an Amharic site's "ኢዜአ
// እንደዘገበው", Kazinform's Kazakh name in both of Kazakh's alphabets.
// Read by isOutlet beside the table's names.
var agencyScripts = []string{"БТА", "BTA", "Ukrinform", "UNIAN", "ایرنا", "ایسنا", "ТАСС", "Интерфакс",
	"বাসস", "สำนักข่าวไทย", "МИА", "रासस", "ERR", "AKP",
	"ATSH", "Արմենպրես", "AZƏRTAC", "ኢዜአ", "ຂປລ", "中新网", "中国新闻网",
	"ҚазАқпарат", "QazAqparat"}
