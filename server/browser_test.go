package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// chromium is where Debian's chromium package puts the browser; CI
// installs it.
const chromium = "/usr/bin/chromium"

// browser is a headless Chromium tab with the console errors it logged.
type browser struct {
	ctx   context.Context
	mu    sync.Mutex
	errs  []string
	shots string
}

func newBrowser(t *testing.T) *browser {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a browser")
	}
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("no browser: %s is missing (apt-get install chromium): %v", chromium, err)
	}
	tmp := t.TempDir()
	ctx, cancel := context.WithTimeout(t.Context(), 90*time.Second)
	t.Cleanup(cancel)
	opts := append(slices.Clone(chromedp.DefaultExecAllocatorOptions[:]),
		chromedp.ExecPath(chromium),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(filepath.Join(tmp, "profile")),
		// Chromium leaves folders of its own (org.chromium.Chromium.*) in
		// the temporary folder when it is stopped: keep them in the test's.
		chromedp.Env("TMPDIR="+tmp),
		chromedp.WindowSize(1280, 900),
	)
	alloc, cancel := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancel)
	bctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(cancel)
	b := &browser{ctx: bctx, shots: t.ArtifactDir()}
	if d := os.Getenv("REPRINT_SERVE_SCREENSHOTS"); d != "" {
		b.shots = d
	}
	err := chromedp.Listen(bctx, func(ev any) {
		var msg string
		switch ev := ev.(type) {
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.EntryLevelError || ev.Entry.Level == log.EntryLevelWarning {
				msg = string(ev.Entry.Source) + ": " + ev.Entry.Text
			}
		case *runtime.EventConsoleAPICalled:
			if ev.Type == "error" || ev.Type == "warning" || ev.Type == "assert" {
				msg = "console." + string(ev.Type)
				for _, a := range ev.Args {
					msg += " " + string(a.Value)
				}
			}
		case *runtime.EventExceptionThrown:
			msg = "exception: " + ev.ExceptionDetails.Text
			if ev.ExceptionDetails.Exception != nil {
				msg += " " + ev.ExceptionDetails.Exception.Description
			}
		}
		if msg != "" {
			b.mu.Lock()
			b.errs = append(b.errs, msg)
			b.mu.Unlock()
		}
	})
	if err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	return b
}

// errors returns the console errors logged since the last call.
func (b *browser) errors() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	e := b.errs
	b.errs = nil
	return e
}

func (b *browser) shot(t *testing.T, name string) {
	t.Helper()
	png, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(b.shots, name), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// load navigates to u and waits for the page's script to have run.
func (b *browser) load(t *testing.T, u string) {
	t.Helper()
	if err := chromedp.Do(b.ctx, chromedp.Navigate(u), chromedp.WaitReady(chromedp.CSS("footer"))); err != nil {
		t.Fatalf("loading %s: %v", u, err)
	}
	b.waitJS(t)
}

// waitFor evaluates cond until it is true, across navigations (which
// destroy the context an evaluation runs in), for up to 15 s.
func (b *browser) waitFor(t *testing.T, what, cond string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 15*time.Second)
	defer cancel()
	var last error
	for ctx.Err() == nil {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](cond))
		if err == nil && ok {
			return
		}
		last = err
		select {
		case <-ctx.Done():
		case <-time.After(50 * time.Millisecond):
		}
	}
	t.Fatalf("%s: %s never held (last error %v)", what, cond, last)
}

// waitJS waits until the page's own script has run: the proof that the
// policy lets it.
func (b *browser) waitJS(t *testing.T) {
	t.Helper()
	b.waitFor(t, "the page's script did not run (blocked by its Content-Security-Policy?)",
		`document.readyState === "complete" && document.documentElement.classList.contains("js")`)
}

func eval[T any](t *testing.T, b *browser, js string) T {
	t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluating %.60s…: %v", js, err)
	}
	return v
}

