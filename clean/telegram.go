package clean

import (
	"slices"
	"strings"
	"unicode"
)

// A Telegram channel's post, as its web preview (t.me/s/…) and the
// desktop and web apps print it, sits among the channel's interface:
// above it the preview's header (the channel's name, its subscriber
// count, "Preview channel", "If you have Telegram, you can view and
// join X right away.", "Download Telegram", "VIEW IN TELEGRAM"), over
// the post the channel's name again and, for a post forwarded from
// another channel, "Forwarded from X"; under it the channel's own
// sign-off (its join link, t.me/…, and a short call such as "Share with
// your family!"), the reactions' counts ("👍 412  😢 96"), the views and
// the edit mark ("18.7K views  edited", "👁 12.4K 14:32"), the
// discussion's buttons ("Comments 27", "Leave a comment"); and a page
// of the preview goes on with the channel's next posts. A capture keeps
// them as lines of their own, in the interface's language. Telegram's
// own lines say the page is a channel's (telegramPages); then they go,
// and so do the posts other than the capture's own.

// telegramCountWords name the subscribers in the preview's header line
// ("128 406 subscribers", "12,4K подписчиков"), lower case: English,
// Russian, Ukrainian, French, Spanish, Portuguese, German, Italian,
// Dutch, Indonesian and Malay, Turkish, Romanian, Polish, Czech,
// Hungarian and Bulgarian, Croatian, Serbian and Bosnian (pretplatnika,
// Cyrillic претплатника; members, članova); a group's "members" too.
// Romanian is written with and without its diacritics ("abonați",
// "abonati").
var telegramCountWords = set(`subscribers subscriber members member подписчиков подписчика подписчик
	участников участника підписників підписника підписник учасників учасника abonnés abonné membres
	suscriptores suscriptor miembros inscritos assinantes membros abonnenten mitglieder iscritti membri
	abonnees leden pelanggan pengikut anggota ahli abone üye abonați abonaţi abonati abonat
	subskrybentów subskrybenci subskrybent członków członkowie odběratelů odběratelé odběratel členů
	feliratkozó feliratkozók tag абонати абоната абонат членове
	pretplatnika pretplatnik pretplatnici članova član članovi претплатника претплатник претплатници чланова`)

// telegramViewWords name the views in a post's footer ("18.7K views"),
// lower case, in the languages of telegramCountWords; telegramEdited
// are the edit mark beside them ("edited", "изменено", Croatian,
// Serbian and Bosnian "uređeno", "izmijenjeno", "izmenjeno").
var (
	telegramViewWords = set(`views view просмотров просмотра просмотр переглядів vues vue visualizaciones
		vistas visualizações aufrufe visualizzazioni weergaven dilihat tontonan paparan görüntülenme
		vizualizări vizualizǎri vizualizari vizualizare wyświetleń wyświetlenia zhlédnutí megtekintés
		преглеждания прегледа pregleda pregledi прегледи`)
	telegramEdited = set(`edited изменено змінено modifié editado bearbeitet modificato bewerkt diedit
		disunting düzenlendi editat edytowano upraveno szerkesztve редактирано
		uređeno izmijenjeno izmenjeno уређено измењено`)
)

// telegramForwards open the line over a forwarded post ("Forwarded from
// Kelantan Viral Update"), lower case, split into words, in the
// languages of telegramCountWords.
var telegramForwards = splitAll("forwarded from", "переслано от", "пересланное сообщение от", "переслано з",
	"transféré de", "transféré depuis", "reenviado de", "encaminhado de", "weitergeleitet von", "inoltrato da",
	"doorgestuurd van", "diteruskan dari", "dimajukan daripada", "dimajukan dari", "iletildi")

