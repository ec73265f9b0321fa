package pipeline

import (
	"context"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
)

// Shuffle volume
//
// Each stage that feeds a GroupByKey or CoGroupByKey counts the bytes it
// emits (the element's strings and byte slices, plus 8 per integer), as
// Beam counters in namespace "reprint": what a run shuffles per article,
// stage by stage (reprint-beam --metrics prints them). The runner's own
// encoding adds a few bytes of framing per element.
var (
	bytesRead   = beam.NewCounter("reprint", "shuffle_bytes_read")   // articles by id (unique ids)
	bytesDocs   = beam.NewCounter("reprint", "shuffle_bytes_docs")   // analysed docs, joined to their stories
	bytesTexts  = beam.NewCounter("reprint", "shuffle_bytes_texts")  // texts by id, joined twice to the candidate pairs
	bytesKeys   = beam.NewCounter("reprint", "shuffle_bytes_keys")   // (candidate key, article)
	bytesVotes  = beam.NewCounter("reprint", "shuffle_bytes_votes")  // postings: votes, by the pair's first article
	bytesHalves = beam.NewCounter("reprint", "shuffle_bytes_halves") // candidate pairs with the first text
	bytesJobs   = beam.NewCounter("reprint", "shuffle_bytes_jobs")   // candidate pairs with both texts (Options.SpreadAlign only)
	bytesPairs  = beam.NewCounter("reprint", "shuffle_bytes_pairs")  // related pairs
)

// pairsPerJoin is the distribution of candidate pairs per article they
// join by its id (the pair's second article): without
// Options.SpreadAlign, the pairs one worker aligns in one go, so its
// maximum is the largest unit of the aligners' work a cluster cannot
// split.
var pairsPerJoin = beam.NewDistribution("reprint", "pairs_per_join")

func count(ctx context.Context, c beam.Counter, n int) { c.Inc(ctx, int64(n)) }
