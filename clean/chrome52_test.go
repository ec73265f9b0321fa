package clean

import "testing"

// TestVideoPage: a YouTube watch page's capture, known by its
// subscriber count, loses the counts, the buttons, the hashtags and the
// channel's promos; the description's story and its source line stay.
// A story that names Facebook in a short line, with no mark of a watch
// page, keeps it.
func TestVideoPage(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "watch page description",
		body: "Vale News Live\n\n12K subscribers\n\nSubscribe\n\n14,203 views\n\n" + plainStory +
			"स्रोत: पुरबिया टाइम्स (purbiyatimes.example)\n\n#ValeNews #Library\n\n" +
			"👉 अइसने खबर खातिर चैनल के Subscribe करीं आ घंटी वाला बटन दबाईं 🔔\n\n" +
			"📱 Facebook पर जुड़ीं: facebook.com/valenewslive.example\n\nShow transcript\n\nShow less\n",
		gone: []string{"12K subscribers", "14,203 views", "#ValeNews #Library", "👉 अइसने खबर खातिर चैनल के Subscribe करीं आ घंटी वाला बटन दबाईं 🔔",
			"📱 Facebook पर जुड़ीं: facebook.com/valenewslive.example", "Show transcript", "Show less"},
		kept: []string{"स्रोत: पुरबिया टाइम्स (purbiyatimes.example)"},
	}, {
		name: "no watch page",
		body: plainStory + "Residents organised on Facebook.\n\n" + plainStory,
		kept: []string{"Residents organised on Facebook."},
	}})
}

// TestHindiPortal: a scraper's copy of a Hindi or Bhojpuri portal's
// page, opening with the page's title, loses its header (a top bar of
// links over the masthead, the tagline and a menu one item a line
// opening with the home page, "मुख्य पन्ना"), its Google News call, its
// tags and its related and most-read lists; the headline line and the
// story's input line stay.
func TestHindiPortal(t *testing.T) {
	title := "बक्सर में बान्ह टूटल, छव गाँव पानी में"
	runChromeCases(t, []chromeCase{{
		name:  "Bhojpuri portal",
		title: title,
		body: title + "\n\nDownload App · E-Paper · Sign In\nपुरबिया टाइम्स\nपूरब के आवाज\nमुख्य पन्ना\nबिहार\nराजनीति\nराशिफल\nWeb Stories\n\n" +
			"Home » Bihar » Buxar\n\n" + title + "\n\n" + plainStory + "(इनपुट: भोजपुरी माटी खबर)\n\n" +
			"पुरबिया टाइम्स के Google News पर फॉलो करीं\nटैग: बक्सर, गंगा बाढ़, Bihar Flood\n\n" +
			"संबंधित खबर\nबलिया में घाघरा के कटाव तेज, तीन घर नदी में समाइल\nपटना में छठ घाटन के तइयारी पर बैठक\n\n" +
			"सबसे ज्यादा पढ़ल गइल\nपवन सिंह के नया गाना यूट्यूब पर ट्रेंड में\nआज के राशिफल: सिंह राशि वालन खातिर शुभ दिन\n\n" +
			"About Us | Contact | Privacy Policy\nCopyright © 2025 Purbiya Times Media Pvt. Ltd. All Rights Reserved.\n",
		gone: []string{"पूरब के आवाज", "मुख्य पन्ना", "Web Stories", "पुरबिया टाइम्स के Google News पर फॉलो करीं", "टैग: बक्सर, गंगा बाढ़, Bihar Flood",
			"संबंधित खबर", "पटना में छठ घाटन के तइयारी पर बैठक", "सबसे ज्यादा पढ़ल गइल", "आज के राशिफल: सिंह राशि वालन खातिर शुभ दिन"},
		kept: []string{"(इनपुट: भोजपुरी माटी खबर)"},
	}})
}

// TestEditionRows: an e-edition reader's rows of buttons go, and the
// reproduction notice under them; a story's "Page 6" alone and a
// sentence on a page count stay.
func TestEditionRows(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "reader's rows",
		body: plainStory + "CLOSING: The library in Mill Road will shut on April 30\n\n" +
			"Page 7 of 64    ◀ Page 6    Page 8 ▶\nDownload this edition (PDF)    Switch to page view\n" +
			"Reproduced with permission of Northmere Media Ltd. © 2025 Northmere Media Ltd. Copying, redistribution or retransmission of this content without written permission is prohibited.\n",
		gone: []string{"Page 7 of 64    ◀ Page 6    Page 8 ▶", "Download this edition (PDF)    Switch to page view",
			"Reproduced with permission of Northmere Media Ltd. © 2025 Northmere Media Ltd. Copying, redistribution or retransmission of this content without written permission is prohibited."},
		kept: []string{"CLOSING: The library in Mill Road will shut on April 30"},
	}, {
		name: "a story's page line",
		body: plainStory + "Page 6\n\nThe report runs to page 7 of 64 and names every branch.\n\n" + plainStory,
		kept: []string{"Page 6", "The report runs to page 7 of 64 and names every branch."},
	}})
}

// TestMailIssue: an e-mail newsletter's issue line, table of contents,
// link to the rest of the story and the items after it under headings
// in capitals go; the headline, the story and its source line stay.
// The same lines in a text that is no e-mail stay.
func TestMailIssue(t *testing.T) {
	issue := "The Vale Letter — Weekly news from the valley\nView this email in your browser\n\n" +
		"Issue 212 · 12 September 2025\n\nIN THIS ISSUE: Library closes · Reading group dates\n\n" +
		"Council closes the library\n\n" + plainStory + "Source: Valley Ledger, 8 September 2025\n\n" +
		"Read the full story on valleyledger.example\n\n----------------------------------------\nREADING GROUP\n" +
		"Our autumn reading group meets on the first Tuesday of every month at 7 pm. Email us to book a place.\n\n" +
		"SUPPORT THE LETTER\nThe Vale Letter is free and run by volunteers. Donate today to keep it coming.\n" +
		"----------------------------------------\n\nYou are receiving this email because you signed up for The Vale Letter.\nUnsubscribe | Update your preferences\n"
	runChromeCases(t, []chromeCase{{
		name: "newsletter issue",
		body: issue,
		gone: []string{"Issue 212 · 12 September 2025", "IN THIS ISSUE: Library closes · Reading group dates", "Read the full story on valleyledger.example",
			"READING GROUP", "Our autumn reading group meets on the first Tuesday of every month at 7 pm. Email us to book a place.",
			"The Vale Letter is free and run by volunteers. Donate today to keep it coming."},
		kept: []string{"Council closes the library", "Source: Valley Ledger, 8 September 2025"},
	}, {
		name: "no e-mail",
		body: plainStory + "ISSUE 4\nThe committee met on the first Tuesday of the month and agreed the budget.\n\n" + plainStory,
		kept: []string{"The committee met on the first Tuesday of the month and agreed the budget."},
	}})
}
