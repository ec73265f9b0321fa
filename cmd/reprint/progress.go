package main

import (
	"context"
	"sync"

	"github.com/reprint/reprint/engine"
	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
)

// progress draws the engine's steps on stderr, one bar a step: a counter
// while the total is unknown, a bar with its ETA once it is known. The ETA
// is the average pace since the step began: an exponential moving average
// needs ten updates to warm up, and steps that report a few big strides
// showed "0s" throughout. Once a step is complete, a spinner says that work
// goes on until the next step reports or the command ends, so the tail of a
// run (judging, rendering) is not silence. It draws only when stderr is a
// terminal, so pipes and logs stay clean.
type progress struct {
	mu    sync.Mutex
	p     *mpb.Progress
	bars  map[engine.Step]*mpb.Bar
	last  map[engine.Step]int
	sized map[engine.Step]bool // bars made with their total: mpb ignores SetTotal on them
	idle  *mpb.Bar             // the spinner after a complete step, or nil
}

func (m *Main) newProgress(ctx context.Context) *progress {
	if !m.StderrIsTerminal {
		return &progress{}
	}
	return &progress{
		// Refreshed as on the terminal that StderrIsTerminal says stderr
		// is (mpb refreshes only an *os.File terminal by itself, not a
		// test's buffer).
		p:     mpb.NewWithContext(ctx, mpb.WithOutput(m.Stderr), mpb.WithWidth(40), mpb.WithAutoRefresh()),
		bars:  map[engine.Step]*mpb.Bar{},
		last:  map[engine.Step]int{},
		sized: map[engine.Step]bool{},
	}
}

// report is the engine.Progress of p; nil when nothing is drawn.
func (p *progress) report() engine.Progress {
	if p.p == nil {
		return nil
	}
	return func(step engine.Step, done, total int) {
		p.mu.Lock()
		defer p.mu.Unlock()
		bar := p.bars[step]
		if bar == nil {
			// A new step: the bars before it are done.
			p.stopIdle()
			p.finish()
			if total > 0 {
				bar = p.p.AddBar(int64(total),
					mpb.PrependDecorators(decor.Name(string(step)+" "), decor.CountersNoUnit("%d/%d")),
					mpb.AppendDecorators(decor.Percentage(), decor.Name(" "), decor.AverageETA(decor.ET_STYLE_GO)),
				)
			} else {
				bar = p.p.New(0, mpb.SpinnerStyle(),
					mpb.PrependDecorators(decor.Name(string(step)+" "), decor.CurrentNoUnit("%d items")),
					mpb.AppendDecorators(decor.AverageSpeed(0, " %.0f/s")),
				)
			}
			p.bars[step] = bar
			p.sized[step] = total > 0
		}
		if total > 0 {
			bar.SetTotal(int64(total), false)
		}
		bar.SetCurrent(int64(done))
		p.last[step] = done
		if total > 0 && done >= total && p.idle == nil {
			p.idle = p.p.New(0, mpb.SpinnerStyle(),
				mpb.PrependDecorators(decor.Name(string(step)+" done · working "), decor.Elapsed(decor.ET_STYLE_GO)),
			)
		}
	}
}

// finish ends the bars not complete, so that Wait returns: a counter
// completes at its count; a bar made with its total stops where it is
// (left on screen), since mpb ignores SetTotal on it. A step can end short
// of its total when the command fails or an estimate was high; before,
// Done then waited for ever.
func (p *progress) finish() {
	for s, b := range p.bars {
		switch {
		case b.Completed():
		case p.sized[s]:
			b.Abort(false)
		default:
			b.SetTotal(int64(p.last[s]), true)
		}
	}
}

// stopIdle removes the spinner shown after a complete step.
func (p *progress) stopIdle() {
	if p.idle != nil {
		p.idle.Abort(true)
		p.idle = nil
	}
}

// Done completes every bar and waits for the last frame.
func (p *progress) Done() {
	if p.p == nil {
		return
	}
	p.mu.Lock()
	p.stopIdle()
	p.finish()
	p.mu.Unlock()
	p.p.Wait()
	p.p = nil
}
