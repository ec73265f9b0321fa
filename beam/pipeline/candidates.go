package pipeline

import (
	"cmp"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/reprint/reprint/detect"
)

// Counter names: what the writer adds up for the report's stats.
const (
	countCandidates     = "candidates"
	countPhraseChecked  = "phrase_checked" // of the candidates, those the phrase check kept from the aligners
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
// same groups, caps and votes under a bounded number of runner keys. The
// votes go by the shard of the first article of each pair (postingsFn).

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
// (Prism: a ≈ 170-byte record, held until the group runs) is many times a
// key's 9 bytes.
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

// keyGroupFn turns one shard's candidate keys into votes. Each key's group
// of articles is counted as detect.Run counts it: a group larger than its
// signal's cap (copies of one token stream over detect.MaxSameDocs, a
// fingerprint, content-word pair or term over MaxPostingDocs) is skipped
// and counted; otherwise every pair of the group, first in input order,
// gets one vote of the key's signal. The votes are not sent pair by pair:
// each article of the group but the last sends the later articles, one
// posting, to its own shard (postingsFn), where its votes are counted, as
// detect.Run counts each document's votes over its own keys. A shard's
// postings travel as one packed element per destination shard.
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
	emitPostings func(int, []byte), emitCount func(string, int)) error {
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
	out := map[int][]byte{}
	for len(rs) > 0 {
		n := 1
		for n < len(rs) && rs[n].Key == rs[0].Key {
			n++
		}
		f.group(rs[:n], out, emitCount)
		rs = rs[n:]
	}
	for _, s := range slices.Sorted(maps.Keys(out)) {
		count(ctx, bytesVotes, 8+len(out[s]))
		emitPostings(s, out[s])
	}
	return nil
}

// group adds the postings of one key's articles, ms in input order, to
// out by destination shard.
func (f *keyGroupFn) group(ms []keyRec, out map[int][]byte, emitCount func(string, int)) {
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
	for x := range len(ms) - 1 {
		s := shardOf(ms[x].ID, f.Shards)
		out[s] = appendPosting(out[s], ms[x].ID, sig, ms[x+1:])
	}
}

// A posting is an article, a signal and the later articles of one key's
// group: the uvarint length and bytes of the id, the signal byte, the
// uvarint count of later articles, and the length and bytes of each id.
func appendPosting(b []byte, id string, sig byte, later []keyRec) []byte {
	b = append(binary.AppendUvarint(b, uint64(len(id))), id...)
	b = binary.AppendUvarint(append(b, sig), uint64(len(later)))
	for _, m := range later {
		b = append(binary.AppendUvarint(b, uint64(len(m.ID))), m.ID...)
	}
	return b
}

// posting is a decoded posting.
type posting struct {
	ID    string
	Sig   byte
	Later []string
}

// errPosting is the error of postings that do not decode.
var errPosting = errors.New("reprint-beam: malformed postings")

// appendPostings appends the postings packed in b to ps.
func appendPostings(ps []posting, b []byte) ([]posting, error) {
	str := func() (string, bool) {
		n, w := binary.Uvarint(b)
		if w <= 0 || n > uint64(len(b)-w) {
			return "", false
		}
		s := string(b[w : w+int(n)])
		b = b[w+int(n):]
		return s, true
	}
	for len(b) > 0 {
		id, ok := str()
		if !ok || len(b) == 0 {
			return ps, errPosting
		}
		p := posting{ID: id, Sig: b[0]}
		b = b[1:]
		n, w := binary.Uvarint(b)
		if w <= 0 || n > uint64(len(b)-w) {
			return ps, errPosting
		}
		b = b[w:]
		p.Later = make([]string, n)
		for i := range p.Later {
			if p.Later[i], ok = str(); !ok {
				return ps, errPosting
			}
		}
		ps = append(ps, p)
	}
	return ps, nil
}

// votes are what one pair shares, per signal.
type votes struct {
	Same, Fingerprints, Bags, Terms int
}

func (v *votes) add(sig byte) {
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

// postingsFn counts, for each article of a shard, the votes of the later
// articles its keys share with it (one map per article, as detect.Run's
// counter per document), and keeps the pairs whose votes make a candidate
// under detect's thresholds (detect.Detector.Candidate) and pass its vote
// pre-filter (Promising), as detect.Run does.
type postingsFn struct {
	AllPairsWork int

	d *detect.Detector
}

func (f *postingsFn) Setup() error {
	var err error
	f.d, err = detect.New(detectOptions(f.AllPairsWork))
	if err != nil {
		return fmt.Errorf("reprint-beam: %w", err)
	}
	return nil
}

func (f *postingsFn) ProcessElement(_ int, batches func(*[]byte) bool, emit func(string), emitCount func(string, int)) error {
	var ps []posting
	var b []byte
	for batches(&b) {
		var err error
		if ps, err = appendPostings(ps, b); err != nil {
			return err
		}
	}
	slices.SortFunc(ps, func(x, y posting) int { return strings.Compare(x.ID, y.ID) })
	vs := map[string]votes{}
	for len(ps) > 0 {
		n := 1
		for n < len(ps) && ps[n].ID == ps[0].ID {
			n++
		}
		clear(vs)
		for _, p := range ps[:n] {
			for _, y := range p.Later {
				v := vs[y]
				v.add(p.Sig)
				vs[y] = v
			}
		}
		for _, y := range slices.Sorted(maps.Keys(vs)) {
			v := vs[y]
			dv := detect.Votes{Same: v.Same, Fingerprints: v.Fingerprints, Bags: v.Bags, Terms: v.Terms}
			if f.d.Candidate(dv) && f.d.Promising(dv) {
				emitCount(countCandidates, 1)
				emit(pairKey(ps[0].ID, y, f.d.PhraseOnly(dv)))
			}
		}
		ps = ps[n:]
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
			emit(pairKey(ms[x].ID, ms[y].ID, false))
			n++
		}
	}
	emitCount(countCandidates, n)
	return nil
}
