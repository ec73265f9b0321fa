package clean

import "testing"

// TestStandardsLines: a wire site's labelled standards line under the
// story goes; a story's sentence about editorial standards stays.
func TestStandardsLines(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "English standards line over topics",
		body: plainStory + "(Reporting by Jane Doe; Editing by John Roe)\n\nOur Standards: The Thomson Reuters Trust Principles., opens new tab\n\nSuggested Topics:\nEconomy\nMarkets\n",
		gone: []string{"Our Standards: The Thomson Reuters Trust Principles., opens new tab"},
	}, {
		name: "French and Spanish at the end",
		body: plainStory + "Charte de déontologie : nos principes éditoriaux\n\nNuestros estándares: los principios de confianza\n",
		gone: []string{"Nuestros estándares: los principios de confianza"},
	}, {
		name: "a story's sentences about standards",
		body: plainStory + "Our standards have slipped, the editor admitted in a letter to staff on Monday.\n\n" +
			"Editorial standards at the paper will be reviewed by an independent panel, the board said.\n\n" + plainStory,
		kept: []string{"Our standards have slipped", "Editorial standards at the paper"},
	}})
}

// TestActionRows: an app's action row on one line, its buttons parted
// by runs of spaces, goes; a story's sentence with the verbs and a
// spaced line of other words stay.
func TestActionRows(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "English, French and German rows",
		body: "Landslip shuts valley line\n\nBy Kim Doe\nSave  Share  Hide stories from this source\n\n" + plainStory +
			"Enregistrer  Partager  Masquer cette source\n\n" + plainStory + "Speichern  Teilen  Drucken\n\n" + plainStory,
		gone: []string{"Save  Share  Hide stories from this source", "Enregistrer  Partager  Masquer cette source", "Speichern  Teilen  Drucken"},
	}, {
		name: "sentences with the verbs",
		body: plainStory + "Save, share and hide: the app's three buttons drew complaints from readers.\n\n" +
			"Name  Age  Town\n\n" + plainStory,
		kept: []string{"Save, share and hide", "Name  Age  Town"},
	}})
}

// TestFrontItemMenus: a spaced section menu headed by the front page's
// top stories goes; the words in a story's sentence stay.
func TestFrontItemMenus(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Top Stories  UK  Local  Sport  Business  Weather", true},
		{"À la une  France  Monde  Sport  Météo", true},
		{"Schlagzeilen  Inland  Ausland  Sport  Wetter", true},
		{"Top stories this week include the budget and the floods.", false},
		{"Top Stories UK Local Sport Business Weather", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := isMenu(tt.line); got != tt.want {
				t.Errorf("isMenu(%q) = %v; want %v", tt.line, got, tt.want)
			}
		})
	}
}
