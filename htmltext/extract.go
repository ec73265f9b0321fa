package htmltext

import (
	"cmp"
	"errors"
	"fmt"
	"github.com/markusmobius/go-htmldate"
	nurl "net/url"
	"slices"
	"strings"
	"time"
	"unicode"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/reprint/reprint"
	"github.com/reprint/reprint/analysis"
	"golang.org/x/net/html"
)

// ErrNoArticle is returned by Extract when a page has no main text.
var ErrNoArticle = errors.New("htmltext: no article text found")

// ErrEncoding is returned by Extract when a page's bytes cannot be decoded
// in the encoding they are in or declare (see decode).
var ErrEncoding = errors.New("htmltext: page cannot be decoded")

// ErrTooManyElements is returned by Extract when a page has more tags than
// Options.MaxElements.
var ErrTooManyElements = errors.New("htmltext: too many elements")

// DefaultMaxElements is the default Options.MaxElements. go-trafilatura
// clones the page's tree several times (pruning, date and author search),
// about 2.8 KB per element: a page of 100,000 <p>a</p> (800 KB) peaks at
// 283 MB resident in extract, a page of 1,000,000 at 2 GB. The largest page
// of the Zyte benchmark has 1,737 tags and news pages rarely pass 10,000,
// so the limit leaves room of 50× over real articles while bounding the
// memory of one page to about 300 MB (BENCHMARKS.md, "Hostile input").
const DefaultMaxElements = 100_000

// Focus trades recall against precision in trafilatura's choice of text.
type Focus uint8

const (
	Balanced       Focus = iota // trafilatura's default; the setting measured on the AEB benchmark
	FavorRecall                 // keep more text when unsure
	FavorPrecision              // keep less text when unsure
)

// Options configure Extract. The zero value is the default.
type Options struct {
	// URL is the address the page was fetched from, if known. It resolves
	// relative links in Meta.Links and helps trafilatura name the site.
	// Meta.URL is the page's canonical URL when it declares one, else URL.
	// Default: unknown; links are then resolved against the canonical URL
	// or <base href>, or left relative.
	URL string

	// Focus is trafilatura's recall/precision setting. Default: Balanced.
	Focus Focus

	// Fallback lets trafilatura also run go-readability and go-domdistiller
	// and keep the best of the three. Default: off; it roughly doubles the
	// time, and on the AEB benchmark it lowered F1 (Body 0.9622 → 0.9597,
	// ContentText likewise; measured with package aeb).
	Fallback bool

	// ExcludeTables drops the text of <table> elements. Default: tables are
	// kept, one row per line.
	ExcludeTables bool

	// MaxElements is the most tags a page may have; a page with more is
	// refused with ErrTooManyElements before it is parsed, since the
	// extractor's memory grows with the number of elements, not of bytes.
	// Tags are counted as '<' followed by a letter, so text inside scripts
	// and comments counts too: the count never falls short. Default
	// (when ≤ 0): DefaultMaxElements.
	MaxElements int

	// Credit reports whether a line is a credit line naming where the
	// story first ran ("This article first appeared in X"). A line of
	// the article's body that go-trafilatura pruned for its class
	// ("syndication-note") is given back when Credit accepts it (see
	// "A credit note inside the article body" in note.go); package
	// clean's OriginCredit is the judge the pipeline uses. Default: nil,
	// nothing given back.
	Credit func(line string) bool
}

// Result is the main text of a page and what is known about it.
type Result struct {
	// Body is the main text: one block (paragraph, heading, list item,
	// table row, blockquote) per line, blocks separated by "\n\n". The
	// title is not prepended. Whitespace inside a block is collapsed to
	// single spaces.
	Body string

	// BodyMap maps Body to byte offsets of the raw input given to Extract,
	// through any transcoding. Text found in the page maps to the bytes it
	// came from (entities and tags in between included); paragraph breaks
	// are inserted bytes; text that could not be found (rare: trafilatura
	// rewrote it) maps to an empty range at the last position found.
	BodyMap reprint.OffsetMap

	// Meta holds title, site name, canonical URL, author, publication date,
	// language (declared by <html lang>, else detected), the article's
	// outgoing links and the input encoding.
	Meta reprint.Meta

	// Plain is go-trafilatura's own ContentText, untouched: its paragraphs
	// run together. It is the "trafilatura alone" baseline for evaluation.
	Plain string

	// Found and Missed count the pieces of text located in the page and
	// not located; Missed pieces have empty BodyMap ranges.
	Found, Missed int
}

