package htmltext

import (
	"bytes"
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
//     aliases: "iso-8859-1" means windows-1252);
//  4. otherwise windows-1252.
//
// Bytes that are invalid in the chosen encoding become U+FFFD. The map is
// nil (the identity) when raw is valid UTF-8 without a BOM, the common case.
func decode(raw []byte) (string, reprint.OffsetMap, string) {
	switch {
	case bytes.HasPrefix(raw, utf8BOM):
		rest := raw[len(utf8BOM):]
		if utf8.Valid(rest) {
			var b reprint.MapBuilder
			b.Copy(0, len(utf8BOM), len(rest))
			return string(rest), b.Map(), "utf-8"
		}
		text, m := transcode(raw, unicode.UTF8BOM)
		return text, m, "utf-8"
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		text, m := transcode(raw, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM))
		return text, m, "utf-16le"
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		text, m := transcode(raw, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM))
		return text, m, "utf-16be"
	case utf8.Valid(raw):
		return string(raw), nil, "utf-8"
	}
	enc, name, _ := charset.DetermineEncoding(raw, "")
	switch name {
	case "utf-8", "utf-16le", "utf-16be", "":
		// A UTF-8 declaration (or one that cannot apply without a BOM) on
		// bytes that are not UTF-8: keep the valid parts, replace the rest.
		// charset.DetermineEncoding returns encoding.Nop for UTF-8, which
		// would pass invalid bytes through.
		enc, name = unicode.UTF8, "utf-8"
	}
	text, m := transcode(raw, enc)
	return text, m, name
}

// transcode decodes raw with enc and maps every decoded character back to
// the bytes it came from.
func transcode(raw []byte, enc encoding.Encoding) (string, reprint.OffsetMap) {
	if cm, ok := enc.(*charmap.Charmap); ok {
		return transcodeCharmap(raw, cm)
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
	for i := 0; i < len(raw); {
		consumed := false
		for n := 1; n <= 8 && i+n <= len(raw); n++ {
			nDst, nSrc, err := dec.Transform(buf[:], raw[i:i+n], i+n == len(raw))
			if nSrc > 0 {
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
			b.Replace(len(out), len(string(utf8.RuneError)), i, 1)
			out = utf8.AppendRune(out, utf8.RuneError)
			i++
		}
	}
	return string(out), b.Map()
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
