package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
// interfaces: English, French, Spanish, Portuguese, German, Italian,
// Dutch and Hungarian ("Public group", "Groupe Public", "Grupo público",
// "Öffentliche Gruppe", "Gruppo pubblico", "Openbare groep", "Nyilvános
// csoport"), and the Nordic ones: Swedish "Privat grupp", Danish and
// Norwegian "Privat gruppe" (German's word), Finnish "Yksityinen ryhmä",
// Icelandic "Lokaður hópur"; Greek "Δημόσια ομάδα"; Arabic "مجموعة
// عامة"; Polish "Grupa publiczna".
var groupWords = set(`group groupe grupo gruppe gruppo groep csoport grupp ryhmä hópur ομάδα مجموعة grupa
	группа`)

// memberWords count a group's members in the header line ("4.2K
// members", "4,2 k membres", "4,2 mil miembros", "4,2 mil membros",
// "4.200 Mitglieder", "4200 membri", "4,2K leden", "4,2 E tag": Hungarian
// counts in the singular; Swedish "8,4 tn medlemmar", Danish and
// Norwegian "8,4 t. medlemmer", Finnish "8,4 t. jäsentä", Icelandic
// "8,4 þ. meðlimir", Greek "4,2 χιλ. μέλη", Arabic "٤٫٢ ألف عضو", the
// singular after a thousand as after eleven and more; Polish "3,4 tys.
// członków", the genitive after a count of five and more or a
// thousand, "członkowie" after two to four).
var memberWords = set(`members member membres membre miembros miembro membros membro mitglieder mitglied membri leden lid tag
	medlemmar medlem medlemmer jäsentä jäsen meðlimir meðlimur μέλη μέλος عضو أعضاء członków członkowie członek
	участников участника участник dalībnieku dalībnieki dalībnieks`)

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
// lines and the log-in prompt, in English, French, Spanish, Portuguese,
// German and Hungarian, and Swedish, Danish, Norwegian and Finnish
// ("Gå med i gruppen", "Mest relevanta", "Skriv en offentlig kommentar",
// "Bliv medlem af gruppen" or "Deltag i gruppen", "Mest relevante",
// "Log ind eller tilmeld dig Facebook …", "Liity ryhmään",
// "Osuvimmat", "Kirjoita julkinen kommentti"), and Greek ("Συμμετοχή
// στην ομάδα", "Πιο σχετικά", "Γράψτε ένα δημόσιο σχόλιο"), and Arabic
// ("الانضمام إلى المجموعة", "الأكثر صلة", "عرض المزيد من التعليقات",
// "اكتب تعليقًا عامًا...", the tanween typed or not), and Vietnamese
// ("Tham gia nhóm", "Phù hợp nhất", "Xem thêm bình luận", "Viết bình
// luận…"), and Polish ("Dołącz do grupy", the badges "Wschodząca
// gwiazda" and "Najlepszy współtwórca", "Najtrafniejsze", "Wyświetl
// więcej komentarzy", "Napisz publiczny komentarz…"), and VK's Russian
// for a community's wall ("Предложить новость", "Запись на стене",
// "Показать полностью…" under a post cut short, "Самые интересные ▾",
// "Показать следующие комментарии", "Написать комментарий…"); its
// header line is "Открытая группа · 48 312 участников"; and the top
// contributor's badge in Norwegian, Swedish and Danish
// ("Toppbidragsyter", "Toppbidragsgivare", "Topbidragyder"); and
// Latvian ("Pievienoties grupai", "Vispiemērotākie", "Visi komentāri",
// "Skatīt vairāk komentāru", "Raksti komentāru…", "Izveidot jaunu
// kontu").
var groupLabels = barSet(`join group | top contributor | rising contributor | group expert | admin | moderator |
	new member | conversation starter | visual storyteller | view more comments | view all comments |
	write a public comment | write a comment | write an answer | most relevant | all comments | newest |
	log in or sign up for facebook to connect with friends, family and people you know | create new account |
	rejoindre le groupe | voir plus de commentaires | écrire un commentaire public | écrire un commentaire |
	unirte al grupo | unirse al grupo | ver más comentarios | escribe un comentario público | escribe un comentario |
	participar do grupo | ver mais comentários | escreva um comentário público | escreva um comentário |
	gruppe beitreten | weitere kommentare anzeigen | öffentlich kommentieren | kommentieren |
	csatlakozás a csoporthoz | további hozzászólások megtekintése | írj nyilvános hozzászólást | írj hozzászólást |
	legrelevánsabb | összes hozzászólás | új fiók létrehozása |
	gå med i gruppen | mest relevanta | alla kommentarer | nyaste | visa fler kommentarer | skriv en offentlig kommentar |
	skriv en kommentar | skapa nytt konto | bliv medlem af gruppen | deltag i gruppen | bli med i gruppen | mest relevante | alle kommentarer |
	log ind eller tilmeld dig facebook for at oprette forbindelse til venner, familie og personer, du kender |
	nyeste | se flere kommentarer | vis flere kommentarer | opret ny konto |
	opprett ny konto | liity ryhmään | osuvimmat | kaikki kommentit | uusimmat | näytä lisää kommentteja |
	kirjoita julkinen kommentti | kirjoita kommentti | luo uusi tili |
	συμμετοχή στην ομάδα | προβολή περισσότερων σχολίων | γράψτε ένα δημόσιο σχόλιο | γράψτε ένα σχόλιο |
	πιο σχετικά | όλα τα σχόλια | δημιουργία νέου λογαριασμού |
	الانضمام إلى المجموعة | انضمام إلى المجموعة | الأكثر صلة | كل التعليقات | الأحدث | عرض المزيد من التعليقات |
	اكتب تعليقًا عامًا | اكتب تعليقا عاما | اكتب تعليقًا | اكتب تعليقا | إنشاء حساب جديد |
	tham gia nhóm | phù hợp nhất | tất cả bình luận | mới nhất | xem thêm bình luận | viết bình luận công khai |
	viết bình luận | tạo tài khoản mới |
	dołącz do grupy | wschodząca gwiazda | najlepszy współtwórca | ekspert grupy | administrator | nowy członek |
	najtrafniejsze | wszystkie komentarze | najnowsze | wyświetl więcej komentarzy | wyświetl wszystkie komentarze |
	napisz publiczny komentarz | napisz komentarz | utwórz nowe konto | wszystkie reakcje |
	вступить в группу | подписаться | предложить новость | запись на стене | показать полностью | самые интересные |
	сначала интересные | новые | показать следующие комментарии | показать предыдущие комментарии |
	показать все комментарии | написать комментарий |
	toppbidragsyter | toppbidragsgivare | topbidragyder |
	pievienoties grupai | vispiemērotākie | visi komentāri | jaunākie | skatīt vairāk komentāru |
	skatīt visus komentārus | raksti komentāru | raksti publisku komentāru | rakstiet komentāru | izveidot jaunu kontu`)

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
	return groupLabels[strings.ToLower(strings.Trim(strings.TrimSpace(line), "….!:→›»▾▼ "))]
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
//
// The interface's lines are those pagePages reads too (facebookBox):
// under a group's post, as under a page's, Facebook prints the post's
// counts ("34 kommentarer · 12 delningar"), its row of buttons and each
// comment with its row of actions ("Gilla · Svara · 2 t"), whose words
// no group label holds in every language.
//
// Above the header a copy may keep the browser's title of the page
// alone in its paragraph, the group's name and the platform's after a
// bar, a count of notifications before it or not ("(1) Ostrowice
// Leśne i okolice | Facebook", platformTitle): the page's, not the
// text's.
func groupPages(body string, blocks []block) {
	box := func(par []block) bool { return facebookBox(body, par) }
	above := func(par []block) bool {
		return len(par) == 1 && platformTitle(body[par[0].span.Start:par[0].span.End]) || facebookBox(body, par)
	}
	platformPages(body, blocks, groupHeader, above, box)
	groupLines(body, blocks)
}

