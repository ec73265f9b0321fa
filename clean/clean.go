package clean

import (
	"bytes"
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/analysis"
	"github.com/reprint/reprint/credit"
)

// Cleaner is the per-article layer: a line classifier with a context pass.
// It holds only its options and is safe for concurrent use.
type Cleaner struct {
	opts Options
}

// New returns a Cleaner for opts after SetDefaults. The error wraps
// ErrInvalidOptions when a field is out of range.
func New(opts Options) (*Cleaner, error) {
	opts.SetDefaults()
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	return &Cleaner{opts: opts}, nil
}

// class is a line's standing in the context pass.
type class uint8

const (
	classGood       class = iota // story; kept
	classNearGood                // kept unless short and between chrome
	classNearChrome              // removed unless between story
	classChrome                  // removed
)

// block is one non-blank line of Body.
type block struct {
	span    reprint.Span // the line in Body, without its '\n'
	words   int
	score   float64
	reason  string
	class   class
	removed bool
	credit  bool // an attribution line: always kept
	// copyright: a credit line of the copyright form ("© 2025 X. All
	// rights reserved."), a footer's line whoever it names.
	copyright bool
	owner     string // the name a copyright line gives
	credited  string // the name a credit line of another form gives ("Quelle: X")
	// sourceLabel: the source label alone on the line before ("Quelle"
	// over "Pressemitteilung der Käserei Hirschmoos GmbH", a notice's
	// field as a definition list prints it), read with this line as one
	// credit line (labelAlone).
	sourceLabel string
	list        bool     // short and with no closing punctuation: a link-list item's shape
	label       category // a list label alone on its line ("DON'T MISS"): opens a link list
	// alsoAlone: the list label says "read also" (alsoLabels): a box's
	// heading, never the story's.
	alsoAlone bool
	title     bool // at most HeadlineMaxWords words, not ending in a full stop (but for a question in title case): a listed title's shape
	// ask: at most HeadlineMaxWords words ending in a question mark,
	// in any case: a listed title when a related post's context line
	// follows it (related).
	ask bool
	// related: the context line Jetpack prints under a related post's
	// title, the post's category quoted with one word (relatedContext).
	related bool
	// postMeta: a blog's post line ("Posted on … by admin"), which
	// follows the post's own title in every blog theme.
	postMeta bool
	// commentHead: a reader's comment's header, with the reader's
	// address masked (maskedIP); the comment follows it.
	commentHead bool
	trail       bool // a breadcrumb trail (isTrail): the headline follows it
	// afterBlank: a blank line separates the block from the one before.
	afterBlank bool
	// notice: a line opening with a notice's label ("Disclaimer: …"),
	// judged by its neighbours at any length: see noticeLabels.
	notice bool
	// ownNotice: the page's own copyright notice (ownNotice), opening
	// the line or, in a short line, after a sentence ("Actu Flash
	// agrège l'actualité des sites d'information. © Actu Flash": see
	// ownCopyrightInside): the footer's legal chrome.
	ownNotice bool
	// ownVoice: a line under a paragraph's least length opening with
	// the site's own name, the site speaking of itself (see Clean):
	// judged by its neighbours at any such length, once the link
	// lists are decided, as a notice is.
	ownVoice bool
	// action: the line is an action under a reader's comment on a
	// social network (Like, Reply) or the comment's age: see
	// socialComments.
	action commentAction
	// noteHead: a note's heading alone on its line ("NOTE", "Hinweis"):
	// see noteHeadings.
	noteHead bool
	// via: a credit line of the via form ("Read the full story at X"),
	// an aggregator's link out under the excerpt it took: see viaTails.
	via bool
	// footerCredit: a copyright line removed as the footer's legal
	// chrome (dropNotice) that still names whose page the text was
	// taken from: assemble records it as an Attribution with an empty
	// span, so that the credit package reads the owner it names.
	footerCredit bool
}

// Clean reads a.Body and sets a.Text, a.TextMap, a.Removed,
// a.Attribution and a.Headline (the headline Text opens with, if any:
// reprint.FindHeadline), replacing what they held. Every non-blank line of Body
// ends up either in Text or in Removed. Text has no leading or trailing
// blank lines; a removed line takes its line break with it, and where
// removals leave two kept lines that were separated by a blank line, one
// blank line separates them in Text. Every byte of Text is a copy of a
// byte of Body, so TextMap maps any span of a kept line to the same text.
//
// Clean is safe for concurrent use on different articles.
func (c *Cleaner) Clean(a *reprint.Article) {
	body := a.Body
	stop := stopList(c.opts.Language)
	if a.Meta.Language != "" {
		if _, ok := stopWords[strings.ToLower(a.Meta.Language[:min(2, len(a.Meta.Language))])]; ok {
			stop = stopList(a.Meta.Language)
		}
	}
	if a.Format == reprint.FormatText {
		a.Meta.Platform, a.Meta.Accounts = credit.PostCapture(body, a.Meta.Title)
	}
	blocks := splitBlocks(body)
	feats := make([]features, len(blocks))
	keys := make([]string, len(blocks))
	s := scratch{translit: cyrillicChrome(body)}
	// A text that names no site (plain text) may open with its site's
	// name, the masthead, which its own copyright line repeats at the
	// end ("UK Local Wire" … "Copyright © 2025 UK Local Wire."): then
	// both are the page's, not the story's.
	site, masthead := a.Meta.Site, -1
	ownSite, confirmed := false, false
	if site == "" {
		// Further down the header, below a consent banner or a
		// scrape's date line, the masthead is the line that says the
		// name the page signs itself with at its foot ("©
		// Fréttasafnið", "#ሀገሬ_ዜና"): the page's own, like the
		// copyright notice that names it.
		if m, name := readPageNames(body, blocks).findMasthead(body, blocks); m >= 0 {
			site, masthead, ownSite, confirmed = name, m, true, true
			// The name the page signs with, head and foot, is its
			// site's: other outlets credit the text by it
			// (Meta.SiteNames).
			if !slices.Contains(a.Meta.SiteNames, name) {
				a.Meta.SiteNames = append(a.Meta.SiteNames, name)
			}
		}
	}
	for i := range blocks {
		b := &blocks[i]
		line := body[b.span.Start:b.span.End]
		// A footer's link to the rights page ("Copyright Notices") is
		// no notice: a line like the links around it.
		if label, name, ok := labelledSource(body, blocks, i); ok {
			b.credit, b.credited, b.sourceLabel = true, name, label
			continue
		}
		if at, ok := FindAttribution(line); ok && !(at.Form == FormCopyright && copyrightLink(body, blocks, i, at.Name)) {
			if !(at.Form == FormCopyright && (ownNotice(at.Name, site) || ownHostNotice(at.Name, site))) {
				b.credit, b.copyright = true, at.Form == FormCopyright
				if b.copyright {
					b.owner = at.Name
				}
				if at.Form != FormCopyright {
					b.credited = at.Name
				}
				b.via = at.Form == FormVia
				continue
			}
			ownSite = ownSite || i != masthead
			b.ownNotice = i != masthead
		}
		feats[i] = s.measure(line, stop)
		if i == 0 && site == "" && len(blocks) > 1 && !feats[0].endStop {
			if name, ok := mastheadName(line, feats[0].words); ok {
				site, masthead = name, 0
			}
		}
		if i == 1 && (site == "" || masthead == 0) && len(blocks) > 2 && !feats[1].endStop && a.Meta.Title != "" &&
			normKey(body[blocks[0].span.Start:blocks[0].span.End]) == normKey(a.Meta.Title) {
			// The headline over the page's header, as a scraper may
			// set the page's title first: the masthead is the line
			// under it, when it parts a name from a tagline ("Llume ·
			// Revista dixital de cultura asturiana"). A short headline
			// read as the masthead above gives way to it.
			if name, ok := mastheadName(line, max(feats[1].words, mastheadMaxWords+1)); ok {
				site, masthead = name, 1
			}
		}
		if i != masthead && feats[i].words <= longWords && ownCopyrightInside(line, site) {
			b.ownNotice = true
			ownSite = true
		}
		b.words = feats[i].words
		b.list = b.words <= c.opts.ContextMaxWords && !feats[i].endStop && !agencySignOff(line, b.words)
		b.label = feats[i].listLabel
		b.alsoAlone = feats[i].alsoAlone
		// A line ending in a comma is a sentence the scrape broke in
		// two ("More information: G. Petit et al. Hibernation and
		// Torpor: …," over the rest of the reference), never a listed
		// title, however short.
		b.title = b.words <= c.opts.HeadlineMaxWords && (!fullStop(line) || questionTitle(line, feats[i])) && !endsComma(line) &&
			!agencySignOff(line, b.words)
		b.ask = b.words <= c.opts.HeadlineMaxWords && question(line)
		b.related = b.words <= relatedMaxWords && relatedContext(line)
		b.postMeta = feats[i].postMeta
		b.commentHead = feats[i].commentHead
		b.noteHead = b.words == 1 && noteHeadingWords[s.key()]
		if b.words <= commentRowMaxWords {
			b.action = commentActionOf(s.keyBytes())
		}
		b.trail = feats[i].trail
		b.notice = feats[i].notice
		if b.words >= minHeadlineWords && b.words <= c.opts.HeadlineMaxWords {
			keys[i] = s.key()
		}
	}
	if masthead < 0 && site == "" {
		// A scraper's copy that opens with the page's title, where
		// no other reading found the masthead: the title's site part,
		// said alone further down the header ("… – Vale Politics
		// Notebook" over "Vale Politics Notebook"), is the masthead,
		// not confirmed, for its header only (mastheadHeader); the
		// site's name stays unknown to the other rules, as a line the
		// page's own notices do not sign.
		masthead = titleMasthead(body, blocks, a.Meta.Title)
	}
	dups := c.duplicateHeadlines(keys, normKey(a.Meta.Title))
	headerStart, headerEnd := headerLines(body, blocks, feats, a.Meta.Title, dups)
	for i := range blocks {
		b := &blocks[i]
		if b.credit {
			b.class = classGood
			continue
		}
		v := feats[i].score(edgeWeight(i, len(blocks)), dups[i])
		if f := &feats[i]; f.vocab > 0 && f.words <= longWords {
			// A short line of two or three sentences, one of them
			// chrome, is judged by its strongest sentence: the other
			// dilutes the vocabulary ("That's all for this week. Know
			// someone who'd enjoy it? Forward this email to a friend.").
			line := body[b.span.Start:b.span.End]
			for _, sent := range shortSentences(line) {
				sf := s.measure(sent, stop)
				if sv := sf.score(edgeWeight(i, len(blocks)), false); sv.score > v.score {
					v = sv
				}
			}
		}
		b.score, b.reason = v.score, v.reason
		switch {
		case v.score >= c.opts.HighThreshold:
			b.class = classChrome
		case v.score >= c.opts.Threshold:
			b.class = classNearChrome
		case v.score >= c.opts.LowThreshold:
			b.class = classNearGood
		default:
			b.class = classGood
		}
		if b.notice && b.class == classGood {
			b.class = classNearGood
		}
		if b.class == classGood && i != masthead && b.words < longWords && opensWithSite(body[b.span.Start:b.span.End], site) {
			// The site speaking of itself in a short line ("Valley
			// Ledger is an independent news site", "Dhambaal24 – all
			// rights reserved"): the footer's blurb or the header's
			// tagline, which goes between chrome lines. A story's line
			// naming its own publisher stands among the story's lines,
			// which vouch for it. Up to a paragraph's least length
			// (longWords), the opening is the line's own evidence, as
			// vocabulary is (ownVoice): an aggregator's footer says
			// what it does in two sentences ("Fréttasafnið safnar
			// saman fréttum íslenskra vefmiðla. Fréttir eru birtar á
			// ábyrgð …", 17 words).
			b.class = classNearGood
			b.ownVoice = true
			if ownSite && strings.EqualFold(strings.TrimSpace(body[b.span.Start:b.span.End]), site) {
				// The name alone, no sentence about it, when the
				// page's own copyright notice confirms it as the
				// site's: the footer's name over its address, a
				// logo's text. It goes unless story lines stand on
				// both sides, as a near-chrome line does. (A plain
				// text's first line guessed as its masthead may be
				// the headline, which a list may repeat.)
				b.class, b.ownVoice = classNearChrome, false
			}
		}
		if ok, alone := moreFromSite(body[b.span.Start:b.span.End], site); ok {
			// "Más en Andina:" on Andina's page: the heading of the
			// site's box of its other stories, whose links the
			// extraction may have dropped (morelabel.go). Alone, it
			// heads the list of titles under it, if any.
			b.class, b.score, b.reason = classChrome, 1, ReasonPromo
			if alone {
				b.label = catPromo
			}
		}
		if i >= headerStart && i < headerEnd {
			b.class, b.score, b.reason = classChrome, 1, ReasonNavigation
		}
		if b.ownNotice {
			b.class, b.score, b.reason = classChrome, 1, ReasonLegal
		}
		if i == masthead && ownSite {
			b.class, b.score, b.reason = classChrome, 1, ReasonNavigation
		}
		if b.class == classGood && b.words == 1 && utf8.RuneCountInString(strings.TrimSpace(body[b.span.Start:b.span.End])) == 1 {
			// One character for a word ("Δ", a comment form's
			// honeypot; "X", a share button): nothing to vouch for its
			// neighbours, so it goes with them, as a near-chrome line
			// does, and is kept between good lines. (A line of
			// punctuation alone, "***" or a stray "”", stays as it was.)
			b.class = classNearChrome
		}
	}
	mastheadHeader(body, blocks, feats, masthead, confirmed, a.Meta.Title)
	if masthead < 0 && a.Meta.Site == "" {
		headerOverNav(body, blocks, feats, a.Meta.Title)
	}
	accountMenus(body, blocks, feats, a.Meta.Title)
	newsletterBoxes(body, blocks, feats)
	paywallBoxes(body, blocks, feats)
	sponsorBoxes(body, blocks)
	sponsorSlots(body, blocks)
	signUpPromos(body, blocks)
	jaCallBoxes(body, blocks, jaSignUpBox)
	appPromos(body, blocks)
	appBoxes(body, blocks)
	formBoxes(body, blocks, feats)
	feedbackBoxes(body, blocks, feats)
	adBoxes(body, blocks, feats)
	eridAdverts(body, blocks)
	tipBoxes(body, blocks, feats)
	tipLines(body, blocks, feats)
	jaCallBoxes(body, blocks, jaTipBox)
	adCards(body, blocks, feats)
	reuseBoxes(body, blocks)
	wireFurniture(body, blocks)
	releaseFurniture(body, blocks)
	bipRecords(body, blocks)
	titleTaglines(body, blocks)
	aggregatorStamps(body, blocks)
	locationBars(body, blocks)
	pageStamps(body, blocks)
	followForMore(body, blocks)
	mediaTeasers(body, blocks)
	opinionDisclaimers(body, blocks)
	paperBoxes(body, blocks)
	scriptCues(body, blocks)
	channelPages(body, blocks)
	telegramPages(body, blocks)
	groupPages(body, blocks)
	chatPages(body, blocks)
	redditPages(body, blocks)
	forumPages(body, blocks)
	ratingWidgets(body, blocks)
	postPageLabels(body, blocks)
	xPageFurniture(body, blocks)
	pageRows(body, blocks)
	pagePages(body, blocks)
	embedFurniture(body, blocks)
	substackPages(body, blocks)
	newsletterComments(body, blocks)
	postComments(body, blocks)
	instagramPages(body, blocks)
	linkedInTails(body, blocks)
	emailForms(body, blocks)
	sectionKickers(body, blocks)
	kindLabels(body, blocks, feats, a.Meta.Title, c.opts.HeadlineMaxWords)
	sourceLabels(body, blocks)
	categoryLines(body, blocks)
	consentButtons(body, blocks, feats)
	consentHeadings(body, blocks, feats, a.Meta.Title)
	footerContacts(body, blocks)
	aboutBoxes(body, blocks, feats)
	postAuthors(body, blocks, feats)
	formNotes(body, blocks, feats)
	donationBoxes(body, blocks, feats)
	readerAppeals(body, blocks, feats, site)
	citeBoxes(body, blocks, feats)
	archivePages(body, blocks)
	videoPages(body, blocks)
	editionRows(body, blocks)
	printPages(body, blocks, stop)
	bbsThreads(body, blocks)
	jaAdNotes(body, blocks)
	mailIssues(body, blocks)
	backLinks(body, blocks, feats)
	airtimePromos(body, blocks, feats)
	bylineBoxes(body, blocks)
	if confirmed && mailAbove(body, blocks, masthead) {
		mailHeader(body, blocks, masthead)
	}
	c.context(body, blocks)
	captionMarks(body, blocks)
	signUpLeadBoxes(body, blocks)
	boxNotes(body, blocks, feats)
	serviceBoxes(body, blocks)
	footerAddresses(body, blocks)
	contactBars(body, blocks)
	letterheads(body, blocks)
	ownedByChrome(body, blocks)
	viaTails(body, blocks)
	footerCopyright(blocks)
	footerNotices(body, blocks)
	scriptNotices(body, blocks)
	ownerNotices(blocks)
	ownerTradeNotices(body, blocks)
	formTails(blocks, feats)
	repeatedChrome(body, blocks, c.opts.ContextMaxWords, c.opts.HighThreshold)
	runningLines(body, blocks)

	var removed []reprint.Removed
	a.Meta.Furniture = 0
	for _, b := range blocks {
		if b.removed {
			removed = append(removed, reprint.Removed{
				Span:   b.span,
				Text:   body[b.span.Start:b.span.End],
				Reason: b.reason,
				Score:  roundScore(b.score),
			})
			if furniture(b.reason) {
				a.Meta.Furniture++
			}
		}
	}
	a.Text, a.TextMap, a.Attribution = assemble(body, blocks)
	a.Headline = reprint.FindHeadline(a.Text, a.Meta.Title)
	a.Removed = removed
}

