package newsgen

import (
	"slices"
	"strings"
	"testing"
)

func TestNormWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Hello, world!", []string{"hello", "world"}},
		{"Russia's and Russia’s", []string{"russia", "s", "and", "russia", "s"}},
		{"US-proposed 1,500 — “quoted”", []string{"us", "proposed", "1", "500", "quoted"}},
		{"Café naïve", []string{"café", "naïve"}},
	}
	for _, tt := range tests {
		if got := NormWords(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("NormWords(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestSentenceFinal(t *testing.T) {
	tests := []struct {
		tok  string
		want bool
	}{
		{"said.", true},
		{"said", false},
		{"said,", false},
		{"why?", true},
		{"now!", true},
		{`over."`, true},
		{"over.”", true},
		{"(1998).", true},
		{"Mr.", false},
		{"Dr.", false},
		{"U.S.", false},
		{"J.", false},
		{"e.g.", false},
		{"wait...", true},
		{"A.", false},
		{"costs.", true},
	}
	for _, tt := range tests {
		if got := sentenceFinal(tt.tok); got != tt.want {
			t.Errorf("sentenceFinal(%q) = %v; want %v", tt.tok, got, tt.want)
		}
	}
}

func TestSplitSentences(t *testing.T) {
	toks := strings.Fields("Mr. Smith went to Washington. He said: “Yes.” Then he left")
	got := splitSentences(toks)
	want := []string{"Mr. Smith went to Washington.", "He said: “Yes.”", "Then he left"}
	if len(got) != len(want) {
		t.Fatalf("splitSentences = %q; want %q", got, want)
	}
	for i := range want {
		if s := strings.Join(got[i], " "); s != want[i] {
			t.Errorf("sentence %d = %q; want %q", i, s, want[i])
		}
	}
}

func TestCore(t *testing.T) {
	tests := []struct{ tok, lead, word, trail string }{
		{"hello", "", "hello", ""},
		{`"Hello,`, `"`, "Hello", ","},
		{"(U.S.)", "(", "U.S", ".)"},
		{"don't.", "", "don't", "."},
		{"—", "—", "", ""},
	}
	for _, tt := range tests {
		l, w, tr := core(tt.tok)
		if l != tt.lead || w != tt.word || tr != tt.trail {
			t.Errorf("core(%q) = %q %q %q; want %q %q %q", tt.tok, l, w, tr, tt.lead, tt.word, tt.trail)
		}
	}
}

func TestEndSentence(t *testing.T) {
	tests := []struct{ in, want string }{
		{"word", "word."},
		{"word,", "word."},
		{"word;", "word."},
		{"word.", "word."},
		{"word?", "word?"},
		{"—", "—"},
	}
	for _, tt := range tests {
		if got := endSentence(tt.in); got != tt.want {
			t.Errorf("endSentence(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestSplitClause(t *testing.T) {
	tests := []struct {
		in     string
		x, y   string
		splits bool
	}{
		{"The council met on Monday, and the mayor said nothing at all.",
			"The council met on Monday.", "The mayor said nothing at all.", true},
		{"Short, sentence here.", "", "", false},
		{"No comma in this fairly long sentence about the weather today.", "", "", false},
	}
	for _, tt := range tests {
		x, y, ok := splitClause(strings.Fields(tt.in))
		if ok != tt.splits {
			t.Errorf("splitClause(%q) ok = %v; want %v", tt.in, ok, tt.splits)
			continue
		}
		if ok && (strings.Join(x, " ") != tt.x || strings.Join(y, " ") != tt.y) {
			t.Errorf("splitClause(%q) = %q | %q; want %q | %q", tt.in, strings.Join(x, " "), strings.Join(y, " "), tt.x, tt.y)
		}
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name string
		raw  []byte
		want string
		ok   bool
	}{
		{"utf8", []byte("naïve “quotes”"), "naïve “quotes”", true},
		{"nul bytes", []byte("a\x00b\x00c"), "abc", true},
		{"bom", []byte("\xef\xbb\xbfhello"), "hello", true},
		{"windows-1252", []byte("caf\xe9 \x93quoted\x94 \x80 5"), "café “quoted” € 5", true},
		{"undefined byte", []byte("bad \x81 byte \xe9"), "", false},
	}
	for _, tt := range tests {
		got, ok := decode(tt.raw)
		if ok != tt.ok || got != tt.want {
			t.Errorf("%s: decode = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParagraphs(t *testing.T) {
	text := "First paragraph on one line.\nSecond paragraph on its own line.\n\nA hard-wrapped paragraph that\ncontinues here and\nends here.\nHeading\nText after a heading."
	var lines []line
	off := 0
	for _, l := range strings.Split(text, "\n") {
		lines = append(lines, line{l, off, off + len(l)})
		off += len(l) + 1
	}
	var got []string
	for _, p := range paragraphs(lines) {
		got = append(got, p.text)
	}
	want := []string{
		"First paragraph on one line.",
		"Second paragraph on its own line.",
		"A hard-wrapped paragraph that continues here and ends here.",
		"Heading",
		"Text after a heading.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("paragraphs =\n%q\nwant\n%q", got, want)
	}
}

func TestProse(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"prose", "The council said on Monday that it would review the plan, and the mayor agreed that the city should wait for the report before it acts.", true},
		{"no final stop", "The council said on Monday that it would review the plan and the mayor agreed that the city should wait for the report", false},
		{"dropped link", "The ghost resembles the recently deceased King , whose brother has inherited the throne and married the widow of the king.", false},
		{"url", "Read the full report on the plan at http://example.com/report and tell us what you think of it in the comments below.", false},
		{"not English", "Die Firma hat im vergangenen Jahr einen Umsatz von zwei Milliarden Euro erzielt und plant weitere Investitionen im Ausland.", false},
		{"table", "2001 2002 2003 2004 2005 2006 2007 2008 2009 2010 2011 2012 2013 2014 2015 2016 2017 2018 2019 the end.", false},
		{"shouting", "THE COUNCIL SAID ON MONDAY THAT IT WOULD REVIEW THE PLAN AND THE MAYOR AGREED THAT THE CITY SHOULD WAIT FOR IT.", false},
	}
	for _, tt := range tests {
		if got := prose(strings.Fields(tt.in)); got != tt.want {
			t.Errorf("%s: prose = %v; want %v", tt.name, got, tt.want)
		}
	}
}

func TestLogUniform(t *testing.T) {
	r := newRand(1)
	for _, n := range []int{1, 2, 10, MaxLag} {
		small := 0
		for range 2000 {
			v := logUniform(r, n)
			if v < 1 || v > n {
				t.Fatalf("logUniform(%d) = %d; want in [1, %d]", n, v, n)
			}
			if v <= 10 {
				small++
			}
		}
		// Log-uniform: a quarter of draws ≤ 10 out of 10,000.
		if n == MaxLag && (small < 300 || small > 700) {
			t.Errorf("logUniform(%d): %d of 2000 draws ≤ 10; want about 500", n, small)
		}
	}
}
