package credit

import (
	"testing"

	"github.com/reprint/reprint"
)

// TestLedeSkipsHeadline: the first line of a plain text without a title,
// a headline of twelve words ending in a letter, is no lede; the
// paragraph after it is, and its "…, njofton ATSH." is the lede's.
func TestLedeSkipsHeadline(t *testing.T) {
	text := "Ra ura dyqindvjeçare mbi Vardhë, dy fshatra të Lisvardhit mbeten pa rrugë\n\n" +
		"Dy fshatra të Lisvardhit kanë mbetur të shkëputura nga qendra e bashkisë, pasi lumi rrëzoi harkun e urës, njofton ATSH. Ura u ndërtua dy shekuj më parë.\n"
	a := &reprint.Article{Text: text}
	got := ledeSentence(a)
	want := "Dy fshatra të Lisvardhit kanë mbetur të shkëputura nga qendra e bashkisë, pasi lumi rrëzoi harkun e urës, njofton ATSH."
	if got.Empty() || text[got.Start:got.End] != want {
		t.Errorf("ledeSentence = %q; want %q", text[got.Start:got.End], want)
	}
}
