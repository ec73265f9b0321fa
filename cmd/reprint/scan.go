package main

import (
	"context"
	"time"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/detect"
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
			res, err := m.scan(c.Context(), ingest.Options{MaxArticleBytes: maxBytes}, args)
			if err != nil {
				return err
			}
			model, err := judgePairs(c.Context(), res)
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

// scanResult is everything scan prints.
type scanResult struct {
	articles []*reprint.Article
	rejected []*reprint.Rejected
	pairs    []detect.Pair
	stats    detect.Stats
	words    []int
	terms    [][]uint64
	read     ingest.Stats
	elapsed  time.Duration
}

func (m *Main) scan(ctx context.Context, opts ingest.Options, paths []string) (*scanResult, error) {
	start := time.Now()
	res := &scanResult{}
	boiler, st, err := m.readCleaned(ctx, opts, paths, func(a *reprint.Article, r *reprint.Rejected) error {
		if a != nil {
			a.Raw = nil // spans point into Text; the raw bytes are not needed again
			res.articles = append(res.articles, a)
		} else {
			res.rejected = append(res.rejected, r)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	res.read = st
	texts := make([]string, len(res.articles))
	for i, a := range res.articles {
		boiler.Apply(a)
		texts[i] = a.Text
	}
	d, err := detect.New(detect.Options{})
	if err != nil {
		return nil, err
	}
	bar := m.newBar(ctx, "aligning", 0)
	out, err := d.Run(ctx, texts, func(done, total int) {
		if bar.bar != nil {
			bar.bar.SetTotal(int64(total), false)
		}
		bar.SetCurrent(done)
	})
	bar.Done()
	if err != nil {
		return nil, err
	}
	res.pairs, res.stats = out.Pairs, out.Stats
	res.words, res.terms = out.Words, out.Terms
	res.elapsed = time.Since(start)
	return res, nil
}