// furniture reports whether a line removed for reason is a web page's
// furniture (reprint.Meta.Furniture): navigation, sharing buttons, a
// comment form or its policy, leftover markup. Promotion, captions and
// legal lines are not counted: a wire feed carries its own adverts,
// picture credits and notices.
func furniture(reason string) bool {
	switch reason {
	case ReasonNavigation, ReasonShare, ReasonCommentForm, ReasonCommentPolicy, ReasonMarkup:
		return true
	}
	return false
}

// context is the context-sensitive pass. Chrome and good lines are
// decided by their own score. A near-chrome line in a row of chrome lines
// goes (buttonRows), and so do readers' comments under their headers
// (readerComments), and a promo box's heading over its blurb, both
// near-chrome for promotion (promoPairs), and so does a list under its
// label whose titles are
// good lines all (labelledLists), so that they do not vouch for the
// near-chrome line after them ("More stories" and three titles over
// "Download the DailyPulse app for breaking news alerts"). Then a
// near-chrome line is kept only when
// the nearest decided lines on both sides are good; then a near-good line
// of at most ContextMaxWords words, or of fewer than longWords whose own
// evidence made it near-good, is removed when the nearest decided
// lines on both sides (near-chrome ones now decided) are chrome, and so
// is a box's heading over its chrome body (boxHeadings); last, once the
// link lists are decided, so is a notice of any length and a line in the
// site's own voice (block.ownVoice), a promo box's name (boxNames) and a
// post's author box (authorBoxes). Lines not
// yet decided are skipped when looking for neighbours, and the document
// edges count as chrome, as in jusText.
func (c *Cleaner) context(body string, blocks []block) {
	// A link list whose closing line is chrome-leaning but not yet
	// decided goes first, so that its items, good by their score alone,
	// do not vouch for that line ("Related Posts", two titles, then
	// "This entry was posted in …" and the comment form).
	linkLists(blocks, classNearChrome)
	relatedPosts(body, blocks)
	buttonRows(blocks)
	actionRows(body, blocks)
	looseButtonRows(body, blocks)
	reactionBoxes(body, blocks)
	readerComments(blocks)
	socialComments(blocks)
	nearChromeRuns(blocks)
	promoPairs(body, blocks)
	// A list's titles are good lines by their shape: decided with
	// their label now, they vouch for no near-chrome line around them.
	// The list is decided again below, once the near-good lines inside
	// it are.
	labelledLists(blocks)
	prev := make([]class, len(blocks)) // neighbours' scratch
	neighbours(blocks, prev, classNearChrome, func(b *block, prev, next class) {
		if prev == classGood && next == classGood {
			b.class = classGood
		} else {
			b.class = classChrome
		}
	})
	boxHeadings(blocks, c.opts.ContextMaxWords)
	neighbours(blocks, prev, classNearGood, func(b *block, prev, next class) {
		switch {
		case b.notice, b.ownVoice:
			// Judged last, once the link lists are decided: a site's
			// notice follows its "You May Also Like" list, and so
			// does its blurb ("Mest lesið" and three titles over
			// "Fréttasafnið safnar saman fréttum …").
		case prev == classChrome && next == classChrome &&
			(b.words <= c.opts.ContextMaxWords || b.words < longWords && b.score >= c.opts.LowThreshold):
			// A short line goes by its place; a longer one, up to a
			// paragraph's least length, when its own evidence made it
			// near-good (shape alone stays under LowThreshold): a
			// newsletter box's blurb under its heading ("Ricevi ogni
			// mattina le notizie della provincia direttamente nella
			// tua casella di posta.", 13 words).
			b.class = classChrome
			if b.words <= c.opts.ContextMaxWords {
				b.reason = ReasonShort
			}
		default:
			b.class = classGood
		}
	})
	linkLists(blocks, classChrome)
	labelledLists(blocks)
	// A copyright line is the footer's, whoever it names: it counts as
	// chrome beside a notice, though kept as a credit.
	for i := range blocks {
		if blocks[i].copyright {
			blocks[i].class = classChrome
		}
	}
	neighbours(blocks, prev, classNearGood, func(b *block, prev, next class) {
		switch {
		case prev == classChrome && next == classChrome && b.notice:
			b.class, b.reason = classChrome, ReasonLegal
		case prev == classChrome && next == classChrome:
			b.class, b.reason = classChrome, ReasonShort
		default:
			b.class = classGood
		}
	})
	for i := range blocks {
		if blocks[i].copyright {
			blocks[i].class = classGood
		}
	}
	boxNames(body, blocks)
	noteHeadings(blocks)
	authorBoxes(body, blocks)
	for i := range blocks {
		blocks[i].removed = blocks[i].class == classChrome
	}
}

// authorBoxes decides a post's author box: the author's name alone on
// its line, as the page's byline gave it above the story (a line
// decided chrome that holds the name as whole words: "Nivîskar:
// Desteya Nûçeyan · 5 deqîqe xwendin"), right over the author's bio in
// the same paragraph (one or two sentences, under a paragraph's least
// length: "Desteya Agahdar24 nûçeyên girîng … digihîne we."), the two
// set between the page's chrome (the share row or the related list
// above, the post navigation or the comment form below), as WordPress
// themes print the box under a post. A reporter's sign-off closes the
// story's last paragraph, which no chrome line is, and a story's
// subhead stands over the story's prose.
func authorBoxes(body string, blocks []block) {
	for i := 1; i+1 < len(blocks); i++ {
		name, bio := &blocks[i], &blocks[i+1]
		if name.class != classGood || name.credit || !name.title || name.words == 0 || name.words > boxNameMaxWords ||
			bio.class != classGood || bio.credit || bio.span.Start != name.span.End+1 || bio.words >= longWords ||
			!fullStop(body[bio.span.Start:bio.span.End]) ||
			blocks[i-1].class != classChrome || i+2 < len(blocks) && blocks[i+2].class != classChrome {
			continue
		}
		n := strings.TrimSpace(body[name.span.Start:name.span.End])
		for j := 0; j < i-1; j++ {
			if blocks[j].class == classChrome && !blocks[j].credit && analysis.ContainsWords(body[blocks[j].span.Start:blocks[j].span.End], n) {
				name.class, name.reason = classChrome, ReasonNavigation
				bio.class, bio.reason = classChrome, ReasonNavigation
				break
			}
		}
	}
}

// boxNameMaxWords bounds a promo box's name: a newsletter's ("The
// Morning Wire", "Morning Briefing", "First Thing") or an app's, a few
// words.
const boxNameMaxWords = 5

