// Package analysis turns cleaned article text into word tokens for matching,
// while every token keeps the byte span it came from.
//
// # Normalisation
//
// Two texts that share a passage rarely share its bytes: one uses curly
// quotes, another straight ones; one writes "ﬁnal" with a ligature, one
// capitalises a headline, one breaks lines differently. Matching therefore
// runs on a normal form and reporting on the original:
//
//	text  ──►  word runs  ──►  fold  ──►  xxh3  ──►  Token{Hash, Span}
//	          letters,         NFKC,                      │
//	          digits,          case,                      └─ Span: bytes of the
//	          marks            quotes, dashes                run in text
//
// A word is a maximal run of letters, digits and combining marks. Everything
// else — whitespace of any kind, punctuation, quotes, dashes, apostrophes —
// separates words, which is what makes matching insensitive to spacing,
// punctuation and quote style: "Russia's" and "Russia’s" both give the tokens
// "russia" and "s". The fold is Unicode compatibility composition (NFKC:
// ligatures, full-width forms, superscripts) followed by simple lower-casing.
// Hyphenated compounds split ("US-proposed" is "us" "proposed"), so a
// rewrite that drops the hyphen still matches.
//
// Tokens hash the folded word with xxh3 (the fastest 64-bit hash measured on
// short keys here; see DEPENDENCIES.md). Two words collide with probability
// about n²/2⁶⁵, negligible for any corpus.
//
// # Fast path
//
// ASCII words (the bulk of English news) are folded byte by byte in a
// scratch buffer; only words with a non-ASCII byte go through NFKC. The fast
// path is checked against the general one in the tests.
//
// # Offsets
//
// Spans are byte offsets into the text given, half-open. Formats that count
// code points (PAN) convert at the edge with [reprint.RuneOffsets].
package analysis