// telegramLabels are the interface's buttons and headings alone on
// their line, lower case, in English, Russian, Ukrainian, French,
// Spanish, Portuguese, German, Indonesian and Malay; with them the
// heading over the post the channel pinned at the top of its page
// ("Pinned message", "Закреплённое сообщение", "Закріплене
// повідомлення", "Message épinglé"), which the preview and the apps
// print alone on its line. Romanian, Polish, Czech and Hungarian give
// the join and comment buttons ("Alătură-te canalului", "Dołącz do
// kanału"). Croatian, Serbian and Bosnian give the preview's buttons
// ("Pogledaj u Telegramu", "Otvori u aplikaciji", the app being
// Telegram's on the preview's page, "Pridruži se kanalu"), comments
// and the pinned message.
var telegramLabels = barSet(`preview channel | download telegram | view in telegram | open in telegram |
	join channel | join group | view channel | leave a comment | comments | view comments | context |
	pinned message | pinned post |
	посмотреть в telegram | открыть в telegram | скачать telegram | присоединиться | подписаться | комментарии |
	оставить комментарий | закреплённое сообщение | закрепленное сообщение |
	приєднатися | підписатися | коментарі | залишити коментар | закріплене повідомлення |
	message épinglé | mensaje fijado | mensagem fixada | angeheftete nachricht | messaggio fissato |
	vastgezet bericht | pesan disematkan | pesan tersemat | mesej disemat | sabitlenmiş mesaj |
	voir dans telegram | ouvrir dans telegram | télécharger telegram | rejoindre | commentaires |
	ver en telegram | abrir en telegram | descargar telegram | unirse | comentarios |
	ver no telegram | abrir no telegram | baixar telegram | entrar | comentários |
	in telegram ansehen | in telegram öffnen | telegram herunterladen | beitreten | kommentare |
	lihat di telegram | buka di telegram | unduh telegram | gabung | sertai | komentar | ulasan |
	alătură-te canalului | alătură-te grupului | alătură-te | abonează-te | comentarii | lasă un comentariu |
	mesaj fixat | dołącz do kanału | dołącz | komentarze | skomentuj | przypięta wiadomość |
	připojit se ke kanálu | připojit se | komentáře | csatlakozás a csatornához | csatlakozás | hozzászólások |
	pogledaj u telegramu | otvori u telegramu | otvori u aplikaciji | preuzmi telegram | pridruži se kanalu |
	pridruži se grupi | pridruži se | komentari | ostavi komentar | prikvačena poruka | pogledaj kanal`)

// telegramSubscribeCalls are the call to subscribe to the channel that
// a post's sign-off sets before the channel's name ("👉 Subscribe to
// X", "Підписатися на X", "Подписывайтесь на X"), lower case, split
// into words, in the languages of telegramCountWords. Only with the
// channel's own name after them (the header's first line) is the line
// the sign-off: a story asks readers to subscribe to other things.
var telegramSubscribeCalls = splitAll("subscribe to", "join", "follow", "pridruži se", "pridružite se", "pratite", "подписаться на", "подписывайтесь на",
	"подпишитесь на", "підписатися на", "підписуйтесь на", "підписуйтеся на", "підпишіться на",
	"abonnez-vous à", "s'abonner à", "rejoignez", "suscríbete a", "únete a", "inscreva-se em", "assine",
	"abonniere", "abonnieren sie", "folge", "iscriviti a", "abonneer je op", "volg", "ikuti", "langganan", "gabung",
	"sertai", "abone ol", "urmărește", "urmăriți", "urmareste", "abonează-te la", "abonați-vă la",
	"alătură-te", "obserwuj", "subskrybuj", "dołącz do", "sledujte", "odebírejte", "kövesd", "kövesse",
	"последвайте", "абонирайте се за",
	// Ukrainian and Russian calls to join or to follow ("Приєднуйтесь
	// до X", "Присоединяйтесь к X", "Стежте за X", "Следите за X").
	"приєднуйтесь до", "приєднуйтеся до", "приєднатися до", "присоединяйтесь к", "присоединиться к",
	"стежте за", "слідкуйте за", "следите за")

