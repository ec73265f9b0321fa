package clean

import (
	"slices"
	"strings"
	"unicode"
)

// A public WhatsApp channel's page, as WhatsApp's web preview and the
// sites that mirror channels print it, sets one post between the
// channel's interface: above it a header paragraph (the channel's name,
// "WhatsApp Channel · 18.3K followers", "Follow", "Channel info", the
// notice that channel messages are not end-to-end encrypted), below it
// the post's reaction counts and buttons ("View reactions", "Forward"),
// the channel's description and "Join channel". A scrape keeps them as
// lines of their own in the interface's language. The header line is
// WhatsApp's own and names it; once it is found the page is a channel's,
// and the paragraphs around the post that hold its buttons are the
// interface's, not the post's. A capture from the phone's app prints
// the header line without WhatsApp's name ("Canal · 18,3 mil
// seguidores") and the app's menu under the post ("Silenciar
// notificaciones"); the channel's link or a short line naming WhatsApp
// below it says whose page it is.

// channelNames name a channel in the header line, lower case, in the
// languages WhatsApp's interface ships: English, French, Spanish,
// Portuguese, Italian, German, Dutch, Polish, Russian, Vietnamese,
// Indonesian, Turkish and Arabic.
var channelNames = []string{"channel", "chaîne", "canal", "canale", "kanal", "kanaal", "kanał", "канал",
	"kênh", "saluran", "kanalı", "قناة"}

// channelHeaderMaxWords bounds the header line: "WhatsApp Channel ·
// 18.3K followers" has five words, "Canal de WhatsApp · 18,3 mil
// seguidores" seven.
const channelHeaderMaxWords = 8

// channelLabelMaxWords bounds a line that names WhatsApp among the
// interface's buttons and the mirror's line ("Join channel on
// WhatsApp", "Rejoindre la chaîne sur WhatsApp", "Archived by … –
// public mirror of WhatsApp channels", nine words).
const channelLabelMaxWords = 10

// channelLabels are the channel interface's buttons and headings alone
// on their line, lower case: English, French, Spanish, Portuguese,
// German and Italian; and, in English, Spanish and Portuguese, the
// app's menu under a post as a capture from the phone keeps it ("Mute
// notifications", "View all channel updates", "Silenciar
// notificaciones", "Ver todas las actualizaciones del canal").
var channelLabels = barSet(`follow | following | channel info | view reactions | forward | join channel | copy link |
	mute notifications | unmute notifications | view all channel updates |
	suivre | abonné | infos de la chaîne | voir les réactions | transférer | rejoindre la chaîne | copier le lien |
	seguir | siguiendo | info. del canal | información del canal | ver reacciones | reenviar | unirse al canal |
	silenciar notificaciones | ver todas las actualizaciones del canal |
	seguindo | dados do canal | informações do canal | ver reações | encaminhar | entrar no canal |
	silenciar notificações | ver todas as atualizações do canal |
	folgen | kanalinfo | reaktionen ansehen | weiterleiten | kanal beitreten |
	segui | info canale | visualizza reazioni | inoltra | unisciti al canale`)