// Extract returns the article's main text with paragraphs kept as
// paragraphs, its metadata, and a map from the text back to raw.
//
// It returns an error wrapping ErrNoArticle if trafilatura finds no main
// text, one wrapping ErrTooManyElements for a page with more tags than
// opts.MaxElements, and one wrapping ErrEncoding for a page whose bytes
// cannot be decoded. It never panics on input: a panic inside go-trafilatura is
// recovered and returned as an error. raw is not retained.
func Extract(raw []byte, opts Options) (res *Result, err error) {
	if len(strings.TrimSpace(string(raw))) == 0 {
		return nil, fmt.Errorf("%w: empty input", ErrNoArticle)
	}
	maxElems := opts.MaxElements
	if maxElems <= 0 {
		maxElems = DefaultMaxElements
	}
	if n := countTags(raw, maxElems); n > maxElems {
		return nil, fmt.Errorf("%w: more than %d tags", ErrTooManyElements, maxElems)
	}
	page, pageMap, encName, err := decode(raw)
	if err != nil {
		return nil, err
	}
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return nil, fmt.Errorf("htmltext: parsing html: %w", err)
	}
	revised, revisedNote := modified(doc)
	canonical := canonicalLink(doc)
	pruneWiki(doc)

	topts := trafilatura.Options{
		Focus:          trafilatura.ExtractionFocus(opts.Focus),
		EnableFallback: opts.Fallback,
		ExcludeTables:  opts.ExcludeTables,
		// go-trafilatura's own date options (original date, extensive
		// search with the fallback), plus the time of day: without it
		// "2025-10-07T11:00:00Z" is read as midnight, and a page
		// published at 11:00 reads as earlier than a wire story of 09:00
		// the same day that it copied. The date in a URL
		// (".../2025/08/05/slug") is read after the page's head and
		// JSON-LD, not before: it has no time of day, and a page whose
		// URL dates it would otherwise lose the time its
		// article:published_time gives.
		HtmlDateOptions: &htmldate.Options{UseOriginalDate: true, SkipExtensiveSearch: !opts.Fallback, ExtractTime: true, DeferUrlExtractor: true},
	}
	var pageURL *nurl.URL
	if opts.URL != "" {
		if u, err := nurl.Parse(opts.URL); err == nil && u.IsAbs() {
			pageURL = u
			topts.OriginalURL = u
		}
	}
	tr, err := extractDocument(doc, topts)
	if err != nil {
		return nil, err
	}

	src := scanSource(page)
	rd := newRenderer(src)
	kept := contentBlocks(tr.ContentNode)
	var blocks []block
	for _, l := range leads(doc, kept) {
		blocks = append(blocks, contentBlocks(l)...)
	}
	blocks = append(blocks, withNotes(kept, append(creditNotes(doc, kept, opts.Credit), embedPosts(doc, kept)...))...)
	for _, c := range continuations(doc, kept) {
		blocks = append(blocks, contentBlocks(c)...)
	}
	for _, bl := range blocks {
		rd.block(bl)
	}
	if len(rd.body) == 0 {
		return nil, ErrNoArticle
	}
	res = &Result{
		Body:    string(rd.body),
		BodyMap: reprint.Compose(rd.mb.Map(), pageMap),
		Plain:   tr.ContentText,
		Found:   rd.found,
		Missed:  rd.missed,
	}

	md := tr.Metadata
	title := strings.Join(strings.Fields(md.Title), " ")
	if title != "" && res.Body == title {
		// go-trafilatura's last resort takes all the text of the page,
		// which for an empty page is its <title>: not an article.
		return nil, fmt.Errorf("%w: only the title", ErrNoArticle)
	}
	words := bodyWords(res.Body, title)
	if words < MinArticleWords {
		// The same last resort returns the navigation of a page with no
		// story ("Home", "Contact"): a handful of words is not an article.
		return nil, fmt.Errorf("%w: only %d words besides the title", ErrNoArticle, words)
	}
	site := md.Sitename
	if account := platformAccount(doc, site); account != "" {
		site = account
	}
	res.Meta = reprint.Meta{
		Title:     md.Title,
		Site:      site,
		SiteNames: siteNames(doc, site),
		URL:       md.URL,
		Author:    withSource(doc, withAgency(doc, cmp.Or(md.Author, headAuthor(doc)))),
		Provider:  headProvider(doc, site),
		Published: cmp.Or(md.Date, archivedDate(doc)),
		Modified:  revised,
		Language:  language(src.lang, md.Language, words),
		Encoding:  encName,
	}
	if d := res.Meta.Published; !d.IsZero() && d.Location() == time.UTC && d.Equal(d.Truncate(24*time.Hour)) {
		// go-trafilatura's date of a page that gives only its day
		// ("2025-05-14") is that day's midnight in UTC: a day, not a
		// moment (reprint.DatedDay). A page stamped at midnight UTC
		// itself reads the same, which only widens its window.
		res.Meta.Dated = reprint.DatedDay
	}
	if revisedNote != "" {
		res.Meta.Warnings = append(res.Meta.Warnings, revisedNote)
	}
	if res.Meta.URL == "" && pageURL != nil {
		res.Meta.URL = pageURL.String()
	}
	if pageURL == nil && md.URL != "" {
		if u, err := nurl.Parse(md.URL); err == nil && u.IsAbs() {
			pageURL = u
		}
	}
	res.Meta.Links = resolveLinks(rd.links(), pageURL, src.base)
	if c := resolveLinks([]string{canonical}, pageURL, src.base); len(c) == 1 && res.Meta.URL != "" && !reprint.SamePage(c[0], res.Meta.URL) && reprint.SamePage(c[0], c[0]) {
		res.Meta.Canonical = c[0]
	}
	return res, nil
}

