package detect

import (
	"math/rand/v2"
	"testing"

	"github.com/reprint/reprint/analysis"
)

// slowRunShare is the definition of runShares: position p of a counts when
// some run a[i:i+k] with i ≤ p < i+k equals some run of b.
func slowRunShare(a, b []analysis.Token, k int) float64 {
	if len(a) == 0 || len(a) < k || len(b) < k {
		return 0
	}
	covered := make([]bool, len(a))
	for i := 0; i+k <= len(a); i++ {
		for j := 0; j+k <= len(b); j++ {
			same := true
			for x := range k {
				if a[i+x].Hash != b[j+x].Hash {
					same = false
					break
				}
			}
			if same {
				for x := range k {
					covered[i+x] = true
				}
				break
			}
		}
	}
	n := 0
	for _, c := range covered {
		if c {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// TestRunSharesMatchesDefinition checks the rolling-hash run shares against
// the quadratic definition on small random texts over a tiny vocabulary,
// where long shared runs are common.
func TestRunSharesMatchesDefinition(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	w := &worker{}
	toks := func(n, vocab int) []analysis.Token {
		out := make([]analysis.Token, n)
		for i := range out {
			out[i].Hash = uint64(rng.IntN(vocab)) * 0x9E3779B97F4A7C15
		}
		return out
	}
	for trial := range 300 {
		a, b := toks(rng.IntN(80), 2+trial%4), toks(rng.IntN(80), 2+trial%4)
		for _, scale := range []int{1, 2} {
			got := w.runShares(a, b, scale)
			for r, k := range runKs {
				if k > 1 {
					k *= scale
				}
				if want := slowRunShare(a, b, k); got[r] != want {
					t.Fatalf("trial %d: runShares scale %d k=%d = %v; want %v", trial, scale, k, got[r], want)
				}
			}
		}
	}
}

// TestRunScale: runs count two tokens a word only when both texts are
// mostly Chinese, Japanese or Korean characters.
func TestRunScale(t *testing.T) {
	var tk analysis.Tokenizer
	zh, ja, en := "岚溪县县道发生山体滑坡，交通中断。", "県道で土砂崩れが起き、通行止めになった。", "The county road was closed after a landslide."
	mixed := "The Xinhua report (新华社) said the road was closed after a landslide on Tuesday."
	for _, tt := range []struct {
		a, b string
		want int
	}{{zh, zh, 2}, {zh, ja, 2}, {zh, en, 1}, {en, en, 1}, {mixed, zh, 1}} {
		if got := runScale(tt.a, tk.Tokenize(tt.a, nil), tt.b, tk.Tokenize(tt.b, nil)); got != tt.want {
			t.Errorf("runScale(%q, %q) = %d; want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
