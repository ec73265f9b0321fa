package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reprint/reprint"
)

// Dash quotations
//
// Swedish, Norwegian, Danish and Finnish news (and Russian, Spanish and
// Portuguese dialogue) open a quotation with a dash at the start of its
// paragraph and no closing mark:
//
//	– Vi har gjort allt vi kunnat, säger Helena Strandberg, vd för bruket.
//	– Det är en sorg för hela bygden. Folk är chockade, säger hon.
//	– Vi vet inte än, fortsätter hon. – Men vi ger inte upp.
//
// The quotation runs from the dash to the comma before its attribution
// (", säger X", ", — сказал он") or, without one, to the paragraph's end;
// after an attribution that ends its sentence, a dash opens the next
// piece, which continues it. A paragraph with no attribution of its own
// after a dash quotation continues that speaker's words (Continued), as
// the form is written. A dash also opens list items, so the form counts
// only in a text where at least one dash paragraph has an attribution
// (dashMinAttributed): a text that writes quotations so writes it.

// dashMinAttributed is the number of dash paragraphs with an attribution
// that a text needs before any dash paragraph is read as a quotation.
// One: a Nordic story has several, a list of "– items" none.
const dashMinAttributed = 1

// dashPiece is one dash quotation before attribution.
type dashPiece struct {
	outer, span reprint.Span
	attributed  bool // an attribution verb follows its comma
	cont        bool // it follows another piece's attribution in its paragraph
	// onlyVerb is a verb of dashOnlyVerbs after the comma, and speaker
	// the name or pronoun after it: attribute does not know the verb.
	onlyVerb string
	speaker  reprint.Span
}

// dashQuotes appends the dash quotations of text to dst. Quotations by
// marks already in dst[base:] that lie inside a dash quotation become
// nested in it (Depth 1); a dash paragraph that opens with a mark is left
// to the marks.
func dashQuotes(text string, dst []Quote, base int) []Quote {
	if !strings.ContainsAny(text, "\u2013\u2014") && !strings.HasPrefix(text, "- ") && !strings.Contains(text, "\n- ") {
		return dst // most texts: no paragraph walk
	}
	var pieces []dashPiece
	attributed := 0
	for start := 0; start < len(text); {
		end := paragraphEnd(text, start)
		pieces, attributed = dashParagraph(text, start, end, pieces, attributed)
		next, _ := paragraphBreak(text, end)
		if next <= start {
			break
		}
		start = next
	}
	if attributed < dashMinAttributed {
		return dst
	}
	prevPara := -1 // end of the last dash piece, for continuation across paragraphs
	for _, p := range pieces {
		if overlapsMark(dst[base:], p.outer) {
			continue
		}
		q := Quote{Span: p.span, Outer: p.outer, Continued: p.cont}
		if p.onlyVerb != "" {
			// "…, sa Holm tirsdag.": a verb the general lists leave
			// out, so the speaker is read here, a pronoun or the
			// capitalised words after the verb.
			q.Verb = p.onlyVerb
			q.SpeakerSpan = p.speaker
			q.Speaker = text[p.speaker.Start:p.speaker.End]
			if pronouns[q.Speaker] {
				q.Speaker, q.Pronoun = "", true
			}
		}
		if !p.attributed && !p.cont && prevPara >= 0 && onlySpaceOrAttribution(text, prevPara, p.outer.Start) {
			q.Continued = true
		}
		for i := base; i < len(dst); i++ {
			if dst[i].Outer.Start >= p.outer.Start && dst[i].Outer.End <= p.outer.End {
				dst[i].Depth++
			}
		}
		dst = append(dst, q)
		prevPara = p.outer.End
	}
	return dst
}

// paragraphEnd returns the end of the paragraph starting at start: the
// offset of the line break (or U+2029) that paragraphBreak takes for a
// break, or len(text).
func paragraphEnd(text string, start int) int {
	for i := start; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '\n' || r == '\u2029' {
			if _, brk := paragraphBreak(text, i); brk {
				return i
			}
		}
		i += n
	}
	return len(text)
}

