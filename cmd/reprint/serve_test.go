package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
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
	var out, errb syncBuffer
	m := &Main{Stdout: &out, Stderr: &errb}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() {
		done <- m.Run(ctx, []string{"serve", "--archive", arc, "--addr", "127.0.0.1:0", "--token-file", token})
	}()
	addr := regexp.MustCompile(`on (http://127\.0\.0\.1:\d+)/`)
	var base string
	for deadline := time.Now().Add(30 * time.Second); base == "" && time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if m := addr.FindStringSubmatch(out.String()); m != nil {
			base = m[1]
		}
	}
	if base == "" {
		cancel()
		t.Fatalf("serve never said where it listens: %q %q (%v)", out.String(), errb.String(), <-done)
	}
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
	res, err = http.Post(base+"/api/articles?id=x", "text/plain", strings.NewReader("some words"))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusUnauthorized {
		t.Errorf("a write without the token = %d; want 401", res.StatusCode)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve after its context ended = %v; want nil", err)
	}
	if log := errb.String(); !strings.Contains(log, "path=/api/stories") || !strings.Contains(log, "status=401") {
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
