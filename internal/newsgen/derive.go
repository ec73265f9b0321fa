package newsgen

import (
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
)

// sentRef is a sentence of an article and the paragraph it is in.
type sentRef struct {
	para int
	toks []string
}

func flatten(paras [][][]string) []sentRef {
	var out []sentRef
	for pi, p := range paras {
		for _, s := range p {
			out = append(out, sentRef{pi, s})
		}
	}
	return out
}

// regroup puts sentences back into paragraphs where their paragraph number
// changes.
func regroup(sents []sentRef) [][][]string {
	var out [][][]string
	for i, s := range sents {
		if i == 0 || s.para != sents[i-1].para {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], s.toks)
	}
	return out
}

// copyOf makes a the source's text, with maybe a new title and a credit line.
func (g *Generator) copyOf(a, src *Article, r *rand.Rand, w *walker) {
	a.Share = 1
	a.Title = src.Title
	if r.Float64() < CopyNewTitleProb {
		a.Title = joinTokens(title(w))
	}
	a.paras = src.paras
	if r.Float64() < CopyCreditProb {
		site := strings.Fields(src.Site)
		if r.IntN(2) == 0 {
			line := append([]string{"Source:"}, site...)
			line[len(line)-1] += "."
			a.paras = append([][][]string{{line}}, a.paras...)
		} else {
			line := append([]string{"First", "published", "by"}, site...)
			line[len(line)-1] += "."
			a.paras = append(slices.Clip(a.paras), [][]string{line})
		}
	}
}

// partialOf plants passages of the source in a new filler article.
func (g *Generator) partialOf(a, src *Article, r *rand.Rand, w *walker) {
	a.Title = joinTokens(title(w))
	sents := flatten(src.paras)
	total := countWords(src.paras)
	share := MinPartialShare + r.Float64()*(MaxPartialShare-MinPartialShare)
	m := 1 + r.IntN(MaxPassages)
	if len(sents) < 3*m {
		m = 1
	}
	per := max(1, int(share*float64(total))/m)
	seg := len(sents) / m
	runs := make([][]sentRef, 0, m)
	for k := range m {
		lo, hi := k*seg, (k+1)*seg
		if k == m-1 {
			hi = len(sents)
		}
		// Starts whose run of ≥ per words ends inside the segment.
		var starts, ends []int
		for s := lo; s < hi; s++ {
			n, e := 0, s
			for e < hi && n < per {
				n += len(sents[e].toks)
				e++
			}
			if n < per {
				break
			}
			starts, ends = append(starts, s), append(ends, e)
		}
		if len(starts) == 0 {
			starts, ends = []int{lo}, []int{hi}
		}
		c := r.IntN(len(starts))
		runs = append(runs, sents[starts[c]:ends[c]])
	}
	// Whole sentences overshoot: trim the longest run until the share is
	// within bounds (a run keeps one sentence).
	planted := 0
	for _, run := range runs {
		planted += sentWords(run)
	}
	for float64(planted) > MaxPartialShare*float64(total) {
		longest := 0
		for k, run := range runs {
			if sentWords(run) > sentWords(runs[longest]) {
				longest = k
			}
		}
		run := runs[longest]
		if len(run) >= 2 {
			planted -= len(run[len(run)-1].toks)
			runs[longest] = run[:len(run)-1]
			continue
		}
		// One long sentence: cut it short.
		toks := run[0].toks
		keep := len(toks) - (planted - int(MaxPartialShare*float64(total)))
		if keep < MinSentenceWords || keep >= len(toks) {
			break
		}
		cut := append([]string(nil), toks[:keep]...)
		cut[keep-1] = endSentence(cut[keep-1])
		planted -= len(toks) - keep
		runs[longest] = []sentRef{{run[0].para, cut}}
	}
	groups := make([][][][]string, 0, m)
	for _, run := range runs {
		ps := regroup(run)
		groups = append(groups, ps)
		a.Passages = append(a.Passages, render(ps))
	}
	a.Share = float64(planted) / float64(max(total, 1))
	filler := fillerParas(w, max(targetWords(r)-planted, (planted+1)/2))
	a.paras = insertGroups(r, filler, groups)
}

