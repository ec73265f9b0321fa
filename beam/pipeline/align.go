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
// CoGroupByKey with the texts by id (textFn): by the first id (halfFn),
// then by the second (fullFn). Each article's text travels once per
// candidate pair it is in.

// textFn keys an article's text by its id.
func textFn(ctx context.Context, id string, d doc) (string, text, error) {
	var dd docData
	if err := decode(d.Blob, &dd); err != nil {
		return "", text{}, err
	}
	count(ctx, bytesTexts, 8+2*len(d.ID)+len(dd.Article.Text))
	return id, text{Ord: d.Ord, ID: d.ID, Text: dd.Article.Text}, nil
}

// candByFirst keys a candidate pair by its first id.
func candByFirst(key string, emit func(string, string)) error {
	a, _, _, err := splitPairKey(key)
	if err != nil {
		return err
	}
	emit(a, key)
	return nil
}

// halfFn joins the first article's text to each of its candidate pairs
// and keys the pair by the second id.
func halfFn(ctx context.Context, id string, texts func(*text) bool, keys func(*string) bool, emit func(string, half)) error {
	var d text
	if !texts(&d) {
		return nil // no such article: cannot happen, ids come from the docs
	}
	var k string
	for keys(&k) {
		_, b, _, err := splitPairKey(k)
		if err != nil {
			return err
		}
		count(ctx, bytesHalves, len(b)+len(k)+8+len(d.ID)+len(d.Text))
		emit(b, half{Key: k, A: d})
	}
	return nil
}

// fullFn joins the second article's text: the pair is ready to align.
// Unless Spread, the aligners are fused to it: every candidate pair of an
// article is aligned where its group was joined.
type fullFn struct {
	// Spread: the pairs are reshuffled before the aligners (Options.SpreadAlign),
	// so their bytes count as shuffled.
	Spread bool
}

func (f *fullFn) ProcessElement(ctx context.Context, id string, texts func(*text) bool, halves func(*half) bool, emit func(job)) error {
	var d text
	if !texts(&d) {
		return nil
	}
	var h half
	n := 0
	for halves(&h) {
		if f.Spread {
			count(ctx, bytesJobs, 16+len(h.A.ID)+len(h.A.Text)+len(d.ID)+len(d.Text))
		}
		_, _, one, err := splitPairKey(h.Key)
		if err != nil {
			return err
		}
		emit(job{A: h.A, B: d, OnePhrase: one})
		n++
	}
	if n > 0 {
		pairsPerJoin.Update(ctx, int64(n))
	}
	return nil
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
	var err error
	f.wk, err = newWorker(f.AllPairsWork)
	return err
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
	// As detect.Run: a pair of one shared phrase is read as far as its
	// tokens, and aligned only if the phrase check finds more shared.
	wa, wb := f.wk.ReadWords(j.A.Text), f.wk.ReadWords(j.B.Text)
	if j.OnePhrase && !f.wk.Near(f.wk.Grams(wa), wb) {
		emitCount(countPhraseChecked, 1)
		return nil
	}
	da := f.wk.Prepare(f.wk.ReadForPairingFrom(wa), f.view.idf)
	db := f.wk.Prepare(f.wk.ReadForPairingFrom(wb), f.view.idf)
	p := f.wk.Pair(da, db)
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
func keyPair(r related) (string, related) { return pairKey(r.A, r.B, false), r }

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
