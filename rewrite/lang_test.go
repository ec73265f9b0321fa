package rewrite

import (
	"os"
	"slices"
	"testing"

	"github.com/RadhiFadlillah/whatlanggo"
	"github.com/reprint/reprint"
	"github.com/reprint/reprint/analysis"
)

func TestLanguage(t *testing.T) {
	tests := []struct {
		file string
		want whatlanggo.Lang
	}{
		{"de-source.txt", whatlanggo.Deu}, {"de-rewrite.txt", whatlanggo.Deu},
		{"es-source.txt", whatlanggo.Spa}, {"es-rewrite.txt", whatlanggo.Spa},
		{"ru-source.txt", whatlanggo.Rus}, {"ar-source.txt", whatlanggo.Arb},
		{"ja-source.txt", whatlanggo.Jpn}, {"zh-source.txt", whatlanggo.Cmn},
	}
	for _, tt := range tests {
		b, err := os.ReadFile("../cmd/reprint/testdata/scripts/" + tt.file)
		if err != nil {
			t.Fatal(err)
		}
		if got, ok := Language(string(b)); got != tt.want || !ok {
			t.Errorf("Language(%s) = %v, %v; want %v, reliable", tt.file, got, ok, tt.want)
		}
	}
}

// TestStemByLanguage: a document's words are stemmed in its language;
// English keeps the English path (ASCII words only), byte for byte.
func TestStemByLanguage(t *testing.T) {
	es, err := os.ReadFile("../cmd/reprint/testdata/scripts/es-source.txt")
	if err != nil {
		t.Fatal(err)
	}
	de, err := os.ReadFile("../cmd/reprint/testdata/scripts/de-source.txt")
	if err != nil {
		t.Fatal(err)
	}
	en := "US President Donald Trump has praised talks held with Russian President Vladimir Putin on the proposed ceasefire deal in Ukraine as good and productive, saying there was a very good chance the war could end."
	an := NewAnalyzer()
	stem := func(doc, w string) uint64 {
		an.setLanguage(doc)
		return an.stem(0, []byte(w))
	}
	same := []struct{ doc, a, b string }{
		{string(es), "ayudas", "ayuda"},
		{string(es), "viviendas", "vivienda"},
		{string(de), "wärmepumpen", "wärmepumpe"},
		{string(de), "investitionen", "investition"},
		{en, "talks", "talk"},
	}
	for _, tt := range same {
		if stem(tt.doc, tt.a) != stem(tt.doc, tt.b) {
			t.Errorf("stems of %q and %q differ in a %.20q… document", tt.a, tt.b, tt.doc)
		}
	}
	// English terms are what they were before languages: the English
	// Snowball stem of ASCII words, the word itself otherwise.
	fresh := NewAnalyzer()
	fresh.langStem, fresh.langSalt = nil, 0
	for _, w := range []string{"talks", "productive", "ukraine", "naïve"} {
		if got, want := stem(en, w), fresh.stem(0, []byte(w)); got != want {
			t.Errorf("English stem of %q = %x; want %x as before", w, got, want)
		}
	}
}

