package rewrite_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/reprint/reprint"
	"github.com/reprint/reprint/eval/pan"
	"github.com/reprint/reprint/rewrite"
)

// equivOptions are the option sets the equivalence tests run: the
// defaults, and short chunks with a low sentence cap, so that chunking and
// truncation are packed too.
var equivOptions = []rewrite.Options{{}, {MaxSentenceWords: 12, MaxSentences: 40}}

// checkEquivalent checks that AlignDocs on Docs prepared by a separate
// Aligner gives the Result Align gives, for the pairs (i, j) of texts in
// pairs.
func checkEquivalent(t *testing.T, texts []string, spans [][]reprint.Span, pairs [][2]int, idf *rewrite.IDF) {
	t.Helper()
	for _, o := range equivOptions {
		ref, prep, al := mustNew(t, o), mustNew(t, o), mustNew(t, o)
		docs := make([]*rewrite.Doc, len(texts))
		for i := range texts {
			docs[i] = prep.Prepare(texts[i], spans[i], idf)
		}
		for _, p := range pairs {
			i, j := p[0], p[1]
			want := ref.Align(texts[i], texts[j], spans[i], spans[j], idf)
			got := al.AlignDocs(docs[i], docs[j])
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("options %+v, texts %d and %d: AlignDocs differs from Align (-Align +AlignDocs):\n%s", o, i, j, diff)
			}
			if docs[i].Sentences() != want.Stats.SentencesA {
				t.Fatalf("Doc.Sentences() = %d; want Stats.SentencesA %d", docs[i].Sentences(), want.Stats.SentencesA)
			}
		}
	}
}

func allPairs(n int) [][2]int {
	var out [][2]int
	for i := range n {
		for j := range n {
			out = append(out, [2]int{i, j})
		}
	}
	return out
}

// seedIDF returns an IDF over the paragraphs of texts, each counted as a
// document: enough documents (MinIDFDocs) for real IDF weights.
func seedIDF(texts []string) *rewrite.IDF {
	an := rewrite.NewAnalyzer()
	idf := rewrite.NewIDF()
	for _, x := range texts {
		for _, par := range strings.Split(x, "\n\n") {
			idf.Add(an.Terms(par, split(par), nil))
		}
	}
	return idf
}

// TestAlignDocsSeeds checks AlignDocs against Align on every ordered pair
// of seeds, the pair of a seed with itself included, with the prior
// weights and with an IDF.
func TestAlignDocsSeeds(t *testing.T) {
	var texts []string
	for _, p := range []string{"000", "001", "002", "003", "004"} {
		texts = append(texts, readSeed(t, p))
	}
	spans := make([][]reprint.Span, len(texts))
	for i, x := range texts {
		spans[i] = split(x)
	}
	idf := seedIDF(texts)
	if idf.Docs() < rewrite.MinIDFDocs {
		t.Fatalf("seed IDF holds %d documents; want ≥ %d", idf.Docs(), rewrite.MinIDFDocs)
	}
	for _, tc := range []struct {
		name string
		idf  *rewrite.IDF
	}{{"prior", nil}, {"idf", idf}} {
		t.Run(tc.name, func(t *testing.T) {
			checkEquivalent(t, texts, spans, allPairs(len(texts)), tc.idf)
		})
	}
}

// randomText returns a text of n sentences drawn from a small vocabulary
// that has everything the Analyzer treats specially: stop words, entities,
// acronyms, numbers, quotations, words with digits, non-ASCII and
// one-letter words (whose grams have no dense code or a NUL byte), and
// over-long sentences. Its spans are those of split, plus, now and then, a
// bad one.
func randomText(r *rand.Rand, n int) (string, []reprint.Span) {
	words := strings.Fields(`the a of and to in is was said that for on with
		ceasefire talks president envoy flood waters homes river mayor shelters
		rescue crews criticised criticized productive manipulative cautious
		Putin Trump Zelensky Witkoff Moscow Harbourtown Elena Ruiz Prince William Sound
		US UK G7 NATO 30-day 10,000 8.4 2025 twelve forty three
		covid19 mp3 x y I café naïve Кремль Москва 東京 it's don't`)
	var sb strings.Builder
	for range n {
		k := 1 + r.IntN(20)
		if r.IntN(15) == 0 {
			k = 30 + r.IntN(60) // longer than MaxSentenceWords 12, sometimes 80
		}
		for w := range k {
			if w > 0 {
				sb.WriteByte(' ')
			}
			word := words[r.IntN(len(words))]
			if r.IntN(12) == 0 {
				word = `"` + word + `"`
			}
			if w == 0 {
				word = strings.ToUpper(word[:1]) + word[1:]
			}
			sb.WriteString(word)
		}
		sb.WriteString(". ")
		if r.IntN(6) == 0 {
			sb.WriteString("\n\n")
		}
	}
	text := sb.String()
	spans := split(text)
	if len(spans) > 2 && r.IntN(3) == 0 {
		spans = append(spans, reprint.Span{Start: 0, End: 3}) // out of order
	}
	return text, spans
}

