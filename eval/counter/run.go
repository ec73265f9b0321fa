package counter

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/report"
)

// By names how a pair's report becomes a class.
type By int

const (
	// ByExtent maps extent whole → WD, part → PD, none or no pair → ND:
	// what the extent is for.
	ByExtent By = iota
	// ByRelation maps copy → WD, partial-copy and rewrite → PD,
	// same-story or no pair → ND: the reading of the relation alone,
	// before pairs had an extent, kept to show the difference.
	ByRelation
)

func (b By) String() string {
	if b == ByRelation {
		return "relation"
	}
	return "extent"
}

// Classify returns the class of the pair p (nil: the engine found no
// pair) read by b.
func (b By) Classify(p *report.Pair) Class {
	if p == nil {
		return ND
	}
	if b == ByRelation {
		switch p.Relation {
		case "copy":
			return WD
		case "partial-copy", "rewrite":
			return PD
		}
		return ND
	}
	switch p.Extent {
	case "whole":
		return WD
	case "part":
		return PD
	}
	return ND
}

// Run is the engine's output on a corpus, kept so that it can be read in
// several ways (Predict) and its evidence inspected.
type Run struct {
	Corpus *Corpus
	Scan   *report.Scan
	// Pair is the engine's report of each corpus pair, nil when none;
	// Detect its evidence. Both are indexed like Corpus.Pairs.
	Pair   []*report.Pair
	Detect []*detect.Pair
}

// line is one article of the JSONL file Evaluate writes.
type line struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Site      string `json:"site,omitempty"`
	Published string `json:"published,omitempty"`
}

// Evaluate scans every story of c at once with the engine under opts and
// returns the run. The stories are written as one JSONL file (ids NNNN
// and NNNNp, with each story's outlet as site and its date as published,
// as a news archive would hold them) into a temporary folder removed
// before it returns.
func Evaluate(ctx context.Context, c *Corpus, opts engine.Options) (*Run, error) {
	dir, err := os.MkdirTemp("", "reprint-counter-")
	if err != nil {
		return nil, fmt.Errorf("counter: %w", err)
	}
	defer os.RemoveAll(dir)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, p := range c.Pairs {
		for _, s := range []struct {
			id, text string
			m        Meta
		}{{p.ID, p.Source, p.SourceMeta}, {p.ID + "p", p.Derived, p.DerivedMeta}} {
			if err := enc.Encode(line{ID: s.id, Text: s.text, Site: s.m.Outlet, Published: s.m.Date}); err != nil {
				return nil, fmt.Errorf("counter: %w", err)
			}
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "counter.jsonl"), buf.Bytes(), 0o644); err != nil {
		return nil, fmt.Errorf("counter: %w", err)
	}
	corpus, err := engine.Detect(ctx, opts, []string{dir}, nil)
	if err != nil {
		return nil, err
	}
	scan, err := engine.Judge(ctx, corpus)
	if err != nil {
		return nil, err
	}
	run := &Run{Corpus: c, Scan: scan, Pair: make([]*report.Pair, len(c.Pairs)), Detect: make([]*detect.Pair, len(c.Pairs))}
	index := map[string]int{}
	for i, p := range c.Pairs {
		index[p.ID] = i
		index[p.ID+"p"] = i
	}
	key := func(a, b string) (int, bool) {
		i, ok := index[a]
		j, ok2 := index[b]
		return i, ok && ok2 && i == j && a != b
	}
	for k := range scan.Pairs {
		p := &scan.Pairs[k]
		if i, ok := key(p.A, p.B); ok {
			run.Pair[i] = p
		}
	}
	for k := range corpus.Pairs {
		p := &corpus.Pairs[k]
		if i, ok := key(corpus.Articles[p.A].ID, corpus.Articles[p.B].ID); ok {
			run.Detect[i] = p
		}
	}
	return run, nil
}

// Predict reads every pair of the run by b and measures the predictions.
func (r *Run) Predict(b By) *Report {
	ps := make([]Prediction, len(r.Corpus.Pairs))
	for i, cp := range r.Corpus.Pairs {
		p := r.Pair[i]
		ps[i] = Prediction{ID: cp.ID, Label: cp.Label, Predicted: b.Classify(p)}
		if p != nil {
			ps[i].Relation, ps[i].Extent = p.Relation, p.Extent
			if p.Source != nil {
				ps[i].Source = "agency"
				if *p.Source == cp.ID+"p" {
					ps[i].Source = "newspaper"
				}
			}
			if p.Credit != nil {
				ps[i].Credit, ps[i].CreditName = p.Credit.Status, p.Credit.Name
			}
			derivedB := p.B == cp.ID+"p"
			if derivedB {
				ps[i].Coverage, ps[i].Verbatim = p.Coverage.B, p.Coverage.Verbatim.B
			} else {
				ps[i].Coverage, ps[i].Verbatim = p.Coverage.A, p.Coverage.Verbatim.A
			}
		}
	}
	return Measure(b.String(), ps)
}
