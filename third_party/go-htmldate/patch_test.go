package htmldate

import (
	"strings"
	"testing"
)

// Test_jsonSearchDeterministic: reprint's patch. A JSON-LD block with a
// datePublished and a dateCreated of one day gives datePublished's text,
// whatever the order of Go's map, on every run.
func Test_jsonSearchDeterministic(t *testing.T) {
	page := `<html><head><script type="application/ld+json">{"@type":"NewsArticle",` +
		`"datePublished":"2019-11-20T06:37:00","dateModified":"2019-11-20T11:42:00","dateCreated":"2019-11-20T06:40:00"}` +
		`</script></head><body><p>Text.</p></body></html>`
	opts := Options{UseOriginalDate: true, SkipExtensiveSearch: true, ExtractTime: true, DeferUrlExtractor: true}
	for i := 0; i < 50; i++ {
		res, err := FromReader(strings.NewReader(page), opts)
		if err != nil {
			t.Fatal(err)
		}
		if res.SrcString != "2019-11-20T06:37:00" || res.DateTime.Hour() != 6 || res.DateTime.Minute() != 37 {
			t.Fatalf("run %d: %q %v; want datePublished's 2019-11-20T06:37:00", i, res.SrcString, res.DateTime)
		}
	}
}

// mergeOpts is the upstream test helper of mock_test.go, which reads the
// test-files folder left out of this copy (with core_test.go, its user).
func mergeOpts(opt1, opt2 Options) Options {
	opt1.EnableLog = opt1.EnableLog || opt2.EnableLog
	opt1.ExtractTime = opt1.ExtractTime || opt2.ExtractTime
	opt1.UseOriginalDate = opt1.UseOriginalDate || opt2.UseOriginalDate
	opt1.SkipExtensiveSearch = opt1.SkipExtensiveSearch || opt2.SkipExtensiveSearch
	opt1.DeferUrlExtractor = opt1.DeferUrlExtractor || opt2.DeferUrlExtractor
	if opt2.URL != "" {
		opt1.URL = opt2.URL
	}
	if !opt2.MinDate.IsZero() {
		opt1.MinDate = opt2.MinDate
	}
	if !opt2.MaxDate.IsZero() {
		opt1.MaxDate = opt2.MaxDate
	}
	return opt1
}
