package bench

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/neurosnap/sentences/english"

	"github.com/reprint/reprint/internal/sentencecase"
	"github.com/reprint/reprint/sentence"
)

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

// TestSentenceAccuracy measures package sentence and neurosnap/sentences
// v1.1.2 on sentence's hand-labelled set and checks that the rule-based
// segmenter stays ahead. The numbers in sentence/doc.go come from
//
//	cd bench && go test -run TestSentenceAccuracy -v
func TestSentenceAccuracy(t *testing.T) {
	cases, err := sentencecase.Read("../sentence/testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	ns, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	var ours, theirs sentencecase.Score
	for _, c := range cases {
		want, err := c.Ends()
		if err != nil {
			t.Fatal(err)
		}
		var got []int
		for _, sp := range sentence.Split(c.Text, nil) {
			got = append(got, sp.End)
		}
		ours.Add(c.Name, got, want, len(c.Text))
		theirs.Add(c.Name, neurosnapEnds(ns, c.Text), want, len(c.Text))
	}
	for _, r := range []struct {
		name string
		s    *sentencecase.Score
	}{{"sentence (rules)", &ours}, {"neurosnap/sentences", &theirs}} {
		t.Logf("%-20s exact %d/%d  boundaries tp=%d fp=%d fn=%d F1=%.3f  failed: %v",
			r.name, r.s.Exact, r.s.Cases, r.s.TP, r.s.FP, r.s.FN, r.s.F1(), r.s.Failures)
	}
	if ours.Exact < theirs.Exact || ours.F1() < theirs.F1() {
		t.Errorf("rule-based segmenter (%d exact, F1 %.3f) falls behind neurosnap (%d exact, F1 %.3f)",
			ours.Exact, ours.F1(), theirs.Exact, theirs.F1())
	}
}

// newsText returns the shared seed articles concatenated and repeated to n
// bytes, the text sentence's BenchmarkSegment reads.
func newsText(tb testing.TB, n int) string {
	tb.Helper()
	files, _ := filepath.Glob("../../shared/seeds/*.txt")
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		b.Write(data)
		b.WriteString("\n\n")
	}
	if b.Len() == 0 {
		tb.Skip("no seeds at ../../shared/seeds")
	}
	return strings.Repeat(b.String(), n/b.Len()+1)[:n]
}

// BenchmarkNeurosnap measures neurosnap/sentences v1.1.2 on the text of
// sentence's BenchmarkSegment, with the tokenizer built once outside the
// loop; run both to compare:
//
//	go test ../sentence -run '^$' -bench Segment -count 10 | benchstat -
//	cd bench && go test -run '^$' -bench Neurosnap -count 10 | benchstat -
func BenchmarkNeurosnap(b *testing.B) {
	tok, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range []struct {
		name string
		n    int
	}{{"1KB", 1 << 10}, {"64KB", 64 << 10}} {
		b.Run(size.name, func(b *testing.B) {
			text := newsText(b, size.n)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				tok.Tokenize(text)
			}
		})
	}
}
