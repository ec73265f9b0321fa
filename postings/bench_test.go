package postings

import (
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"
)

// archiveEntries returns n entries shaped like an archive's: 40-bit keys
// whose top two bits are the signal, the four signals of very unequal
// counts (an exact key, 278 fingerprints, 165 bags and 157 terms an
// article), each key in one document.
func archiveEntries(rng *rand.Rand, n int) []Entry {
	share := []int{1, 278, 165, 157}
	total := 0
	for _, s := range share {
		total += s
	}
	out := make([]Entry, 0, n)
	for tag, s := range share {
		for range n * s / total {
			out = append(out, Entry{Key: uint64(tag)<<38 | rng.Uint64()>>26, Doc: uint32(rng.IntN(1 << 20))})
		}
	}
	return out
}

// BenchmarkLookup looks up keys present in a segment of 4 million
// archive-shaped entries (about 125,000 blocks).
func BenchmarkLookup(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	entries := archiveEntries(rng, 4_000_000)
	path := filepath.Join(b.TempDir(), "s.pst")
	if err := WriteFile(path, slices.Clone(entries), nil); err != nil {
		b.Fatal(err)
	}
	s, err := Open(path, false)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	keys := make([]uint64, 1<<16)
	for i := range keys {
		keys[i] = entries[rng.IntN(len(entries))].Key
	}
	var dst []uint32
	i := 0
	for b.Loop() {
		dst, _, err = s.Lookup(keys[i&(len(keys)-1)], dst[:0])
		if err != nil || len(dst) == 0 {
			b.Fatal(err, len(dst))
		}
		i++
	}
}