// lightOf makes a light rewrite of the source.
func (g *Generator) lightOf(a, src *Article, r *rand.Rand) {
	rate := LightEditMin + r.Float64()*(LightEditMax-LightEditMin)
	a.Title = joinTokens(g.edit(r, strings.Fields(src.Title), rate))
	sents := flatten(src.paras)
	total := countWords(src.paras)
	kept := make([]sentRef, 0, len(sents))
	dropped := 0
	for _, s := range sents {
		if r.Float64() < LightDropProb && float64(dropped+len(s.toks)) <= LightMaxDrop*float64(total) {
			dropped += len(s.toks)
			continue
		}
		kept = append(kept, s)
	}
	if len(kept) == 0 {
		kept = append(kept, sents[0])
	}
	a.Share = float64(sentWords(kept)) / float64(max(total, 1))
	for i := 0; i+1 < len(kept); i++ {
		if kept[i].para == kept[i+1].para && r.Float64() < LightSwapProb {
			kept[i], kept[i+1] = kept[i+1], kept[i]
			i++
		}
	}
	for i := range kept {
		kept[i].toks = g.edit(r, kept[i].toks, rate)
		fixCase(kept[i].toks)
	}
	a.paras = regroup(kept)
}

// heavyOf makes a heavy rewrite of the source.
func (g *Generator) heavyOf(a, src *Article, r *rand.Rand, w *walker) {
	rate := HeavyEditMin + r.Float64()*(HeavyEditMax-HeavyEditMin)
	a.Title = joinTokens(title(w))
	sents := flatten(src.paras)
	total := countWords(src.paras)
	var kept [][]string
	dropped := 0
	for _, s := range sents {
		if r.Float64() < HeavyDropProb && float64(dropped+len(s.toks)) <= HeavyMaxDrop*float64(total) {
			dropped += len(s.toks)
			continue
		}
		kept = append(kept, s.toks)
	}
	if len(kept) == 0 {
		kept = append(kept, sents[0].toks)
	}
	n := 0
	for _, s := range kept {
		n += len(s)
	}
	a.Share = float64(n) / float64(max(total, 1))

	// Split at clause boundaries.
	var split [][]string
	for _, s := range kept {
		if r.Float64() < HeavySplitProb {
			if x, y, ok := splitClause(s); ok {
				split = append(split, x, y)
				continue
			}
		}
		split = append(split, s)
	}
	// Merge short neighbours.
	var merged [][]string
	for i := 0; i < len(split); i++ {
		if i+1 < len(split) && len(split[i]) <= 18 && len(split[i+1]) <= 18 && r.Float64() < HeavyMergeProb {
			if m, ok := g.mergeSentences(split[i], split[i+1]); ok {
				merged = append(merged, m)
				i++
				continue
			}
		}
		merged = append(merged, split[i])
	}
	// Shuffle within a window.
	keys := make([]float64, len(merged))
	order := make([]int, len(merged))
	for i := range merged {
		keys[i] = float64(i) + r.Float64()*HeavyShuffleWindow
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int {
		switch {
		case keys[x] < keys[y]:
			return -1
		case keys[x] > keys[y]:
			return 1
		}
		return 0
	})
	// Edit and regroup into new paragraphs.
	var paras [][][]string
	left := 0
	for _, i := range order {
		if left == 0 {
			paras = append(paras, nil)
			left = MinParaSentences + r.IntN(MaxParaSentences-MinParaSentences+1)
		}
		s := g.edit(r, merged[i], rate)
		fixCase(s)
		paras[len(paras)-1] = append(paras[len(paras)-1], s)
		left--
	}
	a.paras = paras
}

func sentWords(s []sentRef) int {
	n := 0
	for _, x := range s {
		n += len(x.toks)
	}
	return n
}

