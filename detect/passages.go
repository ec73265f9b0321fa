package detect

import (
	"math"
	"math/bits"
	"slices"
	"sort"
	"unicode/utf8"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/rewrite"
)

// exactN is the run length, in words, that exactShare counts as copied word
// for word: long enough that a rewrite keeping names and stock phrases
// ("President Donald Trump") rarely reaches it, short enough that a copy
// with a changed word every sentence still does.
const exactN = 4

// exactShare returns the share of the words of passage p that lie in a
// run of exactN words also found, in the same order, on p's other side,
// read on both sides, the greater of the two. A passage's kind must not
// depend on which of two articles the corpus lists first: a reply that
// quotes a column's sentence holds its side of the passage 0.86 in exact
// runs, where the column's side, its question to the councillor around
// the quotation, holds under ExactMin. The words one side took word for
// word, however much the other side says around them, make the passage
// verbatim: a cut copy is a copy.
func (w *worker) exactShare(ta, tb []analysis.Token, p reprint.Passage) float64 {
	return max(w.exactShareSide(ta, tb, p), w.exactShareSide(tb, ta, reprint.Passage{A: p.B, B: p.A}))
}

// exactShareSide is exactShare read on the A side alone.
func (w *worker) exactShareSide(ta, tb []analysis.Token, p reprint.Passage) float64 {
	a0, a1 := tokenRange(ta, p.A)
	b0, b1 := tokenRange(tb, p.B)
	if a1-a0 < exactN || b1-b0 < exactN {
		return 0
	}
	clear(w.set)
	for i := b0; i+exactN <= b1; i++ {
		w.set[gramHash(tb[i:i+exactN])] = struct{}{}
	}
	covered, reach := 0, a0
	for i := a0; i+exactN <= a1; i++ {
		if _, ok := w.set[gramHash(ta[i:i+exactN])]; ok {
			from := max(i, reach)
			covered += i + exactN - from
			reach = i + exactN
		}
	}
	return float64(covered) / float64(a1-a0)
}

func gramHash(toks []analysis.Token) uint64 {
	h := uint64(0x9E3779B97F4A7C15)
	for _, t := range toks {
		h = bits.RotateLeft64(h, 23) ^ t.Hash
		h *= 0xff51afd7ed558ccd
	}
	return h
}

// tokenRange returns the indexes [i, j) of the tokens inside sp.
func tokenRange(toks []analysis.Token, sp reprint.Span) (int, int) {
	i := sort.Search(len(toks), func(k int) bool { return toks[k].Span.Start >= sp.Start })
	j := sort.Search(len(toks), func(k int) bool { return toks[k].Span.End > sp.End })
	return i, max(i, j)
}

// mergeRewrite adds the rewrite aligner's passages to the verbatim ones.
// Where both apply, verbatim wins: a sentence unit of the rewrite alignment
// that overlaps a verbatim-aligner passage on either side is dropped, and
// each rewrite passage is rebuilt from its remaining units, split where a
// unit was dropped. It returns the merged list and the units kept.
func mergeRewrite(verbatim []reprint.Passage, rr rewrite.Result, sa, sb []reprint.Span) ([]reprint.Passage, []rewrite.SentencePair) {
	out := verbatim
	overlaps := func(sp reprint.Span, side func(reprint.Passage) reprint.Span) bool {
		for _, v := range verbatim {
			if side(v).Overlaps(sp) {
				return true
			}
		}
		return false
	}
	unitSpan := func(idx []int, sents []reprint.Span) reprint.Span {
		sp := sents[idx[0]]
		for _, k := range idx[1:] {
			sp = sp.Union(sents[k])
		}
		return sp
	}
	var kept []rewrite.SentencePair
	type group struct {
		a, b    reprint.Span
		score   float64
		n       int
		passage int
	}
	var cur *group
	flush := func() {
		if cur != nil {
			out = append(out, reprint.Passage{Kind: reprint.Rewrite, A: cur.a, B: cur.b, Score: cur.score / float64(cur.n)})
			cur = nil
		}
	}
	// Units come sorted by their first A sentence; a passage's units are
	// consecutive in that order.
	for _, u := range rr.Pairs {
		if u.Passage < 0 || len(u.A) == 0 || len(u.B) == 0 {
			continue
		}
		ua, ub := unitSpan(u.A, sa), unitSpan(u.B, sb)
		if overlaps(ua, func(p reprint.Passage) reprint.Span { return p.A }) ||
			overlaps(ub, func(p reprint.Passage) reprint.Span { return p.B }) {
			flush()
			continue
		}
		kept = append(kept, u)
		if cur != nil && cur.passage == u.Passage {
			cur.a, cur.b = cur.a.Union(ua), cur.b.Union(ub)
			cur.score += u.Score
			cur.n++
			continue
		}
		flush()
		cur = &group{a: ua, b: ub, score: u.Score, n: 1, passage: u.Passage}
	}
	flush()
	return out, kept
}