// TestAlignDocsRandom checks AlignDocs against Align on seeded random
// texts.
func TestAlignDocsRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	const n = 12
	texts := make([]string, n)
	spans := make([][]reprint.Span, n)
	for i := range n {
		texts[i], spans[i] = randomText(r, r.IntN(60))
	}
	// Near copies, so that there are passages to find.
	texts[1], spans[1] = texts[0], spans[0]
	texts[3], spans[3] = texts[2]+texts[0], append(split(texts[2]), shift(spans[0], len(texts[2]))...)
	idf := rewrite.NewIDF()
	an := rewrite.NewAnalyzer()
	for i := range texts {
		idf.Add(an.Terms(texts[i], spans[i], nil))
	}
	for _, tc := range []struct {
		name string
		idf  *rewrite.IDF
	}{{"prior", nil}, {"idf", idf}} {
		t.Run(tc.name, func(t *testing.T) {
			checkEquivalent(t, texts, spans, allPairs(n), tc.idf)
		})
	}
}

func shift(spans []reprint.Span, d int) []reprint.Span {
	out := make([]reprint.Span, len(spans))
	for i, s := range spans {
		out[i] = reprint.Span{Start: s.Start + d, End: s.End + d}
	}
	return out
}

// TestAlignDocsPAN checks AlignDocs against Align on a sample of PAN 2013
// pairs of every folder (every 25th pair; every 250th with -short), with
// an IDF over the sample's documents.
func TestAlignDocsPAN(t *testing.T) {
	if _, err := os.Stat(filepath.Join(panDir, "pairs")); err != nil {
		t.Skipf("PAN corpus not found: %v", err)
	}
	c, err := pan.OpenCorpus(panDir)
	if err != nil {
		t.Fatal(err)
	}
	every := 25
	if testing.Short() {
		every = 250
	}
	var texts []string
	var pairs [][2]int
	for k, p := range c.Pairs {
		if k%every != 0 {
			continue
		}
		susp, src, err := c.Texts(p)
		if err != nil {
			t.Fatal(err)
		}
		pairs = append(pairs, [2]int{len(texts), len(texts) + 1}, [2]int{len(texts) + 1, len(texts)})
		texts = append(texts, susp, src)
	}
	spans := make([][]reprint.Span, len(texts))
	idf := rewrite.NewIDF()
	an := rewrite.NewAnalyzer()
	for i, x := range texts {
		spans[i] = split(x)
		idf.Add(an.Terms(x, spans[i], nil))
	}
	checkEquivalent(t, texts, spans, pairs, idf)
}

// TestAlignDocsConcurrent aligns one pair of Docs on several goroutines at
// once, each with its own Aligner; run with -race.
func TestAlignDocsConcurrent(t *testing.T) {
	x, y := benchPair(t)
	sx, sy := split(x), split(y)
	al := mustNew(t, rewrite.Options{})
	dx, dy := al.Prepare(x, sx, nil), al.Prepare(y, sy, nil)
	want := al.Align(x, y, sx, sy, nil)
	var wg sync.WaitGroup
	errs := make([]string, 4)
	for g := range errs {
		wg.Go(func() {
			al := mustNew(t, rewrite.Options{})
			for k := range 3 {
				a, b := dx, dy
				if (g+k)%2 == 1 {
					a, b = dy, dx // the Doc on the other side, at the same time
				}
				got := al.AlignDocs(a, b)
				if a == dx {
					if diff := cmp.Diff(want, got); diff != "" {
						errs[g] = diff
					}
				}
			}
		})
	}
	wg.Wait()
	for g, diff := range errs {
		if diff != "" {
			t.Errorf("goroutine %d: AlignDocs differs from Align (-Align +AlignDocs):\n%s", g, diff)
		}
	}
}

