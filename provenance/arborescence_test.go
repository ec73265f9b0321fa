package provenance

import (
	"math"
	"math/rand/v2"
	"testing"
)

// bruteArborescence returns the least total cost of an arborescence of
// nodes [0, n) rooted at 0 over es, by trying every choice of one incoming
// edge per node: the slow reference for edmonds.
func bruteArborescence(n int, es []wedge) float64 {
	ins := make([][]int, n)
	for i, e := range es {
		if e.v != 0 && e.u != e.v {
			ins[e.v] = append(ins[e.v], i)
		}
	}
	best := math.Inf(1)
	choice := make([]int, n)
	var try func(v int, cost float64)
	try = func(v int, cost float64) {
		if v == n {
			if acyclic(n, es, choice) {
				best = min(best, cost)
			}
			return
		}
		for _, i := range ins[v] {
			choice[v] = i
			try(v+1, cost+es[i].w)
		}
	}
	try(1, 0)
	return best
}

// acyclic reports whether following the chosen incoming edges from every
// node reaches the root 0.
func acyclic(n int, es []wedge, in []int) bool {
	for v := 1; v < n; v++ {
		x := v
		for steps := 0; x != 0; steps++ {
			if steps > n {
				return false
			}
			x = es[in[x]].u
		}
	}
	return true
}

// TestEdmondsAgainstBrute checks Chu–Liu/Edmonds against exhaustive search
// on small random graphs (root arcs to every node, so one always exists):
// the same least cost, and a result that is an arborescence.
func TestEdmondsAgainstBrute(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 3))
	for trial := range 400 {
		n := 2 + rng.IntN(5)
		var es []wedge
		for v := 1; v < n; v++ {
			es = append(es, wedge{u: 0, v: v, w: 50})
		}
		for range rng.IntN(3 * n) {
			u, v := rng.IntN(n), 1+rng.IntN(n-1)
			if u != v {
				// Few distinct costs, so that ties are common.
				es = append(es, wedge{u: u, v: v, w: float64(rng.IntN(6))})
			}
		}
		in := edmonds(n, 0, es)
		if in[0] != -1 {
			t.Fatalf("trial %d: root has incoming edge %d", trial, in[0])
		}
		got := 0.0
		for v := 1; v < n; v++ {
			if in[v] < 0 || es[in[v]].v != v {
				t.Fatalf("trial %d: node %d has edge %d; want an edge into it", trial, v, in[v])
			}
			got += es[in[v]].w
		}
		if !acyclic(n, es, in) {
			t.Fatalf("trial %d: edmonds(%d, %v) = %v has a cycle", trial, n, es, in)
		}
		if want := bruteArborescence(n, es); got != want {
			t.Errorf("trial %d: edmonds(%d, %v) costs %v; the least is %v", trial, n, es, got, want)
		}
	}
}
