package report

import (
	"cmp"
	"fmt"
	"html/template"
	"strings"
	"time"
)

// A pair side by side
//
// The static report's pairs and the server's pair and check pages show a
// pair with one copy of the code: NewPairView lays the pair out as a
// PairView, PairTemplate draws it, Style styles it and PairScript
// links its passages across the panes. What differs between the pages is
// given as PairViewOptions (element ids, the name of the collection, links
// to article pages) or set on the view afterwards (PaneView.Tag).
//
// The view tells the pair as a reader asks about it: which came first and
// why, in plain words (Tell); whether the later one credits the earlier;
// which quotations changed, each with its word diff in view, not folded
// away; then the two texts, the source always on the left (SidesOf), with
// the shared passages highlighted over the text byte for byte (MarkText)
// and linked across the panes. The evidence signal by signal
// follows, folded, for whoever wants it.

// PairView is a pair as a page shows it. Every string is plain text for
// html/template to escape; Body and Diff are the only HTML, made by
// MarkText and WordDiff, which escape their input.
type PairView struct {
	// Prefix makes the view's element ids unique on its page.
	Prefix string
	// Relation is the relation in words ("partial copy", RelationName)
	// and RelClass its CSS class token.
	Relation, RelClass string
	Similarity         float64
	Verdict            Verdict
	// Left is the source (or the earlier), Right the other (SidesOf).
	Left, Right PaneView
	// Passages counts the shared passages, Verbatim and Rewrite those of
	// each kind.
	Passages, Verbatim, Rewrite int
	Credit                      *CreditView // nil when not checked
	// Changed are the derived article's flagged quotations (Flagged),
	// each with its word diff; Unchanged counts its other quotations.
	Changed   []QuoteView
	Unchanged int
	Signals   []SignalView
	Capped    string // why the alignment was bounded, or ""
}

// PaneView is one article of a pair, in its pane.
type PaneView struct {
	ID    string
	Label string // its title, else the start of its text, else its id
	// File is the id shown beside the label when PairViewOptions.ShowIDs
	// says so and the label is not the id.
	File string
	Href string // its page, or "" for none
	Site string
	Date string // of publication (DateText), or ""
	URL  string // its original, http or https only
	// Tag is a note beside the label ("checked, not archived"), set by
	// the page.
	Tag string
	// Role is source, derived, common (both take from a source not at
	// hand) or "" when the direction is unknown; RoleText says it in
	// words.
	Role, RoleText           string
	Share, Verbatim, Rewrite float64
	Body                     template.HTML
}

// ShareText tells the pane's share of shared text in words: "62% of this
// text is shared (60% word for word, 2% reworded)".
func (v PaneView) ShareText() string {
	return fmt.Sprintf("%s of this text is shared (%s word for word, %s reworded)", Pct(v.Share), Pct(v.Verbatim), Pct(v.Rewrite))
}

// CreditView is the credit check of the derived article.
type CreditView struct {
	Credited bool
	Evidence string // the credit line, cut to one line
	Reason   string
}

// QuoteView is one flagged quotation of the derived article.
type QuoteView struct {
	Status        string // its CSS class token
	Label         string // its status in words (QuoteLabel)
	Anchor        string // the element id of its mark in the derived pane
	Text          string
	Diff          template.HTML // source → derived, word by word
	Speaker       string
	SourceSpeaker string
	SpeakerChange bool
}

// SignalView is one direction signal in words: its name and what it
// reads (SignalName, SignalExplain), what it says, and for experts its
// own name (Key, as in the JSON report) and its figures (Detail).
type SignalView struct {
	Key, Name, Explain, Says, Detail string
}

// PairViewOptions say what differs between the pages that show a pair.
type PairViewOptions struct {
	// Prefix makes the element ids of the view unique on its page: the
	// passages are Prefix+"p<k>-l" and Prefix+"p<k>-r", the quotations
	// Prefix+"q<k>", the verdict Prefix+"verdict". It must be made by the
	// page, never from the input.
	Prefix string
	// Where names the collection an unseen source is missing from ("the
	// archive", "the files scanned"); "" means "the files scanned".
	Where string
	// Name names an article; nil means NameOf.
	Name func(id string) Named
	// Href links an article's label to its page; nil links none.
	Href func(id string) string
	// ShowIDs writes each article's id beside its label, where the id is
	// how a reader finds the file (the static report of a folder).
	ShowIDs bool
}

