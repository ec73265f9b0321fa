package newsgen

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// corporaDir is ../shared/corpora from the project root, or $NEWSGEN_CORPORA.
func corporaDir() string {
	if d := os.Getenv("NEWSGEN_CORPORA"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared", "corpora")
}

var shared struct {
	once  sync.Once
	pool  *Pool
	chain *Chain
	err   error
}

// sharedGen returns a generator over the shared corpora, loaded once per
// test binary, and skips the test when they are absent.
func sharedGen(t testing.TB, opts Options) *Generator {
	t.Helper()
	dir := corporaDir()
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared corpora not available at %s: %v", dir, err)
	}
	shared.once.Do(func() {
		shared.pool, shared.err = LoadPool(dir)
		if shared.err == nil {
			shared.chain = NewChain(shared.pool)
		}
	})
	if shared.err != nil {
		t.Skipf("shared corpora not usable at %s: %v", dir, shared.err)
	}
	g, err := New(shared.pool, shared.chain, opts)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func synthGen(t testing.TB, paras int, opts Options) *Generator {
	t.Helper()
	p := synthPool(paras)
	g, err := New(p, NewChain(p), opts)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func write(t testing.TB, g *Generator, n, workers int) (arts, truth []byte, st Stats) {
	t.Helper()
	var a, tr bytes.Buffer
	st, err := g.Write(n, workers, &a, &tr)
	if err != nil {
		t.Fatal(err)
	}
	return a.Bytes(), tr.Bytes(), st
}

// TestDeterministic: the same options give the same bytes, whatever the
// number of workers, and a corpus is a prefix of a longer one.
func TestDeterministic(t *testing.T) {
	gens := []struct {
		name string
		make func(t testing.TB, opts Options) *Generator
		n    int
	}{
		{"synthetic pool", func(t testing.TB, o Options) *Generator { return synthGen(t, 300, o) }, 400},
		{"shared corpora", sharedGen, 300},
	}
	for _, gc := range gens {
		t.Run(gc.name, func(t *testing.T) {
			g := gc.make(t, DefaultOptions(1))
			wantA, wantT, _ := write(t, g, gc.n, 1)
			for _, workers := range []int{2, 3} {
				// A new generator each time: nothing carries over.
				a, tr, _ := write(t, gc.make(t, DefaultOptions(1)), gc.n, workers)
				if !bytes.Equal(a, wantA) || !bytes.Equal(tr, wantT) {
					t.Errorf("workers=%d: output differs from workers=1", workers)
				}
			}
			short, _, _ := write(t, g, gc.n/3, 2)
			if !bytes.HasPrefix(wantA, short) {
				t.Errorf("the first %d articles differ from a corpus of %d", gc.n/3, gc.n)
			}
			other, _, _ := write(t, gc.make(t, DefaultOptions(2)), gc.n, 2)
			if bytes.Equal(other, wantA) {
				t.Errorf("seeds 1 and 2 gave the same corpus")
			}
		})
	}
}

// TestOutputShape checks the JSONL lines against what reprint reads and the
// truth lines against the articles.
func TestOutputShape(t *testing.T) {
	g := synthGen(t, 300, DefaultOptions(5))
	const n = 600
	arts, truth, st := write(t, g, n, 2)
	pub := map[string]time.Time{}
	sc := bufio.NewScanner(bytes.NewReader(arts))
	sc.Buffer(nil, 1<<24)
	lines := 0
	for sc.Scan() {
		var a map[string]any
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("line %d: %v", lines+1, err)
		}
		for _, f := range []string{"id", "text", "title", "site", "published"} {
			if s, ok := a[f].(string); !ok || s == "" {
				t.Fatalf("line %d: field %q = %v; want a non-empty string", lines+1, f, a[f])
			}
		}
		p, err := time.Parse(time.RFC3339, a["published"].(string))
		if err != nil {
			t.Fatalf("line %d: published: %v", lines+1, err)
		}
		id := a["id"].(string)
		if id != ID(lines) {
			t.Fatalf("line %d: id %q; want %q", lines+1, id, ID(lines))
		}
		if prev, ok := pub[ID(lines-1)]; ok && !p.After(prev) {
			t.Errorf("%s published %v, not after the article before it (%v)", id, p, prev)
		}
		pub[id] = p
		lines++
	}
	if lines != n || st.Articles != n {
		t.Fatalf("%d lines, stats %d articles; want %d", lines, st.Articles, n)
	}
	var tl []Truth
	dec := json.NewDecoder(bytes.NewReader(truth))
	for {
		var tr Truth
		if err := dec.Decode(&tr); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		tl = append(tl, tr)
	}
	if len(tl) != n-st.Kinds[Original] {
		t.Errorf("%d truth lines for %d derived articles", len(tl), n-st.Kinds[Original])
	}
	for _, tr := range tl {
		if !pub[tr.Source].Before(pub[tr.Derived]) {
			t.Errorf("%+v: source not published before the derived article", tr)
		}
		if !slices.Contains(kindNames[1:], tr.Kind) || tr.Share <= 0 || tr.Share > 1 {
			t.Errorf("bad truth line %+v", tr)
		}
	}
	// The synthetic pool (300 paragraphs, 3 slots an article) runs out by
	// article 100.
	if st.LastReal < 0 || st.LastReal >= 100 || st.RealParas > 300 {
		t.Errorf("pool use: last article with a real paragraph %d, %d paragraphs used; want < 100 and ≤ 300", st.LastReal, st.RealParas)
	}
}

// TestMix checks the kind shares and the chains against the options.
func TestMix(t *testing.T) {
	g0 := synthGen(t, 300, DefaultOptions(3))
	tests := []struct {
		name  string
		opts  Options
		share [numKinds]float64
		chain float64 // share of derived articles derived from a derived one
	}{
		{"default", DefaultOptions(3), [numKinds]float64{0.70, 0.08, 0.08, 0.08, 0.06}, DefaultChain},
		{"no reuse", Options{Seed: 3}, [numKinds]float64{1, 0, 0, 0, 0}, 0},
		{"heavy only", Options{Seed: 3, Heavy: 0.5, Chain: 0.3}, [numKinds]float64{0.5, 0, 0, 0, 0.5}, 0.3},
	}
	const n = 20000
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := New(g0.pool, g0.chain, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			var count [numKinds]int
			chained, derived := 0, 0
			for i := range n {
				p := g.plan(i)
				count[p.kind]++
				if p.kind == Original {
					continue
				}
				derived++
				if p.src < 0 || p.src >= i || i-p.src > MaxLag {
					t.Fatalf("article %d: source %d", i, p.src)
				}
				sp := g.plan(p.src)
				if p.depth != sp.depth+1 || p.depth > MaxChainDepth {
					t.Fatalf("article %d: depth %d, source depth %d", i, p.depth, sp.depth)
				}
				if sp.kind != Original {
					chained++
				}
			}
			for k := range numKinds {
				if got := float64(count[k]) / n; got < tt.share[k]-0.01 || got > tt.share[k]+0.01 {
					t.Errorf("%v: share %.3f; want %.2f ± 0.01", Kind(k), got, tt.share[k])
				}
			}
			if derived > 0 {
				if got := float64(chained) / float64(derived); got < tt.chain-0.03 || got > tt.chain+0.03 {
					t.Errorf("chained share %.3f; want %.2f ± 0.03", got, tt.chain)
				}
			}
		})
	}
	if _, err := New(g0.pool, g0.chain, Options{Copy: 0.6, Heavy: 0.6}); err == nil {
		t.Errorf("New accepted derived shares summing to 1.2")
	}
}

