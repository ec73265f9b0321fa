package report

import (
	"html/template"
)

// htmlStyle is the page's whole style sheet. Colours keep a contrast of
// at least 4.5:1 for text: marks are light backgrounds under near-black
// text, badges white text on dark fills.
const htmlStyle = `
:root{--ink:#1a1a1a;--muted:#555;--line:#c8c8c8;--verb:#ffe08a;--verb-on:#ffb300;--rew:#bfe3ff;--rew-on:#64b5f6;
--altered:#b3261e;--merged:#8a4500;--unquoted:#6a1b9a;--unattested:#4d4d4d;--fragment:#00695c;--exact:#1b5e20}
*{box-sizing:border-box}
body{margin:0 auto;max-width:110rem;padding:1rem 1.5rem 3rem;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
h1{font-size:1.6rem;margin:.2rem 0 .6rem}h2{font-size:1.3rem;margin:2rem 0 .6rem;border-bottom:2px solid var(--line)}
h3{font-size:1.1rem;margin:1.4rem 0 .4rem}h4{font-size:1rem;margin:0 0 .4rem}
a{color:#0b57d0}a:focus-visible,[tabindex]:focus-visible{outline:3px solid #0b57d0;outline-offset:1px}
.muted{color:var(--muted)}.id{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em;overflow-wrap:anywhere}
table{border-collapse:collapse;margin:.5rem 0;font-size:.92rem}th,td{border:1px solid var(--line);padding:.2rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f2f2}td.num{text-align:right}
.legend span{margin-right:1rem}
ul.tree,ul.tree ul{list-style:none;margin:0;padding-left:1.4rem}ul.tree{padding-left:0}
ul.tree li{position:relative;padding-left:1rem;margin:.2rem 0}
ul.tree li::before{content:"";position:absolute;left:0;top:.75em;width:.7rem;border-top:1px solid var(--muted)}
ul.tree>li{padding-left:0}ul.tree>li::before{display:none}
ul.tree ul{border-left:1px solid var(--muted);margin-left:.2rem}
.node{display:inline-block;padding:.15rem .45rem;border:1px solid var(--line);border-radius:5px;background:#fff;overflow-wrap:anywhere}
.node.unseen{font-style:italic;color:var(--muted);background:#f5f5f5}
.chip{display:inline-block;padding:0 .45em;border-radius:3px;background:#f5f5f5;border:1px solid var(--line);font-size:.85em;margin-right:.25em;white-space:nowrap}
.chip.warn{color:var(--altered)}.chip.ok{color:var(--exact)}
.chip.rel-copy{background:#fff1c2}.chip.rel-partial-copy{background:#fff7dc}.chip.rel-rewrite{background:#dcefff}
meter{width:5em;height:.8em;vertical-align:middle}
.pair{border-top:1px solid var(--line);margin-top:1.5rem}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.4rem 0}.facts dt{font-weight:600}.facts dd{margin:0}
.facts ul{margin:0;padding-left:1.2rem}
.panes{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1rem;margin-top:.6rem}
.pane{border:1px solid var(--line);border-radius:4px;padding:.6rem .9rem;max-height:75vh;overflow:auto;background:#fcfcfc}
.pane-head{position:sticky;top:-.6rem;background:#fcfcfc;padding:.2rem 0;border-bottom:1px solid var(--line);margin-bottom:.4rem}
.role{display:inline-block;font-size:.75rem;padding:0 .4rem;border-radius:3px;background:#333;color:#fff;vertical-align:middle}
.text p{margin:0 0 .7em}
mark{color:var(--ink);border-radius:2px;padding:0 1px}mark.passage{cursor:pointer}
mark.verbatim{background:var(--verb)}mark.rewrite{background:var(--rew)}mark.other{background:#e0e0e0}
mark.verbatim.active{background:var(--verb-on);outline:2px solid var(--ink)}mark.rewrite.active{background:var(--rew-on);outline:2px solid var(--ink)}
mark.other.active{background:#bdbdbd;outline:2px solid var(--ink)}
.credit-evidence{border:2px dashed var(--exact);border-radius:3px}
.quote-flag{border-bottom:3px solid var(--unattested)}
.quote-flag.status-altered{border-bottom-color:var(--altered)}.quote-flag.status-merged{border-bottom-color:var(--merged)}
.quote-flag.status-unquoted-in-source{border-bottom-color:var(--unquoted)}.quote-flag.status-fragment{border-bottom-color:var(--fragment)}
.quote-flag.status-exact{border-bottom-color:var(--exact);border-bottom-style:dotted}
.status-term{border-bottom-color:var(--fragment);border-bottom-style:dashed}
.quote-flag.speaker-changed{border-bottom-style:double}
.quote-badge{display:inline-block;margin-left:.2rem;padding:0 .35rem;border-radius:.6rem;font-size:.72rem;line-height:1.3;font-weight:600;color:#fff;background:var(--unattested);vertical-align:.15em;user-select:none;cursor:help}
.status-altered.quote-badge{background:var(--altered)}.status-merged.quote-badge{background:var(--merged)}
.status-unquoted-in-source.quote-badge{background:var(--unquoted)}.status-fragment.quote-badge{background:var(--fragment)}
.status-exact.quote-badge{background:var(--exact)}
.quote-pop{display:none;position:fixed;z-index:2;width:max-content;max-width:24rem;padding:.4rem .6rem;border:1px solid var(--ink);border-radius:4px;background:#fff;color:var(--ink);font-size:.85rem;font-weight:400;box-shadow:0 2px 6px rgba(0,0,0,.25)}
.quote-note:hover .quote-pop,.quote-badge:focus+.quote-pop{display:block}
del{color:var(--altered);text-decoration:line-through}ins{color:var(--exact);text-decoration:underline;font-weight:600}
.quotes li{margin:.2rem 0}
.note{background:#fff7d6;border:1px solid #e0c36a;padding:.4rem .7rem;border-radius:4px}
@media (max-width:40rem){.panes{grid-template-columns:minmax(0,1fr)}}
@media print{.pane{max-height:none;overflow:visible}.quote-pop{display:none!important}}
`

