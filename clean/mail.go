package clean

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An e-mail newsletter pasted as plain text keeps the e-mail's own
// chrome, which the mailing platforms (Mailchimp, Substack, Campaign
// Monitor, Brevo…) print in every issue in the reader's language: over
// the masthead, the link to the web version ("View this email in your
// browser"); under the issue, the footer that says why the reader got it
// ("You are receiving this email because you subscribed to X"), asks a
// forwarded reader to sign up ("Forwarded this email? Sign up to X
// here."), and links to the preferences and the unsubscribe page
// ("Update your preferences | Unsubscribe"), with the sender's company
// registration ("X Ltd · Registered in England and Wales No. 11840026");
// and, between the header and the issue, the sponsor's line ("Sponsored
// by X: …"). No story says these: a story about a newsletter reports
// what it said, in sentences of its own.

// mailMaxWords bounds a line of an e-mail's chrome: Mailchimp's footer
// sentence "Want to change how you receive these emails? You can update
// your preferences or unsubscribe from this list." has 18 words; a
// footer paragraph that joins it to the reason and the address, about
// 40.
const mailMaxWords = 40

// mailOpeners are the openings of an e-mail's own lines, lower case,
// split into words, indexed by their first word: the web-version link
// and the e-mail that does not display, the forwarded reader's
// invitation, the reason the reader receives it, the footer's sentence
// on the preferences, as the mailing platforms word them in English,
// French, German, Spanish, Portuguese, Italian and Dutch (see wMail).
// Each speaks of the e-mail or of its reader as a subscriber; an
// order alone ("Update your preferences …", "View online …") may open
// a how-to's step, and is read only as a link (mailLinks).
var mailOpeners = partIndex(barSet(`
	view this email in your browser | view this email in a browser | view this email in browser |
	view this email online | view this email as a web page | view this newsletter in your browser |
	view this newsletter online | having trouble viewing this email | trouble viewing this email |
	can't see this email | email not displaying correctly | is this email not displaying correctly |
	forwarded this email | was this email forwarded to you | did someone forward you this email |
	did someone forward this email to you | got this email from a friend | forward this email to a friend |
	you are receiving this email because | you're receiving this email because |
	you received this email because | you are receiving this newsletter because |
	you're receiving this newsletter because | you received this newsletter because |
	you were sent this email because | want to change how you receive these emails |
	you can update your preferences | add us to your address book | our mailing address is |
	voir cet e-mail dans votre navigateur | voir cet email dans votre navigateur |
	voir ce courriel dans votre navigateur | vous ne visualisez pas correctement cet e-mail |
	cet e-mail ne s'affiche pas correctement | vous recevez cet e-mail car | vous recevez cet email car |
	vous recevez cet e-mail parce que | vous recevez cet email parce que | vous recevez ce courriel car |
	vous recevez ce courriel parce que | vous recevez cette newsletter car | vous avez reçu cet e-mail car |
	vous avez reçu cet email car | cet e-mail vous a été transféré | on vous a transféré cet e-mail |
	diese e-mail im browser anzeigen | wird diese e-mail nicht richtig angezeigt | sie erhalten diese e-mail weil |
	sie erhalten diesen newsletter weil | du erhältst diese e-mail weil | du erhältst diesen newsletter weil |
	ver este correo en tu navegador | ver este correo en el navegador | recibes este correo porque |
	recibes este correo electrónico porque | has recibido este correo porque | estás recibiendo este correo porque |
	te reenviaron este correo | ver este e-mail no navegador | ver este email no navegador |
	você está recebendo este e-mail porque | você está recebendo este email porque |
	você recebeu este e-mail porque | você recebeu este email porque |
	visualizza questa email nel browser | visualizza questa e-mail nel browser | ricevi questa email perché |
	ricevi questa e-mail perché | hai ricevuto questa email perché | hai ricevuto questa e-mail perché |
	bekijk deze e-mail in je browser | bekijk deze e-mail in uw browser | je ontvangt deze e-mail omdat |
	u ontvangt deze e-mail omdat | je ontvangt deze nieuwsbrief omdat | u ontvangt deze nieuwsbrief omdat`))

