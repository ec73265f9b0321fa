package fidelity

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/quote"
	"github.com/zeebo/xxh3"
)

// Status is the verdict on one derived quotation.
type Status int

const (
	// Exact: the quotation's words are the words of a source quotation.
	Exact Status = iota + 1
	// Fragment: the words are a contiguous run inside a source quotation.
	Fragment
	// Altered: most words align to one source quotation, some changed.
	Altered
	// Merged: the words join pieces of two or more source quotations,
	// possibly with the unquoted source words between them.
	Merged
	// UnquotedInSource: the words are in the source, but not (all) inside
	// its quotation marks.
	UnquotedInSource
	// Unattested: no support in the source.
	Unattested
	// Term: a short quotation that no one is said to have said — a scare
	// quote or a quoted term (“buboes”, “always fatal”) — that the source
	// does not quote: a writer's marks round a word, not a quotation
	// unattested or moved out of the source's marks. A short quotation
	// that names something (a name in capitals after a word in lower
	// case, «Θαλασσινή Αύρα»; a word after a naming phrase, known as
	// “izinyoka”) is a Term whatever the source shows (Checker.mention).
	Term
)

var statusNames = [...]string{"", "exact", "fragment", "altered", "merged", "unquoted-in-source", "unattested", "term"}

func (s Status) String() string {
	if s > 0 && int(s) < len(statusNames) {
		return statusNames[s]
	}
	return "unknown"
}

// MarshalText implements encoding.TextMarshaler.
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Faithful reports whether s says the quotation is in the source as quoted
// words, unchanged: Exact or Fragment.
func (s Status) Faithful() bool { return s == Exact || s == Fragment }

// Op is one step of a word diff from a source quotation to a derived one.
// Kind is "equal", "delete" (words only in the source), "insert" (words
// only in the derived quotation) or "replace". Source and Derived are the
// words as written, from the first word's start to the last word's end, so
// the punctuation between them is kept; either is "" when that side has no
// words.
type Op struct {
	Kind    string `json:"kind"`
	Source  string `json:"source,omitempty"`
	Derived string `json:"derived,omitempty"`
}

// Check is the verdict on one derived quotation.
type Check struct {
	Quote  quote.Quote `json:"quote"`  // the derived quotation
	Text   string      `json:"text"`   // its words, derived[Quote.Span]
	Status Status      `json:"status"` // how it relates to the source
	// Source holds where the quotation was found in the source text: the
	// Span of each matched source quotation, in source order (two for a
	// quotation the source has twice; the pieces for Merged), or for
	// UnquotedInSource the single span from the first to the last source
	// word aligned. Empty when Unattested.
	Source []reprint.Span `json:"source,omitempty"`
	// Found is the source span from the first to the last source word
	// aligned with the quotation (the first occurrence for Exact and
	// Fragment): for a fragment, the fragment itself rather than the
	// longer quotation around it. Zero when Unattested.
	Found reprint.Span `json:"found"`
	// Similarity is the share of the quotation's words (capped at
	// Options.MaxQuoteWords for the aligned statuses) that the source
	// supports as equal words in order: 1 for Exact and Fragment, the
	// aligned share for the others, 0 when Unattested.
	Similarity float64 `json:"similarity"`
	// Diff is the word diff from the source to the quotation, for Altered
	// (against the stretch of the matched source quotation it aligns to)
	// and Merged (against the stretch of source text from the first piece
	// to the last, so unquoted source words between the pieces show as
	// equal when the quotation has them and as deleted when it skips
	// them; nil for pieces farther apart than an alignment reaches, see
	// the package doc); nil otherwise.
	Diff []Op `json:"diff,omitempty"`
	// Speaker is the derived quotation's speaker and SourceSpeaker the
	// first named speaker among the matched source quotations, each ""
	// when unknown. SpeakerChanged reports whether both are named and no
	// matched source quotation's speaker is the same person (see
	// SameSpeaker).
	Speaker        string `json:"speaker,omitempty"`
	SourceSpeaker  string `json:"source_speaker,omitempty"`
	SpeakerChanged bool   `json:"speaker_changed,omitempty"`
	// Prose reports an Exact or Fragment quotation found in the source's
	// own words: a first-person source (a post, a letter, a column)
	// that the derived text quotes (prose.go).
	Prose bool `json:"prose,omitempty"`
}

// Checker checks derived quotations against a source. It holds only its
// options, so one Checker is safe for concurrent use.
type Checker struct {
	opts Options
}

// New returns a Checker with opts, zero fields set to their defaults. It
// returns an error wrapping ErrInvalidOptions for a field out of range.
func New(opts Options) (*Checker, error) {
	opts.SetDefaults()
	if err := opts.validate(); err != nil {
		return nil, err
	}
	return &Checker{opts: opts}, nil
}

// Options returns the options in effect, defaults filled in.
func (c *Checker) Options() Options { return c.opts }

// Check judges each quotation dq of the derived text against the source
// text and its quotations sq, and returns one Check per element of dq, in
// the same order. dq and sq are normally quote.Extract(derived, nil) and
// quote.Extract(source, nil); spans outside their text are clamped, and a
// quotation left with no text is Unattested.
//
// Nested quotations are checked on their own like any other, and a
// quotation containing one is checked as a whole, nested words included.
// An Unbalanced derived quotation is checked as extracted (to the end of
// its paragraph); callers should trust its verdict less.
func (c *Checker) Check(derived, source string, dq, sq []quote.Quote) []Check {
	out := make([]Check, len(dq))
	if len(dq) == 0 {
		return out
	}
	st := newState(derived, source, sq, c.opts.MaxSourceQuotes)
	st.dq = dq
	named := st.resolvePronouns(dq)
	for k, q := range dq {
		st.named = ""
		if named != nil {
			st.named = named[k]
		}
		out[k] = c.check(st, q)
	}
	return out
}

// resolvePronouns returns, per derived quotation, the name its pronoun
// stands for, or "": a top-level quotation attributed to a pronoun ("She
// also urged residents …, saying "…"") takes the one name its paragraph
// gives before it (antecedent), and keeps it only when that name speaks
// a quotation of the source. A derived pronoun is resolved to flag a
// quotation given to another of the story's speakers; a name that speaks
// nowhere in the source (a street, a council) may be a wrong antecedent
// and is not used.
func (st *state) resolvePronouns(dq []quote.Quote) []string {
	var named []string
	var quoted []bool
	for k, q := range dq {
		if q.Speaker != "" || q.Depth > 0 || q.Anonymous || !q.Pronoun && q.Verb != "" {
			continue
		}
		if quoted == nil {
			named = make([]string, len(dq))
			quoted = make([]bool, len(st.dtoks))
			for _, o := range dq {
				lo, hi := tokenRange(st.dtoks, clamp(o.Outer, st.derived))
				for j := lo; j < hi; j++ {
					quoted[j] = true
				}
			}
		}
		at := clamp(q.Outer, st.derived).Start
		isQuoted := func(j int) bool { return quoted[j] }
		name, byNoun := "", false
		if q.Pronoun {
			// A description the text introduces someone by ("añadió el
			// subgerente" for "el subgerente de …, Wilfredo Quispe
			// Ccanto") names them before any nearer name does.
			name = introduced(st.derived, st.dtoks, q)
			byNoun = name != ""
			if name == "" {
				name = antecedent(st.derived, st.dtoks, isQuoted, at, slices.Values(dq))
			}
			if name == "" {
				name = quote.CaselessAntecedent(st.derived, q.Outer)
			}
		}
		lead := false
		if name == "" && (!q.Pronoun || droppedSubject(st.derived, q)) {
			// A quotation with no speaker of its own, or after a verb
			// whose subject was dropped, as in the source (leadIn).
			name, lead = leadIn(st.derived, st.dtoks, isQuoted, at), true
		}
		if name == "" {
			continue
		}
		for _, sq := range st.src.quotes {
			if sq.q.Speaker != "" && SameSpeaker(name, sq.q.Speaker) {
				named[k] = name
				break
			}
		}
		if named[k] == "" && apposed(st.derived[:at], name) {
			// A person the derived text introduces with an apposition
			// ("c'era anche Efisio Manca, pensionato di Sa Pruna.
			// «…», racconta") is a person, not a street or a council,
			// whether or not the source has them.
			named[k] = name
		}
		if named[k] == "" && (lead || descriptionNoun(st.derived, q) != "") && strings.Contains(st.src.text, name) &&
			(byNoun || lead || !bodyMention(st.derived[:at], name)) {
			// A description ("o autarca", or one in the lead-in: "Lo
			// stesso sindaco ha poi raccontato …: "…"") names its
			// person more surely than a pronoun: a person the source
			// names, quoted there or not, is kept.
			named[k] = name
		}
	}
	return named
}

