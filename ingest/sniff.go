package ingest

import (
	"bytes"
	"encoding/json"
	"io"
	"path/filepath"
	"strconv"
	"strings"
)

// kind is what a file holds, as sniffed from its first bytes.
type kind uint8

const (
	kindText kind = iota
	kindHTML
	kindWARC
	kindJSONL
	kindGzip
	kindBinary
	kindJSONDocument // one JSON value over many lines: data, not JSON lines of articles
)

// magic numbers of binary formats met in corpus folders. Text that happens
// to start with one of these is vanishingly rare; the Clough–Stevenson file
// that `file` calls "Apache Avro" (it starts "Obj") shows why short,
// letter-only magics are not in this list.
var binaryMagic = []struct {
	magic, name string
}{
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"%PDF-", "PDF document"},
	{"PK\x03\x04", "ZIP archive"},
	{"PK\x05\x06", "ZIP archive"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 document (.doc, .xls)"},
	{"\x7fELF", "ELF executable"},
	{"7z\xbc\xaf\x27\x1c", "7-Zip archive"},
	{"\xfd7zXZ\x00", "XZ stream"},
	{"\x28\xb5\x2f\xfd", "Zstandard stream"},
	{"BZh", ""}, // checked with its block magic below
}

// sniff decides the kind of a file from head, its first bytes (at most
// sniffLen), and name. atEOF reports whether head is the whole file. For
// kindBinary it also returns why.
//
// A JSON document that is not JSON lines — a pretty-printed object or an
// array, such as a folder's manifest or an export's settings — is
// kindJSONDocument: read as text it would become an article of braces and
// keys. It is one when the whole file is a valid JSON object or array, or,
// for a file longer than head, when its name ends in .json and it starts
// with '{' or '['.
//
// Order matters: gzip and WARC magic first, then binary magic, then the
// byte statistics of binary data (after the BOM, and over UTF-16 code
// units for UTF-16), then HTML, then JSONL, and plain text otherwise. The
// extension is consulted only to tell JSONL from text when the first line
// does not settle it.
func sniff(head []byte, atEOF bool, name string) (kind, string) {
	if bytes.HasPrefix(head, []byte("\x1f\x8b")) {
		return kindGzip, ""
	}
	if bytes.HasPrefix(head, []byte("WARC/")) {
		return kindWARC, ""
	}
	for _, m := range binaryMagic {
		if !bytes.HasPrefix(head, []byte(m.magic)) {
			continue
		}
		if m.name == "" { // bzip2: "BZh" + level digit + block magic
			if len(head) >= 10 && head[3] >= '1' && head[3] <= '9' && string(head[4:10]) == "1AY&SY" {
				return kindBinary, "bzip2 stream"
			}
			continue
		}
		return kindBinary, m.name
	}
	if be, ok := utf16BOM(head); ok {
		if why := binaryUnits(head[2:], be); why != "" {
			return kindBinary, why
		}
		return kindText, ""
	}
	head = bytes.TrimPrefix(head, utf8BOM)
	if why := binaryBytes(head); why != "" {
		return kindBinary, why
	}
	if isHTML(head) {
		return kindHTML, ""
	}
	if isJSONL(head, atEOF) {
		return kindJSONL, ""
	}
	ext := strings.ToLower(filepath.Ext(strings.TrimSuffix(name, ".gz")))
	if t := bytes.TrimLeft(head, " \t\r\n"); len(t) > 0 && (t[0] == '{' || t[0] == '[') && ext != ".jsonl" && ext != ".ndjson" {
		if atEOF && json.Valid(t) || !atEOF && ext == ".json" {
			return kindJSONDocument, ""
		}
	}
	switch ext {
	case ".jsonl", ".ndjson":
		// The first line may be the bad one; the JSONL reader rejects it
		// and goes on.
		if t := bytes.TrimLeft(head, " \t\r\n"); len(t) > 0 {
			return kindJSONL, ""
		}
	}
	return kindText, ""
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// utf16BOM reports whether b starts with a UTF-16 byte order mark, and
// whether it is big-endian.
func utf16BOM(b []byte) (bigEndian, ok bool) {
	switch {
	case len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF:
		return true, true
	case len(b) >= 2 && b[0] == 0xFF && b[1] == 0xFE:
		return false, true
	}
	return false, false
}

// isControl reports whether c is a C0 control character that text files do
// not contain: all but tab, line feed, vertical tab, form feed, carriage
// return, and Ctrl-Z (the DOS end-of-file mark, found at the end of old
// text files).
func isControl(c rune) bool {
	return c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1A || c == 0x7F
}

// binaryBytes returns why b looks binary, or "". NUL bytes count as
// control characters, and a share of control characters above 10% is
// binary: text has next to none, binary formats have about 12% or more in
// random bytes and far more in headers and tables. A NUL alone is not proof:
// of the 5,057 PAN 2013 documents, twelve real texts (books, essays) carry
// one to seven stray NULs among thousands of bytes (0.01–0.5% control
// characters), while the two garbage documents there have 12–13%.
func binaryBytes(b []byte) string {
	ctrl, nul := 0, 0
	for _, c := range b {
		if c == 0 {
			nul++
			ctrl++
		} else if isControl(rune(c)) {
			ctrl++
		}
	}
	if ctrl*10 > len(b) {
		return "too many control characters (" + itoa(ctrl) + " of " + itoa(len(b)) + " bytes, " + itoa(nul) + " NUL)"
	}
	return ""
}

// binaryUnits is binaryBytes for UTF-16 code units.
func binaryUnits(b []byte, bigEndian bool) string {
	ctrl, n := 0, 0
	for i := 0; i+1 < len(b); i += 2 {
		u := unit(b, i, bigEndian)
		if u == 0 || isControl(rune(u)) {
			ctrl++
		}
		n++
	}
	if ctrl*10 > n {
		return "too many control characters"
	}
	return ""
}

func unit(b []byte, i int, bigEndian bool) uint16 {
	if bigEndian {
		return uint16(b[i])<<8 | uint16(b[i+1])
	}
	return uint16(b[i+1])<<8 | uint16(b[i])
}

// htmlStarts are the prefixes, after whitespace and comments, that make a
// file HTML whatever its extension.
var htmlStarts = []string{"<!doctype html", "<html", "<head", "<body"}

// htmlTags are the tags whose density marks an HTML fragment without a
// document prologue.
var htmlTags = []string{"<p>", "<p ", "</p>", "<div", "</div>", "<br", "<a href"}

// minHTMLTags is how many htmlTags in the first 4 KiB make a fragment HTML.
// A plain-text article quoting three tags in its opening is not a case
// seen in any corpus here; an HTML fragment has dozens.
const minHTMLTags = 3

// isHTML reports whether head starts like an HTML document, or has a high
// density of block tags in its first 4 KiB.
func isHTML(head []byte) bool {
	b := head
	for {
		b = bytes.TrimLeft(b, " \t\r\n\f")
		switch {
		case hasPrefixFold(b, "<!--"):
			i := bytes.Index(b, []byte("-->"))
			if i < 0 {
				return false
			}
			b = b[i+3:]
			continue
		case hasPrefixFold(b, "<?xml"):
			i := bytes.Index(b, []byte("?>"))
			if i < 0 {
				return false
			}
			b = b[i+2:]
			continue
		}
		break
	}
	for _, p := range htmlStarts {
		if hasPrefixFold(b, p) {
			// "<html" must be a tag, not "<htmlfoo".
			if len(b) == len(p) || strings.IndexByte(" \t\r\n>/", b[len(p)]) >= 0 || p == "<!doctype html" {
				return true
			}
		}
	}
	lower := bytes.ToLower(head[:min(len(head), 4096)])
	n := 0
	for _, t := range htmlTags {
		n += bytes.Count(lower, []byte(t))
	}
	return n >= minHTMLTags
}

func hasPrefixFold(b []byte, p string) bool {
	return len(b) >= len(p) && strings.EqualFold(string(b[:len(p)]), p)
}

// isJSONL reports whether head's first non-blank line is a JSON object, or
// the start of one when the line is longer than head.
func isJSONL(head []byte, atEOF bool) bool {
	b := bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n")
	if len(b) == 0 || b[0] != '{' {
		return false
	}
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return json.Valid(b[:i])
	}
	if atEOF {
		return json.Valid(b)
	}
	// The line goes on past head: accept it if it is valid JSON so far.
	dec := json.NewDecoder(bytes.NewReader(b))
	for {
		_, err := dec.Token()
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return true
		}
		if err != nil {
			return false
		}
	}
}

func itoa(i int) string { return strconv.Itoa(i) }
