package minhash_test

import (
	"testing"

	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/internal/synth"
	"github.com/reprint/reprint/minhash"
	"github.com/reprint/reprint/shingle"
	"github.com/reprint/reprint/winnow"
)

// benchDocs returns n synthetic news articles (800 words median). The
// signatures side by side with github.com/ekzhu/minhash-lsh are in the
// benchmark module (bench/, BenchmarkSign).
func benchDocs(n int) []string {
	s := synth.Corpus(7, n, synth.Options{})
	texts := make([]string, n)
	for i := range n {
		texts[i] = s.Text(i)
	}
	return texts
}

// BenchmarkFingerprint runs the verbatim fingerprint of one news article
// end to end on one core, warm buffers: text → tokens → 5-shingle hashes →
// signature → band keys ("lsh"), and the same plus shingle spans and
// winnowed alignment seeds ("lsh+seeds").
//
//	go test ./minhash -run '^$' -bench Fingerprint -benchmem -cpu 1 -count 10 | benchstat -
func BenchmarkFingerprint(b *testing.B) {
	texts := benchDocs(64)
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
