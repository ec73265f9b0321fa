package report_test

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/report"
)

// htmlUpdating reports whether -update was given: go test ./report -run
// TestWriteHTML -update rewrites the golden files. The flag is looked up,
// not held, so that another test file of the package may define it.
func htmlUpdating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

var _ = func() bool {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files")
	}
	return true
}()

func htmlWrite(tb testing.TB, s *report.Scan, opts report.HTMLOptions) string {
	tb.Helper()
	var b bytes.Buffer
	if err := report.WriteHTML(&b, s, opts); err != nil {
		tb.Fatalf("WriteHTML: %v", err)
	}
	return b.String()
}

func htmlParse(tb testing.TB, page string) *html.Node {
	tb.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		tb.Fatalf("html.Parse: %v", err)
	}
	return doc
}

// htmlFind returns the elements under n, in document order, for which match
// is true.
func htmlFind(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && match(d) {
			out = append(out, d)
		}
	}
	return out
}

func htmlAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func htmlHasClass(n *html.Node, class string) bool {
	return slices.Contains(strings.Fields(htmlAttr(n, "class")), class)
}

func htmlByClass(n *html.Node, classes ...string) []*html.Node {
	return htmlFind(n, func(e *html.Node) bool {
		for _, c := range classes {
			if !htmlHasClass(e, c) {
				return false
			}
		}
		return true
	})
}

// htmlPaneText is the text a pane shows: the text content of its
// .pane-text, which MarkText writes byte for byte.
func htmlPaneText(pane *html.Node) string {
	texts := htmlByClass(pane, "pane-text")
	if len(texts) != 1 {
		return ""
	}
	return htmlText(texts[0])
}

// htmlShownText is text as a browser's DOM holds it after parsing: each
// invalid byte (MarkText's doing, see markup.go) and NUL become U+FFFD,
// CR and CRLF become LF.
func htmlShownText(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == 0 {
			r = '\uFFFD'
		}
		b.WriteRune(r) // an invalid byte is a utf8.RuneError of width 1
	}
	return strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(b.String())
}

func htmlSpanOf(tb testing.TB, text, sub string) reprint.Span {
	tb.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		tb.Fatalf("%q not in text", sub)
	}
	return reprint.Span{Start: i, End: i + len(sub)}
}

