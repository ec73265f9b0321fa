package clean

import (
	"strings"
	"unicode/utf8"

	"github.com/reprint/reprint/stopword"
)

// The tables in this file are the classifier's vocabulary. They are
// read-only after package initialisation; nothing writes to them.
//
// They describe kinds of words, not lines of particular sites: a table entry
// is a word or a short phrase that is common in page furniture (comment
// forms, navigation, sharing widgets, promotion, legal notices) and rare in
// news prose. An entry is evidence, weighted, never a verdict on its own:
// see the weights in classify.go.

// stopWords maps an ISO 639-1 language code to its stop list: the function
// words whose density separates prose (typically 35–50% stop words in
// English news) from lists, labels and menus (0–20%). The English list is
// package stopword's function words, whole contractions (this tokenizer
// keeps the apostrophe) and the adverbs and reporting verbs "said"/"says"
// that news prose is full of, plus "never" and "still"; the others are
// short lists of the most frequent function words, enough for the density
// feature to work on European-language pages. Lists are lower case and use
// the straight apostrophe (the tokenizer folds U+2019 to it).
var stopWords = map[string]map[string]bool{
	"en": set(strings.Join(stopword.English(stopword.Function|stopword.Contractions|stopword.Frequent), " ") + " never still"),
	"de": set(`aber als am an auch auf aus bei bin bis das dass dem den der des die doch du ein
		eine einem einen einer er es für hat hatte ich ihr im in ist ja kann mit nach nicht noch
		nur oder sein sich sie sind so über um und uns von vor war wie wir wird zu zum zur`),
	"fr": set(`a au aux avec ce ces cette dans de des du elle en est et été être il ils je la le
		les leur lui mais me ne nous on ont ou par pas plus pour qu que qui sa se ses son sont
		sur un une vous y`),
	"es": set(`a al como con de del el en es esta este fue ha la las le lo los más mas no o para
		pero por que se ser son su sus un una y ya`),
	"it": set(`a al alla anche che come con da dei del della delle di e è gli ha i il in la le lo
		ma nel non per più si sono su tra un una`),
	"pt": set(`a ao as com como da das de do dos e é em foi mais mas na no não o os para pela
		pelo por que se são um uma`),
	"nl": set(`aan als bij dat de die door een en er het hij in is maar met niet om ook op te van
		voor was zijn zij`),
	"sv": set(`alla att av de den det där efter en ett för från har hade han hon i inte jag kan
		man med men mot när och om på sig som till var vi är över`),
	"ca": set(`a al als amb de del dels els en es és i la les li no o per perquè que què se si
		són un una va van`),
	"pl": set(`a aby ale by był była było być cz do go i ich jak jest jego jej już na nie o od
		oraz po przez się są ta tak te to w we z za że`),
	"fi": set(`ei ja jo joka jos kuin kun mutta myös niin ole oli on ovat se sekä sen että hän
		mukaan tai vain`),
	"el": set(`αλλά από για δεν είναι έχει η θα και με μια να ο οι που σε στα στη στην στο στον
		στις τα τη την της το τον του των ότι`),
	"ro": set(`a ai al ale cu că care ce de din după este fi în la mai nu o pe pentru sa să se
		si și sunt un una au`),
}

// category is the kind of page chrome a vocabulary entry points to. It
// becomes the Reason of a removed line.
type category uint8

const (
	catNone category = iota
	catCommentForm
	catCommentPolicy
	catNavigation
	catPromo
	catShare
	catLegal
)

var categoryReasons = [...]string{
	catNone:          ReasonShort,
	catCommentForm:   ReasonCommentForm,
	catCommentPolicy: ReasonCommentPolicy,
	catNavigation:    ReasonNavigation,
	catPromo:         ReasonPromo,
	catShare:         ReasonShare,
	catLegal:         ReasonLegal,
}

func (c category) String() string {
	if int(c) < len(categoryReasons) {
		return categoryReasons[c]
	}
	return ReasonShort
}

// cue is one vocabulary entry: what kind of chrome it suggests and how
// strongly. Weight 1 marks words that are almost never news prose
// ("newsletter", "unsubscribe"); 0.5 marks words common in chrome that also
// occur in stories ("post", "share", "follow"); 0.3 marks words that only
// count when several gather in a short line ("live", "watch"). Phrases
// carry 1–2: a phrase match is much more specific than its words.
type cue struct {
	cat    category
	weight float64
}

// Weights of vocabulary entries; see cue.
const (
	cueStrong = 1.0
	cueWeak   = 0.5
	cueFaint  = 0.3
	cuePhrase = 1.5
)

// chromeWords are single words, lower case.
var chromeWords = map[string]cue{
	// Comment forms.
	"reply": {catCommentForm, cueStrong}, "replies": {catCommentForm, cueWeak},
	"email": {catCommentForm, cueWeak}, "e-mail": {catCommentForm, cueWeak},
	"required": {catCommentForm, cueWeak}, "fields": {catCommentForm, cueWeak},
	"mandatory": {catCommentForm, cueWeak}, "submit": {catCommentForm, cueStrong},
	"captcha": {catCommentForm, cueStrong}, "notify": {catCommentForm, cueWeak},
	"website": {catCommentForm, cueFaint}, "cancel": {catCommentForm, cueFaint},
	// Estonian WordPress's comment form and related posts: e-mail,
	// website, related.
	"e-post": {catCommentForm, cueWeak}, "veebileht": {catCommentForm, cueFaint}, "seotud": {catPromo, cueFaint},
	// The comment form's Website field in Igbo, Luxembourgish and
	// Assamese (Weebụsaịtị, Websäit, ৱেবছাইট), weighted as the English
	// word; Facebook and Twitter as Sindhi sites spell them.
	"weebụsaịtị": {catCommentForm, cueFaint}, "websäit": {catCommentForm, cueFaint}, "ৱেবছাইট": {catCommentForm, cueFaint},
	"فيسبوڪ": {catShare, cueWeak}, "ٽوئٽر": {catShare, cueWeak},

	// Comment policies and comment sections.
	"comments": {catCommentPolicy, cueStrong}, "comment": {catCommentPolicy, cueWeak},
	// Nepali and Hindi sites head their comments "प्रतिक्रिया (०)"
	// (reactions): a word of prose too ("उनको प्रतिक्रिया"), which a sentence
	// outweighs.
	"प्रतिक्रिया": {catCommentPolicy, cueStrong},
	"moderated":   {catCommentPolicy, cueStrong}, "moderation": {catCommentPolicy, cueWeak},
	"pre-moderated": {catCommentPolicy, cueStrong}, "premoderated": {catCommentPolicy, cueStrong},
	"moderators": {catCommentPolicy, cueWeak}, "faq": {catCommentPolicy, cueStrong},
	"faqs": {catCommentPolicy, cueStrong}, "abusive": {catCommentPolicy, cueWeak},
	"on-topic": {catCommentPolicy, cueWeak}, "off-topic": {catCommentPolicy, cueWeak},
	"guidelines": {catCommentPolicy, cueWeak}, "posted": {catCommentPolicy, cueFaint},

	// Navigation.
	"previous": {catNavigation, cueStrong}, "prev": {catNavigation, cueStrong},
	"next": {catNavigation, cueWeak}, "post": {catNavigation, cueWeak},
	"posts": {catNavigation, cueWeak}, "home": {catNavigation, cueFaint},
	"homepage": {catNavigation, cueStrong}, "menu": {catNavigation, cueStrong},
	"sitemap": {catNavigation, cueStrong}, "breadcrumb": {catNavigation, cueStrong},
	"tags": {catNavigation, cueWeak}, "tagged": {catNavigation, cueWeak},
	"categories": {catNavigation, cueWeak}, "category": {catNavigation, cueFaint},
	// The same words of WordPress's post line in Estonian, Latvian,
	// Georgian and Khmer: tags, categories, "in" a category.
	"sildid": {catNavigation, cueWeak}, "rubriigid": {catNavigation, cueWeak}, "rubriigis": {catNavigation, cueFaint},
	"tēmturi": {catNavigation, cueWeak}, "kategorijas": {catNavigation, cueWeak},
	"ტეგები": {catNavigation, cueWeak}, "კატეგორიები": {catNavigation, cueWeak},
	"მსგავსი": {catPromo, cueFaint}, "ელფოსტა": {catCommentForm, cueWeak}, "ვებ-საიტი": {catCommentForm, cueFaint},
	"search": {catNavigation, cueFaint}, "older": {catNavigation, cueFaint},
	"newer": {catNavigation, cueWeak}, "login": {catNavigation, cueStrong},
	"logout": {catNavigation, cueStrong}, "password": {catNavigation, cueWeak},
	"register": {catNavigation, cueFaint}, "account": {catNavigation, cueFaint},

	// Promotion, teasers and advertising.
	"subscribe": {catPromo, cueStrong}, "subscribers": {catPromo, cueFaint},
	"subscription": {catPromo, cueWeak}, "unsubscribe": {catPromo, cueStrong},
	"newsletter": {catPromo, cueStrong}, "newsletters": {catPromo, cueStrong},
	"signup": {catPromo, cueStrong}, "advertisement": {catPromo, cueStrong},
	"advertising": {catPromo, cueWeak}, "advert": {catPromo, cueStrong},
	"ad": {catPromo, cueWeak}, "ads": {catPromo, cueWeak}, "sponsored": {catPromo, cueStrong},
	"promoted": {catPromo, cueWeak}, "follow": {catPromo, cueWeak},
	"live": {catPromo, cueFaint}, "watch": {catPromo, cueFaint}, "listen": {catPromo, cueFaint},
	"download": {catPromo, cueWeak}, "app": {catPromo, cueFaint}, "podcast": {catPromo, cueWeak},
	"click": {catPromo, cueWeak}, "tap": {catPromo, cueFaint}, "trending": {catPromo, cueWeak},
	"recommended": {catPromo, cueWeak}, "related": {catPromo, cueFaint},

	// Sharing widgets.
	"share": {catShare, cueWeak}, "tweet": {catShare, cueWeak}, "facebook": {catShare, cueWeak},
	"twitter": {catShare, cueWeak}, "whatsapp": {catShare, cueWeak},
	"linkedin": {catShare, cueWeak}, "pinterest": {catShare, cueStrong},
	"reddit": {catShare, cueFaint}, "telegram": {catShare, cueFaint},
	"print": {catShare, cueFaint}, "messenger": {catShare, cueFaint},
	// X, the former Twitter, whose share button is the letter alone.
	"x": {catShare, cueFaint}, "bluesky": {catShare, cueFaint}, "threads": {catShare, cueFaint},
	// The messengers news pages in Asia and Eastern Europe share to
	// (Zalo in Vietnam, KakaoTalk in Korea, VK in Russia, Weibo and
	// WeChat in China), and Korean's tip line ("제보는 카카오톡 …").
	"zalo": {catShare, cueWeak}, "kakaotalk": {catShare, cueWeak}, "카카오톡": {catShare, cueWeak},
	"vk": {catShare, cueWeak}, "weibo": {catShare, cueWeak}, "wechat": {catShare, cueWeak},
	"viber": {catShare, cueWeak}, "제보는": {catPromo, cueWeak},
	// Russian sharing and promotion: "Поделиться", the networks
	// ВКонтакте and Одноклассники, "Подписывайтесь на канал".
	"liveinternet": {catNavigation, cueStrong},
	"поделиться":   {catShare, cueStrong}, "вконтакте": {catShare, cueWeak}, "одноклассники": {catShare, cueWeak},
	"подписывайтесь": {catPromo, cueStrong}, "подпишитесь": {catPromo, cueStrong}, "реклама": {catPromo, cueWeak},
	// The comment form's send button (Отправить, as English "Submit"),
	// an everyday verb too, so weak.
	"отправить": {catCommentForm, cueWeak},
	// Hindi WordPress and sharing: "फ़ेसबुक", "ट्विटर", "टिप्पणी"
	// (comment), "पर्मालिंक".
	"फ़ेसबुक": {catShare, cueWeak}, "फेसबुक": {catShare, cueWeak}, "ट्विटर": {catShare, cueWeak},
	"व्हाट्सएप": {catShare, cueWeak}, "टिप्पणी": {catCommentForm, cueWeak}, "पर्मालिंक": {catNavigation, cueStrong},
	// Chinese portals: the font-size and print controls ("【字号：大 中
	// 小】 【打印】"), the editor in charge ("责任编辑：…"), "scan to
	// open on your phone" (扫一扫) and the networks shared to.
	"字号": {catNavigation, cueStrong}, "打印": {catShare, cueWeak}, "责任编辑": {catNavigation, cueStrong},
	"扫一扫": {catPromo, cueStrong}, "相关新闻": {catPromo, cueStrong}, "相关阅读": {catPromo, cueStrong}, "微信": {catShare, cueWeak}, "微博": {catShare, cueWeak},
	"qq空间": {catShare, cueWeak}, "今日头条": {catShare, cueWeak},
	// WordPress's zh_CN buttons and widget titles that news prose also
	// words, so only whole (hanPhrases holds the others): 发表评论 (Post
	// Comment), 相关文章 (related articles), 近期文章 and 近期评论 (Recent
	// Posts, Recent Comments), a portal's 推荐阅读 (recommended reading).
	"发表评论": {catCommentForm, cueStrong}, "相关文章": {catPromo, cueStrong}, "近期文章": {catPromo, cueStrong},
	"近期评论": {catCommentPolicy, cueStrong}, "推荐阅读": {catPromo, cueStrong},
	// WordPress's Azerbaijani (az) words, weighted as the English ones
	// they translate: comment(s), e-mail, post, previous ("Öncəki", and
	// "Əvvəlki" as other az software says it), next, categories, tags;
	// and Jetpack's "Bəyən" (Like) and "Yüklənir" (Loading).
	"şərh": {catCommentPolicy, cueWeak}, "şərhlər": {catCommentPolicy, cueStrong}, "e-poçt": {catCommentForm, cueWeak},
	"yazı": {catNavigation, cueWeak}, "öncəki": {catNavigation, cueStrong}, "əvvəlki": {catNavigation, cueStrong},
	"sonrakı": {catNavigation, cueWeak}, "növbəti": {catNavigation, cueWeak},
	"kateqoriyalar": {catNavigation, cueWeak}, "kateqoriya": {catNavigation, cueFaint}, "etiketlər": {catNavigation, cueWeak},
	"bəyən": {catShare, cueWeak}, "yüklənir": {catShare, cueWeak},
	// WordPress's Armenian (hy) and Albanian (sq) words of the same
	// kinds: comment(s), tags, post(s), previous, next.
	"մեկնաբանություններ": {catCommentPolicy, cueStrong}, "մեկնաբանություն": {catCommentPolicy, cueWeak},
	"պիտակներ": {catNavigation, cueWeak}, "գրառում": {catNavigation, cueWeak}, "նախորդ": {catNavigation, cueStrong},
	"հաջորդ": {catNavigation, cueWeak}, "komente": {catCommentPolicy, cueWeak}, "koment": {catCommentPolicy, cueWeak},
	// Portals in Armenian: comments "are published after moderation"
	// (մոդերացիայից հետո), weighted as "moderated"; in Amharic: the call
	// to join "our channel" (ቻናላችን, ቻናላችንን) on Telegram (የቴሌግራም), or
	// to like (ላይክ), follow (ፎሎው) and share (ሼር) "our page" (ገጻችን,
	// ገጻችንን), the English verbs as Amharic writes them.
	"մոդերացիայից": {catCommentPolicy, cueStrong}, "մոդերացիա": {catCommentPolicy, cueWeak},
	"ቻናላችን": {catPromo, cueStrong}, "ቻናላችንን": {catPromo, cueStrong}, "የቴሌግራም": {catShare, cueWeak},
	"ይቀላቀሉ": {catPromo, cueWeak}, "ገጻችን": {catPromo, cueWeak}, "ገጻችንን": {catPromo, cueWeak},
	"ላይክ": {catShare, cueWeak}, "ፎሎው": {catPromo, cueWeak}, "ሼር": {catShare, cueWeak},
	"postimi": {catNavigation, cueWeak}, "postimet": {catNavigation, cueWeak}, "mëparshëm": {catNavigation, cueWeak},
	"pasues": {catNavigation, cueWeak},
	// WordPress's Hebrew (he_IL), Kazakh (kk), Marathi (mr), Sinhala
	// (si_LK) and Burmese (my_MM) words, weighted as the English ones
	// they translate: comment(s), post(s), e-mail, website, tags,
	// categories, Uncategorized, navigation, share, log in. A word that
	// is also prose is weak or faint: Hebrew "תגובות" are reactions and
	// "ניווט" a car's navigation, Kazakh "пікір" an opinion and "жазба" a
	// record, Marathi "पोस्ट" the post office, Sinhala "ප්‍රතිචාර"
	// responses.
	"תגובות": {catCommentPolicy, cueWeak}, "פוסטים": {catNavigation, cueWeak}, "פוסט": {catNavigation, cueFaint},
	"ניווט": {catNavigation, cueWeak}, "אימייל": {catCommentForm, cueWeak}, "לשתף": {catShare, cueWeak},
	"пікірлер": {catCommentPolicy, cueWeak}, "пікір": {catCommentPolicy, cueFaint}, "жазба": {catNavigation, cueFaint},
	"жазбалар": {catNavigation, cueFaint}, "санаттар": {catNavigation, cueWeak}, "тегтер": {catNavigation, cueWeak},
	"кілтсөздер": {catNavigation, cueWeak}, "санатталмаған": {catNavigation, cueStrong}, "э-пошта": {catCommentForm, cueWeak},
	"э-поштасы": {catCommentForm, cueWeak}, "веб-сайты": {catCommentForm, cueFaint}, "іздеу": {catNavigation, cueFaint},
	"टिप्पण्या": {catCommentPolicy, cueWeak}, "पोस्ट": {catNavigation, cueWeak}, "ईमेल": {catCommentForm, cueWeak},
	"इमेल": {catCommentForm, cueWeak}, "वेबसाईट": {catCommentForm, cueFaint}, "टॅगस्": {catNavigation, cueWeak},
	"कॅटेगरीज": {catNavigation, cueWeak}, "अनकॅटेगराईज्ड": {catNavigation, cueStrong}, "लेखक": {catNavigation, cueFaint},
	"ප්‍රතිචාර": {catCommentPolicy, cueWeak}, "ඊමේල්": {catCommentForm, cueWeak}, "ටැග": {catNavigation, cueWeak},
	"ප්‍රවර්ග": {catNavigation, cueWeak}, "පිවිසෙන්න": {catNavigation, cueStrong},
	// Sinhala portals' share label and button, "බෙදාගන්න" (share).
	"බෙදාගන්න":     {catShare, cueStrong},
	"မှတ်ချက်များ": {catCommentPolicy, cueWeak}, "စကားစုတွဲများ": {catNavigation, cueWeak}, "ကဏ္ဍများ": {catNavigation, cueWeak},
	// Jetpack's Hebrew share row and like button: Facebook as Hebrew
	// writes it (פייסבוק), Like this (אהבתי) and Loading (טוען), which
	// are also "I loved" and "claims", so faint.
	"פייסבוק": {catShare, cueWeak}, "אהבתי": {catShare, cueFaint}, "טוען": {catShare, cueFaint},
	// Kazakh's share button and label, "Бөлісу" (share), and its
	// polite imperative.
	"бөлісу": {catShare, cueWeak}, "бөлісіңіз": {catShare, cueWeak},
	// Portals' furniture in Icelandic (cookies, vafrakökur; share,
	// deila), Mongolian (log in, нэвтрэх; share, хуваалцах; comment,
	// сэтгэгдэл) and Uzbek ("xatolik", an error in the text, as the
	// note under a story names it).
	"vafrakökur": {catLegal, cueStrong}, "vafrakökum": {catLegal, cueStrong}, "deila": {catShare, cueWeak},
	// Faroese share button, "Deil" (share!, the imperative of deila,
	// which Faroese portals print on their share bar).
	"deil": {catShare, cueWeak},
	// Uyghur portals' share row, "ھەمبەھىرلەش: ئۈندىدار ۋېيبو QQ
	// ئۇلانمىنى كۆچۈرۈش": sharing (weak, as English "share": a report
	// speaks of sharing information), WeChat as Uyghur names it
	// (ئۈندىدار), Weibo (ۋېيبو), QQ, and the copy-link button's two
	// words (the link, to copy), faint, as "print" is: copying is also
	// moving, and the words count only where several gather.
	"ھەمبەھىرلەش": {catShare, cueWeak}, "ئۈندىدار": {catShare, cueWeak}, "ۋېيبو": {catShare, cueWeak},
	"qq": {catShare, cueWeak}, "ئۇلانمىنى": {catShare, cueFaint}, "كۆچۈرۈش": {catShare, cueFaint},
	"нэвтрэх": {catNavigation, cueStrong}, "хуваалцах": {catShare, cueWeak}, "сэтгэгдэл": {catCommentPolicy, cueWeak},
	// Mongolian portals' comment form: its send button (Илгээх, as
	// English "Submit") and its name field (Таны нэр, your name, a
	// phrase below). No WordPress mn pack is at hand (Debian's
	// wordpress-l10n ships none).
	"илгээх": {catCommentForm, cueStrong},
	// WordPress's and Jetpack's Telugu (te) words, weighted as the
	// English ones they translate: Leave a Comment (వ్యాఖ్యానించండి),
	// comments, post(s) (టపా, which is also the mail, so faint), e-mail,
	// website, Uncategorized, and Jetpack's Loading… (లోడవుతూంది).
	"వ్యాఖ్యానించండి": {catCommentForm, cueStrong}, "వ్యాఖ్యలు": {catCommentPolicy, cueWeak}, "టపాలు": {catNavigation, cueWeak},
	"టపా": {catNavigation, cueFaint}, "ఈమెయిలు": {catCommentForm, cueWeak}, "వెబ్‌సైటు": {catCommentForm, cueFaint},
	"అవర్గీకృతం": {catNavigation, cueStrong}, "లోడవుతూంది": {catShare, cueWeak},
	// WordPress's Gujarati (gu) words, weighted as the English ones
	// they translate: comment(s), post(s) (પોસ્ટ, also the mail, so
	// weak), e-mail, website, Uncategorized.
	"ટિપ્પણી": {catCommentPolicy, cueWeak}, "ટિપ્પણીઓ": {catCommentPolicy, cueWeak}, "પોસ્ટ": {catNavigation, cueWeak},
	"પોસ્ટ્સ": {catNavigation, cueWeak}, "ઇમેઇલ": {catCommentForm, cueWeak}, "વેબસાઇટ": {catCommentForm, cueFaint},
	"અવર્ગીકૃત": {catNavigation, cueStrong},
	// Jetpack's Bosnian (bs_BA) words: Share (Podijeli) and Loading
	// (Učitavanje), weighted as the English ones. Swahili WordPress's
	// words: tags (Tagi, the sw pack's), e-mail (barua pepe; the pack's
	// "Barua-e"), website (tovuti; the pack's "Saiti"), cancel (ghairi,
	// the pack's "Ghairi kujibu"), "will not be published"
	// (haitachapishwa; the pack spells it haitochapishwa), post(s)
	// (chapisho, machapisho), and "is loading" (inapakia; the pack's
	// Loading… is "Pakia…").
	"podijeli": {catShare, cueWeak}, "učitavanje": {catShare, cueWeak},
	"tagi": {catNavigation, cueWeak}, "tovuti": {catCommentForm, cueFaint}, "ghairi": {catCommentForm, cueFaint},
	"haitachapishwa": {catCommentForm, cueStrong}, "haitochapishwa": {catCommentForm, cueStrong},
	"chapisho": {catNavigation, cueFaint}, "machapisho": {catNavigation, cueWeak}, "inapakia": {catShare, cueWeak},
	"pakia": {catShare, cueWeak},
	// WordPress's Afrikaans (af), Basque (eu), Welsh (cy) and
	// Malayalam (ml_IN) words, weighted as the English ones they
	// translate: comment(s) (kommentaar, kommentare; iruzkin,
	// iruzkinak; sylw, sylwadau; അഭിപ്രായം, അഭിപ്രായങ്ങൾ), e-mail,
	// website, post(s) (bydrae, artikels; bidalketa; cofnod, cofnodion),
	// Uncategorized; Jetpack's Welsh Like (hoffi) and Loading (llwytho).
	"kommentaar": {catCommentPolicy, cueWeak}, "e-pos": {catCommentForm, cueWeak},
	"webwerf": {catCommentForm, cueFaint}, "bydrae": {catNavigation, cueFaint}, "ongekategoriseerd": {catNavigation, cueStrong},
	"iruzkin": {catCommentPolicy, cueWeak}, "iruzkina": {catCommentPolicy, cueWeak}, "iruzkinak": {catCommentPolicy, cueStrong},
	"bidalketa": {catNavigation, cueWeak}, "bidalketak": {catNavigation, cueWeak}, "sailkatugabeak": {catNavigation, cueStrong},
	"sylw": {catCommentPolicy, cueWeak}, "sylwadau": {catCommentPolicy, cueStrong}, "e-bost": {catCommentForm, cueWeak},
	"gwefan": {catCommentForm, cueFaint}, "cofnod": {catNavigation, cueWeak}, "cofnodion": {catNavigation, cueWeak},
	"hoffi": {catShare, cueWeak}, "llwytho": {catShare, cueWeak},
	// Portals' furniture in Basque: share (partekatu), cookies
	// (cookieak), subscribe (harpidetu), newsletter (buletina); in
	// Hausa: share (raba, a share row's label), comment (sharhi), e-mail
	// (imel).
	"partekatu": {catShare, cueWeak}, "cookieak": {catLegal, cueStrong}, "harpidetu": {catPromo, cueWeak},
	"buletinera": {catPromo, cueWeak}, "raba": {catShare, cueFaint}, "sharhi": {catCommentPolicy, cueWeak},
	"imel": {catCommentForm, cueWeak},
	// Portals' furniture in Tajik: send (фиристодан, a comment form's
	// button); in Maltese: comments (kummenti, kumment, to comment:
	// tikkummenta), your name (ismek, a comment form's field).
	"фиристодан": {catCommentForm, cueWeak}, "kummenti": {catCommentPolicy, cueStrong},
	"kumment": {catCommentPolicy, cueWeak}, "tikkummenta": {catCommentPolicy, cueWeak}, "ismek": {catCommentForm, cueWeak},
	"abbona": {catPromo, cueWeak}, "ibgħat": {catCommentForm, cueWeak}, // Maltese: subscribe, send (a newsletter box's and a comment form's buttons)
	"അഭിപ്രായം": {catCommentPolicy, cueWeak}, "അഭിപ്രായങ്ങൾ": {catCommentPolicy, cueStrong}, "തരംതിരിക്കാത്ത": {catNavigation, cueStrong},
	// WordPress's Belarusian (bel) words, weighted as the English ones
	// they translate: comment(s) (каментарый, каментар; каментарыі),
	// post(s) (запіс, запісы), Uncategorized (без катэгорыі is a
	// phrase).
	"каментарый": {catCommentPolicy, cueWeak}, "каментар": {catCommentPolicy, cueWeak}, "каментарыі": {catCommentPolicy, cueStrong},
	"запіс": {catNavigation, cueFaint}, "запісы": {catNavigation, cueWeak},
	// Portals' furniture in Belarusian: subscribe (падпісвайцеся,
	// падпішыцеся), as Russian's; in Sorani Kurdish: share
	// (هاوبەشیکردن), the networks shared to as the pages spell them
	// (فەیسبووک Facebook, تێلێگرام Telegram, واتسئاپ WhatsApp, ئێکس X),
	// weighted as the English names, and e-mail (ئیمەیڵ, ئیمەیڵەکەت your
	// e-mail).
	"падпісвайцеся": {catPromo, cueStrong}, "падпішыцеся": {catPromo, cueStrong},
	"هاوبەشیکردن": {catShare, cueWeak}, "فەیسبووک": {catShare, cueWeak}, "تێلێگرام": {catShare, cueFaint},
	"واتسئاپ": {catShare, cueWeak}, "ئێکس": {catShare, cueFaint}, "ئیمەیڵ": {catCommentForm, cueWeak},
	"ئیمەیڵەکەت": {catCommentForm, cueWeak},
	// Sorani's register (تۆمارکردن), a sign-up's button, weighted as the
	// English word.
	"تۆمارکردن": {catNavigation, cueFaint},
	// Portals' furniture in Kannada, the English words as Kannada pages
	// write them (a zero-width non-joiner after a final virama, as they
	// print it): share (ಹಂಚಿಕೊಳ್ಳಿ, the imperative, a share row's
	// label), the networks shared to (Facebook, WhatsApp, Telegram, X),
	// tags (ಟ್ಯಾಗ್‌ಗಳು), subscribe (ಸಬ್‌ಸ್ಕ್ರೈಬ್, and ಚಂದಾದಾರರಾಗಿ,
	// "become a subscriber"), click (ಕ್ಲಿಕ್) and app (ಆ್ಯಪ್), weighted as
	// the English words.
	"ಹಂಚಿಕೊಳ್ಳಿ": {catShare, cueWeak}, "ಫೇಸ್\u200cಬುಕ್": {catShare, cueWeak}, "ಫೇಸ್ಬುಕ್": {catShare, cueWeak},
	"ವಾಟ್ಸ್\u200cಆ್ಯಪ್": {catShare, cueWeak}, "ವಾಟ್ಸ್ಆ್ಯಪ್": {catShare, cueWeak}, "ಟೆಲಿಗ್ರಾಂ": {catShare, cueFaint},
	"ಟೆಲಿಗ್ರಾಮ್": {catShare, cueFaint}, "ಟ್ವಿಟರ್": {catShare, cueWeak}, "ಎಕ್ಸ್": {catShare, cueFaint},
	"ಟ್ಯಾಗ್\u200cಗಳು": {catNavigation, cueWeak}, "ಟ್ಯಾಗ್ಗಳು": {catNavigation, cueWeak},
	"ಸಬ್\u200cಸ್ಕ್ರೈಬ್": {catPromo, cueStrong}, "ಸಬ್ಸ್ಕ್ರೈಬ್": {catPromo, cueStrong}, "ಚಂದಾದಾರರಾಗಿ": {catPromo, cueStrong},
	"ಕ್ಲಿಕ್": {catPromo, cueWeak}, "ಆ್ಯಪ್": {catPromo, cueFaint},
	// WordPress's Punjabi (pa_IN) words, weighted as the English ones
	// they translate: comment(s) (ਟਿੱਪਣੀ, ਟਿੱਪਣੀਆਂ, also remarks, so
	// weak), e-mail, website, navigation in the pack's two spellings
	// (ਨੈਵੀਗੇਸ਼ਨ, ਨੇਵੀਗੇਸ਼ਨ; a car's navigation too, so weak, as
	// Hebrew's), Uncategorized.
	"ਟਿੱਪਣੀ": {catCommentForm, cueWeak}, "ਟਿੱਪਣੀਆਂ": {catCommentPolicy, cueWeak}, "ਈ-ਮੇਲ": {catCommentForm, cueWeak},
	"ਵੈੱਬਸਾਈਟ": {catCommentForm, cueFaint}, "ਨੈਵੀਗੇਸ਼ਨ": {catNavigation, cueWeak}, "ਨੇਵੀਗੇਸ਼ਨ": {catNavigation, cueWeak},
	"ਸ਼੍ਰੇਣੀ-ਰਹਿਤ": {catNavigation, cueStrong},
	// Jetpack's Punjabi share row (languages/jetpack-pa_IN.po, in the
	// public repository Automattic/jetpack): Facebook and Twitter as the
	// pack spells them (ਫੇਸਬੁੱਕ, ਟਵਿੱਟਰ), weighted as the English
	// words; WhatsApp and e-mail as Punjabi pages write them (ਵਟਸਐਪ,
	// ਈਮੇਲ; the pack has neither button translated).
	"ਫੇਸਬੁੱਕ": {catShare, cueWeak}, "ਟਵਿੱਟਰ": {catShare, cueWeak}, "ਵਟਸਐਪ": {catShare, cueWeak},
	"ਈਮੇਲ": {catCommentForm, cueWeak},
	// Malagasy portals (no WordPress mg pack at hand: Debian's
	// wordpress-l10n ships none): e-mail (mailaka, as Malagasy software
	// names the field, "Adiresy mailaka") and advertisement
	// (dokambarotra), weighted as the English words.
	"mailaka": {catCommentForm, cueWeak}, "dokambarotra": {catPromo, cueStrong},

	// A newsletter box: its heading, the newsletter's name in the
	// page's language, and the words of its blurb, the reader's own
	// mailbox. Malagasy portals name the box "Taratasim-baovao" (a
	// letter of news; weak, as it may also name a bulletin in prose) and
	// write "ao amin'ny mailakao" (in your e-mail, mailaka with the
	// suffix of "your"); Icelandic (fréttabréf, the mailing list
	// póstlisti), Hungarian (hírlevél and its "to our newsletter"),
	// Estonian (uudiskiri), Lithuanian (naujienlaiškis) and Turkish
	// (e-bülten) name the newsletter with a word that news prose leaves
	// to the newsletter itself, weighted as the English word. The
	// blurb's phrases are in chromePhrases.
	"taratasim-baovao": {catPromo, cueWeak}, "mailakao": {catPromo, cueWeak},
	"fréttabréf": {catPromo, cueStrong}, "fréttabréfi": {catPromo, cueStrong}, "fréttabréfið": {catPromo, cueStrong},
	"póstlista": {catPromo, cueWeak}, "póstlistann": {catPromo, cueWeak},
	"hírlevél": {catPromo, cueStrong}, "hírlevelünk": {catPromo, cueStrong}, "hírlevelünkre": {catPromo, cueStrong},
	"uudiskiri": {catPromo, cueStrong}, "uudiskirja": {catPromo, cueStrong}, "uudiskirjaga": {catPromo, cueStrong},
	"naujienlaiškis": {catPromo, cueStrong}, "naujienlaiškį": {catPromo, cueStrong}, "naujienlaiškio": {catPromo, cueStrong},
	"e-bülten": {catPromo, cueStrong}, "e-bültenimize": {catPromo, cueStrong},
	// Turkish portals' comment form says "your comment" (yorumunuz,
	// yorumunuzu) to the reader, and their footer links "about us"
	// (hakkımızda): a story addresses neither to its reader.
	"yorumunuz": {catCommentPolicy, cueStrong}, "yorumunuzu": {catCommentPolicy, cueStrong},
	"hakkımızda": {catLegal, cueStrong},
	// Portuguese WordPress's "Curtir Carregando…" (Like Loading…).
	"curtir": {catShare, cueWeak}, "carregando": {catShare, cueWeak},
	// Korean's reuse notice: "무단 전재-재배포 금지", "무단전재 및
	// 재배포 금지" (unauthorised reproduction and redistribution
	// forbidden).
	"무단전재": {catLegal, cueStrong}, "무단": {catLegal, cueWeak}, "재배포": {catLegal, cueWeak},
	// A Korean public body's page: its licence line under the text
	// ("공공누리 제4유형 : 출처표시+상업적 이용금지+변경금지", the KOGL
	// licence), the satisfaction survey ("이 페이지에서 제공하는 정보에
	// 대하여 어느 정도 만족하셨습니까?") and the office in charge of the
	// page ("콘텐츠 담당부서 : …"); a paper's comment box, its heading
	// ("독자의견 (0)") and its rule ("운영원칙에 어긋나는 의견은 통보 없이
	// 삭제될 수 있습니다").
	"공공누리": {catLegal, cueStrong}, "이용금지": {catLegal, cueWeak}, "변경금지": {catLegal, cueWeak},
	"만족하셨습니까": {catNavigation, cueStrong}, "담당부서": {catNavigation, cueStrong},
	"독자의견": {catCommentPolicy, cueStrong}, "운영원칙에": {catCommentPolicy, cueStrong}, "삭제될": {catCommentPolicy, cueWeak},

	// Legal notices and consent banners.
	"cookie": {catLegal, cueStrong}, "cookies": {catLegal, cueStrong},
	"privacy": {catLegal, cueWeak}, "copyright": {catLegal, cueWeak},
	"gdpr": {catLegal, cueStrong}, "consent": {catLegal, cueFaint},
	// Polish "privacy", as a consent banner's heading says it
	// ("Szanujemy Twoją prywatność", we respect your privacy), weak as
	// the English word is.
	"prywatność": {catLegal, cueWeak}, "prywatności": {catLegal, cueWeak},
	"disclaimer": {catLegal, cueFaint},

	// WordPress and blog furniture: the permalink line, affiliate notes.
	"permalink": {catNavigation, cueStrong}, "affiliate": {catPromo, cueStrong},

	// The same kinds of word in German, French, Spanish, Portuguese and
	// Italian site furniture, weighted as their English counterparts; a
	// word that is also common in news prose is weak or faint ("Anzeige"
	// is an advertisement's label but also a police report, "responder"
	// to answer, "compartir" to share anything).
	"comparteix": {catShare, cueWeak}, "publicitat": {catPromo, cueStrong},
	"comentaris": {catCommentPolicy, cueStrong}, "annons": {catPromo, cueFaint},
	"impressum": {catLegal, cueStrong}, "datenschutz": {catLegal, cueWeak},
	"datenschutzerklärung": {catLegal, cueStrong}, "nutzungsbedingungen": {catLegal, cueStrong},
	"startseite": {catNavigation, cueStrong}, "kommentare": {catCommentPolicy, cueStrong},
	"kommentar": {catCommentPolicy, cueWeak}, "abschicken": {catCommentForm, cueStrong},
	"absenden": {catCommentForm, cueWeak}, "pflichtfelder": {catCommentForm, cueStrong},
	"teilen": {catShare, cueWeak}, "drucken": {catShare, cueFaint},
	// The Nordic print link, faint as "print" is: Danish "Udskriv",
	// Finnish "Tulosta" (Norwegian and Swedish "Skriv ut" is a phrase).
	"udskriv": {catShare, cueFaint}, "tulosta": {catShare, cueFaint},
	// The Baltic sites' article tools: the print link, faint as "print"
	// is (Latvian "Drukāt", Lithuanian "Spausdinti", Estonian "Prindi"),
	// and Latvian's share button, weak as "share" is ("Kopīgot", and
	// "Dalīties", which Latvian portals also print on their share bar).
	"drukāt": {catShare, cueFaint}, "spausdinti": {catShare, cueFaint}, "prindi": {catShare, cueFaint},
	"kopīgot": {catShare, cueWeak}, "dalīties": {catShare, cueWeak},
	"anzeige": {catPromo, cueFaint}, "werbung": {catPromo, cueFaint},
	"abonnieren": {catPromo, cueStrong}, "weiterlesen": {catPromo, cueStrong},
	"einloggen": {catNavigation, cueStrong}, "anmelden": {catNavigation, cueFaint},
	"mentions": {catLegal, cueFaint}, "confidentialité": {catLegal, cueWeak},
	"commentaires": {catCommentPolicy, cueStrong}, "commentaire": {catCommentPolicy, cueWeak},
	"partager": {catShare, cueWeak}, "imprimer": {catShare, cueFaint}, "courriel": {catShare, cueWeak},
	"publicité": {catPromo, cueStrong}, "abonnez-vous": {catPromo, cueStrong},
	"s'abonner": {catPromo, cueStrong}, "accueil": {catNavigation, cueFaint},
	"permalien":   {catNavigation, cueStrong},
	"comentarios": {catCommentPolicy, cueStrong}, "comentario": {catCommentPolicy, cueWeak},
	"compartir": {catShare, cueFaint}, "publicidad": {catPromo, cueStrong}, "comparte": {catShare, cueWeak},
	"suscríbete": {catPromo, cueStrong}, "privacidad": {catLegal, cueWeak},
	"suscribirse": {catPromo, cueStrong}, // WordPress.com's follow button, as "subscribe"
	"apúntate":    {catPromo, cueStrong}, "apuntarme": {catPromo, cueStrong},
	"comentários": {catCommentPolicy, cueStrong}, "comentário": {catCommentPolicy, cueWeak},
	"partilhar": {catShare, cueWeak}, "compartilhar": {catShare, cueWeak},
	"publicidade": {catPromo, cueStrong}, "privacidade": {catLegal, cueWeak},
	"commenti": {catCommentPolicy, cueStrong}, "commento": {catCommentPolicy, cueWeak},
	"condividi": {catShare, cueWeak}, "pubblicità": {catPromo, cueStrong},
	"iscriviti": {catPromo, cueStrong}, "boletín": {catPromo, cueWeak},
	"reacties": {catCommentPolicy, cueStrong}, "reactie": {catCommentPolicy, cueWeak},
	"delen": {catShare, cueWeak}, "nieuwsbrief": {catPromo, cueStrong},
	// The Nordic words for a newsletter, as strong as "nieuwsbrief":
	// Bokmål and Swedish "nyhetsbrev", Nynorsk "nyheitsbrev", Danish
	// "nyhedsbrev", with the suffixed article the Nordic languages set
	// where English says "the" or "our" ("nyheitsbrevet vårt").
	"nyhetsbrev": {catPromo, cueStrong}, "nyhetsbrevet": {catPromo, cueStrong},
	"nyheitsbrev": {catPromo, cueStrong}, "nyheitsbrevet": {catPromo, cueStrong},
	"nyhedsbrev": {catPromo, cueStrong}, "nyhedsbrevet": {catPromo, cueStrong},
	"abonneer": {catPromo, cueStrong}, "inloggen": {catNavigation, cueStrong},
	"zoeken": {catNavigation, cueFaint}, "vereiste": {catCommentForm, cueWeak},
	"velden": {catCommentForm, cueFaint}, "advertentie": {catPromo, cueStrong},
	"privacyverklaring": {catLegal, cueStrong}, "voorwaarden": {catLegal, cueFaint},
	// The footer links of Norwegian, Swedish and Danish sites: the
	// privacy statement, the accessibility statement public bodies must
	// publish (the Norwegian and Swedish laws on universal design, the
	// EU's web accessibility directive), the cookie page; compounds that
	// name a page, weighted as "privacyverklaring".
	"personvernerklæring": {catLegal, cueStrong}, "personvernerklæringen": {catLegal, cueStrong},
	"tilgjengelighetserklæring": {catLegal, cueStrong}, "tilgjengelegheitserklæring": {catLegal, cueStrong},
	"informasjonskapsler": {catLegal, cueStrong},
	"integritetspolicy":   {catLegal, cueStrong}, "tillgänglighetsredogörelse": {catLegal, cueStrong},
	"privatlivspolitik": {catLegal, cueStrong}, "cookiepolitik": {catLegal, cueStrong},
	"tilgængelighedserklæring": {catLegal, cueStrong}, "persondatapolitik": {catLegal, cueStrong},
	"únete": {catPromo, cueWeak},
	// Polish, Finnish, Greek and Romanian: the advertisement's label,
	// the comment section, the share and tag rows.
	"reklama": {catPromo, cueStrong}, "komentarze": {catCommentPolicy, cueStrong},
	"komentarz": {catCommentPolicy, cueWeak}, "udostępnij": {catShare, cueWeak},
	"zaloguj": {catNavigation, cueStrong}, "subskrybuj": {catPromo, cueStrong},
	"mainos": {catPromo, cueStrong}, "kommentit": {catCommentPolicy, cueStrong},
	"kommentti": {catCommentPolicy, cueWeak}, "kirjaudu": {catNavigation, cueStrong},
	"διαφήμιση": {catPromo, cueStrong}, "σχόλια": {catCommentPolicy, cueStrong},
	"σχόλιο": {catCommentPolicy, cueWeak}, "κοινοποίηση": {catShare, cueWeak},
	"publicitate": {catPromo, cueStrong}, "comentarii": {catCommentPolicy, cueStrong},
	"comentariu": {catCommentPolicy, cueWeak}, "distribuie": {catShare, cueWeak},
	"abonează-te": {catPromo, cueStrong},
	// Czech, Hungarian, Indonesian and Turkish.
	"diskuse": {catCommentPolicy, cueStrong}, "komentáře": {catCommentPolicy, cueStrong},
	"sdílet": {catShare, cueWeak}, "hirdetés": {catPromo, cueStrong},
	"hozzászólás": {catCommentPolicy, cueWeak}, "hozzászólások": {catCommentPolicy, cueStrong},
	"megosztás": {catShare, cueWeak}, "bagikan": {catShare, cueWeak},
	"komentar": {catCommentPolicy, cueWeak}, "iklan": {catPromo, cueWeak},
	"paylaş": {catShare, cueWeak}, "yorumlar": {catCommentPolicy, cueStrong},
	"reklam": {catPromo, cueStrong},
	// "Home" of a site's menu in the languages above, as German
	// "Startseite".
	"kezdőlap": {catNavigation, cueStrong}, "etusivu": {catNavigation, cueStrong},
	"beranda": {catNavigation, cueStrong}, "αρχική": {catNavigation, cueStrong},
	// Japanese share buttons, written without spaces, are one word each.
	"この記事をシェア": {catShare, cueStrong}, "はてなブックマーク": {catShare, cueStrong},
	"シェア": {catShare, cueWeak}, "関連記事": {catPromo, cueStrong}, "タグ": {catNavigation, cueWeak},
	// Korean news sites' buttons and labels. The common Korean news
	// CMS names each share button "<service>(으)로 기사보내기" (send the
	// article by Facebook, KakaoTalk, e-mail, URL copy) under an "SNS
	// 기사보내기" heading: the compound is the button's, prose sends
	// articles in other words. Its box of most-read stories is
	// "인기기사" (popular articles), as strong as "관련기사".
	"공유하기": {catShare, cueStrong}, "url복사": {catShare, cueStrong}, "관련기사": {catPromo, cueStrong},
	"기사보내기": {catShare, cueStrong}, "인기기사": {catPromo, cueStrong},
	// Share (공유, weak as English "share": prose shares information
	// too, "정보 공유"), and the comment box's tab of best comments
	// ("BEST댓글", written as one word).
	"공유": {catShare, cueWeak}, "best댓글": {catCommentPolicy, cueStrong},
	"태그": {catNavigation, cueWeak}, "구독하기": {catPromo, cueStrong}, "댓글": {catCommentPolicy, cueWeak},
	// "Download", weighted as the English word.
	"herunterladen": {catPromo, cueWeak}, "télécharger": {catPromo, cueWeak},
	"descargar": {catPromo, cueWeak}, "scarica": {catPromo, cueWeak},
	"baixar": {catPromo, cueWeak}, "downloaden": {catPromo, cueWeak},
	"pdf": {catPromo, cueFaint},
	// "Related", heading the related posts of WordPress and Jetpack.
	"relacionado": {catPromo, cueFaint}, "relacionados": {catPromo, cueFaint},
	"relacionadas": {catPromo, cueFaint}, "correlati": {catPromo, cueFaint},
	"gerelateerd": {catPromo, cueWeak}, "berichtnavigatie": {catNavigation, cueStrong}, "getagd": {catNavigation, cueStrong},
	"étiqueté": {catNavigation, cueStrong}, "similaires": {catPromo, cueFaint},
	// A licence notice ("… under a Creative Commons licence; to
	// reproduce it, cite the source").
	"licença": {catLegal, cueWeak}, "licencia": {catLegal, cueWeak}, "licenza": {catLegal, cueWeak},
	"licence": {catLegal, cueWeak}, "license": {catLegal, cueWeak}, "licensed": {catLegal, cueWeak},
	"reproduzir": {catLegal, cueFaint}, "reproducir": {catLegal, cueFaint},
	"reproduction": {catLegal, cueFaint}, "riproduzione": {catLegal, cueFaint},

	// The comment form's and the blog's navigation words of WordPress
	// and news sites in those languages, weighted as the English words
	// they translate ("reply", "required", "categories", "tags", "menu",
	// "search", "posts"); a verb that is also prose ("responder",
	// "enviar", "buscar") is weak or faint.
	"responder": {catCommentForm, cueWeak}, "respuesta": {catCommentForm, cueFaint},
	"répondre": {catCommentForm, cueWeak}, "rispondi": {catCommentForm, cueWeak},
	"antworten":    {catCommentForm, cueFaint},
	"obligatorios": {catCommentForm, cueWeak}, "obrigatórios": {catCommentForm, cueWeak},
	"obligatoires": {catCommentForm, cueWeak}, "obbligatori": {catCommentForm, cueWeak},
	"erforderliche": {catCommentForm, cueWeak},
	"campos":        {catCommentForm, cueFaint}, "champs": {catCommentForm, cueFaint},
	"campi": {catCommentForm, cueFaint}, "felder": {catCommentForm, cueFaint},
	"correo": {catCommentForm, cueFaint}, "navegador": {catCommentForm, cueFaint},
	"navigateur": {catCommentForm, cueFaint}, "cancelar": {catCommentForm, cueFaint},
	"annuler": {catCommentForm, cueFaint}, "annulla": {catCommentForm, cueFaint},
	"abbrechen": {catCommentForm, cueFaint},
	"menú":      {catNavigation, cueStrong}, "menü": {catNavigation, cueStrong},
	"anterior": {catNavigation, cueWeak}, "précédent": {catNavigation, cueWeak},
	"precedente": {catNavigation, cueWeak}, "siguiente": {catNavigation, cueFaint},
	"suivant": {catNavigation, cueFaint}, "successivo": {catNavigation, cueFaint},
	"entradas": {catNavigation, cueWeak}, "beiträge": {catNavigation, cueWeak},
	"etiquetas": {catNavigation, cueWeak}, "étiquettes": {catNavigation, cueWeak},
	"schlagwörter": {catNavigation, cueWeak}, "schlagworte": {catNavigation, cueWeak},
	"categorías": {catNavigation, cueWeak}, "categorias": {catNavigation, cueWeak},
	"catégories": {catNavigation, cueWeak}, "categorie": {catNavigation, cueWeak},
	"kategorien": {catNavigation, cueWeak}, "categoría": {catNavigation, cueFaint},
	"catégorie": {catNavigation, cueFaint}, "kategorie": {catNavigation, cueFaint},
	"navegación": {catNavigation, cueWeak}, "navegação": {catNavigation, cueWeak},
	"navigazione": {catNavigation, cueWeak}, "buscar": {catNavigation, cueFaint},
	"pesquisar": {catNavigation, cueFaint}, "rechercher": {catNavigation, cueFaint},
	"suche": {catNavigation, cueFaint}, "inicio": {catNavigation, cueFaint},
	"início": {catNavigation, cueFaint}, "contraseña": {catNavigation, cueWeak},
	"senha": {catNavigation, cueWeak}, "passwort": {catNavigation, cueWeak},
}

// chromePhrases are sequences of two to four lower-case words, matched on
// word boundaries, indexed by their first word. A phrase adds its weight on
// top of its words' weights.
var chromePhrases = phraseIndex(map[string]cue{
	// Korean news sites' comment box: its notice ("로그인 후 댓글을
	// 작성할 수 있습니다", you can write a comment after logging in) and
	// its field's placeholder (댓글을 입력해 주세요, please enter a
	// comment).
	"로그인 후 댓글을": {catCommentPolicy, cuePhrase},
	// Korean news sites' link to the reporter's page of articles on
	// the byline's line ("김도윤 기자 기자 페이지"): a button, weighted
	// to go beside a name and a title, as "in your inbox" does.
	"기자 페이지":    {catNavigation, 2},
	"댓글을 작성할 수": {catCommentPolicy, cuePhrase},
	// The same CMS's comment box: its log-in prompt ("로그인하여 댓글을
	// 작성하세요", log in to write a comment) and the note under its
	// best-comments tab ("BEST 댓글 답글과 추천수를 합산하여 자동으로
	// 노출됩니다", shown automatically by replies and recommendations
	// summed); and the article tools over the story: the font-size
	// buttons ("본문 글씨 키우기", "본문 글씨 줄이기", enlarge and shrink
	// the text), the comment box's sort button ("댓글 정렬") and the
	// share box's heading ("이 기사를 공유합니다", share
	// this article). Each phrase is a button's or a notice's, not a
	// story's sentence.
	"댓글을 작성하세요":              {catCommentPolicy, cuePhrase},
	"댓글 정렬":                  {catCommentPolicy, cuePhrase},
	"답글과 추천수를 합산하여":          {catCommentPolicy, cuePhrase},
	"글씨 키우기":                 {catShare, cuePhrase},
	"글씨 줄이기":                 {catShare, cuePhrase},
	"이 기사를 공유합니다":            {catShare, cuePhrase},
	"댓글을 입력해":                {catCommentForm, cuePhrase},
	"leave a reply":          {catCommentForm, cuePhrase},
	"leave a comment":        {catCommentForm, cuePhrase},
	"cancel reply":           {catCommentForm, cuePhrase},
	"post comment":           {catCommentForm, cuePhrase},
	"will not be published":  {catCommentForm, cuePhrase},
	"required fields":        {catCommentForm, cuePhrase},
	"notify me":              {catCommentForm, cuePhrase},
	"save my name":           {catCommentForm, cuePhrase},
	"next time i comment":    {catCommentForm, cuePhrase},
	"comments are moderated": {catCommentPolicy, cuePhrase},
	// A comment section's disclaimer, that the comments are their
	// authors' and not the site's ("Comments are the sole
	// responsibility of their authors", "Os comentários são de
	// responsabilidade exclusiva de seus autores", "Los comentarios son
	// responsabilidad exclusiva de sus autores", "Les commentaires sont
	// sous la seule responsabilité de leurs auteurs"), with the
	// agreement it asks of a commenter ("Ao comentar você concorda com
	// os termos de uso"). A story speaks of people's comments, not of
	// whose responsibility the page's comments are.
	"comments are the sole responsibility":         {catCommentPolicy, cuePhrase},
	"comments are the responsibility of":           {catCommentPolicy, cuePhrase},
	"comentários são de responsabilidade":          {catCommentPolicy, cuePhrase},
	"comentários são de inteira responsabilidade":  {catCommentPolicy, cuePhrase},
	"comentarios son responsabilidad":              {catCommentPolicy, cuePhrase},
	"comentarios son de exclusiva responsabilidad": {catCommentPolicy, cuePhrase},
	"commentaires sont sous la responsabilité":     {catCommentPolicy, cuePhrase},
	"ao comentar você concorda":                    {catCommentPolicy, cuePhrase},
	// British papers moderate before a comment shows ("Comments are
	// pre-moderated and may take a few minutes to appear").
	"comments are pre-moderated": {catCommentPolicy, cuePhrase},
	"are pre-moderated":          {catCommentPolicy, cuePhrase},
	// A comment box closed, as British papers close it on court
	// reports ("Comments have been disabled on this article for legal
	// reasons").
	"comments have been disabled":  {catCommentPolicy, cuePhrase},
	"comments are disabled":        {catCommentPolicy, cuePhrase},
	"comments have been closed":    {catCommentPolicy, cuePhrase},
	"commenting has been disabled": {catCommentPolicy, cuePhrase},
	"commenting is disabled":       {catCommentPolicy, cuePhrase},
	// The same notice as WordPress and national papers word it under
	// a closed thread ("Comments are closed.", "Comments are closed on
	// this article.", "Comments are now closed"): the page's state,
	// which a story reporting a closed thread says in a longer
	// sentence whose prose outweighs the phrase.
	"comments are closed":     {catCommentPolicy, cuePhrase},
	"comments are now closed": {catCommentPolicy, cuePhrase},
	"comments faq":            {catCommentPolicy, cuePhrase},
	"community guidelines":    {catCommentPolicy, cuePhrase},
	// The heading over a comment section, as British and American
	// papers word it ("Join the conversation", "Join the discussion"):
	// alone it is the section's; a story's sentence inviting people to
	// a debate is long enough that its prose outweighs the phrase.
	"join the conversation": {catCommentPolicy, cuePhrase},
	"join the discussion":   {catCommentPolicy, cuePhrase},
	"join the debate":       {catCommentPolicy, cueStrong},
	"house rules":           {catCommentPolicy, cueStrong},
	"previous post":         {catNavigation, cueStrong},
	"next post":             {catNavigation, cueStrong},
	"previous article":      {catNavigation, cueStrong},
	"next article":          {catNavigation, cueStrong},
	"next story":            {catNavigation, cueStrong},
	"back to top":           {catNavigation, cuePhrase},
	"skip to content":       {catNavigation, cuePhrase},
	"skip to main content":  {catNavigation, cuePhrase},
	"log in":                {catNavigation, cuePhrase},
	"sign in":               {catNavigation, cuePhrase},
	// A municipal CMS's account bar and share widget (CivicPlus's
	// "Create a Website Account - Manage notification subscriptions,
	// save form progress and more.", "Website Sign In", "Share &
	// Bookmark" and the screen-reader hint under it, "Press Enter to
	// show all options, press Tab go to next option"): the site's
	// account and the widget's keys, which no story addresses to its
	// reader.
	"create a website account":          {catNavigation, cueStrong},
	"manage notification subscriptions": {catNavigation, cuePhrase},
	"save form progress":                {catNavigation, cuePhrase},
	"website sign in":                   {catNavigation, cueStrong},
	"share bookmark":                    {catShare, cuePhrase},
	"share and bookmark":                {catShare, cuePhrase},
	"press enter to show all options":   {catShare, cuePhrase},
	"press tab go to next option":       {catShare, cuePhrase},
	"posted in":                         {catNavigation, cueStrong},
	"filed under":                       {catNavigation, cuePhrase},
	"this entry was posted":             {catNavigation, cuePhrase},
	"bookmark the permalink":            {catNavigation, cuePhrase},
	"sign up":                           {catPromo, cuePhrase},
	// A bookmaker's offer ("Bet £10 Get £30 in Free Bets"): the bets
	// it gives away, which betting adverts name and stories about
	// gambling name in sentences that their prose outweighs. Weighted
	// 2 to go in the offer's seven words beside its terms.
	"free bets": {catPromo, 2},
	"free bet":  {catPromo, 2},
	// A newsletter's promise to fill the reader's inbox ("straight to
	// your inbox", "direttamente nella tua casella di posta").
	"in bài": {catShare, cuePhrase}, // Vietnamese: print the article
	// Hungarian WordPress: "Vélemény, hozzászólás?" (Leave a reply) and
	// "A nevem, e-mail címem…" (Save my name…).
	"vélemény hozzászólás": {catCommentForm, cuePhrase},
	"nevem e-mail címem":   {catCommentForm, cuePhrase},
	// Hindi WordPress: Share, Like, Loading…, Leave a Reply, will not be
	// published, This entry was posted…, Bookmark the permalink.
	"शेयर करें":                {catShare, cuePhrase},
	"पसंद करें":                {catShare, cuePhrase},
	"लोड हो रहा है":            {catShare, cuePhrase},
	"एक उत्तर दें":             {catCommentForm, cuePhrase},
	"टिप्पणी करें":             {catCommentForm, cuePhrase},
	"प्रकाशित नहीं किया जाएगा": {catCommentForm, cuePhrase},
	"यह प्रविष्टि":             {catNavigation, cuePhrase},
	"बुकमार्क करें":            {catNavigation, cuePhrase},
	// Hindi and Bhojpuri portals' call to follow them on Google News,
	// the site's name before it: "… के Google News पर फॉलो करें" (Hindi),
	// "… करीं" (Bhojpuri's polite imperative).
	"google news पर": {catPromo, 2.5},
	"फॉलो करें":      {catPromo, cuePhrase},
	"फॉलो करीं":      {catPromo, cuePhrase},
	"your inbox":     {catPromo, cuePhrase},
	// Welsh newsletter boxes: the newsletter (cylchlythyr, weighted as
	// "newsletter") and "to your inbox" (i'ch mewnflwch, as "to your
	// inbox" weighs), as Welsh-language news sites word their box
	// ("Cylchlythyr dyddiol …", "Y newyddion … yn syth i'ch mewnflwch
	// bob bore").
	"cylchlythyr":        {catPromo, cueStrong},
	"i'ch mewnflwch":     {catPromo, 2.5},
	"eich mewnflwch":     {catPromo, cuePhrase},
	"casella di posta":   {catPromo, cuePhrase},
	"boîte mail":         {catPromo, cuePhrase},
	"boîte de réception": {catPromo, cuePhrase},
	"bandeja de entrada": {catPromo, cuePhrase},
	"caixa de entrada":   {catPromo, cuePhrase},
	// The promise of "in your inbox" (weighted as that, below) in
	// Norwegian (Bokmål and Nynorsk alike: "rett i innboksen", "i
	// innboksen din"), Danish ("i din indbakke") and Swedish ("i din
	// inkorg").
	// The call to sign up, as "sign up" weighs: Norwegian "Meld deg på
	// (nyhetsbrevet)", Danish "Tilmeld dig", Swedish "Anmäl dig".
	"meld deg på":    {catPromo, cuePhrase},
	"tilmeld dig":    {catPromo, cuePhrase},
	"anmäl dig":      {catPromo, cuePhrase},
	"i innboksen":    {catPromo, 2.5},
	"i din indbakke": {catPromo, 2.5},
	"i din inkorg":   {catPromo, 2.5},
	"ihr postfach":   {catPromo, cuePhrase},
	// The same promise to the reader addressed with "du" ("Erhalte
	// jeden Freitag die spannendsten Wissensartikel direkt in dein
	// Postfach."), as the informal German of a content site words it.
	"in dein postfach":      {catPromo, cuePhrase},
	"in deinen posteingang": {catPromo, cuePhrase},
	"follow us":             {catPromo, cuePhrase},
	"follow live":           {catPromo, cuePhrase},
	"read more":             {catPromo, cuePhrase},
	// The link an autoblogging plugin (WP RSS Aggregator, Feedzy)
	// sets under each post it copies, "Source link" pointing to the
	// page it took: a link's text, not a credit, for it names no one.
	"source link":             {catNavigation, cuePhrase},
	"also read":               {catPromo, cuePhrase},
	"read also":               {catPromo, cuePhrase},
	"click here":              {catPromo, cuePhrase},
	"most read":               {catPromo, cuePhrase},
	"more stories":            {catPromo, cuePhrase},
	"related articles":        {catPromo, cuePhrase},
	"related stories":         {catPromo, cuePhrase},
	"you may also like":       {catPromo, cuePhrase},
	"don't miss":              {catPromo, cueStrong},
	"breaking news alerts":    {catPromo, cuePhrase},
	"our newsletter":          {catPromo, cueStrong},
	"forward this email":      {catPromo, cuePhrase},
	"update your preferences": {catPromo, cuePhrase},
	"manage your preferences": {catPromo, cuePhrase},
	"receiving this email":    {catPromo, cuePhrase},
	"you're receiving this":   {catPromo, cuePhrase},
	"view in browser":         {catPromo, cuePhrase},
	"view this email":         {catPromo, cuePhrase},
	"related posts":           {catPromo, cuePhrase},
	"recent posts":            {catPromo, cuePhrase},
	"recent comments":         {catCommentPolicy, cuePhrase},
	"enter your email":        {catPromo, cuePhrase},
	"notifications of new":    {catPromo, cuePhrase},
	"affiliate links":         {catPromo, cuePhrase},
	"earn a commission":       {catPromo, cuePhrase},
	"no extra cost":           {catPromo, cuePhrase},
	"share this":              {catShare, cuePhrase},
	"like loading":            {catShare, cuePhrase},
	"like this":               {catShare, cueStrong},
	"share on":                {catShare, cueStrong},
	"share this article":      {catShare, cuePhrase},
	"copy link":               {catShare, cuePhrase},
	"copier le lien":          {catShare, cuePhrase},
	"copiar enlace":           {catShare, cuePhrase},
	"link kopieren":           {catShare, cuePhrase},
	"copiar link":             {catShare, cuePhrase},
	// The screen-reader text of share and print buttons (WordPress's
	// "Click to share on X (Opens in new window)").
	"click to share":        {catShare, cuePhrase},
	"click to email":        {catShare, cuePhrase},
	"click to print":        {catShare, cuePhrase},
	"opens in new window":   {catShare, cuePhrase},
	"opens in a new window": {catShare, cuePhrase},
	// The same button texts of Jetpack in Spanish, Portuguese, French,
	// German, Italian and Dutch.
	"haz clic para compartir":         {catShare, cuePhrase},
	"se abre en una ventana nueva":    {catShare, cuePhrase},
	"clique para compartilhar":        {catShare, cuePhrase},
	"clique para partilhar":           {catShare, cuePhrase},
	"cliquez pour partager":           {catShare, cuePhrase},
	"ouvre dans une nouvelle fenêtre": {catShare, cuePhrase},
	"wird in neuem fenster geöffnet":  {catShare, cuePhrase},
	"fai clic per condividere":        {catShare, cuePhrase},
	"si apre in una nuova finestra":   {catShare, cuePhrase},
	"opent in een nieuw venster":      {catShare, cuePhrase},

	// The same furniture of WordPress and its sharing plugin in Spanish,
	// French and German: their translations' own strings ("Deja un
	// comentario", "Me gusta Cargando...", "Votre adresse e-mail ne sera
	// pas publiée", "Schreibe einen Kommentar").
	"compartir en":                      {catShare, cuePhrase},
	"compartir esto":                    {catShare, cuePhrase},
	"me gusta esto":                     {catShare, cuePhrase},
	"me gusta cargando":                 {catShare, cuePhrase},
	"esta entrada fue publicada":        {catNavigation, cuePhrase},
	"guarda el enlace permanente":       {catNavigation, cuePhrase},
	"entrada anterior":                  {catNavigation, cuePhrase},
	"entrada siguiente":                 {catNavigation, cuePhrase},
	"entradas relacionadas":             {catPromo, cuePhrase},
	"deja un comentario":                {catCommentForm, cuePhrase},
	"deja tu comentario":                {catCommentForm, cuePhrase},
	"deje su comentario":                {catCommentForm, cuePhrase},
	"deja una respuesta":                {catCommentForm, cuePhrase},
	"no será publicada":                 {catCommentForm, cuePhrase},
	"campos obligatorios":               {catCommentForm, cuePhrase},
	"guarda mi nombre":                  {catCommentForm, cuePhrase},
	"próxima vez que comente":           {catCommentForm, cuePhrase},
	"publicar comentario":               {catCommentForm, cuePhrase},
	"partager sur":                      {catShare, cuePhrase},
	"partager ceci":                     {catShare, cuePhrase},
	"laisser un commentaire":            {catCommentForm, cuePhrase},
	"ne sera pas publiée":               {catCommentForm, cuePhrase},
	"champs obligatoires":               {catCommentForm, cuePhrase},
	"enregistrer mon nom":               {catCommentForm, cuePhrase},
	"prochaine fois que je commenterai": {catCommentForm, cuePhrase},
	"articles similaires":               {catPromo, cuePhrase},
	"article précédent":                 {catNavigation, cuePhrase},
	"article suivant":                   {catNavigation, cuePhrase},
	"teilen mit":                        {catShare, cuePhrase},
	"gefällt mir wird geladen":          {catShare, cuePhrase},
	"schreibe einen kommentar":          {catCommentForm, cuePhrase},
	"hinterlasse einen kommentar":       {catCommentForm, cuePhrase},
	"wird nicht veröffentlicht":         {catCommentForm, cuePhrase},
	"erforderliche felder":              {catCommentForm, cuePhrase},
	"nächsten kommentar":                {catCommentForm, cuePhrase},
	"ähnliche beiträge":                 {catPromo, cuePhrase},
	// Jetpack's German button texts and WordPress's German post line:
	// "Klick, um auf Facebook zu teilen", "Dieser Eintrag wurde
	// veröffentlicht in … und verschlagwortet mit …. Setze ein
	// Lesezeichen auf den Permalink."
	"klick um":                            {catShare, cuePhrase},
	"dieser eintrag wurde veröffentlicht": {catNavigation, cuePhrase},
	"verschlagwortet mit":                 {catNavigation, cuePhrase},
	"lesezeichen auf den permalink":       {catNavigation, cueStrong * 3},
	// Portuguese and Italian, likewise ("Deixe um comentário", or as
	// Brazilian portals word it "Deixe seu comentário", "Gosto
	// Carregando...", "Lascia un commento").
	"partilhar isto":             {catShare, cuePhrase},
	"partilhar no":               {catShare, cuePhrase},
	"compartilhar isso":          {catShare, cuePhrase},
	"compartilhe isso":           {catShare, cuePhrase},
	"gosto disto":                {catShare, cuePhrase},
	"gosto carregando":           {catShare, cuePhrase},
	"curtir isso":                {catShare, cuePhrase},
	"abre numa nova janela":      {catShare, cuePhrase},
	"abre em nova janela":        {catShare, cuePhrase},
	"esta entrada foi publicada": {catNavigation, cuePhrase},
	"deixe um comentário":        {catCommentForm, cuePhrase},
	"deixe seu comentário":       {catCommentForm, cuePhrase},
	"deixe o seu comentário":     {catCommentForm, cuePhrase},
	"cancelar resposta":          {catCommentForm, cuePhrase},
	"não será publicado":         {catCommentForm, cuePhrase},
	"campos obrigatórios":        {catCommentForm, cuePhrase},
	"guardar o meu nome":         {catCommentForm, cuePhrase},
	"salvar meus dados":          {catCommentForm, cuePhrase},
	"publicar comentário":        {catCommentForm, cuePhrase},
	"orgulhosamente criado com":  {catLegal, cuePhrase},
	"artigos relacionados":       {catPromo, cuePhrase},
	"condividi su":               {catShare, cuePhrase},
	"mi piace caricamento":       {catShare, cuePhrase},
	"lascia un commento":         {catCommentForm, cuePhrase},
	"non sarà pubblicato":        {catCommentForm, cuePhrase},
	"campi obbligatori":          {catCommentForm, cuePhrase},
	// Venetian, as a regional site's theme translates WordPress's
	// comment form: Leave a comment ("Lassa un coment"), your e-mail
	// "will not be published" ("no la vegnarà publicà"), Required fields
	// ("I campi obligatori i xe segnà co *").
	"lassa un coment":       {catCommentForm, cuePhrase},
	"no la vegnarà publicà": {catCommentForm, cuePhrase},
	"campi obligatori":      {catCommentForm, cuePhrase},
	"articoli correlati":    {catPromo, cuePhrase},
	"proudly powered by":    {catLegal, cuePhrase},
	// The footer credit of the software under a site, with or without
	// WordPress's "Proudly" ("Powered by WordPress | Theme: X by Y", as
	// ThemeGrill's, Automattic's and most other themes print it).
	// Weighted 2, as Blogger's credit: at 1.5 the theme's words beside
	// it left "Powered by WordPress | Theme: ColorNews by ThemeGrill."
	// at 0.42, under the threshold. A story's sentence that names the
	// software is long enough that the phrase does not carry it
	// (TestSoftwareCredits).
	"powered by wordpress": {catLegal, 2},
	// The prompts of comment forms that keep a reader out or check the
	// fields: WordPress's "You must be logged in to post a comment." in
	// English, French, Spanish, German, Italian and Portuguese; forums'
	// "You must log in or register to reply here." (XenForo, vBulletin:
	// German, French, Spanish); and the validation strings the tagDiv
	// "Newspaper" theme prints under its form whatever the page's
	// language ("Please enter your comment!", "Please enter your name
	// here", "You have entered an incorrect email address!"). Each is
	// the software's sentence, not a reporter's: a story that says
	// people had to log in says it with other words round it, which
	// the line's length weighs (TestCommentPrompts).
	"logged in to post a comment":          {catCommentForm, cuePhrase},
	"connecté pour publier un commentaire": {catCommentForm, cuePhrase},
	"sesión para publicar un comentario":   {catCommentForm, cuePhrase},
	"angemeldet sein um einen kommentar":   {catCommentForm, cuePhrase},
	"connesso per inviare un commento":     {catCommentForm, cuePhrase},
	"login para publicar um comentário":    {catCommentForm, cuePhrase},
	// French papers gate the thread under the story with an order to
	// log in, by either verb, to react or to comment ("Connectez-vous
	// pour réagir à cet article", "Identifiez-vous pour commenter"),
	// 20 minutes' familiar "Connecte-toi pour commenter" too.
	"connectez-vous pour réagir":     {catCommentForm, cuePhrase},
	"connectez-vous pour commenter":  {catCommentForm, cuePhrase},
	"identifiez-vous pour réagir":    {catCommentForm, cuePhrase},
	"identifiez-vous pour commenter": {catCommentForm, cuePhrase},
	"connecte-toi pour réagir":       {catCommentForm, cuePhrase},
	"connecte-toi pour commenter":    {catCommentForm, cuePhrase},
	"connecté pour réagir":           {catCommentForm, cuePhrase},
	"connecté pour commenter":        {catCommentForm, cuePhrase},
	// Finnish papers gate the thread the same way ("Kommentointi vaatii
	// kirjautumisen.", commenting requires logging in; "Kirjaudu sisään
	// kommentoidaksesi", log in to comment) and say under it that the
	// comments are read before they show ("Kommentit tarkistetaan ennen
	// julkaisua."): the page's rule for its own form, which a story
	// about a forum's rules reports inside a longer sentence.
	"kommentointi vaatii kirjautumisen":      {catCommentForm, cuePhrase},
	"kommentoiminen vaatii kirjautumisen":    {catCommentForm, cuePhrase},
	"kommentointi edellyttää kirjautumista":  {catCommentForm, cuePhrase},
	"kirjaudu sisään kommentoidaksesi":       {catCommentForm, cuePhrase},
	"kirjaudu kommentoidaksesi":              {catCommentForm, cuePhrase},
	"kommentit tarkistetaan ennen julkaisua": {catCommentPolicy, cuePhrase},
	"kommentit tarkastetaan ennen julkaisua": {catCommentPolicy, cuePhrase},
	// The same gate where a site lets only its subscribers or its
	// logged-in readers comment, as Spanish and Portuguese papers word
	// it before the thread ("Para comentar debe ser suscriptor e
	// iniciar sesión.", "Inicie sesión para comentar", "Para comentar,
	// é preciso ser assinante") and English ones ("Log in to
	// comment"): an order to the reader about the page's own form,
	// which a story reporting a forum's rules says inside a longer
	// sentence.
	"para comentar debe":         {catCommentForm, cuePhrase},
	"para comentar debes":        {catCommentForm, cuePhrase},
	"para comentar necesita":     {catCommentForm, cuePhrase},
	"para comentar necesitas":    {catCommentForm, cuePhrase},
	"para comentar es necesario": {catCommentForm, cuePhrase},
	"para poder comentar":        {catCommentForm, cuePhrase},
	"sesión para comentar":       {catCommentForm, cuePhrase},
	"para comentar é preciso":    {catCommentForm, cuePhrase},
	"para comentar é necessário": {catCommentForm, cuePhrase},
	"para comentar você precisa": {catCommentForm, cuePhrase},
	// Italian papers word it so ("Per commentare è necessario essere
	// abbonati. Accedi o abbonati.", "Accedi per commentare").
	"per commentare è necessario":              {catCommentForm, cuePhrase},
	"per commentare occorre":                   {catCommentForm, cuePhrase},
	"per commentare devi":                      {catCommentForm, cuePhrase},
	"per poter commentare":                     {catCommentForm, cuePhrase},
	"accedi per commentare":                    {catCommentForm, cuePhrase},
	"logged in to comment":                     {catCommentForm, cuePhrase},
	"log in to comment":                        {catCommentForm, cuePhrase},
	"sign in to comment":                       {catCommentForm, cuePhrase},
	"log in or register to reply":              {catCommentForm, cuePhrase},
	"einloggen oder registrieren um hier":      {catCommentForm, cuePhrase},
	"connecter ou vous inscrire pour répondre": {catCommentForm, cuePhrase},
	"conectarte o registrarte para responder":  {catCommentForm, cuePhrase},
	"please enter your comment":                {catCommentForm, cuePhrase},
	"please enter your name here":              {catCommentForm, cuePhrase},
	"please enter your email address here":     {catCommentForm, cuePhrase},
	"entered an incorrect email address":       {catCommentForm, cuePhrase},
	// The login box a theme keeps in every page (a modal the scrape of
	// a page's text prints at its end): the tagDiv "Newspaper" theme's
	// "Welcome! Log into your account", "Forgot your password? Get
	// help", "Password recovery", "Recover your password", "A password
	// will be e-mailed to you.", WordPress's "Lost your password?", and
	// their forms in the theme's French, Spanish, Portuguese, German,
	// Italian, Dutch and Nordic translations. A story about a hacked
	// account says such words inside a longer sentence, which the
	// line's length weighs (TestLoginBox). The lines alone are
	// pageWidgets.
	"log into your account":         {catNavigation, cuePhrase},
	"forgot your password":          {catNavigation, cuePhrase},
	"lost your password":            {catNavigation, cuePhrase},
	"password recovery":             {catNavigation, cuePhrase},
	"recover your password":         {catNavigation, cuePhrase},
	"password will be e-mailed":     {catNavigation, cuePhrase},
	"password will be emailed":      {catNavigation, cuePhrase},
	"connectez-vous à votre compte": {catNavigation, cuePhrase},
	"mot de passe oublié":           {catNavigation, cuePhrase},
	"olvidaste tu contraseña":       {catNavigation, cuePhrase},
	"recuperación de contraseña":    {catNavigation, cuePhrase},
	"esqueceu sua senha":            {catNavigation, cuePhrase},
	"esqueceu a sua senha":          {catNavigation, cuePhrase},
	"recuperação de senha":          {catNavigation, cuePhrase},
	"passwort vergessen":            {catNavigation, cuePhrase},
	"password dimenticata":          {catNavigation, cuePhrase},
	"recupero password":             {catNavigation, cuePhrase},
	"wachtwoord vergeten":           {catNavigation, cuePhrase},
	"glemt passord":                 {catNavigation, cuePhrase},
	"glömt lösenordet":              {catNavigation, cuePhrase},
	"glemt adgangskode":             {catNavigation, cuePhrase},
	// The affiliate disclosure's stock clause ("We may earn a commission
	// when you buy through links on our site"), beside "earn a
	// commission", so that the whole note carries over a short
	// headline's and a caption's company.
	"buy through links":      {catPromo, cuePhrase},
	"purchase through links": {catPromo, cuePhrase},
	// Disqus's comment embed: its link ("comments powered by Disqus")
	// and the <noscript> line every page that embeds it carries,
	// "Please enable JavaScript to view the comments powered by Disqus.";
	// "enable javascript" opens the <noscript> notice of other widgets
	// and apps too ("You need to enable JavaScript to run this app.").
	"powered by disqus": {catCommentPolicy, 2},
	"enable javascript": {catNavigation, cuePhrase},
	// WordPress.com's footer credit on the blogs it hosts, "Blog at
	// WordPress.com." (the tokenizer reads the domain as two words).
	// An aggregator's or a portal's footer disclaiming the rights to
	// what it shows: the material belongs to its owners or authors
	// ("Trademarks belong to their respective owners", "Материалы
	// принадлежат их авторам и источникам").
	"their respective owners":      {catLegal, cuePhrase},
	"принадлежат их авторам":       {catLegal, cuePhrase},
	"принадлежат их владельцам":    {catLegal, cuePhrase},
	"принадлежат правообладателям": {catLegal, cuePhrase},
	"blog at wordpress":            {catLegal, cuePhrase + cueStrong},
	// The same credit in WordPress.com's Spanish strings, "Crea un blog
	// o un sitio web gratuitos con WordPress.com.", and the placeholder
	// of its comment box, "Enter your comment here..." ("Introduce aquí
	// tu comentario...", and "Escribe aquí tu comentario" of other
	// Spanish themes): the reader is addressed, no story's sentence.
	"gratuitos con wordpress":      {catLegal, cuePhrase + cueStrong},
	"enter your comment here":      {catCommentForm, cuePhrase},
	"introduce aquí tu comentario": {catCommentForm, cuePhrase},
	"escribe aquí tu comentario":   {catCommentForm, cuePhrase},
	// WordPress's Bulgarian, Russian and Ukrainian strings, as their
	// translations word them ("Харесай това:", "Харесване Зареждане…",
	// "Навигация в публикациите", "Вашият коментар").
	"сподели това":             {catShare, cuePhrase},
	"харесай това":             {catShare, cuePhrase},
	"харесване зареждане":      {catShare, cuePhrase},
	"навигация в публикациите": {catNavigation, cuePhrase},
	"предишна публикация":      {catNavigation, cuePhrase},
	"следваща публикация":      {catNavigation, cuePhrase},
	"вашият коментар":          {catCommentForm, cuePhrase},
	"няма да бъде публикуван":  {catCommentForm, cuePhrase},
	"задължителните полета":    {catCommentForm, cuePhrase},
	"публикувай коментар":      {catCommentForm, cuePhrase},
	"създадено с wordpress":    {catLegal, cuePhrase},
	"поделиться ссылкой":       {catShare, cuePhrase},
	"понравилось это":          {catShare, cuePhrase},
	"нравится загрузка":        {catShare, cuePhrase},
	"навигация по записям":     {catNavigation, cuePhrase},
	"добавить комментарий":     {catCommentForm, cuePhrase},
	"не будет опубликован":     {catCommentForm, cuePhrase},
	"обязательные поля":        {catCommentForm, cuePhrase},
	"отправить комментарий":    {catCommentForm, cuePhrase},
	"поділитися":               {catShare, cueStrong},
	"подобається це":           {catShare, cuePhrase},
	"навігація записів":        {catNavigation, cuePhrase},
	"залишити коментар":        {catCommentForm, cuePhrase},
	"не буде опублікована":     {catCommentForm, cuePhrase},
	"обов'язкові поля":         {catCommentForm, cuePhrase},
	"підписуйтесь на":          {catPromo, cuePhrase},
	// The strings of the CMSs Russian regional sites share (Bashkir,
	// Tatar and other republics' papers run them with Russian
	// furniture around their own language's text): the comment box's
	// log-in prompt ("Чтобы оставить комментарий, войдите через
	// ВКонтакте", WordPress's ru_RU "Для отправки комментария вам
	// необходимо авторизоваться"), the footer's "all rights reserved"
	// (weighted as English's) and its reuse rule ("При полном или
	// частичном использовании материалов ссылка на сайт обязательна",
	// a link to the site is required when the material is used), and
	// Ukrainian's "all rights reserved".
	"оставить комментарий":       {catCommentForm, cuePhrase},
	"необходимо авторизоваться":  {catCommentForm, cuePhrase},
	"все права защищены":         {catLegal, 2},
	"использовании материалов":   {catLegal, cuePhrase},
	"ссылка на сайт обязательна": {catLegal, cuePhrase},
	// The personal-data consent a Russian or Ukrainian site's form
	// asks for under its fields, as the law on personal data has it
	// ("Я согласен на обработку персональных данных", "Нажимая кнопку,
	// вы даёте согласие на обработку персональных данных"): the form's
	// checkbox, in the reader's voice or addressed to the reader. A
	// story reports the processing, and the consent that someone gave,
	// in the third person.
	"обработку персональных данных": {catCommentForm, cueStrong},
	"согласен на обработку":         {catCommentForm, cuePhrase},
	"согласна на обработку":         {catCommentForm, cuePhrase},
	"даю согласие":                  {catCommentForm, cuePhrase},
	"вы даёте согласие":             {catCommentForm, cuePhrase},
	"вы даете согласие":             {catCommentForm, cuePhrase},
	"обробку персональних даних":    {catCommentForm, cueStrong},
	"згоден на обробку":             {catCommentForm, cuePhrase},
	"згодна на обробку":             {catCommentForm, cuePhrase},
	"надаю згоду":                   {catCommentForm, cuePhrase},
	// The visitor counters Russian sites set in their footer, whose
	// titles and alt texts a scraper keeps: LiveInternet's "показано
	// число просмотров за 24 часа…", "Яндекс.Метрика", "Рейтинг@Mail.ru",
	// "Top.Mail.Ru". Site furniture, as a menu is.
	"яндекс метрика":            {catNavigation, cuePhrase},
	"показано число просмотров": {catNavigation, cuePhrase},
	"рейтинг mail ru":           {catNavigation, cuePhrase},
	"top mail ru":               {catNavigation, cuePhrase},
	"ссылка обязательна":        {catLegal, cuePhrase},
	"усі права захищені":        {catLegal, 2},
	"всі права захищені":        {catLegal, 2},
	// WordPress's Slovak, Indonesian, Arabic and Hebrew strings, as
	// their translations word them.
	"páči sa mi to": {catShare, cuePhrase},
	// WordPress's Danish, Lithuanian and Serbian strings.
	"del dette":                  {catShare, cuePhrase},
	"synes godt om":              {catShare, cuePhrase},
	"indlæser":                   {catShare, cueStrong},
	"annuller svar":              {catCommentForm, cuePhrase},
	"dalintis":                   {catShare, cueStrong},
	"patinka įkeliama":           {catShare, cuePhrase},
	"parašykite komentarą":       {catCommentForm, cuePhrase},
	"atšaukti atsakymą":          {catCommentForm, cuePhrase},
	"nebus skelbiamas":           {catCommentForm, cuePhrase},
	"būtini laukeliai":           {catCommentForm, cuePhrase},
	"išsaugoti mano vardą":       {catCommentForm, 3},
	"šioje naršyklėje":           {catCommentForm, 3},
	"skelbti komentarą":          {catCommentForm, cuePhrase},
	"podeli":                     {catShare, cueStrong},
	"prijavite se na naš bilten": {catPromo, cuePhrase},
	// Bengali WordPress (bn_BD) and its sharing plugin: Share, Like
	// this, Loading…, Leave a Reply / Cancel reply, will not be
	// published, required fields are marked, Save my name… in this
	// browser, Post Comment; a portal's "আরও পড়ুন" (read more).
	"শেয়ার করুন":              {catShare, cuePhrase},
	"এটি পছন্দ করুন":           {catShare, cuePhrase},
	"লোড হচ্ছে":                {catShare, cuePhrase},
	"মন্তব্য করুন":             {catCommentForm, cuePhrase},
	"জবাব বাতিল":               {catCommentForm, cuePhrase},
	"প্রকাশিত হবে না":          {catCommentForm, cuePhrase},
	"চিহ্নিত বিষয়গুলো আবশ্যক": {catCommentForm, cuePhrase},
	"ব্রাউজারে সংরক্ষণ করুন":   {catCommentForm, cuePhrase},
	"মন্তব্য প্রকাশ করুন":      {catCommentForm, cuePhrase},
	"আরও পড়ুন":                {catPromo, cuePhrase},
	// Latvian WordPress (lv): Skip to content, Previous post / Next post,
	// Cancel reply, will not be published, Required fields are marked,
	// Save my name…, Post Comment, Proudly powered by WordPress.
	"doties uz saturu":            {catNavigation, cuePhrase},
	"iepriekšējais ieraksts":      {catNavigation, cueStrong},
	"nākamais ieraksts":           {catNavigation, cueStrong},
	"atcelt atbildi":              {catCommentForm, cuePhrase},
	"netiks publicēta":            {catCommentForm, cuePhrase},
	"obligātie lauki ir atzīmēti": {catCommentForm, cuePhrase},
	"saglabājiet manu vārdu":      {catCommentForm, cuePhrase},
	"pievienot komentāru":         {catCommentForm, cuePhrase},
	"ar lepnumu izmanto":          {catLegal, cuePhrase},
	"publicēts":                   {catNavigation, cueStrong},
	"ziņu izvēlne":                {catNavigation, cuePhrase},
	// A Latvian portal's gate over its comment form: "Lai komentētu,
	// lūdzu, pieslēdzies." (to comment, please log in; the polite
	// "pieslēdzieties", and "ienāc"/"autorizējies").
	"lai komentētu lūdzu pieslēdzies":    {catCommentForm, cuePhrase},
	"lai komentētu lūdzu pieslēdzieties": {catCommentForm, cuePhrase},
	"lai komentētu pieslēdzies":          {catCommentForm, cuePhrase},
	"lai komentētu pieslēdzieties":       {catCommentForm, cuePhrase},
	"lai komentētu lūdzu autorizējies":   {catCommentForm, cuePhrase},
	// Filipino WordPress (tl) and its sharing plugin: Skip to content,
	// Share this, Like / Loading…, Related Posts, Leave a Reply, Cancel
	// reply, will not be published, Save my name…, Post Comment,
	// Proudly powered by WordPress.
	"lumaktaw sa nilalaman":     {catNavigation, cuePhrase},
	"ibahagi ito":               {catShare, cuePhrase},
	"naglo-load":                {catShare, cueStrong},
	"mga kaugnay na post":       {catPromo, cuePhrase},
	"mag-iwan ng tugon":         {catCommentForm, cuePhrase},
	"kanselahin ang tugon":      {catCommentForm, cuePhrase},
	"hindi ilalathala":          {catCommentForm, cuePhrase},
	"i-save ang aking pangalan": {catCommentForm, cuePhrase},
	"sa browser na ito":         {catCommentForm, cuePhrase},
	"pagkokomento ko":           {catCommentForm, cuePhrase},
	"i-post ang komento":        {catCommentForm, cuePhrase},
	"pinapagana ng wordpress":   {catLegal, cuePhrase},
	// Estonian WordPress (et) and its sharing plugin: Like / Loading…,
	// Previous post / Next post, Add comment, Cancel reply, will not be
	// published, Required fields are marked, Save my name…, Post Comment.
	"meeldib laadimine":             {catShare, cuePhrase},
	"eelmine postitus":              {catNavigation, cueStrong},
	"järgmine postitus":             {catNavigation, cueStrong},
	"lisa kommentaar":               {catCommentForm, cuePhrase},
	"tühista vastus":                {catCommentForm, cuePhrase},
	"e-postiaadressi ei avaldata":   {catCommentForm, cuePhrase},
	"nõutavad väljad on tähistatud": {catCommentForm, cuePhrase},
	"salvesta minu nimi":            {catCommentForm, cuePhrase},
	"selles brauseris":              {catCommentForm, cuePhrase},
	"postita kommentaar":            {catCommentForm, cuePhrase},
	// Khmer WordPress (km) and portals: share, copy link, related
	// articles, Cancel reply, Required fields are marked, Save my name…,
	// Post Comment (zero-width spaces dropped, as measure drops them).
	"ចម្លងតំណ":                  {catShare, cuePhrase},
	"អត្ថបទទាក់ទង":              {catPromo, cuePhrase},
	"បោះបង់ការឆ្លើយតប":          {catCommentForm, cuePhrase},
	"វាលដែលត្រូវការត្រូវបានគូស": {catCommentForm, cuePhrase},
	"សូមរក្សាទុកឈ្មោះ":          {catCommentForm, cuePhrase},
	"បញ្ចេញមតិ":                 {catCommentForm, cuePhrase},
	// Georgian WordPress (ka) and its sharing plugin: Share this, Like
	// this, Loading…, Leave a comment, will not be published, Required
	// fields are marked, Save my name…, Post Comment.
	"გააზიარეთ ეს":                   {catShare, cuePhrase},
	"მოიწონეთ ეს":                    {catShare, cuePhrase},
	"მოწონება იტვირთება":             {catShare, cuePhrase},
	"კომენტარის დატოვება":            {catCommentForm, cuePhrase},
	"გამოქვეყნებული არ იყო":          {catCommentForm, cuePhrase},
	"აუცილებელი ველები მონიშნულია":   {catCommentForm, cuePhrase},
	"ვებ-გვერდის მისამართის შენახვა": {catCommentForm, cuePhrase},
	"ამ ბრაუზერში":                   {catCommentForm, cuePhrase},
	"კომენტარის გაგზავნა":            {catCommentForm, cuePhrase},
	// Nepali portals: read this too, share this news, write your
	// reaction, send your reaction, download the app, the reaction box
	// ("यो खबर पढेर तपाईंलाई कस्तो महसुस भयो?").
	"यो पनि पढ्नुहोस्":         {catPromo, cuePhrase},
	"यो समाचार सेयर गर्नुहोस्": {catShare, cuePhrase},
	"सेयर गर्नुहोस्":           {catShare, cuePhrase},
	"प्रतिक्रिया लेख्नुहोस्":   {catCommentForm, cuePhrase},
	"प्रतिक्रिया पठाउनुहोस्":   {catCommentForm, cuePhrase},
	"एप डाउनलोड गर्नुहोस्":     {catPromo, cuePhrase},
	"कस्तो महसुस भयो":          {catShare, cuePhrase * 2},
	// Thai WordPress (th) and portals: Leave a Reply, "Your email address
	// will not be published", "Required fields are marked", Post Comment;
	// copy link, likes ("ถูกใจ 27 ครั้ง"). Thai runs its words together,
	// so each phrase is one word to the matcher, matched whole.
	"ใส่ความเห็น": {catCommentForm, cuePhrase},
	"อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น": {catCommentForm, cuePhrase},
	"ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย":  {catCommentForm, cuePhrase},
	"แสดงความเห็น": {catCommentForm, cuePhrase},
	"คัดลอกลิงก์":  {catShare, cuePhrase},
	"ถูกใจ":        {catShare, cueStrong},
	// Tamil portals: "பகிர்" (share), "தொடர்புடைய செய்திகள்" (related news).
	"பகிர்": {catShare, cueStrong},
	"தொடர்புடைய செய்திகள்":    {catPromo, cuePhrase},
	"páči sa mi to načítavam": {catShare, cuePhrase},
	// Jetpack's Like button as other Slovak themes print its
	// loading state ("Páči sa mi to Načítava sa..."), a theme's
	// related-posts heading (Podobné príspevky, as the Czech
	// "Podobné příspěvky") and its footer's "Proudly powered by
	// WordPress" (Beží na WordPress), weighted as the other
	// languages' Powered by.
	"páči sa mi to načítava sa":    {catShare, cuePhrase},
	"podobné príspevky":            {catPromo, cuePhrase},
	"beží na wordpress":            {catLegal, 3},
	"načítavam":                    {catShare, cueStrong},
	"zdieľať":                      {catShare, cueStrong},
	"pridaj komentár":              {catCommentForm, cuePhrase},
	"zrušiť odpoveď":               {catCommentForm, cuePhrase},
	"nebude zverejnená":            {catCommentForm, cuePhrase},
	"vyžadované polia":             {catCommentForm, cuePhrase},
	"uložiť moje meno":             {catCommentForm, 3},
	"v tomto prehliadači":          {catCommentForm, 3},
	"odoslať komentár":             {catCommentForm, cuePhrase},
	"tento záznam bol publikovaný": {catNavigation, cuePhrase},
	"pridať odkaz do záložiek":     {catNavigation, cuePhrase},
	// The same furniture in Slovenian WordPress (sl_SI) and its sharing
	// plugin: Like and its loading state ("Všečkaj to:" over "Nalaganje
	// ..."), Leave a Reply and Cancel reply ("Dodaj odgovor Prekliči
	// odgovor"), "Vaš e-naslov ne bo objavljen. Zahtevana polja so
	// označena z *", "Shrani moje ime, e-pošto in spletišče v ta
	// brskalnik za naslednjič, ko bom komentiral." (weighted as the
	// Slovak "Save my name"). The loading word is strong as the Slovak
	// "načítavam": alone on a line it is a widget's. (Croatian's forms
	// stand with the other Croatian strings.)
	"nalaganje":                {catShare, cueStrong},
	"všečkaj to":               {catShare, cuePhrase},
	"dodaj odgovor":            {catCommentForm, cuePhrase},
	"prekliči odgovor":         {catCommentForm, cuePhrase},
	"ne bo objavljen":          {catCommentForm, cuePhrase},
	"zahtevana polja":          {catCommentForm, cuePhrase},
	"shrani moje ime":          {catCommentForm, 3},
	"v ta brskalnik":           {catCommentForm, 3},
	"bagikan ini":              {catShare, cuePhrase},
	"menyukai ini":             {catShare, cuePhrase},
	"suka memuat":              {catShare, cuePhrase},
	"ruas yang wajib ditandai": {catCommentForm, cuePhrase},
	"simpan nama email":        {catCommentForm, cuePhrase},
	"أعجبني هذا":               {catShare, cuePhrase},
	"إعجاب تحميل":              {catShare, cuePhrase},
	"شارك هذا":                 {catShare, cuePhrase},
	"اترك تعليقاً":             {catCommentForm, cuePhrase},
	"اترك تعليقا":              {catCommentForm, cuePhrase},
	"لن يتم نشر عنوان بريدك الإلكتروني": {catCommentForm, cuePhrase},
	"الحقول الإلزامية":                  {catCommentForm, cuePhrase},
	"احفظ اسمي":                         {catCommentForm, 3},
	"في هذا المتصفح":                    {catCommentForm, 3},
	"إرسال التعليق":                     {catCommentForm, cuePhrase},
	"להגיב":                             {catCommentForm, cueStrong},
	"כתובת האימייל לא תפורסם":           {catCommentForm, cuePhrase},
	"שדות החובה מסומנים":                {catCommentForm, cuePhrase},
	"שתפו":                              {catShare, cueStrong},
	"שתף":                               {catShare, cueStrong},
	// Spanish audio players and channel invitations.
	"escuchar esta nota":      {catPromo, cuePhrase},
	"escuchar esta noticia":   {catPromo, cuePhrase},
	"síguenos en google news": {catPromo, cuePhrase},
	"únete a nuestro canal":   {catPromo, cuePhrase},
	// Swahili portals: "Shiriki" (share), "Habari zinazohusiana"
	// (related news).
	"shiriki":              {catShare, cueStrong},
	"habari zinazohusiana": {catPromo, cuePhrase},
	// WordPress's comment-form consent and its footer in German, Dutch,
	// Spanish, French, Italian and Portuguese, as their translations word
	// them ("Meinen Namen, meine E-Mail-Adresse und meine Website in
	// diesem Browser speichern, bis ich wieder kommentiere"; "Funciona
	// gracias a WordPress").
	"in diesem browser speichern":    {catCommentForm, 3},
	"bis ich wieder kommentiere":     {catCommentForm, cuePhrase},
	"wanneer ik een reactie plaats":  {catCommentForm, cuePhrase},
	"funciona gracias a wordpress":   {catLegal, 3},
	"fièrement propulsé par":         {catLegal, cuePhrase},
	"stolz präsentiert von":          {catLegal, cuePhrase},
	"con orgoglio":                   {catLegal, cueWeak},
	"orgogliosamente realizzato con": {catLegal, cuePhrase},
	"trots aangedreven door":         {catLegal, cuePhrase},
	"tema por":                       {catLegal, cueWeak},
	// A newsletter box's offer in the same languages.
	"nosso boletim":      {catPromo, cuePhrase},
	"en tu correo":       {catPromo, cuePhrase},
	"es gratis":          {catPromo, cueStrong},
	"onze nieuwsbrief":   {catPromo, cuePhrase},
	"unseren newsletter": {catPromo, cuePhrase},
	// A paywall's or a membership appeal's own words, on the page of
	// the paper and on a scraper's copy of it.
	"continue reading":         {catPromo, cuePhrase},
	"already a subscriber":     {catPromo, cuePhrase},
	"unlimited access":         {catPromo, cuePhrase},
	"cancel anytime":           {catPromo, cuePhrase},
	"subscribe for":            {catPromo, cuePhrase},
	"needs your support":       {catPromo, cuePhrase},
	"support local journalism": {catPromo, cuePhrase},
	// A broadcaster's button to its live stream, as local TV and radio
	// sites print it in their header ("WATCH LIVE", "LISTEN LIVE").
	"watch live":  {catPromo, cuePhrase},
	"listen live": {catPromo, cuePhrase},
	// Site furniture beyond WordPress, in the languages of the strings
	// above: consent banners, sharing buttons, teaser boxes, comment
	// forms, legal footers, as German, French, Spanish, Portuguese and
	// Italian news sites word them.
	"wir verwenden cookies":   {catLegal, cuePhrase},
	"alle akzeptieren":        {catLegal, cueStrong},
	"alle rechte vorbehalten": {catLegal, 2},
	"teilen auf":              {catShare, cuePhrase},
	"artikel teilen":          {catShare, cuePhrase},
	// A live ticker's or a blog's button under each of its entries,
	// which shares that entry alone ("Eintrag teilen", "Beitrag
	// teilen", "Share this entry", "Share this post", "Partager ce
	// post", "Condividi questo post"): the verb with the entry's noun,
	// which no story's sentence is.
	"eintrag teilen":                    {catShare, cuePhrase},
	"beitrag teilen":                    {catShare, cuePhrase},
	"meldung teilen":                    {catShare, cuePhrase},
	"share this entry":                  {catShare, cuePhrase},
	"share this post":                   {catShare, cuePhrase},
	"share this update":                 {catShare, cuePhrase},
	"partager ce post":                  {catShare, cuePhrase},
	"partager cette entrée":             {catShare, cuePhrase},
	"condividi questo post":             {catShare, cuePhrase},
	"compartir esta entrada":            {catShare, cuePhrase},
	"per e-mail teilen":                 {catShare, cuePhrase},
	"per whatsapp":                      {catShare, cueStrong},
	"das könnte sie auch interessieren": {catPromo, cuePhrase},
	"mehr zum thema":                    {catPromo, cuePhrase},
	"lesen sie auch":                    {catPromo, cuePhrase},
	"auch interessant":                  {catPromo, cuePhrase},
	"kommentar schreiben":               {catCommentForm, cuePhrase},
	"kommentar abschicken":              {catCommentForm, cuePhrase},
	"zur startseite":                    {catNavigation, cuePhrase},
	"nach oben":                         {catNavigation, cueStrong},
	"zum inhalt springen":               {catNavigation, cuePhrase},
	"in diesem browser":                 {catCommentForm, cuePhrase},
	"nous utilisons des cookies":        {catLegal, cuePhrase},
	"tout accepter":                     {catLegal, cueStrong},
	"tous droits réservés":              {catLegal, 2},
	"mentions légales":                  {catLegal, cuePhrase},
	"politique de confidentialité":      {catLegal, cuePhrase},
	"lire aussi":                        {catPromo, cuePhrase},
	"à lire aussi":                      {catPromo, cuePhrase},
	"sur le même sujet":                 {catPromo, cuePhrase},
	"notre newsletter":                  {catPromo, cueStrong},
	"dans ce navigateur":                {catCommentForm, cuePhrase},
	"utilizamos cookies":                {catLegal, cuePhrase},
	"usamos cookies":                    {catLegal, cuePhrase},
	"todos los derechos reservados":     {catLegal, 2},
	"política de privacidad":            {catLegal, cuePhrase},
	"aviso legal":                       {catLegal, cuePhrase},
	"te puede interesar":                {catPromo, cuePhrase},
	"lee también":                       {catPromo, cuePhrase},
	"noticias relacionadas":             {catPromo, cuePhrase},
	"en este navegador":                 {catCommentForm, cuePhrase},
	"todos os direitos reservados":      {catLegal, 2},
	"política de privacidade":           {catLegal, cuePhrase},
	"leia também":                       {catPromo, cuePhrase},
	"veja também":                       {catPromo, cuePhrase},
	// g1's regional pages close each story with the site's teasers:
	// "VÍDEOS: veja tudo sobre a Zona da Mata …" (see everything
	// about the region) and "Veja mais notícias da região no g1 …"
	// (see more news): orders to the reader that name the page's
	// other stories, as "See more news" would.
	"veja tudo sobre":       {catPromo, cuePhrase},
	"veja mais notícias":    {catPromo, cuePhrase},
	"notícias relacionadas": {catPromo, cuePhrase},
	"neste navegador":       {catCommentForm, cuePhrase},
	// A footer's links to the site's terms of use, in French ("CGU"),
	// Spanish, Portuguese, Italian and Dutch, as the English "terms of
	// use" above; and its contact link ("Nous contacter", "Contact us"),
	// which a story says only inside a longer sentence ("contact us at
	// …"), where prose outweighs it.
	"conditions générales d'utilisation": {catLegal, cuePhrase},
	"conditions d'utilisation":           {catLegal, cuePhrase},
	"condiciones de uso":                 {catLegal, cuePhrase},
	"términos y condiciones":             {catLegal, cuePhrase},
	"termos de uso":                      {catLegal, cuePhrase},
	"termos e condições":                 {catLegal, cuePhrase},
	"condizioni d'uso":                   {catLegal, cuePhrase},
	"termini e condizioni":               {catLegal, cuePhrase},
	"gebruiksvoorwaarden":                {catLegal, cuePhrase},
	"algemene voorwaarden":               {catLegal, cuePhrase},
	"nous contacter":                     {catNavigation, cuePhrase},
	"contactez-nous":                     {catNavigation, cuePhrase},
	"contact us":                         {catNavigation, cuePhrase},
	"contáctenos":                        {catNavigation, cuePhrase},
	"contacte-nos":                       {catNavigation, cuePhrase},
	"contattaci":                         {catNavigation, cuePhrase},
	// The menu's link to the page about the site, as French sites
	// word it ("Qui sommes-nous ?", "À propos de nous"), and its kin
	// in Spanish, Portuguese and Italian, which a story says only
	// inside a longer sentence; alone on its line it is the link
	// (pageWidgets).
	"qui sommes-nous":  {catNavigation, cuePhrase},
	"à propos de nous": {catNavigation, cuePhrase},
	"quiénes somos":    {catNavigation, cuePhrase},
	"quem somos":       {catNavigation, cuePhrase},
	"chi siamo":        {catNavigation, cuePhrase},
	// The accessibility statement French law (RGAA) makes public
	// bodies' and large companies' sites print in their footer, one of
	// three levels: "Accessibilité : non conforme / partiellement
	// conforme / totalement conforme".
	"accessibilité non conforme":           {catLegal, cuePhrase},
	"accessibilité partiellement conforme": {catLegal, cuePhrase},
	"accessibilité totalement conforme":    {catLegal, cuePhrase},
	"próxima vez que eu comentar":          {catCommentForm, cuePhrase},
	"link permanente":                      {catNavigation, cuePhrase},
	"ligação permanente":                   {catNavigation, cuePhrase},
	"adicione aos favoritos":               {catNavigation, cuePhrase},
	"esse post foi publicado":              {catNavigation, cuePhrase},
	"este post foi publicado":              {catNavigation, cuePhrase},
	"utilizziamo i cookie":                 {catLegal, cuePhrase},
	"tutti i diritti riservati":            {catLegal, 2},
	"leggi anche":                          {catPromo, cuePhrase},
	"potrebbe interessarti":                {catPromo, cuePhrase},
	"in questo browser":                    {catCommentForm, cuePhrase},
	// An invitation to report an error or send a tip to the newsroom.
	"report a typo":                {catPromo, cuePhrase},
	"report an error":              {catPromo, cuePhrase},
	"spotted an error":             {catPromo, cuePhrase},
	"spotted a mistake":            {catPromo, cuePhrase},
	"got a news tip":               {catPromo, cuePhrase},
	"send us a tip":                {catPromo, cuePhrase},
	"hinweis für unsere redaktion": {catPromo, cuePhrase},
	"schreiben sie uns":            {catPromo, cuePhrase},
	"write to us":                  {catPromo, cuePhrase},
	"écrivez-nous":                 {catPromo, cuePhrase},
	"escríbenos":                   {catPromo, cuePhrase},
	"escreva-nos":                  {catPromo, cuePhrase},
	"scrivici":                     {catPromo, cuePhrase},
	"fehler gefunden":              {catPromo, cuePhrase},
	"fehler melden":                {catPromo, cuePhrase},
	"repéré une erreur":            {catPromo, cuePhrase},
	"signaler une erreur":          {catPromo, cuePhrase},
	"signalez-la à la rédaction":   {catPromo, cuePhrase},
	"has detectado un error":       {catPromo, cuePhrase},
	"comunicar un error":           {catPromo, cuePhrase},
	"encontrou um erro":            {catPromo, cuePhrase},
	"segnala un errore":            {catPromo, cuePhrase},
	// WordPress's skip link, post navigation, recent posts and reply
	// cancel in those languages.
	"saltar al contenido":     {catNavigation, cuePhrase},
	"ir al contenido":         {catNavigation, cuePhrase},
	"saltar para o conteúdo":  {catNavigation, cuePhrase},
	"aller au contenu":        {catNavigation, cuePhrase},
	"vai al contenuto":        {catNavigation, cuePhrase},
	"navegación de entradas":  {catNavigation, cuePhrase},
	"navegação de artigos":    {catNavigation, cuePhrase},
	"navigation des articles": {catNavigation, cuePhrase},
	"navigazione articoli":    {catNavigation, cuePhrase},
	"entradas recientes":      {catPromo, cuePhrase},
	"artigos recentes":        {catPromo, cuePhrase},
	"articles récents":        {catPromo, cuePhrase},
	"neueste beiträge":        {catPromo, cuePhrase},
	"articoli recenti":        {catPromo, cuePhrase},
	"cancelar la respuesta":   {catCommentForm, cuePhrase},
	"annuler la réponse":      {catCommentForm, cuePhrase},
	"antworten abbrechen":     {catCommentForm, cuePhrase},
	"annulla risposta":        {catCommentForm, cuePhrase},
	"publicar el comentario":  {catCommentForm, cuePhrase},
	"laisser une réponse":     {catCommentForm, cuePhrase},
	"lascia una risposta":     {catCommentForm, cuePhrase},
	"deixe uma resposta":      {catCommentForm, cuePhrase},
	// Sign-ups for a newsletter or a messaging channel, and a licence
	// notice, in English and the other five languages.
	"join our":           {catPromo, cuePhrase},
	"our channel":        {catPromo, cueStrong},
	"únete a nuestro":    {catPromo, cuePhrase},
	"nuestro canal":      {catPromo, cueStrong},
	"nuestro boletín":    {catPromo, cueStrong},
	"suscríbete a":       {catPromo, cuePhrase},
	"receba as notícias": {catPromo, cuePhrase},
	"clique aqui":        {catPromo, cuePhrase},
	"haz clic aquí":      {catPromo, cuePhrase},
	"nosso canal":        {catPromo, cueStrong},
	"junte-se ao nosso":  {catPromo, cuePhrase},
	"rejoignez notre":    {catPromo, cuePhrase},
	"notre chaîne":       {catPromo, cueStrong},
	"inscrivez-vous à":   {catPromo, cuePhrase},
	"folgen sie uns":     {catPromo, cuePhrase},
	"unserem kanal":      {catPromo, cueStrong},
	"unisciti al nostro": {catPromo, cuePhrase},
	"il nostro canale":   {catPromo, cueStrong},
	"creative commons":   {catLegal, 2},
	// Dutch and Flemish sites and WordPress's Dutch strings.
	"wij gebruiken cookies":         {catLegal, cuePhrase},
	"we gebruiken cookies":          {catLegal, cuePhrase},
	"deze website gebruikt cookies": {catLegal, cuePhrase},
	"instellingen aanpassen":        {catLegal, cuePhrase},
	"alle rechten voorbehouden":     {catLegal, 2},
	"dit delen":                     {catShare, cuePhrase},
	"klik om te delen":              {catShare, cuePhrase},
	"deel via":                      {catShare, cuePhrase},
	"kopieer link":                  {catShare, cuePhrase},
	"vind ik leuk":                  {catShare, cuePhrase},
	"geef een reactie":              {catCommentForm, cuePhrase},
	"laat een reactie achter":       {catCommentForm, cuePhrase},
	"wordt niet gepubliceerd":       {catCommentForm, cuePhrase},
	"reactie plaatsen":              {catCommentForm, cuePhrase},
	"in deze browser":               {catCommentForm, cuePhrase},
	"bookmark de permalink":         {catNavigation, cuePhrase},
	"dit bericht is geplaatst in":   {catNavigation, cuePhrase},
	"lees ook":                      {catPromo, cuePhrase},
	"lees meer":                     {catPromo, cuePhrase},
	"meest gelezen":                 {catPromo, cuePhrase},
	"gerelateerde berichten":        {catPromo, cuePhrase},
	"tip voor de redactie":          {catPromo, cuePhrase},
	"naar de inhoud springen":       {catNavigation, cuePhrase},
	"recente berichten":             {catPromo, cuePhrase},
	// WordPress's Dutch (nl_NL) strings beyond these: the skip link,
	// the like button, the post's category and tag line, the post
	// navigation.
	"ga naar de inhoud":  {catNavigation, cuePhrase},
	"vind-ik-leuk laden": {catShare, cuePhrase},
	"geplaatst in":       {catNavigation, cueWeak},
	"vorig bericht":      {catNavigation, cuePhrase},
	"volgend bericht":    {catNavigation, cuePhrase},
	// WordPress's and Jetpack's French (fr_FR) strings beyond the comment
	// form's: the like button, the share buttons, the post's category
	// line; and a page's error-report offer.
	"j'aime chargement":         {catShare, cuePhrase},
	"j'aime ça":                 {catShare, cuePhrase},
	"cliquez pour partager sur": {catShare, cuePhrase},
	"sur le même thème":         {catPromo, cuePhrase},
	"publié dans":               {catNavigation, cuePhrase},
	"signalez-la-nous":          {catPromo, cueStrong},
	// WordPress's German comment consent in full ("Meinen Namen, meine
	// E-Mail-Adresse und meine Website in diesem Browser für die nächste
	// Kommentierung speichern."), Québec's word for a newsletter, a
	// radio's replay link, a French reproduction notice, a tip line's
	// and a feed's invitations.
	"meinen namen":          {catCommentForm, cuePhrase},
	"nächste kommentierung": {catCommentForm, cuePhrase},
	"infolettre":            {catPromo, cueStrong},
	// A broadcaster's pointer to its replay ("Le sujet est à réécouter
	// dans « Le Journal de midi »"), and a digest's note on how it was
	// written ("This summary was produced with the help of AI tools").
	"à réécouter":            {catPromo, 2.5},
	"à revoir dans":          {catPromo, 2.5},
	"à revoir sur":           {catPromo, 2.5},
	"with the help of ai":    {catLegal, 2.5},
	"generated by ai":        {catLegal, 2.5},
	"using ai tools":         {catLegal, 2.5},
	"réécoutez":              {catPromo, cueStrong},
	"reproduction interdite": {catLegal, cuePhrase},
	"got a story":            {catPromo, cuePhrase},
	"in your inbox":          {catPromo, 2.5},
	// The same promise with the news brought "to your inbox" ("Start
	// your day with the top stories, delivered to your inbox every
	// weekday."): the reader's own mailbox, which a report names only
	// in a consumer's advice, whose sentence its neighbours keep.
	"to your inbox": {catPromo, 2.5},
	// A site's tagline under its masthead: "All the news from Scotland
	// in one place", "Your news from around Aotearoa".
	"in one place":     {catNavigation, cuePhrase},
	"एकै ठाउँमा":       {catNavigation, cuePhrase}, // Nepali: in one place
	"á einum stað":     {catNavigation, cuePhrase}, // Faroese and Icelandic: in one place
	"news from around": {catNavigation, cuePhrase},
	// WordPress's Italian post line: "Questo articolo è stato pubblicato
	// in Cronaca e contrassegnato come …. Aggiungi ai preferiti il
	// permalink."
	"e contrassegnato come":              {catNavigation, cuePhrase},
	"aggiungi ai preferiti il permalink": {catNavigation, cueStrong * 3},
	"on google news":                     {catPromo, 2.5},
	// An aggregator's or a farm's disclaimer and a tip line's offer.
	"for informational purposes only": {catLegal, cuePhrase},
	"aggregates publicly available":   {catLegal, cuePhrase},
	"news tip":                        {catPromo, cuePhrase},
	// WordPress's Italian strings beyond the comment form's.
	"questa voce è stata pubblicata": {catNavigation, cuePhrase},
	"aggiungi ai segnalibri":         {catNavigation, cuePhrase},
	"salva il mio nome":              {catCommentForm, cuePhrase},
	"la prossima volta che commento": {catCommentForm, cuePhrase},
	"mi piace":                       {catShare, cueWeak},
	"sito web":                       {catCommentForm, cueFaint},
	// Swedish: WordPress's sv_SE strings (the comment form, its consent,
	// the post line, the share and like buttons) and Swedish news sites'
	// furniture: consent banners, share rows, teaser boxes, the legally
	// required "Ansvarig utgivare" footer.
	"lämna en kommentar":          {catCommentForm, cuePhrase},
	"lämna ett svar":              {catCommentForm, cuePhrase},
	"kommer inte publiceras":      {catCommentForm, cuePhrase},
	"obligatoriska fält":          {catCommentForm, cuePhrase},
	"publicera kommentar":         {catCommentForm, cuePhrase},
	"spara mitt namn":             {catCommentForm, cuePhrase},
	"i denna webbläsare":          {catCommentForm, cuePhrase},
	"publicerat i":                {catNavigation, cueWeak},
	"detta inlägg publicerades i": {catNavigation, cuePhrase},
	"bokmärk permalänken":         {catNavigation, cuePhrase},
	"föregående inlägg":           {catNavigation, cuePhrase},
	"nästa inlägg":                {catNavigation, cuePhrase},
	"relaterade inlägg":           {catPromo, cuePhrase},
	"dela detta":                  {catShare, cuePhrase},
	"dela på":                     {catShare, cuePhrase},
	"dela via":                    {catShare, cuePhrase},
	"dela artikeln":               {catShare, cuePhrase},
	"kopiera länk":                {catShare, cuePhrase},
	"gilla laddar":                {catShare, cuePhrase},
	"vi använder cookies":         {catLegal, cuePhrase},
	"godkänn alla":                {catLegal, cueStrong},
	"acceptera alla":              {catLegal, cueStrong},
	"hantera kakor":               {catLegal, cuePhrase},
	"vi värnar om din integritet": {catLegal, cuePhrase},
	"ansvarig utgivare":           {catLegal, cuePhrase},
	"läs också":                   {catPromo, cuePhrase},
	"läs mer":                     {catPromo, cuePhrase},
	"mest läst":                   {catPromo, cuePhrase},
	"vårt nyhetsbrev":             {catPromo, cuePhrase},
	// Norwegian sets the possessive after the noun ("nyhetsbrevet
	// vårt", Nynorsk "nyheitsbrevet vårt"), where Swedish and English
	// set it before: the same "our newsletter".
	"nyhetsbrevet vårt":            {catPromo, cuePhrase},
	"nyheitsbrevet vårt":           {catPromo, cuePhrase},
	"vårt nyheitsbrev":             {catPromo, cuePhrase},
	"ladda ner vår app":            {catPromo, cuePhrase},
	"alla rättigheter förbehållna": {catLegal, 2},
	"drivs med wordpress":          {catLegal, cuePhrase},
	// Danish and Norwegian: WordPress's da_DK and nb_NO strings and the
	// two countries' news sites' furniture, with the legally named
	// editor ("Ansvarshavende chefredaktør", "Ansvarshavende redaktør",
	// "Ansvarlig redaktør"), whom the Danish media liability act
	// (medieansvarsloven) has a site name in its imprint.
	"skriv en kommentar":         {catCommentForm, cuePhrase},
	"vil ikke blive publiceret":  {catCommentForm, cuePhrase},
	"gem mit navn":               {catCommentForm, cuePhrase},
	"i denne browser":            {catCommentForm, cuePhrase},
	"næste gang jeg kommenterer": {catCommentForm, cuePhrase},
	"i denne nettleseren":        {catCommentForm, cuePhrase},
	"neste gang jeg kommenterer": {catCommentForm, cuePhrase},
	"send kommentar":             {catCommentForm, cuePhrase},
	"påkrævede felter":           {catCommentForm, cuePhrase},
	"del på":                     {catShare, cuePhrase},
	// Norwegian WordPress (nb_NO) and Jetpack: "Lik Laster inn …" (Like
	// Loading…) and "Relaterte innlegg" (Related Posts), as Swedish
	// "Gilla Laddar…" and "Relaterade inlägg".
	"lik laster inn":    {catShare, cuePhrase},
	"relaterte innlegg": {catPromo, cuePhrase},
	// A public body's page shares the page, not an article: the Nordic
	// municipal templates' "Del siden:" (Danish, Norwegian), "Del denne
	// siden", "Dela sidan" (Swedish), "Jaa sivu" (Finnish), "Deila
	// síðu" (Icelandic), before the platforms and the print link.
	"del siden":                     {catShare, cuePhrase},
	"del denne siden":               {catShare, cuePhrase},
	"dela sidan":                    {catShare, cuePhrase},
	"jaa sivu":                      {catShare, cuePhrase},
	"deila síðu":                    {catShare, cuePhrase},
	"skriv ut":                      {catShare, cueFaint},
	"send som e-mail":               {catShare, cuePhrase},
	"relaterede artikler":           {catPromo, cuePhrase},
	"læs også":                      {catPromo, cuePhrase},
	"vores nyhedsbrev":              {catPromo, cuePhrase},
	"vi bruger cookies":             {catLegal, cuePhrase},
	"accepter alle":                 {catLegal, cueStrong},
	"kun nødvendige cookies":        {catLegal, cuePhrase},
	"ansvarshavende chefredaktør":   {catLegal, cuePhrase},
	"ansvarshavende redaktør":       {catLegal, cuePhrase},
	"alle rettigheder forbeholdes":  {catLegal, 2},
	"legg igjen en kommentar":       {catCommentForm, cuePhrase},
	"vil ikke bli publisert":        {catCommentForm, cuePhrase},
	"del denne saken":               {catShare, cuePhrase},
	"del artikkelen":                {catShare, cuePhrase},
	"kopier lenke":                  {catShare, cuePhrase},
	"les også":                      {catPromo, cuePhrase},
	"mest lest":                     {catPromo, cuePhrase},
	"mer fra":                       {catPromo, cueWeak},
	"tips oss":                      {catPromo, cuePhrase},
	"vi bruker informasjonskapsler": {catLegal, cuePhrase},
	"bruker informasjonskapsler":    {catLegal, cuePhrase},
	"godta alle":                    {catLegal, cueStrong},
	"jeg godtar":                    {catLegal, cueStrong},
	"ansvarlig redaktør":            {catLegal, cuePhrase},
	"vær varsom-plakatens":          {catLegal, cuePhrase},
	"alle rettigheter reservert":    {catLegal, 2},
	// Catalan: WordPress's ca strings and Catalan news portals'
	// furniture.
	"deixa un comentari":            {catCommentForm, cuePhrase},
	"deixa una resposta":            {catCommentForm, cuePhrase},
	"no es publicarà":               {catCommentForm, cuePhrase},
	"camps necessaris":              {catCommentForm, cuePhrase},
	"publica el comentari":          {catCommentForm, cuePhrase},
	"desa el meu nom":               {catCommentForm, cuePhrase},
	"per comentar cal":              {catCommentForm, cuePhrase},
	"aquesta entrada s'ha publicat": {catNavigation, cuePhrase},
	"entrada següent":               {catNavigation, cuePhrase},
	"comparteix això":               {catShare, cuePhrase},
	"comparteix aquesta notícia":    {catShare, cuePhrase},
	"copia l'enllaç":                {catShare, cuePhrase},
	"m'agrada s'està carregant":     {catShare, cuePhrase},
	"utilitzem galetes":             {catLegal, cuePhrase},
	"configuració de galetes":       {catLegal, cuePhrase},
	"política de privadesa":         {catLegal, cuePhrase},
	"avís legal":                    {catLegal, cuePhrase},
	"tots els drets reservats":      {catLegal, 2},
	"registre mercantil":            {catLegal, cuePhrase},
	"notícies relacionades":         {catPromo, cuePhrase},
	"més llegides":                  {catPromo, cuePhrase},
	"llegiu també":                  {catPromo, cuePhrase},
	"llegeix també":                 {catPromo, cuePhrase},
	"subscriu-te":                   {catPromo, cueStrong},
	"accés abonats":                 {catNavigation, cuePhrase},
	"descarrega el text":            {catPromo, cuePhrase},
	"funciona amb wordpress":        {catLegal, cuePhrase},
	// Polish: WordPress's pl_PL strings and Polish portals' furniture
	// (the comment rules, the readers' tip line).
	"dodaj komentarz":             {catCommentForm, cuePhrase},
	"nie zostanie opublikowany":   {catCommentForm, cuePhrase},
	"wymagane pola":               {catCommentForm, cuePhrase},
	"opublikuj komentarz":         {catCommentForm, cuePhrase},
	"zapisz moje dane":            {catCommentForm, cuePhrase},
	"w tej przeglądarce":          {catCommentForm, cuePhrase},
	"komentarze obraźliwe":        {catCommentPolicy, cuePhrase},
	"akceptujesz regulamin":       {catCommentPolicy, cuePhrase},
	"udostępnij ten artykuł":      {catShare, cuePhrase},
	"udostępnij na":               {catShare, cuePhrase},
	"kopiuj link":                 {catShare, cuePhrase},
	"polub to":                    {catShare, cuePhrase},
	"czytaj także":                {catPromo, cuePhrase},
	"przeczytaj także":            {catPromo, cuePhrase},
	"przeczytaj również":          {catPromo, cuePhrase},
	"czytaj też":                  {catPromo, cuePhrase},
	"zobacz również":              {catPromo, cuePhrase},
	"zobacz także":                {catPromo, cuePhrase},
	"najczęściej czytane":         {catPromo, cuePhrase},
	"podobne wpisy":               {catPromo, cuePhrase},
	"byłeś świadkiem":             {catPromo, cuePhrase},
	"napisz do nas":               {catPromo, cuePhrase},
	"używamy plików cookies":      {catLegal, cuePhrase},
	"plików cookies":              {catLegal, cuePhrase},
	"akceptuję wszystkie":         {catLegal, cueStrong},
	"wszystkie prawa zastrzeżone": {catLegal, 2},
	// Finnish: WordPress's fi strings and Finnish news sites' furniture.
	"jätä kommentti":                     {catCommentForm, cuePhrase},
	"jätä vastaus":                       {catCommentForm, cuePhrase},
	"sähköpostiosoitettasi ei julkaista": {catCommentForm, cuePhrase},
	"pakolliset kentät":                  {catCommentForm, cuePhrase},
	"lähetä kommentti":                   {catCommentForm, cuePhrase},
	"tallenna nimeni":                    {catCommentForm, cuePhrase},
	"tähän selaimeen":                    {catCommentForm, cuePhrase},
	"jaa tämä":                           {catShare, cuePhrase},
	"tykkää tästä":                       {catShare, cuePhrase},
	"tykkää lataa":                       {catShare, cuePhrase},
	"lisää kestolinkki":                  {catNavigation, cuePhrase},
	"aiheeseen liittyvät":                {catPromo, cuePhrase},
	"lue myös":                           {catPromo, cuePhrase},
	"luetuimmat":                         {catPromo, cuePhrase},
	"tilaa uutiskirje":                   {catPromo, cuePhrase},
	"käytämme evästeitä":                 {catLegal, cuePhrase},
	"hyväksy kaikki":                     {catLegal, cueStrong},
	"kaikki oikeudet pidätetään":         {catLegal, 2},
	// Greek: WordPress's el strings and Greek news sites' furniture;
	// the e-mail notice spelled with theta or tau ("δεν θα
	// δημοσιευτεί").
	"αφήστε μια απάντηση":             {catCommentForm, cuePhrase},
	"αφήστε ένα σχόλιο":               {catCommentForm, cuePhrase},
	"δεν θα δημοσιευθεί":              {catCommentForm, cuePhrase},
	"δεν θα δημοσιευτεί":              {catCommentForm, cuePhrase},
	"υποχρεωτικά πεδία":               {catCommentForm, cuePhrase},
	"δημοσίευση σχολίου":              {catCommentForm, cuePhrase},
	"μοιραστείτε το":                  {catShare, cuePhrase},
	"διαβάστε επίσης":                 {catPromo, cuePhrase},
	"διαβάστε ακόμη":                  {catPromo, cuePhrase},
	"σχετικά άρθρα":                   {catPromo, cuePhrase},
	"ακολουθήστε μας":                 {catPromo, cuePhrase},
	"χρησιμοποιούμε cookies":          {catLegal, cuePhrase},
	"χρησιμοποιεί cookies":            {catLegal, cuePhrase},
	"αποδοχή όλων":                    {catLegal, cueStrong},
	"με επιφύλαξη παντός δικαιώματος": {catLegal, 2},
	"όλα τα δικαιώματα διατηρούνται":  {catLegal, 2},
	// Romanian: WordPress's ro_RO strings and Romanian news sites'
	// furniture.
	"lasă un răspuns":       {catCommentForm, cuePhrase},
	"lasă un comentariu":    {catCommentForm, cuePhrase},
	"nu va fi publicată":    {catCommentForm, cuePhrase},
	"câmpurile obligatorii": {catCommentForm, cuePhrase},
	"publică comentariul":   {catCommentForm, cuePhrase},
	"salvează-mi numele":    {catCommentForm, cuePhrase},
	"distribuie articolul":  {catShare, cuePhrase},
	"citește și":            {catPromo, cuePhrase},
	"citiți și":             {catPromo, cuePhrase},
	"articole similare":     {catPromo, cuePhrase},
	"știri similare":        {catPromo, cuePhrase},
	// A Romanian aggregator's own lines: the link to the source's
	// page under the excerpt ("Citește articolul integral pe site-ul
	// sursei", as English aggregators' "Read the full article on …"),
	// its call to add a source, and its footer saying what it is ("…
	// este un agregator automat de știri"), disclaiming what it shows
	// as the sources' ("Conținutul articolelor aparține surselor
	// indicate, iar redacția nu își asumă responsabilitatea …").
	"articolul integral":             {catPromo, cuePhrase},
	"adaugă sursa":                   {catPromo, cuePhrase},
	"agregator automat":              {catLegal, cuePhrase},
	"agregator de știri":             {catLegal, cuePhrase},
	"aparține surselor":              {catLegal, cuePhrase},
	"nu își asumă responsabilitatea": {catLegal, cuePhrase},
	"cele mai citite":                {catPromo, cuePhrase},
	"folosim cookie-uri":             {catLegal, cuePhrase},
	"folosește cookie-uri":           {catLegal, cuePhrase},
	"accept toate":                   {catLegal, cueStrong},
	"toate drepturile rezervate":     {catLegal, 2},
	// Croatian: WordPress's hr strings and Croatian portals' furniture.
	"ostavite komentar":    {catCommentForm, cuePhrase},
	"neće biti objavljena": {catCommentForm, cuePhrase},
	"obavezna polja":       {catCommentForm, cuePhrase},
	"objavi komentar":      {catCommentForm, cuePhrase},
	"podijeli na":          {catShare, cuePhrase},
	"pošalji na":           {catShare, cuePhrase},
	"pročitajte još":       {catPromo, cuePhrase},
	"pročitajte i":         {catPromo, cuePhrase},
	"najčitanije":          {catPromo, cuePhrase},
	"sva prava pridržana":  {catLegal, 2},
	// A reader-funded portal's appeal, as "support local journalism"
	// in English: the order to support (podržite, podrži) local or
	// independent journalism, in Croatian (neovisno) and Serbian and
	// Bosnian (nezavisno). A story about journalism reports on it; it
	// does not ask the reader to support it.
	"podržite lokalno novinarstvo":   {catPromo, cuePhrase},
	"podrži lokalno novinarstvo":     {catPromo, cuePhrase},
	"podržite neovisno novinarstvo":  {catPromo, cuePhrase},
	"podržite nezavisno novinarstvo": {catPromo, cuePhrase},
	"podrži nezavisno novinarstvo":   {catPromo, cuePhrase},
	"podrži neovisno novinarstvo":    {catPromo, cuePhrase},
	// The comment section's rules, asking the reader to comment
	// decently ("Molimo da komentirate pristojno", Serbian and Bosnian
	// "komentarišete") and warning that offensive comments go
	// ("Uvredljivi komentari bit će obrisani"): the page's note over
	// its own form.
	"molimo da komentirate":       {catCommentPolicy, cuePhrase},
	"molimo da komentarišete":     {catCommentPolicy, cuePhrase},
	"molimo vas da komentirate":   {catCommentPolicy, cuePhrase},
	"molimo vas da komentarišete": {catCommentPolicy, cuePhrase},
	"uvredljivi komentari":        {catCommentPolicy, cuePhrase},
	"uvredljive komentare":        {catCommentPolicy, cuePhrase},
	// Serbian (Latin, and Cyrillic read in Latin: scratch.translit):
	// WordPress's sr_RS "…у овом прегледачу за следећи пут…" (in this
	// browser, weighted as the Croatian "ovom pregledniku") and the
	// footer's "Sva prava zadržana" (all rights reserved).
	"ovom pregledaču":    {catCommentForm, 3},
	"sva prava zadržana": {catLegal, 2},
	// A newsletter box: "Bilten" (newsletter) over "Prijavite se i
	// svakog jutra dobijajte …" (sign up and get every morning …) and
	// its button "Prijavi se".
	"bilten":       {catPromo, cueStrong},
	"prijavite se": {catPromo, cuePhrase},
	"prijavi se":   {catPromo, cuePhrase},
	// The log-in bar's other link, "Registruj se" (sign up; Croatian
	// and Bosnian "Registriraj se"), beside "Prijavi se".
	"registruj se":     {catNavigation, cuePhrase},
	"registrujte se":   {catNavigation, cuePhrase},
	"registriraj se":   {catNavigation, cuePhrase},
	"registrirajte se": {catNavigation, cuePhrase},
	// An aggregator's or a portal's button under a copied story to
	// report it ("Prijavi neprimeren sadržaj", "Prijavi neprikladan
	// sadržaj", report inappropriate content), as "Report this content"
	// in English, and the aggregator's notice that it gathers headlines
	// and texts from other sites by machine and answers not for them
	// ("… automatski prikuplja naslove i tekstove sa drugih sajtova i ne
	// odgovara za njihov sadržaj"): the page's, not the story's.
	"prijavi neprimeren sadržaj":      {catNavigation, cuePhrase},
	"prijavi neprimereni sadržaj":     {catNavigation, cuePhrase},
	"prijavi neprikladan sadržaj":     {catNavigation, cuePhrase},
	"prijavite neprikladan sadržaj":   {catNavigation, cuePhrase},
	"prijavi neprimjeren sadržaj":     {catNavigation, cuePhrase},
	"automatski prikuplja naslove":    {catLegal, cuePhrase},
	"ne odgovara za njihov sadržaj":   {catLegal, cuePhrase},
	"ne odgovara za sadržaj":          {catLegal, cuePhrase},
	"ne odgovaraju za njihov sadržaj": {catLegal, cuePhrase},
	// Vietnamese news sites' furniture.
	"xem thêm":       {catPromo, cuePhrase},
	"tin liên quan":  {catPromo, cuePhrase},
	"tin khác":       {catPromo, cuePhrase},
	"đọc nhiều":      {catPromo, cuePhrase},
	"chia sẻ":        {catShare, cuePhrase},
	"bình luận":      {catCommentPolicy, cuePhrase},
	"sử dụng cookie": {catLegal, cuePhrase},
	// Arabic news sites' furniture.
	"شارك الخبر":         {catShare, cuePhrase},
	"اقرأ أيضاً":         {catPromo, cuePhrase},
	"اقرأ أيضا":          {catPromo, cuePhrase},
	"اشترك في النشرة":    {catPromo, cuePhrase},
	"بريدك الإلكتروني":   {catCommentForm, cuePhrase},
	"جميع الحقوق محفوظة": {catLegal, 2},
	// Portuguese share prompts.
	"partilhe esta notícia":    {catShare, cuePhrase},
	"compartilhe esta notícia": {catShare, cuePhrase},
	// Czech: WordPress's cs_CZ strings and Czech portals' furniture.
	"napsat komentář":         {catCommentForm, cuePhrase},
	"přidat komentář":         {catCommentForm, cuePhrase},
	"nebude zveřejněna":       {catCommentForm, cuePhrase},
	"vyžadované informace":    {catCommentForm, cuePhrase},
	"odeslat komentář":        {catCommentForm, cuePhrase},
	"uložit do prohlížeče":    {catCommentForm, cuePhrase},
	"sdílet na":               {catShare, cuePhrase},
	"kopírovat odkaz":         {catShare, cuePhrase},
	"poslat e-mailem":         {catShare, cuePhrase},
	"čtěte také":              {catPromo, cuePhrase},
	"čtěte též":               {catPromo, cuePhrase},
	"přečtěte si také":        {catPromo, cuePhrase},
	"přečtěte si též":         {catPromo, cuePhrase},
	"související články":      {catPromo, cuePhrase},
	"nejčtenější":             {catPromo, cuePhrase},
	"používáme cookies":       {catLegal, cuePhrase},
	"přijmout vše":            {catLegal, cueStrong},
	"všechna práva vyhrazena": {catLegal, 2},
	// Hungarian: WordPress's hu_HU strings and Hungarian news sites'
	// furniture.
	"szólj hozzá":         {catCommentForm, cuePhrase},
	"nem tesszük közzé":   {catCommentForm, cuePhrase},
	"kötelező mezőket":    {catCommentForm, cuePhrase},
	"hozzászólás küldése": {catCommentForm, cuePhrase},
	// A portal's gate over its comment form, as the Latvian one
	// ("Hozzászólás írásához jelentkezzen be!", to write a comment,
	// log in; the familiar "jelentkezz be").
	"hozzászólás írásához jelentkezzen be": {catCommentForm, cuePhrase},
	"hozzászólás írásához jelentkezz be":   {catCommentForm, cuePhrase},
	"hozzászóláshoz jelentkezzen be":       {catCommentForm, cuePhrase},
	"hozzászóláshoz jelentkezz be":         {catCommentForm, cuePhrase},
	"weboldalam mentése":                   {catCommentForm, cuePhrase},
	"tetszik betöltés":                     {catShare, cuePhrase},
	"közvetlen link a könyvjelzőhöz":       {catNavigation, cuePhrase},
	"bejegyzés navigáció":                  {catNavigation, cuePhrase},
	"kategóriába került":                   {catNavigation, cuePhrase},
	"kapcsolódó cikkek":                    {catPromo, cuePhrase},
	"legolvasottabb":                       {catPromo, cuePhrase},
	"sütiket használ":                      {catLegal, cuePhrase},
	"minden jog fenntartva":                {catLegal, 2},
	// Indonesian: WordPress's id_ID strings and Indonesian portals'
	// furniture.
	"tinggalkan balasan":        {catCommentForm, cuePhrase},
	"tidak akan dipublikasikan": {catCommentForm, cuePhrase},
	"ruas yang wajib":           {catCommentForm, cuePhrase},
	"kirim komentar":            {catCommentForm, cuePhrase},
	"pada peramban ini":         {catCommentForm, cuePhrase},
	"salin tautan":              {catShare, cuePhrase},
	"bagikan artikel":           {catShare, cuePhrase},
	"baca juga":                 {catPromo, cuePhrase},
	"berita terkait":            {catPromo, cuePhrase},
	"terpopuler":                {catPromo, cuePhrase},
	"kami menggunakan cookie":   {catLegal, cuePhrase},
	"hak cipta dilindungi":      {catLegal, 2},
	// Turkish: WordPress's tr_TR strings and Turkish news sites'
	// furniture.
	"bir yanıt yazın":      {catCommentForm, cuePhrase},
	"yayımlanmayacak":      {catCommentForm, cuePhrase},
	"gerekli alanlar":      {catCommentForm, cuePhrase},
	"yorum gönder":         {catCommentForm, cuePhrase},
	"benzer haberler":      {catPromo, cuePhrase},
	"ilgili haberler":      {catPromo, cuePhrase},
	"en çok okunanlar":     {catPromo, cuePhrase},
	"çerez kullanıyoruz":   {catLegal, cuePhrase},
	"tümünü kabul et":      {catLegal, cueStrong},
	"tüm hakları saklıdır": {catLegal, 2},
	// WordPress's tr_TR comment form's "Save my name…" checkbox ("Bir
	// dahaki sefere yorum yaptığımda kullanılmak üzere adımı, e-posta
	// adresimi ve web site adresimi bu tarayıcıya kaydet."), its post
	// navigation (Önceki yazı, Sonraki yazı: Previous Post, Next Post,
	// weighted as Azerbaijani's) and the footer's privacy policy
	// (Gizlilik Politikası).
	"bir dahaki sefere yorum": {catCommentForm, cuePhrase},
	"bu tarayıcıya kaydet":    {catCommentForm, cuePhrase},
	"önceki yazı":             {catNavigation, cueStrong},
	"sonraki yazı":            {catNavigation, cueStrong},
	"gizlilik politikası":     {catLegal, cuePhrase},
	// Turkish portals' furniture beyond WordPress: the related box's
	// heading ("İlginizi Çekebilir", it may interest you), the
	// newsletter's blurb ("… e-posta kutunuzda", in your inbox), the
	// comment form's moderation note ("Yorumunuz editör onayından sonra
	// yayınlanacaktır", the editor's approval; yorumunuz is in
	// chromeWords), and the footer's links (Gizlilik Sözleşmesi,
	// privacy agreement; Çerez Politikası, cookie policy; Kullanım
	// Koşulları, terms of use).
	"ilginizi çekebilir":  {catPromo, cuePhrase},
	"e-posta kutunuzda":   {catPromo, cuePhrase},
	"e-posta kutunuza":    {catPromo, cuePhrase},
	"editör onayından":    {catCommentPolicy, cuePhrase},
	"gizlilik sözleşmesi": {catLegal, cuePhrase},
	"çerez politikası":    {catLegal, cuePhrase},
	"kullanım koşulları":  {catLegal, cuePhrase},
	// Albanian: WordPress's sq strings (5.5 and 6.1) and Jetpack's:
	// Leave a Reply / Cancel reply, "Adresa juaj email s’do të bëhet
	// publike" (your e-mail address…), "Fushat e domosdoshme janë shënuar
	// me një *" (required fields…), Save my name… in this browser, Post
	// Comment, Leave a comment, Previous Post / Next Post, Recent Posts,
	// Recent Comments (both versions' wording), Post navigation, Skip to
	// content, Powered by WordPress, Proudly powered by; Share this, Like
	// this, Like Loading…, Related Posts.
	"lini një përgjigje":        {catCommentForm, cuePhrase},
	"anuloje përgjigjen":        {catCommentForm, cuePhrase},
	"adresa juaj email":         {catCommentForm, cuePhrase},
	"fushat e domosdoshme":      {catCommentForm, cuePhrase},
	"ruaje në këtë shfletues":   {catCommentForm, cuePhrase},
	"postoje komentin":          {catCommentForm, cuePhrase},
	"lini një koment":           {catCommentForm, cuePhrase},
	"postimi i mëparshëm":       {catNavigation, cueStrong},
	"postimi pasues":            {catNavigation, cueStrong},
	"postimet më të fundit":     {catPromo, cuePhrase},
	"postime së fundi":          {catPromo, cuePhrase},
	"komentet më të fundit":     {catCommentPolicy, cuePhrase},
	"komente së fundi":          {catCommentPolicy, cuePhrase},
	"lëvizje te postimet":       {catNavigation, cuePhrase},
	"hidhu te lënda":            {catNavigation, cuePhrase},
	"bazuar në wordpress":       {catLegal, 3},
	"bazohet me krenari në":     {catLegal, cuePhrase},
	"ndajeni këtë me të tjerët": {catShare, cuePhrase},
	"pëlqejeni këtë":            {catShare, cuePhrase},
	"pëlqejeni po ngarkohet":    {catShare, cuePhrase},
	"postime të afërta":         {catPromo, cuePhrase},
	// Azerbaijani: WordPress's az strings (4.7, its last full
	// translation) and Jetpack's: Leave a Reply, Cancel reply, "Sizin
	// e-poçt ünvanınız dərc edilməyəcəkdir", Required fields are marked,
	// Post Comment (and 4.1's Submit Comment), Previous Post / Next Post,
	// Recent Posts, Recent Comments, Post navigation, "WordPress-in
	// dəstəyi ilə" (Powered by WordPress); Share this, Like this, Like
	// Loading…, Related Posts; and the consent's "in this browser" in the
	// translation's word for a browser (brauzer).
	"bir cavab yazın":          {catCommentForm, cuePhrase},
	"cavabı ləğv et":           {catCommentForm, cuePhrase},
	"e-poçt ünvanınız":         {catCommentForm, cuePhrase},
	"gərəkli sahələr":          {catCommentForm, cuePhrase},
	"şərh göndər":              {catCommentForm, cuePhrase},
	"şərhi göndər":             {catCommentForm, cuePhrase},
	"bu brauzerdə":             {catCommentForm, cuePhrase},
	"öncəki yazı":              {catNavigation, cueStrong},
	"sonrakı yazı":             {catNavigation, cueStrong},
	"son yazılar":              {catPromo, cuePhrase},
	"son şərhlər":              {catCommentPolicy, cuePhrase},
	"yazı naviqasiyası":        {catNavigation, cuePhrase},
	"wordpress-in dəstəyi ilə": {catLegal, 3},
	"bunu paylaş":              {catShare, cuePhrase},
	"bunu bəyən":               {catShare, cuePhrase},
	"bəyən yüklənir":           {catShare, cuePhrase},
	"oxşar yazılar":            {catPromo, cuePhrase},
	// Armenian: WordPress's hy strings: Leave a Reply, Cancel reply,
	// "Ձեր էլ-փոստի հասցեն չի հրապարակվելու" (… will not be published),
	// Required fields are marked, Post Comment, Previous Post / Next
	// Post, Recent Posts, Recent Comments, Post navigation.
	"թողնել պատասխան":            {catCommentForm, cuePhrase},
	"չեղարկել պատասխանը":         {catCommentForm, cuePhrase},
	"չի հրապարակվելու":           {catCommentForm, cuePhrase},
	"պարտադիր դաշտերը":           {catCommentForm, cuePhrase},
	"ուղարկել մեկնաբանությունը":  {catCommentForm, cuePhrase},
	"նախորդ գրառում":             {catNavigation, cueStrong},
	"հաջորդ գրառում":             {catNavigation, cueStrong},
	"վերջին գրառումները":         {catPromo, cuePhrase},
	"վերջին մեկնաբանությունները": {catCommentPolicy, cuePhrase},
	"գրառումների նավարկումը":     {catNavigation, cuePhrase},
	// Hebrew: WordPress's he_IL strings (the 4.9 language pack) and
	// WordPress.com's, which Jetpack shares: Leave a Reply, your e-mail
	// "will not be shown on the site" (לא יוצג באתר), Comments are
	// closed, Log in to Reply, Previous Post / Next Post, Recent Posts,
	// Recent Comments, Older posts / Newer posts, Skip to content,
	// Powered by WordPress (פועל על וורדפרס); Like this and Loading…
	// read as one line (אהבתי טוען…), Follow Blog via Email; and the
	// comment form's consent, "in this browser" (בדפדפן זה), as other
	// languages word it.
	"כתיבת תגובה":       {catCommentForm, cuePhrase},
	"לא יוצג באתר":      {catCommentForm, cuePhrase},
	"סגור לתגובות":      {catCommentPolicy, cuePhrase},
	"התחבר למערכת":      {catNavigation, cuePhrase},
	"הפוסט הקודם":       {catNavigation, cuePhrase},
	"הפוסט הבא":         {catNavigation, cuePhrase},
	"פוסטים אחרונים":    {catPromo, cuePhrase},
	"תגובות אחרונות":    {catCommentPolicy, cuePhrase},
	"פוסטים ישנים":      {catNavigation, cuePhrase},
	"פוסטים חדשים":      {catNavigation, cuePhrase},
	"דילוג לתוכן":       {catNavigation, cuePhrase},
	"פועל על וורדפרס":   {catLegal, 3},
	"פועל על wordpress": {catLegal, 3},
	"אהבתי טוען":        {catShare, cuePhrase},
	"לעקוב אחרי הבלוג":  {catPromo, cuePhrase},
	"בדפדפן זה":         {catCommentForm, 3},
	// The Yiddish press's app and social box: "לאדט אראפ אונזער עפ"
	// (download our app), "פאלגט אונז" (follow us), the app and the
	// network as Yiddish spells them (עפ, וואטסעפ).
	"אונזער עפ":  {catPromo, cuePhrase},
	"לאדט אראפ":  {catPromo, cueWeak},
	"פאלגט אונז": {catPromo, cuePhrase},
	"וואטסעפ":    {catShare, cueWeak},
	// Kazakh: WordPress's kk strings (the 4.9 language pack): Leave a
	// Reply (Пікір үстеу), Cancel reply, "Э-пошта мекенжайыңыз
	// жарияланбайды" (your e-mail address will not be published),
	// Required fields are marked, Post Comment, Log in to Reply,
	// Comments are closed, Previous Post / Next Post, Post and Posts
	// navigation, Older and Newer posts, Recent Posts, Recent Comments;
	// and related posts as kk pages head them, "Ұқсас жазбалар"
	// (similar posts).
	"пікір үстеу":                {catCommentForm, cuePhrase},
	"жауапты болдырмау":          {catCommentForm, cuePhrase},
	"мекенжайыңыз жарияланбайды": {catCommentForm, cuePhrase},
	"міндетті өрістер":           {catCommentForm, cuePhrase},
	"пікірді орналастыру":        {catCommentForm, cuePhrase},
	"жауап беру үшін кіру":       {catNavigation, cuePhrase},
	"пікірлер қалдыруы жабылған": {catCommentPolicy, cuePhrase},
	"алдыңғы жазба":              {catNavigation, cuePhrase},
	"келесі жазба":               {catNavigation, cuePhrase},
	"жазба навигациясы":          {catNavigation, cuePhrase},
	"жазбалар навигациясы":       {catNavigation, cuePhrase},
	"ескі жазбалар":              {catNavigation, cuePhrase},
	"жаңа жазбалар":              {catNavigation, cueStrong},
	"соңғы жазбалар":             {catPromo, cuePhrase},
	"соңғы пікірлер":             {catCommentPolicy, cuePhrase},
	"ұқсас жазбалар":             {catPromo, cuePhrase},
	// Marathi: WordPress's mr strings (the 4.9 language pack): Leave a
	// Reply, Leave a Reply to (… प्रतिक्रिया लिहा), Cancel reply, "…
	// प्रकाशित केला जाणार नाही" (will not be published), Required fields,
	// Post Comment, Log in to Reply, Comments are closed, Previous Post /
	// Next Post, Post and Posts navigation, Older posts, Newer posts and
	// the starter content's Recent Posts (नवीन लेख), Recent Posts, Recent
	// Comments; Marathi's share button (शेअर करा) and the consent's "save
	// in this browser" (… ब्राउझरमध्ये जतन करा).
	"प्रतिक्रिया व्यक्त करा":   {catCommentForm, cuePhrase},
	"प्रतिक्रिया लिहा":         {catCommentForm, cuePhrase},
	"उत्तर रद्द करा":           {catCommentForm, cuePhrase},
	"प्रकाशित केला जाणार नाही": {catCommentForm, cuePhrase},
	"आवश्यक फील्डस्":           {catCommentForm, cuePhrase},
	"कंमेन्ट द्या":             {catCommentForm, cuePhrase},
	"लॉगिन करा":                {catNavigation, cuePhrase},
	"टिप्पण्या बंद आहेत":       {catCommentPolicy, cuePhrase},
	"मागील पोस्ट":              {catNavigation, cuePhrase},
	"पुढील पोस्ट":              {catNavigation, cuePhrase},
	"पोस्टचे नॅव्हिगेशन":       {catNavigation, cuePhrase},
	"पोस्ट सुचालन":             {catNavigation, cuePhrase},
	"जुने लेख":                 {catNavigation, cuePhrase},
	"नवीन लेख":                 {catPromo, cueStrong},
	"अलीकडील पोस्ट":            {catPromo, cuePhrase},
	"अलीकडील टिप्पण्या":        {catCommentPolicy, cuePhrase},
	"नवीन टिप्पण्या":           {catCommentPolicy, cuePhrase},
	"शेअर करा":                 {catShare, cuePhrase},
	"ब्राउझरमध्ये जतन करा":     {catCommentForm, 3},
	// Sinhala: WordPress's si_LK strings (the 4.9 language pack):
	// Leave a Reply, Cancel reply, "… ප්‍රසිද්ධ කරන්නේ නැත" (will not be
	// published), Required fields (as the pack spells it), Post Comment,
	// Log in to Reply, Comments are closed, Previous Post / Next Post,
	// Post navigation, Older and Newer posts, Recent Posts, Recent
	// Comments, Uncategorized.
	"ප්‍රතිචාරයක් ලබාදෙන්න":        {catCommentForm, cuePhrase},
	"ප්‍රතිචාරය අවලංගු කරන්න":      {catCommentForm, cuePhrase},
	"ප්‍රසිද්ධ කරන්නේ නැත":         {catCommentForm, cuePhrase},
	"අත්‍යාවශ්‍යයය ක්ෂේත්‍ර":       {catCommentForm, cuePhrase},
	"ප්‍රතිචාරය යවන්න":             {catCommentForm, cuePhrase},
	"ප්‍රතිචාර දැක්වීමට පිවිසෙන්න": {catNavigation, cuePhrase},
	"ප්‍රතිචාර වසාදමා ඇත":          {catCommentPolicy, cuePhrase},
	"පෙර සටහන":       {catNavigation, cuePhrase},
	"පසු සටහන":       {catNavigation, cuePhrase},
	"ලිපි යාත්‍රණය":  {catNavigation, cuePhrase},
	"පැරණි ලිපි":     {catNavigation, cuePhrase},
	"අළුත් ලිපි":     {catNavigation, cuePhrase},
	"නවතම ලිපි":      {catPromo, cuePhrase},
	"නවතම ප්‍රතිචාර": {catCommentPolicy, cuePhrase},
	"වර්ගීකරණය නොකළ": {catNavigation, cuePhrase},
	// Burmese: WordPress's my_MM strings (the 4.9 language pack, in
	// Unicode): Leave a Reply, Cancel reply, "… ဖော်ပြမည် မဟုတ်ပါ" (will
	// not be published), Required fields are marked, Post Comment,
	// Previous Post / Next Post, Post navigation, Recent Posts and
	// Recent Comments (with the pack's zero-width non-joiner), Comments
	// are closed, Uncategorized.
	"ပြန်စာထားခဲ့ပါ":                 {catCommentForm, cuePhrase},
	"ပြန်စာ ပယ်ဖျက်ပါ":               {catCommentForm, cuePhrase},
	"ဖော်ပြမည် မဟုတ်ပါ":              {catCommentForm, cuePhrase},
	"လိုအပ်သော ကွက်လပ်များကို":       {catCommentForm, cuePhrase},
	"မှတ်ချက် ပေးပို့ပါ":             {catCommentForm, cuePhrase},
	"အရင်စာမူ":                       {catNavigation, cuePhrase},
	"နောက်စာမူ":                      {catNavigation, cuePhrase},
	"စာမူ လမ်းကြောင်းပြ":             {catNavigation, cuePhrase},
	"လတ်တ‌လော စာမူများ":              {catPromo, cuePhrase},
	"လတ်တ‌လော မှတ်ချက်များ":          {catCommentPolicy, cuePhrase},
	"မှတ်ချက်ပေးခြင်းအား ပိတ်ထားသည်": {catCommentPolicy, cuePhrase},
	"ကဏ္ဍ ခွဲမထား":                   {catNavigation, cuePhrase},
	// Telugu: WordPress's te strings (the language pack as
	// translate.wordpress.org exported it, mirrored in the public
	// repository ThemeBoy/wp-languages) and Jetpack's (its te
	// translation as Jetpack 3.x shipped it): Leave a Reply
	// (స్పందించండి is also "respond!", so only with Cancel reply),
	// Cancel reply, "… చిరునామా ప్రచురించబడదు" (your e-mail address will
	// not be published), required fields (the pack's తప్పనిసరి ఖాళీలు),
	// Previous Post / Next Post, Older posts, Recent Posts, Recent
	// Comments, Comments are closed, Log in to Reply, "%s నాడు
	// ప్రచురితం" (published on), and Like Loading… (ఇష్టం లోడవుతూంది…).
	"స్పందించండి స్పందనను రద్దుచేయి": {catCommentForm, cuePhrase},
	"స్పందనను రద్దుచేయి":             {catCommentForm, cuePhrase},
	"చిరునామా ప్రచురించబడదు":         {catCommentForm, cuePhrase},
	"తప్పనిసరి ఖాళీలు":               {catCommentForm, cuePhrase},
	"గత టపా":                 {catNavigation, cuePhrase},
	"తర్వాతి టపా":            {catNavigation, cuePhrase},
	"పాత టపాలు":              {catNavigation, cuePhrase},
	"ఇటీవలి టపాలు":           {catPromo, cuePhrase},
	"ఇటీవలి వ్యాఖ్యలు":       {catCommentPolicy, cuePhrase},
	"వ్యాఖ్యలను మూసేసారు":    {catCommentPolicy, cuePhrase},
	"ప్రవేశించి స్పందించండి": {catNavigation, cuePhrase},
	"నాడు ప్రచురితం":         {catNavigation, cuePhrase},
	"ఇష్టం లోడవుతూంది":       {catShare, cuePhrase},
	// Portal furniture. Telugu: "read these too" (ఇవి కూడా చదవండి,
	// ఇది కూడా చదవండి) and related posts or news (సంబంధిత టపాలు,
	// సంబంధిత వార్తలు). Icelandic: the cookie banner ("this site uses
	// cookies", notar vafrakökur), copy link (Afrita hlekk), "more news"
	// over a list (Fleiri fréttir …) and most read (Mest lesið).
	// Mongolian: share on Facebook
	// (Facebook-т хуваалцах), copy link (Линк хуулах), the reaction box's
	// "how did you like this news?" (… хэр таалагдсан бэ), write a
	// comment (Сэтгэгдэл бичих), "write your comment here"
	// (Сэтгэгдлээ энд бичнэ үү), related news, most read, all rights
	// reserved by law (Бүх эрх хуулиар хамгаалагдсан). Uzbek and
	// Russian portals' typo note, "found
	// an error in the text? Select it and press Ctrl+Enter" (Matnda
	// xatolik topdingizmi?, Xatolikni sezdingizmi?, Нашли ошибку?).
	"таны нэр": {catCommentForm, cuePhrase},
	"ఇవి కూడా చదవండి":               {catPromo, cuePhrase},
	"ఇది కూడా చదవండి":               {catPromo, cuePhrase},
	"సంబంధిత టపాలు":                 {catPromo, cuePhrase},
	"సంబంధిత వార్తలు":               {catPromo, cuePhrase},
	"notar vafrakökur":              {catLegal, cuePhrase},
	"afrita hlekk":                  {catShare, cuePhrase},
	"fleiri fréttir":                {catPromo, cuePhrase},
	"mest lesið":                    {catPromo, cuePhrase},
	"facebook-т хуваалцах":          {catShare, cuePhrase},
	"линк хуулах":                   {catShare, cuePhrase},
	"хэр таалагдсан":                {catShare, cuePhrase},
	"сэтгэгдэл бичих":               {catCommentForm, cuePhrase},
	"сэтгэгдлээ энд":                {catCommentForm, cuePhrase},
	"холбоотой мэдээ":               {catPromo, cuePhrase},
	"их уншсан":                     {catPromo, cuePhrase},
	"бүх эрх хуулиар хамгаалагдсан": {catLegal, 2},
	"бүх эрх хуулиар":               {catLegal, cuePhrase},
	"xatolik topdingizmi":           {catCommentForm, cuePhrase},
	"xatolikni sezdingizmi":         {catCommentForm, cuePhrase},
	"нашли ошибку":                  {catCommentForm, cuePhrase},
	"ctrl enter":                    {catCommentForm, cuePhrase},
	// Bosnian, Croatian and Serbian: WordPress's strings as the bs_BA,
	// hr and sr_RS packs word them (Debian's wordpress-l10n) and
	// Jetpack's bs_BA (languages/jetpack-bs_BA.mo of Jetpack 3.x, in
	// the public repository yoavf/jetpack): Leave a Reply (sr_RS
	// "Оставите одговор", in Latin letters), Cancel reply (hr "Otkaži
	// odgovor", bs_BA "Poništi odgovor"), Leave a Comment (bs_BA
	// "Napiši komentar"), Previous / Next Post, Recent Posts and
	// Comments, Comments are closed, Post navigation (Jetpack's
	// "Navigacija članaka"), Share this (Podijeli ovo), Loading
	// (Učitavanje), and the consent's "save my name" (sačuvaj moje
	// ime) and "in this browser" (u ovom pregledniku), weighted as
	// Marathi's "ब्राउझरमध्ये जतन करा": no story speaks of the reader's
	// browser so.
	"ostavite odgovor":        {catCommentForm, cuePhrase},
	"otkaži odgovor":          {catCommentForm, cuePhrase},
	"poništi odgovor":         {catCommentForm, cuePhrase},
	"napiši komentar":         {catCommentForm, cuePhrase},
	"prethodni članak":        {catNavigation, cueStrong},
	"sljedeći članak":         {catNavigation, cueStrong},
	"najnoviji članci":        {catPromo, cuePhrase},
	"najnoviji komentari":     {catCommentPolicy, cuePhrase},
	"komentari su isključeni": {catCommentPolicy, cuePhrase},
	"navigacija članaka":      {catNavigation, cuePhrase},
	"navigacija članka":       {catNavigation, cuePhrase},
	"podijeli ovo":            {catShare, cuePhrase},
	"sačuvaj moje ime":        {catCommentForm, cuePhrase},
	"ovom pregledniku":        {catCommentForm, 3},
	// Swahili: WordPress's sw strings (Debian's wordpress-l10n and the
	// pack in the public repository ThemeBoy/wp-languages): Leave a
	// Reply (Toa Jibu), Cancel reply (Ghairi kujibu), Leave a Comment
	// (Toa maoni), Post Comment, Previous / Next Post, Recent Posts and
	// Comments, Comments are closed; and their words in common Swahili
	// use: leave a reply (acha jibu), send a comment (tuma maoni), share
	// this (shiriki hii), like this (penda hii), related posts
	// (machapisho yanayohusiana), "posted in" (imechapishwa katika),
	// e-mail (barua pepe) and the consent's "in this browser"
	// (katika kivinjari hiki), weighted as Bosnian's.
	"toa jibu":                 {catCommentForm, cuePhrase},
	"acha jibu":                {catCommentForm, cuePhrase},
	"ghairi kujibu":            {catCommentForm, cuePhrase},
	"ghairi jibu":              {catCommentForm, cuePhrase},
	"toa maoni":                {catCommentForm, cuePhrase},
	"tuma maoni":               {catCommentForm, cuePhrase},
	"maoni ya chapisho":        {catCommentForm, cuePhrase},
	"chapisho lililopita":      {catNavigation, cueStrong},
	"chapisho ifuatayo":        {catNavigation, cueStrong},
	"mahapisho mapya":          {catPromo, cuePhrase},
	"maoni mapya":              {catCommentPolicy, cuePhrase},
	"maoni yamefungwa":         {catCommentPolicy, cuePhrase},
	"shiriki hii":              {catShare, cuePhrase},
	"penda hii":                {catShare, cuePhrase},
	"machapisho yanayohusiana": {catPromo, cuePhrase},
	"imechapishwa katika":      {catNavigation, cueStrong},
	"barua pepe":               {catCommentForm, cueWeak},
	"kivinjari hiki":           {catCommentForm, 3},
	// Afrikaans: WordPress's af strings (the language pack as
	// translate.wordpress.org exported it, in the public repository
	// manveru/wordpress-translations; Debian's wordpress-l10n ships no
	// af): Leave a Reply ("Laat 'n boodskap"), Cancel reply, Leave a
	// Comment, Post Comment, "Jou e-posadres sal nie gepubliseer word
	// nie" (your e-mail address…), Required fields (verpligte velde),
	// Comments are closed (… is gesluit), Log in to Reply, Previous /
	// Next Post, Recent Posts, Recent Comments, Post and Posts
	// navigation, Older and Newer posts.
	"laat n boodskap":          {catCommentForm, cuePhrase},
	"kanselleer antwoord":      {catCommentForm, cuePhrase},
	"lewer kommentaar":         {catCommentForm, cuePhrase},
	"voeg kommentaar by":       {catCommentForm, cuePhrase},
	"sal nie gepubliseer word": {catCommentForm, cuePhrase},
	"verpligte velde":          {catCommentForm, cuePhrase},
	"kommentaar is gesluit":    {catCommentPolicy, cuePhrase},
	"teken in om te antwoord":  {catNavigation, cuePhrase},
	"vorige bydrae":            {catNavigation, cueStrong},
	"volgende bydrae":          {catNavigation, cueStrong},
	"onlangse bydraes":         {catPromo, cuePhrase},
	"nuutste kommentaar":       {catCommentPolicy, cuePhrase},
	"artikel navigasie":        {catNavigation, cuePhrase},
	"artikels navigasie":       {catNavigation, cuePhrase},
	// WordPress.com's own af strings beside the pack's: Previous /
	// Next Post ("Vorige Plasing", "Volgende Plasing"), Recent Posts
	// ("Onlangse plasings") and its footer's credit "Blog by
	// WordPress.com." (Blog at WordPress.com).
	"vorige plasing":    {catNavigation, cueStrong},
	"volgende plasing":  {catNavigation, cueStrong},
	"onlangse plasings": {catPromo, cuePhrase},
	"blog by wordpress": {catLegal, cuePhrase + cueStrong},
	"ouer artikels":     {catNavigation, cueStrong},
	"nuuter artikels":   {catNavigation, cueStrong},
	// Basque: WordPress's eu strings (6.1, Debian's wordpress-l10n):
	// Leave a Reply / Cancel reply (both "Utzi erantzuna"), Leave a
	// Comment (Utzi iruzkina), Post Comment, "Zure helbide elektronikoa
	// ez da argitaratuko" (your e-mail address…), Required fields,
	// Comments are closed, Log in to Reply, Previous / Next Post, Recent
	// Posts, Recent Comments.
	"utzi erantzuna":         {catCommentForm, cuePhrase},
	"utzi iruzkina":          {catCommentForm, cuePhrase},
	"bidali iruzkina":        {catCommentForm, cuePhrase},
	"ez da argitaratuko":     {catCommentForm, cuePhrase},
	"beharrezko eremuak":     {catCommentForm, cuePhrase},
	"iruzkinak itxita daude": {catCommentPolicy, cuePhrase},
	"hasi saioa erantzuteko": {catNavigation, cuePhrase},
	"aurreko bidalketa":      {catNavigation, cueStrong},
	"hurrengo bidalketa":     {catNavigation, cueStrong},
	"azken bidalketak":       {catPromo, cuePhrase},
	"iruzkin berriak":        {catCommentPolicy, cuePhrase},
	// Welsh: WordPress's cy strings (6.1, Debian's wordpress-l10n) and
	// Jetpack's cy (languages/jetpack-cy.mo of Jetpack 3.x, in the
	// public repository yoavf/jetpack): Leave a Reply, Cancel reply,
	// Leave a Comment, Post Comment, "Ni fydd eich cyfeiriad e-bost yn
	// cael ei gyhoeddi" (… will not be published), Required fields
	// (meysydd gofynnol), Comments are closed, Log in to Reply,
	// Previous / Next Post, Recent Posts, Recent Comments, the entries
	// and comments feeds (Llif cofnodion, the pack's "Llif" for a
	// feed); Share this (Rhannu hwn), Like this (Hoffi hwn).
	"gadael ymateb":        {catCommentForm, cuePhrase},
	"diddymu ymateb":       {catCommentForm, cuePhrase},
	"gadael sylw":          {catCommentForm, cuePhrase},
	"rhowch sylw":          {catCommentForm, cuePhrase},
	"cyhoeddi sylw":        {catCommentForm, cuePhrase},
	"cyfeiriad e-bost":     {catCommentForm, cuePhrase},
	"meysydd gofynnol":     {catCommentForm, cuePhrase},
	"sylwadau ar gau":      {catCommentPolicy, cuePhrase},
	"mewngofnodi i ymateb": {catNavigation, cuePhrase},
	"cofnod blaenorol":     {catNavigation, cueStrong},
	"cofnod nesaf":         {catNavigation, cueStrong},
	"cofnodion diweddar":   {catPromo, cuePhrase},
	"sylwadau diweddar":    {catCommentPolicy, cuePhrase},
	"llif cofnodion":       {catNavigation, cuePhrase},
	"llif sylwadau":        {catNavigation, cuePhrase},
	"rhannu hwn":           {catShare, cuePhrase},
	"hoffi hwn":            {catShare, cuePhrase},
	// Malayalam: WordPress's ml_IN strings (4.7, the language pack in
	// the public repository manveru/wordpress-translations; Debian's
	// wordpress-l10n ships no ml): Leave a Reply, Cancel reply, Leave a
	// Comment, Post Comment, "… പ്രസിദ്ധപ്പെടുത്തുകയില്ല" (will not be
	// published), Required fields, Previous / Next Post, Recent Posts,
	// Recent Comments.
	"മറുപടി രേഖപ്പെടുത്തുക":         {catCommentForm, cuePhrase},
	"മറുപടി റദ്ദാക്കുക":             {catCommentForm, cuePhrase},
	"അഭിപ്രായം രേഖപ്പെടുത്തുക":      {catCommentForm, cuePhrase},
	"അഭിപ്രായം പ്രസിദ്ധപ്പെടുത്തുക": {catCommentForm, cuePhrase},
	"പ്രസിദ്ധപ്പെടുത്തുകയില്ല":      {catCommentForm, cuePhrase},
	"അവശ്യമായ ഫീല്‍ഡുകള്":           {catCommentForm, cuePhrase},
	"മുമ്പത്തെ ലേഖനം":               {catNavigation, cueStrong},
	"അടുത്ത ലേഖനം":                  {catNavigation, cueStrong},
	"സമീപകാല പോസ്റ്റുകൾ":            {catPromo, cuePhrase},
	"സമീപകാല അഭിപ്രായങ്ങൾ":          {catCommentPolicy, cuePhrase},
	// Portal and WordPress furniture of Afrikaans pages as they word it
	// beyond the language pack: Share this (Deel dit), Like this (Hou
	// hiervan), Loading (Laai tans), Related (Verwante artikels), Post
	// Comment (Plaas kommentaar), comments closed "for this article",
	// and the consent's "in this browser" (in hierdie blaaier),
	// weighted as Bosnian's.
	"deel dit":                {catShare, cuePhrase},
	"hou hiervan":             {catShare, cuePhrase},
	"laai tans":               {catShare, cueStrong},
	"verwante artikels":       {catPromo, cuePhrase},
	"plaas kommentaar":        {catCommentForm, cuePhrase},
	"hierdie artikel gesluit": {catCommentPolicy, cuePhrase},
	"in hierdie blaaier":      {catCommentForm, 3},
	// Basque portals: the cookie notice ("Webgune honek cookieak
	// erabiltzen ditu"), accept all (Onartu guztiak), share this news
	// (Partekatu albiste hau), share on Facebook and X (Partekatu
	// Facebooken, Partekatu X-en, Twitterren), become a member (Egin
	// zaitez bazkide, Egin bazkide), "support local journalism"
	// (tokiko kazetaritzari eutsi, lagundu), subscribe to our newsletter, leave your comment
	// (Utzi zure iruzkina), e-mail (posta elektronikoa).
	"cookieak erabiltzen":       {catLegal, cuePhrase},
	"onartu guztiak":            {catLegal, cueStrong},
	"partekatu albiste hau":     {catShare, cuePhrase},
	"egin zaitez bazkide":       {catPromo, cuePhrase},
	"egin bazkide":              {catPromo, cuePhrase},
	"partekatu facebooken":      {catShare, cuePhrase},
	"partekatu x-en":            {catShare, cuePhrase},
	"partekatu twitterren":      {catShare, cuePhrase},
	"tokiko kazetaritzari":      {catPromo, cuePhrase},
	"harpidetu gure buletinera": {catPromo, cuePhrase},
	"utzi zure iruzkina":        {catCommentForm, cuePhrase},
	"posta elektronikoa":        {catCommentForm, cueWeak},
	// Welsh: the consent's "in this browser" (y porwr hwn), weighted as
	// Bosnian's.
	"y porwr hwn": {catCommentForm, 3},
	// Hausa pages' share row and comment form: share this story (Raba
	// wannan labari), leave a comment (Ku bar sharhi), cancel reply
	// (Soke amsa), "ba za a wallafa adireshin imel" (your e-mail
	// address will not be published), save my name (Ajiye sunana), "in
	// this browser" (a wannan burauza), send comment (Aika sharhi).
	"raba wannan labari": {catShare, cuePhrase},
	"ku bar sharhi":      {catCommentForm, cuePhrase},
	"soke amsa":          {catCommentForm, cuePhrase},
	"adireshin imel":     {catCommentForm, cuePhrase},
	"ajiye sunana":       {catCommentForm, cuePhrase},
	"wannan burauza":     {catCommentForm, 3},
	"aika sharhi":        {catCommentForm, cuePhrase},
	// Malayalam portals' call to join their WhatsApp group
	// (വാട്സാപ്പ് ഗ്രൂപ്പിൽ അംഗമാകാൻ) and "click here" (ഇവിടെ ക്ലിക്ക് ചെയ്യുക).
	"വാട്സാപ്പ് ഗ്രൂപ്പിൽ":   {catPromo, cuePhrase},
	"ഇവിടെ ക്ലിക്ക് ചെയ്യുക": {catPromo, cuePhrase},
	// Maltese portals (no WordPress mt pack is at hand: Debian's
	// wordpress-l10n ships none): share on (Aqsam fuq Facebook), send
	// by e-mail (Ibgħat b'email), "other articles that may interest
	// you" (… li jistgħu jinteressawk), subscribe to the newsletter
	// (Abbona għan-newsletter), "be the first to comment" (Kun l-ewwel
	// wieħed li tikkummenta), write a comment (Ikteb kumment), "X is a
	// publication of Y" (hija pubblikazzjoni ta'), all rights reserved
	// (Id-drittijiet kollha riżervati).
	"aqsam fuq":                     {catShare, cuePhrase},
	"ibgħat b'email":                {catShare, cuePhrase},
	"jistgħu jinteressawk":          {catPromo, cuePhrase},
	"abbona għan-newsletter":        {catPromo, cuePhrase},
	"l-ewwel wieħed li tikkummenta": {catCommentPolicy, cuePhrase},
	"ikteb kumment":                 {catCommentForm, cuePhrase},
	"hija pubblikazzjoni ta":        {catLegal, cuePhrase}, // "ta'": a phrase's words are read without a closing apostrophe
	// …and its newsletter box and comment form: enter your e-mail
	// (Daħħal l-email tiegħek), subscribe (Abbona), the news of the day
	// in your e-mail (… fl-email tiegħek).
	"daħħal l-email":                 {catPromo, cuePhrase},
	"fl-email tiegħek":               {catPromo, cuePhrase},
	"id-drittijiet kollha riżervati": {catLegal, cuePhrase},
	// Tajik portals (no WordPress tg pack at hand): share (Мубодила
	// кунед), leave a comment (Шарҳ гузоред), "your e-mail will not be
	// published" (… нашр намешавад), required fields (майдонҳои ҳатмӣ),
	// all rights reserved (Ҳамаи ҳуқуқҳо ҳифз шудаанд).
	"мубодила кунед":         {catShare, cuePhrase},
	"шарҳ гузоред":           {catCommentForm, cuePhrase},
	"почтаи электронии шумо": {catCommentForm, cuePhrase},
	"нашр намешавад":         {catCommentForm, cuePhrase},
	"майдонҳои ҳатмӣ":        {catCommentForm, cuePhrase},
	"ҳамаи ҳуқуқҳо ҳифз":     {catLegal, cuePhrase},
	// Odia portals (no WordPress or pack at hand): share on Facebook
	// (ଫେସବୁକରେ ସେୟାର କରନ୍ତୁ), send on WhatsApp (ହ୍ୱାଟସଆପରେ ପଠାନ୍ତୁ),
	// tweet (ଟୁଇଟ କରନ୍ତୁ), give your opinion (ମତାମତ ଦିଅନ୍ତୁ), e-mail
	// address (ଇମେଲ ଠିକଣା), "will not be published" (ପ୍ରକାଶିତ ହେବ ନାହିଁ).
	"ସେୟାର କରନ୍ତୁ":       {catShare, cuePhrase},
	"ହ୍ୱାଟସଆପରେ ପଠାନ୍ତୁ": {catShare, cuePhrase},
	"ଟୁଇଟ କରନ୍ତୁ":        {catShare, cuePhrase},
	"ମତାମତ ଦିଅନ୍ତୁ":      {catCommentForm, cuePhrase},
	"ଇମେଲ ଠିକଣା":         {catCommentForm, cuePhrase},
	"ପ୍ରକାଶିତ ହେବ ନାହିଁ": {catCommentForm, cuePhrase},
	// Yoruba portals (no WordPress yo pack at hand): share on (Pín sórí
	// Facebook), join our WhatsApp channel (Ẹ darapọ̀ mọ́ ìkànnì
	// WhatsApp wa), "other news you may like" (… tí ẹ lè nífẹ̀ẹ́ sí),
	// get our news free (Ẹ gba ìròyìn wa ní ọ̀fẹ́), have your say (Ẹ sọ
	// tiyín), e-mail address (àdírẹ́sì ímeèlì), "will not show" (kò ní
	// hàn síta).
	"pín sórí":           {catShare, cuePhrase},
	"ìkànnì whatsapp wa": {catPromo, cuePhrase},
	"tí ẹ lè nífẹ̀ẹ́ sí": {catPromo, cuePhrase},
	"ẹ gba ìròyìn wa":    {catPromo, cuePhrase},
	"ẹ sọ tiyín":         {catCommentForm, cuePhrase},
	"àdírẹ́sì ímeèlì":    {catCommentForm, cuePhrase},
	"kò ní hàn síta":     {catCommentForm, cuePhrase},
	// Belarusian: WordPress's bel strings (4.4, the language pack as
	// translate.wordpress.org exported it, in the public repository
	// manveru/wordpress-translations; Debian's wordpress-l10n ships no
	// bel): Leave a Reply (Пакінуць адказ), Cancel reply, Leave a
	// Comment (Пакінуць каментарый, and "Leave a comment", Пакінуць
	// каментар), Post Comment (Каментарый да запісу), "Ваш адрас
	// электроннай пошты не будзе апублікаваны" (your e-mail address will
	// not be published), Required fields (неабходныя палі), Comments are
	// closed, Log in to Reply, Previous / Next Post, Post navigation,
	// Older and Newer posts, Recent Posts, Recent Comments, Uncategorized.
	"пакінуць адказ":        {catCommentForm, cuePhrase},
	"адмяніць адказ":        {catCommentForm, cuePhrase},
	"пакінуць каментарый":   {catCommentForm, cuePhrase},
	"пакінуць каментар":     {catCommentForm, cuePhrase},
	"каментарый да запісу":  {catCommentForm, cuePhrase},
	"не будзе апублікаваны": {catCommentForm, cuePhrase},
	"неабходныя палі":       {catCommentForm, cuePhrase},
	"каментарыі адключаныя": {catCommentPolicy, cuePhrase},
	"увайсці каб адказаць":  {catNavigation, cuePhrase},
	"папярэдні запіс":       {catNavigation, cueStrong},
	"наступны запіс":        {catNavigation, cueStrong},
	"навігацыя па запісах":  {catNavigation, cuePhrase},
	"ранейшыя запісы":       {catNavigation, cueStrong},
	"навейшыя запісы":       {catNavigation, cueStrong},
	"апошнія запісы":        {catPromo, cuePhrase},
	"апошнія каментарыі":    {catCommentPolicy, cuePhrase},
	"без катэгорыі":         {catNavigation, cueStrong},
	// Belarusian portals: read also (Чытайце таксама), a comment
	// form's "(не публікуецца)" (is not published) after the e-mail
	// field, and the empty comment section's "be the first" (Будзьце
	// першым).
	"чытайце таксама": {catPromo, cuePhrase},
	"не публікуецца":  {catCommentForm, cuePhrase},
	"будзьце першым":  {catCommentPolicy, cuePhrase},
	// Sorani Kurdish portals: read these too (ئەمانەش بخوێنەوە),
	// related news (هەواڵی پەیوەندیدار), most read (زۆرترین خوێنراو),
	// share it (بڵاوی بکەرەوە) and copy link (کۆپیکردنی لینک), the comment
	// box's "express your opinion" (ڕای خۆت دەربڕە) and "write a comment"
	// (کۆمێنتێک بنووسە), the first an order to the reader that no
	// report gives, weighted as "all rights reserved"; the newsletter's
	// "register your e-mail" (ئیمەیڵەکەت تۆمار بکە), weighted as "in
	// your inbox".
	"ئەمانەش بخوێنەوە":     {catPromo, cuePhrase},
	"هەواڵی پەیوەندیدار":   {catPromo, cuePhrase},
	"زۆرترین خوێنراو":      {catPromo, cuePhrase},
	"بڵاوی بکەرەوە":        {catShare, cuePhrase},
	"کۆپیکردنی لینک":       {catShare, cuePhrase},
	"ڕای خۆت دەربڕە":       {catCommentForm, 2},
	"کۆمێنتێک بنووسە":      {catCommentForm, cuePhrase},
	"ئیمەیڵەکەت تۆمار بکە": {catPromo, 2.5},
	// Somali portals' footer: all rights reserved (Xuquuqda oo dhan
	// waa dhowran tahay), weighted as the English, privacy policy
	// (Xeerka Asturnaanta), about us (Nagu saabsan), contact us (Nala
	// soo xiriir).
	"xuquuqda oo dhan waa dhowran": {catLegal, 2},
	"xeerka asturnaanta":           {catLegal, cuePhrase},
	"nagu saabsan":                 {catNavigation, cuePhrase},
	"nala soo xiriir":              {catNavigation, cuePhrase},
	// Kannada portals: read this too (ಇದನ್ನೂ ಓದಿ), the call to join
	// their WhatsApp or Telegram channel (… ಚಾನೆಲ್‌ಗೆ ಸೇರಿ, weaker: ಸೇರಿ
	// is also the participle, "having joined", of a report) and click
	// here (ಇಲ್ಲಿ ಕ್ಲಿಕ್ ಮಾಡಿ), follow (ಫಾಲೋ ಮಾಡಿ, the imperative: a
	// story reports who followed, it does not tell the reader to), and
	// the newsletter's "get it by e-mail" (ಇ-ಮೇಲ್‌ನಲ್ಲಿ ಪಡೆಯಿರಿ), weighted
	// as "in your inbox".
	"ಇದನ್ನೂ ಓದಿ":                {catPromo, cuePhrase},
	"ಚಾನೆಲ್\u200cಗೆ ಸೇರಿ":       {catPromo, cueStrong},
	"ಚಾನಲ್\u200cಗೆ ಸೇರಿ":        {catPromo, cueStrong},
	"ಇಲ್ಲಿ ಕ್ಲಿಕ್ ಮಾಡಿ":         {catPromo, cuePhrase},
	"ಫಾಲೋ ಮಾಡಿ":                 {catPromo, cuePhrase},
	"ಇ-ಮೇಲ್\u200cನಲ್ಲಿ ಪಡೆಯಿರಿ": {catPromo, 2.5},
	"ಇಮೇಲ್\u200cನಲ್ಲಿ ಪಡೆಯಿರಿ":  {catPromo, 2.5},
	// Punjabi: WordPress's pa_IN strings (4.7, the language pack as
	// translate.wordpress.org exported it, in the public repository
	// manveru/wordpress-translations; Debian's wordpress-l10n ships no
	// pa): Leave a Reply (ਜਵਾਬ ਦੇਵੋ is also "answer!", so only with
	// Cancel reply, as Telugu's), Cancel reply, Leave a Comment, "…
	// ਪਤਾ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਕੀਤਾ ਜਾਵੇਗਾ" (your e-mail address will not be
	// published), Required fields (ਲੋੜੀਂਦੇ ਖੇਤਰਾਂ), Comments are
	// closed, Log in to Reply, Previous / Next Post, Post and Posts
	// navigation, Recent Comments. Punjabi portals' read also (ਇਹ ਵੀ
	// ਪੜ੍ਹੋ), as Hindi's यह भी पढ़ें.
	"ਜਵਾਬ ਦੇਵੋ ਜਵਾਬ ਰੱਦ ਕਰੋ":         {catCommentForm, cuePhrase},
	"ਜਵਾਬ ਰੱਦ ਕਰੋ":                   {catCommentForm, cuePhrase},
	"ਟਿੱਪਣੀ ਕਰੋ":                     {catCommentForm, cuePhrase},
	"ਪਤਾ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਕੀਤਾ ਜਾਵੇਗਾ": {catCommentForm, cuePhrase},
	"ਲੋੜੀਂਦੇ ਖੇਤਰਾਂ":                 {catCommentForm, cuePhrase},
	"ਟਿੱਪਣੀਆਂ ਬੰਦ ਹਨ":                {catCommentPolicy, cuePhrase},
	"ਜਵਾਬ ਦੇਣ ਲਈ ਦਾਖਲ ਹੋਵੋ":          {catNavigation, cuePhrase},
	"ਪਿਛਲੀ ਸੰਪਾਦਨਾ":                  {catNavigation, cueStrong},
	"ਅਗਲੀ ਸੰਪਾਦਨਾ":                   {catNavigation, cueStrong},
	"ਸੰਪਾਦਨਾ ਨੈਵੀਗੇਸ਼ਨ":              {catNavigation, cuePhrase},
	"ਸੰਪਾਦਨਾਂ ਨੇਵੀਗੇਸ਼ਨ":             {catNavigation, cuePhrase},
	"ਹਾਲੀਆ ਟਿੱਪਣੀਆਂ":                 {catCommentPolicy, cuePhrase},
	"ਇਹ ਵੀ ਪੜ੍ਹੋ":                    {catPromo, cuePhrase},
	// Vietnamese portals' share row: copy link (Sao chép đường dẫn,
	// Sao chép liên kết).
	"sao chép đường dẫn": {catShare, cuePhrase},
	"sao chép liên kết":  {catShare, cuePhrase},
	// Gujarati: WordPress's gu strings (the 4.7 language pack as
	// translate.wordpress.org exported it, in the public repository
	// manveru/wordpress-translations; Debian's wordpress-l10n ships no
	// gu): Leave a Reply (પ્રતિશાદ આપો, as the pack spells it), Cancel
	// reply, "… પ્રકાશિત કરવામાં આવશે નહીં" (will not be published),
	// Required fields, Post Comment, Leave a Comment, Comments are
	// closed, Log in to Reply, Post, Posts and Comments navigation,
	// Previous Post / Next Post, Older and Newer posts, Recent Posts,
	// Recent Comments, Powered by (… દ્વારા સંચાલિત) and the footer's
	// "proudly … powered" (ગર્વથી … સંચાલિત).
	"પ્રતિશાદ આપો":                {catCommentForm, cuePhrase},
	"જવાબ રદ કરો":                 {catCommentForm, cuePhrase},
	"પ્રકાશિત કરવામાં આવશે નહીં":  {catCommentForm, cuePhrase},
	"જરૂરી ક્ષેત્રો":              {catCommentForm, cuePhrase},
	"ટિપ્પણી પોસ્ટ કરો":           {catCommentForm, cuePhrase},
	"ટિપ્પણી આપો":                 {catCommentForm, cuePhrase},
	"ટિપ્પણીઓ બંધ છે":             {catCommentPolicy, cuePhrase},
	"પ્રત્યુત્તર આપવા પ્રવેશ કરો": {catNavigation, cuePhrase},
	"પોસ્ટ સંશોધક":                {catNavigation, cuePhrase},
	"ટિપ્પણીઓ સંશોધક":             {catNavigation, cuePhrase},
	"પોસ્ટસ ક્રમણિકા":             {catNavigation, cuePhrase},
	"પાછર નો પોસ્ટ":               {catNavigation, cuePhrase},
	"આગળ નો પોસ્ટ":                {catNavigation, cuePhrase},
	"જૂની પોસ્ટસ":                 {catNavigation, cuePhrase},
	"નવી પોસ્ટસ":                  {catNavigation, cueStrong},
	"તાજેતરની પોસ્ટ્સ":            {catPromo, cuePhrase},
	"તાજેતરની ટિપ્પણીઓ":           {catCommentPolicy, cuePhrase},
	"દ્વારા સંચાલિત":              {catPromo, cuePhrase},
	"ગર્વથી સંચાલિત":              {catPromo, cuePhrase},
	// Read-also labels of Albanian, Azerbaijani and Armenian portals
	// ("LEXO EDHE:", "Həmçinin oxuyun:", "Կարդացեք նաև"), Armenian
	// portals' comment rule ("Մեկնաբանությունները հրապարակվում են
	// մոդերացիայից հետո", published after moderation), and Facebook's
	// reaction bar as a plain-text copy of a post prints it ("All
	// reactions:", "Most relevant", "Write a comment…").
	"lexo edhe":         {catPromo, cuePhrase},
	"lexoni edhe":       {catPromo, cuePhrase},
	"həmçinin oxuyun":   {catPromo, cuePhrase},
	"կարդացեք նաև":      {catPromo, cuePhrase},
	"կարդալ նաև":        {catPromo, cuePhrase},
	"մոդերացիայից հետո": {catCommentPolicy, cuePhrase},
	"all reactions":     {catShare, cuePhrase},
	"most relevant":     {catCommentPolicy, cuePhrase},
	// Facebook's Vietnamese comment sort menu ("Phù hợp nhất", most
	// relevant) and comment box ("Viết bình luận…").
	"phù hợp nhất":    {catCommentPolicy, cuePhrase},
	"viết bình luận":  {catCommentForm, cuePhrase},
	"write a comment": {catCommentForm, cuePhrase},
	// Facebook's Polish bar: the reactions' label ("Wszystkie
	// reakcje:"), the comment sort menu ("Najtrafniejsze", most
	// relevant) and the comment box ("Napisz publiczny komentarz…").
	"wszystkie reakcje":          {catShare, cuePhrase},
	"najtrafniejsze":             {catCommentPolicy, cuePhrase},
	"napisz publiczny komentarz": {catCommentForm, cuePhrase},
	// The same bar in Facebook's French, Spanish, Portuguese, Italian
	// and German, as a francophone or Latin-American page's scrape
	// keeps it: the comment sort menu ("Les plus pertinents", "Más
	// relevantes", "Mais relevantes", "Più pertinenti"),
	// the comment box's placeholder ("Écrire un commentaire…",
	// "Escribe un comentario…", "Escreva um comentário…", "Scrivi un
	// commento…") and the reactions' label ("Toutes les réactions :").
	// Each is a short line of its own; in a sentence the prose around
	// it outweighs the phrase.
	"les plus pertinents": {catCommentPolicy, cuePhrase},
	"más relevantes":      {catCommentPolicy, cuePhrase},
	"mais relevantes":     {catCommentPolicy, cuePhrase},
	"più pertinenti":      {catCommentPolicy, cuePhrase},
	// The menu's other wordings: the singular Facebook shows over
	// some posts' comments ("Le plus pertinent", "Más relevante",
	// "Mais relevante", "Più pertinente") and the French without its
	// article ("Plus pertinents").
	"le plus pertinent":     {catCommentPolicy, cuePhrase},
	"plus pertinents":       {catCommentPolicy, cuePhrase},
	"más relevante":         {catCommentPolicy, cuePhrase},
	"mais relevante":        {catCommentPolicy, cuePhrase},
	"più pertinente":        {catCommentPolicy, cuePhrase},
	"écrire un commentaire": {catCommentForm, cuePhrase},
	"escribe un comentario": {catCommentForm, cuePhrase},
	"escreva um comentário": {catCommentForm, cuePhrase},
	"scrivi un commento":    {catCommentForm, cuePhrase},
	"toutes les réactions":  {catShare, cuePhrase},
	"todas las reacciones":  {catShare, cuePhrase},
	"todas as reações":      {catShare, cuePhrase},
	"tutte le reazioni":     {catShare, cuePhrase},
	"alle reaktionen":       {catShare, cuePhrase},
	// The bar in Facebook's Hungarian: the sort ("Legrelevánsabb"),
	// the comment box ("Írj nyilvános hozzászólást…") and the
	// reactions' label ("Az összes reakció:", or without the article,
	// "Összes reakció:").
	"legrelevánsabb":             {catCommentPolicy, cuePhrase},
	"írj nyilvános hozzászólást": {catCommentForm, cuePhrase},
	"írj hozzászólást":           {catCommentForm, cuePhrase},
	"az összes reakció":          {catShare, cuePhrase},
	// The bar in Facebook's Romanian and Slovenian: the sort ("Cele mai
	// relevante", "Najustreznejše"), the comment box ("Scrie un
	// comentariu public…", "Napišite komentar…") and the reactions'
	// label ("Toate reacțiile:", "Vsi odzivi:").
	"cele mai relevante":         {catCommentPolicy, cuePhrase},
	"najustreznejše":             {catCommentPolicy, cuePhrase},
	"scrie un comentariu public": {catCommentForm, cuePhrase},
	"scrie un comentariu":        {catCommentForm, cuePhrase},
	"napišite komentar":          {catCommentForm, cuePhrase},
	"napiši javni komentar":      {catCommentForm, cuePhrase},
	"toate reacțiile":            {catShare, cuePhrase},
	"vsi odzivi":                 {catShare, cuePhrase},
	"összes reakció":             {catShare, cuePhrase},
	// The bar in Facebook's Finnish: the reactions' label ("Kaikki
	// reaktiot:") and the comment box ("Kirjoita julkinen kommentti…",
	// "Kirjoita kommentti…").
	"kaikki reaktiot":             {catShare, cuePhrase},
	"kirjoita julkinen kommentti": {catCommentForm, cuePhrase},
	"kirjoita kommentti":          {catCommentForm, cuePhrase},
	// The bar in Facebook's Greek: the reactions' label ("Όλες οι
	// αντιδράσεις:"), the sort ("Πιο σχετικά") and the comment box
	// ("Γράψτε ένα σχόλιο…", "Γράψτε ένα δημόσιο σχόλιο…").
	"όλες οι αντιδράσεις":       {catShare, cuePhrase},
	"πιο σχετικά":               {catCommentPolicy, cuePhrase},
	"γράψτε ένα σχόλιο":         {catCommentForm, cuePhrase},
	"γράψτε ένα δημόσιο σχόλιο": {catCommentForm, cuePhrase},
	// Facebook's prompt to a logged-out reader under a post, which a
	// scrape of the post keeps: "See more on Facebook", "Email or phone
	// number", "Password", "Log In", "Forgot account?", "Create new
	// account", and its Spanish and Portuguese ("¿Olvidaste tu
	// cuenta?", "Crear cuenta nueva"; "Esqueceu a conta?", "Criar nova
	// conta"). Weighted strong on top of the phrase: each is a line of
	// its own with nothing else to weigh.
	"see more on facebook":  {catNavigation, cuePhrase + cueStrong},
	"email or phone number": {catNavigation, cuePhrase + cueStrong},
	"forgot account":        {catNavigation, cuePhrase + cueStrong},
	"create new account":    {catNavigation, cuePhrase + cueStrong},
	"olvidaste tu cuenta":   {catNavigation, cuePhrase + cueStrong},
	"crear cuenta nueva":    {catNavigation, cuePhrase + cueStrong},
	"esqueceu a conta":      {catNavigation, cuePhrase + cueStrong},
	"criar nova conta":      {catNavigation, cuePhrase + cueStrong},
	// The prompt and the bar in Facebook's Hungarian: "E-mail-cím vagy
	// telefonszám", "Elfelejtetted a fiókodat?", "Új fiók
	// létrehozása", and the prompt under a page's post ("Ha meg
	// szeretnéd tekinteni … további bejegyzéseit, jelentkezz be a
	// Facebookra", log in to Facebook to see more of its posts).
	"vagy telefonszám":           {catNavigation, cuePhrase + cueStrong},
	"elfelejtetted a fiókodat":   {catNavigation, cuePhrase + cueStrong},
	"új fiók létrehozása":        {catNavigation, cuePhrase + cueStrong},
	"jelentkezz be a facebookra": {catNavigation, cuePhrase + cueStrong},
	// The prompt in Facebook's Finnish: "Sähköposti tai puhelinnumero"
	// (e-mail or phone number), "Unohditko tilisi?" (forgot account?),
	// "Luo uusi tili" (create new account), and the prompt under a
	// page's post run together on one line ("Kirjaudu sisään tai Luo
	// uusi tili", log in or create new account).
	"tai puhelinnumero": {catNavigation, cuePhrase + cueStrong},
	"unohditko tilisi":  {catNavigation, cuePhrase + cueStrong},
	"luo uusi tili":     {catNavigation, cuePhrase + cueStrong},
	// Amharic pages' calls to like and follow or share the page, and to
	// join "our Telegram channel".
	"ላይክ እና ፎሎው":    {catPromo, cuePhrase},
	"ላይክ እና ሼር":     {catPromo, cuePhrase},
	"የቴሌግራም ቻናላችን":  {catPromo, cuePhrase},
	"የቴሌግራም ቻናላችንን": {catPromo, cuePhrase},
	// Burmese portals' related reading and related news
	// (ဆက်စပ်ဖတ်ရှုရန်, ဆက်စပ်သတင်းများ). Sinhala news portals: the top
	// bar's subscribe (දායක වන්න) and e-paper (ඊ-පත්‍රය), "read these
	// too" (මේවාත් කියවන්න), the newsletter (පුවත් හසුන) and its sign-up
	// (ලියාපදිංචි වන්න), "post your opinion" (… අදහස පළ කරන්න) over the
	// comment rule ("before publishing comments", අදහස් පළ කිරීමට පෙර)
	// and the form's submit (යොමු කරන්න), all rights reserved (සියලු
	// හිමිකම් ඇවිරිණි), the cookie banner's cookies (කුකීස්), cookie
	// policy and "I agree" (මම එකඟයි).
	"ဆက်စပ်ဖတ်ရှုရန်":       {catPromo, cuePhrase},
	"ဆက်စပ်သတင်းများ":       {catPromo, cuePhrase},
	"දායක වන්න":             {catPromo, cuePhrase},
	"ඊ-පත්‍රය":              {catPromo, cueStrong},
	"මේවාත් කියවන්න":        {catPromo, cuePhrase},
	"පුවත් හසුන":            {catPromo, cuePhrase},
	"ලියාපදිංචි වන්න":       {catPromo, cuePhrase},
	"අදහස පළ කරන්න":         {catCommentForm, cuePhrase},
	"අදහස් පළ කිරීමට":       {catCommentPolicy, cuePhrase},
	"යොමු කරන්න":            {catCommentForm, cueStrong},
	"සියලු හිමිකම් ඇවිරිණි": {catLegal, 2},
	"කුකීස්":                {catLegal, cueStrong},
	"කුකී ප්‍රතිපත්තිය":     {catLegal, cuePhrase},
	"මම එකඟයි":              {catLegal, cuePhrase},
	// A video's label: "▶ Watch the video".
	"download as pdf":       {catPromo, cuePhrase},
	"download pdf":          {catPromo, cuePhrase},
	"als pdf herunterladen": {catPromo, cuePhrase},
	"télécharger le pdf":    {catPromo, cuePhrase},
	"descargar en pdf":      {catPromo, cuePhrase},
	"scarica il pdf":        {catPromo, cuePhrase},
	"pakua nakala ya pdf":   {catPromo, cuePhrase},
	"baixar o pdf":          {catPromo, cuePhrase},
	"watch the video":       {catPromo, cuePhrase},
	"guarda il video":       {catPromo, cuePhrase},
	"regarder la vidéo":     {catPromo, cuePhrase},
	"ver el vídeo":          {catPromo, cuePhrase},
	"video ansehen":         {catPromo, cuePhrase},
	"assista ao vídeo":      {catPromo, cuePhrase},
	"bekijk de video":       {catPromo, cuePhrase},
	"vorheriger beitrag":    {catNavigation, cuePhrase},
	"nächster beitrag":      {catNavigation, cuePhrase},
	"all rights reserved":   {catLegal, 2},
	"privacy policy":        {catLegal, cuePhrase},
	"cookie policy":         {catLegal, cuePhrase},
	"use cookies":           {catLegal, cuePhrase},
	"accept cookies":        {catLegal, cuePhrase},
	"accept all":            {catLegal, cueStrong},
	"terms of use":          {catLegal, cuePhrase},
	"terms of service":      {catLegal, cuePhrase},
	"terms and conditions":  {catLegal, cuePhrase},
	// An app's promotion: "Get StormWatch alerts on your phone –
	// download the app".
	"download the app": {catPromo, cuePhrase},
	"download our app": {catPromo, cuePhrase},
	"get the app":      {catPromo, cuePhrase},
	// Assamese: WordPress's as strings (the 4.7 language pack as
	// translate.wordpress.org exported it, in the public repository
	// manveru/wordpress-translations; Debian's wordpress-l10n ships no
	// as): Leave a Reply and Post Comment (মন্তব্য দিয়ক), Cancel reply,
	// Log in to Reply, Previous / Next Post, Recent Posts. The pack
	// predates the consent line and the newer Post Comment that
	// Assamese portals print ("… এই ব্ৰাউজাৰত মোৰ নাম …", my name in
	// this browser, weighted as Hausa's "wannan burauza"; "মন্তব্য প’ষ্ট
	// কৰক"): no translation at hand holds those.
	"মন্তব্য দিয়ক":          {catCommentForm, cuePhrase},
	"মন্তব্য বাতিল কৰক":      {catCommentForm, cuePhrase},
	"উত্তৰ দিবলৈ প্ৰৱেশ কৰক": {catNavigation, cuePhrase},
	"পূৰ্বৱৰ্তী লেখা":        {catNavigation, cueStrong},
	"পৰৱৰ্তী লেখা":           {catNavigation, cueStrong},
	"শেহতীয়া লেখাসমূহ":      {catPromo, cuePhrase},
	"মন্তব্য প'ষ্ট কৰক":      {catCommentForm, cuePhrase},
	"এই ব্ৰাউজাৰত":           {catCommentForm, 3},
	// Tatar: WordPress's tt_RU strings (the 4.7 language pack, in the
	// public repository manveru/wordpress-translations; Debian's
	// wordpress-l10n ships no tt): Leave a Reply (Җавап калдыру), Cancel
	// reply, Post Comment (Коммент язу), Leave a Comment, "… һәркемгә
	// ачык итеп куелмаячак" (your e-mail address will not be
	// published), Required fields (Мәҗбүри кырлар), Log in to Reply,
	// Previous / Next Post. Tatar portals' empty comment section, "be
	// the first to leave an opinion" (Беренче булып фикер
	// калдырыгыз), and their call to subscribe to their Telegram
	// channel (… каналына язылыгыз), an order to the reader that no
	// report gives.
	"җавап калдыру":              {catCommentForm, cuePhrase},
	"җавап язудан баш тарту":     {catCommentForm, cuePhrase},
	"коммент язу":                {catCommentForm, cuePhrase},
	"комментарий калдыру":        {catCommentForm, cuePhrase},
	"ачык итеп куелмаячак":       {catCommentForm, cuePhrase},
	"мәҗбүри кырлар":             {catCommentForm, cuePhrase},
	"җавап языр өчен керү":       {catNavigation, cuePhrase},
	"элгәреге язма":              {catNavigation, cueStrong},
	"киләсе язма":                {catNavigation, cueStrong},
	"беренче булып фикер":        {catCommentPolicy, cuePhrase},
	"каналына язылыгыз":          {catPromo, 2},
	"telegram-каналына язылыгыз": {catPromo, 2},
	// Sindhi portals (no WordPress sd pack at hand: Debian's
	// wordpress-l10n and the public 4.7 packs hold none): share (شيئر
	// ڪريو), previous and next post (پوئين پوسٽ, ايندڙ پوسٽ), related
	// news (لاڳاپيل خبرون), the comment form's leave a reply (جواب ڇڏي
	// وڃو), cancel reply (جواب رد ڪريو), "… شايع نه ڪئي ويندي" (will
	// not be published), "in this browser" (هن برائوزر ۾) and send
	// comment (تبصرو موڪليو); the comment form's Website field (ويب
	// سائيٽ), weighted as the English word, and the share buttons as
	// Sindhi sites spell the networks (فيسبوڪ, ٽوئٽر, واٽس ايپ).
	"شيئر ڪريو":         {catShare, cuePhrase},
	"پوئين پوسٽ":        {catNavigation, cueStrong},
	"ايندڙ پوسٽ":        {catNavigation, cueStrong},
	"لاڳاپيل خبرون":     {catPromo, cuePhrase},
	"جواب ڇڏي وڃو":      {catCommentForm, cuePhrase},
	"جواب رد ڪريو":      {catCommentForm, cuePhrase},
	"شايع نه ڪئي ويندي": {catCommentForm, cuePhrase},
	"هن برائوزر":        {catCommentForm, 3},
	"ويب سائيٽ":         {catCommentForm, cueFaint},
	"واٽس ايپ":          {catShare, cueWeak},
	"تبصرو موڪليو":      {catCommentForm, cuePhrase},
	// Kinyarwanda portals (no WordPress rw pack at hand): share with
	// others (Sangiza abandi), copy the link (Koporora umurongo),
	// related stories (Inkuru bijyanye, Inkuru bifitanye isano), give
	// your comment (Tanga igitekerezo), your e-mail (Imeyili yawe),
	// "will never be published" (ntizigera itangazwa), send the
	// comment (Ohereza igitekerezo), and the moderation notice "… will
	// appear after review" (… kizagaragara nyuma yo gusuzumwa).
	"sangiza abandi":                  {catShare, cuePhrase},
	"koporora umurongo":               {catShare, cuePhrase},
	"inkuru bijyanye":                 {catPromo, cuePhrase},
	"inkuru bifitanye isano":          {catPromo, cuePhrase},
	"tanga igitekerezo":               {catCommentForm, cuePhrase},
	"imeyili yawe":                    {catCommentForm, cuePhrase},
	"ntizigera itangazwa":             {catCommentForm, cuePhrase},
	"ohereza igitekerezo":             {catCommentForm, cuePhrase},
	"kizagaragara nyuma yo gusuzumwa": {catCommentPolicy, 2.5},
	// Igbo pages (no WordPress ig pack at hand): Jetpack's share this
	// (Kekọrịta nke a), like this (Ọ masịrị gị?) and like (Ọ masịrị m) and loading (Na-ebugo), the
	// comment form's leave a reply (Hapụ Nzaghachi), cancel reply
	// (Kagbuo nzaghachi), "… will not be published" (A gaghị ebipụta
	// …), save my name (Chekwaa aha m) and send comment (Zipu Nkọwa).
	"kekọrịta nke a":   {catShare, cuePhrase},
	"ọ masịrị gị":      {catShare, cuePhrase},
	"ọ masịrị m":       {catShare, cuePhrase},
	"na-ebugo":         {catShare, cueStrong},
	"hapụ nzaghachi":   {catCommentForm, cuePhrase},
	"kagbuo nzaghachi": {catCommentForm, cuePhrase},
	"a gaghị ebipụta":  {catCommentForm, cuePhrase},
	"chekwaa aha m":    {catCommentForm, cuePhrase},
	"zipu nkọwa":       {catCommentForm, cuePhrase},
	// Luxembourgish WordPress and Jetpack pages (no WordPress lb pack
	// at hand: Debian's wordpress-l10n and the public 4.7 packs hold
	// none): like (Gefält mer) and loading (Gëtt gelueden…), Leave a
	// Reply (Eng Äntwert hannerloossen), Cancel reply (Äntwert
	// ofbriechen), required fields (Obligatoresch Felder), "in this
	// browser" (an dësem Browser), Post Comment (Kommentar
	// ofschécken), previous and next post (Viregt:, Nächst:).
	"gefält mer":                {catShare, cuePhrase},
	"gëtt gelueden":             {catShare, cuePhrase},
	"eng äntwert hannerloossen": {catCommentForm, cuePhrase},
	"äntwert ofbriechen":        {catCommentForm, cuePhrase},
	"obligatoresch felder":      {catCommentForm, cuePhrase},
	"an dësem browser":          {catCommentForm, 3},
	"kommentar ofschécken":      {catCommentForm, cuePhrase},
	// Punjabi: Jetpack's pa_IN Share this (ਇਸਨੂੰ ਸਾਂਝਾ ਕਰੋ, from
	// languages/jetpack-pa_IN.po in the public repository
	// Automattic/jetpack; the pack leaves Like this, Loading… and
	// Related untranslated), and Loading… as Punjabi software prints it
	// (ਲੋਡ ਕੀਤਾ ਜਾ ਰਿਹਾ ਹੈ..., the pa translation of MeeGo's
	// components, public repository meego-tablet-ux/meego-ux-translations),
	// which a Punjabi Jetpack page sets after its Like button: five
	// words for the one of "Loading…", so weighted as the whole line's
	// evidence, as Hausa's "wannan burauza" is.
	"ਇਸਨੂੰ ਸਾਂਝਾ ਕਰੋ":     {catShare, cuePhrase},
	"ਲੋਡ ਕੀਤਾ ਜਾ ਰਿਹਾ ਹੈ": {catShare, 3},
	// Malagasy portals (no WordPress mg pack at hand): the e-mail
	// address field (Adiresy mailaka) and the sign-up button (Hisoratra
	// anarana), as Malagasy software prints them.
	"adiresy mailaka":   {catCommentForm, cuePhrase},
	"hisoratra anarana": {catPromo, cueStrong},
	// A newsletter box's blurb: the invitation to sign up (Malagasy
	// "misoratra anarana", to write one's name, weak as a story reports
	// that people did; Icelandic "skráðu þig", Hungarian "iratkozzon
	// fel", Turkish "abone olun", Russian and Ukrainian "subscribe to
	// the mailing") and the reader's own mailbox ("ao amin'ny
	// mailakao", in your e-mail, weighted as "your inbox"). A story's
	// sentence that holds them is judged by its neighbours, as "sign
	// up" is: near-good at most alone, it goes only between chrome.
	"misoratra anarana": {catPromo, cueWeak},
	"amin'ny mailakao":  {catPromo, cuePhrase},
	"skráðu þig":        {catPromo, cueStrong},
	"iratkozzon fel":    {catPromo, cueStrong},
	"iratkozz fel":      {catPromo, cueStrong},
	"abone olun":        {catPromo, cueStrong},
	"подпишитесь на рассылку": {catPromo, cuePhrase},
	"підпишіться на розсилку": {catPromo, cuePhrase},
	// A button that keeps the story for later reading, beside the
	// byline or under the story: "Save story", "Save article", "Save for
	// later", "Read later", German "Für später speichern", French "Lire
	// plus tard", Spanish "Leer más tarde", Faroese "Goym til seinni"
	// (keep for later). Weighted as a phrase: alone on its line it is
	// chrome, and a sentence saving something for later dilutes it.
	"save story":           {catShare, cuePhrase},
	"save article":         {catShare, cuePhrase},
	"save for later":       {catShare, cuePhrase},
	"read later":           {catShare, cuePhrase},
	"für später speichern": {catShare, cuePhrase},
	"lire plus tard":       {catShare, cuePhrase},
	"leer más tarde":       {catShare, cuePhrase},
	"goym til seinni":      {catShare, cuePhrase},
	// Faroese portals' "more news" over a list (Fleiri tíðindi), as
	// Icelandic "Fleiri fréttir".
	"fleiri tíðindi": {catPromo, cuePhrase},
	// Norwegian, Swedish and Danish public-sector sites (municipalities,
	// agencies: the shared templates of their CMSs) and their Sámi
	// pages: "other news" over the related list (Sámi "Eará ođđasat",
	// Norwegian "Andre nyheter", Swedish "Fler nyheter", Danish "Flere
	// nyheder"), and the feedback box under the page ("Var denne siden
	// nyttig?" Ja / Nei; Swedish "Var sidan till hjälp?", Danish "Var
	// denne side nyttig?", "Fandt du det, du søgte?"; English, German
	// and Finnish government sites' "Was this page helpful?", "Is this
	// page useful?", "War diese Seite hilfreich?", "Oliko tästä sivusta
	// apua?"): a question a page asks its reader, never a story's line
	// (alone on its line, one of pageWidgets).
	"eará ođđasat": {catPromo, cuePhrase}, "eará áššit": {catPromo, cuePhrase},
	"andre nyheter": {catPromo, cuePhrase}, "flere nyheter": {catPromo, cuePhrase},
	"fleire nyheiter": {catPromo, cuePhrase}, "andra nyheter": {catPromo, cuePhrase},
	"fler nyheter": {catPromo, cuePhrase}, "flere nyheder": {catPromo, cuePhrase},
	"andre nyheder":          {catPromo, cuePhrase},
	"var denne siden nyttig": {catNavigation, cuePhrase}, "var denne sida nyttig": {catNavigation, cuePhrase},
	"var sidan till hjälp": {catNavigation, cuePhrase}, "var den här sidan till hjälp": {catNavigation, cuePhrase},
	"var denne side nyttig": {catNavigation, cuePhrase}, "fandt du det du søgte": {catNavigation, cuePhrase},
	"was this page helpful": {catNavigation, cuePhrase}, "was this page useful": {catNavigation, cuePhrase},
	"is this page useful": {catNavigation, cuePhrase}, "was this article helpful": {catNavigation, cuePhrase},
	"war diese seite hilfreich": {catNavigation, cuePhrase}, "oliko tästä sivusta apua": {catNavigation, cuePhrase},
	// The same question under a Baltic site's article or page
	// (balticHelpful): Lithuanian "Ar šis straipsnis buvo
	// naudingas?", Latvian "Vai šis raksts bija noderīgs?", Estonian
	// "Kas see artikkel oli kasulik?".
	"ar šis straipsnis buvo naudingas": {catNavigation, cuePhrase}, "ar šis puslapis buvo naudingas": {catNavigation, cuePhrase},
	"vai šis raksts bija noderīgs": {catNavigation, cuePhrase}, "vai šī lapa bija noderīga": {catNavigation, cuePhrase},
	"kas see artikkel oli kasulik": {catNavigation, cuePhrase}, "kas see leht oli kasulik": {catNavigation, cuePhrase},
	// The same question on Welsh public bodies' pages ("A oedd y
	// dudalen hon yn ddefnyddiol?", was this page useful?), which
	// bilingual sites set beside the English one.
	"oedd y dudalen hon yn ddefnyddiol": {catNavigation, cuePhrase},
	// Kurmanji portals' footer: about us (Derbarê me), as Somali's
	// "Nagu saabsan".
	"derbarê me": {catNavigation, cuePhrase},
	// Uyghur portals: the editor in charge (مەسئۇل مۇھەررىر, as
	// Chinese 责任编辑, whose post line it translates), related news
	// and articles (مۇناسىۋەتلىك خەۋەرلەر, مۇناسىۋەتلىك ماقالىلەر),
	// most viewed and most read (ئەڭ كۆپ كۆرۈلگەن, ئەڭ كۆپ
	// ئوقۇلغان), and the app box: "download the app" (ئەپنى
	// چۈشۈرۈڭ, and "download X's app", ئەپىنى چۈشۈرۈڭ, the
	// imperative: a report says who downloaded it) and "scan the code"
	// (كودنى سىكانىرلاپ, as Chinese 扫一扫).
	"مەسئۇل مۇھەررىر":        {catNavigation, cuePhrase},
	"مۇناسىۋەتلىك خەۋەرلەر":  {catPromo, cuePhrase},
	"مۇناسىۋەتلىك ماقالىلەر": {catPromo, cuePhrase},
	"ئەڭ كۆپ كۆرۈلگەن":       {catPromo, cuePhrase},
	"ئەڭ كۆپ ئوقۇلغان":       {catPromo, cuePhrase},
	"ئەپنى چۈشۈرۈڭ":          {catPromo, cuePhrase},
	"ئەپىنى چۈشۈرۈڭ":         {catPromo, cuePhrase},
	"كودنى سىكانىرلاپ":       {catPromo, cuePhrase},
	// Blogger's own template strings, which every blog on blogspot.com
	// prints in the blog's locale under and around the post: the post
	// footer ("Posted by", "Email This", "BlogThis!", "Share to X"), the
	// comment section ("No comments:", "Post a Comment"), the pager
	// ("Newer Post", "Older Post", "Home"), the feed link ("Subscribe to:
	// Post Comments (Atom)"), the sidebar ("Blog Archive", "Report Abuse")
	// and the attribution ("Powered by Blogger"). English, Indonesian,
	// Portuguese (pt-BR), Spanish and French, as Blogger words them. The
	// verbs alone are prose ("posting", "berbagi"), so only the button's
	// or label's whole wording is here; "posted by" stays with isPostMeta.
	"email this":                 {catShare, cuePhrase},
	"share to":                   {catShare, cueStrong},
	"blogthis":                   {catShare, cuePhrase},
	"no comments":                {catCommentPolicy, cuePhrase},
	"newer post":                 {catNavigation, cuePhrase},
	"older post":                 {catNavigation, cuePhrase},
	"subscribe to post comments": {catNavigation, 2},
	"post comments atom":         {catNavigation, 2},
	"blog archive":               {catNavigation, cuePhrase},
	"report abuse":               {catNavigation, cuePhrase},
	"powered by blogger":         {catLegal, 2},
	// Blogger's Hindi interface: the feed link ("सदस्यता लें: टिप्पणियाँ
	// भेजें (Atom)"), the profile widget's link ("मेरा पूरा प्रोफ़ाइल
	// देखें", "View my complete profile") and the attribution
	// ("Blogger द्वारा संचालित", "Powered by Blogger").
	"टिप्पणियाँ भेजें atom":        {catNavigation, 2},
	"सदस्यता लें टिप्पणियाँ भेजें": {catNavigation, 2},
	"मेरा पूरा प्रोफ़ाइल देखें":    {catNavigation, 2},
	"view my complete profile": {catNavigation, 2},
	"blogger द्वारा संचालित":   {catLegal, 2},
	// A Korean public body's page: the KOGL licence by its type
	// ("공공누리 제4유형"), the satisfaction survey's question ("어느 정도
	// 만족하셨습니까?") and the page's office in charge ("콘텐츠
	// 담당부서 : …").
	// A small paper's CMS footer (Creative Circle's).
	"powered by creative circle": {catLegal, 2},
	"공공누리 제1유형":                  {catLegal, 2},
	"공공누리 제2유형":                  {catLegal, 2},
	"공공누리 제3유형":                  {catLegal, 2},
	"공공누리 제4유형":                  {catLegal, 2},
	"어느 정도 만족하셨습니까":              {catNavigation, 2},
	"콘텐츠 담당부서":                   {catNavigation, 2},
	"diposting oleh":             {catNavigation, cuePhrase},
	"kirimkan ini lewat":         {catShare, cuePhrase},
	"berbagi ke":                 {catShare, cuePhrase},
	"bagikan ke":                 {catShare, cuePhrase},
	"tidak ada komentar":         {catCommentPolicy, cuePhrase},
	"posting komentar":           {catCommentForm, cuePhrase},
	"posting lebih baru":         {catNavigation, cuePhrase},
	"posting lama":               {catNavigation, cuePhrase},
	"arsip blog":                 {catNavigation, cuePhrase},
	"laporkan penyalahgunaan":    {catNavigation, cuePhrase},
	"diberdayakan oleh blogger":  {catLegal, 2},
	"postado por":                {catNavigation, cuePhrase},
	"compartilhar no":            {catShare, cuePhrase},
	"compartilhar com o":         {catShare, cuePhrase},
	"nenhum comentário":          {catCommentPolicy, cuePhrase},
	"postar um comentário":       {catCommentForm, cuePhrase},
	"postagem mais recente":      {catNavigation, cuePhrase},
	"postagem mais antiga":       {catNavigation, cuePhrase},
	"postar comentários":         {catNavigation, cuePhrase},
	"arquivo do blog":            {catNavigation, cuePhrase},
	"denunciar abuso":            {catNavigation, cuePhrase},
	"tecnologia do blogger":      {catLegal, 2},
	"compartir con":              {catShare, cueStrong},
	"no hay comentarios":         {catCommentPolicy, cuePhrase},
	"publicar un comentario":     {catCommentForm, cuePhrase},
	"entrada más reciente":       {catNavigation, cuePhrase},
	"entrada antigua":            {catNavigation, cuePhrase},
	"archivo del blog":           {catNavigation, cuePhrase},
	"tecnología de blogger":      {catLegal, 2},
	"aucun commentaire":          {catCommentPolicy, cuePhrase},
	"enregistrer un commentaire": {catCommentForm, cuePhrase},
	"article plus récent":        {catNavigation, cuePhrase},
	"article plus ancien":        {catNavigation, cuePhrase},
	"archives du blog":           {catNavigation, cuePhrase},
	"signaler un abus":           {catNavigation, cuePhrase},
	"fourni par blogger":         {catLegal, 2},
	// Blogger's Swahili interface: the post's footer ("Tuma Hii kwa
	// Barua Pepe", email this; "Shiriki kwenye X"), the comments ("Hakuna
	// maoni:", "Chapisha Maoni"), the pager ("Chapisho Jipya Zaidi",
	// "Chapisho la Zamani"), the feed link ("Jisajili kwa: Chapisha Maoni
	// (Atom)"), the sidebar ("Kumbukumbu ya Blogu", "Ripoti Matumizi
	// Mabaya", the profile's "Tazama wasifu wangu kamili"), the header
	// menu's "Kuhusu Blogu" (about the blog) and the attribution
	// ("Inaendeshwa na Blogger").
	"tuma hii kwa barua pepe":     {catShare, cuePhrase},
	"shiriki kwenye":              {catShare, cueStrong},
	"hakuna maoni":                {catCommentPolicy, cuePhrase},
	"chapisha maoni":              {catCommentForm, cuePhrase},
	"chapisho jipya zaidi":        {catNavigation, cuePhrase},
	"chapisho la zamani":          {catNavigation, cuePhrase},
	"jisajili kwa chapisha maoni": {catNavigation, 2},
	"chapisha maoni atom":         {catNavigation, 2},
	"kumbukumbu ya blogu":         {catNavigation, cuePhrase},
	"ripoti matumizi mabaya":      {catNavigation, cuePhrase},
	"tazama wasifu wangu kamili":  {catNavigation, 2},
	"kuhusu blogu":                {catNavigation, cuePhrase},
	"inaendeshwa na blogger":      {catLegal, 2},
	// Hatena Blog's own template strings (はてなブログ, the Japanese
	// platform's), which every blog it hosts prints around the post: the
	// subscribe button in its three states ("読者になる" become a reader,
	// "読者です" I am one, "読者をやめる" stop being one), the post
	// footer's share label and comment link ("シェアする", "コメントを
	// 書く"), the sidebar's links ("このブログについて" about this
	// blog) and the footer's attribution and report link ("Powered by
	// Hatena Blog | ブログを報告する", as Blogger's "Report Abuse").
	// Ameba's (ameblo.jp) header links to the blog's lists ("ブログ
	// トップ", "記事一覧" list of posts, "画像一覧" list of images) and
	// its reblog button ("リブログ"), and note.com's appeal under a
	// post ("この記事が気に入ったらサポートをしてみませんか", the tip's
	// "チップで応援してみませんか" in its newer wording). Japanese sets no
	// space between words: each of these is a whole run of kana and
	// kanji, so it matches only a line or a part between spaces or
	// punctuation that says exactly that, never a sentence that holds
	// it ("新聞の読者になる人が減った" is one run, no match).
	"読者になる":                  {catPromo, cuePhrase},
	"読者です":                   {catPromo, cuePhrase},
	"読者をやめる":                 {catPromo, cuePhrase},
	"シェアする":                  {catShare, cueStrong},
	"この記事をシェアする":             {catShare, cuePhrase},
	"コメントを書く":                {catCommentForm, cuePhrase},
	"このブログについて":              {catNavigation, cuePhrase},
	"ブログを報告する":               {catNavigation, cuePhrase},
	"powered by hatena blog": {catLegal, 2},
	"ブログトップ":                 {catNavigation, cuePhrase},
	"記事一覧":                   {catNavigation, cueStrong},
	"画像一覧":                   {catNavigation, cuePhrase},
	"リブログ":                   {catShare, cuePhrase},
	"この記事が気に入ったらサポートをしてみませんか":  {catPromo, cuePhrase},
	"この記事が気に入ったらチップで応援してみませんか": {catPromo, cuePhrase},
	// A livedoor blog's (ライブドアブログ) template, as the matome blogs
	// that copy a board's thread under a news story print it: the ad
	// slot's label ("スポンサーリンク", sponsored link), the comment
	// form's button ("コメントする"), the sidebar's ranking of popular
	// posts ("人気記事ランキング") and its mutual-RSS list of other
	// matome blogs ("相互RSS"), and the footer ("Powered by
	// ライブドアブログ"). Each is a whole run, as the Hatena strings
	// above.
	"スポンサーリンク":                 {catPromo, cueStrong},
	"コメントする":                   {catCommentForm, cuePhrase},
	"人気記事ランキング":                {catPromo, cuePhrase},
	"相互rss":                    {catNavigation, cuePhrase},
	"powered by ライブドアブログ":      {catLegal, 2},
	"powered by livedoor blog": {catLegal, 2},
	// An aggregator's or a user-content platform's footer link to report
	// a copied item to the site ("Signaler un contenu | Confidentialité
	// | Contact"), beside Blogger's "Report abuse": English, French,
	// German, Spanish, Italian, Portuguese and Dutch. A story's sentence
	// about reporting content is long enough that one phrase does not
	// decide it.
	"report content":       {catNavigation, cuePhrase},
	"report this content":  {catNavigation, cuePhrase},
	"signaler un contenu":  {catNavigation, cuePhrase},
	"signaler ce contenu":  {catNavigation, cuePhrase},
	"inhalt melden":        {catNavigation, cuePhrase},
	"denunciar contenido":  {catNavigation, cuePhrase},
	"segnala contenuto":    {catNavigation, cuePhrase},
	"segnala un contenuto": {catNavigation, cuePhrase},
	"denunciar conteúdo":   {catNavigation, cuePhrase},
	"inhoud melden":        {catNavigation, cuePhrase},
	"inhoud rapporteren":   {catNavigation, cuePhrase},
	// An aggregator's button under a copied story ("Report this
	// story") and its notice on the copies' ownership ("Content belongs
	// to its respective owners."). (Not "… are the property of their
	// respective owners", which a company's document closes with too.)
	"report this story":                 {catNavigation, cuePhrase},
	"report this article":               {catNavigation, cuePhrase},
	"belongs to its respective owners":  {catLegal, 2},
	"belong to their respective owners": {catLegal, 2},
})

// hanPhrase is one entry of hanPhrases: the characters after the first
// two, and whether the phrase must end its run (end).
type hanPhrase struct {
	rest string
	end  bool
	cue
}

// hanPhrases are chrome phrases of Chinese pages, lower case, found
// inside a run of Han characters (scratch.hanPhrases), indexed by their
// first two characters. Only phrases that news prose does not use go
// here: "依法追究" (prosecute by law) ends a reprint notice but also
// reports a court's word, "未经授权" (unauthorised) alone and "观点"
// (viewpoint) alone are prose; "发表评论" (post a comment, WordPress's
// button) also means "to publish a commentary" and "相关文章" (related
// articles) "the articles concerned", so those two match only a whole
// run (chromeWords). "版权所有" (all rights reserved) must end its run:
// "版权所有者" is a copyright holder.
var hanPhrases = hanIndex(map[string]hanCue{
	// WordPress's zh_CN strings (6.1): the comment form (发表回复, 取消回复,
	// "您的电子邮箱地址不会被公开", "必填项已用*标注", "在此浏览器中保存我的显示名称、
	// 邮箱地址和网站地址，以便下次评论时使用"), post navigation (上一篇, 下一篇,
	// 文章导航), the skip link (跳至内容), the footer ("自豪地采用WordPress",
	// "基于WordPress"); the Twenty themes' post line ("此条目发表在…分类目录，
	// 贴了…标签。将固定链接加入收藏夹。").
	"发表回复":        {cue: cue{catCommentForm, cuePhrase}},
	"取消回复":        {cue: cue{catCommentForm, cuePhrase}},
	"不会被公开":       {cue: cue{catCommentForm, cuePhrase}},
	"必填项":         {cue: cue{catCommentForm, cuePhrase}},
	"在此浏览器中保存":    {cue: cue{catCommentForm, cuePhrase}},
	"下次评论时使用":     {cue: cue{catCommentForm, cuePhrase}},
	"上一篇":         {cue: cue{catNavigation, cueStrong}},
	"下一篇":         {cue: cue{catNavigation, cueStrong}},
	"文章导航":        {cue: cue{catNavigation, cuePhrase}},
	"跳至内容":        {cue: cue{catNavigation, cuePhrase}},
	"此条目发表在":      {cue: cue{catNavigation, cuePhrase}},
	"分类目录":        {cue: cue{catNavigation, cueStrong}},
	"固定链接":        {cue: cue{catNavigation, cueStrong}},
	"加入收藏":        {cue: cue{catNavigation, cuePhrase}},
	"自豪地采用":       {cue: cue{catLegal, cuePhrase}},
	"基于wordpress": {cue: cue{catLegal, cuePhrase}},
	// Chinese portals' furniture: where you are (当前位置), set as home
	// page, bookmark, print this page, close the window, back to the top
	// or the home page, the article's tags (本文标签), "you may like",
	// further reading, most clicked.
	"当前位置":   {cue: cue{catNavigation, cuePhrase}},
	"您当前的位置": {cue: cue{catNavigation, cuePhrase}},
	"设为首页":   {cue: cue{catNavigation, cuePhrase}},
	"打印本页":   {cue: cue{catShare, cuePhrase}},
	"关闭窗口":   {cue: cue{catNavigation, cuePhrase}},
	"返回顶部":   {cue: cue{catNavigation, cuePhrase}},
	"返回首页":   {cue: cue{catNavigation, cuePhrase}},
	"本文标签":   {cue: cue{catNavigation, cuePhrase}},
	"猜你喜欢":   {cue: cue{catPromo, cuePhrase}},
	"延伸阅读":   {cue: cue{catPromo, cuePhrase}},
	"热门点击":   {cue: cue{catPromo, cuePhrase}},
	// Their legal notices: reprinting forbidden (禁止转载, 不得转载), no
	// mirror (建立镜像), the copyright statement and line, the site
	// speaking of itself (本网站…, 本站内容…), "when reprinting, cite…",
	// a scraper's "for study only; on infringement, contact us to delete".
	"禁止转载":   {cue: cue{catLegal, cuePhrase}},
	"不得转载":   {cue: cue{catLegal, cuePhrase}},
	"建立镜像":   {cue: cue{catLegal, cuePhrase}},
	"版权声明":   {cue: cue{catLegal, cuePhrase}},
	"版权所有":   {end: true, cue: cue{catLegal, cuePhrase}},
	"本网站":    {cue: cue{catLegal, cueStrong}},
	"本站内容":   {cue: cue{catLegal, cuePhrase}},
	"转载请注明":  {cue: cue{catLegal, cuePhrase}},
	"侵权请联系":  {cue: cue{catLegal, cuePhrase}},
	"仅供学习交流": {cue: cue{catLegal, cuePhrase}},
	// A WeChat official account's article page: the call over the story
	// to follow the account (点击上方蓝字 关注…), the list of its earlier
	// posts (往期推荐), the QR code's call under it (长按识别二维码),
	// the comment box's notice (留言功能已开启，作者精选后显示), the
	// follow prompt (关注该公众号), the notice to open the page in the
	// app (微信扫一扫可打开此内容，使用完整服务), the like buttons' hints
	// (轻点两下取消赞), the preview's notice (预览时标签不可点), the
	// swipe to the next post (继续滑动看下一个) and the link to the
	// original (轻触阅读原文, 阅读原文 ending its run: "阅读原文后" is
	// prose).
	"点击上方":   {cue: cue{catPromo, cuePhrase}},
	"上方蓝字":   {cue: cue{catPromo, cuePhrase}},
	"点击蓝字":   {cue: cue{catPromo, cuePhrase}},
	"往期推荐":   {cue: cue{catPromo, cuePhrase}},
	"往期回顾":   {cue: cue{catPromo, cuePhrase}},
	"长按识别":   {cue: cue{catPromo, cuePhrase}},
	"长按二维码":  {cue: cue{catPromo, cuePhrase}},
	"留言功能":   {cue: cue{catCommentPolicy, cuePhrase}},
	"精选后显示":  {cue: cue{catCommentPolicy, cuePhrase}},
	"该公众号":   {cue: cue{catPromo, cuePhrase}},
	"可打开此内容": {cue: cue{catPromo, cuePhrase}},
	"使用完整服务": {cue: cue{catPromo, cuePhrase}},
	"轻点两下":   {cue: cue{catShare, cuePhrase}},
	"标签不可点":  {cue: cue{catNavigation, cuePhrase}},
	"继续滑动":   {cue: cue{catNavigation, cuePhrase}},
	"轻触阅读原文": {cue: cue{catNavigation, cuePhrase}},
	"阅读原文":   {end: true, cue: cue{catNavigation, cueStrong}},
	// A self-media platform's page (Toutiao's and its like): the
	// header's app button (下载APP), the author box's list of the
	// author's latest posts (作者最新文章), the recommendations (相关推荐),
	// the footer's complaint link (侵权投诉), user agreement and privacy
	// policy, and the disclaimer under the post (免责声明, 仅代表作者本人,
	// 不代表…立场).
	"下载app":  {cue: cue{catPromo, cuePhrase}},
	"作者最新文章": {cue: cue{catPromo, cuePhrase}},
	"相关推荐":   {cue: cue{catPromo, cuePhrase}},
	"侵权投诉":   {cue: cue{catLegal, cuePhrase}},
	"用户协议":   {cue: cue{catLegal, cuePhrase}},
	"隐私政策":   {cue: cue{catLegal, cuePhrase}},
	"免责声明":   {cue: cue{catLegal, cuePhrase}},
	"仅代表作者":  {cue: cue{catLegal, cuePhrase}},
	"联系我们删除": {cue: cue{catLegal, cuePhrase}},
})

// hanCue is a hanPhrases entry as written: its cue, and whether it must
// end its run.
type hanCue struct {
	end bool
	cue
}

func hanIndex(m map[string]hanCue) map[string][]hanPhrase {
	idx := make(map[string][]hanPhrase)
	for p, c := range m {
		_, n := utf8.DecodeRuneInString(p)
		_, k := utf8.DecodeRuneInString(p[n:])
		idx[p[:n+k]] = append(idx[p[:n+k]], hanPhrase{rest: p[n+k:], end: c.end, cue: c.cue})
	}
	return idx
}

// consentButtonWords are the buttons of a consent banner, lower case,
// without their punctuation: to accept, agree, allow, understand or
// close, in English, German, French, Spanish, Portuguese, Italian and
// Dutch (see consentButtons, which reads them only under a banner).
var consentButtonWords = setOf(`got it|ok|okay|accept|i accept|accept all|accept and close|accept cookies|` +
	`agree|i agree|allow|allow all|allow cookies|understood|i understand|dismiss|close|` +
	`akzeptieren|alle akzeptieren|einverstanden|verstanden|ok verstanden|` +
	`accepter|j'accepte|tout accepter|d'accord|j'ai compris|` +
	`aceptar|acepto|aceptar todo|entendido|aceitar|aceito|aceitar todos|entendi|` +
	`accetta|accetto|accetta tutto|ho capito|akkoord|accepteren|alles accepteren|` +
	`rozumiem|akceptuję|zgadzam się|akceptuj wszystkie|` +
	// Estonian (I agree, allow all, got it), Latvian (I agree,
	// accept all) and Lithuanian (I agree, accept all).
	`nõustun|luba kõik|nõustu kõigiga|sain aru|piekrītu|pieņemt visus|sutinku|priimti visus`)

// consentRowParts are the buttons of a consent banner that a scrape
// runs together on one line ("Accepter & Fermer Continuer sans accepter
// Personnaliser", "Accept all Reject all Manage preferences"): the
// consentButtonWords and the banners' other buttons, to refuse, to go on
// without accepting and to set one's choices, lower case, indexed by
// their first word (see consentButtons; read only under a banner, where
// no story stands); Polish ones too ("Akceptuj wszystkie Odrzuć
// Zarządzaj opcjami").
var consentRowParts = partIndex(barSet(strings.ReplaceAll(`got it|ok|okay|accept|i accept|accept all|accept and close|accept cookies|
	agree|i agree|allow|allow all|allow cookies|understood|i understand|dismiss|close|
	reject|reject all|decline|refuse|continue without accepting|manage preferences|manage options|
	more options|customise|customize|settings|cookie settings|learn more|
	akzeptieren|alle akzeptieren|einverstanden|verstanden|ok verstanden|ablehnen|alle ablehnen|einstellungen|
	accepter|j'accepte|tout accepter|d'accord|j'ai compris|accepter et fermer|accepter fermer|fermer|
	refuser|tout refuser|continuer sans accepter|personnaliser|paramétrer|paramètres|en savoir plus|
	aceptar|acepto|aceptar todo|entendido|rechazar|rechazar todo|configurar|personalizar|
	aceitar|aceito|aceitar todos|entendi|rejeitar|recusar|
	accetta|accetto|accetta tutto|ho capito|rifiuta|rifiuta tutto|personalizza|impostazioni|
	akkoord|accepteren|alles accepteren|weigeren|instellingen|
	nõustun|luba kõik|nõustu kõigiga|sain aru|keeldu|keeldu kõigist|seaded|
	piekrītu|pieņemt visus|noraidīt|iestatījumi|sutinku|priimti visus|atmesti|nustatymai|
	rozumiem|akceptuję|zgadzam się|akceptuj|akceptuj wszystkie|zaakceptuj wszystkie|odrzuć|odrzuć wszystkie|
	zarządzaj opcjami|zarządzaj ustawieniami|ustawienia|ustawienia cookies|więcej opcji|dostosuj|zamknij`, "\n", " ")))

// consentOpeners are the openings of consent banners, the site speaking
// of its own cookies, lower case, split into words (see wConsent).
var consentOpeners = splitAll(
	"wij gebruiken cookies", "we gebruiken cookies", "deze website gebruikt cookies",
	"we use cookies", "this website uses cookies", "this site uses cookies",
	"our website uses cookies", "our site uses cookies",
	"wir verwenden cookies", "wir nutzen cookies", "diese website verwendet cookies",
	"diese webseite verwendet cookies", "nous utilisons des cookies",
	"ce site utilise des cookies",
	// Serbian, Croatian and Bosnian ("this site uses cookies", "we use
	// cookies"), Slovenian ("we use cookies", "this site uses cookies").
	"ovaj sajt koristi kolačiće", "ovaj veb-sajt koristi kolačiće", "ova stranica koristi kolačiće",
	"ova web stranica koristi kolačiće", "ova internet stranica koristi kolačiće",
	"koristimo kolačiće", "uporabljamo piškotke", "ta spletna stran uporablja piškotke", "utilizamos cookies", "usamos cookies",
	"este sitio web utiliza cookies", "este sitio utiliza cookies", "este site utiliza cookies",
	"utilizziamo i cookie", "utilizziamo cookie", "questo sito utilizza cookie",
	"questo sito utilizza i cookie",
	"vi använder cookies", "vi använder kakor", "den här webbplatsen använder cookies",
	"vi bruger cookies", "vi bruker informasjonskapsler", "vi bruker cookies",
	"utilitzem galetes", "aquest lloc web utilitza galetes",
	"używamy plików cookies", "ta strona używa plików cookies", "serwis używa plików cookies",
	"strona używa plików cookies", "serwis wykorzystuje pliki cookies",
	// Polish banners name the files in the singular as often ("Używamy
	// plików cookie, aby …"), or by the homely word ("ciasteczek").
	"używamy plików cookie", "ta strona używa plików cookie", "serwis używa plików cookie",
	"strona używa plików cookie", "serwis wykorzystuje pliki cookie", "używamy ciasteczek",
	"ta strona używa ciasteczek", "käytämme evästeitä",
	"tämä sivusto käyttää evästeitä", "χρησιμοποιούμε cookies",
	"αυτός ο ιστότοπος χρησιμοποιεί cookies", "folosim cookie-uri",
	"acest site folosește cookie-uri",
	"používáme cookies", "tento web používá cookies", "sütiket használunk",
	"ez a weboldal sütiket használ", "kami menggunakan cookie", "situs ini menggunakan cookie",
	"çerez kullanıyoruz", "bu site çerez kullanır",
	// Basque: "this website uses (its own) cookies", "we use cookies".
	"webgune honek cookieak", "webgune honek bere cookieak", "cookieak erabiltzen ditugu",
	// Russian and Ukrainian, the files' word written or not: "we use
	// (the files) cookie", "this site uses (the files) cookie".
	"мы используем файлы cookie", "мы используем cookie", "мы используем файлы куки",
	"мы используем куки", "сайт использует файлы cookie", "этот сайт использует файлы cookie",
	"этот сайт использует cookie", "наш сайт использует файлы cookie",
	"ми використовуємо файли cookie", "ми використовуємо cookie", "сайт використовує файли cookie",
	// The Baltic languages: Estonian ("we use cookies", "this website
	// uses cookies", küpsised being cookies, in the partitive), Latvian
	// (sīkdatnes) and Lithuanian (slapukai), as their sites' banners
	// word them.
	"kasutame küpsiseid", "me kasutame küpsiseid", "see veebileht kasutab küpsiseid",
	"meie veebileht kasutab küpsiseid", "see veebisait kasutab küpsiseid",
	"mēs izmantojam sīkdatnes", "izmantojam sīkdatnes", "šī vietne izmanto sīkdatnes",
	"naudojame slapukus", "mes naudojame slapukus", "ši svetainė naudoja slapukus",
)

// postAudiences are the labels of Facebook's audience icon, lower case,
// as a copy of a post prints them after the post's age in its header
// ("2d · Shared with Public", "3 h · Partilhado com Grupo público"):
// the interface's verb (audienceVerbs) and one of its audiences
// (audienceNames), a group's post naming the group's kind, in English,
// Portuguese (both spellings), Spanish, French, Italian, German, Dutch
// and Indonesian, and in the other languages whose Facebook furniture
// the cleaner reads (facebook.go): Hungarian ("Megosztva: Nyilvános")
// and the Nordic ones (Swedish "Delat med Offentligt", Danish and
// Norwegian "Delt med Offentlig", Finnish "Jaettu: Julkinen"). Any verb
// goes with any audience: the pairs across languages are never a
// story's either.
var postAudiences = func() map[string]bool {
	m := make(map[string]bool)
	for v := range barSet(audienceVerbs) {
		for a := range barSet(audienceNames) {
			m[v+" "+a] = true
		}
	}
	return m
}()

const (
	audienceVerbs = `shared with | partilhado com | compartilhado com | compartido con | partagé avec |
	condiviso con | geteilt mit | gedeeld met | dibagikan dengan |
	megosztva | delat med | delt med | jaettu`
	audienceNames = `public | friends | friends of friends | custom | only me | your friends | public group |
	private group | members | group members |
	público | amigos | amigos de amigos | amigos dos amigos | personalizado | apenas eu | só eu | solo yo |
	grupo público | grupo privado | membros | miembros |
	amis | amis de leurs amis | amis d'amis | personnalisé | moi uniquement | groupe public | groupe privé | membres |
	tutti | pubblico | amici | amici di amici | personalizzato | solo io | gruppo pubblico | gruppo privato | membri |
	öffentlich | freunde | freunde von freunden | benutzerdefiniert | nur ich | öffentliche gruppe | private gruppe |
	mitglieder |
	openbaar | vrienden | vrienden van vrienden | aangepast | alleen ik | openbare groep | besloten groep | leden |
	publik | teman | teman dari teman | khusus | hanya saya | grup publik | grup privat | anggota |
	nyilvános | ismerősök | ismerősök ismerősei | egyéni | csak én | nyilvános csoport | privát csoport | zárt csoport |
	offentligt | offentlig | vänner | vänners vänner | anpassad | bara jag | offentlig grupp | privat grupp |
	venner | venners venner | tilpasset | kun mig | kun meg | bare meg | offentlig gruppe | privat gruppe |
	julkinen | kaverit | kaverien kaverit | mukautettu | vain minä | julkinen ryhmä | yksityinen ryhmä`
)

// groupKinds are the kinds of group Facebook prints alone on the line
// under a group's name, lower case, the group audiences of
// audienceNames ("Public group", "Groupe privé", "Offentlig grupp").
// The bare audiences ("Public", "Friends") are left out: alone, a word
// like that may head a section of a story.
var groupKinds = barSet(`public group | private group | grupo público | grupo privado | groupe public | groupe privé |
	gruppo pubblico | gruppo privato | öffentliche gruppe | private gruppe | openbare groep | besloten groep |
	grup publik | grup privat | nyilvános csoport | privát csoport | zárt csoport | offentlig grupp | privat grupp |
	offentlig gruppe | privat gruppe | julkinen ryhmä | yksityinen ryhmä`)

// partnerOpeners open the consent text of the IAB's Transparency and
// Consent Framework, which most European news sites' consent platforms
// show, in English and French: "With your agreement, we and our
// partners use cookies or similar technologies …", "Avec votre accord,
// nous et nos partenaires utilisons (déposons) des cookies …", lower
// case, split into words (see partnerCookies: a company's statement may
// open "We and our partners use …", so the cookies must follow).
var partnerOpeners = splitAll(
	"with your agreement we and our partners", "with your consent we and our partners",
	"we and our partners use", "we and our partners store",
	"avec votre accord nous et nos partenaires", "avec votre accord nos partenaires et nous",
	"nous et nos partenaires utilisons", "nous et nos partenaires déposons",
	"nos partenaires et nous utilisons", "nos partenaires et nous déposons")

// consentSubjects are the site as the subject of a consent banner in
// the languages that put the verb last, lower case, split into words
// (see siteCookies): Kurmanji ("ev malper", this site; "malpera me", our
// site), Sorani, Turkish, Azerbaijani, Uzbek, Kazakh, Kyrgyz, Tatar,
// Bashkir, Persian and Hindi; cookieStems the openings of their words for
// cookies (Turkish and Kurmanji çerez, Azerbaijani çərəz, Persian کوکی,
// Hindi कुकी, and the English word most of them also print), and
// useWords their verbs of using as a banner words them, whole, since the
// nouns share their stems (Turkish kullanır, "uses", but kullanıcı,
// "user"): Turkish kullanmaktadır and its kin, Kurmanji "bi kar tîne",
// Azerbaijani and Persian "istifadə edir", "استفاده می‌کند" (use-do),
// Uzbek foydalanadi, Kazakh пайдаланады and қолданады, Kyrgyz колдонот,
// Tatar and Bashkir куллана, Hindi "उपयोग करती है". Dutch, verb
// second, words its banner more ways than consentOpeners can list ("Deze
// site gebruikt cookies", "Deze website maakt gebruik van cookies", the
// nl_NL string of Jetpack's cookie widget): its subjects ("deze site",
// "onze website") and its verb (gebruikt, gebruiken, and gebruik of
// "maakt gebruik van") are read the same way, and so are the site and
// its verb in English, Italian, French, Spanish, Portuguese and German
// (uses, usa, utilizza, utilise, utiliza, verwendet, nutzt) when a word
// stands between the verb and the cookies ("Questo sito usa solo
// cookie tecnici", "This site only uses essential cookies"), which the
// fixed openings (consentOpeners) miss.
var (
	consentSubjects = splitAll("ev malper", "ev malpera", "malpera me", "ئەم ماڵپەڕە",
		"bu site", "bu web sitesi", "bu internet sitesi", "sitemiz", "web sitemiz", "internet sitemiz",
		"bu sayt", "saytımız", "бұл сайт", "бул сайт", "бу сайт", "был сайт",
		"این سایت", "این وب‌سایت", "यह वेबसाइट", "यह साइट", "हमारी वेबसाइट",
		"deze site", "deze website", "deze webpagina", "onze site", "onze website",
		"this site", "this website", "our site", "our website",
		"questo sito", "questo sito web", "il nostro sito", "il presente sito",
		"ce site", "ce site web", "notre site", "este sitio", "este sitio web", "nuestro sitio",
		"este site", "o nosso site", "nosso site", "diese website", "diese webseite", "diese seite", "unsere website")
	consentSubjectFirst = func() map[string]bool {
		m := make(map[string]bool)
		for _, p := range consentSubjects {
			m[p[0]] = true
		}
		return m
	}()
	// consentPlaces are the site as the place of its cookies, in the
	// first person plural's locative, one word: Turkish "sitemizde",
	// "web sitemizde" (on our site), Azerbaijani "saytımızda" (sitePlaced).
	consentPlaces = set(`sitemizde saytımızda`)
	cookieStems   = []string{"cookie", "çerez", "çərəz", "kuki", "куки", "кукі", "کوکی", "कुकी", "کووکی"}
	useWords      = set(`kullanır kullanıyor kullanmaktadır kullanılmaktadır kullanılır kullanıyoruz kullanırız
		kullanmaktayız kullanmakta tîne bikartîne istifadə foydalanadi foydalanamiz пайдаланады
		пайдаланамыз қолданады қолданамыз колдонот колдонобуз куллана кулланабыз ҡуллана файдалана
		استفاده بەکاردەهێنێت उपयोग इस्तेमाल प्रयोग
		gebruikt gebruiken gebruik
		uses use usa utilizza impiega utilise utilisent utiliza emprega verwendet nutzt benutzt`)
)

func splitAll(phrases ...string) [][]string {
	out := make([][]string, len(phrases))
	for i, p := range phrases {
		out[i] = fields(p)
	}
	return out
}

// phrase is one entry of chromePhrases.
type phrase struct {
	rest []string // the words after the first
	cue
}

func phraseIndex(m map[string]cue) map[string][]phrase {
	idx := make(map[string][]phrase)
	for p, c := range m {
		words := fields(p)
		idx[words[0]] = append(idx[words[0]], phrase{rest: words[1:], cue: c})
	}
	return idx
}

// teaserLabels are the labels that, followed by a colon at the start of a
// line, introduce a teaser or a list of links rather than story text
// ("Read more: …", "Follow live: …", "Tags: …"). Labels of story text
// ("Update:", "Editor's note:", "Correction:") are deliberately absent.
var teaserLabels = map[string]category{
	"read more": catPromo, "read also": catPromo, "also read": catPromo, "read": catPromo,
	"more": catPromo, "more on this": catPromo, "more on this story": catPromo,
	"follow live": catPromo, "live": catPromo, "watch": catPromo, "watch live": catPromo,
	"watch now": catPromo, "listen": catPromo, "related": catPromo, "see also": catPromo,
	"recommended": catPromo, "sponsored": catPromo, "advertisement": catPromo,
	"most read": catPromo, "trending": catPromo, "you may also like": catPromo,
	// "Trending Now: Today Gold Rate | Nepal Lottery | …": the ticker
	// of a farm's header, the list label's wording before its colon.
	"trending now": catPromo,
	"don't miss":   catPromo, "latest": catPromo, "follow us": catPromo, "subscribe": catPromo,
	"tags": catNavigation, "tagged": catNavigation, "topics": catNavigation,
	// "Related Topics: SAPS cash-in-transit Mpumalanga crime": a news
	// site's topic tags under the story, labelled as its related
	// topics.
	"related topics": catNavigation, "related tags": catNavigation,
	"categories": catNavigation, "filed under": catNavigation, "mots clés": catNavigation, "mots-clés": catNavigation,
	"share": catShare, "share this": catShare, "share this article": catShare,
	"condividi": catShare, "compartilhe": catShare, "compartir": catShare, "partager": catShare,
	"teilen": catShare, "delen": catShare,
	"like this": catShare, "related posts": catPromo, "gefällt mir": catShare,
	// Slovak, Bulgarian, Ukrainian, Indonesian, Arabic, Hebrew sharing
	// labels ("Zdieľať:", "Сподели това:", "Bagikan ini:", "شارك هذا:",
	// "שתפו:") and liking ("Páči sa mi to:", "Menyukai ini:").
	"páči sa mi to": catShare, "сподели това": catShare, "харесай това": catShare,
	"bagikan ini": catShare, "menyukai ini": catShare, "شارك هذا": catShare,
	"أعجبني هذا": catShare, "שתפו": catShare,
	// German, French, Spanish, Portuguese, Italian.
	"categorías": catNavigation, "categorias": catNavigation, "catégories": catNavigation,
	"kategorien": catNavigation, "categorie": catNavigation, "etiquetas": catNavigation,
	"étiquettes": catNavigation, "schlagwörter": catNavigation, "tag": catNavigation,
	"archivado en": catNavigation, "publicado en": catNavigation, "classé dans": catNavigation,
	// A topics line under the story, as broadcasters' and portals' CMSs
	// label it where WordPress says "Tags" ("Thématiques : Culture
	// Patrimoine", "Themen:", "Temas:", "Argomenti:").
	"thématiques": catNavigation, "thèmes": catNavigation, "themen": catNavigation,
	"temas": catNavigation, "argomenti": catNavigation, "onderwerpen": catNavigation,
	// WordPress's "Posted in:" in Dutch, German, French, Portuguese and
	// Italian themes ("Geplaatst in: Nieuws, Dorpsbelang").
	"geplaatst in": catNavigation, "veröffentlicht in": catNavigation, "publié dans": catNavigation,
	"publicado em": catNavigation, "pubblicato in": catNavigation,
	"lees ook": catPromo, "lees meer": catPromo, "meest gelezen": catPromo,
	"gerelateerde berichten": catPromo, "categorieën": catNavigation,
	"lesen sie auch": catPromo, "mehr zum thema": catPromo, "auch interessant": catPromo,
	"lire aussi": catPromo, "à lire aussi": catPromo, "lire également": catPromo,
	"lee también": catPromo, "te puede interesar": catPromo, "leia também": catPromo,
	"leia mais": catPromo, "veja também": catPromo, "leggi anche": catPromo,
	"läs också": catPromo, "läs mer": catPromo, "ämnen": catNavigation, "taggar": catNavigation,
	// Norwegian (Bokmål "Les også:", "Les mer:", "Mest lest:"; Nynorsk
	// "Les òg:", "Les meir:", "Mest lese:") and Danish ("Læs også:",
	// "Læs mere:").
	"les også": catPromo, "les òg": catPromo, "les mer": catPromo, "les meir": catPromo,
	"mest lest": catPromo, "mest lese": catPromo, "læs også": catPromo, "læs mere": catPromo,
	"dela": catShare, "etiquetes": catNavigation, "comparteix": catShare,
	"llegiu també": catPromo, "llegeix també": catPromo,
	// Polish, Finnish, Greek, Romanian.
	"tagi": catNavigation, "czytaj także": catPromo, "czytaj też": catPromo,
	"przeczytaj także": catPromo, "przeczytaj też": catPromo, "przeczytaj również": catPromo,
	"zobacz również": catPromo, "zobacz także": catPromo, "udostępnij": catShare,
	"avainsanat": catNavigation, "tagit": catNavigation, "lue myös": catPromo, "jaa": catShare,
	"ετικέτες": catNavigation, "διαβάστε επίσης": catPromo, "διαβάστε ακόμη": catPromo,
	"etichete": catNavigation, "citește și": catPromo, "citiți și": catPromo, "distribuie": catShare,
	// Czech, Hungarian, Indonesian, Turkish.
	"štítky": catNavigation, "čtěte také": catPromo, "čtěte též": catPromo, "sdílet": catShare,
	"címkék": catNavigation, "kapcsolódó": catPromo, "megosztás": catShare,
	"baca juga": catPromo, "bagikan": catShare, "etiketler": catNavigation, "paylaş": catShare,
	// Croatian, Vietnamese, Arabic, Japanese.
	"oznake": catNavigation, "pročitajte još": catPromo, "xem thêm": catPromo, "chia sẻ": catShare,
	// Serbian and Montenegrin (Latin, and Cyrillic read in Latin:
	// cyrillicChrome): tags.
	"tagovi": catNavigation,
	"الوسوم": catNavigation, "اقرأ أيضاً": catPromo, "اقرأ أيضا": catPromo,
	"タグ": catNavigation, "関連記事": catPromo, "シェア": catShare,
	// A Japanese blog's category line ("カテゴリ：ニュース"), the full-width
	// colon after the label.
	"カテゴリ": catNavigation, "カテゴリー": catNavigation,
	"태그": catNavigation, "관련기사": catPromo, "공유하기": catShare,
	// Hungarian blogs' post line: "Szerző: Marika | Kategória: …".
	"szerző": catNavigation, "kategória": catNavigation,
	// Russian, Chinese.
	"теги": catNavigation, "читайте также": catPromo, "смотрите также": catPromo, "поделиться": catShare,
	"分享到": catShare, "相关新闻": catPromo, "相关阅读": catPromo, "字号": catNavigation, "责任编辑": catNavigation,
	// Tibetan portals' labels, a shad after them for a colon (see
	// shadColon): the editor in charge, as 责任编辑 (རྩོམ་སྒྲིག་འགན་འཁུར་བ།),
	// share (མཉམ་སྤྱོད།), related news (འབྲེལ་ཡོད་གསར་འགྱུར།). Written as the
	// page prints them, read as the tokenizer does (syllables).
	syllables("རྩོམ་སྒྲིག་འགན་འཁུར་བ"): catNavigation, syllables("མཉམ་སྤྱོད"): catShare,
	syllables("འབྲེལ་ཡོད་གསར་འགྱུར"): catPromo,
	// Hindi.
	"शेयर करें": catShare, "इसे पसंद करें": catShare, "टैग": catNavigation, "संबंधित": catPromo,
	"यह भी पढ़ें": catPromo,
	// Filipino: share this, like this, related posts.
	"ibahagi ito": catShare, "i-like ito": catShare, "mga kaugnay na post": catPromo,
	// Khmer: share; Georgian: share this, like this, related;
	// Macedonian: read more.
	"ចែករំលែក": catShare, "გააზიარეთ ეს": catShare, "მოიწონეთ ეს": catShare, "მსგავსი": catPromo,
	"прочитајте уште": catPromo, "pročitajte ušte": catPromo, // and in Latin, as cyrillicChrome may read it
	// Estonian: share, like this, related, categories, tags, read also.
	"jaga": catShare, "meeldib": catShare, "seotud": catPromo, "rubriigid": catNavigation, "sildid": catNavigation,
	"loe ka": catPromo,
	// Nepali: read this too, share.
	"यो पनि पढ्नुहोस्": catPromo, "सेयर": catShare,
	// Latvian: tags, read also, share.
	"tēmturi": catNavigation, "lasi arī": catPromo, "dalīties": catShare,
	"iepriekšējais ieraksts": catNavigation, "nākamais ieraksts": catNavigation,
	// Thai: share this news, share, tags.
	"แชร์ข่าวนี้": catShare, "แชร์": catShare, "แท็ก": catNavigation, "อ่านเพิ่มเติม": catPromo,
	// Bengali.
	"শেয়ার করুন": catShare, "এটি পছন্দ করুন": catShare, "সম্পর্কিত": catPromo, "আরও পড়ুন": catPromo,
	// Bulgarian, Ukrainian, Swahili, Slovak, Indonesian, Arabic, Hebrew.
	"етикети": catNavigation, "свързани": catPromo, "сподели": catShare,
	"zdieľať": catShare, "podobné príspevky": catPromo, "súvisiace": catPromo, "súvisiace články": catPromo, "značky": catNavigation,
	"terkait": catPromo, "ذات صلة": catPromo, "مقالات ذات صلة": catPromo,
	"תגיות": catNavigation, "כתבות נוספות": catPromo, "כתבות קשורות": catPromo,
	"del dette": catShare, "synes godt om": catShare, "dalintis": catShare, "podeli": catShare,
	"பகிர்":         catShare,
	"читайте також": catPromo, "поділитися": catShare,
	"soma pia": catPromo, "shiriki": catShare, "habari zinazohusiana": catPromo,
	// WordPress's and Jetpack's labels in Albanian (Share this, Like
	// this, Tags, Categories, Posted in), Azerbaijani (Share this, Like
	// this, Categories, Tags, and the singular of a post line's
	// category), Armenian (Tags) and Chinese (Previous, Next, Tags).
	"ndajeni këtë me të tjerët": catShare, "pëlqejeni këtë": catShare, "etiketa": catNavigation,
	"kategori": catNavigation, "postuar në": catNavigation,
	"bunu paylaş": catShare, "bunu bəyən": catShare, "kateqoriyalar": catNavigation, "kateqoriya": catNavigation,
	"etiketlər": catNavigation, "պիտակներ": catNavigation,
	"上一篇": catNavigation, "下一篇": catNavigation, "标签": catNavigation, "本文标签": catNavigation,
	// WordPress's and Jetpack's labels in Hebrew (Share this: "לשתף",
	// Like this: "אהבתי", Categories), Kazakh (Tags in both the pack's
	// words, Categories), Marathi (Share, Tags, Tag, Categories,
	// Category, Author, and "वर्गवारी", Marathi sites' word for a
	// post's category), Sinhala (Tags, and "ටැග්" as Sinhala spells
	// the word elsewhere; Categories in both the pack's words) and
	// Burmese (Tags, Categories).
	"לשתף": catShare, "אהבתי": catShare, "קטגוריות": catNavigation,
	"бөлісу": catShare, "тегтер": catNavigation, "кілтсөздер": catNavigation, "санаттар": catNavigation,
	"शेअर करा": catShare, "टॅगस्": catNavigation, "टॅग": catNavigation, "कॅटेगरीज": catNavigation,
	"श्रेणी": catNavigation, "लेखक": catNavigation, "वर्गवारी": catNavigation,
	"ටැග": catNavigation, "ටැග්": catNavigation, "ප්‍රවර්ග": catNavigation, "කාණ්ඩ": catNavigation,
	"စကားစုတွဲများ": catNavigation, "ကဏ္ဍများ": catNavigation,
	// Labels of Bosnian (Jetpack's Share this, Podijeli ovo), Swahili
	// (share this, like this) and
	// Vietnamese portals (keywords, Từ khóa, their tags).
	"podijeli ovo": catShare, "shiriki hii": catShare, "penda hii": catShare,
	"từ khóa": catNavigation,
	// WordPress's and Jetpack's labels in Afrikaans (Tags as the af
	// pack words it, Categories), Basque (Tags, Categories), Welsh
	// (Tags, Categories, Share this, Like this) and Malayalam (Tags).
	"sleutelwoorde": catNavigation, "kategorieë": catNavigation, "etiketak": catNavigation, "atalak": catNavigation,
	"tagiau": catNavigation, "categorïau": catNavigation, "rhannu hwn": catShare, "hoffi hwn": catShare,
	"ഉപനാമങ്ങൾ": catNavigation,
	// Labels of Afrikaans (Share this, Like this), Basque (share this
	// news, Tags: Gaiak), Hausa (Share, share this story) pages, and
	// Mathrubhumi's keywords in English (Content Highlights).
	"deel dit": catShare, "hou hiervan": catShare, "partekatu albiste hau": catShare, "gaiak": catNavigation,
	"raba": catShare, "raba wannan labari": catShare, "content highlights": catNavigation,
	// Labels of Maltese (Topics: Suġġetti), Tajik (Tags: Барчаспҳо;
	// share, Мубодила кунед), Odia (Tag: ଟାଗ) and Yoruba pages.
	"suġġetti": catNavigation, "барчаспҳо": catNavigation, "мубодила кунед": catShare, "ଟାଗ": catNavigation,
	// WordPress's Belarusian labels: Tags (Тэгі), Categories (Катэгорыі).
	"тэгі": catNavigation, "катэгорыі": catNavigation,
	// Portals' read-also and share labels in Belarusian (read also)
	// and Sorani Kurdish (read these too; share, share it).
	"чытайце таксама": catPromo, "ئەمانەش بخوێنەوە": catPromo, "هاوبەشیکردن": catShare, "بڵاوی بکەرەوە": catShare,
	// Kannada portals' labels: read this too, share, tags.
	"ಇದನ್ನೂ ಓದಿ": catPromo, "ಹಂಚಿಕೊಳ್ಳಿ": catShare, "ಟ್ಯಾಗ್\u200cಗಳು": catNavigation, "ಟ್ಯಾಗ್ಗಳು": catNavigation,
	// WordPress's Punjabi labels: Tags (ਟੈਗ), Categories; Punjabi
	// portals' read also.
	"ਟੈਗ": catNavigation, "ਸ਼੍ਰੇਣੀਆਂ": catNavigation, "ਇਹ ਵੀ ਪੜ੍ਹੋ": catPromo,
	// WordPress's Gujarati labels: Tags, Categories (the pack's
	// taxonomy name and its widget's).
	"ટૅગ્સ": catNavigation, "કેટેગરીઓ": catNavigation, "શ્રેણીઓ": catNavigation,
	// WordPress's and Jetpack's Telugu labels: Like this
	// (దీన్ని మెచ్చుకోండి), Tags, Categories.
	"దీన్ని మెచ్చుకోండి": catShare, "ట్యాగులు": catNavigation, "వర్గాలు": catNavigation,
	// Portals' read-also and share labels in Burmese (related
	// reading) and Sinhala (read these too; share, බෙදාගන්න).
	"ဆက်စပ်ဖတ်ရှုရန်": catPromo, "මේවාත් කියවන්න": catPromo, "බෙදාගන්න": catShare,
	// Portals' read-also and share labels in Telugu (read these too),
	// Icelandic (share, Deila) and Mongolian (share, Хуваалцах).
	"ఇవి కూడా చదవండి": catPromo, "ఇది కూడా చదవండి": catPromo, "deila": catShare, "хуваалцах": catShare,
	// Portals' read-also labels in Albanian, Azerbaijani, Armenian;
	// Facebook's reaction bar, "All reactions:" over its count.
	"lexo edhe": catPromo, "lexoni edhe": catPromo, "həmçinin oxuyun": catPromo,
	"կարդացեք նաև": catPromo, "կարդալ նաև": catPromo, "all reactions": catShare,
	// The same reactions' label in Facebook's French, Spanish,
	// Portuguese, Italian and German ("Toutes les réactions :" over its
	// count): a phrase cue alone left it near-chrome, kept when the
	// lines around it, the post's hashtags and the bare count, read as
	// story; as a label before a colon it is the bar's whatever stands
	// around it, as its English is.
	"toutes les réactions": catShare, "todas las reacciones": catShare, "todas as reações": catShare,
	"tutte le reazioni": catShare, "alle reaktionen": catShare, "az összes reakció": catShare, "όλες οι αντιδράσεις": catShare,
	// Facebook's Hungarian prints the label with the article or
	// without it ("Összes reakció:").
	"összes reakció": catShare,
	// And Facebook's Finnish ("Kaikki reaktiot:"), Romanian ("Toate
	// reacțiile:") and Slovenian ("Vsi odzivi:").
	"kaikki reaktiot": catShare, "toate reacțiile": catShare, "vsi odzivi": catShare,
	// Read-also, keywords, share and post-navigation labels in Tatar
	// (Тагын укыгыз), Kinyarwanda (SOMA NANONE; Amagambo y’ingenzi, key
	// words; Sangiza abandi, share with others) and Luxembourgish
	// (Gefält mer, like; Viregt, Nächst: previous and next post).
	"тагын укыгыз": catPromo, "soma nanone": catPromo, "amagambo y'ingenzi": catNavigation,
	// Kinyarwanda's other read-also labels: "Soma n'iyi nkuru" (read
	// this story too) and its plural "Soma n'izi nkuru".
	"soma n'iyi nkuru": catPromo, "soma n'izi nkuru": catPromo,
	"sangiza abandi": catShare, "gefält mer": catShare, "viregt": catNavigation, "nächst": catNavigation,
	// Sindhi portals' tags (ٽيگ).
	"ٽيگ": catNavigation,
	// Malagasy portals' read also (Vakio koa) and Jetpack's Punjabi
	// Share this (ਇਸਨੂੰ ਸਾਂਝਾ ਕਰੋ).
	"vakio koa": catPromo, "ਇਸਨੂੰ ਸਾਂਝਾ ਕਰੋ": catShare,
	// Occitan read also (alsoLabels).
	"legir tanben": catPromo, "de legir tanben": catPromo,
	// Sardinian and Kirundi read also (alsoLabels).
	"lèghe puru": catPromo, "leghe puru": catPromo, "ligi puru": catPromo, "lìgi puru": catPromo,
	"soma n'izindi nkuru": catPromo,
	// Asturian and Galician read also (alsoLabels).
	"lleer tamién": catPromo, "llee tamién": catPromo, "ler tamén": catPromo, "le tamén": catPromo,
	// Bambara read also (alsoLabels).
	"kalan fana": catPromo,
	// Welsh read also and read more (alsoLabels).
	"darllenwch hefyd": catPromo, "darllen hefyd": catPromo, "darllenwch fwy": catPromo, "darllen mwy": catPromo,
	// Tamil read also, as dailies write it colloquially and formally
	// ("இதையும் படிங்க:", "இதையும் படியுங்கள்:"), and read more
	// (alsoLabels).
	"இதையும் படிங்க": catPromo, "இதையும் படியுங்கள்": catPromo, "இதையும் படிக்க": catPromo,
	"மேலும் படிக்க": catPromo,
}

// alsoLabels are the teaser labels that say "read this other story
// too", in English and the other six languages of the vocabulary: a
// line "Label: <headline>" is a link set into the text (wAlso).
var alsoLabels = map[string]bool{
	"இதையும் படிங்க": true, "இதையும் படியுங்கள்": true, "இதையும் படிக்க": true, "மேலும் படிக்க": true,
	"read more": true, "read also": true, "also read": true, "see also": true,
	"more on this": true, "more on this story": true,
	"lesen sie auch": true, "mehr zum thema": true, "lire aussi": true, "à lire aussi": true,
	"lire également": true, "lee también": true, "te puede interesar": true,
	"leia também": true, "leia mais": true, "veja também": true, "leggi anche": true,
	"lees ook": true, "lees meer": true, "läs också": true, "läs mer": true,
	"les også": true, "les òg": true, "les mer": true, "les meir": true, "læs også": true, "læs mere": true,
	"llegiu també": true, "llegeix també": true,
	"czytaj także": true, "czytaj też": true, "zobacz również": true, "zobacz także": true,
	"przeczytaj także": true, "przeczytaj też": true, "przeczytaj również": true,
	"lue myös": true, "διαβάστε επίσης": true, "διαβάστε ακόμη": true, "citește și": true,
	"citiți și": true, "čtěte také": true, "čtěte též": true, "baca juga": true,
	// Czech "Přečtěte si také" and "Přečtěte si též" (read this too),
	// as Czech portals set them before another story's headline.
	"přečtěte si také": true, "přečtěte si též": true,
	"pročitajte još": true, "xem thêm": true, "اقرأ أيضاً": true, "اقرأ أيضا": true,
	"читайте также": true, "смотрите также": true, "यह भी पढ़ें": true,
	"читайте також": true, "прочетете още": true, "soma pia": true, "soma zaidi": true,
	"lexo edhe": true, "lexoni edhe": true, "həmçinin oxuyun": true, "կարդացեք նաև": true, "կարդալ նաև": true,
	"irakurri ere": true, "labarai masu alaka": true,
	"ଆହୁରି ପଢ଼ନ୍ତୁ":   true,
	"чытайце таксама": true, "ئەمانەش بخوێنەوە": true, "ಇದನ್ನೂ ಓದಿ": true, "ਇਹ ਵੀ ਪੜ੍ਹੋ": true,
	"ဆက်စပ်ဖတ်ရှုရန်": true, "මේවාත් කියවන්න": true, "ఇవి కూడా చదవండి": true, "ఇది కూడా చదవండి": true,
	"тагын укыгыз": true, "soma nanone": true, "soma n'iyi nkuru": true, "soma n'izi nkuru": true,
	// Malagasy: "Vakio koa" (read also), as Malagasy news software
	// labels its related stories (French "À lire aussi").
	"vakio koa": true,
	// Samoan: "Faitau foʻi" (read also), with the ʻokina or without,
	// as Samoan pages mix them.
	"faitau foʻi": true, "faitau foi": true,
	// isiXhosa "Funda nale" (read this too) and "Funda nokunye"
	// (read others too), isiZulu "Funda nalokhu" and "Funda futhi",
	// before the other story's headline; Yiddish "לייענט אויך" (read
	// also).
	"funda nale": true, "funda nokunye": true, "funda nalokhu": true, "funda futhi": true,
	"לייענט אויך": true,
	// Luganda "Soma ne" (read also), Setswana "Bala gape" and Sesotho
	// "Bala hape" (read again/also), Tok Pisin "Ritim tu" (read too).
	"soma ne": true, "bala gape": true, "bala hape": true, "ritim tu": true,
	// Fijian "Wilika talega" and "Wilika tale" (read also), Tetum "Lee
	// mós" and "Lee mos" (read also), as Fiji's and Timor-Leste's
	// portals label a link to another story.
	"wilika talega": true, "wilika tale": true, "lee mós": true, "lee mos": true,
	// Occitan "Legir tanben" and "De legir tanben" (read also, French
	// "Lire aussi", "À lire aussi"), as Occitan sites' themes label the
	// box of other stories.
	"legir tanben": true, "de legir tanben": true,
	// Sardinian "Lèghe puru" (read also; Logudorese, and the common
	// written standard, with the accent or without) and Campidanese
	// "Ligi puru", as Sardinian-language sites' themes label the box
	// of other stories (Italian "Leggi anche"); Kirundi "Soma n'izindi
	// nkuru" (read the other stories too), the plural Burundian sites
	// print where Kinyarwanda ones say "Soma n'izi nkuru".
	"lèghe puru": true, "leghe puru": true, "ligi puru": true, "lìgi puru": true,
	"soma n'izindi nkuru": true,
	// Asturian "Lleer tamién" (read also; the infinitive, as Spanish
	// themes' "Leer también", and the imperative "Llee tamién") and
	// Galician "Ler tamén" and "Le tamén", as the two languages' sites
	// label the box of another story set into the text.
	"lleer tamién": true, "llee tamién": true, "ler tamén": true, "le tamén": true,
	// Bambara "Kalan fana" (read also: kalan, read, and fana, also), as
	// Malian sites writing in Bambara label a link to another story
	// (French "Lire aussi"), often with the French space before the colon.
	"kalan fana": true,
	// Welsh "Darllenwch hefyd" (read also) and "Darllen mwy",
	// "Darllenwch fwy" (read more), as Welsh-language news sites label
	// a link to another story set into the text (English "Read also").
	"darllenwch hefyd": true, "darllen hefyd": true, "darllenwch fwy": true, "darllen mwy": true,
}

// alsoFirst holds the first words of alsoLabels.
var alsoFirst = firstWords(alsoLabels)

// firstWords returns the set of the first words of labels.
func firstWords(labels map[string]bool) map[string]bool {
	m := map[string]bool{}
	for l := range labels {
		m[fields(l)[0]] = true
	}
	return m
}

// listLabels are the teaser labels that, as a line of their own ("DON'T
// MISS", "More:", "You may also like…", "Tags"), head a list of links:
// the titles of other stories or the site's sections. Labels that
// precede story text or a single widget ("Advertisement", "Watch",
// "Live", "Share") are deliberately absent: what follows them may be a
// subhead of the story.
var listLabels = map[string]category{
	"read more": catPromo, "read also": catPromo, "also read": catPromo, "more": catPromo,
	"more on this": catPromo, "more on this story": catPromo, "more from": catPromo,
	"more stories": catPromo, "related": catPromo, "related posts": catPromo,
	"related stories": catPromo, "related articles": catPromo, "see also": catPromo,
	"related news": catPromo,
	// A Korean blog platform's boxes under a post (Naver's "이 블로그
	// 인기글", this blog's popular posts, and "이 블로그의 다른 글", this
	// blog's other posts) and a company newsroom's list of its releases
	// under the one shown ("보도자료 목록", the press-release list), each
	// over the titles of other posts; Polish portals' and aggregators'
	// "Polecane" (recommended) over other stories' headlines.
	"이 블로그 인기글": catPromo, "이 블로그의 다른 글": catPromo, "이 블로그 다른 글": catPromo,
	"보도자료 목록": catPromo, "polecane": catPromo,
	// The Science X network's related box under a release it carries
	// (Phys.org, Medical Xpress, Tech Xplore), copied by the science
	// aggregators that follow its layout: "Explore further" over the
	// titles of two or three other releases.
	"explore further": catPromo,
	// A footer's column of links to the site's services and pages;
	// WordPress's Links (blogroll) and Archives widgets.
	"quick links": catNavigation, "useful links": catNavigation,
	"links": catNavigation, "blogroll": catNavigation, "archives": catNavigation,
	// The same links box in the other languages a site's footer or
	// sidebar heads it in: German, Upper and Lower Sorbian (wotkazy,
	// wótkaze), Czech and Slovak (odkazy), Polish, Slovenian, Croatian,
	// French, Spanish, Italian, Portuguese and Dutch, plain or "useful".
	"weblinks": catNavigation, "nützliche links": catNavigation, "wotkazy": catNavigation,
	"wótkaze": catNavigation, "odkazy": catNavigation, "užitečné odkazy": catNavigation,
	"užitočné odkazy": catNavigation, "odnośniki": catNavigation, "przydatne linki": catNavigation,
	"povezave": catNavigation, "korisne poveznice": catNavigation, "liens": catNavigation,
	"liens utiles": catNavigation, "enlaces": catNavigation, "enlaces de interés": catNavigation,
	"link utili": catNavigation, "links úteis": catNavigation, "ligações úteis": catNavigation,
	"nuttige links": catNavigation,

	"recommended": catPromo, "most read": catPromo, "trending": catPromo, "trending now": catPromo,
	"recommended for you": catPromo, "recommended stories": catPromo, "recommended reading": catPromo,
	"most popular": catPromo, "popular stories": catPromo, "top stories": catPromo, "latest news": catPromo,
	"latest stories": catPromo, "more news": catPromo, "read next": catPromo, "up next": catPromo,
	"editor's picks": catPromo, "you may have missed": catPromo,
	// A portal's cards of other partners' stories under the one it
	// shows (MSN's "More for you").
	"more for you": catPromo,
	// WordPress's tag-cloud widget's title over its tags run together on
	// one line, in English, Italian, French, German, Spanish and
	// Portuguese ("Tag Cloud", "Nuvola di tag").
	"tag cloud": catNavigation, "nuvola di tag": catNavigation, "nuvola dei tag": catNavigation,
	"nuage de tags": catNavigation, "nuage d'étiquettes": catNavigation, "schlagwortwolke": catNavigation,
	"nube de etiquetas": catNavigation, "nuvem de tags": catNavigation,
	"mots clés": catNavigation, "mots-clés": catNavigation,
	"you may also like": catPromo, "you might also like": catPromo, "don't miss": catPromo,
	"tags": catNavigation, "tagged": catNavigation, "topics": catNavigation,
	"categories": catNavigation, "filed under": catNavigation,
	"recent posts": catPromo, "recent comments": catCommentPolicy,
	// Hatena Blog's sidebar modules over their lists: the recent
	// entries ("最新記事") and the monthly archive ("月別アーカイブ",
	// "2025 / 11 (2)" a line), as WordPress's widgets above.
	"最新記事": catPromo, "月別アーカイブ": catNavigation,
	// Obituary and death-notice platforms' lists of other notices
	// (memorialActions), in English, German, French, Dutch and Spanish,
	// and the generic "Recently added" of many CMSs' lists.
	// A forum's list of other threads under a thread, as XenForo,
	// vBulletin, phpBB and Discourse print it, in English, German,
	// French, Spanish, Italian and Portuguese.
	"similar threads": catPromo, "related threads": catPromo, "suggested topics": catPromo,
	"ähnliche themen": catPromo, "sujets similaires": catPromo, "discussions similaires": catPromo,
	"temas similares": catPromo, "discussioni simili": catPromo, "tópicos semelhantes": catPromo,
	// An events widget's list in a sidebar or a footer (The Events
	// Calendar's "Upcoming Events"), in English, French, Spanish,
	// Portuguese, German, Italian and Dutch.
	"upcoming events": catPromo, "événements à venir": catPromo, "prochains événements": catPromo,
	"próximos eventos": catPromo, "kommende veranstaltungen": catPromo, "nächste termine": catPromo,
	"prossimi eventi": catPromo, "komende evenementen": catPromo,
	"recently added": catPromo, "recently added notices": catPromo, "recent notices": catPromo,
	"latest notices": catPromo, "recent obituaries": catPromo, "latest obituaries": catPromo,
	"recent death notices": catPromo, "latest death notices": catPromo, "recent tributes": catPromo,
	"neueste traueranzeigen": catPromo, "aktuelle traueranzeigen": catPromo,
	"derniers avis de décès": catPromo, "recente overlijdensberichten": catPromo, "últimas esquelas": catPromo,
	// A table of contents heads the links to the article's own sections
	// (tocLabels).
	"table of contents": catNavigation, "contents": catNavigation, "in this article": catNavigation,
	"inhaltsverzeichnis": catNavigation, "inhalt": catNavigation, "sommaire": catNavigation,
	"índice": catNavigation, "indice": catNavigation, "contenidos": catNavigation,
	"conteúdo": catNavigation, "indice dei contenuti": catNavigation, "sommario": catNavigation,
	"índice de contenidos": catNavigation, "table des matières": catNavigation,
	"inhoudsopgave": catNavigation, "innehåll": catNavigation, "innhold": catNavigation,
	"indholdsfortegnelse": catNavigation,
	// German, French, Spanish, Portuguese, Italian.
	"das könnte sie auch interessieren": catPromo, "mehr zum thema": catPromo,
	// German news sites' more-news boxes: further reports, news,
	// articles (with a place after them: see listQualifier).
	"weitere meldungen": catPromo, "weitere nachrichten": catPromo, "weitere artikel": catPromo,
	"weitere beiträge": catPromo,
	"lees ook":         catPromo, "meest gelezen": catPromo, "gerelateerde berichten": catPromo,
	"recente berichten": catPromo, "entradas recientes": catPromo, "artigos recentes": catPromo,
	"lesen sie auch": catPromo, "auch interessant": catPromo, "meistgelesen": catPromo,
	"lire aussi": catPromo, "à lire aussi": catPromo, "sur le même sujet": catPromo,
	"te puede interesar": catPromo, "noticias relacionadas": catPromo, "lee también": catPromo, "notas relacionadas": catPromo,
	"leia também": catPromo, "veja também": catPromo, "notícias relacionadas": catPromo,
	"leggi anche": catPromo, "potrebbe interessarti": catPromo, "articoli correlati": catPromo,
	"potrebbe interessarti anche": catPromo, "ti potrebbe interessare": catPromo,
	"ti potrebbe interessare anche": catPromo, "das könnte dich auch interessieren": catPromo,
	"läs också": catPromo, "relaterade inlägg": catPromo, "relaterte innlegg": catPromo, "mest läst": catPromo, "ämnen": catNavigation,
	"notícies relacionades": catPromo, "més llegides": catPromo, "llegiu també": catPromo,
	"etiquetes":           catNavigation,
	"relaterede artikler": catPromo, "læs også": catPromo, "les også": catPromo, "mest lest": catPromo,
	"mer fra": catPromo, "mest læste": catPromo,
	"zobacz również": catPromo, "zobacz także": catPromo, "czytaj także": catPromo,
	"przeczytaj także": catPromo, "przeczytaj również": catPromo,
	"najczęściej czytane": catPromo, "podobne wpisy": catPromo, "tagi": catNavigation,
	"lue myös": catPromo, "luetuimmat": catPromo, "aiheeseen liittyvät": catPromo,
	"avainsanat": catNavigation, "διαβάστε επίσης": catPromo, "σχετικά άρθρα": catPromo,
	"ετικέτες": catNavigation, "citește și": catPromo, "articole similare": catPromo, "știri similare": catPromo,
	"cele mai citite": catPromo, "etichete": catNavigation,
	"spis treści": catNavigation, "sisällysluettelo": catNavigation, "sisällys": catNavigation,
	"περιεχόμενα": catNavigation, "cuprins": catNavigation,
	"související články": catPromo, "nejčtenější": catPromo, "štítky": catNavigation,
	"kapcsolódó": catPromo, "kapcsolódó cikkek": catPromo, "legolvasottabb": catPromo, "címkék": catNavigation,
	"berita terkait": catPromo, "terpopuler": catPromo, "benzer haberler": catPromo,
	"ilgili haberler": catPromo, "en çok okunanlar": catPromo, "etiketler": catNavigation,
	"ilginizi çekebilir": catPromo, "bunlar da ilginizi çekebilir": catPromo,
	"obsah": catNavigation, "tartalomjegyzék": catNavigation, "daftar isi": catNavigation,
	"i̇çindekiler": catNavigation, "içindekiler": catNavigation,
	"pročitajte još": catPromo, "najčitanije": catPromo, "oznake": catNavigation,
	// Serbian, Croatian and Bosnian: the latest (Najnovije, Najnovije
	// vesti / vijesti) and related news (Povezane vesti / vijesti,
	// Slične vesti), as their portals' widgets head them.
	"najnovije": catPromo, "najnovije vesti": catPromo, "najnovije vijesti": catPromo,
	// The Nordic portals' latest-news list, as a municipality's sidebar
	// heads it: Danish "Seneste nyheder", "Seneste nyt", Norwegian "Siste
	// nytt", "Siste nyheter", Swedish "Senaste nytt", "Senaste nyheterna",
	// Finnish "Uusimmat uutiset", "Tuoreimmat uutiset", Icelandic
	// "Nýjustu fréttir".
	"seneste nyheder": catPromo, "seneste nyt": catPromo, "siste nytt": catPromo, "siste nyheter": catPromo,
	"senaste nytt": catPromo, "senaste nyheter": catPromo, "senaste nyheterna": catPromo,
	"uusimmat uutiset": catPromo, "tuoreimmat uutiset": catPromo, "nýjustu fréttir": catPromo,
	"povezane vijesti": catPromo, "slične vesti": catPromo,
	// Jetpack's related-posts heading in Slovenian ("Sorodno"), as
	// English "Related" and Croatian "Povezano".
	"sorodno":       catPromo,
	"tin liên quan": catPromo, "tin khác": catPromo, "đọc nhiều": catPromo,
	"الوسوم": catNavigation, "اقرأ أيضاً": catPromo, "اقرأ أيضا": catPromo, "الأكثر قراءة": catPromo,
	"関連記事": catPromo, "タグ": catNavigation, "アクセスランキング": catPromo,
	"관련기사": catPromo, "태그": catNavigation, "많이 본 뉴스": catPromo,
	// The common Korean news CMS's boxes: popular, most-read and latest
	// articles.
	"인기기사": catPromo, "많이 본 기사": catPromo, "최신기사": catPromo,
	"posts relacionados": catPromo, "relaterade": catPromo, "relacionados": catPromo,
	"читайте также": catPromo, "смотрите также": catPromo, "похожие новости": catPromo,
	"популярное": catPromo, "теги": catNavigation, "相关新闻": catPromo, "相关阅读": catPromo,
	// Russian CMSs' related lists (DLE's and Bitrix's templates, and
	// the aggregators built on them): more on the topic ("Ещё по теме",
	// with ё or without, as typed), on the topic, news and material on
	// the topic, other news, similar material and articles; and the
	// Ukrainian equivalents (more on the topic, news on the topic,
	// other news).
	"ещё по теме": catPromo, "еще по теме": catPromo, "по теме": catPromo, "новости по теме": catPromo,
	"материалы по теме": catPromo, "другие новости": catPromo, "похожие материалы": catPromo,
	"похожие статьи": catPromo, "більше за темою": catPromo, "ще за темою": catPromo,
	"новини за темою": catPromo, "інші новини": catPromo,
	// Tibetan portals' lists: related news, most read, latest news.
	syllables("འབྲེལ་ཡོད་གསར་འགྱུར"): catPromo, syllables("ཀློག་མང་ཤོས"): catPromo,
	syllables("གསར་འགྱུར་གསར་ཤོས"): catPromo,
	"संबंधित": catPromo, "संबंधित खबरें": catPromo, "यह भी पढ़ें": catPromo, "विषय सूची": catNavigation,
	// Hindi and Bhojpuri portals' related news (संबंधित खबर, as
	// Bhojpuri and many Hindi sites print it in the singular) and most
	// read (सबसे ज्यादा पढ़ी गई, Bhojpuri सबसे ज्यादा पढ़ल गइल).
	"संबंधित खबर": catPromo, "सबसे ज्यादा पढ़ी गई": catPromo, "सबसे ज़्यादा पढ़ी गई": catPromo,
	// Blogger's Popular Posts widget over its titles, in Hindi and
	// English.
	"लोकप्रिय पोस्ट": catPromo, "popular posts": catPromo,
	// and in Swahili.
	"machapisho maarufu": catPromo,
	"सबसे ज्यादा पढ़ी गईं": catPromo, "सबसे ज्यादा पढ़ल गइल": catPromo, "सबसे ज्यादा पढ़ल": catPromo,
	"свързани": catPromo, "свързани публикации": catPromo, "етикети": catNavigation,
	"читайте також": catPromo, "схожі новини": catPromo,
	"habari zinazohusiana": catPromo, "soma pia": catPromo,
	"متعلقہ خبریں": catPromo, "مزید پڑھیں": catPromo,
	"съдържание": catNavigation, "зміст": catNavigation, "فہرست مضامین": catNavigation, "فهرست مطالب": catNavigation,
	"yaliyomo":  catNavigation,
	"súvisiace": catPromo, "súvisiace články": catPromo, "terkait": catPromo, "berita lainnya": catPromo,
	"ذات صلة": catPromo, "مقالات ذات صلة": catPromo, "اقرأ أيضًا": catPromo,
	"כתבות נוספות": catPromo, "כתבות קשורות": catPromo, "תגיות": catNavigation,
	"tabla de contenidos": catNavigation, "جدول المحتويات": catNavigation, "תוכן עניינים": catNavigation,
	"obsah článku": catNavigation,
	// A table of contents named for the article it heads, in Spanish,
	// Portuguese, French, Italian and German ("Contenido del artículo",
	// "Conteúdo do artigo", "Contenu de l'article"; tocLabels).
	"contenido del artículo": catNavigation, "contenidos del artículo": catNavigation,
	"índice del artículo": catNavigation, "conteúdo do artigo": catNavigation, "índice do artigo": catNavigation,
	"contenu de l'article": catNavigation, "sommaire de l'article": catNavigation,
	"contenuto dell'articolo": catNavigation, "indice dell'articolo": catNavigation,
	"inhalt des artikels": catNavigation,
	"relaterede":          catPromo, "susiję straipsniai": catPromo, "susiję": catPromo,
	// The Baltic forms of "You may also like", WordPress's "Recent
	// Posts" and portals' latest news, over their titles: Lithuanian
	// ("Jums gali patikti", "Naujausi įrašai", "Naujausios
	// naujienos"), Latvian ("Jums varētu patikt", "Jaunākie ieraksti",
	// "Jaunākās ziņas") and Estonian ("Sulle võib meeldida",
	// "Viimased postitused").
	"jums gali patikti": catPromo, "jums taip pat gali patikti": catPromo, "naujausi įrašai": catPromo,
	"naujausios naujienos": catPromo, "jums varētu patikt": catPromo, "jums varētu patikt arī": catPromo,
	"jaunākie ieraksti": catPromo, "jaunākās ziņas": catPromo, "sulle võib meeldida": catPromo,
	"sulle võib meeldida ka": catPromo, "viimased postitused": catPromo,
	"povezane vesti": catPromo, "தொடர்புடைய செய்திகள்": catPromo,
	"সম্পর্কিত": catPromo, "সম্পর্কিত খবর": catPromo, "আরও পড়ুন": catPromo, "সূচিপত্র": catNavigation,
	"ข่าวล่าสุด": catPromo, "ข่าวที่เกี่ยวข้อง": catPromo, "อ่านข่าวที่เกี่ยวข้อง": catPromo, "อ่านเพิ่มเติม": catPromo,
	"แท็ก": catNavigation, "สารบัญ": catNavigation,
	"jaunākās publikācijas": catPromo, "lasi arī": catPromo, "tēmturi": catNavigation, "kategorijas": catNavigation,
	"seotud": catPromo, "loe ka": catPromo, "sisukord": catNavigation,
	// Estonian portals' and farms' boxes of other stories: related
	// articles and news, popular, most read, latest news.
	"seotud artiklid": catPromo, "seotud uudised": catPromo, "seotud lood": catPromo,
	"populaarsed": catPromo, "populaarne": catPromo, "enim loetud": catPromo, "loetuimad": catPromo,
	"viimased uudised": catPromo, "värsked uudised": catPromo,
	"អត្ថបទទាក់ទង": catPromo, "მსგავსი": catPromo, "поврзани вести": catPromo, "прочитајте уште": catPromo,
	"povrzani vesti": catPromo, "pročitajte ušte": catPromo, // Macedonian read in Latin (cyrillicChrome)
	"सम्बन्धित समाचार": catPromo, "यस्तै समाचार": catPromo, "यो पनि पढ्नुहोस्": catPromo, "ताजा समाचार": catPromo,
	// WordPress's and Jetpack's widget and list titles in Albanian
	// (Recent Posts, Recent Comments in both wordings, Related, Related
	// Posts, Categories, Tags), Azerbaijani, Armenian and Chinese.
	"postimet më të fundit": catPromo, "postime së fundi": catPromo, "komentet më të fundit": catCommentPolicy,
	"komente së fundi": catCommentPolicy, "të afërta": catPromo, "postime të afërta": catPromo,
	"kategori": catNavigation, "etiketa": catNavigation,
	// Albanian's post navigation labels hold an article ("Postimi i
	// Mëparshëm"), a stop word that keeps the line under the high
	// threshold: as a list label each heads its post's title.
	"postimi i mëparshëm": catNavigation, "postimi pasues": catNavigation,
	// Portals' read-also boxes in Albanian, Azerbaijani, Armenian.
	"lexo edhe": catPromo, "lexoni edhe": catPromo, "həmçinin oxuyun": catPromo,
	"կարդացեք նաև": catPromo, "կարդալ նաև": catPromo,
	"oxşar": catPromo, "oxşar yazılar": catPromo, "son yazılar": catPromo, "son şərhlər": catCommentPolicy,
	"kateqoriyalar": catNavigation, "etiketlər": catNavigation,
	"վերջին գրառումները": catPromo, "վերջին մեկնաբանությունները": catCommentPolicy, "պիտակներ": catNavigation,
	"相关文章": catPromo, "近期文章": catPromo, "近期评论": catCommentPolicy, "推荐阅读": catPromo,
	// A WeChat account's earlier posts (往期推荐, 往期回顾) and a
	// self-media platform's recommendations (相关推荐) and the author's
	// latest posts (作者最新文章), each over its titles.
	"other items that may interest you": catPromo,
	"往期推荐":                              catPromo, "往期回顾": catPromo, "相关推荐": catPromo, "作者最新文章": catPromo,
	// WordPress's and Jetpack's widget and list titles in Hebrew
	// (Related, Recent Posts, Recent Comments, Categories), Kazakh
	// (similar posts, Recent Posts, Recent Comments, Archives,
	// Categories), Marathi (the starter content's Recent Posts, Recent
	// Posts, Recent Comments in both wordings), Sinhala (Recent Posts,
	// Recent Comments) and Burmese (Recent Posts, Recent Comments).
	"קשור": catPromo, "פוסטים אחרונים": catPromo, "תגובות אחרונות": catCommentPolicy, "קטגוריות": catNavigation,
	"ұқсас жазбалар": catPromo, "соңғы жазбалар": catPromo, "соңғы пікірлер": catCommentPolicy,
	"мұрағат": catNavigation, "санаттар": catNavigation,
	"नवीन लेख": catPromo, "अलीकडील पोस्ट": catPromo, "अलीकडील टिप्पण्या": catCommentPolicy, "नवीन टिप्पण्या": catCommentPolicy,
	"නවතම ලිපි": catPromo, "නවතම ප්‍රතිචාර": catCommentPolicy,
	"လတ်တ‌လော စာမူများ": catPromo, "လတ်တ‌လော မှတ်ချက်များ": catCommentPolicy,
	// Related and recent lists in Bosnian (Jetpack's Related, Povezano;
	// Recent Posts), Swahili (related posts; Recent Posts as the sw
	// pack words it).
	"povezano": catPromo, "najnoviji članci": catPromo, "machapisho yanayohusiana": catPromo, "mahapisho mapya": catPromo,
	// WordPress's and Jetpack's widget and list titles in Afrikaans,
	// Basque, Welsh (with Jetpack's Related, "Yn perthyn") and
	// Malayalam: Recent Posts, Recent Comments, Archives, Categories.
	"onlangse bydraes": catPromo, "nuutste kommentaar": catCommentPolicy, "argief": catNavigation,
	"onlangse plasings": catPromo,
	"azken bidalketak":  catPromo, "iruzkin berriak": catCommentPolicy, "artxiboak": catNavigation,
	"cofnodion diweddar": catPromo, "sylwadau diweddar": catCommentPolicy, "archif": catNavigation, "yn perthyn": catPromo,
	"categorïau": catNavigation, "സമീപകാല പോസ്റ്റുകൾ": catPromo, "സമീപകാല അഭിപ്രായങ്ങൾ": catCommentPolicy,
	// Related and read-also lists in Afrikaans (Verwante artikels),
	// Basque (Irakurri ere, read also) and Hausa (Labarai masu alaka,
	// related news).
	"verwante artikels": catPromo, "irakurri ere": catPromo, "labarai masu alaka": catPromo,
	// WordPress's Belarusian widget titles: Recent Posts, Recent
	// Comments, Archives, Categories.
	"апошнія запісы": catPromo, "апошнія каментарыі": catCommentPolicy, "архівы": catNavigation, "катэгорыі": catNavigation,
	// Portals' read-also, related and most-read lists in Belarusian
	// (read also) and Sorani Kurdish (read these too, related news,
	// most read).
	"чытайце таксама": catPromo, "ئەمانەش بخوێنەوە": catPromo, "هەواڵی پەیوەندیدار": catPromo, "زۆرترین خوێنراو": catPromo,
	// Kannada portals' read-this-too list.
	"ಇದನ್ನೂ ಓದಿ": catPromo,
	// WordPress's Punjabi widget titles: Recent Comments, Archives,
	// Categories; Punjabi portals' read-also list.
	"ਹਾਲੀਆ ਟਿੱਪਣੀਆਂ": catCommentPolicy, "ਪੁਰਾਲੇਖ": catNavigation, "ਸ਼੍ਰੇਣੀਆਂ": catNavigation, "ਇਹ ਵੀ ਪੜ੍ਹੋ": catPromo,
	// WordPress's Gujarati widget titles: Recent Posts, Recent
	// Comments, Archives, Categories, Meta.
	"તાજેતરની પોસ્ટ્સ": catPromo, "તાજેતરની ટિપ્પણીઓ": catCommentPolicy, "આર્કાઇવ્સ": catNavigation,
	"કેટેગરીઓ": catNavigation, "શ્રેણીઓ": catNavigation, "મેટા": catNavigation,
	// WordPress's Telugu widget titles: Recent Posts, Recent Comments.
	"ఇటీవలి టపాలు": catPromo, "ఇటీవలి వ్యాఖ్యలు": catCommentPolicy,
	// Portals' related lists in Burmese (related reading, related
	// news) and Sinhala (read these too).
	"ဆက်စပ်ဖတ်ရှုရန်": catPromo, "ဆက်စပ်သတင်းများ": catPromo, "මේවාත් කියවන්න": catPromo,
	// Portals' related and most-read lists in Telugu (read these
	// too, related posts, related news), Icelandic (most read) and
	// Mongolian (related news, most read).
	"ఇవి కూడా చదవండి": catPromo, "ఇది కూడా చదవండి": catPromo, "సంబంధిత టపాలు": catPromo, "సంబంధిత వార్తలు": catPromo,
	"mest lesið": catPromo, "холбоотой мэдээ": catPromo, "их уншсан": catPromo,
	// Portals' related and most-read lists in Maltese (other articles
	// that may interest you, most read), Tajik (related news), Odia
	// (read more) and Yoruba (other news you may like).
	"artikli oħra li jistgħu jinteressawk": catPromo, "l-aktar moqrija": catPromo, "l-iktar moqrija": catPromo,
	"хабарҳои марбут": catPromo, "ଆହୁରି ପଢ଼ନ୍ତୁ": catPromo, "ìròyìn mìíràn tí ẹ lè nífẹ̀ẹ́ sí": catPromo,
	// Portals' and Jetpack's related and read-also lists in Tatar
	// (read also, Тагын укыгыз), Sindhi (related news), Kinyarwanda
	// (related stories; read also, SOMA NANONE), Igbo (Jetpack's
	// Related, Ndị metụtara ya) and Luxembourgish (Jetpack's Related,
	// Ähnlech).
	"тагын укыгыз": catPromo, "لاڳاپيل خبرون": catPromo, "inkuru bijyanye": catPromo, "inkuru bifitanye isano": catPromo,
	"soma nanone": catPromo, "ndị metụtara ya": catPromo, "ähnlech": catPromo,
	"soma n'iyi nkuru": catPromo, "soma n'izi nkuru": catPromo,
	// Malagasy portals' read-also list (Vakio koa) and latest news (Ny
	// vaovao farany, "Vaovao farany" as Malagasy sites' software
	// translates "Latest news").
	"vakio koa": catPromo, "vaovao farany": catPromo, "ny vaovao farany": catPromo,
	// Faroese portals' more news (Fleiri tíðindi); Jetpack's Turkish
	// Related (İlgili, which lower-cases with a dot above as
	// "i̇çindekiler" does, and without one); the Kurmanji themes'
	// Recent Posts (Nivîsên Dawî) and Categories (Kategorî); Uyghur
	// portals' related news and articles, most viewed and most read.
	"fleiri tíðindi": catPromo, "i̇lgili": catPromo, "ilgili": catPromo,
	"nivîsên dawî": catPromo, "kategorî": catNavigation,
	"مۇناسىۋەتلىك خەۋەرلەر": catPromo, "مۇناسىۋەتلىك ماقالىلەر": catPromo,
	"ئەڭ كۆپ كۆرۈلگەن": catPromo, "ئەڭ كۆپ ئوقۇلغان": catPromo,
	// Samoan: read also (alsoLabels).
	"faitau foʻi": catPromo, "faitau foi": catPromo,
	// French CMS themes' and WordPress's French list titles, as French
	// and francophone African sites print them whatever the story's
	// language: related posts (Jetpack's "Similaire", the themes'
	// "Articles similaires", "Articles liés", "Dans la même rubrique"),
	// the front page's and the most-read boxes ("À la une", "Les plus
	// lus"), recent posts and comments, categories and tags.
	"articles similaires": catPromo, "similaire": catPromo, "articles liés": catPromo,
	"articles connexes": catPromo, "articles en relation": catPromo, "dans la même rubrique": catPromo,
	"sur le même thème": catPromo, "publications similaires": catPromo, "vous aimerez aussi": catPromo,
	"vous aimerez peut-être aussi": catPromo, "vous pourriez aimer": catPromo, "à lire également": catPromo,
	"à la une": catPromo, "les plus lus": catPromo, "les plus lues": catPromo, "articles les plus lus": catPromo,
	"les plus populaires": catPromo, "derniers articles": catPromo, "articles récents": catPromo,
	"dernières actualités": catPromo, "dernières nouvelles": catPromo, "dernières infos": catPromo,
	"commentaires récents": catCommentPolicy, "catégories": catNavigation, "étiquettes": catNavigation,
	// The Yiddish press's more-news, read-also and most-read lists (מער
	// נייעס, לייענט אויך, מערסט געליינט).
	"מער נייעס": catPromo, "לייענט אויך": catPromo, "מערסט געליינט": catPromo,
	// Occitan read also (alsoLabels).
	"legir tanben": catPromo, "de legir tanben": catPromo,
	// Sardinian and Kirundi read also (alsoLabels).
	"lèghe puru": catPromo, "leghe puru": catPromo, "ligi puru": catPromo, "lìgi puru": catPromo,
	"soma n'izindi nkuru": catPromo,
	// Asturian and Galician read also (alsoLabels); more news, in
	// Spanish, Asturian, Portuguese and Catalan, heads a list of other
	// stories alone or with the section they come from ("Más noticies de
	// Cultura": qualifiedLabel).
	"lleer tamién": catPromo, "llee tamién": catPromo, "ler tamén": catPromo, "le tamén": catPromo,
	"más noticias": catPromo, "más noticies": catPromo, "mais notícias": catPromo, "més notícies": catPromo,
	// Dutch more-news and latest-news boxes beside "Lees ook" and
	// "Meest gelezen" (Dutch and Flemish news sites, village and club
	// newsletters: "Meer nieuws", "Ander nieuws", "Laatste nieuws").
	"meer nieuws": catPromo, "ander nieuws": catPromo, "meer berichten": catPromo,
	"laatste nieuws": catPromo, "laatste berichten": catPromo,
	// Kabyle: WordPress's kab translation of "Recent Posts" (Imagraden
	// ineggura, latest articles), and the Kabyle press's latest and other
	// news (isallen ineggura, isallen nniḍen).
	"imagraden ineggura": catPromo, "isallen ineggura": catPromo, "isallen nniḍen": catPromo,
	// Southern African community sites' latest-news lists, as their
	// themes' sidebars translate "Latest News": Sepedi "Ditaba tše
	// mpsha" (new news; typed "tse" without the caron as often),
	// Sesotho "Ditaba tsa morao-rao", isiZulu "Izindaba zakamuva" and
	// isiXhosa "Iindaba zamva nje".
	"ditaba tše mpsha": catPromo, "ditaba tse mpsha": catPromo, "ditaba tsa morao-rao": catPromo,
	"izindaba zakamuva": catPromo, "iindaba zamva nje": catPromo,
}

// relatedFirst are the adjectives that open a related box's heading
// and relatedLast those that close it (relatedLabel), lower case, in
// each gender and number: English and German first; Spanish,
// Portuguese, Catalan, Italian and French last.
var (
	relatedFirst = set(`related similar ähnliche verwandte`)
	relatedLast  = set(`relacionados relacionadas relacionats relacionades correlati correlate
		similaires connexes liés liées`)
)

// mostAdverbs are the Romance languages' adverbs of the superlative, and
// mostParticiples the participles a most-read box ranks by, lower case
// (mostLabel): read, viewed or watched, listened to, shared, commented,
// popular, in English, French, Spanish, Portuguese, Italian, Catalan,
// Occitan and Asturian ("Lo más lleío"), in each gender and number.
// Spanish and Portuguese "mas" (but) are left out: only the accented
// "más" and "mais" rank.
var (
	mostAdverbs     = set(`plus más mais più més mai`)
	mostParticiples = set(`read viewed watched listened shared commented emailed popular
		lu lus lue lues vu vus vue vues écouté écoutés écoutée écoutées partagé partagés partagée partagées
		commenté commentés commentée commentées consulté consultés consultée consultées populaires
		leído leídos leída leídas visto vistos vista vistas escuchado escuchados escuchada escuchadas
		compartido compartidos compartida compartidas comentado comentados comentada comentadas populares
		lido lidos lida lidas ouvido ouvidos ouvida ouvidas compartilhado compartilhados compartilhada compartilhadas
		letto letti letta lette visti viste ascoltato ascoltati ascoltata ascoltate condiviso condivisi condivisa condivise
		commentato commentati commentata commentate popolari
		llegit llegits llegida llegides vist vistes escoltat escoltats escoltada escoltades compartit compartits
		comentat comentats comentada comentades populars
		legit legits legida legidas vistas escotat escotats escotada escotadas partejat partejats partejada partejadas
		lleío lleíos lleída lleíes vistu vistes escucháu escuchaos escuchada escuchaes
		compartíu compartíos compartíes comentáu comentaos comentaes`)
)

// tocLabels are the headings of a table of contents, a line of their own
// over the links to the article's sections. No story has a line that is
// only "Table of contents": on its own the line is navigation, whether or
// not its links survived extraction (wToc).
var tocLabels = map[string]bool{
	"table of contents": true, "contents": true, "inhaltsverzeichnis": true, "inhalt": true,
	"sommaire": true, "índice": true, "indice": true, "contenidos": true, "conteúdo": true,
	"spis treści": true, "sisällysluettelo": true, "sisällys": true, "περιεχόμενα": true,
	"cuprins": true, "obsah": true, "tartalomjegyzék": true, "daftar isi": true,
	"i̇çindekiler": true, "içindekiler": true, "विषय सूची": true,
	"съдържание": true, "зміст": true, "فہرست مضامین": true, "فهرست مطالب": true, "yaliyomo": true,
	"tabla de contenidos": true, "جدول المحتويات": true, "תוכן עניינים": true, "obsah článku": true,
	"indice dei contenuti": true, "sommario": true, "índice de contenidos": true, "table des matières": true,
	"inhoudsopgave": true, "innehåll": true, "innhold": true, "indholdsfortegnelse": true,
	"contenido del artículo": true, "contenidos del artículo": true, "índice del artículo": true,
	"conteúdo do artigo": true, "índice do artigo": true, "contenu de l'article": true, "sommaire de l'article": true,
	"contenuto dell'articolo": true, "indice dell'articolo": true, "inhalt des artikels": true,
}

// noticeLabels open a notice ("Disclaimer: …", "Haftungsausschluss:
// …"): a writer's note when it follows the story, a site's legal text
// when it sits in the footer. Which one only the neighbours tell, so a
// line opening with one is judged by them whatever its length (see
// block.notice); it carries no score of its own, since both Zyte gold
// bodies that hold one keep it as story text.
var noticeLabels = map[string]bool{
	"disclaimer": true, "legal disclaimer": true, "legal notice": true,
	"haftungsausschluss": true, "rechtlicher hinweis": true,
	"aviso legal": true, "descargo de responsabilidad": true,
	"avertissement": true, "clause de non-responsabilité": true, "avis de non-responsabilité": true,
	"avviso legale": true, "esclusione di responsabilità": true, "declinazione di responsabilità": true,
	"isenção de responsabilidade": true, "aviso de isenção": true, "vrijwaring": true,
	// Mongolian: "Анхааруулга:" (warning, as French "Avertissement:"),
	// which Mongolian portals set over their rules for comments.
	"анхааруулга": true,
	// Uyghur: "ئەسكەرتىش:" (note, warning), which Uyghur portals set
	// over their reuse notice.
	"ئەسكەرتىش": true,
	// Russian: the labels of a Russian outlet's imprint, which the media
	// law has it print under its registration ("Учредитель: …
	// Главный редактор: … Адрес редакции: …"), the founder first.
	"учредитель": true, "учредители": true, "главный редактор": true, "адрес редакции": true,
}

// replayVerbs are the imperatives that send a reader to a broadcast, in
// lower case: listen (again), watch (again), hear. A line of story opens
// with its subject, not with an order to the reader; the verb must open
// the line, and a broadcast word must follow (wReplay). Words that are
// also nouns or names ("Guarda", "Mira", "Veja") are left out.
// subscribeVerbs are the imperatives that ask the reader to subscribe
// or follow, in lower case; channelWords the channels they name
// (subscribe).
// An order to subscribe names a channel, a newsletter or a network; an
// order to follow names a network: "follow the money… the channel" is
// a story's. Brazilian sites word the order as "receive" (Receba, "Receba
// as notícias do X no seu celular", "… no WhatsApp") and "take part"
// (Participe, "Participe do canal do X no WhatsApp"), imperatives no
// story's line opens with; the phone the news is sent to (celular)
// counts as the channel after Receba, as WhatsApp does.
var (
	subscribeVerbs = set(`subscribe подписывайтесь подпишитесь падпісвайцеся падпішыцеся підписуйтесь підпишіться абонирайте abonnez-vous abonnieren suscríbete assine inscreva-se receba iscriviti abonneer prenumerera`)
	// enterWords follow Portuguese "entre" as an imperative (subscribe):
	// "em" and its contractions with the article.
	enterWords  = set(`no na nos nas em`)
	followVerbs = set(`follow join pratite присоединяйтесь приєднуйтесь последвайте suivez folgen síguenos únete siga participe seguici volg följ`)
	// finalSubscribeVerbs close the order in the languages that put the
	// verb last: Tatar "«X»ның Telegram-каналына язылыгыз", Kazakh and
	// Kyrgyz "Telegram-арнамызға жазылыңыз", Bashkir "язылығыҙ", Sakha
	// "каналга сурутуйуҥ" (subscribe to the channel).
	finalSubscribeVerbs = set(`язылыгыз язылығыҙ жазылыңыз жазылгыла кушылыгыз сурутуйуҥ`)
	// finalOrderNouns and finalOrderAux make the order of two words in
	// Turkish, a noun and the auxiliary's imperative: "X'i Google
	// News'te takip edin" (follow), "YouTube kanalımıza abone olun"
	// (subscribe), the auxiliary plain or polite (et, edin, ediniz; ol,
	// olun, olunuz).
	finalOrderNouns = set(`takip abone`)
	finalOrderAux   = set(`et edin ediniz ol olun olunuz`)
	// likeVerbs ask the reader to like the site's page, and ourWords
	// are the site's "us" and "our" that must follow them; pageWords the
	// page or channel liked ("Like our page", "Aimez notre page",
	// "Liken Sie unsere Seite").
	likeVerbs = set(`like aimez liken`)
	// andWords join two orders ("Like and follow", "Aimez et
	// partagez", "Liken und teilen", "Liken en delen"), and shareVerbs
	// are the second order's verb to share, in the languages of
	// likeVerbs (coordinatedOrder).
	andWords     = set(`and et und en`)
	shareVerbs   = set(`share partagez teilen delen`)
	ourWords     = set(`us our nous notre nos uns unsere unseren ons onze`)
	pageWords    = set(`page pages channel account profile seite kanal pagina página`)
	networkWords = set(`telegram whatsapp youtube instagram tiktok facebook twitter viber дзен вконтакте google`)
	// channelWords: a channel, and in the Turkic languages its dative,
	// to which one subscribes (Sakha and Kyrgyz каналга, Tatar каналына);
	// and a paper's digital replica, its e-paper, which an Indian
	// paper's footer sells ("Subscribe to The Deccan Ledger e-paper and
	// read the full edition every morning").
	channelWords = set(`channel newsletter newsletters briefing bulletin digest канал канале каналу каналга каналына chaîne kanal canal canale nyhetsbrev celular
		e-paper epaper e-edition`)
	// accessWords: what a paywall's appeal offers for subscribing
	// ("Subscribe today for full access", "Abonnez-vous pour un accès
	// illimité", "Jetzt abonnieren und vollen Zugang erhalten").
	accessWords = set(`access accès zugang zugriff acceso acesso accesso toegang`)
)

var replayVerbs = map[string]bool{
	"listen": true, "watch": true, "hear": true, "rewatch": true,
	"réécoutez": true, "écoutez": true, "revoyez": true, "regardez": true, "retrouvez": true, "voir": true,
	"hören": true, "anhören": true, "schauen": true,
	"escucha": true, "escuche": true, "escuchá": true,
	"ouça": true, "assista": true, "ascolta": true, "riascolta": true,
	"luister": true, "beluister": true, "kijk": true, "bekijk": true, "herbekijk": true,
}

// selfWords, selfNouns and selfVerbs open a note in which the text speaks
// of itself (wSelfNote): a demonstrative, a word for the text, a verb
// ("This article is", "Cet article a", "Dieser Artikel wurde", "Este
// artículo ha", "Questo articolo è", "Dit artikel is"). "This article of
// the constitution" has no verb after the noun.
var selfWords = map[string]bool{
	"this": true, "cet": true, "ce": true, "cette": true, "dieser": true, "diese": true,
	"dieses": true, "este": true, "esta": true, "questo": true, "questa": true, "dit": true,
	"deze": true,
	// The plural for a record that is a plural noun: "These minutes
	// are draft until …" (pageNouns).
	"these": true,
}

var selfNouns = map[string]bool{
	"article": true, "story": true, "summary": true, "post": true, "piece": true, "digest": true,
	"content": true, "artikel": true, "beitrag": true, "text": true, "texte": true, "résumé": true,
	"artículo": true, "texto": true, "resumen": true, "artigo": true, "articolo": true, "testo": true,
	"bericht": true, "zusammenfassung": true,
	// A podcast's or a video's transcript, which a platform prints
	// with its notice (transcriptNouns).
	"transcript": true, "transcription": true, "transkript": true, "transkription": true,
	"transcripción": true, "transcrição": true, "trascrizione": true, "transcriptie": true,
}

// pageNouns name the page a template prints a note on ("The text on
// this page has been prepared for the Official Report (Hansard) and may
// differ from the final version."): with selfWords and selfVerbs they
// open a self-note only when it says its text is not final
// (statusWords). "This page is about cancer in Golden Retrievers, but
// offers many links to information …" describes a page, and stays. So
// do a record's own names for itself, a document's and a meeting's
// minutes ("These minutes are draft until they are approved at the next
// meeting of the Committee."): "This document contains information
// about …" is a story's sentence, so only the status of the text makes
// them a note.
var pageNouns = map[string]bool{"page": true, "seite": true, "página": true, "pagina": true,
	"document": true, "minutes": true}

// transcriptNouns are the selfNouns that name a transcript, whose
// notice a podcast or video platform prints over every transcript it
// makes by machine: "This transcript was generated automatically and
// may contain errors", "Cette transcription a été générée
// automatiquement", "Dieses Transkript wurde automatisch erstellt".
// Under them the words of a machine's making and of its errors
// (transcriptWords) make the note a disclaimer; an editor's "This
// transcript has been edited for length and clarity", which interviews
// print as their own record, has none of them and stays.
var transcriptNouns = map[string]bool{
	"transcript": true, "transcription": true, "transkript": true, "transkription": true,
	"transcripción": true, "transcrição": true, "trascrizione": true, "transcriptie": true,
}

// articleWords are the indefinite articles before a transcript's noun
// in a note that says what the text is ("This article is a transcript
// of this conference call", "Cet article est une transcription", "Dieser
// Artikel ist ein Transkript"): the note is then a transcript's.
var articleWords = set(`a an un une ein eine una uno um uma een`)

// transcriptWords: see transcriptNouns. English, French, German,
// Spanish, Portuguese, Italian and Dutch.
var transcriptWords = map[string]bool{
	"automatically": true, "automated": true, "machine-generated": true, "auto-generated": true,
	"machine": true, "errors": true, "inaccuracies": true, "mistakes": true,
	"automatiquement": true, "automatique": true, "erreurs": true,
	"automatisch": true, "maschinell": true, "fehler": true, "fehlerhaft": true,
	"automáticamente": true, "automática": true, "errores": true,
	"automaticamente": true, "erros": true, "errori": true,
	"fouten": true,
}

// machineWords are the transcriptWords that say a machine made the
// transcript, not that it holds errors: a note that opens on the bare
// noun ("Transcript is auto-generated …") is a caption widget's only
// with one of them.
var machineWords = set(`automatically automated machine-generated auto-generated machine automatiquement automatique
	automatisch maschinell automáticamente automática automaticamente`)

var selfVerbs = map[string]bool{
	"is": true, "was": true, "has": true, "contains": true, "may": true, "should": true,
	"does": true, "will": true, "includes": true,
	"est": true, "a": true, "contient": true, "ne": true, "peut": true,
	"ist": true, "wurde": true, "enthält": true, "kann": true,
	"es": true, "ha": true, "fue": true, "contiene": true, "puede": true,
	"é": true, "foi": true, "contém": true, "pode": true, "è": true,
	"werd": true, "bevat": true,
	"are": true, "sont": true, "son": true, "sono": true, "sind": true,
}

// selfLeads open a self-note before its demonstrative: what the text
// holds, named before the text itself ("The information in this article
// is for general informational purposes only…", "Nothing in this post
// should be taken as…", "Les informations contenues dans cet article
// sont…"; the verb then agrees with them, so selfVerbs hold the plural
// too). A site's note on other people's words ("Disclaimer: The views
// and investment tips expressed by investment experts on Moneycontrol.com
// are their own…", which the Zyte gold keeps after its story) names no
// text of its own, and stays.
var selfLeads = splitAll(
	"the information in", "the information contained in", "the information provided in",
	"information in", "the content of", "the contents of", "nothing in",
	"les informations contenues dans", "les informations de", "le contenu de",
	"la información contenida en", "el contenido de", "le informazioni contenute in",
	"il contenuto di",
	"the text on", "the text of", "le texte de", "el texto de", "il testo di", "der text auf",
)

// selfLeadFirst holds the first words of selfLeads.
var selfLeadFirst = func() map[string]bool {
	m := make(map[string]bool)
	for _, l := range selfLeads {
		m[l[0]] = true
	}
	return m
}()

// disclosureLabels head the site's note on how it earns from its links
// ("Affiliate disclosure: Irish News Pulse is reader-supported. Some
// links on this page are affiliate links…"): a self-note whatever voice
// follows. A writer's own "Disclosure: the author owns shares…" is
// article text and is not among them.
var disclosureLabels = map[string]bool{
	"affiliate disclosure": true, "advertiser disclosure": true, "affiliate disclaimer": true,
	"divulgação de afiliados": true, "aviso de afiliados": true, "divulgación de afiliados": true,
	"werbehinweis": true, "affiliate-hinweis": true,
}

// plainDisclosureLabels head a note that may be the site's on its links
// or a writer's own ("Disclosure: Some links on this page are affiliate
// links…", but "Disclosure: the author owns shares in …"): a self-note
// only when the note names its links as affiliate links
// (affiliateWords), which a writer's disclosure of an interest does
// not. A note that the site "may earn a commission from the products
// featured" is kept, as the Zyte gold keeps ZDNet's: it names no link
// of the page. English, French, Spanish, Portuguese, German and Italian.
var plainDisclosureLabels = set(`disclosure disclaimer transparency divulgation divulgación divulgação
	transparenz hinweis trasparenza`)

// affiliateWords name a page's links as affiliate links, lower case:
// in plainDisclosureLabels' languages.
var affiliateWords = set(`affiliate affiliates affiliés affilié affiliation afiliados afiliado affiliate-links
	affiliazione affiliati`)

// disclaimerWords make a self-note a disclaimer or a disclosure: "for
// general information only", "not … advice", "the author's own views",
// "produced with the help of AI", "affiliate links", "sponsored".
var disclaimerWords = map[string]bool{
	"information": true, "informational": true, "advice": true, "views": true, "opinions": true,
	"ai": true, "artificial": true, "affiliate": true, "commission": true, "sponsored": true,
	"endorsement": true, "ki": true, "künstlicher": true, "ia": true, "intelligence": true,
	"inteligencia": true, "intelligenza": true, "conseil": true, "asesoramiento": true,
	"beratung": true, "consulenza": true, "aconselhamento": true,
	// A court's or an institution's summary disowning authority, as
	// courts print it under every press summary ("This summary is
	// provided to help in understanding the Court's decision. … The
	// full judgment … is the only authoritative document", the UK
	// Supreme Court's NOTE; "… not binding on the Court", the EU
	// Court's): the words of authority and of binding force, in
	// English, French, German, Spanish, Italian and Portuguese.
	"authoritative": true, "binding": true, "non-binding": true, "unofficial": true,
	"contraignant": true, "officieux": true, "verbindlich": true, "unverbindlich": true,
	"vinculante": true, "vincolante": true, "vinculativo": true,
}

// statusWords make a self-note a record's status note, as a
// parliament's report or a court's transcript prints it over a text
// still to be revised ("… may differ from the final version", "this
// text is provisional", "Ce texte est provisoire et peut différer …"):
// the words of a text not yet final, in English, French, German,
// Spanish, Portuguese and Italian. They count as disclaimerWords, and
// alone for a note on a page (pageNouns).
var statusWords = map[string]bool{
	"differ": true, "provisional": true, "unrevised": true, "uncorrected": true,
	"différer": true, "provisoire": true, "abweichen": true, "vorläufig": true, "vorläufige": true,
	"diferir": true, "provisório": true, "differire": true, "provvisorio": true,
	// A meeting's minutes published before the next meeting approves
	// them, as councils print their status ("These minutes are draft
	// until they are approved …", "… unapproved and subject to
	// change").
	"draft": true, "unapproved": true,
}

// updateWords mark a self-note as the record of an update or a
// correction, which stays.
var updateWords = map[string]bool{
	"updated": true, "corrected": true, "amended": true, "revised": true, "changed": true,
	"aktualisiert": true, "korrigiert": true, "mis": true, "corrigé": true, "actualizado": true,
	"corregido": true, "atualizado": true, "corrigido": true, "aggiornato": true, "corretto": true,
	"bijgewerkt": true, "gecorrigeerd": true,
}

// broadcastWords name a broadcast or a part of one; after a replayVerb
// they make a replay line (wReplay). "Interview" alone counts: "Watch the
// full interview" sends the reader to the recording.
var broadcastWords = map[string]bool{
	"interview": true, "show": true, "programme": true, "program": true, "podcast": true,
	"episode": true, "broadcast": true, "bulletin": true, "report": true, "segment": true,
	"video": true, "clip": true, "livestream": true,
	"émission": true, "entrevue": true, "entretien": true, "balado": true, "chronique": true, "reportage": true,
	"sendung": true, "folge": true, "podcastfolge": true,
	"programa": true, "entrevista": true, "episodio": true, "emisión": true,
	"episódio": true, "programação": true,
	"trasmissione": true, "puntata": true, "intervista": true,
	"uitzending": true, "aflevering": true, "gesprek": true, "programma": true,
	// A station by its band, as stations name themselves ("Écoutez
	// Sunu Gaal FM partout au Sénégal", "Listen to Kessingham FM on
	// DAB"). "Radio" alone is not counted: "Listen to the radio for
	// updates, police said" is a story's advice.
	"fm": true,
}

// mediaLabels are the labels of a video or audio player, a line of their
// own ("▶ Watch the video"): no story line is only that (wToc).
var mediaLabels = map[string]bool{
	"watch the video": true, "watch video": true, "play video": true, "listen to the podcast": true,
	"guarda il video": true, "regarder la vidéo": true, "voir la vidéo": true, "ver el vídeo": true,
	"ver vídeo": true, "video ansehen": true, "assista ao vídeo": true, "bekijk de video": true,
	// French-language TV stations' player over a report: "Voir le
	// reportage", "Revoir le reportage".
	"voir le reportage": true, "revoir le reportage": true,
	// A radio's or a TV channel's live player in the sidebar or the
	// top bar: "Écouter le direct", "Lancer le lecteur" (start the
	// player), "Live hören", "Escuchar en vivo", "Ouvir ao vivo",
	// "Ascolta la diretta". (English "Listen Live" and "Watch Live" are
	// promotion by their vocabulary already.)
	"launch player":     true,
	"écouter le direct": true, "écouter en direct": true, "écoutez le direct": true, "regarder le direct": true,
	"lancer le lecteur": true, "live hören": true, "jetzt live hören": true, "escuchar en vivo": true,
	"escuchar en directo": true, "ver en vivo": true, "ouvir ao vivo": true, "ascolta la diretta": true,
	"ascolta in diretta": true, "luister live": true,
	// The player that reads the story aloud, in the tool row over it
	// on portals and news sites: "Listen to this article", "Listen to
	// this story", "Listen to article", "Écouter cet article", "Artikel
	// anhören", "Escuchar este artículo", "Ouvir este artigo", "Ascolta
	// questo articolo".
	"listen to this article": true, "listen to this story": true, "listen to article": true,
	"listen to the article": true, "écouter cet article": true, "écouter l'article": true,
	"artikel anhören": true, "artikel vorlesen lassen": true, "escuchar este artículo": true,
	"escuchar artículo": true, "ouvir este artigo": true, "ouvir artigo": true,
	"ascolta questo articolo": true, "ascolta l'articolo": true,
}

// mediaFirst holds the first words of mediaLabels.
var mediaFirst = firstWords(mediaLabels)

// minuteWords are the units of a reading time ("3 min", "4 minutes",
// "3 minuti", "4 Minuten", "3 perc", "3 dk", "3 menit", "3 phút",
// "3 λεπτά") and readTimeWords its word of reading, in the languages of
// the story sets and the rest of Western Europe: "read", "lecture",
// "lettura", "Lesezeit", "leestijd", "lectura", "leitura", "czytania",
// "lukuaika", "lästid", "læsetid", "lesetid", "citire", "čtení",
// "čitanja", "okuma", "baca", "olvasás", "ανάγνωσης", "đọc", the
// Baltic languages' "Lugemisaeg: 5 min" (Estonian, reading time),
// "Lasīšanas laiks" (Latvian) and "Skaitymo laikas" (Lithuanian), and
// Kurmanji's "5 deqîqe xwendin" (deqîqe, or deqe, minutes; xwendin,
// reading).
var (
	minuteWords = set(`min mins minute minutes minuti minuto minutos minuten minut minuty minuter minutter
		minutt minuutti minuuttia minuut perc percnyi percet dakika dk dakikalık menit phút λεπτά λεπτό
		deqîqe deqe`)
	readTimeWords = set(`read reading lecture lettura leitura lectura lesezeit lesedauer leestijd leesduur
		czytania lukuaika lästid lesetid læsetid citire čtení čtenia čitanja okuma baca olvasás olvasási
		olvasásidő ανάγνωσης đọc xwendin lugemisaeg lasīšanas skaitymo`)
)

// counterWords are what a counter counts, after its figure ("64
// comments", "97 shares", "1.2K reactions") or before it in brackets, as
// a comment section's heading prints its tally ("Comments (0)";
// WordPress's "Comments (%s)" in tt_RU, Комментарийлар, and as,
// মন্তব্যসমূহ; Tatar portals' Фикерләр, opinions; Kinyarwanda portals'
// Ibitekerezo, comments), and viewLabels the labels
// of a view or comment count before a colon ("阅读：87次", "浏览：1284",
// "Views: 1,284", "Comments: 0"): see wCounter. Russian CMSs print both
// ("Комментарии (0)", "12 комментариев", "Просмотров: 312", "Просмотры:
// 312", "Комментариев: 0"), and so do Ukrainian ones (Коментарі,
// переглядів); Samoan pages head their comments Faamatalaga (0) (with the
// ʻokina or without), and Malagasy ones Hevitra (0) (opinions).
// A post's shares are counted as Facebook's interface words them in
// Italian, French, Spanish and Portuguese ("214 condivisioni", "214
// partages", "214 compartidos", "214 compartilhamentos", "214
// partilhas"), and in Hungarian, the noun singular after its count
// ("96 hozzászólás", "138 megosztás", "412 reakció"), beside its
// comments (countRow); and in Swedish, Danish, Norwegian and Finnish
// ("34 kommentarer · 12 delningar", "12 delinger", "87 reaktioner",
// "34 kommenttia · 12 jakoa"), and in Greek ("87 σχόλια", "214
// κοινοποιήσεις", "1,2 χιλ. αντιδράσεις"), and in Arabic, the noun's
// number following the count's as Arabic has it ("٥ تعليقات", "٢١٣
// تعليقًا", "٤٠٠ تعليق", the tanween typed or not; "٩٦ مشاركة", "١٢
// مشاركات"; "٣٠٠ مشاهدة"), and in Polish, the noun's case following
// the count's as Polish has it ("1 komentarz", "23 komentarze", "41
// komentarzy"; "1 udostępnienie", "3 udostępnienia", "6 udostępnień"),
// and Instagram's likes in Indonesian and Persian ("1.284 suka", "۱٬۸۴۳
// لایک"), and Facebook's Slovak ("263 komentárov", "412 zdieľaní"),
// Hebrew ("57 תגובות", "188 שיתופים") and Bengali ("১১৬টি মন্তব্য",
// "২৩৮টি শেয়ার", the classifier glued to the figure), and Latvian ("21
// komentārs", "12 kopīgošanas", the noun singular after a count
// ending in 1 but 11; a portal's "Komentāri (0)"), and Czech ("187
// komentářů", "304 sdílení", "2 komentáře"), and Instagram's likes in
// Brazil's Portuguese ("2.417 curtidas"), and Facebook's Romanian
// ("312 comentarii", "148 de distribuiri", "de" read over by
// countLine) and Slovenian ("87 komentarjev", "41 delitev").
var (
	counterWords = set(`comments shares reactions likes views comentarios comentários commentaires commenti kommentare
		condivisioni partages compartidos compartilhamentos partilhas hozzászólás megosztás reakció
		ibitekerezo фикерләр комментарийлар মন্তব্যসমূহ комментарии комментариев комментария просмотров
		коментарі коментарів переглядів faamatalaga faʻamatalaga hevitra
		komentari komentara komentar коментари коментара
		kommentarer delningar delinger reaktioner kommenttia jakoa
		σχόλια κοινοποιήσεις αντιδράσεις
		تعليق تعليقًا تعليقا تعليقات مشاركة مشاركات مشاهدة مشاهدات
		독자의견 댓글
		komentarz komentarze komentarzy udostępnienie udostępnienia udostępnień reakcje reakcji
		suka لایک
		komentár komentáre komentárov zdieľanie zdieľania zdieľaní reakcia reakcie reakcií
		תגובות תגובה שיתופים שיתוף
		মন্তব্য শেয়ার
		komentārs komentāri komentāru kopīgošana kopīgošanas kopīgošanu reakcijas
		komentář komentáře komentářů sdílení reakcí curtidas curtida
		comentarii comentariu distribuiri distribuire reacții
		komentarjev komentarja komentarji delitev delitvi delitve deljenj odzivov odzivi`)
	viewLabels = barSet(`阅读 | 浏览 | 点击 | 阅读量 | 浏览量 | 点击量 | 阅读数 | views | comments | просмотров | просмотры |
		комментариев | комментарии | переглядів | перегляди | коментарів | коментарі |` + syllables(`ཀློག་ཐེངས`))
	// viewLabelEnds indexes viewLabels by their last word: the words
	// before it, for each label that ends with it.
	viewLabelEnds = func() map[string][][]string {
		m := make(map[string][][]string)
		for l := range viewLabels {
			w := fields(l)
			m[w[len(w)-1]] = append(m[w[len(w)-1]], w[:len(w)-1])
		}
		return m
	}()
)

// syllables returns s with each tsheg, the mark that parts Tibetan
// syllables (U+0F0B), made a space. The tokenizer reads a Tibetan
// syllable as a word (the tsheg is no letter), so a table's Tibetan
// entry, written as the page prints it ("ཀློག་ཐེངས", views), is kept as
// the words the tokenizer reads ("ཀློག ཐེངས").
func syllables(s string) string { return strings.ReplaceAll(s, "\u0F0B", " ") }

// captionPrefixes open photo captions and picture credits. They count when
// followed by ':' or ',' ("Image caption, …", "Photo: …"), the colon
// after a space as French sets it ("Images : Sarah Lenoir"), or by a
// space for the "… by" forms ("Photo by …").
var captionPrefixes = []string{
	"image caption", "image source", "image copyright", "media caption", "caption",
	"photo", "photos", "photograph", "photo credit", "picture", "pictured", "file photo",
	"illustration", "video caption", "video source",
	// … and "Foto:", "Zdjęcie:", "Kuva:", "Φωτογραφία:" of the other
	// languages' captions and credits.
	"foto", "fotos", "zdjęcie", "kuva", "φωτογραφία", "sursa foto", "ilustrační foto", "images", "image",
	"fotó", "fotoğraf",
}

// captionByPrefixes open a caption or a picture credit whatever follows:
// "Photo by …", and the Polish abbreviated credit "Fot. PAP/Jan Nowak"
// and stock caption "Zdjęcie ilustracyjne" (an illustrative photo).
var captionByPrefixes = []string{"photo by ", "photograph by ", "picture by ", "photos by ",
	"fot. ", "zdjęcie ilustracyjne", "zdjęcie poglądowe"}

// stockCaptions open a stock photo's caption, an archive or an
// illustrative picture ("Foto d'archivio", "Photo d'illustration",
// "Symbolbild: …"), alone or followed by a word's end.
var stockCaptions = []string{"foto d'archivio", "foto di repertorio", "photo d'archives", "photo d'illustration",
	"archivbild", "archivfoto", "symbolbild", "foto de archivo", "imagen de archivo",
	"foto de arquivo", "imagem de arquivo", "archive photo", "archiefbeeld", "archieffoto",
	"arkivbild", "arkivfoto",
	// Belarusian: "the photo is illustrative", "illustrative photo".
	"фота носіць ілюстрацыйны характар", "ілюстрацыйнае фота"}

// agencies are picture agencies and wire services whose name, at both the
// start and the end of a line, marks an image caption with its credit
// ("Getty Images A man walks … Getty Images"). Longer names come first so
// that "Getty Images" is tried before "Getty".
var agencies = []string{
	"Getty Images", "Shutterstock", "Associated Press", "AP Photo", "PA Media", "PA Wire",
	"EPA-EFE", "Anadolu Agency", "Bloomberg", "Reuters", "Alamy", "NurPhoto", "SOPA Images",
	"Xinhua", "Getty", "AFP", "EPA", "TASS", "AP", "PA",
}

// set builds a word set from a whitespace-separated list.
// setOf returns the set of the entries of list, parted by bars: entries
// of more than one word.
func setOf(list string) map[string]bool {
	m := make(map[string]bool)
	for e := range strings.SplitSeq(list, "|") {
		m[e] = true
	}
	return m
}

func set(list string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range fields(list) {
		m[w] = true
	}
	return m
}

// fields splits s at ASCII whitespace.
func fields(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return out
}

// homeWords name a site's home page, the first link of a breadcrumb
// trail, in the languages of the vocabulary.
var homeWords = map[string]bool{
	"home": true, "startseite": true, "start": true, "inicio": true, "accueil": true, "início": true, "inizio": true,
	"forside": true, "etusivu": true, "hem": true, "hjem": true, "strona główna": true, "početna": true,
	"naslovna": true, "tuis": true, "úvod": true, "domů": true, "kezdőlap": true, "acasă": true, "начало": true,
	"головна": true, "главная": true, "ana sayfa": true, "beranda": true, "trang chủ": true,
	"गृहपृष्ठ": true, "मुख्यपृष्ठ": true, "मुख्य पृष्ठ": true, "मुख्य पन्ना": true, "প্রচ্ছদ": true, "หน้าแรก": true, "ទំព័រដើម": true,
	"მთავარი": true, "avaleht": true, "sākums": true, "domov": true, "почетна": true, "pagrindinis": true,
	// Albanian (WordPress's "Kreu", portals' "Kryefaqja"), Azerbaijani
	// (WordPress's "Əsas səhifə", "Ana səhifə"), Armenian and Chinese
	// (WordPress's "Գլխավոր", "首页").
	"kreu": true, "kryefaqja": true, "əsas səhifə": true, "ana səhifə": true, "գլխավոր": true, "首页": true,
	// Sorani Kurdish (پەڕەی سەرەکی, the home page) and Somali (Bogga
	// Hore, the front page).
	"پەڕەی سەرەکی": true, "bogga hore": true,
	// Welsh (WordPress's cy "Cartref", and "Hafan", the home page as
	// Welsh sites name it), Gujarati and Punjabi (WordPress's gu "મુખ્ય
	// પૃષ્ઠ", pa_IN "ਮੁੱਖ ਪੰਨਾ").
	"cartref": true, "hafan": true, "મુખ્ય પૃષ્ઠ": true, "ਮੁੱਖ ਪੰਨਾ": true,
	// Japanese: WordPress's ja "ホーム" and Hatena Blog's header menu,
	// and "トップページ", the top page, as sites name their home.
	"ホーム": true, "トップページ": true,
	// Tajik: the main page (Саҳифаи асосӣ), on a menu "Асосӣ" alone,
	// main, as Russian "Главная".
	"асосӣ": true, "саҳифаи асосӣ": true,
	// Icelandic (Forsíða, the front page, as Icelandic portals name
	// it), Luxembourgish (Doheem, at home, and Startsäit, the start
	// page) and Malagasy (Fandraisana, the welcome, Malagasy pages'
	// word for French "Accueil").
	"forsíða": true, "doheem": true, "startsäit": true, "fandraisana": true,
	// Uyghur (باش بەت, the head page, as Uyghur portals name their
	// home) and Kurmanji (Serûpel, the front page).
	"باش بەت": true, "serûpel": true,
	// Tatar and Bashkir (Баш бит, the head page, as their Wikipedias
	// and their papers' menus name it).
	"баш бит": true,
	// The right-to-left themes' home items: Arabic (WordPress's ar
	// "الرئيسية", the main page, and "الصفحة الرئيسية" in full),
	// Persian (fa_IR "خانه", "صفحه اصلی"), Hebrew (he_IL "דף הבית",
	// "ראשי") and Urdu (ur "صفحہ اول", and "سرورق", the front page, as
	// Urdu papers' menus name it).
	"الرئيسية": true, "الصفحة الرئيسية": true, "خانه": true, "صفحه اصلی": true,
	"דף הבית": true, "ראשי": true, "صفحہ اول": true, "سرورق": true,
}

// menuLabels are the words for a menu that a theme's toggle button
// prints above its navigation (WordPress's "Menu": cy "Dewislen", gu
// "મેનુ", pa_IN "ਮੇਨੂ", kn "ಪರಿವಿಡಿ"), lower case: a line that is only
// one of them, over a menu set one item a line, is the menu's
// (verticalMenu).
var menuLabels = map[string]bool{
	"menu": true, "main menu": true, "primary menu": true, "dewislen": true, "મેનુ": true, "ਮੇਨੂ": true, "ಪರಿವಿಡಿ": true,
	// The common Korean news CMS's toggle for its full menu ("전체메뉴",
	// and its button's text for screen readers, "전체메뉴 버튼").
	"전체메뉴": true, "전체메뉴 버튼": true, "전체메뉴 열기": true,
}

// skipLinks are the skip links of WordPress and its themes, lower case,
// with the apostrophe folded: the first link of a page, which a screen
// reader follows past the header to the story ("Skip to content"). A
// line that is only one of them is navigation whatever stands around it
// (wSkipLink): a story never says it. WordPress's admin and core packs
// (Debian's wordpress-l10n 6.1: "Skip to main content", "Skip to
// toolbar") and the default themes' strings in the languages the
// classifier reads; several themes word the link their own way ("Jump
// to content", "Aller au contenu principal"), so each language has its
// common forms. English, then the Romance and Germanic languages, the
// Nordic ones, Central and Eastern Europe in Latin script, Cyrillic and
// Greek, the other Latin-script languages, and the other scripts.
//
// The same place holds the other accessibility link of Russian-language
// sites, the switch to the version for the visually impaired
// ("Версия для слабовидящих", back: "Обычная версия сайта"), which
// sites of state and municipal bodies must offer and the regional papers
// they found print in their top bar; Ukrainian, Belarusian and Kazakh
// sites word it their way. Alone on its line it is the link, as a skip
// link is.
var skipLinks = barSet(`
	skip to content | skip to main content | skip to the content | skip to navigation |
	skip to primary navigation | skip to main navigation | skip to footer | skip to toolbar |
	skip navigation | jump to content | jump to navigation | jump to main content |

	aller au contenu | aller au contenu principal | passer au contenu | aller à la navigation |
	aller à la barre d'outils |
	zum inhalt springen | zum hauptinhalt springen | direkt zum inhalt | zum inhalt wechseln |
	springe zur werkzeugleiste | zur navigation springen |
	saltar al contenido | saltar al contenido principal | ir al contenido | ir al contenido principal |
	saltar a la navegación |
	saltar para o conteúdo | ir para o conteúdo | pular para o conteúdo | avançar para o conteúdo |
	ir para o conteúdo principal |
	vai al contenuto | salta al contenuto | passa al contenuto principale | vai al contenuto principale |
	naar de inhoud springen | ga naar de inhoud | spring naar inhoud | naar inhoud springen |
	direct naar de inhoud |

	hoppa till innehåll | hoppa till innehållet | videre til indhold | spring til indhold |
	gå til indhold | hopp til innhold | gå til innhold | siirry sisältöön | siirry pääsisältöön |
	hoppa till huvudinnehåll | hoppa till huvudinnehållet | gå till huvudinnehåll | gå direkt till innehållet |
	hopp til hovedinnhold | hopp til hovedinnholdet | gå til hovedinnhold | gå til hovudinnhald |
	hopp til hovudinnhald | gå til hovedindhold | spring til hovedindhold | spring til hovedindholdet |
	hoppa yfir í efni | fara í efni |

	przejdź do treści | przeskocz do treści | přejít k obsahu | přeskočit na obsah |
	preskočiť na obsah | prejsť na obsah | preskočiť na hlavný obsah | preskoči na vsebino |
	preskoči na glavno vsebino | preskoči na sadržaj | idi na sadržaj | idi na glavni sadržaj |
	skoči do sadržaja | skoči do glavnog sadržaja | ugrás a tartalomhoz | ugrás a tartalomra |
	sari la conținut | sari la conţinut | salt la conținut | doties uz saturu | pāriet uz saturu |
	pereiti prie turinio | mine sisu juurde | liigu sisu juurde | kalo te lënda | kalo te lënda bazë |
	hidhu te lënda | içeriğe geç | içeriğe atla |

	перейти к содержимому | перейти к содержанию | перейти к основному содержимому |
	перейти до вмісту | перейти до змісту | към съдържанието | направо към съдържанието |
	скочи на садржај | прескочи на садржај | скочи на главни садржај |
	версия для слабовидящих | версия сайта для слабовидящих | для слабовидящих |
	обычная версия | обычная версия сайта | версія для слабозорих | версія для людей з вадами зору |
	версія для слабабачных | нашар көретіндерге арналған нұсқа |
	μετάβαση στο περιεχόμενο | παράκαμψη και μετάβαση στο περιεχόμενο |

	salta al contingut | vés al contingut | vés al contingut principal | joan edukira |
	saltatu edukira | ir ao contido | saltar ao contido | saltar para o contido principal |
	neidio i'r cynnwys | mynd i'r cynnwys | symud i'r prif gynnwys | lumaktaw sa nilalaman |
	langsung ke konten | lompat ke konten | langsung ke isi | langkau ke kandungan |
	chuyển đến nội dung | bỏ qua nội dung |

	تخطي إلى المحتوى | انتقل إلى المحتوى | التخطي إلى المحتوى | تخط إلى المحتوى الرئيسي |
	پرش به محتوا | رفتن به محتوا | پرش به محتوای اصلی | דלג לתוכן | דילוג לתוכן | דלג לתוכן ראשי |
	सामग्री पर जाएँ | सामग्री पर जाएं | ข้ามไปยังเนื้อหา | გადასვლა შიგთავსზე |
	გადასვლა ძირითად შიგთავსზე | コンテンツへスキップ | メインコンテンツへスキップ | 本文へスキップ |
	콘텐츠로 건너뛰기 | 본문 바로가기 | 메인 컨텐트로 바로가기 | 본문영역 바로가기 | 메뉴영역 바로가기 |
	본문으로 바로가기 | 주메뉴 바로가기 | 跳至内容 | 跳到内容 | 跳至主内容 |
	跳到主要內容 | 跳至主要內容`)

// pageWidgets are the lines of the boxes a site's template sets round
// every page, lower case, with the apostrophe folded: the feedback box
// under a public body's page ("Var denne siden nyttig?", "Was this page
// helpful?", in the Nordic, English, German and Finnish forms of the
// government CMSs, and the Baltic forms of a farm's or a portal's
// "Was this article helpful?") and a theme's login box, which a scrape of the page's
// text prints after the story (the tagDiv "Newspaper" theme's "Welcome!
// Log into your account", "Forgot your password? Get help", "Password
// recovery", "A password will be e-mailed to you."; WordPress's "Lost
// your password?"; their French, Spanish and Portuguese forms). A line
// that is only one of them is navigation whatever stands around it
// (wWidget), as a skip link is: a story never says one alone. The
// switch between a site's mobile and desktop views that page builders
// and CMS themes print in the footer ("Zur Mobilversion wechseln",
// Jimdo's and WordPress mobile plugins' "Switch to mobile version",
// "Version mobile", "Versione desktop") is such a line too, and so is
// the menu's link to the page about the site, which a scraper's copy
// keeps alone on its line among the menu's items ("Qui sommes-nous ?",
// "À propos de nous", "Quiénes somos", "Chi siamo", "Über uns", "About
// us", Hindi "हमारे बारे में"): a story asks who "we" are in a sentence, never as a line of two
// words. A Korean blog platform's page (Naver's, as a plain copy of its
// mobile view prints it) sets its buttons one a line round the post: the
// blog's menu and the category switch over it ("블로그 메뉴", "카테고리
// 이동", "검색 MY메뉴 열기"), the post's tools ("본문 기타 기능", "신고하기",
// report; "이웃추가", add as a neighbour), and under it the link to all
// posts, the way to the top and the switch to the desktop view ("전체글
// 보기", "맨 위로", "PC버전으로 보기"): a story says none of them alone.
var pageWidgets = barSet(`
	블로그 메뉴 | 카테고리 이동 | 검색 my메뉴 열기 | my메뉴 열기 | 본문 기타 기능 | 신고하기 | 이웃추가 |
	전체글 보기 | 맨 위로 | pc버전으로 보기 | 모바일 버전으로 보기 | 모바일버전으로 보기 |
	qui sommes-nous | qui sommes nous | à propos de nous | quiénes somos | quem somos | chi siamo |
	über uns | over ons | about us | om oss | om os | हमारे बारे में |

	var denne siden nyttig | var denne sida nyttig | var sidan till hjälp | var den här sidan till hjälp |
	var denne side nyttig | fandt du det du søgte | was this page helpful | was this page useful |
	is this page useful | was this article helpful | war diese seite hilfreich | oliko tästä sivusta apua |
	a oedd y dudalen hon yn ddefnyddiol | oedd y dudalen hon yn ddefnyddiol |
	ar šis straipsnis buvo naudingas | ar šis puslapis buvo naudingas | vai šis raksts bija noderīgs |
	vai šī lapa bija noderīga | kas see artikkel oli kasulik | kas see leht oli kasulik |

	welcome log into your account | log into your account | forgot your password | forgot your password get help |
	lost your password | password recovery | recover your password | a password will be e-mailed to you |
	bienvenue connectez-vous à votre compte | mot de passe oublié | mot de passe oublié obtenir de laide |
	récupération de mot de passe | olvidaste tu contraseña | olvidaste tu contraseña obtener ayuda |
	recuperación de contraseña | esqueceu sua senha | esqueceu sua senha obter ajuda | recuperação de senha |

	switch to mobile version | switch to mobile site | view mobile site | view mobile version |
	switch to desktop version | switch to desktop site | view desktop version | view full site |
	zur mobilversion wechseln | zur mobilen version wechseln | zur mobilen ansicht wechseln | mobile ansicht |
	zur desktopversion wechseln | zur desktop-version wechseln | zur klassischen ansicht wechseln |
	passer à la version mobile | version mobile | version ordinateur | passer à la version ordinateur |
	cambiar a versión móvil | ver versión móvil | versión de escritorio | ver versión de escritorio |
	passa alla versione mobile | versione mobile | versione desktop | passa alla versione desktop |
	mudar para versão móvel | ver versão móvel | versão para desktop | ver versão desktop |
	naar mobiele versie | mobiele versie | naar desktopversie | desktopversie`)

// widgetFirst holds the first words of pageWidgets.
var widgetFirst = firstWords(pageWidgets)

// reactionWords name the buttons of a reaction bar, lower case:
// Facebook's reactions and the moods news sites' bars offer (English;
// Nepali's खुसी, दुःखी, अचम्मित, उत्साहित, आक्रोशित: happy, sad,
// surprised, excited, angry; Mongolian's Таалагдлаа, Гайхалтай,
// Уурлаж: liked, amazing, angry). reactionLabels head such a bar
// before a colon ("React:", "Reactions:"), or alone on the line over
// the box's buttons (reactionBoxes): "Your reaction", and as Nepali,
// Maithili and Hindi portals word it, तपाईंको प्रतिक्रिया, अहाँक
// प्रतिक्रिया, आपकी प्रतिक्रिया (your reaction).
var (
	reactionWords = set(`like likes love haha wow sad angry care happy laugh funny surprised
		inspired upset excited
		खुसी दुःखी अचम्मित उत्साहित आक्रोशित таалагдлаа гайхалтай уурлаж`)
	reactionLabels = map[string]bool{"react": true, "reactions": true, "your reaction": true,
		"what do you think": true, "how do you feel": true,
		"तपाईंको प्रतिक्रिया": true, "अहाँक प्रतिक्रिया": true, "आपकी प्रतिक्रिया": true}
)

// postNavLabels are the labels of a post's navigation links, the
// previous and the next post, as WordPress's themes and news CMSs print
// them over or before the linked post's title, lower case: English,
// French, German, Spanish, Portuguese, Italian and Dutch themes' own
// wordings; Turkish and Azerbaijani (WordPress's "Önceki yazı", "Sonraki
// yazı", "Öncəki yazı", "Sonrakı yazı"); Russian; Chinese and Uyghur
// portals' "上一篇：", "下一篇：" and "ئالدىنقى ماقالە:", "كېيىنكى
// ماقالە:" (previous article, next article); Tibetan portals' "སྔོན་མ།"
// and "རྗེས་མ།" (former, later), or "གོང་མ།" and "འོག་མ།" (above, below),
// the shad after them for a colon. A line that is one of them, alone or
// before a title (wPostNav), is navigation.
var postNavLabels = barSet(syllables(`སྔོན་མ | རྗེས་མ | གོང་མ | འོག་མ |`) + `
	previous post | next post | previous article | next article | previous story | next story |
	older post | newer post |
	article précédent | article suivant | vorheriger beitrag | nächster beitrag |
	vorheriger artikel | nächster artikel | entrada anterior | entrada siguiente | siguiente entrada |
	artículo anterior | artículo siguiente | artigo anterior | próximo artigo | post anterior |
	próximo post | articolo precedente | articolo successivo | vorig bericht | volgend bericht |
	önceki yazı | sonraki yazı | önceki haber | sonraki haber | öncəki yazı | sonrakı yazı |
	предыдущая статья | следующая статья | предыдущая запись | следующая запись |
	上一篇 | 下一篇 | ئالدىنقى ماقالە | كېيىنكى ماقالە`)

// postNavFirst holds the first words of postNavLabels.
var postNavFirst = firstWords(postNavLabels)

// commentSubmits are the comment form's submit button, lower case, as
// WordPress and the common comment plugins word it in English, French,
// German, Spanish, Portuguese, Italian, Dutch, the Nordic languages,
// Polish, Czech, Turkish and Russian ("Post Comment", "Publier le
// commentaire", "Kommentar abschicken", "Publicar el comentario"). Alone
// on its line it is the button, which no story line is (wSubmit).
var commentSubmits = barSet(`
	post comment | submit comment | post a comment | add comment | send comment |
	publier le commentaire | publier un commentaire | envoyer le commentaire |
	kommentar abschicken | kommentar absenden | kommentar senden |
	publicar el comentario | publicar comentario | enviar comentario |
	publicar comentário | enviar comentário | invia commento | pubblica commento |
	pubblica il commento | invia il commento |
	reactie plaatsen | plaats reactie | skicka kommentar | send kommentar | send kommentaren | lähetä kommentti |
	opublikuj komentarz | dodaj komentarz | odeslat komentář | yorum gönder | yorum yap |
	отправить комментарий | добавить комментарий | надіслати коментар |
	objavi komentar | pošalji komentar | kirim komentar | publică comentariul | hozzászólás küldése |
	δημοσίευση σχολίου | публикуване на коментар`)

// submitFirst holds the first words of commentSubmits.
var submitFirst = firstWords(commentSubmits)

// memorialActions are the buttons and links that online obituary and
// death-notice platforms set under a notice, lower case: sign the guest
// book, leave a tribute or a condolence, light a candle, send flowers,
// plant a tree, share a memory, donate, place a notice, find a florist, and the
// directory's search (find a funeral director or home), as the English
// platforms (Legacy.com, Echovita, funeral-notices.co.uk, iAnnounce)
// and the French, German, Dutch, Spanish, Italian and Portuguese ones
// (Libra Memoria, trauer.de, mensenlinq.nl, esquelas, necrologie) word
// them. Alone on its line it is the button, which no story line is: an
// obituary that reports a vigil says "Mourners lit candles" in a
// sentence (wMemorial).
var memorialActions = barSet(`
	leave a tribute | add a tribute | post a tribute | write a tribute | view tributes |
	leave a condolence | leave condolences | offer condolences | send condolences | post a condolence |
	sign the guestbook | sign guestbook | sign the guest book | sign guest book | view guestbook | view guest book |
	light a candle | light a memorial candle | send flowers | send sympathy flowers | order flowers |
	plant a tree | plant trees | share a memory | add a memory | share memories |
	make a donation | donate in memory | place a notice | place a death notice | place an announcement |
	find a funeral director | find a funeral director near you | find a funeral home | find a funeral home near you |
	find a florist | find a local florist |
	search notices | search obituaries | search death notices |
	allumer une bougie | allumer un cierge | déposer des condoléances | déposer un message de condoléances |
	laisser un message de condoléances | envoyer des fleurs | partager un souvenir | planter un arbre |
	signer le registre de condoléances | trouver une entreprise de pompes funèbres | publier un avis de décès |
	kerze anzünden | eine kerze anzünden | gedenkkerze anzünden | kondolieren | kondolenz schreiben |
	kondolenzbuch eintragen | blumen senden | erinnerung teilen | traueranzeige aufgeben | bestatter finden |
	kaarsje aansteken | steek een kaarsje aan | condoleance plaatsen | condoleren | bloemen versturen |
	herinnering delen | uitvaartondernemer zoeken |
	encender una vela | enviar flores | dejar condolencias | dar el pésame | compartir un recuerdo | plantar un árbol |
	firmar el libro de condolencias | buscar funeraria |
	accendi un lumino | accendi una candela | invia fiori | lascia un messaggio di cordoglio | lascia un pensiero |
	acender uma vela | acender vela | enviar flores | deixar condolências | partilhar uma memória | compartilhar uma lembrança`)

// memorialFirst holds the first words of memorialActions.
var memorialFirst = firstWords(memorialActions)

// memorialRowParts are the buttons of an obituary platform's row
// (memorialActions) and the row's own share and donate buttons, indexed
// by their first word (memorialRow).
var memorialRowParts = partIndex(func() map[string]bool {
	m := barSet(`share | donate | partager | teilen | delen | compartir | condividi | partilhar`)
	for a := range memorialActions {
		m[a] = true
	}
	return m
}())

// memorialFirstTo are the openings of a platform's empty tribute box,
// before one of memorialActions ("Be the first to leave a tribute"),
// in English, French, German, Spanish and Italian.
var memorialFirstTo = []string{
	"be the first to", "soyez le premier à", "soyez la première à",
	"seien sie der erste der", "sé el primero en", "sii il primo a",
}

// memorialBoxFirst holds the first words of memorialFirstTo and of
// memorialCounts.
var memorialBoxFirst = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range memorialFirstTo {
		m[fields(l)[0]] = true
	}
	for l := range memorialCounts {
		m[fields(l)[0]] = true
	}
	return m
}()

// memorialBy2 are the words that put the deceased's name after an empty
// tribute box's action ("… for Walter", "… pour Jean", "… für Anna",
// "… para María", "… per Giulia").
var memorialBy2 = set(`for pour für para per`)

// memorialCounts are the headings of a notice's tribute box that a
// platform prints with a bracketed count ("Tributes (0)"), lower case.
var memorialCounts = barSet(`
	tributes | condolences | memories | candles | guestbook entries |
	condoléances | hommages | kondolenzen | kerzen | condoleances | condolencias | condoglianze`)

// skipFirst holds the first words of skipLinks: a line opening with none
// of them is no skip link, and most lines are looked up no further.
var skipFirst = firstWords(skipLinks)

// barSet returns the set of the entries of list parted by bars, each
// trimmed and its inner white space folded to single spaces: a table of
// phrases, as set is one of words.
func barSet(list string) map[string]bool {
	m := make(map[string]bool)
	for _, e := range strings.Split(list, "|") {
		if e = strings.Join(strings.Fields(e), " "); e != "" {
			m[e] = true
		}
	}
	return m
}

// searchParts are the parts of a site's search form, lower case, indexed
// by their first word: the field's label and placeholder and the
// button, as WordPress's search widget and news CMSs word them ("Search
// for:", "Search …", "Search"; "Rechercher :", "Rechercher…"; "Suche
// nach:", "Suchen"; Russian CMSs' "Поиск по сайту" over "Найти", find):
// English, French, German, Spanish, Portuguese, Italian, Dutch, the
// Nordic languages, Polish, Czech, Russian and Ukrainian, and WordPress's
// Indonesian and Malay ("Cari untuk:", "Cari …", "Cari"; "Carian"),
// Serbian, Croatian and Bosnian in both scripts ("Pretraga za:",
// "Претрага за:", "Pretraži"), Slovenian ("Iskanje"), Bulgarian
// ("Търсене за:"), Romanian ("Caută știri...", "Căutare") and
// Hungarian ("Keresés"), a Serbian aggregator's "Pretraga vesti"
// (search news), WordPress.com's Afrikaans "Soek vir:", and
// the right-to-left themes' Arabic ("البحث عن:", "بحث …", "بحث"),
// Persian ("جستجو برای:", "جستجو"), Hebrew ("חיפוש:", "חפש") and Urdu
// ("تلاش کریں"), and WordPress's Dutch and Nordic labels ("Zoeken naar:",
// "Sök efter:", "Søg efter:"). A line that is only such parts, two words or more, is
// the form (wSearch), and so is one part alone as the field's label,
// ending in a colon ("Rechercher :", "Buscar:").
var searchParts = partIndex(barSet(`
	search | search for | search this site | search the site | search site | search news |
	rechercher | recherche | rechercher sur le site |
	suche | suchen | suche nach | durchsuchen | website durchsuchen |
	buscar | búsqueda | buscar en el sitio | pesquisar | pesquisa | pesquisar por |
	cerca | cerca nel sito | zoeken | zoek | sök | søg | søk | hae | haku |
	szukaj | wyszukaj | hledat | vyhledávání |
	البحث عن | بحث | ابحث | البحث | بحث في الموقع | جستجو | جستجو برای | חיפוש | חפש | تلاش | تلاش کریں |
	поиск | поиск по сайту | найти | искать | пошук | пошук по сайту | знайти | шукати |
	cari | cari untuk | carian |
	pretraga | pretraga za | pretraži | traži | претрага | претрага за | претражи | тражи |
	iskanje | išči | търсене | търсене за | търси |
	caută | cauta | căutare | caută știri | caută pe site | keresés |
	pretraga vesti | pretraži vesti | претрага вести | soek | soek vir |
	zoeken naar | zoek naar | sök efter | søg efter | søk etter`))

// betTermPhrases are the terms of a betting advert's small print, lower
// case, as the tokenizer reads them ("T&Cs" is "t cs", "BeGambleAware.org"
// "begambleaware org"): the offer's conditions and the safer-gambling
// messages the regulators have adverts print, in English (the UK's
// "BeGambleAware.org", "Take time to think", "When the fun stops, stop";
// the US "Gambling problem? Call 1-800-GAMBLER"), German ("Glücksspiel kann süchtig
// machen"), French (the ANJ's "Jouer comporte des risques"), Spanish,
// Italian ("Il gioco è vietato ai minori e può causare dipendenza
// patologica"), Portuguese (Brazil's "Apostas são proibidas para menores
// de 18 anos", and a tips site's "Odds sujeitas a alteração. Consulte o
// site da casa"), Dutch ("Wat kost gokken jou? Stop op tijd")
// and Swedish (Stödlinjen). Each is a term of the advert; several in
// one line make it the advert's terms (wBetTerms).
var betTermPhrases = barSet(`
	t cs | t c's | t c | terms apply | terms and conditions apply | full terms apply |
	new customers only | new and eligible customers only | min odds | min deposit | wagering requirements |
	begambleaware | begambleaware org | gambleaware | gamcare | gamstop | gamble responsibly | gamble aware |
	play responsibly | bet responsibly | please gamble responsibly | when the fun stops | take time to think |
	gambling can be addictive | gambling problem call | 1-800-gambler |
	glücksspiel kann süchtig machen | spielen sie verantwortungsbewusst | agb gelten | es gelten die agb |
	jouer comporte des risques | appel non surtaxé | juega con responsabilidad | juego responsable | jugarbien |
	se aplican términos y condiciones | gioca responsabilmente | gioco responsabile | vietato ai minori |
	dipendenza patologica | jogue com responsabilidade | aposte com responsabilidade | jogo responsável |
	proibidas para menores de 18 anos | proibido para menores de 18 anos | estabeleça limites |
	nunca aposte mais do que pode perder | odds sujeitas a alteração | odds sujeitas a alterações |
	consulte o site da casa | odds subject to change | cuotas sujetas a cambios | quote soggette a variazioni |
	speel bewust | wat kost gokken jou | stop op tijd | spela ansvarsfullt | stödlinjen`)

// betTermIndex indexes betTermPhrases by their first word.
var betTermIndex = partIndex(betTermPhrases)

// searchFirst holds the first words of searchParts.
var searchFirst = func() map[string]bool {
	m := make(map[string]bool, len(searchParts))
	for w := range searchParts {
		m[w] = true
	}
	return m
}()

// partIndex indexes the phrases of set by their first word: the words
// after it, one entry per phrase (none for a phrase of one word).
func partIndex(set map[string]bool) map[string][][]string {
	idx := make(map[string][][]string)
	for p := range set {
		words := fields(p)
		idx[words[0]] = append(idx[words[0]], words[1:])
	}
	return idx
}

// commentLikes and commentReplies are the two actions under a reader's
// comment on a social network's page, lower case, as a plain scrape of
// the page keeps them, one a line: Facebook's Like and Reply in
// English, French, Spanish, Portuguese (Brazil's "Curtir", Portugal's
// "Gosto"), Italian, German, Dutch, Indonesian and Hungarian
// ("Tetszik", "Válasz"), Swedish ("Gilla", "Svara"), Danish ("Synes
// godt om", "Svar"), Norwegian ("Lik", "Svar"), Finnish ("Tykkää",
// "Vastaa"), Greek ("Μου αρέσει", "Απάντηση"), Arabic ("أعجبني",
// "رد"), Vietnamese ("Thích", "Phản hồi" or "Trả lời") and Polish
// ("Lubię to!", "Odpowiedz"), Slovak ("Páči sa mi to", "Odpovedať"),
// Czech ("To se mi líbí", "Odpovědět"),
// Hebrew ("לייק", "השב") and Bengali ("লাইক", "উত্তর দিন"), Latvian
// ("Patīk", "Atbildēt"), Romanian ("Îmi place", "Răspunde"),
// Slovenian ("Všeč mi je", "Odgovori"), and
// Instagram's Persian reply ("پاسخ").
// The post's
// own row is Like, Comment, Share; only a comment has Like over Reply
// (socialComments).
var (
	commentLikes = barSet(`like | j'aime | me gusta | curtir | gosto | mi piace | gefällt mir |
		vind ik leuk | suka | tetszik | gilla | synes godt om | lik | tykkää | μου αρέσει | أعجبني | thích |
		lubię to | páči sa mi to | לייק | লাইক | patīk | to se mi líbí | îmi place | všeč mi je`)
	commentReplies = barSet(`reply | répondre | responder | rispondi | antworten | beantwoorden | balas | válasz |
		svara | svar | vastaa | απάντηση | رد | phản hồi | trả lời | odpowiedz | پاسخ | odpovedať | השב | উত্তর দিন | atbildēt |
		odpovědět | răspunde | odgovori`)
)

// ageUnits are the units of a comment's age as social networks print it
// under the comment, glued to the figure or not ("2 h", "5 min", "3 j",
// "1 sem", "2d", "1w", "4 a"): hours, minutes, days (English d, French
// j, Spanish and Portuguese d), weeks (w, French and Spanish sem, s)
// and years (y, a); Swedish, Danish and Norwegian weeks (v, u) and years
// (å, år), Finnish days and weeks (pv, vk); Greek minutes, hours,
// days, weeks and years, each with its stop ("5 λ.", "2 ώρ.", "3 ημ.",
// "1 εβδ.", "2 έτ.": the stop is trimmed, ageOf); Arabic minutes,
// hours, days, weeks and years as Facebook's Arabic interface prints
// them after Arabic-Indic figures ("٥ د", "٤ س", "٣ ي", "١ أ": دقيقة,
// ساعة, يوم, أسبوع by their first letter; "٢ سنة").
//
// Latvian hours are "st." (stundas: "2 st."), the stop trimmed.
var ageUnits = setOf(`min|h|d|j|w|sem|s|y|a|hr|hrs|mins|std|tg|t|u|m|g|v|å|år|pv|vk|λ|ώρ|ημ|εβδ|έτ|د|س|ي|أ|سنة|st`)

// commentShares are the share action some networks add to a comment's
// row after the reply (YouTube's and LinkedIn's "Share", French
// "Partager", Spanish and Portuguese "Compartir"/"Compartilhar",
// German "Teilen", Indonesian "Bagikan"): see commentRow; and
// Substack's, alone on its line under "Reply" (socialComments).
var commentShares = setOf(`share|partager|compartir|compartilhar|partilhar|condividi|teilen|delen|bagikan`)

// noteHeadingWords are a note's heading alone on its line, lower case:
// "Note", "Notes", French "Remarque", German "Hinweis", Spanish,
// Italian and Portuguese "Nota" (noteHeadings).
var noteHeadingWords = setOf(`note|notes|remarque|hinweis|nota`)

// postIcons are the emoji a scrape of a social post's header keeps for
// the audience icon it cannot print as a label (see postHead): the
// globe of a public post in its four forms, the two figures of a
// friends-only one, the padlock of "only me".
var postIcons = set(`🌍 🌎 🌏 🌐 👥 🔒`)

// postRoles are the poster's badges a group's or a page's post prints
// before its audience icon ("Admin · 🌍"), lower case, in the
// languages of Facebook's most used interfaces: English, French,
// German, Spanish, Portuguese, Italian.
var postRoles = barSet(`admin | author | moderator | top contributor | rising contributor | group expert |
	administrateur | administratrice | auteur | modérateur | modératrice |
	administrator | autor | moderatorin | administrador | administradora | moderador | moderadora |
	amministratore | autore | moderatore`)

// postAgeUnits are the units a social post's header abbreviates its age
// with after the number ("2h", "3 d", "10min"): minutes, hours, days,
// weeks, years, in English and the short forms other languages share,
// and in Greek with their stops ("3 ώρ. · 🌐"), and in Arabic by their
// first letter ("٥ س ·", five hours: see ageUnits).
//
// Latvian hours with their stop ("3 st. · 🌐").
var postAgeUnits = set(`m min mins h hr hrs d w wk y yr j t g λ. ώρ. ημ. εβδ. έτ. د س ي أ سنة st.`)

// playerErrors are the fallback and error lines a video or audio
// player prints in place of the clip, lower case, alone on their line
// (playerError): the browser lacks the player, the clip will not play,
// or it is gone, in English, French, German, Spanish, Portuguese,
// Italian and Dutch. A story that reports a video could not be played
// says so in a sentence with a subject of its own ("The video, which
// could not be played in court, …"), never in the player's words alone.
var playerErrors = map[string]bool{
	"this video can not be played": true, "this video cannot be played": true,
	"this video could not be played": true, "this video is unavailable": true,
	"this video is not available": true, "this video is no longer available": true,
	"video unavailable": true, "video not available": true, "video is unavailable": true,
	"your browser does not support the video tag": true, "your browser does not support the audio element": true,
	"your browser does not support the video element": true, "your browser does not support html5 video": true,
	"your browser does not support the audio tag": true, "your browser does not support html5 audio": true,
	"an error occurred while loading the video": true, "media playback is unsupported on your device": true,
	"cette vidéo ne peut pas être lue": true, "cette vidéo n'est pas disponible": true, "vidéo indisponible": true,
	"votre navigateur ne prend pas en charge la vidéo": true, "votre navigateur ne supporte pas la vidéo": true,
	"dieses video kann nicht abgespielt werden": true, "dieses video ist nicht verfügbar": true,
	"video nicht verfügbar": true, "ihr browser unterstützt kein html5 video": true,
	"ihr browser unterstützt das video-tag nicht": true,
	"este vídeo no se puede reproducir":           true, "este video no se puede reproducir": true,
	"este vídeo no está disponible": true, "este video no está disponible": true, "vídeo no disponible": true,
	"video no disponible": true, "tu navegador no admite el elemento de vídeo": true,
	"este vídeo não pode ser reproduzido": true, "este vídeo não está disponível": true, "vídeo indisponível": true,
	"o seu navegador não suporta vídeo html5": true,
	"questo video non può essere riprodotto":  true, "questo video non è disponibile": true, "video non disponibile": true,
	"deze video kan niet worden afgespeeld": true, "deze video is niet beschikbaar": true, "video niet beschikbaar": true,
}

// embedConsentPrompts are the lines an embedded video or audio player
// prints in place of the clip while the reader has not accepted the
// cookies of its host, lower case, alone on their line or after the
// player's error (playerError): "Accept cookies to watch this video",
// in English, Dutch, German, French, Spanish, Portuguese and Italian. A
// story reporting that a site asks for consent names the site and says
// so in a sentence of its own.
var embedConsentPrompts = map[string]bool{
	"video kan niet worden afgespeeld":   true,
	"accept cookies to watch this video": true, "accept cookies to view this video": true,
	"accept cookies to play this video": true, "please accept cookies to watch this video": true,
	"please accept cookies to view this video": true, "accept cookies to view this content": true,
	"accepteer cookies om deze video te bekijken": true, "accepteer cookies om deze video af te spelen": true,
	"accepteer de cookies om deze video te bekijken": true, "accepteer cookies om deze content te bekijken": true,
	"akzeptieren sie cookies um dieses video anzusehen": true, "cookies akzeptieren um das video anzusehen": true,
	"acceptez les cookies pour voir cette vidéo": true, "acceptez les cookies pour regarder cette vidéo": true,
	"acepta las cookies para ver este vídeo": true, "acepta las cookies para ver este video": true,
	"aceite os cookies para ver este vídeo": true, "accetta i cookie per vedere questo video": true,
}

// embedConsentFirst holds the first words of embedConsentPrompts.
var embedConsentFirst = firstWords(embedConsentPrompts)

// playerErrorMaxWords bounds a player's error line: "Your browser does
// not support the video element" has eight words, the Spanish and
// Portuguese forms nine.
const playerErrorMaxWords = 10

// playerErrorFirst holds the first words of playerErrors.
var playerErrorFirst = firstWords(playerErrors)
