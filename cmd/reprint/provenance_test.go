package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reprint/reprint/internal/synth"
	"github.com/reprint/reprint/report"
)

func TestCompareSeeds(t *testing.T) {
	needDir(t, seeds)
	a, b := seeds+"/001_04057b8b3dc422fc.txt", seeds+"/002_a2e1b6a0f24d9543.txt"
	out, _ := mustRun(t, "compare", a, b)
	golden(t, "compare.txt", out)
	checkWidths(t, out, "compare", a, b)
	js, _ := mustRun(t, "compare", "--json", a, b)
	var doc scanDoc
	if err := json.Unmarshal([]byte(js), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Pairs) != 1 {
		t.Fatalf("compare --json: %d pairs; want 1", len(doc.Pairs))
	}
	p := doc.Pairs[0]
	if p.Relation != "rewrite" || p.Source == nil || !strings.HasPrefix(*p.Source, "001_") {
		t.Errorf("compare 001 002: relation %q, source %v; want rewrite from 001", p.Relation, p.Source)
	}
	html := filepath.Join(t.TempDir(), "pair.html")
	mustRun(t, "compare", "--html", html, a, b)
	if fi, err := os.Stat(html); err != nil || fi.Size() == 0 {
		t.Errorf("compare --html wrote nothing: %v", err)
	}
}

func TestCompareUsage(t *testing.T) {
	_, _, err := run(t, "compare", "only-one")
	var ue usageError
	if !errorsAs(err, &ue) {
		t.Errorf("compare with one argument: %v; want a usage error", err)
	}
	_, _, err = run(t, "compare", filepath.Join(t.TempDir(), "missing"), filepath.Join(t.TempDir(), "gone"))
	if !errorsAs(err, &ue) || !strings.Contains(err.Error(), "no such file or directory") {
		t.Errorf("compare of missing files: %v; want a usage error naming the missing file", err)
	}
}

// writeFiles writes name → content into a new temporary folder.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const story = `Flood barrier fails as river reaches record height

The new flood barrier on the River Ouse failed on Sunday night as the water rose to its highest level since records began, the Environment Agency said.

Engineers had warned in March that the pumps were "not fit for purpose" and asked the council for an urgent review, according to documents seen by reporters.

About 400 homes in the lower town were evacuated before midnight. "We did everything we could, but the water came faster than any model predicted," said Jane Holt, the council leader.

Repairs are expected to take at least six weeks and cost more than two million pounds.
`

func scanJSON(t *testing.T, dir string) scanDoc {
	t.Helper()
	out, _ := mustRun(t, "scan", "--json", "--text", dir)
	var doc scanDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestScanOneArticleStory(t *testing.T) {
	doc := scanJSON(t, writeFiles(t, map[string]string{"only.txt": story}))
	if len(doc.Pairs) != 0 || len(doc.Stories) != 1 || len(doc.Stories[0].Articles) != 1 || len(doc.Stories[0].Lineage) != 0 {
		t.Errorf("one article: %d pairs, stories %+v; want one story of one article, no lineage", len(doc.Pairs), doc.Stories)
	}
	out, _ := mustRun(t, "scan", writeFiles(t, map[string]string{"only.txt": story}))
	if !strings.Contains(out, "Story 1 · 1 article") {
		t.Errorf("terminal report of one article:\n%s", out)
	}
}

func TestScanIdenticalUndated(t *testing.T) {
	doc := scanJSON(t, writeFiles(t, map[string]string{"a.txt": story, "b.txt": story}))
	if len(doc.Pairs) != 1 {
		t.Fatalf("identical articles: %d pairs; want 1", len(doc.Pairs))
	}
	p := doc.Pairs[0]
	if p.Relation != "copy" || p.Source != nil || p.Common {
		t.Errorf("identical undated: relation %q, source %v, common %v; want copy with unknown direction", p.Relation, p.Source, p.Common)
	}
	if len(doc.Stories) != 1 || len(doc.Stories[0].Lineage) != 0 {
		t.Errorf("identical undated: stories %+v; want one story without lineage edges", doc.Stories)
	}
}

func TestScanUnbalancedQuotes(t *testing.T) {
	rewrite := strings.Replace(story, `"We did everything we could, but the water came faster than any model predicted," said Jane Holt`,
		`"We did everything we could, said the council leader Jane Holt, whose quote never closes`, 1)
	rewrite = strings.Replace(rewrite, "The new flood barrier", "Residents said the new flood barrier", 1)
	doc := scanJSON(t, writeFiles(t, map[string]string{"a.txt": story, "b.txt": rewrite}))
	if len(doc.Pairs) != 1 {
		t.Fatalf("unbalanced quotes: %d pairs; want 1", len(doc.Pairs))
	}
	text := map[string]string{}
	for _, a := range doc.Articles {
		text[a.ID] = a.Text
	}
	for _, q := range doc.Pairs[0].Quotes {
		if got := text[q.Article][q.Span.Start:q.Span.End]; got != q.Text {
			t.Errorf("quote %q: text at span is %q", q.Text, got)
		}
	}
}

// TestScanLargeFolder scans 2,000 generated articles, many of them reusing
// others, and checks that the terminal report stays readable: largest
// stories first, at most DefaultMaxStories drawn, every line within the
// width, and the rest counted.
func TestScanLargeFolder(t *testing.T) {
	if testing.Short() {
		t.Skip("scans 2,000 articles")
	}
	set := synth.Corpus(7, 2000, synth.Options{MeanWords: 120, Reuse: 0.3, MinShare: 0.5, MaxShare: 0.9})
	files := map[string]string{}
	for i := range set.Len() {
		files[fmt.Sprintf("a%04d.txt", i)] = set.Text(i)
	}
	dir := writeFiles(t, files)
	out := mustRunTerminal(t, 0, "scan", dir)
	lines := strings.Split(out, "\n")
	stories, sizes := 0, []int{}
	for i, line := range lines {
		if n := len([]rune(line)); n > report.DefaultWidth {
			t.Errorf("line %d is %d columns: %q", i+1, n, line)
		}
		var id, size int
		if _, err := fmt.Sscanf(line, "Story %d · %d article", &id, &size); err == nil {
			stories++
			sizes = append(sizes, size)
		}
	}
	if stories == 0 || stories > report.DefaultMaxStories {
		t.Errorf("%d stories drawn; want 1..%d", stories, report.DefaultMaxStories)
	}
	for i := 1; i < len(sizes); i++ {
		if sizes[i] > sizes[i-1] {
			t.Errorf("stories not largest first: %v", sizes)
			break
		}
	}
	if !strings.Contains(out, "more stories") {
		t.Errorf("report of 2,000 articles does not say how many stories it left out")
	}
}
