package quote

import (
	"github.com/reprint/reprint/analysis"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/sentence"
	"github.com/reprint/reprint/stopword"
)

// verbs are the attribution verbs, in the forms news uses with a speaker
// next to them ("X said", "said X", "X has warned"). "according to" is
// handled on its own. Participles ("saying", "explaining") are left out on
// purpose: they follow a comma with no subject of their own ("…, writing:")
// and would only match the noun before the comma.
var verbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true,
	"wrote": true, "writes": true, "added": true, "adds": true,
	"stated": true, "states": true, "claimed": true, "claims": true,
	"warned": true, "warns": true, "insisted": true, "insists": true,
	"argued": true, "argues": true, "explained": true, "explains": true,
	"noted": true, "notes": true, "asked": true, "asks": true,
	"maintained": true, "maintains": true, "confirmed": true, "confirms": true,
	"announced": true, "announces": true, "replied": true, "replies": true,
	"responded": true, "declared": true, "declares": true, "stressed": true,
	"stresses": true, "urged": true, "urges": true, "admitted": true,
	"acknowledged": true, "tweeted": true, "posted": true, "remarked": true,
	"commented": true, "observed": true, "recalled": true, "concluded": true,
	"cautioned": true, "emphasised": true, "emphasized": true, "insist": true,
	"warn": true, "suggested": true, "suggests": true,
}

// foreignVerbs are the attribution verbs of German, French, Spanish,
// Portuguese, Italian, Dutch, Nordic, Russian, Finnish, Polish, Greek,
// Romanian, Czech, Slovak, Hungarian, Turkish, Indonesian, Ukrainian, Bulgarian, Slovenian, Latvian, Macedonian, Estonian, Georgian, Armenian, Kazakh, Kyrgyz, Bosnian,
// Croatian and Serbian, Icelandic, Faroese ("– …, sigur X"), Swahili, Welsh, Vietnamese ("nói", and "biết" of "cho biết")
// Bambara ("« … », meri Ami Sangare y'a fɔ ten", the mayor said it so), Mooré ("« … », raag-naab a Sawadogo Rasmane
// n yeel woto", the market chief said so), Sango ("« … », Bernard Zoumalé atene", "… afa", said, told),
// Haitian Creole ("« … », li deklare"; not "di", said, which is Italian and Indonesian "of" and "at"), Shona ("“…,”
// vakadaro VaMudzingwa"), Cebuano and Tagalog ("“…,” dugang ni Bacalso", "sabi ni Reyes": the person
// marker "ni" or "si" before the name) and Javanese ("“…,” dhawuhe Bupati Retno", "“…,” ngendikane": the
// verb with its possessive ending, honorific or plain) news, in the forms that
// stand next to a speaker:
// the present and simple past of the incise after a quotation („…“,
// sagte Kallenbach; « … », résume Karim Bensaïd; "…", dijo; «…», disse)
// and the participle after an auxiliary (« … », a réagi Gérard Laporte;
// «…», ha raccontato Giuliana Marras). German "so" („…“, so Oltmanns) is
// no verb here: after a comma in English it opens a clause, so soName
// reads it only before a name that ends the clause. Words that are
// also English ("dice", "lance") are matched in lower case only, where
// English would not put them after a quotation's comma.
const foreignVerbs = `
sagte sagt sagten sagen erklärte erklärt betonte betont meinte meint warnte warnt kritisierte
kritisiert ergänzte ergänzt bestätigte bestätigt forderte fordert mahnte mahnt schrieb schreibt
räumte berichtete berichtet spricht sprach erzählt erzählte erläutert erläuterte versichert
versicherte kommentiert kommentierte
dit déclare déclaré affirme affirmé explique expliqué ajoute ajouté souligne souligné estime
estimé indique indiqué assure assuré confie confié réagit réagi résume résumé précise précisé
lance lancé raconte raconté regrette regretté dénonce dénoncé martèle martelé insiste insisté
prévient prévenu poursuit poursuivi commente commenté reconnaît reconnu annonce annoncé
témoigne témoigné rappelle rappelé confirme confirmé déplore déploré avertit averti répond
répondu tranche tranché glisse glissé juge jugé conclut conclu sourit souffle soufflé détaille
détaillé lâche lâché ironise ironisé observe observé relève relevé soutient soutenu admet
plaide plaidé promet nuance nuancé tempère tempéré analyse analysé
dijo dice afirmó afirma explicó explica señaló señala aseguró asegura declaró declara añadió
añade indicó indica comentó comenta subrayó subraya advirtió advierte apuntó apunta destacó
destaca manifestó lamentó lamenta insistió agregó sostuvo reconoció relató recordó denunció
denuncia criticó dicho afirmado explicado señalado asegurado declarado
contó relata expresó precisó detalló admitió remarcó aclaró consideró enfatizó reconoce
sostiene defiende defendió recuerda insiste detalla aclara considera admite expresa critica
opina opinó valora valoró
disse diz afirmou explicou declarou acrescentou acrescenta sublinhou sublinha garantiu garante
referiu refere adiantou contou conta lamentou salientou considerou defendeu alertou criticou
denunciou frisou admitiu reconheceu reconhece sustentou lembrou lembra recordou insistiu
detalhou esclareceu adianta
detto dichiarato dichiara spiega spiegato affermato aggiunge aggiunto sottolinea sottolineato
racconta raccontato commentato osserva osservato conclude concluso assicurato avverte
avvertito denunciato precisa precisato ribadisce ribadito conferma confermato accusa accusato
attacca replica replicato annuncia annunciato ammette ammesso riferisce riferito ricorda
ricordato afferma evidenzia evidenziato rileva rilevato chiarisce chiarito
zegt zei vertelt vertelde stelt stelde aldus benadrukt benadrukte reageert reageerde verklaart
verklaarde waarschuwt waarschuwde gezegd verklaard erkent erkende antwoordt antwoordde
concludeert concludeerde
säger sade berättar berättade förklarar förklarade menar menade konstaterar konstaterade
tillägger tillade betonar betonade fortsätter fortsatte understryker underströk svarar svarade
sier forteller fortalte forklarer forklarte mener mente understreker understreket svarer
seier fortel fortalde meiner meinte understrekar understreka svarar svara
siger sagde fortæller forklarede understreger tilføjer tilføjede svarede
сказал сказала сказали говорит заявил заявила отметил отметила добавил добавила
sanoo sanoi kertoo kertoi toteaa totesi jatkaa jatkoi korostaa korosti muistuttaa muistutti
huomauttaa huomautti painottaa painotti vastaa vastasi selittää selitti kuvailee kuvaili
arvioi arvioivat arvelee arveli lisää lisäsi kommentoi tiivistää tiivisti myöntää myönsi
vakuuttaa vakuutti toivoo toivoi sanovat sanoivat kertovat kertoivat
powiedział powiedziała mówi mówił mówiła dodał dodała dodaje podkreślił podkreśliła podkreśla
zaznaczył zaznaczyła zaznacza wyjaśnił wyjaśniła wyjaśnia stwierdził stwierdziła stwierdza
przyznał przyznała przyznaje poinformował poinformowała relacjonuje relacjonował relacjonowała
opowiada opowiadał opowiadała ocenił oceniła ocenia tłumaczy tłumaczył tłumaczyła zapewnił
zapewniła zapewnia przekonuje przekonywał przekonywała
είπε λέει δήλωσε δηλώνει ανέφερε αναφέρει τόνισε τονίζει σημείωσε σημειώνει πρόσθεσε προσθέτει
εξήγησε εξηγεί υπογράμμισε υπογραμμίζει περιέγραψε διηγείται
spune declară explică precizează subliniază afirmă adaugă povestește transmite
declarat spus afirmat precizat explicat adăugat subliniat menționat transmis arătat povestit
řekl řekla řekli uvedl uvedla uvedli dodal dodala dodali sdělil sdělila vysvětlil vysvětlila
zdůraznil zdůraznila upozornil upozornila potvrdil potvrdila uvádí říká dodává
popsal popsala popsali doplnil doplnila poznamenal poznamenala prohlásil prohlásila konstatoval konstatovala
uzavřel uzavřela připomněl připomněla míní podotkl podotkla
mondta közölte hangsúlyozta nyilatkozta fogalmazott magyarázta jelentette tette fűzte
dedi söyledi kaydetti belirtti açıkladı konuştu vurguladı
kata katanya ujar ujarnya ungkap ungkapnya tutur tuturnya jelasnya tambahnya imbuhnya tegas
tegasnya jelas terang tambah papar ucap
povedal povedala uviedol uviedla dodal dodala doplnil doplnila vysvetlil vysvetlila zdôraznil
zdôraznila pripustil pripustila konštatoval konštatovala
сказав сказала заявив заявила зазначив зазначила додав додала пояснив пояснила розповів
розповіла наголосив наголосила повідомив підкреслив підкреслила
каже кажуть говорить розповідає зазначає пояснює додає наголошує підкреслює повідомила
поскаржився поскаржилася визнав визнала запевнив запевнила нагадав нагадала
каза заяви посочи добави подчерта обясни коментира отбеляза сподели
dejal dejala pojasnil pojasnila poudaril poudarila ocenil ocenila opozoril opozorila
potrdil potrdila izjavil izjavila zatrdil zatrdila pravi dodaja
sacīja pastāstīja norādīja skaidroja uzsvēra teica piebilda atzina
изјави изјавила рече истакна истакнал појасни нагласи додаде вели
განაცხადა აღნიშნა თქვა განმარტა დასძინა
ասաց նշեց հայտնեց ընդգծեց հավելեց պարզաբանեց հայտարարեց շեշտեց ասել նշել հայտնել ընդգծել հավելել պարզաբանել հայտարարել շեշտել
деді дейді айтты мәлімдеді түсіндірді қосты хабарлады атап
деди билдирди белгиледи кошумчалады
rekao rekla rekli kazao kazala kazali istakao istakla naveo navela poručio poručila dodao dodala
pojasnio pojasnila izjavio izjavila objasnio objasnila naglasio naglasila ocenio ocenila upozorio
upozorila precizirao precizirala kaže
segir sagði bætir bætti útskýrir útskýrði
sigur segði greiðir greiddi staðfestir staðfesti
deklare eksplike ajoute rakonte souliye
vakadaro akadaro vakawedzera akawedzera vakatsanangura akatsanangura
alisema anasema amesema alieleza ameeleza aliongeza ameongeza alibainisha amebainisha alisisitiza
amesisitiza alisimulia alionya
meddai dywedodd ychwanegodd esboniodd pwysleisiodd
nói biết khẳng định
cewa
kusho esho uthe usho ethi washo kwasho
utshilo watsho utsho itsho batsho batshilo wongeza wongezile ucacise ucacisile
yagambye agambye yagamba agamba yategeezezza ategeezezza yayongeddeko ayongeddeko yannyonnyodde
загъта зæгъы радзырдта бафиппайдта
talem talemaot tok tokim sei ati yavuze yongeyeho yasobanuye
yashimangiye yongeyeko yasiguye yemeje yabwiye
nowacho owacho nomedo nolero nowuoyo onyiso
oigire nĩoigire oigĩte oongereire nĩoongereire ongereire aarĩtie ataarĩirie
naradu nadu nau annantu annatu agiuntu ispiegadu spiegau decraradu decrarau contadu contau sutalineadu sutalineau cunfirmadu cunfirmau declaradu
qal qalet żied żiedet spjega spjegat stqarr stqarret sostna sostniet
sọ wí kún ṣàlàyé kéde béèrè
kwuru gbakwụnyere kọwara sịrị kwukwara kwusiri
seet sot erkläert erklärt betount ënnersträicht bestätegt ergänzt mengt freet
dúirt deir arsa mhínigh dhearbhaigh d'fhógair d’fhógair mhaígh
matod matud dugang miingon giingon ingon pahayag sumala sabi ani dagdag wika saad paliwanag giit
ngendika ngendikane pangandikane dhawuhe ujare kandhane ature tuture celathune
gblɔ gblɔe
dadjá dajai celkkii muitala muitalii lasiha lasihii deattuha deattuhii čilge čilgii
dooyrt dinsh
wiyri wiyi wiyde
fɔ
yeel yeelame
atene afa
zag zeet vertèlde vertèlt
d-yenna d-tenna d-yerna d-terna d-yenna-d
dehan hateten hatutan esplika
ceuk pokna saurna cenah nambahkeun ngajelaskeun
boletse rialo itse hlalositse phetile eketsa ekelitse
boletše realo tlaleleditše hlalositše okeditše
vula engetela hlamusela
bisa konfirmá splika konta agregá deklará enfatisá kontestá primintí menshoná
siling pasalig
гварел гварела гварели гутори гвари наглашел наглашела gvarel gvarela gvareli gutori gvari naglašel naglašela
kinuna kinunana innayon innayonna inlawlawag inlawlawagna imbaga imbagana`

// concords stand before a Sotho or Tsonga verb of speech after a
// quotation: Sepedi's "go", "gwa" (it), "a" (he, she: "a realo", so she
// said) and "o" (she has: "o tlaleleditše", she added); Xitsonga's "ku"
// ("ku vula X", said X). Only before concordVerbs, since "a", "o" and
// "ku" are words of many languages.
var concords = map[string]bool{"go": true, "gwa": true, "a": true, "o": true, "ku": true}

// concordVerbs are the Sotho and Tsonga verbs of speech a concord stands
// before.
var concordVerbs = map[string]bool{"boletše": true, "boletse": true, "realo": true, "rialo": true,
	"tlaleleditše": true, "hlalositše": true, "hlalositse": true, "okeditše": true,
	"vula": true, "engetela": true, "hlamusela": true}

// elidedArticle returns the length of an elided article opening w before
// a capitalised name ("d'Danielle", "l'Élysée", "d’Kantonsnoriichten"):
// one or two lower-case letters and an apostrophe; 0 for none ("O'Brien",
// "D’Angelo" and "aujourd'hui" keep theirs).
func elidedArticle(w string) int { return elision(w, unicode.IsUpper) }

// elision returns the length of an elided article opening w, one or two
// lower-case letters and an apostrophe, when the rune after it is one
// that before reports; 0 for none.
func elision(w string, before func(rune) bool) int {
	for k, r := range w {
		if k > 2 {
			return 0
		}
		if r == '\'' || r == '\u2019' {
			if k == 0 {
				return 0
			}
			e := k + utf8.RuneLen(r)
			next, _ := utf8.DecodeRuneInString(w[e:])
			if e < len(w) && before(next) {
				return e
			}
			return 0
		}
		if !unicode.IsLower(r) {
			return 0
		}
	}
	return 0
}

// auxiliaries may stand between a speaker and the verb: "Putin had said",
// "Zelensky also wrote"; and between a quotation and the participle of
// the languages that form their past so (French "a", "ont"; Italian and
// Spanish "ha", "hanno", "han"; German "hat", "haben").
var auxiliaries = map[string]bool{
	"has": true, "have": true, "had": true, "also": true, "later": true, "again": true,
	"then": true, "previously": true, "once": true, "reportedly": true, "earlier": true,
	"further": true, "repeatedly": true, "recently": true, "would": true, "will": true,
	"publicly": true, "separately": true,
	"a": true, "ont": true, "avait": true, "ha": true, "hanno": true, "han": true, "aveva": true,
	// Ladin's "has" ("«…», à dit l'assessur …"), French's preposition
	// too: an auxiliary only before a verb of speech.
	"à":     true,
	"había": true, "hat": true, "haben": true, "hatte": true, "heeft": true,
	// Slovenian forms its past with "je": "…,“ je pojasnil geolog X.
	"je": true,
	// Hausa's subject pronoun and the verb phrase of "that" before a
	// quotation: "Kwarbai ya kara da cewa, “…”" (Kwarbai added that),
	// "ta bayyana cewa" (she explained that).
	"ya": true, "ta": true, "sun": true, "kara": true, "ƙara": true, "da": true, "bayyana": true, "jaddada": true,
	// Yoruba's "X fi kún un pé, “…”" (X added that): "fi" before the verb.
	"fi": true,
	// Armenian forms its perfect with "է" after the participle: "»,-
	// ասել է համայնքի ղեկավար Գագիկ Մանուկյանը" (afterImmediate skips
	// it after the verb).
	"է": true,
	// Luganda's "as": "…,” Ssemakula bwe yagambye" (as Ssemakula said).
	"bwe": true,
	// The predicate marker of Bislama and Tok Pisin before the verb:
	// "“…,” Kapten Tasale i talem" (Captain Tasale said).
	"i": true,
	// Kinyarwanda's "did" before "ati" (said): "X yagize ati “…”".
	"yagize": true,
	// Bambara's past and present markers with the object "a" (it)
	// joined, before "fɔ" (say): "X y'a fɔ ten" (X said it so), "X b'a
	// fɔ" (X says it).
	"y'a": true, "y’a": true, "b'a": true, "b’a": true,
}

func init() {
	for _, w := range strings.Fields(foreignVerbs + " " + estonianSpeech) {
		verbs[w] = true
		foreign[w] = true
	}
	// lex reads a Serbian (or Macedonian) or Kazakh text's Cyrillic
	// words in the language's Latin alphabet: each list's Cyrillic words
	// are read so too.
	for _, m := range []map[string]bool{verbs, foreign, auxiliaries, connectors, clitics,
		roleArticles, notRole, functionWords, clauseWords, deyeVerbs} {
		var add []string
		for w := range m {
			for _, alph := range analysis.Alphabets {
				if lat := analysis.Transliterate(w, alph); lat != w {
					add = append(add, lat)
				}
			}
		}
		for _, w := range add {
			if _, ok := m[w]; !ok {
				m[w] = true
			}
		}
	}
}

// foreign holds the verbs of foreignVerbs, whose languages may drop the
// subject (see afterImmediate).
var foreign = map[string]bool{}

