package server

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/reprint/reprint/report"
)

func TestDateWords(t *testing.T) {
	at := func(h int) *time.Time {
		x := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(h) * time.Hour)
		return &x
	}
	tests := []struct {
		a, b *time.Time
		want string
	}{
		{at(0), at(48), "published two days later"},
		{at(0), at(24), "published one day later"},
		{at(0), at(5), "published five hours later"},
		{at(0), at(1), "published one hour later"},
		{at(30), at(0), "published one day earlier"},
		{at(0), at(0), "published within the hour"},
		{at(0), at(24 * 40), "published 40 days later"},
		{nil, at(0), ""},
	}
	for _, tt := range tests {
		if got := dateWords(tt.a, tt.b); got != tt.want {
			t.Errorf("dateWords(%v, %v) = %q; want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestTell: the direction in plain words for a known source, a common
// source and an unknown direction.
func TestTell(t *testing.T) {
	src, der := "s", "d"
	pub := func(d int) *time.Time { x := time.Date(2024, 3, d, 0, 0, 0, 0, time.UTC); return &x }
	l := ArticleRef{ID: src, Title: "Storm closes harbour", Site: "BBC", Published: pub(1)}
	r := ArticleRef{ID: der, Title: "Harbour shut", Site: "Daily Copy", Published: pub(3)}
	tests := []struct {
		name     string
		p        report.Pair
		headline string
		reasons  []string
	}{
		{"source", report.Pair{A: src, B: der, Relation: "rewrite", Source: &src, Coverage: report.Coverage{A: 0.8, B: 0.9},
			Credit: &report.Credit{Status: "credited", Name: "BBC"},
			Quotes: []report.Quote{{Article: der, Status: "altered"}, {Article: der, Status: "unattested"}, {Article: der, Status: "exact"}}},
			"“Harbour shut” (Daily Copy) rewrites “Storm closes harbour” (BBC).",
			[]string{"published two days later", "credits BBC", "carries 80% of the source's text", "90% of its own text comes from the source", "1 quotation changed", "1 quotation the source does not have"}},
		{"not credited", report.Pair{A: src, B: der, Relation: "copy", Source: &src, Credit: &report.Credit{Status: "not-credited"}},
			"“Harbour shut” (Daily Copy) copies “Storm closes harbour” (BBC).",
			[]string{"does not credit BBC"}},
		{"common", report.Pair{A: src, B: der, Relation: "rewrite", Common: true, Coverage: report.Coverage{A: 0.5, B: 0.6}},
			"Neither copied the other: both take from a source that is not in the archive.",
			[]string{"50% of the left text and 60% of the right are shared"}},
		{"unknown", report.Pair{A: src, B: der, Relation: "rewrite"},
			"Which came first is unclear: the evidence is missing or points both ways.",
			[]string{"the right one was published two days later"}},
	}
	for _, tt := range tests {
		v := tell(&tt.p, l, r)
		if v.Headline != tt.headline {
			t.Errorf("%s: headline %q; want %q", tt.name, v.Headline, tt.headline)
		}
		for _, w := range tt.reasons {
			found := false
			for _, got := range v.Reasons {
				found = found || got == w
			}
			if !found {
				t.Errorf("%s: reasons %q lack %q", tt.name, v.Reasons, w)
			}
		}
	}
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
