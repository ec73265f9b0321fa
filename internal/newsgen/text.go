package newsgen

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zeebo/xxh3"
)

// NormWords splits s into the words reprint matches on: maximal runs of
// letters, digits and combining marks, lower-cased. Everything else
// (spaces, punctuation, quotes, apostrophes, dashes) separates words. It
// follows reprint's analysis package closely enough for measurement (it
// does not apply NFKC) and is what the generator's run checks and the tests
// count shared runs on.
func NormWords(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, strings.ToLower(s[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, strings.ToLower(s[start:]))
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// wordHash hashes one normalised word.
func wordHash(w string) uint64 { return xxh3.HashString(w) }

// runHash hashes a run of word hashes, order-sensitive. The finaliser
// spreads the bits so the value can key a map or a set.
func runHash(ws []uint64) uint64 {
	var h uint64 = 0x9e3779b97f4a7c15
	for _, w := range ws {
		h = (h ^ w) * 0x100000001b3
		h ^= h >> 29
	}
	return mix64(h)
}

// mix64 is the splitmix64 finaliser.
func mix64(z uint64) uint64 {
	z ^= z >> 30
	z *= 0xbf58476d1ce4e5b9
	z ^= z >> 27
	z *= 0x94d049bb133111eb
	z ^= z >> 31
	return z
}

// RunHashes returns the set of hashes of the k-word runs of s's normalised
// words (NormWords). Tests and the measurement use it.
func RunHashes(s string, k int) map[uint64]struct{} {
	ws := NormWords(s)
	hs := make([]uint64, len(ws))
	for i, w := range ws {
		hs[i] = wordHash(w)
	}
	set := make(map[uint64]struct{}, max(0, len(hs)-k+1))
	for i := 0; i+k <= len(hs); i++ {
		set[runHash(hs[i:i+k])] = struct{}{}
	}
	return set
}

// abbreviations end with a full stop without ending a sentence.
var abbreviations = map[string]bool{
	"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "prof.": true, "st.": true,
	"sen.": true, "rep.": true, "gov.": true, "gen.": true, "col.": true, "lt.": true,
	"sgt.": true, "capt.": true, "cmdr.": true, "adm.": true, "maj.": true, "rev.": true,
	"jr.": true, "sr.": true, "no.": true, "nos.": true, "vs.": true, "v.": true,
	"etc.": true, "inc.": true, "co.": true, "corp.": true, "ltd.": true, "bros.": true,
	"jan.": true, "feb.": true, "mar.": true, "apr.": true, "jun.": true, "jul.": true,
	"aug.": true, "sep.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true,
	"mt.": true, "ft.": true, "ave.": true, "blvd.": true, "approx.": true, "dept.": true,
	"e.g.": true, "i.e.": true, "a.m.": true, "p.m.": true, "u.s.": true, "u.k.": true,
	"fig.": true, "vol.": true, "pp.": true, "p.": true, "ch.": true, "cf.": true, "al.": true,
}

// sentenceFinal reports whether a whitespace token ends a sentence: it ends
// in '.', '!' or '?', possibly followed by closing quotes or brackets, and
// is not a known abbreviation or an initial ("J.", "U.S.").
func sentenceFinal(tok string) bool {
	t := strings.TrimRight(tok, "\"'”’)]»")
	if t == "" {
		return false
	}
	last := t[len(t)-1]
	if last == '!' || last == '?' {
		return true
	}
	if last != '.' {
		return false
	}
	if strings.HasSuffix(t, "...") {
		return true
	}
	low := strings.ToLower(strings.TrimLeft(t, "\"'“‘([«"))
	if abbreviations[low] {
		return false
	}
	// Initials and dotted acronyms: "J.", "U.S.", "D.C.".
	core := strings.ReplaceAll(low, ".", "")
	if utf8.RuneCountInString(core) <= 2 && strings.Count(low, ".") >= 1 && len(core) > 0 {
		r, _ := utf8.DecodeRuneInString(core)
		if unicode.IsLetter(r) && utf8.RuneCountInString(core) == strings.Count(low, ".") {
			return false
		}
	}
	return true
}

// splitSentences splits a paragraph's whitespace tokens into sentences at
// sentence-final tokens. A trailing run without a final token is a
// sentence of its own.
func splitSentences(toks []string) [][]string {
	var out [][]string
	start := 0
	for i, t := range toks {
		if sentenceFinal(t) {
			out = append(out, toks[start:i+1])
			start = i + 1
		}
	}
	if start < len(toks) {
		out = append(out, toks[start:])
	}
	return out
}

// core splits a token into leading punctuation, the word and trailing
// punctuation: `"Hello,` is `"`, `Hello`, `,`.
func core(tok string) (lead, word, trail string) {
	i := strings.IndexFunc(tok, isWordRune)
	if i < 0 {
		return tok, "", ""
	}
	j := strings.LastIndexFunc(tok, isWordRune)
	_, size := utf8.DecodeRuneInString(tok[j:])
	return tok[:i], tok[i : j+size], tok[j+size:]
}

// capitalized reports whether s starts with an upper-case letter.
func capitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// setFirstCase upper- or lower-cases the first letter of the word in tok.
func setFirstCase(tok string, upper bool) string {
	i := strings.IndexFunc(tok, unicode.IsLetter)
	if i < 0 {
		return tok
	}
	r, size := utf8.DecodeRuneInString(tok[i:])
	if upper {
		r = unicode.ToUpper(r)
	} else {
		r = unicode.ToLower(r)
	}
	return tok[:i] + string(r) + tok[i+size:]
}

// wordCount is the number of whitespace-separated tokens of s.
func wordCount(s string) int { return len(strings.Fields(s)) }
