package stopword

import (
	"embed"

	"github.com/blevesearch/bleve/v2/analysis/lang/bg"
	"github.com/blevesearch/bleve/v2/analysis/lang/fa"
	"github.com/blevesearch/bleve/v2/analysis/lang/hi"
)

// isoFiles are the stop lists of languages that have neither a Snowball
// stemmer nor a list in bleve, from stopwords-iso 1.1.0 (the npm package
// of github.com/stopwords-iso/stopwords-iso, MIT licence, in iso/ with
// its LICENSE), cut to the entries a word-by-word filter can use: for
// Vietnamese, written a syllable a word, the entries of one syllable; for
// Korean, whose Hangul runs package analysis cuts into overlapping
// bigrams, the entries of one or two syllables (the particles and endings
// "에서", "으로", "까지" a bigram sees whole). An entry of several words is
// a phrase whose words alone may be content words. Ukrainian's is the
// same author's fuller list, from the npm package stopword 3.1.5 (MIT).
// Thai's is the whole list (116 words): its words are not cut by spaces,
// and what package rewrite stops is the trigrams inside them. Latvian's
// is the whole list too (161 words), and so is Gujarati's (224 words,
// as the npm package stopword 3.1.4 carries it).
// (Urdu's list in both packages is mis-encoded and lacks "میں", "کا",
// "سے": not used.)
//
//go:embed iso/vi.txt iso/ko.txt iso/uk.txt iso/th.txt iso/lv.txt iso/gu.txt
var isoFiles embed.FS

// isoLists maps an ISO 639-1 code to its file in isoFiles.
var isoLists = map[string]string{"vi": "iso/vi.txt", "ko": "iso/ko.txt", "uk": "iso/uk.txt", "th": "iso/th.txt", "lv": "iso/lv.txt", "gu": "iso/gu.txt"}

// ISO returns the stopwords-iso stop words of the language with ISO
// 639-1 code lang ("vi", "ko"), lower case, each once, in the file's
// order, a new slice on each call; nil for a language without one here.
func ISO(lang string) []string {
	return embeddedList(isoFiles, isoLists, lang)
}

// embeddedList returns the list of lang that lists names in fsys, parsed
// (one word a line, "#" comments), or nil for a language without one.
func embeddedList(fsys embed.FS, lists map[string]string, lang string) []string {
	name, ok := lists[lang]
	if !ok {
		return nil
	}
	raw, err := fsys.ReadFile(name)
	if err != nil {
		return nil // embedded at build time: cannot happen
	}
	return parseList(raw)
}

// otherLists are the stop lists bleve carries for languages without a
// Snowball stemmer that package rewrite reads in their own right, all
// through Lucene: Hindi, Bulgarian and Persian, Jacques Savoy's lists
// (BSD licence).
var otherLists = map[string][]byte{"hi": hi.HindiStopWords, "bg": bg.BulgarianStopWords, "fa": fa.PersianStopWords}

// Of returns the stop list of the language with ISO 639-1 code lang:
// Snowball's (through bleve) where there is one, else another list bleve
// carries (Hindi), else stopwords-iso's (ISO), else one of More's
// (Albanian, Lao), else nil.
func Of(lang string) []string {
	if l := Snowball(lang); l != nil {
		return l
	}
	if raw, ok := otherLists[lang]; ok {
		return parseList(raw)
	}
	if l := ISO(lang); l != nil {
		return l
	}
	return More(lang)
}
