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
// checks what a reader sees: the panes side by side, the passages
// highlighted and linked, the quotation flags.
//
// It needs Debian's chromium at /usr/bin/chromium (apt-get install
// chromium); without it the test is skipped. REPRINT_HTML_SCREENSHOTS=dir
// keeps the screenshots, for a person to look at.
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
	shots := dir
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
		chromedp.WindowSize(1280, 900),
	)
	alloc, cancel := chromedp.NewExecAllocator(ctx, opts...)
	defer cancel()
	bctx, cancel := chromedp.NewContext(alloc)
	defer cancel()

	type layout struct {
		Pairs, Panes, Marks, Verbatim, Rewrite, Altered int
		SideBySide                                      []bool
		Badge                                           string
		BadgeWidth                                      float64
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
		const badge = document.querySelector(".pane .quote-badge.status-altered");
		return {
			Pairs: q("section.pair").length,
			Panes: q(".pane").length,
			Marks: q(".pane mark.passage").length,
			Verbatim: q(".pane mark.passage.verbatim").length,
			Rewrite: q(".pane mark.passage.rewrite").length,
			Altered: q(".pane .quote-flag.status-altered").length,
			SideBySide: Array.from(q(".panes")).map((p) => {
				const [l, r] = p.querySelectorAll(":scope > .pane");
				const a = l.getBoundingClientRect(), b = r.getBoundingClientRect();
				return b.left >= a.right && Math.abs(a.top - b.top) < 1 && a.width > 200 && b.width > 200;
			}),
			Badge: badge ? badge.innerText : "",
			BadgeWidth: badge ? badge.getBoundingClientRect().width : 0,
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
	if got.Marks == 0 || got.Verbatim == 0 || got.Rewrite == 0 {
		t.Errorf("marks: %d (%d verbatim, %d rewrite); want both kinds", got.Marks, got.Verbatim, got.Rewrite)
	}
	if got.Altered == 0 || got.Badge != "altered" || got.BadgeWidth == 0 {
		t.Errorf("altered quotation: %d flags, badge %q %.0fpx wide; want a visible badge reading altered", got.Altered, got.Badge, got.BadgeWidth)
	}

	// Click the last passage of the A pane of the first pair: its partner
	// lies further down the B pane, which must scroll to it.
	ids, err := chromedp.Run(bctx, chromedp.Evaluate[[]string](
		`Array.from(document.querySelectorAll("#pair-1 .pane:first-child mark.passage[id]")).map(m => m.id)`))
	if err != nil || len(ids) == 0 {
		t.Fatalf("passage ids of pair 1: %v, %v", ids, err)
	}
	mark := ids[len(ids)-1]
	partner := strings.TrimSuffix(mark, "-a") + "-b"
	if err := chromedp.Do(bctx, chromedp.Click(chromedp.ID(mark))); err != nil {
		t.Fatalf("clicking %s: %v", mark, err)
	}
	type state struct {
		Active, OwnActive, InView bool
		ScrollTop                 float64
	}
	after, err := chromedp.Run(bctx, chromedp.Evaluate[state](fmt.Sprintf(`(() => {
		const p = document.getElementById(%q), m = document.getElementById(%q);
		const pane = p.closest(".pane"), a = pane.getBoundingClientRect(), r = p.getBoundingClientRect();
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

	// The altered quotation's diff shows when its badge has the focus.
	if err := chromedp.Do(bctx, chromedp.Focus(chromedp.CSS(".pane .quote-badge.status-altered"))); err != nil {
		t.Fatalf("focusing the quotation badge: %v", err)
	}
	pop, err := chromedp.Run(bctx, chromedp.Evaluate[string](`(() => {
		const b = document.querySelector(".pane .quote-badge.status-altered");
		b.scrollIntoView({block: "center"});
		return b.nextElementSibling.innerText;
	})()`))
	if err != nil {
		t.Fatalf("reading the quotation tooltip: %v", err)
	}
	if !strings.Contains(pop, "real") || !strings.Contains(pop, "true") {
		t.Errorf("focused badge shows %q; want the word diff real → true", pop)
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
