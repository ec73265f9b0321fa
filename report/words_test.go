package report_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/reprint/reprint/provenance"
	"github.com/reprint/reprint/report"
)

func TestDateWords(t *testing.T) {
	at := func(h int) *time.Time {
		x := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(h) * time.Hour)
		return &x
	}
	tests := []struct {
		a, b *time.Time
		want string
	}{
		{at(0), at(48), "published two days later"},
		{at(0), at(24), "published one day later"},
		{at(0), at(5), "published five hours later"},
		{at(0), at(1), "published one hour later"},
		{at(30), at(0), "published one day earlier"},
		{at(0), at(0), "published within the hour"},
		{at(0), at(24 * 40), "published 40 days later"},
		{nil, at(0), ""},
	}
	for _, tt := range tests {
		if got := report.DateWords(tt.a, tt.b); got != tt.want {
			t.Errorf("report.DateWords(%v, %v) = %q; want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestTellDatesUnknown: without both dates, the verdict's reasons lead
// with the facts it rests on and say last that the dates were not
// compared; with both, the dates lead.
func TestTellDatesUnknown(t *testing.T) {
	src := "s"
	pub := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	p := report.Pair{A: src, B: "d", Relation: "rewrite", Source: &src, Coverage: report.Coverage{A: 0.8, B: 0.9},
		Credit: &report.Credit{Status: "not-credited"}}
	for _, tt := range []struct {
		name        string
		left, right *time.Time
		first, last string
	}{
		{"no dates", nil, nil, "does not credit its source", "neither publication date is known, so the dates were not compared"},
		{"one date", &pub, nil, "does not credit its source", "only “A” carries a publication date (1 Mar 2024), so the dates were not compared"},
		{"both dates", &pub, &pub, "published within the hour", "90% of its own text comes from the source"},
	} {
		v := report.Tell(&p, report.Named{ID: src, Label: "A", Published: tt.left}, report.Named{ID: "d", Label: "B", Published: tt.right}, "the archive")
		if len(v.Reasons) == 0 || v.Reasons[0] != tt.first || v.Reasons[len(v.Reasons)-1] != tt.last {
			t.Errorf("%s: Tell reasons %q; want %q first and %q last", tt.name, v.Reasons, tt.first, tt.last)
		}
	}
}

// TestTell: the direction in plain words for a known source, a common
// source and an unknown direction.
func TestTell(t *testing.T) {
	src, der := "s", "d"
	pub := func(d int) *time.Time { x := time.Date(2024, 3, d, 0, 0, 0, 0, time.UTC); return &x }
	l := report.Named{ID: src, Label: "Storm closes harbour", Site: "BBC", Published: pub(1)}
	r := report.Named{ID: der, Label: "Harbour shut", Site: "Daily Copy", Published: pub(3)}
	tests := []struct {
		name     string
		p        report.Pair
		headline string
		reasons  []string
	}{
		{"source", report.Pair{A: src, B: der, Relation: "rewrite", Source: &src, Coverage: report.Coverage{A: 0.8, B: 0.9},
			Credit: &report.Credit{Status: "credited", Name: "BBC"},
			Quotes: []report.Quote{{Article: der, Status: "altered"}, {Article: der, Status: "unattested"}, {Article: der, Status: "exact"}}},
			"“Harbour shut” (Daily Copy) rewrites “Storm closes harbour” (BBC).",
			[]string{"published two days later", "credits BBC", "carries 80% of the source's text", "90% of its own text comes from the source", "1 quotation changed", "1 quotation the source does not have"}},
		{"not credited", report.Pair{A: src, B: der, Relation: "copy", Source: &src, Credit: &report.Credit{Status: "not-credited"}},
			"“Harbour shut” (Daily Copy) copies “Storm closes harbour” (BBC).",
			[]string{"does not credit BBC"}},
		{"common", report.Pair{A: src, B: der, Relation: "rewrite", Common: true, Coverage: report.Coverage{A: 0.5, B: 0.6}},
			"Neither copied the other: both take from a source that is not in the archive.",
			[]string{"50% of the left text and 60% of the right are shared"}},
		{"same story, nothing shared", report.Pair{A: src, B: der, Relation: "same-story"},
			"No passage is shared: the two tell the same story in their own words.",
			[]string{"the right one was published two days later"}},
		{"unknown", report.Pair{A: src, B: der, Relation: "rewrite", Passages: []report.Passage{{Kind: "rewrite"}}},
			"Which came first is unclear: the evidence is missing or points both ways.",
			[]string{"the right one was published two days later"}},
	}
	for _, tt := range tests {
		v := report.Tell(&tt.p, l, r, "the archive")
		if v.Headline != tt.headline {
			t.Errorf("%s: headline %q; want %q", tt.name, v.Headline, tt.headline)
		}
		for _, w := range tt.reasons {
			found := false
			for _, got := range v.Reasons {
				found = found || got == w
			}
			if !found {
				t.Errorf("%s: reasons %q lack %q", tt.name, v.Reasons, w)
			}
		}
	}
}

// TestTellOneDate: where only one article carries a publication date,
// the verdict says so, and says that the date decided the direction when
// it did — the date signal named the dated article the source and no
// other signal named either — rather than that the dates were not
// compared.
func TestTellOneDate(t *testing.T) {
	src, der := "s", "d"
	pub := func(d int) *time.Time { x := time.Date(2024, 3, d, 9, 0, 0, 0, time.UTC); return &x }
	date := func(points string) report.Signal {
		return report.Signal{Signal: "date", Points: points, Detail: "only one carries a date"}
	}
	reading := func(sig, points string) report.Signal { return report.Signal{Signal: sig, Points: points} }
	const (
		decided  = "only “Storm” (BBC) carries a publication date (1 Mar 2024); with nothing in the texts to order the two, that date decided which came first"
		agrees   = "only “Storm” (BBC) carries a publication date (1 Mar 2024), which agrees with the verdict"
		outweigh = "only “Shut” carries a publication date (3 Mar 2024); the other evidence outweighs it"
		notSaid  = "only “Storm” (BBC) carries a publication date (1 Mar 2024), so the dates were not compared"
	)
	tests := []struct {
		name        string
		srcPub      *time.Time
		derPub      *time.Time
		signals     []report.Signal
		first, last string
	}{
		{"the date alone", pub(1), nil, []report.Signal{date(src), reading("containment", ""), reading("details", "common")}, decided, "90% of its own text comes from the source"},
		{"the date and a reading", pub(1), nil, []report.Signal{date(src), reading("containment", src)}, "carries 80% of the source's text", agrees},
		{"a reading against the date", nil, pub(3), []report.Signal{date(der), reading("containment", src), reading("flow", src)}, "carries 80% of the source's text", outweigh},
		{"no date signal", pub(1), nil, nil, "carries 80% of the source's text", notSaid},
		{"a reading against the other side", pub(1), nil, []report.Signal{date(src), reading("witnesses", der)}, "carries 80% of the source's text", agrees},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := report.Pair{A: src, B: der, Relation: "copy", Source: &src, Coverage: report.Coverage{A: 0.8, B: 0.9}, Direction: tt.signals}
			v := report.Tell(&p, report.Named{ID: src, Label: "Storm", Site: "BBC", Published: tt.srcPub},
				report.Named{ID: der, Label: "Shut", Published: tt.derPub}, "the archive")
			if len(v.Reasons) == 0 || v.Reasons[0] != tt.first || v.Reasons[len(v.Reasons)-1] != tt.last {
				t.Errorf("Tell reasons %q; want %q first and %q last", v.Reasons, tt.first, tt.last)
			}
			for _, r := range v.Reasons {
				if strings.Contains(r, "not both known") || tt.first == decided && strings.Contains(r, "not compared") {
					t.Errorf("Tell reasons %q: %q", v.Reasons, r)
				}
			}
		})
	}
}

// TestWriteHTMLSourceLeft: the static report shows a pair's source on the
// left whichever side of the pair it is, heads the pair in that order, and
// tells the direction in plain words.
func TestWriteHTMLSourceLeft(t *testing.T) {
	src := "wire"
	for _, tc := range []struct {
		name string
		a, b string
	}{
		{"source is A", "wire", "copy"},
		{"source is B", "copy", "wire"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := &report.Scan{
				Articles: []report.Article{
					{ID: "wire", Title: "Storm closes harbour", Site: "Wire", Text: "The storm closed the harbour on Monday.\n"},
					{ID: "copy", Title: "Harbour shut", Site: "Daily Copy", Text: "Harbour shut. The storm closed the harbour on Monday.\n"},
				},
				Pairs: []report.Pair{{A: tc.a, B: tc.b, Relation: "copy", Source: &src}},
			}
			doc := htmlParse(t, htmlWrite(t, s, report.HTMLOptions{}))
			sec := htmlByClass(doc, "pair")[0]
			ids := htmlByClass(sec, "id")
			panes := htmlByClass(sec, "pane")
			if htmlText(ids[0]) != "wire" || htmlText(ids[1]) != "copy" {
				t.Errorf("pair headed %q ↔ %q; want wire ↔ copy", htmlText(ids[0]), htmlText(ids[1]))
			}
			if got, want := htmlPaneText(panes[0]), htmlShownText(s.Articles[0].Text); got != want {
				t.Errorf("left pane shows %q; want the source's %q", got, want)
			}
			if want := "“Harbour shut” (Daily Copy) copies “Storm closes harbour” (Wire)."; !strings.Contains(htmlText(sec), want) {
				t.Errorf("pair lacks the verdict %q:\n%s", want, htmlText(sec))
			}
		})
	}
}

