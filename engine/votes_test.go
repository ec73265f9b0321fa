package engine

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/reprint/reprint/detect"
)

// TestVoteTable: the table counts as a map does, through its growth, and
// keeps the articles in the order first met.
func TestVoteTable(t *testing.T) {
	for _, n := range []int{0, 1, 10, voteTableMin / 2, voteTableMin, 5 * voteTableMin} {
		rng := rand.New(rand.NewPCG(uint64(n), 1))
		var tab voteTable
		if n == voteTableMin {
			// A table used before and reset counts afresh.
			for s := range int64(3 * voteTableMin) {
				tab.at(s).Same++
			}
			tab.reset()
		}
		want := map[int64]detect.Votes{}
		var order []int64
		for range 3 * n {
			// Seqs that run consecutively and ones far apart, met again.
			seq := int64(rng.IntN(n + 1))
			if rng.IntN(3) == 0 {
				seq = rng.Int64()
			}
			if _, ok := want[seq]; !ok {
				order = append(order, seq)
			}
			v := want[seq]
			switch rng.IntN(3) {
			case 0:
				v.Fingerprints++
				tab.at(seq).Fingerprints++
			case 1:
				v.Bags++
				tab.at(seq).Bags++
			default:
				v.Terms++
				tab.at(seq).Terms++
			}
			want[seq] = v
		}
		if !slices.Equal(tab.seqs, order) {
			t.Fatalf("n %d: %d articles in the table, want %d in the order first met", n, len(tab.seqs), len(order))
		}
		for k, seq := range tab.seqs {
			if tab.votes[k] != want[seq] {
				t.Fatalf("n %d: votes of %d = %+v, want %+v", n, seq, tab.votes[k], want[seq])
			}
			if got := *tab.at(seq); got != want[seq] {
				t.Fatalf("n %d: at(%d) = %+v, want %+v", n, seq, got, want[seq])
			}
		}
	}
}
