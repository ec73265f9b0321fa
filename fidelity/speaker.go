package fidelity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/quote"
)

// SameSpeaker reports whether two speaker names, as quote.Extract gives
// them, can name the same person or body: after folding case and
// punctuation, the last word of one appears among the words of the other.
// So "Zelensky" is "Volodymyr Zelensky", "Starmer" is "UK Prime Minister
// Sir Keir Starmer", "Sir Keir" is "Sir Keir Starmer" and "the Kremlin" is
// "Kremlin", while "Trump" is not "Putin" and "Donald Trump" is not
// "Donald Tusk" (neither surname is in the other name). Names with no
// words are never the same as anything.
//
// The rule errs towards "same": a changed speaker is a strong claim, and
// news text names one person in many ways (title, first name, surname).
//
// Names in a script whose tokens are characters (Chinese, Lao, Thai:
// analysis.CharToken) are compared by their last space-separated word,
// which one must hold whole: "陈德厚" is "村党支部书记陈德厚", "ບຸນທະວີ
// ແສງອາລຸນ" is not "ສີສະຫວາດ ພົມມະຈັນ" (a last character in common
// says nothing). In scripts without case, whose names decline
// (Georgian's ergative "ლომთაძემ" for "ლომთაძე", Nepali's "पौडेलले"),
// a last word is also found inflected: its first inflectionStem letters
// the same, at most inflectionEnd more or fewer. A name in Cyrillic and
// one in Latin letters are also compared in the Latin alphabets of the
// languages printed in both (analysis.Translit): "Гүлнар Оспанова" is
// "Gúlnar Ospanova", "Драган Миловановић" is "Milovanović".
func SameSpeaker(a, b string) bool {
	if sameSpeaker(a, b) {
		return true
	}
	if analysis.HasCyrillic(a) == analysis.HasCyrillic(b) {
		return false
	}
	for _, m := range analysis.Alphabets {
		if sameSpeaker(analysis.Transliterate(a, m), analysis.Transliterate(b, m)) {
			return true
		}
	}
	return false
}

// sameSpeaker is SameSpeaker within one script.
func sameSpeaker(a, b string) bool {
	ta, tb := analysis.Tokenize(a), analysis.Tokenize(b)
	if len(ta) == 0 || len(tb) == 0 {
		return false
	}
	if charName(a) || charName(b) {
		return strings.Contains(b, lastField(a)) || strings.Contains(a, lastField(b))
	}
	has := func(ts []analysis.Token, h uint64) bool {
		return slices.ContainsFunc(ts, func(t analysis.Token) bool { return t.Hash == h })
	}
	if has(tb, ta[len(ta)-1].Hash) || has(ta, tb[len(tb)-1].Hash) {
		return true
	}
	// An isiZulu name with its noun-class prefix ("uNdwandwe") is the
	// name without it ("uMnu Sibusiso Ndwandwe").
	for _, x := range [][2]string{{a, b}, {b, a}} {
		if stem, ok := quote.BantuStem(lastField(x[0])); ok && slices.ContainsFunc(strings.Fields(x[1]), func(f string) bool {
			g := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
			s, _ := quote.BantuStem(g)
			return strings.EqualFold(g, stem) || strings.EqualFold(s, stem)
		}) {
			return true
		}
	}
	return inflectedIn(lastField(a), b) || inflectedIn(lastField(b), a) ||
		hebrewDefiniteIn(lastField(a), b) || hebrewDefiniteIn(lastField(b), a) ||
		declinedName(a, b)
}

// declinedName reports whether the last two words of a and of b are one
// first name and surname declined: each pair shares its first
// inflectionStem letters, and what follows differs by at most
// inflectionEnd letters on each side. Slavic and Baltic languages decline
// names in cased scripts too ("podľa Jozefa Vaľka", according to Jozef
// Vaľko; "z Janem Novákem"); a surname alone is not matched so, since
// "Tusk" and "Trump" share a letter and two surnames of one family can
// share a stem, but a first name and surname both so close are one
// person's. "Jana Nováková" is not "Jan Novák" (the feminine surname's
// ending is three letters).
func declinedName(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) < 2 || len(fb) < 2 {
		return false
	}
	for k := 1; k <= 2; k++ {
		if !declined(trimWord(fa[len(fa)-k]), trimWord(fb[len(fb)-k])) {
			return false
		}
	}
	return true
}

// declined reports whether two words are one word up to an ending: they
// share their first inflectionStem letters, case folded, and differ by
// at most inflectionEnd letters each after the longest prefix they share.
func declined(a, b string) bool {
	x, y := []rune(a), []rune(b)
	n := 0
	for n < len(x) && n < len(y) && unicode.ToLower(x[n]) == unicode.ToLower(y[n]) {
		n++
	}
	return n >= inflectionStem && len(x)-n <= inflectionEnd && len(y)-n <= inflectionEnd
}

