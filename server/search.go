package server

import (
	"slices"
	"sort"
	"strings"
	"unicode"
)

// Searching the stories' texts
//
// A query's words are looked for in each story's titles, sites, ids and
// URLs as substrings (the story's hay), and in its articles' texts as
// word prefixes: "ukrain" finds Ukraine and Ukrainian, "putin" Putin's.
// Case-folding every text per query costs a pass over all of them
// (0.6 s for the stories of 10,000 articles on a loaded machine), so each
// snapshot indexes its texts once: the distinct lower-cased words, sorted,
// each with the stories whose texts hold it. A query word costs a binary
// search for its prefix range and the union of those stories.

// wordIndex maps the words of the stories' texts to the stories.
type wordIndex struct {
	words   []string  // distinct, sorted
	stories [][]int32 // per word: the indexes of the stories holding it, ascending
}

// textWords calls fn for each word of s, lower-cased: runs of letters and
// digits.
func textWords(s string, fn func(w string)) {
	start := -1
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			fn(strings.ToLower(s[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		fn(strings.ToLower(s[start:]))
	}
}

// indexWords builds the word index of the snapshot's stories.
func (x *snapshot) indexWords() *wordIndex {
	post := map[string][]int32{}
	for i, sm := range x.stories {
		for _, m := range sm.Members {
			a := x.articleOf(m.ID)
			if a == nil || a.Text == "" {
				continue
			}
			textWords(a.Text, func(w string) {
				l := post[w]
				if len(l) == 0 || l[len(l)-1] != int32(i) {
					post[w] = append(l, int32(i))
				}
			})
		}
	}
	ix := &wordIndex{words: make([]string, 0, len(post))}
	for w := range post {
		ix.words = append(ix.words, w)
	}
	slices.Sort(ix.words)
	ix.stories = make([][]int32, len(ix.words))
	for i, w := range ix.words {
		ix.stories[i] = post[w]
	}
	return ix
}

// prefixed returns the set of stories whose texts hold a word starting
// with p.
func (ix *wordIndex) prefixed(p string) map[int32]bool {
	lo := sort.SearchStrings(ix.words, p)
	set := map[int32]bool{}
	for i := lo; i < len(ix.words) && strings.HasPrefix(ix.words[i], p); i++ {
		for _, s := range ix.stories[i] {
			set[s] = true
		}
	}
	return set
}

// query is a text search prepared against a snapshot: per query word, the
// stories whose texts hold it.
type query struct {
	words  []string
	inText []map[int32]bool
}

func (x *snapshot) prepare(q string) *query {
	if q == "" {
		return nil
	}
	pq := &query{}
	for w := range strings.FieldsSeq(strings.ToLower(q)) {
		pq.words = append(pq.words, w)
		// The text side matches the word's first letters-and-digits run,
		// as the texts were cut into words.
		var first string
		textWords(w, func(t string) {
			if first == "" {
				first = t
			}
		})
		set := map[int32]bool{}
		if first != "" {
			set = x.words.prefixed(first)
		}
		pq.inText = append(pq.inText, set)
	}
	return pq
}

// match reports whether every word of the query is in story i's hay or
// texts.
func (pq *query) match(i int, sm *storySummary) bool {
	for k, w := range pq.words {
		if !strings.Contains(sm.hay, w) && !pq.inText[k][int32(i)] {
			return false
		}
	}
	return true
}
