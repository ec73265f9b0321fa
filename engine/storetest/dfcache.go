package storetest

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"testing"

	"github.com/reprint/reprint/engine"
)

// testDFCache: the document frequencies DF returns are the archive's
// after every kind of commit — adds, removals, an article replaced in one
// transaction, and a Settler's rearranging (sqlite's merges of segments) —
// whether the commit was the store's own (which carries a cache of counts
// forward) or another store's on the same archive (which must start it
// again: a reader opened beside the writer sees every commit), and
// whether a term was read before (cached) or not.
func testDFCache(t *testing.T, b Backend) {
	ctx := t.Context()
	w, loc := open(t, b, nil)
	r := mustOpen(t, b, loc, Options{ReadOnly: true})

	rng := rand.New(rand.NewPCG(1, 2))
	type art struct {
		seq   int64
		terms []uint64
	}
	var live []art
	truth := map[uint64]uint32{}
	randTerms := func() []uint64 {
		set := map[uint64]bool{}
		for range 1 + rng.IntN(12) {
			set[uint64(1+rng.IntN(40))] = true
		}
		var ts []uint64
		for t := range maps.Keys(set) {
			ts = append(ts, t)
		}
		return ts
	}
	keysOf := func(terms []uint64) []uint64 {
		var k []uint64
		for _, t := range terms {
			k = append(k, 1000+t)
		}
		return k
	}
	check := func(step string) {
		t.Helper()
		ask := make([]uint64, 0, 45)
		for term := range uint64(45) { // 0 and 41–44 are in no article
			if rng.IntN(3) > 0 {
				ask = append(ask, term)
			}
		}
		for name, st := range map[string]engine.Store{"writer": w, "reader": r} {
			df, docs, err := st.DF(ctx, ask)
			if err != nil {
				t.Fatal(err)
			}
			if docs != len(live) {
				t.Errorf("%s, %s: docs %d, want %d", step, name, docs, len(live))
			}
			want := map[uint64]uint32{}
			for _, term := range ask {
				if n := truth[term]; n > 0 {
					want[term] = n
				}
			}
			if !maps.Equal(df, want) {
				t.Fatalf("%s, %s: df %v, want %v", step, name, df, want)
			}
		}
	}
	for i := range 120 {
		var step string
		switch op := rng.IntN(10); {
		case op < 6 || len(live) < 3: // add one or a few
			n := 1 + rng.IntN(3)
			err := w.Update(ctx, func(tx engine.Tx) error {
				for j := range n {
					terms := randTerms()
					seq, err := tx.Put(&engine.Record{ID: fmt.Sprintf("a%d-%d", i, j), Text: "x", Words: 1}, keysOf(terms), terms)
					if err != nil {
						return err
					}
					live = append(live, art{seq, terms})
					for _, t := range terms {
						truth[t]++
					}
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			step = fmt.Sprintf("step %d: add %d", i, n)
		case op < 8: // remove one
			k := rng.IntN(len(live))
			a := live[k]
			if err := w.Update(ctx, func(tx engine.Tx) error { return tx.Remove(a.seq, keysOf(a.terms), a.terms) }); err != nil {
				t.Fatal(err)
			}
			live = append(live[:k], live[k+1:]...)
			for _, t := range a.terms {
				truth[t]--
			}
			step = fmt.Sprintf("step %d: remove", i)
		default: // replace one: its removal and a new version in one transaction
			k := rng.IntN(len(live))
			a := live[k]
			terms := randTerms()
			err := w.Update(ctx, func(tx engine.Tx) error {
				if err := tx.Remove(a.seq, keysOf(a.terms), a.terms); err != nil {
					return err
				}
				seq, err := tx.Put(&engine.Record{ID: fmt.Sprintf("r%d", i), Text: "y", Words: 1}, keysOf(terms), terms)
				live[k] = art{seq, terms}
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			for _, t := range a.terms {
				truth[t]--
			}
			for _, t := range terms {
				truth[t]++
			}
			step = fmt.Sprintf("step %d: replace", i)
		}
		check(step)
		if s, ok := w.(engine.Settler); ok && i%17 == 0 {
			if err := s.Settle(ctx); err != nil {
				t.Fatal(err)
			}
			check(step + ", settled")
		}
	}
	all, docs, err := r.AllDF(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := map[uint64]uint32{}
	for term, n := range truth {
		if n > 0 {
			want[term] = n
		}
	}
	if docs != len(live) || !maps.Equal(all, want) {
		t.Errorf("AllDF at the end: %d docs, %v; want %d, %v", docs, all, len(live), want)
	}
}
