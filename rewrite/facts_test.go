package rewrite

import (
	"slices"
	"strings"
	"testing"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/sentence"
	"github.com/zeebo/xxh3"
)

// factIDs returns the IDs of the facts spelled in want: "#digits" a
// number, any other word a name word (lower case, its first NameStem
// letters kept).
func factIDs(want []string) []uint64 {
	var out []uint64
	for _, w := range want {
		if d, ok := strings.CutPrefix(w, "#"); ok {
			out = append(out, numberTerm([]byte(d)))
		} else {
			if r := []rune(w); len(r) > NameStem {
				w = string(r[:NameStem]) // a name's fact keeps NameStem letters
			}
			out = append(out, TermID(KindEntity, xxh3.HashString(w)))
		}
	}
	slices.Sort(out)
	return out
}

func TestFacts(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"names inside a sentence", "The ranger, Carlos Mendez, urged visitors to take care.", []string{"carlos", "mendez"}},
		// A capitalised first word is a name only when the next word is
		// capitalised too.
		{"sentence opener", "Squirrels trapped on Monday carried the bacteria.", []string{"monday"}},
		{"name opens sentence", "Carlos Mendez urged visitors to take care.", []string{"carlos", "mendez"}},
		// ...and when the text never writes it in lower case: "Dapre"
		// (according to) before a name is the "dapre" of "dapre AMBL".
		{"common word opens sentence", "Dapre Inyon Pwofesè yo, 4800 elèv rete lakay. Grèv la kontinye, dapre AMBL.", []string{"inyon", "pwofesè", "#4800", "ambl"}},
		// A month beside a day or a year is a date, not a name.
		{"month in a full date", "Nasunog ang merkado niadtong Nobiyembre 20, 2025 sa Sugbo.", []string{"#20", "#2025", "sugbo"}},
		{"a name beside a figure is no date", "Sumo nga Dorj 14 ka pamilya, ug si Jane Doe, 24, miabot sa Sugbo.", []string{"dorj", "#14", "jane", "doe", "#24", "sugbo"}},
		{"month and year", "The ranger, Carlos Mendez, called on 18 March 2025 from Leeds.", []string{"carlos", "mendez", "#18", "#2025", "leeds"}},
		{"according to", "According to Carlos Mendez, the trail is closed, according to the park.", []string{"carlos", "mendez"}},
		{"quotation opener", `He said: "Keep your distance from squirrels."`, nil},
		{"numbers", "Forty-two households, 140 homes and £4.2m: about 3,500 hectares and two schools.", []string{"#140", "#2", "#3500", "#4.2"}},
		// Title case says nothing by its capitals; its numbers still count.
		{"headline", "Plague Case in Pine County: Everything Hikers Need to Know in 2025", []string{"#2025"}},
		{"heading", "What Happened?", nil},
		{"acronym in a heading", "Key Facts From The NHS", []string{"nhs"}},
		// Words set in capitals side by side are shouting, not acronyms.
		{"shouting", "Smoke is drifting, PLEASE SHARE this, said the NHS and the US NATO office.", []string{"nhs", "us", "nato"}},
		// Padding states nothing.
		{"padding", "In a development that has captured the attention of outdoor enthusiasts across the region, it is important to note that experts recommend a few simple steps.", nil},
		{"word parts", "Dr Lena Marsh spoke; later Dr Marsh left.", []string{"dr", "lena", "marsh"}},
		// German capitalises nouns: after an article, a determiner or a
		// number, or opening a sentence, a capitalised word is a noun.
		{"german nouns", "Der Bürgermeister Alois Brandlmeier sagte am Dienstag, das Freibad in Wendelsried bleibe im nächsten Sommer geschlossen. " +
			"Die Gemeinde verliert täglich 40 Kubikmeter Wasser, und die Sanierung kostet nach ersten Schätzungen rund 1,8 Millionen Euro. " +
			"Seit März sammelt der Förderverein Spenden für das Bad.",
			// Nouns standing without an article still count ("Wasser",
			// "Schätzungen", "Spenden"): the rule takes a part of them.
			// "1,8" reads as Terms reads it, the comma a thousands
			// separator: one fact on both sides all the same.
			[]string{"alois", "brandl", "wendel", "#40", "#18", "euro", "wasser", "schätz", "märz", "spende"}},
		// A name keeps NameStem letters: declined, it is one fact.
		{"declined names", "Skolēni no Zīļuciema brauks uz Zīļuciemu, bet skolotāji paliks Zīļuciemā.", []string{"zīļuci"}},
		// Digits of every script are numbers, in ASCII: a Marathi "२५"
		// and a "25" are one fact, and so are Persian "۱۲٬۵۰۰" and 12,500.
		{"devanagari digits", "धरणाची भिंत २५ मीटर लांब असून १,२०० कुटुंबांना फटका बसला.", []string{"#25", "#1200"}},
		{"persian digits", "خسارت ۱۲٬۵۰۰ میلیارد ریال برآورد شد و ۳٫۵ درصد افزایش یافت.", []string{"#12500", "#3.5"}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := NewAnalyzer()
			ids := an.Facts(tt.text, sentence.Split(tt.text, nil), nil)
			if !slices.IsSorted(ids) {
				t.Errorf("Facts(%q) not sorted", tt.text)
			}
			if want := factIDs(tt.want); !slices.Equal(ids, want) {
				t.Errorf("Facts(%q) = %x; want %q (%x)", tt.text, ids, tt.want, want)
			}
		})
	}
}

