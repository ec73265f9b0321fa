package postings

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// reference is the posting lists of entries, by brute force.
func reference(entries []Entry) map[uint64][]uint32 {
	m := map[uint64][]uint32{}
	for _, e := range entries {
		if !slices.Contains(m[e.Key], e.Doc) {
			m[e.Key] = append(m[e.Key], e.Doc)
		}
	}
	for k := range m {
		slices.Sort(m[k])
	}
	return m
}

func randomEntries(rng *rand.Rand, n, keys int, bits uint) []Entry {
	pool := make([]uint64, keys)
	for i := range pool {
		pool[i] = rng.Uint64() >> (64 - bits)
	}
	out := make([]Entry, n)
	for i := range out {
		// Zipf-like: a few keys in many documents.
		k := pool[int(float64(keys)*rng.Float64()*rng.Float64())]
		out[i] = Entry{k, uint32(rng.IntN(1 << 20))}
	}
	return out
}

// clusteredEntries returns keys in a few tight runs far apart, and one
// stray at the top of the key space: the worst case for a search that
// interpolates between the keys it has read.
func clusteredEntries(rng *rand.Rand) []Entry {
	var out []Entry
	for _, base := range []uint64{0, 1 << 20, 1 << 50, 1<<50 + 5000, 1 << 62} {
		for i := range 3000 {
			out = append(out, Entry{Key: base + uint64(i)*uint64(1+rng.IntN(3)), Doc: uint32(rng.IntN(1000))})
		}
	}
	return append(out, Entry{Key: ^uint64(0) - 1, Doc: 1})
}

func TestWriteLookup(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct {
		name    string
		entries []Entry
	}{
		{"empty", nil},
		{"one", []Entry{{42, 7}}},
		{"duplicates", []Entry{{1, 1}, {1, 1}, {1, 2}, {0, 9}, {^uint64(0), 0}, {^uint64(0), CappedDoc - 1}}},
		{"one block exactly", randomEntries(rng, BlockKeys, BlockKeys*4, 64)},
		{"many blocks, 40-bit keys", randomEntries(rng, 20000, 5000, 40)},
		{"many blocks, 64-bit keys", randomEntries(rng, 20000, 15000, 64)},
		{"archive-shaped: four signals of unequal counts", archiveEntries(rng, 30000)},
		{"clustered keys", clusteredEntries(rng)},
	} {
		for _, open := range []struct {
			name string
			fn   func(string, bool) (*Segment, error)
		}{{"read", Open}, {"mapped", OpenMapped}} {
			t.Run(tc.name+"/"+open.name, func(t *testing.T) {
				path := filepath.Join(t.TempDir(), "s.pst")
				want := reference(tc.entries)
				if err := WriteFile(path, slices.Clone(tc.entries), nil); err != nil {
					t.Fatal(err)
				}
				s, err := open.fn(path, true)
				if err != nil {
					t.Fatal(err)
				}
				defer s.Close()
				if s.Mapped() != (open.name == "mapped") {
					t.Errorf("Mapped() = %v", s.Mapped())
				}
				if s.Keys() != uint64(len(want)) {
					t.Errorf("keys %d, want %d", s.Keys(), len(want))
				}
				total := 0
				for k, docs := range want {
					total += len(docs)
					got, capped, err := s.Lookup(k, nil)
					if err != nil || capped {
						t.Fatal(err, capped)
					}
					if !slices.Equal(got, docs) {
						t.Fatalf("lookup %x = %v, want %v", k, got, docs)
					}
				}
				if s.Entries() != uint64(total) {
					t.Errorf("entries %d, want %d", s.Entries(), total)
				}
				for range 200 {
					k := rng.Uint64()
					if _, ok := want[k]; ok {
						continue
					}
					if got, _, err := s.Lookup(k, nil); err != nil || len(got) != 0 {
						t.Fatalf("absent key %x: %v %v", k, got, err)
					}
				}
				var all []Entry
				if err := s.All(func(e Entry) bool { all = append(all, e); return true }); err != nil {
					t.Fatal(err)
				}
				if len(all) != total || !slices.IsSortedFunc(all, Compare) {
					t.Errorf("All gave %d entries (sorted %v), want %d", len(all), slices.IsSortedFunc(all, Compare), total)
				}
			})
		}
	}
}

