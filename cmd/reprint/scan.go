package main

import (
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/ingest"
	"github.com/reprint/reprint/report"
	"github.com/spf13/cobra"
)

func (m *Main) scanCommand() *cobra.Command {
	var (
		asJSON   bool
		withText bool
		htmlFile string
		maxBytes int64
	)
	c := &cobra.Command{
		Use:   "scan PATHS...",
		Short: "find the articles of a corpus that share text, with their passages",
		Long: `scan reads the articles under PATHS (text, HTML, WARC, JSONL; folders walked),
cleans them, finds the pairs that share passages without comparing every
pair, aligns the shared passages and prints each related pair with the
coverage of each side; then judges each pair's direction (which article is the
source), whether the derived article credits it and how its quotations fared,
and groups the articles into stories with their lineage. --json prints the
reprint.scan/v2 schema (see README); --html FILE writes a self-contained report
with the texts side by side.`,
		Args: minArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			bar := m.newProgress(c.Context())
			model, err := engine.Scan(c.Context(), engine.Options{Ingest: ingest.Options{MaxArticleBytes: maxBytes}}, args, bar.report())
			bar.Done()
			if err != nil {
				return err
			}
			return m.render(model, renderOptions{json: asJSON, text: withText, html: htmlFile})
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print the "+report.Schema+" JSON document")
	c.Flags().StringVar(&htmlFile, "html", "", "also write a self-contained HTML report to this file")
	c.Flags().BoolVar(&withText, "text", false, "with --json, include each article's cleaned text (the text passage spans point into)")
	c.Flags().Int64Var(&maxBytes, "max-bytes", ingest.DefaultMaxArticleBytes, "reject items larger than this many bytes")
	return c
}
