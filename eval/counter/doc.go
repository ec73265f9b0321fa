// Package counter evaluates how much of an article reprint says was taken,
// on COUNTER (COrpus of Urdu News TExt Reuse; Sharjeel, Nawab, Rayson et
// al. 2016): news agency stories and the newspaper stories written from
// them, each newspaper story labelled wholly derived (WD), partially
// derived (PD) or non-derived (ND) from its agency story.
//
// A folder holds NNNN.xml (the agency story) and NNNNp.xml (the newspaper
// story, with the label in the classification attribute of its root
// element); the text of each is its headline and body. Evaluate writes
// every story as a plain-text file into a temporary folder and scans them
// all at once with the engine, as `reprint scan` would (the corpus gives
// the term weights, and a pair the candidate search does not propose is
// unrelated), then maps each agency–newspaper pair to a class:
//
//	extent whole → WD      extent part → PD      extent none, or no pair → ND
//
// The measures are the corpus's standard ones: 3-class accuracy, per-class
// precision, recall and F1, their macro average, the confusion matrix, and
// 2-class accuracy (derived = WD or PD against ND).
//
// The extent's thresholds (judge.WholeMin, judge.PartSimilarityMin) were
// fitted on tables of each pair's evidence that the tests write on request:
//
//	REPRINT_COUNTER_DUMP=counter.tsv go test ./eval/counter -run TestDumpFeatures
//	REPRINT_CLOUGH_DUMP=clough.tsv go test ./eval/counter -run TestDumpClough
//
// then a grid over the thresholds for COUNTER's 3-class macro-F1, checked
// for Clough–Stevenson's 2-class accuracy (derived answers part or whole).
//
// Rules on signals the engine does not compute are fitted on one half of
// the pairs and read on the other: letter-gram containment
// (TestLetterGramFit) and word-bigram containment, the measure of the
// METER corpus (TestWordGramFit), both with REPRINT_COUNTER_FIT=out.txt.
// Neither is used: BENCHMARKS.md gives the figures.
//
// The corpus is for evaluation and research only (CC BY-NC-SA 4.0): it is
// read in place and never copied into the repository. Only the
// development half (the odd-numbered pairs, ../shared/corpora/counter-dev)
// may be tuned on.
package counter
