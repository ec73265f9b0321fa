package server

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/reprint/reprint/engine"
)

// Options configure a Server. Archive is required; the zero value of every
// other field is its default.
type Options struct {
	// Archive is what the server serves. The server does not close it.
	Archive *engine.Archive
	// Logger receives the access log (one line per request) and errors.
	// Nil discards them.
	Logger *slog.Logger
	// Token, when set, is the bearer token every write must carry
	// (Authorization: Bearer TOKEN): POST /api/articles and POST
	// /api/check?add=true. Reads need none.
	Token string
	// ReadOnly refuses every write with 403, for an archive opened for
	// reading.
	ReadOnly bool
	// MaxBodyBytes is the largest request body read; a larger one is
	// answered 413. Default DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// MaxChecks is how many checks (and adds) run at once, and MaxQueued
	// how many more may wait for one of them; beyond that a check is
	// answered 503 with Retry-After. Defaults: 2 per CPU, and 64.
	MaxChecks, MaxQueued int
	// Timeouts of the HTTP server (Serve): reading a request's headers,
	// reading a whole request, writing a response, and keeping an idle
	// connection. Defaults: 10 s, 2 min, 2 min, 2 min.
	ReadHeaderTimeout, ReadTimeout, WriteTimeout, IdleTimeout time.Duration
	// FreshStories makes every story list, story, pair and article wait
	// for the judgement of the archive as it is when asked. By default,
	// while the stories are being judged again after a change, the last
	// judgement is answered, marked stale (see "The stories of the
	// archive").
	FreshStories bool
	// ShutdownTimeout bounds how long Serve waits for requests in flight
	// once its context is done. Default 30 s.
	ShutdownTimeout time.Duration
	// SnapshotFile, when set, keeps the judged stories between runs (see
	// "The stories kept in a file" in model.go): read when the server
	// starts, written at most every SnapshotEvery as the archive changes
	// and when the server stops (unless ReadOnly).
	SnapshotFile string
	// SnapshotEvery is the least time between two writes of SnapshotFile.
	// Default DefaultSnapshotEvery.
	SnapshotEvery time.Duration
	// Build names the code that judged a snapshot file; a file of another
	// build is not read. Default: a hash of the running executable.
	Build string
}

// DefaultSnapshotEvery is the default least time between two writes of
// the snapshot file: writing the stories of 100,000 articles takes a few
// seconds of a core, so a server adding all day spends well under 1% of
// a core on it, and a crash loses at most that much of the judging, which
// the next start does again from the change log.
const DefaultSnapshotEvery = 10 * time.Minute

// DefaultMaxBodyBytes is the default limit of a request body: the largest
// article ingest reads by default (ingest.DefaultMaxArticleBytes).
const DefaultMaxBodyBytes = 16 << 20

// setDefaults fills the zero fields.
func (o *Options) setDefaults() {
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if o.MaxChecks <= 0 {
		o.MaxChecks = 2 * runtime.GOMAXPROCS(0)
	}
	if o.MaxQueued <= 0 {
		o.MaxQueued = 64
	}
	if o.SnapshotEvery <= 0 {
		o.SnapshotEvery = DefaultSnapshotEvery
	}
	defaults := []struct {
		d   *time.Duration
		def time.Duration
	}{
		{&o.ReadHeaderTimeout, 10 * time.Second},
		{&o.ReadTimeout, 2 * time.Minute},
		{&o.WriteTimeout, 2 * time.Minute},
		{&o.IdleTimeout, 2 * time.Minute},
		{&o.ShutdownTimeout, 30 * time.Second},
	}
	for _, d := range defaults {
		if *d.d <= 0 {
			*d.d = d.def
		}
	}
}

// Server is reprint's HTTP API and web app over one archive. It is an
// http.Handler; Serve runs it on a listener with timeouts and a graceful
// shutdown.
type Server struct {
	opts  Options
	log   *slog.Logger
	mux   *http.ServeMux
	snaps *snapshots
	web   *webApp

	checks   chan struct{} // one token per running check
	waiting  atomic.Int64  // checks waiting for a token
	writeMu  sync.Mutex    // the archive has one writer
	writes   atomic.Uint64 // writes done, for the snapshot's stamp
	panics   atomic.Int64  // handlers that panicked
	inflight atomic.Int64  // requests being served
}