// groupLines removes, in a group's page (a header line, groupHeader,
// among its first postPageLines lines), a line of the interface alone
// (groupLabel) inside a paragraph of the post too: VK cuts a long
// post short with "Показать полностью…" under its first paragraph.
func groupLines(body string, blocks []block) {
	page := false
	for i := 0; i < len(blocks) && i < postPageLines && !page; i++ {
		page = groupHeader(body[blocks[i].span.Start:blocks[i].span.End], blocks[i].words)
	}
	for i := range blocks {
		if b := &blocks[i]; page && !b.credit && b.words <= postLabelMaxWords && groupLabel(body[b.span.Start:b.span.End]) {
			b.class, b.score, b.reason = classChrome, 1, ReasonShare
		}
	}
}

// A comment on VK's wall is the reader's name, the comment, and a row
// on one line, its items set apart by runs of spaces: the comment's
// time stamp, the reply button and the likes after their icon ("15 мар
// в 9:40   Ответить   ❤ 12"). The row is the platform's: no sentence
// sets a date, a button and a count apart by runs of spaces.

// stampReplies are the reply button in such a row, lower case:
// Russian "Ответить", and the English and the others' words a like's
// row holds (commentReplies).
var stampReplies = set(`ответить`)

// ruMonths are the months as VK's stamp abbreviates them or writes
// them in the genitive, lower case.
var ruMonths = set(`янв фев мар апр мая июн июл авг сен сент окт ноя дек января февраля марта апреля июня июля
	августа сентября октября ноября декабря`)

