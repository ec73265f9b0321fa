package ingest

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"

	"github.com/google/go-cmp/cmp"
	"github.com/reprint/reprint"
)

func utf16Bytes(s string, bigEndian bool) []byte {
	out := []byte{0xFF, 0xFE}
	if bigEndian {
		out = []byte{0xFE, 0xFF}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// decodeSpan decodes raw[sp] in encoding enc, the reference for BodyMap.
func decodeSpan(t *testing.T, raw []byte, enc string) string {
	t.Helper()
	switch enc {
	case encUTF8:
		return string(raw)
	case encCP1252:
		var sb strings.Builder
		for _, c := range raw {
			sb.WriteRune(charmap.Windows1252.DecodeByte(c))
		}
		return sb.String()
	case "windows-1251", "koi8-r", "shift_jis", "gb18030", "windows-1256":
		enc, err := htmlindex.Get(enc)
		if err != nil {
			t.Fatal(err)
		}
		out, err := enc.NewDecoder().Bytes(raw)
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	case encUTF16LE, encUTF16BE:
		var us []uint16
		for i := 0; i+1 < len(raw); i += 2 {
			us = append(us, unit(raw, i, enc == encUTF16BE))
		}
		return string(utf16.Decode(us))
	}
	t.Fatalf("unknown encoding %q", enc)
	return ""
}

func mustRead(path string) []byte {
	b, err := os.ReadFile(path)
	if err != nil {
		panic(err)
	}
	return b
}

// crlf turns the LF line ends of b into CRLF.
func crlf(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n")) }

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name     string
		raw      []byte
		wantBody string
		wantEnc  string
	}{
		{"ascii", []byte("Plain text.\nSecond line.\n"), "Plain text.\nSecond line.\n", encUTF8},
		{"utf-8", []byte("Café “quoted” — naïve.\n"), "Café “quoted” — naïve.\n", encUTF8},
		{"utf-8 BOM", []byte("\xEF\xBB\xBFCafé owners.\n"), "Café owners.\n", encUTF8},
		{"utf-8 CRLF", []byte("Café\r\nline two\rline three\r\n"), "Café\nline two\nline three\n", encUTF8},
		{"utf-16le BOM", utf16Bytes("Café “q” 😀\r\nnext\n", false), "Café “q” 😀\nnext\n", encUTF16LE},
		{"utf-16be BOM", utf16Bytes("Café “q” 😀\r\nnext\n", true), "Café “q” 😀\nnext\n", encUTF16BE},
		{"windows-1252", []byte("\x93Quoted\x94 caf\xe9 \x96 d\xe9j\xe0 vu\r\nnext\x85\r\n"),
			"“Quoted” café – déjà vu\nnext…\n", encCP1252},
		{"windows-1251 (Russian)", mustRead("../htmltext/testdata/encodings/ru.windows-1251.txt"),
			string(mustRead("../htmltext/testdata/encodings/ru.utf-8.txt")), "windows-1251"},
		{"koi8-r CRLF", crlf(mustRead("../htmltext/testdata/encodings/ru.koi8-r.txt")),
			string(mustRead("../htmltext/testdata/encodings/ru.utf-8.txt")), "koi8-r"},
		{"shift_jis", mustRead("../htmltext/testdata/encodings/ja.shift_jis.txt"),
			string(mustRead("../htmltext/testdata/encodings/ja.utf-8.txt")), "shift_jis"},
		{"gb18030", mustRead("../htmltext/testdata/encodings/zh.gb18030.txt"),
			string(mustRead("../htmltext/testdata/encodings/zh.utf-8.txt")), "gb18030"},
		{"windows-1256 (Arabic)", mustRead("../htmltext/testdata/encodings/ar.windows-1256.txt"),
			string(mustRead("../htmltext/testdata/encodings/ar.utf-8.txt")), "windows-1256"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, terr := decodeText(tt.raw)
			if terr != nil {
				t.Fatalf("decodeText(%q) rejected: %v %s", tt.raw, terr.reason, terr.detail)
			}
			if d.body != tt.wantBody || d.enc != tt.wantEnc {
				t.Fatalf("decodeText(%q) = %q, %s; want %q, %s", tt.raw, d.body, d.enc, tt.wantBody, tt.wantEnc)
			}
			// Every rune of the body maps back to raw bytes that decode to
			// it (line ends: to a CR, LF or CRLF).
			for off, r := range d.body {
				sp := d.m.SourceSpan(reprint.Span{Start: off, End: off + utf8.RuneLen(r)})
				if sp.Start < 0 || sp.End > len(tt.raw) {
					t.Fatalf("rune %q at %d maps to %v, outside raw (%d bytes)", r, off, sp, len(tt.raw))
				}
				src := decodeSpan(t, tt.raw[sp.Start:sp.End], d.enc)
				want := string(r)
				if r == '\n' && (src == "\r\n" || src == "\r") {
					continue
				}
				if src != want {
					t.Errorf("rune %q at body offset %d maps to raw %v = %q", r, off, sp, src)
				}
			}
		})
	}
}

