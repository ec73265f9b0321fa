package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/reprint/reprint"
)

// jsonlSource reads a JSON Lines file: one article per line,
//
//	{"id": "a1", "text": "…", "url": "…", "site": "…", "title": "…", "published": "2024-03-14", "modified": "2024-03-14T12:05:00Z"}
//	{"id": 2, "html": "<html>…</html>"}
//
// "text" or "html" is required; when both are there, "text" is read (it is
// already the article's text). "id" may be a string or a number; without
// one the ID is "<file ID>:<line>". "published" (passim: "date") is read
// in the forms of parseDateValue; a value it cannot read is ignored with
// a note (Scanner.Notes), which is also a warning on the article
// (Meta.Warnings). passim's "series" is the site when "site" is absent.
// Other optional fields of the wrong type are ignored with a note too.
// A UTF-8 byte order mark at the start of the file is skipped. Blank lines
// are not items. A line longer than MaxArticleBytes is
// rejected as SkipTooLarge without being held in memory; a line that is not
// a JSON object is SkipBadRecord; reading goes on with the next line.
type jsonlSource struct {
	sc    *Scanner
	input string
	id    string
	r     *bufio.Reader
	c     io.Closer
	line  int
	done  bool
}

func newJSONLSource(sc *Scanner, input, id string, r *bufio.Reader, c io.Closer) *jsonlSource {
	return &jsonlSource{sc: sc, input: input, id: id, r: r, c: c}
}

func (j *jsonlSource) close() error { return j.c.Close() }

// empty says why a JSONL file gave no item: it has only blank lines.
func (j *jsonlSource) empty() (reprint.SkipReason, string) {
	return reprint.SkipEmpty, "only blank lines"
}

// jsonlRecord is one line. Optional fields are raw so that a wrong type
// costs a note, not the article.
type jsonlRecord struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	HTML      *string         `json:"html"`
	URL       json.RawMessage `json:"url"`
	Site      json.RawMessage `json:"site"`
	Title     json.RawMessage `json:"title"`
	Published json.RawMessage `json:"published"`
	// Modified is when the article was last revised (a page's
	// article:modified_time), read as "published" is.
	Modified json.RawMessage `json:"modified"`
	// Date and Series are passim's names for the publication date and
	// the publication; "published" and "site" come first when both are
	// there.
	Date   json.RawMessage `json:"date"`
	Series json.RawMessage `json:"series"`
}

func (j *jsonlSource) next() (item, bool) {
	max := j.sc.opts.MaxArticleBytes
	for !j.done {
		line, tooLong, err := readBoundedLine(j.r, max)
		if len(line) == 0 && !tooLong && err == io.EOF {
			j.done = true
			break
		}
		j.line++
		input := j.input + ":" + strconv.Itoa(j.line)
		if err != nil && err != io.EOF {
			j.done = true
			return rejectItem(input, gzipReason(err), fmt.Sprintf("line %d: %v", j.line, err)), true
		}
		if err == io.EOF {
			j.done = true
		}
		if tooLong {
			return rejectItem(input, reprint.SkipTooLarge, fmt.Sprintf("line %d: %s", j.line, tooLarge(max))), true
		}
		if j.line == 1 {
			// A UTF-8 byte order mark, written by some Windows tools, is
			// not part of the first record.
			line = bytes.TrimPrefix(line, utf8BOM)
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		return j.record(input, line), true
	}
	return item{}, false
}

// record turns one non-blank line into an item.
func (j *jsonlSource) record(input string, line []byte) item {
	bad := func(format string, args ...any) item {
		return rejectItem(input, reprint.SkipBadRecord, fmt.Sprintf("line %d: ", j.line)+fmt.Sprintf(format, args...))
	}
	var rec jsonlRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		return bad("%v", err)
	}
	if line[0] != '{' {
		return bad("not a JSON object")
	}
	var notes []string
	str := func(name string, raw json.RawMessage) string {
		if len(raw) == 0 || string(raw) == "null" {
			return ""
		}
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			notes = append(notes, fmt.Sprintf("line %d: %s ignored: not a string", j.line, name))
			return ""
		}
		return strings.TrimSpace(s)
	}

	id := ""
	if len(rec.ID) > 0 && string(rec.ID) != "null" {
		var n json.Number
		if err := json.Unmarshal(rec.ID, &n); err == nil {
			id = n.String()
		} else {
			id = str("id", rec.ID)
		}
	}
	if id == "" {
		id = j.id + ":" + strconv.Itoa(j.line)
	}

	var it item
	switch {
	case rec.Text != nil:
		it = j.sc.document(kindText, input, id, reprint.FormatJSONL, []byte(*rec.Text), "")
	case rec.HTML != nil:
		it = j.sc.document(kindHTML, input, id, reprint.FormatJSONL, []byte(*rec.HTML), str("url", rec.URL))
	default:
		return bad(`no "text" or "html" field`)
	}
	if it.a == nil {
		return it
	}
	m := &it.a.Meta
	if u := str("url", rec.URL); u != "" {
		m.URL = u
	}
	if s := str("site", rec.Site); s != "" {
		m.Site = s
	}
	if t := str("title", rec.Title); t != "" {
		m.Title = t
	}
	if m.Site == "" {
		// passim's records name their publication "series".
		if s := str("series", rec.Series); s != "" {
			m.Site = s
		}
	}
	// "published", or passim's "date" when there is none.
	name, raw := "published", rec.Published
	if len(raw) == 0 || string(raw) == "null" {
		name, raw = "date", rec.Date
	}
	if len(raw) > 0 && string(raw) != "null" && strings.TrimSpace(strings.Trim(string(raw), `"`)) != "" {
		if t, err := parseDateValue(raw); err == nil {
			m.Published, m.Dated = t.Time, t.Dated
		} else {
			notes = append(notes, fmt.Sprintf("line %d: %s %s ignored: %v", j.line, name, raw, err))
		}
	}
	if raw := rec.Modified; len(raw) > 0 && string(raw) != "null" && strings.TrimSpace(strings.Trim(string(raw), `"`)) != "" {
		if t, err := parseDateValue(raw); err == nil {
			m.Modified = t.Time
		} else {
			notes = append(notes, fmt.Sprintf("line %d: modified %s ignored: %v", j.line, raw, err))
		}
	}
	it.notes = notes
	return it
}

// readBoundedLine reads one line, without its '\n'. A line longer than max
// bytes is read to its end and dropped, and tooLong is set: memory stays at
// max however long the line. err is io.EOF after the last line.
func readBoundedLine(r *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	for {
		frag, err := r.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(frag)) > max+1 { // +1: the '\n'
				tooLong, line = true, nil
			} else {
				line = append(line, frag...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == nil && !tooLong {
			line = line[:len(line)-1]
		}
		return line, tooLong, err
	}
}