// noteHeadings decides a note's heading ("NOTE", "Note", "Hinweis")
// over a line decided chrome as the site's legal note (a court's
// summary disowning authority: selfNote), with chrome or the end of the
// text under that note: the heading names the note, which went, and
// left alone it would end the story on a word of no sentence. A note
// that stays, an editor's note of the story, keeps its heading.
func noteHeadings(blocks []block) {
	for i := 0; i+1 < len(blocks); i++ {
		b, note := &blocks[i], &blocks[i+1]
		if !b.noteHead || b.credit || b.class == classChrome || note.class != classChrome || note.reason != ReasonLegal ||
			i+2 < len(blocks) && blocks[i+2].class != classChrome {
			continue
		}
		b.class, b.reason = classChrome, ReasonLegal
	}
}

// boxNames decides the name of a promo box whose blurb went as chrome:
// a line of a title's shape (at most boxNameMaxWords words, ending no
// sentence) right over a sentence decided chrome as promotion (the
// blurb: "Start your day with the top stories, delivered to your inbox
// every weekday."), with chrome or the end of the text under the blurb.
// The heading names the box, and its body says what it is; unlike
// boxHeadings the name holds no promotion's word, so only its place
// tells it. A subhead of the story has the story's prose under it, and
// a promo line set inside the story has the story's next paragraph under
// it; neither is a box closed by the page's chrome or its end.
func boxNames(body string, blocks []block) {
	for i := 0; i+1 < len(blocks); i++ {
		b, blurb := &blocks[i], &blocks[i+1]
		if b.class != classGood || b.credit || !b.title || b.words == 0 || b.words > boxNameMaxWords ||
			blurb.class != classChrome || blurb.credit || blurb.reason != ReasonPromo || blurb.words <= b.words ||
			!fullStop(body[blurb.span.Start:blurb.span.End]) ||
			i+2 < len(blocks) && blocks[i+2].class != classChrome {
			continue
		}
		b.class, b.reason = classChrome, ReasonPromo
	}
}

// buttonRows decides the lines of a row of buttons: a run of short lines
// (at most buttonMaxWords words each) with no blank line between them,
// at least two of them near-chrome or chrome ("Del denne saken",
// "Facebook", "Messenger", "E-post", "Kopier lenke" under a story, one
// button a line). The context pass keeps a near-chrome line between
// story lines because a subhead with a chrome word ("Watch the live
// vote") is one line set among paragraphs; a row of buttons is several
// lines that no blank line parts, which no subhead is. When most of the
// row's lines lean to chrome (near-good or above), the whole row is
// chrome, the plain labels among them ("E-post") with it.
func buttonRows(blocks []block) {
	for i := 0; i < len(blocks); {
		j := i + 1
		for j < len(blocks) && blocks[j-1].span.End+1 == blocks[j].span.Start {
			j++
		}
		// blocks[i:j] is a run of adjacent lines.
		row := blocks[i:j]
		short, chromeish, leaning := true, 0, 0
		for _, b := range row {
			if b.words > buttonMaxWords || b.credit {
				short = false
				break
			}
			switch b.class {
			case classNearChrome, classChrome:
				chromeish++
				leaning++
			case classNearGood:
				leaning++
			}
		}
		if short && len(row) >= 2 && chromeish >= 2 && 2*leaning > len(row) {
			for k := range row {
				row[k].class = classChrome
				if row[k].reason == "" || row[k].reason == ReasonShort {
					row[k].reason = ReasonShare
				}
			}
		}
		i = j
	}
}

// boxHeadings decides the heading of a box whose body went as chrome: a
// near-good line of at most maxWords words, near-good by its own
// vocabulary, right over a line of the same paragraph (no blank line
// between them) decided chrome for the same kind of evidence: a
// newsletter box's heading over its blurb ("Taratasim-baovao" over
// "Misoratra anarana … ao amin'ny mailakao.", "Newsletter" over "Get
// our top stories in your inbox every morning."). The heading names the
// box, and its body says what it is; a subhead of the story stands over
// the story's prose, which no chrome line is. A box set after a link
// list is judged here, before the list's titles are decided: its
// heading would otherwise find a title, a good line, above it.
func boxHeadings(blocks []block, maxWords int) {
	for i := 0; i+1 < len(blocks); i++ {
		b, next := &blocks[i], &blocks[i+1]
		if b.class == classNearGood && !b.credit && !b.ownVoice && b.words <= maxWords && b.reason != ReasonShort &&
			next.class == classChrome && !next.credit && next.span.Start == b.span.End+1 && next.reason == b.reason {
			b.class = classChrome
		}
	}
}

// minLooseRow is the least number of lines in a row of buttons set one a
// paragraph (looseButtonRows).
const minLooseRow = 3

// looseButtonRows decides a row of buttons set one a paragraph, as a
// plain text gives a share bar whose links each became a paragraph
// ("Raba", "Facebook", "WhatsApp", "Twitter"; "Podijeli ovo:",
// "Facebook", "WhatsApp", "X", "Sviđa mi se ovo:", "Sviđa mi se
// Učitavanje..."): minLooseRow or more short lines in a row (at most
// buttonMaxWords words each), blank lines between them, every one
// leaning to chrome (near-good or above) or a label ending in a colon
// (the row's heading, "Like this:"), and two or more of them near-chrome
// or chrome. Blank lines part a story's subhead from its paragraphs too,
// so unlike buttonRows every line must lean: a subhead has prose, not
// buttons, on both sides.
func looseButtonRows(body string, blocks []block) {
	for i := 0; i < len(blocks); {
		j, chromeish := i, 0
		for ; j < len(blocks); j++ {
			b := &blocks[j]
			if b.words == 0 || b.words > buttonMaxWords || b.credit ||
				b.class == classGood && !label(body[b.span.Start:b.span.End]) {
				break
			}
			if b.class == classNearChrome || b.class == classChrome {
				chromeish++
			}
		}
		if j-i >= minLooseRow && chromeish >= 2 {
			for k := i; k < j; k++ {
				if blocks[k].class != classChrome {
					blocks[k].class = classChrome
					if blocks[k].reason == "" || blocks[k].reason == ReasonShort {
						blocks[k].reason = ReasonShare
					}
				}
			}
		}
		i = max(j, i+1)
	}
}

// commentMaxLines bounds a reader's comment under its header: a
// paragraph or a few.
const commentMaxLines = 3

// readerComments removes the comments of a comment section under their
// headers: after a header with the reader's masked address (commentHead,
// "Зочин IP: 202.131.xxx.xxx 2025.07.08 12:05"), up to commentMaxLines
// lines, to the next header, a chrome line or the end. A reader's
// comment is written as a story's sentence ("Вакциныг нь цаг алдалгүй
// хийгээсэй."), so only its header tells it.
func readerComments(blocks []block) {
	for i := range blocks {
		if !blocks[i].commentHead || blocks[i].class != classChrome {
			continue
		}
		for j := i + 1; j < len(blocks) && j <= i+commentMaxLines; j++ {
			b := &blocks[j]
			if b.commentHead || b.credit || b.class == classChrome {
				break
			}
			b.class, b.reason = classChrome, ReasonCommentPolicy
		}
	}
}

// commentAction is a line's part in the row of actions under a reader's
// comment on a social network (socialComments).
type commentAction uint8

const (
	actionNone  commentAction = iota
	actionLike                // "Like", "J’aime", "Me gusta"
	actionReply               // "Reply", "Répondre", "Responder"
	actionAge                 // the comment's age: "2 h", "3 j", "1w"
	actionRow                 // the whole row on one line: "Like Reply", "Like · Reply · 2h"
	actionShare               // "Share", "Partager", under a reply (commentShares)
)

// commentActionMaxWords bounds an action's line: "Vind ik leuk", a
// figure and its unit.
const commentActionMaxWords = 3

// commentRowMaxWords bounds a row of actions written on one line: the
// longest like ("vind ik leuk", three words), a reply, a share and an
// age of two words ("Vind ik leuk Beantwoorden Delen 2 u" is seven).
const commentRowMaxWords = 7

// commentActionOf returns the action a line's key (scratch.key) spells:
// a like (commentLikes), a reply (commentReplies), a share
// (commentShares), a comment's age (a figure and one of ageUnits,
// glued or not), or the whole row on one line (commentRow).
func commentActionOf(key []byte) commentAction {
	switch {
	case commentLikes[string(key)]:
		return actionLike
	case commentReplies[string(key)]:
		return actionReply
	case commentShares[string(key)]:
		return actionShare
	case commentRow(string(key)):
		return actionRow
	}
	if ageOf(key) {
		return actionAge
	}
	return actionNone
}

// commentRow reports whether key (scratch.key) is the row of actions
// under a reader's comment written on one line, as a scrape that joins
// the row's links keeps it: a like, then a reply, then at most a share
// (commentShares), the comment's age and the count of its reactions
// (tally), in any order, the dots between them or not ("Like Reply",
// "Like · Reply · 2h", "Gefällt mir Antworten 3 Std.", "J'aime
// Répondre 1 sem", "Like · Reply · 41": Facebook sets the reactions'
// count where the age stood once the comment has some). The age may
// come first, as Facebook's later layout sets it ("1 g  Mi piace
// Rispondi  34", "2 h  Like  Reply"). A like and a reply together are
// never a sentence's words in that order, with nothing else beside
// them but these.
func commentRow(key string) bool {
	var words []string
	for _, w := range strings.Fields(key) {
		if w != "·" && w != "•" && w != "-" && w != "|" {
			words = append(words, w)
		}
	}
	if len(words) < 2 || len(words) > commentRowMaxWords {
		return false
	}
	if ageOf([]byte(words[0])) {
		words = words[1:]
	} else if len(words) > 2 && ageOf([]byte(words[0]+" "+words[1])) {
		words = words[2:]
	}
	if len(words) < 2 {
		return false
	}
	rest := ""
	for n := min(3, len(words)-1); n >= 1 && rest == ""; n-- {
		if !commentLikes[strings.Join(words[:n], " ")] {
			continue
		}
		for m := 1; n+m <= len(words); m++ {
			if commentReplies[strings.Join(words[n:n+m], " ")] {
				rest = " " + strings.Join(words[n+m:], " ")
				break
			}
		}
	}
	if rest == "" {
		return false
	}
	rest = strings.TrimSpace(rest)
	for rest != "" {
		w, after, _ := strings.Cut(rest, " ")
		switch {
		case commentShares[w]:
			rest = after
		case ageOf([]byte(w)):
			rest = after
		default:
			if u, after2, _ := strings.Cut(after, " "); ageOf([]byte(w + " " + u)) {
				rest = after2
				continue
			}
			if tally(w) {
				// The reactions' count, read after the age of two
				// words, whose figure it would take for its own.
				rest = after
				continue
			}
			return false
		}
	}
	return true
}

// ageOf reports whether key (scratch.key) is a comment's age: a figure
// of one or two digits and one of ageUnits, glued or not ("2h", "5 min"),
// the digits Arabic-Indic too ("٤ س").
func ageOf(key []byte) bool {
	n, figures := leadingFigures(key)
	if figures == 0 || figures > 2 {
		return false
	}
	unit := bytes.TrimPrefix(key[n:], []byte(" "))
	return ageUnits[string(bytes.TrimSuffix(unit, []byte(".")))]
}

