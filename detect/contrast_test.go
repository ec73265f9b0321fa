package detect

import (
	"slices"
	"testing"

	"github.com/reprint/reprint/rewrite"
)

// TestContrastSimilarity: in a small corpus the terms of every document
// (a language's function words) are left out of the similarity, and in
// a large one, or a tiny one, it is not read.
func TestContrastSimilarity(t *testing.T) {
	term := func(i int) uint64 { return rewrite.TermID(rewrite.KindStem, uint64(i)) }
	terms := func(ids ...int) []uint64 {
		var ts []uint64
		for _, i := range ids {
			ts = append(ts, term(i))
		}
		return ts
	}
	function := []int{1, 2, 3, 4, 5, 6} // in every document
	with := func(ids ...int) []int { return append(append([]int{}, function...), ids...) }
	tests := []struct {
		name   string
		corpus [][]int // documents; the pair is the first and the last
		want   float64
		ok     bool
	}{
		{"an unrelated article of the outlet", [][]int{with(10, 11, 12, 13, 20), with(10, 11, 12, 13), with(10, 11, 12, 13, 21), with(30, 31, 32)}, 0, true},
		{"two tellings of the story", [][]int{with(10, 11, 12, 13, 20), with(30, 31), with(10, 11, 12, 21), with(10, 11, 12, 13)}, 0.894, true}, // 4 / √(5·4)
		{"three documents: not read", [][]int{with(20), with(21), with(30)}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			idf := rewrite.NewIDF()
			for _, d := range tt.corpus {
				idf.Add(terms(d...))
			}
			a := &doc{terms: terms(tt.corpus[0]...)}
			b := &doc{terms: terms(tt.corpus[len(tt.corpus)-1]...)}
			got, ok := contrastSimilarity(a, b, idf, false)
			if ok != tt.ok || ok && (got < tt.want-0.01 || got > tt.want+0.01) {
				t.Errorf("contrastSimilarity = %.3f, %v; want %.3f, %v", got, ok, tt.want, tt.ok)
			}
			if full, _, _ := similarity(&doc{terms: a.terms, norm: termNorm(a.terms, idf)}, &doc{terms: b.terms, norm: termNorm(b.terms, idf)}, idf); ok && tt.want == 0 && full < 0.3 {
				t.Errorf("similarity = %.3f; the case needs function words that make it high", full)
			}
		})
	}
}

// TestContrastKeepsFacts: with keepFacts, a name in every document of a
// folder of one story keeps its weight; the function words do not.
func TestContrastKeepsFacts(t *testing.T) {
	stem := func(i int) uint64 { return rewrite.TermID(rewrite.KindStem, uint64(i)) }
	name := func(i int) uint64 { return rewrite.TermID(rewrite.KindEntity, uint64(i)) }
	function := []uint64{stem(1), stem(2), stem(3), stem(4)}
	doc1 := append(slices.Clone(function), name(50), stem(10))
	doc2 := append(slices.Clone(function), name(50), stem(11))
	doc3 := append(slices.Clone(function), name(50), stem(12))
	doc4 := append(slices.Clone(function), name(50), stem(13))
	idf := rewrite.NewIDF()
	for _, d := range [][]uint64{doc1, doc2, doc3, doc4} {
		slices.Sort(d)
		idf.Add(d)
	}
	a, b := &doc{terms: doc1}, &doc{terms: doc4}
	if got, ok := contrastSimilarity(a, b, idf, false); !ok || got != 0 {
		t.Errorf("without keepFacts = %.3f, %v; want 0 (every shared term is in every document)", got, ok)
	}
	if got, ok := contrastSimilarity(a, b, idf, true); !ok || got < 0.5 {
		t.Errorf("with keepFacts = %.3f, %v; want at least 0.5 (the shared name weighs)", got, ok)
	}
}
