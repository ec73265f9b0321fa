package reprint

import (
	"fmt"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) into a text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes in s.
func (s Span) Len() int { return s.End - s.Start }

// Empty reports whether s covers no bytes.
func (s Span) Empty() bool { return s.End <= s.Start }

// Contains reports whether the byte offset off lies inside s.
func (s Span) Contains(off int) bool { return off >= s.Start && off < s.End }

// Overlaps reports whether s and t share at least one byte.
func (s Span) Overlaps(t Span) bool { return s.Start < t.End && t.Start < s.End }

// Union returns the smallest span covering s and t.
func (s Span) Union(t Span) Span {
	return Span{Start: min(s.Start, t.Start), End: max(s.End, t.End)}
}

// In returns the text at s, or an error if s does not lie inside text or
// splits a UTF-8 sequence.
func (s Span) In(text string) (string, error) {
	if s.Start < 0 || s.End < s.Start || s.End > len(text) {
		return "", fmt.Errorf("reprint: span %v outside text of %d bytes", s, len(text))
	}
	if !runeStart(text, s.Start) || !runeStart(text, s.End) {
		return "", fmt.Errorf("reprint: span %v splits a UTF-8 sequence", s)
	}
	return text[s.Start:s.End], nil
}

func (s Span) String() string { return fmt.Sprintf("[%d,%d)", s.Start, s.End) }

func runeStart(text string, off int) bool {
	return off == len(text) || utf8.RuneStart(text[off])
}

// RuneOffsets converts byte offsets into text to rune (code point) offsets.
// offs must be sorted ascending; the result has the same order. It runs in
// one pass over text, so converting all the spans of a document at once is
// linear.
func RuneOffsets(text string, offs []int) []int {
	out := make([]int, len(offs))
	runes, b := 0, 0
	for i, off := range offs {
		for b < off && b < len(text) {
			_, n := utf8.DecodeRuneInString(text[b:])
			b += n
			runes++
		}
		out[i] = runes
	}
	return out
}

// ByteOffsets converts rune (code point) offsets into text to byte offsets.
// roffs must be sorted ascending. A rune offset past the end maps to len(text).
func ByteOffsets(text string, roffs []int) []int {
	out := make([]int, len(roffs))
	runes, b := 0, 0
	for i, r := range roffs {
		for runes < r && b < len(text) {
			_, n := utf8.DecodeRuneInString(text[b:])
			b += n
			runes++
		}
		out[i] = b
	}
	return out
}
