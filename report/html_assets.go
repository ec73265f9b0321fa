package report

import (
	"html/template"
)

// htmlStyle is the page's whole style sheet: the page's own and the
// shared templates' (Style). Colours keep a contrast of at least 4.5:1 for text.
const htmlStyle = htmlPageStyle + Style

// htmlPageStyle styles the page around the pairs.
const htmlPageStyle = `
:root{--ink:#1a1a1a;--muted:#555;--line:#c8c8c8;--altered:#b3261e;--exact:#1b5e20}
*{box-sizing:border-box}
body{margin:0 auto;max-width:110rem;padding:1rem 1.5rem 3rem;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
h1{font-size:1.6rem;margin:.2rem 0 .6rem}h2{font-size:1.3rem;margin:2rem 0 .6rem;border-bottom:2px solid var(--line)}
h3{font-size:1.1rem;margin:1.4rem 0 .4rem}h4{font-size:1rem;margin:0 0 .4rem}
a{color:#0b57d0}a:focus-visible,[tabindex]:focus-visible{outline:3px solid #0b57d0;outline-offset:1px}
.muted{color:var(--muted)}.id{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em;overflow-wrap:anywhere}
table{border-collapse:collapse;margin:.5rem 0;font-size:.92rem}th,td{border:1px solid var(--line);padding:.2rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f2f2}td.num{text-align:right}
.pair{border-top:1px solid var(--line);margin-top:1.5rem}
.note{background:#fff7d6;border:1px solid #e0c36a;padding:.4rem .7rem;border-radius:4px}
`

// htmlScript is the page's script: the pairs' (PairScript).
const htmlScript = PairScript

// htmlTemplate is the page. Everything from the Scan goes through
// html/template's contextual escaping; the only pre-rendered HTML is the
// texts and diffs of MarkText and WordDiff, which escape their
// input themselves.
var htmlTemplate = template.Must(template.Must(template.New("page").Funcs(template.FuncMap{"plural": Plural}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{{.CSP}}">
<meta name="referrer" content="no-referrer">
<title>{{.Title}}</title>
<style>{{.Style}}</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
{{with .Stats}}<p>{{plural .Read "item" "items"}} read: {{plural .Articles "article" "articles"}} kept, {{.Rejected}} rejected. {{plural .RelatedPairs "pair of articles shares" "pairs of articles share"}} text, in {{plural .Stories "story" "stories"}}; {{plural .Candidates "likely pair was" "likely pairs were"}} compared passage by passage to find them.{{if or .CappedPairs .CappedBuckets .CappedPostings}} Some work was cut short for size: {{plural .CappedPairs "pair was" "pairs were"}} compared only in part, {{plural .CappedBuckets "group" "groups"}} of look-alike articles too large to compare and {{plural .CappedPostings "phrase" "phrases"}} too common to follow were left out.{{end}}</p>{{end}}
<p class="note">Showing {{len .Shown}} of {{.Pairs}} pairs side by side{{if .Table}}; {{len .Table}} more are listed in a table without their texts{{end}}{{if .Unlisted}}; {{.Unlisted}} more are only counted (the JSON report has them all){{end}}.</p>
{{if .Rejected}}<h2 id="rejected">Rejected inputs ({{len .Rejected}})</h2>
<table><thead><tr><th scope="col">input</th><th scope="col">reason</th><th scope="col">detail</th></tr></thead><tbody>
{{range .Rejected}}<tr><td class="id">{{.Input}}</td><td>{{.Reason}}</td><td>{{.Detail}}</td></tr>
{{end}}</tbody></table>{{end}}
</header>
<main>
<h2 id="stories">Stories ({{len .Stories}})</h2>
{{range .Stories}}<section class="story" id="story-{{.ID}}">
<h3>{{.Title}}</h3>
<p class="muted">Story {{.ID}} · {{plural .Articles "article" "articles"}} · {{plural .Pairs "pair" "pairs"}}{{if ne .Shown .Pairs}} ({{.Shown}} shown side by side){{end}}</p>
<ul class="tree">{{template "lineage" .Tree}}</ul>
</section>
{{else}}<p>No stories: no two articles share text.</p>
{{end}}
{{if .Shown}}<h2 id="pairs">Pairs side by side ({{len .Shown}} of {{.Pairs}})</h2>
{{range .Shown}}{{template "pair" .}}{{end}}{{end}}
{{if .Table}}<h2 id="more-pairs">More pairs, without texts ({{len .Table}})</h2>
<table><thead><tr><th scope="col">#</th><th scope="col">Story</th><th scope="col">Source (or earlier)</th><th scope="col">The other</th><th scope="col">Relation</th><th scope="col">Direction</th><th scope="col">Share taken</th><th scope="col">Passages</th><th scope="col">Credit</th><th scope="col">Flagged quotations</th></tr></thead><tbody>
{{range .Table}}<tr><td class="num">{{.N}}</td><td class="num">{{.Story}}</td>{{template "rowArticle" .Left}}{{template "rowArticle" .Right}}<td>{{.Relation}}</td><td>{{.Direction}}</td><td class="num">{{.Share}}</td><td class="num">{{.Passages}}</td><td>{{.Credit}}</td><td class="num">{{.Flagged}}</td></tr>
{{end}}</tbody></table>{{end}}
{{if .Unlisted}}<p>… and {{.Unlisted}} more pairs, not listed.</p>{{end}}
</main>
<script>{{.Script}}</script>
</body>
</html>
{{- define "rowArticle"}}<td{{with .File}} title="{{.}}"{{end}}>{{.Label}}{{with .Site}} <span class="muted">· {{.}}</span>{{end}}</td>{{end}}
{{- define "pair"}}<section class="pair" id="{{.Anchor}}" aria-labelledby="{{.Anchor}}-h">
<h3 id="{{.Anchor}}-h">{{.View.Names}}</h3>
<p class="muted">Pair {{.N}}{{if .Story}} · in <a href="#story-{{.Story}}">story {{.Story}}</a>{{end}}</p>
{{template "pairview" .View}}
</section>
{{end}}`)).Parse(LineageTemplate + PairTemplate))
