package clean

import "strings"

// A paper's paywall prints a box where a locked story's text breaks
// off, or over it when the page still carries the story for search
// engines: a heading that says the text is for subscribers ("This
// article is for subscribers", "Cet article est réservé aux abonnés",
// "Dieser Artikel ist nur für Abonnenten"), a short appeal with the
// offer ("Support local journalism in Kelmouth. Subscribe today for
// just £1 for your first three months."), the button ("Subscribe
// now") and the prompt to log in ("Already a subscriber? Log in").
// An extraction keeps each as a paragraph of its own between the
// standfirst and the story, and each alone reads as a subhead or a
// short line of the story: the heading has no chrome word but
// "subscribers", the appeal no more than a newsletter's promise.
//
// The box is known by its two ends: the heading (paywallHeading)
// and, within paywallBoxMaxLines short lines under it, the button
// (boxButton, membershipButton) or the log-in prompt (paywallLogin).
// A story says that a paper put its stories behind a paywall in
// sentences, and no button follows them. The log-in prompt goes
// wherever it stands, as a login box's lines do (pageWidgets): no
// story asks its reader whether they subscribe.

// paywallHeadings are the phrases that make a short line a paywall's
// heading, lower case, the typographic apostrophe as the plain one,
// matched as whole words anywhere in the line: the text reserved for
// subscribers, or the order to subscribe to read on, in English,
// French, German, Spanish, Italian, Portuguese and Dutch.
var paywallHeadings = barSet(`for subscribers | for subscribers only | for paying subscribers | for our subscribers |
	exclusive to subscribers | available to subscribers | subscribers only | subscriber exclusive |
	subscribe to continue reading | subscribe to read | subscribe to read more | subscribe to unlock |
	réservé aux abonnés | réservée aux abonnés | pour les abonnés | exclusivement aux abonnés |
	abonnez-vous pour lire la suite | abonnez-vous pour continuer | nur für abonnenten | exklusiv für abonnenten |
	für abonnenten | abonnieren sie um weiterzulesen | exclusivo para suscriptores | solo para suscriptores |
	para suscriptores | suscríbete para seguir leyendo | suscríbete para continuar leyendo |
	riservato agli abbonati | riservata agli abbonati | per gli abbonati | abbonati per continuare a leggere |
	exclusivo para assinantes | para assinantes | assine para continuar lendo | assine para ler |
	alleen voor abonnees | voor abonnees | exclusief voor abonnees | abonneer om verder te lezen`)

// paywallHeadingMaxWords bounds the heading: "This article is only
// available to subscribers" has seven words, "Dieser Artikel ist
// exklusiv für Abonnenten" six. A story's sentence that names the
// same words is longer, or has no button under it.
const paywallHeadingMaxWords = 9

// paywallBoxMaxLines bounds the lines under the heading down to the
// box's last button: the appeal, perhaps a price line, the button and
// the log-in prompt (four); one more leaves room for a second offer.
const paywallBoxMaxLines = 5

// paywallLogins open the paywall's prompt to log in, lower case, the
// typographic apostrophe as the plain one: the question to the reader
// who already pays, before the link ("Already a subscriber? Log in",
// "Déjà abonné ? Se connecter", "Schon Abonnent? Hier anmelden", "¿Ya
// eres suscriptor? Inicia sesión").
var paywallLogins = barSet(`already a subscriber | already subscribed | already a member | already have an account |
	already have a subscription | déjà abonné | déjà abonnée | vous êtes déjà abonné | vous êtes déjà abonnée |
	schon abonnent | schon abonniert | bereits abonnent | sie sind bereits abonnent | ya eres suscriptor |
	ya soy suscriptor | ya tienes una cuenta | sei già abbonato | già abbonato | sei già abbonata |
	já é assinante | já sou assinante | al abonnee | ben je al abonnee | heb je al een abonnement`)

// paywallLoginMaxWords bounds the log-in prompt with its link: "Vous
// êtes déjà abonné ? Connectez-vous" has five words, "Already have a
// subscription? Sign in here" six.
const paywallLoginMaxWords = 8

// paywallWords returns line lower case, the typographic apostrophe as
// the plain one, its punctuation as spaces and its words single-spaced,
// with a space at each end, so that a phrase is found as whole words.
func paywallWords(line string) string {
	l := strings.ReplaceAll(strings.ToLower(line), "’", "'")
	l = strings.Map(func(r rune) rune {
		switch r {
		case '?', '¿', '!', '¡', '.', ',', ':', ';', '«', '»', '"', '“', '”', '(', ')', '|', '→', '›':
			return ' '
		}
		return r
	}, l)
	return " " + strings.Join(strings.Fields(l), " ") + " "
}

// paywallHeading reports whether line, of words words, is a paywall's
// heading: short, ending no sentence with a full stop, and holding one
// of paywallHeadings.
func paywallHeading(line string, words int) bool {
	line = strings.TrimSpace(line)
	if words == 0 || words > paywallHeadingMaxWords || strings.HasSuffix(line, ".") {
		return false
	}
	l := paywallWords(line)
	for p := range paywallHeadings {
		if strings.Contains(l, " "+p+" ") {
			return true
		}
	}
	return false
}

// paywallLogin reports whether line, of words words, is a paywall's
// prompt to log in: it opens with one of paywallLogins and has at most
// paywallLoginMaxWords words.
func paywallLogin(line string, words int) bool {
	if words == 0 || words > paywallLoginMaxWords {
		return false
	}
	l := paywallWords(line)
	for p := range paywallLogins {
		if strings.HasPrefix(l, " "+p+" ") {
			return true
		}
	}
	return false
}

// paywallBoxes removes a paywall's log-in prompt (paywallLogin)
// wherever it stands, and a paywall's box: its heading (paywallHeading)
// and the lines under it down to its last button or log-in prompt,
// within paywallBoxMaxLines lines of at most membershipBlurbMaxWords
// words each. Credit lines stay, and end the box.
func paywallBoxes(body string, blocks []block, feats []features) {
	for i := range blocks {
		b := &blocks[i]
		if !b.credit && paywallLogin(body[b.span.Start:b.span.End], b.words) {
			b.class, b.score, b.reason = classChrome, 1, ReasonPromo
		}
	}
	for i := range blocks {
		if blocks[i].credit || !paywallHeading(body[blocks[i].span.Start:blocks[i].span.End], feats[i].words) {
			continue
		}
		last := -1
		for k := i + 1; k < len(blocks) && k <= i+paywallBoxMaxLines; k++ {
			if blocks[k].credit || feats[k].words == 0 || feats[k].words > membershipBlurbMaxWords {
				break
			}
			line := body[blocks[k].span.Start:blocks[k].span.End]
			if ok, _ := boxButton(line); ok || membershipButton(line) || paywallLogin(line, feats[k].words) {
				last = k
			}
		}
		for k := i; k <= last; k++ {
			blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonPromo
		}
	}
}
