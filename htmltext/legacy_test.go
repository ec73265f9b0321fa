package htmltext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/htmlindex"
)

// TestDetectLegacy reads each fixture of testdata/encodings, LANG.ENC.txt
// (texts written for the project, encoded from LANG.utf-8.txt), and wants
// the encoding found and the text decoded exactly.
func TestDetectLegacy(t *testing.T) {
	files, err := filepath.Glob("testdata/encodings/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		base := strings.TrimSuffix(filepath.Base(f), ".txt")
		lang, enc, _ := strings.Cut(base, ".")
		if enc == "utf-8" {
			continue
		}
		n++
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("testdata/encodings", lang+".utf-8.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if enc == "iso-8859-1" {
			enc = "windows-1252" // WHATWG: the same encoding
		}
		l, ok := DetectLegacy(raw)
		if !ok || l.Name != enc {
			t.Errorf("DetectLegacy(%s) = %q (%d), %v; want %q", base, l.Name, l.Confidence, ok, enc)
			continue
		}
		if got, clean := decodeClean(raw, l.Encoding); !clean || got != string(want) {
			t.Errorf("%s decoded as %s = %q; want %q", base, l.Name, got, want)
		}
	}
	if n < 15 {
		t.Errorf("%d fixtures; want 15", n)
	}
}

func TestDetectLegacyRejects(t *testing.T) {
	tests := []struct {
		name string
		raw  []byte
		ok   bool
		enc  string
	}{
		// A short Western word: too short for the detector, and a
		// credible Windows-1252 text.
		{"short latin", []byte("caf\xe9 cr\xe8me"), true, "windows-1252"},
		// Bytes that no charset tried decodes to text: undefined in
		// Windows-1252 and C1 controls in the ISO charsets.
		{"undefined bytes", []byte("a\x81\x8d\x8f\x90\x9d b"), false, ""},
	}
	for _, tt := range tests {
		l, ok := DetectLegacy(tt.raw)
		if ok != tt.ok || l.Name != tt.enc {
			t.Errorf("%s: DetectLegacy(%q) = %q, %v; want %q, %v", tt.name, tt.raw, l.Name, ok, tt.enc, tt.ok)
		}
	}
}

func TestMojibake(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Ïðåçèäåíò ÑØÀ çàÿâèë", true},
		{"Le président américain a déclaré", false},
		{"Ïðå", false}, // too few letters to say
	}
	for _, tt := range tests {
		if got := mojibake(tt.text); got != tt.want {
			t.Errorf("mojibake(%q) = %v; want %v", tt.text, got, tt.want)
		}
	}
}

// TestDecodeDeclared: pages whose declared charset is right, and pages
// whose declaration lies, built from the fixtures.
func TestDecodeDeclared(t *testing.T) {
	page := func(meta, fixture string) ([]byte, string) {
		raw, err := os.ReadFile("testdata/encodings/" + fixture + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		lang, _, _ := strings.Cut(fixture, ".")
		want, err := os.ReadFile("testdata/encodings/" + lang + ".utf-8.txt")
		if err != nil {
			t.Fatal(err)
		}
		head := "<html><head>" + meta + "<title>t</title></head><body><p>"
		return append([]byte(head), raw...), head + string(want)
	}
	tests := []struct {
		name, meta, fixture, enc string
	}{
		{"iso-8859-1 declared as such", `<meta charset="iso-8859-1">`, "de1.iso-8859-1", "windows-1252"},
		{"windows-1251 declared as such", `<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">`, "ru.windows-1251", "windows-1251"},
		{"windows-1251 declared iso-8859-1", `<meta charset="iso-8859-1">`, "ru.windows-1251", "windows-1251"},
		{"koi8-r declared windows-1252", `<meta charset="windows-1252">`, "ru.koi8-r", "koi8-r"},
		{"windows-1251 declared utf-8", `<meta charset="utf-8">`, "ru.windows-1251", "windows-1251"},
		{"windows-1251 undeclared", ``, "ru.windows-1251", "windows-1251"},
		{"euc-jp declared shift_jis", `<meta charset="shift_jis">`, "ja.euc-jp", "euc-jp"},
		{"gb18030 undeclared", ``, "zh.gb18030", "gb18030"},
		{"windows-1256 declared iso-8859-1", `<meta charset="iso-8859-1">`, "ar.windows-1256", "windows-1256"},
		{"windows-1250 declared as such", `<meta charset="windows-1250">`, "pl.windows-1250", "windows-1250"},
		// Latin bytes declared in another script's charset decode
		// cleanly, into words of two scripts ("Prдsident").
		{"iso-8859-1 declared utf-8", `<meta charset="utf-8">`, "de1.iso-8859-1", "windows-1252"},
		{"iso-8859-1 declared windows-1251", `<meta charset="windows-1251">`, "de1.iso-8859-1", "windows-1252"},
		{"iso-8859-1 declared koi8-r", `<meta charset="koi8-r">`, "de1.iso-8859-1", "windows-1252"},
		{"iso-8859-1 declared iso-8859-7", `<meta charset="iso-8859-7">`, "de1.iso-8859-1", "windows-1252"},
		{"windows-1252 declared windows-1256", `<meta charset="windows-1256">`, "de.windows-1252", "windows-1252"},
		// Windows-1256 holds the French letters where Windows-1252 does:
		// French declared so reads right, and stays so.
		{"french declared windows-1256", `<meta charset="windows-1256">`, "fr.windows-1252", "windows-1256"},
		{"iso-8859-2 declared windows-1251", `<meta charset="windows-1251">`, "pl.iso-8859-2", "iso-8859-2"},
	}
	for _, tt := range tests {
		raw, want := page(tt.meta, tt.fixture)
		text, _, enc, err := decode(raw)
		if err != nil || enc != tt.enc || text != want {
			t.Errorf("%s: decode = %q, %q, %v; want %q, %q", tt.name, text, enc, err, want, tt.enc)
		}
	}
}

// TestMixedScripts: no fixture read in its own encoding joins scripts
// inside a word; every Latin fixture read in a Cyrillic or Greek charset
// does, and German in Windows-1256 (which keeps the French letters, not
// the German ones, where Windows-1252 has them).
func TestMixedScripts(t *testing.T) {
	files, err := filepath.Glob("testdata/encodings/*.utf-8.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("fixtures: %v, %v", files, err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if mixedScripts(string(b)) {
			t.Errorf("mixedScripts(%s) = true; want false", f)
		}
	}
	for _, fixture := range []string{"de1.iso-8859-1", "de.windows-1252", "fr.windows-1252", "pl.iso-8859-2", "pl.windows-1250"} {
		raw, err := os.ReadFile("testdata/encodings/" + fixture + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		charsets := []string{"windows-1251", "koi8-r", "iso-8859-5", "iso-8859-7"}
		if strings.HasPrefix(fixture, "de") {
			charsets = append(charsets, "windows-1256")
		}
		for _, cs := range charsets {
			enc, err := htmlindex.Get(cs)
			if err != nil {
				t.Fatal(err)
			}
			text, err := enc.NewDecoder().Bytes(raw)
			if err != nil {
				t.Fatal(err)
			}
			if !mixedScripts(string(text)) {
				t.Errorf("mixedScripts(%s read as %s) = false; want true", fixture, cs)
			}
		}
	}
	// Names in another script stand as words of their own.
	for _, s := range []string{"Компания Apple и Google", "Η Microsoft ανακοίνωσε", "کمپنی Apple نے"} {
		if mixedScripts(s) {
			t.Errorf("mixedScripts(%q) = true; want false", s)
		}
	}
}