// coverageOf computes the coverages of both sides, verbatim passages first.
func coverageOf(ta, tb []analysis.Token, ps []reprint.Passage) Coverage {
	side := func(toks []analysis.Token, get func(reprint.Passage) reprint.Span) (all, verb float64) {
		var vs, rs []reprint.Span
		for _, p := range ps {
			if p.Kind == reprint.Verbatim {
				vs = append(vs, get(p))
			} else {
				rs = append(rs, get(p))
			}
		}
		if len(toks) == 0 {
			return 0, 0
		}
		v := inside(toks, vs)
		either := inside(toks, append(vs, rs...))
		return float64(either) / float64(len(toks)), float64(v) / float64(len(toks))
	}
	var c Coverage
	c.A, c.Verbatim.A = side(ta, func(p reprint.Passage) reprint.Span { return p.A })
	c.B, c.Verbatim.B = side(tb, func(p reprint.Passage) reprint.Span { return p.B })
	c.Rewrite.A = c.A - c.Verbatim.A
	c.Rewrite.B = c.B - c.Verbatim.B
	return c
}

// inside counts the tokens lying wholly inside any of spans.
func inside(toks []analysis.Token, spans []reprint.Span) int {
	spans = slices.Clone(spans)
	slices.SortFunc(spans, func(x, y reprint.Span) int { return x.Start - y.Start })
	n, j := 0, 0
	for _, t := range toks {
		for j < len(spans) && spans[j].End <= t.Span.Start {
			j++
		}
		// Spans may overlap; any span containing the token counts.
		for k := j; k < len(spans) && spans[k].Start <= t.Span.Start; k++ {
			if t.Span.End <= spans[k].End {
				n++
				break
			}
		}
	}
	return n
}

// termNorm is the Euclidean norm of terms weighted by idf.
func termNorm(terms []uint64, idf *rewrite.IDF) float64 {
	var s float64
	for _, t := range terms {
		w := float64(idf.Weight(t))
		s += w * w
	}
	return math.Sqrt(s)
}

// similarity is the cosine of the two documents' IDF-weighted term sets,
// the number of terms they share, and how many of those are names or
// figures (entity and number terms).
func similarity(a, b *doc, idf *rewrite.IDF) (sim float64, shared, facts int) {
	if a.norm == 0 || b.norm == 0 {
		return 0, 0, 0
	}
	var dot float64
	i, j := 0, 0
	for i < len(a.terms) && j < len(b.terms) {
		switch {
		case a.terms[i] < b.terms[j]:
			i++
		case a.terms[i] > b.terms[j]:
			j++
		default:
			w := float64(idf.Weight(a.terms[i]))
			dot += w * w
			shared++
			if k := rewrite.KindOf(a.terms[i]); k == rewrite.KindEntity || k == rewrite.KindNumber {
				facts++
			}
			i++
			j++
		}
	}
	return dot / (a.norm * b.norm), shared, facts
}

