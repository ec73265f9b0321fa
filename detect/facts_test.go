package detect

import (
	"slices"
	"testing"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/rewrite"
	"github.com/reprint/reprint/sentence"
)

// TestSimilarityFacts: similarity counts the shared terms that are names
// or figures, and named tells a text whose capitals mark names (five
// entity terms or more) from one in a script without them.
func TestSimilarityFacts(t *testing.T) {
	idf := rewrite.NewIDF()
	mk := func(stems, entities, numbers []uint64) *doc {
		var terms []uint64
		for _, h := range stems {
			terms = append(terms, rewrite.TermID(rewrite.KindStem, h<<3))
		}
		for _, h := range entities {
			terms = append(terms, rewrite.TermID(rewrite.KindEntity, h<<3))
		}
		for _, h := range numbers {
			terms = append(terms, rewrite.TermID(rewrite.KindNumber, h<<3))
		}
		slices.Sort(terms)
		return &doc{terms: terms, norm: termNorm(terms, idf)}
	}
	// Two local stories of one region: the words of local news, one
	// shared place, no shared figure.
	a := mk([]uint64{1, 2, 3, 4, 5, 6, 7, 8}, []uint64{100, 101, 102, 103, 104}, []uint64{500})
	b := mk([]uint64{1, 2, 3, 4, 5, 6, 9, 10}, []uint64{100, 201, 202, 203, 204}, []uint64{600})
	sim, shared, facts := similarity(a, b, idf)
	if shared != 7 || facts != 1 || sim <= 0 {
		t.Errorf("similarity = %.3f, %d shared, %d facts; want > 0, 7, 1", sim, shared, facts)
	}
	// One event's two reports: its place, people and figures.
	c := mk([]uint64{1, 2, 11}, []uint64{100, 101, 102, 300, 301}, []uint64{500, 501})
	d := mk([]uint64{1, 12, 13}, []uint64{100, 101, 102, 400, 401}, []uint64{500, 501})
	if _, shared, facts := similarity(c, d, idf); shared != 6 || facts != 5 {
		t.Errorf("similarity: %d shared, %d facts; want 6, 5", shared, facts)
	}
	if !named(a.terms) || !named(c.terms) {
		t.Error("named = false for texts with five entity terms")
	}
	urdu := mk([]uint64{1, 2, 3, 4, 5, 6}, []uint64{100}, []uint64{500, 501, 502, 503, 504})
	if named(urdu.terms) {
		t.Error("named = true for a text with one entity term and five figures")
	}
}

// TestSharedFacts: the same story's bar counts facts as rewrite.Facts
// reads them: sentence openers of a language without a stop list
// ("Мөн", "Одоо", "Бид") are no names, while names inside a sentence and
// figures are; a date's numbers and the titles before names are not.
func TestSharedFacts(t *testing.T) {
	w, err := newWorker(Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := "Мөн малчид хурал хийв. Одоо ажил эхэлнэ. Бид хүлээж байна. Сумын төвд Дорж 140 өрхөд тусламж өгөв."
	b := "Мөн сургууль нээгдэв. Одоо хүүхдүүд суралцана. Бид баяртай байна. Номын санд Дорж 140 ном бэлэглэв."
	if got, _ := w.sharedFacts(a, sentence.Split(a, nil), b, sentence.Split(b, nil), nil); got != 2 {
		t.Errorf("sharedFacts = %d; want 2 (Дорж, 140)", got)
	}
	c := "The market burned on 15 August 2025, Mr Diallo said."
	d := "A well opened on 15 August 2025, Mr Sarr said."
	if got, _ := w.sharedFacts(c, sentence.Split(c, nil), d, sentence.Split(d, nil), nil); got != 0 {
		t.Errorf("sharedFacts = %d; want 0 (a date's numbers and a title are no shared facts)", got)
	}
}

// TestSharedNames: the shared facts counted by the names they make.
func TestSharedNames(t *testing.T) {
	w, err := newWorker(Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := "Substitute Tomas Okafor headed a winner as Castlebridge Rovers climbed to fourth in the Meridian League, two points behind Denholme United."
	b := "Two goals from Kieran Marsh lifted Denholme United into third place in the Meridian League with a 2-0 victory over Harrowby Albion."
	facts, names := w.sharedFacts(a, sentence.Split(a, nil), b, sentence.Split(b, nil), nil)
	if facts != 4 || names != 2 {
		t.Errorf("sharedFacts = %d facts in %d names; want 4 in 2 (Meridian League, Denholme United)", facts, names)
	}
}

// TestFormFilled: two notices of one template, each with its own
// figures, share the form's words but no text; a copy carries its
// figures with its words.
func TestFormFilled(t *testing.T) {
	w, err := newWorker(Options{})
	if err != nil {
		t.Fatal(err)
	}
	notice := func(ward string, votes [4]string, turnout, electorate, issued string) string {
		return "I, the undersigned, being the Returning Officer at the election of a District Councillor for the " + ward +
			" ward, do hereby give notice that the number of votes recorded for each candidate was as follows: " +
			"Ann Cole " + votes[0] + ", Ben Dale " + votes[1] + ", Cai Evans " + votes[2] + ", Dora Finch " + votes[3] +
			". The electorate was " + electorate + ", " + issued + " ballot papers were issued, the turnout was " + turnout +
			" per cent, and 14 ballot papers were rejected."
	}
	a := notice("Fellbrook", [4]string{"1,184", "1,027", "612", "233"}, "31.4", "9,412", "3,056")
	x := notice("Ashby Hollow", [4]string{"902", "877", "341", "118"}, "27.9", "8,240", "2,238")
	whole := func(s string) []reprint.Passage {
		return []reprint.Passage{{A: reprint.Span{Start: 0, End: len(s)}, B: reprint.Span{Start: 0, End: len(s)}}}
	}
	span := func(s, t string) []reprint.Passage {
		return []reprint.Passage{{A: reprint.Span{Start: 0, End: len(s)}, B: reprint.Span{Start: 0, End: len(t)}}}
	}
	if !w.formFilled(a, x, span(a, x)) {
		t.Errorf("formFilled(two notices of one form) = false; want true")
	}
	if w.formFilled(a, a, whole(a)) {
		t.Errorf("formFilled(a notice and its copy) = true; want false")
	}
}
