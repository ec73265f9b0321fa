package htmltext

import (
	"strings"

	"golang.org/x/net/html"
)

// A credit note inside the article body
//
// A syndicated story says where it first ran in a line of its own at the
// top or the foot of its body ("This article first appeared in the
// Kelderby Gazette.", "Originally published by The Conversation."), and
// templates mark that line with a class that says so ("syndication-note",
// "article-source", "shared-content"). go-trafilatura prunes every element
// whose class holds one of its chrome words ("syndication", "share",
// "byline", "meta", "social", …) before it chooses the text, so the line
// is lost, and with it the only credit the copy gives its source.
//
// creditNotes gives such lines back. The article's container is the
// element that holds most of the paragraphs trafilatura kept (as in
// continuations); among its children, an element trafilatura did not
// keep, set as a paragraph of the body (a <p> or a <div> of inline text,
// or a wrapper around one such), short, and a credit line by the caller's
// judgement (Options.Credit), and not a link alone, is laid out at its place among the kept
// paragraphs. The judge is the caller's because the forms of credit lines
// belong to the cleaner (package clean); without one, nothing is given
// back. Only the container's own children count, and the one element
// right after it (the body's foot set outside its wrapper): the page's
// footer, sidebars and teaser lists, where "Source:" and "Via" also
// stand, lie further out.

// maxNoteWords bounds a credit note: the forms name a publisher and at
// most a date or a licence ("This article is republished from The
// Conversation under a Creative Commons license."); a longer element is
// a paragraph of its own, which the container's rules are not about.
const maxNoteWords = 30

// maxNoteDepth bounds how many single-child wrappers a note may sit in
// under the container ("<div class="syndication"><p><em>…</em></p></div>").
const maxNoteDepth = 3

// note is a credit note found in the article's container: its element and
// the kept paragraph it follows (prev) or, when it opens the body, the one
// it precedes (next), each as stripped text (keptBlocks).
type note struct {
	n          *html.Node
	prev, next string
	// embed: the paragraph of an embedded social post (embedPosts),
	// laid in without its attached-media link (postBlocks).
	embed bool
}

// creditNotes returns the credit notes of the article's container that
// trafilatura pruned, with their places among kept (its blocks), in
// document order; none when credit is nil (see "A credit note inside the
// article body").
func creditNotes(doc *html.Node, kept []block, credit func(string) bool) []note {
	if credit == nil {
		return nil
	}
	got, _ := keptBlocks(kept)
	if len(got) == 0 {
		return nil
	}
	all := map[string]bool{} // every kept block, short ones too
	for _, bl := range kept {
		all[stripSpace(strings.Join(bl, ""))] = true
	}

	// The container: the parent of most of the kept paragraphs' bytes.
	best := container(doc, got)
	if best == nil {
		return nil
	}

	var out []note
	prev := ""
	for c := best.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || invisible[c.Data] {
			continue
		}
		t := stripSpace(nodeText(c))
		if got[t] {
			prev = t
			for i := len(out) - 1; i >= 0 && out[i].prev == "" && out[i].next == ""; i-- {
				out[i].next = t
			}
			continue
		}
		if all[t] || t == "" {
			continue // kept already, a short line trafilatura did not prune
		}
		leaf := noteLeaf(c, 0)
		if leaf == nil {
			continue
		}
		text := strings.Join(strings.Fields(nodeText(leaf)), " ")
		if countFields(text) > maxNoteWords || allLink(leaf) && !viaLine(text) || !credit(text) {
			continue
		}
		out = append(out, note{n: leaf, prev: prev})
	}
	// The line right after the container, the body's foot outside it
	// ("</div><p class="source">Avec AFP</p>"): the first element after
	// the container, when it is a line of text itself (no wrapper, which
	// is a box: a related list's) and a credit line, follows the last
	// kept paragraph. Only the first: what comes after it is the page's.
	if prev != "" {
		next := best.NextSibling
		for next != nil && next.Type != html.ElementNode {
			next = next.NextSibling
		}
		if next != nil && !invisible[next.Data] {
			if t := stripSpace(nodeText(next)); t != "" && !all[t] {
				if leaf := noteLeaf(next, 0); leaf == next { // a line, not a box of them ("related-stories")
					text := strings.Join(strings.Fields(nodeText(leaf)), " ")
					if countFields(text) <= maxNoteWords && !(allLink(leaf) && !viaLine(text)) && credit(text) {
						out = append(out, note{n: leaf, prev: prev})
					}
				}
			}
		}
	}
	// A note with no kept paragraph on either side has no place.
	j := 0
	for _, nt := range out {
		if nt.prev != "" || nt.next != "" {
			out[j] = nt
			j++
		}
	}
	return out[:j]
}

// noteLeaf returns the element of n that is set as one paragraph of text:
// n itself when it is a <p> or a <div> with no block inside, else the one
// element child of a wrapper (text beside it aside from whitespace rules
// the wrapper out), at most maxNoteDepth levels down; or nil.
func noteLeaf(n *html.Node, depth int) *html.Node {
	if depth > maxNoteDepth {
		return nil
	}
	switch n.Data {
	case "p", "div":
	default:
		return nil // a list, a figure, a form, an aside: not a line of the body
	}
	if !hasBlock(n) {
		return n
	}
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.ElementNode:
			if only != nil {
				return nil
			}
			only = c
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return nil
			}
		}
	}
	if only == nil {
		return nil
	}
	return noteLeaf(only, depth+1)
}

// viaLine reports whether text, a line that is a link alone, names where
// the text came from with "via" ("via the Riverton Ledger", as a blog or
// a newsletter links the story it quotes): the link is the credit, not a
// way out of the page.
func viaLine(text string) bool {
	f := strings.Fields(text)
	return len(f) >= 2 && strings.EqualFold(f[0], "via")
}

// allLink reports whether every visible character of n lies inside a
// link: a link set as a paragraph ("READ MORE ON FOX BUSINESS BY
// CLICKING HERE"), which trafilatura prunes for its link density and
// which is a way out of the page, not a note of the story's origin.
func allLink(n *html.Node) bool {
	if n.Type == html.ElementNode && n.Data == "a" {
		return true
	}
	if n.Type == html.TextNode {
		return strings.TrimSpace(n.Data) == ""
	}
	if n.Type == html.ElementNode && invisible[n.Data] {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !allLink(c) {
			return false
		}
	}
	return true
}

// withNotes returns kept with the blocks of notes laid in at their places:
// after the block of the kept paragraph a note follows, or before the one
// it precedes. A note whose paragraph is not found among the blocks (one
// trafilatura split at a <br>) is left out.
func withNotes(kept []block, notes []note) []block {
	if len(notes) == 0 {
		return kept
	}
	index := map[string]int{}
	for i, bl := range kept {
		k := stripSpace(strings.Join(bl, ""))
		if _, ok := index[k]; !ok {
			index[k] = i
		}
	}
	before := map[int][]block{}
	after := map[int][]block{}
	for _, nt := range notes {
		bls := contentBlocks(nt.n)
		if nt.embed {
			bls = postBlocks(bls)
		}
		if i, ok := index[nt.prev]; ok && nt.prev != "" {
			after[i] = append(after[i], bls...)
		} else if i, ok := index[nt.next]; ok && nt.next != "" {
			before[i] = append(before[i], bls...)
		}
	}
	out := make([]block, 0, len(kept)+len(notes))
	for i, bl := range kept {
		out = append(out, before[i]...)
		out = append(out, bl)
		out = append(out, after[i]...)
	}
	return out
}
