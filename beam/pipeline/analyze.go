package pipeline

import (
	"context"
	"fmt"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/reprint/reprint/clean"
	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/rewrite"
)

// analyzeFn applies the corpus layer of cleaning (from the merged counts,
// a side input) to an article, analyses its text with detect's
// one-document API and emits: the doc (article, words, terms) keyed by id;
// its exact-stream, fingerprint and content-word-pair keys; its terms for the
// IDF; its report entry; and its id and order.
type analyzeFn struct {
	AllPairsWork int
	Shards       int

	boiler *clean.Boilerplate
	wk     *detect.Worker
}

func (f *analyzeFn) Setup() error {
	var err error
	f.wk, err = newWorker(f.AllPairsWork)
	return err
}

func (f *analyzeFn) ProcessElement(ctx context.Context, it item, counts []byte,
	emitDoc func(string, doc), emitKeys func(int, keyBatch), emitTerms func(termRec),
	emitArticle func(articleOut), emitMember func(member)) error {
	if f.boiler == nil {
		var cc clean.CorpusCounts
		if err := decode(counts, &cc); err != nil {
			return err
		}
		c := clean.NewCorpus(clean.CorpusOptions{})
		c.Merge(&cc)
		f.boiler = c.Finish()
	}
	var w wireArticle
	if err := decode(it.Blob, &w); err != nil {
		return err
	}
	a := w.article()
	a.ID = it.ID
	f.boiler.Apply(a)
	k := f.wk.Keys(a.Text)
	blob, err := encode(docData{Article: toWire(a, false), Words: k.Words, Terms: k.Terms})
	if err != nil {
		return err
	}
	m := member{Ord: it.Ord, ID: a.ID}
	emitDoc(a.ID, doc{Ord: it.Ord, ID: a.ID, Blob: blob})
	var keys []string
	if k.Words > 0 {
		keys = append(keys, sameKey(k.Words, k.Sum))
	}
	for _, h := range k.Fingerprints {
		keys = append(keys, sigKey(sigFP, h))
	}
	for _, h := range k.Bags {
		keys = append(keys, sigKey(sigBag, h))
	}
	shardKeys(ctx, m, keys, f.Shards, emitKeys)
	emitTerms(termRec{Ord: it.Ord, ID: a.ID, Words: k.Words, Terms: packTerms(k.Terms)})
	count(ctx, bytesDocs, 8+2*len(a.ID)+len(blob))
	ra := engine.ReportArticle(a)
	ra.Text = ""
	rblob, err := encode(ra)
	if err != nil {
		return err
	}
	emitArticle(articleOut{Ord: it.Ord, Blob: rblob})
	emitMember(m)
	return nil
}

// detectOptions are the detect options of the pipeline: detect's
// defaults, with AllPairsWork as given (0: the default).
func detectOptions(allPairsWork int) detect.Options {
	return detect.Options{AllPairsWork: allPairsWork}
}

// newWorker returns a detect worker under detectOptions: each DoFn that
// reads texts makes one in its Setup.
func newWorker(allPairsWork int) (*detect.Worker, error) {
	d, err := detect.New(detectOptions(allPairsWork))
	if err != nil {
		return nil, fmt.Errorf("reprint-beam: %w", err)
	}
	wk, err := d.NewWorker()
	if err != nil {
		return nil, fmt.Errorf("reprint-beam: %w", err)
	}
	return wk, nil
}

// idfAcc accumulates the corpus totals: documents, words and the document
// frequency of every term.
type idfAcc struct {
	N     int
	Words int64
	DF    map[uint64]uint32
}

// idfFn counts the IDF and the corpus totals; its output is the idfAcc,
// gob-encoded, for side inputs.
type idfFn struct{}

func (idfFn) CreateAccumulator() *idfAcc { return &idfAcc{DF: map[uint64]uint32{}} }

func (idfFn) AddInput(a *idfAcc, t termRec) *idfAcc {
	a.N++
	a.Words += int64(t.Words)
	for _, x := range unpackTerms(t.Terms) { // distinct already
		a.DF[x]++
	}
	return a
}

func (idfFn) MergeAccumulators(a, b *idfAcc) *idfAcc {
	a.N += b.N
	a.Words += b.Words
	for k, n := range b.DF {
		a.DF[k] += n
	}
	return a
}

func (idfFn) ExtractOutput(a *idfAcc) ([]byte, error) { return encode(a) }

func encodeIDFAcc(a *idfAcc) ([]byte, error) { return encode(a) }

func decodeIDFAcc(b []byte) (*idfAcc, error) {
	a := &idfAcc{}
	if err := decode(b, a); err != nil {
		return nil, err
	}
	if a.DF == nil {
		a.DF = map[uint64]uint32{}
	}
	return a, nil
}

func init() {
	beam.RegisterCoder(reflect.TypeOf((*idfAcc)(nil)), encodeIDFAcc, decodeIDFAcc)
}

// corpusView is the decoded IDF side input: the IDF and whether the corpus
// is aligned pair by pair (engine.AllPairs).
type corpusView struct {
	idf      *rewrite.IDF
	allPairs bool
	docs     int
}

func viewOf(blob []byte, allPairsWork int) (*corpusView, error) {
	a, err := decodeIDFAcc(blob)
	if err != nil {
		return nil, err
	}
	return &corpusView{
		idf:      rewrite.NewIDFCounts(a.N, a.DF),
		allPairs: engine.AllPairs(detectOptions(allPairsWork), a.N, int(a.Words)),
		docs:     a.N,
	}, nil
}

// topTermsFn emits an article's rewrite-signal keys: its rarest terms
// under the corpus IDF (detect.Detector.TopTerms), unless the corpus is
// aligned pair by pair.
type topTermsFn struct {
	AllPairsWork int
	Shards       int

	d    *detect.Detector
	view *corpusView
}

func (f *topTermsFn) Setup() error {
	var err error
	f.d, err = detect.New(detectOptions(f.AllPairsWork))
	if err != nil {
		return fmt.Errorf("reprint-beam: %w", err)
	}
	return nil
}

func (f *topTermsFn) ProcessElement(ctx context.Context, t termRec, idf []byte, emitKeys func(int, keyBatch)) error {
	if f.view == nil {
		v, err := viewOf(idf, f.AllPairsWork)
		if err != nil {
			return err
		}
		f.view = v
	}
	if f.view.allPairs {
		return nil
	}
	var keys []string
	for _, x := range f.d.TopTerms(unpackTerms(t.Terms), f.view.idf) {
		keys = append(keys, sigKey(sigTerm, x))
	}
	shardKeys(ctx, member{Ord: t.Ord, ID: t.ID}, keys, f.Shards, emitKeys)
	return nil
}
