package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/reprint/reprint/report"
)

const (
	seedBBC   = "001_04057b8b3dc422fc.txt"
	seedCopy  = "002_a2e1b6a0f24d9543.txt"
	seedStory = "US had productive talks with Putin over Ukraine war, Trump says"
)

// TestStories runs the story list's filters on the fixture: the seeds'
// story (five articles, rewrites, credited and not, flagged quotations),
// the hostile copy story (two dated articles) and one lone article.
func TestStories(t *testing.T) {
	s := MustNew(t, MustOpenSQLite(t), Options{})
	evilStory := "\"><img src=x onerror=alert('title')>"
	tests := []struct {
		query  string
		titles []string // in order
		total  int
		hidden int
	}{
		{"", []string{seedStory, evilStory}, 2, 1},
		{"min_articles=1", []string{seedStory, evilStory, "Lonely piece"}, 3, 0},
		{"relation=copy", []string{evilStory}, 1, 1},
		{"relation=rewrite,copy", []string{seedStory, evilStory}, 2, 1},
		{"relation=rewrite", []string{seedStory}, 1, 1},
		{"min_coverage=0.95", []string{evilStory}, 1, 1},
		{"min_coverage=50%25", []string{seedStory, evilStory}, 2, 1},
		{"credit=credited", []string{seedStory}, 1, 1},
		{"credit=not-credited", []string{seedStory, evilStory}, 2, 1},
		{"flagged=true", []string{seedStory, evilStory}, 2, 1},
		{"site=copycat", []string{evilStory}, 1, 1},
		{"site=EVIL", []string{evilStory}, 1, 1},
		{"from=2024-03-02&to=2024-03-03", []string{evilStory}, 1, 1},
		{"from=2024-03-04", nil, 0, 1},
		{"to=2024-02-28", nil, 0, 1},
		{"q=putin", []string{seedStory}, 1, 1},
		{"q=breakwater+granite", []string{evilStory}, 1, 1},
		{"q=copycat", []string{evilStory}, 1, 1},
		{"q=putin+breakwater", nil, 0, 1},
		{"q=ukrain", []string{seedStory}, 1, 1},            // a word's start: Ukraine, Ukrainian
		{"q=Putin%27s+KREMLIN", []string{seedStory}, 1, 1}, // case and the apostrophe's tail
		{"q=reakwate", nil, 0, 1},                          // texts match at a word's start only
		{"q=vil+sit", []string{evilStory}, 1, 1},           // sites and titles match anywhere
		{"q=%3Cscript%3E", []string{evilStory}, 1, 1},      // the hostile id, as text
		{"sort=newest", []string{evilStory, seedStory}, 2, 1},
		{"sort=coverage", []string{evilStory, seedStory}, 2, 1},
		{"sort=flagged", []string{seedStory, evilStory}, 2, 1},
		{"limit=1", []string{seedStory}, 2, 1},
		{"limit=1&offset=1", []string{evilStory}, 2, 1},
		{"offset=5", nil, 2, 1},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res, body := do(t, s, "GET", "/api/stories?"+tt.query, "", nil)
			if res.StatusCode != 200 {
				t.Fatalf("GET /api/stories?%s = %d; want 200\n%s", tt.query, res.StatusCode, body)
			}
			got := decode[storyPage](t, body)
			var titles []string
			for _, st := range got.Stories {
				titles = append(titles, st.Title)
			}
			if !slices.Equal(titles, tt.titles) || got.Total != tt.total || got.Hidden != tt.hidden {
				t.Errorf("GET /api/stories?%s = %q (total %d, hidden %d); want %q (total %d, hidden %d)",
					tt.query, titles, got.Total, got.Hidden, tt.titles, tt.total, tt.hidden)
			}
		})
	}
}

