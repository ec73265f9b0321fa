package reprint

import (
	"fmt"
	"time"
)

// Format is the kind of input an article was read from.
type Format int

const (
	FormatText  Format = iota + 1 // plain text file
	FormatHTML                    // HTML page
	FormatWARC                    // HTML response record of a WARC file
	FormatJSONL                   // one line of a JSON Lines export
)

var formatNames = [...]string{"", "text", "html", "warc", "jsonl"}

func (f Format) String() string {
	if f > 0 && int(f) < len(formatNames) {
		return formatNames[f]
	}
	return "unknown"
}

// MarshalText implements encoding.TextMarshaler.
func (f Format) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler: the names
// MarshalText gives, "unknown" for the zero Format.
func (f *Format) UnmarshalText(b []byte) error {
	for i, name := range formatNames {
		if i > 0 && string(b) == name {
			*f = Format(i)
			return nil
		}
	}
	if string(b) == "unknown" {
		*f = 0
		return nil
	}
	return fmt.Errorf("reprint: no format %q", b)
}

// Meta is what is known about an article besides its text. Every field is
// optional; an empty field means unknown.
type Meta struct {
	Title string `json:"title,omitempty"`
	Site  string `json:"site,omitempty"` // publisher or site name, e.g. "BBC News"
	// SiteNames are the other names a page gives its site in its
	// masthead, as written: its site title and tagline ("Lesotho National
	// Broadcasting Service – Radio Lesotho & Lesotho Television"), by
	// which other outlets may credit it.
	SiteNames []string `json:"site_names,omitempty"`
	// Accounts are the names of the account a captured social post was
	// published by, as its capture prints them (its title's name, its
	// handle): the post's publisher under its platform, by which a story
	// written from the post credits it. Cleaning sets them.
	Accounts []string `json:"accounts,omitempty"`
	// Platform is the social platform a plain-text capture of a post was
	// captured from, as its title or its first line names it
	// ("Facebook", "Instagram"): the post's publisher. Cleaning sets it.
	Platform string `json:"platform,omitempty"`
	URL      string `json:"url,omitempty"` // the page's own URL (og:url, canonical link, or the WARC target URI)
	// Canonical is the page's <link rel="canonical"> when it names another
	// page than URL: an AMP or print rendering, or a syndicated copy,
	// naming the page it renders or republishes.
	Canonical string `json:"canonical,omitempty"`
	Author    string `json:"author,omitempty"` // byline
	// Provider is the organisation a page names as its story's publisher
	// (<meta name="publisher">) when that is not its site: a portal's
	// partner page naming the paper whose story it carries (an MSN page's
	// "The Owensport Ledger"). Credit reads it as the page's credit.
	Provider  string    `json:"provider,omitempty"`
	Published time.Time `json:"published,omitzero"` // publication date, from the page or export
	// Dated says how much Published tells: a moment (""), a time of day
	// whose zone the input did not give, or a day (see Dating).
	Dated    Dating    `json:"dated,omitempty"`
	Modified time.Time `json:"modified,omitzero"`  // when the page says it was last revised (article:modified_time)
	Crawled  time.Time `json:"crawled,omitzero"`   // WARC-Date: when the page was fetched
	Language string    `json:"language,omitempty"` // ISO 639-1 where declared
	Links    []string  `json:"links,omitempty"`    // outgoing links of the article body, in order
	Encoding string    `json:"encoding,omitempty"` // the input encoding detected, e.g. "windows-1252"
	// Furniture is how many lines of a web page's furniture — navigation,
	// sharing buttons, a comment form or its policy, leftover markup —
	// cleaning removed from the body: a plain text that held them was
	// scraped from a page, not written or fed as text.
	Furniture int `json:"furniture,omitempty"`
	// Warnings are remarks on the metadata as read: a value that was
	// ignored and why ("line 3: published \"soon\" ignored: no
	// four-digit year"). Ingest never drops a value in silence.
	Warnings []string `json:"warnings,omitempty"`
}

