package clean

import (
	"regexp"
	"strings"
)

// A capture of a forum thread (phpBB's page, or vBulletin's, XenForo's,
// Discourse's, copied as plain text in the page's order) sets the posts
// between the board software's furniture: the thread's tools ("Post
// Reply", "Search this topic…"), its count and pager ("9 posts • Page 1
// of 1"), each post's subject and header ("Re: <thread title>", "Post
// by MarshLaneMick » Sat Nov 01, 2025 9:47 pm"), the poster's profile
// box under the post (the name, "Posts: 4318", "Joined: Mon Aug 14,
// 2006 7:12 pm", "Location: …" and the signature under them), "Top",
// and the board's foot ("Display posts from previous: …", "Return to
// “First Team Talk”", "Jump to", "Who is online", "Users browsing this
// forum: No registered users and 14 guests", "Board index", "The team •
// Delete cookies • All times are UTC", "Powered by phpBB® Forum
// Software © phpBB Limited").
//
// The page is known by two kinds of the software's own lines
// (forumMark): a post's header, the thread's count and pager, the
// who-is-online line, the software's credit, a profile field. Then the
// furniture (forumFurniture) goes wherever it stands, and so does each
// post after the first: on a board, the first post opens the thread,
// and the replies under it are the readers' comments on it, which a
// capture of the thread carries as a news page carries its comment
// section. The first post stays, a pasted article with it, and so does
// its own line naming the paper it pasted; its poster's profile box
// goes.

// forumPostHead matches a post's header, lower case, as phpBB prints
// it: the poster, a guillemet and the post's time ("post by
// marshlanemick » sat nov 01, 2025 9:47 pm", phpBB 3.1 and later; "by
// marshlanemick » …", phpBB 3.0). The guillemet before a time is the
// software's; a story's byline has no such mark.
//
// phpBB prints the header in each language it is translated into:
// "Mensagem por X »" (Portuguese), "Mensaje por X »" (Spanish),
// "Message par X »" (French), "Beitrag von X »" (German), "Messaggio
// da X »" (Italian), "Bericht door X »" (Dutch), "Príspevok od
// používateľa X »" (Slovak), and phpBB 3.0's bare
// "por", "par", "von", "door" before the poster.
var forumPostHead = regexp.MustCompile(`^(post by|by|mensagem por|mensaje por|message par|beitrag von|messaggio da|bericht door|` +
	`príspevok od používateľa|príspevok od|` +
	`por|par|von|door) \S.{0,40} » .{6,40}$`)

// forumPostHeadPrefixes are the words forumPostHead reads before the
// poster's name, longest first, for forumPoster.
var forumPostHeadPrefixes = []string{"post by ", "mensagem por ", "mensaje por ", "message par ", "beitrag von ",
	"messaggio da ", "bericht door ", "príspevok od používateľa ", "príspevok od ", "by ", "por ", "par ", "von ", "door "}

// forumCount matches a thread's count and pager on one line, lower
// case: "9 posts • page 1 of 1", "23 replies", "1,204 posts • page 2 of
// 49", "page 1 of 3" — the board's, since a story counts in a
// sentence.
//
// phpBB's translations count and page the same way: "3 mensagens •
// Página 1 de 1", "3 mensajes • Página 1 de 1", "3 messages • Page 1
// sur 1", "3 Beiträge • Seite 1 von 1", "3 messaggi • Pagina 1 di 1",
// "3 berichten • Pagina 1 van 1", Slovak "5 príspevkov • Strana 1 z 1".
var forumCount = regexp.MustCompile(`^(\d[\d,.]* (posts?|topics?|replies|messages?|mensagens|mensajes|messaggi|beiträge|berichten|` +
	`tópicos|temas|respostas|respuestas|réponses|sujets|themen|argomenti|risposte|onderwerpen|` +
	`príspevok|príspevky|príspevkov|témy|tém|odpovede|odpovedí)` +
	`( • ` + forumPage + `)?|` + forumPage + `)$`)

// forumPage is a thread's pager as phpBB prints it in English,
// Portuguese, Spanish, French, German, Italian and Dutch, lower case:
// "page 1 of 1", "página 1 de 1", "page 1 sur 1", "seite 1 von 1",
// "pagina 1 di 1", "pagina 1 van 1", and Slovak "strana 1 z 1".
const forumPage = `(page|página|pagina|seite|strana) \d+ (of|de|sur|von|di|van|z) \d+`

// forumFieldMaxWords bounds a profile field's line: "Location: Behind
// the goal, always" has six words; a sentence opening with a label is
// longer.
const forumFieldMaxWords = 8

