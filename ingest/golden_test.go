package ingest

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/reprint/reprint"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/golden")

// goldenItem is the JSON form of one item in golden files.
type goldenItem struct {
	Article *goldenArticle    `json:"article,omitempty"`
	Reject  *reprint.Rejected `json:"rejected,omitempty"`
	Notes   []string          `json:"notes,omitempty"`
}

type goldenArticle struct {
	ID       string         `json:"id"`
	Input    string         `json:"input"`
	Format   reprint.Format `json:"format"`
	Meta     reprint.Meta   `json:"meta"`
	RawBytes int            `json:"raw_bytes"`
	Body     string         `json:"body"`
	Segments int            `json:"body_map_segments"`
}

// TestGoldenMixed reads a folder with one file of each kind (text, Windows-1252
// CRLF text, HTML named .txt, JSONL with a bad line, a ZIP named .txt, a
// .warc.gz, and a hidden file). Run with -update to rewrite the golden file.
func TestGoldenMixed(t *testing.T) {
	items, st := mustScan(t, Options{}, "testdata/golden/mixed")
	var out struct {
		Items []goldenItem `json:"items"`
		Stats Stats        `json:"stats"`
	}
	for _, it := range items {
		g := goldenItem{Reject: it.r, Notes: it.notes}
		if a := it.a; a != nil {
			g.Article = &goldenArticle{a.ID, a.Input, a.Format, a.Meta, len(a.Raw), a.Body, len(a.BodyMap)}
		}
		out.Items = append(out.Items, g)
	}
	out.Stats = st
	got, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "golden", "TestGoldenMixed", "items.json")
	if *update {
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}
}
