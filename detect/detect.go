package detect

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/align"
	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/judge"
	"github.com/reprint/reprint/rewrite"
	"github.com/reprint/reprint/sentence"
	"github.com/reprint/reprint/winnow"
)

const (
	// DefaultMinSharedFingerprints is how many winnowed fingerprints two
	// documents must share to become a candidate pair. One shared
	// fingerprint is one shared 5-word phrase, which stock phrases of news
	// ("the white house said on") produce between unrelated stories; two
	// in the same pair are already rare by chance, and the aligner's own
	// minimum length throws out what remains.
	DefaultMinSharedFingerprints = 2

	// DefaultMinSharedBags is how many winnowed content-word pairs two
	// documents must share to become a candidate: the passage-level signal
	// for obfuscated and translated reuse, whose word 5-grams are broken.
	// See BENCHMARKS.md ("candidates") for the measurement.
	DefaultMinSharedBags = 4

	// DefaultMaxPostingDocs caps the documents one fingerprint or term may
	// link. A key in more documents than this is boilerplate, a common word
	// or a wire story syndicated that widely; its m(m−1)/2 votes would
	// dominate the cost. Those pairs still become candidates through their
	// other keys.
	DefaultMaxPostingDocs = 200

	// DefaultTopTerms is how many of a document's rarest content terms
	// (stems, names, numbers, quoted words with a document frequency of at
	// least 2) go into the rewrite signal's inverted index. A rewrite keeps
	// the names, places and figures of its source while changing the
	// words around them, so the rare terms are what survives.
	DefaultTopTerms = 40

	// DefaultMinSharedTerms is how many of those top terms two documents
	// must share to become a rewrite candidate. See the measurements in
	// BENCHMARKS.md ("rewrite candidates").
	DefaultMinSharedTerms = 4

	// DefaultAllPairsWork: a corpus whose pairs, times its mean length in
	// words, number no more than this is aligned pair by pair without
	// candidate generation. Candidates cost recall on heavy rewrites,
	// whose shared terms are the topic's, not rare ones; aligning every
	// pair of a small corpus costs little because the aligners dismiss
	// unrelated pairs early. Measured (2 cores): the 100 Clough–Stevenson
	// texts, 4,950 pairs of 230 words (1.1M), 0.74 s against 0.47 s with
	// candidates, and one heavy rewrite found that no candidate signal
	// links to its source; 100 PAN documents, 4,950 pairs of 1,156 words
	// (5.7M), 2.2 s against 0.55 s, the same 12 related pairs. 8M keeps
	// an all-pairs scan to about three seconds.
	DefaultAllPairsWork = 8_000_000

	// DefaultExactMin is the share of a verbatim-aligner passage's words
	// that must lie in 4-word runs found word for word on the other side
	// for the passage to count as verbatim. The verbatim aligner also seeds
	// on pairs of content words to survive PAN's word shuffling, so on
	// rewritten news it links reworded paragraphs too; those have a low
	// exact share and are relabelled rewrite.
	DefaultExactMin = 0.5

	// DefaultMinTermsAlone is the pre-filter in front of the aligners (of
	// Run's candidate path and of an archive): a candidate that the
	// rare-term signal proposes alone — no shared fingerprint, and at most
	// half the content-word pairs MinSharedBags asks — is aligned only
	// when it shares at least this many of the query's top terms
	// (MinSharedTerms makes it a candidate).
	// Measured by listing every candidate's votes against its outcome
	// (BENCHMARKS.md, "the vote pre-filter"): on 20,000 generated news
	// articles the rule keeps 9,954 of the 25,969 candidates that come out
	// unrelated from the aligners and no related one; on pan13-train
	// (src + susp) 13,841 of 65,657, and 28 of 13,650 related pairs, 26 of
	// them same-story and one a PAN summary pair. A rule over all signals
	// (their votes in units of their thresholds summing to at most 1.5)
	// kept 87% of the news candidates that end unrelated, but lost 120 of
	// PAN's plagiarism pairs: obfuscated and translated reuse shares only a
	// few content-word pairs, so those weak votes are evidence there.
	DefaultMinTermsAlone = 6
)

