// Package aeb runs the Zyte (Scrapinghub) article extraction benchmark and
// scores it exactly as the benchmark's own evaluate.py does.
//
// The benchmark is 181 article pages (dir/html/<key>.html.gz) with the
// true article body of each (dir/ground-truth.json). evaluate.py compares
// a predicted body with the true one by word 4-gram shingles:
//
//	text ──\w+──► tokens ──4-grams──► shingle counts ──► tp, fp, fn ──÷ sum──► per page
//	                                                                          │
//	precision = mean over pages with tp+fp > 0 of precision_score  ◄──────────┤
//	recall    = mean over pages with tp+fn > 0 of recall_score     ◄──────────┘
//	F1        = 2·P·R / (P + R)   (of the means, not a mean of per-page F1)
//
// Faithful details: tokens are Python's \w+ (letters and numbers of every
// script and '_', but no combining marks; see IsWordRune); shingles count
// with multiplicity; a text of 1–3 tokens makes one short shingle and an
// empty text none (evaluate.py's max(1, len-n+1) and `if shingle`); per-page
// counts are normalised to sum 1; a page with no false positive and no false
// negative scores precision and recall 1 (so a page whose truth and
// prediction are both empty is excluded from both means, but one with
// identical short text counts 1); accuracy is exact equality of the token
// lists. Means are exact, like statistics.mean, so the Go figures equal
// evaluate.py's to the last bit (checked by TestRunCorpus when python3 is
// installed). evaluate.py's bootstrap deviations are not computed.
//
// Run reads the pages once, runs every named extractor on each
// concurrently, and reports per extractor; an extractor error counts as an
// empty prediction and as a failure.
package aeb
