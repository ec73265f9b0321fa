package engine

import (
	"context"
	"fmt"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/clean"
	"github.com/reprint/reprint/ingest"
)

// Read runs the reading stage and the first cleaning layer: every item of
// paths is read, each article cleaned on its own and counted for the
// corpus layer, and handed to emit (an article or a rejection, in input
// order). It returns the corpus-level boilerplate for the caller to apply
// once all items are seen, and the reader's counts. progress, if not nil,
// is told of every item read.
func Read(ctx context.Context, opts ingest.Options, paths []string, progress Progress, emit func(*reprint.Article, *reprint.Rejected) error) (*clean.Boilerplate, ingest.Stats, error) {
	cleaner, err := clean.New(clean.Options{})
	if err != nil {
		return nil, ingest.Stats{}, fmt.Errorf("engine: %w", err)
	}
	corpus := clean.NewCorpus(clean.CorpusOptions{})
	if err := corpus.Err(); err != nil {
		return nil, ingest.Stats{}, fmt.Errorf("engine: %w", err)
	}
	s := ingest.Open(ctx, opts, paths...)
	defer s.Close()
	n := 0
	for s.Next() {
		if a := s.Article(); a != nil {
			cleaner.Clean(a)
			corpus.Add(a)
			err = emit(a, nil)
		} else {
			err = emit(nil, s.Rejected())
		}
		if err != nil {
			return nil, s.Stats(), err
		}
		n++
		progress.report(StepRead, n, 0)
	}
	if err := s.Err(); err != nil {
		return nil, s.Stats(), err
	}
	return corpus.Finish(), s.Stats(), nil
}

// Progress is told how a long step advances: the step, the items done and
// the total (0 while unknown). It is called from one goroutine at a time
// per step, possibly from several steps' goroutines; a nil Progress is
// silent.
type Progress func(step Step, done, total int)

func (p Progress) report(step Step, done, total int) {
	if p != nil {
		p(step, done, total)
	}
}

// Step names a long step of the engine, for progress reports.
type Step string

// The engine's long steps.
const (
	StepRead       Step = "reading"
	StepIndex      Step = "indexing"
	StepCandidates Step = "candidates"
	StepAlign      Step = "aligning"
	StepJudge      Step = "judging"
)
