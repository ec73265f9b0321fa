package engine

import (
	"context"
	"errors"
	"fmt"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/ingest"
	"github.com/reprint/reprint/judge"
	"github.com/reprint/reprint/report"
)

// Options configure the engine's stages. The zero value is ready to use.
type Options struct {
	// Ingest configures the readers.
	Ingest ingest.Options
	// Detect configures candidate search and alignment.
	Detect detect.Options
	// TmpDir holds ScanTo's temporary files (the system's temporary
	// folder when "").
	TmpDir string
	// Judge holds the bars of the relation and the extent (zero fields:
	// judge's defaults). detect judges every pair under the defaults and
	// keeps the related ones; Judge judges them again under these bars.
	// So SameStoryMin, SameStoryMinTerms and SameStoryMinFacts may be
	// raised, not lowered
	// (Validate): a pair without a passage under the default bars was
	// never kept. Every other bar moves freely, since a pair with a
	// passage is always kept.
	Judge judge.Thresholds
}

// ErrJudgeBelowDetect is the error Validate wraps for a same-story bar
// below its default.
var ErrJudgeBelowDetect = errors.New("engine: the same-story bars can be raised, not lowered: detect drops the pairs below their defaults")

// Validate reports thresholds out of range.
func (o Options) Validate() error {
	if err := o.Judge.Validate(); err != nil {
		return fmt.Errorf("engine: %w", err)
	}
	th := o.Judge
	th.SetDefaults()
	if th.SameStoryMin < judge.SameStoryMin {
		return fmt.Errorf("%w: SameStoryMin %v, default %v", ErrJudgeBelowDetect, th.SameStoryMin, judge.SameStoryMin)
	}
	if th.SameStoryMinTerms < judge.SameStoryMinTerms {
		return fmt.Errorf("%w: SameStoryMinTerms %d, default %d", ErrJudgeBelowDetect, th.SameStoryMinTerms, judge.SameStoryMinTerms)
	}
	if th.SameStoryMinFacts < judge.SameStoryMinFacts {
		return fmt.Errorf("%w: SameStoryMinFacts %d, default %d", ErrJudgeBelowDetect, th.SameStoryMinFacts, judge.SameStoryMinFacts)
	}
	return nil
}

