package judge

import "testing"

func TestJudge(t *testing.T) {
	tests := []struct {
		name string
		e    Evidence
		want Relation
	}{
		{"nothing", Evidence{}, Unrelated},
		{"topic only", Evidence{Similarity: SameStoryMin, SharedTerms: SameStoryMinTerms}, SameStory},
		{"topic below", Evidence{Similarity: SameStoryMin / 2, SharedTerms: 20}, Unrelated},
		{"topic from too few terms", Evidence{Similarity: 0.9, SharedTerms: SameStoryMinTerms - 1}, Unrelated},
		{"stock phrases only", Evidence{A: Side{Run3: ReuseMin - 0.01}, Passages: 1}, SameStory},
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
