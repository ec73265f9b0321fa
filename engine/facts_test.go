package engine

import (
	"slices"
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
