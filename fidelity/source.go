package fidelity

import (
	"cmp"
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/quote"
)

// sourceIndex is the source text prepared for matching: its word tokens, a
// hash index of where each word occurs, and for every token the source
// quotations around it.
type sourceIndex struct {
	text string
	toks []analysis.Token
	hash []uint64           // toks[j].Hash
	post map[uint64][]int32 // word hash → ascending token positions

	quotes []srcQuote // by Outer.Start, enclosing before enclosed
	deep   []int32    // per token, the innermost quotation holding it, or -1
	outer  []int32    // per token, the outermost quotation holding it, or -1

	unitsBuilt *unitStream // units, built on first use

	// person reports whether the source speaks in the first person
	// (firstPerson), read once when personRead.
	person, personRead bool
}

// srcQuote is a source quotation with its words as a token range.
type srcQuote struct {
	q      quote.Quote
	lo, hi int // its words are toks[lo:hi]
	parent int // index of the enclosing quotation, or -1
}

// unquotedIn sets ch, a quotation of n words the region alignment reg
// found in the source's text outside its quotations, unquoted-in-source:
// its share of equal words and the source words from the first to the
// last aligned.
func (src *sourceIndex) unquotedIn(ch *Check, reg alignment, n int) {
	ch.Status = UnquotedInSource
	ch.Similarity = float64(reg.equal) / float64(n)
	first, last, _ := reg.equalRange()
	ch.Found = src.wordSpan(first, last)
	ch.Source = []reprint.Span{ch.Found}
}