// TestAlignDocsAllocs keeps the warm path's allocations to the result it
// returns, as for Align: unpacking the Docs allocates nothing.
func TestAlignDocsAllocs(t *testing.T) {
	x, y := benchPair(t)
	al := mustNew(t, rewrite.Options{})
	dx, dy := al.Prepare(x, split(x), nil), al.Prepare(y, split(y), nil)
	res := al.AlignDocs(dx, dy)
	allocs := testing.AllocsPerRun(20, func() { al.AlignDocs(dx, dy) })
	limit := float64(8 + 2*len(res.Pairs) + 2*len(res.Passages))
	if allocs > limit {
		t.Errorf("AlignDocs allocs = %v for %d units, %d passages; want ≤ %v",
			allocs, len(res.Pairs), len(res.Passages), limit)
	}
}

// TestAlignDocsOptionsMismatch checks that a Doc cut with other chunking
// options is refused.
func TestAlignDocsOptionsMismatch(t *testing.T) {
	d := mustNew(t, rewrite.Options{MaxSentenceWords: 12}).Prepare(mergeA, split(mergeA), nil)
	al := mustNew(t, rewrite.Options{})
	defer func() {
		if r := recover(); r == nil {
			t.Errorf("AlignDocs with a Doc of MaxSentenceWords 12 and an Aligner of %d did not panic", rewrite.DefaultMaxSentenceWords)
		}
	}()
	al.AlignDocs(d, d)
}

// TestDocMemSize checks that a Doc is compact: on the seeds, at most 3
// bytes per byte of text (PAN 2013: 1.93; the seeds, with longer
// sentences, 2.1 to 2.4).
func TestDocMemSize(t *testing.T) {
	al := mustNew(t, rewrite.Options{})
	for _, p := range []string{"000", "001", "002", "003", "004"} {
		x := readSeed(t, p)
		d := al.Prepare(x, split(x), nil)
		perSent, perByte := float64(d.MemSize())/float64(d.Sentences()), float64(d.MemSize())/float64(len(x))
		if perByte > 3 {
			t.Errorf("seed %s: Doc of %d bytes for %d sentences, %d bytes of text: %.0f B/sentence, %.2f B/byte; want ≤ 3",
				p, d.MemSize(), d.Sentences(), len(x), perSent, perByte)
		}
	}
}

func ExampleAligner_AlignDocs() {
	texts := []string{
		"Flood waters swept through Harbourtown on Monday, destroying forty homes near the river. " +
			"Mayor Elena Ruiz ordered the evacuation of the old quarter. " +
			"Rescue crews from Portsmouth pulled twelve people from flooded cars overnight.",
		"Forty riverside homes were destroyed when flood waters tore through Harbourtown on Monday. " +
			"The old quarter was evacuated on the orders of Mayor Elena Ruiz. " +
			"Overnight, Portsmouth rescue crews pulled twelve people out of flooded cars.",
	}
	sents := [][]reprint.Span{
		{{Start: 0, End: 88}, {Start: 89, End: 148}, {Start: 149, End: len(texts[0])}},
		{{Start: 0, End: 90}, {Start: 91, End: 155}, {Start: 156, End: len(texts[1])}},
	}
	al, err := rewrite.New(rewrite.Options{})
	if err != nil {
		panic(err)
	}
	// Each text is analysed once, then aligned with every candidate.
	docs := make([]*rewrite.Doc, len(texts))
	for i := range texts {
		docs[i] = al.Prepare(texts[i], sents[i], nil)
	}
	res := al.AlignDocs(docs[0], docs[1])
	for _, p := range res.Passages {
		fmt.Printf("%s %v %v\n", p.Kind, p.A, p.B)
	}
	// Output:
	// rewrite [0,227) [0,232)
}

