package main

import (
	"context"
	"sync"
	"time"

	"github.com/reprint/reprint/engine"
	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
)

// progress draws the engine's steps on stderr, one bar a step: a counter
// while the total is unknown, a bar with its ETA once it is known. It draws
// only when stderr is a terminal, so pipes and logs stay clean.
type progress struct {
	mu   sync.Mutex
	p    *mpb.Progress
	bars map[engine.Step]*mpb.Bar
	last map[engine.Step]int
	at   map[engine.Step]time.Time
}

func (m *Main) newProgress(ctx context.Context) *progress {
	if !m.StderrIsTerminal {
		return &progress{}
	}
	return &progress{
		p:    mpb.NewWithContext(ctx, mpb.WithOutput(m.Stderr), mpb.WithWidth(40)),
		bars: map[engine.Step]*mpb.Bar{},
		last: map[engine.Step]int{},
		at:   map[engine.Step]time.Time{},
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
			for s, b := range p.bars {
				if !b.Completed() {
					b.SetTotal(int64(p.last[s]), true)
				}
			}
			if total > 0 {
				bar = p.p.AddBar(int64(total),
					mpb.PrependDecorators(decor.Name(string(step)+" "), decor.CountersNoUnit("%d/%d")),
					mpb.AppendDecorators(decor.Percentage(), decor.Name(" "), decor.EwmaETA(decor.ET_STYLE_GO, 30)),
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
		now := time.Now()
		if at, ok := p.at[step]; ok {
			bar.EwmaSetCurrent(int64(done), now.Sub(at))
		} else {
			bar.SetCurrent(int64(done))
		}
		p.last[step], p.at[step] = done, now
	}
}

// Done completes every bar and waits for the last frame.
func (p *progress) Done() {
	if p.p == nil {
		return
	}
	p.mu.Lock()
	for s, b := range p.bars {
		if !b.Completed() {
			b.SetTotal(int64(p.last[s]), true)
		}
	}
	p.mu.Unlock()
	p.p.Wait()
	p.p = nil
}
