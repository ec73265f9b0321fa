package clean

import (
	"regexp"
	"strings"
)

// A capture of a Reddit thread (old.reddit.com's page or the new
// site's, copied as plain text in the page's order) sets the post and
// its comments between Reddit's furniture: the post's line ("submitted
// 7 hours ago by Kelmouth_Lurker", "Posted by u/Kelmouth_Lurker 7 hours
// ago"), its vote count alone ("298"), its buttons ("64 comments",
// "share save hide report"), the comment list's head ("all 64
// comments", "sorted by: best"), and for each comment the tree's
// marker ("level 1"), its header with the points ("[–]tidewatcher_kel
// 412 points 7 hours ago") and its buttons ("permalink embed save
// parent report reply"), "load more comments (41 replies)"; then the
// sidebar (the readers and the users online, "12,480 readers", the
// subreddit's numbered rules under "Rules", "created by … a community
// for 11 years", "MODERATORS", "message the mods") and the site's
// footer (its links, "Use of this site constitutes acceptance of our
// User Agreement and Privacy Policy", "REDDIT and the ALIEN Logo are
// registered trademarks of reddit inc.", the render line). Each line
// is short, and most lack a chrome word a story never says.
//
// The new site prints a post's and each comment's header as three
// lines, the subreddit or the user over a dot alone and the age ("r/
// Eastbrook", "•", "5 hr. ago"; "quietcornerdad", "OP", "•", "4h ago"),
// the votes as buttons with their counts ("Upvote", "142", "Downvote"),
// each comment's buttons one a line ("Reply", "Award", "Share"), and a
// sidebar of its own ("Community Info" over the community's
// description, "Members", "8.1K", "Online", "37", "Rules",
// "Moderators", "Message Mods") over the footer ("Reddit, Inc. © 2025.
// All rights reserved.").
//
// The page is known by two kinds of Reddit's own lines (redditMark):
// the post's line, a comment's header, the footer's notice, the new
// site's age line; then every line of the furniture (redditFurniture)
// goes wherever it stands. What happens to the comments depends on the
// post. A link post has no text of its own: a comment that pastes the
// linked article's text is the thread's text, and so is what the
// users say, which a copy of the thread carries; they stay. A self
// post has its own body (a paragraph of prose under the title, "Pasting
// this from today's newsletter …" over the pasted item): that is the
// thread's text, and the comments under it are readers' comments on
// it, which go as a news page's comment section goes, each from the
// user's name over its header down to its buttons.

// redditPost matches the post's line as old and new Reddit print it:
// "submitted 7 hours ago by Kelmouth_Lurker", "submitted 3 days ago *
// by someone", "Posted by u/Kelmouth_Lurker 7 hours ago".
var redditPost = regexp.MustCompile(`^(submitted .{1,40} ago .{0,4}by \S+|posted by u/\S+.{0,30})$`)

// redditComment matches a comment's header on old Reddit: the fold
// marker, the user (with the poster's [S] or a flair), the points and
// the age ("[–]tidewatcher_kel 412 points 7 hours ago", "[+]someone 3
// points 2 hours ago (1 child)").
var redditComment = regexp.MustCompile(`^\[[–+-]\]\s*\S+.{0,40}\b-?[\d,.]+k? points?\b`)

// redditCounts matches Reddit's counts alone on their line: a vote
// count ("298", "1.2k"), a count with what it counts ("64 comments",
// "412 points", "12,480 readers", "37 users here now", "2.1k
// members", "96 online"), the comment list's head ("all 64 comments")
// and its links to more ("load more comments (41 replies)", "3 more
// replies", "continue this thread", "view entire discussion (64
// comments)").
var redditCounts = regexp.MustCompile(`^((all )?\d[\d,.]*k?( (points?|comments?|readers|members|upvotes?|votes?|replies|reply|users here now|online))?|` +
	`load more comments( \(\d+ repl(y|ies)\))?|\d[\d,.]*k? more repl(y|ies)|continue this thread|view entire discussion( \(\d[\d,.]*k? comments?\))?)$`)