// ruDays are the days a stamp names instead of a date: today, yesterday.
var ruDays = set(`сегодня вчера`)

// ruStamp reports whether s is VK's time stamp: a day's number, a month
// (ruMonths) and a year or none, or one of ruDays, then "в" and a time
// ("15 мар в 9:40", "15 мар 2025 в 9:14", "вчера в 10:02").
func ruStamp(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	n := len(f)
	if n < 3 || n > 5 || f[n-2] != "в" || !clockTime(f[n-1]) {
		return false
	}
	day := f[:n-2]
	if len(day) == 1 {
		return ruDays[day[0]]
	}
	if len(day) == 3 && (len(day[2]) != 4 || strings.Trim(day[2], "0123456789") != "") {
		return false
	}
	return len(day[0]) <= 2 && strings.Trim(day[0], "0123456789") == "" && ruMonths[strings.Trim(day[1], ".")]
}

// stampReplyRow reports whether line is a comment's row of a stamp
// (ruStamp), the reply button (stampReplies, commentReplies) and the
// likes or none, its icons trimmed (tally), set apart by runs of
// spaces (spacedItems).
func stampReplyRow(line string) bool {
	if !strings.Contains(line, "  ") {
		return false // most lines
	}
	items := spacedItems(line)
	if len(items) < 2 || len(items) > 3 || !ruStamp(items[0]) {
		return false
	}
	r := strings.ToLower(strings.TrimSpace(items[1]))
	if !stampReplies[r] && !commentReplies[r] {
		return false
	}
	return len(items) == 2 || tally(strings.TrimFunc(items[2], notWordStart))
}

// A Facebook page's post, as a plain copy of the page keeps it, opens
// with the page's header: the page's name, under it the page's category
// as Facebook prints it ("Government organisation", "Media/news
// company", "News & media website", "Radio station", "Public figure",
// "Community"), then the follow button, the dot Facebook sets beside it
// alone on its line or not ("Follow", "·"), and the post. The copy may
// keep no "Facebook" over the name (postPage), so the header's shape
// tells the page: a category alone right under a short line, the
// follow button right under the category.

