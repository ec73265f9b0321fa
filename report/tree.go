package report

import (
	"fmt"
	"strings"
)

// TreeNode is one node of a story's lineage as a tree (LineageTree).
type TreeNode struct {
	// ID is the article; "" for the unseen common source.
	ID string
	// Parent is the article ID derives from: "" for a root, Unseen for a
	// child of the unseen common source.
	Parent string
	// Unseen marks the common source that is not among the articles.
	Unseen bool
	// Note says, in plain words, why an article with a parent is drawn as
	// a root (its parent is outside the story, or its lineage is
	// circular), or that it and its parent are the same text in an order
	// nothing settles (Edge.OrderUnknown).
	Note     string
	Children []*TreeNode
}

// LineageTree lays out a story's lineage as a tree: the roots at the top
// (the unseen common source first, when articles share one), children
// under their parents in the story's article order. Every article of the
// story is drawn once, whatever the edges say: an edge to an article
// outside the story makes its child a root with a note; articles caught
// in a cycle are drawn as roots where the cycle would close, with a note;
// an article's first edge counts, and an edge to itself none.
func LineageTree(st *Story) []*TreeNode {
	inStory := map[string]bool{}
	for _, id := range st.Articles {
		inStory[id] = true
	}
	parent := map[string]string{}
	loose := map[string]bool{}
	for _, e := range st.Lineage {
		if _, dup := parent[e.Child]; !dup && inStory[e.Child] && e.Child != e.Parent {
			parent[e.Child], loose[e.Child] = e.Parent, e.OrderUnknown
		}
	}
	children := map[string][]string{}
	var roots []string
	for _, id := range st.Articles {
		p, ok := parent[id]
		switch {
		case !ok:
			roots = append(roots, id)
		case p == Unseen || inStory[p]:
			children[p] = append(children[p], id)
		default:
			roots = append(roots, id)
		}
	}
	drawn := map[string]bool{}
	var build func(id, par string) *TreeNode
	build = func(id, par string) *TreeNode {
		drawn[id] = true
		n := &TreeNode{ID: id, Parent: par}
		if loose[id] && par != "" {
			n.Note = OrderUnknownNote(par)
		}
		for _, c := range children[id] {
			if !drawn[c] {
				n.Children = append(n.Children, build(c, id))
			}
		}
		return n
	}
	var out []*TreeNode
	if len(children[Unseen]) > 0 {
		u := &TreeNode{Unseen: true}
		for _, c := range children[Unseen] {
			u.Children = append(u.Children, build(c, Unseen))
		}
		out = append(out, u)
	}
	for _, id := range roots {
		n := build(id, "")
		if p, ok := parent[id]; ok {
			n.Note = "its parent " + p + " is not in this story"
		}
		out = append(out, n)
	}
	for _, id := range st.Articles { // cycles: nothing above reached them
		if !drawn[id] {
			n := build(id, "")
			n.Note = "its lineage is circular"
			out = append(out, n)
		}
	}
	return out
}

// LineageNode is one article of a lineage tree as a page draws it, with
// the template LineageTemplate defines: the static report's stories and
// the server's story page fill it from a TreeNode each in their own way
// (their links differ) and draw it with the same markup.
type LineageNode struct {
	// Unseen marks the common source that is not among the articles;
	// Label then says so in the page's words.
	Unseen bool
	// Label names the article: its title, else the start of its text,
	// else its id.
	Label string
	Href  string // the article's page, or "" for none
	Site  string
	Date  string // of publication, as the page writes dates
	// Relation is the relation to the parent when HasPair, else a note
	// on the edge in plain words ("shares a source not in the archive").
	Relation string
	RelClass string // the relation's CSS class token (ClassToken)
	HasPair  bool
	Share    float64 // of this article taken from its parent
	Credit   string  // the credit status: credited, not-credited, or ""
	Quotes   string  // its flagged quotations in plain words (FlaggedSummary)
	PairHref string  // the pair with its parent, or "" when not shown
	PairText string  // the words of that link
	Note     string  // why an article with a parent is a root, or that its order with its parent is unknown (TreeNode.Note)
	Children []*LineageNode
}

// ShareText is Share as a whole percentage.
func (n *LineageNode) ShareText() string { return Pct(n.Share) }

