// Package winnow selects fingerprints from a sequence of shingle hashes by
// winnowing (Schleimer, Wilkerson and Aiken, "Winnowing: local algorithms
// for document fingerprinting", SIGMOD 2003). The selected (hash, position)
// pairs are the seeds of verbatim alignment: two texts that share a
// fingerprint hash share a k-word shingle at the two positions.
//
// # Algorithm
//
// Slide a window of w consecutive hashes over the sequence and select the
// minimum hash of each window; record each selected position once.
//
//	hashes   77 74 42 17 98 50 17 98  8 88 67 39 77 74 42 17 98
//	windows  [77 74 42 17]                          w = 4
//	            [74 42 17 98]
//	               [42 17 98 50]
//	                  [17 98 50 17]   ← tie: keep 17 at 3 (robust rule)
//	                     [98 50 17 98]  17 at 3 left: rightmost min is 6
//	                         …
//
// Ties between equal minima follow robust winnowing (section 5.2 of the
// paper): keep the previous window's selection if it is still in the window,
// else take the rightmost minimum. On low-entropy text, where one hash
// repeats ("the the the …", or a repeated boilerplate line), this records
// one fingerprint per w positions instead of one per position.
//
// # Guarantee
//
// Consecutive windows overlap, so the selected positions are never more
// than w apart; and any w consecutive hashes that two documents share form a
// window in both, which selects the same minimum hash in both. With hashes
// of k-word shingles, w consecutive shingles span w+k-1 words, hence:
//
//	any shared run of at least w+k-1 words yields at least one shared
//	fingerprint, and no shared run shorter than k words can yield one.
//
// The density is 2/(w+1) of the positions for random hashes (the paper's
// Theorem 1): with the defaults k = 5 and w = 4 (DefaultWindow), 40% of
// the shingles are kept and every shared 8-word run is seen.
//
// # Cost
//
// Select keeps the current minimum's position and rescans the window only
// when that minimum leaves it, the paper's own scheme; with hashed input the
// minimum of a window is at a uniform position, so rescans cost O(1)
// amortised per hash and the whole pass is expected linear, with no scratch
// memory beyond the output. Its worst case, a strictly increasing sequence,
// is O(n·w), bounded because w is small. A monotone deque would make the
// worst case linear but needs a w-sized buffer and is slower on real hashes.
package winnow