// SpeechVerb reports whether w, in lower case, is one of the attribution
// verbs a speaker stands next to ("said", "told", "warned").
func SpeechVerb(w string) bool { return verbs[w] }

// Auxiliary reports whether w, in lower case, may stand between a speaker
// and the attribution verb ("has", "also": "Putin had said").
func Auxiliary(w string) bool { return auxiliaries[w] }

// Pronoun reports whether w, in any case, is a personal pronoun that can
// stand for a speaker ("he", "She").
func Pronoun(w string) bool { return pronouns[strings.ToLower(w)] }

var pronouns = map[string]bool{
	"he": true, "she": true, "they": true, "we": true, "i": true, "it": true, "you": true,
	// The subject pronouns of the languages of foreignVerbs ("Er sagte",
	// "il a ajouté", "ella dijo"), but for German "sie" and "es" and
	// Italian "lei", which are also other words.
	"er": true, "wir": true, "ich": true, "il": true, "elle": true, "ils": true, "elles": true,
	"él": true, "ella": true, "ellos": true, "ele": true, "ela": true, "eles": true, "lui": true,
	"hij": true, "zij": true, "wij": true,
	// Swedish, Norwegian and Danish ("säger hon", "sier han"), Russian
	// and Ukrainian ("— поскаржилася вона").
	"han": true, "hon": true, "hun": true, "vi": true, "он": true, "она": true, "они": true,
	"він": true, "вона": true, "вони": true,
	// Finnish, Polish and Greek ("hän jatkaa", "dodała ona", "είπε
	// εκείνος"); not Romanian "el", which is Spanish's article.
	"hän": true, "ona": true, "oni": true, "εκείνος": true, "εκείνη": true,
	// Hungarian and Indonesian.
	"ő": true, "ia": true, "dia": true, // not Czech "on", which is English too
	// Yoruba's "ó" (he, she: "“…,” ó sọ"), and Malagasy "izy" (he,
	// she, they: "« … », hoy izy").
	"ó": true, "izy": true,
	// Haitian Creole "li" (he, she: "« … », li deklare"), and Cebuano's
	// and Tagalog's agent pronouns ("“…,” matod niya", "sabi nila").
	"li": true, "niya": true, "nila": true,
	// Bislama's and Tok Pisin's "hem"/"em" (he, she: "“…,” hem i
	// talem"), and Tetum's "nia" (he, she: "“…,” nia dehan").
	"hem": true, "em": true, "nia": true,
	// Manx "eh" and "ee" (he, she: "“…,” dooyrt ee").
	"eh": true, "ee": true,
}

// estonianVerbs are Estonian's verbs of speech ("„…,“ ütles X"), and
// estonianPronouns the pronouns that stand after them ("„…,“ kirjeldas
// ta", he or she described): not pronouns everywhere, Maltese "ta’"
// being "of".
var (
	estonianVerbs    = map[string]bool{}
	estonianPronouns = map[string]bool{"ta": true, "tema": true}
)

func init() {
	for _, w := range strings.Fields(estonianSpeech) {
		estonianVerbs[w] = true
	}
}

// estonianSpeech are the Estonian verbs of foreignVerbs.
const estonianSpeech = `ütles ütleb märkis märgib selgitas selgitab lisas lisab rõhutas rõhutab kinnitas nentis sõnas
kirjeldas kirjeldab tõdes hoiatas kommenteeris`

// slavicPronouns are the South Slavic subject pronouns after a
// participle and its auxiliary ("rekao je on", "navela je ona"), in
// Latin letters (lex reads Serbian Cyrillic so).
var slavicPronouns = map[string]bool{"on": true, "ona": true, "ono": true, "oni": true, "one": true}

// openers are capitalised words that start sentences or adverbial phrases
// and are stripped from the front of a speaker: "But Zelensky said".
var openers = map[string]bool{
	"But": true, "And": true, "Or": true, "So": true, "Then": true, "However": true,
	"Meanwhile": true, "Now": true, "Also": true, "Earlier": true, "Later": true,
	"In": true, "On": true, "At": true, "After": true, "Before": true, "When": true,
	"While": true, "Speaking": true, "Talking": true, "Asked": true, "Yesterday": true,
	"Today": true, "Last": true, "This": true, "That": true, "Following": true,
	"Separately": true, "Instead": true, "Still": true, "Yet": true, "Since": true,
	"As": true, "Here": true, "There": true, "Writing": true, "Both": true,
	// Spanish, Portuguese, Italian and French "according to" and "as":
	// "Según detalló, «…»" (as she detailed), "Segundo explicou".
	"Según": true, "Como": true, "Así": true, "Segundo": true, "Conforme": true, "Secondo": true,
	"Selon": true, "Comme": true,
	// "according to" in Slovak, Czech, Polish, Croatian and Serbian,
	// German, Dutch, Danish and Norwegian, Swedish, Romanian, Albanian and
	// Lithuanian, which name the speaker after it: "Podľa Jozefa Vaľka".
	"Podľa": true, "Podle": true, "Według": true, "Prema": true, "Laut": true, "Volgens": true,
	"Ifølge": true, "Enligt": true, "Potrivit": true, "Sipas": true, "Pasak": true,
}

// timeWords end a speaker when read backwards: "On Friday Putin said".
var timeWords = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "January": true, "February": true, "March": true,
	"April": true, "May": true, "June": true, "July": true, "August": true,
	"September": true, "October": true, "November": true, "December": true,
}

// connectors may join the capitalised words of one name: "Secretary of
// State", "Charles de Gaulle".
var connectors = map[string]bool{
	"of": true, "de": true, "del": true, "da": true, "van": true, "von": true, "der": true,
	"al": true, "bin": true, "la": true, "le": true, "du": true, "for": true, "and": true,
	// Faroese names a person by the farm or place the family is of:
	// "Bárður í Stórustovu", "Jóannes á Ryggi".
	"í": true, "á": true,
}

type tokKind uint8

const (
	tokWord  tokKind = iota + 1
	tokComma         // , ; – —
	tokColon         // :
	tokQuote         // another quotation, opaque
	tokOther         // other punctuation
)

type tok struct {
	kind     tokKind
	sp       reprint.Span
	w        string // the word as written
	r        rune   // the punctuation character, for non-words
	cap, low bool   // starts upper case; starts lower case
}

// window bounds: how far attribution looks from a quotation.
const window = 400

// attribute finds speakers for the top-level quotations of qs, which are
// sorted by start. Each looks in its own sentence: first right after the
// quotation (`," X said`, `," said X`), then before it (`X said: "`, `X
// said … "`), then later in the sentence (`…, the Kremlin confirmed`).
// Other quotations in the window are opaque. Be careful when making
// changes: the seed tests pin the attributions that matter.
func attribute(text string, qs []Quote, outlets [][]string) {
	// A Serbian or Kazakh text's Cyrillic words are read in the
	// language's Latin alphabet, as the word lists hold both (lex).
	m := analysis.TranslitOf(text)
	var top []reprint.Span // outer spans of the top-level quotations
	for _, q := range qs {
		if q.Depth == 0 {
			top = append(top, q.Outer)
		}
	}
	var toks []tok
	prev := -1 // index in qs of the previous top-level quotation
	for i := range qs {
		q := &qs[i]
		if q.Depth > 0 {
			continue
		}
		if q.Verb != "" {
			prev = i // attributed where it was found (a dash quotation's "sa")
			continue
		}
		if q.Continued && prev >= 0 {
			inherit(q, qs[prev])
			prev = i
			continue
		}
		p := prev
		prev = i

		after := afterEnd(text, q.Outer.End)
		if endsSentence(text, q.Outer, after) && !bareAttribution(text[q.Outer.End:after]) {
			after = q.Outer.End
		}
		toks = lex(text, q.Outer.End, after, top, toks[:0], m)
		imm := afterImmediate(text, toks, outlets, closedQuote(text, q.Span, q.Outer))
		if imm.ok && imm.pronoun && strings.HasSuffix(strings.TrimRightFunc(text[:q.Outer.Start], unicode.IsSpace), ":") {
			// "Jules Lhonneux, li prezidint, n’ a nén catchî s’ colere :
			// « … », a-t i dit.": the sentence that introduces the
			// quotation with its colon names whom the pronoun after it
			// stands for.
			toks = lex(text, beforeStart(text, q.Outer.Start, top), q.Outer.Start, top, toks[:0], m)
			if b := colonNamed(text, toks); b.ok {
				setFrom(text, q, b)
				continue
			}
			toks = lex(text, q.Outer.End, after, top, toks[:0], m)
		}
		if setFrom(text, q, imm) {
			continue
		}
		// A quotation with no attribution of its own, separated from the
		// previous one only by that one's attribution, continues it.
		if p >= 0 && !strings.ContainsRune(text[qs[p].Outer.End:q.Outer.Start], '\n') {
			toks = lex(text, qs[p].Outer.End, q.Outer.Start, nil, toks[:0], m)
			if attributionOnly(toks) || caselessContinues(text, qs[p], *q) {
				q.Continued = true
				inherit(q, qs[p])
				continue
			}
		}
		toks = lex(text, beforeStart(text, q.Outer.Start, top), q.Outer.Start, top, toks[:0], m)
		if setFrom(text, q, before(toks)) {
			continue
		}
		if setFrom(text, q, surnameColon(text, toks)) {
			continue
		}
		toks = lex(text, q.Outer.End, after, top, toks[:0], m)
		if setFrom(text, q, afterLater(toks, closedQuote(text, q.Span, q.Outer))) {
			continue
		}
		if caselessSentence(text, q.Outer) {
			caselessAttribute(text, q)
		}
	}
}

// colonNamed is the named speaker before a quotation its colon
// introduces (before, else surnameColon), or none when that is a pronoun.
func colonNamed(text string, toks []tok) attribution {
	b := before(toks)
	if !b.ok {
		b = surnameColon(text, toks)
	}
	if !b.ok || b.pronoun || b.anonymous {
		return attribution{}
	}
	return b
}

// caselessContinues reports whether q, in a script without capitals,
// continues prev: what lies between them is one short sentence that
// holds prev's attribution, as attributionOnly reads it where capitals
// mark the name (`"…", סיפרה. "…"`; `"…", סיפרה האקולוגית של הרשות, ד"ר
// נועה רביבו. "…"`).
func caselessContinues(text string, prev, q Quote) bool {
	if prev.Verb == "" || prev.SpeakerSpan.Start < prev.Outer.End || prev.SpeakerSpan.End > q.Outer.Start ||
		!caselessSentence(text, q.Outer) {
		return false
	}
	gap := strings.TrimSpace(text[prev.Outer.End:q.Outer.Start])
	last, _ := utf8.DecodeLastRuneInString(gap)
	if !caselessSentenceEnd(last) || len(strings.Fields(gap)) > continuedMaxWords {
		return false
	}
	// One sentence: no end before the last.
	inner := gap[:len(gap)-utf8.RuneLen(last)]
	return strings.IndexFunc(inner, func(r rune) bool { return caselessSentenceEnd(r) && r != '.' }) < 0 &&
		!strings.Contains(inner, ". ")
}

// continuedMaxWords bounds the attribution sentence between two
// quotations of one speaker: a verb, a role and a name of a few words
// (the Hebrew example above is 7); a longer sentence says something of
// its own.
const continuedMaxWords = 10

func inherit(q *Quote, from Quote) {
	q.Speaker, q.SpeakerSpan, q.Pronoun, q.Verb = from.Speaker, from.SpeakerSpan, from.Pronoun, from.Verb
}

// attribution is a found speaker: the token range of the speaker and the
// verb token.
type attribution struct {
	ok        bool
	first     tok
	last      tok
	verb      reprint.Span
	verbWords string
	pronoun   bool
	anonymous bool // an unnamed source (Quote.Anonymous)
}

func setFrom(text string, q *Quote, a attribution) bool {
	if !a.ok {
		return false
	}
	q.SpeakerSpan = reprint.Span{Start: a.first.sp.Start, End: a.last.sp.End}
	q.Verb = a.verbWords
	if v := text[a.verb.Start:a.verb.End]; v != q.Verb && !strings.ContainsAny(q.Verb, " ") && analysis.HasCyrillic(v) {
		q.Verb = v // the verb as written, which lex read in Latin letters
	}
	if a.anonymous {
		q.Speaker, q.Anonymous = text[q.SpeakerSpan.Start:q.SpeakerSpan.End], true
		return true
	}
	if low := strings.ToLower(text[q.SpeakerSpan.Start:q.SpeakerSpan.End]); a.pronoun || verbs[low] || auxiliaries[low] {
		// A verb or an auxiliary opening its sentence is no name:
		// Kinyarwanda "Yagize ati “…”" (he said), the subject in the
		// verb, as a pronoun stands for it.
		q.Pronoun = true
		return true
	}
	q.Speaker = text[q.SpeakerSpan.Start:q.SpeakerSpan.End]
	return true
}

// beforeStart returns where the sentence holding the quotation at q
// starts: after the last sentence end, line break or window limit before
// it, skipping over other quotations.
func beforeStart(text string, q int, top []reprint.Span) int {
	limit := max(0, q-window)
	i := q
	// k walks back over the quotations that end before q.
	k := firstStartingFrom(top, q) - 1
	for i > limit {
		for k >= 0 && top[k].End > i {
			k--
		}
		if k >= 0 && top[k].End == i {
			if i < q && endsSentence(text, top[k], q) {
				return i
			}
			i = top[k].Start
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if r == '\n' || r == '\u2029' {
			return i
		}
		if (r == '.' || r == '!' || r == '?') && i < q && !(r == '.' && titleDot(text, i-n)) {
			if next, _ := utf8.DecodeRuneInString(text[i:]); unicode.IsSpace(next) {
				return i
			}
		}
		i -= n
	}
	return for1(text, i)
}

// endsSentence reports whether the quotation at outer ends its sentence:
// its words end in . ! or ? inside the marks and the text after it, up to
// limit, goes on with white space and a capital (`“a disgrace.” Others`),
// not with `," he said` or `?" she asked`.
func endsSentence(text string, outer reprint.Span, limit int) bool {
	inner := text[outer.Start:outer.End]
	for len(inner) > 0 {
		r, n := utf8.DecodeLastRuneInString(inner)
		if !isMark(r) {
			break
		}
		inner = inner[:len(inner)-n]
	}
	if !strings.HasSuffix(inner, ".") && !strings.HasSuffix(inner, "?") && !strings.HasSuffix(inner, "!") && !strings.HasSuffix(inner, "…") {
		return false
	}
	i := outer.End
	sp := false
	for i < limit {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			return sp && (unicode.IsUpper(r) || isMark(r))
		}
		sp = true
		i += n
	}
	return true
}

// bareAttributionWords bounds a bare attribution sentence: a speech
// verb and a name of up to three words ("Sergeant Claire Hebden said.").
const bareAttributionWords = 4