// htmlSmallScan is a hand-built scan of three short articles in one story,
// with the cases the renderer must get right: a passage and a quotation
// that overlap, a passage nested in another, a span ending at the end of
// the text, markup and ampersands in the text and the ids, an unseen
// common source, and an article URL that must not become a link.
func htmlSmallScan(tb testing.TB) *report.Scan {
	tb.Helper()
	src := "Minister <b>Ann Lee</b> said on Monday: \"We will act & we will act fast.\"\nThe plan costs £2bn.\nCredit: Wire & Co"
	der := "Ann Lee said: \"We will act quickly.\" <script>alert(1)</script>\nThe plan costs £2bn."
	cousin := "Ann Lee, the minister, announced a plan costing £2bn."
	pub := time.Date(2025, 3, 14, 9, 30, 0, 0, time.UTC)
	source := "src"
	arts := []report.Article{
		{ID: "src", Input: "src.txt", Format: reprint.FormatText, Title: "Minister acts", Site: "wire.example", URL: "https://wire.example/a?x=1&y=2", Published: &pub, Bytes: len(src), Text: src},
		{ID: "der<1>", Input: "der.html", Format: reprint.FormatHTML, Title: `"Quick" action <i>`, URL: "javascript:alert(1)", Bytes: len(der), Text: der},
		{ID: "cousin", Input: "cousin.txt", Format: reprint.FormatText, Bytes: len(cousin), Text: cousin},
	}
	quote := htmlSpanOf(tb, der, "We will act quickly.")
	pairs := []report.Pair{
		{
			A: "src", B: "der<1>", Relation: "partial-copy", Extent: "part", Source: &source,
			Direction: []report.Signal{
				{Signal: "date", Points: "src", Detail: "published 2 hours earlier"},
				{Signal: "containment", Points: "", Detail: "both sides hold text the other lacks"},
			},
			Similarity: 0.71,
			Coverage:   report.Coverage{A: 0.5, B: 0.8, Verbatim: report.Sides{A: 0.3, B: 0.5}, Rewrite: report.Sides{A: 0.2, B: 0.3}},
			Passages: []report.Passage{
				// "Ann Lee</b> said" ↔ "Ann Lee said: \"We will act" crosses the quotation.
				{Kind: "verbatim", A: htmlSpanOf(tb, src, "Ann Lee</b> said"), B: htmlSpanOf(tb, der, "Ann Lee said: \"We will act"), Score: 0.9},
				{Kind: "rewrite", A: htmlSpanOf(tb, src, "We will act & we will act fast."), B: htmlSpanOf(tb, der, "act quickly."), Score: 0.6},
				// The second line to the end of the text, and a passage nested in it.
				{Kind: "verbatim", A: htmlSpanOf(tb, src, "The plan costs £2bn."), B: reprint.Span{Start: strings.Index(der, "The plan"), End: len(der)}, Score: 1},
				{Kind: "rewrite", A: htmlSpanOf(tb, src, "£2bn"), B: htmlSpanOf(tb, der, "£2bn"), Score: 1},
			},
			Credit: &report.Credit{Article: "der<1>", Status: "not-credited", Publisher: "Wire & Co", Reason: "no credit line names Wire & Co"},
			Quotes: []report.Quote{{
				Article: "der<1>", Text: "We will act quickly.", Span: quote, Status: "altered",
				Source: []reprint.Span{htmlSpanOf(tb, src, "We will act & we will act fast.")},
				Diff: []report.DiffOp{
					{Op: "equal", Source: "We will act", Derived: "We will act"},
					{Op: "delete", Source: "& we will act"},
					{Op: "replace", Source: "fast.", Derived: "quickly."},
				},
				Speaker: "Ann Lee", SourceSpeaker: "Minister <b>Ann Lee</b>", SpeakerChange: true,
			}},
		},
		{
			A: "src", B: "cousin", Relation: "rewrite", Common: true,
			Direction:  []report.Signal{{Signal: "details", Points: "common", Detail: "each has details the other lacks"}},
			Similarity: 0.4,
			Coverage:   report.Coverage{A: 0.2, B: 0.6, Rewrite: report.Sides{A: 0.2, B: 0.6}},
			Passages:   []report.Passage{{Kind: "rewrite", A: htmlSpanOf(tb, src, "The plan costs £2bn."), B: htmlSpanOf(tb, cousin, "announced a plan costing £2bn."), Score: 0.5}},
		},
	}
	return &report.Scan{
		Schema:   report.Schema,
		Articles: arts,
		Stories: []report.Story{{ID: 1, Articles: []string{"src", "der<1>", "cousin"}, Lineage: []report.Edge{
			{Child: "der<1>", Parent: "src"}, {Child: "src", Parent: report.Unseen}, {Child: "cousin", Parent: report.Unseen},
		}}},
		Pairs:    pairs,
		Rejected: []report.Rejected{{Input: "bad<&>.warc", Reason: "unreadable", Detail: "gzip: invalid header"}},
		Stats:    report.Stats{Read: 4, Articles: 3, Rejected: 1, Candidates: 3, RelatedPairs: 2, Stories: 1},
	}
}

