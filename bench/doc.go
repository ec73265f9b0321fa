// Package bench measures reprint against the peer libraries it was
// compared with, so that the product's module does not depend on them: it
// is a module of its own (bench/go.mod, with reprint replaced by ../), and
// holds tests and benchmarks only.
//
//   - MinHash signatures: reprint's one-permutation hashing against
//     github.com/ekzhu/minhash-lsh (k independent hash functions; it pulls
//     in the dgryski hash modules), BenchmarkSign.
//   - Sentence boundaries: package sentence against
//     github.com/neurosnap/sentences (Punkt with English training data) on
//     the hand-labelled set, TestSentenceAccuracy, and on news text,
//     BenchmarkNeurosnap beside sentence's BenchmarkSegment.
//
// Run from this folder:
//
//	go test ./...
//	go test -run '^$' -bench . -benchmem -cpu 1
package bench
