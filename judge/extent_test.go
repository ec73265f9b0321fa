package judge

import "testing"

func TestExtentOf(t *testing.T) {
	tests := []struct {
		name string
		e    Evidence
		d    Side
		want Extent
	}{
		{"nothing", Evidence{}, Side{}, ExtentNone},
		{"whole reworded", Evidence{Passages: 3}, Side{Rewrite: WholeMin}, ExtentWhole},
		{"whole in both kinds", Evidence{Passages: 3}, Side{Verbatim: WholeMin / 2, Rewrite: WholeMin / 2}, ExtentWhole},
		{"part by reuse", Evidence{A: Side{Run3: ReuseMin, Verbatim: 0.1}, Passages: 1}, Side{Run3: ReuseMin, Verbatim: 0.1}, ExtentPart},
		{"part by similarity", Evidence{Similarity: PartSimilarityMin, SharedTerms: 12}, Side{}, ExtentPart},
		{"same story below the bar", Evidence{Passages: 1, Similarity: PartSimilarityMin - 0.01, SharedTerms: 12}, Side{Rewrite: 0.2, Run3: 0.1}, ExtentNone},
		{"similar, but the derived text's vocabulary is its own", Evidence{Similarity: PartSimilarityMin + 0.05, SharedTerms: 12}, Side{Run1: VocabularyMin - 0.05}, ExtentNone},
		{"similar, vocabulary shared", Evidence{Similarity: PartSimilarityMin + 0.05, SharedTerms: 12}, Side{Run1: VocabularyMin + 0.05}, ExtentPart},
	}
	for _, tt := range tests {
		if got := ExtentOf(tt.e, tt.d); got != tt.want {
			t.Errorf("%s: ExtentOf(%+v, %+v) = %v; want %v", tt.name, tt.e, tt.d, got, tt.want)
		}
	}
}

// TestExtentBesideRelation: relation and extent answer separately — a
// paragraph copied word for word into a long article is a partial copy of
// a part, a whole story reworded a rewrite of the whole.
func TestExtentBesideRelation(t *testing.T) {
	passage := Evidence{A: Side{Run3: ReuseMin, Run8: 0.16, Verbatim: 0.16}, B: Side{Run3: 0.04, Verbatim: 0.04}, Passages: 1}
	d, _ := passage.DerivedSide()
	if r, x := Judge(passage), ExtentOf(passage, d); r != PartialCopy || x != ExtentPart {
		t.Errorf("verbatim passage: %v · %v; want partial-copy · part", r, x)
	}
	reworded := Evidence{B: Side{Run3: 0.3, Rewrite: 0.95}, A: Side{Run3: 0.2, Rewrite: 0.7}, Passages: 4}
	d, isB := reworded.DerivedSide()
	if r, x := Judge(reworded), ExtentOf(reworded, d); r != Rewrite || x != ExtentWhole || !isB {
		t.Errorf("whole rewrite: %v · %v (derived B %v); want rewrite · whole of B", r, x, isB)
	}
}

func TestExtentNames(t *testing.T) {
	for x := ExtentNone; x <= ExtentWhole; x++ {
		back, err := ParseExtent(x.String())
		if err != nil || back != x {
			t.Errorf("ParseExtent(%q) = %v, %v; want %v", x.String(), back, err, x)
		}
	}
	if _, err := ParseExtent("most"); err == nil {
		t.Errorf("ParseExtent(most) succeeded")
	}
}

func TestThresholdsExtentOf(t *testing.T) {
	whole := Side{Rewrite: 0.9, Run3: 0.3}
	e := Evidence{B: whole, Passages: 3}
	tests := []struct {
		name string
		th   Thresholds
		e    Evidence
		d    Side
		want Extent
	}{
		{"whole by default", Thresholds{}, e, whole, ExtentWhole},
		{"part above WholeMin", Thresholds{WholeMin: 0.95}, e, whole, ExtentPart},
		{"similar by default", Thresholds{}, Evidence{Similarity: 0.25, SharedTerms: 9}, Side{}, ExtentPart},
		{"similar above PartSimilarityMin", Thresholds{PartSimilarityMin: 0.3}, Evidence{Similarity: 0.25, SharedTerms: 9}, Side{}, ExtentNone},
	}
	for _, tt := range tests {
		if got := tt.th.ExtentOf(tt.e, tt.d); got != tt.want {
			t.Errorf("%s: %+v.ExtentOf(%+v, %+v) = %v; want %v", tt.name, tt.th, tt.e, tt.d, got, tt.want)
		}
	}
}

