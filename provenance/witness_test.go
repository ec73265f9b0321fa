package provenance_test

import (
	"strings"
	"testing"
	"time"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/provenance"
)

// whole is the span of all of text.
func whole(text string) []reprint.Span { return []reprint.Span{{Start: 0, End: len(text)}} }

func TestTally(t *testing.T) {
	const (
		source = "The council voted on Tuesday to close the old library on Mill Street. " +
			"Residents who packed the hall said the building was the heart of the town. " +
			"The mayor said the repairs would cost more than the town could raise."
		// An expansion: all of the source, reworded in two places, plus a
		// paragraph of its own.
		expansion = "The council voted on Tuesday to shut the old library on Mill Street. " +
			"Residents who packed the hall said the building was the soul of the town. " +
			"The mayor said the repairs would cost more than the town could raise. " +
			"Our reporter visited the library last week and found the roof leaking badly."
		// Copies that took the source's wording.
		copy1 = "The council voted on Tuesday to close the old library on Mill Street. " +
			"Residents who packed the hall said the building was the heart of the town."
		copy2 = "Residents who packed the hall said the building was the heart of the town. " +
			"The council voted on Tuesday to close the old library on Mill Street, it said."
		// A copy of the expansion.
		copy3 = "The council voted on Tuesday to shut the old library on Mill Street, " +
			"and residents said the building was the soul of the town."
		unrelated = "Heavy rain is expected across the north of the country on Friday."
	)
	g := provenance.NewGrams
	tests := []struct {
		name     string
		a, b     string
		versions []string
		wantA    bool // A's wording carried more
		wantVote provenance.Source
	}{
		{"copies carry the source's wording", source, expansion, []string{copy1, copy2}, true, provenance.SourceA},
		{"same, sides swapped", expansion, source, []string{copy1, copy2}, false, provenance.SourceB},
		{"a copy of the expansion alone is one version", source, expansion, []string{copy3, unrelated}, false, provenance.SourceUnknown},
		{"unrelated versions carry nothing", source, expansion, []string{unrelated}, false, provenance.SourceUnknown},
		{"no versions", source, expansion, nil, false, provenance.SourceUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var vs []*provenance.Grams
			for _, v := range tt.versions {
				vs = append(vs, g(v))
			}
			w := provenance.Tally(g(tt.a), g(tt.b), whole(tt.a), whole(tt.b), vs)
			if w.Versions != len(tt.versions) {
				t.Errorf("Versions = %d; want %d", w.Versions, len(tt.versions))
			}
			if w.VariantsA == 0 || w.VariantsB == 0 {
				t.Errorf("variants A %d B %d; want both sides to differ", w.VariantsA, w.VariantsB)
			}
			if tt.wantA && (w.CarriedA <= w.CarriedB || w.ForA != len(tt.versions)) {
				t.Errorf("tally %+v; want every version to carry more of A's wording", w)
			}
			if got := provenance.Direct(provenance.Signals{Witness: scaled(w)}).Source; got != tt.wantVote {
				t.Errorf("Direct with witnesses %+v = %v; want %v", w, got, tt.wantVote)
			}
		})
	}
}

// TestTallyDated: the versions on each side published more than
// DateTolerance before the other side are counted; undated versions, or
// an undated other side, count none.
func TestTallyDated(t *testing.T) {
	const (
		source    = "The council voted on Tuesday to close the old library on Mill Street. The mayor said the repairs would cost more than the town could raise."
		expansion = "The council voted on Tuesday to shut the old library on Mill Street. The mayor said the repairs would cost more than the town could raise. Our reporter found the roof leaking."
		copy1     = "The council voted on Tuesday to close the old library on Mill Street."
		copy2     = "Late news: the council voted on Tuesday to close the old library on Mill Street."
		copy3     = "The council voted on Tuesday to shut the old library on Mill Street, said the paper."
	)
	g := provenance.NewGrams
	day := time.Date(2025, 9, 16, 7, 30, 0, 0, time.UTC)
	vs := []*provenance.Grams{g(copy1), g(copy2), g(copy3)}
	tests := []struct {
		name           string
		dates          provenance.Dates
		earlyA, earlyB int
	}{
		{"all dated before B", provenance.Dates{B: day.Add(72 * time.Hour), Versions: []time.Time{day, day, day}}, 2, 0},
		{"one undated", provenance.Dates{B: day.Add(72 * time.Hour), Versions: []time.Time{day, {}, day}}, 1, 0},
		{"within the tolerance", provenance.Dates{B: day.Add(provenance.DateTolerance / 2), Versions: []time.Time{day, day, day}}, 0, 0},
		{"B undated", provenance.Dates{Versions: []time.Time{day, day, day}}, 0, 0},
		{"A dated: the copy of the expansion before it", provenance.Dates{A: day.Add(72 * time.Hour), Versions: []time.Time{day, day, day}}, 0, 1},
		{"no dates", provenance.Dates{}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := provenance.TallyDated(g(source), g(expansion), whole(source), whole(expansion), vs, tt.dates)
			if w.ForA != 2 || w.ForB != 1 {
				t.Fatalf("tally %+v; want 2 versions for A, 1 for B", w)
			}
			if w.EarlyForA != tt.earlyA || w.EarlyForB != tt.earlyB {
				t.Errorf("early A %d B %d; want %d %d", w.EarlyForA, w.EarlyForB, tt.earlyA, tt.earlyB)
			}
			if plain := provenance.Tally(g(source), g(expansion), whole(source), whole(expansion), vs); plain.EarlyForA != 0 || plain.EarlyForB != 0 {
				t.Errorf("Tally without dates counts early versions: %+v", plain)
			}
		})
	}
}

