package ingest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/reprint/reprint"
)

func htmlResponse(uri, id string) warcRecord {
	return warcRecord{typ: "response", id: id, uri: uri, contentType: "application/http; msgtype=response",
		block: httpResponse("Content-Type: text/html; charset=utf-8\r\n", []byte(testPage))}
}

// TestWARCTruncated writes a valid two-record .warc.gz, cuts it in the
// middle of the second record, and wants the first article, one truncated
// rejection, and the next file read.
func TestWARCTruncated(t *testing.T) {
	dir := t.TempDir()
	data, offs := warcBytes(t, true,
		htmlResponse("https://example.com/one", "urn:uuid:1"),
		htmlResponse("https://example.com/two", "urn:uuid:2"))
	cut := offs[1] + (len(data)-offs[1])/2
	os.WriteFile(filepath.Join(dir, "a.warc.gz"), data[:cut], 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("The next file.\n"), 0o644)

	items, st := mustScan(t, Options{}, dir)
	if len(items) != 3 {
		t.Fatalf("got %d items %+v; want 3", len(items), items)
	}
	a := items[0].a
	if a == nil || a.ID != "urn:uuid:1" || a.Format != reprint.FormatWARC ||
		a.Input != filepath.ToSlash(filepath.Join(dir, "a.warc.gz"))+"#0" ||
		a.Meta.URL != "https://example.com/one" || !a.Meta.Crawled.Equal(time.Date(2024, 3, 14, 12, 0, 0, 0, time.UTC)) {
		t.Errorf("first item = %+v; want the first record as an article", items[0])
	}
	r := items[1].r
	if r == nil || r.Reason != reprint.SkipTruncated || !strings.HasSuffix(r.Input, fmt.Sprintf("#%d", offs[1])) {
		t.Errorf("second item = %+v; want truncated at #%d", items[1], offs[1])
	}
	if items[2].a == nil || items[2].a.ID != "b.txt" {
		t.Errorf("third item = %+v; want b.txt", items[2])
	}
	if st.Read != 3 || st.Articles != 2 {
		t.Errorf("Stats() = %+v", st)
	}
}

// TestWARCTruncatedPlain cuts an uncompressed WARC inside a record block.
func TestWARCTruncatedPlain(t *testing.T) {
	data, offs := warcBytes(t, false,
		htmlResponse("https://example.com/one", "urn:uuid:1"),
		htmlResponse("https://example.com/two", "urn:uuid:2"))
	p := filepath.Join(t.TempDir(), "a.warc")
	os.WriteFile(p, data[:offs[1]+300], 0o644)
	items, _ := mustScan(t, Options{}, p)
	if len(items) != 2 || items[0].a == nil || items[1].r == nil || items[1].r.Reason != reprint.SkipTruncated {
		t.Fatalf("items %+v; want article + truncated", items)
	}
	if want := fmt.Sprintf("%s#%d", filepath.ToSlash(p), offs[1]); items[1].r.Input != want {
		t.Errorf("Input = %q; want %q", items[1].r.Input, want)
	}
}

// TestWARCFixtures reads the same three records (warcinfo, request,
// response) plain and gzipped.
func TestWARCFixtures(t *testing.T) {
	for _, name := range []string{"testdata/warc/crawl.warc", "testdata/warc/crawl.warc.gz"} {
		t.Run(name, func(t *testing.T) {
			items, st := mustScan(t, Options{}, name)
			if len(items) != 1 || items[0].a == nil {
				t.Fatalf("items %+v; want one article", items)
			}
			a := items[0].a
			if a.ID != "urn:uuid:00000000-0000-0000-0000-000000000003" || a.Meta.URL != "https://example.com/bridge" ||
				!strings.Contains(a.Body, "twelve thousand vehicles") {
				t.Errorf("article %s %s %q", a.ID, a.Meta.URL, a.Body)
			}
			if st.NonArticle != 2 || st.Read != 1 {
				t.Errorf("Stats() = %+v; want 2 non-article records, 1 read", st)
			}
		})
	}
}

