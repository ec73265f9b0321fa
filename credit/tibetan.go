package credit

import (
	"strings"
	"unicode"
)

// Tibetan names against their Latin spelling. A Bhutanese or Tibetan
// outlet is named in its own script in a credit line ("ཀུན་གསལ") and in
// Latin letters in its page's site name ("Kuensel"). Tibetan spelling
// keeps letters the language stopped saying centuries ago: a syllable is
// a root letter with, around it, a silent prefix (the ག of གསལ, "sel"), a
// silent superscript or a subscript that changes its sound (བྲ is "dr"),
// a vowel sign, a suffix and a silent post-suffix. The Latin spelling
// writes what is said, so the skeleton compared with latinSkeleton's is
// the sounded consonants: each syllable's root, as its subscripts make
// it sound, and its suffix; prefixes, superscripts, post-suffixes and
// the suffixes that only change the vowel (ད, ས, འ) are dropped.

// tibetanRoots are the sounds of the Tibetan consonants as root letters,
// in latinSkeleton's classes (aspiration dropped, z as j).
var tibetanRoots = map[rune]string{
	'ཀ': "k", 'ཁ': "k", 'ག': "g", 'ང': "ng", 'ཅ': "c", 'ཆ': "c", 'ཇ': "j", 'ཉ': "ny",
	'ཏ': "t", 'ཐ': "t", 'ད': "d", 'ན': "n", 'པ': "p", 'ཕ': "p", 'བ': "b", 'མ': "m",
	'ཙ': "ts", 'ཚ': "ts", 'ཛ': "dj", 'ཝ': "v", 'ཞ': "j", 'ཟ': "j", 'འ': "", 'ཡ': "y",
	'ར': "r", 'ལ': "l", 'ཤ': "s", 'ས': "s", 'ཧ': "", 'ཨ': "",
}

// tibetanSuffixes are the sounds of the letters that may close a
// syllable: ད, ས and འ only change the vowel before them.
var tibetanSuffixes = map[rune]string{
	'ག': "k", 'ང': "ng", 'ན': "n", 'བ': "p", 'མ': "m", 'ར': "r", 'ལ': "l",
}

// tibetanPrefixes are the letters that may stand silent before a root.
var tibetanPrefixes = map[rune]bool{'ག': true, 'ད': true, 'བ': true, 'མ': true, 'འ': true}

// tunit is a stack of a syllable: a base letter and the subjoined
// letters under it, read as base letters.
type tunit struct {
	base rune
	sub  []rune
}

// tibetanSkeleton returns the sounded consonants of a name in Tibetan
// script, and false when it holds a letter of another script.
func tibetanSkeleton(name string) (string, bool) {
	var b strings.Builder
	seen := false
	var units []tunit
	vowelAfter := -1 // the unit a vowel sign follows
	flush := func() {
		if len(units) > 0 {
			b.WriteString(tibetanSyllable(units, vowelAfter))
		}
		units, vowelAfter = units[:0], -1
	}
	for _, r := range name {
		switch {
		case r >= 0x0F40 && r <= 0x0F6C:
			seen = true
			units = append(units, tunit{base: r})
		case r >= 0x0F90 && r <= 0x0FBC:
			if len(units) > 0 {
				units[len(units)-1].sub = append(units[len(units)-1].sub, r-0x50)
			}
		case r >= 0x0F71 && r <= 0x0F84:
			if vowelAfter < 0 {
				vowelAfter = len(units) - 1
			}
		case r >= 0x0F00 && r <= 0x0FFF, r == ' ', r == '-':
			flush() // the tsheg, the shad, a space: a syllable's end
		case r < 0x80 && !unicode.IsLetter(r):
			flush()
		default:
			return "", false
		}
	}
	flush()
	return b.String(), seen
}

// tibetanSyllable returns the sounded consonants of one syllable's
// stacks: its root found by the vowel sign it carries, else by its one
// stack, else by its length and prefix.
func tibetanSyllable(units []tunit, vowelAfter int) string {
	root := -1
	switch {
	case vowelAfter >= 0:
		root = vowelAfter
	default:
		for i, u := range units {
			if len(u.sub) > 0 {
				root = i
				break
			}
		}
	}
	if root < 0 {
		switch {
		case len(units) >= 3 && tibetanPrefixes[units[0].base]:
			root = 1 // གསལ: the prefix ག, the root ས, the suffix ལ
		default:
			root = 0
		}
	}
	var b strings.Builder
	b.WriteString(tibetanRoot(units[root]))
	if root+1 < len(units) {
		b.WriteString(tibetanSuffixes[units[root+1].base])
	}
	return b.String()
}

// tibetanRoot returns the sound of a root stack: under a superscript (ར,
// ལ, ས) the subjoined letter is the root; the subscripts ཡ, ར, ལ change
// its sound.
func tibetanRoot(u tunit) string {
	core, subs := u.base, u.sub
	if (core == 'ར' || core == 'ལ' || core == 'ས') && len(subs) > 0 && !tibetanSubscript(subs[0]) {
		core, subs = subs[0], subs[1:]
	}
	sound := tibetanRoots[core]
	for _, s := range subs {
		switch s {
		case 'ཡ':
			switch core {
			case 'པ', 'ཕ':
				sound = "c"
			case 'བ':
				sound = "j"
			case 'མ':
				sound = "ny"
			default:
				sound += "y"
			}
		case 'ར':
			switch core {
			case 'ཀ', 'ཏ', 'པ', 'ཁ', 'ཐ', 'ཕ':
				sound = "tr"
			case 'ག', 'ད', 'བ':
				sound = "dr"
			case 'ས':
				sound = "s"
			default:
				sound = "r"
			}
		case 'ལ':
			if core == 'ཟ' {
				sound = "d"
			} else {
				sound = "l"
			}
		}
	}
	return sound
}

// tibetanSubscript reports whether r, subjoined, is a subscript (ཡ ར ལ
// ཝ) rather than a root under a superscript.
func tibetanSubscript(r rune) bool {
	return r == 'ཡ' || r == 'ར' || r == 'ལ' || r == 'ཝ'
}