// sharedFacts returns how many facts (rewrite.Facts: figures and the
// words of names, a sentence's opening word a name only before another
// capitalised word) texts a and b share, a date's or a clock's numbers,
// weekdays and months, and the titles and offices before names left out
// (rewrite.CalendarNumber, rewrite.CalendarName, rewrite.Honorific,
// rewrite.Office): two unrelated stories of one Senegalese radio's
// week shared "15", "20", "2025" and "CFA", and nothing else; two of a
// Papua New Guinea radio's, "Mista" and the capitalised offices of two
// provincial advisers; two transcripts of one programme, their time
// codes; two wire stories of one evening's company results, "Chief
// Executive". names counts the same facts by the names they make: the shared
// figures, and the names whose words are shared, words that stand
// together in a run of capitals (rewrite.NamePhrases) being one name
// ("Meridian League" and "Denholme United" are two names of four facts).
// Facts in without (sorted) are not counted.
func (w *worker) sharedFacts(a string, sa []reprint.Span, b string, sb []reprint.Span, without []uint64) (facts, names int) {
	weak := func(id uint64) bool {
		_, own := slices.BinarySearch(without, id)
		return own || rewrite.CalendarNumber(id) || rewrite.CalendarName(id) || rewrite.Honorific(id) || rewrite.Office(id)
	}
	fa := slices.DeleteFunc(w.an.Facts(a, sa, nil), weak)
	fb := slices.DeleteFunc(w.an.Facts(b, sb, nil), weak)
	var shared []uint64
	for i, j := 0, 0; i < len(fa) && j < len(fb); {
		switch {
		case fa[i] < fb[j]:
			i++
		case fa[i] > fb[j]:
			j++
		default:
			shared = append(shared, fa[i])
			i++
			j++
		}
	}
	figures := 0
	for _, id := range shared {
		if rewrite.KindOf(id) == rewrite.KindNumber {
			figures++
		}
	}
	na := sharedNames(w.an.NamePhrases(a, sa, nil), shared)
	nb := sharedNames(w.an.NamePhrases(b, sb, nil), shared)
	return len(shared), figures + min(na, nb)
}

// sharedNames counts the names among phrases (rewrite.NamePhrases) whose
// words are among shared, sorted: the shared name facts joined when they
// stand in one phrase, counted as the groups they make (union-find).
func sharedNames(phrases [][]uint64, shared []uint64) int {
	parent := map[uint64]uint64{}
	var find func(x uint64) uint64
	find = func(x uint64) uint64 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, ph := range phrases {
		var first uint64
		seen := false
		for _, id := range ph {
			if _, ok := slices.BinarySearch(shared, id); !ok || rewrite.KindOf(id) != rewrite.KindEntity {
				continue
			}
			if _, ok := parent[id]; !ok {
				parent[id] = id
			}
			if !seen {
				first, seen = id, true
				continue
			}
			parent[find(id)] = find(first)
		}
	}
	n := 0
	for id := range parent {
		if find(id) == id {
			n++
		}
	}
	return n
}

