package clean

import (
	"strings"
)

// A Substack post's web page, as a plain copy of it keeps it (an
// aggregator's capture, a reader's paste), sets the post between
// Substack's own furniture, which every publication on the platform
// prints in the same words: over the post the top bar ("Subscribe",
// "Sign in") and the post's counts with "Restack" and "Share"; inside
// it the subscribe widget the writer drops between paragraphs, its
// sentence Substack's default ("Thanks for reading X! Subscribe for
// free to receive new posts and support my work.") over the e-mail
// field ("Type your email…") and the button; under it "Leave a
// comment", the publication's box ("Discover more from X", the
// publication's description, the field, the button, the consent line
// "By subscribing, I agree to Substack's Terms of Use …"), the
// comments ("Discussion about this post", each reader's name, the
// date, the comment, "Reply", "Share": see socialComments), the
// archive, a last sign-up box ("Ready for more?") and the footer
// ("Privacy ∙ Terms ∙ Collection notice", "Start writing", "Get the
// app", "Substack is the home for great culture"). The platform names
// itself in the consent line and the footer's tagline; once it does
// (substackPage),
// its labels alone on their lines are its furniture, never the
// writer's text. The writer's own sign-off and the lines that credit
// an excerpt stay: they are no label of Substack's.

// substackTagline opens the footer's tagline, in which Substack names
// itself on a post's page ("Substack is the home for great culture",
// once "… great writing"), and substackConsent is the phrase of the
// subscribe box's consent line that names it ("By subscribing, I agree
// to Substack's Terms of Use, …"), lower case, with the plain
// apostrophe.
const (
	substackTagline = "substack is the home for "
	substackConsent = "substack's terms of use"
)

// substackLabels are Substack's labels alone on their line, lower
// case, trimmed of the ellipsis and a closing stop as substackLabel
// trims them: the e-mail field's placeholder, the headings of its
// boxes and of the comment section, the comment section's tabs and
// box, the post's buttons, the archive's link and the footer's lines.
// They are in English, Substack's reader interface as the story sets'
// copies show it; its other languages would join them here, as the
// other platforms' lists hold theirs.
var substackLabels = barSet(`type your email | ready for more | discussion about this post | write a comment |
	leave a comment | share this post | restack | restacks | comments | subscribe | subscribed | sign in |
	upgrade to paid | continue reading | recent posts | see all | start writing | get the app |
	privacy ∙ terms ∙ collection notice | privacy · terms · collection notice |
	substack is the home for great culture | substack is the home for great writing`)

// substackWidgets are the sentences of Substack's widgets that the
// writer drops into a post, lower case, with the plain apostrophe:
// the subscribe widget's two defaults ("Thanks for reading X!
// Subscribe for free to receive new posts and support my work.", "X
// is a reader-supported publication. To receive new posts and support
// my work, consider becoming a free or paid subscriber.") and the
// share widget's ("Thanks for reading X! This post is public so feel
// free to share it."). Only the publication's name around them is the
// writer's.
var substackWidgets = []string{"receive new posts and support my work", "this post is public so feel free to share it"}

// substackWidgetMaxWords bounds a widget's line: the reader-supported
// default has 20 words with a name of three; a publication's name of
// a dozen more stays under it, and a paragraph that quotes the
// sentence inside its own is longer.
const substackWidgetMaxWords = 40

// substackBlurbMaxLines bounds the publication's description between
// the "Discover more from X" heading and the e-mail field: Substack
// prints it as one paragraph, which a copy may break once.
const substackBlurbMaxLines = 2

// substackKey returns line as Substack's lists hold it: lower case,
// the typographic apostrophe as the plain one.
func substackKey(line string) string {
	return strings.ReplaceAll(strings.ToLower(strings.TrimSpace(line)), "’", "'")
}

// substackLabel reports whether line is one of substackLabels, trimmed
// of the field's ellipsis ("Type your email…", "Write a comment...")
// and a closing stop ("Ready for more?").
func substackLabel(line string) bool {
	return substackLabels[strings.Join(strings.Fields(strings.Trim(substackKey(line), "….!?: ")), " ")]
}

// substackPage reports whether the text is a copy of a Substack post's
// page: a line opens with Substack's tagline (substackTagline) or
// holds its consent phrase (substackConsent). A story about Substack
// names it in sentences of its own.
func substackPage(body string, blocks []block) bool {
	for i := range blocks {
		l := substackKey(body[blocks[i].span.Start:blocks[i].span.End])
		if strings.HasPrefix(l, substackTagline) || strings.Contains(l, substackConsent) {
			return true
		}
	}
	return false
}

