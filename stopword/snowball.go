package stopword

import (
	"bytes"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis/lang/ca"
	"github.com/blevesearch/bleve/v2/analysis/lang/da"
	"github.com/blevesearch/bleve/v2/analysis/lang/de"
	"github.com/blevesearch/bleve/v2/analysis/lang/es"
	"github.com/blevesearch/bleve/v2/analysis/lang/fi"
	"github.com/blevesearch/bleve/v2/analysis/lang/fr"
	"github.com/blevesearch/bleve/v2/analysis/lang/hu"
	"github.com/blevesearch/bleve/v2/analysis/lang/it"
	"github.com/blevesearch/bleve/v2/analysis/lang/nl"
	"github.com/blevesearch/bleve/v2/analysis/lang/no"
	"github.com/blevesearch/bleve/v2/analysis/lang/pt"
	"github.com/blevesearch/bleve/v2/analysis/lang/ro"
	"github.com/blevesearch/bleve/v2/analysis/lang/ru"
	"github.com/blevesearch/bleve/v2/analysis/lang/sv"
	"github.com/blevesearch/bleve/v2/analysis/lang/tr"
)

// snowballLists are the stop lists of the languages other than English
// that have a Snowball stemmer (package rewrite stems the same ones), by
// ISO 639-1 code, as github.com/blevesearch/bleve/v2's language packages
// carry them (the publishers of the stemmers this module already uses).
// Twelve are the Snowball project's own lists (BSD licence; a word at the
// start of a line, "|" opens a comment); Snowball has none for Romanian
// and Turkish, whose lists come to bleve from Lucene (Jacques Savoy's
// Romanian list; LUCENE-559 for Turkish), one word a line with "#"
// comments. Catalan, whose Snowball stemmer has no Go port, has Lucene's
// list (from the cue.language project, Apache 2.0) through bleve: package
// rewrite reads a page as Catalan by it, since the language identifier
// does not know Catalan, and keeps Catalan words whole.
var snowballLists = map[string][]byte{
	"ca": ca.CatalanStopWords,
	"da": da.DanishStopWords,
	"de": de.GermanStopWords,
	"es": es.SpanishStopWords,
	"fi": fi.FinnishStopWords,
	"fr": fr.FrenchStopWords,
	"hu": hu.HungarianStopWords,
	"it": it.ItalianStopWords,
	"nl": nl.DutchStopWords,
	"no": no.NorwegianStopWords,
	"pt": pt.PortugueseStopWords,
	"ro": ro.RomanianStopWords,
	"ru": ru.RussianStopWords,
	"sv": sv.SwedishStopWords,
	"tr": tr.TurkishStopWords,
}

// Languages returns the ISO 639-1 codes that Snowball returns a list for,
// sorted.
func Languages() []string {
	codes := make([]string, 0, len(snowballLists))
	for c := range snowballLists {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	return codes
}

// Snowball returns the stop words of the language with ISO 639-1 code
// lang ("de", "fr", "pt"), lower case, each once, in the list's order, a
// new slice on each call; nil for English (see English) and for a
// language without a list. The lists hold the function words
// (articles, pronouns, auxiliaries, prepositions, conjunctions) and the
// inflected forms Snowball's stemmer would not fold together ("der",
// "die", "das", "dem", "den", "des").
func Snowball(lang string) []string {
	raw, ok := snowballLists[lang]
	if !ok {
		return nil
	}
	return parseList(raw)
}

// parseList reads a stop list in Snowball's or Lucene's format: words
// separated by white space, "|" or "#" opening a comment to the line's
// end; lower case, each once, in the list's order.
func parseList(raw []byte) []string {
	var out []string
	seen := map[string]bool{}
	for line := range bytes.Lines(raw) {
		if i := bytes.IndexAny(line, "|#"); i >= 0 {
			line = line[:i]
		}
		for _, f := range strings.Fields(string(line)) {
			w := strings.ToLower(strings.ReplaceAll(f, "\u2019", "'"))
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}
