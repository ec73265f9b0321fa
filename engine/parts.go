package engine

import (
	"github.com/reprint/reprint"
	"github.com/reprint/reprint/credit"
	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/report"
)

// The pipeline in parts
//
// A distributed pipeline (the Beam module, beam/) runs the stages of Scan
// on many workers and needs, besides Read, detect's one-document API
// (detect.Worker: Keys, Analyze, Pair) and Judge over the pairs of one
// story, the few corpus-wide decisions that Detect and Judge take inside:
// whether the corpus is small enough to align every pair (AllPairs), and
// what the report says of each article (ReportArticle).

// AllPairs reports whether detect.Run aligns every pair of a corpus of
// docs documents holding words word tokens in all, instead of searching for
// candidates (detect.AllPairs).
func AllPairs(opts detect.Options, docs, words int) bool {
	return detect.AllPairs(opts, docs, words)
}

// ReportArticle returns what Judge reports of article a: its id, input,
// format, metadata, publisher (credit.Publisher), cleaned length and text,
// and the headline the text opens with.
func ReportArticle(a *reprint.Article) report.Article {
	ra := report.Article{ID: a.ID, Input: a.Input, Format: a.Format, Title: a.Meta.Title, Site: a.Meta.Site,
		URL: a.Meta.URL, Bytes: len(a.Text), Text: a.Text}
	ra.Publisher, _ = credit.Publisher(a)
	if a.Meta.Encoding != "utf-8" {
		ra.Encoding = a.Meta.Encoding
	}
	if !a.Meta.Published.IsZero() {
		t := a.Meta.Published
		ra.Published = &t
	}
	ra.Warnings = a.Meta.Warnings
	if !a.Headline.Empty() {
		h := a.Headline
		ra.Headline = &h
	}
	return ra
}