// maxQuoteRunes bounds a quotation or credit line repeated above the
// panes; the full text is in the pane.
const maxQuoteRunes = 300

// NewPairView lays out p. art finds an article of the model, which holds
// the texts; an article it does not find is shown by its id, without
// text.
func NewPairView(p *Pair, art func(string) *Article, opts PairViewOptions) *PairView {
	name := opts.Name
	if name == nil {
		name = func(id string) Named { return NameOf(id, art(id)) }
	}
	l, r := SidesOf(p, art)
	v := &PairView{Prefix: opts.Prefix, Relation: RelationName(p.Relation), RelClass: ClassToken(p.Relation),
		Similarity: p.Similarity, Capped: p.Capped, Passages: len(p.Passages)}
	v.Verdict = Tell(p, name(l), name(r), cmp.Or(opts.Where, "the files scanned"))
	side := func(id, pane, other string) PaneView {
		n := name(id)
		pv := PaneView{ID: id, Label: n.Label, Site: n.Site, Date: DateText(n.Published), Share: CoverageOf(p, id)}
		if opts.ShowIDs && n.Label != id {
			pv.File = id
		}
		if opts.Href != nil {
			pv.Href = opts.Href(id)
		}
		if id == p.B {
			pv.Verbatim, pv.Rewrite = p.Coverage.Verbatim.B, p.Coverage.Rewrite.B
		} else {
			pv.Verbatim, pv.Rewrite = p.Coverage.Verbatim.A, p.Coverage.Rewrite.A
		}
		switch {
		case p.Source != nil && *p.Source == id:
			pv.Role, pv.RoleText = "source", "source"
		case p.Source != nil:
			pv.Role, pv.RoleText = "derived", "derived"
		case p.Common:
			pv.Role, pv.RoleText = "common", "shares a source"
		default:
			pv.RoleText = "direction unknown"
		}
		text := ""
		marks := PairMarks(p, id == p.B && id != p.A, MarkIDs{
			Passage: opts.Prefix + "p%d-" + pane, Partner: opts.Prefix + "p%d-" + other, Quote: opts.Prefix + "q%d"})
		if a := art(id); a != nil {
			text, pv.URL = a.Text, SafeURL(a.URL)
			marks = append(marks, HeadlineMarks(a)...)
		}
		pv.Body = MarkText(text, marks)
		return pv
	}
	v.Left, v.Right = side(l, "l", "r"), side(r, "r", "l")
	for _, ps := range p.Passages {
		switch KindClass(ps.Kind) {
		case "verbatim":
			v.Verbatim++
		case "rewrite":
			v.Rewrite++
		}
	}
	derived := p.Derived()
	if c := p.Credit; c != nil {
		v.Credit = &CreditView{Credited: c.Status == "credited", Reason: c.Reason}
		if a := art(derived); a != nil && c.Evidence != nil {
			v.Credit.Evidence = Excerpt(a.Text, *c.Evidence, maxQuoteRunes)
		}
	}
	for k, q := range p.Quotes {
		if derived == "" || q.Article != "" && q.Article != derived {
			continue
		}
		if !Flagged(q) {
			v.Unchanged++
			continue
		}
		v.Changed = append(v.Changed, QuoteView{Status: ClassToken(q.Status), Label: QuoteLabel(q),
			Anchor: fmt.Sprintf("%sq%d", opts.Prefix, k+1), Text: Clip(q.Text, maxQuoteRunes), Diff: WordDiff(q.Diff),
			Speaker: cmp.Or(q.Speaker, "unknown"), SourceSpeaker: cmp.Or(q.SourceSpeaker, "unknown"), SpeakerChange: q.SpeakerChange})
	}
	for _, sg := range p.Direction {
		sv := SignalView{Key: sg.Signal, Name: SignalName(sg.Signal), Explain: SignalExplain(sg.Signal), Detail: sg.Detail}
		switch sg.Points {
		case "":
			sv.Says = "no verdict"
		case "common":
			sv.Says = "a common source"
		default:
			sv.Says = "source: " + Clip(name(sg.Points).Label, 80)
		}
		v.Signals = append(v.Signals, sv)
	}
	return v
}

