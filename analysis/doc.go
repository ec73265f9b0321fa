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
// A word is a maximal run of letters, digits and combining marks (cut
// where digits meet Arabic-script letters; see Scripts). Everything
// else — whitespace of any kind, punctuation, quotes, dashes, apostrophes —
// separates words, which is what makes matching insensitive to spacing,
// punctuation and quote style: "Russia's" and "Russia’s" both give the tokens
// "russia" and "s". The fold is Unicode compatibility composition (NFKC:
// ligatures, full-width forms, superscripts) followed by simple lower-casing.
// Hyphenated compounds split ("US-proposed" is "us" "proposed"), so a
// rewrite that drops the hyphen still matches.
//
// # Scripts
//
// Alphabetic scripts (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari
// and the rest that separate words with spaces) are cut as above: these
// are UAX #29 word boundaries (Unicode's default word segmentation),
// except that reprint also breaks where UAX #29 joins letters across an
// apostrophe, a period, a comma, a colon, an underscore or an invisible
// joiner ("Russia's", "U.S.", "3.5", the Persian ZWNJ), so that matching
// does not depend on punctuation, and between digits and Arabic-script
// letters. TestUAX29 holds this against
// github.com/clipperhouse/uax29 on English, German, Spanish, Russian,
// Greek, Urdu, Arabic, Persian, Hindi and Hebrew news sentences. The
// tokenizer keeps its own scanner rather than calling the library: the
// same cuts at the speed measured in BENCHMARKS.md (172 MB/s on English,
// against ≈112 MB/s for the library alone), and Latin tokens, hence the
// archive's keys, unchanged. Scripts written without spaces
// between words — Han, Hiragana, Katakana, and Hangul by the same rule —
// give overlapping character bigrams, the standard unit of CJK search
// (Lucene's CJKBigramFilter): "日本語" is 日本, 本語 and 語.
//
//	run  南方暴雨     tokens  南方  方暴  暴雨  雨
//	                  spans   南    方    暴    雨
//
// A bigram's Span is its first character and its Hash the fold of both,
// and the last character of a stretch is a token of its own, so the spans
// of a text's tokens never overlap, every character starts one token, and
// a passage built from token spans covers exactly the characters shared.
// A character is a rune with the combining marks after it. Latin letters
// or digits inside a CJK run ("iPhone手机") stay words.
//
// Tibetan writes a tsheg (་) between syllables, so its syllables are
// words of the rule above; but a syllable is a particle as often as a
// word, and two unrelated Tibetan stories share their particles. A
// Tibetan syllable's token is therefore, as a CJK character's is, the
// fold of it and the next syllable of the phrase (its Span the syllable;
// the phrase's last syllable, before a shad or a space, its own): most
// words are two syllables (keys/15).
//
// A run of digits written against Arabic-script letters is a word of its
// own ("17اکتوبر" is "17" and "اکتوبر", "سکور95" is "سکور" and "95"), as
// the same text typed with a space gives: Urdu news copy omits that space
// often (urduhack's normalisation puts it back before tokenizing), and an
// Arabic-script word never holds digits. On COUNTER it is the one
// normalisation of those tried that moved the Urdu pairs the right way
// (BENCHMARKS.md). Latin words keep their digits ("G20", "3rd").
//
// Arabic script is folded further for matching (foldArabic): the alef
// variants (أ إ آ ٱ) to bare alef, alef maksura and Farsi/Urdu yeh to
// Arabic yeh, keheh to kaf, heh goal and teh marbuta to heh,
// Arabic-Indic digits to ASCII; tatweel, harakat and the hamza and madda
// marks are dropped. News writers and keyboards differ in exactly these.
// Yeh barree and heh doachashmee, letters of their own in Urdu, stay.
//
// Latin-script tokens are byte for byte what they were before scripts
// were handled (the archive's keys depend on them); keys of texts in CJK
// or Arabic script changed with engine.KeysVersion keys/4, and those of
// Arabic-script text with digits against letters with keys/5.
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