// telegramTipCalls open the channel's tip line, the call to send it
// the readers' news that a post's sign-off sets before the bot or the
// address that takes them ("📩 Надіслати новину чи фото: @…", "Прислать
// новость", "Send us your news: …"), lower case, split into words:
// English, Ukrainian, Russian, Romanian, Spanish and Portuguese. A
// post's sentence reports; it does not open with the order (or the
// button's infinitive) to send the channel news.
var telegramTipCalls = splitAll("send us your news", "send us news", "send your news", "send news", "submit news",
	"надіслати новину", "надішліть новину", "надсилайте новини", "прислати новину", "запропонувати новину",
	"повідомити новину", "прислать новость", "пришлите новость", "присылайте новости", "предложить новость",
	"отправить новость", "trimite o știre", "trimite-ne o știre", "envíanos tu noticia", "envía tu noticia",
	"envie sua notícia", "mande sua notícia")

// telegramCallTailMaxWords bounds what the call to subscribe may say
// after the channel's name: the reason to ("… for real-time news",
// "… pentru știri în timp real", five words), never a sentence of a
// story.
const telegramCallTailMaxWords = 6

// telegramLineMaxWords bounds a line of the interface that names
// Telegram ("If you have Telegram, you can view and join Berita Semasa
// Malaysia right away.", 15 words with the channel's name), a forward's
// line and a line holding the channel's join link ("📢 Join our channel
// for the latest news: https://t.me/…"): a sentence of the interface,
// never a paragraph of a post.
const telegramLineMaxWords = 16

// telegramCallMaxWords bounds the short call under the join link, in
// its paragraph over the footer ("📲 Share with your family &
// friends!"): a line of a few words.
const telegramCallMaxWords = 8

// telegramFooterMaxWords bounds a post's footer line: "18.7K views
// edited 14:32" has four words, a reaction row of six reactions twelve.
const telegramFooterMaxWords = 12

// telegramCount reports whether w is a count as Telegram prints it:
// digits with separators, or with a K or M (or Russian К, М) suffix
// ("18.7K", "128", "1,2M").
func telegramCount(w string) bool {
	w = strings.TrimRight(w, "kKmMкКмМ")
	if w == "" || !strings.ContainsFunc(w, unicode.IsDigit) {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) && r != '.' && r != ',' && r != '\u00A0' && r != '\u202F' {
			return false
		}
	}
	return true
}

// telegramTime reports whether w is a time stamp ("14:32").
func telegramTime(w string) bool {
	h, m, ok := strings.Cut(w, ":")
	return ok && len(h) >= 1 && len(h) <= 2 && len(m) == 2 && telegramCount(h) && telegramCount(m)
}

// telegramSubscribers reports whether line is the preview's header line
// of counts: counts and a word for subscribers, nothing else ("128 406
// subscribers", "12.4K members"), a unit after a count or not ("45,2
// тис. підписників", "1,2 млн подписчиков", "12,4 mil suscriptores":
// countUnits), as the interface's language abbreviates thousands and
// millions in a word of its own.
func telegramSubscribers(line string) bool {
	f := strings.Fields(strings.ToLower(line))
	if len(f) < 2 || len(f) > 4 || !telegramCountWords[strings.Trim(f[len(f)-1], ".,:")] {
		return false
	}
	for k, w := range f[:len(f)-1] {
		if !telegramCount(w) && !(k > 0 && telegramCount(f[k-1]) && countUnits[w]) {
			return false
		}
	}
	return true
}

