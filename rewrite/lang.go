package rewrite

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/danish"
	"github.com/blevesearch/snowballstem/dutch"
	"github.com/blevesearch/snowballstem/finnish"
	"github.com/blevesearch/snowballstem/french"
	"github.com/blevesearch/snowballstem/german"
	"github.com/blevesearch/snowballstem/hungarian"
	"github.com/blevesearch/snowballstem/italian"
	"github.com/blevesearch/snowballstem/norwegian"
	"github.com/blevesearch/snowballstem/portuguese"
	"github.com/blevesearch/snowballstem/romanian"
	"github.com/blevesearch/snowballstem/russian"
	"github.com/blevesearch/snowballstem/spanish"
	"github.com/blevesearch/snowballstem/swedish"
	"github.com/blevesearch/snowballstem/turkish"
	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/stopword"
	"github.com/zeebo/xxh3"
)

// stemmers are the Snowball stemmers of the languages other than English
// that the language identifier names. English keeps the path it always
// had (ASCII words only); a language without a stemmer (Urdu, Chinese,
// Greek, Polish, …) leaves its words unstemmed, which is neutral.
var stemmers = map[whatlanggo.Lang]func(*snowballstem.Env) bool{
	whatlanggo.Dan: danish.Stem,
	whatlanggo.Deu: german.Stem,
	whatlanggo.Fin: finnish.Stem,
	whatlanggo.Fra: french.Stem,
	whatlanggo.Hun: hungarian.Stem,
	whatlanggo.Ita: italian.Stem,
	whatlanggo.Nld: dutch.Stem,
	whatlanggo.Nob: norwegian.Stem,
	whatlanggo.Por: portuguese.Stem,
	whatlanggo.Ron: romanian.Stem,
	whatlanggo.Rus: russian.Stem,
	whatlanggo.Spa: spanish.Stem,
	whatlanggo.Swe: swedish.Stem,
	whatlanggo.Tur: turkish.Stem,
	catalan:        whole,
	// Vietnamese and Korean have no stemmer; their words are kept whole
	// (Korean's Hangul bigrams are folded tokens, never stemmed) and
	// their stop lists are stopwords-iso's (stopword.ISO). Without one,
	// an unrelated story on the same portal shares enough function
	// syllables ("của", "các", "được") or particles ("에서", "으로") with
	// a story of a few documents, where no IDF discounts them
	// (MinIDFDocs), to pass the same-story bar.
	whatlanggo.Vie: whole,
	whatlanggo.Kor: whole,
	// Hindi has no Go Snowball stemmer either; its stop list is the one
	// bleve carries (stopword.Of): without it an unrelated Hindi story
	// shares "के", "में", "की", "है" with every story.
	whatlanggo.Hin: whole,
	// Ukrainian, Bulgarian and Persian: no Go Snowball stemmer, and
	// without a stop list an unrelated story on the same portal shares
	// "на", "за", "що", "و", "در", "از" with every story. Ukrainian's
	// list is stopwords-iso's author's (stopword.ISO), Bulgarian's and
	// Persian's Jacques Savoy's through bleve (stopword.Of).
	whatlanggo.Ukr: whole,
	whatlanggo.Bul: whole,
	whatlanggo.Pes: whole,
	// Thai: tokens are character trigrams (package analysis), and an
	// unrelated story shares the trigrams of "ที่", "และ", "การ", "ของ"
	// with every story; stopwords-iso's list stops the trigrams inside
	// its words.
	whatlanggo.Tha: whole,
	// Latvian: no Go Snowball stemmer; stopwords-iso's list, so that
	// "līdz", "pēc", "arī" are neither shared terms nor, opening a
	// sentence before a name, facts.
	whatlanggo.Lav: whole,
	// Albanian and Lao, which the identifier does not know (see albanian
	// and lao): spaCy's and LaoNLP's lists (stopword.More). Without them
	// an unrelated story of the same agency shares "të", "në", "për",
	// "një" (or the trigrams of "ແລະ", "ທີ່", "ຂອງ") with every story,
	// and passes the same-story bar (similarity 0.21 and 0.22 in the
	// story sets, where no IDF discounts them).
	albanian: whole,
	lao:      whole,
	// Sinhala, which the identifier knows: spaCy's list (stopword.More);
	// without it an unrelated story of the same agency shares "සහ",
	// "ද", "සඳහා" with every story (similarity 0.23, over the bar).
	whatlanggo.Sin: whole,
	// Punjabi (Gurmukhi) and Gujarati, which the identifier knows by
	// their scripts: the npm package stopword's lists (stopword.More,
	// stopword.ISO). Without them an unrelated Punjabi story of a
	// district daily shares "ਦੇ", "ਵਿੱਚ", "ਨੇ", "ਹੈ" with every story and
	// passes the same-story bar (keys/13).
	whatlanggo.Pan: whole,
	whatlanggo.Guj: whole,
}