// redditTree matches the comment tree's marker ("level 1") and the
// comment list's sort control ("sorted by: best", "Sort by: Best",
// "sorted by: controversial (suggested)").
var redditTree = regexp.MustCompile(`^(level \d+|sort(ed)? by:? [a-z]+( \(suggested\))?)$`)

// redditButtons are the words of the post's and the comments' buttons,
// which a capture prints alone or in a row ("share save hide report",
// "permalink embed save parent report reply", "Give Award"), and the
// sidebar's subscribe toggle ("subscribe unsubscribe", "Join").
var redditButtons = set(`share save hide report embed parent permalink reply give award crosspost
	subscribe unsubscribe join joined leave vote upvote downvote source context`)

// redditLabels are the other lines of the sidebar and the footer alone,
// lower case: the moderators' box, the links of old Reddit's footer
// and the new site's, and the new site's sidebar headings and the
// comment list's controls.
var redditLabels = barSet(`rules | community rules | moderators | message the mods | message mods | about moderation team » |
	community info | about community | members | online | reddit rules | comments section | search comments |
	expand comment search | join the conversation | go to comments | more replies | sort by: | sort by |
	about moderation team | view all moderators | about | blog | advertising | careers | help | site rules |
	reddit help center | reddiquette | mod guidelines | contact us | apps & tools | reddit for iphone |
	reddit for android | mobile website | <3 | reddit premium | reddit coins | reddit gifts |
	user agreement | privacy policy | content policy | moderator code of conduct | press | reddit inc`)

// redditNotices open the footer's and the sidebar's longer lines,
// lower case: the terms' notice, the trademark notice, the render
// line, the subreddit's age and the thread list's heading.
var redditNotices = []string{"use of this site constitutes acceptance of our user agreement",
	"reddit and the alien logo are registered trademarks", "π rendered by pid", "rendered by pid",
	"created by ", "discussions in r/", "reddit inc ©", "reddit inc. ©", "reddit, inc. ©"}

// redditRuleMaxWords bounds a rule of the sidebar's numbered list:
// "5. Use a descriptive title. Link posts must use the article's
// headline." has twelve words; a rule is an order, not a paragraph.
const redditRuleMaxWords = 25

// redditRule matches a numbered rule's line ("1. Be civil. No personal
// attacks or hate speech.", "2) No spam") or its number alone, as the
// new site prints it over the rule.
var redditRule = regexp.MustCompile(`^\d{1,2}([.)]\s+\S.*)?$`)

// redditAge matches the new site's age line in a post's or a
// comment's header, alone, lower case: "5 hr. ago", "4h ago", "12
// min. ago", "3 mo. ago", "1 yr. ago".
var redditAge = regexp.MustCompile(`^\d+ ?(s|sec|m|min|mins|h|hr|hrs|d|w|mo|y|yr|yrs)\.? ago$`)

// redditMark reports which of Reddit's own lines line is: 1 the post's
// line, 2 a comment's header, 3 the footer's notice, 4 the new site's
// age line; 0 for none.
func redditMark(l string) int {
	switch {
	case redditPost.MatchString(l):
		return 1
	case redditComment.MatchString(l):
		return 2
	case strings.Contains(l, "registered trademarks of reddit inc") || strings.HasPrefix(l, "use of this site constitutes acceptance of our user agreement") ||
		strings.HasPrefix(l, "reddit, inc. ©") || strings.HasPrefix(l, "reddit inc. ©") || strings.HasPrefix(l, "reddit inc ©"):
		return 3
	case redditAge.MatchString(l):
		return 4
	}
	return 0
}

// redditFurniture reports whether l, a line lower case and trimmed, is
// a line of a Reddit page's furniture.
func redditFurniture(l string) bool {
	if redditMark(l) != 0 || redditCounts.MatchString(l) || redditTree.MatchString(l) || redditLabels[l] || l == "•" {
		return true
	}
	for _, p := range redditNotices {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	words := strings.Fields(l)
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if !redditButtons[w] {
			return false
		}
	}
	return true
}

