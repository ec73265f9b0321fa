package pipeline

import (
	"context"
	"fmt"

	"github.com/reprint/reprint/detect"
)

// Counter names: what the writer adds up for the report's stats.
const (
	countCandidates     = "candidates"
	countCappedBuckets  = "capped_buckets"
	countCappedPostings = "capped_postings"
	countCappedPairs    = "capped_pairs"
)

// keyGroupFn turns one key's group of articles into pair votes, as
// detect.Run counts them: a group larger than its signal's cap (copies of
// one token stream over detect.MaxSameDocs, a fingerprint, content-word
// pair or term over MaxPostingDocs) is skipped and counted; otherwise every
// pair of the group, first in input order, gets one vote of the key's
// signal.
type keyGroupFn struct {
	AllPairsWork int

	maxDocs int
	view    *corpusView
}

func (f *keyGroupFn) Setup() error {
	o := detectOptions(f.AllPairsWork)
	o.SetDefaults()
	f.maxDocs = o.MaxPostingDocs
	return nil
}

func (f *keyGroupFn) ProcessElement(ctx context.Context, key string, members func(*member) bool, idf []byte,
	emitVote func(string, int), emitCount func(string, int)) error {
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
	var ms []member
	var m member
	for members(&m) {
		ms = append(ms, m)
	}
	if len(ms) < 2 {
		return nil
	}
	sig := key[0]
	if sig == sigSame {
		if len(ms) > detect.MaxSameDocs {
			emitCount(countCappedBuckets, 1)
			return nil
		}
	} else if len(ms) > f.maxDocs {
		emitCount(countCappedPostings, 1)
		return nil
	}
	sortMembers(ms)
	for x := range ms {
		for y := x + 1; y < len(ms); y++ {
			k := pairKey(ms[x].ID, ms[y].ID)
			count(ctx, bytesVotes, len(k)+8)
			emitVote(k, int(sig))
		}
	}
	return nil
}

// votes are what one pair shares, per signal.
type votes struct {
	Same, Fingerprints, Bags, Terms int
}

// votesFn counts a pair's votes per signal.
type votesFn struct{}

func (votesFn) CreateAccumulator() votes { return votes{} }

func (votesFn) AddInput(v votes, sig int) votes {
	switch sig {
	case sigSame:
		v.Same++
	case sigFP:
		v.Fingerprints++
	case sigBag:
		v.Bags++
	case sigTerm:
		v.Terms++
	}
	return v
}

func (votesFn) MergeAccumulators(a, b votes) votes {
	return votes{a.Same + b.Same, a.Fingerprints + b.Fingerprints, a.Bags + b.Bags, a.Terms + b.Terms}
}

// candidateFn keeps the pairs whose votes make a candidate under detect's
// thresholds (detect.Detector.Candidate) and pass its vote pre-filter
// (Promising), as detect.Run does.
type candidateFn struct {
	AllPairsWork int

	d *detect.Detector
}

func (f *candidateFn) Setup() error {
	var err error
	f.d, err = detect.New(detectOptions(f.AllPairsWork))
	if err != nil {
		return fmt.Errorf("reprint-beam: %w", err)
	}
	return nil
}

func (f *candidateFn) ProcessElement(key string, v votes, emit func(string), emitCount func(string, int)) {
	dv := detect.Votes{Same: v.Same, Fingerprints: v.Fingerprints, Bags: v.Bags, Terms: v.Terms}
	if f.d.Candidate(dv) && f.d.Promising(dv) {
		emitCount(countCandidates, 1)
		emit(key)
	}
}

// allPairsFn, on one worker, emits every pair of the corpus when it is
// small enough to be aligned pair by pair (engine.AllPairs), as detect.Run
// does; otherwise nothing.
type allPairsFn struct {
	AllPairsWork int
}

func (f *allPairsFn) ProcessElement(_ []byte, idf []byte, members func(*member) bool,
	emit func(string), emitCount func(string, int)) error {
	v, err := viewOf(idf, f.AllPairsWork)
	if err != nil {
		return err
	}
	if !v.allPairs {
		return nil
	}
	var ms []member
	var m member
	for members(&m) {
		ms = append(ms, m)
	}
	sortMembers(ms)
	n := 0
	for x := range ms {
		for y := x + 1; y < len(ms); y++ {
			emit(pairKey(ms[x].ID, ms[y].ID))
			n++
		}
	}
	emitCount(countCandidates, n)
	return nil
}
