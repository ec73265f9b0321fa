package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/ingest"
)

// TestScripts compares pairs written in scripts other than Latin
// (testdata/scripts, texts written for the project): each must come out
// with the reuse its texts hold, measured in real words of its script.
func TestScripts(t *testing.T) {
	tests := []struct {
		name, a, b string
		relations  []string
		extent     string
		minB, maxB float64 // coverage of B
	}{
		// 9 of 12 body sentences and nothing else shared, word for word:
		// a copy of most of the text.
		{"chinese copy", "zh-source.txt", "zh-copy.txt", []string{"copy", "partial-copy"}, "part", 0.7, 0.95},
		// 3 of 9 body sentences of a follow-up story taken word for
		// word, the rest its own.
		{"chinese partial copy", "zh-source.txt", "zh-part.txt", []string{"partial-copy"}, "part", 0.2, 0.5},
		// 3 of 8 body sentences shared.
		{"japanese partial copy", "ja-source.txt", "ja-part.txt", []string{"partial-copy"}, "part", 0.2, 0.5},
		// Every body sentence word for word under another headline.
		{"japanese copy", "ja-source.txt", "ja-copy.txt", []string{"copy"}, "whole", 0.88, 1},
		// A Windows-1251 file with CRLF line ends, the copy of a UTF-8
		// article under another headline.
		{"russian copy in windows-1251", "ru-source.txt", "ru-copy.windows-1251.txt", []string{"copy"}, "whole", 0.88, 1},
		// Rewrites sentence by sentence: clauses reordered, words
		// replaced, compounds split or joined.
		{"german rewrite", "de-source.txt", "de-rewrite.txt", []string{"rewrite"}, "whole", 0.88, 1},
		{"spanish rewrite", "es-source.txt", "es-rewrite.txt", []string{"rewrite"}, "whole", 0.88, 1},
		// Another German story: the shared function words relate nothing.
		{"german unrelated", "de-source.txt", "de-other.txt", nil, "", 0, 0},
		// A light rewrite without diacritics, with bare alefs and Arabic
		// yeh where the source has hamza forms, alef maksura and tatweel.
		{"arabic rewrite", "ar-source.txt", "ar-rewrite.txt", []string{"rewrite", "partial-copy"}, "whole", 0.88, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join("testdata", "scripts")
			s, err := engine.Compare(t.Context(), engine.Options{}, filepath.Join(dir, tt.a), filepath.Join(dir, tt.b))
			if err != nil {
				t.Fatal(err)
			}
			if tt.relations == nil {
				if len(s.Pairs) != 0 {
					t.Errorf("compare %s %s: %s · %s; want unrelated", tt.a, tt.b, s.Pairs[0].Relation, s.Pairs[0].Extent)
				}
				return
			}
			if len(s.Pairs) != 1 {
				t.Fatalf("compare %s %s: %d pairs; want 1", tt.a, tt.b, len(s.Pairs))
			}
			p := s.Pairs[0]
			if !slices.Contains(tt.relations, p.Relation) || p.Extent != tt.extent {
				t.Errorf("relation · extent = %s · %s; want one of %v · %s", p.Relation, p.Extent, tt.relations, tt.extent)
			}
			if p.Coverage.B < tt.minB || p.Coverage.B > tt.maxB {
				t.Errorf("coverage of B = %.3f; want in [%.2f, %.2f]", p.Coverage.B, tt.minB, tt.maxB)
			}
			if tt.name == "arabic rewrite" && p.Coverage.Verbatim.B < 0.8 {
				// Only folded letters tell most sentences apart: without
				// the fold, no passage is found word for word.
				t.Errorf("verbatim coverage of B = %.3f; want ≥ 0.8", p.Coverage.Verbatim.B)
			}
			if tt.b == "ru-copy.windows-1251.txt" {
				art, err := engine.ReadOne(t.Context(), ingest.Options{}, filepath.Join(dir, tt.b))
				if err != nil || art.Meta.Encoding != "windows-1251" || !strings.HasPrefix(art.Text, "Консультации по Украине") {
					t.Errorf("reading %s: encoding %q, text %.40q, %v; want windows-1251, Консультации по Украине…", tt.b, art.Meta.Encoding, art.Text, err)
				}
			}
			if len(p.Passages) == 0 {
				t.Errorf("no passage")
			}
		})
	}
}
