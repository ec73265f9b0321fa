package server

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"errors"
	"fmt"
	"html/template"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/report"
)

//go:embed assets/pages.html assets/app.css assets/app.js
var assets embed.FS

// webApp renders the pages. Its style and script are inline, the same on
// every page, and the Content-Security-Policy lets exactly them run, by
// their SHA-256 computed here from the embedded files: nothing else runs
// or loads (no CDN, no fetch, no image), so an escaping bug could not load
// or run anything either.
type webApp struct {
	s      *Server
	tmpl   *template.Template
	style  template.CSS
	script template.JS
	csp    string
}

func newWebApp(s *Server) (*webApp, error) {
	css, js, err := pageAssets()
	if err != nil {
		return nil, err
	}
	t, err := template.New("pages").Funcs(funcs).ParseFS(assets, "assets/pages.html")
	if err == nil {
		t, err = t.Parse(report.LineageTemplate + report.PairTemplate) // shared with the static report
	}
	if err != nil {
		return nil, fmt.Errorf("server: parsing the page templates: %w", err)
	}
	w := &webApp{s: s, tmpl: t, style: template.CSS(css), script: template.JS(js)}
	w.csp = fmt.Sprintf("default-src 'none'; style-src '%s'; script-src '%s'; img-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
		hashOf(css), hashOf(js))
	return w, nil
}

// pageAssets returns the pages' style sheet and script: the app's files,
// followed by those of the templates the static report shares
// (report.Style, report.PairScript).
func pageAssets() (css, js []byte, err error) {
	if css, err = assets.ReadFile("assets/app.css"); err != nil {
		return nil, nil, fmt.Errorf("server: %w", err)
	}
	if js, err = assets.ReadFile("assets/app.js"); err != nil {
		return nil, nil, fmt.Errorf("server: %w", err)
	}
	return append(css, report.Style...), append(js, report.PairScript...), nil
}

func hashOf(b []byte) string {
	h := sha256.Sum256(b)
	return "sha256-" + base64.StdEncoding.EncodeToString(h[:])
}

var funcs = template.FuncMap{
	"pct": report.Pct,
	"pctOf": func(s string) string {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return s
		}
		return report.Pct(f)
	},
	"storyURL":   storyURL,
	"articleURL": articleURL,
	"pairURL":    func(a, b string) string { return pairPath("/pairs/", a, b) },
	"date":       dateOf,
	"safeURL":    report.SafeURL,
	"quoteLabel": report.QuoteLabel,
	"add":        func(a, b int) int { return a + b },
	"neg":        func(a int) int { return -a },
	"plural":     report.Plural,
	"has":        func(list []string, s string) bool { return slices.Contains(list, s) },
	// words writes a relation or a credit status as a reader reads it:
	// "partial copy", "not credited".
	"words":    report.RelationName,
	"sortName": func(s string) string { return cmp.Or(sortNames[s], s) },
}

// sortNames are the story list's orders (sorts) as the home page's menu
// says them.
var sortNames = map[string]string{
	"size":     "largest first",
	"coverage": "most text taken",
	"flagged":  "most flagged quotations",
	"newest":   "newest first",
	"oldest":   "oldest first",
}

func articleURL(id string) string { return "/articles/" + url.PathEscape(id) }

// dateOf is how the pages write a date: "2 Jan 2006"; "" for none.
func dateOf(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.UTC().Format("2 Jan 2006")
}

// storyURL links story id by one of its articles too: story numbers
// change as the archive grows, and the story page follows the article
// to the story that holds it now.
func storyURL(id int, article string) string {
	return "/stories/" + strconv.Itoa(id) + "?article=" + url.QueryEscape(article)
}

// page is what every page template is given.
type page struct {
	Title  string
	Nav    string // the section of the site: stories, check
	Style  template.CSS
	Script template.JS
	// Stale says the stories shown predate the archive's last change.
	Stale bool
	Data  any
}

// pageHandler adapts a page handler: an error is answered as an error page.
func (s *Server) pageHandler(h func(http.ResponseWriter, *http.Request) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			e := asError(err)
			if e.Code == EInternal {
				s.log.ErrorContext(r.Context(), "page failed", slog.String("path", r.URL.Path), slog.Any("err", err))
			}
			if e.RetryAfter > 0 {
				w.Header().Set("Retry-After", strconv.Itoa(e.RetryAfter))
			}
			s.web.render(w, r, e.Status(), "error", page{Title: http.StatusText(e.Status()), Data: e})
		}
	})
}

