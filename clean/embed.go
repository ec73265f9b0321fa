package clean

import (
	"strings"
	"unicode"
)

// A story that embeds a social post (X/Twitter, Bluesky, Threads,
// Instagram) carries the post's text as its own: the article quotes
// the poster, as a block quotation. The embed's furniture around that
// text is the platform's: the card's header over it (the poster's name,
// "@handle", "Follow"), the attached picture's link at its end
// ("pic.twitter.com/Rk8vQ2mLzT"), and under it the embed code's
// signature line ("— Nadia Kersley MP (@NadiaKersleyMP) March 3,
// 2026"), the time line ("10:42 AM · Mar 3, 2026") and the counts
// ("4.8K"). A scraper's plain copy of the page keeps them all as lines
// around the post's text, and an HTML page's extraction keeps the
// picture's link inside the post's paragraph (htmltext gives back the
// post's <p> alone). embedFurniture removes the furniture and keeps the
// post's words.

// mediaLinkHosts are the hosts of the links a platform prints for a
// post's attached picture or video at the end of the post's text,
// lower case, with the slash that opens the path: X's "pic.twitter.com/…"
// and its later "pic.x.com/…". The link is the attachment's address,
// not a word of the post.
var mediaLinkHosts = []string{"pic.twitter.com/", "pic.x.com/"}

// mediaLink reports whether w is a post's attached-media link alone
// (mediaLinkHosts), a scheme before it or not.
func mediaLink(w string) bool {
	l := strings.ToLower(w)
	l = strings.TrimPrefix(strings.TrimPrefix(l, "https://"), "http://")
	for _, h := range mediaLinkHosts {
		if rest, ok := strings.CutPrefix(l, h); ok && rest != "" && !strings.ContainsAny(rest, " \t") {
			return true
		}
	}
	return false
}

// mediaTail returns where the attached-media link (mediaLink) that
// closes line starts, after the post's text and a space, or -1: the
// post's text and its link are then two blocks (splitBlocks, in a
// collapsed embed's card: embedCardAbove), so that the link goes and the
// text stays. A line that is the link alone is
// one block, which embedFurniture removes whole.
func mediaTail(line string) int {
	t := strings.TrimRight(line, " \t\r")
	k := strings.LastIndexAny(t, " \t")
	if k < 0 || !mediaLink(t[k+1:]) || strings.IndexFunc(t[:k], notSpace) < 0 {
		return -1
	}
	return k + 1
}

// embedCard reports whether blocks[i] is a collapsed embed card's
// handle, a handle alone (handleLine with its "@") with the follow
// button right under it (followButtons).
func embedCard(body string, blocks []block, i int) bool {
	if i+1 >= len(blocks) || blocks[i+1].afterBlank {
		return false
	}
	h := strings.TrimSpace(body[blocks[i].span.Start:blocks[i].span.End])
	f := strings.TrimSpace(body[blocks[i+1].span.Start:blocks[i+1].span.End])
	return strings.HasPrefix(h, "@") && handleLine(h) && followButtons[strings.ToLower(f)]
}

// embedCardAbove reports whether the last blocks of blocks, in one
// paragraph with the line that follows them and within embedCardLines
// lines of it, hold a collapsed embed card's header (embedCard): the
// line is then the card's, and its attached-media link its furniture.
func embedCardAbove(body string, blocks []block) bool {
	for j := len(blocks) - 1; j >= 0 && j >= len(blocks)-embedCardLines; j-- {
		if embedCard(body, blocks, j) {
			return true
		}
		if blocks[j].afterBlank {
			break
		}
	}
	return false
}

// signatureMaxWords bounds an embed's signature line: the poster's
// name, the handle and the date ("— Nadia Kersley MP (@NadiaKersleyMP)
// March 3, 2026" has eight words; Bluesky's adds "at 10:42 AM").
const signatureMaxWords = 16

