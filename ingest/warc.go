package ingest

// WARC reading.
//
// A WARC file (ISO 28500, versions 1.0 and 1.1) is a sequence of records:
//
//	WARC/1.1\r\n
//	WARC-Type: response\r\n
//	WARC-Record-ID: <urn:uuid:…>\r\n
//	WARC-Date: 2024-03-14T12:00:00Z\r\n
//	WARC-Target-URI: https://example.com/story\r\n
//	Content-Type: application/http; msgtype=response\r\n
//	Content-Length: 1234\r\n
//	\r\n
//	<1234 bytes of block: for a response, the HTTP status line, headers,
//	 blank line and payload as received>
//	\r\n\r\n
//
// A .warc.gz compresses each record as its own gzip member, so that a
// record can be read from its offset; some tools gzip the whole file as one
// stream instead, and both are read here: records are read from the
// decompressed stream of each member until that member ends.
//
// Only response records with Content-Type application/http, a 2xx status
// and an HTML payload (Content-Type text/html or application/xhtml+xml, or
// sniffed as HTML when the type is missing or application/octet-stream)
// are articles. The payload is de-chunked (Transfer-Encoding: chunked) and
// decompressed (Content-Encoding: gzip, x-gzip, deflate); other content
// encodings are rejected as SkipUnsupported.
//
// Errors. A record that does not parse (no version line, no
// Content-Length, a bad HTTP head, a corrupt payload) is SkipBadRecord. In
// a plain .warc, a record whose stream ends early is SkipTruncated, and
// after either the rest of the file cannot be framed and is not read. In a
// .warc.gz the reader resumes at the next gzip member: after a bad record,
// at the end of its member; after a damaged member (a bad header, corrupt
// deflate data, a checksum or length that does not match, a member cut
// short), at the next offset that holds a gzip header whose content starts
// "WARC/", searched from just after the damaged member's start, so a flipped
// bit costs one record. A record is emitted only once its member has ended
// with a good checksum (or goes on with another record): a damaged member
// is one rejection, never an article too.
//
// Why not github.com/internetarchive/gowarc: its reader copies every
// record block into a spooled temporary file with no size limit (a record
// claiming a Content-Length of 10 GB is written to disk in full), takes
// its buffer sizes from environment variables, reports no offsets for
// uncompressed WARC, cannot resume after a bad record, and importing the
// package links its crawler (uTLS, a DNS client, a SOCKS proxy and a
// cache) into every binary. Reading records is about two hundred lines;
// FuzzWARC exercises them.

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"net/http/httputil"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/reprint/reprint"
)

// warcSource reads the records of one WARC file.
type warcSource struct {
	sc    *Scanner
	input string // the file, as in Rejected.Input
	id    string // the file's ID, for records with no WARC-Record-ID
	raw   *bufio.Reader
	fr    *fileReader
	f     *os.File

	gzipped bool
	zr      *gzip.Reader
	zc      countReader    // decompressed bytes of the current member
	rec     *bufio.Reader  // records are read from here: raw, or zr
	member  bool           // inside a gzip member
	lost    bool           // the current member is damaged: resync before the next
	pending *item          // a rejection to emit before reading on
	skipWhy string         // why the last record skipped is not an article
	skipped map[string]int // records skipped, by skipWhy
	memOff  int64          // file offset of the current member
	done    bool
}

type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func newWARCSource(sc *Scanner, input, id string, raw *bufio.Reader, fr *fileReader, f *os.File) *warcSource {
	w := &warcSource{sc: sc, input: input, id: id, raw: raw, fr: fr, f: f}
	if head, _ := raw.Peek(2); bytes.Equal(head, []byte("\x1f\x8b")) {
		w.gzipped = true
		w.rec = bufio.NewReaderSize(&w.zc, 32<<10)
	} else {
		w.rec = raw
	}
	return w
}

func (w *warcSource) close() error { return w.f.Close() }

// empty says why a WARC file gave no item: the records it skipped, by
// reason, most common first.
func (w *warcSource) empty() (reprint.SkipReason, string) {
	if len(w.skipped) == 0 {
		return reprint.SkipEmpty, "no WARC records"
	}
	type why struct {
		s string
		n int
	}
	var ws []why
	total := 0
	for s, n := range w.skipped {
		ws = append(ws, why{s, n})
		total += n
	}
	slices.SortFunc(ws, func(a, b why) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return strings.Compare(a.s, b.s)
	})
	var b strings.Builder
	fmt.Fprintf(&b, "no HTML page among its %d WARC records: ", total)
	for i, w := range ws {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%d %s", w.n, w.s)
	}
	return reprint.SkipNoArticle, b.String()
}

