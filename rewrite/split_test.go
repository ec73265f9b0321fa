package rewrite_test

import (
	"unicode"
	"unicode/utf8"

	"github.com/reprint/reprint"
)

// split is a tiny sentence splitter for the tests, until package sentence
// exists: a sentence ends at a line break, or at '.', '!' or '?' (with any
// closing quotes or brackets after it) followed by white space, unless
// the word before the full stop is a single capital letter or a common
// abbreviation. Spans are trimmed of white space.
func split(text string) []reprint.Span {
	var out []reprint.Span
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e {
			r, n := utf8.DecodeRuneInString(text[s:])
			if !unicode.IsSpace(r) {
				break
			}
			s += n
		}
		for e > s {
			r, n := utf8.DecodeLastRuneInString(text[:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= n
		}
		if e > s {
			out = append(out, reprint.Span{Start: s, End: e})
		}
		start = end
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '\n':
			emit(i + n)
		case '.', '!', '?':
			j := i + n
			for j < len(text) {
				c, cn := utf8.DecodeRuneInString(text[j:])
				if c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == '»' {
					j += cn
					continue
				}
				break
			}
			if j < len(text) {
				c, _ := utf8.DecodeRuneInString(text[j:])
				if unicode.IsSpace(c) && !(r == '.' && abbrev(text[start:i])) {
					emit(j)
					i = j
					continue
				}
			}
		}
		i += n
	}
	emit(len(text))
	return out
}

// abbrev reports whether s ends in a word that a full stop after it
// abbreviates: a single capital letter ("U.S", "J") or a title.
func abbrev(s string) bool {
	k := len(s)
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= n
	}
	w := s[k:]
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	switch w {
	case "Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Prof", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "vs", "No":
		return true
	}
	return false
}
