package clean

import (
	"strings"
	"unicode"
)

// A video page's capture (YouTube's watch page as a scraper saves its
// description and transcript panel) sets the video's description, often
// a story's text, between the platform's furniture: above it the
// channel's name, its subscriber count ("1.84 lakh subscribers", "12K
// subscribers"), "Subscribe" and the view count ("14,203 views", "1.2M
// views • 2 days ago"); under it the channel's own promos, which every
// video of the channel repeats (a line of hashtags, the call to
// subscribe and ring the bell, "घंटी वाला बटन दबाईं", the channel's
// other networks, "Facebook पर जुड़ीं: facebook.com/…"), and the
// panel's buttons ("Show transcript", "Show less"). The page is known by
// YouTube's own lines (videoMark): no story sets a subscriber count or
// "Show transcript" alone on a line. Only then do the view count, the
// hashtags and the promos count, since a story may name Facebook or ask
// readers to subscribe in a sentence of its own; the description's
// source line ("स्रोत: …") is a credit and stays.

// videoLabels are the watch page's buttons and panel labels alone on
// their line, lower case, without "…" or a closing stop: English and
// Hindi, the languages YouTube's Indian pages print them in.
var videoLabels = barSet(`show transcript | transcript | show less | show more | more | subscribe | subscribed |
	join | ट्रांसक्रिप्ट दिखाएं | कम दिखाएं | ज़्यादा दिखाएं | सदस्यता लें | सब्सक्राइब करें`)

// videoCountUnits are the words after a count on a channel's or a
// video's line: subscribers and views, with the K, M and lakh, crore
// multipliers YouTube prints in English and Hindi.
var videoCountUnits = set(`subscribers subscriber views view watching सब्सक्राइबर व्यूज़ व्यूज बार`)

// videoPromoWords name the channel's calls in its description: to
// subscribe, to press the bell, to join on another network.
var videoPromoWords = set(`subscribe सब्सक्राइब घंटी bell जुड़ीं जुड़ें जुड़े`)

// videoLineMaxWords bounds a line of the channel's promos: "👉 अइसने
// खबर खातिर चैनल के Subscribe करीं आ घंटी वाला बटन दबाईं 🔔" has
// twelve words; a description's paragraph runs longer.
const videoLineMaxWords = 16

// videoCount reports whether line is a count line of the page: a
// figure first, then a unit (videoCountUnits) within its first four
// words ("14,203 views", "1.84 lakh subscribers", "1.2M views • 2 days
// ago").
func videoCount(line string) bool {
	f := strings.Fields(strings.ToLower(line))
	if len(f) == 0 || len(f) > 8 || !unicode.IsDigit([]rune(f[0])[0]) {
		return false
	}
	for _, w := range f[1:min(len(f), 4)] {
		if videoCountUnits[w] {
			return true
		}
	}
	return false
}

// videoMark reports whether line is one of YouTube's own lines that mark
// a watch page: a subscriber count or the transcript's button.
func videoMark(line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	return strings.Contains(l, "subscriber") && videoCount(l) || l == "show transcript"
}

// hashtagLine reports whether every word of line is a hashtag
// ("#BuxarFlood #GangaFlood #बक्सर").
func hashtagLine(line string) bool {
	f := strings.Fields(line)
	for _, w := range f {
		if !strings.HasPrefix(w, "#") || len(w) < 2 {
			return false
		}
	}
	return len(f) > 0
}

// videoPromo reports whether line, of words words, is the channel's
// promo in its description: a short line with a call to subscribe or
// ring the bell (videoPromoWords), or naming another network of the
// channel's (networkWords).
func videoPromo(line string, words int) bool {
	if words == 0 || words > videoLineMaxWords {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(line), func(r rune) bool { return !isWordRune(r) }) {
		if videoPromoWords[w] || networkWords[w] {
			return true
		}
	}
	return false
}

// videoPages removes a watch page's furniture once a mark (videoMark)
// shows the text is one: the counts (videoCount), the buttons
// (videoLabels), the hashtags (hashtagLine) and the channel's promos
// (videoPromo), wherever they stand, but for credit lines.
func videoPages(body string, blocks []block) {
	page := false
	for i := range blocks {
		if videoMark(body[blocks[i].span.Start:blocks[i].span.End]) {
			page = true
			break
		}
	}
	if !page {
		return
	}
	for i := range blocks {
		b := &blocks[i]
		line := body[b.span.Start:b.span.End]
		l := strings.ToLower(strings.Trim(strings.TrimSpace(line), ".…: "))
		if b.credit || !(videoCount(line) || videoLabels[l] || hashtagLine(line) || videoPromo(line, b.words)) {
			continue
		}
		b.class, b.score, b.reason = classChrome, 1, ReasonPromo
	}
}