// scaled multiplies a tally's carried grams as if each sentence were
// WitnessMinGrams times as long: the fixtures are three sentences, a real
// article is thirty.
func scaled(w provenance.Witness) provenance.Witness {
	w.CarriedA *= provenance.WitnessMinGrams
	w.CarriedB *= provenance.WitnessMinGrams
	return w
}

func TestTallyPassageEdges(t *testing.T) {
	a := "alpha beta gamma delta epsilon zeta eta theta iota kappa"
	b := "alpha beta gamma delta epsilon zeta eta theta iota lambda"
	ga, gb := provenance.NewGrams(a), provenance.NewGrams(b)
	copyOfA := provenance.NewGrams(a)
	// Only the gram "eta theta iota kappa" differs. A passage that ends
	// before "kappa" holds no variant: a gram straddling the edge is not one.
	upToIota := []reprint.Span{{Start: 0, End: strings.Index(a, " kappa")}}
	if w := provenance.Tally(ga, gb, upToIota, upToIota, []*provenance.Grams{copyOfA}); w.VariantsA != 0 || w.CarriedA != 0 {
		t.Errorf("tally %+v; want no variants of A inside a passage that stops before them", w)
	}
	// Over the whole texts, a copy of A carries A's variant.
	w := provenance.Tally(ga, gb, whole(a), whole(b), []*provenance.Grams{copyOfA})
	if w.VariantsA != 1 || w.CarriedA != 1 || w.ForA != 1 {
		t.Errorf("tally %+v; want A's one variant carried by the copy of A", w)
	}
}

func TestGramsBadInput(t *testing.T) {
	for _, text := range []string{"", "one two three", "\xff\xfe\x00 bad \xc3", strings.Repeat("word ", 100000)} {
		g := provenance.NewGrams(text)
		w := provenance.Tally(g, provenance.NewGrams("other words here entirely and more"), whole(text), nil, []*provenance.Grams{g})
		if w.CarriedB != 0 {
			t.Errorf("NewGrams(%.20q): tally %+v; B has no passages, so no variants", text, w)
		}
	}
}

// BenchmarkWitness measures the witness stage for one pair of 2,000-word
// versions with eight other versions: grams of the ten texts, then Tally.
func BenchmarkWitness(b *testing.B) {
	words := strings.Fields(strings.Repeat("the council voted on tuesday to close the old library on mill street after residents said ", 120))
	version := func(k int) string {
		w := append([]string(nil), words...)
		for i := k; i < len(w); i += 17 + k {
			w[i] = "edit" + strings.Repeat("x", k)
		}
		return strings.Join(w, " ")
	}
	texts := make([]string, 10)
	for k := range texts {
		texts[k] = version(k + 1)
	}
	spans := func(s string) []reprint.Span { return whole(s) }
	b.SetBytes(int64(len(texts[0]) * len(texts)))
	b.ReportAllocs()
	for b.Loop() {
		gs := make([]*provenance.Grams, len(texts))
		for k, t := range texts {
			gs[k] = provenance.NewGrams(t)
		}
		provenance.Tally(gs[0], gs[1], spans(texts[0]), spans(texts[1]), gs[2:])
	}
}
