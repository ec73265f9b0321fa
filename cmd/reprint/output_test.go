package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/reprint/reprint/report"
	"github.com/spf13/pflag"
)

// pairsDoc is the part of a scan document these tests read.
type pairsDoc struct {
	Stories []json.RawMessage `json:"stories"`
	Pairs   []report.Pair     `json:"pairs"`
}

// TestScanFormats runs scan on the seeds in each pair format, unfiltered
// and filtered (CSV and TSV in golden files), and checks the forms against --json: the
// same pairs, in the same order, with the same figures; and that each
// filter keeps exactly the pairs of --json that pass it.
func TestScanFormats(t *testing.T) {
	needDir(t, seeds)
	js, _ := mustRun(t, "scan", "--json", seeds)
	var doc pairsDoc
	if err := json.Unmarshal([]byte(js), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Pairs) < 5 {
		t.Fatalf("scan --json: %d pairs; the test needs the seeds' related pairs", len(doc.Pairs))
	}
	if alias, _ := mustRun(t, "scan", "--format", "json", seeds); alias != js {
		t.Error("scan --format json differs from scan --json")
	}
	for _, tt := range []struct {
		name   string
		args   []string
		filter report.PairFilter
	}{
		{"all", nil, report.PairFilter{}},
		{"min-coverage", []string{"--min-coverage", "0.8"}, report.PairFilter{MinCoverage: 0.8}},
		{"relation", []string{"--relation", "partial-copy", "--relation", "copy"}, report.PairFilter{Relations: []string{"partial-copy", "copy"}}},
		{"only-derived", []string{"--only-derived", "--min-coverage", "0.6"}, report.PairFilter{OnlyDerived: true, MinCoverage: 0.6}},
	} {
		var want []report.Pair
		for _, p := range doc.Pairs {
			if tt.filter.Keep(&p) {
				want = append(want, p)
			}
		}
		if tt.name != "all" && (len(want) == 0 || len(want) == len(doc.Pairs)) {
			t.Errorf("%s keeps %d of %d pairs; the test needs a filter that keeps some and drops some", tt.name, len(want), len(doc.Pairs))
		}
		for _, format := range []string{"csv", "tsv", "jsonl"} {
			args := append([]string{"scan", "--format", format}, tt.args...)
			out, _ := mustRun(t, append(args, seeds)...)
			var got []report.Pair
			if format == "jsonl" {
				// Each line is --json's pair, field for field.
				lines := slices.Collect(strings.Lines(out))
				for i, line := range lines {
					var p report.Pair
					if err := json.Unmarshal([]byte(line), &p); err != nil {
						t.Fatalf("%s: %v", strings.Join(args, " "), err)
					}
					if i < len(want) {
						a, _ := json.Marshal(p)
						b, _ := json.Marshal(want[i])
						if string(a) != string(b) {
							t.Errorf("%s: line %d = %s; want --json's pair %s", strings.Join(args, " "), i+1, a, b)
						}
					}
					got = append(got, p)
				}
			} else {
				golden(t, tt.name+"."+format, out)
				r := csv.NewReader(strings.NewReader(out))
				if format == "tsv" {
					r.Comma = '\t'
				}
				rows, err := r.ReadAll()
				if err != nil {
					t.Fatalf("%s: %v", strings.Join(args, " "), err)
				}
				for _, row := range rows[1:] {
					cov, _ := strconv.ParseFloat(row[10], 64)
					got = append(got, report.Pair{A: row[0], B: row[1], Relation: row[3], Coverage: report.Coverage{A: cov}})
				}
			}
			if len(got) != len(want) {
				t.Errorf("%s: %d pairs; want the %d of --json that pass the filter", strings.Join(args, " "), len(got), len(want))
				continue
			}
			for i := range want {
				if got[i].A != want[i].A || got[i].B != want[i].B || got[i].Relation != want[i].Relation || got[i].Coverage.A != want[i].Coverage.A {
					t.Errorf("%s: pair %d = %s ↔ %s %s %v; want %s ↔ %s %s %v", strings.Join(args, " "), i,
						got[i].A, got[i].B, got[i].Relation, got[i].Coverage.A, want[i].A, want[i].B, want[i].Relation, want[i].Coverage.A)
				}
			}
		}
		// --format json thins the pairs the same way.
		out, _ := mustRun(t, append(append([]string{"scan", "--format", "json"}, tt.args...), seeds)...)
		var thin pairsDoc
		if err := json.Unmarshal([]byte(out), &thin); err != nil {
			t.Fatal(err)
		}
		if len(thin.Pairs) != len(want) || len(thin.Stories) != len(doc.Stories) {
			t.Errorf("scan --format json %v: %d pairs, %d stories; want %d, %d", tt.args, len(thin.Pairs), len(thin.Stories), len(want), len(doc.Stories))
		}
	}
}

