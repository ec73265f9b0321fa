package main

import (
	"context"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/clean"
	"github.com/reprint/reprint/ingest"
)

// readCleaned runs the reading stage and the first cleaning layer: every
// item of paths is read, each article cleaned on its own and counted for the
// corpus layer, and handed to emit (an article or a rejection, in input
// order). It returns the corpus-level boilerplate for the caller to apply
// once all items are seen, and the reader's counts.
func (m *Main) readCleaned(ctx context.Context, opts ingest.Options, paths []string, emit func(*reprint.Article, *reprint.Rejected) error) (*clean.Boilerplate, ingest.Stats, error) {
	cleaner, err := clean.New(clean.Options{})
	if err != nil {
		return nil, ingest.Stats{}, err
	}
	corpus := clean.NewCorpus(clean.CorpusOptions{})
	if err := corpus.Err(); err != nil {
		return nil, ingest.Stats{}, err
	}
	bar := m.newProgress(ctx, "reading")
	defer bar.Done()
	s := ingest.Open(ctx, opts, paths...)
	defer s.Close()
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
		bar.Increment()
	}
	if err := s.Err(); err != nil {
		return nil, s.Stats(), err
	}
	return corpus.Finish(), s.Stats(), nil
}
