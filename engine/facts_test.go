package engine

import (
	"slices"
	"strings"
	"testing"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/credit"
	"github.com/reprint/reprint/rewrite"
)

// TestStorySentences: credit lines and datelines are cut out of the
// sentences the details signal reads its facts from, so that "LONDON
// (Reuters) –" or "Via BBC News" is not a detail a copy holds and its
// source lacks.
func TestStorySentences(t *testing.T) {
	tests := []struct {
		name, text string
		skip       []reprint.Span
		want       []string
	}{
		{"nothing to skip", "The river rose. Homes flooded.", nil, []string{"The river rose.", "Homes flooded."}},
		{"dateline opens a sentence", "LONDON (Reuters) – A firm was fined. It will appeal.", []reprint.Span{{Start: 0, End: 16}},
			[]string{" – A firm was fined.", "It will appeal."}},
		{"credit line", "Trains will run all night.\n\nVia BBC News", []reprint.Span{{Start: 28, End: 40}},
			[]string{"Trains will run all night."}},
		{"inside a sentence", "Before (X) after.", []reprint.Span{{Start: 7, End: 10}}, []string{"Before ", " after."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range storySentences(tt.text, tt.skip) {
				got = append(got, tt.text[sp.Start:sp.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("storySentences(%q, %v) = %q; want %q", tt.text, tt.skip, got, tt.want)
			}
		})
	}
}

// TestFactsLeaveOutDateline: a wire copy that adds "LONDON (Reuters) –" to
// its source's text holds the same facts and terms as the source.
func TestFactsLeaveOutDateline(t *testing.T) {
	src := &reprint.Article{Text: "A British water company was fined 12 million pounds on Tuesday, the Environment Agency said."}
	cp := &reprint.Article{Text: "LONDON (Reuters) – " + src.Text}
	an := rewrite.NewAnalyzer()
	fs := an.Facts(src.Text, storySentences(src.Text, credit.Lines(src)), nil)
	fc := an.Facts(cp.Text, storySentences(cp.Text, credit.Lines(cp)), nil)
	if !slices.Equal(fs, fc) {
		t.Errorf("facts of the copy with a dateline = %x; want the source's %x", fc, fs)
	}
	ts := an.Terms(src.Text, storySentences(src.Text, credit.Lines(src)), nil)
	tc := an.Terms(cp.Text, storySentences(cp.Text, credit.Lines(cp)), nil)
	if !slices.Equal(ts, tc) {
		t.Errorf("terms of the copy with a dateline = %x; want the source's %x", tc, ts)
	}
}

// TestFactsLeaveOutHeadline: a plain-text copy that opens with its page
// source's headline (the page's <h1> outside the article body, so not in
// the source's Text) holds the same facts and terms as the source.
func TestFactsLeaveOutHeadline(t *testing.T) {
	src := &reprint.Article{Text: "Floodwater cut off a dozen villages in northern Slovenia on Tuesday, officials said.",
		Meta: reprint.Meta{Title: "Slovenia appeals for EU help as floods cut off Savinja valley"}}
	text := src.Meta.Title + "\n\n" + src.Text
	cp := &reprint.Article{Text: text, Meta: reprint.Meta{Title: src.Meta.Title}, Headline: reprint.FindHeadline(text, src.Meta.Title)}
	if cp.Headline.Empty() {
		t.Fatalf("FindHeadline(%q) found none", text)
	}
	an := rewrite.NewAnalyzer()
	fs := an.Facts(src.Text, storySentences(src.Text, detailSkips(src)), nil)
	fc := an.Facts(cp.Text, storySentences(cp.Text, detailSkips(cp)), nil)
	if !slices.Equal(fs, fc) {
		t.Errorf("facts of the copy with a headline = %x; want the source's %x", fc, fs)
	}
	ts := an.Terms(src.Text, storySentences(src.Text, detailSkips(src)), nil)
	tc := an.Terms(cp.Text, storySentences(cp.Text, detailSkips(cp)), nil)
	if !slices.Equal(ts, tc) {
		t.Errorf("terms of the copy with a headline = %x; want the source's %x", tc, ts)
	}
}

// TestHeadings: a line of its own, short, not ending a sentence, is a
// heading, and so is a first line that asks or exclaims; prose,
// quotations, a question inside the text and long unpunctuated lines are
// not.
func TestHeadings(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"headline and subhead", "Großfeuer im Hamburger Hafen\n\nDas Feuer brach kurz vor Mitternacht aus.\n\nWas jetzt passiert\n\nDie Halle wird abgerissen.",
			[]string{"Großfeuer im Hamburger Hafen", "Was jetzt passiert"}},
		{"sentences only", "The river rose. Homes flooded.\nTrains stopped.", nil},
		{"a quotation line", "Officials were blunt.\n\n“We will not back down”\n\nThe vote is on Monday.", nil},
		{"a question in the text", "The council met on Friday.\n\nWhat happens next?\n\nThe vote is on Monday.", nil},
		{"a headline that asks", "Acid leak at Oslavan: what happened?\n\nThe vote is on Monday.", []string{"Acid leak at Oslavan: what happened?"}},
		{"a first line that ends a sentence", "The river rose overnight.\n\nThe vote is on Monday.", nil},
		{"a long line without a full stop", strings.Repeat("word ", 21) + "\n\nThe vote is on Monday.", nil},
		{"the whole text", "Flooding in the north", nil},
		{"indented", "  Flooding in the north  \nThe vote is on Monday.", []string{"Flooding in the north"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range headings(tt.text) {
				got = append(got, tt.text[sp.Start:sp.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("headings(%q) = %q; want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestFactsLeaveOutHeadlineLine: a plain-text copy (no title, so no
// Headline) that opens with its page source's headline holds the same
// facts and terms as the page, whose Headline is known. German, where
// the headline's nouns are capitalised and would read as names.
func TestFactsLeaveOutHeadlineLine(t *testing.T) {
	const title = "4200 Tonnen Kaffee verbrannt: Großfeuer in Lagerhalle im Hamburger Hafen"
	text := title + "\n\nIm Hamburger Hafen ist in der Nacht zum Dienstag ein Lager mit rund 4200 Tonnen Rohkaffee niedergebrannt. Verletzte gab es keine."
	page := &reprint.Article{Text: text, Meta: reprint.Meta{Title: title}, Headline: reprint.FindHeadline(text, title)}
	if page.Headline.Empty() {
		t.Fatalf("FindHeadline found none")
	}
	plain := &reprint.Article{Text: text}
	an := rewrite.NewAnalyzer()
	fp := an.Facts(page.Text, storySentences(page.Text, detailSkips(page)), nil)
	fc := an.Facts(plain.Text, storySentences(plain.Text, detailSkips(plain)), nil)
	if !slices.Equal(fp, fc) {
		t.Errorf("facts of the plain copy = %x; want the page's %x", fc, fp)
	}
}

// TestCreditDecides: a credit decides a pair's direction when it names the
// source's known publisher, but not one the source names only in its own
// credit line: both then credit the same outlet.
func TestCreditDecides(t *testing.T) {
	p := &publishers{name: []string{"Nachrichten-Radar Nord", "Süderelbe-Anzeiger"}, how: []string{credit.HowSite, credit.HowCreditLine}}
	named := credit.Result{Status: credit.Credited, Name: "Süderelbe-Anzeiger", Form: credit.FormSource, Publisher: "Süderelbe-Anzeiger"}
	if p.decides(named, 1) {
		t.Errorf("a credit of the outlet the source itself credits decided the direction")
	}
	site := credit.Result{Status: credit.Credited, Name: "Nachrichten-Radar Nord", Form: credit.FormSource, Publisher: "Nachrichten-Radar Nord"}
	if !p.decides(site, 0) {
		t.Errorf("a credit of the source's site name did not decide")
	}
	link := credit.Result{Status: credit.Credited, Name: "radar.example", Form: credit.FormLink, Publisher: "Süderelbe-Anzeiger"}
	if !p.decides(link, 1) {
		t.Errorf("a link to the source's page did not decide")
	}
	if p.decides(credit.Result{Status: credit.NotCredited, Publisher: "Nachrichten-Radar Nord"}, 0) {
		t.Errorf("no credit decided")
	}
	// A scraped capture's publisher read off the byline it kept is the
	// copied page's byline: a credit of it decides nothing; a page's own
	// byline does.
	q := &publishers{name: []string{"Bayline Watch", "Bayline Watch"}, how: []string{credit.HowByline, credit.HowByline}, scraped: []bool{true, false}}
	byline := credit.Result{Status: credit.Credited, Name: "Bayline Watch", Form: credit.FormContributed, Publisher: "Bayline Watch"}
	if q.decides(byline, 0) {
		t.Errorf("a credit of the byline a scraped capture kept decided the direction")
	}
	if !q.decides(byline, 1) {
		t.Errorf("a credit of a page's own byline did not decide")
	}
}
