package clean

import "testing"

// TestCiteBoxes: a citation box and a contact box under a report, at the
// text's end, go with the lines under their headings; a subhead of the
// same words among the story's lines, or with a paragraph under it,
// stays.
func TestCiteBoxes(t *testing.T) {
	for _, tt := range []struct {
		line  string
		words int
		want  bool
	}{
		{"Cite this statistical bulletin", 4, true},
		{"How to cite", 3, true},
		{"Suggested citation:", 2, true},
		{"Contact details for this statistical bulletin", 6, true},
		{"Diesen Artikel zitieren", 3, true},
		{"Comment citer cet article", 4, true},
		{"Contact details", 2, false},
		{"Cite this bulletin when you write to the council.", 9, false},
	} {
		if got := citeHeading(tt.line, tt.words); got != tt.want {
			t.Errorf("citeHeading(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	runChromeCases(t, []chromeCase{{
		name: "a citation box over a contact box at the end",
		body: plainStory + "Cite this statistical bulletin\n\nOffice for National Statistics (ONS), released 18 March 2026, ONS website, statistical bulletin.\n\n" +
			"Contact details for this statistical bulletin\n\nConsumer price inflation team\n\ncpi@ons.example\n\nTelephone: +44 1633 456900\n",
		gone: []string{"Cite this statistical bulletin", "Office for National Statistics (ONS), released 18 March 2026, ONS website, statistical bulletin.",
			"Contact details for this statistical bulletin", "cpi@ons.example"},
	}, {
		name: "a subhead among the story's lines",
		body: plainStory + "How to cite\n\nStudents who quote the survey in their coursework are asked by the university to name the team that ran it, and the year it was published, in full.\n\n" + plainStory,
		kept: []string{"Students who quote the survey"},
	}})
}
