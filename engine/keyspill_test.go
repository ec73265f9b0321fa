package engine

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/reprint/reprint/detect"
)

// TestKeySpill: keys read back as written, an article not spilled (pending
// from an earlier add) reads as nil, and the file is gone after close.
func TestKeySpill(t *testing.T) {
	dir := t.TempDir()
	s, err := newKeySpill(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := map[int64]detect.Keys{
		3:  {Words: 7, Sum: 1<<63 + 5, Fingerprints: []uint64{1, 1 << 40}, Bags: []uint64{}, Terms: []uint64{^uint64(0)}},
		4:  {Fingerprints: []uint64{}, Bags: []uint64{9}, Terms: []uint64{}},
		10: {Words: 1, Sum: 2, Fingerprints: []uint64{5}, Bags: []uint64{6}, Terms: []uint64{7, 8}},
	}
	for _, seq := range []int64{3, 4, 10} {
		if err := s.put(seq, want[seq]); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.rewind(); err != nil {
		t.Fatal(err)
	}
	for _, seq := range []int64{1, 3, 4, 7, 10, 11} {
		got, err := s.get(seq)
		if err != nil {
			t.Fatal(err)
		}
		w, ok := want[seq]
		switch {
		case !ok && got != nil:
			t.Errorf("seq %d: got keys %+v, want none", seq, got)
		case ok && got == nil:
			t.Errorf("seq %d: got none", seq)
		case ok:
			if d := cmp.Diff(w, *got); d != "" {
				t.Errorf("seq %d (-want +got):\n%s", seq, d)
			}
		}
	}
	s.close()
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("%d files left after close", len(left))
	}
}
