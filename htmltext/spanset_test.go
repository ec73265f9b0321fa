package htmltext

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
)

// refSpans is the slow reference for spanSet: every span added, scanned in
// full (the renderer's former covered).
type refSpans []span

func (r refSpans) covers(v0, v1 int) bool {
	for _, m := range r {
		if m.start <= v0 && v1 <= m.end {
			return true
		}
	}
	return false
}

// union returns the sorted, merged union of r, as links needs it.
func union(spans []span) []span {
	var out []span
	for v := 0; v < 64; v++ {
		in := false
		for _, s := range spans {
			if s.start <= v && v < s.end {
				in = true
				break
			}
		}
		switch {
		case in && len(out) > 0 && out[len(out)-1].end == v:
			out[len(out)-1].end++
		case in:
			out = append(out, span{v, v + 1})
		}
	}
	return out
}

// TestSpanSetMatchesReference checks covers against a linear scan of
// every span added, over seeded random sequences of adds in page order,
// out of order and nested, on a small range so that spans collide often.
func TestSpanSetMatchesReference(t *testing.T) {
	for seed := range uint64(500) {
		rng := rand.New(rand.NewPCG(seed, 13))
		var ss spanSet
		var ref refSpans
		cursor := 0
		for range 1 + rng.IntN(30) {
			var start int
			if rng.IntN(3) == 0 {
				start = rng.IntN(60) // anywhere: found from the page start
			} else {
				start = min(cursor+rng.IntN(4), 60) // just ahead: the common case
			}
			end := start + rng.IntN(min(8, 64-start))
			ss.add(start, end)
			ref = append(ref, span{start, end})
			cursor = end
			for v0 := range 64 {
				for v1 := v0 + 1; v1 <= 64; v1++ {
					if got, want := ss.covers(v0, v1), ref.covers(v0, v1); got != want {
						t.Fatalf("seed %d: after adding %v, covers(%d, %d) = %v; want %v", seed, ref, v0, v1, got, want)
					}
				}
			}
			for i := 1; i < len(ss.s); i++ {
				if ss.s[i].start <= ss.s[i-1].start || ss.s[i].end <= ss.s[i-1].end {
					t.Fatalf("seed %d: spans %v not strictly increasing", seed, ss.s)
				}
			}
			if got, want := union(ss.s), union(ref); !slicesEqual(got, want) {
				t.Fatalf("seed %d: union of %v = %v; want %v", seed, ss.s, got, want)
			}
		}
	}
}

func slicesEqual(a, b []span) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// BenchmarkRender renders pages of n one-word paragraphs: time per
// paragraph must stay flat as n grows (issue 13: covered scanned every
// earlier span, so 100,000 paragraphs took 2.9 s). A benchmark, not a
// test, because a unit test never asserts on wall-clock time; compare the
// sizes with benchstat.
func BenchmarkRender(b *testing.B) {
	for _, n := range []int{25_000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			src := scanSource("<html><body>" + strings.Repeat("<p>a</p>", n) + "</body></html>")
			blocks := make([]block, n)
			for i := range blocks {
				blocks[i] = block{"a"}
			}
			for b.Loop() {
				rd := newRenderer(src)
				for _, bl := range blocks {
					rd.block(bl)
				}
				if rd.found != n || len(rd.body) != 3*n-2 {
					b.Fatalf("rendering %d paragraphs: found %d, body %d bytes; want %d, %d", n, rd.found, len(rd.body), n, 3*n-2)
				}
			}
		})
	}
}

// TestScanSourceMemory bounds what scanSource allocates for a page of one
// long paragraph: 7 bytes a visible byte (vis, start, n, brk) and the
// tokenizer's buffer, not arrays regrown from a guess (issue 13: a page of
// one 10 MB paragraph took 435 MB in scan).
func TestScanSourceMemory(t *testing.T) {
	page := "<html><body><p>" + strings.Repeat("word ", 200_000) + "</p></body></html>"
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	src := scanSource(page)
	runtime.ReadMemStats(&after)
	if len(src.vis) != 800_000 {
		t.Fatalf("scanSource: %d visible bytes; want 800000", len(src.vis))
	}
	got := after.TotalAlloc - before.TotalAlloc
	if max := uint64(12 * len(page)); got > max {
		t.Errorf("scanSource of a %d-byte page allocated %d bytes (%.1f× the page); want at most %d (12×)", len(page), got, float64(got)/float64(len(page)), max)
	}
}