// bodyMention reports whether the last mention of name in text, a
// single word, follows a definite article that no language of the
// articles below sets before a person's name in news prose: "mientras
// que el Senamhi advirtió", "the Kremlin said", "la Sedena informó". A
// description of a person ("insistió el funcionario regional") stands
// for a person, not for the body named nearest before it. Portuguese,
// whose "o"/"a" go before people's names too, is not read so.
func bodyMention(text, name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	i := strings.LastIndex(text, name)
	if i <= 0 {
		return false
	}
	before := strings.Fields(text[max(0, i-12):i])
	if len(before) == 0 || !strings.HasSuffix(text[:i], " ") {
		return false
	}
	return bodyArticles[strings.ToLower(before[len(before)-1])]
}

// bodyArticles are the definite articles bodyMention reads before a
// body's name: English's, Spanish's, Italian's and French's singular
// ones.
var bodyArticles = map[string]bool{"the": true, "el": true, "la": true, "il": true, "lo": true, "le": true}

// apposed reports whether the last mention of name in text is a person
// introduced by an apposition: a name of two or more words followed by a
// comma and a lower-case word that is no verb of speech or auxiliary
// ("Lucía Anguita, asegura que …" is a sentence, not an apposition) and
// opens no relative clause ("Mill Lane, which …"): "Efisio Manca,
// pensionato di Sa Pruna", "Tom Rintoul, a grower".
func apposed(text, name string) bool {
	i := strings.LastIndex(text, name)
	if i < 0 || !strings.Contains(name, " ") {
		return false
	}
	rest, ok := strings.CutPrefix(text[i+len(name):], ", ")
	if !ok {
		return false
	}
	w, after, _ := strings.Cut(rest, " ")
	w = strings.TrimRight(w, ",.;:")
	r, _ := utf8.DecodeRuneInString(w)
	if w == "a" || w == "an" {
		// English's article ("Tom Rintoul, a grower"), not French's
		// auxiliary before its participle ("Marie Dubois, a dit …").
		next, _, _ := strings.Cut(after, " ")
		return !quote.SpeechVerb(strings.TrimRight(next, ",.;:"))
	}
	return unicode.IsLower(r) && !relatives[w] && !quote.SpeechVerb(w) && !quote.Auxiliary(w)
}

// relatives open a relative clause or join another clause after a comma:
// what follows a place's or a body's name as often as a person's.
var relatives = map[string]bool{
	"which": true, "where": true, "that": true, "when": true, "whose": true, "while": true,
	"où": true, "qui": true, "que": true, "dont": true, "donde": true, "cuyo": true,
	"dove": true, "che": true, "cui": true, "onde": true, "wo": true, "die": true, "das": true,
	"der": true, "waar": true, "dat": true, "and": true, "or": true, "but": true, "e": true, "y": true,
	"et": true, "und": true, "en": true, "who": true, "quien": true, "quem": true,
}

// newState tokenises derived and indexes source and its quotations sq.
func newState(derived, source string, sq []quote.Quote, maxQuotes int) *state {
	var tk analysis.Tokenizer
	return &state{
		derived: derived,
		dtoks:   tk.Tokenize(derived, nil),
		src:     newSourceIndex(&tk, source, sq, maxQuotes),
	}
}

// state is the working memory of one Check call.
type state struct {
	derived string
	dtoks   []analysis.Token
	dlo     int // derived token index of the current quotation's first word
	// named is the name the current quotation's pronoun stands for
	// (resolvePronouns), or "": its speaker, the quotation unchanged.
	named string
	// dq are the derived text's quotations.
	dq  []quote.Quote
	src *sourceIndex
	// stemSrc is src with its words' hashes their stems' (stems),
	// built on first use.
	stemSrc *sourceIndex
	al      aligner
	hashes  []uint64
	diags   []int
	wins    []window
	hits    []int
	last    []int
}

