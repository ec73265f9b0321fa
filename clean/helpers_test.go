package clean

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/reprint/reprint"
)

// seedDir holds the five versions of one news story shared by the team.
const seedDir = "../../shared/seeds"

// MustReadSeeds returns the seed articles, Body normalised to '\n' line
// ends, in file-name order.
func MustReadSeeds(tb testing.TB) []*reprint.Article {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	if len(files) != 5 {
		tb.Fatalf("found %d seed files in %s; want 5", len(files), seedDir)
	}
	var out []*reprint.Article
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, &reprint.Article{
			ID:   filepath.Base(f),
			Body: strings.ReplaceAll(string(data), "\r\n", "\n"),
		})
	}
	return out
}

// MustClean returns a Cleaner with default options.
func MustClean(tb testing.TB) *Cleaner {
	tb.Helper()
	c, err := New(Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// checkArticle asserts the offset invariants of a cleaned article:
//   - every Removed span shows its Text in Body, and lies on a Body line;
//   - every Attribution span shows its Text in Text;
//   - every non-blank line of Text maps through TextMap to an identical,
//     whole, non-blank line of Body, and so do sub-spans of it;
//   - the Body lines in Text and in Removed are disjoint and together are
//     all the non-blank lines of Body.
func checkArticle(tb testing.TB, a *reprint.Article) {
	tb.Helper()
	lines := make(map[reprint.Span]bool) // non-blank Body lines → seen
	for _, b := range splitBlocks(a.Body) {
		lines[b.span] = false
	}
	for _, r := range a.Removed {
		got, err := spanText(a.Body, r.Span)
		if err != nil || got != r.Text {
			tb.Fatalf("%s: Removed %v text %q; Body has %q (%v)", a.ID, r.Span, r.Text, got, err)
		}
		seen, ok := lines[r.Span]
		if !ok {
			tb.Fatalf("%s: Removed %v %q is not a Body line", a.ID, r.Span, r.Text)
		}
		if seen {
			tb.Fatalf("%s: Body line %v removed twice", a.ID, r.Span)
		}
		lines[r.Span] = true
		if r.Reason == "" || r.Score < 0 || r.Score > 1 {
			tb.Fatalf("%s: Removed %v has reason %q, score %v", a.ID, r.Span, r.Reason, r.Score)
		}
	}
	for _, at := range a.Attribution {
		if at.Span.Empty() {
			// A footer's notice removed and kept as a credit
			// (block.footerCredit): its line is among Removed.
			if !slices.ContainsFunc(a.Removed, func(r reprint.Removed) bool { return strings.TrimSpace(r.Text) == at.Text }) {
				tb.Fatalf("%s: Attribution %q has an empty span and is no removed line", a.ID, at.Text)
			}
			continue
		}
		if got, err := spanText(a.Text, at.Span); err != nil || got != at.Text {
			tb.Fatalf("%s: Attribution %v text %q; Text has %q (%v)", a.ID, at.Span, at.Text, got, err)
		}
	}
	for start := 0; start <= len(a.Text); {
		end := strings.IndexByte(a.Text[start:], '\n')
		if end < 0 {
			end = len(a.Text)
		} else {
			end += start
		}
		line := a.Text[start:end]
		if strings.TrimSpace(line) != "" {
			sp := reprint.Span{Start: start, End: end}
			src := a.TextMap.SourceSpan(sp)
			if got := a.Body[src.Start:src.End]; got != line {
				tb.Fatalf("%s: Text line %v %q maps to Body %v %q", a.ID, sp, line, src, got)
			}
			seen, ok := lines[src]
			if !ok {
				tb.Fatalf("%s: Text line %q maps to %v, not a whole Body line", a.ID, line, src)
			}
			if seen {
				tb.Fatalf("%s: Body line %v %q both kept and removed, or kept twice", a.ID, src, line)
			}
			lines[src] = true
			checkSubSpans(tb, a, sp)
		}
		start = end + 1
	}
	for sp, seen := range lines {
		if !seen {
			tb.Fatalf("%s: Body line %v %q neither kept nor removed", a.ID, sp, a.Body[sp.Start:sp.End])
		}
	}
}

// spanText returns text[sp], checking rune boundaries only where text is
// valid UTF-8 (Body is by contract; the fuzzer's bodies need not be).
func spanText(text string, sp reprint.Span) (string, error) {
	if utf8.ValidString(text) {
		return sp.In(text)
	}
	if sp.Start < 0 || sp.End < sp.Start || sp.End > len(text) {
		return "", fmt.Errorf("span %v outside text of %d bytes", sp, len(text))
	}
	return text[sp.Start:sp.End], nil
}

// checkSubSpans asserts that sub-spans of the kept line at sp of Text map
// to identical bytes of Body.
func checkSubSpans(tb testing.TB, a *reprint.Article, sp reprint.Span) {
	tb.Helper()
	step := max(1, sp.Len()/16)
	for i := sp.Start; i < sp.End; i += step {
		for _, j := range []int{i + 1, i + 7, (i + sp.End + 1) / 2, sp.End} {
			if j <= i || j > sp.End {
				continue
			}
			sub := reprint.Span{Start: i, End: j}
			src := a.TextMap.SourceSpan(sub)
			if a.Body[src.Start:src.End] != a.Text[i:j] {
				tb.Fatalf("%s: Text%v %q maps to Body%v %q", a.ID, sub, a.Text[i:j], src, a.Body[src.Start:src.End])
			}
		}
	}
}

// chromeCase is a text to clean and the lines that must go (whole lines
// of Removed) and stay (substrings of Text).
type chromeCase struct {
	name, body  string
	site, title string
	gone, kept  []string
}

// runChromeCases cleans each case's body as a plain text (no site, no
// title) unless the case names them.
func runChromeCases(t *testing.T, cases []chromeCase) {
	t.Helper()
	c := MustClean(t)
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			a := &reprint.Article{ID: tt.name, Body: tt.body, Meta: reprint.Meta{Site: tt.site, Title: tt.title}}
			c.Clean(a)
			checkArticle(t, a)
			removed := make(map[string]bool)
			for _, r := range a.Removed {
				removed[strings.TrimSpace(r.Text)] = true
			}
			for _, l := range tt.gone {
				if !removed[l] {
					t.Errorf("Clean kept %q; want removed. Text:\n%s", l, a.Text)
				}
			}
			for _, l := range tt.kept {
				if !strings.Contains(a.Text, l) {
					t.Errorf("Clean removed %q; want kept. Removed: %+v", l, a.Removed)
				}
			}
		})
	}
}

// plainStory is two paragraphs of an invented story, in English, for
// the chrome cases: their rules read the page's chrome around it, not
// its language.
const plainStory = "The council voted on Tuesday to close the library, despite a petition signed by more than four thousand residents.\n\n" +
	"Officials said the building needed repairs that the town could not afford, and that its books would move to the school.\n\n"
