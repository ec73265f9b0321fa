package clean

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZScratch(t *testing.T) {
	lang := os.Getenv("ZZLANG")
	for _, l := range strings.Split(os.Getenv("ZZLINES"), "|") {
		s, r := LineScore(l, lang)
		fmt.Printf("%.3f %-10s %q\n", s, r, l)
	}
}