// TestBrowser walks the web app in headless Chromium as a reader would:
// the story list and its filters, a story's lineage, a pair with linked
// highlights and a visible word diff, and the check-an-article flow, by
// pasting and by uploading. No page may log a Content-Security-Policy
// violation or any other console error. Screenshots go to the test's
// artifact folder (go test -artifacts) or $REPRINT_SERVE_SCREENSHOTS.
func TestBrowser(t *testing.T) {
	b := newBrowser(t)
	s := MustNew(t, MustOpenSQLite(t), Options{})
	ts := httptest.NewServer(s)
	defer ts.Close()

	// Home: the two stories, largest first, by title; the lone article
	// is counted, not listed.
	b.load(t, ts.URL+"/")
	type home struct {
		Titles  []string
		Summary string
	}
	h := eval[home](t, b, `({Titles: Array.from(document.querySelectorAll("ol.stories > li h2")).map(e => e.innerText),
		Summary: document.getElementById("summary").innerText})`)
	if !slices.Equal(h.Titles, []string{seedStory, evilTitle}) || !strings.Contains(h.Summary, "1 article stands alone") {
		t.Errorf("home: stories %q, summary %q", h.Titles, h.Summary)
	}
	b.shot(t, "home.png")

	// Filtering: choosing a relation applies at once (the page's script
	// submits the form).
	eval[bool](t, b, `(() => { const s = document.querySelector("select[name=relation]"); s.value = "copy";
		s.dispatchEvent(new Event("change", {bubbles: true})); return true; })()`)
	b.waitFor(t, "the relation filter did not apply", `location.search.includes("relation=copy")`)
	b.waitJS(t)
	h = eval[home](t, b, `({Titles: Array.from(document.querySelectorAll("ol.stories > li h2")).map(e => e.innerText),
		Summary: document.getElementById("summary").innerText})`)
	if !slices.Equal(h.Titles, []string{evilTitle}) {
		t.Errorf("filtered by copy: stories %q; want only the copy story", h.Titles)
	}
	b.shot(t, "filtered.png")

	// The story: a lineage tree with the unseen common source at its root.
	b.load(t, ts.URL+"/stories/1")
	type story struct {
		Nodes, Unseen, Compare int
		First                  string
	}
	st := eval[story](t, b, `({Nodes: document.querySelectorAll("#lineage .node").length,
		Unseen: document.querySelectorAll("#lineage .node.unseen").length,
		Compare: document.querySelectorAll("#lineage a[href^='/pairs/']").length,
		First: (document.querySelector("#lineage a[href^='/pairs/']") || {}).href || ""})`)
	if st.Nodes != 6 || st.Unseen != 1 || st.Compare != 3 {
		t.Errorf("story 1: %d nodes (%d unseen), %d pair links; want 6 (1), 3", st.Nodes, st.Unseen, st.Compare)
	}
	// The table of pairs breaks no word: its headings and its short cells
	// (relation, share, credit, flags, the link) each sit on one line.
	// A text broken across lines has more than one client rectangle.
	broken := eval[[]string](t, b, `(() => {
		const out = [];
		document.querySelectorAll("table.pairs th, table.pairs td.short").forEach(c => {
			const r = document.createRange(); r.selectNodeContents(c);
			const lines = new Set(Array.from(r.getClientRects()).filter(x => x.width > 0).map(x => Math.round(x.top)));
			if (lines.size > 1) { out.push(c.innerText); }
		});
		return out;
	})()`)
	if len(broken) > 0 {
		t.Errorf("story 1: table cells broken across lines: %q", broken)
	}
	b.shot(t, "story.png")

	// Open the pair of the BBC article and its rewrite from the tree.
	target := pairPath("/pairs/", seedBBC, seedCopy)
	if err := chromedp.Do(b.ctx, chromedp.Click(chromedp.CSS(fmt.Sprintf(`#lineage a[href=%q]`, target)))); err != nil {
		t.Fatalf("clicking the pair link: %v", err)
	}
	b.waitFor(t, "the pair page did not open", `location.pathname.startsWith("/pairs/")`)
	b.waitJS(t)
	type pairLayout struct {
		SideBySide      bool
		LeftRole, Right string
		Marks           map[string]string // data-pid → the text of its segments
		DiffVisible     bool
		DiffText        string
		Badge           string
		Verdict         string
	}
	pl := eval[pairLayout](t, b, `(() => {
		const panes = document.querySelectorAll(".panes > .pane");
		const a = panes[0].getBoundingClientRect(), r = panes[1].getBoundingClientRect();
		const marks = {};
		document.querySelectorAll(".pane-text mark.passage").forEach(m => {
			const id = m.dataset.pid; marks[id] = (marks[id] || "") + m.textContent; });
		const diff = document.querySelector(".diff");
		const dr = diff ? diff.getBoundingClientRect() : {width: 0, height: 0};
		const flag = document.querySelector(".quote.flagged.quote-end");
		return {
			SideBySide: r.left >= a.right && Math.abs(a.top - r.top) < 1 && a.width > 300 && r.width > 300,
			LeftRole: panes[0].querySelector(".role").innerText, Right: panes[1].querySelector(".role").innerText,
			Marks: marks,
			DiffVisible: !!diff && dr.width > 0 && dr.height > 0 && getComputedStyle(diff).visibility === "visible",
			DiffText: diff ? diff.innerText : "",
			Badge: flag ? getComputedStyle(flag, "::after").content : "",
			Verdict: document.getElementById("verdict").innerText,
		};
	})()`)
	if !pl.SideBySide || !strings.EqualFold(pl.LeftRole, "source") || !strings.EqualFold(pl.Right, "derived") {
		t.Errorf("pair: side by side %v, left %q, right %q; want the source on the left", pl.SideBySide, pl.LeftRole, pl.Right)
	}
	if !pl.DiffVisible || !strings.Contains(pl.DiffText, "There is") {
		t.Errorf("pair: word diff visible %v, %q; want the altered quotation's diff shown", pl.DiffVisible, pl.DiffText)
	}
	if !strings.Contains(pl.Badge, "words changed") {
		t.Errorf("pair: the altered quotation's flag shows %q; want words changed", pl.Badge)
	}
	if !strings.Contains(pl.Verdict, "rewrites") {
		t.Errorf("pair: verdict %q", pl.Verdict)
	}
	// Offsets are sacred: each highlight is exactly the text at its span.
	res, err := http.Get(ts.URL + pairPath("/api/pairs/", seedBBC, seedCopy))
	if err != nil {
		t.Fatal(err)
	}
	var pd pairDoc
	err = json.NewDecoder(res.Body).Decode(&pd)
	res.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	if len(pl.Marks) != 2*len(pd.Pair.Passages) {
		t.Errorf("pair: %d highlighted passages; want %d a side", len(pl.Marks), len(pd.Pair.Passages))
	}
	for k, ps := range pd.Pair.Passages {
		l, r := fmt.Sprintf("p%d-l", k+1), fmt.Sprintf("p%d-r", k+1)
		if got, want := pl.Marks[l], pd.A.Text[ps.A.Start:ps.A.End]; got != want { // A is the source, on the left
			t.Errorf("passage %s shows %q; want %q", l, clip(got, 60), clip(want, 60))
		}
		if got, want := pl.Marks[r], pd.B.Text[ps.B.Start:ps.B.End]; got != want {
			t.Errorf("passage %s shows %q; want %q", r, clip(got, 60), clip(want, 60))
		}
	}
	b.shot(t, "pair.png")

	// Linked highlights: clicking the last passage of the left pane lights
	// up its partner and scrolls the right pane to it.
	last := fmt.Sprintf("p%d-l", len(pd.Pair.Passages))
	partner := fmt.Sprintf("p%d-r", len(pd.Pair.Passages))
	if err := chromedp.Do(b.ctx, chromedp.Click(chromedp.ID(last))); err != nil {
		t.Fatalf("clicking passage %s: %v", last, err)
	}
	type linked struct {
		Active, OwnActive, InView bool
		ScrollTop                 float64
	}
	ln := eval[linked](t, b, fmt.Sprintf(`(() => {
		const p = document.getElementById(%q), m = document.getElementById(%q);
		const pane = p.closest(".pane-text"), a = pane.getBoundingClientRect(), r = p.getBoundingClientRect();
		return {Active: p.classList.contains("active"), OwnActive: m.classList.contains("active"),
			InView: r.top >= a.top && r.top < a.bottom, ScrollTop: pane.scrollTop};
	})()`, partner, last))
	if !ln.Active || !ln.OwnActive || !ln.InView || ln.ScrollTop == 0 {
		t.Errorf("after clicking %s: %+v; want both active and %s scrolled into its pane", last, ln, partner)
	}
	b.shot(t, "linked.png")

	// Check an article: paste a seed's text.
	text, err := os.ReadFile(filepath.Join(seeds, seedCopy))
	if err != nil {
		t.Fatal(err)
	}
	b.load(t, ts.URL+"/check")
	if err := chromedp.Do(b.ctx,
		chromedp.SetValue(chromedp.CSS("textarea[name=text]"), string(text)),
		chromedp.SetValue(chromedp.CSS("input[name=site]"), "Pasted Post"),
		chromedp.Click(chromedp.CSS("form.check button[type=submit]")),
		chromedp.WaitVisible(chromedp.ID("result")),
	); err != nil {
		t.Fatalf("checking a pasted article: %v", err)
	}
	b.waitJS(t)
	type result struct {
		Heading string
		Pairs   int
		Panes   int
	}
	r := eval[result](t, b, `({Heading: document.querySelector("#result h2").innerText,
		Pairs: document.querySelectorAll("section.checked-pair").length,
		Panes: document.querySelectorAll("section.checked-pair .pane").length})`)
	// Five pairs: the four other seeds, and the seed itself as archived
	// under its file name (a pasted article has an id of its own).
	if r.Heading != "Reuse found" || r.Pairs != 5 || r.Panes != 10 {
		t.Errorf("check by pasting: %+v; want Reuse found with 5 pairs side by side", r)
	}
	b.shot(t, "check-pasted.png")

	// … and by uploading a file.
	b.load(t, ts.URL+"/check")
	if err := chromedp.Do(b.ctx,
		chromedp.SetUploadFiles(chromedp.CSS("input[type=file]"), []string{mustAbs(t, filepath.Join(seeds, seedCopy))}),
		chromedp.Click(chromedp.CSS("form.check button[type=submit]")),
		chromedp.WaitVisible(chromedp.ID("result")),
	); err != nil {
		t.Fatalf("checking an uploaded article: %v", err)
	}
	b.waitJS(t)
	r = eval[result](t, b, `({Heading: document.querySelector("#result h2").innerText,
		Pairs: document.querySelectorAll("section.checked-pair").length,
		Panes: document.querySelectorAll("section.checked-pair .pane").length})`)
	if r.Heading != "Reuse found" || r.Pairs != 5 {
		t.Errorf("check by upload: %+v; want Reuse found with 5 pairs", r)
	}
	b.shot(t, "check-upload.png")

	for _, e := range b.errors() {
		t.Errorf("console: %s", e)
	}

	// The listener does see a policy violation: a style the page did not
	// ship is refused, and logged.
	eval[bool](t, b, `(() => { const s = document.createElement("style"); s.textContent = "body { color: red }";
		document.head.appendChild(s); return true; })()`)
	ctx, cancel := context.WithTimeout(b.ctx, 5*time.Second)
	defer cancel()
	var logged []string
	for ctx.Err() == nil && len(logged) == 0 {
		chromedp.Run(ctx, chromedp.Evaluate[bool](`true`))
		logged = b.errors()
	}
	if got := strings.Join(logged, "\n"); !strings.Contains(got, "Content Security Policy") {
		t.Errorf("an injected style logged %q; want a Content Security Policy violation (the console check sees nothing?)", got)
	}
}

func mustAbs(t *testing.T, p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
