package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