// TestBadRequests: every malformed request is a 4xx with a JSON error
// naming what is wrong, and the server stays up.
func TestBadRequests(t *testing.T) {
	s := MustNew(t, MustOpenSQLite(t), Options{})
	seed, err := os.ReadFile(filepath.Join(seeds, seedCopy))
	if err != nil {
		t.Fatal(err)
	}
	before, err := s.opts.Archive.Store().Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, method, target, ctype, body string
		status                            int
		code, param                       string
	}{
		{"malformed coverage", "GET", "/api/stories?min_coverage=abc", "", "", 400, EInvalid, "min_coverage"},
		{"coverage above 1", "GET", "/api/stories?min_coverage=2", "", "", 400, EInvalid, "min_coverage"},
		{"unknown relation", "GET", "/api/stories?relation=plagiarism", "", "", 400, EInvalid, "relation"},
		{"bad date", "GET", "/api/stories?from=yesterday", "", "", 400, EInvalid, "from"},
		{"dates reversed", "GET", "/api/stories?from=2024-03-05&to=2024-03-01", "", "", 400, EInvalid, "to"},
		{"limit zero", "GET", "/api/stories?limit=0", "", "", 400, EInvalid, "limit"},
		{"limit huge", "GET", "/api/stories?limit=100000", "", "", 400, EInvalid, "limit"},
		{"negative offset", "GET", "/api/stories?offset=-1", "", "", 400, EInvalid, "offset"},
		{"unknown filter", "GET", "/api/stories?min_coverge=0.5", "", "", 400, EInvalid, "min_coverge"},
		{"bad sort", "GET", "/api/stories?sort=random", "", "", 400, EInvalid, "sort"},
		{"bad credit", "GET", "/api/stories?credit=maybe", "", "", 400, EInvalid, "credit"},
		{"bad flagged", "GET", "/api/stories?flagged=perhaps", "", "", 400, EInvalid, "flagged"},
		{"story id not a number", "GET", "/api/stories/abc", "", "", 400, EInvalid, "id"},
		{"story id zero", "GET", "/api/stories/0", "", "", 400, EInvalid, "id"},
		{"unknown story", "GET", "/api/stories/999", "", "", 404, ENotFound, ""},
		{"unknown article", "GET", "/api/articles/nope", "", "", 404, ENotFound, ""},
		{"unknown pair", "GET", "/api/pairs/nope/" + seedBBC, "", "", 404, ENotFound, ""},
		{"unrelated pair", "GET", "/api/pairs/lonely/" + seedBBC, "", "", 404, ENotFound, ""},
		{"unknown endpoint", "GET", "/api/nothing", "", "", 404, ENotFound, ""},
		{"traversal", "GET", "/api/articles/..%2F..%2Fetc%2Fpasswd", "", "", 404, ENotFound, ""},
		{"wrong method", "DELETE", "/api/stories", "", "", 405, EMethod, ""},
		{"GET check", "GET", "/api/check", "", "", 405, EMethod, ""},
		{"empty body", "POST", "/api/check", "text/plain", "", 400, EInvalid, ""},
		{"blank body", "POST", "/api/check", "text/plain", " \n\t ", 400, EInvalid, ""},
		{"no content type", "POST", "/api/check", "", "some text", 415, EMediaType, ""},
		{"form content type", "POST", "/api/check", "application/x-www-form-urlencoded", "text=hello", 415, EMediaType, ""},
		{"bad content type", "POST", "/api/check", "text/plain; charset", "hello", 415, EMediaType, ""},
		{"latin-1 text", "POST", "/api/check", "text/plain; charset=iso-8859-1", "caf\xe9", 415, EMediaType, ""},
		{"invalid UTF-8", "POST", "/api/check", "text/plain", "abc \xff\xfe def", 400, EInvalid, ""},
		{"invalid UTF-8 JSON", "POST", "/api/check", "application/json", "{\"text\": \"\xff\"}", 400, EInvalid, ""},
		{"JSON syntax", "POST", "/api/check", "application/json", `{"text": "a"`, 400, EInvalid, ""},
		{"JSON not an object", "POST", "/api/check", "application/json", `["text"]`, 400, EInvalid, ""},
		{"JSON wrong type", "POST", "/api/check", "application/json", `{"text": "some words", "title": 42}`, 400, EInvalid, "title"},
		{"JSON text a number", "POST", "/api/check", "application/json", `{"text": 7}`, 400, EInvalid, "text"},
		{"JSON unknown field", "POST", "/api/check", "application/json", `{"text": "a b c", "body": "x"}`, 400, EInvalid, ""},
		{"JSON two values", "POST", "/api/check", "application/json", `{"text": "a b c"} {"text": "d"}`, 400, EInvalid, ""},
		{"JSON no text", "POST", "/api/check", "application/json", `{"id": "x"}`, 400, EInvalid, ""},
		{"JSON text and html", "POST", "/api/check", "application/json", `{"text": "a", "html": "<p>a</p>"}`, 400, EInvalid, ""},
		{"JSON empty text", "POST", "/api/check", "application/json", `{"text": "   "}`, 400, EInvalid, ""},
		{"bad published", "POST", "/api/check?published=soon", "text/plain", string(seed), 400, EInvalid, "published"},
		{"control in id", "POST", "/api/check?id=a%00b", "text/plain", string(seed), 400, EInvalid, "id"},
		{"bad add", "POST", "/api/check?add=maybe", "text/plain", string(seed), 400, EInvalid, "add"},
		{"unknown check param", "POST", "/api/check?lang=en", "text/plain", string(seed), 400, EInvalid, "lang"},
		{"HTML without article", "POST", "/api/check", "text/html", "<html><body><nav><a href=/>home</a></nav></body></html>", 422, EUnreadable, ""},
		{"binary", "POST", "/api/check", "text/plain", "\x00\x01\x02\x03\x04\x05\x06\x07 binary", 422, EUnreadable, ""},
		{"JSON text null", "POST", "/api/check", "application/json", `{"text": null}`, 400, EInvalid, ""},
		{"JSON text an array", "POST", "/api/check", "application/json", `{"text": ["some", "words"]}`, 400, EInvalid, "text"},
		{"JSON title an object", "POST", "/api/check", "application/json", `{"text": "some words", "title": {"a": [[["b"]]]}}`, 400, EInvalid, "title"},
		{"JSON id a number", "POST", "/api/check", "application/json", `{"id": 7, "text": "some words"}`, 400, EInvalid, "id"},
		{"JSON published a number", "POST", "/api/check", "application/json", `{"text": "some words", "published": 20240301}`, 400, EInvalid, "published"},
		{"JSON published not a date", "POST", "/api/check", "application/json", `{"text": "some words", "published": "soon"}`, 400, EInvalid, "published"},
		// HTML says its own encoding: a page whose bytes contradict its
		// UTF-8 declaration is read as Windows-1252 (ingest), but damaged
		// UTF-8, valid sequences beside invalid bytes, is not read.
		{"damaged UTF-8 HTML", "POST", "/api/check", "text/html", "<html><head><meta charset=\"utf-8\"></head><body><article><p>" + strings.Repeat("The caf\xc3\xa9 on the corner served coffee to the harbour workers at dawn \xff. ", 20) + "</p></article></body></html>", 422, EUnreadable, ""},
		{"invalid UTF-8 in a parameter", "POST", "/api/check?title=%FF", "text/plain", string(seed), 400, EInvalid, "title"},
		{"invalid UTF-8 search", "GET", "/api/stories?q=%FF%FE", "", "", 400, EInvalid, "q"},
		{"NaN coverage", "GET", "/api/stories?min_coverage=NaN", "", "", 400, EInvalid, "min_coverage"},
		{"negative coverage", "GET", "/api/stories?min_coverage=-0.5", "", "", 400, EInvalid, "min_coverage"},
		{"offset not a number", "GET", "/api/stories?offset=ten", "", "", 400, EInvalid, "offset"},
		{"month 13", "GET", "/api/stories?from=2024-13-01", "", "", 400, EInvalid, "from"},
		{"filter given twice", "GET", "/api/stories?min_coverage=0.5&min_coverage=0.9", "", "", 400, EInvalid, "min_coverage"},
		{"unknown article, invalid UTF-8", "GET", "/api/articles/%FF", "", "", 404, ENotFound, ""},
		{"add: empty body", "POST", "/api/articles", "text/plain", "", 400, EInvalid, ""},
		{"add: invalid UTF-8", "POST", "/api/articles", "text/plain", "abc \xff\xfe def", 400, EInvalid, ""},
		{"add: JSON wrong type", "POST", "/api/articles", "application/json", `{"id": "x", "text": "some words", "site": false}`, 400, EInvalid, "site"},
		{"add: JSON syntax", "POST", "/api/articles", "application/json", `{"id": "x", "text": "some`, 400, EInvalid, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, body := do(t, s, tt.method, tt.target, tt.ctype, []byte(tt.body))
			if res.StatusCode != tt.status {
				t.Fatalf("%s %s = %d; want %d\n%s", tt.method, tt.target, res.StatusCode, tt.status, body)
			}
			if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("%s %s: Content-Type %q; want JSON", tt.method, tt.target, ct)
			}
			e := decode[apiErr](t, body)
			if e.Error.Code != tt.code || e.Error.Param != tt.param || e.Error.Message == "" {
				t.Errorf("%s %s: error %+v; want code %q, param %q and a message", tt.method, tt.target, e.Error, tt.code, tt.param)
			}
			if tt.status == 405 && res.Header.Get("Allow") == "" {
				t.Errorf("%s %s: 405 without an Allow header", tt.method, tt.target)
			}
		})
	}
	if n := s.panics.Load(); n != 0 {
		t.Errorf("%d handlers panicked", n)
	}
	if st, err := s.opts.Archive.Store().Stats(t.Context()); err != nil || st.Articles != before.Articles {
		t.Errorf("after the bad requests the archive holds %d articles (%v); want %d as before", st.Articles, err, before.Articles)
	}
}

