package engine

import (
	"sync"

	"github.com/reprint/reprint/detect"
)

// voteTable counts, for a query, the votes of each archived article over
// the query's posting lists: an open-addressing table from Seq to Votes.
// A check walks tens of thousands of postings (a few hundred keys, lists
// of up to detect.DefaultMaxPostingDocs), most of them the only key an
// article shares; a Go map of *Votes spent about an eighth of a loaded
// server's check CPU on hashing and allocation there (BENCHMARKS.md,
// "`reprint serve`: checks over HTTP", session 11). Articles are kept in the order first met.
type voteTable struct {
	slots []int32 // 1 + the index into seqs and votes; 0: empty
	seqs  []int64
	votes []detect.Votes
	shift uint
}

// voteTables keeps the tables of finished queries for the next: a
// table grown to a query's size is a megabyte or so.
var voteTables = sync.Pool{New: func() any { return new(voteTable) }}

// reset empties t, keeping its room.
func (t *voteTable) reset() {
	clear(t.slots)
	t.seqs, t.votes = t.seqs[:0], t.votes[:0]
}

// voteTableMin is the table's first size in slots: enough for a query
// whose keys meet a few hundred articles without growing.
const voteTableMin = 1 << 10

// at returns the votes of seq, made zero when first met.
func (t *voteTable) at(seq int64) *detect.Votes {
	if len(t.slots) == 0 {
		t.resize(voteTableMin)
	} else if 2*(len(t.seqs)+1) > len(t.slots) {
		t.resize(2 * len(t.slots))
	}
	mask := len(t.slots) - 1
	for i := t.home(seq); ; i = (i + 1) & mask {
		switch k := t.slots[i]; {
		case k == 0:
			t.seqs = append(t.seqs, seq)
			t.votes = append(t.votes, detect.Votes{})
			t.slots[i] = int32(len(t.seqs))
			return &t.votes[len(t.votes)-1]
		case t.seqs[k-1] == seq:
			return &t.votes[k-1]
		}
	}
}

// home is seq's first slot: Fibonacci hashing, which spreads Seqs that
// run consecutively.
func (t *voteTable) home(seq int64) int {
	return int((uint64(seq) * 0x9E3779B97F4A7C15) >> t.shift)
}

// resize makes the table n slots (a power of two) and puts the articles
// met so far back in.
func (t *voteTable) resize(n int) {
	t.slots = make([]int32, n)
	t.shift = 64
	for m := n; m > 1; m >>= 1 {
		t.shift--
	}
	mask := n - 1
	for k, seq := range t.seqs {
		i := t.home(seq)
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = int32(k + 1)
	}
}
