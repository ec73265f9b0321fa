package pan

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/reprint/reprint"
)

// oracle returns a Detector that reports the ground truth of the pairs,
// converted to byte spans: a perfect detector, if the conversions both ways
// are right.
func oracle(tb testing.TB, c *Corpus, pairs []Pair) Detector {
	tb.Helper()
	truth := make(map[[2]string][]Case)
	for _, p := range pairs {
		susp, src, err := c.Texts(p)
		if err != nil {
			tb.Fatal(err)
		}
		truth[[2]string{susp, src}] = p.Cases
	}
	return func(ctx context.Context, susp, src string) ([]Detection, error) {
		cases := truth[[2]string{susp, src}]
		var ss, rs []reprint.Span
		for _, cs := range cases {
			ss = append(ss, reprint.Span{Start: cs.ThisOffset, End: cs.ThisOffset + cs.ThisLength})
			rs = append(rs, reprint.Span{Start: cs.SourceOffset, End: cs.SourceOffset + cs.SourceLength})
		}
		ss, rs = ByteSpans(susp, ss), ByteSpans(src, rs)
		dets := make([]Detection, len(cases))
		for i := range dets {
			dets[i] = Detection{Susp: ss[i], Src: rs[i]}
		}
		return dets, nil
	}
}

func nothing(ctx context.Context, susp, src string) ([]Detection, error) { return nil, nil }

// wholeDocuments reports every pair as entirely reused.
func wholeDocuments(ctx context.Context, susp, src string) ([]Detection, error) {
	return []Detection{{Susp: reprint.Span{End: len(susp)}, Src: reprint.Span{End: len(src)}}}, nil
}

func runOrFatal(tb testing.TB, c *Corpus, d Detector, opts RunOptions) *Report {
	tb.Helper()
	rep, err := Run(context.Background(), c, d, opts)
	if err != nil {
		tb.Fatal(err)
	}
	return rep
}

func TestRunOracleFixture(t *testing.T) {
	c := mustOpen(t, filepath.Join("testdata", "corpus"))
	out := t.TempDir()
	rep := runOrFatal(t, c, oracle(t, c, c.Pairs), RunOptions{OutDir: out})
	if m := rep.Overall; m.Plagdet != 1 || m.Cases != 1 || m.Detections != 1 {
		t.Errorf("oracle Overall = %+v; want plagdet 1 over 1 case and 1 detection", m)
	}
	// The detection file holds the truth in code points.
	b, err := os.ReadFile(filepath.Join(out, "02-no-obfuscation", "suspicious-document00001-source-document00001.xml"))
	if err != nil {
		t.Fatal(err)
	}
	susp, src, dets := readDetections(t, b)
	if want := c.Pairs[0].Cases[0].Passage(); susp != c.Pairs[0].Susp || src != c.Pairs[0].Src || len(dets) != 1 || dets[0] != want {
		t.Errorf("detection file = %s %s %v; want %v", susp, src, dets, want)
	}
	if _, err := os.Stat(filepath.Join(out, "01-no-plagiarism", "suspicious-document00002-source-document00002.xml")); err != nil {
		t.Errorf("no detection file for the pair without detections: %v", err)
	}
	if n := rep.PairsWithDetections["01-no-plagiarism"]; n != (Negatives{Pairs: 1}) {
		t.Errorf("PairsWithDetections = %+v; want 1 pair, none with detections", n)
	}
}