func (c *Checker) check(st *state, q quote.Quote) Check {
	sp := clamp(q.Span, st.derived)
	ch := Check{Quote: q, Text: st.derived[sp.Start:sp.End], Speaker: q.Speaker, Status: Unattested}
	if st.named != "" {
		ch.Speaker = st.named
	}
	lo, hi := tokenRange(st.dtoks, sp)
	st.dlo = lo
	words := quoteWords(st.derived, st.dtoks[lo:hi])
	d := st.hashes[:0]
	for _, t := range st.dtoks[lo:hi] {
		d = append(d, t.Hash)
	}
	st.hashes = d
	src := st.src

	if len(d) == 0 {
		// Nothing but punctuation or symbols ("?", "…"): compare the text.
		return c.checkSymbols(st, ch)
	}

	// Exact and fragment: the same words, contiguous, inside a source
	// quotation.
	exact, frag, first := src.occurrences(d)
	if len(exact) > 0 || len(frag) > 0 {
		ch.Status, ch.Similarity = Exact, 1
		idx := exact
		if len(exact) == 0 {
			ch.Status, idx = Fragment, frag
		}
		ch.Found = src.wordSpan(first, first+len(d)-1)
		c.attribute(st, &ch, idx)
		if c.mention(st, q, words) {
			ch.Status = Term
		}
		return ch
	}

	if first, sq, ok := src.cutInRun(st.derived, st.dtoks[lo:hi], d); ok {
		// Cut inside a run of Han, Kana or Hangul, whose tokens are
		// character bigrams ("…새어 나온 것" for "…새어 나온 것으로
		// 보인다", "…的" for "…的政策"): the last character's token is
		// itself, the source's the bigram that goes on.
		ch.Status, ch.Similarity = Fragment, 1
		ch.Found = src.wordSpan(first, first+len(d)-1)
		c.attribute(st, &ch, []int{sq})
		if c.mention(st, q, words) {
			ch.Status = Term
		}
		return ch
	}

	// A quotation of a first-person source's own prose (prose.go).
	if len(d) >= ownProseMinWords && src.firstPerson() {
		if first, ok := src.prose(d); ok {
			last := first + len(d) - 1
			ch.Status, ch.Similarity, ch.Prose = Fragment, 1, true
			if src.wholeSentences(first, last) {
				ch.Status = Exact
			}
			ch.Found = src.wordSpan(first, last)
			ch.Source = []reprint.Span{ch.Found}
			return ch
		}
	}

	// The aligned statuses look at the first MaxQuoteWords words.
	if len(d) > c.opts.MaxQuoteWords {
		d = d[:c.opts.MaxQuoteWords]
	}
	n := len(d)
	needAltered := max(2, ceilShare(c.opts.MinAltered, n), min(minAlteredWords, n-1))

	// Merged and unquoted-in-source: the best alignment to the source's
	// whole token stream.
	reg, regOK := c.search(st, d, 0, len(src.hash))
	var pieces []int
	quoted, unquoted := 0, 0
	if regOK {
		for _, s := range reg.steps {
			if s.kind != stepEqual {
				continue
			}
			if p := src.outer[s.j]; p >= 0 {
				quoted++
				if !slices.Contains(pieces, int(p)) {
					pieces = append(pieces, int(p))
				}
			} else {
				unquoted++
			}
		}
	}

	// Altered: the best alignment to a single top-level source quotation,
	// among those holding enough of the words, and the one the region
	// alignment landed in.
	extra := -1
	if len(pieces) == 1 {
		extra = pieces[0]
	}
	alt, altQ, altOK := c.bestQuote(st, d, extra)
	altEqual := 0
	if altOK {
		altEqual = alt.equal
	}

	// Merged across the source: the words the best single quotation
	// leaves unaligned at the start or end of the quotation stand whole in
	// another source quotation unit — two of the speaker's quotations
	// joined, however far apart the source sets them (the region alignment
	// above reaches MaxGap words between pieces). Together the two pieces
	// must hold the share MinAltered of the words; neither alone need,
	// since two sentences of about the same length joined leave each under
	// it.
	var jn join
	joinOK := false
	if altOK && alt.equal >= joinMinWords {
		jn, joinOK = src.joined(d, alt, altQ)
		if jn.kept+jn.n < needAltered {
			joinOK = false
		}
	}

	slices.Sort(pieces)
	// One quotation interrupted by its attribution, set again between one
	// pair of marks: aligned to its pieces' words alone (rejoin).
	var rj alignment
	var rjSegs [][]step
	rejoined := len(pieces) >= 2 && src.resumes(pieces)
	if rejoined {
		rj, rjSegs = c.realign(st, d, reg, pieces)
	}
	switch {
	case joinOK && !(len(pieces) >= 2 && reg.equal >= jn.kept+jn.n):
		ch.Status = Merged
		ch.Similarity = float64(jn.kept+jn.n) / float64(n)
		ch.Found = reprint.Span{Start: src.toks[min(jn.keptLo, jn.first)].Span.Start, End: src.toks[max(jn.keptHi, jn.last)].Span.End}
		c.attribute(st, &ch, append(jn.quotes, altQ))
	case rejoined && rj.equal >= needAltered && rj.equal > altEqual:
		c.rejoin(st, &ch, rj, rjSegs, pieces, hi-lo)
	case len(pieces) >= 2 && reg.equal >= needAltered && quoted >= unquoted && reg.equal > altEqual:
		ch.Status = Merged
		ch.Similarity = float64(reg.equal) / float64(n)
		ch.Diff = c.diff(st, reg)
		first, last, _ := reg.equalRange()
		ch.Found = src.wordSpan(first, last)
		c.attribute(st, &ch, pieces)
	case regOK && n >= c.opts.MinUnquotedWords && unquoted == n && altEqual < n && reg.contiguous(n):
		// The words stand whole, in order, in the source's prose: its
		// narration put in quotation marks ("Vhadzulapo vha ri vho
		// “ḓivhadza masipala lunzhi”" for the source's "vhadzulapo vho
		// vha vho no ḓivhadza masipala lunzhi"), however many of them a
		// quotation nearby also holds.
		src.unquotedIn(&ch, reg, n)
	case altOK && (alt.equal >= needAltered || alt.equal >= minAlteredWords && st.inOrder(d, src.quotes[altQ]) >= needAltered):
		ch.Status = Altered
		ch.Similarity = float64(alt.equal) / float64(n)
		ch.Diff = c.diff(st, alt)
		ch.Found = src.alignedSpan(alt)
		c.attribute(st, &ch, []int{altQ})
	case regOK && n >= c.opts.MinUnquotedWords && reg.equal >= ceilShare(c.opts.MinUnquoted, n):
		src.unquotedIn(&ch, reg, n)
	}
	if ch.Status == Unattested && n >= prefixMinWords {
		c.prefixAltered(st, &ch, d, needAltered)
	}
	if ch.Status == Unattested && ch.Speaker != "" && n >= prefixMinWords {
		c.speakerAltered(st, &ch, d)
	}
	if ch.Status == Unattested || ch.Status == UnquotedInSource {
		if words <= c.opts.MaxTermWords && q.Verb == "" && q.Speaker == "" && !q.Pronoun {
			ch.Status = Term
		}
	}
	if ch.Status != Term && c.mention(st, q, words) {
		ch.Status = Term
	}
	if (ch.Status == Unattested || ch.Status == UnquotedInSource) && q.Speaker == "" && !q.Pronoun && titleBefore(st.derived[:clamp(q.Outer, st.derived).Start]) {
		// A work's title ("her column …, headlined “Scrapping the 27
		// bus will cut our villages adrift”"), of any length: the
		// marks name the piece, and nobody is quoted.
		ch.Status = Term
	}
	return ch
}

// Altered by stems. A quotation reworded in a language that inflects
// its words — Belarusian "на ўласных газавых устаноўках" becoming "на
// ўласныя газавыя ўстаноўкі", Somali "balli" becoming "balliyada" —
// keeps its stems but few whole words, and falls under MinAltered as if
// it were invented. Where none of the word-for-word statuses holds, the
// words are compared once more by their first PrefixRunes letters
// (truncation stemming, the stemmer of languages without one: on Turkish
// retrieval, Can et al. 2008 found the first five letters as good as a
// lemmatiser), and a quotation that then reaches MinAltered against one
// source quotation is altered. Its diff lists the words whose stems
// changed; a changed ending alone is no difference there.
const (
	// PrefixRunes is the length of a stem: five letters, the length
	// Can et al. found best.
	PrefixRunes = 5
	// prefixMinWords: a quotation of fewer words is not compared by
	// stems. Three words sharing stems with a source quotation say
	// little; a short quotation is a term or a fragment more often than
	// a reworded statement.
	prefixMinWords = 4
)

// prefixHash is the hash of the stem of the word at sp in text: its first
// PrefixRunes letters, in lower case, with Belarusian's ў read as у (the
// same vowel after a vowel, as a word's first letter alternates with the
// word before).
func prefixHash(text string, sp reprint.Span) uint64 {
	if w := text[sp.Start:sp.End]; w != "" {
		if r, _ := utf8.DecodeRuneInString(w); analysis.IsEthiopic(r) {
			return ethiopicStem(w)
		}
	}
	var b [4 * PrefixRunes]byte
	n, k := 0, 0
	for _, r := range strings.ToLower(text[sp.Start:sp.End]) {
		if k == PrefixRunes {
			break
		}
		if r == 'ў' {
			r = 'у'
		}
		n += utf8.EncodeRune(b[n:], r)
		k++
	}
	return xxh3.Hash(b[:n])
}

