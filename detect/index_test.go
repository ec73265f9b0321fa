package detect

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestBuildSignal(t *testing.T) {
	// Keys spread over the partitions (top bits) and within one.
	const hi = 0xF000_0000_0000_0000
	tests := []struct {
		name     string
		docs     [][]uint64
		limit    int
		postings [][]uint32 // by key id
		keys     [][]uint32 // by document
		capped   int
	}{
		{"none", [][]uint64{{1}, {2}}, 10, nil, [][]uint32{nil, nil}, 0},
		{"shared", [][]uint64{{1, 5}, {5, hi + 1}, {1, hi + 1}}, 10,
			[][]uint32{{0, 2}, {0, 1}, {1, 2}}, [][]uint32{{0, 1}, {1, 2}, {0, 2}}, 0},
		{"capped", [][]uint64{{7, 9}, {7, 9}, {7}}, 2,
			[][]uint32{{0, 1}}, [][]uint32{{0}, {0}, nil}, 1},
		{"empty documents", [][]uint64{nil, {3}, nil, {3}}, 10,
			[][]uint32{{1, 3}}, [][]uint32{nil, {0}, nil, {0}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, err := buildSignal(t.Context(), len(tt.docs), func(i int) []uint64 { return tt.docs[i] }, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			var got [][]uint32
			for k := range len(x.start) - 1 {
				got = append(got, x.postings(uint32(k)))
			}
			if !equalLists(got, tt.postings) {
				t.Errorf("postings = %v; want %v", got, tt.postings)
			}
			got = nil
			for i := range tt.docs {
				got = append(got, x.keysOf(i))
			}
			if !equalLists(got, tt.keys) {
				t.Errorf("keys = %v; want %v", got, tt.keys)
			}
			if x.capped != tt.capped {
				t.Errorf("capped = %d; want %d", x.capped, tt.capped)
			}
		})
	}
}

func equalLists(a, b [][]uint32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if len(a[i]) != len(b[i]) || (len(a[i]) > 0 && !slices.Equal(a[i], b[i])) {
			return false
		}
	}
	return true
}

func TestExactGroups(t *testing.T) {
	words := []int32{5, 5, 0, 5, 0, 7, 5}
	sums := []uint64{1, 1, 0, 2, 0, 1, 1}
	group, capped := exactGroups(words, sums, 10)
	want := [][]uint32{{0, 1, 6}, {0, 1, 6}, nil, nil, nil, nil, {0, 1, 6}}
	if !equalLists(group, want) || capped != 0 {
		t.Errorf("groups = %v (capped %d); want %v", group, capped, want)
	}
	group, capped = exactGroups(words, sums, 2)
	if !equalLists(group, make([][]uint32, len(words))) || capped != 1 {
		t.Errorf("capped at 2: groups = %v (capped %d); want none, 1 capped", group, capped)
	}
}

// TestVotesBruteForce checks the candidate search against counting every
// pair's shared keys directly, on random corpora dense enough to share
// keys and hit the caps.
func TestVotesBruteForce(t *testing.T) {
	for seed := range uint64(20) {
		rng := rand.New(rand.NewPCG(seed, 7))
		n := 2 + rng.IntN(60)
		universe := 5 + rng.IntN(200)
		keys := func() []uint64 {
			var ks []uint64
			for range rng.IntN(30) {
				// Spread over every partition.
				ks = append(ks, uint64(rng.IntN(universe))*0x9E3779B97F4A7C15)
			}
			slices.Sort(ks)
			return slices.Compact(ks)
		}
		ck := &corpusKeys{words: make([]int32, n), sums: make([]uint64, n)}
		for i := range n {
			ck.words[i] = int32(rng.IntN(3))
			ck.sums[i] = uint64(rng.IntN(2))
			ck.fps = append(ck.fps, keys())
			ck.bags = append(ck.bags, keys())
			ck.top = append(ck.top, keys())
		}
		opts := Options{Workers: 1 + int(seed%3), MaxPostingDocs: 3 + rng.IntN(n), MinSharedFingerprints: 2, MinSharedBags: 3, MinSharedTerms: 4, MinTermsAlone: 5}
		d, err := New(opts)
		if err != nil {
			t.Fatal(err)
		}
		want, wantPhrase := bruteVotes(d, ck)
		var st Stats
		got, gotPhrase, err := d.votes(t.Context(), &corpusKeys{words: ck.words, sums: ck.sums, fps: ck.fps, bags: ck.bags, top: ck.top}, &st)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(wantPhrase, true) {
			wantPhrase = nil
		}
		if !slices.Equal(gotPhrase, wantPhrase) {
			t.Fatalf("seed %d: candidates of one phrase\n got %v\nwant %v", seed, gotPhrase, wantPhrase)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("seed %d: votes = %d candidates; brute force %d\n got %v\nwant %v", seed, len(got), len(want), got, want)
		}
	}
}

