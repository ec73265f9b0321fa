package pan

import (
	"bufio"
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// This file checks the Go measures against the official script,
// pan13-text-alignment-perfmeasures.py, run on the same detection files.
//
// The script is Python 2 and imports numpy, which may be missing. It runs
// unmodified under Python 2.7 when one is found (python2.7, python2, or a
// pyenv 2.7 version; or REPRINT_PYTHON2), and under Python 3 after a
// lib2to3 conversion of a temporary copy. numpy is replaced, for both, by
// the stand-in below: the script uses only numpy.ma.zeros(n, dtype=bool),
// slice assignment of a bool and numpy.ma.sum.

const numpyInit = `"""Stand-in for the numpy names pan13-text-alignment-perfmeasures.py imports."""
int8 = int
`

const numpyMa = `"""Stand-in for numpy.ma.zeros(n, dtype=bool) and numpy.ma.sum, as the
PAN measures script uses them: slice assignment of a truth value, then a
count of the true elements."""


class _Bits(object):
    def __init__(self, n):
        if n < 0:
            raise ValueError("negative dimensions are not allowed")
        self._b = bytearray(n)

    def __len__(self):
        return len(self._b)

    def __setitem__(self, key, value):
        if not isinstance(key, slice):
            raise TypeError("the stand-in supports slice assignment only")
        start, stop, step = key.indices(len(self._b))
        v = 1 if value else 0
        for i in range(start, stop, step):
            self._b[i] = v


def zeros(shape, dtype=None):
    return _Bits(shape)


def sum(a):
    return a._b.count(b'\x01')
`

type python struct {
	name   string
	cmd    string
	env    []string
	script string // path of the script to run
}

// officialScript returns the path of the script in the corpus's eval
// folder, skipping the test without it.
func officialScript(tb testing.TB, c *Corpus) string {
	p := filepath.Join(c.Dir, "eval", "pan13-text-alignment-perfmeasures.py")
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("official script not found: %v", err)
	}
	return p
}

func probe(cmd string, env []string, code string) bool {
	c := exec.Command(cmd, "-c", code)
	c.Env = append(os.Environ(), env...)
	return c.Run() == nil
}

// findPythons returns the interpreters that can run the script.
func findPythons(tb testing.TB, script, tmp string) []python {
	const isPy2 = "import sys; sys.exit(sys.version_info[0] != 2)"
	var out []python
	var py2 []string
	if p := os.Getenv("REPRINT_PYTHON2"); p != "" {
		py2 = append(py2, p)
	}
	py2 = append(py2, "python2.7", "python2")
	for _, name := range py2 {
		if path, err := exec.LookPath(name); err == nil && probe(path, nil, isPy2) {
			out = append(out, python{name: "python2", cmd: path, script: script})
			break
		}
	}
	if len(out) == 0 {
		if pyenv, err := exec.LookPath("pyenv"); err == nil {
			vs, _ := exec.Command(pyenv, "versions", "--bare").Output()
			for _, v := range strings.Fields(string(vs)) {
				env := []string{"PYENV_VERSION=" + v}
				if path, err := exec.LookPath("python2.7"); strings.HasPrefix(v, "2.7") && err == nil && probe(path, env, isPy2) {
					out = append(out, python{name: "python2", cmd: path, env: env, script: script})
					break
				}
			}
		}
	}
	if path, err := exec.LookPath("python3"); err == nil && probe(path, nil, "import lib2to3") {
		src, err := os.ReadFile(script)
		if err != nil {
			tb.Fatal(err)
		}
		conv := filepath.Join(tmp, "perfmeasures3.py")
		if err := os.WriteFile(conv, src, 0o644); err != nil {
			tb.Fatal(err)
		}
		cmd := exec.Command(path, "-m", "lib2to3", "-w", "-n", "--no-diffs", conv)
		if b, err := cmd.CombinedOutput(); err != nil {
			tb.Logf("lib2to3 failed, skipping python3: %v\n%s", err, b)
		} else {
			out = append(out, python{name: "python3-lib2to3", cmd: path, script: conv})
		}
	}
	return out
}

