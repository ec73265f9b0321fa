package detect

import (
	"fmt"
	"github.com/reprint/reprint/pressrelease"
	"slices"

	"github.com/reprint/reprint/rewrite"
	"github.com/reprint/reprint/sentence"
	"github.com/reprint/reprint/shingle"
	"github.com/reprint/reprint/winnow"
)

// One document at a time
//
// Run holds a whole corpus. An archive cannot: it keeps each document's
// keys in a store, finds candidates by counting votes over the stored
// posting lists, and aligns a candidate pair by analysing the two texts
// again. A Worker is that path. Keys gives what the store keeps; the vote
// thresholds are the same as Run's (Votes.Candidate); Analyze and Pair
// align and judge one pair exactly as Run does, given the same IDF.

// Keys are the candidate-signal keys of one document: what an archive
// keeps of it besides its text. Each list is distinct and sorted.
type Keys struct {
	// Words is the number of word tokens.
	Words int
	// Sum hashes the token stream: equal sums (and word counts) mean the
	// same words.
	Sum uint64
	// Fingerprints are the winnowed 5-shingle hashes.
	Fingerprints []uint64
	// Bags are the winnowed content-word pair hashes.
	Bags []uint64
	// Terms are the distinct content terms (rewrite.Analyzer.Terms); nil
	// in VerbatimOnly mode. The rarest of them (TopTerms) are the rewrite
	// signal, and all of them count in the IDF.
	Terms []uint64
}

// Votes are what one document pair shares, per candidate signal.
type Votes struct {
	Fingerprints, Bags, Terms int
	// Same counts a shared token stream (equal Keys.Sum and Words).
	Same int
}

// Candidate reports whether votes make a candidate pair under d's
// thresholds: one shared LSH band or the same token stream, or at least
// MinSharedFingerprints, MinSharedBags or MinSharedTerms (of the top terms)
// shared keys.
func (d *Detector) Candidate(v Votes) bool {
	return v.Same > 0 || v.Fingerprints >= d.opts.MinSharedFingerprints ||
		v.Bags >= d.opts.MinSharedBags || v.Terms >= d.opts.MinSharedTerms
}

// Promising reports whether a candidate of votes v is worth aligning:
// unless the rare-term signal proposed it alone with fewer than
// MinTermsAlone shared top terms (see DefaultMinTermsAlone).
func (d *Detector) Promising(v Votes) bool {
	o := &d.opts
	alone := v.Same == 0 && v.Fingerprints == 0 && 2*v.Bags <= o.MinSharedBags
	return !alone || o.MinTermsAlone < 0 || v.Terms >= o.MinTermsAlone
}

// Options returns d's options with defaults filled in.
func (d *Detector) Options() Options { return d.opts }

// TopTerms returns the document's rewrite-signal keys: its DefaultTopTerms
// rarest terms of document frequency 2 to MaxPostingDocs under idf, sorted
// — the keys Run's rewrite signal counts.
func (d *Detector) TopTerms(terms []uint64, idf *rewrite.IDF) []uint64 {
	return topTerms(terms, idf, d.opts.TopTerms, d.opts.MaxPostingDocs)
}

// Worker analyses and aligns documents one at a time. It holds scratch
// state: it is not safe for concurrent use; make one per goroutine.
type Worker struct {
	d *Detector
	w *worker
}

// NewWorker returns a Worker of d.
func (d *Detector) NewWorker() (*Worker, error) {
	al, err := newWorker(d.opts)
	if err != nil {
		return nil, err
	}
	return &Worker{d: d, w: al}, nil
}

// newWorker returns the scratch state of one goroutine.
func newWorker(opts Options) (*worker, error) {
	al, err := alignNew(opts)
	if err != nil {
		return nil, err
	}
	rw, err := rewrite.New(opts.Rewrite)
	if err != nil {
		return nil, fmt.Errorf("detect: %w", err)
	}
	return &worker{al: al, rw: rw, an: rewrite.NewAnalyzer(), set: make(map[uint64]struct{})}, nil
}

// Keys returns the keys of text. The slices are new: the caller owns them.
func (wk *Worker) Keys(text string) Keys {
	dc := wk.d.analyzeOne(wk.w, storyPart(text))
	return dc.keys()
}

// Keys returns the keys of the analysed document, as Worker.Keys gives
// them for its text. The slices belong to the Doc.
func (d *Doc) Keys() Keys { return d.doc.keys() }

