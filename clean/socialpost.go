package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A social network's post, as a plain copy of its page keeps it
// (Instagram's, X's, TikTok's, Threads', a Facebook page's), sets the
// post between the platform's interface: above it the platform's name,
// the log-in bar, the poster's handle with "Verified" and "Follow";
// under it "See translation", "Edited", the date, the comment list's
// opener ("View all 6,214 comments"), the comments, "Liked by … and
// 318,902 others", the log-in prompt and the platform's footer. The
// comments are written as a story's sentences, so only their place
// tells them: under the opener, each a handle alone on its line, the
// comment, and its "Reply".

// commentOpeners are the comment list's opener with its count taken
// out, lower case, as the platforms print it under a post: "View all
// 6,214 comments" (Instagram), "View 312 replies" (TikTok, Threads),
// "Show 40 replies" (X), "See all 12 comments"; in English, French,
// Spanish, Portuguese, German, Italian and Dutch ("Afficher les 38
// commentaires", "Ver los 38 comentarios", "Ver todos os 38
// comentários", "Alle 38 Kommentare ansehen", "Visualizza tutti i 38
// commenti", "Bekijk alle 38 opmerkingen"); and Facebook's opener of
// the rest of a list ("View 29 more comments"), in English and the
// Nordic languages ("Visa 29 kommentarer till", "Se 29 kommentarer
// mere", "Vis 29 kommentarer til", "Näytä 29 kommenttia lisää"); and
// Facebook's Greek ("Προβολή και των 6 απαντήσεων", view all 6
// replies; "Προβολή και των 38 σχολίων"); and Instagram's Indonesian
// ("Lihat semua 214 komentar", and over a comment's replies "Lihat
// balasan (3)", the count in brackets) and Persian ("مشاهده همه ۵۲
// دیدگاه", view all 52 comments, the figures Persian).
var commentOpeners = barSet(`view all comments | view comments | view all replies | view replies | see all comments |
	see comments | show replies | show all replies | show comments | load comments |
	afficher les commentaires | voir les commentaires | afficher tous les commentaires | voir tous les commentaires |
	afficher les réponses | voir les réponses |
	ver los comentarios | ver todos los comentarios | ver las respuestas | ver respuestas |
	ver todos os comentários | ver os comentários | ver respostas |
	alle kommentare ansehen | kommentare ansehen | alle kommentare anzeigen | antworten ansehen |
	visualizza tutti i commenti | visualizza commenti | visualizza risposte | mostra risposte |
	bekijk alle opmerkingen | bekijk opmerkingen | bekijk reacties | bekijk alle reacties |
	view more comments | view previous comments | visa kommentarer till | visa alla kommentarer | visa fler kommentarer |
	se kommentarer mere | vis kommentarer mere | se alle kommentarer | vis alle kommentarer | se flere kommentarer |
	vis flere kommentarer | vis kommentarer til | se kommentarer til | näytä kommenttia lisää | näytä kaikki kommentit |
	προβολή και των απαντήσεων | προβολή όλων των απαντήσεων | προβολή απαντήσεων | προβολή και των σχολίων |
	προβολή όλων των σχολίων |
	lihat semua komentar | lihat balasan | lihat semua balasan | sembunyikan balasan |
	مشاهده همه دیدگاه | مشاهده همه نظرات | مشاهده پاسخ‌ها | مشاهده همه پاسخ‌ها`)

// commentOpenerMaxWords bounds the opener: "Visualizza tutti i 6.214
// commenti" has five words with its count.
const commentOpenerMaxWords = 6

// commentOpener reports whether line, of words words, is a comment
// list's opener: one of commentOpeners once its count (figures with a
// thousands mark, or a K or M after) is taken out, the count being
// there. A sentence that tells readers to view the comments has no
// count beside the words, or more words around them.
func commentOpener(line string, words int) bool {
	if words < 3 || words > commentOpenerMaxWords {
		return false
	}
	var rest []string
	count := false
	for _, w := range strings.Fields(strings.ToLower(strings.TrimSpace(line))) {
		// The count alone or in brackets ("View replies (3)").
		if tally(strings.TrimSuffix(strings.TrimPrefix(w, "("), ")")) {
			count = true
			continue
		}
		rest = append(rest, w)
	}
	return count && commentOpeners[strings.Join(rest, " ")]
}

// handleLine reports whether line is a poster's or a commenter's handle
// alone: one word of letters, figures, dots and underscores, an "@"
// before it or not ("tilly.harcourt_", "@harbourlights"), as Instagram,
// X, TikTok and Threads print it over a comment. A story's line of one
// word is a name or a heading, written with no dot or underscore
// inside; the caller asks for the comment and its reply under it too.
func handleLine(line string) bool {
	h := strings.TrimPrefix(strings.TrimSpace(line), "@")
	if h == "" || len(h) > 30 {
		return false
	}
	for _, r := range h {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '_' {
			return false
		}
	}
	return true
}

