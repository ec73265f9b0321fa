package main

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/reprint/reprint/engine"
)

// etaOf matches a step's bar line: its counters and its ETA.
var etaOf = regexp.MustCompile(`aligning (\d+)/(\d+).*% (\S+)`)

// TestProgressETA: a step's ETA is its average pace applied to what is
// left, so it moves off zero as soon as a stride is reported (issue 13: it
// always showed 0s, an EWMA decorator that SetCurrent never fed). A
// quarter done after 1.5 s leaves about 4.5 s; the frames drawn after the
// stride must show at least 1s.
func TestProgressETA(t *testing.T) {
	if testing.Short() {
		t.Skip("waits 2 s for the pace")
	}
	var stderr syncBuffer
	m := &Main{Stderr: &stderr, StderrIsTerminal: true}
	p := m.newProgress(t.Context())
	report := p.report()
	report(engine.StepAlign, 0, 100)
	time.Sleep(1500 * time.Millisecond)
	report(engine.StepAlign, 25, 100)
	time.Sleep(500 * time.Millisecond) // several frames at mpb's 150 ms
	out := stderr.String()
	p.Done()
	var etas []string
	for _, m := range etaOf.FindAllStringSubmatch(out, -1) {
		if m[1] == "25" {
			etas = append(etas, m[3])
		}
	}
	if len(etas) == 0 {
		t.Fatalf("no frame shows 25/100:\n%q", out)
	}
	for _, eta := range etas {
		d, err := time.ParseDuration(eta)
		if err != nil || d < time.Second {
			t.Errorf("ETA %q at 25/100 after 1.5 s; want at least 1s (frames %q)", eta, strings.Join(etas, " "))
			break
		}
	}
}

// TestProgressShortStep: a step that ends short of its total (the command
// failed, or the total was an estimate) neither keeps the next step's bar
// from drawing nor keeps Done from returning. mpb ignores SetTotal on a bar
// made with its total, so Done used to wait for ever.
func TestProgressShortStep(t *testing.T) {
	for _, next := range []bool{false, true} {
		var stderr syncBuffer
		m := &Main{Stderr: &stderr, StderrIsTerminal: true}
		p := m.newProgress(t.Context())
		report := p.report()
		report(engine.StepRead, 3, 0)
		report(engine.StepAlign, 25, 100)
		if next {
			report(engine.StepJudge, 1, 4)
		}
		done := make(chan bool)
		go func() { p.Done(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("Done does not return after a step left at 25/100 (next step %v)", next)
		}
		if out := stderr.String(); !strings.Contains(out, "aligning 25/100") {
			t.Errorf("the short step is not left on screen at 25/100:\n%q", out)
		}
	}
}
