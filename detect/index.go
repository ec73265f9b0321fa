package detect

import (
	"cmp"
	"context"
	"slices"
	"sync/atomic"
)

// Candidate search in bounded memory
//
// Run keeps of each document only its keys (fingerprints, content-word
// pairs, top terms, the exact-stream key), never its tokens or prepared
// sentences. The keys become an inverted index of the keys that at least
// two documents share — a key of one document links nothing, and they are
// half of all keys — with the lists over the signal's cap dropped and
// counted. Each document then counts, over the lists of its own keys, the
// votes of every later document, in a dense counter of the worker's; the
// pairs that reach a signal's threshold are its candidates. No list of key
// pairs is ever built: the memory is the index (about 1.7 KB a news
// article: 4 bytes a shared posting, twice) and the counters.

// indexPartitions is how many parts the (key, document) entries of one
// signal are sorted in, by the top bits of the key: the entries of one
// part at a time are what the index costs beyond the documents' own key
// lists (16 bytes an entry: 1/16 of 16 bytes × 450 keys a news article).
const indexPartitions = 16

// signalIndex is one signal's shared keys: the documents of key k are
// docs[start[k]:start[k+1]] (ascending), the keys of document i are
// keys[kstart[i]:kstart[i+1]].
type signalIndex struct {
	start, docs  []uint32
	kstart, keys []uint32
	capped       int // keys held by more documents than the cap, dropped
}

// postings returns the documents holding key k.
func (x *signalIndex) postings(k uint32) []uint32 { return x.docs[x.start[k]:x.start[k+1]] }

// keysOf returns the shared keys of document i.
func (x *signalIndex) keysOf(i int) []uint32 { return x.keys[x.kstart[i]:x.kstart[i+1]] }

// buildSignal indexes the keys of n documents (each list distinct and
// sorted) that 2 to limit documents share. keys(i) may be released by the
// caller once the index is built.
func buildSignal(ctx context.Context, n int, keys func(i int) []uint64, limit int) (*signalIndex, error) {
	type entry struct {
		key uint64
		doc uint32
	}
	x := &signalIndex{start: []uint32{0}}
	perDoc := make([]uint32, n+1)
	var entries []entry
	for p := range indexPartitions {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		lo := uint64(p) << 60
		entries = entries[:0]
		for i := range n {
			ks := keys(i)
			j, _ := slices.BinarySearch(ks, lo)
			for ; j < len(ks) && ks[j]>>60 == uint64(p); j++ {
				entries = append(entries, entry{ks[j], uint32(i)})
			}
		}
		slices.SortFunc(entries, func(a, b entry) int {
			if c := cmp.Compare(a.key, b.key); c != 0 {
				return c
			}
			return cmp.Compare(a.doc, b.doc)
		})
		for i := 0; i < len(entries); {
			j := i + 1
			for j < len(entries) && entries[j].key == entries[i].key {
				j++
			}
			switch df := j - i; {
			case df > limit:
				x.capped++
			case df >= 2:
				for _, e := range entries[i:j] {
					x.docs = append(x.docs, e.doc)
					perDoc[e.doc+1]++
				}
				x.start = append(x.start, uint32(len(x.docs)))
			}
			i = j
		}
	}
	// The reverse lists: each document's keys, in key order.
	for i := range n {
		perDoc[i+1] += perDoc[i]
	}
	x.kstart = perDoc
	x.keys = make([]uint32, len(x.docs))
	fill := slices.Clone(perDoc[:n])
	for k := range len(x.start) - 1 {
		for _, d := range x.postings(uint32(k)) {
			x.keys[fill[d]] = uint32(k)
			fill[d]++
		}
	}
	x.docs = slices.Clip(x.docs)
	x.start = slices.Clip(x.start)
	return x, nil
}

