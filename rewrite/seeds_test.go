package rewrite_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/rewrite"
)

const seedDir = "../../shared/seeds"

func readSeed(tb testing.TB, prefix string) string {
	tb.Helper()
	m, err := filepath.Glob(filepath.Join(seedDir, prefix+"_*.txt"))
	if err != nil || len(m) != 1 {
		tb.Skipf("seed %s not found", prefix)
	}
	b, err := os.ReadFile(m[0])
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// coverage returns the share of the bytes of the sentences of text that
// the spans cover.
func coverage(text string, sents []reprint.Span, spans []reprint.Span) float64 {
	total, covered := 0, 0
	for _, s := range sents {
		total += s.Len()
		for _, p := range spans {
			lo, hi := max(s.Start, p.Start), min(s.End, p.End)
			if hi > lo {
				covered += hi - lo
			}
		}
	}
	if total == 0 {
		return 0
	}
	return float64(covered) / float64(total)
}

// unrelatedDoc is a PAN 2013 source document (the Exxon Valdez spill),
// read in place: an article unrelated to the seeds.
const unrelatedDoc = "../../shared/corpora/pan13-train/src/source-document00305.txt"

// TestSeeds aligns the seed rewrites with their originals: 002 and 003
// rewrite 001, 004 rewrites 000. Most of each rewrite must lie in rewrite
// passages; against an unrelated article nothing may be found.
func TestSeeds(t *testing.T) {
	al := mustNew(t, rewrite.Options{})
	for _, tc := range []struct {
		rw, orig string
		minCov   float64 // share of the rewrite's sentence bytes covered
	}{
		{"002", "001", 0.7},
		{"003", "001", 0.7},
		{"004", "000", 0.85},
	} {
		a, b := readSeed(t, tc.rw), readSeed(t, tc.orig)
		sa, sb := split(a), split(b)
		res := al.Align(a, b, sa, sb, nil)
		var pa []reprint.Span
		for _, p := range res.Passages {
			pa = append(pa, p.A)
			checkSpans(t, a, sa, p.A)
			checkSpans(t, b, sb, p.B)
		}
		if cov := coverage(a, sa, pa); cov < tc.minCov {
			t.Errorf("%s vs %s: rewrite passages cover %.2f of %s; want ≥ %.2f", tc.rw, tc.orig, cov, tc.rw, tc.minCov)
		}
	}
	b, err := os.ReadFile(unrelatedDoc)
	if err != nil {
		t.Skipf("unrelated article: %v", err)
	}
	other := string(b)
	for _, rw := range []string{"002", "003", "004"} {
		a := readSeed(t, rw)
		res := al.Align(a, other, split(a), split(other), nil)
		if len(res.Passages) != 0 {
			t.Errorf("%s vs unrelated: %d passages; want none: %+v", rw, len(res.Passages), res.Passages)
		}
	}
}