// offset returns the file offset of the next unread byte of the file.
func (w *warcSource) offset() int64 { return w.fr.n - int64(w.raw.Buffered()) }

// recordInput names the record about to be read: "path#offset", where the
// offset is that of its gzip member in a .warc.gz, or of the record in a
// plain WARC; a record that is not the first of its gzip member is
// "path#member+offset-in-member".
func (w *warcSource) recordInput() string {
	if !w.gzipped {
		return fmt.Sprintf("%s#%d", w.input, w.offset())
	}
	in := w.zc.n - int64(w.rec.Buffered())
	if in == 0 {
		return fmt.Sprintf("%s#%d", w.input, w.memOff)
	}
	return fmt.Sprintf("%s#%d+%d", w.input, w.memOff, in)
}

// recResult says what reading one record gave.
type recResult uint8

const (
	recItem   recResult = iota // an item to emit; go on
	recSkip                    // not an article; go on
	recEnd                     // clean end of the stream (or member)
	recResync                  // an item to emit; the rest of the member is unusable
	recStop                    // an item to emit; the rest of the file is unusable
)

func (w *warcSource) next() (item, bool) {
	for !w.done {
		if p := w.pending; p != nil {
			w.pending = nil
			return *p, true
		}
		if w.gzipped && !w.member {
			if w.lost {
				w.resync()
				continue
			}
			if it, ok := w.openMember(); ok {
				return it, true
			}
			continue
		}
		it, res := w.record()
		if w.gzipped && (res == recItem || res == recSkip) {
			// A record is not read until its member's checksum is: a
			// record whose member fails it is a rejection, not also an
			// article.
			if r, ok := w.memberEnd(it); ok {
				it, res = r, recResync
			}
		}
		switch res {
		case recItem:
			return it, true
		case recSkip:
			w.sc.stats.NonArticle++
			if w.skipped == nil {
				w.skipped = map[string]int{}
			}
			w.skipped[w.skipWhy]++
		case recEnd:
			if !w.gzipped {
				w.done = true
			}
			w.member = false
		case recResync:
			if !w.gzipped {
				it.r.Detail += "; the rest of the file cannot be framed and was not read"
				w.done = true
			} else if _, err := io.Copy(io.Discard, w.rec); err != nil {
				w.lost = true // the member is damaged: find the next one
			}
			w.member = false
			return it, true
		case recStop:
			if w.gzipped {
				// The member ends early or cannot be read: the next
				// intact member, if any, is found by its header.
				w.lost = true
				w.member = false
				return it, true
			}
			w.done = true
			return it, true
		}
	}
	return item{}, false
}

// memberEnd reads past the line ends after a record of a gzip member and
// checks that the member ends there (its checksum and length are then
// verified) or goes on with another record. Anything else means the record
// was read from damaged data, unless the member proves intact to its end.
// It returns a rejection of the record, and true, if the member is damaged;
// trailing bytes of an intact member become a pending rejection of their
// own, as they were before records were checked.
func (w *warcSource) memberEnd(it item) (item, bool) {
	input := w.input + "#" + strconv.FormatInt(w.memOff, 10)
	switch {
	case it.a != nil:
		input = it.a.Input
	case it.r != nil:
		input = it.r.Input
	}
	for {
		b, err := w.rec.Peek(1)
		if err == nil && (b[0] == '\r' || b[0] == '\n') {
			w.rec.ReadByte()
			continue
		}
		if err == io.EOF {
			return item{}, false // a clean end: the checksum holds
		}
		if err != nil {
			r, _ := streamErr(input, "reading the end of the gzip member", err)
			return r, true
		}
		break
	}
	if head, err := w.rec.Peek(5); err == nil && string(head) == "WARC/" {
		return item{}, false // the next record of a multi-record member
	}
	rest := w.recordInput()
	if _, err := io.Copy(io.Discard, w.rec); err != nil {
		r, _ := streamErr(input, "reading the end of the gzip member", err)
		return r, true
	}
	p := rejectItem(rest, reprint.SkipBadRecord, "bytes after the record that are not a WARC record")
	w.pending = &p
	return item{}, false
}

