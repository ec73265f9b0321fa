package rewrite

import (
	"cmp"
	"slices"
	"strings"

	"github.com/reprint/reprint"
)

// Result is what Align found for one pair of texts.
type Result struct {
	// Passages are the rewritten passages, sorted by A.Start. Each has
	// Kind reprint.Rewrite, spans from the start of the first to the end
	// of the last sentence of its units in each text, and Score, the
	// size-weighted mean similarity of its units.
	Passages []reprint.Passage
	// Pairs are the aligned units, sorted by their first A sentence.
	Pairs []SentencePair
	// Capped reports whether a bound cut the work short: sentences past
	// MaxSentences were ignored, or scoring stopped at MaxCandidates.
	Capped bool
	// CapReason names the bounds hit, comma-separated: "max-sentences",
	// "max-candidates"; empty when Capped is false.
	CapReason string
	// Stats describes the work done.
	Stats Stats
}

// SentencePair is one aligned unit: one or two sentences of a against one
// or two sentences of b (1–1, 1–2, 2–1). A and B index the sentence spans
// given to Align; a sentence cut into chunks (MaxSentenceWords) keeps its
// index, so a unit of two chunks of one sentence lists it once.
type SentencePair struct {
	A, B  []int
	Score float64 // similarity of the unit, in [0,1]
	// Passage is the index in Result.Passages of the passage holding the
	// unit, or -1 when the unit was too weak to make a passage alone.
	Passage int
	// InOrder reports whether the unit belongs to the main monotone
	// alignment; false for a unit of the out-of-order second pass.
	InOrder bool
}

// Stats counts the work of one Align call.
type Stats struct {
	SentencesA, SentencesB int // sentences (and chunks) aligned
	BadSpans               int // sentence spans skipped as invalid
	Chunked                int // sentences cut into chunks
	Scored                 int // sentence pairs scored
	Links                  int // pairs at or above MergeFloor
	Units                  int // units (links and merges) at or above MinSimilarity
	FrequentTerms          int // term lookups skipped by MaxTermSentences
}

// Aligner aligns the sentences of two texts to find rewritten passages. It
// keeps scratch buffers between calls; reuse one per goroutine. An Aligner
// is not safe for concurrent use.
type Aligner struct {
	opts Options
	an   *Analyzer

	// da and db point at the features of the pair being aligned, in bufA
	// and bufB: analysed there by Align, unpacked there from Docs by
	// AlignDocs.
	da, db     *docFeatures
	bufA, bufB analysed
	packBuf    []byte
	post       []posting
	stamp      []int32
	cands      []int32
	links      []link
	rows       []int32 // links[rows[i]:rows[i+1]] are the links of A sentence i
	units      []unit
	order      []int32
	pending    []int32
	fen        []fenEntry
	best       []float32
	prev       []int32
	usedA      []bool
	usedB      []bool
	chosen     []int32
	runs       []run
	scratch    []uint64
}

// New returns an Aligner for opts, with zero fields set to their defaults.
// It returns an error wrapping ErrInvalidOptions if a field is out of range.
func New(opts Options) (*Aligner, error) {
	opts.SetDefaults()
	if err := opts.validate(); err != nil {
		return nil, err
	}
	return &Aligner{opts: opts, an: NewAnalyzer()}, nil
}

// Options returns the options of al, defaults filled in.
func (al *Aligner) Options() Options { return al.opts }

type posting struct {
	id uint64
	j  int32
}

// link is a scored sentence pair at or above MergeFloor.
type link struct {
	i, j int32
	sim  float32
}

// unit is a candidate aligned unit: A sentences a0..a1, B sentences b0..b1
// (inclusive), a 1–1 link or a merge.
type unit struct {
	a0, a1, b0, b1 int32
	sim            float32
	inOrder        bool
	run            int32
}

