package main

import (
	"encoding/json"
	"testing"
)

const corpora = "../../../shared/corpora"

// TestEvalPAN holds the verbatim targets on the PAN 2013 training corpus:
// plagdet ≥ 0.90 without obfuscation, ≥ 0.80 with random obfuscation, and
// detections on at most 1% of the pairs with no plagiarism. Quality is
// deterministic; time is not asserted.
func TestEvalPAN(t *testing.T) {
	if testing.Short() {
		t.Skip("aligns the whole PAN training corpus")
	}
	dir := corpora + "/pan13-train"
	needDir(t, dir)
	out, _ := mustRun(t, "eval", "pan", "--json", "--out", t.TempDir(), dir)
	var rep struct {
		Overall       struct{ Plagdet float64 }
		ByObfuscation map[string]struct {
			Plagdet, Recall, Precision, Granularity float64
		} `json:"by_obfuscation"`
		PairsWithDetections map[string]struct {
			Pairs, WithDetections int
			Share                 float64
		} `json:"pairs_with_detections"`
		Pairs int
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("eval pan --json: %v\n%s", err, out)
	}
	if rep.Pairs != 5185 {
		t.Errorf("pairs = %d; want 5185", rep.Pairs)
	}
	for folder, min := range map[string]float64{"02-no-obfuscation": 0.90, "03-random-obfuscation": 0.80} {
		if got := rep.ByObfuscation[folder].Plagdet; got < min {
			t.Errorf("%s plagdet = %.4f; want ≥ %.2f", folder, got, min)
		}
	}
	if fp := rep.PairsWithDetections["01-no-plagiarism"]; fp.Pairs != 1000 || fp.Share > 0.01 {
		t.Errorf("01-no-plagiarism: %d of %d pairs with detections; want ≤ 1%%", fp.WithDetections, fp.Pairs)
	}
	t.Logf("overall plagdet %.4f; by folder %+v", rep.Overall.Plagdet, rep.ByObfuscation)
}

// TestEvalExtract holds reprint's article extraction on the Zyte benchmark
// to at least go-trafilatura's own F1 on the same pages.
func TestEvalExtract(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 181 pages")
	}
	dir := corpora + "/scrapinghub-aeb"
	needDir(t, dir)
	out, _ := mustRun(t, "eval", "extract", "--json", dir)
	var rep struct {
		Pages       int
		Reprint     struct{ Precision, Recall, F1 float64 }
		Trafilatura struct{ Precision, Recall, F1 float64 }
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("eval extract --json: %v\n%s", err, out)
	}
	if rep.Pages != 181 {
		t.Errorf("pages = %d; want 181", rep.Pages)
	}
	if rep.Reprint.F1 < rep.Trafilatura.F1 {
		t.Errorf("reprint F1 %.4f < go-trafilatura alone %.4f", rep.Reprint.F1, rep.Trafilatura.F1)
	}
	if rep.Reprint.F1 < 0.955 {
		t.Errorf("reprint F1 = %.4f; want ≥ 0.955 (go-trafilatura's published 0.960 within noise)", rep.Reprint.F1)
	}
	t.Logf("reprint %+v; trafilatura %+v", rep.Reprint, rep.Trafilatura)
}
