package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// contactMaxWords bounds a footer's contact line: the owner's name, a
// street, a postcode and a town ("Associaziun Turistica Munt Sorëi ·
// Strada Plan 5 · I-39030 Munt Sorëi (BZ)", 12 words), or a telephone
// number and an e-mail address. A story's sentence giving an address is
// longer and reads as a sentence.
const contactMaxWords = 16

// phoneMinDigits is the fewest digits of a telephone number: a local
// number of six ("730 000") and more with its area and country codes.
const phoneMinDigits = 6

// phoneLabels open a telephone or fax number in a footer, lower case
// and without their dot or colon: English, German, Italian, French,
// Spanish, Portuguese and Dutch abbreviations and words.
var phoneLabels = barSet(`tel | phone | telephone | ph | t | fax | f | mobile | mob | telefon | telefono |
	téléphone | tél | teléfono | tfno | telefone | cel | cell | handy`)

// contactSeps part a footer line's items ("Name · Street · Postcode
// Town", "Tel. … | info@…").
var contactSeps = []string{" · ", " | ", " • "}

// footerContacts removes a site's contact block in its footer: a
// paragraph whose every line is an owner's address or its telephone
// number and e-mail address (contactLine), set between chrome (the
// newsletter box or the related list above it, the VAT number, the
// legal links or the copyright notice below it) or at the text's end
// under chrome. A story that gives an address or a number does so in a
// sentence, or in its own paragraph after its own text, with no chrome
// above; a press release's contact block ends its text and stays.
func footerContacts(body string, blocks []block) {
	for i := 1; i < len(blocks); i++ {
		if !blocks[i].afterBlank || blocks[i-1].class != classChrome {
			continue
		}
		j := i
		for j < len(blocks) && (j == i || !blocks[j].afterBlank) && !blocks[j].credit &&
			contactLine(body[blocks[j].span.Start:blocks[j].span.End], blocks[j].words) {
			j++
		}
		if j == i || j < len(blocks) && !blocks[j].afterBlank && blocks[j].class != classChrome {
			continue // no contact line, or the paragraph goes on with other lines
		}
		if j < len(blocks) && blocks[j].class != classChrome {
			continue // the next paragraph is no footer's
		}
		for k := i; k < j; k++ {
			blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonNavigation
		}
		i = j - 1
	}
}

// contactLine reports whether line, of words words, is a footer's
// contact line: at most contactMaxWords words of contactItems.
func contactLine(line string, words int) bool {
	return words > 0 && words <= contactMaxWords && contactItems(line)
}

// contactItems reports whether line is set as contact items: items
// parted by contactSeps, none ending a sentence, at least one of them a
// telephone number, an e-mail address or a postcode before a town. The
// callers bound its length.
func contactItems(line string) bool {
	line = strings.TrimSpace(line)
	if fullStop(line) {
		return false
	}
	parts := []string{line}
	for _, sep := range contactSeps {
		if strings.Contains(line, sep) {
			parts = strings.Split(line, sep)
			break
		}
	}
	contact := false
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if fullStop(p) {
			return false
		}
		if phoneNumber(p) || emailAddress(p) || postcodeTown(p) {
			contact = true
		}
	}
	return contact
}

// phoneNumber reports whether item is a telephone number, with a label
// before it or a country code's '+': "Tel. +39 0471 000 730", "+41 44
// 000 00 00", "Fax: 030 1234567".
func phoneNumber(item string) bool {
	labelled := false
	if f := strings.Fields(item); len(f) > 1 {
		if phoneLabels[strings.ToLower(strings.TrimRight(f[0], ".:"))] {
			item, labelled = strings.Join(f[1:], " "), true
		}
	}
	item = strings.TrimLeft(item, ": ")
	if !labelled && !strings.HasPrefix(item, "+") {
		return false
	}
	digits := 0
	for _, r := range item {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == ' ' || r == '+' || r == '(' || r == ')' || r == '-' || r == '/' || r == '.':
		default:
			return false
		}
	}
	return digits >= phoneMinDigits
}

