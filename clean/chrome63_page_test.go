package clean

import "testing"

// TestWidgetPair: a page's "was this page helpful?" question in Welsh and
// English on one line goes, and so does the Welsh question alone; a
// headline with a slash and one widget's words stays.
func TestWidgetPair(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Welsh and English question at the foot",
		body: plainStory + "A oedd y dudalen hon yn ddefnyddiol? / Was this page helpful?\n",
		gone: []string{"A oedd y dudalen hon yn ddefnyddiol? / Was this page helpful?"},
	}, {
		name: "the Welsh question alone",
		body: plainStory + "A oedd y dudalen hon yn ddefnyddiol?\n",
		gone: []string{"A oedd y dudalen hon yn ddefnyddiol?"},
	}, {
		name: "a headline with a slash",
		body: "Was this page helpful? / Readers answer the council's survey\n\n" + plainStory,
		kept: []string{"Was this page helpful? / Readers answer the council's survey"},
	}})
}

// TestFeedbackLineBilingual: a feedback link in two languages parted as
// bilingual sites part them is a feedback link, either half opening
// with a phrase (Welsh first or English first); two halves of a
// story's sentence are none.
func TestFeedbackLineBilingual(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Rhoi gwybod am broblem gyda'r dudalen hon / Report a problem with this page", true},
		{"Report a problem with this page | Rhoi gwybod am broblem gyda'r dudalen hon", true},
		{"Rhoi gwybod am broblem gyda'r dudalen hon", true},
		{"Residents can report a problem / a fault online, the council said", false},
		{"Report a problem with this page / " + "and the council says it will answer every message within ten working days", false},
	} {
		if got := feedbackLine(tt.line, len(fields(tt.line))); got != tt.want {
			t.Errorf("feedbackLine(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	runChromeCases(t, []chromeCase{{
		name: "a council page's foot",
		body: plainStory + "A oedd y dudalen hon yn ddefnyddiol? / Was this page helpful?\n\n" +
			"Rhoi gwybod am broblem gyda'r dudalen hon / Report a problem with this page\n",
		gone: []string{"Rhoi gwybod am broblem gyda'r dudalen hon / Report a problem with this page"},
		kept: []string{"Officials said the building"},
	}})
}

// TestCommentsClosed: the notice under a closed thread goes; a story's
// sentence reporting that comments were closed stays.
func TestCommentsClosed(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "notice at the foot",
		body: plainStory + "Comments are closed on this article.\n",
		gone: []string{"Comments are closed on this article."},
	}, {
		name: "a story's sentence",
		body: plainStory + "The paper said comments are closed on articles about the trial until the jury returns its verdict, as the judge asked.\n\n" + plainStory,
		kept: []string{"The paper said comments are closed on articles about the trial"},
	}})
}

// TestWelshReadAlso: a Welsh "read also" line before another story's
// headline goes.
func TestWelshReadAlso(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Darllenwch hefyd",
		body: plainStory + "Darllenwch hefyd: Penaethiaid yn rhybuddio am doriadau i gyllidebau ysgolion\n\n" + plainStory,
		gone: []string{"Darllenwch hefyd: Penaethiaid yn rhybuddio am doriadau i gyllidebau ysgolion"},
	}})
}

// TestSignUpLead: a blurb that asks the reader to sign up to the site's
// own newsletter or e-mail is a sign-up box's; a story's sentence about
// people signing up, or a call to "our" campaign, is none.
func TestSignUpLead(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Sign up to our free Breaking News email for the stories you need to know, the moment they happen.", true},
		{"Subscribe to our weekly newsletter for the best of the week's reviews.", true},
		{"Cofrestrwch ar gyfer ein cylchlythyr dyddiol.", true},
		{"Inscrivez-vous à notre newsletter quotidienne.", true},
		{"Sign up to our campaign to save the library.", false},
		{"More than 2,000 residents signed up to the council's email alerts last year.", false},
		{"Sign up to our", false}, // the call alone names nothing
	} {
		if got := signUpLead(tt.line, len(fields(tt.line))); got != tt.want {
			t.Errorf("signUpLead(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestSignUpBoxNotes: a newsletter box whose form the extraction
// dropped, kept as paragraphs between the story's (its heading and
// blurb, or its call to sign up, then its consent note) goes whole, in
// English and in Welsh; a story's sentence about signing up to offers
// stays.
func TestSignUpBoxNotes(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "a British paper's box",
		body: plainStory + "Sign up to our free Breaking News email for the stories you need to know, the moment they happen.\n\n" +
			"I would like to be emailed about offers, events and updates from The National Courier. Read our privacy notice.\n\n" + plainStory,
		gone: []string{"Sign up to our free Breaking News email for the stories you need to know, the moment they happen.",
			"I would like to be emailed about offers, events and updates from The National Courier. Read our privacy notice."},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "a Welsh site's box",
		body: plainStory + "Cylchlythyr dyddiol Y Dyddiadur\n\nY newyddion Cymraeg pwysicaf yn syth i'ch mewnflwch bob bore.\n\n" +
			"Drwy gofrestru rydych yn cytuno i'n polisi preifatrwydd. Gallwch ddad-danysgrifio unrhyw bryd.\n\n" + plainStory,
		gone: []string{"Cylchlythyr dyddiol Y Dyddiadur", "Y newyddion Cymraeg pwysicaf yn syth i'ch mewnflwch bob bore.",
			"Drwy gofrestru rydych yn cytuno i'n polisi preifatrwydd. Gallwch ddad-danysgrifio unrhyw bryd."},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "a story's consent sentence",
		body: plainStory + "I would like to be emailed about offers, one shopper told the inquiry, but never about this.\n\n" + plainStory,
		kept: []string{"I would like to be emailed about offers, one shopper told the inquiry"},
	}})
}
