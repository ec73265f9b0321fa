package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/reprint/reprint"
)

// fileReader is the bottom of every file's reader stack: it counts the
// bytes read into Stats.Bytes and stops at a limit that can be changed
// after sniffing. Single-document files are read with the limit at
// MaxArticleBytes+1 from the first byte, so a 50 MB text file costs at most
// that much I/O and memory; WARC and JSONL files lift the limit.
type fileReader struct {
	f     *os.File
	n     int64  // bytes read
	total *int64 // Stats.Bytes
	left  int64  // bytes that may still be read; < 0 for no limit
}

func (r *fileReader) Read(p []byte) (int, error) {
	if r.left == 0 {
		return 0, io.EOF
	}
	if r.left > 0 && int64(len(p)) > r.left {
		p = p[:r.left]
	}
	n, err := r.f.Read(p)
	r.n += int64(n)
	*r.total += int64(n)
	if r.left > 0 {
		r.left -= int64(n)
	}
	return n, err
}

// readFile opens the file of e, sniffs it and either returns its one item
// (text, HTML, or a rejection) or sets s.src to a WARC or JSONL source and
// returns false.
func (s *Scanner) readFile(e entry) (item, bool) {
	input := e.inputName()
	reject := func(reason reprint.SkipReason, detail string) (item, bool) {
		return rejectItem(input, reason, detail), true
	}
	f, err := os.Open(e.path)
	if err != nil {
		return reject(reprint.SkipUnreadable, errDetail(err))
	}
	max := s.opts.MaxArticleBytes
	fr := &fileReader{f: f, total: &s.stats.Bytes, left: max + 1}
	br := bufio.NewReaderSize(fr, sniffLen)
	head, err := br.Peek(int(min(sniffLen, max+1)))
	if err != nil && err != io.EOF {
		f.Close()
		return reject(reprint.SkipUnreadable, errDetail(err))
	}
	atEOF := err == io.EOF
	if len(head) == 0 {
		f.Close()
		return reject(reprint.SkipEmpty, "no bytes")
	}
	k, why := sniff(head, atEOF, e.path)
	switch k {
	case kindBinary:
		f.Close()
		return reject(reprint.SkipBinary, why)
	case kindJSONDocument:
		f.Close()
		return reject(reprint.SkipUnsupported, jsonDocument)
	case kindWARC:
		fr.left = -1
		s.src = newWARCSource(s, input, e.id, br, fr, f)
		return item{}, false
	case kindJSONL:
		fr.left = -1
		s.src = newJSONLSource(s, input, e.id, br, f)
		return item{}, false
	case kindGzip:
		return s.readGzip(e, input, f, fr, br, head, atEOF)
	}
	raw, err := io.ReadAll(br)
	f.Close()
	if err != nil {
		return reject(reprint.SkipUnreadable, errDetail(err))
	}
	if int64(len(raw)) > max {
		return reject(reprint.SkipTooLarge, tooLarge(max))
	}
	return s.document(k, input, e.id, reprint.FormatText, raw, ""), true
}

// readGzip reads a gzip file. A gzip member that holds a WARC record is a
// .warc.gz, read by the WARC reader from the compressed bytes so that
// record offsets are those of the file. Otherwise the whole (multi-member)
// stream is decompressed and its content sniffed again: text, HTML or
// JSONL; the decompressed bytes are bounded by MaxArticleBytes like a
// plain file.
func (s *Scanner) readGzip(e entry, input string, f *os.File, fr *fileReader, br *bufio.Reader, head []byte, atEOF bool) (item, bool) {
	reject := func(reason reprint.SkipReason, detail string) (item, bool) {
		f.Close()
		return rejectItem(input, reason, detail), true
	}
	max := s.opts.MaxArticleBytes
	inner := make([]byte, sniffLen)
	n, innerErr := 0, error(nil)
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err == nil {
		n, innerErr = io.ReadFull(zr, inner)
	}
	if err != nil || (n == 0 && innerErr != io.EOF && innerErr != io.ErrUnexpectedEOF) {
		if err == nil {
			err = innerErr
		}
		return reject(reprint.SkipBinary, "gzip stream cannot be decoded: "+err.Error())
	}
	inner = inner[:n]
	fr.left = -1
	if bytes.HasPrefix(inner, []byte("WARC/")) {
		s.src = newWARCSource(s, input, e.id, br, fr, f)
		return item{}, false
	}
	name := strings.TrimSuffix(e.path, ".gz")
	k, why := sniff(inner, innerErr != nil && atEOF, name)
	switch k {
	case kindBinary:
		return reject(reprint.SkipBinary, "gzip of binary data: "+why)
	case kindJSONDocument:
		return reject(reprint.SkipUnsupported, "gzip of "+jsonDocument)
	case kindGzip:
		return reject(reprint.SkipUnsupported, "gzip inside gzip")
	case kindWARC:
		// Unreachable: handled above.
	}
	zr, err = gzip.NewReader(br)
	if err != nil {
		return reject(gzipReason(err), "gzip: "+err.Error())
	}
	if k == kindJSONL {
		s.src = newJSONLSource(s, input, e.id, bufio.NewReader(zr), f)
		return item{}, false
	}
	raw, err := io.ReadAll(io.LimitReader(zr, max+1))
	f.Close()
	if int64(len(raw)) > max {
		return reject(reprint.SkipTooLarge, tooLarge(max)+" after decompression")
	}
	if err != nil {
		return reject(gzipReason(err), "gzip: "+err.Error())
	}
	return s.document(k, input, e.id, reprint.FormatText, raw, ""), true
}

// gzipReason maps a gzip read error to a SkipReason: a stream that ends
// early is truncated, anything else is corrupt data.
func gzipReason(err error) reprint.SkipReason {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return reprint.SkipTruncated
	}
	return reprint.SkipBadRecord
}

func tooLarge(max int64) string {
	return fmt.Sprintf("more than MaxArticleBytes (%d bytes)", max)
}

func rejectItem(input string, reason reprint.SkipReason, detail string) item {
	return item{r: &reprint.Rejected{Input: input, Reason: reason, Detail: detail}}
}

// document turns the raw bytes of one text or HTML document into an item.
// format is the format for text (FormatText for files, FormatJSONL for a
// JSONL text field); HTML files are FormatHTML. url is passed to the HTML
// extractor.
func (s *Scanner) document(k kind, input, id string, format reprint.Format, raw []byte, url string) item {
	if k == kindHTML {
		if format == reprint.FormatText {
			format = reprint.FormatHTML
		}
		return htmlItem(input, id, format, raw, url)
	}
	d, terr := decodeText(raw)
	if terr != nil {
		return rejectItem(input, terr.reason, terr.detail)
	}
	if body, m, ok := unwrap(d.body); ok {
		d.body, d.m = body, reprint.Compose(m, d.m)
	}
	a := &reprint.Article{
		ID:      id,
		Input:   input,
		Format:  format,
		Meta:    reprint.Meta{Title: headline(d.body), Encoding: d.enc},
		Raw:     raw,
		Body:    d.body,
		BodyMap: d.m,
	}
	if t, ok := textDate(d.body); ok {
		a.Meta.Published, a.Meta.Dated = t.Time, t.Dated
	}
	if _, paper, ok := issueLine(d.body); ok && paper != "" {
		// An archive's capture of a newspaper's page: the paper its
		// issue line names printed the item.
		a.Meta.Site = paper
	}
	return item{a: a}
}

// jsonDocument is why a JSON document that is not JSON lines is not read.
const jsonDocument = "a JSON document, not JSON lines: reprint reads one article object per line (e.g. jq -c '.[]' for an array of articles)"
