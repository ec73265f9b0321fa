package rewrite

import (
	"strings"

	"github.com/reprint/reprint/stopword"
)

// englishStopWords are the words that carry no content for sentence
// similarity, space-separated: the function words and contraction
// fragments of package stopword ("don't" is "don" "t"), the adverbs,
// determiners and reporting verbs news prose puts in nearly every sentence
// ("also", "said"), and here the fillers and further reporting verbs that
// sentence matching showed to be as empty ("according", "told", "another",
// "via"). Two unrelated news sentences share these so often that counting
// them drowned the signal. It is read-only after package initialisation.
//
// The list is matched against lower-cased words before stemming. It is
// English only: other languages keep all their words (see the package
// documentation on language handling).
var englishStopWords = strings.Join(stopword.English(stopword.Function|stopword.Fragments|stopword.Frequent), " ") + `
shall among another either else get got many neither one others thus via whatever whose
according added adding say saying tell telling told`

// commonCapitalised are words that often open a sentence with a capital
// letter but do not name anything. A capitalised word at the start of a
// sentence counts as a named entity only if it is neither a stop word nor
// one of these (DESIGN.md: "capitalised sequences, not at sentence start").
// Words inside a sentence need no list: there the capital is the signal.
const commonCapitalised = `
earlier later meanwhile despite although while since after before during
now today yesterday tomorrow tonight last next first second third finally
still instead indeed moreover furthermore nevertheless nonetheless therefore
in on at as by for from with without to of and but or so yet if when where
asked speaking officials police many several some most few both several
monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december
`