// newSourceIndex indexes text and its first maxQuotes quotations sq.
func newSourceIndex(tk *analysis.Tokenizer, text string, sq []quote.Quote, maxQuotes int) *sourceIndex {
	src := &sourceIndex{text: text, toks: tk.Tokenize(text, nil)}
	src.hash = make([]uint64, len(src.toks))
	src.post = make(map[uint64][]int32, len(src.toks)/2)
	for j, t := range src.toks {
		src.hash[j] = t.Hash
		src.post[t.Hash] = append(src.post[t.Hash], int32(j))
	}

	if len(sq) > maxQuotes {
		sq = sq[:maxQuotes]
	}
	for _, q := range sq {
		q.Span = clamp(q.Span, text)
		q.Outer = clamp(q.Outer, text)
		lo, hi := tokenRange(src.toks, q.Span) // lo == hi for "?!": no word matches inside
		src.quotes = append(src.quotes, srcQuote{q: q, lo: lo, hi: hi, parent: -1})
	}
	// Enclosing before enclosed: by start, then longest first.
	slices.SortStableFunc(src.quotes, func(a, b srcQuote) int {
		if c := cmp.Compare(a.q.Outer.Start, b.q.Outer.Start); c != 0 {
			return c
		}
		return cmp.Compare(b.q.Outer.End, a.q.Outer.End)
	})
	var stack []int
	for k := range src.quotes {
		o := src.quotes[k].q.Outer
		for len(stack) > 0 && src.quotes[stack[len(stack)-1]].q.Outer.End <= o.Start {
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 && src.quotes[stack[len(stack)-1]].q.Outer.End >= o.End {
			src.quotes[k].parent = stack[len(stack)-1]
		}
		stack = append(stack, k)
	}

	src.deep = make([]int32, len(src.toks))
	src.outer = make([]int32, len(src.toks))
	for j := range src.deep {
		src.deep[j], src.outer[j] = -1, -1
	}
	for k, sq := range src.quotes {
		for j := sq.lo; j < sq.hi; j++ {
			src.deep[j] = int32(k) // later quotations are the enclosed ones
			if src.outer[j] < 0 {
				src.outer[j] = int32(k)
			}
		}
	}
	for k := range src.quotes {
		if q := &src.quotes[k].q; q.Pronoun && q.Speaker == "" && src.quotes[k].parent < 0 {
			q.Speaker = introduced(src.text, src.toks, *q)
			if q.Speaker == "" {
				q.Speaker = antecedent(src.text, src.toks, func(j int) bool { return src.outer[j] >= 0 }, q.Outer.Start, src.quoteSeq())
			}
			if q.Speaker == "" {
				q.Speaker = quote.CaselessAntecedent(src.text, q.Outer)
			}
		}
		if q := &src.quotes[k].q; q.Speaker == "" && !q.Anonymous && src.quotes[k].parent < 0 && (droppedSubject(src.text, *q) || q.Verb == "") {
			q.Speaker = leadIn(src.text, src.toks, func(j int) bool { return src.outer[j] >= 0 }, q.Outer.Start)
		}
	}
	return src
}

// leadIn returns the person a source quotation with no speaker of its
// own takes from its paragraph's lead-in: a quotation after a verb whose
// subject was dropped ("La alcaldesa agradeció la rapidez …, pero
// insistió …: "…", lamentó."), or with no attribution at all after a
// sentence about its speaker ("Scharfe Kritik übte die Ministerin an der
// Dauer von Genehmigungsverfahren. „…“"). The paragraph before the
// quotation, outside quotation marks, must name nobody (a name there is
// antecedent's to weigh; in German, whose capitalised nouns make runs
// of capitals that name no one, "Scharfe Kritik", nobody who speaks)
// and hold descriptions, an article and a noun,
// of one person the text introduces by that noun (introducedBy): "la
// alcaldesa" for "la alcaldesa, María Jesús Carmona", "die Ministerin"
// for "Bundesbauministerin Katrin Oberländer". Descriptions of two
// people give "".
func leadIn(text string, toks []analysis.Token, quoted func(j int) bool, at int) string {
	ps := paragraphStart(text, at)
	j0, _ := slices.BinarySearchFunc(toks, ps, func(t analysis.Token, off int) int { return cmp.Compare(t.Span.Start, off) })
	german := false
	for j := j0; j < len(toks) && toks[j].Span.End <= at && !german; j++ {
		german = germanArticles[text[toks[j].Span.Start:toks[j].Span.End]]
	}
	if names, speakers := nameRuns(text, toks, quoted, ps, at); len(speakers) > 0 || len(names) > 0 && !german {
		return ""
	}
	name := ""
	for j := j0 + 1; j < len(toks) && toks[j].Span.End <= at; j++ {
		if quoted(j) || !described(text, toks, j0, j) {
			continue
		}
		noun := text[toks[j].Span.Start:toks[j].Span.End]
		if w := strings.ToLower(noun); utf8.RuneCountInString(w) < 3 || leadArticles[w] || placeWords[w] ||
			quote.Pronoun(w) || quote.SpeechVerb(w) || quote.Auxiliary(w) {
			continue // no noun: an article or a preposition after "de" ("de la Sierra")
		}
		n := introducedBy(text, toks, noun, at)
		if first, _, _ := strings.Cut(n, " "); n == "" || leadArticles[strings.ToLower(first)] || placeArticles[strings.ToLower(first)] ||
			numberAfter(text[strings.LastIndex(text[:at], n)+len(n):]) {
			continue // no one, a place named with its article ("la colonia Las Huertas") or a thing by its number ("Senate Bill 418")
		}
		if name != "" && !SameSpeaker(name, n) {
			return ""
		}
		name = n
	}
	return name
}

// droppedSubject reports whether q's attribution is a verb whose subject
// was dropped ("…", lamentó): neither a pronoun ("he said") nor a
// description ("the mayor said") stands at its SpeakerSpan.
func droppedSubject(text string, q quote.Quote) bool {
	if !q.Pronoun || descriptionNoun(text, q) != "" {
		return false
	}
	f := strings.Fields(text[clamp(q.SpeakerSpan, text).Start:clamp(q.SpeakerSpan, text).End])
	return len(f) > 0 && !quote.Pronoun(strings.Trim(f[len(f)-1], ",.;:"))
}

// described reports whether toks[j] is the noun of a description: after
// a definite article (leadArticles), or after an article and one
// lower-case word ("Lo stesso sindaco", the same mayor; "the former
// mayor"), within the paragraph that opens at toks[j0].
func described(text string, toks []analysis.Token, j0, j int) bool {
	word := func(m int) string { return strings.ToLower(text[toks[m].Span.Start:toks[m].Span.End]) }
	joined := func(m int) bool { return strings.TrimSpace(text[toks[m-1].Span.End:toks[m].Span.Start]) == "" }
	if !joined(j) {
		return false
	}
	if capitalised(text, toks[j].Span) && !germanArticles[word(j-1)] {
		return false // a name's word after its article ("el Kal Maale Yosef"), unless German's capitalised noun
	}
	if leadArticles[word(j-1)] {
		return true
	}
	return j-2 >= j0 && joined(j-1) && leadArticles[word(j-2)] && sameWords[word(j-1)]
}

// placeArticles are the plural articles a place's name may open with
// ("Las Huertas", "Los Almendros", "Les Ulis"); no person's name does.
var placeArticles = map[string]bool{"las": true, "los": true, "les": true, "os": true, "as": true}

// germanArticles are the articles before a capitalised noun that is no
// name: German capitalises every noun ("die Ministerin").
var germanArticles = map[string]bool{"der": true, "die": true, "das": true}

// sameWords are the adjectives that take up a person already named ("Lo
// stesso sindaco", the same mayor; "the same official"): the one word
// leadIn lets stand between a description's article and its noun.
var sameWords = map[string]bool{
	"same": true, "stesso": true, "stessa": true, "mismo": true, "misma": true,
	"mesmo": true, "mesma": true, "même": true, "selbe": true, "selben": true,
}

// leadArticles are the definite articles before the noun of a
// description in a paragraph's lead-in (leadIn): "the mayor", "la
// alcaldesa", "il sindaco", "die Ministerin", "o autarca", "de
// burgemeester".
var leadArticles = map[string]bool{
	"the": true, "la": true, "el": true, "il": true, "lo": true, "le": true,
	"der": true, "die": true, "das": true, "o": true, "a": true, "de": true, "het": true,
}

// runOpeners are capitalised words that open a sentence before a name
// and are no part of it.
var runOpeners = map[string]bool{
	"For": true, "In": true, "At": true, "On": true, "By": true, "With": true, "After": true,
	"Before": true, "But": true, "And": true, "As": true, "To": true, "From": true, "Of": true,
	"Per": true, "Para": true, "Pour": true, "Für": true, "Voor": true,
	// A clause's conjunction before its subject: "When I asked
	// Councillor Graham Pettifer …", "While Smith spoke".
	"When": true, "While": true, "If": true, "Although": true, "Though": true, "Because": true,
	"Since": true, "Once": true, "Until": true, "Unless": true, "Whether": true,
	// "According to" opening a sentence: "Podle Šimečka jde o …",
	// "Según Pérez …", "Laut Müller …".
	"According": true, "Podle": true, "Podľa": true, "Według": true, "Laut": true, "Según": true, "Segundo": true,
	"Secondo": true, "Selon": true, "Volgens": true, "Enligt": true, "Ifølge": true, "Prema": true, "Potrivit": true,
}

// placeWords are the prepositions after which a capitalised run names
// the place or body a role belongs to ("the mayor of Harwick",
// "presidente da Câmara Municipal", "sindaca di Pradalto") or where a
// person lives ("che vive a Sa Pruna"), never the speaker.
var placeWords = map[string]bool{
	"of": true, "de": true, "da": true, "do": true, "das": true, "dos": true, "del": true,
	"della": true, "di": true, "du": true, "des": true, "von": true, "van": true,
	// Where someone lives or comes from ("che vive a Sa Pruna", "a
	// farmer from Kilmorran", "vecino en La Palmita").
	"in": true, "at": true, "from": true, "near": true, "a": true, "en": true, "à": true,
	"em": true, "no": true, "na": true, "nel": true, "nella": true, "im": true, "aus": true,
	// The region or district a role belongs to ("vice-présidente de la
	// région Nouvelle-Aquitaine", "the state of Ebonyi").
	"région": true, "region": true, "región": true, "regione": true, "região": true,
	"département": true, "province": true, "provincia": true, "província": true,
	"county": true, "state": true, "district": true, "comarca": true, "canton": true,
	// English's article before capitals: a body or a title, not a
	// person's name ("the District Director of the National Disaster
	// Management Organisation", "the Town Council").
	"the": true,
}

// descriptionNoun returns the noun of q's attribution when it is a
// description ("the mayor" → "mayor", "l'élue" → "élue", "o autarca" →
// "autarca", Ewe "fia la" → "fia"), or "" when it is a pronoun or the verb of a dropped subject.
func descriptionNoun(text string, q quote.Quote) string {
	sp := clamp(q.SpeakerSpan, text)
	f := strings.Fields(text[sp.Start:sp.End])
	if len(f) == 0 {
		return ""
	}
	noun := f[len(f)-1]
	if len(f) >= 2 && quote.PostposedArticle(strings.ToLower(noun)) {
		noun = f[len(f)-2] // an article after its noun: Ewe "fia la" → "fia", Pulaar "Meer oo" → "Meer"
	}
	if i := strings.LastIndexAny(noun, "'’"); i >= 0 {
		_, n := utf8.DecodeRuneInString(noun[i:])
		noun = noun[i+n:] // "l'élue" → "élue"
	}
	if w := strings.ToLower(noun); w == "" || quote.Pronoun(w) || quote.SpeechVerb(w) || quote.Auxiliary(w) {
		return ""
	}
	return noun
}

// introducedMaxBytes bounds how far back a description looks for the
// name it stands for: a few paragraphs of a news story.
const introducedMaxBytes = 4000

// introduced returns the name a quotation's description stands for ("ha
// aggiunto la sindaca", "the mayor said"): the nearest place before the
// quotation, within introducedMaxBytes, where the text introduces a
// person by the description's noun, that noun followed by a name of two
// or more capitalised words, with or without a comma ("La sindaca
// Loredana Ferrucci ha raggiunto Pradalto", "the mayor, Jane Smith,
// said"). A pronoun, or a description the text introduces nobody by,
// gives "".
func introduced(text string, toks []analysis.Token, q quote.Quote) string {
	noun := descriptionNoun(text, q)
	if noun == "" {
		return ""
	}
	return introducedBy(text, toks, noun, clamp(q.Outer, text).Start)
}

// introducedBy returns the name text introduces by noun nearest before
// at, within introducedMaxBytes, as introduced reads it, or "".
func introducedBy(text string, toks []analysis.Token, noun string, at int) string {
	from := max(0, at-introducedMaxBytes)
	for j := len(toks) - 1; j >= 0; j-- {
		t := toks[j]
		if t.Span.End > at {
			continue
		}
		if t.Span.Start < from {
			break
		}
		if w := text[t.Span.Start:t.Span.End]; !strings.EqualFold(w, noun) && !compoundOf(w, noun) {
			continue
		}
		k := j + 1
		if k < len(toks) {
			// The name right after the noun, or after a comma: "the
			// mayor, Jane Smith".
			gap := strings.TrimSpace(text[t.Span.End:toks[k].Span.Start])
			if gap != "" && gap != "," {
				continue
			}
			if gap == "" && !capitalised(text, toks[k].Span) {
				// The place or body the role belongs to between them:
				// "the mayor of Harwick, Jane Smith", "Il sindaco di
				// Castelfaro, Giuseppe Lo Cascio".
				if k = afterPlace(text, toks, k, at); k < 0 {
					continue
				}
			}
		}
		first, last := k, k-1
		for m := k; m < len(toks) && toks[m].Span.End <= at && capitalised(text, toks[m].Span) &&
			(m == k || strings.TrimSpace(text[toks[m-1].Span.End:toks[m].Span.Start]) == ""); m++ {
			last = m
		}
		if last-first+1 >= 2 {
			return text[toks[first].Span.Start:toks[last].Span.End]
		}
	}
	return ""
}

// compoundOf reports whether w is a compound that ends in noun, a
// capitalised noun as German writes them: "Bundesbauministerin" for "die
// Ministerin". A short noun ("Rat") ends too many words to be read in
// them.
func compoundOf(w, noun string) bool {
	r, _ := utf8.DecodeRuneInString(noun)
	return unicode.IsUpper(r) && utf8.RuneCountInString(noun) >= minCompoundNoun && len(w) > len(noun) &&
		strings.EqualFold(w[len(w)-len(noun):], noun)
}

// minCompoundNoun is the shortest noun compoundOf reads at the end of a
// compound: "Ministerin", "Sprecher", "Direktor" (seven or more letters);
// "Chef" or "Rat" end words that are no role ("Küchenchef" is, "Heirat"
// is not).
const minCompoundNoun = 7

// maxPlaceWords bounds the words of the place or body between a role and
// its holder's name (afterPlace): "of the Lower Wexe Drainage Board", and
// a Spanish office's whole name, eleven words, "subgerente de Gestión del
// Riesgo de Desastres del Gobierno Regional de Huancavelica, Wilfredo
// Quispe Ccanto". The comma and the capitalised name after it are what
// close the run; the bound keeps a long lower-case clause from reading
// as one.
const maxPlaceWords = 12

// afterPlace returns the index of the name after a role's place or body
// that opens at toks[k] ("of Harwick, Jane Smith", "di Castelfaro,
// Giuseppe Lo Cascio"): a place word (placeWords), capitalised words
// with the lower-case words of a name between them ("de la Huasteca"),
// then a comma and a capitalised word before at; -1 when there is none.
func afterPlace(text string, toks []analysis.Token, k, at int) int {
	if !placeWords[strings.ToLower(text[toks[k].Span.Start:toks[k].Span.End])] {
		return -1
	}
	caps := false
	for m := k + 1; m < len(toks) && m <= k+maxPlaceWords && toks[m].Span.End <= at; m++ {
		gap := strings.TrimSpace(text[toks[m-1].Span.End:toks[m].Span.Start])
		if gap == "," {
			if caps && capitalised(text, toks[m].Span) {
				return m
			}
			return -1
		}
		if gap != "" {
			return -1
		}
		if capitalised(text, toks[m].Span) {
			caps = true
		} else if !placeWords[strings.ToLower(text[toks[m].Span.Start:toks[m].Span.End])] {
			return -1
		}
	}
	return -1
}

// antecedent returns the one name a quotation attributed to a pronoun
// ("…," he said) can stand for, among the names outside quotation marks
// in its paragraph before it (paragraphStart), within antecedentBytes: runs of two or more
// capitalised words ("Carlos Mendez, the district ranger, urged visitors
// to take care. "Keep your distance…," he said."), and a single
// capitalised word that is the subject of an attribution verb ("Reyburn
// said the Canal Street main was old. "…," he said."). When some of them
// speak (the subject of an attribution verb: speaksNext), the pronoun
// stands for one of those, the paragraph's speaker, and a street or a
// company named in passing is no rival; otherwise any name is a
// candidate. Names of one person ("Tomas Reyburn", "Reyburn") count once.
// One candidate is the answer; none, or two people, give "". A run in
// the possessive ("Kelderby Council's director, Mark Feeney") is no
// candidate. A pronoun is resolved only where one name is in reach, and
// an unresolved speaker is never reported changed. A quotation that opens
// its paragraph, with no name before it there, continues the speaker of
// the paragraph before: the one name that speaks in it. quoted reports
// whether toks[j] lies inside a quotation.
func antecedent(text string, toks []analysis.Token, quoted func(j int) bool, at int, qs iter.Seq[quote.Quote]) string {
	ps := paragraphStart(text, at)
	from := max(ps, at-antecedentBytes)
	names, speakers := nameRuns(text, toks, quoted, from, at)
	if len(speakers) > 0 {
		names = speakers
	}
	if len(names) == 0 && strings.TrimSpace(text[ps:at]) != "" {
		// A speaker taken up by surname as the subject of the
		// paragraph's sentence before the quotation ("Brennan also
		// thanked the volunteers, …. "…," he said.") is the one the
		// pronoun stands for, before the paragraph before.
		if subj := surnameSubjects(text, toks, quoted, from, at, qs, false); len(subj) == 1 {
			return subj[0]
		}
	}
	if len(names) == 0 && from == ps && ps > 0 && (strings.TrimSpace(text[ps:at]) == "" || cased(text[ps:at]) && !namesAnyone(text, toks, quoted, ps, at)) {
		// The quotation opens its paragraph ("\"We need subsidies,\" he
		// said"), or its paragraph names nobody before it ("BPBD, lanjut
		// dia, akan meminjam enam truk … \"…,\" katanya", the agency,
		// he went on, will borrow six trucks) where capitals would mark
		// a name: news style continues the speaker of the paragraph
		// before, the one who speaks there.
		end := len(strings.TrimRightFunc(text[:ps], unicode.IsSpace))
		var all []string
		all, names = nameRuns(text, toks, quoted, max(paragraphStart(text, end), end-antecedentBytes), end)
		if len(names) != 1 {
			// Names in passing, or its speaker named too far back: the
			// speaker of its last quotation, when one was named.
			pe := paragraphStart(text, end)
			if sp := lastSpeaker(qs, pe, end); sp != "" {
				return sp
			}
			if sp := introducedSubject(text[pe:end]); len(names) == 0 && sp != "" && slices.Contains(all, sp) {
				return sp
			}
		}
	}
	if len(names) == 0 {
		names = surnameSubjects(text, toks, quoted, from, at, qs, true)
	}
	if len(names) != 1 {
		return ""
	}
	return names[0]
}

// surnameSubjects returns the speakers of earlier quotations whom the
// text takes up by surname alone as the subject of a sentence between
// from and at: "…," said Kestrel spokesperson Lauren Okafor. / However,
// Okafor also made the company's direction clear. "…," she added. — news
// style's second mention of a person who spoke. Only a word that opens
// its sentence (opensSentence) and is the last word of a speaker's name
// counts: a surname in passing, inside a sentence, is not what the
// pronoun takes up, and a capitalised word that names no earlier
// speaker may be a place or a body. titled also takes a surname after a
// capitalised word opening the sentence (afterTitle).
func surnameSubjects(text string, toks []analysis.Token, quoted func(j int) bool, from, at int, qs iter.Seq[quote.Quote], titled bool) []string {
	var out []string
	j0, _ := slices.BinarySearchFunc(toks, from, func(t analysis.Token, off int) int { return cmp.Compare(t.Span.Start, off) })
	for j := j0; j < len(toks) && toks[j].Span.End <= at; j++ {
		sp := toks[j].Span
		if quoted(j) || !capitalised(text, sp) || !opensSentence(text, sp.Start) && !(titled && afterTitle(text, sp.Start)) {
			continue
		}
		word := text[sp.Start:sp.End]
		for q := range qs {
			if q.Outer.End > sp.Start || q.Speaker == "" || q.Anonymous || !strings.Contains(q.Speaker, " ") {
				continue
			}
			if f := strings.Fields(q.Speaker); f[len(f)-1] == word {
				out = addName(out, q.Speaker)
			}
		}
	}
	return out
}

// afterTitle reports whether the word at i follows, alone in its
// sentence before it, one word that is capitalised and opens the sentence:
// the title or role the surname takes ("Is-sindku Camilleri appella …",
// the mayor Camilleri appealed; "Mayor Camilleri urged …" reads as one
// name). A verb or a comma between would make the word no subject.
func afterTitle(text string, i int) bool {
	before := strings.TrimRightFunc(text[:i], unicode.IsSpace)
	if len(before) == len(text[:i]) {
		return false // no space: the word goes on another ("Is-Camilleri")
	}
	k := strings.LastIndexAny(before, " \n") + 1
	w := before[k:]
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || strings.IndexFunc(w, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’'
	}) >= 0 {
		return false
	}
	return opensSentence(text, k)
}

