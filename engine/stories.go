package engine

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/report"
)

// Stories one at a time
//
// Everything Judge decides of a pair — direction with its witnesses,
// credit, quotations, lineage — depends only on the articles and pairs of
// its story, a connected component of the related pairs. So a report need
// not be judged whole: storyJudge finds the components, judges them in
// the report's order (largest first, ties by first article) a batch at a
// time in parallel, keeps the stories and spills the judged pairs to a
// temporary file, since the document lists every story before the first
// pair. Memory is then the pairs as detect found them, the stories'
// membership and one batch of stories being judged, not the report.
// Archive.ScanTo and ScanTo (the batch path) both judge this way; the
// report is the one Judge gives over the whole corpus
// (TestArchiveSeedsSameAsScan, TestScanToSameAsJudge).

// scanBatch is how many articles ScanTo reads back at once for their
// texts, and how many stories it judges between two hand-overs: enough to
// keep every core busy and a store's reads in large batches, few enough
// that their texts are a small part of memory.
const scanBatch = 256

// storyJudge holds the stories of a corpus judged so far and the spill
// of their pairs.
type storyJudge struct {
	stories []report.Story // the stories of several articles, in order
	paired  []bool         // by article: in a story of several
	pairs   int            // pairs in the spill
	spill   *os.File
	bw      *bufio.Writer
}

// judgeFunc judges one story: members are article indexes (ascending),
// pairs indexes into the corpus's pairs. It must return a report of that
// one story.
type judgeFunc[W any] func(w W, members, pairs []int) (*report.Scan, error)

// judgeStories judges the stories of a corpus of n articles whose related
// pairs are pairs (A and B indexes below n), in the report's order. id
// names article i. Each goroutine judges with its own W from newW. The
// caller closes the result.
func judgeStories[W any](ctx context.Context, n int, pairs []detect.Pair, id func(i int) string, tmpDir string,
	newW func() (W, error), judge judgeFunc[W], progress Progress) (*storyJudge, error) {
	groups := components(n, pairs)
	sj := &storyJudge{paired: make([]bool, n)}
	for _, g := range groups {
		for _, i := range g.members {
			sj.paired[i] = true
		}
	}

	spill, err := os.CreateTemp(tmpDir, "reprint-scan-*.jsonl")
	if err != nil {
		return nil, fmt.Errorf("creating scan spill file: %w", err)
	}
	sj.spill, sj.bw = spill, bufio.NewWriter(spill)
	// JSON, not gob: gob reads an empty list back as nil, and the report
	// tells [] from null.
	enc := json.NewEncoder(sj.bw)
	var mu sync.Mutex
	done := 0
	for start := 0; start < len(groups); start += scanBatch {
		batch := groups[start:min(start+scanBatch, len(groups))]
		judged := make([]*report.Scan, len(batch))
		err := forEachWith(ctx, len(batch), newW, func(w W, gi int) error {
			res, err := judge(w, batch[gi].members, batch[gi].pairs)
			if err != nil {
				return err
			}
			judged[gi] = res
			mu.Lock()
			defer mu.Unlock()
			done++
			progress.report(StepJudge, done, len(groups))
			return nil
		})
		if err != nil {
			sj.Close()
			return nil, err
		}
		for gi, res := range judged {
			if len(res.Stories) != 1 {
				sj.Close()
				return nil, fmt.Errorf("engine: a component of %d articles made %d stories", len(batch[gi].members), len(res.Stories))
			}
			st := res.Stories[0]
			st.ID = len(sj.stories) + 1
			sj.stories = append(sj.stories, st)
			ps := storyPairs(res, batch[gi].members, id)
			for k := range ps {
				if err := enc.Encode(&ps[k]); err != nil {
					sj.Close()
					return nil, fmt.Errorf("writing scan spill file: %w", err)
				}
			}
			sj.pairs += len(ps)
		}
	}
	if err := sj.bw.Flush(); err != nil {
		sj.Close()
		return nil, fmt.Errorf("writing scan spill file: %w", err)
	}
	return sj, nil
}

// group is one story of a corpus: a connected component of its related
// pairs.
type group struct {
	members []int // article indexes, ascending
	pairs   []int // indexes into the corpus's pairs
}