// dashParagraph reads the dash pieces of the paragraph [start, end).
func dashParagraph(text string, start, end int, pieces []dashPiece, attributed int) ([]dashPiece, int) {
	at := dashAt(text, start, end)
	mid := false
	if at < 0 {
		at, mid = midDash(text, start, end), true
	}
	cont := false
	for at >= 0 {
		open := at
		body := skipSpace(text, open+dashLen(text, open), end)
		if body >= end || isMark(firstRune(text[body:end])) {
			return pieces, attributed
		}
		if r := firstRune(text[body:end]); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return pieces, attributed // a list item ("– a new road"), not speech
		}
		comma, verbEnd, first := attributionComma(text, body, end)
		p := dashPiece{cont: cont}
		if comma < 0 && mid {
			return pieces, attributed // a dash inside prose, no speech
		}
		mid = false
		if comma < 0 {
			p.outer = reprint.Span{Start: open, End: end}
			p.span = trim(text, body, end)
			pieces = append(pieces, p)
			return pieces, attributed
		}
		p.outer = reprint.Span{Start: open, End: comma}
		p.span = trim(text, body, strings.LastIndexByte(text[:min(comma+1, len(text))], ','))
		p.attributed = true
		if v := lastWord(text, verbEnd); first.End > first.Start {
			// "…, kunnanjohtaja Timo Rautakorpi sanoo.": the speaker
			// stands before the verb, behind its role.
			p.onlyVerb, p.speaker = v, first
		} else if dashOnlyVerbs[v] {
			from := verbEnd
			if soundsFrom[v] {
				from = afterRole(text, skipWords(text, verbEnd, end, "det", "fra", "från"), end)
			} else if a := skipSpace(text, verbEnd, end); a < end {
				// "…, skriver kommuneingeniør Halvard Brenden": the
				// speaker behind a role in lower case; a pronoun ("sa
				// han til NRK") is the speaker itself.
				if w := text[a:nameWordEnd(text, a, end)]; w != "" && !unicode.IsUpper(firstRune(w)) && !Pronoun(w) {
					from = afterRole(text, verbEnd, end)
				}
			}
			if sp, ok := nameAfter(text, from, end); ok {
				p.onlyVerb, p.speaker = v, sp
			}
		}
		attributed++
		pieces = append(pieces, p)
		// After the attribution's sentence, a dash opens the next piece.
		stop := sentenceStop(text, verbEnd, end)
		if stop < 0 {
			return pieces, attributed
		}
		at = dashAt(text, stop, end)
		cont = true
	}
	return pieces, attributed
}

// midDash returns the offset of a dash quotation that opens after a
// sentence inside the paragraph text[start:end] ("Hon sigur, at fleiri
// hundrað fólk hava staðið á bryggjuni. – Men tað eru eisini mong, sum
// eru ónøgd, sigur hon."), or -1: a sentence end, a space, a dash and a
// space. dashParagraph keeps it only with an attribution after it, as a
// dash in running prose is punctuation.
func midDash(text string, start, end int) int {
	at := -1
	for _, d := range []string{". \u2013 ", ". \u2014 ", "! \u2013 ", "? \u2013 "} {
		if k := strings.Index(text[start:end], d); k >= 0 && (at < 0 || start+k+2 < at) {
			at = start + k + 2
		}
	}
	return at
}

// dashAt returns the offset of a dash and a space that open text[from:end]
// after white space, or -1.
func dashAt(text string, from, end int) int {
	i := skipSpace(text, from, end)
	if i >= end || dashLen(text, i) == 0 {
		return -1
	}
	n := dashLen(text, i)
	if i+n >= end || text[i+n] != ' ' && !strings.HasPrefix(text[i+n:], "\u00a0") {
		return -1
	}
	return i
}

// dashLen is the length of an en or em dash at i, or 0; or of a hyphen
// opening its line, as Danish and Norwegian wire copy sets its quotations
// ("- Vi kan ikke tage nogen chancer, siger borgmesteren.").
func dashLen(text string, i int) int {
	if strings.HasPrefix(text[i:], "\u2013") || strings.HasPrefix(text[i:], "\u2014") {
		return len("\u2013")
	}
	if text[i] == '-' && (i == 0 || strings.TrimRight(text[:i], " \t") == "" || strings.HasSuffix(strings.TrimRight(text[:i], " \t"), "\n")) {
		return 1
	}
	return 0
}

