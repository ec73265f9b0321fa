package quote

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestTurns: a transcript's labelled turns are its quotations, a role's
// label named by the header; a text with a labelled line or two is no
// transcript.
func TestTurns(t *testing.T) {
	type turn struct{ Text, Speaker string }
	header := "Transcript: the water boss\n\nPresenter: Clare Ashdown · Guest: Alistair Penrose, chief executive, Southdown Vale Water\n\n"
	turns := "[08:10:31] HOST: When can they drink from the tap again?\n\n" +
		"[08:10:36] GUEST: I can't give them a date. We need three clear samples in a row.\n\n[08:10:52] HOST: Ten days more.\n"
	tests := []struct {
		name, text string
		want       []turn
	}{
		{"roles named by the header", header + turns, []turn{
			{"When can they drink from the tap again?", "Clare Ashdown"},
			{"I can't give them a date. We need three clear samples in a row.", "Alistair Penrose"},
			{"Ten days more.", "Clare Ashdown"},
		}},
		{"roles with no header", turns, []turn{
			{"When can they drink from the tap again?", ""},
			{"I can't give them a date. We need three clear samples in a row.", ""},
			{"Ten days more.", ""},
		}},
		{"names as labels", "NICK ROBINSON: Good morning.\nJANE DOE: Good morning.\nNICK ROBINSON: Why now?\n", []turn{
			{"Good morning.", "NICK ROBINSON"}, {"Good morning.", "JANE DOE"}, {"Why now?", "NICK ROBINSON"},
		}},
		{"a question-and-answer interview in Thai", "นายวีระพงษ์ให้สัมภาษณ์\n\nถาม: ทำไมต้องพักหนี้อีกรอบ\n\nตอบ: รอบนี้เราจะพักทั้งเงินต้น\n\nถาม: ใช้เงินเท่าไร\n\nตอบ: ราว 18,500 ล้านบาท\n", []turn{
			{"ทำไมต้องพักหนี้อีกรอบ", ""}, {"รอบนี้เราจะพักทั้งเงินต้น", ""}, {"ใช้เงินเท่าไร", ""}, {"ราว 18,500 ล้านบาท", ""},
		}},
		{"one Q: line is no interview", "Water boss\n\nQ: When?\n\nWe need three clear samples, he said.\n", nil},
		{"no transcript", "Water boss\n\nNOTE: this story was updated.\n\nWe need three clear samples, he said.\n", nil},
		{"a call transcript's speaker lines", "Q4 2025 Earnings Call\n\nOperator\n\nGood afternoon, and welcome.\n\nLena Fairbanks -- Vice President, Investor Relations\n\nThank you, operator.\n\nDana Whitcomb -- President and Chief Executive Officer\n\nI want to start with the obvious.\n\nWe did not execute, and that is on me.\n\nPriya Raman -- Halvorsen Securities -- Analyst\n\nHow long will the inventory last?\n", []turn{
			{"Good afternoon, and welcome.", ""},
			{"Thank you, operator.", "Lena Fairbanks"},
			{"I want to start with the obvious.", "Dana Whitcomb"},
			{"We did not execute, and that is on me.", "Dana Whitcomb"},
			{"How long will the inventory last?", "Priya Raman"},
		}},
		// A story's lines of a name and a title are two at most, a
		// caption's or a byline's: no transcript.
		{"a byline and a caption", "Chips maker cuts jobs\n\nJane Doe -- Business Reporter\n\nThe company cut 540 jobs.\n\nDana Whitcomb -- Chief Executive\n\nShe said it was hard.\n", nil},
		{"a magazine's printed interview", "Katrin Oberländer, 51, ist Bauministerin.\n\nKOMPASS: Warum sollte man Ihnen glauben?\n\nOberländer: Weil ich nicht verspreche, was ich nicht halten kann.\n\nKOMPASS: Was versprechen Sie?\n\nOberländer: Geld, das dort ankommt.\n", []turn{
			{"Warum sollte man Ihnen glauben?", "KOMPASS"},
			{"Weil ich nicht verspreche, was ich nicht halten kann.", "Oberländer"},
			{"Was versprechen Sie?", "KOMPASS"},
			{"Geld, das dort ankommt.", "Oberländer"},
		}},
		// Labels in mixed case that do not alternate, or name no one the
		// text names, are a story's furniture.
		{"a story's labelled lines", "Brand in Lindenhagen\n\nUpdate: Die Feuerwehr ist abgerückt.\n\nFoto: Archiv\n\nUpdate: Die Straße ist wieder frei.\n\nFoto: Polizei\n", nil},
		{"a mixed label once among capitals", "Jane Doe spoke.\n\nHOST: Why now?\n\nDoe: Because.\n\nHOST: And then?\n\nGUEST: We will see.\n", []turn{
			{"Why now?", ""}, {"And then?", ""}, {"We will see.", ""},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Turns(tt.text)
			checkQuotes(t, tt.text, qs)
			var got []turn
			for _, q := range qs {
				got = append(got, turn{tt.text[q.Span.Start:q.Span.End], q.Speaker})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Turns mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func FuzzTurns(f *testing.F) {
	f.Add("[08:10:31] HOST: When?\nGUEST: Now.\nHOST: Why?\n")
	f.Add("Guest: A B\nX: y\nY: z\nZ: w")
	f.Fuzz(func(t *testing.T, text string) {
		checkQuotes(t, text, Turns(text))
	})
}
