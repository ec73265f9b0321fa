package detect

import (
	"slices"

	"github.com/reprint/reprint/shingle"
)

// The phrase check
//
// Two winnowed 5-word fingerprints are enough to make a candidate
// (DefaultMinSharedFingerprints), and one shared phrase of six words
// gives two: "said in a statement on Monday that" meets unrelated news
// stories by chance, and the more articles an archive holds, the more such
// meetings each new one has. At 700,000 generated news articles, 94% of a
// check's alignment work went to candidates that shared exactly two
// fingerprints and nothing else, and all but a handful came out unrelated
// (BENCHMARKS.md, "Where a check's time goes as the archive grows").
//
// Reuse leaves more than one phrase behind: around a copied or reworded
// sentence, the two texts share further word 3-grams — the verbatim
// aligner's exact seeds (align.DefaultExactN) — close together. So a
// candidate that the fingerprint signal proposed alone and only just
// (PhraseOnly) is aligned only when some window of PhraseWindow tokens of
// it holds at least PhraseGrams word 3-grams of the other text (Near). A
// six-word phrase gives four; a sentence of reuse around it gives more.
// The check reads tokens only: no stems, sentences or alignment, which is
// what it saves on the candidates it turns away.

const (
	// DefaultPhraseWindow is the window, in tokens, in which PhraseGrams
	// shared word 3-grams must lie: about two news sentences, the span of
	// the verbatim aligner's smallest passage (align.DefaultMinTokens 25)
	// with its gap (align.DefaultMaxGap 32) about it.
	DefaultPhraseWindow = 50

	// DefaultPhraseGrams is how many word 3-grams of the other text a
	// window must hold. Measured on the candidates of exactly two
	// fingerprints and nothing else (BENCHMARKS.md, "The phrase check"):
	// with 6, of 7,769 such candidates on pan13-train (src + susp added
	// to an archive) all 25 that come out rewrites are kept (they hold 8
	// or more) and 1 of 159 same-story pairs is lost, while 4,731 of the
	// 7,585 that come out unrelated are turned away; on 1,200 checks of
	// generated news against 100,000 archived articles, 1,709 of 1,765,
	// none of them related. 7 would turn away 6,712 of PAN's unrelated
	// ones but lose 10 same-story pairs.
	DefaultPhraseGrams = 6

	// phraseN is the gram length, the verbatim aligner's exact seed.
	phraseN = 3
)

// PhraseOnly reports whether votes v are the fingerprint signal's alone,
// at exactly MinSharedFingerprints, the others below their thresholds:
// the candidates the phrase check looks at before they are aligned.
func (d *Detector) PhraseOnly(v Votes) bool {
	o := &d.opts
	return o.PhraseGrams > 0 && v.Same == 0 && v.Fingerprints == o.MinSharedFingerprints &&
		v.Bags < o.MinSharedBags && v.Terms < o.MinSharedTerms
}

// Grams are the word 3-grams of one document, against which others are
// checked with Near. It is read-only once made: Workers on several
// goroutines may share it.
type Grams struct {
	set hashSet
}

// Grams returns the word 3-grams of d, which needs only its tokens (any
// Doc: Read, ReadWords, ReadForPairing or Analyze).
func (wk *Worker) Grams(d *Doc) *Grams {
	w := wk.w
	w.sh = shingle.Values(d.doc.toks, phraseN, w.sh[:0])
	g := &Grams{}
	g.set.reset(len(w.sh))
	for _, h := range w.sh {
		g.set.add(h)
	}
	return g
}

// Near reports whether some window of PhraseWindow tokens of d holds at
// least PhraseGrams of g's word 3-grams: whether a candidate that shares
// one phrase with g's document shares more than that phrase (see "The
// phrase check"). d needs only its tokens. The check looks at windows of
// d only, so every path takes g of the earlier document of the pair (A:
// first in input order, or first archived) and d the later, and gives
// the same answer for the same pair.
func (wk *Worker) Near(g *Grams, d *Doc) bool {
	o := &wk.d.opts
	w := wk.w
	w.sh = shingle.Values(d.doc.toks, phraseN, w.sh[:0])
	// pos holds the starts of the shared grams of the current window.
	pos := w.near[:0]
	defer func() { w.near = pos[:0] }()
	j := 0
	for i, h := range w.sh {
		if !g.set.has(h) {
			continue
		}
		pos = append(pos, i)
		for i-pos[j] >= o.PhraseWindow {
			j++
		}
		if len(pos)-j >= o.PhraseGrams {
			return true
		}
	}
	return false
}

// ReadWords analyses text as far as its tokens (no keys, no terms): what
// Grams and Near need. ReadForPairingFrom finishes what it began.
func (wk *Worker) ReadWords(text string) *Doc {
	return wk.readWords(storyPart(text))
}

// readWords is ReadWords of a text already cut to its storyPart.
func (wk *Worker) readWords(text string) *Doc {
	w := wk.w
	w.toks = w.tk.Tokenize(text, w.toks[:0])
	return &Doc{text: text, doc: doc{toks: slices.Clone(w.toks)}, words: true}
}
