package minhash_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/internal/synth"
	"github.com/reprint/reprint/minhash"
	"github.com/reprint/reprint/shingle"
)

// plantedPair returns the 5-shingle hash sets of two Zipfian documents of
// shortLen and longLen words, where a passage of share·shortLen words of the
// short one is copied into the long one, each copied word edited with
// probability edit, together with the true Jaccard and containment (of the
// short document in the long one).
func plantedPair(rng *rand.Rand, v *synth.Vocab, shortLen, longLen int, share, edit float64) (a, b []uint64, jac, cont float64) {
	short := make([]uint32, shortLen)
	long := make([]uint32, longLen)
	for i := range short {
		short[i] = v.Draw(rng)
	}
	for i := range long {
		long[i] = v.Draw(rng)
	}
	n := int(share * float64(shortLen))
	if n > 0 {
		s, l := rng.IntN(shortLen-n+1), rng.IntN(longLen-n+1)
		for i := range n {
			w := short[s+i]
			if rng.Float64() < edit {
				w = v.Draw(rng)
			}
			long[l+i] = w
		}
	}
	a, b = shingles(v, short), shingles(v, long)
	inter, union := overlap(a, b)
	return a, b, float64(inter) / float64(union), float64(inter) / float64(len(set(a)))
}

func shingles(v *synth.Vocab, words []uint32) []uint64 {
	toks := make([]analysis.Token, len(words))
	for i, w := range words {
		toks[i].Hash = v.Hash(w)
	}
	return shingle.Values(toks, shingle.K, nil)
}

func set(xs []uint64) map[uint64]bool {
	m := make(map[uint64]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

func overlap(a, b []uint64) (inter, union int) {
	sa, sb := set(a), set(b)
	for x := range sa {
		if sb[x] {
			inter++
		}
	}
	return inter, len(sa) + len(sb) - inter
}

type layout struct{ b, r int }

func (l layout) String() string { return fmt.Sprintf("%d×%d", l.b, l.r) }

// candidateRate signs each pair with a b·r-bin Hasher and reports the share
// of pairs that share a band key, and the mean Jaccard and containment.
func candidateRate(tb testing.TB, l layout, trials int, shortLen, longLen int, share, edit float64, seed uint64) (rate, jac, cont float64) {
	tb.Helper()
	rng := rand.New(rand.NewPCG(seed, uint64(share*1000)))
	v := synth.NewVocab(synth.DefaultVocab, synth.DefaultZipf)
	hit := 0
	for t := range trials {
		h, err := minhash.NewHasher(minhash.Options{Size: l.b * l.r, Seed: uint64(t)})
		if err != nil {
			tb.Fatal(err)
		}
		a, b, j, c := plantedPair(rng, v, shortLen, longLen, share, edit)
		jac += j
		cont += c
		ka := minhash.Bands(h.Sign(a, nil), l.b, l.r, nil)
		kb := minhash.Bands(h.Sign(b, nil), l.b, l.r, nil)
		for i := range ka {
			if ka[i] == kb[i] {
				hit++
				break
			}
		}
	}
	return float64(hit) / float64(trials), jac / float64(trials), cont / float64(trials)
}

// TestCandidateRate measures the chosen layout on planted passages in
// news-length documents (800 words, the copy in a document of 800 or 1600
// words) and checks it against the S-curve at the measured Jaccard, and
// that the recall targets the package doc promises hold. Set
// REPRINT_CURVE=1 to print the table for several layouts (slow):
//
//	REPRINT_CURVE=1 go test ./minhash -run CandidateRate -v
func TestCandidateRate(t *testing.T) {
	const trials = 400
	chosen := layout{minhash.DefaultBands, minhash.DefaultRows}
	type cell struct {
		longLen int
		share   float64
		edit    float64
		minRate float64 // the promise in the package doc
		maxRate float64
	}
	cells := []cell{
		{800, 0, 0, 0, 0.01},
		{800, 0.1, 0, 0.2, 1},
		{800, 0.2, 0, 0.65, 1},
		{800, 0.3, 0, 0.93, 1},
		{800, 0.5, 0, 0.99, 1},
		{1600, 0.2, 0, 0.4, 1},
		{1600, 0.5, 0, 0.98, 1},
		{800, 0.3, 0.05, 0.83, 1},
	}
	for _, c := range cells {
		rate, jac, _ := candidateRate(t, chosen, trials, 800, c.longLen, c.share, c.edit, 1)
		// The S-curve is exact for the expected Jaccard only on average over
		// the spread of J; allow 4 binomial standard errors plus 0.05.
		want := minhash.Probability(jac, chosen.b, chosen.r)
		if d := rate - want; d*d > 0.0025+16*want*(1-want)/trials+0.003 {
			t.Errorf("800 vs %d words, share %.1f, edit %.2f: candidate rate %.3f; S-curve at J=%.3f says %.3f",
				c.longLen, c.share, c.edit, rate, jac, want)
		}
		if rate < c.minRate || rate > c.maxRate {
			t.Errorf("800 vs %d words, share %.1f, edit %.2f: candidate rate %.3f; want [%.2f, %.2f]",
				c.longLen, c.share, c.edit, rate, c.minRate, c.maxRate)
		}
	}
	if os.Getenv("REPRINT_CURVE") == "" {
		return
	}
	layouts := []layout{{128, 1}, {64, 2}, {96, 2}, {128, 2}, {42, 3}, {32, 4}}
	var sb strings.Builder
	fmt.Fprintf(&sb, "\n%-26s %6s %6s", "800 words vs", "J", "C")
	for _, l := range layouts {
		fmt.Fprintf(&sb, " %7s", l)
	}
	for _, c := range []struct {
		longLen     int
		share, edit float64
	}{{800, 0, 0}, {800, 0.05, 0}, {800, 0.1, 0}, {800, 0.2, 0}, {800, 0.3, 0}, {800, 0.5, 0}, {800, 1, 0},
		{1600, 0.1, 0}, {1600, 0.2, 0}, {1600, 0.5, 0}, {1600, 1, 0}, {800, 0.3, 0.05}, {800, 1, 0.05}} {
		fmt.Fprintf(&sb, "\n%4d words, share %.2f e%.2f", c.longLen, c.share, c.edit)
		for i, l := range layouts {
			rate, jac, cont := candidateRate(t, l, trials, 800, c.longLen, c.share, c.edit, 2)
			if i == 0 {
				fmt.Fprintf(&sb, " %6.3f %6.3f", jac, cont)
			}
			fmt.Fprintf(&sb, " %7.3f", rate)
		}
	}
	t.Log(sb.String())
}
