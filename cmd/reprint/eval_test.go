package main

import (
	"encoding/json"
	"testing"
)

const corpora = "../../../shared/corpora"

// panReport is the part of eval pan --json the tests read.
type panReport struct {
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

func evalPAN(t *testing.T, args ...string) panReport {
	t.Helper()
	dir := corpora + "/pan13-train"
	needDir(t, dir)
	out, _ := mustRun(t, append(append([]string{"eval", "pan", "--json"}, args...), dir)...)
	var rep panReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("eval pan --json: %v\n%s", err, out)
	}
	if rep.Pairs != 5185 {
		t.Errorf("pairs = %d; want 5185", rep.Pairs)
	}
	if fp := rep.PairsWithDetections["01-no-plagiarism"]; fp.Pairs != 1000 || fp.Share > 0.01 {
		t.Errorf("01-no-plagiarism: %d of %d pairs with detections; want ≤ 1%%", fp.WithDetections, fp.Pairs)
	}
	return rep
}

// TestEvalPAN holds the targets on the PAN 2013 training corpus. Verbatim
// alignment alone: plagdet ≥ 0.90 without obfuscation, ≥ 0.80 with random
// obfuscation. With the sentence aligner (the default): overall ≥ 0.85,
// translation ≥ 0.80, summary ≥ 0.50, and 02/03 within 0.002 of verbatim
// alone. Both: detections on at most 1% of the pairs with no plagiarism.
// Quality is deterministic; time is not asserted.
func TestEvalPAN(t *testing.T) {
	if testing.Short() {
		t.Skip("aligns the whole PAN training corpus twice")
	}
	verb := evalPAN(t, "--verbatim-only", "--out", t.TempDir())
	for folder, min := range map[string]float64{"02-no-obfuscation": 0.90, "03-random-obfuscation": 0.80} {
		if got := verb.ByObfuscation[folder].Plagdet; got < min {
			t.Errorf("verbatim only: %s plagdet = %.4f; want ≥ %.2f", folder, got, min)
		}
	}
	all := evalPAN(t)
	if got := all.Overall.Plagdet; got < 0.85 {
		t.Errorf("overall plagdet = %.4f; want ≥ 0.85", got)
	}
	for folder, min := range map[string]float64{"04-translation-obfuscation": 0.80, "05-summary-obfuscation": 0.50} {
		if got := all.ByObfuscation[folder].Plagdet; got < min {
			t.Errorf("%s plagdet = %.4f; want ≥ %.2f", folder, got, min)
		}
	}
	for _, folder := range []string{"02-no-obfuscation", "03-random-obfuscation"} {
		if got, base := all.ByObfuscation[folder].Plagdet, verb.ByObfuscation[folder].Plagdet; got < base-0.002 {
			t.Errorf("%s plagdet = %.4f with the sentence aligner; verbatim alone %.4f: a regression", folder, got, base)
		}
	}
	t.Logf("verbatim only: overall %.4f %+v", verb.Overall.Plagdet, verb.ByObfuscation)
	t.Logf("with rewrites: overall %.4f %+v", all.Overall.Plagdet, all.ByObfuscation)
}

// TestEvalClough holds the Clough–Stevenson targets under leave-one-task-out
// cross-validation: 4-class accuracy ≥ 0.80, 2-class ≥ 0.95.
func TestEvalClough(t *testing.T) {
	dir := corpora + "/clough-stevenson"
	needDir(t, dir)
	out, _ := mustRun(t, "eval", "clough", "--json", dir)
	var rep struct {
		Accuracy4, Accuracy2 float64
		Answers              int
		Confusion            map[string]map[string]int
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("eval clough --json: %v\n%s", err, out)
	}
	if rep.Answers != 95 || len(rep.Confusion) != 4 {
		t.Errorf("answers = %d, confusion rows = %d; want 95, 4", rep.Answers, len(rep.Confusion))
	}
	if rep.Accuracy4 < 0.80 || rep.Accuracy2 < 0.95 {
		t.Errorf("accuracy 4-class %.3f, 2-class %.3f; want ≥ 0.80, ≥ 0.95", rep.Accuracy4, rep.Accuracy2)
	}
}