// catalan stands for Catalan, which the identifier does not know (it
// names Catalan pages Spanish, often reliably): a page is read as Catalan
// by its stop words (CatalanShare), and its words are kept whole (whole):
// Snowball's Catalan stemmer has no Go port. Its value lies outside the
// identifier's languages.
const catalan whatlanggo.Lang = 1 << 20

// albanian stands for Albanian, which the identifier does not know: a
// page is read as Albanian by its stop words, as a Catalan one is
// (isAlbanian), and its words are kept whole.
const albanian whatlanggo.Lang = 1<<20 + 1

// lao stands for Lao, which the identifier does not know either: a page
// whose letters are mostly of the Lao script, which writes no other
// language, is Lao (isLao). Its runs are character trigrams (package
// analysis), as Thai's are, and its list stops the trigrams inside its
// words.
const lao whatlanggo.Lang = 1<<20 + 2

// whole is the stemmer of a language without one: the word as it is.
func whole(*snowballstem.Env) bool { return true }

// langStops are the token hashes of the Snowball stop list of each
// language in stemmers (package stopword), hashed as the tokenizer hashes
// a word: "für" and "Für" are one hash, a list word of two tokens
// ("c'est") gives both. Built once, read-only after.
var langStops = sync.OnceValue(func() map[whatlanggo.Lang]map[uint64]struct{} {
	var tk analysis.Tokenizer
	out := make(map[whatlanggo.Lang]map[uint64]struct{}, len(stemmers))
	for lang := range stemmers {
		set := map[uint64]struct{}{}
		for _, w := range stopword.Of(snowballCode(lang)) {
			for _, t := range tk.Tokenize(w, nil) {
				set[t.Hash] = struct{}{}
			}
		}
		if len(set) > 0 {
			out[lang] = set
		}
	}
	return out
})

// snowballCode is the ISO 639-1 code under which package stopword keeps
// lang's list: the identifier's own, but "no" for Bokmål, which Snowball
// calls Norwegian.
func snowballCode(lang whatlanggo.Lang) string {
	switch lang {
	case whatlanggo.Nob:
		return "no"
	case catalan:
		return "ca"
	case albanian:
		return "sq"
	case lao:
		return "lo"
	}
	return lang.Iso6391()
}

// maxLangCache bounds the identifications an Analyzer keeps.
const maxLangCache = 4096

// LanguagePrefix is how much of a text, in bytes, the language is
// identified from: whole news articles were identified right at this
// length (BENCHMARKS.md), and identification reads trigrams of all it is
// given.
const LanguagePrefix = 1024

// Language identifies the language of text with
// github.com/RadhiFadlillah/whatlanggo (trigram profiles; the fork
// go-trafilatura uses), from its first LanguagePrefix bytes; ok is false
// when the identification is not reliable (confidence ≤ 0.8).
func Language(text string) (lang whatlanggo.Lang, ok bool) {
	if len(text) > LanguagePrefix {
		end := LanguagePrefix
		for end > 0 && !utf8.RuneStart(text[end]) {
			end--
		}
		text = text[:end]
	}
	info := whatlanggo.Detect(text)
	return info.Lang, info.IsReliable()
}