// Names names the pair's two articles in a sentence, left (the source or
// the earlier) first: "“Storm closes harbour” (BBC) and “Harbour shut”
// (Daily Copy)", each label cut to 80 characters — a heading for a page
// about the pair.
func (v *PairView) Names() string {
	l := Named{Label: v.Left.Label, Site: v.Left.Site}
	r := Named{Label: v.Right.Label, Site: v.Right.Site}
	return l.name() + " and " + r.name()
}

// PassagesText counts the shared passages in words: "5 shared passages
// (2 word for word, 3 reworded)".
func (v *PairView) PassagesText() string {
	return fmt.Sprintf("%s (%d word for word, %d reworded)", Plural(v.Passages, "shared passage", "shared passages"), v.Verbatim, v.Rewrite)
}

// UnchangedText says how many other quotations are as in the source; ""
// for none.
func (v *PairView) UnchangedText() string {
	if v.Unchanged == 0 {
		return ""
	}
	return Plural(v.Unchanged, "other quotation is", "other quotations are") + " as in the source."
}

// RelationName is a relation as a reader reads it: "partial copy",
// "same story".
func RelationName(rel string) string { return strings.ReplaceAll(rel, "-", " ") }

// DateText is how pages write a date: "2 Jan 2006"; "" for none.
func DateText(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.UTC().Format("2 Jan 2006")
}

// PairTemplate defines the html/template templates "pairview", which
// draws a *PairView (the verdict and its reasons, the relation, the
// credit, the changed quotations with their word diffs, the two texts side
// by side, the evidence folded), and "pane", one PaneView. Its headings
// are h3, for a page that gives the pair an h1 or h2. It calls no template
// function, so any template set may parse it; Style and PairScript go
// with it.
const PairTemplate = `{{define "pairview"}}<div class="pairview">
<p class="verdict" id="{{.Prefix}}verdict"><strong>{{.Verdict.Headline}}</strong></p>
{{with .Verdict.Reasons}}<ul class="reasons">{{range .}}<li>{{.}}</li>{{end}}</ul>{{end}}
<p class="meta">Relation: <span class="chip rel-{{.RelClass}}">{{.Relation}}</span> · {{.PassagesText}}{{with .Capped}} · <span class="warn">alignment cut short: {{.}}</span>{{end}}</p>
{{with .Credit}}<p class="credit">Credit: {{if .Credited}}<span class="chip ok">credited</span>{{else}}<span class="chip warn">not credited</span>{{end}}{{with .Evidence}} “{{.}}”{{end}}{{with .Reason}} <span class="muted">{{.}}</span>{{end}}</p>{{end}}
{{if .Changed}}<h3>Quotations changed from the source</h3>
<ul class="quotes">{{range .Changed}}<li class="changed-quote status-{{.Status}}"><a class="to-quote" href="#{{.Anchor}}">{{.Label}}</a>: “{{.Text}}”
{{if .Diff}}<div class="diff">source → here: {{.Diff}}</div>{{end}}
{{if .SpeakerChange}}<div class="warn">speaker changed: {{.SourceSpeaker}} in the source, {{.Speaker}} here</div>{{end}}</li>{{end}}</ul>{{end}}
{{with .UnchangedText}}<p class="muted">{{.}}</p>{{end}}
{{if .Passages}}<p class="legend">Highlights:<span class="sw verbatim"></span>word for word<span class="sw rewrite"></span>reworded · click a passage to find it in the other text.</p>{{end}}
<div class="panes">
{{template "pane" .Left}}
{{template "pane" .Right}}
</div>
{{with .Signals}}<details class="evidence"><summary>The evidence, signal by signal</summary>
<table><thead><tr><th>What it reads</th><th>What it says</th><th>The figures</th></tr></thead><tbody>{{range .}}<tr class="signal" data-signal="{{.Key}}"><td><span class="signal-name" title="signal: {{.Key}}">{{.Name}}</span>{{with .Explain}}<div class="signal-explain">{{.}}</div>{{end}}</td><td>{{.Says}}</td><td class="muted">{{.Detail}}</td></tr>{{end}}</tbody></table></details>{{end}}
</div>{{end}}
{{- define "pane"}}<section class="pane{{with .Role}} {{.}}{{end}}" aria-label="{{.RoleText}}: {{.Label}}">
<header><span class="role{{with .Role}} {{.}}{{end}}">{{.RoleText}}</span>
<h3>{{if .Href}}<a href="{{.Href}}">{{.Label}}</a>{{else}}{{.Label}}{{end}}{{with .Tag}} <span class="chip">{{.}}</span>{{end}}</h3>
<div class="meta">{{with .File}}<span class="id">{{.}}</span> · {{end}}{{with .Site}}{{.}} · {{end}}{{with .Date}}{{.}} · {{end}}{{.ShareText}}{{with .URL}} · <a href="{{.}}" rel="noopener noreferrer">original</a>{{end}}</div>
</header>
<div class="pane-text" tabindex="0">{{.Body}}</div>
</section>{{end}}`

