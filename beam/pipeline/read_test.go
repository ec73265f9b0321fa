package pipeline

import (
	"testing"

	"github.com/reprint/reprint"
)

// TestGlobalID: a WARC record's id is global when it is its
// WARC-Record-ID, not when the reader made it from the file's id and the
// record's offset (a record without one).
func TestGlobalID(t *testing.T) {
	tests := []struct {
		format    reprint.Format
		id, input string
		want      bool
	}{
		{reprint.FormatWARC, "urn:uuid:1", "crawl/a.warc.gz#0", true},
		{reprint.FormatWARC, "urn:uuid:1", "gs://b/crawl/a.warc.gz#1152", true},
		{reprint.FormatWARC, "a.warc.gz#1152", "crawl/a.warc.gz#1152", false},
		{reprint.FormatWARC, "x#1/a.warc#7+20", "crawl/x#1/a.warc#7+20", false},
		{reprint.FormatWARC, "crawl/a.warc.gz#1152", "crawl/a.warc.gz#1152", false}, // renamed by a collision
		{reprint.FormatJSONL, "r1", "export.jsonl:3", false},
		{reprint.FormatText, "a.txt", "dir/a.txt", false},
	}
	for _, tt := range tests {
		a := &reprint.Article{ID: tt.id, Input: tt.input, Format: tt.format}
		if got := globalID(a); got != tt.want {
			t.Errorf("globalID(%v %q from %q) = %v; want %v", tt.format, tt.id, tt.input, got, tt.want)
		}
	}
}
