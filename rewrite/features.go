package rewrite

import (
	"fmt"
	"github.com/RadhiFadlillah/whatlanggo"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
	"github.com/reprint/reprint"
	"github.com/reprint/reprint/analysis"
	"github.com/zeebo/xxh3"
)

// TermKind says what a sentence term stands for. It is kept in the top
// three bits of the term's ID, so terms of different kinds never match.
type TermKind uint8

const (
	// KindStem is the Snowball English stem of a content word (any word
	// not on the stop list), or the lower-cased word for text that is not
	// ASCII.
	KindStem TermKind = iota + 1
	// KindEntity is a named entity: a run of capitalised words ("Prince
	// William Sound"), or an acronym ("US", "G7").
	KindEntity
	// KindNumber is a number written in digits ("30-day" → 30, "10,000" →
	// 10000, "8.4" → 8.4) or one of the number words two to twenty.
	KindNumber
	// KindQuoted is a content word inside double quotation marks. It is
	// added on top of the word's stem, so quoted words weigh more: they
	// survive a rewrite verbatim.
	KindQuoted
)

var kindNames = [...]string{"", "stem", "entity", "number", "quoted"}

func (k TermKind) String() string {
	if int(k) < len(kindNames) && k > 0 {
		return kindNames[k]
	}
	return "unknown"
}

// Term weights by kind, multiplied into the IDF weight. Entities, numbers
// and quotations are the content a rewrite cannot change: a reworded
// sentence about the same event keeps its names, figures and quoted words.
// The values were measured on PAN 2013 04 and 05 (TestPAN): see the package
// documentation.
const (
	WeightStem   = 1.0
	WeightEntity = 1.0 // on top of the stems of the entity's words
	WeightNumber = 1.5
	WeightQuoted = 1.0 // on top of the word's stem
)

var kindWeight = [...]float32{0, WeightStem, WeightEntity, WeightNumber, WeightQuoted}

// TermID returns the ID of a term of kind k whose lower-cased text hashes
// (xxh3) to h.
func TermID(k TermKind, h uint64) uint64 { return h>>3 | uint64(k)<<61 }

// KindOf returns the kind of a term ID made by TermID.
func KindOf(id uint64) TermKind { return TermKind(id >> 61) }

// Kind returns the kind of the term with ID id.
func Kind(id uint64) TermKind { return TermKind(id >> 61) }

// gramN is the length of the character n-grams, in bytes, taken over each
// content word padded with a marker at each end ("_war_"). Four bytes pack
// into one integer, so a gram needs no hashing, and four letters are enough
// to see that "criticised" and "criticized" (Snowball stems "criticis" and
// "critic") share "_cri", "crit", "riti", "itic", "tici".
const gramN = 4

// maxStemCache bounds the Analyzer's cache of stems; it is cleared when
// full. 64k distinct words cover a large news corpus.
const maxStemCache = 1 << 16

// Analyzer turns sentences into the features that sentence similarity
// compares: weighted term IDs (stems, entities, numbers, quoted words) and
// character n-grams, each sorted so that two sentences compare by merging
// two sorted arrays. It keeps scratch buffers and a stem cache between
// calls; reuse one per goroutine. It is not safe for concurrent use.
//
// Term IDs depend only on the text (they are hashes), so an IDF built
// with one Analyzer serves every Aligner.
//
// The zero Analyzer is not ready; use NewAnalyzer.
type Analyzer struct {
	tk     analysis.Tokenizer
	toks   []analysis.Token
	stop   map[uint64]struct{} // token hashes of stop words
	common map[uint64]struct{} // token hashes of words that open sentences
	nums   map[uint64]uint64   // token hash of a number word → number term
	env    *snowballstem.Env
	stems  map[uint64]uint64 // hash of the lower-case word (salted by language) → stem term ID
	// langStem stems the words of the document being analysed when its
	// language is not English and has a Snowball stemmer (setLanguage);
	// langSalt keeps its cache entries apart.
	langStem func(*snowballstem.Env) bool
	langSalt uint64
	// langStop is the stop list of the document's language beside the
	// English one (setLanguage): nil for English and unidentified text.
	langStop map[uint64]struct{}
	lang     whatlanggo.Lang  // the language of langStem, when set
	langs    map[uint64]int64 // prefix hash → language<<1 | reliable
	low      []byte
	// lowerSeen and openers serve Facts: the token hashes of the words
	// read in lower case, and the sentence openers that are names unless
	// the text writes them so (hash, name term).
	lowerSeen []uint64
	openers   [][2]uint64
	terms     []uint64
	grams     []uint32
	num       []byte
	// byIDF: a word of the document being analysed was one whose
	// keeping depends on the IDF (a language without an English stop
	// list, whose function words are its frequent words).
	byIDF bool
}

