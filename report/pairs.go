package report

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
)

// PairFormat is a form of the related pairs alone, one record per pair,
// for the tools that read tables and JSON lines (pandas, jq, spreadsheets,
// text-dedup's pipelines) rather than a scan document.
type PairFormat uint8

const (
	// PairsJSONL writes each pair as one line of JSON: an element of the
	// scan document's "pairs", unchanged.
	PairsJSONL PairFormat = iota + 1
	// PairsCSV writes a header row and one row per pair, comma-separated,
	// quoted as RFC 4180 says (a field holding a comma, quote or line
	// break is quoted, its quotes doubled).
	PairsCSV
	// PairsTSV is PairsCSV with tabs between fields.
	PairsTSV
)

// PairColumns are the columns of the CSV and TSV forms, in this order. The
// order is stable: columns are only ever added at the end.
//
//	a, b            the pair's article ids, as in the scan document
//	story           the id of the story both belong to
//	relation        copy, partial-copy, rewrite or same-story
//	extent          whole, part or none: how much of the derived article
//	                is taken
//	source          the source's id; empty when unknown or common
//	derived         the derived article's id; empty likewise
//	common          true when both take from an unseen common source
//	similarity      IDF-weighted term cosine
//	coverage        the derived article's share of words in shared
//	                passages (the larger side's when the direction is
//	                unknown): what --min-coverage compares
//	coverage_a/_b   each side's share; verbatim_a/_b and rewrite_a/_b
//	                split it by passage kind
//	passages        how many shared passages
//	credit          credited or not-credited; empty when the direction
//	                is unknown
//	credit_name     the name credited
//	quotes          how many of the derived article's quotations were
//	                checked; quotes_changed how many are not exact or a
//	                faithful fragment
//	capped          the bound hit while aligning, if any
var PairColumns = []string{
	"a", "b", "story", "relation", "extent", "source", "derived", "common", "similarity",
	"coverage", "coverage_a", "coverage_b", "verbatim_a", "verbatim_b", "rewrite_a", "rewrite_b",
	"passages", "credit", "credit_name", "quotes", "quotes_changed", "capped",
}

// DerivedCoverage is the share of the derived article's words inside the
// pair's passages, or the larger side's share when the direction is
// unknown or common.
func (p *Pair) DerivedCoverage() float64 {
	switch p.Derived() {
	case "":
		return max(p.Coverage.A, p.Coverage.B)
	case p.A:
		return p.Coverage.A
	}
	return p.Coverage.B
}

// PairFilter selects pairs. The zero value keeps every pair.
type PairFilter struct {
	// MinCoverage keeps a pair whose DerivedCoverage is at least this.
	MinCoverage float64
	// Relations keeps only pairs of these relations; empty keeps all.
	Relations []string
	// OnlyDerived keeps only pairs whose direction is known: a source and
	// a derived article, not an unknown or common source.
	OnlyDerived bool
}

// Keep reports whether p passes the filter.
func (f *PairFilter) Keep(p *Pair) bool {
	switch {
	case p.DerivedCoverage() < f.MinCoverage:
		return false
	case len(f.Relations) > 0 && !slices.Contains(f.Relations, p.Relation):
		return false
	case f.OnlyDerived && p.Derived() == "":
		return false
	}
	return true
}

// Filter returns s with only the pairs f keeps: a shallow copy of s whose
// Pairs is a new slice. Articles, stories and lineage stay as judged from
// all the pairs; Stats.RelatedPairs still counts all of them.
func (f *PairFilter) Filter(s *Scan) *Scan {
	out := *s
	out.Pairs = nil
	for i := range s.Pairs {
		if f.Keep(&s.Pairs[i]) {
			out.Pairs = append(out.Pairs, s.Pairs[i])
		}
	}
	return &out
}

// WritePairs writes the pairs of s that f keeps, in the scan's order, in
// format.
func WritePairs(w io.Writer, s *Scan, format PairFormat, f PairFilter) error {
	bw := bufio.NewWriter(w)
	story := map[string]int{}
	for _, st := range s.Stories {
		for _, id := range st.Articles {
			story[id] = st.ID
		}
	}
	var write func(p *Pair) error
	var flush func() error
	switch format {
	case PairsJSONL:
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		write = func(p *Pair) error { return enc.Encode(p) }
		flush = bw.Flush
	case PairsCSV, PairsTSV:
		cw := csv.NewWriter(bw)
		if format == PairsTSV {
			cw.Comma = '\t'
		}
		if err := cw.Write(PairColumns); err != nil {
			return err
		}
		write = func(p *Pair) error { return cw.Write(pairRow(p, story[p.A])) }
		flush = func() error {
			cw.Flush()
			if err := cw.Error(); err != nil {
				return err
			}
			return bw.Flush()
		}
	default:
		return fmt.Errorf("report: unknown pair format %d", format)
	}
	for i := range s.Pairs {
		if !f.Keep(&s.Pairs[i]) {
			continue
		}
		if err := write(&s.Pairs[i]); err != nil {
			return err
		}
	}
	return flush()
}

// pairRow is p's row under PairColumns.
func pairRow(p *Pair, story int) []string {
	num := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	source := ""
	if p.Source != nil {
		source = *p.Source
	}
	credit, creditName := "", ""
	if p.Credit != nil {
		credit, creditName = p.Credit.Status, p.Credit.Name
	}
	changed := 0
	for _, q := range p.Quotes {
		if q.Status != "exact" && q.Status != "fragment" {
			changed++
		}
	}
	storyID := ""
	if story > 0 {
		storyID = strconv.Itoa(story)
	}
	return []string{
		p.A, p.B, storyID, p.Relation, p.Extent, source, p.Derived(), strconv.FormatBool(p.Common), num(p.Similarity),
		num(p.DerivedCoverage()), num(p.Coverage.A), num(p.Coverage.B), num(p.Coverage.Verbatim.A), num(p.Coverage.Verbatim.B),
		num(p.Coverage.Rewrite.A), num(p.Coverage.Rewrite.B),
		strconv.Itoa(len(p.Passages)), credit, creditName, strconv.Itoa(len(p.Quotes)), strconv.Itoa(changed), p.Capped,
	}
}
