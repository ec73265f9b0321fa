package credit_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reprint/reprint"
)

// testPrefixes are the credit-line openings the tests recognise; the real
// parser is the cleaner's (clean.FindAttribution), whose rules these tests
// do not depend on.
var testPrefixes = []struct{ prefix, form string }{
	{"Credit:", "credit"},
	{"Source:", "source"},
	{"Via ", "via"},
	{"Originally published by ", "originally-published"},
	{"© ", "copyright"},
}

// attributions is a minimal stand-in for cleaning: each line of text that
// opens with a credit prefix becomes an Attribution.
func attributions(text string) []reprint.Attribution {
	var out []reprint.Attribution
	off := 0
	for line := range strings.Lines(text) {
		trimmed := strings.TrimSpace(line)
		start := off + strings.Index(line, trimmed)
		off += len(line)
		if trimmed == "" {
			continue
		}
		for _, p := range testPrefixes {
			if rest, ok := strings.CutPrefix(trimmed, p.prefix); ok && strings.TrimSpace(rest) != "" {
				out = append(out, reprint.Attribution{
					Span: reprint.Span{Start: start, End: start + len(trimmed)},
					Text: trimmed,
					Name: strings.TrimSpace(rest),
					Form: p.form,
				})
				break
			}
		}
	}
	return out
}

// article builds an Article with Text and the Attribution of its lines.
func article(id, text string) *reprint.Article {
	return &reprint.Article{ID: id, Text: text, Attribution: attributions(text)}
}

// mustSeed reads a shared seed as an Article, or skips.
func mustSeed(tb testing.TB, prefix string) *reprint.Article {
	tb.Helper()
	files, _ := filepath.Glob("../../shared/seeds/" + prefix + "_*.txt")
	if len(files) != 1 {
		tb.Skipf("seed %s not found at ../../shared/seeds", prefix)
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		tb.Fatal(err)
	}
	return article(prefix, string(b))
}
