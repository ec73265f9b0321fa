package clough

import (
	"encoding/json"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/reprint/reprint/analysis"
)

var inf = math.Inf(1)

// TestFitCuts works small cases by hand. Thresholds sit at the midpoint of
// the gap between neighbouring scores.
func TestFitCuts(t *testing.T) {
	tests := []struct {
		name    string
		scores  []float64
		cats    []Category
		want    Cuts
		correct int
	}{
		{
			name:   "separable",
			scores: []float64{0.1, 0.2, 0.4, 0.5, 0.6, 0.9},
			cats:   []Category{Non, Non, Heavy, Heavy, Light, Cut},
			// gaps: non|heavy (0.2,0.4) → 0.3; heavy|light (0.5,0.6) → 0.55; light|cut (0.6,0.9) → 0.75
			want: Cuts{0.3, 0.55, 0.75}, correct: 6,
		},
		{
			name:   "unsorted input",
			scores: []float64{0.9, 0.5, 0.1, 0.6, 0.2, 0.4},
			cats:   []Category{Cut, Heavy, Non, Light, Non, Heavy},
			want:   Cuts{0.3, 0.55, 0.75}, correct: 6,
		},
		{
			// One light answer scores below a heavy one, so one of the
			// two is wrong; 4 of 5 right either way. Ties go to the
			// widest gaps: heavy|light in (0.3,0.7), not (0.2,0.3).
			name:   "noise, widest gap",
			scores: []float64{0.0, 0.2, 0.3, 0.7, 1.0},
			cats:   []Category{Non, Light, Heavy, Light, Cut},
			want:   Cuts{0.1, 0.5, 0.85}, correct: 4,
		},
		{
			// Equal scores cannot be split: the two 0.5s go together.
			name:   "ties",
			scores: []float64{0.5, 0.5, 0.9},
			cats:   []Category{Non, Heavy, Cut},
			// Non|Heavy both at 0.5: one must be wrong. Best: 2 right.
			// Candidates with 2 right: non at 0.5 (cuts 0.7 …) or heavy;
			// the widest gaps are (0.5,0.9) for every cut that can use it.
			want: Cuts{0.7, 0.7, 0.7}, correct: 2,
		},
		{
			name:   "no cut answers: top class empty",
			scores: []float64{0.1, 0.5, 0.9},
			cats:   []Category{Non, Heavy, Light},
			want:   Cuts{0.3, 0.7, inf}, correct: 3,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, n := FitCuts(tt.scores, tt.cats)
			if !near(got, tt.want) || n != tt.correct {
				t.Errorf("FitCuts = %v, %d; want %v, %d", got, n, tt.want, tt.correct)
			}
		})
	}
}

func near(a, b Cuts) bool {
	for i := range a {
		if a[i] != b[i] && math.Abs(a[i]-b[i]) > 1e-12 {
			return false
		}
	}
	return true
}

// TestFitCutsExhaustive checks FitCuts' accuracy against brute force over
// every choice of three thresholds among all midpoints, on small random
// inputs with ties.
func TestFitCutsExhaustive(t *testing.T) {
	seed := uint64(1)
	rnd := func(n int) int {
		seed = seed*6364136223846793005 + 1442695040888963407
		return int(seed>>33) % n
	}
	for trial := range 300 {
		n := 1 + trial%9
		scores := make([]float64, n)
		cats := make([]Category, n)
		for i := range scores {
			scores[i] = float64(rnd(6)) / 5
			cats[i] = Category(1 + rnd(4))
		}
		_, got := FitCuts(scores, cats)
		cand := []float64{math.Inf(-1), inf}
		for _, a := range scores {
			for _, b := range scores {
				cand = append(cand, (a+b)/2)
			}
		}
		best := 0
		for _, x := range cand {
			for _, y := range cand {
				for _, z := range cand {
					if x > y || y > z {
						continue
					}
					right := 0
					for i, s := range scores {
						if (Cuts{x, y, z}).Classify(s) == cats[i] {
							right++
						}
					}
					best = max(best, right)
				}
			}
		}
		if got != best {
			t.Fatalf("FitCuts(%v, %v) gets %d right; brute force %d", scores, cats, got, best)
		}
	}
}

func TestFitBinary(t *testing.T) {
	tests := []struct {
		scores  []float64
		cats    []Category
		want    float64
		correct int
	}{
		{[]float64{0.1, 0.2, 0.6, 0.8}, []Category{Non, Non, Heavy, Cut}, 0.4, 4},
		// One heavy below a non: gap (0.3,0.6) is wider than (0.1,0.3).
		{[]float64{0.1, 0.3, 0.6, 0.8}, []Category{Heavy, Non, Light, Cut}, 0.45, 3},
		{[]float64{0.1, 0.2}, []Category{Non, Non}, inf, 2},
		{[]float64{0.1, 0.2}, []Category{Cut, Light}, math.Inf(-1), 2},
		{nil, nil, math.Inf(-1), 0},
	}
	for _, tt := range tests {
		got, n := FitBinary(tt.scores, tt.cats)
		if (got != tt.want && math.Abs(got-tt.want) > 1e-12) || n != tt.correct {
			t.Errorf("FitBinary(%v, %v) = %v, %d; want %v, %d", tt.scores, tt.cats, got, n, tt.want, tt.correct)
		}
	}
}

