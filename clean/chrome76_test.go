package clean

import (
	"strings"
	"testing"
)

// xThread is an invented thread on X as a logged-out copy of its page
// keeps it, with the platform's furniture around the posts.
const xThread = "Sam Okafor on X: \"1/ Flooding on the Riverside estate this morning. Water is knee-deep on Mill Street 🧵\" / X\n\n" +
	"Don’t miss what’s happening\nPeople on X are the first to know.\nLog in\nSign up\nPost\n\nSee new posts\nConversation\n" +
	"Sam Okafor\n@samokafor_news\n" +
	"1/ Flooding on the Riverside estate this morning. Water is knee-deep on Mill Street 🧵\n" +
	"7:12 AM · Jan 9, 2026\n·\n3,402\n Views\n12\n40\n31\n5\nPost your reply\nReply\n" +
	"Sam Okafor\n@samokafor_news\n·\nJan 9\n" +
	"2/ Fire crews say forty homes are affected, he says\n3\n17\n9\n1.8K\n" +
	"Sam Okafor\n@samokafor_news\n·\nJan 9\n" +
	"3/ The council has opened the leisure centre as a rest centre. \"Nobody should stay in a flooded home tonight\"\n2\n21\n14\n2.2K\n" +
	"Show more replies\nNew to X?\nSign up now to get your own personalized timeline!\nSign up with Apple\nCreate account\n" +
	"By signing up, you agree to the Terms of Service and Privacy Policy, including Cookie Use.\n" +
	"Relevant people\nSam Okafor\n@samokafor_news\nReporter @RiversideRecord. Floods, fires and the council.\nFollow\n" +
	"Riverside Record\n@RiversideRecord\nYour town's paper since 1902.\nFollow\n" +
	"What’s happening\nTrending in United Kingdom\n#StormBran\n22.4K posts\nPolitics · Trending\nBudget Day\nShow more\n" +
	"Terms of Service\n|\nPrivacy Policy\n|\nCookie Policy\n|\nAccessibility\n|\nAds info\n|\nMore\n© 2026 X Corp.\n"

// TestXPage: a copy of X's page loses the platform's furniture, the
// sidebar's accounts and trends with their bios and names, the
// footer's row and its notice, and each post's counts; the posts stay,
// a short one with no closing stop among them. A story that quotes X's
// strings in its sentences, on a page that is not X's, keeps them.
func TestXPage(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "thread",
		body: xThread,
		gone: []string{"Don’t miss what’s happening", "People on X are the first to know.", "See new posts", "Conversation",
			"7:12 AM · Jan 9, 2026", "3,402", "Views", "1.8K", "Show more replies", "New to X?",
			"Sign up now to get your own personalized timeline!", "Sign up with Apple", "Create account",
			"By signing up, you agree to the Terms of Service and Privacy Policy, including Cookie Use.", "Relevant people",
			"Reporter @RiversideRecord. Floods, fires and the council.", "Your town's paper since 1902.", "Follow",
			"What’s happening", "Trending in United Kingdom", "#StormBran", "22.4K posts", "Politics · Trending", "Budget Day",
			"Show more", "Terms of Service", "Ads info", "More", "© 2026 X Corp."},
		kept: []string{"1/ Flooding on the Riverside estate", "2/ Fire crews say forty homes are affected, he says",
			"3/ The council has opened the leisure centre"},
	}, {
		name: "a story quoting X",
		body: "Trending in United Kingdom\n\n" + plainStory +
			"The platform's banner, \"Don’t miss what’s happening\", greets readers who are not logged in, the company said.\n\n" +
			"Relevant people\n\nThe report names 14 officials who knew of the leak, and the council said it would publish their replies.\n",
		kept: []string{"Trending in United Kingdom", "Don’t miss what’s happening", "Relevant people"},
	}})
	for _, tt := range []struct {
		f    func(string) bool
		name string
		line string
		want bool
	}{
		{xTitle, "xTitle", `Sam Okafor on X: "1/ Flooding …" / X`, true},
		{xTitle, "xTitle", "Sam Okafor (@samokafor_news) / X", true},
		{xTitle, "xTitle", `Ana Ruiz on Twitter: "Polls close at 10" / Twitter`, true},
		{xTitle, "xTitle", "Profits at X rose / X", false},
		{xTitle, "xTitle", `Musk on X: "we will fix it"`, false},
		{xNotice, "xNotice", "© 2026 X Corp.", true},
		{xNotice, "xNotice", "© 2022 Twitter, Inc.", true},
		{xNotice, "xNotice", "© 2026 X Corp. bought the building", false},
		{xNotice, "xNotice", "© 2026 Riverside Record", false},
		{xTrendContext, "xTrendContext", "Trending in United Kingdom", true},
		{xTrendContext, "xTrendContext", "Sports · Trending", true},
		{xTrendContext, "xTrendContext", "Trending in the polls since the spring budget was announced", false},
		{xTrendContext, "xTrendContext", "Trending", true},
		{xAge, "xAge", "Jan 9", true},
		{xAge, "xAge", "9 Jan 2026", true},
		{xAge, "xAge", "5h", true},
		{xAge, "xAge", "Mill Street", false},
		{xAge, "xAge", "10h30", false},
	} {
		if got := tt.f(tt.line); got != tt.want {
			t.Errorf("%s(%q) = %v; want %v", tt.name, tt.line, got, tt.want)
		}
	}
}