// TestExtentOfStory: a pair read as the same story whatever its passages
// took nothing; only the similarity reads, as for a same-story pair.
func TestExtentOfStory(t *testing.T) {
	rewrite := Evidence{Similarity: 0.39, A: Side{Rewrite: 0.79, Run3: 0.09}, B: Side{Rewrite: 0.9, Run3: 0.09}}
	if got := (Thresholds{}).ExtentOfStory(rewrite); got != ExtentPart {
		t.Errorf("ExtentOfStory(similarity 0.39) = %v; want part", got)
	}
	if got := ExtentOf(rewrite, rewrite.B); got != ExtentWhole {
		t.Errorf("ExtentOf(coverage 0.9) = %v; want whole (the passages' reading)", got)
	}
	rewrite.Similarity = PartSimilarityMin - 0.01
	if got := (Thresholds{}).ExtentOfStory(rewrite); got != ExtentNone {
		t.Errorf("ExtentOfStory(similarity under PartSimilarityMin) = %v; want none", got)
	}
}

// TestForeign: an article that draws less than VocabularyMin of its words
// from the other's vocabulary was not written from it, unless its reuse
// lies mostly in verbatim passages; an unmeasured Run1 (zero) says
// nothing.
func TestForeign(t *testing.T) {
	tests := []struct {
		name string
		d    Side
		want bool
	}{
		{"reworded passages, own vocabulary", Side{Rewrite: 0.5, Run3: 0.2, Run1: 0.35}, true},
		{"reworded passages, shared vocabulary", Side{Rewrite: 0.5, Run3: 0.2, Run1: 0.6}, false},
		{"at the bar", Side{Rewrite: 0.5, Run1: VocabularyMin}, false},
		{"word for word, own vocabulary", Side{Verbatim: 0.3, Rewrite: 0.1, Run8: 0.3, Run1: 0.3}, false},
		{"more reworded than verbatim", Side{Verbatim: 0.05, Rewrite: 0.1, Run1: 0.3}, true},
		{"not measured", Side{Rewrite: 0.5, Run3: 0.2}, false},
	}
	for _, tt := range tests {
		if got := DefaultThresholds().Foreign(tt.d); got != tt.want {
			t.Errorf("%s: Foreign(%+v) = %v; want %v", tt.name, tt.d, got, tt.want)
		}
	}
	// Its bar is a threshold like the others.
	th := Thresholds{VocabularyMin: 0.3}
	if th.Foreign(Side{Rewrite: 0.5, Run1: 0.35}) {
		t.Errorf("Thresholds{VocabularyMin: 0.3}.Foreign(Run1 0.35) = true; want false")
	}
}

// TestRetold: a rewrite whose derived side draws too few of its words
// from the other (Foreign), with no verbatim passage, is the same story
// told again when its passages cover at least RetoldMin of it; under the
// bar the passage lies in a host, whose vocabulary is not the passage's.
func TestRetold(t *testing.T) {
	tests := []struct {
		name string
		d    Side
		want bool
	}{
		{"an independent report: own vocabulary over much of it", Side{Rewrite: 0.4, Run1: 0.4}, true},
		{"at the bar", Side{Rewrite: RetoldMin, Run1: 0.4}, true},
		{"a passage in a long host", Side{Rewrite: 0.06, Run1: 0.3}, false},
		{"written from the other", Side{Rewrite: 0.4, Run1: 0.6}, false},
		{"a verbatim passage beside the rewritten ones", Side{Verbatim: 0.02, Rewrite: 0.4, Run1: 0.4}, false},
		{"not measured", Side{Rewrite: 0.4}, false},
	}
	for _, tt := range tests {
		if got := DefaultThresholds().Retold(tt.d); got != tt.want {
			t.Errorf("%s: Retold(%+v) = %v; want %v", tt.name, tt.d, got, tt.want)
		}
	}
	if th := (Thresholds{RetoldMin: 0.5}); th.Retold(Side{Rewrite: 0.4, Run1: 0.4}) {
		t.Errorf("Thresholds{RetoldMin: 0.5}.Retold(Rewrite 0.4) = true; want false")
	}
}
