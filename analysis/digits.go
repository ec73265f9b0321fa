package analysis

import (
	"unicode"
	"unicode/utf8"
)

// DigitValue returns the value of the decimal digit r of any script —
// ASCII, Arabic-Indic "٣", Extended Arabic-Indic "۳", Devanagari "३",
// Bengali "৩", Thai "๓", Burmese "၃", full-width "３" — and whether r is
// one. Unicode lays out each script's decimal digits (category Nd) as
// runs of ten from zero, so a digit's value is its distance from the
// start of its run, modulo ten.
func DigitValue(r rune) (int, bool) {
	if '0' <= r && r <= '9' {
		return int(r - '0'), true
	}
	if r < utf8.RuneSelf || !unicode.Is(unicode.Nd, r) {
		return 0, false
	}
	for _, rg := range unicode.Nd.R16 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10, true
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10, true
		}
	}
	return 0, false
}

// StartsDigit reports whether word begins with a decimal digit of any
// script (DigitValue).
func StartsDigit(word string) bool {
	if word == "" {
		return false
	}
	if c := word[0]; c < utf8.RuneSelf {
		return '0' <= c && c <= '9'
	}
	r, _ := utf8.DecodeRuneInString(word)
	_, ok := DigitValue(r)
	return ok
}

// AppendDigits appends the leading decimal digits of word to dst as ASCII
// digits, so that "२०२५", "۲۰۲۵" and "2025" give one number.
func AppendDigits(dst []byte, word string) []byte {
	for i := 0; i < len(word); {
		if c := word[i]; c < utf8.RuneSelf {
			if c < '0' || c > '9' {
				return dst
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(word[i:])
		v, ok := DigitValue(r)
		if !ok {
			return dst
		}
		dst = append(dst, byte('0'+v))
		i += n
	}
	return dst
}
