// Package storetest is the conformance suite of engine.Store: every
// backend (sqlite, postgres) runs it from its tests, so that they keep the
// same contract — records and ids byte for byte, transactions all or
// nothing, posting lists ascending, capped and never showing a removed
// article, document frequencies and counts kept exact, pairs replaced and
// ordered, one writer at a time with readers beside it, and archives of
// another format refused.
//
// A backend hands Run a Backend: how to name a new archive, how to open
// one, and how to overwrite a value of its meta table (to test format
// refusal):
//
//	func TestConformance(t *testing.T) {
//		storetest.Run(t, storetest.Backend{New: …, Open: …, SetMeta: …})
//	}
//
// The suite checks what engine/store.go documents and nothing a backend
// may choose: when exactly a list longer than its cap is dropped (at the
// append that overflows it, or later), or how many postings a capped list
// still stores.
package storetest

import (
	"context"
	"testing"

	"github.com/reprint/reprint/engine"
)

// Options are the options every backend's Open takes.
type Options struct {
	ReadOnly bool
	Create   bool
	// MaxList is the posting cap (nil: engine.PostingCap).
	MaxList func(key uint64) int
	// AnyKeys opens an archive whatever its key version.
	AnyKeys bool
}

// Backend is a store implementation under test.
type Backend struct {
	// New returns the location of a new archive with nothing made there
	// yet (a folder path; an empty database's URL).
	New func(tb testing.TB) string
	// Open opens the archive at loc.
	Open func(ctx context.Context, loc string, opts Options) (engine.Store, error)
	// SetMeta overwrites (or adds) a value of the archive's meta table,
	// such as "format" or "keys", while no store has it open.
	SetMeta func(t *testing.T, loc, key, value string)
	// Known names subtests the backend is known to fail, each with the
	// bug's description: they are skipped with it, so that a reported bug
	// keeps the suite usable until it is fixed. Not a place for behaviour
	// the contract allows: fix the suite instead.
	Known map[string]string
}

// Run runs the conformance suite as subtests of t.
func Run(t *testing.T, b Backend) {
	for _, tc := range []struct {
		name string
		fn   func(*testing.T, Backend)
	}{
		{"PutLookupGet", testPutLookupGet},
		{"IDs", testIDs},
		{"AllOrNothing", testAllOrNothing},
		{"DuplicateID", testDuplicateID},
		{"Pending", testPending},
		{"Postings", testPostings},
		{"Capped", testCapped},
		{"CappedInOneTransaction", testCappedInOneTransaction},
		{"CountPostingsCapped", testCountPostingsCapped},
		{"DF", testDF},
		{"DFCache", testDFCache},
		{"Remove", testRemove},
		{"ReplaceInOneTransaction", testReplaceInOneTransaction},
		{"PutRemoveInOneTransaction", testPutRemoveInOneTransaction},
		{"Pairs", testPairs},
		{"Articles", testArticles},
		{"Stats", testStats},
		{"ChangeLog", testChangeLog},
		{"Reopen", testReopen},
		{"ReadOnly", testReadOnly},
		{"OneWriter", testOneWriter},
		{"ConcurrentReaders", testConcurrentReaders},
		{"NoArchive", testNoArchive},
		{"Format", testFormat},
		{"UpgradeKeys", testUpgradeKeys},
		{"Cancelled", testCancelled},
		{"Archive", testArchive},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if why, ok := b.Known[tc.name]; ok {
				t.Skipf("known bug: %s", why)
			}
			tc.fn(t, b)
		})
	}
}