func chunk(b []byte, n int) []byte {
	var out bytes.Buffer
	for len(b) > 0 {
		k := min(n, len(b))
		fmt.Fprintf(&out, "%x\r\n", k)
		out.Write(b[:k])
		out.WriteString("\r\n")
		b = b[k:]
	}
	out.WriteString("0\r\n\r\n")
	return out.Bytes()
}

func TestWARCPayloads(t *testing.T) {
	page := []byte(testPage)
	http := "application/http; msgtype=response"
	tests := []struct {
		name string
		rec  warcRecord
		want reprint.SkipReason // SkipNone: an article; -1: not an article
	}{
		{"chunked", warcRecord{"response", "urn:c", "https://e.com/c", http,
			httpResponse("Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", chunk(page, 100))}, reprint.SkipNone},
		{"gzip", warcRecord{"response", "urn:g", "https://e.com/g", http,
			httpResponse("Content-Type: text/html\r\nContent-Encoding: gzip\r\n", gzipBytes(t, page))}, reprint.SkipNone},
		{"chunked gzip", warcRecord{"response", "urn:cg", "https://e.com/cg", http,
			httpResponse("Content-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n", chunk(gzipBytes(t, page), 64))}, reprint.SkipNone},
		{"sniffed", warcRecord{"response", "urn:s", "https://e.com/s", http, httpResponse("", page)}, reprint.SkipNone},
		{"no id", warcRecord{"response", "", "https://e.com/n", http, httpResponse("Content-Type: text/html\r\n", page)}, reprint.SkipNone},
		{"image", warcRecord{"response", "urn:i", "https://e.com/i.png", http, httpResponse("Content-Type: image/png\r\n", []byte("\x89PNG"))}, -1},
		{"redirect", warcRecord{"response", "urn:r", "https://e.com/r", http,
			[]byte("HTTP/1.1 301 Moved\r\nLocation: /x\r\nContent-Type: text/html\r\n\r\n<html>moved</html>")}, -1},
		{"metadata", warcRecord{"metadata", "urn:m", "https://e.com/", "application/warc-fields", []byte("via: x\r\n")}, -1},
		{"brotli", warcRecord{"response", "urn:b", "https://e.com/b", http,
			httpResponse("Content-Type: text/html\r\nContent-Encoding: br\r\n", []byte("xxxx"))}, reprint.SkipUnsupported},
		{"bad chunks", warcRecord{"response", "urn:bc", "https://e.com/bc", http,
			httpResponse("Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", []byte("zz\r\nnot chunked"))}, reprint.SkipBadRecord},
		{"bad status", warcRecord{"response", "urn:bs", "https://e.com/bs", http, []byte("GARBAGE\r\n\r\n<html></html>")}, reprint.SkipBadRecord},
	}
	for _, gz := range []bool{false, true} {
		for _, tt := range tests {
			t.Run(fmt.Sprintf("%s/gz=%v", tt.name, gz), func(t *testing.T) {
				data, _ := warcBytes(t, gz, tt.rec, htmlResponse("https://e.com/after", "urn:after"))
				p := filepath.Join(t.TempDir(), "x.warc")
				os.WriteFile(p, data, 0o644)
				items, st := mustScan(t, Options{}, p)
				if n := len(items); n == 0 || items[n-1].a == nil || items[n-1].a.ID != "urn:after" {
					t.Fatalf("items %+v; want the record after to be read", items)
				}
				items = items[:len(items)-1]
				switch {
				case tt.want == -1:
					if len(items) != 0 || st.NonArticle != 1 {
						t.Errorf("items %+v, Stats %+v; want no item and one non-article", items, st)
					}
				case tt.want == reprint.SkipNone:
					if len(items) != 1 || items[0].a == nil || !strings.Contains(items[0].a.Body, "twelve thousand vehicles") {
						t.Errorf("items %+v; want the article", items)
					} else if tt.rec.id == "" && !strings.HasPrefix(items[0].a.ID, "x.warc#") {
						t.Errorf("ID = %q; want x.warc#offset", items[0].a.ID)
					}
				default:
					if len(items) != 1 || items[0].r == nil || items[0].r.Reason != tt.want {
						t.Errorf("items %+v; want rejection %v", items, tt.want)
					}
				}
			})
		}
	}
}