// EnglishStopShare: a text whose first stopSharePrefix bytes have at
// least this share of their words on the English stop list is English,
// and is not given to the identifier, which takes about 1 ms for 1 KB
// (BenchmarkLanguage). Measured shares: the seeds 0.34–0.45,
// Clough–Stevenson's texts 0.37–0.56 (median 0.46), PAN 2013's documents
// median 0.41–0.43 with 1% under 0.22 (suspicious) or 0.08 (source:
// lists, tables), which are identified; the German, Spanish, Russian,
// Arabic, Chinese and Japanese texts of cmd/reprint/testdata/scripts at
// most 0.05 (TestEnglishShare). PAN's figures were the same with every
// document identified.
const EnglishStopShare = 0.25

// stopSharePrefix is how much of a text, in bytes, englishShare reads:
// about 45 words, enough to tell English (a share near 0.4) from text
// with almost no English stop words; a misjudged English text is only
// identified, at a cost in time, not in terms.
const stopSharePrefix = 256

// englishShare returns the share of the words of text's first
// stopSharePrefix bytes that are English stop words.
func (an *Analyzer) englishShare(text string) float64 {
	return an.stopShare(text, stopSharePrefix, an.stop)
}

// stopShare returns the share of the words of text's first prefix bytes
// (cut back to a rune's start) that are in list.
func (an *Analyzer) stopShare(text string, prefix int, list map[uint64]struct{}) float64 {
	end := min(len(text), prefix)
	for end < len(text) && end > 0 && !utf8.RuneStart(text[end]) {
		end--
	}
	toks := an.tk.Tokenize(text[:end], an.toks[:0])
	an.toks = toks
	if len(toks) == 0 {
		return 0
	}
	n := 0
	for _, t := range toks {
		if _, ok := list[t.Hash]; ok {
			n++
		}
	}
	return float64(n) / float64(len(toks))
}

// OwnStopShare: an identification the identifier calls unreliable is
// taken when at least this share of the words of the text's first
// LanguagePrefix bytes are on the stop list of the language it names.
// The identifier is unsure between close languages: it names Danish and
// Bokmål rightly but unreliably for every Danish and Norwegian page of
// the story sets, whose function words the named language's list holds
// either way. Measured on those pages, tags stripped, chrome and all
// (TestOwnStopShare): Danish 0.30–0.44 and Bokmål 0.34–0.37 under the
// list named; English (the seeds, Clough–Stevenson) at most 0.06 under
// the Danish, Norwegian and Swedish lists; Catalan, which the identifier
// does not know and names Spanish, 0.15–0.27 under the Spanish list, and
// stays unanalysed rather than stemmed as Spanish.
const OwnStopShare = 0.28

// Catalan: a page whose first LanguagePrefix bytes hold at least
// OwnStopShare of their words on the Catalan stop list, and a greater
// share than on the list of the language the identifier names, is
// Catalan. The identifier has no Catalan and names every Catalan page of
// the story sets Spanish (one reliably), which stemmed its words as
// Spanish or left its function words ("els", "amb", "per") among its
// terms, enough for an unrelated story of the same portal to pass the
// same-story bar. Measured on the story sets' pages, tags stripped
// (TestCatalan): the Catalan pages 0.30–0.46 under the Catalan list and
// 0.12–0.19 above their share under the Spanish one; every Spanish,
// Portuguese, French and Italian page at most 0.33 under the Catalan
// list and at least 0.08 below its share under its own; other languages
// at most 0.20.
//
// The share alone also took Tongan (session 31): its particles ʻo, ʻa,
// ʻi, ʻe break at the glottal stop into "o", "a", "i", "e", words of the
// Catalan list, 0.29–0.37 of a Tongan page. So a Catalan page must also
// write catalanWordsMin of Catalan's own function words (catalanWords),
// as every Catalan page of the story sets does and no other does.
func (an *Analyzer) isCatalan(text string, named whatlanggo.Lang) bool {
	return an.catalanByStops(text, named) && catalanWordsIn(text) >= catalanWordsMin
}

