package sentence

import (
	"testing"
	"unicode/utf8"
)

// FuzzSegment checks that any input segments without panicking into
// ordered, trimmed, rune-aligned spans that cover all non-space text, and
// that the caps hold.
//
//	go test ./sentence -fuzz FuzzSegment -fuzztime 30s
func FuzzSegment(f *testing.F) {
	for _, tt := range splitTests {
		f.Add(tt.in)
	}
	f.Add("\xff\xfe. A\xe2\x80")
	f.Add("...!?\u2026\u3002\u06d4")
	seg, err := NewSegmenter(Options{MaxWords: 7, MaxBytes: 40})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		spans := Split(text, nil)
		checkSpans(t, text, spans)
		spans, st := seg.Segment(text, nil)
		checkSpans(t, text, spans)
		if st.Sentences != len(spans) {
			t.Fatalf("stats say %d sentences; got %d", st.Sentences, len(spans))
		}
		for _, sp := range spans {
			words := 0
			in := false
			for _, r := range text[sp.Start:sp.End] {
				if isSpace(r) {
					in = false
				} else if !in {
					in = true
					words++
				}
			}
			if words > 7 {
				t.Fatalf("span %v %q has %d words; cap 7", sp, text[sp.Start:sp.End], words)
			}
			// A punctuation run that straddles the cap may overrun it;
			// the overrun is bounded by that run.
			if sp.Len() > 40 && utf8.ValidString(text) && !punctRun(text[sp.Start+40-utf8.UTFMax:sp.End]) {
				t.Fatalf("span %v is %d bytes; cap 40", sp, sp.Len())
			}
		}
	})
}

// punctRun reports whether s holds terminal punctuation or closers, which
// the segmenter consumes as one run.
func punctRun(s string) bool {
	for _, r := range s {
		if ok, _ := terminal(r); ok || closer(r) {
			return true
		}
	}
	return false
}
