package ingest

import (
	"github.com/reprint/reprint"
	"github.com/reprint/reprint/htmltext"
)

// htmlItem extracts the main text of an HTML page with htmltext. A page
// with no main text is rejected with SkipNoArticle; so is a page the
// extractor fails on for another reason, with its message as Detail.
func htmlItem(input, id string, format reprint.Format, raw []byte, url string) item {
	res, err := htmltext.Extract(raw, htmltext.Options{URL: url})
	if err != nil {
		// htmltext.ErrNoArticle and extraction failures alike: the page
		// gave no article. The message tells which.
		return rejectItem(input, reprint.SkipNoArticle, err.Error())
	}
	return item{a: &reprint.Article{
		ID:      id,
		Input:   input,
		Format:  format,
		Meta:    res.Meta,
		Raw:     raw,
		Body:    res.Body,
		BodyMap: res.BodyMap,
	}}
}
