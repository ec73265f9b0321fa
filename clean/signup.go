package clean

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// signUpCalls are the calls that close a newsletter promo set inside a
// story, lower case, the typographic apostrophe as the plain one, as a
// sentence of their own after the promo's words ("Get a look at the
// day ahead in UK and European markets with our Morning Bid Europe
// newsletter. Sign up here."): English, French, German, Spanish,
// Italian, Portuguese, Dutch, Swedish, Danish, Norwegian, Finnish,
// Polish and Russian. A box's button alone (subscribeButtons) closes
// such a promo too.
var signUpCalls = barSet(`sign up here | sign up now | sign up today | sign up for free | sign up here for free | sign up free |
	click here to sign up | click here to subscribe | subscribe here | subscribe for free | register here |
	inscrivez-vous ici | abonnez-vous ici | inscrivez-vous | abonnez-vous | cliquez ici pour vous inscrire |
	hier anmelden | jetzt anmelden | hier abonnieren | jetzt abonnieren | melden sie sich hier an | hier registrieren |
	suscríbete aquí | suscríbase aquí | regístrate aquí | regístrese aquí | inscríbete aquí | suscríbete gratis |
	iscriviti qui | iscriviti ora | iscriviti gratis | abbonati qui |
	inscreva-se aqui | assine aqui | cadastre-se aqui | subscreva aqui | registe-se aqui |
	meld je hier aan | meld je nu aan | schrijf je hier in | schrijf je in | abonneer je hier |
	prenumerera här | anmäl dig här | tilmeld dig her | meld deg på her | tilaa tästä |
	zapisz się tutaj | zapisz się tu | подпишитесь здесь | подписаться здесь`)

// promoNewsletterWords name a newsletter in the promo's words before
// its call, lower case: the word itself in the languages of signUpCalls
// (French, German, Italian and Spanish sites print the English word as
// often as their own) and the names newsletters give themselves
// ("Morning Briefing", "The Daily Digest"). A German compound that
// ends in the word ("Morgennewsletter") names one too. Lithuanian
// (naujienlaiškis) and Estonian (uudiskiri) name it in their own word,
// declined as the call governs it. A promo that names its newsletter by
// a name of its own ("Tickerline Morning Brief: The market-moving news
// you need before the opening bell, in your inbox every weekday. Sign up
// free") says where it comes: the reader's inbox, a word a story's
// sentence before a bare order to sign up has no use for.
var promoNewsletterWords = set(`newsletter newsletters briefing digest inbox lettre infolettre boletín boletim
	nieuwsbrief nyhetsbrev nyhetsbrevet nyheitsbrev nyheitsbrevet nyhedsbrev nyhedsbrevet uutiskirje biuletyn
	рассылка рассылку naujienlaiškis naujienlaiškį naujienlaiškio naujienlaiškiui uudiskiri uudiskirja uudiskirjaga`)

// signUpPromoMaxWords bounds a newsletter promo with its call: Reuters'
// "Get a look at the day ahead in UK and European markets with our
// Morning Bid Europe newsletter. Sign up here." has 21 words, "The
// Reuters Daily Briefing newsletter provides all the news you need to
// start your day. Sign up here." 17. A paragraph's least length
// (longWords) leaves room for a longer language; a story's paragraph
// that happens to end with such a call is longer and reports, it does
// not invite.
const signUpPromoMaxWords = longWords

// signUpPromos decides a newsletter promo that a page sets between a
// story's paragraphs and a copy keeps as a paragraph of its own: a
// line under signUpPromoMaxWords words of two sentences or more whose
// last is a call to sign up alone (signUpCalls, or a box's button:
// subscribeButtons) and whose sentences before it name a newsletter
// (promoNewsletterWords). Neither alone says it: a story mentions a
// newsletter ("The council's newsletter said the library would
// close."), and reports that people signed up; only the promo puts the
// bare order after the newsletter's name.
func signUpPromos(body string, blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if b.credit || b.words < 3 || b.words >= signUpPromoMaxWords || b.class == classChrome {
			continue
		}
		line := strings.TrimSpace(body[b.span.Start:b.span.End])
		sents := shortSentences(line)
		if len(sents) < 2 {
			continue
		}
		call := strings.ReplaceAll(strings.ToLower(strings.Trim(strings.TrimSpace(sents[len(sents)-1]), "!.→›» ")), "’", "'")
		if !signUpCalls[call] && !subscribeButtons[call] {
			continue
		}
		named := false
		for _, s := range sents[:len(sents)-1] {
			for _, w := range strings.FieldsFunc(strings.ToLower(s), notWordRune) {
				if promoNewsletterWords[w] || strings.HasSuffix(w, "newsletter") {
					named = true
				}
			}
		}
		if named {
			b.class, b.score, b.reason = classChrome, 1, ReasonPromo
		}
	}
}

