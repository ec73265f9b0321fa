package minhash

import (
	"errors"
	"fmt"
	"iter"
	"slices"
)

// Index layout
//
// The index keeps one array per band. Entry (key, doc) of band j packs the
// top 32 bits of the band key into the high word and the document number
// into the low word:
//
//	entry = uint64(bandKey>>32)<<32 | uint64(doc)
//
//	band 0: 0x0a3f51c2_00000007  0x0a3f51c2_00000102  0x51e00b13_00000003 …
//	        └── key ──┘└ doc ┘    (one bucket: docs 7 and 258)
//
// Finish sorts every array once, which groups each bucket (a run of equal
// keys) with its documents in ascending order; a lookup is a binary search
// for key<<32. That is 8 bytes per document and band and nothing else: the
// index does not keep signatures, since candidate generation needs only the
// buckets. A caller that wants to rank candidates by estimated similarity
// keeps the signatures itself (Size·8 bytes per document).
//
// Keeping 32 of the 64 key bits makes unrelated buckets merge by accident:
// with n documents a band has about n²/2³³ such false pairs, 1.2 at 100,000
// documents, so about 150 over 128 bands: noise beside the real candidates,
// and the aligner that checks every candidate drops them.

// DefaultMaxBucket is the largest bucket whose documents become candidate
// pairs. A bucket of m documents costs m(m-1)/2 pairs; past a thousand
// documents (half a million pairs from one key) a shared band is more likely
// boilerplate that cleaning missed, or a flood of identical copies that an
// exact-duplicate pass should collapse first, than a set of reuse cases worth
// aligning one by one. Buckets over the cap are counted in IndexStats so
// that the caller can see what was skipped.
const DefaultMaxBucket = 1000

// ErrFinished is returned by Add after Finish.
var ErrFinished = errors.New("minhash: index already finished")

// IndexOptions configure an Index.
type IndexOptions struct {
	// Bands and Rows are the band layout b×r. Zero means DefaultBands and
	// DefaultRows. Signatures added must have at least Bands·Rows values.
	Bands, Rows int

	// MaxBucket is the largest bucket that yields candidates; larger
	// buckets are skipped and counted. Zero means DefaultMaxBucket; a
	// negative value means no cap.
	MaxBucket int

	// Capacity is the expected number of documents, used to size the
	// arrays once. Zero lets them grow, which costs up to twice the final
	// memory while building; Finish trims the slack.
	Capacity int
}

// SetDefaults fills zero fields with their defaults.
func (o *IndexOptions) SetDefaults() {
	if o.Bands == 0 {
		o.Bands = DefaultBands
	}
	if o.Rows == 0 {
		o.Rows = DefaultRows
	}
	if o.MaxBucket == 0 {
		o.MaxBucket = DefaultMaxBucket
	}
}

// IndexStats describe a finished Index.
type IndexStats struct {
	Docs          int // documents added, empty ones included
	EmptyDocs     int // documents whose signature was empty (no entries)
	Entries       int // (band, document) entries: Bands per non-empty document
	Buckets       int // buckets of two or more documents
	CappedBuckets int // buckets over MaxBucket, skipped by Pairs and Query
	CappedDocs    int // entries in capped buckets
	Bytes         int // bytes held by the entry arrays
}

// Index is an LSH index over MinHash signatures: it finds pairs of documents
// that share at least one band key. Build it with Add for every document and
// one Finish, then read it with Pairs and Query. Add and Finish must not run
// concurrently with anything else; after Finish, Pairs, Query and Stats are
// safe for concurrent use.
type Index struct {
	opts     IndexOptions
	bands    [][]uint64
	stats    IndexStats
	err      error
	finished bool
}

// NewIndex returns an empty Index. It returns an error if the layout is
// invalid.
func NewIndex(opts IndexOptions) (*Index, error) {
	opts.SetDefaults()
	if opts.Bands < 1 || opts.Rows < 1 || opts.Bands*opts.Rows > MaxSize {
		return nil, fmt.Errorf("minhash: band layout %d×%d invalid", opts.Bands, opts.Rows)
	}
	x := &Index{opts: opts, bands: make([][]uint64, opts.Bands)}
	if opts.Capacity > 0 {
		for j := range x.bands {
			x.bands[j] = make([]uint64, 0, opts.Capacity)
		}
	}
	return x, nil
}

