package rewrite

import (
	"fmt"
	"os"
	"testing"

	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/sentence"
)

func TestZZFacts(t *testing.T) {
	a, _ := os.ReadFile(os.Getenv("ZA"))
	b, _ := os.ReadFile(os.Getenv("ZB"))
	words := func(text string) map[uint64]string {
		m := map[uint64]string{}
		var tk analysis.Tokenizer
		for _, tok := range tk.Tokenize(text, nil) {
			m[TermID(KindEntity, tok.Hash)] = text[tok.Span.Start:tok.Span.End]
		}
		return m
	}
	facts := func(text string) map[uint64]bool {
		an := NewAnalyzer()
		m := map[uint64]bool{}
		for _, f := range an.Facts(text, sentence.Split(text, nil), nil) {
			m[f] = true
		}
		return m
	}
	fa, fb := facts(string(a)), facts(string(b))
	wa, wb := words(string(a)), words(string(b))
	var oa, ob []string
	for f := range fa {
		if !fb[f] {
			oa = append(oa, wa[f])
		}
	}
	for f := range fb {
		if !fa[f] {
			ob = append(ob, wb[f])
		}
	}
	fmt.Println(len(fa), "only A:", oa)
	fmt.Println(len(fb), "only B:", ob)
}