// emailAddress reports whether item is an e-mail address alone.
func emailAddress(item string) bool {
	at := strings.IndexByte(item, '@')
	return at > 0 && !strings.ContainsAny(item, " \t") && strings.Contains(item[at+1:], ".")
}

// postcodeTown reports whether item is a postcode before a town's name:
// a country's letters and a hyphen before four or five digits ("I-39030
// Munt Sorëi (BZ)", "CH-8001 Zürich", "D-80331 München"), or five digits
// alone ("75001 Paris", "39030 Bolzano"); four digits alone are as often
// a year ("1992 Olympics"), so they need the country's letters.
func postcodeTown(item string) bool {
	code, town, ok := strings.Cut(item, " ")
	if !ok {
		return false
	}
	prefix, digits, hyphen := strings.Cut(code, "-")
	if !hyphen {
		prefix, digits = "", code
	}
	if len(prefix) > 2 || strings.ToUpper(prefix) != prefix || strings.Trim(prefix, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" ||
		strings.Trim(digits, "0123456789") != "" || len(digits) < 4 || len(digits) > 5 || !hyphen && len(digits) != 5 {
		return false
	}
	if hyphen && prefix == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(town)
	return unicode.IsUpper(r)
}

// statusNoticeMaxWords bounds a footer's status notice: the owner's
// name and its registration or its regulator ("The Westmoor Herald is
// published by Dalemoor Media Group, a member of IPSO.", 14 words; "…
// is a registered charity in England and Wales (no. 1234567)."). Thirty
// leaves room for a regulator's full name and a longer language; a
// story's paragraph naming a charity or the regulator is a sentence
// among its sentences, not a line set between footer chrome.
const statusNoticeMaxWords = 30

// statusPhrases are the words of an owner's status in a site's footer,
// lower case: a charity's or an association's registration and a press
// regulator's membership, as UK and Irish papers print "a member of the
// Independent Press Standards Organisation (IPSO)", "regulated by
// IMPRESS", "a member of the Press Council of Ireland", and as charities
// and associations print their status in English, French, German,
// Spanish, Italian and Dutch.
var statusPhrases = []string{
	"registered charity", "charity number", "charity no", "charity registration number",
	"member of ipso", "regulated by ipso", "independent press standards organisation",
	"regulated by impress", "member of impress", "press council of ireland", "press ombudsman",
	// South African papers print their adherence to the Press Code
	// and the Press Council of South Africa under every story ("IOL
	// subscribes to the Press Code and the Press Council of South
	// Africa."), and Australian and New Zealand papers their
	// membership of their press councils.
	"subscribes to the press code", "subscribe to the press code", "press council of south africa",
	"member of the australian press council", "member of the new zealand media council",
	"association loi 1901", "association loi de 1901", "reconnue d'utilité publique",
	"eingetragener verein", "gemeinnütziger verein", "als gemeinnützig anerkannt",
	"asociación sin ánimo de lucro", "entidad sin ánimo de lucro",
	"associazione di promozione sociale", "ente del terzo settore",
	"algemeen nut beogende instelling", "anbi-status",
	// A small association's membership of its federation, as a town's
	// tourist association (Pro Loco, Verkehrsverein, syndicat
	// d'initiative) prints it under its name: Italian Pro Loco "aderente
	// all'UNPLI" (the national union of Pro Loco), and the same status in
	// the other languages of the list.
	"associazione di promozione turistica", "aderente all'unpli", "affiliata all'unpli", "iscritta all'albo regionale delle pro loco",
	"membre de la fédération", "association reconnue d'intérêt général",
	"mitglied im landesverband", "mitglied im tourismusverband",
	"declarada de utilidad pública", "inscrita en el registro de asociaciones",
	"a member of the national federation", "affiliated to the national federation",
	"lid van de federatie",
}

// aggregatorPhrases are the words of a news aggregator's account of
// itself in its footer, lower case: that it gathers other sites'
// articles automatically ("Kabylie Actu Flash agrège automatiquement
// des articles publiés sur le web. Les contenus appartiennent à leurs
// auteurs respectifs."), in English, French, Spanish, Portuguese,
// Italian, German and Dutch. The adverb is part of each phrase: a
// story says that a service aggregates news, an aggregator that it does
// so automatically, under the copy it printed.
var aggregatorPhrases = []string{
	"automatically aggregates", "aggregates automatically", "automatically aggregated",
	"agrège automatiquement", "agrégés automatiquement", "agrégé automatiquement",
	"agrega automáticamente", "agregadas automáticamente", "agregados automáticamente",
	"agrega automaticamente", "agregadas automaticamente", "agregados automaticamente",
	"aggrega automaticamente", "aggregati automaticamente",
	"aggregiert automatisch", "automatisch aggregiert", "automatisch zusammengetragen",
	"verzamelt automatisch", "automatisch verzameld",
}

// copyCallPhrases are the words of a newsletter's or a parish, village
// or club paper's standing call for copy in its footer ("Kopij voor het
// volgende nummer inleveren vóór woensdag 12.00 uur via het
// kopijformulier."), lower case: the copy or the contributions and the
// next issue, or the paper's copy deadline, in Dutch, German, English
// and French. A story about a paper may quote its deadline in a
// sentence among its sentences; the call stands alone between the
// footer's chrome.
var copyCallPhrases = []string{
	"kopij voor het volgende nummer", "kopij voor de volgende editie", "kopij voor het volgende blad",
	"kopij inleveren vóór", "kopij inleveren voor", "sluitingsdatum kopij", "kopijsluiting", "deadline kopij",
	"redaktionsschluss für die nächste ausgabe", "redaktionsschluss der nächsten ausgabe",
	"beiträge für die nächste ausgabe",
	"copy for the next issue", "copy deadline for the next issue", "contributions for the next issue",
	"submissions for the next issue",
	"articles pour le prochain numéro", "textes pour le prochain numéro", "contributions pour le prochain numéro",
}

// affiliationPhrases are the words of a fan site's or a blog's
// disclaimer of affiliation in its footer ("X is an independent fan site
// and is not affiliated with Y Football Club."), lower case, in English,
// French, German, Spanish, Italian, Portuguese and Dutch. A story may
// report that a group is not affiliated with a party, in a sentence
// among its sentences; the disclaimer stands alone at the text's tail,
// under the footer's chrome (footerNotices).
var affiliationPhrases = []string{
	"is not affiliated with", "is not affiliated to", "not officially affiliated with",
	"is not endorsed by", "is not associated with", "has no connection with", "has no affiliation with",
	"is in no way affiliated", "is in no way associated", "is not connected with",
	"n'est pas affilié", "n'est pas affiliée", "n'est en aucun cas affilié", "n'a aucun lien avec",
	"steht in keiner verbindung zu", "steht in keiner verbindung mit", "ist nicht verbunden mit",
	"no está afiliado", "no está afiliada", "no tiene relación con", "no tiene ninguna relación con",
	"non è affiliato", "non è affiliata", "non ha alcun legame con",
	"não é afiliado", "não é afiliada", "não tem qualquer ligação com",
	"is niet verbonden aan", "is niet gelieerd aan",
}

// signOffMaxWords bounds the fan site's sign-off under its footer's
// disclaimer ("Up the Bargemen!", "Allez les Verts !"): a cheer of a
// few words.
const signOffMaxWords = 6

// signOff reports whether line, of words words, is a short exclamation
// closing a page: at most signOffMaxWords words ending in "!".
func signOff(line string, words int) bool {
	return words > 0 && words <= signOffMaxWords && strings.HasSuffix(strings.TrimSpace(line), "!")
}

// standardsLabels label a wire or news site's standards line under every
// story ("Our Standards: The Thomson Reuters Trust Principles."), lower
// case, without the colon that follows them: English, French, German,
// Spanish, Italian and Portuguese. Only a short line that opens with one
// and its colon counts (standardsLine): a story speaks of editorial
// standards in a sentence.
var standardsLabels = []string{
	"our standards", "editorial standards", "our editorial standards", "ethics policy", "our ethics policy",
	"nos standards", "nos normes", "charte éditoriale", "charte de déontologie",
	"unsere standards", "redaktionelle standards", "unsere grundsätze",
	"nuestros estándares", "estándares editoriales", "principios editoriales",
	"i nostri standard", "standard editoriali", "nossos padrões", "padrões editoriais",
}

// standardsMaxWords bounds a standards line: the label and the name of
// the principles or policy it links to ("Our Standards: The Thomson
// Reuters Trust Principles., opens new tab", 10 words).
const standardsMaxWords = 14

// standardsLine reports whether line, of words words, is a site's
// labelled standards line (standardsLabels).
func standardsLine(line string, words int) bool {
	if words == 0 || words > standardsMaxWords {
		return false
	}
	l := strings.ToLower(strings.TrimSpace(line))
	for _, p := range standardsLabels {
		if rest, ok := strings.CutPrefix(l, p); ok && strings.HasPrefix(strings.TrimSpace(rest), ":") {
			return true
		}
	}
	return false
}

// statusNotice reports whether line, of words words, names its owner's
// status (statusPhrases), says that it is an aggregator
// (aggregatorPhrases), calls for copy for its next issue
// (copyCallPhrases) or disclaims affiliation (affiliationPhrases) in at
// most statusNoticeMaxWords words, or is a labelled standards line
// (standardsLine), a web designer's credit (designerPhrases), or a
// broadcaster's closed captioning contact (captioningPhrases) or its
// ownership line (stationOwner).
func statusNotice(line string, words int) bool {
	if words == 0 || words > statusNoticeMaxWords {
		return false
	}
	l := strings.ReplaceAll(strings.ToLower(line), "’", "'")
	if standardsLine(line, words) {
		return true
	}
	for _, list := range [][]string{statusPhrases, aggregatorPhrases, copyCallPhrases, affiliationPhrases} {
		for _, p := range list {
			if strings.Contains(l, p) {
				return true
			}
		}
	}
	for _, p := range designerPhrases {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	for _, p := range captioningPhrases {
		if strings.Contains(l, p) {
			return true
		}
	}
	return stationOwner(l)
}

// captioningPhrases are the words of a US broadcaster's closed
// captioning contact, which the FCC has every station print on its
// site ("Captioning questions or problems? Contact our closed
// captioning coordinator at …", "For closed captioning concerns,
// contact …"), lower case. A story about captions names them in a
// sentence among its own; the contact stands in the footer
// (footerNotices).
var captioningPhrases = []string{"closed captioning", "closed-captioning", "captioning questions", "captioning concerns"}

// stationOwnerMaxWords bounds a station's ownership line: the call sign
// and its group's name ("KVRQ-TV is a Sawtooth Media Group station.", 7
// words; "WXXX-TV is a Harbor Broadcasting Company television
// station.", 9); a longer line says more than who owns the station.
const stationOwnerMaxWords = 12

// stationOwner reports whether l, a line in lower case, is a
// broadcaster's ownership line in its footer: one sentence of at most
// stationOwnerMaxWords words, "is a" or "is an" after the first word
// or two (the station's name or call sign) and "station" closing it
// ("KVRQ-TV is a Sawtooth Media Group station."). A story's sentence
// that calls a place a station goes on after the word, or holds a
// second sentence; footerNotices asks the footer's place too.
func stationOwner(l string) bool {
	l = strings.TrimSpace(l)
	body, ok := strings.CutSuffix(l, " station.")
	if !ok {
		if body, ok = strings.CutSuffix(l, " station"); !ok {
			return false
		}
	}
	f := strings.Fields(body)
	if len(f)+1 > stationOwnerMaxWords || strings.ContainsAny(body, "!?;") || strings.Contains(body, ". ") {
		return false
	}
	for k := 1; k <= 2 && k+1 < len(f); k++ {
		if f[k] == "is" && (f[k+1] == "a" || f[k+1] == "an") {
			return true
		}
	}
	return false
}

// designerPhrases open a web designer's credit in a site's footer, lower
// case: "Website by Parish Online Services", "Web design by …", "Site
// réalisé par …", "Webdesign von …". Only as a line's opening: "leave a
// comment on the council's website by 8 November" is a story's.
var designerPhrases = []string{
	"website by ", "site by ", "web design by ", "website design by ", "website designed by ", "site designed by ",
	"designed and built by ", "site réalisé par ", "réalisation du site", "webdesign von ", "webdesign by ", "webdesign:",
	"diseño web por ", "diseño web:", "sito realizzato da ", "website door ", "webdesign door ",
}

// footerNotices removes a site's status notice in its footer, once the
// rest of the footer is decided (after footerCopyright): a line
// naming its owner's charity registration or press regulator, an
// aggregator's account of itself or a paper's call for copy
// (statusNotice), with chrome or the
// copy's credit line above it (a membership box, the footer's links)
// and chrome below it, the text's end or the owner's copyright
// notice, the place a footer gives it. A story that reports that a body is a registered charity or a
// member of IPSO says so inside its paragraphs, between its own
// sentences, and stays.
func footerNotices(body string, blocks []block) {
	for i := 1; i < len(blocks); i++ {
		b := &blocks[i]
		// Above it chrome, or the credit line that closes a copy (an
		// aggregator's "Source : Aẓar Info – <url>" over its own
		// footer).
		above := blocks[i-1].removed && blocks[i-1].reason != ReasonCaption || blocks[i-1].credit ||
			standardsLine(body[b.span.Start:b.span.End], b.words) // its label is its evidence; chrome or the end below
		if b.removed || b.credit || !above || !statusNotice(body[b.span.Start:b.span.End], b.words) {
			continue
		}
		// Notices one under another in the footer's paragraph go
		// together, the chrome below the last one vouching for them
		// all (a station's captioning contact over its owner's line).
		last := i
		for last+1 < len(blocks) && !blocks[last+1].removed && !blocks[last+1].credit && !blocks[last+1].afterBlank &&
			statusNotice(body[blocks[last+1].span.Start:blocks[last+1].span.End], blocks[last+1].words) {
			last++
		}
		drop := func() {
			for k := i; k <= last; k++ {
				blocks[k].dropNotice()
			}
		}
		next := last + 1
		if next == len(blocks)-1 && !blocks[next].removed && !blocks[next].afterBlank && !blocks[next].credit &&
			signOff(body[blocks[next].span.Start:blocks[next].span.End], blocks[next].words) {
			// A short exclamation right under the notice closing the
			// page: the site's sign-off ("Up the Bargemen!"), which
			// goes with it.
			drop()
			blocks[next].dropNotice()
			continue
		}
		if next < len(blocks) && !blocks[next].removed && !blocks[next].afterBlank && (!blocks[next].credit || blocks[next].via) &&
			addressUnder(body[blocks[next].span.Start:blocks[next].span.End]) &&
			(next+1 == len(blocks) || blocks[next+1].removed && !blocks[next+1].credit) {
			// The owner's address under its notice, chrome or the end
			// under that ("… aderente all'UNPLI Sicilia" over "Via Roma
			// 12 – Serrabianca (PA) · info@… · C.F. …"): the footer's
			// block, which goes whole. An Italian street ("Via Roma")
			// reads as a "Via X" credit; set as contact items under
			// the notice it is the owner's address.
			drop()
			blocks[next].dropNotice()
			continue
		}
		if next < len(blocks) && !blocks[next].removed && (!blocks[next].copyright || blocks[next].afterBlank) {
			// Chrome below, or the owner's copyright notice closing the
			// footer ("… a member of IPSO." over "© 2025 Dalemoor Media
			// Group Ltd."). The notice itself is left to footerCopyright
			// and ownedByChrome: the engine reads an owner's notice that
			// names no site of the page as the text's own credit line.
			continue
		}
		drop()
		i = last
	}
}

// addressUnder reports whether line is an owner's contact line under its
// status notice (contactLine), its words counted here: a credit line's
// features are not measured, and an Italian street ("Via Roma 12 – …")
// reads as a "Via X" credit.
func addressUnder(line string) bool {
	return contactLine(line, len(strings.Fields(line)))
}
