package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the furniture of a government or municipal portal:
// the service boxes its template sets beside or under every page (the
// council's opening hours, its useful links, a box to report a fault or
// a problem, the fraud or emergency hotline), the contact bar over its
// masthead and the postal address in its footer. Every country's
// portals carry the same boxes, so they are known by the headings their
// templates give them, in many languages, and by their place among the
// page's chrome; a story's subhead with the same words stands among the
// story's paragraphs and stays.

// serviceHeadings are the headings of a portal's service boxes, lower
// case, without a closing colon, as the templates of municipal,
// regional and national government sites print them: useful links,
// opening or office hours, report a fault or a problem, hotlines and
// emergency numbers, e-services; in English, German, French, Spanish,
// Italian, Portuguese, Dutch, Polish, Czech, Russian and Ukrainian.
// The Nordic municipal templates (Danish, Norwegian, Swedish, Finnish,
// Icelandic) name the citizens' service desk itself ("Kontakt
// Borgerservice", "Servicetorget", "Kontaktcenter", "Asiakaspalvelu",
// "Þjónustuver") and the box that sends the reader to the state's
// digital mailbox ("Digital post", Denmark's; "Digital postkasse",
// Norway's; "Digital brevlåda", Sweden's; "Suomi.fi-viestit";
// Iceland's "Stafrænt pósthólf"), a notice every page of theirs carries.
// "Решаем вместе" (let's decide together) is the title of the federal
// feedback widget every Russian government portal embeds (Gosuslugi's
// "POS" widget), a template string as "Skip to content" is a CMS's.
var serviceHeadings = barSet(strings.Join([]string{
	"useful links|quick links|opening hours|office hours|opening times|business hours|report a fault|report a problem",
	"report an issue|fraud hotline|anti-fraud hotline|corruption hotline|emergency numbers|emergency contacts|useful numbers",
	"e-services|online services|citizen services",
	"nützliche links|wichtige links|öffnungszeiten|sprechzeiten|servicezeiten|mängelmelder|schaden melden|notrufnummern|wichtige telefonnummern",
	"liens utiles|horaires d'ouverture|horaires|signaler un problème|numéros utiles|numéros d'urgence|démarches en ligne",
	"enlaces de interés|enlaces útiles|horario de atención|horarios de atención|teléfonos de interés|teléfonos útiles|sede electrónica",
	"link utili|collegamenti utili|orari di apertura|orari di apertura al pubblico|numeri utili|numeri di emergenza|segnala un disservizio",
	"links úteis|ligações úteis|horário de atendimento|horário de funcionamento|telefones úteis|contactos úteis",
	"handige links|nuttige links|openingstijden|openingsuren|melding doen|een melding doen|belangrijke nummers",
	"przydatne linki|godziny pracy|godziny otwarcia|godziny urzędowania|ważne telefony|telefony alarmowe",
	"užitečné odkazy|úřední hodiny|otevírací doba|důležitá telefonní čísla",
	"полезные ссылки|режим работы|график работы|часы приема|часы приёма|сообщить о проблеме|решаем вместе|горячая линия|телефон доверия|телефоны экстренных служб",
	"корисні посилання|графік роботи|режим роботи|гаряча лінія|повідомити про проблему",
	"åbningstider|telefontider|borgerservice|nyttige links|digital post|digitale postkasse|tjek din digitale post",
	"åpningstider|servicetorget|innbyggerservice|nyttige lenker|digital postkasse",
	"öppettider|kontaktcenter|medborgarservice|användbara länkar|digital brevlåda|digital post",
	"aukioloajat|asiakaspalvelu|palvelupiste|hyödyllisiä linkkejä|suomi.fi-viestit",
	"opnunartími|afgreiðslutími|þjónustuver|gagnlegir tenglar|stafrænt pósthólf",
}, "|"))

// serviceBoxMaxLines bounds a service box's paragraph: its heading and
// a few links, the hours of a week (five lines and a lunch break), or
// two boxes the text set in one paragraph ("Report a Fault", its blurb,
// "Fraud Hotline", its number). A story's paragraph under a subhead of
// these words goes on longer or reads as prose.
const serviceBoxMaxLines = 8

