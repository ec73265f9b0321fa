package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/reprint/reprint/report"
)

// TestPages opens every page on the fixture and checks what it says.
func TestPages(t *testing.T) {
	s := MustNew(t, MustOpenSQLite(t), Options{})
	evilPair := pairPath("/pairs/", evilID, "copycat/harbour")
	tests := []struct {
		method, target, ctype, body string
		status                      int
		want                        []string
	}{
		{"GET", "/", "", "", 200, []string{seedStory, "5 articles", "Harbour wall to be rebuilt", "1 article stands alone", "flagged quotation"}},
		{"GET", "/?min_articles=1", "", "", 200, []string{"Lonely piece"}},
		{"GET", "/?relation=copy", "", "", 200, []string{"1 story matches", "Copycat Daily"}},
		{"GET", "/?min_coverage=abc", "", "", 400, []string{`id="filter-error"`, "min_coverage"}},
		{"GET", "/stories/1", "", "", 200, []string{seedStory, `id="lineage"`, "a source not in the archive", "takes 80%", "credited", "words changed", "compare"}},
		{"GET", "/stories/2", "", "", 200, []string{"Harbour wall to be rebuilt", "copy", "not credited"}},
		{"GET", "/stories/99", "", "", 404, []string{"there is no story 99"}},
		{"GET", "/stories/1?article=copycat%2Fharbour", "", "", 200, []string{"Harbour wall to be rebuilt", "Copycat Daily"}},
		{"GET", "/stories/99?article=" + url.QueryEscape(seedBBC), "", "", 200, []string{seedStory, "a source not in the archive"}},
		{"GET", pairPath("/pairs/", seedBBC, seedCopy), "", "", 200, []string{"rewrites “" + seedStory + "”.", "does not credit", "Quotations changed from the source", "<del>", "<ins>There is</ins>", "mark class=\"passage rewrite\""}},
		{"GET", evilPair, "", "", 200, []string{"copies", "published two days later", "carries 100% of the source", "96% of its own text", "<del>stone</del>"}},
		{"GET", "/pairs/nope/lonely", "", "", 404, []string{"no related pair"}},
		{"GET", "/articles/" + url.PathEscape(seedBBC), "", "", 200, []string{seedStory, "Related articles", "this article is the source"}},
		{"GET", "/articles/nope", "", "", 404, []string{"there is no article nope"}},
		{"GET", "/check", "", "", 200, []string{`<form class="check"`, `enctype="multipart/form-data"`}},
		{"POST", "/check", "application/x-www-form-urlencoded", "text=" + url.QueryEscape("Nothing like anything archived: the allotment society met to plan its autumn show of marrows and leeks."), 200, []string{"Nothing in the archive reuses this article"}},
		{"POST", "/check", "application/x-www-form-urlencoded", "text=", 400, []string{`id="check-error"`, "the body is empty"}},
		{"POST", "/check", "application/x-www-form-urlencoded", "title=Draft&text=" + url.QueryEscape(seedText(t)), 200, []string{"Reuse found", "Draft <span class=\"chip\">checked, not archived</span>", "Quotations changed from the source", "This text is already in the archive", "1. <a href=\"/articles/" + seedCopy + "\">"}},
		{"GET", "/nothing/here", "", "", 404, []string{"there is nothing at this address"}},
		{"GET", "/static/..%2f..%2fetc%2fpasswd", "", "", 404, []string{"there is nothing at this address"}},
		{"POST", "/stories/1", "", "", 405, []string{"not allowed"}},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.target, func(t *testing.T) {
			res, body := do(t, s, tt.method, tt.target, tt.ctype, []byte(tt.body))
			if res.StatusCode != tt.status {
				t.Fatalf("%s %s = %d; want %d", tt.method, tt.target, res.StatusCode, tt.status)
			}
			if ct := res.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
				t.Errorf("Content-Type %q", ct)
			}
			if csp := res.Header.Get("Content-Security-Policy"); !strings.HasPrefix(csp, "default-src 'none';") {
				t.Errorf("Content-Security-Policy %q", csp)
			}
			page := html.UnescapeString(string(body))
			for _, w := range tt.want {
				if !strings.Contains(page, w) && !strings.Contains(string(body), w) {
					t.Errorf("%s %s lacks %q", tt.method, tt.target, w)
				}
			}
		})
	}
}

