package padding

import (
	"strings"
	"testing"
)

func TestCount(t *testing.T) {
	tests := []struct {
		name, text string
		want       int
	}{
		{"news copy", "Council closes pool\n\nThe council voted on Tuesday to close the pool.\n\n\"We had no choice,\" the mayor said.", 0},
		{"a feature's contents alone", "Contents\n\nThe long history of the pool, told over four decades.", 1},
		{"english farm", "Pool closes: what you need to know\n\nKey Takeaways\n\n- The pool closes.\n\nTable of Contents\n\nWhat happened?\n\nFrequently Asked Questions\n\nWhy did it close?\n\nConclusion\n\nThe pool is gone.", 4},
		{"german farm, a label before a dash", "Das Wichtigste in Kürze\n\nText.\n\nFAQ – Häufig gestellte Fragen\n\nWarum?\n\nFazit\n\nEnde.", 3},
		{"spanish second farm, one kind", "¿Cuándo regresa el agua?\n\nTexto.\n\nPreguntas frecuentes\n\n¿Por qué?", 1},
		{"estonian farm", "Peamised punktid\n\nTekst.\n\nSisukord\n\nKorduma kippuvad küsimused:\n\nKokkuvõte", 4},
		{"bengali farm", "এক নজরে গুরুত্বপূর্ণ তথ্য\n\nসূচিপত্র\n\nসচরাচর জিজ্ঞাসিত প্রশ্ন\n\nশেষ কথা", 4},
		{"hungarian farm", "A legfontosabbak\n\nSzöveg.\n\nGyakori kérdések\n\nMiért?\n\nÖsszegzés", 3},
		{"pashto farm", "مهم ټکي\n\nمتن.\n\nډېرې پوښتل کېدونکې پوښتنې\n\nپایله", 3},
		{"norwegian farm", "Viktige punkter\n\nTekst.\n\nInnholdsfortegnelse\n\nOfte stilte spørsmål\n\nHvorfor?", 3},
		{"swedish farm", "Viktigt att veta\n\nText.\n\nInnehållsförteckning\n\nVanliga frågor", 3},
		{"greek farm", "Πίνακας περιεχομένων\n\nΚείμενο.\n\nΣυχνές ερωτήσεις", 2},
		// A sentence opening with a label is no heading.
		{"sentence", "Conclusion: the court found the council had acted within its powers when it closed the pool last spring.\n\nFAQ pages are popular.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Count(tt.text); got != tt.want {
				t.Errorf("Count = %d; want %d (kinds %04b)", got, tt.want, Kinds(tt.text))
			}
			if got, want := Padded(tt.text), tt.want >= MinKinds; got != want {
				t.Errorf("Padded = %v; want %v", got, want)
			}
		})
	}
}

// FuzzCount: any text is read without a panic, and a text's kinds are
// those of its lines.
func FuzzCount(f *testing.F) {
	f.Add("Key Takeaways\n\nFAQ – Häufig gestellte Fragen\n\nFazit:")
	f.Add("\xff\xfe: – \n?")
	f.Fuzz(func(t *testing.T, text string) {
		var k Kind
		for line := range strings.Lines(text) {
			k |= Kinds(line)
		}
		if got := Kinds(text); got != k {
			t.Fatalf("Kinds(%q) = %b; its lines give %b", text, got, k)
		}
		if n := Count(text); n < 0 || n > 4 {
			t.Fatalf("Count(%q) = %d", text, n)
		}
	})
}