// telegramViews reports whether line is a post's footer of views: a
// count with a word for views or the eye's emoji, and nothing but the
// edit mark, a time stamp and separators beside them ("18.7K views
// edited", "👁 12.4K 14:32", "9.2K views").
func telegramViews(line string) bool {
	f := strings.Fields(strings.ToLower(strings.ReplaceAll(line, "\uFE0F", "")))
	if len(f) == 0 || len(f) > telegramFooterMaxWords {
		return false
	}
	count, views := false, false
	for _, w := range f {
		switch {
		case w == "👁" || w == "👀":
			views = true
		case strings.HasPrefix(w, "👁"):
			views = true
			count = count || telegramCount(strings.TrimPrefix(w, "👁"))
		case telegramCount(w):
			count = true
		case count && countUnits[w]:
		case telegramViewWords[strings.Trim(w, ".,·")]:
			views = true
		case telegramEdited[strings.Trim(w, ".,·")] || telegramTime(w) || w == "·" || w == "|" || w == "•":
		default:
			return false
		}
	}
	return count && views
}

// telegramFooter reports whether line is a line of a post's footer: its
// views (telegramViews) or its reactions' counts (emoji and numbers
// only, channelLabel's shape).
func telegramFooter(line string, words int) bool {
	if words > telegramFooterMaxWords {
		return false
	}
	return telegramViews(line) || !strings.ContainsFunc(line, unicode.IsLetter) && channelLabel(line, words)
}

// telegramForward reports whether line is a forward's line ("Forwarded
// from X"), of at most telegramLineMaxWords words.
func telegramForward(line string, words int) bool {
	if words < 2 || words > telegramLineMaxWords {
		return false
	}
	l := strings.Fields(strings.ToLower(line))
	for _, p := range telegramForwards {
		if len(l) >= len(p) && slices.Equal(l[:len(p)], p) {
			return true
		}
	}
	return false
}

// telegramLabel reports whether line is a line of the interface: a
// button or heading alone (telegramLabels, with a count after it:
// "Comments 27"), or a short line naming Telegram ("Download
// Telegram", "If you have Telegram, you can view and join X right
// away.").
func telegramLabel(line string, words int) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	if words > 0 && words <= telegramLineMaxWords && strings.Contains(l, "telegram") {
		return true
	}
	l = strings.TrimRightFunc(l, func(r rune) bool { return unicode.IsDigit(r) || unicode.IsSpace(r) || r == '(' || r == ')' })
	return telegramLabels[strings.Join(strings.Fields(strings.Trim(l, "!.:→›» ")), " ")]
}

// telegramSubscribeCall reports whether line is the channel's call to
// subscribe to itself: marks before it or not (an emoji, an arrow), one
// of telegramSubscribeCalls, then the channel's name (name, the
// header's first line) and nothing after it but marks ("👉 Підписатися
// на Полтава Online | Новини") or the reason to, in at most
// telegramCallTailMaxWords words ("🔔 Urmărește Buzău Alert pentru
// știri în timp real!").
func telegramSubscribeCall(line, name string) bool {
	notWord := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	l := strings.ToLower(strings.TrimFunc(line, notWord))
	// The header's line may set a tagline after the name ("Полтава
	// LIVE | Новини Полтавщини"); the call names the channel by its
	// name alone.
	names := []string{name}
	for _, sep := range telegramNameSeparators {
		if n, _, ok := strings.Cut(name, sep); ok {
			names = append(names, n)
		}
	}
	for _, n := range names {
		n = strings.ToLower(strings.TrimFunc(n, notWord))
		if n == "" {
			continue
		}
		before, after, ok := strings.Cut(l, n)
		if !ok || len(strings.Fields(after)) > telegramCallTailMaxWords {
			continue
		}
		call := strings.Fields(before)
		for _, p := range telegramSubscribeCalls {
			if slices.Equal(call, p) {
				return true
			}
		}
	}
	return false
}

// telegramNameSeparators part a channel's name from the tagline its
// header line sets after it ("Полтава LIVE | Новини Полтавщини").
var telegramNameSeparators = []string{" | ", " — ", " – ", " · "}