// New returns a server over opts.Archive.
func New(opts Options) (*Server, error) {
	if opts.Archive == nil {
		return nil, errors.New("server: Options.Archive is required")
	}
	opts.setDefaults()
	s := &Server{opts: opts, log: opts.Logger, mux: http.NewServeMux(), checks: make(chan struct{}, opts.MaxChecks)}
	s.snaps = &snapshots{archive: opts.Archive, writes: s.writes.Load, log: opts.Logger, fresh: opts.FreshStories,
		file: opts.SnapshotFile, every: opts.SnapshotEvery, buildName: opts.Build, readOnly: opts.ReadOnly}
	s.snaps.base, s.snaps.cancel = context.WithCancel(context.Background())
	web, err := newWebApp(s)
	if err != nil {
		return nil, err
	}
	s.web = web
	for _, r := range s.routes() {
		s.mux.Handle(r.pattern, r.handler)
	}
	return s, nil
}

// stories returns the snapshot of the archive's stories, and marks the
// answer stale when it is.
func (s *Server) stories(w http.ResponseWriter, r *http.Request) (*snapshot, bool, error) {
	x, stale, err := s.snaps.get(r.Context())
	if stale {
		w.Header().Set("X-Reprint-Stale", "true")
	}
	return x, stale, err
}

// route is one pattern of the server's mux. api routes are listed in the
// OpenAPI document (a test keeps the two the same).
type route struct {
	pattern string
	handler http.Handler
	api     bool
}

func (s *Server) routes() []route {
	api := func(p string, h func(http.ResponseWriter, *http.Request) error) route {
		return route{p, s.apiHandler(h), true}
	}
	page := func(p string, h func(http.ResponseWriter, *http.Request) error) route {
		return route{p, s.pageHandler(h), false}
	}
	return []route{
		api("POST /api/check", s.apiCheck),
		api("POST /api/articles", s.apiAdd),
		api("GET /api/articles/{id}", s.apiArticle),
		api("GET /api/stories", s.apiStories),
		api("GET /api/stories/{id}", s.apiStory),
		api("GET /api/pairs/{a}/{b}", s.apiPair),
		api("GET /api/stats", s.apiStats),
		api("GET /api/openapi.json", s.apiOpenAPI),
		page("GET /{$}", s.web.home),
		page("GET /stories/{id}", s.web.story),
		page("GET /pairs/{a}/{b}", s.web.pair),
		page("GET /articles/{id}", s.web.article),
		page("GET /check", s.web.checkForm),
		page("POST /check", s.web.check),
		// Browsers ask for an icon; there is none, and saying so with a
		// 404 would fill their consoles.
		{"GET /favicon.ico", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) }), false},
	}
}

// ServeHTTP serves one request: the security headers every answer
// carries, the access log, and recovery from a handler's panic (answered
// 500, counted, logged with its stack).
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	s.inflight.Add(1)
	defer s.inflight.Add(-1)
	rec := &recorder{ResponseWriter: w}
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.panics.Add(1)
			s.log.ErrorContext(r.Context(), "handler panicked", slog.String("path", r.URL.Path), slog.Any("panic", v), slog.String("stack", string(debug.Stack())))
			if !rec.wrote {
				s.writeError(rec, r, fmt.Errorf("panic: %v", v))
			}
		}
		s.log.InfoContext(r.Context(), "request",
			slog.String("method", r.Method), slog.String("path", r.URL.Path), slog.String("query", r.URL.RawQuery),
			slog.Int("status", rec.statusCode()), slog.Int64("bytes", rec.n), slog.Duration("duration", time.Since(start)),
			slog.String("remote", r.RemoteAddr))
	}()
	if r.Body != nil {
		r.Body = http.MaxBytesReader(rec, r.Body, s.opts.MaxBodyBytes)
	}
	if _, pattern := s.mux.Handler(r); pattern != "" {
		s.mux.ServeHTTP(rec, r)
		return
	}
	s.unrouted(rec, r)
}

// unrouted answers a request no pattern takes: the mux's own answer (a
// 405 with its Allow header, a redirect to a cleaned path) with an error
// body in the form of the part of the site asked — JSON under /api/, a
// page elsewhere.
func (s *Server) unrouted(w http.ResponseWriter, r *http.Request) {
	c := &capture{header: http.Header{}}
	h, _ := s.mux.Handler(r)
	h.ServeHTTP(c, r)
	for k, v := range c.header {
		if k != "Content-Type" && k != "Content-Length" && k != "X-Content-Type-Options" {
			w.Header()[k] = v
		}
	}
	var e *Error
	switch c.status {
	case http.StatusMethodNotAllowed:
		e = errorf(EMethod, "%s is not allowed here; allowed: %s", clip(r.Method, 20), c.header.Get("Allow"))
	case http.StatusNotFound, 0:
		e = errorf(ENotFound, "there is nothing at this address")
		if strings.HasPrefix(r.URL.Path, "/api/") {
			e = errorf(ENotFound, "no endpoint %s %s; see /api/openapi.json", clip(r.Method, 20), clip(r.URL.Path, 200))
		}
	default:
		w.Header().Set("Content-Type", c.header.Get("Content-Type"))
		w.WriteHeader(c.status)
		w.Write(c.body)
		return
	}
	if strings.HasPrefix(r.URL.Path, "/api/") {
		s.apiHandler(func(http.ResponseWriter, *http.Request) error { return e }).ServeHTTP(w, r)
		return
	}
	s.pageHandler(func(http.ResponseWriter, *http.Request) error { return e }).ServeHTTP(w, r)
}

