package analysis

import (
	"unicode"
	"unicode/utf8"

	"github.com/reprint/reprint"
	"github.com/zeebo/xxh3"
	"golang.org/x/text/unicode/norm"
)

// Token is one word of a text: the hash of its normal form and the bytes it
// occupies in the text.
type Token struct {
	Hash uint64
	Span reprint.Span
}

// Tokenizer splits texts into tokens. Its zero value is ready to use; it
// keeps a scratch buffer between calls, so one Tokenizer per goroutine makes
// tokenizing allocation-free once dst has enough capacity.
type Tokenizer struct {
	buf []byte
	alt []byte // the other buffer of fold's rebuild
	// translit is the alphabet the current call's Cyrillic words are
	// folded into (translit.go); pinned, set by Within, keeps it across
	// calls, else each call reads it from its own text.
	translit Translit
	pinned   bool
}

// Within makes every later call of t tokenize and fold Cyrillic words as
// text's would be (TranslitOf): for an analyser that tokenizes a text's
// sentences, spans and words one by one, which alone may not hold the
// letters that name the text's language. Within("") returns t to reading
// each call's own text.
func (t *Tokenizer) Within(text string) {
	t.translit, t.pinned = TranslitOf(text), text != ""
}

// Translit returns the alphabet the last call folded Cyrillic words into.
func (t *Tokenizer) Translit() Translit { return t.translit }

// Tokenize appends the tokens of text to dst and returns the extended slice.
func (t *Tokenizer) Tokenize(text string, dst []Token) []Token {
	read := t.pinned // whether t.translit is this call's
	if !read {
		t.translit = NoTranslit
	}
	i := 0
	for i < len(text) {
		// Skip separators.
		c := text[i]
		if c < utf8.RuneSelf {
			if !isASCIIWord(c) {
				i++
				continue
			}
		} else {
			r, n := utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				i += n
				continue
			}
		}
		start := i
		ascii, bigram := true, false
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf {
				if !isASCIIWord(c) {
					break
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				break
			}
			ascii = false
			bigram = bigram || isBigramRune(r)
			i += n
		}
		if !ascii && !read {
			// The first word beyond ASCII reads the text's language
			// (translit.go); every word before it was ASCII, which no
			// alphabet folds.
			t.translit, read = TranslitOf(text[start:]), true
		}
		switch {
		case ascii:
			dst = append(dst, Token{Hash: t.hashASCII(text[start:i]), Span: reprint.Span{Start: start, End: i}})
		case bigram:
			dst = t.appendMixed(text, start, i, dst)
		case tibetan(text[start:]):
			dst = append(dst, Token{Hash: t.hashUnicode(text[start:tibetanPair(text, i)]), Span: reprint.Span{Start: start, End: i}})
		default:
			dst = t.appendWords(text, start, i, dst)
		}
	}
	return dst
}

// Tibetan writes a tsheg (་) between syllables and a shad (།) or a space
// where a phrase ends, and a word is one syllable or more: a syllable is
// a particle as often as a word, and two unrelated Tibetan news stories
// share their particles (ཀྱི, ལ, ནས, དང, ཡིན) and a sentence aligner links
// them on those. So a Tibetan syllable's token is, as a Han character's
// is, the fold of it and the syllable after it within the phrase, its
// Span the syllable: most words are two syllables, and a pair is the word
// or a word with its particle. The phrase's last syllable is a token of
// its own.
const (
	tsheg            = "\u0f0b"
	tshegNonBreaking = "\u0f0c"
)

// tibetan reports whether w starts with a Tibetan character.
func tibetan(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return isTibetan(r)
}

// isTibetan reports whether r is in the Tibetan block.
func isTibetan(r rune) bool { return r >= 0x0f00 && r <= 0x0fff }

// tibetanPair returns the end of the syllable after the tsheg at
// text[end:], or end when no tsheg and syllable follow (Tokenize).
func tibetanPair(text string, end int) int {
	rest := text[end:]
	var n int
	switch {
	case len(rest) >= len(tsheg) && rest[:len(tsheg)] == tsheg:
		n = len(tsheg)
	case len(rest) >= len(tshegNonBreaking) && rest[:len(tshegNonBreaking)] == tshegNonBreaking:
		n = len(tshegNonBreaking)
	default:
		return end
	}
	j := end + n
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if r < utf8.RuneSelf || !isWordRune(r) || !tibetan(text[j:]) {
			break
		}
		j += size
	}
	if j == end+n {
		return end
	}
	return j
}

