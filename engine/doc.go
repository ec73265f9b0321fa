// Package engine is reprint as a library: the pipeline that the command,
// the coming HTTP server and the coming distributed pipeline all call.
//
//	paths ──► Read (ingest + per-article cleaning) ──► ReadAll (+ corpus layer, spilled to disk)
//	                                                       │
//	   batch:   Detect (detect.Run: the texts and their keys in memory) ─► Judge ─► report.Scan
//	   archive: Archive.Add ─► Store (texts, posting keys, term counts, pairs)
//	            Archive.Check(article) ─► report.Scan of the article and what it is related to
//	            Archive.Scan ─► Judge over the stored pairs ─► report.Scan
//
// Judge is the provenance stage: from the related pairs it judges each
// pair's direction (dates, containment, credit, quotations, details,
// witnesses), checks the derived article's credit and quotations, and
// groups articles into stories with their lineage.
//
// # The archive
//
// An archive remembers what it has read. Per article a [Store] keeps its
// metadata, its cleaned text (compressed), the keys of every candidate
// signal of detect (the exact key, winnowed 5-gram fingerprints, winnowed
// content-word pairs, content terms; [detect.Keys]) as posting lists, the
// document frequency of each term, and the related pairs found.
//
// Add works in two phases, each in batches of addBatch articles:
//
//  1. Index. Each article is analysed (on all cores) for its keys; an id
//     archived with the same content hash is left alone, one with another
//     hash is replaced (its postings, term counts and pairs removed). The
//     batch's articles, postings and term counts commit in one
//     transaction, the articles marked pending.
//  2. Match. For each pending article, in Seq order, the archived
//     articles before it that share keys vote, per signal, as detect.Run
//     counts them: the same word stream, two fingerprints, four content-word
//     pairs, four of its rarest terms (also among the other's rarest).
//     Posting lists longer than the signal's cap are skipped and counted,
//     as Run skips such keys. The candidates' texts are read back,
//     analysed again and aligned with the article, under the IDF of the
//     whole archive; related pairs are stored and the article stops being
//     pending, in one transaction per batch.
//
// Nothing holds the corpus in memory: Match needs one article and its
// candidates at a time, and the IDF (one count per distinct term). An add
// of the whole corpus finds the pairs that detect.Run finds, since both
// use the same keys, thresholds, caps and IDF (the tests compare them);
// articles added later are aligned under the IDF of their day, and pairs
// are not re-aligned when the IDF moves on.
//
// A process killed at any moment leaves every article whole or absent
// (transactions), and a pending article whose pairs the next Add finds.
// Verify checks those invariants.
//
// Check is Match for an article that is not stored: its keys vote over the
// posting lists, the candidates are aligned under the archive's IDF with
// the article counted in, and the pairs found are judged with the pairs
// archived among its related articles as witnesses.
//
// Scan judges the stored pairs now, all at once, so that a story's lineage
// takes in every version archived since.
package engine
