package clean

import "testing"

// ocrItem is an old paper's item as a digitised-newspaper archive's OCR
// prints it: a headline deck, a column's lines with the OCR's misreadings,
// a date printed inside the story and the period credit line.
const ocrItem = "TERRIBLE DISASTER.\nThe Steamer Kate Alderson Blows Up at Shawnee Bend.\n\n" +
	"One of the most appalling disasters that has\never befallen navigation on the lower Ohio\n" +
	"occurred yesterday moruing at Shawnee Bend,\neighteen miles below this city, when the boil-\n" +
	"ers ot the side-wheel packet Kate Alderson\nexploded with a report that was heard for\nmiles along both shores on March 13, 1883.\n" +
	"The boat was owned by Capt. Rountree (of this city)\nand was insured for $16,000 in home offices.\n" +
	"—Evansport Courier.\n\n"

// TestArchivePageChrome: a digitised-newspaper archive's page, captured
// as plain text, loses the archive's furniture once its OCR furniture
// shows it for one: the paper's title line, the page's views and
// buttons, the persistent link, the OCR notice and the call to correct
// it, the library's credit, the title's catalogue record as labelled
// fields, the citation and rights lines and the archive's line about
// itself; the item's headline, its lines, the dates inside it and its
// credit line stay. Without the OCR furniture, labelled lines stay.
func TestArchivePageChrome(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Chronicling America's page",
		body: "Ohio Valley Historic Newspapers | Tri-State Digital Newspaper Program\nHome | Browse Titles | Advanced Search | Help\n\n" +
			"Evansport daily courier. (Evansport, Ind.) 1871-1912, March 14, 1883, Image 3\n" +
			"View: Page Image | Text | PDF (4.8 MB) | JP2 (6.1 MB) | Clip Image\n" +
			"Persistent link: https://ovhnews.example.org/lccn/sn8604417/1883-03-14/ed-1/seq-3/\nArticle text (OCR)\n\n" +
			ocrItem +
			"OCR Interpretation\nThe text on this page was produced by optical character recognition (OCR) software and has not been corrected. It may contain errors, missing words and misspellings. Please consult the page image for the authoritative version.\n" +
			"Help improve this text: Correct the OCR\n\n" +
			"Image provided by Willard Memorial Library, Evansport, Ind.\nAbout Evansport daily courier. (Evansport, Ind.) 1871-1912\n" +
			"Place of publication: Evansport, Ind.\nGeographic coverage: Evansport, Vanderhoof County, Indiana\nPublisher: Courier Printing Co.\n" +
			"Frequency: Daily (except Sunday)\nPreceding Titles: Evansport weekly courier\nHoldings: View all issues of this title\n\n" +
			"Cite this page: MLA | APA | Chicago\n\n" +
			"Ohio Valley Historic Newspapers is a project of the Tri-State Digital Newspaper Program, funded in part by a grant from the State Library Services Fund.\n" +
			"Rights: The newspapers in this collection are in the public domain. Digital images © Tri-State Digital Newspaper Program.\n",
		gone: []string{"Evansport daily courier. (Evansport, Ind.) 1871-1912, March 14, 1883, Image 3",
			"View: Page Image | Text | PDF (4.8 MB) | JP2 (6.1 MB) | Clip Image",
			"Persistent link: https://ovhnews.example.org/lccn/sn8604417/1883-03-14/ed-1/seq-3/", "Article text (OCR)", "OCR Interpretation",
			"The text on this page was produced by optical character recognition (OCR) software and has not been corrected. It may contain errors, missing words and misspellings. Please consult the page image for the authoritative version.",
			"Help improve this text: Correct the OCR", "Image provided by Willard Memorial Library, Evansport, Ind.",
			"About Evansport daily courier. (Evansport, Ind.) 1871-1912", "Place of publication: Evansport, Ind.",
			"Geographic coverage: Evansport, Vanderhoof County, Indiana", "Publisher: Courier Printing Co.", "Frequency: Daily (except Sunday)",
			"Preceding Titles: Evansport weekly courier", "Holdings: View all issues of this title", "Cite this page: MLA | APA | Chicago",
			"Ohio Valley Historic Newspapers is a project of the Tri-State Digital Newspaper Program, funded in part by a grant from the State Library Services Fund.",
			"Rights: The newspapers in this collection are in the public domain. Digital images © Tri-State Digital Newspaper Program."},
		kept: []string{"TERRIBLE DISASTER.", "The Steamer Kate Alderson Blows Up at Shawnee Bend.", "miles along both shores on March 13, 1883.",
			"The boat was owned by Capt. Rountree (of this city)", "—Evansport Courier."},
	}, {
		name: "a state archive's article page",
		body: "Kentucky Digital Newspaper Heritage\nSkip to main content\nHome  Browse  Search  Titles A-Z  Blog  Log in\n\n" +
			"The Bellmont Herald (Bellmont, Ky.)\nThursday, March 22, 1883 — Volume XIV, Number 12 — Page 1, Column 5\n" +
			"Zoom to article on page | Download page PDF | Add to My Clippings\n\n" +
			ocrItem +
			"Uncorrected OCR text. This text was generated automatically and may contain errors. View the page image to read the article as printed.\n\n" +
			"Image and text provided by Bellmont County Historical Society\nDigitized with support from the Kentucky Heritage Digitization Fund\n" +
			"Copyright and reuse: Public domain. Please credit Kentucky Digital Newspaper Heritage when reusing images.\n",
		gone: []string{"The Bellmont Herald (Bellmont, Ky.)", "Zoom to article on page | Download page PDF | Add to My Clippings",
			"Uncorrected OCR text. This text was generated automatically and may contain errors. View the page image to read the article as printed.",
			"Image and text provided by Bellmont County Historical Society", "Digitized with support from the Kentucky Heritage Digitization Fund",
			"Copyright and reuse: Public domain. Please credit Kentucky Digital Newspaper Heritage when reusing images."},
		kept: []string{"TERRIBLE DISASTER.", "miles along both shores on March 13, 1883.", "—Evansport Courier."},
	}, {
		name: "labelled lines with no OCR furniture",
		body: plainStory + "Publisher: Courier Printing Co.\n\nLanguage: English\n\nThe Bellmont Herald (Bellmont, Ky.)\n\n" + plainStory,
		kept: []string{"Publisher: Courier Printing Co.", "Language: English", "The Bellmont Herald (Bellmont, Ky.)"},
	}})
}