// countTags counts '<' followed by an ASCII letter in raw, stopping once
// the count passes limit. In UTF-16 pages the letter follows a NUL byte and
// is counted too.
func countTags(raw []byte, limit int) int {
	n := 0
	for i := 0; i < len(raw) && n <= limit; i++ {
		if raw[i] != '<' {
			continue
		}
		j := i + 1
		if j+1 < len(raw) && raw[j] == 0 {
			j++ // UTF-16, either byte order
		}
		if j < len(raw) && isLetter(raw[j]) {
			n++
		}
	}
	return n
}

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// extractDocument runs trafilatura, turning its failures into ErrNoArticle
// and its panics into errors.
func extractDocument(doc *html.Node, opts trafilatura.Options) (tr *trafilatura.ExtractResult, err error) {
	defer func() {
		if p := recover(); p != nil {
			tr, err = nil, fmt.Errorf("htmltext: go-trafilatura panicked: %v", p)
		}
	}()
	tr, err = trafilatura.ExtractDocument(doc, opts)
	if err != nil {
		// Every error of ExtractDocument is about the content (too short,
		// wrong language, missing metadata), none about I/O.
		return nil, fmt.Errorf("%w: %v", ErrNoArticle, err)
	}
	if tr == nil || tr.ContentNode == nil {
		return nil, ErrNoArticle
	}
	return tr, nil
}

// language returns the primary subtag of the declared language, else the
// detected one.
func language(declared, detected string, words int) string {
	declared = strings.TrimSpace(declared)
	if i := strings.IndexAny(declared, "-_"); i >= 0 {
		declared = declared[:i]
	}
	if l := strings.ToLower(declared); len(l) == 2 || len(l) == 3 {
		return l
	}
	if words < minLanguageWords {
		return ""
	}
	return detected
}

// MinArticleWords is the fewest words, not counting the title, that a page's
// main text must have to be an article. The shortest article body in the
// Zyte benchmark has 18 words (the next 42), while the navigation or error
// text that extraction falls back to on a page with no story ("Home About
// Contact") is a handful; 10 separates the two with room on both sides.
const MinArticleWords = 10

// minLanguageWords is the fewest words for which a detected (not declared)
// language is reported: character-trigram detection on shorter text guesses
// (a page of "Home" came out Norwegian Nynorsk).
const minLanguageWords = 30

// bodyWords counts the words of body outside lines equal to title.
func bodyWords(body, title string) int {
	n := 0
	for line := range strings.SplitSeq(body, "\n") {
		if title != "" && strings.TrimSpace(line) == title {
			continue
		}
		n += countFields(line)
	}
	return n
}

// countFields is len(strings.Fields(s)) without building the slice (on a
// page of one 10 MB paragraph that slice was 130 MB of allocations), but
// for scripts written without spaces: Chinese and Japanese characters
// count as half a word each (analysis.CharsPerWord), so that a Japanese
// paragraph, one field to strings.Fields, counts as the words it holds: a
// story of a few sentences, a hundred characters or more, passes
// MinArticleWords as an English one does, and a menu of three
// two-character items does not.
func countFields(s string) int {
	n, cjk, in := 0, 0, false
	for _, r := range s {
		if analysis.Unspaced(r) {
			cjk++
			in = false
			continue
		}
		space := unicode.IsSpace(r)
		if !space && !in {
			n++
		}
		in = !space
	}
	return n + cjk/analysis.CharsPerWord
}

// resolveLinks makes hrefs absolute against base (itself resolved against
// the page URL), drops in-page fragments and script links, and removes
// duplicates, keeping the first.
func resolveLinks(hrefs []string, page *nurl.URL, base string) []string {
	if len(hrefs) == 0 {
		return nil
	}
	ref := page
	if base = strings.TrimSpace(base); base != "" {
		if b, err := nurl.Parse(base); err == nil {
			if ref != nil {
				ref = ref.ResolveReference(b)
			} else if b.IsAbs() {
				ref = b
			}
		}
	}
	var out []string
	for _, h := range hrefs {
		h = strings.TrimSpace(h)
		lh := strings.ToLower(h)
		if h == "" || strings.HasPrefix(h, "#") || strings.HasPrefix(lh, "javascript:") || strings.HasPrefix(lh, "data:") {
			continue
		}
		if ref != nil {
			if u, err := nurl.Parse(h); err == nil {
				h = ref.ResolveReference(u).String()
			}
		}
		if !slices.Contains(out, h) {
			out = append(out, h)
		}
	}
	return out
}
