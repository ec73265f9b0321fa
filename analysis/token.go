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
}

// Tokenize appends the tokens of text to dst and returns the extended slice.
func (t *Tokenizer) Tokenize(text string, dst []Token) []Token {
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
		ascii := true
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
			i += n
		}
		var h uint64
		if ascii {
			h = t.hashASCII(text[start:i])
		} else {
			h = t.hashUnicode(text[start:i])
		}
		dst = append(dst, Token{Hash: h, Span: reprint.Span{Start: start, End: i}})
	}
	return dst
}

// Tokenize is a convenience for (&Tokenizer{}).Tokenize(text, nil).
func Tokenize(text string) []Token {
	var t Tokenizer
	return t.Tokenize(text, nil)
}

// Fold returns the normal form of a single word as matching sees it:
// NFKC, lower case. It is what a token's hash is computed over.
func (t *Tokenizer) Fold(word string) string {
	t.fold(word)
	return string(t.buf)
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

// fold leaves the normal form of w in t.buf.
func (t *Tokenizer) fold(w string) {
	b := norm.NFKC.AppendString(t.buf[:0], w)
	// Lower-case in place where the byte length allows, else rebuild.
	out := b[:0:0]
	same := true
	for j := 0; j < len(b); {
		r, n := utf8.DecodeRune(b[j:])
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
		out = make([]byte, 0, len(b)+8)
		for _, r := range string(b) {
			out = utf8.AppendRune(out, unicode.ToLower(r))
		}
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
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || unicode.Is(unicode.No, r) || unicode.Is(unicode.Nl, r)
}
