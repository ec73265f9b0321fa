package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/graph"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/google/go-cmp/cmp"
	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/internal/newsgen"
	"github.com/reprint/reprint/report"
)

// The data beside the project, read by relative path from this package.
const (
	seeds   = "../../../shared/seeds"
	clough  = "../../../shared/corpora/clough-stevenson/corpus-20090418"
	corpora = "../../../shared/corpora"
)

// TestMain runs the tests on Prism inside a private temporary folder, so
// that the SDK's loopback files go with it (PrivateTemp).
func TestMain(m *testing.M) {
	restore, err := PrivateTemp()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	code := ptest.MainRetWithDefault(m, "prism")
	if err := restore(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		code = 1
	}
	os.Exit(code)
}

func needDir(tb testing.TB, dir string) {
	tb.Helper()
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("%s not found beside the project: %v", dir, err)
	}
}

// mustScan returns the reprint.scan JSON document that reprint scan --json
// writes for paths (engine.Scan), under allPairsWork.
func mustScan(tb testing.TB, allPairsWork int, paths ...string) []byte {
	tb.Helper()
	scan, err := engine.Scan(context.Background(), engine.Options{Detect: detect.Options{AllPairsWork: allPairsWork}}, paths, nil)
	if err != nil {
		tb.Fatalf("engine.Scan(%q): %v", paths, err)
	}
	var b bytes.Buffer
	if err := report.WriteJSON(&b, scan, report.JSONOptions{}); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// mustBeam runs the pipeline on Prism and returns the document it wrote.
func mustBeam(tb testing.TB, opts Options) []byte {
	tb.Helper()
	opts.Output = filepath.Join(tb.TempDir(), "scan.json")
	p, s := beam.NewPipelineWithRoot()
	if err := Build(context.Background(), s, opts); err != nil {
		tb.Fatalf("Build: %v", err)
	}
	if _, err := prism.Execute(context.Background(), p); err != nil {
		tb.Fatalf("running on prism: %v", err)
	}
	b, err := os.ReadFile(opts.Output)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// sameReport fails the test unless the two documents are byte for byte the
// same, showing the difference field by field.
func sameReport(tb testing.TB, want, got []byte) {
	tb.Helper()
	if bytes.Equal(want, got) {
		return
	}
	var w, g any // report.Scan's Format does not read back from JSON
	if err := json.Unmarshal(want, &w); err != nil {
		tb.Fatal(err)
	}
	if err := json.Unmarshal(got, &g); err != nil {
		tb.Fatalf("pipeline output: %v\n%s", err, got)
	}
	tb.Errorf("pipeline report differs from scan's (-scan +beam):\n%s", cmp.Diff(w, g))
}

// spreads runs f as subtests with the candidate pairs aligned fused to
// their join (the default) and reshuffled first (Options.SpreadAlign).
func spreads(t *testing.T, f func(t *testing.T, spread bool)) {
	for _, spread := range []bool{false, true} {
		t.Run(fmt.Sprintf("spread=%v", spread), func(t *testing.T) { f(t, spread) })
	}
}

// TestSeedsSameAsScan: on the seeds the pipeline writes scan's document,
// byte for byte: related pairs, relations, passages, direction, credit,
// quotations, stories and lineage; with the aligners fused to the join
// and spread by a Reshuffle.
func TestSeedsSameAsScan(t *testing.T) {
	needDir(t, seeds)
	want := mustScan(t, 0, seeds)
	spreads(t, func(t *testing.T, spread bool) {
		sameReport(t, want, mustBeam(t, Options{Inputs: []string{seeds}, SpreadAlign: spread}))
	})
}

// TestCloughSameAsScan: the same on the 100 Clough–Stevenson texts.
func TestCloughSameAsScan(t *testing.T) {
	needDir(t, clough)
	want := mustScan(t, 0, clough)
	spreads(t, func(t *testing.T, spread bool) {
		sameReport(t, want, mustBeam(t, Options{Inputs: []string{clough}, SpreadAlign: spread}))
	})
}

// TestPublisherPagesSameAsScan: story sets where two pages of one
// publisher relate only through it — its name in each story
// (ownNamed), its pages on other subjects (housePage), a story tied to
// such a page only through the other (houseLinked) — give scan's
// document: the pipeline sets those pairs apart story by story
// (engine.Corpus.SetApart) as scan does over the corpus.
func TestPublisherPagesSameAsScan(t *testing.T) {
	for _, set := range []string{"english-by-election-results-reports", "english-council-planning-chain", "sranan-tongo-portals"} {
		dir := filepath.Join("..", "..", "testdata", "stories", set)
		t.Run(set, func(t *testing.T) {
			needDir(t, dir)
			sameReport(t, mustScan(t, 0, dir), mustBeam(t, Options{Inputs: []string{dir}}))
		})
	}
}

// TestCandidatesSameAsScan: both corpora are small enough for detect to
// align every pair; with that path off, on both sides, the candidate
// stages (keys, caps, votes) find the pairs scan's candidate search finds.
// Label propagation runs one round only, so the exact merge after it does
// work too. The keys and votes go into one shard (every key grouped in
// memory by one DoFn call) and into the default shards.
func TestCandidatesSameAsScan(t *testing.T) {
	needDir(t, seeds)
	needDir(t, clough)
	want := mustScan(t, -1, seeds, clough)
	for _, shards := range []int{1, DefaultShards} {
		t.Run(fmt.Sprintf("shards=%d", shards), func(t *testing.T) {
			sameReport(t, want, mustBeam(t, Options{Inputs: []string{seeds, clough}, AllPairsWork: -1, Rounds: 1, Shards: shards}))
		})
	}
}

// TestBadInput: what cannot be read becomes the rejections scan reports,
// in scan's order — a dangling link, an empty file, a malformed record in
// the middle of a large JSONL — and ids stay unique across arguments as
// scan keeps them: the same name under two arguments, a folder given
// twice, a WARC record in two crawl files.
func TestBadInput(t *testing.T) {
	needDir(t, seeds)
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	for _, d := range []string{a, b} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	names, err := os.ReadDir(seeds)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range names {
		text, err := os.ReadFile(filepath.Join(seeds, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		into := a
		if i%2 == 1 {
			into = b
		}
		// The first seed is in both folders under one name.
		if err := os.WriteFile(filepath.Join(into, e.Name()), text, 0o644); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			if err := os.WriteFile(filepath.Join(b, e.Name()), text, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := os.Symlink(filepath.Join(dir, "nowhere"), filepath.Join(a, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(a, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	// 400 records of words of their own: too many words for detect to
	// align every pair, and no candidates, so the test stays quick.
	var jl bytes.Buffer
	for i := range 400 {
		if i == 200 {
			jl.WriteString(`{"id": "broken", "text": "no closing quote}` + "\n")
			continue
		}
		var text bytes.Buffer
		for j := range 120 {
			fmt.Fprintf(&text, "w%dx%d ", i, j)
		}
		rec, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("r%03d", i), "text": text.String()})
		jl.Write(append(rec, '\n'))
	}
	if err := os.WriteFile(filepath.Join(b, "export.jsonl"), jl.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	// One WARC record in a crawl file under each folder: read again, a
	// duplicate, as scan reads it.
	for _, into := range []string{a, b} {
		crawl := warcGz(t, [][2]string{{"urn:uuid:again", "A record found twice.\n\nIn two crawls of the same site."}})
		if err := os.WriteFile(filepath.Join(into, "crawl-"+filepath.Base(into)+".warc.gz"), crawl, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	inputs := []string{a, b, a}
	sameReport(t, mustScan(t, 0, inputs...), mustBeam(t, Options{Inputs: inputs}))

	p, s := beam.NewPipelineWithRoot()
	_ = p
	if err := Build(context.Background(), s, Options{Inputs: []string{filepath.Join(dir, "missing")}, Output: filepath.Join(dir, "out.json")}); err == nil {
		t.Errorf("Build with a missing input = nil error; want one naming the path")
	}
}

// TestWorkerFailsOnce: a run whose aligner fails once stops with an error
// and writes nothing; run again, it writes scan's document; with the
// aligners fused to the join and after a Reshuffle.
func TestWorkerFailsOnce(t *testing.T) {
	needDir(t, seeds)
	want := mustScan(t, 0, seeds)
	spreads(t, func(t *testing.T, spread bool) { workerFailsOnce(t, want, spread) })
}

func workerFailsOnce(t *testing.T, want []byte, spread bool) {
	dir := t.TempDir()
	opts := Options{Inputs: []string{seeds}, Output: filepath.Join(dir, "scan.json"), SpreadAlign: spread, faults: faults{failOnce: dir}}
	p, s := beam.NewPipelineWithRoot()
	if err := Build(context.Background(), s, opts); err != nil {
		t.Fatal(err)
	}
	if _, err := prism.Execute(context.Background(), p); err == nil {
		t.Fatalf("run with a failing aligner = nil error; want the injected failure")
	}
	if _, err := os.Stat(opts.Output); err == nil {
		t.Errorf("the failed run wrote %s", opts.Output)
	}
	p, s = beam.NewPipelineWithRoot()
	if err := Build(context.Background(), s, opts); err != nil {
		t.Fatal(err)
	}
	if _, err := prism.Execute(context.Background(), p); err != nil {
		t.Fatalf("second run: %v", err)
	}
	got, err := os.ReadFile(opts.Output)
	if err != nil {
		t.Fatal(err)
	}
	sameReport(t, want, got)
}

// TestDeliveredTwice: a runner that delivers a retried bundle's output
// again (at-least-once) duplicates no pair: every related pair arrives
// twice at the components stage and the report is scan's, with or
// without the Reshuffle before the aligners.
func TestDeliveredTwice(t *testing.T) {
	needDir(t, seeds)
	want := mustScan(t, 0, seeds)
	spreads(t, func(t *testing.T, spread bool) {
		sameReport(t, want, mustBeam(t, Options{Inputs: []string{seeds}, SpreadAlign: spread, faults: faults{twice: true}}))
	})
}

// TestSpreadAlignGraph: with SpreadAlign the aligners read the output of
// a Reshuffle, which a cluster runner does not fuse across; without it
// they read the join's, fused to it.
func TestSpreadAlignGraph(t *testing.T) {
	needDir(t, seeds)
	for _, spread := range []bool{false, true} {
		p, s := beam.NewPipelineWithRoot()
		opts := Options{Inputs: []string{seeds}, Output: filepath.Join(t.TempDir(), "scan.json"), SpreadAlign: spread}
		if err := Build(context.Background(), s, opts); err != nil {
			t.Fatal(err)
		}
		edges, _, err := p.Build()
		if err != nil {
			t.Fatal(err)
		}
		producer := map[*graph.Node]*graph.MultiEdge{}
		for _, e := range edges {
			for _, out := range e.Output {
				producer[out.To] = e
			}
		}
		var got []graph.Opcode
		for _, e := range edges {
			if e.Op == graph.ParDo && strings.HasSuffix(e.DoFn.Name(), ".alignFn") {
				got = append(got, producer[e.Input[0].From].Op)
			}
		}
		want := graph.ParDo
		if spread {
			want = graph.Reshuffle
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("SpreadAlign %v: the aligners read from %v; want one aligner reading from a %v", spread, got, want)
		}
	}
}

// TestGeneratedSameAsScan: 600 generated news articles (copies, partial
// copies, light and heavy rewrites, chains; internal/newsgen) in three
// JSONL files, too many words for detect to align every pair: the
// candidate stages on realistic news give scan's document.
func TestGeneratedSameAsScan(t *testing.T) {
	if testing.Short() {
		t.Skip("about a minute on Prism")
	}
	needDir(t, corpora)
	pool, err := newsgen.LoadPool(corpora)
	if err != nil {
		t.Fatal(err)
	}
	g, err := newsgen.New(pool, newsgen.NewChain(pool), newsgen.DefaultOptions(1))
	if err != nil {
		t.Fatal(err)
	}
	var all bytes.Buffer
	if _, err := g.Write(600, 0, &all, nil); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	lines := bytes.SplitAfter(all.Bytes(), []byte("\n"))
	var inputs []string
	for part := range 3 {
		path := filepath.Join(dir, fmt.Sprintf("part%d.jsonl", part))
		if err := os.WriteFile(path, bytes.Join(lines[part*200:(part+1)*200], nil), 0o644); err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, path)
	}
	want := mustScan(t, 0, inputs...)
	var st struct{ Stats report.Stats }
	if err := json.Unmarshal(want, &st); err != nil {
		t.Fatal(err)
	}
	if st.Stats.RelatedPairs < 100 || st.Stats.Candidates >= 600*599/2 {
		t.Fatalf("scan: %+v; want the candidate path and at least 100 related pairs", st.Stats)
	}
	sameReport(t, want, mustBeam(t, Options{Inputs: inputs}))
}

// TestJSONL: the pairs and stories written as JSON lines are the report's.
func TestJSONL(t *testing.T) {
	needDir(t, seeds)
	dir := t.TempDir()
	opts := Options{Inputs: []string{seeds}, PairsJSONL: filepath.Join(dir, "pairs.jsonl"), StoriesJSONL: filepath.Join(dir, "stories.jsonl")}
	doc := mustBeam(t, opts)
	var rep struct {
		Pairs   []json.RawMessage
		Stories []struct{ Articles []string }
	}
	if err := json.Unmarshal(doc, &rep); err != nil {
		t.Fatal(err)
	}
	lines := func(path string) [][]byte {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return bytes.Split(bytes.TrimSpace(b), []byte("\n"))
	}
	pairs := lines(opts.PairsJSONL)
	if len(pairs) != len(rep.Pairs) {
		t.Errorf("pairs JSONL: %d lines; want the report's %d pairs", len(pairs), len(rep.Pairs))
	}
	for _, l := range pairs {
		var p jsonlPair
		if err := json.Unmarshal(l, &p); err != nil || p.Story != rep.Stories[0].Articles[0] {
			t.Errorf("pairs JSONL line %s: %v, story %q; want story %q", l, err, p.Story, rep.Stories[0].Articles[0])
		}
	}
	if stories := lines(opts.StoriesJSONL); len(stories) != 1 {
		t.Errorf("stories JSONL: %d lines; want the seeds' one story", len(stories))
	}
}

// TestPANSameAsScan: on pan13-train (the src and susp documents as one
// corpus, 5,057 documents, 61,862 candidate pairs) the pipeline writes
// scan's document. It takes about 15 minutes and 14 GB on Prism (run it
// with GOMEMLIMIT=12GiB; BENCHMARKS.md), so it runs only when
// REPRINT_BEAM_PAN=1, never in CI:
//
//	cd beam && REPRINT_BEAM_PAN=1 GOMEMLIMIT=12GiB go test ./pipeline -run TestPANSameAsScan -timeout 60m
func TestPANSameAsScan(t *testing.T) {
	if os.Getenv("REPRINT_BEAM_PAN") != "1" {
		t.Skip("set REPRINT_BEAM_PAN=1 to compare on pan13-train (about 15 min and 14 GB on Prism)")
	}
	pan := filepath.Join(corpora, "pan13-train")
	src, susp := filepath.Join(pan, "src"), filepath.Join(pan, "susp")
	needDir(t, src)
	needDir(t, susp)
	sameReport(t, mustScan(t, 0, src, susp), mustBeam(t, Options{Inputs: []string{src, susp}}))
}
