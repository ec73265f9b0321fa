package clean

import (
	"strings"
	"unicode/utf8"
)

// A news aggregator's copy of a story, as a plain copy of its page keeps
// it, opens with the page's title, the story's headline and the
// aggregator's name after a bar ("Fire at … | Gulf Coast Headlines"),
// and under it the aggregator's masthead with its tagline after a dash
// ("Gulf Coast Headlines - Your local news, all in one place"); under
// the story it prints the publisher's follow call ("Follow KGCW 12 for
// more"). Both are the page's, whatever the aggregator's name.

// titleTaglineMaxWords bounds the masthead's line, the name and the tagline:
// "Gulf Coast Headlines - Your local news, all in one place" has ten
// words.
const titleTaglineMaxWords = 14

// titleSite returns the site's name a page's title gives after its last
// bar ("… | Gulf Coast Headlines"), or "".
func titleSite(line string) string {
	k := strings.LastIndex(line, " | ")
	if k <= 0 {
		return ""
	}
	site := strings.TrimSpace(line[k+len(" | "):])
	if site == "" || utf8.RuneCountInString(site) > 60 {
		return ""
	}
	return site
}

// titleTaglines removes, in a text whose first line is a page's title
// with the site's name after a bar (titleSite), the site's masthead
// with its tagline right under it: a short line (titleTaglineMaxWords) that
// opens with the name and a dash, and ends no sentence. A story's
// headline or lead that opens with the site's name goes on with a verb,
// not a dash.
func titleTaglines(body string, blocks []block) {
	if len(blocks) < 2 {
		return
	}
	site := titleSite(strings.TrimSpace(body[blocks[0].span.Start:blocks[0].span.End]))
	if site == "" {
		blogTagline(body, blocks)
		return
	}
	for i := 1; i < len(blocks) && i <= 2; i++ {
		b := &blocks[i]
		line := strings.TrimSpace(body[b.span.Start:b.span.End])
		if b.credit || b.words > titleTaglineMaxWords || !opensWithSite(line, site) || endsSentence(line) {
			continue
		}
		rest := strings.Fields(line[len(site):])
		if len(rest) >= 2 && isDash([]byte(rest[0])) {
			b.class, b.score, b.reason = classChrome, 1, ReasonNavigation
		}
	}
}

// An aggregator's copy stamps the story's date line with the time it
// took the story in, after a bar: "Published: 20 November 2025, 18:05
// | Added to Éirestream 18:21". The stamp names the aggregator, the
// site the page's title names after its bar (titleSite), and a time.

// aggregatorStampMaxWords bounds the date line that holds the stamp:
// "Published: 20 November 2025, 18:05 | Added to Éirestream 18:21" has
// ten words, the bar among them.
const aggregatorStampMaxWords = 16

// aggregatorStamps removes, in a text whose first line is a page's
// title with the site's name after a bar (titleSite), a short line
// (aggregatorStampMaxWords) one of whose parts between bars is the
// aggregator's stamp: "Added to", the site's name and a clock time
// (clockTime), nothing after it. The line is the aggregator's date
// line, not the story's; a story's sentence that says something was
// added to a site at a time is no part after a bar.
func aggregatorStamps(body string, blocks []block) {
	if len(blocks) < 2 {
		return
	}
	site := titleSite(strings.TrimSpace(body[blocks[0].span.Start:blocks[0].span.End]))
	if site == "" {
		return
	}
	for i := 1; i < len(blocks); i++ {
		b := &blocks[i]
		if b.credit || b.words == 0 || b.words > aggregatorStampMaxWords || !strings.Contains(body[b.span.Start:b.span.End], " | ") {
			continue
		}
		for _, part := range strings.Split(body[b.span.Start:b.span.End], " | ") {
			rest, ok := strings.CutPrefix(strings.TrimSpace(part), "Added to ")
			if !ok || !strings.HasPrefix(rest, site) {
				continue
			}
			if f := strings.Fields(rest[len(site):]); len(f) == 1 && clockTime(f[0]) {
				b.class, b.score, b.reason = classChrome, 1, ReasonNavigation
				break
			}
		}
	}
}

