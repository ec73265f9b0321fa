package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/internal/synth"
	"github.com/reprint/reprint/sqlite"
)

// runIn runs the program with stdin and returns stdout, stderr and the
// exit status main would give.
func runIn(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}
	err := m.Run(t.Context(), args)
	status := 0
	if err != nil {
		status = exitStatus(err)
	}
	return out.String(), errb.String(), status
}

// TestArchiveCLI runs the archive commands end to end on the seeds.
func TestArchiveCLI(t *testing.T) {
	needDir(t, seeds)
	arc := filepath.Join(t.TempDir(), "arc")

	out, _ := mustRun(t, "add", "--archive", arc, seeds)
	if !strings.Contains(out, "read 5 = added 5 + unchanged 0 + replaced 0 + rejected 0") {
		t.Errorf("add summary:\n%s", out)
	}
	out, _ = mustRun(t, "add", "--json", "--archive", arc, seeds)
	var st engine.AddStats
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("add --json: %v\n%s", err, out)
	}
	if st.Read != 5 || st.Unchanged != 5 || st.Pairs != 0 {
		t.Errorf("second add: %+v, want 5 unchanged", st)
	}

	// scan --archive prints what scan prints.
	fromArchive, _ := mustRun(t, "scan", "--archive", arc)
	direct, _ := mustRun(t, "scan", seeds)
	if fromArchive != direct {
		t.Errorf("scan --archive differs from scan:\n%s\n---\n%s", fromArchive, direct)
	}

	// check: reuse found is status 1, from a file or standard input.
	seed := filepath.Join(seeds, "002_a2e1b6a0f24d9543.txt")
	out, _, status := runIn(t, "", "check", "--archive", arc, "--json", seed)
	if status != 1 {
		t.Errorf("check of a seed: status %d, want 1", status)
	}
	var doc scanDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("check --json: %v", err)
	}
	if doc.Schema != "reprint.scan/v2" || len(doc.Articles) == 0 || doc.Articles[0].ID != "002_a2e1b6a0f24d9543.txt" {
		t.Errorf("check --json: schema %q, articles %v", doc.Schema, doc.Articles)
	}
	text, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	out, _, status = runIn(t, string(text), "check", "--archive", arc, "-")
	if status != 1 || !strings.Contains(out, "stdin") {
		t.Errorf("check - : status %d, output:\n%s", status, out)
	}
	unrelated := filepath.Join(t.TempDir(), "garden.txt")
	os.WriteFile(unrelated, []byte("Tomatoes need full sun and regular watering.\nPlant them out after the last frost, in rich soil.\n"), 0o644)
	if _, errs, status := runIn(t, "", "check", "--archive", arc, unrelated); status != 0 {
		t.Errorf("check of an unrelated text: status %d, stderr %s", status, errs)
	}
	for _, tc := range []struct {
		name string
		args []string
		says string
	}{
		{"no archive", []string{"check", "--archive", filepath.Join(t.TempDir(), "none"), seed}, "no archive"},
		{"missing file", []string{"check", "--archive", arc, filepath.Join(t.TempDir(), "none.txt")}, "no article"},
		{"two files", []string{"check", "--archive", arc, seed, seed}, "exactly one"},
		{"empty stdin", []string{"check", "--archive", arc, "-"}, "empty"},
	} {
		t.Run("check "+tc.name, func(t *testing.T) {
			_, errs, status := runIn(t, "", tc.args...)
			if status != 2 {
				t.Errorf("status %d, want 2", status)
			}
			if !strings.Contains(errs, tc.says) {
				t.Errorf("stderr %q does not say %q", errs, tc.says)
			}
		})
	}

	out, _ = mustRun(t, "archive", "stats", "--json", "--archive", arc)
	var ss engine.StoreStats
	if err := json.Unmarshal([]byte(out), &ss); err != nil {
		t.Fatal(err)
	}
	if ss.Articles != 5 || ss.Pairs != 10 || ss.Pending != 0 || ss.Files[sqlite.DBFile] == 0 {
		t.Errorf("stats: %+v", ss)
	}
	out, _ = mustRun(t, "archive", "verify", "--archive", arc)
	if strings.TrimSpace(out) != "ok" {
		t.Errorf("verify: %s", out)
	}
	out, _ = mustRun(t, "archive", "export", "--archive", arc)
	if n := strings.Count(out, "\n"); n != 5 {
		t.Errorf("export printed %d lines, want 5", n)
	}
	mustRun(t, "archive", "remove", "--archive", arc, "004_f8feabe33e33089f.txt")
	out, _ = mustRun(t, "archive", "stats", "--json", "--archive", arc)
	json.Unmarshal([]byte(out), &ss)
	if ss.Articles != 4 || ss.Pairs != 6 {
		t.Errorf("after remove: %d articles, %d pairs, want 4 and 6", ss.Articles, ss.Pairs)
	}
	if _, errs, err := run(t, "archive", "remove", "--archive", arc, "nope"); err == nil || !strings.Contains(errs, "not found") {
		t.Errorf("removing an unknown id: %v %s", err, errs)
	}
	if _, errs, err := run(t, "scan", "--archive", arc, seeds); err == nil || !strings.Contains(errs, "not both") {
		t.Errorf("scan with an archive and paths: %v %s", err, errs)
	}
	file := filepath.Join(t.TempDir(), "f")
	os.WriteFile(file, []byte("x"), 0o644)
	if _, errs, err := run(t, "add", "--archive", file, seeds); err == nil || !strings.Contains(errs, "is a file") {
		t.Errorf("add to a file: %v %s", err, errs)
	}
}

