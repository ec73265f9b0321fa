// Package judge names the relation between two articles from the passages
// they share.
//
// The evidence is measured on each side of a pair: the share of its words
// in unbroken runs of at least 3, 8 and 32 words found word for word in the
// other article, the share inside verbatim and rewrite passages, and the
// IDF-weighted cosine of the two articles' content terms. The relation is
// read off the derived side, the one more of whose words are reused: a wire
// story copied into a longer article covers the story, not the article.
//
//	reused = a passage, and run3 ≥ ReuseMin or verbatim + rewrite ≥ RewriteMin
//	reused and run8  ≥ CopyMin                 → copy
//	reused and run32 ≥ CutMin                  → partial-copy
//	reused, verbatim ≥ rewrite > 0 and
//	  run8 ≥ VerbatimRunShare × verbatim       → partial-copy
//	reused                                     → rewrite
//	a verbatim passage                         → same-story
//	any passage, or similarity ≥ SameStoryMin
//	  over ≥ SameStoryMinTerms shared terms;
//	  where capitals mark names, with
//	  ≥ SameStoryMinFacts shared names
//	  or figures                               → same-story
//	otherwise                                  → unrelated
//
// Why runs: how much two texts share does not tell copying from rewriting
// (a light rewrite shares as many words as a cut-and-paste answer); how
// the shared words come does. Copying leaves long unbroken runs, rewriting
// breaks them into phrases. On Clough–Stevenson, thresholds on run3 (how
// much is shared at all) and run32 (how much in long runs) separate the
// classes better than any containment, alignment coverage or naive Bayes
// combination tried (clough's package doc has the table). The thresholds
// are named constants with the folds they come from. A reused text whose
// words lie mostly in verbatim passages, themselves mostly in runs of 8 or
// more words, is a partial-copy even when its runs fall short of CutMin: a passage found word for word is never called a
// rewrite.
//
// # Extent
//
// Beside how a text was taken, a pair says how much of it: its Extent,
// whole, part or none, of the derived article (or, when the direction is
// unknown, of the side more of whose words are reused). The measure is the
// share of the derived article's words inside the pair's passages,
// verbatim or rewritten: at least WholeMin is the whole article. Any pair
// whose relation shows reuse is at least a part; so is a pair without it
// whose term similarity reaches PartSimilarityMin: a newspaper story that
// retells part of an agency story in its own sentences shares its names,
// figures and facts. The thresholds were fitted on COUNTER's development
// half and Clough–Stevenson (see the constants). A pair without reuse is
// a part by its similarity only when the derived article draws at least
// VocabularyMin of its words from the other's vocabulary (Run1, the words
// found in the other at all; Foreign): two reports of one event share
// names and figures, but each keeps its own words. Once the direction is
// known (package engine), the same measure reads a rewrite: a derived
// article that draws under VocabularyMin of its words from the other,
// with no verbatim passage, over passages covering at least RetoldMin of
// it (Retold), is the same story told again, of extent none; under
// RetoldMin the passages lie in a host, a long document whose vocabulary
// is not theirs. Relation and extent are
// independent, so a paragraph copied word for word into a long article is
// a partial-copy of extent part, and a thorough rewrite of a whole story a
// rewrite of extent whole.
//
// # Thresholds
//
// The bars are named constants, the documented defaults. A caller that
// wants other bars (reprint's --copy-min, --reuse-min, … flags) passes a
// Thresholds value, whose Judge and ExtentOf methods read the evidence
// against it; its zero fields mean the defaults, and the package's Judge
// and ExtentOf are those of DefaultThresholds.
package judge