// size is the number of sentences the unit covers, averaged over its two
// sides: 1 for a link, 1.5 for a merge.
func (u *unit) size() float32 { return float32(u.a1-u.a0+u.b1-u.b0+2) / 2 }

type fenEntry struct {
	score float32
	u     int32
}

type run struct {
	first, last int32 // units
	n           int
	weight      float32 // Σ sim × size
	size        float32 // Σ size
	passage     int
}

// Align finds the rewritten passages texts a and b share. sa and sb are the
// sentence spans of a and b, in text order and not overlapping; spans that
// break this, lie outside their text or split a UTF-8 sequence are skipped
// (Stats.BadSpans). idf weighs the terms; nil weighs every term 1. The
// returned slices are freshly allocated; the caller owns them.
//
// Align analyses both texts on every call. To align a text against several
// others, analyse it once with Prepare and use AlignDocs: the result is the
// same.
func (al *Aligner) Align(a, b string, sa, sb []reprint.Span, idf *IDF) Result {
	al.prepare(a, sa, idf, &al.bufA)
	al.prepare(b, sb, idf, &al.bufB)
	return al.alignDocs(&al.bufA, &al.bufB)
}

// alignDocs aligns two analysed texts.
func (al *Aligner) alignDocs(a, b *analysed) Result {
	var res Result
	st := &res.Stats
	al.da, al.db = &a.f, &b.f
	st.SentencesA, st.SentencesB = len(al.da.sents), len(al.db.sents)
	st.BadSpans = a.st.badSpans + b.st.badSpans
	st.Chunked = a.st.chunked + b.st.chunked
	var reasons []string
	if a.st.truncated || b.st.truncated {
		reasons = append(reasons, "max-sentences")
	}
	if st.SentencesA > 0 && st.SentencesB > 0 {
		if al.score(st) {
			reasons = append(reasons, "max-candidates")
		}
		al.makeUnits(st)
		al.chain()
		al.outOfOrder()
		al.passages(&res)
	}
	res.Capped = len(reasons) > 0
	res.CapReason = strings.Join(reasons, ",")
	return res
}

// score finds the candidate pairs, sentences that share a term, through an
// inverted index of b's terms, and keeps those scoring at least
// MergeFloor as links, grouped by A sentence and sorted. It reports
// whether MaxCandidates stopped it.
func (al *Aligner) score(st *Stats) bool {
	da, db := al.da, al.db
	n, m := len(da.sents), len(db.sents)
	post := al.post[:0]
	for j := range db.sents {
		ids, _ := db.termsOf(j)
		for _, id := range ids {
			post = append(post, posting{id: id, j: int32(j)})
		}
	}
	slices.SortFunc(post, func(x, y posting) int {
		if c := cmp.Compare(x.id, y.id); c != 0 {
			return c
		}
		return cmp.Compare(x.j, y.j)
	})
	al.post = post
	stamp := slices.Grow(al.stamp[:0], m)[:m]
	for j := range stamp {
		stamp[j] = -1
	}
	al.stamp = stamp
	rows := slices.Grow(al.rows[:0], n+1)[:n+1]
	links := al.links[:0]
	floor := float32(al.opts.MergeFloor)
	maxTerm := al.opts.MaxTermSentences
	minTerms := int32(al.opts.MinTerms)
	capped := false
	for i := range da.sents {
		rows[i] = int32(len(links))
		if capped || da.sents[i].t1-da.sents[i].t0 < minTerms {
			continue
		}
		cands := al.cands[:0]
		ids, _ := da.termsOf(i)
		for _, id := range ids {
			lo, _ := slices.BinarySearchFunc(post, id, func(p posting, id uint64) int { return cmp.Compare(p.id, id) })
			hi := lo
			for hi < len(post) && post[hi].id == id {
				hi++
			}
			if hi-lo > maxTerm {
				st.FrequentTerms++
				continue
			}
			for _, p := range post[lo:hi] {
				if stamp[p.j] != int32(i) && db.sents[p.j].t1-db.sents[p.j].t0 >= minTerms {
					stamp[p.j] = int32(i)
					cands = append(cands, p.j)
				}
			}
		}
		if st.Scored+len(cands) > al.opts.MaxCandidates {
			cands = cands[:al.opts.MaxCandidates-st.Scored]
			capped = true
		}
		slices.Sort(cands)
		st.Scored += len(cands)
		for _, j := range cands {
			if s := pairSim(da, i, db, int(j)); s >= floor {
				links = append(links, link{i: int32(i), j: j, sim: s})
			}
		}
		al.cands = cands
	}
	rows[n] = int32(len(links))
	al.rows, al.links = rows, links
	st.Links = len(links)
	return capped
}