// NewAnalyzer returns an Analyzer with the built-in English stop words.
func NewAnalyzer() *Analyzer {
	an := &Analyzer{
		stop:   make(map[uint64]struct{}),
		common: make(map[uint64]struct{}),
		nums:   make(map[uint64]uint64),
		stems:  make(map[uint64]uint64),
		langs:  make(map[uint64]int64),
		env:    snowballstem.NewEnv(""),
	}
	for _, w := range strings.Fields(englishStopWords) {
		an.stop[xxh3.HashString(w)] = struct{}{}
	}
	for _, w := range strings.Fields(commonCapitalised) {
		an.common[xxh3.HashString(w)] = struct{}{}
	}
	for i, w := range strings.Fields(numberWords) {
		an.nums[xxh3.HashString(w)] = numberTerm(itoa(an.num[:0], i+2))
	}
	return an
}

// numberWords are the number words read as numbers, from two; "one" is
// left out because it is more often a pronoun ("one of the ...").
const numberWords = `two three four five six seven eight nine ten eleven twelve thirteen
fourteen fifteen sixteen seventeen eighteen nineteen twenty`

func itoa(dst []byte, n int) []byte {
	if n >= 10 {
		dst = itoa(dst, n/10)
	}
	return append(dst, byte('0'+n%10))
}

func numberTerm(digits []byte) uint64 { return TermID(KindNumber, xxh3.Hash(digits)) }

// CalendarNumber reports whether the fact id is a number a date or a
// clock time is written with — a day of the month or a minute, 0 to 59
// with its leading zero or without ("08:10:04", a transcript's time
// code), or a year from 1900 to 2099 — which any two reports of one week
// share whatever they tell.
func CalendarNumber(id uint64) bool {
	_, ok := calendarNumbers()[id]
	return ok
}

// Honorific reports whether the fact id is a title written before a
// person's name in one of the languages whose titles are capitalised
// ("Mr", "Frau", "Señora", Tok Pisin "Mista", Indonesian "Pak",
// Chichewa "Bambo" and "Mayi", Swahili "Bw" and "Mheshimiwa"): any
// two stories that name people share them, whatever they tell.
func Honorific(id uint64) bool {
	_, ok := honorifics()[id]
	return ok
}

var honorifics = sync.OnceValue(func() map[uint64]struct{} {
	an := NewAnalyzer()
	m := map[uint64]struct{}{}
	for _, w := range strings.Fields(`Mr Mrs Ms Miss Mister Dr Prof Sir Dame Lord Lady Rev
		Herr Frau Monsieur Madame Mademoiselle Mme Mlle Señor Señora Sr Sra Srta Don Doña
		Senhor Senhora Signor Signora Sig Dhr Mevr Pan Pani Pak Bu Bapak Ibu Encik Puan Tuan
		Mista Misis Bwana Alhaji Hajiya Mallam Bambo Mayi Bw Bi Mzee Ndugu Mheshimiwa`) {
		for _, f := range an.NameFacts(w, nil) {
			m[f] = struct{}{}
		}
	}
	return m
})

// Office reports whether the fact id is a word of a title of office
// written capitalised before a holder's name in English and in
// Indonesian and Malay ("Chief Executive Marcus Ellery", "Prime
// Minister", "Bupati Garut"): two unrelated reports of one trade share
// "Chief Executive" as two of one town share "Mayor", whatever they
// tell. The holder's own name stays a fact.
func Office(id uint64) bool {
	_, ok := offices()[id]
	return ok
}

var offices = sync.OnceValue(func() map[uint64]struct{} {
	an := NewAnalyzer()
	m := map[uint64]struct{}{}
	for _, w := range strings.Fields(`Chief Executive Officer Financial Operating President Vice
		Chairman Chairwoman Chairperson Director Managing Minister Prime Secretary Deputy Governor
		Mayor Councillor Cllr Commissioner Senator Sen Rep Representative Spokesman Spokeswoman
		Spokesperson Superintendent Inspector Sergeant Constable Detective
		Bupati Gubernur Walikota Camat Kepala Menteri Presiden Ketua Direktur`) {
		for _, f := range an.NameFacts(w, nil) {
			m[f] = struct{}{}
		}
	}
	return m
})