// catalanByStops is isCatalan's test of the stop words alone, its whole
// test before keys/16.
func (an *Analyzer) catalanByStops(text string, named whatlanggo.Lang) bool {
	share := an.stopShare(text, LanguagePrefix, langStops()[catalan])
	return share >= OwnStopShare && share > an.ownStopShare(text, named)
}

// catalanWords are function words Catalan writes and its neighbours do
// not (Spanish, Portuguese, French, Italian; Occitan aside): "els"
// (the), "amb" (with), "dels", "pel", "pels", "aquest" and its forms,
// "també" (also), "però" (but), "perquè", "després", "fins" (until),
// "molt" (very), "són" (are), "seva", "seu", "seus" (his, her).
var catalanWords = map[string]bool{
	"els": true, "amb": true, "dels": true, "pel": true, "pels": true, "aquest": true, "aquesta": true,
	"aquests": true, "aquestes": true, "també": true, "però": true, "perquè": true, "després": true,
	"fins": true, "molt": true, "són": true, "seva": true, "seu": true, "seus": true,
}

// catalanWordsMin is how many distinct catalanWords a Catalan page's
// first LanguagePrefix bytes must hold: one. The story sets' Catalan
// pages hold two to five, tags stripped (a JSONL line's keys take part
// of its prefix); the Tongan pages that the stop share took, none.
const catalanWordsMin = 1

// catalanWordsIn counts the distinct catalanWords in text's first
// LanguagePrefix bytes.
func catalanWordsIn(text string) int {
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text[:min(len(text), LanguagePrefix)]), func(r rune) bool {
		return !unicode.IsLetter(r)
	}) {
		if catalanWords[w] {
			seen[w] = true
		}
	}
	return len(seen)
}

// isAlbanian reports whether text is Albanian: as isCatalan, under the
// Albanian list, in a text that writes ë (albanianLetter). The identifier
// has no Albanian. Measured on the story sets' pages, tags stripped
// (TestAlbanian): the Albanian pages 0.36–0.44 under the Albanian list;
// every other page at most 0.20 (a Croatian scraper's copy), under
// OwnStopShare — but for Māori and Samoan pages (session 28), 0.31,
// whose particles e, i, te, o and a are words of the Albanian list too.
func (an *Analyzer) isAlbanian(text string, named whatlanggo.Lang) bool {
	return an.albanianStops(text, named) && albanianLetter(text)
}

// albanianStops is isAlbanian's test of the stop words alone, its whole
// test before keys/14.
func (an *Analyzer) albanianStops(text string, named whatlanggo.Lang) bool {
	share := an.stopShare(text, LanguagePrefix, langStops()[albanian])
	return share >= OwnStopShare && share > an.ownStopShare(text, named)
}

// albanianLetterMin is the least share of the letters of a text's first
// LanguagePrefix bytes that must be ë for the text to be read as
// Albanian: ë is Albanian's most frequent letter (about one in ten), and
// no other language the story sets hold writes it but as a rare
// diaeresis (a name, "Noël"); one in a hundred leaves a page of short
// lines and names its margin.
const albanianLetterMin = 0.01

// albanianLetter reports whether ë makes at least albanianLetterMin of
// the letters of text's first LanguagePrefix bytes.
func albanianLetter(text string) bool {
	n, e := 0, 0
	for _, r := range text[:min(len(text), LanguagePrefix)] {
		if !unicode.IsLetter(r) {
			continue
		}
		n++
		if r == 'ë' || r == 'Ë' {
			e++
		}
	}
	return n > 0 && float64(e) >= albanianLetterMin*float64(n)
}

