// Package detect is the engine that finds which documents of a corpus share
// text, aligns the shared passages and judges each pair. It wires the
// algorithm leaves together; each of them documents its own algorithm.
//
//	texts ──► analysis.Tokenizer ──► shingle (k=5) ──► winnow (w=4) ───────► fingerprints
//	   │          │ content-word pairs (stop words out) ► winnow ────────────► bag fingerprints
//	   │          └─► hash of the whole token stream ────────────────────────► exact key
//	   └─► sentence.Split ──► rewrite terms ──► IDF ──► rarest 40 terms ───► term postings
//	                                    │
//	            candidate pairs = same stream ∪ ≥2 fingerprints ∪ ≥4 bags ∪ ≥4 rare terms,
//	            less those the rare terms alone propose weakly (the vote pre-filter)
//	                                    │
//	            per document and its candidates, on all cores: analyse again (cached),
//	            align (verbatim) + rewrite (sentences) → passages, verbatim wins →
//	            coverage, run shares → judge
//
// # Why four candidate signals
//
// Each finds reuse the others miss (measured on the 5,057 PAN 2013
// documents scanned as one corpus; BENCHMARKS.md has the table):
//   - Winnowed 5-gram fingerprints catch containment: winnowing guarantees
//     that any shared run of at least w+k−1 = 8 words yields a shared
//     fingerprint, whatever the sizes of the two documents.
//   - Winnowed pairs of consecutive content words, order-free, survive word
//     shuffles, function-word edits and much of machine translation's
//     reordering: obfuscated passages inside long documents (03: 0.71 →
//     0.89 of case pairs found; 04: 0.63 → 0.87).
//   - The rarest terms of each document (names, places, figures, stems)
//     find whole-document rewrites and summaries whose wording is new.
//   - The exact key (the hash of the whole token stream) pairs word-for-word
//     copies of a text so often copied that its fingerprints are over the
//     posting cap. It replaced MinHash with LSH banding, which on PAN 2013
//     proposed one pair no other signal did (unrelated) and on 20,000
//     generated news articles none, for a 2 KB signature a document.
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
// were fitted on Clough–Stevenson, with the IDF-weighted cosine of the two
// documents' terms. A corpus of fewer than rewrite.MinIDFDocs documents
// weighs every term 1; there, for articles in a script without capitals,
// the cosine leaves out the terms found in every document
// (contrastSimilarity), which in a folder of four or more are the
// language's function words: two unrelated Pashto stories of one outlet
// share little else.
//
// # Cost
//
// Analysis is linear in the corpus and parallel. Run keeps the texts and
// each document's keys, never its tokens or prepared sentences: the keys
// that two to MaxPostingDocs documents share become an inverted index (see
// index.go), and each document counts the votes of later documents over
// its own keys' lists in a dense counter, so no list of key pairs is ever
// built; keys held by more documents are skipped and counted. Alignment
// runs once per candidate pair, a document and its candidates at a time,
// in parallel, each bounded by the aligners' caps, reported per pair; the
// two documents are analysed again (a few tens of µs against hundreds to
// align) unless a recent cache holds them. Corpora small enough that
// every pair fits in AllPairsWork (pairs × mean words) skip candidate
// generation and align every pair.
package detect