// TestWARCBadRecordResync: a garbage gzip member between good ones is one
// bad record and reading resumes at the next member.
func TestWARCBadRecordResync(t *testing.T) {
	good, _ := warcBytes(t, true, htmlResponse("https://e.com/1", "urn:1"))
	bad := gzipBytes(t, []byte("HELLO this is not a WARC record\r\n\r\n"))
	good2, _ := warcBytes(t, true, htmlResponse("https://e.com/2", "urn:2"))
	p := filepath.Join(t.TempDir(), "x.warc.gz")
	os.WriteFile(p, append(append(append([]byte{}, good...), bad...), good2...), 0o644)
	items, _ := mustScan(t, Options{}, p)
	var got []string
	for _, it := range items {
		if it.a != nil {
			got = append(got, it.a.ID)
		} else {
			got = append(got, it.r.Reason.String())
		}
	}
	if diff := cmp.Diff([]string{"urn:1", "bad-record", "urn:2"}, got); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}
}

// TestWARCTrailingBytes: bytes after the record of an intact gzip member
// are a bad record of their own, after the article, and reading goes on.
func TestWARCTrailingBytes(t *testing.T) {
	rec, _ := warcBytes(t, false, htmlResponse("https://e.com/1", "urn:1"))
	member := gzipBytes(t, append(rec, "not a record\r\n"...))
	next, _ := warcBytes(t, true, warcRecord{typ: "request", id: "urn:r", contentType: "application/http; msgtype=request", block: []byte("GET / HTTP/1.1\r\n\r\n")},
		htmlResponse("https://e.com/2", "urn:2"))
	p := filepath.Join(t.TempDir(), "x.warc.gz")
	os.WriteFile(p, append(member, next...), 0o644)
	items, st := mustScan(t, Options{}, p)
	var got []string
	for _, it := range items {
		if it.a != nil {
			got = append(got, it.a.ID)
		} else {
			got = append(got, it.r.Reason.String())
		}
	}
	if diff := cmp.Diff([]string{"urn:1", "bad-record", "urn:2"}, got); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}
	if st.NonArticle != 1 {
		t.Errorf("Stats() = %+v; want 1 non-article", st)
	}
}

func TestWARCTooLarge(t *testing.T) {
	data, _ := warcBytes(t, true, htmlResponse("https://e.com/1", "urn:1"))
	p := filepath.Join(t.TempDir(), "x.warc.gz")
	os.WriteFile(p, data, 0o644)
	mustReject(t, Options{MaxArticleBytes: 200}, p, reprint.SkipTooLarge)
}

