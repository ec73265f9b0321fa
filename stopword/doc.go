// Package stopword holds the stop words once, for every stage that
// leaves them out: the words that say how a sentence is built, not what it
// is about. Two unrelated English texts share them in nearly every
// sentence, so a stage that counts shared words (line scoring in clean,
// bag n-grams in align, sentence similarity in rewrite) counts without
// them, or weighs them apart.
//
// The vocabulary is cut into lists by kind, because the stages tokenize
// differently and need different parts of it:
//
//	Function      articles, pronouns, auxiliaries, prepositions and
//	              conjunctions: close to the NLTK English list, which the
//	              PAN text-alignment systems of Torrejón and Ramos and of
//	              Sánchez-Pérez et al. also used
//	Fragments     what a tokenizer that splits at apostrophes leaves of a
//	              contraction ("don't" → "don" "t"; "we've" → "we" "ve")
//	Contractions  the same contractions whole, for a tokenizer that keeps
//	              the apostrophe ("don't", "it's")
//	Frequent      adverbs, determiners and the reporting verbs that news
//	              prose puts in nearly every paragraph ("also", "however",
//	              "said", "says")
//
// A stage takes the union of the lists it needs (English(Function |
// Fragments)) and adds, next to its own code, the few words only it has a
// reason to skip. Words are lower case and use the straight apostrophe
// (the tokenizers fold U+2019 to it).
//
// Fourteen other languages, those with a Snowball stemmer, have the
// Snowball project's stop list (Snowball: Danish to Swedish; Lucene's for
// Romanian and Turkish), taken from the language packages of
// github.com/blevesearch/bleve/v2: Snowball(lang) by ISO 639-1 code.
// Catalan, whose stemmer Snowball has but no Go port, has Lucene's list
// there too, under "ca".
// Package rewrite leaves a document's words on its language's list out of
// its terms beside the English ones, so that two unrelated German stories
// no longer share "der", "und" and "über" as terms and pass the
// same-story bar together. Clean carries short lists of its own for the
// stop-word density of a line (fitted to pages before these lists), and
// rewrite still treats a word in half of a corpus's documents as a
// function word where no list exists (Urdu, Arabic, Chinese).
package stopword