// embedSignature reports whether line is the signature line of a
// post's embed code: a dash, the poster's name, the handle in
// brackets ("(@NadiaKersleyMP)", Bluesky's "(@name.bsky.social)") and
// the post's date, which holds a year. X's and Bluesky's embed code
// prints it under the post's text; a story names a poster and a handle
// in a sentence, not after a dash with a date and nothing else.
func embedSignature(line string) bool {
	l := strings.TrimSpace(line)
	rest := strings.TrimLeft(l, "—–-― \u00a0")
	if rest == l || countWords(rest) > signatureMaxWords {
		return false
	}
	open := strings.Index(rest, "(@")
	if open < 1 {
		return false
	}
	end := strings.IndexByte(rest[open:], ')')
	if end < 0 || !handleLine(rest[open+1:open+end]) {
		return false
	}
	return hasYear(rest[open+end+1:])
}

// hasYear reports whether s holds a year of this century or the last
// as a word of its own ("March 3, 2026", "3. März 2026").
func hasYear(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsDigit(r) }) {
		if len(w) == 4 && (w[:2] == "19" || w[:2] == "20") {
			return true
		}
	}
	return false
}

// countWords counts the space-separated words of s.
func countWords(s string) int { return len(strings.Fields(s)) }

// embedTimeMaxWords bounds an embed's time line: "10:42 AM · Mar 3,
// 2026" has five words, without its dot.
const embedTimeMaxWords = 7

// embedTimeLine reports whether line is an embedded post's time line as
// X's card prints it under the post: a time of hours and minutes, an AM
// or PM after it or not, a dot, and the date with its month's name and
// year ("10:42 AM · Mar 3, 2026", "18:42 · 3 mars 2026").
func embedTimeLine(line string) bool {
	clock, date, ok := strings.Cut(strings.TrimSpace(line), "·")
	if !ok || countWords(line) > embedTimeMaxWords+1 {
		return false
	}
	c := strings.Fields(strings.ToLower(clock))
	if len(c) == 0 || len(c) > 2 || !clockTime(c[0]) {
		return false
	}
	if len(c) == 2 && strings.ReplaceAll(c[1], ".", "") != "am" && strings.ReplaceAll(c[1], ".", "") != "pm" {
		return false
	}
	month := false
	for _, w := range strings.Fields(date) {
		month = month || monthName(strings.Trim(w, ".,"))
	}
	return month && hasYear(date)
}

// embedCardLines bounds the lines of a collapsed embed under its card's
// header: the post's text, split from its picture's link or not, the
// signature line, the time line and the counts.
const embedCardLines = 8

// embedFurniture removes an embedded post's furniture (see above) where
// a copy collapsed the embed into lines: the card's header, a handle
// alone (handleLine with its "@") with the follow button right under it
// (followButtons) and the poster's name right over it, a short line of
// its paragraph; and under the header, in its paragraph and within
// embedCardLines lines, the attached-media link, alone on its line or
// split from the post's text (mediaTail), the signature line
// (embedSignature) and under it the time line (embedTimeLine) and the
// counts alone (tally). The post's text between them stays. Without the
// card's header the signature and the link stay: a page whose
// extraction kept the platform's blockquote whole keeps them, as the
// Zyte benchmark's gold bodies do (TestGoldBodiesKept), and HTML
// extraction gives back a pruned embed's post without them (htmltext's
// embedPosts).
func embedFurniture(body string, blocks []block) {
	drop := func(b *block) {
		if !b.credit {
			b.class, b.score, b.reason = classChrome, 1, ReasonShare
		}
	}
	text := func(k int) string { return strings.TrimSpace(body[blocks[k].span.Start:blocks[k].span.End]) }
	for i := range blocks {
		if !embedCard(body, blocks, i) {
			continue
		}
		drop(&blocks[i])
		drop(&blocks[i+1])
		if i > 0 && !blocks[i].afterBlank && blocks[i-1].words <= pageNameMaxWords && !fullStop(text(i-1)) {
			drop(&blocks[i-1])
		}
		signed := false
		for k := i + 2; k < len(blocks) && k <= i+1+embedCardLines && !blocks[k].afterBlank; k++ {
			l := text(k)
			switch {
			case mediaLink(l), embedSignature(l):
				signed = signed || embedSignature(l)
				drop(&blocks[k])
			case signed && (embedTimeLine(l) || countWords(l) == 1 && tally(l)):
				drop(&blocks[k])
			case signed:
				k = len(blocks) // past the embed's furniture
			}
		}
	}
}