// A Japanese page closes a box of its own with a button whose text is
// the action the reader is asked for and "はこちら" (here is where):
// "無料会員登録はこちら" (free member registration), "情報提供はこちら"
// (send us your news). The box's blurb over the button names the same
// action in the site's voice, a promise or a request to the reader:
// "会員登録すると、東美濃新聞の地域ニュースがすべて読み放題になります。" (register
// and read all our local news), "ニュースの情報提供をお待ちしています。" (we
// await your news tips). A story sets no such button; a story's sentence
// that names the action ("警察は情報提供を呼びかけている。", the police ask
// for information) makes no promise and no request of the reader.

// jaCallBox is one kind of such box: the actions its button names and
// the cues of its blurb, each a string to be found in the line.
type jaCallBox struct {
	actions []string
	cues    []string
}

// jaSignUpBox is the member-registration box: the button names
// registration ("会員登録", "新規登録", "無料登録") or a subscription's
// application ("購読申し込み", "購読のお申し込み"); the blurb promises what
// registration gives ("登録すると" if you register, "会員になると" if you
// become a member, "読み放題" read all you like, "お読みいただけます" you
// can read).
var jaSignUpBox = jaCallBox{
	actions: []string{"会員登録", "新規登録", "無料登録", "購読申し込み", "購読申込", "購読のお申し込み"},
	cues:    []string{"登録すると", "登録で", "会員になると", "読み放題", "お読みいただけます", "読めます"},
}

// jaCallEnds close a button's text: "はこちら" (here), "はこちらから" (from
// here), in katakana too.
var jaCallEnds = []string{"はこちら", "はこちらから", "はコチラ", "はコチラから"}

// jaCallMaxRunes bounds a button's text: "無料会員登録はこちら" has ten
// characters, "ニュースの情報提供はこちらから" fifteen.
const jaCallMaxRunes = 20

// jaCallBlurbMaxRunes bounds the blurb over the button: "ニュースの情報提供を
// お待ちしています。事件・事故の映像や写真もお寄せください。" has thirty-eight
// characters; twice that leaves room for a third sentence. A story's
// paragraph is longer.
const jaCallBlurbMaxRunes = 80

// jaCallButton reports whether line is a button of box: at most
// jaCallMaxRunes characters, with an arrow or a bracket around them or
// not, ending with one of jaCallEnds, an action of box before it. It
// returns the action.
func jaCallButton(line string, box jaCallBox) (string, bool) {
	line = strings.Trim(strings.TrimSpace(line), "＞>›»▶▷→【】[]「」 \u3000")
	if utf8.RuneCountInString(line) > jaCallMaxRunes {
		return "", false
	}
	for _, end := range jaCallEnds {
		head, ok := strings.CutSuffix(line, end)
		if !ok {
			continue
		}
		for _, a := range box.actions {
			if strings.Contains(head, a) {
				return a, true
			}
		}
	}
	return "", false
}

// jaCallBoxes removes the boxes of box a Japanese page sets: the button
// (jaCallButton) wherever it stands, and the blurb right over it, short
// (jaCallBlurbMaxRunes), ending a sentence, naming the button's action
// and holding one of box's cues.
func jaCallBoxes(body string, blocks []block, box jaCallBox) {
	for i := range blocks {
		b := &blocks[i]
		if b.credit {
			continue
		}
		action, ok := jaCallButton(body[b.span.Start:b.span.End], box)
		if !ok {
			continue
		}
		b.class, b.score, b.reason = classChrome, 1, ReasonPromo
		if i == 0 || blocks[i-1].credit {
			continue
		}
		blurb := strings.TrimSpace(body[blocks[i-1].span.Start:blocks[i-1].span.End])
		if utf8.RuneCountInString(blurb) > jaCallBlurbMaxRunes || !endsSentence(blurb) || !strings.Contains(blurb, action) {
			continue
		}
		for _, c := range box.cues {
			if strings.Contains(blurb, c) {
				blocks[i-1].class, blocks[i-1].score, blocks[i-1].reason = classChrome, 1, ReasonPromo
				break
			}
		}
	}
}