// pageCategories are the categories Facebook prints under a page's
// name, lower case, as its interface words them in English (both the
// British and the American spelling), French, Spanish, Portuguese,
// German, Slovak, Czech, Hebrew and Bengali, Romanian ("Spital",
// "Primărie") and Slovenian ("Bolnišnica", "Občina"): the ones of the pages that post news (government bodies and
// officials, the media, broadcasters, public figures, parties,
// communities and their organisations, schools and churches), which
// are the pages the story sets copy. Each is a label of Facebook's
// fixed list, so a line that says one alone is the label only in a
// page's header (pageCategoryLine); a story's subhead "Community" has
// no follow button under it.
var pageCategories = barSet(`government organisation | government organization | government official | government building |
	public & government service | public and government service | public service | police station | armed forces |
	consulate & embassy | embassy | city | region |
	media/news company | media | news & media website | news and media website | newspaper | magazine | publisher |
	radio station | tv channel | tv network | tv show | broadcasting & media production company | journalist |
	news personality | public figure | politician | political party | political organisation | political organization |
	community | community organisation | community organization | community service | non-profit organisation |
	non-profit organization | nonprofit organization | non-governmental organisation (ngo) |
	non-governmental organization (ngo) | charity organisation | charity organization | religious organisation |
	religious organization | church | school | college & university | education | hospital | sports team | sports club |
	blogger | personal blog | website | podcast | writer | author | digital creator | local business |
	organisme gouvernemental | organisation gouvernementale | service public et gouvernemental |
	société de médias/d'actualités | entreprise de médias/d'actualités | site web d'actualités et de médias |
	journal | station de radio | chaîne de télévision | personnalité publique | homme politique | femme politique |
	personnalité politique | parti politique | communauté | organisation à but non lucratif | organisation non gouvernementale (ong) |
	journaliste | école | église |
	organización gubernamental | servicio público y gubernamental | empresa de medios de comunicación/noticias |
	sitio web de noticias y medios de comunicación | periódico | estación de radio | emisora de radio | canal de televisión |
	figura pública | político | partido político | comunidad | organización sin ánimo de lucro |
	organización sin fines de lucro | organización no gubernamental (ong) | periodista | escuela | iglesia |
	organização governamental | serviço público e governamental | empresa de comunicação social/notícias |
	empresa de mídia/notícias | site de notícias e mídia | jornal | revista | estação de rádio | canal de tv |
	partido político | comunidade | organização sem fins lucrativos | organização não governamental (ong) | jornalista |
	regierungsorganisation | öffentliche und behördliche dienstleistung | medien-/nachrichtenunternehmen |
	nachrichten- und medien-website | zeitung | zeitschrift | radiosender | fernsehsender | person des öffentlichen lebens |
	politiker(in) | politiker | politikerin | politische partei | gemeinnützige organisation | nichtregierungsorganisation (ngo) |
	journalist(in) | schule | kirche |
	vládna organizácia | verejná a vládna služba | polícia | obec | mesto | komunita | mediálna/spravodajská spoločnosť |
	webová stránka so správami a médiami | noviny | časopis | rozhlasová stanica | verejná osobnosť | politik | politická strana |
	neziskovka | nezisková organizácia |
	vládní organizace | veřejná a vládní služba | policie | hasičská stanice | obec | město | komunita |
	mediální/zpravodajská společnost | zpravodajský a mediální web | noviny | časopis | rozhlasová stanice |
	televizní kanál | veřejná osobnost | politik | politická strana | nezisková organizace | škola |
	ארגון ממשלתי | שירות ציבורי וממשלתי | קהילה | ארגון קהילתי | חברת מדיה/חדשות | אתר חדשות ומדיה | עיתון |
	תחנת רדיו | ערוץ טלוויזיה | איש ציבור | דמות ציבורית | פוליטיקאי | מפלגה פוליטית | ארגון ללא מטרות רווח |
	সরকারি প্রতিষ্ঠান | সরকারি সংস্থা | মিডিয়া/সংবাদ কোম্পানি | সংবাদ ও মিডিয়া ওয়েবসাইট | সংবাদপত্র | কমিউনিটি |
	জনপ্রিয় ব্যক্তিত্ব | রাজনীতিবিদ | রাজনৈতিক দল |
	spital | organizație guvernamentală | serviciu public și guvernamental | companie media/de știri |
	site web de știri și media | ziar | revistă | post de radio | canal tv | personalitate publică | partid politic |
	comunitate | organizație nonprofit | școală | biserică | primărie |
	bolnišnica | vladna organizacija | javna in vladna storitev | medijsko/novičarsko podjetje |
	spletno mesto z novicami in mediji | časopis | radijska postaja | javna osebnost | politična stranka | skupnost |
	neprofitna organizacija | šola | cerkev | občina`)

// pageTypeWords name a page before its category in the page's intro box
// ("Page · Government organisation", "Página · Figura pública", "Seite
// · Zeitung"), lower case.
//
// Slovak and Czech "Stránka", Hebrew "דף" and Bengali "পেজ" too
// ("Stránka · Vládna organizácia", "Stránka · Vládní organizace", "דף ·
// קהילה"), Romanian "Pagină" and Slovenian "Stran" ("Pagină · Spital",
// "Stran · Bolnišnica").
var pageTypeWords = set(`page página seite pagina stránka דף পেজ pagină stran`)

