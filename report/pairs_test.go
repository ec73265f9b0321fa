package report_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/reprint/reprint/report"
)

// pairsScan is a scan with one pair of each kind the filters tell apart:
// a copy with its source known, a rewrite of unknown direction, a
// same-story pair, and a partial copy from an unseen common source; the
// copy's ids hold a comma, a quote, a tab and a line break, which CSV and
// TSV must quote.
func pairsScan() *report.Scan {
	src, cp := "wire, \"A\".txt", "copy\tof\nwire.txt"
	return &report.Scan{
		Schema: report.Schema,
		Articles: []report.Article{
			{ID: src}, {ID: cp}, {ID: "r1.txt"}, {ID: "r2.txt"}, {ID: "s1.txt"}, {ID: "s2.txt"}, {ID: "c1.txt"}, {ID: "c2.txt"},
		},
		Stories: []report.Story{
			{ID: 1, Articles: []string{src, cp}},
			{ID: 2, Articles: []string{"r1.txt", "r2.txt", "s1.txt", "s2.txt"}},
			{ID: 3, Articles: []string{"c1.txt", "c2.txt"}},
		},
		Pairs: []report.Pair{
			{A: src, B: cp, Relation: "copy", Extent: "whole", Source: &src, Similarity: 0.93,
				Coverage: report.Coverage{A: 0.7, B: 0.98, Verbatim: report.Sides{A: 0.7, B: 0.98}},
				Passages: make([]report.Passage, 2), Credit: &report.Credit{Article: cp, Status: "credited", Name: "Wire"},
				Quotes: []report.Quote{{Status: "exact"}, {Status: "fragment"}, {Status: "altered"}}},
			{A: "r1.txt", B: "r2.txt", Relation: "rewrite", Extent: "part", Similarity: 0.5,
				Coverage: report.Coverage{A: 0.4, B: 0.6, Rewrite: report.Sides{A: 0.4, B: 0.6}}, Passages: make([]report.Passage, 3)},
			{A: "s1.txt", B: "s2.txt", Relation: "same-story", Extent: "none", Similarity: 0.3},
			{A: "c1.txt", B: "c2.txt", Relation: "partial-copy", Extent: "part", Common: true, Similarity: 0.6,
				Coverage: report.Coverage{A: 0.35, B: 0.3, Verbatim: report.Sides{A: 0.35, B: 0.3}}, Passages: make([]report.Passage, 1),
				Capped: "max-seeds"},
		},
	}
}

// TestWritePairs holds the three pair formats, unfiltered and filtered, in
// golden files (go test ./report -run TestWritePairs -update rewrites
// them), and checks that the CSV and TSV forms read back, through an RFC
// 4180 reader, as the header and the same fields.
func TestWritePairs(t *testing.T) {
	s := pairsScan()
	formats := []struct {
		ext    string
		format report.PairFormat
	}{{"jsonl", report.PairsJSONL}, {"csv", report.PairsCSV}, {"tsv", report.PairsTSV}}
	filters := []struct {
		name   string
		filter report.PairFilter
		keep   []string // the A side of the pairs kept
	}{
		{"all", report.PairFilter{}, []string{"wire, \"A\".txt", "r1.txt", "s1.txt", "c1.txt"}},
		{"min-coverage", report.PairFilter{MinCoverage: 0.6}, []string{"wire, \"A\".txt", "r1.txt"}},
		{"relation", report.PairFilter{Relations: []string{"rewrite", "partial-copy"}}, []string{"r1.txt", "c1.txt"}},
		{"only-derived", report.PairFilter{OnlyDerived: true}, []string{"wire, \"A\".txt"}},
	}
	for _, f := range formats {
		for _, flt := range filters {
			name := flt.name + "." + f.ext
			t.Run(name, func(t *testing.T) {
				var b bytes.Buffer
				if err := report.WritePairs(&b, s, f.format, flt.filter); err != nil {
					t.Fatal(err)
				}
				got := b.String()
				pairGolden(t, name, got)
				var kept []string
				switch f.format {
				case report.PairsJSONL:
					for line := range strings.Lines(got) {
						var p report.Pair
						if err := json.Unmarshal([]byte(line), &p); err != nil {
							t.Fatalf("line %q: %v", line, err)
						}
						kept = append(kept, p.A)
					}
				default:
					r := csv.NewReader(strings.NewReader(got))
					if f.format == report.PairsTSV {
						r.Comma = '\t'
					}
					rows, err := r.ReadAll()
					if err != nil {
						t.Fatalf("reading %s back: %v", name, err)
					}
					if !slices.Equal(rows[0], report.PairColumns) {
						t.Errorf("header = %q; want %q", rows[0], report.PairColumns)
					}
					for _, row := range rows[1:] {
						if len(row) != len(report.PairColumns) {
							t.Errorf("row %q has %d fields; want %d", row, len(row), len(report.PairColumns))
						}
						kept = append(kept, row[0])
					}
					if flt.name == "all" && (rows[1][1] != "copy\tof\nwire.txt" || rows[1][6] != "copy\tof\nwire.txt") {
						t.Errorf("row 1 b, derived = %q, %q; want the id whole", rows[1][1], rows[1][6])
					}
				}
				if !slices.Equal(kept, flt.keep) {
					t.Errorf("WritePairs(%s) kept %q; want %q", name, kept, flt.keep)
				}
			})
		}
	}
}

// TestDerivedCoverage checks which side's coverage a pair is filtered by.
func TestDerivedCoverage(t *testing.T) {
	s := pairsScan()
	for i, want := range []float64{0.98, 0.6, 0, 0.35} {
		if got := s.Pairs[i].DerivedCoverage(); got != want {
			t.Errorf("pair %d (%s ↔ %s) DerivedCoverage() = %v; want %v", i, s.Pairs[i].A, s.Pairs[i].B, got, want)
		}
	}
	f := report.PairFilter{Relations: []string{"copy"}}
	if got := f.Filter(s); len(got.Pairs) != 1 || len(s.Pairs) != 4 || len(got.Stories) != 3 {
		t.Errorf("Filter(copy) = %d pairs, %d stories, original %d pairs; want 1, 3, 4", len(got.Pairs), len(got.Stories), len(s.Pairs))
	}
}

func pairGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", "TestWritePairs", name)
	if htmlUpdating() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file (run with -update to create it): %v", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("WritePairs(%s) mismatch (-want +got):\n%s", name, diff)
	}
}
