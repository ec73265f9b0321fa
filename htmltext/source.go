package htmltext

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Boundary kinds: what lies in the page between two visible characters.
const (
	brkNone  uint8 = iota // nothing, or only inline tags: the characters touch ("foo<b>bar</b>")
	brkSpace              // whitespace, or a table-cell boundary
	brkBlock              // a block-level tag (<p>, <div>, <br>, <li>, …): a paragraph break
)

// source is the visible text of a page with every character tied to the
// bytes it came from. Whitespace is left out of vis and recorded instead as
// the boundary kind of the next character, so that extracted text can be
// found in it whatever its spacing.
type source struct {
	vis   string  // visible non-whitespace characters, UTF-8
	start []int32 // per byte of vis: start of its character's bytes in the page
	n     []uint8 // per byte of vis: length of its character's bytes in the page (a character reference is at most 42)
	brk   []uint8 // per byte of vis: boundary kind before it (set on rune starts)

	anchors []anchor
	base    string // <base href>, raw
	lang    string // <html lang>, raw
}

// anchor is an <a href> of the page and the visible text it encloses.
type anchor struct {
	href     string
	vis0     int // vis range of its text
	vis1     int
	complete bool
	// advert: a paid link's button (adButton), whose text the
	// renderer leaves out of Body.
	advert bool
}

// invisible are the elements whose content the tokenizer returns as raw
// text that a reader never sees.
var invisible = map[string]bool{
	"script": true, "style": true, "noscript": true, "iframe": true,
	"noembed": true, "noframes": true,
}

// blockTags are the elements that start a new line when rendered. Table
// cells are not among them: cells of one row stay on one line.
var blockTags = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "body": true,
	"br": true, "caption": true, "center": true, "dd": true, "details": true, "dialog": true,
	"dir": true, "div": true, "dl": true, "dt": true, "fieldset": true, "figcaption": true,
	"figure": true, "footer": true, "form": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "head": true, "header": true, "hgroup": true,
	"hr": true, "html": true, "legend": true, "li": true, "main": true, "menu": true,
	"nav": true, "ol": true, "option": true, "p": true, "pre": true, "section": true,
	"summary": true, "table": true, "tbody": true, "tfoot": true, "thead": true,
	"title": true, "tr": true, "ul": true,
}

// tagBreak returns the boundary kind a tag named name makes.
func tagBreak(name string) uint8 {
	switch {
	case blockTags[name]:
		return brkBlock
	case name == "td" || name == "th":
		return brkSpace
	}
	return brkNone
}