// ethiopicPrepositions are the syllables Amharic and Tigrinya join to the
// front of a word as prepositions: በ (in, by), ለ (for), ከ (from), የ
// (of), ብ and ን (Tigrinya's by and to).
var ethiopicPrepositions = map[rune]bool{'በ': true, 'ለ': true, 'ከ': true, 'የ': true, 'ብ': true, 'ን': true}

// ethiopicStem is prefixHash's stem of an Ethiopic word: its consonants,
// read by syllable row (analysis.EthiopicConsonant), without a joined
// preposition before a word of three syllables or more: "በዝናብ" and
// "ዝናብ" are z-n-b, "ጤፌ" and "ጤፍ" t-p.
func ethiopicStem(w string) uint64 {
	rs := []rune(w)
	if len(rs) >= 3 && ethiopicPrepositions[rs[0]] {
		rs = rs[1:]
	}
	var b [2 * PrefixRunes]byte
	n := 0
	for _, r := range rs {
		if c, ok := analysis.EthiopicConsonant(r); ok && n < len(b) {
			b[n] = c
			n++
		}
	}
	if n == 0 {
		return xxh3.HashString(w)
	}
	return xxh3.Hash(b[:n])
}

// stems returns st's source index with each word's hash its stem's
// (prefixHash), built on first use.
func (st *state) stems() *sourceIndex {
	if st.stemSrc != nil {
		return st.stemSrc
	}
	src := *st.src
	src.hash = make([]uint64, len(src.toks))
	src.post = make(map[uint64][]int32, len(src.toks)/2)
	for j, t := range src.toks {
		h := prefixHash(src.text, t.Span)
		src.hash[j] = h
		src.post[h] = append(src.post[h], int32(j))
	}
	st.stemSrc = &src
	return st.stemSrc
}

// quoteStems returns the stems (prefixHash) of the current quotation's
// first n words.
func (st *state) quoteStems(n int) []uint64 {
	stems := make([]uint64, n)
	for i := range stems {
		stems[i] = prefixHash(st.derived, st.dtoks[st.dlo+i].Span)
	}
	return stems
}

// prefixAltered sets ch Altered when the derived words d (the quotation's
// first words, by token) align by their stems to one source quotation
// for at least need of them.
func (c *Checker) prefixAltered(st *state, ch *Check, d []uint64, need int) {
	stems := st.quoteStems(len(d))
	words := st.src
	st.src = st.stems()
	defer func() { st.src = words }()
	alt, altQ, ok := c.bestQuote(st, stems, -1)
	// As for words: the path's equal stems, or the stems held in order
	// when the path keeps a few (see Altered).
	if !ok || alt.equal < need && (alt.equal < minAlteredWords || st.inOrder(stems, st.src.quotes[altQ]) < need) {
		return
	}
	ch.Status = Altered
	ch.Similarity = float64(alt.equal) / float64(len(d))
	ch.Diff = c.diff(st, alt)
	ch.Found = st.src.alignedSpan(alt)
	c.attribute(st, ch, []int{altQ})
}

// Altered by its speaker. A quotation reworded past MinAltered — a
// translation between two written norms (Bokmål "Jeg så steinene komme
// over veien" set in Nynorsk "Eg såg steinane kome over vegen"), a
// rewriter's paraphrase kept in quotation marks ("Seit 17 Uhr hatten wir
// über 80 Einsätze" for "Wir haben seit 17 Uhr mehr als 80 Einsätze
// gezählt") — reads as invented when nothing else ties it to its source.
// Its speaker does: where the derived quotation names a speaker and the
// source gives that person a quotation holding at least
// MinAlteredBySpeaker of its words in order (and speakerMinWords of
// them), the quotation is that one reworded. The two must be of about one
// length (within lcsMaxRatio of each other either way): a source
// quotation the derived one holds whole and runs on past is a longer
// quotation cut in the source, which the direction reads as such.
const (
	// MinAlteredBySpeaker is the least share of the derived quotation's
	// words that a quotation of the same speaker must hold in order.
	// The reworded quotations of the story sets that keep their speaker
	// hold 0.32–0.39 of their words (Sinhala, Nynorsk, German); a
	// quotation a rewrite invents for one of the source's speakers
	// shares that person's function words with their real quotations,
	// which in the sets stays under 0.3.
	MinAlteredBySpeaker = 0.3
	// speakerMinWords is the least number of words held in order: four,
	// one more than minAlteredWords, since the speaker and not the words
	// carries most of the evidence here.
	speakerMinWords = 4
)

// speakerAltered sets ch Altered when a source quotation of the derived
// quotation's speaker holds enough of its words d in order, by word or,
// failing that, by stem (prefixHash): a paraphrase keeps a verb's stem
// in another tense ("habilitado" for "habilitar") and a noun's in the
// plural ("lluvia" for "lluvias") as often as the words themselves.
func (c *Checker) speakerAltered(st *state, ch *Check, d []uint64) {
	if c.speakerAlteredBy(st, ch, d) {
		return
	}
	stems := st.quoteStems(len(d))
	words := st.src
	st.src = st.stems()
	defer func() { st.src = words }()
	c.speakerAlteredBy(st, ch, stems)
}

// speakerAlteredBy is speakerAltered over the hashes d, words' or stems'
// as st.src's are, and reports whether it set ch Altered.
func (c *Checker) speakerAlteredBy(st *state, ch *Check, d []uint64) bool {
	need := max(speakerMinWords, ceilShare(MinAlteredBySpeaker, len(d)))
	best, bestEq := -1, 0
	for k, sq := range st.src.quotes {
		if sq.parent >= 0 || lcsMaxRatio*(sq.hi-sq.lo) < len(d) || !st.samePerson(ch, sq.q) {
			// A source quotation under half the derived one's
			// length is one the derived text runs on past, not
			// one it reworded (inOrder bounds the other way).
			continue
		}
		if eq := st.inOrder(d, sq); eq >= need && eq > bestEq {
			best, bestEq = k, eq
		}
	}
	if best < 0 {
		return false
	}
	sq := st.src.quotes[best]
	a, ok := c.search(st, d, sq.lo, sq.hi)
	if !ok {
		return false
	}
	ch.Status = Altered
	ch.Similarity = float64(bestEq) / float64(len(d))
	ch.Diff = c.diff(st, a)
	ch.Found = st.src.alignedSpan(a)
	c.attribute(st, ch, []int{best})
	return true
}

// mention reports whether the derived quotation q, of words words, names
// something rather than reports what someone said, whatever the source
// shows: at most MaxTermWords words with no attribution, that are a name
// (every word capitalised after a word in lower case: a ship «Θαλασσινή
// Αύρα», a place, an operation) or follow a naming phrase ("known in the area as
// "izinyoka"", "call the phenomenon "kanuba"", "the so-called "ghost
// runs""; namingBefore). The source may quote the same word, or have it
// inside a speaker's quotation: in either text the marks set off a name,
// and its fidelity is no question.
func (c *Checker) mention(st *state, q quote.Quote, words int) bool {
	if words == 0 || words > c.opts.MaxTermWords || q.Verb != "" || q.Speaker != "" || q.Pronoun {
		return false
	}
	sp := clamp(q.Span, st.derived)
	before := st.derived[:clamp(q.Outer, st.derived).Start]
	text := st.derived[sp.Start:sp.End]
	return capitalisedWords(text) && lowerBefore(before) || namingBefore(before) || caseless(text)
}