// opensSentence reports whether the word at i opens its sentence: after
// a paragraph's start or a sentence's end, or after one capitalised word
// and a comma that do ("However, Okafor …", "Still, Okafor …").
func opensSentence(text string, i int) bool {
	before := strings.TrimRightFunc(text[:i], unicode.IsSpace)
	if b, ok := strings.CutSuffix(before, ","); ok {
		k := strings.LastIndexAny(b, " \n") + 1
		if r, _ := utf8.DecodeRuneInString(b[k:]); !unicode.IsUpper(r) {
			return false
		}
		before = strings.TrimRightFunc(b[:k], unicode.IsSpace)
	}
	if before == "" || strings.Contains(text[len(before):i], "\n") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return r == '.' || r == '!' || r == '?' || r == '”' || r == '"' || r == '»'
}

// quoteSeq yields the source's quotations, in order, with the speakers
// resolved so far.
func (src *sourceIndex) quoteSeq() iter.Seq[quote.Quote] {
	return func(yield func(quote.Quote) bool) {
		for _, sq := range src.quotes {
			if !yield(sq.q) {
				return
			}
		}
	}
}

// namesAnyone reports whether text[from:at] holds, outside quotations, a
// capitalised word that is neither its sentence's first nor an acronym:
// a name in passing ("Trump's social media post …, who he claimed were
// …", "She added that Trump has been …") that nameRuns does not count as
// a candidate but that a pronoun may stand for.
func namesAnyone(text string, toks []analysis.Token, quoted func(j int) bool, from, at int) bool {
	j0, _ := slices.BinarySearchFunc(toks, from, func(t analysis.Token, off int) int { return cmp.Compare(t.Span.Start, off) })
	for j := j0; j < len(toks) && toks[j].Span.End <= at; j++ {
		if quoted(j) || !capitalised(text, toks[j].Span) {
			continue
		}
		w := text[toks[j].Span.Start:toks[j].Span.End]
		if strings.ToUpper(w) == w {
			continue // an acronym: a body ("BPBD")
		}
		after := text[toks[j].Span.End:]
		if strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s") {
			return true // a name in the possessive, wherever it stands
		}
		before := strings.TrimRightFunc(text[from:toks[j].Span.Start], unicode.IsSpace)
		if before == "" || strings.ContainsRune(".!?", rune(before[len(before)-1])) {
			continue // its sentence's first word
		}
		return true
	}
	return false
}

