package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServeCLI runs reprint serve on a free port over an archive of the
// seeds: it says where it listens, logs each request, guards writes with
// the token of --token-file, and stops cleanly when its context ends (as
// on SIGTERM).
func TestServeCLI(t *testing.T) {
	needDir(t, seeds)
	arc := filepath.Join(t.TempDir(), "arc")
	mustRun(t, "add", "--archive", arc, seeds)
	token := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(token, []byte("tok3n\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	base, stop := startServe(t, "--archive", arc, "--token-file", token)
	oneStory(t, base)
	res, err := http.Post(base+"/api/articles?id=x", "text/plain", strings.NewReader("some words"))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusUnauthorized {
		t.Errorf("a write without the token = %d; want 401", res.StatusCode)
	}
	log, err := stop()
	if err != nil {
		t.Errorf("serve after its context ended = %v; want nil", err)
	}
	if !strings.Contains(log, "path=/api/stories") || !strings.Contains(log, "status=401") {
		t.Errorf("access log lacks the requests:\n%s", log)
	}

	// Read-only: nothing made, nothing written.
	_, stderr, status := runIn(t, "", "serve", "--read-only", "--archive", filepath.Join(t.TempDir(), "none"))
	if status != 1 || !strings.Contains(stderr, "no archive") {
		t.Errorf("serve --read-only of a missing archive: status %d, %q", status, stderr)
	}
	_, stderr, status = runIn(t, "", "serve", "--archive", arc, "--token-file", filepath.Join(t.TempDir(), "missing"))
	if status != 2 || !strings.Contains(stderr, "--token-file") {
		t.Errorf("serve with a missing token file: status %d, %q", status, stderr)
	}
}

// TestServeSIGTERM sends SIGTERM to a real reprint serve while an add is
// being uploaded: the add completes and is answered 201, the process
// exits 0, and the archive holds the article whole.
func TestServeSIGTERM(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	needDir(t, seeds)
	bin := buildReprint(t)
	arc := filepath.Join(t.TempDir(), "arc")
	mustRun(t, "add", "--archive", arc, seeds)
	cmd := exec.Command(bin, "serve", "--archive", arc, "--addr", "127.0.0.1:0")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var errb syncBuffer
	cmd.Stderr = &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	lines := bufio.NewScanner(stdout)
	if !lines.Scan() {
		t.Fatalf("serve printed nothing: %s", errb.String())
	}
	m := regexp.MustCompile(`on (http://127\.0\.0\.1:\d+)/`).FindStringSubmatch(lines.Text())
	if m == nil {
		t.Fatalf("serve said %q", lines.Text())
	}
	base := m[1]

	text, err := os.ReadFile(filepath.Join(seeds, "002_a2e1b6a0f24d9543.txt"))
	if err != nil {
		t.Fatal(err)
	}
	pr, pw := io.Pipe()
	type answer struct {
		status int
		err    error
	}
	ans := make(chan answer, 1)
	go func() {
		res, err := http.Post(base+"/api/articles?id=during-sigterm", "text/plain", pr)
		if err != nil {
			ans <- answer{err: err}
			return
		}
		res.Body.Close()
		ans <- answer{status: res.StatusCode}
	}()
	pw.Write(text[:len(text)/2])
	// Wait until the add is in the server: two requests in flight, it and
	// the stats request asking.
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		res, err := http.Get(base + "/api/stats")
		if err != nil {
			t.Fatal(err)
		}
		var st struct {
			Requests int `json:"requests_in_flight"`
		}
		json.NewDecoder(res.Body).Decode(&st)
		res.Body.Close()
		if st.Requests >= 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the add never reached the server")
		}
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	pw.Write(text[len(text)/2:])
	pw.Close()
	if a := <-ans; a.err != nil || a.status != http.StatusCreated {
		t.Errorf("the add in flight at SIGTERM: %d %v; want 201", a.status, a.err)
	}
	var rest strings.Builder
	for lines.Scan() {
		rest.WriteString(lines.Text() + "\n")
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("serve after SIGTERM: %v; want exit status 0\n%s", err, errb.String())
	}
	if !strings.Contains(rest.String(), "stopped (terminated)") {
		t.Errorf("serve's last words: %q", rest.String())
	}
	out, _ := mustRun(t, "archive", "stats", "--json", "--archive", arc)
	var st struct {
		Articles, Pending int
	}
	if err := json.Unmarshal([]byte(out), &st); err != nil || st.Articles != 6 || st.Pending != 0 {
		t.Errorf("archive after SIGTERM: %s (%v); want 6 articles, none pending", out, err)
	}
	mustRun(t, "archive", "verify", "--archive", arc)
}

// oneStory checks that the server at base lists the seeds' one story.
func oneStory(t *testing.T, base string) {
	t.Helper()
	res, err := http.Get(base + "/api/stories")
	if err != nil {
		t.Fatal(err)
	}
	var page struct{ Total int }
	json.NewDecoder(res.Body).Decode(&page)
	res.Body.Close()
	if res.StatusCode != 200 || page.Total != 1 {
		t.Errorf("GET /api/stories = %d, %d stories; want 200, 1", res.StatusCode, page.Total)
	}
}

// startServe runs reprint serve with args in process on a free port and
// returns its address and a function that stops it, giving its stderr and
// what Run returned.
func startServe(t *testing.T, args ...string) (base string, stop func() (string, error)) {
	t.Helper()
	var out, errb syncBuffer
	m := &Main{Stdout: &out, Stderr: &errb}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() {
		done <- m.Run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...))
	}()
	addr := regexp.MustCompile(`on (http://127\.0\.0\.1:\d+)/`)
	for deadline := time.Now().Add(30 * time.Second); base == "" && time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if m := addr.FindStringSubmatch(out.String()); m != nil {
			base = m[1]
		}
	}
	if base == "" {
		cancel()
		t.Fatalf("serve never said where it listens: %q %q (%v)", out.String(), errb.String(), <-done)
	}
	return base, func() (string, error) {
		cancel()
		err := <-done
		return errb.String(), err
	}
}

// TestServeSnapshotCLI: serve keeps the judged stories in serve.snapshot
// in the archive folder when it stops, and the next serve reads them back
// instead of judging the archive again; --no-snapshot keeps none.
func TestServeSnapshotCLI(t *testing.T) {
	needDir(t, seeds)
	arc := filepath.Join(t.TempDir(), "arc")
	mustRun(t, "add", "--archive", arc, seeds)
	file := filepath.Join(arc, "serve.snapshot")
	for i, want := range []string{"wrote the snapshot file", "read the snapshot file"} {
		base, stop := startServe(t, "--archive", arc)
		oneStory(t, base)
		log, err := stop()
		if err != nil || !strings.Contains(log, want) {
			t.Fatalf("run %d: %v; want a log saying %q:\n%s", i+1, err, want, log)
		}
		if _, err := os.Stat(file); err != nil {
			t.Fatalf("run %d: %v", i+1, err)
		}
	}
	if err := os.Remove(file); err != nil {
		t.Fatal(err)
	}
	base, stop := startServe(t, "--archive", arc, "--no-snapshot")
	oneStory(t, base)
	if log, err := stop(); err != nil || strings.Contains(log, "snapshot file") {
		t.Fatalf("--no-snapshot: %v; log:\n%s", err, log)
	}
	if _, err := os.Stat(file); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("--no-snapshot wrote %s (%v)", file, err)
	}
}
