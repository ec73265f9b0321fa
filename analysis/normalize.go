package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// punctFold maps the typographic variants that NFKC leaves alone to their
// plain ASCII forms: curly and angle quotes, primes, dashes and minus signs.
// Characters that carry no text at all (soft hyphen, zero-width space and
// joiners, BOM) map to -1 and are dropped.
var punctFold = map[rune]rune{
	'\u2018': '\'', '\u2019': '\'', '\u201A': '\'', '\u201B': '\'', '\u2032': '\'', '\u02BC': '\'',
	'\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
	'\u2039': '\'', '\u203A': '\'',
	'\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-', '\uFE58': '-', '\uFE63': '-', '\uFF0D': '-',
	'\u00AD': -1, '\u200B': -1, '\u200C': -1, '\u200D': -1, '\u2060': -1, '\uFEFF': -1,
}

// Normalize returns s in the form used to compare short strings such as
// quotations and headlines: NFKC, lower case, typographic quotes and dashes
// folded to ASCII, invisible characters dropped, and every run of white
// space collapsed to one space, trimmed at both ends. Unlike tokens it keeps
// punctuation, so "real situation" and "real-situation" stay different.
func Normalize(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if f, ok := punctFold[r]; ok {
			if f < 0 {
				continue
			}
			r = f
		}
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
