package detect

import (
	"strings"
	"testing"

	"github.com/reprint/reprint/internal/synth"
)

func mustRun(t *testing.T, texts []string) *Result {
	t.Helper()
	d, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := d.Run(t.Context(), texts, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Pairs {
		for _, ps := range p.Passages {
			if _, err := ps.A.In(texts[p.A]); err != nil {
				t.Errorf("pair %d-%d: passage A: %v", p.A, p.B, err)
			}
			if _, err := ps.B.In(texts[p.B]); err != nil {
				t.Errorf("pair %d-%d: passage B: %v", p.A, p.B, err)
			}
		}
	}
	return res
}

const shared = "The ministry said on Friday that it had reclaimed twenty eight settlements in the region after weeks of heavy fighting, and that the remaining units had been surrounded and would be offered a chance to surrender before the assault resumed at dawn."

func TestRunFindsPlantedPassage(t *testing.T) {
	set := synth.Corpus(1, 6, synth.Options{})
	texts := make([]string, set.Len())
	for i := range texts {
		texts[i] = set.Text(i)
	}
	// Plant one passage into documents 1 and 4, in the middle.
	texts[1] = texts[1][:len(texts[1])/2] + " " + shared + " " + texts[1][len(texts[1])/2:]
	texts[4] = shared + " " + texts[4]
	res := mustRun(t, texts)
	var got []string
	for _, p := range res.Pairs {
		got = append(got, strings.Join([]string{string(rune('0' + p.A)), string(rune('0' + p.B))}, "-"))
		if p.A == 1 && p.B == 4 {
			if len(p.Passages) != 1 {
				t.Fatalf("pair 1-4: %d passages; want 1", len(p.Passages))
			}
			a := texts[1][p.Passages[0].A.Start:p.Passages[0].A.End]
			if !strings.Contains(shared, a) || len(a) < len(shared)*9/10 {
				t.Errorf("pair 1-4 passage A = %q; want most of the planted passage", a)
			}
			if p.Coverage.B <= p.Coverage.A {
				t.Errorf("coverage = %+v; want B (short doc) > A", p.Coverage)
			}
		}
	}
	found := false
	for _, g := range got {
		found = found || g == "1-4"
	}
	if !found {
		t.Errorf("Run pairs = %v; want 1-4 among them", got)
	}
}

func TestRunBadInputs(t *testing.T) {
	long := strings.Repeat("the same line of text repeated over and over again\n", 10000)
	tests := []struct {
		name  string
		texts []string
		pairs int
	}{
		{"none", nil, 0},
		{"one", []string{shared}, 0},
		{"empty", []string{"", "", ""}, 0},
		{"shorter than a shingle", []string{"two words", "other words"}, 0},
		{"identical and shorter than a shingle", []string{"two words", "two words"}, 1},
		{"identical", []string{shared, shared}, 1},
		{"repetitive", []string{long, long}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustRun(t, tt.texts)
			if len(res.Pairs) != tt.pairs {
				t.Fatalf("Run: %d pairs; want %d", len(res.Pairs), tt.pairs)
			}
			if tt.name == "identical" {
				p := res.Pairs[0]
				if p.Coverage.A != 1 || p.Coverage.B != 1 {
					t.Errorf("identical coverage = %+v; want 1, 1", p.Coverage)
				}
			}
		})
	}
}