// appendWords appends the tokens of text[start:end], a run of word
// characters of scripts written with spaces that holds a character beyond
// ASCII: one word, cut where digits meet Arabic-script letters. (An ASCII
// run is one word: it has no Arabic letter, and costs no second look.)
func (t *Tokenizer) appendWords(text string, start, end int, dst []Token) []Token {
	if !hasDigitByte(text[start:end]) {
		return append(dst, Token{Hash: t.hashUnicode(text[start:end]), Span: reprint.Span{Start: start, End: end}})
	}
	last := kindOther // of the last character (marks belong to the one before)
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		k := kindOther
		switch {
		case r >= utf8.RuneSelf:
			k = digitKind(r, last)
		case r <= '9':
			k = kindDigit
		}
		if k|last == kindDigit|kindArabicLetter {
			dst = append(dst, Token{Hash: t.hashUnicode(text[start:i]), Span: reprint.Span{Start: start, End: i}})
			start = i
		}
		last = k
		i += n
	}
	return append(dst, Token{Hash: t.hashUnicode(text[start:end]), Span: reprint.Span{Start: start, End: end}})
}

// hasDigitByte reports whether w holds an ASCII digit or the UTF-8 lead
// and trail of an Arabic-Indic (U+0660–0669: D9 A0–A9) or Extended
// Arabic-Indic digit (U+06F0–06F9: DB B0–B9), the only digits cut from
// Arabic-script letters; a word without one needs no second look.
func hasDigitByte(w string) bool {
	for j := 0; j < len(w); j++ {
		switch c := w[j]; {
		case '0' <= c && c <= '9':
			return true
		case c == 0xD9 && j+1 < len(w) && 0xA0 <= w[j+1] && w[j+1] <= 0xA9,
			c == 0xDB && j+1 < len(w) && 0xB0 <= w[j+1] && w[j+1] <= 0xB9:
			return true
		}
	}
	return false
}

// Character kinds for the cut between digits and Arabic-script letters:
// a number written against an Urdu or Arabic word ("17اکتوبر", "سکور95")
// is two words, as the same text typed with a space gives (Urdu keyboards
// and news copy omit that space often; urduhack's normalisation puts it
// back). Latin words keep their digits ("G20", "3rd").
const (
	kindOther        = 0
	kindDigit        = 1
	kindArabicLetter = 2
)

// digitKind returns the kind of the non-ASCII word rune r, last being the
// kind of the character before: a combining mark belongs to that
// character and keeps its kind.
func digitKind(r rune, last int) int {
	if 0x0621 <= r && r <= 0x064A || 0x0671 <= r && r <= 0x06D3 {
		return kindArabicLetter // the common letters, all of them letters (TestCommonLetters)
	}
	if isArabic(r) || isArabicForm(r) {
		switch {
		case 0x0660 <= r && r <= 0x0669, 0x06F0 <= r && r <= 0x06F9:
			return kindDigit
		case unicode.IsLetter(r):
			return kindArabicLetter
		case unicode.IsMark(r):
			return last
		}
		return kindOther
	}
	if last == kindOther || unicode.IsMark(r) {
		return last
	}
	return kindOther
}

// appendMixed appends the tokens of the word run text[start:end], which
// holds characters of scripts written without spaces: each stretch of
// them becomes overlapping character bigrams, each other stretch one
// word. A character is a rune with the combining marks after it.
//
// A bigram's Span is its first character, so that the spans of a text's
// tokens never overlap and cover its words; its Hash is the fold of both
// characters. The last character of a stretch is a token of its own (the
// fold of that character), so that every character starts one token:
// "日本語" gives 日本 (span 日), 本語 (span 本) and 語 (span 語).
func (t *Tokenizer) appendMixed(text string, start, end int, dst []Token) []Token {
	i := start
	for i < end {
		j, big := nextChar(text, i, end)
		if !big {
			// A stretch of other word characters: one word.
			for j < end {
				k, b := nextChar(text, j, end)
				if b {
					break
				}
				j = k
			}
			dst = t.appendWords(text, i, j, dst)
			i = j
			continue
		}
		if southeastAsian(firstRune(text[i:])) {
			dst, i = t.appendTrigrams(text, i, j, end, dst)
			continue
		}
		for {
			k, b := j, false
			if j < end {
				k, b = nextChar(text, j, end)
				b = b && !southeastAsian(firstRune(text[j:]))
			}
			if !b {
				// The last character of the stretch.
				dst = append(dst, Token{Hash: t.hashCaseless(text[i:j]), Span: reprint.Span{Start: i, End: j}})
				i = j
				break
			}
			dst = append(dst, Token{Hash: t.hashCaseless(text[i:k]), Span: reprint.Span{Start: i, End: j}})
			i, j = j, k
		}
	}
	return dst
}