// isLao reports whether at least half of the letters of text's first
// LanguagePrefix bytes are of the Lao script.
func isLao(text string) bool {
	n, in := 0, 0
	for _, r := range text[:min(len(text), LanguagePrefix)] {
		if !unicode.IsLetter(r) {
			continue
		}
		n++
		if unicode.Is(unicode.Lao, r) {
			in++
		}
	}
	return n > 0 && 2*in >= n
}

// ownStopShare returns the share of the words of text's first
// LanguagePrefix bytes on lang's Snowball stop list, or 0 for a language
// without one.
func (an *Analyzer) ownStopShare(text string, lang whatlanggo.Lang) float64 {
	list, ok := langStops()[lang]
	if !ok {
		return 0
	}
	if _, ok := stemmers[lang]; !ok {
		return 0
	}
	return an.stopShare(text, LanguagePrefix, list)
}

// ByStopWords reports whether text is analysed in a language of its own
// only by OwnStopShare: its identification is unreliable, and the named
// language's stop words make it. (Archives indexed before keys/7 analysed
// such texts in English: engine.KeysChanges.)
func ByStopWords(text string) bool {
	an := NewAnalyzer()
	if an.englishShare(text) >= EnglishStopShare {
		return false
	}
	lang, ok := Language(text)
	return !ok && an.ownStopShare(text, lang) >= OwnStopShare
}

// Catalan reports whether text is read as Catalan by its stop words (see
// isCatalan). (Archives indexed before keys/8 analysed such texts in
// Spanish or English: engine.KeysChanges.)
func Catalan(text string) bool {
	an := NewAnalyzer()
	if an.englishShare(text) >= EnglishStopShare {
		return false
	}
	lang, _ := Language(text)
	return an.isCatalan(text, lang)
}

// CatalanByStops reports whether text's stop words alone read it as
// Catalan, as every reprint before keys/16 read it (Tongan among them):
// a superset of the texts whose Catalan reading keys/16 changed.
func CatalanByStops(text string) bool {
	an := NewAnalyzer()
	if an.englishShare(text) >= EnglishStopShare {
		return false
	}
	lang, _ := Language(text)
	return an.catalanByStops(text, lang)
}

// StopListOnly reports whether text is analysed in Vietnamese, Korean or
// Hindi, languages read by a stop list alone, without a stemmer
// (stopwords-iso's lists, bleve's Hindi one: package stopword). (Archives
// indexed before keys/9 analysed such texts in English:
// engine.KeysChanges.)
func StopListOnly(text string) bool {
	an := NewAnalyzer()
	an.setLanguage(text)
	return an.lang == whatlanggo.Vie || an.lang == whatlanggo.Kor || an.lang == whatlanggo.Hin
}

// StopListOnly10 reports whether text is analysed in Ukrainian,
// Bulgarian or Persian, read by a stop list alone since keys/10
// (engine.KeysChanges: archives indexed before analysed such texts in
// English).
func StopListOnly10(text string) bool {
	an := NewAnalyzer()
	an.setLanguage(text)
	return an.lang == whatlanggo.Ukr || an.lang == whatlanggo.Bul || an.lang == whatlanggo.Pes
}

// StopListOnly13 reports whether text is analysed in Punjabi or
// Gujarati, read by a stop list alone since keys/13 (engine.KeysChanges:
// archives indexed before analysed such texts in English).
func StopListOnly13(text string) bool {
	an := NewAnalyzer()
	an.setLanguage(text)
	return an.lang == whatlanggo.Pan || an.lang == whatlanggo.Guj
}

// AlbanianStops14 reports whether text's stop words are Albanian's
// whether or not it writes ë: the texts read as Albanian before keys/14,
// when ë became required (engine.KeysChanges: a Māori or Samoan text was
// analysed as Albanian; it may hold of a text whose reading did not
// change).
func AlbanianStops14(text string) bool {
	an := NewAnalyzer()
	if an.englishShare(text) >= EnglishStopShare || isLao(text) {
		return false
	}
	lang, _ := Language(text)
	return !an.isCatalan(text, lang) && an.albanianStops(text, lang)
}

