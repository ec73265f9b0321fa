package report

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
	// a root: its parent is outside the story, or its lineage is circular.
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
	for _, e := range st.Lineage {
		if _, dup := parent[e.Child]; !dup && inStory[e.Child] && e.Child != e.Parent {
			parent[e.Child] = e.Parent
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
