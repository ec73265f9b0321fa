package htmltext

import "testing"

// TestCountFields: words separated by spaces count one each, and Chinese
// and Japanese characters, written without spaces, half a word each.
func TestCountFields(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want int
	}{
		{"", 0},
		{"Home About Contact", 3},
		{"  two   words ", 2},
		{"県道が通行止め", 3},             // 7 characters, of which が kana: 3 words
		{"共同通信 KYODO NEWS", 2 + 2}, // 4 characters and two Latin words
		{"トップ 国内 国際 経済", 4},        // a menu of nine characters
		{"서울 시청 앞 광장", 4},          // Hangul is written with spaces
		{"Привет, мир", 2},
	} {
		if got := countFields(tt.s); got != tt.want {
			t.Errorf("countFields(%q) = %d; want %d", tt.s, got, tt.want)
		}
	}
}