// pageNameMaxWords bounds the page's name over its category in the
// header: "Makira-Ulawa Provincial Government" has three words, "Ministry
// of Health and Medical Services Solomon Islands" eight; a longer line
// is a sentence of a story.
const pageNameMaxWords = 10

// followButtons are the buttons Facebook sets under a page's category,
// lower case, in the languages of pageCategories and postLabels: the
// follow button, which a logged-out copy keeps, or the like button of
// the older page layout ("Follow", "Suivre", "Seguir", "Folgen",
// "Like", "J'aime", "Me gusta", "Curtir", "Gefällt mir"; Hungarian
// "Követés", "Tetszik"; Czech "Sledovat", "To se mi líbí"; Norwegian
// and Danish "Følg", as X prints it in the sidebar too; Romanian
// "Urmărește", "Îmi place"; Slovenian "Sledi", "Všeč mi je").
var followButtons = barSet(`follow | following | like | liked | suivre | abonné | abonnée | j'aime | seguir | siguiendo |
	me gusta | seguindo | curtir | folgen | gefolgt | gefällt mir | segui | mi piace | volgen | vind ik leuk |
	követés | követed | tetszik | sledovať | sledujete | páči sa mi to | מעקב | עוקב/ת | לייק | অনুসরণ করুন |
	অনুসরণ করছেন | লাইক করুন | sledovat | to se mi líbí | følg |
	urmărește | urmărești | îmi place | sledi | sledite | všeč mi je`)

// pageCategory reports whether line is a page's category as Facebook
// prints it: one of pageCategories, alone or after the word for a page
// and a middle dot (pageTypeWords).
func pageCategory(line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	if before, after, ok := strings.Cut(l, "·"); ok && pageTypeWords[strings.TrimSpace(before)] {
		l = strings.TrimSpace(after)
	}
	return pageCategories[strings.Join(strings.Fields(l), " ")]
}

// pageCategoryLine returns the index of a Facebook page's category in
// the header of a copy of the page, or -1: among its first
// postPageLines lines, a category alone (pageCategory) right under a
// short line of its paragraph (the page's name, pageNameMaxWords),
// with the follow button (followButtons) right under it, or under the dot
// alone that Facebook sets before the button. A story's line that says
// "Community" or "Newspaper" alone is a subhead or a caption, with no
// follow button under it.
func pageCategoryLine(body string, blocks []block) int {
	for i := 1; i < len(blocks) && i < postPageLines; i++ {
		b, up := &blocks[i], &blocks[i-1]
		if b.afterBlank || b.credit || up.credit || up.words == 0 || up.words > pageNameMaxWords ||
			!pageCategory(body[b.span.Start:b.span.End]) {
			continue
		}
		for k := i + 1; k < len(blocks) && k <= i+2 && !blocks[k].afterBlank; k++ {
			l := strings.TrimSpace(body[blocks[k].span.Start:blocks[k].span.End])
			if followButtons[strings.ToLower(strings.Trim(l, "….!:·• "))] {
				return i
			}
			if strings.ContainsFunc(l, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
				break // neither the dot nor the button
			}
		}
	}
	return -1
}

// A Facebook page's copy made logged out may keep, instead of the
// page's category, the page's counts under its name: "12K followers ·
// 97 following", "12.483 follower · 97 seguiti", "4,2 k abonnés", or in
// the older layout "12K likes · 13K followers". The line is Facebook's
// own: a count and the word for followers, and at most one more count
// beside it after a middle dot. Under the post the copy keeps the
// page's row of buttons (Like, Comment, Share), its counts, the comments
// with their rows of actions, the comment list's foot ("View more
// comments"), and at the end the page's intro box run together with
// Facebook's footer ("About · Photos · Videos · Events", "Privacy ·
// Terms · Advertising · Cookies · More · Meta © 2025").