// buildReprint builds the command into a temporary folder.
func buildReprint(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "reprint")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// writeSynthCorpus writes n synthetic articles with planted reuse as JSONL.
func writeSynthCorpus(t *testing.T, n int, seed uint64) string {
	t.Helper()
	c := synth.Corpus(int64(seed), n, synth.Options{MeanWords: 300})
	var b strings.Builder
	for i := range n {
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("doc%04d", i), "text": c.Text(i)})
		b.Write(line)
		b.WriteByte('\n')
	}
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestAddKilled kills a real add with SIGKILL at random moments. After
// each kill the archive opens, passes Verify (every article whole or
// absent, postings and term counts exactly those of the texts, no pair of
// a pending article), and the next add carries on; at the end the archive
// reports exactly what an uninterrupted add gives.
func TestAddKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and runs it many times")
	}
	bin := buildReprint(t)
	corpus := writeSynthCorpus(t, 300, 7)

	spill := t.TempDir()
	clean := filepath.Join(t.TempDir(), "clean")
	start := time.Now()
	if out, err := exec.Command(bin, "add", "--archive", clean, corpus).CombinedOutput(); err != nil {
		t.Fatalf("clean add: %v\n%s", err, out)
	}
	full := time.Since(start)
	want, err := exec.Command(bin, "scan", "--json", "--archive", clean).Output()
	if err != nil {
		t.Fatal(err)
	}

	arc := filepath.Join(t.TempDir(), "killed")
	rng := rand.New(rand.NewPCG(1, 2))
	kills := 0
	for attempt := 0; kills < 20 && attempt < 160; attempt++ {
		cmd := exec.Command(bin, "add", "--archive", arc, corpus)
		// A killed add cannot remove its spill files: keep them in the
		// test's folder, not in $TMPDIR.
		cmd.Env = append(os.Environ(), "TMPDIR="+spill)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Anywhere from the first instant to half a full add: an add that
		// resumes a killed one has less to do, and on a loaded machine a
		// later add may run faster than the clean one was timed, so waits
		// over the whole time let most adds finish (18 kills of 80 under
		// load). Those that still finish first start the archive afresh.
		time.Sleep(time.Duration(rng.Int64N(int64(full / 2))))
		if attempt%4 == 3 {
			// A reader in another process works while the add runs.
			if _, err := os.Stat(filepath.Join(arc, sqlite.DBFile)); err == nil {
				if out, err := exec.Command(bin, "scan", "--archive", arc).CombinedOutput(); err != nil {
					t.Errorf("scan --archive during an add: %v\n%s", err, out)
				}
			}
		}
		cmd.Process.Signal(syscall.SIGKILL)
		err := cmd.Wait()
		var ee *exec.ExitError
		if errors.As(err, &ee) && ee.Sys().(syscall.WaitStatus).Signaled() {
			kills++
		} else if err == nil {
			// The add finished first: start again from nothing, so that
			// the next kills land in real work.
			if err := os.RemoveAll(arc); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if _, err := os.Stat(filepath.Join(arc, sqlite.DBFile)); err != nil {
			continue // killed before the archive was made
		}
		st, err := sqlite.Open(context.Background(), arc, sqlite.Options{ReadOnly: true})
		if err != nil {
			t.Fatalf("after kill %d: open: %v", kills, err)
		}
		a, err := engine.NewArchive(st, engine.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := a.Verify(context.Background()); err != nil {
			t.Fatalf("after kill %d: %v", kills, err)
		}
		st.Close()
	}
	if kills < 20 {
		t.Fatalf("only %d adds were killed", kills)
	}
	if out, err := exec.Command(bin, "add", "--archive", arc, corpus).CombinedOutput(); err != nil {
		t.Fatalf("add after the kills: %v\n%s", err, out)
	}
	if out, err := exec.Command(bin, "archive", "verify", "--archive", arc).CombinedOutput(); err != nil {
		t.Fatalf("verify: %v\n%s", err, out)
	}
	got, err := exec.Command(bin, "scan", "--json", "--archive", arc).Output()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("the archive after %d kills reports differently from an uninterrupted add", kills)
	}
}

