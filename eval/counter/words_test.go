package counter

import (
	"fmt"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/judge"
	"github.com/reprint/reprint/rewrite"
)

// wordBigrams returns the word bigrams of text as matching sees them: each
// pair of adjacent tokens (folded as the tokenizer folds them), as one
// hash. Word n-gram containment of the derived text in the source is the
// measure of the METER corpus (Clough, Gaizauskas, Piao and Wilks 2002),
// English court news derived wholly, partly or not from the Press
// Association, and of COUNTER's own baselines (Sharjeel et al. 2016).
func wordBigrams(tk *analysis.Tokenizer, text string) []uint64 {
	toks := tk.Tokenize(text, nil)
	var out []uint64
	for i := 1; i < len(toks); i++ {
		h := (toks[i-1].Hash ^ 0x9E3779B97F4A7C15) * 0xBF58476D1CE4E5B9
		out = append(out, h^toks[i].Hash)
	}
	return out
}

// bigramDF counts, for every word bigram, the texts that hold it.
type bigramDF struct{ docFreq[uint64] }

func newBigramDF(grams [][]uint64) *bigramDF { return &bigramDF{newDocFreq(grams)} }

// weight is the bigram's inverse document frequency in rewrite.IDF's
// form: ln((N+B+1)/(df+0.5)), B = rewrite.BackgroundDocs.
func (f *bigramDF) weight(g uint64) float64 {
	return math.Log(float64(f.docs+rewrite.BackgroundDocs+1) / (float64(f.df[g]) + 0.5))
}

// containment returns the IDF-weighted share of d's bigrams found in s (nil
// f: every bigram weighs 1).
func (f *bigramDF) containment(d, s []uint64) float64 {
	if f == nil {
		return weightedShare(d, s, func(uint64) float64 { return 1 })
	}
	return weightedShare(d, s, f.weight)
}

func TestWordBigrams(t *testing.T) {
	var tk analysis.Tokenizer
	a, b := wordBigrams(&tk, "the cat sat on the mat"), wordBigrams(&tk, "The cat, sat on a mat")
	if len(a) != 5 || len(b) != 5 {
		t.Fatalf("wordBigrams: %d and %d bigrams; want 5 and 5", len(a), len(b))
	}
	if c := (*bigramDF)(nil).containment(b, a); c != 3.0/5 {
		t.Errorf("containment(b, a) unweighted = %v; want 3/5 (the cat, cat sat, sat on)", c)
	}
	if g := wordBigrams(&tk, "لا پتہ"); len(g) != 1 || g[0] != wordBigrams(&tk, "لا  پتہ")[0] {
		t.Errorf("wordBigrams of an Urdu pair = %v; want one bigram, indifferent to spacing", g)
	}
	f := newBigramDF([][]uint64{a, b, wordBigrams(&tk, "the cat ran")})
	if c := f.containment(a, a); c != 1 {
		t.Errorf("containment(a, a) = %v; want 1", c)
	}
	if w1, w2 := f.weight(a[0]), f.weight(a[2]); w1 >= w2 {
		t.Errorf("weight(the cat, in 3 texts) = %v, weight(sat on, in 2) = %v; want the rarer heavier", w1, w2)
	}
}

// TestWordGramFit fits, on each half of COUNTER's development half, the
// rule "part when the derived story's IDF-weighted word-bigram containment
// in the other ≥ t" (whole at judge.WholeMin, none without a pair), with
// and without "reuse shown → part" beside it, and reads it on the other
// half and on Clough–Stevenson:
// REPRINT_COUNTER_FIT=out.txt go test ./eval/counter -run TestWordGramFit
func TestWordGramFit(t *testing.T) {
	out := os.Getenv("REPRINT_COUNTER_FIT")
	if out == "" {
		t.Skip("set REPRINT_COUNTER_FIT to a file name")
	}
	co, cl := counterFeatures(t), cloughFeatures(t.Context(), t)
	var halves [2][]features
	for i := range co {
		halves[i%2] = append(halves[i%2], co[i])
	}
	rule := func(m func(*features) float64, reuse bool, th float64) func(*features) string {
		return func(f *features) string {
			switch {
			case !f.paired:
				return "ND"
			case f.d.Verbatim+f.d.Rewrite >= judge.WholeMin:
				return "WD"
			case m(f) >= th, reuse && judge.Judge(judge.Evidence{A: f.d, B: f.s, Similarity: f.sim, SharedTerms: f.shared, Passages: f.passages}) >= judge.Rewrite:
				return "PD"
			}
			return "ND"
		}
	}
	var b strings.Builder
	line := func(name string, class func(*features) string) {
		all, e, o, c := score(co, class), score(halves[0], class), score(halves[1], class), score(cl, class)
		fmt.Fprintf(&b, "%-44s COUNTER 2-class %.3f macro-F1 %.3f · even %.3f %.3f · odd %.3f %.3f · Clough 2-class %.3f\n",
			name, all.acc2, all.macroF1, e.acc2, e.macroF1, o.acc2, o.macroF1, c.acc2)
	}
	for _, m := range []struct {
		name string
		f    func(*features) float64
	}{
		{"similarity", func(f *features) float64 { return f.sim }},
		{"iw2", func(f *features) float64 { return f.iw2 }},
		{"cw2", func(f *features) float64 { return f.cw2 }},
	} {
		for _, reuse := range []bool{true, false} {
			best, bt := scores{}, 0.0
			for th := 0.01; th < 0.6; th += 0.0025 {
				if s := score(co, rule(m.f, reuse, th)); s.acc2 > best.acc2 {
					best, bt = s, th
				}
			}
			line(fmt.Sprintf("%s reuse=%v all: t %.4f", m.name, reuse, bt), rule(m.f, reuse, bt))
			for h, fit := range halves {
				best, bt := scores{}, 0.0
				for th := 0.01; th < 0.6; th += 0.0025 {
					if s := score(fit, rule(m.f, reuse, th)); s.acc2 > best.acc2 {
						best, bt = s, th
					}
				}
				line(fmt.Sprintf("%s reuse=%v fit %s: t %.4f", m.name, reuse, [2]string{"even", "odd"}[h], bt), rule(m.f, reuse, bt))
			}
		}
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
