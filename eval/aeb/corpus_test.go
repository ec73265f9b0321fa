package aeb_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/reprint/reprint/eval/aeb"
	"github.com/reprint/reprint/htmltext"
)

// corpusDir is the shared copy of the benchmark, relative to this package.
const corpusDir = "../../../shared/corpora/scrapinghub-aeb"

// mustCorpus returns the corpus directory or skips the test.
func mustCorpus(tb testing.TB) string {
	tb.Helper()
	if _, err := os.Stat(filepath.Join(corpusDir, "ground-truth.json")); err != nil {
		tb.Skipf("AEB corpus not found at %s", corpusDir)
	}
	return corpusDir
}

// extractors are the two texts of htmltext.Extract under test: its Body
// and go-trafilatura's own ContentText.
func extractors() map[string]aeb.Extractor {
	return map[string]aeb.Extractor{
		"htmltext": func(raw []byte, url string) (string, error) {
			r, err := htmltext.Extract(raw, htmltext.Options{URL: url})
			if err != nil {
				return "", err
			}
			return r.Body, nil
		},
		"trafilatura": func(raw []byte, url string) (string, error) {
			r, err := htmltext.Extract(raw, htmltext.Options{URL: url})
			if err != nil {
				return "", err
			}
			return r.Plain, nil
		},
	}
}

// TestRunCorpus runs the whole benchmark on htmltext's Body and on
// go-trafilatura's ContentText, checks the scores, and checks them against
// the benchmark's own evaluate.py when python3 is installed.
func TestRunCorpus(t *testing.T) {
	dir := mustCorpus(t)
	done := 0
	rep, err := aeb.Run(t.Context(), dir, extractors(), func(d, total int) {
		if d != done+1 || total != 181 {
			t.Errorf("progress(%d, %d) after %d", d, total, done)
		}
		done = d
	})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Pages != 181 || done != 181 {
		t.Errorf("Pages = %d, progress reached %d; want 181", rep.Pages, done)
	}
	var out strings.Builder
	if err := rep.WriteText(&out); err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", out.String())

	plain, body := rep.Results["trafilatura"], rep.Results["htmltext"]
	// go-trafilatura's published F1 is 0.960; measured here: ContentText
	// 0.96180, Body 0.96215 (precision 0.9454 → 0.9461).
	const minF1 = 0.94
	if plain.F1 < minF1 {
		t.Errorf("trafilatura F1 = %.4f; want >= %.2f", plain.F1, minF1)
	}
	if body.F1 < minF1 {
		t.Errorf("htmltext F1 = %.4f; want >= %.2f", body.F1, minF1)
	}
	if body.F1 < plain.F1 {
		t.Errorf("htmltext F1 = %.5f < trafilatura F1 = %.5f", body.F1, plain.F1)
	}
	if body.Failures+plain.Failures != 0 {
		t.Errorf("failures: htmltext %d, trafilatura %d; want 0", body.Failures, plain.Failures)
	}

	t.Run("json", func(t *testing.T) {
		b, err := json.Marshal(rep)
		if err != nil {
			t.Fatal(err)
		}
		var got map[string]any
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatal(err)
		}
		if got["pages"] != 181.0 {
			t.Errorf("json pages = %v; want 181", got["pages"])
		}
		for _, name := range []string{"htmltext", "trafilatura"} {
			m, _ := got[name].(map[string]any)
			for _, k := range []string{"precision", "recall", "f1"} {
				if _, ok := m[k].(float64); !ok {
					t.Errorf("json %s.%s missing in %s", name, k, b)
				}
			}
		}
	})

	t.Run("evaluate.py", func(t *testing.T) {
		checkEvaluatePy(t, dir, rep)
	})
}

// checkEvaluatePy scores the report's predictions with the benchmark's own
// evaluate.py and checks that it agrees with the Go port.
func checkEvaluatePy(t *testing.T, dir string, rep *aeb.Report) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed")
	}
	script, err := filepath.Abs(filepath.Join(dir, "evaluate.py"))
	if err != nil {
		t.Fatal(err)
	}
	work := t.TempDir()
	gt, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(work, "ground-truth.json"), gt, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(work, "output"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, res := range rep.Results {
		pred := map[string]map[string]string{}
		for _, p := range res.PerPage {
			pred[p.Key] = map[string]string{"articleBody": p.Pred}
		}
		b, err := json.Marshal(pred)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(work, "output", name+".json"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.CommandContext(t.Context(), python, script, "--n-bootstrap", "1", "--output", "results.json")
	cmd.Dir = work
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("evaluate.py: %v\n%s", err, out)
	}
	b, err := os.ReadFile(filepath.Join(work, "results.json"))
	if err != nil {
		t.Fatal(err)
	}
	var py map[string]aeb.Scores
	if err := json.Unmarshal(b, &py); err != nil {
		t.Fatal(err)
	}
	for name, res := range rep.Results {
		// Bit-for-bit: the same float arithmetic, and exact means.
		want := py[name]
		if diff := cmp.Diff(want, res.Scores); diff != "" {
			t.Errorf("%s: Go scores differ from evaluate.py (-python +go):\n%s", name, diff)
		}
	}
}