type scriptResult struct{ plagdet, recall, precision, granularity float64 }

func runScript(tb testing.TB, py python, shim, truthDir, detDir string) scriptResult {
	tb.Helper()
	cmd := exec.Command(py.cmd, py.script, "-p", truthDir, "-d", detDir)
	cmd.Env = append(append(os.Environ(), py.env...), "PYTHONPATH="+shim, "PYTHONDONTWRITEBYTECODE=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		tb.Fatalf("%s %s: %v\n%s%s", py.name, py.script, err, out, stderr.Bytes())
	}
	var r scriptResult
	found := 0
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		for _, f := range []struct {
			prefix string
			dst    *float64
		}{{"Plagdet Score ", &r.plagdet}, {"Recall ", &r.recall}, {"Precision ", &r.precision}, {"Granularity ", &r.granularity}} {
			if v, ok := strings.CutPrefix(sc.Text(), f.prefix); ok {
				x, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				if err != nil {
					tb.Fatalf("parsing %q: %v", sc.Text(), err)
				}
				*f.dst = x
				found++
			}
		}
	}
	if found != 4 {
		tb.Fatalf("%s printed %d of the 4 measures:\n%s", py.name, found, out)
	}
	return r
}

// syntheticDetections derives detections from the truth: exact, shrunk,
// shifted, split, duplicated, enlarged, dropped, with an empty source side
// strictly inside the case, and false positives, also on pairs without
// cases. Detections of no characters at all are left out: the script
// divides by zero on them.
func syntheticDetections(rng *rand.Rand, p Pair) []Passage {
	var out []Passage
	for _, c := range p.Cases {
		to, tl, so, sl := c.ThisOffset, c.ThisLength, c.SourceOffset, c.SourceLength
		switch rng.IntN(8) {
		case 0:
			out = append(out, c.Passage())
		case 1: // shrunk
			a, b := rng.IntN(tl/3+1), rng.IntN(tl/3+1)
			x, y := rng.IntN(sl/3+1), rng.IntN(sl/3+1)
			out = append(out, Passage{to + a, tl - a - b, so + x, sl - x - y})
		case 2: // split in two, the halves overlapping a little
			k, m := rng.IntN(tl+1), rng.IntN(sl+1)
			out = append(out, Passage{to, k, so, m}, Passage{to + max(k-5, 0), tl - max(k-5, 0), so + m, sl - m})
		case 3: // dropped
		case 4: // duplicated, plus an overlapping extension
			out = append(out, c.Passage(), c.Passage(), Passage{to + tl/2, tl, so + sl/2, sl})
		case 5: // empty source side strictly inside the case
			out = append(out, Passage{to + tl/4, tl / 2, so + sl/2, 0})
		case 6: // enlarged
			a, x := rng.IntN(200), rng.IntN(200)
			out = append(out, Passage{max(to-a, 0), tl + 2*a, max(so-x, 0), sl + x + rng.IntN(300)})
		case 7: // shifted on the source side only
			out = append(out, Passage{to, tl, so + rng.IntN(sl+50), sl})
		}
	}
	for rng.IntN(3) == 0 {
		out = append(out, Passage{rng.IntN(5000), 1 + rng.IntN(800), rng.IntN(5000), rng.IntN(800)})
	}
	return out
}