// pageFollowerWords count a page's followers in its header line, lower
// case, as Facebook's interface words them in English, Italian, French,
// Spanish, Portuguese, German, Dutch and Hungarian ("followers",
// "follower", "abonnés", "seguidores", "Follower", "volgers", "követő",
// singular after a count as Hungarian has it), and Czech
// ("sledujících", "31 tis. To se mi líbí · 44 tis. sledujících"), and
// Romanian, "de" between the count and the noun from twenty on ("21
// mii de urmăritori", "14 mii de aprecieri", "19 urmăritori"), and
// Slovenian ("4,1 tis. sledilcev", "3,2 tis. všečkov").
var pageFollowerWords = barSet(`followers | follower | abonnés | abonné | abonnées | seguidores | seguidor | volgers | volger |
	követő | követők | sledovateľov | sledovatelia | sledovateľ | עוקבים | עוקב | ফলোয়ার | অনুসারী |
	sledujících | sledující | urmăritori | urmăritor | de urmăritori | sledilcev | sledilci | sledilca | sledilec`)

// pageCountWords are the other counts a page's header line may set
// beside its followers, lower case: the pages it follows and, in the
// older layout, its likes ("97 following", "97 seguiti", "97
// abonnements", "97 seguidos", "97 seguindo", "97 gefolgt", "97
// volgend", "12K likes", "12.483 Mi piace", "12 k J'aime", Hungarian
// "97 követés", "12 E kedvelés"; Czech "31 tis. To se mi líbí", "31
// tis. označení To se mi líbí").
var pageCountWords = barSet(`following | seguiti | abonnements | suivi(e)s | seguidos | seguindo | gefolgt | volgend |
	likes | mi piace | j'aime | me gusta | curtidas | gefällt mir | vind-ik-leuks | követés | kedvelés |
	označení páči sa mi to | označenia páči sa mi to | označenie páči sa mi to | sledovaní | לייקים | עוקב אחרי |
	লাইক | জন অনুসরণ করছেন | to se mi líbí | označení to se mi líbí | sledovaných |
	aprecieri | apreciere | de aprecieri | urmăriri | de urmăriri | všečkov | všečki | všečka | všeček | sledenj`)

// countUnits are the thousands and millions words a count may carry
// apart from its figure, as the platforms' interfaces print them:
// "4,2 k", "12 mil", "1,2 Mio.", "12 tsd.", Hungarian "18 E" (ezer,
// thousand) and "1,2 M", Ukrainian and Russian "45,2 тис." and "45,2
// тыс." (thousand) and "1,2 млн" (million), Indonesian "45,2 rb" (ribu)
// and "1,2 jt" (juta), Croatian "4,7 tis." (tisuća), Serbian and
// Bosnian "4,7 hilj." (hiljada, Cyrillic хиљ.) and "1,2 mil." (million),
// Greek "1,2 χιλ." (χιλιάδες, thousand) and "1,2 εκ." (εκατομμύρια),
// Arabic "١٫٤ ألف" (thousand; آلاف after three to ten) and "١٫٢ مليون",
// Slovak "48 tis." (tisíc) and "1,2 mil.", Hebrew "5.8 אלף" (thousand)
// and "1.2 מיליון", Bengali "৫.৮ হাজার", Romanian "2,3 mii" (thousand).
var countUnits = set(`k m mil mi mio mio. mln tsd tsd. md e ezer тис. тис тыс. тыс млн млн. rb rb. jt jt.
	tis. hilj. хиљ. mil. χιλ. χιλ εκ. ألف آلاف مليون אלף מיליון হাজার mii`)

// pageHeaderMaxWords bounds the header line: "12 mil seguidores · 97
// seguidos" has five words; "12.483 Mi piace · 13.201 follower" six;
// Czech "31 tis. To se mi líbí · 44 tis. sledujících" nine, Slovak
// "48 tis. označení Páči sa mi to · 71 tis. sledovateľov" ten, the
// like button's words for the likes. Each part is still a count and
// the platform's word alone.
const pageHeaderMaxWords = 10

