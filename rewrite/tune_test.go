package rewrite_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/reprint/reprint/rewrite"
)

// TestPANTune runs the PAN measures for option sets given as a JSON list of
// Options in REPRINT_REWRITE_TUNE, one line per set; it is how the
// defaults were chosen:
//
//	REPRINT_REWRITE_TUNE='[{"MinSimilarity":0.4},{"MaxSkip":4}]' go test -run TestPANTune -v ./rewrite
func TestPANTune(t *testing.T) {
	env := os.Getenv("REPRINT_REWRITE_TUNE")
	if env == "" {
		t.Skip("set REPRINT_REWRITE_TUNE to a JSON list of rewrite.Options")
	}
	var sets []rewrite.Options
	if err := json.Unmarshal([]byte(env), &sets); err != nil {
		t.Fatal(err)
	}
	s := loadPAN(t)
	for _, o := range sets {
		b, _ := json.Marshal(o)
		t.Logf("%s\n\talone %v", b, runPAN(t, s, o, rewriteOnly))
	}
}