// bareAttribution reports whether sentence, the one after a quotation
// that ends its own, is nothing but an attribution: a name or a pronoun
// and a speech verb, either way round, and its full stop (`“… the judge
// of that.” Lound said.`). Sloppy copy sets the quotation's full stop
// inside the marks and its attribution apart; the bare sentence can
// only be about the quotation before it.
func bareAttribution(sentence string) bool {
	f := strings.Fields(strings.TrimSuffix(strings.TrimSpace(sentence), "."))
	if len(f) < 2 || len(f) > bareAttributionWords {
		return false
	}
	name := f[:len(f)-1]
	if !verbs[f[len(f)-1]] {
		if !verbs[f[0]] {
			return false
		}
		name = f[1:]
	}
	if len(name) == 1 && pronouns[strings.ToLower(name[0])] {
		return true
	}
	for _, w := range name {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// for1 moves i forward to a rune boundary.
func for1(text string, i int) int {
	for i < len(text) && !utf8.RuneStart(text[i]) {
		i++
	}
	return i
}

// afterEnd returns where the sentence holding a quotation that ends at e
// ends: at the first sentence end or line break after it, or the window
// limit.
func afterEnd(text string, e int) int {
	limit := min(len(text), e+window)
	for i := e; i < limit; {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '\n', '\u2029':
			return i
		case '.', '!', '?':
			if r == '.' && (titleDot(text, i) || middleInitial(text, i)) {
				break // "said Dr. Marsh", "said Rosalinda T. Cepeda"
			}
			if i+n == len(text) {
				return i + n
			}
			if next, _ := utf8.DecodeRuneInString(text[i+n:]); unicode.IsSpace(next) {
				return i + n
			}
		}
		i += n
	}
	for limit > e && !utf8.RuneStart(text[min(limit, len(text)-1)]) && limit < len(text) {
		limit--
	}
	return limit
}

// firstStartingFrom returns the index of the first span in top that starts
// at or after i.
func firstStartingFrom(top []reprint.Span, i int) int {
	lo, hi := 0, len(top)
	for lo < hi {
		m := (lo + hi) / 2
		if top[m].Start < i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// lex splits text[a:b] into words and punctuation. A word is a run of
// letters, digits, marks, apostrophes and hyphens between letters
// ("Russia’s", "US-proposed"). Quotations in top are one opaque token.
func lex(text string, a, b int, top []reprint.Span, dst []tok, m analysis.Translit) []tok {
	k := firstStartingFrom(top, a)
	for i := a; i < b; {
		for k < len(top) && top[k].Start < i {
			k++
		}
		if k < len(top) && top[k].Start == i && top[k].End <= b {
			dst = append(dst, tok{kind: tokQuote, sp: top[k]})
			i = top[k].End
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:b])
		switch {
		case isWord(r):
			j := i + n
			for j < b {
				r2, n2 := utf8.DecodeRuneInString(text[j:b])
				if isWord(r2) {
					j += n2
					continue
				}
				if r2 == '.' && j == i+n && (unicode.IsUpper(r) || unicode.IsTitle(r)) {
					// An initial joined to the surname, as Uzbek, Russian
					// and other post-Soviet papers print it: "F.Nurmatov",
					// "А.Иванов". One name, as "F. Nurmatov" is.
					if r3, _ := utf8.DecodeRuneInString(text[j+n2 : b]); j+n2 < b && unicode.IsUpper(r3) {
						j += n2
						continue
					}
				}
				if r2 == '\'' || r2 == '\u2019' || r2 == '\u2018' || r2 == '-' {
					// Inside a word: "O'Brien", "D’Angelo", Uzbek's
					// "Yo‘ldoshev" (its o‘ typed with ‘).
					if r3, _ := utf8.DecodeRuneInString(text[j+n2 : b]); j+n2 < b && isWord(r3) {
						j += n2
						continue
					}
				}
				break
			}
			if e := elidedArticle(text[i:j]); e > 0 {
				// An elided article joined to a name: Luxembourgish
				// "erkläert d'Danielle Hoscheid-Wolff", French "l'Élysée".
				// The article is a word of its own, the name another.
				dst = append(dst, tok{kind: tokWord, sp: reprint.Span{Start: i, End: i + e}, w: text[i : i+e], low: true})
				i += e
				continue
			}
			w := analysis.Transliterate(text[i:j], m)
			cap, low := unicode.IsUpper(r) || unicode.IsTitle(r), unicode.IsLower(r)
			if low && bantuName(w) {
				cap, low = true, false
			}
			dst = append(dst, tok{kind: tokWord, sp: reprint.Span{Start: i, End: j}, w: w, cap: cap, low: low})
			i = j
			continue
		case unicode.IsSpace(r):
		case r == ',' || r == ';' || r == '\u2013' || r == '\u2014' || r == '-':
			// A hyphen-minus here stands outside a word (a word takes
			// its own): a dash typed so, Armenian's "»,- ասաց".
			dst = append(dst, tok{kind: tokComma, sp: reprint.Span{Start: i, End: i + n}})
		case r == ':':
			dst = append(dst, tok{kind: tokColon, sp: reprint.Span{Start: i, End: i + n}})
		default:
			dst = append(dst, tok{kind: tokOther, sp: reprint.Span{Start: i, End: i + n}, r: r})
		}
		i += n
	}
	return dst
}

func isVerb(t tok) bool { return t.kind == tokWord && t.low && verbs[t.w] }

func isAux(t tok) bool { return t.kind == tokWord && auxiliaries[t.w] }

func isAccording(toks []tok, i int) bool {
	return i+1 < len(toks) && toks[i].kind == tokWord && (toks[i].w == "according" || toks[i].w == "According") &&
		toks[i+1].kind == tokWord && toks[i+1].w == "to"
}

// speakerBefore reads a speaker that ends at toks[e], backwards: a pronoun,
// or capitalised words joined by connectors, with a leading "the"; time
// words stop it and sentence openers are stripped from its front.
func speakerBefore(toks []tok, e int) (attribution, bool) {
	if e < 0 || toks[e].kind != tokWord {
		return attribution{}, false
	}
	if pronouns[strings.ToLower(toks[e].w)] {
		return attribution{ok: true, first: toks[e], last: toks[e], pronoun: true}, true
	}
	if !toks[e].cap || timeWords[toks[e].w] || hungarianDative(toks[e].w) {
		// Not a speaker: Hungarian's dative of an outlet told ("…, a
		// település polgármestere az MTI-nek nyilatkozta:") is whom the
		// speaker told.
		return attribution{}, false
	}
	s := e
	for s > 0 {
		p := toks[s-1]
		if s >= 2 && abbreviated(toks, s-2) {
			s -= 2 // "Dr. Marsh said"
			continue
		}
		if p.kind != tokWord || timeWords[p.w] {
			break
		}
		if p.cap {
			s--
			continue
		}
		if connectors[p.w] && s-2 >= 0 && toks[s-2].kind == tokWord && toks[s-2].cap && !timeWords[toks[s-2].w] {
			s -= 2
			continue
		}
		break
	}
	for s < e && openers[toks[s].w] {
		s++
	}
	if openers[toks[s].w] {
		return attribution{}, false
	}
	if s >= 2 && toks[s-1].kind == tokWord && affiliations[toks[s-1].w] && toks[s-2].kind == tokWord && toks[s-2].cap && !timeWords[toks[s-2].w] {
		// "Councillor Diane Hollis from East Rydale Council says": the
		// capitalised words before the verb are where the speaker is
		// from; the speaker is the name before them.
		if a, ok := speakerBefore(toks, s-2); ok && !a.pronoun {
			return a, true
		}
	}
	if s > 0 && toks[s-1].kind == tokWord && toks[s-1].w == "the" {
		s--
	}
	return attribution{ok: true, first: toks[s], last: toks[e]}, true
}

// affiliations join a speaker's name to where the speaker is from, read
// backwards from the verb ("Jo Tanner from Rydale Homes said", "Professor
// Ann Lee at Leeds University says"). "of" is a connector inside a name
// ("Secretary of State") and is left to it.
var affiliations = map[string]bool{"from": true, "at": true}

// speakerAfter reads a speaker that starts at toks[s], forwards.
func speakerAfter(toks []tok, s int) (attribution, int, bool) {
	if s >= len(toks) || toks[s].kind != tokWord {
		return attribution{}, 0, false
	}
	if pronouns[strings.ToLower(toks[s].w)] {
		return attribution{ok: true, first: toks[s], last: toks[s], pronoun: true}, s, true
	}
	if (toks[s].w == "ni" || toks[s].w == "si") && s+1 < len(toks) && toks[s+1].kind == tokWord && toks[s+1].cap {
		s++ // Cebuano's and Tagalog's person marker before a name: "dugang ni Bacalso"
	}
	j := s
	german := false // a German article before the noun of a description
	switch toks[j].w {
	case "the", "The":
		j++
	case "der", "die":
		// "„…“, sagte der Statiker." (said the structural engineer),
		// "sagte die Bürgermeisterin": German capitalises every noun, so
		// the description reads as a name, which must end the clause:
		// "sagte der Zeitung ein Sprecher" puts the one told first.
		j++
		german = true
	}
	if j >= len(toks) || toks[j].kind != tokWord || !toks[j].cap || timeWords[toks[j].w] || openers[toks[j].w] {
		return attribution{}, 0, false
	}
	if german {
		if !clauseEnds(toks, j+1) {
			return attribution{}, 0, false
		}
		return attribution{ok: true, first: toks[s], last: toks[j]}, j, true
	}
	for j+1 < len(toks) {
		n := toks[j+1]
		if abbreviated(toks, j) {
			j += 2 // "Dr. Sabine Ortmann": the title's full stop
			continue
		}
		if n.kind != tokWord || timeWords[n.w] {
			break
		}
		if n.cap {
			j++
			continue
		}
		if connectors[n.w] && n.w != "der" {
			// "de", "von", "van" join a name, and "von der", "van der",
			// "de la" too ("Ursula von der Leyen"); "der" alone after a
			// name is the dative of the one told ("sagte Sabine
			// Kretschmar der Zeitung").
			k := j + 2
			if k < len(toks) && toks[k].kind == tokWord && connectors[toks[k].w] {
				k++
			}
			if k < len(toks) && toks[k].kind == tokWord && toks[k].cap {
				j = k
				continue
			}
		}
		break
	}
	return attribution{ok: true, first: toks[s], last: toks[j]}, j, true
}

// articleBeforeNoun reports whether toks[s], a word that is a pronoun in
// one language, is an article in another before a noun: Italian "il"
// before "sindaco" ("«…», ha detto il sindaco Giovanni Piras") is no
// French "il".
func articleBeforeNoun(toks []tok, s int) bool {
	return s+1 < len(toks) && roleArticles[toks[s].w] && toks[s+1].kind == tokWord && toks[s+1].low &&
		!verbs[toks[s+1].w] && !auxiliaries[toks[s+1].w]
}

// clitics are the object pronouns that stand before a verb in the
// Romance languages ("le contó", "lhe disse", "gli ha detto", "lui a
// dit"), naming the one spoken to: passed over when a verb or an
// auxiliary follows.
var clitics = map[string]bool{
	"le": true, "les": true, "lhe": true, "lhes": true, "gli": true, "lui": true,
	"leur": true, "nos": true, "me": true, "mi": true, "ci": true,
}

// addresseePrepositions introduce the one spoken to after a verb: "le
// contó a X", "a déclaré à X", "disse ao X", "told X" has none.
var addresseePrepositions = map[string]bool{"a": true, "à": true, "al": true, "ao": true, "to": true}

// selfAddressees are the words a reporter uses for the outlet itself
// after addresseePrepositions: "relató a este diario", "a déclaré à notre
// rédaction", "told this newspaper".
var selfAddressees = [][]string{
	{"este", "diario"}, {"este", "medio"}, {"este", "periódico"}, {"esta", "redacción"},
	{"esta", "emisora"}, {"esta", "radio"}, {"este", "portal"}, {"nuestro", "diario"},
	{"notre", "journal"}, {"notre", "rédaction"}, {"notre", "média"}, {"ce", "journal"},
	{"este", "jornal"}, {"nosso", "jornal"}, {"esta", "redação"},
	{"questo", "giornale"}, {"nostro", "giornale"}, {"questa", "testata"},
	{"this", "newspaper"}, {"this", "paper"}, {"this", "reporter"}, {"this", "outlet"},
}

// skipAddressee returns the index after an addressee at toks[s] that is
// one of outlets ("a Sierras al Día", and a comma after it) or the
// outlet itself (selfAddressees: "a este diario"), or s.
func skipAddressee(toks []tok, s int, outlets [][]string) int {
	if s >= len(toks) || toks[s].kind != tokWord || !addresseePrepositions[toks[s].w] {
		return s
	}
	for _, o := range append(outlets[:len(outlets):len(outlets)], selfAddressees...) {
		j := s + 1
		for _, w := range o {
			if j >= len(toks) || toks[j].kind != tokWord || !strings.EqualFold(toks[j].w, w) {
				break
			}
			j++
		}
		if j-s-1 == len(o) {
			if j < len(toks) && toks[j].kind == tokComma {
				j++
			}
			return j
		}
	}
	return s
}

// skipBareAddressee returns the index after an outlet of outlets at
// toks[s] told without a preposition, or s. The Slavic languages put
// the one told in the dative with no preposition, and an agency's
// acronym does not decline: "– powiedział PAP prokurator Marek
// Sadowski" (the prosecutor told PAP), "řekla ČTK mluvčí hasičů Jana
// Nováková", "сказал ТАСС глава района". The outlet is the addressee
// only where lower-case words follow it (a role, a time), the speaker
// after them; an outlet that ends the clause ("…," said Reuters) is
// the speaker.
func skipBareAddressee(toks []tok, s int, outlets [][]string) int {
	for _, o := range outlets {
		j := s
		for _, w := range o {
			if j >= len(toks) || toks[j].kind != tokWord || !strings.EqualFold(toks[j].w, w) {
				break
			}
			j++
		}
		if j-s == len(o) && j < len(toks) && toks[j].kind == tokWord && toks[j].low {
			return j
		}
	}
	return s
}

// outletWords splits outlet names into words as lex would, dropping
// empty ones; nil for none.
func outletWords(outlets []string) [][]string {
	var out [][]string
	for _, o := range outlets {
		var ws []string
		for _, t := range lex(o, 0, len(o), nil, nil, analysis.TranslitOf(o)) {
			if t.kind == tokWord {
				ws = append(ws, t.w)
			}
		}
		if len(ws) > 0 {
			out = append(out, ws)
		}
	}
	// The longest first: "Radio Oberhalle Nachrichten" before "Radio
	// Oberhalle".
	slices.SortStableFunc(out, func(a, b []string) int { return len(b) - len(a) })
	return out
}

// asides are the phrases "for her part" that may stand between an
// attribution verb and its speaker: « … », résume de son côté la maire,
// Catherine Vuillermoz; "…", dijo por su parte el alcalde.
var asides = [][]string{
	{"for", "his", "part"}, {"for", "her", "part"}, {"for", "their", "part"}, {"in", "turn"},
	{"de", "son", "côté"}, {"de", "leur", "côté"}, {"pour", "sa", "part"}, {"à", "son", "tour"},
	{"quant", "à", "lui"}, {"quant", "à", "elle"}, {"por", "su", "parte"}, {"a", "su", "vez"},
	{"por", "sua", "vez"}, {"da", "parte", "sua"}, {"dal", "canto", "suo"}, {"per", "parte", "sua"},
	{"seinerseits"}, {"ihrerseits"}, {"zijnerzijds"}, {"harerzijds"},
	// The particle of a Hungarian verb of saying written apart from it
	// ("– tette hozzá Pintér Gábor", "– fűzte hozzá"): no aside, but it
	// stands where one does.
	{"hozzá"},
}

// skipAside returns the index after an aside (asides) starting at toks[i]
// and the comma after it, or i.
func skipAside(toks []tok, i int) int {
	for _, a := range asides {
		j, ok := i, true
		for _, w := range a {
			if j >= len(toks) || toks[j].kind != tokWord || strings.ToLower(toks[j].w) != w {
				ok = false
				break
			}
			j++
		}
		if ok {
			if j < len(toks) && toks[j].kind == tokComma {
				j++
			}
			return j
		}
	}
	return i
}

// foreignTitles are abbreviated titles of other languages that package
// sentence's list (sentence.IsTitle, English titles and ranks) lacks:
// French "M. Dupont", Spanish "Dra.", "Sra.", Italian "Dott.", "Avv.",
// German "Ing.".
var foreignTitles = map[string]bool{"M": true, "Dra": true, "Sra": true, "Ing": true, "Dott": true, "Avv": true,
	// Swahili "Bw." (Bwana, Mr) and "Bi." (Bibi, Mrs).
	"Bw": true, "Bi": true}

// title reports whether w is a capitalised abbreviated title written with
// a full stop before a name: "Dr", "Prof", "Mr", French "M".
func title(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && (sentence.IsTitle(w) || foreignTitles[w])
}

// titleDot reports whether the full stop at text[i] ends an abbreviated
// title (title): "Dr." ends no sentence.
func titleDot(text string, i int) bool {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) {
			break
		}
		j -= n
	}
	return j < i && title(text[j:i])
}

// middleInitial reports whether the full stop at text[i] ends a middle
// initial of a cased script: one capital letter after a capitalised word and a space, and
// after the stop a space and a capitalised word that opens no sentence
// ("Rosalinda T. Cepeda"; not "Ward B. The council").
func middleInitial(text string, i int) bool {
	r, n := utf8.DecodeLastRuneInString(text[:i])
	if !unicode.IsUpper(r) || i-n < 2 || text[i-n-1] != ' ' {
		return false
	}
	prev := strings.LastIndexByte(text[:i-n-1], ' ') + 1
	if p, _ := utf8.DecodeRuneInString(text[prev:]); !unicode.IsUpper(p) || prev >= i-n-1 {
		return false
	}
	rest := text[i+1:]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	next := strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if len(next) == 0 {
		return false
	}
	w := next[0]
	f, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(f) && !opensSentence(w)
}

// opensSentence reports whether w, capitalised after an initial's full
// stop, is a word that opens the next sentence rather than a surname:
// an opener ("But", "Meanwhile"), a pronoun or an article.
func opensSentence(w string) bool {
	return openers[w] || pronouns[strings.ToLower(w)] || w == "The" || w == "A"
}

// abbreviated reports whether toks[i] is an abbreviated title or a
// middle initial, its full stop follows, and a capitalised word after it:
// the three are one name ("Dr. Sabine Ortmann", "Rosalinda T. Cepeda").
// After an initial, a word that opens sentences ("The", "But") starts the
// next one.
func abbreviated(toks []tok, i int) bool {
	return i+2 < len(toks) && toks[i].kind == tokWord && (title(toks[i].w) || initial(toks, i)) &&
		toks[i+1].kind == tokOther && toks[i+1].r == '.' && toks[i+1].sp.Start == toks[i].sp.End &&
		toks[i+2].kind == tokWord && toks[i+2].cap
}

// initial reports whether toks[i] is a middle initial: one capital
// letter after a capitalised word, before a word that is no sentence's
// opener.
func initial(toks []tok, i int) bool {
	r, n := utf8.DecodeRuneInString(toks[i].w)
	return n == len(toks[i].w) && unicode.IsUpper(r) && i > 0 && toks[i-1].kind == tokWord && toks[i-1].cap &&
		i+2 < len(toks) && !opensSentence(toks[i+2].w)
}

// maxRoleWords bounds the lower-case words of a role before a name after
// the verb: "said head keeper Laura Beddoes", "said agency commander Rui
// Tavares", "said chief executive officer Ana Silva". Roles run to one to
// three words; more is a clause, not a title.
const maxRoleWords = 3

// roleArticles are the articles that may open a role after the verb in
// the languages of foreignVerbs ("dijo el alcalde", "a réagi la maire");
// English "the" is a notRole word: "said the mayor" names no one.
var roleArticles = map[string]bool{
	"el": true, "la": true, "le": true, "l'": true, "il": true, "lo": true, "o": true,
	"der": true, "die": true, "das": true,
	// Hungarian "– közölte a szakember" (said the expert), "az
	// polgármester"; English "said a spokesman".
	"a": true, "az": true,
	// Sardinian's articles ("at naradu su preìderu", said the priest;
	// "sa sìndiga"), also Spanish's possessive ("dijo su portavoz", his
	// spokesman), a description too.
	"su": true, "sa": true,
	// Ilocano's article of common nouns: "“…,” kinuna ti mayor" (said
	// the mayor), where "ni" marks a person's name.
	"ti": true,
}

