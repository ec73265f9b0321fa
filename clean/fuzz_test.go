package clean

import (
	"testing"

	"github.com/reprint/reprint"
)

// FuzzClean checks that no Body makes Clean panic, and that the result
// keeps the offset invariants of checkArticle; a corpus of the one article
// is then applied, which must keep them too.
func FuzzClean(f *testing.F) {
	for _, a := range MustReadSeeds(f) {
		f.Add(a.Body)
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
