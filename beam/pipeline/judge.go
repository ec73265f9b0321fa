package pipeline

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/report"
)

// labelRelFn gives a related pair (keyed by its first id) its story label.
func labelRelFn(id string, labels func(*string) bool, rels func(*related) bool, emit func(string, related)) {
	var l string
	if !labels(&l) {
		return
	}
	var r related
	for rels(&r) {
		emit(l, r)
	}
}

// labelDocFn gives an article in a story its story label; articles in no
// related pair are stories of their own and are not judged.
func labelDocFn(id string, labels func(*string) bool, docs func(*doc) bool, emit func(string, doc)) {
	var l string
	if !labels(&l) {
		return
	}
	var d doc
	for docs(&d) {
		emit(l, d)
	}
}

// judgeFn is the provenance stage of one story: engine.Judge over the
// story's articles (in input order) and related pairs. Judge's decisions
// for a pair (direction, credit, quotations, witnesses) read only the
// pairs and articles of its story, and its lineage is per story, so the
// story judged alone is judged as in the whole corpus. Before it, the
// pairs that relate two articles only through their publisher are set
// apart (engine.Corpus.SetApart), as scan sets them apart before its
// stories are made; what is left may make more than one story, or leave
// an article in none (a story of its own, as assemble adds it).
type judgeFn struct {
	AllPairsWork int

	wk *detect.Worker
}

func (f *judgeFn) Setup() error {
	var err error
	f.wk, err = newWorker(f.AllPairsWork)
	return err
}

func (f *judgeFn) ProcessElement(ctx context.Context, label string, rels func(*related) bool, docs func(*doc) bool,
	emitStory func(storyOut), emitPair func(pairOut)) error {
	var ds []doc
	var d doc
	for docs(&d) {
		ds = append(ds, d)
	}
	slices.SortFunc(ds, func(x, y doc) int { return cmpOrd(x.Ord, y.Ord) })
	res := &engine.Corpus{}
	index := make(map[string]int, len(ds))
	for i, d := range ds {
		var dd docData
		if err := decode(d.Blob, &dd); err != nil {
			return err
		}
		index[d.ID] = i
		res.Articles = append(res.Articles, dd.Article.article())
		res.Words = append(res.Words, dd.Words)
		res.Terms = append(res.Terms, dd.Terms)
	}
	ord := func(id string) int64 { return ds[index[id]].Ord }
	var r related
	for rels(&r) {
		var p detect.Pair
		if err := decode(r.Blob, &p); err != nil {
			return err
		}
		a, okA := index[r.A]
		b, okB := index[r.B]
		if !okA || !okB || a >= b {
			return fmt.Errorf("reprint-beam: pair %q–%q outside its story %q", r.A, r.B, label)
		}
		p.A, p.B = a, b
		res.Pairs = append(res.Pairs, p)
	}
	slices.SortFunc(res.Pairs, func(x, y detect.Pair) int { return cmp.Or(cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B)) })
	if err := res.SetApart(f.wk); err != nil {
		return fmt.Errorf("judging story %q: %w", label, err)
	}
	for _, c := range components1(res) {
		if err := f.judge(ctx, label, c, ord, emitStory, emitPair); err != nil {
			return err
		}
	}
	return nil
}

// judge judges one story's corpus and emits its story and pairs.
func (f *judgeFn) judge(ctx context.Context, label string, res *engine.Corpus, ord func(id string) int64,
	emitStory func(storyOut), emitPair func(pairOut)) error {
	out, err := engine.Judge(ctx, res)
	if err != nil {
		return fmt.Errorf("judging story %q: %w", label, err)
	}
	for _, st := range out.Stories {
		if len(st.Articles) < 2 {
			continue // cannot happen: components1 leaves out articles in no pair
		}
		st.ID = 0
		js, err := json.Marshal(st)
		if err != nil {
			return fmt.Errorf("reprint-beam: %w", err)
		}
		emitStory(storyOut{Size: len(st.Articles), MinOrd: ord(st.Articles[0]), JSON: js})
	}
	story := map[string]int64{}
	first := map[string]string{}
	for _, st := range out.Stories {
		for _, id := range st.Articles {
			story[id] = ord(st.Articles[0])
			first[id] = st.Articles[0]
		}
	}
	for _, p := range out.Pairs {
		js, err := json.Marshal(p)
		if err != nil {
			return fmt.Errorf("reprint-beam: %w", err)
		}
		emitPair(pairOut{Story: story[p.A], First: first[p.A], Cover: max(p.Coverage.A, p.Coverage.B), OA: ord(p.A), OB: ord(p.B), JSON: js})
	}
	return nil
}

