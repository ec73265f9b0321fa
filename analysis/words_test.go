package analysis

import "testing"

func TestContainsWords(t *testing.T) {
	for _, tt := range []struct {
		s, name string
		want    bool
	}{
		{"uppger TT.", "TT", true},
		{"att det", "tt", false},
		{"attack, tt", "tt", true}, // a later occurrence between boundaries
		{"directeur de Gerfaut Immobilier", "Gerfaut Immobilier", true},
		{"Immobilière", "Immobili", false},
		{"2025 KCVN", "KCVN", true},
		{"abc", "", false},
	} {
		if got := ContainsWords(tt.s, tt.name); got != tt.want {
			t.Errorf("ContainsWords(%q, %q) = %v; want %v", tt.s, tt.name, got, tt.want)
		}
	}
}
