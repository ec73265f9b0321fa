package clean

import (
	"testing"

	"github.com/reprint/reprint"
)

// TestSourceLabels: an aggregator card's label at its top, the outlet a
// credit line of the same text names and its section, goes; without
// such a credit line, or with a date after the name, it stays.
func TestSourceLabels(t *testing.T) {
	const headline = "Gerzenbach: Nachts schweigen die Kirchenglocken – jetzt wehrt sich das Dorf\n"
	runChromeCases(t, []chromeCase{{
		name: "label under the headline, credited at the foot",
		body: headline + "Aaretaler Zeitung · Region Aaretal\n\n" + plainStory + "Quelle: Aaretaler Zeitung\n",
		gone: []string{"Aaretaler Zeitung · Region Aaretal"},
		kept: []string{"Quelle: Aaretaler Zeitung"},
	}, {
		name: "English source line, a bar",
		body: headline + "Harwick Gazette | Local News\n\n" + plainStory + "Source: Harwick Gazette\n",
		gone: []string{"Harwick Gazette | Local News"},
	}, {
		name: "no credit line names it",
		body: headline + "Aaretaler Zeitung · Region Aaretal\n\n" + plainStory,
		kept: []string{"Aaretaler Zeitung · Region Aaretal"},
	}, {
		name: "a date after the name",
		body: headline + "Aaretaler Zeitung · 14. September 2025\n\n" + plainStory + "Quelle: Aaretaler Zeitung\n",
		kept: []string{"Aaretaler Zeitung · 14. September 2025"},
	}})
}

// TestLabelAlone: a notice's field label alone on its line ("Quelle"
// over its value, as a definition list prints it) makes the line under
// it a credit line; a label over prose, or a lone word that is no
// label, makes none.
func TestLabelAlone(t *testing.T) {
	c := MustClean(t)
	for _, tt := range []struct {
		name, body, want string
	}{
		{"label over a release", "Rückruf: Listerien in Weichkäse\n\n" + plainStory + "Quelle\n\nPressemitteilung der Käserei Hirschmoos GmbH vom 06.11.2025\n\nZuständige Behörde\n\nLandratsamt Illertal\n", "Käserei Hirschmoos GmbH"},
		{"label over an outlet", "Flood warning lifted\n\n" + plainStory + "Source\nHarwick Gazette\n", "Harwick Gazette"},
		{"label over prose", "Flood warning lifted\n\n" + plainStory + "Source\nthe river was measured at noon by volunteers on the bridge.\n", ""},
		{"no label", "Flood warning lifted\n\n" + plainStory + "Hersteller\nKäserei Hirschmoos GmbH\n", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := &reprint.Article{Body: tt.body}
			c.Clean(a)
			got := ""
			for _, at := range a.Attribution {
				got = at.Name
				if a.Text[at.Span.Start:at.Span.End] != at.Text {
					t.Errorf("attribution %q at %v holds %q", at.Text, at.Span, a.Text[at.Span.Start:at.Span.End])
				}
			}
			if got != tt.want {
				t.Errorf("credited %q; want %q", got, tt.want)
			}
		})
	}
}
