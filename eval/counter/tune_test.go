package counter

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/eval/clough"
)

// TestDumpFeatures writes each pair's evidence as a table, for fitting the
// extent thresholds: REPRINT_COUNTER_DUMP=out.tsv go test ./eval/counter -run TestDumpFeatures
func TestDumpFeatures(t *testing.T) {
	out := os.Getenv("REPRINT_COUNTER_DUMP")
	if out == "" {
		t.Skip("set REPRINT_COUNTER_DUMP to a file name")
	}
	c, err := Open(t.Context(), corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	run, err := Evaluate(t.Context(), c, engineOptions())
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fmt.Fprintln(f, "id\tlabel\trelation\tpassages\tsim\tshared\tdcov\tdverb\tdrw\tdrun3\tdrun8\tdrun32\tscov\tsrun3")
	for i, cp := range c.Pairs {
		d := run.Detect[i]
		if d == nil {
			fmt.Fprintf(f, "%s\t%s\tnone\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n", cp.ID, cp.Label)
			continue
		}
		// The side the engine reads the extent off: the derived one when
		// it names a source, else the one more of whose words are reused.
		ds, isB := d.Evidence.DerivedSide()
		if rp := run.Pair[i]; rp != nil && rp.Source != nil {
			isB = *rp.Source == articleID(run, d.A)
		}
		ss := d.Evidence.A
		if isB {
			ds = d.Evidence.B
		} else {
			ds, ss = d.Evidence.A, d.Evidence.B
		}
		fmt.Fprintf(f, "%s\t%s\t%s\t%d\t%.3f\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\n", cp.ID, cp.Label, d.Relation,
			d.Evidence.Passages, d.Evidence.Similarity, d.Evidence.SharedTerms,
			ds.Verbatim+ds.Rewrite, ds.Verbatim, ds.Rewrite, ds.Run3, ds.Run8, ds.Run32, ss.Verbatim+ss.Rewrite, ss.Run3)
	}
}

func articleID(run *Run, i int) string { return run.Scan.Articles[i].ID }

// TestDumpClough writes the evidence of each Clough–Stevenson answer
// against its source, scanned as one corpus, for fitting the extent
// thresholds: REPRINT_CLOUGH_DUMP=out.tsv go test ./eval/counter -run TestDumpClough
func TestDumpClough(t *testing.T) {
	out := os.Getenv("REPRINT_CLOUGH_DUMP")
	if out == "" {
		t.Skip("set REPRINT_CLOUGH_DUMP to a file name")
	}
	dir := "../../../shared/corpora/clough-stevenson"
	corpus, err := clough.Open(t.Context(), dir)
	if err != nil {
		t.Fatal(err)
	}
	res, err := engine.Detect(t.Context(), engine.Options{}, []string{filepath.Join(dir, "corpus-20090418")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	id := map[string]int{}
	for i, a := range res.Articles {
		id[a.ID] = i
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fmt.Fprintln(f, "id\tlabel\trelation\tpassages\tsim\tshared\tdcov\tdverb\tdrw\tdrun3\tdrun8\tdrun32\tscov\tsrun3")
	for _, a := range corpus.Answers {
		ai, si := id[a.File], id["orig_task"+a.Task+".txt"]
		var d *detect.Pair
		for k := range res.Pairs {
			p := &res.Pairs[k]
			if p.A == min(ai, si) && p.B == max(ai, si) {
				d = p
			}
		}
		if d == nil {
			fmt.Fprintf(f, "%s\t%s\tnone\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n", a.File, a.Category)
			continue
		}
		ds, ss := d.Evidence.B, d.Evidence.A
		if d.A == ai {
			ds, ss = ss, ds
		}
		fmt.Fprintf(f, "%s\t%s\t%s\t%d\t%.3f\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\n", a.File, a.Category, d.Relation,
			d.Evidence.Passages, d.Evidence.Similarity, d.Evidence.SharedTerms,
			ds.Verbatim+ds.Rewrite, ds.Verbatim, ds.Rewrite, ds.Run3, ds.Run8, ds.Run32, ss.Verbatim+ss.Rewrite, ss.Run3)
	}
}