// pageHeader reports whether line, of words words, is a Facebook page's
// header line: one count or two between a middle dot, each a figure
// (tally), a unit or none (countUnits) and a word of
// pageFollowerWords or pageCountWords, one of them the followers. A
// story says how many follow a page in a sentence.
func pageHeader(line string, words int) bool {
	if words < 2 || words > pageHeaderMaxWords || !strings.ContainsFunc(line, unicode.IsDigit) {
		return false
	}
	parts := strings.Split(strings.ToLower(strings.TrimSpace(line)), "·")
	if len(parts) > 2 {
		return false
	}
	followers := false
	for _, p := range parts {
		f := strings.Fields(p)
		if len(f) < 2 || !tally(f[0]) {
			return false
		}
		f = f[1:]
		if len(f) > 1 && countUnits[f[0]] {
			f = f[1:]
		}
		what := strings.Join(f, " ")
		switch {
		case pageFollowerWords[what]:
			followers = true
		case pageCountWords[what]:
		default:
			return false
		}
	}
	return followers
}

// pageFooter reports whether line is Facebook's footer as a copy keeps
// it, its links and its notice on one line, the notice last: "Privacy ·
// Terms · Advertising · Cookies · More · Meta © 2025" (or "Facebook ©
// 2019" before the company's new name).
func pageFooter(line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	if k := strings.LastIndex(l, "·"); k >= 0 {
		l = strings.TrimSpace(l[k+len("·"):])
	}
	for _, owner := range []string{"meta © ", "facebook © "} {
		if y, ok := strings.CutPrefix(l, owner); ok {
			return yearWord(y)
		}
	}
	return false
}

// pagePages removes a Facebook page's interface around its post, as a
// copy that keeps the page's counts in its header sets it (pageHeader):
// the header paragraph, the page's name, its counts and its buttons,
// and after it each paragraph of short lines (groupBoxMaxWords) that
// holds a line of the interface: a button or a mark of the platform
// (postLabels, groupLabel), the post's counts (countRow, counter), a
// comment's row of actions, or Facebook's footer (pageFooter), which a
// copy runs together with the page's intro box over it, the page's
// name and its description. The post's paragraphs, and its own short
// lines (the poster's sign-off, a credit), hold none of them.
//
// Over the header, a copy may keep the browser's title of the page
// alone in its paragraph ("(3) Termoval d.d. | Facebook",
// platformTitle): the header is still searched under it.
func pagePages(body string, blocks []block) {
	box := func(par []block) bool { return facebookBox(body, par) }
	above := func(par []block) bool {
		return box(par) || len(par) == 1 && platformTitle(body[par[0].span.Start:par[0].span.End])
	}
	platformPages(body, blocks, pageHeader, above, box)
}

// facebookBox reports whether par, a paragraph of a Facebook group's or
// page's copy under its header, is the interface's: short lines
// (groupBoxMaxWords) of which one, not a credit, is a button or a mark
// of the platform (postLabels, groupLabel), the comment list's opener
// with its count (commentOpener: "Visa 29 kommentarer till"), the
// post's counts (countRow, countLine) or the line that names who
// reacted (reactorsLine), a comment's row of actions (block.action), or
// Facebook's footer (pageFooter).
func facebookBox(body string, par []block) bool {
	label := false
	for k := range par {
		b := &par[k]
		if b.words > groupBoxMaxWords {
			return false
		}
		if b.credit {
			continue
		}
		line := strings.TrimSpace(body[b.span.Start:b.span.End])
		label = label || b.action != actionNone || groupLabel(line) || pageLabel(line, b.words) || stampReplyRow(line) ||
			commentOpener(line, b.words) || countRow(line) || countLine(line) || pageFooter(line) || reactorsLine(line)
	}
	return label
}

// postOpening returns how many lines at the end of par, a paragraph of
// the interface under a post page's header, are the post's own first
// lines, to be kept: a copy may set the post's opening in the paragraph
// of the poster's name and badge ("Randi Hoelsveen" over
// "Toppbidragsyter" over "KOK VANNET folkens!! Gjelder sentrum …"). They
// are the lines after the paragraph's last line of the interface when
// that line is a badge or a label (groupLabel, postRoles), each longer
// than a name (more than postOpeningMinWords words) and no line of the
// interface, and the post goes on in the next paragraph, which is no
// paragraph of the interface. A comment's lines have the row of its
// actions under them, or the comment list's foot after their paragraph.
func postOpening(body string, par, rest []block) int {
	last := -1
	for k := range par {
		line := strings.TrimSpace(body[par[k].span.Start:par[k].span.End])
		if par[k].action != actionNone || groupLabel(line) || pageLabel(line, par[k].words) || stampReplyRow(line) ||
			commentOpener(line, par[k].words) || countRow(line) || countLine(line) || pageFooter(line) || reactorsLine(line) ||
			postRoles[strings.ToLower(line)] {
			last = k
		}
	}
	if last < 0 || last == len(par)-1 {
		return 0
	}
	badge := strings.TrimSpace(body[par[last].span.Start:par[last].span.End])
	if !groupLabel(badge) && !postRoles[strings.ToLower(badge)] {
		return 0
	}
	for k := last + 1; k < len(par); k++ {
		if par[k].words <= postOpeningMinWords {
			return 0
		}
	}
	next := rest
	for k := 1; k < len(rest); k++ {
		if rest[k].afterBlank {
			next = rest[:k]
			break
		}
	}
	if len(next) == 0 || facebookBox(body, next) {
		return 0
	}
	return len(par) - 1 - last
}