// notWordRune reports whether r parts words for signUpPromos: anything
// but a letter, a digit or an apostrophe. A hyphen parts a compound's
// words, so that "Morgen-Newsletter" names a newsletter.
func notWordRune(r rune) bool {
	return !(r == '\'' || r == '’' || isWordRune(r))
}

// promoPairs decides a promo box that a copy keeps as two lines set
// between a story's paragraphs, its form dropped by the extraction: a
// heading of a title's shape (at most newsletterFormHeadingMaxWords
// words, ending no sentence) right over its blurb (at most
// newsletterBlurbMaxWords words), both near-chrome for promotion's
// words ("Sign up for our Breaking News alerts" over "Get the biggest
// county stories sent to your inbox as they happen."), nothing between
// them but a blank line. The context pass keeps a near-chrome line
// between story lines, since a subhead with a promotion's word ("Sign-up
// day at the county fair") is one line among paragraphs; the prose under
// a subhead carries no such evidence, and two lines in a row that both
// lean to promotion, a name and a promise, are the box.
func promoPairs(body string, blocks []block) {
	for i := 0; i+1 < len(blocks); i++ {
		h, blurb := &blocks[i], &blocks[i+1]
		if h.class != classNearChrome || blurb.class != classNearChrome || h.credit || blurb.credit ||
			h.reason != ReasonPromo || blurb.reason != ReasonPromo ||
			h.words == 0 || h.words > newsletterFormHeadingMaxWords || blurb.words == 0 || blurb.words > newsletterBlurbMaxWords ||
			endsSentence(strings.TrimSpace(body[h.span.Start:h.span.End])) {
			continue
		}
		h.class, blurb.class = classChrome, classChrome
		i++
	}
}

// appVerbs open the call that closes an app promo set inside a story,
// lower case: to download, get or install, in English, French, German,
// Spanish, Italian, Portuguese, Dutch and Polish ("Download our free
// app.", "Get the app", "Téléchargez notre application", "Scarica la
// nostra app", "Pobierz naszą aplikację").
var appVerbs = set(`download get install téléchargez télécharger descarga descargue descargá baixe baixa
	scarica scaricate lade laden installiere hol holen pobierz zainstaluj`)

// appWords name an app in the call, lower case, in the languages of
// appVerbs, French's with its article elided ("Téléchargez
// l'application").
var appWords = set(`app apps application appli aplicación aplicativo applicazione aplikację aplikacja aplikacji
	l'app l'appli l'application`)

// appPlatforms name the phones' systems and stores a call sends the
// reader to instead of naming the app, lower case: "Download now on
// Android and iOS", "Get it on Google Play".
var appPlatforms = set(`android ios iphone ipad`)

// appPromoWords name what an app promo offers in its sentences before
// the call, lower case: alerts and notifications sent to a phone, in
// the languages of appVerbs ("Get 12 News Now breaking news alerts sent
// straight to your phone.").
var appPromoWords = set(`alert alerts notification notifications push phone phones smartphone smartphones mobile
	alertes téléphone portable mobile benachrichtigungen eilmeldungen handy alertas notificaciones teléfono
	celular móvil avvisi notifiche cellulare telemóvel meldingen telefoon powiadomienia powiadomień telefon`)

// appReads open a call to read on in an app, lower case, as word
// sequences, the app's word closing the call ("Read more on X app").
var appReads = phraseWords(`read more on | read more in | read the full story on | read the full story in |
	read it on | read on | continue reading on | continue reading in`)

// appFor is the preposition between an app promo's call and its offer
// when the call comes first ("Download the X app for breaking news
// alerts"), in the languages of appVerbs.
var appFor = set(`for pour für para per voor dla`)

// appPromises are the promise a station's or a paper's promo makes
// before its call instead of naming alerts, lower case, as word
// sequences: never to miss a story ("Never miss a story - download the
// free Vale 106 app"), in the languages of appVerbs. A story's reader
// is never told what not to miss in a clause of its own before an
// order to get an app.
var appPromises = phraseWords(`never miss | don't miss | dont miss | ne manquez | ne ratez | verpassen sie |
	verpasse keine | nichts mehr verpassen | no te pierdas | no se pierda | non perdere | não perca | não percas |
	mis niets | mis geen | nie przegap | nie przegapisz`)

