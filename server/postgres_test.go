package server

import (
	"bytes"
	"context"
	"net/url"
	"os"
	"path/filepath"
	"testing"
)

// TestPostgres runs the API end to end on an archive in PostgreSQL (a
// private cluster): every answer is the embedded store's, byte for byte,
// and a write through the API lands in the database. It needs Debian's
// postgresql (installed by .ci/run): without it the test fails under
// CI=true and skips elsewhere.
func TestPostgres(t *testing.T) {
	ctx := context.Background()
	pa := MustOpenPostgres(t)
	pg := MustNew(t, pa, Options{FreshStories: true})
	lite := MustNew(t, MustOpenSQLite(t), Options{FreshStories: true})

	seed, err := os.ReadFile(filepath.Join(seeds, seedCopy))
	if err != nil {
		t.Fatal(err)
	}
	reqs := []struct{ method, target, ctype, body string }{
		{"GET", "/api/stories", "", ""},
		{"GET", "/api/stories?min_articles=1&sort=newest", "", ""},
		{"GET", "/api/stories?relation=copy&site=copycat", "", ""},
		{"GET", "/api/stories/1", "", ""},
		{"GET", "/api/stories/2", "", ""},
		{"GET", "/api/articles/" + url.PathEscape(seedBBC), "", ""},
		{"GET", "/api/articles/" + url.PathEscape(evilID), "", ""},
		{"GET", pairPath("/api/pairs/", seedBBC, seedCopy), "", ""},
		{"GET", pairPath("/api/pairs/", "copycat/harbour", evilID), "", ""},
		{"GET", "/api/articles/nope", "", ""},
		{"GET", "/api/stories?min_coverage=abc", "", ""},
		{"POST", "/api/check?id=" + url.QueryEscape(seedCopy), "text/plain", string(seed)},
		{"POST", "/api/check", "application/json", `{"title": 3}`},
		{"POST", "/api/articles?id=added-on-both&site=Both", "text/plain", string(seed)},
		{"GET", "/api/stories?site=both", "", ""},
		{"GET", "/", "", ""},
		{"GET", pairPath("/pairs/", seedBBC, seedCopy), "", ""},
	}
	for _, r := range reqs {
		resP, bodyP := do(t, pg, r.method, r.target, r.ctype, []byte(r.body))
		resL, bodyL := do(t, lite, r.method, r.target, r.ctype, []byte(r.body))
		if resP.StatusCode != resL.StatusCode || !bytes.Equal(bodyP, bodyL) {
			t.Errorf("%s %s on PostgreSQL = %d, on the embedded store %d; bodies differ:\n%s\n---\n%s",
				r.method, r.target, resP.StatusCode, resL.StatusCode, clip(string(bodyP), 2000), clip(string(bodyL), 2000))
		}
		if resP.StatusCode >= 500 {
			t.Errorf("%s %s = %d", r.method, r.target, resP.StatusCode)
		}
	}
	if _, err := pa.Store().Lookup(ctx, "added-on-both"); err != nil {
		t.Errorf("the article added through the API is not in PostgreSQL: %v", err)
	}
}