// socialComments removes the comments of a social network's comment
// section, as a plain scrape of a page's post keeps it (Facebook's:
// the reader's name, the comment, then "J’aime" and "Répondre" one a
// line, the comment's age beside them or not; Substack's: the reader's
// name, the date, the comment, then "Reply" over "Share"). The row of a
// like over a reply (an age line between them or around them), or of a
// reply over a share in one paragraph, is no story's: the post's own
// row is Like, Comment, Share. The lines over the row, up to
// the reader's name, are the comment: at most commentMaxLines lines of
// it and the name, reaching up to the row of the comment before, or to
// a line that is chrome or near-chrome (the comment sort menu, "Le plus
// pertinent"; the post's row, "Partager"). A comment reads as a story's
// sentence, and the reader's name as a byline, so only that place tells
// them; lines over the row that reach the story's text, or the top of
// the document, within that bound are left to the other rules.
func socialComments(blocks []block) {
	for i := 0; i < len(blocks); i++ {
		start, end := i, i
		switch blocks[i].action {
		case actionRow:
		case actionReply:
			// Substack's row, which prints no like's word: "Reply"
			// over "Share" in one paragraph. The post's own buttons
			// are "Restack" and "Share", or "Share" alone.
			if i+1 == len(blocks) || blocks[i+1].afterBlank || blocks[i+1].action != actionShare {
				continue
			}
			end++
		case actionLike:
			if i+1 == len(blocks) {
				continue
			}
			end++
			if blocks[end].action == actionAge && end+1 < len(blocks) {
				end++
			}
			if blocks[end].action != actionReply {
				continue
			}
		default:
			continue
		}
		if end+1 < len(blocks) && blocks[end+1].action == actionAge {
			end++
		}
		if start > 0 && blocks[start-1].action == actionAge {
			start--
		}
		for k := start; k <= end; k++ {
			blocks[k].class, blocks[k].reason = classChrome, ReasonCommentPolicy
		}
		top := -1
		for k := start - 1; k >= 0 && k >= start-2-commentMaxLines; k-- {
			b := &blocks[k]
			if b.action != actionNone || b.class == classChrome || b.class == classNearChrome {
				top = k
				break
			}
			if b.credit {
				break
			}
		}
		if top >= 0 && top < start-1 {
			for k := top + 1; k < start; k++ {
				blocks[k].class, blocks[k].reason = classChrome, ReasonCommentPolicy
			}
		}
		i = end
	}
}

// minNearChromeRun is the least number of near-chrome lines in a row,
// blank lines between them or none, that are chrome whatever stands
// around them (nearChromeRuns).
const minNearChromeRun = 3

// nearChromeRuns decides the lines of a run of minNearChromeRun or more
// near-chrome lines in a row as chrome ("Từ khóa: …", "Chia sẻ Bình luận
// In bài", "Tin liên quan" under a story): the context pass keeps a
// near-chrome line between story lines because a subhead with a chrome
// word is one line set among paragraphs; several lines in a row, each
// with chrome's evidence, are the page's furniture, whose own lines
// cannot vouch for each other.
func nearChromeRuns(blocks []block) {
	for i := 0; i < len(blocks); {
		j := i
		for j < len(blocks) && blocks[j].class == classNearChrome {
			j++
		}
		if j-i >= minNearChromeRun {
			for k := i; k < j; k++ {
				blocks[k].class = classChrome
			}
		}
		i = max(j, i+1)
	}
}

// buttonMaxWords bounds a button's label: "Share on LinkedIn", "Email
// This Link", "Del denne saken".
const buttonMaxWords = 4

// linkLists removes the items of a link list that follows a chrome line:
// a run of short lines without closing punctuation (the titles of
// "Related Posts", "Trending", "More from this site") that a chrome line
// opens and a chrome line or the end of the document closes. The items
// score as good lines — a headline has their shape — so only their
// place can tell them; the opening chrome line must be a real one, not
// the document's start, so that a headline followed by a breadcrumb
// trail stays, and a list closed by a blog's post line ("Posted on …
// by admin") ends before its last line, the post's title. A line of
// class closer (chrome, or also near-chrome before
// the context pass decides it) closes the list as a chrome line does.
func linkLists(blocks []block, closer class) {
	for i := 0; i < len(blocks); {
		if i == 0 || blocks[i-1].class != classChrome || blocks[i-1].trail || !linkItem(blocks, i) {
			// Under a breadcrumb trail stands the page's headline, not
			// a link list.
			i++
			continue
		}
		j := i
		for j < len(blocks) && linkItem(blocks, j) {
			j++
		}
		if j == len(blocks) || blocks[j].class == classChrome || blocks[j].class == closer {
			end := j
			if j < len(blocks) && blocks[j].postMeta && !blocks[j-1].related {
				// The post's title, over its "Posted on … by admin"; a
				// related post's context line is the list's own, and
				// no title.
				end--
			}
			for k := i; k < end; k++ {
				blocks[k].class, blocks[k].reason = classChrome, ReasonPromo
			}
		}
		i = j
	}
}

// minReactions and maxReactions bound the buttons of a reaction box or a
// reader poll: one word or two a line ("Happy", "Sad", "Surprised",
// "Angry"; "खुसी", "दुःखी", "अचम्मित", "उत्साहित", "आक्रोशित"). Two
// lines after a question may be a story's ("Yes", "No" in a quoted
// exchange); sites offer three to eight reactions.
const (
	minReactions     = 3
	maxReactions     = 8
	reactionMaxWords = 2
)

// reactionBoxes removes a reaction box or a reader poll: a question alone
// on its line ("How did you feel reading this?", "यो खबर पढेर तपाईंलाई
// कस्तो महसुस भयो?") followed by minReactions to maxReactions buttons
// (reactionButton: one or two words without closing punctuation, with
// their tallies or not), the run reaching the end of the document or a
// chrome line. Each button scores as a good word, and the question as a
// sentence of the story, so only the shape tells them: no story ends on
// a question and a column of single words. The box's label alone
// ("Your reaction", "अहाँक प्रतिक्रिया", reactionLabels) opens it as the
// question does, and its buttons may stand on one line, the box's
// spans run together by the extraction ("खुसी दुःखी अचम्मित आक्रोशित"):
// then every word of the line names a reaction (reactionWords).
func reactionBoxes(body string, blocks []block) {
	for i := 0; i+1 < len(blocks); i++ {
		b := &blocks[i]
		line := body[b.span.Start:b.span.End]
		if b.credit || b.class == classChrome || !question(line) && !reactionLabel(line) {
			continue
		}
		j := i + 1
		if next := &blocks[j]; !next.credit && next.class != classChrome && reactionWordsLine(body[next.span.Start:next.span.End]) {
			j++ // the buttons on one line
		} else {
			for j < len(blocks) && j-i-1 < maxReactions+1 && !blocks[j].credit && blocks[j].class != classChrome &&
				reactionButton(body[blocks[j].span.Start:blocks[j].span.End], blocks[j].words) {
				j++
			}
			if n := j - i - 1; n < minReactions || n > maxReactions {
				continue
			}
		}
		if j < len(blocks) && blocks[j].class != classChrome {
			continue
		}
		for k := i; k < j; k++ {
			blocks[k].class, blocks[k].reason = classChrome, ReasonShare
		}
		i = j - 1
	}
}

// reactionButton reports whether line, of words words, is a reaction
// box's button: one word or two (reactionMaxWords) without closing
// punctuation, and the tally a box prints after each ("Таалагдлаа 19",
// "Уурлаж байна 15") besides.
func reactionButton(line string, words int) bool {
	if words < 1 || fullStop(line) {
		return false
	}
	if words == reactionMaxWords+1 {
		line = strings.TrimRight(line, " \t")
		sp := strings.LastIndexAny(line, " \t")
		if sp < 0 || strings.Trim(line[sp+1:], "0123456789") != "" {
			return false
		}
		words-- // the tally
	}
	return words <= reactionMaxWords
}

// reactionLabel reports whether line is a reaction box's label alone
// (reactionLabels), its colon or none.
func reactionLabel(line string) bool {
	return reactionLabels[strings.Join(strings.Fields(strings.ToLower(strings.Trim(strings.TrimSpace(line), ":："))), " ")]
}

// reactionWordsLine reports whether line is a reaction box's buttons on
// one line: minReactions to maxReactions words, each one of
// reactionWords ("Happy Sad Surprised Angry").
func reactionWordsLine(line string) bool {
	f := strings.Fields(strings.ToLower(line))
	if len(f) < minReactions || len(f) > maxReactions {
		return false
	}
	for _, w := range f {
		if !reactionWords[w] {
			return false
		}
	}
	return true
}

// question reports whether line ends with a question mark, in any of the
// scripts' forms ("?", "？", "؟", Greek ";").
func question(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(line, " \t"))
	return r == '?' || r == '？' || r == '؟' || r == ';' && strings.ContainsFunc(line, func(r rune) bool { return unicode.Is(unicode.Greek, r) })
}

// minLabelledItems and maxLabelledItems bound the titles after a list
// label that make a link list. One short line after "Related" may be a
// subhead of the story; a promo box lists a handful of stories (three on
// each of the AEB pages where one sits inside the story), while a longer
// run after such a label is the article's own list — on one AEB page
// "Don't Miss" heads a deals list of products and their features, all
// of it article text.
const (
	minLabelledItems = 2
	maxLabelledItems = 8
)

// labelledLists removes a list label alone on its line ("DON'T MISS",
// "More:", "Tags") with the link list it heads: the run of at least
// minLabelledItems to maxLabelledItems titles after it (lines of a headline's length that do
// not end in a full stop: "Lakers vs Nets: NBA make final decision on
// game amid China turmoil [VIDEO]", "Spacewalking into 'her-story'"), up
// to the first line that is not one; lines already removed inside the
// run do not end it, and a list written as one paragraph ends at the
// first blank line. Unlike linkLists, the list need not be closed by
// chrome: a promo box inside the story ("DON'T MISS" and three headlines)
// is followed by more of the story. The label names the list, so the
// run's end is where prose resumes. A label that heads no title, with
// chrome or the document's end right after it, is a box whose links the
// extraction dropped: it goes alone.
func labelledLists(blocks []block) {
	for i := 0; i < len(blocks); i++ {
		if blocks[i].label == catNone || blocks[i].credit {
			continue
		}
		// tight: the list is written as one paragraph, its label and items
		// on consecutive lines ("Trending" over two titles); a blank line
		// then ends it, and the line after is the page's own (a headline
		// under a "Trending" box at the top of a scraped page).
		tight := i+1 < len(blocks) && !blocks[i+1].afterBlank
		items, prior, j := 0, 0, i+1
		for ; j < len(blocks); j++ {
			b := &blocks[j]
			if tight && j > i+1 && b.afterBlank {
				break
			}
			if b.class == classChrome && !b.credit {
				if b.title && b.reason == blocks[i].label.String() {
					// A title this label's list took on the first
					// pass: the list's item still, so that the titles
					// decided after it (its last, near-good beside the
					// footer then, good now) make a list with it.
					prior++
				}
				continue
			}
			// A question is a listed title when a related post's
			// context line follows it in the same paragraph ("Kənd
			// yollarında yaz təmiri: hansı yollar bağlanacaq?" over
			// "“Cəmiyyət” bölməsində"), or when the list is tight, set
			// in the label's own paragraph ("Nivîsên Dawî" over "Buhayê
			// zêr îro: li bazarê çi diqewime?" and two titles, a
			// sidebar's recent posts): a farm's titles ask, and the
			// story's own questions (its FAQ) have neither a context
			// line nor a list label over them, and an answer, no title,
			// under each.
			// So is a question set among the list's titles in one
			// paragraph under a label alone on its line ("Przeczytaj
			// także" over four titles, the third asking "… – komu
			// przysługują?"): a story's FAQ sets each question in its
			// own paragraph, over its answer.
			inRun := j > i+1 && !b.afterBlank && blocks[j-1].class != classChrome
			listed := b.title || b.ask && (tight || inRun || j+1 < len(blocks) && blocks[j+1].related && blocks[j+1].span.Start == b.span.End+1)
			// A title that opens with the site's own name (ownVoice) is
			// listed too: a company newsroom lists its other releases
			// under "보도자료 목록", each headline opening with the
			// company's name, as the site's tagline does.
			if !listed || b.credit || b.class != classGood && !(b.ownVoice && b.class == classNearGood) {
				break
			}
			items++
		}
		if items == 0 && (i+1 == len(blocks) || blocks[i+1].class == classChrome ||
			blocks[i].alsoAlone && blocks[i+1].words >= longWords) {
			// A label over no list: its links were dropped with their
			// markup (an HTML extraction keeps a box's heading, not its
			// list of links), and chrome or the end follows ("ଆହୁରି
			// ପଢ଼ନ୍ତୁ", read more, over the comment form); or the label
			// tells the reader to read something else ("Read also",
			// "Vakio koa"), which no line of the story is, and a
			// paragraph follows it right away, the box's links gone
			// from between the two. (Over a headline's line, a link
			// the extraction kept, the label stays with it: the Zyte
			// gold keeps "Leggi anche" over its linked title.)
			blocks[i].class, blocks[i].reason = classChrome, blocks[i].label.String()
			continue
		}
		if items+prior < minLabelledItems || items > maxLabelledItems {
			continue
		}
		reason := blocks[i].label.String()
		for k := i; k < j; k++ {
			if blocks[k].class != classChrome {
				blocks[k].class, blocks[k].reason = classChrome, reason
			}
		}
		i = j - 1
	}
}

