package clough

import (
	"fmt"
	"slices"
	"strings"
)

// Model predicts an answer's category from its features.
type Model interface {
	Predict(f Features) Category
	// String describes the fitted parameters, for the report.
	String() string
}

// BinaryModel is a Model with a 2-class decision of its own, fitted for
// 2-class accuracy rather than derived from the 4-class prediction.
type BinaryModel interface {
	Model
	// Reused reports whether the answer is predicted cut, light or heavy.
	Reused(f Features) bool
}

// Fitter fits a Model on training samples. LeaveOneTaskOut calls it once
// per fold with the samples of the four training tasks only.
type Fitter interface {
	Fit(train []Sample) (Model, error)
}

// FitterFunc adapts a function to Fitter.
type FitterFunc func(train []Sample) (Model, error)

// Fit calls f.
func (f FitterFunc) Fit(train []Sample) (Model, error) { return f(train) }

// Fold is one round of leave-one-task-out: the held-out task, the number
// of training and test samples, and the fitted model.
type Fold struct {
	Task  string `json:"task"`
	Train int    `json:"train"`
	Test  int    `json:"test"`
	Model string `json:"model"` // Model.String()
	// Correct4 and Correct2 count the test answers right in 4 classes and
	// in 2 classes (collapsed from the 4-class prediction).
	Correct4 int `json:"correct4"`
	Correct2 int `json:"correct2"`
}

// Prediction is the leave-one-task-out outcome for one answer: the
// prediction of the model fitted without the answer's task.
type Prediction struct {
	File      string   `json:"file"`
	Task      string   `json:"task"`
	Truth     Category `json:"truth"`
	Predicted Category `json:"predicted"`
	// Reused is the model's own 2-class decision when it is a
	// BinaryModel, else Predicted.Reused().
	Reused   bool     `json:"reused"`
	Features Features `json:"features"`
}

// LeaveOneTaskOut cross-validates fit by task: for each task in order a–e
// it fits on the samples of the other four tasks and predicts the held-out
// task's samples. No answer to the held-out question, and so nothing about
// its source, is seen in fitting: the questions differ in topic and in how
// much of their source the answers reuse, so this is the honest estimate
// of how the classifier does on a new question. Samples of a task that no
// sample holds are skipped. The report's name is left empty.
func LeaveOneTaskOut(samples []Sample, fit Fitter) (*Report, error) {
	r := newReport()
	binary := true
	for _, task := range tasks {
		var train, test []Sample
		for _, s := range samples {
			if s.Task == task {
				test = append(test, s)
			} else {
				train = append(train, s)
			}
		}
		if len(test) == 0 {
			continue
		}
		m, err := fit.Fit(train)
		if err != nil {
			return nil, fmt.Errorf("fitting without task %s: %w", task, err)
		}
		bm, isBinary := m.(BinaryModel)
		binary = binary && isBinary
		fold := Fold{Task: task, Train: len(train), Test: len(test), Model: m.String()}
		for _, s := range test {
			p := Prediction{File: s.File, Task: s.Task, Truth: s.Category, Features: s.Features}
			p.Predicted = m.Predict(s.Features)
			p.Reused = p.Predicted.Reused()
			if isBinary {
				p.Reused = bm.Reused(s.Features)
			}
			if p.Predicted == p.Truth {
				fold.Correct4++
			}
			if p.Predicted.Reused() == p.Truth.Reused() {
				fold.Correct2++
			}
			r.PerAnswer = append(r.PerAnswer, p)
		}
		r.Folds = append(r.Folds, fold)
	}
	r.finish(binary)
	return r, nil
}

// Report is the outcome of a leave-one-task-out run.
type Report struct {
	// Name says which features and model were cross-validated.
	Name string `json:"name,omitempty"`
	// Answers is the number of answers predicted.
	Answers int `json:"answers"`
	// Accuracy4 is the share of answers whose 4-class prediction is right.
	Accuracy4 float64 `json:"accuracy4"`
	// Accuracy2 is the 2-class accuracy (cut|light|heavy against non) of
	// the same 4-class predictions, collapsed.
	Accuracy2 float64 `json:"accuracy2"`
	// Accuracy2Binary is the 2-class accuracy of the models' own binary
	// decisions (BinaryModel.Reused: a threshold fitted for 2 classes),
	// when every fold's model has one; nil otherwise.
	Accuracy2Binary *float64 `json:"accuracy2_binary,omitempty"`
	// Confusion counts answers by true category (outer key) and predicted
	// category (inner key), with every category present in both.
	Confusion map[string]map[string]int `json:"confusion"`
	Folds     []Fold                    `json:"folds"`
	PerAnswer []Prediction              `json:"per_answer"`
}

func newReport() *Report {
	r := &Report{Confusion: make(map[string]map[string]int)}
	for _, t := range categories {
		r.Confusion[t.String()] = make(map[string]int)
		for _, p := range categories {
			r.Confusion[t.String()][p.String()] = 0
		}
	}
	return r
}

func (r *Report) finish(binary bool) {
	r.Answers = len(r.PerAnswer)
	if r.Answers == 0 {
		return
	}
	c4, c2, cb := 0, 0, 0
	for _, p := range r.PerAnswer {
		r.Confusion[p.Truth.String()][p.Predicted.String()]++
		if p.Predicted == p.Truth {
			c4++
		}
		if p.Predicted.Reused() == p.Truth.Reused() {
			c2++
		}
		if p.Reused == p.Truth.Reused() {
			cb++
		}
	}
	n := float64(r.Answers)
	r.Accuracy4, r.Accuracy2 = float64(c4)/n, float64(c2)/n
	if binary {
		a := float64(cb) / n
		r.Accuracy2Binary = &a
	}
	slices.SortStableFunc(r.PerAnswer, func(x, y Prediction) int { return strings.Compare(x.File, y.File) })
}
