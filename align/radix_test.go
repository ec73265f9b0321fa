package align

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortGramsMatchesCmpGram checks the radix sort against the comparison
// sort it replaced, on inputs shaped like grams' output (each kind in
// position order) with many repeated hashes, over sizes on both sides of the
// insertion-sort cut-off.
func TestSortGramsMatchesCmpGram(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	var tmp []gram
	for _, n := range []int{0, 1, 2, 63, 64, 65, 500, 5000} {
		for trial := range 20 {
			distinct := 1 + rng.IntN(n+1)
			hashes := make([]uint64, distinct)
			for i := range hashes {
				hashes[i] = rng.Uint64()
				if trial%4 == 0 {
					hashes[i] &= 0xFFFF // same high digits: exercises skipped passes
				}
			}
			g := make([]gram, n)
			for i := range g {
				g[i] = gram{h: hashes[rng.IntN(distinct)], lo: int32(i), hi: int32(i + 2)}
			}
			want := slices.Clone(g)
			slices.SortFunc(want, cmpGram)
			tmp = sortGrams(g, tmp)
			if !slices.Equal(g, want) {
				t.Fatalf("sortGrams(n=%d, trial %d) differs from slices.SortFunc(cmpGram)", n, trial)
			}
		}
	}
}
