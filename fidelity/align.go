package fidelity

import (
	"cmp"
	"slices"
	"sort"
)

// Alignment scores, in tenths. A match earns scoreMatch; a changed word
// (replace) costs scoreMismatch; a gap of k words on either side costs
// gapOpen + (k-1)·gapExtend. The numbers encode three preferences:
//
//   - a replaced word beats an insertion plus a deletion (10 < 2·15), so a
//     changed word shows as replace real→true in the diff;
//   - an elision beats dropping the words after it: "A B … C D" against
//     "A B x y z C D" scores 4·10 − 15 − 2·2 = 21 with the gap and
//     2·10 − 15 − 2 = 3 with C D inserted, and the gap keeps winning up to
//     an elision of ten or so words;
//   - a lone match between two gaps loses (10 < 2·15), so the alignment stays
//     compact and does not collect "the" and "of" across a long quotation.
const (
	scoreMatch    = 10
	scoreMismatch = -10
	gapOpen       = 15
	gapExtend     = 2
)

// window is a run of seed diagonals [lo, hi] holding seeds seeds.
type window struct{ lo, hi, seeds int }

// maxWindows is the number of seed windows aligned per search. The best
// window by seed count is almost always the answer; two more cover a
// quotation that also matches, less well, somewhere with more common words.
const maxWindows = 3

const negInf = -1 << 29

// stepKind is one column of an alignment.
type stepKind uint8

const (
	stepEqual stepKind = iota // d[i] == s[j]
	stepSub                   // d[i] aligned to a different s[j]
	stepIns                   // d[i] has no source counterpart
	stepDel                   // s[j] has no derived counterpart
)

// step is one column of an alignment: a derived index i and a source index
// j, either of which is -1 for a gap.
type step struct {
	kind stepKind
	i, j int
}

// alignment is a semi-global alignment of a whole derived word sequence
// to a stretch of the source. Source indices are into the source's token
// stream.
type alignment struct {
	steps []step
	equal int // number of stepEqual
	score int
}

// better reports whether a beats b: more equal words, then a higher score.
func (a alignment) better(b alignment) bool {
	if a.equal != b.equal {
		return a.equal > b.equal
	}
	return a.score > b.score
}

// equalRange returns the first and last source index of the equal steps, or
// ok false when there are none.
func (a alignment) equalRange() (first, last int, ok bool) {
	first, last = -1, -1
	for _, st := range a.steps {
		if st.kind != stepEqual {
			continue
		}
		if first < 0 {
			first = st.j
		}
		last = st.j
	}
	return first, last, first >= 0
}

// contiguous reports whether all n words of the quotation align equal
// to n consecutive source words: the quotation stands whole in the
// source, word for word.
func (a alignment) contiguous(n int) bool {
	first, last, ok := a.equalRange()
	return ok && a.equal == n && last-first+1 == n
}

// aligner holds the DP matrices between alignments; it is per call of
// Check, never shared.
type aligner struct {
	m, x, y []int32
	cells   int // DP cells filled so far, for the tests of the caps
}

