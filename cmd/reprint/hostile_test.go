package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/reprint/reprint/engine"
)

// mustCopySeeds copies the seed articles into dir under the given names,
// in order, and returns dir.
func mustCopySeeds(t *testing.T, dir string, names ...string) string {
	t.Helper()
	needDir(t, seeds)
	files, err := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if err != nil || len(files) < len(names) {
		t.Fatalf("seeds: %v, %d files", err, len(files))
	}
	for i, name := range names {
		b, err := os.ReadFile(files[i])
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestTerminalEscapes: file names with terminal escapes and newlines never
// reach the terminal raw, in reports or in error messages (issue 13,
// fault 5).
func TestTerminalEscapes(t *testing.T) {
	dir := mustCopySeeds(t, t.TempDir(), "a\x1b[2J.txt", "b\nforged line.txt", "c\u202e.txt")
	check := func(what, out string) {
		t.Helper()
		if i := strings.IndexFunc(out, func(r rune) bool { return r < 0x20 && r != '\n' || r == 0x7f || r == 0x202e }); i >= 0 {
			t.Errorf("%s writes %q raw: %q", what, out[i], out[max(0, i-30):min(len(out), i+30)])
		}
		for line := range strings.SplitSeq(out, "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "forged") {
				t.Errorf("%s writes a forged line %q", what, line)
			}
		}
	}
	out, _ := mustRun(t, "scan", dir)
	check("scan", out)
	if !strings.Contains(out, `a\x1b[2J.txt`) {
		t.Errorf("scan report does not name a\\x1b[2J.txt escaped:\n%s", out)
	}
	out, _ = mustRun(t, "compare", filepath.Join(dir, "a\x1b[2J.txt"), filepath.Join(dir, "b\nforged line.txt"))
	check("compare", out)
	_, errs, err := run(t, "compare", filepath.Join(dir, "gone\x1b[2J.txt"), filepath.Join(dir, "b\nforged line.txt"))
	if err == nil {
		t.Fatalf("compare of a missing file: no error")
	}
	check("compare's error", errs)
}

// TestMaxBytesFlag: a size that is not from 1 byte to
// ingest.MaxArticleBytesLimit is a usage error on every command that takes
// one (issue 13, fault 9: 0 and -5 silently meant 16 MiB, the largest
// int64 rejected everything as unreadable).
func TestMaxBytesFlag(t *testing.T) {
	dir := mustCopySeeds(t, t.TempDir(), "a.txt", "b.txt")
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	for _, v := range []string{"0", "-5", "9223372036854775807", "1099511627777"} {
		for _, args := range [][]string{{"extract", a}, {"scan", dir}, {"compare", a, b}} {
			args := append([]string{args[0], "--max-bytes", v}, args[1:]...)
			out, _, err := run(t, args...)
			var ue usageError
			if !errorsAs(err, &ue) || exitStatus(err) != 2 {
				t.Errorf("reprint %v: error %v, output %.60q; want a usage error", args, err, out)
			}
		}
	}
	for _, v := range []string{"1099511627776", "100000"} {
		out, errs := mustRun(t, "extract", "--max-bytes", v, a)
		if !strings.Contains(out, `"kind":"article"`) || !strings.HasPrefix(errs, "read 1 = extracted 1 + rejected 0") {
			t.Errorf("reprint extract --max-bytes %s: %q; want the article", v, errs)
		}
	}
}

// TestMain runs the program itself when asked to, so that tests can send
// it signals as a separate process.
func TestMain(m *testing.M) {
	if os.Getenv("REPRINT_TEST_RUN_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// startMain starts the program with args as a separate process with its
// own temporary folder, and returns it with its stdout.
func startMain(t *testing.T, tmp string, args ...string) (*exec.Cmd, io.ReadCloser, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "REPRINT_TEST_RUN_MAIN=1", "TMPDIR="+tmp)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill() })
	return cmd, stdout, &stderr
}

