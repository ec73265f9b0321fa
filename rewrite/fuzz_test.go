package rewrite_test

import (
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/rewrite"
)

// FuzzAlign checks, for any pair of texts split by the test splitter or
// taken whole, that Align does not panic, that its spans are valid
// sentence spans of their texts, sorted by A, with scores in [0,1], and
// that the units index real sentences.
func FuzzAlign(f *testing.F) {
	f.Add(mergeA, mergeB, uint8(0))
	f.Add("Putin met Witkoff. \"Good,\" he said. 30-day ceasefire!", "Witkoff met Putin! “Good”, 30 days.", uint8(1))
	f.Add("Путин встретился с Уиткоффом. Кремль доволен.", "Кремль доволен. Путин встретился с Уиткоффом.", uint8(2))
	f.Add("", "x", uint8(3))
	f.Add("\xff\xfe. a b c d e. \xc3", "a b c d e.", uint8(4))
	al := mustNew(f, rewrite.Options{MaxSentenceWords: 12})
	f.Fuzz(func(t *testing.T, a, b string, mode uint8) {
		sa, sb := split(a), split(b)
		if mode&1 == 1 {
			sa = []reprint.Span{{Start: 0, End: len(a)}}
		}
		res := al.Align(a, b, sa, sb, nil)
		if !slices.IsSortedFunc(res.Passages, func(x, y reprint.Passage) int { return x.A.Start - y.A.Start }) {
			t.Errorf("passages not sorted by A: %v", res.Passages)
		}
		for _, p := range res.Passages {
			if p.Kind != reprint.Rewrite || p.Score < 0 || p.Score > 1.0001 {
				t.Errorf("bad passage %+v", p)
			}
			for _, c := range []struct {
				text string
				sp   reprint.Span
			}{{a, p.A}, {b, p.B}} {
				if c.sp.Start < 0 || c.sp.End > len(c.text) || c.sp.Empty() {
					t.Fatalf("span %v outside text of %d bytes", c.sp, len(c.text))
				}
				if utf8.ValidString(c.text) {
					if _, err := c.sp.In(c.text); err != nil {
						t.Error(err)
					}
				}
			}
		}
		for _, p := range res.Pairs {
			if len(p.A) < 1 || len(p.A) > 2 || len(p.B) < 1 || len(p.B) > 2 {
				t.Errorf("unit %v %v not 1–1, 1–2 or 2–1", p.A, p.B)
			}
			for _, i := range p.A {
				if i < 0 || i >= len(sa) {
					t.Errorf("unit A index %d outside %d sentences", i, len(sa))
				}
			}
			for _, j := range p.B {
				if j < 0 || j >= len(sb) {
					t.Errorf("unit B index %d outside %d sentences", j, len(sb))
				}
			}
			if p.Passage < -1 || p.Passage >= len(res.Passages) {
				t.Errorf("unit passage %d outside %d passages", p.Passage, len(res.Passages))
			}
		}
	})
}