// appendTrigrams appends the tokens of a stretch of Thai, Lao, Myanmar or
// Khmer characters that starts with the character text[i:j], within end,
// and returns the end of the stretch: each character starts a token whose
// Hash is the fold of it and the two characters after it (fewer at the
// stretch's end) and whose Span is the character. Letters of an alphabet
// pair up far more often than ideographs do: on two unrelated Thai news
// stories, bigrams left a term similarity of 0.29 with the stop words
// out, above the same-story bar; three letters are about a syllable.
func (t *Tokenizer) appendTrigrams(text string, i, j, end int, dst []Token) ([]Token, int) {
	e1 := t.nextSoutheastAsian(text, j, end)
	e2 := -1
	if e1 >= 0 {
		e2 = t.nextSoutheastAsian(text, e1, end)
	}
	for {
		last := j
		switch {
		case e2 >= 0:
			last = e2
		case e1 >= 0:
			last = e1
		}
		dst = append(dst, Token{Hash: t.hashCaseless(text[i:last]), Span: reprint.Span{Start: i, End: j}})
		if e1 < 0 {
			return dst, j
		}
		i, j, e1 = j, e1, e2
		e2 = -1
		if e1 >= 0 {
			e2 = t.nextSoutheastAsian(text, e1, end)
		}
	}
}

// nextSoutheastAsian returns the end of the character at text[p:] when it
// is a letter of Thai, Lao, Myanmar or Khmer (with its marks), else -1.
func (t *Tokenizer) nextSoutheastAsian(text string, p, end int) int {
	if p >= end || !southeastAsian(firstRune(text[p:end])) {
		return -1
	}
	k, big := nextChar(text, p, end)
	if !big {
		return -1
	}
	return k
}

// southeastAsianCCC is the canonical combining class of r, a character
// of the Thai, Lao, Myanmar or Khmer blocks (Unicode 15; TestSoutheastAsianCCC
// holds it against the normaliser's tables): the marks below and the tone
// marks, and the viramas.
func southeastAsianCCC(r rune) uint8 {
	switch r {
	case 0x0E38, 0x0E39:
		return 103
	case 0x0E48, 0x0E49, 0x0E4A, 0x0E4B:
		return 107
	case 0x0EB8, 0x0EB9:
		return 118
	case 0x0EC8, 0x0EC9, 0x0ECA, 0x0ECB:
		return 122
	case 0x0E3A, 0x0EBA, 0x1039, 0x103A, 0x17D2:
		return 9
	case 0x1037:
		return 7
	case 0x108D:
		return 220
	case 0x17DD:
		return 230
	}
	return 0
}

// firstRune is the first rune of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// hashCaseless hashes w, characters of the bigram scripts, as hashUnicode
// does: those scripts have no case, so a word made only of the common
// ideographs, kana and Hangul syllables, which NFKC leaves alone, is its
// own fold and is hashed as it stands. This doubles the speed of CJK
// tokenizing (norm's quick check was slower than the fold itself);
// TestTokenizeMatchesReference and FuzzTokenizeScripts check it against
// the fold.
func (t *Tokenizer) hashCaseless(w string) uint64 {
	for _, r := range w {
		if !stableCJK(r) {
			if h, ok := t.hashSoutheastAsian(w); ok {
				return h
			}
			return t.hashUnicode(w)
		}
	}
	return xxh3.HashString(w)
}