// splitClause splits a sentence at the comma or semicolon nearest its
// middle with at least four words on each side; a conjunction after the
// break is dropped.
func splitClause(s []string) (x, y []string, ok bool) {
	best := -1
	for i := 3; i < len(s)-4; i++ {
		if strings.HasSuffix(s[i], ",") || strings.HasSuffix(s[i], ";") {
			if best < 0 || abs(i-len(s)/2) < abs(best-len(s)/2) {
				best = i
			}
		}
	}
	if best < 0 {
		return nil, nil, false
	}
	x = append([]string(nil), s[:best+1]...)
	x[best] = strings.TrimRight(x[best], ",;") + "."
	rest := s[best+1:]
	if _, w, _ := core(rest[0]); len(rest) > 4 && conjunctions[strings.ToLower(w)] {
		rest = rest[1:]
	}
	y = append([]string(nil), rest...)
	y[0] = setFirstCase(y[0], true)
	return x, y, true
}

var conjunctions = map[string]bool{"and": true, "but": true, "while": true, "which": true, "so": true, "whereas": true}

// mergeSentences joins two sentences with ", and".
func (g *Generator) mergeSentences(x, y []string) ([]string, bool) {
	last := x[len(x)-1]
	if !strings.HasSuffix(last, ".") || strings.HasSuffix(last, "..") {
		return nil, false
	}
	m := make([]string, 0, len(x)+len(y)+1)
	m = append(m, x...)
	m[len(m)-1] = strings.TrimSuffix(last, ".") + ","
	m = append(m, "and")
	first := y[0]
	if _, w, _ := core(first); w != "" && g.chain.band[strings.ToLower(w)] > 0 && w != "I" {
		// A word seen in lower case in the pool: not a name.
		first = setFirstCase(first, false)
	}
	m = append(m, first)
	m = append(m, y[1:]...)
	return m, true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// edit returns toks with word edits at the given rate: each token is,
// with probability rate, substituted, deleted or preceded by an inserted
// word. Tokens with punctuation around them are substituted rather than
// deleted, so sentences keep their stops and quotes.
func (g *Generator) edit(r *rand.Rand, toks []string, rate float64) []string {
	out := make([]string, 0, len(toks)+len(toks)/8+1)
	for k, t := range toks {
		if r.Float64() >= rate {
			out = append(out, t)
			continue
		}
		u := r.Float64()
		lead, word, trail := core(t)
		switch {
		case word == "":
			out = append(out, t)
		case u < DeleteWeight && k > 0 && lead == "" && trail == "" && len(toks) > 3:
			// deleted
		case u >= SubstituteWeight+DeleteWeight && k > 0:
			out = append(out, g.chain.unigramWord(r), t)
		default:
			out = append(out, lead+g.replaceWord(r, word)+trail)
		}
	}
	if len(out) == 0 {
		return append(out, toks...)
	}
	return out
}

// replaceWord substitutes a word: numbers get other digits, words a pool
// word of the same frequency band, capitalised like the word.
func (g *Generator) replaceWord(r *rand.Rand, word string) string {
	if strings.IndexFunc(word, unicode.IsDigit) >= 0 {
		b := []rune(word)
		for i, c := range b {
			if unicode.IsDigit(c) {
				b[i] = rune('0' + r.IntN(10))
			}
		}
		return string(b)
	}
	rep := g.chain.substitute(r, word)
	if capitalized(word) {
		rep = setFirstCase(rep, true)
	}
	return rep
}

// fixCase capitalises a sentence's first word.
func fixCase(s []string) {
	if len(s) > 0 {
		s[0] = setFirstCase(s[0], true)
	}
}

// insertGroups inserts each group of paragraphs, in order, at random
// paragraph boundaries of base; a group stays together.
func insertGroups(r *rand.Rand, base [][][]string, groups [][][][]string) [][][]string {
	if len(groups) == 0 {
		return base
	}
	slots := make([]int, len(groups))
	for k := range slots {
		slots[k] = r.IntN(len(base) + 1)
	}
	sortInts(slots)
	out := make([][][]string, 0, len(base)+len(groups)*2)
	k := 0
	for i := 0; i <= len(base); i++ {
		for k < len(groups) && slots[k] == i {
			out = append(out, groups[k]...)
			k++
		}
		if i < len(base) {
			out = append(out, base[i])
		}
	}
	return out
}
