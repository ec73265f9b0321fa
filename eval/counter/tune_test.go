package counter

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/credit"
	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/eval/clough"
	"github.com/reprint/reprint/judge"
)

// features is the evidence of one labelled pair, as the tables of
// TestDumpFeatures and TestDumpClough and the grid of TestLetterGramFit
// read it. Label is WD, PD, ND (COUNTER) or cut, light, heavy, non
// (Clough–Stevenson).
type features struct {
	id, label, relation string
	paired              bool
	passages, shared    int
	sim                 float64
	d, s                judge.Side // the derived side and the other
	pmax, pmean         float64    // best and length-weighted mean passage score
	ic4                 float64    // IDF-weighted letter 4-gram containment of the derived text in the other
	iw2, cw2            float64    // word-bigram containment of the derived text in the other, IDF-weighted and not
	// credit is the engine's credit verdict on the pair's derived side
	// ("-" when it named no source); ncredit credit.Check of the
	// newspaper story against the agency's outlet whatever the
	// direction, with the name it credits ("not-credited:وقت نیوز").
	credit, ncredit string
	// dwords and swords are the token counts of the derived text and the other.
	dwords, swords int
}

func (f *features) derived() bool { return f.label != "ND" && f.label != "non" }

const featureHeader = "id\tlabel\trelation\tpassages\tsim\tshared\tdcov\tdverb\tdrw\tdrun3\tdrun8\tdrun32\tscov\tsrun3\tpmax\tpmean\tic4\tiw2\tcw2\tcredit\tncredit\tdrun1\tsrun1\tdwords\tswords"

func (f *features) write(w io.Writer) {
	fmt.Fprintf(w, "%s\t%s\t%s\t%d\t%.3f\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%s\t%s\t%.3f\t%.3f\t%d\t%d\n",
		f.id, f.label, f.relation, f.passages, f.sim, f.shared,
		f.d.Verbatim+f.d.Rewrite, f.d.Verbatim, f.d.Rewrite, f.d.Run3, f.d.Run8, f.d.Run32,
		f.s.Verbatim+f.s.Rewrite, f.s.Run3, f.pmax, f.pmean, f.ic4, f.iw2, f.cw2, cmp.Or(f.credit, "-"), cmp.Or(f.ncredit, "-"), f.d.Run1, f.s.Run1, f.dwords, f.swords)
}

// pairFeatures fills f from the engine's pair d (nil: none found), whose
// derived article is B when isB.
func pairFeatures(f *features, d *detect.Pair, isB bool) {
	f.relation = "none"
	if d == nil {
		return
	}
	f.paired, f.relation = true, d.Relation.String()
	f.passages, f.shared, f.sim = d.Evidence.Passages, d.Evidence.SharedTerms, d.Evidence.Similarity
	f.d, f.s = d.Evidence.A, d.Evidence.B
	if isB {
		f.d, f.s = f.s, f.d
	}
	plen := 0
	for _, p := range d.Passages {
		f.pmax = max(f.pmax, p.Score)
		n := p.A.End - p.A.Start + p.B.End - p.B.Start
		f.pmean += p.Score * float64(n)
		plen += n
	}
	if plen > 0 {
		f.pmean /= float64(plen)
	}
}

