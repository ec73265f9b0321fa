// Package pan reads PAN text-alignment corpora (PAN@CLEF 2013,
// pan13-train), writes and reads detection files, and scores detections
// with a Go port of the official measures (pan13-text-alignment-
// perfmeasures.py, macro-averaged), so that reprint can be measured on
// published ground truth with the numbers the literature reports.
//
// # Corpus
//
// A corpus is a directory of source documents (src/), suspicious documents
// (susp/), a pairs file listing the (suspicious, source) pairs to compare,
// and one folder per obfuscation (01-no-plagiarism, 02-no-obfuscation,
// 03-random-obfuscation, 04-translation-obfuscation, 05-summary-obfuscation),
// each with its own pairs file and one ground-truth XML per pair. The XML
// format is described in xml.go; a reuse is an annotation of two ranges,
// one in each document.
//
// # Code points, not bytes
//
// PAN offsets and lengths count Unicode code points of the UTF-8-decoded
// text. reprint works in byte offsets (reprint.Span), so the conversion
// happens at this package's edge: a [Detector] returns byte spans, [Run]
// converts them with reprint.RuneOffsets before writing or scoring, and
// [ByteSpans] converts truth to bytes for a detector or an oracle.
// [Passage] and [Case] are in code points; [Detection] is in bytes.
//
// # Measures
//
// Let S be the set of cases and R the set of detections, each an annotation
// s = (s_this, s_src) of two character ranges of one pair; |s| =
// |s_this| + |s_src|. A detection r detects a case s when they belong to
// the same pair and their ranges overlap on both sides. Then, exactly as
// the official script computes them:
//
//	rec(S, R)  = 1/|S| · Σ_{s∈S} |s ⊓ ∪{r ∈ R : r detects s}| / |s|
//	prec(S, R) = 1/|R| · Σ_{r∈R} |r ⊓ ∪{s ∈ S : r detects s}| / |r|
//	gran(S, R) = 1/|S_R| · Σ_{s∈S_R} |{r ∈ R : r detects s}|,  S_R = {s ∈ S : some r detects s}
//	plagdet    = F1(rec, prec) / log2(1 + gran),  F1 = 2·rec·prec / (rec + prec)
//
// where s ⊓ X counts the characters of s, both sides added, that X covers.
// The averages run over all cases and detections of the evaluated set
// (macro-averaging over annotations, not over pairs), and annotations are a
// set: a detection written twice counts once.
//
// Edge rules, also from the script: with no cases and no detections recall
// and precision are 1; with either set empty but not both, both are 0.
// Granularity is 1 when there are no detections or no detected case.
// plagdet is 0 when recall and precision are both 0. "Overlap" is the
// script's test off2+len2 > off1 && off2 < off1+len1 on each side, under
// which an empty range strictly inside another overlaps it. An annotation
// of no characters at all makes the script divide by zero; here it scores
// 0, and [Run] drops such detections and counts them.
//
// A consequence worth knowing: a folder with no cases (01-no-plagiarism)
// scores plagdet 1 with no detections and 0 with a single one, so [Report]
// also counts the caseless pairs that got any detection.
//
// The test TestOfficialScript runs the unmodified script (under Python 2.7,
// or Python 3 after lib2to3, with a small stand-in for the two numpy
// functions it uses) on synthetic detections for real pairs and checks
// that both agree to 1e-9.
package pan