func skipSpace(text string, i, end int) int {
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// attributionComma finds, in text[from:end], the first comma followed
// (after an optional dash: ", — сказал он") by an attribution verb and a
// speaker, and returns where the quotation ends (the comma, or after the
// dash, so that the attribution reads from the verb) and the verb's end;
// -1 when there is none. When the speaker stands before the verb
// (speakerFirst), first is the speaker's span.
func attributionComma(text string, from, end int) (comma, verbEnd int, first reprint.Span) {
	for i := from; i < end; i++ {
		if text[i] != ',' {
			continue
		}
		j := skipSpace(text, i+1, end)
		stop := i
		if n := dashLen(text, j); n > 0 {
			stop = j + n
			j = skipSpace(text, j+n, end)
		}
		w := j
		for w < end {
			r, n := utf8.DecodeRuneInString(text[w:])
			if !unicode.IsLetter(r) {
				break
			}
			w += n
		}
		if w > j && dashVerb(text[j:w]) && speakerNext(text, w, end) {
			return stop, w, reprint.Span{}
		}
		if v, sp, ok := speakerFirst(text, j, end); ok {
			return stop, v, sp
		}
	}
	return -1, -1, reprint.Span{}
}

// speakerFirst reports whether the words at i are a speaker and then an
// attribution verb, the order of Finnish and Polish ("…, Pelkonen
// toteaa.", "…, hän jatkaa.", "…, kunnanjohtaja Timo Rautakorpi sanoo."):
// a pronoun, or at most speakerRoleWords lower-case words of a role and
// one to three capitalised words of a name, then the verb. It returns the
// verb's end and the speaker's span (the pronoun, or the name's words).
func speakerFirst(text string, i, end int) (verbEnd int, speaker reprint.Span, ok bool) {
	word := func(j int) (int, int) {
		j = skipSpace(text, j, end)
		return j, nameWordEnd(text, j, end)
	}
	j := i
	roles, names := 0, 0
	var name reprint.Span
	for {
		a, b := word(j)
		if a == b || a > j && j > i && !isSpaceRun(text[j:a]) {
			return 0, reprint.Span{}, false
		}
		w := text[a:b]
		switch {
		case names == 0 && roles == 0 && pronouns[w]:
			a2, b2 := word(b)
			ok := a2 < b2 && isSpaceRun(text[b:a2]) && dashVerb(text[a2:b2])
			return b2, reprint.Span{Start: a, End: b}, ok
		case unicode.IsUpper(firstRune(w)):
			if names++; names > 3 {
				return 0, reprint.Span{}, false
			}
			if names == 1 {
				name.Start = a
			}
			name.End = b
		case names > 0 && dashVerb(w):
			return b, name, true
		case names == 0 && roles < speakerRoleWords:
			roles++
		default:
			return 0, reprint.Span{}, false
		}
		j = b
	}
}

// nameWordEnd returns the end of the word of letters and hyphens that
// starts at i (i itself when none does), within end: a word of a speaker
// or of a role ("Hanna-Liisa", "tillidsrepræsentant").
func nameWordEnd(text string, i, end int) int {
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && r != '-' {
			break
		}
		i += n
	}
	return i
}

// isSpaceRun reports whether s is all white space.
func isSpaceRun(s string) bool { return strings.TrimSpace(s) == "" }

// speakerNext reports whether the words after the verb ending at i can
// be a speaker: a capitalised word or a pronoun ("säger Anna Berg",
// "säger hon"), a role before a name ("siger tillidsrepræsentant Jesper
// Kragh": a capitalised word within speakerRoleWords words), or a
// description that ends the clause ("siger borgmesteren."); not "said to
// cost more".
func speakerNext(text string, i, end int) bool {
	j := i
	for k := 0; k <= speakerRoleWords; k++ {
		j0 := skipSpace(text, j, end)
		if j0 >= end || j0 == j && k == 0 {
			return false
		}
		w := nameWordEnd(text, j0, end)
		if w == j0 {
			return false
		}
		word := text[j0:w]
		if unicode.IsUpper(firstRune(word)) || pronouns[word] {
			return true
		}
		if w < end && text[w] == ',' {
			// A role and the name apposed after its comma: "siger
			// formanden for øens beboerforening, Lise Dahl, til …".
			if n := skipSpace(text, w+1, end); n < end && n > w+1 && unicode.IsUpper(firstRune(text[n:nameWordEnd(text, n, end)])) {
				return true
			}
		}
		if w < end && (text[w] == '.' || text[w] == ',') {
			return k == 0 // a one-word description ends the clause
		}
		j = w
	}
	return false
}

// speakerRoleWords bounds the lower-case words of a role before the name:
// "siger tillidsrepræsentant Jesper Kragh", "säger kommunens vd Anna
// Berg".
const speakerRoleWords = 3