// serviceOwnerWords bounds the owner's name a template may set before a
// service box's heading: "Council Office Hours", "Town Hall Opening
// Hours", "Library Opening Times" put one or two words there.
const serviceOwnerWords = 2

// serviceHeading reports whether line, of words words, is a service
// box's heading alone (serviceHeadings), a colon after it allowed, or
// one under up to serviceOwnerWords words of its owner's name, every
// word capitalised as a template's heading is ("Council Office Hours").
// A story's subhead "Longer office hours" is in sentence case, and the box is
// judged by its place among chrome as well (serviceBoxes).
func serviceHeading(line string, words int) bool {
	if words == 0 || words > 6+serviceOwnerWords {
		return false
	}
	trimmed := strings.TrimRight(strings.TrimSpace(line), ": ")
	l := strings.ReplaceAll(strings.ToLower(trimmed), "’", "'")
	if serviceHeadings[l] {
		return words <= 6
	}
	f, lf := strings.Fields(trimmed), strings.Fields(l)
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	for n := 1; n <= serviceOwnerWords && n < len(f); n++ {
		if serviceHeadings[strings.Join(lf[n:], " ")] {
			return true
		}
	}
	return false
}

// serviceBoxes removes a portal's service boxes: a paragraph opened by
// a service heading (serviceHeading), of at most serviceBoxMaxLines
// lines each under a paragraph's least length (longWords), set among
// chrome: the line above the paragraph chrome, or the text's end or a
// chrome line right below it. It runs once the context pass has
// decided the page's lines, top down, so that boxes stacked under a
// story ("Решаем вместе" over "Полезные ссылки") each vouch for the
// next. A story's subhead "Opening hours" has the story's own
// paragraphs above and below it.
func serviceBoxes(body string, blocks []block) {
	for i := 0; i < len(blocks); i++ {
		b := &blocks[i]
		if b.credit || i > 0 && !b.afterBlank || !serviceHeading(body[b.span.Start:b.span.End], b.words) {
			continue
		}
		j := i + 1
		for j < len(blocks) && !blocks[j].afterBlank && !blocks[j].removed {
			j++
		}
		if j == i+1 && j < len(blocks) && !blocks[j].removed {
			// The heading alone in its paragraph: the box's body is the
			// paragraph under it, as a template that sets the heading
			// and the box's text in two elements leaves them.
			j++
			for j < len(blocks) && !blocks[j].afterBlank && !blocks[j].removed {
				j++
			}
		}
		if j-i > serviceBoxMaxLines {
			continue
		}
		short := true
		for k := i; k < j; k++ {
			if blocks[k].credit || blocks[k].words >= longWords {
				short = false
			}
		}
		above := i == 0 || blocks[i-1].removed && !blocks[i-1].credit
		below := j == len(blocks) || blocks[j].removed && !blocks[j].credit
		if !short || !above && !below {
			continue
		}
		for k := i; k < j; k++ {
			decideRemoved(&blocks[k], ReasonNavigation)
		}
		i = j - 1
	}
}

// decideRemoved decides b chrome after the context pass.
func decideRemoved(b *block, reason string) {
	b.class, b.score, b.reason, b.removed = classChrome, 1, reason, true
}

// postBoxWords open a postal box's item in an address, lower case: a
// post office box or a private bag (South Africa's, Botswana's,
// Kenya's), in English, German, French, Spanish, Italian, Portuguese,
// Dutch and Russian.
var postBoxWords = []string{
	"po box", "p.o. box", "p o box", "p.o box", "private bag", "postbus", "postfach", "bp ", "b.p. ", "boîte postale",
	"apartado", "casilla", "casella postale", "caixa postal", "а/я", "абонентский ящик",
}

// addressMinItems is the fewest comma-parted items of a postal address
// line: the owner or the street, the town and the postcode.
const addressMinItems = 3

