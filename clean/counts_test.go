package clean

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"testing"

	"github.com/reprint/reprint"
)

// TestCorpusMerge checks that a corpus counted in parts and merged (in any
// split) finds the boilerplate that one Corpus over every article finds.
func TestCorpusMerge(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	const footer = "Example Daily is published by Example Media Group in Springfield."
	const chrome = "Get the app"
	var arts []*reprint.Article
	for i := range 40 {
		var extra []string
		if i%2 == 0 {
			extra = append(extra, chrome)
		}
		site := fmt.Sprintf("site%d.org", i)
		if i < 12 {
			site = "example.com"
			extra = append(extra, footer)
		}
		arts = append(arts, corpusArticle(r, i, site, extra...))
	}
	c := MustClean(t)
	whole := NewCorpus(CorpusOptions{})
	for _, a := range arts {
		c.Clean(a)
		whole.Add(a)
	}
	want := whole.Finish()
	if want.Len() == 0 {
		t.Fatal("the whole corpus finds no boilerplate; the test needs some")
	}
	for _, parts := range []int{1, 2, 3, 7, 40} {
		merged := NewCorpus(CorpusOptions{})
		for p := range parts {
			part := NewCorpus(CorpusOptions{})
			for i := p; i < len(arts); i += parts {
				part.Add(arts[i])
			}
			merged.Merge(part.Counts())
		}
		got := merged.Finish()
		if !maps.Equal(got.global, want.global) || !maps.Equal(got.site, want.site) {
			t.Errorf("%d parts: Boilerplate of %d lines; want %d", parts, got.Len(), want.Len())
		}
	}
}
