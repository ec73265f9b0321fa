package stopword

import "embed"

// moreFiles are stop lists of languages that neither Snowball, bleve nor
// stopwords-iso has, each from a maintained project with its licence
// beside it:
//
//	sq  Albanian, spaCy's (github.com/explosion/spaCy, MIT), itself from
//	    github.com/andrixh/index-albanian (226 words)
//	si  Sinhala, spaCy's (165 words)
//	lo  Lao, LaoNLP's (github.com/wannaphong/LaoNLP, Apache 2.0), translated
//	    from Lucene's Thai list (110 words)
//	pa  Punjabi in Gurmukhi, the npm package stopword's (3.1.4, its
//	    stopwords_panGu, MIT, Espen Klem; 452 words)
//
// spaCy's Albanian list is written without the letters ë and ç, as its
// source index folds them ("te", "ne", "per", "eshte"), while news writes
// them ("të", "në", "për", "është"): each entry stands for every spelling
// with an e read as e or ë and a c as c or ç (albanianSpellings). The
// spellings that are no Albanian word cost nothing: a filter never meets
// them.
//
//go:embed spacy/sq.txt spacy/si.txt laonlp/lo.txt npmstopword/pa.txt
var moreFiles embed.FS

// moreLists maps an ISO 639-1 code to its file in moreFiles.
var moreLists = map[string]string{"sq": "spacy/sq.txt", "si": "spacy/si.txt", "lo": "laonlp/lo.txt", "pa": "npmstopword/pa.txt"}

// More returns the stop words of the language with ISO 639-1 code lang
// from moreLists ("sq", "si", "lo", "pa"), lower case, each once, a new slice
// on each call; nil for a language without one here.
func More(lang string) []string {
	words := embeddedList(moreFiles, moreLists, lang)
	if lang != "sq" {
		return words
	}
	var out []string
	seen := map[string]bool{}
	for _, w := range words {
		for _, s := range albanianSpellings(w) {
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	return out
}

// maxFolded bounds the letters of one entry read both ways: 2^maxFolded
// spellings at most ("megjithese" has four e's).
const maxFolded = 6

// albanianSpellings returns w with each e read as e or ë and each c as c
// or ç, w itself first: bit k of a counter reads the k-th such letter
// folded. An entry with more than maxFolded of them reads only its first
// maxFolded both ways.
func albanianSpellings(w string) []string {
	rs := []rune(w)
	var pos []int
	for i, r := range rs {
		if (r == 'e' || r == 'c') && len(pos) < maxFolded {
			pos = append(pos, i)
		}
	}
	out := make([]string, 0, 1<<len(pos))
	v := make([]rune, len(rs))
	for m := range 1 << len(pos) {
		copy(v, rs)
		for k, i := range pos {
			if m&(1<<k) == 0 {
				continue
			}
			if rs[i] == 'e' {
				v[i] = 'ë'
			} else {
				v[i] = 'ç'
			}
		}
		out = append(out, string(v))
	}
	return out
}