// sardinianVerbs are the participles of speech in Sardinian, Logudorese
// and Campidanese, after the auxiliary "at"/"ant": "at naradu", "at
// nadu", "at nau" (said), "at annantu" (added), "at ispiegadu"
// (explained), "at decraradu" (declared). They are verbs of speech in
// verbs too; this list lets "at" stand before them as an auxiliary only.
var sardinianVerbs = map[string]bool{
	"naradu": true, "nadu": true, "nau": true, "annantu": true, "annatu": true, "agiuntu": true,
	"ispiegadu": true, "spiegau": true, "decraradu": true, "decrarau": true, "contadu": true, "contau": true,
	"sutalineadu": true, "sutalineau": true, "cunfirmadu": true, "cunfirmau": true, "declaradu": true,
}

// apposedThenVerb reads a speaker named at toks[s] (or a role, then the
// name after its comma), an apposition after the name's comma, and the
// verb of speech that closes the clause within maxGikuyuApposition tokens.
func apposedThenVerb(toks []tok, s int) (attribution, bool) {
	a, e, ok := speakerAfter(toks, s)
	if !ok {
		// A role in lower case before the name's comma ("hooreejo
		// dental ngal, Abdul Aamadu Kan, wiyri": the association's
		// leader, X, said): the name after it.
		j := s
		for j < len(toks) && j < s+apposedRoleToks && toks[j].kind == tokWord && toks[j].low {
			j++
		}
		if j == s || j >= len(toks) || toks[j].kind != tokComma {
			return attribution{}, false
		}
		if a, e, ok = speakerAfter(toks, j+1); !ok || e == j+1 {
			return attribution{}, false // a name of two words at least
		}
	}
	if a.pronoun {
		return attribution{}, false
	}
	if e+1 >= len(toks) || toks[e+1].kind != tokComma {
		return attribution{}, false
	}
	for k := e + 2; k < len(toks) && k <= e+maxGikuyuApposition; k++ {
		if toks[k].kind == tokOther && toks[k].r == '.' {
			break
		}
		if isVerb(toks[k]) {
			c := k - 1 // the comma closing the apposition
			if pastMarked(toks, c) {
				c-- // Papiamentu "…, a bisa": the past's marker before the verb
			}
			if toks[c].kind != tokComma || !clauseEnds(toks, k+1) && !(k+1 < len(toks) && toks[k+1].kind == tokWord) {
				return attribution{}, false
			}
			if p, pe, ok := speakerAfter(toks, e+2); ok && !p.pronoun && pe == c-1 {
				// A title in capitals, its holder between the commas:
				// "Administradór Postu Lequimau, Agostinho da Cruz
				// Soares, dehan." The holder speaks.
				return withVerb(p, toks[k], toks[k].w), true
			}
			return withVerb(a, toks[k], toks[k].w), true
		}
	}
	return attribution{}, false
}

// maxGikuyuApposition bounds the tokens between a Gĩkũyũ speaker's name
// and the verb closing the clause: "mũtongoria wa kĩama kĩa arĩmi kĩa
// Mũthanga-inĩ," (the chairman of the farmers' society of Mũthanga) is
// eleven.
const maxGikuyuApposition = 16

// maxSubjectParenToks bounds a parenthesis between a speaker's name and
// the verb: a party and a ward, "(Lib Dem, Elmsworth North)", is five
// tokens; "(Conservative, Harbury and Wellesbourne)" six.
const maxSubjectParenToks = 8

// maxParenToks bounds a parenthesis between a role and a name:
// "(divers gauche)", "(PSOE)", "(67)".
const maxParenToks = 5

// notRole are lower-case words that end a role: a clause or a place
// follows the verb, not a title ("said police in Hemsby Cross", "said
// on Monday", "said that Ana Silva …").
var notRole = map[string]bool{
	"in": true, "at": true, "on": true, "from": true, "to": true, "for": true, "with": true,
	"by": true, "after": true, "before": true, "during": true, "near": true, "outside": true,
	"inside": true, "about": true, "of": true, "that": true, "this": true, "these": true,
	"those": true, "and": true, "or": true, "but": true, "while": true, "when": true,
	"as": true, "if": true, "because": true, "the": true, "a": true, "an": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "my": true,
	"last": true, "next": true, "yesterday": true, "today": true, "tonight": true,
}

// roleThenName matches a speaker named after a role in lower case right
// after the verb (`," said head keeper Laura Beddoes`): one to
// maxRoleWords lower-case words that are not pronouns, verbs or notRole
// words, then a name of at least two capitalised words. The speaker is
// the name; the role is left out, as "Head keeper Laura Beddoes said"
// gives its name with the role as part of it only when capitalised.
func roleThenName(toks []tok, s int) (attribution, int, bool) {
	j, ok := roleWords(toks, s)
	if !ok {
		return attribution{}, 0, false
	}
	a, end, ok := speakerAfter(toks, j)
	if !ok || a.pronoun || end == j || toks[j].w == "the" || toks[j].w == "The" {
		return attribution{}, 0, false
	}
	return a, end, true
}

// holderAfterBody reads, after a role's body that ends at toks[e], a
// comma and a name of two words or more that closes the clause: the
// person who holds the role ("directorul general al Transurban Sălcii,
// Mirela Tănăsoiu.").
func holderAfterBody(toks []tok, e int) (attribution, bool) {
	if e+2 >= len(toks) || toks[e+1].kind != tokComma {
		return attribution{}, false
	}
	h, he, ok := speakerAfter(toks, e+2)
	if !ok || h.pronoun || he == e+2 || !clauseEnds(toks, he+1) {
		return attribution{}, false
	}
	return h, true
}

// roleThenSurname matches a role in lower case and one capitalised word
// that ends the clause, the surname of someone the text named whole
// before (namedBefore): "je pojasnil župan Kolenc." after "Marjan
// Kolenc" earlier, "said keeper Beddoes." after "Laura Beddoes". A
// single word after a role is otherwise no name (roleThenName): "said
// keeper Laura" may be a first name, a place or a ship.
func roleThenSurname(text string, toks []tok, s int) (attribution, bool) {
	j, ok := roleWords(toks, s)
	if !ok {
		return attribution{}, false
	}
	a, end, ok := speakerAfter(toks, j)
	if !ok || a.pronoun || end != j || !clauseEnds(toks, end+1) || !namedBefore(text, toks[j]) {
		return attribution{}, false
	}
	return a, true
}

// roleWords reads the role of roleThenName from toks[s] and returns
// where the name after it starts.
func roleWords(toks []tok, s int) (int, bool) { return roleWordsUpTo(toks, s, maxRoleWords) }

// maxLongRoleWords bounds a role spelled out with its body before a name
// that closes the clause: "загъта республикæйы транспорты æмæ фæндæгты
// хæдзарады министр Цæллаты Сослан" (said the republic's minister of
// transport and roads …, six words) (longRoleThenName).
const maxLongRoleWords = 8

// longRoleThenName is roleThenName for a role of up to maxLongRoleWords
// lower-case words, where the name after it ends the clause and no
// function word of the stop lists stands in the role (a clause, "said on
// Monday that the …", has them).
func longRoleThenName(toks []tok, s int) (attribution, bool) {
	j, ok := roleWordsUpTo(toks, s, maxLongRoleWords)
	if !ok || j-s <= maxRoleWords || stopBetween(toks, s, j) {
		return attribution{}, false
	}
	a, end, ok := speakerAfter(toks, j)
	if !ok || a.pronoun || end == j || !clauseEnds(toks, end+1) {
		return attribution{}, false
	}
	return a, true
}

// articleRoleThenName matches a role that a preposition extends, under
// its article, before a name that ends the clause: "said the councillor
// for public works Stefan Irsara.", Ladin "à dit l'assessur ai laurs
// publics Stefan Irsara". roleThenName and longRoleThenName take no
// preposition in a role, for after a verb a preposition more often opens
// a place or the one told ("said police in Hemsby Cross", "siger Kim
// Dalsgaard til Vestlimfjord Avis"). Here the role opens with an article
// and a noun that is no function word, the word before the name is none
// either (a place follows a preposition: "said the mayor at the meeting
// in New York"), the name has two words or more, and the role holds no
// verb, pronoun or conjunction (roleWordsUpTo's bars but for
// prepositions), up to maxLongRoleWords words.
func articleRoleThenName(toks []tok, s int) (attribution, bool) {
	j := s
	if j >= len(toks) || toks[j].kind != tokWord || !toks[j].low {
		return attribution{}, false
	}
	switch w := toks[j].w; {
	case w == "the" || roleArticles[w]:
		j++
	case elidedBefore(w) > 0:
		// "l'assessur": the article joined to the noun.
	default:
		return attribution{}, false
	}
	start := j
	for j < len(toks) && j-start < maxLongRoleWords && toks[j].kind == tokWord && toks[j].low {
		w := toks[j].w
		if pronouns[w] || verbs[w] || auxiliaries[w] && !stopWordSet()[w] || conjunctions[w] {
			return attribution{}, false
		}
		j++
	}
	if j-start < 2 || j >= len(toks) || !toks[j].cap {
		return attribution{}, false
	}
	first, last := toks[start].w, toks[j-1].w
	if e := elidedBefore(first); e > 0 {
		first = first[e:]
	}
	if stopWordSet()[first] || notRole[first] || stopWordSet()[last] || notRole[last] {
		return attribution{}, false
	}
	a, end, ok := speakerAfter(toks, j)
	if !ok || a.pronoun || end == j || !clauseEnds(toks, end+1) {
		return attribution{}, false
	}
	return a, true
}

// elidedBefore returns the length of an elided article joined to the
// lower-case noun it stands before ("l'assessur", "l’amministratore"):
// one or two lower-case letters and an apostrophe; 0 for none.
func elidedBefore(w string) int { return elision(w, unicode.IsLower) }

// conjunctions end a role: a clause follows ("said the minister that the
// mayor John Smith …"): English's, and the complementisers and
// coordinators of the Romance and Germanic languages beside it.
var conjunctions = map[string]bool{
	"that": true, "and": true, "or": true, "but": true, "while": true, "when": true, "if": true, "because": true,
	"que": true, "che": true, "ch'": true, "dass": true, "daß": true, "dat": true, "att": true,
	"et": true, "e": true, "y": true, "und": true, "en": true, "og": true, "och": true, "ma": true, "mais": true, "pero": true,
}

// roleWordsUpTo is roleWords with a bound of limit role words.
func roleWordsUpTo(toks []tok, s, limit int) (int, bool) {
	j := s
	if j < len(toks) && toks[j].kind == tokWord && roleArticles[toks[j].w] {
		s++ // "dijo el alcalde X", "a réagi la maire … X": the article is no role word
		j++
	}
	commas := 0
	for j < len(toks) && j-s < limit {
		if toks[j].kind == tokComma && commas == 0 && j > s && j+1 < len(toks) && toks[j+1].kind == tokWord && toks[j+1].low {
			// Two roles in apposition: "Նոր Արևիկի բնակիչ, այգեգործ
			// Անահիտ Գրիգորյանը" (a resident, a gardener).
			commas++
			j++
			continue
		}
		if toks[j].kind != tokWord || !toks[j].low {
			break
		}
		w := toks[j].w
		if notRole[w] || pronouns[w] || verbs[w] || auxiliaries[w] {
			return 0, false
		}
		j++
	}
	if j == s {
		return 0, false
	}
	// A party or an age in parentheses after the role, and the comma of
	// an apposition: "la maire (divers gauche), Martine Lecoutre".
	if j < len(toks) && toks[j].kind == tokOther && toks[j].r == '(' {
		k := j + 1
		for k < len(toks) && k <= j+maxParenToks && !(toks[k].kind == tokOther && toks[k].r == ')') {
			k++
		}
		if k >= len(toks) || k > j+maxParenToks {
			return 0, false
		}
		j = k + 1
	}
	if j < len(toks) && toks[j].kind == tokComma {
		j++
	}
	return j, true
}

// stopBetween reports whether a word of toks[i:j] is a function word of
// English or of a language with a Snowball stop list (stopWordSet).
func stopBetween(toks []tok, i, j int) bool {
	for k := i; k < j && k < len(toks); k++ {
		if toks[k].kind == tokWord && stopWordSet()[strings.ToLower(toks[k].w)] {
			return true
		}
	}
	return false
}

// stopWordSet holds the function words of English and of every language
// package stopword has a list for: the words that join a name to the one
// told or the place ("til", "à", "to"), never a role.
var stopWordSet = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range stopword.English(stopword.Function) {
		m[w] = true
	}
	for _, l := range stopword.Languages() {
		for _, w := range stopword.Snowball(l) {
			m[w] = true
		}
	}
	// The Philippine languages' markers of the genitive and the
	// locative, which package stopword has no list for: Hiligaynon
	// "siling ni Arnel Pabalinas sang BFP" (of the BFP), Tagalog "ng",
	// Cebuano and Tagalog "sa".
	for _, w := range []string{"sang", "ng", "sa", "han"} {
		m[w] = true
	}
	return m
})

func withVerb(a attribution, v tok, words string) attribution {
	a.verb = v.sp
	a.verbWords = words
	return a
}

