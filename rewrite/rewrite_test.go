package rewrite_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/reprint/reprint"
	"github.com/reprint/reprint/rewrite"
)

func mustNew(tb testing.TB, o rewrite.Options) *rewrite.Aligner {
	tb.Helper()
	al, err := rewrite.New(o)
	if err != nil {
		tb.Fatal(err)
	}
	return al
}

func TestSimilarity(t *testing.T) {
	an := rewrite.NewAnalyzer()
	minSim := rewrite.DefaultMinSimilarity
	tests := []struct {
		name     string
		a, b     string
		min, max float64
	}{
		{"identical", "Putin met the US envoy in Moscow on Thursday.", "Putin met the US envoy in Moscow on Thursday.",
			rewrite.WeightTerms + rewrite.WeightGrams - 1e-6, 1},
		{"reworded", "US President Donald Trump has praised talks held with Russian President Vladimir Putin as good and productive.",
			"Donald Trump described his talks with Vladimir Putin as productive and good, praising the Russian president.", minSim, 1},
		{"spelling and derivation", "Starmer criticised Putin's stance on the ceasefire proposals.",
			"Starmer criticized Putin's stance regarding the ceasefire proposal.", 0.6, 1},
		{"numbers and quotes", "The tanker spilled 8.4 million gallons, a \"devastating\" blow, officials said.",
			"Officials called the spill of some 8.4 million gallons \"devastating\".", minSim, 1},
		{"passive voice", "The ceasefire plan was accepted by Ukraine earlier this week.",
			"Earlier this week, Ukraine accepted the ceasefire plan.", 0.6, 1},
		{"same topic, other facts", "Putin met the US envoy in Moscow on Thursday.",
			"Zelensky will travel to Washington next month for a summit.", 0, 0.15},
		{"unrelated", "The tanker ran aground on a reef about 25 miles from Valdez.",
			"Bradycardia is the term for an abnormally slow heart rate.", 0, 0.1},
		{"stop words only", "It was what they said it would be.", "What would it be, they said.", 0, 0.01},
		{"empty", "", "Putin met the envoy.", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := an.Similarity(tt.a, tt.b, nil)
			if got < tt.min || got > tt.max {
				t.Errorf("Similarity(%q, %q) = %.3f; want in [%.2f, %.2f]", tt.a, tt.b, got, tt.min, tt.max)
			}
			if rev := an.Similarity(tt.b, tt.a, nil); rev != got {
				t.Errorf("Similarity is not symmetric: %.4f vs %.4f", got, rev)
			}
		})
	}
}

func TestNewInvalid(t *testing.T) {
	bad := []rewrite.Options{
		{MinSimilarity: 1.5},
		{MinSimilarity: 0.2, MergeFloor: 0.3},
		{MaxGap: 10, MaxSkip: 5},
		{MaxSentences: -1},
	}
	for _, o := range bad {
		if _, err := rewrite.New(o); !errors.Is(err, rewrite.ErrInvalidOptions) {
			t.Errorf("New(%+v) error = %v; want ErrInvalidOptions", o, err)
		}
	}
}

// mergeCase is a text a whose sentences 1 and 2 are one sentence of b.
const (
	mergeA = "The storm hit the coast on Monday. " +
		"Flood waters swept through Harbourtown, destroying forty homes near the river. " +
		"Mayor Elena Ruiz ordered the evacuation of the old quarter and opened three shelters. " +
		"Rescue crews from Portsmouth pulled twelve people from flooded cars overnight. " +
		"The regional weather office expects more heavy rain until Thursday."
	mergeB = "Sports results came in late. " +
		"Flood waters tore through Harbourtown and destroyed forty homes by the river, so Mayor Elena Ruiz ordered the old quarter evacuated and opened three shelters. " +
		"Overnight, Portsmouth rescue crews pulled twelve people out of flooded cars. " +
		"More heavy rain is expected until Thursday, said the regional weather office."
)

func TestAlignMerges(t *testing.T) {
	al := mustNew(t, rewrite.Options{})
	for _, tc := range []struct {
		name   string
		a, b   string
		wantAB [2][]int // the merge unit
	}{
		{"2-1", mergeA, mergeB, [2][]int{{1, 2}, {1}}},
		{"1-2", mergeB, mergeA, [2][]int{{1}, {1, 2}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sa, sb := split(tc.a), split(tc.b)
			res := al.Align(tc.a, tc.b, sa, sb, nil)
			if len(res.Passages) != 1 {
				t.Fatalf("Align found %d passages; want 1: %+v", len(res.Passages), res)
			}
			found := false
			for _, p := range res.Pairs {
				if cmp.Equal(p.A, tc.wantAB[0]) && cmp.Equal(p.B, tc.wantAB[1]) {
					found = true
				}
			}
			if !found {
				t.Errorf("no unit A%v B%v among %+v", tc.wantAB[0], tc.wantAB[1], res.Pairs)
			}
			p := res.Passages[0]
			if p.Kind != reprint.Rewrite {
				t.Errorf("Kind = %v; want rewrite", p.Kind)
			}
			checkSpans(t, tc.a, sa, p.A)
			checkSpans(t, tc.b, sb, p.B)
		})
	}
}

