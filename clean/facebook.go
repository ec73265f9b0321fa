package clean

import (
	"strings"
	"unicode"
)

// A Facebook group's page, as a scrape of it keeps it logged out, sets
// one post between the group's interface: above it a header paragraph
// (Facebook's log-in bar, the group's name, "Public group · 4.2K
// members", "Join group", the tabs "About", "Discussion", "Events"),
// then the poster's name over a badge ("Top contributor"), and under
// the post its reactions, the comments, "View more comments", the
// comment box ("Write a public comment…") and the prompt to a
// logged-out reader ("Log in or sign up for Facebook to connect with
// friends, family and people you know.", "Log In", "or", "Create new
// account"). The header line is Facebook's own: a word for a group,
// a member count and its word for members. Once it is found the page
// is a group's, and the short paragraphs around the post that hold the
// interface's lines are the interface's, as in channelPages.

// groupWords name a group in the header line, lower case, in the
// languages of the story sets' scrapes and Facebook's large Western
// interfaces: English, French, Spanish, Portuguese, German, Italian and
// Dutch ("Public group", "Groupe Public", "Grupo público", "Öffentliche
// Gruppe", "Gruppo pubblico", "Openbare groep").
var groupWords = set(`group groupe grupo gruppe gruppo groep`)

// memberWords count a group's members in the header line ("4.2K
// members", "4,2 k membres", "4,2 mil miembros", "4,2 mil membros",
// "4.200 Mitglieder", "4200 membri", "4,2K leden").
var memberWords = set(`members member membres membre miembros miembro membros membro mitglieder mitglied membri leden lid`)

// groupHeaderMaxWords bounds the header line: "Public group · 4.2K
// members" has five words, "Grupo público · 4,2 mil miembros" six, and
// "Private group · Visible · 812 members" six.
const groupHeaderMaxWords = 8

// groupBoxMaxWords bounds a line of a paragraph of the interface that a
// group page's label marks: the poster's name over the badge, the
// buttons, the log-in prompt's lines. Facebook's prompt to sign up,
// the longest of them ("Log in or sign up for Facebook to connect with
// friends, family and people you know.", 16 words), is under it; a
// paragraph of the post is longer or holds no label.
const groupBoxMaxWords = 18

// groupLabels are the lines of a group page's interface alone on their
// line, lower case, without an ellipsis or a closing stop: the join
// button, the poster's badges, the comment list's and the comment box's
// lines and the log-in prompt, in English, French, Spanish, Portuguese
// and German.
var groupLabels = barSet(`join group | top contributor | rising contributor | group expert | admin | moderator |
	new member | conversation starter | visual storyteller | view more comments | view all comments |
	write a public comment | write a comment | write an answer | most relevant | all comments | newest |
	log in or sign up for facebook to connect with friends, family and people you know | create new account |
	rejoindre le groupe | voir plus de commentaires | écrire un commentaire public | écrire un commentaire |
	unirte al grupo | unirse al grupo | ver más comentarios | escribe un comentario público | escribe un comentario |
	participar do grupo | ver mais comentários | escreva um comentário público | escreva um comentário |
	gruppe beitreten | weitere kommentare anzeigen | öffentlich kommentieren | kommentieren`)

// groupHeader reports whether line, of words words, is a group page's
// header line: a word for a group (groupWords), a member count and a
// word for members (memberWords), in at most groupHeaderMaxWords words.
func groupHeader(line string, words int) bool {
	if words == 0 || words > groupHeaderMaxWords || !strings.ContainsFunc(line, unicode.IsDigit) {
		return false
	}
	group, members := false, false
	for _, w := range strings.FieldsFunc(strings.ToLower(line), func(r rune) bool { return !unicode.IsLetter(r) }) {
		group = group || groupWords[w]
		members = members || memberWords[w]
	}
	return group && members
}

// groupLabel reports whether line is one of groupLabels, trimmed of the
// comment box's ellipsis and a closing stop.
func groupLabel(line string) bool {
	return groupLabels[strings.ToLower(strings.Trim(strings.TrimSpace(line), "….!:→›» "))]
}

// groupPages removes a Facebook group page's interface around its post:
// the header paragraph that holds the header line (groupHeader) when
// nothing of the text stands above it, and after it each paragraph of
// short lines (groupBoxMaxWords) that holds a line of the interface
// (groupLabel), whole: the poster's name with the badge over the post,
// the comment list's foot with the comment box, the log-in prompt. A
// post's own paragraphs are longer or hold no such line; a story about
// a Facebook group names its members in sentences, and no header line
// opens it.
func groupPages(body string, blocks []block) {
	platformPages(body, blocks, groupHeader, func(par []block) bool {
		label := false
		for k := range par {
			if par[k].words > groupBoxMaxWords {
				return false
			}
			label = label || !par[k].credit && groupLabel(body[par[k].span.Start:par[k].span.End])
		}
		return label
	})
}
