package pan

import (
	"math"
	"math/rand/v2"
	"testing"
)

func pp(to, tl, so, sl int) Passage { return Passage{to, tl, so, sl} }

// log2 is how the script takes the logarithm: math.log(x, 2).
func log2(x float64) float64 { return math.Log(x) / math.Log(2) }

func f1(r, p float64) float64 { return 2 * r * p / (r + p) }

// pairAdd is one Evaluator.Add call.
type pairAdd struct {
	susp, src   string
	cases, dets []Passage
}

func evaluate(t *testing.T, adds []pairAdd) Measures {
	t.Helper()
	var e Evaluator
	for _, a := range adds {
		if err := e.Add(a.susp, a.src, a.cases, a.dets); err != nil {
			t.Fatal(err)
		}
	}
	return e.Measures()
}

func one(cases, dets []Passage) []pairAdd {
	return []pairAdd{{"susp1", "src1", cases, dets}}
}

func TestMeasuresHandWorked(t *testing.T) {
	c := pp(0, 100, 0, 100) // one case: 100 chars on each side, |c| = 200
	c2 := pp(200, 100, 200, 100)
	tests := []struct {
		name string
		adds []pairAdd
		want Measures
	}{
		{"exact", one([]Passage{c}, []Passage{c}),
			Measures{Recall: 1, Precision: 1, Granularity: 1, Plagdet: 1, Cases: 1, Detections: 1, DetectedCases: 1}},
		{"half on both sides", one([]Passage{c}, []Passage{pp(0, 50, 0, 50)}),
			// recall (50+50)/200, precision (50+50)/100
			Measures{Recall: 0.5, Precision: 1, Granularity: 1, Plagdet: f1(0.5, 1), Cases: 1, Detections: 1, DetectedCases: 1}},
		{"half of the suspicious side only", one([]Passage{c}, []Passage{pp(0, 50, 0, 100)}),
			// recall (50+100)/200, precision (50+100)/150
			Measures{Recall: 150.0 / 200, Precision: 1, Granularity: 1, Plagdet: f1(0.75, 1), Cases: 1, Detections: 1, DetectedCases: 1}},
		{"detection twice the case", one([]Passage{c}, []Passage{pp(0, 200, 0, 200)}),
			// precision (100+100)/400
			Measures{Recall: 1, Precision: 0.5, Granularity: 1, Plagdet: f1(1, 0.5), Cases: 1, Detections: 1, DetectedCases: 1}},
		{"two detections split the case", one([]Passage{c}, []Passage{pp(0, 50, 0, 50), pp(50, 50, 50, 50)}),
			Measures{Recall: 1, Precision: 1, Granularity: 2, Plagdet: 1 / log2(3), Cases: 1, Detections: 2, DetectedCases: 1}},
		{"overlapping detections count their union once", one([]Passage{c}, []Passage{pp(0, 60, 0, 60), pp(40, 60, 40, 60)}),
			Measures{Recall: 1, Precision: 1, Granularity: 2, Plagdet: 1 / log2(3), Cases: 1, Detections: 2, DetectedCases: 1}},
		{"a detection with no case beside an exact one", one([]Passage{c}, []Passage{c, pp(500, 100, 500, 100)}),
			// precision (1 + 0)/2
			Measures{Recall: 1, Precision: 0.5, Granularity: 1, Plagdet: f1(1, 0.5), Cases: 1, Detections: 2, DetectedCases: 1}},
		{"overlap on the suspicious side only detects nothing", one([]Passage{c}, []Passage{pp(0, 100, 200, 100)}),
			Measures{Recall: 0, Precision: 0, Granularity: 1, Plagdet: 0, Cases: 1, Detections: 1, DetectedCases: 0}},
		{"one detection covers two cases", one([]Passage{c, c2}, []Passage{pp(0, 300, 0, 300)}),
			// each case recall 1; precision (200+200)/600; each case one detection
			Measures{Recall: 1, Precision: 400.0 / 600, Granularity: 1, Plagdet: f1(1, 400.0/600), Cases: 2, Detections: 1, DetectedCases: 2}},
		{"one of two cases found", one([]Passage{c, c2}, []Passage{c}),
			Measures{Recall: 0.5, Precision: 1, Granularity: 1, Plagdet: f1(0.5, 1), Cases: 2, Detections: 1, DetectedCases: 1}},
		{"identical detections count once", one([]Passage{c}, []Passage{c, c, c}),
			Measures{Recall: 1, Precision: 1, Granularity: 1, Plagdet: 1, Cases: 1, Detections: 1, DetectedCases: 1}},
		{"no cases, no detections", one(nil, nil),
			Measures{Recall: 1, Precision: 1, Granularity: 1, Plagdet: 1}},
		{"nothing added", nil,
			Measures{Recall: 1, Precision: 1, Granularity: 1, Plagdet: 1}},
		{"no cases, one detection", one(nil, []Passage{c}),
			Measures{Recall: 0, Precision: 0, Granularity: 1, Plagdet: 0, Detections: 1}},
		{"cases, no detections", one([]Passage{c}, nil),
			Measures{Recall: 0, Precision: 0, Granularity: 1, Plagdet: 0, Cases: 1}},
		{"empty source range strictly inside the case overlaps", one([]Passage{c}, []Passage{pp(10, 20, 50, 0)}),
			// recall (20+0)/200, precision (20+0)/20
			Measures{Recall: 0.1, Precision: 1, Granularity: 1, Plagdet: f1(0.1, 1), Cases: 1, Detections: 1, DetectedCases: 1}},
		{"empty source range at the case start does not", one([]Passage{c}, []Passage{pp(10, 20, 0, 0)}),
			Measures{Recall: 0, Precision: 0, Granularity: 1, Plagdet: 0, Cases: 1, Detections: 1}},
		{"a detection of no characters scores 0", one([]Passage{c}, []Passage{c, pp(50, 0, 50, 0)}),
			// The script divides by zero here; we count it with precision
			// 0. Lying strictly inside the case, it overlaps it by the
			// script's test, so it also counts for granularity.
			Measures{Recall: 1, Precision: 0.5, Granularity: 2, Plagdet: f1(1, 0.5) / log2(3), Cases: 1, Detections: 2, DetectedCases: 1}},
		{"detections only count for their own pair", []pairAdd{
			{"susp1", "src1", []Passage{c}, nil},
			{"susp1", "src2", nil, []Passage{c}},
		}, Measures{Recall: 0, Precision: 0, Granularity: 1, Plagdet: 0, Cases: 1, Detections: 1}},
		{"macro average over cases of all pairs", []pairAdd{
			{"susp1", "src1", []Passage{c}, []Passage{c}},
			{"susp2", "src2", []Passage{c}, []Passage{pp(0, 50, 0, 50)}},
			{"susp3", "src3", []Passage{c}, nil},
			{"susp4", "src4", nil, nil},
		}, Measures{Recall: (1 + 0.5 + 0) / 3, Precision: 1, Granularity: 1, Plagdet: f1(0.5, 1), Cases: 3, Detections: 2, DetectedCases: 2}},
		{"granularity averages over detected cases only", []pairAdd{
			{"susp1", "src1", []Passage{c, c2}, []Passage{pp(0, 50, 0, 50), pp(50, 50, 50, 50)}},
			{"susp2", "src2", []Passage{c}, []Passage{c}},
		}, Measures{Recall: 2.0 / 3, Precision: 1, Granularity: 3.0 / 2, Plagdet: f1(2.0/3, 1) / log2(2.5), Cases: 3, Detections: 3, DetectedCases: 2}},
		{"a pair added twice is one set", []pairAdd{
			{"susp1", "src1", []Passage{c}, []Passage{c}},
			{"susp1", "src1", []Passage{c}, []Passage{c}},
		}, Measures{Recall: 1, Precision: 1, Granularity: 1, Plagdet: 1, Cases: 1, Detections: 1, DetectedCases: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := evaluate(t, tt.adds)
			if !measuresClose(got, tt.want, 1e-12) {
				t.Errorf("Measures() = %+v; want %+v", got, tt.want)
			}
		})
	}
}

