package clean

import "strings"

// A scraper that follows a paginated article's "Next page" link and
// joins the pages in order captures each page whole: the page's
// header, the article's run of paragraphs, the pager and the footer,
// then the same header again over the next run. The rules that read
// chrome around one article body find most of it twice; a line whose
// evidence is its place, under the footer's notice or beside a comment
// box, may be decided on one page and kept on the other, where a
// different neighbour stood. What the text repeats between two runs of
// the article is the site's furniture, and a line decided chrome in one
// copy is chrome in the others.

// repeatedChrome removes the kept copies of a line the text repeats
// around a run of the article's text (some kept line of longWords or
// more between the first copy and the last), the copies compared word
// for word, spaces aside. It removes a line of at most maxWords words,
// not a credit line, one copy of which was decided chrome by its own
// evidence (a score of high or more: "Comments have been turned off
// for this article."), where the kept copy stands next to a removed
// line, inside the page's furniture, as the decided copy does. A
// headline repeated on each page is decided in neither copy and stays;
// where the duplicate-headline rule removed a copy of a headline, it
// kept the other on purpose, and that one stays too; and so does a line
// of the story that a list under it repeats (a list's title is decided
// by its place, with a low score). The owner's copyright notice that
// closes each page's footer stays, as footerNotices leaves it: the
// engine reads it as the capture's credit to the page it took.
//
// It runs last, once every copy is decided as one page would decide it,
// and reads the neighbours as the other rules left them, so that what
// it removes vouches for nothing else it removes.
func repeatedChrome(body string, blocks []block, maxWords int, high float64) {
	copies := make(map[string][]int)
	chrome := make([]bool, len(blocks)) // removed before this rule, not a credit
	for i := range blocks {
		chrome[i] = blocks[i].removed && !blocks[i].credit
		b := &blocks[i]
		if !b.credit && b.words > 0 && b.words <= maxWords {
			k := strings.Join(strings.Fields(body[b.span.Start:b.span.End]), " ")
			copies[k] = append(copies[k], i)
		}
	}
	for _, at := range copies {
		if len(at) < 2 || !storyBetween(blocks, at[0], at[len(at)-1]) {
			continue
		}
		decided := -1
		for _, i := range at {
			if blocks[i].removed && blocks[i].score >= high && blocks[i].reason != ReasonDuplicate {
				decided = i
				break
			}
		}
		if decided < 0 {
			continue
		}
		for _, i := range at {
			if b := &blocks[i]; !b.removed && (i > 0 && chrome[i-1] || i+1 < len(blocks) && chrome[i+1]) {
				b.removed, b.class, b.reason, b.score = true, classChrome, blocks[decided].reason, blocks[decided].score
			}
		}
	}
}

// storyBetween reports whether a kept line of longWords words or more,
// not a credit line, lies between blocks from and to: a run of the
// article's text.
func storyBetween(blocks []block, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if b := &blocks[k]; !b.removed && !b.credit && b.words >= longWords {
			return true
		}
	}
	return false
}

// A document set in pages (a council's minutes, a report, a notice
// converted from PDF to text) prints its running footer or header on
// every page: the document's name and date with the page's place in it
// ("Whitmoor Town Council – Planning Committee – 10 November 2025 –
// Page 1 of 3          Chair's initials ........"), or the count alone
// ("Page 2 of 3"). The text keeps one copy between each page's run of
// lines, the same words each time but the page's number, which counts
// up. No copy is decided by its words, but no sentence of a document
// says on which of its pages it stands, twice, counting.

// runningLineMaxWords bounds a running footer or header: the body's
// name, the committee's or the report's, the date and the count, with
// a field for the chair's initials (17 words in the story sets). Thirty
// leaves room for a longer title; a paragraph of the text that names a
// page of another document is a sentence, and is never said twice with
// its number counting.
const runningLineMaxWords = 30

// runningLines removes a paginated document's running footers and
// headers: lines of at most runningLineMaxWords words, each holding a
// page's count (pageCount: "Page 2 of 3", "Seite 2 von 3"), the same
// line but for the page's number, in two copies or more whose numbers
// differ and count the same pages, with a kept line of the text
// (storyBetween) between the first and the last.
func runningLines(body string, blocks []block) {
	type copy struct{ at, page, pages int }
	copies := make(map[string][]copy)
	for i := range blocks {
		b := &blocks[i]
		if b.credit || b.words == 0 || b.words > runningLineMaxWords {
			continue
		}
		line := body[b.span.Start:b.span.End]
		at, n, page, pages := pageCount(line)
		if at < 0 {
			continue
		}
		k := strings.Join(strings.Fields(line[:at]+"#"+line[at+n:]), " ")
		copies[k] = append(copies[k], copy{i, page, pages})
	}
	for _, cs := range copies {
		if len(cs) < 2 || !storyBetween(blocks, cs[0].at, cs[len(cs)-1].at) {
			continue
		}
		counting := true
		for k := 1; k < len(cs); k++ {
			counting = counting && cs[k].pages == cs[0].pages && cs[k].page > cs[k-1].page
		}
		if !counting {
			continue
		}
		for _, c := range cs {
			decideRemoved(&blocks[c.at], ReasonNavigation)
			// The rules the page sets over and under its footer
			// ("-----"), in the footer's paragraph.
			if c.at > 0 && !blocks[c.at].afterBlank && ruleLine(body, blocks[c.at-1]) {
				decideRemoved(&blocks[c.at-1], ReasonNavigation)
			}
			if c.at+1 < len(blocks) && !blocks[c.at+1].afterBlank && ruleLine(body, blocks[c.at+1]) {
				decideRemoved(&blocks[c.at+1], ReasonNavigation)
			}
		}
	}
}

// ruleLine reports whether b is a rule drawn in text: three or more of
// one mark of dashes, underscores, equals signs or asterisks, and
// nothing else.
func ruleLine(body string, b block) bool {
	line := strings.TrimSpace(body[b.span.Start:b.span.End])
	return len(line) >= 3 && b.words == 0 && strings.Trim(line, line[:1]) == "" && strings.Contains("-_=*", line[:1])
}

// pageCount finds a page's count in line: one of pagerPages, the page's
// number, one of pagerOf and the number of pages, that number at least
// the page's ("Page 2 of 3"). It returns where the page's number starts
// in line and its length, the number and the count; at is -1 when the
// line holds none.
func pageCount(line string) (at, n, page, pages int) {
	fields := strings.Fields(line)
	number := func(w string) (int, bool) {
		w = strings.TrimRight(w, ".,;:)")
		if len(w) == 0 || len(w) > 4 || strings.Trim(w, "0123456789") != "" {
			return 0, false
		}
		v := 0
		for _, r := range w {
			v = v*10 + int(r-'0')
		}
		return v, true
	}
	for k := 0; k+3 < len(fields); k++ {
		if !pagerPages[strings.ToLower(fields[k])] || !pagerOf[strings.ToLower(fields[k+2])] {
			continue
		}
		p, ok1 := number(fields[k+1])
		m, ok2 := number(fields[k+3])
		if !ok1 || !ok2 || p < 1 || p > m {
			continue
		}
		// The page's number in line: the (k+1)th field.
		off := 0
		for f := 0; f <= k+1; f++ {
			j := strings.Index(line[off:], fields[f])
			off += j
			if f < k+1 {
				off += len(fields[f])
			}
		}
		return off, len(strings.TrimRight(fields[k+1], ".,;:)")), p, m
	}
	return -1, 0, 0, 0
}
