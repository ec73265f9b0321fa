package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ContainsWords reports whether name occurs in s between word boundaries:
// neither the rune before it nor the rune after it is a letter or a digit.
// "TT" is in "uppger TT." but not in "att"; "Gerfaut Immobilier" is in
// "directeur de Gerfaut Immobilier". Case is compared as written.
func ContainsWords(s, name string) bool {
	if name == "" {
		return false
	}
	for off := 0; ; {
		k := strings.Index(s[off:], name)
		if k < 0 {
			return false
		}
		k += off
		before, _ := utf8.DecodeLastRuneInString(s[:k])
		after, _ := utf8.DecodeRuneInString(s[k+len(name):])
		if (k == 0 || !wordRune(before)) && (k+len(name) == len(s) || !wordRune(after)) {
			return true
		}
		off = k + 1
	}
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
