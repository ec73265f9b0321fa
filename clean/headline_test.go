package clean

import (
	"testing"

	"github.com/reprint/reprint"
)

// TestCleanHeadline checks that Clean and Boilerplate.Apply set Headline
// to the first line of Text when it repeats the title, also when the page
// put a breadcrumb trail above it that cleaning removes, and to none when
// the text opens with something else.
func TestCleanHeadline(t *testing.T) {
	const story = "\n\nThe harbour at Porthleven was closed on Tuesday after the storm broke the sea wall, the council said.\n\nBoats were moved inland."
	tests := []struct {
		name, body, title string
		want              string // the headline's text in Text; "" for none
	}{
		{"headline", "Storm closes harbour" + story, "Storm closes harbour", "Storm closes harbour"},
		{"site in the title", "Storm closes harbour" + story, "Storm closes harbour | Cornwall Live", "Storm closes harbour"},
		{"below a trail", "Home » News » Cornwall\n\nStorm closes harbour" + story, "Storm closes harbour", "Storm closes harbour"},
		{"no title", "Storm closes harbour" + story, "", ""},
		{"standfirst first", "Boats were moved inland as the sea wall broke" + story, "Storm closes harbour", ""},
	}
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &reprint.Article{Body: tt.body, Meta: reprint.Meta{Title: tt.title}}
			c.Clean(a)
			check := func(step string) {
				t.Helper()
				got := a.Text[a.Headline.Start:a.Headline.End]
				if got != tt.want {
					t.Errorf("%s: Headline %v = %q in %q; want %q", step, a.Headline, got, a.Text, tt.want)
				}
				sp := a.StorySpan()
				if body := a.Text[sp.Start:sp.End]; body[0] == '\n' || tt.want != "" && body != a.Text[len(tt.want)+2:] {
					t.Errorf("%s: StorySpan() = %q; want the text after the headline", step, body)
				}
			}
			check("Clean")
			var b Boilerplate
			b.Apply(a)
			check("Apply")
		})
	}
}
