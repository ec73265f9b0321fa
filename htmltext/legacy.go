package htmltext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
)

// Thresholds of legacy-encoding detection. Confidences are those of
// github.com/gogs/chardet (a port of ICU's detector: byte n-gram models of
// each language in each encoding, 0–100).
const (
	// MinConfidence: a detection below it is not taken. On the fixtures
	// of testdata/encodings (15 texts of 130–320 bytes in 15 encodings:
	// Windows-1250/1251/1252/1256, ISO-8859-1/2/5/7, KOI8-R, Shift_JIS,
	// EUC-JP, GB18030, Big5, EUC-KR) the right encoding came first every
	// time, at 59–100; the best wrong one reached 73 (Big5 for EUC-JP
	// text) but came second. On Clough–Stevenson's 17 files that are not
	// UTF-8, windows-1252 came first, as it should.
	MinConfidence = 20

	// OverruleConfidence: a declared single-byte charset whose text reads
	// as mojibake (see mojibake) gives way to a detection at least this
	// confident.
	OverruleConfidence = 50
)

// Legacy is an encoding found for bytes that are not UTF-8.
type Legacy struct {
	Encoding   encoding.Encoding
	Name       string // the WHATWG name, lower case: "windows-1251", "shift_jis"
	Confidence int    // the detector's, 0–100; 0 for the Windows-1252 fallback
}

// DetectLegacy finds the encoding of raw, bytes without a byte order mark
// that are not valid UTF-8. Windows-1252 is what most such text is, and
// is taken when its decoding is clean (no byte left undecoded, no C1
// control) and does not read as mojibake, unless the detector names
// another encoding with at least OverruleConfidence that decodes cleanly
// (Polish in Windows-1250 at 62, against a clean but wrong Windows-1252).
// Otherwise the most confident detection of at least MinConfidence that
// decodes cleanly is taken (Russian in Windows-1251 at 59, whose
// Windows-1252 reading is mojibake). ok is false when no decoding is
// credible: the text is then rejected, never kept with replacement
// characters. Confidence is 0 when Windows-1252 was taken without the
// detector's support.
func DetectLegacy(raw []byte) (l Legacy, ok bool) {
	text, clean := decodeClean(raw, charmap.Windows1252)
	western := clean && !mojibake(text)
	results, _ := chardet.NewTextDetector().DetectAll(raw)
	for _, r := range results {
		if r.Confidence < MinConfidence || western && r.Confidence < OverruleConfidence {
			break
		}
		enc, name, found := lookup(r.Charset)
		if !found {
			continue
		}
		if t, clean := decodeClean(raw, enc); clean && !mixedScripts(t) {
			return Legacy{Encoding: enc, Name: name, Confidence: r.Confidence}, true
		}
	}
	if western {
		return Legacy{Encoding: charmap.Windows1252, Name: "windows-1252"}, true
	}
	return Legacy{}, false
}

// lookup maps a detector's charset name to an encoding that x/text
// decodes; Unicode encodings (which need a byte order mark here) and the
// ISO-2022 ones (7-bit, so valid UTF-8) are not taken.
func lookup(charset string) (encoding.Encoding, string, bool) {
	c := strings.ToLower(charset)
	if strings.HasPrefix(c, "utf-") || strings.HasPrefix(c, "iso-2022") {
		return nil, "", false
	}
	if c == "gb-18030" {
		c = "gb18030"
	}
	enc, err := htmlindex.Get(c)
	if err != nil {
		return nil, "", false
	}
	name, err := htmlindex.Name(enc)
	if err != nil {
		return nil, "", false
	}
	return enc, name, true
}

// decodeClean decodes raw with enc and reports whether every byte decoded
// to a character that text holds: no U+FFFD (x/text's mark for bytes it
// cannot decode) and no C1 control (what an undefined byte of a
// single-byte charset becomes).
func decodeClean(raw []byte, enc encoding.Encoding) (string, bool) {
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return "", false
	}
	for _, r := range string(out) {
		if r == utf8.RuneError || 0x80 <= r && r <= 0x9F {
			return "", false
		}
	}
	return string(out), true
}

// mojibake reports whether text, decoded as a Latin charset, reads as
// another script's bytes: most of its letters (at least 8 of them) are
// non-ASCII Latin letters. Western European prose is mostly ASCII letters, while
// Cyrillic, Greek or Arabic bytes read as Windows-1252 give nothing but
// accented letters ("Ïðåçèäåíò"). Measured on testdata/encodings read as
// Windows-1252: French 4.7% of letters non-ASCII, German 4.0%, Polish (in
// Windows-1250) 2.4%; Russian (1251, KOI8-R), Greek and Arabic 100%.
func mojibake(text string) bool {
	letters, high := 0, 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
			if r >= utf8.RuneSelf && unicode.Is(unicode.Latin, r) {
				high++
			}
		}
	}
	return letters >= 8 && 2*high > letters
}

// mixedScripts reports whether text, decoded as a single-byte charset,
// reads as Latin bytes in another script's charset: at least
// minMixedWords of its words, and at least a third of the words holding a
// letter beyond ASCII, join ASCII letters to letters of a script other
// than Latin ("Prдsident", "Erklδrung", "nنchste": German in Windows-1251,
// ISO-8859-7, Windows-1256). Correct text keeps a word in one script; a
// Latin name inside Cyrillic or Greek prose is a word of its own. No
// fixture of testdata/encodings, read right, has such a word
// (TestMixedScripts); a German, French or Polish one read in a Cyrillic,
// Greek or Arabic charset has them in every word with an accented letter.
func mixedScripts(text string) bool {
	words, mixed := 0, 0
	ascii, other, high := false, false, false
	end := func() {
		if high {
			words++
			if ascii && other {
				mixed++
			}
		}
		ascii, other, high = false, false, false
	}
	for _, r := range text {
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'):
			ascii = true
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)):
			high = true
			if !unicode.Is(unicode.Latin, r) && !unicode.Is(unicode.Mn, r) {
				other = true
			}
		default:
			end()
		}
	}
	end()
	return mixed >= minMixedWords && 3*mixed >= words
}

// minMixedWords: fewer words of mixed script are taken for names or typing
// slips, not for a wrong charset.
const minMixedWords = 2

// CountUTF8 counts the bytes of b that are not part of a valid UTF-8
// sequence and the valid multi-byte sequences. Text in a multi-byte legacy
// encoding (Shift_JIS, GB18030, Big5, EUC) holds some byte pairs that are
// valid UTF-8 by accident, far fewer than its invalid bytes; a damaged
// UTF-8 text holds the reverse. Readers take b as damaged UTF-8 when
// invalid ≤ multi, and look for a legacy encoding otherwise.
func CountUTF8(b []byte) (invalid, multi int) {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			invalid++
		} else {
			multi++
		}
		i += n
	}
	return invalid, multi
}