// telegramTip reports whether line, of words words, is the channel's
// tip line: marks before it or not, one of telegramTipCalls opening
// it, in at most telegramLineMaxWords words (the call with its bot's
// handle or the newsroom's address after it).
func telegramTip(line string, words int) bool {
	if words == 0 || words > telegramLineMaxWords {
		return false
	}
	l := strings.Fields(strings.ToLower(strings.TrimLeftFunc(line, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})))
	for k := range l {
		l[k] = strings.TrimRight(l[k], ":,.!?")
	}
	for _, p := range telegramTipCalls {
		if len(l) >= len(p) && slices.Equal(l[:len(p)], p) {
			return true
		}
	}
	return false
}

// telegramLink reports whether line holds the channel's join link (a
// t.me link) at a sentence's length at most.
func telegramLink(line string, words int) bool {
	return words > 0 && words <= telegramLineMaxWords && (strings.Contains(line, "t.me/") || strings.Contains(line, "telegram.me/"))
}

// telegramPages removes a Telegram capture's interface. The capture is
// known by Telegram's own lines: the preview's header, a paragraph at
// the top holding the subscriber count (telegramSubscribers) and a line
// naming Telegram or its button (telegramLabel); or, from the apps, a
// forward's line (telegramForward) with a post's footer of views
// (telegramViews). A story about Telegram names it in sentences, and
// no header or footer of the interface frames it. Then:
//
//   - the header paragraph goes, and the channel's name (its first line)
//     wherever the page says it again, over each post;
//   - the forward's line, the footer's lines (views, reactions), the
//     interface's buttons, and a short line holding a t.me link (the
//     channel's join link) go, with the short lines under that link in
//     its paragraph down to the footer (the sign-off's call, "Share
//     with your family & friends!");
//   - the capture is parted into posts, each ending at its views; the
//     post with the most words of text is the capture's, and the others
//     (the channel's next posts, captured after it) go when they hold
//     at most half its words. A page of the feed whose posts are alike
//     in length keeps them all: nothing tells which one was meant.
func telegramPages(body string, blocks []block) {
	if len(blocks) == 0 {
		return
	}
	text := func(i int) string { return body[blocks[i].span.Start:blocks[i].span.End] }
	header := -1 // end of the header paragraph, when known by it
	subs, named := false, false
	for i := range blocks {
		if i > 0 && blocks[i].afterBlank {
			break
		}
		subs = subs || telegramSubscribers(text(i))
		named = named || telegramLabel(text(i), blocks[i].words)
		header = i + 1
	}
	if subs && !named {
		// A header of name and count alone, as the apps' copy prints
		// it: the capture is a channel's when Telegram's own marks
		// stand further down, a post's views or the channel's join
		// link or a button naming Telegram.
		for i := header; i < len(blocks) && !named; i++ {
			named = telegramMark(text(i), blocks[i].words)
		}
	}
	if !subs || !named {
		header = -1
		forward, views := false, false
		for i := range blocks {
			forward = forward || telegramForward(text(i), blocks[i].words)
			views = views || telegramViews(text(i))
		}
		if !forward || !views {
			return
		}
	}
	drop := func(i int) {
		if !blocks[i].credit {
			blocks[i].class, blocks[i].score, blocks[i].reason = classChrome, 1, ReasonShare
		}
	}
	start := 0
	if header > 0 {
		name := strings.TrimSpace(text(0))
		for i := 0; i < header; i++ {
			drop(i)
		}
		for i := header; i < len(blocks); i++ {
			if strings.TrimSpace(text(i)) == name {
				drop(i)
			}
		}
		start = header
	}
	for i := start; i < len(blocks); i++ {
		b := &blocks[i]
		line := text(i)
		switch {
		case telegramForward(line, b.words), telegramFooter(line, b.words), telegramLabel(line, b.words),
			header > 0 && telegramSubscribeCall(line, text(0)), telegramBot(line, b.words), telegramTip(line, b.words):
			drop(i)
		case telegramLink(line, b.words):
			drop(i)
			telegramSignOff(body, blocks, i, drop)
			// The call under the link, in its paragraph, down to the
			// footer.
			j := i + 1
			for j < len(blocks) && !blocks[j].afterBlank && blocks[j].words <= telegramCallMaxWords &&
				!telegramFooter(text(j), blocks[j].words) {
				j++
			}
			if j < len(blocks) && !blocks[j].afterBlank && telegramFooter(text(j), blocks[j].words) {
				for k := i + 1; k < j; k++ {
					drop(k)
				}
				i = j - 1
			}
		}
	}
	// The posts, each ending at its views; the last runs to the end.
	type post struct{ from, to, words int }
	var posts []post
	from := start
	for i := start; i < len(blocks); i++ {
		if telegramViews(text(i)) {
			posts = append(posts, post{from: from, to: i + 1})
			from = i + 1
		}
	}
	if from < len(blocks) {
		posts = append(posts, post{from: from, to: len(blocks)})
	}
	best := 0
	for p := range posts {
		for k := posts[p].from; k < posts[p].to; k++ {
			if blocks[k].class != classChrome {
				posts[p].words += blocks[k].words
			}
		}
		if posts[p].words > posts[best].words {
			best = p
		}
	}
	for p := range posts {
		if p != best && 2*posts[p].words <= posts[best].words {
			for k := posts[p].from; k < posts[p].to; k++ {
				drop(k)
			}
		}
	}
}

