package htmltext

import (
	"strings"
	"testing"

	"github.com/reprint/reprint"
)

// originJudge stands in for clean.OriginCredit, the judge the pipeline
// uses: a line that opens with one of the forms of a syndication note.
func originJudge(line string) bool {
	low := strings.ToLower(line)
	for _, p := range []string{"this article first appeared in ", "originally published by ", "dieser artikel erschien zuerst ", "este artículo se publicó originalmente en ", "via "} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// TestCreditNotes: a credit line in the article's body that go-trafilatura
// prunes for its class ("syndication-note", "social-source") is given back
// at its place, at the foot, at the top or between paragraphs, in a
// wrapper or not; a pruned line that is not a credit, a credit that is a
// link alone, a credit outside the article's container and every line
// when no judge is given stay out.
func TestCreditNotes(t *testing.T) {
	para := func(s string) string {
		return `<p>` + s + ` Die Gemeinde hat die Sperrung der Landstraße bis zum Ende der Woche verlängert, sagte der Bürgermeister am Dienstag.</p>`
	}
	body := para("Eins.") + para("Zwei.") + para("Drei.") + para("Vier.") + para("Fünf.")
	page := func(inBody, outside string) []byte {
		return []byte(`<html><head><title>Sperrung verlängert</title></head><body><main><article><h1>Sperrung verlängert</h1>` +
			`<div class="article-body">` + inBody + `</div>` + outside + `</article></main>` +
			`<footer><p>Quelle: Kreisblatt</p></footer></body></html>`)
	}
	foot := `<p class="syndication-note"><em>This article first appeared in the Kelderby Gazette.</em></p>`
	for _, tt := range []struct {
		name    string
		page    []byte
		credit  func(string) bool
		want    []string // in this order in Body
		notWant []string
	}{
		{"foot", page(body+foot, ""), originJudge, []string{"Fünf.", "This article first appeared in the Kelderby Gazette."}, nil},
		{"top", page(foot+body, ""), originJudge, []string{"This article first appeared in the Kelderby Gazette.", "Eins."}, nil},
		{"between", page(para("Eins.")+para("Zwei.")+`<div class="social-source"><p>Dieser Artikel erschien zuerst im Kreisblatt.</p></div>`+para("Drei.")+para("Vier."), ""),
			originJudge, []string{"Zwei.", "Dieser Artikel erschien zuerst im Kreisblatt.", "Drei."}, nil},
		{"Spanish wrapped twice", page(body+`<div class="syndication"><div class="syndication__text"><p>Este artículo se publicó originalmente en El Faro.</p></div></div>`, ""),
			originJudge, []string{"Fünf.", "Este artículo se publicó originalmente en El Faro."}, nil},
		{"no judge", page(body+foot, ""), nil, []string{"Fünf."}, []string{"first appeared"}},
		{"not a credit", page(body+`<p class="share-note">Share this article with your friends.</p>`, ""), originJudge, []string{"Fünf."}, []string{"Share this"}},
		{"a link alone", page(body+`<p class="syndication-note"><a href="https://gazette.example/">This article first appeared in the Kelderby Gazette.</a></p>`, ""),
			originJudge, []string{"Fünf."}, []string{"first appeared"}},
		{"a link alone that says via", page(para("Eins.")+para("Zwei.")+`<p class="via"><a href="https://ledger.example/story">via the Riverton Ledger</a></p>`+para("Drei.")+para("Vier."), ""),
			originJudge, []string{"Zwei.", "via the Riverton Ledger", "Drei."}, nil},
		{"outside the container", page(body, `<div class="related-stories"><p class="syndication-note">Originally published by The Conversation.</p></div>`),
			originJudge, []string{"Fünf."}, []string{"Originally published"}},
		{"the line right after the container", page(body, `<p class="source">Via the Kelderby Gazette</p><p class="syndication-note">Originally published by The Conversation.</p>`),
			originJudge, []string{"Fünf.", "Via the Kelderby Gazette"}, []string{"Originally published"}},
		{"too long", page(body+`<p class="syndication-note">This article first appeared in the Kelderby Gazette, which has covered the town and its council, its schools, its clubs and its churches since 1868, and which is part of the Dalesford Media group of weekly titles in the north of England.</p>`, ""),
			originJudge, []string{"Fünf."}, []string{"first appeared"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Extract(tt.page, Options{Credit: tt.credit})
			if err != nil {
				t.Fatal(err)
			}
			at := 0
			for _, w := range tt.want {
				i := strings.Index(res.Body[at:], w)
				if i < 0 {
					t.Fatalf("Body lacks %q after byte %d:\n%s", w, at, res.Body)
				}
				at += i + len(w)
			}
			for _, w := range tt.notWant {
				if strings.Contains(res.Body, w) {
					t.Errorf("Body holds %q:\n%s", w, res.Body)
				}
			}
			if strings.Count(res.Body, "Eins.") > 1 {
				t.Errorf("a paragraph is written twice:\n%s", res.Body)
			}
		})
	}
}

// TestCreditNoteOffsets: a note given back maps to its bytes in the page.
func TestCreditNoteOffsets(t *testing.T) {
	p := `<p>Die Gemeinde hat die Sperrung der Landstraße bis zum Ende der Woche verlängert, sagte der Bürgermeister am Dienstag.</p>`
	page := `<html><body><article><div class="article-body">` + strings.Repeat(p, 4) +
		`<p class="syndication-note"><em>This article first appeared in the Kelderby Gazette.</em></p></div></article></body></html>`
	res, err := Extract([]byte(page), Options{Credit: originJudge})
	if err != nil {
		t.Fatal(err)
	}
	const w = "This article first appeared in the Kelderby Gazette."
	i := strings.Index(res.Body, w)
	if i < 0 {
		t.Fatalf("Body lacks the note:\n%s", res.Body)
	}
	sp := res.BodyMap.SourceSpan(reprint.Span{Start: i, End: i + len(w)})
	if got := page[sp.Start:sp.End]; got != w {
		t.Errorf("the note maps to %q; want %q", got, w)
	}
}
