package htmltext

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	"golang.org/x/net/html"
)

// When a page was last revised, and which page it renders
//
// A news page is revised in place: an update adds a paragraph at the top,
// a correction changes a figure, and the page keeps its URL and its
// publication time. The revision time is in the page's head as
// article:modified_time (Open Graph articles), og:updated_time,
// itemprop="dateModified", or "dateModified" in its JSON-LD; modified
// reads the first of them found in that order. Package provenance orders
// two revisions of one page by it.
//
// A page's head can also date it before the date reader's earliest
// year (archivedDate): a newspaper archive's digitised front page of 1975
// states article:published_time 1975-05-04, and only that statement, not
// a date in the text, dates the page so.
//
// A page's <link rel="canonical"> names the page it is a version of: an
// AMP or print rendering names its article, and a syndication partner's
// copy the original publisher's page. When it names another page than
// the page's own URL, it is kept as Meta.Canonical, and provenance reads
// it as the page's own statement of its source.

// modifiedMeta are the <meta> attributes and values that name a revision
// time, most specific first.
var modifiedMeta = []struct{ attr, value string }{
	{"property", "article:modified_time"},
	{"property", "og:updated_time"},
	{"itemprop", "datemodified"},
	{"name", "dcterms.modified"},
}

// modifiedLayouts are the forms revision times are written in: ISO 8601
// with and without a zone or seconds, and a bare date.
var modifiedLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05",
	"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02",
}

// modified returns the page's revision time, and a warning for a value
// found but not read ("" when none).
func modified(doc *html.Node) (time.Time, string) {
	return headTime(doc, modifiedMeta, "dateModified")
}

// publishedMeta are the <meta> attributes and values that name a
// publication time, most specific first.
var publishedMeta = []struct{ attr, value string }{
	{"property", "article:published_time"},
	{"itemprop", "datepublished"},
	{"name", "dcterms.issued"},
	{"name", "dcterms.created"},
}

// webEra is the earliest date go-trafilatura's date reader (htmldate)
// accepts: before it, a date in a page is taken for a date the story
// names, not the page's own. A page's head can still date it earlier —
// a newspaper archive's page of a 1975 front page says
// article:published_time 1975-05-04 — and archivedDate reads that.
var webEra = time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)

// archivedDate returns the publication time the page's head states
// (publishedMeta, or "datePublished" in its JSON-LD) when it is before
// webEra, the zero time otherwise: the date of a digitised archive
// page, which the date reader refuses as too early. Only the head's
// statement is read, never a date in the text, which may be any date
// the story names.
func archivedDate(doc *html.Node) time.Time {
	t, _ := headTime(doc, publishedMeta, "datePublished")
	if t.IsZero() || !t.Before(webEra) {
		return time.Time{}
	}
	return t
}

// headTime returns the time the first of metas found in the page's head
// gives, else the ldKey of its JSON-LD, and a warning for a value found
// but not read ("" when none).
func headTime(doc *html.Node, metas0 []struct{ attr, value string }, ldKey string) (time.Time, string) {
	var metas []string
	var ldJSON []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "meta":
				for i, m := range metas0 {
					if strings.EqualFold(attr(n, m.attr), m.value) {
						for len(metas) <= i {
							metas = append(metas, "")
						}
						if metas[i] == "" {
							metas[i] = strings.TrimSpace(attr(n, "content"))
						}
					}
				}
			case "script":
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					ldJSON = append(ldJSON, n.FirstChild.Data)
				}
			case "body":
				// The revision time is in the head; a page's body can be
				// large, and its own dates are not the page's revision.
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, v := range metas {
		if v != "" {
			return parseModified(v)
		}
	}
	for _, s := range ldJSON {
		if v := ldTime(s, ldKey); v != "" {
			return parseModified(v)
		}
	}
	return time.Time{}, ""
}

// maxModifiedBytes bounds a revision time as read: ISO 8601 with
// nanoseconds and a zone is 35 bytes.
const maxModifiedBytes = 64

func parseModified(v string) (time.Time, string) {
	if len(v) > maxModifiedBytes {
		return time.Time{}, fmt.Sprintf("modified time of %d bytes ignored", len(v))
	}
	for _, l := range modifiedLayouts {
		if t, err := time.Parse(l, v); err == nil {
			return t, ""
		}
	}
	return time.Time{}, fmt.Sprintf("modified time %q ignored: not an ISO 8601 date", v)
}

// ldTime returns the key ("dateModified", "datePublished") of a JSON-LD
// object, of the first object of an array or of its @graph that has one.
func ldTime(s, key string) string {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return ""
	}
	var find func(v any, depth int) string
	find = func(v any, depth int) string {
		if depth > 3 {
			return ""
		}
		switch x := v.(type) {
		case map[string]any:
			if d, ok := x[key].(string); ok && strings.TrimSpace(d) != "" {
				return strings.TrimSpace(d)
			}
			if g, ok := x["@graph"]; ok {
				return find(g, depth+1)
			}
		case []any:
			for _, e := range x {
				if d := find(e, depth+1); d != "" {
					return d
				}
			}
		}
		return ""
	}
	return find(v, 0)
}