// Options configure a Detector. The zero value is ready to use.
type Options struct {
	// Workers is the number of goroutines; zero means GOMAXPROCS.
	Workers int
	// MinSharedFingerprints: see DefaultMinSharedFingerprints.
	MinSharedFingerprints int
	// MinSharedBags: see DefaultMinSharedBags.
	MinSharedBags int
	// MaxPostingDocs: see DefaultMaxPostingDocs.
	MaxPostingDocs int
	// TopTerms, MinSharedTerms: see DefaultTopTerms, DefaultMinSharedTerms.
	TopTerms, MinSharedTerms int
	// AllPairsWork: see DefaultAllPairsWork. A negative value disables
	// the all-pairs path.
	AllPairsWork int
	// ExactMin: see DefaultExactMin.
	ExactMin float64
	// MinTermsAlone: see DefaultMinTermsAlone. A negative value aligns
	// every candidate.
	MinTermsAlone int
	// PhraseWindow, PhraseGrams: see DefaultPhraseWindow and
	// DefaultPhraseGrams. A negative PhraseGrams aligns every candidate of
	// one phrase.
	PhraseWindow, PhraseGrams int
	// CacheBytes: see DefaultCacheBytes.
	CacheBytes int
	// Mode selects the aligners.
	Mode Mode
	// Align configures the verbatim passage aligner.
	Align align.Options
	// Rewrite configures the sentence aligner.
	Rewrite rewrite.Options
}

// Mode selects what Run looks for.
type Mode uint

const (
	// All finds verbatim and rewritten passages (the default).
	All Mode = iota
	// VerbatimOnly skips sentence alignment and the rewrite candidate
	// signal: faster, for deduplicating crawls.
	VerbatimOnly
)

// SetDefaults fills zero fields with their defaults.
func (o *Options) SetDefaults() {
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	setI := func(p *int, d int) {
		if *p == 0 {
			*p = d
		}
	}
	setI(&o.MinSharedFingerprints, DefaultMinSharedFingerprints)
	setI(&o.MinSharedBags, DefaultMinSharedBags)
	setI(&o.MaxPostingDocs, DefaultMaxPostingDocs)
	setI(&o.TopTerms, DefaultTopTerms)
	setI(&o.MinSharedTerms, DefaultMinSharedTerms)
	setI(&o.AllPairsWork, DefaultAllPairsWork)
	setI(&o.MinTermsAlone, DefaultMinTermsAlone)
	setI(&o.PhraseWindow, DefaultPhraseWindow)
	setI(&o.PhraseGrams, DefaultPhraseGrams)
	setI(&o.CacheBytes, DefaultCacheBytes)
	if o.ExactMin == 0 {
		o.ExactMin = DefaultExactMin
	}
}

// Detector finds shared passages across a corpus. It is safe for
// concurrent use: every call keeps its own state.
type Detector struct {
	opts Options
	stop map[uint64]bool // hashes of the stop words left out of content-word pairs
}

// New returns a Detector for opts.
func New(opts Options) (*Detector, error) {
	opts.SetDefaults()
	if _, err := align.New(opts.Align); err != nil {
		return nil, fmt.Errorf("detect: %w", err)
	}
	if _, err := rewrite.New(opts.Rewrite); err != nil {
		return nil, fmt.Errorf("detect: %w", err)
	}
	stop := map[uint64]bool{}
	var tk analysis.Tokenizer
	for _, w := range align.EnglishStopWords() {
		for _, t := range tk.Tokenize(w, nil) {
			stop[t.Hash] = true
		}
	}
	return &Detector{opts: opts, stop: stop}, nil
}

// Coverage is the share of each side's words that lie inside the pair's
// passages, in [0, 1], in all and split by passage kind. A word inside both
// a verbatim and a rewrite passage counts as verbatim.
type Coverage struct {
	A        float64 `json:"a"`
	B        float64 `json:"b"`
	Verbatim Sides   `json:"verbatim"`
	Rewrite  Sides   `json:"rewrite"`
}