// forumField matches a field of a poster's profile box, lower case, its
// label and colon and a value: "posts: 4318", "joined: mon aug 14, 2006
// 7:12 pm", "location: lower brindley", and vBulletin's and XenForo's
// "join date: …", "messages: 1,206", "reaction score: 87". Read only
// on a board's page (forumPages), where no story's line is a field.
var forumField = regexp.MustCompile(`^(posts|joined|join date|location|messages|reaction score|reputation|points|` +
	`likes received|likes|thanks|rank|member since|registered|total posts|trophy points|beiträge|registriert|wohnort|` +
	`messages postés|inscription|localisation|mensajes|registrado|ubicación|messaggi|iscritto|località|` +
	`mensagens|registado|registrado em|localização|registriert seit|iscritto il|berichten|geregistreerd|woonplaats|` +
	`príspevky|registrovaný|bydlisko)\s?:\s*\S`)

// forumLabels are the board's buttons and headings alone on a line,
// lower case, without the ellipsis of a search field: phpBB's,
// vBulletin's, XenForo's and Discourse's, in English; phpBB's in its
// translations (Portuguese, Spanish, French, German, Italian, Dutch and
// Slovak: "Citovať", "Hore", "Rýchle odkazy", "Často kladené otázky",
// "Hľadať v téme…", "Kto je online", "Vymazať cookies fóra").
var forumLabels = barSet(`top | back to top | quote | reply | post reply | reply with quote | multi-quote | report |
	jump to | who is online | board index | forum index | search this topic | search this thread |
	search this forum | search forums | new posts | unread posts | quick reply | watch thread | the team |
	delete cookies | delete all board cookies | members | faq | register | login | log in | privacy | terms |
	privacy | terms | contact us | statistics | mark forums read | forum rules |
	citar | responder | regras do fórum | pesquisar neste tópico | pesquisar neste fórum | ir para | quem está online |
	índice do fórum | equipe | excluir cookies | apagar cookies | perguntas frequentes | registrar | entrar | atalhos |
	topo | denunciar | membros | política de privacidade | termos | termos de uso | pesquisar | novo tópico |
	publicar una respuesta | normas del foro | buscar en este tema | ir a | ¿quién está conectado? | índice general |
	el equipo | borrar cookies | borrar todas las cookies del sitio | preguntas frecuentes | registrarse | identificarse |
	citer | répondre | règles du forum | rechercher dans ce sujet | aller à | qui est en ligne ? | qui est en ligne |
	index du forum | l’équipe | l'équipe | supprimer les cookies | supprimer les cookies du forum | accès rapide |
	zitieren | antworten | forenregeln | thema durchsuchen | gehe zu | wer ist online? | wer ist online | foren-übersicht |
	das team | alle cookies löschen | cookies löschen | schnellzugriff | häufig gestellte fragen | registrieren | anmelden |
	cita | rispondi | regole del forum | cerca in questo argomento | vai a | chi c’è in linea | chi c'è in linea |
	indice del forum | lo staff | cancella cookie | cancella i cookie del forum | collegamenti rapidi | iscriviti |
	citeren | beantwoorden | forumregels | doorzoek dit onderwerp | ga naar | wie is er online | forumoverzicht |
	het team | verwijder cookies | quick links | enlaces rápidos | verwijder alle forumcookies | snelle links | registreren | inloggen |
	citovať | odpovedať | hore | rýchle odkazy | často kladené otázky | pravidlá fóra | prihlásiť sa | registrovať sa |
	hľadať v téme | hľadať v tomto fóre | prejsť na | kto je online | index fóra | kontaktujte nás | tím |
	vymazať cookies fóra | vymazať všetky cookies fóra | ochrana súkromia | podmienky | nahlásiť`)

// forumPostButtons are the buttons a board prints on each post, lower
// case, in the languages of forumLabels: a post runs on past them.
var forumPostButtons = barSet(`quote | multi-quote | reply with quote | report | top | back to top |
	citar | denunciar | topo | citer | signaler | haut | zitieren | melden | nach oben | cita | segnala | citeren |
	citovať | nahlásiť | hore`)

// forumSigRule reports whether l is the rule of underscores (five at
// least, alone on the line) that phpBB sets over a post's signature.
func forumSigRule(l string) bool {
	return len(l) >= 5 && strings.Trim(l, "_") == ""
}

