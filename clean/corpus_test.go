package clean

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/reprint/reprint"
)

// prose returns a deterministic paragraph of n words that reads like news
// prose to the classifier (a normal share of stop words, a final period).
func prose(r *rand.Rand, n int) string {
	content := []string{"council", "minister", "budget", "river", "court", "election", "hospital",
		"police", "school", "market", "harbour", "railway", "festival", "factory", "museum"}
	stop := []string{"the", "of", "and", "to", "in", "that", "was", "for", "on", "with"}
	words := make([]string, n)
	for i := range words {
		if i%2 == 0 {
			words[i] = content[r.IntN(len(content))]
		} else {
			words[i] = stop[r.IntN(len(stop))]
		}
	}
	words[0] = "The"
	return strings.Join(words, " ") + "."
}

// corpusArticle returns an article of site with two paragraphs of its own
// and the extra lines between them.
func corpusArticle(r *rand.Rand, i int, site string, extra ...string) *reprint.Article {
	parts := append([]string{prose(r, 45)}, extra...)
	parts = append(parts, prose(r, 50))
	return &reprint.Article{
		ID:   fmt.Sprintf("a%02d", i),
		Meta: reprint.Meta{Site: site},
		Body: strings.Join(parts, "\n\n") + "\n",
	}
}

func TestCorpus(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	const (
		footer = "Example Daily is published by Example Media Group in Springfield."
		chrome = "Get the app"
		quote  = `"We are in favour of it, but there are nuances."`
	)
	wire := prose(r, 60)
	var arts []*reprint.Article
	// 10 articles of one site share its footer.
	for i := range 10 {
		arts = append(arts, corpusArticle(r, i, "example.com", footer))
	}
	// 10 articles of 10 sites share a wire paragraph; the first 6 of them
	// also carry the same short chrome line and the same short quote.
	for i := range 10 {
		extra := []string{wire}
		if i < 6 {
			extra = append(extra, chrome, quote)
		}
		arts = append(arts, corpusArticle(r, 10+i, fmt.Sprintf("site%d.org", i), extra...))
	}
	// 20 more articles of 20 sites; the first 6 carry the chrome line, so
	// it is in 12 of 40 articles (30%).
	for i := range 20 {
		var extra []string
		if i < 6 {
			extra = append(extra, chrome)
		}
		arts = append(arts, corpusArticle(r, 20+i, fmt.Sprintf("other%d.net", i), extra...))
	}

	c := MustClean(t)
	corpus := NewCorpus(CorpusOptions{})
	for _, a := range arts {
		c.Clean(a)
		if strings.Contains(a.Body, chrome) && !strings.Contains(a.Text, chrome) {
			t.Fatalf("%s: Clean removed %q already; the test needs a line only the corpus removes", a.ID, chrome)
		}
		corpus.Add(a)
	}
	if err := corpus.Err(); err != nil {
		t.Fatal(err)
	}
	bp := corpus.Finish()
	if bp != corpus.Finish() {
		t.Errorf("Finish is not idempotent")
	}
	for _, a := range arts {
		before := a.Text
		bp.Apply(a)
		checkArticle(t, a)
		reasons := make(map[string]string)
		for _, rm := range a.Removed {
			reasons[rm.Text] = rm.Reason
		}
		for _, line := range []string{footer, chrome} {
			if strings.Contains(a.Body, line) && reasons[line] != ReasonRecurring {
				t.Errorf("%s: %q removed as %q; want %q", a.ID, line, reasons[line], ReasonRecurring)
			}
		}
		for _, line := range []string{wire, quote} {
			if strings.Contains(a.Body, line) && !strings.Contains(a.Text, line) {
				t.Errorf("%s: Apply removed %q (%s); want it kept", a.ID, line, reasons[line])
			}
		}
		// Apply is idempotent.
		text := a.Text
		bp.Apply(a)
		if a.Text != text {
			t.Errorf("%s: second Apply changed Text", a.ID)
		}
		if !strings.Contains(before, a.Text[:20]) {
			t.Errorf("%s: Apply lost the story start", a.ID)
		}
	}
}

// TestCorpusSmall checks that cross-site recurrence needs a corpus of
// CorpusMinArticles, and that credit lines are never removed.
func TestCorpusSmall(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var arts []*reprint.Article
	for i := range DefaultCorpusMinArticles/2 - 1 {
		arts = append(arts, corpusArticle(r, i, fmt.Sprintf("s%d", i), "Get the app", "Credit: BBC"))
	}
	for i := range DefaultCorpusMinArticles / 2 {
		arts = append(arts, corpusArticle(r, 100+i, "one.example", "Source: Reuters"))
	}
	corpus := NewCorpus(CorpusOptions{})
	for _, a := range arts {
		corpus.Add(a)
	}
	bp := corpus.Finish()
	for _, a := range arts {
		bp.Apply(a) // never cleaned: Apply works from Body alone
		checkArticle(t, a)
		if len(a.Removed) != 0 {
			t.Errorf("%s: Apply removed %+v; want nothing", a.ID, a.Removed)
		}
		if len(a.Attribution) != 1 {
			t.Errorf("%s: Attribution = %+v; want one credit", a.ID, a.Attribution)
		}
	}
}
