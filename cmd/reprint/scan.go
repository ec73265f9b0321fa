package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/ingest"
	"github.com/reprint/reprint/report"
	"github.com/spf13/cobra"
)

func (m *Main) scanCommand() *cobra.Command {
	var (
		flags    jobFlags
		maxBytes int64
		archive  string
	)
	c := &cobra.Command{
		Use:   "scan PATHS... | scan --archive DIR",
		Short: "find the articles of a corpus that share text, with their passages",
		Long: `scan reads the articles under PATHS (text, HTML, WARC, JSONL; folders walked),
cleans them, finds the pairs that share passages without comparing every
pair, aligns the shared passages and prints each related pair with the
coverage of each side; then judges each pair's direction (which article is the
source), whether the derived article credits it and how its quotations fared,
and groups the articles into stories with their lineage. --format json (or
--json) prints the reprint.scan/v2 schema (see README); --format jsonl, csv or
tsv the related pairs alone, which --min-coverage, --relation and
--only-derived select; --html FILE writes a self-contained report with the
texts side by side. The detection thresholds and the judge's bars of the
relation and the extent are flags with their defaults (README, "Thresholds").`,
		Args: func(c *cobra.Command, args []string) error {
			switch {
			case archive == "" && len(args) == 0:
				return usageError{errors.New("scan needs PATHS to read, or --archive DIR")}
			case archive != "" && len(args) > 0:
				return usageError{errors.New("scan reads PATHS or an archive, not both: add the paths to the archive first (reprint add)")}
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			ro, eopts, err := flags.parse(c.Flags())
			if err != nil {
				return err
			}
			if archive != "" {
				if err := noThresholds(c.Flags(), "scan --archive"); err != nil {
					return err
				}
			}
			bar := m.newProgress(c.Context())
			opts := engine.Options{Ingest: ingest.Options{MaxArticleBytes: maxBytes, Stdin: m.stdin()}, Detect: eopts.Detect, Judge: eopts.Judge}
			if ro.json && !ro.filtered() && ro.html == "" {
				// The JSON document streams: the report is never held
				// whole, and an archive of millions of articles is read
				// in bounded memory.
				out := report.NewJSONStream(m.Stdout, report.JSONOptions{Text: ro.text})
				if archive != "" {
					err = m.scanArchiveTo(c.Context(), archive, engine.ScanOptions{Texts: ro.text, NoTexts: !ro.text}, out, bar.report())
				} else {
					err = engine.ScanTo(c.Context(), opts, args, out, bar.report())
				}
				bar.Done()
				return err
			}
			var model *report.Scan
			if archive != "" {
				model, err = m.scanArchive(c.Context(), archive, engine.ScanOptions{Texts: ro.json && ro.text}, bar.report())
			} else {
				model, err = engine.Scan(c.Context(), opts, args, bar.report())
			}
			bar.Done()
			if err != nil {
				return err
			}
			return m.render(model, ro)
		},
	}
	flags.register(c.Flags())
	c.Flags().StringVar(&archive, "archive", "", "report the stories of this archive instead of reading PATHS")
	c.Flags().Int64Var(&maxBytes, "max-bytes", ingest.DefaultMaxArticleBytes, "reject items larger than this many bytes")
	return c
}

// scanArchive is scan --archive: the stories of an archive, with a warning
// when an interrupted add left articles without their pairs.
func (m *Main) scanArchive(ctx context.Context, dir string, opts engine.ScanOptions, progress engine.Progress) (*report.Scan, error) {
	var c report.Collect
	if err := m.scanArchiveTo(ctx, dir, opts, &c, progress); err != nil {
		return nil, err
	}
	return &c.Scan, nil
}

func (m *Main) scanArchiveTo(ctx context.Context, dir string, opts engine.ScanOptions, sink report.Sink, progress engine.Progress) error {
	a, st, err := openArchive(ctx, dir, false, engine.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	ss, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	if ss.Pending > 0 {
		fmt.Fprintf(m.Stderr, "reprint: warning: %d articles of the archive still wait for their pairs (an add was interrupted or is running); run reprint add --archive %s to complete them\n", ss.Pending, dir)
	}
	return a.ScanTo(ctx, opts, sink, progress)
}
