package main

import (
	"bufio"
	"context"
	"encoding/gob"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/ingest"
	"github.com/spf13/cobra"
)

func (m *Main) extractCommand() *cobra.Command {
	var maxBytes int64
	c := &cobra.Command{
		Use:   "extract PATHS...",
		Short: "read articles (text, HTML, WARC, JSONL) and print their cleaned text as JSON lines",
		Long: `extract reads files and folders of articles and writes one JSON object per
line to stdout: an article (kind "article": id, input, format, meta, text,
removed lines with their reasons, attribution lines) or an item that could not
be read (kind "rejected": input, reason, detail). A summary goes to stderr.`,
		Args: minArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			opts := ingest.Options{MaxArticleBytes: maxBytes}
			return m.extract(c.Context(), opts, args)
		},
	}
	c.Flags().Int64Var(&maxBytes, "max-bytes", ingest.DefaultMaxArticleBytes, "reject items larger than this many bytes")
	return c
}

// articleRecord is one line of extract's output.
type articleRecord struct {
	Kind string `json:"kind"` // "article"
	*reprint.Article
}

type rejectedRecord struct {
	Kind string `json:"kind"` // "rejected"
	*reprint.Rejected
}

// extract runs the two cleaning layers. Pass one reads, cleans each
// article and counts recurring lines, spilling the cleaned articles to a
// temporary file so that a crawl never has to fit in memory; pass two reads
// the spill back, removes the corpus-level boilerplate and prints.
func (m *Main) extract(ctx context.Context, opts ingest.Options, paths []string) error {
	spill, err := os.CreateTemp("", "reprint-extract-*.gob")
	if err != nil {
		return fmt.Errorf("creating spill file: %w", err)
	}
	defer os.Remove(spill.Name())
	defer spill.Close()
	bw := bufio.NewWriter(spill)
	enc := gob.NewEncoder(bw)

	boiler, st, err := m.readCleaned(ctx, opts, paths, func(a *reprint.Article, r *reprint.Rejected) error {
		if a != nil {
			a.Raw = nil // not printed; keeps the spill small
		}
		if err := enc.Encode(&spillItem{Article: a, Rejected: r}); err != nil {
			return fmt.Errorf("writing spill file: %w", err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing spill file: %w", err)
	}
	if _, err := spill.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("rewinding spill file: %w", err)
	}

	dec := gob.NewDecoder(bufio.NewReader(spill))
	out := bufio.NewWriter(m.Stdout)
	jenc := json.NewEncoder(out)
	jenc.SetEscapeHTML(false)
	for {
		var it spillItem
		if err := dec.Decode(&it); err == io.EOF {
			break
		} else if err != nil {
			return fmt.Errorf("reading spill file: %w", err)
		}
		if a := it.Article; a != nil {
			boiler.Apply(a)
			// Empty lists print as [], not null.
			if a.Removed == nil {
				a.Removed = []reprint.Removed{}
			}
			if a.Attribution == nil {
				a.Attribution = []reprint.Attribution{}
			}
			err = jenc.Encode(articleRecord{Kind: "article", Article: it.Article})
		} else {
			err = jenc.Encode(rejectedRecord{Kind: "rejected", Rejected: it.Rejected})
		}
		if err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	fmt.Fprintf(m.Stderr, "read %d = extracted %d + rejected %d\n", st.Read, st.Articles, st.Rejected)
	return nil
}

type spillItem struct {
	Article  *reprint.Article
	Rejected *reprint.Rejected
}
