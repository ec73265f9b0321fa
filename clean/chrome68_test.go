package clean

import "testing"

// TestTranscriptWidgetNote: a caption widget's note names its
// transcript with no demonstrative ("Transcript is auto-generated from
// the video's captions …") and goes; the spoken segments under it stay,
// and so does a story's line on a transcript's errors.
func TestTranscriptWidgetNote(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "caption widget",
		body: plainStory + "Transcript\n\nTranscript is auto-generated from the video's captions and has not been edited. Search in video\n\n" +
			"good afternoon I'm the mayor and I\n\nwant to talk to you directly today\n\nabout the bridge as many of\n\nyou know the bridge was built in 1961 and it\n\n" +
			"carries about 14,000 vehicles every single\n\nday across the river last week our engineers\n\n" +
			"The city will post every update on its website, where residents can also sign up for text alerts about the closure.\n\n",
		gone: []string{"Transcript is auto-generated from the video's captions and has not been edited. Search in video"},
		kept: []string{"good afternoon I'm the mayor and I", "want to talk to you directly today"},
	}, {
		name: "story on a transcript",
		body: plainStory + "Transcript was full of errors, the defence said, and the judge agreed to hear the recording again.\n\n" + plainStory,
		kept: []string{"Transcript was full of errors, the defence said"},
	}})
}

// TestAppPromoLabel: an app promo whose call is its label, the offer
// after the colon ("DOWNLOAD THE KRWT 6 NEWS APP: Get breaking news
// alerts …"), goes between a story's paragraphs; a story's sentence
// about an app after a colon stays.
func TestAppPromoLabel(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"DOWNLOAD THE KRWT 6 NEWS APP: Get breaking news alerts and live newscasts on your phone", true},
		{"Download our free app: breaking news alerts sent straight to your phone", true},
		{"The advice was simple: download the app and check it before leaving home", false},
		{"Download the app: officials said the ferry timetable would change next week", false},
	} {
		if got := appPromo(tt.line); got != tt.want {
			t.Errorf("appPromo(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	runChromeCases(t, []chromeCase{{
		name: "label promo",
		body: plainStory + "DOWNLOAD THE KRWT 6 NEWS APP: Get breaking news alerts and live newscasts on your phone\n\n" + plainStory,
		gone: []string{"DOWNLOAD THE KRWT 6 NEWS APP: Get breaking news alerts and live newscasts on your phone"},
		kept: []string{"The council voted on Tuesday"},
	}})
}

// TestEPaperSubscribe: the footer's order to subscribe to the paper's
// e-paper is a call to subscribe like a newsletter's; a story's line on
// readers subscribing stays.
func TestEPaperSubscribe(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Subscribe to The Deccan Ledger e-paper and read the full edition every morning", true},
		{"Readers who subscribe to the e-paper will get the full edition every morning, the paper said.", false},
	} {
		if got, _ := LineScore(tt.line, "en"); (got >= 0.75) != tt.want {
			t.Errorf("LineScore(%q) = %v; want chrome %v", tt.line, got, tt.want)
		}
	}
}

// TestAdviceDisclaimer: a financial site's disclaimer, two of its kinds
// in one line (no adviser, no advice, do your own research, for
// information only), weighs as a self-note; one clause quoted in a
// story does not.
func TestAdviceDisclaimer(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"disclaimer: stockwirepulse is not a registered investment advisor. this article is for informational purposes only and does not constitute financial advice. always do your own due diligence before investing.", true},
		{"this is not financial advice. do your own research before buying any coin.", true},
		{"the regulator said the firm was not a registered investment adviser and had taken client money since 2019.", false},
		{"the posts said they were for informational purposes only, prosecutors said, but the men traded on them.", false},
	} {
		if got := adviceDisclaimer([]byte(tt.line)); got != tt.want {
			t.Errorf("adviceDisclaimer(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestPageRows: a page of posts prints its buttons and its counts in
// rows, an icon before each item, and the pin's label over the post it
// keeps at the top; all go, the post stays, and a story's "Pinned by
// debris …" stays.
func TestPageRows(t *testing.T) {
	for _, tt := range []struct {
		line       string
		btn, count bool
		pinned     bool
	}{
		{"👍 Follow Page   ✉️ Send Message", true, false, false},
		{"👍 Like   💬 Comment   ↗️ Share", true, false, false},
		{"❤️😮😢 1.4K   💬 312 comments   ↗️ 889 shares", false, true, false},
		{"📌 Pinned by LocalBuzz 360 Alder Falls", false, false, true},
		{"Pinned by debris, the driver waited two hours for rescuers.", false, false, false},
		{"Pinned by the wreckage", false, false, false},
		{"Home   Local news   312 readers", false, false, false},
	} {
		if got := pageButtonRow(tt.line); got != tt.btn {
			t.Errorf("pageButtonRow(%q) = %v; want %v", tt.line, got, tt.btn)
		}
		if got := pageCountRow(tt.line); got != tt.count {
			t.Errorf("pageCountRow(%q) = %v; want %v", tt.line, got, tt.count)
		}
		if got := pinnedLine(tt.line); got != tt.pinned {
			t.Errorf("pinnedLine(%q) = %v; want %v", tt.line, got, tt.pinned)
		}
	}
}

// TestIconMenu: a spaced menu whose items carry icons ("🏠 Home   🔥
// Trending …") is a menu, as it is without them; a line of spaced
// words that opens with no home item is not.
func TestIconMenu(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"🏠 Home   🔥 Trending   🚨 Breaking   🚗 Traffic   🍔 Eats   🎉 Events", true},
		{"🔥 Trending   🚨 Breaking   🚗 Traffic   🍔 Eats", false},
	} {
		if got := isMenu(tt.line); got != tt.want {
			t.Errorf("isMenu(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}