// inlineHandle reports whether line opens with a handle as Instagram
// prints it before a comment on the comment's own line: a word of
// lower-case ASCII letters, figures, dots and underscores, an "@"
// before it or not, one letter in it at least, and more words after it
// ("sara.tghv با این حساب …", "mohammad_rz.81 دهک رو …"). Instagram's
// handles are written in lower case; a sentence opens with a capital,
// or in a script of its own. The caller asks for the comment's likes
// and reply under it (replyLine).
func inlineHandle(line string) bool {
	h, rest, ok := strings.Cut(strings.TrimSpace(line), " ")
	if !ok || strings.TrimSpace(rest) == "" {
		return false
	}
	h = strings.TrimPrefix(h, "@")
	if h == "" || len(h) > 30 {
		return false
	}
	letter := false
	for i := 0; i < len(h); i++ {
		c := h[i]
		switch {
		case 'a' <= c && c <= 'z':
			letter = true
		case '0' <= c && c <= '9' || c == '.' || c == '_':
		default:
			return false
		}
	}
	return letter
}

// replyLineMaxWords bounds a comment's row of actions under it on one
// line: "2w 1,204 likes Reply" is four words.
const replyLineMaxWords = 4

// replyLine reports whether b is a comment's reply button alone
// (commentReplies, the action socialComments reads), or a row that
// ends with it after the comment's age and its likes ("2w 12 likes
// Reply").
func replyLine(body string, b *block) bool {
	if b.action == actionReply || b.action == actionRow {
		return true
	}
	if b.words == 0 || b.words > replyLineMaxWords {
		return false
	}
	f := strings.Fields(strings.ToLower(strings.TrimSpace(body[b.span.Start:b.span.End])))
	return len(f) > 1 && commentReplies[f[len(f)-1]]
}

// A WordPress theme heads a post's comments with their count and the
// post's title in quotes, as its strings word it: "14 thoughts on
// “<title>”" (Twenty Twelve to Twenty Seventeen and the themes built on
// them), "One Response to “<title>”" (older themes), "3 replies on
// “<title>”" (Twenty Nineteen, Twenty Twenty), "12 comments on
// “<title>”"; in German "14 Gedanken zu „<title>“", in French "14
// réflexions sur « <title> »", in Finnish "2 kommenttia artikkeliin
// ”<title>”" (the Finnish closing quotation mark opening the title
// too) or "Yksi kommentti artikkeliin …", in Greek "14 σκέψεις για
// “<title>”". Each comment under it is the reader's
// name (as typed: "Gaz_B_1979", or a name of a few words), the time
// stamp ("November 16, 2025 at 9:14 am"), the comment and "Reply".

// wpCommentCounts are the count's words a comments title may open with
// instead of a figure, lower case.
var wpCommentCounts = set(`one ein eine une un yksi`)

// wpCommentPhrases are the words between the count and the quoted title,
// lower case.
var wpCommentPhrases = barSet(`thought on | thoughts on | response to | responses to | reply on | replies on |
	reply to | replies to | comment on | comments on | gedanke zu | gedanken zu | kommentar zu | kommentare zu |
	réflexion sur | réflexions sur | commentaire sur | commentaires sur |
	kommentti artikkeliin | kommenttia artikkeliin | ajatus aiheesta | ajatusta aiheesta | σκέψη για | σκέψεις για`)

// wpCommentTitleMaxWords bounds a comments title: the count, two words
// and a headline (DefaultHeadlineMaxWords).
const wpCommentTitleMaxWords = 3 + DefaultHeadlineMaxWords

// wpCommentsTitle reports whether line, of words words, is a WordPress
// comments title: a figure or one of wpCommentCounts, one of
// wpCommentPhrases, and a title opening and closing with quotation
// marks, nothing after it. A headline that says "Five thoughts on …"
// has no comment under it, which postComments asks for too.
func wpCommentsTitle(line string, words int) bool {
	line = strings.TrimSpace(line)
	if words < 4 || words > wpCommentTitleMaxWords {
		return false
	}
	q := strings.IndexAny(line, "“\"«„‘'”")
	if q < 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(line)
	if !strings.ContainsRune("”\"»“’'", r) {
		return false
	}
	f := strings.Fields(strings.ToLower(line[:q]))
	if len(f) < 3 || !tally(f[0]) && !wpCommentCounts[f[0]] {
		return false
	}
	return wpCommentPhrases[strings.Join(f[1:], " ")]
}

// commentHeaderMaxWords bounds a commenter's name typed with spaces
// over the comment's time stamp ("Dave from Shepton Road").
const commentHeaderMaxWords = 4

// commentHeader reports whether blocks[k] is a comment's header: a
// handle alone (handleLine), or a short name ending no sentence over
// the comment's time stamp (postTimestamp), as WordPress prints it.
func commentHeader(body string, blocks []block, k int) bool {
	line := body[blocks[k].span.Start:blocks[k].span.End]
	if handleLine(line) {
		return true
	}
	return k+1 < len(blocks) && !blocks[k].credit && blocks[k].words > 0 && blocks[k].words <= commentHeaderMaxWords &&
		!endsSentence(strings.TrimSpace(line)) && postTimestamp(body[blocks[k+1].span.Start:blocks[k+1].span.End])
}

