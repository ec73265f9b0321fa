package server

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/sqlite"
)

// FuzzParseArticle: whatever a client sends, parseArticle either returns
// a valid request or a 4xx *Error; it never panics and never answers 5xx.
//
//	go test ./server -run '^$' -fuzz FuzzParseArticle -fuzztime 60s
func FuzzParseArticle(f *testing.F) {
	f.Add("text/plain", "", []byte("An article.\n\nIts second paragraph."))
	f.Add("text/plain; charset=utf-8", "id=a&title=T&published=2024-03-01", []byte("words"))
	f.Add("text/html", "", []byte("<html><title>x</title><p>words</p></html>"))
	f.Add("application/json", "", []byte(`{"id":"a","text":"words","url":"https://x.example/","site":"S","title":"T","published":"2024-03-01T10:00:00Z"}`))
	f.Add("application/json", "", []byte(`{"html":"<p>x</p>","published":7}`))
	f.Add("application/json", "", []byte(`{"text":"a"} trailing`))
	f.Add("application/json; charset=latin1", "", []byte(`{}`))
	f.Add("multipart/form-data; boundary=x", "", []byte("--x--"))
	f.Add("", "id=%00", []byte("\xff\xfe"))
	f.Fuzz(func(t *testing.T, ctype, query string, body []byte) {
		q, err := url.ParseQuery(query)
		if err != nil {
			return
		}
		req, err := parseArticle(ctype, q, body)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Status() < 400 || e.Status() > 499 || e.Message == "" {
				t.Fatalf("parseArticle(%q, %q, %q) = %v; want a 4xx *Error with a message", ctype, query, body, err)
			}
			return
		}
		if (req.Text == "") == (req.HTML == "") && !req.isHTML {
			t.Fatalf("parseArticle(%q, %q, %q): text %q, html %q; want one of them", ctype, query, body, req.Text, req.HTML)
		}
		for _, s := range []string{req.ID, req.Title, req.Site, req.URL, req.Published} {
			if !utf8.ValidString(s) || len(s) > maxIDBytes || strings.ContainsAny(s, "\x00\n\r") {
				t.Fatalf("parseArticle(%q, %q, %q): field %q passed validation", ctype, query, body, s)
			}
		}
		if !req.isHTML && !utf8.ValidString(req.Text) {
			t.Fatalf("parseArticle(%q, %q, %q): text not UTF-8", ctype, query, body)
		}
		if req.Published != "" {
			if _, ok := parseDate(req.Published); !ok {
				t.Fatalf("parseArticle: published %q passed validation", req.Published)
			}
		}
	})
}

// FuzzParseFilter: any query is a story filter or a 400 naming a
// parameter.
func FuzzParseFilter(f *testing.F) {
	f.Add("q=putin&relation=copy,rewrite&min_coverage=50%25&credit=credited&flagged=on&site=bbc&from=2024-01-01&to=2024-12-31&sort=newest&limit=10&offset=20")
	f.Add("min_coverage=NaN")
	f.Add("limit=99999999999999999999")
	f.Add("relation=,,,")
	f.Fuzz(func(t *testing.T, query string) {
		q, err := url.ParseQuery(query)
		if err != nil {
			return
		}
		fl, err := parseFilter(q)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Status() != 400 || e.Param == "" {
				t.Fatalf("parseFilter(%q) = %v; want a 400 naming its parameter", query, err)
			}
			return
		}
		if fl.Limit < 1 || fl.Limit > maxStoryLimit || fl.Offset < 0 || fl.MinArticles < 1 || !(fl.MinShare >= 0 && fl.MinShare <= 1) {
			t.Fatalf("parseFilter(%q) = %+v: out of range", query, fl)
		}
		// The filter's own query reads back as the same filter.
		again, err := parseFilter(fl.query())
		if err != nil {
			t.Fatalf("parseFilter(%q).query() = %q does not parse: %v", query, fl.query().Encode(), err)
		}
		again.Limit, again.Offset = fl.Limit, fl.Offset
		if again.Q != fl.Q || again.Site != fl.Site || again.Sort != fl.Sort || again.MinShare != fl.MinShare || again.Credit != fl.Credit || again.Flagged != fl.Flagged || !again.From.Equal(fl.From) || !again.To.Equal(fl.To) || again.MinArticles != fl.MinArticles || strings.Join(again.Relations, ",") != strings.Join(fl.Relations, ",") {
			t.Fatalf("parseFilter(%q) = %+v; its query reads back as %+v", query, fl, again)
		}
	})
}

// FuzzReadPages: whatever the pages file holds, readPages returns pages
// of the judgement or an error; it never panics, and pages it returns
// index only stories that exist.
//
//	go test ./server -run '^$' -fuzz FuzzReadPages -fuzztime 60s
func FuzzReadPages(f *testing.F) {
	// A small archive of its own: each fuzzing worker builds it, and the
	// fixture's judgement, instrumented, took most of a minute.
	st, err := sqlite.Open(context.Background(), filepath.Join(f.TempDir(), "arc"), sqlite.Options{Create: true})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { st.Close() })
	a, err := engine.NewArchive(st, engine.Options{})
	if err != nil {
		f.Fatal(err)
	}
	const story = "The council voted on Tuesday to close the library on Sundays, despite a petition signed by four thousand residents. " +
		"Officials said the building needed repairs the town could not afford, and that its books would move to the school. "
	arts := []*reprint.Article{
		{ID: "a", Text: story + "The library opened in 1911 and was extended in 1974."},
		{ID: "b", Text: "Library cuts\n\n" + story + "Residents plan a protest on Saturday."},
		{ID: "c", Text: "A recipe for lemon cake with almonds, butter, eggs and a little flour, baked for forty minutes."},
	}
	if _, err := a.AddArticles(context.Background(), arts, nil); err != nil {
		f.Fatal(err)
	}
	s, err := New(Options{Archive: a})
	if err != nil {
		f.Fatal(err)
	}
	x, _, err := s.snaps.get(f.Context())
	if err != nil {
		f.Fatal(err)
	}
	s.Close()
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	if err := encodePages(w, x, "b"); err != nil || w.Flush() != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add(buf.Bytes()[:buf.Len()/2])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := readPages(bufio.NewReader(bytes.NewReader(b)), x.judged, "b")
		if err != nil {
			return
		}
		if len(p.stories) != len(x.judged.Scan.Stories) || len(p.text.fromBase) != len(p.stories) {
			t.Fatalf("pages of %d stories, %d mapped; want %d", len(p.stories), len(p.text.fromBase), len(x.judged.Scan.Stories))
		}
		for _, list := range p.text.base.stories {
			for _, st := range list {
				if st < 0 || int(st) >= len(p.text.toCur) {
					t.Fatalf("base story %d of %d", st, len(p.text.toCur))
				}
			}
		}
	})
}
