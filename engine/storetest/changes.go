package storetest

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/judge"
)

// touched reads the changes logged after mark and returns the articles
// they name (each once, ascending: removed true if any entry removed it)
// and the log's new mark.
func touched(t *testing.T, cl engine.ChangeLog, mark int64) (map[int64]bool, int64) {
	t.Helper()
	cs, next, err := cl.Changes(t.Context(), mark)
	if err != nil {
		t.Fatalf("Changes(%d) = %v", mark, err)
	}
	if len(cs) == 0 && next != mark {
		t.Errorf("Changes(%d) logged nothing and moved the mark to %d", mark, next)
	}
	if len(cs) > 0 && next <= mark {
		t.Errorf("Changes(%d) logged %d changes and left the mark at %d", mark, len(cs), next)
	}
	out := map[int64]bool{}
	for _, c := range cs {
		out[c.Seq] = out[c.Seq] || c.Removed
	}
	return out, next
}

// testChangeLog: every commit logs the articles it put, removed,
// completed or gave a pair (its later article), after any earlier mark;
// a transaction rolled back logs nothing; the log reads the same from
// another store opened for reading, and after reopening.
func testChangeLog(t *testing.T, b Backend) {
	ctx := t.Context()
	st, loc := open(t, b, nil)
	cl, ok := st.(engine.ChangeLog)
	if !ok {
		t.Fatalf("%T does not implement engine.ChangeLog", st)
	}
	m0, err := cl.Mark(ctx)
	if err != nil {
		t.Fatalf("Mark = %v", err)
	}
	if got, m := touched(t, cl, m0); len(got) != 0 || m != m0 {
		t.Errorf("Changes(Mark) on a new archive = %v, %d; want none, %d", got, m, m0)
	}

	s := put(t, st, []*engine.Record{record("a", "text of a"), record("b", "text of b"), record("c", "text of c")}, nil, nil)
	got, m1 := touched(t, cl, m0)
	if want := map[int64]bool{s[0]: false, s[1]: false, s[2]: false}; !cmp.Equal(got, want) {
		t.Errorf("after putting a, b, c: touched %v; want %v", got, want)
	}
	if mark, err := cl.Mark(ctx); err != nil || mark != m1 {
		t.Errorf("Mark = %d, %v; want %d as Changes said", mark, err, m1)
	}

	// Completing c with pairs to a and b names all three.
	update(t, st, func(tx engine.Tx) error {
		for _, a := range s[:2] {
			if err := tx.PutPair(engine.PairRecord{A: a, B: s[2], Pair: pair(judge.Copy, 0.5)}); err != nil {
				return err
			}
		}
		return tx.Done(s[2])
	})
	got, m2 := touched(t, cl, m1)
	if want := map[int64]bool{s[0]: false, s[1]: false, s[2]: false}; !cmp.Equal(got, want) {
		t.Errorf("after completing c with pairs to a and b: touched %v; want %v", got, want)
	}

	// A write that fails logs nothing.
	boom := errors.New("boom")
	err = st.Update(ctx, func(tx engine.Tx) error {
		if _, err := tx.Put(record("d", "text of d"), nil, nil); err != nil {
			return err
		}
		if err := tx.Remove(s[0], nil, nil); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Update = %v; want %v", err, boom)
	}
	if got, m := touched(t, cl, m2); len(got) != 0 || m != m2 {
		t.Errorf("after a write rolled back: touched %v, mark %d; want none, %d", got, m, m2)
	}

	// Removing b and replacing a in one transaction: b and old a removed,
	// new a put.
	var a2 int64
	update(t, st, func(tx engine.Tx) error {
		if err := tx.Remove(s[1], nil, nil); err != nil {
			return err
		}
		if err := tx.Remove(s[0], nil, nil); err != nil {
			return err
		}
		a2, err = tx.Put(record("a", "new text of a"), nil, nil)
		return err
	})
	got, m3 := touched(t, cl, m2)
	if want := map[int64]bool{s[0]: true, s[1]: true, a2: false}; !cmp.Equal(got, want) {
		t.Errorf("after removing b and replacing a: touched %v; want %v", got, want)
	}
	// A change after a mark is after it, however the marks were read.
	if got, _ := touched(t, cl, m0); len(got) != 4 || !got[s[0]] || !got[s[1]] || got[s[2]] || got[a2] {
		t.Errorf("everything since the first mark: touched %v; want a, b removed, c, new a not", got)
	}

	r := mustOpen(t, b, loc, Options{ReadOnly: true})
	rl, ok := r.(engine.ChangeLog)
	if !ok {
		t.Fatalf("%T opened for reading does not implement engine.ChangeLog", r)
	}
	if mark, err := rl.Mark(ctx); err != nil || mark != m3 {
		t.Errorf("Mark of the same archive opened for reading = %d, %v; want %d", mark, err, m3)
	}
	if got2, _ := touched(t, rl, m2); !cmp.Equal(got2, got) {
		t.Errorf("Changes(%d) opened for reading = %v; want %v", m2, got2, got)
	}
	r.Close()
	if err := st.Close(); err != nil {
		t.Fatalf("Close = %v", err)
	}
	w := mustOpen(t, b, loc, Options{})
	wl := w.(engine.ChangeLog)
	if mark, err := wl.Mark(ctx); err != nil || mark != m3 {
		t.Errorf("Mark after reopening = %d, %v; want %d", mark, err, m3)
	}
	d := put1(t, w, "d", nil, nil)
	if got, _ := touched(t, wl, m3); !cmp.Equal(got, map[int64]bool{d: false}) {
		t.Errorf("after reopening and putting d: touched %v; want d (#%d)", got, d)
	}
}