// dashVerb reports whether word is an attribution verb, as written (the
// verbs after the comma are in lower case).
func dashVerb(word string) bool {
	return verbs[word] || foreign[word] || dashOnlyVerbs[word]
}

// lastWord returns the word of letters ending at end.
func lastWord(text string, end int) string {
	i := end
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	return text[i:end]
}

// nameAfter returns the pronoun, or the run of capitalised words, that
// follows the verb ending at i: "sa Holm tirsdag" gives "Holm", "sa Kari
// Eide Holm" all three, "sa hun" the pronoun.
func nameAfter(text string, i, end int) (reprint.Span, bool) {
	start := skipSpace(text, i, end)
	sp := reprint.Span{Start: start, End: start}
	for j := start; j < end; {
		w := nameWordEnd(text, j, end)
		word := text[j:w]
		switch {
		case w == j:
			return sp, !sp.Empty()
		case sp.Empty() && pronouns[word]:
			return reprint.Span{Start: j, End: w}, true
		case !unicode.IsUpper(firstRune(word)):
			return sp, !sp.Empty()
		}
		sp.End = w
		if w >= end || text[w] != ' ' {
			break
		}
		j = w + 1
	}
	return sp, !sp.Empty()
}

// dashOnlyVerbs are attribution verbs read only after a dash quotation's
// comma: Swedish and Norwegian "sa" (said) is French "sa" (her, his) in
// "a expliqué sa présidente", so the general lists leave it out; and
// "skriver" (writes), which gives a written statement's words ("– Vi vet
// foreløpig ikke …, skriver kommuneingeniør Halvard Brenden i
// meldingen") but, outside the form, an outlet's report ("skriver
// Aftenposten"), which is a credit's.
var dashOnlyVerbs = map[string]bool{"sa": true, "lyder": true, "lød": true, "låter": true, "lät": true,
	"skriver": true, "skrev": true, "skriv": true}

// soundsFrom are the verbs of Danish, Norwegian and Swedish "lyder det
// fra borgmester Hanne Krogh-Sørensen" (so it sounds from, said): the
// speaker follows "det fra", behind a role.
var soundsFrom = map[string]bool{"lyder": true, "lød": true, "låter": true, "lät": true}

// skipWords returns the offset after the words at i that are, in order,
// among words ("det fra"), or i.
func skipWords(text string, i, end int, words ...string) int {
	j := i
	for {
		a := skipSpace(text, j, end)
		b := nameWordEnd(text, a, end)
		if a == b || !slices.Contains(words, text[a:b]) {
			return j
		}
		j = b
	}
}

// afterRole returns the offset after at most speakerRoleWords lower-case
// words of a role at i ("borgmester Hanne Krogh-Sørensen"), where the
// name begins, or i when no capitalised word follows them.
func afterRole(text string, i, end int) int {
	j := i
	for k := 0; k <= speakerRoleWords; k++ {
		a := skipSpace(text, j, end)
		b := nameWordEnd(text, a, end)
		if a == b {
			return i
		}
		if unicode.IsUpper(firstRune(text[a:b])) {
			return j
		}
		j = b
	}
	return i
}

// sentenceStop returns the offset after the full stop, question or
// exclamation mark that ends the attribution's sentence in text[from:end],
// or -1.
func sentenceStop(text string, from, end int) int {
	for i := from; i < end; i++ {
		switch text[i] {
		case '.', '!', '?':
			if i+1 == end || text[i+1] == ' ' {
				return i + 1
			}
		}
	}
	return -1
}

// overlapsMark reports whether a quotation by marks starts where the dash
// piece sp starts or holds it (a dash quotation inside a quoted passage).
func overlapsMark(qs []Quote, sp reprint.Span) bool {
	for _, q := range qs {
		if q.Outer.Start <= sp.Start && q.Outer.End >= sp.End {
			return true
		}
	}
	return false
}

// onlySpaceOrAttribution reports whether text[a:b] holds nothing but the
// previous piece's attribution and white space: the previous dash piece
// ends its paragraph's words, and this one opens the next paragraph.
func onlySpaceOrAttribution(text string, a, b int) bool {
	gap := text[a:b]
	nl := strings.IndexAny(gap, "\n\u2029")
	if nl < 0 {
		return false
	}
	// The attribution runs to the previous paragraph's end; after it,
	// only white space.
	return strings.TrimSpace(gap[nl:]) == ""
}
