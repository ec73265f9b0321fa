package clean

import "testing"

// minutesBody is an invented council's minutes as a plain text keeps
// them: the letterhead under the council's name, the draft notice after
// the publication date, a running footer between rules on each page,
// and the closing notices.
const minutesBody = "ASHCOMBE PARISH COUNCIL\n\n" +
	"Clerk: Mr Peter Vance\n" +
	"The Old School, Church Lane, Ashcombe, Wexshire AC3 9ZZ\n" +
	"Tel: 01632 960999 | Email: clerk@ashcombe.example | www.ashcombe.example\n\n" +
	"MINUTES OF THE MEETING OF THE PARISH COUNCIL\n\n" +
	"DRAFT – published 4 March 2026. These minutes are draft until they are approved at the next meeting of the Council.\n\n" +
	"Present: Councillors A. Brook (Chair), C. Dale and E. Frost.\n\n" +
	"The Council considered the proposal to close the library and heard from four residents who spoke against it at length.\n\n" +
	"-----\n" +
	"Ashcombe Parish Council – 3 March 2026 – Page 1 of 2\n" +
	"-----\n\n" +
	"RESOLVED: that the Council objects to the closure of the library on the grounds of its use by the school, and asks the county to keep it open on Saturdays.\n\n" +
	"Copies of agendas and minutes are available at www.ashcombe.example or from the Old School during office hours.\n" +
	"If you need this document in large print or another format, please contact the Clerk.\n\n" +
	"-----\n" +
	"Ashcombe Parish Council – 3 March 2026 – Page 2 of 2\n" +
	"-----\n"

// TestPublicDocumentFurniture: a public body's document loses its
// letterhead, its running footers with their rules, the draft notice
// (the date before it stays, a line of its own now) and the closing
// notices; the minutes' items stay.
func TestPublicDocumentFurniture(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "council minutes",
		body: minutesBody,
		gone: []string{"Clerk: Mr Peter Vance", "The Old School, Church Lane, Ashcombe, Wexshire AC3 9ZZ",
			"Tel: 01632 960999 | Email: clerk@ashcombe.example | www.ashcombe.example",
			"These minutes are draft until they are approved at the next meeting of the Council.",
			"Ashcombe Parish Council – 3 March 2026 – Page 1 of 2", "Ashcombe Parish Council – 3 March 2026 – Page 2 of 2", "-----",
			"Copies of agendas and minutes are available at www.ashcombe.example or from the Old School during office hours.",
			"If you need this document in large print or another format, please contact the Clerk."},
		kept: []string{"DRAFT – published 4 March 2026.", "Present: Councillors", "RESOLVED: that the Council objects",
			"The Council considered the proposal"},
	}, {
		// One page's count, said once, in a story's sentence: no
		// running footer.
		name: "a page's count in a story",
		body: plainStory + "The report says on page 4 of 12 that the roof leaks.\n\n" + plainStory,
		kept: []string{"page 4 of 12"},
	}, {
		// A story's opening paragraph with a number in it: no
		// letterhead.
		name: "contact in a story's opening",
		body: "Residents can call the council on its new number.\nTel: 01632 960999 | Email: help@council.example\n\n" + plainStory,
		kept: []string{"Residents can call the council"},
	}})
}

