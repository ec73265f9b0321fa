package align

import "github.com/reprint/reprint/stopword"

// EnglishStopWords returns the built-in English stop-word list, a new slice
// on each call: the function words bag n-grams skip (articles, pronouns,
// auxiliaries, prepositions, conjunctions) and the fragments the tokenizer
// splits off contractions ("don't" is "don" "t"), from package stopword,
// plus "shall", a modal of the formal and legal prose that PAN's sources
// hold and NLTK's list lacks.
func EnglishStopWords() []string {
	return append(stopword.English(stopword.Function|stopword.Fragments), "shall")
}