// channelHeader reports whether line is a channel page's header line:
// WhatsApp's name, a word for a channel and a follower count, in at
// most channelHeaderMaxWords words.
func channelHeader(line string, words int) bool {
	if words == 0 || words > channelHeaderMaxWords || !strings.ContainsFunc(line, unicode.IsDigit) {
		return false
	}
	l := strings.ToLower(line)
	if !strings.Contains(l, "whatsapp") {
		return false
	}
	for _, w := range channelNames {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// channelInfo reports whether line, of words words, is the header line
// as the app prints it under the channel's name, without WhatsApp's
// own name: the word for a channel alone (channelNames), a middle dot,
// and the followers' count in a Facebook page's form (pageHeader):
// "Channel · 18.3K followers", "Canal · 18,3 mil seguidores". The
// shape alone is a platform's count, not yet WhatsApp's: channelPages
// asks for WhatsApp's own marks further down (channelMark).
func channelInfo(line string, words int) bool {
	if words < 3 || words > channelHeaderMaxWords {
		return false
	}
	kind, count, ok := strings.Cut(strings.TrimSpace(line), "·")
	if !ok || !slices.Contains(channelNames, strings.ToLower(strings.TrimSpace(kind))) {
		return false
	}
	return pageHeader(count, words-1)
}

// channelLinkMaxWords bounds a line holding the channel's link: the
// sign-off's call with it ("📲 Únete a nuestro canal y recibe las
// noticias de Santander al instante 👉 https://whatsapp.com/channel/…",
// 17 words as the line's count reads the link's parts as words), a
// sentence of the interface, never a paragraph of a post; 20 leaves a
// longer language room, as telegramLineMaxWords bounds a line with
// Telegram's join link.
const channelLinkMaxWords = 20

// channelLink reports whether line, of words words, holds a WhatsApp
// channel's link (whatsapp.com/channel/…) in at most
// channelLinkMaxWords words.
func channelLink(line string, words int) bool {
	return words > 0 && words <= channelLinkMaxWords && strings.Contains(strings.ToLower(line), "whatsapp.com/channel/")
}

// channelMark reports whether line, of words words, is one of
// WhatsApp's marks on a channel's page: the channel's link
// (whatsapp.com/channel/…) or a short line naming WhatsApp, in at most
// channelLabelMaxWords words ("📢 Comparte esta información en tus
// grupos de WhatsApp").
func channelMark(line string, words int) bool {
	return channelLink(line, words) || words > 0 && words <= channelLabelMaxWords && strings.Contains(strings.ToLower(line), "whatsapp")
}

// channelLabel reports whether line, of words words, is a line of the
// channel interface: one of channelLabels, a short line naming WhatsApp,
// or the post's reaction counts (emoji and numbers only: "😢 148 🙏 61").
func channelLabel(line string, words int) bool {
	l := strings.ToLower(strings.Trim(strings.TrimSpace(line), "!.:→›» "))
	if channelLabels[l] || words > 0 && words <= channelLabelMaxWords && strings.Contains(l, "whatsapp") {
		return true
	}
	counts, letters := false, false
	for _, r := range l {
		switch {
		case unicode.IsDigit(r):
			counts = true
		case unicode.IsLetter(r):
			letters = true
		}
	}
	return counts && !letters && strings.ContainsFunc(l, func(r rune) bool { return r > 0x2000 && unicode.Is(unicode.So, r) })
}

// channelPages removes a WhatsApp channel page's interface around its
// post: the header paragraph that holds the header line (channelHeader)
// when nothing of the text stands above it, and after it each paragraph
// that holds a line of the interface (channelLabel), whole: the
// reaction counts with their buttons, the channel's description with
// "Join channel", the channel's sign-off that gives the channel's link
// (channelLink) or names WhatsApp ("Comparte esta información en tus
// grupos de WhatsApp"). A capture from the
// app prints the header line without WhatsApp's name ("Canal · 18,3
// mil seguidores": channelInfo); it opens a channel's page when one of
// WhatsApp's marks stands further down (channelMark), as Telegram's
// header of name and count asks for Telegram's marks. A post's own
// paragraphs hold no such line; a story about WhatsApp channels names
// them in sentences, and no header line opens it.
func channelPages(body string, blocks []block) {
	header := channelHeader
	for i := range blocks {
		if channelMark(body[blocks[i].span.Start:blocks[i].span.End], blocks[i].words) {
			header = func(line string, words int) bool { return channelHeader(line, words) || channelInfo(line, words) }
			break
		}
	}
	platformPages(body, blocks, header, nil, func(par []block) bool {
		for k := range par {
			line := body[par[k].span.Start:par[k].span.End]
			if !par[k].credit && (channelLabel(line, par[k].words) || channelLink(line, par[k].words)) {
				return true
			}
		}
		return false
	})
}

// platformPages removes the interface of a platform's page around a post
// (a WhatsApp channel's, a Facebook group's): the paragraph that holds
// the page's header line (header), when nothing of the text stands
// above it (only chrome, or paragraphs that above reports, when it is
// not nil: Facebook's log-in bar "Facebook / Log ind / Glemt
// adgangskode? / Opret ny konto" over a group's header, whose words no
// weight decides), and after it each paragraph that iface reports, whole, but
// for the credit lines in them and for the post's opening that a copy
// set in the poster's paragraph under the badge (postOpening). A text
// whose first paragraph holds no header line is left as it is.
func platformPages(body string, blocks []block, header func(line string, words int) bool, above, iface func(par []block) bool) {
	at := -1
	for start := 0; start < len(blocks) && at < 0; {
		end := start + 1
		for end < len(blocks) && !blocks[end].afterBlank {
			end++
		}
		for i := start; i < end; i++ {
			if header(body[blocks[i].span.Start:blocks[i].span.End], blocks[i].words) {
				at = i
				break
			}
		}
		if blocks[end-1].class != classChrome && (above == nil || !above(blocks[start:end])) {
			break // past the first paragraph of the text
		}
		start = end
	}
	if at < 0 {
		return
	}
	for start := 0; start < len(blocks); {
		end := start + 1
		for end < len(blocks) && !blocks[end].afterBlank {
			end++
		}
		if start <= at && at < end || start > at && iface(blocks[start:end]) {
			stop := end
			if start > at {
				stop -= postOpening(body, blocks[start:end], blocks[end:])
			}
			for k := start; k < stop; k++ {
				if !blocks[k].credit {
					blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonShare
				}
			}
		}
		start = end
	}
}
