package clean

import "strings"

// minRelatedPosts is the least number of related posts, each a title
// with Jetpack's context line right under it (block.related: In
// "Lifestyle"), that make a related-posts box on their own, with no
// list label over them and no chrome closing them. Jetpack prints three;
// two pairs in a row are already no story's text: a story never sets
// two short lines each followed by one word and a quoted category name.
// One pair alone stays to the label and link-list rules.
const minRelatedPosts = 2

// relatedPosts decides a Jetpack related-posts box by its own shape:
// minRelatedPosts or more titles, each over its context line in the
// same paragraph (In "News", Dans « Société », “Cəmiyyət” bölməsində),
// and the box's heading right above the first title. The heading is the
// theme's or the site's own words in the site's language ("Related",
// "Articles similaires", "Swihloko leswi fambelanaka"), which no word
// list can hold for every language, so it is known by its place: a
// line of a list label's length (maxListLabelWords) ending no sentence,
// in the title's paragraph or with chrome above it. The link-list and
// labelled-list rules need chrome closing the list or a label they
// know; an author box or a story-looking line under the box (the
// post's author's bio) breaks the first, an unknown language the
// second.
func relatedPosts(body string, blocks []block) {
	pair := func(j int) bool {
		t := &blocks[j]
		if j+1 >= len(blocks) || t.credit || !(t.title || t.ask) || t.class == classChrome {
			return false
		}
		c := &blocks[j+1]
		return c.related && !c.credit && c.span.Start == t.span.End+1
	}
	for i := 0; i < len(blocks); i++ {
		n, j := 0, i
		for pair(j) {
			n, j = n+1, j+2
		}
		if n < minRelatedPosts {
			continue
		}
		start := i
		if i > 0 {
			h := &blocks[i-1]
			line := strings.TrimSpace(body[h.span.Start:h.span.End])
			placed := !blocks[i].afterBlank || i > 1 && blocks[i-2].class == classChrome && !blocks[i-2].credit
			if !h.credit && h.words > 0 && h.words <= maxListLabelWords && !endsSentence(line) && placed {
				start = i - 1
			}
		}
		for k := start; k < j; k++ {
			blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonPromo
		}
		i = j - 1
	}
}
