package newsgen

import (
	"cmp"
	"math"
	"math/bits"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
)

// Chain is the word-level order-2 Markov chain trained on the pool, with
// what generation needs besides: an order-1 back-off, the set of the pool's
// FillerRun-word runs that filler must not reproduce, and frequency bands
// for word substitution in rewrites.
type Chain struct {
	vocab []string // token id → whitespace token; id 0 is the paragraph boundary
	final []bool   // token id → ends a sentence

	normStart []uint32 // token id → range of norm in [normStart[id], normStart[id+1])
	norm      []uint64 // hashes of the normalised words of each token

	ctx2   map[uint64]uint32 // (a<<32 | b) → context number k
	start2 []uint32          // k → successors succ2[start2[k]:start2[k+1]]
	succ2  []uint32          // successors of each context, one per occurrence
	start1 []uint32          // token id → successors succ1[start1[id]:start1[id+1]]
	succ1  []uint32

	poolRuns map[uint64]struct{} // hashes of every FillerRun-word run of the pool

	bandWords [][]string       // frequency band → lower-case words of the pool
	band      map[string]uint8 // lower-case word → its band

	// MinRunBits is the least information a FillerRun-word run of filler
	// carries (DefaultMinRunBits); set it before generating.
	MinRunBits float64
}

// NewChain trains the chain on the pool's paragraphs.
func NewChain(p *Pool) *Chain {
	c := &Chain{vocab: []string{""}, final: []bool{false}, MinRunBits: DefaultMinRunBits}
	ids := map[string]uint32{"": 0}
	type tri struct{ a, b, c uint32 }
	var tris []tri
	counts := map[string]int{}
	c.poolRuns = make(map[uint64]struct{}, p.Stats.Words)
	var hs []uint64
	for _, para := range p.Paras {
		toks := strings.Fields(para)
		var a, b uint32
		hs = hs[:0]
		for _, t := range toks {
			id, ok := ids[t]
			if !ok {
				id = uint32(len(c.vocab))
				ids[t] = id
				c.vocab = append(c.vocab, t)
				c.final = append(c.final, sentenceFinal(t))
			}
			tris = append(tris, tri{a, b, id})
			a, b = b, id
			if _, w, _ := core(t); w != "" && isLowerWord(w) {
				counts[w]++
			}
		}
		for _, w := range NormWords(para) {
			hs = append(hs, wordHash(w))
		}
		for i := 0; i+FillerRun <= len(hs); i++ {
			c.poolRuns[runHash(hs[i:i+FillerRun])] = struct{}{}
		}
	}

	// Normalised word hashes per token.
	c.normStart = make([]uint32, len(c.vocab)+1)
	for id, t := range c.vocab {
		c.normStart[id] = uint32(len(c.norm))
		for _, w := range NormWords(t) {
			c.norm = append(c.norm, wordHash(w))
		}
	}
	c.normStart[len(c.vocab)] = uint32(len(c.norm))

	// Order 2: sort the trigrams by context, then by successor so that the
	// layout (and so sampling) does not depend on the sort algorithm.
	slices.SortFunc(tris, func(x, y tri) int {
		return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b), cmp.Compare(x.c, y.c))
	})
	c.ctx2 = make(map[uint64]uint32)
	c.succ2 = make([]uint32, len(tris))
	for i, t := range tris {
		key := uint64(t.a)<<32 | uint64(t.b)
		if i == 0 || tris[i-1].a != t.a || tris[i-1].b != t.b {
			c.ctx2[key] = uint32(len(c.start2))
			c.start2 = append(c.start2, uint32(i))
		}
		c.succ2[i] = t.c
	}
	c.start2 = append(c.start2, uint32(len(tris)))

	// Order 1: the same trigrams keyed by their middle word.
	slices.SortFunc(tris, func(x, y tri) int {
		return cmp.Or(cmp.Compare(x.b, y.b), cmp.Compare(x.c, y.c))
	})
	c.start1 = make([]uint32, len(c.vocab)+1)
	c.succ1 = make([]uint32, len(tris))
	j := 0
	for id := range c.vocab {
		c.start1[id] = uint32(j)
		for j < len(tris) && tris[j].b == uint32(id) {
			c.succ1[j] = tris[j].c
			j++
		}
	}
	c.start1[len(c.vocab)] = uint32(j)

	// Frequency bands: band = bit length of the count, so band b holds the
	// words seen 2^(b-1) to 2^b - 1 times.
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	slices.Sort(words)
	c.band = make(map[string]uint8, len(words))
	for _, w := range words {
		b := uint8(bits.Len(uint(counts[w])))
		for int(b) >= len(c.bandWords) {
			c.bandWords = append(c.bandWords, nil)
		}
		c.bandWords[b] = append(c.bandWords[b], w)
		c.band[w] = b
	}
	return c
}

func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// Contexts is the number of order-2 contexts.
func (c *Chain) Contexts() int { return len(c.start2) - 1 }

// Vocab is the number of distinct tokens.
func (c *Chain) Vocab() int { return len(c.vocab) - 1 }

