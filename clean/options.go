package clean

import (
	"errors"
	"fmt"
)

// Defaults of Options. The three thresholds cut the chrome score into the
// four classes of the context pass (see the package doc):
//
//	0 ─── good ─── Low ── near-good ── Threshold ── near-chrome ── High ── chrome ─── 1
const (
	// DefaultLowThreshold is above genericMax (0.28), so that a line needs
	// specific chrome evidence before its neighbours can sway it.
	DefaultLowThreshold = 0.30

	// DefaultThreshold is the score from which a line is chrome unless
	// both of its neighbours are story.
	DefaultThreshold = 0.50

	// DefaultHighThreshold is the score from which a line is chrome
	// whatever its neighbours say: markup, captions, repeated headlines
	// and lines dense with chrome vocabulary all reach it.
	DefaultHighThreshold = 0.75

	// DefaultContextMaxWords is jusText's "short" block (70 characters,
	// about 12 English words): only near-good lines this short are judged
	// by their neighbours. Longer lines carry enough text to be judged
	// alone, and a longer line between chrome is more often the story's
	// first or last paragraph than chrome.
	DefaultContextMaxWords = 12

	// DefaultHeadlineZone is how many leading lines may hold the headline
	// (kicker, headline, standfirst, byline, date) whose repeat later in
	// the body is removed.
	DefaultHeadlineZone = 5

	// DefaultHeadlineWindow is how many lines after a headline its repeat
	// may come, unless it equals Meta.Title. Repeated headlines sit next to
	// each other (the page header and the article's own h1); product
	// features or list items that repeat further down are not headlines
	// (the Zyte benchmark has both).
	DefaultHeadlineWindow = 6

	// DefaultHeadlineMaxWords bounds the lines that can be a headline or
	// its repeat (news headlines run 6–15 words; a repeated standfirst of
	// up to 20 goes too); longer lines are paragraphs, and a repeated
	// paragraph is left to the corpus layer and to later stages.
	DefaultHeadlineMaxWords = 20

	// DefaultLanguage is the stop list used when an article declares no
	// language, or one without a stop list.
	DefaultLanguage = "en"
)

// Options configures a Cleaner. The zero value is valid: SetDefaults fills
// every zero field.
type Options struct {
	// LowThreshold, Threshold and HighThreshold split the chrome score into
	// good, near-good, near-chrome and chrome; they must satisfy
	// 0 < LowThreshold ≤ Threshold ≤ HighThreshold ≤ 1.
	LowThreshold  float64
	Threshold     float64
	HighThreshold float64

	// ContextMaxWords is the longest near-good line, in words, that
	// becomes chrome when its nearest decided neighbours on both sides are
	// chrome (the document edges count as chrome).
	ContextMaxWords int

	// HeadlineZone is how many leading non-blank lines are candidates for
	// the headline; a line that repeats one at most HeadlineWindow lines
	// later, or that repeats a line equal to Meta.Title, is removed.
	// HeadlineMaxWords bounds a headline's length.
	HeadlineZone     int
	HeadlineWindow   int
	HeadlineMaxWords int

	// Language is the ISO 639-1 code of the stop list used when the
	// article's Meta.Language is empty or has no stop list.
	Language string
}

// SetDefaults fills the zero fields of o with the Default* constants.
func (o *Options) SetDefaults() {
	if o.LowThreshold == 0 {
		o.LowThreshold = DefaultLowThreshold
	}
	if o.Threshold == 0 {
		o.Threshold = DefaultThreshold
	}
	if o.HighThreshold == 0 {
		o.HighThreshold = DefaultHighThreshold
	}
	if o.ContextMaxWords == 0 {
		o.ContextMaxWords = DefaultContextMaxWords
	}
	if o.HeadlineZone == 0 {
		o.HeadlineZone = DefaultHeadlineZone
	}
	if o.HeadlineWindow == 0 {
		o.HeadlineWindow = DefaultHeadlineWindow
	}
	if o.HeadlineMaxWords == 0 {
		o.HeadlineMaxWords = DefaultHeadlineMaxWords
	}
	if o.Language == "" {
		o.Language = DefaultLanguage
	}
}

// ErrInvalidOptions is returned, wrapped, by New and the Validate methods.
var ErrInvalidOptions = errors.New("clean: invalid options")

// Validate reports an error wrapping ErrInvalidOptions if a field of o is
// out of range. It does not fill defaults.
func (o *Options) Validate() error {
	switch {
	case !(0 < o.LowThreshold && o.LowThreshold <= o.Threshold &&
		o.Threshold <= o.HighThreshold && o.HighThreshold <= 1):
		return fmt.Errorf("%w: thresholds must satisfy 0 < low %v ≤ threshold %v ≤ high %v ≤ 1",
			ErrInvalidOptions, o.LowThreshold, o.Threshold, o.HighThreshold)
	case o.ContextMaxWords < 0:
		return fmt.Errorf("%w: ContextMaxWords %d < 0", ErrInvalidOptions, o.ContextMaxWords)
	case o.HeadlineZone < 0:
		return fmt.Errorf("%w: HeadlineZone %d < 0", ErrInvalidOptions, o.HeadlineZone)
	case o.HeadlineWindow < 0:
		return fmt.Errorf("%w: HeadlineWindow %d < 0", ErrInvalidOptions, o.HeadlineWindow)
	case o.HeadlineMaxWords < 0:
		return fmt.Errorf("%w: HeadlineMaxWords %d < 0", ErrInvalidOptions, o.HeadlineMaxWords)
	}
	return nil
}