// Sides is a figure for each side of a pair.
type Sides struct {
	A float64 `json:"a"`
	B float64 `json:"b"`
}

// Pair is two documents that share passages or a story. A < B are indexes
// into the texts given to Run.
type Pair struct {
	A, B     int
	Relation judge.Relation
	Passages []reprint.Passage // sorted by A.Start; verbatim and rewrite
	Coverage Coverage
	// Similarity is the IDF-weighted cosine of the two documents' terms.
	Similarity float64
	// CapReason names the alignment bounds hit for this pair, if any.
	CapReason string
	// Units are the aligned sentence units behind the rewrite passages.
	Units []rewrite.SentencePair
	// Evidence is what Relation was judged from.
	Evidence judge.Evidence
}

// Stats describes the work of one Run.
type Stats struct {
	Documents      int
	Candidates     int  // pairs aligned
	Prefiltered    int  // candidates the vote pre-filter kept from the aligners (Promising)
	PhraseChecked  int  // candidates of one phrase the phrase check kept from the aligners (Near)
	AllPairs       bool // the corpus was small enough to align every pair
	SameCandidates int  // pairs of the same token stream (exact copies)
	FPCandidates   int  // pairs proposed by shared winnowed fingerprints
	BagCandidates  int  // pairs proposed by shared winnowed content-word pairs
	TermCandidates int  // pairs proposed by shared rare terms (rewrite signal)
	CappedPostings int  // fingerprints or terms skipped for linking more than MaxPostingDocs documents
	CappedBuckets  int  // groups of exact copies skipped for size (over MaxSameDocs)
	CappedPairs    int  // pairs whose alignment hit a bound
}

// Result is what Run found.
type Result struct {
	Pairs []Pair // related pairs (Relation above Unrelated), sorted by (A, B)
	Stats Stats
	// Words are each document's word counts.
	Words []int
	// Terms are each document's distinct content terms, sorted
	// (rewrite.Analyzer.Terms): what similarity and provenance compare.
	Terms [][]uint64
}

// Progress is told how many candidate pairs are aligned so far, of how many.
type Progress func(done, total int)

// doc is the per-document analysis kept for alignment.
type doc struct {
	toks  []analysis.Token
	fps   []uint64       // distinct winnowed fingerprint hashes, sorted
	bags  []uint64       // distinct winnowed content-word pair hashes, sorted
	sum   uint64         // hash of the whole token stream: equal sums mean the same words
	sents []reprint.Span // sentence spans
	terms []uint64       // distinct content terms, sorted
	norm  float64        // Euclidean norm of the IDF-weighted term vector
	rw    *rewrite.Doc   // sentence features for the rewrite aligner, prepared once
}

// allPairs reports whether aligning every pair of documents of these
// word counts is within AllPairsWork (see DefaultAllPairsWork).
func (d *Detector) allPairs(words []int32) bool {
	total := 0
	for _, w := range words {
		total += int(w)
	}
	return AllPairs(d.opts, len(words), total)
}

// AllPairs reports whether Run aligns every pair of a corpus of docs
// documents holding words word tokens in all, instead of searching for
// candidates: whether pairs × mean words is within opts.AllPairsWork (see
// DefaultAllPairsWork; a negative AllPairsWork never). opts are taken
// after SetDefaults, as Run takes them.
func AllPairs(opts Options, docs, words int) bool {
	opts.SetDefaults()
	if opts.AllPairsWork < 0 || docs < 2 {
		return opts.AllPairsWork >= 0
	}
	pairs := float64(docs) * float64(docs-1) / 2
	return pairs*float64(words)/float64(docs) <= float64(opts.AllPairsWork)
}