// TestFactsBadSpans: spans outside the text or splitting a UTF-8 sequence
// are skipped, never a panic.
// TestNameFacts: a name alone gives the facts it gives inside a sentence,
// where Facts reads it as a title-case line with none.
func TestNameFacts(t *testing.T) {
	for _, tt := range []struct {
		name string
		want []string
	}{
		{"Aotearoa Public Media", []string{"aotearoa", "public", "media"}},
		{"The Associated Press", []string{"associated", "press"}},
		{"BBC News", []string{"bbc", "news"}},
		{"nzherald.co.nz", nil},
		{"", nil},
	} {
		an := NewAnalyzer()
		got := an.NameFacts(tt.name, nil)
		if want := factIDs(tt.want); !slices.Equal(got, want) {
			t.Errorf("NameFacts(%q) = %x; want %q (%x)", tt.name, got, tt.want, want)
		}
		text := "Fourteen households were evacuated, " + tt.name + " reported."
		in := an.Facts(text, sentence.Split(text, nil), nil)
		for _, id := range got {
			if _, ok := slices.BinarySearch(in, id); !ok {
				t.Errorf("NameFacts(%q) holds %x, which the name inside a sentence does not give", tt.name, id)
			}
		}
	}
}

func TestFactsBadSpans(t *testing.T) {
	text := "Café Nero opened in Leeds."
	an := NewAnalyzer()
	for _, sp := range []reprint.Span{{Start: 0, End: 400}, {Start: 4, End: 10}, {Start: 5, End: 2}} {
		if got := an.Facts(text, []reprint.Span{sp}, nil); len(got) != 0 {
			t.Errorf("Facts(%q, %v) = %v; want none", text, sp, got)
		}
	}
}

// FuzzFacts: any text and any spans give sorted, distinct facts of the two
// fact kinds, never a panic.
func FuzzFacts(f *testing.F) {
	f.Add("Carlos Mendez, the ranger, counted 3,500 squirrels.", 0, 52)
	f.Add("LONDON (Reuters) – \"Keep away,\" he said. What Happened?", 3, 40)
	f.Add("Ünïcode Ärger in Köln: 12 Fälle.", 1, 9)
	an := NewAnalyzer()
	f.Fuzz(func(t *testing.T, text string, lo, hi int) {
		sents := append(sentence.Split(text, nil), reprint.Span{Start: lo, End: hi})
		got := an.Facts(text, sents, nil)
		for i, id := range got {
			if k := Kind(id); k != KindEntity && k != KindNumber {
				t.Fatalf("Facts(%q): kind %v; want entity or number", text, k)
			}
			if i > 0 && got[i-1] >= id {
				t.Fatalf("Facts(%q) not sorted and distinct: %x", text, got)
			}
		}
	})
}