func joinNorm(s string) string { return " " + strings.Join(NormWords(s), " ") + " " }

// trigramShare is the share of the source's distinct 3-word runs found in
// the derived text.
func trigramShare(src, dst string) float64 {
	s, d := RunHashes(src, 3), RunHashes(dst, 3)
	n := 0
	for h := range s {
		if _, ok := d[h]; ok {
			n++
		}
	}
	return float64(n) / float64(max(len(s), 1))
}

func median(xs []float64) float64 {
	xs = slices.Clone(xs)
	sort.Float64s(xs)
	if len(xs) == 0 {
		return 0
	}
	return xs[len(xs)/2]
}

// TestGroundTruth checks that every planted article holds what its truth
// line says.
func TestGroundTruth(t *testing.T) {
	g := sharedGen(t, DefaultOptions(11))
	const n = 1500
	arts := make([]*Article, n)
	for i := range n {
		arts[i] = g.Article(i)
	}
	trigrams := map[Kind][]float64{}
	tests := []struct {
		kind  Kind
		check func(t *testing.T, src, dst *Article)
	}{
		{Copy, func(t *testing.T, src, dst *Article) {
			if !strings.Contains(joinNorm(dst.Text), joinNorm(src.Text)) {
				t.Errorf("copy %s does not contain the text of %s", dst.ID, src.ID)
			}
			if dst.Share != 1 {
				t.Errorf("copy %s: share %.2f", dst.ID, dst.Share)
			}
		}},
		{Partial, func(t *testing.T, src, dst *Article) {
			if len(dst.Passages) == 0 || len(dst.Passages) > MaxPassages {
				t.Errorf("partial %s: %d passages", dst.ID, len(dst.Passages))
			}
			words := 0
			for _, p := range dst.Passages {
				pn := joinNorm(p)
				if !strings.Contains(joinNorm(dst.Text), pn) || !strings.Contains(joinNorm(src.Text), pn) {
					t.Errorf("partial %s: passage %.60q… not word for word in both %s and %s", dst.ID, p, src.ID, dst.ID)
				}
				words += wordCount(p)
			}
			share := float64(words) / float64(wordCount(src.Text))
			if share < MinPartialShare-0.01 || share > MaxPartialShare+0.001 || share-dst.Share > 0.001 || dst.Share-share > 0.001 {
				t.Errorf("partial %s: planted %.3f of %s, truth says %.3f; want %.2f–%.2f", dst.ID, share, src.ID, dst.Share, MinPartialShare, MaxPartialShare)
			}
		}},
		{Light, func(t *testing.T, src, dst *Article) {
			s := trigramShare(src.Text, dst.Text)
			if s < 0.45 {
				t.Errorf("light %s keeps %.2f of the 3-word runs of %s; want ≥ 0.45", dst.ID, s, src.ID)
			}
			trigrams[Light] = append(trigrams[Light], s)
		}},
		{Heavy, func(t *testing.T, src, dst *Article) {
			s := trigramShare(src.Text, dst.Text)
			if s > 0.40 {
				t.Errorf("heavy %s keeps %.2f of the 3-word runs of %s; want ≤ 0.40", dst.ID, s, src.ID)
			}
			trigrams[Heavy] = append(trigrams[Heavy], s)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.kind.String(), func(t *testing.T) {
			seen := 0
			for _, a := range arts {
				if a.Kind != tt.kind {
					continue
				}
				seen++
				src := arts[a.Source]
				if a.Source >= a.Index || !src.Published.Before(a.Published) {
					t.Errorf("%s: source %s is not earlier", a.ID, src.ID)
				}
				tt.check(t, src, a)
			}
			if seen < 50 {
				t.Errorf("%d %v articles in %d; want ≥ 50", seen, tt.kind, n)
			}
		})
	}
	if l, h := median(trigrams[Light]), median(trigrams[Heavy]); l < 0.55 || h > 0.3 {
		t.Errorf("median share of the source's 3-word runs: light %.2f, heavy %.2f; want ≥ 0.55 and ≤ 0.30", l, h)
	}
}

// TestFillerSharesNoRuns: filler articles share no FillerRun-word run with
// each other or with the pool.
func TestFillerSharesNoRuns(t *testing.T) {
	g := sharedGen(t, DefaultOptions(1))
	rep := g.MeasureFiller(500)
	if rep.Shared != 0 || rep.PoolRuns != 0 {
		t.Errorf("500 filler articles: %d pairs share an %d-word run, %d runs come from the pool; want 0 and 0",
			rep.Shared, FillerRun, rep.PoolRuns)
	}
	if avg := rep.Words / rep.Articles; avg < MedianWords || avg > 2*MedianWords {
		t.Errorf("filler articles average %d words; want about %d", avg, MedianWords)
	}
	t.Logf("%+v", rep)
}

// TestNoUnplannedReuse: two articles of a corpus share a FillerRun-word
// run only if the truth links them (directly or through a common source).
func TestNoUnplannedReuse(t *testing.T) {
	g := sharedGen(t, DefaultOptions(4))
	const n = 1500
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		if parent[i] != i {
			parent[i] = find(parent[i])
		}
		return parent[i]
	}
	first := map[uint64]int{}
	type pair struct{ a, b int }
	var bad []pair
	for i := range n {
		a := g.Article(i)
		if a.Kind != Original {
			parent[find(i)] = find(a.Source)
		}
		for h := range RunHashes(a.Text, FillerRun) {
			if j, ok := first[h]; !ok {
				first[h] = i
			} else if find(j) != find(i) {
				bad = append(bad, pair{j, i})
			}
		}
	}
	if len(bad) > 0 {
		t.Errorf("%d runs shared by articles the truth does not link, e.g. %v", len(bad), bad[:min(len(bad), 5)])
	}
}

type failWriter struct{ after int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.after <= 0 {
		return 0, io.ErrShortWrite
	}
	w.after--
	return len(p), nil
}

// TestWriteError: a failing writer stops the generation with its error.
func TestWriteError(t *testing.T) {
	g := synthGen(t, 100, DefaultOptions(1))
	for _, tt := range []struct {
		name        string
		arts, truth io.Writer
	}{
		{"articles", &failWriter{after: 0}, io.Discard},
		{"truth", io.Discard, &failWriter{after: 0}},
	} {
		if _, err := g.Write(1500, 2, tt.arts, tt.truth); err == nil {
			t.Errorf("%s writer fails: Write returned no error", tt.name)
		}
	}
}