// mailLinks are the links of an e-mail's footer (and its header's web
// version), lower case, indexed by their first word: a line that is only
// such links, one or several, between bars, dots or none, is the
// footer's row ("Update your preferences | Unsubscribe", "Unsubscribe ·
// View online"). A word of them alone on its line ("Unsubscribe") is
// the row of one link; a sentence opening with it goes on with other
// words.
var mailLinks = partIndex(barSet(`
	unsubscribe | unsubscribe here | unsubscribe from this list | unsubscribe instantly |
	update preferences | update your preferences | update your email preferences | manage preferences |
	manage your preferences | manage your email preferences | email preferences |
	update subscription preferences | manage subscription | manage your subscription |
	view in browser | view in your browser | view it in your browser | view online | view the online version |
	view the web version | view web version | view as a web page | view this email in your browser |
	forward to a friend | forward this email | privacy policy |
	se désinscrire | se désabonner | désinscription | désabonnement | désinscrivez-vous | désabonnez-vous |
	gérer mes préférences | gérer vos préférences | modifier vos préférences | mettre à jour vos préférences |
	voir en ligne | voir la version en ligne | version en ligne | voir la version web |
	afficher dans le navigateur | afficher dans votre navigateur |
	abmelden | newsletter abbestellen | abbestellen | vom newsletter abmelden | einstellungen ändern |
	einstellungen aktualisieren | präferenzen aktualisieren | im browser anzeigen | e-mail im browser anzeigen |
	online-version anzeigen | webversion anzeigen |
	darse de baja | darme de baja | cancelar suscripción | cancelar la suscripción | gestionar preferencias |
	actualizar preferencias | actualiza tus preferencias | ver en el navegador | ver versión web |
	ver la versión en línea | ver versión en línea |
	cancelar inscrição | cancelar assinatura | descadastrar | descadastre-se | gerenciar preferências |
	atualizar preferências | visualizar no navegador | ver no navegador |
	annulla iscrizione | annulla l'iscrizione | cancella iscrizione | disiscriviti | gestisci preferenze |
	aggiorna le preferenze | visualizza nel browser | visualizza la versione online |
	afmelden | uitschrijven | schrijf je uit | voorkeuren beheren | voorkeuren wijzigen | bekijk in browser |
	bekijk de online versie`))

// mailChrome reports whether the line opens with one of mailOpeners, or
// is only mailLinks end to end (see wMail).
func (s *scratch) mailChrome() bool {
	if len(s.words) == 0 {
		return false
	}
	if len(bytes.TrimSpace(s.lower[:s.words[0][0]])) > 0 {
		return false // a quotation ("“You are receiving this email because …”, the message read"), not the e-mail's own line
	}
	for _, rest := range mailOpeners[string(s.lower[s.words[0][0]:s.words[0][1]])] {
		if s.phraseAt(1, rest) {
			return true
		}
	}
	return s.tiled(mailLinks)
}

// companyRegMaxWords bounds a company's registration line: the company's
// name, where it is registered, its number and its registered office's
// address.
const companyRegMaxWords = 30

// companyRegReach is how many words after the registration's words its
// number may stand ("Registered in England and Wales with company
// number 11840026": three).
const companyRegReach = 4

// companyRegMinDigits is the least number of digits of a registration
// number: the UK's company numbers have eight, SC and NI ones six, a
// French SIREN nine, a German HRB five or six; no year or count of a
// sentence comes close once the words before it are a registration's.
const companyRegMinDigits = 5

// companyRegLeads are a company registration's words, lower case, split
// into words, indexed by their first word, as the sender's footer (and
// a British or European publisher's) prints them before the number: the
// UK's Companies House ("Registered in England and Wales No. 11840026",
// "Company number 11840026", "Registered office"), Germany's
// Handelsregister ("Amtsgericht Köln, HRB 12345"), France's RCS and
// SIREN, the Netherlands' KvK, Italy's Registro delle imprese and
// partita IVA, and Denmark's CVR ("CVR-nr. 12345678", a Danish
// publisher's imprint under its name and address).
var companyRegLeads = partIndex(barSet(`
	registered in england and wales | registered in england wales | registered in england |
	registered in scotland | registered in wales | registered in northern ireland | registered in ireland |
	company registered in england and wales | company number | company no | company registration number |
	company registration no | registered company number | registered number | registered no |
	handelsregister | registergericht | hrb | hra | rcs | siren | siret | kvk | kvk-nummer | kvk nummer |
	registro delle imprese | partita iva | p iva | registro mercantil | cvr | cvr-nr | cvr nr | cvr-nummer`))

