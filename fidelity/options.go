package fidelity

import (
	"errors"
	"fmt"
)

// Defaults for [Options]. The package documentation gives the reasoning
// behind each value and the scores the seed articles produce around it.
const (
	// DefaultMinAltered is the least share of a derived quotation's words
	// that must align, equal and in order, to one source quotation for it
	// to be altered, and across two or more for it to be merged (and at
	// least minAlteredWords words of a longer quotation).
	DefaultMinAltered = 0.5
	// DefaultMinUnquoted is the least share of a derived quotation's
	// words that must align, equal and in order, to one compact stretch of
	// the source for it to be unquoted-in-source.
	DefaultMinUnquoted = 0.8
	// DefaultMinUnquotedWords is the least number of words a derived
	// quotation needs to be called unquoted-in-source: a single word
	// found somewhere in the source is no evidence of a source for it.
	DefaultMinUnquotedWords = 2
	// DefaultMaxTermWords is the most words a quotation without an
	// attribution may have to be a Term rather than unattested or
	// unquoted-in-source. Three matches the engine's minOwnQuoteWords
	// (quotations of four or more words count as a text's own access to
	// a speaker): over the seeds the unattributed quotations of one to
	// three words are scare quotes and terms (“drag”, “reject”, “cautious
	// optimism”), and the issue 10 story sets' “buboes” and “Black Death”.
	DefaultMaxTermWords = 3
	// DefaultMaxQuoteWords caps the words of a derived quotation that the
	// alignments look at.
	DefaultMaxQuoteWords = 200
	// DefaultMaxSourceQuotes caps the source quotations considered.
	DefaultMaxSourceQuotes = 1000
	// DefaultMaxGap is the slack, in source words, that an alignment
	// window gets on each side and between its seeds.
	DefaultMaxGap = 16
	// DefaultMaxPostings is the most occurrences a word may have in the
	// searched part of the source and still seed an alignment.
	DefaultMaxPostings = 64
	// DefaultMaxCandidates bounds the source quotations aligned in full
	// against one derived quotation when looking for an altered match.
	DefaultMaxCandidates = 8
)

// Options configures a [Checker]. The zero value of a field means its
// default; call [Options.SetDefaults] to fill them in explicitly.
type Options struct {
	// MinAltered is the least share of the derived quotation's words
	// (capped at MaxQuoteWords) that align as equal words, in order, to a
	// single source quotation for the quotation to be Altered; at least
	// two words must align in any case. It is also the least share that
	// must align across two or more source quotations for Merged. In (0,1].
	MinAltered float64
	// MinUnquoted is the least share of the derived quotation's words
	// that align as equal words, in order, to one compact stretch of the
	// source text, quoted or not, for UnquotedInSource. In (0,1].
	MinUnquoted float64
	// MinUnquotedWords is the least number of words a derived quotation
	// needs to be UnquotedInSource; a shorter one whose words appear in
	// the source only outside quotation marks is Unattested. One allows
	// single words.
	MinUnquotedWords int
	// MaxTermWords is the most words of a derived quotation with no
	// attribution (no verb, speaker or pronoun: a scare quote) that is
	// Term instead of Unattested or UnquotedInSource. Exact, fragment,
	// altered and merged quotations keep their status whatever their
	// length.
	MaxTermWords int
	// MaxQuoteWords caps the words of a derived quotation that the
	// alignments (altered, merged, unquoted-in-source) see: a longer
	// quotation is judged on its first MaxQuoteWords words. Exact and
	// fragment matching, which are linear, always compare every word.
	MaxQuoteWords int
	// MaxSourceQuotes caps the source quotations considered; later ones
	// are treated as unquoted source text.
	MaxSourceQuotes int
	// MaxGap is the slack, in source words, of an alignment window: how
	// far its seeds may spread beyond the quotation's length, and the
	// margin added on each side. It bounds how many unquoted source words
	// a merged quotation can skip in one place.
	MaxGap int
	// MaxPostings is the most occurrences a word may have in the searched
	// part of the source and still seed an alignment window; more frequent
	// words ("the", "and") still align inside windows, they only do not
	// place them.
	MaxPostings int
	// MaxCandidates is the most source quotations aligned against one
	// derived quotation in search of an altered match, best first by the
	// number of its words they contain.
	MaxCandidates int
}

// ErrInvalidOptions is returned by [New], wrapped with the offending field,
// for an option out of its range.
var ErrInvalidOptions = errors.New("fidelity: invalid options")

// SetDefaults replaces every zero field of o by its default.
func (o *Options) SetDefaults() {
	setInt := func(p *int, v int) {
		if *p == 0 {
			*p = v
		}
	}
	if o.MinAltered == 0 {
		o.MinAltered = DefaultMinAltered
	}
	if o.MinUnquoted == 0 {
		o.MinUnquoted = DefaultMinUnquoted
	}
	setInt(&o.MinUnquotedWords, DefaultMinUnquotedWords)
	setInt(&o.MaxTermWords, DefaultMaxTermWords)
	setInt(&o.MaxQuoteWords, DefaultMaxQuoteWords)
	setInt(&o.MaxSourceQuotes, DefaultMaxSourceQuotes)
	setInt(&o.MaxGap, DefaultMaxGap)
	setInt(&o.MaxPostings, DefaultMaxPostings)
	setInt(&o.MaxCandidates, DefaultMaxCandidates)
}

// validate reports the first field of o out of range.
func (o *Options) validate() error {
	switch {
	case !(o.MinAltered > 0 && o.MinAltered <= 1):
		return fmt.Errorf("%w: MinAltered %v not in (0,1]", ErrInvalidOptions, o.MinAltered)
	case !(o.MinUnquoted > 0 && o.MinUnquoted <= 1):
		return fmt.Errorf("%w: MinUnquoted %v not in (0,1]", ErrInvalidOptions, o.MinUnquoted)
	case o.MinUnquotedWords < 1:
		return fmt.Errorf("%w: MinUnquotedWords %d < 1", ErrInvalidOptions, o.MinUnquotedWords)
	case o.MaxTermWords < 1:
		return fmt.Errorf("%w: MaxTermWords %d < 1", ErrInvalidOptions, o.MaxTermWords)
	case o.MaxQuoteWords < 1:
		return fmt.Errorf("%w: MaxQuoteWords %d < 1", ErrInvalidOptions, o.MaxQuoteWords)
	case o.MaxSourceQuotes < 1:
		return fmt.Errorf("%w: MaxSourceQuotes %d < 1", ErrInvalidOptions, o.MaxSourceQuotes)
	case o.MaxGap < 1:
		return fmt.Errorf("%w: MaxGap %d < 1", ErrInvalidOptions, o.MaxGap)
	case o.MaxPostings < 1:
		return fmt.Errorf("%w: MaxPostings %d < 1", ErrInvalidOptions, o.MaxPostings)
	case o.MaxCandidates < 1:
		return fmt.Errorf("%w: MaxCandidates %d < 1", ErrInvalidOptions, o.MaxCandidates)
	}
	return nil
}