// postComments removes a social post's comment list: the opener
// (commentOpener), or a WordPress post's comments title
// (wpCommentsTitle) with a comment under it, and under it each comment
// as the platform prints it logged out, a handle alone or a name over
// its time stamp (commentHeader), up to commentMaxLines lines
// of the comment and its reply button (replyLine), one after another
// to the first lines of another shape ("Liked by … and 318,902
// others", the log-in prompt), left to the other rules. The post
// stands above the opener, so its own text stays whatever it says of
// comments or replies; a comment is taken only whole, its reply under
// it.
func postComments(body string, blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if b.credit {
			continue
		}
		if line := body[b.span.Start:b.span.End]; !commentOpener(line, b.words) &&
			!(wpCommentsTitle(line, b.words) && i+1 < len(blocks) && commentEnd(body, blocks, i+1) > 0) {
			continue
		}
		b.class, b.score, b.reason = classChrome, 1, ReasonCommentPolicy
		for k := i + 1; k < len(blocks); {
			if !blocks[k].credit && commentOpener(body[blocks[k].span.Start:blocks[k].span.End], blocks[k].words) {
				// The opener of a comment's replies between the
				// comments ("Lihat balasan (3)", "View replies (3)").
				blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonCommentPolicy
				k++
				continue
			}
			end := commentEnd(body, blocks, k)
			if end < 0 {
				break
			}
			for j := k; j <= end; j++ {
				blocks[j].class, blocks[j].score, blocks[j].reason = classChrome, 1, ReasonCommentPolicy
			}
			k = end + 1
		}
	}
}

// commentEnd returns the index of the reply button that closes the
// comment whose header is blocks[k] (commentHeader), or -1 when
// blocks[k] opens no whole comment.
func commentEnd(body string, blocks []block, k int) int {
	if k+1 < len(blocks) && !blocks[k].credit && !blocks[k+1].credit &&
		inlineHandle(body[blocks[k].span.Start:blocks[k].span.End]) && replyLine(body, &blocks[k+1]) {
		// Instagram's layout that sets the handle before the comment
		// on its line, the likes and the reply on the next ("sara.tghv
		// <comment>", "۳۸ لایک  پاسخ").
		return k + 1
	}
	if !commentHeader(body, blocks, k) {
		return -1
	}
	for j := k + 2; j < len(blocks) && j <= k+1+commentMaxLines; j++ {
		if blocks[j].credit {
			break
		}
		if replyLine(body, &blocks[j]) {
			return j
		}
	}
	return -1
}

// platformNames are the networks whose name a copy of a post's page
// keeps alone on a line in its header, the logo's text, lower case.
var platformNames = set(`facebook instagram tiktok threads`)

