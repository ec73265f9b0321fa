package sentence

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/reprint/reprint"
)

func texts(text string, spans []reprint.Span) []string {
	if len(spans) == 0 {
		return nil
	}
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = text[sp.Start:sp.End]
	}
	return out
}

var splitTests = []struct {
	name string
	in   string
	want []string
}{
	{"empty", "", nil},
	{"spaces only", " \n\t \n", nil},
	{"one", "One sentence.", []string{"One sentence."}},
	{"trimmed", "  Leading and trailing.  \n", []string{"Leading and trailing."}},
	{"no final stop", "First. Second without stop", []string{"First.", "Second without stop"}},
	{"quote spans sentences",
		`He said: "We are in favour. But there are nuances." Then he left.`,
		[]string{`He said: "We are in favour.`, `But there are nuances."`, `Then he left.`}},
	{"closing curly after stop", "She said “no.” He left.", []string{"She said “no.”", "He left."}},
	{"ellipsis lower", "endless discussions... wasting days", []string{"endless discussions... wasting days"}},
	{"question exclamation run", "What?! No way!!! Fine.", []string{"What?!", "No way!!!", "Fine."}},
	{"question then lower", `"Why?" he asked.`, []string{`"Why?" he asked.`}},
	{"decimal", "It fell 2.5% to $1.2bn. Then rose.", []string{"It fell 2.5% to $1.2bn.", "Then rose."}},
	{"abbreviations", "Mr. and Mrs. Smith met Dr. Who at St. Paul's. Gen. Lee came.",
		[]string{"Mr. and Mrs. Smith met Dr. Who at St. Paul's.", "Gen. Lee came."}},
	{"no. before number", "He lives at No. 10. No. He does not.", []string{"He lives at No. 10.", "No.", "He does not."}},
	{"month before number", "On Jan. 5 it snowed. In Jan. The end.", []string{"On Jan. 5 it snowed.", "In Jan.", "The end."}},
	{"initials", "J. K. Rowling wrote it. So did J. R. R. Tolkien.", []string{"J. K. Rowling wrote it.", "So did J. R. R. Tolkien."}},
	{"u.s. inside and end", "U.S. troops left the U.S. The war ended.", []string{"U.S. troops left the U.S.", "The war ended."}},
	{"a.m.", "At 9 a.m. Monday it began. It ended at 5 p.m. Nobody left.",
		[]string{"At 9 a.m. Monday it began.", "It ended at 5 p.m.", "Nobody left."}},
	{"headline line", "Storm hits coast\nThousands lose power.", []string{"Storm hits coast", "Thousands lose power."}},
	{"wrapped line", "The plan was\nannounced today.", []string{"The plan was\nannounced today."}},
	{"paragraph always breaks", "the end of one\n\nthe start of another", []string{"the end of one", "the start of another"}},
	{"crlf", "One.\r\nTwo\r\n\r\nThree", []string{"One.", "Two", "Three"}},
	{"paragraph separator", "One\u2029two", []string{"One", "two"}},
	{"urdu", "یہ پہلا جملہ ہے۔ کیا یہ دوسرا ہے؟", []string{"یہ پہلا جملہ ہے۔", "کیا یہ دوسرا ہے؟"}},
	{"urdu no space", "پہلا۔دوسرا۔", []string{"پہلا۔", "دوسرا۔"}},
	{"russian", "Путин заявил: «Мы согласны». Но есть нюансы.", []string{"Путин заявил: «Мы согласны».", "Но есть нюансы."}},
	{"chinese", "他说：“我们同意。”但是有细节。好吗？", []string{"他说：“我们同意。”", "但是有细节。", "好吗？"}},
	{"devanagari", "यह पहला है। यह दूसरा है॥", []string{"यह पहला है।", "यह दूसरा है॥"}},
	{"tibetan", "ཟམ་པ་གསར་པ་བཀོལ་སྤྱོད་བྱས། གྲོང་མི་ཚོ་དགའ་པོ་བྱུང་།", []string{"ཟམ་པ་གསར་པ་བཀོལ་སྤྱོད་བྱས།", "གྲོང་མི་ཚོ་དགའ་པོ་བྱུང་།"}},
	{"url", "See https://example.com/a.html?x=1. Done.", []string{"See https://example.com/a.html?x=1.", "Done."}},
	{"nbsp", "One.\u00a0Two.", []string{"One.", "Two."}},
}

