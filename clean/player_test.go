package clean

import "testing"

// TestPlayerError: a video or audio player's fallback or error text
// alone on its line is navigation in every language playerErrors keeps;
// a story's sentence with the same words is not.
func TestPlayerError(t *testing.T) {
	tests := []struct {
		line  string
		chrom bool
	}{
		{"This video can not be played", true},
		{"This video cannot be played.", true},
		{"Your browser does not support the video tag.", true},
		{"Video unavailable", true},
		{"Cette vidéo ne peut pas être lue", true},
		{"Dieses Video kann nicht abgespielt werden.", true},
		{"Este vídeo no se puede reproducir", true},
		{"Questo video non può essere riprodotto", true},
		{"Deze video kan niet worden afgespeeld", true},
		{"This video can not be played in court, the judge ruled on Tuesday after a long hearing.", false},
		{"Video unavailable to the defence was shown to the jury, the prosecutor said.", false},
		{"Dieses Video kann nicht abgespielt werden, sagte der Richter, weil es beschädigt sei.", false},
		{"The council said the video was unavailable because the camera had failed.", false},
	}
	for _, tt := range tests {
		got, reason := LineScore(tt.line, "en")
		if tt.chrom && got < DefaultHighThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want ≥ %v", tt.line, got, reason, DefaultHighThreshold)
		}
		if !tt.chrom && got >= DefaultThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want < %v", tt.line, got, reason, DefaultThreshold)
		}
	}
	runChromeCases(t, []chromeCase{{
		name: "a player's error between story lines",
		body: plainStory + "This video can not be played\n\n" + plainStory,
		gone: []string{"This video can not be played"},
	}, {
		name: "a story sentence reporting a video that could not be played",
		body: plainStory + "This video can not be played in court, the judge ruled on Tuesday after a long hearing.\n\n" + plainStory,
		kept: []string{"This video can not be played in court"},
	}})
}