// SharedCount returns |a ∩ b| of two sorted lists of distinct values.
func SharedCount(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// minNames is how many distinct names (entity terms) a text must hold
// for its capitals to be read as marking names: a news story in a script
// with capitals names its people and places, a dozen or more; one in
// Arabic script, Han or Devanagari has none but a stray Latin acronym.
// Where either side falls short, shared names and figures are not
// counted against the same story (judge.Evidence.Named).
const minNames = 5

// ContrastMinDocs: in a corpus of at least this many documents but fewer
// than rewrite.MinIDFDocs, whose document frequencies give no weights
// (every term weighs 1), a term found in every document is left out of
// the similarity of two articles in a script without capitals
// (contrastSimilarity). Four is the smallest folder in which a word
// common to all is likelier the language's than the story's: a story
// told three times and one unrelated article, or four tellings, whose
// own terms other pairs also share.
const ContrastMinDocs = 4

// contrastSimilarity is similarity with the terms of every document of
// a small corpus left out (ContrastMinDocs): the function words of a
// language without a stop list here (Pashto "د", "په", "چې"; Urdu "کے",
// "میں") are in every article of a folder, and two unrelated stories of
// one outlet share little else. Where capitals mark names the facts
// guard (judge.SameStoryMinFacts) does this work, and the story's own
// subject, which a folder of one story also holds in every article,
// keeps its weight; so it is read only where they do not. ok is false
// outside small corpora, where similarity stands.
//
// With keepFacts, names and figures (rewrite.KindEntity and KindNumber)
// keep their weight whatever their document frequency: for two articles
// where capitals mark names that share no passage, whose similarity the
// function words of a language without a stop list here make (Fijian
// "na", "ni", "e kaya o"), while the story's names, in every article of
// a folder of one story, still count.
func contrastSimilarity(a, b *doc, idf *rewrite.IDF, keepFacts bool) (sim float64, ok bool) {
	n := idf.Docs()
	if n < ContrastMinDocs || n >= rewrite.MinIDFDocs {
		return 0, false
	}
	weigh := func(t uint64) float64 {
		if idf.DF(t) >= n && !(keepFacts && (rewrite.KindOf(t) == rewrite.KindEntity || rewrite.KindOf(t) == rewrite.KindNumber)) {
			return 0
		}
		w := float64(idf.Weight(t))
		return w * w
	}
	var na, nb, dot float64
	for _, t := range a.terms {
		na += weigh(t)
	}
	for _, t := range b.terms {
		nb += weigh(t)
	}
	i, j := 0, 0
	for i < len(a.terms) && j < len(b.terms) {
		switch {
		case a.terms[i] < b.terms[j]:
			i++
		case a.terms[i] > b.terms[j]:
			j++
		default:
			dot += weigh(a.terms[i])
			i++
			j++
		}
	}
	if na == 0 || nb == 0 {
		return 0, true
	}
	return dot / math.Sqrt(na*nb), true
}

// named reports whether terms, sorted, hold at least minNames entity
// terms. A term's kind is its top bits, so they are one run of the
// sorted slice.
func named(terms []uint64) bool {
	lo, _ := slices.BinarySearch(terms, rewrite.TermID(rewrite.KindEntity, 0))
	hi, _ := slices.BinarySearch(terms, rewrite.TermID(rewrite.KindNumber, 0))
	return hi-lo >= minNames
}

// runShares returns, for each k of runKs, the share of ta's tokens inside
// a run of at least k tokens also found, word for word, in tb. A position
// lies in such a run exactly when one of the k-grams covering it occurs in
// tb, so this is a k-gram containment with coverage counted per word. The
// k-grams are hashed with a rolling polynomial hash (O(1) per position
// whatever k) into an open-addressing set reused between calls: linear in
// the two texts. Sorting and binary search here took 55% of a scan of the
// PAN documents.
//
// scale multiplies the run lengths of three words and more (runScale):
// a Chinese, Japanese or Korean character is a token of its own, half a
// word, so a run of eight words is one of sixteen tokens there.
func (w *worker) runShares(ta, tb []analysis.Token, scale int) [len(runKs)]float64 {
	var out [len(runKs)]float64
	if len(ta) == 0 {
		return out
	}
	for r, k := range runKs {
		if k > 1 {
			k *= scale
		}
		if len(ta) < k || len(tb) < k {
			continue
		}
		w.runs.reset(len(tb) - k + 1)
		for h := range rollingGrams(tb, k) {
			w.runs.add(h)
		}
		covered, reach, i := 0, 0, 0
		for h := range rollingGrams(ta, k) {
			if w.runs.has(h) {
				covered += i + k - max(i, reach)
				reach = i + k
			}
			i++
		}
		out[r] = float64(covered) / float64(len(ta))
	}
	return out
}

// runScale is how many tokens make a word in runs of both texts:
// analysis.CharsPerWord when at least half of each text's tokens are
// characters of Han, Kana or Hangul (analysis.CharToken), else 1. The
// relation thresholds were fitted on words (judge): a run of 32 such
// tokens is one sentence of Chinese, where 32 English words are two. The
// verbatim aligner's bounds in tokens scale the same way
// (align.Aligner.AlignScaled): before, two unrelated Lao agency stories
// shared a "passage" of some thirty characters.
func runScale(ta string, toksA []analysis.Token, tb string, toksB []analysis.Token) int {
	if charTokenShare(ta, toksA) >= 0.5 && charTokenShare(tb, toksB) >= 0.5 {
		return analysis.CharsPerWord
	}
	return 1
}

// charTokenShare is the share of toks that are a character of text
// tokenized one at a time (analysis.CharToken).
func charTokenShare(text string, toks []analysis.Token) float64 {
	if len(toks) == 0 {
		return 0
	}
	n := 0
	for _, t := range toks {
		if t.Span.Start < len(text) {
			if r, _ := utf8.DecodeRuneInString(text[t.Span.Start:]); analysis.CharToken(r) {
				n++
			}
		}
	}
	return float64(n) / float64(len(toks))
}

// runKs are the run lengths judge.Side reports: Run1 (the words whose
// word occurs in the other text at all), Run3, Run8, Run32.
var runKs = [...]int{1, 3, 8, 32}

// rollingBase is the multiplier of the rolling k-gram hash; odd, so that
// multiplication is invertible modulo 2⁶⁴, and with well-mixed bits.
const rollingBase = 0x9E3779B97F4A7C15

// rollingGrams yields the hash of every k-gram of toks, in order:
// Σ hᵢ·B^(k−1−i) over the gram's token hashes, modulo 2⁶⁴, updated in O(1)
// per step.
func rollingGrams(toks []analysis.Token, k int) func(yield func(uint64) bool) {
	return func(yield func(uint64) bool) {
		var h, top uint64 = 0, 1
		for range k - 1 {
			top *= rollingBase
		}
		for i, t := range toks {
			if i >= k {
				h -= toks[i-k].Hash * top
			}
			h = h*rollingBase + t.Hash
			if i >= k-1 && !yield(h) {
				return
			}
		}
	}
}

// hashSet is an open-addressing set of 64-bit hashes with linear probing,
// reused between calls. Zero marks an empty slot, so the hash 0 is stored
// as 1 (a collision with probability 2⁻⁶⁴).
type hashSet struct {
	slots []uint64
	mask  uint64
}

// reset empties the set and sizes it for n hashes at most half full.
func (s *hashSet) reset(n int) {
	size := 16
	for size < 2*n {
		size *= 2
	}
	if cap(s.slots) >= size {
		s.slots = s.slots[:size]
		clear(s.slots)
	} else {
		s.slots = make([]uint64, size)
	}
	s.mask = uint64(size - 1)
}

func (s *hashSet) add(h uint64) {
	h = max(h, 1)
	for i := (h * rollingBase) >> 7 & s.mask; ; i = (i + 1) & s.mask {
		switch s.slots[i] {
		case 0:
			s.slots[i] = h
			return
		case h:
			return
		}
	}
}

func (s *hashSet) has(h uint64) bool {
	h = max(h, 1)
	for i := (h * rollingBase) >> 7 & s.mask; ; i = (i + 1) & s.mask {
		switch s.slots[i] {
		case 0:
			return false
		case h:
			return true
		}
	}
}

// formFilled reports whether the passages between texts a and b are one
// form filled in twice: the figures inside them (facts of kind number,
// as sharedFacts reads them: calendar numbers aside) are at least
// formMinFigures on each side, and the two sides share at most
// formSharedFigures of them. A results notice's declaration ("I, the
// undersigned, being the Returning Officer at the election of a District
// Councillor for the … ward, do hereby give notice that the number of
// votes recorded for each candidate was as follows") is its council's
// template: two notices share its words word for word, each with its own
// votes, turnout and ballots. A copy or a rewrite carries its source's
// figures with its words.
func (w *worker) formFilled(a, b string, ps []reprint.Passage) bool {
	sa := make([]reprint.Span, len(ps))
	sb := make([]reprint.Span, len(ps))
	for i, p := range ps {
		sa[i], sb[i] = p.A, p.B
	}
	figures := func(f []uint64) []uint64 {
		return slices.DeleteFunc(f, func(id uint64) bool {
			return rewrite.KindOf(id) != rewrite.KindNumber || rewrite.CalendarNumber(id)
		})
	}
	fa := figures(w.an.Facts(a, sa, nil))
	fb := figures(w.an.Facts(b, sb, nil))
	if min(len(fa), len(fb)) < formMinFigures {
		return false
	}
	shared := 0
	for _, f := range fa {
		if _, ok := slices.BinarySearch(fb, f); ok {
			shared++
		}
	}
	return float64(shared) <= formSharedFigures*float64(min(len(fa), len(fb)))
}

// formMinFigures and formSharedFigures: a form's passages hold at least
// six figures on each side (a notice's votes, turnout and ballots) and
// share at most a quarter of them. Over the story sets' related pairs
// whose passages hold three figures or more on each side, every pair
// but two notices of one council's by-elections (10 and 8 figures, none
// shared) shares at least half (the statistics reports' quotations of
// one release, 4 or 5 figures, share 1: under the six).
const (
	formMinFigures    = 6
	formSharedFigures = 0.25
)