// components1 splits res into the corpora of its stories — the connected
// components of its pairs, as scan's stories are, each judged alone as
// scan judges it (Judge reads the story's articles, not the corpus's) —
// in the order of their first article, articles and pairs in res's order.
// Before SetApart a label's corpus is one story; after it, the pairs set
// apart may have split it, or left an article in no pair (a story of its
// own, which assemble adds).
func components1(res *engine.Corpus) []*engine.Corpus {
	parent := make([]int, len(res.Articles))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, p := range res.Pairs {
		if ra, rb := find(p.A), find(p.B); ra != rb {
			parent[max(ra, rb)] = min(ra, rb)
		}
	}
	paired := make([]bool, len(res.Articles))
	for _, p := range res.Pairs {
		paired[p.A], paired[p.B] = true, true
	}
	var out []*engine.Corpus
	of := map[int]*engine.Corpus{} // root → its story's corpus
	local := make([]int, len(res.Articles))
	for i, a := range res.Articles {
		if !paired[i] {
			continue
		}
		r := find(i)
		c, ok := of[r]
		if !ok {
			c = &engine.Corpus{Thresholds: res.Thresholds}
			of[r] = c
			out = append(out, c)
		}
		local[i] = len(c.Articles)
		c.Articles = append(c.Articles, a)
		c.Words = append(c.Words, res.Words[i])
		c.Terms = append(c.Terms, res.Terms[i])
	}
	for _, p := range res.Pairs {
		c := of[find(p.A)]
		p.A, p.B = local[p.A], local[p.B]
		c.Pairs = append(c.Pairs, p)
	}
	return out
}

// assemble builds the report of the whole corpus from the parts: articles
// and rejections in input order; the stories judged, with every article in
// no pair a story of its own, largest first, ties by their first article
// (provenance.Stories' order); pairs in story order, then by strength of
// reuse, then in input order (Judge's order).
func assemble(arts []articleOut, rejs []rejection, stories []storyOut, pairs []pairOut, counts map[string]int) (*report.Scan, error) {
	out := &report.Scan{Schema: report.Schema}
	slices.SortFunc(arts, func(x, y articleOut) int { return cmpOrd(x.Ord, y.Ord) })
	inStory := map[string]bool{}
	type story struct {
		st     report.Story
		minOrd int64
	}
	var sts []story
	for _, so := range stories {
		var st report.Story
		if err := json.Unmarshal(so.JSON, &st); err != nil {
			return nil, fmt.Errorf("reprint-beam: %w", err)
		}
		for _, id := range st.Articles {
			inStory[id] = true
		}
		sts = append(sts, story{st, so.MinOrd})
	}
	for _, ao := range arts {
		var ra report.Article
		if err := decode(ao.Blob, &ra); err != nil {
			return nil, err
		}
		out.Articles = append(out.Articles, ra)
		if !inStory[ra.ID] {
			sts = append(sts, story{report.Story{Articles: []string{ra.ID}, Lineage: []report.Edge{}}, ao.Ord})
		}
	}
	slices.SortFunc(sts, func(x, y story) int {
		return cmp.Or(cmp.Compare(len(y.st.Articles), len(x.st.Articles)), cmpOrd(x.minOrd, y.minOrd))
	})
	storyID := map[int64]int{}
	for i := range sts {
		sts[i].st.ID = i + 1
		storyID[sts[i].minOrd] = i + 1
		out.Stories = append(out.Stories, sts[i].st)
	}
	slices.SortFunc(pairs, func(x, y pairOut) int {
		return cmp.Or(cmp.Compare(storyID[x.Story], storyID[y.Story]), cmp.Compare(y.Cover, x.Cover),
			cmpOrd(x.OA, y.OA), cmpOrd(x.OB, y.OB))
	})
	for _, po := range pairs {
		var rp report.Pair
		if err := json.Unmarshal(po.JSON, &rp); err != nil {
			return nil, fmt.Errorf("reprint-beam: %w", err)
		}
		out.Pairs = append(out.Pairs, rp)
	}
	slices.SortFunc(rejs, func(x, y rejection) int { return cmpOrd(x.Ord, y.Ord) })
	for _, r := range rejs {
		out.Rejected = append(out.Rejected, report.Rejected{Input: r.Input, Reason: r.Reason, Detail: r.Detail})
	}
	out.Stats = report.Stats{
		Read: len(arts) + len(rejs), Articles: len(arts), Rejected: len(rejs),
		Candidates: counts[countCandidates] - counts[countPhraseChecked], RelatedPairs: len(out.Pairs), Stories: len(out.Stories),
		CappedPairs: counts[countCappedPairs], CappedBuckets: counts[countCappedBuckets], CappedPostings: counts[countCappedPostings],
	}
	return out, nil
}

// jsonlPair is a line of the pairs JSONL: the pair as the report has it,
// and its story, named by its first article (story numbers need every
// story, which a JSONL writer does not wait for).
type jsonlPair struct {
	Story string          `json:"story"`
	Pair  json.RawMessage `json:"pair"`
}

// jsonlStory is a line of the stories JSONL: the story as the report has
// it, without its number; its first article names it.
type jsonlStory struct {
	Story   string          `json:"story"`
	Size    int             `json:"size"`
	Content json.RawMessage `json:"content"`
}

func pairLine(p pairOut) (string, error) {
	b, err := json.Marshal(jsonlPair{Story: p.First, Pair: p.JSON})
	if err != nil {
		return "", fmt.Errorf("reprint-beam: %w", err)
	}
	return string(b), nil
}

func storyLine(s storyOut) (string, error) {
	var st report.Story
	if err := json.Unmarshal(s.JSON, &st); err != nil {
		return "", fmt.Errorf("reprint-beam: %w", err)
	}
	b, err := json.Marshal(jsonlStory{Story: st.Articles[0], Size: s.Size, Content: s.JSON})
	if err != nil {
		return "", fmt.Errorf("reprint-beam: %w", err)
	}
	return string(b), nil
}