// TestCheck: POST /api/check answers what `reprint check --json` prints,
// for each body type, and archives nothing unless add=true.
func TestCheck(t *testing.T) {
	a := MustOpenSQLite(t)
	s := MustNew(t, a, Options{})
	path := filepath.Join(seeds, seedCopy)
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// What the command line answers for the same article.
	art, err := readOneForTest(t, path)
	if err != nil {
		t.Fatal(err)
	}
	model, _, err := a.Check(t.Context(), art)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := report.WriteJSON(&want, model, report.JSONOptions{}); err != nil {
		t.Fatal(err)
	}
	wantDoc := decode[scanDoc](t, want.Bytes())

	jsonBody, _ := json.Marshal(map[string]string{"id": seedCopy, "text": string(text)})
	for _, tt := range []struct {
		name, target, ctype string
		body                []byte
	}{
		{"text", "/api/check?id=" + url.QueryEscape(seedCopy), "text/plain; charset=utf-8", text},
		{"json", "/api/check", "application/json", jsonBody},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, body := do(t, s, "POST", tt.target, tt.ctype, tt.body)
			if res.StatusCode != 200 {
				t.Fatalf("POST %s = %d\n%s", tt.target, res.StatusCode, body)
			}
			got := decode[scanDoc](t, body)
			if got.Schema != report.Schema || len(got.Articles) == 0 || got.Articles[0].ID != seedCopy {
				t.Fatalf("check document: schema %q, first article %v", got.Schema, got.Articles[:min(1, len(got.Articles))])
			}
			g, _ := json.Marshal(got.Pairs)
			w, _ := json.Marshal(wantDoc.Pairs)
			if !bytes.Equal(g, w) || len(got.Pairs) == 0 {
				t.Errorf("pairs of POST %s differ from reprint check's:\n%s\n---\n%s", tt.target, g, w)
			}
		})
	}

	// HTML: the page's main text is read, its title kept.
	page := "<html><head><title>Talks</title></head><body><article><h1>Talks on Ukraine</h1><p>" +
		strings.ReplaceAll(string(text), "\n\n", "</p><p>") + "</p></article></body></html>"
	res, body := do(t, s, "POST", "/api/check?id=page", "text/html; charset=utf-8", []byte(page))
	if res.StatusCode != 200 {
		t.Fatalf("POST html = %d\n%s", res.StatusCode, body)
	}
	utf8Doc := decode[scanDoc](t, body)
	if len(utf8Doc.Pairs) == 0 {
		t.Errorf("the HTML of a seed found no pairs")
	}

	// The same page in Windows-1252, as many older sites serve it: read
	// in its own charset, not through a JSON string (which would make
	// each non-ASCII byte U+FFFD), so the check finds what the UTF-8 page
	// found, with the request's id and title.
	legacy, err := charmap.Windows1252.NewEncoder().String(strings.Replace(page, "<head>", `<head><meta charset="windows-1252">`, 1))
	if err != nil {
		t.Fatalf("the seed is not all Windows-1252: %v", err)
	}
	if utf8.ValidString(legacy) {
		t.Fatal("the Windows-1252 page is valid UTF-8: it tests nothing")
	}
	res, body = do(t, s, "POST", "/api/check?id=page-1252&title=Talks+1252", "text/html", []byte(legacy))
	if res.StatusCode != 200 {
		t.Fatalf("POST Windows-1252 html = %d\n%s", res.StatusCode, body)
	}
	got := decode[scanDoc](t, body)
	if len(got.Articles) == 0 || got.Articles[0].ID != "page-1252" || got.Articles[0].Title != "Talks 1252" {
		t.Errorf("the Windows-1252 page's article = %+v; want id page-1252, title Talks 1252", got.Articles[:min(1, len(got.Articles))])
	}
	for i := range got.Pairs {
		for _, p := range []*report.Pair{&got.Pairs[i], &utf8Doc.Pairs[min(i, len(utf8Doc.Pairs)-1)]} {
			for _, id := range []*string{&p.A, &p.B} {
				if *id == "page" || *id == "page-1252" {
					*id = "checked"
				}
			}
		}
	}
	if g, w := pairSummary(got.Pairs), pairSummary(utf8Doc.Pairs); g != w {
		t.Errorf("the Windows-1252 page's pairs differ from the UTF-8 page's:\n%s\n---\n%s", g, w)
	}
	st, _ := a.Store().Stats(t.Context())
	if st.Articles != 8 {
		t.Errorf("after checks the archive holds %d articles; want 8 (checks add nothing)", st.Articles)
	}
}