// manyPages writes n copies of an HTML article into a new folder.
func manyPages(t *testing.T, n int) string {
	t.Helper()
	page, err := os.ReadFile("../../htmltext/testdata/article.html")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for i := range n {
		p := bytes.Replace(page, []byte("Harbour bridge"), fmt.Appendf(nil, "Harbour bridge %d", i), -1)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("page%04d.html", i)), p, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func spillFiles(t *testing.T, dir string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, "reprint-*"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestSignalWhileReading stops extract with SIGTERM and SIGINT while it
// reads: it must stop with the shell's status for the signal and leave no
// spill file behind (issue 13, fault 6: SIGTERM left a 29 MB spill file).
func TestSignalWhileReading(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the program on 3,000 pages")
	}
	dir := manyPages(t, 3000)
	for _, tt := range []struct {
		sig  syscall.Signal
		code int
	}{{syscall.SIGTERM, 143}, {syscall.SIGINT, 130}} {
		t.Run(tt.sig.String(), func(t *testing.T) {
			tmp := t.TempDir()
			cmd, stdout, stderr := startMain(t, tmp, "extract", dir)
			go io.Copy(io.Discard, stdout)
			deadline := time.Now().Add(30 * time.Second)
			for len(spillFiles(t, tmp)) == 0 {
				if time.Now().After(deadline) {
					t.Fatal("no spill file after 30 s")
				}
				time.Sleep(5 * time.Millisecond)
			}
			time.Sleep(100 * time.Millisecond) // well into reading
			cmd.Process.Signal(tt.sig)
			cmd.Wait()
			if got := cmd.ProcessState.ExitCode(); got != tt.code {
				t.Errorf("extract stopped by %v: exit status %d (%v); want %d", tt.sig, got, cmd.ProcessState, tt.code)
			}
			if left := spillFiles(t, tmp); len(left) > 0 {
				t.Errorf("extract stopped by %v left %v", tt.sig, left)
			}
			if !strings.Contains(stderr.String(), "reprint: interrupted") {
				t.Errorf("extract stopped by %v: stderr %q; want it to say interrupted", tt.sig, stderr)
			}
		})
	}
}

// TestSignalWhileWriting stops extract with SIGINT once it has begun to
// write its output, while the reader of its output is slow: it must stop
// within a few articles, not write all of them first (issue 13, fault 11).
func TestSignalWhileWriting(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the program on 400 pages")
	}
	const n = 400
	dir := manyPages(t, n)
	cmd, stdout, stderr := startMain(t, t.TempDir(), "extract", dir)
	br := bufio.NewReader(stdout)
	first, err := br.ReadBytes('\n') // the output pass has begun
	if err != nil {
		t.Fatalf("reading the first line: %v; stderr %s", err, stderr)
	}
	// The writer now blocks on the full pipe; the signal lands mid-pass.
	cmd.Process.Signal(syscall.SIGINT)
	time.Sleep(100 * time.Millisecond)
	rest, _ := io.ReadAll(br)
	cmd.Wait()
	lines := 1 + bytes.Count(rest, []byte("\n"))
	if got := cmd.ProcessState.ExitCode(); got != 130 {
		t.Errorf("extract stopped by SIGINT: exit status %d; want 130", got)
	}
	if lines >= n {
		t.Errorf("extract wrote all %d lines after SIGINT (the first: %.40q); want it to stop early", lines, first)
	}
}

// TestMissingInputs: a path that does not exist, or a folder given to
// compare, is one clear line and status 2, before any work.
func TestMissingInputs(t *testing.T) {
	dir := mustCopySeeds(t, t.TempDir(), "a.txt", "b.txt")
	a, missing := filepath.Join(dir, "a.txt"), filepath.Join(dir, "missing.txt")
	tests := []struct {
		args []string
		says string
	}{
		{[]string{"scan", missing}, "reprint: scan: " + missing + ": no such file or directory\n"},
		{[]string{"scan", dir, missing}, "reprint: scan: " + missing + ": no such file or directory\n"},
		{[]string{"extract", missing}, "reprint: extract: " + missing + ": no such file or directory\n"},
		{[]string{"compare", a, missing}, "reprint: compare: " + missing + ": no such file or directory\n"},
		{[]string{"compare", a, dir}, "reprint: compare: " + dir + " is a folder; compare reads two articles, each a file (or - for standard input)\n"},
	}
	for _, tt := range tests {
		out, errs, status := runIn(t, "", tt.args...)
		if status != 2 || errs != tt.says || out != "" {
			t.Errorf("reprint %v: status %d, stderr %q, stdout %.40q; want 2, %q, nothing", tt.args, status, errs, out, tt.says)
		}
	}
}

// TestStdinDash reads "-" as standard input in extract, scan and compare.
func TestStdinDash(t *testing.T) {
	dir := mustCopySeeds(t, t.TempDir(), "a.txt", "b.txt")
	a := filepath.Join(dir, "a.txt")
	text, err := os.ReadFile(a)
	if err != nil {
		t.Fatal(err)
	}
	out, errs, status := runIn(t, string(text), "extract", "-")
	if status != 0 || !strings.HasPrefix(out, `{"kind":"article","id":"stdin","input":"-",`) || errs != "read 1 = extracted 1 + rejected 0\n" {
		t.Errorf("extract -: status %d, stdout %.80q, stderr %q", status, out, errs)
	}
	// The same article twice: an exact copy of itself.
	out, _, status = runIn(t, string(text), "scan", "--json", a, "-")
	if status != 0 || !strings.Contains(out, `"id": "stdin"`) || !strings.Contains(out, `"relation": "copy"`) {
		t.Errorf("scan a.txt -: status %d, output %.300s", status, out)
	}
	out, _, status = runIn(t, string(text), "compare", a, "-")
	if status != 0 || !strings.Contains(out, "A  a.txt") || !strings.Contains(out, "B  stdin") {
		t.Errorf("compare a.txt -: status %d, output %.300s", status, out)
	}
}

