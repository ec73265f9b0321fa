package report_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/reprint/reprint/report"
)

// htmlChromium is where Debian's chromium package puts the browser; CI
// installs it.
const htmlChromium = "/usr/bin/chromium"

// TestWriteHTMLBrowser opens the seeds report in headless Chromium and
// checks what a reader sees in its pairs, drawn as the server's pair page
// draws them (report.PairTemplate): the panes side by side with the source
// on the left, each highlight exactly the text at its span, the passages
// linked across the panes, the altered quotation flagged in the pane and
// its word diff in view above it.
//
// It needs Debian's chromium at /usr/bin/chromium (apt-get install
// chromium); without it the test is skipped. Its screenshots (top.png,
// clicked.png, quote.png) go to the test's artifact directory (go test
// -artifacts), or to REPRINT_HTML_SCREENSHOTS=dir, for a person to look at.
func TestWriteHTMLBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	if _, err := os.Stat(htmlChromium); err != nil {
		t.Skipf("no browser: %s is missing (apt-get install chromium): %v", htmlChromium, err)
	}
	s := htmlSeedScan(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "report.html")
	if err := os.WriteFile(file, []byte(htmlWrite(t, s, report.HTMLOptions{})), 0o644); err != nil {
		t.Fatal(err)
	}
	shots := t.ArtifactDir()
	if d := os.Getenv("REPRINT_HTML_SCREENSHOTS"); d != "" {
		shots = d
	}

	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	opts := append(slices.Clone(chromedp.DefaultExecAllocatorOptions[:]),
		chromedp.ExecPath(htmlChromium),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
		// Chromium leaves folders of its own (org.chromium.Chromium.*) in
		// the temporary folder when it is stopped: keep them in the test's.
		chromedp.Env("TMPDIR="+dir),
		chromedp.WindowSize(1280, 900),
	)
	alloc, cancel := chromedp.NewExecAllocator(ctx, opts...)
	defer cancel()
	bctx, cancel := chromedp.NewContext(alloc)
	defer cancel()

	type layout struct {
		Pairs, Panes, Marks, Verbatim, Rewrite, Altered int
		SideBySide                                      []bool
		SourceLeft                                      []bool
		Flag                                            string
		Browser                                         string
	}
	if err := chromedp.Do(bctx,
		chromedp.Navigate("file://"+file),
		chromedp.WaitVisible(chromedp.CSS(".pane")),
	); err != nil {
		t.Fatalf("loading the report in Chromium: %v", err)
	}
	top, err := chromedp.Run(bctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	got, err := chromedp.Run(bctx, chromedp.Evaluate[layout](`(() => {
		const q = (s) => document.querySelectorAll(s);
		const flag = document.querySelector(".pane-text .quote.status-altered.flagged.quote-end");
		return {
			Pairs: q("section.pair").length,
			Panes: q(".pane").length,
			Marks: q(".pane-text mark.passage").length,
			Verbatim: q(".pane-text mark.passage.verbatim").length,
			Rewrite: q(".pane-text mark.passage.rewrite").length,
			Altered: q(".pane-text .quote.status-altered.flagged").length,
			SideBySide: Array.from(q(".panes")).map((p) => {
				const [l, r] = p.querySelectorAll(":scope > .pane");
				const a = l.getBoundingClientRect(), b = r.getBoundingClientRect();
				return b.left >= a.right && Math.abs(a.top - b.top) < 1 && a.width > 200 && b.width > 200;
			}),
			// The source, where the pair has one, is on the left.
			SourceLeft: Array.from(q(".panes")).filter((p) => p.querySelector(".pane.source")).map((p) =>
				p.querySelector(":scope > .pane").classList.contains("source")),
			Flag: flag ? getComputedStyle(flag, "::after").content : "",
			Browser: navigator.userAgent,
		};
	})()`))
	if err != nil {
		t.Fatalf("reading the layout: %v", err)
	}
	t.Logf("browser: %s", got.Browser)
	if got.Pairs != len(s.Pairs) || got.Panes != 2*got.Pairs {
		t.Errorf("%d pairs, %d panes; want %d pairs, 2 panes each", got.Pairs, got.Panes, len(s.Pairs))
	}
	if len(got.SideBySide) != got.Pairs || slices.Contains(got.SideBySide, false) {
		t.Errorf("panes side by side per pair = %v; want all true", got.SideBySide)
	}
	if len(got.SourceLeft) == 0 || slices.Contains(got.SourceLeft, false) {
		t.Errorf("source pane on the left per directed pair = %v; want all true", got.SourceLeft)
	}
	if got.Marks == 0 || got.Verbatim == 0 || got.Rewrite == 0 {
		t.Errorf("marks: %d (%d verbatim, %d rewrite); want both kinds", got.Marks, got.Verbatim, got.Rewrite)
	}
	if got.Altered == 0 || !strings.Contains(got.Flag, "words changed") {
		t.Errorf("altered quotation: %d segments, flag %q; want a flag reading words changed", got.Altered, got.Flag)
	}

	// Offsets are kept: each highlight of the first pair is exactly the
	// text at its span (the first pair is the strongest of the story).
	paneIDs, err := chromedp.Run(bctx, chromedp.Evaluate[[]string](
		`Array.from(document.querySelectorAll("#pair-1 .pane .id")).map(e => e.textContent)`))
	if err != nil || len(paneIDs) != 2 {
		t.Fatalf("the ids of pair 1's panes: %q, %v", paneIDs, err)
	}
	first := htmlPairOf(t, s, paneIDs[0], paneIDs[1])
	marks, err := chromedp.Run(bctx, chromedp.Evaluate[map[string]string](`(() => {
		const marks = {};
		document.querySelectorAll("#pair-1 .pane-text mark.passage").forEach(m => {
			const id = m.dataset.pid; marks[id] = (marks[id] || "") + m.textContent; });
		return marks;
	})()`))
	if err != nil {
		t.Fatalf("reading the marks of pair 1: %v", err)
	}
	left, right := report.SidesOf(first, s.Article)
	if len(marks) != 2*len(first.Passages) {
		t.Errorf("pair 1: %d highlighted passage sides; want %d", len(marks), 2*len(first.Passages))
	}
	for k, ps := range first.Passages {
		l, r := ps.A, ps.B
		if left != first.A {
			l, r = ps.B, ps.A
		}
		for id, want := range map[string]string{
			fmt.Sprintf("n1-p%d-l", k+1): s.Article(left).Text[l.Start:l.End],
			fmt.Sprintf("n1-p%d-r", k+1): s.Article(right).Text[r.Start:r.End],
		} {
			if marks[id] != want {
				t.Errorf("passage %s shows %q; want %q", id, marks[id], want)
			}
		}
	}

	// Click the last passage of the left pane of the first pair: its
	// partner lies further down the right pane, which must scroll to it.
	ids, err := chromedp.Run(bctx, chromedp.Evaluate[[]string](
		`Array.from(document.querySelectorAll("#pair-1 .pane:first-child mark.passage[id]")).map(m => m.id)`))
	if err != nil || len(ids) == 0 {
		t.Fatalf("passage ids of pair 1: %v, %v", ids, err)
	}
	mark := ids[len(ids)-1]
	partner := strings.TrimSuffix(mark, "-l") + "-r"
	if err := chromedp.Do(bctx, chromedp.Click(chromedp.ID(mark))); err != nil {
		t.Fatalf("clicking %s: %v", mark, err)
	}
	type state struct {
		Active, OwnActive, InView bool
		ScrollTop                 float64
	}
	after, err := chromedp.Run(bctx, chromedp.Evaluate[state](fmt.Sprintf(`(() => {
		const p = document.getElementById(%q), m = document.getElementById(%q);
		const pane = p.closest(".pane-text"), a = pane.getBoundingClientRect(), r = p.getBoundingClientRect();
		return {Active: p.classList.contains("active"), OwnActive: m.classList.contains("active"),
			InView: r.top >= a.top && r.top < a.bottom, ScrollTop: pane.scrollTop};
	})()`, partner, mark)))
	if err != nil {
		t.Fatalf("reading the state after the click: %v", err)
	}
	if !after.Active || !after.OwnActive {
		t.Errorf("after clicking %s: partner active %v, itself active %v; want both", mark, after.Active, after.OwnActive)
	}
	if !after.InView || after.ScrollTop == 0 {
		t.Errorf("after clicking %s: partner %s not scrolled into its pane (scrollTop %.0f)", mark, partner, after.ScrollTop)
	}
	clicked, err := chromedp.Run(bctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}

	// The altered quotation's word diff is in view above its pair's panes,
	// not folded away, and its link scrolls the pane to the quotation.
	type diffState struct {
		Visible  bool
		Text     string
		InPane   bool
		QuoteTop float64
	}
	if err := chromedp.Do(bctx, chromedp.ScrollIntoView(chromedp.CSS(".diff"))); err != nil {
		t.Fatalf("scrolling to the word diff: %v", err)
	}
	if err := chromedp.Do(bctx, chromedp.Click(chromedp.CSS("li.changed-quote.status-altered a.to-quote"))); err != nil {
		t.Fatalf("clicking the changed quotation: %v", err)
	}
	diff, err := chromedp.Run(bctx, chromedp.Evaluate[diffState](`(() => {
		const d = document.querySelector("li.changed-quote.status-altered .diff"), r = d.getBoundingClientRect();
		const a = d.closest("li").querySelector("a.to-quote"), q = document.getElementById(a.getAttribute("href").slice(1));
		const pane = q.closest(".pane-text"), pr = pane.getBoundingClientRect(), qr = q.getBoundingClientRect();
		return {Visible: r.width > 0 && r.height > 0 && getComputedStyle(d).visibility === "visible",
			Text: d.innerText, InPane: qr.top >= pr.top && qr.top < pr.bottom, QuoteTop: qr.top - pr.top};
	})()`))
	if err != nil {
		t.Fatalf("reading the word diff: %v", err)
	}
	if !diff.Visible || !strings.Contains(diff.Text, "real") || !strings.Contains(diff.Text, "true") {
		t.Errorf("the altered quotation's diff: visible %v, %q; want the word diff real → true in view", diff.Visible, diff.Text)
	}
	if !diff.InPane {
		t.Errorf("the changed quotation's link did not bring the quotation into its pane (%.0fpx from its top)", diff.QuoteTop)
	}
	quoted, err := chromedp.Run(bctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	for name, png := range map[string][]byte{"top.png": top, "clicked.png": clicked, "quote.png": quoted} {
		if err := os.WriteFile(filepath.Join(shots, name), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// htmlPairOf is the pair of articles a and b.
func htmlPairOf(tb testing.TB, s *report.Scan, a, b string) *report.Pair {
	tb.Helper()
	for i := range s.Pairs {
		if p := &s.Pairs[i]; p.A == a && p.B == b || p.A == b && p.B == a {
			return p
		}
	}
	tb.Fatalf("no pair of %s and %s", a, b)
	return nil
}
