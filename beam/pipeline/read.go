package pipeline

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/reprint/reprint"
	"github.com/reprint/reprint/clean"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/ingest"
)

// readFn reads one input path with the engine's reading stage (ingest and
// the per-article cleaning layer) and emits its articles, its rejections
// and the corpus-layer counts of its articles. A remote object is read
// from a local copy in a temporary folder under TempDir (readRemote); a
// remote argument that gave no object is one rejection. A retried
// bundle's outputs replace the failed attempt's, so a path read twice by
// retries is counted once.
type readFn struct {
	MaxArticleBytes int64
	TempDir         string

	fss map[string]filesystem.Interface // by scheme, opened once a worker
}

// fileSystem returns the file system of the remote path name, opened on
// first use (a GCS client a worker, not one an object).
func (f *readFn) fileSystem(ctx context.Context, name string) (filesystem.Interface, error) {
	scheme := remoteScheme.FindStringSubmatch(name)[1]
	if fs, ok := f.fss[scheme]; ok {
		return fs, nil
	}
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return nil, err
	}
	if f.fss == nil {
		f.fss = map[string]filesystem.Interface{}
	}
	f.fss[scheme] = fs
	return fs, nil
}

// Teardown closes the file systems opened.
func (f *readFn) Teardown() error {
	var errs []error
	for _, fs := range f.fss {
		errs = append(errs, fs.Close())
	}
	f.fss = nil
	return errors.Join(errs...)
}

func (f *readFn) ProcessElement(ctx context.Context, in input, emitItem func(item), emitRej func(rejection), emitCounts func([]byte)) error {
	part := clean.NewCorpus(clean.CorpusOptions{})
	var seq int64
	emit := func(a *reprint.Article, r *reprint.Rejected) error {
		ord := in.Index<<ordArgShift | seq
		seq++
		if r != nil {
			emitRej(rejection{Ord: ord, Input: r.Input, Reason: r.Reason.String(), Detail: r.Detail})
			return nil
		}
		part.Add(a)
		blob, err := encode(toWire(a, true))
		if err != nil {
			return err
		}
		count(ctx, bytesRead, 8+2*len(a.ID)+len(a.Input)+len(blob))
		emitItem(item{Ord: ord, ID: a.ID, Input: a.Input, Global: globalID(a), Blob: blob})
		return nil
	}
	opts := ingest.Options{MaxArticleBytes: f.MaxArticleBytes}
	var err error
	switch {
	case in.Fail != "":
		err = emit(nil, &reprint.Rejected{Input: in.Path, Reason: reprint.SkipUnreadable, Detail: in.Fail})
	case Remote(in.Path):
		var fs filesystem.Interface
		if fs, err = f.fileSystem(ctx, in.Path); err == nil {
			err = readRemote(ctx, fs, opts, f.TempDir, in, emit)
		}
	default:
		_, _, err = engine.Read(ctx, opts, []string{in.Path}, nil, emit)
	}
	if err != nil {
		return fmt.Errorf("reading %s: %w", in.Path, err)
	}
	blob, err := encode(part.Counts())
	if err != nil {
		return err
	}
	emitCounts(blob)
	return nil
}

// globalID reports whether a's id is its WARC-Record-ID, as ingest's
// reader gives it: a WARC record without one has its file's id followed
// by its Input's "#offset" instead.
func globalID(a *reprint.Article) bool {
	if a.Format != reprint.FormatWARC {
		return false
	}
	i := strings.LastIndexByte(a.Input, '#')
	return i < 0 || !strings.HasSuffix(a.ID, a.Input[i:])
}

// uniqueIDFn gives each id to one article, as ingest does within one
// scan: of the items sharing an id (read under different arguments, or
// objects), the first in input order keeps it and a later one takes its
// Input as id; the same Input read again (a path given twice) or the same
// WARC record again (Global) is a duplicate-id rejection.
func uniqueIDFn(id string, items func(*item) bool, emitItem func(item), emitRej func(rejection)) {
	var all []item
	var it item
	for items(&it) {
		all = append(all, it)
	}
	slices.SortFunc(all, func(x, y item) int { return cmpOrd(x.Ord, y.Ord) })
	given := map[string]bool{}
	for i, it := range all {
		switch {
		case i == 0:
		case given[it.Input] || it.Input == all[0].Input || it.Global:
			emitRej(rejection{Ord: it.Ord, Input: it.Input, Reason: reprint.SkipDuplicateID.String(),
				Detail: fmt.Sprintf("id %q was already given to %s", id, all[0].Input)})
			continue
		default:
			it.ID = it.Input
		}
		given[it.Input] = true
		emitItem(it)
	}
}

func cmpOrd(x, y int64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// countsAcc accumulates the corpus-layer counts of the articles read.
type countsAcc struct {
	c *clean.Corpus
}

// countsFn merges the readers' corpus counts into one Corpus; its output
// is the merged counts, gob-encoded, for the apply stage's side input.
type countsFn struct{}

func (countsFn) CreateAccumulator() *countsAcc {
	return &countsAcc{c: clean.NewCorpus(clean.CorpusOptions{})}
}

func (countsFn) AddInput(a *countsAcc, blob []byte) (*countsAcc, error) {
	var cc clean.CorpusCounts
	if err := decode(blob, &cc); err != nil {
		return nil, err
	}
	a.c.Merge(&cc)
	return a, nil
}

func (countsFn) MergeAccumulators(a, b *countsAcc) *countsAcc {
	a.c.Merge(b.c.Counts())
	return a
}

func (countsFn) ExtractOutput(a *countsAcc) ([]byte, error) { return encode(a.c.Counts()) }

func encodeCountsAcc(a *countsAcc) ([]byte, error) { return encode(a.c.Counts()) }

func decodeCountsAcc(b []byte) (*countsAcc, error) {
	var cc clean.CorpusCounts
	if err := decode(b, &cc); err != nil {
		return nil, err
	}
	a := &countsAcc{c: clean.NewCorpus(clean.CorpusOptions{})}
	a.c.Merge(&cc)
	return a, nil
}

func init() {
	beam.RegisterCoder(reflect.TypeOf((*countsAcc)(nil)), encodeCountsAcc, decodeCountsAcc)
}
