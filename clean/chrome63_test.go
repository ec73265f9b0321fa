package clean

import "testing"

// TestWireCopyCourtHeader: a court agency's header sets the copy's date,
// time, byline and legal note as fields too ("DATE:", "TIME:", "BY:",
// "LEGAL: … No reporting restrictions."), and a rule of dashes under
// them; all go with the rest of the header, and so does a corrected
// copy's legal note ("Defendant's address removed on legal advice. Use
// this version only."). The headline and the story stay; a story's
// "Legal:" or "Time:" line with no other field is no wire copy, and a
// dinkus or a rule among the story's lines stays.
func TestWireCopyCourtHeader(t *testing.T) {
	header := "CALDER PRESS AGENCY - COURT AND NEWS COPY FOR THE NORTH\n" +
		"========================================================\n" +
		"SLUG: COURT Roofer\nCATCHLINE: Roofer jailed\nDATE: 11/03/2025\nTIME: 16:42\n" +
		"BY: Court Reporter, Carlsford Crown Court\nWORDS: 640\n"
	runChromeCases(t, []chromeCase{{
		name: "legal note and rule under the fields",
		body: header +
			"LEGAL: Sentencing hearing, Carlsford Crown Court, Tuesday 11 March 2025. No reporting restrictions.\n" +
			"PRIORITY: Routine\n--------------------------------------------------------\n\n" +
			"Roofer jailed\n\n" + plainStory + "ENDS\n",
		gone: []string{"DATE: 11/03/2025", "TIME: 16:42", "BY: Court Reporter, Carlsford Crown Court",
			"LEGAL: Sentencing hearing, Carlsford Crown Court, Tuesday 11 March 2025. No reporting restrictions.",
			"PRIORITY: Routine", "--------------------------------------------------------"},
		kept: []string{"Roofer jailed", "The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "a corrected copy's legal note",
		body: header +
			"LEGAL: Sentencing hearing. Defendant's address removed on legal advice. Use this version only.\n" +
			"-----\n\n" + plainStory + "ENDS\n",
		gone: []string{"LEGAL: Sentencing hearing. Defendant's address removed on legal advice. Use this version only.", "-----"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "a story's legal and time lines, its dinkus and rule",
		body: plainStory + "Legal: the council says the closure follows the law.\n\nTime: the vote took four hours.\n\n" +
			"-----\n\n***\n\n" + plainStory,
		kept: []string{"Legal: the council says", "Time: the vote took", "-----", "***"},
	}, {
		name: "a rule in wire copy away from the header",
		body: header + "\n" + plainStory + "----------\n\n" + plainStory + "ENDS\n",
		kept: []string{"----------", "The council voted on Tuesday"},
	}})
}

// TestWireRule: a rule is one character of "-=_~*#" repeated at least
// wireRuleMinRunes times alone on its line; a dinkus, a spaced one and
// a line of mixed marks are none.
func TestWireRule(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"-----", true},
		{"  ==========  ", true},
		{"____________", true},
		{"***", false},
		{"* * * * *", false},
		{"-=-=-=-=", false},
		{"---- ENDS ----", false},
	} {
		if got := wireRule(tt.line); got != tt.want {
			t.Errorf("wireRule(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}
