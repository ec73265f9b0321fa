package credit

import (
	"strings"
	"unicode"

	"github.com/reprint/reprint/analysis"
)

// Indic names against their Latin spelling. An Indian paper is named in
// its own script in a credit line ("ಕೃಪೆ: ಪ್ರಜಾವಾಣಿ", "കടപ്പാട്:
// മാതൃഭൂമി") and in Latin letters in its page's site name ("Prajavani",
// "Mathrubhumi"). Nine Brahmic scripts — Devanagari, Bengali, Gurmukhi,
// Gujarati, Oriya, Tamil, Telugu, Kannada and Malayalam — lay out their
// Unicode blocks alike (ISCII's order): the letter at an offset in one
// block is the same sound at that offset in another, so one table of
// offsets reads all nine. Both names are reduced to a consonant skeleton
// — consonants only, aspiration dropped (the "h" of "th", "bh"), each
// class of sounds one letter — since the vowels of a Latin spelling are
// the writer's choice ("Prajavani" for ಪ್ರಜಾವಾಣಿ, prajāvāṇi), and two
// skeletons that agree in at least indicMinSkeleton consonants name one
// paper.

// indicMinSkeleton is the least number of consonants two skeletons must
// agree in: four ("prjvn", "mtrbm") leave little room for chance, where
// two or three letters would match short unrelated names.
const indicMinSkeleton = 4

// indicOffsets maps a letter's offset in its block to its consonant
// class; offsets not listed (vowels, vowel signs, the virama) are
// dropped. The vocalic r (its sign and its letter) is a consonant for
// Latin writers ("Mathrubhumi" for മാതൃഭൂമി).
var indicOffsets = map[rune]byte{
	0x02: 'n',            // anusvara
	0x0B: 'r', 0x43: 'r', // vocalic r
	0x15: 'k', 0x16: 'k', 0x17: 'g', 0x18: 'g', 0x19: 'n',
	0x1A: 'c', 0x1B: 'c', 0x1C: 'j', 0x1D: 'j', 0x1E: 'n',
	0x1F: 't', 0x20: 't', 0x21: 'd', 0x22: 'd', 0x23: 'n',
	0x24: 't', 0x25: 't', 0x26: 'd', 0x27: 'd', 0x28: 'n', 0x29: 'n',
	0x2A: 'p', 0x2B: 'p', 0x2C: 'b', 0x2D: 'b', 0x2E: 'm',
	0x2F: 'y', 0x30: 'r', 0x31: 'r', 0x32: 'l', 0x33: 'l', 0x34: 'l', 0x35: 'v',
	0x36: 's', 0x37: 's', 0x38: 's',
	0x58: 'k', 0x59: 'k', 0x5A: 'g', 0x5B: 'j', 0x5C: 'd', 0x5D: 'd', 0x5E: 'p', 0x5F: 'y',
}

// indicOwn are the consonants a script added outside the shared layout:
// Assamese ৰ and ৱ in the Bengali block ("অসমীয়া প্ৰতিদিন" is "Asomiya
// Pratidin"), Oriya ୱ.
var indicOwn = map[rune]byte{'ৰ': 'r', 'ৱ': 'v', 'ୱ': 'v'}

// thaana maps the letters of Thaana, Dhivehi's script, to the same
// consonant classes: a Maldivian outlet is named in Latin letters in its
// page's site name ("PSM News") and in Thaana in a credit line
// ("ޕީއެސްއެމް ނިއުސް"). Thaana writes every consonant as a letter and
// every vowel as a sign above or below it, so the skeleton is the
// letters; alifu (އ), the carrier of a vowel with no consonant, and the h
// letters go, as the vowels and h do in Latin.
var thaana = map[rune]byte{
	'ށ': 's', 'ނ': 'n', 'ރ': 'r', 'ބ': 'b', 'ޅ': 'l', 'ކ': 'k', 'ވ': 'v', 'މ': 'm',
	'ފ': 'p', 'ދ': 'd', 'ތ': 't', 'ލ': 'l', 'ގ': 'g', 'ޏ': 'n', 'ސ': 's', 'ޑ': 'd',
	'ޒ': 'j', 'ޓ': 't', 'ޔ': 'y', 'ޕ': 'p', 'ޖ': 'j', 'ޗ': 'c', 'ޘ': 't', 'ޚ': 'k',
	'ޛ': 'd', 'ޜ': 'j', 'ޝ': 's', 'ޞ': 's', 'ޟ': 'd', 'ޠ': 't', 'ޡ': 'j', 'ޣ': 'g',
	'ޤ': 'k', 'ޥ': 'v', 'ޱ': 'n',
}

// isThaana reports whether r is in Thaana's block.
func isThaana(r rune) bool { return r >= 0x0780 && r <= 0x07BF }

