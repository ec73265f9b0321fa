package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"text/tabwriter"

	"github.com/reprint/reprint/clough"
	"github.com/reprint/reprint/ingest"
	"github.com/reprint/reprint/report"
	"github.com/spf13/cobra"
)

// Outcomes of one derived answer in the direction evaluation.
const (
	dirRight     = "right"     // the answer's pair names its source text as the source
	dirReversed  = "reversed"  // the answer is named the source
	dirUnknown   = "unknown"   // related, no source named
	dirCommon    = "common"    // related, read as two versions of an unseen source
	dirUnrelated = "unrelated" // no reuse found (no pair, or same-story)
)

var dirOutcomes = []string{dirRight, dirReversed, dirUnknown, dirCommon, dirUnrelated}

// directionPath is the direction evaluation through one command.
type directionPath struct {
	Path    string `json:"path"` // "scan" or "compare"
	Answers int    `json:"answers"`
	// Outcomes counts the answers by outcome, per category and in all.
	Outcomes map[string]map[string]int `json:"outcomes"`
	Accuracy float64                   `json:"accuracy"` // right / answers
	// Misses lists every answer not right, with its outcome.
	Misses []directionMiss `json:"misses"`
}

type directionMiss struct {
	File     string `json:"file"`
	Category string `json:"category"`
	Outcome  string `json:"outcome"`
}

type directionReport struct {
	Corpus string          `json:"corpus"`
	Paths  []directionPath `json:"paths"`
}

func (m *Main) evalDirectionCommand() *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "direction DIR",
		Short: "Clough–Stevenson: how often the source of each derived answer is named right",
		Long: `eval direction reads the Corpus of Plagiarised Short Answers (DIR holds
file_list.csv and corpus-20090418) and checks, for each derived answer (cut,
light, heavy), whether reprint names its Wikipedia text as the source, two ways:

  scan     reprint scan of the 100 texts together: the product path, where the
           other versions of each story can witness which wording is the
           source's;
  compare  reprint compare ANSWER SOURCE for each answer alone: date,
           containment, credit, quotation and detail signals only.

Outcomes: right (the source text named), reversed (the answer named), unknown,
common (read as two versions of an unseen source), unrelated (no reuse found).`,
		Args: minArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			rep, err := m.evalDirection(c.Context(), args[0])
			if err != nil {
				return err
			}
			if asJSON {
				return m.printJSON(rep)
			}
			return rep.writeText(m.Stdout)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	return c
}

func (m *Main) evalDirection(ctx context.Context, dir string) (*directionReport, error) {
	corpus, err := clough.Open(ctx, dir)
	if err != nil {
		return nil, err
	}
	texts := filepath.Join(dir, clough.TextDir)
	var derived []clough.Answer
	for _, a := range corpus.Answers {
		if a.Category.Reused() {
			derived = append(derived, a)
		}
	}
	sourceOf := func(a clough.Answer) string { return "orig_task" + a.Task + ".txt" }
	rep := &directionReport{Corpus: dir}

	// Scan: all texts at once.
	res, err := m.scan(ctx, ingest.Options{}, []string{texts})
	if err != nil {
		return nil, err
	}
	model, err := judgePairs(ctx, res)
	if err != nil {
		return nil, err
	}
	scanPath := newDirectionPath("scan")
	for _, a := range derived {
		scanPath.add(a, outcome(model, a.File, sourceOf(a)))
	}
	rep.Paths = append(rep.Paths, scanPath.done())

	// Compare: each answer with its source alone.
	cmpPath := newDirectionPath("compare")
	for _, a := range derived {
		model, err := m.compare(ctx, ingest.Options{}, filepath.Join(texts, a.File), filepath.Join(texts, sourceOf(a)))
		if err != nil {
			return nil, err
		}
		cmpPath.add(a, outcome(model, a.File, sourceOf(a)))
	}
	rep.Paths = append(rep.Paths, cmpPath.done())
	return rep, nil
}

// outcome reads the pair of answer and source from a scan model.
func outcome(model *report.Scan, answer, source string) string {
	for _, p := range model.Pairs {
		if !(p.A == answer && p.B == source || p.A == source && p.B == answer) {
			continue
		}
		switch {
		case p.Relation == "same-story" || p.Relation == "unrelated":
			return dirUnrelated
		case p.Common:
			return dirCommon
		case p.Source == nil:
			return dirUnknown
		case *p.Source == source:
			return dirRight
		default:
			return dirReversed
		}
	}
	return dirUnrelated
}

func newDirectionPath(name string) *directionPath {
	return &directionPath{Path: name, Outcomes: map[string]map[string]int{}, Misses: []directionMiss{}}
}

func (d *directionPath) add(a clough.Answer, out string) {
	d.Answers++
	for _, key := range []string{a.Category.String(), "all"} {
		if d.Outcomes[key] == nil {
			d.Outcomes[key] = map[string]int{}
		}
		d.Outcomes[key][out]++
	}
	if out != dirRight {
		d.Misses = append(d.Misses, directionMiss{File: a.File, Category: a.Category.String(), Outcome: out})
	}
}

func (d *directionPath) done() directionPath {
	if d.Answers > 0 {
		d.Accuracy = float64(d.Outcomes["all"][dirRight]) / float64(d.Answers)
	}
	return *d
}

func (r *directionReport) writeText(w io.Writer) error {
	fmt.Fprintf(w, "Clough–Stevenson direction: is the source text named the source of each derived answer?\n\n")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, "path\tcategory\tanswers")
	for _, o := range dirOutcomes {
		fmt.Fprintf(tw, "\t%s", o)
	}
	fmt.Fprint(tw, "\taccuracy\n")
	for _, p := range r.Paths {
		for _, cat := range []string{clough.Cut.String(), clough.Light.String(), clough.Heavy.String(), "all"} {
			row := p.Outcomes[cat]
			n := 0
			for _, v := range row {
				n += v
			}
			fmt.Fprintf(tw, "%s\t%s\t%d", p.Path, cat, n)
			for _, o := range dirOutcomes {
				fmt.Fprintf(tw, "\t%d", row[o])
			}
			acc := 0.0
			if n > 0 {
				acc = float64(row[dirRight]) / float64(n)
			}
			fmt.Fprintf(tw, "\t%.3f\n", acc)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, p := range r.Paths {
		fmt.Fprintf(w, "\n%s misses:", p.Path)
		if len(p.Misses) == 0 {
			fmt.Fprint(w, " none")
		}
		fmt.Fprintln(w)
		for _, x := range p.Misses {
			fmt.Fprintf(w, "  %-16s %-6s %s\n", x.File, x.Category, x.Outcome)
		}
	}
	return nil
}
