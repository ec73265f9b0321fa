package rewrite

import (
	"errors"
	"fmt"
)

// Defaults for [Options]. The thresholds were measured on the PAN 2013
// training corpus (TestPAN): plagdet on 04-translation-obfuscation and
// 05-summary-obfuscation against the share of 01-no-plagiarism pairs with
// any detection. The package documentation gives the figures.
const (
	// DefaultMinSimilarity is the least similarity of an aligned unit.
	DefaultMinSimilarity = 0.30
	// DefaultMergeFloor is the least similarity each part of a 1–2 or 2–1
	// merge must have with the other side on its own.
	DefaultMergeFloor = 0.12
	// DefaultMinTerms is the least number of distinct terms a sentence
	// needs to be aligned at all.
	DefaultMinTerms = 4
	// DefaultMinPassageWeight is the least weight of a passage: the sum
	// over its units of similarity × size.
	DefaultMinPassageWeight = 1.6
	// DefaultMaxGap is the most unaligned sentences between neighbouring
	// units of a passage on the side where they are closer.
	DefaultMaxGap = 2
	// DefaultMaxSkip is the most unaligned sentences between neighbouring
	// units of a passage on the side where they are farther apart: a
	// summary skips the source sentences it leaves out.
	DefaultMaxSkip = 80
	// DefaultOutOfOrderSimilarity is the least similarity of a unit
	// aligned out of order (a moved paragraph), in the second pass.
	DefaultOutOfOrderSimilarity = 0.50
	// DefaultMaxSentenceWords is the longest sentence, in words, aligned as
	// one unit; longer ones are cut into chunks of this many words.
	DefaultMaxSentenceWords = 80
	// DefaultMaxSentences bounds the sentences (or chunks) aligned per
	// text.
	DefaultMaxSentences = 3000
	// DefaultMaxCandidates bounds the sentence pairs scored per Align.
	DefaultMaxCandidates = 1 << 20
	// DefaultMaxTermSentences is the most sentences of b a term may occur
	// in and still be used to find candidate pairs.
	DefaultMaxTermSentences = 64
)

// Options configures an [Aligner]. The zero value of a field means its
// default; call [Options.SetDefaults] to fill them in explicitly.
type Options struct {
	// MinSimilarity is the least similarity (see Analyzer.Similarity) of
	// an aligned unit: a 1–1 link or a 1–2 / 2–1 merge. In (0,1].
	MinSimilarity float64
	// MergeFloor is the least similarity each of the two sentences of a
	// merge must have, on its own, with the sentence on the other side.
	// A merge is kept only if it scores at least as high as each part
	// alone. In [0, MinSimilarity].
	MergeFloor float64
	// MinPassageWeight is the least weight of a passage, the sum over its
	// units of similarity × size (1 for a 1–1 link, 1.5 for a merge): the
	// evidence it rests on. Two links of 0.45 on one topic are not a
	// rewrite; three of 0.5 or two of 0.7 are.
	MinPassageWeight float64
	// MinTerms is the least number of distinct terms (stems, entities,
	// numbers, quoted words) a sentence needs to be aligned. Headings,
	// captions and fragments ("Volleyball", "2nd ed.") score high against
	// any sentence sharing their one or two words; they carry no evidence
	// of reuse.
	MinTerms int
	// MaxGap and MaxSkip bound the unaligned sentences between two
	// neighbouring units of one passage: at most MaxGap on the side where
	// the units are closer, at most MaxSkip on the other. MaxSkip ≥ MaxGap.
	MaxGap, MaxSkip int
	// OutOfOrderSimilarity is the least similarity of a unit aligned in
	// the second pass, against the order of the main alignment (a moved
	// paragraph). Above 1 disables the second pass.
	OutOfOrderSimilarity float64
	// MaxSentenceWords cuts sentences longer than this many words into
	// chunks of this many words, so that text without sentence
	// punctuation aligns in pieces.
	MaxSentenceWords int
	// MaxSentences is the most sentences (chunks included) aligned per
	// text; the rest are ignored and the result is marked Capped.
	MaxSentences int
	// MaxCandidates is the most sentence pairs scored per Align; when more
	// pairs share a term the rest are not scored and the result is marked
	// Capped.
	MaxCandidates int
	// MaxTermSentences skips, when finding candidate pairs, a term that
	// occurs in more than this many sentences of b: such a term is
	// uninformative, and it alone would make every pair a candidate.
	MaxTermSentences int
}

// SetDefaults replaces every zero field of o by its default.
func (o *Options) SetDefaults() {
	setF := func(p *float64, v float64) {
		if *p == 0 {
			*p = v
		}
	}
	setI := func(p *int, v int) {
		if *p == 0 {
			*p = v
		}
	}
	setF(&o.MinSimilarity, DefaultMinSimilarity)
	setF(&o.MergeFloor, DefaultMergeFloor)
	setI(&o.MinTerms, DefaultMinTerms)
	setF(&o.MinPassageWeight, DefaultMinPassageWeight)
	setI(&o.MaxGap, DefaultMaxGap)
	setI(&o.MaxSkip, DefaultMaxSkip)
	setF(&o.OutOfOrderSimilarity, DefaultOutOfOrderSimilarity)
	setI(&o.MaxSentenceWords, DefaultMaxSentenceWords)
	setI(&o.MaxSentences, DefaultMaxSentences)
	setI(&o.MaxCandidates, DefaultMaxCandidates)
	setI(&o.MaxTermSentences, DefaultMaxTermSentences)
}

// ErrInvalidOptions is wrapped by the error New returns for bad options.
var ErrInvalidOptions = errors.New("rewrite: invalid options")

func (o *Options) validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidOptions, fmt.Sprintf(format, args...))
	}
	switch {
	case o.MinSimilarity <= 0 || o.MinSimilarity > 1:
		return bad("MinSimilarity %v outside (0,1]", o.MinSimilarity)
	case o.MergeFloor < 0 || o.MergeFloor > o.MinSimilarity:
		return bad("MergeFloor %v outside [0, MinSimilarity]", o.MergeFloor)
	case o.MinPassageWeight < 0:
		return bad("MinPassageWeight %v < 0", o.MinPassageWeight)
	case o.MinTerms < 1:
		return bad("MinTerms %d < 1", o.MinTerms)
	case o.MaxGap < 0:
		return bad("MaxGap %d < 0", o.MaxGap)
	case o.MaxSkip < o.MaxGap:
		return bad("MaxSkip %d < MaxGap %d", o.MaxSkip, o.MaxGap)
	case o.OutOfOrderSimilarity < 0:
		return bad("OutOfOrderSimilarity %v < 0", o.OutOfOrderSimilarity)
	case o.MaxSentenceWords < 1:
		return bad("MaxSentenceWords %d < 1", o.MaxSentenceWords)
	case o.MaxSentences < 1:
		return bad("MaxSentences %d < 1", o.MaxSentences)
	case o.MaxCandidates < 1:
		return bad("MaxCandidates %d < 1", o.MaxCandidates)
	case o.MaxTermSentences < 1:
		return bad("MaxTermSentences %d < 1", o.MaxTermSentences)
	}
	return nil
}