func TestRunOracleRealCorpus(t *testing.T) {
	c := mustRealCorpus(t)
	pairs := c.Pairs // every case of the corpus through both conversions
	if testing.Short() {
		pairs = c.Sample(40)
	}
	negatives := 0
	for _, p := range pairs {
		if p.Obfuscation == "01-no-plagiarism" {
			negatives++
		}
	}
	out := t.TempDir()
	rep := runOrFatal(t, c, oracle(t, c, pairs), RunOptions{Pairs: pairs, OutDir: out})
	for _, f := range c.Folders() {
		m := rep.ByObfuscation[f]
		// For 01-no-plagiarism: no cases and no detections is a perfect
		// score by the official definition.
		if m.Plagdet != 1 || m.Recall != 1 || m.Precision != 1 || m.Granularity != 1 {
			t.Errorf("oracle on %s = %+v; want all 1", f, m)
		}
	}
	if rep.Overall.Plagdet != 1 || rep.Pairs != len(pairs) {
		t.Errorf("oracle Overall = %+v over %d pairs; want plagdet 1 over %d", rep.Overall, rep.Pairs, len(pairs))
	}
	if n := rep.PairsWithDetections["01-no-plagiarism"]; n.Pairs != negatives || n.WithDetections != 0 {
		t.Errorf("oracle PairsWithDetections[01] = %+v; want %d pairs, 0 with detections", n, negatives)
	}
	// Byte spans came back as the truth's code points.
	for _, r := range rep.Results {
		var want []Passage
		for _, cs := range r.Pair.Cases {
			want = append(want, cs.Passage())
		}
		if !slices.Equal(r.Detections, want) {
			t.Errorf("pair %s %s: detections %v; want the truth %v", r.Pair.Susp, r.Pair.Src, r.Detections, want)
		}
	}

	empty := runOrFatal(t, c, nothing, RunOptions{Pairs: pairs})
	if m := empty.Overall; m.Recall != 0 || m.Plagdet != 0 || m.Detections != 0 {
		t.Errorf("empty detector Overall = %+v; want recall 0, plagdet 0", m)
	}
	for _, f := range []string{"02-no-obfuscation", "03-random-obfuscation", "04-translation-obfuscation", "05-summary-obfuscation"} {
		if m := empty.ByObfuscation[f]; m.Recall != 0 {
			t.Errorf("empty detector on %s: recall %v; want 0", f, m.Recall)
		}
	}
}

// TestRunWholeDocuments scores the detector that reports every document
// pair whole, against measures worked out here another way: recall 1, and
// precision per detection is the share of the two documents' code points
// that some case covers (0 for a pair without cases).
func TestRunWholeDocuments(t *testing.T) {
	c := mustRealCorpus(t)
	pairs := c.Sample(25)
	rep := runOrFatal(t, c, wholeDocuments, RunOptions{Pairs: pairs})
	for _, f := range c.Folders() {
		var precSum float64
		var n, withCases int
		for _, p := range pairs {
			if p.Obfuscation != f {
				continue
			}
			susp, src, _ := c.Texts(p)
			ns, nr := utf8.RuneCountInString(susp), utf8.RuneCountInString(src)
			this, source := make([]bool, ns), make([]bool, nr)
			for _, cs := range p.Cases {
				for i := range cs.ThisLength {
					this[cs.ThisOffset+i] = true
				}
				for i := range cs.SourceLength {
					source[cs.SourceOffset+i] = true
				}
			}
			covered := 0
			for _, b := range append(this, source...) {
				if b {
					covered++
				}
			}
			precSum += float64(covered) / float64(ns+nr)
			n++
			if len(p.Cases) > 0 {
				withCases++
			}
		}
		m := rep.ByObfuscation[f]
		if withCases == 0 {
			if m.Recall != 0 || m.Precision != 0 || m.Plagdet != 0 {
				t.Errorf("%s: whole documents = %+v; want 0 (detections without cases)", f, m)
			}
			if neg := rep.PairsWithDetections[f]; neg.Share != 1 {
				t.Errorf("%s: PairsWithDetections = %+v; want share 1", f, neg)
			}
			continue
		}
		wantPrec := precSum / float64(n)
		if m.Recall != 1 || m.Granularity != 1 || !near(m.Precision, wantPrec, 1e-12) || !near(m.Plagdet, f1(1, wantPrec), 1e-12) {
			t.Errorf("%s: whole documents = %+v; want recall 1, granularity 1, precision %v", f, m, wantPrec)
		}
	}
}

func near(a, b, tol float64) bool { return a-b <= tol && b-a <= tol }

