package clean

import (
	"bytes"
	"maps"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reprint/reprint/analysis"
)

// Reasons are the stable short strings of reprint.Removed.Reason.
const (
	ReasonMarkup        = "markup"             // leftover HTML, script or style text, URL lists
	ReasonCaption       = "caption"            // photo caption or picture credit
	ReasonDuplicate     = "duplicate-headline" // the headline repeated later in the body
	ReasonCommentForm   = "comment-form"       // "Leave a Reply", "Required fields are marked *"
	ReasonCommentPolicy = "comment-policy"     // comment-section headers and moderation notes
	ReasonNavigation    = "navigation"         // "Previous Post Next Post", tag lists, log-in links
	ReasonPromo         = "promo"              // teasers, newsletter and app promotion, adverts
	ReasonShare         = "share"              // sharing widgets
	ReasonLegal         = "legal"              // cookie banners, copyright and privacy notices
	ReasonShort         = "short-boilerplate"  // a short line judged by its chrome neighbours
	ReasonWire          = "wire-furniture"     // an agency copy's slug, word count, notes to editors, end mark and footer (wirecopy.go)
	ReasonRecurring     = "recurring"          // the corpus layer: a line repeated across articles
)

// Weights of the chrome score. The score of a line is
//
//	score = clamp(generic + specific − prose, 0, 1)
//	generic  = wLength·fShort + wStop·fFewStop + wPunct·fNoPunct + wTitle·fTitle + wEdge·fEdge
//	specific = wVocab·fVocab + wLabel·fLabel + wMarkup·fMarkup + wCaption·fCaption + wDuplicate·fDuplicate
//	prose    = wProse·fProse
//
// with every f in [0,1]. The weights are split in two groups on purpose.
// The generic features describe the shape of chrome (short, few stop words,
// no closing punctuation, title case, near the top or bottom) but also
// describe headlines, subheads and datelines, which are story. So their
// weights sum to genericMax = 0.28, below the default LowThreshold of 0.3:
// shape alone can never remove a line or even make it a context
// candidate. Only specific evidence (chrome vocabulary, a teaser label,
// markup, a caption, a repeated headline) can lift a line over the
// thresholds; shape then decides how much evidence is enough. The prose
// feature subtracts up to wProse from long lines with normal stop-word
// density and cancels the teaser label, so that vocabulary alone cannot
// remove a long prose paragraph: such a line has fShort = fFewStop = 0,
// and wVocab + wPunct + wTitle + wEdge − wProse = 0.35 stays below the
// default Threshold.
//
// Measured on the 181 gold article bodies of the Zyte benchmark
// (TestGoldBodiesKept, 4,500+ paragraphs of real story text), these weights
// remove no gold paragraph at all; on the five seeds they remove every
// chrome line named in the design brief.
const (
	wLength = 0.10 // short lines: jusText's strongest single cue
	wStop   = 0.08 // low stop-word density: lists, labels, menus
	wPunct  = 0.04 // no sentence-final punctuation: headings, buttons
	wTitle  = 0.03 // title case: buttons and menus, but headlines too, so weak
	wEdge   = 0.03 // first or last lines: where templates put chrome

	wVocab     = 0.55 // chrome vocabulary per √words; the main evidence for prose-like chrome
	wLabel     = 0.45 // "Read more:", "Follow live:", "Tags:" teaser labels; cancelled by fProse
	wMarkup    = 0.90 // tags, attributes, script remnants: decisive on their own
	wCaption   = 1.00 // photo captions with agency credit: decisive on their own, even when long
	wDuplicate = 0.85 // a repeated headline: decisive on its own
	wProse     = 0.30 // long lines with normal stop-word density
	// wTrail: a breadcrumb trail ("Home » UK News", "News › World ›
	// Europe") is navigation on its own: no sentence is a few words
	// joined by » or ›. Decisive like markup.
	wTrail = 0.90
	// wPostMeta: a blog's post line ("Posted by admin", "November 8,
	// 2025 by newsdesk", "Posted on 8 November 2025") names the CMS
	// account and the date, not the story. Decisive like a trail: a
	// journalist's byline names a person in capitals, which it does not
	// match.
	wPostMeta = 0.90
	// wByline: a line that is only a byline ("By Staff Writer | 4 min
	// read", "NewsBuzz India Desk | August 21, 2025"): who wrote it and
	// when, the page's metadata like a post line, never a sentence of the
	// story (no gold body of the Zyte benchmark holds one). A byline that
	// may name an outlet ("By Jane Doe, PA News Agency", "By Jane Doe |
	// BBC News") stays: package credit reads it. Decisive like a trail.
	wByline = 0.90
	// wConsent: a consent banner, a line that opens with the site telling
	// the reader it uses cookies ("We use cookies to…", "Wir verwenden
	// Cookies, um…"). Such a banner runs to three sentences and 30–60
	// words of ordinary prose density, which cancels its vocabulary; no
	// story opens a paragraph in the site's voice about its own cookies,
	// so the opening is decisive like a trail.
	wConsent = 0.90
	// wToc: a line that is only the heading of a table of contents
	// (tocLabels) or a media player's label (mediaLabels). Decisive like
	// a trail.
	wToc = 0.90
	// wAlso: a "Read also: <headline>" line (alsoLabels): a link to
	// another story set into the text, whose title no sentence of the
	// story is. Decisive like a trail; it needs the headline's shape
	// (no closing full stop), so "Read more: the report says …" stays
	// to the other features.
	wAlso = 0.90
	// wDownload: a download link, a short line that ends in a file's size
	// in brackets ("Pressemitteilung als PDF herunterladen (212 KB)",
	// "Annual report (PDF, 2.1 MB)"): a link to a file, never a sentence
	// of the story. Decisive like a trail.
	wDownload = 0.90
	// wFormLabel: a form field's label marked required ("Name *",
	// "E-Mail *", "Kommentar *"): a word or two and the asterisk after a
	// space, which no sentence ends with. Decisive like a trail.
	wFormLabel = 0.90
	// wReplay: a line sending the reader to the broadcast the story came
	// from ("Réécoutez l'entrevue complète de … à l'émission Le Retour,
	// du lundi au vendredi de 15 h à 18 h.", "Listen to the full
	// interview on Morning Edition."): it opens with an imperative to
	// listen or watch and names a broadcast (replayVerbs,
	// broadcastWords). A story reports what was said on air; it does not
	// tell the reader to tune in. Decisive like a trail, and bounded by
	// replayMaxWords so that no paragraph of prose is read so.
	wReplay = 0.90
	// wSelfNote: a note in which the text speaks of itself ("This
	// article is for general information only…", "This summary was
	// produced with the help of AI tools…", "Dieser Artikel wurde…"),
	// after a notice's label or none ("About this digest: …"). A story
	// speaks of its events, not of the article it is; such a line is the
	// publisher's disclaimer, an AI disclosure or an editor's note.
	// Decisive like a trail, bounded by selfNoteMaxWords.
	wSelfNote = 0.90
	// wReadTime: a reading time alone on its line ("6 min read",
	// "Lecture : 3 min", "Tempo di lettura: 3 minuti", "Lesezeit: 4
	// Minuten"), which a reading-time plugin prints under the headline:
	// a figure, a unit of minutes and a word of reading, and nothing
	// else (readTimeMaxWords). No sentence of a story is so short and
	// says how long it takes to read. Decisive like a trail.
	wReadTime = 0.90
	// wCounter: a page's counter, a figure and what it counts alone on
	// its line ("64 comments", "97 shares", as a plain-text copy of a
	// Facebook post prints its reaction bar), or a view count after its
	// label in a post's meta line ("作者：admin　来源：网络整理　阅读：87次",
	// "Views: 1,284"): the page's metadata, which no sentence of a
	// story is. Decisive like a trail.
	wCounter = 0.90
	// wCommentHead: a reader's comment's header, the commenter's name
	// and address masked as the site prints it ("Зочин IP:
	// 202.131.xxx.xxx 2025.07.08 12:05"): no story line shows a reader's
	// masked address. Decisive like a trail; the comment under it goes
	// with it (readerComments).
	wCommentHead = 0.90
	// wButton: a sharing button alone on its line, every word of it
	// sharing vocabulary ("Facebook", "Bagikan", "Zalo"). Its vocabulary
	// leaves it just under the middle threshold (0.495 for one weak
	// word), a near-good line that the story above it keeps; lifted to
	// near-chrome, it goes unless story lines on both sides vouch for it,
	// as a subhead with a chrome word does.
	wButton = 0.10
	// wShareRow: a share row printed on one line, a label and a colon
	// and nothing after them but the buttons' names ("Share: Facebook
	// Twitter Email", "Zarao : Facebook X WhatsApp LinkedIn Imprimer"),
	// or buttons that each name their network with no label's colon
	// ("Share on Facebook Tweet WhatsApp": bareShareRow), as a plain
	// text gives a share bar whose links lost their markup but not
	// their line. No sentence is a label and a list of networks.
	// Decisive like a trail.
	wShareRow = 0.90
	// wSkipLink: a page's skip link alone on its line ("Skip to
	// content", "Aller au contenu", "Zum Inhalt springen"), WordPress's
	// and its themes' strings in the languages they ship (skipLinks).
	// Its vocabulary leaves it near-chrome (0.63 to 0.72), which a
	// scrape's date line above it and the masthead below it, both good
	// lines, would keep; but no story says it, wherever it stands.
	// Decisive like a trail.
	wSkipLink = 0.90
	// wWidget: a line of a page's feedback or login box alone on its
	// line (pageWidgets), or its weather widget's line ("Port Calder
	// 58°F Partly Cloudy", weatherLine), weighted as a skip link: the
	// template's string, which no story prints alone.
	wWidget = wSkipLink
	// wPostHead: a social post's header as a copy of the post prints it,
	// its age or date and, after a middle dot, its audience ("2d · Shared
	// with Public", "October 15 at 4:00 PM · Shared with Public"). Its
	// words are ordinary and it stands over the post's text, good lines
	// that would keep it; but only the audience icon says "Shared with
	// Public" after a dot, so it is decisive like a trail.
	wPostHead = 0.90
	// wPostNav: a post's navigation link, the label that says
	// "previous" or "next" article and the linked post's title after it
	// ("Sonraki yazı Rêbera tevahî ya serlêdana pasaportê", "ئالدىنقى
	// ماقالە: <title>", "上一篇：<title>"), as a theme's post navigation
	// reads when its link loses its markup: a link to another story,
	// whose title no sentence of this one is. Decisive like "Read also:
	// <headline>" (wAlso), and like it bound to a headline's shape after
	// the label.
	wPostNav = 0.90
	// wPager: a paginated article's pager alone on its line, its links
	// run together by a plain capture ("Page 1 of 2 1 2 Next page »",
	// "« Previous page 1 2 Page 2 of 2", "Seite 1 von 3 Weiter"): only
	// the pager's words and page numbers (scratch.pagerLine). No sentence is made
	// of page numbers and "next" or "of"; decisive like a trail, since
	// a capture that joins an article's pages sets each pager between
	// the pages' paragraphs, good lines that would keep it.
	wPager = 0.90
	// wReactionRow: a reaction bar on one line, three or more buttons
	// each with its tally between bars or middle dots, after a label or
	// none ("React: Like 14 | Sad 212 | Angry 9"), as a plain text gives
	// the bar that reactionBoxes reads set one button a line. Its
	// buttons must name reactions (reactionWords) or its label must
	// (reactionLabels): a row of names and figures may be a story's
	// results ("Smith 45 | Jones 30 | Brown 12"). Decisive like a trail.
	wReactionRow = 0.90
	// wRegistration: a media registration notice, a line holding the
	// number under which Russia's media regulator registered the outlet
	// ("Регистрационный номер Эл № ФС77-81467", "Свидетельство о
	// регистрации СМИ ПИ № ТУ02-01234"), which the media law has every
	// registered outlet print, in its footer, with the regulator's name
	// and the founder's: the page's legal chrome, whatever its length or
	// its prose (a notice of 37 words and ordinary density reads as a
	// paragraph). A story speaks of an outlet's licence in words, not by
	// its number. Decisive like a trail, bounded by
	// registrationMaxWords.
	wRegistration = 0.90
	// wSearch: a site's search form on one line, as a plain text keeps
	// it: the field's label or placeholder and the button, every word of
	// the line one of searchParts ("Поиск по сайту Найти", "Search for:
	// Search", "Rechercher… Rechercher"). Two words at least, or one
	// that is the field's label, ending in a colon as WordPress's
	// widget prints it ("Rechercher :", "Buscar:"), or its
	// placeholder, ending in an ellipsis ("Hledat…", "Search ..."),
	// which no heading or sentence of a story is: "Search" alone,
	// with nothing to say it is a form, is left to the vocabulary. No
	// story line is only a search box's words. Decisive like a trail.
	wSearch = 0.90
	// wBetTerms: a betting advert's terms, the small print a
	// bookmaker's offer must carry ("18+ New customers only. T&Cs
	// apply. BeGambleAware.org.", "18+ | Gamble responsibly",
	// "Il gioco è vietato ai minori e può causare dipendenza
	// patologica"): several of betTermPhrases and the age mark in one
	// line (betTerms). A story about gambling names such a term in a
	// sentence; it does not string three of them together. Decisive
	// like a trail, bounded by betTermsMaxWords.
	wBetTerms = 0.90
	// wSubIndex: a Russian paper's subscription index closing its
	// line, the catalogue code under which the post office takes
	// subscriptions ("Подписной индекс: 50127", "Индекс: П4127"), as a
	// regional paper's box invites the reader to subscribe: the paper
	// selling itself, which no sentence of a story ends on.
	// Decisive like a trail, bounded by subIndexMaxWords.
	wSubIndex = 0.90
	// wMail: an e-mail newsletter's own line, pasted with the issue as
	// plain text: the web-version link over the masthead ("View this
	// email in your browser"), the footer's reason and invitation ("You
	// are receiving this email because you subscribed to …",
	// "Forwarded this email? Sign up to … here.") and its links
	// ("Update your preferences | Unsubscribe"), as the mailing
	// platforms print them in every issue (mailOpeners, mailLinks). No
	// story opens a line with the e-mail speaking of itself. Decisive
	// like a trail, bounded by mailMaxWords.
	wMail = 0.90
	// wCompanyReg: a company's registration, the sender's name and its
	// registered number ("Pipeline Media Ltd · Registered in England and
	// Wales No. 11840026", "Amtsgericht Köln, HRB 12345"), which company
	// law has an e-mail's and a site's footer print: legal chrome, as a
	// Russian outlet's registration notice is (wRegistration). Decisive
	// like a trail, bounded by companyRegMaxWords.
	wCompanyReg = 0.90
	// wSponsor: a newsletter's sponsor line, a sponsor's lead and its
	// name closed by a colon, a dash, a full stop or the line's end
	// ("Sponsored by Meterwise: leak detection for networks of every
	// size. Book a demo today.", "Today's sponsor: …"): the advert's
	// label, which a sentence naming a sponsor goes on past
	// (sponsorLine). Decisive like a trail, bounded by mailMaxWords.
	wSponsor = 0.90
	// wSubmit: the comment form's submit button alone on its line
	// ("Post Comment", "Publier le commentaire", "Kommentar
	// abschicken"; commentSubmits), as a plain text keeps it under the
	// form's fields. Its vocabulary leaves it near-chrome in most
	// languages (0.70 for the French), which a field's plain label over
	// it ("Site web") and the sidebar's heading under it, good lines,
	// would keep. Decisive like a trail.
	wSubmit = 0.90
	// wMemorial: an obituary platform's button alone on its line ("Leave
	// a tribute", "Light a candle", "Send flowers", "Kerze anzünden";
	// memorialActions), as a plain text keeps the row under a notice it
	// copied. It has no chrome word, and a row of such buttons, good
	// lines by shape, would stay. Decisive like a trail.
	wMemorial = 0.90
	// wInline: a line a page sets between a story's paragraphs, alone
	// on its line: an advert slot's continuation marker ("Story
	// continues", continueMarkers) or Google's preferred-source button
	// ("Add Yahoo as a preferred source to see more of our stories on
	// Google", preferredSource; inline.go). The story's paragraphs
	// around it would keep it as they keep a subhead; no story says
	// either. Decisive like a trail.
	wInline = 0.90

	genericMax = wLength + wStop + wPunct + wTitle + wEdge
)

// Shape constants of the features.
const (
	// shortWords and longWords bound fShort: a line of shortWords words or
	// fewer is fully short, one of longWords words or more not at all. 25
	// words is about jusText's 140-character "long" block.
	shortWords = 3
	longWords  = 25

	// stopDensityProse is the stop-word density at and above which a line
	// reads as prose (jusText's stopwords_high is 0.32; English news
	// paragraphs measure 0.35–0.50). Below it fFewStop rises linearly to 1
	// at density 0.
	stopDensityProse = 0.30

	// proseMinWords and proseFullWords bound fProse: lines shorter than
	// proseMinWords get no prose credit, lines of proseFullWords or more
	// with prose stop-word density get all of it.
	proseMinWords  = 15
	proseFullWords = 40

	// edgeBlocks is how many lines at each end of a document get a share
	// of fEdge: 1 for the first and last, falling by 1/edgeBlocks per line.
	edgeBlocks = 3

	// maxLabelBytes bounds the label of a "Label: text" line: 24 bytes
	// of Latin letters, and as many letters of any script, two or three
	// bytes each in Cyrillic, Greek, Arabic or Devanagari ("Читайте
	// також:" is 25 bytes, and went unread at a bound of 24).
	maxLabelBytes = 24 * 3

	// markupCharShare is the share of code characters ({}<>;=|\) at which
	// fMarkup reaches 1 by character counts alone; prose has almost none.
	markupCharShare = 0.05

	// minMarkupChars is the least number of code characters that counts:
	// one or two are punctuation ("TL;DR", "2018 | 2019", "[photo=MBC]"
	// are all gold article text in the Zyte benchmark).
	minMarkupChars = 3

	// urlShareMarkup is the share of a line's non-space bytes inside URLs
	// above which the line is a link list rather than text, and
	// urlMarkupWeight the fMarkup such a line gets per unit of share.
	urlShareMarkup  = 0.5
	urlMarkupWeight = 0.25
)

