package detect_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/rewrite"
)

// TestWorkerAnalyze checks that Analyze, which reads a text's sentences
// once for its terms and its prepared features, gives what Read then
// Prepare give: the same keys and, for every pair, the same judgement.
func TestWorkerAnalyze(t *testing.T) {
	files, err := filepath.Glob("../../shared/seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Skip("seeds not found")
	}
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	// A sentence over rewrite.DefaultMaxSentenceWords is cut into chunks:
	// its Doc is not whole, and its terms are read apart.
	long := strings.Repeat("Officials in Kyiv said the talks with Witkoff would resume ", 12) + "."
	texts = append(texts, long, long+"\n\n"+texts[0])

	d, err := detect.New(detect.Options{})
	if err != nil {
		t.Fatal(err)
	}
	wk, err := d.NewWorker()
	if err != nil {
		t.Fatal(err)
	}
	idf := rewrite.NewIDF()
	for _, x := range texts {
		for _, par := range strings.Split(x, "\n\n") {
			idf.Add(wk.Read(par).Terms())
		}
	}
	for _, w := range []*rewrite.IDF{nil, idf} {
		var got, want []*detect.Doc
		for i, x := range texts {
			a, b := wk.Analyze(x, w), wk.Prepare(wk.Read(x), w)
			if diff := cmp.Diff(b.Keys(), a.Keys()); diff != "" {
				t.Fatalf("text %d: Analyze keys differ from Read's (-Read +Analyze):\n%s", i, diff)
			}
			got, want = append(got, a), append(want, b)
		}
		pairs := 0
		for i := range texts {
			for j := range texts {
				if i == j {
					continue
				}
				pw, pg := wk.Pair(want[i], want[j]), wk.Pair(got[i], got[j])
				if diff := cmp.Diff(pw, pg); diff != "" {
					t.Fatalf("texts %d, %d: Pair of Analyze's Docs differs (-Read+Prepare +Analyze):\n%s", i, j, diff)
				}
				if pw != nil {
					pairs++
				}
			}
		}
		if pairs == 0 {
			t.Fatal("no related pair among the seeds: the test compares nothing")
		}
	}
}

// TestPromising checks the pre-filter: a candidate of the rare-term
// signal alone needs MinTermsAlone top terms; any fingerprint, more than
// half the content-word pairs or the same words let it through; a
// negative MinTermsAlone aligns everything.
func TestPromising(t *testing.T) {
	d, err := detect.New(detect.Options{})
	if err != nil {
		t.Fatal(err)
	}
	off, err := detect.New(detect.Options{MinTermsAlone: -1})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		v    detect.Votes
		want bool
	}{
		{detect.Votes{Terms: 4}, false},
		{detect.Votes{Terms: 5, Bags: 2}, false},
		{detect.Votes{Terms: 6}, true},
		{detect.Votes{Terms: 4, Bags: 3}, true},         // more than half the bags' threshold
		{detect.Votes{Terms: 4, Fingerprints: 1}, true}, // any shared fingerprint
		{detect.Votes{Bags: 4}, true},                   // the bags signal: obfuscated reuse
		{detect.Votes{Fingerprints: 2}, true},
		{detect.Votes{Same: 1}, true},
		{detect.Votes{Same: 1, Terms: 4}, true},
	} {
		if got := d.Promising(tc.v); got != tc.want {
			t.Errorf("Promising(%+v) = %v, want %v", tc.v, got, tc.want)
		}
		if !off.Promising(tc.v) {
			t.Errorf("with MinTermsAlone −1, Promising(%+v) = false", tc.v)
		}
	}
}
