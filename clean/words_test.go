package clean

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

// TestVocabularyTokens: every entry of the tables the classifier looks
// words up in is written as the tokenizer reads a line, its words in
// lower case and parted by single spaces, with no punctuation inside
// or after them. An entry written otherwise matches no line: "simpan
// nama, email" (Indonesian WordPress's "Save my name, email…") waited
// for a word "nama," that measure never makes.
func TestVocabularyTokens(t *testing.T) {
	joined := func(first string, rest []string) string { return strings.Join(append([]string{first}, rest...), " ") }
	tables := map[string][]string{
		"chromeWords":     slices.Collect(maps.Keys(chromeWords)),
		"teaserLabels":    slices.Collect(maps.Keys(teaserLabels)),
		"alsoLabels":      slices.Collect(maps.Keys(alsoLabels)),
		"listLabels":      slices.Collect(maps.Keys(listLabels)),
		"tocLabels":       slices.Collect(maps.Keys(tocLabels)),
		"noticeLabels":    slices.Collect(maps.Keys(noticeLabels)),
		"disclosureLabel": slices.Collect(maps.Keys(disclosureLabels)),
		"mediaLabels":     slices.Collect(maps.Keys(mediaLabels)),
		"skipLinks":       slices.Collect(maps.Keys(skipLinks)),
		"postNavLabels":   slices.Collect(maps.Keys(postNavLabels)),
		"counterWords":    slices.Collect(maps.Keys(counterWords)),
		"viewLabels":      slices.Collect(maps.Keys(viewLabels)),
	}
	for first, ps := range chromePhrases {
		for _, p := range ps {
			tables["chromePhrases"] = append(tables["chromePhrases"], joined(first, p.rest))
		}
	}
	for first, ps := range searchParts {
		for _, p := range ps {
			tables["searchParts"] = append(tables["searchParts"], joined(first, p))
		}
	}
	for first, ps := range betTermIndex {
		for _, p := range ps {
			tables["betTermPhrases"] = append(tables["betTermPhrases"], joined(first, p))
		}
	}
	for _, p := range consentOpeners {
		tables["consentOpeners"] = append(tables["consentOpeners"], strings.Join(p, " "))
	}
	for _, p := range consentSubjects {
		tables["consentSubjects"] = append(tables["consentSubjects"], strings.Join(p, " "))
	}
	tables["useWords"] = slices.Collect(maps.Keys(useWords))
	var s scratch
	for name, entries := range tables {
		for _, e := range entries {
			s.measure(e, nil)
			got := string(s.keyBytes())
			if got != e {
				t.Errorf("%s entry %q: measure reads %q", name, e, got)
			}
		}
	}
}
