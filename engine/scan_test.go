package engine_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/internal/synth"
	"github.com/reprint/reprint/judge"
	"github.com/reprint/reprint/report"
)

// TestScanToSameAsJudge: the batch scan judged one story at a time and
// streamed (ScanTo) is the document Judge gives over the whole corpus,
// byte for byte — on the seeds, and on a generated corpus of many stories
// of several sizes (its first file unreadable, so that the rejected list
// is streamed too), under the default bars and under others (the pairs
// judged again before the stories are found). The temporary folder is
// left empty.
func TestScanToSameAsJudge(t *testing.T) {
	ctx := context.Background()
	gen := t.TempDir()
	c := synth.Corpus(7, 300, synth.Options{MeanWords: 120, Reuse: 0.4})
	for i := range c.Len() {
		if err := os.WriteFile(filepath.Join(gen, fmt.Sprintf("doc%04d.txt", i)), []byte(c.Text(i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(gen, "doc0000.txt"), []byte("\x00\x01\x02 binary"), 0o644); err != nil {
		t.Fatal(err)
	}
	strict := judge.DefaultThresholds()
	strict.CopyMin, strict.SameStoryMin, strict.WholeMin = 0.95, 0.4, 0.95
	corpora := []struct {
		name  string
		paths []string
	}{{"seeds", []string{seeds}}, {"generated", []string{gen}}}
	for _, corpus := range corpora {
		for _, th := range []judge.Thresholds{{}, strict} {
			t.Run(fmt.Sprintf("%s/%v", corpus.name, th != judge.Thresholds{}), func(t *testing.T) {
				if corpus.name == "seeds" {
					needSeeds(t)
				}
				opts := engine.Options{Judge: th}
				res, err := engine.Detect(ctx, opts, corpus.paths, nil)
				if err != nil {
					t.Fatal(err)
				}
				whole, err := engine.Judge(ctx, res)
				if err != nil {
					t.Fatal(err)
				}
				if corpus.name == "generated" {
					multi := 0
					for _, s := range whole.Stories {
						if len(s.Articles) > 1 {
							multi++
						}
					}
					if multi < 5 || len(whole.Rejected) != 1 {
						t.Fatalf("%d stories of several articles, %d rejected: the corpus does not test what it should", multi, len(whole.Rejected))
					}
				}
				var want, got bytes.Buffer
				if err := report.WriteJSON(&want, whole, report.JSONOptions{Text: true}); err != nil {
					t.Fatal(err)
				}
				opts.TmpDir = t.TempDir()
				if err := engine.ScanTo(ctx, opts, corpus.paths, report.NewJSONStream(&got, report.JSONOptions{Text: true}), nil); err != nil {
					t.Fatal(err)
				}
				if d := cmp.Diff(want.String(), got.String()); d != "" {
					t.Errorf("ScanTo differs from Judge (-Judge +ScanTo):\n%s", d)
				}
				if left, _ := os.ReadDir(opts.TmpDir); len(left) != 0 {
					t.Errorf("ScanTo left %d files in its temporary folder", len(left))
				}
			})
		}
	}
}
