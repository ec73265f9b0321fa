package clean

import (
	"testing"

	"github.com/reprint/reprint"
)

// fuzzArticles are article-shaped bodies written for the fuzzer's seed
// corpus (story paragraphs among page chrome, a credit line, a repeated
// headline, CRLF), so that FuzzClean reads nothing outside this package;
// the shared seed articles stay the golden tests' input.
var fuzzArticles = []string{
	"Leave a Reply\nYour email address will not be published.\n\n" +
		"Storm closes coastal roads\n\n" +
		"Heavy rain closed three coastal roads on Tuesday, the council said, and more is expected overnight.\n\n" +
		"\u201cWe are asking people not to travel,\u201d a spokeswoman said.\n\n" +
		"Credit: Reuters\nShare this:\nFacebook\nTwitter\nPrevious Post Next Post\n",
	"<script>var x = 1;</script>\r\nTalks end without a deal\r\nTalks end without a deal\r\n\r\n" +
		"Negotiators left the capital late on Friday without an agreement (AP) \u2014 officials said talks would resume next week.\r\n" +
		"Photo: Getty Images\r\nRead more:\r\nFollow live: the latest updates\r\n",
	"Markets\n\nShares rose 2.5% in early trading after the central bank held rates at 4%.\n" +
		"Analysts at two banks said the decision was expected.\n\n" +
		"\u00a9 2025 Example News. All rights reserved.\nThis article was originally published by Example News.\n",
}

// FuzzClean checks that no Body makes Clean panic, and that the result
// keeps the offset invariants of checkArticle; a corpus of the one article
// is then applied, which must keep them too.
func FuzzClean(f *testing.F) {
	for _, s := range fuzzArticles {
		f.Add(s)
	}
	for _, s := range []string{
		"", "\n", "\n\n\n", " \n\t\n", "a", "Leave a Reply", "Credit: BBC\n", "(Reuters)",
		"<p>x</p>\n\nstory text here.\n", "\xff\xfe\n\xc3", "Headline\r\nHeadline\r\n", "©",
		"Getty Images x Getty Images", "Read more:\nRead more:\n",
	} {
		f.Add(s)
	}
	c, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body string) {
		a := &reprint.Article{ID: "fuzz", Body: body}
		c.Clean(a)
		checkArticle(t, a)
		corpus := NewCorpus(CorpusOptions{SiteMinArticles: 1, CorpusMinArticles: 1, SiteMinShare: 1, CorpusMinShare: 1})
		corpus.Add(a)
		corpus.Finish().Apply(a)
		checkArticle(t, a)
	})
}
