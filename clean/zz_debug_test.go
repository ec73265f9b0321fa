package clean

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZDebugScores(t *testing.T) {
	f := os.Getenv("ZZFILE")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	for _, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		s, r := LineScore(line, os.Getenv("ZZLANG"))
		fmt.Printf("%.2f %-16s %s\n", s, r, line[:min(len(line), 90)])
	}
}
