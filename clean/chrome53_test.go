package clean

import "testing"

// TestTipLine: a news tip box set on one line, its heading and the
// newsroom's address or number after a colon or a question mark, goes;
// a story's sentence asking for news, or the heading's words inside a
// sentence, stays.
func TestTipLine(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "tip box on one line",
		body: plainStory + "Got a story? Call the Harbour Radio newsroom on 01632 960331\n\n" +
			"Send us your news: tips@wexcombe-radio.example or text NEWS to 81234\n",
		gone: []string{"Got a story? Call the Harbour Radio newsroom on 01632 960331",
			"Send us your news: tips@wexcombe-radio.example or text NEWS to 81234"},
		kept: []string{"Officials said the building"},
	}, {
		name: "a story's appeal",
		body: plainStory + "Police asked anyone with information to call 101, quoting incident 4471 of 12 March.\n\n" +
			"Send us your news, the mayor told the meeting, and the council will listen.\n\n" + plainStory,
		kept: []string{"Police asked anyone with information to call 101",
			"Send us your news, the mayor told the meeting, and the council will listen."},
	}})
}

// TestReactionBoxLabel: a reaction box opened by its label alone
// ("Your reaction", "तपाईंको प्रतिक्रिया") over its buttons run together
// on one line goes; a story's line of mood words without the label,
// and the label's words in a sentence, stay.
func TestReactionBoxLabel(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Nepali portal's box",
		body: plainStory + "तपाईंको प्रतिक्रिया\n\nखुसी दुःखी अचम्मित उत्साहित आक्रोशित\n",
		gone: []string{"तपाईंको प्रतिक्रिया", "खुसी दुःखी अचम्मित उत्साहित आक्रोशित"},
	}, {
		name: "English box, buttons one a line",
		body: plainStory + "Your reaction:\n\nHappy\nSad\nSurprised\nAngry\n",
		gone: []string{"Your reaction:", "Happy", "Sad", "Surprised", "Angry"},
	}, {
		name: "mood words in a story",
		body: plainStory + "Happy Sad Angry\n\nThe exhibition, titled after the three moods, opens at the town hall on Friday and runs until May.\n\n" + plainStory,
		kept: []string{"Happy Sad Angry"},
	}, {
		name: "the label in a sentence",
		body: plainStory + "Your reaction to the closure matters, the librarian told readers at the final meeting.\n\nHappy Sad Angry\n",
		kept: []string{"Your reaction to the closure matters"},
	}})
}

// TestTrendingNowTicker: a header's "Trending Now:" ticker of links goes
// like "Trending:"; a story's sentence about what is trending stays.
func TestTrendingNowTicker(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "ticker",
		body: "Trending Now: Petrol Price Today | Board Exam Result | Weather Update\n\n" + plainStory,
		gone: []string{"Trending Now: Petrol Price Today | Board Exam Result | Weather Update"},
	}, {
		name: "a story's trend",
		body: plainStory + "Trending now among the town's teenagers is a card game their grandparents played, the shop owner said.\n\n" + plainStory,
		kept: []string{"Trending now among the town's teenagers"},
	}})
}

// TestVenetianCommentForm: WordPress's reply form as a Venetian site's
// theme words it goes; a story's sentence in Venetian stays.
func TestVenetianCommentForm(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "reply form",
		body: plainStory + "Lassa un coment\n\nLa to email no la vegnarà publicà. I campi obligatori i xe segnà co *\n",
		gone: []string{"Lassa un coment", "La to email no la vegnarà publicà. I campi obligatori i xe segnà co *"},
	}, {
		name: "Venetian story",
		body: plainStory + "El sindaco el ga dito che i laori i scominsiarà in primavera, co i schei de la Regione.\n\n" + plainStory,
		kept: []string{"El sindaco el ga dito che i laori i scominsiarà in primavera"},
	}})
}

// TestCountRow: a post's counts on one line, two or more, each a tally
// and what it counts, are a counter; a sentence with figures, or a
// results line, is not.
func TestCountRow(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"87 comments  214 shares", true},
		{"1.2K reactions · 56 commenti · 9 condivisioni", true},
		{"312 commentaires 48 partages", true},
		{"87 comments", false},
		{"87 comments were read out at the meeting", false},
		{"Arsenal 2 Chelsea 1", false},
	} {
		if got := countRow(tt.line); got != tt.want {
			t.Errorf("countRow(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	if got, reason := LineScore("56 comentarios 12 compartidos", "es"); got < DefaultHighThreshold {
		t.Errorf("LineScore(count row) = %.3f, %q; want ≥ %v", got, reason, DefaultHighThreshold)
	}
}