// legalSuffixes end a company's name ("Pipeline Media Ltd", "Verlag
// GmbH", Danish "VestNyt24 ApS"): before a registration, they say
// whose it is.
var legalSuffixes = set(`ltd limited plc llp llc inc gmbh ag kg sarl sas sa bv nv srl spa aps`)

// companyRegistration reports whether the line is a company's
// registration (wCompanyReg): companyRegLeads opening it, or after a
// company's name (a legal suffix among the words before) and a
// separator, and a registration number of companyRegMinDigits digits or
// more within companyRegReach words after them. "The firm, registered
// in England and Wales with number 11840026, went into administration"
// names no company with its suffix before the words: a sentence.
func (s *scratch) companyRegistration(line string) bool {
	for k := 0; k < len(s.words); k++ {
		rests := companyRegLeads[string(s.lower[s.words[k][0]:s.words[k][1]])]
		if len(rests) == 0 {
			continue
		}
		n := 0
		for _, rest := range rests {
			if len(rest) >= n && s.phraseAt(k+1, rest) {
				n = len(rest) + 1
			}
		}
		if n == 0 {
			continue
		}
		if k > 0 && !s.companyBefore(k) {
			return false
		}
		digits, last := 0, -1
		for j := k + n; j < len(s.words) && j < k+n+companyRegReach; j++ {
			for _, c := range s.lower[s.words[j][0]:s.words[j][1]] {
				if '0' <= c && c <= '9' {
					digits++
					last = j
				}
			}
		}
		if digits < companyRegMinDigits {
			return false
		}
		// After the number, the footer ends or goes on with its next
		// part ("Registered office: …", "USt-IdNr. …"); a sentence goes
		// on in lower case ("…, went into administration").
		if last+1 < len(s.words) {
			num := s.lower[s.words[last][0]:s.words[last][1]]
			num = num[bytes.LastIndexFunc(num, func(r rune) bool { return r < '0' || r > '9' })+1:]
			if k := strings.LastIndex(line, string(num)); k >= 0 {
				rest := strings.TrimLeftFunc(line[k+len(num):], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
				if next, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(next) {
					return false
				}
			}
		}
		return true
	}
	return false
}

// companyBefore reports whether the words before word k end a
// sentence of the footer (a full stop before them: "Registered office:
// 1 High Street, London. Registered in …") or a company's name
// (legalSuffixes) with a separator after it: "Pipeline Media Ltd ·
// Registered in …", "Verlag GmbH, Amtsgericht …".
func (s *scratch) companyBefore(k int) bool {
	sep := bytes.TrimSpace(s.lower[s.words[k-1][1]:s.words[k][0]])
	if len(sep) == 0 {
		return false
	}
	if bytes.IndexByte(sep, '.') >= 0 {
		return true
	}
	for j := 0; j < k; j++ {
		if legalSuffixes[string(s.lower[s.words[j][0]:s.words[j][1]])] {
			return true
		}
	}
	return false
}

// sponsorNameMaxWords bounds a sponsor's name after its lead ("Sponsored
// by Meterwise:", "Presented by Acme Water Systems —").
const sponsorNameMaxWords = 4

// sponsorLeads open a newsletter's sponsor line, lower case, split into
// words, indexed by their first word: "Sponsored by X: …", "Today's
// sponsor: X", "This newsletter is brought to you by X."; in French,
// German, Spanish, Portuguese, Italian and Dutch.
var sponsorLeads = partIndex(sponsorLeadPhrases)

var sponsorLeadPhrases = barSet(`
	sponsored by | brought to you by | in partnership with | today's sponsor | this week's sponsor |
	this newsletter is sponsored by | this newsletter is brought to you by | this email is sponsored by |
	this issue is sponsored by | this edition is sponsored by | this episode is sponsored by |
	a message from our sponsor | a word from our sponsor | from our sponsor | our sponsor |
	sponsorisé par | parrainé par | en partenariat avec | gesponsert von | präsentiert von | in partnerschaft mit |
	patrocinado por | en colaboración con | em parceria com | sponsorizzato da | in collaborazione con |
	gesponsord door | mogelijk gemaakt door`)

// sponsorBoxLeads open a sponsor's label that only its block makes one,
// lower case: a newsletter heads the sponsor's slot "Together with X"
// or "Presented by X" (beehiiv's and Morning Brew's wording, and their
// French, German, Spanish, Portuguese, Italian and Dutch). A line
// "Presented by the mayor." may caption a photo, so these leads weigh
// nothing alone (sponsorLine reads sponsorLeads only); the label over
// the sponsor's pitch is the slot (sponsorBoxes).
var sponsorBoxLeads = barSet(`together with | presented by | en collaboration avec | präsentiert von | zusammen mit |
	presentado por | junto con | apresentado por | presentato da | insieme a | gepresenteerd door | samen met`)

// sponsorPitchMaxWords bounds the sponsor's pitch under its label: the
// offer, the hours and the call ("New patients get a free exam and
// X-rays this month at Harbor Family Dental on Canal Street. Evening
// and Saturday appointments available. Book online in two minutes.",
// 27 words), as long as an e-mail's footer paragraph (mailMaxWords). A
// newsletter's own item runs longer, or stands under its own heading,
// not under a sponsor's name.
const sponsorPitchMaxWords = mailMaxWords

// sponsorLabel reports whether line is a sponsor's label alone: a lead
// (sponsorLeadPhrases, sponsorBoxLeads) and the sponsor's name, at most
// sponsorNameMaxWords words, with nothing after it but a colon ("Together
// with Harbor Family Dental", "Sponsored by Meterwise:"). A sentence
// goes on after the name or ends with a stop.
func sponsorLabel(line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	l = strings.TrimSuffix(l, ":")
	if l == "" || strings.ContainsAny(l, ".,;!?()\"“”") {
		return false
	}
	words := strings.Fields(l)
	for n := 2; n <= 6 && n < len(words); n++ {
		lead := strings.Join(words[:n], " ")
		if (sponsorLeadPhrases[lead] || sponsorBoxLeads[lead]) && len(words)-n <= sponsorNameMaxWords {
			return true
		}
	}
	return false
}

// sponsorBoxes removes a newsletter's sponsor slot: the sponsor's label
// alone on its line (sponsorLabel) over its pitch, the next line,
// short (sponsorPitchMaxWords) and ending a sentence, and the call
// under the pitch in its paragraph ("Book your visit"), a few words
// ending none. The newsletter's items under their own headings stay: a
// heading names a story, not a sponsor after "Together with".
func sponsorBoxes(body string, blocks []block) {
	for i := 0; i+1 < len(blocks); i++ {
		h, pitch := &blocks[i], &blocks[i+1]
		if h.credit || pitch.credit || !sponsorLabel(body[h.span.Start:h.span.End]) {
			continue
		}
		pl := strings.TrimSpace(body[pitch.span.Start:pitch.span.End])
		if pitch.words == 0 || pitch.words > sponsorPitchMaxWords || !fullStop(pl) || sponsorLabel(pl) {
			continue
		}
		end := i + 2
		if end < len(blocks) && !blocks[end].afterBlank && !blocks[end].credit && blocks[end].words > 0 &&
			blocks[end].words <= sponsorCallMaxWords && !endsSentence(strings.TrimSpace(body[blocks[end].span.Start:blocks[end].span.End])) {
			end++
		}
		for k := i; k < end; k++ {
			blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonPromo
		}
		i = end - 1
	}
}

// sponsorCallMaxWords bounds the call under a sponsor's pitch: "Book
// your visit", "Get my valuation", "Claim your free exam" (four).
const sponsorCallMaxWords = 4

// A site sets a sponsor's slot inside a story too, between two of its
// paragraphs: a bare label that names no sponsor ("Sponsored Content",
// "Partner content", "Contenu sponsorisé") over the sponsored link's
// title ("Download: The 2026 guide to predictive nurse scheduling"). The
// label says whose the line under it is, as a sponsor's label over its
// pitch does in a newsletter.

// sponsorSlotLabels are a sponsored slot's labels, the whole line, lower
// case, without a colon: English, French, Spanish, Portuguese, Italian,
// German, Dutch and the Nordic languages, as news and trade sites' CMSs
// print them. A story names sponsored content in a sentence, never in
// the bare phrase alone on a line between its paragraphs.
var sponsorSlotLabels = barSet(`sponsored | sponsored content | sponsored post | sponsored link | sponsored links |
	paid content | paid post | partner content | promoted content | advertiser content | from our partners |
	from our sponsors | contenu sponsorisé | contenu partenaire | contenu commandité | contenido patrocinado |
	contenido de socios | conteúdo patrocinado | conteúdo de marca | contenuto sponsorizzato | gesponserter inhalt |
	gesponsorde inhoud | sponsrat innehåll | sponsoreret indhold | sponsoret innhold | sponsoroitu sisältö |
	materiał sponsorowany | artykuł sponsorowany | treść sponsorowana | materiał partnera`)

// sponsorTeaserMaxWords bounds the sponsored link's title under a slot's
// bare label: "Download: The 2026 guide to predictive nurse scheduling"
// has nine words; a headline's length (twelve) leaves room for a longer
// title. A story's paragraph is longer.
const sponsorTeaserMaxWords = 12

// sponsorSlots removes a sponsored slot set between a story's
// paragraphs: its bare label alone on its line (sponsorSlotLabels) and
// the sponsored link's title right under it, short
// (sponsorTeaserMaxWords). The line over the label must be a story's
// paragraph (proseMinWords or more, ending a sentence): a CMS that marks a
// whole story as sponsored sets the label over its headline
// (kindLabels), and the headline stays.
func sponsorSlots(body string, blocks []block) {
	for i := 1; i+1 < len(blocks); i++ {
		prev, h, teaser := &blocks[i-1], &blocks[i], &blocks[i+1]
		if h.credit || teaser.credit || teaser.words == 0 || teaser.words > sponsorTeaserMaxWords {
			continue
		}
		label := strings.ToLower(strings.Join(strings.Fields(strings.Trim(strings.TrimSpace(body[h.span.Start:h.span.End]), ":")), " "))
		if !sponsorSlotLabels[label] || prev.credit {
			continue
		}
		if (prev.class == classChrome || prev.words < proseMinWords || !endsSentence(strings.TrimSpace(body[prev.span.Start:prev.span.End]))) &&
			!(prev.class == classChrome && noProseAfter(body, blocks, i+2)) {
			// Under chrome, the slot is the page's tail's when no
			// paragraph of a story follows it (an aggregator's
			// "Materiał sponsorowany" under its "Polecane" box): a
			// story's headline under a kind label has its story under it.
			continue
		}
		h.class, h.score, h.reason = classChrome, 1, ReasonPromo
		teaser.class, teaser.score, teaser.reason = classChrome, 1, ReasonPromo
		i++
	}
}

// noProseAfter reports whether no block from the from-th on is a
// story's paragraph: proseMinWords words or more, ending a sentence,
// and not chrome.
func noProseAfter(body string, blocks []block, from int) bool {
	for k := from; k < len(blocks); k++ {
		b := &blocks[k]
		if b.class != classChrome && b.words >= proseMinWords && endsSentence(strings.TrimSpace(body[b.span.Start:b.span.End])) {
			return false
		}
	}
	return true
}

// sponsorLine reports whether the line opens with one of sponsorLeads,
// then the sponsor's name of at most sponsorNameMaxWords words, and the
// line ends there or a colon, a dash or a full stop follows the name
// (wSponsor): a label and the sponsor's pitch. A sentence goes on after
// the name ("Sponsored by the council, the festival drew 3,000
// people"), which no sponsor line does.
func (s *scratch) sponsorLine() bool {
	if len(s.words) < 2 || len(bytes.TrimSpace(s.lower[:s.words[0][0]])) > 0 {
		return false
	}
	n := 0
	for _, rest := range sponsorLeads[string(s.lower[s.words[0][0]:s.words[0][1]])] {
		if len(rest) >= n && s.phraseAt(1, rest) {
			n = len(rest) + 1
		}
	}
	if n == 0 {
		return false
	}
	// The lead and a colon ("Today's sponsor: Meterwise"): a label.
	if n < len(s.words) && bytes.ContainsAny(s.lower[s.words[n-1][1]:s.words[n][0]], ":") {
		return true
	}
	for j := n; j < len(s.words) && j < n+sponsorNameMaxWords; j++ {
		if j+1 == len(s.words) {
			return true // the line ends with the name
		}
		between := bytes.TrimSpace(s.lower[s.words[j][1]:s.words[j+1][0]])
		if len(between) == 0 {
			continue
		}
		switch between[0] {
		case ':', '.', '!':
			return true
		case ',', ';', '(':
			return false
		}
		if isDash(between) || string(between) == "|" || string(between) == "·" {
			return true
		}
	}
	return false
}

// mailNameLeads are the words after which an e-mail's footer names its
// newsletter, lower case: "… because you subscribed to The Pipeline.",
// "Forwarded this email? Sign up to The Pipeline here.".
var mailNameLeads = []string{"subscribed to ", "signed up to ", "signed up for ", "sign up to ", "sign up for ",
	"subscribe to ", "vous êtes abonné à ", "vous êtes inscrit à ", "inscrivez-vous à ", "du hast dich für ",
	"sie haben sich für ", "te suscribiste a ", "estás suscrito a ", "você se inscreveu em ", "ti sei iscritto a ",
	"je bent ingeschreven voor "}

// mailSelf are an e-mail's words for itself, lower case: a footer line
// holding one speaks of the e-mail ("this email"), and the name it gives
// after mailNameLeads is the newsletter's.
var mailSelf = []string{"this email", "this e-mail", "this newsletter", "cet e-mail", "cet email", "ce courriel",
	"cette newsletter", "diese e-mail", "diesen newsletter", "este correo", "este e-mail", "este email",
	"questa email", "questa e-mail", "deze e-mail", "deze nieuwsbrief"}

// mailName returns the newsletter's name that an e-mail's footer line
// gives ("You are receiving this email because you subscribed to The
// Pipeline." gives "The Pipeline"): the words after one of mailNameLeads
// up to the clause's end or "here", at most mastheadMaxWords of them,
// in a line that speaks of the e-mail itself (mailSelf). The footer's
// name confirms the masthead as a copyright notice's owner does
// (pageNames).
func mailName(line string) (string, bool) {
	if len(line) > 400 {
		return "", false // a paragraph, no footer line
	}
	l := strings.ToLower(line)
	self := false
	for _, w := range mailSelf {
		if strings.Contains(l, w) {
			self = true
			break
		}
	}
	if !self {
		return "", false
	}
	for _, lead := range mailNameLeads {
		k := strings.Index(l, lead)
		if k < 0 {
			continue
		}
		// The same bytes in line: lower-casing kept their lengths for
		// every lead (ASCII or Latin-1 letters); check before slicing.
		if len(l) != len(line) {
			return "", false
		}
		rest := line[k+len(lead):]
		end := strings.IndexAny(rest, ".!?,;:()")
		if end >= 0 {
			rest = rest[:end]
		}
		words := strings.Fields(rest)
		if n := len(words); n > 0 && strings.EqualFold(words[n-1], "here") {
			words = words[:n-1]
		}
		if len(words) == 0 || len(words) > mastheadMaxWords {
			return "", false
		}
		r := []rune(words[0])[0]
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return "", false // "sign up to our newsletter": no name
		}
		return strings.Join(words, " "), true
	}
	return "", false
}