// cased reports whether s holds an upper-case letter: its script marks
// names with capitals (a script without case leaves the pronoun to
// quote.CaselessAntecedent).
func cased(s string) bool {
	return strings.IndexFunc(s, unicode.IsUpper) >= 0
}

// acronymAfter reports whether after, the text right after a name, opens
// with its acronym in parentheses: " (AMBL)", " (NADMO)".
func acronymAfter(after string) bool {
	rest, ok := strings.CutPrefix(after, " (")
	if !ok {
		return false
	}
	acr, _, ok := strings.Cut(rest, ")")
	if !ok || utf8.RuneCountInString(acr) < 2 || utf8.RuneCountInString(acr) > 8 {
		return false
	}
	for _, r := range acr {
		if !unicode.IsUpper(r) && r != '-' && r != '&' {
			return false
		}
	}
	return true
}

// lastSpeaker returns the named speaker of the last top-level quotation
// of qs that lies between from and to, or "" when there is none or it
// was given to a pronoun nobody resolved.
func lastSpeaker(qs iter.Seq[quote.Quote], from, to int) string {
	sp := ""
	for q := range qs {
		if q.Depth == 0 && q.Outer.Start >= from && q.Outer.End <= to && q.Speaker != "" && !quote.Pronoun(q.Speaker) {
			sp = q.Speaker
		}
	}
	return sp
}

