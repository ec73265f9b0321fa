package rewrite

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"
	"github.com/reprint/reprint"
	"github.com/zeebo/xxh3"
)

// TestPackLayout checks the byte layout of a packed Doc against one
// written out by hand: the example in the Doc documentation.
func TestPackLayout(t *testing.T) {
	// Span 0 is bad (reversed); span 1 is "war" at [10,13).
	text := "..........war"
	al, _ := New(Options{})
	d := al.Prepare(text, []reprint.Span{{Start: 9, End: 5}, {Start: 10, End: 13}}, nil)
	want := []byte{
		0x14, 0x03, 0x02, // start 10 − 0 (zig-zag 20), length 3, orig 1 − 0 (zig-zag 2)
		0x01, 0x00, // one term: dictionary index 0
		0x02,             // two grams:
		0x8c, 0xbf, 0x02, // "_war", code ((1·28 + 24)·28 + 2)·28 + 19 = 40843, + 1
		0xab, 0xe5, 0x1d, // "war_", code 528949: gap 488106, + 1
	}
	if !bytes.Equal(d.data, want) {
		t.Errorf("packed data\n% x; want\n% x", d.data, want)
	}
	if len(d.terms) != 1 || d.terms[0] != TermID(KindStem, xxh3.HashString("war")) || d.weights[0] != 1 {
		t.Errorf("dictionary %x, weights %v; want the stem war, weight 1", d.terms, d.weights)
	}
}

// TestPackRoundTrip checks that unpack gives back the features pack was
// given, exception grams (digits, non-ASCII) and a NUL byte included.
func TestPackRoundTrip(t *testing.T) {
	text := "Putin met Witkoff in Moscow on the 30-day ceasefire, \"a good\" x. " +
		"Кремль доволен café naïve covid19 mp3 I y z. " +
		"Word with a NUL \x00 byte. " + "Short."
	al, _ := New(Options{MaxSentenceWords: 5})
	var src analysed
	sents := []reprint.Span{{Start: 0, End: 64}, {Start: 65, End: 118}, {Start: 119, End: 142}, {Start: 143, End: len(text)}}
	al.prepare(text, sents, nil, &src)
	d := al.pack(&src)
	var got docFeatures
	d.unpack(&got)
	want := src.f
	opt := cmp.AllowUnexported(docFeatures{}, sentVec{})
	if diff := cmp.Diff(want, got, opt); diff != "" {
		t.Errorf("unpack(pack(f)) differs from f (-want +got):\n%s", diff)
	}
	exc := 0
	for _, g := range want.grams {
		if _, ok := gramCode(g); !ok {
			exc++
		}
	}
	if exc == 0 {
		t.Errorf("no gram without a dense code in the test text")
	}
}

// TestGramCode checks gramCode against gramFromCode for every gram of the
// dense symbols, and that codes keep the order of grams.
func TestGramCode(t *testing.T) {
	var prev uint32
	n := 0
	for _, a := range []byte(gramSymbols) {
		for _, b := range []byte(gramSymbols) {
			for _, c := range []byte(gramSymbols) {
				for _, d := range []byte(gramSymbols) {
					g := uint32(a)<<24 | uint32(b)<<16 | uint32(c)<<8 | uint32(d)
					code, ok := gramCode(g)
					if !ok || gramFromCode(code) != g {
						t.Fatalf("gramCode(%08x) = %d, %v; gramFromCode = %08x", g, code, ok, gramFromCode(code))
					}
					if n > 0 && code <= prev {
						t.Fatalf("gramCode(%08x) = %d ≤ the code of a smaller gram, %d", g, code, prev)
					}
					prev = code
					n++
				}
			}
		}
	}
	for _, g := range []uint32{'_'<<24 | '3'<<16 | 'd'<<8 | '_', 0xd0bcd0be, 'A' << 24} {
		if _, ok := gramCode(g); ok {
			t.Errorf("gramCode(%08x) has a dense code; want none", g)
		}
	}
}

func TestDocSize(t *testing.T) {
	if got := int(unsafe.Sizeof(Doc{})); got != docSize {
		t.Errorf("unsafe.Sizeof(Doc{}) = %d; docSize = %d", got, docSize)
	}
}

// BenchmarkUnpack unpacks the Doc of a seed article (11 KB, 99
// sentences), the per-pair cost AlignDocs adds for each side.
func BenchmarkUnpack(b *testing.B) {
	m, _ := filepath.Glob("../../shared/seeds/001_*.txt")
	if len(m) != 1 {
		b.Skip("seed 001 not found")
	}
	text, err := os.ReadFile(m[0])
	if err != nil {
		b.Fatal(err)
	}
	var sents []reprint.Span
	start := 0
	for i, c := range text {
		if c == '.' || c == '\n' {
			sents = append(sents, reprint.Span{Start: start, End: i + 1})
			start = i + 1
		}
	}
	al, _ := New(Options{})
	d := al.Prepare(string(text), sents, nil)
	var f docFeatures
	b.ReportAllocs()
	for b.Loop() {
		d.unpack(&f)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*d.ngrams), "ns/gram")
}