// linkSim returns the similarity of the link (i, j), or -1 if there is
// none.
func (al *Aligner) linkSim(i, j int32) float32 {
	if i < 0 || int(i) >= len(al.da.sents) {
		return -1
	}
	row := al.links[al.rows[i]:al.rows[i+1]]
	k, ok := slices.BinarySearchFunc(row, j, func(l link, j int32) int { return cmp.Compare(l.j, j) })
	if !ok {
		return -1
	}
	return row[k].sim
}

// makeUnits turns the links into units: each link at or above
// MinSimilarity, and each 2–1 and 1–2 merge of two links that scores at
// least MinSimilarity and at least as high as either link alone.
func (al *Aligner) makeUnits(st *Stats) {
	minSim := float32(al.opts.MinSimilarity)
	units := al.units[:0]
	for _, l := range al.links {
		if l.sim >= minSim {
			units = append(units, unit{a0: l.i, a1: l.i, b0: l.j, b1: l.j, sim: l.sim})
		}
		// 2–1: sentences i and i+1 of a against j of b.
		if s2 := al.linkSim(l.i+1, l.j); s2 >= 0 {
			if s := mergedSim(al.da, int(l.i), al.db, int(l.j)); s >= minSim && s >= l.sim && s >= s2 {
				units = append(units, unit{a0: l.i, a1: l.i + 1, b0: l.j, b1: l.j, sim: s})
			}
		}
		// 1–2: sentence i of a against j and j+1 of b.
		if s2 := al.linkSim(l.i, l.j+1); s2 >= 0 {
			if s := mergedSim(al.db, int(l.j), al.da, int(l.i)); s >= minSim && s >= l.sim && s >= s2 {
				units = append(units, unit{a0: l.i, a1: l.i, b0: l.j, b1: l.j + 1, sim: s})
			}
		}
	}
	// Sorted by a0, then b0, then size: the order of the chain.
	slices.SortFunc(units, func(x, y unit) int {
		if c := cmp.Compare(x.a0, y.a0); c != 0 {
			return c
		}
		if c := cmp.Compare(x.b0, y.b0); c != 0 {
			return c
		}
		if c := cmp.Compare(x.a1, y.a1); c != 0 {
			return c
		}
		return cmp.Compare(x.b1, y.b1)
	})
	al.units = units
	st.Units = len(units)
}

