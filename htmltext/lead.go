package htmltext

import (
	"strings"

	"golang.org/x/net/html"
)

// A standfirst above the byline
//
// News pages set the story's lead paragraph (standfirst, ingress, chapô)
// apart: above the byline and the date, in a paragraph whose class says
// what it is ("article__lead", "ingress", "standfirst", "dek"). go-
// trafilatura's content begins below the byline, so the lead, which holds
// the story's first facts, is lost; on a local paper's page of an agency
// story, it is the paper's own opening. leads returns such paragraphs:
// elements of the page before the first paragraph trafilatura kept,
// inside the same <article> as it, whose class has one of leadClasses as
// a word, with at least minLeadWords words, and not already kept.

// leadClasses are the words of a lead paragraph's class, in the languages
// of news pages' templates. A dek, a summary or a subtitle ("dek",
// "summary", "intro", "teaser") is the headline's second line, which the
// Zyte benchmark's gold bodies leave out: adding those cost 0.002 of
// extraction precision on its pages; the lead paragraphs proper cost
// none.
var leadClasses = map[string]bool{
	"lead": true, "lede": true, "standfirst": true, "ingress": true, "chapo": true,
	"entradilla": true,
	// Vietnamese: the sapo (from French chapeau), as Tuổi Trẻ, Dân trí
	// and the provincial papers' templates name it.
	"sapo": true,
}

// hasBlock reports whether n holds a paragraph or another block element:
// a lead's <div> is a leaf of inline text; one holding paragraphs is a
// container of the story.
func hasBlock(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			switch c.Data {
			case "p", "div", "section", "article", "ul", "ol", "table", "h1", "h2", "h3", "blockquote", "figure":
				return true
			}
			if hasBlock(c) {
				return true
			}
		}
	}
	return false
}

// minLeadWords: a lead is a sentence or two of the story; a shorter
// element with such a class is a label ("Nyheter", "Analysis").
const minLeadWords = 8

// leads returns the lead paragraphs of doc above trafilatura's content
// (kept: its blocks), in document order (see above).
func leads(doc *html.Node, kept []block) []*html.Node {
	got, first := keptBlocks(kept)
	if first == "" {
		return nil
	}
	var out []*html.Node
	var article *html.Node // the <article> the candidates lie in
	done := false
	var walk func(n *html.Node, in *html.Node)
	walk = func(n *html.Node, in *html.Node) {
		if done {
			return
		}
		if n.Type == html.ElementNode {
			if invisible[n.Data] {
				return
			}
			if n.Data == "article" {
				in = n
			}
			if n.Data == "figure" || n.Data == "figcaption" || n.Data == "header" && in != nil {
				return // a lead image's caption, a header's byline and share buttons
			}
			if n.Data == "p" {
				t := stripSpace(nodeText(n))
				if t == first || got[t] {
					done = true // trafilatura's content begins here
					if in == nil || in != article {
						out = nil // the leads must share its <article>
					}
					return
				}
				if in != nil && leadClass(attr(n, "class")) && len(strings.Fields(nodeText(n))) >= minLeadWords {
					if article != in {
						out, article = nil, in
					}
					out = append(out, n)
					return
				}
			}
			if n.Data == "div" && in != nil && leadClass(attr(n, "class")) && !hasBlock(n) && len(strings.Fields(nodeText(n))) >= minLeadWords {
				// A lead set in a block of its own with no paragraph
				// inside: "<div class="article-sapo"><strong>…</strong></div>".
				if article != in {
					out, article = nil, in
				}
				out = append(out, n)
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, in)
		}
	}
	walk(doc, nil)
	if !done {
		return nil
	}
	return out
}

// leadClass reports whether a class attribute has a word of leadClasses,
// the words of a BEM name included ("article__lead--local").
func leadClass(class string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(class), func(r rune) bool {
		return r == ' ' || r == '_' || r == '-'
	}) {
		if leadClasses[w] {
			return true
		}
	}
	return false
}
