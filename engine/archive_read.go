package engine

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/ingest"
	"github.com/reprint/reprint/judge"
	"github.com/reprint/reprint/provenance"
	"github.com/reprint/reprint/report"
	"github.com/reprint/reprint/rewrite"
)

// ScanOptions configure Archive.Scan and Archive.ScanTo.
type ScanOptions struct {
	// Texts loads every article's text into the report; otherwise only
	// the texts of articles in pairs are loaded (what the judgement, the
	// HTML report and the terminal report read), and the others' Text is
	// empty. A report of a large archive is mostly articles in no pair.
	Texts bool
	// NoTexts leaves every article's Text empty, unless Texts: for a sink
	// that drops them (JSON without texts), so that none is read back.
	NoTexts bool
	// TmpDir holds the pairs judged before they are handed on (the
	// system's temporary folder when ""). The file is removed however
	// ScanTo returns.
	TmpDir string
}

// Scan reports the stories of the whole archive: every article, the
// related pairs found when they were added, and the provenance of each
// pair judged now (so a story's lineage and witnesses take in articles
// added later than the pair). Articles still pending have no pairs yet:
// StoreStats.Pending tells. Scan holds the whole report; ScanTo hands it
// on part by part.
func (a *Archive) Scan(ctx context.Context, opts ScanOptions, progress Progress) (*report.Scan, error) {
	var c report.Collect
	if err := a.ScanTo(ctx, opts, &c, progress); err != nil {
		return nil, err
	}
	return &c.Scan, nil
}

// ScanTo hands the report Scan gives to sink, part by part in document
// order, holding no more of it than the stories' membership and the
// metadata of the articles: an archive of millions of articles streams
// its report in bounded memory.
//
// Stories are judged one at a time, in the report's order (see "Stories
// one at a time", stories.go): the report is the one Judge gives over the
// whole archive (TestArchiveSeedsSameAsScan compares them byte for byte).
func (a *Archive) ScanTo(ctx context.Context, opts ScanOptions, sink report.Sink, progress Progress) error {
	return a.scanTo(ctx, opts, sink, progress, nil)
}

// scanTo is ScanTo; keep, when not nil, is handed the articles read (in
// the report's order, without texts), their related pairs (indexes into
// them) and the stored pairs houseLinked left out, once the stories are
// judged.
func (a *Archive) scanTo(ctx context.Context, opts ScanOptions, sink report.Sink, progress Progress, keep func(recs []*Record, pairs, dropped []detect.Pair)) error {
	var recs []*Record
	idx := map[int64]int{}
	for r, err := range a.store.Articles(ctx, false) {
		if err != nil {
			return err
		}
		idx[r.Seq] = len(recs)
		recs = append(recs, r)
		progress.report(StepRead, len(recs), 0)
	}
	var pairs []detect.Pair
	for p, err := range a.store.Pairs(ctx) {
		if err != nil {
			return err
		}
		i, okA := idx[p.A]
		j, okB := idx[p.B]
		if !okA || !okB {
			continue // an article removed or replaced after this read began
		}
		dp := p.Pair
		dp.A, dp.B = i, j
		pairs = append(pairs, dp)
	}
	idx = nil
	pairs, dropped, err := houseLinked(pairs, func(i int) reprint.Meta { return recs[i].Meta }, func(i int) (string, error) {
		if recs[i].Text != "" || recs[i].Bytes == 0 {
			return recs[i].Text, nil
		}
		got, err := a.store.Get(ctx, []int64{recs[i].Seq})
		if err != nil {
			return "", err
		}
		return got[0].Text, nil
	})
	if err != nil {
		return err
	}

	sj, err := judgeStories(ctx, len(recs), pairs, func(i int) string { return recs[i].ID }, opts.TmpDir,
		a.det.NewWorker, func(wk *detect.Worker, members, pairIdx []int) (*report.Scan, error) {
			return a.judgeGroup(ctx, wk, recs, pairs, members, pairIdx)
		}, progress)
	if err != nil {
		return err
	}
	defer sj.Close()
	var stats report.Stats
	stats.RelatedPairs = sj.pairs
	for _, p := range pairs {
		if p.CapReason != "" {
			stats.CappedPairs++
		}
	}
	if keep != nil {
		keep(recs, pairs, dropped)
	}
	pairs = nil
	paired := sj.paired

	// The articles, with the texts asked for read back a batch at a time.
	for start := 0; start < len(recs); start += scanBatch {
		batch := recs[start:min(start+scanBatch, len(recs))]
		var need []int64
		for k, r := range batch {
			if opts.Texts || (!opts.NoTexts && paired[start+k]) {
				need = append(need, r.Seq)
			}
		}
		texts := map[int64]string{}
		if len(need) > 0 {
			got, err := a.store.Get(ctx, need)
			if err != nil {
				return err
			}
			for _, r := range got {
				texts[r.Seq] = r.Text
			}
		}
		for _, r := range batch {
			ra := recordArticle(r, texts[r.Seq])
			if err := sink.Article(ra); err != nil {
				return err
			}
		}
	}

	n, err := sj.emit(ctx, sink, func(i int) string { return recs[i].ID })
	if err != nil {
		return err
	}
	stats.Read, stats.Articles, stats.Stories = len(recs), len(recs), n
	return sink.Close(stats)
}