// chain finds the heaviest chain of units, strictly increasing in both
// texts, where a unit weighs its similarity times its size: the monotone
// alignment, as a sparse dynamic programme. Units are visited by a0; a
// unit's best predecessor is the best chain ending, in b, before its b0
// among the units that end, in a, before its a0, found in a Fenwick tree
// of prefix maxima over b. Cost O(u log m) for u units.
func (al *Aligner) chain() {
	units := al.units
	m := len(al.db.sents)
	fen := slices.Grow(al.fen[:0], m+1)[:m+1]
	for k := range fen {
		fen[k] = fenEntry{score: 0, u: -1}
	}
	best := slices.Grow(al.best[:0], len(units))[:len(units)]
	prev := slices.Grow(al.prev[:0], len(units))[:len(units)]
	// pending: units by a1, inserted into the tree once a passes them.
	pending := al.pending[:0]
	for k := range units {
		pending = append(pending, int32(k))
	}
	slices.SortStableFunc(pending, func(x, y int32) int { return cmp.Compare(units[x].a1, units[y].a1) })
	p := 0
	top, topScore := int32(-1), float32(0)
	for k := range units {
		u := &units[k]
		for p < len(pending) && units[pending[p]].a1 < u.a0 {
			q := pending[p]
			// Insert at position b1 (1-based b1+1).
			for x := int(units[q].b1) + 1; x <= m; x += x & -x {
				if best[q] > fen[x].score {
					fen[x] = fenEntry{score: best[q], u: q}
				}
			}
			p++
		}
		// Best chain ending at b < b0: prefix [1, b0].
		bs, bu := float32(0), int32(-1)
		for x := int(u.b0); x > 0; x -= x & -x {
			if fen[x].score > bs {
				bs, bu = fen[x].score, fen[x].u
			}
		}
		best[k] = bs + u.sim*u.size()
		prev[k] = bu
		if best[k] > topScore {
			top, topScore = int32(k), best[k]
		}
	}
	al.fen, al.best, al.prev, al.pending = fen, best, prev, pending

	usedA := resetBools(al.usedA, len(al.da.sents))
	usedB := resetBools(al.usedB, m)
	chosen := al.chosen[:0]
	for k := top; k >= 0; k = prev[k] {
		u := &units[k]
		u.inOrder = true
		chosen = append(chosen, k)
		for i := u.a0; i <= u.a1; i++ {
			usedA[i] = true
		}
		for j := u.b0; j <= u.b1; j++ {
			usedB[j] = true
		}
	}
	slices.Reverse(chosen)
	al.usedA, al.usedB, al.chosen = usedA, usedB, chosen
}

func resetBools(b []bool, n int) []bool {
	b = slices.Grow(b[:0], n)[:n]
	clear(b)
	return b
}

// outOfOrder adds, best first, the units of at least OutOfOrderSimilarity
// whose sentences the chain left unaligned on both sides: paragraphs that
// moved. The chain keeps the main order; a moved paragraph is too strong a
// match to drop, but too rare in news to let it bend the main alignment.
func (al *Aligner) outOfOrder() {
	min := float32(al.opts.OutOfOrderSimilarity)
	order := al.order[:0]
	for k := range al.units {
		if u := &al.units[k]; !u.inOrder && u.sim >= min {
			order = append(order, int32(k))
		}
	}
	units := al.units
	slices.SortStableFunc(order, func(x, y int32) int { return cmp.Compare(units[y].sim, units[x].sim) })
	al.order = order
	for _, k := range order {
		u := &units[k]
		free := true
		for i := u.a0; i <= u.a1 && free; i++ {
			free = !al.usedA[i]
		}
		for j := u.b0; j <= u.b1 && free; j++ {
			free = !al.usedB[j]
		}
		if !free {
			continue
		}
		for i := u.a0; i <= u.a1; i++ {
			al.usedA[i] = true
		}
		for j := u.b0; j <= u.b1; j++ {
			al.usedB[j] = true
		}
		al.chosen = append(al.chosen, k)
	}
}

