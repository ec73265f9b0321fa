package clough

import (
	"bufio"
	"context"
	"fmt"
	"io"
)

// Evaluate computes the features of every answer of c with ex and
// cross-validates fit on them by LeaveOneTaskOut. The report is named
// name.
func Evaluate(ctx context.Context, c *Corpus, ex Extractor, fit Fitter, name string) (*Report, error) {
	samples, err := c.Samples(ctx, ex)
	if err != nil {
		return nil, err
	}
	r, err := LeaveOneTaskOut(samples, fit)
	if err != nil {
		return nil, err
	}
	r.Name = name
	return r, nil
}

// WriteText writes r as a readable table: the accuracies, the confusion
// matrix (rows truth, columns predicted), one line per fold with its
// fitted model, and the answers predicted wrongly.
func (r *Report) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	title := "Clough–Stevenson short answers, leave-one-task-out"
	if r.Name != "" {
		title += ": " + r.Name
	}
	fmt.Fprintln(bw, title)
	fmt.Fprintf(bw, "answers %d   4-class accuracy %.3f   2-class accuracy %.3f", r.Answers, r.Accuracy4, r.Accuracy2)
	if r.Accuracy2Binary != nil && *r.Accuracy2Binary != r.Accuracy2 {
		fmt.Fprintf(bw, " (own binary threshold %.3f)", *r.Accuracy2Binary)
	}
	fmt.Fprintln(bw)
	fmt.Fprintln(bw)
	fmt.Fprintf(bw, "%-12s", "truth\\pred")
	for _, p := range categories {
		fmt.Fprintf(bw, "%6s", p)
	}
	fmt.Fprintf(bw, "%8s\n", "recall")
	for _, t := range categories {
		fmt.Fprintf(bw, "%-12s", t)
		row, n := r.Confusion[t.String()], 0
		for _, p := range categories {
			fmt.Fprintf(bw, "%6d", row[p.String()])
			n += row[p.String()]
		}
		if n > 0 {
			fmt.Fprintf(bw, "%8.3f", float64(row[t.String()])/float64(n))
		}
		fmt.Fprintln(bw)
	}
	fmt.Fprintln(bw)
	fmt.Fprintf(bw, "%-5s %5s %5s %8s %8s  %s\n", "fold", "train", "test", "4-class", "2-class", "model")
	for _, f := range r.Folds {
		fmt.Fprintf(bw, "%-5s %5d %5d %5d/%-2d %5d/%-2d  %s\n", f.Task, f.Train, f.Test, f.Correct4, f.Test, f.Correct2, f.Test, f.Model)
	}
	wrong := 0
	for _, p := range r.PerAnswer {
		if p.Predicted != p.Truth {
			if wrong == 0 {
				fmt.Fprintln(bw)
				fmt.Fprintln(bw, "wrong:")
			}
			wrong++
			fmt.Fprintf(bw, "  %-16s %-5s predicted %s\n", p.File, p.Truth, p.Predicted)
		}
	}
	return bw.Flush()
}