// introducedSubject returns the person a paragraph opens by introducing,
// or "": a name of two or more capitalised words that opens it, in
// apposition to an age or a description ("Jake Pennington, 16, from the
// Northgate estate, helps care for …", "Tom Rintoul, a grower, …"). The
// subject of the paragraph before is what a pronoun opening the next
// takes up (the preferred antecedent of centering theory, Grosz, Joshi
// and Weinstein 1995), above the places and bodies the paragraph names
// after it ("… at Haverbridge Academy"). "“…,” he said." is news
// style's next paragraph after such an introduction. A name that opens
// the paragraph as its first clause's subject ("Ms Pritchard-Lowe is
// asking people to …") is taken up the same way.
func introducedSubject(para string) string {
	para = strings.TrimLeftFunc(para, unicode.IsSpace)
	end, words := 0, 0
	for end < len(para) {
		w := para[end:]
		n := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' })
		if n < 0 {
			n = len(w)
		}
		if r, _ := utf8.DecodeRuneInString(w); n == 0 || !unicode.IsUpper(r) {
			break
		}
		words++
		end += n
		if !strings.HasPrefix(para[end:], " ") {
			break
		}
		if r, _ := utf8.DecodeRuneInString(para[end+1:]); !unicode.IsUpper(r) {
			break
		}
		end++
	}
	if words < 2 {
		return ""
	}
	name := para[:end]
	rest, ok := strings.CutPrefix(para[end:], ", ")
	if !ok {
		// The name as the subject of the paragraph's first clause
		// ("Ms Pritchard-Lowe is asking people to “…”"), its verb in
		// lower case after it.
		// A name after the clause's first comma is a role's holder
		// ("Kakakin Hukumar Kashe Gobara ta Karamar Hukumar Gwanki,
		// Malam Sulaiman Kwarbai, ya tabbatar …": the fire service's
		// spokesman, Malam …), and the capitals before it a title.
		if w, ok := strings.CutPrefix(para[end:], " "); ok {
			holder := false
			if i := strings.IndexAny(w, ",.;:“\"«„"); i >= 0 && w[i] == ',' {
				r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w[i+1:], " "))
				holder = unicode.IsUpper(r)
			}
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !holder {
				return name
			}
		}
		return ""
	}
	if age := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsDigit(r) }); age > 0 && age <= 3 && strings.HasPrefix(rest[age:], ",") {
		return name
	}
	if apposed(para, name) {
		return name
	}
	return ""
}

// nameJoin reports whether gap, the text between two capitalised words,
// joins them into one name: white space, or a hyphen ("Nweke-Agu",
// "Ndiofe-Agbaja Autonomous Community").
func nameJoin(gap string) bool {
	g := strings.TrimSpace(gap)
	return g == "" || g == "-" && gap == "-"
}

// numberAfter reports whether after, the text after a run of capitalised
// words, opens with a space and a number: the run names a thing by its
// number ("Senate Bill 418", "Route 47").
func numberAfter(after string) bool {
	rest, ok := strings.CutPrefix(after, " ")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsDigit(r)
}

// nameRuns returns the candidate names of antecedent between from and at,
// and those of them that speak.
func nameRuns(text string, toks []analysis.Token, quoted func(j int) bool, from, at int) (names, speakers []string) {
	j0, _ := slices.BinarySearchFunc(toks, from, func(t analysis.Token, off int) int { return cmp.Compare(t.Span.Start, off) })
	for j := j0; j < len(toks) && toks[j].Span.End <= at; j++ {
		if quoted(j) || !capitalised(text, toks[j].Span) {
			continue
		}
		k := j
		for k+1 < len(toks) && toks[k+1].Span.End <= at && !quoted(k+1) && capitalised(text, toks[k+1].Span) &&
			nameJoin(text[toks[k].Span.End:toks[k+1].Span.Start]) {
			k++
		}
		if k > j && runOpeners[text[toks[j].Span.Start:toks[j].Span.End]] {
			j++ // "For Joan Pilbeam, the 41 is …": the sentence's first word
		}
		run := text[toks[j].Span.Start:toks[k].Span.End]
		if j > 0 && strings.TrimSpace(text[toks[j-1].Span.End:toks[j].Span.Start]) == "" && !strings.ContainsRune(text[toks[j-1].Span.End:toks[j].Span.Start], '\n') &&
			placeWords[strings.ToLower(text[toks[j-1].Span.Start:toks[j-1].Span.End])] {
			// (A heading's last word, "Tributes Pour In", over the
			// paragraph is no preposition of its name.)
			// "presidente da Câmara Municipal", "the mayor of
			// Harwick": the name of a place or a body a role belongs
			// to, not a person.
			j = k
			continue
		}
		if titledRole(text, toks, quoted, k, at) {
			// "Kepala UPT Pasar, Pak Hartono, uga paring janji" (the
			// head of the market office, Mr Hartono, also promised):
			// a capitalised role with its holder in apposition is one
			// person, the name that follows.
			j = k
			continue
		}
		after := text[toks[k].Span.End:]
		if k > j && numberAfter(after) {
			// "Senate Bill 418", "Route 47", "Flight 370": a bill, a
			// road or a flight named with its number, not a person.
			j = k
			continue
		}
		if k > j && acronymAfter(after) {
			// "Asosyasyon Machann Boukan Lagon (AMBL)", "the National
			// Disaster Management Organisation (NADMO)": a body named
			// with its acronym, not a person.
			j = k
			continue
		}
		// A name in the possessive modifies what follows it ("Kelderby
		// Council's director of public health, Mark Feeney, said"): it
		// is not who speaks.
		possessive := strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s")
		// A verb opening its sentence ("Yagize ati “…”", Kinyarwanda
		// he said) is no name.
		verbWord := k == j && (quote.SpeechVerb(strings.ToLower(run)) || quote.Auxiliary(strings.ToLower(run)))
		speaks := !possessive && !(k == j && quote.Pronoun(run)) && !verbWord && speaksNext(text, toks, j, k, at)
		switch {
		case speaks:
			speakers = addName(speakers, run)
			names = addName(names, run)
		case k > j && !possessive:
			names = addName(names, run)
		case !possessive && reflexiveAfter(after):
			// "Linley himself was gracious in his farewell
			// message": a word the reflexive takes up is a person,
			// a lone surname opening its sentence or not.
			names = addName(names, run)
		}
		j = k
	}
	return names, speakers
}