// quoteWords is the length in words of a quotation of tokens toks: a
// Chinese or Japanese character is a token of its own, and about half a
// word (two characters make a word, as package htmltext counts them).
//
// A run of Katakana is one word, however long: Japanese writes a
// loanword or a foreign name so ("東北スカイワークス" is two words).
func quoteWords(text string, toks []analysis.Token) int {
	n, cjk := 0, 0
	kana := false
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(text[t.Span.Start:t.Span.End])
		switch {
		case unicode.Is(unicode.Katakana, r) || r == 'ー' && kana:
			if !kana {
				n++
			}
			kana = true
			continue
		case analysis.Unspaced(r):
			cjk++
		default:
			n++
		}
		kana = false
	}
	return n + (cjk+analysis.CharsPerWord-1)/analysis.CharsPerWord
}

// caseless reports whether s is written in letters without case only
// (Han, Kana, Hangul, Arabic, Devanagari…): there no capital marks a
// name, and a short unattributed quotation is how such text sets off a
// term or a name (“两客一危”, the Chinese abbreviation of a class of
// vehicles; “吃饱了水”, a figure of speech).
func caseless(s string) bool {
	cased, uncased := analysis.CaseCounts(s)
	return cased == 0 && uncased > 0
}

// lowerBefore reports whether the word before a quotation, on its line,
// begins in lower case: a capitalised quotation there is a name ("the
// ferry «Θαλασσινή Αύρα»"), where in a headline set in title case
// ("Talks Deemed 'Productive' by Trump") or at a sentence's start every
// word may be capitalised.
func lowerBefore(before string) bool {
	line := before[strings.LastIndexByte(before, '\n')+1:]
	f := strings.Fields(line)
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) || companyForm(w)
}

// companyForm reports whether w is an abbreviated legal form set before a
// company's quoted name: two to five capitals, with a full stop or not
// (Serbian JKP „Vodovod Dobrinovac“, Bulgarian ЕАД, Czech a.s. written
// A.S.): an acronym, not a sentence's first word.
func companyForm(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == '.':
		default:
			return false
		}
	}
	return n >= 2 && n <= 5
}

// capitalisedWords reports whether every word of s begins with a capital
// letter (and s has a letter).
func capitalisedWords(s string) bool {
	n := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '.' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n > 0
}

// namingPhrases end the text before a quotation that a naming phrase
// introduces, lower case, in the languages of the quotation marks the
// package reads: what follows is a name or a term, not speech.
var namingPhrases = []string{
	"known as", "so-called", "called", "dubbed", "nicknamed", "termed", "referred to as",
	"the phenomenon", "the term", "the word", "the name",
	"appelé", "appelée", "appelés", "surnommé", "surnommée", "baptisé", "baptisée",
	"llamado", "llamada", "conocido como", "conocida como", "denominado", "denominada", "apodado",
	"chiamato", "chiamata", "cosiddetto", "cosiddetta", "soprannominato",
	"chamado", "chamada", "conhecido como", "conhecida como", "apelidado",
	"sogenannte", "sogenannten", "genannt", "genannte", "zogenaamde", "genoemd",
	"kallad", "kallas", "kaldet", "kalt",
	"tzw.", "zwany", "zwana", "nazywany", "nazywana", "takzvaný", "takzvaná", "takzvané", "zvaný",
	"úgynevezett", "ún.", "disebut", "dikenal sebagai", "menamainya", "dinamai", "adı verilen",
	"olarak bilinen",
	"наричат", "наричан", "наричана", "наречен", "наречена", "наречено", "т.нар.",
	"называют", "называемый", "называемая", "называемое", "называемые", "т.н.", "под названием",
	"називають", "так званий", "так звана", "під назвою",
	"takozvani", "takozvana", "tzv.", "nazvan", "nazvana", "zvani", "zvana",
	"titled", "entitled", "intitulé", "intitulée", "titulado", "titulada", "intitolato", "intitolata",
	"intitulado", "intitulada", "getiteld", "betitelt", "namens",
}

// namingNouns name a kind of name — a campaign, a slogan, an operation —
// and a short quotation right after one, with no attribution, is that
// name ("the campaign "Save our pool"", „die Aktion »Rettet unser Bad«“,
// «кампанията „Чиста река“»), whatever case its words take. German and
// Dutch write the noun in compounds (Spendenaktion, Bürgerinitiative),
// so the last word before the marks may end with one (namingNounEnd).
var namingNouns = []string{
	"campaign", "slogan", "motto", "hashtag", "initiative", "operation", "project", "programme", "program", "petition",
	"campagne", "opération", "projet", "dispositif", "pétition",
	"campaña", "lema", "iniciativa", "operación", "proyecto", "programa",
	"campagna", "iniziativa", "operazione", "progetto", "programma", "petizione",
	"campanha", "operação", "projeto", "petição",
	"aktion", "kampagne", "projekt", "programm",
	"actie", "initiatief", "petitie",
	"кампания", "кампанията", "инициатива", "инициативата", "акция", "акцията", "проект", "проекта", "операция", "операцията", "мотото", "лозунг", "девиз",
	"кампании", "инициативы", "акции", "операции", "кампанія", "ініціатива", "акція", "проєкт",
	"kampanja", "kampanje", "inicijativa", "inicijative", "akcija", "akcije", "projekta",
	"kampania", "kampanii", "inicjatywa", "inicjatywy", "akcja", "akcji", "projektu",
	"kampaň", "akce", "kampány", "kezdeményezés", "akció",
}

// namingNounEnd is the fewest letters a naming noun must have to be read
// at the end of a compound (Spendenaktion): shorter ones (lema, akce)
// end too many other words.
const namingNounEnd = 6

// notNamingNouns are words that end in a naming noun without naming
// anything: the press desk, a reaction, a parliamentary group (a
// quotation after them is speech: "die Reaktion „Das ist ein Skandal“").
var notNamingNouns = []string{"reaktion", "redaktion", "fraktion", "transaktion", "reactie", "redactie", "fractie", "transactie", "cooperation", "kooperation", "coopération"}

// namingKnownGap is how many words may stand between "known" and "as"
// ("known in the area as", "known locally as", "residents know the
// upwelling as").
const namingKnownGap = 3

// namingTailBytes is how much of the text before a quotation namingBefore
// reads: the longest naming phrase with namingKnownGap words inside
// "known … as" fits in it.
const namingTailBytes = 80

// titlePhrases name a work by the title that follows them in quotation
// marks: a column's headline, a report's or a film's title.
var titlePhrases = []string{"headlined", "entitled", "titled", "under the headline", "under the title"}

// titleBefore reports whether before, the text up to a quotation's
// opening mark, ends with a title phrase (titlePhrases), a comma or a
// colon after it allowed.
func titleBefore(before string) bool {
	tail := strings.ToLower(strings.TrimRight(strings.TrimRightFunc(before, unicode.IsSpace), ",:"))
	for _, p := range titlePhrases {
		if strings.HasSuffix(tail, p) && (len(tail) == len(p) || !wordByte(tail[len(tail)-len(p)-1])) {
			return true
		}
	}
	return false
}