// afterImmediate matches an attribution right after the quotation:
// `," Zelensky wrote`, `," said Mr Smith`, `", according to the Kremlin`.
func afterImmediate(text string, toks []tok, outlets [][]string, closed bool) attribution {
	i := 0
	for i < len(toks) && i < 2 && toks[i].kind == tokComma {
		i++ // a comma, and a dash after it: «…», – заявив X; «…», — сказал X
	}
	if i >= len(toks) {
		return attribution{}
	}
	if isAccording(toks, i) {
		if a, _, ok := speakerAfter(toks, i+2); ok {
			return withVerb(a, toks[i], "according to")
		}
		return attribution{}
	}
	if a, ok := invertedPronoun(toks, i); ok {
		return a // « … », ajoute-t-il; « … », a-t-elle expliqué
	}
	if a, ok := heisstEs(toks, i); ok {
		return a
	}
	if a, ok := soName(toks, i); ok {
		return a
	}
	if a, ok := hoyName(toks, i); ok {
		return a
	}
	if a, ok := deyeName(toks, i); ok {
		return a
	}
	if a, ok := fijianSpeaker(toks, i); ok {
		return a
	}
	if a, ok := tonganSpeaker(toks, i); ok {
		return a
	}
	if a, ok := aymaraSpeaker(toks, i); ok {
		return a
	}
	if a, ok := bembaSpeaker(toks, i); ok {
		return a
	}
	if a, ok := eweSpeaker(toks, i); ok {
		return a
	}
	if a, ok := mooreSpeaker(toks, i); ok {
		return a
	}
	if a, ok := bambaraKo(toks, i); ok {
		return a
	}
	v := i
	if v+1 < len(toks) && toks[v].kind == tokWord && clitics[toks[v].w] && (isVerb(toks[v+1]) || isAux(toks[v+1])) {
		v++ // "…", le contó a X; «…», gli ha detto X
	}
	if v+1 < len(toks) && toks[v].kind == tokWord && (toks[v].w == "деп" || toks[v].w == "dep") && isVerb(toks[v+1]) {
		v++ // Kazakh «…», – деп түсіндірді X ("so" before the verb)
	}
	if v+2 < len(toks) && (toks[v].w == "ũguo" && toks[v+1].w == "nĩguo" || toks[v].w == "ko" && toks[v+1].w == "nii") && !isVerb(toks[v+2]) {
		// Gĩkũyũ "“…,” ũguo nĩguo Bw. Peter Mwangi, mũtongoria wa …,
		// oigire." (thus Mr Peter Mwangi, the chairman of …, said), and
		// Pulaar "« … », ko nii hooreejo dental ngal, Abdul Aamadu Kan,
		// wiyri." (thus the association's leader, X, said): the name,
		// its apposition, then the verb at the clause's end.
		if a, ok := apposedThenVerb(toks, v+2); ok {
			return a
		}
	}
	if v+1 < len(toks) && toks[v].kind == tokWord && toks[v].cap {
		// "“…,” Jan Novak, a fisherman, said.": the name, its
		// apposition between commas, the verb closing the clause.
		if a, ok := apposedThenVerb(toks, v); ok {
			return a
		}
	}
	if v+2 < len(toks) && toks[v].kind == tokWord && (toks[v].w == "ni" && toks[v+1].w == "ko" || toks[v].w == "ũguo" && toks[v+1].w == "nĩguo") && isVerb(toks[v+2]) {
		// Kirundi and Kinyarwanda "«…», ni ko yavuze X" (thus said X),
		// "ni ko yashimangiye." (thus he stressed); Gĩkũyũ "“…,” ũguo
		// nĩguo oigire." (thus he said).
		v += 2
	}
	if v+1 < len(toks) && toks[v].kind == tokWord && (toks[v].w == "at" || toks[v].w == "ant") && sardinianVerbs[toks[v+1].w] {
		v++ // Sardinian "«…», at naradu su preìderu" (said the priest): the auxiliary "at" (has), which is English's preposition
	}
	if v+1 < len(toks) && toks[v].kind == tokWord && (toks[v].w == "ho" && isVerb(toks[v+1]) || concords[toks[v].w] && concordVerbs[toks[v+1].w]) {
		// Sesotho "“…,” ho boletse Ntate X" (said X), "ho rialo X" (so
		// said X): the particle before the verb; Sepedi "go boletše
		// X", "gwa realo X", "a realo X", "a realo." (so he said), "o
		// tlaleleditše." (he added), Xitsonga "ku vula X" (said X), "ku
		// engetela X" (added X): a concord before the verb.
		v++
	}
	if v+1 < len(toks) && toks[v].kind == tokWord && (toks[v].w == "ilek-ña" || toks[v].w == "ilek-ñiha") {
		// Chamorro "“…,” ilek-ña si Mayot Cepeda." (said Mayor Cepeda),
		// "ilek-ña." (she said): the verb with its pronoun joined, the
		// personal article "si" before the name.
		if toks[v+1].w == "si" {
			if a, e, ok := speakerAfter(toks, v+2); ok && !a.pronoun && clauseEnds(toks, e+1) {
				return withVerb(a, toks[v], toks[v].w)
			}
		}
		if clauseEnds(toks, v+1) {
			return withVerb(attribution{ok: true, first: toks[v], last: toks[v], pronoun: true}, toks[v], toks[v].w)
		}
	}
	if v+2 < len(toks) && toks[v].w == "in" && toks[v+1].w == "ji" {
		// Hausa "“…,” in ji Dantsoho" (so says X), "in ji shi" (so he
		// says): the speaker after the two words.
		if a, e, ok := speakerAfter(toks, v+2); ok && clauseEnds(toks, e+1) {
			return withVerb(a, toks[v+1], "in ji")
		}
		if toks[v+2].w == "shi" || toks[v+2].w == "ta" {
			return withVerb(attribution{ok: true, first: toks[v+2], last: toks[v+2], pronoun: true}, toks[v+1], "in ji")
		}
	}
	start := v
	for v < len(toks) && v < start+2 && isAux(toks[v]) && toks[v].low {
		v++ // « … », a réagi X; "…", ha raccontato X
	}
	if v < len(toks) && isVerb(toks[v]) {
		after := v + 1
		if after+1 < len(toks) && toks[after].w == "naman" && toks[after+1].w == "ni" {
			after++ // Hiligaynon "“…,” siling naman ni X" (said in turn X)
		}
		if after < len(toks) && (toks[after].w == "է" || toks[after].w == "je") {
			after++ // Armenian "ասել է X", Bosnian "rekao je X": the auxiliary after the participle
			if after < len(toks) && slavicPronouns[toks[after].w] && clauseEnds(toks, after+1) {
				// "„…“, rekao je on." (he said): the pronoun after the
				// auxiliary, which English "on" would take were it a
				// pronoun everywhere.
				return withVerb(attribution{ok: true, first: toks[after], last: toks[after], pronoun: true}, toks[v], toks[v].w)
			}
		}
		if after < len(toks) && estonianVerbs[toks[v].w] && estonianPronouns[toks[after].w] && clauseEnds(toks, after+1) {
			return withVerb(attribution{ok: true, first: toks[after], last: toks[after], pronoun: true}, toks[v], toks[v].w)
		}
		s := skipBareAddressee(toks, skipAddressee(toks, skipAside(toks, after), outlets), outlets)
		if a, e, ok := speakerAfter(toks, s); ok && !a.pronoun && s < len(toks) && (toks[s].w == "the" || toks[s].w == "The") {
			if d, de, ok := description(toks, s); ok && de > e && clauseEnds(toks, de+1) {
				// "said the Wolves boss.": a body's name inside a
				// description, its noun after it, the clause ended —
				// someone described, as "the mayor" is, not "the
				// Wolves".
				return withVerb(d, toks[v], toks[v].w)
			}
		}
		if a, e, ok := speakerAfter(toks, s); ok && !(a.pronoun && articleBeforeNoun(toks, s)) {
			if p, ok := apposedName(toks, e+1); ok && !a.pronoun {
				// "alisema Waziri wa Barabara na Kazi za Umma wa kaunti,
				// Peter Omondi Oketch.": a role run to its comma, the
				// person after it.
				return withVerb(p, toks[v], toks[v].w)
			}
			if !a.pronoun {
				// "said Bukit Seraya district police chief Supt Roslan
				// Idris", "said White House press secretary Karoline
				// Leavitt": a place or body, then a role in lower case,
				// then the person, who is the speaker. Not "siger Kim
				// Dalsgaard til Vestlimfjord Avis", whose lower-case
				// word is a preposition, the one told.
				if p, _, ok := roleThenName(toks, e+1); ok && !stopBetween(toks, e+1, index(toks, p.first)) {
					return withVerb(p, toks[v], toks[v].w)
				}
			}
			return withVerb(a, toks[v], toks[v].w)
		}
		if a, e, ok := roleThenName(toks, s); ok {
			if h, ok := holderAfterBody(toks, e); ok {
				// "a explicat directorul general al Transurban Sălcii,
				// Mirela Tănăsoiu.": a role in a body, then its holder
				// in apposition; the holder speaks.
				return withVerb(h, toks[v], toks[v].w)
			}
			return withVerb(a, toks[v], toks[v].w)
		}
		if a, ok := roleThenSurname(text, toks, s); ok {
			return withVerb(a, toks[v], toks[v].w)
		}
		if a, ok := longRoleThenName(toks, s); ok {
			return withVerb(a, toks[v], toks[v].w)
		}
		if a, ok := articleRoleThenName(toks, s); ok {
			return withVerb(a, toks[v], toks[v].w)
		}
		if b := bodyName(toks, s); b > s {
			// A role in a body named in quotation marks: "ասաց
			// «Արփաջուր» ՓԲԸ գլխավոր ինժեներ Սամվել Հովակիմյանը" (the
			// chief engineer of "Arpajur" CJSC).
			if a, _, ok := roleThenName(toks, b); ok {
				return withVerb(a, toks[v], toks[v].w)
			}
		}
		if a, ok := roleApposition(toks, s); ok {
			return withVerb(a, toks[v], toks[v].w)
		}
		if a, _, ok := anonymousSource(toks, s); ok {
			return withVerb(a, toks[v], toks[v].w) // "…," said a source close to the club.
		}
		if a, e, ok := description(toks, s); ok && clauseEnds(toks, e+1) {
			return withVerb(a, toks[v], toks[v].w) // "…", souligne l'élue.
		}
		if (v > i || foreign[toks[v].w]) && toks[v].low && clauseEnds(toks, s) {
			// A subject the verb carries (Italian, Spanish, Portuguese
			// drop it): «…», ha dichiarato; "…", dijo; «…», disse à
			// Gazeta da Serra (an outlet, passed over). Read as a
			// pronoun would be, at the verb. English verbs need the
			// auxiliary: a bare "said" ends no quotation's clause.
			return withVerb(attribution{ok: true, first: toks[v], last: toks[v], pronoun: true}, toks[v], toks[v].w)
		}
		return attribution{}
	}
	if i == 0 && !closed {
		// "…“ Zoran Pantelić naveo je da…": a name after a quotation
		// with no punctuation to close it is the sentence going on
		// (Direktor JKP „Vodovod Dobrinovac“ Zoran Pantelić), not its
		// speaker; a quotation closes with its comma, stop or mark
		// ("“…,” Zelensky said") or a comma after it („…“, rekao je).
		return attribution{}
	}
	if i < len(toks) && vietnameseHonorifics[toks[i].w] {
		i++ // "…”, ông Vinh nói.": the honorific before the name
	}
	if i+1 < len(toks) && toks[i].w == "ka" && toks[i+1].kind == tokWord && toks[i+1].cap {
		i++ // Igbo "…,” ka Anyaọkụ gbakwụnyere.": "ka" (so) before the speaker and the verb
	}
	a, j, ok := speakerAfter(toks, i)
	if !ok {
		// `"…," prosecutor Rebecca Thorne told the court`: a role in
		// lower case, the name, then the verb.
		a, j, ok = roleThenName(toks, i)
	}
	if !ok && i+2 < len(toks) && toks[i].w == "e" && toks[i+1].kind == tokWord && toks[i+1].low && pastMarked(toks, i+2) {
		// Papiamentu "“…,” e minister a bisa." (the minister said): a
		// description under the article "e", read as a pronoun is.
		return withVerb(attribution{ok: true, first: toks[i], last: toks[i+1], pronoun: true}, toks[i+3], toks[i+3].w)
	}
	if !ok {
		// `"…," minister Provence said`: a role and one capitalised
		// word, the verb right after it.
		if r, rok := roleWords(toks, i); rok {
			if b, e, bok := speakerAfter(toks, r); bok && !b.pronoun && e == r && verbAt(toks, e+1) {
				a, j, ok = b, e, true
			}
		}
	}
	if !ok {
		// `"…," the council's bushfire recovery manager Dean Whitlock
		// said`: a longer role, under "the" and its body's possessive,
		// then a name of two words or more and the verb right after
		// it; no function word in the role.
		k := i
		if k < len(toks) && toks[k].kind == tokWord && (toks[k].w == "the" || toks[k].w == "The") {
			k++
		}
		if r, rok := roleWordsUpTo(toks, k, maxLongRoleWords); rok && (k > i || r-k > maxRoleWords) && !stopBetween(toks, k, r) {
			if b, e, bok := speakerAfter(toks, r); bok && !b.pronoun && e > r && verbAt(toks, e+1) {
				a, j, ok = b, e, true
			}
		}
	}
	if !ok {
		// `"…," a source close to the talks said`: an unnamed source,
		// its verb after the words that place it.
		if an, n, found := anonymousSource(toks, i); found {
			for k := n + 1; k < len(toks) && k <= n+anonymousReach && toks[k].kind == tokWord; k++ {
				if isVerb(toks[k]) {
					return withVerb(an, toks[k], toks[k].w)
				}
			}
		}
		if a, j, ok = description(toks, i); !ok {
			return attribution{}
		}
	}
	v = j + 1
	if v+1 < len(toks) && toks[v].kind == tokComma && !a.pronoun {
		// `"…,” Administradór Postu Lequimau, Agostinho da Cruz Soares,
		// dehan`: a title in capitals, then the holder in commas, then
		// the verb; the holder is the speaker.
		if b, e, ok := speakerAfter(toks, v+1); ok && !b.pronoun && e+2 < len(toks) && toks[e+1].kind == tokComma {
			k := e + 2
			for k < len(toks) && isAux(toks[k]) {
				k++
			}
			if k < len(toks) && isVerb(toks[k]) {
				return withVerb(b, toks[k], toks[k].w)
			}
		}
	}
	if v+1 < len(toks) && toks[v].w == "cho" && toks[v+1].w == "biết" {
		v++ // Vietnamese "X cho biết" (X let know): the verb's second word
	}
	for v < len(toks) && (isAux(toks[v]) || !a.pronoun && v == j+1 && resumptive[toks[v].w]) {
		v++
	}
	if v+1 < len(toks) && pastMarked(toks, v) {
		v++ // Papiamentu "…,” Provence a agregá.": the past's marker, then the verb
	}
	if v < len(toks) && isVerb(toks[v]) {
		return withVerb(a, toks[v], toks[v].w)
	}
	return attribution{}
}

// eweVerbs, pulaarVerbs and mooreVerbs are the verbs of speech of Ewe
// ("gblɔ", said; "gblɔe", said it), Pulaar ("wiyi", "wiyri", said;
// "wiyde", to say) and Mooré ("yeel", say; "yeelame", said), which the
// language's particles and postposed articles stand beside: only before
// them are those short words ("la", "oo", "a", "n") read so.
var (
	eweVerbs    = map[string]bool{"gblɔ": true, "gblɔe": true}
	pulaarVerbs = map[string]bool{"wiyi": true, "wiyri": true, "wiyde": true}
	mooreVerbs  = map[string]bool{"yeel": true, "yeelame": true}
)

// pulaarPronouns are Pulaar's subject pronouns of the third person, "o"
// (he, she) and "ɓe" (they), read as such only before pulaarVerbs.
var pulaarPronouns = map[string]bool{"o": true, "ɓe": true}

// postposedArticles are the articles and determiners that follow their
// noun, with the verbs of speech of their language: Ewe's "la" (the:
// "fia la", the chief) and Pulaar's "oo" and "on" (this, the, of the
// person class: "Meer oo", the mayor). A noun and its article before
// such a verb is a description, read as a pronoun is.
var postposedArticles = map[string]map[string]bool{"la": eweVerbs, "oo": pulaarVerbs, "on": pulaarVerbs}

// PostposedArticle reports whether w, in lower case, is an article that
// follows its noun (postposedArticles): the noun of "fia la" is "fia".
func PostposedArticle(w string) bool { return postposedArticles[w] != nil }

// postposedDescription reads a description that ends at toks[e] before
// the verb of speech verb: one noun, then a postposed article of the
// verb's language ("fia la gblɔ", the chief said; "Meer oo ɓeydi wiyde").
func postposedDescription(toks []tok, e int, verb string) (attribution, bool) {
	if e < 1 || toks[e].kind != tokWord || !postposedArticles[toks[e].w][verb] {
		return attribution{}, false
	}
	n := toks[e-1]
	if n.kind != tokWord || pronouns[strings.ToLower(n.w)] || verbs[strings.ToLower(n.w)] || auxiliaries[n.w] || postposedArticles[n.w] != nil {
		return attribution{}, false
	}
	return attribution{ok: true, first: n, last: toks[e], pronoun: true}, true
}

// eweSpeaker reads Ewe's attribution after a quotation: the speaker,
// then "gblɔ" (said) or "gblɔe" (said it), with "ale" (thus) before it
// or not: "“…,” ale fia la gblɔe." (thus the chief said it), "“…,” fia
// la gblɔ." (the chief said), "“…,” ale Dzokoto gblɔe." The speaker is
// a name, or a noun with its article "la" after it, a description.
func eweSpeaker(toks []tok, i int) (attribution, bool) {
	if i < len(toks) && toks[i].kind == tokWord && toks[i].w == "ale" {
		i++
	}
	if i+2 < len(toks) && isVerb(toks[i+2]) && eweVerbs[toks[i+2].w] && toks[i].kind == tokWord && toks[i].low {
		if a, ok := postposedDescription(toks, i+1, toks[i+2].w); ok {
			return withVerb(a, toks[i+2], toks[i+2].w), true
		}
	}
	if i < len(toks) && i > 0 && toks[i-1].w == "ale" {
		if a, e, ok := speakerAfter(toks, i); ok && !a.pronoun && e+1 < len(toks) && eweVerbs[toks[e+1].w] {
			return withVerb(a, toks[e+1], toks[e+1].w), true
		}
	}
	return attribution{}, false
}

// mooreSpeaker reads Mooré's attribution after a quotation: a role in
// lower case or none, the personal particle "a" before the name, the
// name, the focus particle "n", then the verb: "« … », raag-naab a
// Sawadogo Rasmane n yeel woto." (the market chief Sawadogo Rasmane said
// so), "« … », a Kabore Isaka n yeel woto."; or the pronoun "a" before
// the verb ("« … », a yeelame.", he said).
func mooreSpeaker(toks []tok, i int) (attribution, bool) {
	if i+1 < len(toks) && toks[i].kind == tokWord && toks[i].w == "a" && isVerb(toks[i+1]) && mooreVerbs[toks[i+1].w] {
		return withVerb(attribution{ok: true, first: toks[i], last: toks[i], pronoun: true}, toks[i+1], toks[i+1].w), true
	}
	j := i
	for j < len(toks) && j < i+maxRoleWords && toks[j].kind == tokWord && toks[j].low && toks[j].w != "a" && !verbs[toks[j].w] {
		j++
	}
	if j < len(toks) && toks[j].kind == tokWord && toks[j].w == "a" {
		j++
	}
	a, e, ok := speakerAfter(toks, j)
	if !ok || a.pronoun || e+2 >= len(toks) || toks[e+1].w != "n" || !isVerb(toks[e+2]) || !mooreVerbs[toks[e+2].w] {
		return attribution{}, false
	}
	return withVerb(a, toks[e+2], toks[e+2].w), true
}

// mooreTopic reads the subject that opens a Mooré clause: a role of at
// most maxRoleWords words, the personal particle "a", then a name of two
// words or more ("Komĩnã meer a Kabore Isaka sẽn …", the commune's mayor
// Kabore Isaka who …).
func mooreTopic(toks []tok) (attribution, bool) {
	for k := 1; k < len(toks) && k <= maxRoleWords; k++ {
		if toks[k-1].kind != tokWord {
			return attribution{}, false
		}
		if toks[k].kind == tokWord && toks[k].w == "a" {
			if a, e, ok := speakerAfter(toks, k+1); ok && !a.pronoun && e > k+1 {
				return a, true
			}
			return attribution{}, false
		}
	}
	return attribution{}, false
}

// bambaraKo reads Bambara's "ko" (said) after a quotation, with its
// subject before it: the pronoun "a" (he, she) or "u" (they), or a name,
// and "ten" (so) or the clause's end after it: "« … », a ko ten." (she
// said so), "« … », Jara ko." "ko" is also Bambara's "that" and a word of
// other languages (Pulaar's focus, Māori's), so only this order reads.
func bambaraKo(toks []tok, i int) (attribution, bool) {
	ko := func(k int) bool {
		return k < len(toks) && toks[k].kind == tokWord && toks[k].w == "ko" &&
			(clauseEnds(toks, k+1) || k+1 < len(toks) && toks[k+1].w == "ten" && clauseEnds(toks, k+2))
	}
	if i < len(toks) && toks[i].kind == tokWord && (toks[i].w == "a" || toks[i].w == "u") && ko(i+1) {
		return withVerb(attribution{ok: true, first: toks[i], last: toks[i], pronoun: true}, toks[i+1], "ko"), true
	}
	a, e, ok := speakerAfter(toks, i)
	if !ok {
		a, e, ok = roleThenName(toks, i)
	}
	if !ok || a.pronoun || !ko(e+1) {
		return attribution{}, false
	}
	return withVerb(a, toks[e+1], "ko"), true
}

// resumptive are the pronouns that take up a named subject before its
// verb: Solomon Islands Pijin's and Bislama's "hem" ("“…,” Mr Rarawa
// hem sei", Mr Rarawa said).
var resumptive = map[string]bool{"hem": true}

