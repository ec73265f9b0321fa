package reprint_test

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// layerOf places each package of the module in a layer; a package may
// import only packages of its own layer or below. The root vocabulary is at
// the bottom, algorithm leaves above it, the stages that wrap dependencies
// (readers, cleaning, evaluation corpora) above those, and the command on
// top: dependencies point inward (STYLE.md).
var layerOf = map[string]int{
	"":                      0, // package reprint
	"analysis":              1,
	"shingle":               1,
	"minhash":               1,
	"winnow":                1,
	"postings":              1,
	"align":                 1,
	"internal/synth":        1,
	"internal/newsgen":      1,
	"internal/sentencecase": 1,
	"sentence":              1,
	"quote":                 1,
	"rewrite":               1,
	"stopword":              1,
	"clean":                 2,
	"htmltext":              2,
	"ingest":                3,
	"eval/pan":              2,
	"eval/clough":           3,
	"eval/direction":        6,
	"eval/stories":          6,
	"eval/counter":          6,
	"judge":                 1,
	"credit":                1,
	"fidelity":              1,
	"provenance":            1,
	"report":                2,
	"eval/aeb":              2,
	"detect":                4,
	"engine":                5,
	"sqlite":                6,
	"postgres":              6,
	"engine/storetest":      6, // the stores' conformance suite, imported by their tests
	"internal/pgtest":       6, // a private PostgreSQL server for tests
	"server":                7, // reprint serve: the HTTP API and web app over an archive
	"cmd/reprint":           9,
	"cmd/reprint-gen":       9,
}

const module = "github.com/reprint/reprint"

// TestLayout checks that dependencies point inward and that the root
// package imports only the standard library.
func TestLayout(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}}{{range .Imports}} {{.}}{{end}}`, "./...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for line := range strings.Lines(string(out)) {
		f := strings.Fields(line)
		pkg := rel(f[0])
		layer, ok := layerOf[pkg]
		if !ok {
			t.Errorf("package %q has no layer in layout_test.go: place it", pkg)
			continue
		}
		for _, imp := range f[1:] {
			if !strings.HasPrefix(imp, module) {
				if pkg == "" && strings.Contains(strings.SplitN(imp, "/", 2)[0], ".") {
					t.Errorf("package reprint imports %s; the root imports only the standard library", imp)
				}
				continue
			}
			if l, ok := layerOf[rel(imp)]; ok && l > layer {
				t.Errorf("%s (layer %d) imports %s (layer %d): dependencies must point inward", f[0], layer, imp, l)
			}
		}
	}
}

func rel(path string) string {
	return strings.TrimPrefix(strings.TrimPrefix(path, module), "/")
}

// TestGofmt keeps the tree gofmt-clean.
func TestGofmt(t *testing.T) {
	if testing.Short() {
		t.Skip("runs gofmt")
	}
	gofmt, err := exec.LookPath("gofmt")
	if err != nil {
		goroot, gerr := exec.Command("go", "env", "GOROOT").Output()
		if gerr != nil {
			t.Fatalf("finding gofmt: %v; go env GOROOT: %v", err, gerr)
		}
		gofmt = filepath.Join(strings.TrimSpace(string(goroot)), "bin", "gofmt")
	}
	out, err := exec.Command(gofmt, "-l", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("gofmt: %v\n%s", err, out)
	}
	if len(strings.TrimSpace(string(out))) > 0 {
		t.Errorf("files not gofmt-clean:\n%s", out)
	}
}