// substackPages removes, in a copy of a Substack post's page
// (substackPage), Substack's labels alone on their lines
// (substackLabels), its widgets' sentences (substackWidgets, in a line
// of at most substackWidgetMaxWords words), and the publication's box
// under the post: the heading "Discover more from X" and the
// description under it, up to substackBlurbMaxLines lines of its
// paragraph, when the e-mail field follows them. The post's own lines
// are the writer's sentences, which no label is; a post that quotes a
// widget's sentence inside a paragraph of its own is longer.
func substackPages(body string, blocks []block) {
	if !substackPage(body, blocks) {
		return
	}
	drop := func(b *block, reason string) {
		if !b.credit {
			b.class, b.score, b.reason = classChrome, 1, reason
		}
	}
	for i := range blocks {
		b := &blocks[i]
		line := body[b.span.Start:b.span.End]
		switch {
		case substackLabel(line):
			drop(b, ReasonNavigation)
		case b.words <= substackWidgetMaxWords && substackWidget(line):
			drop(b, ReasonPromo)
		case strings.HasPrefix(substackKey(line), "discover more from ") && b.words <= newsletterFormHeadingMaxWords:
			drop(b, ReasonPromo)
			for k := i + 1; k < len(blocks) && k <= i+1+substackBlurbMaxLines && !blocks[k].afterBlank; k++ {
				if substackLabel(body[blocks[k].span.Start:blocks[k].span.End]) {
					for j := i + 1; j < k; j++ {
						drop(&blocks[j], ReasonPromo)
					}
					break
				}
			}
		}
	}
}

// substackWidget reports whether line holds one of substackWidgets.
func substackWidget(line string) bool {
	l := substackKey(line)
	for _, w := range substackWidgets {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// A newsletter platform's post page that does not name the platform
// (a custom domain, a footer of the writer's own) still closes the
// post with the platform's comment section under its fixed heading
// ("Discussion about this post" on Substack, "Member discussion" on
// Ghost) and, on Substack, the last sign-up box's heading "Ready for
// more?". An extraction that drops the comment widgets' names, dates
// and buttons keeps the heading and each comment's text, sentences a
// story could hold; only the heading over them tells them. The writer's
// sign-off above the heading is the post's.

// newsletterCommentHeadings are newsletter platforms' comment-section
// headings, lower case, as substackLabel trims them: fixed strings of
// the platform, which no writer sets alone on a line of the post.
var newsletterCommentHeadings = barSet(`discussion about this post | member discussion`)

// newsletterEndPrompts are the sign-up prompts a newsletter platform
// sets under a post and its comments, lower case, as substackLabel
// trims them (Substack's "Ready for more?").
var newsletterEndPrompts = barSet(`ready for more`)

// newsletterComments removes, once the post's own lines have been read,
// a newsletter platform's comment section: its heading alone on its
// line (newsletterCommentHeadings) below a sentence of the post, and
// every line under it down to the next line decided chrome or the end
// of the text (the readers' comments, and the end prompt among them),
// and an end prompt (newsletterEndPrompts) alone on its line with
// chrome or the end below it. A post's own text never follows its
// comments; a subhead that asks "Ready for more?" has the story's
// paragraphs under it.
func newsletterComments(body string, blocks []block) {
	key := func(b *block) string {
		return strings.Join(strings.Fields(strings.Trim(substackKey(body[b.span.Start:b.span.End]), "….!?: ")), " ")
	}
	story := false
	for i := range blocks {
		b := &blocks[i]
		if b.class != classChrome && !b.credit && b.words > 0 && fullStop(body[b.span.Start:b.span.End]) {
			story = true
		}
		switch k := key(b); {
		case story && newsletterCommentHeadings[k] && b.class != classChrome:
			b.class, b.score, b.reason = classChrome, 1, ReasonCommentPolicy
			for j := i + 1; j < len(blocks) && blocks[j].class != classChrome; j++ {
				if !blocks[j].credit {
					blocks[j].class, blocks[j].score, blocks[j].reason = classChrome, 1, ReasonCommentPolicy
				}
			}
		case newsletterEndPrompts[k] && b.class != classChrome &&
			(i+1 == len(blocks) || blocks[i+1].class == classChrome):
			b.class, b.score, b.reason = classChrome, 1, ReasonPromo
		}
	}
}