func (dc *doc) keys() Keys {
	return Keys{
		Words:        len(dc.toks),
		Sum:          dc.sum,
		Fingerprints: dc.fps,
		Bags:         dc.bags,
		Terms:        dc.terms,
	}
}

// Doc is one document analysed for alignment: its tokens, sentences,
// terms and, under an IDF, its prepared sentence features.
type Doc struct {
	text string
	doc  doc
	idf  *rewrite.IDF
	// pre: the sentence features prepared without an IDF
	// (ReadForPairing), for Prepare to reweigh.
	pre *rewrite.Doc
	// words: read by ReadWords, tokens only (no keys yet).
	words bool
}

// Text returns the document's text.
func (d *Doc) Text() string { return d.text }

// Words returns the document's number of word tokens.
func (d *Doc) Words() int { return len(d.doc.toks) }

// Terms returns the document's distinct content terms, sorted; nil in
// VerbatimOnly mode. The slice belongs to the Doc.
func (d *Doc) Terms() []uint64 { return d.doc.terms }

// Bytes is about how much memory d holds (the text is not counted: the
// caller holds it): what a cache of analysed documents counts against its
// budget. Its tokens take most of it, 24 bytes a word.
func (d *Doc) Bytes() int {
	dc := &d.doc
	n := len(dc.toks)*24 + (len(dc.fps)+len(dc.bags)+len(dc.terms))*8 + len(dc.sents)*16 + 256
	if dc.rw != nil {
		n += dc.rw.Bytes()
	}
	return n
}

// Analyze analyses text for alignment under idf, which must hold the
// document frequencies of the text's terms (and of every document it will
// be paired with); nil in VerbatimOnly mode. It is ReadForPairing then
// Prepare: the text's sentences are read once for both its terms and its
// prepared features, where Read then Prepare would read them twice; the
// Doc is the same (TestWorkerAnalyze).
func (wk *Worker) Analyze(text string, idf *rewrite.IDF) *Doc {
	return wk.Prepare(wk.ReadForPairing(text), idf)
}

// ReadForPairing is Read for a text that will be paired: it prepares the
// text's sentence features once, without an IDF, takes its terms from
// them, and leaves Prepare to weigh them (rewrite.Doc.Reweigh) rather than
// read the sentences again — unless which words count depends on the IDF
// (rewrite.Doc.ByIDF, TestReweighByIDF), when Prepare reads them again
// under it. For a text that may never be paired, Read costs less.
func (wk *Worker) ReadForPairing(text string) *Doc {
	return wk.readForPairing(storyPart(text))
}

// readForPairing is ReadForPairing of a text already cut to its
// storyPart (Run cuts its texts once, before their keys).
func (wk *Worker) readForPairing(text string) *Doc {
	if wk.d.opts.Mode == VerbatimOnly {
		return wk.read(text)
	}
	return wk.ReadForPairingFrom(wk.readWords(text))
}

// ReadForPairingFrom is ReadForPairing of the text that ReadWords read
// into d: it adds what ReadForPairing adds to the tokens, and returns a
// new Doc (d is not changed).
func (wk *Worker) ReadForPairingFrom(d *Doc) *Doc {
	text, dc := d.text, d.doc
	if d.words {
		dc = wk.d.withKeys(wk.w, dc)
	}
	if wk.d.opts.Mode == VerbatimOnly {
		return &Doc{text: text, doc: dc}
	}
	dc.sents = sentence.Split(text, nil)
	rd := wk.w.rw.Prepare(text, dc.sents, nil)
	if rd.Whole() {
		dc.terms = rd.Terms()
	} else {
		dc.terms = wk.w.an.Terms(text, dc.sents, nil)
	}
	return &Doc{text: text, doc: dc, pre: rd}
}

// Read analyses text for its keys and terms only, without the prepared
// sentence features Pair needs: what a search for candidates reads. Pass
// the Doc to Prepare before pairing it.
func (wk *Worker) Read(text string) *Doc {
	return wk.read(storyPart(text))
}

// read is Read of a text already cut to its storyPart.
func (wk *Worker) read(text string) *Doc {
	return &Doc{text: text, doc: wk.d.analyzeOne(wk.w, text)}
}