// TestWrites: POST /api/articles and ?add=true archive; the story list
// follows; a token guards writes; a read-only server refuses them.
func TestWrites(t *testing.T) {
	a := MustOpenSQLite(t)
	s := MustNew(t, a, Options{Token: "s3cret", FreshStories: true})
	text, err := os.ReadFile(filepath.Join(seeds, seedCopy))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := json.Marshal(map[string]string{"id": "reprinted", "text": string(text), "site": "Reprint Weekly", "title": "Reprinted talks"})
	auth := []string{"Authorization", "Bearer s3cret"}

	// The list is built before the add, so the add must invalidate it.
	if res, b := do(t, s, "GET", "/api/stories", "", nil); res.StatusCode != 200 {
		t.Fatalf("GET /api/stories = %d\n%s", res.StatusCode, b)
	}
	for _, hdr := range [][]string{nil, {"Authorization", "Bearer wrong"}, {"Authorization", "s3cret"}} {
		res, b := do(t, s, "POST", "/api/articles", "application/json", body, hdr...)
		if res.StatusCode != 401 || decode[apiErr](t, b).Error.Code != EUnauthorized {
			t.Errorf("POST /api/articles with %q = %d %s; want 401", hdr, res.StatusCode, b)
		}
	}
	res, b := do(t, s, "POST", "/api/check?add=true", "application/json", body)
	if res.StatusCode != 401 {
		t.Errorf("POST /api/check?add=true without the token = %d; want 401", res.StatusCode)
	}
	res, b = do(t, s, "POST", "/api/articles", "application/json", body, auth...)
	if res.StatusCode != 201 {
		t.Fatalf("POST /api/articles = %d; want 201\n%s", res.StatusCode, b)
	}
	add := decode[addAnswer](t, b)
	if add.ID != "reprinted" || add.Outcome != "added" || add.Pairs == 0 || res.Header.Get("Location") != "/api/articles/reprinted" {
		t.Errorf("POST /api/articles = %+v, Location %q", add, res.Header.Get("Location"))
	}
	res, b = do(t, s, "POST", "/api/articles", "application/json", body, auth...)
	if res.StatusCode != 200 || decode[addAnswer](t, b).Outcome != "unchanged" {
		t.Errorf("the same article again = %d %s; want 200 unchanged", res.StatusCode, b)
	}
	res, b = do(t, s, "GET", "/api/stories?site=reprint+weekly", "", nil)
	if got := decode[storyPage](t, b); got.Total != 1 || got.Stories[0].Articles != 6 {
		t.Errorf("after the add, stories of Reprint Weekly: %s; want the seeds' story with 6 articles", b)
	}
	res, b = do(t, s, "GET", "/api/articles/reprinted", "", nil)
	if got := decode[articleJSONOut](t, b); res.StatusCode != 200 || got.Story == nil || len(got.Pairs) == 0 || got.Site != "Reprint Weekly" {
		t.Errorf("GET /api/articles/reprinted = %d %+v", res.StatusCode, got)
	}

	// add=true: the check document, and the article archived.
	res, b = do(t, s, "POST", "/api/check?add=true&id=second&site=Second+Site", "text/plain", text, auth...)
	if res.StatusCode != 200 || res.Header.Get("X-Reprint-Added") != "added" || decode[scanDoc](t, b).Schema != report.Schema {
		t.Errorf("POST /api/check?add=true = %d, X-Reprint-Added %q", res.StatusCode, res.Header.Get("X-Reprint-Added"))
	}
	if _, err := a.Store().Lookup(t.Context(), "second"); err != nil {
		t.Errorf("after check?add=true: %v", err)
	}

	ro := MustNew(t, a, Options{ReadOnly: true})
	res, b = do(t, ro, "POST", "/api/articles", "application/json", body)
	if res.StatusCode != 403 || decode[apiErr](t, b).Error.Code != EForbidden {
		t.Errorf("POST /api/articles read-only = %d %s; want 403", res.StatusCode, b)
	}
}

