package htmltext

import (
	"strings"
	"testing"

	"github.com/reprint/reprint"
)

// wikiPage is a MediaWiki page in the Vector skin's markup, cut down:
// head is put into <head>, bodyClass onto <body>.
func wikiPage(head, bodyClass string) string {
	p := `<p>The pool was commissioned by the Urban District Council in 1934 as part of a scheme to provide work for unemployed men from the town's tanneries.<sup class="reference"><a href="#cite_note-1">[1]</a></sup></p>`
	return `<html><head><title>Brackenford Lido - Brackenford Wiki</title>` + head + `</head><body class="` + bodyClass + `">
<div id="content" class="mw-body" role="main">
<div id="siteNotice"><div id="localNotice"><p>The <b>Brackenford Wiki meet-up</b> is on Tuesday 1 July at the library, 7pm. New editors welcome!</p></div></div>
<h1 id="firstHeading">Brackenford Lido</h1>
<div id="bodyContent">
<div id="siteSub" class="noprint">From Brackenford Wiki, the community encyclopedia of Brackenford</div>
<div id="contentSub"></div>
<a class="mw-jump-link" href="#mw-head">Jump to navigation</a>
<div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">
<h2><span class="mw-headline" id="History">History</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Brackenford_Lido&amp;action=edit&amp;section=1">edit</a><span class="mw-editsection-bracket">]</span></span></h2>
` + strings.Repeat(p, 4) + `
<h2><span class="mw-headline" id="References">References</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?action=edit&amp;section=2">edit</a><span class="mw-editsection-bracket">]</span></span></h2>
<ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink">^ <a href="#cite_ref-1-0"><sup><i><b>a</b></i></sup></a> <a href="#cite_ref-1-1"><sup><i><b>b</b></i></sup></a></span> <span class="reference-text"><cite>"Brackenford Lido, Weir Lane". <i>Levenshire Historic Environment Record</i>. Retrieved 4 January 2024.</cite></span></li></ol>
</div></div>
<div class="printfooter">Retrieved from "<a href="https://wiki.brackenford.example/w/index.php?title=Brackenford_Lido&amp;oldid=16107">https://wiki.brackenford.example/w/index.php?title=Brackenford_Lido&amp;oldid=16107</a>"</div>
<div id="catlinks" class="catlinks"><a href="/wiki/Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Lidos">Lidos in Levenshire</a></li></ul></div>
</div></div></body></html>`
}

// TestPruneWiki: on a page MediaWiki made, known by its generator tag
// or its body's class, the wiki's interface inside the content goes
// (the site notice, the tagline, the skip link, the "[edit]" links,
// the footnotes' back links, the print footer, the categories) and
// the text, its headings, its footnote markers and its references
// stay, at their place in the page; a page with the same ids and
// classes that MediaWiki did not make keeps them.
func TestPruneWiki(t *testing.T) {
	gone := []string{"Brackenford Wiki meet-up", "From Brackenford Wiki", "Jump to navigation", "[edit]", "edit]", "^ a b", "Retrieved from", "Lidos in Levenshire"}
	kept := []string{"History", "References", "The pool was commissioned by the Urban District Council in 1934", "tanneries.[1]",
		`"Brackenford Lido, Weir Lane". Levenshire Historic Environment Record. Retrieved 4 January 2024.`}
	for _, tt := range []struct {
		name, head, bodyClass string
		wiki                  bool
	}{
		{"generator", `<meta name="generator" content="MediaWiki 1.41.1">`, "skin-vector", true},
		{"body class", "", "mediawiki ltr sitedir-ltr ns-0 skin-vector", true},
		{"not a wiki", `<meta name="generator" content="WordPress 6.5">`, "home", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			page := wikiPage(tt.head, tt.bodyClass)
			res, err := Extract([]byte(page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !tt.wiki {
				if !strings.Contains(res.Body, "Brackenford Wiki meet-up") {
					t.Errorf("Extract(%s).Body lacks the notice of a page MediaWiki did not make:\n%s", tt.name, res.Body)
				}
				return
			}
			for _, s := range gone {
				if strings.Contains(res.Body, s) {
					t.Errorf("Extract(%s).Body holds %q; want it gone. Body:\n%s", tt.name, s, res.Body)
				}
			}
			for _, s := range kept {
				i := strings.Index(res.Body, s)
				if i < 0 {
					t.Errorf("Extract(%s).Body lacks %q. Body:\n%s", tt.name, s, res.Body)
					continue
				}
				if strings.ContainsAny(s, `[]"`) {
					continue // laid out from inline pieces the page splits
				}
				sp := res.BodyMap.SourceSpan(reprint.Span{Start: i, End: i + len(s)})
				if got := page[sp.Start:sp.End]; got != s {
					t.Errorf("Extract(%s): %q maps to %q", tt.name, s, got)
				}
			}
		})
	}
}