// liveCalls are a broadcaster's call to listen to its live stream,
// lower case, as word sequences: in English, French, German, Spanish,
// Italian, Portuguese, Dutch and Polish ("Listen live on the Vale 106
// app", "Escúchanos en vivo", "Ouça ao vivo"). The player's button alone
// on its line is a label already (mediaLabels, "listen live" in
// chromePhrases); set between a story's paragraphs with another call,
// the call is the station's promo.
var liveCalls = phraseWords(`listen live | listen to us live | watch live |
	écoutez en direct | écoutez nous en direct | écouter en direct | écoutez le direct |
	live hören | jetzt live hören | hören sie uns live | hör uns live |
	escúchanos en vivo | escúchanos en directo | escucha en vivo | escucha en directo | escuchar en vivo |
	ascolta la diretta | ascoltaci in diretta | ascolta in diretta |
	ouça ao vivo | ouça nos ao vivo | ouve ao vivo | ouvir ao vivo |
	luister live | słuchaj na żywo | posłuchaj na żywo`)

// speakerCalls are a station's call to play it on a smart speaker, lower
// case, the typographic apostrophe as the plain one, anywhere in the
// promo ("… and ask your smart speaker to "play Vale 106""), in the
// languages of appVerbs. A story about smart speakers says what they
// do; only the station asks the reader's own speaker for itself, and
// only beside another call does the line count (appPromo).
var speakerCalls = []string{
	"ask your smart speaker", "ask your speaker", "ask alexa", "just ask alexa", "say alexa",
	"demandez à votre enceinte", "demandez à alexa", "dites alexa",
	"fragen sie ihren smart speaker", "frag deinen smart speaker", "fragen sie alexa", "frag alexa", "sag alexa",
	"pídele a tu altavoz", "pídele a alexa", "dile a alexa", "pregúntale a alexa",
	"chiedi al tuo smart speaker", "chiedi al tuo altoparlante", "chiedi ad alexa",
	"peça ao seu alto-falante", "peça à alexa", "pede à alexa", "diga alexa",
	"vraag je slimme speaker", "vraag alexa", "zeg alexa",
	"poproś swój inteligentny głośnik", "poproś alexę", "powiedz alexa",
}

// phraseWords splits a bar-separated list of phrases into their words,
// parted as notWordRune parts a line ("écoutez-nous" is two words).
func phraseWords(list string) [][]string {
	var out [][]string
	for p := range barSet(list) {
		out = append(out, strings.FieldsFunc(p, notWordRune))
	}
	return out
}

// opensWith reports whether words open with one of phrases.
func opensWith(words []string, phrases [][]string) bool {
	for _, p := range phrases {
		if len(p) <= len(words) && slices.Equal(words[:len(p)], p) {
			return true
		}
	}
	return false
}

// holdsPhrase reports whether words hold one of phrases as a run.
func holdsPhrase(words []string, phrases [][]string) bool {
	for k := range words {
		if opensWith(words[k:], phrases) {
			return true
		}
	}
	return false
}

// appCallMaxWords bounds the call of an app promo: "Download the KVRM 7
// News app for free" has eight words; a story's sentence about an app
// goes on to say what happened. A call that goes on to a second call
// ("download the free Vale 106 app and ask your smart speaker …") names
// the app within as many words.
const appCallMaxWords = 8

// promoClauses returns line's sentences (shortSentences), each cut at a
// spaced dash as a promo parts its promise from its call ("Never miss
// a story - download the free Vale 106 app"), or line whole when it is
// one clause.
func promoClauses(line string) []string {
	sents := shortSentences(line)
	if sents == nil {
		sents = []string{line}
	}
	var out []string
	for _, s := range sents {
		for {
			k, n := -1, 0
			for _, d := range []string{" - ", " – ", " — "} {
				if j := strings.Index(s, d); j >= 0 && (k < 0 || j < k) {
					k, n = j, len(d)
				}
			}
			if k < 0 {
				break
			}
			out = append(out, s[:k])
			s = s[k+n:]
		}
		out = append(out, s)
	}
	return out
}

