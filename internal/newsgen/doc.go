// Package newsgen generates seeded, realistic news corpora with ground
// truth, for measuring the memory, speed and recall of reprint at 5k to 1M
// articles. Unlike internal/synth (pseudo-words), the text is English prose
// built from real corpora read at run time; nothing of them is copied into
// the repository.
//
// # Method
//
// Text pool. [LoadPool] reads the shared corpora (../shared/corpora:
// PAN 2013 source and suspicious documents, the gold article bodies of the
// Zyte article-extraction benchmark, the five Wikipedia sources of the
// Clough–Stevenson corpus). Files that are not UTF-8 are decoded as
// Windows-1252, or skipped when they hold a byte that code page leaves
// undefined; NUL bytes are dropped. Text is split into paragraphs on blank
// lines and, since these corpora put one paragraph per line, on line breaks
// too, unless the break looks like a hard wrap (the line does not end a
// sentence and the next starts in lower case). A paragraph is kept when it
// has MinParaWords–MaxParaWords words and reads as English prose (see
// MinLetterTokens, MaxUpperTokens, MinFunctionWords, MaxTokenLen; a lone
// comma or stop marks a link the page extraction dropped, and the
// paragraph goes too). Passages the PAN ground
// truth marks as planted in a suspicious document are left out (they copy
// or paraphrase source documents that are in the pool too), and a
// paragraph that shares a DedupRun-word run with an earlier one is dropped,
// so no two pool paragraphs share text: any reuse in the output is planted.
//
// Filler. [NewChain] trains a word-level order-2 Markov chain on the pool's
// whitespace tokens (punctuation and case kept, so sentences start with a
// capital and end with a stop), with paragraph starts as their own context.
// Filler is drawn from it paragraph by paragraph: 2–5 sentences, each ended
// by the first sentence-final token the chain emits after MinSentenceWords
// (or forced after MaxSentenceWords). Order 2 on a pool of about a million
// words copies it: most contexts have one or two successors, so the walk
// retraces pool sentences, and two filler articles that enter the same
// rare word go on with the same words. With the first two measures below
// alone, one pair of filler articles in 280 shared an 8-word run (2,000
// articles measured). Three measures mix in randomness:
//
//   - with probability BackoffProb a word is drawn from the order-1
//     distribution of the previous word instead;
//   - a draw that would complete a FillerRun-word run found anywhere in
//     the pool (on reprint's normalised words) is refused and drawn again
//     (MaxTries times, then from the order-1 list, then from the unigram
//     distribution), so filler never holds a pool run;
//   - every FillerRun-word run must carry at least Chain.MinRunBits of
//     information, each word counting −log2 of the probability of the draw
//     that produced it (on its first normalised word; a draw made after
//     refusals counts less, as it came from the rest of the list): a draw
//     that would leave the run more predictable is refused and drawn again
//     the same way. The chance that two filler articles share a run falls
//     as 2^−MinRunBits, at the price of fluency (more draws from the
//     order-1 chain and the unigram). See DefaultMinRunBits for the
//     measured rates.
//
// [Generator.MeasureFiller] (`reprint-gen --measure N`) counts the pairs
// of filler articles that share a run.
//
// Articles. Article i is generated from (seed, i) alone, so any article
// can be regenerated in any order and nothing is stored: the generator
// holds the pool, the chain, a permutation of the pool and the CacheSize
// most recent articles (so that most sources need not be regenerated),
// whatever the number of articles. A corpus of n articles is the first n of
// any longer one. Article i's kind is drawn from the shares in [Options]
// (originals take the rest). Lengths are log-normal (median MedianWords,
// σ LengthSigma, clamped to MinWords–MaxWords).
//
//   - original: filler plus 1–MaxRealParas real paragraphs. Article i owns
//     pool slots i·MaxRealParas … i·MaxRealParas+MaxRealParas-1 of a seeded
//     permutation of the pool, so each real paragraph is used as original
//     content at most once in the corpus; once the slots run past the pool
//     (around article len(pool)/MaxRealParas), originals are filler only.
//     Real paragraphs stay below RealShareMax of the article.
//   - copy: the source's text; with probability CopyNewTitleProb a new title,
//     with CopyCreditProb a short credit line naming the source site (at
//     most six words, so credit lines do not make unrelated copies share a
//     FillerRun-word run).
//   - partial: 1–MaxPassages passages, each a run of whole sentences of the
//     source, MinPartialShare–MaxPartialShare of its words in all, planted
//     word for word between the paragraphs of a new filler article.
//   - light: sentences dropped (LightDropProb) or swapped with the next
//     (LightSwapProb), then word edits at a rate drawn from
//     LightEditMin–LightEditMax.
//   - heavy: sentences dropped (HeavyDropProb), split at a clause boundary
//     (HeavySplitProb) or merged with the next (HeavyMergeProb), shuffled
//     within HeavyShuffleWindow places and regrouped into new paragraphs,
//     then word edits at a rate drawn from HeavyEditMin–HeavyEditMax.
//
// Word edits substitute (SubstituteWeight), delete (DeleteWeight) or insert
// (the rest) a word. A substitute is a lower-case word of the pool in the
// same frequency band (seen 2^(b-1) to 2^b - 1 times) as the word replaced,
// capitalised like it; an inserted word is drawn by its pool frequency.
//
// The source of a derived article is an earlier article at a lag drawn
// log-uniformly from 1–MaxLag (reprints follow their source within days),
// an original — or, for a share Options.Chain of derived articles, an
// earlier derived article (chains, at most MaxChainDepth derivations
// deep). Deriving regenerates the source from its number. Article i is
// published at Start + i·Interval plus a jitter below Interval, so a derived
// article is always published after its source.
//
// Truth lines give the direct derivation only: two articles derived from
// the same source, or a chain's ends, share text too, through the source.
// Share is the part of the source's words carried over: 1 for copy, the
// planted words for partial, the words of the kept sentences (before word
// edits) for light and heavy.
//
// Output is the same bytes for the same options, seed and pool, whatever
// the number of workers.
//
// # Limitations
//
// The pool is web text (PAN 2013 pages are ClueWeb documents), not only
// news, and about a million words: filler reads as fluent phrases of
// three to six words strung together, not as sentences that make sense.
// Good enough for fingerprinting, candidate generation and alignment
// (which look at word runs and their frequencies), not for anything that
// reads meaning. The pool lasts for about the first 5,000 articles (three
// slots an article, about 15,700 paragraphs); after that, originals are
// filler only, so reuse of real prose is confined to the start of a
// corpus. Truth lists direct derivations only (see above).
package newsgen

