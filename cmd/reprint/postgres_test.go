package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/reprint/reprint/internal/pgtest"
)

// TestArchivePostgresCLI runs add, check and scan on an archive in a
// PostgreSQL database of a private cluster: the same answers as the
// embedded store's. It needs Debian's postgresql (installed by .ci/run):
// without it the test fails under CI=true and skips elsewhere.
func TestArchivePostgresCLI(t *testing.T) {
	needDir(t, seeds)
	cl := pgtest.Need(t)
	url := cl.NewDatabase(t)
	lite := filepath.Join(t.TempDir(), "arc")

	for _, arc := range []string{url, lite} {
		out, _ := mustRun(t, "add", "--archive", arc, seeds)
		if !strings.Contains(out, "read 5 = added 5 + unchanged 0 + replaced 0 + rejected 0") {
			t.Errorf("add to %s:\n%s", arc, out)
		}
	}
	pg, _ := mustRun(t, "scan", "--archive", url, "--json")
	sq, _ := mustRun(t, "scan", "--archive", lite, "--json")
	if pg != sq {
		t.Errorf("scan --archive of PostgreSQL differs from the embedded store's:\n%s\n---\n%s", pg, sq)
	}
	seed := filepath.Join(seeds, "002_a2e1b6a0f24d9543.txt")
	if _, _, status := runIn(t, "", "check", "--archive", url, seed); status != 1 {
		t.Errorf("check of a seed against PostgreSQL: status %d, want 1", status)
	}
	// A missing database is what a missing folder is to the embedded store.
	_, _, want := runIn(t, "", "scan", "--archive", filepath.Join(t.TempDir(), "none"))
	_, errOut, status := runIn(t, "", "scan", "--archive", strings.Replace(url, "/"+lastPath(url), "/nosuchdb", 1))
	if status != want || !strings.Contains(errOut, "no archive") {
		t.Errorf("scan of a missing database: status %d, stderr %q; want %d and no archive", status, errOut, want)
	}
}

// lastPath is the database name of a postgres URL.
func lastPath(url string) string {
	p := url[strings.LastIndex(url, "/")+1:]
	if i := strings.IndexByte(p, '?'); i >= 0 {
		p = p[:i]
	}
	return p
}