// render executes the page template name into a buffer, then answers it
// with status and the page's security headers; a template failure is a
// plain 500, never half a page.
func (wa *webApp) render(w http.ResponseWriter, r *http.Request, status int, name string, p page) {
	p.Style, p.Script = wa.style, wa.script
	var buf bytes.Buffer
	if err := wa.tmpl.ExecuteTemplate(&buf, name, p); err != nil {
		wa.s.log.ErrorContext(r.Context(), "rendering a page", slog.String("page", name), slog.Any("err", err))
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", wa.csp)
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// homeData is the home page: the filtered story list.
type homeData struct {
	F         storyFilter
	Page      storyPage
	Err       *Error
	Relations []string
	Credits   []string
	Sorts     []string
	Shares    []string
	Share     string // the min_coverage option selected
	From, To  string
	Prev      string // URLs of the pages around, "" at an end
	Next      string
	Singles   string // URL of the list with one-article stories too
	Articles  int    // in the archive
	Pairs     int
	// MaxMembers is how many of a story's articles the list names; the
	// rest are counted, and the story page has them all.
	MaxMembers int
}

// homeMembers is homeData.MaxMembers: two short columns, so that a large
// story does not push the others off the screen.
const homeMembers = 8

// home serves GET /: stories largest first, filtered.
func (wa *webApp) home(w http.ResponseWriter, r *http.Request) error {
	d := homeData{Relations: relations, Credits: creditViews, Sorts: sorts, Shares: []string{"0.25", "0.5", "0.8", "0.95"}, MaxMembers: homeMembers}
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		d.Err = asError(err)
		f, _ = parseFilter(nil)
	}
	d.F = f
	if f.MinShare > 0 {
		d.Share = strconv.FormatFloat(f.MinShare, 'f', -1, 64)
	}
	if !f.From.IsZero() {
		d.From = f.From.Format(time.DateOnly)
	}
	if !f.To.IsZero() {
		d.To = f.To.Format(time.DateOnly)
	}
	x, stale, err := wa.s.stories(w, r)
	if err != nil {
		return err
	}
	d.Articles, d.Pairs = len(x.scan.Articles), len(x.scan.Pairs)
	d.Page = x.list(f)
	link := func(offset int) string {
		q := f.query()
		if offset > 0 {
			q.Set("offset", strconv.Itoa(offset))
		}
		if f.Limit != defaultStoryLimit {
			q.Set("limit", strconv.Itoa(f.Limit))
		}
		return "/?" + q.Encode()
	}
	if f.Offset > 0 {
		d.Prev = link(max(f.Offset-f.Limit, 0))
	}
	if f.Offset+f.Limit < d.Page.Total {
		d.Next = link(f.Offset + f.Limit)
	}
	if d.Page.Hidden > 0 {
		g := f
		g.MinArticles = 1
		d.Singles = "/?" + g.query().Encode()
	}
	status := http.StatusOK
	if d.Err != nil {
		status = d.Err.Status()
	}
	wa.render(w, r, status, "home", page{Title: "Stories", Nav: "stories", Stale: stale, Data: d})
	return nil
}

type storyData struct {
	Sum  *storySummary
	Tree []*report.LineageNode
	Rows []pairRow
}

// pairRow is one pair in a story's table.
type pairRow struct {
	Left, Right ArticleRef
	Relation    string
	Direction   string // in words: "the other took from the source", …
	Share       float64
	Credit      string
	Flagged     int
	URL         string
}

// story serves GET /stories/{id}: the lineage as a tree.
func (wa *webApp) story(w http.ResponseWriter, r *http.Request) error {
	id, err := storyID(r)
	if err != nil {
		return err
	}
	x, stale, err := wa.s.stories(w, r)
	if err != nil {
		return err
	}
	st, sm := x.story(id)
	if a := r.URL.Query().Get("article"); a != "" {
		if i, ok := x.storyOf(a); ok && (st == nil || !slices.Contains(st.Articles, a)) {
			st, sm = &x.scan.Stories[i], x.stories[i]
		}
	}
	if st == nil {
		return errorf(ENotFound, "there is no story %d (the stories are numbered anew as the archive grows)", id)
	}
	d := storyData{Sum: sm, Tree: x.tree(st)}
	for _, k := range sm.pairs {
		p := &x.scan.Pairs[k]
		l, rt := report.SidesOf(p, x.articleOf)
		row := pairRow{Left: x.ref(l), Right: x.ref(rt), Relation: p.Relation, Share: share(p), URL: pairPath("/pairs/", l, rt)}
		switch {
		case p.Source != nil:
			row.Direction = "the other took from the source"
		case p.Common:
			row.Direction = "both from a source not in the archive"
		default:
			row.Direction = "unclear"
		}
		if p.Credit != nil {
			row.Credit = p.Credit.Status
		}
		for _, q := range p.Quotes {
			if report.Flagged(q) {
				row.Flagged++
			}
		}
		d.Rows = append(d.Rows, row)
	}
	slices.SortStableFunc(d.Rows, func(a, b pairRow) int { return cmp.Compare(b.Share, a.Share) })
	wa.render(w, r, http.StatusOK, "story", page{Title: sm.Title, Nav: "stories", Stale: stale, Data: d})
	return nil
}

// tree builds a story's lineage (report.LineageTree) as the story page
// draws it (report.LineageTemplate).
func (x *snapshot) tree(st *report.Story) []*report.LineageNode {
	var conv func(t *report.TreeNode) *report.LineageNode
	conv = func(t *report.TreeNode) *report.LineageNode {
		n := &report.LineageNode{Unseen: true, Label: "a source not in the archive"}
		if !t.Unseen {
			n = x.node(t.ID, t.Parent)
			n.Note = t.Note
		}
		for _, c := range t.Children {
			n.Children = append(n.Children, conv(c))
		}
		return n
	}
	var out []*report.LineageNode
	for _, t := range report.LineageTree(st) {
		out = append(out, conv(t))
	}
	return out
}

// node describes article id as derived from parent ("" for a root,
// report.Unseen for a child of the unseen common source).
func (x *snapshot) node(id, parent string) *report.LineageNode {
	ref := x.ref(id)
	n := &report.LineageNode{Label: ref.Label(), Href: articleURL(id), Site: ref.Site, Date: dateOf(ref.Published)}
	switch parent {
	case "":
		return n
	case report.Unseen:
		n.Relation = "shares a source not in the archive"
		return n
	}
	p := x.pairOf(id, parent)
	if p == nil {
		n.Relation = "derived (no pair with its parent)"
		return n
	}
	n.HasPair, n.Relation, n.RelClass = true, report.RelationName(p.Relation), report.ClassToken(p.Relation)
	n.Share = report.CoverageOf(p, id)
	n.PairHref, n.PairText = pairPath("/pairs/", parent, id), "compare"
	if p.Credit != nil && (p.Credit.Article == id || p.Credit.Article == "") {
		n.Credit = p.Credit.Status
	}
	n.Quotes, _ = report.FlaggedSummary(p.Quotes, id)
	return n
}

// pairView is a pair as the pair and check pages show it: the shared
// view (report.PairTemplate), and what the page adds around it.
type pairView struct {
	View *report.PairView
	// Story is the story of the pair, 0 when none, and StoryTitle its
	// title.
	Story      int
	StoryTitle string
	// Other is the archived side of a pair of the article being checked,
	// and Same says its text is the checked text (a copy, whole both
	// ways).
	Other *ArticleRef
	Same  bool
}

// named is an article as report.Tell names it.
func named(r ArticleRef) report.Named {
	return report.Named{ID: r.ID, Label: r.Label(), Site: r.Site, Published: r.Published}
}

// sameShare is the share of both texts of a copy above which a checked
// article is said to be archived already.
const sameShare = 0.98

// newPairView lays out p. art finds an article of the model, which holds
// the texts; prefix makes its element ids unique on the page; checked is
// the id of an article being checked, not archived, or "".
func newPairView(p *report.Pair, art func(string) *report.Article, prefix, checked string) *pairView {
	ref := func(id string) ArticleRef {
		if a := art(id); a != nil {
			return refOf(a)
		}
		return ArticleRef{ID: id}
	}
	v := &pairView{View: report.NewPairView(p, art, report.PairViewOptions{
		Prefix: prefix,
		Where:  "the archive",
		Name:   func(id string) report.Named { return named(ref(id)) },
		Href: func(id string) string {
			if id == checked {
				return "" // not archived: no page
			}
			return articleURL(id)
		},
	})}
	if checked == "" {
		return v
	}
	for _, pane := range []*report.PaneView{&v.View.Left, &v.View.Right} {
		if pane.ID == checked {
			pane.Tag = "checked, not archived"
		} else {
			o := ref(pane.ID)
			v.Other = &o
		}
	}
	v.Same = p.Relation == "copy" && min(p.Coverage.A, p.Coverage.B) >= sameShare
	return v
}

// pair serves GET /pairs/{a}/{b}: the two texts side by side.
func (wa *webApp) pair(w http.ResponseWriter, r *http.Request) error {
	x, stale, err := wa.s.stories(w, r)
	if err != nil {
		return err
	}
	a, b := r.PathValue("a"), r.PathValue("b")
	p := x.pairOf(a, b)
	if p == nil {
		return errorf(ENotFound, "no related pair of %s and %s", clip(a, 200), clip(b, 200))
	}
	arts, err := x.withTexts(r.Context(), p.A, p.B)
	if err != nil {
		return err
	}
	v := newPairView(p, func(id string) *report.Article { return arts[id] }, "", "")
	if i, ok := x.storyOf(p.A); ok {
		v.Story, v.StoryTitle = x.scan.Stories[i].ID, x.stories[i].Title
	}
	wa.render(w, r, http.StatusOK, "pair", page{Title: v.View.Left.Label + " · " + v.View.Right.Label, Nav: "stories", Stale: stale, Data: v})
	return nil
}

type articleData struct {
	Ref        ArticleRef
	Rec        *engine.Record
	URL        string
	Story      int
	StoryTitle string
	Pairs      []pairRef
	Pending    bool
	// Text is the article's text as HTML, its headline marked as a
	// heading (report.MarkText escapes it).
	Text template.HTML
}

// article serves GET /articles/{id}.
func (wa *webApp) article(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	rec, err := wa.s.opts.Archive.Store().Lookup(r.Context(), id)
	if errors.Is(err, engine.ErrNotFound) {
		return errorf(ENotFound, "there is no article %s in the archive", clip(id, 200))
	}
	if err != nil {
		return err
	}
	x, stale, err := wa.s.stories(w, r)
	if err != nil {
		return err
	}
	d := articleData{Rec: rec, URL: report.SafeURL(rec.Meta.URL), Pairs: x.pairRefs(id)}
	if h := reprint.FindHeadline(rec.Text, rec.Meta.Title); !h.Empty() {
		d.Text = report.MarkText(rec.Text, []report.Mark{{Span: h, Kind: report.MarkHeadline}})
	} else {
		d.Text = report.MarkText(rec.Text, nil)
	}
	d.Ref = ArticleRef{ID: rec.ID, Title: rec.Meta.Title, Site: cmp.Or(rec.Meta.Site, rec.Publisher), URL: rec.Meta.URL}
	if d.Ref.Title == "" {
		d.Ref.Lead = report.Lead(rec.Text)
	}
	if !rec.Meta.Published.IsZero() {
		t := rec.Meta.Published
		d.Ref.Published = &t
	}
	for i := range d.Pairs {
		d.Pairs[i].URL = pairPath("/pairs/", id, d.Pairs[i].Other.ID)
		if d.Pairs[i].Role == "derived" {
			d.Pairs[i].URL = pairPath("/pairs/", d.Pairs[i].Other.ID, id)
		}
	}
	if i, ok := x.storyOf(id); ok {
		d.Story, d.StoryTitle = x.scan.Stories[i].ID, x.stories[i].Title
	}
	wa.render(w, r, http.StatusOK, "article", page{Title: d.Ref.Label(), Stale: stale, Data: d})
	return nil
}

// checkData is the check page: the form, and the result once sent.
type checkData struct {
	Text, Title, Site, URL, Published string
	Err                               *Error
	Done                              bool
	Article                           ArticleRef
	Reuse                             bool // a pair of reuse (engine.Reuse)
	Pairs                             []*pairView
	// Reused counts the archived articles that share text with the
	// checked one (copy, partial copy, rewrite), Told those that tell the
	// same story in other words.
	Reused, Told int
}

// checkForm serves GET /check.
func (wa *webApp) checkForm(w http.ResponseWriter, r *http.Request) error {
	wa.render(w, r, http.StatusOK, "check", page{Title: "Check an article", Nav: "check", Data: &checkData{}})
	return nil
}

// check serves POST /check: a form with the article pasted or uploaded
// as a file; the answer is the check page with what it reuses.
func (wa *webApp) check(w http.ResponseWriter, r *http.Request) error {
	d := &checkData{}
	status := http.StatusOK
	if err := wa.runCheck(r, d); err != nil {
		d.Err = asError(err)
		if d.Err.Code == EInternal {
			return err
		}
		status = d.Err.Status()
		if d.Err.RetryAfter > 0 {
			w.Header().Set("Retry-After", strconv.Itoa(d.Err.RetryAfter))
		}
	}
	wa.render(w, r, status, "check", page{Title: "Check an article", Nav: "check", Data: d})
	return nil
}

func (wa *webApp) runCheck(r *http.Request, d *checkData) error {
	if err := r.ParseMultipartForm(1 << 20); err != nil && !errors.Is(err, http.ErrNotMultipart) {
		var mb *http.MaxBytesError
		switch {
		case errors.As(err, &mb):
			return asError(err)
		case errors.Is(err, multipart.ErrMessageTooLarge):
			// The form's fields other than files are held in memory, up
			// to about 10 MiB beyond ParseMultipartForm's argument.
			return &Error{Code: ETooLarge, Message: "the pasted text is too large for the form: upload the article as a file", err: err}
		}
		return &Error{Code: EInvalid, Message: "the form could not be read", err: err}
	}
	if r.MultipartForm != nil {
		defer r.MultipartForm.RemoveAll()
	}
	d.Text, d.Title, d.Site = r.PostFormValue("text"), r.PostFormValue("title"), r.PostFormValue("site")
	d.URL, d.Published = r.PostFormValue("url"), r.PostFormValue("published")
	q := url.Values{}
	for k, v := range map[string]string{"title": d.Title, "site": d.Site, "url": d.URL, "published": d.Published} {
		if v = strings.TrimSpace(v); v != "" {
			q.Set(k, v)
		}
	}
	body, ctype := []byte(d.Text), "text/plain; charset=utf-8"
	if f, fh, err := r.FormFile("file"); err == nil {
		defer f.Close()
		b, err := io.ReadAll(f)
		if err != nil {
			return &Error{Code: EInvalid, Message: "the file could not be read", err: err}
		}
		if len(bytes.TrimSpace(b)) > 0 {
			body, ctype = b, "text/plain; charset=utf-8"
			name := strings.ToLower(fh.Filename)
			if strings.HasSuffix(name, ".html") || strings.HasSuffix(name, ".htm") || strings.Contains(http.DetectContentType(b), "html") {
				ctype = "text/html"
			}
		}
	}
	req, err := parseArticle(ctype, q, body)
	if err != nil {
		return err
	}
	release, err := wa.s.acquire(r.Context())
	if err != nil {
		return err
	}
	defer release()
	art, err := req.article(r.Context())
	if err != nil {
		return err
	}
	model, _, err := wa.s.opts.Archive.Check(r.Context(), art)
	if err != nil {
		return err
	}
	d.result(model, art.ID)
	return nil
}

// result fills in d from the check's model, where checked is the id of
// the article checked: its pairs, strongest first, and how many of the
// archived articles share text with it and how many only tell the same
// story.
func (d *checkData) result(model *report.Scan, checked string) {
	d.Done = true
	d.Reuse = engine.Reuse(model)
	byID := map[string]*report.Article{}
	for i := range model.Articles {
		byID[model.Articles[i].ID] = &model.Articles[i]
	}
	lookup := func(id string) *report.Article { return byID[id] }
	if a := lookup(checked); a != nil {
		d.Article = refOf(a)
	}
	pairs := slices.Clone(model.Pairs)
	slices.SortStableFunc(pairs, func(a, b report.Pair) int { return cmp.Compare(share(&b), share(&a)) })
	for i := range pairs {
		switch pairs[i].Relation {
		case "same-story":
			d.Told++
		case "unrelated":
		default:
			d.Reused++
		}
		d.Pairs = append(d.Pairs, newPairView(&pairs[i], lookup, fmt.Sprintf("c%d-", i+1), checked))
	}
}
