package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"testing"
	"unicode/utf8"

	"github.com/reprint/reprint"
)

// got is one item read by a Scanner.
type got struct {
	a     *reprint.Article
	r     *reprint.Rejected
	notes []string
}

// mustScan reads everything from paths and checks the invariants every
// scan must keep.
func mustScan(tb testing.TB, opts Options, paths ...string) ([]got, Stats) {
	tb.Helper()
	return mustScanCtx(tb, context.Background(), opts, paths...)
}

func mustScanCtx(tb testing.TB, ctx context.Context, opts Options, paths ...string) ([]got, Stats) {
	tb.Helper()
	sc := Open(ctx, opts, paths...)
	defer sc.Close()
	var items []got
	for sc.Next() {
		a, r := sc.Article(), sc.Rejected()
		if (a == nil) == (r == nil) {
			tb.Fatalf("item %d: Article() = %v, Rejected() = %v; want exactly one", len(items), a, r)
		}
		if a != nil {
			if err := checkArticle(a); err != nil {
				tb.Errorf("article %s: %v", a.Input, err)
			}
		}
		items = append(items, got{a, r, sc.Notes()})
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("Err() = %v", err)
	}
	st := sc.Stats()
	if st.Read != st.Articles+st.Rejected || st.Read != len(items) {
		tb.Errorf("Stats() = %+v with %d items; want Read == Articles + Rejected == items", st, len(items))
	}
	return items, st
}

// checkArticle checks the fields every article must have, and that
// BodyMap stays inside Body and Raw.
func checkArticle(a *reprint.Article) error {
	if a.ID == "" || a.Input == "" || a.Format == 0 {
		return fmt.Errorf("ID %q, Input %q, Format %v: want all set", a.ID, a.Input, a.Format)
	}
	if !utf8.ValidString(a.Body) {
		return fmt.Errorf("Body is not valid UTF-8")
	}
	if bytes.ContainsRune([]byte(a.Body), '\r') {
		return fmt.Errorf("Body has a CR")
	}
	end := 0
	for i, s := range a.BodyMap {
		if s.Dst < end || s.DstLen < 0 || s.SrcLen < 0 || s.Dst+s.DstLen > len(a.Body) ||
			s.Src < 0 || s.Src+s.SrcLen > len(a.Raw) {
			return fmt.Errorf("BodyMap[%d] = %+v out of bounds (body %d, raw %d bytes, previous end %d)",
				i, s, len(a.Body), len(a.Raw), end)
		}
		end = s.Dst + s.DstLen
	}
	return nil
}

// gzipBytes compresses b as one gzip member.
func gzipBytes(tb testing.TB, b []byte) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// warcRecord is a record for writeWARC.
type warcRecord struct {
	typ, id, uri, contentType string
	block                     []byte
}

// warcBytes writes records as a WARC file; gz compresses each record as
// its own gzip member, as .warc.gz files do. It returns the file and the
// offset of each record.
func warcBytes(tb testing.TB, gz bool, recs ...warcRecord) ([]byte, []int) {
	tb.Helper()
	var out bytes.Buffer
	var offs []int
	for _, r := range recs {
		offs = append(offs, out.Len())
		var b bytes.Buffer
		fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <%s>\r\nWARC-Date: 2024-03-14T12:00:00Z\r\n", r.typ, r.id)
		if r.uri != "" {
			fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", r.uri)
		}
		fmt.Fprintf(&b, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n", r.contentType, len(r.block))
		b.Write(r.block)
		b.WriteString("\r\n\r\n")
		if gz {
			out.Write(gzipBytes(tb, b.Bytes()))
		} else {
			out.Write(b.Bytes())
		}
	}
	return out.Bytes(), offs
}

// httpResponse returns an HTTP response block with the given headers.
func httpResponse(headers string, payload []byte) []byte {
	return append([]byte("HTTP/1.1 200 OK\r\n"+headers+"\r\n"), payload...)
}

// testPage is an HTML page with a clear article.
const testPage = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bridge to close for repairs</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Bridge to close for repairs</h1>
<p>The council voted on Tuesday to close the old bridge for repairs, citing cracks found by inspectors during a routine survey last month, and said traffic would be diverted for at least six weeks.</p>
<p>Engineers said the work was overdue and that the bridge, built in 1932, carries more than twelve thousand vehicles a day across the river.</p>
<p>Local businesses on both sides of the river said they feared losing customers during the closure, and asked the council for help.</p>
</article><footer>Copyright Example News</footer></body></html>
`
