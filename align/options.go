package align

import (
	"errors"
	"fmt"
)

// Defaults for [Options]. Each value was chosen by measuring plagdet on the
// PAN 2013 training corpus (TestPAN); the package documentation gives the
// figures behind each one.
const (
	// DefaultExactN is the length of the exact word n-grams used as seeds.
	DefaultExactN = 3
	// DefaultBagN is the number of consecutive content words (stop words
	// skipped) whose unordered set forms a bag seed.
	DefaultBagN = 2
	// DefaultMaxGramFreq is the most times a seed n-gram may occur in
	// either text before it is skipped as uninformative.
	DefaultMaxGramFreq = 2
	// DefaultMaxSeeds bounds the seeds kept for one pair.
	DefaultMaxSeeds = 1 << 20
	// DefaultMaxGap is the largest gap, in tokens, between neighbouring
	// seeds of one passage, in either text.
	DefaultMaxGap = 32
	// DefaultMaxSkew is how far neighbouring seeds may be off each
	// other's diagonal, in tokens.
	DefaultMaxSkew = 8
	// DefaultMaxExtend is the most tokens a passage edge moves to reach a
	// sentence boundary.
	DefaultMaxExtend = 10
	// DefaultMinTokens is the least number of tokens a passage must span on
	// each side.
	DefaultMinTokens = 25
	// DefaultMinSeeds is the least number of seeds a passage must hold.
	DefaultMinSeeds = 4
	// DefaultMinCoverage is the least share of a passage's tokens, on its
	// shorter side, that seeds must cover.
	DefaultMinCoverage = 0.3
	// DefaultMaxPassages bounds the passages reported for one pair.
	DefaultMaxPassages = 1000
	// DefaultMaxSplitDepth bounds the rounds of the cluster splitting.
	DefaultMaxSplitDepth = 32
)

// Options configures an [Aligner]. The zero value of a field means its
// default; call [Options.SetDefaults] to fill them in explicitly.
type Options struct {
	// ExactN is the length of the exact n-grams of normalised words that
	// seed verbatim passages. Negative disables exact seeds.
	ExactN int
	// BagN is the length of the bag n-grams: BagN consecutive content
	// words, stop words skipped, compared as an unordered set. They make
	// seeding robust to shuffled, inserted and deleted words. Negative
	// disables bag seeds.
	BagN int
	// StopWords are the words bag n-grams skip. Nil means the built-in
	// English list (EnglishStopWords); an empty non-nil slice means none.
	StopWords []string
	// MaxGramFreq skips a seed n-gram that occurs more than this many times
	// in either text. This bounds the seeds one n-gram can make to
	// MaxGramFreq², and it drops boilerplate repetition.
	MaxGramFreq int
	// MaxSeeds is the most seeds kept for one pair. When the join produces
	// more, the rest are dropped and the result is marked Capped.
	MaxSeeds int
	// MaxGap is the largest gap, in tokens, between neighbouring seeds of
	// one passage, measured in each text separately.
	MaxGap int
	// MaxSkew is the most two neighbouring seeds may be off each other's
	// diagonal: how far the gap between them in one text may differ from
	// the gap in the other, in tokens.
	MaxSkew int
	// MaxExtend is the most tokens a passage edge moves to reach a sentence
	// boundary (see Align). Negative disables the extension.
	MaxExtend int
	// MinTokens is the least number of tokens a passage spans, on each side.
	MinTokens int
	// MinSeeds is the least number of seeds a passage holds.
	MinSeeds int
	// MinCoverage is the least share of the tokens of a passage, on its
	// shorter side, that seeds cover. In [0,1].
	MinCoverage float64
	// MaxPassages is the most passages reported for one pair; when more
	// clusters survive, the result is marked Capped.
	MaxPassages int
	// MaxSplitDepth bounds the rounds of the recursive cluster splitting.
	// A cluster still splitting after this many rounds is kept whole and
	// the result is marked Capped.
	MaxSplitDepth int
}

// SetDefaults replaces every zero field of o by its default.
func (o *Options) SetDefaults() {
	setInt := func(p *int, v int) {
		if *p == 0 {
			*p = v
		}
	}
	setInt(&o.ExactN, DefaultExactN)
	setInt(&o.BagN, DefaultBagN)
	setInt(&o.MaxGramFreq, DefaultMaxGramFreq)
	setInt(&o.MaxSeeds, DefaultMaxSeeds)
	setInt(&o.MaxGap, DefaultMaxGap)
	setInt(&o.MaxSkew, DefaultMaxSkew)
	setInt(&o.MaxExtend, DefaultMaxExtend)
	setInt(&o.MinTokens, DefaultMinTokens)
	setInt(&o.MinSeeds, DefaultMinSeeds)
	setInt(&o.MaxPassages, DefaultMaxPassages)
	setInt(&o.MaxSplitDepth, DefaultMaxSplitDepth)
	if o.MinCoverage == 0 {
		o.MinCoverage = DefaultMinCoverage
	}
	if o.StopWords == nil {
		o.StopWords = EnglishStopWords()
	}
}

// maxN bounds the n-gram lengths: longer grams only lose recall, and the
// gram hash loops over n.
const maxN = 16

// ErrInvalidOptions is wrapped by the error New returns for bad options.
var ErrInvalidOptions = errors.New("align: invalid options")

func (o *Options) validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidOptions, fmt.Sprintf(format, args...))
	}
	switch {
	case o.ExactN > maxN:
		return bad("ExactN %d > %d", o.ExactN, maxN)
	case o.BagN > maxN:
		return bad("BagN %d > %d", o.BagN, maxN)
	case o.ExactN < 0 && o.BagN < 0:
		return bad("both ExactN and BagN disabled")
	case o.MaxGramFreq < 1:
		return bad("MaxGramFreq %d < 1", o.MaxGramFreq)
	case o.MaxSeeds < 1:
		return bad("MaxSeeds %d < 1", o.MaxSeeds)
	case o.MaxGap < 0:
		return bad("MaxGap %d < 0", o.MaxGap)
	case o.MaxSkew < 0:
		return bad("MaxSkew %d < 0", o.MaxSkew)
	case o.MinTokens < 1:
		return bad("MinTokens %d < 1", o.MinTokens)
	case o.MinSeeds < 1:
		return bad("MinSeeds %d < 1", o.MinSeeds)
	case o.MinCoverage < 0 || o.MinCoverage > 1:
		return bad("MinCoverage %v outside [0,1]", o.MinCoverage)
	case o.MaxPassages < 1:
		return bad("MaxPassages %d < 1", o.MaxPassages)
	case o.MaxSplitDepth < 1:
		return bad("MaxSplitDepth %d < 1", o.MaxSplitDepth)
	}
	return nil
}
