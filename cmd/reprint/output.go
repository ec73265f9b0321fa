package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/engine"
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

// thresholdFlags are the detection thresholds of detect.Options and the
// judge's bars of the relation and the extent (judge.Thresholds) as flags,
// with their documented defaults: the flags of scan PATHS, compare and
// check.
type thresholdFlags struct {
	opts  detect.Options
	judge judge.Thresholds
}

func (t *thresholdFlags) register(fs *pflag.FlagSet) {
	fs.IntVar(&t.opts.MinSharedFingerprints, "min-shared-fingerprints", detect.DefaultMinSharedFingerprints, "winnowed 5-word fingerprints two articles must share to be compared (verbatim signal)")
	fs.IntVar(&t.opts.MinSharedBags, "min-shared-bags", detect.DefaultMinSharedBags, "winnowed content-word pairs two articles must share to be compared (obfuscated-reuse signal)")
	fs.IntVar(&t.opts.TopTerms, "top-terms", detect.DefaultTopTerms, "rarest content terms per article in the rewrite signal's index")
	fs.IntVar(&t.opts.MinSharedTerms, "min-shared-terms", detect.DefaultMinSharedTerms, "of those top terms, how many two articles must share to be compared (rewrite signal)")
	fs.IntVar(&t.opts.MaxPostingDocs, "max-posting-docs", detect.DefaultMaxPostingDocs, "a fingerprint or term in more articles than this links none of them (boilerplate, common words)")
	fs.IntVar(&t.opts.AllPairsWork, "all-pairs-work", detect.DefaultAllPairsWork, "a corpus whose pairs × mean words is at most this is aligned pair by pair without candidates; negative: never")
	fs.Float64Var(&t.opts.ExactMin, "exact-min", detect.DefaultExactMin, "share of a verbatim passage's words in exact 4-word runs for it to count as verbatim, not rewritten, 0–1")
	// The judge's bars: the derived article is the side more of whose
	// words are reused (judge's package doc).
	fs.Float64Var(&t.judge.ReuseMin, "reuse-min", judge.ReuseMin, "relation: a pair with a passage is reuse when this share of the derived article's words lie in 3-word runs found word for word in the other, 0–1")
	fs.Float64Var(&t.judge.RewriteMin, "rewrite-min", judge.RewriteMin, "relation: … or when this share of them lie in aligned passages (a thorough rewrite), 0–1")
	fs.Float64Var(&t.judge.CopyMin, "copy-min", judge.CopyMin, "relation: reuse is a copy when this share of the derived article's words lie in runs of 8 or more words, 0–1")
	fs.Float64Var(&t.judge.CutMin, "cut-min", judge.CutMin, "relation: reuse is a partial-copy when this share of them lie in runs of 32 or more words, 0–1")
	fs.Float64Var(&t.judge.VerbatimRunShare, "verbatim-run-share", judge.VerbatimRunShare, "relation: reuse lying mostly in verbatim passages is a partial-copy when this share of those passages' words lie in runs of 8 or more words, 0–1")
	fs.Float64Var(&t.judge.SameStoryMin, "same-story-min", judge.SameStoryMin, "relation: two articles without reuse tell the same story from this IDF-weighted term similarity; may be raised, not lowered, up to 1")
	fs.IntVar(&t.judge.SameStoryMinTerms, "same-story-min-terms", judge.SameStoryMinTerms, "relation: … over at least this many shared terms; may be raised, not lowered")
	fs.IntVar(&t.judge.SameStoryMinFacts, "same-story-min-facts", judge.SameStoryMinFacts, "relation: … at least this many of them names or figures, where capitals mark names; may be raised, not lowered")
	fs.Float64Var(&t.judge.WholeMin, "whole-min", judge.WholeMin, "extent: the derived article is taken whole when this share of its words lie in shared passages, 0–1")
	fs.Float64Var(&t.judge.PartSimilarityMin, "part-similarity-min", judge.PartSimilarityMin, "extent: without reuse, a part is taken from this IDF-weighted term similarity, 0–1")
	fs.Float64Var(&t.judge.VocabularyMin, "vocabulary-min", judge.VocabularyMin, "extent: without reuse, a part also needs the derived article to draw this share of its words from the other's vocabulary, 0–1")
	fs.Float64Var(&t.judge.RetoldMin, "retold-min", judge.RetoldMin, "relation: a rewrite whose derived article draws under --vocabulary-min of its words from the other is the same story told again when its passages cover this share of it, 0–1")
}