// postLabels are the platform's buttons and marks around a post, alone
// on their line, lower case, without a closing stop or question mark:
// the follow button, the verified badge, the translation link, the
// edited mark, the comment sort, in English, French, Spanish,
// Portuguese, German, Italian and Dutch, as Facebook, Instagram,
// Threads and TikTok print them ("Suivre", "Voir la traduction",
// "Afficher la traduction"); and Facebook's own around a page's post,
// as a copy made logged out keeps them: the log-in bar ("Log in",
// "Forgot account?", "Accedi", "Hai dimenticato l'account?"), the
// page's message button ("Message", "Messaggio"), the post's row of
// buttons under it, one a line ("Like", "Comment", "Share"; "Mi piace",
// "Commenta", "Condividi"), and the comment list's foot ("View more
// comments", "Visualizza altri commenti"); and the same in Hungarian
// ("Követés", "Bejelentkezés", "Elfelejtetted a fiókodat?", "Tetszik",
// "Hozzászólás", "Megosztás", "További hozzászólások megtekintése");
// and in Swedish, Danish, Norwegian and Finnish ("Följ", "Mest
// relevanta", "Logga in", "Gilla", "Kommentera", "Dela"; "Følg",
// "Synes godt om", "Kommenter", "Del"; "Lik"; "Seuraa", "Tykkää",
// "Kommentoi", "Jaa", and the log-in bar, "Sähköposti tai
// puhelinnumero", "Salasana", "Unohditko tilisi?"); and in Greek ("Συνδεθείτε", "Ξεχάσατε τον
// λογαριασμό σας;", "Δημιουργία νέου λογαριασμού", "Μου αρέσει",
// "Σχόλιο", "Κοινοποίηση", "Πιο σχετικά", "Προβολή περισσότερων
// σχολίων"); and in Arabic ("تسجيل الدخول", "هل نسيت الحساب؟",
// "أعجبني", "تعليق", "مشاركة", "الأكثر صلة", "عرض المزيد من
// التعليقات", "اكتب تعليقًا...", the tanween typed or not); and in
// Polish ("Obserwuj", "Zaloguj się", "Lubię to!", "Komentarz",
// "Udostępnij", "Najtrafniejsze", "Wyświetl więcej komentarzy"); and
// Instagram's own under a post, the comment box and its button, the
// log-in prompt ("Add a comment…", "Post", "Log in to like or
// comment."), in English, Indonesian ("Ikuti", "Lihat terjemahan",
// "Masuk", "Daftar", "Tambahkan komentar…", "Posting") and Persian
// ("دنبال کردن", follow; "ورود", "ثبت‌نام", log in, sign up; "ذخیره",
// save; "افزودن دیدگاه…", add a comment; "برای پسندیدن یا افزودن
// دیدگاه وارد شوید.", log in to like or comment); and Facebook's page
// in Slovak ("Sledovať", "Poslať správu", "Páči sa mi to", "Komentovať",
// "Zdieľať", "Najrelevantnejšie", "Všetky reakcie:", "Zobraziť ďalšie
// komentáre", "Napíšte komentár…"), Hebrew ("מעקב", "שליחת הודעה",
// "לייק", "תגובה", "שיתוף", "הרלוונטיות ביותר", "כל הרגשות:", "הצגת
// תגובות נוספות", "כתיבת תגובה...") and Bengali ("লগ ইন করুন", "নতুন
// অ্যাকাউন্ট তৈরি করুন", "অনুসরণ করুন", "সব প্রতিক্রিয়া:", "লাইক করুন",
// "সবচেয়ে প্রাসঙ্গিক", the badge "শীর্ষ ফ্যান", "আরও মন্তব্য দেখুন",
// "পাসওয়ার্ড ভুলে গেছেন?"), and Latvian ("Patīk", "Komentēt",
// "Kopīgot", "Vispiemērotākie", "Skatīt vairāk komentāru", "Raksti
// komentāru…", "Pieteikties", "Sekot"); and Facebook's page in Czech
// ("Hledat na Facebooku", "Sledovat", "Poslat zprávu", "Zobrazit
// překlad", "Všechny reakce:", "To se mi líbí", "Komentovat", "Sdílet",
// "Nejrelevantnější", "Zobrazit další komentáře", "Napište
// komentář…"); and Instagram's comment box and its button in
// Portuguese ("Adicione um comentário…", "Publicar"), and its log-in
// prompt ("Entre para curtir ou comentar."); and Facebook's page in
// Romanian ("Caută pe Facebook", "Urmărește", "Trimite mesaj", "Toate
// reacțiile:", "Îmi place", "Comentează", "Distribuie", "Cele mai
// relevante", "Vezi mai multe comentarii", "Scrie un comentariu
// public…") and Slovenian ("Poišči na Facebooku", "Sledi", "Pošlji
// sporočilo", "Vsi odzivi:", "Všeč mi je", "Komentiraj", "Deli",
// "Najustreznejše", "Prikaži več komentarjev", "Napišite komentar…"),
// and as a Slovenian capture really prints them ("Išči na Facebooku",
// "Vidi več komentarjev", "Vidi prejšnje komentarje", "Napiši javni
// komentar …").
var postLabels = barSet(`follow | following | verified | see translation | see original | edited | most relevant |
	suivre | abonné | abonnée | vérifié | voir la traduction | afficher la traduction | voir l'original | modifié | les plus pertinents |
	seguir | siguiendo | verificado | ver traducción | ver traduccion | ver original | editado | más relevantes |
	seguindo | ver tradução | mais relevantes |
	folgen | gefolgt | verifiziert | übersetzung anzeigen | original anzeigen | bearbeitet | relevanteste |
	segui | segui già | verificato | visualizza traduzione | mostra traduzione | modificato | più pertinenti |
	volgen | volgend | geverifieerd | vertaling bekijken | vertaling weergeven | bewerkt | meest relevant |
	log in | log into facebook | forgot account | forgot password | create new account | sign up |
	accedi | hai dimenticato l'account | password dimenticata | crea nuovo account | iscriviti |
	se connecter | connexion | informations de compte oubliées | mot de passe oublié | créer un nouveau compte | s'inscrire |
	iniciar sesión | entrar | has olvidado la cuenta | olvidaste tu cuenta | olvidaste la cuenta |
	crear cuenta nueva | registrarte | esqueceu a conta | esqueceste-te da conta | criar nova conta | cadastre-se |
	anmelden | konto vergessen | neues konto erstellen | registrieren | inloggen | account vergeten | nieuw account maken |
	message | send message | messaggio | invia messaggio | envoyer un message | mensaje | enviar mensaje | mensagem |
	enviar mensagem | nachricht senden | bericht sturen |
	like | comment | share | mi piace | commenta | condividi | j'aime | commenter | partager | me gusta | comentar |
	compartir | curtir | compartilhar | gefällt mir | kommentieren | teilen | vind ik leuk | reageren | delen |
	view more comments | view previous comments | visualizza altri commenti | visualizza commenti precedenti |
	voir plus de commentaires | ver más comentarios | ver mais comentários | weitere kommentare anzeigen |
	meer reacties bekijken | meer opmerkingen bekijken |
	követés | követed | ellenőrzött | fordítás megtekintése | eredeti megtekintése | szerkesztve | legrelevánsabb |
	bejelentkezés | elfelejtetted a fiókodat | elfelejtetted a jelszavadat | új fiók létrehozása | regisztráció |
	e-mail-cím vagy telefonszám | jelszó | üzenet | üzenet küldése | tetszik | hozzászólás | megosztás |
	további hozzászólások megtekintése | korábbi hozzászólások megtekintése |
	följ | följer | verifierad | se översättning | visa översättning | redigerat | mest relevanta | logga in |
	glömt kontot | skapa nytt konto | registrera dig | skicka meddelande | gilla | kommentera | dela | visa fler kommentarer |
	følg | følger | se oversættelse | se oversettelse | redigeret | redigert | mest relevante | log ind | logg inn |
	opret ny konto | opprett ny konto | synes godt om | kommenter | del | lik | se flere kommentarer |
	vis flere kommentarer | seuraa | näytä käännös | muokattu | osuvimmat | kirjaudu sisään | luo uusi tili |
	tykkää | kommentoi | jaa | näytä lisää kommentteja | sähköposti tai puhelinnumero | salasana | unohditko tilisi |
	ακολουθήστε | ακολουθείτε | επαληθευμένος | προβολή μετάφρασης | προβολή πρωτοτύπου | επεξεργασμένο | πιο σχετικά |
	συνδεθείτε | σύνδεση | ξεχάσατε τον λογαριασμό σας | ξεχάσατε τον κωδικό πρόσβασης | δημιουργία νέου λογαριασμού |
	εγγραφή | μήνυμα | αποστολή μηνύματος | μου αρέσει | σχόλιο | κοινοποίηση | προβολή περισσότερων σχολίων |
	προβολή προηγούμενων σχολίων |
	تسجيل الدخول | هل نسيت الحساب | إنشاء حساب جديد | عرض الترجمة | أعجبني | تعليق | مشاركة | الأكثر صلة |
	عرض المزيد من التعليقات | عرض التعليقات السابقة | اكتب تعليقًا | اكتب تعليقا | اكتب تعليقًا عامًا | اكتب تعليقا عاما |
	obserwuj | obserwujesz | zobacz tłumaczenie | edytowano | najtrafniejsze | zaloguj się | nie pamiętasz hasła |
	utwórz nowe konto | lubię to | komentarz | udostępnij | wyświetl więcej komentarzy | wyświetl wcześniejsze komentarze |
	log in to like or comment | add a comment | post |
	ikuti | mengikuti | lihat terjemahan | masuk | daftar | tambahkan komentar | posting |
	masuk untuk menyukai atau mengomentari |
	دنبال کردن | دنبال می‌کنید | مشاهده ترجمه | ورود | ثبت‌نام | ذخیره | افزودن دیدگاه |
	برای پسندیدن یا افزودن دیدگاه وارد شوید |
	sledovať | sledujete | vyhľadávanie na facebooku | prihlásiť sa | zabudli ste heslo | zabudli ste účet |
	vytvoriť nový účet | poslať správu | páči sa mi to | komentovať | zdieľať | najrelevantnejšie | všetky reakcie |
	zobraziť ďalšie komentáre | zobraziť predchádzajúce komentáre | napíšte komentár | napísať komentár | zobraziť preklad |
	מעקב | חיפוש בפייסבוק | התחברות | שכחת את הסיסמה | יצירת חשבון חדש | שליחת הודעה | לייק | תגובה | שיתוף |
	הרלוונטיות ביותר | כל הרגשות | הצגת תגובות נוספות | הצגת תגובות קודמות | כתיבת תגובה | הצגת תרגום |
	লগ ইন করুন | নতুন অ্যাকাউন্ট তৈরি করুন | পাসওয়ার্ড ভুলে গেছেন | অ্যাকাউন্ট ভুলে গেছেন | অনুসরণ করুন |
	সব প্রতিক্রিয়া | লাইক করুন | মন্তব্য করুন | শেয়ার করুন | সবচেয়ে প্রাসঙ্গিক | শীর্ষ ফ্যান | আরও মন্তব্য দেখুন |
	মন্তব্য লিখুন | অনুবাদ দেখুন |
	patīk | komentēt | kopīgot | vispiemērotākie | skatīt vairāk komentāru | raksti komentāru | pieteikties |
	izveidot jaunu kontu | sekot | skatīt tulkojumu |
	sledovat | hledat na facebooku | přihlásit se | zapomněli jste heslo | zapomněli jste účet |
	vytvořit nový účet | poslat zprávu | to se mi líbí | komentovat | sdílet | nejrelevantnější | všechny reakce |
	zobrazit další komentáře | zobrazit předchozí komentáře | napište komentář | napsat komentář | zobrazit překlad |
	adicione um comentário | publicar | entre para curtir ou comentar | faça login para curtir ou comentar |
	caută pe facebook | urmărește | trimite mesaj | vezi traducerea | toate reacțiile | îmi place | comentează |
	distribuie | cele mai relevante | vezi mai multe comentarii | vezi comentariile anterioare |
	scrie un comentariu public | scrie un comentariu | conectează-te | ți-ai uitat contul | creează un cont nou |
	poišči na facebooku | sledi | pošlji sporočilo | prikaži prevod | vsi odzivi | všeč mi je | komentiraj | deli |
	najustreznejše | prikaži več komentarjev | oglejte si več komentarjev | napišite komentar | napiši komentar |
	prijava | ustvari nov račun | ste pozabili račun | išči na facebooku | vidi več komentarjev |
	vidi prejšnje komentarje | napiši javni komentar`)

