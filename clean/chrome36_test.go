package clean

import "testing"

// TestMemorialBoxes checks an obituary platform's row of buttons, its
// empty tribute box and the box's counted heading, in several
// languages, and keeps story sentences with the same words.
func TestMemorialBoxes(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Light a candle Leave a tribute Share Send flowers", true},
		{"Leave a tribute Light a candle Share", true},
		{"Allumer une bougie Envoyer des fleurs Partager", true},
		{"Kerze anzünden Blumen senden Teilen", true},
		{"Be the first to leave a tribute for Walter.", true},
		{"Be the first to light a candle", true},
		{"Soyez le premier à allumer une bougie pour Jean", true},
		{"Tributes (0)", true},
		{"Condolences (12)", true},
		{"Kondolenzen (3)", true},
		{"Find a local florist", true},
		// Story lines with the same words.
		{"Mourners were invited to light a candle and leave a tribute at the harbour.", false},
		{"She was the first to leave a tribute at the gates.", false},
		{"Be the first to leave a tribute for Walter at the harbour wall on Sunday before the service.", false},
		{"Tributes (mostly flowers)", false},
		{"Tributes poured in (0 complaints)", false},
		{"Share", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			var s scratch
			f := s.measure(tt.line, stopList("en"))
			if f.memorial != tt.want {
				t.Errorf("memorial(%q) = %v; want %v", tt.line, f.memorial, tt.want)
			}
		})
	}
}

// TestSearchFormSlavic checks WordPress's search form as Serbian,
// Croatian, Slovenian and Bulgarian sites word it, and keeps sentences
// with the same words.
func TestSearchFormSlavic(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Pretraga za: Pretraga …", true},
		{"Претрага за: Претрага …", true},
		{"Pretraži:", true},
		{"Iskanje: Išči", true},
		{"Търсене за: Търсене", true},
		{"Policija traži svedoke nesreće kod Vrbasa.", false},
		{"Pretraga terena trajala je tri dana.", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			var s scratch
			f := s.measure(tt.line, stopList("sr"))
			if f.search != tt.want {
				t.Errorf("search(%q) = %v; want %v", tt.line, f.search, tt.want)
			}
		})
	}
}