// jobFlags are the flags of the commands that judge pairs (scan PATHS,
// compare, check): the output's and the thresholds.
type jobFlags struct {
	out        outputFlags
	thresholds thresholdFlags
}

func (j *jobFlags) register(fs *pflag.FlagSet) {
	j.out.register(fs)
	j.thresholds.register(fs)
}

// parse checks both sets of flags and returns the render options and the
// engine options they set (Detect and Judge); a bad value is a usage
// error.
func (j *jobFlags) parse(fs *pflag.FlagSet) (renderOptions, engine.Options, error) {
	ro, err := j.out.options(fs)
	if err != nil {
		return ro, engine.Options{}, err
	}
	eo, err := j.thresholds.engineOptions()
	return ro, eo, err
}

// names of the threshold flags, for the check that they were not given
// where they do not apply.
var thresholdNames = []string{"min-shared-fingerprints", "min-shared-bags", "top-terms", "min-shared-terms", "max-posting-docs", "all-pairs-work", "exact-min",
	"reuse-min", "rewrite-min", "copy-min", "cut-min", "verbatim-run-share", "same-story-min", "same-story-min-terms", "same-story-min-facts", "whole-min", "part-similarity-min", "vocabulary-min", "retold-min"}

// engineOptions checks the thresholds and returns them. A value outside
// its range is a usage error (zero would silently mean the default).
func (t *thresholdFlags) engineOptions() (engine.Options, error) {
	o, th := t.opts, t.judge
	eo := engine.Options{Detect: o, Judge: th}
	for _, c := range []struct {
		name   string
		v, min int
	}{{"min-shared-fingerprints", o.MinSharedFingerprints, 1}, {"min-shared-bags", o.MinSharedBags, 1}, {"top-terms", o.TopTerms, 1},
		{"min-shared-terms", o.MinSharedTerms, 1}, {"max-posting-docs", o.MaxPostingDocs, 1}, {"same-story-min-terms", th.SameStoryMinTerms, judge.SameStoryMinTerms},
		{"same-story-min-facts", th.SameStoryMinFacts, judge.SameStoryMinFacts}} {
		if c.v < c.min {
			return eo, usageError{fmt.Errorf("--%s %d: want %d or more", c.name, c.v, c.min)}
		}
	}
	if o.AllPairsWork == 0 {
		return eo, usageError{errors.New("--all-pairs-work 0: want a positive bound, or a negative value for never")}
	}
	for _, c := range []struct {
		name string
		v    float64
	}{{"exact-min", o.ExactMin}, {"reuse-min", th.ReuseMin}, {"rewrite-min", th.RewriteMin}, {"copy-min", th.CopyMin},
		{"cut-min", th.CutMin}, {"verbatim-run-share", th.VerbatimRunShare}, {"whole-min", th.WholeMin},
		{"part-similarity-min", th.PartSimilarityMin}, {"vocabulary-min", th.VocabularyMin}, {"retold-min", th.RetoldMin}} {
		if !(c.v > 0 && c.v <= 1) {
			return eo, usageError{fmt.Errorf("--%s %v: want a share above 0, at most 1", c.name, c.v)}
		}
	}
	if !(th.SameStoryMin >= judge.SameStoryMin && th.SameStoryMin <= 1) {
		return eo, usageError{fmt.Errorf("--same-story-min %v: want at least its default %v, at most 1 (the detector keeps only the pairs related under the default)", th.SameStoryMin, judge.SameStoryMin)}
	}
	if err := eo.Validate(); err != nil {
		// Every range is checked above; this is the engine's own word.
		return eo, usageError{err}
	}
	return eo, nil
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
// apply: an archive's candidates were indexed, and its pairs judged, when
// it was added.
func noThresholds(fs *pflag.FlagSet, where string) error {
	if c := changed(fs, thresholdNames); len(c) > 0 {
		return usageError{fmt.Errorf("%s does not apply to %s: an archive's articles were indexed and their pairs judged by reprint add", strings.Join(c, ", "), where)}
	}
	return nil
}
