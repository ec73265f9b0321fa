package clean

import (
	"regexp"
	"strings"
	"unicode"
)

// This file holds the boxes a site's template sets under a story, after
// the story's last line, that the line classifier cannot decide from
// one line's words: a form's consent note under fields it has already
// removed, a donation box without a button, the author box a theme
// prints under the post, a back link, and a broadcaster's programme
// promo. Each rule asks for the box's place among the page's chrome as
// well as its words, so that a story's sentence with the same words
// stays.

// formNotePhrases are the consent notes a sign-up form prints under its
// button, lower case, apostrophe folded: that sending the form agrees to
// the processing of the data ("Mit dem Absenden stimmen Sie der
// Verarbeitung Ihrer Daten … zu", "By submitting this form, you agree
// …") or that the reader may leave at any time ("Eine Abmeldung ist
// jederzeit möglich"), in English, German, French, Spanish (in the tú
// and the usted form: "Al suscribirse acepta nuestra Política de
// tratamiento de datos personales."), Italian, Portuguese and Dutch. They join privacyNotePhrases (a newsletter
// box's reassurance) for formNotes; each names the form or the
// subscription, which a story's sentence about a form does not address
// to the reader.
var formNotePhrases = []string{
	"by submitting this form", "by submitting your email", "by subscribing, you agree", "by subscribing you agree",
	"by signing up, you agree", "by signing up you agree", "by clicking subscribe",
	"mit dem absenden stimmen sie", "mit dem absenden des formulars", "mit dem klick auf abonnieren",
	"abmeldung ist jederzeit möglich", "abbestellung ist jederzeit möglich",
	"en soumettant ce formulaire", "en vous inscrivant, vous acceptez", "en vous inscrivant vous acceptez",
	"al enviar este formulario", "al suscribirte, aceptas", "al suscribirte aceptas",
	"al suscribirse, acepta", "al suscribirse acepta", "al suscribirse usted acepta",
	"inviando questo modulo", "iscrivendoti accetti", "ao enviar este formulário", "ao se inscrever, você concorda",
	"door dit formulier te verzenden", "door je in te schrijven", "afmelden kan altijd",
	// The marketing consent a British paper's sign-up form prints by
	// its tick box ("I would like to be emailed about offers, events
	// and updates from …"), and the form's note in Welsh ("Drwy
	// gofrestru rydych yn cytuno i'n polisi preifatrwydd", by
	// registering you agree to our privacy policy).
	"i would like to be emailed about", "i would like to receive emails", "i'd like to be emailed about",
	"i would like to receive offers", "i'd like to receive emails", "i'd like to receive offers",
	"drwy gofrestru rydych yn cytuno", "wrth gofrestru rydych yn cytuno",
}

