package engine

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/credit"
	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/ingest"
	"github.com/reprint/reprint/rewrite"
)

// Archive is the engine over a Store: it adds articles, checks one new
// article against what it holds, and reports the stories of all of it.
// It is safe for concurrent use by readers (Check, Scan); Add needs the
// store's one writer.
type Archive struct {
	store Store
	det   *detect.Detector
	opts  Options
	// workers keeps the Workers of finished checks for the next ones. A
	// Worker's analysers cache the stems of the words they have seen
	// (a stem depends on the word alone), and half the time of analysing
	// a candidate's text was stemming it again with a cold cache: a check
	// against 100,000 archived articles spent 8% of its time in the
	// Snowball stemmer with a new Worker each time.
	workers sync.Pool

	// adding makes the adds of one Archive take turns: each counts the
	// document frequencies of its own writes.
	adding sync.Mutex
	// idf is the document frequencies of the whole archive as the last add
	// left them, at store generation idfGen (see newBuilder); mu guards
	// both.
	mu     sync.Mutex
	idf    *rewrite.IDF
	idfGen int64

	// metas holds the metadata of the articles an add read, for the
	// pairs of those it aligns from the cache of prepared texts, whose
	// records carry only their Seq (pairMetas).
	metas metaCache
}

// metaCache keeps the metadata of the records an add read: a pair's
// judgement reads both articles' publishers and headlines (ownNamed,
// housePage), and an article whose prepared text is cached is not read
// again. It is bounded: past metaCacheMax records it starts over, and a
// record it lacks is read from the store.
type metaCache struct {
	mu sync.Mutex
	m  map[int64]reprint.Meta
}

// metaCacheMax bounds metaCache: twice the prepared texts detect caches
// (detect.DefaultCacheDocs), a few hundred bytes each.
const metaCacheMax = 2 * detect.DefaultCacheDocs

