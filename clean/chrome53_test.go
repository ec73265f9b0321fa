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

// TestScriptCues: a radio bulletin's production cues, brackets of
// capitals opening with a cue's label and its colon, go wherever they
// stand and credit no one; a standalone agency credit, an editor's
// note in brackets and a teaser's label in capitals stay.
func TestScriptCues(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "bulletin script",
		body: "(CUE: BULLETIN JINGLE 0'05\")\n\n" + plainStory +
			"(ACT: PRIYA NANDA, HARBOUR TRUST · IN: WE HAVE ASKED · DUR 0'21\" · OUT: ANSWERS)\n\n" + plainStory +
			"(NO CLIP: READ STATEMENT)\n\n(OUT: SPORT FOLLOWS · TRT 1'04\")\n",
		gone: []string{"(CUE: BULLETIN JINGLE 0'05\")", "(ACT: PRIYA NANDA, HARBOUR TRUST · IN: WE HAVE ASKED · DUR 0'21\" · OUT: ANSWERS)",
			"(NO CLIP: READ STATEMENT)", "(OUT: SPORT FOLLOWS · TRT 1'04\")"},
		kept: []string{"Officials said the building"},
	}, {
		name: "story brackets",
		body: "(Reuters)\n\n" + plainStory + "(Updates with council's statement in paragraph 2)\n\n(IN PICTURES: THE FLOODED VALLEY)\n\n" + plainStory,
		kept: []string{"(Reuters)", "(Updates with council's statement in paragraph 2)", "(IN PICTURES: THE FLOODED VALLEY)"},
	}})
	for _, line := range []string{"(CUE: BULLETIN JINGLE 0'05\")", "(NO CLIP: READ STATEMENT)"} {
		if at, ok := FindAttribution(line); ok {
			t.Errorf("FindAttribution(%q) = %+v; want no credit", line, at)
		}
	}
	if _, ok := FindAttribution("(Reuters)"); !ok {
		t.Error("FindAttribution((Reuters)) found no credit")
	}
}

// TestFacebookPageCounts: a copy of a Facebook page's post made logged
// out, known by the page's counts under its name, loses the log-in bar,
// the header with its buttons, the post's counts and row, the comments
// with their rows (the age first, as Facebook's later layout sets it),
// the comment list's foot and the intro box run together with
// Facebook's footer; the post, its sign-off and its source line stay.
// A story that says how many follow a page keeps it.
func TestFacebookPageCounts(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Italian page post",
		body: "Accedi\nHai dimenticato l'account?\n\nRadio Valle Aperta\n4.312 follower · 58 seguiti\nSegui\nMessaggio\n\n" +
			"Radio Valle Aperta\n2 aprile 2025 alle ore 08:15 · 🌍\n\n" + plainStory + "Bona giornada a tuti!\n\nFonte: Gazzetta della Valle\n\n" +
			"👍😮 512\n41 commenti  96 condivisioni\n\nMi piace\nCommenta\nCondividi\n\n" +
			"Luca Bertin\nFinalmente qualcuno che ne parla\n3 g   Mi piace   Rispondi   7\n\nVisualizza altri commenti\n\n" +
			"Radio Valle Aperta\nLa radio della valle, da quarant'anni.\nInformazioni · Foto · Video · Eventi\nPrivacy · Condizioni · Pubblicità · Cookie · Altro · Meta © 2025\n",
		gone: []string{"Accedi", "Hai dimenticato l'account?", "4.312 follower · 58 seguiti", "Messaggio",
			"2 aprile 2025 alle ore 08:15 · 🌍", "41 commenti  96 condivisioni", "Mi piace", "Commenta",
			"Finalmente qualcuno che ne parla", "3 g   Mi piace   Rispondi   7", "Visualizza altri commenti",
			"La radio della valle, da quarant'anni."},
		kept: []string{"Officials said the building", "Bona giornada a tuti!", "Fonte: Gazzetta della Valle"},
	}, {
		name: "followers in a story",
		body: plainStory + "The page had 4,312 followers · most of them in the valley, its founder said.\n\n" + plainStory,
		kept: []string{"The page had 4,312 followers"},
	}})
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"12K followers · 97 following", true},
		{"12.483 follower · 97 seguiti", true},
		{"4,2 k abonnés", true},
		{"12K likes · 13K followers", true},
		{"97 following", false},
		{"Public group · 4.2K members", false},
	} {
		if got := pageHeader(tt.line, len(fields(tt.line))); got != tt.want {
			t.Errorf("pageHeader(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}
