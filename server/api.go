package server

import (
	"context"
	_ "embed"
	"errors"
	"io"
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

// readBody reads the whole request body, within Options.MaxBodyBytes (the
// MaxBytesReader ServeHTTP set): a larger body is a 413, a body cut off by
// its client a 400.
func readBody(r *http.Request) ([]byte, error) {
	if r.Body == nil {
		return nil, nil
	}
	b, err := io.ReadAll(r.Body)
	if err != nil {
		var mb *http.MaxBytesError
		if errors.As(err, &mb) {
			return nil, asError(err)
		}
		return nil, &Error{Code: EInvalid, Message: "the body could not be read to its end", err: err}
	}
	return b, nil
}

// checkParams rejects query parameters outside allowed.
func checkParams(q url.Values, allowed ...string) error {
	for name := range q {
		if name != "" && !slices.Contains(allowed, name) {
			return paramError(name, "unknown parameter; this endpoint takes %s", strings.Join(allowed, ", "))
		}
	}
	return nil
}

// boolParam reads a true/false query parameter.
func boolParam(q url.Values, name string) (bool, error) {
	v := q.Get(name)
	if v == "" {
		return false, nil
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return false, paramError(name, "%q: want true or false", clip(v, 40))
	}
	return b, nil
}

// articleParams are the query parameters of the endpoints that read an
// article from the body.
var articleParams = []string{"id", "title", "site", "url", "published"}

// readArticle reads the article of a request's body, holding a check slot
// from the moment the body is read.
func (s *Server) readArticle(r *http.Request) (*reprint.Article, func(), error) {
	body, err := readBody(r)
	if err != nil {
		return nil, nil, err
	}
	req, err := parseArticle(r.Header.Get("Content-Type"), r.URL.Query(), body)
	if err != nil {
		return nil, nil, err
	}
	release, err := s.acquire(r.Context())
	if err != nil {
		return nil, nil, err
	}
	art, err := req.article(r.Context())
	if err != nil {
		release()
		return nil, nil, err
	}
	return art, release, nil
}

// apiCheck answers POST /api/check: the `reprint check --json` document
// of the body's article; ?add=true archives it too (a write).
func (s *Server) apiCheck(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	if err := checkParams(q, append([]string{"add", "text"}, articleParams...)...); err != nil {
		return err
	}
	add, err := boolParam(q, "add")
	if err != nil {
		return err
	}
	withText, err := boolParam(q, "text")
	if err != nil {
		return err
	}
	if add {
		if err := s.authorize(r); err != nil {
			return err
		}
	}
	art, release, err := s.readArticle(r)
	if err != nil {
		return err
	}
	defer release()
	model, _, err := s.opts.Archive.Check(r.Context(), art)
	if err != nil {
		return err
	}
	if add {
		st, err := s.add(r.Context(), art)
		if err != nil {
			return err
		}
		w.Header().Set("Location", articlePath(art.ID))
		w.Header().Set("X-Reprint-Added", addOutcome(st))
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	return report.WriteJSON(w, model, report.JSONOptions{Text: withText})
}

// add archives art, one add at a time. Once started an add runs to its
// end even if the client goes away: a shutdown drains it, and the store
// commits it whole or not at all.
func (s *Server) add(ctx context.Context, art *reprint.Article) (*engine.AddStats, error) {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	defer s.writes.Add(1)
	return s.opts.Archive.AddArticles(context.WithoutCancel(ctx), []*reprint.Article{art}, nil)
}

func addOutcome(st *engine.AddStats) string {
	switch {
	case st.Added > 0:
		return "added"
	case st.Replaced > 0:
		return "replaced"
	}
	return "unchanged"
}

// addAnswer is the answer of POST /api/articles.
type addAnswer struct {
	ID      string           `json:"id"`
	Outcome string           `json:"outcome"` // added, replaced or unchanged
	Pairs   int              `json:"pairs"`   // related pairs found for it
	URL     string           `json:"url"`     // where the API answers for it
	Stats   *engine.AddStats `json:"stats"`
}

// apiAdd answers POST /api/articles: the body's article is archived (201
// when new, 200 when it replaced or matched an archived version).
func (s *Server) apiAdd(w http.ResponseWriter, r *http.Request) error {
	if err := checkParams(r.URL.Query(), articleParams...); err != nil {
		return err
	}
	if err := s.authorize(r); err != nil {
		return err
	}
	art, release, err := s.readArticle(r)
	if err != nil {
		return err
	}
	defer release()
	st, err := s.add(r.Context(), art)
	if err != nil {
		return err
	}
	ans := addAnswer{ID: art.ID, Outcome: addOutcome(st), Pairs: st.Pairs, URL: articlePath(art.ID), Stats: st}
	status := http.StatusOK
	if ans.Outcome == "added" {
		status = http.StatusCreated
	}
	w.Header().Set("Location", ans.URL)
	writeJSON(w, status, ans)
	return nil
}

// articlePath is the API address of article id.
func articlePath(id string) string { return "/api/articles/" + url.PathEscape(id) }

// articleJSONOut is an archived article as GET /api/articles/{id} gives it.
type articleJSONOut struct {
	ID        string     `json:"id"`
	Input     string     `json:"input"`
	Format    string     `json:"format"`
	Title     string     `json:"title,omitempty"`
	Site      string     `json:"site,omitempty"`
	Publisher string     `json:"publisher,omitempty"`
	Author    string     `json:"author,omitempty"`
	URL       string     `json:"url,omitempty"`
	Published *time.Time `json:"published,omitempty"`
	Bytes     int        `json:"bytes"`
	Words     int        `json:"words"`
	Pending   bool       `json:"pending"`
	Story     *int       `json:"story"` // the story's id, null when in none
	Pairs     []pairRef  `json:"pairs"`
	Text      string     `json:"text"`
	// Headline is the span of Text that is the article's headline, when
	// Text opens with it (reprint.FindHeadline); nil when it does not.
	Headline *reprint.Span `json:"headline,omitempty"`
}

// pairRef is one pair of an article, from the article's side.
type pairRef struct {
	Other    ArticleRef `json:"other"`
	Relation string     `json:"relation"`
	Role     string     `json:"role"`  // source, derived, common or unknown: this article's part
	Share    float64    `json:"share"` // of the derived article inside the passages
	URL      string     `json:"url"`
}

// apiArticle answers GET /api/articles/{id}.
func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) error {
	if err := checkParams(r.URL.Query()); err != nil {
		return err
	}
	id := r.PathValue("id")
	rec, err := s.opts.Archive.Store().Lookup(r.Context(), id)
	if errors.Is(err, engine.ErrNotFound) {
		return errorf(ENotFound, "no article %q in the archive", clip(id, 200))
	}
	if err != nil {
		return err
	}
	x, _, err := s.stories(w, r)
	if err != nil {
		return err
	}
	out := articleJSONOut{ID: rec.ID, Input: rec.Input, Format: rec.Format.String(), Title: rec.Meta.Title, Site: rec.Meta.Site,
		Publisher: rec.Publisher, Author: rec.Meta.Author, URL: rec.Meta.URL, Bytes: rec.Bytes, Words: rec.Words,
		Pending: rec.Pending, Text: rec.Text, Pairs: x.pairRefs(rec.ID)}
	if h := reprint.FindHeadline(rec.Text, rec.Meta.Title); !h.Empty() {
		out.Headline = &h
	}
	if !rec.Meta.Published.IsZero() {
		t := rec.Meta.Published
		out.Published = &t
	}
	if i, ok := x.storyOf(rec.ID); ok {
		out.Story = &x.scan.Stories[i].ID
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

func (x *snapshot) pairRefs(id string) []pairRef {
	out := []pairRef{}
	for _, k := range x.pairsOf(id) {
		p := &x.scan.Pairs[k]
		other := p.B
		if p.B == id {
			other = p.A
		}
		role := "unknown"
		switch {
		case p.Common:
			role = "common"
		case p.Source != nil && *p.Source == id:
			role = "source"
		case p.Source != nil:
			role = "derived"
		}
		out = append(out, pairRef{Other: x.ref(other), Relation: p.Relation, Role: role, Share: share(p), URL: pairPath("/api/pairs/", p.A, p.B)})
	}
	return out
}

func pairPath(prefix, a, b string) string {
	return prefix + url.PathEscape(a) + "/" + url.PathEscape(b)
}

// apiStories answers GET /api/stories.
func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) error {
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		return err
	}
	x, _, err := s.stories(w, r)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, x.list(f))
	return nil
}

