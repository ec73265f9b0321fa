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

// TestMenuEnd checks the reading of a menu set one item a line at a
// text's start, which package ingest reads a plain text's headline
// below: the theme's toggle, the home page's item and at least
// menuMinItems items in all, no blank line between them.
func TestMenuEnd(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // the text up to the menu's end; "" for no menu
	}{
		{"items", "Home\nNews\nSport\nContact\n\nBridge to close", "Home\nNews\nSport\nContact"},
		{"toggle", "Menu\nHome\nNews\nSport\nContact\n\nBridge to close", "Menu\nHome\nNews\nSport\nContact"},
		{"toggle apart", "Dewislen\n\nHafan\nNewyddion\nChwaraeon\nCysylltu\n\nPont ar gau", "Dewislen\n\nHafan\nNewyddion\nChwaraeon\nCysylltu"},
		{"to the end", "Home\nNews\nSport\nContact", "Home\nNews\nSport\nContact"},
		{"too few", "Home\nNews\nSport\n\nBridge to close", ""},
		{"no home", "Menu\nSoup of the day\nRoast lamb\nApple tart\nCoffee", ""},
		{"a blank line inside", "Home\nNews\n\nSport\nContact", ""},
		{"a sentence", "Home\nNews\nSport\nThe bridge will close.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			end, ok := MenuEnd(tt.text)
			got := ""
			if ok {
				got = tt.text[:end]
			}
			if got != tt.want {
				t.Errorf("MenuEnd(%q) = %d, %v: %q; want %q", tt.text, end, ok, got, tt.want)
			}
		})
	}
}
