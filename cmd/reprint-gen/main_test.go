package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpora writes a small corpora directory of English-looking synthetic
// paragraphs in the PAN layout.
func corpora(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	src := filepath.Join(dir, "pan13-train", "src")
	if err := os.MkdirAll(src, 0o755); err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	fw := []string{"the", "of", "and", "to", "a", "in", "that", "was", "for", "with", "on", "by", "said", "from"}
	for f := range 60 {
		var paras []string
		for range 4 {
			var sents []string
			for range 3 {
				n := 9 + 2*r.IntN(4)
				ws := make([]string, n)
				for i := range ws {
					if i%2 == 1 {
						ws[i] = fw[r.IntN(len(fw))]
						continue
					}
					var sb strings.Builder
					for range 2 + r.IntN(2) {
						sb.WriteByte("bcdfghklmnprstvz"[r.IntN(16)])
						sb.WriteByte("aeiou"[r.IntN(5)])
					}
					ws[i] = sb.String()
				}
				ws[0] = strings.ToUpper(ws[0][:1]) + ws[0][1:]
				ws[n-1] += "."
				sents = append(sents, strings.Join(ws, " "))
			}
			paras = append(paras, strings.Join(sents, " "))
		}
		name := filepath.Join(src, fmt.Sprintf("source-document%05d.txt", f+1))
		if err := os.WriteFile(name, []byte(strings.Join(paras, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestRun(t *testing.T) {
	dir := corpora(t)
	out := t.TempDir()
	gen := func(name string, extra ...string) (arts, truth []byte) {
		t.Helper()
		a, tr := filepath.Join(out, name+".jsonl"), filepath.Join(out, name+".truth.jsonl")
		args := append([]string{"--n", "200", "--seed", "3", "--corpora", dir, "--out", a, "--truth", tr, "-q"}, extra...)
		var stdout, stderr bytes.Buffer
		if err := run(args, &stdout, &stderr); err != nil {
			t.Fatalf("run %q: %v\n%s", args, err, stderr.String())
		}
		arts, err := os.ReadFile(a)
		if err != nil {
			t.Fatal(err)
		}
		truth, err = os.ReadFile(tr)
		if err != nil {
			t.Fatal(err)
		}
		return arts, truth
	}
	a1, t1 := gen("one", "--workers", "1")
	a2, t2 := gen("two", "--workers", "2")
	if !bytes.Equal(a1, a2) || !bytes.Equal(t1, t2) {
		t.Errorf("same flags and seed gave different output")
	}
	if n := bytes.Count(a1, []byte("\n")); n != 200 {
		t.Errorf("%d article lines; want 200", n)
	}
	var first map[string]string
	if err := json.Unmarshal(a1[:bytes.IndexByte(a1, '\n')], &first); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"id", "text", "title", "site", "published"} {
		if first[f] == "" {
			t.Errorf("first article has no %q: %v", f, first)
		}
	}

	// No derived kinds: no truth.
	_, t0 := gen("none", "--copy", "0", "--partial", "0", "--light", "0", "--heavy", "0")
	if len(t0) != 0 {
		t.Errorf("truth of a corpus without reuse has %d bytes", len(t0))
	}
}

func TestRunStdout(t *testing.T) {
	dir := corpora(t)
	var stdout, stderr bytes.Buffer
	if err := run([]string{"--n", "5", "--corpora", dir}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(stdout.Bytes(), []byte("\n")); n != 5 {
		t.Errorf("%d lines on stdout; want 5", n)
	}
	if !strings.Contains(stderr.String(), "articles: 5") {
		t.Errorf("summary missing from stderr:\n%s", stderr.String())
	}
	stdout.Reset()
	if err := run([]string{"--measure", "20", "--corpora", dir, "-q"}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout.String(), "pairs sharing an 8-word run") {
		t.Errorf("--measure printed:\n%s", stdout.String())
	}
}

func TestRunErrors(t *testing.T) {
	dir := corpora(t)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"shares over 1", []string{"--copy", "0.6", "--heavy", "0.6"}, "sum"},
		{"negative share", []string{"--light", "-0.1"}, "[0, 1]"},
		{"negative n", []string{"--n", "-1"}, "≥ 0"},
		{"bad start", []string{"--start", "yesterday"}, "--start"},
		{"stray argument", []string{"extra"}, "unexpected"},
		{"unknown flag", []string{"--nope"}, "not defined"},
		{"no corpora", []string{"--corpora", filepath.Join(dir, "missing")}, "no corpora"},
	}
	for _, tt := range tests {
		args := append([]string{"--corpora", dir, "--n", "3", "-q"}, tt.args...)
		var stdout, stderr bytes.Buffer
		err := run(args, &stdout, &stderr)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: run(%q) error = %v; want one containing %q", tt.name, args, err, tt.want)
		}
	}
}