func TestCutsClassify(t *testing.T) {
	c := Cuts{0.3, 0.55, 0.75}
	tests := []struct {
		s    float64
		want Category
	}{{0, Non}, {0.29, Non}, {0.3, Heavy}, {0.55, Light}, {0.75, Cut}, {1, Cut}}
	for _, tt := range tests {
		if got := c.Classify(tt.s); got != tt.want {
			t.Errorf("%v.Classify(%v) = %v; want %v", c, tt.s, got, tt.want)
		}
	}
}

// spyModel remembers the tasks it was trained on; the synthetic samples
// carry their task index in feature 0, so Predict can tell whether it is
// asked about a task it saw.
type spyModel struct {
	seen map[float64]bool
	t    *testing.T
}

func (m *spyModel) Predict(f Features) Category {
	if m.seen[f[0]] {
		m.t.Errorf("model trained on task %v predicts an answer of that task", f[0])
	}
	return Non
}

func (m *spyModel) String() string { return "spy" }

// TestLeaveOneTaskOutHoldsOut checks that each fold trains on the other
// four tasks only and predicts exactly the held-out task.
func TestLeaveOneTaskOutHoldsOut(t *testing.T) {
	var samples []Sample
	for i, task := range Tasks() {
		for k := range 3 + i {
			var f Features
			f[0] = float64(i)
			samples = append(samples, Sample{File: task + string(rune('0'+k)), Task: task, Category: Category(1 + k%4), Features: f})
		}
	}
	var folds [][]string
	fit := FitterFunc(func(train []Sample) (Model, error) {
		m := &spyModel{seen: map[float64]bool{}, t: t}
		var tasks []string
		for _, s := range train {
			m.seen[s.Features[0]] = true
			if !slices.Contains(tasks, s.Task) {
				tasks = append(tasks, s.Task)
			}
		}
		slices.Sort(tasks)
		folds = append(folds, tasks)
		return m, nil
	})
	r, err := LeaveOneTaskOut(samples, fit)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"b", "c", "d", "e"}, {"a", "c", "d", "e"}, {"a", "b", "d", "e"}, {"a", "b", "c", "e"}, {"a", "b", "c", "d"}}
	if !slices.EqualFunc(folds, want, slices.Equal) {
		t.Errorf("training tasks per fold = %v; want %v", folds, want)
	}
	if r.Answers != len(samples) || len(r.Folds) != 5 {
		t.Fatalf("report: %d answers, %d folds; want %d, 5", r.Answers, len(r.Folds), len(samples))
	}
	for i, f := range r.Folds {
		if f.Task != Tasks()[i] || f.Test != 3+i || f.Train != len(samples)-f.Test {
			t.Errorf("fold %d = %+v", i, f)
		}
	}
	// Everything predicted non: the non samples are right.
	nonCount := 0
	for _, s := range samples {
		if s.Category == Non {
			nonCount++
		}
	}
	if got := r.Confusion["non"]["non"]; got != nonCount {
		t.Errorf("confusion non/non = %d; want %d", got, nonCount)
	}
	if r.Accuracy2Binary != nil {
		t.Errorf("Accuracy2Binary set for a model without a binary decision")
	}
}

// TestCascadeHand fits a cascade on separable synthetic data, checking
// the level structure: each level is fitted on the categories below it.
func TestCascadeHand(t *testing.T) {
	mk := func(c Category, run3, run32 float64) Sample {
		var f Features
		f[Run3], f[Run32] = run3, run32
		return Sample{Category: c, Features: f}
	}
	train := []Sample{
		mk(Non, 0.0, 0), mk(Non, 0.1, 0),
		mk(Heavy, 0.3, 0), mk(Heavy, 0.4, 0.1),
		mk(Light, 0.7, 0.1), mk(Light, 0.8, 0),
		mk(Cut, 0.5, 0.9), mk(Cut, 1.0, 1.0),
	}
	m, err := Cascade(CascadeFeatures{Reuse: []Feature{Run3}, Cut: []Feature{Run32}, Light: []Feature{Run3}}).Fit(train)
	if err != nil {
		t.Fatal(err)
	}
	want := &CascadeModel{
		Reuse: Split{Run3, 0.2, 8},  // (0.1, 0.3)
		Cut:   Split{Run32, 0.5, 6}, // (0.1, 0.9) among the 6 reused
		Light: Split{Run3, 0.55, 4}, // (0.4, 0.7) among heavy and light
	}
	got := m.(*CascadeModel)
	if *got != *want {
		t.Errorf("Cascade = %v; want %v", got, want)
	}
	for _, s := range train {
		if p := got.Predict(s.Features); p != s.Category {
			t.Errorf("Predict(%v) = %v; want %v", s.Features, p, s.Category)
		}
	}
}