// reflexiveAfter reports whether text, what follows a name, opens with
// an emphatic reflexive ("himself", "herself"): "Linley himself …".
func reflexiveAfter(text string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(text, " "), " ")
	switch strings.TrimRight(w, ",.;:") {
	case "himself", "herself", "lui-même", "elle-même", "selbst":
		return true
	}
	return false
}

// titledRole reports whether the name run ending at toks[k] is a role
// written in capitals, as Indonesian, Javanese or German write titles
// and offices, followed by its holder's name in apposition: ", " and a
// capitalised run, then "," and a lower-case word that is no
// conjunction ("Kepala UPT Pasar, Pak Hartono, uga …", "Bupati
// Wanakarta, Retno Wulandari, rawuh …"). A list of names ("Ana Lima,
// Rui Sousa, Carla Reis e …") goes on with a name or a conjunction.
func titledRole(text string, toks []analysis.Token, quoted func(j int) bool, k, at int) bool {
	n := k + 1
	if n >= len(toks) || toks[n].Span.End > at || quoted(n) || text[toks[k].Span.End:toks[n].Span.Start] != ", " || !capitalised(text, toks[n].Span) {
		return false
	}
	for n+1 < len(toks) && toks[n+1].Span.End <= at && capitalised(text, toks[n+1].Span) && nameJoin(text[toks[n].Span.End:toks[n+1].Span.Start]) {
		n++
	}
	if n+1 >= len(toks) || toks[n+1].Span.End > at || text[toks[n].Span.End:toks[n+1].Span.Start] != ", " {
		return false
	}
	w := text[toks[n+1].Span.Start:toks[n+1].Span.End]
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && !listConjunctions[w]
}

// listConjunctions close a list of names: "and" in the languages whose
// titles are capitalised roles, and their neighbours'.
var listConjunctions = map[string]bool{
	"and": true, "dan": true, "lan": true, "serta": true, "und": true, "e": true, "et": true,
	"y": true, "en": true, "och": true, "og": true, "i": true, "a": true, "or": true, "atau": true,
}

// paragraphStart returns where the paragraph holding at starts, by
// package quote's rule: after a blank line or U+2029, or after a single
// line break before a line that does not start in lower case (a plain
// text file's one line a paragraph).
func paragraphStart(text string, at int) int {
	for i := at; i > 0; {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		i -= n
		if r == '\u2029' {
			return i + n
		}
		if r == '\n' {
			next, _ := utf8.DecodeRuneInString(text[i+n:])
			if !unicode.IsLower(next) {
				return i + n
			}
		}
	}
	return 0
}

// maxRoleWords bounds the role in lower case between an apposition's
// comma and its name: ", nurse Abílio Freitas," ", enfermeiru Abílio
// Freitas,", ", the district's chief engineer Ana Silva,".
const maxRoleWords = 4

// appositive reports whether the name starting at toks[j] opens an
// apposition: a comma right before it, or before a role in lower case
// that leads to it (", nurse Abílio Freitas, said").
func appositive(text string, toks []analysis.Token, j int) bool {
	gap := func(n int) string { return text[toks[n-1].Span.End:toks[n].Span.Start] }
	for m := j; m > 0 && j-m <= maxRoleWords; m-- {
		switch g := strings.TrimSpace(gap(m)); {
		case g == ",":
			return true
		case g != "" || capitalised(text, toks[m-1].Span):
			return false
		}
	}
	return false
}

// speaksNext reports whether the name ending at toks[k] is the subject
// of an attribution verb before at: the verb right after it, with only
// spaces and auxiliaries between ("Reyburn said", "Reyburn has also
// said"); after a comma when the name is itself an apposition ("A
// spokesperson for the operator, Fiona Lusk, said"); or after an
// apposition of its own that opens in lower case ("Tomas Reyburn,
// director of Brackenford Water, said") — the name inside that
// apposition follows "of", not a comma, and does not speak.
func speaksNext(text string, toks []analysis.Token, j, k, at int) bool {
	gap := func(n int) string { return text[toks[n-1].Span.End:toks[n].Span.Start] }
	verbAt := func(n int) bool {
		for ; n < len(toks) && toks[n].Span.End <= at; n++ {
			w := text[toks[n].Span.Start:toks[n].Span.End]
			if quote.SpeechVerb(w) {
				return true
			}
			if !quote.Auxiliary(w) || n+1 < len(toks) && strings.TrimSpace(gap(n+1)) != "" {
				return false
			}
		}
		return false
	}
	n := k + 1
	if n >= len(toks) || toks[n].Span.End > at {
		return false
	}
	switch g := strings.TrimSpace(gap(n)); {
	case g == "":
		return verbAt(n)
	case g != ",":
		return false
	}
	if j > 0 && appositive(text, toks, j) && verbAt(n) {
		return true
	}
	if capitalised(text, toks[n].Span) {
		return false
	}
	for m := n + 1; m < len(toks) && m-n <= maxApposition && toks[m].Span.End <= at; m++ {
		switch g := strings.TrimSpace(gap(m)); g {
		case "":
		case ",":
			return verbAt(m)
		default:
			return false
		}
	}
	return false
}