// openMember starts the next gzip member. It returns a rejection if what
// follows is not a gzip member, and reading resumes at the next one.
func (w *warcSource) openMember() (item, bool) {
	w.memOff = w.offset()
	if _, err := w.raw.Peek(1); err != nil {
		w.done = true
		if err == io.EOF {
			return item{}, false
		}
		return rejectItem(fmt.Sprintf("%s#%d", w.input, w.memOff), reprint.SkipUnreadable, err.Error()), true
	}
	if err := w.startMember(); err != nil {
		w.lost = true
		reason := reprint.SkipBadRecord
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			reason = reprint.SkipTruncated
		}
		return rejectItem(fmt.Sprintf("%s#%d", w.input, w.memOff), reason,
			"gzip member header: "+err.Error()+"; reading resumes at the next gzip member"), true
	}
	return item{}, false
}

// startMember reads a gzip member header at the current offset and makes
// the member's content the record stream.
func (w *warcSource) startMember() error {
	var err error
	if w.zr == nil {
		w.zr, err = gzip.NewReader(w.raw)
	} else {
		err = w.zr.Reset(w.raw)
	}
	if err != nil {
		return err
	}
	w.zr.Multistream(false)
	w.zc = countReader{r: w.zr}
	w.rec.Reset(&w.zc)
	w.member = true
	return nil
}

// gzipMagic starts every gzip member: ID1, ID2 and CM (deflate).
var gzipMagic = []byte{0x1f, 0x8b, 8}

// resync finds the first intact member after the damaged one that starts at
// w.memOff: the next offset holding a gzip header whose content starts
// "WARC/". The damage may have made the decompressor read past the end of
// the member, so the search starts just after the damaged member's first
// byte, with the file re-read from there. It ends the file when no member
// is found. Nothing is emitted for the bytes skipped: the rejection of the
// damaged member stands for them.
func (w *warcSource) resync() {
	w.lost = false
	from := w.memOff + 1
	for {
		if err := w.seek(from); err != nil {
			w.done = true
			return
		}
		// Scan for the magic bytes.
		for {
			b, err := w.raw.Peek(len(gzipMagic))
			if err != nil {
				w.done = true // no member after the damage
				return
			}
			if bytes.Equal(b, gzipMagic) {
				break
			}
			if i := bytes.IndexByte(b[1:], gzipMagic[0]); i >= 0 {
				w.raw.Discard(1 + i)
				continue
			}
			// Skip the whole buffered run without the first magic byte.
			buf, _ := w.raw.Peek(w.raw.Buffered())
			if i := bytes.IndexByte(buf[1:], gzipMagic[0]); i >= 0 {
				w.raw.Discard(1 + i)
			} else {
				w.raw.Discard(len(buf))
			}
		}
		w.memOff = w.offset()
		if w.startMember() == nil {
			if head, err := w.rec.Peek(5); err == nil && string(head) == "WARC/" {
				return
			}
		}
		// The magic bytes were part of compressed data, not a member.
		w.member = false
		from = w.memOff + 1
	}
}

// seek makes off the file offset of the next byte read.
func (w *warcSource) seek(off int64) error {
	if _, err := w.f.Seek(off, io.SeekStart); err != nil {
		return err
	}
	w.fr.n = off
	w.raw.Reset(w.fr)
	return nil
}

// streamErr turns an error from the record stream into a rejection.
func streamErr(input, what string, err error) (item, recResult) {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return rejectItem(input, reprint.SkipTruncated, what+": the stream ends mid-record"), recStop
	case errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) || isFlateError(err):
		return rejectItem(input, reprint.SkipBadRecord, what+": corrupt gzip data: "+err.Error()), recResync
	case errors.Is(err, errLineTooLong):
		return rejectItem(input, reprint.SkipBadRecord, what+": "+err.Error()), recResync
	}
	return rejectItem(input, reprint.SkipUnreadable, what+": "+err.Error()), recStop
}

func isFlateError(err error) bool {
	var ce flate.CorruptInputError
	return errors.As(err, &ce)
}

