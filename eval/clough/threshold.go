package clough

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
)

// ErrNoTraining is returned by a fitter given no training samples.
var ErrNoTraining = errors.New("clough: no training samples")

// Cuts are the three ordered thresholds of an ordinal classifier on a
// score s: s < Cuts[0] is Non, s < Cuts[1] Heavy, s < Cuts[2] Light, and
// the rest Cut. A threshold may be ±Inf, which empties a class.
type Cuts [3]float64

// Classify returns the category of score s.
func (c Cuts) Classify(s float64) Category {
	switch {
	case s < c[0]:
		return Non
	case s < c[1]:
		return Heavy
	case s < c[2]:
		return Light
	}
	return Cut
}

// scored is one training score with its label.
type scored struct {
	s float64
	c Category
}

// FitCuts returns the thresholds that classify the most of the scored
// training points correctly, found exhaustively, with the number correct.
//
// Sort the n scores; a threshold can only usefully sit in one of the n+1
// gaps (before the first score, between two neighbours with different
// scores, after the last), and is placed at the gap's midpoint (±Inf at
// the ends). With prefix counts of each category, the accuracy of one
// choice of three ordered gaps i ≤ j ≤ k is
//
//	non[0,i) + heavy[i,j) + light[j,k) + cut[k,n)
//
// so all O(n³) choices are tried in O(n³) time: 10⁵ steps for the 76
// answers of a training fold. Ties are broken towards the widest gaps
// (summed over the three cuts, ends counting 0), then the lowest gaps, so
// the result is deterministic and sits in the middle of empty space where
// it can.
func FitCuts(scores []float64, cats []Category) (Cuts, int) {
	pts := make([]scored, len(scores))
	for i := range scores {
		pts[i] = scored{scores[i], cats[i]}
	}
	slices.SortStableFunc(pts, func(x, y scored) int { return cmp.Compare(x.s, y.s) })
	n := len(pts)
	// pre[c][p] = number of category c among pts[:p].
	var pre [Cut + 1][]int
	for c := Non; c <= Cut; c++ {
		pre[c] = make([]int, n+1)
		for p, x := range pts {
			pre[c][p+1] = pre[c][p]
			if x.c == c {
				pre[c][p+1]++
			}
		}
	}
	// Valid gaps: 0, n, and p where pts[p-1].s < pts[p].s.
	var gaps []int
	for p := 0; p <= n; p++ {
		if p == 0 || p == n || pts[p-1].s < pts[p].s {
			gaps = append(gaps, p)
		}
	}
	width := func(p int) float64 {
		if p == 0 || p == n {
			return 0
		}
		return pts[p].s - pts[p-1].s
	}
	at := func(p int) float64 {
		switch p {
		case 0:
			return math.Inf(-1)
		case n:
			return math.Inf(1)
		}
		return (pts[p-1].s + pts[p].s) / 2
	}
	in := func(c Category, lo, hi int) int { return pre[c][hi] - pre[c][lo] }
	best, bestW := -1, -1.0
	var bi, bj, bk int
	for a, i := range gaps {
		for b := a; b < len(gaps); b++ {
			j := gaps[b]
			head := in(Non, 0, i) + in(Heavy, i, j)
			for _, k := range gaps[b:] {
				acc := head + in(Light, j, k) + in(Cut, k, n)
				if acc < best {
					continue
				}
				w := width(i) + width(j) + width(k)
				if acc > best || w > bestW {
					best, bestW, bi, bj, bk = acc, w, i, j, k
				}
			}
		}
	}
	if n == 0 {
		return Cuts{math.Inf(-1), math.Inf(-1), math.Inf(-1)}, 0
	}
	return Cuts{at(bi), at(bj), at(bk)}, best
}

// FitBinary returns the threshold t that best separates reused answers
// (score ≥ t) from Non (score < t) on the training points, with the number
// correct: the 2-class analogue of FitCuts, by the same exhaustive search
// over gaps and the same tie-breaking (widest gap, then lowest).
func FitBinary(scores []float64, cats []Category) (float64, int) {
	pts := make([]scored, len(scores))
	reused := 0
	for i := range scores {
		pts[i] = scored{scores[i], cats[i]}
		if cats[i].Reused() {
			reused++
		}
	}
	slices.SortStableFunc(pts, func(x, y scored) int { return cmp.Compare(x.s, y.s) })
	n := len(pts)
	best, bestW, bestT := -1, -1.0, math.Inf(-1)
	non, reusedBelow := 0, 0 // among pts[:p]
	for p := 0; p <= n; p++ {
		if p > 0 {
			if pts[p-1].c.Reused() {
				reusedBelow++
			} else {
				non++
			}
		}
		if p > 0 && p < n && pts[p-1].s == pts[p].s {
			continue
		}
		acc := non + reused - reusedBelow
		w, t := 0.0, math.Inf(-1)
		switch {
		case p == n && n > 0:
			t = math.Inf(1)
		case p > 0:
			w, t = pts[p].s-pts[p-1].s, (pts[p-1].s+pts[p].s)/2
		}
		if acc > best || (acc == best && w > bestW) {
			best, bestW, bestT = acc, w, t
		}
	}
	return bestT, best
}

