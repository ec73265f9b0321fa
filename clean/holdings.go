package clean

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A financial site's position disclosure: the note under a stock story
// or an earnings-call transcript in which the site or the writer says
// what it holds in the companies the text names ("EarningsDesk has no
// position in any of the stocks mentioned. EarningsDesk has a
// disclosure policy.", "The author has no position in any stocks
// mentioned.", "I have no stock, option or similar derivative position
// in any of the companies mentioned"). It is the publisher's legal
// chrome, as a self-note is (wSelfNote), and weighs as much.
//
// The shape, one sentence of the line: a subject of at most
// holdingsSubjectWords words opening it, a verb of holding right after
// (holdingVerbs: "has", "holds", "own"), the word "position" or
// "positions" within holdingsReach words of the verb, "in" after it,
// and "mentioned" among the sentence's last words, the stocks named by
// the text being the ones meant. A story reports a fund's stake with a
// figure and its company's name, and says who said so ("The fund said
// it had no position in Acme"): the subject then speaks through another
// verb, or the sentence ends on a name.

// holdingsMaxWords bounds a position disclosure: the longest form, a
// contributor's on an investing platform ("I/we have no stock, option or
// similar derivative position in any of the companies mentioned, and no
// plans to initiate any such positions within the next 72 hours."), has
// 30 words; with the site's sentence on its policy, 45 is room to spare.
const holdingsMaxWords = 45

// holdingsSubjectWords bounds the subject before the verb: "I",
// "EarningsDesk", "The author", "Neither the author nor the site" (6).
const holdingsSubjectWords = 6

// holdingsReach is how many words may stand between the verb and
// "position": "has no position", "have no stock, option or similar
// derivative position" (6).
const holdingsReach = 6

// holdingsTail is how many words may close the sentence after
// "mentioned": "mentioned above", "mentioned in this article" (3).
const holdingsTail = 3

// holdingVerbs say what the subject holds, in the tenses a disclosure
// uses.
var holdingVerbs = set(`has have had holds hold held owns own owned`)

var positionWord, mentionedWord = []byte("position"), []byte("mentioned")

// positionDisclosure reports whether line (lower case) holds a
// financial site's position disclosure; see the file's comment.
func positionDisclosure(lower []byte) bool {
	if !bytes.Contains(lower, positionWord) || !bytes.Contains(lower, mentionedWord) {
		return false // most lines: no allocation
	}
	for _, sent := range sentencesOf(string(lower)) {
		words := strings.Fields(sent)
		for k := range words {
			words[k] = strings.Trim(words[k], ".,;:!?\"'“”’()")
		}
		if holdingShape(words) {
			return true
		}
	}
	return false
}

// sentencesOf splits a lower-case line after a full stop followed by a
// space (shortSentences needs capitals, which lower case has lost).
func sentencesOf(lower string) []string {
	return strings.SplitAfter(lower, ". ")
}

// holdingShape reports whether words, one sentence's, have the shape
// of a position disclosure (see the file's comment).
func holdingShape(words []string) bool {
	for v := 1; v <= holdingsSubjectWords && v < len(words); v++ {
		if !holdingVerbs[words[v]] {
			continue
		}
		for p := v + 1; p <= v+1+holdingsReach && p+1 < len(words); p++ {
			if (words[p] != "position" && words[p] != "positions") || words[p+1] != "in" {
				continue
			}
			for m := max(p+2, len(words)-1-holdingsTail); m < len(words); m++ {
				if words[m] == "mentioned" {
					return true
				}
			}
		}
		return false // the first verb of holding is the sentence's
	}
	return false
}

// A financial site's advice disclaimer says the same kind of thing in
// other words: that the site is no adviser, that the text is no advice,
// that the reader must check for himself ("Disclaimer: StockWirePulse
// is not a registered investment advisor. This article is for
// informational purposes only and does not constitute financial
// advice. Always do your own due diligence before investing."). Each
// of its clauses may stand in a story that reports on one ("the firm
// said it was not a registered investment adviser"), so the note is
// known by two of its kinds in one short line (adviceKinds), one of
// them the site's disowning of advice or of the adviser's role: a story
// quotes one clause, the site prints the set.

// adviceKinds are the kinds of an advice disclaimer's clauses, lower
// case, as word sequences: [0] the site is no adviser, [1] the text is
// no advice, [2] the reader must check for himself, [3] the text is
// for information only. English, as the investing sites write it.
var adviceKinds = [4][][]string{
	phraseWords(`not a registered investment advisor | not a registered investment adviser |
		not a licensed financial advisor | not a licensed financial adviser | not a financial advisor |
		not a financial adviser | not registered as an investment adviser | not registered as an investment advisor`),
	phraseWords(`not constitute financial advice | not constitute investment advice | not constitute a recommendation |
		not financial advice | not investment advice | not be construed as financial advice |
		not be construed as investment advice | not intended as financial advice | not intended as investment advice`),
	phraseWords(`do your own due diligence | do your own research | conduct your own due diligence |
		consult a licensed financial advisor | consult a licensed financial adviser | consult a qualified financial advisor |
		consult a qualified financial adviser | consult your financial advisor | consult your financial adviser`),
	phraseWords(`for informational purposes only | for information purposes only | for educational purposes only |
		for informational and educational purposes only`),
}