// record reads one record from w.rec.
func (w *warcSource) record() (item, recResult) {
	r := w.rec
	// Records are separated by CRLF CRLF; tolerate more or fewer.
	for {
		b, err := r.Peek(1)
		if err == io.EOF {
			return item{}, recEnd
		}
		if err != nil {
			return streamErr(w.recordInput(), "reading record", err)
		}
		if b[0] != '\r' && b[0] != '\n' {
			break
		}
		r.ReadByte()
	}
	input := w.recordInput()
	bad := func(format string, args ...any) (item, recResult) {
		return rejectItem(input, reprint.SkipBadRecord, fmt.Sprintf(format, args...)), recResync
	}

	version, err := readLine(r, maxHeaderBytes)
	if err != nil {
		return streamErr(input, "reading WARC version", err)
	}
	if !bytes.HasPrefix(version, []byte("WARC/")) {
		return bad("no WARC version line: found %q", clip(version, 40))
	}
	hdr, err := readHeader(r, maxHeaderBytes)
	if err != nil {
		return streamErr(input, "reading WARC header", err)
	}
	length, err := strconv.ParseInt(strings.TrimSpace(hdr["content-length"]), 10, 64)
	if err != nil || length < 0 {
		return bad("bad Content-Length %q", hdr["content-length"])
	}
	block := &io.LimitedReader{R: r, N: length}

	if !strings.EqualFold(hdr["warc-type"], "response") ||
		!strings.Contains(strings.ToLower(hdr["content-type"]), "application/http") {
		if it, res, ok := w.endBlock(input, block); !ok {
			return it, res
		}
		switch typ := strings.ToLower(hdr["warc-type"]); {
		case typ == "":
			w.skipWhy = "without WARC-Type"
		case typ == "response":
			w.skipWhy = "response not application/http"
		default:
			w.skipWhy = clip([]byte(typ), 20)
		}
		return item{}, recSkip
	}

	it, res := w.response(input, hdr, block)
	if it2, res2, ok := w.endBlock(input, block); !ok {
		return it2, res2
	}
	if res == recItem && it.a == nil && it.r == nil {
		// response left the error to endBlock, which found none.
		return rejectItem(input, reprint.SkipBadRecord, "HTTP response cannot be read"), recItem
	}
	return it, res
}

// endBlock discards what is left of block and the CRLF CRLF after it. It
// returns false, with a rejection, if the stream ends first.
func (w *warcSource) endBlock(input string, block *io.LimitedReader) (item, recResult, bool) {
	if _, err := io.Copy(io.Discard, block); err != nil {
		it, res := streamErr(input, "reading record block", err)
		return it, res, false
	}
	if block.N > 0 {
		return rejectItem(input, reprint.SkipTruncated,
			fmt.Sprintf("the stream ends %d bytes before the end of the record block", block.N)), recStop, false
	}
	return item{}, 0, true
}

