package pipeline

import (
	"github.com/apache/beam/sdks/v2/go/pkg/beam"
)

// Connected components
//
// Stories are the connected components of the related pairs. They are
// found by label propagation: every article in a pair starts labelled
// with its own id; in each round every article sends its label to its
// neighbours and keeps the least label it hears (one CoGroupByKey of the
// labels with the adjacency, one GroupByKey). After d rounds an article
// holds the least id within distance d, so a component of diameter at most
// Rounds ends with one label. A Beam graph is fixed before it runs, so the
// rounds are unrolled; what the last round still saw disagree (an article
// hearing two labels) is merged exactly on one worker (unionFn), whose
// input is one label pair per article still disagreeing: none when every
// story's diameter is within Rounds. The labels are then final.
//
//	related ─► adjacency (u,v),(v,u) ──┐
//	labels₀ (v,v) ─► [CoGBK ─► send ─► GBK ─► least] × Rounds ─► labels
//	                                          └─► merges of the last round ─► union (one worker) ─► remap ─► final labels

// DefaultRounds is how many label propagation rounds are unrolled. Stories
// of news are stars and short chains: on the seeds, Clough–Stevenson and
// PAN the largest story's diameter is small, so 4 rounds leave little or
// nothing for the final merge.
const DefaultRounds = 4

// adjFn emits both directions of a related pair's edge.
func adjFn(r related, emit func(string, string)) {
	emit(r.A, r.B)
	emit(r.B, r.A)
}

// selfLabelFn labels an article with its own id.
func selfLabelFn(v, _ string) (string, string) { return v, v }

// minString is the least of two labels.
func minString(a, b string) string { return min(a, b) }

// sendFn sends an article's label to itself and to each neighbour.
func sendFn(u string, labels func(*string) bool, nbrs func(*string) bool, emit func(string, string)) {
	var l string
	if !labels(&l) {
		return
	}
	emit(u, l)
	var v string
	for nbrs(&v) {
		emit(v, l)
	}
}

// leastFn keeps the least label an article heard, and reports every other
// label it heard as one to merge with it.
func leastFn(v string, ls func(*string) bool, emit func(string, string), emitMerge func(labelMerge)) {
	heard := map[string]bool{}
	var l string
	least := ""
	for ls(&l) {
		if !heard[l] {
			heard[l] = true
			if least == "" || l < least {
				least = l
			}
		}
	}
	emit(v, least)
	for x := range heard {
		if x != least {
			emitMerge(labelMerge{X: least, Y: x})
		}
	}
}

// unionFn merges the labels that the last round saw disagree, on one
// worker (union-find), and emits the map from each merged label to its
// component's least label, gob-encoded.
func unionFn(_ []byte, merges func(*labelMerge) bool, emit func([]byte)) error {
	parent := map[string]string{}
	var find func(x string) string
	find = func(x string) string {
		p, ok := parent[x]
		if !ok || p == x {
			return x
		}
		r := find(p)
		parent[x] = r
		return r
	}
	var m labelMerge
	for merges(&m) {
		x, y := find(m.X), find(m.Y)
		if x == y {
			continue
		}
		if y < x {
			x, y = y, x
		}
		parent[y] = x // the least label is the root
		if _, ok := parent[x]; !ok {
			parent[x] = x
		}
	}
	remap := make(map[string]string, len(parent))
	for x := range parent {
		if r := find(x); r != x {
			remap[x] = r
		}
	}
	blob, err := encode(remap)
	if err != nil {
		return err
	}
	emit(blob)
	return nil
}

// finalLabelFn applies the merges to an article's label.
type finalLabelFn struct {
	remap map[string]string
}

func (f *finalLabelFn) ProcessElement(v, l string, remap []byte, emit func(string, string)) error {
	if f.remap == nil {
		f.remap = map[string]string{}
		if err := decode(remap, &f.remap); err != nil {
			return err
		}
	}
	if r, ok := f.remap[l]; ok {
		l = r
	}
	emit(v, l)
	return nil
}

// components labels every article in a related pair with its story: the
// least id of its connected component.
func components(s beam.Scope, rels beam.PCollection, rounds int) beam.PCollection {
	s = s.Scope("components")
	adj := beam.ParDo(s, adjFn, rels)
	labels := beam.CombinePerKey(s, minString, beam.ParDo(s, selfLabelFn, adj))
	var merges beam.PCollection
	for range max(rounds, 1) {
		sent := beam.ParDo(s, sendFn, beam.CoGroupByKey(s, labels, adj))
		labels, merges = beam.ParDo2(s, leastFn, beam.GroupByKey(s, sent))
	}
	remap := beam.ParDo(s, unionFn, beam.Impulse(s), beam.SideInput{Input: merges})
	return beam.ParDo(s, &finalLabelFn{}, labels, beam.SideInput{Input: remap})
}