// indicBlock returns the start of the Brahmic block r is in, and false
// for a letter of none of the nine.
func indicBlock(r rune) (rune, bool) {
	if r < 0x0900 || r >= 0x0D80 {
		return 0, false
	}
	return r &^ 0x7F, true
}

// indicSkeleton returns the consonant skeleton of a name in one of the
// nine scripts, in Thaana, in Ethiopic or in Tibetan (tibetan.go), and
// false when it holds a letter of any other script.
func indicSkeleton(name string) (string, bool) {
	if strings.ContainsFunc(name, func(r rune) bool { return r >= 0x0F40 && r <= 0x0FBC }) {
		return tibetanSkeleton(name)
	}
	var b strings.Builder
	seen := false
	for _, r := range name {
		base, ok := indicBlock(r)
		switch {
		case analysis.IsEthiopic(r):
			seen = true
			if c, ok := analysis.EthiopicConsonant(r); ok {
				b.WriteByte(c)
			}
		case isThaana(r):
			seen = true
			if c, ok := thaana[r]; ok {
				b.WriteByte(c)
			}
		case ok:
			seen = true
			if c, ok := indicOffsets[r-base]; ok {
				b.WriteByte(c)
			} else if c, ok := indicOwn[r]; ok {
				b.WriteByte(c)
			}
		case unicode.IsLetter(r):
			return "", false
		}
	}
	return b.String(), seen
}

// latinSkeleton returns the consonant skeleton of a name in Latin
// letters, and false when it holds a letter of another script. The
// digraphs of Indian spelling fold into one class ("ch" c, "sh" s, "ph"
// p); every other h, and the vowels, go, and so does a w after a vowel,
// which English spells for a vowel's glide ("News", written ނިއުސް, nius,
// in Thaana; a w before a vowel is a consonant).
func latinSkeleton(name string) (string, bool) {
	var b strings.Builder
	rs := []rune(strings.ToLower(name))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if !unicode.IsLetter(r) {
			continue
		}
		if r > unicode.MaxLatin1 && !unicode.Is(unicode.Latin, r) {
			return "", false
		}
		switch r {
		case 'a', 'e', 'i', 'o', 'u', 'h', 'á', 'à', 'â', 'é', 'è', 'ê', 'í', 'ì', 'î', 'ó', 'ò', 'ô', 'ú', 'ù', 'û':
		case 'c':
			if i+1 < len(rs) && rs[i+1] == 'h' {
				b.WriteByte('c')
			} else {
				b.WriteByte('k')
			}
		case 'q':
			b.WriteByte('k')
		case 'x':
			b.WriteString("ks")
		case 'z':
			b.WriteByte('j')
		case 'f':
			b.WriteByte('p')
		case 'w':
			if i == 0 || !strings.ContainsRune("aeiou", rs[i-1]) {
				b.WriteByte('v')
			}
		default:
			if r < 0x80 {
				b.WriteRune(r)
			}
		}
	}
	return b.String(), true
}

// indicLatin reports whether a, written in a Brahmic script, and b, in
// Latin letters, are one name: their consonant skeletons are the same and
// at least indicMinSkeleton long. b's skeleton is read here, only against
// such a name: most names compared are neither.
func indicLatin(a, b nameKey) bool {
	if len(a.indic) < indicMinSkeleton-1 || b.indic != "" || looksLikeHost(b.raw) {
		return false
	}
	l, ok := latinSkeleton(b.raw)
	if ok && l != a.indic && len(b.core) > 0 && len(b.core) < len(b.key) {
		// The name's distinctive words without its web or masthead
		// words: "Kuensel Online" is "Kuensel".
		l, ok = latinSkeleton(strings.Join(b.core, " "))
		if ok && l == a.indic {
			return len(a.indic) >= indicMinSkeleton
		}
	}
	if !ok || l != a.indic {
		return false
	}
	return len(a.indic) >= indicMinSkeleton || sameParts(a.raw, b.raw)
}

// sameParts reports whether two spellings of a name, a in a Brahmic,
// Thaana or Ethiopic script and b in Latin letters, split into the same
// parts at hyphens and spaces, each part's skeleton the other's: a name
// of three consonants is one name when it is so built ("ኤሪ-ቲቪ" and
// "ERi-TV": r, then t and v), where three consonants in a row would match
// short unrelated names.
func sameParts(a, b string) bool {
	split := func(s string) []string {
		return strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == ' ' || r == '‐' || r == '–' })
	}
	pa, pb := split(a), split(b)
	if len(pa) < 2 || len(pa) != len(pb) {
		return false
	}
	for i := range pa {
		sa, ok := indicSkeleton(pa[i])
		sb, okb := latinSkeleton(pb[i])
		if !ok || !okb || sa == "" || sa != sb {
			return false
		}
	}
	return true
}