// canonicalLink returns the href of the page's <link rel="canonical"> in
// its head, or "".
func canonicalLink(doc *html.Node) string {
	return inHead(doc, func(n *html.Node) string {
		if n.Data == "link" && slices.Contains(strings.Fields(strings.ToLower(attr(n, "rel"))), "canonical") {
			return attr(n, "href")
		}
		return ""
	})
}

// headAuthor returns the content of the head's <meta name="author">, or
// "". go-trafilatura validates the authors it reads and drops a name of
// two or three capitals, which is what a wire's byline is ("TT", "AP",
// "PTI"): the page's own author field is then read as written, so that
// a syndicated page's agency byline can credit the agency.
func headAuthor(doc *html.Node) string {
	return headMeta(doc, "name=author")
}

// headProvider returns the content of the head's <meta name="publisher">
// (or Open Graph's <meta property="article:publisher">, which most pages
// fill with their Facebook page's address, a portal with its partner's
// name) when it names another organisation than site (not a URL, not
// site itself, case and spacing aside), or "": a portal's partner page
// saying whose story it carries.
func headProvider(doc *html.Node, site string) string {
	p := headMeta(doc, "name=publisher", "property=article:publisher")
	if p == "" || strings.Contains(p, "://") || strings.EqualFold(p, strings.Join(strings.Fields(site), " ")) {
		return ""
	}
	return p
}

// platformSites are the site names of platforms that publish their
// accounts' articles under their own name, lower case: WeChat's official
// accounts (公众号) post on mp.weixin.qq.com, whose pages all name the
// site 微信公众平台. Such a page's publisher is the account, which
// credits it so ("来源：澜西发布"), and two accounts are two publishers.
var platformSites = map[string]bool{"微信公众平台": true}

// platformAccount returns the account that published a page of a
// platform (platformSites) by the site name site, as its head names it
// in <meta property="twitter:creator"> (a name, not an @handle), or "".
func platformAccount(doc *html.Node, site string) string {
	if !platformSites[strings.ToLower(strings.TrimSpace(site))] {
		return ""
	}
	account := headMeta(doc, "property=twitter:creator", "name=twitter:creator")
	if strings.HasPrefix(account, "@") || strings.Contains(account, "://") {
		return ""
	}
	return account
}

// headMeta returns the content, spacing normalised, of the first <meta>
// in doc's head that one of keys names, each key an attribute and its
// value ("name=author", "property=article:publisher", the value compared
// without case), or "".
func headMeta(doc *html.Node, keys ...string) string {
	return inHead(doc, func(n *html.Node) string {
		if n.Data != "meta" {
			return ""
		}
		for _, k := range keys {
			a, v, _ := strings.Cut(k, "=")
			if strings.EqualFold(attr(n, a), v) {
				return strings.Join(strings.Fields(attr(n, "content")), " ")
			}
		}
		return ""
	})
}

