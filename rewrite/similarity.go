package rewrite

import "github.com/reprint/reprint"

// Weights of the two parts of sentence similarity; they sum to 1.
//
// The term part (IDF-weighted Dice over stems, entities, numbers and
// quoted words) carries the meaning; the gram part (plain Dice over
// character 4-grams of content words) forgives what stemming misses:
// British and American spelling, derivation ("criticism", "criticised"),
// typos and names transliterated differently. Measured on PAN 2013
// (TestPAN, aligner alone): see the package documentation.
const (
	WeightTerms = 0.75
	WeightGrams = 0.25
)

// pairSim scores sentence ka of da against kb of db.
func pairSim(da *docFeatures, ka int, db *docFeatures, kb int) float32 {
	sa, sb := &da.sents[ka], &db.sents[kb]
	ia, wa := da.termsOf(ka)
	ib, wb := db.termsOf(kb)
	shared := sharedWeight(ia, wa, ib, wb)
	g := sharedCount(da.gramsOf(ka), db.gramsOf(kb))
	return combine(shared, sa.tw+sb.tw, g, int(sa.g1-sa.g0)+int(sb.g1-sb.g0))
}

// mergedSim scores the union of sentences k1 and k1+1 of d1 against
// sentence k2 of d2: the 2–1 (or, with the roles swapped, 1–2) merge.
func mergedSim(d1 *docFeatures, k1 int, d2 *docFeatures, k2 int) float32 {
	i1, w1 := d1.termsOf(k1)
	j1, v1 := d1.termsOf(k1 + 1)
	ib, wb := d2.termsOf(k2)
	// Weight and size of the union of the two sentences of d1.
	tw := d1.sents[k1].tw + d1.sents[k1+1].tw - sharedWeight(i1, w1, j1, v1)/2
	g1, g2 := d1.gramsOf(k1), d1.gramsOf(k1+1)
	gn := len(g1) + len(g2) - sharedCount(g1, g2)

	shared := sharedWeight2(i1, w1, j1, v1, ib, wb)
	g := sharedCount2(g1, g2, d2.gramsOf(k2))
	sb := &d2.sents[k2]
	return combine(shared, tw+sb.tw, g, gn+int(sb.g1-sb.g0))
}

func combine(shared, total float32, g, gtotal int) float32 {
	var s float32
	if total > 0 {
		s = WeightTerms * shared / total
	}
	if gtotal > 0 {
		s += WeightGrams * 2 * float32(g) / float32(gtotal)
	}
	return s
}

// sharedWeight returns the summed weights, on both sides, of the IDs in
// both a and b, which are sorted and distinct. A term's weight may differ
// between the two texts (see docWeight).
//
// This merge is the aligner's inner loop; be careful when changing it.
func sharedWeight(a []uint64, aw []float32, b []uint64, bw []float32) float32 {
	var s float32
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch x, y := a[i], b[j]; {
		case x < y:
			i++
		case x > y:
			j++
		default:
			s += aw[i] + bw[j]
			i++
			j++
		}
	}
	return s
}

// sharedCount returns the number of values in both a and b, which are
// sorted and distinct. The merge is branch-free: gram arrays are long (a
// news sentence has 100 or more) and their order is random, so a branchy
// merge mispredicts about every other step. With 32-bit grams it took
// BenchmarkAlign from 6.2 to 5.4 ms per pair; the gram merge is still
// the largest single cost of Align (about a third).
func sharedCount(a, b []uint32) int {
	n := 0
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		x, y := a[i], b[j]
		n += b2i(x == y)
		i += b2i(x <= y)
		j += b2i(y <= x)
	}
	return n
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// sharedWeight2 returns the summed weights, on both sides, of the IDs of b
// that are in a1 or in a2. All three are sorted and distinct; an ID in both
// a1 and a2 counts once.
func sharedWeight2(a1 []uint64, w1 []float32, a2 []uint64, w2 []float32, b []uint64, bw []float32) float32 {
	var s float32
	i, k := 0, 0
	for j, y := range b {
		for i < len(a1) && a1[i] < y {
			i++
		}
		for k < len(a2) && a2[k] < y {
			k++
		}
		switch {
		case i < len(a1) && a1[i] == y:
			s += w1[i] + bw[j]
		case k < len(a2) && a2[k] == y:
			s += w2[k] + bw[j]
		}
	}
	return s
}

// sharedCount2 returns the number of values of b in a1 or in a2.
func sharedCount2(a1, a2, b []uint32) int {
	n := 0
	i, k := 0, 0
	for _, y := range b {
		for i < len(a1) && a1[i] < y {
			i++
		}
		for k < len(a2) && a2[k] < y {
			k++
		}
		if (i < len(a1) && a1[i] == y) || (k < len(a2) && a2[k] == y) {
			n++
		}
	}
	return n
}

// Similarity returns the similarity in [0,1] of two sentences, each taken
// whole, with terms weighted by idf (nil: every term weighs 1). It is the
// score Align gives a 1–1 link: WeightTerms × the weighted Dice coefficient
// of their terms + WeightGrams × the Dice coefficient of their character
// 4-grams.
func (an *Analyzer) Similarity(a, b string, idf *IDF) float64 {
	var da, db docFeatures
	an.document(a, []reprint.Span{{End: len(a)}}, idf, &da, 0, 0)
	an.document(b, []reprint.Span{{End: len(b)}}, idf, &db, 0, 0)
	if len(da.sents) == 0 || len(db.sents) == 0 {
		return 0
	}
	return float64(pairSim(&da, 0, &db, 0))
}
