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
// before the server reads it all, on every route that takes a body
// (pasted or uploaded on the check form too), clients that disconnect
// mid-upload (a short body, a chunk cut off, a form cut off) and one that
// sends headers slowly harm nothing nor add anything, and the server
// answers the next request.
func TestHostileClients(t *testing.T) {
	s := MustNew(t, MustOpenSQLite(t), Options{ReadHeaderTimeout: 200 * time.Millisecond})
	base, _ := serve(t, s)

	// 64 MiB bodies, streamed (no Content-Length) to each route that
	// takes a body: the answer is a 413, a JSON error from the API and
	// the check page from the web form.
	const jack = "All work and no play makes Jack a dull boy. "
	for _, tc := range []struct {
		path, ctype, head, tail string
		json                    bool
	}{
		{"/api/check", "text/plain", "", "", true},
		{"/api/articles", "application/json", `{"id": "big", "text": "`, `"}`, true},
		{"/check", "multipart/form-data; boundary=XyZ", "--XyZ\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n", "\r\n--XyZ--\r\n", false},
		{"/check", "multipart/form-data; boundary=XyZ", "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\nContent-Type: text/plain\r\n\r\n", "\r\n--XyZ--\r\n", false},
	} {
		big := io.MultiReader(strings.NewReader(tc.head), io.LimitReader(repeatReader(jack), 64<<20), strings.NewReader(tc.tail))
		res, err := http.Post(base+tc.path, tc.ctype, big)
		if err != nil {
			t.Errorf("posting 64 MiB to %s: %v", tc.path, err)
			continue
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		switch {
		case res.StatusCode != http.StatusRequestEntityTooLarge:
			t.Errorf("a 64 MiB body to %s = %d %s; want 413", tc.path, res.StatusCode, clip(string(b), 300))
		case tc.json && decode[apiErr](t, b).Error.Code != ETooLarge:
			t.Errorf("a 64 MiB body to %s: %s; want a too_large JSON error", tc.path, clip(string(b), 300))
		case !tc.json && !strings.Contains(string(b), `id="check-error"`):
			t.Errorf("a 64 MiB form to %s: the page shows no error: %s", tc.path, clip(string(b), 300))
		}
	}

	// Clients that leave mid-upload: one that says 1 MB and sends 10
	// bytes, and one that sends chunks and stops in the middle of one.
	for _, req := range []string{
		"POST /api/articles HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 1000000\r\n\r\n0123456789",
		"POST /api/check?add=true HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n400\r\n" + jack[:40],
		"POST /check HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: 500000\r\n\r\n--XyZ\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n" + jack,
	} {
		c, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprint(c, req)
		c.Close()
	}

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
	res, err := http.Get(base + "/api/stats")
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

// TestPanic: a handler that panics is answered 500 with a JSON error
// that says nothing of the panic, and counted; the server goes on.
func TestPanic(t *testing.T) {
	s := MustNew(t, MustOpenSQLite(t), Options{})
	s.mux.Handle("GET /api/boom", s.apiHandler(func(http.ResponseWriter, *http.Request) error { panic("secret detail") }))
	res, b := do(t, s, "GET", "/api/boom", "", nil)
	if res.StatusCode != 500 || decode[apiErr](t, b).Error.Code != EInternal || strings.Contains(string(b), "secret") || s.panics.Load() != 1 {
		t.Errorf("a panicking handler: %d %s, %d panics counted; want 500 internal without detail, 1 panic", res.StatusCode, b, s.panics.Load())
	}
	if res, _ := do(t, s, "GET", "/api/stats", "", nil); res.StatusCode != 200 {
		t.Errorf("after the panic: %d", res.StatusCode)
	}
}
