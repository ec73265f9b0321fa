// Package detect is the engine that finds which documents of a corpus share
// text and aligns the shared passages. It wires the algorithm leaves
// together; each of them documents its own algorithm.
//
//	texts ──► analysis.Tokenizer ──► shingle.Hashes (k=5)
//	                                      │
//	              ┌───────────────────────┴──────────────────────┐
//	              ▼                                              ▼
//	   minhash.Hasher.Sign → LSH bands              winnow.Select (w=4)
//	   (resemblance: most of both                   (containment: any shared run
//	    documents shared)                            of ≥ w+k−1 = 8 words)
//	              │                                              │
//	              └──────────► candidate pairs (union) ◄─────────┘
//	                                   │
//	                                   ▼
//	                   align.Aligner, one per worker goroutine
//	                                   │
//	                                   ▼
//	                  pairs with passages and coverage of each side
//
// # Why two candidate signals
//
// MinHash with LSH banding finds pairs whose shingle sets are similar as a
// whole. A news scraper's copy is like that, but a story that takes three
// paragraphs from a long report is not: its Jaccard resemblance is 0.05 or
// less, and LSH misses it (minhash's package doc has the S-curve). The
// winnowed fingerprints catch containment instead: winnowing guarantees
// that any run of at least w+k−1 shared words yields a shared fingerprint,
// so a pair sharing MinSharedFingerprints fingerprints becomes a candidate
// whatever the sizes of the two documents.
//
// # Cost
//
// Tokenizing, shingling, signing and winnowing are linear in the corpus
// and run on all cores. The fingerprint index is a sorted array of
// (hash, document) entries, about 0.4 per word; each fingerprint group of m
// documents yields m(m−1)/2 pair votes, so groups larger than
// MaxPostingDocs (text shared by that many documents is boilerplate or a
// syndicated flood better handled as a cluster) are skipped and counted.
// Votes are sorted and counted, never kept in a map. Alignment runs once
// per candidate pair, in parallel, each bounded by the aligner's caps.
package detect
