package engine

import (
	"bufio"
	"context"
	"encoding/gob"
	"fmt"
	"io"
	"os"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/ingest"
)

// ReadAll reads paths with both cleaning layers and hands every item to
// emit in input order, articles with the corpus-level boilerplate removed.
// Pass one reads, cleans each article and counts recurring lines, spilling
// the cleaned articles to a temporary file (in dir, or the system's
// temporary folder when dir is "") so that a crawl never has to fit in
// memory; pass two reads the spill back, applies the corpus layer and
// emits. The spill file is removed however ReadAll returns. Articles are
// emitted without their Raw bytes. counted, if not nil, is told the
// reader's counts between the two passes, before the first emit.
func ReadAll(ctx context.Context, opts ingest.Options, paths []string, dir string, progress Progress, counted func(ingest.Stats), emit func(*reprint.Article, *reprint.Rejected) error) (ingest.Stats, error) {
	spill, err := os.CreateTemp(dir, "reprint-spill-*.gob")
	if err != nil {
		return ingest.Stats{}, fmt.Errorf("creating spill file: %w", err)
	}
	defer os.Remove(spill.Name())
	defer spill.Close()
	bw := bufio.NewWriter(spill)
	enc := gob.NewEncoder(bw)

	boiler, st, err := Read(ctx, opts, paths, progress, func(a *reprint.Article, r *reprint.Rejected) error {
		if a != nil {
			a.Raw = nil // spans point into Text; keeps the spill small
		}
		if err := enc.Encode(&spillItem{Article: a, Rejected: r}); err != nil {
			return fmt.Errorf("writing spill file: %w", err)
		}
		return nil
	})
	if err != nil {
		return st, err
	}
	if err := bw.Flush(); err != nil {
		return st, fmt.Errorf("writing spill file: %w", err)
	}
	if _, err := spill.Seek(0, io.SeekStart); err != nil {
		return st, fmt.Errorf("rewinding spill file: %w", err)
	}
	if counted != nil {
		counted(st)
	}
	dec := gob.NewDecoder(bufio.NewReader(spill))
	for {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		var it spillItem
		if err := dec.Decode(&it); err == io.EOF {
			break
		} else if err != nil {
			return st, fmt.Errorf("reading spill file: %w", err)
		}
		if it.Article != nil {
			boiler.Apply(it.Article)
		}
		if err := emit(it.Article, it.Rejected); err != nil {
			return st, err
		}
	}
	return st, nil
}

type spillItem struct {
	Article  *reprint.Article
	Rejected *reprint.Rejected
}
