package clough

import (
	"fmt"
	"math"
)

// Split is one decision of a CascadeModel: an answer goes right when
// Features[Feature] ≥ Threshold.
type Split struct {
	Feature   Feature `json:"feature"`
	Threshold float64 `json:"threshold"`
	// Correct is the number of training answers the split got right.
	Correct int `json:"correct"`
}

func (s Split) String() string { return fmt.Sprintf("%s≥%s", s.Feature, fmtNum(s.Threshold)) }

// CascadeModel is a three-level ordinal decision tree, one question per
// level, in the order of the categories:
//
//	Reuse: reused? ── no ──► non
//	   │ yes
//	Cut:   pasted?  ── yes ─► cut
//	   │ no
//	Light: much?    ── yes ─► light
//	   │ no
//	   └──────────────────► heavy
type CascadeModel struct {
	Reuse, Cut, Light Split
}

// Predict implements Model.
func (m *CascadeModel) Predict(f Features) Category {
	switch {
	case f[m.Reuse.Feature] < m.Reuse.Threshold:
		return Non
	case f[m.Cut.Feature] >= m.Cut.Threshold:
		return Cut
	case f[m.Light.Feature] >= m.Light.Threshold:
		return Light
	}
	return Heavy
}

// Reused implements BinaryModel: the first split alone, so the 2-class
// decision equals the collapsed 4-class one.
func (m *CascadeModel) Reused(f Features) bool { return f[m.Reuse.Feature] >= m.Reuse.Threshold }

func (m *CascadeModel) String() string {
	return fmt.Sprintf("reuse %s, cut %s, light %s", m.Reuse, m.Cut, m.Light)
}

// CascadeFeatures are the candidate features of each level of a Cascade.
type CascadeFeatures struct {
	Reuse, Cut, Light []Feature
}

// DefaultCascade is the configuration chosen (see the package
// documentation for the alternatives and their accuracies): every level
// chooses among the run coverages; no hand-picked run length.
var DefaultCascade = CascadeFeatures{
	Reuse: runFeatures(),
	Cut:   runFeatures(),
	Light: runFeatures(),
}

func runFeatures() []Feature {
	fs := make([]Feature, len(runLengths))
	for i := range fs {
		fs[i] = Run2 + Feature(i)
	}
	return fs
}

// Cascade fits a CascadeModel level by level on the training samples:
//
//   - Reuse on all of them, non against the rest;
//   - Cut on the reused ones, cut against heavy and light;
//   - Light on the heavy and light ones, light against heavy.
//
// At each level every candidate feature gets its best threshold (FitBinary's
// exhaustive search: the gap midpoint with most training answers right,
// widest gap on ties) and the feature with most right is kept; a tie goes
// to the feature listed first. Feature choice is part of fitting, so under
// LeaveOneTaskOut it never sees the held-out task.
func Cascade(cf CascadeFeatures) Fitter {
	return FitterFunc(func(train []Sample) (Model, error) {
		if len(train) == 0 {
			return nil, ErrNoTraining
		}
		if len(cf.Reuse) == 0 || len(cf.Cut) == 0 || len(cf.Light) == 0 {
			return nil, fmt.Errorf("clough: Cascade needs a candidate feature at every level")
		}
		var reused, revised []Sample
		for _, s := range train {
			if s.Category.Reused() {
				reused = append(reused, s)
				if s.Category != Cut {
					revised = append(revised, s)
				}
			}
		}
		return &CascadeModel{
			Reuse: bestSplit(train, cf.Reuse, Category.Reused),
			Cut:   bestSplit(reused, cf.Cut, func(c Category) bool { return c == Cut }),
			Light: bestSplit(revised, cf.Light, func(c Category) bool { return c == Light }),
		}, nil
	})
}

// bestSplit returns the split among feats that best separates the samples
// for which pos holds (right, ≥ threshold) from the rest. With no samples
// the split sends everything right (threshold -Inf).
func bestSplit(samples []Sample, feats []Feature, pos func(Category) bool) Split {
	best := Split{Feature: feats[0], Threshold: math.Inf(-1), Correct: -1}
	scores := make([]float64, len(samples))
	cats := make([]Category, len(samples))
	for i, s := range samples {
		cats[i] = Non
		if pos(s.Category) {
			cats[i] = Cut
		}
	}
	for _, f := range feats {
		for i, s := range samples {
			scores[i] = s.Features[f]
		}
		t, acc := FitBinary(scores, cats)
		if acc > best.Correct {
			best = Split{Feature: f, Threshold: t, Correct: acc}
		}
	}
	return best
}
