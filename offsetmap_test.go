package reprint

import (
	"strings"
	"testing"
)

// crlfMap builds the map a CRLF → LF normalisation produces.
func crlfMap(raw string) (string, OffsetMap) {
	var b MapBuilder
	var out strings.Builder
	for i := 0; i < len(raw); i++ {
		if raw[i] == '\r' && i+1 < len(raw) && raw[i+1] == '\n' {
			b.Replace(out.Len(), 1, i, 2)
			out.WriteByte('\n')
			i++
			continue
		}
		b.Copy(out.Len(), i, 1)
		out.WriteByte(raw[i])
	}
	return out.String(), b.Map()
}

func TestOffsetMapCRLF(t *testing.T) {
	raw := "one\r\ntwo\r\n\r\nthree"
	text, m := crlfMap(raw)
	if text != "one\ntwo\n\nthree" {
		t.Fatalf("crlfMap text = %q", text)
	}
	tests := []struct {
		sp   Span
		want string
	}{
		{Span{0, 3}, "one"},
		{Span{4, 7}, "two"},
		{Span{9, 14}, "three"},
		{Span{0, 4}, "one\r\n"},
		{Span{3, 3}, ""},
	}
	for _, tt := range tests {
		got := m.SourceSpan(tt.sp)
		if s := raw[got.Start:got.End]; s != tt.want {
			t.Errorf("SourceSpan(%v) = %v (%q); want %q", tt.sp, got, s, tt.want)
		}
	}
	if len(m) != 6 {
		t.Errorf("len(map) = %d; want 6 segments (3 copies, 3 replacements)", len(m))
	}
}

func TestOffsetMapIdentity(t *testing.T) {
	var m OffsetMap
	if got := m.SourceSpan(Span{3, 9}); got != (Span{3, 9}) {
		t.Errorf("zero OffsetMap.SourceSpan = %v; want identity", got)
	}
}

func TestOffsetMapInserted(t *testing.T) {
	// Derived "ab\n\ncd" from source "<p>ab</p><p>cd</p>": the blank line is inserted.
	src := "<p>ab</p><p>cd</p>"
	var b MapBuilder
	b.Copy(0, 3, 2)  // ab
	b.Copy(4, 12, 2) // cd
	m := b.Map()
	if got := m.SourceSpan(Span{4, 6}); src[got.Start:got.End] != "cd" {
		t.Errorf("SourceSpan(cd) = %v", got)
	}
	if got := m.SourceSpan(Span{0, 6}); src[got.Start:got.End] != "ab</p><p>cd" {
		t.Errorf("SourceSpan(all) = %v = %q", got, src[got.Start:got.End])
	}
	if got := m.Source(2); got != 12 {
		t.Errorf("Source(inserted) = %d; want 12 (start of next segment)", got)
	}
}

func TestCompose(t *testing.T) {
	raw := "title\r\n\r\nchrome line\r\nstory one\r\nstory two"
	body, bodyMap := crlfMap(raw)
	// Cleaning drops "chrome line\n".
	cut := strings.Index(body, "chrome line\n")
	var b MapBuilder
	b.Copy(0, 0, cut)
	rest := cut + len("chrome line\n")
	b.Copy(cut, rest, len(body)-rest)
	text := body[:cut] + body[rest:]
	textMap := b.Map()
	all := Compose(textMap, bodyMap)
	for _, w := range []string{"title", "story one", "story two", "one\nstory"} {
		i := strings.Index(text, w)
		sp := Span{i, i + len(w)}
		want := strings.ReplaceAll(w, "\n", "\r\n")
		direct := all.SourceSpan(sp)
		twoStep := bodyMap.SourceSpan(textMap.SourceSpan(sp))
		if got := raw[direct.Start:direct.End]; got != want {
			t.Errorf("Compose.SourceSpan(%q) = %q; want %q", w, got, want)
		}
		if direct != twoStep {
			t.Errorf("Compose.SourceSpan(%q) = %v; two-step = %v", w, direct, twoStep)
		}
	}
}

func TestRuneOffsets(t *testing.T) {
	text := "a“bc”é"
	offs := []int{0, 1, 4, 6, 9, len(text)}
	got := RuneOffsets(text, offs)
	want := []int{0, 1, 2, 4, 5, 6}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("RuneOffsets(%q, %v) = %v; want %v", text, offs, got, want)
		}
	}
	back := ByteOffsets(text, got)
	for i := range offs {
		if back[i] != offs[i] {
			t.Fatalf("ByteOffsets(%v) = %v; want %v", got, back, offs)
		}
	}
}

func TestSpanIn(t *testing.T) {
	text := "a“b"
	if _, err := (Span{0, 2}).In(text); err == nil {
		t.Errorf("Span{0,2}.In(%q) splits a rune but gave no error", text)
	}
	if s, err := (Span{1, 4}).In(text); err != nil || s != "“" {
		t.Errorf("Span{1,4}.In(%q) = %q, %v", text, s, err)
	}
	if _, err := (Span{2, 99}).In(text); err == nil {
		t.Errorf("Span{2,99}.In out of range gave no error")
	}
}