// blogTagline removes, in a text whose first line is a blog's page
// title as Blogger words it, the blog's name, a colon and the post's
// title ("Mabanga Yetu: TAHADHARI YA KIPINDUPINDU – Soma na usambaze"),
// the blog's tagline under the blog's name alone on a line in the
// header (the second or third line): the line right under the name in
// its paragraph, short (titleTaglineMaxWords), ending no sentence
// ("Habari, matangazo na mambo ya mtaani kwetu"). The name itself is
// the masthead's, left to the other rules. A story's headline written
// "Kicker: title" has no line naming its kicker alone under it.
func blogTagline(body string, blocks []block) {
	first := strings.TrimSpace(body[blocks[0].span.Start:blocks[0].span.End])
	k := strings.Index(first, ": ")
	if k <= 0 || strings.TrimSpace(first[k+2:]) == "" {
		return
	}
	name := strings.TrimSpace(first[:k])
	if n := len(strings.Fields(name)); n == 0 || n > pageNameMaxWords {
		return
	}
	for i := 1; i+1 < len(blocks) && i <= 2; i++ {
		if strings.TrimSpace(body[blocks[i].span.Start:blocks[i].span.End]) != name {
			continue
		}
		b := &blocks[i+1]
		line := strings.TrimSpace(body[b.span.Start:b.span.End])
		if !b.afterBlank && !b.credit && b.words >= 2 && b.words <= titleTaglineMaxWords && !endsSentence(line) {
			b.class, b.score, b.reason = classChrome, 1, ReasonNavigation
		}
		return
	}
}

// followForMoreMaxWords bounds a follow call: "Follow KGCW 12 News on
// Facebook for more" has eight words.
const followForMoreMaxWords = 9

// followForMoreEnds close a follow call, lower case.
var followForMoreEnds = []string{" for more", " for more news", " for more updates", " for more stories",
	" for more local news", " for the latest"}

// followForMore removes a follow call alone on its line: "Follow", a
// name, and one of followForMoreEnds closing the line, at most
// followForMoreMaxWords words. A story's sentence that tells readers to
// follow someone ends with a stop and says more.
func followForMore(body string, blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if b.credit || b.words < 3 || b.words > followForMoreMaxWords {
			continue
		}
		l := strings.ToLower(strings.TrimSpace(body[b.span.Start:b.span.End]))
		if !strings.HasPrefix(l, "follow ") {
			continue
		}
		for _, e := range followForMoreEnds {
			if strings.HasSuffix(l, e) && len(l) > len("follow ")+len(e) {
				b.class, b.score, b.reason = classChrome, 1, ReasonPromo
				break
			}
		}
	}
}

// A local aggregator's page opens with its location bar, the place it
// serves the reader's news for and the link to change it: "Your area:
// Cottonwood Springs, KS (change)". A story never opens by labelling
// the reader's area.

// locationLabels open the bar, lower case, with their colon.
var locationLabels = []string{"your area:", "your location:", "your region:", "your city:", "showing news for:",
	"local news for:", "news near:", "ihre region:", "votre région :", "votre région:", "tu zona:", "tu ubicación:"}

// locationChanges close the bar: the link to change the place.
var locationChanges = barSet(`(change) | change | (edit) | edit | change location | (change location) | (ändern) | ändern |
	(modifier) | modifier | (cambiar) | cambiar`)

// locationBarMaxWords bounds the place named in the bar: "Cottonwood
// Springs, KS" has three words.
const locationBarMaxWords = 6

// locationBarLines bounds where the bar stands: among the page's first
// lines.
const locationBarLines = 8

// locationBar reports whether line is such a bar: one of locationLabels,
// a place of at most locationBarMaxWords words with no sentence's stop,
// and the change link after it or nothing.
func locationBar(line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	for _, lead := range locationLabels {
		rest, ok := strings.CutPrefix(l, lead)
		if !ok {
			continue
		}
		f := strings.Fields(rest)
		for n := len(f) - 1; n >= 1 && n >= len(f)-2; n-- {
			if locationChanges[strings.Join(f[n:], " ")] {
				f = f[:n]
				break
			}
		}
		place := strings.Join(f, " ")
		return len(f) > 0 && len(f) <= locationBarMaxWords && !strings.ContainsAny(place, ".!?;")
	}
	return false
}

// locationBars removes the bar among the page's first
// locationBarLines lines.
func locationBars(body string, blocks []block) {
	for i := 0; i < len(blocks) && i < locationBarLines; i++ {
		if !blocks[i].credit && locationBar(body[blocks[i].span.Start:blocks[i].span.End]) {
			blocks[i].class, blocks[i].score, blocks[i].reason = classChrome, 1, ReasonNavigation
		}
	}
}
