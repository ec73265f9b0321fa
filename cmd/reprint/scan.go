package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/ingest"
	"github.com/spf13/cobra"
)

// ScanSchema names the version of scan's JSON output. Bump it when a field
// changes meaning or goes away; adding a field is compatible.
const ScanSchema = "reprint.scan/v1"

func (m *Main) scanCommand() *cobra.Command {
	var (
		asJSON   bool
		withText bool
		maxBytes int64
	)
	c := &cobra.Command{
		Use:   "scan PATHS...",
		Short: "find the articles of a corpus that share text, with their passages",
		Long: `scan reads the articles under PATHS (text, HTML, WARC, JSONL; folders walked),
cleans them, finds the pairs that share passages without comparing every
pair, aligns the shared passages and prints each related pair with the
coverage of each side. --json prints the reprint.scan/v1 schema (see README).`,
		Args: minArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			res, err := m.scan(c.Context(), ingest.Options{MaxArticleBytes: maxBytes}, args)
			if err != nil {
				return err
			}
			if asJSON {
				return res.writeJSON(m.Stdout, withText)
			}
			return res.writeText(m.Stdout)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print the "+ScanSchema+" JSON document")
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
	res.elapsed = time.Since(start)
	return res, nil
}

// JSON form of scan: see the README for the schema.
type scanJSON struct {
	Schema   string         `json:"schema"`
	Articles []scanArticle  `json:"articles"`
	Pairs    []scanPair     `json:"pairs"`
	Rejected []scanRejected `json:"rejected"`
	Stats    scanStats      `json:"stats"`
}

type scanArticle struct {
	ID     string         `json:"id"`
	Input  string         `json:"input"`
	Format reprint.Format `json:"format"`
	Title  string         `json:"title,omitempty"`
	Site   string         `json:"site,omitempty"`
	URL    string         `json:"url,omitempty"`
	Date   *time.Time     `json:"published,omitempty"`
	Bytes  int            `json:"bytes"` // length of the cleaned text
	Text   *string        `json:"text,omitempty"`
}

type scanPair struct {
	A          string            `json:"a"`
	B          string            `json:"b"`
	Relation   string            `json:"relation"`
	Similarity float64           `json:"similarity"`
	Coverage   detect.Coverage   `json:"coverage"`
	Passages   []reprint.Passage `json:"passages"`
	Capped     string            `json:"capped,omitempty"`
}

type scanRejected struct {
	Input  string `json:"input"`
	Reason string `json:"reason"`
	Detail string `json:"detail,omitempty"`
}

type scanStats struct {
	Read          int `json:"read"`
	Articles      int `json:"articles"`
	Rejected      int `json:"rejected"`
	Candidates    int `json:"candidates"`
	RelatedPairs  int `json:"related_pairs"`
	CappedPairs   int `json:"capped_pairs"`
	CappedBuckets int `json:"capped_buckets"`
	CappedPosting int `json:"capped_postings"`
}

func (r *scanResult) writeJSON(w io.Writer, withText bool) error {
	out := scanJSON{
		Schema:   ScanSchema,
		Articles: make([]scanArticle, len(r.articles)),
		Pairs:    make([]scanPair, len(r.pairs)),
		Rejected: make([]scanRejected, len(r.rejected)),
		Stats: scanStats{
			Read: r.read.Read, Articles: r.read.Articles, Rejected: r.read.Rejected,
			Candidates: r.stats.Candidates, RelatedPairs: len(r.pairs), CappedPairs: r.stats.CappedPairs,
			CappedBuckets: r.stats.CappedBuckets, CappedPosting: r.stats.CappedPostings,
		},
	}
	for i, a := range r.articles {
		sa := scanArticle{ID: a.ID, Input: a.Input, Format: a.Format, Title: a.Meta.Title, Site: a.Meta.Site, URL: a.Meta.URL, Bytes: len(a.Text)}
		if !a.Meta.Published.IsZero() {
			sa.Date = &a.Meta.Published
		}
		if withText {
			sa.Text = &a.Text
		}
		out.Articles[i] = sa
	}
	for i, p := range r.pairs {
		passages := make([]reprint.Passage, len(p.Passages))
		for k, ps := range p.Passages {
			ps.Score = round(ps.Score)
			passages[k] = ps
		}
		out.Pairs[i] = scanPair{A: r.articles[p.A].ID, B: r.articles[p.B].ID, Relation: p.Relation.String(),
			Similarity: round(p.Similarity), Coverage: roundCoverage(p.Coverage), Passages: passages, Capped: p.CapReason}
	}
	for i, x := range r.rejected {
		out.Rejected[i] = scanRejected{Input: x.Input, Reason: x.Reason.String(), Detail: x.Detail}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// round keeps four decimals: figures beyond that are noise in a report,
// and shorter numbers keep the JSON readable and diffs stable.
func round(x float64) float64 { return math.Round(x*1e4) / 1e4 }

func roundCoverage(c detect.Coverage) detect.Coverage {
	return detect.Coverage{
		A: round(c.A), B: round(c.B),
		Verbatim: detect.Sides{A: round(c.Verbatim.A), B: round(c.Verbatim.B)},
		Rewrite:  detect.Sides{A: round(c.Rewrite.A), B: round(c.Rewrite.B)},
	}
}

// Terminal layout: everything fits in textWidth columns.
const (
	textWidth     = 100
	idWidth       = 30 // an article id is shortened in the middle past this
	snippetWidth  = textWidth - 30
	maxShownPairs = 50 // pairs listed with their passages; the rest are counted
	maxShownPass  = 5  // passages shown per pair
)

func (r *scanResult) writeText(w io.Writer) error {
	bw := &errWriter{w: w}
	bw.printf("%d articles read: %d kept, %d rejected · %d candidate pairs aligned · %d related\n",
		r.read.Read, r.read.Articles, r.read.Rejected, r.stats.Candidates, len(r.pairs))
	for _, x := range r.rejected {
		bw.printf("  rejected %s: %s%s\n", shorten(x.Input, 60), x.Reason, prefixed(": ", x.Detail))
	}
	if len(r.pairs) == 0 {
		return bw.err
	}
	order := make([]int, len(r.pairs))
	for i := range order {
		order[i] = i
	}
	// Strongest reuse first: the larger coverage of the two sides.
	slices.SortStableFunc(order, func(x, y int) int {
		px, py := r.pairs[x], r.pairs[y]
		return cmp.Compare(max(py.Coverage.A, py.Coverage.B), max(px.Coverage.A, px.Coverage.B))
	})
	bw.printf("\n%-*s  %-*s  %-12s  %7s  %7s  %4s\n", idWidth, "A", idWidth, "B", "relation", "cover A", "cover B", "pass")
	for _, i := range order {
		p := r.pairs[i]
		bw.printf("%-*s  %-*s  %-12s  %6.0f%%  %6.0f%%  %4d\n", idWidth, shorten(r.articles[p.A].ID, idWidth), idWidth, shorten(r.articles[p.B].ID, idWidth),
			p.Relation, 100*p.Coverage.A, 100*p.Coverage.B, len(p.Passages))
	}
	for n, i := range order {
		if n == maxShownPairs {
			bw.printf("\n… %d more pairs (use --json for all)\n", len(order)-n)
			break
		}
		p := r.pairs[i]
		a, b := r.articles[p.A], r.articles[p.B]
		bw.printf("\n%s ↔ %s: %s (verbatim %.0f%%/%.0f%%, rewrite %.0f%%/%.0f%%)\n", shorten(a.ID, 28), shorten(b.ID, 28), p.Relation,
			100*p.Coverage.Verbatim.A, 100*p.Coverage.Verbatim.B, 100*p.Coverage.Rewrite.A, 100*p.Coverage.Rewrite.B)
		for k, ps := range p.Passages {
			if k == maxShownPass {
				bw.printf("  … %d more passages\n", len(p.Passages)-k)
				break
			}
			bw.printf("  %-8s A %s  B %s  score %.2f\n", ps.Kind, ps.A, ps.B, ps.Score)
			bw.printf("    A │ %s\n", snippet(a.Text, ps.A, snippetWidth))
			bw.printf("    B │ %s\n", snippet(b.Text, ps.B, snippetWidth))
		}
		if p.CapReason != "" {
			bw.printf("  (alignment bounded: %s)\n", p.CapReason)
		}
	}
	return bw.err
}

// snippet is the text at sp on one line, cut to width runes with an
// ellipsis in the middle so both ends of the passage show.
func snippet(text string, sp reprint.Span, width int) string {
	s, err := sp.In(text)
	if err != nil {
		return "(" + err.Error() + ")"
	}
	return shorten(strings.Join(strings.Fields(s), " "), width)
}

// shorten cuts s to at most width runes, keeping its head and tail.
func shorten(s string, width int) string {
	n := utf8.RuneCountInString(s)
	if n <= width {
		return s
	}
	r := []rune(s)
	head := (width - 1) / 2
	tail := width - 1 - head
	return string(r[:head]) + "…" + string(r[n-tail:])
}

func prefixed(p, s string) string {
	if s == "" {
		return ""
	}
	return p + s
}

// errWriter is a writer with a sticky first error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