func TestSplit(t *testing.T) {
	for _, tt := range splitTests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(tt.in, Split(tt.in, nil))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Split(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			checkSpans(t, tt.in, Split(tt.in, nil))
		})
	}
}

// checkSpans checks the invariants every result holds: spans in bounds,
// ordered, non-overlapping, trimmed, rune-aligned, and covering every
// non-space character.
func checkSpans(tb testing.TB, text string, spans []reprint.Span) {
	tb.Helper()
	prev := 0
	for i, sp := range spans {
		if sp.Start < prev || sp.End <= sp.Start || sp.End > len(text) {
			tb.Fatalf("span %d %v out of order or bounds (prev end %d, len %d)", i, sp, prev, len(text))
		}
		if utf8.ValidString(text) {
			if _, err := sp.In(text); err != nil {
				tb.Fatalf("span %d: %v", i, err)
			}
		}
		r, _ := utf8.DecodeRuneInString(text[sp.Start:])
		l, _ := utf8.DecodeLastRuneInString(text[:sp.End])
		if isSpace(r) || isSpace(l) {
			tb.Fatalf("span %d %v %q not trimmed", i, sp, text[sp.Start:sp.End])
		}
		if gap := text[prev:sp.Start]; strings.TrimFunc(gap, isSpace) != "" {
			tb.Fatalf("text %q between spans is not covered", gap)
		}
		prev = sp.End
	}
	if gap := text[prev:]; strings.TrimFunc(gap, isSpace) != "" {
		tb.Fatalf("trailing text %q is not covered", gap)
	}
}

func TestSplitAppends(t *testing.T) {
	dst := []reprint.Span{{Start: 7, End: 9}}
	got := Split("One. Two.", dst)
	want := []reprint.Span{{Start: 7, End: 9}, {Start: 0, End: 4}, {Start: 5, End: 9}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Split appended wrongly (-want +got):\n%s", diff)
	}
}

func TestWordCap(t *testing.T) {
	// 5,000 words and no sentence punctuation at all, on one line.
	text := strings.TrimSpace(strings.Repeat("word ", 5000))
	seg, err := NewSegmenter(Options{})
	if err != nil {
		t.Fatal(err)
	}
	spans, st := seg.Segment(text, nil)
	checkSpans(t, text, spans)
	wantN := (5000 + DefaultMaxWords - 1) / DefaultMaxWords
	if len(spans) != wantN || st.Sentences != wantN {
		t.Errorf("Segment(5000 words) = %d sentences (stats %d); want %d", len(spans), st.Sentences, wantN)
	}
	if st.CappedWords != wantN-1 || !st.Capped() {
		t.Errorf("Segment(5000 words) stats %+v; want %d word caps", st, wantN-1)
	}
	for _, sp := range spans {
		if n := len(strings.Fields(text[sp.Start:sp.End])); n > DefaultMaxWords {
			t.Errorf("sentence %v has %d words; cap %d", sp, n, DefaultMaxWords)
		}
	}
}

func TestByteCap(t *testing.T) {
	// Chinese with the punctuation stripped: no spaces, no stops.
	text := strings.Repeat("这是没有标点的文字", 1000)
	seg, err := NewSegmenter(Options{MaxBytes: 1000})
	if err != nil {
		t.Fatal(err)
	}
	spans, st := seg.Segment(text, nil)
	checkSpans(t, text, spans)
	if st.CappedBytes == 0 {
		t.Errorf("Segment(%d bytes, no spaces) stats %+v; want byte caps", len(text), st)
	}
	for _, sp := range spans {
		if sp.Len() > 1000 {
			t.Errorf("sentence %v is %d bytes; cap 1000", sp, sp.Len())
		}
	}
	// A run-on line with spaces is cut at a space.
	long := strings.Repeat("abcdefghijklmnopqrstuvwxyz0123456789 ", 100)
	spans, _ = seg.Segment(long, nil)
	checkSpans(t, long, spans)
	for _, sp := range spans[:len(spans)-1] {
		if sp.End < len(long) && long[sp.End] != ' ' {
			t.Errorf("byte cap cut %v inside a word", sp)
		}
	}
}