// Report returns the report's entry for the archived article r, with
// r.Text as its text: what Scan reports of it when its text is read back.
// A report made without texts (ScanOptions.NoTexts) can so be given the
// text of one article when it is needed, read by its Seq.
func (r *Record) Report() report.Article { return recordArticle(r, r.Text) }

// recordArticle is the report's entry for an archived article, as Judge
// makes it from the article read, with text as its text ("" when not read
// back): its length and publisher are the archive's, since the text may
// not have been read back.
func recordArticle(r *Record, text string) report.Article {
	ra := ReportArticle(r.Article())
	ra.Bytes, ra.Publisher, ra.Text, ra.Headline = r.Bytes, r.Publisher, text, nil
	if h := reprint.FindHeadline(text, r.Meta.Title); !h.Empty() {
		ra.Headline = &h
	}
	return ra
}

// judgeGroup judges the pairs of one story: members are indexes into
// recs (ascending), pairIdx into pairs. Texts not read yet are read here.
func (a *Archive) judgeGroup(ctx context.Context, wk *detect.Worker, recs []*Record, pairs []detect.Pair, members, pairIdx []int) (*report.Scan, error) {
	local := map[int]int{}
	var need []int64
	for k, i := range members {
		local[i] = k
		if recs[i].Text == "" && recs[i].Bytes > 0 {
			need = append(need, recs[i].Seq)
		}
	}
	texts := map[int64]*Record{}
	if len(need) > 0 {
		got, err := a.store.Get(ctx, need)
		if err != nil {
			return nil, err
		}
		for _, r := range got {
			texts[r.Seq] = r
		}
	}
	c := &Corpus{}
	for _, i := range members {
		r := recs[i]
		if t, ok := texts[r.Seq]; ok {
			r = t
		}
		art := r.Article()
		c.Articles = append(c.Articles, art)
		c.Words = append(c.Words, r.Words)
		c.Terms = append(c.Terms, wk.Keys(art.Text).Terms)
	}
	for _, k := range pairIdx {
		p := pairs[k]
		p.A, p.B = local[p.A], local[p.B]
		c.Pairs = append(c.Pairs, p)
	}
	return Judge(ctx, c)
}

// checkSeq is the Seq a checked article takes: after every archived one,
// as if it were added now.
const checkSeq = math.MaxInt64

// CheckStats count the work of one Check.
type CheckStats struct {
	Archived      int // articles in the archive
	Read          int // archived articles read as candidates
	PhraseChecked int // of them, those of one shared phrase the phrase check kept from the aligners
	Candidates    int // archived articles aligned with the checked one
	Capped        int // posting lists skipped for size
}