// features are the per-line measurements the score combines.
type features struct {
	words   int // tokens with a letter or digit, a run of Chinese or Japanese one per analysis.CharsPerWord characters
	runs    int // tokens with a letter or digit, a run of Chinese or Japanese one
	stop    int // stop words among them
	alpha   int // words that start with a letter
	titled  int // words that start with an upper-case letter
	endStop bool

	vocab    float64 // summed chrome vocabulary weights
	vocabCat category
	label    category
	// listLabel is the category of a line that is only a list label
	// (listLabels: "DON'T MISS", "More:"), or catNone.
	listLabel  category
	markup     float64
	caption    bool
	trail      bool // a breadcrumb trail: see isTrail
	postMeta   bool // a blog's post line: see isPostMeta
	consent    bool // a consent banner: see consentOpeners
	consentRow bool // consent buttons run together: see consentRowParts
	postHead   bool // a social post's age and audience: see postHead
	toc        bool // a table of contents' heading: see tocLabels
	also       bool // "Read also: <headline>": see wAlso
	download   bool // a download link: see fileSizeEnd
	formLabel  bool // a required field's label: see wFormLabel
	notice     bool // opens with a notice's label: see noticeLabels
	byline     bool // only a byline, with figures after its bars: see byline
	replay     bool // sends the reader to the broadcast: see wReplay
	selfNote   bool // the text speaks of itself: see wSelfNote
	// disown: a site's disclaimer of what it carries
	// (responsibilityDisclaimer), a self-note that is legal whatever
	// words of a comment policy it shares ("not responsible").
	disown   bool
	readTime bool // a reading time alone: see wReadTime
	counter  bool // a count of comments, shares or views: see wCounter
	// commentHead: a reader's comment's header with a masked address
	// (maskedIP): see wCommentHead.
	commentHead bool
	// vocabWords counts the words of chromeWords; button is a line of
	// sharing vocabulary alone (see wButton).
	vocabWords int
	button     bool
	shareRow   bool // a share row on one line: see wShareRow
	skipLink   bool // a skip link alone: see wSkipLink
	widget     bool // a line of a feedback, login or weather box alone: see wWidget
	postNav    bool // a post navigation link: see wPostNav
	pager      bool // a paginated article's pager: see wPager
	reactions  bool // a reaction bar on one line: see wReactionRow
	// registration: a media registration notice: see wRegistration.
	registration bool
	search       bool // a search form's line: see wSearch
	betTerms     bool // a betting advert's terms: see wBetTerms
	subIndex     bool // a paper's subscription index: see wSubIndex
	mail         bool // an e-mail newsletter's own line: see wMail
	companyReg   bool // a company's registration: see wCompanyReg
	sponsor      bool // a newsletter's sponsor line: see wSponsor
	submit       bool // a comment form's submit button: see wSubmit
	memorial     bool // an obituary platform's button: see wMemorial
	inline       bool // a page's marker or button between paragraphs: see wInline
	// alsoAlone: the line is only a label saying "read also"
	// (alsoLabels) that is a list label too: see labelledLists.
	alsoAlone bool
}

// scratch is per-call working memory for the classifier. It is not shared
// between goroutines.
type scratch struct {
	lower  []byte   // the line, lower-cased, U+2019 folded to '\''
	words  [][2]int // word spans into lower
	keyBuf []byte   // normalised words, see keyBytes
	cats   [catLegal + 1]float64
	// translit is the Latin alphabet the article's Cyrillic words are
	// read in (cyrillicChrome), NoTranslit for most articles.
	translit analysis.Translit
}

// cyrillicChrome returns the Latin alphabet a text's Cyrillic lines are
// read in by the vocabulary: Serbian and Montenegrin sites print one
// page in both scripts, a Latin portal on WordPress in the sr_RS locale
// prints its comment form in Cyrillic ("Ваша адреса е-поште неће бити
// објављена", "Објави коментар"), and a Cyrillic daily's page its menus
// and widgets ("Оставите одговор", "Повезане вијести"). Read in Latin,
// those lines meet the Latin vocabulary ("neće biti objavljena",
// "objavi komentar", "ostavite odgovor"), as matching reads the two
// scripts alike (keys/16). A Macedonian page (ѓ, ќ or ѕ among its
// letters) is read so only where its letters are mostly Latin: in
// Cyrillic it keeps its words, which the Cyrillic vocabulary
// ("Прочитајте уште") reads.
func cyrillicChrome(body string) analysis.Translit {
	m := analysis.TranslitOf(body)
	if m == analysis.NoTranslit {
		return m
	}
	latin, cyrillic, macedonian := 0, 0, false
	for _, r := range body {
		switch {
		case r == 'ѓ' || r == 'ќ' || r == 'ѕ' || r == 'Ѓ' || r == 'Ќ' || r == 'Ѕ':
			macedonian = true
			cyrillic++
		case r >= 0x0400 && r <= 0x04FF:
			cyrillic++
		case r < 0x250 && unicode.IsLetter(r):
			latin++
		}
	}
	if (macedonian || m != analysis.SerbianLatin) && latin <= cyrillic {
		return analysis.NoTranslit
	}
	return m
}

// measure computes the features of one line. stop is the stop list of the
// article's language.
//
// Be careful when making changes to this function: it runs once for every
// line of every article and allocates nothing once s has grown.
func (s *scratch) measure(line string, stop map[string]bool) features {
	var f features
	s.lower = s.lower[:0]
	s.words = s.words[:0]
	inWord := false
	// A run of Chinese or Japanese characters is one word to the loop,
	// but about one word every analysis.CharsPerWord characters to the line's
	// length (cjkExtra): a paragraph of such text is long prose, not a
	// few words of a link list.
	cjkRun, cjkExtra := 0, 0
	han := false // a Han character: hanPhrases are looked for inside its run
	for i := 0; i < len(line); {
		r, n := rune(line[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(line[i:])
		}
		i += n
		if r >= 0x0E00 && analysis.Unspaced(r) {
			cjkRun++
			han = han || isHan(r)
		} else if cjkRun > 0 {
			cjkExtra += max(1, cjkRun/analysis.CharsPerWord) - 1
			cjkRun = 0
		}
		if r == '\u200B' || r == '\uFEFF' {
			// A zero-width space, which Khmer, Thai and Lao set
			// between words where a line may break (WordPress's Khmer
			// strings carry them): no letter, no separator either.
			continue
		}
		lr := r
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				lr = r + 'a' - 'A'
			}
		case r == '\u2019':
			lr = '\''
		default:
			lr = unicode.ToLower(r)
		}
		pos := len(s.lower)
		var latin bool
		if s.translit != analysis.NoTranslit && r >= 0x0400 && r <= 0x04FF {
			s.lower, latin = analysis.AppendLatin(s.lower, r, s.translit)
		}
		if !latin {
			s.lower = utf8.AppendRune(s.lower, lr)
		}
		wordRune := isWordRune(r)
		// An apostrophe or a hyphen between letters joins a word
		// ("don't", "e-mail"), and so does a zero-width joiner or
		// non-joiner, a format character inside words of Sinhala ("ප්‍ර",
		// the rakaransaya), Persian ("می‌شود") and Burmese: the word
		// keeps it, as vocabulary written as the page prints it does.
		if !wordRune && inWord && (r == '\'' || r == '\u2019' || r == '-' || r == '\u200C' || r == '\u200D') && i < len(line) {
			next, _ := utf8.DecodeRuneInString(line[i:])
			wordRune = isWordRune(next)
		}
		if !wordRune {
			inWord = false
			continue
		}
		if !inWord {
			inWord = true
			s.words = append(s.words, [2]int{pos, pos})
			if unicode.IsLetter(r) {
				f.alpha++
				if unicode.IsUpper(r) {
					f.titled++
				}
			}
		}
		s.words[len(s.words)-1][1] = len(s.lower)
	}
	if cjkRun > 0 {
		cjkExtra += max(1, cjkRun/analysis.CharsPerWord) - 1
	}
	f.words = len(s.words) + cjkExtra
	f.runs = len(s.words)

	s.cats = [catLegal + 1]float64{}
	for k, w := range s.words {
		word := s.lower[w[0]:w[1]]
		if stop[string(word)] {
			f.stop++
		}
		if c, ok := chromeWords[string(word)]; ok {
			s.cats[c.cat] += c.weight
			f.vocabWords++
		}
		for _, p := range chromePhrases[string(word)] {
			if s.phraseAt(k+1, p.rest) {
				s.cats[p.cat] += p.weight
			}
		}
	}
	if han {
		s.hanPhrases()
	}
	if bytes.ContainsRune(s.lower, '©') {
		s.cats[catLegal] += cueStrong
	}
	for c, w := range s.cats {
		f.vocab += w
		if w > s.cats[f.vocabCat] || f.vocabCat == catNone && w > 0 {
			f.vocabCat = category(c)
		}
	}

	trimmed := strings.TrimSpace(line)
	f.endStop = endsSentence(trimmed)
	f.label = s.teaserLabel()
	if f.label == catNone && !f.endStop && s.moreLabel() {
		// "More from StormWatch Digest: <headline>": a teaser whose
		// label names its site (morelabel.go).
		f.label = catPromo
	}
	f.listLabel = s.listLabel(f.endStop)
	if f.listLabel == catNone && !f.endStop && s.moreHeading() {
		f.listLabel = catPromo // "Más en Patrimoniu" over its titles
	}
	f.markup = s.markupShare(len(trimmed))
	f.caption = s.captionPrefix() || agencyCaption(trimmed)
	f.trail = isTrail(trimmed, f.words) || isMenu(trimmed)
	f.postMeta = isPostMeta(trimmed, f.words) || isDateBar(trimmed)
	f.consent = f.words <= consentMaxWords && (s.opensWith(consentOpeners) || s.siteCookies() || s.partnerCookies())
	f.consentRow = f.words <= consentRowMaxWords && s.tiled(consentRowParts)
	f.postHead = f.words <= postHeadMaxWords && postHead(trimmed)
	f.toc = f.listLabel != catNone && s.isLabel(tocLabels) || s.mediaLabel() || s.playerError()
	f.also = !f.endStop && f.words <= longWords && s.alsoLabel(trimmed)
	f.download = f.words <= downloadMaxWords && fileSizeEnd(trimmed)
	f.formLabel = f.words >= 1 && f.words <= 2 && formLabel(trimmed)
	f.notice = s.noticeLabel()
	_, f.byline = byline(trimmed)
	f.replay = f.words <= replayMaxWords && (s.replay() || s.subscribe())
	f.selfNote = f.words <= transcriptNoteMaxWords && s.selfNote(f.words) ||
		f.words <= holdingsMaxWords && (positionDisclosure(s.lower) || adviceDisclaimer(s.lower)) ||
		healthDisclaimer(s.lower, f.words) ||
		formatOffer(s.lower, f.words) || copiesNotice(s.lower, f.words) || mediaNote(s.lower, f.words) ||
		f.words <= aiLabelMaxWords && s.aiLabel()
	f.disown = f.words <= selfNoteMaxWords && responsibilityDisclaimer(trimmed, s.lower)
	f.selfNote = f.selfNote || f.disown
	f.readTime = f.words <= readTimeMaxWords && s.readTime() ||
		f.words <= counterMetaMaxWords && s.readTime() && metaReadTime(line)
	f.counter = f.words <= counterMetaMaxWords && s.counter(f.words) || f.words <= 2*maxCountRow+1 && countRow(trimmed) ||
		han && f.words <= zhCountMaxWords && zhCountLine(trimmed) || f.words == 2 && koCountLine(trimmed)
	f.commentHead = f.words <= commentHeadMaxWords && maskedIP(s.lower)
	f.button = f.words <= buttonMaxWords && f.vocabWords == f.words && f.vocabCat == catShare
	f.shareRow = f.vocabWords >= shareRowMin && f.words <= shareRowMaxWords && s.shareRow()
	f.alsoAlone = f.listLabel != catNone && (s.isLabel(alsoLabels) || s.isPairLabel(alsoLabels))
	f.skipLink = f.words <= skipLinkMaxWords && s.firstIn(skipFirst) && s.isLabel(skipLinks)
	f.widget = f.words <= widgetMaxWords && s.firstIn(widgetFirst) && s.isLabel(pageWidgets) ||
		f.words <= 2*widgetMaxWords && s.isWidgetPair() || f.words <= weatherMaxWords && weatherLine(trimmed) ||
		koBlogTitle(trimmed, f.words) || f.words <= widgetMaxWords+newsroomNameMaxWords && newsroomFollow(trimmed, s.lower) ||
		f.words <= meterLineMaxWords && meterLine(s.lower)
	f.postNav = f.words <= postNavMaxWords && s.firstIn(postNavFirst) && headlineEnd(trimmed) && s.postNav() ||
		f.words <= 2*postNavMaxWords && (s.firstIn(postPrevWords) && s.postNavPair() || jaPager(trimmed))
	f.pager = f.words <= pagerMaxWords && s.pagerLine()
	f.reactions = f.words <= reactionRowMaxWords && reactionRow(trimmed)
	f.registration = f.words <= registrationMaxWords && registrationNumber(s.lower)
	f.search = (f.words >= 2 || f.words == 1 && (label(trimmed) || placeholder(trimmed))) && f.words <= searchMaxWords && s.firstIn(searchFirst) && s.searchBox()
	f.betTerms = f.words <= betTermsMaxWords && s.betTerms(f.words) || f.words <= 2*oddsRowMaxWords && oddsCallEnd(s.lower) && oddsRow(string(s.lower))
	f.subIndex = f.words <= subIndexMaxWords && s.subscriptionIndex()
	f.mail = f.words <= mailMaxWords && s.mailChrome()
	f.companyReg = f.words <= companyRegMaxWords && s.companyRegistration(trimmed)
	f.sponsor = f.words <= mailMaxWords && s.sponsorLine()
	f.submit = f.words <= skipLinkMaxWords && s.firstIn(submitFirst) && s.isLabel(commentSubmits)
	f.memorial = f.words <= memorialRowMaxWords && (s.firstIn(memorialFirst) || s.firstIn(memorialBoxFirst)) && s.memorialAction()
	f.inline = f.words <= continueMaxWords && s.firstIn(continueFirst) && s.isLabel(continueMarkers) ||
		f.words <= preferredMaxWords && s.preferredSource()
	return f
}

// memorialFieldWords bounds the fields after a platform's search link
// and its preposition ("Search notices by name or town", "Search
// obituaries by name, city or funeral home"): the form's fields, a few
// nouns.
const memorialFieldWords = 5

// memorialBy are the prepositions that name a search's fields after it
// (English by, French par, German nach, Dutch op, Spanish and Portuguese
// por, Italian per).
var memorialBy = set(`by par nach op por per`)

// memorialAction reports whether the line is only one of
// memorialActions, or one of them, a preposition of memorialBy and at
// most memorialFieldWords words (a search link naming its fields),
// ending no sentence.
func (s *scratch) memorialAction() bool {
	if s.isLabel(memorialActions) || s.memorialRow() || s.memorialEmptyBox() || s.memorialCount() {
		return true
	}
	n := len(s.words)
	if n > skipLinkMaxWords+memorialFieldWords {
		return false
	}
	if n < 4 || bytes.HasSuffix(bytes.TrimSpace(s.lower), []byte(".")) {
		return false
	}
	for k := 2; k < n-1 && n-k-1 <= memorialFieldWords; k++ {
		w := s.words[k]
		if !memorialBy[string(s.lower[w[0]:w[1]])] {
			continue
		}
		for label := range memorialActions {
			if s.labelIsFrom(label, 0, w[0]) {
				return true
			}
		}
	}
	return false
}

// memorialRowMaxWords bounds a row of an obituary platform's buttons on
// one line ("Light a candle Leave a tribute Share Send flowers", 9
// words): four buttons of up to four words.
const memorialRowMaxWords = 16

// memorialRow reports whether the line is two or more of memorialRowParts
// end to end and ends no sentence: the platform's row of buttons under a
// notice, as a plain text runs them together. One alone is a label
// (memorialActions); "Share" alone is left to the vocabulary.
func (s *scratch) memorialRow() bool {
	if bytes.HasSuffix(bytes.TrimSpace(s.lower), []byte(".")) {
		return false
	}
	return s.tileCount(memorialRowParts) >= 2
}

// tileCount returns how many phrases of index, longest first at each
// word, spell the line's words end to end, or 0 when they do not.
func (s *scratch) tileCount(index map[string][][]string) int {
	parts := 0
	for k := 0; k < len(s.words); {
		n := 0
		for _, rest := range index[string(s.lower[s.words[k][0]:s.words[k][1]])] {
			if len(rest) >= n && s.phraseAt(k+1, rest) {
				n = len(rest) + 1
			}
		}
		if n == 0 {
			return 0
		}
		k += n
		parts++
	}
	return parts
}

// memorialNameWords bounds the name after "for" in a platform's empty
// tribute box ("Be the first to leave a tribute for Walter", "… for
// Mary Ann Smith").
const memorialNameWords = 4

// memorialEmptyBox reports whether the line is an obituary platform's
// empty tribute box: memorialFirstTo, one of memorialActions, and at
// most "for" and a name of memorialNameWords words ("Be the first to
// leave a tribute", "Be the first to light a candle for Walter", "Soyez
// le premier à allumer une bougie"). A story's sentence that says who
// was first to do a thing goes on past the action, or tells who.
func (s *scratch) memorialEmptyBox() bool {
	n := len(s.words)
	for _, lead := range memorialFirstTo {
		lw := len(fields(lead))
		if n <= lw || !s.labelIsFrom(lead, 0, s.words[lw-1][1]) {
			continue
		}
		for label := range memorialActions {
			aw := len(fields(label))
			if lw+aw > n || !s.labelIsFrom(label, lw, s.words[lw+aw-1][1]) {
				continue
			}
			rest := n - lw - aw
			if rest == 0 {
				return true
			}
			w := s.words[lw+aw]
			if rest <= memorialNameWords+1 && memorialBy2[string(s.lower[w[0]:w[1]])] {
				return true
			}
		}
	}
	return false
}

// memorialCount reports whether the line is a tribute box's heading
// with its count: one of memorialCounts and a number in brackets
// ("Tributes (0)", "Condolences (12)", "Kondolenzen (3)"). A story
// puts no bracketed count after the word.
func (s *scratch) memorialCount() bool {
	t := bytes.TrimSpace(s.lower)
	if len(t) == 0 || t[len(t)-1] != ')' {
		return false
	}
	open := bytes.LastIndexByte(t, '(')
	if open < 0 {
		return false
	}
	num := bytes.TrimSpace(t[open+1 : len(t)-1])
	if len(num) == 0 {
		return false
	}
	for _, c := range num {
		if c < '0' || c > '9' {
			return false
		}
	}
	return memorialCounts[string(bytes.TrimSpace(t[:open]))]
}

// subIndexMaxWords bounds a line that ends with a subscription index:
// the box's sentence and the index ("Хаһыакка 2026 сыл бастакы
// аҥарыгар суруттарыы барар. Индекс: П4127.", 9 words).
const subIndexMaxWords = 20

// subscriptionIndex reports whether the line ends with a subscription
// index (wSubIndex): the label, "индекс" and a colon or "подписной
// индекс" (subscription index) with a colon or none, then a catalogue
// code, the line's last word, a full stop after it or none: up to two
// letters and four to six digits ("П4127", "ПР123", "50127"). The word
// alone before a figure is a market's index ("показал индекс 2850").
func (s *scratch) subscriptionIndex() bool {
	n := len(s.words)
	if n < 2 || string(s.lower[s.words[n-2][0]:s.words[n-2][1]]) != "индекс" {
		return false // most lines
	}
	between := bytes.TrimSpace(s.lower[s.words[n-2][1]:s.words[n-1][0]])
	named := n >= 3 && string(s.lower[s.words[n-3][0]:s.words[n-3][1]]) == "подписной"
	if string(between) != ":" && (len(between) > 0 || !named) {
		return false
	}
	if after := bytes.TrimSpace(s.lower[s.words[n-1][1]:]); len(after) > 0 && string(after) != "." {
		return false
	}
	code := s.lower[s.words[n-1][0]:s.words[n-1][1]]
	letters, i := 0, 0
	for i < len(code) && !('0' <= code[i] && code[i] <= '9') {
		r, size := utf8.DecodeRune(code[i:])
		if !unicode.Is(unicode.Cyrillic, r) {
			return false
		}
		letters++
		i += size
	}
	digits := code[i:]
	return letters <= 2 && len(digits) >= 4 && len(digits) <= 6 && len(bytes.Trim(digits, "0123456789")) == 0
}