// hashSoutheastAsian hashes w, a trigram of Thai, Lao, Myanmar or Khmer
// characters, as hashUnicode would, without the normaliser: those
// scripts have no case, and NFKC changes them only by decomposing Thai
// and Lao SARA AM (ำ → ํา, which the normaliser does through a buffer it
// allocates on every call: a fifth of Thai tokenizing's time) and by
// reordering marks out of canonical order. It returns false, for the
// normaliser to do it, on any other character, on the Lao and Myanmar
// letters NFKC rewrites otherwise, and on marks out of order.
func (t *Tokenizer) hashSoutheastAsian(w string) (uint64, bool) {
	b := t.buf[:0]
	var last uint8
	for _, r := range w {
		if !southeastAsian(r) {
			return 0, false
		}
		switch r {
		case 0x0E33:
			b, last = append(b, "\u0E4D\u0E32"...), 0
			continue
		case 0x0EB3:
			b, last = append(b, "\u0ECD\u0EB2"...), 0
			continue
		case 0x0EDC, 0x0EDD, 0x1026:
			return 0, false
		}
		ccc := southeastAsianCCC(r)
		if ccc != 0 && ccc < last {
			return 0, false
		}
		last = ccc
		b = utf8.AppendRune(b, r)
	}
	t.buf = b
	return xxh3.Hash(b), true
}

// stableCJK reports whether r is in a block of the bigram scripts whose
// every character is its own NFKC form and has no case: CJK Unified
// Ideographs and Extension A, the Hiragana and Katakana letters, the
// prolonged sound mark, Hangul syllables.
func stableCJK(r rune) bool {
	return 0x4E00 <= r && r <= 0x9FFF || 0x3400 <= r && r <= 0x4DBF ||
		0x3041 <= r && r <= 0x3096 || 0x30A1 <= r && r <= 0x30FA || r == 0x30FC ||
		0xAC00 <= r && r <= 0xD7A3
}

// nextChar returns the end of the character at text[i:] (a rune and the
// combining marks after it, within end) and whether it is of a script
// tokenized in bigrams.
func nextChar(text string, i, end int) (int, bool) {
	r, n := utf8.DecodeRuneInString(text[i:end])
	j := i + n
	for j < end {
		m, k := utf8.DecodeRuneInString(text[j:end])
		if m < utf8.RuneSelf || !unicode.IsMark(m) {
			break
		}
		j += k
	}
	return j, isBigramRune(r)
}