// align aligns all of d to a stretch of s, free to start and end anywhere
// in s (a "fitting" alignment), with affine gaps (Gotoh). off is added to
// every source index of the result. It takes O(len(d)·len(s)) time and
// space; callers bound both.
func (al *aligner) align(d, s []uint64, off int) alignment {
	n, m := len(d), len(s)
	w := m + 1
	size := (n + 1) * w
	if cap(al.m) < size {
		al.m = make([]int32, size)
		al.x = make([]int32, size)
		al.y = make([]int32, size)
	}
	M, X, Y := al.m[:size], al.x[:size], al.y[:size]
	al.cells += n * m
	for j := 0; j <= m; j++ {
		M[j], X[j], Y[j] = 0, negInf, negInf // start anywhere in s for free
	}
	for i := 1; i <= n; i++ {
		r, p := i*w, (i-1)*w
		M[r], Y[r] = negInf, negInf
		X[r] = max(M[p]-gapOpen, X[p]-gapExtend)
		for j := 1; j <= m; j++ {
			sc := int32(scoreMismatch)
			if d[i-1] == s[j-1] {
				sc = scoreMatch
			}
			M[r+j] = max(M[p+j-1], X[p+j-1], Y[p+j-1]) + sc
			X[r+j] = max(M[p+j]-gapOpen, X[p+j]-gapExtend, Y[p+j]-gapOpen)
			Y[r+j] = max(M[r+j-1]-gapOpen, Y[r+j-1]-gapExtend, X[r+j-1]-gapOpen)
		}
	}
	// End anywhere in s for free: trailing source words are not deletions.
	r := n * w
	bestJ, bestS, state := 0, int32(negInf), 0
	for j := 0; j <= m; j++ {
		if M[r+j] > bestS {
			bestJ, bestS, state = j, M[r+j], 0
		}
		if X[r+j] > bestS {
			bestJ, bestS, state = j, X[r+j], 1
		}
	}
	a := alignment{score: int(bestS)}
	i, j := n, bestJ
	for i > 0 {
		k := i*w + j
		switch state {
		case 0:
			eq := d[i-1] == s[j-1]
			sc := int32(scoreMismatch)
			kind := stepSub
			if eq {
				sc, kind = scoreMatch, stepEqual
				a.equal++
			}
			a.steps = append(a.steps, step{kind: kind, i: i - 1, j: j - 1 + off})
			v := M[k] - sc
			i, j = i-1, j-1
			state = pick(M, X, Y, i*w+j, v, 0, 0, 0)
		case 1:
			a.steps = append(a.steps, step{kind: stepIns, i: i - 1, j: -1})
			v := X[k]
			i--
			state = pick(M, X, Y, i*w+j, v, gapOpen, gapExtend, gapOpen)
		case 2:
			a.steps = append(a.steps, step{kind: stepDel, i: -1, j: j - 1 + off})
			v := Y[k]
			j--
			state = pick(M, X, Y, i*w+j, v, gapOpen, gapOpen, gapExtend)
		}
	}
	slices.Reverse(a.steps)
	return a
}

// pick returns the state (0 M, 1 X, 2 Y) at cell k from which the value v
// was reached with the given transition costs, preferring M.
func pick(M, X, Y []int32, k int, v, cm, cx, cy int32) int {
	switch {
	case M[k]-cm == v:
		return 0
	case X[k]-cx == v:
		return 1
	case Y[k]-cy == v:
		return 2
	}
	return 0 // unreachable: v came from one of the three
}

// search aligns d to the part [lo, hi) of the source's token stream: it
// places up to maxWindows windows where seeds (derived words found in the
// source) crowd on nearby diagonals, aligns d to each window and returns
// the best alignment. ok is false when no word of d seeds a window.
//
// Cost: at most len(d)·MaxPostings seeds, sorted; each window spans at most
// 1.5·len(d) + 3·MaxGap source words, so the alignments take
// O(maxWindows · len(d) · (len(d) + MaxGap)).
func (c *Checker) search(st *state, d []uint64, lo, hi int) (best alignment, ok bool) {
	src := st.src
	n := len(d)
	diags := st.diags[:0]
	for i, h := range d {
		ps := src.post[h]
		a := sort.Search(len(ps), func(k int) bool { return int(ps[k]) >= lo })
		b := sort.Search(len(ps), func(k int) bool { return int(ps[k]) >= hi })
		if b-a > c.opts.MaxPostings {
			continue
		}
		for _, p := range ps[a:b] {
			diags = append(diags, int(p)-i)
		}
	}
	st.diags = diags
	if len(diags) == 0 {
		return alignment{}, false
	}
	slices.Sort(diags)

	// A window is a run of seeds whose diagonals lie within spread of the
	// first: the source words the quotation's words were found at, allowing
	// for spread words skipped or inserted.
	spread := n/2 + c.opts.MaxGap
	wins := st.wins[:0]
	for a, b := 0, 0; a < len(diags); a++ {
		if a > 0 && diags[a] == diags[a-1] {
			continue
		}
		for b < len(diags) && diags[b] <= diags[a]+spread {
			b++
		}
		wins = append(wins, window{diags[a], diags[b-1], b - a})
	}
	st.wins = wins
	slices.SortStableFunc(wins, func(x, y window) int { return cmp.Compare(y.seeds, x.seeds) })
	var chosen [maxWindows]window
	nc := 0
	for _, w := range wins {
		if nc == maxWindows {
			break
		}
		overlap := false
		for _, o := range chosen[:nc] {
			if w.lo <= o.hi && o.lo <= w.hi {
				overlap = true
				break
			}
		}
		if overlap {
			continue
		}
		chosen[nc] = w
		nc++
		slo := max(lo, w.lo-c.opts.MaxGap)
		shi := min(hi, w.hi+n+c.opts.MaxGap)
		if shi <= slo {
			continue
		}
		a := st.al.align(d, src.hash[slo:shi], slo)
		if !ok || a.better(best) {
			best, ok = a, true
		}
	}
	return best, ok
}