// Add records the signature of document doc. Document numbers should be
// unique; a number added twice never pairs with itself. An empty signature
// adds nothing but is counted. Add returns ErrFinished after Finish, and an
// error wrapping ErrSignatureLength if sig is shorter than Bands·Rows; the
// first error is sticky and Finish returns it too.
func (x *Index) Add(doc uint32, sig []uint64) error {
	if x.err != nil {
		return x.err
	}
	if x.finished {
		return ErrFinished
	}
	b, r := x.opts.Bands, x.opts.Rows
	if len(sig) < b*r {
		x.err = fmt.Errorf("adding document %d: %w (%d values, want %d)", doc, ErrSignatureLength, len(sig), b*r)
		return x.err
	}
	x.stats.Docs++
	if IsEmpty(sig[:b*r]) {
		x.stats.EmptyDocs++
		return nil
	}
	for j := range x.bands {
		k := bandKey(sig[j*r:(j+1)*r], j)
		x.bands[j] = append(x.bands[j], k>>32<<32|uint64(doc))
	}
	return nil
}

// Finish sorts the index and makes it readable. It is idempotent and
// returns the first error of Add, if any.
func (x *Index) Finish() error {
	if x.err != nil || x.finished {
		return x.err
	}
	x.finished = true
	for j, e := range x.bands {
		slices.Sort(e)
		if cap(e)-len(e) > len(e)/16 {
			e = append([]uint64(nil), e...)
			x.bands[j] = e
		}
		x.stats.Entries += len(e)
		x.stats.Bytes += 8 * cap(e)
		for i := 0; i < len(e); {
			n := runLen(e, i)
			if n >= 2 {
				x.stats.Buckets++
				if x.capped(n) {
					x.stats.CappedBuckets++
					x.stats.CappedDocs += n
				}
			}
			i += n
		}
	}
	return nil
}

// Stats returns the index statistics; they are complete after Finish.
func (x *Index) Stats() IndexStats { return x.stats }

func (x *Index) capped(n int) bool { return x.opts.MaxBucket >= 0 && n > x.opts.MaxBucket }

// runLen returns the length of the bucket starting at e[i].
func runLen(e []uint64, i int) int {
	key := e[i] >> 32
	n := 1
	for i+n < len(e) && e[i+n]>>32 == key {
		n++
	}
	return n
}

// Pairs returns the candidate pairs: every pair of distinct documents a < b
// that share a bucket of at most MaxBucket documents in some band, each pair
// once, in ascending order of (a, b). It yields nothing before Finish.
//
// The pairs are collected and deduplicated when iteration starts, holding
// 8 bytes per distinct pair (plus one band's duplicates) until it ends.
func (x *Index) Pairs() iter.Seq2[uint32, uint32] {
	return func(yield func(a, b uint32) bool) {
		if !x.finished || x.err != nil {
			return
		}
		for _, p := range x.pairList() {
			if !yield(uint32(p>>32), uint32(p)) {
				return
			}
		}
	}
}

// pairList returns the candidate pairs packed as a<<32|b, sorted, unique.
// Near-duplicates collide in most bands, so the list is compacted whenever
// it has doubled since the last compaction, which bounds the duplicates held
// at once.
func (x *Index) pairList() []uint64 {
	var pairs []uint64
	compacted := 0
	for _, e := range x.bands {
		for i := 0; i < len(e); {
			n := runLen(e, i)
			if n >= 2 && !x.capped(n) {
				run := e[i : i+n]
				for p, ep := range run {
					a := uint32(ep)
					for _, eq := range run[p+1:] {
						if b := uint32(eq); b != a {
							pairs = append(pairs, uint64(a)<<32|uint64(b))
						}
					}
				}
			}
			i += n
		}
		if len(pairs) > 2*compacted+1024 {
			slices.Sort(pairs)
			pairs = slices.Compact(pairs)
			compacted = len(pairs)
		}
	}
	slices.Sort(pairs)
	return slices.Compact(pairs)
}

// Query appends to dst the documents that share at least one bucket of at
// most MaxBucket documents with sig, sorted and without duplicates, and
// returns the extended slice. A document added with the same signature is
// among them. Before Finish, or for an empty or too short signature, it
// returns dst unchanged. It allocates nothing when dst has enough capacity.
func (x *Index) Query(sig []uint64, dst []uint32) []uint32 {
	b, r := x.opts.Bands, x.opts.Rows
	if !x.finished || len(sig) < b*r || IsEmpty(sig[:b*r]) {
		return dst
	}
	start := len(dst)
	for j, e := range x.bands {
		key := bandKey(sig[j*r:(j+1)*r], j) >> 32
		i, _ := slices.BinarySearch(e, key<<32)
		if i == len(e) || e[i]>>32 != key {
			continue
		}
		n := runLen(e, i)
		if x.capped(n) {
			continue
		}
		for _, ent := range e[i : i+n] {
			dst = append(dst, uint32(ent))
		}
	}
	found := dst[start:]
	slices.Sort(found)
	return dst[:start+len(slices.Compact(found))]
}
