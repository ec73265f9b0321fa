package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/reprint/reprint/report"
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

// scanDoc is the part of the reprint.scan/v2 JSON the tests read.
type scanDoc struct {
	Schema   string `json:"schema"`
	Articles []struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	} `json:"articles"`
	Stories []struct {
		Articles []string
		Lineage  []struct{ Child, Parent string }
	}
	Pairs []struct {
		A, B     string
		Relation string
		Source   *string
		Common   bool
		Coverage struct{ A, B float64 }
		Passages []struct {
			Kind string
			A, B struct{ Start, End int }
		}
		Credit *struct {
			Article, Status, Name string
			Evidence              *struct{ Start, End int }
		}
		Quotes []struct {
			Article, Text, Status string
			Span                  struct{ Start, End int }
		}
	} `json:"pairs"`
	Rejected []struct{ Input, Reason string }
}

func scanSeeds(t *testing.T) scanDoc {
	t.Helper()
	needDir(t, seeds)
	out, _ := mustRun(t, "scan", "--json", "--text", seeds)
	var doc scanDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Schema != "reprint.scan/v2" || len(doc.Articles) != 5 {
		t.Fatalf("scan: schema %q, %d articles; want reprint.scan/v2, 5", doc.Schema, len(doc.Articles))
	}
	return doc
}

