package quote

import (
	"strings"
	"unicode/utf8"

	"github.com/reprint/reprint"
)

// Speakers in Tibetan script
//
// Tibetan and Dzongkha close a quotation with a quotative particle (ཞེས,
// ཅེས, ཤེས; Dzongkha ཟེར) and name the speaker after it, marked by the
// ergative, before the verb of speech at the sentence's end:
//
//	Dzongkha  "“…” ཟེར་ རྒཔ་ སངས་རྒྱས་བསྟན་འཛིན་གྱིས་ སླབ་ཨིན།" (said Gup Sangay Tenzin)
//	Tibetan   "“…” ཞེས་སྒྲོལ་དཀར་གྱིས་བཤད།" (said Drolkar)
//	          "“…” ཞེས་བསོད་ནམས་རྡོ་རྗེས་བཤད།" (the ergative ས fused to the name)
//
// or name the speaker before the quotation, the particle and the verb
// after it: "བཀྲ་ཤིས་ཚེ་རིང་གིས་ “…” ཅེས་བཤད།". The script writes no
// spaces between words (Dzongkha spaces phrases), so the text is read by
// syllables, between the tsheg ་, spaces and the shad །. The speaker is
// the syllables between the particle and the ergative, or before the
// quotation back to the clause's start, at most maxTibetanSpeakerSyllables;
// an ergative pronoun (ཁོ་གིས, he) gives Pronoun, which the story's
// antecedent resolves: the agent of the sentence before, which ends in a
// verb of speech ("ཕ་ལྗོངས་ རྫོང་བདག་ ཉི་མ་རྒྱལ་མཚན་གྱིས་ … སླབ་ཨིན།").

// maxTibetanSpeakerSyllables bounds a speaker: a place, a role and a
// name of four syllables ("ཕ་ལྗོངས་ རྫོང་བདག་ ཉི་མ་རྒྱལ་མཚན", seven);
// more is a clause.
const maxTibetanSpeakerSyllables = 10

var (
	// tibetanQuotatives close a quotation: Tibetan ཞེས and its
	// sandhi forms after a final (ཅེས, ཤེས), Dzongkha ཟེར.
	tibetanQuotatives = map[string]bool{"ཞེས": true, "ཅེས": true, "ཤེས": true, "ཟེར": true}
	// tibetanSpeechVerbs are the verbs of speech, as their first
	// syllable: said (བཤད, honorific གསུངས, Dzongkha སླབ and ལབ),
	// expressed (བརྗོད), reported humbly (ཞུས).
	tibetanSpeechVerbs = map[string]bool{"བཤད": true, "གསུངས": true, "སླབ": true, "ལབ": true, "བརྗོད": true, "ཞུས": true}
	// tibetanErgatives are the ergative particles written as their own
	// syllable, by the final before them; after a vowel the ergative is
	// ས fused to the syllable (རྡོ་རྗེས).
	tibetanErgatives = map[string]bool{"གིས": true, "གྱིས": true, "ཀྱིས": true, "ཡིས": true}
	// tibetanPronouns stand for a speaker named before: he, she, the
	// honorific, and their plurals.
	tibetanPronouns = map[string]bool{"ཁོ": true, "མོ": true, "ཁོང": true, "ཁོ་མོ": true, "ཁོ་རང": true, "མོ་རང": true, "ཁོང་རང": true, "ཁོ་ཚོ": true, "ཁོང་ཚོ": true, "ཁོང་རྣམ་པ": true}
)

// tsyl is a syllable of Tibetan text with its span; edge marks a clause
// or sentence edge (a shad, a comma, a quotation mark, a line break) met
// before the syllable.
type tsyl struct {
	s    string
	sp   reprint.Span
	edge bool
}

// tibetanLetter reports whether r is a letter, vowel sign or subjoined
// letter of the Tibetan block.
func tibetanLetter(r rune) bool {
	return r >= 0x0F40 && r <= 0x0FBC || r >= 0x0F18 && r <= 0x0F19 || r >= 0x0F35 && r <= 0x0F39 && r != 0x0F36 && r != 0x0F38
}

// tibetanSyllables splits text[a:b] into syllables. Only the tsheg and
// spaces separate syllables of one clause; any other character is an
// edge.
func tibetanSyllables(text string, a, b int) []tsyl {
	var out []tsyl
	edge := false
	for i := a; i < b; {
		r, n := utf8.DecodeRuneInString(text[i:b])
		if tibetanLetter(r) {
			j := i + n
			for j < b {
				r2, n2 := utf8.DecodeRuneInString(text[j:b])
				if !tibetanLetter(r2) {
					break
				}
				j += n2
			}
			out = append(out, tsyl{s: text[i:j], sp: reprint.Span{Start: i, End: j}, edge: edge})
			edge = false
			i = j
			continue
		}
		if r != '\u0f0b' && r != '\u0f0c' && r != ' ' && r != '\u00a0' {
			edge = true
		}
		i += n
	}
	return out
}

