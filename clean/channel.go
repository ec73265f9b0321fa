package clean

import (
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
// interface's, not the post's.

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
// German and Italian.
var channelLabels = barSet(`follow | following | channel info | view reactions | forward | join channel | copy link |
	suivre | abonné | infos de la chaîne | voir les réactions | transférer | rejoindre la chaîne | copier le lien |
	seguir | siguiendo | info. del canal | información del canal | ver reacciones | reenviar | unirse al canal |
	seguindo | dados do canal | informações do canal | ver reações | encaminhar | entrar no canal |
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
// "Join channel". A post's own paragraphs hold no such line; a story
// about WhatsApp channels names them in sentences, and no header line
// opens it.
func channelPages(body string, blocks []block) {
	platformPages(body, blocks, channelHeader, func(par []block) bool {
		for k := range par {
			if !par[k].credit && channelLabel(body[par[k].span.Start:par[k].span.End], par[k].words) {
				return true
			}
		}
		return false
	})
}

// platformPages removes the interface of a platform's page around a post
// (a WhatsApp channel's, a Facebook group's): the paragraph that holds
// the page's header line (header), when nothing of the text stands
// above it, and after it each paragraph that iface reports, whole, but
// for the credit lines in them. A text whose first paragraph holds no
// header line is left as it is.
func platformPages(body string, blocks []block, header func(line string, words int) bool, iface func(par []block) bool) {
	at := -1
	for i := range blocks {
		b := &blocks[i]
		if b.afterBlank && i > 0 && blocks[i-1].class != classChrome {
			break // past the first paragraph of the text
		}
		if header(body[b.span.Start:b.span.End], b.words) {
			at = i
			break
		}
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
			for k := start; k < end; k++ {
				if !blocks[k].credit {
					blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonShare
				}
			}
		}
		start = end
	}
}
