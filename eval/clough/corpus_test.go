package clough

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/clean"
)

// The real corpus is read in place, never copied into the repository. Set
// REPRINT_CLOUGH_CORPUS to point elsewhere; tests that need it skip
// without it.
var openRealCorpus = sync.OnceValues(func() (*Corpus, error) {
	dir := os.Getenv("REPRINT_CLOUGH_CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "corpora", "clough-stevenson")
	}
	if _, err := os.Stat(dir); err != nil {
		return nil, err
	}
	return Open(context.Background(), dir)
})

func mustRealCorpus(tb testing.TB) *Corpus {
	tb.Helper()
	c, err := openRealCorpus()
	if errors.Is(err, os.ErrNotExist) {
		tb.Skip("clough-stevenson corpus not found; set REPRINT_CLOUGH_CORPUS")
	}
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// TestOpenCounts checks the labels against the corpus README and the
// paper: 95 answers by 19 participants, 19 per task; cut, light and heavy
// 19 each and non 38; 5 sources.
func TestOpenCounts(t *testing.T) {
	c := mustRealCorpus(t)
	if len(c.Answers) != 95 || len(c.Sources) != 5 {
		t.Fatalf("Open: %d answers, %d sources; want 95, 5", len(c.Answers), len(c.Sources))
	}
	perCat := map[Category]int{}
	perTask := map[string]map[Category]int{}
	people := map[string]bool{}
	for _, a := range c.Answers {
		perCat[a.Category]++
		if perTask[a.Task] == nil {
			perTask[a.Task] = map[Category]int{}
		}
		perTask[a.Task][a.Category]++
		people[a.Group+a.Person] = true
	}
	if want := map[Category]int{Cut: 19, Light: 19, Heavy: 19, Non: 38}; !equalCounts(perCat, want) {
		t.Errorf("answers per category = %v; want %v", perCat, want)
	}
	if len(people) != 19 {
		t.Errorf("%d participants; want 19", len(people))
	}
	// Per task, from file_list.csv; the design (setup_sheet.txt) rotates
	// the categories over participants, so tasks are not balanced.
	want := map[string]map[Category]int{
		"a": {Cut: 4, Light: 3, Heavy: 3, Non: 9},
		"b": {Cut: 3, Light: 3, Heavy: 4, Non: 9},
		"c": {Cut: 3, Light: 4, Heavy: 5, Non: 7},
		"d": {Cut: 4, Light: 5, Heavy: 4, Non: 6},
		"e": {Cut: 5, Light: 4, Heavy: 3, Non: 7},
	}
	for _, task := range Tasks() {
		if !equalCounts(perTask[task], want[task]) {
			t.Errorf("task %s: %v; want %v", task, perTask[task], want[task])
		}
	}
}

func equalCounts(a, b map[Category]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TestOpenDecoding checks the text reader on the corpus's mixed
// encodings: every text is valid UTF-8 without CR, C1 controls or U+FFFD;
// Windows-1252 curly quotes, dashes and the ellipsis decode to their
// characters; the double-encoded file is repaired and noted.
func TestOpenDecoding(t *testing.T) {
	c := mustRealCorpus(t)
	enc := map[string]int{}
	texts := map[string]string{}
	for _, a := range c.Answers {
		enc[a.Encoding]++
		texts[a.File] = a.Text
	}
	for task, s := range c.Sources {
		texts[SourceFile(task)] = s
	}
	// 17 files hold bytes that are not UTF-8 (`file` says "Non-ISO
	// extended-ASCII"); all are answers. ASCII counts as UTF-8.
	if enc["windows-1252"] != 17 || enc["utf-8"] != 78 {
		t.Errorf("encodings = %v; want windows-1252 17, utf-8 78", enc)
	}
	for name, s := range texts {
		if !utf8.ValidString(s) || strings.ContainsAny(s, "\r\uFFFD") {
			t.Errorf("%s: invalid UTF-8, CR or U+FFFD in text", name)
		}
		for _, r := range s {
			if r >= 0x80 && r <= 0x9F {
				t.Errorf("%s: C1 control %U in text", name, r)
				break
			}
		}
	}
	checks := []struct{ file, want string }{
		{"g1pB_taska.txt", "…"},                      // 0x85 in Windows-1252
		{"g1pB_taska.txt", "“"},                      // 0x93
		{"g2pA_taska.txt", "‘"},                      // 0x91
		{"g4pB_taske.txt", "—"},                      // 0x97
		{"g4pE_taskc.txt", "•"},                      // 0x95
		{"g2pA_taske.txt", "doesn’t"},                // U+0092 repaired
		{"g2pC_taske.txt", "naïve"},                  // UTF-8
		{"g4pE_taska.txt", "Object oriented"},        // `file` calls it Apache Avro
		{"orig_taskb.txt", "(U.S. Patent 6,285,999"}, // source, UTF-8
	}
	for _, ck := range checks {
		if !strings.Contains(texts[ck.file], ck.want) {
			t.Errorf("%s does not contain %q", ck.file, ck.want)
		}
	}
	wantNotes := []string{"g2pA_taske.txt: 5 C1 control characters read as Windows-1252 punctuation"}
	if strings.Join(c.Notes, "\n") != strings.Join(wantNotes, "\n") {
		t.Errorf("Notes = %q; want %q", c.Notes, wantNotes)
	}
}

// TestCleanerNotUsed records why Open does not run package clean: on
// these texts, which have no page chrome, the only lines the cleaner
// removes are formulas (read as markup), and they are content — the Bayes
// formula is part of the task d source and of the answers that use it.
func TestCleanerNotUsed(t *testing.T) {
	c := mustRealCorpus(t)
	cl, err := clean.New(clean.Options{})
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for _, a := range c.Answers {
		texts[a.File] = a.Text
	}
	for task, s := range c.Sources {
		texts[SourceFile(task)] = s
	}
	removed := map[string]bool{}
	for name, s := range texts {
		a := &reprint.Article{Body: s}
		cl.Clean(a)
		for _, r := range a.Removed {
			removed[name] = true
			if r.Reason != "markup" || !strings.ContainsAny(r.Text, "|/=") {
				t.Errorf("clean removed %q from %s (%s); want only formula lines", r.Text, name, r.Reason)
			}
		}
	}
	// g3pC_taskc.txt and g3pC_taskd.txt are hard-wrapped: ingest joins
	// their formulas to the prose around them, and no line is a formula
	// alone.
	want := []string{"g0pB_taskd.txt", "g2pC_taskd.txt", "g3pA_taskd.txt",
		"g4pB_taskc.txt", "g4pB_taskd.txt", "orig_taskd.txt"}
	for _, name := range want {
		if !removed[name] {
			t.Errorf("clean removed nothing from %s; the measurement in Open's doc is stale", name)
		}
	}
	if len(removed) != len(want) {
		t.Errorf("clean removed lines from %d texts; want %d", len(removed), len(want))
	}
}

// writeCorpus writes a small corpus to a temporary directory: the given
// label file and, unless skipped, a text for every labelled answer and
// source.
func writeCorpus(t *testing.T, labels string, files map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, LabelFile), []byte(labels), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, TextDir), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, TextDir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func sources() map[string][]byte {
	m := map[string][]byte{}
	for _, task := range Tasks() {
		m[SourceFile(task)] = []byte("Source text of task " + task + ".\r\n")
	}
	return m
}

func TestOpenFixture(t *testing.T) {
	files := sources()
	files["g0pA_taska.txt"] = []byte("It\x92s a \x93cut\x94 answer.\r\nSecond line.\r\n") // Windows-1252, CRLF
	files["g0pA_taskb.txt"] = []byte("\xEF\xBB\xBFA UTF-8 answer with BOM \xE2\x80\x94 dash.\n")
	files["notes.txt"] = []byte("not an answer\n")
	dir := writeCorpus(t, "\uFEFFFile,Group,Person,Task,Category,Native English\n"+
		"g0pA_taska.txt,0,A,a,cut,native\ng0pA_taskb.txt,0,A,b,non,native\n", files)
	c, err := Open(t.Context(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Answers) != 2 {
		t.Fatalf("Open: %d answers; want 2", len(c.Answers))
	}
	a := c.Answers[0]
	if a.Text != "It’s a “cut” answer.\nSecond line.\n" || a.Encoding != "windows-1252" || a.Category != Cut || a.Task != "a" {
		t.Errorf("Answers[0] = %+v %q", a, a.Text)
	}
	if b := c.Answers[1]; b.Text != "A UTF-8 answer with BOM — dash.\n" || b.Encoding != "utf-8" || b.Category != Non {
		t.Errorf("Answers[1] = %+v %q", b, b.Text)
	}
	if c.Sources["c"] != "Source text of task c.\n" {
		t.Errorf("Sources[c] = %q", c.Sources["c"])
	}
	if len(c.Notes) != 1 || !strings.HasPrefix(c.Notes[0], "notes.txt:") {
		t.Errorf("Notes = %q; want one about notes.txt", c.Notes)
	}
}

func TestOpenErrors(t *testing.T) {
	ok := "g0pA_taska.txt,0,A,a,cut\n"
	answer := map[string][]byte{"g0pA_taska.txt": []byte("An answer.\n")}
	tests := []struct {
		name   string
		labels string
		files  map[string][]byte
		want   error
	}{
		{"bad header", "Name,Group,Person,Task,Category\n" + ok, answer, ErrFormat},
		{"bad category", "File,Group,Person,Task,Category\ng0pA_taska.txt,0,A,a,copied\n", answer, ErrFormat},
		{"bad task", "File,Group,Person,Task,Category\ng0pA_taskf.txt,0,A,f,cut\n", answer, ErrFormat},
		{"name mismatch", "File,Group,Person,Task,Category\ng0pA_taska.txt,0,B,a,cut\n", answer, ErrFormat},
		{"twice", "File,Group,Person,Task,Category\n" + ok + ok, answer, ErrFormat},
		{"no rows", "File,Group,Person,Task,Category\n", answer, ErrFormat},
		{"missing answer", "File,Group,Person,Task,Category\n" + ok, nil, ErrMissing},
		{"binary answer", "File,Group,Person,Task,Category\n" + ok, map[string][]byte{"g0pA_taska.txt": {0, 1, 2, 3}}, ErrMissing},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := sources()
			for k, v := range tt.files {
				files[k] = v
			}
			_, err := Open(t.Context(), writeCorpus(t, tt.labels, files))
			if !errors.Is(err, tt.want) {
				t.Errorf("Open = %v; want %v", err, tt.want)
			}
		})
	}
}

func TestRepairC1(t *testing.T) {
	tests := []struct {
		in, want string
		n        int
	}{
		{"plain", "plain", 0},
		{"don\u0092t \u0091x\u0092", "don’t ‘x’", 3},
		{"\u0081 undefined stays", "\u0081 undefined stays", 0},
		{"€ \u0080", "€ €", 1},
	}
	for _, tt := range tests {
		got, n := repairC1(tt.in)
		if got != tt.want || n != tt.n {
			t.Errorf("repairC1(%q) = %q, %d; want %q, %d", tt.in, got, n, tt.want, tt.n)
		}
	}
}

func TestParseCategory(t *testing.T) {
	for _, c := range Categories() {
		got, err := ParseCategory(" " + strings.ToUpper(c.String()) + " ")
		if err != nil || got != c {
			t.Errorf("ParseCategory(%q) = %v, %v; want %v", c.String(), got, err, c)
		}
	}
	if _, err := ParseCategory("orig"); !errors.Is(err, ErrFormat) {
		t.Errorf("ParseCategory(orig) error = %v; want ErrFormat", err)
	}
}

func t0ctx() context.Context { return context.Background() }
