package reprint

import "testing"

// TestSamePage: two captures or revisions of one page have one URL, up to
// the scheme, "www.", a trailing slash and the fragment.
func TestSamePage(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"https://www.example.com/news/flood", "http://example.com/news/flood/", true},
		{"https://example.com/news/flood#update", "https://example.com/news/flood", true},
		{"https://example.com/news/flood?page=2", "https://example.com/news/flood", false},
		{"https://example.com/news/flood", "https://example.com/news/fire", false},
		{"https://example.com/news/flood", "https://mirror.example.net/news/flood", false},
		{"", "", false},
		{"flood.html", "flood.html", false},
	}
	for _, tt := range tests {
		if got := SamePage(tt.a, tt.b); got != tt.want {
			t.Errorf("SamePage(%q, %q) = %v; want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
