package ingest

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reprint/reprint"
)

// TestSniffJSONDocument: a JSON document that is not JSON lines is told
// apart from JSONL and from text that happens to start with a bracket.
func TestSniffJSONDocument(t *testing.T) {
	long := "{\n  \"notes\": \"" + strings.Repeat("x", sniffLen) + "\"\n}\n"
	tests := []struct {
		name, text string
		atEOF      bool
		want       kind
	}{
		{"EXPECTED.json", "{\n  \"story\": [\"A\", \"B\"],\n  \"outside\": [\"X\"]\n}\n", true, kindJSONDocument},
		{"list.json", "[\n {\"id\": \"a\", \"text\": \"one\"},\n {\"id\": \"b\", \"text\": \"two\"}\n]\n", true, kindJSONDocument},
		{"one-line-array.txt", `[{"id": "a", "text": "one"}]`, true, kindJSONDocument},
		{"big.json", long[:sniffLen], false, kindJSONDocument},
		{"items.jsonl", "{\"id\": \"a\", \"text\": \"one\"}\n{\"id\": \"b\", \"text\": \"two\"}\n", true, kindJSONL},
		{"one.json", `{"id": "a", "text": "one"}`, true, kindJSONL}, // one article object on a line
		{"bad.jsonl", "{\n\"id\": 1\n", true, kindJSONL},            // JSONL by name: its bad lines are rejected one by one
		{"note.txt", "[Updated] The council voted on Monday to close the library.\n", true, kindText},
		{"braces.txt", "{Draft} The council voted on Monday.\n", true, kindText},
		{"big.txt", long[:sniffLen], false, kindText}, // cannot be checked whole, and not named .json
	}
	for _, tt := range tests {
		if got, _ := sniff([]byte(tt.text), tt.atEOF, tt.name); got != tt.want {
			t.Errorf("sniff(%s) = %d, want %d", tt.name, got, tt.want)
		}
	}
}

// TestJSONDocumentRejected: a folder holding a JSON document beside its
// articles reads the articles and rejects the document with its reason,
// plain or gzipped; nothing is read as an article of braces and keys.
func TestJSONDocumentRejected(t *testing.T) {
	dir := t.TempDir()
	doc := []byte("{\n  \"story\": [\"A\", \"B\"],\n  \"lineage\": {\"B\": \"A\"}\n}\n")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(doc)
	zw.Close()
	files := map[string][]byte{
		"A.txt":            []byte("The council voted on Monday to close the library on Fridays.\n"),
		"EXPECTED.json":    doc,
		"settings.json.gz": gz.Bytes(),
		"items.jsonl":      []byte("{\"id\": \"b\", \"text\": \"Residents plan a protest on Saturday.\"}\n"),
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	items, st := mustScan(t, Options{}, dir)
	var articles, rejected []string
	for _, it := range items {
		switch {
		case it.a != nil:
			articles = append(articles, it.a.ID)
		case it.r.Reason == reprint.SkipUnsupported && strings.Contains(it.r.Detail, "JSON document"):
			rejected = append(rejected, filepath.Base(it.r.Input))
		default:
			t.Errorf("%s rejected as %s (%s)", it.r.Input, it.r.Reason, it.r.Detail)
		}
	}
	if strings.Join(articles, " ") != "A.txt b" || strings.Join(rejected, " ") != "EXPECTED.json settings.json.gz" {
		t.Errorf("articles %v, rejected %v; want [A.txt b], [EXPECTED.json settings.json.gz]", articles, rejected)
	}
	if st.Read != 4 {
		t.Errorf("Stats.Read = %d, want 4", st.Read)
	}
}
