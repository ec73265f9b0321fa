// Package detect is the engine that finds which documents of a corpus share
// text, aligns the shared passages and judges each pair. It wires the
// algorithm leaves together; each of them documents its own algorithm.
//
//	texts ──► analysis.Tokenizer ──► shingle (k=5) ──► minhash signature ──► LSH bands
//	   │                                   └─────────► winnow (w=4) ───────► fingerprints
//	   │          content-word pairs (stop words out) ► winnow ────────────► bag fingerprints
//	   └─► sentence.Split ──► rewrite terms ──► IDF ──► rarest 40 terms ───► term postings
//	                                    │
//	            candidate pairs = LSH ∪ ≥2 fingerprints ∪ ≥4 bags ∪ ≥4 rare terms
//	                                    │
//	            per pair, on all cores: align (verbatim) + rewrite (sentences, prepared
//	            documents) → passages, verbatim wins → coverage, run shares → judge
//
// # Why four candidate signals
//
// Each finds reuse the others miss (measured on the 5,057 PAN 2013
// documents scanned as one corpus; BENCHMARKS.md has the table):
//   - MinHash with LSH banding finds pairs whose 5-shingle sets are similar
//     as a whole: scraped copies.
//   - Winnowed 5-gram fingerprints catch containment: winnowing guarantees
//     that any shared run of at least w+k−1 = 8 words yields a shared
//     fingerprint, whatever the sizes of the two documents.
//   - Winnowed pairs of consecutive content words, order-free, survive word
//     shuffles, function-word edits and much of machine translation's
//     reordering: obfuscated passages inside long documents (03: 0.71 →
//     0.89 of case pairs found; 04: 0.63 → 0.87).
//   - The rarest terms of each document (names, places, figures, stems)
//     find whole-document rewrites and summaries whose wording is new.
//
// # Alignment and judgement
//
// Both aligners run on every candidate: the verbatim aligner (align) and
// the sentence aligner (rewrite) on documents prepared once. Where both
// find a passage, verbatim wins: rewrite units overlapping a verbatim
// passage are dropped. A passage's kind is then what its words show: at
// least DefaultExactMin of them in 4-word runs found word for word makes
// it verbatim, whichever aligner found it. Coverage (per kind) and run
// shares (words in shared runs of 3, 8, 32) go to judge, whose thresholds
// were fitted on Clough–Stevenson.
//
// # Cost
//
// Analysis is linear in the corpus and parallel. The key indexes are
// sorted arrays of (key, document) entries; each key group of m documents
// yields m(m−1)/2 pair votes, so keys held by more than MaxPostingDocs
// documents are skipped and counted. Votes are sorted and counted, never
// kept in a map. Alignment runs once per candidate pair, in parallel, each
// bounded by the aligners' caps, reported per pair. Corpora small enough
// that every pair fits in AllPairsWork (pairs × mean words) skip candidate
// generation and align every pair.
package detect
