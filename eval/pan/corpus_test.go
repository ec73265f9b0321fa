package pan

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/reprint/reprint"
)

// The real corpus is read in place, never copied into the repository. Set
// REPRINT_PAN_CORPUS to point elsewhere; tests that need it skip without it.
var openRealCorpus = sync.OnceValues(func() (*Corpus, error) {
	dir := os.Getenv("REPRINT_PAN_CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "corpora", "pan13-train")
	}
	if _, err := os.Stat(dir); err != nil {
		return nil, err
	}
	return OpenCorpus(dir)
})

func mustRealCorpus(tb testing.TB) *Corpus {
	tb.Helper()
	c, err := openRealCorpus()
	if os.IsNotExist(err) {
		tb.Skip("pan13-train not found; set REPRINT_PAN_CORPUS")
	}
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

func mustOpen(tb testing.TB, dir string) *Corpus {
	tb.Helper()
	c, err := OpenCorpus(dir)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

func TestOpenCorpusFixture(t *testing.T) {
	root := mustOpen(t, filepath.Join("testdata", "corpus"))
	if len(root.Pairs) != 2 {
		t.Fatalf("OpenCorpus(root) has %d pairs; want 2", len(root.Pairs))
	}
	want := Pair{Susp: "suspicious-document00001.txt", Src: "source-document00001.txt", Obfuscation: "02-no-obfuscation",
		Cases: []Case{{ThisOffset: 30, ThisLength: 63, SourceOffset: 14, SourceLength: 63,
			Obfuscation: "none", Type: "artificial", SourceReference: "source-document00001.txt"}}}
	if got := root.Pairs[0]; got.Susp != want.Susp || got.Src != want.Src || got.Obfuscation != want.Obfuscation ||
		len(got.Cases) != 1 || got.Cases[0] != want.Cases[0] {
		t.Errorf("Pairs[0] = %+v; want %+v", got, want)
	}
	if got := root.Pairs[1]; got.Obfuscation != "01-no-plagiarism" || len(got.Cases) != 0 {
		t.Errorf("Pairs[1] = %+v; want a 01-no-plagiarism pair without cases", got)
	}
	if got := root.Folders(); strings.Join(got, ",") != "01-no-plagiarism,02-no-obfuscation" {
		t.Errorf("Folders() = %v", got)
	}

	folder := mustOpen(t, filepath.Join("testdata", "corpus", "02-no-obfuscation"))
	if len(folder.Pairs) != 1 || folder.Pairs[0].Obfuscation != "02-no-obfuscation" || folder.Dir != root.Dir {
		t.Errorf("OpenCorpus(folder) = %+v in %s; want the one pair of 02-no-obfuscation in %s", folder.Pairs, folder.Dir, root.Dir)
	}

	// The case in code points points at the same text in both documents;
	// the byte offsets differ because of the accents and the emoji.
	susp, src, err := root.Texts(root.Pairs[0])
	if err != nil {
		t.Fatal(err)
	}
	c := root.Pairs[0].Cases[0]
	ss := ByteSpans(susp, []reprint.Span{{Start: c.ThisOffset, End: c.ThisOffset + c.ThisLength}})[0]
	rs := ByteSpans(src, []reprint.Span{{Start: c.SourceOffset, End: c.SourceOffset + c.SourceLength}})[0]
	if ss.Start == c.ThisOffset || rs.Start == c.SourceOffset {
		t.Errorf("fixture byte offsets %v %v equal the rune offsets; the fixture should tell them apart", ss, rs)
	}
	if a, b := susp[ss.Start:ss.End], src[rs.Start:rs.End]; a != b || !strings.HasPrefix(a, "The quick") {
		t.Errorf("case text %q vs %q; want the same sentence", a, b)
	}
	if back := RuneSpans(susp, []reprint.Span{ss})[0]; back != (reprint.Span{Start: c.ThisOffset, End: c.ThisOffset + c.ThisLength}) {
		t.Errorf("RuneSpans(ByteSpans(x)) = %v; want the case", back)
	}
}

func TestOpenCorpusErrors(t *testing.T) {
	if _, err := OpenCorpus(t.TempDir()); err == nil {
		t.Error("OpenCorpus(empty dir) = nil error")
	}
	// A root pair in no folder.
	dir := t.TempDir()
	for _, d := range []string{"src", "susp", "01-x"} {
		os.Mkdir(filepath.Join(dir, d), 0o755)
	}
	os.WriteFile(filepath.Join(dir, "pairs"), []byte("a.txt b.txt\nc.txt d.txt\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "01-x", "pairs"), []byte("a.txt b.txt\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "01-x", "a-b.xml"), []byte(`<document reference="a.txt"></document>`), 0o644)
	if _, err := OpenCorpus(dir); err == nil || !strings.Contains(err.Error(), "no obfuscation folder") {
		t.Errorf("OpenCorpus(pair in no folder) = %v; want a no-folder error", err)
	}
	// Invalid UTF-8 in a document.
	os.WriteFile(filepath.Join(dir, "pairs"), []byte("a.txt b.txt\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "susp", "a.txt"), []byte("caf\xe9"), 0o644)
	c := mustOpen(t, dir)
	if _, err := c.SuspText("a.txt"); err == nil {
		t.Error("SuspText(invalid UTF-8) = nil error")
	}
	if _, err := c.SuspText("../pairs"); err == nil {
		t.Error("SuspText(../pairs) = nil error; want non-local name rejected")
	}
}

// TestRealCorpusFacts pins what pan13-train holds, so a changed or partial
// copy is noticed: pairs and cases per folder, valid UTF-8 without BOMs,
// and every case inside its documents.
func TestRealCorpusFacts(t *testing.T) {
	c := mustRealCorpus(t)
	type counts struct{ pairs, withCases, cases int }
	want := map[string]counts{
		"01-no-plagiarism":           {1000, 0, 0},
		"02-no-obfuscation":          {1000, 1000, 1252},
		"03-random-obfuscation":      {1000, 1000, 1267},
		"04-translation-obfuscation": {1000, 1000, 1250},
		"05-summary-obfuscation":     {1185, 238, 238},
	}
	got := make(map[string]counts)
	docs := make(map[string]bool)
	for _, p := range c.Pairs {
		n := got[p.Obfuscation]
		n.pairs++
		n.cases += len(p.Cases)
		if len(p.Cases) > 0 {
			n.withCases++
		}
		got[p.Obfuscation] = n
		susp, src, err := c.Texts(p)
		if err != nil {
			t.Fatal(err)
		}
		docs["susp/"+p.Susp], docs["src/"+p.Src] = true, true
		for _, text := range []string{susp, src} {
			if strings.HasPrefix(text, "\uFEFF") {
				t.Errorf("pair %s %s: document starts with a BOM", p.Susp, p.Src)
			}
		}
		ns, nr := utf8.RuneCountInString(susp), utf8.RuneCountInString(src)
		for _, cs := range p.Cases {
			if cs.ThisLength == 0 || cs.SourceLength == 0 || cs.ThisOffset+cs.ThisLength > ns || cs.SourceOffset+cs.SourceLength > nr {
				t.Errorf("pair %s %s: case %+v empty or outside documents of %d and %d code points", p.Susp, p.Src, cs, ns, nr)
			}
		}
	}
	if len(got) != len(want) {
		t.Errorf("folders = %v; want %v", got, want)
	}
	for f, w := range want {
		if got[f] != w {
			t.Errorf("%s: pairs, pairs with cases, cases = %v; want %v", f, got[f], w)
		}
	}
	if len(c.Pairs) != 5185 || len(docs) != 3230+1827 {
		t.Errorf("%d pairs over %d documents; want 5185 over %d", len(c.Pairs), len(docs), 3230+1827)
	}
}

// TestRealCorpusVerbatimCases checks the unit of the offsets: sliced as code
// points, every no-obfuscation case is the same text in both documents up
// to whitespace.
func TestRealCorpusVerbatimCases(t *testing.T) {
	c := mustRealCorpus(t)
	n := 0
	for _, p := range c.Pairs {
		if p.Obfuscation != "02-no-obfuscation" {
			continue
		}
		susp, src, err := c.Texts(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, cs := range p.Cases {
			ss := ByteSpans(susp, []reprint.Span{{Start: cs.ThisOffset, End: cs.ThisOffset + cs.ThisLength}})[0]
			rs := ByteSpans(src, []reprint.Span{{Start: cs.SourceOffset, End: cs.SourceOffset + cs.SourceLength}})[0]
			a := strings.Join(strings.Fields(susp[ss.Start:ss.End]), " ")
			b := strings.Join(strings.Fields(src[rs.Start:rs.End]), " ")
			if a != b {
				t.Errorf("pair %s %s case %+v: texts differ beyond whitespace", p.Susp, p.Src, cs)
			}
			n++
		}
	}
	if n != 1252 {
		t.Errorf("checked %d verbatim cases; want 1252", n)
	}
}
