// Package clough evaluates reprint on the Corpus of Plagiarised Short
// Answers (Clough and Stevenson 2011): 95 answers of 200–300 words to five
// computer-science questions (tasks a–e), each written from a Wikipedia
// source in one of four ways — cut (copy and paste), light revision, heavy
// revision, or non (without the source) — 19 cut, 19 light, 19 heavy and
// 38 non. It reads the corpus, measures each answer against its task's
// source, and cross-validates a classifier of the four categories by
// leaving one task out.
//
//	file_list.csv ──► labels ─┐
//	corpus-20090418 ──► ingest ─► Answer, Sources ──► Extractor ──► Sample{Features}
//	                                                                   │
//	                        LeaveOneTaskOut: for each task, Fitter on the other four,
//	                        predict the held-out one ──► Report (accuracies, confusion)
//
// # Reading
//
// [Open] reads the labels from file_list.csv (the spreadsheet
// corpus-final09.xls converted; header File,Group,Person,Task,Category,...)
// and the texts through package ingest, which detects each file's
// encoding. Of the 100 files, 17 answers are Windows-1252 (curly quotes
// 0x91–0x94, dashes 0x96/0x97, bullet 0x95, ellipsis 0x85) and the rest
// ASCII or UTF-8; line ends mix CRLF and LF. All read without rejection.
// Oddities found:
//
//   - g2pA_taske.txt is UTF-8 holding U+0091 and U+0092: Windows-1252
//     quotes once decoded as ISO 8859-1 and saved as UTF-8. Open maps C1
//     controls to their Windows-1252 characters and records a Note. (The
//     tokenizer would split at them anyway, so matching is unaffected.)
//   - `file` calls g4pE_taska.txt "Apache Avro" (it starts "Obj"); it is
//     plain text and ingest reads it as such.
//   - g2pE_taskc.txt and g4pD_taskb.txt are labelled cut but share almost
//     nothing with their source excerpt (3-gram containment 0.000 and
//     0.013): they were pasted from parts of the Wikipedia articles that
//     orig_taskc/orig_taskb.txt do not hold ("Information retrieval"; the
//     "Simplified algorithm" section of PageRank). No method that compares
//     an answer with its given source can call them reused, so 2-class
//     accuracy is at most 93/95 = 0.979.
//   - No BOMs, and the labels are clean: 95 rows, no source rows, names
//     consistent with their Group/Person/Task columns, 19 answers per
//     task, though not balanced by category within a task (task a has 4
//     cut and 9 non, task d 4 cut and 6 non).
//   - The text of g2pE_taskc.txt starts "nformation": its first letter is
//     missing in the original.
//
// Texts are not run through package clean. The answers have no page
// chrome; what the cleaner does remove is formulas — "P(A|B) =
// (P(B|A)P(A))/P(B)" in 7 answers and in the task d source, scored as
// markup (TestCleanerNotUsed) — and those are content.
//
// # Features
//
// An [Extractor] measures an answer against its source; [Corpus.Samples]
// runs it over the corpus, so a caller can plug in other aligners, and the
// per-answer [Features] are exported (JSON keyed by feature name) for
// calibrating reprint's relation thresholds. [DefaultExtractor] computes,
// on analysis tokens:
//
//	verbatim_answer/source  share of words inside package align's passages
//	contain1 … contain5     word n-gram containment of the answer in the source
//	lcs                     longest common subsequence / answer words
//	run2 … run32            share of answer words inside an unbroken common
//	                        run of ≥ k words (greedy-string-tiling coverage)
//	rewrite_answer/source   share of words inside package rewrite's passages
//
// Everything is deterministic; the whole corpus takes about 0.2 s.
//
// # Classifier and measurements
//
// The categories are ordinal (cut > light > heavy > non in verbatim
// reuse). Every model is fitted on four tasks and tested on the fifth
// ([LeaveOneTaskOut]), so nothing about the held-out question or its
// source is seen in fitting, feature choice included. Accuracies over the
// 95 held-out predictions (TestModels reruns every row):
//
//	model                                           4-class  2-class
//	thresholds on one score (FitCuts):
//	  verbatim_answer                                0.537    0.926
//	  lcs                                            0.600    0.895
//	  contain5                                       0.611    0.905
//	  contain1                                       0.705    0.937
//	  contain2                                       0.716    0.947
//	  run32                                          0.589    0.663
//	  run3                                           0.747    0.968
//	thresholds on a fitted linear score (simplex grid, step 0.05):
//	  contain1 + lcs                                 0.716    0.947
//	  run3 + run32                                   0.768    0.968
//	Gaussian naive Bayes (Clough & Stevenson's model family):
//	  contain1–5 + lcs (their features)              0.705    0.958
//	  all features but rewrite                       0.695    0.937
//	nearest centroid (standardised):
//	  contain1–5 + lcs                               0.663    0.905
//	  all features but rewrite                       0.705    0.937
//	cascade (below), candidates per level:
//	  contain1–5 + lcs                               0.642    0.905
//	  all features but rewrite                       0.758    0.916
//	  run3 / run32 / run3, fixed (picked after looking) 0.821  0.968
//	  run2 … run32 at every level (chosen)           0.811    0.968
//
// The chosen model, [Cascade] with [DefaultCascade], is a three-level
// ordinal tree: reused or not, then cut or revised, then light or heavy,
// each level one threshold on one feature, both fitted on the training
// tasks (the feature with most training answers right among the run
// coverages, the threshold by exhaustive search over gap midpoints). It
// settles in every fold on run3 (≥ 0.18–0.19: shares 3-word runs), run32
// (≥ 0.16–0.21: pasted runs of 32 words) and run2 (≥ 0.77):
//
//	truth\pred   non heavy light  cut   recall
//	non           38     0     0    0    1.000
//	heavy          1    16     0    2    0.842
//	light          0     9     7    3    0.368
//	cut            2     1     0   16    0.842
//
// 4-class accuracy 77/95 = 0.811 and 2-class 92/95 = 0.968, against the
// project's targets of 0.80 and 0.95. The 2-class prediction is the
// cascade's first level, which is the 4-class prediction collapsed; a
// separately fitted binary threshold ([ThresholdModel]'s Binary, reported
// as Accuracy2Binary) differs only for some single-score models (contain1
// 0.937 collapsed, 0.916 binary). Of the three 2-class errors two are the
// cut answers pasted from outside the excerpt; the third is the heavy
// revision g4pE_taska.txt. Light revision is the hard class: 9 of the 19
// light answers share no more, and no more verbatim, than the heavy ones,
// and go to heavy.
//
// What the measurements say. Amount of overlap alone (containment, LCS,
// aligner coverage) confuses cut with light, because a cut answer may
// paste a little and a light one much: what marks cut is that what it
// shares comes in long unbroken runs (run32), which is a different
// question from how much it shares (run3). The ordinal tree asks the two
// questions separately; a single score or a linear mix of the two cannot.
// Package align's coverage is near 1 for cut, light and many heavy
// answers alike (its bag seeds and gap bridging are built to survive
// edits), so it separates reused from non but not the kinds of reuse.
// Offering more candidate features per level lowers accuracy (0.758 with
// all): with 76 training answers, choosing by training accuracy overfits.
// The run3/run32/run3 row shows the optimism of choosing after looking at
// the test folds: 0.821 against 0.811 for the rule that chooses inside
// each fold.
//
// The rewrite aligner's coverage (package rewrite, under development) is
// computed but used by no measured row: on the same texts its LOTO 2-class
// accuracy as a single threshold moved from 0.968 to 0.979 to 0.884 across
// three runs while this package was written, as that package changed.
// At its best it got 93 of the 95 reused-or-not decisions right.
//
// # Published figures
//
// Clough and Stevenson (2011, Language Resources and Evaluation 45(1):
// 5–24) classify the answers with naive Bayes on n-gram containment
// (n = 1…5) and normalised LCS. The brief for this package quotes about
// 0.80 for their 4-class accuracy; we could not retrieve the paper's
// results section to confirm the figure or their cross-validation
// protocol, which was not leave-one-task-out as far as we know. Their
// model family on their features, under our stricter protocol, gives
// 0.705 and 0.958 (row "naive Bayes contain1–5 + lcs").
package clough