func TestLongArticle(t *testing.T) {
	// 5,000 sentences: linear time, no caps hit.
	var b strings.Builder
	for i := range 5000 {
		if i%5 == 0 {
			b.WriteString("\n\n")
		}
		b.WriteString("Mr. Smith said the U.S. plan costs $1.2bn, or 2.5% more. ")
	}
	text := b.String()
	seg, _ := NewSegmenter(Options{})
	t0 := time.Now()
	spans, st := seg.Segment(text, nil)
	if d := time.Since(t0); d > 2*time.Second {
		t.Errorf("Segment(5000 sentences) took %v", d)
	}
	checkSpans(t, text, spans)
	if len(spans) != 5000 || st.Capped() {
		t.Errorf("Segment(5000 sentences) = %d sentences, stats %+v; want 5000, no caps", len(spans), st)
	}
}

func TestNewSegmenter(t *testing.T) {
	seg, err := NewSegmenter(Options{Abbreviations: []string{"Cllr"}})
	if err != nil {
		t.Fatal(err)
	}
	text := "Cllr. Jones voted. Others did not."
	got, _ := seg.Segment(text, nil)
	if want := []string{"Cllr. Jones voted.", "Others did not."}; !cmp.Equal(want, texts(text, got)) {
		t.Errorf("Segment(%q) = %q; want %q", text, texts(text, got), want)
	}
	// The default segmenter does not know "Cllr".
	if n := len(Split(text, nil)); n != 3 {
		t.Errorf("Split(%q) = %d sentences; want 3", text, n)
	}
	for _, bad := range []Options{{MaxWords: -1}, {MaxBytes: -5}, {Abbreviations: []string{"a b"}}, {Abbreviations: []string{"Dr."}}, {Abbreviations: []string{""}}} {
		if _, err := NewSegmenter(bad); !errors.Is(err, ErrInvalidOptions) {
			t.Errorf("NewSegmenter(%+v) error = %v; want ErrInvalidOptions", bad, err)
		}
	}
}

func TestDotted(t *testing.T) {
	for w, want := range map[string]bool{"U.S": true, "a.m": true, "Ph.D": true, "U.S.A": true, "US": false, "2.5": false, ".S": false, "abcd.e": false} {
		if got := dotted(w); got != want {
			t.Errorf("dotted(%q) = %v; want %v", w, got, want)
		}
	}
}

// TestSeeds runs the segmenter over the shared seed articles: sentence
// counts stay plausible and known sentences come out whole.
func TestSeeds(t *testing.T) {
	files, _ := filepath.Glob("../../shared/seeds/*.txt")
	if len(files) == 0 {
		t.Skip("no seeds at ../../shared/seeds")
	}
	all := map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		spans, st := defaultSegmenter().Segment(text, nil)
		checkSpans(t, text, spans)
		if st.Capped() {
			t.Errorf("%s: caps hit: %+v", f, st)
		}
		for _, s := range texts(text, spans) {
			all[s] = true
		}
	}
	for _, want := range []string{
		`He said Putin would "drag" everyone into "endless discussions... wasting days, weeks, and months on meaningless talks while his guns continue to kill people".`,
		`Putin added: "It will be good for the Ukrainian side to achieve a 30-day ceasefire.`,
		`"We are in favour of it, but there are nuances."`,
		`He asked: "How will those 30 days be used?`,
		`For Ukraine to mobilise?`,
		`Rearm?`,
		`Leave a Reply`,
		`Previous Post Next Post`,
		`Credit: BBC`,
		`In a recent post, Trump expressed optimism over US-Russia discussions, while Ukrainian President Zelensky remains skeptical about Russia's intentions regarding a ceasefire.`,
		`US-Russia Talks on Ukraine Ceasefire Deemed 'Productive' by Trump`,
	} {
		if !all[want] {
			t.Errorf("seed sentence %q not found whole", want)
		}
	}
}