// postLabelMaxWords bounds a label of postLabels: "برای پسندیدن یا
// افزودن دیدگاه وارد شوید" has seven words.
const postLabelMaxWords = 7

// pageLabel reports whether line, of words words, is one of postLabels
// alone, trimmed of an ellipsis, a closing stop, a question mark (the
// Greek one too, ";" or U+037E, and the Arabic "؟") and the dots beside
// a button, its apostrophes typed straight.
func pageLabel(line string, words int) bool {
	if words == 0 || words > postLabelMaxWords {
		return false
	}
	l := strings.ReplaceAll(strings.ToLower(strings.Trim(strings.TrimSpace(line), "….!:?¿;\u037e؟·• ")), "’", "'")
	return postLabels[strings.Join(strings.Fields(l), " ")]
}

// postPageLines bounds the header where the platform's name stands:
// the page's title line, the log-in bar, the name, the tabs of a
// Facebook page ("Accueil", "Publications", "À propos", "Photos",
// "Vidéos") come before it in no copy by more than this many lines.
const postPageLines = 8

// postPage reports whether the text is a copy of a post's page: the
// platform's name (platformNames) alone on one of its first
// postPageLines lines, or after a bar closing the page's title
// (platformTitle), a Facebook group's header line (groupHeader) or
// a Facebook page's counts (pageHeader) among them, or a Facebook
// page's header (pageCategoryLine), or X's title line or footer notice
// (xPage).
func postPage(body string, blocks []block) bool {
	for i := 0; i < len(blocks) && i < postPageLines; i++ {
		line := body[blocks[i].span.Start:blocks[i].span.End]
		if platformNames[strings.ToLower(strings.TrimSpace(line))] || platformTitle(line) || groupHeader(line, blocks[i].words) ||
			pageHeader(line, blocks[i].words) {
			return true
		}
	}
	return pageCategoryLine(body, blocks) >= 0 || xPage(body, blocks)
}