// TestVersion: --version prints one line and exits 0.
func TestVersion(t *testing.T) {
	out, errs, status := runIn(t, "", "--version")
	if status != 0 || !strings.HasPrefix(out, "reprint ") || strings.Count(out, "\n") != 1 || errs != "" {
		t.Errorf("reprint --version: status %d, stdout %q, stderr %q; want 0 and one line", status, out, errs)
	}
}

// TestHTMLFile: the --html report has the mode of any report, and a
// missing folder is an error naming the path asked for.
func TestHTMLFile(t *testing.T) {
	dir := mustCopySeeds(t, t.TempDir(), "a.txt", "b.txt")
	out := filepath.Join(t.TempDir(), "report.html")
	mustRun(t, "scan", "--html", out, dir)
	fi, err := os.Stat(out)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o644 {
		t.Errorf("--html %s: mode %v; want 0644", out, fi.Mode().Perm())
	}
	missing := filepath.Join(t.TempDir(), "no-such-folder", "report.html")
	_, errs, err := run(t, "scan", "--html", missing, dir)
	if err == nil || !strings.Contains(errs, missing) || !strings.Contains(errs, "no such file or directory") || strings.Contains(errs, ".reprint-") {
		t.Errorf("--html into a missing folder: error %v, stderr %q; want one naming %s", err, errs, missing)
	}
}

// TestProgressAfterStep: once a step is complete, a spinner shows that
// work goes on, until the next step reports or the command ends (issue 13:
// 20–30 s of silence after 100%).
func TestProgressAfterStep(t *testing.T) {
	var stderr bytes.Buffer
	m := &Main{Stderr: &stderr, StderrIsTerminal: true}
	p := m.newProgress(t.Context())
	report := p.report()
	report(engine.StepIndex, 3, 10)
	if p.idle != nil {
		t.Errorf("a spinner while indexing is at 3 of 10")
	}
	report(engine.StepIndex, 10, 10)
	if p.idle == nil {
		t.Errorf("no spinner once indexing is complete")
	}
	report(engine.StepCandidates, 1, 0)
	if p.idle != nil {
		t.Errorf("the spinner stays once the next step reports")
	}
	report(engine.StepAlign, 5, 5)
	done := make(chan bool)
	go func() { p.Done(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Done does not return with the spinner shown")
	}
	if p.idle != nil {
		t.Errorf("the spinner stays after Done")
	}
}

// TestMemoryLimitFlag: --memory-limit takes a size with a unit and sets
// the collector's soft limit for the command only (the limit before it
// is back after); the output is the same with it; a value that is not a
// size, or under 64MiB, is a usage error.
func TestMemoryLimitFlag(t *testing.T) {
	dir := mustCopySeeds(t, t.TempDir(), "a.txt", "b.txt")
	for _, v := range []string{"lots", "-1GiB", "1MiB", "0"} {
		out, _, err := run(t, "scan", "--memory-limit", v, "--json", dir)
		var ue usageError
		if !errorsAs(err, &ue) || exitStatus(err) != 2 {
			t.Errorf("reprint scan --memory-limit %s: error %v, output %.60q; want a usage error", v, err, out)
		}
	}
	before := debug.SetMemoryLimit(-1)
	want, _ := mustRun(t, "scan", "--json", dir)
	got, _ := mustRun(t, "scan", "--memory-limit", "1.5GiB", "--json", dir)
	if got != want {
		t.Errorf("scan --memory-limit 1.5GiB --json differs from scan --json")
	}
	if after := debug.SetMemoryLimit(-1); after != before {
		t.Errorf("memory limit after the command %d, before %d: not restored", after, before)
	}
	for _, c := range []struct {
		flag, env string
		n         int64
		set       bool
	}{
		{"", "", 2 << 30, true},           // the default
		{"", "3GiB", 0, false},            // $GOMEMLIMIT, applied by the runtime
		{"1GiB", "3GiB", 1 << 30, true},   // the flag over the environment
		{"none", "", math.MaxInt64, true}, // no limit
		{"none", "3GiB", math.MaxInt64, true},
	} {
		n, set, err := memoryLimitFor(c.flag, c.env)
		if err != nil || n != c.n || set != c.set {
			t.Errorf("memoryLimitFor(%q, %q) = %d, %v, %v; want %d, %v", c.flag, c.env, n, set, err, c.n, c.set)
		}
	}
	if n, err := parseMemoryLimit("1.5GiB"); err != nil || n != 3<<29 {
		t.Errorf("parseMemoryLimit(1.5GiB) = %d, %v; want %d", n, err, int64(3<<29))
	}
}