// BenchmarkLanguage: the identification each new document pays (once:
// the Analyzer keeps the answer). go test ./rewrite -run '^$' -bench Language
func BenchmarkLanguage(b *testing.B) {
	text, err := os.ReadFile("../cmd/reprint/testdata/scripts/de-source.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(min(len(text), LanguagePrefix)))
	b.ReportAllocs()
	for b.Loop() {
		Language(string(text))
	}
}

func TestEnglishShare(t *testing.T) {
	an := NewAnalyzer()
	for _, f := range []string{"de-source.txt", "de-rewrite.txt", "es-source.txt", "es-rewrite.txt", "ru-source.txt", "ar-source.txt", "zh-source.txt"} {
		b, err := os.ReadFile("../cmd/reprint/testdata/scripts/" + f)
		if err != nil {
			t.Fatal(err)
		}
		if s := an.englishShare(string(b)); s >= EnglishStopShare/2 {
			t.Errorf("englishShare(%s) = %.3f; want < %.3f", f, s, EnglishStopShare/2)
		}
	}
	for _, f := range []string{"001_04057b8b3dc422fc.txt", "002_a2e1b6a0f24d9543.txt", "004_f8feabe33e33089f.txt"} {
		b, err := os.ReadFile("../../shared/seeds/" + f)
		if err != nil {
			t.Skip("no seeds")
		}
		if s := an.englishShare(string(b)); s < EnglishStopShare {
			t.Errorf("englishShare(%s) = %.3f; want ≥ %.3f", f, s, EnglishStopShare)
		}
	}
}

// TestFrequentWords: outside English, a word in at least FrequentShare of
// a corpus's documents is left out like a stop word; English words are
// left to the English stop list.
func TestFrequentWords(t *testing.T) {
	idf := NewIDF()
	an := NewAnalyzer()
	urdu := []string{
		"وزیر اعظم نے کہا کہ حکومت کسانوں کی مدد کرے گی۔",
		"کرکٹ ٹیم نے میچ جیت لیا اور کپتان نے کہا کہ ٹیم اچھی کھیلی۔",
	}
	for i := range MinIDFDocs {
		text := urdu[i%2] + " عدد" + string(rune('a'+i))
		idf.Add(an.Terms(text, []reprint.Span{{End: len(text)}}, nil))
	}
	terms := func(text string, idf *IDF) map[uint64]bool {
		var d docFeatures
		an.document(text, []reprint.Span{{End: len(text)}}, idf, &d, 0, 0)
		out := map[uint64]bool{}
		for _, id := range d.ids {
			out[id] = true
		}
		return out
	}
	text := urdu[0]
	with, without := terms(text, idf), terms(text, nil)
	ne := TermID(KindStem, analysis.Tokenize("نے")[0].Hash)      // in every document
	govt := TermID(KindStem, analysis.Tokenize("حکومت")[0].Hash) // in half of them: also frequent
	if !without[ne] || with[ne] {
		t.Errorf("نے: term without IDF %v, with IDF %v; want true, false", without[ne], with[ne])
	}
	if !without[govt] || with[govt] {
		t.Errorf("حکومت (in half the documents): term without IDF %v, with IDF %v; want true, false", without[govt], with[govt])
	}
	rare := TermID(KindStem, analysis.Tokenize("عددa")[0].Hash)
	if got := terms(urdu[0]+" عددa", idf); !got[rare] {
		t.Errorf("a word of one document was left out")
	}
}

// TestStopByLanguage: in a document of a language with a Snowball stop
// list, its function words are not terms, so two unrelated sentences
// that share only "der", "die", "hat", "mit" and "über" share no term;
// the same words in an English document are not on its list and stay.
func TestStopByLanguage(t *testing.T) {
	tests := []struct {
		name, a, b string
		lang       whatlanggo.Lang
	}{
		{"German",
			"Der Bürgermeister hat am Montag die neue Brücke über den Fluss eröffnet, und die Bürger waren mit dem Ergebnis sehr zufrieden.",
			"Die Polizei hat in der Nacht einen jungen Mann festgenommen, der mit einem gestohlenen Auto über die Grenze nach Polen fahren wollte.",
			whatlanggo.Deu},
		{"Portuguese",
			"O presidente da câmara inaugurou ontem a nova ponte sobre o rio, e os moradores ficaram muito satisfeitos com o resultado.",
			"A polícia deteve durante a noite um jovem que tentava atravessar a fronteira com um carro roubado, segundo as autoridades da região.",
			whatlanggo.Por},
		{"French",
			"Le maire a inauguré lundi le nouveau pont sur la rivière, et les habitants se sont montrés très satisfaits du résultat des travaux.",
			"La police a interpellé pendant la nuit un jeune homme qui tentait de passer la frontière avec une voiture volée, et les autorités ont ouvert une enquête.",
			whatlanggo.Fra},
	}
	an := NewAnalyzer()
	for _, tt := range tests {
		for _, s := range []string{tt.a, tt.b} {
			if got, ok := Language(s); got != tt.lang || !ok {
				t.Fatalf("%s: Language(%.30q…) = %v, %v; the test needs it reliable", tt.name, s, got, ok)
			}
		}
		ta := an.Terms(tt.a, []reprint.Span{{End: len(tt.a)}}, nil)
		tb := an.Terms(tt.b, []reprint.Span{{End: len(tt.b)}}, nil)
		shared := 0
		for _, x := range ta {
			if slices.Contains(tb, x) {
				shared++
			}
		}
		if shared != 0 {
			t.Errorf("%s: two unrelated sentences share %d terms; want 0 (function words are stop words)", tt.name, shared)
		}
		// The sentences do share function words, which were terms
		// before the lists: the test can fail.
		an.setLanguage(tt.a)
		common := 0
		for _, x := range analysis.Tokenize(tt.a) {
			for _, y := range analysis.Tokenize(tt.b) {
				if _, stop := an.langStop[x.Hash]; stop && x.Hash == y.Hash {
					common++
					break
				}
			}
		}
		if common < 3 {
			t.Errorf("%s: the sentences share %d stop words of their language; the test wants 3 or more", tt.name, common)
		}
	}
	// An English document keeps the English list only: "die" and "also"
	// in English mean what they say.
	en := "Residents fear the old trees will die this winter, and the council also plans to cut the budget."
	an.setLanguage(en)
	if an.langStop != nil {
		t.Errorf("an English document has a second stop list")
	}
}
