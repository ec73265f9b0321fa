package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/golden")

const seeds = "../../../shared/seeds"

// run executes the program with args and returns stdout and stderr.
func run(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdout: &out, Stderr: &errb}
	err := m.Run(t.Context(), args)
	return out.String(), errb.String(), err
}

func mustRun(t *testing.T, args ...string) (string, string) {
	t.Helper()
	out, errs, err := run(t, args...)
	if err != nil {
		t.Fatalf("reprint %s: %v\nstderr:\n%s", strings.Join(args, " "), err, errs)
	}
	return out, errs
}

func needDir(t *testing.T, dir string) {
	t.Helper()
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("%s not available: %v", dir, err)
	}
}

// golden compares got with testdata/golden/<test>/<name>, or rewrites it
// under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", t.Name(), name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file (run with -update to create it): %v", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}

func TestScanSeeds(t *testing.T) {
	needDir(t, seeds)
	out, _ := mustRun(t, "scan", "--json", seeds)
	golden(t, "scan.json", out)

	var doc struct {
		Schema   string `json:"schema"`
		Articles []struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		} `json:"articles"`
		Pairs []struct {
			A, B     string
			Relation string
			Coverage struct{ A, B float64 }
			Passages []struct {
				Kind string
				A, B struct{ Start, End int }
			}
		} `json:"pairs"`
	}
	// With --text the spans can be checked against the texts they index.
	out, _ = mustRun(t, "scan", "--json", "--text", seeds)
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Schema != "reprint.scan/v1" || len(doc.Articles) != 5 {
		t.Fatalf("scan: schema %q, %d articles; want reprint.scan/v1, 5", doc.Schema, len(doc.Articles))
	}
	text := map[string]string{}
	for _, a := range doc.Articles {
		text[a.ID] = a.Text
	}
	found := false
	relation := map[string]string{}
	for _, p := range doc.Pairs {
		relation[p.A[:3]+"-"+p.B[:3]] = p.Relation
		if p.A >= p.B {
			t.Errorf("pair %s, %s not ordered", p.A, p.B)
		}
		for _, ps := range p.Passages {
			if ps.A.Start < 0 || ps.A.End > len(text[p.A]) || ps.B.Start < 0 || ps.B.End > len(text[p.B]) || ps.A.End <= ps.A.Start {
				t.Errorf("pair %s %s: passage spans %v %v out of range", p.A, p.B, ps.A, ps.B)
			}
		}
		// 000 and 001 are two scraped revisions of one BBC article: they
		// share long verbatim passages.
		if strings.HasPrefix(p.A, "000_") && strings.HasPrefix(p.B, "001_") {
			found = true
			if p.Coverage.A < 0.5 {
				t.Errorf("000/001 coverage of 000 = %.2f; want ≥ 0.5", p.Coverage.A)
			}
		}
	}
	if !found {
		t.Errorf("scan did not relate 000 and 001")
	}
	// The founding case: 002 and 003 rewrite 001, 004 rewrites 000, and
	// 000 and 001 are two scraped revisions of one article.
	for pair, want := range map[string]string{
		"001-002": "rewrite",
		"001-003": "rewrite",
		"000-004": "rewrite",
		"000-001": "partial-copy",
	} {
		if got := relation[pair]; got != want {
			t.Errorf("scan relation %s = %q; want %q", pair, got, want)
		}
	}
}

func TestScanText(t *testing.T) {
	needDir(t, seeds)
	out, _ := mustRun(t, "scan", seeds)
	golden(t, "scan.txt", out)
	for i, line := range strings.Split(out, "\n") {
		if n := len([]rune(line)); n > textWidth {
			t.Errorf("line %d is %d columns; want ≤ %d: %q", i+1, n, textWidth, line)
		}
	}
}

func TestScanDeterministic(t *testing.T) {
	needDir(t, seeds)
	first, _ := mustRun(t, "scan", "--json", seeds)
	for range 3 {
		again, _ := mustRun(t, "scan", "--json", seeds)
		if again != first {
			t.Fatalf("scan output differs between runs")
		}
	}
}

func TestExtractSeeds(t *testing.T) {
	needDir(t, seeds)
	out, errs := mustRun(t, "extract", seeds)
	golden(t, "extract.jsonl", out)
	if want := "read 5 = extracted 5 + rejected 0\n"; errs != want {
		t.Errorf("extract stderr = %q; want %q", errs, want)
	}
}

// TestExtractBadInput runs extract over a folder of bad items beside good
// ones: every item is accounted for, each bad one with its reason.
func TestExtractBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	story := "A headline for the story\n\nThe council voted on Tuesday to close the old library, a decision that residents had fought for more than two years.\n"
	write("good.txt", []byte(story))
	write("binary.txt", []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 1, 2, 3, 0, 0})
	write("empty.txt", nil)
	write("invalid.txt", []byte("caf\xc3\xa9 and then a bad byte \xc3\x28 here and more words\n"))
	line, err := json.Marshal(map[string]string{"id": "j1", "text": story})
	if err != nil {
		t.Fatal(err)
	}
	write("bad.jsonl", append(line, "\n{not json\n"...))
	write("noarticle.html", []byte("<!doctype html><html><head><title>x</title></head><body><nav><a href=/>Home</a></nav></body></html>"))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n"))
	zw.Close()
	write("cut.warc.gz", gz.Bytes()[:gz.Len()-6])
	if err := os.Symlink("loop", filepath.Join(dir, "loop")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("nowhere", filepath.Join(dir, "dangling")); err != nil {
		t.Fatal(err)
	}

	out, errs := mustRun(t, "extract", dir)
	reasons := map[string]string{}
	articles := 0
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var rec struct {
			Kind, ID, Input, Reason string
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("output line is not JSON: %v: %s", err, sc.Text())
		}
		switch rec.Kind {
		case "article":
			articles++
		case "rejected":
			// Inputs are "path", "path:line" (JSONL) or "path#offset" (WARC).
			name := filepath.Base(rec.Input)
			name = strings.SplitN(strings.SplitN(name, ":", 2)[0], "#", 2)[0]
			reasons[name] = rec.Reason
		default:
			t.Errorf("output line of kind %q", rec.Kind)
		}
	}
	want := map[string]string{
		"binary.txt":     "binary",
		"empty.txt":      "empty",
		"invalid.txt":    "invalid-utf8",
		"bad.jsonl":      "bad-record",
		"noarticle.html": "no-article",
		"cut.warc.gz":    "truncated",
		"loop":           "symlink-loop",
		"dangling":       "unreadable",
	}
	if diff := cmp.Diff(want, reasons); diff != "" {
		t.Errorf("rejection reasons (-want +got):\n%s", diff)
	}
	if articles != 2 {
		t.Errorf("extract: %d articles; want 2 (good.txt and the JSONL line)", articles)
	}
	if want := "read 10 = extracted 2 + rejected 8\n"; errs != want {
		t.Errorf("extract stderr = %q; want %q", errs, want)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"scan"}, {"extract"}, {"eval", "pan"}, {"scan", "--no-such-flag", "x"}} {
		_, _, err := run(t, args...)
		var ue usageError
		if err == nil {
			t.Errorf("reprint %v: no error", args)
		} else if !errorsAs(err, &ue) {
			t.Errorf("reprint %v: %v; want a usage error", args, err)
		}
	}
}
