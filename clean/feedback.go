package clean

import "strings"

// feedbackPhrases open a page's correction or feedback link, lower
// case, the typographic apostrophe as the plain one: the box under a
// story that asks the reader to report an error in it ("Spotted an
// error in this story? Send feedback to the editors"), or the
// aggregator's link to report a problem with the page it shows
// ("Report a problem with this page | IslaFeed home") or asks how the
// page served the reader ("How was your experience with this
// article?"), in English,
// French, German, Spanish, Italian, Portuguese and Dutch, as news
// sites' and aggregators' themes print them.
var feedbackPhrases = []string{
	"spotted an error", "spotted a mistake", "spotted a typo", "found an error", "found a mistake", "found a typo",
	"see an error", "see a mistake", "notice an error", "noticed an error",
	"report an error", "report a mistake", "report a typo", "report a problem", "report an issue",
	"report this article", "report this page", "suggest a correction", "submit a correction", "request a correction",
	"send feedback", "send us feedback", "send us a correction",
	// A portal's feedback widget under the story it shows, which asks
	// about the page, not the story ("How was your experience with this
	// article?", "Give feedback to Horizon").
	"how was your experience with this", "give feedback to", "give us feedback",
	"signaler une erreur", "signaler une coquille", "signaler un problème", "signaler un contenu",
	"vous avez repéré une erreur", "vous avez remarqué une erreur", "une erreur dans cet article",
	"fehler melden", "fehler gefunden", "fehler entdeckt", "einen fehler gefunden", "einen fehler entdeckt", "problem melden",
	"reportar un error", "reportar un problema", "informar de un error", "notificar un error", "¿has visto un error", "¿has encontrado un error",
	"segnala un errore", "segnala un problema", "hai trovato un errore", "hai notato un errore",
	"reportar um erro", "reportar um problema", "encontrou um erro", "viu um erro", "comunicar um erro",
	"fout gezien", "een fout gezien", "fout melden", "een fout melden", "probleem melden",
	// Welsh public bodies' "Rhoi gwybod am broblem gyda'r dudalen hon"
	// (report a problem with this page) and "… am gamgymeriad" (… a
	// mistake).
	"rhoi gwybod am broblem", "rhoi gwybod am gamgymeriad", "rhoi gwybod am wall", "adrodd problem",
}

// feedbackMaxWords bounds a feedback link's line: the call and its
// link ("Spotted an error in this story? Send feedback to the editors",
// 11 words). Twelve leaves room for a longer language; a story's
// sentence about a reported error is longer and says who reported what.
const feedbackMaxWords = 12

// feedbackLine reports whether line, of words words, opens with one of
// feedbackPhrases in at most feedbackMaxWords words, or is such a link
// in two languages parted as bilingual sites part them (bilingualSeps:
// "Rhoi gwybod am broblem gyda'r dudalen hon / Report a problem with
// this page"), each half a feedback link of its own length, one of them
// opening with a phrase.
func feedbackLine(line string, words int) bool {
	if words == 0 || words > 2*feedbackMaxWords {
		return false
	}
	if words <= feedbackMaxWords && feedbackOpens(line) {
		return true
	}
	for _, sep := range bilingualSeps {
		a, b, ok := strings.Cut(line, sep)
		if !ok || len(strings.Fields(a)) > feedbackMaxWords || len(strings.Fields(b)) > feedbackMaxWords {
			continue
		}
		if feedbackOpens(a) || feedbackOpens(b) {
			return true
		}
	}
	return false
}

// feedbackOpens reports whether line opens with one of feedbackPhrases.
func feedbackOpens(line string) bool {
	l := strings.ReplaceAll(strings.ToLower(strings.TrimLeft(strings.TrimSpace(line), "¿¡")), "’", "'")
	for _, p := range feedbackPhrases {
		p = strings.TrimLeft(p, "¿")
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// feedbackAnswerMaxWords bounds a line between the two feedback lines
// of one widget: its answer buttons, one a line ("👍 Good", "👎 Not
// good", "Yes", "No"), three words at most with their icons.
const feedbackAnswerMaxWords = 3

// feedbackAnswersMax bounds the answer buttons between a widget's
// question and its link: two ("Good", "Not good") or a scale of five.
const feedbackAnswersMax = 5

// feedbackPair returns the index of a second feedback line (feedbackLine)
// under blocks[i] in its paragraph, with at most feedbackAnswersMax
// short lines between them (feedbackAnswerMaxWords), or -1: a portal's
// feedback widget, its question, its answer buttons and its link ("How
// was your experience with this article?", "👍 Good", "👎 Not good",
// "Give feedback to Horizon"). Two such lines vouch for each other
// and for the buttons between them; a story's subhead about reporting a
// problem is one line over the story's paragraphs.
func feedbackPair(body string, blocks []block, feats []features, i int) int {
	for k := i + 1; k < len(blocks) && k <= i+1+feedbackAnswersMax && !blocks[k].afterBlank; k++ {
		if blocks[k].credit {
			return -1
		}
		if feedbackLine(body[blocks[k].span.Start:blocks[k].span.End], feats[k].words) {
			return k
		}
		if feats[k].words > feedbackAnswerMaxWords {
			return -1
		}
	}
	return -1
}

// feedbackBoxes removes a page's feedback box: the widget's lines from
// its question to its link when both are feedback lines (feedbackPair),
// or else a feedback link's line (feedbackLine) and, when the two make
// the box's paragraph alone, the one line under it that says where the message goes ("Your message
// goes to SciStream's editors. Because of the volume of mail we
// receive, we cannot reply to every message."), under a paragraph's
// least length. The box stands among the page's chrome: chrome (or a
// line leaning to chrome, which the context pass has not yet decided)
// or the text's edge above its paragraph or below it, so that a subhead of a
// story about reporting problems ("Report a problem with your bins
// online", with the story's paragraphs round it) stays.
func feedbackBoxes(body string, blocks []block, feats []features) {
	for i := range blocks {
		b := &blocks[i]
		if b.credit || !feedbackLine(body[b.span.Start:b.span.End], feats[i].words) {
			continue
		}
		if end := feedbackPair(body, blocks, feats, i); end > i {
			for k := i; k <= end; k++ {
				blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonNavigation
			}
			continue
		}
		end := i
		if n := i + 1; n < len(blocks) && !blocks[n].afterBlank && !blocks[n].credit && feats[n].words < longWords &&
			(n+1 == len(blocks) || blocks[n+1].afterBlank || blocks[n+1].class == classChrome) {
			end = n
		}
		chromeLeaning := func(b *block) bool {
			return !b.credit && (b.class == classChrome || b.class == classNearChrome)
		}
		above := i == 0 || chromeLeaning(&blocks[i-1])
		below := end+1 == len(blocks) || chromeLeaning(&blocks[end+1])
		if !above && !below {
			continue
		}
		for k := i; k <= end; k++ {
			blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonNavigation
		}
	}
}