// TestPostTimestamp: a copy of a Facebook post's page loses the post's
// time stamp under the poster's name, with the dot over it and the
// audience's icon under it; the same words in a story's sentence, or
// the time stamp's shape on a page that is no post's, stay.
func TestPostTimestamp(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Facebook page's post",
		body: "Facebook\nLog In\nForgot Account?\n\nRi-Jebļap ilo Majro\n·\nMarch 3 at 6:47 PM\n·\n🌐\n\n" + plainStory,
		gone: []string{"March 3 at 6:47 PM", "🌐"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "other languages and days",
		body: "Facebook\n\nYesterday at 9:12 AM\n\n3 de marzo a las 18:47\n\n3 mars à 18:47\n\n" + plainStory,
		gone: []string{"Yesterday at 9:12 AM", "3 de marzo a las 18:47", "3 mars à 18:47"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "a story's sentence and no post's page",
		body: plainStory + "March 3 at 6:47 PM\n\nThe meeting opened on March 3 at 6:47 PM, the clerk said.\n\n" + plainStory,
		kept: []string{"March 3 at 6:47 PM", "The meeting opened on March 3 at 6:47 PM, the clerk said."},
	}})
}

// TestPostTimestampShape checks postTimestamp's reading line by line.
func TestPostTimestampShape(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"March 3 at 6:47 PM", true},
		{"March 3, 2024 at 6:47 PM", true},
		{"3. März um 18:47", true},
		{"Monday at 9:12 AM", true},
		{"March 3 at noon", false},
		{"Meet us at 6:47 PM", false},
		{"The vote on March 3 at 6:47 PM", false},
	}
	for _, tt := range tests {
		if got := postTimestamp(tt.line); got != tt.want {
			t.Errorf("postTimestamp(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}
