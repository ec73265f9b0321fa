package clean

import "strings"

// adHeadingMaxWords bounds an advertising box's heading: the invitation
// and the site's name after it ("Advertise with The Valley Ledger", 5
// words; "Werben Sie bei uns", 4). A story's sentence about advertising
// is longer and ends as a sentence.
const adHeadingMaxWords = 6

// adBlurbMaxWords bounds the blurb under an advertising box's heading:
// the readership it offers and the number to call ("Reach more than
// 20 000 readers a month. Call 015 000 0000.", about 12 words; with an
// e-mail address and the rate card's link, up to twice that). A story's
// paragraph giving a telephone number is longer or has no such heading.
const adBlurbMaxWords = 30

// adHeadings open the heading of a site's advertising box, the sidebar
// or footer widget that sells space to local businesses, lower case:
// English, French, Spanish, Portuguese, Italian, German, Dutch and the
// Scandinavian languages, as themes and sites word it ("Advertise with
// us", "Advertise with <site>", "Annoncez chez nous", "Anúnciate con
// nosotros", "Anuncie aqui", "Pubblicità su <site>", "Werben bei uns",
// "Adverteren bij <site>", "Annonsera hos oss"). The heading alone is
// a link in a menu as well; the box is the heading with its blurb.
var adHeadings = barSet(`advertise with | advertise on | advertise here | advertise your business | advertising enquiries |
	annoncez | annoncer sur | annoncer chez | faites votre publicité | publicité sur |
	anúnciate | anunciate | anúnciese | anunciese | anuncie | anuncia tu negocio | publicidad en |
	anuncie aqui | anuncie conosco | anuncie no | publicidade no | publicidade na |
	pubblicità su | fai pubblicità | la tua pubblicità |
	werben bei | werben sie bei | werben auf | anzeigen schalten |
	adverteren bij | adverteren op | adverteer bij | adverteer op | annonsera hos | annonser hos | annoncér hos`)

// callWords open a telephone number in an advertising box's blurb, lower
// case and without their colon: the call to ring ("Call 015 000 0000",
// "Appelez le …", "Llame al …", "Ligue …", "Chiama …", "Rufen Sie …
// an", "Bel …", Estonian "helista …", Finnish "soita …", Latvian
// "zvani …", Lithuanian "skambinkite …") besides the labels of a footer's number (phoneLabels).
var callWords = barSet(`call | ring | sms | whatsapp | contact | appelez | appelez-nous | llame | llámenos | llamá |
	ligue | chiama | chiamaci | rufen | anrufen | bel | ring oss | ring os |
	helista | soita | zvani | skambinkite | skambink`)

// adHeading reports whether line, of words words, is an advertising
// box's heading: one of adHeadings opening a short line that ends no
// sentence.
func adHeading(line string, words int) bool {
	line = strings.TrimSpace(line)
	if words == 0 || words > adHeadingMaxWords || endsSentence(line) {
		return false
	}
	key := strings.Join(strings.Fields(strings.ToLower(strings.Trim(line, ":!→›» "))), " ")
	for h := range adHeadings {
		if key == h || strings.HasPrefix(key, h+" ") {
			return true
		}
	}
	return false
}

// adContact reports whether line gives the advertiser a way to reach the
// site: an e-mail address, or a telephone number after a call word or a
// number's label ("Call 015 000 0000.", "Tel: +27 15 000 0000", "ads@
// example.com").
func adContact(line string) bool {
	f := strings.Fields(line)
	for i, w := range f {
		w = strings.Trim(w, ".,;:()<>")
		if emailAddress(w) {
			return true
		}
		lw := strings.ToLower(w)
		if !callWords[lw] && !phoneLabels[lw] && !strings.HasPrefix(w, "+") {
			continue
		}
		j := i + 1
		if strings.HasPrefix(w, "+") {
			j = i
		}
		for j < len(f) && j <= i+2 && !hasDigit(f[j]) {
			j++ // "Call us on", "Appelez le", "Llame al"
		}
		digits := 0
		for ; j < len(f); j++ {
			n, ok := phoneGroup(strings.TrimRight(f[j], ".,;"))
			if !ok {
				break
			}
			digits += n
		}
		if digits >= phoneMinDigits {
			return true
		}
	}
	return false
}

// phoneGroup returns the digits of f, a group of a telephone number
// written with a telephone's marks only ("0491", "(330)", "555-0147",
// "+44"), and whether it is one: at least one digit, nothing else but
// the marks.
func phoneGroup(f string) (int, bool) {
	n := 0
	for _, r := range f {
		switch {
		case r >= '0' && r <= '9':
			n++
		case r == '+' || r == '(' || r == ')' || r == '-' || r == '/' || r == '.':
		default:
			return 0, false
		}
	}
	return n, n > 0
}

func hasDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0
}

// adBoxes removes a site's advertising box as a plain text keeps it: its
// heading (adHeading) with the blurb right under it in the same
// paragraph, short (adBlurbMaxWords) and giving a number to call or an
// address to write to (adContact), and a contact line under the blurb
// in the paragraph if any. Neither line alone is enough: the heading is
// also a menu's link, which other rules read, and a story may print a
// number; a story does not print them together under "Advertise with
// us".
func adBoxes(body string, blocks []block, feats []features) {
	contactBoxes(body, blocks, feats, adHeading, true)
}

// contactBoxes removes each box of a heading (heading) and the short
// blurb right under it that gives a number to call or an address to
// write to (adContact, at most adBlurbMaxWords words): under it in its
// paragraph, or, unless sameParagraph, in the next one, as extracted
// HTML sets a box's heading and its paragraph.
func contactBoxes(body string, blocks []block, feats []features, heading func(line string, words int) bool, sameParagraph bool) {
	for i := 0; i+1 < len(blocks); i++ {
		h, blurb := &blocks[i], &blocks[i+1]
		if sameParagraph && blurb.afterBlank || h.credit || blurb.credit || !heading(body[h.span.Start:h.span.End], feats[i].words) {
			continue
		}
		if feats[i+1].words == 0 || feats[i+1].words > adBlurbMaxWords || !adContact(body[blurb.span.Start:blurb.span.End]) {
			continue
		}
		h.class, h.score, h.reason = classChrome, 1, ReasonPromo
		blurb.class, blurb.score, blurb.reason = classChrome, 1, ReasonPromo
		i++
	}
}

// tipHeadings are the headings of a news site's tip box, the box that
// asks readers for stories and gives the newsroom's number and address,
// whole, lower case, without the question mark or the colon: English,
// French, Spanish, Portuguese, Italian, German and Dutch ("Got a
// story?", "Vous avez une info ?", "¿Tienes una noticia?", "Tem uma
// notícia?", "Hai una notizia?", "Haben Sie einen Hinweis?", "Heb je
// een tip?", "Heb jij een tip voor de redactie?", and as Dutch regional
// broadcasters head the box that takes reactions too, "Heb je een tip of
// een reactie?"), the Nordic languages ("Har du et tip?", "Har du ett
// nyhetstips?", "Tips oss", "Onko sinulla uutisvinkki?") and the Baltic
// ones (Estonian "Kas sul on uudisvihje?", "Saada uudisvihje"; Latvian
// "Ziņo redakcijai"; Lithuanian "Turite naujieną?"). A story does not
// set them as a heading over a number to call; the blurb must give one
// (adContact).
var tipHeadings = barSet(`got a story | got a story for us | have you got a story | do you have a story |
	have a story | have a story for us | got a news tip | have a news tip | news tips | send us your news |
	send us your story | tip us off | contact the newsroom | contact our newsroom |
	vous avez une info | une info à nous communiquer | un sujet à nous proposer | contactez la rédaction |
	tienes una noticia | tiene una noticia | envíanos tu noticia | contacta con la redacción |
	tem uma notícia | tem uma história | envie sua notícia | fale com a redação |
	hai una notizia | segnalaci una notizia | scrivi alla redazione |
	haben sie einen hinweis | hinweis an die redaktion | schreiben sie der redaktion |
	heb je een tip | heb jij een tip | heeft u een tip | heb je een tip voor de redactie |
	heb jij een tip voor de redactie | heeft u een tip voor de redactie | tip de redactie | nieuwstip |
	heb je een tip of een reactie | heb jij een tip of een reactie | heeft u een tip of een reactie |
	heb je een tip of reactie | heeft u een tip of reactie |
	har du et tip | har du et nyhedstip | tip os | har du et tips | tips oss | har du ett tips | har du ett nyhetstips |
	tipsa oss | onko sinulla uutisvinkki | vinkkaa meille | lähetä uutisvinkki |
	kas sul on uudisvihje | kas teil on uudisvihje | uudisvihje | saada uudisvihje | anna vihje |
	ziņo redakcijai | vai tev ir ziņa | turite naujieną | pranešk naujieną`)

// tipHeadingMaxWords bounds a tip box's heading: "Heb jij een tip voor
// de redactie?" has seven words, more than an advert's heading.
const tipHeadingMaxWords = 8

// tipHeading reports whether line, of words words, is a news tip box's
// heading alone (tipHeadings), in at most tipHeadingMaxWords words.
func tipHeading(line string, words int) bool {
	if words == 0 || words > tipHeadingMaxWords {
		return false
	}
	key := strings.Join(strings.Fields(strings.ToLower(strings.Trim(strings.TrimSpace(line), "¿?!:.→›» "))), " ")
	return tipHeadings[key]
}

