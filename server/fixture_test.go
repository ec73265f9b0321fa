package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/internal/pgtest"
	"github.com/reprint/reprint/postgres"
	"github.com/reprint/reprint/sqlite"
)

// seeds is the shared seed corpus: five articles of one story, read by
// relative path from the package folder.
var seeds = filepath.Join("..", "..", "shared", "seeds")

// Hostile strings, put in the ids, titles, sites, URLs and texts of the
// fixture so that every page and answer shows them escaped.
const (
	evilID    = `<script>alert("id")</script>/x`
	evilTitle = `"><img src=x onerror=alert('title')>`
	evilSite  = `<b onmouseover=alert(1)>Evil Site</b>`
	evilURL   = `javascript:alert('url')`
)

// fixtureArticles are added after the seeds: a copy story with hostile
// metadata and dates (the original, then a copy two days later on
// another site), and one article related to nothing.
func fixtureArticles() []*reprint.Article {
	day := func(d int) time.Time { return time.Date(2024, 3, d, 9, 0, 0, 0, time.UTC) }
	orig := strings.Join([]string{
		"The harbour authority of Port Ellery confirmed on Tuesday that the northern breakwater will be rebuilt over three summers at a cost of 41 million pounds.",
		"Engineers found that storms in the last two winters had shifted more than 900 granite blocks, leaving the lighthouse walkway closed to visitors since October.",
		"\"We cannot keep patching a wall that the sea is taking apart stone by stone,\" said harbour master Ines Calloway, adding that fishing boats would keep their berths.",
		"<script>alert('body')</script> Work begins in May, when a barge fitted with a crane will lift the loose blocks and lay a new concrete core along the old line.",
		"Local traders welcomed the plan but asked for the harbour car park to stay open during the works, which the authority said it would consider.",
	}, "\n\n")
	copyText := "Copycat Daily staff\n\n" + strings.Replace(orig, "stone by stone", "piece by piece", 1) + "\n\nMore news from the coast tomorrow."
	lone := "Lonely piece\n\nThe village choir of Ashcombe sang at the spring fair on Saturday, raising money for a new roof for the old reading room, and the vicar thanked every baker who brought a cake."
	return []*reprint.Article{
		{ID: evilID, Format: reprint.FormatJSONL, Text: orig, Meta: reprint.Meta{Title: evilTitle, Site: evilSite, URL: evilURL, Published: day(1)}},
		{ID: "copycat/harbour", Format: reprint.FormatJSONL, Text: copyText, Meta: reprint.Meta{Title: "Harbour wall to be rebuilt", Site: "Copycat Daily", URL: "https://copycat.example/harbour", Published: day(3)}},
		{ID: "lonely", Format: reprint.FormatJSONL, Text: lone, Meta: reprint.Meta{Title: "Lonely piece", Site: "Ashcombe Herald"}},
	}
}

// fill adds the seeds and the fixture articles to an empty archive.
func fill(tb testing.TB, a *engine.Archive) {
	tb.Helper()
	if _, err := os.Stat(seeds); err != nil {
		tb.Skipf("no seed articles: %v", err)
	}
	ctx := context.Background()
	if _, err := a.Add(ctx, []string{seeds}, tb.TempDir(), nil); err != nil {
		tb.Fatalf("adding the seeds: %v", err)
	}
	if _, err := a.AddArticles(ctx, fixtureArticles(), nil); err != nil {
		tb.Fatalf("adding the fixture articles: %v", err)
	}
}

// MustOpenSQLite opens a new embedded archive filled with the fixture.
func MustOpenSQLite(tb testing.TB) *engine.Archive {
	tb.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "arc"), sqlite.Options{Create: true})
	if err != nil {
		tb.Fatal(err)
	}
	return fixtureArchive(tb, st)
}

// MustOpenPostgres returns an archive of the fixture in a database of a
// private PostgreSQL cluster (pgtest.Need: skipped without PostgreSQL,
// failed under CI=true).
func MustOpenPostgres(tb testing.TB) *engine.Archive {
	tb.Helper()
	cl := pgtest.Need(tb)
	st, err := postgres.Open(context.Background(), cl.NewDatabase(tb), postgres.Options{Create: true})
	if err != nil {
		tb.Fatal(err)
	}
	return fixtureArchive(tb, st)
}

// fixtureArchive returns an archive over the new store st, closed when
// the test ends, filled with the fixture.
func fixtureArchive(tb testing.TB, st engine.Store) *engine.Archive {
	tb.Helper()
	tb.Cleanup(func() { st.Close() })
	a, err := engine.NewArchive(st, engine.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	fill(tb, a)
	return a
}

// MustNew returns a server over a.
func MustNew(tb testing.TB, a *engine.Archive, opts Options) *Server {
	tb.Helper()
	opts.Archive = a
	s, err := New(opts)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(s.Close)
	return s
}

// do sends one request to h and returns the status and body.
func do(tb testing.TB, h http.Handler, method, target, ctype string, body []byte, hdr ...string) (*http.Response, []byte) {
	tb.Helper()
	req := httptest.NewRequest(method, target, bytes.NewReader(body))
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	return res, b
}

// apiErr is the JSON error body.
type apiErr struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
		Param   string `json:"param"`
	} `json:"error"`
}

func decode[T any](tb testing.TB, b []byte) T {
	tb.Helper()
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		tb.Fatalf("decoding %T: %v\n%s", v, err, b)
	}
	return v
}
