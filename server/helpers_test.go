package server

import (
	"testing"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/ingest"
)

// readOneForTest reads a file as `reprint check FILE` does.
func readOneForTest(tb testing.TB, path string) (*reprint.Article, error) {
	tb.Helper()
	return engine.ReadOne(tb.Context(), ingest.Options{}, path)
}
