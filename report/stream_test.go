package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/reprint/reprint/report"
)

// TestJSONStream checks that a report streamed part by part is the
// document WriteJSON writes of it whole, byte for byte, with and without
// texts: empty sections, markup and non-ASCII in strings included.
func TestJSONStream(t *testing.T) {
	scans := map[string]func(testing.TB) *report.Scan{
		"small": htmlSmallScan,
		"seeds": htmlSeedScan,
		"empty": func(testing.TB) *report.Scan { return &report.Scan{} },
		"markup": func(testing.TB) *report.Scan {
			return &report.Scan{
				Articles: []report.Article{{ID: "a<b>&c", Input: "in\u2028put", Title: "Café «quoted» \"x\"", Text: "<script>x</script>", Bytes: 18}},
				Stories:  []report.Story{{ID: 1, Articles: []string{"a<b>&c"}, Lineage: []report.Edge{}}},
				Rejected: []report.Rejected{{Input: "bad\x01.txt", Reason: "encoding", Detail: "U+FFFD"}},
				Stats:    report.Stats{Read: 2, Articles: 1, Rejected: 1, Stories: 1},
			}
		},
	}
	for name, mk := range scans {
		for _, text := range []bool{false, true} {
			s := mk(t)
			var want, got bytes.Buffer
			if err := report.WriteJSON(&want, s, report.JSONOptions{Text: text}); err != nil {
				t.Fatal(err)
			}
			if err := report.Replay(s, report.NewJSONStream(&got, report.JSONOptions{Text: text})); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("%s (text %v): streamed JSON differs from WriteJSON's:\n%s\nwant:\n%s", name, text, got.String(), want.String())
			}
			if name == "seeds" && (len(s.Pairs) == 0 || !strings.Contains(got.String(), `"passages": [`)) {
				t.Errorf("seeds: no pairs streamed: the comparison is empty")
			}
		}
	}
}

// TestJSONStreamOrder checks that a part out of document order, or after
// Close, is an error, not a malformed document.
func TestJSONStreamOrder(t *testing.T) {
	var b bytes.Buffer
	s := report.NewJSONStream(&b, report.JSONOptions{})
	if err := s.Pair(report.Pair{A: "a", B: "b"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Article(report.Article{ID: "a"}); err == nil {
		t.Error("an article after a pair was accepted")
	}
	s = report.NewJSONStream(&b, report.JSONOptions{})
	if err := s.Close(report.Stats{}); err != nil {
		t.Fatal(err)
	}
	if err := s.Story(report.Story{ID: 1}); err == nil {
		t.Error("a story after Close was accepted")
	}
	if err := s.Close(report.Stats{}); err == nil {
		t.Error("a second Close was accepted")
	}
}