func TestMerge(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	dir := t.TempDir()
	var parts [][]Entry
	var all []Entry
	for range 5 {
		e := randomEntries(rng, 3000, 2000, 40)
		all = append(all, e...)
		parts = append(parts, e)
	}
	segs := writeSegments(t, dir, parts)
	drop := func(d uint32) bool { return d%3 == 0 }
	var kept []Entry
	for _, e := range all {
		if !drop(e.Doc) {
			kept = append(kept, e)
		}
	}
	want := reference(kept)
	out := filepath.Join(dir, "merged.pst")
	n, err := Merge(out, segs, nil, drop)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Open(out, true)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	total := 0
	for k, docs := range want {
		total += len(docs)
		got, _, _ := m.Lookup(k, nil)
		if !slices.Equal(got, docs) {
			t.Fatalf("merged lookup %x = %v, want %v", k, got, docs)
		}
	}
	if n != uint64(total) || m.Entries() != uint64(total) {
		t.Errorf("merged %d / %d entries, want %d", n, m.Entries(), total)
	}
}

func TestWriterOrder(t *testing.T) {
	w := NewWriter(discard{}, nil)
	w.Add(Entry{5, 1})
	if err := w.Add(Entry{4, 1}); err == nil {
		t.Fatal("descending entries accepted")
	}
	if err := w.Close(); err == nil {
		t.Fatal("Close forgot the sticky error")
	}
}

// TestCapped: a key of more than maxList documents keeps only its mark,
// in a segment and through merges, also when only the merged list is over
// the cap.
func TestCapped(t *testing.T) {
	dir := t.TempDir()
	var a, b []Entry
	for d := range uint32(6) {
		a = append(a, Entry{1, d})       // 6 documents: over a cap of 5
		b = append(b, Entry{2, d + 100}) // 3 + 3 after the merge
		a = append(a, Entry{3, d})       // small in a, capped in c
	}
	b = b[:3]
	a = append(a, Entry{2, 1}, Entry{2, 2}, Entry{2, 3})
	c := []Entry{{3, 50}, {3, 51}, {3, 52}, {3, 53}, {3, 54}, {3, 55}, {3, 56}}
	paths := []string{filepath.Join(dir, "a"), filepath.Join(dir, "b"), filepath.Join(dir, "c")}
	var segs []*Segment
	for i, e := range [][]Entry{a, b, c} {
		if err := WriteFile(paths[i], e, five); err != nil {
			t.Fatal(err)
		}
		s, err := Open(paths[i], true)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		segs = append(segs, s)
	}
	for _, tc := range []struct {
		seg    int
		key    uint64
		n      int
		capped bool
	}{
		{0, 1, 0, true}, {0, 2, 3, false}, {1, 2, 3, false}, {2, 3, 0, true},
	} {
		got, capped, err := segs[tc.seg].Lookup(tc.key, nil)
		if err != nil || capped != tc.capped || len(got) != tc.n {
			t.Errorf("segment %d key %d: %v capped %v (%v), want %d docs, capped %v", tc.seg, tc.key, got, capped, err, tc.n, tc.capped)
		}
	}
	out := filepath.Join(dir, "m")
	if _, err := Merge(out, segs, five, nil); err != nil {
		t.Fatal(err)
	}
	m, err := Open(out, true)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	for _, key := range []uint64{1, 2, 3} {
		if got, capped, _ := m.Lookup(key, nil); !capped || len(got) != 0 {
			t.Errorf("merged key %d: %v, capped %v; want capped", key, got, capped)
		}
	}
}

func five(uint64) int { return 5 }

type discard struct{}

func (discard) Write(b []byte) (int, error) { return len(b), nil }