// checkSpans checks that sp lies in text, does not split a rune, and runs
// from the start of one sentence to the end of another.
func checkSpans(tb testing.TB, text string, sents []reprint.Span, sp reprint.Span) {
	tb.Helper()
	if _, err := sp.In(text); err != nil {
		tb.Errorf("span %v: %v", sp, err)
		return
	}
	starts, ends := false, false
	for _, s := range sents {
		starts = starts || s.Start == sp.Start
		ends = ends || s.End == sp.End
	}
	if !starts || !ends {
		tb.Errorf("span %v %q is not from a sentence start to a sentence end", sp, text[sp.Start:sp.End])
	}
}

func TestAlignEmpty(t *testing.T) {
	al := mustNew(t, rewrite.Options{})
	for _, tc := range []struct {
		a, b   string
		sa, sb []reprint.Span
	}{
		{"", "", nil, nil},
		{mergeA, "", split(mergeA), nil},
		{"", mergeB, nil, split(mergeB)},
		{mergeA, mergeB, nil, split(mergeB)},
		{"   \n\n ", mergeB, []reprint.Span{{Start: 0, End: 3}}, split(mergeB)},
	} {
		res := al.Align(tc.a, tc.b, tc.sa, tc.sb, nil)
		if len(res.Passages) != 0 || len(res.Pairs) != 0 || res.Capped {
			t.Errorf("Align(%q, %q) = %+v; want nothing", tc.a, tc.b, res)
		}
	}
}

func TestAlignBadSpans(t *testing.T) {
	al := mustNew(t, rewrite.Options{})
	sa := split(mergeA)
	bad := append([]reprint.Span{{Start: -1, End: 3}, {Start: 5, End: 2}, {Start: 0, End: len(mergeA) + 10}}, sa...)
	bad = append(bad, reprint.Span{Start: 0, End: 5}) // overlaps, out of order
	res := al.Align(mergeA, mergeB, bad, split(mergeB), nil)
	if res.Stats.BadSpans != 4 {
		t.Errorf("BadSpans = %d; want 4", res.Stats.BadSpans)
	}
	if len(res.Passages) != 1 {
		t.Errorf("Align found %d passages; want 1", len(res.Passages))
	}
	// Indexes in Pairs refer to the spans as given, bad ones included.
	for _, p := range res.Pairs {
		for _, i := range p.A {
			if i < 3 || i >= 3+len(sa) {
				t.Errorf("pair A index %d outside the valid spans [3,%d)", i, 3+len(sa))
			}
		}
	}
	mb := "Caf\u00e9 owners in Harbourtown"
	res = al.Align(mb, mb, []reprint.Span{{Start: 0, End: 4}}, []reprint.Span{{Start: 0, End: 4}}, nil) // splits é
	if res.Stats.BadSpans != 2 {
		t.Errorf("BadSpans = %d for spans splitting a rune; want 2", res.Stats.BadSpans)
	}
}

// TestNoPunctuation aligns texts without sentence punctuation, each given
// as one span: the aligner cuts them into chunks of MaxSentenceWords words.
func TestNoPunctuation(t *testing.T) {
	strip := func(s string) string {
		return strings.NewReplacer(".", "", ",", "", "\n", " ").Replace(s)
	}
	a, b := strip(mergeA), strip(mergeB)
	a = strings.Repeat(a+" ", 3)
	b = strings.Repeat(b+" ", 3)
	al := mustNew(t, rewrite.Options{MaxSentenceWords: 20})
	res := al.Align(a, b, []reprint.Span{{End: len(a)}}, []reprint.Span{{End: len(b)}}, nil)
	if res.Stats.Chunked != 2 || res.Stats.SentencesA < 5 {
		t.Errorf("Stats = %+v; want both texts chunked", res.Stats)
	}
	if len(res.Passages) == 0 {
		t.Fatalf("Align found no passage")
	}
	for _, p := range res.Passages {
		if _, err := p.A.In(a); err != nil {
			t.Error(err)
		}
		if _, err := p.B.In(b); err != nil {
			t.Error(err)
		}
	}
	for _, p := range res.Pairs {
		if !cmp.Equal(p.A, []int{0}) || !cmp.Equal(p.B, []int{0}) {
			t.Errorf("pair %v %v; want chunks to keep sentence index 0", p.A, p.B)
		}
	}
}

