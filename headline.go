package reprint

import (
	"strings"
	"unicode"
)

// The headline and the body
//
// A page's cleaned Text usually opens with its headline: the extractor
// finds the <h1> inside the article, and a plain text file often starts
// with a headline line. Text keeps it — alignment reads it, and a copied
// headline is reuse like any other — but the story's body, as a reader or
// an extraction benchmark means it (the Zyte benchmark's articleBody has
// no headline), starts after it. Article.Headline says where the headline
// is, so that reports can show it as a heading and evaluations can score
// the body.
//
// The first line of Text is the headline when it repeats the article's
// title (Meta.Title): the same words, compared case-folded and with
// punctuation, quotation marks and dashes of any kind left out
// ("Star Wars Jedi: Fallen Order review – shoots…" is the title "Star Wars
// Jedi: Fallen Order review - shoots…"), or the words of the title on one
// side of a separator that sets off a site or section name ("…lunar
// lander program - SpaceNews.com", "Opinion | Is Football Violence a
// Crime?", "Meal Prep … | The Beachbody Blog"). A first line that only
// resembles the title — the same story under a reworded headline, a
// standfirst — is not the headline: it is body text the title does not
// name, and guessing would take story text out of the body.

// titleSeparators set off a site or section name from the headline in a
// page title. A hyphen counts only with spaces around it, as in
// "Headline - Site"; inside a word it is part of the headline.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "}

// maxTitleBytes bounds the title FindHeadline reads, which it compares
// part by part at each separator (quadratic in its length). Page titles run
// to some 70 characters and the longest of the Zyte benchmark's 181 has
// under 200; 2,048 bytes is no headline.
const maxTitleBytes = 2048

// FindHeadline returns the span of text's first line when that line is
// the headline titled title (see "The headline and the body"), else the
// zero Span. The span covers the line without its line break or the
// spaces around it.
func FindHeadline(text, title string) Span {
	if len(title) > maxTitleBytes {
		title = "" // not a title: page text taken for one
	}
	tkey := headlineKey(title)
	if tkey == "" {
		return Span{}
	}
	start := strings.IndexFunc(text, func(r rune) bool { return !unicode.IsSpace(r) })
	if start < 0 {
		return Span{}
	}
	end := strings.IndexByte(text[start:], '\n')
	if end < 0 {
		end = len(text)
	} else {
		end += start
	}
	line := strings.TrimRightFunc(text[start:end], unicode.IsSpace)
	end = start + len(line)
	if len(line) > 2*len(title)+16 {
		return Span{} // far longer than the title: a paragraph, not its headline
	}
	if lkey := headlineKey(line); lkey == "" || !titleMatches(lkey, tkey, title) {
		return Span{}
	}
	if strings.TrimSpace(text[end:]) == "" {
		return Span{} // the whole text: nothing for it to head
	}
	return Span{Start: start, End: end}
}

// TitleHeadline returns the headline a page title gives: the title
// without the site's name set off by a separator ("Headline - Site",
// "Site | Headline", site as Meta.Site gives it), white space collapsed;
// "" when the title is the site's name alone, which names no story.
func TitleHeadline(title, site string) string {
	title, site = strings.Join(strings.Fields(title), " "), strings.Join(strings.Fields(site), " ")
	if site == "" || len(title) > maxTitleBytes {
		return title
	}
	if strings.EqualFold(title, site) {
		return ""
	}
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > 0 && strings.EqualFold(title[i+len(sep):], site) {
			return title[:i]
		}
		if head, rest, ok := strings.Cut(title, sep); ok && head != "" && strings.EqualFold(head, site) {
			return rest
		}
	}
	return title
}

// titleMatches reports whether the headline key lkey is the title's key
// tkey, or the key of the part of title before or after a separator that
// sets off a name (any of them: "Headline - Section - Site").
func titleMatches(lkey, tkey, title string) bool {
	if lkey == tkey {
		return true
	}
	for _, sep := range titleSeparators {
		for off := 0; ; {
			i := strings.Index(title[off:], sep)
			if i < 0 {
				break
			}
			i += off
			if headlineKey(title[:i]) == lkey || headlineKey(title[i+len(sep):]) == lkey {
				return true
			}
			off = i + len(sep)
		}
	}
	return false
}

// headlineKey returns the letters and digits of s, lower-cased, with one
// space between runs of them.
func headlineKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	gap := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if gap && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(unicode.ToLower(r))
			gap = false
		} else {
			gap = true
		}
	}
	return b.String()
}

// StorySpan returns the span of Text that is the story without its
// headline: from the first non-blank byte after Headline to the end of
// Text, or all of Text when there is no headline. A Headline that does
// not lie inside Text (an article changed after cleaning) is ignored.
func (a *Article) StorySpan() Span {
	h := a.Headline
	if h.Empty() || h.End > len(a.Text) || h.Start < 0 {
		return Span{Start: 0, End: len(a.Text)}
	}
	start := h.End
	for start < len(a.Text) && isASCIISpace(a.Text[start]) {
		start++
	}
	return Span{Start: start, End: len(a.Text)}
}

func isASCIISpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