// Defaults of CorpusOptions.
const (
	// DefaultSiteMinArticles and DefaultSiteMinShare: a line is a site's
	// boilerplate when it appears in at least 5 of the site's articles and
	// in at least 40% of them. Template lines (footers, bylines of the
	// desk, "Follow us on …") appear on nearly every page of a site; 40%
	// leaves room for templates that changed during the crawl, and the
	// count of 5 keeps a site with two or three articles on one story from
	// losing the paragraphs they share.
	DefaultSiteMinArticles = 5
	DefaultSiteMinShare    = 0.40

	// DefaultCorpusMinArticles and DefaultCorpusMinShare: across sites, a
	// line is boilerplate when the corpus has at least 20 articles and the
	// line appears in at least 20% of them. Below 20 articles a share says
	// little (two of five articles are 40%). Cross-site recurrence is also
	// what reprint looks for (a wire paragraph on many sites), so the rule
	// further requires the line to be chrome-leaning or a short fragment;
	// see DefaultCrossSiteMinScore and DefaultCrossSiteMaxWords.
	DefaultCorpusMinArticles = 20
	DefaultCorpusMinShare    = 0.20

	// DefaultCrossSiteMinScore is the intrinsic chrome score (LineScore)
	// from which a line recurring across sites counts as chrome-leaning:
	// the middle of the near-good band, so that any chrome vocabulary in a
	// short line qualifies, while story sentences (scores below 0.3 by
	// construction, see genericMax) never do.
	DefaultCrossSiteMinScore = 0.40

	// DefaultCrossSiteMaxWords: a recurring line of at most this many
	// words and without sentence-final punctuation ("Most popular",
	// "Related topics") is removed across sites even when its vocabulary
	// is unknown to the classifier. Headlines are longer, and quotations
	// end in punctuation, so both survive.
	DefaultCrossSiteMaxWords = 4
)

// CorpusOptions configures a Corpus. The zero value is valid:
// SetDefaults fills every zero field.
type CorpusOptions struct {
	// SiteMinArticles and SiteMinShare: a line in at least SiteMinArticles
	// articles of one site, and in at least SiteMinShare of that site's
	// articles, is removed from that site's articles.
	SiteMinArticles int
	SiteMinShare    float64

	// CorpusMinArticles and CorpusMinShare: in a corpus of at least
	// CorpusMinArticles articles, a line in at least CorpusMinShare of all
	// articles is removed from all, if it is chrome-leaning
	// (LineScore ≥ CrossSiteMinScore) or a fragment of at most
	// CrossSiteMaxWords words without sentence-final punctuation.
	CorpusMinArticles int
	CorpusMinShare    float64
	CrossSiteMinScore float64
	CrossSiteMaxWords int

	// Language is the stop list used for LineScore when an article
	// declares no language.
	Language string
}

// SetDefaults fills the zero fields of o with the Default* constants.
func (o *CorpusOptions) SetDefaults() {
	if o.SiteMinArticles == 0 {
		o.SiteMinArticles = DefaultSiteMinArticles
	}
	if o.SiteMinShare == 0 {
		o.SiteMinShare = DefaultSiteMinShare
	}
	if o.CorpusMinArticles == 0 {
		o.CorpusMinArticles = DefaultCorpusMinArticles
	}
	if o.CorpusMinShare == 0 {
		o.CorpusMinShare = DefaultCorpusMinShare
	}
	if o.CrossSiteMinScore == 0 {
		o.CrossSiteMinScore = DefaultCrossSiteMinScore
	}
	if o.CrossSiteMaxWords == 0 {
		o.CrossSiteMaxWords = DefaultCrossSiteMaxWords
	}
	if o.Language == "" {
		o.Language = DefaultLanguage
	}
}

// Validate reports an error wrapping ErrInvalidOptions if a field of o is
// out of range. It does not fill defaults.
func (o *CorpusOptions) Validate() error {
	switch {
	case o.SiteMinArticles < 1 || o.CorpusMinArticles < 1:
		return fmt.Errorf("%w: minimum article counts must be ≥ 1", ErrInvalidOptions)
	case !(0 < o.SiteMinShare && o.SiteMinShare <= 1) || !(0 < o.CorpusMinShare && o.CorpusMinShare <= 1):
		return fmt.Errorf("%w: shares must be in (0, 1]", ErrInvalidOptions)
	case !(0 <= o.CrossSiteMinScore && o.CrossSiteMinScore <= 1):
		return fmt.Errorf("%w: CrossSiteMinScore %v outside [0, 1]", ErrInvalidOptions, o.CrossSiteMinScore)
	case o.CrossSiteMaxWords < 0:
		return fmt.Errorf("%w: CrossSiteMaxWords %d < 0", ErrInvalidOptions, o.CrossSiteMaxWords)
	}
	return nil
}