func TestWriteHTML(t *testing.T) {
	tests := []struct {
		name string
		scan func(testing.TB) *report.Scan
	}{
		{"small", htmlSmallScan},
		{"empty", func(testing.TB) *report.Scan {
			return &report.Scan{Schema: report.Schema,
				Articles: []report.Article{{ID: "lone", Input: "lone.txt", Text: "Nothing shared.", Bytes: 15}},
				Rejected: []report.Rejected{{Input: "empty.txt", Reason: "empty"}},
				Stats:    report.Stats{Read: 2, Articles: 1, Rejected: 1}}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := htmlWrite(t, tt.scan(t), report.HTMLOptions{})
			htmlParse(t, got)
			golden := filepath.Join("testdata", "golden", "TestWriteHTML", tt.name+".html")
			if htmlUpdating() {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("reading golden file (run with -update to create it): %v", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("WriteHTML(%s) mismatch (-want +got):\n%s", tt.name, diff)
			}
		})
	}
}

// TestWriteHTMLMarkup checks the small scan's page element by element.
func TestWriteHTMLMarkup(t *testing.T) {
	s := htmlSmallScan(t)
	page := htmlWrite(t, s, report.HTMLOptions{})
	doc := htmlParse(t, page)

	panes := htmlByClass(doc, "pane")
	if len(panes) != 4 {
		t.Fatalf("%d panes; want 4 (2 pairs)", len(panes))
	}
	for i, want := range []string{s.Articles[0].Text, s.Articles[1].Text, s.Articles[0].Text, s.Articles[2].Text} {
		if got := htmlPaneText(panes[i]); got != htmlShownText(want) {
			t.Errorf("pane %d text = %q; want %q", i, got, htmlShownText(want))
		}
	}

	// Each passage's first segment carries its id, and points at its partner.
	for _, m := range htmlByClass(doc, "passage") {
		pid, partner := htmlAttr(m, "data-pid"), htmlAttr(m, "data-partner")
		if pid == "" || partner == "" {
			t.Errorf("mark %v lacks data-pid or data-partner", m.Attr)
		}
		if len(htmlFind(doc, func(e *html.Node) bool { return htmlAttr(e, "id") == partner })) != 1 {
			t.Errorf("partner %q of %q: want exactly one element with that id", partner, pid)
		}
	}
	if n := len(htmlFind(doc, func(e *html.Node) bool { return e.Data == "mark" && htmlAttr(e, "tabindex") == "0" })); n != 10 {
		t.Errorf("%d focusable marks; want 10 (one per passage side)", n)
	}

	// The overlap of the first passage and the quotation is inside both.
	var both []string
	quote := htmlByClass(panes[1], "quote", "status-altered", "flagged")
	for _, q := range quote {
		for m := q.Parent; m != nil; m = m.Parent {
			if m.Data == "mark" && htmlHasClass(m, "verbatim") {
				both = append(both, htmlText(q))
				break
			}
		}
	}
	if want := []string{"We will ", "act"}; !slices.Equal(both, want) {
		t.Errorf("quote segments inside the verbatim mark = %q; want %q", both, want)
	}
	// Its flag, on its last segment, says what changed in plain words.
	if len(quote) == 0 || !htmlHasClass(quote[len(quote)-1], "quote-end") ||
		htmlAttr(quote[len(quote)-1], "data-status") != "words changed, speaker changed" {
		t.Errorf("the altered quotation's last segment lacks its flag %q", "words changed, speaker changed")
	}
	if n := len(htmlByClass(panes[0], "quote")); n != 0 {
		t.Errorf("%d quotations marked in the source pane; want 0", n)
	}
	// Its word diff is in view above the panes, and links to it.
	pair1 := htmlFind(doc, func(e *html.Node) bool { return htmlAttr(e, "id") == "pair-1" })[0]
	diffs := htmlByClass(pair1, "diff")
	if len(diffs) != 1 || len(htmlFind(diffs[0], func(e *html.Node) bool { return e.Data == "del" })) != 2 {
		t.Errorf("pair 1: %d word diffs; want one, with the two deleted pieces of the diff", len(diffs))
	}
	if links := htmlByClass(pair1, "to-quote"); len(links) != 1 || htmlAttr(links[0], "href") != "#"+htmlAttr(quote[0], "id") {
		t.Errorf("pair 1: the changed quotation does not link to its mark in the pane")
	}
	if got := strings.Join(strings.Fields(htmlText(diffs[0].Parent)), " "); !strings.Contains(got, "speaker changed: Minister <b>Ann Lee</b> in the source, Ann Lee here") {
		t.Errorf("pair 1: the changed quotation does not tell the speaker change: %q", got)
	}

	// The span ending at len(text) closes cleanly and ends the pane.
	marks := htmlFind(panes[1], func(e *html.Node) bool { return e.Data == "mark" })
	if l := marks[len(marks)-1]; htmlAttr(l, "data-pid") != "n1-p3-r" || htmlText(l) != "." {
		t.Errorf("last mark of pane B = %v %q; want passage n1-p3-r ending the text", l.Attr, htmlText(l))
	}
	var whole strings.Builder
	for _, m := range marks {
		if htmlAttr(m, "data-pid") == "n1-p3-r" {
			whole.WriteString(htmlText(m))
		}
	}
	if got, want := whole.String(), "The plan costs £2bn."; got != want {
		t.Errorf("passage n1-p3-r shows %q; want %q", got, want)
	}

	// The lineage: the unseen common source is a root, with two children.
	tree := htmlByClass(doc, "tree")
	if len(tree) != 1 || !strings.Contains(htmlText(tree[0]), "unseen common source") {
		t.Fatalf("lineage tree missing or without the unseen source")
	}
	unseen := htmlByClass(tree[0], "node", "unseen")[0].Parent
	if kids := htmlFind(unseen, func(e *html.Node) bool { return e.Data == "li" && e.Parent.Parent == unseen }); len(kids) != 2 {
		t.Errorf("unseen source has %d children; want 2", len(kids))
	}
	// The derived article, by its title, with its relation, the share it
	// takes, its credit and its flagged quotation in plain words, and the
	// link to its pair.
	derived := strings.Join(strings.Fields(htmlText(tree[0])), " ")
	if !strings.Contains(derived, `"Quick" action <i> partial copy takes 80% not credited ⚑ 1 words changed, speaker changed side by side`) {
		t.Errorf("derived node lacks its relation, share, credit or quotes:\n%s", derived)
	}
	for _, want := range []string{"Showing 2 of 2 pairs side by side", "bad<&>.warc", "unreadable", "Neither copied the other"} {
		if !strings.Contains(htmlText(doc), want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

func htmlText(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}

// TestWriteHTMLEscapes checks that nothing from the scan becomes markup
// or a script URL.
func TestWriteHTMLEscapes(t *testing.T) {
	page := htmlWrite(t, htmlSmallScan(t), report.HTMLOptions{Title: `</title><script>x()</script>`})
	doc := htmlParse(t, page)
	if n := len(htmlFind(doc, func(e *html.Node) bool { return e.Data == "script" })); n != 1 {
		t.Errorf("%d script elements; want 1 (the page's own)", n)
	}
	for _, tag := range []string{"b", "i", "img"} {
		if n := len(htmlFind(doc, func(e *html.Node) bool { return e.Data == tag })); n != 0 {
			t.Errorf("%d <%s> elements from the input; want 0", n, tag)
		}
	}
	if strings.Contains(strings.ToLower(page), "javascript:") {
		t.Errorf("page contains a javascript: URL")
	}
	for _, a := range htmlFind(doc, func(e *html.Node) bool { return e.Data == "a" }) {
		if h := htmlAttr(a, "href"); !strings.HasPrefix(h, "#") && !strings.HasPrefix(h, "https://") && !strings.HasPrefix(h, "http://") {
			t.Errorf("link to %q; want only anchors and http(s)", h)
		}
	}
	for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "Minister &lt;b&gt;Ann Lee&lt;/b&gt;", "der&lt;1&gt;", "act &amp; we"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks escaped %q", want)
		}
	}
	if !strings.Contains(page, `href="https://wire.example/a?x=1&amp;y=2"`) {
		t.Errorf("the https article URL is not linked")
	}
}

func TestWriteHTMLEdgeCases(t *testing.T) {
	t.Run("nil", func(t *testing.T) {
		if err := report.WriteHTML(&bytes.Buffer{}, nil, report.HTMLOptions{}); err == nil {
			t.Errorf("WriteHTML(nil) = nil; want an error")
		}
	})
	t.Run("story of one", func(t *testing.T) {
		s := &report.Scan{Articles: []report.Article{{ID: "a", Text: "Alone."}}, Stories: []report.Story{{ID: 1, Articles: []string{"a"}}}}
		doc := htmlParse(t, htmlWrite(t, s, report.HTMLOptions{}))
		if n := len(htmlFind(doc, func(e *html.Node) bool { return e.Data == "li" && htmlHasClass(e.Parent, "tree") })); n != 1 {
			t.Errorf("%d tree roots; want 1", n)
		}
	})
	t.Run("bad spans and missing article", func(t *testing.T) {
		text := "né\nà"
		s := &report.Scan{
			Articles: []report.Article{{ID: "a", Text: text}},
			Pairs: []report.Pair{{A: "a", B: "gone", Relation: "copy", Passages: []report.Passage{
				{Kind: "verbatim", A: reprint.Span{Start: 2, End: 6}, B: reprint.Span{Start: 0, End: 3}}, // splits é and à
				{Kind: "weird\" onclick=\"x", A: reprint.Span{Start: -5, End: 99}},
				{Kind: "rewrite", A: reprint.Span{Start: 4, End: 1}},
			}}},
		}
		page := htmlWrite(t, s, report.HTMLOptions{})
		doc := htmlParse(t, page)
		panes := htmlByClass(doc, "pane")
		if got := htmlPaneText(panes[0]); got != text {
			t.Errorf("pane text = %q; want %q", got, text)
		}
		if strings.Contains(page, "onclick") {
			t.Errorf("a passage kind reached the markup")
		}
		first := htmlByClass(panes[0], "verbatim")[0]
		if got, want := htmlText(first), "é\nà"; got != want {
			t.Errorf("span [2,6) widened to %q; want %q (whole characters)", got, want)
		}
	})
	t.Run("same story, no passage", func(t *testing.T) {
		s := &report.Scan{
			Articles: []report.Article{{ID: "a", Text: "One telling."}, {ID: "b", Text: "Another telling."}},
			Pairs:    []report.Pair{{A: "a", B: "b", Relation: "same-story"}},
		}
		doc := htmlParse(t, htmlWrite(t, s, report.HTMLOptions{}))
		pair := htmlByClass(doc, "pair")
		if len(pair) != 1 {
			t.Fatalf("%d pairs shown; want 1", len(pair))
		}
		text := strings.Join(strings.Fields(htmlText(pair[0])), " ")
		if !strings.Contains(text, "No passage is shared") || strings.Contains(text, "click a passage") {
			t.Errorf("a pair without passages reads %q; want it to say no passage is shared, with no legend of highlights", text)
		}
	})
	t.Run("lineage cycle and foreign parent", func(t *testing.T) {
		s := &report.Scan{
			Articles: []report.Article{{ID: "a"}, {ID: "b"}, {ID: "c"}},
			Stories: []report.Story{{ID: 1, Articles: []string{"a", "b", "c"}, Lineage: []report.Edge{
				{Child: "a", Parent: "b"}, {Child: "b", Parent: "a"}, {Child: "c", Parent: "elsewhere"},
			}}},
		}
		doc := htmlParse(t, htmlWrite(t, s, report.HTMLOptions{}))
		txt := htmlText(htmlByClass(doc, "tree")[0])
		for _, id := range []string{"a", "b", "c"} {
			if !slices.Contains(strings.Fields(txt), id) {
				t.Errorf("article %s not drawn in %q", id, txt)
			}
		}
		if !strings.Contains(txt, "parent elsewhere is not in this story") || !strings.Contains(txt, "circular") {
			t.Errorf("tree %q lacks the notes on its odd edges", txt)
		}
	})
}

// htmlManyPairs is a scan of one story with n pairs of short articles.
func htmlManyPairs(n int) *report.Scan {
	s := &report.Scan{Stories: []report.Story{{ID: 1}}}
	for i := range n + 1 {
		id := fmt.Sprintf("a%03d", i)
		s.Articles = append(s.Articles, report.Article{ID: id, Text: "Shared words here. " + id})
		s.Stories[0].Articles = append(s.Stories[0].Articles, id)
	}
	for i := range n {
		cov := float64(i%10) / 10
		s.Pairs = append(s.Pairs, report.Pair{A: "a000", B: s.Articles[i+1].ID, Relation: "copy",
			Coverage: report.Coverage{A: cov, B: cov},
			Passages: []report.Passage{{Kind: "verbatim", A: reprint.Span{Start: 0, End: 18}, B: reprint.Span{Start: 0, End: 18}}}})
	}
	s.Stats.RelatedPairs = n
	return s
}

func TestWriteHTMLLimits(t *testing.T) {
	tests := []struct {
		pairs int
		opts  report.HTMLOptions
		shown int
		rows  int
		note  string
	}{
		{150, report.HTMLOptions{MaxPairs: 100}, 100, 50, "Showing 100 of 150 pairs side by side; 50 more are listed"},
		{150, report.HTMLOptions{}, report.DefaultMaxPairs, 50, "Showing 100 of 150 pairs"},
		{150, report.HTMLOptions{MaxPairs: -1, MaxTableRows: 20}, 0, 20, "Showing 0 of 150 pairs side by side; 20 more are listed in a table without their texts; 130 more are only counted"},
		{5, report.HTMLOptions{MaxPairs: 10}, 5, 0, "Showing 5 of 5 pairs side by side."},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d/%+v", tt.pairs, tt.opts), func(t *testing.T) {
			page := htmlWrite(t, htmlManyPairs(tt.pairs), tt.opts)
			doc := htmlParse(t, page)
			if n := len(htmlByClass(doc, "pane")); n != 2*tt.shown {
				t.Errorf("%d panes; want %d", n, 2*tt.shown)
			}
			rows := htmlFind(doc, func(e *html.Node) bool { return e.Data == "tr" && e.Parent.Data == "tbody" })
			if len(rows) != tt.rows {
				t.Errorf("%d table rows; want %d", len(rows), tt.rows)
			}
			if !strings.Contains(htmlText(doc), tt.note) {
				t.Errorf("page lacks %q", tt.note)
			}
		})
	}
	// Strongest pairs first: the shown pairs cover at least as much as the listed ones.
	doc := htmlParse(t, htmlWrite(t, htmlManyPairs(150), report.HTMLOptions{MaxPairs: 100}))
	last := htmlByClass(doc, "pair")[99]
	first := htmlFind(doc, func(e *html.Node) bool { return e.Data == "tr" && e.Parent.Data == "tbody" })[0]
	if !strings.Contains(htmlText(last), "30% of this text is shared") || !strings.Contains(htmlText(first), "30%") {
		t.Errorf("pairs not ordered by coverage: last shown %q, first listed %q", htmlText(last)[:80], htmlText(first))
	}
}

