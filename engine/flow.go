package engine

import (
	"sync"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/provenance"
	"github.com/reprint/reprint/rewrite"
)

// flows measures the flow signal of pairs (provenance.Flow): the terms of
// each side's shared passages against those of the words around them. It
// is safe for concurrent use.
type flows struct {
	pool sync.Pool // *flowScratch
}

type flowScratch struct {
	an   *rewrite.Analyzer
	tk   analysis.Tokenizer
	toks []analysis.Token
}

func newFlows() *flows {
	return &flows{pool: sync.Pool{New: func() any { return &flowScratch{an: rewrite.NewAnalyzer()} }}}
}

// side returns the flow of the passages spans in text. Terms are those of
// rewrite.Analyzer, as the details signal counts them (stems, names,
// numbers, quoted words; no stop words).
func (f *flows) side(text string, spans []reprint.Span) provenance.Flow {
	if len(spans) == 0 {
		return provenance.Flow{}
	}
	sc := f.pool.Get().(*flowScratch)
	defer f.pool.Put(sc)
	sc.toks = sc.tk.Tokenize(text, sc.toks[:0])
	ctx := provenance.FlowContext(sc.toks, spans)
	if len(ctx) == 0 {
		return provenance.Flow{}
	}
	return provenance.FlowOf(sc.an.Terms(text, spans, nil), sc.an.Terms(text, ctx, nil))
}
