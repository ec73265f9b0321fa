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
// their line, lower case, without "…" or a closing stop: English,
// Hindi and Tamil, the languages YouTube's Indian pages print them in:
// the row under the video (Share, Download, Clip, Save; "பகிர்",
// "பதிவிறக்கு", "கிளிப்", "சேமி"), the description's "Show more"
// ("மேலும் காட்டு"), the transcript box ("Follow along using the
// transcript.", "டிரான்ஸ்கிரிப்டைக் காட்டு"), the channel's tabs
// (Videos, About; "வீடியோக்கள்", "அறிமுகம்"), the comment list's
// sort and box ("Sort by", "Add a comment…"; "வரிசைப்படுத்து",
// "கருத்தைச் சேர்க்கவும்..."), and the list of next videos ("Up next",
// "Autoplay"; "அடுத்து வருவது", "தானாக இயக்கு").
var videoLabels = barSet(`show transcript | transcript | show less | show more | more | subscribe | subscribed |
	join | ट्रांसक्रिप्ट दिखाएं | कम दिखाएं | ज़्यादा दिखाएं | सदस्यता लें | सब्सक्राइब करें |
	share | download | clip | save | videos | about | follow along using the transcript | sort by | add a comment |
	up next | autoplay | skip navigation |
	டிரான்ஸ்கிரிப்டைக் காட்டு | டிரான்ஸ்கிரிப்ட் | மேலும் காட்டு | குறைவாகக் காட்டு | குழுசேர் | குழுசேர்ந்துள்ளீர்கள் |
	இந்த வீடியோவைப் பின்தொடர, டிரான்ஸ்கிரிப்டைப் பயன்படுத்தவும் | பகிர் | பதிவிறக்கு | கிளிப் | சேமி | வீடியோக்கள் |
	அறிமுகம் | வரிசைப்படுத்து | கருத்தைச் சேர்க்கவும் | அடுத்து வருவது | தானாக இயக்கு`)

// videoCountUnits are the words after a count on a channel's or a
// video's line: subscribers and views, with the K, M and lakh, crore
// multipliers YouTube prints in English, Hindi and Tamil ("8.42 லட்சம்
// சந்தாதாரர்கள்", "38,917 பார்வைகள்"), and the comment list's count and
// a comment's replies ("214 comments", "2 replies"; "214 கருத்துகள்",
// "2 பதில்கள்").
var videoCountUnits = set(`subscribers subscriber views view watching सब्सक्राइबर व्यूज़ व्यूज बार
	comments comment replies reply சந்தாதாரர்கள் சந்தாதாரர் பார்வைகள் பார்வை கருத்துகள் கருத்து பதில்கள் பதில்`)

// videoSubscriberUnits are the units of videoCountUnits that count a
// channel's subscribers: a count of them is YouTube's line alone.
var videoSubscriberUnits = set(`subscribers subscriber सब्सक्राइबर சந்தாதாரர்கள் சந்தாதாரர்`)

// videoViewUnits are the units of videoCountUnits that count a video's
// views, as a card of the next videos prints them under its title.
var videoViewUnits = set(`views view व्यूज़ व्यूज பார்வைகள் பார்வை`)

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
	return videoCountOf(line, videoCountUnits)
}

// videoCountOf reports whether line is a count line whose unit is one
// of units (see videoCount).
func videoCountOf(line string, units map[string]bool) bool {
	f := strings.Fields(strings.ToLower(line))
	if len(f) == 0 || len(f) > 8 || !unicode.IsDigit([]rune(f[0])[0]) {
		return false
	}
	for _, w := range f[1:min(len(f), 4)] {
		if units[w] {
			return true
		}
	}
	return false
}

// videoMark reports whether line is one of YouTube's own lines that mark
// a watch page: a subscriber count (videoSubscriberUnits) or the
// transcript's button, in English or Tamil.
func videoMark(line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	return strings.Contains(l, "subscriber") && videoCount(l) || videoCountOf(l, videoSubscriberUnits) ||
		l == "show transcript" || l == "டிரான்ஸ்கிரிப்டைக் காட்டு"
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
	if words > videoLineMaxWords && words <= 2*videoLineMaxWords {
		// The channel's tagline and its call in one line ("முழக்கம்
		// டிவி - உங்கள் ஊர், உங்கள் செய்தி. 24 மணி நேர … Subscribe
		// செய்து பெல் ஐகானை அழுத்துங்கள்."): the call is the last
		// sentence, short, whatever case the script has after the stop.
		t := strings.TrimRight(strings.TrimSpace(line), ".!?")
		k := max(strings.LastIndex(t, ". "), strings.LastIndex(t, "! "), strings.LastIndex(t, "? "))
		if k < 0 {
			return false
		}
		last := t[k+2:]
		return videoPromo(last, len(strings.FieldsFunc(last, func(r rune) bool { return !isWordRune(r) })))
	}
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
	videoComments(body, blocks)
	videoCards(body, blocks)
}

// A watch page's comment, as a copy of the page keeps it, is the
// viewer's handle with the comment's age after it ("@velmurugan_kpm 1
// day ago", "@velmurugan_kpm 1 நாள் முன்பு"), the comment, the row of
// its likes and the reply button ("46  Reply", "46  பதிலளி"), and the
// count of replies under it or none ("2 replies", "2 பதில்கள்"). Only
// that place tells a comment: its words read as any sentence.

