package counter

import (
	"maps"
	"math"
	"testing"

	"github.com/reprint/reprint/engine"
)

// corpusDir is the development half of COUNTER, read in place.
const corpusDir = "../../../shared/corpora/counter-dev"

func engineOptions() engine.Options { return engine.Options{} }

func TestOpen(t *testing.T) {
	c, err := Open(t.Context(), "testdata/mini")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Pairs) != 2 {
		t.Fatalf("Open(testdata/mini) = %d pairs; want 2", len(c.Pairs))
	}
	p := c.Pairs[0]
	if p.ID != "0001" || p.Label != WD || p.Domain != "national" {
		t.Errorf("pair 0 = %s %v %s; want 0001 WD national", p.ID, p.Label, p.Domain)
	}
	if p.SourceMeta != (Meta{Outlet: "APP", Date: "2015-02-03"}) || p.DerivedMeta != (Meta{Outlet: "daily_example", Date: "2015-02-04"}) {
		t.Errorf("pair 0 meta = %+v, %+v", p.SourceMeta, p.DerivedMeta)
	}
	if want := "نئی سڑک کا افتتاح\n\nلاہور (نمائندہ) وزیر اعلیٰ نے شہر میں نئی سڑک کا افتتاح کیا۔ سڑک بارہ کلومیٹر لمبی ہے۔\n"; p.Derived != want {
		t.Errorf("pair 0 derived text = %q; want %q", p.Derived, want)
	}
	if q := c.Pairs[1]; q.Label != ND || q.DerivedMeta.Date != "" {
		t.Errorf("pair 1 = %v, date %q; want ND with no date (newsdate does not parse)", q.Label, q.DerivedMeta.Date)
	}
	if _, err := Open(t.Context(), t.TempDir()); err == nil {
		t.Errorf("Open(empty folder) succeeded")
	}
}

func TestMeasure(t *testing.T) {
	// Four WD (three right, one read PD), two PD (right), two ND (one
	// right, one read PD).
	ps := []Prediction{
		{Label: WD, Predicted: WD}, {Label: WD, Predicted: WD}, {Label: WD, Predicted: WD}, {Label: WD, Predicted: PD},
		{Label: PD, Predicted: PD}, {Label: PD, Predicted: PD},
		{Label: ND, Predicted: ND}, {Label: ND, Predicted: PD},
	}
	r := Measure("test", ps)
	f1 := func(p, r float64) float64 { return 2 * p * r / (p + r) }
	want := map[string]Score{
		"WD": {Precision: 1, Recall: 3.0 / 4, F1: f1(1, 3.0/4), Support: 4, Predicted: 3},
		"PD": {Precision: 2.0 / 4, Recall: 1, F1: f1(2.0/4, 1), Support: 2, Predicted: 4},
		"ND": {Precision: 1, Recall: 1.0 / 2, F1: f1(1, 1.0/2), Support: 2, Predicted: 1},
	}
	for c, w := range want {
		g := r.Classes[c]
		if g.Support != w.Support || g.Predicted != w.Predicted || math.Abs(g.Precision-w.Precision) > 1e-12 ||
			math.Abs(g.Recall-w.Recall) > 1e-12 || math.Abs(g.F1-w.F1) > 1e-12 {
			t.Errorf("class %s = %+v; want %+v", c, g, w)
		}
	}
	macro := (want["WD"].F1 + want["PD"].F1 + want["ND"].F1) / 3
	if math.Abs(r.MacroF1-macro) > 1e-12 || r.Accuracy != 6.0/8 || r.Accuracy2 != 7.0/8 {
		t.Errorf("macro-F1 %v accuracy %v 2-class %v; want %v, %v, %v", r.MacroF1, r.Accuracy, r.Accuracy2, macro, 6.0/8, 7.0/8)
	}
	if r.Confusion["WD"]["PD"] != 1 || r.Confusion["ND"]["PD"] != 1 || r.Confusion["PD"]["PD"] != 2 {
		t.Errorf("confusion = %v", r.Confusion)
	}
	if r.Sources["unknown"] != 8 {
		t.Errorf("sources = %v; want 8 unknown", r.Sources)
	}
	if c := r.Credits["WD"]; c["none"] != 4 || c["credited"] != 0 {
		t.Errorf("credits = %v; want WD none 4", r.Credits)
	}
	ps[0].Credit, ps[1].Credit, ps[6].Credit = "credited", "not-credited", "credited"
	r = Measure("test", ps)
	want2 := map[string]map[string]int{
		"WD": {"credited": 1, "not-credited": 1, "none": 2},
		"PD": {"credited": 0, "not-credited": 0, "none": 2},
		"ND": {"credited": 1, "not-credited": 0, "none": 1},
	}
	for c, w := range want2 {
		if !maps.Equal(r.Credits[c], w) {
			t.Errorf("credits[%s] = %v; want %v", c, r.Credits[c], w)
		}
	}
}

// TestCounterDev holds the figures on COUNTER's development half: a
// pair's class read from its extent (whole → WD, part → PD, none or no
// pair → ND) keeps 3-class macro-F1 and 2-class accuracy at issue 12's
// bars, 0.70 and 0.85 (reached in session 27 by judge.RetoldMin: 255 of
// the 300 pairs, so one pair fewer right fails the test).
func TestCounterDev(t *testing.T) {
	if testing.Short() {
		t.Skip("scans COUNTER's development half")
	}
	c, err := Open(t.Context(), corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	run, err := Evaluate(t.Context(), c, engineOptions())
	if err != nil {
		t.Fatal(err)
	}
	r := run.Predict(ByExtent)
	t.Logf("macro-F1 %.3f accuracy %.3f 2-class %.3f", r.MacroF1, r.Accuracy, r.Accuracy2)
	if r.MacroF1 < 0.70 || r.Accuracy2 < 0.85 {
		t.Errorf("macro-F1 %.3f, 2-class accuracy %.3f; want at least 0.70 and 0.85", r.MacroF1, r.Accuracy2)
	}
}
