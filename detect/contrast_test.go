package detect

import (
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
			got, ok := contrastSimilarity(a, b, idf)
			if ok != tt.ok || ok && (got < tt.want-0.01 || got > tt.want+0.01) {
				t.Errorf("contrastSimilarity = %.3f, %v; want %.3f, %v", got, ok, tt.want, tt.ok)
			}
			if full, _, _ := similarity(&doc{terms: a.terms, norm: termNorm(a.terms, idf)}, &doc{terms: b.terms, norm: termNorm(b.terms, idf)}, idf); ok && tt.want == 0 && full < 0.3 {
				t.Errorf("similarity = %.3f; the case needs function words that make it high", full)
			}
		})
	}
}