// bruteVotes counts the keys each pair shares, leaving out keys held by
// more documents than the caps allow.
func bruteVotes(d *Detector, ck *corpusKeys) (cands []uint64, onePhrase []bool) {
	n := len(ck.words)
	df := func(lists [][]uint64) map[uint64]int {
		m := map[uint64]int{}
		for _, l := range lists {
			for _, k := range l {
				m[k]++
			}
		}
		return m
	}
	shared := func(a, b []uint64, df map[uint64]int) int {
		c := 0
		for _, k := range a {
			if _, ok := slices.BinarySearch(b, k); ok && df[k] <= d.opts.MaxPostingDocs {
				c++
			}
		}
		return c
	}
	same := map[[2]uint64]int{}
	for i := range n {
		if ck.words[i] > 0 {
			same[[2]uint64{uint64(ck.words[i]), ck.sums[i]}]++
		}
	}
	dfp, dfb, dft := df(ck.fps), df(ck.bags), df(ck.top)
	for a := range n {
		for b := a + 1; b < n; b++ {
			v := Votes{
				Fingerprints: shared(ck.fps[a], ck.fps[b], dfp),
				Bags:         shared(ck.bags[a], ck.bags[b], dfb),
				Terms:        shared(ck.top[a], ck.top[b], dft),
			}
			k := [2]uint64{uint64(ck.words[a]), ck.sums[a]}
			if ck.words[a] > 0 && ck.words[a] == ck.words[b] && ck.sums[a] == ck.sums[b] && same[k] <= MaxSameDocs {
				v.Same = 1
			}
			if d.Candidate(v) && d.Promising(v) {
				cands = append(cands, uint64(a)<<32|uint64(b))
				onePhrase = append(onePhrase, d.PhraseOnly(v))
			}
		}
	}
	return cands, onePhrase
}

func TestPlannedCache(t *testing.T) {
	// Every Doc{} counts 256 bytes: a budget of 600 keeps two.
	uses := [][]int32{{0, 3}, {0, 1}, {1, 2, 5}, {2}, {0, 9}}
	c := newPlannedCache(uses, 600)
	docs := make([]*Doc, len(uses))
	for i := range docs {
		docs[i] = &Doc{}
	}
	steps := []struct {
		op   string // get or put
		i    int32
		step int32
		hit  bool // get: whether the document is there
	}{
		{"put", 0, 0, false}, // next use 3
		{"put", 1, 0, false}, // next use 1
		{"put", 4, 0, false}, // next use 9: the farthest, so it is the one dropped
		{"get", 4, 9, false},
		{"get", 1, 1, true}, // its last use: dropped
		{"get", 1, 1, false},
		{"put", 2, 1, false}, // next use 2
		{"get", 2, 2, true},  // next use 5
		{"put", 3, 2, false}, // no use to come: not kept
		{"get", 3, 2, false},
		{"get", 0, 3, true},
		{"get", 0, 3, false},
		{"get", 2, 5, true},
	}
	for _, s := range steps {
		switch s.op {
		case "put":
			c.put(s.i, s.step, docs[s.i])
		case "get":
			if got := c.get(s.i, s.step); (got != nil) != s.hit {
				t.Fatalf("get(%d, %d) hit = %v; want %v", s.i, s.step, got != nil, s.hit)
			}
		}
	}
	if len(c.byDoc) != 0 || c.used != 0 || len(c.heap) != 0 {
		t.Errorf("after every last use the cache holds %d documents, %d bytes", len(c.byDoc), c.used)
	}
}