// Check judges one article against the archive without adding it: every
// archived article related to it, with relation, coverage, passages,
// source, credit and quotation checks, as if it had been added now (its
// terms count in the IDF). An archived article of the same id is left out.
// The report holds the checked article first, then its related articles;
// its pairs; and the story they make, with the lineage among them.
//
// The direction of each pair is judged with witnesses: the articles
// archived as related to either side (at most provenance.MaxWitnesses per
// article, strongest first).
func (a *Archive) Check(ctx context.Context, art *reprint.Article) (*report.Scan, *CheckStats, error) {
	q, err := record(art)
	if err != nil {
		return nil, nil, err
	}
	q.Seq = checkSeq
	wk, err := a.worker()
	if err != nil {
		return nil, nil, err
	}
	defer a.putWorker(wk)
	rq := wk.Read(q.Text)
	keys := rq.Keys()
	q.Words = keys.Words
	df, docs, err := a.store.DF(ctx, keys.Terms)
	if err != nil {
		return nil, nil, err
	}
	cs := &CheckStats{Archived: docs}
	for _, t := range keys.Terms {
		df[t]++
	}
	idf := rewrite.NewIDFCounts(docs+1, df)
	top := a.det.TopTerms(keys.Terms, idf)

	sst, err := a.store.Stats(ctx)
	if err != nil {
		return nil, nil, err
	}
	sst.Articles++
	sst.Words += int64(keys.Words)
	all, err := a.allPairsSeqs(ctx, sst)
	if err != nil {
		return nil, nil, err
	}
	var ms matchStats
	cands, err := a.candidates(ctx, keys, top, all, checkSeq, &ms)
	if err != nil {
		return nil, nil, err
	}
	recs, err := a.store.Get(ctx, candidateSeqs(cands))
	if err != nil {
		return nil, nil, err
	}
	// Leave out the archived version of the article itself.
	for i := 0; i < len(recs); i++ {
		if recs[i].ID == q.ID {
			recs = slices.Delete(recs, i, i+1)
			cands = slices.Delete(cands, i, i+1)
			i--
		}
	}
	cs.Read = len(recs)
	// The IDF must weigh the candidates' terms too. Candidates are read,
	// prepared and aligned on every core: a check of many candidates is
	// what makes the tail of its latency. Those of one shared phrase are
	// read as far as their tokens, and no further unless the phrase check
	// finds more shared (detect's "The phrase check").
	candTerms := make([][]uint64, len(recs))
	read := make([]*detect.Doc, len(recs))
	err = a.eachWorker(ctx, len(recs), func(wk *detect.Worker, i int) error {
		words := wk.ReadWords(recs[i].Text)
		if cands[i].onePhrase && !wk.Near(wk.Grams(words), rq) {
			return nil
		}
		read[i] = wk.ReadForPairingFrom(words) // each is prepared below
		candTerms[i] = read[i].Terms()
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	k := 0
	for i := range recs {
		if read[i] == nil {
			ms.phraseChecked++
			continue
		}
		recs[k], cands[k], read[k], candTerms[k] = recs[i], cands[i], read[i], candTerms[i]
		k++
	}
	recs, cands, read, candTerms = recs[:k], cands[:k], read[:k], candTerms[:k]
	counts := &termCounts{idf: idf, store: a.store}
	if err := counts.need(ctx, slices.Concat(candTerms...)); err != nil {
		return nil, nil, err
	}
	var dq *detect.Doc
	if len(recs) > 0 {
		dq = wk.Prepare(rq, idf)
	}
	found := make([]*PairRecord, len(recs))
	aligned := make([]bool, len(recs))
	err = a.eachWorker(ctx, len(recs), func(wk *detect.Worker, i int) error {
		dc := wk.Prepare(read[i], idf)
		var err error
		found[i], aligned[i], err = a.pairCandidate(ctx, wk, q, dq, top, cands[i], recs[i], dc, idf)
		return err
	})
	if err != nil {
		return nil, nil, err
	}
	var pairs []PairRecord
	for i, p := range found {
		if aligned[i] {
			ms.candidates++
		}
		if p != nil {
			pairs = append(pairs, *p)
		}
	}
	cs.Candidates, cs.PhraseChecked, cs.Capped = ms.candidates, ms.phraseChecked, ms.cappedPostings

	model, err := a.judgeCheck(ctx, wk, q, keys.Terms, recs, candTerms, pairs)
	if err != nil {
		return nil, nil, err
	}
	model.Stats.Candidates = cs.Candidates
	return model, cs, nil
}

// judgeCheck judges the pairs found for a checked article q, with the
// archived pairs of its related articles as witnesses, and keeps what
// concerns q.
func (a *Archive) judgeCheck(ctx context.Context, wk *detect.Worker, q *Record, qTerms []uint64, recs []*Record, recTerms [][]uint64, found []PairRecord) (*report.Scan, error) {
	related := map[int64]int{} // Seq → index into recs
	for i, r := range recs {
		related[r.Seq] = i
	}
	var relSeqs []int64
	for _, p := range found {
		relSeqs = append(relSeqs, p.A)
	}
	// Witnesses: the archived pairs of the related articles.
	stored, err := a.store.PairsOf(ctx, relSeqs)
	if err != nil {
		return nil, err
	}
	strength := map[int64]float64{}
	perArticle := map[int64][]int64{}
	for _, p := range stored {
		if p.Pair.Relation <= judge.Unrelated || p.Pair.Relation == judge.SameStory {
			continue
		}
		s := max(p.Pair.Coverage.A, p.Pair.Coverage.B)
		for _, side := range [][2]int64{{p.A, p.B}, {p.B, p.A}} {
			if _, ok := related[side[0]]; ok && side[1] != q.Seq {
				perArticle[side[0]] = append(perArticle[side[0]], side[1])
				strength[side[1]] = max(strength[side[1]], s)
			}
		}
	}
	extra := map[int64]bool{}
	inFound := map[int64]bool{}
	for _, p := range found {
		inFound[p.A] = true
	}
	var candExtra []*Record // candidates of q not related to it, witnesses of one that is
	for _, seq := range relSeqs {
		ns := perArticle[seq]
		slices.SortFunc(ns, func(x, y int64) int { return cmp.Or(cmp.Compare(strength[y], strength[x]), cmp.Compare(x, y)) })
		for _, n := range ns[:min(len(ns), provenance.MaxWitnesses)] {
			switch i, ok := related[n]; {
			case inFound[n] || extra[n]:
			case ok:
				// A candidate whose pair with q was left out (its
				// publisher's other page, housePage): a witness all
				// the same, read already.
				extra[n] = true
				candExtra = append(candExtra, recs[i])
			default:
				extra[n] = true
			}
		}
	}
	extraSeqs := make([]int64, 0, len(extra))
	for s := range extra {
		if _, ok := related[s]; !ok {
			extraSeqs = append(extraSeqs, s)
		}
	}
	slices.Sort(extraSeqs)
	extraRecs, err := a.store.Get(ctx, extraSeqs)
	if err != nil && !errors.Is(err, ErrNotFound) {
		return nil, err
	}

	// The corpus to judge: archived articles in Seq order, q last.
	type member struct {
		rec   *Record
		terms []uint64
	}
	var members []member
	for _, p := range found {
		i := related[p.A]
		members = append(members, member{recs[i], recTerms[i]})
	}
	for _, r := range slices.Concat(extraRecs, candExtra) {
		members = append(members, member{rec: r})
	}
	slices.SortFunc(members, func(x, y member) int { return cmp.Compare(x.rec.Seq, y.rec.Seq) })
	members = append(members, member{q, qTerms})
	idx := map[int64]int{}
	c := &Corpus{Thresholds: a.opts.Judge}
	for i, m := range members {
		idx[m.rec.Seq] = i
		c.Articles = append(c.Articles, m.rec.Article())
		c.Words = append(c.Words, m.rec.Words)
		c.Terms = append(c.Terms, m.terms)
	}
	for i := range c.Terms {
		if c.Terms[i] == nil {
			c.Terms[i] = wk.Keys(c.Articles[i].Text).Terms
		}
	}
	for _, p := range stored {
		i, okA := idx[p.A]
		j, okB := idx[p.B]
		if okA && okB {
			dp := p.Pair
			dp.A, dp.B = i, j
			c.Pairs = append(c.Pairs, dp)
		}
	}
	for _, p := range found {
		dp := p.Pair
		dp.A, dp.B = idx[p.A], idx[p.B]
		c.Pairs = append(c.Pairs, dp)
	}
	slices.SortFunc(c.Pairs, func(x, y detect.Pair) int { return cmp.Or(cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B)) })
	// As Scan: what ties q to a story only through its publisher's other
	// page is no pair (houseLinked).
	c.Pairs, _, err = houseLinked(c.Pairs, func(i int) reprint.Meta { return c.Articles[i].Meta }, func(i int) (string, error) { return c.Articles[i].Text, nil })
	if err != nil {
		return nil, err
	}
	full, err := Judge(ctx, c)
	if err != nil {
		return nil, err
	}

	// Keep q, its related articles, its pairs and its story.
	keep := map[string]bool{q.ID: true}
	for _, p := range full.Pairs {
		// Under thresholds other than the defaults, Judge may leave out a
		// pair found: its article is then not related.
		if p.A == q.ID || p.B == q.ID {
			keep[p.A], keep[p.B] = true, true
		}
	}
	out := &report.Scan{Schema: report.Schema, Stories: []report.Story{}, Pairs: []report.Pair{}, Rejected: []report.Rejected{}}
	qi := len(full.Articles) - 1
	out.Articles = append(out.Articles, full.Articles[qi])
	for _, ra := range full.Articles[:qi] {
		if keep[ra.ID] {
			out.Articles = append(out.Articles, ra)
		}
	}
	for _, p := range full.Pairs {
		if p.A == q.ID || p.B == q.ID {
			out.Pairs = append(out.Pairs, p)
		}
	}
	for _, st := range full.Stories {
		if !slices.Contains(st.Articles, q.ID) {
			continue
		}
		rs := report.Story{ID: 1, Lineage: []report.Edge{}}
		for _, id := range st.Articles {
			if keep[id] {
				rs.Articles = append(rs.Articles, id)
			}
		}
		for _, e := range st.Lineage {
			if keep[e.Child] && (keep[e.Parent] || e.Parent == report.Unseen) {
				rs.Lineage = append(rs.Lineage, e)
			}
		}
		out.Stories = append(out.Stories, rs)
	}
	out.Stats = report.Stats{Read: 1, Articles: 1, RelatedPairs: len(out.Pairs), Stories: len(out.Stories)}
	return out, nil
}

// Remove deletes the article of id from the archive, with its postings
// and pairs. ErrNotFound if there is none.
func (a *Archive) Remove(ctx context.Context, id string) error {
	rec, err := a.store.Lookup(ctx, id)
	if err != nil {
		return err
	}
	wk, err := a.det.NewWorker()
	if err != nil {
		return err
	}
	k := wk.Keys(rec.Text)
	return a.store.Update(ctx, func(tx Tx) error { return tx.Remove(rec.Seq, postingKeys(k), k.Terms) })
}

// Reuse reports whether a report holds a pair of reuse (copy, partial
// copy or rewrite), not only same-story pairs.
func Reuse(s *report.Scan) bool {
	for _, p := range s.Pairs {
		if p.Relation != judge.SameStory.String() && p.Relation != judge.Unrelated.String() {
			return true
		}
	}
	return false
}

// errNoArticle is returned by ReadOne when the input holds no article.
var errNoArticle = errors.New("no article")

// ReadOne reads the first article of path (a file, or a folder's first)
// with both cleaning layers over that one article: what check and compare
// judge. The corpus layer finds little in one article; an archive's
// recurring lines of a site are not applied to it.
func ReadOne(ctx context.Context, opts ingest.Options, path string) (*reprint.Article, error) {
	var first *reprint.Article
	var why *reprint.Rejected
	boiler, _, err := Read(ctx, opts, []string{path}, nil, func(a *reprint.Article, r *reprint.Rejected) error {
		if first == nil && a != nil {
			first = a
		}
		if why == nil && r != nil {
			why = r
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if first == nil {
		if why != nil {
			return nil, fmt.Errorf("%s: %w: %s %s", path, errNoArticle, why.Reason, why.Detail)
		}
		return nil, fmt.Errorf("%s: %w", path, errNoArticle)
	}
	boiler.Apply(first)
	first.Raw = nil
	return first, nil
}

// Verify checks the archive's invariants and returns the first breach:
// every article's text reads back; its posting lists hold it under every
// key its text gives (and the store holds no other postings); the document
// frequencies are exactly those of the archived texts; every pair joins
// two archived articles, and no article still pending is the later side
// of a pair (its pairs and the end of its pending state commit together).
// It reads everything: a check for tests and for `reprint archive verify`.
func (a *Archive) Verify(ctx context.Context) error {
	wk, err := a.det.NewWorker()
	if err != nil {
		return err
	}
	df := map[uint64]uint32{}
	seqs := map[int64]bool{}
	pending := map[int64]bool{}
	var postings, words, bytes int64
	for r, err := range a.store.Articles(ctx, true) {
		if err != nil {
			return err
		}
		seqs[r.Seq] = true
		if r.Pending {
			pending[r.Seq] = true
		}
		if len(r.Text) != r.Bytes {
			return fmt.Errorf("article %q: text of %d bytes, archived as %d", r.ID, len(r.Text), r.Bytes)
		}
		words += int64(r.Words)
		bytes += int64(r.Bytes)
		k := wk.Keys(r.Text)
		if k.Words != r.Words {
			return fmt.Errorf("article %q: %d words, archived as %d", r.ID, k.Words, r.Words)
		}
		for _, t := range k.Terms {
			df[t]++
		}
		keys := postingKeys(k)
		postings += int64(len(keys))
		found := 0
		err := a.store.Postings(ctx, keys, math.MaxInt32-1, func(_ uint64, s []int64, capped bool) {
			if _, ok := slices.BinarySearch(s, r.Seq); ok || capped {
				found++
			}
		})
		if err != nil {
			return err
		}
		if found != len(keys) {
			return fmt.Errorf("article %q: %d of its %d posting keys hold it", r.ID, found, len(keys))
		}
	}
	st, err := a.store.Stats(ctx)
	if err != nil {
		return err
	}
	if st.Postings != postings {
		return fmt.Errorf("%d postings counted, %d expected from the texts", st.Postings, postings)
	}
	if st.Articles != len(seqs) || st.Pending != len(pending) || st.Words != words || st.TextBytes != bytes {
		return fmt.Errorf("counts say %d articles, %d pending, %d words, %d bytes; the archive holds %d, %d, %d, %d",
			st.Articles, st.Pending, st.Words, st.TextBytes, len(seqs), len(pending), words, bytes)
	}
	if st.Terms != len(df) {
		return fmt.Errorf("counts say %d terms, %d expected from the texts", st.Terms, len(df))
	}
	// No more postings are stored than the texts give (capped lists keep
	// none), so none is left of removed articles.
	if n, err := a.store.CountPostings(ctx); err != nil {
		return err
	} else if n > postings {
		return fmt.Errorf("%d postings stored, at most %d expected from the texts", n, postings)
	}
	got, docs, err := a.store.AllDF(ctx)
	if err != nil {
		return err
	}
	if docs != len(seqs) {
		return fmt.Errorf("document frequencies count %d documents, the archive holds %d", docs, len(seqs))
	}
	if len(got) != len(df) {
		return fmt.Errorf("%d terms counted, %d expected from the texts", len(got), len(df))
	}
	for t, n := range df {
		if got[t] != n {
			return fmt.Errorf("term %x: document frequency %d, expected %d", t, got[t], n)
		}
	}
	pairs := 0
	for p, err := range a.store.Pairs(ctx) {
		if err != nil {
			return err
		}
		pairs++
		if !seqs[p.A] || !seqs[p.B] || p.A >= p.B {
			return fmt.Errorf("pair %d-%d does not join two archived articles in order", p.A, p.B)
		}
		if pending[p.B] {
			return fmt.Errorf("pair %d-%d has a pending later article", p.A, p.B)
		}
	}
	if pairs != st.Pairs {
		return fmt.Errorf("counts say %d pairs, the archive holds %d", st.Pairs, pairs)
	}
	return nil
}