// maxApposition bounds the words of a role in apposition after a name:
// "director of Brackenford Water", "the county's public health officer",
// "presidenta de la Junta de Acción Comunal de la vereda La Palmita" (13:
// a Spanish or Portuguese role names its body in full).
const maxApposition = 16

// addName adds name to names unless one of them is the same person
// (SameSpeaker), keeping the longer form.
func addName(names []string, name string) []string {
	for i, n := range names {
		if SameSpeaker(n, name) {
			if len(name) > len(n) {
				names[i] = name
			}
			return names
		}
	}
	return append(names, name)
}

// antecedentBytes bounds how far before a quotation antecedent looks:
// the reach of quote.Extract's attribution windows.
const antecedentBytes = 400

// capitalised reports whether the word at sp in text starts with an upper-case letter.
func capitalised(text string, sp reprint.Span) bool {
	r, _ := utf8.DecodeRuneInString(text[sp.Start:sp.End])
	return unicode.IsUpper(r)
}

// occurrences finds every place where the words d occur contiguously inside
// a source quotation. For each it takes the innermost quotation holding the
// whole run: exact lists those whose words are exactly d, frag the others.
// first is the token position of the first occurrence of the better kind
// (exact before fragment), or -1.
//
// Cost: one comparison of len(d) words per occurrence of d's rarest word.
func (src *sourceIndex) occurrences(d []uint64) (exact, frag []int, first int) {
	n := len(d)
	k := -1
	for i, h := range d {
		ps, ok := src.post[h]
		if !ok {
			return nil, nil, -1 // a word the source does not have
		}
		if k < 0 || len(ps) < len(src.post[d[k]]) {
			k = i
		}
	}
	firstExact, firstFrag := -1, -1
	for _, p := range src.post[d[k]] {
		j := int(p) - k
		if j < 0 || j+n > len(src.hash) || !slices.Equal(src.hash[j:j+n], d) {
			continue
		}
		q := int(src.deep[j])
		for q >= 0 && src.quotes[q].hi < j+n {
			q = src.quotes[q].parent
		}
		if q < 0 {
			continue // not inside a quotation
		}
		if sq := src.quotes[q]; sq.lo == j && sq.hi == j+n {
			exact = append(exact, q)
			if firstExact < 0 {
				firstExact = j
			}
		} else {
			frag = append(frag, q)
			if firstFrag < 0 {
				firstFrag = j
			}
		}
	}
	if firstExact >= 0 {
		return exact, frag, firstExact
	}
	return exact, frag, firstFrag
}

// cutInRunMin is the least number of tokens a quotation cut inside a run
// of a bigram script must have: with fewer, a character matches by chance.
const cutInRunMin = 3

// cutInRun reports whether the derived quotation's tokens d (dtoks of
// derived) are a run of a source quotation but for the last, which is
// the same character as the source's next token there, inside the same
// quotation: a quotation cut inside a run of Han, Kana or Hangul. Those
// scripts are tokenised in overlapping character bigrams, so a run's last
// character is a token of its own where the source's run goes on (the
// bigram of it and the next). It returns the first source token and the
// quotation.
func (src *sourceIndex) cutInRun(derived string, dtoks []analysis.Token, d []uint64) (int, int, bool) {
	n := len(d)
	if n < cutInRunMin || len(dtoks) != n {
		return 0, 0, false
	}
	last := derived[dtoks[n-1].Span.Start:dtoks[n-1].Span.End]
	if r, _ := utf8.DecodeRuneInString(last); !unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana) {
		return 0, 0, false
	}
	_, frag, first := src.occurrences(d[:n-1])
	if first < 0 || first+n-1 >= len(src.toks) {
		return 0, 0, false
	}
	next := src.toks[first+n-1].Span
	if src.text[next.Start:next.End] != last || src.hash[first+n-1] == d[n-1] {
		return 0, 0, false
	}
	for _, q := range frag {
		if src.quotes[q].hi > first+n-1 {
			return first, q, true
		}
	}
	return 0, 0, false
}

// wordSpan returns the source bytes from the start of token first to the
// end of token last.
func (src *sourceIndex) wordSpan(first, last int) reprint.Span {
	return reprint.Span{Start: src.toks[first].Span.Start, End: src.toks[last].Span.End}
}

// joinMinWords is the least number of words the part of a quotation that
// its best source quotation leaves out must have to be found whole in
// another source quotation (joined): two words ("he said") recur by
// chance, three words in one order inside a quotation rarely do. It is
// also the shortest run of equal words that anchors the best quotation's
// alignment (join.kept): shorter runs at its ends are function words
// caught from the other quotation's sentence ("Ons het … in die").
const joinMinWords = 3

// join is a derived quotation found as two source quotation units run
// together (sourceIndex.joined).
type join struct {
	quotes []int // the top-level source quotations that hold the rest
	// first and last are the source token positions of the rest's first
	// and last word found, and n how many words were found.
	first, last, n int
	// kept is the equal words of the best quotation's alignment from its
	// first anchoring run to its last, at source tokens keptLo…keptHi.
	kept, keptLo, keptHi int
}