// TestWeakFacts: the facts two unrelated stories share by their dates and
// their titles are told from the story's own.
func TestWeakFacts(t *testing.T) {
	for _, tt := range []struct {
		fact   string
		cal    bool
		hon    bool
		office bool
	}{
		{"#15", true, false, false},
		{"#31", true, false, false},
		{"#2025", true, false, false},
		{"#1987", true, false, false},
		{"#59", true, false, false},
		{"#08", true, false, false}, // a time code's hour
		{"#60", false, false, false},
		{"#380", false, false, false},
		{"#2100", false, false, false},
		{"mr", false, true, false},
		{"mista", false, true, false},
		{"frau", false, true, false},
		{"bambo", false, true, false},
		{"smith", false, false, false},
		{"kapiru", false, false, false},
		{"executive", false, false, true},
		{"minister", false, false, true},
		{"bupati", false, false, true},
		{"ellery", false, false, false},
	} {
		id := factIDs([]string{tt.fact})[0]
		if got := CalendarNumber(id); got != tt.cal {
			t.Errorf("CalendarNumber(%s) = %v; want %v", tt.fact, got, tt.cal)
		}
		if got := Honorific(id); got != tt.hon {
			t.Errorf("Honorific(%s) = %v; want %v", tt.fact, got, tt.hon)
		}
		if got := Office(id); got != tt.office {
			t.Errorf("Office(%s) = %v; want %v", tt.fact, got, tt.office)
		}
	}
}

// TestNamePhrases: a run of capitalised words is one name; a word in
// lower case or a stop word ends it.
func TestNamePhrases(t *testing.T) {
	text := "Kieran Marsh lifted Denholme United into third place in the Meridian League on Monday."
	an := NewAnalyzer()
	got := an.NamePhrases(text, sentence.Split(text, nil), nil)
	want := [][]string{{"kieran", "marsh"}, {"denholme", "united"}, {"meridian", "league"}, {"monday"}}
	if len(got) != len(want) {
		t.Fatalf("NamePhrases = %d runs; want %d (%v)", len(got), len(want), want)
	}
	for i := range want {
		ids := factIDs(want[i])
		g := slices.Clone(got[i])
		slices.Sort(g)
		if !slices.Equal(g, ids) {
			t.Errorf("run %d = %x; want %q", i, got[i], want[i])
		}
	}
	if id := factIDs([]string{"monday"})[0]; !CalendarName(id) {
		t.Error("CalendarName(monday) = false")
	}
	if id := factIDs([]string{"march"})[0]; CalendarName(id) {
		t.Error("CalendarName(march) = true: a month is a story's fact")
	}
}

// TestNamePhrasesSpelledOut: an acronym the text spells out is one
// phrase with the words it abbreviates, so that a union's name and its
// initials count as one name; an acronym spelled out nowhere, or of two
// letters, adds nothing.
func TestNamePhrasesSpelledOut(t *testing.T) {
	an := NewAnalyzer()
	for _, tc := range []struct {
		text string
		want []string // the last phrase's words; nil: no phrase added
	}{
		{"The Federation of Port and Logistics Workers (FPLW) has announced a ballot.",
			[]string{"fplw", "federation", "port", "logistics", "workers"}},
		{"The BBC reported that the Bank of England held rates.", nil},
		{"The European Union (EU) met the Egyptian Unions.", nil},
		{"The FPLW said the Federation of Ports and the Workers' League met.", nil},
	} {
		plain := an.NamePhrases(tc.text, sentence.Split(tc.text, nil), nil)
		var last []uint64
		for _, ph := range plain {
			if len(ph) == len(tc.want) {
				g := slices.Clone(ph)
				slices.Sort(g)
				if slices.Equal(g, factIDs(tc.want)) {
					last = ph
				}
			}
		}
		if (tc.want != nil) != (last != nil) {
			t.Errorf("NamePhrases(%q) = %x; want a phrase of %q: %v", tc.text, plain, tc.want, tc.want != nil)
		}
		for _, ph := range plain {
			if tc.want == nil && len(ph) > 0 && isAcronymPhrase(ph, plain) {
				t.Errorf("NamePhrases(%q): an acronym joined to %x", tc.text, ph)
			}
		}
	}
}

// isAcronymPhrase reports whether ph is an acronym's spelled-out phrase:
// more than one word, and its first word a phrase of its own elsewhere.
func isAcronymPhrase(ph []uint64, all [][]uint64) bool {
	if len(ph) < 2 {
		return false
	}
	for _, o := range all {
		if len(o) == 1 && o[0] == ph[0] {
			return true
		}
	}
	return false
}