// TestOutputUsage checks that a wrong output flag or threshold is a usage
// error (exit status 2) naming the flag, before any work.
func TestOutputUsage(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "One article.", "b.txt": "Another article."})
	x, y := dir+"/a.txt", dir+"/b.txt"
	for _, args := range [][]string{
		{"scan", "--format", "xml", x},
		{"scan", "--json", "--format", "csv", x},
		{"scan", "--format", "csv", "--text", x},
		{"scan", "--relation", "copy", x},
		{"scan", "--format", "csv", "--relation", "plagiarism", x},
		{"scan", "--format", "csv", "--relation", "unrelated", x},
		{"scan", "--format", "csv", "--min-coverage", "1.5", x},
		{"scan", "--min-shared-terms", "0", x},
		{"scan", "--exact-min", "0", x},
		{"scan", "--all-pairs-work", "0", x},
		{"scan", "--archive", dir, "--top-terms", "20"},
		{"scan", "--copy-min", "0", x},
		{"scan", "--reuse-min", "1.5", x},
		{"scan", "--whole-min", "-0.1", x},
		{"scan", "--same-story-min", "0.1", x},
		{"scan", "--same-story-min-terms", "2", x},
		{"scan", "--same-story-min-facts", "1", x},
		{"scan", "--archive", dir, "--cut-min", "0.5"},
		{"compare", "--format", "yaml", x, y},
		{"compare", "--verbatim-run-share", "0", x, y},
		{"check", "--archive", dir, "--only-derived", x},
		{"check", "--archive", dir, "--part-similarity-min", "2", x},
		{"check", "--archive", dir, "--max-posting-docs", "500", x},
	} {
		out, errs, err := run(t, args...)
		flag := "--format"
		for _, a := range args {
			if strings.HasPrefix(a, "--") && a != "--archive" && a != "--format" {
				flag = a
			}
		}
		if exitStatus(err) != 2 || !strings.Contains(errs, flag) || out != "" {
			t.Errorf("reprint %s: status %d, stderr %q, stdout %q; want 2, an error naming %s, no output",
				strings.Join(args, " "), exitStatus(err), errs, out, flag)
		}
	}
}

// TestThresholdFlags checks that the detection thresholds reach the
// detector: raising every candidate bar past what the seeds share, with
// the all-pairs path off, leaves no related pair.
func TestThresholdFlags(t *testing.T) {
	needDir(t, seeds)
	out, _ := mustRun(t, "scan", "--format", "csv", seeds)
	if n := strings.Count(out, "\n"); n < 2 {
		t.Fatalf("scan --format csv: %d lines; want the header and pairs", n)
	}
	out, _ = mustRun(t, "scan", "--format", "csv", "--all-pairs-work", "-1", "--min-shared-fingerprints", "1000",
		"--min-shared-bags", "1000", "--min-shared-terms", "1000", seeds)
	if out != strings.Join(report.PairColumns, ",")+"\n" {
		t.Errorf("scan with candidate bars of 1000: %q; want the header alone", out)
	}
}

// TestCompareFormats checks compare's pair formats: the one pair, as in
// compare --json.
func TestCompareFormats(t *testing.T) {
	needDir(t, seeds)
	a, b := seeds+"/001_04057b8b3dc422fc.txt", seeds+"/002_a2e1b6a0f24d9543.txt"
	js, _ := mustRun(t, "compare", "--json", a, b)
	var doc pairsDoc
	if err := json.Unmarshal([]byte(js), &doc); err != nil {
		t.Fatal(err)
	}
	line, _ := mustRun(t, "compare", "--format", "jsonl", a, b)
	var p report.Pair
	if err := json.Unmarshal([]byte(line), &p); err != nil || strings.Count(line, "\n") != 1 {
		t.Fatalf("compare --format jsonl = %q, %v; want one line", line, err)
	}
	want, _ := json.Marshal(doc.Pairs[0])
	got, _ := json.Marshal(p)
	if string(got) != string(want) {
		t.Errorf("compare --format jsonl = %s; want --json's pair %s", got, want)
	}
	out, _ := mustRun(t, "compare", "--format", "tsv", a, b)
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 2 || !strings.HasPrefix(lines[1], doc.Pairs[0].A+"\t"+doc.Pairs[0].B+"\t") {
		t.Errorf("compare --format tsv = %q; want the header and the pair", out)
	}
}

// copyPair writes an article of the seeds and a copy of it with one word
// changed: a copy under the default bars (nearly all of it in runs of 8
// or more words), not all of it.
func copyPair(t *testing.T) (source, copied string) {
	t.Helper()
	needDir(t, seeds)
	text, err := os.ReadFile(seeds + "/004_f8feabe33e33089f.txt")
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Split(string(text), " ")
	words[len(words)/2] = "zebra"
	dir := writeFiles(t, map[string]string{"source.txt": string(text), "copy.txt": strings.Join(words, " ")})
	return filepath.Join(dir, "source.txt"), filepath.Join(dir, "copy.txt")
}