// appPromo reports whether line is an app promo (see appPromos): of its
// clauses (promoClauses), the last is a short call to get an app (a
// verb of appVerbs first, an app's word of appWords in it, at most
// appCallMaxWords words) and the ones before it make the offer
// (appPromoWords, appPromises); or the line holds two kinds of a
// station's calls: to get its app (a clause opening with a verb of
// appVerbs or a call of liveCalls, an app's word within
// appCallMaxWords words), to listen live (liveCalls) and to ask a
// smart speaker for it (speakerCalls), the last two anywhere in the
// line, as a promo joins its calls ("Descarga la app de Radio Sonqo y
// escúchanos en vivo").
func appPromo(line string) bool {
	clauses := promoClauses(line)
	words := make([][]string, len(clauses))
	for k, c := range clauses {
		words[k] = strings.FieldsFunc(strings.ToLower(c), notWordRune)
	}
	appCall := func(ws []string) bool {
		if len(ws) == 0 || !appVerbs[ws[0]] && !opensWith(ws, liveCalls) {
			return false
		}
		for _, w := range ws[:min(len(ws), appCallMaxWords)] {
			if appWords[w] || appPlatforms[w] {
				return true
			}
		}
		return false
	}
	offer := func(ws []string) bool {
		for _, w := range ws {
			if appPromoWords[w] {
				return true
			}
		}
		return opensWith(ws, appPromises)
	}
	if label, rest, ok := strings.Cut(line, ":"); ok {
		// The call as the promo's label, the offer after it
		// ("DOWNLOAD THE KRWT 6 NEWS APP: Get breaking news alerts and
		// live newscasts on your phone").
		ws := strings.FieldsFunc(strings.ToLower(label), notWordRune)
		if len(ws) <= appCallMaxWords && appCall(ws) && offer(strings.FieldsFunc(strings.ToLower(rest), notWordRune)) {
			return true
		}
	}
	if len(clauses) == 1 && appCall(words[0]) {
		// The call first and the offer after it, in one sentence
		// ("Download the WTCV News 8 app for breaking news alerts and
		// live weather radar."): the app's word, then "for" and what
		// the app brings. A story's sentence about an app has its
		// subject before the verb, or says who gave the order
		// ("Download the county's flood app for alerts, the council
		// told residents"): the promo has no clause after a comma.
		ws := words[0]
		if strings.Contains(line, ",") {
			ws = nil
		}
		for k, w := range ws[:min(len(ws), appCallMaxWords)] {
			if appWords[w] && k+1 < len(ws) && appFor[ws[k+1]] && offer(ws[k+2:]) {
				return true
			}
		}
	}
	if n := len(clauses); n >= 2 {
		call := words[n-1]
		if len(call) > 0 && len(call) <= appCallMaxWords && appVerbs[call[0]] && appCall(call) {
			for _, ws := range words[:n-1] {
				if offer(ws) {
					return true
				}
			}
			if pc := words[n-2]; len(pc) <= appCallMaxWords && len(pc) > 0 && appWords[pc[len(pc)-1]] && opensWith(pc, appReads) {
				// The call to read on in the app before it ("Read
				// more on KhabarHub Live app. Download now on
				// Android and iOS."): the site's app, named twice.
				return true
			}
		}
	}
	getApp, live, speaker := false, false, false
	for _, ws := range words {
		getApp = getApp || appCall(ws)
		live = live || holdsPhrase(ws, liveCalls)
	}
	l := strings.ReplaceAll(strings.ToLower(line), "’", "'")
	for _, p := range speakerCalls {
		speaker = speaker || strings.Contains(l, p)
	}
	kinds := 0
	for _, k := range []bool{getApp, live, speaker} {
		if k {
			kinds++
		}
	}
	return kinds >= 2
}

// appPromos decides an app promo that a page sets between a story's
// paragraphs and a copy keeps as a paragraph of its own, as
// signUpPromos does a newsletter's: a line under signUpPromoMaxWords
// words that offers alerts or a phone's news and closes on a bare call
// to get the app ("Stay informed: Get 12 News Now breaking news alerts
// sent straight to your phone. Download our free app."), or a
// station's promo that makes two of its calls, to get its app, to
// listen live and to ask a smart speaker for it ("Never miss a story -
// download the free Vale 106 app and ask your smart speaker to "play
// Vale 106"."): appPromo. A story that mentions an app tells what it
// does or what happened to it; only the promo orders the reader to get
// it after the offer, or beside another order to tune in.
func appPromos(body string, blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if b.credit || b.words < 3 || b.words >= signUpPromoMaxWords || b.class == classChrome {
			continue
		}
		if l := strings.TrimSpace(body[b.span.Start:b.span.End]); appPromo(l) || b.words <= appLineMaxWords && appCall(l) {
			b.class, b.score, b.reason = classChrome, 1, ReasonPromo
		}
	}
}

