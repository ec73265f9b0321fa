package htmltext

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

func TestModified(t *testing.T) {
	at := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		name, head string
		want       time.Time
		warn       string // a part of the warning; "" for none
	}{
		{"none", `<meta property="article:published_time" content="2025-08-05T09:00:00+01:00">`, time.Time{}, ""},
		{"open graph article", `<meta property="article:modified_time" content="2025-08-05T12:05:00+01:00">`, at("2025-08-05T12:05:00+01:00"), ""},
		{"og:updated_time", `<meta property="og:updated_time" content="2025-08-05T12:05:00Z">`, at("2025-08-05T12:05:00Z"), ""},
		{"most specific first", `<meta property="og:updated_time" content="2025-08-06T00:00:00Z"><meta property="article:modified_time" content="2025-08-05T12:05:00Z">`, at("2025-08-05T12:05:00Z"), ""},
		{"itemprop", `<meta itemprop="dateModified" content="2025-08-05">`, at("2025-08-05T00:00:00Z"), ""},
		{"JSON-LD", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-08-05T09:00:00Z","dateModified":"2025-08-05T12:05:00Z"}</script>`, at("2025-08-05T12:05:00Z"), ""},
		{"JSON-LD graph", `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","dateModified":"2025-08-05T12:05:00Z"}]}</script>`, at("2025-08-05T12:05:00Z"), ""},
		{"JSON-LD broken", `<script type="application/ld+json">{"dateModified":</script>`, time.Time{}, ""},
		{"unreadable", `<meta property="article:modified_time" content="yesterday afternoon">`, time.Time{}, `"yesterday afternoon" ignored`},
		{"too long", `<meta property="article:modified_time" content="` + strings.Repeat("9", 100) + `">`, time.Time{}, "100 bytes ignored"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><head>" + tt.head + "</head><body><p>Text.</p></body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			got, warn := modified(doc)
			if !got.Equal(tt.want) {
				t.Errorf("modified = %v; want %v", got, tt.want)
			}
			if tt.warn == "" && warn != "" || !strings.Contains(warn, tt.warn) {
				t.Errorf("warning %q; want one holding %q", warn, tt.warn)
			}
		})
	}
}

func TestCanonicalLink(t *testing.T) {
	tests := []struct{ head, want string }{
		{`<link rel="canonical" href="https://example.com/news/a">`, "https://example.com/news/a"},
		{`<link rel="amphtml" href="/amp/a"><link rel="Canonical" href="/news/a">`, "/news/a"},
		{`<link rel="stylesheet" href="/s.css">`, ""},
		{``, ""},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader("<html><head>" + tt.head + "</head><body><link rel=canonical href=/body></body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		if got := canonicalLink(doc); got != tt.want {
			t.Errorf("canonicalLink(%q) = %q; want %q", tt.head, got, tt.want)
		}
	}
}

func TestHeadProvider(t *testing.T) {
	tests := []struct{ head, site, want string }{
		{`<meta name="publisher" content="The Owensport  Ledger">`, "MSN", "The Owensport Ledger"},
		{`<meta name="publisher" content="The Owensport Ledger">`, "the owensport ledger", ""},
		{`<meta name="publisher" content="https://www.facebook.com/owensportledger">`, "MSN", ""},
		// Open Graph's field: a partner's name, or the usual Facebook page.
		{`<meta property="article:publisher" content="共同通信">`, "ニュースパーク", "共同通信"},
		{`<meta property="article:publisher" content="https://www.facebook.com/owensportledger">`, "The Owensport Ledger", ""},
		{`<meta name="author" content="Dana Kowalczyk">`, "MSN", ""},
		{``, "MSN", ""},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader("<html><head>" + tt.head + "</head><body><meta name=publisher content=Body></body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		if got := headProvider(doc, tt.site); got != tt.want {
			t.Errorf("headProvider(%q, %q) = %q; want %q", tt.head, tt.site, got, tt.want)
		}
	}
}

// TestArchivedDate: a page's head dates it before the web era (an
// archive's digitised front page), and a date of the web era is left to
// the date reader; a date in the text is never read.
func TestArchivedDate(t *testing.T) {
	tests := []struct {
		name, head, body string
		want             time.Time
	}{
		{"an archive page", `<meta property="article:published_time" content="1975-05-04T05:00:00-04:00">`, "",
			time.Date(1975, 5, 4, 5, 0, 0, 0, time.FixedZone("", -4*3600))},
		{"JSON-LD", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"1968-11-02"}</script>`, "",
			time.Date(1968, 11, 2, 0, 0, 0, 0, time.UTC)},
		{"a date of the web era", `<meta property="article:published_time" content="2025-05-03T06:00:00-04:00">`, "", time.Time{}},
		{"a date in the text", "", "<p>As the Courier reported on May 4, 1975, the dam broke.</p>", time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><head>" + tt.head + "</head><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if got := archivedDate(doc); !got.Equal(tt.want) {
				t.Errorf("archivedDate = %v; want %v", got, tt.want)
			}
		})
	}
}