// namingBefore reports whether before, the text up to a quotation's
// opening mark, ends with a naming phrase (namingPhrases), or with
// "known … as" across at most namingKnownGap words.
func namingBefore(before string) bool {
	tail := strings.TrimRightFunc(before, unicode.IsSpace)
	if i := len(tail) - namingTailBytes; i > 0 {
		for i < len(tail) && !utf8.RuneStart(tail[i]) {
			i++
		}
		tail = tail[i:]
	}
	tail = strings.ToLower(tail) // the tail only: a quotation deep in a long text costs no more
	for _, p := range namingPhrases {
		if strings.HasSuffix(tail, p) && (len(tail) == len(p) || !wordByte(tail[len(tail)-len(p)-1])) {
			return true
		}
	}
	f := strings.Fields(tail)
	if len(f) >= 1 && namingNoun(strings.TrimRight(f[len(f)-1], ",")) {
		return true
	}
	if len(f) >= 2 && slices.Contains(namingAs, f[len(f)-1]) {
		for k := len(f) - 2; k >= 0 && k >= len(f)-2-namingKnownGap; k-- {
			if slices.Contains(namingKnown, f[k]) {
				return true
			}
		}
	}
	return false
}

// namingKnown and namingAs are the two halves of "known … as" in the
// languages of namingPhrases: "известна сред жителите като",
// "conocida en el pueblo como", "bekannt als".
var (
	namingKnown = []string{
		"known", "know", "knows", "connu", "connue", "connus", "connues",
		"conocido", "conocida", "conocidos", "conocidas", "noto", "nota", "noti", "note",
		"conhecido", "conhecida", "bekannt", "bekannte", "bekend", "känd", "kendt", "kjent",
		"известен", "известна", "известно", "известни", "известный", "известная", "известное", "известные",
		"відомий", "відома", "відоме", "poznat", "poznata", "poznato", "znany", "znana", "znane", "známý", "známá",
	}
	namingAs = []string{"as", "comme", "como", "come", "als", "som", "като", "как", "як", "kao", "jako", "ako"}
)

// namingNoun reports whether w, a lower-case word, is a naming noun
// (namingNouns) or a compound ending in one of at least namingNounEnd
// letters that is not one of notNamingNouns.
func namingNoun(w string) bool {
	for _, n := range namingNouns {
		if w == n {
			return true
		}
	}
	for _, n := range notNamingNouns {
		if strings.HasSuffix(w, n) {
			return false
		}
	}
	for _, n := range namingNouns {
		if utf8.RuneCountInString(n) >= namingNounEnd && strings.HasSuffix(w, n) {
			return true
		}
	}
	return false
}

// wordByte reports whether b is an ASCII letter or digit (a naming phrase
// must start a word).
func wordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// realign aligns the quotation's words d again, to the words of pieces
// alone: one source quotation interrupted only by its attribution
// (`"A," she said. "B."`; sourceIndex.resumes), so that "she said"
// neither costs a gap nor stands in a replacement. Only the pieces' words
// near reg, the alignment to the whole source stream, are taken: as far
// from it as an alignment window reaches (search), so that a long
// quotation costs no more than reg did. It returns the alignment, with
// source indices into the source's token stream, and its steps cut where
// they step over the attribution, so that no diff op's source text
// holds it.
func (c *Checker) realign(st *state, d []uint64, reg alignment, pieces []int) (alignment, [][]step) {
	src := st.src
	q0, qn := src.quotes[pieces[0]], src.quotes[pieces[len(pieces)-1]]
	lo, hi := len(src.hash), -1
	for _, s := range reg.steps {
		if s.j >= 0 {
			lo, hi = min(lo, s.j), max(hi, s.j)
		}
	}
	reach := len(d) + c.opts.MaxGap
	var cat []uint64
	var at []int // source token position of cat[k]
	for j := max(q0.lo, lo-reach); j < min(qn.hi, hi+reach+1); j++ {
		if src.outer[j] >= 0 {
			cat = append(cat, src.hash[j])
			at = append(at, j)
		}
	}
	a := st.al.align(d, cat, 0)
	var segs [][]step
	from, prev := 0, -1
	for k := range a.steps {
		s := &a.steps[k]
		if s.j < 0 {
			continue
		}
		if prev >= 0 && at[s.j]-at[prev] != s.j-prev && k > from {
			segs = append(segs, a.steps[from:k])
			from = k
		}
		prev = s.j
		s.j = at[s.j]
	}
	segs = append(segs, a.steps[from:])
	return a, segs
}

// rejoin judges a quotation whose words run through pieces, one source
// quotation interrupted only by its attribution, set whole or in part
// between one pair of marks: what the speaker said in one breath, not a
// merge. a is its alignment to the pieces' words (realign) and segs its
// steps cut at the attribution; words is the quotation's word count. With
// every word the same and none left out it is exact, or a fragment when
// it starts after the first piece's first word or ends before the last
// piece's last; otherwise altered.
func (c *Checker) rejoin(st *state, ch *Check, a alignment, segs [][]step, pieces []int, words int) {
	src := st.src
	q0, qn := src.quotes[pieces[0]], src.quotes[pieces[len(pieces)-1]]
	c.attribute(st, ch, pieces)
	first, last, _ := a.equalRange() // a.equal > 0: the caller checked
	if a.equal == words && len(a.steps) == words {
		ch.Status, ch.Similarity = Exact, 1
		if first != q0.lo || last != qn.hi-1 {
			ch.Status = Fragment
		}
		ch.Found = src.wordSpan(first, last)
		return
	}
	ch.Status = Altered
	ch.Similarity = float64(a.equal) / float64(len(st.hashes))
	for _, seg := range segs {
		ch.Diff = append(ch.Diff, c.diff(st, alignment{steps: seg})...)
	}
	ch.Found = src.alignedSpan(a)
}

