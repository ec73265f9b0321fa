package judge

import (
	"errors"
	"testing"
)

func TestJudge(t *testing.T) {
	tests := []struct {
		name string
		e    Evidence
		want Relation
	}{
		{"nothing", Evidence{}, Unrelated},
		{"topic only", Evidence{Similarity: SameStoryMin, SharedTerms: SameStoryMinTerms}, SameStory},
		{"topic below", Evidence{Similarity: SameStoryMin / 2, SharedTerms: 20}, Unrelated},
		{"topic with the event's names", Evidence{Similarity: SameStoryMin, SharedTerms: 40, SharedFacts: SameStoryMinFacts, Named: true}, SameStory},
		{"topic without the event's names", Evidence{Similarity: SameStoryMin, SharedTerms: 40, SharedFacts: SameStoryMinFacts - 1, Named: true}, Unrelated},
		{"topic with the event's names in enough names", Evidence{Similarity: SameStoryMin, SharedTerms: 40, SharedFacts: SameStoryMinFacts, SharedNames: SameStoryMinNames, Named: true}, SameStory},
		{"topic with its facts in two names (a league's round)", Evidence{Similarity: SameStoryMin, SharedTerms: 40, SharedFacts: SameStoryMinFacts, SharedNames: SameStoryMinNames - 1, Named: true}, Unrelated},
		{"a passage with the facts in two names", Evidence{Similarity: 0.1, SharedTerms: 40, SharedFacts: SameStoryMinFacts, SharedNames: SameStoryMinNames - 1, Named: true, Passages: 1}, SameStory},
		{"topic in a script without capitals", Evidence{Similarity: SameStoryMin, SharedTerms: 40, SharedFacts: 0}, SameStory},
		{"a passage without the event's names", Evidence{Similarity: 0.1, SharedTerms: 40, Named: true, Passages: 1}, Unrelated},
		{"a passage with the event's names", Evidence{Similarity: 0.1, SharedTerms: 40, SharedFacts: SameStoryMinFacts, Named: true, Passages: 1}, SameStory},
		// Without capitals, the similarity guards what the names do: a
		// passage of an outlet's dispatch formula and a stray clause is
		// no story shared.
		{"a passage in a script without capitals", Evidence{Similarity: SameStoryMin, SharedTerms: 40, Passages: 1}, SameStory},
		{"a passage without capitals or a shared topic", Evidence{Similarity: 0.1, SharedTerms: 40, Passages: 1}, Unrelated},
		{"a verbatim passage without the event's names", Evidence{A: Side{Verbatim: 0.02}, B: Side{Verbatim: 0.03}, Similarity: 0.1, SharedTerms: 40, Named: true, Passages: 1}, SameStory},
		{"topic from too few terms", Evidence{Similarity: 0.9, SharedTerms: SameStoryMinTerms - 1}, Unrelated},
		{"stock phrases only", Evidence{A: Side{Run3: ReuseMin - 0.01}, Similarity: SameStoryMin, Passages: 1}, SameStory},
		{"copy", Evidence{A: Side{Run3: 1, Run8: CopyMin, Run32: CopyMin}, Passages: 1}, Copy},
		{"copy on B side", Evidence{A: Side{Run3: 0.2}, B: Side{Run3: 0.95, Run8: 0.9, Run32: 0.9}, Passages: 1}, Copy},
		{"partial copy", Evidence{A: Side{Run3: 0.6, Run8: 0.5, Run32: CutMin}, Passages: 2}, PartialCopy},
		{"rewrite by phrases", Evidence{B: Side{Run3: ReuseMin, Run8: 0.1, Run32: CutMin - 0.01}, Passages: 1}, Rewrite},
		{"rewrite by sentences", Evidence{B: Side{Run3: 0.05, Verbatim: 0.1, Rewrite: RewriteMin - 0.1}, Passages: 3}, Rewrite},
		{"derived side decides", Evidence{A: Side{Run3: 0.1, Run32: 0.3}, B: Side{Run3: 0.4}, Passages: 1}, Rewrite},
		{"verbatim passage in a long text", Evidence{A: Side{Run3: ReuseMin, Verbatim: 0.16, Run8: 0.16}, B: Side{Run3: 0.04, Verbatim: 0.04}, Passages: 1}, PartialCopy},
		{"light edits in verbatim passages", Evidence{A: Side{Run3: 0.6, Verbatim: 0.9, Run8: 0.3}, Passages: 2}, Rewrite},
		{"verbatim below rewrite", Evidence{A: Side{Run3: ReuseMin, Verbatim: 0.2, Rewrite: 0.3}, Passages: 2}, Rewrite},
		{"phrases without a passage", Evidence{A: Side{Run3: 0.5, Run8: 0.9, Run32: 0.9}, Similarity: 0.3, SharedTerms: 9}, SameStory},
	}
	for _, tt := range tests {
		if got := Judge(tt.e); got != tt.want {
			t.Errorf("%s: Judge(%+v) = %v; want %v", tt.name, tt.e, got, tt.want)
		}
	}
}