// TestSignalWords: every direction signal the engine reports has a name
// for a reader, other than its own, and one line on what it reads; the
// evidence table shows both, with the signal's own name and its figures
// kept for experts.
func TestSignalWords(t *testing.T) {
	keys := []string{provenance.SignalDate, provenance.SignalContainment, provenance.SignalCredit, provenance.SignalQuotes,
		provenance.SignalDetails, provenance.SignalWitnesses, provenance.SignalFlow, provenance.SignalStory}
	names := map[string]string{}
	for _, k := range keys {
		name, explain := report.SignalName(k), report.SignalExplain(k)
		if name == k || name == "" {
			t.Errorf("SignalName(%q) = %q; want a name for a reader", k, name)
		}
		if prev, dup := names[name]; dup {
			t.Errorf("SignalName(%q) = SignalName(%q) = %q", k, prev, name)
		}
		names[name] = k
		if explain == "" || strings.Contains(explain, "\n") || !strings.HasSuffix(explain, ".") {
			t.Errorf("SignalExplain(%q) = %q; want one sentence", k, explain)
		}
	}
	if got := report.SignalName("novel"); got != "novel" {
		t.Errorf("SignalName(%q) = %q; want it kept", "novel", got)
	}
	if got := report.SignalExplain("novel"); got != "" {
		t.Errorf("SignalExplain(%q) = %q; want none", "novel", got)
	}

	src := "s"
	s := &report.Scan{Articles: []report.Article{{ID: "s", Title: "Storm"}, {ID: "d", Title: "Shut"}},
		Pairs: []report.Pair{{A: "s", B: "d", Relation: "rewrite", Source: &src, Direction: []report.Signal{
			{Signal: provenance.SignalContainment, Points: "s", Detail: "B lies inside A (coverage A 0.31 B 0.80)"},
			{Signal: "novel", Detail: "x 1"},
		}}}}
	var b bytes.Buffer
	if err := report.WriteHTML(&b, s, report.HTMLOptions{}); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(&b)
	if err != nil {
		t.Fatal(err)
	}
	type row struct{ Key, Title, Cells string }
	var rows []row
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode || n.Data != "tr" || !strings.Contains(attrOf(n, "class"), "signal") {
			continue
		}
		r := row{Key: attrOf(n, "data-signal")}
		var cells []string
		for c := range n.Descendants() {
			if c.Type == html.ElementNode && c.Data == "td" {
				cells = append(cells, textOf(c))
			}
			if c.Type == html.ElementNode && strings.Contains(attrOf(c, "class"), "signal-name") {
				r.Title = attrOf(c, "title")
			}
		}
		r.Cells = strings.Join(cells, " | ")
		rows = append(rows, r)
	}
	want := []row{
		{"containment", "signal: containment", "Which text holds the other" + report.SignalExplain("containment") + " | source: Storm | B lies inside A (coverage A 0.31 B 0.80)"},
		{"novel", "signal: novel", "novel | no verdict | x 1"},
	}
	if len(rows) != len(want) {
		t.Fatalf("evidence rows %+v; want %+v", rows, want)
	}
	for i := range want {
		if rows[i] != want[i] {
			t.Errorf("evidence row %d = %+v; want %+v", i, rows[i], want[i])
		}
	}
}

func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}
