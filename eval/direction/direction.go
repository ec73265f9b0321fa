// Package direction evaluates whether reprint names the right text as the
// source of each derived one, on corpora whose direction is known:
// Clough–Stevenson (each derived answer against its Wikipedia text,
// through a scan of all texts and through compare of each pair alone) and
// PAN 2013 (a scan of every source and suspicious document, each pair with
// plagiarism cases). Outcomes per answer: right, reversed, unknown, common,
// unrelated; and each direction signal's votes.
package direction

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/eval/clough"
	"github.com/reprint/reprint/eval/pan"
	"github.com/reprint/reprint/report"
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

// Path is the direction evaluation through one command.
type Path struct {
	Path    string `json:"path"`    // "scan" or "compare"
	Derived int    `json:"derived"` // derived texts judged
	// Categories orders the rows: answer categories (Clough–Stevenson)
	// or obfuscation folders (PAN), then "all".
	Categories []string `json:"categories"`
	// Outcomes counts the answers by outcome, per category and in all.
	Outcomes map[string]map[string]int `json:"outcomes"`
	Accuracy float64                   `json:"accuracy"` // right / answers
	// Signals counts each signal's votes over the related pairs: right,
	// reversed, common or abstain.
	Signals     map[string]map[string]int `json:"signals"`
	SignalOrder []string                  `json:"-"`
	// Misses lists every answer not right, with its outcome.
	Misses []Miss `json:"misses"`
}

// Miss is one derived text whose source was not named right.
type Miss struct {
	File     string `json:"file"`
	Category string `json:"category"`
	Outcome  string `json:"outcome"`
}

// maxMissesShown bounds the misses the text report lists per path; --json
// has them all.
const maxMissesShown = 20

// Report is the direction evaluation of one corpus.
type Report struct {
	Corpus string `json:"corpus"`
	Paths  []Path `json:"paths"`
}

// Run evaluates the direction on the corpus at dir: Clough–Stevenson when
// dir holds its label file, else PAN 2013.
func Run(ctx context.Context, dir string) (*Report, error) {
	if _, err := os.Stat(filepath.Join(dir, clough.LabelFile)); err != nil {
		return runPAN(ctx, dir)
	}
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
	rep := &Report{Corpus: dir}

	// Scan: all texts at once.
	model, err := engine.Scan(ctx, engine.Options{}, []string{texts}, nil)
	if err != nil {
		return nil, err
	}
	categories := []string{clough.Cut.String(), clough.Light.String(), clough.Heavy.String()}
	scanPath := newPath("scan", categories)
	for _, a := range derived {
		src := sourceOf(a)
		scanPath.add(a.File, a.Category.String(), findPair(model, a.File, src), isID(src))
	}
	rep.Paths = append(rep.Paths, scanPath.done())

	// Compare: each answer with its source alone.
	cmpPath := newPath("compare", categories)
	for _, a := range derived {
		model, err := engine.Compare(ctx, engine.Options{}, filepath.Join(texts, a.File), filepath.Join(texts, sourceOf(a)))
		if err != nil {
			return nil, err
		}
		src := sourceOf(a)
		cmpPath.add(a.File, a.Category.String(), findPair(model, a.File, src), isID(src))
	}
	rep.Paths = append(rep.Paths, cmpPath.done())
	return rep, nil
}

// evalDirectionPAN scans the source and suspicious documents of a PAN
// corpus together and reads the direction of every pair with cases.
func runPAN(ctx context.Context, dir string) (*Report, error) {
	corpus, err := pan.OpenCorpus(dir)
	if err != nil {
		return nil, fmt.Errorf("%s is neither Clough–Stevenson (no %s) nor PAN 2013: %w", dir, clough.LabelFile, err)
	}
	model, err := engine.Scan(ctx, engine.Options{}, []string{filepath.Join(corpus.Dir, "src"), filepath.Join(corpus.Dir, "susp")}, nil)
	if err != nil {
		return nil, err
	}
	byName := map[[2]string]*report.Pair{}
	for i := range model.Pairs {
		p := &model.Pairs[i]
		a, b := filepath.Base(p.A), filepath.Base(p.B)
		byName[[2]string{a, b}], byName[[2]string{b, a}] = p, p
	}
	scanPath := newPath("scan", corpus.Folders())
	for _, cp := range corpus.Pairs {
		if len(cp.Cases) == 0 {
			continue
		}
		src := cp.Src
		scanPath.add(cp.Susp+" "+cp.Src, cp.Obfuscation, byName[[2]string{cp.Susp, cp.Src}],
			func(id string) bool { return filepath.Base(id) == src })
	}
	return &Report{Corpus: dir, Paths: []Path{scanPath.done()}}, nil
}

