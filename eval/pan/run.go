package pan

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/reprint/reprint"
)

// Detection is one reuse a Detector found: a byte span of the suspicious
// text and the byte span of the source text it was taken from.
type Detection struct {
	Susp, Src reprint.Span
}

// Detector finds reuse of src in susp, both UTF-8 texts as read from the
// corpus, and returns byte spans into them. It is called from several
// goroutines at once.
type Detector func(ctx context.Context, susp, src string) ([]Detection, error)

// RunOptions configure Run.
type RunOptions struct {
	// Pairs are the pairs to run; nil means all of the corpus's pairs.
	// The measures cover only these pairs' cases.
	Pairs []Pair
	// OutDir, when set, receives one detection file per pair, laid out
	// like the corpus: OutDir/<obfuscation folder>/FileName(susp, src).
	// It is created if missing. The official script then scores a folder
	// with -p CORPUS/<folder> -d OutDir/<folder>, and everything with
	// -p CORPUS -d OutDir.
	OutDir string
	// Workers is the number of pairs detected at once; 0 means GOMAXPROCS.
	Workers int
}

// PairResult is the outcome of one pair: its detections in code points,
// as written to its detection file.
type PairResult struct {
	Pair       Pair
	Detections []Passage
}

// Negatives counts the pairs of one folder whose ground truth has no case,
// and how many of them got a detection anyway. Every pair of
// 01-no-plagiarism is such a pair; so are 947 of the 1,185 pairs of
// pan13-train's 05-summary-obfuscation.
type Negatives struct {
	Pairs          int     `json:"pairs"`
	WithDetections int     `json:"with_detections"`
	Share          float64 `json:"share"` // WithDetections / Pairs
}

// Report is the result of Run.
type Report struct {
	Overall            Measures            `json:"overall"`
	ByObfuscation      map[string]Measures `json:"by_obfuscation"`
	PairsByObfuscation map[string]int      `json:"pairs_by_obfuscation"`
	// PairsWithDetections is, per folder with caseless pairs, how many of
	// them the detector reported something for. The target is ≤ 1% on
	// 01-no-plagiarism; its Measures alone say little, since by the
	// official definition one detection there drops plagdet from 1 to 0.
	PairsWithDetections map[string]Negatives `json:"pairs_with_detections"`
	Pairs               int                  `json:"pairs"`
	// EmptyDetections counts detections dropped because both spans were
	// empty: they cover nothing, and the official script divides by zero
	// on them.
	EmptyDetections int          `json:"empty_detections"`
	Seconds         float64      `json:"seconds"`
	Results         []PairResult `json:"-"` // in the order of the pairs run
}

