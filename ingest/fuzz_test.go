package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/reprint/reprint"
)

// Fuzz targets. Each checks: no panic, Read == Articles + Rejected (in
// mustScan), Body valid UTF-8 without CR, and BodyMap inside Body and Raw.
// Run one for 30 s with:
//
//	go test ./ingest -run '^$' -fuzz FuzzWARC -fuzztime 30s

func FuzzText(f *testing.F) {
	for _, s := range []string{"", "a", "Café\r\n", "\xEF\xBB\xBFbom", "\x93q\x94 caf\xe9\r", "ok\xffé", "\xff\xfea\x00\r\x00\n\x00", "\xfe\xff\x00a\xd8\x00",
		"\xcf\xf0\xe5\xe7\xe8\xe4\xe5\xed\xf2 \xd1\xd8\xc0 \xe7\xe0\xff\xe2\xe8\xeb", // Windows-1251
		"\x93\xfa\x96{\x82\xcc\x89\xc4 \x83X\x81[\x83p\x81[",                         // Shift_JIS
		"\xc3\xc0\xb9\xfa\xd7\xdc\xcd\xb3 \xb1\xed\xca\xbe",                          // GB18030
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		d, terr := decodeText(raw)
		if terr != nil {
			if terr.reason == reprint.SkipNone || terr.detail == "" {
				t.Fatalf("decodeText(%q) rejected with %v %q", raw, terr.reason, terr.detail)
			}
			return
		}
		a := &reprint.Article{ID: "x", Input: "x", Format: reprint.FormatText, Raw: raw, Body: d.body, BodyMap: d.m}
		if err := checkArticle(a); err != nil {
			t.Fatalf("decodeText(%q): %v", raw, err)
		}
		// A legacy encoding is read right or not at all: no U+FFFD.
		if d.enc != encUTF8 && strings.ContainsRune(d.body, utf8.RuneError) {
			t.Fatalf("decodeText(%q) as %s keeps U+FFFD: %q", raw, d.enc, d.body)
		}
		// Every rune maps to a non-empty raw span.
		for off, r := range d.body {
			sp := d.m.SourceSpan(reprint.Span{Start: off, End: off + utf8.RuneLen(r)})
			if sp.Empty() {
				t.Fatalf("decodeText(%q): rune at %d maps to empty %v", raw, off, sp)
			}
		}
		headline(d.body)
	})
}

// fuzzFile writes data under name in a temp dir and scans it.
func fuzzFile(t *testing.T, name string, data []byte) {
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	mustScan(t, Options{MaxArticleBytes: 64 << 10}, p)
}

func FuzzWARC(f *testing.F) {
	for _, p := range []string{"testdata/warc/crawl.warc", "testdata/warc/crawl.warc.gz"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		f.Add(b[:len(b)/2])
	}
	rec := warcRecord{"response", "urn:c", "https://e.com/c", "application/http; msgtype=response",
		httpResponse("Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", chunk(gzipBytes(f, []byte(testPage)), 50))}
	b, _ := warcBytes(f, false, rec)
	f.Add(b)
	b, _ = warcBytes(f, true, rec, rec)
	f.Add(b)
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999999999\r\n\r\nabc"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzFile(t, "f.warc", data)
	})
}

func FuzzJSONL(f *testing.F) {
	b, err := os.ReadFile("testdata/jsonl/items.jsonl")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`{"id":"h","html":"<html><body><p>Some text here in a paragraph that is long enough.</p></body></html>","published":"2024-01-02T03:04:05Z"}` + "\n"))
	f.Add([]byte("{\"id\":null,\"text\":\"a\\r\\nb\",\"url\":5}\r\n\n[1]\nnull\n{"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzFile(t, "f.jsonl", data)
	})
}

// FuzzSniff runs whole files through sniffing and every reader.
func FuzzSniff(f *testing.F) {
	for _, p := range []string{"testdata/golden/mixed/a-plain.txt", "testdata/golden/mixed/b-cp1252.txt",
		"testdata/golden/mixed/c-page.txt", "testdata/golden/mixed/e-bad.txt", "testdata/binary/control.txt"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add(gzipBytes(f, []byte("plain text in gzip\n")))
	f.Add(gzipBytes(f, []byte(`{"id":"1","text":"x"}`+"\n")))
	f.Add([]byte("<!-- c --><html><p>x</p></html>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		k, why := sniff(data[:min(len(data), sniffLen)], len(data) <= sniffLen, "f.txt")
		if k == kindBinary && why == "" {
			t.Fatalf("sniff(%q) = binary with no reason", data)
		}
		fuzzFile(t, "f.txt", data)
	})
}
