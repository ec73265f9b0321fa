package fidelity

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/quote"
)

// lcs is the slow reference: the length of the longest common subsequence.
func lcs(d, s []uint64) int {
	prev, cur := make([]int, len(s)+1), make([]int, len(s)+1)
	for i := range d {
		for j := range s {
			if d[i] == s[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(prev[j+1], cur[j])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(s)]
}

// TestAlignProperties checks the alignment on random word sequences over a
// small vocabulary against the LCS reference: every derived word appears
// once, in order; source words strictly increase; equal steps really are
// equal; no more equal words than the LCS; and when d is a contiguous run
// of s, all of it aligns equal.
func TestAlignProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var al aligner
	word := func() uint64 { return uint64(rng.IntN(6)) }
	for trial := range 3000 {
		s := make([]uint64, rng.IntN(30))
		for j := range s {
			s[j] = word()
		}
		d := make([]uint64, 1+rng.IntN(12))
		for i := range d {
			d[i] = word()
		}
		if trial%3 == 0 && len(s) > 0 {
			a := rng.IntN(len(s))
			b := a + 1 + rng.IntN(len(s)-a)
			d = slices.Clone(s[a:b])
		}
		a := al.align(d, s, 0)
		nextI, lastJ, equal := 0, -1, 0
		for _, st := range a.steps {
			if st.i >= 0 {
				if st.i != nextI {
					t.Fatalf("align(%v, %v): derived index %d, want %d", d, s, st.i, nextI)
				}
				nextI++
			}
			if st.j >= 0 {
				if st.j <= lastJ || st.j >= len(s) {
					t.Fatalf("align(%v, %v): source index %d after %d", d, s, st.j, lastJ)
				}
				lastJ = st.j
			}
			if (st.kind == stepEqual) != (st.i >= 0 && st.j >= 0 && d[st.i] == s[st.j]) {
				t.Fatalf("align(%v, %v): step %+v mislabelled", d, s, st)
			}
			if st.kind == stepEqual {
				equal++
			}
		}
		if nextI != len(d) || equal != a.equal {
			t.Fatalf("align(%v, %v): %d derived words, %d equal (reported %d)", d, s, nextI, equal, a.equal)
		}
		if ref := lcs(d, s); a.equal > ref {
			t.Fatalf("align(%v, %v): %d equal > LCS %d", d, s, a.equal, ref)
		}
		if trial%3 == 0 && len(s) > 0 && a.equal != len(d) {
			t.Fatalf("align(%v, %v): contiguous run aligned with %d of %d equal", d, s, a.equal, len(d))
		}
	}
}

// naiveOccurrences is the slow reference for sourceIndex.occurrences: try
// every source position, and every quotation.
func naiveOccurrences(src *sourceIndex, d []uint64) (exact, frag []int) {
	n := len(d)
	for j := 0; j+n <= len(src.hash); j++ {
		if !slices.Equal(src.hash[j:j+n], d) {
			continue
		}
		// The innermost quotation holding [j, j+n): the latest in order.
		best := -1
		for q, sq := range src.quotes {
			if sq.lo <= j && j+n <= sq.hi {
				best = q
			}
		}
		if best < 0 {
			continue
		}
		if sq := src.quotes[best]; sq.lo == j && sq.hi == j+n {
			exact = append(exact, best)
		} else {
			frag = append(frag, best)
		}
	}
	return exact, frag
}

// TestOccurrencesReference checks the postings-based search against the
// naive one on random texts with nested and repeated quotations.
func TestOccurrencesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	vocab := []string{"a", "b", "c", "d", "“", "”", "‘", "’", `"`, ".", "\n\n"}
	var tk analysis.Tokenizer
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(vocab[rng.IntN(len(vocab))])
			b.WriteByte(' ')
		}
		text := b.String()
		src := newSourceIndex(&tk, text, quote.Extract(text, nil), 1000)
		if len(src.hash) == 0 {
			continue
		}
		a := rng.IntN(len(src.hash))
		d := slices.Clone(src.hash[a : a+1+rng.IntN(min(4, len(src.hash)-a))])
		exact, frag, _ := src.occurrences(d)
		wantExact, wantFrag := naiveOccurrences(src, d)
		if !slices.Equal(exact, wantExact) || !slices.Equal(frag, wantFrag) {
			t.Fatalf("occurrences in %q = %v, %v; want %v, %v", text, exact, frag, wantExact, wantFrag)
		}
	}
}