// Scorer maps features to one number that grows with the amount of reuse.
type Scorer interface {
	Score(f Features) float64
	String() string
}

// Linear is the score Σ w_i·f_i over the features with a weight.
type Linear Features

// Score implements Scorer.
func (w Linear) Score(f Features) float64 {
	s := 0.0
	for i := range f {
		s += w[i] * f[i]
	}
	return s
}

func (w Linear) String() string {
	var parts []string
	for i, v := range w {
		if v != 0 {
			parts = append(parts, fmt.Sprintf("%.3g·%s", v, Feature(i)))
		}
	}
	if len(parts) == 0 {
		return "0"
	}
	return strings.Join(parts, " + ")
}

// Single returns the Linear scorer of one feature.
func Single(f Feature) Linear {
	var w Linear
	w[f] = 1
	return w
}

// ThresholdModel is the ordinal classifier: a score with three cuts for
// the four categories, and its own threshold for the 2-class decision.
type ThresholdModel struct {
	Scorer Scorer  `json:"-"`
	Score  string  `json:"score"` // Scorer.String(), for reports
	Cuts   Cuts    `json:"cuts"`
	Binary float64 `json:"binary"` // reused when score ≥ Binary
}

// Predict implements Model.
func (m *ThresholdModel) Predict(f Features) Category { return m.Cuts.Classify(m.Scorer.Score(f)) }

// Reused implements BinaryModel.
func (m *ThresholdModel) Reused(f Features) bool { return m.Scorer.Score(f) >= m.Binary }

func (m *ThresholdModel) String() string {
	return fmt.Sprintf("%s cuts %s binary %s", m.Score, fmtCuts(m.Cuts), fmtNum(m.Binary))
}

func fmtCuts(c Cuts) string {
	return fmt.Sprintf("non|%s|heavy|%s|light|%s|cut", fmtNum(c[0]), fmtNum(c[1]), fmtNum(c[2]))
}

func fmtNum(x float64) string {
	switch {
	case math.IsInf(x, -1):
		return "-inf"
	case math.IsInf(x, 1):
		return "+inf"
	}
	return fmt.Sprintf("%.3f", x)
}

// Thresholds fits a ThresholdModel on a fixed scorer: the cuts and the
// binary threshold that maximise training accuracy (FitCuts, FitBinary).
func Thresholds(sc Scorer) Fitter {
	return FitterFunc(func(train []Sample) (Model, error) {
		if len(train) == 0 {
			return nil, ErrNoTraining
		}
		scores, cats := scoresOf(sc, train)
		cuts, _ := FitCuts(scores, cats)
		bin, _ := FitBinary(scores, cats)
		return &ThresholdModel{Scorer: sc, Score: sc.String(), Cuts: cuts, Binary: bin}, nil
	})
}

func scoresOf(sc Scorer, train []Sample) ([]float64, []Category) {
	scores := make([]float64, len(train))
	cats := make([]Category, len(train))
	for i, s := range train {
		scores[i], cats[i] = sc.Score(s.Features), s.Category
	}
	return scores, cats
}

// LinearThresholds fits the weights of a linear score over feats as well
// as its cuts: every weight vector on a grid of the simplex (non-negative
// weights in steps of 1/steps, summing to 1) is scored by the training
// accuracy of its best cuts, and the best is kept; ties go to the first in
// grid order (weight shifted towards the earlier features). Its binary
// threshold is fitted on the chosen score. With 3 features and steps=20
// that is 231 scores × 10⁵ steps per fold.
func LinearThresholds(steps int, feats ...Feature) Fitter {
	return FitterFunc(func(train []Sample) (Model, error) {
		if len(train) == 0 {
			return nil, ErrNoTraining
		}
		if steps < 1 || len(feats) == 0 {
			return nil, fmt.Errorf("clough: LinearThresholds needs steps ≥ 1 and a feature")
		}
		var (
			best   = -1
			bestW  Linear
			bestCu Cuts
		)
		for _, w := range simplex(feats, steps) {
			scores, cats := scoresOf(w, train)
			cuts, acc := FitCuts(scores, cats)
			if acc > best {
				best, bestW, bestCu = acc, w, cuts
			}
		}
		scores, cats := scoresOf(bestW, train)
		bin, _ := FitBinary(scores, cats)
		return &ThresholdModel{Scorer: bestW, Score: bestW.String(), Cuts: bestCu, Binary: bin}, nil
	})
}

// simplex returns the weight vectors over feats with non-negative weights
// k/steps summing to 1, in lexical order of weights, largest first.
func simplex(feats []Feature, steps int) []Linear {
	var out []Linear
	var w Linear
	var rec func(i, left int)
	rec = func(i, left int) {
		if i == len(feats)-1 {
			w[feats[i]] = float64(left) / float64(steps)
			out = append(out, w)
			return
		}
		for k := left; k >= 0; k-- {
			w[feats[i]] = float64(k) / float64(steps)
			rec(i+1, left-k)
		}
	}
	rec(0, steps)
	return out
}