// mailAbove reports whether one of the lines above blocks[i] is an
// e-mail's own line (mailChrome: "View this email in your browser"),
// which makes the text an e-mail and its masthead a newsletter's.
func mailAbove(body string, blocks []block, i int) bool {
	var s scratch
	for k := 0; k < i; k++ {
		if s.measure(body[blocks[k].span.Start:blocks[k].span.End], nil).mail {
			return true
		}
	}
	return false
}

// mailHeader decides an e-mail newsletter's header, the masthead's
// paragraph under the e-mail's web-version link (mailAbove): the
// masthead (blocks[m], confirmed by the newsletter's name in the
// footer) and the short lines under it in its paragraph that end no
// sentence, its tagline ("Your daily briefing on water, energy and the
// people who regulate them"). An e-mail has no menu to tell its header
// by, as a page's masthead has (mastheadHeader); its place does: the
// e-mail's subject is its first line, above the link, and the issue
// starts under the header's paragraph. The issue's date in the
// paragraph ("Tuesday 14 October 2025") is the issue's, and stays.
func mailHeader(body string, blocks []block, m int) {
	for k := m + 1; k < len(blocks) && !blocks[k].afterBlank; k++ {
		b := &blocks[k]
		line := strings.TrimSpace(body[b.span.Start:b.span.End])
		if b.credit || b.words == 0 || b.words >= longWords || fullStop(line) {
			return
		}
		if datePart(line) {
			b.list = false // the issue's date, no link of a list between the header and the sponsor's line
			continue
		}
		b.class, b.score, b.reason = classChrome, 1, ReasonNavigation
	}
}

