// Package sentencecase reads the hand-labelled sentence-boundary cases of
// sentence/testdata/news.txt and scores a segmenter's boundaries against
// them. It is shared by the sentence package's accuracy test and by the
// comparison with neurosnap/sentences in the benchmark module (bench/), so
// both read and score the set the same way.
//
// The file is a list of cases, each a header line, the input text, a line
// "---", then the expected sentences one per line (a literal \n stands for
// a line break inside a sentence):
//
//	=== name
//	input text, any number of lines
//	---
//	First expected sentence.
//	Second expected sentence.
package sentencecase

import (
	"fmt"
	"os"
	"strings"
)

// Case is one labelled text and the sentences it should split into.
type Case struct {
	Name      string
	Text      string
	Sentences []string
}

// Read parses the labelled cases in the file at path. A case with no input
// or no expected sentence is an error.
func Read(path string) ([]Case, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("sentencecase: %w", err)
	}
	var cases []Case
	var cur *Case
	inWant := false
	var input []string
	for line := range strings.Lines(string(b)) {
		line = strings.TrimSuffix(line, "\n")
		switch {
		case strings.HasPrefix(line, "=== "):
			cases = append(cases, Case{Name: strings.TrimPrefix(line, "=== ")})
			cur, inWant, input = &cases[len(cases)-1], false, nil
		case cur == nil:
		case line == "---" && !inWant:
			cur.Text, inWant = strings.Join(input, "\n"), true
		case inWant:
			if line != "" {
				cur.Sentences = append(cur.Sentences, strings.ReplaceAll(line, `\n`, "\n"))
			}
		default:
			input = append(input, line)
		}
	}
	for _, c := range cases {
		if c.Text == "" || len(c.Sentences) == 0 {
			return nil, fmt.Errorf("sentencecase: %s: case %s: empty input or expectation", path, c.Name)
		}
	}
	return cases, nil
}

// Ends locates the expected sentences in the text, in order, and returns
// their end offsets; a sentence not found after the previous one is an
// error in the labelled set.
func (c Case) Ends() ([]int, error) {
	var ends []int
	at := 0
	for _, s := range c.Sentences {
		j := strings.Index(c.Text[at:], s)
		if j < 0 {
			return nil, fmt.Errorf("sentencecase: case %s: expected sentence %q not in input after %d", c.Name, s, at)
		}
		at += j + len(s)
		ends = append(ends, at)
	}
	return ends, nil
}

// Score counts, over the cases added, the boundaries (sentence ends other
// than the end of the text) that a segmenter's ends and the expected ends
// share, and the cases it got exactly.
type Score struct {
	Cases, Exact int
	TP, FP, FN   int
	Failures     []string // names of the cases not got exactly
}

// Add scores one case: got and want are sentence end offsets in a text of
// textLen bytes.
func (s *Score) Add(name string, got, want []int, textLen int) {
	s.Cases++
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
			s.TP++
		} else {
			s.FP++
			ok = false
		}
	}
	for e := range w {
		if !g[e] {
			s.FN++
			ok = false
		}
	}
	if ok {
		s.Exact++
	} else {
		s.Failures = append(s.Failures, name)
	}
}

// F1 is the boundary F1 score: the harmonic mean of precision and recall
// of the boundaries, 0 when nothing matched.
func (s *Score) F1() float64 {
	p := float64(s.TP) / float64(max(1, s.TP+s.FP))
	r := float64(s.TP) / float64(max(1, s.TP+s.FN))
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