// TestEvalCounter holds the extent on COUNTER's development half to the
// issue's macro-F1 bar, its 2-class accuracy to what the tokens give since
// digits are cut from Urdu letters (0.837; 0.817 before), the credit of
// Urdu datelines to what it reads (37 of the 66 wholly derived stories
// credit the agency, "(اے پی پی)"; none before credit read Urdu), and
// checks the --json document's fields.
func TestEvalCounter(t *testing.T) {
	dir := corpora + "/counter-dev"
	needDir(t, dir)
	out, _ := mustRun(t, "eval", "counter", "--json", dir)
	var rep struct {
		Pairs     int                             `json:"pairs"`
		MacroF1   float64                         `json:"macro_f1"`
		Accuracy  float64                         `json:"accuracy"`
		Accuracy2 float64                         `json:"accuracy2"`
		Classes   map[string]struct{ F1 float64 } `json:"classes"`
		Confusion map[string]map[string]int       `json:"confusion"`
		Credits   map[string]map[string]int       `json:"credits"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("eval counter --json: %v\n%s", err, out)
	}
	if wd := rep.Credits["WD"]; wd["credited"] < 33 {
		t.Errorf("credits of WD pairs = %v; want at least half (33 of 66) credited", wd)
	}
	if rep.Pairs != 300 || len(rep.Classes) != 3 || len(rep.Confusion) != 3 || rep.Confusion["WD"] == nil {
		t.Errorf("pairs %d, classes %d, confusion rows %d; want 300, 3, 3 (WD, PD, ND)", rep.Pairs, len(rep.Classes), len(rep.Confusion))
	}
	if rep.MacroF1 < 0.70 || rep.Accuracy < 0.70 || rep.Accuracy2 < 0.83 {
		t.Errorf("macro-F1 %.3f, accuracy %.3f, 2-class %.3f; want ≥ 0.70, ≥ 0.70, ≥ 0.83", rep.MacroF1, rep.Accuracy, rep.Accuracy2)
	}
}

// TestEvalDirection holds the target: the source text named the
// source of at least 95% of Clough–Stevenson's derived answers, through
// scan (where the other answers witness the source's wording); compare,
// with the pair alone, is held to its measured 51 of 57.
func TestEvalDirection(t *testing.T) {
	dir := corpora + "/clough-stevenson"
	needDir(t, dir)
	out, _ := mustRun(t, "eval", "direction", "--json", dir)
	var rep struct {
		Paths []struct {
			Path     string
			Derived  int
			Accuracy float64
			Outcomes map[string]map[string]int
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("eval direction --json: %v\n%s", err, out)
	}
	want := map[string]float64{"scan": 0.95, "compare": 51.0 / 57}
	if len(rep.Paths) != len(want) {
		t.Fatalf("paths = %d; want %d", len(rep.Paths), len(want))
	}
	for _, p := range rep.Paths {
		if p.Derived != 57 {
			t.Errorf("%s: %d answers; want the 57 derived", p.Path, p.Derived)
		}
		if p.Accuracy < want[p.Path]-1e-9 {
			t.Errorf("%s: direction right for %.3f of answers (%v); want ≥ %.3f", p.Path, p.Accuracy, p.Outcomes["all"], want[p.Path])
		}
	}
	if scan := rep.Paths[0]; scan.Outcomes["all"]["reversed"] != 0 {
		t.Errorf("scan reverses %d answers; want none", scan.Outcomes["all"]["reversed"])
	}
}

// TestEvalAEBAlias: "eval aeb" is "eval extract" (the name the guard rails
// use): the same answer on a folder that is not the benchmark.
func TestEvalAEBAlias(t *testing.T) {
	dir := t.TempDir()
	_, _, errExtract := run(t, "eval", "extract", dir)
	_, _, errAEB := run(t, "eval", "aeb", dir)
	if errExtract == nil || errAEB == nil || errExtract.Error() != errAEB.Error() {
		t.Errorf("eval aeb %s: %v; eval extract: %v; want the same error", dir, errAEB, errExtract)
	}
}

// TestEvalExtract holds reprint's article extraction on the Zyte benchmark
// to at least go-trafilatura's own F1 on the same pages, and the body
// (the cleaned text after its headline, as the benchmark's articleBody)
// to F1 0.97, issue 10's bar (0.9702 when it was reached).
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
		Text        struct{ Precision, Recall, F1 float64 } `json:"reprint-text"`
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
	if rep.Reprint.F1 < 0.97 {
		t.Errorf("reprint F1 = %.4f; want ≥ 0.97", rep.Reprint.F1)
	}
	if rep.Text.F1 < rep.Trafilatura.F1 || rep.Text.F1 > rep.Reprint.F1 {
		t.Errorf("reprint-text F1 = %.4f; want between go-trafilatura's %.4f and the body's %.4f (the headline is not body)",
			rep.Text.F1, rep.Trafilatura.F1, rep.Reprint.F1)
	}
}