// betTermsMaxWords bounds a betting advert's terms: an offer's small
// print runs to three or four sentences ("18+. New customers only. Bet
// £10 at min odds 1/2 to get 3x £10 in Free Bets. Free Bets paid as
// Bet Credits. T&Cs apply. BeGambleAware.org", 35 words).
const betTermsMaxWords = 60

// betTermsMin is the least number of betting terms (betTermPhrases and
// the age mark) that make a line an advert's terms, and betTermsShort
// the words of a line that two terms make so ("18+ | BeGambleAware.org",
// "18+ Gamble Responsibly"): a story may name two in a sentence (the
// age mark and the charity an advert must show), not three, and not two
// alone on a short line.
const (
	betTermsMin   = 3
	betTermsShort = 12
)

// betTerms reports whether the line holds betTermsMin betting terms, or
// two in a line of at most betTermsShort words: see wBetTerms. At each
// word only the longest term that starts there counts.
func (s *scratch) betTerms(words int) bool {
	n := 0
	if ageMark(s.lower) {
		n++
	}
	for k := 0; k < len(s.words); k++ {
		best := -1
		for _, rest := range betTermIndex[string(s.lower[s.words[k][0]:s.words[k][1]])] {
			if len(rest) > best && s.phraseAt(k+1, rest) {
				best = len(rest)
			}
		}
		if best >= 0 {
			n++
			k += best
		}
	}
	return n >= betTermsMin || n >= 2 && words <= betTermsShort
}

// ageMarks are the ages a gambling advert says it is for, with the
// plus sign after or before them ("18+", "+18", "21+").
var ageMarks = [...]string{"18", "19", "21"}

// ageMark reports whether l holds an age mark: one of ageMarks with a
// plus sign right after or before it and no digit around them ("18+",
// "+18", not "118+" or "18+3").
func ageMark(l []byte) bool {
	if bytes.IndexByte(l, '+') < 0 {
		return false // most lines
	}
	digit := func(i int) bool { return i >= 0 && i < len(l) && '0' <= l[i] && l[i] <= '9' }
	for _, age := range ageMarks {
		for i := 0; ; {
			k := bytes.Index(l[i:], []byte(age))
			if k < 0 {
				break
			}
			k += i
			end := k + len(age)
			if !digit(k-1) && !digit(end) &&
				(end < len(l) && l[end] == '+' && !digit(end+1) || k > 0 && l[k-1] == '+' && !digit(k-2)) {
				return true
			}
			i = k + 1
		}
	}
	return false
}

// searchMaxWords bounds a search form's line: "Rechercher sur le site
// Rechercher" has five words.
const searchMaxWords = 6

// placeholder reports whether line ends in an ellipsis, as a form
// field's placeholder text does ("Hledat…", "Search ...").
func placeholder(line string) bool {
	line = strings.TrimRight(line, " \t")
	return strings.HasSuffix(line, "…") || strings.HasSuffix(line, "...")
}

// searchBox reports whether the line's words are searchParts end to end,
// each the longest part that matches where it starts (see wSearch).
func (s *scratch) searchBox() bool { return s.tiled(searchParts) }

// tiled reports whether the line's words are parts of index (partIndex)
// end to end, each the longest part that matches where it starts.
func (s *scratch) tiled(index map[string][][]string) bool {
	for k := 0; k < len(s.words); {
		n := 0
		for _, rest := range index[string(s.lower[s.words[k][0]:s.words[k][1]])] {
			if len(rest) >= n && s.phraseAt(k+1, rest) {
				n = len(rest) + 1
			}
		}
		if n == 0 {
			return false
		}
		k += n
	}
	return true
}

// registrationMaxWords bounds a registration notice: the registration,
// the regulator's full name and the founder's, the editor's and the
// address run to 80 words in one paragraph of a footer.
const registrationMaxWords = 80

// registrationMark is the number sign of a registration number.
var registrationMark = []byte("№")

// registrationNumber reports whether l (lower case) holds a Russian media
// registration number: "эл" (an electronic outlet) or "пи" (a print
// one), the number sign, and a register's code, "фс" (the federal
// register) or "ту" (a regional office's), before the figures, spaces
// between them or none: "эл № фс77-81467", "пи №ту02-01234".
func registrationNumber(l []byte) bool {
	for rest := l; ; {
		k := bytes.Index(rest, registrationMark)
		if k < 0 {
			return false // most lines: no number sign
		}
		before := bytes.TrimRight(rest[:k], " \u00a0")
		after := bytes.TrimLeft(rest[k+len(registrationMark):], " \u00a0")
		rest = rest[k+len(registrationMark):]
		if !bytes.HasSuffix(before, []byte("эл")) && !bytes.HasSuffix(before, []byte("пи")) {
			continue
		}
		for _, code := range [...]string{"фс", "ту"} {
			if c, ok := bytes.CutPrefix(after, []byte(code)); ok {
				if c = bytes.TrimLeft(c, " "); len(c) > 0 && '0' <= c[0] && c[0] <= '9' {
					return true
				}
			}
		}
	}
}

// reactionRowMaxWords bounds a reaction bar on one line: a label of
// two words and maxReactions buttons of a word and a tally.
const reactionRowMaxWords = 2 + 2*maxReactions

// reactionRow reports whether line is a reaction bar (wReactionRow): a
// label and a colon or none, then minReactions to maxReactions items
// between " | " or " · ", each one or two words (reactionMaxWords) and
// a tally, and either the label one of reactionLabels or two items or
// more named by reactionWords.
func reactionRow(line string) bool {
	sep := " | "
	if !strings.Contains(line, sep) {
		if sep = " · "; !strings.Contains(line, sep) {
			return false // most lines: no allocation
		}
	}
	label := ""
	if k := strings.IndexByte(line, ':'); k > 0 && k <= maxLabelBytes && !strings.Contains(line[:k], sep) {
		label, line = strings.ToLower(strings.TrimSpace(line[:k])), line[k+1:]
	}
	items := strings.Split(line, sep)
	if len(items) < minReactions || len(items) > maxReactions {
		return false
	}
	named := 0
	for _, item := range items {
		f := strings.Fields(item)
		if len(f) < 2 || len(f) > reactionMaxWords+1 || !tally(f[len(f)-1]) {
			return false
		}
		for _, w := range f[:len(f)-1] {
			if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
				return false
			}
		}
		if reactionWords[strings.ToLower(f[0])] {
			named++
		}
	}
	return reactionLabels[label] || named >= 2
}

// tally reports whether w is a button's count: figures, with a
// thousands mark or a decimal point inside and a K or M after
// ("1,204", "1.2K"); or in the Arabic-Indic figures that Arabic and
// Persian interfaces print, with the Arabic decimal and thousands marks
// ("١٫٤", "٢١٣", "۱٬۲۰۴"), or in Bengali figures ("৮৭৪"). Be careful when making changes to this
// function: measure reads every line's counts with it, and an ASCII
// count takes the first return.
func tally(w string) bool {
	w = strings.TrimRight(w, "KkMm")
	if w != "" && w[0] >= '0' && w[0] <= '9' && strings.Trim(w, "0123456789.,") == "" {
		return true
	}
	if w == "" || w[0] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if bengaliDigit(r) {
		return strings.TrimFunc(w, func(r rune) bool { return bengaliDigit(r) || r == '.' || r == ',' }) == ""
	}
	return arabicDigit(r) && strings.TrimFunc(w, func(r rune) bool { return arabicDigit(r) || r == '٫' || r == '٬' }) == ""
}

// bengaliDigit reports whether r is a Bengali figure (U+09E6 to U+09EF),
// which Facebook's Bengali interface prints its counts in ("৮৭৪", "২৩৮টি
// শেয়ার").
func bengaliDigit(r rune) bool {
	return '০' <= r && r <= '৯'
}

// arabicDigit reports whether r is an Arabic-Indic figure (U+0660 to
// U+0669, as Arabic sets them) or an Extended Arabic-Indic one (U+06F0
// to U+06F9, as Persian and Urdu do): the figures a count, an age or a
// time stamp is printed in by a platform's interface in those
// languages ("٢١٣ تعليقًا", "٥ س").
func arabicDigit(r rune) bool {
	return '٠' <= r && r <= '٩' || '۰' <= r && r <= '۹'
}

// leadingFigures returns the byte length and the number of the figures
// that open s, a line or its key, ASCII or Arabic-Indic (arabicDigit:
// U+0660–0669 and U+06F0–06F9, two bytes each in UTF-8), without
// allocating.
func leadingFigures[T ~string | ~[]byte](s T) (n, figures int) {
	for n < len(s) {
		switch {
		case '0' <= s[n] && s[n] <= '9':
			n++
		case n+1 < len(s) && (s[n] == 0xD9 && 0xA0 <= s[n+1] && s[n+1] <= 0xA9 || s[n] == 0xDB && 0xB0 <= s[n+1] && s[n+1] <= 0xB9):
			n += 2
		default:
			return n, figures
		}
		figures++
	}
	return n, figures
}

// postNavMaxWords bounds a post navigation line: a label of up to three
// words and a title of a headline's length (DefaultHeadlineMaxWords).
const postNavMaxWords = 3 + DefaultHeadlineMaxWords

// pagerMaxWords bounds a pager's line: "« Previous page 1 2 3 4 5 Next
// page »" is 12 words with its arrows; a long article's pager lists a
// few more numbers.
const pagerMaxWords = 16

// pagerPages are a pager's words for a page ("Page 2 of 3"), pagerOf
// the word between a page's number and the count, and pagerSteps its
// links to the next and the previous page, lower case: English, French,
// German, Spanish, Italian, Portuguese and Dutch, as news CMSs word a
// paginated article's pager.
var (
	pagerPages = set(`page pages página pagina seite`)
	pagerOf    = set(`of sur von de di van`)
	pagerSteps = set(`next previous prev suivante précédente suivant précédent
		weiter zurück nächste vorherige siguiente anterior successiva precedente próxima volgende vorige`)
)

// pagerLine reports whether the line is a paginated article's pager
// with its links run together: every word a page number (up to three
// digits) or one of pagerPages, pagerOf or pagerSteps (the arrows
// between them are no words), holding the count of the article's pages
// ("Page 2 of 2": a page's word, the "of" and two numbers) and a link
// to the next or the previous page ("Page 1 of 2 1 2 Next page »", "«
// Previous page 1 2 Page 2 of 2"). A count alone ("Page 1 of 1
// pages", a listing's "Page: 1 of 3") or a listing's step ("Next 70")
// is a site's pager of other kinds, left to the other rules.
func (s *scratch) pagerLine() bool {
	figures, pages, of, steps := 0, 0, 0, 0
	for _, w := range s.words {
		word := s.lower[w[0]:w[1]]
		switch {
		case pagerPages[string(word)]:
			pages++
		case pagerOf[string(word)]:
			of++
		case pagerSteps[string(word)]:
			steps++
		case len(word) <= 3 && len(bytes.Trim(word, "0123456789")) == 0:
			figures++
		default:
			return false
		}
	}
	return steps > 0 && pages > 0 && of > 0 && figures >= 2
}

// postNav reports whether the line is one of postNavLabels alone, or
// one and a title after it, with a colon between them or none: see
// wPostNav. The caller checks the line's length and that it ends as a
// headline may.
func (s *scratch) postNav() bool {
	colon := labelColon(s.lower)
	for label := range postNavLabels {
		n := strings.Count(label, " ") + 1
		switch {
		case n > len(s.words):
		case colon > 0 && colon <= maxLabelBytes && s.labelIs(label, colon):
			return true
		case n == len(s.words) && s.labelIs(label, len(s.lower)):
			return true
		case n < len(s.words) && s.labelIs(label, s.words[n][0]):
			return true
		}
	}
	return false
}

// postPrevWords and postNextWords say "previous" and "next" as a
// post's navigation labels its two links when it sets them on one line,
// each before its post's title and a colon ("← Previous: <title> Next:
// <title> →", WordPress's the_post_navigation with its default labels
// and its themes' translations), lower case: English, French, German,
// Spanish, Portuguese, Italian, Dutch, Turkish and Russian.
var (
	postPrevWords = set(`previous prev older précédent précédente vorheriger vorherige anterior precedente vorige önceki предыдущая предыдущий`)
	postNextWords = set(`next newer suivant suivante nächster nächste siguiente próximo próxima seguinte successivo successiva prossimo volgende sonraki следующая следующий`)
)

// postNavPair reports whether the line is a post's navigation with both
// links on one line: one of postPrevWords opening it and one of
// postNextWords later, each with a colon after it or after the word
// that follows it ("Previous post:"), and a title after each. A
// story's sentence has no colon right after "previous" and again after
// "next"; the caller bounds the line by two navigation lines' length.
func (s *scratch) postNavPair() bool {
	colonAfter := func(k int) bool {
		for _, j := range []int{k, k + 1} {
			if j >= len(s.words)-1 {
				return false
			}
			gap := s.lower[s.words[j][1]:s.words[j+1][0]]
			if bytes.Contains(gap, []byte(":")) {
				return true
			}
		}
		return false
	}
	if !colonAfter(0) {
		return false
	}
	for k := 2; k < len(s.words)-1; k++ {
		if postNextWords[string(s.lower[s.words[k][0]:s.words[k][1]])] && colonAfter(k) {
			return true
		}
	}
	return false
}

// skipLinkMaxWords bounds a skip link: "παράκαμψη και μετάβαση στο
// περιεχόμενο" (skip and go to the content) has five words.
const skipLinkMaxWords = 6

// widgetMaxWords bounds a line of pageWidgets: tagDiv's "A password
// will be e-mailed to you." (8 words with the hyphen's parts).
const widgetMaxWords = 8

// shareRowMin is the least number of buttons in a share row on one line
// (wShareRow), shareRowLabelWords the most words of its label ("Share
// this article:"), shareRowMaxWords the most words of the line.
const (
	shareRowMin        = 3
	shareRowLabelWords = 4
	shareRowMaxWords   = 14
)

// shareRow reports whether the line is a label of at most
// shareRowLabelWords words and a colon, then shareRowMin or more words
// that are all sharing vocabulary (chromeWords of catShare: the
// networks' and the buttons' names) or the e-mail button's
// (mailButtons, which the vocabulary files under the comment form), or,
// with no colon, a row of such buttons (bareShareRow): see wShareRow.
func (s *scratch) shareRow() bool {
	colon := labelColon(s.lower)
	if colon < 0 {
		return s.bareShareRow()
	}
	if colon == 0 || colon > maxLabelBytes {
		return false
	}
	k := 0
	for k < len(s.words) && s.words[k][1] <= colon {
		k++
	}
	if k == 0 || k > shareRowLabelWords || len(s.words)-k < shareRowMin {
		return false
	}
	for _, w := range s.words[k:] {
		word := s.lower[w[0]:w[1]]
		if c, ok := chromeWords[string(word)]; (!ok || c.cat != catShare) && !mailButtons[string(word)] {
			return false
		}
	}
	return true
}

// shareJoins are the prepositions a share button's label sets before
// the network ("Share on Facebook", "Partager sur Facebook", "Teilen
// auf X", "Compartir en WhatsApp", "Condividi su Facebook", "Partilhar
// no Facebook", "Delen op LinkedIn", "Share via Email"), lower case.
var shareJoins = set(`on via to sur par auf per en su no na op på`)

// bareShareRow reports whether the line is a share row with no label's
// colon, as a plain text gives buttons that each name their network
// ("Share on Facebook Tweet WhatsApp", "Partager sur Facebook Partager
// sur WhatsApp Tweeter"): it opens with sharing vocabulary, every word
// is sharing vocabulary, the e-mail button, a copy-link button
// (copyLinkButton) or one of shareJoins, and shareRowMin or more of
// them are the buttons' (see wShareRow). The row's label may keep
// its own words without its colon when a sharing word opens it ("Share
// this article Facebook X WhatsApp Email Copy link"): up to
// shareRowLabelWords words before the first button, as the label with
// a colon has. A sentence about the networks has words of its own
// ("Facebook, Twitter and WhatsApp were down for an hour"), after the
// first network too.
func (s *scratch) bareShareRow() bool {
	buttons, labelWords, started := 0, 0, false
	for k := 0; k < len(s.words); k++ {
		w := s.words[k]
		word := s.lower[w[0]:w[1]]
		if c, ok := chromeWords[string(word)]; ok && c.cat == catShare || mailButtons[string(word)] {
			started = started || k > 0
			buttons++
			continue
		}
		if n := s.copyLinkButton(k); n > 0 && k > 0 {
			started = true
			buttons++
			k += n - 1
			continue
		}
		switch {
		case k == 0:
			return false
		case shareJoins[string(word)]:
		case !started && k < shareRowLabelWords:
			labelWords++
		default:
			return false
		}
	}
	if labelWords > 0 {
		// The opening word is the label's, not a button: the buttons
		// after the label make the row.
		buttons--
	}
	return buttons >= shareRowMin
}

// copyLinkButtons are the share row's button that copies the page's
// address ("Copy link", "Copier le lien", "Link kopieren"), lower case,
// in the languages of shareJoins: a button's words, which a sentence
// sets among words of its own.
var copyLinkButtons = barSet(`copy link | copy url | copier le lien | link kopieren | copiar enlace |
	copiar link | copia link | copia il link | link kopiëren | kopiér link | kopiera länk`)

// copyLinkButton returns how many words from the k-th make one of
// copyLinkButtons, or 0.
func (s *scratch) copyLinkButton(k int) int {
	for n := 3; n >= 2; n-- {
		if k+n > len(s.words) {
			continue
		}
		if copyLinkButtons[string(s.lower[s.words[k][0]:s.words[k+n-1][1]])] {
			return n
		}
	}
	return 0
}

// mailButtons name a share row's e-mail button ("Share: Facebook X
// Email", "Partager : Facebook X E-mail Courriel").
var mailButtons = map[string]bool{"email": true, "e-mail": true, "mail": true, "courriel": true}

// hanPhrases adds the weights of the hanPhrases found inside the line's
// runs of Han characters. Chinese sets no space between words, so a run
// between punctuation is one word to measure, and chromeWords match
// only a whole run ("发表评论" alone on its line); a phrase of
// furniture is as often part of a longer run ("此条目发表在社会民生分类目录",
// "未经授权禁止转载"). Each position of a Han character is looked up
// by its first two characters; no other line comes here.
func (s *scratch) hanPhrases() {
	for _, w := range s.words {
		word := s.lower[w[0]:w[1]]
		for i := 0; i < len(word); {
			r, n := utf8.DecodeRune(word[i:])
			if isHan(r) && i+n < len(word) {
				_, m := utf8.DecodeRune(word[i+n:])
				rest := word[i+n+m:]
				for _, p := range hanPhrases[string(word[i:i+n+m])] {
					if len(rest) >= len(p.rest) && string(rest[:len(p.rest)]) == p.rest && (!p.end || len(rest) == len(p.rest)) {
						s.cats[p.cat] += p.weight
					}
				}
			}
			i += n
		}
	}
}

// isHan reports whether r is a Han character of the Basic Multilingual
// Plane (CJK Unified Ideographs and Extension A): the script of Chinese,
// and of the kanji of Japanese.
func isHan(r rune) bool {
	return 0x4E00 <= r && r <= 0x9FFF || 0x3400 <= r && r <= 0x4DBF
}

