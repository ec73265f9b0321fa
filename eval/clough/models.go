package clough

import (
	"math"
	"strings"
)

// The models other than ThresholdModel that were tried, kept so that the
// comparison in the package documentation can be rerun (TestModels).

// centroidModel predicts the category whose training centroid is nearest
// in the chosen features, each scaled by its training standard deviation.
type centroidModel struct {
	feats []Feature
	scale []float64
	means map[Category][]float64
}

// NearestCentroid fits a nearest-centroid classifier on feats.
func NearestCentroid(feats ...Feature) Fitter {
	return FitterFunc(func(train []Sample) (Model, error) {
		if len(train) == 0 {
			return nil, ErrNoTraining
		}
		m := &centroidModel{feats: feats, scale: make([]float64, len(feats)), means: make(map[Category][]float64)}
		for k, f := range feats {
			_, sd := meanSD(train, func(Sample) bool { return true }, f)
			m.scale[k] = 1 / max(sd, 1e-9)
		}
		for _, c := range categories {
			in := func(s Sample) bool { return s.Category == c }
			if count(train, in) == 0 {
				continue
			}
			mu := make([]float64, len(feats))
			for k, f := range feats {
				mu[k], _ = meanSD(train, in, f)
			}
			m.means[c] = mu
		}
		return m, nil
	})
}

func (m *centroidModel) Predict(f Features) Category {
	best, bestD := Non, math.Inf(1)
	for _, c := range categories { // fixed order: ties go to the lower category
		mu, ok := m.means[c]
		if !ok {
			continue
		}
		d := 0.0
		for k, ft := range m.feats {
			x := (f[ft] - mu[k]) * m.scale[k]
			d += x * x
		}
		if d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

func (m *centroidModel) String() string { return "nearest centroid on " + featList(m.feats) }

// bayesModel is Gaussian naive Bayes: per category, an independent normal
// density per feature, and the training class frequencies as priors.
type bayesModel struct {
	feats []Feature
	prior map[Category]float64
	mean  map[Category][]float64
	sd    map[Category][]float64
}

// minSD floors the per-class standard deviation of naive Bayes: the non
// answers have verbatim and rewrite coverage exactly 0, whose density
// would otherwise be infinite.
const minSD = 0.02

// NaiveBayes fits a Gaussian naive Bayes classifier on feats, the model
// family of Clough and Stevenson (2011).
func NaiveBayes(feats ...Feature) Fitter {
	return FitterFunc(func(train []Sample) (Model, error) {
		if len(train) == 0 {
			return nil, ErrNoTraining
		}
		m := &bayesModel{feats: feats, prior: map[Category]float64{}, mean: map[Category][]float64{}, sd: map[Category][]float64{}}
		for _, c := range categories {
			in := func(s Sample) bool { return s.Category == c }
			n := count(train, in)
			if n == 0 {
				continue
			}
			m.prior[c] = float64(n) / float64(len(train))
			mu, sd := make([]float64, len(feats)), make([]float64, len(feats))
			for k, f := range feats {
				mu[k], sd[k] = meanSD(train, in, f)
				sd[k] = max(sd[k], minSD)
			}
			m.mean[c], m.sd[c] = mu, sd
		}
		return m, nil
	})
}

func (m *bayesModel) Predict(f Features) Category {
	best, bestL := Non, math.Inf(-1)
	for _, c := range categories {
		p, ok := m.prior[c]
		if !ok {
			continue
		}
		l := math.Log(p)
		for k, ft := range m.feats {
			z := (f[ft] - m.mean[c][k]) / m.sd[c][k]
			l += -0.5*z*z - math.Log(m.sd[c][k])
		}
		if l > bestL {
			best, bestL = c, l
		}
	}
	return best
}

func (m *bayesModel) String() string { return "gaussian naive Bayes on " + featList(m.feats) }

func featList(fs []Feature) string {
	s := make([]string, len(fs))
	for i, f := range fs {
		s[i] = f.String()
	}
	return strings.Join(s, ",")
}

func count(train []Sample, in func(Sample) bool) int {
	n := 0
	for _, s := range train {
		if in(s) {
			n++
		}
	}
	return n
}

// meanSD returns the mean and population standard deviation of feature f
// over the samples in.
func meanSD(train []Sample, in func(Sample) bool, f Feature) (mean, sd float64) {
	n := 0.0
	for _, s := range train {
		if in(s) {
			mean += s.Features[f]
			n++
		}
	}
	if n == 0 {
		return 0, 0
	}
	mean /= n
	for _, s := range train {
		if in(s) {
			d := s.Features[f] - mean
			sd += d * d
		}
	}
	return mean, math.Sqrt(sd / n)
}
