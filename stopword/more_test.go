package stopword_test

import (
	"slices"
	"testing"

	"github.com/reprint/reprint/stopword"
)

func TestMore(t *testing.T) {
	sq := stopword.More("sq")
	for _, w := range []string{"të", "në", "për", "është", "që", "dhe", "te", "ne"} {
		if !slices.Contains(sq, w) {
			t.Errorf("stopword.More(sq) lacks %q", w)
		}
	}
	for _, w := range []string{"ura", "fshat"} { // bridge, village
		if slices.Contains(sq, w) {
			t.Errorf("stopword.More(sq) holds the content word %q", w)
		}
	}
	lo := stopword.More("lo")
	for _, w := range []string{"ແລະ", "ທີ່", "ຂອງ"} {
		if !slices.Contains(lo, w) {
			t.Errorf("stopword.More(lo) lacks %q", w)
		}
	}
	if si := stopword.More("si"); !slices.Contains(si, "සහ") || !slices.Contains(si, "සඳහා") {
		t.Errorf("More(si) lacks සහ or සඳහා")
	}
	if pa := stopword.More("pa"); !slices.Contains(pa, "ਦੇ") || !slices.Contains(pa, "ਵਿੱਚ") || slices.Contains(pa, "ਪੁਲ") {
		t.Errorf("More(pa) lacks ਦੇ or ਵਿੱਚ, or holds ਪੁਲ (bridge)")
	}
	if gu := stopword.ISO("gu"); !slices.Contains(gu, "અને") || slices.Contains(gu, "ડેરી") {
		t.Errorf("ISO(gu) lacks અને, or holds ડેરી (dairy)")
	}
	if stopword.More("xx") != nil || stopword.Of("sq") == nil || stopword.Of("lo") == nil {
		t.Error("More or Of: wrong lists for unknown, Albanian or Lao")
	}
}
