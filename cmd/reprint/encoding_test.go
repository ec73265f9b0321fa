package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// TestScanEncoding: an article read from a legacy encoding says which in
// scan's JSON, on a scan of files and on a scan of an archive; a UTF-8
// article says nothing. The pair is the Russian article of TestScripts
// and its Windows-1251 copy.
func TestScanEncoding(t *testing.T) {
	dir := filepath.Join("testdata", "scripts")
	files := []string{filepath.Join(dir, "ru-source.txt"), filepath.Join(dir, "ru-copy.windows-1251.txt")}
	arc := filepath.Join(t.TempDir(), "archive")
	mustRun(t, append([]string{"add", "--archive", arc}, files...)...)
	fromFiles, _ := mustRun(t, append([]string{"scan", "--json"}, files...)...)
	fromArchive, _ := mustRun(t, "scan", "--json", "--archive", arc)
	// The articles, as the schema has them (the pair's own fields are
	// other tests' business).
	var whole struct{ Articles json.RawMessage }
	if err := json.Unmarshal([]byte(fromFiles), &whole); err != nil {
		t.Fatal(err)
	}
	golden(t, "articles.json", string(whole.Articles)+"\n")

	want := map[string]string{"ru-source.txt": "", "ru-copy.windows-1251.txt": "windows-1251"}
	for _, tt := range []struct{ name, out string }{{"files", fromFiles}, {"archive", fromArchive}} {
		var doc struct {
			Articles []struct{ ID, Encoding string }
			Pairs    []struct{ Relation string }
		}
		if err := json.Unmarshal([]byte(tt.out), &doc); err != nil {
			t.Fatal(err)
		}
		if len(doc.Articles) != 2 || len(doc.Pairs) != 1 || doc.Pairs[0].Relation != "copy" {
			t.Fatalf("scan of %s: %d articles, %d pairs (%+v); want 2 articles, one copy", tt.name, len(doc.Articles), len(doc.Pairs), doc.Pairs)
		}
		for _, a := range doc.Articles {
			if w, ok := want[filepath.Base(a.ID)]; !ok || a.Encoding != w {
				t.Errorf("scan of %s: article %s encoding %q; want %q", tt.name, a.ID, a.Encoding, w)
			}
		}
	}
}

// TestScanLatin1Pages: the German article of TestScripts as an HTML page
// in UTF-8, and twice in ISO-8859-1: declared as such, and declared
// Windows-1251, which decodes its bytes without error into words of two
// scripts ("beschlieЯt"). Both Latin-1 pages are read as Latin-1 (WHATWG's
// windows-1252), say so in scan's JSON, and are copies of the UTF-8 page.
func TestScanLatin1Pages(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "scripts", "de-source.txt"))
	if err != nil {
		t.Fatal(err)
	}
	title, body, _ := strings.Cut(string(text), "\n\n")
	page := func(charset string) string {
		var b strings.Builder
		fmt.Fprintf(&b, "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"%s\"><title>%s</title></head><body><article><h1>%s</h1>\n", charset, title, title)
		for _, p := range strings.Split(strings.TrimSpace(body), "\n") {
			fmt.Fprintf(&b, "<p>%s</p>\n", p)
		}
		b.WriteString("</article></body></html>\n")
		return b.String()
	}
	latin1 := func(s string) []byte {
		out, err := charmap.ISO8859_1.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	dir := t.TempDir()
	files := map[string][]byte{
		"utf8.html":           []byte(page("utf-8")),
		"latin1.html":         latin1(page("iso-8859-1")),
		"latin1-as-1251.html": latin1(page("windows-1251")),
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, _ := mustRun(t, "scan", "--json", dir)
	var doc struct {
		Articles []struct{ ID, Title, Encoding string }
		Pairs    []struct{ A, B, Relation string }
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"utf8.html": "", "latin1.html": "windows-1252", "latin1-as-1251.html": "windows-1252"}
	if len(doc.Articles) != 3 {
		t.Fatalf("scan: %d articles; want 3", len(doc.Articles))
	}
	for _, a := range doc.Articles {
		if w := want[filepath.Base(a.ID)]; a.Encoding != w || a.Title != title {
			t.Errorf("article %s: encoding %q, title %q; want %q, %q", a.ID, a.Encoding, a.Title, w, title)
		}
	}
	copies := 0
	for _, p := range doc.Pairs {
		if p.Relation == "copy" {
			copies++
		}
	}
	if len(doc.Pairs) != 3 || copies != 3 {
		t.Errorf("scan: pairs %+v; want the three pairs, each a copy", doc.Pairs)
	}
}
