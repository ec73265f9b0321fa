package stopword_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/reprint/reprint/stopword"
)

var all = []stopword.List{stopword.Function, stopword.Fragments, stopword.Contractions, stopword.Frequent}

// TestLists checks that every list has words, that the words are lower
// case, single tokens with the straight apostrophe, and that no word is in
// two lists, so a union never counts one twice.
func TestLists(t *testing.T) {
	seen := map[string]stopword.List{}
	for _, l := range all {
		words := stopword.English(l)
		if len(words) == 0 {
			t.Errorf("English(%d) is empty", l)
		}
		for _, w := range words {
			if w != strings.ToLower(w) || strings.ContainsAny(w, " \t\n\u2019") {
				t.Errorf("English(%d) holds %q; want lower case, one word, straight apostrophe", l, w)
			}
			if prev, ok := seen[w]; ok {
				t.Errorf("%q is in lists %d and %d", w, prev, l)
			}
			seen[w] = l
		}
	}
}

// TestUnion checks that English of several lists is their concatenation
// in the order of the constants, and that each call returns a new slice.
func TestUnion(t *testing.T) {
	if got := stopword.English(0); len(got) != 0 {
		t.Errorf("English(0) = %q; want none", got)
	}
	got := stopword.English(stopword.Frequent | stopword.Function)
	want := append(stopword.English(stopword.Function), stopword.English(stopword.Frequent)...)
	if !slices.Equal(got, want) {
		t.Errorf("English(Frequent|Function) = %q; want %q", got, want)
	}
	got[0] = "changed"
	if stopword.English(stopword.Function)[0] == "changed" {
		t.Error("English returned a slice that a caller's write changed")
	}
}

func ExampleEnglish() {
	words := stopword.English(stopword.Fragments)
	fmt.Println(words)
	// Output: [d don ll m o re s t ve y]
}

// TestSnowball checks the lists of other languages: each language named
// has words, lower case and one token each, the function words one
// expects are there, and English and unknown codes have none here.
func TestSnowball(t *testing.T) {
	if got := stopword.Languages(); len(got) != 15 || !slices.IsSorted(got) {
		t.Errorf("Languages() = %q; want the 14 Snowball languages and Catalan beside English, sorted", got)
	}
	for _, lang := range stopword.Languages() {
		words := stopword.Snowball(lang)
		if len(words) < 50 {
			t.Errorf("Snowball(%q) has %d words; want a full list", lang, len(words))
		}
		seen := map[string]bool{}
		for _, w := range words {
			if w != strings.ToLower(w) || strings.ContainsAny(w, " \t\n|#\u2019") {
				t.Errorf("Snowball(%q) holds %q; want lower case, one word", lang, w)
			}
			if seen[w] {
				t.Errorf("Snowball(%q) holds %q twice", lang, w)
			}
			seen[w] = true
		}
	}
	tests := []struct {
		lang string
		want []string
	}{
		{"de", []string{"der", "die", "und", "für", "über", "nicht"}},
		{"fr", []string{"le", "les", "et", "dans", "pour", "été"}},
		{"pt", []string{"de", "uma", "não", "pelo", "são"}},
		{"es", []string{"el", "los", "para", "más"}},
		{"ru", []string{"и", "не", "что"}},
		{"it", []string{"della", "che", "non"}},
		{"ca", []string{"els", "amb", "per", "més", "però"}},
	}
	for _, tt := range tests {
		words := stopword.Snowball(tt.lang)
		for _, w := range tt.want {
			if !slices.Contains(words, w) {
				t.Errorf("Snowball(%q) lacks %q", tt.lang, w)
			}
		}
	}
	for _, lang := range []string{"en", "ur", "", "zz"} {
		if got := stopword.Snowball(lang); got != nil {
			t.Errorf("Snowball(%q) = %d words; want nil", lang, len(got))
		}
	}
}

// TestISO checks the stopwords-iso lists of the languages without a
// Snowball list: one word an entry (a Vietnamese syllable, a Korean
// particle or ending of at most two syllables), each once, and Of falling
// back to them.
func TestISO(t *testing.T) {
	tests := []struct {
		lang     string
		min      int
		maxRunes int
		want     []string
	}{
		{"vi", 200, 7, []string{"của", "các", "và", "được", "những"}},
		{"ko", 200, 2, []string{"에서", "으로", "까지", "부터", "및"}},
		{"uk", 150, 12, []string{"але", "був", "від", "на", "і", "не"}},
	}
	for _, tt := range tests {
		words := stopword.ISO(tt.lang)
		if len(words) < tt.min {
			t.Errorf("ISO(%q) has %d words; want at least %d", tt.lang, len(words), tt.min)
		}
		seen := map[string]bool{}
		for _, w := range words {
			if strings.ContainsAny(w, " \t#") || utf8.RuneCountInString(w) > tt.maxRunes || seen[w] {
				t.Errorf("ISO(%q) holds %q: want one word of at most %d letters, once", tt.lang, w, tt.maxRunes)
			}
			seen[w] = true
		}
		for _, w := range tt.want {
			if !slices.Contains(words, w) {
				t.Errorf("ISO(%q) lacks %q", tt.lang, w)
			}
		}
		if !slices.Equal(stopword.Of(tt.lang), words) {
			t.Errorf("Of(%q) is not ISO's list", tt.lang)
		}
	}
	for _, lang := range []string{"bg", "fa", "hi"} {
		// bleve's lists, through Lucene.
		if len(stopword.Of(lang)) < 100 || stopword.ISO(lang) != nil {
			t.Errorf("Of(%q) has %d words, ISO %d; want bleve's list", lang, len(stopword.Of(lang)), len(stopword.ISO(lang)))
		}
	}
	if stopword.ISO("de") != nil || !slices.Equal(stopword.Of("de"), stopword.Snowball("de")) {
		t.Error(`ISO("de") holds a list, or Of("de") is not Snowball's`)
	}
}
