package pipeline

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestKeyBatch: an article's keys sent to their shards come back, each in
// the shard shardOf names, and a batch cut short is an error.
func TestKeyBatch(t *testing.T) {
	keys := []string{sameKey(120, 7), sigKey(sigFP, 1), sigKey(sigBag, 2), sigKey(sigTerm, 3), sigKey(sigFP, 1<<60)}
	for _, shards := range []int{1, 3, DefaultShards} {
		m := member{Ord: 5, ID: "a/b"}
		got := map[string]int{}
		shardKeys(context.Background(), m, keys, shards, func(s int, b keyBatch) {
			rs, err := appendKeyRecs(nil, b)
			if err != nil {
				t.Fatalf("appendKeyRecs(shard %d) = %v", s, err)
			}
			for _, r := range rs {
				if r.Ord != m.Ord || r.ID != m.ID {
					t.Errorf("key %q came back from %+v; want %+v", r.Key, r, m)
				}
				if w := shardOf(r.Key, shards); w != s {
					t.Errorf("key %q in shard %d of %d; want shard %d", r.Key, s, shards, w)
				}
				got[r.Key]++
			}
		})
		want := map[string]int{}
		for _, k := range keys {
			want[k]++
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("shards=%d: keys sent and received differ (-sent +received):\n%s", shards, d)
		}
	}
	short := keyBatch{Keys: []byte{9, 's', 1, 2}}
	if _, err := appendKeyRecs(nil, short); err == nil {
		t.Errorf("appendKeyRecs(%v) = nil error; want errKeyBatch", short.Keys)
	}
}

// TestVoteAcc: votes added and merged per pair, encoded and decoded, are
// the counts per signal; a truncated encoding is an error.
func TestVoteAcc(t *testing.T) {
	var f votesFn
	a, b := f.CreateAccumulator(), f.CreateAccumulator()
	for _, pv := range []pairVote{{"xy", sigFP}, {"xy", sigFP}, {"xy", sigTerm}, {"xz", sigSame}} {
		a = f.AddInput(a, pv)
	}
	for _, pv := range []pairVote{{"xy", sigBag}, {"yz", sigFP}} {
		b = f.AddInput(b, pv)
	}
	got, err := decodeVoteAcc(f.ExtractOutput(f.MergeAccumulators(a, b)))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]votes{
		"xy": {Fingerprints: 2, Bags: 1, Terms: 1},
		"xz": {Same: 1},
		"yz": {Fingerprints: 1},
	}
	if d := cmp.Diff(want, got.V); d != "" {
		t.Errorf("votes (-want +got):\n%s", d)
	}
	enc := encodeVoteAcc(got)
	for _, cut := range []int{1, len(enc) / 2, len(enc) - 1} {
		if _, err := decodeVoteAcc(enc[:cut]); err == nil {
			t.Errorf("decodeVoteAcc(first %d of %d bytes) = nil error; want errVoteAcc", cut, len(enc))
		}
	}
}