// capture is a ResponseWriter that keeps what it is given.
type capture struct {
	header http.Header
	status int
	body   []byte
}

func (c *capture) Header() http.Header { return c.header }
func (c *capture) WriteHeader(code int) {
	if c.status == 0 {
		c.status = code
	}
}
func (c *capture) Write(b []byte) (int, error) {
	if c.status == 0 {
		c.status = http.StatusOK
	}
	c.body = append(c.body, b...)
	return len(b), nil
}

// recorder notes the status and size of a response for the access log.
type recorder struct {
	http.ResponseWriter
	status int
	n      int64
	wrote  bool
}

func (w *recorder) WriteHeader(code int) {
	if !w.wrote {
		w.status, w.wrote = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *recorder) Write(b []byte) (int, error) {
	if !w.wrote {
		w.status, w.wrote = http.StatusOK, true
	}
	n, err := w.ResponseWriter.Write(b)
	w.n += int64(n)
	return n, err
}

func (w *recorder) statusCode() int {
	if !w.wrote {
		return http.StatusOK
	}
	return w.status
}

// Unwrap lets http.ResponseController reach the connection.
func (w *recorder) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// apiHandler adapts an API handler: an error is answered as JSON.
func (s *Server) apiHandler(h func(http.ResponseWriter, *http.Request) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
		w.Header().Set("Cache-Control", "no-store")
		if err := h(w, r); err != nil {
			s.writeError(w, r, err)
		}
	})
}

// authorize checks that a write may happen: the archive is writable and
// the request carries the token, when one is set.
func (s *Server) authorize(r *http.Request) error {
	if s.opts.ReadOnly {
		return errorf(EForbidden, "the archive is served read-only: writes are refused")
	}
	if s.opts.Token == "" {
		return nil
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(s.opts.Token)) != 1 {
		return errorf(EUnauthorized, "this write needs the server's token: Authorization: Bearer TOKEN")
	}
	return nil
}

// acquire waits for a check slot: at once when one is free, else in the
// queue if it has room (503 if not), until ctx is done. release gives the
// slot back.
func (s *Server) acquire(ctx context.Context) (release func(), err error) {
	select {
	case s.checks <- struct{}{}:
		return func() { <-s.checks }, nil
	default:
	}
	if s.waiting.Add(1) > int64(s.opts.MaxQueued) {
		s.waiting.Add(-1)
		return nil, &Error{Code: EBusy, Message: "too many checks in progress; retry shortly", RetryAfter: 1}
	}
	defer s.waiting.Add(-1)
	select {
	case s.checks <- struct{}{}:
		return func() { <-s.checks }, nil
	case <-ctx.Done():
		return nil, context.Cause(ctx)
	}
}

// Close stops the server's background work — the judgement of the
// archive's stories, if one runs — and waits for it, so that the archive
// can be closed. Serve calls it on its way out; a Server used only as an
// http.Handler should call it when done. Requests after Close that need
// the stories are answered with an error.
func (s *Server) Close() {
	s.snaps.stop()
}

// Serve answers requests on ln until ctx is done, then stops accepting,
// waits up to Options.ShutdownTimeout for the requests in flight (an add
// in flight completes: a request is never cut off mid-write by the
// shutdown), and returns. It returns nil after a clean shutdown.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: s.opts.ReadHeaderTimeout,
		ReadTimeout:       s.opts.ReadTimeout,
		WriteTimeout:      s.opts.WriteTimeout,
		IdleTimeout:       s.opts.IdleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		// Requests do not inherit ctx: its end starts the shutdown, which
		// lets them finish.
		BaseContext: func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	if err := s.snaps.warm(ctx); err != nil {
		s.log.Warn("judging the archive's stories ahead of the first reader", slog.Any("err", err))
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("server: %w", err)
	case <-ctx.Done():
	}
	s.log.Info("shutting down: draining requests", slog.Duration("timeout", s.opts.ShutdownTimeout))
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.opts.ShutdownTimeout)
	defer cancel()
	err := hs.Shutdown(sctx)
	if serr := <-errc; serr != nil && !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	s.Close()
	if err != nil {
		return fmt.Errorf("server: shutting down: %w", err)
	}
	return nil
}