// Unspaced reports whether r is a Han, Hiragana or Katakana character,
// or a letter of Thai, Lao, Khmer or Myanmar: the scripts of Chinese,
// Japanese and mainland Southeast Asia, written without spaces between
// words (Korean spaces its words). Packages that measure a text in words
// count such characters CharsPerWord to a word. (A Thai word has three or
// four letters besides its marks: counted so it is a long word, where
// counting by spaces would make a paragraph of Thai a few words.)
func Unspaced(r rune) bool {
	if r < 0x2E80 {
		return southeastAsian(r) && !unicode.IsMark(r)
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// southeastAsian reports whether r is of the Thai, Lao, Myanmar or Khmer
// blocks: scripts written without spaces between words, whose word
// boundaries only a dictionary finds (ICU's rule-based segmentation does
// not), and which this package tokenizes in character trigrams
// (appendTrigrams), as it does Chinese in bigrams.
func southeastAsian(r rune) bool {
	return 0x0E00 <= r && r <= 0x0EFF || 0x1000 <= r && r <= 0x109F || 0x1780 <= r && r <= 0x17FF
}

// MarksCase reports whether r is a letter whose case can mark a name: an
// upper- or lower-case letter of any script but Georgian's, lower case to
// Unicode, whose capitals (Mtavruli) news never sets a name in.
func MarksCase(r rune) bool {
	return (unicode.IsUpper(r) || unicode.IsLower(r)) && !unicode.Is(unicode.Georgian, r)
}

// CaseCounts returns how many of s's letters have case (Latin, Greek,
// Cyrillic…) and how many are of scripts without it (Arabic, Hebrew,
// Devanagari, Han, Kana, Hangul…): where no capital marks a name.
func CaseCounts(s string) (cased, uncased int) {
	for _, r := range s {
		switch {
		case unicode.IsUpper(r) || unicode.IsLower(r):
			cased++
		case unicode.IsLetter(r):
			uncased++
		}
	}
	return cased, uncased
}

// CharsPerWord: a Chinese or Japanese word is about two characters (the
// bigram this package's tokenizer makes of them is the usual unit of
// search for the same reason); a Korean one two or three syllables.
const CharsPerWord = 2

// CharToken reports whether the tokenizer makes a token of each
// character of r's script (in overlapping bigrams): Han, Kana, Hangul.
func CharToken(r rune) bool { return isBigramRune(r) }

// isBigramRune reports whether r belongs to a script written without
// spaces between words that is tokenized in character bigrams: Han,
// Hiragana, Katakana (with the prolonged sound mark), Hangul, and the
// letters of Thai, Lao, Myanmar and Khmer (southeastAsian; their vowel
// and tone marks join the letter before them, as any mark does).
func isBigramRune(r rune) bool {
	if southeastAsian(r) {
		return unicode.IsLetter(r) // a mark joins the letter before it
	}
	if r < 0x1100 {
		return false
	}
	if stableCJK(r) {
		return true
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) || r == '\u30FC' || r == '\uFF70'
}

// Tokenize is a convenience for (&Tokenizer{}).Tokenize(text, nil).
func Tokenize(text string) []Token {
	var t Tokenizer
	return t.Tokenize(text, nil)
}

// Fold returns the normal form of a single word as matching sees it:
// NFKC, lower case. It is what a token's hash is computed over.
func (t *Tokenizer) Fold(word string) string {
	if !t.pinned {
		t.translit = TranslitOf(word)
	}
	t.fold(word)
	return string(t.buf)
}

// AppendFold appends the normal form of word, as Fold gives it, to dst
// and returns the extended slice.
func (t *Tokenizer) AppendFold(dst []byte, word string) []byte {
	if !t.pinned {
		t.translit = TranslitOf(word)
	}
	t.fold(word)
	return append(dst, t.buf...)
}

// FoldedScript reports whether word, the text at a token's span, is of a
// script that matching folds or pairs beyond case and compatibility
// forms: Arabic script (see foldArabic) or a script tokenized in bigrams
// (Han, Hiragana, Katakana, Hangul) or in syllable pairs (Tibetan),
// whose token Hash covers more than the span. For such tokens, use Hash,
// not the span's text, as the word.
func FoldedScript(word string) bool {
	for _, r := range word {
		if r >= 0x0600 && (isArabic(r) || isBigramRune(r) || isTibetan(r)) {
			return true
		}
	}
	return false
}

func (t *Tokenizer) hashASCII(w string) uint64 {
	b := t.buf[:0]
	for j := 0; j < len(w); j++ {
		c := w[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	t.buf = b
	return xxh3.Hash(b)
}

func (t *Tokenizer) hashUnicode(w string) uint64 {
	t.fold(w)
	return xxh3.Hash(t.buf)
}

// fold leaves the normal form of w in t.buf: NFKC, lower case, Arabic
// script's letter variants folded (foldArabic), a transliterated
// language's Cyrillic in Latin letters, and German's sharp s as "ss"
// (sharpS).
//
// sharpS: Swiss Standard German writes no ß ("Strasse", "schliesslich"),
// and a German paper adapting Keystone-SDA's copy restores it ("Straße",
// "schließlich"), as an Austrian or a German one does the other way with
// dpa's: one word in two spellings, which Unicode's full case folding
// also makes one ("ß" folds to "ss"). Capital ẞ lower-cases to ß first.
func (t *Tokenizer) fold(w string) {
	b := norm.NFKC.AppendString(t.buf[:0], w)
	// Lower-case in place where the byte length allows, else rebuild.
	out := b[:0:0]
	same := true
	for j := 0; j < len(b); {
		r, n := utf8.DecodeRune(b[j:])
		if isArabic(r) {
			same = false
			break
		}
		if r == 'ß' {
			// Two bytes for two: "ss" in place (see sharpS).
			b[j], b[j+1] = 's', 's'
			j += n
			continue
		}
		l := unicode.ToLower(r)
		if l != r && utf8.RuneLen(l) != n {
			same = false
			break
		}
		if l != r {
			utf8.EncodeRune(b[j:], l)
		}
		j += n
	}
	if !same {
		out = t.alt[:0]
		for _, r := range string(b) {
			if isArabic(r) {
				// Arabic script has no case, and its folds are
				// caseless too: no lower-casing to look up.
				if r = foldArabic(r); r >= 0 {
					out = utf8.AppendRune(out, r)
				}
				continue
			}
			if l := unicode.ToLower(r); l == 'ß' {
				out = append(out, "ss"...) // ẞ, and ß (sharpS)
			} else {
				out = utf8.AppendRune(out, l)
			}
		}
		// Swap the buffers: b's array becomes the next rebuild's scratch.
		t.alt = b
		b = out
	}
	if t.translit != NoTranslit && hasCyrillic(b) {
		// Read in the language's Latin alphabet (translit.go), after case
		// folding: both scripts' capitals fold to the same small letters.
		out = t.alt[:0]
		for _, r := range string(b) {
			var ok bool
			if out, ok = appendLatin(out, r, t.translit); !ok {
				out = utf8.AppendRune(out, r)
			}
		}
		t.alt = b
		b = out
	}
	// NFKC may expand a word into separators (e.g. "½" → "1⁄2"); the hash
	// covers the whole folded form, which is still deterministic.
	t.buf = b
}

func isASCIIWord(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWord(byte(r))
	}
	if commonLetter(r) {
		return true
	}
	if r == modifierTurnedComma || r == modifierApostrophe {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || unicode.Is(unicode.No, r) || unicode.Is(unicode.Nl, r)
}

// The modifier letters ʻ and ʼ, which Uzbek's Latin alphabet (oʻ, gʻ,
// taʼminot), Hawaiian and others type where other writers of the same
// words type the apostrophes ‘ and ’: a word breaks at them as it does at
// an apostrophe ("don't" is "don", "t"), so that "joʻmrak" and "jo‘mrak"
// give the same tokens.
const (
	modifierTurnedComma = '\u02BB'
	modifierApostrophe  = '\u02BC'
)

// commonLetter reports whether r is in a range of the letters most
// frequent in news text beyond ASCII, every one of them a letter
// (unicode.IsLetter; TestCommonLetters): Cyrillic А–я and the common
// Arabic and Urdu letters (as digitKind's). It spares the Unicode tables
// a lookup for nearly every character of Russian, Arabic or Urdu text.
func commonLetter(r rune) bool {
	return 0x0410 <= r && r <= 0x044F || 0x0621 <= r && r <= 0x064A || 0x0671 <= r && r <= 0x06D3
}

// isArabicForm reports whether r is an Arabic presentation form (which
// NFKC maps to the Arabic block): such a letter meets digits as its
// normal form does.
func isArabicForm(r rune) bool {
	return 0xFB50 <= r && r <= 0xFDFF || 0xFE70 <= r && r <= 0xFEFF
}

// isArabic reports whether r is in the Arabic block or its supplements
// (the presentation forms are mapped to these by NFKC).
func isArabic(r rune) bool {
	return 0x0600 <= r && r <= 0x06FF || 0x0750 <= r && r <= 0x077F || 0x08A0 <= r && r <= 0x08FF
}

// foldArabic returns the form of the Arabic-script rune r that matching
// sees, or -1 for a rune that matching ignores. Writers and keyboards
// differ in the letters below without changing the word (the variants
// that Lucene's Arabic and Persian normalisers fold):
//   - alef with hamza, madda or wasla (أ إ آ ٱ) → bare alef ا;
//   - alef maksura ى and Farsi/Urdu yeh ی → Arabic yeh ي;
//   - keheh ک (Urdu, Persian) → kaf ك;
//   - heh goal ہ and ae ە, teh marbuta ة → heh ه;
//   - Arabic-Indic and Extended Arabic-Indic digits → ASCII digits;
//   - tatweel ـ (a stretching stroke), the harakat (vowel marks,
//     tanween, shadda, sukun), madda and hamza marks above and below,
//     and the superscript alef are dropped: most news text is written
//     without them, and one text's diacritics must not hide a match.
//
// Yeh barree ے and heh doachashmee ھ stay: in Urdu they are letters of
// their own, not variants.
func foldArabic(r rune) rune {
	switch {
	case r == 0x0622 || r == 0x0623 || r == 0x0625 || r == 0x0671 || r == 0x0672 || r == 0x0673:
		return 0x0627
	case r == 0x0649 || r == 0x06CC:
		return 0x064A
	case r == 0x06A9:
		return 0x0643
	case r == 0x06C1 || r == 0x06D5 || r == 0x0629:
		return 0x0647
	case r == 0x06C2:
		return 0x0647 // heh goal with hamza above: NFKC composes it
	case 0x0660 <= r && r <= 0x0669:
		return '0' + r - 0x0660
	case 0x06F0 <= r && r <= 0x06F9:
		return '0' + r - 0x06F0
	case r == 0x0640, 0x064B <= r && r <= 0x065F, r == 0x0670:
		return -1
	}
	return r
}
