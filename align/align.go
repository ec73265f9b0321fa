package align

import (
	"cmp"
	"slices"
	"strings"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/analysis"
)

// Result is what Align found for one pair of texts.
type Result struct {
	// Passages are the shared passages, sorted by A.Start, not overlapping
	// on either side. Each has Kind reprint.Verbatim and a Score in [0,1].
	Passages []reprint.Passage
	// Capped reports whether a bound cut the work short, so that passages
	// may be missing or coarser than without it: MaxSeeds, MaxSplitDepth or
	// MaxPassages was reached, or the grams skipped by MaxGramFreq would
	// have made more than MaxSeeds seeds (highly repetitive text).
	Capped bool
	// CapReason names the bounds that were hit, comma-separated, e.g.
	// "gram-frequency,max-seeds"; empty when Capped is false.
	CapReason string
	// Stats describes the work done.
	Stats Stats
}

// Stats counts the work of one Align call.
type Stats struct {
	Seeds         int  // seeds joined (at most MaxSeeds)
	FrequentGrams int  // distinct grams skipped for occurring more than MaxGramFreq times
	FrequentSeeds int  // seeds those grams would have made
	Clusters      int  // clusters after splitting, before filtering
	SeedsDropped  bool // MaxSeeds was reached
	SplitCapped   bool // MaxSplitDepth was reached
	PassagesCut   bool // MaxPassages was reached
}

// Aligner finds the verbatim passages two texts share. It keeps scratch
// buffers between calls, so reuse one Aligner per goroutine; an Aligner is
// not safe for concurrent use.
type Aligner struct {
	opts Options
	stop map[uint64]struct{}

	gramsA, gramsB []gram
	radix          []gram // scratch of sortGrams
	content        []int32
	seeds          []seed
	stack          []part
	parts          []part
	cands          []cand
	kept           []cand
	spans          []span
	keep           []bool
	skew           int32
	boundsA        []bound
	boundsB        []bound
}

// New returns an Aligner for opts, with zero fields set to their defaults.
// It returns an error wrapping ErrInvalidOptions if a field is out of range.
func New(opts Options) (*Aligner, error) {
	opts.SetDefaults()
	if err := opts.validate(); err != nil {
		return nil, err
	}
	al := &Aligner{opts: opts, stop: make(map[uint64]struct{}, len(opts.StopWords))}
	al.skew = int32(opts.MaxSkew)
	var tk analysis.Tokenizer
	var toks []analysis.Token
	for _, w := range opts.StopWords {
		toks = tk.Tokenize(w, toks[:0])
		if len(toks) == 1 {
			al.stop[toks[0].Hash] = struct{}{}
		}
	}
	return al, nil
}

// Options returns the options of al, defaults filled in.
func (al *Aligner) Options() Options { return al.opts }

// cand is a candidate passage: a cluster of seeds and the tokens it spans
// in each text (inclusive), with the number of those tokens seeds cover.
type cand struct {
	lo, hi         int32 // seeds[lo:hi]
	a0, a1, b0, b1 int32
	covA, covB     int32
}

func (c cand) lenA() int32 { return c.a1 - c.a0 + 1 }
func (c cand) lenB() int32 { return c.b1 - c.b0 + 1 }

// weight orders candidates when resolving overlaps: the covered tokens.
func (c cand) weight() int32 { return c.covA + c.covB }