func TestDecodeTextRejects(t *testing.T) {
	tests := []struct {
		name       string
		raw        []byte
		wantReason reprint.SkipReason
		wantDetail string
	}{
		{"empty", nil, reprint.SkipEmpty, "no bytes"},
		{"white space", []byte(" \r\n\t \n"), reprint.SkipEmpty, "only white space"},
		{"BOM only", []byte("\xEF\xBB\xBF"), reprint.SkipEmpty, "only white space"},
		{"utf-8 with bad byte", []byte("Café ok\xff then"), reprint.SkipInvalidUTF8, "invalid UTF-8 sequence at byte 8"},
		{"BOM then bad byte", []byte("\xEF\xBB\xBFab\xe9cd"), reprint.SkipInvalidUTF8, "invalid UTF-8 sequence at byte 5"},
		{"NULs throughout", []byte(strings.Repeat("ab\x00\x01\x02cd", 50)), reprint.SkipBinary, "too many control characters (150 of 350 bytes, 50 NUL)"},
		{"windows-1252 undefined byte", []byte("a\x81b\xe9"), reprint.SkipEncoding, "not UTF-8, and no legacy encoding decodes it credibly"},
		{"utf-16 odd", []byte{0xFF, 0xFE, 'a', 0, 'b'}, reprint.SkipEncoding, "utf-16: odd number of bytes (5)"},
		{"utf-16 lone surrogate", []byte{0xFF, 0xFE, 'a', 0, 0x00, 0xD8, 'b', 0}, reprint.SkipEncoding, "utf-16: unpaired surrogate at byte 4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, terr := decodeText(tt.raw)
			if terr == nil {
				t.Fatalf("decodeText(%q) accepted; want %v", tt.raw, tt.wantReason)
			}
			if terr.reason != tt.wantReason || terr.detail != tt.wantDetail {
				t.Errorf("decodeText(%q) = %v %q; want %v %q", tt.raw, terr.reason, terr.detail, tt.wantReason, tt.wantDetail)
			}
		})
	}
}

// TestDecodeStrayNUL keeps real text with a few stray NUL bytes, as twelve
// of the PAN 2013 documents have, instead of rejecting it as binary.
func TestDecodeStrayNUL(t *testing.T) {
	raw := append([]byte(strings.Repeat("words of a long text. ", 400)), 0)
	raw = append(raw, " and more\r\n"...)
	d, terr := decodeText(raw)
	if terr != nil {
		t.Fatalf("decodeText(text with one NUL) rejected: %v %s", terr.reason, terr.detail)
	}
	if !strings.Contains(d.body, "\x00 and more\n") {
		t.Errorf("decodeText body lost the NUL or the text after it")
	}
}

// TestDecodeFastPath checks the UTF-8 fast path against the general path.
func TestDecodeFastPath(t *testing.T) {
	for _, s := range []string{"a", "Café “q”\n\nnext 😀\n", "\xEF\xBB\xBFbom text\n", strings.Repeat("word ", 1000)} {
		fast, terr := decodeText([]byte(s))
		if terr != nil {
			t.Fatalf("decodeText(%q): %v", s, terr.detail)
		}
		start := 0
		if strings.HasPrefix(s, "\xEF\xBB\xBF") {
			start = 3
		}
		body, m := decodeGeneral([]byte(s), start, stepUTF8)
		if fast.body != body {
			t.Errorf("fast body %q; general %q", fast.body, body)
		}
		if diff := cmp.Diff(m, fast.m); diff != "" {
			t.Errorf("fast map differs from general (-general +fast):\n%s", diff)
		}
	}
}