// counterMaxWords bounds a counter's line: a post's meta line of an
// author, a source and a view count has seven words. counterMetaMaxWords
// bounds a longer meta line whose view count stands after a date, a
// time or a separator (see counter): a Tibetan portal's date line with
// its view count and its font switch, "དུས་ཚོད། 2025-06-18 17:40
// ཀློག་ཐེངས། 1236 ཡིག་གཟུགས། ཆེ། འབྲིང་། ཆུང་།", is 15 words as the
// tokenizer counts a syllable a word.
const (
	counterMaxWords     = 8
	counterMetaMaxWords = 16
)

// counter reports whether the line, of words words, is a counter
// (wCounter): two words, a figure ("64", "1.2K") and one of
// counterWords, or one of them and its figure in brackets ("Comments
// (0)"), a button's verb before them or none ("Show comments (38)",
// "View comments (12)": three words, the link that opens the comment
// section with its tally); or, in a line of a few words
// (counterMaxWords), one of viewLabels, a colon and a figure
// ("阅读：87次", "ཀློག་ཐེངས། 1236", the Tibetan shad after a label as
// its colon); in a longer one (counterMetaMaxWords), such a view count
// where a meta line sets it, after a figure (a date, a time) or a
// separator ("|", "·", an ideographic space). A sentence's "…drew
// hundreds of views: 1,000 in an hour" has a word before its label, and
// one that opens with it ("Views: 4,000 in the first hour, most of them
// from bots") goes on as a sentence.
func (s *scratch) counter(words int) bool {
	figure := func(w []byte) bool { return len(w) > 0 && '0' <= w[0] && w[0] <= '9' }
	if len(s.words) == 2 {
		a, b := s.lower[s.words[0][0]:s.words[0][1]], s.lower[s.words[1][0]:s.words[1][1]]
		if figure(a) && counterWords[string(b)] && len(bytes.TrimSpace(s.lower[s.words[1][1]:])) == 0 {
			return true
		}
	}
	if n := len(s.words); n == 2 || n == 3 && len(bytes.TrimSpace(s.lower[s.words[0][1]:s.words[1][0]])) == 0 {
		// The word, then its tally in brackets: "Comments (0)", "Show
		// comments (38)".
		a, b := s.lower[s.words[n-2][0]:s.words[n-2][1]], s.lower[s.words[n-1][0]:s.words[n-1][1]]
		if counterWords[string(a)] && figure(b) && string(bytes.TrimSpace(s.lower[s.words[n-2][1]:s.words[n-1][0]])) == "(" &&
			string(bytes.TrimSpace(s.lower[s.words[n-1][1]:])) == ")" && len(bytes.TrimSpace(s.lower[:s.words[0][0]])) == 0 {
			return true
		}
	}
	for k := 0; k+1 < len(s.words); k++ {
		w := s.words[k]
		heads, ok := viewLabelEnds[string(s.lower[w[0]:w[1]])]
		if !ok {
			continue
		}
		between := bytes.TrimSpace(s.lower[w[1]:s.words[k+1][0]])
		if string(between) != ":" && string(between) != "：" && string(between) != tibetanShad || !figure(s.lower[s.words[k+1][0]:s.words[k+1][1]]) {
			continue
		}
		for _, head := range heads {
			j := k - len(head) // the label's first word
			if j < 0 || !s.phraseAt(j, head) {
				continue
			}
			if words <= counterMaxWords || j > 0 && (figure(s.lower[s.words[j-1][0]:s.words[j-1][1]]) ||
				bytes.ContainsAny(s.lower[s.words[j-1][1]:s.words[j][0]], "|·•\u3000")) {
				return true
			}
		}
	}
	return false
}

// maxCountRow bounds the counts of a post's count row (countRow): its
// reactions, comments, shares and views, four at most.
const maxCountRow = 4

// countRow reports whether line is a post's counts set on one line, as
// a plain copy of a Facebook post prints them under it ("87 comments
// 214 shares", "87 commenti  214 condivisioni", "1.2K reactions · 87
// comments"): two to maxCountRow counts, each a tally and one of
// counterWords, with spaces, middle dots or bars between them and
// nothing else. One count alone is counter's; a sentence has words
// between its figures.
func countRow(line string) bool {
	var f [2 * maxCountRow]string // the words, without allocating
	n := 0
	for rest := strings.TrimSpace(line); rest != ""; {
		w := rest
		if k := strings.IndexAny(rest, " \t\u00a0"); k >= 0 {
			w, rest = rest[:k], strings.TrimLeft(rest[k:], " \t\u00a0")
		} else {
			rest = ""
		}
		if w == "·" || w == "•" || w == "|" {
			continue
		}
		if n == len(f) {
			return false
		}
		f[n] = w
		n++
	}
	if n%2 != 0 || n < 4 {
		return false
	}
	for k := 0; k < n; k += 2 {
		if !tally(f[k]) || !counterWord(f[k+1]) {
			return false
		}
	}
	return true
}

// counterWord reports whether w is one of counterWords, in any case,
// allocating only for a word with an upper-case letter.
func counterWord(w string) bool {
	if strings.IndexFunc(w, unicode.IsUpper) >= 0 {
		w = strings.ToLower(w)
	}
	return counterWords[w]
}

// tibetanShad is the shad (U+0F0D), the mark that ends a Tibetan phrase
// and that a page's label ends with as others end theirs with a colon
// ("དུས་ཚོད།", time; "ཀློག་ཐེངས།", views).
const tibetanShad = "\u0F0D"

// readTimeMaxWords bounds a reading-time line: "Czas czytania: 3 min",
// "Thời gian đọc: 3 phút" (five words), or a byline's bar part.
const readTimeMaxWords = 6

// readTime reports whether the line holds a figure, a unit of minutes
// (glued to it or not: "3min", "3-minute") and a word of reading
// (readTimeWords, minuteWords).
func (s *scratch) readTime() bool {
	var figure, unit, read bool
	for _, w := range s.words {
		word := s.lower[w[0]:w[1]]
		digits := 0
		for digits < len(word) && '0' <= word[digits] && word[digits] <= '9' {
			digits++
		}
		if digits > 0 {
			figure = true
			word = bytes.TrimPrefix(word[digits:], []byte("-"))
		}
		unit = unit || minuteWords[string(word)]
		read = read || readTimeWords[string(word)]
	}
	return figure && unit && read
}

// metaReadTime reports whether line is a post's meta line that ends in
// its reading time after the byline, the comment count or both ("By
// Mokwadi 0 Comments Reading Time: 4 minutes", as a WordPress theme
// prints it under the headline): nothing else stands before the reading
// time. The byline's name is its capitalised words, or, where a bar
// ends the byline, whatever stands before the bar. Called only for a
// line that holds a reading time's words (scratch.readTime), a few in
// a page.
func metaReadTime(line string) bool {
	isBar := func(r rune) bool { return r == '|' || r == '·' || r == '•' }
	split := func(r rune) bool { return unicode.IsSpace(r) || isBar(r) }
	fs := strings.FieldsFunc(line, split)
	if datedMetaReadTime(line, fs, isBar, split) {
		return true
	}
	if len(fs) == 0 || !bylineOpen(strings.ToLower(fs[0])) {
		return readTimeAfter(fs, 0)
	}
	i := 1
	for n := 0; i < len(fs) && n < maxSignatureWords; n++ {
		// The reading time's own words close the name, capitalised
		// as they open the time ("di Redazione NotizieSmart · Tempo
		// di lettura: 5 minuti", "By Ana Ruiz Tiempo de lectura: 4
		// minutos").
		if r, _ := utf8.DecodeRuneInString(fs[i]); !unicode.IsUpper(r) || readTimeWords[strings.ToLower(strings.TrimRight(fs[i], ":"))] ||
			readTimeLeads[strings.ToLower(fs[i])] {
			break
		}
		i++
	}
	if readTimeAfter(fs, i) {
		return true
	}
	// A bar closes the byline whatever the case of its words: a desk's
	// name or a team's, with its articles, is a signature as a writer's
	// is ("Par la rédaction | 4 min de lecture", "By the editorial team
	// · 3 min read").
	if bar := strings.IndexFunc(line, isBar); bar > 0 {
		if n := len(strings.FieldsFunc(line[:bar], split)); n > i && n <= 1+maxSignatureWords {
			return readTimeAfter(fs, n)
		}
	}
	return false
}

// datedMetaReadTime reports whether line is a meta line that opens
// with its date, a time or both, parted by bars from a byline or none
// and closed by the reading time ("15.07.2025, 23:31 Uhr | Redaktion
// NewsBlitz24 | Lesezeit: 3 Min.", "12 June 2025 · 4 min read"): each
// part between the date and the reading time a date, a time or a name
// of at most 1+maxSignatureWords words, as the byline after a bar is
// in metaReadTime. A story's sentence opens with its dateline and runs
// on; it is not cut into parts by bars. fs are line's fields as
// metaReadTime splits them.
func datedMetaReadTime(line string, fs []string, isBar, split func(rune) bool) bool {
	parts := strings.FieldsFunc(line, isBar)
	if len(parts) < 2 || !datePart(parts[0]) && !timePart(parts[0]) {
		return false
	}
	for _, p := range parts[1 : len(parts)-1] {
		if !datePart(p) && !timePart(p) && len(strings.Fields(p)) > 1+maxSignatureWords {
			return false
		}
	}
	bar := strings.LastIndexFunc(line, isBar)
	return readTimeAfter(fs, len(strings.FieldsFunc(line[:bar], split)))
}

// readTimeAfter reports whether the fields fs from i on, after a
// comment count or none, are a reading time alone, as metaReadTime
// reads a meta line's end; i == 0 (no byline) needs the count.
func readTimeAfter(fs []string, i int) bool {
	figure := func(w string) bool { return w != "" && strings.Trim(w, "0123456789") == "" }
	if i+1 < len(fs) && figure(fs[i]) && counterWords[strings.ToLower(strings.Trim(fs[i+1], ".,:"))] {
		i += 2
	}
	if i == 0 || len(fs)-i > readTimeMaxWords || i >= len(fs) {
		return false
	}
	first := strings.ToLower(strings.TrimRight(fs[i], ":"))
	return readTimeWords[first] || readTimeLeads[first] || figure(fs[i])
}

// readTimeLeads are the words of time that open a reading time before
// its word of reading, where a language says "time of reading"
// ("Tiempo de lectura: 3 min", "Tempo di lettura", "Temps de lecture",
// "Czas czytania", "Thời gian đọc"), lower case.
var readTimeLeads = set(`tiempo tempo temps czas thời`)

// bylineLead are the words that open a byline before the writer's name:
// "By", and its equivalents in the languages whose themes print it so.
var bylineLead = map[string]bool{"by": true, "por": true, "par": true, "von": true, "door": true, "di": true, "ka": true, "ngu": true}

// bylineOpen reports whether the lower-case word w opens a byline: a
// word of bylineLead, or one of bylineLabels with its colon.
func bylineOpen(w string) bool {
	return bylineLead[w] || strings.HasSuffix(w, ":") && bylineLabels[strings.TrimSuffix(w, ":")]
}

// bylineLabels are the labels that open a meta line's byline before
// the writer's name, with their colon ("Autor: Toimetus Lugemisaeg: 5
// min", as an Estonian theme prints it; "Author: …", "Auteur: …",
// "Autore: …", "Kirjoittaja: …"), lower case, without the colon. Read
// only in a line that ends in a reading time (metaReadTime).
var bylineLabels = set(`author autor auteur autore auteurs autores kirjoittaja skribent forfatter tekst text texto testo`)

// maxSignatureWords bounds the writer's name in a meta line's byline.
const maxSignatureWords = 4

// selfNoteMaxWords bounds a self-note: a disclaimer of two or three
// sentences (the longest measured, 34 words).
const selfNoteMaxWords = 60

// transcriptNoteMaxWords bounds a transcript's self-note, which runs
// longer: an earnings-call transcript site's disclaimer says what the
// article is, that it may hold errors, that it comes "as is", and
// where to hear the call and read the filings (75 words in the story
// sets). It counts as a note only when it names the transcript and
// its errors (transcriptWords); 90 leaves room for a sentence more, and
// still no paragraph of a story opens "This article is a transcript".
const transcriptNoteMaxWords = 90

// selfNote reports whether the line, after a label of at most four words
// and a colon ("Disclaimer:", "About this digest:"), opens with one of
// selfWords, one of selfNouns and one of selfVerbs ("This article is…",
// "This summary was…", "Cet article a été…"), or with them after one of
// selfLeads ("The information in this article is…"), and goes on with a
// word of a disclaimer or a disclosure (disclaimerWords) or of a text not
// yet final (statusWords); a note on a page (pageNouns: "The text on
// this page has been prepared for the Official Report … and may differ
// from the final version.") needs the latter.
//
// A note longer than selfNoteMaxWords (up to transcriptNoteMaxWords) is
// one only when it is a transcript's: the noun names the transcript, or
// the text says it is one ("This article is a transcript of this
// conference call …"), and a word of its errors follows.
func (s *scratch) selfNote(words int) bool {
	w := 0
	if colon := labelColon(s.lower); colon > 0 && colon <= maxLabelBytes {
		k := 0
		for k < len(s.words) && s.words[k][1] <= colon {
			k++
		}
		if k <= 4 {
			w = k
		}
		for label := range disclosureLabels {
			if s.labelIs(label, colon) {
				return true // "Affiliate disclosure: …", whatever voice it speaks in
			}
		}
		for label := range plainDisclosureLabels {
			if s.labelIs(label, colon) {
				// "Disclosure: Some links on this page are affiliate
				// links": the site's, when it names affiliate links.
				for k := range s.words {
					if affiliateWords[string(s.lower[s.words[k][0]:s.words[k][1]])] {
						return true
					}
				}
			}
		}
	}
	// Map lookups by string(bytes) allocate nothing: this runs for
	// every line.
	word := func(k int) []byte { return s.lower[s.words[k][0]:s.words[k][1]] }
	if w < len(s.words) && selfLeadFirst[string(word(w))] {
		// "The information in this article is …": the note names
		// what the text holds before the text itself.
		for _, lead := range selfLeads {
			if string(word(w)) == lead[0] && s.phraseAt(w+1, lead[1:]) {
				w += len(lead)
				break
			}
		}
	}
	if w+1 < len(s.words) && transcriptNouns[string(word(w))] && selfVerbs[string(word(w+1))] {
		// The note under a caption widget names its transcript with
		// no demonstrative ("Transcript is auto-generated from the
		// video's captions and has not been edited."): it is a note
		// only when it says a machine made the text (machineWords);
		// "Transcript was full of errors, defence says" is a story's.
		for k := w + 2; k < len(s.words) && k <= w+2+machineReach; k++ {
			if machineWords[string(word(k))] {
				return true
			}
		}
		return false
	}
	if w+2 >= len(s.words) {
		return false
	}
	page := pageNouns[string(word(w+1))]
	if !selfWords[string(word(w))] || !selfNouns[string(word(w+1))] && !page || !selfVerbs[string(word(w+2))] {
		return false
	}
	// An update or a correction note ("This story was updated at 5:45
	// p.m. to include…") is the article's own record, kept as text
	// (the Zyte gold keeps it).
	for k := w + 3; k < min(w+6, len(s.words)); k++ {
		if updateWords[string(word(k))] {
			return false
		}
	}
	// Only a disclaimer's or a disclosure's words make it a note: "This
	// article has been adapted from its original source", "This article
	// was reprinted on Wired.com" and "This post will discuss the
	// following:" are the text (the Zyte gold keeps all three).
	transcript := transcriptNouns[string(word(w+1))] ||
		w+4 < len(s.words) && articleWords[string(word(w+3))] && transcriptNouns[string(word(w+4))]
	long := words > selfNoteMaxWords
	if long && !transcript {
		return false
	}
	for k := w + 3; k < len(s.words); k++ {
		if !long && (statusWords[string(word(k))] || !page && disclaimerWords[string(word(k))]) ||
			!page && transcript && transcriptWords[string(word(k))] {
			return true
		}
	}
	return false
}

// aiLabelMaxWords bounds a generator's label: its verb, "by", the
// app's name and "AI" ("Summarised by Skim AI", four words; "Generated
// by Newsbot Pro AI", five).
const aiLabelMaxWords = 6

// aiVerbs open a generator's label over the text a machine wrote,
// lower case, British and American spellings.
var aiVerbs = set(`summarised summarized generated written created produced`)

// aiLabel reports whether the line is the label an AI summary app sets
// over the bullets it wrote ("✨ Summarised by Skim AI"), as a
// disclosure's "Generated by AI" is: one of aiVerbs opening the line
// (its icon before it), "by", and "AI" closing it after the app's name.
// A story's short line "Summarised by a judge" names no AI; the label
// is the publisher's note on its text, a self-note.
func (s *scratch) aiLabel() bool {
	n := len(s.words)
	word := func(k int) []byte { return s.lower[s.words[k][0]:s.words[k][1]] }
	return n >= 3 && aiVerbs[string(word(0))] && string(word(1)) == "by" && string(word(n-1)) == "ai" &&
		len(bytes.TrimSpace(s.lower[s.words[n-1][1]:])) == 0
}

// statusTail returns where a record's status note starts in line when
// it follows the line's first sentence or sentences ("DRAFT – published
// 11 November 2025. These minutes are draft until they are approved at
// the next meeting of the Committee."), 0 when it does not: a sentence
// after the first (shortSentences) that opens with a self-note's words
// for the record itself (selfWords, pageNouns, selfVerbs) and says its
// text is not final (statusWords), within selfNoteMaxWords. The note is
// the publisher's; the date before it is the record's own, which the
// engine reads. Lines without a second sentence opening with a
// demonstrative cost a scan and no allocation.
func statusTail(line string) int {
	if len(line) > 4*selfNoteMaxWords*8 {
		return 0
	}
	var s *scratch
	for i := 0; i+2 < len(line); i++ {
		if c := line[i]; (c != '.' && c != '?' && c != '!') || line[i+1] != ' ' {
			continue
		}
		rest := line[i+2:]
		first, _, _ := strings.Cut(rest, " ")
		if !selfWords[strings.ToLower(first)] || !unicode.IsUpper(rune(first[0])) {
			continue
		}
		if s == nil {
			s = &scratch{}
		}
		f := s.measure(rest, nil)
		if f.words > selfNoteMaxWords || len(s.words) < 3 || !pageNouns[string(s.lower[s.words[1][0]:s.words[1][1]])] ||
			!s.selfNote(f.words) {
			continue
		}
		return i + 2
	}
	return 0
}

// machineReach is how many words after a bare transcript note's verb
// may come before the word of a machine's making: "Transcript is
// auto-generated" (0), "Transcript was generated automatically" (1),
// "Transcription générée automatiquement" has no verb and is not read.
const machineReach = 3

// replayPhrase is the French passive infinitive of a broadcaster's replay
// pointer ("Le sujet est à réécouter dans « Le Journal de midi »").
var replayPhrase = []byte("à réécouter")

// replayMaxWords bounds a replay line: the longest measured, a show's
// name and its hours, has 20 words.
const replayMaxWords = 32

// replay reports whether the line opens, at its first byte, with one of replayVerbs and names
// one of broadcastWords after it.
func (s *scratch) replay() bool {
	if bytes.Contains(s.lower, replayPhrase) {
		return true // "Le sujet est à réécouter dans « Le Journal de midi »"
	}
	if len(s.words) < 2 || len(bytes.TrimSpace(s.lower[:s.words[0][0]])) > 0 || !replayVerbs[string(s.lower[s.words[0][0]:s.words[0][1]])] {
		return false // most lines: no loop. A quotation's first word ("«Escucha, …»") is no order.
	}
	for _, w := range s.words[1:] {
		word := s.lower[w[0]:w[1]]
		if k := bytes.IndexByte(word, '\''); k >= 0 {
			word = word[k+1:] // an elided article: "l'émission"
		}
		if broadcastWords[string(word)] {
			return true
		}
	}
	return false
}