// GenStats counts what the filler generator did.
type GenStats struct {
	Tokens    int // tokens generated
	Backoffs  int // order-1 draws taken on purpose (BackoffProb)
	Rejected  int // draws rejected because they completed a pool run
	Fallbacks int // tokens taken from the order-1 list or the unigram after rejections
	Forced    int // sentence starts drawn without the information needed (nothing else passed)
	Cut       int // sentences cut at MaxSentenceWords or at a dead end
	// Predictable counts draws refused because the run they would end
	// carries fewer than MinRunBits.
	Predictable int
}

func (s *GenStats) add(o GenStats) {
	s.Tokens += o.Tokens
	s.Backoffs += o.Backoffs
	s.Rejected += o.Rejected
	s.Fallbacks += o.Fallbacks
	s.Forced += o.Forced
	s.Cut += o.Cut
	s.Predictable += o.Predictable
}

// walker generates filler text from the chain.
//
// It keeps the last FillerRun-1 normalised words (hist) and the
// information each carried (bits: −log2 of the probability of the draw
// that produced it, on the token's first word, 0 on the others), so that a
// draw can be refused when it would complete a pool run, or a run of
// FillerRun words carrying fewer than MinRunBits.
type walker struct {
	c     *Chain
	r     *rand.Rand
	a, b  uint32
	hist  [FillerRun - 1]uint64  // last normalised words, a ring
	bits  [FillerRun - 1]float64 // their information, the same ring
	nh    int                    // words pushed
	tail  [FillerRun]float64     // tail[j] = information of the last j words
	info  float64                // information of the draw being made
	stats GenStats
}

func newWalker(c *Chain, r *rand.Rand) *walker { return &walker{c: c, r: r} }

// norms returns the normalised word hashes of token t.
func (w *walker) norms(t uint32) []uint64 {
	return w.c.norm[w.c.normStart[t]:w.c.normStart[t+1]]
}

// need is the information a token of k normalised words must carry so
// that the run ending with it reaches MinRunBits.
func (w *walker) need(k int) float64 {
	if k == 0 || w.nh+k < FillerRun {
		return 0
	}
	return w.c.MinRunBits - w.tail[max(FillerRun-k, 0)]
}

// ok reports whether emitting token t completes no pool run.
func (w *walker) ok(t uint32) bool {
	ns := w.norms(t)
	if len(ns) == 0 {
		return true
	}
	var win [FillerRun]uint64
	const k = FillerRun - 1
	nh := w.nh
	for i := range k {
		if nh-k+i >= 0 {
			win[i] = w.hist[(nh-k+i)%k]
		}
	}
	for _, n := range ns {
		win[k] = n
		if nh >= k {
			if _, hit := w.c.poolRuns[runHash(win[:])]; hit {
				return false
			}
		}
		copy(win[:k], win[1:])
		nh++
	}
	return true
}

// push emits token t, drawn with information w.info.
func (w *walker) push(t uint32) {
	const k = FillerRun - 1
	for j, n := range w.norms(t) {
		w.hist[w.nh%k] = n
		w.bits[w.nh%k] = 0
		if j == 0 {
			w.bits[w.nh%k] = w.info
		}
		w.nh++
	}
	w.a, w.b = w.b, t
	w.stats.Tokens++
	sum := 0.0
	for j := 1; j < FillerRun; j++ {
		if w.nh-j >= 0 {
			sum += w.bits[(w.nh-j)%k]
		}
		w.tail[j] = sum
	}
}

func (w *walker) list2() []uint32 {
	k, ok := w.c.ctx2[uint64(w.a)<<32|uint64(w.b)]
	if !ok {
		return nil
	}
	return w.c.succ2[w.c.start2[k]:w.c.start2[k+1]]
}

func (w *walker) list1() []uint32 {
	if w.b == 0 {
		return nil
	}
	return w.c.succ1[w.c.start1[w.b]:w.c.start1[w.b+1]]
}

// draw picks up to MaxTries successors from list and returns the first
// that passes ok, carries the information needed and follows the end
// rule; 0 if none does.
//
// A draw's information is −log2 of its share of the list, less log2 of
// the number of draws made: refusing predictable draws and drawing again
// samples from the rest of the list, where each successor is likelier than
// its share of the whole list says.
func (w *walker) draw(list []uint32, end endRule) uint32 {
	if len(list) == 0 {
		return 0
	}
	for try := 1; try <= MaxTries; try++ {
		k := w.r.IntN(len(list))
		t := list[k]
		if (end == mustEnd && !w.c.final[t]) || (end == mustNotEnd && w.c.final[t]) {
			continue
		}
		// Lists are sorted, so equal successors are adjacent.
		lo, _ := slices.BinarySearch(list[:k], t)
		hi, _ := slices.BinarySearch(list[k:], t+1)
		hi += k
		info := math.Log2(float64(len(list))/float64(hi-lo)) - math.Log2(float64(try))
		if info < w.need(len(w.norms(t))) {
			w.stats.Predictable++
			continue
		}
		if w.ok(t) {
			w.info = max(info, 0)
			return t
		}
		w.stats.Rejected++
	}
	return 0
}

