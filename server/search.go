package server

import (
	"context"
	"math"
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
// (0.6 s for the stories of 10,000 articles on a loaded machine), so the
// texts are indexed: the distinct lower-cased words, sorted, each with the
// stories whose texts hold it, the texts read from the store as the
// snapshot is built (it keeps none). A query word costs a binary search
// for its prefix range and the union of those stories.
//
// Indexing every text again for each snapshot would cost a pass over the
// archive after every add. So a snapshot's index is a base, built at an
// earlier snapshot and shared, with its stories renumbered to this one's
// (those judged again since dropped), and a delta: the stories judged
// since, indexed for this snapshot. When the delta's texts outgrow
// deltaMax, the snapshot indexes every story again as a new base.

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

// textIndex is a snapshot's index of its stories' texts.
type textIndex struct {
	base      *wordIndex // shared with the snapshots since it was built
	baseBytes int64      // of text in base
	toCur     []int32    // a story of base → this snapshot's, or -1
	fromBase  []int32    // a story of this snapshot → base's, or -1
	delta     *wordIndex // the stories not in base, numbered as here
}

// addBytes is how much text a one-article add brings into the delta: the
// texts of the story it joins, 2 to 9 articles of 4.3 KB on average in
// the 100,000-article test archive.
const addBytes = 16 << 10

// deltaMax is how much text the delta holds at most before the base is
// built again, for a base of baseBytes. Between two bases, adds of
// addBytes each cost the base's build once (baseBytes) and the delta's on
// average (deltaMax/2 each); the sum over an add, baseBytes·addBytes /
// deltaMax + deltaMax/2, is least at deltaMax = √(2·baseBytes·addBytes):
// 2.7 MB at the 230 MB of texts in stories of the 100,000-article test
// archive, an index of a base every 170 adds.
func deltaMax(baseBytes int64) int64 {
	return max(1<<20, int64(math.Sqrt(2*float64(baseBytes)*addBytes)))
}

// indexText indexes the texts of the snapshot's stories, taking prev's
// base when the stories judged since prev's base are few.
func (x *snapshot) indexText(ctx context.Context, prev *snapshot) (*textIndex, error) {
	n := len(x.stories)
	if prev != nil {
		t := &textIndex{base: prev.text.base, baseBytes: prev.text.baseBytes,
			toCur: make([]int32, len(prev.text.toCur)), fromBase: make([]int32, n)}
		for b := range t.toCur {
			t.toCur[b] = -1
		}
		var delta []int
		var bytes int64
		for i := range n {
			b := int32(-1)
			if j := carried(x.judged, prev, i); j >= 0 {
				b = prev.text.fromBase[j]
			}
			t.fromBase[i] = b
			if b >= 0 {
				t.toCur[b] = int32(i)
				continue
			}
			delta = append(delta, i)
			if !x.searched(i) {
				continue
			}
			for _, m := range x.stories[i].Members {
				if a := x.articleOf(m.ID); a != nil {
					bytes += int64(a.Bytes)
				}
			}
		}
		if bytes <= deltaMax(t.baseBytes) {
			var err error
			t.delta, _, err = x.indexWords(ctx, delta)
			return t, err
		}
	}
	all := make([]int, n)
	t := &textIndex{toCur: make([]int32, n), fromBase: make([]int32, n), delta: &wordIndex{}}
	for i := range n {
		all[i] = i
		t.toCur[i], t.fromBase[i] = int32(i), int32(i)
	}
	var err error
	t.base, t.baseBytes, err = x.indexWords(ctx, all)
	return t, err
}

// prefixed returns the set of this snapshot's stories whose texts hold a
// word starting with p.
func (t *textIndex) prefixed(p string) map[int32]bool {
	set := map[int32]bool{}
	t.base.each(p, func(s int32) {
		if c := t.toCur[s]; c >= 0 {
			set[c] = true
		}
	})
	t.delta.each(p, func(s int32) { set[s] = true })
	return set
}

// searched reports whether the texts of story i are indexed: those of a
// story of several articles. A story of one is found by its title, site,
// id and URL; its text was not worth the index's size (its words are most
// of an archive's, and the story list shows such stories only when asked).
func (x *snapshot) searched(i int) bool { return len(x.scan.Stories[i].Articles) > 1 }

// indexWords builds the word index of the snapshot's stories of indexes
// stories, ascending, reading their texts from the store, and returns it
// with the bytes of text it read.
func (x *snapshot) indexWords(ctx context.Context, stories []int) (*wordIndex, int64, error) {
	// Each distinct word is a copy of its first sighting: a word already
	// in lower case is a piece of its text, which the index must not hold
	// on to. (A map keeps the key of its last assignment, so the lists
	// live apart from the map, which is only read once a word is in.)
	at := map[string]int{}
	var words []string
	var lists [][]int32
	var bytes int64
	var ids []string
	storyOf := map[string]int32{}
	for _, i := range stories {
		if !x.searched(i) {
			continue
		}
		for _, m := range x.stories[i].Members {
			ids = append(ids, m.ID)
			storyOf[m.ID] = int32(i)
		}
	}
	err := x.readTexts(ctx, ids, func(id, text string) {
		i := storyOf[id]
		bytes += int64(len(text))
		textWords(text, func(w string) {
			k, ok := at[w]
			if !ok {
				w = strings.Clone(w)
				k = len(words)
				at[w] = k
				words = append(words, w)
				lists = append(lists, nil)
			}
			if l := lists[k]; len(l) == 0 || l[len(l)-1] != i {
				lists[k] = append(l, i)
			}
		})
	})
	if err != nil {
		return nil, 0, err
	}
	order := make([]int, len(words))
	for k := range order {
		order[k] = k
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(words[a], words[b]) })
	ix := &wordIndex{words: make([]string, len(order)), stories: make([][]int32, len(order))}
	for n, k := range order {
		ix.words[n], ix.stories[n] = words[k], slices.Clip(lists[k])
	}
	return ix, bytes, nil
}

// each calls fn for every story whose texts hold a word starting with p,
// once a word.
func (ix *wordIndex) each(p string, fn func(story int32)) {
	for i := sort.SearchStrings(ix.words, p); i < len(ix.words) && strings.HasPrefix(ix.words[i], p); i++ {
		for _, s := range ix.stories[i] {
			fn(s)
		}
	}
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
			set = x.text.prefixed(first)
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