// Prepare returns d ready for Pair under idf (see Analyze): a new Doc
// sharing d's analysis, with its sentence features weighted by idf (d's
// own reweighed, when ReadForPairing prepared them). d is not changed.
func (wk *Worker) Prepare(d *Doc, idf *rewrite.IDF) *Doc {
	dc := d.doc
	if wk.d.opts.Mode != VerbatimOnly {
		if idf == nil {
			idf = rewrite.NewIDF()
		}
		dc.norm = termNorm(dc.terms, idf)
		if d.pre != nil && !d.pre.ByIDF() {
			dc.rw = d.pre.Reweigh(idf)
		} else {
			dc.rw = wk.w.rw.Prepare(d.text, dc.sents, idf)
		}
	} else {
		idf = nil
	}
	return &Doc{text: d.text, doc: dc, idf: idf}
}

// Pair aligns a and b and judges them as Run does; nil when they are
// unrelated. The Pair's A is 0 (a) and B is 1 (b). Both documents must
// have been analysed under the same IDF.
func (wk *Worker) Pair(a, b *Doc) *Pair {
	texts := []string{a.text, b.text}
	docs := []doc{a.doc, b.doc}
	return wk.d.pair(wk.w, texts, docs, 0, 1, a.idf)
}

// SharedFacts counts the facts texts a and b share and the names they
// make, as the same-story test reads them (judge.Evidence.SharedFacts and
// SharedNames), but for the facts of the names in without: the names of
// the two articles' publishers, which an outlet prints in every story
// (its sign-off, its self-references) and a copy of one carries.
func (wk *Worker) SharedFacts(a, b string, without ...string) (facts, names int) {
	var own []uint64
	for _, n := range without {
		own = wk.w.an.NameFacts(n, own)
	}
	slices.Sort(own)
	return wk.w.sharedFacts(a, sentence.Split(a, nil), b, sentence.Split(b, nil), own)
}

// analyzeOne is the per-document part of analyze: tokens, fingerprints,
// bags, sum and (unless VerbatimOnly) sentences and terms.
func (d *Detector) analyzeOne(w *worker, text string) doc {
	dc := d.analyzeBase(w, text)
	if d.opts.Mode != VerbatimOnly {
		dc.sents = sentence.Split(text, nil)
		dc.terms = w.an.Terms(text, dc.sents, nil)
	}
	return dc
}

// analyzeBase is analyzeOne without sentences and terms.
func (d *Detector) analyzeBase(w *worker, text string) doc {
	w.toks = w.tk.Tokenize(text, w.toks[:0])
	return d.withKeys(w, doc{toks: slices.Clone(w.toks)})
}

// storyPart is the part of text that detection reads, at every entry
// (Run, Keys, Read, ReadWords): all of it, but for a press release's
// notes to editors (pressrelease.Notes), the issuer's boilerplate, which
// two releases of one organisation share word for word whatever their
// stories. A prefix, so every span into it is a span into text.
func storyPart(text string) string {
	if start, ok := pressrelease.Notes(text); ok && start > 0 {
		return text[:start]
	}
	return text
}

// withKeys returns dc with the verbatim keys of its tokens: fingerprints,
// content-word pairs and the stream's sum.
func (d *Detector) withKeys(w *worker, dc doc) doc {
	w.sh = shingle.Values(dc.toks, shingle.K, w.sh[:0])
	w.fp = winnow.Select(w.sh, winnow.DefaultWindow, w.fp[:0])
	fps := make([]uint64, len(w.fp))
	for j, f := range w.fp {
		fps[j] = f.Hash
	}
	slices.Sort(fps)
	w.bag = bagValues(dc.toks, d.stop, w.bag[:0])
	w.fp = winnow.Select(w.bag, winnow.DefaultWindow, w.fp[:0])
	bags := make([]uint64, len(w.fp))
	for j, f := range w.fp {
		bags[j] = f.Hash
	}
	slices.Sort(bags)
	dc.fps, dc.bags, dc.sum = slices.Compact(fps), slices.Compact(bags), tokenSum(dc.toks)
	return dc
}

// storyParts returns texts with each one's storyPart, in a new slice
// when any is cut.
func storyParts(texts []string) []string {
	out := texts
	for i, t := range texts {
		if s := storyPart(t); len(s) != len(t) {
			if &out[0] == &texts[0] {
				out = slices.Clone(texts)
			}
			out[i] = s
		}
	}
	return out
}
