package minhash_test

import (
	"encoding/binary"
	"testing"

	minhashlsh "github.com/ekzhu/minhash-lsh"

	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/internal/synth"
	"github.com/reprint/reprint/minhash"
	"github.com/reprint/reprint/shingle"
	"github.com/reprint/reprint/winnow"
)

// benchDocs returns n synthetic news articles (800 words median) as text
// and as 5-shingle hash sets.
func benchDocs(tb testing.TB, n int) (texts []string, sets [][]uint64) {
	tb.Helper()
	s := synth.Corpus(7, n, synth.Options{})
	var tz analysis.Tokenizer
	for i := range n {
		text := s.Text(i)
		texts = append(texts, text)
		sets = append(sets, shingle.Values(tz.Tokenize(text, nil), shingle.K, nil))
	}
	return texts, sets
}

// BenchmarkSign signs the same news articles, from the same 5-shingle
// hashes, with reprint's one-permutation MinHash and with
// github.com/ekzhu/minhash-lsh (k independent hash functions, each shingle
// hash pushed as 8 bytes), both with DefaultSize hash functions, on one
// core. One op is one document.
//
//	go test ./minhash -run '^$' -bench Sign -benchmem -cpu 1 -count 5
func BenchmarkSign(b *testing.B) {
	_, sets := benchDocs(b, 64)
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

// BenchmarkFingerprint runs the verbatim fingerprint of one news article
// end to end on one core, warm buffers: text → tokens → 5-shingle hashes →
// signature → band keys ("lsh"), and the same plus shingle spans and
// winnowed alignment seeds ("lsh+seeds").
//
//	go test ./minhash -run '^$' -bench Fingerprint -benchmem -cpu 1 -count 10 | benchstat -
func BenchmarkFingerprint(b *testing.B) {
	texts, _ := benchDocs(b, 64)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	h, err := minhash.NewHasher(minhash.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var (
		tz    analysis.Tokenizer
		toks  []analysis.Token
		sh    []shingle.Shingle
		vals  []uint64
		sig   []uint64
		keys  []uint64
		seeds []winnow.Fingerprint
	)
	for _, seedsToo := range []bool{false, true} {
		name := "lsh"
		if seedsToo {
			name = "lsh+seeds"
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(size / len(texts)))
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				toks = tz.Tokenize(texts[i%len(texts)], toks[:0])
				if seedsToo {
					sh = shingle.Hashes(toks, shingle.K, sh[:0])
					vals = vals[:0]
					for _, s := range sh {
						vals = append(vals, s.Hash)
					}
					seeds = winnow.Select(vals, winnow.DefaultWindow, seeds[:0])
				} else {
					vals = shingle.Values(toks, shingle.K, vals[:0])
				}
				sig = h.Sign(vals, sig[:0])
				keys = minhash.Bands(sig, minhash.DefaultBands, minhash.DefaultRows, keys[:0])
				i++
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}
