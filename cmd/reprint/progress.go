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
	mu   sync.Mutex
	p    *mpb.Progress
	bars map[engine.Step]*mpb.Bar
	last map[engine.Step]int
	idle *mpb.Bar // the spinner after a complete step, or nil
}

func (m *Main) newProgress(ctx context.Context) *progress {
	if !m.StderrIsTerminal {
		return &progress{}
	}
	return &progress{
		p:    mpb.NewWithContext(ctx, mpb.WithOutput(m.Stderr), mpb.WithWidth(40)),
		bars: map[engine.Step]*mpb.Bar{},
		last: map[engine.Step]int{},
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
			for s, b := range p.bars {
				if !b.Completed() {
					b.SetTotal(int64(p.last[s]), true)
				}
			}
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
	for s, b := range p.bars {
		if !b.Completed() {
			b.SetTotal(int64(p.last[s]), true)
		}
	}
	p.mu.Unlock()
	p.p.Wait()
	p.p = nil
}
