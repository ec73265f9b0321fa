package provenance

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/judge"
)

// Flow signal: a passage reused from a source is part of the source's own
// flow — the words just before and after it were written with it, on its
// subject — while in the text that took it the passage is set among words
// written for something else: at its edges the derived text changes
// subject, or at least vocabulary. So the side whose passages share more
// of their terms with the words around them is the source.
//
// This is what containment and details cannot read when one side is
// mostly other material. A short source set inside a longer host "lies
// inside" the host exactly as an excerpt lies inside its source, and the
// host's other topics look like details the source dropped; the flow
// tells the two apart. Cut from its source, an excerpt has no context of
// its own, while the source continues the passage on both sides; set into
// a host, the passage's context is the host's. Between two versions of one
// text (each side at least VersionFullCoverage shared) the words around
// the shared passages are reworked material of the same text, not a flow
// of its own, and the flow abstains: there it misreads (on
// Clough–Stevenson, whose answers are partial rewrites of one excerpt, it
// named 5 sources right and 11 wrong when it voted at every coverage, and
// `reprint compare` lost 5 answers). It weighs most where containment and
// details weigh least, and abstains where they weigh fully.
//
// Measured on PAN 2013 (reprint eval direction; every plagiarism case is a
// source passage set into an unrelated suspicious document, obfuscated or
// not): on the related case pairs the flow names the source 1,181 times
// and the suspicious document 5 times; with it (and with the common-source
// test giving way to it, see Direct) the pairs named right rose from 337
// to 1,247 and those reversed fell from 244 to 107 (see BENCHMARKS.md,
// "Direction on PAN 2013").
const (
	// FlowWindow is how many words before and after each shared passage
	// are its context: a paragraph either side. On PAN 2013's related
	// case pairs (both contexts FlowMinTerms or more, FlowMargin 0.05)
	// the side whose context shares more of its passages' terms is the
	// source in 1,235 pairs and the host in 62 with 100 words; with 50
	// words 1,218 and 81, with 20 words 1,175 and 139.
	FlowWindow = 100

	// FlowMargin and FlowRatio: the flow names a side when the share of
	// its context's terms that its passages hold exceeds the other side's
	// by FlowMargin and is at least FlowRatio times it. On PAN 2013
	// (FlowWindow 100) margins 0, 0.02, 0.05, 0.08 and 0.10 name the
	// source 1,375, 1,335, 1,235, 1,079 and 972 times and the host 157,
	// 115, 62, 34 and 24 times. The ratio guards short texts, whose
	// shares move by a few terms: Clough–Stevenson's g1pD_taskb, a cut
	// answer whose own sentences around a copied passage answer the same
	// question, has 0.23 against its source's 0.17 (1.35×); at 1.5 PAN
	// keeps 1,769 of 1,794 right votes and loses 10 of 36 wrong ones (the
	// case pairs detect relates, same-story included).
	FlowMargin = 0.05
	FlowRatio  = 1.5

	// FlowMinTerms is the least number of distinct terms the context of
	// each side must have for the flow to vote: a text whose shared
	// passages are nearly all of it has no flow around them to read.
	FlowMinTerms = 20
)

// SignalFlow names the flow signal's vote.
const SignalFlow = "flow"

// Flow is the flow of one side of a pair: how the words around its shared
// passages relate to the passages.
type Flow struct {
	// ContextTerms is the number of distinct terms in the context: the
	// FlowWindow words before and after each passage, outside every
	// passage.
	ContextTerms int
	// Cohesive is how many of them the side's passages also hold.
	Cohesive int
}

// Share is the share of the context's terms that the passages hold; 0
// without context.
func (f Flow) Share() float64 {
	if f.ContextTerms == 0 {
		return 0
	}
	return float64(f.Cohesive) / float64(f.ContextTerms)
}

