package sentence

import (
	"unicode"
	"unicode/utf8"
)

// abbrClass says how a word followed by a period behaves.
type abbrClass uint8

const (
	abbrNone abbrClass = iota
	// abbrTitle never ends a sentence: it precedes a name or a noun
	// ("Mr. Smith", "Dr. Jones", "St. Petersburg", "approx. five").
	abbrTitle
	// abbrNumber continues only before a number ("No. 10", "Jan. 5",
	// "Sept. 11"); elsewhere it is an ordinary word ("The answer was no.").
	abbrNumber
)

// defaultAbbreviations lists the words, without their period, that the
// segmenter knows. Lookup is case-insensitive. The list is short on purpose:
// each entry is a word that is common in news before a period and rarely
// ends a sentence. Words that often do end sentences ("etc.", "Inc.",
// "Ltd.", "Jr.") are left out: the general rule (break only before a word
// that does not start in lower case) already keeps "Apple Inc. said".
var defaultAbbreviations = map[string]abbrClass{
	// Titles and ranks.
	"mr": abbrTitle, "mrs": abbrTitle, "ms": abbrTitle, "mx": abbrTitle, "dr": abbrTitle,
	"prof": abbrTitle, "st": abbrTitle, "sgt": abbrTitle, "gen": abbrTitle, "col": abbrTitle,
	"lt": abbrTitle, "capt": abbrTitle, "cmdr": abbrTitle, "adm": abbrTitle, "maj": abbrTitle,
	"brig": abbrTitle, "cpl": abbrTitle, "pvt": abbrTitle, "gov": abbrTitle, "sen": abbrTitle,
	"rep": abbrTitle, "rev": abbrTitle, "fr": abbrTitle, "hon": abbrTitle, "pres": abbrTitle,
	"supt": abbrTitle, "insp": abbrTitle, "det": abbrTitle, "messrs": abbrTitle, "mme": abbrTitle,
	"mlle": abbrTitle, "mt": abbrTitle, "ft": abbrTitle, "sr": abbrTitle, "jr": abbrTitle,
	// The Philippine and Nigerian press's professional titles before a
	// name: "Engr. Ramon Santelices", "Atty. Maria Cruz".
	"engr": abbrTitle, "atty": abbrTitle,
	// Jr. and Sr. sit between a name and a comma or verb far more often
	// than at the end of a sentence.
	// Reference words.
	"vs": abbrTitle, "v": abbrTitle, "cf": abbrTitle, "approx": abbrTitle, "fig": abbrTitle,
	"figs": abbrTitle, "vol": abbrTitle, "pp": abbrTitle, "dept": abbrTitle, "est": abbrTitle,
	"ca": abbrTitle, "viz": abbrTitle,
	// Before numbers.
	"no": abbrNumber, "nos": abbrNumber, "nr": abbrNumber, "art": abbrNumber, "p": abbrNumber,
	"jan": abbrNumber, "feb": abbrNumber, "mar": abbrNumber, "apr": abbrNumber, "jun": abbrNumber,
	"jul": abbrNumber, "aug": abbrNumber, "sep": abbrNumber, "sept": abbrNumber, "oct": abbrNumber,
	"nov": abbrNumber, "dec": abbrNumber,
}

// IsTitle reports whether word, without its period and in any case, is a
// title or rank the segmenter never ends a sentence after ("Dr", "Mr",
// "St", "Gen"): a word that precedes a name. Package quote reads
// "Dr. Lena Marsh" as one name with it.
func IsTitle(word string) bool {
	if len(word) == 0 || len(word) > maxAbbrLen {
		return false
	}
	var buf [maxAbbrLen]byte
	for i := 0; i < len(word); i++ {
		c := word[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return defaultAbbreviations[string(buf[:len(word)])] == abbrTitle
}

// starters are capitalised words that open sentences far more often than
// they follow an initial or an acronym inside a name. After "B." or "U.S."
// the segmenter breaks only when one of these follows: "the U.S. The
// talks" breaks, "U.S. President" and "J. K. Rowling" do not.
var starters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "You": true, "His": true, "Her": true, "Its": true, "Their": true,
	"Our": true, "This": true, "That": true, "These": true, "Those": true, "There": true,
	"But": true, "And": true, "Or": true, "So": true, "Yet": true, "In": true, "On": true,
	"At": true, "For": true, "If": true, "When": true, "While": true, "After": true,
	"Before": true, "As": true, "Meanwhile": true, "However": true, "Some": true,
	"Many": true, "Most": true, "What": true, "Why": true, "How": true, "Who": true,
	"Where": true, "Earlier": true, "Later": true, "Officials": true, "Police": true,
}

// timeFollowers are capitalised words that continue a sentence after
// "a.m." or "p.m.": "at 9 a.m. Monday", "5 p.m. GMT".
var timeFollowers = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "GMT": true, "UTC": true, "BST": true, "CET": true,
	"ET": true, "EST": true, "EDT": true, "PT": true, "PST": true, "PDT": true, "local": true,
}

// terminal reports whether r ends a sentence when the context agrees, and
// whether it does so without needing white space after it (scripts that
// do not separate words, and stops that are never decimal points).
func terminal(r rune) (ok, spaceless bool) {
	switch r {
	case '.', '!', '?', '\u2026': // full stop, exclamation, question, ellipsis
		return true, false
	case '\u203C', '\u2047', '\u2048', '\u2049': // ‼ ⁇ ⁈ ⁉
		return true, false
	case '\u06D4', // ۔ Arabic full stop (Urdu)
		'\u061F', // ؟ Arabic question mark
		'\u0964', // । Devanagari danda
		'\u0965', // ॥ double danda
		'\u3002', // 。 ideographic full stop
		'\uFF01', // ！ fullwidth exclamation
		'\uFF1F', // ？ fullwidth question
		'\uFF61', // ｡ halfwidth ideographic full stop
		'\u1362', // ። Ethiopic full stop
		'\u104B', // ။ Myanmar section
		'\u0F0D', // ། Tibetan shad
		'\u0F0E', // ༎ Tibetan nyis shad
		'\u0589', // ։ Armenian full stop
		'\u0700', // ܀ Syriac end of paragraph
		'\u0701': // ܁ Syriac supralinear full stop
		return true, true
	}
	return false, false
}

// closer reports whether r may follow a sentence's final punctuation and
// still belong to the sentence: closing quotes and brackets.
func closer(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}',
		'\u201D', '\u2019', // ” ’
		'\u00BB', '\u203A', // » ›
		'\u201C',                                                   // “ closes „…“ in German
		'\u300D', '\u300F', '\uFF09', '\u3011', '\uFF02', '\uFF07', // 」 』 ） 】 ＂ ＇
		'\u300B', '\u3009': // 》 〉
		return true
	}
	return false
}

// opener reports whether r may precede the first letter of a sentence:
// opening quotes and brackets, inverted Spanish marks, dashes.
func opener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{',
		'\u201C', '\u2018', '\u201E', '\u201A', // “ ‘ „ ‚
		'\u00AB', '\u2039', // « ‹
		'\u00BF', '\u00A1', // ¿ ¡
		'\u2014', '\u2013', '-', // — – -
		'\u300C', '\u300E', '\uFF08', '\u3010', '\u300A', '\u3008': // 「 『 （ 【 《 〈
		return true
	}
	return false
}

// isSpace reports whether r is white space. ASCII is checked first; the
// general path covers NBSP, the Unicode spaces and the line and paragraph
// separators.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r) || r == '\u200B'
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