// verbAt reports whether a verb of speech stands at toks[k], after
// auxiliaries and Papiamentu's past marker.
func verbAt(toks []tok, k int) bool {
	for k < len(toks) && isAux(toks[k]) {
		k++
	}
	if pastMarked(toks, k) {
		k++
	}
	return k < len(toks) && isVerb(toks[k])
}

// papiamentuVerbs are the Papiamentu verbs of speech that its past's
// marker "a" stands before ("X a bisa", X said): only before them is "a",
// a word of many languages, that marker.
var papiamentuVerbs = map[string]bool{"bisa": true, "konfirmá": true, "splika": true, "konta": true,
	"agregá": true, "deklará": true, "enfatisá": true, "kontestá": true, "primintí": true, "menshoná": true}

// pastMarked reports whether toks[k] is Papiamentu's past marker "a"
// before one of papiamentuVerbs.
func pastMarked(toks []tok, k int) bool {
	return k >= 0 && k+1 < len(toks) && toks[k].kind == tokWord && toks[k].w == "a" && papiamentuVerbs[toks[k+1].w]
}

// tonganSpeaker reads Tongan's cleft "“…,” ko e lau ia ʻa X" (that is
// the saying of X): the name after the possessive "ʻa", or after "ʻa e"
// and a role, the holder in apposition after its comma ("ko e lau ia ʻa
// e ʻOfisa Kolo ʻo Fatuhala, Sione Havili Taufa").
func tonganSpeaker(toks []tok, i int) (attribution, bool) {
	if i+5 >= len(toks) || toks[i].w != "ko" || toks[i+1].w != "e" || toks[i+2].w != "lau" || toks[i+3].w != "ia" ||
		toks[i+4].w != "ʻa" && toks[i+4].w != "'a" && toks[i+4].w != "‘a" {
		return attribution{}, false
	}
	verb := toks[i+2]
	s := i + 5
	if toks[s].w != "e" {
		if a, _, ok := speakerAfter(toks, s); ok && !a.pronoun {
			return withVerb(a, verb, verb.w), true
		}
		return attribution{}, false
	}
	if a, ok := holderAfterComma(toks, s+1, ""); ok {
		return withVerb(a, verb, verb.w), true
	}
	return attribution{}, false
}

// aymaraClauseWords bounds the clause after Aymara's "sasaw" (saying)
// that aymaraSpeaker reads: a role, a name and the verb that closes the
// sentence ("sasaw Unidad de Gestión de Riesgos ukan jefepa, Marcelo
// Huanca Callisaya, yatiyäna": 13 tokens with the commas).
const aymaraClauseWords = 16

// aymaraSpeaker reads Aymara's "“…”, sasaw X qhanañchäna." (saying, X
// explained): "sasaw" (or "sasa", "sasin"), then the speaker with the
// role around it, the verb ending the sentence. Aymara sets the name
// among its role's words ("Qullpa Uyu municipion alcaldepa, Rufino Choque
// Apaza, qhanañchäna", the mayor of Qullpa Uyu municipality): the speaker
// is the clause's longest run of capitalised words, the later of two as
// long (a person's names outnumber a place's or a body's, cut by "de").
// With none, "sasaw sarakïna." (he also said), the verb carries the
// subject: a pronoun.
func aymaraSpeaker(toks []tok, i int) (attribution, bool) {
	if i+1 >= len(toks) || toks[i].w != "sasaw" && toks[i].w != "sasa" && toks[i].w != "sasin" {
		return attribution{}, false
	}
	stop := func(t tok) bool { return t.kind == tokOther && strings.ContainsRune(".;!?", t.r) }
	end := i + 1
	for end < len(toks) && end < i+1+aymaraClauseWords && !stop(toks[end]) {
		end++
	}
	if end == i+1 || end < len(toks) && !stop(toks[end]) {
		return attribution{}, false // no clause, or no end to it within the bound
	}
	verb := toks[end-1]
	if verb.kind != tokWord || !verb.low {
		return attribution{}, false
	}
	best, bestLen := -1, 0
	for k := i + 1; k < end-1; {
		if toks[k].kind != tokWord || !toks[k].cap {
			k++
			continue
		}
		j := k
		for j+1 < end-1 && toks[j+1].kind == tokWord && toks[j+1].cap {
			j++
		}
		if j-k+1 >= bestLen {
			best, bestLen = k, j-k+1
		}
		k = j + 1
	}
	if best < 0 {
		return withVerb(attribution{ok: true, first: verb, last: verb, pronoun: true}, verb, verb.w), true
	}
	return withVerb(attribution{ok: true, first: toks[best], last: toks[best+bestLen-1]}, verb, verb.w), true
}

// bembaSpeaker reads Bemba's "“…,” e fyo ba Chisenga balondolwele"
// (so Mrs Chisenga explained): "e fyo" (thus), the honorific plural "ba"
// at most, the name, and a verb of the past in -ile or -ele (basosele,
// balandile, batile), which ends the clause. "e fyo balandile" with no
// name is the pronoun in the verb.
func bembaSpeaker(toks []tok, i int) (attribution, bool) {
	if i+2 >= len(toks) || toks[i].w != "e" || toks[i+1].w != "fyo" {
		return attribution{}, false
	}
	s := i + 2
	if toks[s].w == "ba" && s+1 < len(toks) {
		s++
	}
	bembaVerb := func(t tok) bool {
		return t.kind == tokWord && t.low && (strings.HasSuffix(t.w, "ile") || strings.HasSuffix(t.w, "ele"))
	}
	if bembaVerb(toks[s]) && clauseEnds(toks, s+1) {
		return withVerb(attribution{ok: true, first: toks[s], last: toks[s], pronoun: true}, toks[s], toks[s].w), true
	}
	a, e, ok := speakerAfter(toks, s)
	if !ok || a.pronoun || e+1 >= len(toks) || !bembaVerb(toks[e+1]) || !clauseEnds(toks, e+2) {
		return attribution{}, false
	}
	return withVerb(a, toks[e+1], toks[e+1].w), true
}

// tonganBefore reads Tongan's "Naʻe (toe) pehē ʻe X: “…”" (X said
// (again)): the verb pehē (say so), the ergative "ʻe" and the speaker's
// name, which a colon or the quotation ends. The name after the ergative
// is the sayer's; "ʻe he" and a role is a description, left to the
// pronoun's rules.
func tonganBefore(toks []tok) (attribution, bool) {
	for v := len(toks) - 3; v >= 0; v-- {
		if toks[v].w != "pehē" && toks[v].w != "pehe" {
			continue
		}
		if e := toks[v+1].w; e != "ʻe" && e != "'e" && e != "‘e" {
			return attribution{}, false
		}
		a, end, ok := speakerAfter(toks, v+2)
		if !ok || a.pronoun || end+1 < len(toks) && toks[end+1].kind != tokColon && toks[end+1].kind != tokComma {
			return attribution{}, false
		}
		return withVerb(a, toks[v], toks[v].w), true
	}
	return attribution{}, false
}

// holderAfterComma reads the holder of a role that runs from toks[s] to
// the clause's first comma, within fijianReach words: the name after the
// comma, after the person marker marker when one is given ("o" in
// Fijian), and no pronoun.
func holderAfterComma(toks []tok, s int, marker string) (attribution, bool) {
	for k := s; k+1 < len(toks) && k <= s+fijianReach && toks[k].kind != tokOther; k++ {
		if toks[k].kind != tokComma {
			continue
		}
		n := k + 1
		if marker != "" {
			if toks[n].w != marker {
				return attribution{}, false
			}
			n++
		}
		if a, _, ok := speakerAfter(toks, n); ok && !a.pronoun {
			return a, true
		}
		return attribution{}, false
	}
	return attribution{}, false
}

// fijianReach bounds the words of a Fijian role before the comma and
// the name it describes: "na vuniwai ni tikina o Wainiqolo, o Dr Ana
// Lewatu" (the doctor of the district of Wainiqolo).
const fijianReach = 10

// fijianSpeaker reads Fijian's "“…,” e kaya o X" (said X): the verb
// "kaya" after its subject marker "e", maybe "tale ga" (also), then the
// person marker "o" before the name, or "na" before a role whose holder
// follows a comma with his own "o" ("e kaya na Turaga ni Koro o
// Nakorosule, o Sakiusa Tuidrau": the village headman of Nakorosule).
func fijianSpeaker(toks []tok, i int) (attribution, bool) {
	if i+2 >= len(toks) || toks[i].w != "e" || toks[i+1].w != "kaya" {
		return attribution{}, false
	}
	verb := toks[i+1]
	s := i + 2
	for s < len(toks) && (toks[s].w == "tale" || toks[s].w == "ga" || toks[s].w == "talega") {
		s++
	}
	if s+1 >= len(toks) {
		return attribution{}, false
	}
	switch toks[s].w {
	case "o":
		if a, _, ok := speakerAfter(toks, s+1); ok && !a.pronoun {
			return withVerb(a, verb, verb.w), true
		}
	case "na":
		if a, ok := holderAfterComma(toks, s+1, "o"); ok {
			return withVerb(a, verb, verb.w), true
		}
	}
	return attribution{}, false
}

// maxDescriptionWords bounds the noun of a description: "l'élue", "the
// mayor", "the fire chief".
const maxDescriptionWords = 2

// maxDescriptionNameWords bounds the name of a body inside a
// description: "a Hídtechnika Mérnöki Iroda szakembere" (three).
const maxDescriptionNameWords = 4

// bodyName returns the index after a body's name in quotation marks at
// toks[s] and the capitalised legal form after it («Արփաջուր» ՓԲԸ, „Vodovod"
// JKP), or s when there is none.
func bodyName(toks []tok, s int) int {
	if s >= len(toks) || toks[s].kind != tokQuote {
		return s
	}
	j := s + 1
	if j < len(toks) && toks[j].kind == tokWord && legalForm(toks[j].w) {
		j++
	}
	return j
}

// legalForm reports whether w is written in capitals only, two to five
// letters: a company's legal form (ՓԲԸ, ООО, SRL, GmbH is not).
func legalForm(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 5
}

// wordsOfNouns are the Azerbaijani and Turkish "words" and "opinion"
// before "görə"/"göre" (according to): "N.Hacıyevanın sözlərinə görə"
// (according to N. Hacıyeva's words), "Yılmaz'ın sözlerine göre".
var wordsOfNouns = map[string]bool{"sözlərinə": true, "sözlerine": true, "fikrincə": true, "fikrine": true, "dediyinə": true, "dediğine": true}

// genitiveEnds are the Azerbaijani and Turkish genitive endings a name
// takes before "sözlərinə görə", longest first; Turkish sets them off
// with an apostrophe.
var genitiveEnds = []string{"'nın", "'nin", "'nun", "'nün", "'ın", "'in", "'un", "'ün", "’nın", "’nin", "’ın", "’in",
	"nın", "nin", "nun", "nün", "ın", "in", "un", "ün"}

// wordsOf matches "X-in sözlərinə görə, …: “…”", the speaker named in the
// genitive before "according to the words of" in the quotation's
// sentence: the speaker is the name without its ending, an initial
// before it kept ("N.Hacıyeva").
func wordsOf(toks []tok) (attribution, bool) {
	for k := 2; k < len(toks); k++ {
		if toks[k].kind != tokWord || toks[k].w != "görə" && toks[k].w != "göre" || !wordsOfNouns[toks[k-1].w] {
			continue
		}
		n := toks[k-2]
		if n.kind != tokWord || !n.cap {
			continue
		}
		for _, end := range genitiveEnds {
			if stem, ok := strings.CutSuffix(n.w, end); ok && utf8.RuneCountInString(stem) >= 2 {
				last := n
				last.sp.End -= len(end)
				last.w = stem
				first := last
				if initialBefore(toks, k-2) {
					first = toks[k-4] // "N.Hacıyevanın": the initial
				}
				return attribution{ok: true, first: first, last: last}, true
			}
		}
	}
	return attribution{}, false
}

// initialBefore reports whether the name word toks[i] follows an initial
// written against it, "N.Hacıyeva", "Ə.Kərimov": one capital letter and
// a full stop, with no space on either side of the stop.
func initialBefore(toks []tok, i int) bool {
	if i < 2 || toks[i-2].kind != tokWord || toks[i-1].kind != tokOther || toks[i-1].r != '.' {
		return false
	}
	n := toks[i-2]
	return n.cap && utf8.RuneCountInString(n.w) == 1 && n.sp.End == toks[i-1].sp.Start && toks[i-1].sp.End == toks[i].sp.Start
}

// deyeVerbs end the Azerbaijani incise "deyə X bildirib" (saying, X
// stated): the verb after its subject, the verbs of speech news uses and
// "edib" of "qeyd edib" (noted), "əlavə edib" (added); and the Turkmen
// one, "diýip, X belledi", with "berdi" of "gürrüň berdi" (told) and
// "habar berdi" (reported), "goşdy" of "sözüne goşdy" (added).
var deyeVerbs = map[string]bool{
	"bildirib": true, "deyib": true, "söyləyib": true, "vurğulayıb": true, "edib": true, "açıqlayıb": true,
	"bildirdi": true, "dedi": true, "söylədi": true, "vurğuladı": true, "etdi": true,
	"belledi": true, "aýtdy": true, "nygtady": true, "düşündirdi": true, "berdi": true, "goşdy": true, "sözledi": true,
}

// deyeWords are the words "saying" that open the incise: Azerbaijani
// "deyə", Turkmen "diýip".
var deyeWords = map[string]bool{"deyə": true, "diýip": true}

// deyeNouns are the nouns that make a verb of speech of the verb after
// them ("qeyd edib", "gürrüň berdi", "sözüne goşdy"), by the verb.
var deyeNouns = map[string][]string{
	"edib": {"qeyd", "əlavə"}, "berdi": {"gürrüň", "habar"}, "goşdy": {"sözüne", "sözlerine"},
}

// deyeMaxToks bounds the incise between "deyə" and its verb: a role of
// several words and a name ("deyə rayon icra hakimiyyəti başçısının
// müavini Rauf Səmədov bildirib", eight).
const deyeMaxToks = 12

// deyeName matches the Azerbaijani attribution after a quotation, "…”,
// – deyə X bildirib." ("saying", X stated): the speaker stands between
// "deyə" and the verb, in the language's order (subject, verb last); it
// is the capitalised name just before the verb, after any role in lower
// case, or the pronoun "o" (he, she).
func deyeName(toks []tok, i int) (attribution, bool) {
	if i >= len(toks) || toks[i].kind != tokWord || !deyeWords[toks[i].w] {
		return attribution{}, false
	}
	first := i + 1
	if first < len(toks) && toks[first].kind == tokComma {
		first++ // Turkmen "diýip, X belledi": a comma after the word
	}
	for v := first; v < len(toks) && v <= first+deyeMaxToks; v++ {
		if toks[v].kind == tokOther && toks[v].r == '.' && v+1 < len(toks) && initialBefore(toks, v+1) {
			continue // the stop of an initial, "N.Hacıyeva"
		}
		if toks[v].kind == tokQuote {
			continue // a body's name in quotation marks in the description
		}
		if toks[v].kind != tokWord {
			return attribution{}, false
		}
		if !deyeVerbs[toks[v].w] {
			continue
		}
		nouns, needNoun := deyeNouns[toks[v].w]
		e := v - 1
		if e >= 0 && slices.Contains(nouns, toks[e].w) {
			e-- // "qeyd edib", "gürrüň berdi": the noun is the verb's
		} else if needNoun && toks[v].w != "edib" {
			continue // "berdi" alone is "gave", "goşdy" "added" a thing
		}
		if e < first {
			return attribution{}, false
		}
		if toks[e].w == "o" || toks[e].w == "ol" {
			return withVerb(attribution{ok: true, first: toks[e], last: toks[e], pronoun: true}, toks[v], toks[v].w), true
		}
		s := e
		for s > first && (toks[s-1].cap || s >= 2 && abbreviated(toks, s-2)) {
			s--
		}
		if s >= first+2 && initialBefore(toks, s) {
			s -= 2 // "deyə Ə.Kərimov bildirib": the initial
		}
		if !toks[e].cap || !toks[s].cap {
			return attribution{}, false
		}
		return withVerb(attribution{ok: true, first: toks[s], last: toks[e]}, toks[v], toks[v].w), true
	}
	return attribution{}, false
}

// description matches a speaker described, not named, at toks[s]: a
// definite article and one or two lower-case words that are no pronoun,
// verb or preposition ("l'élue", "the mayor", "la ministre", "der
// Sprecher"). It is read as a pronoun is (Quote.Pronoun): the text names
// the speaker elsewhere, and callers resolve it the same way. It returns
// the attribution and the index of its last word.
func description(toks []tok, s int) (attribution, int, bool) {
	if s < len(toks) && toks[s].kind == tokWord && toks[s].low && elided(toks[s].w) {
		// "l'élue", "l’adjoint": the article and the noun are one word.
		return attribution{ok: true, first: toks[s], last: toks[s], pronoun: true}, s, true
	}
	if s >= len(toks) || toks[s].kind != tokWord || !roleArticles[toks[s].w] && toks[s].w != "the" && toks[s].w != "The" {
		return attribution{}, 0, false
	}
	j, low, caps := s+1, 0, 0
	for j < len(toks) && toks[j].kind == tokWord {
		w := toks[j].w
		if toks[j].low && (notRole[w] || pronouns[w] || verbs[w] || auxiliaries[w] || roleArticles[w]) {
			break
		}
		if toks[j].low {
			low++
		} else {
			caps++
		}
		if low > maxDescriptionWords || caps > maxDescriptionNameWords {
			break
		}
		j++
	}
	// A body's name may stand inside the description, before the noun
	// that makes it one ("a Hídtechnika Mérnöki Iroda szakembere", the
	// firm's expert; "the Acme engineer"): the description ends with a
	// word in lower case.
	for j > s+1 && !toks[j-1].low {
		j--
	}
	if j == s+1 {
		return attribution{}, 0, false
	}
	return attribution{ok: true, first: toks[s], last: toks[j-1], pronoun: true}, j - 1, true
}