// AlignScaled is Align for texts whose tokens are finer than words:
// scale tokens make a word (a Chinese character or a Thai trigram is
// half of one, analysis.CharsPerWord). MinTokens is multiplied by scale
// for this call, so that a passage of Chinese or Lao spans as many words
// as one of English must: 25 tokens are 25 English words but a dozen Lao
// ones, which two unrelated agency stories share by chance ("ທ່ານ ນາງ"
// and a verb around it). The gaps a passage may bridge (MaxGap, MaxSkew)
// and its extension to a sentence's edge (MaxExtend) stay in tokens:
// scaled, they joined the copied sentences of a Chinese partial copy
// across the sentences it left out (cmd/reprint's scripts: coverage
// 0.83 where a third of the text is copied). The seeds stay as they are.
// scale ≤ 1 is Align.
func (al *Aligner) AlignScaled(a, b string, ta, tb []analysis.Token, scale int) Result {
	if scale <= 1 {
		return al.Align(a, b, ta, tb)
	}
	saved := al.opts.MinTokens
	al.opts.MinTokens *= scale
	defer func() { al.opts.MinTokens = saved }()
	return al.Align(a, b, ta, tb)
}

// Align finds the passages texts a and b share. ta and tb are their tokens
// (analysis.Tokenize); their spans must lie inside a and b respectively.
// Passages are sorted by A.Start and do not overlap on either side; each
// span starts at the first byte of a token and ends at the last byte of a
// token, so a[p.A.Start:p.A.End] is the passage text. The returned slice
// is freshly allocated; the caller owns it.
func (al *Aligner) Align(a, b string, ta, tb []analysis.Token) Result {
	var res Result
	st := &res.Stats
	al.gramsA, al.content = al.grams(ta, al.gramsA[:0], al.content)
	al.gramsB, al.content = al.grams(tb, al.gramsB[:0], al.content)
	al.seeds = al.join(al.gramsA, al.gramsB, al.seeds[:0], st)
	st.Seeds = len(al.seeds)
	al.seeds = al.isolate(al.seeds)

	al.parts = al.cluster(al.seeds, al.parts[:0], st)
	st.Clusters = len(al.parts)

	cands := al.cands[:0]
	for _, p := range al.parts {
		if c, ok := al.measure(p.lo, p.hi); ok {
			cands = append(cands, c)
		}
	}
	al.cands = cands
	kept := al.resolve(cands, st)

	if len(kept) > 0 {
		res.Passages = make([]reprint.Passage, len(kept))
		bsA, bsB := al.boundsA[:0], al.boundsB[:0]
		for i, c := range kept {
			res.Passages[i] = reprint.Passage{
				Kind:  reprint.Verbatim,
				A:     reprint.Span{Start: ta[c.a0].Span.Start, End: ta[c.a1].Span.End},
				B:     reprint.Span{Start: tb[c.b0].Span.Start, End: tb[c.b1].Span.End},
				Score: score(c),
			}
			bsA = append(bsA, bound{t0: c.a0, t1: c.a1, start: res.Passages[i].A.Start, end: res.Passages[i].A.End, i: i})
			bsB = append(bsB, bound{t0: c.b0, t1: c.b1, start: res.Passages[i].B.Start, end: res.Passages[i].B.End, i: i})
		}
		if al.opts.MaxExtend > 0 {
			al.extend(a, ta, bsA)
			al.extend(b, tb, bsB)
			for _, x := range bsA {
				res.Passages[x.i].A = reprint.Span{Start: x.start, End: x.end}
			}
			for _, x := range bsB {
				res.Passages[x.i].B = reprint.Span{Start: x.start, End: x.end}
			}
		}
		al.boundsA, al.boundsB = bsA, bsB
	}
	var reasons []string
	// Skipping a frequent gram is a filter, routine in any text; it counts
	// as a cap only when it is what bounded the work, that is when the
	// skipped grams would have made more seeds than MaxSeeds.
	if st.FrequentSeeds > al.opts.MaxSeeds {
		reasons = append(reasons, "gram-frequency")
	}
	if st.SeedsDropped {
		reasons = append(reasons, "max-seeds")
	}
	if st.SplitCapped {
		reasons = append(reasons, "split-depth")
	}
	if st.PassagesCut {
		reasons = append(reasons, "max-passages")
	}
	res.Capped = len(reasons) > 0
	res.CapReason = strings.Join(reasons, ",")
	return res
}

