package align_test

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/reprint/reprint/align"
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
	panAvailable(t)
	prefixes := strings.Split(os.Getenv("REPRINT_ALIGN_FOLDERS"), ",")
	if prefixes[0] == "" {
		prefixes = []string{"01", "02", "03"}
	}
	all := []string{"01-no-plagiarism", "02-no-obfuscation", "03-random-obfuscation",
		"04-translation-obfuscation", "05-summary-obfuscation"}
	var folders []panFolder
	for _, name := range all {
		for _, p := range prefixes {
			if strings.HasPrefix(name, p) {
				folders = append(folders, loadPANFolder(t, name))
			}
		}
	}
	for _, run := range strings.Split(spec, ";") {
		opts, err := parseOptions(run)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		var b strings.Builder
		for _, fo := range folders {
			s := runPAN(t, fo, opts)
			fmt.Fprintf(&b, " %s: pd %.4f r %.4f p %.4f g %.4f det %d pairs %d |", fo.name[:2],
				s.plagdet, s.recall, s.precision, s.granularity, s.detections, s.pairsWithDetections)
		}
		t.Logf("%-40s %s %.1fs", run, b.String(), time.Since(start).Seconds())
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