// TestReweigh checks that a Doc prepared without an IDF and reweighed
// under one is the Doc prepared under it, bit for bit, and that a whole
// Doc's terms are Analyzer.Terms': an archive prepares a text once, for
// its terms and for alignment.
func TestReweigh(t *testing.T) {
	var texts []string
	for _, p := range []string{"000", "001", "002", "003", "004"} {
		texts = append(texts, readSeed(t, p))
	}
	rng := rand.New(rand.NewPCG(7, 9))
	for range 20 {
		x, _ := randomText(rng, 1+rng.IntN(40))
		texts = append(texts, x)
	}
	// One sentence of 200 words: cut into chunks, so not whole.
	texts = append(texts, strings.Repeat("Officials in Kyiv said the talks would resume ", 25)+".")
	idf := seedIDF(texts)
	an := rewrite.NewAnalyzer()
	for _, o := range equivOptions {
		al := mustNew(t, o)
		for i, text := range texts {
			sents := split(text)
			for _, w := range []*rewrite.IDF{nil, idf} {
				want := al.Prepare(text, sents, w)
				got := al.Prepare(text, sents, nil).Reweigh(w)
				if !rewrite.SameDoc(got, want) {
					t.Fatalf("options %+v, text %d, idf %v: reweighed Doc differs from the Doc prepared under the IDF", o, i, w != nil)
				}
			}
			d := al.Prepare(text, sents, nil)
			terms := an.Terms(text, sents, nil)
			if d.Whole() && !slices.Equal(d.Terms(), terms) {
				t.Fatalf("options %+v, text %d: whole Doc's terms differ from Analyzer.Terms:\n%x\n%x", o, i, d.Terms(), terms)
			}
			long := i == len(texts)-1
			if long && d.Whole() {
				t.Fatalf("options %+v: a sentence of 200 words gave a whole Doc", o)
			}
		}
	}
}

// TestReweighByIDF: in a language without an English stop list (German,
// Spanish, Arabic script), which words count depends on the IDF — those
// in half the corpus's documents are its function words — so a Doc
// prepared without an IDF says so (ByIDF), and reweighing it is not
// preparing it under the IDF; an English text's Doc never depends on the
// IDF. The corpus is the sentences of testdata/lang, each a document, so
// that the IDF names the function words of each language frequent.
func TestReweighByIDF(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "lang", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no texts in testdata/lang: %v", err)
	}
	// Each sentence a document, a corpus per language (the file name's
	// prefix): a function word is in most of its documents.
	byLang := map[string][]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lang, _, _ := strings.Cut(filepath.Base(f), "-")
		text := string(b)
		for _, sp := range split(text) {
			if s := strings.TrimSpace(text[sp.Start:sp.End]); len(strings.Fields(s)) >= 5 {
				byLang[lang] = append(byLang[lang], s)
			}
		}
	}
	al := mustNew(t, rewrite.Options{})
	english := readSeed(t, "000")
	if al.Prepare(english, split(english), nil).ByIDF() {
		t.Errorf("an English text's Doc depends on the IDF")
	}
	langs, shown := 0, map[string]bool{}
	for lang, texts := range byLang {
		idf := seedIDF(texts)
		if idf.Docs() < rewrite.MinIDFDocs {
			continue // too few documents for frequent words
		}
		langs++
		byIDF, differs := 0, 0
		for i, text := range texts {
			sents := split(text)
			d := al.Prepare(text, sents, nil)
			want := al.Prepare(text, sents, idf)
			same := rewrite.SameDoc(d.Reweigh(idf), want)
			if !d.ByIDF() && !same {
				t.Errorf("%s text %d: not ByIDF, yet reweighed differs from prepared under the IDF", lang, i)
			}
			if d.ByIDF() {
				byIDF++
				if !same {
					differs++
				}
			}
		}
		// A sentence too short for the language to be told is read as
		// English, and depends on nothing. German's frequent words are
		// on its Snowball stop list already, so its IDF may drop nothing
		// more; Arabic has no stop list, and its IDF must.
		if byIDF == 0 {
			t.Errorf("%s: none of %d texts ByIDF: the test shows nothing", lang, len(texts))
		}
		shown[lang] = differs > 0
	}
	if langs < 2 {
		t.Errorf("%d languages with enough sentences; want German and Arabic at least", langs)
	}
	if !shown["ar"] {
		t.Errorf("no Arabic text reweighed differently under its IDF: the test shows nothing")
	}
}