// htmlSeedScan runs the engine on the five seed articles and fills in
// the provenance, credit and quote checks by hand: the renderer must
// show whatever the model says.
func htmlSeedScan(tb testing.TB) *report.Scan {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", "*.txt"))
	if len(files) == 0 {
		tb.Skip("no seed articles in ../../shared/seeds")
	}
	slices.Sort(files)
	s := &report.Scan{Schema: report.Schema}
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		s.Articles = append(s.Articles, report.Article{ID: id, Input: f, Format: reprint.FormatText, Bytes: len(b), Text: string(b)})
		texts = append(texts, string(b))
	}
	if len(texts) != 5 {
		tb.Fatalf("%d seeds; want 5", len(texts))
	}
	d, err := detect.New(detect.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	res, err := d.Run(context.Background(), texts, nil)
	if err != nil {
		tb.Fatal(err)
	}
	id := func(i int) string { return s.Articles[i].ID }
	bbc := id(1)
	for _, p := range res.Pairs {
		rp := report.Pair{A: id(p.A), B: id(p.B), Relation: p.Relation.String(), Similarity: p.Similarity,
			Coverage: report.Coverage{A: p.Coverage.A, B: p.Coverage.B,
				Verbatim: report.Sides{A: p.Coverage.Verbatim.A, B: p.Coverage.Verbatim.B},
				Rewrite:  report.Sides{A: p.Coverage.Rewrite.A, B: p.Coverage.Rewrite.B}},
			Capped: p.CapReason}
		for _, ps := range p.Passages {
			rp.Passages = append(rp.Passages, report.Passage{Kind: ps.Kind.String(), A: ps.A, B: ps.B, Score: ps.Score})
		}
		switch {
		case p.A == 1 || p.B == 1:
			rp.Source = &bbc
			rp.Direction = []report.Signal{
				{Signal: "date", Points: bbc, Detail: "published first"},
				{Signal: "containment", Points: bbc, Detail: "the other side's passages lie inside it"},
			}
		case p.A == 4 || p.B == 4:
			rp.Common = true
			rp.Direction = []report.Signal{{Signal: "details", Points: "common", Detail: "each side has details the other lacks"}}
		}
		derived := rp.Derived()
		switch derived {
		case id(3):
			t3 := s.Articles[3].Text
			ev := htmlSpanOf(tb, t3, "Credit: BBC")
			rp.Credit = &report.Credit{Article: derived, Status: "credited", Name: "BBC", Form: "credit line", Evidence: &ev, Publisher: "BBC", Reason: "a credit line names the source's publisher"}
		case id(2):
			t2, t1 := s.Articles[2].Text, s.Articles[1].Text
			rp.Credit = &report.Credit{Article: derived, Status: "not-credited", Publisher: "BBC", Reason: "no credit names BBC"}
			rp.Quotes = []report.Quote{{
				Article: derived, Text: "Putin is lying about the true situation on the battlefield",
				Span: htmlSpanOf(tb, t2, "Putin is lying about the true situation on the battlefield"), Status: "altered",
				Source: []reprint.Span{htmlSpanOf(tb, t1, "Putin is lying about the real situation on the battlefield")},
				Diff: []report.DiffOp{
					{Op: "equal", Source: "Putin is lying about the", Derived: "Putin is lying about the"},
					{Op: "replace", Source: "real", Derived: "true"},
					{Op: "equal", Source: "situation on the battlefield", Derived: "situation on the battlefield"},
				},
				Speaker: "Zelensky", SourceSpeaker: "Zelensky",
			}}
		}
		s.Pairs = append(s.Pairs, rp)
	}
	all := make([]string, len(s.Articles))
	for i := range s.Articles {
		all[i] = s.Articles[i].ID
	}
	s.Stories = []report.Story{{ID: 1, Articles: all, Lineage: []report.Edge{
		{Child: id(0), Parent: bbc}, {Child: id(2), Parent: bbc}, {Child: id(3), Parent: bbc}, {Child: id(4), Parent: report.Unseen},
	}}}
	s.Stats = report.Stats{Read: 5, Articles: 5, Candidates: res.Stats.Candidates, RelatedPairs: len(s.Pairs), Stories: 1}
	return s
}