// inHead returns the first non-empty answer of find for the elements of
// doc before its <body>, in document order, or "".
func inHead(doc *html.Node, find func(*html.Node) string) string {
	var found string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if found != "" {
			return
		}
		if n.Type == html.ElementNode {
			if n.Data == "body" {
				return
			}
			if found = find(n); found != "" {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return found
}

// maxAgencyBytes bounds the agency in a byline's parenthesis: an agency's
// mark or short name ("TTXVN", "AFP", "Bernama"), not a sentence.
const maxAgencyBytes = 24

// withAgency returns author with the agency its byline gives in
// parentheses after it as a second author ("Hoàng Lâm (TTXVN)" in a
// paragraph of its own: "Hoàng Lâm; TTXVN"), where go-trafilatura's
// author keeps the name alone. A provincial page that runs an agency's
// story signs it so, and the agency is whose the text is. The byline must
// be the whole text of an element whose class names it an author's or a
// byline (bylineClass), the author, a space, the parenthesis: so only
// those elements' text is read, not every block's.
//
// With no author found, such an element whose whole text is a short name
// and an agency in parentheses ("Rivo A. (ANTA)", a signature under the
// story) gives both.
func withAgency(doc *html.Node, author string) string {
	if strings.ContainsAny(author, "(;") {
		return author
	}
	var agency, name string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if agency != "" || n.Type == html.ElementNode && invisible[n.Data] {
			return
		}
		if n.Type == html.ElementNode && (n.Data == "p" || n.Data == "div" || n.Data == "span") && bylineClass(attr(n, "class")) {
			t := strings.Join(strings.Fields(nodeText(n)), " ")
			if inner, ok := strings.CutPrefix(t, "("); ok && author == "" {
				// The agency alone in the byline's place, in
				// parentheses ("(Europa Press)" signing a paper's
				// copy of its story): the parentheses mark it.
				if a, ok := strings.CutSuffix(inner, ")"); ok && len(a) <= maxAgencyBytes && !strings.ContainsAny(a, "()") && signatureName(a) {
					agency = a
					return
				}
			}
			who, rest, ok := strings.Cut(t, " (")
			if author != "" {
				// The author as the byline prints it, but for a
				// closing full stop go-trafilatura drops ("Rivo A").
				ok = ok && strings.TrimSuffix(who, ".") == strings.TrimSuffix(author, ".")
				who = author
			} else if ok && !signatureName(who) {
				ok = false
			}
			if ok && strings.HasSuffix(rest, ")") && len(rest) <= maxAgencyBytes+1 {
				if a := strings.TrimSuffix(rest, ")"); a != "" && !strings.ContainsAny(a, "()") && unicode.IsUpper([]rune(a)[0]) && agencySign(a) {
					agency, name = a, who
					return
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	switch {
	case agency == "":
		return author
	case name == "":
		return agency
	}
	return name + "; " + agency
}

// withSource returns author with the agency a source line of the page's
// story names ("<span class="source">Πηγή: ΑΠΕ-ΜΠΕ</span>" in the line
// under the headline, "<p class="article-source">Quelle: dpa</p>") as
// a further author: a portal that runs an agency's story names it so
// beside the date, outside the story's body, and the agency is whose
// the text is. Only an element whose class is a source's (sourceClass),
// outside a figure (a picture's source is no author), whose whole text
// is one label word, a colon and a name written as an agency signs, in
// capitals, of at most maxAgencyBytes. A name already among the authors
// is not added twice.
func withSource(doc *html.Node, author string) string {
	agency := ""
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if agency != "" || n.Type == html.ElementNode && (invisible[n.Data] || n.Data == "figure" || n.Data == "figcaption") {
			return
		}
		if n.Type == html.ElementNode && (n.Data == "p" || n.Data == "div" || n.Data == "span") && sourceClass(attr(n, "class")) {
			t := strings.Join(strings.Fields(nodeText(n)), " ")
			label, name, ok := strings.Cut(t, ": ")
			if !ok {
				// Chinese and Japanese set the label off with a
				// full-width colon ("来源：澜西发布").
				label, name, ok = strings.Cut(t, "：")
			}
			name = strings.TrimSpace(name)
			if ok && label != "" && !strings.Contains(label, " ") && name != "" && len(name) <= maxAgencyBytes &&
				(unicode.IsUpper([]rune(name)[0]) && agencySign(name) || caselessName(name)) {
				agency = name
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	switch {
	case agency == "":
		return author
	case author == "":
		return agency
	case slices.ContainsFunc(strings.Split(author, ";"), func(a string) bool { return strings.TrimSpace(a) == agency }):
		return author
	}
	return author + "; " + agency
}

// caselessName reports whether name is one word of a script without
// case (Han, Kana, Hangul, Arabic …), which no capital marks as a name:
// "澜西发布", "新华社", "연합뉴스". The source line's class and its
// label say it is a name.
func caselessName(name string) bool {
	if strings.ContainsFunc(name, unicode.IsSpace) {
		return false
	}
	for _, r := range name {
		if !unicode.IsLetter(r) || unicode.IsUpper(r) || unicode.IsLower(r) {
			return false
		}
	}
	return name != ""
}

// sourceClass reports whether class names a story's source line: a
// class word "source", or one ending in "-source", "_source" or
// "__source" ("article-source", "news__source"); not "sources" (a list
// of references) or "resource".
func sourceClass(class string) bool {
	for _, c := range strings.Fields(strings.ToLower(class)) {
		if c == "source" || strings.HasSuffix(c, "-source") || strings.HasSuffix(c, "_source") {
			return true
		}
	}
	return false
}

// agencySign reports whether a, in the parenthesis after a byline, is
// written as an agency signs: in capitals
// ("ANTA", "TTXVN", "APS"). A correspondent's town is written as a
// name ("Ibrahima Sène (Ndoyène)"), and names where the story was
// written, not whose it is.
func agencySign(a string) bool {
	return strings.IndexFunc(a, unicode.IsLower) < 0
}

// maxSignatureWords bounds the name of a signature read without an
// author ("Rivo A.", "Hoàng Lâm", "Jean-Paul R. Rakoto"): a person's
// name, not a phrase.
const maxSignatureWords = 4

// signatureName reports whether s reads as a person's name: one to
// maxSignatureWords words, each opening with a capital.
func signatureName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > maxSignatureWords {
		return false
	}
	for _, w := range ws {
		if r := []rune(w)[0]; !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// bylineClass reports whether an element's class names an author's line:
// a word of it holds "author", "byline" or "signature" ("author",
// "article-author", "byline__name", "article-signature", as French and
// francophone papers sign a story), or Spanish and Italian "firma"
// (signature: "firma", "noticia-firma").
func bylineClass(class string) bool {
	c := strings.ToLower(class)
	if strings.Contains(c, "author") || strings.Contains(c, "byline") || strings.Contains(c, "signature") {
		return true
	}
	for _, w := range strings.Fields(c) {
		// A word, not a part of one ("confirmation").
		if w == "firma" || strings.HasSuffix(w, "-firma") || strings.HasSuffix(w, "_firma") || strings.HasPrefix(w, "firma-") || strings.HasPrefix(w, "firma_") {
			return true
		}
	}
	return false
}