// signUpLeads are the imperatives that open a newsletter box's blurb
// when the page's form is gone ("Sign up to our free Breaking News
// email for the stories you need to know, the moment they happen."),
// lower case, the typographic apostrophe as the plain one: the call and
// the site's own "our", in English, French, German, Spanish, Italian,
// Portuguese, Dutch and Welsh, Lithuanian ("Užsiprenumeruok mūsų
// naujienlaiškį …") and Estonian ("Telli meie uudiskiri …"). A story tells of people signing up to
// something; only the site asks its reader to sign up to its own.
var signUpLeads = []string{
	"sign up to our", "sign up for our", "subscribe to our", "register for our",
	"inscrivez-vous à notre", "abonnez-vous à notre", "melden sie sich für unseren", "abonnieren sie unseren",
	"suscríbete a nuestro", "suscríbete a nuestra", "iscriviti alla nostra", "iscriviti al nostro",
	"assine a nossa", "inscreva-se na nossa", "meld je aan voor onze", "schrijf je in voor onze",
	"cofrestrwch ar gyfer ein", "cofrestrwch i gael ein", "tanysgrifiwch i'n",
	"užsiprenumeruok mūsų", "užsiprenumeruokite mūsų", "prenumeruokite mūsų", "telli meie", "tellige meie",
	// The order to receive the news by mail, in the polite forms of
	// Spanish (usted) and Portuguese (você): "Reciba las noticias más
	// importantes del día en su correo", "Receba as principais
	// notícias no seu e-mail". Their possessive (su, seu) is also a
	// third person's, so the inbox's promise alone is no box's ("lo
	// dijo en su correo"); the imperative opening the line is, with
	// the mail named after it (signUpMedia). A story's line does not
	// open by ordering its reader to receive anything.
	"reciba", "receba",
}

// signUpMedia are the words that name what a sign-up box sends, lower
// case, beside promoNewsletterWords: the e-mail and its alerts, in the
// languages of signUpLeads ("Breaking News email", "news alerts",
// Welsh "e-bost", Spanish "correo").
var signUpMedia = set(`email e-mail emails e-mails alerts alert bulletin bulletins e-bost correo`)

// signUpLead reports whether line, of words words, is a newsletter
// box's blurb that asks the reader to sign up to the site's newsletter
// (signUpLeads) and names it (promoNewsletterWords, signUpMedia),
// under a paragraph's least length (longWords).
func signUpLead(line string, words int) bool {
	if words < 3 || words >= longWords {
		return false
	}
	l := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(line)), "’", "'")
	opens := false
	for _, p := range signUpLeads {
		if strings.HasPrefix(l, p+" ") {
			opens = true
			break
		}
	}
	if !opens {
		return false
	}
	for _, w := range strings.FieldsFunc(l, notWordRune) {
		if promoNewsletterWords[w] || signUpMedia[w] || strings.HasSuffix(w, "newsletter") || w == "cylchlythyr" {
			return true
		}
	}
	for _, w := range strings.Fields(l) {
		if signUpMedia[strings.Trim(w, ".,:;!?")] {
			return true
		}
	}
	return false
}

// signUpLeadBoxes removes a newsletter box's blurb that a copy keeps as
// a paragraph of its own, its form dropped by the extraction
// (signUpLead): the call to sign up to "our" newsletter opens it,
// which no story's paragraph does. It runs once the context has
// decided the lines, on those it kept: one of the box's lines the
// other rules removed keeps the reason and score they gave it.
func signUpLeadBoxes(body string, blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if b.removed || b.credit || !signUpLead(body[b.span.Start:b.span.End], b.words) {
			continue
		}
		b.class, b.removed, b.score, b.reason = classChrome, true, 1, ReasonPromo
	}
}

// boxNotes removes a sign-up form's note (formNote: "By signing up you
// agree to our privacy policy. You can unsubscribe at any time.", "I
// would like to be emailed about offers …") that an extracted page
// keeps as a paragraph of its own right under the box's removed
// promotion, the form between them dropped by the extraction: once the
// context has decided the box, the note under it is the box's last
// line. So is the box's button alone (boxButton: "Sign me up") that a
// plain copy keeps in the box's paragraph between its promotion and
// its note, the field beside it dropped. formNotes reads the note in
// the form's own paragraph only; a story's sentence about a form
// follows the story's lines, not a removed promo.
func boxNotes(body string, blocks []block, feats []features) {
	for i := 1; i < len(blocks); i++ {
		b, above := &blocks[i], &blocks[i-1]
		if b.removed || b.credit || !above.removed || above.credit || above.reason != ReasonPromo {
			continue
		}
		line := body[b.span.Start:b.span.End]
		if btn, _ := boxButton(line); btn && !b.afterBlank || formNote(line, feats[i].words) {
			b.class, b.removed, b.reason, b.score = classChrome, true, ReasonPromo, max(b.score, 1)
		}
	}
}