// relatedMaxWords bounds a related post's context line: one word and
// a category's name of up to four.
const relatedMaxWords = 5

// relatedContext reports whether line is the context line Jetpack's
// related posts print under each title: the post's category in
// quotation marks and one word, before or after it, that says "in" (In
// "US News", In „Freizeit“, Në "Lajme", "Cəmiyyət" kateqoriyasında,
// “Cəmiyyət” bölməsində). A story's line quotes inside a sentence.
func relatedContext(line string) bool {
	line = strings.TrimSpace(line)
	open := strings.IndexAny(line, "\"“„«")
	if open < 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(line[open:])
	end := strings.IndexAny(line[open+n:], "\"”“»")
	if end <= 0 {
		return false
	}
	name := line[open+n : open+n+end]
	_, m := utf8.DecodeRuneInString(line[open+n+end:])
	outside := strings.Fields(line[:open] + " " + line[open+n+end+m:])
	if len(outside) != 1 || strings.ContainsAny(name, "\"“”„«»") {
		return false
	}
	for _, r := range outside[0] {
		// A word of an Indic script carries vowel signs, which are
		// marks, not letters ("ਵਿੱਚ", in).
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			return false
		}
	}
	k := len(strings.Fields(name))
	return k >= 1 && k <= relatedMaxWords-1
}

// shortSentences returns the sentences of a line of two or more, split
// after a full stop, question or exclamation mark followed by a space and
// a capital; nil for a line of one.
func shortSentences(line string) []string {
	var out []string
	start := 0
	for i := 0; i+2 < len(line); i++ {
		if c := line[i]; (c == '.' || c == '?' || c == '!') && line[i+1] == ' ' {
			r, _ := utf8.DecodeRuneInString(line[i+2:])
			if unicode.IsUpper(r) {
				out = append(out, line[start:i+1])
				start = i + 2
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return append(out, line[start:])
}

// fullStop reports whether line ends a sentence with a full stop, a
// question or exclamation mark or an ellipsis, before any closing quotes,
// brackets or bars.
func fullStop(line string) bool {
	s := strings.TrimRight(line, " \t\"'”’»)]|")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// headlineEnd reports whether line ends as a headline may: with no full
// stop, or with a question ("Lezárt híd vágja ketté Tarcsaszeget – mi
// lesz most az alszegiekkel?").
func headlineEnd(line string) bool {
	return !fullStop(line) || strings.HasSuffix(strings.TrimRight(line, " \t"), "?")
}

// questionTitle reports whether line is a headline asking a question,
// set in title case ("How Much Does Farm Insurance Cost in Ireland in
// 2025?"): at least two thirds of its words capitalised. A question of
// the story or its FAQ is written in sentence case ("Was anyone injured
// in the fire?").
func questionTitle(line string, f features) bool {
	return strings.HasSuffix(strings.TrimSpace(line), "?") && f.alpha >= 3 && 3*f.titled >= 2*f.alpha
}

// listItem reports whether b has the shape of a link-list item and is not
// yet removed.
func listItem(b *block) bool { return b.list && !b.credit && b.class == classGood }

// linkItem reports whether blocks[i] is an item of a link list: a
// listItem; a related post's context line (Jetpack's In "Category",
// “ਮਾਲਵਾ” ਵਿੱਚ), whose closing quote reads as a sentence's end; or a
// title of a headline's length (up to HeadlineMaxWords, longer than a
// list item may be), or a question of that length, with such a line
// right under it in the same paragraph, which says the title is a
// related post's whatever its length and its mark ("Algennoù glas:
// petra a vez graet evit gwareziñ an aodoù?" over Dans « Endro »), as
// labelledLists reads it.
func linkItem(blocks []block, i int) bool {
	b := &blocks[i]
	if listItem(b) || b.related && !b.credit && b.class == classGood {
		return true
	}
	return (b.title || b.ask) && !b.credit && b.class == classGood && i+1 < len(blocks) &&
		blocks[i+1].related && blocks[i+1].span.Start == b.span.End+1
}

// neighbours calls decide for every block of class k with the classes of
// the nearest good or chrome blocks before and after it (chrome at the
// edges). decide's changes are not seen by later calls of the same pass.
func neighbours(blocks []block, prev []class, k class, decide func(b *block, prev, next class)) {
	decided := func(c class) bool { return c == classGood || c == classChrome }
	prev = prev[:len(blocks)]
	last := classChrome
	for i := range blocks {
		prev[i] = last
		if c := blocks[i].class; decided(c) {
			last = c
		}
	}
	next := classChrome
	for i := len(blocks) - 1; i >= 0; i-- {
		b := &blocks[i]
		c := b.class
		if c == k {
			decide(b, prev[i], next)
		}
		if decided(c) {
			next = c
		}
	}
}

// splitBlocks returns the non-blank lines of body in order.
func splitBlocks(body string) []block {
	blocks := make([]block, 0, strings.Count(body, "\n")/2+1)
	for start := 0; start < len(body); {
		end := strings.IndexByte(body[start:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += start
		}
		if strings.IndexFunc(body[start:end], notSpace) >= 0 {
			b := block{span: reprint.Span{Start: start, End: end}}
			if n := len(blocks); n > 0 {
				b.afterBlank = strings.Count(body[blocks[n-1].span.End:start], "\n") > 1
			}
			if k := mediaTail(body[start:end]); k >= 0 && !b.afterBlank && embedCardAbove(body, blocks) {
				// A collapsed embed's post and its attached picture's
				// link on one line: two blocks, the link's own
				// (embedFurniture).
				b.span.End = start + len(strings.TrimRight(body[start:start+k], " \t"))
				blocks = append(blocks, b)
				b = block{span: reprint.Span{Start: start + k, End: end}}
			} else if k := statusTail(body[start:end]); k > 0 {
				// A record's status note after the record's own line
				// ("DRAFT – published 11 November 2025. These minutes
				// are draft until …"): two blocks, the note's own.
				b.span.End = start + len(strings.TrimRight(body[start:start+k], " \t"))
				blocks = append(blocks, b)
				b = block{span: reprint.Span{Start: start + k, End: end}}
			}
			blocks = append(blocks, b)
		}
		start = end + 1
	}
	return blocks
}

func notSpace(r rune) bool { return !unicode.IsSpace(r) }

// assemble builds Text from the kept blocks of body, its map back to body,
// and the attributions of the kept lines with spans into Text.
//
// Between two kept lines with nothing removed between them, Text copies
// Body's bytes verbatim. Where lines were removed in between, Text has a
// line break, copied from the byte after the earlier line, and, if any
// blank line lay in between, a second one copied from the byte before the
// later line: so every byte of Text is a copy of an equal byte of Body.
func assemble(body string, blocks []block) (string, reprint.OffsetMap, []reprint.Attribution) {
	var (
		sb    strings.Builder
		mb    reprint.MapBuilder
		attrs []reprint.Attribution
	)
	sb.Grow(len(body))
	p := -1 // the last kept block
	paragraph := false
	for i, b := range blocks {
		if i > 0 && b.span.Start > blocks[i-1].span.End+1 {
			paragraph = true
		}
		if b.removed {
			if b.footerCredit {
				// A footer's copyright notice that went with the
				// footer: an Attribution with an empty span where
				// the line stood (reprint.Attribution).
				for _, at := range FindAttributions(body[b.span.Start:b.span.End]) {
					at.Span = reprint.Span{Start: sb.Len(), End: sb.Len()}
					attrs = append(attrs, at)
				}
			}
			continue
		}
		if p >= 0 {
			pe := blocks[p].span.End
			if p == i-1 {
				mb.Copy(sb.Len(), pe, b.span.Start-pe)
				sb.WriteString(body[pe:b.span.Start])
			} else {
				// The line break after the last kept line: the byte
				// after it, or, when the line was split from the rest
				// of its line (splitBlocks), the break that ends that.
				if k := strings.IndexByte(body[pe:b.span.Start], '\n'); k > 0 {
					pe += k
				}
				mb.Copy(sb.Len(), pe, 1)
				sb.WriteByte(body[pe])
				if paragraph {
					mb.Copy(sb.Len(), b.span.Start-1, 1)
					sb.WriteByte(body[b.span.Start-1])
				}
			}
		}
		line := body[b.span.Start:b.span.End]
		if b.credit && b.sourceLabel != "" {
			// The line under its label: the credit is the line itself.
			if at, ok := FindAttribution(b.sourceLabel + ": " + line); ok {
				at.Span = reprint.Span{Start: sb.Len(), End: sb.Len() + len(line)}
				at.Text = line
				attrs = append(attrs, at)
			}
		} else if b.credit {
			for _, at := range FindAttributions(line) {
				at.Span.Start += sb.Len()
				at.Span.End += sb.Len()
				attrs = append(attrs, at)
			}
		}
		mb.Copy(sb.Len(), b.span.Start, len(line))
		sb.WriteString(line)
		p, paragraph = i, false
	}
	return sb.String(), mb.Map(), attrs
}

// roundScore keeps reported scores to three decimals, so that golden files
// do not churn on the last bits of a float.
func roundScore(x float64) float64 {
	return float64(int(x*1000+0.5)) / 1000
}

// duplicateHeadlines reports which lines repeat the headline. keys holds
// the normalised words of the lines that may be a headline (empty for the
// others), title the normalised Meta.Title. A line repeats the headline
// when it equals, or nearly equals, an earlier line that is either among
// the first HeadlineZone lines and at most HeadlineWindow lines before it,
// or equal to the title. The first occurrence is kept. A line whose exact
// key occurs more than twice is a repeated table header or list label,
// not a headline, and is never a repeat.
func (c *Cleaner) duplicateHeadlines(keys []string, title string) []bool {
	dups := make([]bool, len(keys))
	counts := make(map[string]int)
	for _, k := range keys {
		if k != "" {
			counts[k]++
		}
	}
	var cands []int // indexes of headline candidates
	for i, k := range keys {
		if k == "" {
			continue
		}
		for _, j := range cands {
			if !nearEqual(keys[j], k) || counts[k] > 2 {
				continue
			}
			if i-j <= c.opts.HeadlineWindow || title != "" && (nearEqual(keys[j], title)) {
				dups[i] = true
				break
			}
		}
		if !dups[i] && (i < c.opts.HeadlineZone || k == title) {
			cands = append(cands, i)
		}
	}
	return dups
}

// minHeadlineWords: one- and two-word lines ("Advertisement", "Kyiv,
// Ukraine") repeat for reasons other than a duplicated headline.
const minHeadlineWords = 3

// maxSuffixWords is how many extra words a near-exact repeat may have at
// its end ("… Trump says | Newsthirst").
const maxSuffixWords = 3

// key returns the words of the last measured line, lower case, joined by
// single spaces.
func (s *scratch) key() string { return string(s.keyBytes()) }

// keyBytes is key in s's own buffer, valid until the next call.
func (s *scratch) keyBytes() []byte {
	s.keyBuf = s.keyBuf[:0]
	for j, w := range s.words {
		if j > 0 {
			s.keyBuf = append(s.keyBuf, ' ')
		}
		s.keyBuf = append(s.keyBuf, s.lower[w[0]:w[1]]...)
	}
	return s.keyBuf
}

// normKey normalises s as scratch.key does.
func normKey(s string) string {
	if s == "" {
		return ""
	}
	var sc scratch
	sc.measure(s, nil)
	return sc.key()
}

// nearEqual reports whether a and b are equal or one is the other plus at
// most maxSuffixWords trailing words.
func nearEqual(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if !strings.HasPrefix(b, a+" ") || strings.Count(a, " ")+1 < minHeadlineWords {
		return false
	}
	return strings.Count(b[len(a):], " ") <= maxSuffixWords
}

// dropNotice removes a copyright line kept as a credit as the page's
// legal chrome (ownedByChrome, footerCopyright).
func (b *block) dropNotice() {
	b.removed, b.credit, b.class, b.reason, b.score = true, false, classChrome, ReasonLegal, 1
}

// ownerNotices removes the owner's copyright notice that closes a
// footer under its status notice, once footerNotices removed that
// ("The Northgate Examiner is a member of IPSO …" over "© 2025
// Northgate Examiner Media Ltd. All rights reserved."): the footer's
// last line, below its furniture, as footerCopyright reads one under
// the footer's links. The notice still says whose page the text was
// taken from, and in a scraper's undated capture it is the only sign
// of the publisher: so it goes from Text but stays an Attribution
// (block.footerCredit), which the credit package reads as the
// capture's copyright line.
func ownerNotices(blocks []block) {
	for i := 1; i < len(blocks); i++ {
		b, prev := &blocks[i], &blocks[i-1]
		if b.copyright && !b.removed && prev.removed && !prev.credit && prev.reason == ReasonLegal {
			b.dropNotice()
			b.footerCredit = true
		}
	}
}

// ownedByChrome removes a copyright line that is the page's own notice
// by what the page's chrome says: the name it gives recurs, as a whole
// word run, in a line removed as chrome ("NewsBuzz India Desk | August
// 21, 2025", "Follow NewsBuzz India on Google News" over "© 2025
// NewsBuzz India. All rights reserved."). A site's furniture names the
// site; an agency credited in the footer ("© 2025 AP") is named by none
// of it. The masthead rule and Meta.Site tell the same where they can.
func ownedByChrome(body string, blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if !b.copyright || b.removed || len(strings.Fields(b.owner)) == 0 {
			continue
		}
		if namedByChrome(body, blocks, i, b.owner) {
			b.dropNotice()
		}
	}
}

// namedByChrome reports whether name recurs, as a whole word run, in a
// line other than blocks[i] removed as chrome, not a credit.
func namedByChrome(body string, blocks []block, i int, name string) bool {
	for j := range blocks {
		if j != i && blocks[j].removed && !blocks[j].credit && analysis.ContainsWords(body[blocks[j].span.Start:blocks[j].span.End], name) {
			return true
		}
	}
	return false
}

// ownerTradeNotices removes, once the footer's other rules have read
// it (footerCopyright, ownerNotices), a copyright notice that names the
// company behind the site where the page's chrome names the site: the
// owner's name without its company words at its end (tradeName) recurs
// in a line removed as chrome ("© 2025 Horizon Media Ltd" under "Give
// feedback to Horizon", a consent banner's "Horizon and our partners").
// The notice is the footer's, not the story's; it still says whose page
// a capture was taken from, so it stays an Attribution
// (block.footerCredit), as ownerNotices keeps one. A notice naming a
// company that no chrome names by its trading name (an agency's "©
// 2025 AP") stays to the other rules.
func ownerTradeNotices(body string, blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if !b.copyright || b.removed {
			continue
		}
		if t := tradeName(b.owner); t != "" && namedByChrome(body, blocks, i, t) {
			b.dropNotice()
			b.footerCredit = true
		}
	}
}

// companyWords end a company's name after the name it trades under,
// lower case, besides its legal form (legalSuffixes): "Horizon Media
// Ltd", "Courier Media Group", "Dalemoor Publishing Ltd".
var companyWords = set(`media group publishing holdings`)

// tradeName returns owner without the company words at its end (legal
// forms and companyWords: "Horizon Media Ltd" is "Horizon"), or "" when
// it has none or nothing else.
func tradeName(owner string) string {
	f := strings.Fields(owner)
	n := len(f)
	for n > 1 {
		w := strings.ToLower(strings.Trim(f[n-1], ".,"))
		if !legalSuffixes[w] && !companyWords[w] {
			break
		}
		n--
	}
	if n == len(f) {
		return ""
	}
	return strings.Join(f[:n], " ")
}

// postAuthorMaxWords bounds the name over a social post's header: a
// page's or a person's name ("Amianan Updates PH", "Radyo Dayaw 96.5 FM
// Official Page"), not a sentence.
const postAuthorMaxWords = 8

// postAuthors removes the name a copy of a social post prints over the
// post's header (features.postHead: "Amianan Updates PH" over "2d ·
// Shared with Public"), the line right above it in its paragraph, short
// and ending no sentence: the poster's name is the header's first line,
// like a page's masthead, and no story's line stands between it and the
// header.
func postAuthors(body string, blocks []block, feats []features) {
	for i := 1; i < len(blocks); i++ {
		if !feats[i].postHead || blocks[i].afterBlank {
			continue
		}
		b := &blocks[i-1]
		line := strings.TrimSpace(body[b.span.Start:b.span.End])
		if b.credit || feats[i-1].words == 0 || feats[i-1].words > postAuthorMaxWords || endsSentence(line) {
			continue
		}
		b.class, b.score, b.reason = classChrome, 1, ReasonNavigation
		// A scrape of a page's post prints the page's name twice, the
		// page's own header and the post's: the same line right above
		// the poster's name is the page's header, no story's line.
		for k := i - 2; k >= 0 && !blocks[k+1].afterBlank && !blocks[k].credit; k-- {
			if strings.TrimSpace(body[blocks[k].span.Start:blocks[k].span.End]) != line {
				break
			}
			blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonNavigation
		}
	}
}

// consentButtonSpan is how many lines after a consent banner its
// buttons may stand: a banner has two or three ("Accept all",
// "Settings", "Got it!"), each a line of its own in a scrape, and a
// "Learn more" link may come between.
const consentButtonSpan = 3

// consentButtons removes a consent banner's buttons: a line that is only
// one of consentButtonWords, or a row of them and the banner's other
// buttons run together (features.consentRow), within consentButtonSpan
// lines under a consent banner (features.consent), the lines between
// them removed or buttons too. Alone, "Got it!" or "OK" is no chrome word; under the
// banner it can only be the banner's. A story's line never is only "I
// agree" right under a cookie notice.
func consentButtons(body string, blocks []block, feats []features) {
	for i := range blocks {
		if !feats[i].consent {
			continue
		}
		for j := i + 1; j < len(blocks) && j <= i+consentButtonSpan; j++ {
			b := &blocks[j]
			if b.credit || !consentButtonWords[buttonText(body[b.span.Start:b.span.End])] && !feats[j].consentRow {
				if b.class == classChrome {
					continue
				}
				break
			}
			b.class, b.score, b.reason = classChrome, 1, ReasonLegal
		}
	}
}

// consentHeadingMaxWords bounds a consent banner's heading: "We care
// about your privacy", "Your privacy choices", "This website uses
// cookies" are three to five words; a headline is longer.
const consentHeadingMaxWords = 8

// consentHeadings removes a consent banner's heading, as a plain
// capture of a page keeps it on the line right over the banner's notice
// (features.consent): a short line (at most consentHeadingMaxWords
// words) ending no sentence, whose own words lean to the legal
// vocabulary ("We care about your privacy" over "We and our partners
// use cookies …"). Its score alone leaves it good, so the title line
// over it would keep it; but a line about privacy set as the heading of
// a cookie notice is the banner's. The page's title is never the
// banner's heading, whatever its words.
func consentHeadings(body string, blocks []block, feats []features, title string) {
	title = normKey(title)
	for i := 1; i < len(blocks); i++ {
		if !feats[i].consent {
			continue
		}
		b := &blocks[i-1]
		line := body[b.span.Start:b.span.End]
		if b.credit || b.class == classChrome || b.reason != ReasonLegal || b.score <= 0 ||
			feats[i-1].words == 0 || feats[i-1].words > consentHeadingMaxWords || fullStop(line) ||
			title != "" && normKey(line) == title {
			continue
		}
		b.class, b.score, b.reason = classChrome, 1, ReasonLegal
	}
}

// buttonText returns line lower case, without the spaces and the
// punctuation around it ("Got it!" is "got it").
func buttonText(line string) string {
	return strings.ReplaceAll(strings.ToLower(strings.TrimFunc(line, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)
	})), "’", "'")
}

// footerCopyright removes a copyright line set below the page's chrome:
// when the line before it went as furniture, a related-posts list, a
// comment form or a tag line, the notice is the footer's, which a
// scraper took with the page ("Recommended for you" … "Copyright 2025
// KCVN. All rights reserved."), not a credit under the story. A
// syndicated story's notice ("Copyright 2025 The Associated Press. All
// rights reserved.", "© AFP") closes the story's own text, right after
// its last paragraph or its contributor line. A caption before it does
// not count: a picture credit is the story's, not the footer's.
func footerCopyright(blocks []block) {
	for i := 1; i < len(blocks); i++ {
		b, prev := &blocks[i], &blocks[i-1]
		if b.copyright && !b.removed && prev.removed && !prev.credit && prev.reason != ReasonCaption {
			b.dropNotice()
		}
	}
}

// ownCopyrightInside reports whether line holds, after a sentence of
// its own, a copyright notice naming site ("Actu Flash agrège
// automatiquement l'actualité publiée par les sites d'information. ©
// Actu Flash"): the site's footer describing itself and signing it. A
// line that opens with the notice is FindAttribution's; one naming
// another publisher may credit it and stays to the other rules.
func ownCopyrightInside(line, site string) bool {
	k := strings.LastIndex(line, "©")
	if k <= 0 || site == "" {
		return false
	}
	rest, ok := copyrightRest(line[k:])
	if !ok {
		return false
	}
	name := copyrightName(rest)
	return name != "" && ownNotice(name, site)
}

// opensWithSite reports whether line opens with site, the page's site
// name (Meta.Site, or a plain text's masthead), as whole words: "Valley
// Ledger is …", "Dhambaal24 – …", not "Valley Ledgers".
func opensWithSite(line, site string) bool {
	line = strings.TrimSpace(line)
	if site == "" || len(line) < len(site) || !strings.EqualFold(line[:len(site)], site) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(line[len(site):])
	return len(line) == len(site) || !isWordRune(r)
}

// unspacedWords counts s's words by spaces, a run of characters of a
// script written without spaces (Chinese, Japanese, Thai) counting one
// word every analysis.CharsPerWord characters, as measure counts a line.
func unspacedWords(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		run, words := 0, 1
		for _, r := range f {
			if analysis.Unspaced(r) {
				run++
				continue
			}
			words += max(1, run/analysis.CharsPerWord) - 1
			run = 0
		}
		n += words + max(1, run/analysis.CharsPerWord) - 1
	}
	return n
}

