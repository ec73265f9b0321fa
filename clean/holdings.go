package clean

import (
	"bytes"
	"strings"
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
