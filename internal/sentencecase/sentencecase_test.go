package sentencecase_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/reprint/reprint/internal/sentencecase"
)

func TestRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cases.txt")
	data := "preamble ignored\n=== two\nOne. Two\nlines.\n---\nOne.\nTwo\\nlines.\n=== one\nHi.\n---\nHi.\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	cases, err := sentencecase.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []sentencecase.Case{
		{Name: "two", Text: "One. Two\nlines.", Sentences: []string{"One.", "Two\nlines."}},
		{Name: "one", Text: "Hi.", Sentences: []string{"Hi."}},
	}
	if len(cases) != len(want) {
		t.Fatalf("Read = %d cases; want %d", len(cases), len(want))
	}
	for i := range want {
		if cases[i].Name != want[i].Name || cases[i].Text != want[i].Text || !slices.Equal(cases[i].Sentences, want[i].Sentences) {
			t.Errorf("case %d = %+v; want %+v", i, cases[i], want[i])
		}
	}
	ends, err := cases[0].Ends()
	if err != nil || !slices.Equal(ends, []int{4, 15}) {
		t.Errorf("Ends() = %v, %v; want [4 15]", ends, err)
	}
	if err := os.WriteFile(path, []byte("=== empty\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := sentencecase.Read(path); err == nil {
		t.Error("Read(case without input) succeeded; want an error")
	}
	if _, err := (sentencecase.Case{Name: "x", Text: "a", Sentences: []string{"b"}}).Ends(); err == nil {
		t.Error("Ends(sentence not in text) succeeded; want an error")
	}
}

func TestScore(t *testing.T) {
	var s sentencecase.Score
	s.Add("exact", []int{4, 10}, []int{4, 10}, 10)   // one boundary (4) right; 10 is the end
	s.Add("miss", []int{3, 10}, []int{4, 7, 10}, 10) // 3 false, 4 and 7 missed
	if s.Cases != 2 || s.Exact != 1 || s.TP != 1 || s.FP != 1 || s.FN != 2 || !slices.Equal(s.Failures, []string{"miss"}) {
		t.Errorf("Score = %+v; want 2 cases, 1 exact, tp 1 fp 1 fn 2, failures [miss]", s)
	}
	p, r := 1.0/2, 1.0/3
	if got, want := s.F1(), 2*p*r/(p+r); got != want {
		t.Errorf("F1() = %v; want %v", got, want)
	}
	if got := (&sentencecase.Score{}).F1(); got != 0 {
		t.Errorf("F1() of nothing = %v; want 0", got)
	}
}