// htmlScript links each passage's two sides: hovering, clicking or
// focusing a mark highlights every segment of it and of its partner
// (class "active") and scrolls the partner's pane, not the page, to it.
// It also places a quotation's tooltip next to its badge, inside the
// window: the tooltip is position:fixed so that the pane's scrolling box
// does not clip it.
const htmlScript = `
(function () {
  "use strict";
  var active = [], current = null;
  function byPid(pid) {
    return pid ? Array.prototype.slice.call(document.querySelectorAll('mark.passage[data-pid="' + pid + '"]')) : [];
  }
  function reveal(el) {
    var pane = el.closest(".pane");
    if (!pane) { return; }
    var top = el.getBoundingClientRect().top - pane.getBoundingClientRect().top;
    pane.scrollTop += top - pane.clientHeight / 3;
  }
  function activate(m, force) {
    var pid = m.getAttribute("data-pid");
    if (pid === current && !force) { return; }
    active.forEach(function (x) { x.classList.remove("active"); });
    current = pid;
    var partner = byPid(m.getAttribute("data-partner"));
    active = byPid(pid).concat(partner);
    active.forEach(function (x) { x.classList.add("active"); });
    if (partner.length) { reveal(partner[0]); }
  }
  function place(badge) {
    var pop = badge.nextElementSibling;
    if (!pop || !pop.classList.contains("quote-pop")) { return; }
    var r = badge.getBoundingClientRect(), w = Math.min(384, window.innerWidth - 16);
    pop.style.left = Math.max(8, Math.min(r.left, window.innerWidth - w - 8)) + "px";
    var h = pop.offsetHeight || 80, top = r.bottom + 4;
    if (top + h > window.innerHeight && r.top - 4 - h >= 0) { top = r.top - 4 - h; }
    pop.style.top = top + "px";
  }
  function badgeOf(e) {
    var n = e.target && e.target.closest ? e.target.closest(".quote-note") : null;
    return n ? n.querySelector(".quote-badge") : null;
  }
  function markOf(e) {
    return e.target && e.target.closest ? e.target.closest("mark.passage") : null;
  }
  document.addEventListener("click", function (e) { var m = markOf(e); if (m) { activate(m, true); } });
  document.addEventListener("mouseover", function (e) {
    var m = markOf(e), b = badgeOf(e);
    if (m) { activate(m, false); }
    if (b) { place(b); }
  });
  document.addEventListener("focusin", function (e) {
    var m = markOf(e), b = badgeOf(e);
    if (m) { activate(m, true); }
    if (b) { place(b); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Enter" && e.key !== " ") { return; }
    var m = markOf(e);
    if (m) { e.preventDefault(); activate(m, true); }
  });
})();
`

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
{{with .Stats}}<p>{{.Read}} items read: {{.Articles}} articles kept, {{.Rejected}} rejected · {{.Candidates}} candidate pairs aligned · {{.RelatedPairs}} related pairs in {{plural .Stories "story" "stories"}}.{{if or .CappedPairs .CappedBuckets .CappedPostings}} Bounds hit: {{.CappedPairs}} pairs aligned in part, {{.CappedBuckets}} LSH buckets and {{.CappedPostings}} postings skipped for size.{{end}}</p>{{end}}
<p class="note">Showing {{len .Shown}} of {{.Pairs}} pairs side by side{{if .Table}}; {{len .Table}} more are listed in a table without their texts{{end}}{{if .Unlisted}}; {{.Unlisted}} more are only counted (the JSON report has them all){{end}}.</p>
<p class="legend"><span><mark class="verbatim">verbatim passage</mark></span><span><mark class="rewrite">rewritten passage</mark></span><span><span class="quote-flag status-altered">quotation</span><span class="quote-badge status-altered">altered</span> checked against the source</span><span><span class="credit-evidence">credit line</span></span></p>
<p class="muted">Click, hover or tab to a highlighted passage to highlight its counterpart in the other text.</p>
{{if .Rejected}}<h2 id="rejected">Rejected inputs ({{len .Rejected}})</h2>
<table><thead><tr><th scope="col">input</th><th scope="col">reason</th><th scope="col">detail</th></tr></thead><tbody>
{{range .Rejected}}<tr><td class="id">{{.Input}}</td><td>{{.Reason}}</td><td>{{.Detail}}</td></tr>
{{end}}</tbody></table>{{end}}
</header>
<main>
<h2 id="stories">Stories ({{len .Stories}})</h2>
{{range .Stories}}<section class="story" id="story-{{.ID}}">
<h3>Story {{.ID}} · {{plural .Articles "article" "articles"}} · {{plural .Pairs "pair" "pairs"}}{{if ne .Shown .Pairs}} ({{.Shown}} shown side by side){{end}}</h3>
<ul class="tree">{{template "lineage" .Tree}}</ul>
</section>
{{else}}<p>No stories: no two articles share text.</p>
{{end}}
{{if .Shown}}<h2 id="pairs">Pairs side by side ({{len .Shown}} of {{.Pairs}})</h2>
{{range .Shown}}{{template "pair" .}}{{end}}{{end}}
{{if .Table}}<h2 id="more-pairs">More pairs, without texts ({{len .Table}})</h2>
<table><thead><tr><th scope="col">#</th><th scope="col">story</th><th scope="col">A</th><th scope="col">B</th><th scope="col">relation</th><th scope="col">source</th><th scope="col">coverage A</th><th scope="col">coverage B</th><th scope="col">passages</th><th scope="col">credit</th><th scope="col">quotes flagged</th></tr></thead><tbody>
{{range .Table}}<tr><td class="num">{{.N}}</td><td class="num">{{.Story}}</td><td class="id">{{.A}}</td><td class="id">{{.B}}</td><td>{{.Relation}}</td><td class="id">{{.Source}}</td><td class="num">{{.CoverageA}}</td><td class="num">{{.CoverageB}}</td><td class="num">{{.Passages}}</td><td>{{.Credit}}</td><td class="num">{{.Flagged}}</td></tr>
{{end}}</tbody></table>{{end}}
{{if .Unlisted}}<p>… and {{.Unlisted}} more pairs, not listed.</p>{{end}}
</main>
<script>{{.Script}}</script>
</body>
</html>
{{- define "side"}}<div class="pane" role="region" tabindex="0" aria-label="{{.Label}}: {{.ID}}">
<div class="pane-head"><h4>{{.Label}} · <span class="id">{{.ID}}</span>{{with .Role}} <span class="role">{{.}}</span>{{end}}</h4>
{{if .Missing}}<p class="muted">This article is not in the scan.</p>{{end}}{{with .Title}}<div>{{if $.URL}}<a href="{{$.URL}}" rel="noopener noreferrer">{{.}}</a>{{else}}{{.}}{{end}}</div>{{else}}{{with .URL}}<div><a href="{{.}}" rel="noopener noreferrer">{{.}}</a></div>{{end}}{{end}}
{{if or .Site .Date}}<div class="muted">{{.Site}}{{if and .Site .Date}} · {{end}}{{.Date}}</div>{{end}}
<div class="muted">reused: {{.Coverage}}</div></div>
<div class="text">{{.Body}}</div>
</div>
{{end}}
{{- define "pair"}}<section class="pair" id="{{.Anchor}}" aria-labelledby="{{.Anchor}}-h">
<h3 id="{{.Anchor}}-h">Pair {{.N}}{{if .Story}} · story {{.Story}}{{end}}: {{range $i, $p := .Panes}}{{if $i}} ↔ {{end}}<span class="id">{{$p.ID}}</span>{{end}}</h3>
<dl class="facts">
<dt>verdict</dt><dd>{{.Verdict.Headline}}{{with .Verdict.Reasons}}<br><span class="muted">{{range $i, $r := .}}{{if $i}} · {{end}}{{$r}}{{end}}</span>{{end}}</dd>
<dt>relation</dt><dd>{{.Relation}} · similarity {{.Similarity}} · {{.Verbatim}} verbatim and {{.Rewrite}} rewritten passages{{with .Capped}} · alignment bounded: {{.}}{{end}}</dd>
<dt>source</dt><dd>{{.Source}}</dd>
<dt>coverage</dt><dd>A {{.A.Coverage}} · B {{.B.Coverage}}</dd>
<dt>credit</dt><dd>{{with .Credit}}{{.Status}}{{with .Name}} “{{.}}”{{end}}{{with .Form}} ({{.}}){{end}}{{with .Article}} in <span class="id">{{.}}</span>{{end}}{{with .Evidence}}: <q>{{.}}</q>{{end}}{{with .Publisher}} · source publisher {{.}}{{end}}{{with .Reason}} · {{.}}{{end}}{{else}}not checked (no derived article){{end}}</dd>
<dt>direction</dt><dd>{{if .Direction}}<ul>{{range .Direction}}<li>{{.Signal}}: {{.Points}}{{with .Detail}} ({{.}}){{end}}</li>{{end}}</ul>{{else}}no evidence{{end}}</dd>
<dt>quotations</dt><dd>{{if .Quotes}}<details><summary>{{len .Quotes}} checked: {{.QuoteSum}}</summary><ol class="quotes">{{range .Quotes}}<li><span class="quote-badge status-{{.Class}}">{{.Status}}</span> <q>{{.Text}}</q>{{with .Speaker}} — {{.}}{{end}}{{if .SpeakerChange}} <strong>speaker changed</strong> (source: {{or .SourceSpeaker "unknown"}}){{end}}{{with .Diff}}<br>source → derived: {{.}}{{end}}</li>{{end}}</ol></details>{{else}}none checked{{end}}</dd>
</dl>
<div class="panes">
{{range .Panes}}{{template "side" .}}{{end}}</div>
</section>
{{end}}`)).Parse(LineageTemplate))
