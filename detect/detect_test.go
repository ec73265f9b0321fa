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

// TestRunReleaseNotes: two press releases of one issuer that share only
// their notes to editors, word for word, are unrelated; a release whose
// story another text copies is still found.
func TestRunReleaseNotes(t *testing.T) {
	notes := "Ends\n\nNotes to editors\n\nAbout the Health Standards Inspectorate\n\n" +
		"The Health Standards Inspectorate is the independent regulator of health and adult social care services. We make sure these services provide people with safe, effective, compassionate, high-quality care and we encourage them to improve.\n\n" +
		"Services are rated outstanding, good, requires improvement or inadequate. Where we find poor care, we use our enforcement powers to protect the people who use services.\n\n" +
		"The Inspectorate publishes every inspection report in full on its website, together with the evidence appendix, the ratings grid for each core service and the provider's own response, within twenty working days of the final visit.\n\n" +
		"For media enquiries, contact the HSI press office on 020 7946 0815 or email press@healthstandards.example. Out of hours, call 020 7946 0816.\n"
	a := "PRESS RELEASE\n\nNorthfold General Hospital rated inadequate\n\n" + shared + "\n\n" +
		"Inspectors found patients waiting on trolleys in corridors overnight, with no call bells and no privacy, and staff who said their concerns had gone unheard.\n\n" + notes
	x := "PRESS RELEASE\n\nWrenfield care home improves to good\n\n" +
		"The care home in Wrenfield has improved its rating to good after a follow-up visit found new staff, better records and residents who praised the kitchen team.\n\n" +
		"Managers had replaced the medication system and trained every carer in its use, the report said, and families described a calmer home.\n\n" + notes
	copied := "Hospital rated inadequate\n\n" + shared + "\n\nThe trust said it accepted the findings."
	res := mustRun(t, []string{a, x, copied})
	for _, p := range res.Pairs {
		if p.A == 0 && p.B == 1 {
			t.Errorf("the two releases paired (%v, %d passages): they share only their notes", p.Relation, len(p.Passages))
		}
	}
	found := false
	for _, p := range res.Pairs {
		found = found || p.A == 0 && p.B == 2 && len(p.Passages) > 0
	}
	if !found {
		t.Error("the release and the text copying its story: not paired")
	}
}
