package pan

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// Measures are the PAN text-alignment scores of a set of detections against
// a set of cases, as computed by the official pan13-text-alignment-
// perfmeasures.py with macro-averaging. See the package documentation for
// the formulas.
type Measures struct {
	Recall        float64 `json:"recall"`
	Precision     float64 `json:"precision"`
	Granularity   float64 `json:"granularity"`
	Plagdet       float64 `json:"plagdet"`
	Cases         int     `json:"cases"`          // distinct cases
	Detections    int     `json:"detections"`     // distinct detections
	DetectedCases int     `json:"detected_cases"` // cases overlapped by at least one detection
}

// Evaluator accumulates the cases and detections of many pairs and computes
// their Measures, macro-averaged over all cases and all detections added,
// not per pair. The zero Evaluator is ready to use; it is not safe for
// concurrent use.
//
// Like the official script, which reads annotations into a set, it counts
// an annotation once however often it is added: identical detections of the
// same pair are one detection.
type Evaluator struct {
	groups map[pairKey]*group
	keys   []pairKey // in order of first Add, for a deterministic summation order
}

type pairKey struct{ susp, src string }

type group struct {
	cases, dets []Passage
	seenC       map[Passage]bool
	seenD       map[Passage]bool
}

// Add adds the cases and detections of the pair (susp, src), both in code
// points. A pair may be added more than once. It returns an error, adding
// nothing, if a passage has a negative offset or length.
func (e *Evaluator) Add(susp, src string, cases, dets []Passage) error {
	for _, p := range cases {
		if !p.valid() {
			return fmt.Errorf("pan: case of %s/%s has a negative offset or length: %+v", susp, src, p)
		}
	}
	for _, p := range dets {
		if !p.valid() {
			return fmt.Errorf("pan: detection of %s/%s has a negative offset or length: %+v", susp, src, p)
		}
	}
	e.add(susp, src, cases, dets)
	return nil
}

// add is Add without the validation.
func (e *Evaluator) add(susp, src string, cases, dets []Passage) {
	if e.groups == nil {
		e.groups = make(map[pairKey]*group)
	}
	k := pairKey{susp, src}
	g := e.groups[k]
	if g == nil {
		g = &group{seenC: make(map[Passage]bool), seenD: make(map[Passage]bool)}
		e.groups[k] = g
		e.keys = append(e.keys, k)
	}
	for _, p := range cases {
		if !g.seenC[p] {
			g.seenC[p] = true
			g.cases = append(g.cases, p)
		}
	}
	for _, p := range dets {
		if !g.seenD[p] {
			g.seenD[p] = true
			g.dets = append(g.dets, p)
		}
	}
}

// Measures returns the scores of everything added so far.
func (e *Evaluator) Measures() Measures {
	var m Measures
	var recallSum, precSum float64
	var detsPerCase int
	for _, k := range e.keys {
		g := e.groups[k]
		m.Cases += len(g.cases)
		m.Detections += len(g.dets)
		for _, c := range g.cases {
			recallSum += coverage(c, g.dets)
			n := 0
			for _, d := range g.dets {
				if overlapping(c, d) {
					n++
				}
			}
			detsPerCase += n
			if n > 0 {
				m.DetectedCases++
			}
		}
		for _, d := range g.dets {
			precSum += coverage(d, g.cases)
		}
	}
	// macro_avg_recall and macro_avg_precision: both empty is perfect,
	// one empty is worthless.
	switch {
	case m.Cases == 0 && m.Detections == 0:
		m.Recall, m.Precision = 1, 1
	case m.Cases == 0 || m.Detections == 0:
		m.Recall, m.Precision = 0, 0
	default:
		m.Recall = recallSum / float64(m.Cases)
		m.Precision = precSum / float64(m.Detections)
	}
	// granularity: 1 without detections or without detected cases.
	m.Granularity = 1
	if m.Detections > 0 && m.DetectedCases > 0 {
		m.Granularity = float64(detsPerCase) / float64(m.DetectedCases)
	}
	m.Plagdet = Plagdet(m.Recall, m.Precision, m.Granularity)
	return m
}

// Plagdet combines recall, precision and granularity as the official
// plagdet_score does: F1 / log2(1 + granularity), and 0 when recall and
// precision are both 0, either is negative or granularity is below 1.
func Plagdet(recall, precision, granularity float64) float64 {
	if (recall == 0 && precision == 0) || precision < 0 || recall < 0 || granularity < 1 {
		return 0
	}
	// math.log(1 + gran, 2) in Python is ln(1+gran)/ln(2); math.Log2 can
	// differ from it in the last bit.
	return (2 * recall * precision / (recall + precision)) / (math.Log(1+granularity) / math.Log(2))
}

// overlapping ports is_overlapping for two external annotations of the same
// pair: each side's ranges satisfy off2+len2 > off1 && off2 < off1+len1.
// Note that an empty range strictly inside the other range overlaps it.
func overlapping(a, b Passage) bool {
	return b.ThisOffset+b.ThisLength > a.ThisOffset && b.ThisOffset < a.ThisOffset+a.ThisLength &&
		b.SourceOffset+b.SourceLength > a.SourceOffset && b.SourceOffset < a.SourceOffset+a.SourceLength
}

// coverage ports case_recall(a, others): the share of a's characters, both
// sides counted together, covered by the union of the others that overlap
// a. For an annotation of no characters the script divides 0 by 0 and
// crashes; coverage returns 0.
func coverage(a Passage, others []Passage) float64 {
	total := a.ThisLength + a.SourceLength
	if total == 0 {
		return 0
	}
	var this, src []span
	for _, b := range others {
		if !overlapping(a, b) {
			continue
		}
		this = append(this, clip(a.ThisOffset, a.ThisLength, b.ThisOffset, b.ThisLength))
		src = append(src, clip(a.SourceOffset, a.SourceLength, b.SourceOffset, b.SourceLength))
	}
	if len(this) == 0 {
		return 0
	}
	return float64(unionLen(this)+unionLen(src)) / float64(total)
}

type span struct{ lo, hi int }

// clip returns the part of [off2, off2+len2) inside [off1, off1+len1), as
// mark_overlapping_chars computes it; it may be empty.
func clip(off1, len1, off2, len2 int) span {
	lo := max(off1, off2)
	hi := min(off1+len1, off2+len2)
	if hi < lo {
		hi = lo
	}
	return span{lo, hi}
}

// unionLen returns the number of positions covered by the spans. It sorts
// ss in place.
func unionLen(ss []span) int {
	slices.SortFunc(ss, func(a, b span) int { return cmp.Compare(a.lo, b.lo) })
	n, end := 0, math.MinInt
	for _, s := range ss {
		if s.hi <= s.lo {
			continue
		}
		lo := max(s.lo, end)
		if s.hi > lo {
			n += s.hi - lo
			end = s.hi
		}
	}
	return n
}
