package bench

import (
	"encoding/binary"
	"testing"

	minhashlsh "github.com/ekzhu/minhash-lsh"

	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/internal/synth"
	"github.com/reprint/reprint/minhash"
	"github.com/reprint/reprint/shingle"
)

// shingleSets returns n synthetic news articles (800 words median) as
// 5-shingle hash sets.
func shingleSets(n int) [][]uint64 {
	s := synth.Corpus(7, n, synth.Options{})
	var tz analysis.Tokenizer
	var sets [][]uint64
	for i := range n {
		sets = append(sets, shingle.Values(tz.Tokenize(s.Text(i), nil), shingle.K, nil))
	}
	return sets
}

// BenchmarkSign signs the same news articles, from the same 5-shingle
// hashes, with reprint's one-permutation MinHash and with
// github.com/ekzhu/minhash-lsh (k independent hash functions, each shingle
// hash pushed as 8 bytes), both with DefaultSize hash functions, on one
// core. One op is one document.
//
//	cd bench && go test -run '^$' -bench Sign -benchmem -cpu 1 -count 5
func BenchmarkSign(b *testing.B) {
	sets := shingleSets(64)
	shingles := 0
	for _, s := range sets {
		shingles += len(s)
	}
	perDoc := float64(shingles) / float64(len(sets))
	b.Run("reprint", func(b *testing.B) {
		h, err := minhash.NewHasher(minhash.Options{})
		if err != nil {
			b.Fatal(err)
		}
		sig := make([]uint64, 0, h.Size())
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			sig = h.Sign(sets[i%len(sets)], sig[:0])
			i++
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/(float64(b.N)*perDoc), "ns/shingle")
	})
	b.Run("ekzhu", func(b *testing.B) {
		var buf [8]byte
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			m := minhashlsh.NewMinhash(1, minhash.DefaultSize)
			for _, x := range sets[i%len(sets)] {
				binary.LittleEndian.PutUint64(buf[:], x)
				m.Push(buf[:])
			}
			_ = m.Signature()
			i++
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/(float64(b.N)*perDoc), "ns/shingle")
	})
}