// Run finds the pairs of texts that share passages or a story. progress
// may be nil.
//
// Run holds the texts and, of each document, its keys: never its tokens
// or prepared sentences, which it analyses again when the document is
// aligned (a cache of CacheBytes keeps those used again soonest). See
// "Candidate search in bounded memory" (index.go).
func (d *Detector) Run(ctx context.Context, texts []string, progress Progress) (*Result, error) {
	if len(texts) > math.MaxInt32 {
		return nil, errors.New("detect: too many documents")
	}
	texts = storyParts(texts)
	ck, idf, err := d.corpusKeys(ctx, texts)
	if err != nil {
		return nil, err
	}
	res := &Result{Stats: Stats{Documents: len(texts)}, Words: make([]int, len(texts))}
	for i, w := range ck.words {
		res.Words[i] = int(w)
	}
	var (
		cands     []uint64
		onePhrase []bool
	)
	if d.allPairs(ck.words) {
		res.Stats.AllPairs = true
		for a := range texts {
			for b := a + 1; b < len(texts); b++ {
				cands = append(cands, uint64(a)<<32|uint64(b))
			}
		}
	} else if cands, onePhrase, err = d.votes(ctx, ck, &res.Stats); err != nil {
		return nil, err
	}
	ck = nil

	found, terms, turned, err := d.alignCandidates(ctx, texts, cands, onePhrase, idf, progress)
	if err != nil {
		return nil, err
	}
	res.Stats.Candidates, res.Stats.PhraseChecked = len(cands)-turned, turned
	for _, p := range found {
		if p == nil {
			continue
		}
		if p.CapReason != "" {
			res.Stats.CappedPairs++
		}
		res.Pairs = append(res.Pairs, *p)
	}
	if idf != nil {
		res.Terms = terms
	}
	return res, nil
}

// corpusKeys reads every text for its keys, on all cores: first the terms
// of each, counted into the IDF (unless VerbatimOnly), then its word
// count, exact-stream sum, fingerprints, content-word pairs and top terms
// under that IDF. Only the keys are kept; a document's terms are read
// twice rather than held between the two passes.
func (d *Detector) corpusKeys(ctx context.Context, texts []string) (*corpusKeys, *rewrite.IDF, error) {
	rewriting := d.opts.Mode != VerbatimOnly
	ck := &corpusKeys{
		words: make([]int32, len(texts)),
		sums:  make([]uint64, len(texts)),
		fps:   make([][]uint64, len(texts)),
		bags:  make([][]uint64, len(texts)),
	}
	var idf *rewrite.IDF
	if rewriting {
		idf = rewrite.NewIDF()
		ck.top = make([][]uint64, len(texts))
		var mu sync.Mutex
		err := d.parallel(ctx, len(texts), func(w *worker, i int) {
			terms := w.an.Terms(texts[i], sentence.Split(texts[i], nil), nil)
			mu.Lock()
			idf.Add(terms)
			mu.Unlock()
		})
		if err != nil {
			return nil, nil, err
		}
	}
	err := d.parallel(ctx, len(texts), func(w *worker, i int) {
		dc := d.analyzeBase(w, texts[i])
		ck.words[i], ck.sums[i] = int32(len(dc.toks)), dc.sum
		ck.fps[i], ck.bags[i] = dc.fps, dc.bags
		if rewriting {
			terms := w.an.Terms(texts[i], sentence.Split(texts[i], nil), nil)
			ck.top[i] = topTerms(terms, idf, d.opts.TopTerms, d.opts.MaxPostingDocs)
		}
	})
	if err != nil {
		return nil, nil, err
	}
	return ck, idf, nil
}

