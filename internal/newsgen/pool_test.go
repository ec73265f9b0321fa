package newsgen

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func newRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, 0)) }

// synthParagraph makes an English-looking paragraph (function words and
// pseudo-words) of 3 sentences, different for every (seed, k).
func synthParagraph(r *rand.Rand) string {
	fw := []string{"the", "of", "and", "to", "a", "in", "that", "was", "for", "with", "on", "by", "said", "from"}
	var sents []string
	for range 3 {
		n := 9 + 2*r.IntN(4) // odd: the last word is a pseudo-word
		ws := make([]string, n)
		for i := range ws {
			if i%2 == 1 {
				ws[i] = fw[r.IntN(len(fw))]
				continue
			}
			var sb strings.Builder
			for range 2 + r.IntN(2) {
				sb.WriteByte("bcdfghklmnprstvz"[r.IntN(16)])
				sb.WriteByte("aeiou"[r.IntN(5)])
			}
			ws[i] = sb.String()
		}
		ws[0] = strings.ToUpper(ws[0][:1]) + ws[0][1:]
		ws[n-1] += "."
		sents = append(sents, strings.Join(ws, " "))
	}
	return strings.Join(sents, " ")
}

// synthPool is a pool of n synthetic paragraphs.
func synthPool(n int) *Pool {
	r := newRand(99)
	p := &Pool{}
	for range n {
		para := synthParagraph(r)
		p.Paras = append(p.Paras, para)
		p.Stats.Words += wordCount(para)
	}
	p.Stats.Kept = n
	return p
}

// writeCorpora lays out a small corpora directory: PAN-like source and
// suspicious documents with one planted case, a duplicate paragraph, a
// Windows-1252 file and one that is neither encoding.
func writeCorpora(t *testing.T, dir string, docs int) (planted, duplicate string) {
	t.Helper()
	r := newRand(7)
	src := filepath.Join(dir, "pan13-train", "src")
	susp := filepath.Join(dir, "pan13-train", "susp")
	cases := filepath.Join(dir, "pan13-train", "02-no-obfuscation")
	for _, d := range []string{src, susp, cases} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(path, text string) {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var first string
	for i := range docs {
		var paras []string
		for range 4 {
			paras = append(paras, synthParagraph(r))
		}
		if i == 0 {
			first = paras[0]
		}
		write(filepath.Join(src, fmt.Sprintf("source-document%05d.txt", i+1)), strings.Join(paras, "\n")+"\n")
	}
	// A suspicious document: its own paragraph, then a planted one, then a
	// copy of a source paragraph the PAN truth does not mark.
	own, plantedText := synthParagraph(r), synthParagraph(r)
	text := "Short heading\n" + own + "\n" + plantedText + "\n" + first + "\n"
	off := utf8.RuneCountInString("Short heading\n" + own + "\n")
	write(filepath.Join(susp, "suspicious-document00001.txt"), text)
	write(filepath.Join(cases, "suspicious-document00001-source-document00001.xml"), fmt.Sprintf(
		"<document reference=\"suspicious-document00001.txt\">\n<feature name=\"plagiarism\" obfuscation=\"none\" source_length=\"10\" source_offset=\"0\" source_reference=\"source-document00001.txt\" this_length=\"%d\" this_offset=\"%d\" type=\"artificial\" />\n</document>\n",
		utf8.RuneCountInString(plantedText), off))
	// Windows-1252 and undecodable files.
	cp := strings.Replace(synthParagraph(r), "the", "th\xe9", 1)
	write(filepath.Join(susp, "suspicious-document00002.txt"), cp+"\n")
	write(filepath.Join(susp, "suspicious-document00003.txt"), synthParagraph(r)+" \x81\n")
	return plantedText, first
}

func TestLoadPool(t *testing.T) {
	dir := t.TempDir()
	planted, dup := writeCorpora(t, dir, 5)
	p, err := LoadPool(dir)
	if err != nil {
		t.Fatal(err)
	}
	st := p.Stats
	checks := []struct {
		name      string
		got, want int
	}{
		{"files", st.Files, 8},
		{"skipped files", st.SkippedFiles, 1},
		{"planted", st.Planted, 1},
		{"duplicates", st.Duplicates, 1},
		{"too short", st.TooShort, 1},
		{"kept", st.Kept, 5*4 + 1 + 1},
		{"paragraphs", len(p.Paras), st.Kept},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %d; want %d (stats %+v)", c.name, c.got, c.want, st)
		}
	}
	if slices.Contains(p.Paras, planted) {
		t.Errorf("pool holds the passage PAN marks as planted")
	}
	n := 0
	for _, para := range p.Paras {
		if para == dup {
			n++
		}
		if strings.Contains(para, "thé") {
			t.Logf("Windows-1252 paragraph decoded: %.40q…", para)
		}
	}
	if n != 1 {
		t.Errorf("duplicated paragraph kept %d times; want 1", n)
	}
}

// TestLoadPoolAbsent is the case of a machine without the shared corpora.
func TestLoadPoolAbsent(t *testing.T) {
	_, err := LoadPool(filepath.Join(t.TempDir(), "nothing-here"))
	if !errors.Is(err, ErrNoCorpora) {
		t.Fatalf("LoadPool(missing dir) error = %v; want ErrNoCorpora", err)
	}
}