// Style styles the shared templates, LineageTemplate and PairTemplate:
// their chips and meters, the lineage tree and the pair view. A page's
// style sheet includes it; its colours keep a contrast of at least 4.5:1
// for text.
const Style = `
.chip{display:inline-block;padding:0 .45em;border-radius:3px;background:#f5f7f9;border:1px solid #d9dee3;font-size:.85em;margin-right:.25em;white-space:nowrap}
.chip.warn{color:#b3261e}.chip.ok{color:#1e7a3c}
.chip.rel-copy{background:#fff1c2}.chip.rel-partial-copy{background:#fff7dc}.chip.rel-rewrite{background:#dcefff}
meter{width:5em;height:.8em;vertical-align:middle}
ul.tree,ul.tree ul{list-style:none;margin:0;padding-left:1.4rem}ul.tree{padding-left:0}
ul.tree li{position:relative;padding-left:1rem;margin:.3rem 0}
ul.tree li::before{content:"";position:absolute;left:0;top:.85em;width:.7rem;border-top:1px solid #5c6670}
ul.tree>li{padding-left:0}ul.tree>li::before{display:none}
ul.tree ul{border-left:1px solid #5c6670;margin-left:.2rem}
.node{display:inline-block;padding:.2rem .5rem;border:1px solid #d9dee3;border-radius:5px;background:#fff;overflow-wrap:anywhere}
.node.unseen{font-style:italic;color:#5c6670;background:#f5f7f9}
.pairview{--pv-muted:#5c6670;--pv-line:#d9dee3;--pv-soft:#f5f7f9;--pv-verbatim:#ffe28a;--pv-rewrite:#bfe0ff;--pv-accent:#0b5cad;--pv-warn:#b3261e;--pv-ok:#1e7a3c}
.pairview .meta,.pairview .muted{color:var(--pv-muted)}.pairview .meta{font-size:.92em}.pairview .warn{color:var(--pv-warn)}
.pairview h3{font-size:1.05em;margin:1em 0 .3em}
.verdict{font-size:1.1em;margin:.3em 0}
ul.reasons{margin:.2em 0 .8em}
.panes{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1em;margin-top:.8em}
.pane{border:1px solid var(--pv-line);border-radius:6px;min-width:0}
.pane>header{padding:.5em .7em;background:var(--pv-soft);border-bottom:1px solid var(--pv-line)}
.pane>header .role{text-transform:uppercase;font-size:.75em;letter-spacing:.05em;font-weight:700;color:var(--pv-muted)}
.pane>header .role.source{color:var(--pv-ok)}.pane>header .role.derived{color:var(--pv-accent)}
.pane>header h3{margin:.1em 0;font-size:1.02em;overflow-wrap:anywhere}
.pane .id{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em;overflow-wrap:anywhere}
.pane-text{white-space:pre-wrap;overflow-wrap:anywhere;padding:.7em .9em;max-height:75vh;overflow:auto;font-family:Georgia,"Times New Roman",serif;font-size:15.5px;line-height:1.55}
mark.passage{cursor:pointer;color:inherit;border-radius:2px}
mark.passage.verbatim{background:var(--pv-verbatim)}mark.passage.rewrite{background:var(--pv-rewrite)}mark.passage.other{background:#e6e6e6}
mark.passage.active{outline:2px solid var(--pv-warn);background:#ffb3a7}
mark.passage:focus{outline:2px solid var(--pv-accent)}
.pane-text .headline{font:700 1.12em/1.35 system-ui,sans-serif}
.pane-text .quote{text-decoration:underline dotted var(--pv-muted);text-underline-offset:3px}
.pane-text .quote.flagged{text-decoration:underline wavy var(--pv-warn)}
.pane-text .quote.flagged.quote-end::after{content:" ⚑ " attr(data-status);font:600 11px/1 system-ui,sans-serif;color:#fff;background:var(--pv-warn);border-radius:3px;padding:1px 4px;margin-left:2px;white-space:nowrap}
.pane-text .quote:target,.pane-text .quote:focus{background:#ffd7d2;outline:none}
.credit-evidence{box-shadow:inset 0 -2px 0 var(--pv-ok)}
.pairview .legend{font-size:.85em;color:var(--pv-muted)}
.pairview .legend .sw{display:inline-block;width:1em;height:.8em;vertical-align:middle;margin:0 .2em 0 .6em;border-radius:2px}
.pairview .legend .sw.verbatim{background:var(--pv-verbatim)}.pairview .legend .sw.rewrite{background:var(--pv-rewrite)}
.pairview ul.quotes{padding-left:1.1em}.pairview ul.quotes li{margin:.35em 0}
.diff del{color:var(--pv-warn);background:#fdecea}.diff ins{color:var(--pv-ok);background:#e5f5ea;text-decoration:underline}
details.evidence summary{cursor:pointer;color:var(--pv-muted)}
details.evidence table{border-collapse:collapse;width:100%;font-size:.93em}
details.evidence .signal-name{font-weight:600}details.evidence .signal-explain{color:var(--pv-muted);font-size:.92em}
details.evidence th,details.evidence td{text-align:left;padding:.3em .5em;border:0;border-bottom:1px solid var(--pv-line);vertical-align:top}
@media (max-width:900px){.panes{grid-template-columns:minmax(0,1fr)}}
@media print{.pane-text{max-height:none;overflow:visible}}
`