import "time"

// Pool.
const (
	// MinParaWords and MaxParaWords bound a pool paragraph (whitespace
	// tokens): shorter lines in these corpora are headings, captions and
	// list items; longer ones are pages without paragraph breaks.
	MinParaWords = 20
	MaxParaWords = 200
	// MinLetterTokens is the share of tokens that must hold a letter:
	// drops tables of figures.
	MinLetterTokens = 0.85
	// MaxUpperTokens bounds the share of all-capital words: drops shouted
	// headings and acronym lists, keeps prose with a few acronyms.
	MaxUpperTokens = 0.3
	// MinFunctionWords is the share of tokens that must be common English
	// function words (the, of, and, …): English prose runs near 0.45; this
	// drops the other languages in the web pages and keyword lists.
	MinFunctionWords = 0.3
	// MaxTokenLen drops paragraphs with a token longer than this many bytes:
	// URLs, file paths and run-together text, never English words.
	MaxTokenLen = 40
	// DedupRun is the run length (normalised words) two pool paragraphs may
	// not share. 8 matches reprint's guarantee (5-word shingles winnowed in
	// a window of 4 always catch a shared run of 8 words), so anything
	// reprint is sure to see between two originals was planted.
	DedupRun = 8
)

// Filler.
const (
	// FillerRun is the run length (normalised words) that filler may not
	// take from the pool; 8 for the same reason as DedupRun.
	FillerRun = 8
	// BackoffProb is the chance a word is drawn from the order-1 chain. At
	// 0 the walk retraces pool sentences until a rejection breaks them,
	// which makes filler articles meet on the same 6–7-word pool runs;
	// 0.1 adds about one fresh junction per sentence and keeps the text
	// readable (order 1 is still grammatical locally).
	BackoffProb = 0.1
	// DefaultMinRunBits is the least information (−log2 of the
	// probability of its draws) a FillerRun-word run of filler must carry.
	// The chance that two filler articles of L words share a run is at most
	// about L²·2^−bits. Share of filler-article pairs sharing an 8-word run,
	// measured (reprint-gen --measure, seed 1): 0 bits (rule off) 3.6e-3
	// and 20 bits 6.5e-5 on 2,000 articles; on 5,000 articles (12.5 million
	// pairs) 24 bits 5.0e-6, 28 bits 4.0e-7, 32 bits 8.0e-8 (one pair).
	// Each bit costs fluency (at 32 bits a third of the words come from
	// the order-1 chain or the unigram). At 32 bits a million-article
	// corpus (5·10^11 pairs) still holds some 40,000 unrelated pairs with
	// one shared run each, against 300,000 planted pairs that share whole
	// passages.
	DefaultMinRunBits = 32
	// MaxTries is the number of draws from one list before falling back:
	// enough for contexts with several successors, cheap for dead ones.
	MaxTries = 8
	// MinSentenceWords: a sentence-final token is refused before this many
	// words, so the chain does not emit "Worm. Explore." fragments.
	MinSentenceWords = 4
	// MaxSentenceWords is the length after which a sentence looks for a
	// sentence-final token (and is cut with a full stop at twice this):
	// news sentences average 20–25 words, few exceed 40.
	MaxSentenceWords = 40
	// MinParaSentences and MaxParaSentences bound a filler paragraph: news
	// paragraphs are short, 2–5 sentences.
	MinParaSentences = 2
	MaxParaSentences = 5
	// TitleMinWords and TitleMaxWords bound a generated headline.
	TitleMinWords = 5
	TitleMaxWords = 12
)

