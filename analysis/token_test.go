package analysis

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func words(text string) []string {
	var out []string
	for _, tok := range Tokenize(text) {
		out = append(out, text[tok.Span.Start:tok.Span.End])
	}
	return out
}

func TestTokenizeSpans(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"", nil},
		{"   ", nil},
		{"Hello, world!", []string{"Hello", "world"}},
		{"Russia’s “cautious optimism”", []string{"Russia", "s", "cautious", "optimism"}},
		{"US-proposed 30-day ceasefire", []string{"US", "proposed", "30", "day", "ceasefire"}},
		{"Mélanie Joly", []string{"Mélanie", "Joly"}},
		{"Путин сказал", []string{"Путин", "сказал"}},
		{"کہ یہ", []string{"کہ", "یہ"}},
		{"line\r\nbreak\ttab", []string{"line", "break", "tab"}},
		{"2,000km", []string{"2", "000km"}},
	}
	for _, tt := range tests {
		got := words(tt.text)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Tokenize(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestTokenizeFolds(t *testing.T) {
	same := [][2]string{
		{"Putin", "PUTIN"},
		{"ﬁnal", "final"},            // ligature, NFKC
		{"ＵＳ", "us"},                 // full-width
		{"Mélanie", "MÉLANIE"},       // non-ASCII case
		{"Me\u0301lanie", "Mélanie"}, // combining accent vs precomposed
	}
	for _, p := range same {
		a, b := Tokenize(p[0]), Tokenize(p[1])
		if len(a) != 1 || len(b) != 1 || a[0].Hash != b[0].Hash {
			t.Errorf("Tokenize(%q) and Tokenize(%q) differ: %v vs %v", p[0], p[1], a, b)
		}
	}
	if a, b := Tokenize("real"), Tokenize("true"); a[0].Hash == b[0].Hash {
		t.Errorf("Tokenize(real) = Tokenize(true)")
	}
	// Uzbek's oʻ typed with the modifier letter and with the apostrophe:
	// the same words.
	for _, p := range [][2]string{{"joʻmrakni Yoʻldoshev taʼminoti", "jo‘mrakni Yo‘ldoshev ta’minoti"}} {
		a, b := Tokenize(p[0]), Tokenize(p[1])
		if len(a) != len(b) {
			t.Fatalf("Tokenize(%q) gives %d tokens, Tokenize(%q) %d", p[0], len(a), p[1], len(b))
		}
		for i := range a {
			if a[i].Hash != b[i].Hash {
				t.Errorf("token %d of %q and %q differ", i, p[0], p[1])
			}
		}
	}
}

// TestFastPathMatchesGeneral checks that the ASCII fast path hashes exactly
// like the Unicode path does for the same word.
// TestTokenizeTibetan: a Tibetan syllable is a token spanning it whose
// hash is its pair with the next syllable of the phrase; a phrase's last
// syllable, before a shad or a space, is its own.
func TestTokenizeTibetan(t *testing.T) {
	text := "བོད་ལྗོངས་གསར། ཟམ་པ"
	toks := Tokenize(text)
	var spans []string
	for _, tk := range toks {
		spans = append(spans, text[tk.Span.Start:tk.Span.End])
	}
	if want := []string{"བོད", "ལྗོངས", "གསར", "ཟམ", "པ"}; !slices.Equal(spans, want) {
		t.Fatalf("spans %q; want %q", spans, want)
	}
	wantHash := []string{"བོད་ལྗོངས", "ལྗོངས་གསར", "གསར", "ཟམ་པ", "པ"}
	for i, w := range wantHash {
		var tk Tokenizer
		if got := tk.hashUnicode(w); toks[i].Hash != got {
			t.Errorf("token %d (%s): hash is not that of %q", i, spans[i], w)
		}
	}
	// The same syllable before another syllable is another token.
	if a, b := Tokenize("ཟམ་པ"), Tokenize("ཟམ་ཆེན"); a[0].Hash == b[0].Hash {
		t.Error("ཟམ before པ and before ཆེན: one token")
	}
}

func TestFastPathMatchesGeneral(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	var tk Tokenizer
	for range 2000 {
		n := 1 + rng.IntN(12)
		var b strings.Builder
		for range n {
			b.WriteByte(letters[rng.IntN(len(letters))])
		}
		w := b.String()
		fast := tk.hashASCII(w)
		general := tk.hashUnicode(w)
		if fast != general {
			t.Fatalf("hashASCII(%q) = %x; hashUnicode = %x", w, fast, general)
		}
	}
}

func TestTokenizeAllocs(t *testing.T) {
	text := strings.Repeat("US President Donald Trump has praised talks held with Mélanie Joly. ", 50)
	var tk Tokenizer
	dst := tk.Tokenize(text, nil)
	allocs := testing.AllocsPerRun(100, func() {
		dst = tk.Tokenize(text, dst[:0])
	})
	if allocs != 0 {
		t.Errorf("Tokenize allocs = %v; want 0", allocs)
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"“Good  and\nproductive”", `"good and productive"`},
		{"  Putin’s – war ", "putin's - war"},
		{"soft\u00adhyphen", "softhyphen"},
		{"ＵＳ", "us"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	f.Add("Hello, world! “quoted” – dash")
	f.Add("Путин\u0301 ﬁ ½ \xff\xfe")
	f.Fuzz(func(t *testing.T, text string) {
		toks := Tokenize(text)
		prev := 0
		for _, tok := range toks {
			if tok.Span.Start < prev || tok.Span.End <= tok.Span.Start || tok.Span.End > len(text) {
				t.Fatalf("bad span %v after %d in %q", tok.Span, prev, text)
			}
			if utf8.ValidString(text) && (!utf8.RuneStart(text[tok.Span.Start]) || (tok.Span.End < len(text) && !utf8.RuneStart(text[tok.Span.End]))) {
				t.Fatalf("span %v splits a rune in %q", tok.Span, text)
			}
			prev = tok.Span.End
		}
		_ = Normalize(text)
	})
}

func BenchmarkTokenize(b *testing.B) {
	text := strings.Repeat("US President Donald Trump has praised talks held with Russian President Vladimir Putin on the US-proposed ceasefire deal in Ukraine as “good and productive”. ", 40)
	var tk Tokenizer
	dst := tk.Tokenize(text, nil)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		dst = tk.Tokenize(text, dst[:0])
	}
}

// TestCaseCounts: letters with case and letters of scripts without it.
func TestCaseCounts(t *testing.T) {
	tests := []struct {
		s              string
		cased, uncased int
	}{
		{"Bus 14", 3, 0},
		{"केशवगढ़ में", 0, 6},
		{"北京 Beijing", 7, 2},
		{"", 0, 0},
	}
	for _, tt := range tests {
		if c, u := CaseCounts(tt.s); c != tt.cased || u != tt.uncased {
			t.Errorf("CaseCounts(%q) = %d, %d; want %d, %d", tt.s, c, u, tt.cased, tt.uncased)
		}
	}
}

// TestSharpS: German's sharp s folds to "ss", small or capital, so the
// Swiss spelling of a word and the German one are one token; a word
// without it is as before.
func TestSharpS(t *testing.T) {
	var tk Tokenizer
	for _, tc := range []struct{ in, want string }{
		{"Straße", "strasse"},
		{"STRAẞE", "strasse"},
		{"schließlich", "schliesslich"},
		{"Strasse", "strasse"},
		{"Größe", "grösse"},
		{"Maß", "mass"},
	} {
		if got := tk.Fold(tc.in); got != tc.want {
			t.Errorf("Fold(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
	a, b := tk.Tokenize("auf der Hauptstraße", nil), tk.Tokenize("auf der Hauptstrasse", nil)
	if len(a) != len(b) || a[2].Hash != b[2].Hash {
		t.Errorf("Hauptstraße and Hauptstrasse tokens differ: %v, %v", a, b)
	}
}