// tipBoxes removes a news site's tip box: its heading (tipHeading) and
// the blurb right under it, in its paragraph or, as extracted HTML sets
// a box's heading and paragraph, the next one, short (adBlurbMaxWords)
// and giving the newsroom's number or address (adContact: "Call the
// Thornshire Sound newsroom on 01632 960447 or email news@…"). As with
// adBoxes, neither line alone is enough: a story may ask "Got a story?"
// in a quotation, and print a number; not the two as heading and blurb.
func tipBoxes(body string, blocks []block, feats []features) {
	contactBoxes(body, blocks, feats, tipHeading, false)
}

// jaTipBox is a Japanese site's tip box (jaCallBoxes): the button names
// the sending of information or a post ("情報提供", "情報をお寄せ", "投稿"),
// the blurb asks for it ("お待ちしています" we await, "お寄せください" please
// send, "募集しています" we are looking for, "受け付けています" we accept):
// "ニュースの情報提供をお待ちしています。" over "情報提供はこちら". The
// newsroom's number need not be there (the button is a form's link), so
// the request to the reader says it instead of adContact.
var jaTipBox = jaCallBox{
	actions: []string{"情報提供", "情報をお寄せ", "投稿"},
	cues:    []string{"お待ちしています", "お待ちしております", "お寄せください", "募集しています", "受け付けています"},
}

// tipLines removes a news site's tip box set on one line, its heading
// and its blurb run together after a colon, a question mark or a dash
// ("Send us your news: newsdesk@… or text VALE to 60972", "Got a story?
// Call the newsroom on 01632 960447"), as a plain copy of the box
// keeps it: the heading one of tipHeadings, the rest giving the
// newsroom's address or number (adContact), and the whole short
// (adBlurbMaxWords). A story's sentence that asks for news and gives a
// number does not open with the box's heading.
func tipLines(body string, blocks []block, feats []features) {
	for i := range blocks {
		b := &blocks[i]
		if b.credit || b.class == classChrome || feats[i].words == 0 || feats[i].words > adBlurbMaxWords {
			continue
		}
		line := strings.TrimSpace(body[b.span.Start:b.span.End])
		k := strings.IndexAny(line, ":?")
		if d := strings.Index(line, " – "); d > 0 && (k < 0 || d < k) {
			k = d
		}
		if k <= 0 {
			continue
		}
		head, rest := line[:k], line[k:]
		if !tipHeading(head, len(strings.Fields(head))) || !adContact(rest) {
			continue
		}
		b.class, b.score, b.reason = classChrome, 1, ReasonPromo
	}
}

// adCardLabels are the labels of an advert's card, lower case, as a
// sponsored slot prints them before its text and a scraper runs them
// together on one line with a dot or a bar between ("Ad · Get up to
// €5,000 in 15 minutes!", "Anzeige · …", "Publicité · …", "Kuulutus ·
// Saa kuni 5000 € laenu 15 minutiga!"): English, German, French,
// Spanish, Portuguese, Italian, Dutch, the Nordic and the Baltic
// languages, Polish and Czech.
var adCardLabels = set(`ad ads advertisement sponsored promoted anzeige werbung publicité annonce publicidad anuncio
	publicidade pubblicità sponsorizzato advertentie gesponsord annons reklam reklame mainos
	reklaam kuulutus reklāma reklama`)

// adCardMaxWords bounds an advert's card on one line: the label and an
// advertiser's promise or two (the loan's, 8 words).
const adCardMaxWords = 20

// adCardSeparators part an advert's label from its text.
var adCardSeparators = []string{" · ", " • ", " | "}

// adCards removes an advert's card run together on one line: one of
// adCardLabels alone before the line's first separator
// (adCardSeparators), the card's text after it, short (adCardMaxWords).
// A story's line does not open with "Advertisement ·"; a word that is
// also prose ("Anzeige", a complaint to the police; "annonce", an
// announcement) is read only so, as a label before the dot.
func adCards(body string, blocks []block, feats []features) {
	for i := range blocks {
		b := &blocks[i]
		if b.credit || b.class == classChrome || feats[i].words < 2 || feats[i].words > adCardMaxWords {
			continue
		}
		line := strings.TrimSpace(body[b.span.Start:b.span.End])
		for _, sep := range adCardSeparators {
			label, rest, ok := strings.Cut(line, sep)
			if ok && adCardLabels[strings.ToLower(strings.TrimSpace(label))] && strings.TrimSpace(rest) != "" {
				b.class, b.score, b.reason = classChrome, 1, ReasonPromo
				break
			}
		}
	}
}