// An e-mail newsletter's issue sets its stories between its own lines:
// over them the issue's number ("Issue 212 · 12 September 2025", "Vol.
// 3, No. 14") and its table of contents ("IN THIS ISSUE: …"), under a
// story the link to the rest of it on the site that ran it ("Read the
// full story on elkortijo.example"), and after that the issue's other
// items, each under a heading in capitals ("LADINO READING GROUP" over
// the notice, "SUPPORT THE CIRCLE" over the appeal to donate). Once the
// text is known for an e-mail (a line of its own chrome, mailChrome),
// these go; the story's headline, paragraphs and source line stay.

// issueWords open an issue's number line, lower case.
var issueWords = set(`issue issue# no no. vol vol. volume edition #`)

// mailContents open an issue's table of contents, lower case.
var mailContents = []string{"in this issue", "in this edition", "in today's issue", "in this week's issue", "inside this issue"}

// mailReadOn open the link under a story to the rest of it, lower case.
var mailReadOn = []string{"read the full story", "read the full article", "read the rest", "continue reading", "read more", "read it on", "read on"}

// mailLineMaxWords bounds the issue's number line and the link to the
// rest of a story ("Read the full story on elkortijo.example", six
// words); a sentence of the story runs longer.
const mailLineMaxWords = 10