// hebrewDefiniteIn reports whether word, in Hebrew, is a word of name but
// for the definite article ה joined to the front of one of them: a role
// names its body with it or in the construct state without it ("האקולוגית
// של הרשות", the authority's ecologist, is "האקולוגית של רשות נחל ארזים").
func hebrewDefiniteIn(word, name string) bool {
	bare := func(w string) string {
		if rest, ok := strings.CutPrefix(w, "ה"); ok && utf8.RuneCountInString(rest) >= inflectionStem {
			return rest
		}
		return w
	}
	r, _ := utf8.DecodeRuneInString(word)
	if !unicode.Is(unicode.Hebrew, r) {
		return false
	}
	w := bare(word)
	for _, f := range strings.Fields(name) {
		if bare(trimWord(f)) == w {
			return true
		}
	}
	return false
}

// Inflection bounds for names of scripts without case (SameSpeaker), in
// characters (an Indic vowel sign is one): a stem of three keeps a short
// surname ("पुन", Pun, whose ergative is "पुनले"), an ending of two is a
// case ending (Georgian "-მა", Nepali "-ले").
const (
	inflectionStem = 3
	inflectionEnd  = 2
)

// caselessWord reports whether word holds letters and none that marks
// case (analysis.MarksCase: Georgian's count as caseless).
func caselessWord(word string) bool {
	return strings.ContainsFunc(word, unicode.IsLetter) && !strings.ContainsFunc(word, analysis.MarksCase)
}

// charName reports whether name ends in a letter of a script tokenized a
// character at a time.
func charName(name string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(name, func(r rune) bool { return !unicode.IsLetter(r) }))
	return analysis.CharToken(r)
}

// lastField returns the last space-separated word of name, without
// surrounding punctuation.
func lastField(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return trimWord(f[len(f)-1])
}

// trimWord returns word without the punctuation around it.
func trimWord(word string) string {
	return strings.TrimFunc(word, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) })
}

// inflectedIn reports whether word, of a script without case, is a word
// of name up to an ending: the two share their first inflectionStem
// letters and differ by at most inflectionEnd letters after the longest
// prefix they share.
func inflectedIn(word, name string) bool {
	if !caselessWord(word) || utf8.RuneCountInString(word) < inflectionStem {
		return false
	}
	for _, f := range strings.Fields(name) {
		if declined(word, trimWord(f)) {
			return true
		}
	}
	return false
}

// fullNameMaxWords bounds the full name fullName reads: a first name, a
// middle one and a surname of two words.
const fullNameMaxWords = 4

// fullName returns the full name text (tokenized as toks) gives the
// speaker name of one word ("Gareth" in a club's statement that first calls
// him "Gareth Pellow", "Pellow" in a paper's story): the first run of two
// to fullNameMaxWords capitalised words, joined as nameRuns joins them,
// that holds the word. A speaker the text never names more fully is
// returned as it is. A story calls a person by first
// name or surname after naming them whole; two versions may each keep a
// different one.
//
// A speaker of more words is read the same way when the text names them
// more fully with those words in a row: Chamorro calls an elder by title
// and first name ("Tun Vicente"), whom the story introduced as "Tun
// Vicente L. Mafnas". A name of other words ("John Smith" beside "Jane
// Smith") stays as it is.
func fullName(text string, toks []analysis.Token, name string) string {
	words := strings.Fields(name)
	if len(words) == 0 || len(words) >= fullNameMaxWords {
		return name
	}
	joined := func(j int) bool { // toks[j] and toks[j+1] are one name's, or a middle initial's full stop between
		gap := text[toks[j].Span.End:toks[j+1].Span.Start]
		initial := strings.TrimSpace(gap) == "." && utf8.RuneCountInString(text[toks[j].Span.Start:toks[j].Span.End]) == 1
		return (nameJoin(gap) || initial) && capitalised(text, toks[j].Span) && capitalised(text, toks[j+1].Span)
	}
	holds := func(i int) bool { // the name's words in a row from toks[i], one name's
		if i+len(words) > len(toks) {
			return false
		}
		for k, w := range words {
			if t := toks[i+k]; text[t.Span.Start:t.Span.End] != w || k > 0 && !joined(i+k-1) {
				return false
			}
		}
		return true
	}
	for i := range toks {
		if !holds(i) {
			continue
		}
		lo, hi := i, i+len(words)-1
		for lo > 0 && hi-lo+1 < fullNameMaxWords && joined(lo-1) {
			lo--
		}
		for hi+1 < len(toks) && hi-lo+1 < fullNameMaxWords && joined(hi) {
			hi++
		}
		if hi > lo {
			return text[toks[lo].Span.Start:toks[hi].Span.End]
		}
	}
	return name
}
