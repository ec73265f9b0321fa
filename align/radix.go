package align

// radixDigitBits is the width of one radix digit. Eleven bits make six
// passes over 64-bit hashes with a 2,048-entry count table that stays in L1;
// eight bits took eight passes and sixteen spent more time clearing its
// 65,536 counters than sorting a news article's few thousand grams.
const radixDigitBits = 11

// sortGrams sorts g by hash, keeping grams of equal hash in their input
// order, using tmp (grown as needed) as scratch; it returns the scratch for
// reuse. grams appends each kind's grams in token order, so grams of equal
// hash come out ordered by position, which is the order cmpGram defines
// (the two kinds differ in their hash). It replaces a comparison sort that
// took 60% of a corpus scan: LSD radix sort is O(6n) with no comparisons.
//
// Be careful when changing this function: TestSortGramsMatchesCmpGram
// checks it against slices.SortFunc with cmpGram.
func sortGrams(g, tmp []gram) []gram {
	const (
		buckets = 1 << radixDigitBits
		mask    = buckets - 1
	)
	if len(g) < 64 {
		// Insertion sort: stable, and cheaper than six passes for tiny inputs.
		for i := 1; i < len(g); i++ {
			x := g[i]
			j := i
			for j > 0 && g[j-1].h > x.h {
				g[j] = g[j-1]
				j--
			}
			g[j] = x
		}
		return tmp
	}
	if cap(tmp) < len(g) {
		tmp = make([]gram, len(g))
	}
	tmp = tmp[:len(g)]
	src, dst := g, tmp
	var count [buckets]int32
	for shift := uint(0); shift < 64; shift += radixDigitBits {
		clear(count[:])
		for _, x := range src {
			count[(x.h>>shift)&mask]++
		}
		if int(count[(src[0].h>>shift)&mask]) == len(src) {
			continue // every gram has the same digit here: nothing moves
		}
		var sum int32
		for i, c := range count {
			count[i] = sum
			sum += c
		}
		for _, x := range src {
			d := (x.h >> shift) & mask
			dst[count[d]] = x
			count[d]++
		}
		src, dst = dst, src
	}
	if &src[0] != &g[0] {
		copy(g, src)
	}
	return tmp
}
