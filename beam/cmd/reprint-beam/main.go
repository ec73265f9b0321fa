// Command reprint-beam runs reprint's scan as an Apache Beam pipeline: the
// same stages, the engine's own code, and the same reprint.scan JSON
// document, on the local Prism runner by default or on Flink, Spark or
// Dataflow (see beam/README.md).
//
//	reprint-beam --input PATH [--input PATH…] --output FILE [runner flags]
//
// --input may be given many times, holds comma-free paths or globs
// (expanded here, each match one input read in parallel with the others).
// An input with a scheme (gs://bucket/crawl/*.warc.gz, or gs://bucket/crawl/
// for every object under the prefix) is read through Beam's file systems:
// each object is copied to a temporary file on the worker (--temp-dir) and
// read there, and the report names it by its gs:// name.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/metrics"
	"runtime/pprof"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs" // --input and --output gs://…
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/reprint/reprint/beam/pipeline"
)

// inputs collects repeated --input flags.
type inputs []string

func (in *inputs) String() string     { return strings.Join(*in, ",") }
func (in *inputs) Set(v string) error { *in = append(*in, v); return nil }

func main() {
	var ins inputs
	flag.Var(&ins, "input", "a file or folder to read, or a glob; gs://bucket/prefix/ or gs://bucket/*.warc.gz for objects (repeatable)")
	tempDir := flag.String("temp-dir", "", "where a worker copies a gs:// object to read it (default: the system's temporary folder)")
	output := flag.String("output", "", "the reprint.scan JSON document to write")
	pairsOut := flag.String("pairs-jsonl", "", "also write the related pairs here, one JSON object a line")
	storiesOut := flag.String("stories-jsonl", "", "also write the stories of two or more articles here, one JSON object a line")
	maxBytes := flag.Int64("max-bytes", 0, "largest item read (0: 16 MiB)")
	allPairs := flag.Int("all-pairs-work", 0, "align every pair when pairs × mean words is at most this (0: detect's default; -1: never)")
	rounds := flag.Int("rounds", pipeline.DefaultRounds, "label propagation rounds before the exact merge")
	shards := flag.Int("shards", pipeline.DefaultShards, "how many keys the candidate keys and the pair votes are grouped under")
	spread := flag.Bool("spread-align", false, "reshuffle the candidate pairs with their texts before the aligners, so a cluster runner spreads them over its workers (not on Prism: see beam/README.md)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the whole run (workers run in process on Prism) to this file")
	memprofile := flag.String("memprofile", "", "write a heap profile of the run's largest live heap (checked each second; workers run in process on Prism) to this file")
	metrics := flag.Bool("metrics", false, "print the pipeline's counters (shuffle bytes per stage, candidates) to stderr")
	flag.Parse()
	beam.Init()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "reprint-beam:", err)
			os.Exit(1)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "reprint-beam:", err)
			os.Exit(1)
		}
	}
	stopHeap := func() {}
	if *memprofile != "" {
		stopHeap = peakHeapProfile(*memprofile)
	}
	opts := pipeline.Options{Output: *output, MaxArticleBytes: *maxBytes, AllPairsWork: *allPairs, Rounds: *rounds, Shards: *shards,
		PairsJSONL: *pairsOut, StoriesJSONL: *storiesOut, TempDir: *tempDir, SpreadAlign: *spread}
	// The SDK's loopback files go in a private temporary folder, removed
	// at the end of the run, or when it is interrupted.
	restore, err := pipeline.PrivateTemp()
	if err != nil {
		fmt.Fprintln(os.Stderr, "reprint-beam:", err)
		os.Exit(1)
	}
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-stop
		restore()
		os.Exit(130)
	}()
	err = run(context.Background(), ins, opts, *metrics)
	signal.Stop(stop)
	if rerr := restore(); err == nil {
		err = rerr
	}
	if *cpuprofile != "" {
		pprof.StopCPUProfile()
	}
	stopHeap()
	if err != nil {
		fmt.Fprintln(os.Stderr, "reprint-beam:", err)
		os.Exit(1)
	}
}

// peakHeapProfile writes a heap profile to path whenever the live heap
// (as of the last collection) has grown by a tenth over the one last
// written, checking each second, so that path ends holding the profile of
// the run's peak: where the memory is when it is most. The returned
// function stops it.
func peakHeapProfile(path string) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	go func() {
		defer close(finished)
		var best uint64
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
			}
			metrics.Read(sample)
			live := sample[0].Value.Uint64()
			if live < best+best/10 || live < 64<<20 {
				continue
			}
			best = live
			if err := writeHeapProfile(path); err != nil {
				fmt.Fprintln(os.Stderr, "reprint-beam:", err)
				return
			}
			fmt.Fprintf(os.Stderr, "reprint-beam: heap profile at %d MiB live\n", live>>20)
		}
	}()
	return func() { close(done); <-finished }
}

// writeHeapProfile writes the heap profile to path whole (a temporary
// file, then renamed over it).
func writeHeapProfile(path string) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		f.Close()
		return fmt.Errorf("heap profile: %w", err)
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

func run(ctx context.Context, ins []string, opts pipeline.Options, metrics bool) error {
	if len(ins) == 0 || opts.Output == "" {
		return fmt.Errorf("usage: reprint-beam --input PATH… --output FILE [runner flags]")
	}
	var paths []string
	for _, in := range ins {
		if !strings.ContainsAny(in, "*?[") || pipeline.Remote(in) {
			paths = append(paths, in)
			continue
		}
		m, err := filepath.Glob(in)
		if err != nil {
			return fmt.Errorf("--input %s: %w", in, err)
		}
		if len(m) == 0 {
			return fmt.Errorf("--input %s: no such file", in)
		}
		paths = append(paths, m...)
	}
	p, s := beam.NewPipelineWithRoot()
	opts.Inputs = paths
	if err := pipeline.Build(ctx, s, opts); err != nil {
		return err
	}
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		return err
	}
	if metrics && res != nil {
		sums := map[string]int64{}
		var names []string
		for _, c := range res.Metrics().AllMetrics().Counters() {
			if _, ok := sums[c.Name()]; !ok {
				names = append(names, c.Name())
			}
			sums[c.Name()] += c.Result()
		}
		sort.Strings(names)
		for _, n := range names {
			fmt.Fprintf(os.Stderr, "%s\t%d\n", n, sums[n])
		}
		for _, d := range res.Metrics().AllMetrics().Distributions() {
			v := d.Result()
			if v.Count == 0 {
				continue
			}
			fmt.Fprintf(os.Stderr, "%s\tcount %d, sum %d, min %d, max %d, mean %.2f\n",
				d.Name(), v.Count, v.Sum, v.Min, v.Max, float64(v.Sum)/float64(v.Count))
		}
	}
	return nil
}