// mailItemHeadingMaxWords bounds the heading of an issue's other item,
// in capitals ("LADINO READING GROUP", "SUPPORT THE CIRCLE").
const mailItemHeadingMaxWords = 5

// issueLine reports whether line, of words words, is an issue's number
// line: an issue word (issueWords) then a figure.
func issueLine(line string, words int) bool {
	f := strings.Fields(strings.ToLower(line))
	if words == 0 || words > mailLineMaxWords || len(f) < 2 || !issueWords[f[0]] {
		return false
	}
	r := []rune(strings.TrimPrefix(f[1], "#"))
	return len(r) > 0 && unicode.IsDigit(r[0])
}

// capsHeading reports whether line, of words words, is a heading in
// capitals: letters, all upper case, in at most mailItemHeadingMaxWords
// words.
func capsHeading(line string, words int) bool {
	if words == 0 || words > mailItemHeadingMaxWords {
		return false
	}
	letters := false
	for _, r := range line {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// mailIssues removes an e-mail newsletter's issue lines around its
// story, once a line of the e-mail's own chrome (mailChrome) shows the
// text is one: the issue's number line (issueLine), its table of
// contents (mailContents), the link to the rest of a story (mailReadOn)
// and, after that link, each item under a heading in capitals
// (capsHeading), the heading and its paragraph. Credit lines stay, but
// for the link, which names the site it leads to.
func mailIssues(body string, blocks []block) {
	var s scratch
	mail := false
	for i := range blocks {
		if s.measure(body[blocks[i].span.Start:blocks[i].span.End], nil).mail {
			mail = true
			break
		}
	}
	if !mail {
		return
	}
	readOn := false
	for i := 0; i < len(blocks); i++ {
		b := &blocks[i]
		line := strings.TrimSpace(body[b.span.Start:b.span.End])
		l := strings.ToLower(line)
		item := readOn && capsHeading(line, b.words)
		switch {
		case b.words <= mailLineMaxWords && slices.ContainsFunc(mailReadOn, func(p string) bool { return strings.HasPrefix(l, p) }):
			// The link names the site it leads to, as a credit names
			// its source ("… on elkortijo.example"), but it is the
			// e-mail's button: the story's own source line stays.
			readOn = true
			b.credit = false
		case b.credit:
			continue
		case issueLine(line, b.words), item,
			slices.ContainsFunc(mailContents, func(p string) bool { return strings.HasPrefix(l, p) }):
		default:
			continue
		}
		b.class, b.score, b.reason = classChrome, 1, ReasonPromo
		for item && i+1 < len(blocks) && !blocks[i+1].afterBlank && !blocks[i+1].credit {
			i++
			blocks[i].class, blocks[i].score, blocks[i].reason = classChrome, 1, ReasonPromo
		}
	}
}
