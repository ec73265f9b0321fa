package detect

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestCandidateTune measures candidate recall on the PAN 2013 training
// corpus scanned as one folder: for each obfuscation folder, the share of
// its pairs with plagiarism cases that become candidates, by signal (the
// exact-stream key is always on, with any signal), for
// several term-signal settings, beside the number of candidates. It is a
// tuning tool, run only on request:
//
//	REPRINT_DETECT_TUNE=1 go test ./detect -run TestCandidateTune -v -timeout 30m
func TestCandidateTune(t *testing.T) {
	if os.Getenv("REPRINT_DETECT_TUNE") == "" {
		t.Skip("set REPRINT_DETECT_TUNE=1 to run")
	}
	root := "../../shared/corpora/pan13-train"
	var names, texts []string
	index := map[string]int{}
	for _, dir := range []string{"src", "susp"} {
		ents, err := os.ReadDir(filepath.Join(root, dir))
		if err != nil {
			t.Skip(err)
		}
		for _, e := range ents {
			b, err := os.ReadFile(filepath.Join(root, dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			index[e.Name()] = len(texts)
			names = append(names, e.Name())
			texts = append(texts, string(b))
		}
	}
	type truth struct {
		folder string
		pair   uint64
	}
	var cases []truth
	for _, f := range []string{"02-no-obfuscation", "03-random-obfuscation", "04-translation-obfuscation", "05-summary-obfuscation"} {
		b, err := os.ReadFile(filepath.Join(root, f, "pairs"))
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.Lines(string(b)) {
			fs := strings.Fields(line)
			x, err := os.ReadFile(filepath.Join(root, f, strings.TrimSuffix(fs[0], ".txt")+"-"+strings.TrimSuffix(fs[1], ".txt")+".xml"))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(x), `name="plagiarism"`) {
				continue
			}
			a, b := uint64(index[fs[0]]), uint64(index[fs[1]])
			cases = append(cases, truth{f, min(a, b)<<32 | max(a, b)})
		}
	}
	candidates := func(o Options) ([]uint64, Stats) {
		d, err := New(o)
		if err != nil {
			t.Fatal(err)
		}
		ck, _, err := d.corpusKeys(t.Context(), texts)
		if err != nil {
			t.Fatal(err)
		}
		var st Stats
		pairs, _, err := d.votes(t.Context(), ck, &st)
		if err != nil {
			t.Fatal(err)
		}
		return pairs, st
	}
	report := func(name string, pairs []uint64) {
		hit := map[string][2]int{}
		for _, c := range cases {
			h := hit[c.folder]
			h[1]++
			if _, ok := slices.BinarySearch(pairs, c.pair); ok {
				h[0]++
			}
			hit[c.folder] = h
		}
		line := fmt.Sprintf("%-28s %7d candidates", name, len(pairs))
		for _, f := range []string{"02-no-obfuscation", "03-random-obfuscation", "04-translation-obfuscation", "05-summary-obfuscation"} {
			line += fmt.Sprintf("  %s %.3f", f[:2], float64(hit[f][0])/float64(hit[f][1]))
		}
		t.Log(line)
	}
	const off = 1 << 30 // a threshold no pair reaches: the signal is off
	var base []uint64
	for _, mb := range []int{2, 3, 4, 6, off} {
		base, _ = candidates(Options{MinSharedBags: mb, MinSharedTerms: off})
		report(fmt.Sprintf("same+fp+bags ≥%d", mb), base)
	}
	all, st := candidates(Options{})
	report("defaults (all signals)", all)
	t.Logf("defaults: %+v", st)
	for _, top := range []int{40, 80, 120} {
		for _, shared := range []int{4, 6, 8} {
			tp, _ := candidates(Options{TopTerms: top, MinSharedTerms: shared, MinSharedFingerprints: off, MinSharedBags: off})
			all := slices.Concat(base, tp)
			slices.Sort(all)
			all = slices.Compact(all)
			report(fmt.Sprintf("terms top %d shared %d", top, shared), tp)
			report("  union", all)
		}
	}
}
