package stopword

import (
	"slices"
	"testing"
)

func TestAlbanianSpellings(t *testing.T) {
	if got := albanianSpellings("ce"); !slices.Equal(got, []string{"ce", "çe", "cë", "çë"}) {
		t.Errorf("albanianSpellings(ce) = %q", got)
	}
	if got := albanianSpellings("eeeeeeee"); len(got) != 1<<maxFolded {
		t.Errorf("albanianSpellings of eight e's: %d spellings, want %d", len(got), 1<<maxFolded)
	}
}