// counterFeatures scans COUNTER's development half and returns each
// pair's features, the derived side being the one the engine reads the
// extent off (the derived article when it names a source, else the one
// more of whose words are reused).
func counterFeatures(t *testing.T) []features {
	c, err := Open(t.Context(), corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	run, err := Evaluate(t.Context(), c, engineOptions())
	if err != nil {
		t.Fatal(err)
	}
	var tk analysis.Tokenizer
	grams := map[string][]string{}
	words := map[string][]uint64{}
	var all [][]string
	var allWords [][]uint64
	for _, a := range run.Scan.Articles {
		grams[a.ID] = letterGrams(&tk, a.Text)
		words[a.ID] = wordBigrams(&tk, a.Text)
		all = append(all, grams[a.ID])
		allWords = append(allWords, words[a.ID])
	}
	df, wdf := newGramDF(all), newBigramDF(allWords)
	out := make([]features, len(c.Pairs))
	for i, cp := range c.Pairs {
		f := &out[i]
		f.id, f.label = cp.ID, cp.Label.String()
		d := run.Detect[i]
		isB := false
		if d != nil {
			_, isB = d.Evidence.DerivedSide()
			if rp := run.Pair[i]; rp != nil && rp.Source != nil {
				isB = *rp.Source == run.Scan.Articles[d.A].ID
			}
		}
		pairFeatures(f, d, isB)
		if rp := run.Pair[i]; rp != nil && rp.Credit != nil {
			f.credit = rp.Credit.Status
		}
		cr := credit.Check(&reprint.Article{Text: cp.Derived}, &reprint.Article{Meta: reprint.Meta{Site: cp.SourceMeta.Outlet}})
		f.ncredit = cr.Status.String() + ":" + cr.Name
		f.ic4 = df.containment(grams[cp.ID+"p"], grams[cp.ID])
		f.iw2 = wdf.containment(words[cp.ID+"p"], words[cp.ID])
		f.cw2 = (*bigramDF)(nil).containment(words[cp.ID+"p"], words[cp.ID])
		f.dwords, f.swords = len(tk.Tokenize(cp.Derived, nil)), len(tk.Tokenize(cp.Source, nil))
	}
	return out
}

const cloughDir = "../../../shared/corpora/clough-stevenson"

// cloughFeatures scans the Clough–Stevenson texts as one corpus and
// returns each answer's features against its source.
func cloughFeatures(ctx context.Context, t *testing.T) []features {
	corpus, err := clough.Open(ctx, cloughDir)
	if err != nil {
		t.Fatal(err)
	}
	res, err := engine.Detect(ctx, engine.Options{}, []string{filepath.Join(cloughDir, "corpus-20090418")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var tk analysis.Tokenizer
	id := map[string]int{}
	var all [][]string
	var allWords [][]uint64
	for i, a := range res.Articles {
		id[a.ID] = i
		all = append(all, letterGrams(&tk, a.Text))
		allWords = append(allWords, wordBigrams(&tk, a.Text))
	}
	df, wdf := newGramDF(all), newBigramDF(allWords)
	var out []features
	for _, a := range corpus.Answers {
		ai, si := id[a.File], id["orig_task"+a.Task+".txt"]
		f := features{id: a.File, label: a.Category.String()}
		var d *detect.Pair
		for k := range res.Pairs {
			if p := &res.Pairs[k]; p.A == min(ai, si) && p.B == max(ai, si) {
				d = p
			}
		}
		pairFeatures(&f, d, d != nil && d.B == ai)
		f.ic4 = df.containment(all[ai], all[si])
		f.iw2 = wdf.containment(allWords[ai], allWords[si])
		f.cw2 = (*bigramDF)(nil).containment(allWords[ai], allWords[si])
		out = append(out, f)
	}
	return out
}

func dump(t *testing.T, out string, fs []features) {
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fmt.Fprintln(f, featureHeader)
	for i := range fs {
		fs[i].write(f)
	}
}

// TestDumpFeatures writes each pair's evidence as a table, for fitting the
// extent thresholds: REPRINT_COUNTER_DUMP=out.tsv go test ./eval/counter -run TestDumpFeatures
func TestDumpFeatures(t *testing.T) {
	out := os.Getenv("REPRINT_COUNTER_DUMP")
	if out == "" {
		t.Skip("set REPRINT_COUNTER_DUMP to a file name")
	}
	dump(t, out, counterFeatures(t))
}

// TestDumpClough writes the evidence of each Clough–Stevenson answer
// against its source, scanned as one corpus, for fitting the extent
// thresholds: REPRINT_CLOUGH_DUMP=out.tsv go test ./eval/counter -run TestDumpClough
func TestDumpClough(t *testing.T) {
	out := os.Getenv("REPRINT_CLOUGH_DUMP")
	if out == "" {
		t.Skip("set REPRINT_CLOUGH_DUMP to a file name")
	}
	dump(t, out, cloughFeatures(t.Context(), t))
}

// scores is a rule's 2-class accuracy and 3-class macro-F1 on COUNTER
// pairs (WD, PD, ND), or its 2-class accuracy on Clough–Stevenson.
type scores struct{ acc2, macroF1 float64 }

func score(fs []features, class func(*features) string) scores {
	conf := map[[2]string]int{}
	right2 := 0
	for i := range fs {
		p := class(&fs[i])
		conf[[2]string{fs[i].label, p}]++
		if fs[i].derived() == (p != "ND") {
			right2++
		}
	}
	var sum float64
	for _, c := range []string{"WD", "PD", "ND"} {
		tp, pred, sup := conf[[2]string{c, c}], 0, 0
		for k, n := range conf {
			if k[1] == c {
				pred += n
			}
			if k[0] == c {
				sup += n
			}
		}
		if tp > 0 {
			p, r := float64(tp)/float64(pred), float64(tp)/float64(sup)
			sum += 2 * p * r / (p + r)
		}
	}
	return scores{float64(right2) / float64(len(fs)), sum / 3}
}

// TestLetterGramFit fits, on each half of COUNTER's development half
// (pairs in file order, alternately), the rule "part when w·similarity +
// (1−w)·ic4 ≥ t" (whole at judge.WholeMin as now, none without a pair)
// for 2-class accuracy at 3-class macro-F1 ≥ 0.70, and reads it on the
// other half and on Clough–Stevenson; the rule of judge.ExtentOf beside
// it. The table goes to the file named:
// REPRINT_COUNTER_FIT=out.txt go test ./eval/counter -run TestLetterGramFit
func TestLetterGramFit(t *testing.T) {
	out := os.Getenv("REPRINT_COUNTER_FIT")
	if out == "" {
		t.Skip("set REPRINT_COUNTER_FIT to a file name")
	}
	co, cl := counterFeatures(t), cloughFeatures(t.Context(), t)
	var halves [2][]features
	for i := range co {
		halves[i%2] = append(halves[i%2], co[i])
	}
	now := func(f *features) string {
		if !f.paired {
			return "ND"
		}
		switch judge.ExtentOf(judge.Evidence{A: f.d, B: f.s, Similarity: f.sim, SharedTerms: f.shared, Passages: f.passages}, f.d) {
		case judge.ExtentWhole:
			return "WD"
		case judge.ExtentPart:
			return "PD"
		}
		return "ND"
	}
	rule := func(w, th float64) func(*features) string {
		return func(f *features) string {
			switch {
			case !f.paired:
				return "ND"
			case f.d.Verbatim+f.d.Rewrite >= judge.WholeMin:
				return "WD"
			case w*f.sim+(1-w)*f.ic4 >= th:
				return "PD"
			}
			return "ND"
		}
	}
	var b strings.Builder
	line := func(name string, class func(*features) string) {
		all, e, o, c := score(co, class), score(halves[0], class), score(halves[1], class), score(cl, class)
		fmt.Fprintf(&b, "%-34s COUNTER 2-class %.3f macro-F1 %.3f · even %.3f %.3f · odd %.3f %.3f · Clough 2-class %.3f\n",
			name, all.acc2, all.macroF1, e.acc2, e.macroF1, o.acc2, o.macroF1, c.acc2)
	}
	line("judge.ExtentOf (relation, sim ≥ 0.23)", now)
	for h, fit := range halves {
		best, bw, bt := scores{}, 0.0, 0.0
		for w := 0.0; w <= 0.61; w += 0.1 {
			for th := 0.10; th < 0.50; th += 0.005 {
				if s := score(fit, rule(w, th)); s.macroF1 >= 0.70 && s.acc2 > best.acc2 {
					best, bw, bt = s, w, th
				}
			}
		}
		line(fmt.Sprintf("fit on %s: w %.1f t %.3f", [2]string{"even", "odd"}[h], bw, bt), rule(bw, bt))
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