// platformTitle reports whether line is a post's page's title as the
// browser names the page and a copy keeps it over the page: the page's
// or the post's name, a bar, and the platform's name closing the line
// ("أخبار المنيا لحظة بلحظة | Facebook", "Somogy Most | Facebook"). A
// story's headline names a network inside its words, not as its site
// after a bar.
func platformTitle(line string) bool {
	k := strings.LastIndex(line, "|")
	return k > 0 && strings.TrimSpace(line[:k]) != "" && platformNames[strings.ToLower(strings.TrimSpace(line[k+1:]))]
}

// postPageLabels removes, in a copy of a post's page (postPage), the
// platform's buttons and marks alone on their lines (postLabels), the
// domain of a shared link's preview card over the linked page's title
// (linkCard), the post's time stamp (postTimestamp) and the line that
// names who reacted to it (reactorsLine), wherever they stand: "Follow"
// under the poster's name, "March 3 at 6:47 PM" under it, "See
// translation" under the post, and the dot the platform sets between
// the name and the follow button, or the button and the post's date,
// alone on the line over it or under it ("·", "•"), and under a time
// stamp the audience's icon too ("🌐"); and a Facebook page's category
// in its header (pageCategoryLine); and the post's counts under it,
// its comments and shares (countRow, countLine: "٢١٣ تعليقًا  ٩٦
// مشاركة") and its reactions' total after their icons (reactionTotal:
// "👍❤️ ١٫٤ ألف"). A story never has "Suivre" or
// "Edited" alone on a line, and no story opens under a social network's
// logo.
func postPageLabels(body string, blocks []block) {
	if !postPage(body, blocks) {
		return
	}
	if c := pageCategoryLine(body, blocks); c >= 0 {
		blocks[c].class, blocks[c].score, blocks[c].reason = classChrome, 1, ReasonNavigation
	}
	for i := range blocks {
		b := &blocks[i]
		line := strings.TrimSpace(body[b.span.Start:b.span.End])
		if linkCard(body, blocks, i) {
			b.class, b.score, b.reason = classChrome, 1, ReasonShare
			continue
		}
		if !b.credit && b.class != classChrome && (countRow(line) || countLine(line) || reactionTotal(line)) {
			// A count its own score decided (counter) keeps its reason.
			b.class, b.score, b.reason = classChrome, 1, ReasonShare
			continue
		}
		if b.credit || !(pageLabel(line, b.words) || postTimestamp(line) || reactorsLine(line)) {
			continue
		}
		b.class, b.score, b.reason = classChrome, 1, ReasonShare
		if i > 0 && !b.afterBlank {
			dotLine(body, &blocks[i-1])
		}
		if reactorsLine(line) {
			// Over the line that names who reacted, in its paragraph,
			// the reactions' total and their icons, each alone on its
			// line ("1,2 χιλ.", "👍❤️😮") or the icons before the total
			// on one ("😮😢😡 214"), up to their label.
			for k := i - 1; k >= 0 && !blocks[k+1].afterBlank && (marksOnly(body, &blocks[k]) ||
				countAlone(iconsTrimmed(body[blocks[k].span.Start:blocks[k].span.End]))); k-- {
				blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonShare
			}
		}
		// Under the label, the dot; under a time stamp, the dot and the
		// audience's icon ("·", "🌐"), each alone on its line in the
		// stamp's paragraph.
		under := 1
		if postTimestamp(line) {
			under = 2
		}
		for k := i + 1; k < len(blocks) && k <= i+under && !blocks[k].afterBlank && marksOnly(body, &blocks[k]); k++ {
			dotLine(body, &blocks[k])
		}
	}
}

