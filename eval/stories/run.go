package stories

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/report"
)

// Check kinds, in the order a set's checks are listed.
const (
	KindStory    = "story"
	KindOutside  = "outside"
	KindLineage  = "lineage"
	KindOrder    = "order"
	KindRelation = "relation"
	KindCredit   = "credit"
	KindQuote    = "quote"
	KindSpeaker  = "speaker"
	KindChrome   = "chrome"
)

// Kinds lists the check kinds in report order.
var Kinds = []string{KindStory, KindOutside, KindLineage, KindOrder, KindRelation, KindCredit, KindQuote, KindSpeaker, KindChrome}

// Check is one expectation of a set and what the engine answered.
type Check struct {
	Kind    string `json:"kind"`
	Subject string `json:"subject"` // "B", "A-B", `A-B "fragment"`
	Want    string `json:"want"`
	Got     string `json:"got"`
	Holds   bool   `json:"holds"`
	// Signals are the direction evidence of the pair concerned, listed
	// when a check that depends on the direction fails.
	Signals []string `json:"signals,omitempty"`
}

// Set is the evaluation of one story set.
type Set struct {
	Name     string `json:"name"`
	Articles int    `json:"articles"`
	// Error says why the set could not be evaluated; its checks are then
	// empty.
	Error  string  `json:"error,omitempty"`
	Checks []Check `json:"checks"`
	Held   int     `json:"held"`
	Right  bool    `json:"right"` // every check holds (and the set was evaluated)
}

// Tally counts checks that hold among those made.
type Tally struct {
	Kind  string `json:"kind"`
	Held  int    `json:"held"`
	Total int    `json:"total"`
}

// Report is the evaluation of a directory of story sets.
type Report struct {
	Dir       string  `json:"dir"`
	Sets      []Set   `json:"sets"`
	SetsRight int     `json:"sets_right"`
	SetErrors int     `json:"set_errors"`
	Checks    Tally   `json:"checks"`
	ByKind    []Tally `json:"by_kind"`
}

// Run evaluates the story sets under dir: each subfolder (hidden ones
// aside), or dir itself when it holds an EXPECTED.json. It returns an
// error only when dir cannot be read or ctx ends; a set that cannot be
// evaluated is reported with its reason.
func Run(ctx context.Context, dir string) (*Report, error) {
	var sets []string
	if _, err := os.Stat(filepath.Join(dir, ExpectedFile)); err == nil {
		sets = []string{dir}
	} else {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return nil, fmt.Errorf("stories: %w", err)
		}
		for _, e := range entries {
			if e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
				sets = append(sets, filepath.Join(dir, e.Name()))
			}
		}
		if len(sets) == 0 {
			return nil, fmt.Errorf("stories: %s holds no story set (no %s, no subfolder)", dir, ExpectedFile)
		}
	}
	rep := &Report{Dir: dir, Sets: []Set{}}
	for _, path := range sets {
		set, err := evalSet(ctx, path)
		if err != nil {
			return nil, err
		}
		set.Name = filepath.Base(path)
		rep.Sets = append(rep.Sets, *set)
	}
	rep.total()
	return rep, nil
}

func (r *Report) total() {
	r.Checks = Tally{Kind: "all"}
	byKind := map[string]*Tally{}
	for i := range r.Sets {
		s := &r.Sets[i]
		if s.Error != "" {
			r.SetErrors++
			continue
		}
		for _, c := range s.Checks {
			t := byKind[c.Kind]
			if t == nil {
				t = &Tally{Kind: c.Kind}
				byKind[c.Kind] = t
			}
			t.Total++
			r.Checks.Total++
			if c.Holds {
				t.Held++
				r.Checks.Held++
			}
		}
		if s.Right {
			r.SetsRight++
		}
	}
	r.ByKind = []Tally{}
	for _, k := range Kinds {
		if t := byKind[k]; t != nil {
			r.ByKind = append(r.ByKind, *t)
		}
	}
}

// evalSet evaluates the set in dir. Problems of the set are its Error;
// the returned error is ctx's.
func evalSet(ctx context.Context, dir string) (*Set, error) {
	set := &Set{Checks: []Check{}}
	fail := func(format string, args ...any) (*Set, error) {
		set.Error = fmt.Sprintf(format, args...)
		return set, nil
	}
	data, err := os.ReadFile(filepath.Join(dir, ExpectedFile))
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fail("no %s", ExpectedFile)
	case err != nil:
		return fail("reading %s: %v", ExpectedFile, err)
	}
	exp, err := parseExpected(data)
	if err != nil {
		return fail("%s is malformed: %v", ExpectedFile, err)
	}
	paths, err := inputs(dir)
	if err != nil {
		return fail("%v", err)
	}
	if len(paths) == 0 {
		return fail("no article files beside %s", ExpectedFile)
	}
	model, err := engine.Scan(ctx, engine.Options{}, paths, nil)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return fail("scan: %v", err)
	}
	set.Articles = len(model.Articles)
	ev, err := newEvaluation(model, exp)
	if err != nil {
		return fail("%v", err)
	}
	set.Checks = ev.checks()
	set.Right = true
	for _, c := range set.Checks {
		if c.Holds {
			set.Held++
		} else {
			set.Right = false
		}
	}
	return set, nil
}

