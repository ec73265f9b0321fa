package align

import "strings"

// englishStopWords are the function words bag n-grams skip: articles,
// pronouns, auxiliaries, prepositions, conjunctions and the fragments the
// tokenizer splits off contractions ("don't" is "don" "t"). It is close to
// the NLTK English list, which the PAN systems of Torrejón and Ramos and of
// Sánchez-Pérez et al. also used.
const englishStopWords = `
a about above after again against all am an and any are as at
be because been before being below between both but by
can could
d did do does doing don down during
each
few for from further
had has have having he her here hers herself him himself his how
i if in into is it its itself
just
ll
m me might more most must my myself
no nor not now
o of off on once only or other our ours ourselves out over own
re
s same shall she should so some such
t than that the their theirs them themselves then there these they this those through to too
under until up upon
ve very
was we were what when where which while who whom why will with would
y you your yours yourself yourselves
`

// EnglishStopWords returns the built-in English stop-word list, a new slice
// on each call.
func EnglishStopWords() []string {
	return strings.Fields(englishStopWords)
}
