package analysis

import (
	"unicode"
	"unicode/utf8"
)

// Two-script languages. Serbian is printed in Cyrillic and in Latin
// letters, often the same article in both on one site (a "Ћирилица /
// Latinica" switch); Kazakh is moving from Cyrillic to a Latin alphabet,
// and its agency's Latin edition is rewritten by papers that still print
// Cyrillic. A copy in the other script shares no word with its source
// unless matching reads both alike, so a text in one of these languages
// written in Cyrillic is tokenized in its Latin alphabet: each Cyrillic
// letter of a word becomes the letters the language's Latin alphabet
// writes for it, after case folding, and the token's hash is that of the
// Latin word (its Span stays the Cyrillic word). Latin text is untouched,
// so a Latin copy and a Cyrillic one give the same tokens, and two
// Cyrillic texts of the language still match each other as before.
//
// The alphabet is the language's, not one for all Cyrillic: Serbian
// writes ш as š, Kazakh as sh; Serbian writes и as i, Kazakh as ı. So the
// language is read from the text (TranslitOf): only these languages'
// letters say which it is, and a text in Russian, Ukrainian, Bulgarian or
// any other Cyrillic language keeps its Cyrillic tokens (keys/16).
// Uzbek, the third language of news printed in both scripts, is left
// out: its Latin alphabet splits words at the modifier letter of oʻ and
// gʻ, which a letter-for-letter fold cannot give, and writes е as "ye"
// where a word starts.

// Translit names the Latin alphabet a text's Cyrillic words are
// tokenized in.
type Translit uint8

const (
	// NoTranslit keeps Cyrillic words Cyrillic.
	NoTranslit Translit = iota
	// SerbianLatin is Serbian's Latin alphabet (Vuk Karadžić's Cyrillic
	// letter for letter: ђ đ, ж ž, љ lj, ћ ć, џ dž), with Macedonian's
	// three letters of its own as Macedonian's official romanisation
	// writes them (ѓ gj, ѕ dz, ќ kj), so that a Macedonian text with none
	// of them and one with them are read alike.
	SerbianLatin
	// KazakhLatin is the Kazakh Latin alphabet of 2018 as the state
	// agency's Latin edition prints it (á, ǵ, ı, ń, ó, u, ú, ý, sh, ch):
	// и and й are ı, у is ý, ұ is u, ү is ú.
	KazakhLatin
)

// Alphabets are the Latin alphabets a Cyrillic word may be read in: a
// name alone, which may hold no letter of its language's own (TranslitOf
// reads "МИНА" as no language), is compared in each.
var Alphabets = []Translit{SerbianLatin, KazakhLatin}

// String returns the alphabet's name.
func (m Translit) String() string {
	switch m {
	case SerbianLatin:
		return "serbian-latin"
	case KazakhLatin:
		return "kazakh-latin"
	}
	return "none"
}

// cyrillicCommon is the Latin for the lower-case Cyrillic letters а–я
// (U+0430–U+044F) in each alphabet, indexed by letter - 'а'.
var cyrillicCommon = [...][32]string{
	SerbianLatin: {
		"a", "b", "v", "g", "d", "e", "ž", "z", "i", "j", "k", "l", "m", "n", "o", "p",
		"r", "s", "t", "u", "f", "h", "c", "č", "š", "šč", "", "y", "", "e", "ju", "ja",
	},
	KazakhLatin: {
		"a", "b", "v", "g", "d", "e", "j", "z", "ı", "ı", "k", "l", "m", "n", "o", "p",
		"r", "s", "t", "ý", "f", "h", "ts", "ch", "sh", "shch", "", "y", "", "e", "ıý", "ıa",
	},
}

// cyrillicOwn is the Latin for the lower-case letters beyond а–я that the
// alphabet's language writes.
var cyrillicOwn = [...]map[rune]string{
	SerbianLatin: {
		'ђ': "đ", 'ј': "j", 'љ': "lj", 'њ': "nj", 'ћ': "ć", 'џ': "dž",
		'ѓ': "gj", 'ѕ': "dz", 'ќ': "kj", 'ё': "jo",
	},
	KazakhLatin: {
		'ә': "á", 'ғ': "ǵ", 'қ': "q", 'ң': "ń", 'ө': "ó", 'ұ': "u", 'ү': "ú",
		'һ': "h", 'і': "i", 'ё': "ıo",
	},
}

