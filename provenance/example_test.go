package provenance_test

import (
	"fmt"

	"github.com/reprint/reprint/judge"
	"github.com/reprint/reprint/provenance"
)

// Example decides the direction of three pairs of a small story and draws
// its lineage: two versions of one article that share a source not in the
// corpus, and a rewrite of the second.
func Example() {
	// 0 and 1: each has text, details and quotations the other lacks.
	versions := provenance.Signals{
		Evidence: judge.Evidence{
			A:        judge.Side{Verbatim: 0.67, Run3: 0.63, Run8: 0.48, Run32: 0.40},
			B:        judge.Side{Verbatim: 0.21, Run3: 0.21, Run8: 0.14},
			Passages: 5,
		},
		AOnlyTerms: 0.19, BOnlyTerms: 0.67,
		AQuotesUnattested: 2, BQuotesUnattested: 34,
		WordsA: 511, WordsB: 1760,
	}
	// 1 and 2: 2 rewrites 1, keeping most of its own words inside it.
	rewrite := provenance.Signals{
		Evidence: judge.Evidence{
			A:        judge.Side{Rewrite: 0.31, Run3: 0.13},
			B:        judge.Side{Rewrite: 0.81, Run3: 0.42},
			Passages: 5,
		},
		AOnlyTerms: 0.71, BOnlyTerms: 0.21,
	}
	// 0 and 2: cousins, related through 1; the signals disagree.
	cousins := provenance.Signals{
		Evidence: judge.Evidence{
			A:        judge.Side{Rewrite: 0.69, Run3: 0.30},
			B:        judge.Side{Rewrite: 0.42, Run3: 0.24},
			Passages: 4,
		},
		AOnlyTerms: 0.54, BOnlyTerms: 0.47,
	}
	var links []provenance.Link
	for _, p := range []struct {
		a, b int
		s    provenance.Signals
	}{{0, 1, versions}, {1, 2, rewrite}, {0, 2, cousins}} {
		d := provenance.Direct(p.s)
		fmt.Printf("%d-%d: %s\n", p.a, p.b, d.Reason)
		links = append(links, provenance.NewLink(p.a, p.b, judge.Judge(p.s.Evidence), p.s.Evidence, d))
	}
	for _, s := range provenance.Stories(3, links) {
		fmt.Println("story", s.Articles)
		for _, e := range s.Lineage {
			fmt.Printf("  %d ← %d (%s)\n", e.Child, e.Parent, e.Relation)
		}
	}
	// Output:
	// 0-1: common source: neither contains the other (coverage A 0.67 B 0.21), each has details (terms only in A 0.19, only in B 0.67) and quotations (A 2, B 34) the other lacks
	// 1-2: A is the source: containment (1) and details (1)
	// 0-2: unknown: details (1) for A, containment (1) for B: a lead of 0, less than 0.5
	// story [0 1 2]
	//   0 ← -1 (partial-copy)
	//   1 ← -1 (partial-copy)
	//   2 ← 1 (rewrite)
}