// forumNotices open the board's longer lines, lower case: the foot's
// sort control, its link back to the forum, the users online, the
// board's clock and the software's credit.
var forumNotices = []string{"display posts from previous", "sort by post time", "return to “", "return to \"",
	"return to board index", "users browsing this forum", "users browsing this thread", "users browsing this topic",
	"all times are utc", "all times are gmt", "it is currently ", "last visit was", "powered by phpbb", "powered by vbulletin",
	"powered by xenforo", "powered by discourse", "powered by mybb", "powered by smf", "powered by simple machines",
	"powered by invision", "forum software by xenforo", "community platform by xenforo", "in total there are ",
	"registered users:", "legend: ",
	// phpBB's translations: Portuguese, Spanish, French, German,
	// Italian, Dutch.
	"voltar para “", "voltar para \"", "usuários navegando neste fórum", "utilizadores a ver este fórum",
	"todos os horários são utc", "exibir mensagens anteriores", "ordenar por ", "hora atual:", "desenvolvido por phpbb",
	"volver a “", "volver a \"", "usuarios navegando por este foro", "todos los horarios son utc", "mostrar mensajes previos",
	"desarrollado por phpbb", "retourner vers « ", "retourner vers “", "utilisateurs parcourant ce forum",
	"tous les horaires sont au format utc", "afficher les messages postés depuis", "développé par phpbb",
	"zurück zu „", "zurück zu “", "mitglieder in diesem forum", "alle zeiten sind utc", "beiträge der letzten zeit anzeigen",
	"torna a “", "visitano il forum", "tutti gli orari sono utc", "mostra prima i messaggi",
	"terug naar “", "gebruikers op dit forum", "alle tijden zijn utc",
	// Slovak, and the translation's credit under the software's.
	"späť na „", "späť na “", "späť na \"", "používatelia prezerajúci si toto", "všetky časy sú v utc",
	"zobraziť príspevky za predchádzajúce", "slovenský preklad phpbb"}

// forumOnline open the line of the users browsing the forum in phpBB's
// languages, lower case (forumMark's third kind).
var forumOnline = []string{"users browsing this ", "usuários navegando neste", "utilizadores a ver este", "usuarios navegando por este",
	"utilisateurs parcourant ce", "mitglieder in diesem forum", "visitano il forum", "gebruikers op dit forum",
	"používatelia prezerajúci si toto"}

// forumSoftware names the board software whose credit, in the foot,
// marks a board's page (forumMark), lower case.
var forumSoftware = []string{"phpbb", "vbulletin", "xenforo", "discourse", "mybb", "simple machines", "invision"}

// forumMark reports which of the board software's own lines l (lower
// case, trimmed) is: 1 a post's header, 2 the thread's count and pager,
// 3 the users online, 4 the software's credit, 5 a profile field; 0
// for none.
func forumMark(l string) int {
	switch {
	case forumPostHead.MatchString(l):
		return 1
	case forumCount.MatchString(l) && strings.Contains(l, "•"):
		return 2
	case forumPrefix(l, forumOnline) || l == "who is online":
		return 3
	case strings.HasPrefix(l, "powered by ") || strings.Contains(l, "forum software"):
		for _, s := range forumSoftware {
			if strings.Contains(l, s) {
				return 4
			}
		}
	case strings.HasPrefix(l, "joined:") || strings.HasPrefix(l, "join date:") || strings.HasPrefix(l, "registrado em:") ||
		strings.HasPrefix(l, "registriert:") || strings.HasPrefix(l, "inscription :") || strings.HasPrefix(l, "inscription:") ||
		strings.HasPrefix(l, "iscritto il:") || strings.HasPrefix(l, "geregistreerd:") || strings.HasPrefix(l, "registrovaný:"):
		return 5
	}
	return 0
}