// formNote reports whether line, of words words, is a sign-up form's
// consent or privacy note (formNotePhrases, privacyNote) under a
// paragraph's least length (longWords).
func formNote(line string, words int) bool {
	if words == 0 || words >= longWords {
		return false
	}
	if privacyNote(line, words) {
		return true
	}
	l := strings.ReplaceAll(strings.ToLower(line), "’", "'")
	for _, p := range formNotePhrases {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// formNotes decides a form's note (formNote) set in the form's
// paragraph right under a line already decided chrome, the form's
// button or field ("E-Mail-Adresse *", "Abonnieren"): a form that a
// plain text keeps on several lines, which formBoxes, reading the field
// and button on one line, does not see. A story's sentence about a form
// stands among the story's lines, not under a button.
func formNotes(body string, blocks []block, feats []features) {
	for i := 1; i < len(blocks); i++ {
		b, above := &blocks[i], &blocks[i-1]
		if b.afterBlank || b.credit || b.class == classChrome || above.class != classChrome || above.credit ||
			above.reason != ReasonPromo && above.reason != ReasonCommentForm {
			continue
		}
		if formNote(body[b.span.Start:b.span.End], feats[i].words) {
			b.class, b.score, b.reason = classChrome, 1, ReasonPromo
		}
	}
}

// donationHeadings are the headings of a donation box, lower case, as
// a charity's, an association's or a reader-funded site's template
// heads the box in its sidebar or footer: the nouns of giving (English,
// German, French, Spanish, Italian, Portuguese, Dutch, Polish, Czech,
// Upper and Lower Sorbian; Croatian, Serbian and Bosnian donacije and
// donacija), besides the box's own buttons
// (membershipButtons), which some templates set as its heading.
var donationHeadings = barSet(`donations | donation | donate | support us | spenden | spende | spendenkonto |
	dons | faire un don | donaciones | donativos | donazioni | doações | donaties | giften |
	darowizny | wesprzyj nas | dary | podpořte nás | darowanje | dary a darowanja | donacije | donacija`)

// donationHeading reports whether line, of words words, is a donation
// box's heading: a donation noun or button (donationHeadings,
// membershipButtons), alone or beside its translation ("Darowanje /
// Spenden", "Spenden | Donate", "Makana · Donate"), as a bilingual
// region's sites set it.
func donationHeading(line string, words int) bool {
	if words == 0 || words > donationHeadingMaxWords {
		return false
	}
	for part := range strings.FieldsFuncSeq(line, func(r rune) bool { return r == '/' || r == '|' || r == '–' || r == '·' }) {
		if l := buttonLabel(part); donationHeadings[l] || membershipButtons[l] {
			return true
		}
	}
	return false
}

// donationHeadingMaxWords bounds a donation box's heading: a noun in
// two languages ("Darowanje / Spenden", three words with the slash) or
// a call ("Unterstützen Sie uns"), four leaving room for both.
const donationHeadingMaxWords = 4

// donationBoxes decides a donation box without a button: its heading
// (donationHeading) over a short appeal in the same paragraph (at most
// membershipBlurbMaxWords words a line, the paragraph's end or chrome
// after it), with chrome (or a line likely chrome) right above the heading: a box in the page's
// tail, under the story, where newsletterBoxes needs a button line. A
// story's subhead ("Spenden", "Donations") stands over the story's own
// paragraph, after the story's lines, not after chrome.
func donationBoxes(body string, blocks []block, feats []features) {
	for i := 1; i+1 < len(blocks); i++ {
		h := &blocks[i]
		if h.credit || h.class == classChrome || blocks[i-1].class < classNearChrome ||
			!donationHeading(strings.TrimSpace(body[h.span.Start:h.span.End]), feats[i].words) {
			continue
		}
		j := i + 1
		for j < len(blocks) && !blocks[j].afterBlank && !blocks[j].credit && blocks[j].class != classChrome &&
			feats[j].words > 0 && feats[j].words <= membershipBlurbMaxWords {
			j++
		}
		if j == i+1 || j < len(blocks) && !blocks[j].afterBlank && blocks[j].class != classChrome {
			continue // no appeal, or a longer paragraph: the story's
		}
		for k := i; k < j; k++ {
			blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonPromo
		}
		i = j - 1
	}
}

// appealStatus are the words a reader-funded site's appeal says of
// itself, lower case, apostrophes folded: that its readers fund it
// ("X is reader-supported", "reader-funded", "listener-supported", as a
// public station says it), that it has no paywall, that it is a
// nonprofit newsroom.
var appealStatus = []string{
	"reader-supported", "reader supported", "reader-funded", "reader funded", "supported by readers",
	"supported by its readers", "funded by readers", "funded by its readers", "member-supported",
	"listener-supported", "viewer-supported", "no paywall", "nonprofit newsroom", "non-profit newsroom",
}

// appealCalls are an appeal's calls to give, lower case, apostrophes
// folded: the request the status leads to ("chip in $5 a month",
// "please make a tax-deductible gift today", "become a member").
var appealCalls = []string{
	"chip in", "donate", "make a gift", "make a donation", "give today", "give now", "please give",
	"become a member", "become a supporter", "support us", "support our work", "support our journalism",
	"consider supporting", "tax-deductible",
}

// readerAppeal reports whether line, of words words, is a reader-funded
// site's appeal in its own voice: it opens with the site's name
// (opensWithSite), is at most donationAppealMaxWords words, and holds
// both what the site says of its funding (appealStatus) and a call to
// give (appealCalls). A story naming its publisher reports on it
// ("Larkdale Local, which is reader-supported, …" opens no line with a
// call to the reader); a fan's call to chip in for a banner names no
// site's funding.
func readerAppeal(line string, words int, site string) bool {
	if words == 0 || words > donationAppealMaxWords || !opensWithSite(line, site) {
		return false
	}
	l := strings.ReplaceAll(strings.ToLower(line), "’", "'")
	status, call := false, false
	for _, p := range appealStatus {
		status = status || strings.Contains(l, p)
	}
	for _, p := range appealCalls {
		call = call || strings.Contains(l, p)
	}
	return status && call
}

// readerAppeals decides a donation box whose heading and button the
// extraction dropped: the appeal alone (readerAppeal), with nothing
// after it but the page's end or lines likely chrome (the tags, the
// author box) — the box in the page's tail, under the story, where
// donationBoxes and newsletterBoxes need the heading or the button.
func readerAppeals(body string, blocks []block, feats []features, site string) {
	for i := range blocks {
		b := &blocks[i]
		if b.credit || b.class == classChrome || !readerAppeal(body[b.span.Start:b.span.End], feats[i].words, site) {
			continue
		}
		tail := true
		for k := i + 1; k < len(blocks) && tail; k++ {
			tail = blocks[k].class >= classNearChrome && !blocks[k].credit
		}
		if tail {
			b.class, b.score, b.reason = classChrome, 1, ReasonPromo
		}
	}
}

// backArrows open a back link: the guillemet, the single angle quote
// and the arrows a template sets before "back to the overview" ("«
// Wróćo k přehladej", "‹ Zurück zur Übersicht", "← Back to news").
const backArrows = "«‹←◄⟵◀"

// backLinkMaxWords bounds a back link: "« Zurück zur Übersicht" has
// three words, "← Back to all news" four; five leaves room for a longer
// language. A French quotation opened by « runs longer, or closes with
// », which no back link has.
const backLinkMaxWords = 5

// backLink reports whether line, of words words, is a back link alone
// on its line: a back arrow (backArrows) opening a few words
// (backLinkMaxWords) that close no sentence and no quotation.
func backLink(line string, words int) bool {
	line = strings.TrimSpace(line)
	if words == 0 || words > backLinkMaxWords || !strings.ContainsAny(firstRune(line), backArrows) {
		return false
	}
	return !strings.ContainsAny(line, "»›\"”“") && !endsSentence(line)
}

func firstRune(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}

// backLinks decides a back link (backLink) that is not yet chrome.
func backLinks(body string, blocks []block, feats []features) {
	for i := range blocks {
		b := &blocks[i]
		if b.credit || b.class == classChrome || !backLink(body[b.span.Start:b.span.End], feats[i].words) {
			continue
		}
		b.class, b.score, b.reason = classChrome, 1, ReasonNavigation
	}
}

// bylineBoxes decides the author box a theme prints under the post
// when it opens with the post's byline said again ("By Redakshon K24",
// which the header printed over the story): the bio under it in the
// same paragraph (one short paragraph's line, ending a sentence: "E
// ekipo di … ta trese bo e notisianan …") and the post navigation's
// titles that may follow in that paragraph, with chrome (or a line
// likely chrome: the comment form's heading) or the end after them. authorBoxes reads the box headed by a name alone; here
// the repeated byline, chrome or likely chrome, with the story's
// paragraphs between its two places, says it: a story prints its
// byline once.
func bylineBoxes(body string, blocks []block) {
	for i := 1; i+1 < len(blocks); i++ {
		name, bio := &blocks[i], &blocks[i+1]
		if name.class < classNearChrome || name.credit || name.words == 0 || name.words > bylineBoxMaxWords ||
			bio.afterBlank || bio.credit || bio.class == classChrome || bio.words >= longWords ||
			!fullStop(body[bio.span.Start:bio.span.End]) {
			continue
		}
		key := normKey(body[name.span.Start:name.span.End])
		story := false // good lines between the byline's two places
		seen := false
		for j := i - 1; j >= 0 && !seen; j-- {
			if normKey(body[blocks[j].span.Start:blocks[j].span.End]) == key {
				seen = story
			}
			story = story || blocks[j].class != classChrome && blocks[j].words >= storyLineMinWords &&
				fullStop(body[blocks[j].span.Start:blocks[j].span.End])
		}
		if !seen {
			continue
		}
		end := i + 2
		for end < len(blocks) && end < i+2+postNavTitles && !blocks[end].afterBlank && (blocks[end].title || blocks[end].ask) && blocks[end].class != classChrome {
			end++
		}
		if end < len(blocks) && blocks[end].class < classNearChrome {
			continue // story text after it: the story's sign-off
		}
		for k := i + 1; k < end; k++ {
			blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonNavigation
		}
		i = end - 1
	}
}

// bylineBoxMaxWords bounds the repeated byline: "By" and a name of up
// to five words ("Redakshon K24", "Maria de los Ángeles Ruiz").
const bylineBoxMaxWords = 6

// storyLineMinWords is the least length of a story's sentence line
// between a byline's two places (bylineBoxes): longer than a byline, a
// date line or a share row, which the header and the box also hold;
// a story's shortest paragraphs run to a dozen words.
const storyLineMinWords = 12

// postNavTitles bounds the post navigation's titles under an author
// box: the previous and the next post.
const postNavTitles = 2

// airtimeVerbs open a broadcaster's programme promo, lower case,
// apostrophe folded: the call to listen, watch or tune in, in English,
// French, Spanish, Portuguese, Italian, German and Dutch.
var airtimeVerbs = splitAll("listen to", "listen in", "watch", "tune in", "tune in to", "catch",
	"écoutez", "regardez", "retrouvez", "escuche", "escucha", "sintonice", "sintoniza", "mire", "vea",
	"ouça", "assista", "sintonize", "ascolta", "ascoltate", "seguite",
	"hören sie", "sehen sie", "schalten sie", "luister naar", "kijk naar")

// airtimeSchedule are the words that give a programme's schedule, lower
// case: the days, nightly and weekly forms and "every", in the same
// languages.
var airtimeSchedule = set(`weeknights weekdays weekends nightly daily every mondays tuesdays wednesdays thursdays
	fridays saturdays sundays weeknight
	chaque tous quotidiennement lundis mardis mercredis jeudis vendredis samedis dimanches
	cada todos todas diariamente lunes martes miércoles jueves viernes sábados domingos
	segunda-feira diariamente
	ogni tutti lunedì martedì mercoledì giovedì venerdì sabato domenica
	jeden jede täglich montags dienstags mittwochs donnerstags freitags samstags sonntags werktags
	elke iedere dagelijks maandag dinsdag woensdag donderdag vrijdag zaterdag zondag`)

// airtimeClock matches a clock time as a schedule gives it: "6:30
// p.m.", "18.30", "18h30", "7pm", "20 Uhr".
var airtimeClock = regexp.MustCompile(`(?i)\b\d{1,2}([:.h]\d{2}|\s?(a\.?m\.?|p\.?m\.?|uhr|h)\b)`)

// airtimeChannels name where a programme airs when the promo gives no
// clock time: the channel, the station or the streaming site.
var airtimeChannels = set(`channel channels tv radio fm youtube podcast chaîne canal kanal sender zender emisora`)

// airtimeMaxWords bounds a programme promo: one sentence of a call, the
// programme's name, its schedule and its channel ("Listen to Nutisia gi
// Fino' CHamoru weeknights at 6:30 p.m. on PBS Guam and on our YouTube
// channel.", 18 words); thirty leaves room for two channels.
const airtimeMaxWords = 30

// airtimePromo reports whether line is a broadcaster's programme promo:
// a short line (airtimeMaxWords) opening with a call to listen or watch
// (airtimeVerbs) that gives a schedule (airtimeSchedule) and a clock
// time or a channel (airtimeClock, airtimeChannels). A story's sentence
// that says people watched or listened does not open on the imperative,
// and a story's call to watch something gives no weekly schedule.
func airtimePromo(line string, words int) bool {
	if words < 4 || words > airtimeMaxWords {
		return false
	}
	lower := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(line)), "’", "'")
	ws := strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' })
	opens := false
	for _, v := range airtimeVerbs {
		if len(ws) > len(v) && equalWords(ws[:len(v)], v) {
			opens = true
			break
		}
	}
	if !opens {
		return false
	}
	schedule, channel := false, false
	for _, w := range ws {
		schedule = schedule || airtimeSchedule[w]
		channel = channel || airtimeChannels[w]
	}
	return schedule && (channel || airtimeClock.MatchString(lower))
}