// TestReads: the GET endpoints on the fixture, with ids that hold a
// slash and markup, in either order for a pair.
func TestReads(t *testing.T) {
	s := MustNew(t, MustOpenSQLite(t), Options{})
	res, b := do(t, s, "GET", "/api/articles/"+url.PathEscape(evilID), "", nil)
	art := decode[articleJSONOut](t, b)
	if res.StatusCode != 200 || art.ID != evilID || art.Title != evilTitle || art.Story == nil || len(art.Pairs) != 1 || art.Pairs[0].Role != "source" {
		t.Errorf("GET the hostile article = %d %+v", res.StatusCode, art)
	}
	for _, ids := range [][2]string{{seedBBC, seedCopy}, {seedCopy, seedBBC}} {
		res, b := do(t, s, "GET", pairPath("/api/pairs/", ids[0], ids[1]), "", nil)
		p := decode[pairDoc](t, b)
		if res.StatusCode != 200 || p.Pair.A != seedBBC || p.Pair.B != seedCopy || p.A.Text == "" || p.B.Text == "" || len(p.Pair.Passages) == 0 {
			t.Errorf("GET /api/pairs/%s/%s = %d; pair %s/%s, texts %d/%d bytes", ids[0], ids[1], res.StatusCode, p.Pair.A, p.Pair.B, len(p.A.Text), len(p.B.Text))
		}
		for _, ps := range p.Pair.Passages {
			if ps.A.End > len(p.A.Text) || ps.B.End > len(p.B.Text) || ps.A.Start < 0 || ps.B.Start < 0 {
				t.Errorf("passage %+v outside the texts", ps)
			}
		}
	}
	res, b = do(t, s, "GET", "/api/stories/1", "", nil)
	var st struct {
		ID      int           `json:"id"`
		Title   string        `json:"title"`
		Lineage []report.Edge `json:"lineage"`
		Pairs   []report.Pair `json:"pair_details"`
	}
	if err := json.Unmarshal(b, &st); err != nil || res.StatusCode != 200 || st.Title != seedStory || len(st.Lineage) != 5 || len(st.Pairs) != 10 {
		t.Errorf("GET /api/stories/1 = %d %v: %q, %d edges, %d pairs", res.StatusCode, err, st.Title, len(st.Lineage), len(st.Pairs))
	}
	res, b = do(t, s, "GET", "/api/stats", "", nil)
	if got := decode[statsJSON](t, b); res.StatusCode != 200 || got.Archive.Articles != 8 {
		t.Errorf("GET /api/stats = %d %s", res.StatusCode, b)
	}
	res, b = do(t, s, "GET", "/api/openapi.json", "", nil)
	if res.StatusCode != 200 || !json.Valid(b) {
		t.Errorf("GET /api/openapi.json = %d, valid JSON %v", res.StatusCode, json.Valid(b))
	}
	if res.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("API answers lack X-Content-Type-Options: nosniff")
	}
}

