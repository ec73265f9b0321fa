package main

import (
	"context"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
)

// progress is a counter on stderr for long runs. It draws only when stderr
// is a terminal, so pipes and logs stay clean.
type progress struct {
	p   *mpb.Progress
	bar *mpb.Bar
}

func (m *Main) newProgress(ctx context.Context, name string) *progress {
	if !m.StderrIsTerminal {
		return &progress{}
	}
	p := mpb.NewWithContext(ctx, mpb.WithOutput(m.Stderr), mpb.WithWidth(40))
	bar := p.New(0, mpb.SpinnerStyle(),
		mpb.PrependDecorators(decor.Name(name+" "), decor.CurrentNoUnit("%d items")),
		mpb.AppendDecorators(decor.AverageSpeed(0, " %.0f/s")),
	)
	return &progress{p: p, bar: bar}
}

// newBar is a bar with a known total.
func (m *Main) newBar(ctx context.Context, name string, total int) *progress {
	if !m.StderrIsTerminal {
		return &progress{}
	}
	p := mpb.NewWithContext(ctx, mpb.WithOutput(m.Stderr), mpb.WithWidth(40))
	bar := p.AddBar(int64(total),
		mpb.PrependDecorators(decor.Name(name+" "), decor.CountersNoUnit("%d/%d")),
		mpb.AppendDecorators(decor.Percentage(), decor.Name(" "), decor.EwmaETA(decor.ET_STYLE_GO, 30)),
	)
	return &progress{p: p, bar: bar}
}

func (p *progress) Increment() {
	if p.bar != nil {
		p.bar.Increment()
	}
}

func (p *progress) SetCurrent(n int) {
	if p.bar != nil {
		p.bar.SetCurrent(int64(n))
	}
}

func (p *progress) Done() {
	if p.bar != nil {
		p.bar.SetTotal(-1, true)
		p.p.Wait()
		p.bar = nil
	}
}
