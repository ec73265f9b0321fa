package server

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/ingest"
)

// articleRequest is one article as a client sends it, validated: exactly
// one of Text and HTML is set.
type articleRequest struct {
	ID        string `json:"id,omitempty"`
	Text      string `json:"text,omitempty"`
	HTML      string `json:"html,omitempty"`
	URL       string `json:"url,omitempty"`
	Site      string `json:"site,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	isHTML    bool
}

// articleJSON is the JSON body of POST /api/check and /api/articles.
// Fields are pointers so that a field sent empty differs from one left
// out.
type articleJSON struct {
	ID        *string `json:"id"`
	Text      *string `json:"text"`
	HTML      *string `json:"html"`
	URL       *string `json:"url"`
	Site      *string `json:"site"`
	Title     *string `json:"title"`
	Published *string `json:"published"`
}

// maxIDBytes bounds an article id sent by a client: ids travel in URLs
// and page titles.
const maxIDBytes = 1024

// parseArticle reads a request body of contentType — text/plain,
// text/html or application/json — with the optional query parameters id,
// title, site, url and published, which fill what the body does not say.
// It does no I/O and returns only *Error values: 415 for a type it does
// not read, 400 for a malformed body.
func parseArticle(contentType string, query url.Values, body []byte) (*articleRequest, error) {
	if strings.TrimSpace(contentType) == "" {
		return nil, errorf(EMediaType, "a Content-Type is required: text/plain, text/html or application/json")
	}
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return nil, errorf(EMediaType, "Content-Type %q does not parse: want text/plain, text/html or application/json", clip(contentType, 100))
	}
	if cs, ok := params["charset"]; ok && mt != "text/html" && !strings.EqualFold(cs, "utf-8") && !strings.EqualFold(cs, "us-ascii") {
		return nil, errorf(EMediaType, "charset %q: the body must be UTF-8", clip(cs, 40))
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, errorf(EInvalid, "the body is empty: send the article's text")
	}
	req := &articleRequest{}
	switch mt {
	case "text/plain":
		if err := checkUTF8("body", body); err != nil {
			return nil, err
		}
		req.Text = string(body)
	case "text/html":
		// HTML says its own encoding; ingest reads it as it reads files
		// (see article).
		req.HTML, req.isHTML = string(body), true
	case "application/json":
		if err := checkUTF8("body", body); err != nil {
			return nil, err
		}
		if err := req.decodeJSON(body); err != nil {
			return nil, err
		}
	default:
		return nil, errorf(EMediaType, "Content-Type %s is not read here: want text/plain, text/html or application/json", clip(mt, 100))
	}
	fill := func(dst *string, name string) {
		if *dst == "" {
			*dst = strings.TrimSpace(query.Get(name))
		}
	}
	fill(&req.ID, "id")
	fill(&req.Title, "title")
	fill(&req.Site, "site")
	fill(&req.URL, "url")
	fill(&req.Published, "published")
	if err := req.validate(); err != nil {
		return nil, err
	}
	return req, nil
}

// decodeJSON reads one JSON object of articleJSON's fields, and nothing
// else: unknown fields, wrong types and trailing data are errors that
// name the field.
func (req *articleRequest) decodeJSON(body []byte) error {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	var in articleJSON
	if err := dec.Decode(&in); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return errorf(EInvalid, "the body is not valid JSON (at byte %d): %s", se.Offset, se.Error())
		case errors.As(err, &te):
			if te.Field == "" {
				return errorf(EInvalid, "the body must be a JSON object, not %s", te.Value)
			}
			return paramError(te.Field, "want a string, not %s", te.Value)
		case errors.Is(err, io.ErrUnexpectedEOF):
			return errorf(EInvalid, "the body is not valid JSON: it ends early")
		case strings.HasPrefix(err.Error(), "json: unknown field "):
			return errorf(EInvalid, "%s: the fields are id, text, html, url, site, title and published", strings.TrimPrefix(err.Error(), "json: "))
		}
		return errorf(EInvalid, "the body is not valid JSON: %s", err.Error())
	}
	if dec.More() {
		return errorf(EInvalid, "the body holds more than one JSON value: send one article per request")
	}
	if _, err := dec.Token(); err != io.EOF {
		return errorf(EInvalid, "the body holds more than one JSON value: send one article per request")
	}
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return strings.TrimSpace(*p)
	}
	switch {
	case in.Text != nil && in.HTML != nil:
		return errorf(EInvalid, `send "text" or "html", not both`)
	case in.Text != nil:
		req.Text = *in.Text
	case in.HTML != nil:
		req.HTML, req.isHTML = *in.HTML, true
	default:
		return errorf(EInvalid, `the article needs a "text" or an "html" field`)
	}
	if strings.TrimSpace(req.Text+req.HTML) == "" {
		return errorf(EInvalid, "the article's text is empty")
	}
	req.ID, req.URL, req.Site, req.Title, req.Published = str(in.ID), str(in.URL), str(in.Site), str(in.Title), str(in.Published)
	return nil
}

func (req *articleRequest) validate() error {
	for _, f := range []struct{ name, v string }{{"id", req.ID}, {"title", req.Title}, {"site", req.Site}, {"url", req.URL}, {"published", req.Published}} {
		if !utf8.ValidString(f.v) {
			return paramError(f.name, "not valid UTF-8")
		}
		if len(f.v) > maxIDBytes {
			return paramError(f.name, "longer than %d bytes", maxIDBytes)
		}
		if strings.ContainsFunc(f.v, unicode.IsControl) {
			return paramError(f.name, "holds a control character")
		}
	}
	if req.Published != "" {
		if _, ok := parseDate(req.Published); !ok {
			return paramError("published", "%q is not a date: want YYYY-MM-DD or RFC 3339", req.Published)
		}
	}
	return nil
}

// checkUTF8 reports the first invalid byte of b.
func checkUTF8(what string, b []byte) error {
	if utf8.Valid(b) {
		return nil
	}
	i := 0
	for i < len(b) {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		i += n
	}
	return errorf(EInvalid, "the %s is not valid UTF-8 (byte %d)", what, i)
}

// parseDate accepts RFC 3339 and YYYY-MM-DD, as ingest's JSONL reader does.
func parseDate(s string) (time.Time, bool) {
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, true
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, true
	}
	return time.Time{}, false
}

// defaultID is the id of an article sent without one: its content's hash,
// so that sending the same text twice names the same article.
func (req *articleRequest) defaultID() string {
	h := sha256.Sum256([]byte(req.Text + "\x00" + req.HTML))
	return "pasted-" + hex.EncodeToString(h[:8])
}

// article reads req as ingest reads one line of a JSONL file — the text
// decoded, the HTML's main text and metadata extracted — and cleans it as
// `reprint check` cleans one article. A body with no article in it (HTML
// with no main text, say) is a 422 naming the reason.
//
// HTML that is not UTF-8 cannot travel in a JSON line: encoding/json would
// turn each byte of a Windows-1252 or Shift_JIS page into U+FFFD. Such a
// page is read as a file is, raw, so that its charset is found as for any
// HTML file (and damaged UTF-8 is refused, a 422), and the request's id
// and fields are set on the article read. Its cleaning has then seen the
// page's own title, not the request's.
func (req *articleRequest) article(ctx context.Context) (*reprint.Article, error) {
	id := req.ID
	if id == "" {
		id = req.defaultID()
	}
	if req.isHTML && !utf8.ValidString(req.HTML) {
		opts := ingest.Options{Stdin: strings.NewReader(req.HTML), MaxArticleBytes: int64(len(req.HTML)) + 1}
		a, err := readOne(ctx, opts)
		if err != nil {
			return nil, err
		}
		a.ID = id
		m := &a.Meta
		for _, f := range []struct {
			dst *string
			v   string
		}{{&m.URL, req.URL}, {&m.Site, req.Site}, {&m.Title, req.Title}} {
			if f.v != "" {
				*f.dst = f.v
			}
		}
		if t, ok := parseDate(req.Published); ok {
			m.Published = t
		}
		return a, nil
	}
	line := map[string]string{"id": id}
	if req.isHTML {
		line["html"] = req.HTML
	} else {
		line["text"] = req.Text
	}
	for k, v := range map[string]string{"url": req.URL, "site": req.Site, "title": req.Title, "published": req.Published} {
		if v != "" {
			line[k] = v
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(line); err != nil {
		return nil, fmt.Errorf("encoding the article: %w", err)
	}
	// The line is JSON-escaped: allow for the escapes beyond the body's
	// own limit, which the HTTP layer enforced.
	return readOne(ctx, ingest.Options{Stdin: &buf, MaxArticleBytes: int64(buf.Len()) + 1})
}

// readOne reads the one article of opts.Stdin and cleans it.
func readOne(ctx context.Context, opts ingest.Options) (*reprint.Article, error) {
	var first *reprint.Article
	var why *reprint.Rejected
	boiler, _, err := engine.Read(ctx, opts, []string{"-"}, nil, func(a *reprint.Article, r *reprint.Rejected) error {
		if first == nil && a != nil {
			first = a
		}
		if why == nil && r != nil {
			why = r
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading the article: %w", err)
	}
	if first == nil {
		if why != nil {
			msg := "no article in the body: " + why.Reason.String()
			if why.Detail != "" {
				msg += " (" + why.Detail + ")"
			}
			return nil, errorf(EUnreadable, "%s", msg)
		}
		return nil, errorf(EUnreadable, "no article in the body")
	}
	boiler.Apply(first)
	first.Raw = nil
	first.Input = "http"
	return first, nil
}

// clip cuts s to n bytes (on a character boundary) for an error message.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