// scanSource tokenizes page (UTF-8) and returns its visible text. It never
// fails: the tokenizer accepts any input, and offsets come from the lengths
// of the raw tokens, which tile the input.
func scanSource(page string) *source {
	s := &source{}
	// Visible text is about as long as the page at most (a few character
	// references decode to more bytes than they take). Growing from a
	// guess copied the per-byte arrays again and again: 340 MB of
	// allocations for a page of one 10 MB paragraph. Capacity that is
	// never written is never touched, so a page of mostly markup costs
	// little resident memory. Each visible byte costs 7 bytes: vis, start,
	// n and brk.
	var vis strings.Builder
	vis.Grow(len(page))
	s.start = make([]int32, 0, len(page))
	s.n = make([]uint8, 0, len(page))
	s.brk = make([]uint8, 0, len(page))
	// emit appends the character c, which came from page[start:end].
	emit := func(c []byte, start, end int, pending *uint8) {
		vis.Write(c)
		for j := range c {
			s.start = append(s.start, int32(start))
			s.n = append(s.n, uint8(end-start))
			if j == 0 {
				s.brk = append(s.brk, *pending)
			} else {
				s.brk = append(s.brk, brkNone)
			}
		}
		*pending = brkNone
	}

	z := html.NewTokenizer(strings.NewReader(page))
	off := 0
	pending := brkBlock
	skip := false
	open := -1 // index in s.anchors of the <a> being read, or -1
	var rb [utf8.UTFMax]byte
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		n := len(raw)
		switch tt {
		case html.TextToken:
			if skip {
				break
			}
			text := raw // valid until the next call of z.Next
			for i := 0; i < len(text); {
				if text[i] == '&' {
					if j := entityEnd(text, i); j > i+1 {
						e := string(text[i:j])
						if u := html.UnescapeString(e); u != e {
							for _, r := range u {
								if unicode.IsSpace(r) {
									pending = max(pending, brkSpace)
									continue
								}
								k := utf8.EncodeRune(rb[:], r)
								emit(rb[:k], off+i, off+j, &pending)
							}
							i = j
							continue
						}
					}
				}
				c := text[i]
				if c < utf8.RuneSelf {
					// ASCII fast path.
					if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
						pending = max(pending, brkSpace)
					} else {
						emit(text[i:i+1], off+i, off+i+1, &pending)
					}
					i++
					continue
				}
				r, size := utf8.DecodeRune(text[i:])
				if unicode.IsSpace(r) {
					pending = max(pending, brkSpace)
				} else {
					emit(text[i:i+size], off+i, off+i+size, &pending)
				}
				i += size
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			tag := string(name)
			pending = max(pending, tagBreak(tag))
			if tt == html.StartTagToken && invisible[tag] {
				skip = true
			}
			var attrs map[string]string
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "href", "lang", "rel", "class", "role":
					if attrs == nil {
						attrs = map[string]string{}
					}
					attrs[string(k)] = string(v)
				}
			}
			switch tag {
			case "a":
				if open >= 0 {
					s.closeAnchor(open, vis.Len())
				}
				open = -1
				if href, ok := attrs["href"]; ok && tt == html.StartTagToken {
					s.anchors = append(s.anchors, anchor{href: href, vis0: vis.Len(), advert: adButton(attrs)})
					open = len(s.anchors) - 1
				}
			case "base":
				if href, ok := attrs["href"]; ok && s.base == "" {
					s.base = href
				}
			case "html":
				if lang, ok := attrs["lang"]; ok && s.lang == "" {
					s.lang = lang
				}
			}
		case html.EndTagToken:
			skip = false
			name, _ := z.TagName()
			tag := string(name)
			pending = max(pending, tagBreak(tag))
			if tag == "a" && open >= 0 {
				s.closeAnchor(open, vis.Len())
				open = -1
			}
		}
		off += n
	}
	if open >= 0 {
		s.closeAnchor(open, vis.Len())
	}
	s.vis = vis.String()
	for i := range s.anchors {
		if a := &s.anchors[i]; a.advert && utf8.RuneCountInString(s.vis[a.vis0:a.vis1]) > adButtonMaxChars {
			a.advert = false // more than a button says: a link set in text
		}
	}
	return s
}

func (s *source) closeAnchor(i, end int) {
	s.anchors[i].vis1 = end
	s.anchors[i].complete = true
}

// adButtonMaxChars bounds the text of a paid link's button (adButton):
// "Bet Now", "Claim Offer", "Check price on Amazon" (21 characters). A
// longer text is a sentence's link, which stays.
const adButtonMaxChars = 32

// adButton reports whether an <a>'s attributes make it a paid link's
// button: rel names it "sponsored", the value Google asks pages to give
// paid and affiliate links, and its class (a part of a class name
// between hyphens or underscores: "odds-cta", "wp-block-button__link",
// "btn-primary") or its role says it is drawn as a button. Such a link
// is an advert's call to action ("Bet Now" in every row of a betting
// site's odds table, "Claim Offer" under its free-bet offer), never
// words of the article; a sponsored link in the text itself ("the
// <a rel=sponsored>new 16-inch MacBook Pro</a>", a price in a table)
// is drawn as a link and stays.
func adButton(attrs map[string]string) bool {
	if !slices.Contains(strings.Fields(strings.ToLower(attrs["rel"])), "sponsored") {
		return false // most links: no allocation beyond the lower-casing
	}
	if strings.EqualFold(strings.TrimSpace(attrs["role"]), "button") {
		return true
	}
	for _, c := range strings.Fields(strings.ToLower(attrs["class"])) {
		for part := range strings.FieldsFuncSeq(c, func(r rune) bool { return r == '-' || r == '_' }) {
			if part == "btn" || part == "button" || part == "cta" {
				return true
			}
		}
	}
	return false
}

// entityEnd returns the end of the character reference candidate starting
// with the '&' at text[i]: '&', an optional '#' (and 'x'), a run of
// letters and digits, and an optional ';'. The candidate is unescaped as a
// whole with html.UnescapeString, which applies the same rules (including
// legacy references without ';') as the tokenizer does.
func entityEnd(text []byte, i int) int {
	j := i + 1
	if j < len(text) && text[j] == '#' {
		j++
	}
	for j < len(text) && j-i < 40 && isAlnum(text[j]) {
		j++
	}
	if j < len(text) && text[j] == ';' {
		j++
	}
	return j
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