// reactionTotal reports whether line is a post's reactions' total after
// their icons, as a copy of the post keeps them on one line ("👍❤️ ١٫٤
// ألف", "👍😆 312"): marks with no letter nor figure, then a count
// alone (countAlone). A story's line never sets a bare figure after
// emoji.
func reactionTotal(line string) bool {
	l := strings.TrimSpace(line)
	t := iconsTrimmed(l)
	return len(t) < len(l) && countAlone(t)
}

// linkCardTitleMaxWords bounds the linked page's title under a link
// card's domain: a headline's length (DefaultHeadlineMaxWords), with
// room for a site's name after it.
const linkCardTitleMaxWords = DefaultHeadlineMaxWords + 6

// linkCardDomain reports whether line is the domain of a link's preview
// card as Facebook (and LinkedIn) prints it over the linked page's
// title, in capitals: one word, a host name of two labels or more
// joined by dots, each of letters, figures and hyphens, the last of
// letters, and no lower-case letter ("BBC.CO.UK", "HARCASTLEGAZETTE.
// EXAMPLE" as one word). A story writes a site's address in lower
// case, inside a sentence.
func linkCardDomain(line string) bool {
	l := strings.TrimSpace(line)
	if l == "" || strings.ContainsFunc(l, unicode.IsLower) || !strings.ContainsFunc(l, unicode.IsUpper) {
		return false
	}
	labels := strings.Split(l, ".")
	if len(labels) < 2 {
		return false
	}
	for _, p := range labels {
		if p == "" || strings.HasPrefix(p, "-") || strings.HasSuffix(p, "-") ||
			strings.ContainsFunc(p, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }) {
			return false
		}
	}
	tld := labels[len(labels)-1]
	return len(tld) >= 2 && !strings.ContainsFunc(tld, func(r rune) bool { return !unicode.IsLetter(r) })
}

// linkCard reports whether blocks[i] is a link card's domain
// (linkCardDomain) with the linked page's title right under it in its
// paragraph, a line of a title's length (linkCardTitleMaxWords). The
// title, the linked story's headline, is not the card's own: it is
// left to the other rules.
func linkCard(body string, blocks []block, i int) bool {
	if blocks[i].credit || i+1 >= len(blocks) || blocks[i+1].afterBlank ||
		blocks[i+1].words == 0 || blocks[i+1].words > linkCardTitleMaxWords {
		return false
	}
	return linkCardDomain(body[blocks[i].span.Start:blocks[i].span.End])
}

// dotLine removes b when it is the dot alone that a platform sets
// beside a button of its page ("·", "•"), the follow button's or the
// post's date's, which a copy lost (marksOnly), in the button's
// paragraph.
func dotLine(body string, b *block) {
	if marksOnly(body, b) {
		b.class, b.score, b.reason = classChrome, 1, ReasonShare
	}
}

// marksOnly reports whether b is a line of marks alone, no letter nor
// figure in it ("·", "•", "🌐"), and no credit.
func marksOnly(body string, b *block) bool {
	l := strings.TrimSpace(body[b.span.Start:b.span.End])
	return l != "" && !b.credit && !strings.ContainsFunc(l, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// iconsTrimmed returns line without the marks before its first letter
// or digit: the reactions' icons before their total ("😮😢😡 214" gives
// "214").
func iconsTrimmed(line string) string {
	if k := strings.IndexFunc(line, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }); k > 0 {
		return line[k:]
	}
	return line
}

// stampDays are the days a post's time stamp names instead of a date,
// lower case: yesterday and today, and a weekday within the week, in
// English, French, Spanish, Portuguese, German, Italian and Dutch, as
// Facebook prints them ("Yesterday at 6:47 PM", "Hier à 18:47",
// "Monday at 9:12 AM").
var stampDays = set(`yesterday today monday tuesday wednesday thursday friday saturday sunday
	hier aujourd'hui ayer hoy ontem hoje gestern heute ieri oggi gisteren vandaag`)

// stampAt are the words between a time stamp's day and its time, lower
// case: "at", "à", "a las", "às", "um", "alle", "alle ore", "om".
var stampAt = barSet(`at | à | a las | às | as | um | alle | alle ore | om`)

// stampMaxWords bounds a time stamp: "March 3, 2024 at 6:47 PM" has six
// words, "3 de marzo de 2024 a las 18:47" eight.
const stampMaxWords = 8

// postTimestamp reports whether line is a post's time stamp as Facebook
// prints it under the poster's name: a day (a month's name with the
// day's number and maybe the year, or one of stampDays), a word of
// stampAt, and a time of hours and minutes, an AM or PM after it or
// not; the dot and the audience's icon after it or not ("13 marzo 2025
// alle ore 19:10 · 🌍"). A story's sentence holding a date and a time
// has more words.
func postTimestamp(line string) bool {
	f := strings.Fields(strings.ToLower(strings.TrimFunc(line, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })))
	if len(f) < 3 || len(f) > stampMaxWords {
		return false
	}
	// The time: the last word, or the one before an AM or PM.
	t := len(f) - 1
	if ap := strings.ReplaceAll(f[t], ".", ""); ap == "am" || ap == "pm" {
		t--
	}
	if t < 2 || !clockTime(f[t]) {
		return false
	}
	// The connector: one word, or two ("a las", "alle ore").
	at := t - 1
	if at >= 1 && stampAt[f[at-1]+" "+f[at]] {
		at--
	} else if !stampAt[f[at]] {
		return false
	}
	day := f[:at]
	if len(day) == 1 && stampDays[day[0]] {
		return true
	}
	month, num := false, false
	for _, w := range day {
		w = strings.Trim(w, ".,")
		switch {
		case monthName(w):
			month = true
		case w == "de":
		case len(w) >= 1 && len(w) <= 2 && strings.Trim(w, "0123456789") == "":
			num = true
		case len(w) == 4 && strings.Trim(w, "0123456789") == "":
		default:
			return false
		}
	}
	return month && num
}