// TestArchiveReadOnly: an archive in a folder the user cannot write is
// read by check and scan; add says why it cannot write. As root, whom
// permissions do not stop, the commands run as nobody.
func TestArchiveReadOnly(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	needDir(t, seeds)
	bin := buildReprint(t)
	base := t.TempDir()
	arc := filepath.Join(base, "arc")
	if out, err := exec.Command(bin, "add", "--archive", arc, seeds).CombinedOutput(); err != nil {
		t.Fatalf("add: %v\n%s", err, out)
	}
	asUser := func(args ...string) *exec.Cmd {
		cmd := exec.Command(bin, args...)
		if os.Geteuid() == 0 {
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		}
		return cmd
	}
	// Readable and searchable by all, writable by none but root.
	for _, p := range []string{filepath.Dir(bin), base, filepath.Dir(base), arc} {
		os.Chmod(p, 0o755)
	}
	os.Chmod(filepath.Dir(bin), 0o755)
	if os.Geteuid() != 0 {
		os.Chmod(arc, 0o555)
		defer os.Chmod(arc, 0o755)
	}
	for _, f := range []string{sqlite.DBFile, sqlite.LockFile} {
		os.Chmod(filepath.Join(arc, f), 0o644)
	}
	// Inputs the other user can read, wherever the checkout lies.
	inputs := filepath.Join(base, "inputs")
	os.Mkdir(inputs, 0o755)
	for _, name := range []string{"003_af6d726495a458b9.txt", "004_f8feabe33e33089f.txt"} {
		b, err := os.ReadFile(filepath.Join(seeds, name))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(inputs, name), b, 0o644)
	}

	out, err := asUser("scan", "--archive", arc).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "10 related pairs") {
		t.Errorf("scan of a read-only archive: %v\n%s", err, out)
	}
	cmd := asUser("check", "--archive", arc, filepath.Join(inputs, "003_af6d726495a458b9.txt"))
	out, err = cmd.CombinedOutput()
	if cmd.ProcessState == nil || cmd.ProcessState.ExitCode() != 1 {
		t.Errorf("check of a read-only archive: %v\n%s", err, out)
	}
	out, err = asUser("add", "--archive", arc, inputs).CombinedOutput()
	if err == nil || !strings.Contains(string(out), "read-only") {
		t.Errorf("add to a read-only archive: %v\n%s", err, out)
	}
}

