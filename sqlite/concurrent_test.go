package sqlite_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
)

// TestPostingsDuringMerge: lookups running while an add writes and merges
// segments never read a segment that was unmapped under them (found by
// the server's load test: a check beside an add died of SIGSEGV in
// postings.Segment.Lookup).
func TestPostingsDuringMerge(t *testing.T) {
	st, _ := newStore(t)
	ctx := context.Background()
	keys := make([]uint64, 20000)
	for i := range keys {
		keys[i] = uint64(i+1) << 8
	}
	var stop atomic.Bool
	var wg sync.WaitGroup
	var lookups atomic.Int64
	for range 6 {
		wg.Go(func() {
			for !stop.Load() {
				if err := st.Postings(ctx, keys, 1000, func(uint64, []int64, bool) {}); err != nil {
					t.Error(err)
					return
				}
				lookups.Add(1)
			}
		})
	}
	for i := range 200 {
		put(t, st, fmt.Sprintf("a%d", i), "some words here", keys[i*50:i*50+5000], nil)
		if i%3 == 2 {
			if err := st.Settle(ctx); err != nil {
				t.Fatal(err)
			}
		}
	}
	stop.Store(true)
	wg.Wait()
	if lookups.Load() == 0 {
		t.Fatal("no lookup ran")
	}
}