// Run runs detect on the pairs of c over opts.Workers goroutines, converts
// its byte spans to code points, writes the detection files if asked, and
// scores the detections with the official measures, overall and per
// obfuscation folder. The report does not depend on scheduling.
//
// It stops at the first error: a document that cannot be read, a detector
// error, or a span that lies outside its text or splits a UTF-8 sequence.
func Run(ctx context.Context, c *Corpus, detect Detector, opts RunOptions) (*Report, error) {
	start := time.Now()
	pairs := opts.Pairs
	if pairs == nil {
		pairs = c.Pairs
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if opts.OutDir != "" {
		for _, f := range foldersOf(pairs) {
			if err := os.MkdirAll(filepath.Join(opts.OutDir, f), 0o755); err != nil {
				return nil, fmt.Errorf("pan: %w", err)
			}
		}
	}

	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	results := make([]PairResult, len(pairs))
	dropped := make([]int, len(pairs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, max(len(pairs), 1)) {
		wg.Go(func() {
			for i := range next {
				r, n, err := runPair(ctx, c, detect, pairs[i], opts.OutDir)
				if err != nil {
					cancel(err)
					continue
				}
				results[i], dropped[i] = r, n
			}
		})
	}
feed:
	for i := range pairs {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	if err := context.Cause(ctx); err != nil {
		return nil, err
	}

	rep := score(results)
	for _, n := range dropped {
		rep.EmptyDetections += n
	}
	rep.Seconds = time.Since(start).Seconds()
	return rep, nil
}

// runPair detects one pair and returns its result and the number of empty
// detections dropped.
func runPair(ctx context.Context, c *Corpus, detect Detector, p Pair, outDir string) (PairResult, int, error) {
	if err := ctx.Err(); err != nil {
		return PairResult{}, 0, err
	}
	susp, src, err := c.Texts(p)
	if err != nil {
		return PairResult{}, 0, err
	}
	dets, err := detect(ctx, susp, src)
	if err != nil {
		return PairResult{}, 0, fmt.Errorf("pan: detecting %s %s: %w", p.Susp, p.Src, err)
	}
	passages, dropped, err := toPassages(susp, src, dets)
	if err != nil {
		return PairResult{}, 0, fmt.Errorf("pan: pair %s %s: %w", p.Susp, p.Src, err)
	}
	if outDir != "" {
		var buf bytes.Buffer
		if err := WriteDetections(&buf, p.Susp, p.Src, passages); err != nil {
			return PairResult{}, 0, err
		}
		path := filepath.Join(outDir, p.Obfuscation, FileName(p.Susp, p.Src))
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			return PairResult{}, 0, fmt.Errorf("pan: %w", err)
		}
	}
	return PairResult{Pair: p, Detections: passages}, dropped, nil
}

// toPassages converts byte-span detections to code points, dropping those
// whose two spans are both empty.
func toPassages(susp, src string, dets []Detection) ([]Passage, int, error) {
	var suspSpans, srcSpans []reprint.Span
	dropped := 0
	for i, d := range dets {
		if _, err := d.Susp.In(susp); err != nil {
			return nil, 0, fmt.Errorf("detection %d: suspicious %w", i, err)
		}
		if _, err := d.Src.In(src); err != nil {
			return nil, 0, fmt.Errorf("detection %d: source %w", i, err)
		}
		if d.Susp.Empty() && d.Src.Empty() {
			dropped++
			continue
		}
		suspSpans = append(suspSpans, d.Susp)
		srcSpans = append(srcSpans, d.Src)
	}
	this := RuneSpans(susp, suspSpans)
	source := RuneSpans(src, srcSpans)
	out := make([]Passage, len(this))
	for i := range out {
		out[i] = Passage{this[i].Start, this[i].Len(), source[i].Start, source[i].Len()}
	}
	return out, dropped, nil
}

// RuneSpans converts byte spans of text to code-point spans, in one pass
// over text. The spans need not be sorted.
func RuneSpans(text string, spans []reprint.Span) []reprint.Span {
	return convertSpans(text, spans, reprint.RuneOffsets)
}

// ByteSpans converts code-point spans of text to byte spans, in one pass
// over text. The spans need not be sorted.
func ByteSpans(text string, spans []reprint.Span) []reprint.Span {
	return convertSpans(text, spans, reprint.ByteOffsets)
}

func convertSpans(text string, spans []reprint.Span, conv func(string, []int) []int) []reprint.Span {
	offs := make([]int, 0, 2*len(spans))
	for _, s := range spans {
		offs = append(offs, s.Start, s.End)
	}
	slices.Sort(offs)
	offs = slices.Compact(offs)
	to := conv(text, offs)
	at := func(off int) int {
		i, _ := slices.BinarySearch(offs, off)
		return to[i]
	}
	out := make([]reprint.Span, len(spans))
	for i, s := range spans {
		out[i] = reprint.Span{Start: at(s.Start), End: at(s.End)}
	}
	return out
}

// score computes the report's measures from the results.
func score(results []PairResult) *Report {
	rep := &Report{
		ByObfuscation:       make(map[string]Measures),
		PairsByObfuscation:  make(map[string]int),
		PairsWithDetections: make(map[string]Negatives),
		Pairs:               len(results),
		Results:             results,
	}
	var overall Evaluator
	folders := make(map[string]*Evaluator)
	for _, r := range results {
		p := r.Pair
		f := p.Obfuscation
		cases := make([]Passage, len(p.Cases))
		for i, c := range p.Cases {
			cases[i] = c.Passage()
		}
		// No validation needed: the truth reader rejects negative
		// values, and toPassages makes none.
		overall.add(p.Susp, p.Src, cases, r.Detections)
		if folders[f] == nil {
			folders[f] = new(Evaluator)
		}
		folders[f].add(p.Susp, p.Src, cases, r.Detections)
		rep.PairsByObfuscation[f]++
		if len(p.Cases) == 0 {
			n := rep.PairsWithDetections[f]
			n.Pairs++
			if len(r.Detections) > 0 {
				n.WithDetections++
			}
			n.Share = float64(n.WithDetections) / float64(n.Pairs)
			rep.PairsWithDetections[f] = n
		}
	}
	rep.Overall = overall.Measures()
	for f, e := range folders {
		rep.ByObfuscation[f] = e.Measures()
	}
	return rep
}

func foldersOf(pairs []Pair) []string {
	var out []string
	for _, p := range pairs {
		if !slices.Contains(out, p.Obfuscation) {
			out = append(out, p.Obfuscation)
		}
	}
	return out
}

// WriteText writes r as a table: one row per obfuscation folder and one for
// all pairs, then the caseless pairs that got detections.
func (r *Report) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "obfuscation\tpairs\tplagdet\trecall\tprecision\tgranularity\tcases\tdetections")
	row := func(name string, pairs int, m Measures) {
		if m.Cases == 0 {
			// Without cases the measures are 1 or 0 by convention; the
			// false-positive share below says what matters.
			fmt.Fprintf(tw, "%s\t%d\t—\t—\t—\t—\t%d\t%d\n", name, pairs, m.Cases, m.Detections)
			return
		}
		fmt.Fprintf(tw, "%s\t%d\t%.4f\t%.4f\t%.4f\t%.4f\t%d\t%d\n",
			name, pairs, m.Plagdet, m.Recall, m.Precision, m.Granularity, m.Cases, m.Detections)
	}
	folders := make([]string, 0, len(r.ByObfuscation))
	for f := range r.ByObfuscation {
		folders = append(folders, f)
	}
	slices.Sort(folders)
	for _, f := range folders {
		row(f, r.PairsByObfuscation[f], r.ByObfuscation[f])
	}
	row("overall", r.Pairs, r.Overall)
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, f := range folders {
		if n, ok := r.PairsWithDetections[f]; ok {
			fmt.Fprintf(w, "%s: %d of %d pairs without cases have detections (%.2f%%)\n",
				f, n.WithDetections, n.Pairs, 100*n.Share)
		}
	}
	if r.EmptyDetections > 0 {
		fmt.Fprintf(w, "dropped %d detections with two empty spans\n", r.EmptyDetections)
	}
	_, err := fmt.Fprintf(w, "%d pairs in %.1fs\n", r.Pairs, r.Seconds)
	return err
}