// mastheadMaxWords bounds a plain text's first line read as its site's
// name: "UK Local Wire", "Nachrichten-Radar Nord".
const mastheadMaxWords = 5

// mastheadName returns the site's name a plain text's first line gives:
// the line itself when it is short, or its part before a dash or a bar
// when a tagline follows ("InfoRégions.ca — L'actualité de toutes les
// régions du Québec"). The part is measured as the line is (unspacedWords):
// a Japanese page's title, "<the post's headline> - <the blog's name>",
// has one space-free run before its dash, a headline's length, no name.
func mastheadName(line string, words int) (string, bool) {
	line = strings.TrimSpace(line)
	if words <= mastheadMaxWords {
		return line, true
	}
	for _, sep := range nameSeps {
		if name, _, ok := strings.Cut(line, sep); ok && unspacedWords(name) <= mastheadMaxWords {
			return strings.TrimSpace(name), true
		}
	}
	return "", false
}

// HeaderMaxLines and HeaderMaxWords bound a page's header above its
// breadcrumb trail: a masthead and a tagline ("Clare Daily Buzz", "Local
// news from around the Banner County"), or the two on one line. Package
// ingest reads a plain text's headline below the same header.
const (
	HeaderMaxLines = 3
	HeaderMaxWords = 10
)

// menuMinItems and menuMaxItemWords: a site's menu bar is at least four
// short items between bars ("Home | New Zealand | World | Business").
const (
	menuMinItems     = 4
	menuMaxItemWords = 3
)

// isMenu reports whether line is a menu bar: menuMinItems or more items
// of at most menuMaxItemWords words between " | ", none ending a sentence;
// or, as a page's menu reads when its links lose their markup, such items
// set apart by runs of spaces, the first naming the home page
// ("गृहपृष्ठ   ताजा   समाज   राजनीति", homeWords) or the front page's
// top stories (frontItems).
func isMenu(line string) bool {
	if strings.Count(line, " | ") >= menuMinItems-1 {
		return menuItems(strings.SplitSeq(line, " | "))
	}
	if strings.ContainsRune(line, '\u3000') {
		return ideographicMenu(line)
	}
	if !strings.Contains(line, "  ") && !strings.ContainsRune(line, '\t') {
		return false // every line is measured: most have no run of spaces
	}
	items := spacedItems(line)
	// An app-like page sets an icon before each item ("🏠 Home   🔥
	// Trending   🚨 Breaking"): the item is the words after it.
	first := strings.ToLower(strings.TrimLeftFunc(items[0], notWordStart))
	return len(items) >= menuMinItems && (homeWords[first] || frontItems[first]) && menuItems(slices.Values(items))
}

