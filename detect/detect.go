package detect

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/align"
	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/minhash"
	"github.com/reprint/reprint/shingle"
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

	// DefaultMaxPostingDocs caps the documents one fingerprint may link.
	// A fingerprint in more documents than this is boilerplate or a wire
	// story syndicated that widely; its m(m−1)/2 votes would dominate the
	// cost. Those pairs still become candidates through their other
	// fingerprints or through LSH.
	DefaultMaxPostingDocs = 200
)

// Options configure a Detector. The zero value is ready to use.
type Options struct {
	// Workers is the number of goroutines; zero means GOMAXPROCS.
	Workers int
	// MinSharedFingerprints: see DefaultMinSharedFingerprints.
	MinSharedFingerprints int
	// MaxPostingDocs: see DefaultMaxPostingDocs.
	MaxPostingDocs int
	// Align configures the passage aligner.
	Align align.Options
}

// SetDefaults fills zero fields with their defaults.
func (o *Options) SetDefaults() {
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.MinSharedFingerprints <= 0 {
		o.MinSharedFingerprints = DefaultMinSharedFingerprints
	}
	if o.MaxPostingDocs <= 0 {
		o.MaxPostingDocs = DefaultMaxPostingDocs
	}
}

// Detector finds shared passages across a corpus. It is safe for
// concurrent use: every call keeps its own state.
type Detector struct {
	opts Options
}

// New returns a Detector for opts.
func New(opts Options) (*Detector, error) {
	opts.SetDefaults()
	if _, err := align.New(opts.Align); err != nil {
		return nil, fmt.Errorf("detect: %w", err)
	}
	return &Detector{opts: opts}, nil
}

// Coverage is the share of each side's words that lie inside the pair's
// passages, in [0, 1].
type Coverage struct {
	A float64 `json:"a"`
	B float64 `json:"b"`
}

// Pair is two documents that share at least one passage. A < B are indexes
// into the texts given to Run.
type Pair struct {
	A, B     int
	Passages []reprint.Passage
	Coverage Coverage
	// CapReason names the alignment bounds hit for this pair, if any.
	CapReason string
}

// Stats describes the work of one Run.
type Stats struct {
	Documents      int
	Candidates     int // pairs aligned
	LSHCandidates  int // pairs proposed by MinHash/LSH
	FPCandidates   int // pairs proposed by shared winnowed fingerprints
	CappedPostings int // fingerprints skipped for linking more than MaxPostingDocs documents
	CappedBuckets  int // LSH buckets skipped for size
	CappedPairs    int // pairs whose alignment hit a bound
}

// Result is what Run found.
type Result struct {
	Pairs []Pair // sorted by (A, B)
	Stats Stats
}

// Progress is told how many candidate pairs are aligned so far, of how many.
type Progress func(done, total int)

// doc is the per-document analysis kept for alignment.
type doc struct {
	toks []analysis.Token
	fps  []uint64 // distinct winnowed fingerprint hashes, sorted
	sig  []uint64
	sum  uint64 // hash of the whole token stream: equal sums mean the same words
}

// Run finds the pairs of texts that share passages. progress may be nil.
func (d *Detector) Run(ctx context.Context, texts []string, progress Progress) (*Result, error) {
	if len(texts) > 1<<31 {
		return nil, errors.New("detect: too many documents")
	}
	docs := make([]doc, len(texts))
	hasher, err := minhash.NewHasher(minhash.Options{})
	if err != nil {
		return nil, fmt.Errorf("detect: %w", err)
	}
	err = d.parallel(ctx, len(texts), func(w *worker, i int) {
		w.toks = w.tk.Tokenize(texts[i], w.toks[:0])
		w.sh = shingle.Values(w.toks, shingle.K, w.sh[:0])
		w.fp = winnow.Select(w.sh, winnow.DefaultWindow, w.fp[:0])
		fps := make([]uint64, len(w.fp))
		for j, f := range w.fp {
			fps[j] = f.Hash
		}
		slices.Sort(fps)
		docs[i] = doc{
			toks: slices.Clone(w.toks),
			fps:  slices.Compact(fps),
			sig:  hasher.Sign(w.sh, nil),
			sum:  tokenSum(w.toks),
		}
	})
	if err != nil {
		return nil, err
	}

	res := &Result{Stats: Stats{Documents: len(texts)}}
	cands, err := d.candidates(docs, &res.Stats)
	if err != nil {
		return nil, err
	}
	res.Stats.Candidates = len(cands)

	found := make([]*Pair, len(cands))
	var done atomic.Int64
	err = d.parallel(ctx, len(cands), func(w *worker, i int) {
		a, b := int(cands[i]>>32), int(uint32(cands[i]))
		var r align.Result
		if da, db := &docs[a], &docs[b]; len(da.toks) > 0 && len(da.toks) == len(db.toks) && da.sum == db.sum {
			// Exact duplicates (the same words, whatever the spacing and
			// punctuation) need no alignment, and highly repetitive text,
			// which the aligner's frequency caps would skip, is still seen
			// as the copy it is.
			r.Passages = append(r.Passages, reprint.Passage{
				Kind:  reprint.Verbatim,
				A:     reprint.Span{Start: da.toks[0].Span.Start, End: da.toks[len(da.toks)-1].Span.End},
				B:     reprint.Span{Start: db.toks[0].Span.Start, End: db.toks[len(db.toks)-1].Span.End},
				Score: 1,
			})
		} else {
			r = w.al.Align(texts[a], texts[b], docs[a].toks, docs[b].toks)
		}
		if len(r.Passages) > 0 {
			p := &Pair{A: a, B: b, Passages: slices.Clone(r.Passages), CapReason: r.CapReason}
			p.Coverage = Coverage{
				A: coverage(docs[a].toks, p.Passages, func(p reprint.Passage) reprint.Span { return p.A }),
				B: coverage(docs[b].toks, p.Passages, func(p reprint.Passage) reprint.Span { return p.B }),
			}
			found[i] = p
		}
		if progress != nil {
			progress(int(done.Add(1)), len(cands))
		}
	})
	if err != nil {
		return nil, err
	}
	for _, p := range found {
		if p == nil {
			continue
		}
		if p.CapReason != "" {
			res.Stats.CappedPairs++
		}
		res.Pairs = append(res.Pairs, *p)
	}
	return res, nil
}

