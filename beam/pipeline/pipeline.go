package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local paths for the report
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"
)

// Options configure the pipeline.
type Options struct {
	// Inputs are the paths to read, as scan takes them (files or folders
	// of text, HTML, WARC, JSONL), local or, with a scheme, read through
	// Beam's file systems (remote.go: "gs://bucket/crawl/" for every object
	// under a prefix, "gs://bucket/crawl/*.warc.gz" for a glob, or one
	// object). Each local path and each object is read by one DoFn call:
	// give many (a crawl's WARC files) to read in parallel. A local path
	// that does not exist is an error of Build; a remote input that gives
	// nothing to read (an unknown scheme, a glob that matches nothing) is a
	// rejection in the report.
	Inputs []string
	// TempDir is where a worker copies a remote object to read it ("":
	// the system's temporary folder); each copy is removed once read.
	TempDir string
	// Output is the path of the reprint.scan JSON document.
	Output string
	// MaxArticleBytes: see ingest.Options (0: its default).
	MaxArticleBytes int64
	// AllPairsWork: see detect.Options (0: its default; negative: always
	// search for candidates).
	AllPairsWork int
	// Rounds of label propagation unrolled (0: DefaultRounds).
	Rounds int
	// Shards is how many keys the candidate keys and the votes (by the
	// pair's first article) are grouped under (0: DefaultShards); see
	// shardOf.
	Shards int
	// SpreadAlign puts a Reshuffle of the candidate pairs, each with both
	// texts, in front of the aligners, for cluster runners (Dataflow,
	// Flink, Spark): the aligners are most of the pipeline's CPU, and
	// without the Reshuffle they run fused to the join by the second
	// article's id, every candidate pair of an article on the worker that
	// joined them. Off by default: Prism runs every stage in one process
	// and gains nothing, and it sends a stage's whole input to its worker
	// as one gRPC message, which the pairs with both texts exceed on large
	// corpora (3.05 GB on pan13-train, over gRPC's 2 GiB).
	SpreadAlign bool
	// PairsJSONL and StoriesJSONL, if set, are files to write the related
	// pairs and the stories of two or more articles to, one JSON object a
	// line (jsonlPair, jsonlStory), in no particular order: for runs whose
	// report is too large for one worker to assemble.
	PairsJSONL, StoriesJSONL string

	// faults inject failures, for tests.
	faults faults
}

// faults are the failures a test injects: see alignFn.
type faults struct {
	failOnce string
	twice    bool
}

