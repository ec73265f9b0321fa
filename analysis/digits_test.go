package analysis

import "testing"

func TestDigits(t *testing.T) {
	tests := []struct {
		word, want string
		starts     bool
	}{
		{"2025", "2025", true},
		{"30km", "30", true},
		{"२०२५", "2025", true}, // Devanagari
		{"۲۰۲۵", "2025", true}, // Extended Arabic-Indic
		{"٢٠٢٥", "2025", true}, // Arabic-Indic
		{"২০২৫", "2025", true}, // Bengali
		{"๒๕๖๘", "2568", true}, // Thai
		{"၂၀၂၅", "2025", true}, // Burmese
		{"２０２５", "2025", true}, // full width
		{"𝟚𝟘𝟚𝟝", "2025", true}, // mathematical (beyond the BMP)
		{"७वां", "7", true},
		{"Ⅻ", "", false}, // a letter number, not a decimal digit
		{"²", "", false}, // a superscript, not Nd
		{"x1", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if got := string(AppendDigits(nil, tt.word)); got != tt.want {
			t.Errorf("AppendDigits(%q) = %q; want %q", tt.word, got, tt.want)
		}
		if got := StartsDigit(tt.word); got != tt.starts {
			t.Errorf("StartsDigit(%q) = %v; want %v", tt.word, got, tt.starts)
		}
	}
}
