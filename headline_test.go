package reprint

import "testing"

func TestFindHeadline(t *testing.T) {
	const body = "\n\nThe first paragraph of the story."
	tests := []struct {
		name, text, title string
		want              string // the headline's text; "" for none
	}{
		{"same", "Storm closes harbour" + body, "Storm closes harbour", "Storm closes harbour"},
		{"case and dashes", "Star Wars Jedi: Fallen Order review – shoots for the moon" + body,
			"Star Wars Jedi: Fallen Order review - Shoots For The Moon", "Star Wars Jedi: Fallen Order review – shoots for the moon"},
		{"curly quotes", "‘The Medium is the Message’: the 7th Amsterdam Light Festival" + body,
			"'The Medium is the Message': the 7th Amsterdam Light Festival | Inexhibit",
			"‘The Medium is the Message’: the 7th Amsterdam Light Festival"},
		{"site after", "NASA adds five companies to lunar lander program" + body,
			"NASA adds five companies to lunar lander program - SpaceNews.com", "NASA adds five companies to lunar lander program"},
		{"section before", "Is Football Violence a Crime?" + body, "Opinion | Is Football Violence a Crime?", "Is Football Violence a Crime?"},
		{"two separators", "Black Friday per nostalgici" + body, "Black Friday per nostalgici - Remember 80/90 - Memo", "Black Friday per nostalgici"},
		{"leading blank and trailing space", "\n  Storm closes harbour  \nThe story.", "Storm closes harbour", "Storm closes harbour"},
		{"hyphenated word, not a separator", "Year cooperation pact" + body, "Ten-Year cooperation pact", ""},
		{"reworded headline", "Hunter diagnosed with bubonic plague after eating a rabbit" + body,
			"Hunter in Beijing diagnosed with bubonic plague after eating a rabbit", ""},
		{"standfirst, not headline", "Welcome to IGN's Daily Deals, your source for the best deals" + body, "Daily Deals: More Black Friday Deals", ""},
		{"no title", "Storm closes harbour" + body, "", ""},
		{"title of punctuation", "—" + body, "—", ""},
		{"only the headline", "Storm closes harbour\n\n", "Storm closes harbour", ""},
		{"empty text", "", "Storm closes harbour", ""},
		{"part of a word", "Storm closes" + body, "Storm closes harbour", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sp := FindHeadline(tt.text, tt.title)
			got := tt.text[sp.Start:sp.End]
			if got != tt.want {
				t.Errorf("FindHeadline(%q, %q) = %v %q; want %q", tt.text, tt.title, sp, got, tt.want)
			}
			if tt.want == "" && sp != (Span{}) {
				t.Errorf("FindHeadline(%q, %q) = %v; want the zero Span", tt.text, tt.title, sp)
			}
		})
	}
}

func TestFindHeadlineLongTitle(t *testing.T) {
	long := make([]byte, maxTitleBytes+1)
	for i := range long {
		long[i] = 'a'
	}
	text := string(long) + "\n\nThe story."
	if sp := FindHeadline(text, string(long)); sp != (Span{}) {
		t.Errorf("FindHeadline of a %d-byte title = %v; want none", len(long), sp)
	}
}

func TestStorySpan(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		headline Span
		want     string
	}{
		{"headline", "Storm closes harbour\n\nThe story.\n\nMore.", Span{0, 20}, "The story.\n\nMore."},
		{"none", "The story.", Span{}, "The story."},
		{"outside text", "Short.", Span{0, 40}, "Short."},
		{"empty text", "", Span{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &Article{Text: tt.text, Headline: tt.headline}
			sp := a.StorySpan()
			if got := tt.text[sp.Start:sp.End]; got != tt.want {
				t.Errorf("StorySpan() of %q with headline %v = %q; want %q", tt.text, tt.headline, got, tt.want)
			}
		})
	}
}

func TestTitleHeadline(t *testing.T) {
	tests := []struct{ title, site, want string }{
		{"Floods close the valley road - Valley Post", "Valley Post", "Floods close the valley road"},
		{"Valley Post | Floods close the valley road", "Valley Post", "Floods close the valley road"},
		{"하령 송계면 화학공장 가스 누출 - 충청새날일보", "충청새날일보", "하령 송계면 화학공장 가스 누출"},
		{"Floods close the valley road", "Valley Post", "Floods close the valley road"},
		{"Floods  close the valley road - Other Site", "Valley Post", "Floods close the valley road - Other Site"},
		{"Valley Post", "Valley Post", ""},
		{"Floods close the valley road - Valley Post", "", "Floods close the valley road - Valley Post"},
		{"Ten-Year pact - Valley Post", "Valley Post", "Ten-Year pact"},
	}
	for _, tt := range tests {
		if got := TitleHeadline(tt.title, tt.site); got != tt.want {
			t.Errorf("TitleHeadline(%q, %q) = %q; want %q", tt.title, tt.site, got, tt.want)
		}
	}
}
