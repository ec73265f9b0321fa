package newsgen

import "strings"

// FillerReport measures accidental shared runs between filler articles.
type FillerReport struct {
	Articles int
	Words    int     // whitespace tokens
	Pairs    int     // article pairs
	Shared   int     // pairs sharing at least one FillerRun-word run
	PairRate float64 // Shared / Pairs
	Runs     int     // distinct FillerRun-word runs
	RunsMany int     // runs found in more than one article
	RunRate  float64 // RunsMany / Runs
	PoolRuns int     // filler runs that occur in the pool (0 by construction)
	Gen      GenStats
}

// MeasureFiller generates n filler-only articles (the length distribution
// of the corpus, streams of their own, so they are not articles of the
// corpus) and counts the FillerRun-word runs they share with each other and
// with the pool.
func (g *Generator) MeasureFiller(n int) FillerReport {
	rep := FillerReport{Articles: n, Pairs: n * (n - 1) / 2}
	first := make(map[uint64]int32)
	pairs := make(map[[2]int32]struct{})
	many := make(map[uint64][]int32) // runs seen in several articles → all of them
	for i := range n {
		r := g.rng(i, tagMeasure)
		w := newWalker(g.chain, r)
		text := render(fillerParas(w, targetWords(r)))
		rep.Gen.add(w.stats)
		rep.Words += len(strings.Fields(text))
		for h := range RunHashes(text, FillerRun) {
			if _, ok := g.chain.poolRuns[h]; ok {
				rep.PoolRuns++
			}
			j, seen := first[h]
			if !seen {
				first[h] = int32(i)
				continue
			}
			prev := many[h]
			if prev == nil {
				prev = []int32{j}
			}
			for _, k := range prev {
				pairs[[2]int32{k, int32(i)}] = struct{}{}
			}
			many[h] = append(prev, int32(i))
		}
	}
	rep.Runs = len(first)
	rep.RunsMany = len(many)
	rep.Shared = len(pairs)
	if rep.Pairs > 0 {
		rep.PairRate = float64(rep.Shared) / float64(rep.Pairs)
	}
	if rep.Runs > 0 {
		rep.RunRate = float64(rep.RunsMany) / float64(rep.Runs)
	}
	return rep
}
