package main

import (
	"context"
	"fmt"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/ingest"
	"github.com/reprint/reprint/report"
	"github.com/spf13/cobra"
)

func (m *Main) compareCommand() *cobra.Command {
	var (
		asJSON   bool
		withText bool
		htmlFile string
		maxBytes int64
	)
	c := &cobra.Command{
		Use:   "compare A B",
		Short: "one pair of articles in depth: passages side by side, source, credit, quotations",
		Long: `compare reads two articles (each a file of any kind reprint reads; the first
article of a WARC or JSONL file) and reports their relation in depth: every
shared passage with both texts, which one is the source and the evidence for
it, whether the derived one credits the source, and how each of its
quotations fared. --json prints the reprint.scan/v2 document of the two;
--html FILE writes the side-by-side report.`,
		Args: func(c *cobra.Command, args []string) error {
			if len(args) != 2 {
				return usageError{fmt.Errorf("compare needs exactly two articles, got %d", len(args))}
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			model, err := m.compare(c.Context(), ingest.Options{MaxArticleBytes: maxBytes}, args[0], args[1])
			if err != nil {
				return err
			}
			if htmlFile != "" {
				if err := writeHTMLFile(htmlFile, model); err != nil {
					return err
				}
			}
			if asJSON {
				return report.WriteJSON(m.Stdout, model, report.JSONOptions{Text: withText})
			}
			if len(model.Pairs) == 0 {
				_, err := fmt.Fprintf(m.Stdout, "%s and %s are unrelated: no shared passages and little shared vocabulary\n",
					model.Articles[0].ID, model.Articles[1].ID)
				return err
			}
			return report.WritePairText(m.Stdout, model, &model.Pairs[0], report.TextOptions{Color: m.StdoutIsTerminal})
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print the "+report.Schema+" JSON document")
	c.Flags().BoolVar(&withText, "text", false, "with --json, include both cleaned texts")
	c.Flags().StringVar(&htmlFile, "html", "", "also write a self-contained HTML report to this file")
	c.Flags().Int64Var(&maxBytes, "max-bytes", ingest.DefaultMaxArticleBytes, "reject items larger than this many bytes")
	return c
}

// compare reads the first article of each path and judges the pair.
func (m *Main) compare(ctx context.Context, opts ingest.Options, pathA, pathB string) (*report.Scan, error) {
	res := &scanResult{}
	for _, path := range []string{pathA, pathB} {
		var first *reprint.Article
		var why *reprint.Rejected
		boiler, st, err := m.readCleaned(ctx, opts, []string{path}, func(a *reprint.Article, r *reprint.Rejected) error {
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
				return nil, fmt.Errorf("%s: no article: %s %s", path, why.Reason, why.Detail)
			}
			return nil, fmt.Errorf("%s: no article", path)
		}
		boiler.Apply(first)
		first.Raw = nil
		res.articles = append(res.articles, first)
		res.read.Read += st.Read
		res.read.Articles++
	}
	if res.articles[0].ID == res.articles[1].ID {
		// Two files of the same name in different folders.
		res.articles[0].ID, res.articles[1].ID = pathA, pathB
	}
	d, err := detect.New(detect.Options{})
	if err != nil {
		return nil, err
	}
	out, err := d.Run(ctx, []string{res.articles[0].Text, res.articles[1].Text}, nil)
	if err != nil {
		return nil, err
	}
	res.pairs, res.stats, res.words, res.terms = out.Pairs, out.Stats, out.Words, out.Terms
	res.read.Read, res.read.Rejected = 2, 0
	return judgePairs(ctx, res)
}