// StopListOnly12 reports whether text is analysed in Albanian, Lao or
// Sinhala, read by a stop list alone since keys/12 (engine.KeysChanges:
// archives indexed before analysed such texts in English).
func StopListOnly12(text string) bool {
	an := NewAnalyzer()
	an.setLanguage(text)
	return an.lang == albanian || an.lang == lao || an.lang == whatlanggo.Sin
}

// StopListOnly11 reports whether text is analysed in Thai or Latvian,
// read by a stop list alone since keys/11 (engine.KeysChanges: archives
// indexed before analysed such texts in English).
func StopListOnly11(text string) bool {
	an := NewAnalyzer()
	an.setLanguage(text)
	return an.lang == whatlanggo.Tha || an.lang == whatlanggo.Lav
}

// OwnLanguage reports whether text is analysed in a language of its own:
// identified reliably (or by OwnStopShare) as one of the 14 languages other than English with
// a Snowball stemmer and stop list, or read as Catalan by its stop words, and not read as English first (a
// share of EnglishStopShare English stop words). Such a text's terms are
// stemmed and stopped in that language, lang its ISO 639-1 code; every
// other text's terms are English's. It costs an identification (about
// 1 ms) unless the text reads as English.
func OwnLanguage(text string) (lang string, ok bool) {
	an := NewAnalyzer()
	an.setLanguage(text)
	if an.langStem == nil {
		return "", false
	}
	return snowballCode(an.lang), true
}

// StopListed reports whether text's function words are known to its
// analysis: it reads as English (EnglishStopShare), or as a language with
// a stop list of its own. A text in a language without one (Fijian,
// Tetum) keeps its function words among its terms, where only a corpus
// of MinIDFDocs documents tells them (FrequentShare).
func (an *Analyzer) StopListed(text string) bool {
	if an.englishShare(text) >= EnglishStopShare {
		return true
	}
	an.setLanguage(text)
	return an.langStop != nil || an.langStem != nil
}

// setLanguage chooses the stemmer and the stop list for the document
// text: the Snowball stemmer and stop list of its language when
// identified reliably and not English, else the English path (the English
// stop list applies to every document: an English word quoted in German
// text is still a function word). The stem cache is salted per language so that a word
// stemmed in one language is not reused in another.
//
// Identification allocates (about 2,000 small allocations for a 1 KB
// prefix), so its answer is kept per prefix hash: a text aligned again,
// as Align does for each pair, is not identified again.
func (an *Analyzer) setLanguage(text string) {
	an.langStem, an.langSalt, an.langStop, an.lang = nil, 0, nil, 0
	// Every word of the document folds as the document's: a Serbian or
	// Kazakh text's Cyrillic in its Latin alphabet (analysis.Translit).
	an.tk.Within(text)
	if an.englishShare(text) >= EnglishStopShare {
		return // English: identification would only cost time
	}
	key := xxh3.HashString(text[:min(len(text), LanguagePrefix)])
	lang, ok := whatlanggo.Lang(0), false
	if v, hit := an.langs[key]; hit {
		lang, ok = whatlanggo.Lang(v>>1), v&1 == 1
	} else {
		lang, ok = Language(text)
		switch {
		case isLao(text):
			lang, ok = lao, true
		case an.isCatalan(text, lang):
			lang, ok = catalan, true
		case an.isAlbanian(text, lang):
			lang, ok = albanian, true
		case !ok && an.ownStopShare(text, lang) >= OwnStopShare:
			ok = true // Danish read as Danish, though it is much like Bokmål
		}
		if len(an.langs) >= maxLangCache {
			clear(an.langs)
		}
		v := int64(lang) << 1
		if ok {
			v |= 1
		}
		an.langs[key] = v
	}
	if !ok {
		return
	}
	if st, found := stemmers[lang]; found {
		an.langStem, an.lang = st, lang
		an.langStop = langStops()[lang]
		an.langSalt = (uint64(lang) + 1) * 0x9E3779B97F4A7C15
	}
}
