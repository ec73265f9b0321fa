package pipeline

import (
	"context"
	"strings"
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

// TestPostings: postings packed for a shard decode to the articles,
// signals and later articles packed; a truncated batch is an error.
func TestPostings(t *testing.T) {
	later := []keyRec{{ID: "b"}, {ID: "c/d"}, {ID: ""}}
	var b []byte
	b = appendPosting(b, "a", sigFP, later)
	b = appendPosting(b, "b", sigTerm, later[1:])
	b = appendPosting(b, "x", sigSame, nil)
	got, err := appendPostings(nil, b)
	if err != nil {
		t.Fatal(err)
	}
	want := []posting{
		{ID: "a", Sig: sigFP, Later: []string{"b", "c/d", ""}},
		{ID: "b", Sig: sigTerm, Later: []string{"c/d", ""}},
		{ID: "x", Sig: sigSame, Later: []string{}},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("postings (-want +got):\n%s", d)
	}
	for _, cut := range []int{1, 2, 3, len(b) / 2, len(b) - 1} {
		if _, err := appendPostings(nil, b[:cut]); err == nil {
			t.Errorf("appendPostings(first %d of %d bytes) = nil error; want errPosting", cut, len(b))
		}
	}
}

// TestPairKey: a pair key gives back its ids, whatever bytes they hold,
// and whether the pair is of one shared phrase; a cut key is an error.
func TestPairKey(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		one  bool
	}{
		{"a", "b", false},
		{"a", "b", true},
		{"", "x", true},
		{"seeds/001.txt", "news.jsonl#line 12", false},
		{strings.Repeat("é", 100), "\x00\xff", true},
	} {
		k := pairKey(tt.a, tt.b, tt.one)
		a, b, one, err := splitPairKey(k)
		if err != nil || a != tt.a || b != tt.b || one != tt.one {
			t.Errorf("splitPairKey(pairKey(%q, %q, %v)) = %q, %q, %v, %v", tt.a, tt.b, tt.one, a, b, one, err)
		}
		if len(tt.a) > 0 {
			if _, _, _, err := splitPairKey(k[:len(k)-len(tt.b)-1]); err == nil {
				t.Errorf("pairKey(%q, %q) cut short: no error", tt.a, tt.b)
			}
		}
	}
}