// LineageTemplate defines the html/template templates "lineage", which
// draws a []*LineageNode as the items of a <ul class="tree">, and
// "lineage-node", one node and its subtree. Each article is a span.node
// (span.node.unseen for the unseen common source) with its label, site and
// date, and under it, where it has a pair with its parent, the relation,
// the share taken (with a meter), the credit, the flagged quotations and
// the link to the pair. It calls no template function, so any template
// set may parse it; Style styles it.
const LineageTemplate = `{{define "lineage"}}{{range .}}{{template "lineage-node" .}}{{end}}{{end}}
{{- define "lineage-node"}}<li>{{if .Unseen}}<span class="node unseen">{{.Label}}</span>{{else}}<span class="node">
{{if .Href}}<a href="{{.Href}}">{{.Label}}</a>{{else}}<span class="label">{{.Label}}</span>{{end}}{{with .Site}} <span class="muted">· {{.}}</span>{{end}}{{with .Date}} <span class="muted">· {{.}}</span>{{end}}
{{if .HasPair}}<br><span class="chip rel-{{.RelClass}}">{{.Relation}}</span> <span class="chip">takes {{.ShareText}} <meter min="0" max="1" value="{{.Share}}"></meter></span>
{{if eq .Credit "credited"}}<span class="chip ok">credited</span>{{else if .Credit}}<span class="chip warn">not credited</span>{{end}}
{{with .Quotes}}<span class="chip warn">⚑ {{.}}</span>{{end}}{{with .PairHref}} <a href="{{.}}">{{$.PairText}}</a>{{end}}{{else if .Relation}}<br><span class="muted">{{.Relation}}</span>{{end}}
{{with .Note}}<br><span class="muted">{{.}}</span>{{end}}</span>{{end}}
{{if .Children}}<ul>{{range .Children}}{{template "lineage-node" .}}{{end}}</ul>{{end}}</li>
{{end}}`

// StoryTitle names a story for a reader: the title of its first root (an
// article with no parent among the articles) that has one, else of its
// first article with one, else the start of its first root's text (Lead),
// else its first article's id. art finds an article (nil when it is not
// at hand).
func StoryTitle(st *Story, art func(string) *Article) string {
	parent := map[string]string{}
	for _, e := range st.Lineage {
		if _, dup := parent[e.Child]; !dup {
			parent[e.Child] = e.Parent
		}
	}
	var roots []string
	for _, id := range st.Articles {
		if p, ok := parent[id]; !ok || p == Unseen {
			roots = append(roots, id)
		}
	}
	for _, ids := range [][]string{roots, st.Articles} {
		for _, id := range ids {
			if a := art(id); a != nil && a.Title != "" {
				return a.Title
			}
		}
	}
	for _, ids := range [][]string{roots, st.Articles} {
		for _, id := range ids {
			if a := art(id); a != nil {
				if l := Lead(a.Text); l != "" {
					return l
				}
			}
		}
	}
	if len(st.Articles) > 0 {
		return st.Articles[0]
	}
	return fmt.Sprintf("story %d", st.ID)
}

// LeadRunes is how many characters of a text's first line stand for an
// article without a title (Lead): about one line of a list.
const LeadRunes = 90

// Lead is the start of text's first line that is not blank, on one line
// and cut to LeadRunes: what names an article that has no title.
func Lead(text string) string {
	for line := range strings.Lines(text) {
		if line = Clip(line, LeadRunes); line != "" {
			return line
		}
	}
	return ""
}

// FlaggedSummary counts the flagged quotations (Flagged) of article id
// among qs ("" for all) by their plain-words label (QuoteLabel), in the
// order first met: "2 words changed, 1 not in the source".
func FlaggedSummary(qs []Quote, id string) (summary string, flagged int) {
	count := map[string]int{}
	var order []string
	for _, q := range qs {
		if id != "" && q.Article != "" && q.Article != id || !Flagged(q) {
			continue
		}
		l := QuoteLabel(q)
		if count[l] == 0 {
			order = append(order, l)
		}
		count[l]++
		flagged++
	}
	parts := make([]string, len(order))
	for i, l := range order {
		parts[i] = fmt.Sprintf("%d %s", count[l], l)
	}
	return strings.Join(parts, ", "), flagged
}

// OrderUnknownNote is the note on an article drawn under parent although
// nothing orders the two (Edge.OrderUnknown).
func OrderUnknownNote(parent string) string {
	return "the same text as " + parent + ": one copied the other, which is unknown"
}
