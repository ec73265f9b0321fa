package clean

import (
	"strings"
	"testing"

	"github.com/reprint/reprint"
)

// greekPost is an invented Greek post, two paragraphs, as a Facebook
// page's copy keeps it.
const greekPost = "Ένα ακόμη θαλάσσιο περιστατικό σημειώθηκε το πρωί στο λιμάνι του νησιού, χωρίς να τραυματιστεί κανείς από τους επιβάτες.\n\n" +
	"Σύμφωνα με το Λιμενικό, το πλοίο θα παραμείνει δεμένο μέχρι να ολοκληρωθεί η αυτοψία από τον νηογνώμονα.\n\n"

// TestGreekFacebookPage: a copy of a Facebook page's post in Greek
// keeps Facebook's interface around the post: the log-in bar
// ("Συνδεθείτε", "Ξεχάσατε τον λογαριασμό σας;"), the post's age and
// audience ("3 ώρ. · 🌐"), the reactions' label, total and the line that
// names who reacted ("Γιάννης Αντωνίου και 1,2 χιλ. ακόμη"), the counts
// ("87 σχόλια", "214 κοινοποιήσεις"), the row of buttons, the sort, the
// comments with their rows of actions ("2 ώρ. Μου αρέσει Απάντηση
// 24"), the replies' opener, the comment list's foot and the comment
// box. They go; the post stays.
func TestGreekFacebookPage(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "page post",
		body: "Facebook\n\nΣυνδεθείτε\nΞεχάσατε τον λογαριασμό σας;\nΔημιουργία νέου λογαριασμού\n\n" +
			"Νησιά Live\n3 ώρ. · 🌐\n\n" + greekPost +
			"Όλες οι αντιδράσεις:\n1,2 χιλ.\n👍❤️😮\nΓιάννης Αντωνίου και 1,2 χιλ. ακόμη\n87 σχόλια\n214 κοινοποιήσεις\n\n" +
			"Μου αρέσει\nΣχόλιο\nΚοινοποίηση\n\nΠιο σχετικά\n\n" +
			"Κατερίνα Μπαλτά\nΕυτυχώς που δεν έπαθε κανείς τίποτα 🙏\n2 ώρ. Μου αρέσει Απάντηση 24\n\n" +
			"Σπύρος Λεμονής\nΠώς έγινε αυτό σε τόσο γνωστή ξέρα;\n2 ώρ. Μου αρέσει Απάντηση 11\nΠροβολή και των 6 απαντήσεων\n\n" +
			"Προβολή περισσότερων σχολίων\n\nΓράψτε ένα σχόλιο…\n",
		gone: []string{"Συνδεθείτε", "Ξεχάσατε τον λογαριασμό σας;", "Δημιουργία νέου λογαριασμού", "3 ώρ. · 🌐",
			"Όλες οι αντιδράσεις:", "1,2 χιλ.", "👍❤️😮", "Γιάννης Αντωνίου και 1,2 χιλ. ακόμη", "87 σχόλια",
			"214 κοινοποιήσεις", "Μου αρέσει", "Σχόλιο", "Κοινοποίηση", "Πιο σχετικά",
			"Ευτυχώς που δεν έπαθε κανείς τίποτα 🙏", "2 ώρ. Μου αρέσει Απάντηση 24",
			"Πώς έγινε αυτό σε τόσο γνωστή ξέρα;", "Προβολή και των 6 απαντήσεων",
			"Προβολή περισσότερων σχολίων", "Γράψτε ένα σχόλιο…"},
		kept: []string{"Ένα ακόμη θαλάσσιο περιστατικό σημειώθηκε", "Σύμφωνα με το Λιμενικό"},
	}, {
		// No platform's name over it: a story's sentences that count
		// a post's comments and shares, or end with "… και 12 ακόμη",
		// stay.
		name: "story",
		body: greekPost + "Η ανάρτηση του δήμου συγκέντρωσε 87 σχόλια και 214 κοινοποιήσεις μέσα σε λίγες ώρες.\n\n" +
			"Στη σύσκεψη συμμετείχαν ο δήμαρχος, ο λιμενάρχης και 12 ακόμη.\n\n" + greekPost,
		kept: []string{"συγκέντρωσε 87 σχόλια και 214 κοινοποιήσεις", "και 12 ακόμη"},
	}})
}