// TestPagesEscape: the fixture's hostile ids, titles, sites, URLs and
// texts appear on every page as text, never as markup, and no link is a
// javascript: URL.
func TestPagesEscape(t *testing.T) {
	s := MustNew(t, MustOpenSQLite(t), Options{})
	pages := []string{"/", "/?min_articles=1", "/?q=" + url.QueryEscape(evilTitle), "/stories/2", "/articles/" + url.PathEscape(evilID),
		pairPath("/pairs/", evilID, "copycat/harbour"), pairPath("/pairs/", "copycat/harbour", evilID)}
	raw := []string{"<script>alert", "<img src=x", "<b onmouseover", "javascript:alert"}
	for _, p := range pages {
		res, body := do(t, s, "GET", p, "", nil)
		if res.StatusCode != 200 {
			t.Errorf("GET %s = %d", p, res.StatusCode)
			continue
		}
		for _, r := range raw {
			if bytes.Contains(body, []byte(r)) {
				t.Errorf("GET %s holds %q unescaped", p, r)
			}
		}
		doc, err := html.Parse(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		for n := range doc.Descendants() {
			if n.Type != html.ElementNode {
				continue
			}
			if n.Data == "script" && n.FirstChild != nil && n.FirstChild.Data != string(scriptOf(t)) {
				t.Errorf("GET %s has a script that is not the app's", p)
			}
			for _, a := range n.Attr {
				if strings.HasPrefix(a.Key, "on") {
					t.Errorf("GET %s: <%s %s=%q>", p, n.Data, a.Key, a.Val)
				}
				if (a.Key == "href" || a.Key == "src" || a.Key == "action") && strings.HasPrefix(strings.ToLower(strings.TrimSpace(a.Val)), "javascript:") {
					t.Errorf("GET %s: <%s %s=%q>", p, n.Data, a.Key, a.Val)
				}
			}
		}
	}
	// The hostile title is shown, as text.
	_, body := do(t, s, "GET", "/stories/2", "", nil)
	if !strings.Contains(html.UnescapeString(string(body)), evilTitle) {
		t.Errorf("the story page does not show the hostile title as text")
	}
}

func seedText(tb testing.TB) string {
	b, err := os.ReadFile(filepath.Join(seeds, seedCopy))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func scriptOf(tb testing.TB) []byte {
	_, js, err := pageAssets()
	if err != nil {
		tb.Fatal(err)
	}
	return js
}

// TestCSP: the pages' policy allows exactly their own inline style and
// script, by the hashes of what the page holds.
func TestCSP(t *testing.T) {
	s := MustNew(t, MustOpenSQLite(t), Options{})
	for _, p := range []string{"/", "/stories/1", pairPath("/pairs/", seedBBC, seedCopy), "/check", "/nothing"} {
		res, body := do(t, s, "GET", p, "", nil)
		csp := res.Header.Get("Content-Security-Policy")
		doc, err := html.Parse(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		var styles, scripts int
		for n := range doc.Descendants() {
			if n.Type != html.ElementNode || (n.Data != "style" && n.Data != "script") {
				continue
			}
			text := ""
			if n.FirstChild != nil {
				text = n.FirstChild.Data
			}
			h := sha256.Sum256([]byte(text))
			want := "'sha256-" + base64.StdEncoding.EncodeToString(h[:]) + "'"
			dir := map[string]string{"style": "style-src ", "script": "script-src "}[n.Data]
			if !strings.Contains(csp, dir+want) {
				t.Errorf("GET %s: the policy %q does not allow its <%s> (%s)", p, csp, n.Data, want)
			}
			if n.Data == "style" {
				styles++
			} else {
				scripts++
			}
		}
		if styles != 1 || scripts != 1 || !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "unsafe") {
			t.Errorf("GET %s: %d styles, %d scripts, policy %q", p, styles, scripts, csp)
		}
	}
}

// TestPanesExact: offsets are sacred. Each pane's text is the article's
// text byte for byte, and each highlighted passage is exactly the text at
// its span — on every pair of the fixture, either way round.
func TestPanesExact(t *testing.T) {
	a := MustOpenSQLite(t)
	s := MustNew(t, a, Options{})
	x, _, err := s.snaps.get(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, p := range x.scan.Pairs {
		_, body := do(t, s, "GET", pairPath("/pairs/", p.B, p.A), "", nil)
		doc, err := html.Parse(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		left, right := report.SidesOf(&p, x.articleOf)
		panes := map[string]string{"l": left, "r": right}
		texts := map[string]string{} // pane → its text content
		marked := map[string]*strings.Builder{}
		var pane string
		for n := range doc.Descendants() {
			if n.Type == html.ElementNode && hasClass(n, "pane-text") {
				pane = map[bool]string{true: "l", false: "r"}[len(texts) == 0]
				texts[pane] = textContent(n)
			}
			if n.Type == html.ElementNode && n.Data == "mark" {
				pid := attr(n, "data-pid")
				if marked[pid] == nil {
					marked[pid] = &strings.Builder{}
				}
				marked[pid].WriteString(textContent(n))
			}
		}
		text := func(id string) string { // as archived: the snapshot keeps no texts
			rec, err := a.Store().Lookup(t.Context(), id)
			if err != nil {
				t.Fatal(err)
			}
			return rec.Text
		}
		for side, id := range panes {
			if want := text(id); texts[side] != want {
				t.Errorf("pair %s/%s: pane %s text differs from the article's (%d vs %d bytes)", p.A, p.B, side, len(texts[side]), len(want))
			}
		}
		for k, ps := range p.Passages {
			for side, id := range panes {
				sp := ps.A
				if id == p.B {
					sp = ps.B
				}
				text := text(id)
				pid := "p" + strconv.Itoa(k+1) + "-" + side
				if got, want := marked[pid].String(), text[sp.Start:sp.End]; got != want {
					t.Errorf("pair %s/%s passage %s = %q; want the text at its span %q", p.A, p.B, pid, clip(got, 80), clip(want, 80))
				}
				checked++
			}
		}
	}
	if checked == 0 {
		t.Fatal("no passage checked")
	}
}

func hasClass(n *html.Node, c string) bool {
	for _, f := range strings.Fields(attr(n, "class")) {
		if f == c {
			return true
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textContent(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}

// visibleText is the text a reader sees on a page: its text nodes outside
// <script>, <style> and <head>, on one line.
func visibleText(doc *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style" || n.Data == "head") {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data + " ")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return strings.Join(strings.Fields(b.String()), " ")
}

// TestPagesReadAsWords: the pages a journalist reads say relations and
// credit in words ("partial copy", "not credited"), not as the API's
// tokens, and name a story by its title where they link to it, not by
// its number, which changes as the archive grows.
func TestPagesReadAsWords(t *testing.T) {
	for _, o := range sorts {
		if sortNames[o] == "" {
			t.Errorf("the story list's order %q has no name for the home page's menu", o)
		}
	}
	s := MustNew(t, MustOpenSQLite(t), Options{})
	tokens := []string{"partial-copy", "not-credited", "same-story", "source → derived", "story 1", "story 2"}
	tests := []struct {
		target string
		want   []string // in the visible text
		crumbs string   // the story's title in the breadcrumbs, or ""
	}{
		{"/", []string{"partial copy", "not credited", "largest first", "most text taken"}, ""},
		{"/stories/1", []string{"partial copy", "not credited", "the other took from the source", "both from a source not in the archive"}, ""},
		{pairPath("/pairs/", seedBBC, seedCopy), []string{"not credited"}, seedStory},
		{"/articles/" + url.PathEscape(seedBBC), []string{"this article is the source", "of that one comes from this"}, seedStory},
		{"/articles/" + url.PathEscape(seedCopy), []string{"of this article comes from it"}, seedStory},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			res, body := do(t, s, "GET", tt.target, "", nil)
			if res.StatusCode != 200 {
				t.Fatalf("GET %s = %d", tt.target, res.StatusCode)
			}
			doc, err := html.Parse(bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			text := visibleText(doc)
			for _, tok := range tokens {
				if strings.Contains(text, tok) {
					t.Errorf("GET %s shows %q:\n%s", tt.target, tok, text)
				}
			}
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("GET %s lacks %q:\n%s", tt.target, w, text)
				}
			}
			if tt.crumbs == "" {
				return
			}
			var crumbs string
			for n := range doc.Descendants() {
				if n.Type == html.ElementNode && attr(n, "id") == "crumbs" {
					crumbs = textContent(n)
				}
			}
			if !strings.Contains(crumbs, tt.crumbs) {
				t.Errorf("GET %s: breadcrumbs %q; want the story's title %q", tt.target, crumbs, tt.crumbs)
			}
		})
	}
}

// TestHomeMembers: the story list names at most homeMembers articles of a
// story and counts the rest, linking to the story, so that one large
// story does not fill the screen.
func TestHomeMembers(t *testing.T) {
	s := MustNew(t, MustOpenSQLite(t), Options{})
	for _, n := range []int{homeMembers - 1, homeMembers, homeMembers + 5} {
		sm := &storySummary{ID: 1, Title: "Big story", Articles: n}
		for i := range n {
			sm.Members = append(sm.Members, ArticleRef{ID: fmt.Sprintf("a%02d", i), Title: fmt.Sprintf("Article %02d", i)})
		}
		d := homeData{Page: storyPage{Total: 1, Limit: 1, Stories: []*storySummary{sm}}, MaxMembers: homeMembers, Articles: n}
		rec := httptest.NewRecorder()
		s.web.render(rec, httptest.NewRequest("GET", "/", nil), 200, "home", page{Title: "Stories", Data: d})
		doc, err := html.Parse(rec.Body)
		if err != nil {
			t.Fatal(err)
		}
		var named int
		var more string
		for e := range doc.Descendants() {
			if e.Type != html.ElementNode || e.Data != "li" || !hasClass(e.Parent, "members") {
				continue
			}
			if hasClass(e, "more") {
				more = strings.Join(strings.Fields(textContent(e)), " ")
			} else {
				named++
			}
		}
		wantNamed, wantMore := min(n, homeMembers), ""
		if n > homeMembers {
			wantMore = fmt.Sprintf("and %d more in the story", n-homeMembers)
		}
		if named != wantNamed || more != wantMore {
			t.Errorf("a story of %d articles: %d named, %q; want %d, %q", n, named, more, wantNamed, wantMore)
		}
	}
}

// TestPairHeading: the pair page has one h1, naming its two articles in
// plain words, the source (or the earlier) first, titles and sites as
// text even when they hold markup.
func TestPairHeading(t *testing.T) {
	s := MustNew(t, MustOpenSQLite(t), Options{})
	tests := []struct {
		target, want string
	}{
		{pairPath("/pairs/", "copycat/harbour", evilID), "“" + evilTitle + "” (" + evilSite + ") and “Harbour wall to be rebuilt” (Copycat Daily)"},
		{pairPath("/pairs/", evilID, "copycat/harbour"), "“" + evilTitle + "” (" + evilSite + ") and “Harbour wall to be rebuilt” (Copycat Daily)"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			res, body := do(t, s, "GET", tt.target, "", nil)
			if res.StatusCode != 200 {
				t.Fatalf("GET %s = %d", tt.target, res.StatusCode)
			}
			doc, err := html.Parse(bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			var h1 []string
			for n := range doc.Descendants() {
				if n.Type == html.ElementNode && n.Data == "h1" {
					h1 = append(h1, textContent(n))
				}
			}
			if len(h1) != 1 || h1[0] != tt.want {
				t.Errorf("GET %s: h1 %q; want one, %q", tt.target, h1, tt.want)
			}
		})
	}
}

// TestCheckResultWords: the check page's result says in plain words what
// was found for the checked article — text shared, the same story told in
// other words, or nothing — and counts each.
func TestCheckResultWords(t *testing.T) {
	s := MustNew(t, MustOpenSQLite(t), Options{})
	arts := []report.Article{
		{ID: "draft", Title: "Draft", Text: "Storm closes the harbour today."},
		{ID: "bbc", Title: "Storm closes harbour", Site: "BBC", Text: "Storm closes the harbour today, says the council."},
		{ID: "other", Title: "Harbour shut", Site: "Daily", Text: "The port is closed by bad weather."},
	}
	copied := report.Pair{A: "draft", B: "bbc", Relation: "partial-copy", Coverage: report.Coverage{A: 1, B: 0.6}}
	told := report.Pair{A: "draft", B: "other", Relation: "same-story"}
	tests := []struct {
		name      string
		pairs     []report.Pair
		heading   string
		said      string // the line under the heading, "" for none
		forbidden []string
	}{
		{"reuse and same story", []report.Pair{told, copied}, "Reuse found",
			"1 archived article shares text with “Draft”; 1 more tells the same story in other words.", nil},
		{"reuse", []report.Pair{copied}, "Reuse found", "1 archived article shares text with “Draft”.", []string{"same story"}},
		{"same story only", []report.Pair{told}, "No text reused: the same story, told in other words",
			"1 archived article tells the same story as “Draft” in other words: no passage is shared.", []string{"Related, no reuse"}},
		{"nothing", nil, "Nothing in the archive reuses this article or is reused by it", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &checkData{}
			d.result(&report.Scan{Articles: arts, Pairs: tt.pairs}, "draft")
			rec := httptest.NewRecorder()
			s.web.render(rec, httptest.NewRequest("POST", "/check", nil), 200, "check", page{Title: "Check an article", Data: d})
			doc, err := html.Parse(rec.Body)
			if err != nil {
				t.Fatal(err)
			}
			var heading, said string
			for n := range doc.Descendants() {
				if n.Type == html.ElementNode && attr(n, "id") == "result" {
					for c := range n.ChildNodes() {
						switch {
						case c.Type != html.ElementNode:
						case c.Data == "h2":
							heading = textContent(c)
						case c.Data == "p" && said == "":
							said = textContent(c)
						}
					}
				}
			}
			if heading != tt.heading || said != tt.said {
				t.Errorf("result reads %q / %q; want %q / %q", heading, said, tt.heading, tt.said)
			}
			text := visibleText(doc)
			for _, f := range tt.forbidden {
				if strings.Contains(heading+" "+said, f) || strings.Contains(text, "Related, no reuse") {
					t.Errorf("result says %q: %q / %q", f, heading, said)
				}
			}
		})
	}
}