// Build adds the pipeline to s: read and clean each input → corpus
// layer → analyse → candidate keys → group by key, with detect's caps →
// votes per pair → candidate pairs → join texts → align and judge →
// connected components → provenance per story → the report. It lists the
// remote inputs' objects (under ctx), so that each is read by a worker of
// its own and the report keeps a local read's order.
func Build(ctx context.Context, s beam.Scope, opts Options) error {
	if len(opts.Inputs) == 0 {
		return errors.New("reprint-beam: no input")
	}
	var ins []input
	for _, p := range opts.Inputs {
		if Remote(p) {
			ins = append(ins, expandRemote(ctx, p)...)
			continue
		}
		// As scan: a path that does not exist is a mistake in the command,
		// refused before any work; what cannot be read inside a folder is
		// a rejection in the report.
		if _, err := os.Stat(p); err != nil {
			return fmt.Errorf("reprint-beam: input %w", err)
		}
		ins = append(ins, input{Path: p})
	}
	if len(ins) >= 1<<(63-ordArgShift) {
		return fmt.Errorf("reprint-beam: %d files and objects to read, more than the %d an Ord can number", len(ins), 1<<(63-ordArgShift))
	}
	for i := range ins {
		ins[i].Index = int64(i)
	}
	if opts.Output == "" {
		return errors.New("reprint-beam: no output")
	}
	if opts.Rounds <= 0 {
		opts.Rounds = DefaultRounds
	}
	if opts.Shards <= 0 {
		opts.Shards = DefaultShards
	}
	apw, shards := opts.AllPairsWork, opts.Shards

	read := s.Scope("read")
	items, rejs, counts := beam.ParDo3(read, &readFn{MaxArticleBytes: opts.MaxArticleBytes, TempDir: opts.TempDir}, beam.CreateList(read, ins))
	byID := beam.GroupByKey(read, beam.ParDo(read, keyItem, items))
	items, dups := beam.ParDo2(read, uniqueIDFn, byID)
	rejs = beam.Flatten(read, rejs, dups)

	an := s.Scope("analyse")
	corpus := beam.Combine(an, &countsFn{}, counts)
	outs := beam.ParDoN(an, &analyzeFn{AllPairsWork: apw, Shards: shards}, items, beam.SideInput{Input: corpus})
	docs, sigKeys, terms, arts, members := outs[0], outs[1], outs[2], outs[3], outs[4]
	idf := beam.Combine(an, &idfFn{}, terms)

	cs := s.Scope("candidates")
	termKeys := beam.ParDo(cs, &topTermsFn{AllPairsWork: apw, Shards: shards}, terms, beam.SideInput{Input: idf})
	groups := beam.GroupByKey(cs, beam.Flatten(cs, sigKeys, termKeys))
	postings, capCounts := beam.ParDo2(cs, &keyGroupFn{AllPairsWork: apw, Shards: shards}, groups, beam.SideInput{Input: idf})
	byVotes, candCounts := beam.ParDo2(cs, &postingsFn{AllPairsWork: apw}, beam.GroupByKey(cs, postings))
	every, allCounts := beam.ParDo2(cs, &allPairsFn{AllPairsWork: apw}, beam.Impulse(cs),
		beam.SideInput{Input: idf}, beam.SideInput{Input: members})
	cands := beam.Flatten(cs, byVotes, every)

	al := s.Scope("align")
	texts := beam.ParDo(al, textFn, docs)
	halves := beam.ParDo(al, halfFn, beam.CoGroupByKey(al, texts, beam.ParDo(al, candByFirst, cands)))
	// Fused to the join, the aligners are spread by the second article's
	// id; with SpreadAlign a Reshuffle spreads them pair by pair.
	jobs := beam.ParDo(al, &fullFn{Spread: opts.SpreadAlign}, beam.CoGroupByKey(al, texts, halves))
	if opts.SpreadAlign {
		jobs = beam.Reshuffle(al, jobs)
	}
	rels, pairCounts := beam.ParDo2(al, &alignFn{AllPairsWork: apw, FailOnce: opts.faults.failOnce, Twice: opts.faults.twice},
		jobs, beam.SideInput{Input: idf})
	rels = beam.ParDo(al, onceFn, beam.GroupByKey(al, beam.ParDo(al, keyPair, rels)))

	labels := components(s, rels, opts.Rounds)

	jd := s.Scope("judge")
	relsByLabel := beam.ParDo(jd, labelRelFn, beam.CoGroupByKey(jd, labels, beam.ParDo(jd, keyRelated, rels)))
	docsByLabel := beam.ParDo(jd, labelDocFn, beam.CoGroupByKey(jd, labels, docs))
	stories, pairs := beam.ParDo2(jd, &judgeFn{AllPairsWork: apw}, beam.CoGroupByKey(jd, relsByLabel, docsByLabel))

	wr := s.Scope("write")
	if opts.PairsJSONL != "" {
		textio.Write(wr, opts.PairsJSONL, beam.ParDo(wr, pairLine, pairs))
	}
	if opts.StoriesJSONL != "" {
		textio.Write(wr, opts.StoriesJSONL, beam.ParDo(wr, storyLine, stories))
	}
	totals := stats.SumPerKey(wr, beam.Flatten(wr, capCounts, candCounts, allCounts, pairCounts))
	beam.ParDo0(wr, &writeFn{Output: opts.Output}, beam.Impulse(wr),
		beam.SideInput{Input: arts}, beam.SideInput{Input: rejs}, beam.SideInput{Input: stories},
		beam.SideInput{Input: pairs}, beam.SideInput{Input: totals})
	return nil
}

// keyItem keys an item by its id.
func keyItem(it item) (string, item) { return it.ID, it }

// keyRelated keys a related pair by its first id.
func keyRelated(r related) (string, related) { return r.A, r }

