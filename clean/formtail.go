package clean

// A WordPress theme prints the comment form last in the post's column:
// the reply heading, the policy note, the fields ("Komentar *", "Ime *",
// "E-pošta *") and the submit button ("Objavi komentar", "Post
// Comment"). What a plain scrape keeps under the button is the
// sidebar's and the footer's text widgets ("Пробы и термини" over the
// society's rehearsal hours, "Support us" over the dues), which read as
// a story's short paragraphs and name no chrome: only their place after
// the form tells them.

// formTailReach is how many lines over the submit button formTails
// looks for the form's other lines: WordPress's form is the reply
// heading, the policy note, three or four fields and the cookie
// consent box, seven lines at most.
const formTailReach = 8

// formTailMinLines is the least number of the form's lines (removed as
// ReasonCommentForm) over the submit button within formTailReach: the
// heading and a field at least, so that a lone button-like line ("Post
// comment" in a forum's menu) cuts nothing.
const formTailMinLines = 2

// formTails removes what a plain scrape keeps under a comment form's
// submit button (features.submit), once the rest is decided: the
// sidebar's and the footer's text. It cuts only when the form is whole
// over the button (formTailMinLines of its lines within formTailReach)
// and the kept text under it is shorter, in words, than the kept text
// over the form: a page that prints its story after the form (a
// forum's reply box over the thread, a scrape of several posts) keeps
// more under it. Credit lines and the owner's copyright notice under
// it stay, as the engine reads them.
func formTails(blocks []block, feats []features) {
	for i := range blocks {
		if !feats[i].submit || !blocks[i].removed || blocks[i].reason != ReasonCommentForm {
			continue
		}
		lines := 0
		for k := i - 1; k >= 0 && k >= i-formTailReach; k-- {
			if blocks[k].removed && blocks[k].reason == ReasonCommentForm {
				lines++
			}
		}
		if lines < formTailMinLines {
			continue
		}
		if under := keptWords(blocks[i+1:]); under == 0 || under >= keptWords(blocks[:i]) {
			return
		}
		for k := i + 1; k < len(blocks); k++ {
			if b := &blocks[k]; !b.removed && !b.credit && !b.copyright {
				b.class, b.removed, b.reason, b.score = classChrome, true, ReasonNavigation, max(b.score, wSubmit)
			}
		}
		return
	}
}

// keptWords returns the number of words of the lines of blocks that are
// kept.
func keptWords(blocks []block) int {
	n := 0
	for i := range blocks {
		if !blocks[i].removed {
			n += blocks[i].words
		}
	}
	return n
}
