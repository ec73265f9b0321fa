package rewrite

// englishStopWords are the words that carry no content for sentence
// similarity: the function words of the NLTK English list (articles,
// pronouns, auxiliaries, prepositions, conjunctions, the fragments the
// tokenizer splits off contractions: "don't" is "don" "t"), plus the
// reporting verbs and fillers that news prose puts in nearly every
// sentence ("said", "told", "also", "according"). Two unrelated news
// sentences share these so often that counting them drowned the signal.
//
// The list is matched against lower-cased words before stemming. It is
// English only: other languages keep all their words (see the package
// documentation on language handling).
const englishStopWords = `
a about above after again against all also am among an and another any are as at
be because been before being below between both but by
can could
d did do does doing don down during
each either else even ever every
few for from further
get got
had has have having he her here hers herself him himself his how however
i if in into is it its itself
just
ll
m many may me might more most much must my myself
neither no nor not now
o of off on once one only or other others our ours ourselves out over own
re
s same shall she should since so some such
t than that the their theirs them themselves then there these they this those though through thus to too
under until up upon us
ve very via
was we were what whatever when where whether which while who whom whose why will with within without would
y yet you your yours yourself yourselves
according added adding say said saying says tell telling told
`

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
