package align

import (
	"cmp"
	"slices"
	"strings"

	"github.com/reprint/reprint/analysis"
)

// sentenceEnd are the characters that end a sentence for boundary
// extension; the colon ends headings and labels ("Breaking:"), and adding
// it left PAN plagdet unchanged. Line breaks are not among them: PAN and
// many web texts wrap lines inside sentences.
const sentenceEnd = ".!?:"

// bound is one side of a passage as extension sees it: the token range
// [t0, t1], the byte span it will report, and the index of its passage.
type bound struct {
	t0, t1     int32
	start, end int
	i          int
}

// extend moves the edges of each passage's spans out to the nearest
// sentence boundary, if one lies within MaxExtend tokens and the move does
// not reach a neighbouring passage: back to the first token after a
// sentence end (or the start of the text), forward to just after the next
// sentence-ending character. Seeds rarely reach the very edge of a reused
// passage, since an edited first or last word breaks every n-gram that
// touches it, and PAN cases (like most copy-paste) start and end at
// sentence boundaries. Cost: O(passages·(log passages + MaxExtend)).
func (al *Aligner) extend(text string, toks []analysis.Token, bs []bound) {
	limit := int32(al.opts.MaxExtend)
	slices.SortFunc(bs, func(x, y bound) int { return cmp.Compare(x.t0, y.t0) })
	for i := range bs {
		b := &bs[i]
		lo := int32(0) // first token the passage may take
		if i > 0 {
			lo = bs[i-1].t1 + 1
		}
		hi := int32(len(toks) - 1)
		if i+1 < len(bs) {
			hi = bs[i+1].t0 - 1
		}
		// Backward: stop at the token after a sentence end.
		for k := b.t0; k >= lo && b.t0-k <= limit; k-- {
			if k == 0 || strings.ContainsAny(text[toks[k-1].Span.End:toks[k].Span.Start], sentenceEnd) {
				b.t0 = k
				b.start = toks[k].Span.Start
				break
			}
		}
		// Forward: stop at the first sentence end after a token.
		for k := b.t1; k <= hi && k-b.t1 <= limit; k++ {
			next := len(text)
			if int(k)+1 < len(toks) {
				next = toks[k+1].Span.Start
			}
			gap := text[toks[k].Span.End:next]
			if j := strings.IndexAny(gap, sentenceEnd); j >= 0 {
				b.t1 = k
				b.end = toks[k].Span.End + j + 1
				break
			}
		}
	}
}