func init() {
	for _, t := range []any{input{}, item{}, rejection{}, doc{}, member{}, keyBatch{}, termRec{}, text{}, half{}, job{},
		related{}, labelMerge{}, articleOut{}, storyOut{}, pairOut{}, votes{}} {
		beam.RegisterType(reflect.TypeOf(t))
	}

	register.DoFn5x1[context.Context, input, func(item), func(rejection), func([]byte), error](&readFn{})
	register.Function1x2[item, string, item](keyItem)
	register.Function4x0[string, func(*item) bool, func(item), func(rejection)](uniqueIDFn)
	register.Combiner2[*countsAcc, []byte](&countsFn{})
	register.DoFn8x1[context.Context, item, []byte, func(string, doc), func(int, keyBatch), func(termRec), func(articleOut), func(member), error](&analyzeFn{})
	register.Combiner3[*idfAcc, termRec, []byte](&idfFn{})
	register.DoFn4x1[context.Context, termRec, []byte, func(int, keyBatch), error](&topTermsFn{})
	register.DoFn6x1[context.Context, int, func(*keyBatch) bool, []byte, func(int, []byte), func(string, int), error](&keyGroupFn{})
	register.DoFn4x1[int, func(*[]byte) bool, func(string), func(string, int), error](&postingsFn{})
	register.DoFn5x1[[]byte, []byte, func(*member) bool, func(string), func(string, int), error](&allPairsFn{})
	register.Function2x1[string, func(string, string), error](candByFirst)
	register.Function3x3[context.Context, string, doc, string, text, error](textFn)
	register.Function5x1[context.Context, string, func(*text) bool, func(*string) bool, func(string, half), error](halfFn)
	register.DoFn5x1[context.Context, string, func(*text) bool, func(*half) bool, func(job), error](&fullFn{})
	register.DoFn5x1[context.Context, job, []byte, func(related), func(string, int), error](&alignFn{})
	register.Function1x2[related, string, related](keyPair)
	register.Function3x0[string, func(*related) bool, func(related)](onceFn)
	register.Function2x0[related, func(string, string)](adjFn)
	register.Function2x2[string, string, string, string](selfLabelFn)
	register.Function2x1[string, string, string](minString)
	register.Function4x0[string, func(*string) bool, func(*string) bool, func(string, string)](sendFn)
	register.Function4x0[string, func(*string) bool, func(string, string), func(labelMerge)](leastFn)
	register.Function3x1[[]byte, func(*labelMerge) bool, func([]byte), error](unionFn)
	register.DoFn4x1[string, string, []byte, func(string, string), error](&finalLabelFn{})
	register.Function1x2[related, string, related](keyRelated)
	register.Function4x0[string, func(*string) bool, func(*related) bool, func(string, related)](labelRelFn)
	register.Function4x0[string, func(*string) bool, func(*doc) bool, func(string, doc)](labelDocFn)
	register.DoFn6x1[context.Context, string, func(*related) bool, func(*doc) bool, func(storyOut), func(pairOut), error](&judgeFn{})
	register.DoFn7x1[context.Context, []byte, func(*articleOut) bool, func(*rejection) bool, func(*storyOut) bool, func(*pairOut) bool, func(*string, *int) bool, error](&writeFn{})

	register.Function1x2[pairOut, string, error](pairLine)
	register.Function1x2[storyOut, string, error](storyLine)
	register.Emitter1[item]()
	register.Emitter1[rejection]()
	register.Emitter1[[]byte]()
	register.Emitter1[termRec]()
	register.Emitter1[articleOut]()
	register.Emitter1[member]()
	register.Emitter1[string]()
	register.Emitter1[job]()
	register.Emitter1[related]()
	register.Emitter1[labelMerge]()
	register.Emitter1[storyOut]()
	register.Emitter1[pairOut]()
	register.Emitter2[string, doc]()
	register.Emitter2[int, keyBatch]()
	register.Emitter2[int, []byte]()
	register.Iter1[[]byte]()
	register.Emitter2[string, int]()
	register.Emitter2[string, half]()
	register.Emitter2[string, string]()
	register.Emitter2[string, related]()
	register.Iter1[item]()
	register.Iter1[member]()
	register.Iter1[keyBatch]()
	register.Iter1[doc]()
	register.Iter1[string]()
	register.Iter1[half]()
	register.Iter1[text]()
	register.Iter1[related]()
	register.Iter1[labelMerge]()
	register.Iter1[articleOut]()
	register.Iter1[rejection]()
	register.Iter1[storyOut]()
	register.Iter1[pairOut]()
	register.Iter2[string, int]()
}