// TestBusy: with every check slot taken and the queue full, a check is a
// 503 with Retry-After, and a page says so too.
func TestBusy(t *testing.T) {
	s := MustNew(t, MustOpenSQLite(t), Options{MaxChecks: 1, MaxQueued: 1})
	s.checks <- struct{}{} // the one slot
	s.waiting.Store(1)     // the queue's one place
	res, b := do(t, s, "POST", "/api/check", "text/plain", []byte("a few words of an article to check"))
	if res.StatusCode != http.StatusServiceUnavailable || res.Header.Get("Retry-After") == "" || decode[apiErr](t, b).Error.Code != EBusy {
		t.Errorf("check when busy = %d, Retry-After %q, %s; want 503 busy with Retry-After", res.StatusCode, res.Header.Get("Retry-After"), b)
	}
	res, _ = do(t, s, "POST", "/check", "application/x-www-form-urlencoded", []byte("text=a+few+words"))
	if res.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("the check page when busy = %d; want 503", res.StatusCode)
	}
	<-s.checks
	s.waiting.Store(0)
	if res, b := do(t, s, "POST", "/api/check", "text/plain", []byte("a few words of an article to check")); res.StatusCode != 200 {
		t.Errorf("check once free = %d %s", res.StatusCode, b)
	}
}

