package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func mustSeed(tb testing.TB, prefix string) string {
	tb.Helper()
	files, _ := filepath.Glob("../../shared/seeds/" + prefix + "_*.txt")
	if len(files) != 1 {
		tb.Skipf("seed %s not found at ../../shared/seeds", prefix)
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// find returns the quotes of qs whose Span text starts with prefix.
func find(text string, qs []Quote, prefix string) []Quote {
	var out []Quote
	for _, q := range qs {
		if strings.HasPrefix(text[q.Span.Start:q.Span.End], prefix) {
			out = append(out, q)
		}
	}
	return out
}

func TestSeeds(t *testing.T) {
	type want struct {
		seed, prefix string
		speaker      string // "" for none
		pronoun      bool
		depth        int
		continued    bool
	}
	for _, w := range []want{
		// 000: a curly quote with a nested single one; apostrophes are not quotes.
		{"000", "Putin does this often – he doesn’t say ‘no’ outright", "Zelensky", false, 0, false},
		{"000", "no", "", false, 1, false},
		{"000", "productive", "Trump", false, 0, false},
		{"000", "cautious optimism", "the Kremlin", false, 0, false},
		{"000", "The world sees how Russia", "", true, 0, false},
		{"000", "productive”", "", false, 0, false}, // never matches: see the absence check below
		{"000", "no conditions", "UK Foreign Secretary David Lammy", false, 0, false},
		{"000", "coalition”", "", false, 0, false},
		// 001: two scare quotes in one sentence, both from "He said".
		{"001", "drag", "", true, 0, false},
		{"001", "endless discussions... wasting days, weeks, and months on meaningless talks while his guns continue to kill people", "", true, 0, false},
		{"001", "We are in favour of it, but there are nuances.", "Putin", false, 0, true},
		{"001", "We need to negotiate with our American colleagues and partners", "", true, 0, false},
		{"001", "Maybe I'll have a call with Donald Trump.", "", true, 0, true},
		{"001", "That is why he is now doing everything", "", false, 0, true},
		{"001", "complete disregard", "UK PM Sir Keir", false, 0, false},
		{"001", "There is no threat of encirclement of our units", "", true, 0, false},
		{"001", "only way to end this war", "US Secretary of State Marco Rubio", false, 0, false},
		// 002: a straight quote attributed after it.
		{"002", "Putin is lying about the true situation on the battlefield", "Zelensky", false, 0, false},
		// 003/004: rewrites.
		{"003", "drag everyone into endless discussions", "", true, 0, false},
		// `… as "good and productive." The remarks followed …, according to
		// the Kremlin.`: the quotation ends its sentence, so the Kremlin,
		// the source of the next sentence, is not its speaker.
		{"004", "good and productive.", "", false, 0, false},
	} {
		text := mustSeed(t, w.seed)
		qs := Extract(text, nil)
		checkQuotes(t, text, qs)
		found := find(text, qs, w.prefix)
		if strings.HasSuffix(w.prefix, "”") {
			if len(found) != 0 {
				t.Errorf("seed %s: quote text starting %q includes its closing mark", w.seed, w.prefix)
			}
			continue
		}
		if len(found) == 0 {
			t.Errorf("seed %s: no quote starting %q", w.seed, w.prefix)
			continue
		}
		q := found[0]
		if q.Speaker != w.speaker || q.Pronoun != w.pronoun || q.Depth != w.depth || q.Continued != w.continued {
			t.Errorf("seed %s: quote %q = speaker %q pronoun %v depth %d continued %v; want %q %v %d %v",
				w.seed, w.prefix, q.Speaker, q.Pronoun, q.Depth, q.Continued, w.speaker, w.pronoun, w.depth, w.continued)
		}
	}

	// 001: the sentence with "drag" yields exactly two quotes.
	text := mustSeed(t, "001")
	s := `He said Putin would "drag" everyone into "endless discussions... wasting days, weeks, and months on meaningless talks while his guns continue to kill people".`
	at := strings.Index(text, s)
	n := 0
	for _, q := range Extract(text, nil) {
		if q.Outer.Start >= at && q.Outer.End <= at+len(s) {
			n++
		}
	}
	if n != 2 {
		t.Errorf("seed 001: %d quotes in the \"drag\" sentence; want 2", n)
	}

	// No seed has an unbalanced quotation, and no apostrophe ("Russia’s",
	// "don’t", "Russia's") opens or closes one.
	files, _ := filepath.Glob("../../shared/seeds/*.txt")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		text := string(b)
		for _, q := range Extract(text, nil) {
			if q.Unbalanced {
				t.Errorf("%s: unbalanced quote %q", f, text[q.Outer.Start:q.Outer.End])
			}
			inner := text[q.Span.Start:q.Span.End]
			if strings.HasPrefix(inner, "s ") || strings.HasPrefix(inner, "t ") {
				t.Errorf("%s: quote %q starts at an apostrophe", f, inner)
			}
		}
	}
}
