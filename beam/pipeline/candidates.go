package pipeline

import (
	"cmp"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/reprint/reprint/detect"
)

// Counter names: what the writer adds up for the report's stats.
const (
	countCandidates     = "candidates"
	countCappedBuckets  = "capped_buckets"
	countCappedPostings = "capped_postings"
	countCappedPairs    = "capped_pairs"
)

// Sharded grouping
//
// A runner keeps some state for every key it groups by, and Prism keeps
// it for the whole run (a trigger state per key and window). Most
// candidate keys are held by one article only, so grouping by the key
// itself made the runner's keys grow with the words of the corpus (≈ 600
// an article), and the votes' keys with the pairs sharing a key: on Prism,
// that per-key state was most of the heap. Both are grouped by a
// shard of their key instead (shardOf: FNV-1a, modulo Options.Shards),
// and a shard's DoFn or combiner groups by the key itself, in memory: the
// same groups, caps and votes under a bounded number of runner keys.

// DefaultShards is how many shards the candidate keys and the pair votes
// are grouped under. Fewer shards, fewer elements (an article sends one
// keyBatch to each shard it has keys in: ≈ 600 keys into 64 shards) but
// larger groups (at 50,000 articles a key shard holds ≈ 500,000 keys, ≈ 30
// MB on its worker); a cluster wants at least as many shards as workers.
const DefaultShards = 64

// shardOf is the shard of key among shards: FNV-1a of its bytes, the same
// on every worker (unlike maphash, seeded per process).
func shardOf(key string, shards int) int {
	h := uint64(14695981039346656037)
	for i := 0; i < len(key); i++ {
		h ^= uint64(key[i])
		h *= 1099511628211
	}
	return int(h % uint64(shards))
}

// keyBatch is an article's candidate keys of one shard: Keys holds each
// key's length (uvarint) and bytes. An article sends one element to each
// shard it has keys in, not one per key: a runner's cost per element
// (Prism: ≈ 150 bytes, held until the group runs) is many times a key's
// 9 bytes.
type keyBatch struct {
	Ord  int64
	ID   string
	Keys []byte
}

// keyRec is one candidate key of an article, with its id and input order.
type keyRec struct {
	Key string
	Ord int64
	ID  string
}

// shardKeys sends an article's keys to their shards, one keyBatch a shard.
func shardKeys(ctx context.Context, m member, keys []string, shards int, emit func(int, keyBatch)) {
	batches := map[int][]byte{}
	for _, k := range keys {
		s := shardOf(k, shards)
		batches[s] = append(binary.AppendUvarint(batches[s], uint64(len(k))), k...)
	}
	order := slices.Sorted(maps.Keys(batches))
	for _, s := range order {
		b := batches[s]
		count(ctx, bytesKeys, 8+8+len(m.ID)+len(b))
		emit(s, keyBatch{Ord: m.Ord, ID: m.ID, Keys: b})
	}
}

// errKeyBatch is the error of a keyBatch that does not decode.
var errKeyBatch = errors.New("reprint-beam: malformed key batch")

// appendKeyRecs appends b's keys to rs.
func appendKeyRecs(rs []keyRec, b keyBatch) ([]keyRec, error) {
	ks := b.Keys
	for len(ks) > 0 {
		n, w := binary.Uvarint(ks)
		if w <= 0 || n == 0 || n > uint64(len(ks)-w) {
			return rs, errKeyBatch
		}
		rs = append(rs, keyRec{Key: string(ks[w : w+int(n)]), Ord: b.Ord, ID: b.ID})
		ks = ks[w+int(n):]
	}
	return rs, nil
}

// pairVote is one vote of a signal for a pair (a pairKey).
type pairVote struct {
	Pair string
	Sig  int
}