// unigram draws a token of the pool that does not end a sentence, by its
// frequency, preferring draws that carry the information needed; 0 if
// none passes ok.
func (w *walker) unigram() uint32 {
	var t uint32
	for try := 1; try <= MaxTries; try++ {
		t = w.c.succ1[w.r.IntN(len(w.c.succ1))]
		if w.c.final[t] {
			continue
		}
		n := w.c.start1[t+1] - w.c.start1[t]
		w.info = max(math.Log2(float64(len(w.c.succ1))/float64(max(n, 1)))-math.Log2(float64(try)), 0)
		if w.info >= w.need(len(w.norms(t))) && w.ok(t) {
			return t
		}
	}
	if w.ok(t) && !w.c.final[t] {
		return t
	}
	return 0
}

// anyStart draws a paragraph start that completes no pool run, whatever
// information it carries: the way out when nothing else passes.
func (w *walker) anyStart() uint32 {
	w.stats.Forced++
	w.info = 0
	starts := w.c.succ2[:w.c.start2[1]]
	var t uint32
	for range 64 * MaxTries {
		if t = starts[w.r.IntN(len(starts))]; w.ok(t) {
			return t
		}
	}
	return t // never seen: every start completes a pool run
}

// endRule says whether the next token may, must or must not end the
// sentence.
type endRule uint8

const (
	mayEnd endRule = iota
	mustEnd
	mustNotEnd
)

// step returns the next token, 0 at a dead end (no successor passes).
func (w *walker) step(end endRule) uint32 {
	l2, l1 := w.list2(), w.list1()
	if w.b != 0 && len(l1) > 0 && w.r.Float64() < BackoffProb {
		w.stats.Backoffs++
		l2, l1 = l1, l2
	}
	if t := w.draw(l2, end); t != 0 {
		return t
	}
	if t := w.draw(l1, end); t != 0 {
		w.stats.Fallbacks++
		return t
	}
	if end == mustEnd || w.b == 0 {
		return 0
	}
	if t := w.unigram(); t != 0 {
		w.stats.Fallbacks++
		return t
	}
	return 0
}

// sentence generates one sentence: tokens until a sentence-final one,
// which is refused before MinSentenceWords. A sentence that reaches
// MaxSentenceWords looks for a final token; one that cannot end (or meets
// a dead end) gets a full stop, and the chain restarts at a paragraph
// start. The first word is capitalised.
func (w *walker) sentence() []string {
	var out []string
	for {
		end := mayEnd
		switch {
		case len(out) < MinSentenceWords-1:
			end = mustNotEnd
		case len(out) >= MaxSentenceWords:
			end = mustEnd
		}
		t := w.step(end)
		if t == 0 && end == mustNotEnd {
			t = w.step(mayEnd)
		}
		if t == 0 {
			if len(out) == 0 {
				// Dead end at a sentence start: restart the paragraph
				// context (always has successors).
				w.a, w.b = 0, 0
				if t = w.step(mayEnd); t == 0 {
					t = w.anyStart()
				}
			} else {
				w.stats.Cut++
				out[len(out)-1] = endSentence(out[len(out)-1])
				w.a, w.b = 0, 0
				return out
			}
		}
		w.push(t)
		tok := w.c.vocab[t]
		if len(out) == 0 {
			tok = setFirstCase(tok, true)
		}
		out = append(out, tok)
		if w.c.final[t] {
			return out
		}
		if len(out) >= 2*MaxSentenceWords {
			w.stats.Cut++
			out[len(out)-1] = endSentence(out[len(out)-1])
			w.a, w.b = 0, 0
			return out
		}
	}
}

// paragraph generates n sentences starting at a paragraph start.
func (w *walker) paragraph(n int) [][]string {
	w.a, w.b = 0, 0
	out := make([][]string, 0, n)
	for range n {
		out = append(out, w.sentence())
	}
	return out
}

// endSentence makes tok end a sentence: trailing commas, colons and the
// like become a full stop.
func endSentence(tok string) string {
	t := strings.TrimRight(tok, ",;:-–—")
	if t == "" {
		return tok
	}
	if sentenceFinal(t) {
		return t
	}
	return t + "."
}

// substitute returns a word of the pool in the same frequency band as word
// (lower-cased), different from it.
func (c *Chain) substitute(r *rand.Rand, word string) string {
	low := strings.ToLower(word)
	b, ok := c.band[low]
	if !ok {
		b = 1
	}
	for ; b > 0; b-- {
		ws := c.bandWords[b]
		if len(ws) < 2 {
			continue
		}
		for range 4 {
			if s := ws[r.IntN(len(ws))]; s != low {
				return s
			}
		}
	}
	return "the"
}

// unigramWord returns a lower-case word drawn by its frequency in the pool.
func (c *Chain) unigramWord(r *rand.Rand) string {
	for range 16 {
		t := c.vocab[c.succ1[r.IntN(len(c.succ1))]]
		if _, w, _ := core(t); w != "" && isLowerWord(w) {
			return w
		}
	}
	return "and"
}