// TestWeatherWidget: a weather widget's line among a header's menu
// goes; a forecast's line under its day, a table's cells parted by a
// colon and a sentence about the weather stay.
func TestWeatherWidget(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "header",
		body: "Valley Ledger\nHarlow 9°C Cloudy\nNews\nSport\n\n" + plainStory,
		gone: []string{"Harlow 9°C Cloudy"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "forecast",
		body: plainStory + "The forecast for the week:\n\nTuesday 61°F Sunny\n\nTonight 41°F Clear\n\n" +
			"Port Calder: 58°F, partly cloudy\n\nIt was 58°F and Partly Cloudy when the march set off.\n\n" + plainStory,
		kept: []string{"Tuesday 61°F Sunny", "Tonight 41°F Clear", "Port Calder: 58°F, partly cloudy", "It was 58°F and Partly Cloudy"},
	}})
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Port Calder 58°F Partly Cloudy", true},
		{"Harlow 9°C Cloudy", true},
		{"Saint-Malo 14° Averses", true},
		{"58°F Sunny", true},
		{"Tuesday 61°F Sunny", false},
		{"Port Calder 58°F", false},
		{"Port Calder 58°F partly cloudy", false},
		{"Port Calder: 58°F, Partly Cloudy", false},
		{"The oven reached 220°C Clear", false},
		{"Angle of 45° Clear", false},
	} {
		if got := weatherLine(tt.line); got != tt.want {
			t.Errorf("weatherLine(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestListLabelSite: a list's label naming the page's own site ("You
// might also like on <site>") goes with the titles under it; the same
// label naming another outlet, or a day, stays to the other rules.
func TestListLabelSite(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "own site",
		site: "Valley Ledger",
		body: plainStory + "You might also like on Valley Ledger\nTen towns where rents are still falling\nWhy the ferry is late again\n\n" +
			"Contact | Privacy | Terms\n",
		gone: []string{"You might also like on Valley Ledger", "Ten towns where rents are still falling", "Why the ferry is late again"},
		kept: []string{"The council voted on Tuesday", "Officials said"},
	}})
	for _, tt := range []struct {
		line, site string
		want       bool
	}{
		{"You might also like on Valley Ledger", "Valley Ledger", true},
		{"Most read from Valley Ledger:", "Valley Ledger", true},
		{"Trending on Valley Ledger", "Valley Ledger", true},
		{"You might also like on Friday", "Valley Ledger", false},
		{"You might also like on The Gazette", "Valley Ledger", false},
		{"Readers might also like on Valley Ledger", "Valley Ledger", false},
	} {
		if got, _ := moreFromSite(tt.line, tt.site); got != tt.want {
			t.Errorf("moreFromSite(%q, %q) = %v; want %v", tt.line, tt.site, got, tt.want)
		}
	}
	if n := listLabelSiteLen(strings.Fields("you might also like on valley ledger")); n != 5 {
		t.Errorf("listLabelSiteLen(you might also like on valley ledger) = %d; want 5", n)
	}
}
