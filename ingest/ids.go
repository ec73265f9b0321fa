package ingest

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// escapeName returns a file name or path as valid UTF-8: unchanged when it
// is valid UTF-8, else with every byte that is not part of a valid UTF-8
// sequence written %XX (upper-case hex) and every '%' written %25, so that
// the raw bytes can be recovered (undo %XX) and names that differ only in
// such bytes keep different IDs. Without it, JSON output and the stores
// replace those bytes with U+FFFD and "caf\xe9.txt" and "caf\xe8.txt"
// both become "caf\ufffd.txt".
//
// A valid name may read like an escaped one ("caf%E9.txt"); the scanner's
// duplicate check compares raw paths, and gives the later of two such
// files its path as ID (see Scanner.emit), so no article is lost.
func escapeName(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, "%%%02X", s[i])
		case r == '%':
			b.WriteString("%25")
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// uniqueID returns the ID for an article whose own ID (a file's path
// relative to its argument, a JSONL "id") was already given to another
// article: its Input (the path as given: argument and relative path,
// "path:line" for JSONL, "path#offset" for WARC), which names one item, or,
// in the rare case that this too is taken, the Input with "~2", "~3", …
// The first article keeps the short ID, so IDs are stable for the same
// arguments in the same order.
func (s *Scanner) uniqueID(input string) string {
	if _, taken := s.ids[input]; !taken {
		return input
	}
	for n := 2; ; n++ {
		id := fmt.Sprintf("%s~%d", input, n)
		if _, taken := s.ids[id]; !taken {
			return id
		}
	}
}