// inputs lists the article paths of a set: every entry of dir except
// EXPECTED.json, README files and hidden names, in name order.
func inputs(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var paths []string
	for _, e := range entries {
		n := e.Name()
		if n == ExpectedFile || strings.HasPrefix(n, "README") || strings.HasPrefix(n, ".") {
			continue
		}
		paths = append(paths, filepath.Join(dir, n))
	}
	return paths, nil
}

// evaluation holds a set's report and the map between the set's ids and
// the report's article ids.
type evaluation struct {
	model *report.Scan
	exp   *Expected
	art   map[string]string // set id → article id
	name  map[string]string // article id → set id
	story map[string]int    // article id → story index
}

func newEvaluation(model *report.Scan, exp *Expected) (*evaluation, error) {
	ev := &evaluation{model: model, exp: exp, art: map[string]string{}, name: map[string]string{}, story: map[string]int{}}
	for i, st := range model.Stories {
		for _, id := range st.Articles {
			ev.story[id] = i
		}
	}
	// Every id the set names, single or in a pair.
	var errs []string
	resolve := func(id string) {
		if _, done := ev.art[id]; done || id == "" {
			return
		}
		a, err := ev.match(id)
		if err != nil {
			errs = append(errs, err.Error())
			ev.art[id] = ""
			return
		}
		ev.art[id], ev.name[a] = a, id
	}
	for _, id := range exp.Story {
		resolve(id)
	}
	for _, id := range exp.Outside {
		resolve(id)
	}
	for _, k := range sortedKeys(exp.Lineage) {
		resolve(k)
		for _, p := range exp.Lineage[k] {
			if p != Null && p != report.Unseen {
				resolve(p)
			}
		}
	}
	for _, k := range sortedKeys(exp.ChromeGone) {
		resolve(k)
	}
	var pairKeys []string
	pairKeys = append(pairKeys, sortedKeys(exp.Relations)...)
	pairKeys = append(pairKeys, sortedKeys(exp.Credit)...)
	pairKeys = append(pairKeys, sortedKeys(exp.Quotes)...)
	pairKeys = append(pairKeys, sortedKeys(exp.SpeakerChanged)...)
	pairKeys = append(pairKeys, exp.OrderUnknown...)
	for _, k := range pairKeys {
		x, y, err := ev.splitPair(k)
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		resolve(x)
		resolve(y)
	}
	if len(errs) > 0 {
		slices.Sort(errs)
		return nil, errors.New(strings.Join(slices.Compact(errs), "; "))
	}
	return ev, nil
}

// match returns the one article id that the set id names.
func (ev *evaluation) match(id string) (string, error) {
	var found []string
	for _, a := range ev.model.Articles {
		if matchesID(a.ID, id) {
			found = append(found, a.ID)
		}
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		msg := fmt.Sprintf("id %q matches no article", id)
		for _, r := range ev.model.Rejected {
			if matchesID(filepath.Base(r.Input), id) {
				msg += fmt.Sprintf(" (%s was rejected: %s)", filepath.Base(r.Input), r.Reason)
			}
		}
		return "", errors.New(msg)
	}
	return "", fmt.Errorf("id %q matches %d articles: %s", id, len(found), strings.Join(found, ", "))
}

// matchesID reports whether the article id (its base name) is id or
// starts with id and a character that is not a letter or digit.
func matchesID(article, id string) bool {
	base := article[strings.LastIndexByte(article, '/')+1:]
	if base == id || article == id {
		return true
	}
	if !strings.HasPrefix(base, id) {
		return false
	}
	r := []rune(base[len(id):])[0]
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// splitPair splits "x-y" at the one hyphen whose both sides name an
// article.
func (ev *evaluation) splitPair(key string) (string, string, error) {
	var x, y string
	n := 0
	for i := range len(key) {
		if key[i] != '-' || i == 0 || i == len(key)-1 {
			continue
		}
		a, b := key[:i], key[i+1:]
		_, errA := ev.match(a)
		_, errB := ev.match(b)
		if errA == nil && errB == nil {
			x, y = a, b
			n++
		}
	}
	switch n {
	case 1:
		return x, y, nil
	case 0:
		return "", "", fmt.Errorf("pair %q is not two ids joined by \"-\" that each match one article", key)
	}
	return "", "", fmt.Errorf("pair %q splits more than one way into ids", key)
}

// pair returns the report's pair of x and y (set ids), or nil.
func (ev *evaluation) pair(x, y string) *report.Pair {
	a, b := ev.art[x], ev.art[y]
	for i := range ev.model.Pairs {
		p := &ev.model.Pairs[i]
		if p.A == a && p.B == b || p.A == b && p.B == a {
			return p
		}
	}
	return nil
}

// nameOf is the set id of an article id, or the article id itself.
func (ev *evaluation) nameOf(article string) string {
	if n, ok := ev.name[article]; ok {
		return n
	}
	return article
}
