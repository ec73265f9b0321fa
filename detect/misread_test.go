package detect

import (
	"testing"

	"github.com/reprint/reprint/analysis"
)

func TestMisreadFold(t *testing.T) {
	tests := []struct {
		name, a, b string
		// want8 is whether the fold raises A's share in runs of eight.
		want8 bool
	}{{
		name:  "two captures of one column, each with its own misreadings",
		a:     "the boilers of the packet exploded with a report that wns heard for miles along both shores of tbe river, and at the hour of going to press seven persons are known to have perished in the wreck of the boat.",
		b:     "the boilers of the packet exploded with a report that was heard for miles along both shores of the river, and at the hour of going to press seven persons are known to havc perished in the wreck of the boat.",
		want8: true,
	}, {
		name: "a rewrite changes words, not letters",
		a:    "the boilers of the packet exploded with a bang that was heard for miles along both banks of the river, and as the paper went to press seven people were known to have died in the wreck of the steamer.",
		b:    "the boilers of the packet exploded with a report that was heard for miles along both shores of the river, and at the hour of going to press seven persons are known to have perished in the wreck of the boat.",
	}}
	w, err := newWorker(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var tk analysis.Tokenizer
			ta, tb := tk.Tokenize(tt.a, nil), tk.Tokenize(tt.b, nil)
			before := w.runShares(ta, tb, 1)
			fa, fb, _ := misreadFold(tt.a, ta, tt.b, tb)
			after := w.runShares(fa, fb, 1)
			for k := range after {
				if after[k] < before[k] {
					t.Errorf("run share %d fell: %v → %v", runKs[k], before[k], after[k])
				}
			}
			if raised := after[2] > before[2]; raised != tt.want8 {
				t.Errorf("runs of eight %v → %v, want raised %v", before[2], after[2], tt.want8)
			}
			if tt.want8 && after[2] < 0.99 {
				t.Errorf("runs of eight after the fold %v, want the whole text", after[2])
			}
		})
	}
}

func TestMisreadings(t *testing.T) {
	words := map[uint64]*word{
		1:  {letters: []rune("the"), n: 20},
		2:  {letters: []rune("tbe"), n: 2},
		3:  {letters: []rune("tbo"), n: 1}, // one letter from "tbe", two from "the"
		4:  {letters: []rune("had"), n: 3},
		5:  {letters: []rune("bad"), n: 1},
		6:  {letters: []rune("have"), n: 1},
		7:  {letters: []rune("havc"), n: 1},
		8:  {letters: []rune("boilers"), n: 4},
		9:  {letters: []rune("was"), n: 3},
		10: {letters: []rune("has"), n: 9}, // "w" and "h" look nothing alike: another word
	}
	want := map[uint64]uint64{
		2: 1, // the more frequent
		3: 1, // through "tbe"
		5: 4,
		7: 6, // as frequent: the smaller hash
	}
	got := misreadings(words)
	if len(got) != len(want) {
		t.Errorf("misreadings = %v, want %v", got, want)
	}
	for h, g := range want {
		if got[h] != g {
			t.Errorf("%s → %d, want %d", string(words[h].letters), got[h], g)
		}
	}
}
