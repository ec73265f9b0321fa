package server

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// serve runs s on a loopback port until the test ends; it returns the
// base URL and a function that stops the server and returns Serve's
// error.
func serve(t *testing.T, s *Server) (string, func() error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	var once bool
	var result error
	stop := func() error {
		if !once {
			once = true
			cancel()
			result = <-done
		}
		return result
	}
	t.Cleanup(func() { stop() })
	return "http://" + ln.Addr().String(), stop
}

// TestHostileClients: over a real connection, a 64 MiB body is a 413
// before the server reads it all, a client that disconnects mid-upload
// and one that sends headers slowly harm nothing, and the server answers
// the next request.
func TestHostileClients(t *testing.T) {
	s := MustNew(t, MustOpenSQLite(t), Options{ReadHeaderTimeout: 200 * time.Millisecond})
	base, _ := serve(t, s)

	// 64 MiB of text: the answer is a 413 with a JSON error.
	big := io.LimitReader(repeatReader("All work and no play makes Jack a dull boy. "), 64<<20)
	res, err := http.Post(base+"/api/check", "text/plain", big)
	if err != nil {
		t.Fatalf("posting 64 MiB: %v", err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusRequestEntityTooLarge || decode[apiErr](t, b).Error.Code != ETooLarge {
		t.Errorf("a 64 MiB body = %d %s; want 413 too_large", res.StatusCode, b)
	}

	// A client that says 1 MB and leaves after 10 bytes.
	c, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(c, "POST /api/articles HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 1000000\r\n\r\n0123456789")
	c.Close()

	// A client that never finishes its headers is cut off by the header
	// timeout.
	slow, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer slow.Close()
	fmt.Fprintf(slow, "GET / HTTP/1.1\r\nHost: x\r\n")
	slow.SetReadDeadline(time.Now().Add(30 * time.Second))
	if _, err := bufio.NewReader(slow).ReadString('\n'); err == nil {
		// The server may answer 408 before closing; either way it closed.
		if _, err := io.ReadAll(slow); err != nil {
			t.Errorf("the slow client's connection: %v", err)
		}
	}

	// The server is unharmed: the archive did not change and it answers.
	res, err = http.Get(base + "/api/stats")
	if err != nil {
		t.Fatal(err)
	}
	var st statsJSON
	json.NewDecoder(res.Body).Decode(&st)
	res.Body.Close()
	if res.StatusCode != 200 || st.Archive.Articles != 8 || st.Panics != 0 {
		t.Errorf("after the hostile clients: %d, %d articles, %d panics; want 200, 8, 0", res.StatusCode, st.Archive.Articles, st.Panics)
	}
}

type repeatReader string

func (r repeatReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		n += copy(p[n:], r)
	}
	return n, nil
}

// TestShutdown: when Serve's context ends, an add in flight completes and
// is answered, new connections are refused, and Serve returns nil.
func TestShutdown(t *testing.T) {
	a := MustOpenSQLite(t)
	s := MustNew(t, a, Options{})
	base, stop := serve(t, s)
	text, err := os.ReadFile(filepath.Join(seeds, seedCopy))
	if err != nil {
		t.Fatal(err)
	}
	// The add's body arrives in two parts; the server stops in between.
	pr, pw := io.Pipe()
	type answer struct {
		status int
		body   []byte
		err    error
	}
	ans := make(chan answer, 1)
	go func() {
		res, err := http.Post(base+"/api/articles?id=late", "text/plain", pr)
		if err != nil {
			ans <- answer{err: err}
			return
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		ans <- answer{status: res.StatusCode, body: b}
	}()
	half := len(text) / 2
	if _, err := pw.Write(text[:half]); err != nil {
		t.Fatal(err)
	}
	// Wait until the request is in its handler (it holds a connection).
	waitUntil(t, func() bool { return s.inflight.Load() == 1 })
	stopped := make(chan error, 1)
	go func() { stopped <- stop() }()
	// Shutdown closes the listener first: new connections are refused.
	waitUntil(t, func() bool {
		c, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
		if err == nil {
			c.Close()
		}
		return err != nil
	})
	pw.Write(text[half:])
	pw.Close()
	got := <-ans
	if got.err != nil || got.status != http.StatusCreated {
		t.Errorf("the add in flight at shutdown: %d %v %s; want 201", got.status, got.err, got.body)
	}
	if err := <-stopped; err != nil {
		t.Errorf("Serve after shutdown = %v; want nil", err)
	}
	if _, err := a.Store().Lookup(context.Background(), "late"); err != nil {
		t.Errorf("the add in flight was not archived: %v", err)
	}
}

// waitUntil polls cond for up to 20 s.
func waitUntil(t *testing.T, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatal("condition never held")
}
