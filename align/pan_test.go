package align_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/reprint/reprint/align"
	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/eval/pan"
)

// The PAN 2013 text-alignment training corpus, scored with package pan
// (the official measures of pan13-text-alignment-perfmeasures.py).
const panDir = "../../shared/corpora/pan13-train"

func panCorpus(t *testing.T) *pan.Corpus {
	t.Helper()
	if testing.Short() {
		t.Skip("PAN evaluation skipped in -short mode")
	}
	if _, err := os.Stat(filepath.Join(panDir, "pairs")); err != nil {
		t.Skipf("PAN 2013 training corpus not found at %s", panDir)
	}
	c, err := pan.OpenCorpus(panDir)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// detector returns a pan.Detector that aligns with opts; each concurrent
// call takes its own Aligner and Tokenizer from a pool.
func detector(tb testing.TB, opts align.Options) pan.Detector {
	tb.Helper()
	if _, err := align.New(opts); err != nil {
		tb.Fatal(err)
	}
	type worker struct {
		al     *align.Aligner
		tk     analysis.Tokenizer
		ta, tb []analysis.Token
	}
	pool := sync.Pool{New: func() any {
		al, _ := align.New(opts) // validated above
		return &worker{al: al}
	}}
	return func(ctx context.Context, susp, src string) ([]pan.Detection, error) {
		w := pool.Get().(*worker)
		defer pool.Put(w)
		w.ta = w.tk.Tokenize(susp, w.ta[:0])
		w.tb = w.tk.Tokenize(src, w.tb[:0])
		res := w.al.Align(susp, src, w.ta, w.tb)
		dets := make([]pan.Detection, len(res.Passages))
		for i, p := range res.Passages {
			dets[i] = pan.Detection{Susp: p.A, Src: p.B}
		}
		return dets, nil
	}
}

// panTable formats a report as one row per folder.
func panTable(r *pan.Report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-28s %5s %5s %6s %6s %6s %6s %5s %8s\n",
		"folder", "pairs", "cases", "plagd", "rec", "prec", "gran", "dets", "neg+det")
	folders := make([]string, 0, len(r.ByObfuscation))
	for f := range r.ByObfuscation {
		folders = append(folders, f)
	}
	slices.Sort(folders)
	for _, f := range folders {
		m := r.ByObfuscation[f]
		neg := r.PairsWithDetections[f]
		fmt.Fprintf(&b, "%-28s %5d %5d %6.4f %6.4f %6.4f %6.4f %5d %4d/%-4d\n",
			f, r.PairsByObfuscation[f], m.Cases, m.Plagdet, m.Recall, m.Precision, m.Granularity,
			m.Detections, neg.WithDetections, neg.Pairs)
	}
	return b.String()
}

// TestPAN runs the default aligner on the whole PAN 2013 training corpus
// and asserts the quality targets: plagdet ≥ 0.90 on verbatim copies (02),
// ≥ 0.80 on random obfuscation (03), detections in at most 1% of the pairs
// without plagiarism (01). 04 and 05 (paraphrase) are reported only.
//
//	go test -run TestPAN -v ./align
func TestPAN(t *testing.T) {
	c := panCorpus(t)
	r, err := pan.Run(t.Context(), c, detector(t, align.Options{}), pan.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("PAN 2013 training corpus, default options, %d workers, %.1fs:\n%s",
		runtime.GOMAXPROCS(0), r.Seconds, panTable(r))
	for folder, want := range map[string]float64{"02-no-obfuscation": 0.90, "03-random-obfuscation": 0.80} {
		m, ok := r.ByObfuscation[folder]
		if !ok {
			t.Errorf("no measures for folder %s", folder)
			continue
		}
		if m.Plagdet < want {
			t.Errorf("%s: plagdet = %.4f; want ≥ %.2f", folder, m.Plagdet, want)
		}
	}
	const maxFPShare = 0.01
	neg, ok := r.PairsWithDetections["01-no-plagiarism"]
	if !ok || neg.Pairs == 0 {
		t.Fatalf("no negative pairs counted for 01-no-plagiarism")
	}
	if neg.Share > maxFPShare {
		t.Errorf("01-no-plagiarism: detections in %d of %d pairs (%.2f%%); want at most %.0f%%",
			neg.WithDetections, neg.Pairs, 100*neg.Share, 100*maxFPShare)
	}
}