// Article lengths.
const (
	// MedianWords is the median article length in words; news articles
	// run 400–1000 words, wire stories about 600.
	MedianWords = 600
	// LengthSigma is the σ of the log-normal length: 0.5 puts 90% of
	// articles between 260 and 1370 words, mean 680.
	LengthSigma = 0.5
	// MinWords and MaxWords clamp the length: briefs and long reads.
	MinWords = 120
	MaxWords = 3000
)

// Originals.
const (
	// MaxRealParas is the number of pool slots per article and the most
	// real paragraphs an original holds ("a few").
	MaxRealParas = 3
	// RealShareMax bounds the real paragraphs' share of an original (after
	// the first), so originals stay mostly filler as the brief asks.
	RealShareMax = 0.7
)

// Derived articles.
const (
	// MaxLag bounds how far back a source is: with one article a minute,
	// 10,000 articles is about a week.
	MaxLag = 10_000
	// CacheSize is the number of recent articles kept so that a derived
	// article finds its source without regenerating it: with lags
	// log-uniform up to MaxLag, about 80% of sources are this recent. It
	// costs about 30 MB and does not grow with the corpus.
	CacheSize = 2048
	// SourceTries is the number of earlier articles tried for a source of
	// the right kind before giving up (then the article is an original);
	// with 70% originals a try almost never fails.
	SourceTries = 64
	// MaxChainDepth bounds chains: a derived article derives at most this
	// many steps from an original.
	MaxChainDepth = 3

	// CopyNewTitleProb and CopyCreditProb: reprints keep or change the
	// headline about equally often; half carry a credit line.
	CopyNewTitleProb = 0.5
	CopyCreditProb   = 0.5

	// MinPartialShare, MaxPartialShare: the planted part of the source, as
	// the brief asks (10–60%).
	MinPartialShare = 0.10
	MaxPartialShare = 0.60
	// MaxPassages is the most passages planted by one partial.
	MaxPassages = 3

	// Light rewrite: 10–15% of words edited; about one sentence in twenty
	// dropped and one in twenty swapped with the next; drops stop at
	// LightMaxDrop of the words, so a short source is not gutted.
	LightEditMin  = 0.10
	LightEditMax  = 0.15
	LightDropProb = 0.05
	LightSwapProb = 0.05
	LightMaxDrop  = 0.10

	// Heavy rewrite: 35–50% of words edited; 10% of sentences dropped (at
	// most 25% of the words), 30%
	// of those with a clause boundary split there, 20% of short pairs
	// merged, order shuffled within 4 places.
	HeavyEditMin       = 0.35
	HeavyEditMax       = 0.50
	HeavyDropProb      = 0.10
	HeavyMaxDrop       = 0.25
	HeavySplitProb     = 0.30
	HeavyMergeProb     = 0.20
	HeavyShuffleWindow = 4

	// SubstituteWeight and DeleteWeight split word edits; insertions take
	// the rest. Substitution dominates human rewording.
	SubstituteWeight = 0.6
	DeleteWeight     = 0.2
)

// Interval is the mean time between two articles' publication.
const Interval = time.Minute

// DefaultStart is the publication time of article 0.
var DefaultStart = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
