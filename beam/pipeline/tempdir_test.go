package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

// TestPrivateTemp: a run on Prism inside PrivateTemp leaves its loopback
// file in the private folder, and restoring removes the folder and puts
// TMPDIR back.
func TestPrivateTemp(t *testing.T) {
	before := os.TempDir()
	restore, err := PrivateTemp()
	if err != nil {
		t.Fatal(err)
	}
	dir := os.TempDir()
	if dir == before || filepath.Dir(dir) != before {
		restore()
		t.Fatalf("TempDir %q inside PrivateTemp: want a new folder in %q", dir, before)
	}
	p, s := beam.NewPipelineWithRoot()
	beam.Create(s, 1, 2, 3)
	runErr := ptest.Run(p)
	entries, _ := os.ReadDir(dir)
	if err := restore(); err != nil {
		t.Fatal(err)
	}
	if runErr != nil {
		t.Fatalf("running on prism: %v", runErr)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if !strings.Contains(strings.Join(names, " "), "beamloopbackworker-") {
		t.Errorf("private folder held %q: want the SDK's loopback file there", names)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("private folder %s after restore: %v, want it gone", dir, err)
	}
	if got := os.TempDir(); got != before {
		t.Errorf("TempDir after restore = %q, want %q", got, before)
	}
}
