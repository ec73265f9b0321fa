package align

import (
	"cmp"
	"slices"
)

// part is a cluster of seeds: the range seeds[lo:hi] of the seed slice,
// and its split depth.
type part struct {
	lo, hi int32
	depth  int32
}

func cmpA(x, y seed) int {
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
}

func cmpB(x, y seed) int {
	if c := cmp.Compare(x.b0, y.b0); c != 0 {
		return c
	}
	if c := cmp.Compare(x.a0, y.a0); c != 0 {
		return c
	}
	if c := cmp.Compare(x.b1, y.b1); c != 0 {
		return c
	}
	return cmp.Compare(x.a1, y.a1)
}

// cluster splits seeds into clusters whose neighbouring seeds lie within
// MaxGap tokens of each other in both texts, and appends the clusters with
// at least MinSeeds seeds to dst. It reorders seeds.
//
// The split alternates between the texts: sort the cluster by its a
// position and cut wherever the gap to everything before exceeds MaxGap;
// then do the same by b position; repeat on each piece until neither text
// cuts it. Order is not required inside a cluster, so locally shuffled
// words still cluster. Each round costs O(k log k) for k seeds, and
// MaxSplitDepth bounds the rounds.
func (al *Aligner) cluster(seeds []seed, dst []part, st *Stats) []part {
	gap, minSeeds, maxDepth := int32(al.opts.MaxGap), al.opts.MinSeeds, int32(al.opts.MaxSplitDepth)
	stack := al.stack[:0]
	if len(seeds) >= minSeeds {
		stack = append(stack, part{lo: 0, hi: int32(len(seeds))})
	}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if p.depth >= maxDepth {
			st.SplitCapped = true
			dst = append(dst, p)
			continue
		}
		n := len(stack)
		stack = al.split(seeds, p, gap, minSeeds, true, stack)
		if len(stack) == n+1 && stack[n].lo == p.lo && stack[n].hi == p.hi {
			stack = stack[:n]
			stack = al.split(seeds, p, gap, minSeeds, false, stack)
			if len(stack) == n+1 && stack[n].lo == p.lo && stack[n].hi == p.hi {
				// Neither text cuts it: final.
				stack = stack[:n]
				dst = append(dst, p)
			}
		}
	}
	al.stack = stack
	return dst
}

// split sorts the seeds of p by their a (byA) or b position and appends the
// pieces separated by gaps wider than gap, dropping pieces with fewer than
// minSeeds seeds.
func (al *Aligner) split(seeds []seed, p part, gap int32, minSeeds int, byA bool, stack []part) []part {
	s := seeds[p.lo:p.hi]
	if byA {
		slices.SortFunc(s, cmpA)
	} else {
		slices.SortFunc(s, cmpB)
	}
	start := 0
	var end int32
	for i, x := range s {
		lo, hi := x.a0, x.a1
		if !byA {
			lo, hi = x.b0, x.b1
		}
		if i > 0 && lo-end > gap+1 {
			if i-start >= minSeeds {
				stack = append(stack, part{lo: p.lo + int32(start), hi: p.lo + int32(i), depth: p.depth + 1})
			}
			start = i
		}
		if i == start || hi > end {
			end = hi
		}
	}
	if len(s)-start >= minSeeds {
		stack = append(stack, part{lo: p.lo + int32(start), hi: p.hi, depth: p.depth + 1})
	}
	return stack
}

// maxNeighbourScan bounds the seeds looked at for each seed by isolate:
// beyond it the seed counts as isolated, so repetitive texts cost
// O(k·maxNeighbourScan) there, not O(k²).
const maxNeighbourScan = 64

// isolate drops the seeds that have no neighbour: another seed, starting
// at a different token in both texts, within MaxGap tokens in both texts at
// once. Clustering looks at one text at a time, so without this a shared
// word pair that recurs near a passage in one text, but elsewhere in the
// other, would stretch the passage. It returns the kept seeds, in a order.
func (al *Aligner) isolate(seeds []seed) []seed {
	slices.SortFunc(seeds, cmpA)
	gap := int32(al.opts.MaxGap) + 1
	keep := al.keep[:0]
	keep = slices.Grow(keep, len(seeds))[:len(seeds)]
	clear(keep)
	for i, x := range seeds {
		end := min(len(seeds), i+1+maxNeighbourScan)
		for j := i + 1; j < end; j++ {
			y := seeds[j]
			if y.a0-x.a1 > gap {
				break
			}
			if y.a0 == x.a0 || y.b0 == x.b0 {
				continue
			}
			if y.b0-x.b1 > gap || x.b0-y.b1 > gap {
				continue
			}
			if d := (y.b0 - x.b0) - (y.a0 - x.a0); d > al.skew || d < -al.skew {
				continue
			}
			keep[i], keep[j] = true, true
		}
	}
	n := 0
	for i, x := range seeds {
		if keep[i] {
			seeds[n] = x
			n++
		}
	}
	al.keep = keep
	return seeds[:n]
}
