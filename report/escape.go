package report

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Escape returns s with every character that could act on a terminal
// written as a visible escape: C0 and C1 control characters (ESC, CR, LF,
// BEL, …) and DEL as \xNN or \uNNNN, the bidirectional overrides and
// isolates that reorder what follows, the Unicode line and paragraph
// separators, and bytes that are not UTF-8 as \xNN. File names, IDs,
// titles and article text are untrusted: a name holding ESC [2J clears the
// screen, one holding a newline forges report lines. Strings without such
// characters are returned as they are.
func Escape(s string) string {
	i := strings.IndexFunc(s, needsEscape)
	if i < 0 && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r < 0x80 && needsEscape(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case needsEscape(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// needsEscape reports whether r can act on a terminal or on how the text
// after it is laid out.
func needsEscape(r rune) bool {
	switch {
	case unicode.IsControl(r): // C0, DEL, C1
		return true
	case 0x202A <= r && r <= 0x202E, 0x2066 <= r && r <= 0x2069: // bidi embeddings, overrides, isolates
		return true
	case r == 0x2028 || r == 0x2029: // line and paragraph separators
		return true
	}
	return false
}
