package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/google/go-cmp/cmp"
	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/report"
)

// The data beside the project, read by relative path from this package.
const (
	seeds  = "../../../shared/seeds"
	clough = "../../../shared/corpora/clough-stevenson/corpus-20090418"
)

func TestMain(m *testing.M) { ptest.MainWithDefault(m, "prism") }

func needDir(tb testing.TB, dir string) {
	tb.Helper()
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("%s not found beside the project: %v", dir, err)
	}
}

// mustScan returns the reprint.scan JSON document that reprint scan --json
// writes for paths (engine.Scan), under allPairsWork.
func mustScan(tb testing.TB, allPairsWork int, paths ...string) []byte {
	tb.Helper()
	scan, err := engine.Scan(context.Background(), engine.Options{Detect: detect.Options{AllPairsWork: allPairsWork}}, paths, nil)
	if err != nil {
		tb.Fatalf("engine.Scan(%q): %v", paths, err)
	}
	var b bytes.Buffer
	if err := report.WriteJSON(&b, scan, report.JSONOptions{}); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// mustBeam runs the pipeline on Prism and returns the document it wrote.
func mustBeam(tb testing.TB, opts Options) []byte {
	tb.Helper()
	opts.Output = filepath.Join(tb.TempDir(), "scan.json")
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, opts); err != nil {
		tb.Fatalf("Build: %v", err)
	}
	if _, err := prism.Execute(context.Background(), p); err != nil {
		tb.Fatalf("running on prism: %v", err)
	}
	b, err := os.ReadFile(opts.Output)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// sameReport fails the test unless the two documents are byte for byte the
// same, showing the difference field by field.
func sameReport(tb testing.TB, want, got []byte) {
	tb.Helper()
	if bytes.Equal(want, got) {
		return
	}
	var w, g any // report.Scan's Format does not read back from JSON
	if err := json.Unmarshal(want, &w); err != nil {
		tb.Fatal(err)
	}
	if err := json.Unmarshal(got, &g); err != nil {
		tb.Fatalf("pipeline output: %v\n%s", err, got)
	}
	tb.Errorf("pipeline report differs from scan's (-scan +beam):\n%s", cmp.Diff(w, g))
}

// TestSeedsSameAsScan: on the seeds the pipeline writes scan's document,
// byte for byte: related pairs, relations, passages, direction, credit,
// quotations, stories and lineage.
func TestSeedsSameAsScan(t *testing.T) {
	needDir(t, seeds)
	sameReport(t, mustScan(t, 0, seeds), mustBeam(t, Options{Inputs: []string{seeds}}))
}

// TestCloughSameAsScan: the same on the 100 Clough–Stevenson texts.
func TestCloughSameAsScan(t *testing.T) {
	needDir(t, clough)
	sameReport(t, mustScan(t, 0, clough), mustBeam(t, Options{Inputs: []string{clough}}))
}

// TestCandidatesSameAsScan: both corpora are small enough for detect to
// align every pair; with that path off, on both sides, the candidate
// stages (keys, caps, votes) find the pairs scan's candidate search finds.
// Label propagation runs one round only, so the exact merge after it does
// work too.
func TestCandidatesSameAsScan(t *testing.T) {
	needDir(t, seeds)
	needDir(t, clough)
	sameReport(t, mustScan(t, -1, seeds, clough), mustBeam(t, Options{Inputs: []string{seeds, clough}, AllPairsWork: -1, Rounds: 1}))
}