// anonymousNouns are the nouns of an unnamed source, folded to lower
// case: the reporter's promise not to name the speaker ("a source close
// to the talks", "sources at the club", "an insider", "une source proche
// du dossier", "una fuente", "uma fonte", "eine Quelle"). "Person" and
// "people" are such a noun only before "familiar" or "close" ("a person
// familiar with the matter"): else they are anyone.
//
// A spokesperson not named ("a police spokesman", "un porte-parole de la
// préfecture", "ein Sprecher der Stadt", Maltese "kelliem għall-Pulizija")
// is such a source too: the indefinite says the text names no one, where
// "the spokesman" points back to one it named. Words given to a named
// person in one version and to "a spokesman" in another changed speaker.
var anonymousNouns = map[string]bool{
	"source": true, "sources": true, "insider": true, "insiders": true,
	"fuente": true, "fuentes": true, "fonte": true, "fontes": true, "quelle": true, "quellen": true,
}

// spokespersonNouns are the nouns of a spokesperson, folded to lower
// case: an unnamed source when indefinite (anonymousNouns).
var spokespersonNouns = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true,
	"porte-parole": true, "portavoz": true, "portavoce": true, "porta-voz": true,
	"sprecher": true, "sprecherin": true, "woordvoerder": true, "woordvoerster": true,
	"talsmann": true, "talsperson": true, "talesmand": true, "talesperson": true,
	"kelliem": true, "kelliema": true,
}

// Spokesperson reports whether w, in any case, is the noun of a
// spokesperson ("spokesperson", "porte-parole", "Sprecher", Maltese
// "kelliem").
func Spokesperson(w string) bool { return spokespersonNouns[strings.ToLower(w)] }

// anonymousPlurals are the anonymousNouns that stand without an article:
// "Sources close to the club said"; and Maltese "kelliem" (a
// spokesperson), in a language with no indefinite article, where
// "il-kelliem" is the one named before.
var anonymousPlurals = map[string]bool{"sources": true, "insiders": true, "fuentes": true, "fontes": true, "quellen": true, "people": true,
	"kelliem": true, "kelliema": true}

// indefinites are the articles and numerals that open an unnamed source:
// "a", "one", "une", "una", "um", "uma", "ein", "eine".
var indefinites = map[string]bool{
	"a": true, "an": true, "one": true, "un": true, "une": true, "una": true, "um": true, "uma": true, "ein": true, "eine": true,
	"een": true, "en": true, "ei": true, "et": true,
}

// anonymousReach bounds the words that place an unnamed source between
// its noun and the verb: "A source close to the talks told" (four),
// "a senior figure at one of the clubs involved said".
const anonymousReach = 10

// anonymousSource matches an unnamed source at toks[s]: an indefinite
// (or nothing, before a plural), at most two words ("a senior club
// source", "a well-placed source"), and one of anonymousNouns. It returns
// the attribution, article to noun, and the noun's index.
func anonymousSource(toks []tok, s int) (attribution, int, bool) {
	if s < 0 || s >= len(toks) || toks[s].kind != tokWord {
		return attribution{}, 0, false
	}
	noun := func(k int) bool {
		if k >= len(toks) || toks[k].kind != tokWord {
			return false
		}
		w := strings.ToLower(toks[k].w)
		if w == "person" || w == "people" {
			return k+1 < len(toks) && toks[k+1].kind == tokWord && (toks[k+1].w == "familiar" || toks[k+1].w == "close")
		}
		return anonymousNouns[w] || spokespersonNouns[w]
	}
	if !indefinites[strings.ToLower(toks[s].w)] {
		if w := strings.ToLower(toks[s].w); anonymousPlurals[w] && noun(s) {
			return attribution{ok: true, first: toks[s], last: toks[s], anonymous: true}, s, true
		}
		return attribution{}, 0, false
	}
	for k := s + 1; k <= s+3 && k < len(toks) && toks[k].kind == tokWord; k++ {
		if noun(k) {
			return attribution{ok: true, first: toks[s], last: toks[k], anonymous: true}, k, true
		}
		if verbs[strings.ToLower(toks[k].w)] || pronouns[strings.ToLower(toks[k].w)] {
			break
		}
	}
	return attribution{}, 0, false
}

// anonymousSubject matches an unnamed source as the subject of a verb
// whose last word before it is toks[e]: the sentence opens with the
// source ("A source close to the talks told the paper: …", "But sources
// at the club, speaking anonymously, said …"), and no other verb of
// speech stands between its noun and the verb.
func anonymousSubject(toks []tok, e int) (attribution, bool) {
	s := 0
	if s < len(toks) && toks[s].kind == tokWord && openers[toks[s].w] {
		s++
	}
	a, n, ok := anonymousSource(toks, s)
	if !ok || n > e || e-n > anonymousReach {
		return attribution{}, false
	}
	for k := n + 1; k <= e; k++ {
		if toks[k].kind != tokWord && toks[k].kind != tokComma || isVerb(toks[k]) {
			return attribution{}, false
		}
	}
	return a, true
}

// maxAppositionToks bounds the role before the comma of roleApposition:
// "purtătorul de cuvânt al ISU Vâlcea" (six words), "prefectul județului
// Vâlcea".
const maxAppositionToks = 8

// roleApposition matches a role phrase after the verb that opens in lower
// case and names its person after a comma, in apposition, at the end of
// the clause: "a precizat purtătorul de cuvânt al ISU Vâlcea, Cristina
// Mocanu.", "a transmis prefectul județului Vâlcea, Mihai Iordache." The
// role may hold the capitalised name of its body or place; the person is
// a name of at least two words.
func roleApposition(toks []tok, s int) (attribution, bool) {
	if s >= len(toks) || toks[s].kind != tokWord || !toks[s].low || pronouns[toks[s].w] || notRole[toks[s].w] {
		return attribution{}, false
	}
	for j := s + 1; j < len(toks) && j-s <= maxAppositionToks; j++ {
		switch {
		case toks[j].kind == tokComma:
			a, e, ok := speakerAfter(toks, j+1)
			if !ok || a.pronoun || e == j+1 || !clauseEnds(toks, e+1) {
				return attribution{}, false
			}
			return a, true
		case toks[j].kind == tokOther && (toks[j].r == '\'' || toks[j].r == '’') && toks[j].sp.Start == toks[j-1].sp.End && toks[j-1].kind == tokWord:
			// An elision's apostrophe, part of its word: Maltese "ta’"
			// (of) in "is-sindku ta’ Ħal Ġrejbel, Ġużeppi Camilleri".
		case toks[j].kind != tokWord:
			return attribution{}, false
		case toks[j].low && (verbs[toks[j].w] || pronouns[toks[j].w]):
			return attribution{}, false
		}
	}
	return attribution{}, false
}

// elided reports whether w is a French or Italian noun under the elided
// article ("l'élue", "l’assessore"), in lower case.
func elided(w string) bool {
	rest, ok := strings.CutPrefix(w, "l'")
	if !ok {
		rest, ok = strings.CutPrefix(w, "l’")
	}
	if !ok || rest == "" || strings.ContainsAny(rest, "'’-") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(r) && !verbs[rest] && !pronouns[rest]
}

// clauseEnds reports whether toks[k] ends a clause: the end of the window,
// a comma, a full stop or a semicolon.
func clauseEnds(toks []tok, k int) bool {
	return k >= len(toks) || toks[k].kind == tokComma || toks[k].kind == tokOther && (toks[k].r == '.' || toks[k].r == ';')
}

// soName matches German "so X" at toks[i] („…“, so Kroll.; „…“, so die
// Sprecherin Anna Berg): "so" as the attribution, with a name that ends
// the sentence or the clause. An English "so" after a quotation is a
// conjunction, its name the subject of a verb that follows ("…", so Smith
// left), which the end of the name rules out.
func soName(toks []tok, i int) (attribution, bool) {
	if i >= len(toks) || toks[i].kind != tokWord || toks[i].w != "so" {
		return attribution{}, false
	}
	a, e, ok := speakerAfter(toks, i+1)
	if !ok {
		if a, e, ok = roleThenName(toks, i+1); !ok {
			return attribution{}, false
		}
	}
	if a.pronoun {
		return attribution{}, false
	}
	if e+1 < len(toks) && toks[e+1].kind != tokComma && !(toks[e+1].kind == tokOther && (toks[e+1].r == '.' || toks[e+1].r == ';')) {
		return attribution{}, false
	}
	return withVerb(a, toks[i], "so"), true
}

// hoyName matches Malagasy "hoy X" at toks[i] (« … », hoy izy; « … »,
// hoy Rasolofonirina Tahiry, ben'ny tanàna): "hoy" (said) as the
// attribution, the name or the pronoun after it ending the clause.
// Spanish "hoy" (today) after a quotation opens a clause of its own
// ("…”, hoy Madrid amanece en calma), its name the subject of a verb,
// which the end of the name rules out.
func hoyName(toks []tok, i int) (attribution, bool) {
	if i >= len(toks) || toks[i].kind != tokWord || toks[i].w != "hoy" || !toks[i].low {
		return attribution{}, false
	}
	a, e, ok := speakerAfter(toks, i+1)
	if !ok || !clauseEnds(toks, e+1) {
		return attribution{}, false
	}
	return withVerb(a, toks[i], "hoy"), true
}

// heisstEs matches German "heißt es" at toks[i] ("it says", of a text
// quoted: „…“, heißt es in der Mitteilung): an attribution whose speaker
// is the pronoun.
func heisstEs(toks []tok, i int) (attribution, bool) {
	if i+1 >= len(toks) || toks[i].kind != tokWord || toks[i].w != "heißt" && toks[i].w != "hieß" ||
		toks[i+1].kind != tokWord || toks[i+1].w != "es" {
		return attribution{}, false
	}
	return withVerb(attribution{ok: true, first: toks[i+1], last: toks[i+1], pronoun: true}, toks[i], toks[i].w), true
}

// invertedPronoun matches the French incise with its subject pronoun
// joined to the verb: "ajoute-t-il", "dit-elle", or to the auxiliary
// before a participle, "a-t-il ajouté". The speaker is the pronoun.
func invertedPronoun(toks []tok, i int) (attribution, bool) {
	if i >= len(toks) || toks[i].kind != tokWord || !toks[i].low {
		return attribution{}, false
	}
	if i+2 < len(toks) && (toks[i].w == "a-t" || toks[i].w == "åt") && (toks[i+1].w == "i" || toks[i+1].w == "ele") && isVerb(toks[i+2]) {
		// Walloon writes the pronoun apart: "«…», a-t i dit" (has he
		// said), "a-t ele dit".
		return withVerb(attribution{ok: true, first: toks[i+1], last: toks[i+1], pronoun: true}, toks[i+2], toks[i+2].w), true
	}
	parts := strings.Split(toks[i].w, "-")
	if len(parts) < 2 {
		return attribution{}, false
	}
	pro := parts[len(parts)-1]
	if pro != "il" && pro != "elle" && pro != "ils" && pro != "elles" {
		return attribution{}, false
	}
	pt := toks[i] // the pronoun alone: "il" of "ajoute-t-il"
	pt.sp.Start, pt.w = pt.sp.End-len(pro), pro
	a := attribution{ok: true, first: pt, last: pt, pronoun: true}
	switch {
	case verbs[parts[0]]:
		return withVerb(a, toks[i], parts[0]), true
	case auxiliaries[parts[0]] && i+1 < len(toks) && isVerb(toks[i+1]):
		return withVerb(a, toks[i+1], toks[i+1].w), true
	}
	return attribution{}, false
}

// before matches the nearest attribution before the quotation in its
// sentence: `X said: "`, `X said Putin would "…"`, `X, who …, said "…"`,
// `according to X, "…"`. A verb without a speaker before it ("and said")
// is passed over for an earlier one ("He claimed …, and said").
func before(toks []tok) attribution {
	if a, ok := wordsOf(toks); ok {
		return a
	}
	if a, ok := tonganBefore(toks); ok {
		return a
	}
	if n := len(toks); n >= 4 && n <= 6 && toks[n-1].kind == tokColon && toks[n-2].w == "re" && (toks[n-3].w == "a" || toks[n-3].w == "o") &&
		(toks[0].w == "O" || toks[0].w == "A") {
		// Sesotho "O boetse a re: “…”" (he also said), "O re: “…”"
		// (he says): the subject pronoun opens the sentence, the verb
		// "re" (say) with its concord before the colon. Not the
		// first-person "re" (we), which never stands before a colon.
		return withVerb(attribution{ok: true, first: toks[0], last: toks[0], pronoun: true}, toks[n-2], "re")
	}
	for v := len(toks) - 1; v >= 0; v-- {
		if isAccording(toks, v) {
			if a, _, ok := speakerAfter(toks, v+2); ok {
				return withVerb(a, toks[v], "according to")
			}
			continue
		}
		two := v > 0 && toks[v-1].kind == tokWord && toks[v].kind == tokWord && vietnameseVerbs[toks[v-1].w+" "+toks[v].w]
		if !isVerb(toks[v]) && !two {
			continue
		}
		if v+1 < len(toks) && toks[v+1].kind == tokWord && yesNo[strings.ToLower(toks[v+1].w)] {
			continue // "Pramont dit non à son « gratte-ciel »": a refusal, no attribution
		}
		e := v - 1
		if two {
			e-- // "ông X, …, cảnh báo:": the verb's first word
		}
		if e >= 0 && toks[e].kind == tokWord && (toks[e].w == "a" || toks[e].w == "A") && mooreVerbs[toks[v].w] {
			// Mooré "A yeelame: « … »" (he said): the pronoun before
			// the verb, which is French's auxiliary elsewhere; after a
			// subject set before it with its comma, the pronoun takes
			// that subject up ("Komĩnã meer a Kabore Isaka sẽn togs
			// kibarã, a yeelame: « … »", the commune's mayor Kabore
			// Isaka, who told the news, he said).
			if e > 0 && toks[e-1].kind == tokComma {
				if a, ok := mooreTopic(toks[:e-1]); ok {
					return withVerb(a, toks[v], toks[v].w)
				}
			}
			return withVerb(attribution{ok: true, first: toks[e], last: toks[e], pronoun: true}, toks[v], toks[v].w)
		}
		for e >= 0 && isAux(toks[e]) {
			e--
		}
		if e >= 0 && toks[e].w == "ɓeydi" && pulaarVerbs[toks[v].w] {
			e-- // Pulaar "Meer oo ɓeydi wiyde: « … »" (the mayor added:), "ɓeydi" (added) before "wiyde" (to say)
		}
		if e >= 0 && toks[e].kind == tokOther && toks[e].r == ')' {
			// A party, a ward or an age in parentheses after the name:
			// "Cllr Maureen Achterberg (Lib Dem, Elmsworth North)
			// said:", "Jan Novak (45) said".
			for k := e - 1; k >= 0 && k >= e-maxSubjectParenToks; k-- {
				if toks[k].kind == tokOther && toks[k].r == '(' {
					e = k - 1
					break
				}
				if toks[k].kind == tokQuote || toks[k].kind == tokOther && toks[k].r == ')' {
					break
				}
			}
		}
		if a, ok := anonymousSubject(toks, e); ok {
			return withVerb(a, toks[v], toks[v].w)
		}
		if e >= 0 && toks[e].kind == tokWord && pulaarPronouns[strings.ToLower(toks[e].w)] && pulaarVerbs[toks[v].w] {
			// Pulaar "O ɓeydi wiyde: « … »" (he added:), "ɓe wiyi" (they
			// said): the subject pronoun, no name.
			return withVerb(attribution{ok: true, first: toks[e], last: toks[e], pronoun: true}, toks[v], toks[v].w)
		}
		if a, ok := postposedDescription(toks, e, toks[v].w); ok && (a.first == toks[0] || toks[index(toks, a.first)-1].kind != tokWord) {
			return withVerb(a, toks[v], toks[v].w) // Pulaar "Meer oo ɓeydi wiyde: « … »"
		}
		if e >= 0 && toks[e].kind == tokComma {
			// An apposition: "David Lammy, who was also at the meeting,
			// said"; or the name itself between the commas after its
			// role: "O coordenador da Defesa Civil, Edvaldo Prates,
			// contou".
			for k := e - 1; k >= 0 && k >= e-16; k-- {
				if toks[k].kind == tokComma {
					// Not after "the": "Dr Helen Markby, the HSI's Chief
					// Inspector of Hospitals, said" is the name, then its
					// title in capitals.
					if a, end, ok := speakerAfter(toks, k+1); ok && !a.pronoun && end == e-1 && end > k+1 && toks[k+1].w != "the" {
						return withVerb(a, toks[v], toks[v].w)
					}
					if k+2 < e && toks[k+1].kind == tokWord && toks[k+1].low && toks[k+1].w != "the" && toks[k+1].w != "a" && roleArticles[toks[k+1].w] {
						// The name after its article and role between
						// the commas: "Dessen Leiterin, die Hydrologin
						// Elisabeth Weinzierl, sagte" — German writes
						// the role in capitals, so the run is the role
						// and the name, at least two words, closing the
						// apposition.
						if a, end, ok := speakerAfter(toks, k+2); ok && !a.pronoun && end == e-1 && end > k+2 {
							return withVerb(a, toks[v], toks[v].w)
						}
					}
					if a, ok := speakerBefore(toks, k-1); ok {
						if b, ok := relativeOfRole(toks, k); ok {
							a = b
						}
						return withVerb(a, toks[v], toks[v].w)
					}
					break
				}
			}
			continue
		}
		if a, ok := speakerBefore(toks, e); ok {
			return withVerb(a, toks[v], toks[v].w)
		}
	}
	if len(toks) > 2 && toks[0].kind == tokWord && verbs[strings.ToLower(toks[0].w)] && toks[len(toks)-1].kind == tokColon {
		// The verb first, its subject after it, a colon before the
		// quotation: Welsh "Dywedodd y Cynghorydd Dafydd Rhys Bowen,
		// sy'n cynrychioli'r ward: “…”" (said the councillor …), the
		// order of a verb-first language.
		s := 1
		if toks[s].kind == tokWord && verbFirstArticles[toks[s].w] {
			s++
		}
		if a, _, ok := speakerAfter(toks, s); ok && !a.pronoun {
			return withVerb(a, toks[0], strings.ToLower(toks[0].w))
		}
	}
	return colonSubject(toks)
}

