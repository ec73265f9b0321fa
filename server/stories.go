package server

import (
	"cmp"
	"maps"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// storyFilter is a query over the story list: GET /api/stories and the
// home page take the same parameters.
type storyFilter struct {
	Q           string    // words in a title, site, id or URL, or starting a word of a text (search.go)
	Relations   []string  // a pair of one of these relations
	MinShare    float64   // a derived article taking at least this share, 0..1
	Credit      string    // "credited" or "not-credited": a pair so judged
	Flagged     bool      // a flagged quotation
	Site        string    // an article of a site whose name contains this
	From, To    time.Time // an article published in [From, To], zero = open
	MinArticles int       // at least this many articles (default 2)
	Sort        string    // size, share, flagged, newest, oldest
	Limit       int
	Offset      int
}

// Limits of the story list's paging.
const (
	defaultStoryLimit = 50
	maxStoryLimit     = 500
)

// Values of the filters, in the order the pages offer them.
var (
	relations   = []string{"copy", "partial-copy", "rewrite", "same-story"}
	creditViews = []string{"credited", "not-credited"}
	sorts       = []string{"size", "coverage", "flagged", "newest", "oldest"}
)

// filterParams are the query parameters parseFilter reads.
var filterParams = []string{"q", "relation", "min_coverage", "credit", "flagged", "site", "from", "to", "min_articles", "sort", "limit", "offset"}

// parseFilter reads a story query. Every parameter is checked: an unknown
// one, one given twice (relation excepted: it takes several), a value that
// is not UTF-8 or out of its range is an *Error naming it, so that a typo
// never silently widens the list.
func parseFilter(q url.Values) (storyFilter, error) {
	f := storyFilter{MinArticles: 2, Sort: "size", Limit: defaultStoryLimit}
	for _, name := range slices.Sorted(maps.Keys(q)) {
		switch vs := q[name]; {
		case name == "":
		case !slices.Contains(filterParams, name):
			return f, paramError(name, "unknown parameter; the filters are %s", strings.Join(filterParams, ", "))
		case len(vs) > 1 && name != "relation":
			// Which of two values was meant is a guess: say so rather
			// than take one.
			return f, paramError(name, "given %d times; give it once", len(vs))
		case slices.ContainsFunc(vs, func(v string) bool { return !utf8.ValidString(v) }):
			return f, paramError(name, "not valid UTF-8")
		}
	}
	get := func(name string) string { return strings.TrimSpace(q.Get(name)) }
	f.Q = get("q")
	if len(f.Q) > maxIDBytes {
		return f, paramError("q", "longer than %d bytes", maxIDBytes)
	}
	for _, v := range q["relation"] {
		for r := range strings.SplitSeq(v, ",") {
			r = strings.TrimSpace(r)
			switch {
			case r == "":
			case slices.Contains(relations, r):
				if !slices.Contains(f.Relations, r) {
					f.Relations = append(f.Relations, r)
				}
			default:
				return f, paramError("relation", "%q is not a relation: want %s", clip(r, 40), strings.Join(relations, ", "))
			}
		}
	}
	if v := get("min_coverage"); v != "" {
		pct := strings.HasSuffix(v, "%")
		x, err := strconv.ParseFloat(strings.TrimSuffix(v, "%"), 64)
		if pct {
			x /= 100
		}
		if err != nil || !(x >= 0 && x <= 1) {
			return f, paramError("min_coverage", "%q: want a share from 0 to 1 (or 0%% to 100%%)", clip(v, 40))
		}
		f.MinShare = x
	}
	switch v := get("credit"); {
	case v == "" || v == "any":
	case slices.Contains(creditViews, v):
		f.Credit = v
	default:
		return f, paramError("credit", "%q: want credited or not-credited", clip(v, 40))
	}
	if v := get("flagged"); v != "" {
		b, err := strconv.ParseBool(v)
		if v == "on" { // an HTML checkbox
			b, err = true, nil
		}
		if err != nil {
			return f, paramError("flagged", "%q: want true or false", clip(v, 40))
		}
		f.Flagged = b
	}
	f.Site = get("site")
	if len(f.Site) > maxIDBytes {
		return f, paramError("site", "longer than %d bytes", maxIDBytes)
	}
	for _, d := range []struct {
		name string
		to   *time.Time
	}{{"from", &f.From}, {"to", &f.To}} {
		v := get(d.name)
		if v == "" {
			continue
		}
		t, err := time.Parse(time.DateOnly, v)
		if err != nil {
			return f, paramError(d.name, "%q: want a date YYYY-MM-DD", clip(v, 40))
		}
		*d.to = t
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		return f, paramError("to", "%s is before from %s", f.To.Format(time.DateOnly), f.From.Format(time.DateOnly))
	}
	ints := []struct {
		name     string
		to       *int
		min, max int
	}{{"min_articles", &f.MinArticles, 1, 1 << 30}, {"limit", &f.Limit, 1, maxStoryLimit}, {"offset", &f.Offset, 0, 1 << 40}}
	for _, n := range ints {
		v := get(n.name)
		if v == "" {
			continue
		}
		x, err := strconv.Atoi(v)
		if err != nil || x < n.min || x > n.max {
			return f, paramError(n.name, "%q: want a whole number from %d to %d", clip(v, 40), n.min, n.max)
		}
		*n.to = x
	}
	if v := get("sort"); v != "" {
		if !slices.Contains(sorts, v) {
			return f, paramError("sort", "%q: want %s", clip(v, 40), strings.Join(sorts, ", "))
		}
		f.Sort = v
	}
	return f, nil
}

// query is f as URL parameters, without paging and without defaults: the
// links of the pages.
func (f storyFilter) query() url.Values {
	v := url.Values{}
	set := func(k, s string) {
		if s != "" {
			v.Set(k, s)
		}
	}
	set("q", f.Q)
	if len(f.Relations) > 0 {
		v.Set("relation", strings.Join(f.Relations, ","))
	}
	if f.MinShare > 0 {
		set("min_coverage", strconv.FormatFloat(f.MinShare, 'f', -1, 64))
	}
	set("credit", f.Credit)
	if f.Flagged {
		v.Set("flagged", "true")
	}
	set("site", f.Site)
	if !f.From.IsZero() {
		v.Set("from", f.From.Format(time.DateOnly))
	}
	if !f.To.IsZero() {
		v.Set("to", f.To.Format(time.DateOnly))
	}
	if f.MinArticles != 2 {
		v.Set("min_articles", strconv.Itoa(f.MinArticles))
	}
	if f.Sort != "size" {
		v.Set("sort", f.Sort)
	}
	return v
}

// storyPage is one page of the filtered story list.
type storyPage struct {
	Total   int             `json:"total"`  // stories matching
	Hidden  int             `json:"hidden"` // stories left out for having fewer than min_articles articles
	Offset  int             `json:"offset"`
	Limit   int             `json:"limit"`
	Stories []*storySummary `json:"stories"`
}

// list filters, sorts and pages the snapshot's stories.
func (x *snapshot) list(f storyFilter) storyPage {
	var match []*storySummary
	hidden := 0
	pq := x.prepare(f.Q)
	site := strings.ToLower(f.Site)
	for i, sm := range x.stories {
		if sm.Articles < f.MinArticles {
			hidden++
			continue
		}
		if x.matches(i, sm, f, pq, site) {
			match = append(match, sm)
		}
	}
	slices.SortStableFunc(match, func(a, b *storySummary) int {
		var c int
		switch f.Sort {
		case "coverage":
			c = cmp.Compare(b.MaxShare, a.MaxShare)
		case "flagged":
			c = cmp.Compare(b.Flagged, a.Flagged)
		case "newest":
			c = compareTime(b.Last, a.Last)
		case "oldest":
			c = compareTime(a.First, b.First)
			if a.First == nil || b.First == nil { // undated last
				c = compareTime(b.First, a.First)
			}
		}
		return cmp.Or(c, cmp.Compare(b.Articles, a.Articles), cmp.Compare(a.ID, b.ID))
	})
	page := storyPage{Total: len(match), Hidden: hidden, Offset: f.Offset, Limit: f.Limit, Stories: []*storySummary{}}
	if f.Offset < len(match) {
		page.Stories = match[f.Offset:min(len(match), f.Offset+f.Limit)]
	}
	return page
}

// compareTime orders nil before any time.
func compareTime(a, b *time.Time) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return -1
	case b == nil:
		return 1
	}
	return a.Compare(*b)
}

