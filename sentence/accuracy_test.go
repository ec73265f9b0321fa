package sentence

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/neurosnap/sentences/english"
	"github.com/reprint/reprint"
)

// labelled is one case of testdata/news.txt.
type labelled struct {
	name  string
	text  string
	sents []string
}

// mustLoadLabelled reads the hand-labelled test set.
func mustLoadLabelled(tb testing.TB) []labelled {
	tb.Helper()
	b, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		tb.Fatal(err)
	}
	var cases []labelled
	var cur *labelled
	inWant := false
	var input []string
	for line := range strings.Lines(string(b)) {
		line = strings.TrimSuffix(line, "\n")
		switch {
		case strings.HasPrefix(line, "=== "):
			cases = append(cases, labelled{name: strings.TrimPrefix(line, "=== ")})
			cur, inWant, input = &cases[len(cases)-1], false, nil
		case cur == nil:
		case line == "---" && !inWant:
			cur.text, inWant = strings.Join(input, "\n"), true
		case inWant:
			if line != "" {
				cur.sents = append(cur.sents, strings.ReplaceAll(line, `\n`, "\n"))
			}
		default:
			input = append(input, line)
		}
	}
	for _, c := range cases {
		if c.text == "" || len(c.sents) == 0 {
			tb.Fatalf("case %s: empty input or expectation", c.name)
		}
	}
	return cases
}

// wantEnds locates the expected sentences in the text and returns their end
// offsets.
func wantEnds(tb testing.TB, c labelled) []int {
	tb.Helper()
	var ends []int
	at := 0
	for _, s := range c.sents {
		j := strings.Index(c.text[at:], s)
		if j < 0 {
			tb.Fatalf("case %s: expected sentence %q not in input after %d", c.name, s, at)
		}
		at += j + len(s)
		ends = append(ends, at)
	}
	return ends
}

// score counts the boundaries (sentence ends other than the end of the
// text) that got and want share.
type score struct {
	cases, exact     int
	tp, fp, fn       int
	bytes            int
	elapsed          time.Duration
	failures         []string
	precision, recal float64
}

func (s *score) add(name string, got, want []int, textLen int) {
	s.cases++
	g := map[int]bool{}
	for _, e := range got {
		if e != textLen {
			g[e] = true
		}
	}
	w := map[int]bool{}
	for _, e := range want {
		if e != textLen {
			w[e] = true
		}
	}
	ok := true
	for e := range g {
		if w[e] {
			s.tp++
		} else {
			s.fp++
			ok = false
		}
	}
	for e := range w {
		if !g[e] {
			s.fn++
			ok = false
		}
	}
	if ok {
		s.exact++
	} else {
		s.failures = append(s.failures, name)
	}
}

func (s *score) f1() float64 {
	p := float64(s.tp) / float64(max(1, s.tp+s.fp))
	r := float64(s.tp) / float64(max(1, s.tp+s.fn))
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func spanEnds(spans []reprint.Span) []int {
	ends := make([]int, len(spans))
	for i, sp := range spans {
		ends[i] = sp.End
	}
	return ends
}

// neurosnapEnds runs neurosnap/sentences per line, as a caller would who
// already split paragraphs: the library does not treat line breaks as
// boundaries, and measuring it on the whole text would count that against
// it. Ends are trimmed of white space.
func neurosnapEnds(tok interface {
	SentencePositions(string) []int
}, text string) []int {
	var ends []int
	off := 0
	for line := range strings.Lines(text) {
		body := strings.TrimRight(line, "\n")
		prev := 0
		for _, p := range tok.SentencePositions(body) {
			e := strings.TrimRight(body[:p], " \t")
			if len(e) > prev {
				ends = append(ends, off+len(e))
			}
			prev = p
		}
		off += len(line)
	}
	return ends
}

// TestAccuracy measures this package and neurosnap/sentences v1.1.2 on the
// hand-labelled set and checks that the rule-based segmenter stays ahead.
// The numbers in doc.go come from
//
//	go test ./sentence -run TestAccuracy -v
func TestAccuracy(t *testing.T) {
	cases := mustLoadLabelled(t)
	if len(cases) < 30 {
		t.Fatalf("labelled set has %d cases; want at least 30", len(cases))
	}
	ns, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	var ours, theirs score
	for _, c := range cases {
		want := wantEnds(t, c)
		t0 := time.Now()
		got := spanEnds(Split(c.text, nil))
		ours.elapsed += time.Since(t0)
		ours.add(c.name, got, want, len(c.text))

		t0 = time.Now()
		got = neurosnapEnds(ns, c.text)
		theirs.elapsed += time.Since(t0)
		theirs.add(c.name, got, want, len(c.text))
	}
	for _, r := range []struct {
		name string
		s    *score
	}{{"sentence (rules)", &ours}, {"neurosnap/sentences", &theirs}} {
		t.Logf("%-20s exact %d/%d  boundaries tp=%d fp=%d fn=%d F1=%.3f  failed: %v",
			r.name, r.s.exact, r.s.cases, r.s.tp, r.s.fp, r.s.fn, r.s.f1(), r.s.failures)
	}
	if ours.exact < theirs.exact || ours.f1() < theirs.f1() {
		t.Errorf("rule-based segmenter (%d exact, F1 %.3f) falls behind neurosnap (%d exact, F1 %.3f)",
			ours.exact, ours.f1(), theirs.exact, theirs.f1())
	}
	// Every case of the set passes today; a regression shows up here.
	if ours.exact != ours.cases {
		t.Errorf("rule-based segmenter got %d/%d cases exactly; failed: %v", ours.exact, ours.cases, ours.failures)
	}
}
