package reprint_test

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/reprint/reprint/stopword"
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
	"internal/dfcache":      1, // the stores' cache of document frequencies
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
	"pressrelease":          1, // a press release's own markers
	"padding":               1, // a content farm's headings
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

// testOnly are the modules go.mod requires for tests alone, with their
// reasons. A library used only to compare reprint with a peer belongs in
// the benchmark module (bench/go.mod), so that go.mod lists what the
// product uses (issue 13: ekzhu/minhash-lsh, neurosnap/sentences and
// go-internal were required for benchmarks and one txtar reader).
var testOnly = map[string]string{
	"github.com/chromedp/chromedp":     "browser tests of the HTML report and the web app",
	"github.com/chromedp/cdproto":      "the protocol types those browser tests use",
	"golang.org/x/tools":               "txtar fixtures (STYLE.md: x/tools txtar)",
	"github.com/clipperhouse/uax29/v2": "the reference the tokenizer's word cuts are checked against (analysis TestUAX29)",
}

// TestRequirements checks that every module go.mod requires directly is
// used by the product's packages or named in testOnly, and that testOnly
// names no module the product uses or go.mod does not require.
func TestRequirements(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	out, err := exec.Command("go", "mod", "edit", "-json").Output()
	if err != nil {
		t.Fatalf("go mod edit -json: %v", err)
	}
	var mod struct {
		Require []struct {
			Path     string
			Indirect bool
		}
	}
	if err := json.Unmarshal(out, &mod); err != nil {
		t.Fatal(err)
	}
	out, err = exec.Command("go", "list", "-deps", "-f", "{{with .Module}}{{.Path}}{{end}}", "./...").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	used := map[string]bool{}
	for _, m := range strings.Fields(string(out)) {
		used[m] = true
	}
	direct := map[string]bool{}
	for _, r := range mod.Require {
		if r.Indirect {
			continue
		}
		direct[r.Path] = true
		if !used[r.Path] && testOnly[r.Path] == "" {
			t.Errorf("go.mod requires %s, which only tests use: move its tests to bench/ (a peer comparison) or name it in testOnly with its reason", r.Path)
		}
	}
	for m := range testOnly {
		if used[m] || !direct[m] {
			t.Errorf("testOnly names %s, which the product uses (%v) or go.mod does not require directly (%v)", m, used[m], !direct[m])
		}
	}
}

// TestOneStopWordList checks that the English stop words are listed once,
// in package stopword: outside it, a declaration named for stop words
// holds no string literal with StopWordCopyMin or more of stopword's
// English function words; it takes them from package stopword and adds
// its own few (issue 13: clean, align and rewrite each had a copy). Other
// word lists (sentence starters, a generator's commonest words, another
// language's stop words) are not stop-word lists of English and are not
// read.
func TestOneStopWordList(t *testing.T) {
	// StopWordCopyMin: the function words it takes to be a copy of the
	// list (it has 150); a stage's own additions hold a few.
	const StopWordCopyMin = 20
	function := map[string]bool{}
	for _, w := range stopword.English(stopword.Function) {
		function[w] = true
	}
	named := regexp.MustCompile(`(?i)stop_?words?`)
	fset := token.NewFileSet()
	checked := 0
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch {
			case path == "stopword", path == "bench", path == "beam", path == "third_party", path == ".git", d.Name() == "testdata":
				return filepath.SkipDir // the list itself; modules of their own; patched copies of others' modules; fixtures
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			vs, ok := n.(*ast.ValueSpec)
			if !ok || !slices.ContainsFunc(vs.Names, func(id *ast.Ident) bool { return named.MatchString(id.Name) }) {
				return true
			}
			checked++
			for _, v := range vs.Values {
				ast.Inspect(v, func(n ast.Node) bool {
					lit, ok := n.(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						return true
					}
					text, err := strconv.Unquote(lit.Value)
					if err != nil {
						return true
					}
					seen := map[string]bool{}
					for _, w := range strings.Fields(strings.ToLower(text)) {
						if function[w] {
							seen[w] = true
						}
					}
					if len(seen) >= StopWordCopyMin {
						t.Errorf("%s: %s holds %d of stopword's English function words; take them from package stopword", fset.Position(lit.Pos()), vs.Names[0].Name, len(seen))
					}
					return true
				})
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked == 0 {
		t.Errorf("no declaration named for stop words outside package stopword: the test reads nothing")
	}
}
