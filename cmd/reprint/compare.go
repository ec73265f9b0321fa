package main

import (
	"fmt"

	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/ingest"
	"github.com/reprint/reprint/report"
	"github.com/spf13/cobra"
)

func (m *Main) compareCommand() *cobra.Command {
	var (
		flags    jobFlags
		maxBytes int64
	)
	c := &cobra.Command{
		Use:   "compare A B",
		Short: "one pair of articles in depth: passages side by side, source, credit, quotations",
		Long: `compare reads two articles (each a file of any kind reprint reads; the first
article of a WARC or JSONL file) and reports their relation in depth: every
shared passage with both texts, which one is the source and the evidence for
it, whether the derived one credits the source, and how each of its
quotations fared. --format json (or --json) prints the reprint.scan/v2
document of the two, --format jsonl, csv or tsv their pair alone (nothing, or
a header, when they are unrelated); --html FILE writes the side-by-side
report. The detection thresholds and the judge's bars of the relation and the
extent are flags with their defaults (README, "Thresholds").`,
		Args: func(c *cobra.Command, args []string) error {
			if len(args) != 2 {
				return usageError{fmt.Errorf("compare needs exactly two articles, got %d", len(args))}
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			ro, eopts, err := flags.parse(c.Flags())
			if err != nil {
				return err
			}
			model, err := engine.Compare(c.Context(), engine.Options{Ingest: ingest.Options{MaxArticleBytes: maxBytes, Stdin: m.stdin()}, Detect: eopts.Detect, Judge: eopts.Judge}, args[0], args[1])
			if err != nil {
				return err
			}
			if ro.json || ro.pairs != 0 {
				return m.render(model, ro)
			}
			if ro.html != "" {
				if err := writeHTMLFile(ro.html, model); err != nil {
					return err
				}
			}
			if len(model.Pairs) == 0 {
				_, err := fmt.Fprintf(m.Stdout, "%s and %s are unrelated: no shared passages and little shared vocabulary\n",
					report.Escape(model.Articles[0].ID), report.Escape(model.Articles[1].ID))
				return err
			}
			return report.WritePairText(m.Stdout, model, &model.Pairs[0], m.textOptions())
		},
	}
	flags.register(c.Flags())
	c.Flags().Int64Var(&maxBytes, "max-bytes", ingest.DefaultMaxArticleBytes, "reject items larger than this many bytes")
	return c
}