// joined looks for the rest of the derived quotation d in another source
// quotation unit: the words before the first or after the last anchoring
// run of al (a run of at least joinMinWords equal words; its first and
// last equal word when it has none), its alignment to the top-level
// source quotation q, found contiguous inside a unit other than q's
// (units). One word of the rest next to al's part may be the writer's
// seam and is not looked for ("…de mobilidade, e não vamos voltar atrás"
// against "Não vamos voltar atrás"), when the words past it are still
// joinMinWords and open a sentence of the other quotation (close one,
// for words before al's part): a sentence joined on, not a phrase the
// story repeats. It reports false when no rest is found so.
func (src *sourceIndex) joined(d []uint64, al alignment, q int) (join, bool) {
	lo, hi := -1, -1 // derived indices of the first and last equal word
	alo, ahi := -1, -1
	for k := 0; k < len(al.steps); {
		if al.steps[k].kind != stepEqual {
			k++
			continue
		}
		m := k
		for m < len(al.steps) && al.steps[m].kind == stepEqual {
			m++
		}
		if lo < 0 {
			lo = al.steps[k].i
		}
		hi = al.steps[m-1].i
		if m-k >= joinMinWords {
			if alo < 0 {
				alo = al.steps[k].i
			}
			ahi = al.steps[m-1].i
		}
		k = m
	}
	if lo < 0 {
		return join{}, false
	}
	if alo >= 0 {
		lo, hi = alo, ahi
	}
	var j join
	j.keptLo, j.keptHi = -1, -1
	for _, s := range al.steps {
		if s.kind == stepEqual && s.i >= lo && s.i <= hi {
			j.kept++
			if j.keptLo < 0 {
				j.keptLo = s.j
			}
			j.keptHi = s.j
		}
	}
	if src.quotes[q].lo >= src.quotes[q].hi {
		return join{}, false // no words: al cannot have aligned to it
	}
	u := src.units()
	for side, rest := range [][]uint64{d[:lo], d[hi+1:]} {
		seam := rest[:0]
		if len(rest) > joinMinWords {
			// The rest without its word next to al's part.
			if side == 0 {
				seam = rest[:len(rest)-1]
			} else {
				seam = rest[1:]
			}
		}
		for v, w := range [][]uint64{rest, seam} {
			if len(w) < joinMinWords {
				continue
			}
			// Past the seam, the words must be a sentence's own start
			// (or end): "na kampuni ya bima" inside "…mazungumzo na
			// kampuni ya bima…" is a phrase of the story, not a sentence
			// joined on.
			if at, ok := src.inUnit(w, u.unit[q], v == 1, side == 1); ok {
				j.first, j.last, j.n = int(u.at[at]), int(u.at[at+len(w)-1]), len(w)
				for x := at; x < at+len(w); x++ {
					if k := int(src.outer[u.at[x]]); !slices.Contains(j.quotes, k) {
						j.quotes = append(j.quotes, k)
					}
				}
				return j, true
			}
		}
	}
	return join{}, false
}

// sentenceEdge reports whether the n stream words from at start a
// sentence of their source quotation (start true: the first word opens
// its quotation or follows . ! ? or …) or end one (start false: the last
// word closes its quotation or . ! ? or … follows it).
func (src *sourceIndex) sentenceEdge(u *unitStream, at, n int, start bool) bool {
	p := int(u.at[at])
	if !start {
		p = int(u.at[at+n-1])
	}
	q := src.quotes[src.outer[p]]
	if start && p == q.lo || !start && p == q.hi-1 {
		return true
	}
	gap := src.text[src.toks[p-1].Span.End:src.toks[p].Span.Start]
	if !start {
		gap = src.text[src.toks[p].Span.End:src.toks[p+1].Span.Start]
	}
	return strings.ContainsAny(gap, ".!?…")
}

// unitStream is the words of the top-level source quotations in order,
// the text between them left out, each with its unit: the quotations that
// resume one another (resumes), the pieces of one thing said around its
// attribution, are one unit, and any other quotation is one of its own.
// Within a unit the stream runs on from one piece to the next, so the
// words of `"We are not against housing," she added. "We are against …"`
// are contiguous there.
type unitStream struct {
	at []int32 // source token position of each stream word
	// start and unit are per source quotation, for the top-level ones:
	// the stream index of its first word, and the index of its unit's
	// first quotation.
	start, unit []int32
}

// pos returns the stream index of source token j, or -1 when no
// top-level quotation holds it.
func (u *unitStream) pos(src *sourceIndex, j int) int {
	q := src.outer[j]
	if q < 0 {
		return -1
	}
	return int(u.start[q]) + j - src.quotes[q].lo
}

// unitAt returns the unit of stream word s.
func (u *unitStream) unitAt(src *sourceIndex, s int) int32 {
	return u.unit[src.outer[u.at[s]]]
}

// units returns the source's unitStream, built on first use.
func (src *sourceIndex) units() *unitStream {
	if src.unitsBuilt != nil {
		return src.unitsBuilt
	}
	n := 0
	for _, sq := range src.quotes {
		if sq.parent < 0 {
			n += sq.hi - sq.lo
		}
	}
	u := &unitStream{at: make([]int32, 0, n), start: make([]int32, len(src.quotes)), unit: make([]int32, len(src.quotes))}
	cur, prev := -1, -1
	for k, sq := range src.quotes {
		if sq.parent >= 0 {
			continue
		}
		if prev < 0 || !src.resumes([]int{prev, k}) {
			cur = k
		}
		prev = k
		u.start[k], u.unit[k] = int32(len(u.at)), int32(cur)
		for j := sq.lo; j < sq.hi; j++ {
			u.at = append(u.at, int32(j))
		}
	}
	src.unitsBuilt = u
	return u
}

// inUnit finds the words w contiguous in one unit of the unitStream other
// than unit not, and returns the stream index of the first word of the
// first such place; with edge, the first where they start a sentence
// (start) or end one (sentenceEdge).
func (src *sourceIndex) inUnit(w []uint64, not int32, edge, start bool) (int, bool) {
	u := src.units()
	k := -1
	for i, h := range w {
		ps, ok := src.post[h]
		if !ok {
			return -1, false
		}
		if k < 0 || len(ps) < len(src.post[w[k]]) {
			k = i
		}
	}
	n := len(w)
next:
	for _, p := range src.post[w[k]] {
		at := u.pos(src, int(p))
		s := at - k
		if at < 0 || s < 0 || s+n > len(u.at) || u.unitAt(src, s) != u.unitAt(src, s+n-1) || u.unitAt(src, s) == not {
			continue
		}
		for i := range w {
			if src.hash[u.at[s+i]] != w[i] {
				continue next
			}
		}
		if !edge || src.sentenceEdge(u, s, n, start) {
			return s, true
		}
	}
	return -1, false
}

// resumes reports whether the top-level source quotations pieces, in
// order, are one quotation interrupted only by its attribution: each after
// the first is quote.Quote.Continued and the next top-level quotation after
// the one before it.
func (src *sourceIndex) resumes(pieces []int) bool {
	if len(pieces) < 2 {
		return false
	}
	for k := 1; k < len(pieces); k++ {
		a, b := pieces[k-1], pieces[k]
		if b <= a || !src.quotes[b].q.Continued {
			return false
		}
		for m := a + 1; m < b; m++ {
			if src.quotes[m].parent < 0 {
				return false // a top-level quotation between them
			}
		}
	}
	return true
}

// alignedSpan returns the source bytes from the first to the last source
// word of the alignment, changed and deleted words included.
func (src *sourceIndex) alignedSpan(a alignment) reprint.Span {
	first, last := -1, -1
	for _, s := range a.steps {
		if s.j < 0 {
			continue
		}
		if first < 0 {
			first = s.j
		}
		last = s.j
	}
	if first < 0 {
		return reprint.Span{}
	}
	return src.wordSpan(first, last)
}