// FlowContext returns the context of the passages spans in a text whose
// tokens are toks (in text order): for each passage, the runs of up to
// FlowWindow tokens just before and just after it that lie outside every
// passage, as spans of the text (from the first token's start to the last
// one's end), in the order of spans. A token counts as inside a passage
// when it lies wholly within one. Time is O((t + p·w) + p log t) for t
// tokens, p passages and w FlowWindow.
func FlowContext(toks []analysis.Token, spans []reprint.Span) []reprint.Span {
	type tokRange struct{ first, last int } // tokens [first, last] inside a passage
	ranges := make([]tokRange, len(spans))
	in := make([]bool, len(toks))
	for k, s := range spans {
		first, _ := slices.BinarySearchFunc(toks, s.Start, func(t analysis.Token, start int) int { return cmp.Compare(t.Span.Start, start) })
		last := first - 1
		for last+1 < len(toks) && toks[last+1].Span.End <= s.End {
			last++
			in[last] = true
		}
		ranges[k] = tokRange{first, last}
	}
	var out []reprint.Span
	run := func(from, to int) { // tokens [from, to), to > from
		out = append(out, reprint.Span{Start: toks[from].Span.Start, End: toks[to-1].Span.End})
	}
	for _, r := range ranges {
		if r.last < r.first {
			continue // no whole token inside
		}
		lo := r.first
		for lo > 0 && r.first-lo < FlowWindow && !in[lo-1] {
			lo--
		}
		if lo < r.first {
			run(lo, r.first)
		}
		hi := r.last + 1
		for hi < len(toks) && hi-r.last-1 < FlowWindow && !in[hi] {
			hi++
		}
		if hi > r.last+1 {
			run(r.last+1, hi)
		}
	}
	return out
}

// FlowOf returns the flow of a side from the sorted distinct terms of its
// shared passages and of their context (FlowContext).
func FlowOf(passageTerms, contextTerms []uint64) Flow {
	n := 0
	for i, j := 0, 0; i < len(passageTerms) && j < len(contextTerms); {
		switch {
		case passageTerms[i] < contextTerms[j]:
			i++
		case passageTerms[i] > contextTerms[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return Flow{ContextTerms: len(contextTerms), Cohesive: n}
}

// flowVote: the side whose passages cohere more with the words around them
// is the source.
func flowVote(s Signals) Evidence {
	v := Evidence{Signal: SignalFlow}
	a, b := s.FlowA, s.FlowB
	figures := fmt.Sprintf("context terms the passages hold: A %d of %d (%.2f), B %d of %d (%.2f)",
		a.Cohesive, a.ContextTerms, a.Share(), b.Cohesive, b.ContextTerms, b.Share())
	switch {
	case a.ContextTerms < FlowMinTerms || b.ContextTerms < FlowMinTerms:
		v.Detail = "too little text around the shared passages to read (" + figures + ")"
	case flowWeight(s.Evidence) == 0:
		v.Detail = fmt.Sprintf("two versions of one text, not a passage set into another: what lies around the passages is reworked material (%s; coverage A %.2f B %.2f)",
			figures, coverage(s.Evidence.A), coverage(s.Evidence.B))
	case a.Share()-b.Share() >= FlowMargin && a.Share() >= FlowRatio*b.Share():
		v.Points, v.Weight = SourceA, flowWeight(s.Evidence)
		v.Detail = "the passages are part of A's flow, set into B's (" + figures + ")"
	case b.Share()-a.Share() >= FlowMargin && b.Share() >= FlowRatio*a.Share():
		v.Points, v.Weight = SourceB, flowWeight(s.Evidence)
		v.Detail = "the passages are part of B's flow, set into A's (" + figures + ")"
	default:
		v.Detail = figures
	}
	return v
}

// flowWeight is the weight of the flow's vote on a pair: WeightFlow while
// the less-shared side is mostly other material, nothing when both sides
// are versions of one text (where containment and details weigh fully).
func flowWeight(e judge.Evidence) float64 {
	if versionWeight(e) >= WeightReading {
		return 0
	}
	return WeightFlow
}