// adviceWord is in every clause of the first two kinds, or the line is
// not looked at: most lines have none.
var adviceWord = []byte("advi")

// adviceDisclaimer reports whether line (lower case) holds an advice
// disclaimer; see adviceKinds.
func adviceDisclaimer(lower []byte) bool {
	if !bytes.Contains(lower, adviceWord) {
		return false // most lines: no allocation
	}
	words := strings.FieldsFunc(string(lower), notWordRune)
	var seen [len(adviceKinds)]bool
	for k := range words {
		for kind, phrases := range adviceKinds {
			seen[kind] = seen[kind] || opensWith(words[k:], phrases)
		}
	}
	n := 0
	for _, s := range seen {
		if s {
			n++
		}
	}
	return n >= 2 && (seen[0] || seen[1])
}

// An aggregator's responsibility disclaimer disowns what it carries as
// the advice disclaimer disowns advice: the site answers neither for
// the accuracy of the texts others post to it nor for their use
// ("Disclaimer: AAAS and EurekAlert! are not responsible for the
// accuracy of news releases posted to EurekAlert! by contributing
// institutions or for the use of any information through the
// EurekAlert system.", "The BBC is not responsible for the content of
// external sites."). It is the publisher's legal chrome, and weighs as
// a self-note does.
//
// The shape: the line, after a notice's label (noticeLabels) or none,
// is one sentence that opens with a name — at most holdingsSubjectWords
// words, the first capitalised and each other capitalised or a joining
// word (disownJoins) — then "is" or "are", "not responsible" or "not
// liable", "for", and within disownReach words one of disownObjects:
// the accuracy, the content or the use of what the site carries. A
// story that reports such a claim says who made it or quotes it ("Meta
// is not responsible for the content its users post, the company
// argued"): a reporting verb (disownReporting) or quotation marks; or
// it has a common noun for a subject ("The council is not responsible
// …"), or a second sentence.

// disownReach is how many words may stand between "for" and the
// object: "the accuracy", "any of the content" (3).
const disownReach = 3

// disownJoins join the words of a name: "AAAS and EurekAlert!", "The
// University of Eastmoor", "Smith & Jones", "Office for National
// Statistics".
var disownJoins = set(`and & of the for`)

// disownObjects are what a site disowns, lower case: the accuracy, the
// content or the use of what it carries, and the views in it.
var disownObjects = set(`accuracy content contents completeness use views opinions`)

// disownReporting are the reporting verbs of a story that reports a
// disclaimer, lower case.
var disownReporting = set(`said says argued argues claimed claims told insisted insists ruled added stated wrote according`)

// responsibleWord and liableWord: every responsibility disclaimer holds
// one of them, and most lines neither.
var responsibleWord, liableWord = []byte("responsible"), []byte("liable")

// responsibilityDisclaimer reports whether line holds an aggregator's
// responsibility disclaimer; see above. lower is line, lower case.
func responsibilityDisclaimer(line string, lower []byte) bool {
	if !bytes.Contains(lower, responsibleWord) && !bytes.Contains(lower, liableWord) {
		return false // most lines: no allocation
	}
	line = strings.TrimSpace(line)
	if label, rest, ok := strings.Cut(line, ":"); ok && len(label) <= maxLabelBytes && noticeLabels[strings.ToLower(strings.TrimSpace(label))] {
		line = strings.TrimSpace(rest)
	}
	if strings.Contains(strings.TrimRight(line, ". "), ". ") || strings.ContainsAny(line, "\"“”«»„") {
		return false // a second sentence, or a quotation
	}
	words := strings.Fields(line)
	for k := range words {
		w := strings.ToLower(strings.Trim(words[k], ".,;:!?()"))
		if disownReporting[w] {
			return false
		}
	}
	for v := 1; v <= holdingsSubjectWords && v+3 < len(words); v++ {
		if w := strings.ToLower(words[v]); w != "is" && w != "are" {
			continue
		}
		for k, w := range words[:v] {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && (k == 0 || !disownJoins[strings.ToLower(w)]) {
				return false // a common noun: a story's subject
			}
		}
		if strings.ToLower(words[v+1]) != "not" || strings.ToLower(words[v+3]) != "for" {
			return false
		}
		if pred := strings.ToLower(words[v+2]); pred != "responsible" && pred != "liable" {
			return false
		}
		for k := v + 4; k < len(words) && k <= v+3+disownReach; k++ {
			if disownObjects[strings.ToLower(strings.Trim(words[k], ".,;:"))] {
				return true
			}
		}
		return false
	}
	return false
}
