package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/judge"
	"github.com/reprint/reprint/report"
	"github.com/spf13/pflag"
)

// outputFlags are the flags of scan, compare and check that choose the
// form of the result and the pairs in it.
type outputFlags struct {
	format      string
	asJSON      bool
	withText    bool
	html        string
	minCoverage float64
	relations   []string
	onlyDerived bool
}

// pairFormats maps --format's pair forms to report's.
var pairFormats = map[string]report.PairFormat{"jsonl": report.PairsJSONL, "csv": report.PairsCSV, "tsv": report.PairsTSV}

func (o *outputFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&o.format, "format", "text", "text (the report for people), json (the "+report.Schema+" document), or the related pairs alone: jsonl, csv, tsv")
	fs.BoolVar(&o.asJSON, "json", false, "the same as --format json")
	fs.BoolVar(&o.withText, "text", false, "with --format json, include each article's cleaned text (the text passage spans point into)")
	fs.StringVar(&o.html, "html", "", "also write a self-contained HTML report to this file")
	fs.Float64Var(&o.minCoverage, "min-coverage", 0, "with json, jsonl, csv or tsv: only pairs whose derived article (the more covered one when the direction is unknown) has at least this share of its words in shared passages, 0–1")
	fs.StringSliceVar(&o.relations, "relation", nil, "with json, jsonl, csv or tsv: only pairs of these relations (copy, partial-copy, rewrite, same-story; comma-separated or repeated)")
	fs.BoolVar(&o.onlyDerived, "only-derived", false, "with json, jsonl, csv or tsv: only pairs whose direction is known (a source and a derived article)")
}

// options checks the flags and returns what render needs. A bad value is
// a usage error.
func (o *outputFlags) options(fs *pflag.FlagSet) (renderOptions, error) {
	r := renderOptions{text: o.withText, html: o.html}
	switch {
	case o.asJSON && fs.Changed("format") && o.format != "json":
		return r, usageError{fmt.Errorf("--json and --format %s disagree: --json is --format json", o.format)}
	case o.asJSON:
		o.format = "json"
	}
	switch o.format {
	case "text":
	case "json":
		r.json = true
	default:
		f, ok := pairFormats[o.format]
		if !ok {
			return r, usageError{fmt.Errorf("--format %q: want text, json, jsonl, csv or tsv", o.format)}
		}
		r.pairs = f
	}
	if o.withText && !r.json {
		return r, usageError{errors.New("--text goes with --format json")}
	}
	if o.minCoverage < 0 || o.minCoverage > 1 {
		return r, usageError{fmt.Errorf("--min-coverage %v: want a share of words from 0 to 1", o.minCoverage)}
	}
	for _, rel := range o.relations {
		if x, err := judge.ParseRelation(rel); err != nil || x == judge.Unrelated {
			return r, usageError{fmt.Errorf("--relation %q: want copy, partial-copy, rewrite or same-story", rel)}
		}
	}
	r.filter = report.PairFilter{MinCoverage: o.minCoverage, Relations: o.relations, OnlyDerived: o.onlyDerived}
	if r.filtered() && o.format == "text" {
		return r, usageError{errors.New("--min-coverage, --relation and --only-derived select pairs: use them with --format json, jsonl, csv or tsv")}
	}
	return r, nil
}

// thresholdFlags are the detection thresholds of detect.Options as flags,
// with their documented defaults (scan PATHS and compare).
type thresholdFlags struct {
	opts detect.Options
}

func (t *thresholdFlags) register(fs *pflag.FlagSet) {
	fs.IntVar(&t.opts.MinSharedFingerprints, "min-shared-fingerprints", detect.DefaultMinSharedFingerprints, "winnowed 5-word fingerprints two articles must share to be compared (verbatim signal)")
	fs.IntVar(&t.opts.MinSharedBags, "min-shared-bags", detect.DefaultMinSharedBags, "winnowed content-word pairs two articles must share to be compared (obfuscated-reuse signal)")
	fs.IntVar(&t.opts.TopTerms, "top-terms", detect.DefaultTopTerms, "rarest content terms per article in the rewrite signal's index")
	fs.IntVar(&t.opts.MinSharedTerms, "min-shared-terms", detect.DefaultMinSharedTerms, "of those top terms, how many two articles must share to be compared (rewrite signal)")
	fs.IntVar(&t.opts.MaxPostingDocs, "max-posting-docs", detect.DefaultMaxPostingDocs, "a fingerprint or term in more articles than this links none of them (boilerplate, common words)")
	fs.IntVar(&t.opts.AllPairsWork, "all-pairs-work", detect.DefaultAllPairsWork, "a corpus whose pairs × mean words is at most this is aligned pair by pair without candidates; negative: never")
	fs.Float64Var(&t.opts.ExactMin, "exact-min", detect.DefaultExactMin, "share of a verbatim passage's words in exact 4-word runs for it to count as verbatim, not rewritten, 0–1")
}

// jobFlags are the flags of the commands that find the pairs themselves
// (scan PATHS, compare): the output's and the thresholds.
type jobFlags struct {
	out        outputFlags
	thresholds thresholdFlags
}

func (j *jobFlags) register(fs *pflag.FlagSet) {
	j.out.register(fs)
	j.thresholds.register(fs)
}

// parse checks both sets of flags; a bad value is a usage error.
func (j *jobFlags) parse(fs *pflag.FlagSet) (renderOptions, detect.Options, error) {
	ro, err := j.out.options(fs)
	if err != nil {
		return ro, detect.Options{}, err
	}
	dopts, err := j.thresholds.detectOptions()
	return ro, dopts, err
}

// names of the threshold flags, for the check that they were not given
// where they do not apply.
var thresholdNames = []string{"min-shared-fingerprints", "min-shared-bags", "top-terms", "min-shared-terms", "max-posting-docs", "all-pairs-work", "exact-min"}

// detectOptions checks the thresholds and returns them. A value outside
// its range is a usage error (zero would silently mean the default).
func (t *thresholdFlags) detectOptions() (detect.Options, error) {
	o := t.opts
	for _, c := range []struct {
		name string
		v    int
	}{{"min-shared-fingerprints", o.MinSharedFingerprints}, {"min-shared-bags", o.MinSharedBags}, {"top-terms", o.TopTerms},
		{"min-shared-terms", o.MinSharedTerms}, {"max-posting-docs", o.MaxPostingDocs}} {
		if c.v < 1 {
			return o, usageError{fmt.Errorf("--%s %d: want 1 or more", c.name, c.v)}
		}
	}
	if o.AllPairsWork == 0 {
		return o, usageError{errors.New("--all-pairs-work 0: want a positive bound, or a negative value for never")}
	}
	if !(o.ExactMin > 0 && o.ExactMin <= 1) {
		return o, usageError{fmt.Errorf("--exact-min %v: want a share above 0, at most 1", o.ExactMin)}
	}
	return o, nil
}

// changed returns the flags of names given on the command line.
func changed(fs *pflag.FlagSet, names []string) []string {
	var out []string
	for _, n := range names {
		if fs.Changed(n) {
			out = append(out, "--"+n)
		}
	}
	return out
}

// noThresholds is the usage error for threshold flags where they do not
// apply: an archive's candidates were indexed when it was added.
func noThresholds(fs *pflag.FlagSet, where string) error {
	if c := changed(fs, thresholdNames); len(c) > 0 {
		return usageError{fmt.Errorf("%s does not apply to %s: an archive's articles were indexed by reprint add", strings.Join(c, ", "), where)}
	}
	return nil
}