// PairScript links the passages of PairTemplate across the panes:
// clicking, focusing or pressing Enter on a passage highlights every
// segment of it and of its partner (class "active") and scrolls the
// partner's pane, not the page, to it; a changed quotation's link scrolls
// the derived pane to the quotation. A page's script includes it.
const PairScript = `
(function () {
  "use strict";
  function mark(pid, on) {
    if (!pid) { return; }
    document.querySelectorAll('mark.passage[data-pid="' + pid + '"]').forEach(function (m) {
      m.classList.toggle("active", on);
    });
  }
  function scrollInto(el) {
    var pane = el.closest(".pane-text");
    if (!pane) { return; }
    var top = el.getBoundingClientRect().top - pane.getBoundingClientRect().top;
    pane.scrollTop += top - pane.clientHeight / 3;
  }
  function activate(m) {
    document.querySelectorAll("mark.passage.active").forEach(function (a) { a.classList.remove("active"); });
    var partner = m.getAttribute("data-partner");
    mark(m.getAttribute("data-pid"), true);
    mark(partner, true);
    var target = partner ? document.getElementById(partner) : null;
    if (target) { scrollInto(target); }
  }
  document.addEventListener("click", function (e) {
    if (!e.target.closest) { return; }
    var m = e.target.closest("mark.passage");
    if (m) { activate(m); }
    var a = e.target.closest("a.to-quote");
    if (a) {
      var q = document.getElementById(a.getAttribute("href").slice(1));
      if (q) { e.preventDefault(); scrollInto(q); q.focus({preventScroll: true}); }
    }
  });
  document.addEventListener("keydown", function (e) {
    if ((e.key === "Enter" || e.key === " ") && e.target.matches && e.target.matches("mark.passage")) {
      e.preventDefault();
      activate(e.target);
    }
  });
})();
`