// put keeps the metadata of r when r is a whole record (its ID read).
func (c *metaCache) put(r *Record) {
	if r == nil || r.ID == "" {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= metaCacheMax {
		c.m = make(map[int64]reprint.Meta)
	}
	c.m[r.Seq] = r.Meta
}

// meta returns the metadata of the record r, from r when it is whole,
// else from the cache or, failing that, the store.
func (a *Archive) meta(ctx context.Context, r *Record) (reprint.Meta, error) {
	if r.ID != "" {
		return r.Meta, nil
	}
	a.metas.mu.Lock()
	m, ok := a.metas.m[r.Seq]
	a.metas.mu.Unlock()
	if ok {
		return m, nil
	}
	got, err := a.store.Get(ctx, []int64{r.Seq})
	if err != nil {
		return reprint.Meta{}, err
	}
	a.metas.put(got[0])
	return got[0].Meta, nil
}

// NewArchive returns the engine over store. The Archive does not own the
// store: the caller closes it.
func NewArchive(store Store, opts Options) (*Archive, error) {
	det, err := detect.New(opts.Detect)
	if err != nil {
		return nil, fmt.Errorf("engine: %w", err)
	}
	if det.Options().MaxPostingDocs > detect.DefaultMaxPostingDocs {
		// Stores drop lists past PostingCap; a larger cap would read
		// lists that are no longer there.
		return nil, fmt.Errorf("engine: an archive keeps posting lists up to %d articles; MaxPostingDocs %d is larger", detect.DefaultMaxPostingDocs, det.Options().MaxPostingDocs)
	}
	return &Archive{store: store, det: det, opts: opts}, nil
}

// worker returns a Worker for one check, a kept one when there is one;
// putWorker gives it back.
func (a *Archive) worker() (*detect.Worker, error) {
	if wk, ok := a.workers.Get().(*detect.Worker); ok {
		return wk, nil
	}
	return a.det.NewWorker()
}

func (a *Archive) putWorker(wk *detect.Worker) { a.workers.Put(wk) }

// Store returns the archive's store.
func (a *Archive) Store() Store { return a.store }

// Posting keys are keyBits wide and carry their signal in their top two
// bits, so that the four signals share one posting index without mixing: a
// fingerprint never votes as a term. 40 bits keep a segment's key deltas to
// two or three bytes (package postings) while two different hashes of one
// signal share a key with probability n/2³⁸ for n keys of that signal: at
// a billion postings, one query key in 300 picks up a stranger's list,
// whose lone vote makes no candidate but through the exact key, and a false
// candidate costs one alignment that finds nothing.
const keyBits = 40

// The four signals. The archive keeps no LSH band keys: on PAN 2013 the
// 128 bands of an article (14% of its postings) proposed one pair that no
// other signal proposed, and it was unrelated; on 20,000 generated news
// articles none (BENCHMARKS.md, "LSH bands beside the other signals"). What
// only a band would still find is a text so often copied word for word that
// its fingerprints are capped: the exact key — the hash of its whole token
// stream, detect.Keys.Sum — finds those copies up to maxBucket of them.
const (
	tagExact uint64 = iota
	tagFingerprint
	tagBag
	tagTerm
)

const keyMask = 1<<(keyBits-2) - 1

func postingKey(tag, h uint64) uint64 { return tag<<(keyBits-2) | h&keyMask }

// termKey is the posting key of a content term. Term ids keep their kind in
// their top bits (rewrite.TermID), so they are mixed first to spread over
// the bits a key keeps.
func termKey(t uint64) uint64 {
	t ^= t >> 33
	t *= 0xff51afd7ed558ccd
	t ^= t >> 33
	t *= 0xc4ceb9fe1a85ec53
	t ^= t >> 33
	return postingKey(tagTerm, t)
}

// exactKey is the posting key of a text's whole token stream: its words
// count and hash (detect.Keys.Sum), so that texts of the same words share
// it.
func exactKey(k detect.Keys) uint64 {
	return postingKey(tagExact, k.Sum*0x9E3779B97F4A7C15+uint64(k.Words))
}

// postingKeys returns every posting key of k: its exact key,
// fingerprints, bags and all its terms (any term may be among the rarest
// of a later query), sorted and distinct. A text of no words has no exact
// key: empty texts are not copies of each other.
func postingKeys(k detect.Keys) []uint64 {
	out := make([]uint64, 0, 1+len(k.Fingerprints)+len(k.Bags)+len(k.Terms))
	if k.Words > 0 {
		out = append(out, exactKey(k))
	}
	for _, h := range k.Fingerprints {
		out = append(out, postingKey(tagFingerprint, h))
	}
	for _, h := range k.Bags {
		out = append(out, postingKey(tagBag, h))
	}
	for _, t := range k.Terms {
		out = append(out, termKey(t))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// contentHash identifies an article's archived content: its text and
// everything else the archive keeps of it.
func contentHash(r *Record) ([32]byte, error) {
	info, err := EncodeInfo(r)
	if err != nil {
		return [32]byte{}, err
	}
	h := sha256.New()
	fmt.Fprintf(h, "%d:%s\n%d:", len(r.ID), r.ID, len(info))
	h.Write(info)
	h.Write([]byte(r.Text))
	var out [32]byte
	h.Sum(out[:0])
	return out, nil
}

// record returns the archive record of a.
func record(a *reprint.Article) (*Record, error) {
	r := &Record{ID: a.ID, Input: a.Input, Format: a.Format, Meta: a.Meta, Attribution: a.Attribution, Text: a.Text, Bytes: len(a.Text)}
	r.Publisher, _ = credit.Publisher(a)
	h, err := contentHash(r)
	r.Hash = h
	return r, err
}

// AddStats count what an Add did: Read = Added + Unchanged + Replaced +
// Rejected.
type AddStats struct {
	Read      int `json:"read"`
	Added     int `json:"added"`     // new ids
	Unchanged int `json:"unchanged"` // ids archived with the same content: nothing done
	Replaced  int `json:"replaced"`  // ids archived with other content: the old version removed
	Rejected  int `json:"rejected"`  // items that could not be read (Rejections says why)
	// Completed counts articles left pending by an interrupted add and
	// completed by this one.
	Completed int `json:"completed"`
	// Candidates is the number of pairs aligned, Pairs the related pairs
	// stored.
	Candidates int `json:"candidates"`
	Pairs      int `json:"pairs"`
	// Prefiltered counts the candidates the vote pre-filter kept from the
	// aligners (detect.DefaultMinTermsAlone), PhraseChecked those of one
	// shared phrase that the phrase check kept from them
	// (detect.DefaultPhraseGrams).
	Prefiltered   int `json:"prefiltered"`
	PhraseChecked int `json:"phrase_checked"`
	// CappedPostings counts posting lists skipped for holding more than
	// their cap (detect.DefaultMaxPostingDocs, minhash.DefaultMaxBucket);
	// CappedPairs the pairs whose alignment hit a bound.
	CappedPostings int                 `json:"capped_postings"`
	CappedPairs    int                 `json:"capped_pairs"`
	Rejections     []*reprint.Rejected `json:"rejections"`
}

// addBatch is how many articles go into one write transaction while
// indexing, and how many pending articles are aligned before their pairs
// are committed together. Each transaction is a commit (an fsync of the
// WAL at checkpoints); a few hundred articles make that cost vanish beside
// analysis, and an interrupted add loses at most one batch of work.
const addBatch = 256

// Add reads paths (both cleaning layers, the corpus layer over everything
// read in this call) and adds every article: new ids are archived, an id
// archived with the same content is left alone, one with other content is
// replaced. Then the pairs of every pending article with the articles
// archived before it are found, aligned, judged and stored. Articles left
// pending by an interrupted add are completed too.
func (a *Archive) Add(ctx context.Context, paths []string, tmpDir string, progress Progress) (*AddStats, error) {
	a.adding.Lock()
	defer a.adding.Unlock()
	st := &AddStats{Rejections: []*reprint.Rejected{}}
	b, err := a.newBuilder(ctx, st, progress, tmpDir)
	if err != nil {
		return st, err
	}
	defer b.close()
	in, err := ReadAll(ctx, a.opts.Ingest, paths, tmpDir, progress, func(st ingest.Stats) { b.total = st.Articles }, func(art *reprint.Article, r *reprint.Rejected) error {
		if art == nil {
			st.Rejected++
			st.Rejections = append(st.Rejections, r)
			return nil
		}
		return b.add(art)
	})
	if err != nil {
		return st, err
	}
	if err := b.flush(); err != nil {
		return st, err
	}
	st.Read = in.Read
	idf, err := a.complete(ctx, b.idf, b.keys, st, progress)
	if err != nil {
		return st, err
	}
	a.keepIDF(ctx, idf)
	return st, nil
}

// settle lets the store arrange itself for the lookups of complete.
func (a *Archive) settle(ctx context.Context) error {
	if s, ok := a.store.(Settler); ok {
		return s.Settle(ctx)
	}
	return nil
}

// AddArticles adds articles already read and cleaned, as Add does with
// what it reads.
func (a *Archive) AddArticles(ctx context.Context, arts []*reprint.Article, progress Progress) (*AddStats, error) {
	a.adding.Lock()
	defer a.adding.Unlock()
	st := &AddStats{Rejections: []*reprint.Rejected{}}
	b, err := a.newBuilder(ctx, st, progress, "")
	if err != nil {
		return st, err
	}
	defer b.close()
	b.total = len(arts)
	for _, art := range arts {
		if err := b.add(art); err != nil {
			return st, err
		}
	}
	if err := b.flush(); err != nil {
		return st, err
	}
	st.Read = len(arts)
	idf, err := a.complete(ctx, b.idf, b.keys, st, progress)
	if err != nil {
		return st, err
	}
	a.keepIDF(ctx, idf)
	return st, nil
}

// builder indexes articles batch by batch.
type builder struct {
	a        *Archive
	keys     *keySpill // the keys of the articles indexed, for complete
	ctx      context.Context
	st       *AddStats
	idf      *rewrite.IDF
	batch    []*reprint.Article
	progress Progress
	done     int
	total    int // articles to index, when known
}

// newBuilder returns a builder whose key spill file, in tmpDir (the
// system's temporary folder when ""), the caller removes with b.close.
//
// The builder keeps up the document frequencies of the whole archive as
// it indexes when the Archive holds them from its last add (see complete
// for where they come from otherwise).
func (a *Archive) newBuilder(ctx context.Context, st *AddStats, progress Progress, tmpDir string) (*builder, error) {
	idf, err := a.takeIDF(ctx)
	if err != nil {
		return nil, err
	}
	keys, err := newKeySpill(tmpDir)
	if err != nil {
		return nil, err
	}
	return &builder{a: a, ctx: ctx, st: st, idf: idf, progress: progress, keys: keys}, nil
}

// takeIDF returns the archive's document frequencies that the last add
// left when the store is still as it left them, else nil.
func (a *Archive) takeIDF(ctx context.Context) (*rewrite.IDF, error) {
	sst, err := a.store.Stats(ctx)
	if err != nil {
		return nil, err
	}
	a.mu.Lock()
	idf, gen := a.idf, a.idfGen
	a.idf = nil
	a.mu.Unlock()
	if idf != nil && sst.Generation > 0 && sst.Generation == gen {
		return idf, nil
	}
	return nil, nil
}

// keepIDF keeps idf, the archive's counts after an add that completed, for
// the next add; nil keeps none.
func (a *Archive) keepIDF(ctx context.Context, idf *rewrite.IDF) {
	if idf == nil {
		return
	}
	sst, err := a.store.Stats(ctx)
	if err != nil || sst.Generation == 0 {
		return
	}
	a.mu.Lock()
	a.idf, a.idfGen = idf, sst.Generation
	a.mu.Unlock()
}

func (b *builder) close() { b.keys.close() }

func (b *builder) add(art *reprint.Article) error {
	b.batch = append(b.batch, art)
	if len(b.batch) >= addBatch {
		return b.flush()
	}
	return nil
}

// indexed is one article of a batch, analysed.
type indexed struct {
	rec      *Record
	keys     detect.Keys
	seq      int64 // given by the store when put
	post     []uint64
	terms    []uint64
	old      *Record // the archived version of the same id, if any
	oldPost  []uint64
	oldTerms []uint64
}

// flush analyses the batch in parallel and archives it in one transaction.
func (b *builder) flush() error {
	if len(b.batch) == 0 {
		return nil
	}
	a := b.a
	items := make([]indexed, len(b.batch))
	err := a.eachWorker(b.ctx, len(b.batch), func(wk *detect.Worker, i int) error {
		rec, err := record(b.batch[i])
		if err != nil {
			return err
		}
		it := indexed{rec: rec}
		old, err := a.store.Lookup(b.ctx, rec.ID)
		switch {
		case errors.Is(err, ErrNotFound):
		case err != nil:
			return err
		case old.Hash == rec.Hash:
			it.old = old
			items[i] = it
			return nil
		default:
			it.old = old
			k := wk.Keys(old.Text)
			it.oldPost, it.oldTerms = postingKeys(k), k.Terms
		}
		k := wk.Keys(rec.Text)
		rec.Words = k.Words
		it.keys = k
		it.post, it.terms = postingKeys(k), k.Terms
		if rec.Compressed, err = CompressText(rec.Text); err != nil {
			return err
		}
		items[i] = it
		return nil
	})
	if err != nil {
		return err
	}
	err = a.store.Update(b.ctx, func(tx Tx) error {
		for i := range items {
			it := &items[i]
			if it.old != nil && it.post == nil {
				continue // unchanged
			}
			if it.old != nil {
				if err := tx.Remove(it.old.Seq, it.oldPost, it.oldTerms); err != nil {
					return err
				}
			}
			seq, err := tx.Put(it.rec, it.post, it.terms)
			if err != nil {
				return err
			}
			it.seq = seq
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, it := range items {
		if it.post != nil && b.keys != nil {
			if err := b.keys.put(it.seq, it.keys); err != nil {
				return err
			}
		}
		switch {
		case it.old != nil && it.post == nil:
			b.st.Unchanged++
		case it.old != nil:
			b.st.Replaced++
			if b.idf != nil {
				b.idf.Remove(it.oldTerms)
				b.idf.Add(it.terms)
			}
		default:
			b.st.Added++
			if b.idf != nil {
				b.idf.Add(it.terms)
			}
		}
	}
	b.done += len(b.batch)
	b.progress.report(StepIndex, b.done, b.total)
	b.batch = b.batch[:0]
	return nil
}

// complete finds, aligns and stores the pairs of every pending article
// with the articles archived before it, batch by batch, each batch's pairs
// and the end of its articles' pending state in one transaction.
//
// keys holds the keys of the articles this add indexed (see keySpill);
// the others are read again.
//
// The pairs are judged under the document frequencies of the whole
// archive: kept, the counts the Archive's last add left, kept up by this
// one's builder; else, for more than lazyCountsMax pending articles, all
// of them read from the store (310,121 terms at 100,000 articles, about
// 0.3 s; five times that at a million); else only those of the terms the
// pending articles and their candidates hold, read as they are needed
// (see termCounts). complete returns the whole archive's counts when it
// had them, for the next add, else nil.
func (a *Archive) complete(ctx context.Context, kept *rewrite.IDF, keys *keySpill, st *AddStats, progress Progress) (*rewrite.IDF, error) {
	pending, err := a.store.Pending(ctx)
	if err != nil {
		return nil, err
	}
	if len(pending) == 0 {
		return kept, nil
	}
	if err := a.settle(ctx); err != nil {
		return nil, err
	}
	counts := &termCounts{idf: kept}
	switch {
	case kept != nil:
	case len(pending) > lazyCountsMax:
		df, docs, err := a.store.AllDF(ctx)
		if err != nil {
			return nil, err
		}
		counts.idf = rewrite.NewIDFCounts(docs, df)
	default:
		_, docs, err := a.store.DF(ctx, nil)
		if err != nil {
			return nil, err
		}
		counts.idf = rewrite.NewIDFCounts(docs, nil)
		counts.store = a.store
	}
	if err := a.completeUnder(ctx, counts, pending, keys, st, progress); err != nil {
		return nil, err
	}
	if counts.store != nil {
		return nil, nil // a part of the counts: nothing to keep
	}
	return counts.idf, nil
}

// lazyCountsMax is the most pending articles an add completes with the
// document frequencies of only the terms it meets (termCounts) rather
// than all of them. Those articles are matched one after another, since
// the counts grow as they are read; past a few dozen, matching on every
// core under counts read whole is the faster (BENCHMARKS.md, "Add: one
// article").
const lazyCountsMax = 32

// termCounts are the document frequencies an add judges its pairs under:
// the whole archive's, or (store set) those read from the store as the
// pairs need them. need must not be called concurrently with anything
// that reads idf.
type termCounts struct {
	idf   *rewrite.IDF
	store Store
	miss  []uint64
}

// need makes sure idf holds the counts of terms.
func (c *termCounts) need(ctx context.Context, terms []uint64) error {
	if c.store == nil {
		return nil
	}
	c.miss = c.idf.Missing(terms, c.miss[:0])
	if len(c.miss) == 0 {
		return nil
	}
	df, _, err := c.store.DF(ctx, c.miss)
	if err != nil {
		return err
	}
	for _, t := range c.miss {
		if _, ok := df[t]; !ok {
			df[t] = 0 // in no article: not to be asked for again
		}
	}
	c.idf.Fill(df)
	return nil
}

// completeUnder is complete's work under counts.
func (a *Archive) completeUnder(ctx context.Context, counts *termCounts, pending []int64, keys *keySpill, st *AddStats, progress Progress) error {
	fresh := st.Added + st.Replaced
	if len(pending) > fresh {
		st.Completed = len(pending) - fresh
	}
	sst, err := a.store.Stats(ctx)
	if err != nil {
		return err
	}
	all, err := a.allPairsSeqs(ctx, sst)
	if err != nil {
		return err
	}
	if err := keys.rewind(); err != nil {
		return err
	}
	done := 0
	cache := detect.NewDocCache(detect.DefaultCacheDocs)
	for start := 0; start < len(pending); start += addBatch {
		batch := pending[start:min(start+addBatch, len(pending))]
		found := make([][]PairRecord, len(batch))
		bkeys := make([]*detect.Keys, len(batch))
		for i, seq := range batch {
			k, err := keys.get(seq)
			if err != nil {
				return err
			}
			bkeys[i] = k
		}
		var cand, capped, cappedPairs, prefiltered, phrased atomic.Int64
		each := a.eachWorker
		if counts.store != nil {
			each = a.eachInTurn // the counts grow as the articles need them
		}
		err := each(ctx, len(batch), func(wk *detect.Worker, i int) error {
			ps, m, err := a.match(ctx, wk, batch[i], bkeys[i], counts, cache, all)
			if err != nil {
				return err
			}
			found[i] = ps
			cand.Add(int64(m.candidates))
			capped.Add(int64(m.cappedPostings))
			prefiltered.Add(int64(m.unpromising))
			phrased.Add(int64(m.phraseChecked))
			for _, p := range ps {
				if p.Pair.CapReason != "" {
					cappedPairs.Add(1)
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		err = a.store.Update(ctx, func(tx Tx) error {
			for i, seq := range batch {
				for _, p := range found[i] {
					if err := tx.PutPair(p); err != nil {
						return err
					}
				}
				if err := tx.Done(seq); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, ps := range found {
			st.Pairs += len(ps)
		}
		st.Candidates += int(cand.Load())
		st.CappedPostings += int(capped.Load())
		st.Prefiltered += int(prefiltered.Load())
		st.PhraseChecked += int(phrased.Load())
		st.CappedPairs += int(cappedPairs.Load())
		done += len(batch)
		progress.report(StepAlign, done, len(pending))
	}
	return nil
}

// allPairsSeqs returns every article's Seq when the archive is small enough
// to align every pair (detect.DefaultAllPairsWork, as Run decides), else
// nil.
func (a *Archive) allPairsSeqs(ctx context.Context, sst StoreStats) ([]int64, error) {
	work := a.det.Options().AllPairsWork
	n := sst.Articles
	if work < 0 || n < 2 {
		return nil, nil
	}
	pairs := float64(n) * float64(n-1) / 2
	if pairs*float64(sst.Words)/float64(n) > float64(work) {
		return nil, nil
	}
	var seqs []int64
	for r, err := range a.store.Articles(ctx, false) {
		if err != nil {
			return nil, err
		}
		seqs = append(seqs, r.Seq)
	}
	return seqs, nil
}

// matchStats count the work of one match.
type matchStats struct {
	candidates     int
	cappedPostings int
	unpromising    int // candidates the vote pre-filter kept from the aligners
	phraseChecked  int // candidates of one phrase the phrase check kept from the aligners
}

// match finds the related pairs of the pending article seq with the
// archived articles of lower Seq: candidates by votes over the posting
// lists (or every article of all, when the archive is small), aligned and
// judged under idf, which must count it. keys are its keys when indexing
// kept them, else nil and its text is read again. Its text is read back
// only when it has candidates. Each pair has the earlier article as A.
func (a *Archive) match(ctx context.Context, wk *detect.Worker, seq int64, keys *detect.Keys, counts *termCounts, cache *detect.DocCache, all []int64) ([]PairRecord, matchStats, error) {
	var ms matchStats
	idf := counts.idf
	q := &Record{Seq: seq}
	load := func() error {
		got, err := a.store.Get(ctx, []int64{seq})
		if err != nil {
			return err
		}
		q = got[0]
		a.metas.put(q)
		return nil
	}
	// Prepared for alignment (and cached) only when it has candidates,
	// which most articles of an archive do not.
	dq := cache.Get(seq)
	var read *detect.Doc
	switch {
	case dq != nil:
		k := dq.Keys()
		keys = &k
	case keys == nil:
		if err := load(); err != nil {
			return nil, ms, err
		}
		read = wk.Read(q.Text)
		k := read.Keys()
		keys = &k
	}
	if err := counts.need(ctx, keys.Terms); err != nil {
		return nil, ms, err
	}
	top := a.det.TopTerms(keys.Terms, idf)
	cands, err := a.candidates(ctx, *keys, top, all, seq, &ms)
	if err != nil {
		return nil, ms, err
	}
	// Read back only the texts not analysed already.
	recs := make([]*Record, len(cands))
	var missing []int64
	for i, c := range cands {
		if cache.Get(c.seq) != nil {
			recs[i] = &Record{Seq: c.seq}
		} else {
			missing = append(missing, c.seq)
		}
	}
	got, err := a.store.Get(ctx, missing)
	if err != nil {
		return nil, ms, err
	}
	for i, k := 0, 0; i < len(recs); i++ {
		if recs[i] == nil {
			recs[i] = got[k]
			a.metas.put(got[k])
			k++
		}
	}
	// The phrase check, on the tokens alone, before anything is prepared.
	var words []*detect.Doc // of each candidate kept, its tokens when read for the check
	if slices.ContainsFunc(cands, func(c candidate) bool { return c.onePhrase }) {
		qw := dq
		if qw == nil {
			if read == nil {
				if err := load(); err != nil {
					return nil, ms, err
				}
				read = wk.Read(q.Text)
			}
			qw = read
		}
		words = make([]*detect.Doc, len(cands))
		k := 0
		for i, c := range cands {
			dc := cache.Get(c.seq)
			var rw *detect.Doc
			if dc == nil {
				rw = wk.ReadWords(recs[i].Text)
				dc = rw
			}
			if c.onePhrase && !wk.Near(wk.Grams(dc), qw) {
				ms.phraseChecked++
				continue
			}
			cands[k], recs[k], words[k] = c, recs[i], rw
			k++
		}
		cands, recs, words = cands[:k], recs[:k], words[:k]
	}
	if len(cands) == 0 {
		return nil, ms, nil
	}
	if dq == nil {
		if read != nil {
			dq = wk.Prepare(read, idf)
		} else {
			if err := load(); err != nil {
				return nil, ms, err
			}
			dq = wk.Analyze(q.Text, idf)
		}
		cache.Put(seq, dq)
	}
	out, err := a.alignAll(ctx, wk, q, dq, top, cands, recs, words, counts, cache, &ms)
	return out, ms, err
}

func candidateSeqs(cands []candidate) []int64 {
	seqs := make([]int64, len(cands))
	for i, c := range cands {
		seqs[i] = c.seq
	}
	return seqs
}

// alignAll aligns q (dq, analysed) with each candidate (recs holds their
// records; words, unless nil, the tokens read of those not cached) under
// counts and returns the related pairs, the candidate as A.
func (a *Archive) alignAll(ctx context.Context, wk *detect.Worker, q *Record, dq *detect.Doc, top []uint64, cands []candidate, recs []*Record, words []*detect.Doc, counts *termCounts, cache *detect.DocCache, ms *matchStats) ([]PairRecord, error) {
	idf := counts.idf
	analyse := func(i int) (*detect.Doc, error) {
		r := recs[i]
		if d := cache.Get(r.Seq); d != nil {
			return d, nil
		}
		if r.Text == "" && r.Bytes == 0 {
			// Cached when the candidates were listed, evicted since.
			got, err := a.store.Get(ctx, []int64{r.Seq})
			if err != nil {
				return nil, err
			}
			r = got[0]
		}
		var d *detect.Doc
		if words != nil && words[i] != nil && words[i].Text() == r.Text {
			d = wk.ReadForPairingFrom(words[i])
		} else {
			d = wk.ReadForPairing(r.Text)
		}
		if err := counts.need(ctx, d.Terms()); err != nil {
			return nil, err
		}
		d = wk.Prepare(d, idf)
		cache.Put(r.Seq, d)
		return d, nil
	}
	var out []PairRecord
	for i, c := range cands {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		dc, err := analyse(i)
		if err != nil {
			return nil, err
		}
		p, aligned, err := a.pairCandidate(ctx, wk, q, dq, top, c, recs[i], dc, idf)
		if err != nil {
			return nil, err
		}
		if aligned {
			ms.candidates++
		}
		if p != nil {
			out = append(out, *p)
		}
	}
	return out, nil
}

// pairCandidate aligns q (dq) with candidate c (rec, dc) and returns their
// pair if related, the candidate as A; aligned is false when c was not
// worth aligning.
func (a *Archive) pairCandidate(ctx context.Context, wk *detect.Worker, q *Record, dq *detect.Doc, top []uint64, c candidate, rec *Record, dc *detect.Doc, idf *rewrite.IDF) (_ *PairRecord, aligned bool, _ error) {
	if c.termsOnly && detect.SharedCount(top, a.det.TopTerms(dc.Terms(), idf)) < a.det.Options().MinSharedTerms {
		// The rare terms of q are in c, but not among c's own rarest:
		// Run would not pair them either.
		return nil, false, nil
	}
	p := wk.Pair(dc, dq)
	if p == nil {
		return nil, true, nil
	}
	ma, err := a.meta(ctx, rec)
	if err != nil {
		return nil, true, err
	}
	mq, err := a.meta(ctx, q)
	if err != nil {
		return nil, true, err
	}
	if publisherPair(wk, p, dc.Text(), dq.Text(), ma, mq) {
		return nil, true, nil
	}
	p.Units = nil
	return &PairRecord{A: rec.Seq, B: q.Seq, Pair: *p}, true, nil
}

// eachWorker calls fn(wk, i) for i in [0, n) on GOMAXPROCS goroutines at
// most, each with a Worker of the Archive's pool, given back after.
func (a *Archive) eachWorker(ctx context.Context, n int, fn func(wk *detect.Worker, i int) error) error {
	var used []*detect.Worker // forEachWith makes them in this goroutine
	defer func() {
		for _, wk := range used {
			a.putWorker(wk)
		}
	}()
	return forEachWith(ctx, n, func() (*detect.Worker, error) {
		wk, err := a.worker()
		if err == nil {
			used = append(used, wk)
		}
		return wk, err
	}, fn)
}

// candidate is an archived article worth aligning with a query.
type candidate struct {
	seq int64
	// termsOnly: only the rare-term signal voted for it, counted against
	// all its terms; it must still share MinSharedTerms of its own top
	// terms with the query.
	termsOnly bool
	// onePhrase: the fingerprint signal alone proposed it, and only just
	// (detect.Detector.PhraseOnly); it is aligned only if the phrase
	// check finds more than one phrase shared (detect.Worker.Near).
	onePhrase bool
}

// candidates counts the votes of the archived articles below before over
// q's posting lists and returns those that make candidates, ascending.
func (a *Archive) candidates(ctx context.Context, keys detect.Keys, top []uint64, all []int64, before int64, ms *matchStats) ([]candidate, error) {
	if all != nil {
		var out []candidate
		for _, s := range all {
			if s < before {
				out = append(out, candidate{seq: s})
			}
		}
		return out, nil
	}
	opts := a.det.Options()
	votes := voteTables.Get().(*voteTable)
	defer func() {
		votes.reset()
		voteTables.Put(votes)
	}()
	vote := func(tag uint64, hashes []uint64, limit int, field func(*detect.Votes) *int) error {
		if len(hashes) == 0 {
			return nil
		}
		ks := make([]uint64, len(hashes))
		for i, h := range hashes {
			switch tag {
			case tagTerm:
				ks[i] = termKey(h)
			case tagExact:
				ks[i] = h
			default:
				ks[i] = postingKey(tag, h)
			}
		}
		return a.store.Postings(ctx, ks, limit, func(_ uint64, seqs []int64, capped bool) {
			if capped || len(seqs) > limit {
				ms.cappedPostings++
				return
			}
			for _, s := range seqs {
				if s >= before {
					break
				}
				*field(votes.at(s))++
			}
		})
	}
	if keys.Words > 0 {
		if err := vote(tagExact, []uint64{exactKey(keys)}, maxBucket, func(v *detect.Votes) *int { return &v.Same }); err != nil {
			return nil, err
		}
	}
	if err := vote(tagFingerprint, keys.Fingerprints, opts.MaxPostingDocs, func(v *detect.Votes) *int { return &v.Fingerprints }); err != nil {
		return nil, err
	}
	if err := vote(tagBag, keys.Bags, opts.MaxPostingDocs, func(v *detect.Votes) *int { return &v.Bags }); err != nil {
		return nil, err
	}
	if err := vote(tagTerm, top, opts.MaxPostingDocs, func(v *detect.Votes) *int { return &v.Terms }); err != nil {
		return nil, err
	}
	var out []candidate
	for k, s := range votes.seqs {
		v := &votes.votes[k]
		if !a.det.Candidate(*v) {
			continue
		}
		if !a.det.Promising(*v) {
			ms.unpromising++
			continue
		}
		termsOnly := !a.det.Candidate(detect.Votes{Same: v.Same, Fingerprints: v.Fingerprints, Bags: v.Bags})
		out = append(out, candidate{seq: s, termsOnly: termsOnly, onePhrase: a.det.PhraseOnly(*v)})
	}
	slices.SortFunc(out, func(x, y candidate) int { return int(x.seq - y.seq) })
	return out, nil
}

// maxBucket caps the exact key's list as the LSH bucket cap caps a band's
// in Run: a text copied word for word into more articles than this is
// boilerplate, and pairs no more.
const maxBucket = detect.MaxSameDocs

// eachInTurn calls fn(wk, i) for i in [0, n) in order, in this goroutine,
// with one Worker of the Archive's pool.
func (a *Archive) eachInTurn(ctx context.Context, n int, fn func(wk *detect.Worker, i int) error) error {
	wk, err := a.worker()
	if err != nil {
		return err
	}
	defer a.putWorker(wk)
	for i := range n {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(wk, i); err != nil {
			return err
		}
	}
	return nil
}