func TestWriteHTMLSeeds(t *testing.T) {
	s := htmlSeedScan(t)
	page := htmlWrite(t, s, report.HTMLOptions{})
	if again := htmlWrite(t, htmlSeedScan(t), report.HTMLOptions{}); again != page {
		t.Errorf("WriteHTML is not deterministic: two runs differ")
	}
	doc := htmlParse(t, page)
	panes := htmlByClass(doc, "pane")
	if len(panes) != 2*len(s.Pairs) {
		t.Fatalf("%d panes; want %d", len(panes), 2*len(s.Pairs))
	}
	for _, kind := range []string{"verbatim", "rewrite"} {
		if len(htmlByClass(doc, "passage", kind)) == 0 {
			t.Errorf("no %s passages marked", kind)
		}
	}
	// Every pane shows its whole text, whatever the marks.
	sections := htmlByClass(doc, "pair")
	for i, sec := range sections {
		ids := htmlByClass(sec, "id")
		a, b := s.Article(htmlText(ids[0])), s.Article(htmlText(ids[1]))
		ps := htmlByClass(sec, "pane")
		if htmlPaneText(ps[0]) != htmlShownText(a.Text) || htmlPaneText(ps[1]) != htmlShownText(b.Text) {
			t.Errorf("pair %d: pane texts differ from the articles' texts", i+1)
		}
	}
	if len(htmlByClass(doc, "quote", "status-altered", "flagged")) == 0 || len(htmlByClass(doc, "credit-evidence")) == 0 {
		t.Errorf("the altered quotation or the credit line is not flagged")
	}
}