func measuresClose(a, b Measures, tol float64) bool {
	close := func(x, y float64) bool { return math.Abs(x-y) <= tol }
	return close(a.Recall, b.Recall) && close(a.Precision, b.Precision) &&
		close(a.Granularity, b.Granularity) && close(a.Plagdet, b.Plagdet) &&
		a.Cases == b.Cases && a.Detections == b.Detections && a.DetectedCases == b.DetectedCases
}

// The script's own unit tests (TestPerfMeasures), the external annotations
// ann1, ann3, ann4, ann7, ann9, ann10; tref1/sref1 and tref2/sref2 are two
// pairs.
func TestMeasuresScriptUnitTests(t *testing.T) {
	type ann struct {
		pair int
		p    Passage
	}
	ann1 := ann{1, pp(0, 100, 0, 100)}
	ann3 := ann{1, pp(100, 100, 100, 100)}
	ann4 := ann{1, pp(0, 200, 0, 200)}
	ann5 := ann{1, pp(0, 1, 0, 1)}
	ann6 := ann{1, pp(99, 1, 99, 1)}
	ann7 := ann{2, pp(0, 100, 0, 100)}
	ann9 := ann{2, pp(50, 100, 50, 100)}
	ann10 := ann{2, pp(25, 75, 25, 75)}
	measures := func(cases, dets []ann) Measures {
		var e Evaluator
		for _, a := range cases {
			e.Add("tref"+string(rune('0'+a.pair)), "sref", []Passage{a.p}, nil)
		}
		for _, a := range dets {
			e.Add("tref"+string(rune('0'+a.pair)), "sref", nil, []Passage{a.p})
		}
		return e.Measures()
	}
	recall := func(c, d []ann) float64 { return measures(c, d).Recall }
	precision := func(c, d []ann) float64 { return measures(c, d).Precision }
	caseRecall := func(c ann, d []ann) float64 {
		var ps []Passage
		for _, a := range d {
			if a.pair == c.pair {
				ps = append(ps, a.p)
			}
		}
		return coverage(c.p, ps)
	}
	tests := []struct {
		name      string
		got, want float64
	}{
		{"macro_avg_recall([], [])", recall(nil, nil), 1},
		{"macro_avg_recall([ann1], [])", recall([]ann{ann1}, nil), 0},
		{"macro_avg_recall([], [ann1])", recall(nil, []ann{ann1}), 0},
		{"macro_avg_recall([ann1], [ann1])", recall([]ann{ann1}, []ann{ann1}), 1},
		{"macro_avg_recall([ann1, ann7], [ann1])", recall([]ann{ann1, ann7}, []ann{ann1}), 0.5},
		{"macro_avg_recall([ann1], [ann7])", recall([]ann{ann1}, []ann{ann7}), 0},
		{"case_recall(ann1, [])", caseRecall(ann1, nil), 0},
		{"case_recall(ann1, [ann1])", caseRecall(ann1, []ann{ann1}), 1},
		{"case_recall(ann1, [ann3])", caseRecall(ann1, []ann{ann3}), 0},
		{"case_recall(ann1, [ann4])", caseRecall(ann1, []ann{ann4}), 1},
		{"case_recall(ann1, [ann4, ann7])", caseRecall(ann1, []ann{ann4, ann7}), 1},
		{"case_recall(ann1, [ann7, ann9])", caseRecall(ann1, []ann{ann7, ann9}), 0},
		{"case_recall(ann7, [ann9])", caseRecall(ann7, []ann{ann9}), 0.5},
		{"case_recall(ann7, [ann10])", caseRecall(ann7, []ann{ann10}), 0.75},
		{"case_recall(ann7, [ann9, ann10])", caseRecall(ann7, []ann{ann9, ann10}), 0.75},
		{"macro_avg_precision([], [])", precision(nil, nil), 1},
		{"macro_avg_precision([ann1], [])", precision([]ann{ann1}, nil), 0},
		{"macro_avg_precision([], [ann1])", precision(nil, []ann{ann1}), 0},
		{"macro_avg_precision([ann1], [ann1])", precision([]ann{ann1}, []ann{ann1}), 1},
		{"macro_avg_precision([ann1, ann7], [ann1])", precision([]ann{ann1, ann7}, []ann{ann1}), 1},
		{"macro_avg_precision([ann1], [ann4])", precision([]ann{ann1}, []ann{ann4}), 0.5},
		{"macro_avg_precision([ann7], [ann10])", precision([]ann{ann7}, []ann{ann10}), 1},
		{"macro_avg_precision([ann7], [ann9, ann10])", precision([]ann{ann7}, []ann{ann9, ann10}), 0.75},
		{"macro_avg_precision([ann1], [ann3, ann4])", precision([]ann{ann1}, []ann{ann3, ann4}), 0.25},
		{"granularity([], [])", measures(nil, nil).Granularity, 1},
		{"granularity([ann1], [ann4])", measures([]ann{ann1}, []ann{ann4}).Granularity, 1},
		{"granularity([ann1], [ann3, ann4, ann5])", measures([]ann{ann1}, []ann{ann3, ann4, ann5}).Granularity, 2},
		{"granularity([ann1, ann3], [ann4, ann5])", measures([]ann{ann1, ann3}, []ann{ann4, ann5}).Granularity, 1.5},
		{"is_overlapping(ann1, ann5)", b2f(overlapping(ann1.p, ann5.p)), 1},
		{"is_overlapping(ann1, ann6)", b2f(overlapping(ann1.p, ann6.p)), 1},
		{"is_overlapping(ann1, ann3)", b2f(overlapping(ann1.p, ann3.p)), 0},
		{"is_overlapping(ann1, ann4)", b2f(overlapping(ann1.p, ann4.p)), 1},
		{"plagdet_score(-1, 0, 0)", Plagdet(-1, 0, 0), 0},
		{"plagdet_score(0, -1, 0)", Plagdet(0, -1, 0), 0},
		{"plagdet_score(0, 0, -1)", Plagdet(0, 0, -1), 0},
		{"plagdet_score(0, 0, 1)", Plagdet(0, 0, 1), 0},
		{"plagdet_score(0, 1, 1)", Plagdet(0, 1, 1), 0},
		{"plagdet_score(1, 0, 1)", Plagdet(1, 0, 1), 0},
		{"plagdet_score(1, 1, 1)", Plagdet(1, 1, 1), 1},
		{"plagdet_score(0.5, 1, 1)", Plagdet(0.5, 1, 1), 2.0 / 3},
		{"plagdet_score(1, 0.5, 1)", Plagdet(1, 0.5, 1), 2.0 / 3},
		{"plagdet_score(1, 1, 2)", Plagdet(1, 1, 2), 0.63092975},
		{"plagdet_score(0.25, 0.75, 2)", Plagdet(0.25, 0.75, 2), 0.23659865},
	}
	for _, tt := range tests {
		// The script's assertAlmostEqual rounds to 7 places.
		if math.Abs(tt.got-tt.want) > 5e-8 {
			t.Errorf("%s = %v; want %v", tt.name, tt.got, tt.want)
		}
	}
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// unionLen is checked against a bitmap on random spans.
func TestUnionLen(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		n := rng.IntN(6)
		var ss []span
		var bits [80]bool
		for range n {
			lo := rng.IntN(60)
			hi := lo + rng.IntN(10) - 2
			ss = append(ss, span{lo, hi})
			for i := lo; i < hi; i++ {
				bits[i] = true
			}
		}
		want := 0
		for _, b := range bits {
			if b {
				want++
			}
		}
		in := append([]span(nil), ss...)
		if got := unionLen(ss); got != want {
			t.Fatalf("unionLen(%v) = %d; want %d", in, got, want)
		}
	}
}

func TestEvaluatorRejectsNegative(t *testing.T) {
	var e Evaluator
	if err := e.Add("s", "r", []Passage{pp(-1, 5, 0, 5)}, nil); err == nil {
		t.Error("Add(negative case) = nil; want error")
	}
	if err := e.Add("s", "r", nil, []Passage{pp(0, 5, 0, -5)}); err == nil {
		t.Error("Add(negative detection) = nil; want error")
	}
	if m := e.Measures(); m.Cases != 0 || m.Detections != 0 {
		t.Errorf("after rejected Adds, Measures() = %+v; want nothing added", m)
	}
}
