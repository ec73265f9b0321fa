package htmltext

import (
	"iter"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// An article split by advertisements
//
// Some sites cut the article body into several containers of the same
// kind, with an advertisement or a "most popular" rail between them:
//
//	<div class="article__body">…paragraphs 1–6…</div>
//	<div class="ad ad--mid-content">Advertisement</div>
//	<div class="article__body">…paragraphs 7–20…</div>
//
// go-trafilatura picks one element as the article and so keeps only the
// first part. continuations finds the rest: the container that holds most
// of the paragraphs trafilatura kept is the article's container, and every
// later element with the same tag and the same class attribute, in a
// parent of the same tag and class as the article container's parent,
// outside it, that holds paragraphs trafilatura did not keep, is more of
// the same article. The same kind of container in the same kind of slot
// is what makes it the article's: page builders reuse a generic container
// class ("elementor-widget-container", "component-content") for the
// comments or an ad-blocker notice, but in another slot
// ("elementor-widget-post-comments", "adblocker-message"). Only later
// containers count: the article starts where trafilatura found it.

const (
	// minKeptParagraph is the shortest paragraph (bytes, whitespace
	// removed) used to tell which container trafilatura's text came from:
	// shorter text ("Advertisement", a date) occurs in many places.
	minKeptParagraph = 40

	// minContinuationWords is the fewest words a later container's new
	// paragraphs must have together for it to count as more of the
	// article: a container of the same class with a caption or a button
	// is not.
	minContinuationWords = 30
)

// keptBlocks returns the blocks trafilatura kept (its content's, kept),
// whitespace removed, as a set, and the first of them in order: a
// paragraph of the page is kept when it is one of them. A set, not a
// substring search of the kept text, so that the cost stays linear in the
// page (a page of 100,000 paragraphs would otherwise search the kept text
// 100,000 times); a paragraph trafilatura split at a <br> is not matched
// and so just not counted.
func keptBlocks(kept []block) (got map[string]bool, first string) {
	got = map[string]bool{}
	for _, bl := range kept {
		if k := stripSpace(strings.Join(bl, "")); len(k) >= minKeptParagraph {
			got[k] = true
			if first == "" {
				first = k
			}
		}
	}
	return got, first
}

// continuations returns the later containers of the article that
// trafilatura's content began (kept: its blocks), in document order (see
// "An article split by advertisements"), or none.
func continuations(doc *html.Node, kept []block) []*html.Node {
	got, _ := keptBlocks(kept)
	if len(got) == 0 {
		return nil
	}

	// The paragraphs of the page, in order, and which trafilatura kept.
	var paras []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if invisible[n.Data] {
				return
			}
			if n.Data == "p" {
				paras = append(paras, n)
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	weight := map[*html.Node]int{} // container → bytes of kept paragraphs
	var best *html.Node
	total := 0
	for _, p := range paras {
		t := stripSpace(nodeText(p))
		if len(t) < minKeptParagraph || !got[t] {
			continue
		}
		total += len(t)
		if c := classedAncestor(p); c != nil {
			weight[c] += len(t)
			if best == nil || weight[c] > weight[best] {
				best = c
			}
		}
	}
	if best == nil || 2*weight[best] < total {
		return nil
	}

	// Later elements of the same tag and class, outside best and each
	// other, with enough new text.
	var out []*html.Node
	after := false
	var find func(n *html.Node)
	find = func(n *html.Node) {
		if n == best {
			after = true
			return // nothing inside the article's own container
		}
		if n.Type == html.ElementNode && invisible[n.Data] {
			return
		}
		if after && n.Type == html.ElementNode && (sameKind(n, best) || modifiedKind(n, best)) && n.Parent != nil && best.Parent != nil &&
			sameKind(n.Parent, best.Parent) {
			if newWords(n, got) >= minContinuationWords {
				out = append(out, n)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	return out
}

// sameKind reports whether a and b are elements of the same tag and class
// attribute.
func sameKind(a, b *html.Node) bool {
	return a.Type == html.ElementNode && b.Type == html.ElementNode && a.Data == b.Data && attr(a, "class") == attr(b, "class")
}

// modifiedKind reports whether n is an element of b's tag whose class
// attribute holds every class of b's and, besides them, only BEM
// modifiers of them ("article-body article-body--rest" after
// "article-body"): a page that hides the rest of its article behind a
// "Continue reading" button marks the second container so, and it is
// the same container all the same. A class of another block ("article-body
// comments") is another kind.
func modifiedKind(n, b *html.Node) bool {
	if n.Type != html.ElementNode || b.Type != html.ElementNode || n.Data != b.Data {
		return false
	}
	base := strings.Fields(attr(b, "class"))
	if len(base) == 0 {
		return false
	}
	have := strings.Fields(attr(n, "class"))
	extra := 0
	for _, c := range have {
		if slices.Contains(base, c) {
			continue
		}
		block, _, ok := strings.Cut(c, "--")
		if !ok || !slices.Contains(base, block) {
			return false
		}
		extra++
	}
	if extra == 0 {
		return false // the same classes in another order or repeated: sameKind's to judge
	}
	for _, c := range base {
		if !slices.Contains(have, c) {
			return false
		}
	}
	return true
}

// newWords counts the words of n's paragraphs that are not among the
// kept blocks got.
func newWords(n *html.Node, got map[string]bool) int {
	words := 0
	for p := range paragraphs(n) {
		if t := nodeText(p); !got[stripSpace(t)] {
			words += countFields(t)
		}
	}
	return words
}

// paragraphs yields the <p> elements under n, in document order, outside
// the elements a reader never sees (invisible), without descending into
// a paragraph.
func paragraphs(n *html.Node) iter.Seq[*html.Node] {
	return func(yield func(*html.Node) bool) {
		var walk func(n *html.Node) bool
		walk = func(n *html.Node) bool {
			if n.Type == html.ElementNode {
				if invisible[n.Data] {
					return true
				}
				if n.Data == "p" {
					return yield(n)
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if !walk(c) {
					return false
				}
			}
			return true
		}
		walk(n)
	}
}

// maxContainerDepth bounds how far above a paragraph its container is
// looked for: article containers sit a few levels above their paragraphs
// (one on the benchmark's split pages), and the bound keeps a page of deep
// unclassed nesting linear.
const maxContainerDepth = 16

// classedAncestor returns the nearest ancestor element of n, at most
// maxContainerDepth levels up, that has a class attribute, or nil.
func classedAncestor(n *html.Node) *html.Node {
	depth := 0
	for a := n.Parent; a != nil && depth < maxContainerDepth; a = a.Parent {
		if a.Type == html.ElementNode && attr(a, "class") != "" {
			return a
		}
		depth++
	}
	return nil
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

// nodeText returns the visible text inside n.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
		case html.ElementNode:
			if invisible[n.Data] {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
