package engine

import (
	"math"
	"testing"

	"github.com/reprint/reprint"
)

// TestTitleKin: the share of a headline's words another carries, words
// matched whole or by their first titleKinStem letters.
func TestTitleKin(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want float64
	}{
		{"Bridge collapse: 11 Ebonyi communities cut off, motorcyclist swept away",
			"Ebonyi Bridge Collapse: Motorcyclist Swept Away as 11 Communities Are Cut Off (Full Details)", 1},
		{"Gəlinqayada yamac sürüşür: evlər çatlayır, ailələr köçürülür",
			"Gəlinqayada yamac sürüşür: evləri çatlayan ailələr köçürülür – bilməli olduğunuz hər şey", 1},
		{"Rail minister resigns over contract emails", "Minister resigns over signalling contract row", 4.0 / 6},
		{"百年廊桥毁于山洪", "百年廊桥毁于山洪", 1},
		{"", "anything", 0},
		{"Svømmehal lukker", "Hjortsbæk mister sin svømmehal", 0.5},
	} {
		if got := titleKin(kinWords(tc.a), kinWords(tc.b)); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("titleKin(%q, %q) = %.3f; want %.3f", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestArticleTitle: a titled article's headline is its title without its
// site; a plain text's is its cleaned first line when that line has a
// headline's shape.
func TestArticleTitle(t *testing.T) {
	for _, tc := range []struct {
		a    reprint.Article
		want string
	}{
		{reprint.Article{Meta: reprint.Meta{Title: "Bridge shut - Valley News", Site: "Valley News"}}, "Bridge shut"},
		{reprint.Article{Text: "Ra ura dyqindvjeçare mbi Vardhë\n\nDy fshatra kanë mbetur pa rrugë, njofton ATSH.\n"}, "Ra ura dyqindvjeçare mbi Vardhë"},
		{reprint.Article{Text: "The council met on Tuesday.\n\nIt voted.\n"}, ""},
		{reprint.Article{Text: "Bridge shut\nThe council met on Tuesday.\n"}, ""},
	} {
		if got := articleTitle(&tc.a); got != tc.want {
			t.Errorf("articleTitle(%q) = %q; want %q", tc.a.Text, got, tc.want)
		}
	}
}
