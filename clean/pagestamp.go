package clean

import "strings"

// pageStampLabels label a public body's stamp of its page's last
// revision, lower case, before a colon: "Page last updated: 31 March
// 2026", "Page last reviewed: 2 February 2024", as government and
// council templates print it. The sentence "This page was last updated
// August 25, 2005" is no label: an old site's author writes it into
// the page's text, and it is left to the other rules.
var pageStampLabels = []string{"page last updated", "page last reviewed"}

// pageStampMaxWords bounds the stamp: its label (three words) and a
// date of up to four ("Monday, 31 March 2026").
const pageStampMaxWords = 8

// pageStamp reports whether line is the stamp of a page's last
// revision: one of pageStampLabels and a colon, then a date and nothing
// else, a month's name (monthName) and a year of
// four figures among at most four words ("31 March 2026", "March 31,
// 2026"), or figures alone ("31/03/2026").
func pageStamp(line string) bool {
	l := strings.ToLower(strings.Join(strings.Fields(line), " "))
	for _, o := range pageStampLabels {
		rest, ok := strings.CutPrefix(l, o+":")
		if !ok {
			continue
		}
		f := strings.Fields(rest)
		if len(f) == 0 || len(f) > 4 {
			return false
		}
		if len(f) == 1 {
			return strings.Trim(f[0], "0123456789/.-") == "" && strings.ContainsAny(f[0], "/.-")
		}
		month, year := false, false
		for _, w := range f {
			w = strings.Trim(w, ".,")
			switch {
			case monthName(w):
				month = true
			case len(w) == 4 && strings.Trim(w, "0123456789") == "":
				year = true
			case w != "" && len(w) <= 4 && strings.Trim(w, "0123456789") == "" || printWeekdays[w]:
			default:
				return false
			}
		}
		return month && year
	}
	return false
}

// pageStamps removes the stamp of a page's last revision (pageStamp)
// where the page's template sets it, as a paragraph of its own: a
// blank line before it, and after it a blank line or the text's end. A
// stamp run into the lines around it is left to the other rules: a
// plain text's author may have written it into the text.
func pageStamps(body string, blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if b.credit || b.words == 0 || b.words > pageStampMaxWords || i > 0 && !b.afterBlank ||
			i+1 < len(blocks) && !blocks[i+1].afterBlank {
			continue
		}
		if pageStamp(body[b.span.Start:b.span.End]) {
			b.class, b.score, b.reason = classChrome, 1, ReasonNavigation
		}
	}
}