// candidates returns the candidate pairs packed as a<<32|b with a < b,
// sorted: the union of the LSH pairs and the fingerprint-sharing pairs.
func (d *Detector) candidates(docs []doc, st *Stats) ([]uint64, error) {
	idx, err := minhash.NewIndex(minhash.IndexOptions{Capacity: len(docs)})
	if err != nil {
		return nil, fmt.Errorf("detect: %w", err)
	}
	for i := range docs {
		if err := idx.Add(uint32(i), docs[i].sig); err != nil {
			return nil, fmt.Errorf("detect: %w", err)
		}
	}
	if err := idx.Finish(); err != nil {
		return nil, fmt.Errorf("detect: %w", err)
	}
	var pairs []uint64
	for a, b := range idx.Pairs() {
		pairs = append(pairs, uint64(a)<<32|uint64(b))
	}
	st.LSHCandidates = len(pairs)
	st.CappedBuckets = idx.Stats().CappedBuckets

	fp := d.fingerprintPairs(docs, st)
	st.FPCandidates = len(fp)
	pairs = append(pairs, fp...)
	slices.Sort(pairs)
	return slices.Compact(pairs), nil
}

// fingerprintPairs returns the pairs sharing at least MinSharedFingerprints
// winnowed fingerprints.
func (d *Detector) fingerprintPairs(docs []doc, st *Stats) []uint64 {
	type entry struct {
		hash uint64
		doc  uint32
	}
	n := 0
	for i := range docs {
		n += len(docs[i].fps)
	}
	entries := make([]entry, 0, n)
	for i := range docs {
		for _, h := range docs[i].fps {
			entries = append(entries, entry{h, uint32(i)})
		}
	}
	slices.SortFunc(entries, func(x, y entry) int {
		if x.hash != y.hash {
			if x.hash < y.hash {
				return -1
			}
			return 1
		}
		return int(x.doc) - int(y.doc)
	})
	var votes []uint64
	for i := 0; i < len(entries); {
		j := i + 1
		for j < len(entries) && entries[j].hash == entries[i].hash {
			j++
		}
		if m := j - i; m > d.opts.MaxPostingDocs {
			st.CappedPostings++
		} else {
			for x := i; x < j; x++ {
				for y := x + 1; y < j; y++ {
					votes = append(votes, uint64(entries[x].doc)<<32|uint64(entries[y].doc))
				}
			}
		}
		i = j
	}
	entries = nil
	slices.Sort(votes)
	var pairs []uint64
	for i := 0; i < len(votes); {
		j := i + 1
		for j < len(votes) && votes[j] == votes[i] {
			j++
		}
		if j-i >= d.opts.MinSharedFingerprints {
			pairs = append(pairs, votes[i])
		}
		i = j
	}
	return pairs
}

// coverage is the share of toks lying inside the spans side(p) of passages.
func coverage(toks []analysis.Token, ps []reprint.Passage, side func(reprint.Passage) reprint.Span) float64 {
	if len(toks) == 0 {
		return 0
	}
	spans := make([]reprint.Span, len(ps))
	for i, p := range ps {
		spans[i] = side(p)
	}
	slices.SortFunc(spans, func(x, y reprint.Span) int { return x.Start - y.Start })
	in, j := 0, 0
	for _, t := range toks {
		for j < len(spans) && spans[j].End <= t.Span.Start {
			j++
		}
		// Spans may overlap on this side; any span containing the token counts.
		for k := j; k < len(spans) && spans[k].Start <= t.Span.Start; k++ {
			if t.Span.End <= spans[k].End {
				in++
				break
			}
		}
	}
	return float64(in) / float64(len(toks))
}

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
}

// parallel runs fn(i) for i in [0, n) on Workers goroutines, each with its
// own worker state, stopping early when ctx is done.
func (d *Detector) parallel(ctx context.Context, n int, fn func(w *worker, i int)) error {
	var next atomic.Int64
	var wg sync.WaitGroup
	workers := min(d.opts.Workers, max(n, 1))
	for range workers {
		al, err := align.New(d.opts.Align)
		if err != nil {
			return fmt.Errorf("detect: %w", err)
		}
		w := &worker{al: al}
		wg.Go(func() {
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				fn(w, i)
			}
		})
	}
	wg.Wait()
	return ctx.Err()
}