// TestWARCDamagedMember damages the third of five gzip members of a
// .warc.gz in several ways: every intact member must still be read, and the
// damaged one must be one rejection at its offset, never also an article
// (issue 13: a flipped bit lost the members after it; a bad CRC counted the
// record as an article and as a rejection).
func TestWARCDamagedMember(t *testing.T) {
	var recs []warcRecord
	for i := 1; i <= 5; i++ {
		recs = append(recs, htmlResponse(fmt.Sprintf("https://e.com/%d", i), fmt.Sprintf("urn:%d", i)))
	}
	good, offs := warcBytes(t, true, recs...)
	m0, m1 := offs[2], offs[3] // the third member
	tests := []struct {
		name   string
		damage func(b []byte)
	}{
		{"compression method", func(b []byte) { b[m0+2] = 7 }},
		{"magic", func(b []byte) { b[m0] = 'X' }},
		{"bit in the first data byte", func(b []byte) { b[m0+10] ^= 0x04 }},
		{"bit in the middle of the data", func(b []byte) { b[(m0+m1)/2] ^= 0x10 }},
		{"bit near the end of the data", func(b []byte) { b[m1-12] ^= 0x01 }},
		{"CRC", func(b []byte) { b[m1-8] ^= 0x01 }},
		{"length", func(b []byte) { b[m1-4] ^= 0x01 }},
		{"zeroed", func(b []byte) { clear(b[m0:m1]) }},
		{"cut short", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := bytes.Clone(good)
			if tt.damage != nil {
				tt.damage(data)
			} else {
				data = slices.Concat(good[:(m0+m1)/2], good[m1:])
			}
			p := filepath.Join(t.TempDir(), "x.warc.gz")
			os.WriteFile(p, data, 0o644)
			items, st := mustScan(t, Options{}, p)
			var got []string
			for _, it := range items {
				if it.a != nil {
					got = append(got, it.a.ID)
				} else {
					got = append(got, it.r.Input[len(p):])
				}
			}
			want := []string{"urn:1", "urn:2", fmt.Sprintf("#%d", m0), "urn:4", "urn:5"}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("items (-want +got):\n%s", diff)
			}
			if st.Articles != 4 || st.Rejected != 1 {
				t.Errorf("Stats() = %+v; want 4 articles, 1 rejected", st)
			}
		})
	}
}

// TestFilesWithoutItems: a WARC or JSONL file that holds no candidate
// article is one rejection saying what it held, so that every file given
// appears in the counts (issue 13: "read 0 = extracted 0 + rejected 0").
func TestFilesWithoutItems(t *testing.T) {
	request := warcRecord{typ: "request", id: "urn:q", contentType: "application/http; msgtype=request", block: []byte("GET / HTTP/1.1\r\n\r\n")}
	info := warcRecord{typ: "warcinfo", id: "urn:i", contentType: "application/warc-fields", block: []byte("software: test\r\n")}
	notFound := htmlResponse("https://e.com/gone", "urn:404")
	notFound.block = bytes.Replace(notFound.block, []byte("200 OK"), []byte("404 Not Found"), 1)
	image := warcRecord{typ: "response", id: "urn:img", contentType: "application/http; msgtype=response",
		block: httpResponse("Content-Type: image/png\r\n", []byte("\x89PNG"))}
	plain, _ := warcBytes(t, false, info, request, notFound, notFound, image)
	gz, _ := warcBytes(t, true, info, request, notFound)
	untyped := []byte("WARC/1.1\r\nWARC-Record-ID: <urn:x>\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n")
	tests := []struct {
		name       string
		data       []byte
		reason     reprint.SkipReason
		detail     string
		nonArticle int
	}{
		{"x.warc", plain, reprint.SkipNoArticle, "no HTML page among its 5 WARC records: 2 response with status 404, 1 request, 1 response of type image/png, 1 warcinfo", 5},
		{"x.warc.gz", gz, reprint.SkipNoArticle, "no HTML page among its 3 WARC records: 1 request, 1 response with status 404, 1 warcinfo", 3},
		{"untyped.warc", untyped, reprint.SkipNoArticle, "no HTML page among its 1 WARC records: 1 without WARC-Type", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), tt.name)
			os.WriteFile(p, tt.data, 0o644)
			items, st := mustScan(t, Options{}, p)
			if len(items) != 1 || items[0].r == nil {
				t.Fatalf("Open(%s) gave %+v; want one rejection", tt.name, items)
			}
			r := items[0].r
			if r.Input != filepath.ToSlash(p) || r.Reason != tt.reason || r.Detail != tt.detail {
				t.Errorf("rejection = %s %v %q; want %s %v %q", r.Input, r.Reason, r.Detail, p, tt.reason, tt.detail)
			}
			if st.Read != 1 || st.Rejected != 1 || st.NonArticle != tt.nonArticle {
				t.Errorf("Stats() = %+v; want 1 read, 1 rejected, %d non-article", st, tt.nonArticle)
			}
		})
	}
}