// htmlScriptTag finds script start tags, in any case, with any attributes.
var htmlScriptTag = regexp.MustCompile(`(?i)<script`)

// FuzzWriteHTML renders random texts with random (often invalid) spans:
// the page must parse, hold no script but its own, and show each text
// whole.
func FuzzWriteHTML(f *testing.F) {
	f.Add("plain text", []byte{0, 0, 0, 5, 0, 2, 0, 8})
	f.Add("a <script>alert(1)</script> & b\n\nc \"d\" 'e'", []byte{0, 2, 0, 30, 0, 10, 0, 40, 255, 255, 1, 0})
	f.Add("é\u00e0\u4e16\U0001F600\r\nx\x00y\xff\xfe", []byte{0, 1, 0, 3, 0, 5, 0, 9, 0, 7, 0, 20})
	f.Fuzz(func(t *testing.T, text string, raw []byte) {
		if len(raw) > 256 {
			raw = raw[:256]
		}
		span := func(i int) reprint.Span {
			at := func(k int) int { return int(int16(uint16(raw[k])<<8|uint16(raw[k+1]))) % (len(text) + 3) }
			return reprint.Span{Start: at(i), End: at(i + 2)}
		}
		src := "a"
		p := report.Pair{A: "a", B: "b", Relation: "copy", Source: &src}
		var spans []reprint.Span
		for i := 0; i+4 <= len(raw); i += 4 {
			spans = append(spans, span(i))
		}
		for k, sp := range spans {
			switch k % 3 {
			case 0:
				p.Passages = append(p.Passages, report.Passage{Kind: "verbatim", A: sp, B: sp})
			case 1:
				p.Passages = append(p.Passages, report.Passage{Kind: "rewrite", A: sp, B: spans[0]})
			case 2:
				p.Quotes = append(p.Quotes, report.Quote{Article: "b", Text: text, Span: sp, Status: "altered",
					Diff: []report.DiffOp{{Op: "replace", Source: text, Derived: "<script>"}}})
			}
		}
		if len(spans) > 0 {
			p.Credit = &report.Credit{Article: "b", Status: "credited", Name: text, Evidence: &spans[len(spans)-1]}
		}
		s := &report.Scan{
			Articles: []report.Article{{ID: "a", Title: text, Text: text}, {ID: "b", URL: text, Text: text}},
			Stories:  []report.Story{{ID: 1, Articles: []string{"a", "b"}, Lineage: []report.Edge{{Child: "b", Parent: "a"}}}},
			Pairs:    []report.Pair{p},
		}
		page := htmlWrite(t, s, report.HTMLOptions{})
		if n := len(htmlScriptTag.FindAllStringIndex(page, -1)); n != 1 {
			t.Fatalf("%d <script tags; want 1 (the page's own)", n)
		}
		doc := htmlParse(t, page)
		want := htmlShownText(text)
		if want == "" {
			return
		}
		panes := htmlByClass(doc, "pane")
		for i, pane := range panes {
			if got := htmlShownText(htmlPaneText(pane)); got != want {
				t.Fatalf("pane %d shows %q; want %q", i, got, want)
			}
		}
		// Every span with something to show is shown: each passage side
		// once with its id, each quotation with one flag on its last
		// segment.
		shows := func(sp reprint.Span) bool {
			return max(sp.Start, 0) < min(sp.End, len(text))
		}
		var passages, quotes int
		for _, ps := range p.Passages {
			if shows(ps.A) {
				passages++
			}
		}
		for _, q := range p.Quotes {
			if shows(q.Span) {
				quotes++
			}
		}
		if n := len(htmlFind(panes[0], func(e *html.Node) bool { return e.Data == "mark" && htmlAttr(e, "id") != "" })); n != passages {
			t.Fatalf("%d passages with an id in pane A; want %d", n, passages)
		}
		if n := len(htmlByClass(panes[1], "quote", "quote-end")); n != quotes {
			t.Fatalf("%d quotation flags in pane B; want %d", n, quotes)
		}
	})
}

