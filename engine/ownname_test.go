package engine

import (
	"testing"

	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/judge"
)

func TestOwnNamed(t *testing.T) {
	d, err := detect.New(detect.Options{})
	if err != nil {
		t.Fatal(err)
	}
	wk, err := d.NewWorker()
	if err != nil {
		t.Fatal(err)
	}
	// Two stories of one station: a market fire and a football
	// tournament, each signed off with the station's name and sharing
	// the city and the currency.
	fire := "Wan bigi faya bron 23 kraam na a Mariapasi wowoyo na Paramaribo-Noord.\n\nA lasi de SRD 1,4 milyun, Rodney Sabajo taki.\n\nRadio Pasi o tan waka nanga a nyunsu disi.\n\nSharon Ritfeld, Radio Pasi 96.3 FM"
	football := "Wan grupu yonkuman fu Sabanabirti na Paramaribo-Zuid seti wan futubal-strei.\n\nA grupu di wini o kisi SRD 5.000, Marvin Kanhai taki.\n\nRadio Pasi o meri den bakapisi fu a strei.\n\nJurgen Vroom, Radio Pasi 96.3 FM"
	// The same two texts shared with a weather service: its name is what
	// the story is about.
	sameStory := func() *detect.Pair {
		return &detect.Pair{Relation: judge.SameStory, Evidence: judge.Evidence{
			Named: true, Similarity: 0.38, SharedTerms: 12, SharedFacts: 6}}
	}
	tests := []struct {
		name         string
		p            *detect.Pair
		siteA, siteB string
		want         bool
	}{
		{"two stories of one station", sameStory(), "Radio Pasi 96.3 FM", "Radio Pasi 96.3 FM", true},
		{"a copy of one beside the other", sameStory(), "Wakanyunsu", "Radio Pasi 96.3 FM", true},
		{"no publisher known", sameStory(), "", "", false},
		{"a publisher that is no outlet", sameStory(), "Paramaribo Weather Service", "Suriname Football Association", false},
		{"a pair with a passage", func() *detect.Pair { p := sameStory(); p.Evidence.Passages = 1; return p }(), "Radio Pasi 96.3 FM", "Radio Pasi 96.3 FM", false},
		{"a rewrite", func() *detect.Pair { p := sameStory(); p.Relation = judge.Rewrite; return p }(), "Radio Pasi 96.3 FM", "Radio Pasi 96.3 FM", false},
	}
	for _, tt := range tests {
		if got := ownNamed(wk, tt.p, fire, football, tt.siteA, tt.siteB); got != tt.want {
			t.Errorf("%s: ownNamed = %v; want %v", tt.name, got, tt.want)
		}
	}
}