// redditPages removes a Reddit thread's furniture (redditFurniture)
// once two kinds of Reddit's own lines (redditMark) show the text is
// a capture of its page, and the sidebar's numbered rules under their
// heading ("Rules", "r/Kelmouth Rules"). Credit and copyright lines
// among them are the site's, not the post's.
func redditPages(body string, blocks []block) {
	var kinds [5]bool
	n := 0
	lower := make([]string, len(blocks))
	for i := range blocks {
		lower[i] = strings.ToLower(strings.TrimSpace(body[blocks[i].span.Start:blocks[i].span.End]))
		if k := redditMark(lower[i]); k != 0 && !kinds[k] {
			kinds[k] = true
			n++
		}
	}
	if n < 2 {
		return
	}
	furniture := make([]bool, len(blocks))
	for i := range blocks {
		furniture[i] = redditFurniture(lower[i])
	}
	redditComments(blocks, lower, furniture)
	rules := false
	for i := range blocks {
		b := &blocks[i]
		l := lower[i]
		switch {
		case i > 0 && (lower[i-1] == "community info" || lower[i-1] == "about community") && b.words <= redditAboutMaxWords:
			// the community's description under the sidebar's heading
		case l == "rules" || strings.HasSuffix(l, " rules") && b.words <= 3:
			rules = true
		case rules && b.words <= redditRuleMaxWords && (redditRule.MatchString(l) || i > 0 && redditRule.MatchString(lower[i-1]) && !strings.Contains(lower[i-1], " ")):
			// a numbered rule, or the rule under its number alone
		default:
			rules = false
			if !furniture[i] {
				continue
			}
		}
		b.class, b.score, b.reason = classChrome, 1, ReasonNavigation
		b.credit, b.copyright = false, false
	}
}

// redditAboutMaxWords bounds the community's description under the
// sidebar's heading ("Welcome to r/Eastbrook, the unofficial subreddit
// for the town of Eastbrook and surrounding area. News, events,
// recommendations and neighborly chat.", 23 words): Reddit caps it at
// 500 characters, some 80 words.
const redditAboutMaxWords = 80

// redditBodyMinWords is the least length of a line of a self post's
// body: a sentence of prose ("Pasting this from today's Eastbrook
// Morning newsletter for anyone who doesn't get it.", 14 words), where
// a link post's lines are its title, its flair and its link's domain.
const redditBodyMinWords = 8

// redditHeadMaxLines bounds the lines over a comment's dot on the new
// site: the user's name and a flair or the poster's "OP".
const redditHeadMaxLines = 2

// redditComments removes the comments under a self post: once the post
// (the post's line, or the new site's first header) has a body, a line
// of prose (redditBodyMinWords, ending a sentence) that is not
// furniture before the first comment's header, each comment from its
// header down to the next furniture (its buttons, the next header),
// and on the new site the user's name and flair over the header's
// dot. The comments under a link post stay (see the top of the file).
func redditComments(blocks []block, lower []string, furniture []bool) {
	post := -1
	var heads []int
	for i, l := range lower {
		switch redditMark(l) {
		case 1:
			if post < 0 {
				post = i
			}
		case 2:
			heads = append(heads, i)
		case 4:
			if i > 0 && lower[i-1] == "•" {
				if post < 0 {
					post = i
				} else if i > post {
					heads = append(heads, i)
				}
			}
		}
	}
	if post < 0 || len(heads) == 0 || heads[0] < post {
		return
	}
	body := false
	for k := post + 1; k < heads[0] && !body; k++ {
		body = !furniture[k] && blocks[k].words >= redditBodyMinWords && fullStop(lower[k])
	}
	if !body {
		return
	}
	drop := func(k int) {
		b := &blocks[k]
		b.class, b.score, b.reason = classChrome, 1, ReasonCommentPolicy
		b.credit, b.copyright = false, false
	}
	for _, h := range heads {
		if redditMark(lower[h]) == 4 {
			// The user's name and flair over the dot.
			for k, n := h-2, 0; k > post && n < redditHeadMaxLines && !furniture[k] && blocks[k].words <= 3; k, n = k-1, n+1 {
				drop(k)
			}
		}
		for k := h + 1; k < len(blocks) && !furniture[k]; k++ {
			drop(k)
		}
	}
}