func TestScanSeeds(t *testing.T) {
	needDir(t, seeds)
	out, _ := mustRun(t, "scan", "--json", seeds)
	golden(t, "scan.json", out)

	doc := scanSeeds(t)
	text := map[string]string{}
	for _, a := range doc.Articles {
		text[a.ID] = a.Text
	}
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
		for _, q := range p.Quotes {
			if got := text[q.Article][q.Span.Start:q.Span.End]; got != q.Text {
				t.Errorf("quote %q of %s: text at its span is %q", q.Text, q.Article, got)
			}
		}
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

// TestScanProvenance holds the founding case's provenance: one story of
// all five; 002 and 003 derived from 001, 004 from 000, 000 and 001 under
// an unseen common source; 003 credits the BBC, 002 and 004 credit
// nobody; and the quotations that changed on the way are flagged.
func TestScanProvenance(t *testing.T) {
	doc := scanSeeds(t)
	if len(doc.Stories) != 1 || len(doc.Stories[0].Articles) != 5 {
		t.Fatalf("stories = %+v; want one story of 5 articles", doc.Stories)
	}
	parent := map[string]string{}
	for _, e := range doc.Stories[0].Lineage {
		parent[e.Child[:3]] = e.Parent
	}
	for child, want := range map[string]string{"000": "unseen", "001": "unseen", "002": "001", "003": "001", "004": "000"} {
		got := parent[child]
		if len(got) > 3 && got != "unseen" {
			got = got[:3]
		}
		if got != want {
			t.Errorf("lineage parent of %s = %q; want %q", child, got, want)
		}
	}
	credits := map[string]string{}
	names := map[string]string{}
	status := map[string]map[string]string{} // "source>derived" → quote text → status
	for _, p := range doc.Pairs {
		if p.Credit != nil {
			credits[p.Credit.Article[:3]] = p.Credit.Status
			names[p.Credit.Article[:3]] = p.Credit.Name
		}
		for _, q := range p.Quotes {
			key := (*p.Source)[:3] + ">" + q.Article[:3]
			if status[key] == nil {
				status[key] = map[string]string{}
			}
			status[key][strings.Trim(q.Text, ".,")] = q.Status
		}
		if p.A[:3] == "000" && p.B[:3] == "001" && (!p.Common || p.Source != nil) {
			t.Errorf("000/001: common %v, source %v; want an unseen common source", p.Common, p.Source)
		}
	}
	if credits["003"] != "credited" || names["003"] != "BBC" {
		t.Errorf("003 credit = %q %q; want credited BBC", credits["003"], names["003"])
	}
	for _, id := range []string{"002", "004"} {
		if credits[id] != "not-credited" {
			t.Errorf("%s credit = %q; want not-credited", id, credits[id])
		}
	}
	for _, tt := range []struct {
		article, quote string
		want           []string
	}{
		{"001>002", "Putin is lying about the true situation on the battlefield", []string{"altered"}},
		{"001>002", "completely surrounded", []string{"unquoted-in-source", "unattested"}},
		{"001>003", "drag everyone into endless discussions", []string{"merged"}},
		{"001>002", "good and productive", []string{"exact", "fragment"}},
		{"001>002", "false and fabricated", []string{"exact", "fragment"}},
		{"001>003", "cautious optimism", []string{"exact", "fragment"}},
		{"001>003", "false and fabricated", []string{"exact", "fragment"}},
	} {
		got := status[tt.article][tt.quote]
		if !slices.Contains(tt.want, got) {
			t.Errorf("%s quote %q status = %q; want one of %v", tt.article, tt.quote, got, tt.want)
		}
	}
}

// TestScanText holds the terminal report as written into a pipe or file
// (every line whole) and checks that on a terminal its lines are cut to
// report.DefaultWidth, or to a narrower terminal's width (issue 13).
func TestScanText(t *testing.T) {
	needDir(t, seeds)
	out, _ := mustRun(t, "scan", seeds)
	golden(t, "scan.txt", out)
	checkWidths(t, out, "scan", seeds)
}

// mustRunTerminal runs the program as on a terminal of cols columns (0:
// width unknown) and returns its stdout without the colour codes.
func mustRunTerminal(t *testing.T, cols int, args ...string) string {
	t.Helper()
	var o, e bytes.Buffer
	m := &Main{Stdout: &o, Stderr: &e, StdoutIsTerminal: true, StdoutColumns: cols}
	if err := m.Run(t.Context(), args); err != nil {
		t.Fatalf("reprint %s on a terminal: %v\n%s", strings.Join(args, " "), err, e.String())
	}
	return ansiCode.ReplaceAllString(o.String(), "")
}

// ansiCode matches the report's colour codes.
var ansiCode = regexp.MustCompile("\x1b\\[[0-9;]*m")

// checkWidths checks the program's text output for args: piped (out) it
// cuts no line and has one wider than a terminal; on terminals of 100
// columns and of 80 it cuts every line to fit.
func checkWidths(t *testing.T, out string, args ...string) {
	t.Helper()
	wide := false
	for line := range strings.SplitSeq(out, "\n") {
		wide = wide || len([]rune(line)) > report.DefaultWidth
		if strings.Contains(line, "…") {
			t.Errorf("reprint %s into a pipe cut a line: %q", strings.Join(args, " "), line)
		}
	}
	if !wide {
		t.Errorf("reprint %s into a pipe has no line wider than %d columns; the test needs one", strings.Join(args, " "), report.DefaultWidth)
	}
	for _, cols := range []int{0, 200, 80} {
		want := report.DefaultWidth
		if cols > 0 {
			want = min(want, cols)
		}
		for i, line := range strings.Split(mustRunTerminal(t, cols, args...), "\n") {
			if n := len([]rune(line)); n > want {
				t.Errorf("reprint %s on a %d-column terminal: line %d is %d columns; want ≤ %d: %q", strings.Join(args, " "), cols, i+1, n, want, line)
			}
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
	write("requests.warc", []byte("WARC/1.0\r\nWARC-Type: request\r\nContent-Length: 0\r\n\r\n\r\n\r\n"+
		"WARC/1.0\r\nWARC-Record-ID: <urn:x>\r\nContent-Length: 0\r\n\r\n\r\n\r\n"))
	write(".hidden.txt", []byte(story))
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
		"requests.warc":  "no-article",
		"loop":           "symlink-loop",
		"dangling":       "unreadable",
	}
	if diff := cmp.Diff(want, reasons); diff != "" {
		t.Errorf("rejection reasons (-want +got):\n%s", diff)
	}
	if articles != 2 {
		t.Errorf("extract: %d articles; want 2 (good.txt and the JSONL line)", articles)
	}
	if want := "read 11 = extracted 2 + rejected 9; skipped 2 WARC records that are not HTML pages and 1 hidden file in folders\n"; errs != want {
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
