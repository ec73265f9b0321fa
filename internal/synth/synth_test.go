package synth

import (
	"slices"
	"strings"
	"testing"
)

func TestWordsDistinct(t *testing.T) {
	v := NewVocab(DefaultVocab, DefaultZipf)
	seen := make(map[string]int, v.Len())
	for i := range v.Len() {
		w := v.String(uint32(i))
		if j, ok := seen[w]; ok {
			t.Fatalf("Word(%d) = Word(%d) = %q", i, j, w)
		}
		seen[w] = i
	}
}

func TestCorpusDeterministic(t *testing.T) {
	opts := Options{EditRate: 0.05}
	a, b := Corpus(7, 50, opts), Corpus(7, 50, opts)
	if !slices.Equal(a.Reuse(), b.Reuse()) {
		t.Fatalf("Corpus(7, 50).Reuse differs between calls")
	}
	// Reading order must not matter.
	for i := a.Len() - 1; i >= 0; i-- {
		if ta, tb := a.Text(i), b.Text(i); ta != tb {
			t.Fatalf("Text(%d) differs between two corpora of the same seed", i)
		}
	}
	if c := Corpus(8, 50, opts); c.Text(3) == a.Text(3) {
		t.Errorf("seeds 7 and 8 gave the same document 3")
	}
}

func TestPlantedPassage(t *testing.T) {
	s := Corpus(1, 400, Options{Reuse: 0.5, MinShare: 0.2, MaxShare: 0.6})
	if len(s.Reuse()) < 100 {
		t.Fatalf("Corpus planted %d passages in 400 documents at Reuse 0.5; want ≥ 100", len(s.Reuse()))
	}
	for _, r := range s.Reuse() {
		src, dst := s.Words(r.Src, nil), s.Words(r.Dst, nil)
		if _, ok := s.ReuseOf(r.Src); ok {
			t.Errorf("source %d of %d copies itself", r.Src, r.Dst)
		}
		if r.Edits != 0 {
			t.Errorf("Reuse %+v has edits at EditRate 0", r)
		}
		want := src[r.SrcStart : r.SrcStart+r.Len]
		got := dst[r.DstStart : r.DstStart+r.Len]
		if !slices.Equal(got, want) {
			t.Fatalf("document %d at %d does not hold the passage of %d at %d", r.Dst, r.DstStart, r.Src, r.SrcStart)
		}
		shorter := min(len(src), len(dst))
		if share := float64(r.Len) / float64(shorter); share < 0.19 || share > 0.61 {
			t.Errorf("passage %d→%d is %.2f of the shorter document; want [0.2, 0.6]", r.Src, r.Dst, share)
		}
	}
}

func TestEdits(t *testing.T) {
	s := Corpus(2, 300, Options{Reuse: 0.5, EditRate: 0.1})
	edits, words := 0, 0
	for _, r := range s.Reuse() {
		edits += r.Edits
		words += r.Len
	}
	if rate := float64(edits) / float64(words); rate < 0.08 || rate > 0.12 {
		t.Errorf("edit rate = %.3f; want 0.1 ± 0.02", rate)
	}
}

func TestZipf(t *testing.T) {
	s := Corpus(3, 20, Options{Reuse: -1})
	counts := make(map[uint32]int)
	total := 0
	for i := range s.Len() {
		for _, w := range s.Words(i, nil) {
			counts[w]++
			total++
		}
	}
	// With s = 1 and 50,000 words the top word has probability 1/H ≈ 0.088.
	if p := float64(counts[0]) / float64(total); p < 0.07 || p > 0.11 {
		t.Errorf("share of word 0 = %.3f; want ≈ 0.088", p)
	}
	if counts[0] <= counts[10] || counts[10] <= counts[1000] {
		t.Errorf("counts not decreasing with rank: %d, %d, %d", counts[0], counts[10], counts[1000])
	}
}

func TestTextShape(t *testing.T) {
	s := Corpus(4, 5, Options{})
	text := s.Text(0)
	if n := len(strings.Fields(text)); n != len(s.Words(0, nil)) {
		t.Errorf("Text(0) has %d words; want %d", n, len(s.Words(0, nil)))
	}
	if !strings.Contains(text, "\n\n") || !strings.HasSuffix(text, ".") {
		t.Errorf("Text(0) lacks paragraphs or a final full stop: %.80q…", text)
	}
}
