package htmltext

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/reprint/reprint"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// decode returns raw as UTF-8 text, the map from that text back to raw, and
// the name of the encoding it was read in.
//
// The order of evidence:
//
//  1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE) is certain;
//  2. input that is valid UTF-8 is read as UTF-8 whatever it declares: pages
//     saved or re-served as UTF-8 often keep a stale <meta charset=iso-8859-1>,
//     while a real windows-1252 text with accented letters is almost never
//     valid UTF-8 by accident;
//  3. otherwise a <meta charset> or http-equiv declaration in the first 1024
//     bytes (the HTML prescan of x/net/html/charset, with WHATWG label
//     aliases: "iso-8859-1" means windows-1252), except a declaration of
//     UTF-8, which the bytes have just contradicted;
//  4. otherwise the legacy encoding DetectLegacy finds (Windows-125x,
//     ISO-8859-x, KOI8-R, Shift_JIS, EUC-JP/KR, GB18030, Big5), if the
//     bytes hold fewer valid multi-byte UTF-8 sequences than invalid bytes.
//
// A declared charset that leaves bytes undecoded (U+FFFD, C1 controls) is
// wrong, and DetectLegacy decides; a declared Latin charset whose text
// reads as mojibake (mostly accented letters: Cyrillic bytes declared
// ISO-8859-1) gives way to a detection of at least OverruleConfidence;
// a declared charset of another script whose text joins ASCII letters to
// that script's letters inside words (Latin bytes declared Windows-1251:
// "Prдsident"; see mixedScripts) gives way to the detection, or the page
// is refused.
//
// Text is decoded right or not at all (ErrEncoding), never with
// replacement characters for what could not be read: bytes that are
// invalid after a byte order mark or in a declared multi-byte encoding
// (unpaired UTF-16 surrogates, bad Shift_JIS sequences), and a mix of valid
// multi-byte UTF-8 with invalid bytes (a damaged UTF-8 page, where reading
// windows-1252 would turn every correct character into mojibake), are
// errors. As in package ingest's plain text, the five bytes windows-1252
// leaves undefined (81 8D 8F 90 9D) decode to U+FFFD, which keeps C1
// controls out of the text. The map is nil (the identity) when raw is
// valid UTF-8 without a BOM, the common case.
func decode(raw []byte) (string, reprint.OffsetMap, string, error) {
	switch {
	case bytes.HasPrefix(raw, utf8BOM):
		rest := raw[len(utf8BOM):]
		if bad := firstInvalidUTF8(rest); bad >= 0 {
			return "", nil, "", fmt.Errorf("%w: invalid UTF-8 at byte %d after a UTF-8 byte order mark", ErrEncoding, len(utf8BOM)+bad)
		}
		var b reprint.MapBuilder
		b.Copy(0, len(utf8BOM), len(rest))
		return string(rest), b.Map(), "utf-8", nil
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return transcode(raw, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le")
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return transcode(raw, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be")
	case utf8.Valid(raw):
		return string(raw), nil, "utf-8", nil
	}
	// The declaration, if any, read from the first 1021 bytes with the
	// non-ASCII ones masked and one valid UTF-8 letter after them: without
	// a declaration DetermineEncoding then answers "utf-8" instead of
	// guessing from the bytes, and the guess is made here.
	head := bytes.Clone(raw[:min(len(raw), 1021)])
	for i, c := range head {
		if c >= utf8.RuneSelf {
			head[i] = '?'
		}
	}
	head = append(head, "é."...)
	enc, name, _ := charset.DetermineEncoding(head, "")
	switch name {
	case "utf-8", "utf-16le", "utf-16be", "":
		// No declaration, or one of UTF-8 (or of UTF-16, which cannot
		// apply without a BOM), on bytes that are not UTF-8: the
		// declaration is wrong, or the page is damaged.
		if invalid, valid := CountUTF8(raw); valid > 0 && invalid <= valid {
			bad, _ := ScanUTF8(raw)
			return "", nil, "", fmt.Errorf("%w: invalid UTF-8 at byte %d of a page with valid UTF-8 elsewhere", ErrEncoding, bad)
		}
		return decodeLegacy(raw, "")
	}
	text, m, got, err := transcode(raw, enc, name)
	if err != nil || !cleanText(text) {
		// The declared charset leaves bytes undecoded: it is wrong, and
		// only the detector's word (not the Windows-1252 default) can
		// say what the page is.
		if l, ok := DetectLegacy(raw); ok && l.Confidence > 0 {
			return transcode(raw, l.Encoding, l.Name)
		}
		if err != nil {
			return "", nil, "", err
		}
		return "", nil, "", fmt.Errorf("%w: %s as declared leaves bytes undecoded, and no other encoding fits", ErrEncoding, name)
	}
	if mixedScripts(text) {
		// A charset of another script declared over Latin bytes: German
		// in Windows-1251 reads "Prдsident". The detector's reading is
		// taken when it keeps words in one script, else the page is
		// refused, never kept as mojibake.
		if l, ok := DetectLegacy(raw); ok && l.Name != name {
			return transcode(raw, l.Encoding, l.Name)
		}
		return "", nil, "", fmt.Errorf("%w: %s as declared mixes scripts inside words, and no other encoding fits", ErrEncoding, name)
	}
	if mojibake(text) {
		// A Latin charset declared over another script's bytes (the
		// encodings DetermineEncoding returns are wrapped, so the
		// charset is told by the text it gives, not by its type).
		if l, ok := DetectLegacy(raw); ok && l.Name != name && l.Confidence >= OverruleConfidence {
			return transcode(raw, l.Encoding, l.Name)
		}
	}
	return text, m, got, nil
}

// decodeLegacy decodes raw in the legacy encoding DetectLegacy finds, or
// returns an ErrEncoding saying why none fits (why adds to the message).
func decodeLegacy(raw []byte, why string) (string, reprint.OffsetMap, string, error) {
	l, ok := DetectLegacy(raw)
	if !ok {
		return "", nil, "", fmt.Errorf("%w: not UTF-8, and no legacy encoding decodes it credibly%s", ErrEncoding, why)
	}
	return transcode(raw, l.Encoding, l.Name)
}

// cleanText reports whether text, decoded from bytes that are not UTF-8,
// holds no U+FFFD and no C1 control: what undecodable bytes become.
func cleanText(text string) bool {
	for _, r := range text {
		if r == utf8.RuneError || 0x80 <= r && r <= 0x9F {
			return false
		}
	}
	return true
}

// firstInvalidUTF8 returns the offset of the first byte of b that is not
// part of a valid UTF-8 sequence, or -1.
func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// ScanUTF8 returns the offset of the first invalid byte of b (-1 if none)
// and whether b holds a valid multi-byte sequence, stopping once both are
// known: what a reader needs to tell UTF-8 from a legacy encoding.
func ScanUTF8(b []byte) (bad int, multi bool) {
	bad = -1
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			if bad < 0 {
				bad = i
			}
		} else {
			multi = true
		}
		if bad >= 0 && multi {
			break
		}
		i += n
	}
	return bad, multi
}