// TestOpenAPIRoutes: the OpenAPI document lists exactly the API's routes.
func TestOpenAPIRoutes(t *testing.T) {
	s := MustNew(t, MustOpenSQLite(t), Options{})
	var doc struct {
		Paths map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	documented := map[string]bool{}
	for path, ops := range doc.Paths {
		for method := range ops {
			documented[strings.ToUpper(method)+" "+path] = true
		}
	}
	served := map[string]bool{}
	for _, r := range s.routes() {
		if r.api {
			served[r.pattern] = true
		}
	}
	for p := range served {
		if !documented[p] {
			t.Errorf("route %s is not in openapi.json", p)
		}
	}
	for p := range documented {
		if !served[p] {
			t.Errorf("openapi.json lists %s, which is not served", p)
		}
	}

	// The query parameters documented are those the handlers read.
	var params struct {
		Paths map[string]map[string]struct {
			Parameters []struct {
				Name string `json:"name"`
				In   string `json:"in"`
			} `json:"parameters"`
		} `json:"paths"`
	}
	if err := json.Unmarshal(openAPI, &params); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		path, method string
		want         []string
	}{
		{"/api/stories", "get", filterParams},
		{"/api/check", "post", append([]string{"add", "text"}, articleParams...)},
		{"/api/articles", "post", articleParams},
	} {
		var got []string
		for _, p := range params.Paths[tt.path][tt.method].Parameters {
			if p.In == "query" {
				got = append(got, p.Name)
			}
		}
		slices.Sort(got)
		want := slices.Sorted(slices.Values(tt.want))
		if !slices.Equal(got, want) {
			t.Errorf("openapi.json: %s %s takes %q; the handler reads %q", tt.method, tt.path, got, want)
		}
	}
}

