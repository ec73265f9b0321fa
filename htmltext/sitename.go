package htmltext

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// Site names. A page names its site in its head (og:site_name, which
// go-trafilatura reads as the site name) and again in its masthead: the
// site title and the tagline under it. The masthead often gives names the
// head does not: the stations a broadcaster runs ("Lesotho National
// Broadcasting Service – Radio Lesotho & Lesotho Television"), the short
// name ("LNBS"), the paper's name in the other language or script of a
// bilingual region ("ᕿᑭᖅᑖᓗᒃ ᑐᓴᖅᑕᐅᓯᐅᑎᖏᑦ · Serving the Qikiqtani
// region since 1987"). Other outlets credit the site by any of them, so
// they are kept as reprint.Meta.SiteNames, as written; credit reads the
// names in them.

// maxSiteNames bounds how many masthead texts a page gives: a site title
// and a tagline, twice over for a page that repeats its masthead in a
// sticky header or its footer.
const maxSiteNames = 4

// maxSiteNameWords bounds a masthead text: a tagline is a line ("Lesotho
// National Broadcasting Service – Radio Lesotho & Lesotho Television" has
// 10 words), not a paragraph about the site.
const maxSiteNameWords = 16

// siteNameClass reports whether a class or id names a masthead's site
// title or tagline, as WordPress themes ("site-title",
// "site-description") and other CMSs ("tagline", "slogan", "site-name",
// "logo-text", Bootstrap's "navbar-brand", a footer's "footer-brand")
// write them.
func siteNameClass(v string) bool {
	for _, c := range strings.Fields(strings.ToLower(v)) {
		switch {
		case c == "site-title", c == "site-name", c == "site-description", c == "logo-text", c == "brand-name",
			c == "site-brand", c == "header-brand", c == "footer-brand", c == "navbar-brand":
			// "…-brand": the site's name as its header, navigation bar
			// or footer prints it ("Manx Radio – Radio Vannin", the
			// station's name in English and in Manx).
			return true
		case strings.Contains(c, "tagline"), strings.Contains(c, "slogan"):
			return true
		}
	}
	return false
}

// siteNames returns the texts of the page's site-title and tagline
// elements (siteNameClass) outside its <article> and <main>, in document
// order, whitespace collapsed, without those equal to site (the site
// name already read) or longer than maxSiteNameWords; at most
// maxSiteNames.
func siteNames(doc *html.Node, site string) []string {
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if len(out) >= maxSiteNames {
			return
		}
		if n.Type == html.ElementNode {
			if invisible[n.Data] || n.Data == "article" || n.Data == "main" || n.Data == "head" {
				return
			}
			if siteNameClass(attr(n, "class")) || siteNameClass(attr(n, "id")) {
				t := strings.Join(strings.Fields(nodeText(n)), " ")
				if w := len(strings.Fields(t)); w > 0 && w <= maxSiteNameWords &&
					!strings.EqualFold(t, site) && !slices.Contains(out, t) {
					out = append(out, t)
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}