// transcode decodes raw with enc, named name, and maps every decoded
// character back to the bytes it came from. Bytes that are invalid in enc
// are an ErrEncoding.
func transcode(raw []byte, enc encoding.Encoding, name string) (string, reprint.OffsetMap, string, error) {
	if cm, ok := enc.(*charmap.Charmap); ok {
		text, m := transcodeCharmap(raw, cm)
		return text, m, name, nil
	}
	// General path: feed the decoder one character at a time, growing the
	// input until it consumes something. Encodings here need at most 4
	// bytes per character (GB18030, UTF-16 surrogate pairs); escape
	// sequences of ISO-2022 decode to nothing and map to nothing. About
	// 50 ns per character, paid only by pages that are neither UTF-8 nor a
	// single-byte code page.
	dec := enc.NewDecoder()
	out := make([]byte, 0, len(raw)+len(raw)/2)
	var b reprint.MapBuilder
	var buf [64]byte
	replacement := []byte(string(utf8.RuneError))
	var encodedReplacement []byte // U+FFFD as enc writes it (after any BOM), when asked
	asked := false
	for i := 0; i < len(raw); {
		consumed := false
		for n := 1; n <= 8 && i+n <= len(raw); n++ {
			nDst, nSrc, err := dec.Transform(buf[:], raw[i:i+n], i+n == len(raw))
			if nSrc > 0 {
				if bytes.Contains(buf[:nDst], replacement) {
					// The decoder's mark for bytes it could not read,
					// unless the page holds U+FFFD itself.
					if !asked {
						encodedReplacement, _ = enc.NewEncoder().Bytes(replacement)
						asked = true
					}
					if !bytes.HasSuffix(encodedReplacement, raw[i:i+nSrc]) {
						return "", nil, "", fmt.Errorf("%w: bytes at %d are not valid %s", ErrEncoding, i, name)
					}
				}
				b.Replace(len(out), nDst, i, nSrc)
				out = append(out, buf[:nDst]...)
				i += nSrc
				consumed = true
				break
			}
			if err != transform.ErrShortSrc {
				break
			}
		}
		if !consumed {
			return "", nil, "", fmt.Errorf("%w: bytes at %d are not valid %s", ErrEncoding, i, name)
		}
	}
	return string(out), b.Map(), name, nil
}

// transcodeCharmap is the fast path for single-byte code pages such as
// windows-1252, where every byte is one character.
func transcodeCharmap(raw []byte, cm *charmap.Charmap) (string, reprint.OffsetMap) {
	out := make([]byte, 0, len(raw)+len(raw)/4)
	var b reprint.MapBuilder
	for i, c := range raw {
		r := cm.DecodeByte(c)
		n := utf8.RuneLen(r)
		if n < 0 {
			r, n = utf8.RuneError, len(string(utf8.RuneError))
		}
		b.Replace(len(out), n, i, 1)
		out = utf8.AppendRune(out, r)
	}
	return string(out), b.Map()
}