// Article is one document of the corpus: where it came from, its raw bytes
// and the text the rest of the pipeline works on.
//
// Three texts, each mapped back to the one before:
//
//	Raw  ──decode / extract──►  Body  ──clean──►  Text
//	         BodyMap                  TextMap
//
// Raw is the input as read (file bytes, WARC payload, the JSONL text or
// html field). Body is the document as UTF-8 text with '\n' line ends and
// paragraphs separated by blank lines; for HTML it is the extracted main
// text. Text is Body without the lines that cleaning removed.
type Article struct {
	ID     string `json:"id"`    // stable: path relative to the argument, WARC-Record-ID, or JSONL id
	Input  string `json:"input"` // where it was read: a path, "path#offset" for a WARC record, "path:line" for JSONL
	Format Format `json:"format"`
	Meta   Meta   `json:"meta"`

	Raw     []byte    `json:"-"`
	Body    string    `json:"-"`
	BodyMap OffsetMap `json:"-"` // Body → Raw

	Text    string    `json:"text"`
	TextMap OffsetMap `json:"-"` // Text → Body
	// Headline is the span of Text that is the article's headline, when
	// Text opens with it (its first line repeats Meta.Title, FindHeadline);
	// empty when Text has none. Text keeps the headline; the story's body
	// is the rest (StorySpan). Cleaning sets it.
	Headline    Span          `json:"headline,omitzero"`
	Removed     []Removed     `json:"removed"`
	Attribution []Attribution `json:"attribution"`
}

// RawSpan returns the span of Raw that the span sp of Text came from.
func (a *Article) RawSpan(sp Span) Span {
	return a.BodyMap.SourceSpan(a.TextMap.SourceSpan(sp))
}

// Removed is a line or paragraph of Body that cleaning judged not to be
// part of the story.
type Removed struct {
	Span   Span    `json:"span"` // into Body
	Text   string  `json:"text"`
	Reason string  `json:"reason"` // short, stable, e.g. "comment-form", "navigation", "markup"
	Score  float64 `json:"score"`  // classifier's chrome score in [0,1]; 1 for corpus-level rules
}

// Attribution is a line that credits a source ("Credit: BBC", "Source:
// Reuters"). It stays in Text; later stages use it to judge credit. The
// exception is a footer's copyright notice that cleaning removed with
// the footer but that still names whose page the text was taken from
// (a scraper's capture of a page, its owner's "© 2025 X Media Ltd."
// under the footer's status notice): its Span is empty, and its Text
// is the removed line's.
type Attribution struct {
	Span Span   `json:"span"` // into Text
	Text string `json:"text"`
	Name string `json:"name"` // who is credited, e.g. "BBC"
	Form string `json:"form"` // the credit form, e.g. "credit", "source", "via"
}

// Rejected is an input item that could not become an Article, with the
// reason. Items read = articles + rejected.
type Rejected struct {
	Input  string     `json:"input"`
	Reason SkipReason `json:"reason"`
	Detail string     `json:"detail,omitempty"` // human-readable specifics, e.g. the offset of a bad byte
}

// SkipReason says why an input item was rejected.
type SkipReason int

const (
	SkipNone        SkipReason = iota
	SkipUnreadable             // the file could not be opened or read
	SkipEmpty                  // no bytes, or only whitespace
	SkipBinary                 // the content is not text
	SkipInvalidUTF8            // claims or looks like UTF-8 but has invalid sequences
	SkipEncoding               // no supported text encoding fits
	SkipTooLarge               // larger than the configured maximum article size
	SkipNoArticle              // HTML with no main text found
	SkipTruncated              // a WARC or gzip stream that ends mid-record
	SkipBadRecord              // a WARC record or JSONL line that does not parse
	SkipSymlinkLoop            // a symbolic link cycle in a walked directory
	SkipUnsupported            // a readable file of a kind reprint does not read
	SkipDuplicateID            // an id already given to an earlier article
)

var skipNames = [...]string{
	"", "unreadable", "empty", "binary", "invalid-utf8", "encoding", "too-large",
	"no-article", "truncated", "bad-record", "symlink-loop", "unsupported", "duplicate-id",
}

func (r SkipReason) String() string {
	if r >= 0 && int(r) < len(skipNames) {
		return skipNames[r]
	}
	return "unknown"
}

// MarshalText implements encoding.TextMarshaler.
func (r SkipReason) MarshalText() ([]byte, error) { return []byte(r.String()), nil }