// TestArchiveUpgradeCLI: an archive indexed with the previous key version
// is refused with advice, can still be counted and exported, and is
// upgraded in place when its texts are untouched by the change; one with a
// touched text is left as it was, exit status 1, the text named.
func TestArchiveUpgradeCLI(t *testing.T) {
	needDir(t, seeds)
	prev := engine.KeysChanges[len(engine.KeysChanges)-1].From
	setKeys := func(t *testing.T, arc, keys string) {
		t.Helper()
		db, err := sql.Open("sqlite", filepath.Join(arc, sqlite.DBFile))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if _, err := db.Exec(`UPDATE meta SET value = ? WHERE key = 'keys'`, keys); err != nil {
			t.Fatal(err)
		}
	}
	seed := filepath.Join(seeds, "002_a2e1b6a0f24d9543.txt")

	arc := filepath.Join(t.TempDir(), "arc")
	mustRun(t, "add", "--archive", arc, seeds)
	setKeys(t, arc, prev)
	_, errs, status := runIn(t, "", "check", "--archive", arc, seed)
	if status != 2 || !strings.Contains(errs, "reprint archive upgrade") {
		t.Errorf("check of an archive of the previous keys: status %d, stderr %q; want 2 and the advice to upgrade", status, errs)
	}
	if out, _, status := runIn(t, "", "archive", "stats", "--archive", arc); status != 0 || !strings.Contains(out, "articles   5") {
		t.Errorf("stats of an archive of the previous keys: status %d\n%s", status, out)
	}
	out, _, status := runIn(t, "", "archive", "upgrade", "--json", "--archive", arc)
	var up engine.KeysUpgrade
	if err := json.Unmarshal([]byte(out), &up); err != nil || status != 0 {
		t.Fatalf("upgrade --json: status %d, %v\n%s", status, err, out)
	}
	if !up.Upgraded || up.Articles != 5 || up.Touched != 0 || up.From != prev || up.To != engine.KeysVersion {
		t.Errorf("upgrade: %+v", up)
	}
	if _, _, status := runIn(t, "", "check", "--archive", arc, seed); status != 1 {
		t.Errorf("check after the upgrade: status %d, want 1 (reuse found)", status)
	}
	if out, _ := mustRun(t, "archive", "upgrade", "--archive", arc); !strings.Contains(out, "keys already") {
		t.Errorf("second upgrade:\n%s", out)
	}

	// A German article with ß: its sharp s became "ss" in the last
	// change, so its keys changed.
	in := filepath.Join(t.TempDir(), "in")
	os.Mkdir(in, 0o755)
	os.WriteFile(filepath.Join(in, "german.txt"), []byte("Der Gemeinderat hat am Dienstag den Bau der neuen Brücke über die Große Aach beschlossen. Die Straße bleibt schließlich fünf Wochen gesperrt, sagte der Bürgermeister nach der langen Sitzung.\n"), 0o644)
	arc2 := filepath.Join(t.TempDir(), "arc2")
	mustRun(t, "add", "--archive", arc2, seeds, in)
	setKeys(t, arc2, prev)
	out, errs, status = runIn(t, "", "archive", "upgrade", "--archive", arc2)
	if status != 1 || !strings.Contains(out, "not upgraded: 1 of 6") || !strings.Contains(out, "german.txt") || !strings.Contains(errs, "archive export") {
		t.Errorf("upgrade of a touched archive: status %d\nstdout:\n%s\nstderr:\n%s", status, out, errs)
	}
	out, _, status = runIn(t, "", "archive", "export", "--archive", arc2)
	if status != 0 || strings.Count(out, "\n") != 6 {
		t.Errorf("export of an archive of the previous keys: status %d, %d lines", status, strings.Count(out, "\n"))
	}
	if _, _, status := runIn(t, "", "check", "--archive", arc2, seed); status != 2 {
		t.Errorf("check after a refused upgrade: status %d, want 2", status)
	}
}