// videoAgoWords close a comment's age after the handle, lower case:
// "ago" in English, "முன்பு" in Tamil, "पहले" in Hindi.
var videoAgoWords = set(`ago முன்பு पहले`)

// videoReplies are the reply button under a comment, lower case:
// English, Tamil ("பதிலளி") and Hindi ("जवाब दें" is two words).
var videoReplies = barSet(`reply | பதிலளி | जवाब दें`)

// videoCommentHead reports whether line is a comment's head: a handle
// with its "@" (handleLine), and after it nothing or the comment's age,
// a figure first and one of videoAgoWords last, "(edited)" after it or
// not, in at most five words.
func videoCommentHead(line string) bool {
	f := strings.Fields(strings.TrimSpace(line))
	if len(f) == 0 || !strings.HasPrefix(f[0], "@") || !handleLine(f[0]) {
		return false
	}
	age := f[1:]
	if n := len(age); n > 0 && (age[n-1] == "(edited)" || age[n-1] == "(திருத்தப்பட்டது)") {
		age = age[:n-1]
	}
	if len(age) == 0 {
		return true
	}
	return len(age) <= 5 && unicode.IsDigit([]rune(age[0])[0]) && videoAgoWords[strings.ToLower(age[len(age)-1])]
}

// videoReplyRow reports whether line is a comment's row under it: the
// reply button (videoReplies) last, a count of likes (tally) before it
// or none.
func videoReplyRow(line string) bool {
	f := strings.Fields(strings.ToLower(strings.TrimSpace(line)))
	for k := 0; k < len(f) && k <= 1; k++ {
		if videoReplies[strings.Join(f[k:], " ")] {
			return k == 0 || tally(f[0])
		}
	}
	return false
}

// videoComments removes each comment of a watch page whole: its head
// (videoCommentHead), at most commentMaxLines lines of the comment, the
// row with the reply button (videoReplyRow) and the count of replies
// under it (videoCount), in one paragraph.
func videoComments(body string, blocks []block) {
	for i := 0; i < len(blocks); i++ {
		if blocks[i].credit || !videoCommentHead(body[blocks[i].span.Start:blocks[i].span.End]) {
			continue
		}
		end := -1
		for j := i + 1; j < len(blocks) && j <= i+1+commentMaxLines && !blocks[j].afterBlank; j++ {
			if blocks[j].credit {
				break
			}
			if j > i+1 && videoReplyRow(body[blocks[j].span.Start:blocks[j].span.End]) {
				end = j
				break
			}
		}
		if end < 0 {
			continue
		}
		if end+1 < len(blocks) && !blocks[end+1].afterBlank && videoCount(body[blocks[end+1].span.Start:blocks[end+1].span.End]) {
			end++
		}
		for k := i; k <= end; k++ {
			blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonCommentPolicy
		}
		i = end
	}
}

// videoCardMaxWords bounds a line of a next video's card: the title, a
// headline with the channel's tags after bars, and the channel's name.
const videoCardMaxWords = DefaultHeadlineMaxWords + 6

// videoCards removes the cards of the list of next videos: a paragraph
// of three lines, the video's title and the channel's name
// (pageNameMaxWords) over the count of its views (videoViewUnits) with
// its age, the count closing it. The description's paragraph under the
// video's own count holds its text after the count, and a channel's
// feed of posts (a post and its views) has two lines.
func videoCards(body string, blocks []block) {
	for start := 0; start < len(blocks); {
		end := start + 1
		for end < len(blocks) && !blocks[end].afterBlank {
			end++
		}
		n := end - start
		card := n == 3 && blocks[start+1].words <= pageNameMaxWords &&
			videoCountOf(body[blocks[end-1].span.Start:blocks[end-1].span.End], videoViewUnits)
		for k := start; card && k < end; k++ {
			card = !blocks[k].credit && blocks[k].words <= videoCardMaxWords
		}
		for k := start; card && k < end; k++ {
			blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonPromo
		}
		start = end
	}
}

// captionTags are the sound tags of an auto-generated transcript, lower
// case, without their brackets, as YouTube's captions print them alone
// on a line where no words are spoken ("[Music]", "[Applause]",
// "[Laughter]"), in English, Spanish, French, German, Portuguese and
// Russian.
var captionTags = barSet(`music | applause | laughter | música | aplausos | risas | musique | applaudissements | rires |
	musik | applaus | gelächter | risos | музыка | аплодисменты | смех`)

// captionMarks removes a transcript's sound tag alone on its line, in
// square brackets (captionTags): no sentence of a story is a bracketed
// word alone. It runs after the context pass: the tag stands among the
// transcript's short lines, which are the text, and says nothing of
// them.
func captionMarks(body string, blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		l := strings.TrimSpace(body[b.span.Start:b.span.End])
		if b.credit || b.words != 1 || len(l) < 3 || l[0] != '[' || l[len(l)-1] != ']' {
			continue
		}
		if !b.removed && captionTags[strings.ToLower(strings.TrimSpace(l[1:len(l)-1]))] {
			b.class, b.removed, b.score, b.reason = classChrome, true, 1, ReasonPromo
		}
	}
}