// relativeWords open a relative clause on the noun before their comma.
var relativeWords = map[string]bool{"which": true, "who": true, "whose": true, "where": true}

// relativeOfRole reads the speaker of "Martin Oduya, regional organiser
// for the Care and Support Workers' Union, which represents around 70
// staff, said": the clause after the comma at toks[k] is a relative one
// on the body its role names, and the name before the role's comma,
// which opens in lower case, is the speaker, not the body. Without a
// role before it ("The union, which represents …, said"; "David Lammy,
// who was there, said") the noun before the clause speaks.
func relativeOfRole(toks []tok, k int) (attribution, bool) {
	if k+1 >= len(toks) || !relativeWords[toks[k+1].w] {
		return attribution{}, false
	}
	for j := k - 1; j >= 0 && j >= k-maxGikuyuApposition; j-- {
		switch toks[j].kind {
		case tokComma:
			if j+1 < k && toks[j+1].low && !clauseWords[toks[j+1].w] {
				if a, ok := speakerBefore(toks, j-1); ok && !a.pronoun {
					return a, true
				}
			}
			return attribution{}, false
		case tokQuote, tokColon:
			return attribution{}, false
		}
	}
	return attribution{}, false
}

// bantuPrefixes are the noun-class prefixes and particles isiZulu and
// isiXhosa join to a proper noun, in lower case before its capital:
// "uNdwandwe", "iMeya" (the Mayor), "kuMnyango", "woMnyango" (of the
// Department), "ngu-" with a hyphen.
var bantuPrefixes = []string{"u", "i", "e", "o", "a", "ku", "kwa", "ka", "no", "na", "ngu", "nge", "wo", "we", "ba", "be", "ya", "ye", "za", "ze", "lo", "le", "so", "se"}

// bantuName reports whether w is a proper noun with its isiZulu prefix:
// one of bantuPrefixes, a hyphen at most, then a capital ("uNdwandwe",
// "iMeya", "yi-Isolezwe"). Such a word is capitalised for a name's
// purposes, as a name in another language is.
func bantuName(w string) bool {
	_, ok := BantuStem(w)
	return ok
}

// BantuStem returns the proper noun w without its isiZulu prefix
// ("uNdwandwe" → "Ndwandwe"), and false when w is no such word.
func BantuStem(w string) (string, bool) {
	for _, p := range bantuPrefixes {
		rest, ok := strings.CutPrefix(w, p)
		if !ok {
			continue
		}
		rest = strings.TrimPrefix(rest, "-")
		if r, _ := utf8.DecodeRuneInString(rest); rest != "" && unicode.IsUpper(r) {
			return rest, true
		}
	}
	return "", false
}

// verbFirstArticles are the articles between a sentence-initial verb of
// speech and its subject: Welsh "y", "yr" ("Dywedodd y Cynghorydd …").
var verbFirstArticles = map[string]bool{"y": true, "yr": true, "the": true}

// yesNo are the words after which a speech verb says yes or no to
// something ("dit non à", "says no to", "sagt Nein zu", "dice sí a"): the
// sentence reports a decision, and a quotation after it is nobody's words.
var yesNo = map[string]bool{
	"no": true, "yes": true, "non": true, "oui": true, "nein": true, "ja": true, "sí": true,
	"si": true, "não": true, "sim": true, "nee": true, "nej": true, "nei": true,
}

// colonSubjectReach bounds the role before an apposed name: "A presidente
// da Junta de Freguesia, Arminda Coelho, …" has six words before the comma.
const colonSubjectReach = 10

// colonSubject reads the speaker of a quotation that a colon introduces
// after a sentence with no attribution verb: the sentence's subject, a
// name of two or more words opening it ("Arminda Coelho fez as contas de
// cabeça: «…»") or apposed to the role that opens it ("A presidente da
// Junta de Freguesia, Arminda Coelho, fez as contas: «…»"). The colon
// hands the subject's words over.
func colonSubject(toks []tok) attribution {
	n := len(toks)
	if n < 3 || toks[n-1].kind != tokColon {
		return attribution{}
	}
	if a, e, ok := speakerAfter(toks, 0); ok && !a.pronoun && e >= 1 && e+1 < n-1 &&
		(toks[e+1].kind == tokWord && toks[e+1].low && (!descriptionArticles[toks[0].w] || spokesNouns[strings.ToLower(toks[e+1].w)]) || toks[e+1].kind == tokComma) {
		// "Lt. Marcus Bell, who heads the investigators, had a message:
		// "…"". Not an article's capitalised words before a noun: "The
		// Labour leader said:" describes someone, and names nobody;
		// but before a spokesperson the words are who speaks ("A
		// Department of Health spokesperson said:").
		return a
	}
	for c := 1; c < n && c <= colonSubjectReach; c++ {
		if toks[c].kind != tokComma {
			if toks[c].kind != tokWord {
				break
			}
			continue
		}
		if a, e, ok := speakerAfter(toks, c+1); ok && !a.pronoun && e > c+1 && e+1 < n-1 &&
			(toks[e+1].kind == tokComma || openers[toks[0].w] && toks[e+1].kind == tokWord && toks[e+1].low) {
			// The name apposed to a role, or the subject after an
			// opening phrase: "In her judgment, Lady Justice Penrose
			// went further: "…"".
			return a
		}
		break
	}
	return attribution{}
}

// hungarianDative reports whether w is a name in the Hungarian dative
// written with a hyphen after an abbreviation ("MTI-nek", "HVG-nak"):
// whom something was told.
func hungarianDative(w string) bool {
	for _, suf := range []string{"-nek", "-nak"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && utf8.RuneCountInString(stem) >= 2 && strings.ToUpper(stem) == stem {
			return true
		}
	}
	return false
}

// descriptionArticles open a description in English ("The Labour
// leader", "A Kellingham councillor"), not a name.
var descriptionArticles = map[string]bool{"The": true, "A": true, "An": true}

// spokesNouns are who speaks for an organisation: after its name, the
// organisation is the speaker ("A Department of Health spokesperson").
var spokesNouns = map[string]bool{"spokesperson": true, "spokesman": true, "spokeswoman": true, "representative": true}

// surnameColon reads the speaker of a quotation that a colon introduces
// after a sentence opened by one capitalised word and a lower-case one,
// when that word is the last of a name the text gave earlier: "Fire chief
// Denise Marchand said …" and later "Marchand also summed it up in a few
// words: "…"". Alone, one capitalised word at a sentence's start is as
// often a place, an organisation or a possessive ("Ukraine's leader
// continued …, writing:"); the name given whole before it is what makes
// it a person, the one news style calls by surname after first mention.
func surnameColon(text string, toks []tok) attribution {
	n := len(toks)
	if n < 3 || toks[n-1].kind != tokColon || toks[0].kind != tokWord || !toks[0].cap ||
		toks[1].kind != tokWord || !toks[1].low || openers[toks[0].w] || timeWords[toks[0].w] ||
		pronouns[strings.ToLower(toks[0].w)] || functionWords[strings.ToLower(toks[0].w)] || strings.ContainsAny(toks[0].w, "'\u2019") {
		return attribution{}
	}
	for _, t := range toks[1 : n-1] {
		if t.kind == tokQuote {
			return attribution{} // a quotation before: the colon may hand over its words
		}
	}
	if !namedBefore(text, toks[0]) {
		return attribution{}
	}
	if p, _, ok := roleThenName(toks, 1); ok && !p.pronoun {
		// The word names the body the person after a role belongs to
		// ("Mersham Knights" earlier; "Knights coach Declan Hurst was
		// full of it afterwards:"): the person speaks.
		return p
	}
	return attribution{ok: true, first: toks[0], last: toks[0]}
}

// functionWords are the articles and determiners that open a sentence
// in capitals and are never a surname ("The report ends with a warning:",
// "Lord of The Rings" earlier notwithstanding).
var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"its": true, "their": true, "his": true, "her": true, "our": true, "my": true, "your": true,
	"one": true, "some": true, "all": true, "each": true, "every": true, "no": true, "any": true,
	"el": true, "la": true, "los": true, "las": true, "le": true, "les": true, "il": true, "lo": true,
	"gli": true, "der": true, "die": true, "das": true, "ein": true, "eine": true, "de": true,
	"het": true, "een": true, "o": true, "os": true, "as": true, "um": true, "uma": true, "un": true,
	"una": true, "une": true, "des": true,
}

// namedBeforeBytes bounds how far back namedBefore looks: a long news
// story's earlier paragraphs. It keeps the search linear in a hostile
// text of many colons.
const namedBeforeBytes = 8000

// namedBefore reports whether the word t is, in the namedBeforeBytes of
// text before it, the last word of a name: written after a capitalised
// word, with a space between, and not followed by more letters.
func namedBefore(text string, t tok) bool {
	from := max(0, t.sp.Start-namedBeforeBytes)
	for end := t.sp.Start; ; {
		i := strings.LastIndex(text[from:end], t.w)
		if i < 0 {
			return false
		}
		i += from
		end = i
		j := i + len(t.w)
		if r, _ := utf8.DecodeRuneInString(text[j:]); j < len(text) && (isWord(r) || r == '\'' || r == '\u2019') {
			continue
		}
		if i < 2 || text[i-1] != ' ' {
			continue
		}
		k := i - 1
		for k > 0 {
			r, n := utf8.DecodeLastRuneInString(text[:k])
			if !isWord(r) {
				break
			}
			k -= n
		}
		if k == i-1 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(text[k:]); unicode.IsUpper(r) && !openers[text[k:i-1]] {
			return true
		}
	}
}

// afterLater matches an attribution in a later clause of the sentence:
// `… over a peace process, the Kremlin confirmed`, `…, Trump says`.
func afterLater(toks []tok, closed bool) attribution {
	for v := 1; v < len(toks); v++ {
		if toks[v-1].kind == tokComma {
			if a, ok := heisstEs(toks, v); ok {
				return a // „…“ werden, heißt es in der Mitteilung
			}
		}
		if isAccording(toks, v) {
			if a, _, ok := speakerAfter(toks, v+2); ok {
				return withVerb(a, toks[v], "according to")
			}
			continue
		}
		if !isVerb(toks[v]) {
			continue
		}
		if v+1 < len(toks) && toks[v+1].kind == tokWord && yesNo[strings.ToLower(toks[v+1].w)] {
			continue // "Pramont dit non à son « gratte-ciel »": a refusal, no attribution
		}
		e := v - 1
		for e >= 0 && isAux(toks[e]) {
			e--
		}
		a, ok := speakerBefore(toks, e)
		if !ok {
			continue
		}
		s := index(toks, a.first)
		if s == 0 && closed || s > 0 && toks[s-1].kind == tokComma {
			return withVerb(a, toks[v], toks[v].w)
		}
	}
	return attribution{}
}

// apposedRoleToks bounds the lower-case words of a role between its
// capitalised head and the comma before the person's name: "Waziri wa
// Barabara na Kazi za Umma wa kaunti," (a county's minister of roads and
// public works) runs eight past its head.
const apposedRoleToks = 10

// apposedName reads, from toks[k] on, the rest of a role that opened with
// a capitalised word and runs on in lower-case words and capitalised ones
// to a comma, and after that comma a name that ends the clause: the
// person the role describes (Swahili and the Romance languages put the
// office before the name: "alisema Waziri wa Barabara …, Peter Omondi
// Oketch."), of two words at least. Nothing when toks[k] already ends
// the clause.
func apposedName(toks []tok, k int) (attribution, bool) {
	if clauseEnds(toks, k) || toks[k].kind != tokWord || !toks[k].low {
		return attribution{}, false
	}
	j := k
	for j < len(toks) && j < k+apposedRoleToks && toks[j].kind == tokWord {
		j++
	}
	if j >= len(toks) || toks[j].kind != tokComma {
		return attribution{}, false
	}
	a, e, ok := speakerAfter(toks, j+1)
	if !ok || a.pronoun || e == j+1 || !clauseEnds(toks, e+1) || e+1 < len(toks) && toks[e+1].kind == tokComma {
		// A person's name of two words at least: after "kata Hendra di
		// Rantau Ulin," stands the day, "Selasa".
		return attribution{}, false
	}
	return a, true
}

// vietnameseVerbs are Vietnamese verbs of speech of two words, read by
// their pair before a quotation ("ông X, Phó chủ tịch UBND huyện, cảnh
// báo: “…”"): alone, "báo" (newspaper) or "mạnh" (strong) is no verb.
var vietnameseVerbs = map[string]bool{"cảnh báo": true, "thông báo": true, "khẳng định": true, "cho biết": true,
	"nhấn mạnh": true, "chia sẻ": true, "giải thích": true, "bày tỏ": true, "phát biểu": true, "tiết lộ": true}

// vietnameseHonorifics stand before a name in Vietnamese news (ông, Mr;
// bà, Mrs; anh, chị, to a younger man or woman), in lower case inside a
// sentence: "…”, ông Vinh nói."
var vietnameseHonorifics = map[string]bool{"ông": true, "bà": true, "anh": true, "chị": true}

// closedQuote reports whether the quotation (text span inner, marks
// outer) ends in punctuation inside its marks: "“We will win,”", „…?“.
func closedQuote(text string, inner, outer reprint.Span) bool {
	if inner.End > len(text) || inner.Start > inner.End {
		return false
	}
	body := strings.TrimRightFunc(text[inner.Start:inner.End], unicode.IsSpace)
	if body == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(body)
	return unicode.IsPunct(r) || outer.End > inner.End && strings.ContainsAny(text[inner.End:outer.End], ",.!?")
}

func index(toks []tok, t tok) int {
	for i := range toks {
		if toks[i].sp == t.sp {
			return i
		}
	}
	return -1
}

// attributionOnly reports whether the text between two quotations is an
// attribution and nothing else: `," he said. "`, `," said Putin, "`.
func attributionOnly(toks []tok) bool {
	i := 0
	if i < len(toks) && toks[i].kind == tokComma {
		i++
	}
	var j int
	if i < len(toks) && isVerb(toks[i]) {
		s := skipAside(toks, i+1)
		_, end, ok := speakerAfter(toks, s)
		if !ok {
			// `"…", zegt gedeputeerde Marloes Verhulst. "…"`: the role
			// before the name, as afterImmediate reads it.
			if _, end, ok = roleThenName(toks, s); !ok {
				return false
			}
		}
		j = end + 1
	} else {
		_, end, ok := speakerAfter(toks, i)
		if !ok {
			return false
		}
		j = end + 1
		for j < len(toks) && isAux(toks[j]) {
			j++
		}
		if j >= len(toks) || !isVerb(toks[j]) {
			return false
		}
		j++
	}
	// An apposition after the name: `"…," said Matthias Kroll, the
	// managing director. "…"`: a comma and a few words, none a verb.
	// The name of the body a role belongs to is one of its words,
	// however many capitals it takes, and an "and" between two of them
	// joins the name, not two clauses: `said Morag Lennox, regional
	// organiser for the Paper and Allied Trades Union. "…"`.
	if j < len(toks) && toks[j].kind == tokComma {
		k, words := j+1, 0
		name := false // the word before is part of a capitalised name
	apposition:
		for ; k < len(toks) && toks[k].kind == tokWord && !isVerb(toks[k]) && !isAux(toks[k]); k++ {
			switch t := toks[k]; {
			case clauseWords[t.w]:
				if !name || k+1 >= len(toks) || toks[k+1].kind != tokWord || !toks[k+1].cap {
					break apposition
				}
			case t.cap:
				if !name {
					words++
				}
				name = true
			case strings.HasSuffix(t.w, "ing"):
				break apposition
			default:
				words++
				name = false
			}
			if words > maxAppositionWords {
				break
			}
		}
		if k > j+1 && words <= maxAppositionWords && (k == len(toks) || toks[k].kind == tokOther && toks[k].r == '.') {
			j = k
		}
	}
	if j < len(toks) && (toks[j].kind == tokComma || toks[j].kind == tokColon ||
		toks[j].kind == tokOther && (toks[j].r == '.' || toks[j].r == '!' || toks[j].r == '?')) {
		j++
	}
	return j == len(toks)
}

// clauseWords open a clause, not a role: "…, adding that talks would
// resume" reports more speech between the pieces.
var clauseWords = map[string]bool{
	"that": true, "who": true, "which": true, "and": true, // English
	"dass": true, "wie": true, "und": true, // German
	"que": true, "qui": true, "et": true, "y": true, // French, Spanish
	"che": true, "e": true, "dat": true, "en": true, // Italian, Portuguese, Dutch
}

// maxAppositionWords bounds the apposition after an attribution's name
// ("Sprecher der Geschäftsführung", "the county's chief health officer"):
// a role is a few words, a clause after the comma is longer and has a verb.
// The capitalised name of the body the role belongs to counts as one word
// ("regional organiser for the Paper and Allied Trades Union" is five): a
// long name is no longer a role, and counting its words would cut roles
// at large bodies only.
const maxAppositionWords = 6