// addressLine reports whether line, of words words, is a postal
// address: at least addressMinItems items parted by commas, none
// ending a sentence, one of them a postal box (postBoxWords) or a
// postcode alone (four to six digits) opening or closing the line
// ("…, Private Bag X5001, Vhufuli, 0950"; "429915, Чувашская
// Республика, …"). A sentence naming a place has its verb and its
// words between the commas; a year closing a list is four digits too,
// so a lone four-digit item must close a line that also holds a
// postal box or opens with a capitalised name.
func addressLine(line string, words int) bool {
	line = strings.TrimSpace(line)
	if words == 0 || words > contactMaxWords || fullStop(line) {
		return false
	}
	items := strings.Split(line, ",")
	if len(items) < addressMinItems {
		return false
	}
	box := false
	for _, it := range items {
		l := strings.ToLower(strings.TrimSpace(it)) + " "
		for _, w := range postBoxWords {
			if strings.HasPrefix(l, w) {
				box = true
			}
		}
	}
	code := func(s string, min int) bool {
		s = strings.TrimSpace(s)
		if len(s) < min || len(s) > 6 {
			return false
		}
		for _, r := range s {
			if !unicode.IsDigit(r) {
				return false
			}
		}
		return true
	}
	first, last := items[0], items[len(items)-1]
	return box && (code(last, 4) || code(first, 4)) || code(first, 6) || code(last, 5)
}

// addressBlockMaxWords bounds a line of a footer's address block: the
// office's telephone with its hours ("Телефон: 8 (83540) 2-31-45. Режим
// работы: пн–пт 8:00–17:00, обед 12:00–13:00", 17 words as the numbers
// count). A story's sentence is longer or ends with its full stop.
const addressBlockMaxWords = 20

// footerAddresses removes a portal's address block in its footer: a
// run of lines from a paragraph's start to its end or to a chrome line
// or the copyright notice under it, set under chrome and over the
// text's end, chrome or the copyright notice, each short
// (addressBlockMaxWords) and ending no
// sentence, one of them a postal address (addressLine) and the others
// the office's name, its telephone and its hours. A press release's
// contact block under its own text has the text, not chrome, above it,
// and stays.
func footerAddresses(body string, blocks []block) {
	for i := 1; i < len(blocks); i++ {
		b := &blocks[i]
		if !b.afterBlank || b.removed || !blocks[i-1].removed || blocks[i-1].credit {
			continue
		}
		j, address, ok := i, false, true
		for ; j < len(blocks) && (j == i || !blocks[j].afterBlank) && !blocks[j].removed && !blocks[j].copyright; j++ {
			line := strings.TrimSpace(body[blocks[j].span.Start:blocks[j].span.End])
			if blocks[j].credit || blocks[j].words > addressBlockMaxWords || fullStop(line) {
				ok = false
				break
			}
			address = address || addressLine(line, blocks[j].words)
		}
		if !ok || !address || j-i > 4 {
			continue
		}
		if j < len(blocks) && !blocks[j].removed && !blocks[j].copyright {
			continue
		}
		for k := i; k < j; k++ {
			decideRemoved(&blocks[k], ReasonNavigation)
		}
		i = j - 1
	}
}

// contactBars removes a portal's contact bar over its masthead: a
// contact line of two or more items (contactLine: "Tel: … | Email: … |
// After-hours emergencies: …") with chrome or the text's edge on both
// sides, the skip link above it and the site's name below. The footer's
// contact block is footerContacts'.
func contactBars(body string, blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if b.removed || b.credit {
			continue
		}
		line := body[b.span.Start:b.span.End]
		bar := false
		for _, sep := range contactSeps {
			bar = bar || strings.Contains(line, sep)
		}
		if !bar || !contactLine(line, b.words) {
			continue
		}
		above := i == 0 || blocks[i-1].removed && !blocks[i-1].credit
		below := i+1 == len(blocks) || blocks[i+1].removed && !blocks[i+1].credit
		if above && below {
			decideRemoved(b, ReasonNavigation)
		}
	}
}