// TestDocumentNotices: the alternative-format offer and the copies
// notice are the publisher's notes; a story's sentences about formats
// and copies stay.
func TestDocumentNotices(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"If you need this document in large print or another format, please contact the Town Clerk.", true},
		{"This document is available in Braille and large print on request.", true},
		{"Copies of agendas, minutes and the planning applications considered are available at www.whitmoor.example/planning or from the Town Hall during office hours (Monday to Thursday, 9.30am to 1.00pm).", true},
		{"The council said it would print its leaflets in large print and Braille from next year.", false},
		{"Copies of the report are available from the library, the council said.", false},
		{"If you need help, call the council on its new number.", false},
	} {
		var s scratch
		f := s.measure(tt.line, stopList("en"))
		if got := formatOffer(s.lower, f.words) || copiesNotice(s.lower, f.words); got != tt.want {
			t.Errorf("docNote(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestStatusTail: a record's status note after the record's date on one
// line is a block of its own; a story's second sentence is not.
func TestStatusTail(t *testing.T) {
	for _, tt := range []struct {
		line string
		want string
	}{
		{"DRAFT – published 11 November 2025. These minutes are draft until they are approved at the next meeting of the Committee.", "These minutes"},
		{"Published 2 May. This document is provisional and may differ from the final version.", "This document"},
		{"The council met on Monday. These minutes of silence were for the victims.", ""},
		{"The council met on Monday. This document was leaked to the press.", ""},
	} {
		k := statusTail(tt.line)
		got := ""
		if k > 0 {
			got = tt.line[k : k+len(tt.want)]
		}
		if got != tt.want || (tt.want == "") != (k == 0) {
			t.Errorf("statusTail(%q) = %d (%q); want %q", tt.line, k, got, tt.want)
		}
	}
}

// TestMunicipalCMSChrome: a municipal CMS's account bar and share
// widget go, and its footer's "Copyright Notices" link among the site
// links is no credit line and goes with them; a story's sentence about
// an account stays, and so does the same words as a heading over a
// site's terms.
func TestMunicipalCMSChrome(t *testing.T) {
	for _, line := range []string{
		"Create a Website Account - Manage notification subscriptions, save form progress and more.",
		"Website Sign In",
		"Press Enter to show all options, press Tab go to next option",
	} {
		if got, _ := LineScore(line, "en"); got < DefaultThreshold {
			t.Errorf("LineScore(%q) = %.3f; want ≥ %v", line, got, DefaultThreshold)
		}
	}
	if line := "Residents who create a website account on the city's portal can now pay parking tickets online, the clerk said on Monday after the council approved the new system."; true {
		if got, _ := LineScore(line, "en"); got >= DefaultThreshold {
			t.Errorf("LineScore(%q) = %.3f; want < %v", line, got, DefaultThreshold)
		}
	}
	runChromeCases(t, []chromeCase{{
		name: "copyright link in the site links",
		body: plainStory + "Site Links\nHome\nSite Map\nAccessibility\nCopyright Notices\nWebsite Privacy Policy\n",
		gone: []string{"Copyright Notices"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		// A heading over a site's terms stays a credit line as
		// FindAttribution reads it.
		name: "copyright heading",
		body: plainStory + "Copyright Notices\nUnless otherwise noted, the text of this site is the property of the publisher and may not be copied without its consent.\n",
		kept: []string{"Copyright Notices"},
	}})
}

// TestSupportNamedButton: a reader-funding box whose button names the
// site its appeal names ("Support UK Newsline") goes at the page's end;
// a story's subhead "Support for farmers" over its paragraph stays.
func TestSupportNamedButton(t *testing.T) {
	appeal := "Vale Courier is funded by its readers. If you value what we do, please consider supporting us from just £2 a month."
	runChromeCases(t, []chromeCase{{
		name: "support the site",
		body: plainStory + "Before you go…\n\n" + appeal + "\n\nSupport Vale Courier\n",
		gone: []string{"Before you go…", appeal, "Support Vale Courier"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "support in a story",
		body: plainStory + "Support for farmers\n\nThe ministry will pay farmers who lost crops in the floods, the minister said on Tuesday in the capital.\n\n" + plainStory,
		kept: []string{"Support for farmers", "The ministry will pay farmers"},
	}})
}

// TestAppCallFirst: an app promo with its call first and the offer
// after "for" goes; a story's line that reports the order stays.
func TestAppCallFirst(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Download the WTCV News 8 app for breaking news alerts and live weather radar.", true},
		{"Get the Vale 106 app for push notifications.", true},
		{"Download the county's flood app for alerts, the council told residents on Tuesday.", false},
		{"Download speeds for the app fell by half, users said.", false},
	} {
		if got := appPromo(tt.line); got != tt.want {
			t.Errorf("appPromo(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestAILabel: an AI summary app's label over its bullets is a
// self-note; a short line naming who summarised a text without AI
// stays.
func TestAILabel(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"✨ Summarised by Skim AI", true},
		{"Generated by Newsbot AI", true},
		{"Summarised by a judge", false},
		{"Written by Ai Weiwei's studio", false},
	} {
		var s scratch
		s.measure(tt.line, stopList("en"))
		if got := s.aiLabel(); got != tt.want {
			t.Errorf("aiLabel(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}
