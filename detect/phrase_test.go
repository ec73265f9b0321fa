package detect

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestPhraseOnly(t *testing.T) {
	d, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	off, err := New(Options{PhraseGrams: -1})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		v    Votes
		want bool
	}{
		{Votes{Fingerprints: 2}, true},
		{Votes{Fingerprints: 2, Bags: 3, Terms: 3}, true},
		{Votes{Fingerprints: 3}, false},          // more than one phrase's worth
		{Votes{Fingerprints: 2, Bags: 4}, false}, // another signal too
		{Votes{Fingerprints: 2, Terms: 4}, false},
		{Votes{Fingerprints: 2, Same: 1}, false},
		{Votes{Bags: 4}, false}, // not proposed by fingerprints
		{Votes{Terms: 6}, false},
	}
	for _, tt := range tests {
		if got := d.PhraseOnly(tt.v); got != tt.want {
			t.Errorf("PhraseOnly(%+v) = %v, want %v", tt.v, got, tt.want)
		}
		if off.PhraseOnly(tt.v) {
			t.Errorf("PhraseGrams -1: PhraseOnly(%+v) = true, want false", tt.v)
		}
	}
}

func TestNear(t *testing.T) {
	filler := func(seed string, n int) string {
		// Words of their own, so that two fillers share no 3-gram.
		var b strings.Builder
		for i := range n {
			b.WriteString(seed)
			b.WriteString(strings.Repeat("x", i%7+1))
			b.WriteByte(' ')
		}
		return b.String()
	}
	stock := "said in a statement on Monday that "
	copied := "the council will close the library on Fridays from next spring to save money, the mayor said "
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"one stock phrase", filler("alpha", 80) + stock + filler("beta", 80), filler("gamma", 60) + stock + filler("delta", 60), false},
		{"a sentence copied", filler("alpha", 80) + copied + filler("beta", 80), filler("gamma", 60) + copied + filler("delta", 60), true},
		// Two shared phrases of four words (two grams each) and one of
		// five (three): seven grams, close together in b.
		{"phrases close together", "the new bridge opened. " + filler("alpha", 60) + " ministers were told plainly. " + filler("beta", 60) + " thousands of people gathered early.",
			filler("gamma", 20) + " the new bridge opened and ministers were told plainly as thousands of people gathered early. " + filler("delta", 20), true},
		// The same phrases spread over more than the window in b.
		{"phrases far apart", "the new bridge opened. " + filler("alpha", 60) + " ministers were told plainly. " + filler("beta", 60) + " thousands of people gathered early.",
			"the new bridge opened. " + filler("gamma", 60) + " ministers were told plainly. " + filler("delta", 60) + " thousands of people gathered early.", false},
		{"nothing shared", filler("alpha", 100), filler("beta", 100), false},
		{"empty", "", filler("beta", 100), false},
	}
	d, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	wk, err := d.NewWorker()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := wk.Grams(wk.ReadWords(tt.a))
			// Any Doc holding the tokens gives the same answer.
			for _, b := range []*Doc{wk.ReadWords(tt.b), wk.Read(tt.b), wk.ReadForPairing(tt.b)} {
				if got := wk.Near(g, b); got != tt.want {
					t.Errorf("Near = %v, want %v", got, tt.want)
				}
			}
		})
	}
}

// TestReadForPairingFrom: reading the tokens first and the rest after
// gives the Doc ReadForPairing gives.
func TestReadForPairingFrom(t *testing.T) {
	text := "The council will close the library on Fridays from next spring to save money. \"We have no choice,\" the mayor said on Monday. Residents plan a protest outside the town hall on Saturday morning."
	for _, mode := range []Mode{All, VerbatimOnly} {
		d, err := New(Options{Mode: mode})
		if err != nil {
			t.Fatal(err)
		}
		wk, err := d.NewWorker()
		if err != nil {
			t.Fatal(err)
		}
		want := wk.Prepare(wk.ReadForPairing(text), nil)
		got := wk.Prepare(wk.ReadForPairingFrom(wk.ReadWords(text)), nil)
		if !reflect.DeepEqual(got.Keys(), want.Keys()) {
			t.Errorf("mode %d: keys %+v, want %+v", mode, got.Keys(), want.Keys())
		}
		other := wk.Prepare(wk.ReadForPairing(strings.Repeat(text+" ", 2)+"Shops will close too."), nil)
		pw, pg := fmt.Sprintf("%+v", wk.Pair(other, want)), fmt.Sprintf("%+v", wk.Pair(other, got))
		if pg != pw || pw == "<nil>" {
			t.Errorf("mode %d: paired as\n%s\nwant\n%s", mode, pg, pw)
		}
	}
}