func (x *snapshot) matches(i int, sm *storySummary, f storyFilter, pq *query, site string) bool {
	if len(f.Relations) > 0 && !slices.ContainsFunc(f.Relations, func(r string) bool { return sm.Relation[r] > 0 }) {
		return false
	}
	if f.MinShare > 0 && sm.MaxShare < f.MinShare {
		return false
	}
	switch f.Credit {
	case "credited":
		if sm.Credited == 0 {
			return false
		}
	case "not-credited":
		if sm.NotCredited == 0 {
			return false
		}
	}
	if f.Flagged && sm.Flagged == 0 {
		return false
	}
	if site != "" && !slices.ContainsFunc(sm.Sites, func(s string) bool { return strings.Contains(strings.ToLower(s), site) }) {
		return false
	}
	if !f.From.IsZero() || !f.To.IsZero() {
		in := func(r ArticleRef) bool {
			if r.Published == nil {
				return false
			}
			t := r.Published.UTC()
			return (f.From.IsZero() || !t.Before(f.From)) && (f.To.IsZero() || t.Before(f.To.AddDate(0, 0, 1)))
		}
		if !slices.ContainsFunc(sm.Members, in) {
			return false
		}
	}
	if pq != nil && !pq.match(i, sm) {
		return false
	}
	return true
}
