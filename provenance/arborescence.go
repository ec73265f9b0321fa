package provenance

// rootCost is the cost of the virtual root's arc to an article: above any
// two real arcs together (newArc costs at most 2·4 + 1), so an article is
// made a root only when no arc reaches it or when every way to break a
// cycle through it costs more.
const rootCost = 1000

// arborescence returns, of the arcs of one story (sorted by compareArcs),
// those of a minimum-cost arborescence over the story's articles and
// Unseen, rooted at a virtual root that reaches every article at rootCost
// and Unseen at no cost. An article the root reaches has no arc in the
// result: it is a root of the lineage. Of arcs of equal cost the earlier
// wins.
func arborescence(arcs []arc) []arc {
	// Dense node numbers: 0 is the virtual root.
	num := map[int]int{}
	var nodes []int
	id := func(x int) int {
		if k, ok := num[x]; ok {
			return k
		}
		num[x] = len(nodes) + 1
		nodes = append(nodes, x)
		return len(nodes)
	}
	es := make([]wedge, 0, len(arcs)+len(arcs))
	for _, a := range arcs {
		es = append(es, wedge{u: id(a.parent), v: id(a.child), w: a.cost})
	}
	real := len(es)
	for k, x := range nodes {
		w := float64(rootCost)
		if x == Unseen {
			w = 0
		}
		es = append(es, wedge{u: 0, v: k + 1, w: w})
	}
	in := edmonds(len(nodes)+1, 0, es)
	var out []arc
	for v := 1; v < len(in); v++ {
		if e := in[v]; e >= 0 && e < real {
			out = append(out, arcs[e])
		}
	}
	return out
}

// wedge is a weighted directed edge u → v.
type wedge struct {
	u, v int
	w    float64
}

// edmonds returns the edges of a minimum-cost arborescence of the graph on
// nodes [0, n) rooted at root, as the index into es of each node's
// incoming edge (-1 for the root). Every node but the root must have an
// incoming edge. Of edges of equal cost into a node, the first in es wins.
//
// This is Chu–Liu/Edmonds: take every node's cheapest incoming edge; if
// they form no cycle they are the answer; otherwise contract each cycle
// into one node, lower the cost of every edge entering it by the cost of
// the cycle edge it would replace, solve the smaller graph, and expand:
// the edge chosen into a contracted cycle breaks it at the node it enters.
// Each level costs O(E) and removes at least one node: O(V·E) in all.
func edmonds(n, root int, es []wedge) []int {
	in := make([]int, n)
	for i := range in {
		in[i] = -1
	}
	for i, e := range es {
		if e.u == e.v || e.v == root {
			continue
		}
		if in[e.v] < 0 || e.w < es[in[e.v]].w {
			in[e.v] = i
		}
	}
	// Cycles of the cheapest edges.
	comp := make([]int, n)
	visit := make([]int, n)
	onCycle := make([]bool, n)
	for i := range comp {
		comp[i], visit[i] = -1, -1
	}
	groups := 0
	for v := range n {
		x := v
		for x != root && visit[x] < 0 {
			visit[x] = v
			x = es[in[x]].u
		}
		if x == root || visit[x] != v || comp[x] >= 0 {
			continue
		}
		for y := x; ; {
			comp[y], onCycle[y] = groups, true
			if y = es[in[y]].u; y == x {
				break
			}
		}
		groups++
	}
	if groups == 0 {
		return in
	}
	for v := range n {
		if comp[v] < 0 {
			comp[v] = groups
			groups++
		}
	}
	// The contracted graph.
	var sub []wedge
	var from []int
	for i, e := range es {
		cu, cv := comp[e.u], comp[e.v]
		if cu == cv {
			continue
		}
		w := e.w
		if onCycle[e.v] {
			w -= es[in[e.v]].w
		}
		sub = append(sub, wedge{u: cu, v: cv, w: w})
		from = append(from, i)
	}
	chosen := edmonds(groups, comp[root], sub)
	out := in
	for _, k := range chosen {
		if k >= 0 {
			e := from[k]
			out[es[e].v] = e
		}
	}
	out[root] = -1
	return out
}