// postOpeningMinWords bounds a name, which no line of a post's opening
// is: "Anette Lunde Bakken" has three words, a name with its particle
// four.
const postOpeningMinWords = 4

// countLine reports whether line is one count alone, a tally and one of
// counterWords ("87 comments", "214 condivisioni").
//
// A Bengali count glues the classifier "টি" to its figure ("১১৬টি
// মন্তব্য", 116 comments): the figure is read without it.
//
// Romanian sets "de" between a count of twenty and more and its noun
// ("148 de distribuiri", "312 de comentarii"): the count is read over
// it.
func countLine(line string) bool {
	f := strings.Fields(line)
	if len(f) == 3 && f[1] == "de" {
		f = []string{f[0], f[2]}
	}
	return len(f) == 2 && tally(strings.TrimSuffix(f[0], "টি")) && counterWords[strings.ToLower(f[1])]
}

// Beside a post's reactions Facebook names one reader who reacted and
// counts the rest: "Jane Doe and 1.2K others", "Γιάννης Αντωνίου και
// 1,2 χιλ. ακόμη". A copy of the post keeps the line under the
// reactions' label and their icons.

// reactorJoins are the word between the reader's name and the count,
// lower case, in the languages of reactorTails: "and", "et", "y",
// "und", "és", "och", "og", "ja", "και".
var reactorJoins = set(`and et y und és och og ja και`)

// reactorTails are what follows the count, lower case: "others"
// (English), "autres personnes" (French), "personas más" (Spanish),
// "weitere Personen" (German), "további személy" (Hungarian), "andra"
// (Swedish), "andre" (Danish, Norwegian), "muuta" (Finnish), "ακόμη"
// (Greek, "more").
var reactorTails = barSet(`others | other | autres | autres personnes | personas más | weitere personen | weitere |
	további személy | további | andra | andre | muuta | ακόμη | ακόμα`)

// reactorNameMaxWords bounds the reader's name before the count:
// "Mary-Jane van der Berg" has four words.
const reactorNameMaxWords = 4

// reactorsLine reports whether line is the reactions' line that names a
// reader and counts the others: a name of at most reactorNameMaxWords
// words each opening with a capital, a word of reactorJoins, a count
// (tally) and its unit or none (countUnits), and one of reactorTails,
// nothing after it. A story's sentence that ends "… and 12 others" has
// a verb before it; the caller asks the line to stand in a copy of a
// post's page too.
func reactorsLine(line string) bool {
	f := strings.Fields(line)
	j := -1
	for k := 1; k < len(f) && k <= reactorNameMaxWords; k++ {
		if reactorJoins[strings.ToLower(f[k])] {
			j = k
			break
		}
	}
	if j < 0 || j+2 >= len(f) || !tally(f[j+1]) {
		return false
	}
	for _, w := range f[:j] {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	rest := f[j+2:]
	if len(rest) > 1 && countUnits[strings.ToLower(rest[0])] {
		rest = rest[1:]
	}
	return reactorTails[strings.ToLower(strings.Join(rest, " "))]
}

// countAlone reports whether line is a count alone, a tally and its
// unit or none (countUnits): "2.4K", "1,2 χιλ.", "4,2 k".
func countAlone(line string) bool {
	f := strings.Fields(line)
	return len(f) >= 1 && len(f) <= 2 && tally(f[0]) && (len(f) == 1 || countUnits[strings.ToLower(f[1])])
}