// TestLongArticle aligns a 5,000-sentence article against itself: the
// sentence cap is reported and the work stays bounded.
func TestLongArticle(t *testing.T) {
	var sb strings.Builder
	for i := range 5000 {
		fmt.Fprintf(&sb, "Report %d says the council of district %d approved budget line %d for roads and schools. ", i, i%97, i*7)
	}
	text := sb.String()
	sents := split(text)
	if len(sents) != 5000 {
		t.Fatalf("split made %d sentences; want 5000", len(sents))
	}
	al := mustNew(t, rewrite.Options{})
	start := time.Now()
	res := al.Align(text, text, sents, sents, nil)
	el := time.Since(start)
	if !res.Capped || !strings.Contains(res.CapReason, "max-sentences") {
		t.Errorf("Capped = %v, CapReason = %q; want max-sentences", res.Capped, res.CapReason)
	}
	if res.Stats.SentencesA != rewrite.DefaultMaxSentences {
		t.Errorf("SentencesA = %d; want %d", res.Stats.SentencesA, rewrite.DefaultMaxSentences)
	}
	if res.Stats.Scored > rewrite.DefaultMaxCandidates {
		t.Errorf("Scored = %d > MaxCandidates", res.Stats.Scored)
	}
	if len(res.Passages) == 0 {
		t.Errorf("no passage for a text against itself")
	}
	if el > 10*time.Second {
		t.Errorf("Align took %v", el)
	}
	// A candidate cap: every sentence shares terms with every other.
	al = mustNew(t, rewrite.Options{MaxCandidates: 1000, MaxTermSentences: 1 << 20})
	res = al.Align(text[:20000], text[:20000], split(text[:20000]), split(text[:20000]), nil)
	if !res.Capped || res.CapReason != "max-candidates" || res.Stats.Scored != 1000 {
		t.Errorf("Capped = %v, CapReason = %q, Scored = %d; want max-candidates at 1000", res.Capped, res.CapReason, res.Stats.Scored)
	}
}

// TestOtherLanguages checks that text in other scripts aligns on its
// lower-cased words (no stemming) without crashing.
func TestOtherLanguages(t *testing.T) {
	tests := []struct{ name, a, b string }{
		{"russian",
			"Президент России Владимир Путин встретился в Москве с американским посланником Стивом Уиткоффом. Переговоры продолжались несколько часов. Кремль выразил осторожный оптимизм по поводу мирного процесса.",
			"В Москве Владимир Путин провёл встречу с посланником Стивом Уиткоффом. Встреча длилась несколько часов. Кремль заявил об осторожном оптимизме по поводу мирного процесса."},
		{"urdu",
			"امریکی صدر ڈونلڈ ٹرمپ نے روسی صدر ولادیمیر پیوٹن کے ساتھ بات چیت کو مفید قرار دیا۔ ماسکو میں ہونے والی ملاقات کئی گھنٹے جاری رہی۔ کریملن نے امن عمل کے بارے میں محتاط امید کا اظہار کیا۔",
			"ڈونلڈ ٹرمپ نے ولادیمیر پیوٹن کے ساتھ بات چیت کو مفید کہا۔ ماسکو میں ملاقات کئی گھنٹے جاری رہی۔ کریملن نے امن عمل پر محتاط امید ظاہر کی۔"},
	}
	al := mustNew(t, rewrite.Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sa, sb := splitAny(tt.a), splitAny(tt.b)
			res := al.Align(tt.a, tt.b, sa, sb, nil)
			for _, p := range res.Passages {
				checkSpans(t, tt.a, sa, p.A)
				checkSpans(t, tt.b, sb, p.B)
			}
			self := al.Align(tt.a, tt.a, sa, sa, nil)
			if len(self.Passages) != 1 || self.Passages[0].Score < 0.99 {
				t.Errorf("text against itself: %+v; want one passage scoring 1", self.Passages)
			}
		})
	}
}

// splitAny splits at '.', '?', '!' and the Urdu full stop '۔'.
func splitAny(text string) []reprint.Span {
	var out []reprint.Span
	start := 0
	for i, r := range text {
		if r == '.' || r == '۔' || r == '?' || r == '!' {
			end := i + utf8.RuneLen(r)
			if s := strings.TrimLeft(text[start:end], " "); s != "" {
				out = append(out, reprint.Span{Start: end - len(s), End: end})
			}
			start = end
		}
	}
	return out
}

func TestDeterministic(t *testing.T) {
	a, b := readSeed(t, "002"), readSeed(t, "001")
	sa, sb := split(a), split(b)
	al := mustNew(t, rewrite.Options{})
	first := al.Align(a, b, sa, sb, nil)
	al.Align(b, a, sb, sa, nil) // dirty the scratch
	again := al.Align(a, b, sa, sb, nil)
	fresh := mustNew(t, rewrite.Options{}).Align(a, b, sa, sb, nil)
	if diff := cmp.Diff(first, again); diff != "" {
		t.Errorf("reused Aligner differs (-first +again):\n%s", diff)
	}
	if diff := cmp.Diff(first, fresh); diff != "" {
		t.Errorf("fresh Aligner differs (-first +fresh):\n%s", diff)
	}
}