func ExampleWriteHTML() {
	text := "The minister said the plan would cost £2bn."
	s := &report.Scan{
		Articles: []report.Article{{ID: "wire", Text: text}, {ID: "paper", Text: text}},
		Stories:  []report.Story{{ID: 1, Articles: []string{"wire", "paper"}, Lineage: []report.Edge{{Child: "paper", Parent: "wire"}}}},
		Pairs: []report.Pair{{A: "wire", B: "paper", Relation: "copy",
			Passages: []report.Passage{{Kind: "verbatim", A: reprint.Span{Start: 0, End: len(text)}, B: reprint.Span{Start: 0, End: len(text)}}}}},
	}
	var b bytes.Buffer
	if err := report.WriteHTML(&b, s, report.HTMLOptions{MaxPairs: 50}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.Count(b.String(), `class="pane"`), "panes")
	fmt.Println(strings.Count(b.String(), `<mark class="passage verbatim"`), "marks")
	// Output:
	// 2 panes
	// 2 marks
}

// TestWriteHTMLTableWords checks that the table of pairs without texts and
// the summary line read as the server's pages do: articles by title (else
// the start of the text) and site, the id only as a tooltip, and plain
// words for the relation, direction, credit and counts, not engine terms.
func TestWriteHTMLTableWords(t *testing.T) {
	s := htmlManyPairs(2)
	s.Articles[0].Title, s.Articles[0].Site = "Storm closes harbour", "BBC"
	s.Articles[1].Title, s.Articles[1].Site = "Harbour shut", "Daily Copy"
	s.Articles[2].Text = "" // nothing better than its id
	src := "a000"
	s.Pairs[0].Source, s.Pairs[0].Relation = &src, "partial-copy"
	s.Pairs[0].Coverage = report.Coverage{A: 0.2, B: 0.7}
	s.Pairs[0].Credit = &report.Credit{Article: "a001", Status: "not-credited"}
	s.Pairs[1].Common = true
	s.Stats = report.Stats{Read: 4, Articles: 3, Rejected: 1, Candidates: 5, RelatedPairs: 2, Stories: 1, CappedBuckets: 2}
	doc := htmlParse(t, htmlWrite(t, s, report.HTMLOptions{MaxPairs: -1}))

	var rows [][]string
	var tips []string
	for _, tr := range htmlFind(doc, func(e *html.Node) bool { return e.Data == "tr" && e.Parent.Data == "tbody" }) {
		var cells []string
		for _, td := range htmlFind(tr, func(e *html.Node) bool { return e.Data == "td" }) {
			cells = append(cells, htmlText(td))
			for _, a := range td.Attr {
				if a.Key == "title" {
					tips = append(tips, a.Val)
				}
			}
		}
		rows = append(rows, cells)
	}
	want := [][]string{
		{"1", "1", "Storm closes harbour · BBC", "Harbour shut · Daily Copy", "partial copy", "the other took from the source", "70%", "1", "not credited", "0"},
		{"2", "1", "Storm closes harbour · BBC", "a002", "copy", "both from a source not in the files scanned", "10%", "1", "—", "0"},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("table rows (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"a000", "a001", "a000"}, tips); diff != "" {
		t.Errorf("ids as tooltips (-want +got):\n%s", diff)
	}
	head := htmlText(htmlFind(doc, func(e *html.Node) bool { return e.Data == "header" })[0])
	for _, w := range []string{"4 items read: 3 articles kept, 1 rejected.", "2 pairs of articles share text, in 1 story", "5 likely pairs were compared", "2 groups of look-alike articles"} {
		if !strings.Contains(head, w) {
			t.Errorf("summary lacks %q: %q", w, head)
		}
	}
	for _, w := range []string{"candidate", "aligned", "LSH", "postings", "coverage"} {
		if strings.Contains(head, w) || strings.Contains(htmlText(doc), "coverage A") {
			t.Errorf("summary or table says %q: %q", w, head)
		}
	}
}
