// Package rewrite finds rewritten passages: text that one article takes
// from another and rewords — synonyms, reordered clauses, split and merged
// sentences, summaries — where the verbatim aligner (package align) sees
// only scattered shared words. It works a sentence at a time: sentence
// similarity from content words, then a monotone alignment of the two
// sentence sequences.
//
//	a sentences ─► features ─┐                         ┌─► units: links ≥ MinSimilarity,
//	                         ├─► candidates ─► scores ─┤   1–2 / 2–1 merges
//	b sentences ─► features ─┘   (shared      (merge of │
//	              (terms, IDF,    term, via    sorted   └─► chain (monotone DP) ─► out-of-order
//	               grams)         b's index)   arrays)       pass ─► runs ─► passages
//
// # Features
//
// An [Analyzer] turns each sentence into two sorted arrays:
//
//   - terms, each a uint64 ID with its kind in the top three bits and a
//     weight: the Snowball stem of every content word (a word not on the
//     stop list, lower-cased) in the document's language (see Languages
//     below); named entities (a run of capitalised
//     words, not counting a sentence-initial stop word or common opener
//     such as "Earlier"; acronyms such as US, G7, UK, which stay entities
//     even where the lower-case word is a stop word); numbers in digits,
//     normalised ("30-day" → 30, "10,000" → 10000, "8.4") and the number
//     words two to twenty; and quoted words, content words inside double
//     quotation marks, counted again as their own kind because quotations
//     survive rewrites verbatim.
//   - character 4-grams of each content word padded with a marker
//     ("_war_"), packed into a uint32: they see that "criticised" and
//     "criticized" (stems "criticis", "critic") or "Frasier" and "Fraser"
//     are nearly the same word.
//
// Aligner.Prepare keeps the features of a text, packed, in a [Doc], to be
// aligned with many others without analysing it again (see Prepared
// documents below).
//
// A term's weight is IDF × kind weight × local weight. The [IDF] comes from
// the corpus being compared (Analyzer.Terms then IDF.Add per document);
// with fewer than [MinIDFDocs] documents, or a nil IDF, every term weighs 1,
// because with a pair alone document frequency only says whether a term is
// in one text or both, and the shared terms are the evidence sought. Kind
// weights: entities count on top of their words' stems ([WeightEntity]),
// numbers 1.5 ([WeightNumber]), quoted words on top of their stems
// ([WeightQuoted]). The local weight 1/(1+ln k), for a term in k sentences
// of its own text, damps the text's topic: two articles on annuities share
// "annuity" in sentence after sentence without sharing any text.
//
// # Languages
//
// Each document's language is identified from its first LanguagePrefix
// bytes (github.com/RadhiFadlillah/whatlanggo, trigram profiles). A
// document reliably in one of the 14 other languages with a Snowball
// stemmer (German, Spanish, French, Italian, Portuguese, Dutch, Russian,
// the Nordic languages, Finnish, Hungarian, Romanian, Turkish) has every
// word stemmed in its language, whatever its script; English, and any
// document not identified reliably, keep the English path (ASCII words
// stemmed), so English terms are as they were. Languages without a
// stemmer (Urdu, Chinese, Greek, Polish, …) keep words as tokenized:
// Arabic-script words folded, CJK bigrams. A language with a stemmer has
// its Snowball stop list too (package stopword), beside the English list
// every document keeps: on the story sets in German, French and
// Portuguese, the unrelated story of each set had shared enough "der",
// "und", "que" and "não" with the others to pass the same-story bar;
// with the lists it is related to nothing. In a text outside English
// (and beyond its list) a word in at least FrequentShare of the corpus's
// documents is its function word and is left out the same way (Urdu
// "کے", "نے"; German "der"): on COUNTER this moved macro-F1 of the extent
// from 0.709 to 0.711 and 2-class accuracy from 0.813 to 0.817, and
// nothing English (PAN, Clough–Stevenson) moved. A pair compared alone
// has no corpus: its function words stay terms, weighing 1 like the rest.
// Identification was right for all 600 COUNTER stories (Urdu) and 100
// Clough–Stevenson texts (English), and for 839 of 849 single Clough
// sentences (98.8%; wrong: Portuguese 5, Spanish 2, German, French,
// Kurdish) and 588 of 600 COUNTER headlines (98%; Persian 6, none 6).
//
// # Similarity
//
// Two sentences (or a merged pair and a sentence) score
//
//	sim = WeightTerms · Σshared(wa + wb) / (Σwa + Σwb)  +  WeightGrams · 2|Ga ∩ Gb| / (|Ga| + |Gb|)
//
// an IDF-weighted Dice coefficient of the terms plus a plain Dice
// coefficient of the grams, WeightTerms = 0.75 and WeightGrams = 0.25; both
// are single merges of sorted arrays, with no allocation. Identical
// sentences score 1, sentences sharing no content word 0 (sentences that
// share no term are never scored at all).
//
// # Alignment
//
// Candidate pairs are the sentence pairs sharing a term, found through an
// inverted index of b's terms; a term in more than MaxTermSentences
// sentences of b is not used to find them. Sentences with fewer than
// MinTerms terms (headings, captions, fragments) are not aligned. Pairs
// scoring at least MergeFloor are links; a link of at least MinSimilarity
// is a 1–1 unit, and two links of neighbouring sentences make a 2–1 or 1–2
// merge unit when the merged pair scores at least MinSimilarity and at
// least as high as each link alone.
//
// The alignment is the heaviest chain of units strictly increasing in both
// texts, a unit weighing sim × size (size 1 for a link, 1.5 for a merge).
// This is the Needleman–Wunsch / Gale–Church dynamic programme with free
// skips, computed sparsely: units sorted by their first a sentence, each
// one's best predecessor found in a Fenwick tree of prefix maxima over b,
// in O(u log m) for u units. Being sparse, it needs no band around the
// diagonal: only the candidate pairs, at most MaxCandidates, are scored,
// and the chain costs O(u log m) whatever the texts' lengths. Skips are
// free because a rewrite drops and adds sentences, and a summary skips most
// of its source.
//
// News rewrites keep the order of their source, mostly; a moved paragraph
// is caught by a second pass that adds, best first, units of at least
// OutOfOrderSimilarity whose sentences the chain left unaligned on both
// sides. Only 1–1, 1–2 and 2–1 units exist: a summary sentence that draws
// on three source sentences is linked to its best one or two, and the
// passage spans the rest.
//
// # Passages
//
// Chosen units, in a order, join a run when they follow its last unit in
// both texts with at most MaxGap unaligned sentences on the closer side and
// MaxSkip on the other: a rewrite keeps its sentences close, a summary
// (a few sentences in one text) skips many in its source. A run is a
// passage when its weight Σ sim × size reaches MinPassageWeight; a single
// unit never does (at most 1.5 < 1.6), so a passage rests on at least two
// aligned units. The passage spans, in each text, from the start of its
// first sentence to the end of its last; its Score is the size-weighted
// mean similarity. Runs are taken heaviest first: one overlapping a kept
// passage in both texts merges into it (a reordered part of the same
// reuse), one overlapping it in one text only is dropped.
//
// # Measured choices
//
// The defaults were set on the PAN 2013 text-alignment training corpus
// (TestPAN, TestPANTune; IDF over the documents of the pairs run):
// plagdet on 04-translation-obfuscation (cyclic machine translation) and
// 05-summary-obfuscation (a human summary of a whole DUC news article),
// against the share of the 1,000 01-no-plagiarism pairs with any
// detection, which must stay at or below 1%. 01's pairs are on one topic
// each, which makes them a hard test of false positives. At the defaults:
//
//	                                     04 plagdet   05 plagdet   01 pairs with detections
//	rewrite alone                        0.741        0.644        5 (0.5%)
//	with align, verbatim wins on overlap 0.899        0.318        8 (0.8%)
//	with align, union on overlap         0.882        0.615        8 (0.8%)
//	align alone (its package doc)        0.882        0.188        3
//
// Changing one thing from the defaults (rewrite alone):
//
//	change                               04      05      01
//	MinSimilarity 0.3 → 0.4              0.71    0.54    0.1%
//	MergeFloor 0.12 → 0.3 (few merges)   0.71    0.58    0.3%
//	MinPassageWeight 1.6 → 1.3           0.79    0.68    1.4%
//	MinPassageWeight 1.6 → 1.4           0.78    0.68    1.1%
//	MaxGap 2 → 3                         0.75    0.66    0.9%
//	MaxSkip 80 → 40                      0.75    0.62    0.4%
//	MaxSkip 80 → 6 (rewrite-like)        0.76    0.28    0.2%
//	MinTerms 4 → 1                       0.78    0.66    0.9%
//	no local (topic) damping             0.73    0.66    2.4%
//	no entity terms (WeightEntity 0)     0.76    0.65    1.7%
//	WeightNumber 1.5 → 1.0 / 2.5         0.74    0.64    0.7% / 0.6%
//	WeightTerms/Grams 0.6/0.4            0.75    0.66    0.9%
//	WeightTerms/Grams 0.9/0.1            0.73    0.62    0.7%
//	WeightTerms/Grams 1/0 (no grams)     0.72    0.59    0.7%
//	no out-of-order pass                 0.72    0.65    0.5%
//
// In words: the false positives on 01 are pairs of pages on one topic
// (kiwifruit, annuities, obsessive-compulsive disorder) whose sentences
// share the topic words; three things keep them out: a passage needs two
// or more aligned units (MinPassageWeight), topic words are damped by the
// local weight, and entity terms make a match on names and numbers count
// for more than one on the topic noun. Summaries (05) need the passage to
// bridge long stretches of the source (MaxSkip 80, effectively unbounded
// for a news article): every 05 case is a summary of a whole source
// article, so the detected source span must run from the first to the
// last source sentence the summary draws on. The grams add about 0.02 on
// 04 and 0.05 on 05 at no cost in false positives.
//
// Combining with the verbatim aligner: on 05 the rewrite passage of a
// summary is far longer in the source than the verbatim pieces inside it,
// so letting verbatim win there halves 05; a union of overlapping passages
// (a rewrite passage absorbs the verbatim passages it overlaps in both
// texts) keeps both 04 and 05 above their targets (0.80 and 0.50). On 04,
// verbatim-wins is 0.017 better: a caller can choose per relation, or
// union only when the rewrite passage is much longer (tried: twice as
// long on either side gave 04 0.878 / 05 0.612, no better than union).
//
// On the seeds (nil IDF), the rewrite passages cover 0.80 of 002 and 0.84
// of 003 against 001, and 0.94 of 004 against 000; 002, 003 and 004 get no
// passage against a PAN source document on another subject.
//
// # Cost and caps
//
// BenchmarkAlign (two news articles of about 1,800 words, 99 and 85
// sentences, on one story so that nearly every sentence pair shares a
// term and is scored, 8,400 pairs): 5.1 ms per pair on one core
// (-cpu 1), 195 pairs/s, 50 allocations (the result), none per scored
// pair; 6.8 ms with a new Aligner per pair. The merge of the gram
// arrays is the largest cost. The three PAN folders (3,185 pairs) run in
// about 8 s on 2 cores.
//
// Every superlinear step is bounded, and Result.Capped says when a bound
// was reached, with Result.CapReason naming it:
//
//   - MaxSentences (3,000): sentences (and chunks) per text
//     ("max-sentences"); the rest are ignored. One PAN source document
//     has 4,500 sentences.
//   - MaxCandidates (2²⁰): sentence pairs scored per Align
//     ("max-candidates"), about 0.2 s of scoring.
//   - MaxTermSentences (64): a term in more sentences of b finds no
//     candidates (counted in Stats.FrequentTerms, not a cap).
//   - MaxSentenceWords (80): longer sentences are cut into chunks, so a
//     text without sentence punctuation still aligns (Stats.Chunked).
//
// # Prepared documents
//
// Align analyses both its texts on every call: tokens, stems, terms, IDF
// lookups, grams. A scan aligns each document with about ten candidates,
// and most pairs share little, so analysis was most of its cost (a CPU
// profile of a PAN scan: Align 75% of the time, analysis 44%, IDF lookups
// 10%). Aligner.Prepare analyses a text once into a Doc, which depends on
// its own text and the IDF only; AlignDocs aligns two Docs and gives the
// Result Align gives, to the bit (TestAlignDocsSeeds, TestAlignDocsRandom,
// TestAlignDocsPAN). Per pair, on one core of a shared, busy machine
// (the ranges are the quieter runs; the ratios held in every run):
//
//	                                           Align        AlignDocs
//	PAN 2013 pair (BenchmarkCorpusPairs:       2.1–2.5 ms   0.66–0.72 ms
//	  every 10th pair, all folders, corpus IDF)
//	one-story pair (BenchmarkAlign, …Docs)     4.8–5.5 ms   3.6–3.8 ms
//
// Prepare runs at 15 MB/s (0.73 ms, 4 allocations) on one 11 KB article
// with the prior weights (BenchmarkPrepare), 8 MB/s over PAN 2013 with a
// corpus IDF (BenchmarkCorpusPrepare). A scan pays one Prepare per
// document instead of two analyses per pair; what is left of a PAN pair
// is a third of its Align.
//
// Docs are kept for the whole scan, so they are packed (see Doc): a term
// weighs the same in every sentence of its text, so a Doc keeps each
// distinct term and its weight once and each sentence a list of varint
// gaps between indexes into it; grams are recoded densely (the 28 bytes
// NUL, '_' and a–z in base 28, below 2²⁰) and kept as varint gaps, 2.1
// bytes a gram instead of 4. On PAN 2013 (5,057 documents, 30 MB of text;
// BenchmarkCorpusPrepare) the Docs take 59 MB: 187 bytes per sentence of
// 44 grams and 10.5 terms, 1.93 bytes per byte of text, against 365 bytes
// per sentence unpacked. A corpus of 5,000 articles of 30 KB would take
// about 290 MB. AlignDocs unpacks both Docs into its scratch buffers at
// 8–16 ns per gram (BenchmarkUnpack), a few percent of a PAN pair, and
// allocates only the Result, as Align does (TestAlignDocsAllocs).
//
// # Language
//
// Number words are English; stemming and stop words follow the
// document's language as Languages above says. A language without a
// stemmer (Urdu, Greek) aligns on exact word forms plus the character
// grams, which catch some inflection; entities need capital letters, which
// scripts such as Urdu do not have, and in German, which capitalises every
// noun, they count nouns too. Sentence spans come from the caller
// (package sentence), who knows the language.
//
// # Limitations
//
// Units merge at most two sentences per side. Quotation state is tracked
// within a sentence only, so a quotation running over several sentences
// counts as quoted only in the sentence that opens it with a mark; single
// quotation marks are not read (they cannot be told from apostrophes).
// Out-of-order units are found only where both sides were left unaligned
// by the main chain.
package rewrite