func TestRunDeterministic(t *testing.T) {
	c := mustRealCorpus(t)
	pairs := c.Sample(30)
	// A detector whose output depends only on the texts, with several
	// detections per pair and non-ASCII offsets.
	det := func(ctx context.Context, susp, src string) ([]Detection, error) {
		var out []Detection
		for i := 0; i+200 < len(susp) && i+200 < len(src) && len(out) < 5; i += 997 {
			s := runeAligned(susp, i)
			r := runeAligned(src, i/2)
			out = append(out, Detection{Susp: reprint.Span{Start: s, End: runeAligned(susp, s+150)}, Src: reprint.Span{Start: r, End: runeAligned(src, r+150)}})
		}
		return out, nil
	}
	a := runOrFatal(t, c, det, RunOptions{Pairs: pairs, Workers: 1})
	b := runOrFatal(t, c, det, RunOptions{Pairs: pairs, Workers: 8})
	a.Seconds, b.Seconds = 0, 0
	if !reflect.DeepEqual(a, b) {
		t.Errorf("Run with 1 and 8 workers differ:\n%+v\n%+v", a.Overall, b.Overall)
	}
}

func runeAligned(s string, off int) int {
	off = min(off, len(s))
	for off < len(s) && !utf8.RuneStart(s[off]) {
		off++
	}
	return off
}

func TestRunErrors(t *testing.T) {
	c := mustOpen(t, filepath.Join("testdata", "corpus"))
	boom := errors.New("boom")
	tests := []struct {
		name string
		d    Detector
		want string
	}{
		{"detector error", func(ctx context.Context, susp, src string) ([]Detection, error) { return nil, boom }, "boom"},
		{"span past the end", func(ctx context.Context, susp, src string) ([]Detection, error) {
			return []Detection{{Susp: reprint.Span{Start: 0, End: len(susp) + 1}, Src: reprint.Span{End: 1}}}, nil
		}, "outside"},
		{"span splits a code point", func(ctx context.Context, susp, src string) ([]Detection, error) {
			return []Detection{{Susp: reprint.Span{Start: 1, End: 5}, Src: reprint.Span{End: 1}}}, nil // susp starts with "Ü"
		}, "splits"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Run(context.Background(), c, tt.d, RunOptions{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Run = %v; want an error containing %q", err, tt.want)
			}
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, c, nothing, RunOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Run(cancelled) = %v; want context.Canceled", err)
	}
}

func TestRunDropsEmptyDetections(t *testing.T) {
	c := mustOpen(t, filepath.Join("testdata", "corpus"))
	d := func(ctx context.Context, susp, src string) ([]Detection, error) {
		return []Detection{{Susp: reprint.Span{Start: 3, End: 3}, Src: reprint.Span{Start: 2, End: 2}}}, nil
	}
	rep := runOrFatal(t, c, d, RunOptions{})
	if rep.EmptyDetections != 2 || rep.Overall.Detections != 0 {
		t.Errorf("EmptyDetections = %d, Detections = %d; want 2 dropped, 0 kept", rep.EmptyDetections, rep.Overall.Detections)
	}
}

func TestReportOutput(t *testing.T) {
	c := mustOpen(t, filepath.Join("testdata", "corpus"))
	rep := runOrFatal(t, c, wholeDocuments, RunOptions{})
	rep.Seconds = 1.5
	var sb strings.Builder
	if err := rep.WriteText(&sb); err != nil {
		t.Fatal(err)
	}
	text := sb.String()
	for _, want := range []string{"plagdet", "02-no-obfuscation", "overall", "01-no-plagiarism: 1 of 1 pairs without cases have detections (100.00%)", "2 pairs in 1.5s"} {
		if !strings.Contains(text, want) {
			t.Errorf("WriteText output lacks %q:\n%s", want, text)
		}
	}
	b, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"overall", "by_obfuscation", "pairs", "seconds", "pairs_with_detections"} {
		if _, ok := got[k]; !ok {
			t.Errorf("JSON lacks %q: %s", k, b)
		}
	}
	overall := got["overall"].(map[string]any)
	for _, k := range []string{"plagdet", "recall", "precision", "granularity"} {
		if _, ok := overall[k]; !ok {
			t.Errorf("JSON overall lacks %q: %s", k, b)
		}
	}
}