// response reads the HTTP response in block and returns the article, a
// rejection, or recSkip for a response that is not an HTML page.
func (w *warcSource) response(input string, hdr map[string]string, block *io.LimitedReader) (item, recResult) {
	max := w.sc.opts.MaxArticleBytes
	hr := bufio.NewReaderSize(block, 4096)
	bad := func(format string, args ...any) (item, recResult) {
		return rejectItem(input, reprint.SkipBadRecord, fmt.Sprintf(format, args...)), recItem
	}
	status, err := readLine(hr, maxHeaderBytes)
	if err != nil {
		if block.N > 0 {
			return item{}, recItem // endBlock reports the truncation
		}
		return bad("HTTP status line: %v", err)
	}
	code, ok := statusCode(status)
	if !ok {
		return bad("bad HTTP status line %q", clip(status, 60))
	}
	h, err := readHeader(hr, maxHeaderBytes)
	if err != nil {
		if block.N > 0 {
			return item{}, recItem
		}
		return bad("HTTP header: %v", err)
	}
	if code < 200 || code > 299 {
		w.skipWhy = fmt.Sprintf("response with status %d", code)
		return item{}, recSkip
	}
	ct := strings.ToLower(h["content-type"])
	sniffType := ct == "" || strings.HasPrefix(ct, "application/octet-stream")
	if !sniffType && !strings.Contains(ct, "html") {
		mt, _, _ := strings.Cut(ct, ";")
		w.skipWhy = "response of type " + clip([]byte(strings.TrimSpace(mt)), 40)
		return item{}, recSkip
	}

	var body io.Reader = hr
	if strings.Contains(strings.ToLower(h["transfer-encoding"]), "chunked") {
		body = httputil.NewChunkedReader(body)
	}
	switch ce := strings.ToLower(strings.TrimSpace(h["content-encoding"])); ce {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(body)
		if err != nil {
			if block.N > 0 {
				return item{}, recItem
			}
			return bad("gzip payload: %v", err)
		}
		body = zr
	case "deflate":
		// RFC 9110 deflate is zlib; some servers send raw deflate.
		pb := bufio.NewReader(body)
		if zr, err := zlib.NewReader(pb); err == nil {
			body = zr
		} else {
			body = flate.NewReader(pb)
		}
	default:
		return rejectItem(input, reprint.SkipUnsupported, fmt.Sprintf("Content-Encoding %q", ce)), recItem
	}
	raw, err := io.ReadAll(io.LimitReader(body, max+1))
	if int64(len(raw)) > max {
		return rejectItem(input, reprint.SkipTooLarge, tooLarge(max)), recItem
	}
	if err != nil {
		if block.N > 0 {
			return item{}, recItem // truncated: endBlock reports it
		}
		return bad("HTTP payload: %v", err)
	}
	if sniffType && !isHTML(raw[:min(len(raw), sniffLen)]) {
		w.skipWhy = "response that is not HTML"
		return item{}, recSkip
	}
	if block.N > 0 {
		// Truncated mid-payload: endBlock will say so; do not extract a
		// partial page.
		return item{}, recItem
	}

	uri := strings.Trim(hdr["warc-target-uri"], "<> ")
	id := strings.Trim(hdr["warc-record-id"], "<> ")
	if id == "" {
		id = w.id + strings.TrimPrefix(input, w.input)
	}
	it := htmlItem(input, id, reprint.FormatWARC, raw, uri)
	it.globalID = strings.Trim(hdr["warc-record-id"], "<> ") != ""
	if a := it.a; a != nil {
		if uri != "" {
			a.Meta.URL = uri
		}
		if d := strings.TrimSpace(hdr["warc-date"]); d != "" {
			if t, err := time.Parse(time.RFC3339Nano, d); err == nil {
				a.Meta.Crawled = t
			} else {
				it.notes = append(it.notes, fmt.Sprintf("WARC-Date %q ignored: not RFC 3339", d))
			}
		}
	}
	return it, recItem
}

// statusCode parses "HTTP/1.1 200 OK".
func statusCode(line []byte) (int, bool) {
	f := strings.Fields(string(line))
	if len(f) < 2 || !strings.HasPrefix(f[0], "HTTP/") || len(f[1]) != 3 {
		return 0, false
	}
	c, err := strconv.Atoi(f[1])
	return c, err == nil && c >= 100
}

var errLineTooLong = errors.New("ingest: header longer than 64 KiB")

// readLine reads a line of at most max bytes and returns it without its
// line end. A line cut by the end of the stream is io.ErrUnexpectedEOF.
func readLine(r *bufio.Reader, max int) ([]byte, error) {
	var line []byte
	for {
		frag, err := r.ReadSlice('\n')
		if len(line)+len(frag) > max {
			return nil, errLineTooLong
		}
		line = append(line, frag...)
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF {
			return line, io.ErrUnexpectedEOF
		}
		if err != nil {
			return line, err
		}
		break
	}
	line = bytes.TrimSuffix(line, []byte("\n"))
	return bytes.TrimSuffix(line, []byte("\r")), nil
}

// readHeader reads "Name: value" lines up to a blank line, at most max
// bytes in all. Names are folded to lower case; the first of repeated
// names wins; continuation lines (starting with a space or tab) extend the
// previous value; lines with no colon are ignored.
func readHeader(r *bufio.Reader, max int) (map[string]string, error) {
	h := make(map[string]string)
	last := ""
	for {
		line, err := readLine(r, max)
		if err != nil {
			return nil, err
		}
		max -= len(line) + 2
		if max < 0 {
			return nil, errLineTooLong
		}
		if len(line) == 0 {
			return h, nil
		}
		if (line[0] == ' ' || line[0] == '\t') && last != "" {
			h[last] += " " + strings.TrimSpace(string(line))
			continue
		}
		k, v, ok := strings.Cut(string(line), ":")
		if !ok {
			last = ""
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		if _, seen := h[k]; seen {
			last = ""
			continue
		}
		h[k] = strings.TrimSpace(v)
		last = k
	}
}

// clip returns at most n bytes of b, for error details.
func clip(b []byte, n int) string {
	if len(b) > n {
		return string(b[:n]) + "…"
	}
	return string(b)
}
