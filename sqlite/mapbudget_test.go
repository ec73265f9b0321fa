package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/reprint/reprint/engine"
)

// TestMapBudget: segments are mapped whole while they fit in mapBudget and
// read otherwise, the budget is given back when a merge retires them, and
// lookups answer the same either way.
func TestMapBudget(t *testing.T) {
	ctx := context.Background()
	defer func(b int64) { mapBudget = b }(mapBudget)
	lookup := func(st *Store) map[uint64][]int64 {
		got := map[uint64][]int64{}
		keys := make([]uint64, 300)
		for i := range keys {
			keys[i] = uint64(i)
		}
		if err := st.Postings(ctx, keys, 100, func(k uint64, seqs []int64, _ bool) { got[k] = slices.Clone(seqs) }); err != nil {
			t.Fatal(err)
		}
		return got
	}
	var want map[uint64][]int64
	for _, budget := range []int64{0, 3000, 1 << 30} {
		mapBudget = budget
		dir := filepath.Join(t.TempDir(), "a")
		st, err := Open(ctx, dir, Options{Create: true})
		if err != nil {
			t.Fatal(err)
		}
		for i := range 12 { // one segment each, merged as they accumulate
			keys := make([]uint64, 0, 40)
			for k := range 40 {
				keys = append(keys, uint64((i*7+k*13)%300))
			}
			slices.Sort(keys)
			keys = slices.Compact(keys)
			if err := st.Update(ctx, func(tx engine.Tx) error {
				_, err := tx.Put(&engine.Record{ID: fmt.Sprint(i), Text: "x", Words: 1}, keys, nil)
				return err
			}); err != nil {
				t.Fatal(err)
			}
			got := lookup(st)
			set := &st.segs
			set.mu.Lock()
			var mapped, read, open int64
			for _, seg := range set.open {
				open++
				if seg.Mapped() {
					mapped += seg.Size()
				} else {
					read++
				}
			}
			sum := set.mapped
			set.mu.Unlock()
			if sum != mapped || mapped > budget {
				t.Fatalf("budget %d, after %d adds: %d bytes mapped, counted %d", budget, i+1, mapped, sum)
			}
			if budget == 0 && read != open || budget == 1<<30 && read != 0 {
				t.Errorf("budget %d: %d of %d segments read, not mapped", budget, read, open)
			}
			if i == 11 {
				if want == nil {
					want = got
				} else if fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("budget %d: lookups differ", budget)
				}
			}
		}
		st.Close()
		if st.segs.mapped != 0 {
			t.Errorf("budget %d: %d bytes still counted mapped after Close", budget, st.segs.mapped)
		}
	}
}
