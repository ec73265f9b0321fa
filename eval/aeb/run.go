package aeb

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"text/tabwriter"
)

// Extractor returns the article body of an HTML page; url is the page's
// address from the ground truth ("" if unknown).
type Extractor func(raw []byte, url string) (string, error)

// Truth is one entry of ground-truth.json.
type Truth struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// LoadTruth reads dir/ground-truth.json.
func LoadTruth(dir string) (map[string]Truth, error) {
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("aeb: reading ground truth: %w", err)
	}
	var gt map[string]Truth
	if err := json.Unmarshal(b, &gt); err != nil {
		return nil, fmt.Errorf("aeb: decoding ground truth: %w", err)
	}
	return gt, nil
}

// ReadPage returns the raw HTML of page key: dir/html/<key>.html.gz,
// gunzipped.
func ReadPage(dir, key string) ([]byte, error) {
	f, err := os.Open(filepath.Join(dir, "html", key+".html.gz"))
	if err != nil {
		return nil, fmt.Errorf("aeb: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("aeb: page %s: %w", key, err)
	}
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, zr); err != nil {
		return nil, fmt.Errorf("aeb: page %s: %w", key, err)
	}
	return buf.Bytes(), nil
}

// Report is the outcome of a benchmark run.
type Report struct {
	Pages   int                // pages in the ground truth
	Results map[string]*Result // by extractor name
}

// Result is one extractor's scores and per-page details.
type Result struct {
	Scores
	Pages    int    // pages scored
	Failures int    // pages whose extractor returned an error, scored as an empty prediction
	PerPage  []Page // in key order
}

// Page is one page's outcome for one extractor.
type Page struct {
	Key      string
	Counts   Counts
	Accurate bool
	Pred     string // the prediction scored ("" on error)
	Err      error  // the extractor's error, if any
}

// ErrReservedName is returned by Run for an extractor named "pages", which
// the JSON form of Report uses for the page count.
var ErrReservedName = errors.New(`aeb: extractor name "pages" is reserved`)

// Run runs every extractor on every page of the benchmark in dir (which
// holds ground-truth.json and html/<key>.html.gz) and scores it as
// evaluate.py does. Pages are read once each and worked on concurrently,
// but results are stored by key, so the report does not depend on
// scheduling. An extractor error counts as an empty prediction and as a
// failure; an unreadable page or a cancelled ctx ends the run with an
// error. progress, if not nil, is called after each page with the number
// of pages done; calls are serialised.
func Run(ctx context.Context, dir string, extractors map[string]Extractor, progress func(done, total int)) (*Report, error) {
	if _, ok := extractors["pages"]; ok {
		return nil, ErrReservedName
	}
	gt, err := LoadTruth(dir)
	if err != nil {
		return nil, err
	}
	keys := make([]string, 0, len(gt))
	for k := range gt {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	names := make([]string, 0, len(extractors))
	for n := range extractors {
		names = append(names, n)
	}
	slices.Sort(names)

	// pages[i][j]: page keys[i], extractor names[j].
	pages := make([][]Page, len(keys))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		mu       sync.Mutex
		done     int
		firstErr error
		wg       sync.WaitGroup
	)
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), max(1, len(keys))) {
		wg.Go(func() {
			for i := range next {
				ps, err := runPage(dir, keys[i], gt[keys[i]], names, extractors)
				mu.Lock()
				if err != nil && firstErr == nil {
					firstErr = err
					cancel()
				}
				pages[i] = ps
				done++
				if progress != nil && err == nil {
					progress(done, len(keys))
				}
				mu.Unlock()
			}
		})
	}
feed:
	for i := range keys {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("aeb: %w", err)
	}

	rep := &Report{Pages: len(keys), Results: map[string]*Result{}}
	for j, name := range names {
		res := &Result{Pages: len(keys), PerPage: make([]Page, len(keys))}
		counts := make([]Counts, len(keys))
		accs := make([]float64, len(keys))
		for i := range keys {
			p := pages[i][j]
			res.PerPage[i] = p
			counts[i] = p.Counts
			if p.Accurate {
				accs[i] = 1
			}
			if p.Err != nil {
				res.Failures++
			}
		}
		res.Scores = Aggregate(counts, accs)
		rep.Results[name] = res
	}
	return rep, nil
}

// runPage reads one page and scores every extractor on it.
func runPage(dir, key string, t Truth, names []string, extractors map[string]Extractor) ([]Page, error) {
	raw, err := ReadPage(dir, key)
	if err != nil {
		return nil, err
	}
	out := make([]Page, len(names))
	for j, name := range names {
		pred, err := safeExtract(extractors[name], raw, t.URL)
		if err != nil {
			pred = ""
		}
		out[j] = Page{
			Key:      key,
			Counts:   Match(t.ArticleBody, pred),
			Accurate: Accurate(t.ArticleBody, pred),
			Pred:     pred,
			Err:      err,
		}
	}
	return out, nil
}

// safeExtract calls ex on a private copy of raw and turns a panic into an
// error, so that one bad page cannot end a long run.
func safeExtract(ex Extractor, raw []byte, url string) (pred string, err error) {
	defer func() {
		if p := recover(); p != nil {
			pred, err = "", fmt.Errorf("aeb: extractor panicked: %v", p)
		}
	}()
	return ex(bytes.Clone(raw), url)
}

// Names returns the extractor names in sorted order.
func (r *Report) Names() []string {
	names := make([]string, 0, len(r.Results))
	for n := range r.Results {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// WriteText writes the report as a table in the layout of evaluate.py's,
// without its bootstrap deviations.
func (r *Report) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "extractor\tF1\tprecision\trecall\taccuracy\tfailures\n")
	for _, n := range r.Names() {
		s := r.Results[n]
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%.3f\t%d/%d\n", n, s.F1, s.Precision, s.Recall, s.Accuracy, s.Failures, s.Pages)
	}
	return tw.Flush()
}

// jsonResult is the JSON form of one extractor's result.
type jsonResult struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Accuracy  float64 `json:"accuracy"`
	Failures  int     `json:"failures"`
}

// MarshalJSON encodes the report as one object: a member per extractor,
// keyed by its name, with precision, recall, f1, accuracy and failures, and
// "pages": the page count. For example:
//
//	{"pages": 181, "reprint": {"precision": 0.95, "recall": 0.97, "f1": 0.96, ...}, "trafilatura": {...}}
func (r *Report) MarshalJSON() ([]byte, error) {
	m := map[string]any{"pages": r.Pages}
	for n, s := range r.Results {
		m[n] = jsonResult{s.Precision, s.Recall, s.F1, s.Accuracy, s.Failures}
	}
	return json.Marshal(m)
}