// score is the share of the shorter side's tokens that seeds cover.
func score(c cand) float64 {
	if c.lenA() <= c.lenB() {
		return float64(c.covA) / float64(c.lenA())
	}
	return float64(c.covB) / float64(c.lenB())
}

// span is an inclusive token range, scratch for coverage.
type span struct{ lo, hi int32 }

// measure computes the extent and coverage of the seeds[lo:hi] and reports
// whether they make a passage long and dense enough to keep. It reorders
// the seeds. Cost: O(k log k) for k seeds.
func (al *Aligner) measure(lo, hi int32) (cand, bool) {
	s := al.seeds[lo:hi]
	if len(s) == 0 || len(s) < al.opts.MinSeeds {
		return cand{}, false
	}
	c := cand{lo: lo, hi: hi, a0: s[0].a0, a1: s[0].a1, b0: s[0].b0, b1: s[0].b1}
	for _, x := range s[1:] {
		c.a0, c.a1 = min(c.a0, x.a0), max(c.a1, x.a1)
		c.b0, c.b1 = min(c.b0, x.b0), max(c.b1, x.b1)
	}
	minTok := int32(al.opts.MinTokens)
	if c.lenA() < minTok || c.lenB() < minTok {
		return c, false
	}
	sp := al.spans[:0]
	for _, x := range s {
		sp = append(sp, span{x.a0, x.a1})
	}
	c.covA = covered(sp)
	sp = sp[:0]
	for _, x := range s {
		sp = append(sp, span{x.b0, x.b1})
	}
	c.covB = covered(sp)
	al.spans = sp
	if score(c) < al.opts.MinCoverage {
		return c, false
	}
	return c, true
}

// covered returns the number of tokens in the union of the ranges. It
// sorts sp.
func covered(sp []span) int32 {
	slices.SortFunc(sp, func(x, y span) int { return cmp.Compare(x.lo, y.lo) })
	var n int32
	end := int32(-1)
	for _, r := range sp {
		if r.hi <= end {
			continue
		}
		n += r.hi - max(r.lo, end+1) + 1
		end = r.hi
	}
	return n
}

// resolve removes overlaps: candidates are taken heaviest first, and a
// candidate overlapping one already kept, on either side, loses the seeds
// inside the kept one's spans and is measured again. The survivors are
// returned sorted by a. At most MaxPassages are kept, so the pairwise
// checks cost O(MaxPassages²) at worst.
func (al *Aligner) resolve(cands []cand, st *Stats) []cand {
	slices.SortFunc(cands, func(x, y cand) int {
		if c := cmp.Compare(y.weight(), x.weight()); c != 0 {
			return c
		}
		return cmp.Compare(x.a0, y.a0)
	})
	kept := al.kept[:0]
next:
	for _, c := range cands {
		for _, k := range kept {
			if !overlaps(c, k) {
				continue
			}
			// Drop the seeds of c that touch k's spans, then re-measure.
			s := al.seeds[c.lo:c.hi]
			n := 0
			for _, x := range s {
				if x.a1 < k.a0 || x.a0 > k.a1 {
					if x.b1 < k.b0 || x.b0 > k.b1 {
						s[n] = x
						n++
					}
				}
			}
			var ok bool
			c, ok = al.measure(c.lo, c.lo+int32(n))
			if !ok || overlaps(c, k) {
				// Seeds on both sides of k: c straddles it. Rare; drop c.
				continue next
			}
		}
		// Shrinking only removes seeds, so c cannot have come to overlap a
		// kept candidate it was checked against before.
		if len(kept) == al.opts.MaxPassages {
			st.PassagesCut = true
			break
		}
		kept = append(kept, c)
	}
	slices.SortFunc(kept, func(x, y cand) int { return cmp.Compare(x.a0, y.a0) })
	al.kept = kept
	return kept
}

func overlaps(x, y cand) bool {
	return x.a0 <= y.a1 && y.a0 <= x.a1 || x.b0 <= y.b1 && y.b0 <= x.b1
}