// ideographicMenu reports whether line is a Chinese or Japanese page's
// menu as a plain copy prints it, its items parted by ideographic
// spaces (U+3000): the home page's item first, or second after the
// site's name ("热点号　首页　推荐　热榜　本地　视频　下载APP").
func ideographicMenu(line string) bool {
	items := strings.FieldsFunc(line, func(r rune) bool { return r == '\u3000' || r == '\t' })
	if len(items) < menuMinItems {
		return false
	}
	home := func(i int) bool { return homeWords[strings.ToLower(strings.TrimSpace(items[i]))] }
	return (home(0) || home(1)) && menuItems(slices.Values(items))
}

// notWordStart reports whether r may stand before a menu item's first
// word as its icon: neither a letter nor a digit.
func notWordStart(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// frontItems name a news site's or a news app's front page when it heads
// the section menu in the home page's stead ("Top Stories  UK  Local
// Sport  Business  Weather"), lower case: English, French, German,
// Spanish, Italian, Portuguese and Dutch. Only a spaced menu's first item
// is looked up: a story's line does not open with the words and then
// break into runs of spaces.
var frontItems = map[string]bool{
	"top stories": true, "headlines": true, "top news": true, "for you": true, "latest": true,
	"à la une": true, "a la une": true, "l'essentiel": true,
	"schlagzeilen": true, "topmeldungen": true, "top-themen": true,
	"portada": true, "titulares": true, "lo último": true,
	"in evidenza": true, "prima pagina": true,
	"destaques": true, "últimas": true,
	"voorpagina": true, "topnieuws": true,
}

// menuItems reports whether each of items is a menu's: at most
// menuMaxItemWords words, ending no sentence.
func menuItems(items iter.Seq[string]) bool {
	for item := range items {
		if n := len(strings.Fields(item)); n == 0 || n > menuMaxItemWords || endsSentence(strings.TrimSpace(item)) {
			return false
		}
	}
	return true
}

// spacedItems splits line at its runs of two or more spaces, trimmed.
func spacedItems(line string) []string {
	var out []string
	for {
		line = strings.TrimLeft(line, " \t")
		if line == "" {
			return out
		}
		i := strings.Index(line, "  ")
		if j := strings.Index(line, "\t"); j >= 0 && (i < 0 || j < i) {
			i = j
		}
		if i < 0 {
			return append(out, strings.TrimSpace(line))
		}
		out = append(out, line[:i])
		line = line[i:]
	}
}

// headerLines returns the lines [start, end) that are the page's header:
// the lines above a breadcrumb trail or a menu bar (isMenu) among the first HeaderMaxLines + 1, when
// a headline's shape follows the trail (a line of at most
// HeadlineMaxWords words without a full stop) and each line above is
// short (HeaderMaxWords), ends in no full stop and is not the headline
// (the title, or the trail's last part: a trail often ends in the
// story's title). A page names itself above its breadcrumbs and puts its
// headline below them; with the story's prose right under the trail, the
// line above it is the headline. A menu set one item a line
// (verticalMenu) counts as a trail, and its lines are the header's too,
// at the text's top as well as under a masthead: the headline (or a
// trail) follows its last item. Without a trail or a menu, a
// blog's post line among the first lines marks the line above it as the
// post's title and the lines above that as the header. [0, 0) when there
// is no such line.
//
// A scraper's copy of a page may open with the page's title (a plain
// text's title is its first line), which the page's own headline
// repeats under the header (dups: at the line after the header or the
// one after that, under a trail): then the header starts under the
// title line, which stays, and a menu set one item a line may stand as
// deep as mastheadZone, under a top bar (a language switch, the date, a
// log-in bar, a search box: "ئۇيغۇرچە | 中文", "كىرىش | تىزىملىتىش"),
// the top bar a row of links of a menu's shape itself ("Download App ·
// E-Paper · Sign In" over "मुख्य पन्ना", "बिहार", …).
// Such a header may also hold, at any length, the site's consent
// banner (feats.consent: "Questo sito usa solo cookie tecnici …") and
// its contact bar (contactItems, up to addressBlockMaxWords as the
// hours count: "Ufficio Turistico: Piazza Matrice 3 – aperto … | Tel.
// 0921 000000"), a small association's office hours and number over
// its name: between the page's title and its headline repeated under
// the menu, neither is the story's.
func headerLines(body string, blocks []block, feats []features, title string, dups []bool) (start, end int) {
	line := func(i int) string { return body[blocks[i].span.Start:blocks[i].span.End] }
	titled := title != "" && len(blocks) > 0 && normKey(line(0)) == normKey(title)
	zone := HeaderMaxLines
	if titled {
		zone = mastheadZone
	}
	t, menu := -1, 0
	// Under the title, the menu may stand deeper in the header's first
	// paragraph, under a skip link, an account bar, the search box and
	// another menu that names no home page (a municipal CMS's "Search",
	// "City of …", "Residents", "Business", … over the trail set one
	// item a line, "Home", "Departments", "Police Department").
	inHeader := func(i int) bool { return titled && i > 1 && !blocks[i].afterBlank }
	for i := 0; i < len(blocks) && (i <= zone || inHeader(i)); i++ {
		if i <= HeaderMaxLines && (feats[i].trail || isMenu(line(i))) {
			t = i
			if titled {
				// A row of links over a menu one item a line is the
				// header's top bar ("Download App · E-Paper · Sign
				// In", read as a trail or a menu by its shape), not
				// its menu: the menu under it ends the header.
				for k := i + 1; k <= zone && k < len(blocks); k++ {
					if m := verticalMenu(body, blocks, feats, k); m > 0 {
						t, menu = k, m
						break
					}
				}
			}
			break
		}
		if menu = verticalMenu(body, blocks, feats, i); menu > 0 {
			t = i
			break
		}
	}
	end, head := t, t+1 // the header is the lines before end; the headline is at head
	if menu > 0 {
		// A menu one item a line is the header's too: none of its
		// lines is a trail of its own.
		end, head = t+menu, t+menu
		if head < len(blocks) && feats[head].trail {
			// The trail under the menu ("Sie befinden sich hier:
			// Start › …") closes the header; the headline is under it.
			end, head = head+1, head+1
		}
	}
	switch {
	case (t > 0 || menu > 0) && head < len(blocks) && headlineEnd(line(head)) && feats[head].words <= DefaultHeadlineMaxWords &&
		!label(line(head)):
	case t < 0:
		// No trail nor menu: a blog's post line ("Posted by admin")
		// under the post's title, with the site's masthead and tagline
		// above the title.
		for i := 2; i < len(blocks) && i <= HeaderMaxLines+1; i++ {
			if feats[i].postMeta {
				end = i - 1
				break
			}
		}
		if end <= 0 || fullStop(line(end)) || feats[end].words > DefaultHeadlineMaxWords {
			return 0, 0
		}
	default:
		return 0, 0 // no headline under the trail: the line above it may be the headline
	}
	headKey := ""
	if titled {
		headKey = titleHeadKey(title)
	}
	repeats := func(k int) bool { // the page's headline, repeating the title
		return k < len(blocks) && (dups[k] || headKey != "" && normKey(line(k)) == headKey)
	}
	switch {
	case titled && t >= 0 && (repeats(head) || repeats(head+1)):
		start = 1 // the page's title over its header, its headline under it
	case titled && t >= 0 && repeats(head+2) && dateLine(line(head+1), feats[head+1].words):
		// The section's name under the menu, then the page's date
		// line over the headline ("Police Department News" over
		// "Posted on: November 16, 2025"): the name is the header's,
		// the date line dates the story and stays.
		start, end = 1, head+1
	}
	if t > HeaderMaxLines && start == 0 {
		return 0, 0
	}
	heads := []string{normKey(title)}
	if t >= 0 && menu == 0 {
		trail := line(t)
		if k := strings.LastIndexAny(trail, "»›>"); k >= 0 {
			trail = trail[k+1:]
		}
		heads = append(heads, normKey(trail))
	}
	for i := start; i < end; i++ {
		if start == 1 && !blocks[i].credit && (feats[i].consent || feats[i].words <= addressBlockMaxWords && contactItems(line(i)) ||
			feats[i].score(edgeWeight(i, len(blocks)), false).score >= DefaultThreshold || menuEllipsis(line(i), feats[i].words)) {
			continue // a titled header's consent banner, contact bar, account bar or a menu's item
		}
		if blocks[i].credit || fullStop(line(i)) && !legalForm(line(i)) || feats[i].words > HeaderMaxWords || slices.Contains(heads, normKey(line(i))) {
			return 0, 0
		}
	}
	return start, end
}

// titleHeadKey returns the key (normKey) of a page title's headline
// part, the words before its last bar ("Statement on … | Calder Falls,
// OH - Official Website"), or "" when the title has no bar. The site's
// part may run longer than a near repeat's suffix (maxSuffixWords).
func titleHeadKey(title string) string {
	k := strings.LastIndex(title, " | ")
	if k <= 0 {
		return ""
	}
	return normKey(title[:k])
}

// dateLineMaxWords bounds a page's date line over its headline: a label
// and a date ("Posted on: November 16, 2025", "Published: Tuesday 4
// March 2025").
const dateLineMaxWords = 6

// dateLine reports whether line, of words words, is a page's date line:
// short (dateLineMaxWords), ending no sentence, and holding a year and
// a figure or a month's name (datedWords).
func dateLine(line string, words int) bool {
	line = strings.TrimSpace(line)
	return words > 0 && words <= dateLineMaxWords && !fullStop(line) && datedWords(strings.Fields(line)) &&
		strings.ContainsFunc(line, unicode.IsDigit)
}

// menuEllipsis reports whether line, of words words, is a menu's item
// that trails off in an ellipsis, the mark of a drop-down ("How Do
// I...", "More…"): at most menuMaxItemWords words, no sentence.
func menuEllipsis(line string, words int) bool {
	line = strings.TrimSpace(line)
	return words > 0 && words <= menuMaxItemWords && (strings.HasSuffix(line, "...") || strings.HasSuffix(line, "…")) &&
		!strings.HasSuffix(strings.TrimRight(line, ".…"), ".")
}

// legalForms are the abbreviated legal forms a masthead's name may end
// with, its last full stop theirs and no sentence's: a registered
// association ("Heimatverein Lippinschütz e. V.", Sorbian "z. t."), a
// company ("Ltd.", "Inc.", "s.r.o.").
var legalForms = []string{" e. V.", " e.V.", " z. t.", " z.t.", " Ltd.", " Inc.", " Co.", " Corp.", " S.A.", " s.r.o.", " d.o.o.", " a.s.", " n.v.", " N.V.", " B.V."}

// legalForm reports whether line ends with one of legalForms.
func legalForm(line string) bool {
	line = strings.TrimRight(line, " \t")
	return slices.ContainsFunc(legalForms, func(f string) bool { return strings.HasSuffix(line, f) })
}

// label reports whether line is a label ending in a colon ("Share:",
// "ಹಂಚಿಕೊಳ್ಳಿ:", "Tags:"), a share row's or a list's heading: no headline
// ends so.
func label(line string) bool {
	line = strings.TrimRight(line, " \t")
	return strings.HasSuffix(line, ":") || strings.HasSuffix(line, "：")
}

// verticalMenu returns how many lines from block i on are a site's menu
// set one item a line, as a page's menu bar reads when its links lose
// their markup without losing their line breaks: menuMinItems or more
// lines with no blank line between them, the first naming the home page
// (homeWords), each of at most menuMaxItemWords words and ending no
// sentence ("Kryefaqja", "Lajme", "Histori", "Foto", "Kontakt"). The
// theme's menu toggle may stand above the items, a line that is only
// the word for a menu (menuLabels: "Menu", "Dewislen", "મેનુ"), as
// WordPress's themes print their button over the navigation; it is
// the menu's line too. 0 when there is none.
func verticalMenu(body string, blocks []block, feats []features, i int) int {
	start := i
	if feats[i].words > 2 {
		return 0 // most lines: longer than a home page's name, which is one word or two
	}
	if menuLabels[strings.ToLower(strings.TrimSpace(body[blocks[i].span.Start:blocks[i].span.End]))] && i+1 < len(blocks) && !blocks[i+1].credit {
		i++ // the toggle over the items, with a blank line between them or none
	}
	if feats[i].words > 2 || !homeWords[strings.ToLower(strings.TrimSpace(body[blocks[i].span.Start:blocks[i].span.End]))] {
		return 0
	}
	j := i + 1
	for j < len(blocks) && blocks[j].span.Start == blocks[j-1].span.End+1 && !blocks[j].credit &&
		feats[j].words >= 1 && feats[j].words <= menuMaxItemWords && !feats[j].endStop {
		j++
	}
	if j-i < menuMinItems {
		return 0
	}
	return j - start
}

// MenuEnd reports whether text opens with a site's menu set one item a
// line, by verticalMenu's rule on a text's lines: the theme's menu
// toggle if any (menuLabels, blank lines after it), the home page's
// item (homeWords), then menuMinItems items or more in all, each of at
// most menuMaxItemWords words and ending no sentence, with no blank
// line between them; and the byte offset just past its last item.
// Package ingest reads a plain text's headline below it, as below a
// breadcrumb trail.
func MenuEnd(text string) (int, bool) {
	pos := 0
	line := func() (string, bool) { // the line at pos
		if pos >= len(text) {
			return "", false
		}
		l, _, _ := strings.Cut(text[pos:], "\n")
		return l, true
	}
	first, ok := line()
	if !ok || len(first) > menuLineMaxBytes {
		return 0, false // most texts: a line longer than a menu's word
	}
	if menuLabels[strings.ToLower(strings.TrimSpace(first))] {
		pos += len(first) + 1
		for l, ok := line(); ok && strings.TrimSpace(l) == ""; l, ok = line() {
			pos += len(l) + 1
		}
	}
	if home, ok := line(); !ok || len(home) > menuLineMaxBytes || !homeWords[strings.ToLower(strings.TrimSpace(home))] {
		return 0, false
	}
	items, end := 0, 0
	for l, ok := line(); ok; l, ok = line() {
		if n := len(strings.Fields(l)); n == 0 || n > menuMaxItemWords || endsSentence(strings.TrimSpace(l)) {
			break
		}
		items++
		end = pos + len(l)
		pos += len(l) + 1
	}
	return end, items >= menuMinItems
}

// menuLineMaxBytes bounds a menu toggle's or a home page's line: a word
// or two of any script ("Strona główna", "મુખ્ય પૃષ્ઠ": 31 bytes).
const menuLineMaxBytes = 64

// ownNotice reports whether a copyright line naming name is the page's
// own notice: every word of name is a word of site, the page's site name
// ("Copyright 2025 WKCT. All rights reserved." on "WKCT NewsCenter 6"),
// or every word of site one of name's (the company behind the masthead:
// "© 2025 KiwiFeed Media Limited" under "KiwiFeed").
// The site's own notice says whose the page is, which Meta.Site already
// says; it credits no source, and is the footer's legal chrome.
func ownNotice(name, site string) bool {
	nw, sw := strings.Fields(strings.ToLower(name)), strings.Fields(strings.ToLower(site))
	if len(nw) == 0 || len(sw) == 0 {
		return false
	}
	// Words compare without the punctuation and the quotation marks
	// around them: "МАУ «Редакция газеты «Сыалаах сулуһа»" names the
	// site "«Сыалаах сулуһа»".
	const around = ".,«»\"“”„"
	within := func(small, big []string) bool {
		for _, w := range small {
			if !slices.ContainsFunc(big, func(b string) bool { return strings.Trim(b, around) == strings.Trim(w, around) }) {
				return false
			}
		}
		return true
	}
	return within(nw, sw) || within(sw, nw)
}

// ownHostNotice reports whether a copyright notice's owner is the site's
// name exactly with the site's host in brackets after it ("ⓒ
// 서해매일신문(www.seohaemaeil.example), 무단전재 및 재배포 금지" on
// 서해매일신문's page). Only the whole name counts: a notice naming the
// site among other words, its group's name before it, may be the
// story's own text as the page prints it.
func ownHostNotice(name, site string) bool {
	owner := siteHostTail(name)
	return owner != name && site != "" && strings.EqualFold(owner, strings.TrimSpace(site))
}

// endsComma reports whether line ends, before trailing space, with a
// comma of the Latin, Arabic or Han scripts.
func endsComma(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(line, unicode.IsSpace))
	return r == ',' || r == '،' || r == '，' || r == '、'
}