// otherWords open an other-news box's heading, and newsNouns name what
// it lists, lower case (otherLabel): English, German, French, Spanish,
// Italian, Portuguese, Dutch, Polish and Russian.
var (
	otherWords = set(`other more andere weitere autres otras otros altre altri outras outros overige ander inne другие`)
	newsNouns  = set(`news stories articles posts updates notices releases nachrichten meldungen artikel beiträge
		actualités nouvelles articles noticias notizie notícias nieuws berichten wiadomości aktualności новости`)
)

// maxOtherLabelWords bounds an other-news heading: the word for other,
// the noun and an adjective or two for the site's own kind of news
// ("Other municipal news", "Otras noticias del ayuntamiento" is five).
const maxOtherLabelWords = 5

// otherLabel reports whether the words before end are the heading of a
// box of the site's other news: one of otherWords opening the line and
// one of newsNouns after it, the site's own adjective free ("Other
// Municipal News", "Otras noticias municipales", "Другие новости
// района"). The caller has
// checked that the line ends no sentence, and a label stands for a list
// only with titles under it (labelledLists).
func (s *scratch) otherLabel(end int) bool {
	n := len(s.words)
	if n < 2 || n > maxOtherLabelWords || end != len(s.lower) {
		return false
	}
	word := func(k int) []byte { return s.lower[s.words[k][0]:s.words[k][1]] }
	if !otherWords[string(word(0))] {
		return false
	}
	for k := 1; k < n; k++ {
		if newsNouns[string(word(k))] {
			return true
		}
	}
	return false
}

// letterheadMaxLines bounds a letterhead's paragraph: the officer's
// name and title, the postal address, the telephone, e-mail and web
// lines (three in the story sets, four if the telephone and the
// address of the web stand apart). It has two lines at least: a
// contact bar alone at a text's head may be a review's fact box
// ("Tested by: … More info: www… | +49 …", which the Zyte gold keeps).
const letterheadMaxLines = 4

// letterheadMaxAbove bounds the lines over a letterhead: the body's
// name and its tagline or its crest's caption, a paragraph of its own.
const letterheadMaxAbove = 2

// letterheads removes a document's letterhead, as a public body or a
// company prints it at the head of its minutes, reports and notices
// and a plain text keeps it: the text's first paragraph, or the one
// under the body's name (letterheadMaxAbove short lines ending no
// sentence), of two to letterheadMaxLines lines, each short
// (addressBlockMaxWords) and ending no sentence, one of them a contact
// bar of two items or more (contactItems: "Telephone: 01632 960481 |
// Email: clerk@… | www…"), the others the officer's name and the
// postal address ("Town Clerk: Mrs Alison Reeve", "Whitmoor Town
// Hall, Market Place, …"). It is the top's counterpart of
// footerAddresses and contactBars: a story's opening paragraph is a
// sentence, and a press release's contact block ends its text.
func letterheads(body string, blocks []block) {
	line := func(i int) string { return strings.TrimSpace(body[blocks[i].span.Start:blocks[i].span.End]) }
	for i := 0; i < len(blocks) && i <= letterheadMaxAbove; i++ {
		if i > 0 && !blocks[i].afterBlank {
			continue
		}
		above := true
		for k := 0; k < i; k++ {
			above = above && !blocks[k].credit && blocks[k].words <= DefaultHeadlineMaxWords && !fullStop(line(k))
		}
		if !above {
			return
		}
		j, bar := i, false
		for ; j < len(blocks) && (j == i || !blocks[j].afterBlank); j++ {
			b := &blocks[j]
			if b.credit || b.words == 0 || b.words > addressBlockMaxWords || fullStop(line(j)) {
				break
			}
			if contactItems(line(j)) {
				for _, sep := range contactSeps {
					bar = bar || strings.Contains(line(j), sep)
				}
			}
		}
		if !bar || j-i < 2 || j-i > letterheadMaxLines || j == len(blocks) || !blocks[j].afterBlank {
			continue // no contact bar, a line alone, or a paragraph that goes on
		}
		for k := i; k < j; k++ {
			decideRemoved(&blocks[k], ReasonNavigation)
		}
		return
	}
}
