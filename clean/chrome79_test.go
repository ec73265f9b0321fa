package clean

import "testing"

// deStory is two paragraphs of an invented German story, for the cases
// of a German page's chrome.
const deStory = "Die Feuerwehren im Kreis sind seit Beginn des Unwetters zu mehr als 140 Einsätzen ausgerückt. Rund 320 Einsatzkräfte sind unterwegs, unterstützt von den Bauhöfen der Gemeinden.\n\n" +
	"Nach Angaben des Netzbetreibers sind rund 3.400 Haushalte ohne Strom, weil ein Baum auf eine Leitung gestürzt ist.\n\n"

// TestEntryShareButton: a live ticker's button under each entry
// ("Eintrag teilen") goes between the entries; a sentence that asks
// readers to share a post stays.
func TestEntryShareButton(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "ticker",
		body: "23:15 Uhr\n\nWir beenden den Liveticker\n\n" + deStory + "Eintrag teilen\n\n" +
			"22:40 Uhr\n\nA 867 bleibt über Nacht gesperrt\n\n" + deStory + "Eintrag teilen\n\n" +
			"Share this post\n\n" + deStory,
		gone: []string{"Eintrag teilen", "Share this post"},
		kept: []string{"23:15 Uhr", "Wir beenden den Liveticker", "A 867 bleibt über Nacht gesperrt", "Die Feuerwehren im Kreis"},
	}, {
		name: "sentence",
		body: deStory + "Die Stadt bittet alle, diesen Beitrag teilen zu dürfen, damit die Warnung möglichst viele Menschen im Kreis erreicht.\n\n" + deStory,
		kept: []string{"diesen Beitrag teilen zu dürfen"},
	}})
}

// TestLabelledWeatherWidget: a widget that names itself before a colon
// ("Wetter aktuell: 21 °C, bewölkt") goes like the place's widget, its
// degree sign spaced or not; a table's row under a place or a day, and
// a sentence, stay.
func TestLabelledWeatherWidget(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "header",
		body: "NewsBlitz24\n\nWetter aktuell: 21 °C, bewölkt\n\n" + deStory,
		gone: []string{"Wetter aktuell: 21 °C, bewölkt"},
		kept: []string{"Die Feuerwehren im Kreis"},
	}, {
		name: "table",
		body: deStory + "Kaltenbach: 21 °C, bewölkt\n\nDienstag: 24 °C, sonnig\n\n" + deStory,
		kept: []string{"Kaltenbach: 21 °C, bewölkt", "Dienstag: 24 °C, sonnig"},
	}})
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Wetter aktuell: 21 °C, bewölkt", true},
		{"Weather now: 58°F, partly cloudy", true},
		{"Météo : 14 °C, averses", true},
		{"El tiempo: 24 °C, soleado", true},
		{"Harlow 9 °C Cloudy", true},
		{"Tiempo: 24 °C, soleado", false},
		{"Kaltenbach: 21 °C, bewölkt", false},
		{"Wetter aktuell: 21 °C", false},
		{"Wetter: 21 °C, bewölkt, am Abend Gewitter mit Hagel und Sturm", false},
		{"Weather: it reached 58°F, cloudy.", false},
	} {
		if got := weatherLine(tt.line); got != tt.want {
			t.Errorf("weatherLine(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"21 °C", "21°C"},
		{"Harlow 9°C Cloudy", "Harlow 9°C Cloudy"},
		{"bei ° und 21 ºC", "bei ° und 21ºC"},
	} {
		if got := joinDegree(tt.in); got != tt.want {
			t.Errorf("joinDegree(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// TestDatedMetaReadTime: a meta line that opens with its date and
// closes with the reading time, a byline between, goes; a story's
// sentence with a date and minutes stays.
func TestDatedMetaReadTime(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "meta line",
		body: "Unwetter im Rheintal\n\n15.07.2025, 23:31 Uhr | Redaktion NewsBlitz24 | Lesezeit: 3 Min.\n\n" + deStory,
		gone: []string{"15.07.2025, 23:31 Uhr | Redaktion NewsBlitz24 | Lesezeit: 3 Min."},
		kept: []string{"Unwetter im Rheintal", "Die Feuerwehren im Kreis"},
	}})
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"15.07.2025, 23:31 Uhr | Redaktion NewsBlitz24 | Lesezeit: 3 Min.", true},
		{"12 June 2025 · 4 min read", true},
		{"12 June 2025 | Lesezeit: 3 Min.", true},
		{"15.07.2025 | Die Feuerwehr braucht für die Anfahrt nach Lindenau drei Minuten länger | Lesezeit: 3 Min.", false},
		{"Am 15.07.2025 las der Bürgermeister drei Minuten lang vor: Lesezeit 3 Min.", false},
	} {
		if got := metaReadTime(tt.line); got != tt.want {
			t.Errorf("metaReadTime(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestOriginalLink: an aggregator's bare link out to the article it
// copied ("Zum Originalartikel") goes, and the short lines of its own
// under it with it (viaTails); the credit line over it stays. The
// label inside a paragraph stays, and so does a long paragraph after
// it, which keeps the tail.
func TestOriginalLink(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "tail",
		body: deStory + "Quelle: Rheintaler Rundschau\nZum Originalartikel\n\nAnzeige\nHandwerker in Ihrer Nähe finden – jetzt kostenlos Angebote vergleichen\n",
		gone: []string{"Zum Originalartikel", "Anzeige", "Handwerker in Ihrer Nähe finden – jetzt kostenlos Angebote vergleichen"},
		kept: []string{"Quelle: Rheintaler Rundschau", "Die Feuerwehren im Kreis"},
	}, {
		name: "story after",
		body: deStory + "Zum Originalartikel\n\n" + deStory + "Ein Sprecher der Stadt sagte, man werde die Kosten der Aufräumarbeiten erst in einigen Wochen beziffern können, weil noch nicht alle Schäden gemeldet seien.\n",
		gone: []string{"Zum Originalartikel"},
		kept: []string{"Ein Sprecher der Stadt sagte"},
	}, {
		name: "sentence",
		body: deStory + "Wer mehr wissen will, findet den Weg zum Originalartikel über die Seite der Zeitung.\n\n" + deStory,
		kept: []string{"den Weg zum Originalartikel"},
	}})
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Zum Originalartikel", true},
		{"Zum Originalartikel »", true},
		{"Lire l’article original", true},
		{"Read the original article →", true},
		{"Original article", false},
		{"Zum Originalartikel der Zeitung gelangen Sie hier", false},
		{"Zum Originalartikel auf hochrhein-kurier.example", true},
		{"Read the original article on example.com →", true},
		{"Xem bài gốc", true},
		{"Zum Originalartikel auf der Seite der Zeitung", false},
		{"Read the original article on Tuesday", false},
	} {
		if got := originalLink(tt.line); got != tt.want {
			t.Errorf("originalLink(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}
