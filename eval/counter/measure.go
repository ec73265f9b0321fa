package counter

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
)

// Score is one class's precision, recall and F1 over the pairs.
type Score struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Support   int     `json:"support"`   // pairs with this label
	Predicted int     `json:"predicted"` // pairs given this class
}

// Prediction is one pair's label and what reprint made of it.
type Prediction struct {
	ID        string `json:"id"`
	Label     Class  `json:"label"`
	Predicted Class  `json:"predicted"`
	// Relation and Extent are the engine's, "" when it reported no pair.
	Relation string `json:"relation"`
	Extent   string `json:"extent"`
	// Source is which story the engine named the source: "agency",
	// "newspaper", or "" when it named none or found no pair.
	Source string `json:"source"`
	// Credit is the engine's credit verdict on the story it reads as
	// derived ("credited", "not-credited"), "" when it named no source;
	// CreditName the name that story credits, as written (the source's
	// publisher when credited, another's or "" when not).
	Credit     string `json:"credit,omitempty"`
	CreditName string `json:"credit_name,omitempty"`
	// Coverage is the share of the newspaper story's words inside the
	// pair's passages; Verbatim the share inside verbatim ones.
	Coverage float64 `json:"coverage"`
	Verbatim float64 `json:"verbatim"`
}

// Report is the outcome of an evaluation.
type Report struct {
	// Name says how predictions were made ("extent", "relation").
	Name  string `json:"name"`
	Pairs int    `json:"pairs"`
	// Accuracy is the 3-class accuracy; MacroF1 the mean of the three
	// classes' F1; Accuracy2 the 2-class (derived or not) accuracy.
	Accuracy  float64          `json:"accuracy"`
	MacroF1   float64          `json:"macro_f1"`
	Accuracy2 float64          `json:"accuracy2"`
	Classes   map[string]Score `json:"classes"`
	// Confusion counts pairs by label (outer key) and prediction (inner).
	Confusion map[string]map[string]int `json:"confusion"`
	// Sources counts the pairs by the source the engine named: agency
	// (right), newspaper (reversed) or unknown (none named, or no pair).
	Sources map[string]int `json:"sources"`
	// Credits counts the pairs by label (outer key) and the engine's
	// credit verdict on the story it read as derived (inner: credited,
	// not-credited, or none when it named no source).
	Credits     map[string]map[string]int `json:"credits"`
	Predictions []Prediction              `json:"predictions"`
}

// Measure computes the report of the predictions ps.
func Measure(name string, ps []Prediction) *Report {
	r := &Report{Name: name, Pairs: len(ps), Predictions: ps,
		Classes: map[string]Score{}, Confusion: map[string]map[string]int{},
		Sources: map[string]int{"agency": 0, "newspaper": 0, "unknown": 0}, Credits: map[string]map[string]int{}}
	for _, c := range Classes() {
		r.Credits[c.String()] = map[string]int{"credited": 0, "not-credited": 0, "none": 0}
	}
	var conf [3][3]int
	right, right2 := 0, 0
	for _, p := range ps {
		if p.Source == "" {
			r.Sources["unknown"]++
		} else {
			r.Sources[p.Source]++
		}
		conf[p.Label][p.Predicted]++
		if row := r.Credits[p.Label.String()]; row != nil {
			row[cmp.Or(p.Credit, "none")]++
		}
		if p.Label == p.Predicted {
			right++
		}
		if p.Label.Derived() == p.Predicted.Derived() {
			right2++
		}
	}
	for _, t := range Classes() {
		row := map[string]int{}
		for _, q := range Classes() {
			row[q.String()] = conf[t][q]
		}
		r.Confusion[t.String()] = row
	}
	sumF1 := 0.0
	for _, c := range Classes() {
		s := Score{}
		for k := range 3 {
			s.Support += conf[c][k]
			s.Predicted += conf[k][c]
		}
		tp := conf[c][c]
		if s.Predicted > 0 {
			s.Precision = float64(tp) / float64(s.Predicted)
		}
		if s.Support > 0 {
			s.Recall = float64(tp) / float64(s.Support)
		}
		if s.Precision+s.Recall > 0 {
			s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
		}
		sumF1 += s.F1
		r.Classes[c.String()] = s
	}
	if n := len(ps); n > 0 {
		r.Accuracy = float64(right) / float64(n)
		r.Accuracy2 = float64(right2) / float64(n)
		r.MacroF1 = sumF1 / 3
	}
	return r
}

// WriteText writes r as a readable table: the per-class scores, macro-F1,
// accuracies, the confusion matrix (rows labels, columns predictions), the
// sources named and the credit verdicts by label.
func (r *Report) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "COUNTER text reuse, %d pairs, classes from %s\n", r.Pairs, r.Name)
	fmt.Fprintf(bw, "macro-F1 %.3f   accuracy %.3f   2-class accuracy (derived vs not) %.3f\n\n", r.MacroF1, r.Accuracy, r.Accuracy2)
	fmt.Fprintf(bw, "%-6s %9s %7s %6s %8s %10s\n", "class", "precision", "recall", "F1", "support", "predicted")
	for _, c := range Classes() {
		s := r.Classes[c.String()]
		fmt.Fprintf(bw, "%-6s %9.3f %7.3f %6.3f %8d %10d\n", c, s.Precision, s.Recall, s.F1, s.Support, s.Predicted)
	}
	fmt.Fprintln(bw)
	fmt.Fprintf(bw, "%-12s", "label\\pred")
	for _, c := range Classes() {
		fmt.Fprintf(bw, "%6s", c)
	}
	fmt.Fprintln(bw)
	for _, t := range Classes() {
		fmt.Fprintf(bw, "%-12s", t)
		for _, c := range Classes() {
			fmt.Fprintf(bw, "%6d", r.Confusion[t.String()][c.String()])
		}
		fmt.Fprintln(bw)
	}
	fmt.Fprintf(bw, "\nsource named: agency %d, newspaper %d, unknown %d\n", r.Sources["agency"], r.Sources["newspaper"], r.Sources["unknown"])
	fmt.Fprintf(bw, "\n%-12s%10s%14s%6s\n", "label\\credit", "credited", "not-credited", "none")
	for _, t := range Classes() {
		row := r.Credits[t.String()]
		fmt.Fprintf(bw, "%-12s%10d%14d%6d\n", t, row["credited"], row["not-credited"], row["none"])
	}
	return bw.Flush()
}