// alignCandidates aligns and judges the candidate pairs (a<<32|b, sorted),
// on all cores, a document and its candidates at a time: each document is
// analysed under idf when it is aligned, or taken from a cache that
// keeps, within CacheBytes, the documents needed again soonest. found[i] is candidate i's pair, nil if unrelated; terms holds the
// distinct terms of the documents of related pairs (nil for the others).
// A candidate of one phrase (onePhrase[i]; onePhrase may be nil) is
// aligned only when the phrase check finds it Near; turned counts those
// it did not.
func (d *Detector) alignCandidates(ctx context.Context, texts []string, cands []uint64, onePhrase []bool, idf *rewrite.IDF, progress Progress) (found []*Pair, terms [][]uint64, turned int, err error) {
	workers := make(chan *Worker, d.opts.Workers)
	for range d.opts.Workers {
		wk, err := d.NewWorker()
		if err != nil {
			return nil, nil, 0, err
		}
		workers <- wk
	}
	var groups []int // start of each document's run of candidates
	for i, c := range cands {
		if i == 0 || c>>32 != cands[i-1]>>32 {
			groups = append(groups, i)
		}
	}
	groups = append(groups, len(cands))
	// The steps (groups) at which each document is needed, for the cache.
	uses := make([][]int32, len(texts))
	for g := range len(groups) - 1 {
		a := cands[groups[g]] >> 32
		uses[a] = append(uses[a], int32(g))
		for _, c := range cands[groups[g]:groups[g+1]] {
			b := uint32(c)
			uses[b] = append(uses[b], int32(g))
		}
	}
	found = make([]*Pair, len(cands))
	terms = make([][]uint64, len(texts))
	cache := newPlannedCache(uses, d.opts.CacheBytes)
	analyse := func(wk *Worker, i, g int) *Doc {
		if dc := cache.get(int32(i), int32(g)); dc != nil {
			return dc
		}
		dc := wk.Prepare(wk.readForPairing(texts[i]), idf) // Analyze, texts already cut (storyParts)
		cache.put(int32(i), int32(g), dc)
		return dc
	}
	var done, turnedAway atomic.Int64
	var mu sync.Mutex
	err = parallelN(ctx, d.opts.Workers, len(groups)-1, func() *Worker { return <-workers }, func(wk *Worker, g int) {
		lo, hi := groups[g], groups[g+1]
		a := int(cands[lo] >> 32)
		da := analyse(wk, a, g)
		var grams *Grams
		for i := lo; i < hi; i++ {
			b := int(uint32(cands[i]))
			db := analyse(wk, b, g)
			if onePhrase != nil && onePhrase[i] {
				if grams == nil {
					grams = wk.Grams(da)
				}
				if !wk.Near(grams, db) {
					turnedAway.Add(1)
					if progress != nil {
						progress(int(done.Add(1)), len(cands))
					}
					continue
				}
			}
			if p := wk.Pair(da, db); p != nil {
				p.A, p.B = a, b
				found[i] = p
				mu.Lock()
				terms[a], terms[b] = da.Terms(), db.Terms()
				mu.Unlock()
			}
			if progress != nil {
				progress(int(done.Add(1)), len(cands))
			}
		}
	})
	return found, terms, int(turnedAway.Load()), err
}