// forumFurniture reports whether l, a line lower case and trimmed of
// words words, is a line of a board's furniture.
func forumFurniture(l string, words int) bool {
	if forumMark(l) != 0 || forumCount.MatchString(l) || forumLabels[strings.TrimRight(l, "…. ")] {
		return true
	}
	if words <= forumFieldMaxWords && forumField.MatchString(l) {
		return true
	}
	for _, p := range forumNotices {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	// A row of the foot's links run together ("The team • Delete
	// cookies • All times are UTC", "Privacy | Terms").
	for _, sep := range []string{" • ", " | "} {
		if !strings.Contains(l, sep) {
			continue
		}
		all := true
		for part := range strings.SplitSeq(l, sep) {
			part = strings.TrimSpace(part)
			if !forumLabels[part] && !forumPrefix(part, forumNotices) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// forumPages removes a board thread's furniture (forumFurniture) once
// two kinds of the software's own lines (forumMark) show the text is a
// capture of its page; then each reply after the thread's first post,
// from its subject line over its header down to the next post, the
// board's foot or the end, as the readers' comments; and the profile
// box under every post, its poster's name over the profile's fields,
// with the signature under them in the same paragraph. Credit lines
// among them are the board's or the readers', not the first post's.
func forumPages(body string, blocks []block) {
	var kinds [6]bool
	n := 0
	lower := make([]string, len(blocks))
	for i := range blocks {
		lower[i] = strings.ToLower(strings.TrimSpace(body[blocks[i].span.Start:blocks[i].span.End]))
		if k := forumMark(lower[i]); k != 0 && !kinds[k] {
			kinds[k] = true
			n++
		}
	}
	if n < 2 {
		return
	}
	drop := func(i int, reason string) {
		b := &blocks[i]
		b.class, b.score, b.reason = classChrome, 1, reason
		b.credit, b.copyright = false, false
	}
	furniture := make([]bool, len(blocks))
	for i := range blocks {
		furniture[i] = forumFurniture(lower[i], blocks[i].words)
	}
	post := 0
	for i := range blocks {
		if !forumPostHead.MatchString(lower[i]) {
			continue
		}
		post++
		poster := forumPoster(lower[i])
		// The post runs to the next post's header (and the subject
		// line right over it), the board's furniture or the end.
		end := i + 1
		for end < len(blocks) && !forumPostHead.MatchString(lower[end]) && (!furniture[end] || forumPostButtons[lower[end]]) {
			end++
		}
		if end < len(blocks) && forumPostHead.MatchString(lower[end]) && !blocks[end].afterBlank && end-1 > i {
			end-- // the next post's subject ("Re: …")
		}
		if post > 1 {
			if i > 0 && !blocks[i].afterBlank && !furniture[i-1] && strings.HasPrefix(lower[i-1], "re: ") {
				drop(i-1, ReasonCommentPolicy) // this reply's subject
			}
			for k := i + 1; k < end; k++ {
				drop(k, ReasonCommentPolicy)
			}
		}
		// The first post stays but for its poster's profile box: the
		// poster's name alone over the profile's fields, and the
		// signature under them in the same paragraph; or the signature
		// over them, under the rule of underscores phpBB sets between a
		// post and its signature ("_________________"). A reply's box
		// goes with it, its signature under the fields too.
		for k := i + 1; k < end; k++ {
			if !forumSigRule(lower[k]) {
				continue
			}
			drop(k, ReasonNavigation)
			for k++; k < len(blocks) && !blocks[k].afterBlank; k++ {
				drop(k, ReasonNavigation)
			}
			break
		}
		for k := i + 1; k < end && k+1 < len(blocks); k++ {
			if lower[k] != poster || blocks[k+1].afterBlank || !furniture[k+1] {
				continue
			}
			drop(k, ReasonNavigation)
			for k++; k < len(blocks) && !blocks[k].afterBlank; k++ {
				drop(k, ReasonNavigation)
			}
			break
		}
	}
	for i := range blocks {
		switch {
		case forumQuickLinks[lower[i]] && i >= 2 && !blocks[i].afterBlank && !blocks[i-1].afterBlank && !furniture[i-1]:
			// The board's description, under its name over the
			// header's quick links ("A maior comunidade de torcedores
			// … na internet").
			drop(i-1, ReasonNavigation)
		case forumRulesLabels[lower[i]]:
			// The board's rules under their heading, down to the next
			// furniture in the paragraph.
			for k := i + 1; k < len(blocks) && k <= i+forumRulesMaxLines && !blocks[k].afterBlank && !furniture[k]; k++ {
				drop(k, ReasonCommentPolicy)
			}
		}
	}
	for i := range blocks {
		if furniture[i] {
			drop(i, ReasonNavigation)
		}
	}
}

// forumQuickLinks are the label of the menu phpBB prints in its header,
// under the board's name and description, lower case: English,
// Portuguese, Spanish, French, German, Italian, Dutch, Slovak.
var forumQuickLinks = barSet(`quick links | atalhos | enlaces rápidos | accès rapide | schnellzugriff |
	collegamenti rapidi | snelle links | rýchle odkazy`)

// forumRulesLabels are the heading of a board's rules over a thread, in
// the languages of forumQuickLinks, lower case; forumRulesMaxLines
// bounds the rules' lines under it.
var forumRulesLabels = barSet(`forum rules | regras do fórum | normas del foro | règles du forum | forenregeln |
	regole del forum | forumregels | pravidlá fóra`)

const forumRulesMaxLines = 4

// forumPoster returns the poster's name a post's header gives, lower
// case: "marshlanemick" of "post by marshlanemick » sat nov 01, …".
func forumPoster(head string) string {
	for _, p := range forumPostHeadPrefixes {
		if strings.HasPrefix(head, p) {
			head = head[len(p):]
			break
		}
	}
	name, _, _ := strings.Cut(head, " » ")
	return strings.TrimSpace(name)
}

// forumPrefix reports whether l opens with one of prefixes.
func forumPrefix(l string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}