// storyJSON is one story as GET /api/stories/{id} gives it.
type storyJSON struct {
	*storySummary
	Lineage []report.Edge `json:"lineage"`
	List    []report.Pair `json:"pair_details"`
}

func storyID(r *http.Request) (int, error) {
	v := r.PathValue("id")
	id, err := strconv.Atoi(v)
	if err != nil || id < 1 {
		return 0, paramError("id", "%q: a story id is a whole number from 1", clip(v, 40))
	}
	return id, nil
}

// apiStory answers GET /api/stories/{id}.
func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) error {
	if err := checkParams(r.URL.Query()); err != nil {
		return err
	}
	id, err := storyID(r)
	if err != nil {
		return err
	}
	x, _, err := s.stories(w, r)
	if err != nil {
		return err
	}
	st, sm := x.story(id)
	if st == nil {
		return errorf(ENotFound, "no story %d (the archive has %d)", id, len(x.stories))
	}
	out := storyJSON{storySummary: sm, Lineage: st.Lineage, List: []report.Pair{}}
	if out.Lineage == nil {
		out.Lineage = []report.Edge{}
	}
	for _, k := range sm.pairs {
		out.List = append(out.List, x.scan.Pairs[k])
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

// pairJSON is one pair with both articles and their texts, which the
// passages' spans index.
type pairJSON struct {
	Pair report.Pair    `json:"pair"`
	A    report.Article `json:"a"`
	B    report.Article `json:"b"`
}

// apiPair answers GET /api/pairs/{a}/{b}, in either order of the ids.
func (s *Server) apiPair(w http.ResponseWriter, r *http.Request) error {
	if err := checkParams(r.URL.Query()); err != nil {
		return err
	}
	x, _, err := s.stories(w, r)
	if err != nil {
		return err
	}
	a, b := r.PathValue("a"), r.PathValue("b")
	p := x.pairOf(a, b)
	if p == nil {
		return errorf(ENotFound, "no related pair of %q and %q", clip(a, 200), clip(b, 200))
	}
	arts, err := x.withTexts(r.Context(), p.A, p.B)
	if err != nil {
		return err
	}
	out := pairJSON{Pair: *p}
	if art := arts[p.A]; art != nil {
		out.A = *art
	}
	if art := arts[p.B]; art != nil {
		out.B = *art
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

// statsJSON is GET /api/stats.
type statsJSON struct {
	Archive engine.StoreStats `json:"archive"`
	Checks  struct {
		Running int   `json:"running"`
		Waiting int64 `json:"waiting"`
		Max     int   `json:"max"`
		Queue   int   `json:"max_queued"`
	} `json:"checks"`
	Requests int64 `json:"requests_in_flight"`
	Panics   int64 `json:"panics"`
	ReadOnly bool  `json:"read_only"`
}

// apiStats answers GET /api/stats: the archive's counts and the server's.
func (s *Server) apiStats(w http.ResponseWriter, r *http.Request) error {
	if err := checkParams(r.URL.Query()); err != nil {
		return err
	}
	st, err := s.opts.Archive.Store().Stats(r.Context())
	if err != nil {
		return err
	}
	out := statsJSON{Archive: st, Requests: s.inflight.Load(), Panics: s.panics.Load(), ReadOnly: s.opts.ReadOnly}
	out.Checks.Running, out.Checks.Waiting = len(s.checks), s.waiting.Load()
	out.Checks.Max, out.Checks.Queue = s.opts.MaxChecks, s.opts.MaxQueued
	writeJSON(w, http.StatusOK, out)
	return nil
}

//go:embed assets/openapi.json
var openAPI []byte

// apiOpenAPI answers GET /api/openapi.json.
func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	_, err := w.Write(openAPI)
	return err
}
