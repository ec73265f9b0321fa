package pressrelease_test

import (
	"strings"
	"testing"

	"github.com/reprint/reprint/pressrelease"
)

func TestRecognise(t *testing.T) {
	const story = "The council approved the plan on Tuesday, and work will start in the spring.\n\n" +
		"\"We have waited a long time for this,\" said the leader of the council.\n\n" +
		"The scheme will cost £18 million and create 120 homes.\n"
	tests := []struct {
		name   string
		text   string
		want   bool
		marker string
	}{
		{"label at the top", "FOR IMMEDIATE RELEASE\n\nCouncil approves depot homes\n\n" + story, true, "FOR IMMEDIATE RELEASE"},
		{"label with a date", "PRESS RELEASE: 10 March 2026\n\n" + story, true, "PRESS RELEASE: 10 March 2026"},
		{"embargo", "EMBARGOED UNTIL 00:01 GMT, 10 MARCH 2026\n\n" + story, true, "EMBARGOED UNTIL 00:01 GMT, 10 MARCH 2026"},
		{"label under a line of chrome", "Newsroom\nNews release\nCouncil approves depot homes\n" + story, true, "News release"},
		{"end mark and notes to editors", story + "\nENDS\n\nNotes to editors: for further information call the press office.\n", true, "ENDS"},
		{"### and a media contact", story + "\nAbout Corvane Energy Storage\n\nCorvane develops recycling plants.\n\nMedia Contact:\nRachel Stiles\n\n###\n", true, "###"},
		{"-30-", story + "\nFor more information, contact Jo Bloggs, 555-0147.\n-30-\n", true, "-30-"},

		{"a story that mentions a release", "The company said in a press release on Tuesday that it would close the plant.\n\n" + story, false, ""},
		{"a story opening with the words", "Press releases from the ministry have grown longer, an analysis shows.\n\n" + story, false, ""},
		{"an end mark alone", story + "\nENDS\n", false, ""},
		{"an about sentence is no heading", story + "\nAbout 300 people attended, police said.\n###\n", false, ""},
		{"a label deep in the text", story + story + "FOR IMMEDIATE RELEASE\n" + story, false, ""},
		{"empty", "", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, ok := pressrelease.Recognise(tt.text)
			if ok != tt.want {
				t.Fatalf("Recognise = %v; want %v", ok, tt.want)
			}
			if ok && tt.text[r.Marker.Start:r.Marker.End] != tt.marker {
				t.Errorf("marker %q; want %q", tt.text[r.Marker.Start:r.Marker.End], tt.marker)
			}
			if ok && r.Label != (r.Marker.Start < len(tt.text)/2) {
				t.Errorf("Label %v for a marker at %d of %d bytes", r.Label, r.Marker.Start, len(tt.text))
			}
		})
	}
}

func TestIssuer(t *testing.T) {
	const story = "Corvane Energy Storage today announced a plant.\n\nIt will employ 310 people.\n"
	for _, tt := range []struct{ text, want string }{
		{story + "\nAbout Corvane Energy Storage\n\nFounded in 2017, Corvane recycles batteries.\n\nMedia Contact:\nRachel Stiles\n\n###\n", "Corvane Energy Storage"},
		{story + "\n**About Harwick Borough Council:**\nThe council serves 90,000 people.\n", "Harwick Borough Council"},
		{story + "\nAbout 300 people attended, police said.\n", ""},
		{story + "\nabout us\n", ""},
		{story, ""},
	} {
		if got := pressrelease.Issuer(tt.text); got != tt.want {
			t.Errorf("Issuer(…%q) = %q; want %q", tt.text[len(story):], got, tt.want)
		}
	}
}

func TestIsLabel(t *testing.T) {
	for line, want := range map[string]bool{
		"FOR IMMEDIATE RELEASE": true, "**For Immediate Release**": true, "Press Release": true, "MEDIA RELEASE – 4 December": true,
		"Press releases": false, "For release of the hostages, see below": false, "Corvane to build plant": false, "": false,
	} {
		if got := pressrelease.IsLabel(line); got != want {
			t.Errorf("IsLabel(%q) = %v; want %v", line, got, want)
		}
	}
}

// FuzzRecognise: any text, no panic, and a marker is a line of the text.
func FuzzRecognise(f *testing.F) {
	f.Add("FOR IMMEDIATE RELEASE\n\nHeadline\n\nText.\n")
	f.Add("Text.\n###\nMedia contact: x\n")
	f.Add("\n\n \t\r\n###")
	f.Fuzz(func(t *testing.T, text string) {
		r, ok := pressrelease.Recognise(text)
		if !ok {
			return
		}
		if r.Marker.Start < 0 || r.Marker.End > len(text) || r.Marker.Start >= r.Marker.End {
			t.Fatalf("marker %+v outside text of %d bytes", r.Marker, len(text))
		}
		if strings.Contains(text[r.Marker.Start:r.Marker.End], "\n") {
			t.Fatalf("marker %q spans lines", text[r.Marker.Start:r.Marker.End])
		}
	})
}