// tibetanErgative reports how the syllable s marks the ergative: as the
// particle itself (own), or fused as a final ས after a vowel or a
// letter that takes no ས (fused). A syllable ending in ས after a final
// (ནས, from) is no ergative.
func tibetanErgative(s string) (own, fused bool) {
	if tibetanErgatives[s] {
		return true, false
	}
	body, ok := strings.CutSuffix(s, "ས")
	if !ok || body == "" {
		return false, false
	}
	last, _ := utf8.DecodeLastRuneInString(body)
	// A vowel sign before the ས (རྗེས, ཚོས) or a bare root letter of a
	// one-letter syllable (མས is no name): only the vowel sign is sure.
	switch last {
	case '\u0f72', '\u0f74', '\u0f7a', '\u0f7c': // i, u, e, o
		return false, true
	}
	return false, false
}

// tibetanSpeaker reads the speaker of a quotation at outer in Tibetan
// script, by the rules above.
func tibetanSpeaker(text string, outer reprint.Span) (cattr, bool) {
	after := tibetanSyllables(text, outer.End, sentenceAfter(text, outer.End))
	if len(after) < 2 || after[0].edge || !tibetanQuotatives[after[0].s] {
		return cattr{}, false
	}
	v := -1
	for k := 1; k < len(after) && k <= maxTibetanSpeakerSyllables+2; k++ {
		if after[k].edge {
			break
		}
		if tibetanSpeechVerbs[after[k].s] {
			v = k
			break
		}
	}
	if v < 0 {
		return cattr{}, false
	}
	verb := after[v].s
	if v > 1 {
		a, ok := tibetanAgent(text, after[1:v])
		a.verb = verb
		return a, ok
	}
	// "“…” ཅེས་བཤད།": the speaker before the quotation, in its sentence.
	before := tibetanSyllables(text, sentenceBefore(text, outer.Start), outer.Start)
	hi := len(before)
	if hi > 0 {
		lo := hi - 1
		for lo > 0 && hi-lo < maxTibetanSpeakerSyllables+1 && !before[lo].edge {
			lo--
		}
		// A speaker longer than the bound keeps its last syllables, the
		// name's: SameSpeaker compares a name's end.
		if a, ok := tibetanAgent(text, before[lo:hi]); ok {
			a.verb = verb
			return a, true
		}
	}
	// The subject is in the verb, named before.
	return cattr{sp: after[v].sp, verb: verb, pronoun: true}, true
}

// tibetanAgent reads an agent from ss, syllables that end in the
// ergative: the syllables before the particle, or before the fused ས.
func tibetanAgent(text string, ss []tsyl) (cattr, bool) {
	if len(ss) == 0 || len(ss) > maxTibetanSpeakerSyllables+1 {
		return cattr{}, false
	}
	last := ss[len(ss)-1]
	own, fused := tibetanErgative(last.s)
	var sp reprint.Span
	switch {
	case own && len(ss) >= 2:
		sp = reprint.Span{Start: ss[0].sp.Start, End: ss[len(ss)-2].sp.End}
	case fused:
		sp = reprint.Span{Start: ss[0].sp.Start, End: last.sp.End - len("ས")}
	default:
		return cattr{}, false
	}
	name := strings.TrimRight(text[sp.Start:sp.End], "\u0f0b ")
	sp.End = sp.Start + len(name)
	return cattr{sp: sp, pronoun: tibetanPronouns[name]}, true
}

// tibetanClauseSpeaker reads the agent of a sentence text[a:b] that ends
// in a verb of speech among its last syllables: the syllables from the
// sentence's start to its first ergative ("ཕ་ལྗོངས་ རྫོང་བདག་
// ཉི་མ་རྒྱལ་མཚན་གྱིས་ … སླབ་ཨིན།").
func tibetanClauseSpeaker(text string, a, b int) (cattr, bool) {
	ss := tibetanSyllables(text, a, b)
	if len(ss) < 3 {
		return cattr{}, false
	}
	spoken := false
	for k := max(0, len(ss)-tibetanVerbTail); k < len(ss); k++ {
		spoken = spoken || tibetanSpeechVerbs[ss[k].s]
	}
	if !spoken {
		return cattr{}, false
	}
	for k := 1; k < len(ss) && k <= maxTibetanSpeakerSyllables; k++ {
		if ss[k].edge {
			break
		}
		if own, fused := tibetanErgative(ss[k].s); own || fused {
			a, ok := tibetanAgent(text, ss[:k+1])
			if ok && !a.pronoun {
				return a, true
			}
			return cattr{}, false
		}
	}
	return cattr{}, false
}

// tibetanVerbTail is how many syllables may close a sentence after its
// verb of speech's first syllable: Dzongkha "སླབ་ཨིན", "སླབ་ཅི་ཨིན",
// Tibetan "བཤད་པ་རེད", "གསུངས་ཡོད".
const tibetanVerbTail = 4