func TestContainment(t *testing.T) {
	h := func(s string) []uint64 {
		var out []uint64
		for _, tok := range analysis.Tokenize(s) {
			out = append(out, tok.Hash)
		}
		return out
	}
	src := h("the cat sat on the mat")
	tests := []struct {
		a    string
		n    int
		want float64
	}{
		{"the cat sat", 1, 1},
		{"the cat sat", 2, 1},
		{"the dog sat", 1, 2.0 / 3},
		{"the dog sat", 2, 0},              // "the dog", "dog sat"
		{"on the mat the cat", 2, 3.0 / 4}, // "mat the" is new; order of the other grams does not matter
		{"the the the", 1, 1},              // distinct grams: {the}
		{"cat", 2, 0},                      // too short
		{"mat on the", 2, 1.0 / 2},         // "on the" yes, "mat on" no
	}
	for _, tt := range tests {
		if got := Containment(h(tt.a), src, tt.n); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("Containment(%q, n=%d) = %v; want %v", tt.a, tt.n, got, tt.want)
		}
	}
}

// TestLCSAndRuns checks lcsLen and longestRuns against direct
// definitions on small random sequences over a tiny alphabet.
func TestLCSAndRuns(t *testing.T) {
	seed := uint64(7)
	rnd := func(n int) uint64 {
		seed = seed*6364136223846793005 + 1442695040888963407
		return (seed >> 33) % uint64(n)
	}
	var slowLCS func(a, b []uint64) int
	slowLCS = func(a, b []uint64) int {
		if len(a) == 0 || len(b) == 0 {
			return 0
		}
		if a[0] == b[0] {
			return 1 + slowLCS(a[1:], b[1:])
		}
		return max(slowLCS(a[1:], b), slowLCS(a, b[1:]))
	}
	var row, runs []int32
	for range 200 {
		a, b := make([]uint64, rnd(8)), make([]uint64, rnd(8))
		for i := range a {
			a[i] = rnd(3)
		}
		for i := range b {
			b[i] = rnd(3)
		}
		var got int
		got, row = lcsLen(a, b, row)
		if want := slowLCS(a, b); got != want {
			t.Fatalf("lcsLen(%v, %v) = %d; want %d", a, b, got, want)
		}
		runs, row = longestRuns(a, b, runs, row)
		for i := range a {
			want := 0
			for j := range b {
				k := 0
				for i+k < len(a) && j+k < len(b) && a[i+k] == b[j+k] {
					k++
				}
				want = max(want, k)
			}
			if int(runs[i]) != want {
				t.Fatalf("longestRuns(%v, %v)[%d] = %d; want %d", a, b, i, runs[i], want)
			}
		}
	}
}

func TestRunCoverage(t *testing.T) {
	tests := []struct {
		runs []int32
		k    int
		want float64
	}{
		{[]int32{3, 2, 1, 0}, 3, 3.0 / 4},
		{[]int32{3, 2, 1, 0}, 4, 0},
		{[]int32{1, 4, 3, 2, 1, 0}, 2, 4.0 / 6}, // positions 1–4
		{[]int32{2, 1, 2, 1}, 2, 1},
		{nil, 1, 0},
	}
	for _, tt := range tests {
		if got := RunCoverage(tt.runs, tt.k); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("RunCoverage(%v, %d) = %v; want %v", tt.runs, tt.k, got, tt.want)
		}
	}
}

// TestReportJSON checks the JSON shape the lead consumes.
func TestReportJSON(t *testing.T) {
	samples := []Sample{
		{File: "x", Task: "a", Category: Cut}, {File: "y", Task: "b", Category: Non},
	}
	r, err := LeaveOneTaskOut(samples, Thresholds(Single(Run3)))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Accuracy4, Accuracy2 *float64
		Answers              int
		Confusion            map[string]map[string]int
		PerAnswer            []map[string]any `json:"per_answer"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if got.Accuracy4 == nil || got.Accuracy2 == nil || got.Answers != 2 || len(got.Confusion) != 4 || len(got.Confusion["cut"]) != 4 {
		t.Errorf("JSON = %s", b)
	}
	if f, ok := got.PerAnswer[0]["features"].(map[string]any); !ok || f["run3"] == nil {
		t.Errorf("per_answer features not keyed by name: %s", b)
	}
	if !strings.Contains(string(b), `"truth":"cut"`) {
		t.Errorf("categories not written by name: %s", b)
	}
}