// clockTime reports whether w is a time of hours and minutes, "6:47",
// "18:47" or "18.47".
func clockTime(w string) bool {
	k := strings.IndexAny(w, ":.")
	if k < 1 || k > 2 || len(w)-k-1 != 2 {
		return false
	}
	return strings.Trim(w[:k], "0123456789") == "" && strings.Trim(w[k+1:], "0123456789") == ""
}

// A page of posts (a Facebook page's, a news aggregator's page built
// like one) prints its buttons in a row on one line, an icon before
// each ("👍 Follow Page   ✉️ Send Message", "👍 Like   💬 Comment   ↗️
// Share"), and over the post it keeps at the top the pin's label
// naming who pinned it ("📌 Pinned by LocalBuzz 360 Alder Falls"). Both
// are the platform's, wherever they stand: no sentence is a row of
// buttons set apart by runs of spaces, and a story's line that opens
// "Pinned by" goes on to say what pinned whom ("Pinned by debris, the
// driver waited two hours.").

// pageButtonRow reports whether line is a row of the platform's
// buttons: two items or more set apart by runs of spaces (spacedItems),
// each of them, its icon trimmed, one of postLabels or of pageButtons.
func pageButtonRow(line string) bool {
	return spacedRow(line, func(it string) bool {
		l := strings.ToLower(strings.TrimFunc(it, notWordStart))
		return postLabels[l] || pageButtons[l]
	})
}

// pageCountRow reports whether line is a post's counts in a row, as
// the same pages print them under the post: two items or more set apart
// by runs of spaces, each of them, its icons trimmed, a count alone or
// a count and what it counts ("❤️😮😢 1.4K   💬 312 comments   ↗️ 889
// shares": tally, countLine).
func pageCountRow(line string) bool {
	return spacedRow(line, func(it string) bool {
		l := strings.TrimFunc(it, notWordStart)
		return tally(l) || countLine(l)
	})
}

// spacedRow reports whether line holds two items or more set apart by
// runs of spaces (spacedItems), each of which item accepts.
func spacedRow(line string, item func(string) bool) bool {
	if !strings.Contains(line, "  ") {
		return false // most lines
	}
	items := spacedItems(line)
	if len(items) < 2 {
		return false
	}
	for _, it := range items {
		if !item(it) {
			return false
		}
	}
	return true
}

// pageButtons are a page's buttons that postLabels do not hold alone,
// lower case: the follow and like buttons that name the page, in the
// languages of postLabels ("Follow Page", "Suivre la page", "Seguir
// página", "Seite folgen", "Segui la pagina", "Pagina volgen").
var pageButtons = barSet(`follow page | like page | suivre la page | aimer la page | seguir página | seguir a página |
	seite folgen | segui la pagina | pagina volgen`)

// pinnedLeads open the pin's label over a page's post, lower case:
// "Pinned by", "Épinglé par", "Fijado por", "Fixado por", "Angepinnt
// von", "Fissato da", "Vastgezet door".
var pinnedLeads = []string{"pinned by ", "épinglé par ", "fijado por ", "fixado por ", "angepinnt von ",
	"angeheftet von ", "fissato da ", "vastgezet door "}

// pinnedLine reports whether line is the pin's label over a page's
// post: after its icon or none, one of pinnedLeads and a name of at
// most pageNameMaxWords words, each opening with a capital or a figure,
// and no mark closing a sentence.
func pinnedLine(line string) bool {
	l := strings.TrimLeftFunc(strings.TrimSpace(line), notWordStart)
	if endsSentence(l) {
		return false
	}
	for _, lead := range pinnedLeads {
		if len(l) <= len(lead) || !strings.EqualFold(l[:len(lead)], lead) {
			continue
		}
		name := strings.Fields(l[len(lead):])
		if len(name) == 0 || len(name) > pageNameMaxWords {
			return false
		}
		for _, w := range name {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
				return false
			}
		}
		return true
	}
	return false
}

// pageRows removes a page's row of buttons (pageButtonRow), its row of
// counts (pageCountRow) and the pin's label over its post (pinnedLine),
// wherever they stand, but for credit lines.
func pageRows(body string, blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		line := body[b.span.Start:b.span.End]
		if b.credit || b.words == 0 || b.words > pageNameMaxWords+2 || !(pageButtonRow(line) || pageCountRow(line) || pinnedLine(line)) {
			continue
		}
		b.class, b.score, b.reason = classChrome, 1, ReasonShare
	}
}