// components returns the stories of a corpus of n articles whose related
// pairs are pairs (A and B indexes below n), in the report's order:
// largest first, ties by first article. Articles in no pair are in none.
func components(n int, pairs []detect.Pair) []*group {
	root := make([]int32, n)
	for i := range root {
		root[i] = int32(i)
	}
	find := func(x int) int {
		for int(root[x]) != x {
			root[x] = root[root[x]]
			x = int(root[x])
		}
		return x
	}
	for _, p := range pairs {
		if x, y := find(p.A), find(p.B); x != y {
			root[max(x, y)] = int32(min(x, y))
		}
	}
	byRoot := map[int]*group{}
	var groups []*group
	for k, p := range pairs {
		r := find(p.A)
		g := byRoot[r]
		if g == nil {
			g = &group{}
			byRoot[r] = g
			groups = append(groups, g)
		}
		g.pairs = append(g.pairs, k)
	}
	for i := range n {
		if g := byRoot[find(i)]; g != nil {
			g.members = append(g.members, i)
		}
	}
	slices.SortFunc(groups, func(x, y *group) int {
		return cmp.Or(cmp.Compare(len(y.members), len(x.members)), cmp.Compare(x.members[0], y.members[0]))
	})
	return groups
}

// storyPairs returns the pairs of res, the judgement of one story whose
// articles are members (id names article i), in the report's order: by
// strength, ties in (A, B) order, as Judge orders them within a story. It
// sorts res.Pairs in place.
func storyPairs(res *report.Scan, members []int, id func(i int) string) []report.Pair {
	pos := map[string]int{}
	for k, i := range members {
		pos[id(i)] = k
	}
	ps := res.Pairs
	slices.SortFunc(ps, func(x, y report.Pair) int {
		return cmp.Or(cmp.Compare(pos[x.A], pos[y.A]), cmp.Compare(pos[x.B], pos[y.B]))
	})
	slices.SortStableFunc(ps, func(x, y report.Pair) int {
		return cmp.Compare(max(y.Coverage.A, y.Coverage.B), max(x.Coverage.A, x.Coverage.B))
	})
	return ps
}

// emit hands sink the stories — those of several articles, then every
// other article alone, named by id — and then the judged pairs, back from
// the spill. It returns the number of stories.
func (sj *storyJudge) emit(ctx context.Context, sink report.Sink, id func(i int) string) (int, error) {
	for _, st := range sj.stories {
		if err := sink.Story(st); err != nil {
			return 0, err
		}
	}
	n := len(sj.stories)
	sj.stories = nil
	for i, p := range sj.paired {
		if p {
			continue
		}
		n++
		if err := sink.Story(report.Story{ID: n, Articles: []string{id(i)}, Lineage: []report.Edge{}}); err != nil {
			return 0, err
		}
	}
	if _, err := sj.spill.Seek(0, io.SeekStart); err != nil {
		return 0, fmt.Errorf("rewinding scan spill file: %w", err)
	}
	dec := json.NewDecoder(bufio.NewReader(sj.spill))
	for range sj.pairs {
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		var p report.Pair
		if err := dec.Decode(&p); err != nil {
			return 0, fmt.Errorf("reading scan spill file: %w", err)
		}
		if err := sink.Pair(p); err != nil {
			return 0, err
		}
	}
	return n, nil
}

// Close removes the spill file.
func (sj *storyJudge) Close() {
	sj.spill.Close()
	os.Remove(sj.spill.Name())
}

// forEachWith runs fn(w, i) for i in [0, n) on GOMAXPROCS goroutines, each
// with its own w from newW. The first error of newW or fn stops the others
// and is returned; else the context's error if it was cancelled.
func forEachWith[W any](ctx context.Context, n int, newW func() (W, error), fn func(w W, i int) error) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	workers := min(runtime.GOMAXPROCS(0), max(n, 1))
	ws := make([]W, workers)
	for k := range ws {
		w, err := newW()
		if err != nil {
			return err
		}
		ws[k] = w
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for _, w := range ws {
		wg.Go(func() {
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				if err := fn(w, i); err != nil {
					cancel(err)
					return
				}
			}
		})
	}
	wg.Wait()
	if ctx.Err() != nil {
		return context.Cause(ctx)
	}
	return nil
}