// passages groups the chosen units into runs and runs into passages. Units
// are taken by a0; a unit extends the open run whose last unit it follows
// in both texts with the fewest sentences between, at most MaxGap on the
// closer side and MaxSkip on the other; otherwise it starts a run.
func (al *Aligner) passages(res *Result) {
	units, chosen := al.units, al.chosen
	if len(chosen) == 0 {
		return
	}
	slices.SortFunc(chosen, func(x, y int32) int {
		if c := cmp.Compare(units[x].a0, units[y].a0); c != 0 {
			return c
		}
		return cmp.Compare(units[x].b0, units[y].b0)
	})
	o := &al.opts
	runs := al.runs[:0]
	for _, k := range chosen {
		u := &units[k]
		bestRun, bestGap := -1, 0
		for r := range runs {
			l := &units[runs[r].last]
			ga, gb := int(u.a0-l.a1-1), int(u.b0-l.b1-1)
			if ga < 0 || gb < 0 || min(ga, gb) > o.MaxGap || max(ga, gb) > o.MaxSkip {
				continue
			}
			if bestRun < 0 || ga+gb < bestGap {
				bestRun, bestGap = r, ga+gb
			}
		}
		if bestRun < 0 {
			runs = append(runs, run{first: k, passage: -1})
			bestRun = len(runs) - 1
		}
		r := &runs[bestRun]
		r.last = k
		r.n++
		r.weight += u.sim * u.size()
		r.size += u.size()
		u.run = int32(bestRun)
	}
	al.runs = runs

	// Passages, heaviest run first. A run overlapping a kept passage in
	// both texts is the same reuse in a different order: it merges into
	// it. One overlapping a kept passage in one text only is a weaker,
	// conflicting reading of those sentences: it is dropped.
	da, db := al.da, al.db
	byWeight := make([]int, len(runs))
	for r := range byWeight {
		byWeight[r] = r
	}
	slices.SortStableFunc(byWeight, func(x, y int) int { return cmp.Compare(runs[y].weight, runs[x].weight) })
	type kept struct {
		p            reprint.Passage
		weight, size float32
	}
	var ks []kept
	for _, r := range byWeight {
		rr := &runs[r]
		if float64(rr.weight) < o.MinPassageWeight {
			continue
		}
		f, l := &units[rr.first], &units[rr.last]
		pa := reprint.Span{Start: da.sents[f.a0].span.Start, End: da.sents[l.a1].span.End}
		pb := reprint.Span{Start: db.sents[f.b0].span.Start, End: db.sents[l.b1].span.End}
		target := -1
		for x := range ks {
			oa, ob := ks[x].p.A.Overlaps(pa), ks[x].p.B.Overlaps(pb)
			if oa && ob {
				target = x
				break
			}
			if oa || ob {
				target = -2
				break
			}
		}
		switch target {
		case -2:
			continue
		case -1:
			rr.passage = len(ks)
			ks = append(ks, kept{p: reprint.Passage{Kind: reprint.Rewrite, A: pa, B: pb}, weight: rr.weight, size: rr.size})
		default:
			rr.passage = target
			k := &ks[target]
			k.p.A, k.p.B = k.p.A.Union(pa), k.p.B.Union(pb)
			k.weight += rr.weight
			k.size += rr.size
		}
	}
	// Sorted by A.Start; renumber the runs' passage indexes.
	perm := make([]int, len(ks))
	for i := range perm {
		perm[i] = i
	}
	slices.SortStableFunc(perm, func(x, y int) int { return cmp.Compare(ks[x].p.A.Start, ks[y].p.A.Start) })
	inv := make([]int, len(perm))
	for newI, oldI := range perm {
		inv[oldI] = newI
		k := ks[oldI]
		k.p.Score = float64(k.weight / k.size)
		res.Passages = append(res.Passages, k.p)
	}

	res.Pairs = make([]SentencePair, len(chosen))
	for x, k := range chosen {
		u := &units[k]
		p := runs[u.run].passage
		if p >= 0 {
			p = inv[p]
		}
		res.Pairs[x] = SentencePair{
			A:       origs(da, u.a0, u.a1),
			B:       origs(db, u.b0, u.b1),
			Score:   float64(u.sim),
			Passage: p,
			InOrder: u.inOrder,
		}
	}
}

// origs returns the distinct original sentence indexes of d's sentences
// k0..k1.
func origs(d *docFeatures, k0, k1 int32) []int {
	out := make([]int, 0, k1-k0+1)
	for k := k0; k <= k1; k++ {
		o := int(d.sents[k].orig)
		if len(out) == 0 || out[len(out)-1] != o {
			out = append(out, o)
		}
	}
	return out
}
