package ingest

import (
	"errors"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/clean"
	"github.com/reprint/reprint/htmltext"
)

// htmlItem extracts the main text of an HTML page with htmltext. A page
// with no main text is rejected with SkipNoArticle; so is a page the
// extractor fails on for another reason, with its message as Detail. A
// page with more elements than htmltext.DefaultMaxElements is SkipTooLarge;
// one whose bytes cannot be decoded is SkipEncoding.
func htmlItem(input, id string, format reprint.Format, raw []byte, url string) item {
	res, err := htmltext.Extract(raw, htmltext.Options{URL: url, Credit: clean.OriginCredit})
	switch {
	case errors.Is(err, htmltext.ErrTooManyElements):
		// The extractor's memory grows with the elements of a page:
		// too large, whatever its bytes.
		return rejectItem(input, reprint.SkipTooLarge, err.Error())
	case errors.Is(err, htmltext.ErrEncoding):
		return rejectItem(input, reprint.SkipEncoding, err.Error())
	}
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