// scanDoc is the part of a reprint.scan/v2 document the tests read.
type scanDoc struct {
	Schema   string `json:"schema"`
	Articles []struct {
		ID    string `json:"id"`
		Title string `json:"title"`
	} `json:"articles"`
	Pairs []report.Pair `json:"pairs"`
}

// pairSummary is each pair's ids, relation and passage spans, one line a
// pair.
func pairSummary(ps []report.Pair) string {
	var b strings.Builder
	for _, p := range ps {
		fmt.Fprintf(&b, "%s %s %s", p.A, p.B, p.Relation)
		for _, x := range p.Passages {
			fmt.Fprintf(&b, " %v/%v", x.A, x.B)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// pairDoc is GET /api/pairs/{a}/{b} as the tests read it.
type pairDoc struct {
	Pair report.Pair `json:"pair"`
	A    struct {
		Text string `json:"text"`
	} `json:"a"`
	B struct {
		Text string `json:"text"`
	} `json:"b"`
}

// TestStale: after an add, the story list answers at once from the last
// judgement, marked stale, while a new one is built; then the new one.
func TestStale(t *testing.T) {
	s := MustNew(t, MustOpenSQLite(t), Options{})
	if res, _ := do(t, s, "GET", "/api/stories", "", nil); res.StatusCode != 200 || res.Header.Get("X-Reprint-Stale") != "" {
		t.Fatalf("first GET /api/stories = %d, stale %q; want a fresh 200", res.StatusCode, res.Header.Get("X-Reprint-Stale"))
	}
	text, err := os.ReadFile(filepath.Join(seeds, seedCopy))
	if err != nil {
		t.Fatal(err)
	}
	// The first request after each add starts a new judgement and is
	// answered from the last one: a page, then the API.
	if res, b := do(t, s, "POST", "/api/articles?id=again&site=Again", "text/plain", text); res.StatusCode != 201 {
		t.Fatalf("POST /api/articles = %d %s", res.StatusCode, b)
	}
	if _, b := do(t, s, "GET", "/", "", nil); !bytes.Contains(b, []byte(`id="stale"`)) {
		t.Errorf("the home page right after an add does not say it is stale")
	}
	if res, b := do(t, s, "POST", "/api/articles?id=again2&site=Again", "text/plain", text); res.StatusCode != 201 {
		t.Fatalf("POST /api/articles = %d %s", res.StatusCode, b)
	}
	if res, _ := do(t, s, "GET", "/api/stories?site=again", "", nil); res.Header.Get("X-Reprint-Stale") != "true" {
		t.Errorf("GET /api/stories right after an add: X-Reprint-Stale %q; want true", res.Header.Get("X-Reprint-Stale"))
	}
	waitUntil(t, func() bool {
		res, b := do(t, s, "GET", "/api/stories?site=again", "", nil)
		p := decode[storyPage](t, b)
		return res.Header.Get("X-Reprint-Stale") == "" && p.Total == 1 && p.Stories[0].Articles == 7
	})
}
