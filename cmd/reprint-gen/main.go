// Command reprint-gen writes a seeded, realistic news corpus with planted
// reuse and its ground truth, for benchmarking reprint (see package
// internal/newsgen for the method).
//
//	reprint-gen --n 100000 --seed 1 --out news.jsonl --truth truth.jsonl
//	reprint-gen --measure 500        # accidental shared 8-word runs between filler articles
//
// Articles are JSON lines {"id","text","title","site","published"}; truth
// lines are {"source","derived","kind","share"}, one per derived article.
// The same flags and seed give the same bytes. A summary goes to stderr.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/reprint/reprint/internal/newsgen"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, "reprint-gen:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("reprint-gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 5000, "number of articles")
	seed := fs.Uint64("seed", 1, "random seed")
	corpora := fs.String("corpora", "../shared/corpora", "directory of the shared corpora")
	out := fs.String("out", "", "articles JSONL file (default stdout)")
	truth := fs.String("truth", "", "ground-truth JSONL file (default: none)")
	cp := fs.Float64("copy", newsgen.DefaultCopy, "share of verbatim copies")
	partial := fs.Float64("partial", newsgen.DefaultPartial, "share of partial copies (passages in new text)")
	light := fs.Float64("light", newsgen.DefaultLight, "share of light rewrites")
	heavy := fs.Float64("heavy", newsgen.DefaultHeavy, "share of heavy rewrites")
	chain := fs.Float64("chain", newsgen.DefaultChain, "share of derived articles derived from a derived article")
	start := fs.String("start", newsgen.DefaultStart.Format(time.RFC3339), "publication time of the first article (RFC 3339)")
	workers := fs.Int("workers", 0, "generating goroutines (default GOMAXPROCS; output does not depend on it)")
	minBits := fs.Float64("min-run-bits", newsgen.DefaultMinRunBits, "least information (bits) of an 8-word run of filler: lower is more fluent, higher shares fewer runs by accident")
	measure := fs.Int("measure", 0, "instead of a corpus, measure shared 8-word runs between this many filler articles")
	quiet := fs.Bool("q", false, "no summary on stderr")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if *n < 0 {
		return fmt.Errorf("--n %d: must be ≥ 0", *n)
	}
	t0, err := time.Parse(time.RFC3339, *start)
	if err != nil {
		return fmt.Errorf("--start: %w", err)
	}
	opts := newsgen.Options{Seed: *seed, Copy: *cp, Partial: *partial, Light: *light, Heavy: *heavy,
		Chain: *chain, Start: t0}
	if err := opts.Validate(); err != nil {
		return err
	}

	began := time.Now()
	pool, err := newsgen.LoadPool(*corpora)
	if err != nil {
		return err
	}
	ch := newsgen.NewChain(pool)
	ch.MinRunBits = *minBits
	g, err := newsgen.New(pool, ch, opts)
	if err != nil {
		return err
	}
	ps := pool.Stats
	if !*quiet {
		fmt.Fprintf(stderr, "pool: %d paragraphs, %d words from %d files (skipped %d files; dropped %d short, %d long, %d not prose, %d planted in PAN, %d duplicate) in %s\n",
			ps.Kept, ps.Words, ps.Files, ps.SkippedFiles, ps.TooShort, ps.TooLong, ps.NotProse, ps.Planted, ps.Duplicates, time.Since(began).Round(time.Millisecond))
		fmt.Fprintf(stderr, "chain: %d tokens, %d order-2 contexts\n", ch.Vocab(), ch.Contexts())
	}

	if *measure > 0 {
		t := time.Now()
		r := g.MeasureFiller(*measure)
		fmt.Fprintf(stdout, "filler articles: %d, words: %d (%.0f per article)\n", r.Articles, r.Words, float64(r.Words)/float64(max(r.Articles, 1)))
		fmt.Fprintf(stdout, "pairs sharing an %d-word run: %d of %d (%.2e)\n", newsgen.FillerRun, r.Shared, r.Pairs, r.PairRate)
		fmt.Fprintf(stdout, "distinct %d-word runs: %d, in more than one article: %d (%.2e)\n", newsgen.FillerRun, r.Runs, r.RunsMany, r.RunRate)
		fmt.Fprintf(stdout, "runs found in the pool: %d\n", r.PoolRuns)
		printGen(stdout, r.Gen)
		fmt.Fprintf(stdout, "time: %s\n", time.Since(t).Round(time.Millisecond))
		return nil
	}

	var aw io.Writer = stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		aw = f
	}
	var tw io.Writer
	var tf *os.File
	if *truth != "" {
		tf, err = os.Create(*truth)
		if err != nil {
			return err
		}
		defer tf.Close()
		tw = tf
	}
	st, err := g.Write(*n, *workers, aw, tw)
	if err != nil {
		return err
	}
	if f, ok := aw.(*os.File); ok && f != os.Stdout {
		if err := f.Close(); err != nil {
			return err
		}
	}
	if tf != nil {
		if err := tf.Close(); err != nil {
			return err
		}
	}
	if !*quiet {
		fmt.Fprintf(stderr, "articles: %d (%.1f MB), %.0f words per article; original %d, copy %d, partial %d, light %d, heavy %d; chained %d\n",
			st.Articles, float64(st.Bytes)/1e6, float64(st.Words)/float64(max(st.Articles, 1)),
			st.KindCount(newsgen.Original), st.KindCount(newsgen.Copy), st.KindCount(newsgen.Partial),
			st.KindCount(newsgen.Light), st.KindCount(newsgen.Heavy), st.Chained)
		fmt.Fprintf(stderr, "pool paragraphs used: %d of %d; last article with one: %d\n", st.RealParas, ps.Kept, st.LastReal)
		printGen(stderr, st.Gen)
		fmt.Fprintf(stderr, "time: %s\n", time.Since(began).Round(time.Millisecond))
	}
	return nil
}

func printGen(w io.Writer, s newsgen.GenStats) {
	f := func(n int) float64 { return float64(n) / float64(max(s.Tokens, 1)) }
	fmt.Fprintf(w, "filler tokens: %d; order-1 draws %.3f, rejected draws %.3f, predictable draws %.3f, fallbacks %.4f, forced %d, cut sentences %d\n",
		s.Tokens, f(s.Backoffs), f(s.Rejected), f(s.Predictable), f(s.Fallbacks), s.Forced, s.Cut)
}