// inOrder returns how many of d's words a source quotation q holds in
// the same order (their longest common subsequence), past the
// best-scoring alignment: that one prefers to insert a reworded tail
// whole rather than reach two of its words across gaps ("It hurt the
// whole congregation, and the seniors most of all" against "It hurt our
// whole congregation, but our seniors felt it most": 4 equal words on the
// path, 6 in order). Only against a source quotation of at most
// lcsMaxRatio times d's words: a long quotation holds a short one's
// function words in order by chance.
func (st *state) inOrder(d []uint64, q srcQuote) int {
	s := st.src.hash[q.lo:q.hi]
	if len(s) == 0 || len(s) > lcsMaxRatio*len(d) {
		return 0
	}
	prev := make([]int, len(s)+1)
	cur := make([]int, len(s)+1)
	for i := range d {
		for j := range s {
			switch {
			case d[i] == s[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(s)]
}

// lcsMaxRatio bounds the source quotation inOrder reads, against the
// derived quotation's length: a quotation reworded keeps about its
// length (the story sets' altered quotations lie within 0.5–1.6 times).
const lcsMaxRatio = 2

// minAlteredWords is the least number of equal words an altered or merged
// quotation of four words or more needs, whatever MinAltered says: two
// words of four are "of the" as often as an edit.
const minAlteredWords = 3

// bestQuote aligns d to the top-level source quotations that hold at least
// the share MinAltered of d's seeding words (those not too frequent to
// seed), the MaxCandidates holding most first, plus the quotation extra
// when it is not -1. It returns the best alignment and that quotation.
func (c *Checker) bestQuote(st *state, d []uint64, extra int) (best alignment, bestQ int, ok bool) {
	src := st.src
	nq := len(src.quotes)
	if cap(st.hits) < nq {
		st.hits = make([]int, nq)
		st.last = make([]int, nq)
	}
	hits, last := st.hits[:nq], st.last[:nq]
	clear(hits)
	for k := range last {
		last[k] = -1
	}
	// Count, per top-level quotation, the distinct derived positions whose
	// word it contains. A word too frequent to seed is skipped here too.
	seeding := 0
	for i, h := range d {
		ps := src.post[h]
		if len(ps) > c.opts.MaxPostings {
			continue
		}
		seeding++
		for _, p := range ps {
			q := src.outer[p]
			if q >= 0 && last[q] != i {
				last[q] = i
				hits[q]++
			}
		}
	}
	need := max(1, ceilShare(c.opts.MinAltered, seeding))
	var cands []int
	for q, h := range hits {
		if h >= need {
			cands = append(cands, q)
		}
	}
	slices.SortStableFunc(cands, func(a, b int) int { return hits[b] - hits[a] })
	if len(cands) > c.opts.MaxCandidates {
		cands = cands[:c.opts.MaxCandidates]
	}
	if extra >= 0 && !slices.Contains(cands, extra) {
		cands = append(cands, extra)
	}
	for _, q := range cands {
		sq := src.quotes[q]
		a, aok := c.search(st, d, sq.lo, sq.hi)
		if aok && (!ok || a.better(best)) {
			best, bestQ, ok = a, q, true
		}
	}
	return best, bestQ, ok
}

// holderBefore returns the name a speaker's role stands in apposition
// to, right before it ("Dr Rajesh Bhatt, Director of Infection
// Prevention and Control, said:" gives "Dr Rajesh Bhatt" for the
// role's span), or "": a capitalised run of two or more words ending
// in ", " just before span.
func holderBefore(text string, span reprint.Span) string {
	if span.Start < 2 || span.Start > len(text) || text[span.Start-2:span.Start] != ", " {
		return ""
	}
	before := text[:span.Start-2]
	start, words := len(before), 0
	for {
		i := strings.LastIndexAny(before[:start], " \n(“\"") + 1
		w := before[i:start]
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) {
			break
		}
		start, words = i, words+1
		if i == 0 || before[i-1] != ' ' {
			break
		}
		start--
	}
	if words < 2 {
		return ""
	}
	return strings.TrimSpace(before[start:])
}

// holderAfterMaxBytes bounds the rest of the attribution's sentence that
// holderAfter reads: a body's name of a few words and the person's.
const holderAfterMaxBytes = 120

// holderAfter returns the name that closes the attribution's sentence
// after a speaker span that is the body a role belongs to, where a
// language names the role, its body, then the person ("– wyjaśnia
// kierownik Referatu Inwestycji i Gospodarki Komunalnej Mariola
// Sztuka."; the speaker read stops at "i"): the capitalised run of two
// or more words before the sentence's full stop, within
// holderAfterMaxBytes, or "".
func holderAfter(text string, span reprint.Span) string {
	if span.End <= 0 || span.End > len(text) {
		return ""
	}
	rest := text[span.End:]
	end := strings.IndexAny(rest, ".\n")
	if end < 0 || end > holderAfterMaxBytes {
		return ""
	}
	words := strings.Fields(rest[:end])
	n := 0
	for n < len(words) {
		r, _ := utf8.DecodeRuneInString(words[len(words)-1-n])
		if !unicode.IsUpper(r) {
			break
		}
		n++
	}
	if n < 2 || n == len(words) {
		// No name, or the rest is all capitals: the body's name
		// itself, not a person after it.
		return ""
	}
	return strings.Join(words[len(words)-n:], " ")
}

// attribute records the matched source quotations idx on ch: their spans
// and speakers.
func (c *Checker) attribute(st *state, ch *Check, idx []int) {
	slices.Sort(idx)
	idx = slices.Compact(idx)
	same := false
	for _, q := range idx {
		sq := st.src.quotes[q].q
		ch.Source = append(ch.Source, sq.Span)
		if sq.Speaker == "" {
			continue
		}
		if ch.SourceSpeaker == "" {
			ch.SourceSpeaker = sq.Speaker
		}
		if st.samePerson(ch, sq) {
			same = true
			ch.SourceSpeaker = sq.Speaker
		}
	}
	ch.SpeakerChanged = ch.Speaker != "" && ch.SourceSpeaker != "" && !same
}

// samePerson reports whether the derived quotation of ch and the source
// quotation sq are given to one person: by name, by the full name either
// text gives, by a role or body one of them represents, by a
// spokesperson, or by a description the source introduces the speaker
// with.
func (st *state) samePerson(ch *Check, sq quote.Quote) bool {
	return ch.Speaker != "" && sq.Speaker != "" && (sq.Anonymous && ch.Quote.Anonymous || SameSpeaker(ch.Speaker, sq.Speaker) ||
		SameSpeaker(fullName(st.derived, st.dtoks, ch.Speaker), fullName(st.src.text, st.src.toks, sq.Speaker)) ||
		represents(st.src.text, sq.SpeakerSpan, ch.Speaker) || represents(st.derived, ch.Quote.SpeakerSpan, sq.Speaker) ||
		ch.Quote.Anonymous && spokespersonOf(st.src.text, sq.Speaker) || sq.Anonymous && spokespersonOf(st.derived, ch.Speaker) ||
		describes(st, ch, sq) ||
		SameSpeaker(ch.Speaker, holderBefore(st.src.text, sq.SpeakerSpan)) || SameSpeaker(sq.Speaker, holderBefore(st.derived, ch.Quote.SpeakerSpan)) ||
		SameSpeaker(ch.Speaker, holderAfter(st.src.text, sq.SpeakerSpan)) || SameSpeaker(sq.Speaker, holderAfter(st.derived, ch.Quote.SpeakerSpan)))
}

// describes reports whether the derived speaker is a description ("sagte
// der Bäckermeister", "said the Liberal Democrat") by which the source
// introduces the source quotation's speaker before it: its noun before
// the name ("Bäckermeister Jürgen Pohlmann, dessen Backstube …; „…“,
// sagte Pohlmann"), or the description in apposition to the name. The
// rewriter names by role whom the source named in full.
func describes(st *state, ch *Check, sq quote.Quote) bool {
	if st.named != "" || ch.Quote.Pronoun {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(ch.Speaker); !unicode.IsLower(r) {
		return false // a name, not a description: "said Pohlmann"
	}
	noun := descriptionNoun(st.derived, ch.Quote)
	if noun == "" {
		return false
	}
	at := clamp(sq.Outer, st.src.text).Start
	if name := introducedBy(st.src.text, st.src.toks, noun, at); name != "" && SameSpeaker(name, sq.Speaker) {
		return true
	}
	// The source names the speaker with the description in apposition
	// before the quotation ("Tom Radley, the Liberal Democrat MP for
	// Brackenford, said …. \"…,\" he said"; the copy: "…," the
	// Liberal Democrat said).
	from := max(0, at-introducedMaxBytes)
	for i := from; i < at; {
		k := strings.Index(st.src.text[i:at], sq.Speaker)
		if k < 0 {
			break
		}
		start := i + k
		if represents(st.src.text, reprint.Span{Start: start, End: start + len(sq.Speaker)}, ch.Speaker) {
			return true
		}
		i = start + len(sq.Speaker)
	}
	// The derived text's own anaphora: a quotation that opens its
	// paragraph under a description ("„…“, so die Amtstierärztin")
	// right after the source speaker's quotation in the paragraph
	// before ("„…“, sagte die Leiterin des Veterinäramts, Sabine
	// Ortlieb."), with no one else named between and the description
	// introducing no one else in the derived text: the rewriter named
	// the same person by another of her roles.
	dat := clamp(ch.Quote.Outer, st.derived).Start
	ps := paragraphStart(st.derived, dat)
	if ps == 0 || strings.TrimSpace(st.derived[ps:dat]) != "" {
		return false
	}
	if other := introducedBy(st.derived, st.dtoks, noun, dat); other != "" && !SameSpeaker(other, sq.Speaker) {
		return false
	}
	end := len(strings.TrimRightFunc(st.derived[:ps], unicode.IsSpace))
	pe := paragraphStart(st.derived, end)
	last := lastSpeaker(slices.Values(st.dq), pe, end)
	return last != "" && (SameSpeaker(last, sq.Speaker) || SameSpeaker(fullName(st.derived, st.dtoks, last), fullName(st.src.text, st.src.toks, sq.Speaker)))
}

// spokespersonReach bounds the words read before a body's name for its
// spokesperson: "spokesperson for the", "porte-parole de la".
const spokespersonReach = 3

// spokespersonLinks are the prepositions and articles between a
// spokesperson's noun and the body's name ("a spokesperson for the
// council", "un porte-parole de la préfecture", "ein Sprecher der
// Stadt", "kelliem għall-Pulizija").
var spokespersonLinks = map[string]bool{
	"for": true, "of": true, "at": true, "the": true, "de": true, "du": true, "des": true, "la": true,
	"le": true, "l'": true, "di": true, "del": true, "della": true, "da": true, "do": true, "für": true,
	"der": true, "van": true, "voor": true, "het": true, "għall": true, "tal": true, "ta'": true,
}

// spokespersonOf reports whether text names a spokesperson of body, the
// speaker of a quotation in one version, which the other gives to an
// unnamed spokesperson: "A spokesperson for Carrow Bay Terminals said …"
// or "a Carrow Bay Terminals spokesperson". The body's words given to its
// spokesperson, or the spokesperson's to the body, are no change of
// speaker; a person's words given to a spokesperson are.
func spokespersonOf(text, body string) bool {
	if len(body) < 3 {
		return false
	}
	for i := 0; ; {
		k := strings.Index(text[i:], body)
		if k < 0 {
			return false
		}
		at := i + k
		i = at + len(body)
		if after := strings.Fields(text[i:min(len(text), i+40)]); len(after) > 0 &&
			quote.Spokesperson(strings.TrimRight(after[0], ".,;:")) {
			return true
		}
		before := strings.Fields(text[max(0, at-60):at])
		if n := len(before); n > 0 && at > 0 && text[at-1] == '-' {
			// Maltese's article joined to the name: "għall-Pulizija".
			before[n-1] = strings.TrimSuffix(before[n-1], "-")
		}
		for n, j := 0, len(before)-1; j >= 0 && n <= spokespersonReach; j, n = j-1, n+1 {
			w := strings.ToLower(before[j])
			if quote.Spokesperson(w) {
				return true
			}
			if !spokespersonLinks[w] {
				break
			}
		}
	}
}

// representMaxBytes bounds the apposition read after a speaker's name: a
// role and an organisation ("directeur de Gerfaut Immobilier").
const representMaxBytes = 160

// represents reports whether the apposition after the speaker at sp in
// text — up to its sentence's end — names other: "a déclaré Marc-Olivier
// Tschanz, directeur de Gerfaut Immobilier" against a derived quotation
// given to Gerfaut Immobilier. A spokesman's words given to the body he
// speaks for are no change of speaker.
func represents(text string, sp reprint.Span, other string) bool {
	if sp.Empty() || sp.End > len(text) || other == "" || len(other) < 3 {
		return false
	}
	rest := text[sp.End:min(len(text), sp.End+representMaxBytes)]
	// A role's number stands before the comma: "Kanzura weWadhi 14,
	// VaTinashe Nyamukondiwa" (the councillor of ward 14), "Councillor
	// for Ward 7, Jane Doe".
	if r := strings.TrimLeft(rest, " "); r != "" && r[0] >= '0' && r[0] <= '9' {
		rest = strings.TrimLeft(r, "0123456789")
	}
	if !strings.HasPrefix(strings.TrimLeft(rest, " "), ",") {
		return false // no apposition
	}
	if end := strings.IndexAny(rest, ".;\n"); end >= 0 {
		rest = rest[:end]
	}
	return analysis.ContainsWords(rest, other)
}

// checkSymbols judges a quotation without words by its normalised text:
// Exact when a source quotation reads the same, else Unattested.
func (c *Checker) checkSymbols(st *state, ch Check) Check {
	want := analysis.Normalize(ch.Text)
	if want == "" {
		return ch
	}
	var idx []int
	for q, sq := range st.src.quotes {
		if analysis.Normalize(st.src.text[sq.q.Span.Start:sq.q.Span.End]) == want {
			idx = append(idx, q)
		}
	}
	if len(idx) > 0 {
		ch.Status, ch.Similarity = Exact, 1
		ch.Found = st.src.quotes[idx[0]].q.Span
		c.attribute(st, &ch, idx)
	}
	return ch
}

// diff turns an alignment of the derived quotation's words (which start
// at derived token st.dlo) into word-diff ops: runs of equal words, and
// between them the changed words as delete, insert or replace.
func (c *Checker) diff(st *state, a alignment) []Op {
	var ops []Op
	src := st.src
	for k := 0; k < len(a.steps); {
		eq := a.steps[k].kind == stepEqual
		di, dj := [2]int{-1, -1}, [2]int{-1, -1} // first and last derived, source index
		for ; k < len(a.steps) && (a.steps[k].kind == stepEqual) == eq; k++ {
			s := a.steps[k]
			if s.i >= 0 {
				if di[0] < 0 {
					di[0] = s.i
				}
				di[1] = s.i
			}
			if s.j >= 0 {
				if dj[0] < 0 {
					dj[0] = s.j
				}
				dj[1] = s.j
			}
		}
		var op Op
		if di[0] >= 0 {
			op.Derived = st.derived[st.dtoks[st.dlo+di[0]].Span.Start:st.dtoks[st.dlo+di[1]].Span.End]
		}
		if dj[0] >= 0 {
			sp := src.wordSpan(dj[0], dj[1])
			op.Source = src.text[sp.Start:sp.End]
		}
		switch {
		case eq:
			op.Kind = "equal"
		case di[0] >= 0 && dj[0] >= 0:
			op.Kind = "replace"
		case di[0] >= 0:
			op.Kind = "insert"
		default:
			op.Kind = "delete"
		}
		ops = append(ops, op)
	}
	return ops
}

func ceilShare(share float64, n int) int {
	k := int(share * float64(n))
	if float64(k) < share*float64(n) {
		k++
	}
	return k
}

// clamp returns sp moved inside text.
func clamp(sp reprint.Span, text string) reprint.Span {
	sp.Start = min(max(sp.Start, 0), len(text))
	sp.End = min(max(sp.End, sp.Start), len(text))
	return sp
}

// tokenRange returns the tokens lying wholly inside sp.
func tokenRange(toks []analysis.Token, sp reprint.Span) (lo, hi int) {
	lo = sort.Search(len(toks), func(k int) bool { return toks[k].Span.Start >= sp.Start })
	hi = sort.Search(len(toks), func(k int) bool { return toks[k].Span.End > sp.End })
	return lo, max(lo, hi)
}
