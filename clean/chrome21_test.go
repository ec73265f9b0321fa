package clean

import "testing"

// TestOriginCredit: the lines that say where a story first ran, or name
// its source or contributors, in several languages, are origin credits
// (htmltext gives them back when its extractor pruned them); a
// picture's credit, a copyright notice, a read-more link's sentence and
// a story's sentence with the same words are not.
func TestOriginCredit(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"This article first appeared in the Kelderby Gazette.", true},
		{"This story was originally published by The Conversation.", true},
		{"Republished with permission from Wrenmoor Court News.", true},
		{"Source: Reuters", true},
		{"Quelle: Süddeutsche Zeitung", true},
		{"Fuente: EFE", true},
		{"Via The Guardian", true},
		{"Reuters and the Associated Press contributed to this report.", true},
		{"Lolu daba luqale lwashicilelwa yi-Isolezwe.", true},
		{"I whakaputaina tuatahitia tēnei kōrero e Te Ao Māori News.", true},
		{"Credit: Getty Images", false},
		{"© 2025 Dalesford Media Ltd. All rights reserved.", false},
		{"The Gazette first published the petition's figures in 2011, and the council then changed its mind about the library.", false},
		{"This article first appeared to be a hoax, police said on Tuesday, until a second caller confirmed the fire.", false},
		{"Tributes have been paid to Edith Marsden, the former headteacher.", false},
	} {
		if got := OriginCredit(tt.line); got != tt.want {
			t.Errorf("OriginCredit(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}