// subscribe reports whether the line opens, after at most an emoji or a
// pointer, with an imperative to subscribe or follow (subscribeVerbs) and
// names a channel to do it on within subscribeReach words (networkWords,
// alone or before a hyphen, and for subscribing channelWords):
// "👉 Подписывайтесь на канал «Дайджест Прилесья» в Telegram, чтобы…",
// "Падпісвайцеся на наш Telegram-канал, каб…", "Follow us on WhatsApp
// for…", "Sign up for our morning briefing"; or, to subscribe, the access a paywall sells (accessWords:
// "Subscribe to the Courier today for full access to every story.");
// or with an order to like the site's page (likeVerbs, then "us" or
// "our": ourWords) and a network or the page itself (pageWords: "Like
// our page for the latest news from Bhutan.", "Like us on Facebook").
// A story reports that people subscribed; it does not tell the reader
// to. Counted with the replay lines (wReplay), bounded like them.
func (s *scratch) subscribe() bool {
	if len(s.words) < 3 {
		return false
	}
	first := s.lower[s.words[0][0]:s.words[0][1]]
	sub, follow := subscribeVerbs[string(first)], followVerbs[string(first)] // no allocation: every line comes here
	if !sub && string(first) == "sign" && string(s.lower[s.words[1][0]:s.words[1][1]]) == "up" {
		sub = true // "Sign up for the Vanua Daily morning briefing"
	}
	if string(first) == "entre" && enterWords[string(s.lower[s.words[1][0]:s.words[1][1]])] {
		// Portuguese "Entre no canal do WhatsApp" (join): the
		// imperative of entrar before "em" or its contraction with
		// the article; the preposition "entre" (between) is followed
		// by its noun's article or a number ("Entre os moradores",
		// "Entre 2019 e 2021"), never by "no" or "na". A network must
		// still follow, as for any order to follow.
		follow = true
	}
	// "Like us on Facebook", "Like our page for the latest news": an
	// order to like is the site's only when it names the site, "us" or
	// "our" ("Like many residents, she follows the council on
	// Facebook" is a sentence).
	like := likeVerbs[string(first)] && ourWords[string(s.lower[s.words[1][0]:s.words[1][1]])]
	// "Like and follow Tonga News Hub for more news every day!", "Like
	// & share our page": two orders to the reader joined, as a page's
	// call under its posts words it, need no "us" when the call ends
	// in an exclamation mark; else the page, "us" or a network must be
	// what they ask for. A story's line that opens with the two words
	// joined names things ("Like and share buttons were removed …").
	likeAnd := false
	if likeVerbs[string(first)] {
		if k := s.coordinatedOrder(); k > 0 {
			var object []byte
			if k+1 < len(s.words) {
				object = s.lower[s.words[k+1][0]:s.words[k+1][1]]
			}
			likeAnd = bytes.HasSuffix(bytes.TrimSpace(s.lower), []byte("!")) ||
				ourWords[string(object)] || pageWords[string(object)] || networkWords[string(object)]
		}
	}
	if !sub && !follow && !like && !likeAnd {
		return s.subscribeLast()
	}
	if lead := bytes.TrimSpace(s.lower[:s.words[0][0]]); utf8.RuneCount(lead) > 2 {
		return false // a quotation's or a sentence's word, not the line's order
	}
	if likeAnd {
		return true
	}
	for _, w := range s.words[1:min(len(s.words), subscribeReach)] {
		word := string(s.lower[w[0]:w[1]])
		if networkWords[word] || sub && (channelWords[word] || accessWords[word]) || like && pageWords[word] {
			return true
		}
		// The network and the channel in one word, as Slavic pages
		// join them: "на наш Telegram-канал", "YouTube-канал".
		if k := strings.IndexByte(word, '-'); k > 0 && networkWords[word[:k]] {
			return true
		}
		if networkInflected(word) {
			return true
		}
	}
	return false
}

// coordinatedOrder returns the index of the second verb when the line's
// first word is joined to a second order to the reader (one of
// andWords, or an ampersand, then one of followVerbs, subscribeVerbs or
// shareVerbs), with only spaces between the words: "Like and follow",
// "Like & share", "Aimez et partagez"; else 0.
func (s *scratch) coordinatedOrder() int {
	if len(s.words) < 3 {
		return 0
	}
	gap := bytes.TrimSpace(s.lower[s.words[0][1]:s.words[1][0]])
	k := 1
	switch {
	case string(gap) == "&":
	case len(gap) == 0 && andWords[string(s.lower[s.words[1][0]:s.words[1][1]])]:
		k = 2
	default:
		return 0
	}
	if k == 2 && len(bytes.TrimSpace(s.lower[s.words[1][1]:s.words[2][0]])) != 0 {
		return 0
	}
	verb := s.lower[s.words[k][0]:s.words[k][1]]
	if followVerbs[string(verb)] || subscribeVerbs[string(verb)] || shareVerbs[string(verb)] {
		return k
	}
	return 0
}

// networkCaseEnding is the longest ending a Slavic or Baltic language
// adds to a network's name in an order to follow it ("na Facebooku",
// "na Instagramie", "в Телеграме" is Cyrillic and not read here): three
// letters cover the Slavic locatives (-u, -ie, -om, -em) and the Baltic
// ones (-ā, -e), and no network's name plus three letters is another
// common word.
const networkCaseEnding = 3

// networkInflected reports whether word is a network's Latin name with a
// case ending (networkCaseEnding), as Serbian, Croatian, Polish or Czech
// orders to follow put it: "Pratite nas na Facebooku".
func networkInflected(word string) bool {
	for _, n := range [...]string{"facebook", "instagram", "twitter", "youtube", "tiktok", "telegram", "viber", "whatsapp"} {
		if rest, ok := strings.CutPrefix(word, n); ok && rest != "" && len(rest) <= networkCaseEnding {
			return true
		}
	}
	return false
}

// subscribeLast reports whether a clause of the line, of at most
// subscribeReach words, ends with an imperative to subscribe of a
// verb-last language (finalSubscribeVerbs) and names a network in it,
// alone or before a hyphen, or a channel (channelWords): the line's
// first clause ("«Татар-информ»ның Telegram-каналына язылыгыз – иң
// мөһим яңалыклар беренче булып сездә!"), or its last, with nothing
// after the order but the channel's handle or address (handleOnly:
// "Өрөспүүбүлүкэ сонуннарын бастакынан билээри гыннаххытына, каналга
// сурутуйуҥ: @sonun_digest", if you want the republic's news first,
// subscribe to the channel). The order closes its clause and the post;
// a story that reports it goes on after it ("язылыгыз дип язды").
func (s *scratch) subscribeLast() bool {
	// The first clause: its words up to the first mark.
	end := 1
	for end < len(s.words) && !s.clauseEnds(end-1) {
		end++
	}
	if s.clauseEnds(end-1) && s.orderEnds(0, end) {
		return true
	}
	// The last clause: the order is the line's last word, or the last
	// word before the channel's handle.
	v := len(s.words) - 1
	if h := handleAt(s.lower); h >= 0 {
		for v >= 0 && s.words[v][1] > h {
			v--
		}
		if v < 0 || !handleOnly(s.lower[s.words[v][1]:]) {
			return false
		}
	}
	start := v
	for start > 0 && !s.clauseEnds(start-1) {
		start--
	}
	return start > 0 && s.orderEnds(start, v+1)
}

// clauseEnds reports whether a mark (a comma, a full stop, a colon, a
// dash…) follows word k of the line, or the line ends there.
func (s *scratch) clauseEnds(k int) bool {
	return k+1 == len(s.words) || bytes.ContainsAny(s.lower[s.words[k][1]:s.words[k+1][0]], ",.!?:;–—")
}

// orderEnds reports whether the clause of words [i, j), of at most
// subscribeReach words, ends with one of finalSubscribeVerbs and names
// a network (alone or before a hyphen) or a channel before it. Map
// lookups by string(bytes) allocate nothing.
func (s *scratch) orderEnds(i, j int) bool {
	if j <= i || j-i > subscribeReach {
		return false
	}
	order := j - 1 // the order's first word
	switch {
	case finalSubscribeVerbs[string(s.lower[s.words[j-1][0]:s.words[j-1][1]])]:
	case j-2 > i && finalOrderAux[string(s.lower[s.words[j-1][0]:s.words[j-1][1]])] &&
		finalOrderNouns[string(s.lower[s.words[j-2][0]:s.words[j-2][1]])]:
		order = j - 2 // Turkish "takip edin", "abone olun"
	default:
		return false
	}
	for _, w := range s.words[i:order] {
		word := s.lower[w[0]:w[1]]
		if networkWords[string(word)] || channelWords[string(word)] {
			return true
		}
		if k := bytes.IndexByte(word, '-'); k > 0 && networkWords[string(word[:k])] {
			return true
		}
		// Turkish sets a case ending after a proper name's apostrophe:
		// "Instagram'dan", "YouTube'da".
		if k := bytes.IndexByte(word, '\''); k > 0 && networkWords[string(word[:k])] {
			return true
		}
	}
	return false
}

// handleAt returns the offset in l of the last channel handle or
// address ("@sonun_digest", "t.me/…", "https://…"), or -1.
func handleAt(l []byte) int {
	at := bytes.LastIndexByte(l, '@')
	for _, p := range [...]string{"t.me/", "https://"} {
		at = max(at, bytes.LastIndex(l, []byte(p)))
	}
	return at
}

// handleOnly reports whether b, the rest of a line after an order to
// subscribe, is only a channel's handle or address after a colon or a
// dash or none (": @sonun_digest", " – t.me/sonun_digest").
func handleOnly(b []byte) bool {
	b = bytes.TrimSpace(b)
	for _, mark := range [...]string{":", "–", "—", "-"} {
		if rest, ok := bytes.CutPrefix(b, []byte(mark)); ok {
			b = bytes.TrimSpace(rest)
			break
		}
	}
	if !bytes.HasPrefix(b, []byte("@")) && !bytes.HasPrefix(b, []byte("t.me/")) && !bytes.HasPrefix(b, []byte("https://")) {
		return false
	}
	return len(b) > 1 && !bytes.ContainsAny(b, " \t")
}

// subscribeReach: the channel follows the order closely ("Follow The
// New York Times Opinion section on Facebook": the ninth word).
const subscribeReach = 10

// formLabel reports whether line is a required field's label: one or two
// capitalised words of letters (a hyphen inside: "E-Mail") and " *", or
// in a script without capitals (Georgian "სახელი *", Bengali "নাম *")
// words of its letters. Console commands ("player.setav magicka *", an
// AEB page) and footnote marks after a figure are no labels.
func formLabel(line string) bool {
	label, ok := strings.CutSuffix(line, " *")
	if !ok || label == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(label)
	if !unicode.IsUpper(first) && !caselessLabel(first) {
		return false
	}
	for _, r := range label {
		// A vowel sign or virama is part of an Indic letter
		// (Gujarati "ટિપ્પણી *", Hindi "टिप्पणी *"): a mark, not a letter.
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != ' ' && r != '-' {
			return false
		}
	}
	return true
}

// caselessLabel reports whether r is a letter of a script without
// capitals outside Latin, or of Georgian, whose Mkhedruli letters Unicode
// files as lower case since it added their capitals (Mtavruli).
func caselessLabel(r rune) bool {
	return unicode.Is(unicode.Georgian, r) || unicode.IsLetter(r) && !unicode.IsLower(r) && !unicode.Is(unicode.Latin, r)
}

// downloadMaxWords bounds a download link: "Pressefoto: Werk Eschenbrück,
// Luftbild (JPG, 4,8 MB)" has 9 words; a caption with a size is longer
// only when it is a sentence.
const downloadMaxWords = 16

// sizeUnits are the units of a file size, in lower case (French writes
// "Ko" and "Mo").
var sizeUnits = map[string]bool{
	"kb": true, "mb": true, "gb": true, "kib": true, "mib": true, "gib": true,
	"ko": true, "mo": true, "go": true, "bytes": true, "byte": true,
}

// fileSizeEnd reports whether line ends in a bracketed file size, its
// last words a number and a unit, optionally glued ("(212 KB)", "[PDF,
// 1.2MB]", "(JPG, 4,8 MB)").
func fileSizeEnd(line string) bool {
	n := len(line)
	if n < 4 || line[n-1] != ')' && line[n-1] != ']' {
		return false
	}
	open := strings.LastIndexAny(line[:n-1], "([")
	if open < 0 || n-1-open > 32 {
		return false
	}
	f := strings.FieldsFunc(line[open+1:n-1], func(r rune) bool { return r == ' ' || r == '\u00a0' })
	if len(f) == 0 {
		return false
	}
	last := strings.ToLower(f[len(f)-1])
	num := ""
	if sizeUnits[last] && len(f) >= 2 {
		num = f[len(f)-2]
	} else if k := strings.IndexFunc(last, func(r rune) bool { return r >= 'a' && r <= 'z' }); k > 0 && sizeUnits[last[k:]] {
		num = last[:k]
	}
	num = strings.TrimLeft(strings.TrimRight(num, ","), ",")
	if num == "" || num[0] < '0' || num[0] > '9' {
		return false
	}
	for _, r := range num {
		if (r < '0' || r > '9') && r != '.' && r != ',' {
			return false
		}
	}
	return true
}

// consentRowMaxWords bounds a row of consent buttons on one line: three
// or four buttons of up to three words ("Accepter & Fermer Continuer
// sans accepter Personnaliser" has seven).
const consentRowMaxWords = 12

// consentMaxWords bounds a consent banner: the longest measured run to
// about 60 words (three sentences and the button labels).
const consentMaxWords = 80

// consentReach bounds the first sentence of a consent banner whose verb
// comes last: "Ev malper ji bo ku ezmûna we baştir bike çerezan (cookie)
// bi kar tîne." has its cookies at the ninth word and its verb at the
// twelfth.
const consentReach = 24

// siteCookies reports whether the line opens with the site as the
// subject of its first sentence (consentSubjects: "Ev malper", "Bu web
// sitesi", "Бұл сайт") and that sentence, within consentReach words,
// names cookies (cookieStems) and the site's using them (useWords), in
// any order: the consent banner of a language that puts its verb last,
// where no opening phrase holds the verb and the cookies, as
// consentOpeners do for "We use cookies" ("Bu web sitesi, deneyiminizi
// iyileştirmek için çerezleri kullanmaktadır."). A story about a site
// and its cookies tells what was done to it, not that it uses them.
func (s *scratch) siteCookies() bool {
	if len(s.words) < 3 {
		return false
	}
	n := 0
	if s.firstIn(consentSubjectFirst) {
		for _, p := range consentSubjects {
			if s.phraseAt(0, p) {
				n = len(p)
				break
			}
		}
	}
	if n == 0 && !s.sitePlaced() {
		return false
	}
	cookie, use := false, false
	for k := n; k < len(s.words) && k < consentReach; k++ {
		if k > 0 && bytes.ContainsAny(s.lower[s.words[k-1][1]:s.words[k][0]], ".!?") {
			break // the first sentence ended
		}
		w := s.lower[s.words[k][0]:s.words[k][1]]
		cookie = cookie || hasStem(w, cookieStems)
		use = use || useWords[string(w)]
	}
	return cookie && use
}

// sitePlaced reports whether the first sentence of the line, within
// consentReach words, names the site as the place where it uses its
// cookies, in the first person (consentPlaces: Turkish "sitemizde", on
// our site): a verb-last banner may open with its purpose and set the
// site after it ("Size daha iyi hizmet sunabilmek için sitemizde
// çerezler kullanıyoruz."). siteCookies asks the same cookies and verb
// of it as of a site named first. A story's sentence speaks of a site
// in the third person.
func (s *scratch) sitePlaced() bool {
	for k := 0; k < len(s.words) && k < consentReach; k++ {
		if k > 0 && bytes.ContainsAny(s.lower[s.words[k-1][1]:s.words[k][0]], ".!?") {
			return false
		}
		if consentPlaces[string(s.lower[s.words[k][0]:s.words[k][1]])] {
			return true
		}
	}
	return false
}

// audienceMaxBytes bounds a line that may be an audience's label alone:
// the longest, "Compartilhado com Amigos dos amigos", is 35 bytes; 64
// leaves room for the other languages' and a group's kind.
const audienceMaxBytes = 64

// audienceFirst holds the first words of postAudiences and groupKinds.
var audienceFirst = func() []string {
	m := firstWords(postAudiences)
	for w := range firstWords(groupKinds) {
		m[w] = true
	}
	return slices.Sorted(maps.Keys(m))
}()

// audienceOpens reports whether line's first word is one of
// audienceFirst, in any case. It allocates nothing, so that measure
// reads every short line with it (TestMeasureAllocs).
func audienceOpens(line string) bool {
	line = strings.TrimSpace(line)
	first := line
	if k := strings.IndexAny(line, " \t:"); k >= 0 {
		first = line[:k]
	}
	for _, w := range audienceFirst {
		if strings.EqualFold(first, w) {
			return true
		}
	}
	return false
}

// audienceLabel returns s as postAudiences hold a label: lower case,
// spaces collapsed, a colon after the verb read as a space (Facebook
// sets one in some interfaces, "Jaettu: Julkinen").
func audienceLabel(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(strings.ToLower(s), ":", " ")), " ")
}

// postHeadMaxWords bounds a post's header: "September 30 at 11:05 PM ·
// Shared with Friends of friends" has eleven words.
const postHeadMaxWords = 12

// postHead reports whether line ends, after a middle dot, with the label
// of a social post's audience icon (postAudiences): "2d · Shared with
// Public"; or is that label alone, as a capture that shows the post no
// time stamp prints it under the poster's name ("Shared with Public"),
// or a group's kind alone, as Facebook prints it under the group's
// name (groupKinds: "Public group", "Groupe privé"). Neither label is
// a sentence, and Facebook's audience verb before its audiences, or a
// group's kind as a line of its own, is no story's line.
func postHead(line string) bool {
	if len(line) <= audienceMaxBytes && audienceOpens(line) {
		if label := audienceLabel(line); postAudiences[label] || groupKinds[label] {
			return true
		}
	}
	k := strings.LastIndex(line, "·")
	if k < 0 {
		return false
	}
	if postAudiences[audienceLabel(line[k+len("·"):])] {
		return true
	}
	// A scrape that loses the icon's label keeps the icon as an emoji
	// ("Admin · 🌍"), or loses the icon too and keeps the dot alone
	// after the age ("3d ·"): alone, the emoji or the dot says little,
	// so what stands before the dot must be the header's too, the
	// post's age ("2h") or the poster's role in the group or page
	// (postRoles).
	icon := strings.TrimSpace(strings.ReplaceAll(line[k+len("·"):], "\uFE0F", ""))
	if icon != "" && !postIcons[icon] {
		return false
	}
	before := strings.ToLower(strings.Join(strings.Fields(line[:k]), " "))
	return postRoles[before] || postAge(before)
}

