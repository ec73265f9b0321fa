package align_test

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/reprint/reprint/align"
	"github.com/reprint/reprint/eval/pan"
)

// TestPANTune evaluates non-default options on chosen PAN folders, for
// tuning. It runs only when REPRINT_ALIGN_TUNE is set, to a list of runs
// separated by ";", each a list of Field=value settings separated by ",":
//
//	REPRINT_ALIGN_TUNE='ExactN=4,BagN=2;ExactN=5' go test -run TestPANTune -v ./align
//
// REPRINT_ALIGN_FOLDERS (comma-separated prefixes, default "01,02,03")
// chooses the folders.
func TestPANTune(t *testing.T) {
	spec := os.Getenv("REPRINT_ALIGN_TUNE")
	if spec == "" {
		t.Skip("set REPRINT_ALIGN_TUNE to run")
	}
	c := panCorpus(t)
	prefixes := strings.Split(os.Getenv("REPRINT_ALIGN_FOLDERS"), ",")
	if prefixes[0] == "" {
		prefixes = []string{"01", "02", "03"}
	}
	var pairs []pan.Pair
	for _, p := range c.Pairs {
		for _, pre := range prefixes {
			if strings.HasPrefix(p.Obfuscation, pre) {
				pairs = append(pairs, p)
			}
		}
	}
	for _, run := range strings.Split(spec, ";") {
		opts, err := parseOptions(run)
		if err != nil {
			t.Fatal(err)
		}
		r, err := pan.Run(t.Context(), c, detector(t, opts), pan.RunOptions{Pairs: pairs})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s (%.1fs)\n%s", run, r.Seconds, panTable(r))
	}
}

func parseOptions(run string) (align.Options, error) {
	var o align.Options
	for _, kv := range strings.Split(run, ",") {
		if kv == "" {
			continue
		}
		k, v, _ := strings.Cut(kv, "=")
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return o, fmt.Errorf("%s: %v", kv, err)
		}
		switch k {
		case "ExactN":
			o.ExactN = int(f)
		case "BagN":
			o.BagN = int(f)
		case "MaxGramFreq":
			o.MaxGramFreq = int(f)
		case "MaxGap":
			o.MaxGap = int(f)
		case "MaxSkew":
			o.MaxSkew = int(f)
		case "MaxExtend":
			o.MaxExtend = int(f)
		case "MinTokens":
			o.MinTokens = int(f)
		case "MinSeeds":
			o.MinSeeds = int(f)
		case "MinCoverage":
			o.MinCoverage = f
		case "NoStop":
			o.StopWords = []string{}
		default:
			return o, fmt.Errorf("unknown option %s", k)
		}
	}
	return o, nil
}
