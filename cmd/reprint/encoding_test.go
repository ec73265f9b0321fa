package main

import (
	"encoding/json"
	"path/filepath"
	"testing"
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