// exactGroups links the documents of the same token stream (equal word
// count and sum, at least one word), in groups of at most limit: group[i]
// is the members of document i's group (ascending), nil when it has none
// to pair with. It returns how many groups were over limit.
func exactGroups(words []int32, sums []uint64, limit int) (group [][]uint32, capped int) {
	order := make([]uint32, 0, len(words))
	for i, w := range words {
		if w > 0 {
			order = append(order, uint32(i))
		}
	}
	slices.SortFunc(order, func(a, b uint32) int {
		if c := cmp.Compare(words[a], words[b]); c != 0 {
			return c
		}
		if c := cmp.Compare(sums[a], sums[b]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	group = make([][]uint32, len(words))
	for i := 0; i < len(order); {
		j := i + 1
		for j < len(order) && words[order[j]] == words[order[i]] && sums[order[j]] == sums[order[i]] {
			j++
		}
		switch df := j - i; {
		case df > limit:
			capped++
		case df >= 2:
			g := order[i:j:j]
			for _, d := range g {
				group[d] = g
			}
		}
		i = j
	}
	return group, capped
}

// MaxSameDocs caps a group of documents of the same token stream: a text
// copied word for word into more documents than this is boilerplate, and
// pairs no more; a group of m costs m(m−1)/2 alignments, half a million at
// this cap. (It is the cap minhash.Index put on an LSH bucket, which the
// exact key replaced; engine's archive keeps the same key and cap.)
const MaxSameDocs = 1000

// corpusKeys is what Run keeps of each document for the candidate search.
type corpusKeys struct {
	words []int32
	sums  []uint64
	fps   [][]uint64
	bags  [][]uint64
	top   [][]uint64 // nil in VerbatimOnly mode
}

// votes counts, for each document a, the votes of every later document
// over the shared keys of a, and returns the candidate pairs packed as
// a<<32|b, sorted, less those the vote pre-filter keeps from the aligners
// (Promising); onePhrase[i] says whether candidate i is of one phrase
// (PhraseOnly), nil when none is. Documents are counted in parallel, each
// worker with dense counters over the corpus.
func (d *Detector) votes(ctx context.Context, ck *corpusKeys, st *Stats) (cands []uint64, onePhrase []bool, err error) {
	n := len(ck.words)
	group, capped := exactGroups(ck.words, ck.sums, MaxSameDocs)
	st.CappedBuckets = capped
	var sigs [3]*signalIndex
	// Each signal's key lists are released as soon as its index holds
	// what counts of them, so that at most one signal's lists and index
	// are held together beyond the indexes built.
	lists := [3]*[][]uint64{&ck.fps, &ck.bags, &ck.top}
	for s, lp := range lists {
		l := *lp
		if l == nil {
			continue
		}
		x, err := buildSignal(ctx, n, func(i int) []uint64 { return l[i] }, d.opts.MaxPostingDocs)
		if err != nil {
			return nil, nil, err
		}
		sigs[s] = x
		st.CappedPostings += x.capped
		*lp, l = nil, nil
	}

	per := make([][]uint32, n)
	var same, fp, bag, term, pre atomic.Int64
	phraseOf := make([][]uint32, n) // of per[a], those of one phrase (PhraseOnly)
	type counter struct {
		v       [][4]int32 // Same, Fingerprints, Bags, Terms per document
		touched []uint32
		phrase  []uint32
	}
	err = parallelN(ctx, d.opts.Workers, n, func() *counter { return &counter{v: make([][4]int32, n)} }, func(c *counter, a int) {
		touch := func(b uint32, s int) {
			if c.v[b] == [4]int32{} {
				c.touched = append(c.touched, b)
			}
			c.v[b][s]++
		}
		for _, b := range group[a] {
			if b > uint32(a) {
				touch(b, 0)
			}
		}
		for s, x := range sigs {
			if x == nil {
				continue
			}
			for _, k := range x.keysOf(a) {
				ds := x.postings(k)
				j, _ := slices.BinarySearch(ds, uint32(a)+1)
				for _, b := range ds[j:] {
					touch(b, s+1)
				}
			}
		}
		var out []uint32
		for _, b := range c.touched {
			v := c.v[b]
			c.v[b] = [4]int32{}
			votes := Votes{Same: int(v[0]), Fingerprints: int(v[1]), Bags: int(v[2]), Terms: int(v[3])}
			if !d.Candidate(votes) {
				continue
			}
			if !d.Promising(votes) {
				pre.Add(1)
				continue
			}
			out = append(out, b)
			if d.PhraseOnly(votes) {
				c.phrase = append(c.phrase, b)
			}
			if votes.Same > 0 {
				same.Add(1)
			}
			if votes.Fingerprints >= d.opts.MinSharedFingerprints {
				fp.Add(1)
			}
			if votes.Bags >= d.opts.MinSharedBags {
				bag.Add(1)
			}
			if votes.Terms >= d.opts.MinSharedTerms {
				term.Add(1)
			}
		}
		c.touched = c.touched[:0]
		slices.Sort(out)
		per[a] = out
		if len(c.phrase) > 0 {
			slices.Sort(c.phrase)
			phraseOf[a] = slices.Clone(c.phrase)
			c.phrase = c.phrase[:0]
		}
	})
	if err != nil {
		return nil, nil, err
	}
	st.SameCandidates, st.FPCandidates = int(same.Load()), int(fp.Load())
	st.BagCandidates, st.TermCandidates = int(bag.Load()), int(term.Load())
	st.Prefiltered = int(pre.Load())
	total := 0
	for _, p := range per {
		total += len(p)
	}
	cands = make([]uint64, 0, total)
	for a, p := range per {
		for _, b := range p {
			if len(phraseOf[a]) > 0 {
				if onePhrase == nil {
					onePhrase = make([]bool, total)
				}
				_, onePhrase[len(cands)] = slices.BinarySearch(phraseOf[a], b)
			}
			cands = append(cands, uint64(a)<<32|uint64(b))
		}
	}
	return cands, onePhrase, nil
}

// parallelN runs fn(state, i) for i in [0, n) on workers goroutines, each
// with its own state from newState, stopping early when ctx is done.
func parallelN[S any](ctx context.Context, workers, n int, newState func() S, fn func(s S, i int)) error {
	var next atomic.Int64
	done := make(chan struct{})
	workers = min(workers, max(n, 1))
	for range workers {
		go func() {
			defer func() { done <- struct{}{} }()
			s := newState()
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				fn(s, i)
			}
		}()
	}
	for range workers {
		<-done
	}
	return ctx.Err()
}
