// Package minhash finds candidate pairs for verbatim reuse: MinHash
// signatures of shingle sets by one-permutation hashing with densification,
// a Jaccard estimate, LSH band keys, and an in-memory LSH index that turns
// band keys into candidate pairs in near-linear time.
//
// It imports nothing from the project: its input is a set of 64-bit element
// hashes (in reprint, the 5-word shingle hashes of package shingle).
//
// # Signatures: one permutation, densified
//
// Classic MinHash applies K independent hash functions to every element and
// keeps K minima: K hash evaluations per element. One-permutation hashing
// (Li, Owen and Zhang, NIPS 2012) hashes each element once, uses the hash to
// pick one of K bins and keeps the minimum per bin:
//
//	element x ──► v = mix(x ⊕ seed) ──► bin = ⌊v·K / 2⁶⁴⌋ ──► sig[bin] = min(sig[bin], v)
//
// so a document costs O(n + K) for n shingles instead of O(n·K). Two sets
// agree on a non-empty bin with probability equal to their Jaccard
// similarity J. Bins that no element reached are filled by optimal
// densification (Shrivastava, ICML 2017): empty bin i probes bins p(i,1),
// p(i,2), … (a hash of the seed, i and the attempt, the same for every set)
// and copies the first originally non-empty one. The estimate stays unbiased
// for small sets too: agreement on bin i still has probability J. A news
// article has 600–1000 shingles against K = 256 bins, so only a few percent
// of bins are empty and densification costs next to nothing; a tiny text
// (fewer elements than bins) still gets a full signature.
//
// mix is the murmur3 finaliser, a bijection on 64 bits, so distinct
// elements never tie and disjoint sets agree on no bin (Similarity is
// exactly 0). The value Empty marks an empty bin; it survives densification
// only in the signature of the empty set, which is K × Empty by definition.
// That signature is similar to nothing (Similarity 0, itself included) and
// has no band keys, so empty texts and texts shorter than one shingle never
// become candidates.
//
// Similarity is the share of agreeing bins, with standard error
// sqrt(J(1-J)/K): 0.019 at J = 0.1, 0.031 at J = 0.5 for K = 256.
//
// # LSH bands and the S-curve
//
// The K bins are cut into b bands of r rows, and each band is hashed to a
// key (Bands). Two documents become candidates when they share the key of at
// least one band, which happens with probability
//
//	P(J) = 1 - (1 - J^r)^b
//
// The default layout is b = 128 bands of r = 2 rows (K = 256), with the
// curve's steepest point near (1/b)^(1/r) = 0.088:
//
//	J       128×1   64×2  128×2   42×3   32×4
//	0.01    0.724  0.006  0.013  0.000  0.000
//	0.02    0.925  0.025  0.050  0.000  0.000
//	0.05    0.999  0.148  0.274  0.005  0.000
//	0.10    1.000  0.474  0.724  0.041  0.003
//	0.15    1.000  0.767  0.946  0.132  0.016
//	0.20    1.000  0.927  0.995  0.286  0.050
//	0.30    1.000  0.998  1.000  0.683  0.229
//	0.50    1.000  1.000  1.000  0.996  0.873
//
// Why so low a threshold. Reuse in news is often partial: a few paragraphs
// of a wire story inside a longer article, as in the PAN corpora, where
// passages sit inside longer documents. What matters is containment (the
// share of one text inside the other), and Jaccard understates it: for two
// 800-word articles sharing a passage of a fifth of either, J of 5-shingles
// is only 0.11. TestCandidateRate plants passages in synthetic Zipfian news
// (package internal/synth) and measures the candidate rate (400 trials per
// cell; J and C are the measured Jaccard and containment):
//
//	800 words vs                 J      C   128×1   64×2   96×2  128×2   42×3   32×4
//	 800 words, no reuse       0.000  0.000  0.000  0.000  0.000  0.000  0.000  0.000
//	 800 words, 5% copied      0.023  0.045  0.973  0.037  0.040  0.085  0.000  0.000
//	 800 words, 10% copied     0.050  0.095  1.000  0.165  0.177  0.292  0.010  0.000
//	 800 words, 20% copied     0.109  0.196  1.000  0.525  0.700  0.765  0.060  0.005
//	 800 words, 30% copied     0.174  0.297  1.000  0.868  0.938  0.983  0.207  0.022
//	 800 words, 50% copied     0.331  0.498  1.000  1.000  1.000  1.000  0.787  0.333
//	1600 words, 20% copied     0.070  0.196  1.000  0.260  0.395  0.505  0.010  0.000
//	1600 words, 50% copied     0.198  0.498  1.000  0.907  0.990  0.998  0.290  0.028
//	1600 words, all copied     0.499  1.000  1.000  1.000  1.000  1.000  0.995  0.875
//	 800 words, 30%, 5% edits  0.130  0.229  1.000  0.620  0.818  0.905  0.090  0.010
//
// (REPRINT_CURVE=1 go test ./minhash -run CandidateRate -v prints it.)
// 128×2 finds a shared passage of 30% of an article 98% of the time and one
// of 20% three times in four; r ≥ 3 misses most partial reuse. r = 1 would
// catch even 5% but pays for it on unrelated text: synthetic text shares no
// 5-shingle by chance, real news does ("said in a statement on", "the end of
// the"), and at the J ≈ 0.01 of two unrelated articles on one topic 128×1
// makes 72% of them candidates against 1.3% for 128×2. The memory budget
// (below) allows 8-byte entries for up to about 180 bands; 128 leaves room.
// Pairs the threshold misses (J < 0.05, passages under a tenth of the
// shorter text) are the job of the second, content-word signal (DESIGN.md)
// or of a containment-aware index (size-partitioned LSH Ensemble) if
// measurement on real corpora shows the need.
//
// # Index
//
// Index stores, per band, a sorted array of 64-bit entries key32<<32 | doc
// (the layout is specified in index.go): Add appends, Finish sorts each band
// once and groups equal keys into buckets, Pairs emits each pair sharing a
// bucket once in (a, b) order, Query binary-searches one signature's keys.
// Building is O(N·b·log N) for N documents. The index does not keep
// signatures: candidates need only the buckets.
//
// A bucket with more than MaxBucket documents (DefaultMaxBucket = 1000)
// yields no candidates and is counted in IndexStats.CappedBuckets: a key
// that many documents share is boilerplate cleaning missed or a flood of
// identical copies, and would cost half a million pairs on its own.
//
// Memory: 8·b bytes per document, 1 KiB at 128 bands. TestIndexMemory
// builds the index over 100,000 synthetic news documents and asserts the
// live heap after GC; it measures 1027 bytes per document, against a budget
// of 1.5 KB.
//
// # Speed
//
// Measured with -cpu 1 on a shared 2-core AMD EPYC while other builds kept
// the load average between 9 and 17, so absolute times are pessimistic by
// a factor of two or more; the ratio is what the side-by-side benchmark is
// for. 800-word synthetic news articles, about 860 shingles each, K = 256,
// medians of -count 5 (BenchmarkSign is in the benchmark module, bench/,
// so that the product does not depend on ekzhu/minhash-lsh):
//
//	BenchmarkSign/reprint           14.4 µs/doc   69,600 docs/s   0 allocs
//	BenchmarkSign/ekzhu              693 µs/doc    1,440 docs/s  10 allocs
//	                                 (github.com/ekzhu/minhash-lsh, 256 hash functions)
//	ratio                             48×
//	BenchmarkFingerprint/lsh          62–160 µs/doc, 30–80 MB/s, 6–16k docs/s
//	  (text → tokens → shingles → signature → band keys; tokenizing is
//	  about 80% of it; 62 µs and 80 MB/s in the least loaded run)
//
// In the least loaded run Sign took 7.8 µs per article (9 ns per shingle,
// most of it the read-modify-write of the bin; the profile before the
// branch-free min showed the conditional store as the hot spot). Building the index over 100,000 articles,
// signing included, took 35 s under that load (BenchmarkIndex100k, 20,962
// candidate pairs, no bucket capped).
//
// Commands:
//
//	cd bench && go test -run '^$' -bench Sign -benchmem -cpu 1 -count 5 (the benchmark module)
//	go test ./minhash -run '^$' -bench Fingerprint -benchmem -cpu 1 -count 10 | benchstat -
//	go test ./minhash -run '^$' -bench Index100k -benchtime 1x -cpu 1
package minhash