func equalWords(a, b []string) bool {
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// airtimePromos decides a programme promo (airtimePromo) that is not yet
// chrome.
func airtimePromos(body string, blocks []block, feats []features) {
	for i := range blocks {
		b := &blocks[i]
		if b.credit || b.class == classChrome || !airtimePromo(body[b.span.Start:b.span.End], feats[i].words) {
			continue
		}
		b.class, b.score, b.reason = classChrome, 1, ReasonPromo
	}
}

// aboutHeadings are the headings of a theme's "About" widget, lower
// case, without a closing colon: "About us" and "About" in English,
// German, French, Spanish, Portuguese, Italian and Dutch, as WordPress
// themes' footer and sidebar text widgets print them. A press release's
// boilerplate is headed "About" and the company's name, and stays.
var aboutHeadings = barSet(`about | about us | über uns | à propos | à propos de nous | qui sommes-nous |
	sobre nosotros | quiénes somos | acerca de | acerca de nosotros | sobre nós | quem somos |
	chi siamo | over ons`)

// aboutMaxWords bounds an About widget's blurb: the site's line or two
// about itself ("X brings you the latest news, trends and guides from
// Eswatini and beyond.", 14 words). A story's closing paragraph under a
// subhead is longer, and has no chrome round it.
const aboutMaxWords = 40

// aboutBoxes removes a theme's About widget under the story: a heading
// of aboutHeadings alone on its line and the one short paragraph under
// it (the site's self-description), with chrome or a line leaning to
// chrome above the heading (the comment form, the share bar) and below
// the blurb (the copyright line), or the text's end. The blurb's words
// are the site's own and any, so the box is known by its heading and
// its place among the page's chrome; a story's "About us" subhead has
// the story's paragraphs round it.
func aboutBoxes(body string, blocks []block, feats []features) {
	chromeLeaning := func(b *block) bool {
		return !b.credit && (b.class == classChrome || b.class == classNearChrome)
	}
	for i := 1; i+1 < len(blocks); i++ {
		h, blurb := &blocks[i], &blocks[i+1]
		line := strings.ToLower(strings.TrimRight(strings.TrimSpace(body[h.span.Start:h.span.End]), ":"))
		if h.credit || blurb.credit || !aboutHeadings[line] || !chromeLeaning(&blocks[i-1]) ||
			feats[i+1].words == 0 || feats[i+1].words > aboutMaxWords {
			continue
		}
		if i+2 < len(blocks) && !chromeLeaning(&blocks[i+2]) && !blocks[i+2].copyright {
			continue
		}
		for k := i; k <= i+1; k++ {
			blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonPromo
		}
		i++
	}
}