// telegramBotMinLen is the shortest bot username Telegram accepts (five
// characters, "…bot" among them).
const telegramBotMinLen = 5

// telegramBot reports whether line, of words words, is a short line
// (at most telegramLineMaxWords) giving a bot's handle: an @ and a
// username ending in "bot", as Telegram requires of every bot's name
// ("📩 Ai o știre? Scrie-ne: @BuzauAlertBot", "Send us your news:
// @harbour_tips_bot"). A channel signs its posts off with the bot that
// takes its readers' tips; a post's text names no bot.
func telegramBot(line string, words int) bool {
	if words == 0 || words > telegramLineMaxWords {
		return false
	}
	for _, w := range strings.Fields(line) {
		h, ok := strings.CutPrefix(strings.TrimRight(w, ".,;:!?)»"), "@")
		if !ok || len(h) < telegramBotMinLen || !strings.HasSuffix(strings.ToLower(h), "bot") {
			continue
		}
		if !strings.ContainsFunc(h, func(r rune) bool {
			return !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
		}) {
			return true
		}
	}
	return false
}

// telegramMark reports whether line, of words words, is one of
// Telegram's own marks below a post: its views (telegramViews), the
// channel's join link (telegramLink) or a short line naming Telegram
// ("Distribuie în Telegram").
func telegramMark(line string, words int) bool {
	return telegramViews(line) || telegramLink(line, words) ||
		words > 0 && words <= telegramLineMaxWords && strings.Contains(strings.ToLower(line), "telegram")
}

// telegramSignOff removes, with drop, the channel's sign-off around its
// join link at blocks[at]: the paragraph that holds the link when it
// closes its post (the footer or the capture's end after it) and its
// other lines are short calls of at most telegramCallMaxWords words
// ("🔔 Follow X for real-time news!", "📩 Got a story? Write to us: …").
// A post's own paragraphs are sentences of a story, longer than a call;
// one that holds a longer line keeps it all.
func telegramSignOff(body string, blocks []block, at int, drop func(int)) {
	text := func(i int) string { return body[blocks[i].span.Start:blocks[i].span.End] }
	from, to := at, at+1
	for from > 0 && !blocks[from].afterBlank {
		from--
	}
	for to < len(blocks) && !blocks[to].afterBlank {
		to++
	}
	// The paragraph closes the post: the capture ends, or the next
	// paragraph opens with the footer's views or reactions.
	if to < len(blocks) && !telegramFooter(text(to), blocks[to].words) {
		return
	}
	for k := from; k < to; k++ {
		if k != at && blocks[k].words > telegramCallMaxWords && !telegramLink(text(k), blocks[k].words) {
			return
		}
	}
	for k := from; k < to; k++ {
		drop(k)
	}
}