// TranslitOf returns the Latin alphabet text's Cyrillic words are
// tokenized in: SerbianLatin when text holds a letter that of the
// Cyrillic languages only Serbian and Macedonian write (ђ ј љ њ ћ џ ѓ ѕ
// ќ); KazakhLatin when it holds қ, ұ or ғ, or both ә and і, and no
// letter of the other Turkic and Iranian languages that write those
// (Uzbek ў, Tajik ҷ, Bashkir ҡ, Tatar җ, and the rest of kazakhVeto);
// else NoTranslit. A text with the letters of both reads as neither.
func TranslitOf(text string) Translit {
	var serbian, kazakh, schwa, dotted, veto bool
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c < 0xD0 || c > 0xD3 {
			continue // not a lead byte of U+0400–U+04FF
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n - 1
		r = toLowerCyrillic(r)
		switch {
		case serbianLetter(r):
			serbian = true
		case r == 'қ' || r == 'ұ' || r == 'ғ':
			kazakh = true
		case r == 'ә':
			schwa = true
		case r == 'і':
			dotted = true
		case kazakhVeto(r):
			veto = true
		}
	}
	kazakh = (kazakh || schwa && dotted) && !veto
	switch {
	case serbian && !kazakh && !veto:
		return SerbianLatin
	case kazakh && !serbian:
		return KazakhLatin
	}
	return NoTranslit
}

// serbianLetter reports whether r, lower case, is a letter of Serbian's or
// Macedonian's Cyrillic that no other language's Cyrillic writes.
func serbianLetter(r rune) bool {
	switch r {
	case 'ђ', 'ј', 'љ', 'њ', 'ћ', 'џ', 'ѓ', 'ѕ', 'ќ':
		return true
	}
	return false
}

// kazakhVeto reports whether r, lower case, is a letter of a Cyrillic
// alphabet that writes Kazakh's қ, ғ or ә but is not Kazakh's: Uzbek ў,
// Tajik ҳ ҷ ӣ ӯ, Bashkir ҡ ҙ ҫ, Tatar җ, Chuvash ӑ ӗ ӳ, Ukrainian ї є ґ.
func kazakhVeto(r rune) bool {
	switch r {
	case 'ў', 'ҳ', 'ҷ', 'ӣ', 'ӯ', 'ҡ', 'ҙ', 'ҫ', 'җ', 'ӑ', 'ӗ', 'ӳ', 'ї', 'є', 'ґ':
		return true
	}
	return false
}

// toLowerCyrillic lower-cases a letter of the Cyrillic block (U+0400–
// U+04FF), where each capital has its small letter at a fixed offset.
func toLowerCyrillic(r rune) rune {
	switch {
	case r >= 0x0400 && r <= 0x040F:
		return r + 0x50
	case r >= 0x0410 && r <= 0x042F:
		return r + 0x20
	case r >= 0x0460 && r <= 0x04BF || r >= 0x04D0 && r <= 0x04FF:
		return r | 1 // capitals at even code points, small letters at odd
	}
	return r
}

// appendLatin appends the Latin letters of r, a lower-case letter, in
// alphabet m, and reports whether r is a Cyrillic letter it transliterates.
func appendLatin(dst []byte, r rune, m Translit) ([]byte, bool) {
	if r >= 'а' && r <= 'я' {
		return append(dst, cyrillicCommon[m][r-'а']...), true
	}
	if s, ok := cyrillicOwn[m][r]; ok {
		return append(dst, s...), true
	}
	return dst, false
}

// AppendLatin appends the Latin letters of r, a letter of the Cyrillic
// block of either case, lower case in alphabet m, and reports whether it
// did; for a letter m does not write, or m NoTranslit, it appends
// nothing and reports false. It is for readers that fold a text's words
// one rune at a time (package clean's vocabulary lookup).
func AppendLatin(dst []byte, r rune, m Translit) ([]byte, bool) {
	if m == NoTranslit || r < 0x0400 || r > 0x04FF {
		return dst, false
	}
	return appendLatin(dst, toLowerCyrillic(r), m)
}

// HasCyrillic reports whether s holds a letter of the Cyrillic block
// (U+0400–U+04FF): the test before reading a name or a word in the
// Latin alphabets.
func HasCyrillic(s string) bool { return hasCyrillic(s) }

// hasCyrillic reports whether b holds a letter of the Cyrillic block:
// a lead byte 0xD0–0xD3, which no other character's bytes hold.
func hasCyrillic[T string | []byte](b T) bool {
	for i := 0; i < len(b); i++ {
		if c := b[i]; c >= 0xD0 && c <= 0xD3 {
			return true
		}
	}
	return false
}

// Transliterate returns s with its Cyrillic letters written in alphabet
// m, a capital as its Latin's first letter in capitals ("Шабац" is
// "Šabac", "Љиг" "Ljig"); everything else is kept. It is for names read
// outside a token's fold (a credit line's outlet against a site's name).
func Transliterate(s string, m Translit) string {
	if m == NoTranslit || !hasCyrillic(s) {
		return s
	}
	out := make([]byte, 0, len(s))
	for _, r := range s {
		low := toLowerCyrillic(r)
		n := len(out)
		var ok bool
		if out, ok = appendLatin(out, low, m); !ok {
			out = utf8.AppendRune(out, r)
			continue
		}
		if low != r && len(out) > n {
			first, size := utf8.DecodeRune(out[n:])
			up := utf8.AppendRune(nil, unicode.ToUpper(first))
			out = append(out[:n], append(up, out[n+size:]...)...)
		}
	}
	return string(out)
}