// Detect reads and cleans paths (both layers), then finds the related
// pairs among all the articles read, in memory: the batch path. It holds
// the cleaned texts and what the report says of each article, not the
// bodies they were cleaned from (ReadAll spills those to a temporary file
// between the two cleaning layers), and detect.Run holds their keys. Judge
// turns the result into a report.
func Detect(ctx context.Context, opts Options, paths []string, progress Progress) (*Corpus, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	res := &Corpus{Thresholds: opts.Judge}
	st, err := ReadAll(ctx, opts.Ingest, paths, "", progress, nil, func(a *reprint.Article, r *reprint.Rejected) error {
		if a != nil {
			// Spans point into Text; the body it was cleaned from, the
			// maps back to it and the removed lines are not needed again.
			a.Body, a.BodyMap, a.TextMap, a.Removed = "", nil, nil, nil
			res.Articles = append(res.Articles, a)
		} else {
			res.Rejected = append(res.Rejected, r)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	res.Read = st
	texts := make([]string, len(res.Articles))
	for i, a := range res.Articles {
		texts[i] = a.Text
	}
	d, err := detect.New(opts.Detect)
	if err != nil {
		return nil, fmt.Errorf("engine: %w", err)
	}
	out, err := d.Run(ctx, texts, func(done, total int) { progress.report(StepAlign, done, total) })
	if err != nil {
		return nil, err
	}
	wk, err := d.NewWorker()
	if err != nil {
		return nil, fmt.Errorf("engine: %w", err)
	}
	pairs := out.Pairs[:0]
	for _, p := range out.Pairs {
		if publisherOnly(wk, &p, res.Articles[p.A], res.Articles[p.B]) {
			continue
		}
		p.Units = nil // Judge does not read them
		pairs = append(pairs, p)
	}
	res.Pairs, res.Stats = pairs, out.Stats
	res.Words, res.Terms = out.Words, out.Terms
	return res, nil
}

// Scan is Detect then Judge: the report of the articles under paths. It
// is ScanTo into a report.Collect.
func Scan(ctx context.Context, opts Options, paths []string, progress Progress) (*report.Scan, error) {
	var c report.Collect
	if err := ScanTo(ctx, opts, paths, &c, progress); err != nil {
		return nil, err
	}
	return &c.Scan, nil
}

// ScanTo hands the report Scan gives to sink, part by part in document
// order. It holds what Detect holds — the cleaned texts and the pairs
// found — and judges the stories one at a time ("Stories one at a time",
// stories.go), never the whole report: the judged pairs wait in a
// temporary file (in opts.TmpDir) until the stories are handed on.
func ScanTo(ctx context.Context, opts Options, paths []string, sink report.Sink, progress Progress) error {
	res, err := Detect(ctx, opts, paths, progress)
	if err != nil {
		return err
	}
	return res.JudgeTo(ctx, opts.TmpDir, sink, progress)
}

// JudgeTo hands sink the report Judge gives of res, judging one story at a
// time (see ScanTo); tmpDir holds the judged pairs meanwhile ("" for the
// system's temporary folder). res.Pairs may be replaced, as by Judge.
func (res *Corpus) JudgeTo(ctx context.Context, tmpDir string, sink report.Sink, progress Progress) error {
	th := res.Thresholds
	th.SetDefaults()
	if th != judge.DefaultThresholds() {
		res.Pairs = rejudge(res.Pairs, th)
	}
	arts := res.Articles
	pairs, _, err := houseLinked(res.Pairs, func(i int) reprint.Meta { return arts[i].Meta }, func(i int) (string, error) { return arts[i].Text, nil })
	if err != nil {
		return err
	}
	res.Pairs = pairs
	id := func(i int) string { return arts[i].ID }
	none := func() (struct{}, error) { return struct{}{}, nil }
	sj, err := judgeStories(ctx, len(arts), res.Pairs, id, tmpDir, none, func(_ struct{}, members, pairIdx []int) (*report.Scan, error) {
		// The story's own corpus (its pairs, judged under th already,
		// come out the same when Judge judges them again).
		c := &Corpus{Thresholds: res.Thresholds}
		local := make(map[int]int, len(members))
		for k, i := range members {
			local[i] = k
			c.Articles = append(c.Articles, arts[i])
			if i < len(res.Words) {
				c.Words = append(c.Words, res.Words[i])
			}
			if res.Terms != nil {
				c.Terms = append(c.Terms, res.Terms[i])
			}
		}
		for _, k := range pairIdx {
			p := res.Pairs[k]
			p.A, p.B = local[p.A], local[p.B]
			c.Pairs = append(c.Pairs, p)
		}
		return Judge(ctx, c)
	}, progress)
	if err != nil {
		return err
	}
	defer sj.Close()
	for _, a := range arts {
		if err := sink.Article(ReportArticle(a)); err != nil {
			return err
		}
	}
	stories, err := sj.emit(ctx, sink, id)
	if err != nil {
		return err
	}
	for _, r := range res.Rejected {
		if err := sink.Rejected(report.Rejected{Input: r.Input, Reason: r.Reason.String(), Detail: r.Detail}); err != nil {
			return err
		}
	}
	return sink.Close(report.Stats{
		Read: res.Read.Read, Articles: res.Read.Articles, Rejected: res.Read.Rejected,
		Candidates: res.Stats.Candidates, RelatedPairs: sj.pairs, Stories: stories,
		CappedPairs: res.Stats.CappedPairs, CappedBuckets: res.Stats.CappedBuckets, CappedPostings: res.Stats.CappedPostings,
	})
}

// Compare reads the first article of each path and judges the pair: the
// report of the two.
func Compare(ctx context.Context, opts Options, pathA, pathB string) (*report.Scan, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	res := &Corpus{Thresholds: opts.Judge}
	for _, path := range []string{pathA, pathB} {
		first, err := ReadOne(ctx, opts.Ingest, path)
		if err != nil {
			return nil, err
		}
		res.Articles = append(res.Articles, first)
		res.Read.Articles++
	}
	if res.Articles[0].ID == res.Articles[1].ID {
		// Two files of the same name in different folders.
		res.Articles[0].ID, res.Articles[1].ID = pathA, pathB
	}
	d, err := detect.New(opts.Detect)
	if err != nil {
		return nil, fmt.Errorf("engine: %w", err)
	}
	out, err := d.Run(ctx, []string{res.Articles[0].Text, res.Articles[1].Text}, nil)
	if err != nil {
		return nil, err
	}
	res.Pairs, res.Stats, res.Words, res.Terms = out.Pairs, out.Stats, out.Words, out.Terms
	res.Read.Read, res.Read.Rejected = 2, 0
	return Judge(ctx, res)
}