// TestOpenCorrupt: truncated, altered and foreign files are refused, and
// never crash a lookup.
func TestOpenCorrupt(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.pst")
	if err := WriteFile(good, randomEntries(rand.New(rand.NewPCG(5, 6)), 2000, 800, 40), nil); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(good)
	flip := slices.Clone(data)
	flip[len(flip)/2] ^= 0x40
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"truncated", data[:len(data)-7]},
		{"foreign", []byte("this is not a posting segment, just text of a fair length................")},
		{"bit flipped", flip},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, tc.name)
			os.WriteFile(p, tc.data, 0o644)
			s, err := Open(p, true)
			if err == nil {
				s.Close()
				t.Fatal("opened")
			}
			if tc.name != "empty" && !errors.Is(err, ErrCorrupt) {
				t.Errorf("error %v, want ErrCorrupt", err)
			}
		})
	}
}

// FuzzSegment: any bytes either fail to open or answer lookups and walks
// without panicking.
func FuzzSegment(f *testing.F) {
	dir := f.TempDir()
	good := filepath.Join(dir, "seed.pst")
	WriteFile(good, randomEntries(rand.New(rand.NewPCG(7, 8)), 300, 200, 40), five)
	seed, _ := os.ReadFile(good)
	f.Add(seed)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < len(magic)+footerLen {
			return
		}
		s, err := parse(data, false)
		if err != nil {
			return
		}
		s.Lookup(0, nil)
		s.Lookup(^uint64(0), nil)
		s.Lookup(12345, nil)
		s.All(func(Entry) bool { return true })
	})
}

// TestResident: lookups all over a segment leave little of it in the
// process's resident memory — its blocks are read, not mapped; only the
// index is mapped — and so do a merge and a checksum, which read whole
// segments. (With the segment mapped whole, the kernel's fault-around
// made 64 KiB resident a lookup: all of it here.)
func TestResident(t *testing.T) {
	if rssFile() < 0 {
		t.Skip("no RssFile in /proc/self/status")
	}
	rng := rand.New(rand.NewPCG(5, 6))
	dir := t.TempDir()
	segs := writeSegments(t, dir, [][]Entry{archiveEntries(rng, 4_000_000), archiveEntries(rng, 4_000_000)})
	out := filepath.Join(dir, "merged.pst")
	before := rssFile()
	if _, err := Merge(out, segs, nil, nil); err != nil {
		t.Fatal(err)
	}
	m, err := Open(out, true)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	for range 1 << 16 {
		if _, _, err := m.Lookup(rng.Uint64()>>24, nil); err != nil { // 40-bit keys, as archiveEntries
			t.Fatal(err)
		}
	}
	grew := rssFile() - before
	data := m.Size() - int64(len(m.index))
	t.Logf("merged segment %d bytes (index %d); resident file pages grew by %d", m.Size(), len(m.index), grew)
	if data < 8<<20 {
		t.Fatalf("segment data of %d bytes: too small to tell", data)
	}
	if grew > int64(len(m.index))+data/4 {
		t.Errorf("resident file pages grew by %d bytes, for a segment of %d bytes of blocks and %d of index", grew, data, len(m.index))
	}
}

// writeSegments writes each part as a segment in dir and opens it (closed
// at the end of the test).
func writeSegments(t *testing.T, dir string, parts [][]Entry) []*Segment {
	t.Helper()
	var segs []*Segment
	for i, e := range parts {
		p := filepath.Join(dir, string(rune('a'+i))+".pst")
		if err := WriteFile(p, e, nil); err != nil {
			t.Fatal(err)
		}
		s, err := Open(p, true)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		segs = append(segs, s)
	}
	return segs
}

// rssFile returns the process's resident file-backed memory in bytes, or
// −1 where the system does not say.
func rssFile() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for line := range strings.Lines(string(b)) {
		if v, ok := strings.CutPrefix(line, "RssFile:"); ok {
			var kb int64
			if _, err := fmt.Sscanf(strings.TrimSpace(v), "%d kB", &kb); err == nil {
				return kb << 10
			}
		}
	}
	return -1
}
