// Package shingle turns word tokens into hashed k-shingles: every run of k
// consecutive words, as one 64-bit hash and the byte span it covers. Shingle
// hashes are the set that MinHash signs and the sequence that winnowing
// selects alignment seeds from.
//
//	tokens   The  minister  said  on  Tuesday  that  the  plan …
//	         └──────── shingle 0 ─────────┘
//	               └──────── shingle 1 ──────────┘
//	                         └──────── shingle 2 ─────────┘
//
// # Why k = 5
//
// The shingle length trades chance matches against robustness to edits.
// A shingle shared by two unrelated news texts is a fixed phrase ("said on
// Tuesday that the", "the end of the"), and these thin out quickly with k:
// word 3-grams are shared by most pairs of articles on any topic, 5-grams
// mostly by text that was reused. On the other side, one changed word
// destroys the k shingles that contain it, so a copied passage with an edit
// rate p keeps a share (1-p)^k of its shingles:
//
//	edit rate p   k=3    k=5    k=8
//	   0.02       0.94   0.90   0.85
//	   0.05       0.86   0.77   0.66
//	   0.10       0.73   0.59   0.43
//
// k = 5 keeps three quarters of a lightly edited copy while its shingles are
// specific enough to signal reuse; PAN text-alignment systems settle on word
// n-grams of 3–5 as seeds for the same reason (DESIGN.md: k≈5), and with the
// winnowing window of 4 a shared run of 8 words always yields a seed. Make k
// smaller for a rewrite signal over content words (fewer, sparser tokens).
//
// # Hash
//
// The shingle hash is a polynomial rolling hash of the token hashes, modulo
// 2⁶⁴, through the murmur3 finaliser: sliding costs two multiplications
// whatever k is. Measured on one core over 800 random token hashes, k = 5
// (BenchmarkCombine):
//
//	rolling polynomial + finaliser   2.9 ns/shingle   (used)
//	mum chain over the k hashes      6.2 ns/shingle
//	xxh3 over the 40 packed bytes   18.8 ns/shingle
//
// Collisions between distinct token sequences are as rare as for any 64-bit
// hash because the token hashes are themselves xxh3 outputs (see the
// comment on base). The values are part of any stored index: changing the
// hash invalidates stored fingerprints.
//
// # Cost
//
// Hashes and Values are O(n) for n tokens, allocation-free when dst has room
// for n-k+1 shingles (TestHashesAllocs), about 1.3 GB/s of covered text.
// A text of fewer than k tokens has no shingles, so it has an empty MinHash
// signature and never becomes a candidate: four words are too few to call
// reuse.
package shingle