// postAge reports whether s is a social post's age as its header
// abbreviates it: a number and a unit letter or two ("2h", "3d", "5m",
// "1w", "2y", "4hrs", "10min"), the number in Arabic-Indic figures too
// ("٥ س", five hours, as Facebook's Arabic interface prints it).
func postAge(s string) bool {
	n, _ := leadingFigures(s)
	if n == 0 || n == len(s) {
		return false
	}
	return postAgeUnits[strings.TrimSpace(s[n:])]
}

// partnerCookies reports whether the line opens with the consent
// framework's "we and our partners" (partnerOpeners), or with the site
// naming itself in the place of "we" and counting its partners
// (sitePartners: "Horizon and our 142 partners use cookies …"), and
// names cookies (cookieStems) in its first sentence, within
// consentReach words: the banner's text, where a company's statement
// "We and our partners use every means …" names none.
func (s *scratch) partnerCookies() bool {
	if !s.opensWith(partnerOpeners) && !s.sitePartners() {
		return false
	}
	for k := 1; k < len(s.words) && k < consentReach; k++ {
		if bytes.ContainsAny(s.lower[s.words[k-1][1]:s.words[k][0]], ".!?") {
			return false // the first sentence ended
		}
		if hasStem(s.lower[s.words[k][0]:s.words[k][1]], cookieStems) {
			return true
		}
	}
	return false
}

// sitePartnersMaxName bounds the site's name before "and our partners"
// in a consent banner's opening: "Horizon", "The Harlow Courier",
// "Yahoo News UK" take three words at most; four leaves room.
const sitePartnersMaxName = 4

// sitePartners reports whether the line opens with a name of at most
// sitePartnersMaxName words, then "and our" ("et nos") and the
// partners' word ("partners", "partenaires"), their count between or
// not: an aggregator's consent banner, which names the site where the
// framework's text says "we" ("Horizon and our 142 partners use
// cookies …", "Yahoo et nos partenaires …"). partnerCookies asks the
// cookies of the sentence too.
func (s *scratch) sitePartners() bool {
	for k := 1; k <= sitePartnersMaxName && k+2 < len(s.words); k++ {
		w := string(s.lower[s.words[k][0]:s.words[k][1]])
		our := string(s.lower[s.words[k+1][0]:s.words[k+1][1]])
		if !(w == "and" && our == "our") && !(w == "et" && our == "nos") {
			continue
		}
		n := k + 2
		if tally(string(s.lower[s.words[n][0]:s.words[n][1]])) && n+1 < len(s.words) {
			n++
		}
		p := string(s.lower[s.words[n][0]:s.words[n][1]])
		return p == "partners" || p == "partenaires"
	}
	return false
}

// hasStem reports whether w begins with one of stems.
func hasStem(w []byte, stems []string) bool {
	for _, st := range stems {
		if len(w) >= len(st) && string(w[:len(st)]) == st {
			return true
		}
	}
	return false
}

// opensWith reports whether the line's first words are one of phrases.
func (s *scratch) opensWith(phrases [][]string) bool {
	if len(s.words) == 0 {
		return false
	}
	first := s.lower[s.words[0][0]:s.words[0][1]]
	for _, p := range phrases {
		if string(first) == p[0] && s.phraseAt(1, p[1:]) {
			return true
		}
	}
	return false
}

// metaRowMaxFields and metaRowFieldMaxWords bound a theme's meta row
// under the title: the account, the category, the comment count and a
// date make four fields of at most four words each ("Kategória:
// Slovensko", "0 komentárov"); a longer field is a phrase of prose, and
// bars between phrases of prose are a headline's or a menu's, not the
// post's line.
const (
	metaRowMaxFields     = 4
	metaRowFieldMaxWords = 4
)

// metaRowHead returns the first field of a line of two to
// metaRowMaxFields short fields set between bars, none ending a
// sentence, and whether the line is one.
func metaRowHead(line string) (string, bool) {
	if !strings.Contains(line, "|") {
		return "", false // most lines: no bar, and no allocation
	}
	head, n := "", 0
	for rest, more := line, true; more; n++ {
		var p string
		p, rest, more = strings.Cut(rest, "|")
		p = strings.TrimSpace(p)
		if n == 0 {
			head = p
		}
		w := countFields(p)
		if n >= metaRowMaxFields || w == 0 || w > metaRowFieldMaxWords || endsSentence(p) {
			return "", false
		}
	}
	return head, true
}