func writeDetectionDir(tb testing.TB, dir string, pairs []Pair, dets [][]Passage) {
	tb.Helper()
	for i, p := range pairs {
		var buf bytes.Buffer
		if err := WriteDetections(&buf, p.Susp, p.Src, dets[i]); err != nil {
			tb.Fatal(err)
		}
		d := filepath.Join(dir, p.Obfuscation)
		if err := os.MkdirAll(d, 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(d, FileName(p.Susp, p.Src)), buf.Bytes(), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

// evaluateDir scores a detection directory the Go way, reading the files
// back, over the pairs of folder ("" for all).
func evaluateDir(tb testing.TB, dir string, pairs []Pair, folder string) Measures {
	tb.Helper()
	var e Evaluator
	for _, p := range pairs {
		if folder != "" && p.Obfuscation != folder {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, p.Obfuscation, FileName(p.Susp, p.Src)))
		if err != nil {
			tb.Fatal(err)
		}
		susp, src, dets := readDetections(tb, b)
		if susp != p.Susp || (len(dets) > 0 && src != p.Src) {
			tb.Fatalf("detection file of %s %s names %s %s", p.Susp, p.Src, susp, src)
		}
		var cases []Passage
		for _, c := range p.Cases {
			cases = append(cases, c.Passage())
		}
		if err := e.Add(p.Susp, p.Src, cases, dets); err != nil {
			tb.Fatal(err)
		}
	}
	return e.Measures()
}

func TestOfficialScript(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Python; skipped in -short mode")
	}
	c := mustRealCorpus(t)
	script := officialScript(t, c)
	tmp := t.TempDir()
	pythons := findPythons(t, script, tmp)
	if len(pythons) == 0 {
		t.Skip("no Python 2.7, and no Python 3 with lib2to3")
	}
	shim := filepath.Join(tmp, "shim")
	if err := os.MkdirAll(filepath.Join(shim, "numpy"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(shim, "numpy", "__init__.py"), []byte(numpyInit), 0o644)
	os.WriteFile(filepath.Join(shim, "numpy", "ma.py"), []byte(numpyMa), 0o644)

	// The truth of the sampled pairs only, linked into the corpus layout.
	// REPRINT_PAN_OFFICIAL_ALL=1 compares on every pair of the corpus
	// (about 6 minutes).
	n := 6
	if os.Getenv("REPRINT_PAN_OFFICIAL_ALL") != "" {
		n = len(c.Pairs)
	}
	pairs := c.Sample(n)
	truth := filepath.Join(tmp, "truth")
	for _, p := range pairs {
		d := filepath.Join(truth, p.Obfuscation)
		os.MkdirAll(d, 0o755)
		target, err := filepath.Abs(filepath.Join(c.Dir, p.Obfuscation, FileName(p.Susp, p.Src)))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(target, filepath.Join(d, FileName(p.Susp, p.Src))); err != nil {
			t.Fatal(err)
		}
	}

	scenarios := map[string]func(rng *rand.Rand, p Pair) []Passage{
		"exact": func(_ *rand.Rand, p Pair) []Passage {
			var out []Passage
			for _, c := range p.Cases {
				out = append(out, c.Passage())
			}
			return out
		},
		"none":   func(*rand.Rand, Pair) []Passage { return nil },
		"mixed1": syntheticDetections,
		"mixed2": syntheticDetections,
		"mixed3": syntheticDetections,
	}
	names := slices.Sorted(func(yield func(string) bool) {
		for k := range scenarios {
			if !yield(k) {
				return
			}
		}
	})
	for si, name := range names {
		rng := rand.New(rand.NewPCG(uint64(si), 2013))
		dets := make([][]Passage, len(pairs))
		for i, p := range pairs {
			dets[i] = scenarios[name](rng, p)
		}
		detDir := filepath.Join(tmp, "det-"+name)
		writeDetectionDir(t, detDir, pairs, dets)
		for _, folder := range append([]string{""}, c.Folders()...) {
			want := evaluateDir(t, detDir, pairs, folder)
			for _, py := range pythons {
				t.Run(fmt.Sprintf("%s/%s/%s", py.name, name, cmpOr(folder, "all")), func(t *testing.T) {
					got := runScript(t, py, shim, filepath.Join(truth, folder), filepath.Join(detDir, folder))
					const tol = 1e-9
					if !near(got.plagdet, want.Plagdet, tol) || !near(got.recall, want.Recall, tol) ||
						!near(got.precision, want.Precision, tol) || !near(got.granularity, want.Granularity, tol) {
						t.Errorf("official script = %+v; Go = %+v", got, want)
					}
				})
			}
		}
	}
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
