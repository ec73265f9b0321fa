package rewrite

import (
	"testing"

	"github.com/reprint/reprint"
	"github.com/zeebo/xxh3"
)

// termsOf returns the terms of text taken as one sentence, with the prior
// weights.
func termsOf(an *Analyzer, text string) map[uint64]bool {
	var d docFeatures
	an.document(text, []reprint.Span{{End: len(text)}}, nil, &d, 0, 0)
	out := map[uint64]bool{}
	if len(d.sents) == 1 {
		ids, _ := d.termsOf(0)
		for _, id := range ids {
			out[id] = true
		}
	}
	return out
}

func TestFeatures(t *testing.T) {
	an := NewAnalyzer()
	num := func(s string) uint64 { return numberTerm([]byte(s)) }
	ent := func(s string) uint64 { return TermID(KindEntity, xxh3.HashString(s)) }
	stem := func(s string) uint64 { return TermID(KindStem, xxh3.HashString(s)) }
	quoted := func(s string) uint64 { return TermID(KindQuoted, stem(s)) }
	entSeq := func(words ...string) uint64 {
		var h uint64
		for _, w := range words {
			h = h*0x9E3779B97F4A7C15 + xxh3.HashString(w)
		}
		return TermID(KindEntity, h)
	}
	tests := []struct {
		text      string
		want, not []uint64
	}{
		{"The US-proposed 30-day ceasefire", []uint64{ent("us"), num("30"), stem("ceasefir")}, []uint64{stem("us"), stem("the")}},
		{"It spilled 10,000 barrels and 8.4 million gallons", []uint64{num("10000"), num("8.4"), stem("spill")}, []uint64{num("10"), num("4")}},
		{"Twenty people were aboard", []uint64{num("20"), stem("peopl")}, nil},
		{"He met Steve Witkoff in Moscow", []uint64{entSeq("steve", "witkoff"), ent("moscow"), stem("witkoff")}, []uint64{ent("steve")}},
		{"Earlier, leaders met the G7", []uint64{ent("g7")}, []uint64{ent("earlier")}},
		{"Zelensky said it was \"manipulative\" and “cautious”", []uint64{ent("zelensky"), quoted("manipul"), quoted("cautious")}, []uint64{quoted("zelenski"), stem("said")}},
	}
	for _, tt := range tests {
		got := termsOf(an, tt.text)
		for _, w := range tt.want {
			if !got[w] {
				t.Errorf("terms(%q) lack %s term %x; have %d terms", tt.text, Kind(w), w, len(got))
			}
		}
		for _, w := range tt.not {
			if got[w] {
				t.Errorf("terms(%q) hold %s term %x; want not", tt.text, Kind(w), w)
			}
		}
	}
}

// TestSharedFastPaths checks the two-array merges against their one-array
// forms on a union built by hand.
func TestSharedFastPaths(t *testing.T) {
	a1 := []uint64{1, 3, 5, 9}
	w1 := []float32{1, 2, 3, 4}
	a2 := []uint64{2, 3, 8}
	w2 := []float32{5, 2, 7}
	u := []uint64{1, 2, 3, 5, 8, 9}
	uw := []float32{1, 5, 2, 3, 7, 4}
	b := []uint64{0, 2, 3, 4, 9, 10}
	bw := []float32{1, 1, 1, 1, 1, 1}
	if got, want := sharedWeight2(a1, w1, a2, w2, b, bw), sharedWeight(u, uw, b, bw); got != want {
		t.Errorf("sharedWeight2 = %v; want %v", got, want)
	}
	u32 := func(s []uint64) []uint32 {
		out := make([]uint32, len(s))
		for i, x := range s {
			out[i] = uint32(x)
		}
		return out
	}
	if got, want := sharedCount2(u32(a1), u32(a2), u32(b)), sharedCount(u32(u), u32(b)); got != want {
		t.Errorf("sharedCount2 = %v; want %v", got, want)
	}
}