// findPair returns the pair of articles x and y in a scan model, or nil.
func findPair(model *report.Scan, x, y string) *report.Pair {
	for i := range model.Pairs {
		p := &model.Pairs[i]
		if p.A == x && p.B == y || p.A == y && p.B == x {
			return p
		}
	}
	return nil
}

// isID returns a test for the article id.
func isID(id string) func(string) bool { return func(s string) bool { return s == id } }

// pairOutcome is the outcome of a pair (nil: not found); isSource tells
// the true source's id.
func pairOutcome(p *report.Pair, isSource func(id string) bool) string {
	switch {
	case p == nil || p.Relation == "same-story" || p.Relation == "unrelated":
		return dirUnrelated
	case p.Common:
		return dirCommon
	case p.Source == nil:
		return dirUnknown
	case isSource(*p.Source):
		return dirRight
	default:
		return dirReversed
	}
}

func newPath(name string, categories []string) *Path {
	return &Path{Path: name, Categories: append(categories, "all"),
		Outcomes: map[string]map[string]int{}, Signals: map[string]map[string]int{}, Misses: []Miss{}}
}

func (d *Path) add(item, category string, p *report.Pair, isSource func(string) bool) {
	out := pairOutcome(p, isSource)
	if out != dirUnrelated {
		for _, sig := range p.Direction {
			vote := "abstain"
			switch {
			case sig.Points == "":
			case isSource(sig.Points):
				vote = dirRight
			case sig.Points == "common":
				vote = dirCommon
			default:
				vote = dirReversed
			}
			if d.Signals[sig.Signal] == nil {
				d.Signals[sig.Signal] = map[string]int{}
				d.SignalOrder = append(d.SignalOrder, sig.Signal)
			}
			d.Signals[sig.Signal][vote]++
		}
	}
	d.Derived++
	for _, key := range []string{category, "all"} {
		if d.Outcomes[key] == nil {
			d.Outcomes[key] = map[string]int{}
		}
		d.Outcomes[key][out]++
	}
	if out != dirRight {
		d.Misses = append(d.Misses, Miss{File: item, Category: category, Outcome: out})
	}
}

func (d *Path) done() Path {
	if d.Derived > 0 {
		d.Accuracy = float64(d.Outcomes["all"][dirRight]) / float64(d.Derived)
	}
	return *d
}

func (r *Report) WriteText(w io.Writer) error {
	fmt.Fprintf(w, "Direction on %s: is the source named the source of each derived text?\n\n", r.Corpus)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, "path\tcategory\tderived")
	for _, o := range dirOutcomes {
		fmt.Fprintf(tw, "\t%s", o)
	}
	fmt.Fprint(tw, "\taccuracy\n")
	for _, p := range r.Paths {
		for _, cat := range p.Categories {
			row := p.Outcomes[cat]
			n := 0
			for _, v := range row {
				n += v
			}
			if n == 0 && cat != "all" {
				continue // e.g. PAN's 01-no-plagiarism: no derived text
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
	fmt.Fprintf(w, "\nvotes of each signal on the related pairs:\n")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, "path\tsignal\tright\treversed\tcommon\tabstain\n")
	for _, p := range r.Paths {
		for _, sig := range p.SignalOrder {
			v := p.Signals[sig]
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\n", p.Path, sig, v[dirRight], v[dirReversed], v[dirCommon], v["abstain"])
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
		for i, x := range p.Misses {
			if i == maxMissesShown {
				fmt.Fprintf(w, "  … and %d more (--json lists them all)\n", len(p.Misses)-i)
				break
			}
			fmt.Fprintf(w, "  %-16s %-6s %s\n", x.File, x.Category, x.Outcome)
		}
	}
	return nil
}
