package clean

import (
	"strings"
	"unicode"
)

// A WhatsApp group chat copied as text (a phone's export, a scrape of
// WhatsApp Web) sets a story that a member forwarded among the group's
// own lines: the header, the group's name over "Grupo · 214
// participantes" ("Group · 214 participants"); each message opened by
// its sender's line, "~ Name" as WhatsApp marks a sender not in the
// phone's contacts; the forward's label over a forwarded message
// ("Encaminhada com frequência", "Forwarded many times"); the
// reactions' counts; the members' short replies; and the app's own
// notices ("Mensagem apagada", "Only admins can edit this group's
// info", the encryption notice). The header line is WhatsApp's own
// shape, a word for a group, a dot and a count of participants; once it
// is found the text is a chat's, and the chat's lines around the
// forwarded story are the app's and the members', not the story's.

// chatGroupWords name a group in the header line, and
// chatParticipantWords its members, lower case, in the languages
// WhatsApp's interface ships: English, Portuguese, Spanish, French,
// German, Italian and Dutch.
var (
	chatGroupWords       = set(`group grupo groupe gruppe gruppo groep`)
	chatParticipantWords = set(`participants participantes teilnehmer partecipanti deelnemers`)
)

// chatHeaderMaxWords bounds the header line: "Grupo · 214
// participantes" has three words with the dot, "Group · 1,024
// participants" as many; five leaves room for a "K".
const chatHeaderMaxWords = 5

// chatReplyMaxWords bounds a member's message under its sender's line:
// a question or an answer in a line or two ("Alguém sabe se o caminhão
// vai passar amanhã?", twelve words); a forwarded story is longer, and
// carries the forward's label.
const chatReplyMaxWords = 30

// chatSenderMaxWords bounds a sender's line: "~ Neide Professora", a
// name of up to four words after the tilde.
const chatSenderMaxWords = 5

// chatNotices are the app's own lines alone on theirs, lower case: the
// forward's labels, a deleted message, the admins-only notice and the
// encryption notice's opening, in the languages of chatGroupWords.
var chatNotices = barSet(`forwarded | forwarded many times | encaminhada | encaminhada com frequência |
	reenviado | reenviado muchas veces | transféré | transféré plusieurs fois | weitergeleitet |
	häufig weitergeleitet | inoltrato | inoltrato molte volte | doorgestuurd | vaak doorgestuurd |
	this message was deleted | mensagem apagada | se eliminó este mensaje | ce message a été supprimé |
	diese nachricht wurde gelöscht | questo messaggio è stato eliminato | dit bericht is verwijderd |
	only admins can edit this group's info | somente administradores podem editar os dados do grupo |
	messages are end-to-end encrypted | as mensagens são protegidas com a criptografia de ponta a ponta |
	los mensajes están cifrados de extremo a extremo | les messages sont chiffrés de bout en bout`)

// chatHeader reports whether line is a group chat's header line: a word
// for a group, WhatsApp's dot, and a count of participants, in at most
// chatHeaderMaxWords words.
func chatHeader(line string, words int) bool {
	if words == 0 || words > chatHeaderMaxWords || !strings.Contains(line, "·") || !strings.ContainsFunc(line, unicode.IsDigit) {
		return false
	}
	group, members := false, false
	for _, w := range strings.Fields(strings.ToLower(line)) {
		group = group || chatGroupWords[w]
		members = members || chatParticipantWords[w]
	}
	return group && members
}

// chatSender reports whether line is a message's sender line: a tilde
// and a short name.
func chatSender(line string, words int) bool {
	line = strings.TrimSpace(line)
	return strings.HasPrefix(line, "~ ") && words > 0 && words <= chatSenderMaxWords && !endsSentence(line)
}

// chatNotice reports whether line is one of the app's notices
// (chatNotices), after the emoji or arrow WhatsApp sets before a
// forward's label ("↪️ Encaminhada com frequência").
func chatNotice(line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	l = strings.TrimLeftFunc(l, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return chatNotices[strings.TrimRight(l, ". ")]
}

// chatPages removes a group chat's lines around a forwarded story: the
// header paragraph (chatHeader) when nothing of the text stands above
// it, and after it each paragraph that is the app's (every line a
// notice or the reactions' counts, channelLabel) or a member's message
// (a sender's line over short lines, none of them a notice). In a
// forwarded message's paragraph only the sender's line and the
// forward's label go: the story's headline under them stays, and so do
// the story's paragraphs, which open with no sender.
func chatPages(body string, blocks []block) {
	platformPages(body, blocks, chatHeader, nil, func(par []block) bool {
		line := func(k int) string { return body[par[k].span.Start:par[k].span.End] }
		app := true
		for k := range par {
			if !chatNotice(line(k)) && !channelLabel(line(k), par[k].words) {
				app = false
				break
			}
		}
		if app {
			return true
		}
		if !chatSender(line(0), par[0].words) {
			return false
		}
		forwarded := false
		for k := 1; k < len(par); k++ {
			forwarded = forwarded || chatNotice(line(k))
			if par[k].words > chatReplyMaxWords {
				forwarded = true // a long message: the story's, not a reply
			}
		}
		if !forwarded {
			return true
		}
		for k := range par {
			if k == 0 || chatNotice(line(k)) {
				par[k].class, par[k].score, par[k].reason = classChrome, 1, ReasonShare
			}
		}
		return false
	})
}