// TestReactorsLine: the line that names one reader who reacted and
// counts the others is Facebook's; a sentence that ends with a count of
// others has a verb, or a lower-case word, before it.
func TestReactorsLine(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Γιάννης Αντωνίου και 1,2 χιλ. ακόμη", true},
		{"Jane Doe and 1.2K others", true},
		{"Marie Dupont et 38 autres personnes", true},
		{"Britta Lund och 412 andra", true},
		{"The victim and 3 others", false},
		{"Police arrested Smith and 3 others", false},
		{"Jane Doe and 12 others were hurt", false},
		{"Jane Doe and others", false},
	} {
		if got := reactorsLine(tt.line); got != tt.want {
			t.Errorf("reactorsLine(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestConsentSitePartners: a portal's consent banner that names the site
// where the framework says "we", and counts its partners, is decisive
// legal chrome; a story's sentence about a company and its partners, or
// one whose cookies come only in a later sentence, is not.
func TestConsentSitePartners(t *testing.T) {
	for _, line := range []string{
		"Horizon and our 142 partners use cookies and similar technologies to personalise content and ads and to analyse our traffic. Manage your choices at any time in Your privacy choices.",
		"Yahoo News and our partners store and access cookies on your device.",
		"Horizon et nos 142 partenaires utilisons des cookies pour personnaliser le contenu.",
	} {
		if got, reason := LineScore(line, "en"); got < DefaultHighThreshold || reason != ReasonLegal {
			t.Errorf("LineScore(%q) = %.3f, %q; want ≥ %v, %q", line, got, reason, DefaultHighThreshold, ReasonLegal)
		}
	}
	for _, line := range []string{
		"The council and our partners in the health service will open three new clinics next spring, the leader said.",
		"Harbour Bakery and our 12 partners baked for the fair. Their stall sold cookies until dusk.",
	} {
		if got, reason := LineScore(line, "en"); got >= DefaultHighThreshold && reason == ReasonLegal {
			t.Errorf("LineScore(%q) = %.3f, %q; want < %v or not %q", line, got, reason, DefaultHighThreshold, ReasonLegal)
		}
	}
}

// TestPortalCapture: a plain capture of a portal's page of a partner's
// story keeps the portal's tools over the story ("Listen to this
// article"), its cards of other stories under "More for
// You", its feedback widget (the question, the answer buttons, the
// link) and its copyright notice, the company's, under the footer's
// links, which name the site. They go; the story and its partner lines
// stay, and the notice stays an attribution.
func TestPortalCapture(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "portal",
		body: "Share\nSave\nListen to this article\n\n" + plainStory +
			"This article was originally published by The Valley Ledger\n\n" +
			"More for You\nThe Saltmere Gazette\nTwo kayakers rescued off Saltmere Point\n1 day ago · 212 reactions\n" +
			"Horizon Money\nState pension: the dates payments will land\n3 hours ago · 88 reactions\nSee more\n\n" +
			"Feedback\nHow was your experience with this article?\n👍 Good\n👎 Not good\nGive feedback to Horizon\n\n" +
			"Privacy & Cookies\nTerms of use\n© 2025 Horizon Media Ltd\n",
		gone: []string{"Listen to this article", "More for You", "Two kayakers rescued off Saltmere Point",
			"How was your experience with this article?", "👍 Good", "👎 Not good", "Give feedback to Horizon",
			"© 2025 Horizon Media Ltd"},
		kept: []string{"The council voted on Tuesday", "This article was originally published by The Valley Ledger"},
	}, {
		// A story's subhead that asks about an experience, with the
		// story's paragraphs round it, and its sentence about feedback.
		name: "story",
		body: plainStory + "How was your experience with this hospital?\n\n" +
			"Give feedback to the trust by the end of March, the council said in a letter to every household.\n\n" + plainStory,
		kept: []string{"How was your experience with this hospital?", "Give feedback to the trust by the end of March"},
	}})
}

// TestTradeName: the owner's name without its company words at its end.
func TestTradeName(t *testing.T) {
	for _, tt := range []struct{ owner, want string }{
		{"Horizon Media Ltd", "Horizon"},
		{"Courier Media Group", "Courier"},
		{"Dalemoor Publishing Ltd.", "Dalemoor"},
		{"The Associated Press", ""},
		{"Media Group", "Media"},
	} {
		if got := tradeName(tt.owner); got != tt.want {
			t.Errorf("tradeName(%q) = %q; want %q", tt.owner, got, tt.want)
		}
	}
}

// TestPostHeadDotAlone: a post's header whose capture lost the audience
// icon keeps the age and the dot alone ("3d ·"); what stands before the
// dot must still be an age or a role.
func TestPostHeadDotAlone(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"3d ·", true},
		{"2h · ", true},
		{"Admin ·", true},
		{"3 ώρ. · 🌐", true},
		{"Vote ·", false},
		{"2025 ·", false},
		{"Read more ·", false},
	} {
		if got := postHead(tt.line); got != tt.want {
			t.Errorf("postHead(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestOwnerTradeNoticeAttribution: the company's notice under a
// footer's links, whose chrome names the site by its trading name,
// leaves the text but stays an attribution, as the capture's sign of
// whose page it is.
func TestOwnerTradeNoticeAttribution(t *testing.T) {
	c := MustClean(t)
	a := &reprint.Article{ID: "portal", Body: plainStory +
		"Feedback\nHow was your experience with this article?\nGive feedback to Horizon\n\nAdvertise\nHelp\n© 2025 Horizon Media Ltd\n"}
	c.Clean(a)
	if strings.Contains(a.Text, "© 2025 Horizon Media Ltd") {
		t.Errorf("Clean kept the notice; text:\n%s", a.Text)
	}
	found := false
	for _, at := range a.Attribution {
		found = found || strings.Contains(at.Text, "Horizon Media Ltd")
	}
	if !found {
		t.Errorf("Attribution = %+v; want the notice \"© 2025 Horizon Media Ltd\"", a.Attribution)
	}
}