// viaTailMaxWords bounds each line of the page's own furniture under an
// aggregator's link out: the headlines of its lists ("Top stories near
// you", "Town centre car park charges to rise from October"), a footer
// row, and its blurb about itself, one or two short sentences ("NewsDial
// brings you stories from 1,400 publishers. Headlines and excerpts are
// shown under licence from their publishers.", 19 words). A story's
// paragraph runs longer; one of them in the tail keeps the whole tail.
const viaTailMaxWords = 24

// viaLineMaxWords bounds the link out itself: "Read the full story at
// Ludmoor Evening Star" and its like are a short line of their own, not
// a sentence crediting a source inside a paragraph.
const viaLineMaxWords = 12

// viaTails removes what an aggregator's page sets under its last link
// out to the source ("Read the full story at X", a via credit alone on
// its line): the excerpt is over there, and what follows is the
// aggregator's own, its related lists, its footer row, its blurb and
// its copyright notice. Only the tail after the last link out counts, so
// a digest of several excerpts, each closed by its link, keeps every
// excerpt; the tail goes only when each of its lines is short
// (viaTailMaxWords) and credits nobody but with a copyright notice,
// which under the link out is the aggregator's own, not the source's.
//
// The link out may also be a bare label that names no source
// ("Zum Originalartikel", "Read the original article", "Lire
// l'article original": originalLinks), the credit line over it or the
// link's address naming it: the label is a link and no credit, so it
// goes, and the tail under it is read as under a via credit.
func viaTails(body string, blocks []block) {
	v := -1
	for i := range blocks {
		b := &blocks[i]
		if b.removed {
			continue
		}
		line := body[b.span.Start:b.span.End]
		if b.via && len(strings.Fields(line)) <= viaLineMaxWords {
			v = i
		}
		if !b.credit && originalLink(line) {
			b.removed, b.class, b.reason, b.score = true, classChrome, ReasonNavigation, 1
			v = i
		}
	}
	if v < 0 || v == len(blocks)-1 {
		return
	}
	for i := v + 1; i < len(blocks); i++ {
		b := &blocks[i]
		if b.removed {
			continue
		}
		if b.credit && !b.copyright || len(strings.Fields(body[b.span.Start:b.span.End])) > viaTailMaxWords {
			return
		}
	}
	for i := v + 1; i < len(blocks); i++ {
		b := &blocks[i]
		if b.removed {
			continue
		}
		if b.copyright {
			b.dropNotice()
			continue
		}
		b.removed, b.class, b.reason, b.score = true, classChrome, ReasonNavigation, 1
	}
}

// originalLinks are the labels of an aggregator's bare link out to
// the article it copied, the whole line, lower case, its apostrophes
// straight: English, German, French, Spanish, Italian, Portuguese and
// Dutch, as aggregators word them. Each says "to the original
// article" with a verb or a preposition; the noun alone ("Original
// article") may head a correction's quotation and is left out.
var originalLinks = barSet(`read the original article | read original article | view original article |
	view the original article | go to the original article | to the original article | see the original article |
	zum originalartikel | zum original-artikel | zum originalbeitrag | originalartikel lesen | originalartikel öffnen |
	lire l'article original | voir l'article original | lire l'article d'origine | voir l'article d'origine |
	accéder à l'article original | ver artículo original | ver el artículo original | leer el artículo original |
	ir al artículo original | leggi l'articolo originale | vai all'articolo originale | leggi l'articolo originario |
	ver artigo original | ver o artigo original | ler o artigo original | ir para o artigo original |
	naar het originele artikel | lees het originele artikel | bekijk het originele artikel |
	xem bài gốc | đọc bài gốc | xem bài viết gốc | xem nguyên bài`)

// originalHostLinks join the site of the original to an originalLinks
// label ("Zum Originalartikel auf hochrhein-kurier.example", "Read the
// original article on example.com", "Xem bài gốc tại …"): the word
// before a host name.
var originalHostLinks = []string{" auf ", " on ", " at ", " sur ", " en ", " su ", " em ", " op ", " tại ", " trên "}

// originalLinkMaxBytes bounds a line worth looking up in
// originalLinks: the longest label with its arrow runs under 40 bytes,
// and a host after it (originalHostLinks) under 40 more.
const originalLinkMaxBytes = 80

// originalLink reports whether line is one of originalLinks, an arrow
// or a guillemet after it or none ("Zum Originalartikel »").
func originalLink(line string) bool {
	if len(line) > originalLinkMaxBytes {
		return false
	}
	l := strings.TrimRight(strings.TrimSpace(line), " »›→>")
	l = strings.ReplaceAll(strings.ToLower(l), "’", "'")
	l = strings.Join(strings.Fields(l), " ")
	if originalLinks[l] {
		return true
	}
	for _, on := range originalHostLinks {
		if i := strings.LastIndex(l, on); i > 0 && hostName(l[i+len(on):]) {
			return originalLinks[l[:i]]
		}
	}
	return false
}

// actionRowMinButtons is the least number of one-word buttons in an
// action row (actionRows): "Save  Share" and a third action.
const actionRowMinButtons = 2

// actionItemMaxWords bounds an action row's item: a button's label of a
// few words ("Hide stories from this source", 5). actionRowMaxWords
// bounds the row: a handful of such buttons.
// actionRowMinItems is the least number of items in the row: two
// buttons and one more ("Save  Share  Hide stories from this source").
const (
	actionRowMinItems  = 3
	actionItemMaxWords = 5
	actionRowMaxWords  = 16
)

// actionButtons are the one-word buttons of a story's action row, lower
// case: save, share, hide, like, follow, print, bookmark, report, in
// English, French, German, Spanish, Italian, Portuguese and Dutch.
var actionButtons = map[string]bool{
	"save": true, "share": true, "hide": true, "like": true, "follow": true, "print": true, "bookmark": true,
	"report": true, "mute": true, "block": true, "unfollow": true,
	"enregistrer": true, "partager": true, "masquer": true, "suivre": true, "imprimer": true,
	"speichern": true, "teilen": true, "ausblenden": true, "folgen": true, "drucken": true, "merken": true,
	"guardar": true, "compartir": true, "ocultar": true, "seguir": true, "imprimir": true,
	"salva": true, "condividi": true, "nascondi": true, "segui": true, "stampa": true,
	"salvar": true, "compartilhar": true, "partilhar": true,
	"opslaan": true, "delen": true, "verbergen": true, "volgen": true, "afdrukken": true,
}

// actionRows removes a story's action row set on one line, its buttons
// parted by runs of spaces as a plain-text copy of an app's page gives
// them ("Save  Share  Hide stories from this source"): actionRowMinItems
// or more items (spacedItems) of at most actionItemMaxWords words ending no
// sentence, actionRowMinButtons or more of them a one-word button
// (actionButtons). A story's sentence with the same verbs is not broken
// into runs of spaces.
func actionRows(body string, blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if b.credit || b.class == classChrome || b.words > actionRowMaxWords {
			continue
		}
		line := body[b.span.Start:b.span.End]
		if !strings.Contains(line, "  ") && !strings.ContainsRune(line, '\t') {
			continue
		}
		items := spacedItems(line)
		if len(items) < actionRowMinItems {
			continue
		}
		n := 0
		for _, it := range items {
			if w := len(strings.Fields(it)); w > actionItemMaxWords || endsSentence(it) {
				n = 0
				break
			}
			if actionButtons[strings.ToLower(it)] {
				n++
			}
		}
		if n >= actionRowMinButtons {
			b.class, b.score, b.reason = classChrome, 1, ReasonShare
		}
	}
}
