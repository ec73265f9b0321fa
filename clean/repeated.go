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
