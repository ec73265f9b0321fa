package analysis

import "testing"

// TestEthiopicConsonant: a syllable's consonant is its row's, whatever its
// vowel; the vowel carriers and the h rows have none.
func TestEthiopicConsonant(t *testing.T) {
	tests := []struct {
		r    rune
		want byte
		ok   bool
	}{
		{'ፍ', 'p', true}, {'ፌ', 'p', true}, // f, sixth and fifth order
		{'ሪ', 'r', true}, {'ቲ', 't', true}, {'ቪ', 'v', true},
		{'ዝ', 'j', true}, {'ጐ', 'g', true}, // z; the labialised g
		{'አ', 0, false}, {'ኤ', 0, false}, {'ዐ', 0, false}, {'ሀ', 0, false},
		{'።', 0, false}, {'a', 0, false},
	}
	for _, tt := range tests {
		if got, ok := EthiopicConsonant(tt.r); got != tt.want || ok != tt.ok {
			t.Errorf("EthiopicConsonant(%q) = %q, %v; want %q, %v", tt.r, got, ok, tt.want, tt.ok)
		}
	}
}
