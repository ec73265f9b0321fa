package htmltext

import (
	"strings"

	"golang.org/x/net/html"
)

// A wiki's interface inside its content
//
// MediaWiki sets its own interface inside the element that holds a
// page's text, where go-trafilatura takes it for the text: the site
// notice over the title (#siteNotice, with CentralNotice's banners and
// the wiki's local notice in it: "The Brackenford Wiki meet-up is on
// Tuesday …"), the tagline under it (#siteSub, "From Wikipedia, the
// free encyclopedia"), the redirect and subpage notes (#contentSub),
// the skip links ("Jump to navigation"), the "[edit]" link beside every
// section heading (.mw-editsection), the page status indicators, the
// back links of a footnote ("^ a b c", .mw-cite-backlink), the print
// footer ("Retrieved from …") and the categories box (#catlinks).
// MediaWiki names each of these by the same id or class on every wiki
// and in every skin, and marks the rest of its interface "noprint",
// the class its print view leaves out: none of them is the page's
// text. pruneWiki takes them out of the tree before go-trafilatura
// reads it, on a page that MediaWiki made (its generator tag, or the
// body's "mediawiki" class) and on no other: another site's "noprint"
// or "printfooter" may hold its article. The section's heading stays
// ("History", not "History[edit]"); so do the footnote markers ("[2]")
// and the references, the page's own citations.

// wikiChromeIDs are the ids MediaWiki gives its interface inside the
// content: see "A wiki's interface inside its content".
var wikiChromeIDs = map[string]bool{
	"siteNotice": true, "centralNotice": true, "localNotice": true, "siteSub": true,
	"contentSub": true, "contentSub2": true, "jump-to-nav": true, "catlinks": true,
}

// wikiChromeClasses are the classes MediaWiki gives its interface
// inside the content.
var wikiChromeClasses = map[string]bool{
	"mw-editsection": true, "mw-editsection-like": true, "mw-jump-link": true,
	"mw-indicators": true, "mw-cite-backlink": true, "printfooter": true, "catlinks": true,
	"noprint": true,
}

// mediaWiki reports whether MediaWiki made the page: its generator tag
// ("MediaWiki 1.41.1") or the "mediawiki" class its skins give <body>.
func mediaWiki(doc *html.Node) bool {
	var found bool
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "meta":
				if strings.EqualFold(attr(n, "name"), "generator") && strings.HasPrefix(strings.ToLower(attr(n, "content")), "mediawiki") {
					found = true
					return true
				}
			case "body":
				for _, c := range strings.Fields(attr(n, "class")) {
					if c == "mediawiki" {
						found = true
					}
				}
				return true // the generator tag is in the head
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(doc)
	return found
}

// pruneWiki removes MediaWiki's interface from doc when MediaWiki made
// the page (see "A wiki's interface inside its content"), and reports
// whether it removed anything. doc is changed in place.
func pruneWiki(doc *html.Node) bool {
	if !mediaWiki(doc) {
		return false
	}
	var pruned bool
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode && wikiChrome(c) {
				n.RemoveChild(c)
				pruned = true
			} else {
				walk(c)
			}
			c = next
		}
	}
	walk(doc)
	return pruned
}

// wikiChrome reports whether the element n is MediaWiki's interface:
// one of wikiChromeIDs or wikiChromeClasses.
func wikiChrome(n *html.Node) bool {
	if id := attr(n, "id"); id != "" && wikiChromeIDs[id] {
		return true
	}
	for _, c := range strings.Fields(attr(n, "class")) {
		if wikiChromeClasses[c] {
			return true
		}
	}
	return false
}
