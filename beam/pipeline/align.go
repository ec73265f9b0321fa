package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/reprint/reprint/detect"
)

// Joining the texts in
//
// A candidate pair names two ids; its texts join it in two steps, each a
// CoGroupByKey with the docs by id: by the first id (halfFn), then by the
// second (fullFn). Each article's doc travels once per candidate pair it
// is in.

// candByFirst keys a candidate pair by its first id.
func candByFirst(key string, emit func(string, string)) error {
	a, _, err := splitPairKey(key)
	if err != nil {
		return err
	}
	emit(a, key)
	return nil
}

// halfFn joins the first article's doc to each of its candidate pairs and
// keys the pair by the second id.
func halfFn(ctx context.Context, id string, docs func(*doc) bool, keys func(*string) bool, emit func(string, half)) error {
	var d doc
	if !docs(&d) {
		return nil // no such article: cannot happen, ids come from the docs
	}
	var k string
	for keys(&k) {
		_, b, err := splitPairKey(k)
		if err != nil {
			return err
		}
		count(ctx, bytesHalves, len(b)+len(k)+8+len(d.ID)+len(d.Blob))
		emit(b, half{Key: k, A: d})
	}
	return nil
}

// fullFn joins the second article's doc: the pair is ready to align.
func fullFn(ctx context.Context, id string, docs func(*doc) bool, halves func(*half) bool, emit func(job)) {
	var d doc
	if !docs(&d) {
		return
	}
	var h half
	for halves(&h) {
		count(ctx, bytesJobs, 16+len(h.A.ID)+len(h.A.Blob)+len(d.ID)+len(d.Blob))
		emit(job{A: h.A, B: d})
	}
}

// alignFn aligns and judges one candidate pair with detect's one-document
// API (detect.Worker.Analyze and Pair) under the corpus IDF, as detect.Run
// aligns it, and emits it when related.
type alignFn struct {
	AllPairsWork int
	// FailOnce, for tests: a folder; the first call of a run that finds no
	// marker file there makes one and fails, as a worker that dies once.
	FailOnce string
	// Twice, for tests: every related pair is emitted twice, as a runner
	// that delivers a retried bundle's output again would.
	Twice bool

	wk   *detect.Worker
	view *corpusView
}

func (f *alignFn) Setup() error {
	d, err := detect.New(detectOptions(f.AllPairsWork))
	if err != nil {
		return fmt.Errorf("reprint-beam: %w", err)
	}
	f.wk, err = d.NewWorker()
	if err != nil {
		return fmt.Errorf("reprint-beam: %w", err)
	}
	return nil
}

func (f *alignFn) ProcessElement(ctx context.Context, j job, idf []byte, emit func(related), emitCount func(string, int)) error {
	if f.FailOnce != "" {
		marker := filepath.Join(f.FailOnce, "failed-once")
		if _, err := os.Stat(marker); err != nil {
			if err := os.WriteFile(marker, nil, 0o644); err != nil {
				return fmt.Errorf("reprint-beam: %w", err)
			}
			return errors.New("reprint-beam: injected failure (FailOnce)")
		}
	}
	if f.view == nil {
		v, err := viewOf(idf, f.AllPairsWork)
		if err != nil {
			return err
		}
		f.view = v
	}
	var a, b docData
	if err := decode(j.A.Blob, &a); err != nil {
		return err
	}
	if err := decode(j.B.Blob, &b); err != nil {
		return err
	}
	p := f.wk.Pair(f.wk.Analyze(a.Article.Text, f.view.idf), f.wk.Analyze(b.Article.Text, f.view.idf))
	if p == nil {
		return nil
	}
	if p.CapReason != "" {
		emitCount(countCappedPairs, 1)
	}
	p.Units = nil // Judge does not read them
	blob, err := encode(p)
	if err != nil {
		return err
	}
	r := related{A: j.A.ID, B: j.B.ID, OA: j.A.Ord, OB: j.B.Ord, Blob: blob}
	count(ctx, bytesPairs, 16+len(r.A)+len(r.B)+len(blob))
	emit(r)
	if f.Twice {
		emit(r)
	}
	return nil
}

// keyPair keys a related pair by its pair key.
func keyPair(r related) (string, related) { return pairKey(r.A, r.B), r }

// onceFn keeps one related pair of each pair key: a pair delivered twice
// (a runner that re-delivers the output of a retried bundle) is one pair.
// The duplicates are the same pair, aligned from the same texts, so any
// one will do.
func onceFn(_ string, rs func(*related) bool, emit func(related)) {
	var r related
	if rs(&r) {
		emit(r)
	}
}