// keyGroupFn turns one shard's candidate keys into pair votes. Each key's
// group of articles is counted as detect.Run counts it: a group larger
// than its signal's cap (copies of one token stream over
// detect.MaxSameDocs, a fingerprint, content-word pair or term over
// MaxPostingDocs) is skipped and counted; otherwise every pair of the
// group, first in input order, gets one vote of the key's signal, sent to
// the pair's shard.
type keyGroupFn struct {
	AllPairsWork int
	Shards       int

	maxDocs int
	view    *corpusView
}

func (f *keyGroupFn) Setup() error {
	o := detectOptions(f.AllPairsWork)
	o.SetDefaults()
	f.maxDocs = o.MaxPostingDocs
	return nil
}

func (f *keyGroupFn) ProcessElement(ctx context.Context, _ int, batches func(*keyBatch) bool, idf []byte,
	emitVote func(int, pairVote), emitCount func(string, int)) error {
	if f.view == nil {
		v, err := viewOf(idf, f.AllPairsWork)
		if err != nil {
			return err
		}
		f.view = v
	}
	if f.view.allPairs {
		return nil
	}
	var rs []keyRec
	var b keyBatch
	for batches(&b) {
		var err error
		if rs, err = appendKeyRecs(rs, b); err != nil {
			return err
		}
	}
	slices.SortFunc(rs, func(x, y keyRec) int { return cmp.Or(strings.Compare(x.Key, y.Key), cmpOrd(x.Ord, y.Ord)) })
	for len(rs) > 0 {
		n := 1
		for n < len(rs) && rs[n].Key == rs[0].Key {
			n++
		}
		f.group(ctx, rs[:n], emitVote, emitCount)
		rs = rs[n:]
	}
	return nil
}

// group votes for the pairs of one key's articles, ms in input order.
func (f *keyGroupFn) group(ctx context.Context, ms []keyRec, emitVote func(int, pairVote), emitCount func(string, int)) {
	if len(ms) < 2 {
		return
	}
	sig := ms[0].Key[0]
	if sig == sigSame {
		if len(ms) > detect.MaxSameDocs {
			emitCount(countCappedBuckets, 1)
			return
		}
	} else if len(ms) > f.maxDocs {
		emitCount(countCappedPostings, 1)
		return
	}
	for x := range ms {
		for y := x + 1; y < len(ms); y++ {
			k := pairKey(ms[x].ID, ms[y].ID)
			count(ctx, bytesVotes, len(k)+16)
			emitVote(shardOf(k, f.Shards), pairVote{Pair: k, Sig: int(sig)})
		}
	}
}

// votes are what one pair shares, per signal.
type votes struct {
	Same, Fingerprints, Bags, Terms int
}

func (v *votes) add(sig int) {
	switch sig {
	case sigSame:
		v.Same++
	case sigFP:
		v.Fingerprints++
	case sigBag:
		v.Bags++
	case sigTerm:
		v.Terms++
	}
}

// voteAcc holds the votes of a shard's pairs, by pair key.
type voteAcc struct {
	V map[string]votes
}

// votesFn counts the votes of each pair of a shard, per signal. The
// runner lifts it: each worker sums its votes before the shuffle.
type votesFn struct{}

func (votesFn) CreateAccumulator() *voteAcc { return &voteAcc{V: map[string]votes{}} }

func (votesFn) AddInput(a *voteAcc, pv pairVote) *voteAcc {
	v := a.V[pv.Pair]
	v.add(pv.Sig)
	a.V[pv.Pair] = v
	return a
}

func (votesFn) MergeAccumulators(a, b *voteAcc) *voteAcc {
	if len(a.V) < len(b.V) {
		a, b = b, a
	}
	for k, y := range b.V {
		x := a.V[k]
		a.V[k] = votes{x.Same + y.Same, x.Fingerprints + y.Fingerprints, x.Bags + y.Bags, x.Terms + y.Terms}
	}
	return a
}

func (votesFn) ExtractOutput(a *voteAcc) []byte { return encodeVoteAcc(a) }