// pair aligns documents a and b and judges them; nil if unrelated.
func (d *Detector) pair(w *worker, texts []string, docs []doc, a, b int, idf *rewrite.IDF) *Pair {
	da, db := &docs[a], &docs[b]
	p := &Pair{A: a, B: b}
	var caps []string
	shared, facts := 0, 0
	if len(da.toks) > 0 && len(da.toks) == len(db.toks) && da.sum == db.sum {
		// Exact duplicates (the same words, whatever the spacing and
		// punctuation) need no alignment, and highly repetitive text,
		// which the aligner's frequency caps would skip, is still seen
		// as the copy it is.
		p.Passages = append(p.Passages, reprint.Passage{
			Kind:  reprint.Verbatim,
			A:     reprint.Span{Start: da.toks[0].Span.Start, End: da.toks[len(da.toks)-1].Span.End},
			B:     reprint.Span{Start: db.toks[0].Span.Start, End: db.toks[len(db.toks)-1].Span.End},
			Score: 1,
		})
	} else {
		r := w.al.AlignScaled(texts[a], texts[b], da.toks, db.toks, runScale(texts[a], da.toks, texts[b], db.toks))
		if r.CapReason != "" {
			caps = append(caps, r.CapReason)
		}
		for _, ps := range r.Passages {
			if w.exactShare(da.toks, db.toks, ps) < d.opts.ExactMin {
				ps.Kind = reprint.Rewrite
			}
			p.Passages = append(p.Passages, ps)
		}
	}
	if idf != nil {
		p.Similarity, shared, facts = similarity(da, db, idf)
		rr := w.rw.AlignDocs(da.rw, db.rw)
		if rr.CapReason != "" {
			caps = append(caps, rr.CapReason)
		}
		var units []rewrite.SentencePair
		p.Passages, units = mergeRewrite(p.Passages, rr, da.sents, db.sents)
		p.Units = units
		// The kind of a passage is what its words show, whichever aligner
		// found it: a sentence copied word for word is verbatim even when
		// it is too short for the verbatim aligner's minimum.
		for i := range p.Passages {
			if ps := &p.Passages[i]; ps.Kind == reprint.Rewrite && w.exactShare(da.toks, db.toks, *ps) >= d.opts.ExactMin {
				ps.Kind = reprint.Verbatim
			}
		}
	}
	if len(p.Passages) > 0 && w.formFilled(texts[a], texts[b], p.Passages) {
		// One form filled in twice: what the passages share is its
		// wording, not a text (formFilled).
		p.Passages, p.Units = nil, nil
	}
	slices.SortFunc(p.Passages, func(x, y reprint.Passage) int {
		if x.A.Start != y.A.Start {
			return x.A.Start - y.A.Start
		}
		return x.B.Start - y.B.Start
	})
	p.Coverage = coverageOf(da.toks, db.toks, p.Passages)
	for i, c := range caps {
		if i == 0 {
			p.CapReason = c
		} else {
			p.CapReason += "," + c
		}
	}
	// Run shares are measured for every candidate, passages or not: the
	// relation thresholds were fitted on them (judge), and a heavy rewrite
	// can share many phrases without an aligned passage.
	scale := runScale(texts[a], da.toks, texts[b], db.toks)
	ra, rb := w.runShares(da.toks, db.toks, scale), w.runShares(db.toks, da.toks, scale)
	if max(ra[1], rb[1]) >= misreadMinRun3 && min(ra[2], rb[2]) < misreadMaxRun8 {
		if fa, fb, ok := misreadFold(texts[a], da.toks, texts[b], db.toks); ok {
			ra, rb = w.runShares(fa, fb, scale), w.runShares(fb, fa, scale)
		}
	}
	p.Evidence = judge.Evidence{
		A:          judge.Side{Verbatim: p.Coverage.Verbatim.A, Rewrite: p.Coverage.Rewrite.A, Run1: ra[0], Run3: ra[1], Run8: ra[2], Run32: ra[3]},
		B:          judge.Side{Verbatim: p.Coverage.Verbatim.B, Rewrite: p.Coverage.Rewrite.B, Run1: rb[0], Run3: rb[1], Run8: rb[2], Run32: rb[3]},
		Similarity: p.Similarity, SharedTerms: shared, SharedFacts: facts, Passages: len(p.Passages),
		Named: named(da.terms) && named(db.terms),
	}
	if e := &p.Evidence; !e.Named && e.Similarity >= judge.SameStoryMin {
		// Without capitals to mark names, a small corpus's function
		// words make the similarity: read it without the terms of
		// every document (contrastSimilarity).
		if c, ok := contrastSimilarity(&docs[a], &docs[b], idf, false); ok && c < e.Similarity {
			e.Similarity = c
			p.Similarity = c
		}
	}
	if e := &p.Evidence; e.Named && e.Passages == 0 && e.Similarity >= judge.SameStoryMin &&
		!(w.an.StopListed(texts[a]) && w.an.StopListed(texts[b])) {
		// Names marked, no passage, and function words no list knows:
		// they, not the story, may make the similarity; read it without
		// the lower-case terms of every document.
		if c, ok := contrastSimilarity(&docs[a], &docs[b], idf, true); ok && c < e.Similarity {
			e.Similarity = c
			p.Similarity = c
		}
	}
	if e := &p.Evidence; e.Named && e.Passages > 0 && e.A.Verbatim == 0 && e.B.Verbatim == 0 &&
		(max(e.A.Rewrite, e.B.Rewrite) < lowCoverage || !(w.an.StopListed(texts[a]) && w.an.StopListed(texts[b]))) {
		// Rewrite passages alone, in a language no stop list here
		// knows, or in under a sixth of either text (lowCoverage) in
		// any: the sentence aligner may have paired sentences on their
		// function words (Tongan "ki he", "ʻo aʻu ki he" between two
		// unrelated stories of one outlet; Corsican, read by Italian's
		// list, "parechje … da … è da … Cullettività di Corsica"
		// between a manuscript's restoration and a theatre festival's
		// budget). Without the lower-case terms of every document of a
		// small corpus, names and figures kept, two rewrites of one
		// story still share the story; two stories that share only the
		// language do not, and their passages are no evidence. A
		// passage or two in under a sixth of either text is read
		// without the names of every document too: the outlet's
		// country and its own name, which its unrelated stories share.
		keepFacts := max(e.A.Rewrite, e.B.Rewrite) >= lowCoverage
		if c, ok := contrastSimilarity(&docs[a], &docs[b], idf, keepFacts); ok && c < judge.SameStoryMin {
			p.Passages, p.Units = nil, nil
			p.Coverage = coverageOf(da.toks, db.toks, nil)
			e.A.Rewrite, e.B.Rewrite, e.Passages = 0, 0, 0
			e.Similarity, p.Similarity = min(e.Similarity, c), min(p.Similarity, c)
		}
	}
	if e := &p.Evidence; e.Named && e.Similarity >= judge.SameStoryMin && e.SharedFacts >= judge.SameStoryMinFacts {
		// Where the same story rests on shared names, count them as
		// rewrite.Facts reads names: a capitalised word opening a
		// sentence is a name only before another ("Мөн", "Бид", "Одоо"
		// open Mongolian sentences, and Mongolian has no stop list to
		// know them by). Read for these few pairs alone.
		facts, names := w.sharedFacts(texts[a], da.sents, texts[b], db.sents, nil)
		e.SharedFacts, e.SharedNames = min(e.SharedFacts, facts), names
	}
	p.Relation = judge.Judge(p.Evidence)
	if p.Relation == judge.Unrelated {
		return nil
	}
	return p
}