// TestJudgeFlags checks that the judge's bars reach the relation in
// compare, scan and check alike: the copy with one word changed is a copy
// by default, a partial-copy when a copy must keep every word in long
// runs, and a rewrite when long runs make no copy at all.
func TestJudgeFlags(t *testing.T) {
	source, copied := copyPair(t)
	arc := filepath.Join(t.TempDir(), "arc")
	mustRun(t, "add", "--archive", arc, source)
	commands := []func(flags []string) []string{
		func(flags []string) []string {
			return append(append([]string{"compare", "--format", "jsonl"}, flags...), source, copied)
		},
		func(flags []string) []string {
			return append(append([]string{"scan", "--format", "jsonl"}, flags...), source, copied)
		},
		func(flags []string) []string {
			return append(append([]string{"check", "--archive", arc, "--format", "jsonl"}, flags...), copied)
		},
	}
	tests := []struct {
		flags    []string
		relation string
	}{
		{nil, "copy"},
		{[]string{"--copy-min", "1"}, "partial-copy"},
		{[]string{"--copy-min", "1", "--cut-min", "1", "--verbatim-run-share", "1"}, "rewrite"},
	}
	for _, tt := range tests {
		for _, command := range commands {
			args := command(tt.flags)
			out, errs, err := run(t, args...)
			if err != nil && !(args[0] == "check" && exitStatus(err) == 1) {
				t.Fatalf("reprint %s: %v\n%s", strings.Join(args, " "), err, errs)
			}
			var p report.Pair
			if err := json.Unmarshal([]byte(out), &p); err != nil || strings.Count(out, "\n") != 1 {
				t.Fatalf("reprint %s = %q, %v; want one pair", strings.Join(args, " "), out, err)
			}
			if p.Relation != tt.relation {
				t.Errorf("reprint %s: %s; want %s", strings.Join(args, " "), p.Relation, tt.relation)
			}
		}
	}
}

// TestSeedsJudgeFlags checks the bars of reuse and of the extent on scan
// of the seeds: 001 and 004 are a rewrite (15% and 52% of them in
// passages), same-story when reuse needs every word in 3-word runs or in
// passages; 000 and 004 share 80% of each, a part by default and the whole
// when the whole starts at 80%.
func TestSeedsJudgeFlags(t *testing.T) {
	needDir(t, seeds)
	pair := func(a, b string, flags ...string) report.Pair {
		out, _ := mustRun(t, append(append([]string{"scan", "--format", "jsonl"}, flags...), seeds)...)
		for line := range strings.Lines(out) {
			var p report.Pair
			if err := json.Unmarshal([]byte(line), &p); err != nil {
				t.Fatal(err)
			}
			if strings.HasPrefix(p.A, a+"_") && strings.HasPrefix(p.B, b+"_") {
				return p
			}
		}
		t.Fatalf("scan %v: no pair %s-%s", flags, a, b)
		return report.Pair{}
	}
	tests := []struct {
		a, b     string
		flags    []string
		relation string
		extent   string
	}{
		{"001", "004", nil, "rewrite", "part"},
		{"001", "004", []string{"--reuse-min", "1", "--rewrite-min", "1"}, "same-story", "part"},
		{"000", "004", nil, "rewrite", "part"},
		{"000", "004", []string{"--whole-min", "0.8"}, "rewrite", "whole"},
	}
	for _, tt := range tests {
		if p := pair(tt.a, tt.b, tt.flags...); p.Relation != tt.relation || p.Extent != tt.extent {
			t.Errorf("scan %v: %s-%s %s · %s; want %s · %s", tt.flags, tt.a, tt.b, p.Relation, p.Extent, tt.relation, tt.extent)
		}
	}
}

// TestJudgeFlagsDefaults checks that every threshold flag given at its
// default gives today's documents byte for byte: the goldens of
// TestScanSeeds and TestCompareSeeds.
func TestJudgeFlagsDefaults(t *testing.T) {
	needDir(t, seeds)
	var defaults []string
	var th thresholdFlags
	fs := pflag.NewFlagSet("defaults", pflag.ContinueOnError)
	th.register(fs)
	fs.VisitAll(func(f *pflag.Flag) { defaults = append(defaults, "--"+f.Name, f.DefValue) })
	if len(defaults) != 2*len(thresholdNames) {
		t.Fatalf("%d threshold flags registered; thresholdNames has %d", len(defaults)/2, len(thresholdNames))
	}
	for _, tt := range []struct {
		golden string
		args   []string
	}{
		{"TestScanSeeds/scan.json", []string{"scan", "--json", seeds}},
		{"TestCompareSeeds/compare.txt", []string{"compare", seeds + "/001_04057b8b3dc422fc.txt", seeds + "/002_a2e1b6a0f24d9543.txt"}},
	} {
		want, err := os.ReadFile(filepath.Join("testdata", "golden", tt.golden))
		if err != nil {
			t.Fatal(err)
		}
		args := append(append([]string{tt.args[0]}, defaults...), tt.args[1:]...)
		got, _ := mustRun(t, args...)
		if got != string(want) {
			t.Errorf("reprint %s differs from %s:\n%s", strings.Join(args, " "), tt.golden, cmp.Diff(string(want), got))
		}
	}
}