// CalendarName reports whether the fact id is the name of a weekday in
// a language that capitalises it (English, German, Indonesian and Malay,
// Swahili, Chichewa, Tok Pisin): any two reports of one week share them,
// as they share its dates. Not the months: a closure "from January to
// March" is the story's own fact (a digest's paragraph shared no more).
func CalendarName(id uint64) bool {
	_, ok := calendarNames()[id]
	return ok
}

var calendarNames = sync.OnceValue(func() map[uint64]struct{} {
	an := NewAnalyzer()
	m := map[uint64]struct{}{}
	for _, w := range strings.Fields(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday
		Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag
		Senin Selasa Rabu Kamis Jumat Sabtu Minggu Isnin Khamis Jumaat Ahad
		Jumatatu Jumanne Jumatano Alhamisi Ijumaa Jumamosi Jumapili
		Lolemba Lachiwiri Lachitatu Lachinayi Lachisanu Loweruka Lamlungu
		Mande Tunde Trinde Fonde Fraide Sarere Sande`) {
		for _, f := range an.NameFacts(w, nil) {
			m[f] = struct{}{}
		}
	}
	return m
})

var calendarNumbers = sync.OnceValue(func() map[uint64]struct{} {
	m := map[uint64]struct{}{}
	for n := 0; n <= 59; n++ {
		m[numberTerm(strconv.AppendInt(nil, int64(n), 10))] = struct{}{}
		m[numberTerm(fmt.Appendf(nil, "%02d", n))] = struct{}{}
	}
	for n := 1900; n <= 2099; n++ {
		m[numberTerm(strconv.AppendInt(nil, int64(n), 10))] = struct{}{}
	}
	return m
})

// docFeatures holds the features of the sentences of one text, flat: the
// terms of sentence k are ids[s.t0:s.t1] with weights ws[s.t0:s.t1],
// sorted by ID; its grams are grams[s.g0:s.g1], sorted.
type docFeatures struct {
	sents []sentVec
	ids   []uint64
	ws    []float32
	grams []uint32
}

// sentVec is one sentence (or a chunk of an over-long one).
type sentVec struct {
	span   reprint.Span
	t0, t1 int32
	g0, g1 int32
	tw     float32 // sum of the term weights
	orig   int32   // index of the sentence span it came from
}

func (d *docFeatures) reset() {
	d.sents, d.ids, d.ws, d.grams = d.sents[:0], d.ids[:0], d.ws[:0], d.grams[:0]
}

func (d *docFeatures) termsOf(k int) ([]uint64, []float32) {
	s := &d.sents[k]
	return d.ids[s.t0:s.t1], d.ws[s.t0:s.t1]
}

func (d *docFeatures) gramsOf(k int) []uint32 {
	s := &d.sents[k]
	return d.grams[s.g0:s.g1]
}

// analyze appends the features of the sentence text[sp] to d, weighting
// terms by idf (nil: the prior). Tokens hold spans relative to sp.
func (an *Analyzer) analyze(text string, sp reprint.Span, orig int, toks []analysis.Token, idf *IDF, d *docFeatures) {
	s := text[sp.Start:sp.End]
	terms, grams := an.terms[:0], an.grams[:0]

	quoted := false
	prevEnd := 0
	var ent uint64 // running hash state of an entity: combined word hashes
	entLen := 0
	flushEntity := func() {
		if entLen > 0 {
			terms = append(terms, TermID(KindEntity, ent))
		}
		ent, entLen = 0, 0
	}
	for i := 0; i < len(toks); i++ {
		tok := toks[i]
		gap := s[prevEnd:tok.Span.Start]
		quoted = quoteState(gap, quoted)
		if entLen > 0 && !entityJoiner(gap) {
			flushEntity()
		}
		word := s[tok.Span.Start:tok.Span.End]
		prevEnd = tok.Span.End

		if analysis.StartsDigit(word) {
			flushEntity()
			// A number: digits, joined across "," and "." to following
			// digit groups ("10,000", "8.4"); letters after the digits
			// ("30km", "5th") are dropped.
			var num []byte
			num, i = an.joinNumber(s, toks, i)
			tok = toks[i]
			prevEnd = tok.Span.End
			terms = append(terms, numberTerm(num))
			continue
		}

		h := tok.Hash
		r, _ := utf8.DecodeRuneInString(word)
		upper := unicode.IsUpper(r)
		if upper && isAcronym(word) {
			// "US", "G7", "UK": an entity even where the lower-case word
			// is a stop word ("us").
			flushEntity()
			terms = append(terms, TermID(KindEntity, h))
			continue
		}
		stop := an.isStop(h)
		if upper && (i > 0 || !stop) {
			_, common := an.common[h]
			if i > 0 || !common {
				ent = ent*0x9E3779B97F4A7C15 + h
				entLen++
			}
		} else if entLen > 0 {
			flushEntity()
		}
		if stop {
			continue
		}
		if t, ok := an.nums[h]; ok {
			terms = append(terms, t)
			continue
		}
		var low []byte
		var stem uint64
		folded := word[0] >= utf8.RuneSelf && analysis.FoldedScript(word)
		if folded || an.langStem != nil {
			an.byIDF = true
		}
		if (folded || an.langStem != nil) && frequent(idf, stemOf(an, h, word, folded)) {
			// A language without an English stop list: a word in at
			// least FrequentShare of the corpus's documents is its
			// function word.
			continue
		}
		if folded {
			// Arabic script and CJK: the token's hash is the word as
			// matching sees it (variant letters folded; a CJK bigram
			// spans more than its token's first character), and no
			// stemmer applies.
			low = an.tk.AppendFold(an.low[:0], word)
			an.low = low
			stem = TermID(KindStem, h)
		} else {
			low = an.lower(word)
			stem = an.stem(h, low)
		}
		terms = append(terms, stem)
		if quoted {
			terms = append(terms, TermID(KindQuoted, stem))
		}
		grams = appendGrams(grams, low)
	}
	flushEntity()

	slices.Sort(terms)
	terms = slices.Compact(terms)
	slices.Sort(grams)
	grams = slices.Compact(grams)
	an.terms, an.grams = terms, grams

	v := sentVec{span: sp, t0: int32(len(d.ids)), g0: int32(len(d.grams)), orig: int32(orig)}
	for _, t := range terms {
		w := idf.Weight(t) * kindWeight[Kind(t)]
		d.ids = append(d.ids, t)
		d.ws = append(d.ws, w)
		v.tw += w
	}
	d.grams = append(d.grams, grams...)
	v.t1, v.g1 = int32(len(d.ids)), int32(len(d.grams))
	d.sents = append(d.sents, v)
}

// quoteState returns whether the text after gap is inside double quotation
// marks, given whether the text before it was. Straight quotes toggle;
// curly quotes and guillemets open and close. Single quotes are ignored:
// they cannot be told from apostrophes. The state starts closed in every
// sentence, so a quotation running over several sentences counts only in
// the sentence that opens it with a mark.
func quoteState(gap string, in bool) bool {
	for i := 0; i < len(gap); i++ {
		switch c := gap[i]; {
		case c == '"':
			in = !in
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(gap[i:])
			switch r {
			case '“', '„', '«':
				in = true
			case '”', '»':
				in = false
			}
			i += n - 1
		}
	}
	return in
}

// entityJoiner reports whether gap, the text between two capitalised
// words, keeps them in one entity: spaces only, or a hyphen.
func entityJoiner(gap string) bool {
	if gap == "-" {
		return true
	}
	for i := 0; i < len(gap); i++ {
		if gap[i] != ' ' {
			return false
		}
	}
	return len(gap) > 0
}

// isAcronym reports whether word is an acronym: two or more ASCII
// letters and digits, all letters upper case, at least one letter.
func isAcronym(word string) bool {
	if len(word) < 2 || len(word) > 8 {
		return false
	}
	letters := 0
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case 'A' <= c && c <= 'Z':
			letters++
		case '0' <= c && c <= '9':
		default:
			return false
		}
	}
	return letters > 0
}

// lower returns word in lower case, in a scratch buffer valid until the
// next call.
func (an *Analyzer) lower(word string) []byte {
	if an.tk.Translit() != analysis.NoTranslit && analysis.HasCyrillic(word) {
		// A Serbian or Kazakh word in Cyrillic is read in its Latin
		// alphabet, as its token is: the terms of a copy in the other
		// script are the same.
		an.low = an.tk.AppendFold(an.low[:0], word)
		return an.low
	}
	b := an.low[:0]
	for _, r := range word {
		if r < utf8.RuneSelf {
			c := byte(r)
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			continue
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	an.low = b
	return b
}

// stem returns the stem term of the word of lower-case form low. In a
// document of a language with a Snowball stemmer (setLanguage), every
// word without digits is stemmed in that language; otherwise only ASCII
// words are stemmed (Snowball English), and others are their own stem.
// The cache is keyed by the hash of low, not by the token hash: tokens
// that normalise alike can differ in low (the micro sign µ and the Greek
// μ fold together under NFKC), and a cache
// keyed by token would give whichever form came first, so that the terms
// of a text would depend on the texts analysed before it.
func (an *Analyzer) stem(_ uint64, low []byte) uint64 {
	h := xxh3.Hash(low) ^ an.langSalt
	if t, ok := an.stems[h]; ok {
		return t
	}
	// The document's own language stems words of any script, digits
	// aside; English (the default) only ASCII letters.
	stem, stemmable := an.langStem, len(low) > 2
	if stem != nil {
		stemmable = stemmable && !hasDigit(low)
	} else {
		stem = english.Stem
		for _, c := range low {
			if c >= utf8.RuneSelf || (c >= '0' && c <= '9') {
				stemmable = false
				break
			}
		}
	}
	var t uint64
	if stemmable {
		an.env.SetCurrent(string(low))
		stem(an.env)
		t = TermID(KindStem, xxh3.HashString(an.env.Current()))
	} else {
		t = TermID(KindStem, xxh3.Hash(low))
	}
	if len(an.stems) >= maxStemCache {
		clear(an.stems)
	}
	an.stems[h] = t
	return t
}

// joinNumber reads the number whose first token is toks[i] (a word that
// starts with a digit): its digits, joined across "," and "." to the digit
// groups that follow ("10,000", "8.4"), letters after the digits ("30km",
// "5th") dropped. It returns the digits, in an.num, and the index of the
// number's last token.
func (an *Analyzer) joinNumber(s string, toks []analysis.Token, i int) ([]byte, int) {
	num := analysis.AppendDigits(an.num[:0], s[toks[i].Span.Start:toks[i].Span.End])
	for i+1 < len(toks) {
		sep := s[toks[i].Span.End:toks[i+1].Span.Start]
		next := s[toks[i+1].Span.Start:toks[i+1].Span.End]
		if (sep != "," && sep != "." && sep != "٬" && sep != "٫") || !analysis.StartsDigit(next) {
			break
		}
		if sep == "." || sep == "٫" {
			num = append(num, '.')
		}
		num = analysis.AppendDigits(num, next)
		i++
	}
	an.num = num
	return num, i
}

// appendGrams appends the gramN-byte grams of the lower-case word, padded
// with '_' at both ends, each packed into an integer.
func appendGrams(dst []uint32, low []byte) []uint32 {
	n := len(low) + 2
	at := func(i int) uint32 {
		if i == 0 || i == n-1 {
			return '_'
		}
		return uint32(low[i-1])
	}
	if n < gramN {
		var g uint32
		for i := range n {
			g = g<<8 | at(i)
		}
		return append(dst, g)
	}
	for i := 0; i+gramN <= n; i++ {
		var g uint32
		for j := range gramN {
			g = g<<8 | at(i+j)
		}
		dst = append(dst, g)
	}
	return dst
}

// docStats counts what document did with its sentence spans.
type docStats struct {
	badSpans  int  // spans outside the text, reversed, overlapping the previous one or splitting a UTF-8 sequence
	chunked   int  // sentences cut into chunks of maxWords words
	truncated bool // sentences beyond maxSents were dropped
	byIDF     bool // words were kept or dropped by the IDF (Analyzer.byIDF)
}

// document analyses the sentences sents of text into d. A sentence of more
// than maxWords words (0: no limit) is cut into chunks of maxWords words,
// so a text without sentence punctuation still aligns piece by piece. At
// most maxSents sentences or chunks are kept (0: no limit).
func (an *Analyzer) document(text string, sents []reprint.Span, idf *IDF, d *docFeatures, maxWords, maxSents int) docStats {
	var st docStats
	d.reset()
	an.setLanguage(text)
	an.byIDF = false
	prev := 0
	for k, sp := range sents {
		if sp.Start < prev || sp.End < sp.Start || sp.End > len(text) ||
			!runeStart(text, sp.Start) || !runeStart(text, sp.End) {
			st.badSpans++
			continue
		}
		prev = sp.End
		if sp.Empty() {
			continue
		}
		toks := an.tk.Tokenize(text[sp.Start:sp.End], an.toks[:0])
		an.toks = toks
		if len(toks) == 0 {
			continue
		}
		if maxWords <= 0 || len(toks) <= maxWords {
			if maxSents > 0 && len(d.sents) >= maxSents {
				st.truncated = true
				break
			}
			an.analyze(text, sp, k, toks, idf, d)
			continue
		}
		st.chunked++
		for lo := 0; lo < len(toks); lo += maxWords {
			if maxSents > 0 && len(d.sents) >= maxSents {
				st.truncated = true
				break
			}
			hi := min(lo+maxWords, len(toks))
			chunk := toks[lo:hi]
			base := chunk[0].Span.Start
			cs := reprint.Span{Start: sp.Start + base, End: sp.Start + chunk[len(chunk)-1].Span.End}
			if lo == 0 {
				cs.Start = sp.Start
			}
			if hi == len(toks) {
				cs.End = sp.End
			}
			// Re-base the chunk's token spans on the chunk.
			shift := cs.Start - sp.Start
			for k := range chunk {
				chunk[k].Span.Start -= shift
				chunk[k].Span.End -= shift
			}
			an.analyze(text, cs, k, chunk, idf, d)
		}
		if st.truncated {
			break
		}
	}
	st.byIDF = an.byIDF
	return st
}

// damp divides the weight of every term by a function of the number of
// sentences of its own text that hold it (see localWeight), and updates
// the sentences' weight sums. A term in many sentences of a text is that
// text's topic ("annuities" all through an article on annuities): two
// texts on one topic share it in sentence after sentence without sharing
// any text. scratch is reused and returned.
func (d *docFeatures) damp(scratch []uint64) []uint64 {
	s := append(scratch[:0], d.ids...)
	slices.Sort(s)
	for k := range d.sents {
		v := &d.sents[k]
		v.tw = 0
		for t := v.t0; t < v.t1; t++ {
			lo, _ := slices.BinarySearch(s, d.ids[t])
			hi := lo + 1
			for hi < len(s) && s[hi] == d.ids[t] {
				hi++
			}
			d.ws[t] *= localWeight(hi - lo)
			v.tw += d.ws[t]
		}
	}
	return s
}

// localWeight is the factor for a term found in k sentences of its text:
// 1/(1+ln k), so 1 for a term in one sentence, 0.48 in three, 0.30 in
// ten. Measured on PAN 2013 (TestPAN, defaults): it cut the
// 01-no-plagiarism pairs with detections from 2.4% to 0.5%, for 04
// plagdet 0.726 → 0.741 and 05 0.659 → 0.644.
func localWeight(k int) float32 {
	if k <= 1 {
		return 1
	}
	return float32(1 / (1 + math.Log(float64(k))))
}

func runeStart(text string, off int) bool {
	return off == len(text) || utf8.RuneStart(text[off])
}

func hasDigit(b []byte) bool {
	for _, c := range b {
		if '0' <= c && c <= '9' {
			return true
		}
	}
	return false
}

// isStop reports whether the word of token hash h is a stop word of
// English or of the document's language.
func (an *Analyzer) isStop(h uint64) bool {
	if _, ok := an.stop[h]; ok {
		return true
	}
	_, ok := an.langStop[h]
	return ok
}

// FrequentShare: in a text outside English (a language stemmed by its own
// Snowball stemmer, or Arabic or CJK script), a term in at least this
// share of the corpus's documents is a function word and is left out like
// an English stop word: neither a term nor grams. The English stop list
// does not know "کے", "der" or "的"; the corpus does. Needs an IDF of at
// least MinIDFDocs documents.
const FrequentShare = 0.5

// frequent reports whether term is in at least FrequentShare of idf's
// documents.
func frequent(idf *IDF, term uint64) bool {
	n := idf.Docs()
	return n >= MinIDFDocs && float64(idf.DF(term)) >= FrequentShare*float64(n)
}

// stemOf is the stem term the word of token hash h will get: its folded
// token for Arabic script and CJK, else its stem in the document's
// language.
func stemOf(an *Analyzer, h uint64, word string, folded bool) uint64 {
	if folded {
		return TermID(KindStem, h)
	}
	return an.stem(h, an.lower(word))
}