func TestHeadline(t *testing.T) {
	lead := strings.Repeat("word ", 30)
	tests := []struct {
		name, body, want string
	}{
		{"blank line after", "Bridge to close for repairs\n\n" + lead, "Bridge to close for repairs"},
		{"long paragraph after", "Bridge to close for repairs\n" + lead, "Bridge to close for repairs"},
		{"leading blank lines", "\n\nBridge to close\n\nText.", "Bridge to close"},
		{"question", "Will the bridge close?\n\nText.", "Will the bridge close?"},
		{"under a breadcrumb trail", "Home » UK News\n\nBridge to close for repairs\n\n" + lead, "Bridge to close for repairs"},
		{"over its page's header, a byline under the trail", "Bridge to close for repairs\n\nValley Ledger · News of the valley\nHome › News\nStaff, Valley Ledger\n\n" + lead, "Bridge to close for repairs"},
		{"under a trail that ends in it", "Valley Ledger · News of the valley\n\nHome » Local » Bridge to close for repairs\n\nBridge to close for repairs\n\n" + lead, "Bridge to close for repairs"},
		{"under two trails", "Home » UK\nNews › Local\n\nBridge to close\n\n" + lead, "Bridge to close"},
		{"under a menu one item a line", "Skip to content\n\nValley Ledger\n\nMenu\n\nHome\nNews\nSport\nContact\n\nBridge to close for repairs\n\n" + lead, "Bridge to close for repairs"},
		{"prose under a menu", "Valley Ledger\nNews of the valley\n\nHome\nNews\nSport\nContact\n\nThe bridge will close for repairs.\n\n" + lead, ""},
		{"under a press release's label", "FOR IMMEDIATE RELEASE\n\nCorvane to build battery plant\n\n" + lead, "Corvane to build battery plant"},
		{"under a date line", "Поділля 24/7, [14.05.2025 13:05]\n\nБерезнянськ без автомобільного мосту\n\n" + lead, "Березнянськ без автомобільного мосту"},
		{"sentence", "The bridge will close.\n\nText.", ""},
		{"quoted sentence", "He said “it will close.”\n\nText.", ""},
		{"short line after", "Bridge to close\nBy A. Reporter\n" + lead, ""},
		{"one word", "Politics\n\n" + lead, ""},
		{"too long", strings.Repeat("long ", HeadlineMaxWords+1) + "\n\n" + lead, ""},
		{"a page's title over its header", "Brush fire ha songge 62 na acres giya Sagua’ Lågu; nuebi na familia manmapos gi guma’-ñiha\n\nIslaFeed | Guam · CNMI · Micronesia\nTop Stories | Guam | Nutisia | Sports | Weather\n\n" + lead,
			"Brush fire ha songge 62 na acres giya Sagua’ Lågu; nuebi na familia manmapos gi guma’-ñiha"},
		{"a long headline of short words", "Vaaki va Hlaneki va famba hi milenge ku ya eka masipala hikwalaho ka mati: Hinkwaswo leswi u faneleke ku swi tiva\n\n" + lead,
			"Vaaki va Hlaneki va famba hi milenge ku ya eka masipala hikwalaho ka mati: Hinkwaswo leswi u faneleke ku swi tiva"},
		{"markup", `src="https://x.example/a.js" crossorigin="anonymous">[/script]` + "\n\n" + lead, ""},
		{"tag", "<b>Bridge to close</b>\n\n" + lead, ""},
		{"only line", "Bridge to close", ""},
		{"nothing after", "Bridge to close\n\n\n", ""},
		{"colon", "Read more:\n\n" + lead, ""},
		{"digits only", "2024 03 14\n\n" + lead, ""},
		// A scraper's copy opening with the page's consent banner: its
		// heading is no headline, the title is read below the banner.
		{"under a consent banner", "We care about your privacy\n\nWe use cookies to improve your experience on our site.\n\nAccept all Manage preferences\n\nBridge to close for repairs\n\n" + lead,
			"Bridge to close for repairs"},
		{"under a Polish banner without heading", "Używamy plików cookie, aby zapewnić najlepszą jakość korzystania z naszej witryny.\nAkceptuj wszystkie Odrzuć\nMost zamknięty do maja\n\n" + lead,
			"Most zamknięty do maja"},
		{"a privacy headline over prose", "We care about your privacy\n\n" + lead, "We care about your privacy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := headline(tt.body); got != tt.want {
				t.Errorf("headline(%q) = %q; want %q", tt.body, got, tt.want)
			}
		})
	}
}