func TestRelationNames(t *testing.T) {
	for r := Unrelated; r <= Copy; r++ {
		back, err := ParseRelation(r.String())
		if err != nil || back != r {
			t.Errorf("ParseRelation(%q) = %v, %v; want %v", r.String(), back, err, r)
		}
	}
	if _, err := ParseRelation("cousin"); err == nil {
		t.Errorf("ParseRelation(cousin) succeeded")
	}
}

// TestThresholdsJudge: each bar of Thresholds moves the relation it names,
// and the zero value judges as the package's Judge.
func TestThresholdsJudge(t *testing.T) {
	copied := Evidence{A: Side{Run3: 1, Run8: 0.9, Run32: 0.9, Verbatim: 0.95}, Passages: 1}
	rewritten := Evidence{B: Side{Run3: 0.3, Run8: 0.15, Run32: 0.15, Rewrite: 0.4}, Similarity: 0.3, Passages: 2}
	thorough := Evidence{B: Side{Run3: 0.05, Rewrite: 0.6}, Similarity: 0.3, Passages: 3}
	passage := Evidence{A: Side{Run3: ReuseMin, Verbatim: 0.16, Run8: 0.1}, Passages: 1}
	topic := Evidence{Similarity: 0.3, SharedTerms: 6}
	tests := []struct {
		name string
		th   Thresholds
		e    Evidence
		want Relation
	}{
		{"copy by default", Thresholds{}, copied, Copy},
		{"copy above CopyMin", Thresholds{CopyMin: 0.95}, copied, PartialCopy},
		{"and above CutMin too", Thresholds{CopyMin: 0.95, CutMin: 0.95, VerbatimRunShare: 1}, copied, Rewrite},
		{"rewrite by default", Thresholds{}, rewritten, Rewrite},
		{"rewrite above ReuseMin", Thresholds{ReuseMin: 0.35}, rewritten, SameStory},
		{"rewrite below CutMin", Thresholds{CutMin: 0.1}, rewritten, PartialCopy},
		{"thorough rewrite by default", Thresholds{}, thorough, Rewrite},
		{"thorough rewrite above RewriteMin", Thresholds{RewriteMin: 0.7}, thorough, SameStory},
		{"verbatim passage by default", Thresholds{}, passage, PartialCopy},
		{"verbatim passage above VerbatimRunShare", Thresholds{VerbatimRunShare: 0.7}, passage, Rewrite},
		{"topic by default", Thresholds{}, topic, SameStory},
		{"topic above SameStoryMin", Thresholds{SameStoryMin: 0.35}, topic, Unrelated},
		{"topic above SameStoryMinTerms", Thresholds{SameStoryMinTerms: 7}, topic, Unrelated},
	}
	for _, tt := range tests {
		if got := tt.th.Judge(tt.e); got != tt.want {
			t.Errorf("%s: %+v.Judge(%+v) = %v; want %v", tt.name, tt.th, tt.e, got, tt.want)
		}
		if got, def := (Thresholds{}).Judge(tt.e), Judge(tt.e); got != def {
			t.Errorf("%s: Thresholds{}.Judge = %v; Judge = %v", tt.name, got, def)
		}
	}
}

func TestThresholdsDefaults(t *testing.T) {
	var th Thresholds
	th.SetDefaults()
	if th != DefaultThresholds() {
		t.Errorf("SetDefaults() = %+v; want %+v", th, DefaultThresholds())
	}
	if th.ReuseMin != ReuseMin || th.CutMin != CutMin || th.RewriteMin != RewriteMin || th.CopyMin != CopyMin ||
		th.VerbatimRunShare != VerbatimRunShare || th.SameStoryMin != SameStoryMin || th.SameStoryMinTerms != SameStoryMinTerms ||
		th.WholeMin != WholeMin || th.PartSimilarityMin != PartSimilarityMin {
		t.Errorf("DefaultThresholds() = %+v; want the constants", th)
	}
	set := Thresholds{CopyMin: 0.9}
	set.SetDefaults()
	if set.CopyMin != 0.9 || set.CutMin != CutMin {
		t.Errorf("SetDefaults kept %+v; want CopyMin 0.9 and the rest default", set)
	}
}

func TestThresholdsValidate(t *testing.T) {
	tests := []struct {
		th Thresholds
		ok bool
	}{
		{Thresholds{}, true},
		{DefaultThresholds(), true},
		{Thresholds{CopyMin: 1}, true},
		{Thresholds{CopyMin: 1.01}, false},
		{Thresholds{ReuseMin: -0.1}, false},
		{Thresholds{WholeMin: 2}, false},
		{Thresholds{PartSimilarityMin: -1}, false},
		{Thresholds{SameStoryMinTerms: -1}, false},
	}
	for _, tt := range tests {
		err := tt.th.Validate()
		if (err == nil) != tt.ok {
			t.Errorf("%+v.Validate() = %v; want ok %v", tt.th, err, tt.ok)
		}
		if err != nil && !errors.Is(err, ErrThreshold) {
			t.Errorf("%+v.Validate() = %v; want ErrThreshold", tt.th, err)
		}
	}
}