// encodeVoteAcc writes a voteAcc compactly: per pair, the key's length and
// bytes and the four counts, as uvarints, in key order (so that equal
// accumulators encode alike).
func encodeVoteAcc(a *voteAcc) []byte {
	keys := make([]string, 0, len(a.V))
	size := binary.MaxVarintLen64
	for k := range a.V {
		keys = append(keys, k)
		size += len(k) + 6
	}
	slices.Sort(keys)
	b := binary.AppendUvarint(make([]byte, 0, size), uint64(len(keys)))
	for _, k := range keys {
		v := a.V[k]
		b = binary.AppendUvarint(b, uint64(len(k)))
		b = append(b, k...)
		for _, n := range []int{v.Same, v.Fingerprints, v.Bags, v.Terms} {
			b = binary.AppendUvarint(b, uint64(n))
		}
	}
	return b
}

// errVoteAcc is the error of a voteAcc that does not decode.
var errVoteAcc = errors.New("reprint-beam: malformed vote accumulator")

func decodeVoteAcc(b []byte) (*voteAcc, error) {
	next := func() (uint64, error) {
		n, w := binary.Uvarint(b)
		if w <= 0 {
			return 0, errVoteAcc
		}
		b = b[w:]
		return n, nil
	}
	n, err := next()
	if err != nil || n > uint64(len(b)) {
		return nil, errVoteAcc
	}
	a := &voteAcc{V: make(map[string]votes, n)}
	for range n {
		l, err := next()
		if err != nil || l > uint64(len(b)) {
			return nil, errVoteAcc
		}
		k := string(b[:l])
		b = b[l:]
		var c [4]int
		for i := range c {
			x, err := next()
			if err != nil {
				return nil, err
			}
			c[i] = int(x)
		}
		a.V[k] = votes{c[0], c[1], c[2], c[3]}
	}
	if len(b) != 0 {
		return nil, errVoteAcc
	}
	return a, nil
}

func init() {
	beam.RegisterCoder(reflect.TypeOf((*voteAcc)(nil)), func(a *voteAcc) []byte { return encodeVoteAcc(a) }, decodeVoteAcc)
}

// candidateFn keeps the pairs of a shard whose votes make a candidate
// under detect's thresholds (detect.Detector.Candidate) and pass its vote
// pre-filter (Promising), as detect.Run does.
type candidateFn struct {
	AllPairsWork int

	d *detect.Detector
}

func (f *candidateFn) Setup() error {
	var err error
	f.d, err = detect.New(detectOptions(f.AllPairsWork))
	if err != nil {
		return fmt.Errorf("reprint-beam: %w", err)
	}
	return nil
}

func (f *candidateFn) ProcessElement(_ int, blob []byte, emit func(string), emitCount func(string, int)) error {
	a, err := decodeVoteAcc(blob)
	if err != nil {
		return err
	}
	for key, v := range a.V {
		dv := detect.Votes{Same: v.Same, Fingerprints: v.Fingerprints, Bags: v.Bags, Terms: v.Terms}
		if f.d.Candidate(dv) && f.d.Promising(dv) {
			emitCount(countCandidates, 1)
			emit(key)
		}
	}
	return nil
}

// allPairsFn, on one worker, emits every pair of the corpus when it is
// small enough to be aligned pair by pair (engine.AllPairs), as detect.Run
// does; otherwise nothing.
type allPairsFn struct {
	AllPairsWork int
}

func (f *allPairsFn) ProcessElement(_ []byte, idf []byte, members func(*member) bool,
	emit func(string), emitCount func(string, int)) error {
	v, err := viewOf(idf, f.AllPairsWork)
	if err != nil {
		return err
	}
	if !v.allPairs {
		return nil
	}
	var ms []member
	var m member
	for members(&m) {
		ms = append(ms, m)
	}
	sortMembers(ms)
	n := 0
	for x := range ms {
		for y := x + 1; y < len(ms); y++ {
			emit(pairKey(ms[x].ID, ms[y].ID))
			n++
		}
	}
	emitCount(countCandidates, n)
	return nil
}
