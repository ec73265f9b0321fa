// Command reprint-beam runs reprint's scan as an Apache Beam pipeline: the
// same stages, the engine's own code, and the same reprint.scan JSON
// document, on the local Prism runner by default or on Flink, Spark or
// Dataflow (see beam/README.md).
//
//	reprint-beam --input PATH [--input PATH…] --output FILE [runner flags]
//
// --input may be given many times, holds comma-free paths or globs
// (expanded here, each match one input read in parallel with the others).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs" // --output gs://…
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/reprint/reprint/beam/pipeline"
)

// inputs collects repeated --input flags.
type inputs []string

func (in *inputs) String() string     { return strings.Join(*in, ",") }
func (in *inputs) Set(v string) error { *in = append(*in, v); return nil }

func main() {
	var ins inputs
	flag.Var(&ins, "input", "a file or folder to read, or a glob (repeatable)")
	output := flag.String("output", "", "the reprint.scan JSON document to write")
	pairsOut := flag.String("pairs-jsonl", "", "also write the related pairs here, one JSON object a line")
	storiesOut := flag.String("stories-jsonl", "", "also write the stories of two or more articles here, one JSON object a line")
	maxBytes := flag.Int64("max-bytes", 0, "largest item read (0: 16 MiB)")
	allPairs := flag.Int("all-pairs-work", 0, "align every pair when pairs × mean words is at most this (0: detect's default; -1: never)")
	rounds := flag.Int("rounds", pipeline.DefaultRounds, "label propagation rounds before the exact merge")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the whole run (workers run in process on Prism) to this file")
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
	opts := pipeline.Options{Output: *output, MaxArticleBytes: *maxBytes, AllPairsWork: *allPairs, Rounds: *rounds,
		PairsJSONL: *pairsOut, StoriesJSONL: *storiesOut}
	err := run(context.Background(), ins, opts, *metrics)
	if *cpuprofile != "" {
		pprof.StopCPUProfile()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "reprint-beam:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, ins []string, opts pipeline.Options, metrics bool) error {
	if len(ins) == 0 || opts.Output == "" {
		return fmt.Errorf("usage: reprint-beam --input PATH… --output FILE [runner flags]")
	}
	var paths []string
	for _, in := range ins {
		if !strings.ContainsAny(in, "*?[") {
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
	if err := pipeline.Build(s, opts); err != nil {
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
	}
	return nil
}