// countFields counts s's words between spaces, as strings.Fields would
// cut them, without allocating.
func countFields(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// postMetaMaxWords bounds a post line: "Posted on November 8, 2025 by
// newsdesk" has 7 words.
const postMetaMaxWords = 8

// isPostMeta reports whether line, of words words, is a blog's post line:
// at most postMetaMaxWords words, no sentence end, and either opening
// "Posted by" or "Posted on", or a date and then "by" and a user name in
// lower case ("November 8, 2025 by newsdesk"): a CMS account, where a
// byline names a person in capitals ("By Jane Doe"). An account named
// after its role (roleAccounts: "Editor", Swahili "Mhariri") is one in
// capitals too, and a language's everyday word for "by" (roleBy) counts
// before such a name alone.
func isPostMeta(line string, words int) bool {
	if head, ok := metaRowHead(line); ok {
		// The theme's meta row, its fields between bars ("Zverejnil:
		// admin  |  Kategória: Slovensko  |  0 komentárov", "By admin
		// | News | 0 Comments"): the row is the post's line when its
		// first field is.
		return isPostMeta(head, countFields(head))
	}
	if words == 0 || words > postMetaMaxWords+commentLinkMaxWords || endsSentence(line) {
		return false
	}
	if rest, k := cutCommentLink(line); k > 0 {
		// The theme's link to the comments closes the line ("… by
		// admin Leave a comment"): not the account's name.
		line, words = rest, words-k
	}
	if words == 0 || words > postMetaMaxWords {
		return false
	}
	f := strings.Fields(line)
	if len(f) > 1 && postedWords[strings.ToLower(f[0])] && postedNext[f[1]] {
		return true
	}
	if jaAgeLine(f) || len(f) == 1 && hatenaIDLine(f[0]) {
		// A Japanese blog's post line, the author and the post's age
		// ("はるの 6時間前"), or the account alone in Hatena's notation
		// ("id:haruno_mizushiro"): see jablog.go.
		return true
	}
	n := len(f)
	if n == 2 && roleAccounts[strings.ToLower(f[1])] && (byWords[strings.ToLower(f[0])] || bylineLabel(f[0])) {
		// The account alone under its "by" or its label, no date
		// ("by admin", "By admin", "Publikoval: admin", "Autor:
		// admin"): a theme that prints the author apart from the
		// date. A role's name is WordPress's default account, never
		// the person a byline names, and a line of two words holds no
		// sentence to lose.
		return true
	}
	if n < 3 {
		return false
	}
	for k := 1; k+1 < n; k++ {
		// "Posted on" after the date, as Telugu's WordPress words it
		// ("%s నాడు ప్రచురితం"): the theme's own words, whoever the
		// account after them.
		if postedAfter[f[k]] == f[k+1] && datedWords(f[:k]) {
			return true
		}
	}
	user, date := f[n-1], f[:n-2] // the date is before "by" and the name
	if n >= 5 && postedWords[strings.ToLower(f[0])] && postedIn[f[1]] && byWords[f[n-2]] {
		// "Posted in News by kilnender": the post's category and its
		// account, as classic themes (Twenty Ten's and their heirs)
		// print them under the title; no date is needed, the theme's
		// own words open the line and an account in lower case
		// closes it.
		r, _ := utf8.DecodeRuneInString(user)
		return unicode.IsLower(r) && !stopWordLike(user) || roleAccounts[strings.ToLower(user)]
	}
	role := false
	switch {
	case byWords[f[n-2]]:
		role = roleAccounts[strings.ToLower(user)]
	case roleBy[f[n-2]]:
		if role = roleAccounts[strings.ToLower(user)]; !role {
			return false
		}
	case byAfter[f[n-1]]:
		// A language whose "by" follows the name: Gujarati "ઓક્ટોબર 16,
		// 2025 admin દ્વારા", Hindi "… admin द्वारा".
		user = f[n-2]
	default:
		return false
	}
	r, _ := utf8.DecodeRuneInString(user)
	if !role && (!unicode.IsLower(r) || stopWordLike(user)) {
		return false
	}
	// The post's date before it: a year ("2025") or a month's name.
	// Without one, "by" and a lower-case word end a headline ("Prisons
	// plagued by understaffing").
	return datedWords(date)
}

// datedWords reports whether words hold a date's year ("2025") or a
// month's name.
func datedWords(words []string) bool {
	for _, w := range words {
		w = strings.Trim(w, ",.")
		if yearWord(w) || monthName(w) {
			return true
		}
	}
	return false
}

// yearWord reports whether w is a year of 19xx or 20xx.
func yearWord(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == ""
}

// dateBarLabelWords bounds the section label of a page's date bar
// ("Xã hội", "Politics", "Local News").
const dateBarLabelWords = 3

// isDateBar reports whether line is a page's date bar: two to four parts
// between bars, one of them a date (a year, or a day/month/year in
// figures) and each other a date, a time ("11:12", "09:12 (GMT+7)") or a
// section label of at most dateBarLabelWords words without figures, with
// at least one time or label, or a comment count (countPart):
// "Xã hội | Thứ Ba, 15/10/2024 | 11:12", "Politics | 14 October 2024",
// "Alarobia 14 Mey 2025 | 07:15 | Hevitra (0)".
// The page prints it above the story; a story's own dateline opens its
// first sentence and is never a line of bars.
func isDateBar(line string) bool {
	if !strings.Contains(line, " | ") {
		return false
	}
	parts := strings.Split(line, " | ")
	if len(parts) < 2 || len(parts) > 4 {
		return false
	}
	dated, other := false, false
	for _, p := range parts {
		p = strings.TrimSpace(p)
		switch {
		case datePart(p):
			dated = true
		case timePart(p), countPart(p), len(strings.Fields(p)) >= 1 && len(strings.Fields(p)) <= dateBarLabelWords && !strings.ContainsFunc(p, unicode.IsDigit):
			other = true
		default:
			return false
		}
	}
	// Dates alone are a span of days the story tells ("29 November 2018
	// | 20 January 2019", an exhibition's run, kept by the Zyte
	// benchmark's gold): a bar has the section or the time beside them.
	return dated && other
}

// countPart reports whether p is a comment or view count as a date bar
// sets it after the date ("Alarobia 14 Mey 2025 | 07:15 | Hevitra (0)",
// "12 comments"): one of counterWords and its tally in brackets, or a
// figure and one of counterWords.
func countPart(p string) bool {
	f := strings.Fields(p)
	if len(f) != 2 {
		return false
	}
	figure := func(w string) bool { return w != "" && strings.Trim(w, "0123456789") == "" }
	if tally, ok := strings.CutPrefix(f[1], "("); ok && counterWords[strings.ToLower(f[0])] {
		return figure(strings.TrimSuffix(tally, ")")) && strings.HasSuffix(tally, ")")
	}
	return figure(f[0]) && counterWords[strings.ToLower(f[1])]
}

// datePart reports whether p holds a date: a year of 19xx or 20xx, or
// figures joined by "/" or "." (15/10/2024, 15.10.2024), and nothing
// else but a weekday's or a month's words and a time.
func datePart(p string) bool {
	year := false
	for _, w := range strings.FieldsFunc(p, func(r rune) bool { return r == ' ' || r == ',' }) {
		if k := strings.IndexAny(w, "/."); k > 0 && strings.Trim(w, "0123456789/.") == "" && strings.Count(w, w[k:k+1]) == 2 {
			year = true
			continue
		}
		if yearWord(w) {
			year = true
		}
	}
	return year && len(strings.Fields(p)) <= 6
}

// timePart reports whether p is a time of day: "11:12", "09:12 (GMT+7)",
// "11:12 AM".
func timePart(p string) bool {
	f := strings.Fields(p)
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	h, m, ok := strings.Cut(f[0], ":")
	return ok && len(h) >= 1 && len(h) <= 2 && len(m) == 2 && strings.Trim(h+m, "0123456789") == ""
}

// commentLinkMaxWords bounds commentLinks.
const commentLinkMaxWords = 3

// commentLinks are the links to a post's comments that blog themes print
// at the end of its post line, as WordPress's packs word them: "Leave a
// comment" (English, and Telugu's వ్యాఖ్యానించండి).
var commentLinks = []string{"leave a comment", "వ్యాఖ్యానించండి"}

// cutCommentLink returns line without a closing link to the comments
// (commentLinks) and the link's number of words, or line and 0.
func cutCommentLink(line string) (string, int) {
	t := strings.TrimRight(line, " \t")
	for _, l := range commentLinks {
		if len(t) > len(l) && strings.EqualFold(t[len(t)-len(l):], l) && t[len(t)-len(l)-1] == ' ' {
			return t[:len(t)-len(l)-1], strings.Count(l, " ") + 1
		}
	}
	return line, 0
}

// bylineMaxNameWords bounds the name after "By": a person's names or a
// desk's ("By Staff Writer", "By JERUSALEM POST STAFF"); bylineMaxPart
// bounds each part after a bar (a date, a section, a reading time).
const (
	bylineMaxNameWords = 4
	bylineMaxPart      = 5
	// bylineMaxBytes: a longer line is no byline (four name words and
	// a few short parts run to 100 bytes).
	bylineMaxBytes = 200
)

// IsByline reports whether line is only a byline: "By" (Spanish and
// Portuguese "Por", French "Par", German "Von", Dutch "Door") and a name
// of capitalised words, or a desk's name ("NewsBuzz India Desk",
// "Redacción | Regiones"), then only short parts after bars ("| 4 min
// read", "| August 21, 2025", "| BBC News"); no comma in the name, no
// sentence end. A desk needs a bar after it: a line that is only "Metro
// Desk" may be a subhead. Package engine leaves such lines out of an
// article's facts: a byline names who wrote the story, not what it says.
func IsByline(line string) bool {
	ok, _ := byline(strings.TrimSpace(line))
	return ok
}

// byline is IsByline on a trimmed line, and whether every part after the
// name holds a figure (a date, a reading time): a byline the cleaner
// removes. One with a part of words may name the writer's outlet ("By
// Jane Doe | BBC News"), which package credit reads as the publisher of
// a text that names none.
func byline(line string) (ok, meta bool) {
	if line == "" || len(line) > bylineMaxBytes || endsSentence(line) {
		return false, false
	}
	name, rest, barred := strings.Cut(line, " | ")
	first, _, _ := strings.Cut(name, " ")
	opener := false
	if r, _ := utf8.DecodeRuneInString(first); unicode.IsUpper(r) {
		for w := range bylineWords {
			opener = opener || strings.EqualFold(first, w)
		}
	}
	if !opener && !barred {
		return false, false // most lines: no allocation
	}
	meta = true
	for barred {
		var p string
		p, rest, barred = strings.Cut(rest, " | ")
		if n := len(strings.Fields(p)); n == 0 || n > bylineMaxPart {
			return false, false
		}
		meta = meta && strings.ContainsAny(p, "0123456789")
	}
	words := strings.Fields(name)
	if len(words) == 0 || strings.ContainsRune(name, ',') {
		return false, false
	}
	if opener {
		if len(words) < 2 || len(words)-1 > bylineMaxNameWords {
			return false, false
		}
		for _, w := range words[1:] {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && !nameConnectors[w] {
				return false, false
			}
		}
		return true, meta
	}
	ok = name != line && len(words) <= bylineMaxNameWords && deskWords[strings.ToLower(words[len(words)-1])]
	return ok, ok && meta
}

// bylineWords open a byline; deskWords end a desk's name or are one.
var (
	bylineWords    = map[string]bool{"by": true, "por": true, "par": true, "von": true, "door": true}
	nameConnectors = map[string]bool{"de": true, "da": true, "do": true, "dos": true, "van": true, "von": true, "der": true, "den": true, "del": true, "di": true, "la": true, "le": true}
	deskWords      = map[string]bool{"desk": true, "bureau": true, "staff": true, "newsroom": true, "redacción": true,
		"redação": true, "redazione": true, "rédaction": true, "redaktion": true, "redactie": true}
)

// monthName reports whether w is an English month's name or its
// three-letter abbreviation.
func monthName(w string) bool {
	return months[strings.ToLower(w)]
}

// The words of a blog's post line in English, German, French, Spanish,
// Portuguese, Italian, Dutch and Bulgarian: "Posted by", "Publicado el … por
// admin", "Publié le … par", "Veröffentlicht am … von", "Pubblicato il …
// da", "Публикувано от admin".
var (
	postedWords = map[string]bool{"posted": true, "publicado": true, "publicada": true, "publié": true,
		"publiée": true, "veröffentlicht": true, "pubblicato": true, "pubblicata": true,
		// Bulgarian, Russian, Ukrainian: "Публикувано от admin",
		// "Опубликовано admin", "Опубліковано …".
		"публикувано": true, "опубликовано": true, "опубліковано": true,
		// Dutch: "Geplaatst in Nieuws door redactie", "Gepubliceerd op … door".
		"geplaatst": true, "gepubliceerd": true,
		// Swahili, as Blogger's footer words it: "Imetumwa na Baraka
		// Otieno" (posted by).
		"imetumwa": true,
		// Norwegian (Bokmål and Nynorsk), Danish and Swedish, as their
		// WordPress packs and themes word "Posted by": "Publisert av
		// redaksjonen", "Publiceret af", "Publicerad av", "Postet av".
		"publisert": true, "publiceret": true, "publicerad": true, "postet": true}
	postedNext = map[string]bool{"by": true, "on": true, "por": true, "el": true, "em": true, "no": true,
		"par": true, "le": true, "von": true, "am": true, "da": true, "il": true, "от": true, "на": true,
		"av": true, "af": true, "na": true}
	byWords = map[string]bool{"by": true, "por": true, "par": true, "von": true, "da": true, "door": true}
	// postedIn: "in" after "Posted", the post's category following
	// ("Posted in News by admin", "Publié dans Actualités par admin",
	// "Publicado en Noticias por admin", "Publicado em Notícias por
	// admin", "Veröffentlicht in News von admin", "Pubblicato in
	// Notizie da admin").
	postedIn = map[string]bool{"in": true, "dans": true, "en": true, "em": true}
	// roleAccounts: WordPress's user roles as its packs name them
	// (English; Swahili, the sw pack's Kiongozi, Mtunzi, Mchangiaji,
	// Mhariri), lower case: an account named after its role, not a
	// person ("Septemba 18, 2025 na Mhariri", by Editor).
	roleAccounts = map[string]bool{"admin": true, "administrator": true, "editor": true, "author": true, "contributor": true,
		"kiongozi": true, "mtunzi": true, "mchangiaji": true, "mhariri": true}
	// roleBy: a "by" that is also an everyday word, read as a post
	// line's only before a role's name: Swahili "na" (and, with; the sw
	// pack's "Imetumwa na %s", Posts by).
	roleBy = map[string]bool{"na": true}
	// byAfter: "by" as a postposition after the name, in Gujarati
	// (WordPress's gu "%s દ્વારા") and Hindi (द्वारा).
	byAfter = map[string]bool{"દ્વારા": true, "द्वारा": true}
	// postedAfter: "posted on" after the date, its two words, in Telugu
	// (WordPress's and Jetpack's te strings, "%s నాడు ప్రచురితం").
	postedAfter = map[string]string{"నాడు": "ప్రచురితం"}
	months      = set(`january february march april may june july august september october november december
		jan feb mar apr jun jul aug sep sept oct nov dec
		enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
		janeiro fevereiro março maio junho julho setembro outubro novembro dezembro
		janvier février mars avril mai juin juillet août septembre octobre novembre décembre
		januar februar märz juni juli oktober dezember
		gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre`)
)

// bylineLabel reports whether w is a label ending in a colon, one
// word that opens a post's author field ("Publikoval:", "Autor:",
// "Author:", "Auteur :" run together as "Auteur:"): before a role's
// account name alone it is the theme's author line, whatever the
// language's word.
func bylineLabel(w string) bool {
	label, ok := strings.CutSuffix(w, ":")
	if !ok || label == "" {
		return false
	}
	for _, r := range label {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// stopWordLike reports whether w is a function word that can end a
// phrase after "by" in a sentence fragment ("stand by me", "passed by
// here"): not a user name.
func stopWordLike(w string) bool {
	switch strings.ToLower(strings.Trim(w, ".,;:!?")) {
	case "me", "you", "him", "her", "us", "them", "it", "here", "there", "now", "then", "far", "hand", "day", "night", "law", "default", "chance":
		return true
	}
	return false
}

// Breadcrumb trails: trailMaxWords bounds a trail's words per section, so
// that a sentence that happens to hold a » (a quoted title) is not one.
const trailMaxWords = 4

// IsTrail reports whether line is a breadcrumb trail ("Home » UK News"):
// two or more short sections joined by » or › (or " > "), with no
// sentence-final punctuation. A trail is never a headline.
func IsTrail(line string) bool {
	line = strings.TrimSpace(line)
	return isTrail(line, len(strings.Fields(line)))
}

// IsConsentNotice reports whether line is a consent banner's notice,
// the site speaking of its cookies ("We use cookies to …", "Używamy
// plików cookie, aby …"; see features.consent). Package ingest reads a
// plain text's headline past a consent banner at its top: the short
// line over the notice is the banner's heading ("We care about your
// privacy"), not the page's title.
func IsConsentNotice(line string) bool {
	var s scratch
	return s.measure(line, nil).consent
}

// IsConsentButtons reports whether line is a consent banner's buttons:
// one alone ("Got it!", "Akceptuję") or a row of them run together
// ("Accept all Reject all Manage preferences"; see consentButtons).
// Like IsConsentNotice, for package ingest's reading of a headline.
func IsConsentButtons(line string) bool {
	var s scratch
	return consentButtonWords[buttonText(line)] || s.measure(line, nil).consentRow
}

// isTrail reports whether line, of words words, is a breadcrumb trail: two
// or more sections joined by » or › (or " > "), each of at most
// trailMaxWords words, with no sentence-final punctuation.
//
// The last section may be the page's own title, as WordPress's
// breadcrumbs end ("Home » Cronaca » Notte di paura a Vallemora, a fuoco
// di nuovo…"): up to trailTitleWords words, cut with an ellipsis or not,
// when every section before it is short.
func isTrail(line string, words int) bool {
	if strings.Contains(line, "«") {
		// A title in the trail may quote («Ora una fascia…»): its
		// closing marks are no separators.
		line = unquoteGuillemets(line)
	}
	// Japanese sites part their trails with a full-width "＞" ("ホーム ＞
	// 県内ニュース").
	seps := strings.Count(line, "»") + strings.Count(line, "›") + strings.Count(line, " > ") + strings.Count(line, " ＞ ")
	slashes := false
	if seps == 0 {
		// A trail parted by slashes ("Forside / Lokalt / Nordjylland")
		// needs two of them: one joins a byline's parts ("ATS / Nadine
		// Chappuis") or two words of prose.
		if n := strings.Count(line, " / "); n >= 2 || n == 1 && homeFirst(line) {
			// One slash after the site's home ("Početna / Društvo",
			// "Home / News") is a trail too: a byline's parts name no
			// home.
			seps, slashes = n, true
		} else if n := strings.Count(line, " · "); n >= 2 {
			// A menu flattened with middle dots ("Kezdőlap · Rólam ·
			// Kirándulások · Receptek"): the same rule.
			line = strings.ReplaceAll(line, " · ", " / ")
			seps, slashes = n, true
		}
	}
	if seps == 0 {
		return false
	}
	truncated := strings.HasSuffix(line, "…") || strings.HasSuffix(line, "...")
	if endsSentence(strings.TrimRight(line, "\"'”’» ")) && !truncated {
		// A sentence's full stop, also inside closing quotation marks;
		// a title that ends in a quotation ("…: «Ora una fascia»") is no
		// sentence.
		return false
	}
	if words <= trailMaxWords*(seps+1) && !truncated {
		return true
	}
	sepd := strings.ReplaceAll(strings.ReplaceAll(line, " > ", "»"), " ＞ ", "»")
	if slashes {
		sepd = strings.ReplaceAll(sepd, " / ", "»")
	}
	parts := strings.FieldsFunc(sepd, func(r rune) bool { return r == '»' || r == '›' })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts[:len(parts)-1] {
		if n := len(strings.Fields(p)); n == 0 || n > trailMaxWords {
			return false
		}
	}
	return len(strings.Fields(parts[len(parts)-1])) <= trailTitleWords
}

// unquoteGuillemets returns line with each guillemet pair «…» replaced
// by straight quotation marks of the same byte length, so that only the
// » of a breadcrumb stays: "Home » Cronaca » Il sindaco: «Ora una
// fascia»".
func unquoteGuillemets(line string) string {
	b := []byte(line)
	open := -1
	for i := 0; i+1 < len(b); i++ {
		if b[i] != 0xC2 {
			continue
		}
		switch {
		case b[i+1] == 0xAB: // «
			open = i
		case b[i+1] == 0xBB && open >= 0: // » closing «
			b[open], b[open+1], b[i], b[i+1] = '"', ' ', ' ', '"'
			open = -1
		}
	}
	return string(b)
}

// trailTitleWords bounds the title that may end a breadcrumb trail: a
// headline's length (HeadlineMaxWords' default).
const trailTitleWords = 20

// phraseAt reports whether the words from index k on begin with rest.
func (s *scratch) phraseAt(k int, rest []string) bool {
	if k+len(rest) > len(s.words) {
		return false
	}
	for j, want := range rest {
		w := s.words[k+j]
		if string(s.lower[w[0]:w[1]]) != want {
			return false
		}
	}
	return true
}

// teaserLabel returns the category of a "Label: text" prefix, or catNone.
func (s *scratch) teaserLabel() category {
	colon := labelColon(s.lower)
	if colon <= 0 || colon > maxLabelBytes {
		return catNone
	}
	// The label is the words before the colon, joined by single spaces;
	// compare word by word to avoid building it.
	for label, cat := range teaserLabels {
		if s.labelIs(label, colon) {
			return cat
		}
	}
	return catNone
}

// noticeLabel reports whether the line opens with one of noticeLabels
// and a colon.
func (s *scratch) noticeLabel() bool {
	colon := labelColon(s.lower)
	if colon <= 0 || colon > maxLabelBytes {
		return false
	}
	for label := range noticeLabels {
		if s.labelIs(label, colon) {
			return true
		}
	}
	return false
}

// alsoLabel reports whether the line opens with one of alsoLabels and a
// colon, or with one set in capitals before the title ("À LIRE AUSSI
// Commerces ruraux : …", the label in a <strong> of its own), or with a
// topic label naming its topic in capitals before it ("MORE ON ROAD
// DEATHS Learner driver …", topicLabel), or with
// one and a dash before the title, as scripts without capitals set the
// label apart ("ဆက်စပ်ဖတ်ရှုရန် - <title>").
func (s *scratch) alsoLabel(line string) bool {
	if topicLabel(line) {
		return true
	}
	if len(s.words) == 0 || !alsoFirst[string(s.lower[s.words[0][0]:s.words[0][1]])] {
		return false // most lines: no allocation, no loop
	}
	colon := labelColon(s.lower)
	for label := range alsoLabels {
		if colon > 0 && colon <= maxLabelBytes && s.labelIs(label, colon) {
			return true
		}
		n := len(strings.Fields(label))
		if len(s.words) > n && s.labelIs(label, s.words[n-1][1]+1) &&
			(shouted(line, n) || isDash(bytes.TrimSpace(s.lower[s.words[n-1][1]:s.words[n][0]])) ||
				runInAlso(label, line, n)) {
			return true
		}
	}
	return false
}

// runInAlsoMaxWords bounds a read-also box run into one line with its
// title, label and title together: "À lire aussi Barrages : le taux de
// remplissage stagne à 27%" has eleven words.
const runInAlsoMaxWords = 16

// runInAlso reports whether line is a read-also box whose label, in
// sentence case, the extraction ran into the title it links with no
// colon between them ("À lire aussi Barrages : …", the label in a
// <strong> of its own): the label of at least two words that say
// "read this too" (not "see also", a reference's, nor "read more"),
// the title's first word capitalised, the whole a title's length with
// no sentence's end (the caller's). A sentence that opens with the
// words goes on in lower case ("À lire aussi les avis …").
func runInAlso(label, line string, n int) bool {
	if n < 2 || label == "see also" || label == "read more" {
		return false
	}
	f := strings.Fields(line)
	if len(f) <= n || len(f) > runInAlsoMaxWords {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[n])
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// topicLabels open a related-stories label that names its topic, set in
// capitals before the teaser's title as a tabloid's inline box prints
// it, the label in a <strong> of its own ("MORE ON ROAD DEATHS Learner
// driver jailed after …", "MORE ABOUT THE ELECTION …", "LATEST ON
// STORM DARRAGH …"), in capitals as the label is set.
var topicLabels = []string{"MORE ON ", "MORE ABOUT ", "LATEST ON "}

// topicLabelMaxWords bounds the topic after a topic label: "MORE ON
// ROAD DEATHS" names it in two words, "MORE ON THE COST OF LIVING
// CRISIS" in five.
const topicLabelMaxWords = 6

// topicLabel reports whether line opens with one of topicLabels and its
// topic, every word in capitals (at most topicLabelMaxWords after the
// label), and goes on with a title not in capitals: the label run into
// the teaser. A story's sentence does not open with "MORE ON" in
// capitals, and a headline in capitals has no title after it in
// sentence case.
func topicLabel(line string) bool {
	for _, l := range topicLabels {
		if !strings.HasPrefix(line, l) {
			continue
		}
		fs := strings.Fields(line)
		n := strings.Count(l, " ")
		k := n
		for k < len(fs) && shouted(fs[k], 1) {
			k++
		}
		return k > n && k-n <= topicLabelMaxWords && k < len(fs)
	}
	return false
}

// isDash reports whether b is a hyphen, an en dash or an em dash alone.
func isDash(b []byte) bool {
	return string(b) == "-" || string(b) == "–" || string(b) == "—"
}

// shouted reports whether the first n words of line are in capitals.
func shouted(line string, n int) bool {
	for i, w := range strings.Fields(line) {
		if i == n {
			break
		}
		if strings.ToUpper(w) != w || strings.ToLower(w) == w {
			return false
		}
	}
	return true
}

// maxListLabelWords is the most words of a list label ("more on this
// story", "das könnte Sie auch interessieren", Yoruba's seven-word
// "Ìròyìn mìíràn tí ẹ lè nífẹ̀ẹ́ sí", other news you may like).
const maxListLabelWords = 7

// listLabel returns the category of a line that is only a list label, or
// catNone. endStop tells whether the line ends a sentence.
func (s *scratch) listLabel(endStop bool) category {
	if len(s.words) == 0 || len(s.words) > 2*maxListLabelWords {
		return catNone
	}
	end := s.labelEnd()
	if len(s.words) <= maxListLabelWords {
		for label, cat := range listLabels {
			if s.labelIs(label, end) {
				return cat
			}
		}
	}
	if cat := s.pairLabel(end); cat != catNone {
		return cat
	}
	if endStop {
		return catNone
	}
	if s.mostLabel(end) || s.relatedLabel(end) || s.otherLabel(end) {
		return catPromo
	}
	return s.qualifiedLabel(end)
}

// maxRelatedNounWords bounds the words a related box's heading sets
// beside its adjective: a noun of one or two words ("Related
// bulletins", "Boletines relacionados", "Comunicados de prensa
// relacionados" is three and a preposition); more is a headline.
const maxRelatedNounWords = 4

// relatedLabel reports whether the words before end are the heading of
// a related-content box named for what the site publishes: the
// adjective "related" and the site's own noun for its items, which no
// word list holds for every site (posts, stories, bulletins, press
// releases, videos, episodes). English and German set the adjective
// first ("Related bulletins", "Ähnliche Beiträge"), the Romance
// languages last ("Boletines relacionados", "Comunicati correlati",
// "Articles similaires"). The caller has checked that the line ends no
// sentence, and a label stands for a list only with titles under it
// (labelledLists), so a story's subhead of this shape stays.
func (s *scratch) relatedLabel(end int) bool {
	n := len(s.words)
	if n < 2 || n > maxRelatedNounWords+1 || end != len(s.lower) {
		return false
	}
	word := func(k int) []byte { return s.lower[s.words[k][0]:s.words[k][1]] }
	return relatedFirst[string(word(0))] || relatedLast[string(word(n-1))]
}

// maxMostNounWords bounds the words a most-read box's heading sets
// beside its superlative: an article and a noun of one or two words
// ("Les articles les plus lus", "Los podcasts mai escotats", "Most
// viewed videos"); more is a sentence or a headline.
const maxMostNounWords = 3

// mostLabel reports whether the words before end are the heading of a
// most-read box: a superlative of reading, viewing, listening or
// sharing and at most maxMostNounWords words for what the box lists.
// In English the superlative opens the line ("Most read", "Most
// listened podcasts"); in the Romance languages it closes it, an
// adverb and a participle ("Les plus lus", "Las noticias más leídas",
// "I video più visti", "Los podcasts mai escotats"). Sites name the
// box for whatever they rank (articles, videos, podcasts, episodes), so
// the noun is free and the superlative decides; the caller has checked
// that the line ends no sentence, and a label stands for a list only
// with its titles under it (labelledLists).
func (s *scratch) mostLabel(end int) bool {
	n := len(s.words)
	if n < 2 || n > maxMostNounWords+2 || end != len(s.lower) {
		return false
	}
	// Map lookups by string(bytes) in the index expression allocate
	// nothing: every short line comes here.
	word := func(k int) []byte { return s.lower[s.words[k][0]:s.words[k][1]] }
	if string(word(0)) == "most" && mostParticiples[string(word(1))] {
		return true
	}
	return mostAdverbs[string(word(n-2))] && mostParticiples[string(word(n-1))]
}

// maxQualifierWords bounds the place or section after a list label's
// preposition ("Weitere Meldungen aus der Region", "More news from
// Africa", "Autres articles de la rubrique"): a name or a section of a
// few words, with its article.
const maxQualifierWords = 3

// originWords are the prepositions that tie a more-news box's label to
// the place or section its stories come from ("More news from Kenya",
// "Weitere Meldungen aus der Region", "Plus d'articles de la rubrique"),
// lower case: English, German, French, Spanish, Portuguese, Italian,
// Dutch. "in" and "on" are left out: "More on" and "More in" are
// labels of their own (morelabel.go), and a line "Latest news in brief"
// is a section's name.
var originWords = set(`from aus von de du des da di dal dalla del uit van`)

// qualifiedLabel returns the category of a line that is a promo list
// label and the place its stories come from: the label, one of
// originWords, and one to maxQualifierWords words, ending no sentence
// ("Weitere Meldungen aus der Region", "More stories from Wales"); or
// catNone. The caller checks that the line ends no sentence. A box's heading names where its other stories come from; no
// story's line is a list label with a place after it.
func (s *scratch) qualifiedLabel(end int) category {
	n := len(s.words)
	if n < 3 || n > maxListLabelWords+1+maxQualifierWords || end != len(s.lower) {
		return catNone
	}
	for k := n - 2; k >= 1 && n-k-1 <= maxQualifierWords; k-- {
		w := s.words[k]
		if !originWords[string(s.lower[w[0]:w[1]])] {
			continue
		}
		for label, cat := range listLabels {
			if cat == catPromo && s.labelIsFrom(label, 0, w[0]) {
				return cat
			}
		}
	}
	return catNone
}

// pairLabel returns the category of a line that is two list labels, one
// language's and another's, parted by a slash or a bar ("Also Read / Lire
// aussi", "Related News | Nouvelles connexes", "Lesen Sie auch / Lire
// aussi"), as bilingual sites (Canada's, Belgium's, Switzerland's, the
// francophone and anglophone Pacific's and Africa's) print each heading
// in both; or catNone. Each half must be a label of its own: a headline
// with a slash in it ("Read / Write: …") is not.
func (s *scratch) pairLabel(end int) category {
	k := s.labelSplit(end)
	if k == 0 {
		return catNone
	}
	first := catNone
	for label, cat := range listLabels {
		if s.labelIsFrom(label, 0, s.words[k][0]) {
			first = cat
			break
		}
	}
	if first == catNone {
		return catNone
	}
	for label := range listLabels {
		if s.labelIsFrom(label, k, end) {
			return first
		}
	}
	return catNone
}

// labelSplit returns the index of the first word after a slash, a bar
// or a middle dot that parts the line's words before end in two, with
// nothing but spaces and the separator between them, or 0. Bilingual
// sites (South Tyrol's German and Italian, Switzerland's, Belgium's,
// Canada's) set a label's two languages side by side, and those of
// South Tyrol and Switzerland often part them with " · " ("Das könnte
// Sie auch interessieren · Potrebbe interessarti anche").
func (s *scratch) labelSplit(end int) int {
	if len(s.words) < 2 || len(s.words) > 2*maxListLabelWords || !bytes.ContainsAny(s.lower, "/|·") {
		return 0
	}
	for k := 1; k < len(s.words) && s.words[k][0] < end; k++ {
		gap := bytes.TrimSpace(s.lower[s.words[k-1][1]:s.words[k][0]])
		if len(gap) == 1 && (gap[0] == '/' || gap[0] == '|') || string(gap) == "·" {
			return k
		}
	}
	return 0
}

// isPairLabel reports whether the line is two list labels parted by a
// slash or a bar (pairLabel), one of them one of labels.
func (s *scratch) isPairLabel(labels map[string]bool) bool {
	end := s.labelEnd()
	k := s.labelSplit(end)
	if k == 0 {
		return false
	}
	for label := range labels {
		if s.labelIsFrom(label, 0, s.words[k][0]) || s.labelIsFrom(label, k, end) {
			return true
		}
	}
	return false
}

// isWidgetPair reports whether the line is a page widget's question
// in two languages, parted by a slash or a bar, as bilingual public
// bodies print it ("A oedd y dudalen hon yn ddefnyddiol? / Was this
// page helpful?"): both halves of pageWidgets, so that a headline with a
// slash and one widget's words in it stays.
func (s *scratch) isWidgetPair() bool {
	end := s.labelEnd()
	k := s.labelSplit(end)
	if k == 0 {
		return false
	}
	first, second := false, false
	for label := range pageWidgets {
		first = first || s.labelIsFrom(label, 0, s.words[k][0])
		second = second || s.labelIsFrom(label, k, end)
	}
	return first && second
}

// labelEnd is where a label's words end in lower: before a closing
// toggle in brackets, as table-of-contents plugins print it ("Table of
// Contents [hide]", "İçindekiler [gizle]", "Sommaire [masquer]"), else
// the end of the line.
func (s *scratch) labelEnd() int {
	l := bytes.TrimRight(s.lower, " \t")
	if len(l) < 3 || l[len(l)-1] != ']' {
		return len(s.lower)
	}
	open := bytes.LastIndexByte(l, '[')
	if open <= 0 || len(bytes.Fields(l[open+1:len(l)-1])) != 1 {
		return len(s.lower)
	}
	return open
}

// firstIn reports whether the line's first word, lower case, is in m.
// The conversion is written in the index expression, where it does not
// allocate; a function returning the word as a string allocated for a
// word of more than 32 bytes (a run of Chinese), on every such line.
func (s *scratch) firstIn(m map[string]bool) bool {
	return len(s.words) > 0 && m[string(s.lower[s.words[0][0]:s.words[0][1]])]
}

// isLabel reports whether the line's words are one of labels.
func (s *scratch) isLabel(labels map[string]bool) bool {
	end := s.labelEnd()
	for label := range labels {
		if s.labelIs(label, end) {
			return true
		}
	}
	return false
}

// labelIs reports whether the words before offset end of lower spell label.
func (s *scratch) labelIs(label string, end int) bool {
	return s.labelIsFrom(label, 0, end)
}

// labelIsFrom reports whether the words from the first-th before offset
// end of lower spell label.
func (s *scratch) labelIsFrom(label string, first, end int) bool {
	rest := label
	for _, w := range s.words[first:] {
		if w[0] >= end {
			break
		}
		// Compared as bytes: a conversion to a string allocates for a
		// word of more than 32 bytes (a run of Chinese), and this runs
		// for every label of a table on every short line.
		word := s.lower[w[0]:w[1]]
		if len(rest) < len(word) || rest[:len(word)] != string(word) {
			return false
		}
		rest = rest[len(word):]
		if rest != "" {
			if rest[0] != ' ' {
				return false
			}
			rest = rest[1:]
		}
	}
	return rest == ""
}

// markupShare returns fMarkup: 1 for unmistakable markup, else a share of
// code characters and URL bytes. n is the length of the trimmed line.
func (s *scratch) markupShare(n int) float64 {
	l := s.lower
	if n == 0 {
		return 0
	}
	// A line of markup holds one of these bytes (the markers without one,
	// "crossorigin" or "document.write", come with '=' or '(' in practice);
	// most prose lines hold none, so the marker scan is skipped.
	if bytes.ContainsAny(l, "=[(/{!") {
		for _, m := range markupMarkers {
			if bytes.Contains(l, m) {
				return 1
			}
		}
	}
	if hasTag(l) {
		return 1
	}
	code, nonSpace, inURL, urlBytes := 0, 0, false, 0
	for i := 0; i < len(l); i++ {
		c := l[i]
		switch c {
		case '{', '}', '<', '>', ';', '=', '|', '\\':
			code++
		}
		if c == ' ' || c == '\t' {
			inURL = false
			continue
		}
		nonSpace++
		if !inURL && (c == 'h' || c == 'w') && (bytes.HasPrefix(l[i:], []byte("http://")) ||
			bytes.HasPrefix(l[i:], []byte("https://")) || bytes.HasPrefix(l[i:], []byte("www."))) {
			inURL = true
		}
		if inURL {
			urlBytes++
		}
	}
	f := 0.0
	if code >= minMarkupChars {
		f = float64(code) / float64(n) / markupCharShare
	}
	if nonSpace > 0 {
		if u := float64(urlBytes) / float64(nonSpace); u > urlShareMarkup {
			// Bare links are often part of the story (sources, affiliate
			// lists): a quarter weight keeps them near-good, so they go only
			// when short and between chrome.
			f = max(f, u*urlMarkupWeight)
		}
	}
	return min(f, 1)
}

// hasTag reports whether l (lower case) holds an HTML tag of a known
// element: "<p>", "</div>", "<a href…>". Angle brackets around other words
// are text: Korean sites write titles as "<The Palace: Tale of Jang
// Noksu>".
func hasTag(l []byte) bool {
	for i := bytes.IndexByte(l, '<'); i >= 0; {
		j := i + 1
		if j < len(l) && (l[j] == '/' || l[j] == '!') {
			if l[j] == '!' {
				return true // <!-- comment --> or <!DOCTYPE
			}
			j++
		}
		k := j
		for k < len(l) && ('a' <= l[k] && l[k] <= 'z' || '0' <= l[k] && l[k] <= '9') {
			k++
		}
		if k > j && k < len(l) && (l[k] == '>' || l[k] == ' ' || l[k] == '/') && htmlTags[string(l[j:k])] {
			return true
		}
		next := bytes.IndexByte(l[i+1:], '<')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// htmlTags are the elements whose tags betray leftover markup.
var htmlTags = set(`a abbr article aside b blockquote body br button div em embed figcaption
	figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins li link
	meta nav noscript ol option p picture script section select source span strong style sup svg
	table tbody td th tr u ul video`)

// markupMarkers are byte strings that only markup contains.
var markupMarkers = [][]byte{
	[]byte("[/script]"), []byte("[script"), []byte("src=\""), []byte("href=\""), []byte("src='"),
	[]byte("href='"), []byte("crossorigin"), []byte("adsbygoogle"), []byte("function("),
	[]byte("});"), []byte("/>"), []byte("=\"") /* attribute="value" */, []byte("document.write"),
	[]byte("{display:"), []byte("!important"),
}

// captionPrefix reports whether the line opens like a photo caption.
func (s *scratch) captionPrefix() bool {
	l := s.lower
	for _, p := range captionPrefixes {
		if len(l) > len(p) && string(l[:len(p)]) == p && (l[len(p)] == ':' || l[len(p)] == ',' || frenchColon(l[len(p):])) {
			return true
		}
	}
	for _, p := range captionByPrefixes {
		if len(l) > len(p) && string(l[:len(p)]) == p {
			return true
		}
	}
	for _, p := range stockCaptions {
		if len(l) >= len(p) && string(l[:len(p)]) == p {
			if next, _ := utf8.DecodeRune(l[len(p):]); len(l) == len(p) || !isWordRune(next) {
				return true
			}
		}
	}
	return false
}

// mediaMaxWords bounds a media player's label ("Watch the video").
const mediaMaxWords = 4

// mediaLabel reports whether the line is only a video or audio player's
// label (mediaLabels), with the clip's duration in brackets after it or
// none ("▶ Voir le reportage (2:14)"): a figure and a colon is a
// length of time, which no word of the label is.
func (s *scratch) mediaLabel() bool {
	if len(s.words) == 0 || len(s.words) > mediaMaxWords+3 || !mediaFirst[string(s.lower[s.words[0][0]:s.words[0][1]])] {
		return false // most lines: the duration's figures are three words at most
	}
	end := durationStart(s.lower)
	n := 0
	for _, w := range s.words {
		if w[0] < end {
			n++
		}
	}
	if n > mediaMaxWords {
		return false
	}
	for label := range mediaLabels {
		if s.labelIs(label, end) {
			return true
		}
	}
	return false
}

// playerError reports whether the line is only a video or audio
// player's fallback or error text (playerErrors), or an embed's consent
// placeholder (embedConsentPrompts), its closing stop or exclamation
// mark aside: chrome of the player, as its label is. The placeholder
// may print both, one sentence after the other ("Video kan niet worden
// afgespeeld. Accepteer cookies om deze video te bekijken."); each
// sentence must then be one of the two tables' lines.
func (s *scratch) playerError() bool {
	n := len(s.words)
	if n < 2 || n > 2*playerErrorMaxWords {
		return false
	}
	for first := 0; first < n; {
		k := s.playerSentence(first)
		if k == 0 {
			return false
		}
		first += k
	}
	return true
}

// playerSentence returns the number of words of the player's line
// (playerErrors, embedConsentPrompts) that starts at the first-th word
// and ends the line or a sentence, or 0.
func (s *scratch) playerSentence(first int) int {
	w0 := s.lower[s.words[first][0]:s.words[first][1]]
	if !playerErrorFirst[string(w0)] && !embedConsentFirst[string(w0)] {
		return 0
	}
	for t := range 2 {
		table := playerErrors
		if t == 1 {
			table = embedConsentPrompts
		}
		for label := range table {
			k := strings.Count(label, " ") + 1
			if first+k > len(s.words) || !s.labelIsFrom(label, first, s.words[first+k-1][1]) {
				continue
			}
			if first+k == len(s.words) {
				if playerErrorTail(s.lower[s.words[first+k-1][1]:]) {
					return k
				}
				continue
			}
			if between := s.lower[s.words[first+k-1][1]:s.words[first+k][0]]; bytes.ContainsAny(between, ".!") && playerErrorTail(between) {
				return k
			}
		}
	}
	return 0
}

// playerErrorTail reports whether what follows a player's error text
// on its line is only a stop, an exclamation mark, an ellipsis or space.
func playerErrorTail(t []byte) bool {
	return len(bytes.Trim(t, " .!…\t")) == 0
}

// durationStart returns the offset in l of a closing duration in
// brackets ("(2:14)", "(1:02:30)"), or len(l) for none.
func durationStart(l []byte) int {
	t := bytes.TrimRight(l, " \t")
	if len(t) < 5 || t[len(t)-1] != ')' {
		return len(l)
	}
	open := bytes.LastIndexByte(t, '(')
	if open < 0 {
		return len(l)
	}
	parts := bytes.Split(t[open+1:len(t)-1], []byte(":"))
	if len(parts) < 2 || len(parts) > 3 {
		return len(l)
	}
	for k, p := range parts {
		if len(p) == 0 || len(p) > 2 || k > 0 && len(p) != 2 || len(bytes.Trim(p, "0123456789")) > 0 {
			return len(l)
		}
	}
	return open
}

// commentHeadMaxWords bounds a comment's header: a name of a few words,
// the address's two figures, a date and a time.
const commentHeadMaxWords = 14

// ipMasks are the masked halves of an IPv4 address that comment sections
// print under a reader's name ("202.131.xxx.xxx", "66.181.*.*").
var ipMasks = [...][]byte{[]byte(".xxx.xxx"), []byte(".*.*")}

// maskedIP reports whether l holds an IPv4 address whose last two
// figures are masked, after two figures of one to three digits.
func maskedIP(l []byte) bool {
	digits := func(j int) int { // the digits ending at j, counted back
		d := 0
		for j-d > 0 && '0' <= l[j-d-1] && l[j-d-1] <= '9' {
			d++
		}
		return d
	}
	for _, mask := range ipMasks {
		k := bytes.Index(l, mask)
		if k < 0 {
			continue
		}
		d := digits(k)
		if d < 1 || d > 3 || k-d < 1 || l[k-d-1] != '.' {
			continue
		}
		if e := digits(k - d - 1); e >= 1 && e <= 3 {
			return true
		}
	}
	return false
}

// frenchColon reports whether l opens with a colon set after a space, as
// French typography sets it, with a space, a no-break space or a narrow
// one ("Photo : Belga", "Images : Sarah Lenoir").
func frenchColon(l []byte) bool {
	for _, sp := range [...]string{" ", "\u00a0", "\u202f"} {
		if len(l) > len(sp) && string(l[:len(sp)]) == sp && l[len(sp)] == ':' {
			return true
		}
	}
	return false
}

// agencyCaption reports whether line starts and ends with a picture agency
// name, the shape of a caption flattened together with its credit.
func agencyCaption(line string) bool {
	start := ""
	for _, a := range agencies {
		if len(line) > len(a) && line[:len(a)] == a {
			if c := line[len(a)]; c == ' ' || c == '/' || c == ',' {
				start = a
				break
			}
		}
	}
	if start == "" {
		return false
	}
	for _, a := range agencies {
		if len(line) < len(start)+len(a)+minCaptionBytes || !strings.HasSuffix(line, a) {
			continue
		}
		// The credit may be glued to the caption ("White HouseGetty
		// Images"); accept a lower-case letter or a non-letter before it,
		// but not an upper-case letter ("the GAP" is not "AP").
		before, _ := utf8.DecodeLastRuneInString(line[:len(line)-len(a)])
		if !unicode.IsUpper(before) {
			return true
		}
	}
	return false
}

// minCaptionBytes is the least caption text between the two credits.
const minCaptionBytes = 12

// endsSentence reports whether s ends with sentence-final punctuation,
// closing quotes and brackets included.
func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '…', '"', '\'', '”', '’', '»', ')', ']',
		'。', '！', '？', '」', '』', '）':
		return true
	}
	return false
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	// A combining mark is part of its word: Devanagari's vowel signs
	// ("करें" is क, र and the sign ें), as in packages analysis, credit
	// and quote.
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// verdict is the classifier's output for one line.
type verdict struct {
	score  float64
	reason string
}

// score combines the features of a line at the given edge position (fEdge
// in [0,1]) into a chrome score, and names the strongest specific evidence
// as the reason. See the weights above.
func (f *features) score(edge float64, duplicate bool) verdict {
	words := float64(f.words)
	fShort := clamp01((longWords - words) / (longWords - shortWords))
	density := 0.0
	if f.words > 0 {
		density = float64(f.stop) / words
	}
	fFewStop := clamp01((stopDensityProse - density) / stopDensityProse)
	fNoPunct := 0.0
	if !f.endStop {
		fNoPunct = 1
	}
	fTitle := 0.0
	if f.alpha > 1 {
		fTitle = float64(f.titled) / float64(f.alpha)
	}
	generic := wLength*fShort + wStop*fFewStop + wPunct*fNoPunct + wTitle*fTitle + wEdge*edge

	best, reason := 0.0, ReasonShort
	specific := 0.0
	add := func(v float64, r string) {
		specific += v
		if v > best {
			best, reason = v, r
		}
	}
	if f.vocab > 0 {
		// Per √runs, not √words: a run of Chinese or Japanese is one
		// vocabulary entry however many words it counts as.
		add(wVocab*min(1, f.vocab/math.Sqrt(float64(max(f.runs, 1)))), f.vocabCat.String())
	}
	fProse := clamp01((words-proseMinWords)/(proseFullWords-proseMinWords)) * clamp01(density/stopDensityProse)
	if f.label != catNone {
		// A label opens a teaser, a line or two; prose after a label
		// ("More: …" starting a paragraph) is story.
		add(wLabel*(1-fProse), f.label.String())
	}
	add(wMarkup*f.markup, ReasonMarkup)
	if f.caption {
		add(wCaption, ReasonCaption)
	}
	if duplicate {
		add(wDuplicate, ReasonDuplicate)
	}
	if f.trail {
		add(wTrail, ReasonNavigation)
	}
	if f.postMeta {
		add(wPostMeta, ReasonNavigation)
	}
	if f.consent {
		add(wConsent, ReasonLegal)
	}
	if f.postHead {
		add(wPostHead, ReasonShare)
	}
	if f.toc {
		add(wToc, ReasonNavigation)
	}
	if f.also {
		add(wAlso, ReasonPromo)
	}
	if f.download {
		add(wDownload, ReasonNavigation)
	}
	if f.formLabel {
		add(wFormLabel, ReasonCommentForm)
	}
	if f.byline {
		add(wByline, ReasonNavigation)
	}
	if f.replay {
		add(wReplay, ReasonPromo)
	}
	if f.readTime {
		add(wReadTime, ReasonNavigation)
	}
	if f.counter {
		add(wCounter, ReasonNavigation)
	}
	if f.commentHead {
		add(wCommentHead, ReasonCommentPolicy)
	}
	if f.button {
		add(wButton, ReasonShare)
	}
	if f.shareRow {
		add(wShareRow, ReasonShare)
	}
	if f.skipLink {
		add(wSkipLink, ReasonNavigation)
	}
	if f.widget {
		add(wWidget, ReasonNavigation)
	}
	if f.postNav {
		add(wPostNav, ReasonNavigation)
	}
	if f.pager {
		add(wPager, ReasonNavigation)
	}
	if f.reactions {
		add(wReactionRow, ReasonShare)
	}
	if f.registration {
		add(wRegistration, ReasonLegal)
	}
	if f.search {
		add(wSearch, ReasonNavigation)
	}
	if f.betTerms {
		add(wBetTerms, ReasonPromo)
	}
	if f.subIndex {
		add(wSubIndex, ReasonPromo)
	}
	if f.mail {
		add(wMail, ReasonPromo)
	}
	if f.companyReg {
		add(wCompanyReg, ReasonLegal)
	}
	if f.sponsor {
		add(wSponsor, ReasonPromo)
	}
	if f.submit {
		add(wSubmit, ReasonCommentForm)
	}
	if f.memorial {
		add(wMemorial, ReasonPromo)
	}
	if f.inline {
		add(wInline, ReasonPromo)
	}
	if f.selfNote {
		reason := ReasonLegal
		if f.vocab > 0 && !f.disown {
			reason = f.vocabCat.String() // an affiliate note is promotion
		}
		add(wSelfNote, reason)
	}
	return verdict{score: clamp01(generic + specific - wProse*fProse), reason: reason}
}

func clamp01(x float64) float64 { return min(1, max(0, x)) }

// edgeWeight returns fEdge for the i-th of n lines.
func edgeWeight(i, n int) float64 {
	d := min(i, n-1-i)
	return clamp01(1 - float64(d)/edgeBlocks)
}

// LineScore returns the chrome score of a single line in [0,1] and the
// reason it would be removed for, using the stop list of lang (an ISO 639-1
// code; English when unknown). It scores the line alone: with no position
// in a document, no neighbours and no headline to repeat, so it is the
// intrinsic part of what Clean computes. The corpus layer uses it to decide
// which recurring lines are chrome-leaning.
func LineScore(line, lang string) (score float64, reason string) {
	var s scratch
	f := s.measure(line, stopList(lang))
	v := f.score(0, false)
	return v.score, v.reason
}

// stopList returns the stop list of lang, or English.
func stopList(lang string) map[string]bool {
	if len(lang) >= 2 {
		if m, ok := stopWords[strings.ToLower(lang[:2])]; ok {
			return m
		}
	}
	return stopWords["en"]
}

// fullColon is the full-width colon of Chinese and Japanese text.
var fullColon = []byte("：")

// labelColon returns the offset in l of its first colon, ASCII or
// full-width ("责任编辑：潘小雨"), or -1. A colon past maxLabelBytes
// ends no label, so only the line's opening is searched for the
// full-width one: a long paragraph is not read again.
func labelColon(l []byte) int {
	head := l[:min(len(l), maxLabelBytes+len(fullColon))]
	at := -1
	for _, k := range []int{bytes.IndexByte(l, ':'), bytes.Index(head, fullColon), bytes.Index(head, khmerColon), bytes.Index(head, shadColon)} {
		if k >= 0 && (at < 0 || k < at) {
			at = k
		}
	}
	return at
}

// khmerColon is Khmer's own colon (U+17D6), "ចែករំលែក៖" (share:).
var khmerColon = []byte("\u17D6")

// shadColon is the Tibetan shad after a label, which a page sets where
// others set a colon ("སྔོན་མ། <title>", previous; "རྩོམ་སྒྲིག་འགན་འཁུར་བ།
// <name>", the editor in charge). It also ends every Tibetan clause, so
// it makes a label only of the words the tables name, never by itself
// (label, which reads a line that ends in a colon as a heading, does
// not count it).
var shadColon = []byte(tibetanShad)

// homeFirst reports whether line opens with the name of a site's home
// page before " / " (homeWords).
func homeFirst(line string) bool {
	first, _, ok := strings.Cut(line, " / ")
	return ok && homeWords[strings.ToLower(strings.TrimSpace(first))]
}