// lowCoverage is the share of a text under which rewrite passages are a
// stray alignment's size, not a rewrite's: a sixth. A rewrite of a story
// in a small corpus covers most of both texts (the story sets' rewrites,
// 0.4–1.0); the function words of a language without a stop list align
// a sentence or two (Tongan, 0.06 and 0.12).
const lowCoverage = 1.0 / 6

// tokenSum hashes the sequence of token hashes.
func tokenSum(toks []analysis.Token) uint64 {
	h := uint64(len(toks))
	for _, t := range toks {
		h = (h ^ t.Hash) * 0x9E3779B97F4A7C15
		h ^= h >> 29
	}
	return h
}

// worker is the scratch state of one goroutine.
type worker struct {
	tk   analysis.Tokenizer
	toks []analysis.Token
	sh   []uint64
	fp   []winnow.Fingerprint
	al   *align.Aligner
	rw   *rewrite.Aligner
	an   *rewrite.Analyzer
	set  map[uint64]struct{}
	runs hashSet
	bag  []uint64
	near []int // Near's scratch
}

// parallel runs fn(i) for i in [0, n) on Workers goroutines, each with its
// own worker state, stopping early when ctx is done.
func (d *Detector) parallel(ctx context.Context, n int, fn func(w *worker, i int)) error {
	workers := min(d.opts.Workers, max(n, 1))
	ws := make(chan *worker, workers)
	for range workers {
		w, err := newWorker(d.opts)
		if err != nil {
			return err
		}
		ws <- w
	}
	return parallelN(ctx, workers, n, func() *worker { return <-ws }, fn)
}

func alignNew(opts Options) (*align.Aligner, error) {
	al, err := align.New(opts.Align)
	if err != nil {
		return nil, fmt.Errorf("detect: %w", err)
	}
	return al, nil
}
