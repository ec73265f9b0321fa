package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/engine"
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
			opts := ingest.Options{MaxArticleBytes: maxBytes, Stdin: m.stdin()}
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
	bar := m.newProgress(ctx)
	defer bar.Done()
	out := bufio.NewWriter(m.Stdout)
	jenc := json.NewEncoder(out)
	jenc.SetEscapeHTML(false)
	st, err := engine.ReadAll(ctx, opts, paths, "", bar.report(), nil, func(a *reprint.Article, r *reprint.Rejected) error {
		var err error
		if a != nil {
			// Empty lists print as [], not null.
			if a.Removed == nil {
				a.Removed = []reprint.Removed{}
			}
			if a.Attribution == nil {
				a.Attribution = []reprint.Attribution{}
			}
			err = jenc.Encode(articleRecord{Kind: "article", Article: a})
		} else {
			err = jenc.Encode(rejectedRecord{Kind: "rejected", Rejected: r})
		}
		if err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	fmt.Fprintf(m.Stderr, "read %d = extracted %d + rejected %d%s\n", st.Read, st.Articles, st.Rejected, skippedNote(st))
	return nil
}

// skippedNote says what the reader passed over without counting it as an
// item: WARC records that are not pages, hidden files in walked folders.
// It is empty when nothing was.
func skippedNote(st ingest.Stats) string {
	var parts []string
	if st.NonArticle > 0 {
		parts = append(parts, plural(st.NonArticle, "WARC record")+" that are not HTML pages")
	}
	if st.Hidden > 0 {
		parts = append(parts, plural(st.Hidden, "hidden file")+" in folders")
	}
	if len(parts) == 0 {
		return ""
	}
	return "; skipped " + strings.Join(parts, " and ")
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
