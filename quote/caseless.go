package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/analysis"
)

// Speakers in scripts without case
//
// The patterns of speaker.go find a name by its capitals. Arabic, Hebrew,
// the Indic scripts, Georgian, Ethiopic, Chinese and the scripts of
// mainland Southeast Asia have none, so there a speaker is read by its
// place next to a verb of speech, as each language orders the two:
//
//	verb first      Arabic "وقال مدير السوق خالد العبيدات: «…»", Georgian
//	                "„…“, – აღნიშნა გეოლოგმა მარინე ჯაყელმა."
//	verb last       Hindi "तिवारी ने कहा, «…»", Urdu "… نے کہا", Dhivehi
//	                "“…” ޑރ. ނަސީމް ވިދާޅުވިއެވެ.", Nepali
//	                "…, अध्यक्ष पौडेलले बताइन्।", Bengali "… সাংবাদিকদের
//	                বলেন, “…”", Amharic "«…» ሲሉ … ተናግረዋል።", Tigrinya
//	                "«…» ክብሉ … ኣጠንቂቖም።"
//	run-final verb  Chinese "“…”陈德厚说。", "吴春山感慨地说：“…”": the verb
//	                ends the run of characters the speaker begins
//	topic first     Korean "한지석 해솔대 교수는 “…”고 지적했다": the speaker
//	                marked by the topic particle before the quotation, the
//	                quotative particle (고, 라고, 며) after it
//	honorific       Lao "ທ່ານ ສີສະຫວາດ ພົມມະຈັນ … ໄດ້ອະທິບາຍວ່າ: “…”", Thai
//	                "นาย …", Khmer "លោក …": the words after the honorific
//
// The speaker is the words beside the verb up to the clause's edge (a
// comma, a colon, a quotation, the sentence's start or end), at most
// maxCaselessWords, without the postposition that marks the agent (ने,
// نے) or an addressee (Bengali "সাংবাদিকদের", to journalists). Its
// first words may be a role or a place ("गांव के प्रधानाध्यापक तिवारी"):
// SameSpeaker compares last words, and the last is the name's. A
// pronoun (তিনি, उन्होंने, انہوں, 他) gives Pronoun, as in speaker.go.
// The rules are tried only for a quotation whose sentence holds no
// letter with case.

// maxCaselessWords bounds a speaker read beside its verb: a role, a
// place and a name of two or three words ("জেলা প্রশাসক মো. আরিফুল হক
// মজুমদার"). More is a clause.
const maxCaselessWords = 6

// verbOrder says where a language puts the speaker: after the verb
// (verbFirst) or before it (verbLast).
type verbOrder uint8

const (
	verbFirst verbOrder = iota + 1
	verbLast
)

// caselessVerbs are the verbs of speech news writes next to a speaker,
// with the side the speaker stands on. Arabic verbs may carry the
// conjunction و or ف (وقال, فأضاف): verbOf strips it.
var caselessVerbs = func() map[string]verbOrder {
	m := map[string]verbOrder{}
	for w := range hebrewVerbs {
		m[w] = verbFirst
	}
	for _, w := range strings.Fields(`قال قالت أضاف أضافت أوضح أوضحت أكد أكدت أشار أشارت تابع تابعت صرح صرحت ذكر ذكرت بين بينت يرى ترى
		განაცხადა აღნიშნა თქვა განმარტა დასძინა
		ⵉⵏⵏⴰ ⵜⵏⵏⴰ ⵏⵏⴰⵏ ⵉⵔⵏⴰ ⵜⵔⵏⴰ`) { // Tamazight in Tifinagh: said (he, she, they), added
		m[w] = verbFirst
	}
	for _, w := range strings.Fields(`ပြောကြားသည် ပြောသည် ပြောကြားခဲ့သည် ပြောကြားပါသည် ဆိုသည် ပြောပြသည်
		පැවසීය පැවසුවේය පැවසුවා පැවසුවාය කීය කීවේය කළේය කළාය
		कहा बताया बोले बोलीं कहते कहती
		कहलें कहलन कहले कहली बतवलें बतवलन बतवले बतवली बोललें बोलले
		کہا بتایا کہنا कहना
		چيو ٻڌايو چيائين ٻڌائين
		ক'লে কয় জনায় জনাইছে জনালে কৈছে উল্লেখ কৰে
		भने भनिन् बताए बताइन् भन्नुभयो बताउनुभयो बताउँछन् बताउँछिन् भन्छन् भन्छिन्
		বলেন বলেছেন জানান জানিয়েছেন বললেন
		જણાવ્યું કહ્યું ઉમેર્યું નોંધ્યું ઉચ્ચાર્યું
		ਕਿਹਾ ਦੱਸਿਆ ਆਖਿਆ
		అన్నారు తెలిపారు పేర్కొన్నారు చెప్పారు వాపోయారు వెల్లడించారు ఆరోపించారు కోరారు అన్నాడు అన్నది చేశారు ఇచ్చారు
		ብለዋል ተናግረዋል ገልጸዋል አስረድተዋል አስታውቀዋል
		ኣቢሎም ኣቢለን ኢሎም ኢለን ገሊጾም ገሊጸን ሓቢሮም ሓቢረን ኣጠንቂቖም ኣጠንቂቐን ተማሕጺኖም ተማሕጺነን ኣረጋጊጾም ኣረጋጊጸን ተዛሪቦም
		گفت افزود
		وتی گوتی وتیشی وت ڕایگەیاند ڕاشیگەیاند دەڵێت ڕوونیکردەوە ئاشکرایکرد
		କହିଛନ୍ତି ଜଣାଇଛନ୍ତି କହିଥିଲେ ଜଣାଇଥିଲେ କହିଲେ ଜଣାଇଲେ
		ވިދާޅުވިއެވެ ވިދާޅުވި ވިދާޅުވީ ބުންޏެވެ ބުނީ ބުނެފިއެވެ ވިދާޅުވެއްޖެއެވެ
		ಹೇಳಿದರು ಹೇಳಿದ್ದಾರೆ ತಿಳಿಸಿದರು ತಿಳಿಸಿದ್ದಾರೆ ಸ್ಪಷ್ಟಪಡಿಸಿದರು ದೂರಿದರು ಆರೋಪಿಸಿದರು ಒತ್ತಾಯಿಸಿದರು ಎಚ್ಚರಿಸಿದರು ಅಭಿಪ್ರಾಯಪಟ್ಟರು ಹೇಳಿದ ನಿರಾಕರಿಸಿದರು ನಿರಾಕರಿಸಿದ್ದಾರೆ ಅಲ್ಲಗಳೆದರು ಅಲ್ಲಗಳೆದಿದ್ದಾರೆ`) {
		m[w] = verbLast
	}
	return m
}()

// Georgian and Hebrew put the speaker after the verb in the incise after
// a quotation ("– აღნიშნა X", "\"…\", אמר ראש המועצה") and before it
// when the verb introduces one ("X-მ განაცხადა: „…“", "ראש המועצה אמר:
// \"…\""): eitherSideVerb tells the two apart by side.
func eitherSideVerb(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.Is(unicode.Georgian, r) || hebrewVerbs[w]
}

// hebrewPrepositional reports whether w opens with a Hebrew preposition
// joined to it, by a hyphen ("ל-ynet") or as the prefix of a noun of
// manner ("בכאב", in pain; "בחיוך", with a smile): no speaker's name.
func hebrewPrepositional(w string) bool {
	if w == "ל" || w == "ב" || strings.HasPrefix(w, "ל-") || strings.HasPrefix(w, "ב-") {
		return true
	}
	return hebrewManner[w]
}

// hebrewManner are the nouns of manner after a verb of speech, with ב.
var hebrewManner = map[string]bool{"בכאב": true, "בחיוך": true, "בהתרגשות": true, "בתקיפות": true, "בזעם": true, "בעצב": true, "בגאווה": true}

// hebrewVerbs are the verbs of speech next to a speaker in Hebrew
// script: Hebrew's, masculine and feminine, and Yiddish's present tense
// ("„…“, זאגט חיים רובין", says), which stands where Hebrew's does.
var hebrewVerbs = map[string]bool{
	"אמר": true, "אמרה": true, "סיפר": true, "סיפרה": true, "הוסיף": true, "הוסיפה": true,
	"ציין": true, "ציינה": true, "הסביר": true, "הסבירה": true, "מסר": true, "מסרה": true,
	"הדגיש": true, "הדגישה": true, "טען": true, "טענה": true,
	"זאגט": true, "דערציילט": true, "ערקלערט": true, "באטאנט": true, "מיינט": true, "באמערקט": true,
	"זאגן": true, "דערציילן": true,
}

// yiddishAuxiliaries and yiddishParticiples make Yiddish's perfect of
// speech, the auxiliary first and the participle last with the speaker
// between: "„…“, האט גאלדבערגער צוגעגעבן" (Goldberger added), "האט ער
// געזאגט" (he said).
var (
	yiddishAuxiliaries = map[string]bool{"האט": true, "האבן": true}
	yiddishParticiples = map[string]bool{
		"געזאגט": true, "צוגעגעבן": true, "דערציילט": true, "ערקלערט": true, "באטאנט": true,
		"באמערקט": true, "געשריבן": true, "אנגעוויזן": true, "געמיינט": true, "געווארנט": true,
	}
)

// abbreviationMark reports whether r, an edge among a name's words,
// closes a Hebrew-script abbreviation (the geresh of ר', Reb), typed as
// itself or as an apostrophe.
func abbreviationMark(r rune) bool { return r == '\'' || r == '׳' || r == '’' }

// maxYiddishSpeakerWords bounds the speaker between a Yiddish auxiliary
// and its participle: a title and a name of three words ("ר' שמעון
// גאלדבערגער"), or a role and a name.
const maxYiddishSpeakerWords = 5

// yiddishPerfect reads the speaker of a Yiddish perfect of speech among
// ws, the clause after a quotation: the auxiliary first, then the words
// up to a participle of yiddishParticiples that ends the clause, or the
// participle and the words after it.
func yiddishPerfect(ws []cword) (cattr, bool) {
	lo := 0
	for lo < len(ws) && ws[lo].w == "" {
		lo++
	}
	if lo >= len(ws) || !yiddishAuxiliaries[ws[lo].w] {
		return cattr{}, false
	}
	if lo+2 < len(ws) && yiddishParticiples[ws[lo+1].w] && ws[lo+2].w != "" {
		// The participle first, the speaker after it to the clause's
		// edge: "„…“, האט געזאגט ר' שמעון גאלדבערגער, דער פארזיצער".
		last := lo + 2
		for last+1 < len(ws) && last+1 < lo+2+maxYiddishSpeakerWords+1 && (ws[last+1].w != "" || abbreviationMark(ws[last+1].r)) {
			last++
		}
		a := cattr{sp: reprint.Span{Start: ws[lo+2].sp.Start, End: ws[last].sp.End}, verb: ws[lo+1].w}
		a.pronoun = last == lo+2 && caselessPronouns[ws[lo+2].w]
		return a, true
	}
	for j := lo + 2; j < len(ws) && j <= lo+1+maxYiddishSpeakerWords; j++ {
		if ws[j].w == "" {
			return cattr{}, false
		}
		if !yiddishParticiples[ws[j].w] {
			continue
		}
		if j+1 < len(ws) && ws[j+1].w != "" {
			return cattr{}, false // the participle of a longer clause
		}
		a := cattr{sp: reprint.Span{Start: ws[lo+1].sp.Start, End: ws[j-1].sp.End}, verb: ws[j].w}
		a.pronoun = j == lo+2 && caselessPronouns[ws[lo+1].w]
		return a, true
	}
	return cattr{}, false
}

// agentMarks are the postpositions that mark the speaker before the verb
// (Hindi ने, Urdu نے): the speaker is the words before them; and the
// genitive before the verbal noun "saying" (Urdu "X کا کہنا تھا کہ",
// X's saying was that).
var agentMarks = map[string]bool{"ने": true, "نے": true, "کا": true, "का": true, "က": true, "ਨੇ": true}

// clauseTails may follow a verb-last verb in its clause: the auxiliary of
// "کہنا تھا" (was saying). The conjunction that opens what was said
// ("کہا کہ", "कहा कि") ends the clause (endsClause).
var clauseTails = map[string]bool{"تھا": true, "تھی": true, "ہے": true, "था": true, "थी": true, "है": true,
	"હતું": true, "હતી": true, "હતા": true, "છે": true, // Gujarati: "જણાવ્યું હતું"
	"ਸੀ": true, "ਹੈ": true} // Punjabi: "ਕਿਹਾ ਸੀ"

// endsClause reports whether ws[k+1:] up to the clause's edge (or end) is
// only clauseTails.
func endsClause(ws []cword, k int) bool {
	for j := k + 1; j < len(ws); j++ {
		switch {
		case ws[j].w == "":
			return true
		case ws[j].w == "کہ" || ws[j].w == "कि" || ws[j].w == "કે" || ws[j].w == "ਕਿ" || ws[j].w == "ته":
			return true // what was said follows: "X نے بتایا کہ …"
		case !clauseTails[ws[j].w]:
			return false
		}
	}
	return true
}

// caselessPronouns are the pronouns that stand for a speaker named
// elsewhere: Hindi and Urdu with their agent marks fused or apart,
// Nepali, Bengali, Persian, Georgian, Amharic.
var caselessPronouns = map[string]bool{
	"उन्होंने": true, "उसने": true, "वह": true, "वे": true, "उन": true, "انہوں": true, "اس": true, "وہ": true, "ان": true,
	"उनले": true, "उहाँले": true, "उनी": true, "তিনি": true, "তাঁরা": true, "তারা": true, "সে": true,
	"وی": true, "او": true, "მან": true, "მათ": true, "ის": true, "እሳቸው": true, "እሱ": true, "እሷ": true,
	"ඔහු": true, "ඇය": true, "ඔවුන්": true, "သူ": true, "သူမ": true, "הוא": true, "היא": true,
	"ער": true, "זי": true, "זיי": true, // Yiddish
	"ఆమె": true, "ఆయన": true, "అతను": true, "వారు": true, // Telugu
	"તેમણે": true, "તેણે": true, // Gujarati
	"ಅವರು": true, "ಆತ": true, "ಆಕೆ": true, // Kannada
	"ସେ": true, "ସେମାନେ": true, // Odia
	"ਉਨ੍ਹਾਂ": true, "ਉਸ": true, // Punjabi
	"उहाँ": true, "उहां": true, "ऊ": true, // Bhojpuri ("उहाँ के कहलें", he said, honorific)
	"هن": true, "هنن": true, "هُن": true, // Sindhi
	"তেওঁ": true, "তেওঁলোকে": true, "তাই": true, // Assamese
}

// clauseStops end a speaker read backwards from its verb: postpositions
// and conjunctions that close the phrase before it ("मीडिया से बातचीत में
// उन्होंने कहा": "में" ends "in the conversation with the media").
var clauseStops = map[string]bool{
	"में": true, "से": true, "पर": true, "को": true, "और": true, "कि": true, "लेकिन": true,
	"میں": true, "سے": true, "پر": true, "کو": true, "اور": true, "کہ": true, "لیکن": true,
	"۾": true, "ته": true, "۽": true, // Sindhi: in, that, and
	"मा": true, "र": true, "तर": true, "এবং": true, "ও": true, "কিন্তু": true, "তবে": true,
	"و": true, "در": true, "به": true, "از": true, "ሲሉ": true, "ሲል": true, "በማለት": true,
	"ክብሉ": true, "ክብላ": true, "ክብል": true, // Tigrinya "saying", as Amharic ሲሉ
	// The quotative particles that close a quotation before its
	// speaker: Sinhala "යැයි", "කියා", Burmese "ဟု", Telugu "అని",
	// Kannada "ಎಂದು", Odia "ବୋଲି".
	"යැයි": true, "කියා": true, "යනුවෙන්": true, "ဟု": true, "అని": true, "એમ": true, "ಎಂದು": true, "ବୋଲି": true,
}

// addresseeEnds are the endings of a word naming the one spoken to,
// passed over between the speaker and a verb-last verb: Bengali
// "সাংবাদিকদের" (to journalists), "কে" (to).
var addresseeEnds = []string{"দের", "কে", "ರಿಗೆ"} // Kannada "ಸುದ್ದಿಗಾರರಿಗೆ" (to reporters)

// arabicVerbStops end a speaker read forward from an Arabic verb: the
// particles that open what was said (أن، إن), time words and the
// prepositions of an occasion. A
// preposition does not: the role before a name holds them ("مديرة
// الدائرة الهندسية في البلدية المهندسة ريم السعايدة"), and a phrase run
// on after the name ("… في تصريح") leaves its name among the speaker's
// words, which SameSpeaker reads.
var arabicVerbStops = map[string]bool{
	"أن": true, "إن": true, "إنّ": true, "بأن": true, "اليوم": true, "أمس": true,
	// The occasion after the speaker, which no role holds: "وأكد
	// المحافظ خلال مراسم التدشين" (during the launch ceremony), "أثناء"
	// (while), "عقب" (after).
	"خلال": true, "أثناء": true, "عقب": true,
	"ⵉⵙ": true, // Tamazight "that": "ⵉⵏⵏⴰ ⵓⴱⵍⵍⴰ ⵉⵙ …" (Ublla said that …)
}

// maxArabicSpeakerWords bounds a speaker read forward from an Arabic
// verb: a role with its body and a name of three words.
const maxArabicSpeakerWords = 9

// verbOf returns the verb of caselessVerbs that w is, with its order:
// w itself, or an Arabic verb after the conjunction و or ف ("وقال" is
// "قال").
func verbOf(w string) (verb string, order verbOrder, ok bool) {
	if o, ok := caselessVerbs[w]; ok {
		return w, o, true
	}
	for _, p := range []string{"و", "ف"} {
		if rest, ok := strings.CutPrefix(w, p); ok {
			if o, ok := caselessVerbs[rest]; ok && o == verbFirst {
				return rest, o, true
			}
		}
	}
	return w, 0, false
}

// cword is a word of a caseless sentence with its span.
type cword struct {
	w  string
	sp reprint.Span
	r  rune // an edge's character, where w is ""
}

// caselessSentenceEnds end a sentence in the scripts this file reads,
// beside ". ! ?": the danda, the Urdu and Arabic stops, the Ethiopic full
// stop, the ideographic full stop and marks.
func caselessSentenceEnd(r rune) bool {
	switch r {
	case '.', '!', '?', '।', '॥', '۔', '؟', '።', '。', '！', '？', '\n', '။', '།', '༎':
		return true
	}
	return false
}

// clauseEdge reports whether r closes a speaker's clause: a sentence end
// or a comma, colon or dash of any script.
func clauseEdge(r rune) bool {
	switch r {
	case ',', ';', ':', '،', '؛', '፣', '፤', '፦', '，', '：', '、', '–', '—':
		return true
	}
	return caselessSentenceEnd(r) || isMark(r)
}

// cwords splits text[a:b] into words (runs of letters, marks and digits,
// with the zero-width joiners Indic and Arabic text carries, and the full
// stop inside an initial), and an empty word with its character for each
// clause edge between them.
func cwords(text string, a, b int) []cword {
	var out []cword
	for i := a; i < b; {
		r, n := utf8.DecodeRuneInString(text[i:b])
		if isWord(r) || r == '\u200c' || r == '\u200d' {
			j := i + n
			for j < b {
				r2, n2 := utf8.DecodeRuneInString(text[j:b])
				if !(isWord(r2) || r2 == '\u200c' || r2 == '\u200d' || r2 == '.' && j+n2 < b && isWord(firstRune(text[j+n2:b])) ||
					// Hebrew gershayim and geresh typed as straight marks
					// inside a word: ד"ר, צה"ל.
					(r2 == '"' || r2 == '\'') && j+n2 < b && unicode.Is(unicode.Hebrew, firstRune(text[j+n2:b])) && unicode.Is(unicode.Hebrew, lastRune(text[i:j]))) {
					break
				}
				j += n2
			}
			out = append(out, cword{w: text[i:j], sp: reprint.Span{Start: i, End: j}})
			i = j
			continue
		}
		if clauseEdge(r) && !(r == '.' && initialDot(text, i)) {
			out = append(out, cword{sp: reprint.Span{Start: i, End: i + n}, r: r}) // an edge: empty word
		}
		i += n
	}
	return out
}

// caselessSentence reports whether the text of a quotation (outer) and
// around it holds letters, and cased ones (a Latin name, "ynet") make less
// than a tenth of them: the rules of this file apply.
func caselessSentence(text string, outer reprint.Span) bool {
	lo, hi := max(0, outer.Start-window), min(len(text), outer.End+window)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	for hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi++
	}
	cased, letters := 0, 0
	for _, s := range []string{text[outer.Start:hi], text[lo:outer.Start]} {
		for _, r := range s {
			if !unicode.IsLetter(r) {
				continue
			}
			letters++
			if analysis.MarksCase(r) {
				cased++
				if cased >= caselessEarlyOut && 10*cased >= letters {
					return false // Latin text, the common case, is decided at its first letters
				}
			}
		}
	}
	return letters > 0 && 10*cased < letters
}

// caselessEarlyOut: a sentence is known to be cased once this many cased
// letters make a tenth of the letters read (caselessSentence reads no
// further): the quotations of Latin, Cyrillic or Greek text cost a few
// letters' reading, not the window's.
const caselessEarlyOut = 8

// sentenceAfter returns the end of the sentence that goes on after e: the
// first sentence end after the quotation's closing mark, within window.
func sentenceAfter(text string, e int) int {
	limit := min(len(text), e+window)
	for i := e; i < limit; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if caselessSentenceEnd(r) && !(r == '.' && initialDot(text, i)) {
			return i
		}
		i += n
	}
	for limit < len(text) && !utf8.RuneStart(text[limit]) {
		limit++
	}
	return limit
}

// initialDot reports whether the full stop at text[i] closes an initial
// or a short abbreviation: the word before it has at most two letters
// ("කේ.ජී. පියසේන", "মো. আরিফুল"), or the text goes on without a space.
func initialDot(text string, i int) bool {
	if i+1 < len(text) && !unicode.IsSpace(firstRune(text[i+1:])) {
		return true
	}
	n := 0
	for j := i; j > 0; {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !isWord(r) {
			break
		}
		if !unicode.IsMark(r) {
			n++
		}
		j -= size
	}
	return n > 0 && n <= 2
}

// sentenceBefore returns the start of the sentence a quotation at s
// stands in: after the last sentence end before it, within window.
func sentenceBefore(text string, s int) int {
	return sentenceStart(text, s, window)
}

// antecedentSentenceBytes bounds a sentence CaselessAntecedent reads: an
// Arabic sentence of a speaker, his office, the occasion and what he
// said runs to 700 bytes and more, two bytes a letter.
const antecedentSentenceBytes = 2000

// sentenceStart returns the start of the sentence that holds s: after
// the last sentence end before it, at most reach bytes back.
func sentenceStart(text string, s, reach int) int {
	limit := max(0, s-reach)
	for i := s; i > limit; {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if caselessSentenceEnd(r) && r != '.' || r == '.' && i < len(text) && unicode.IsSpace(firstRune(text[i:])) {
			return i
		}
		i -= n
	}
	for limit > 0 && !utf8.RuneStart(text[limit]) {
		limit++
	}
	return limit
}

// caselessAttribute reads the speaker of q, whose sentence is in a
// script without case, by the rules above; it reports whether it found
// one.
func caselessAttribute(text string, q *Quote) bool {
	if a, ok := tibetanSpeaker(text, q.Outer); ok {
		return setCaseless(text, q, a)
	}
	if a, ok := koreanSpeaker(text, q.Outer); ok {
		return setCaseless(text, q, a)
	}
	if a, ok := hanSpeaker(text, q.Outer); ok {
		return setCaseless(text, q, a)
	}
	if a, ok := honorificSpeaker(text, q.Outer); ok {
		return setCaseless(text, q, a)
	}
	after := cwords(text, q.Outer.End, sentenceAfter(text, q.Outer.End))
	if a, ok := yiddishPerfect(after); ok {
		return setCaseless(text, q, a)
	}
	if a, ok := speakerNearVerb(after, true); ok {
		return setCaseless(text, q, a)
	}
	before := cwords(text, sentenceBefore(text, q.Outer.Start), q.Outer.Start)
	if a, ok := speakerNearVerb(before, false); ok {
		return setCaseless(text, q, a)
	}
	if a, ok := participleSpeaker(before); ok {
		return setCaseless(text, q, a)
	}
	return false
}

// arabicSayingParticiples are the Arabic participles of saying that end
// a clause before a quotation ("…، قائلاً: «…»", saying; "مضيفاً",
// adding; "موضحاً", explaining; "مؤكداً", stressing), with and without
// the tanwin, masculine and feminine: the clause's verb is any verb
// ("وطمأن رئيس البلدية … التجار قائلاً:", reassured the traders,
// saying), and its subject is the speaker.
var arabicSayingParticiples = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`قائلا قائلاً قائلة قائلةً مضيفا مضيفاً مضيفة مضيفةً موضحا موضحاً موضحة موضحةً مؤكدا مؤكداً مؤكدة مؤكدةً`) {
		m[w] = true
	}
	return m
}()

// arabicTopicOpeners open a topic fronted before a sentence's clause,
// up to its comma: "فيما يخص" and "فيما يتعلق ب" (as regards),
// "بالنسبة ل" (as for), "أما" (as for), "وعن" and "وحول" (about).
var arabicTopicOpeners = map[string]bool{
	"فيما": true, "وفيما": true, "بالنسبة": true, "وبالنسبة": true, "أما": true, "وأما": true,
	"وعن": true, "وحول": true, "وبشأن": true,
}

// arabicObjectStops are the prepositions that end a subject read forward
// from a verb that is no verb of speech: what follows is about what
// (بشأن, حول, عن), on whom (على), to whom (إلى) or of what (من: "حذر
// المحافظ من أي تهاون", the governor warned of any laxity).
var arabicObjectStops = map[string]bool{"بشأن": true, "حول": true, "عن": true, "على": true, "إلى": true, "من": true}

// participleSpeaker reads the speaker of a sentence that ends in an
// Arabic participle of saying before the quotation: the words after the
// sentence's first word, its verb (Arabic puts the verb first), up to a
// clause edge, a preposition of arabicObjectStops or
// maxArabicSpeakerWords. It may run into the verb's object ("رئيس
// البلدية نضال الخوالدة التجار"): SameSpeaker reads a name inside it.
func participleSpeaker(ws []cword) (cattr, bool) {
	hi := len(ws)
	for hi > 0 && ws[hi-1].w == "" {
		hi--
	}
	lo := 0
	for lo < hi && ws[lo].w == "" {
		lo++
	}
	if hi-lo < 3 || !arabicSayingParticiples[ws[hi-1].w] {
		return cattr{}, false
	}
	if arabicTopicOpeners[ws[lo].w] {
		// A fronted topic before the clause ("وفيما يخص إجراءات
		// الأمان، حذر المحافظ …، مؤكدا:", as for the safety measures,
		// the governor warned …, stressing): the clause opens after
		// the topic's comma.
		k := lo
		for k < hi-1 && ws[k].w != "" {
			k++
		}
		for k < hi-1 && ws[k].w == "" {
			k++
		}
		if hi-k < 3 {
			return cattr{}, false
		}
		lo = k
	}
	first, last := lo+1, lo
	for j := first; j < hi-1 && j < first+maxArabicSpeakerWords; j++ {
		if ws[j].w == "" || arabicVerbStops[ws[j].w] || arabicObjectStops[ws[j].w] {
			break
		}
		last = j
	}
	if last < first {
		return cattr{}, false
	}
	return cattr{sp: reprint.Span{Start: ws[first].sp.Start, End: ws[last].sp.End}, verb: ws[hi-1].w}, true
}

// cattr is a caseless attribution: the speaker's span, its verb, and
// whether it is a pronoun.
type cattr struct {
	sp      reprint.Span
	verb    string
	pronoun bool
}

func setCaseless(text string, q *Quote, a cattr) bool {
	q.SpeakerSpan, q.Verb = a.sp, a.verb
	if a.pronoun {
		q.Pronoun = true
		return true
	}
	q.Speaker = text[a.sp.Start:a.sp.End]
	return true
}

// speakerNearVerb reads a speaker beside a verb of caselessVerbs among ws,
// the words of the text after a quotation (after: the verb is looked for
// in the first clause, "«…» X ने कहा", "„…“, – აღნიშნა X") or before it
// (the verb closes the text, "X ने कहा, «…»", "وقال X: «…»").
func speakerNearVerb(ws []cword, after bool) (cattr, bool) {
	// The words of the clause next to the quotation: after it, up to the
	// first sentence end, passing the comma or dash that opens an incise;
	// before it, back from the end past one comma or colon.
	lo, hi := 0, len(ws)
	if after {
		for lo < hi && ws[lo].w == "" {
			lo++
		}
	} else {
		for hi > lo && ws[hi-1].w == "" {
			hi--
		}
	}
	for k := lo; k < hi; k++ {
		w := ws[k].w
		if w == "" {
			if after && k > lo+maxCaselessWords+2 {
				break
			}
			continue
		}
		verb, order, ok := verbOf(w)
		if !ok {
			continue
		}
		if !after && order != verbFirst && !endsClause(ws[:hi], k) {
			// Before the quotation a verb-last verb must end the text
			// before it: "X ने कहा, «…»", "X نے کہا کہ «…»".
			continue
		}
		next := k + 1
		for next < len(ws) && clauseTails[ws[next].w] {
			next++ // "…” એમ X-એ જણાવ્યું હતું.": the auxiliary after the verb
		}
		if after && order == verbLast && next < len(ws) && !(ws[next].w == "" && caselessSentenceEnd(ws[next].r)) {
			// After a quotation a verb-last verb closes the sentence
			// ("«…» X ने कहा।"); one followed by a comma introduces the
			// next quotation ("«…» उन्होंने कहा, «…»").
			continue
		}
		if eitherSideVerb(w) {
			// The incise after a quotation names the speaker after the
			// verb; a verb before one, before it.
			if after {
				order = verbFirst
			} else {
				order = verbLast
			}
		}
		var a cattr
		if order == verbFirst {
			a, ok = forward(ws, k+1, hi, !after)
			if !ok && (!after || k+1 >= hi || ws[k+1].w == "" || hebrewPrepositional(ws[k+1].w)) {
				// "وأضاف: «…»", "\"…\", סיפרה.": the subject in the
				// verb.
				return cattr{sp: ws[k].sp, verb: verb, pronoun: true}, true
			}
		} else {
			a, ok = backward(ws, lo, k)
		}
		if ok {
			a.verb = verb
			return a, true
		}
		return cattr{}, false
	}
	return cattr{}, false
}

// maxRoleToks bounds a role before an apposed name in forward: an office
// and its body ("مدير عام هيئة رأس المحار للمياه والكهرباء", seven).
const maxRoleToks = 10

// forward reads a speaker from ws[k] on, up to a clause edge, an Arabic
// particle or preposition, or maxCaselessWords words. Where the verb
// introduces the quotation (intro: the words run to it), a role and the
// name in apposition after a comma are one speaker: "وقالت الرئيسة
// التنفيذية لشركة سواحل، الدكتورة ليلى يوسف المرزوقي: «…»".
func forward(ws []cword, k, hi int, intro bool) (cattr, bool) {
	first, last := -1, -1
	j := k
	for ; j < hi && j < k+maxArabicSpeakerWords; j++ {
		if ws[j].w == "" || arabicVerbStops[ws[j].w] {
			break
		}
		if first < 0 && hebrewPrepositional(ws[j].w) {
			// "אמר ל-ynet" (told ynet), "אמר בכאב" (said in pain): the
			// one spoken to or the manner, not the speaker.
			return cattr{}, false
		}
		if first < 0 {
			first = j
		}
		last = j
	}
	if first < 0 {
		return cattr{}, false
	}
	for intro && j < hi && j < k+maxRoleToks && ws[j].w != "" && !arabicVerbStops[ws[j].w] {
		j++ // a long role runs to its comma: "مدير عام هيئة رأس المحار للمياه والكهرباء،"
	}
	if intro && j < hi && ws[j].w == "" {
		// The name after the role's comma, then only edges and particles
		// up to the quotation ("…، المهندس سالم عبيد الحمودي، أن «…»").
		m := j + 1
		for m < hi && m <= j+maxCaselessWords && ws[m].w != "" && !arabicVerbStops[ws[m].w] {
			m++
		}
		rest := m
		for rest < hi && (ws[rest].w == "" || arabicVerbStops[ws[rest].w]) {
			rest++
		}
		if m > j+1 && rest == hi {
			last = m - 1
		}
	}
	a := cattr{sp: reprint.Span{Start: ws[first].sp.Start, End: ws[last].sp.End}}
	a.pronoun = first == last && caselessPronouns[ws[first].w]
	return a, true
}

// backward reads a speaker ending before ws[k], the verb: past the
// adverbs and addressee between it and the agent mark, back to a clause
// edge, a clauseStop or maxCaselessWords words.
func backward(ws []cword, lo, k int) (cattr, bool) {
	if nounVerbs[ws[k].w] && (k == 0 || !verbNouns[ws[k-1].w]) {
		return cattr{}, false // "చేశారు" (did) speaks only after its noun
	}
	e := k - 1
	appositive := false
	if e > lo && ws[e].w == "" && (ws[e].r == ',' || ws[e].r == '،') && (soraniVerb(ws[k].w) || hebrewVerbs[ws[k].w]) {
		// The speaker in apposition before the verb, a comma after
		// each part: Sorani "حەمە ڕەشید عوسمان، موختاری گوندی
		// هەنارەوان، وتی:" (the name, the role, said), Hebrew "ד"ר
		// נועה רביבו, האקולוגית של הרשות, הסבירה". Both parts are the
		// speaker.
		e--
		appositive = true
	}
	for e > lo && (soraniAdverbs[ws[e].w] && soraniVerb(ws[k].w) || odiaAdverbs[ws[e].w]) {
		e-- // "… لەم بارەیەوە ئەوەشی وت" (in this regard said this too)
		if ws[e].w == "بارەیەوە" && e > lo && ws[e-1].w == "لەم" {
			e -= 2
		}
	}
	// An agent mark within a few words before the verb: the speaker
	// ends before it ("तिवारी ने भावुक होकर कहा").
	for j := e; j >= lo && j >= k-4; j-- {
		if ws[j].w == "" {
			break
		}
		if agentMarks[ws[j].w] && (ws[j].w != "کا" && ws[j].w != "का" || ws[k].w == "کہنا" || ws[k].w == "कहना") {
			e = j - 1
			break
		}
	}
	if gujarati(ws[k].w) {
		// Gujarati fuses the agent's mark to the name ("ત્રિવેદીએ",
		// "ગોહિલે"): the speaker ends at the nearest such word before
		// the verb, past the manner between ("ગોહિલે ‘ખબરસેતુ’ સાથેની
		// ટેલિફોનિક વાતચીતમાં કહ્યું": told in a phone call with the
		// portal), quotation marks included.
		for j := k - 1; j >= lo && j >= k-gujaratiAgentReach; j-- {
			if ws[j].w == "" {
				if isMark(ws[j].r) {
					continue
				}
				break
			}
			if gujaratiAgent(ws[j].w) {
				e = j
				break
			}
		}
	}
	for e >= lo && verbNouns[ws[e].w] {
		e-- // Sinhala "චෝදනා කළේය" (made an accusation): the noun is the verb's
	}
	for e >= lo && ws[e].w != "" && hasAddresseeEnd(ws[e].w) {
		e-- // "… সাংবাদিকদের বলেন"
	}
	if e > lo && (ws[e].w == "ಗೆ" || ws[e].w == "ಕ್ಕೆ") && ws[e-1].w == "" && isMark(ws[e-1].r) {
		// Kannada's dative joined to a quoted outlet: "ಅವರು
		// ‘ಪ್ರಜಾವಾಣಿ’ಗೆ ತಿಳಿಸಿದರು" (told Prajavani). The outlet is the
		// addressee, in its quotation marks.
		e--
		for e >= lo && ws[e].w == "" && isMark(ws[e].r) {
			e--
		}
		if e >= lo && ws[e].w != "" {
			e--
		}
		for e >= lo && ws[e].w == "" && isMark(ws[e].r) {
			e--
		}
	}
	for e > lo && postHonorifics[ws[e].w] {
		e-- // "පියසේන මහතා": the honorific after the name is no part of it
	}
	if e < lo || ws[e].w == "" || clauseStops[ws[e].w] {
		return cattr{}, false
	}
	if caselessPronouns[ws[e].w] {
		return cattr{sp: ws[e].sp, pronoun: true}, true
	}
	if ws[e].w == "के" && e-1 >= lo && caselessPronouns[ws[e-1].w] {
		// Bhojpuri's honorific "उहाँ के कहलें" (he said): the pronoun
		// and its particle.
		return cattr{sp: reprint.Span{Start: ws[e-1].sp.Start, End: ws[e].sp.End}, pronoun: true}, true
	}
	s := e
	for s-1 >= lo && s-1 > e-maxCaselessWords && ws[s-1].w != "" && !clauseStops[ws[s-1].w] {
		s--
	}
	if appositive && s-2 >= lo && ws[s-1].w == "" && (ws[s-1].r == ',' || ws[s-1].r == '،') {
		// The first part, back to the sentence's start.
		f := s - 2
		for f-1 >= lo && f-1 > s-2-maxCaselessWords && ws[f-1].w != "" && !clauseStops[ws[f-1].w] {
			f--
		}
		if ws[f].w != "" && (f == lo || ws[f-1].w == "" && ws[f-1].r != ',' && ws[f-1].r != '،') {
			s = f
		}
	}
	if ns, ne, ok := beforeRelative(ws, lo, s); ok {
		s, e = ns, ne
	}
	return cattr{sp: reprint.Span{Start: ws[s].sp.Start, End: ws[e].sp.End}}, true
}

// relativePronouns open a relative clause set off by commas after a name,
// in Sindhi (جنهن, جيڪو, جيڪا, جن), Urdu (جس, جن, جنہوں) and Hindi
// (जिसका, जिसकी, जिसके, जिसने, जो, जिन्होंने). Not Sindhi "جو", which is
// also the genitive "of".
var relativePronouns = map[string]bool{
	"جنهن": true, "جيڪو": true, "جيڪا": true, "جيڪي": true, "جن": true,
	"جس": true, "جنہوں": true,
	"जिसका": true, "जिसकी": true, "जिसके": true, "जिसने": true, "जो": true, "जिन्होंने": true,
}

// beforeRelative returns the words of a name before a relative clause
// set off by commas, when the speaker read back from the verb, ws[s] on,
// is that clause or follows it after a comma: "مائي زليخان ڄڻيجو، جنهن جو
// گهر به پاڻيءَ ۾ ڊهي پيو، ان رات جو احوال ڪندي چيو" (Mai Zulekhan
// Janejo, whose house fell too, telling of that night, said) is said by
// the name.
func beforeRelative(ws []cword, lo, s int) (ns, ne int, ok bool) {
	comma := func(i int) bool { return i >= lo && ws[i].w == "" && (ws[i].r == ',' || ws[i].r == '،') }
	r := s
	if !relativePronouns[ws[r].w] {
		if !comma(r - 1) {
			return 0, 0, false
		}
		p := r - 2
		for p-1 >= lo && ws[p-1].w != "" {
			p--
		}
		if p < lo || ws[p].w == "" || !relativePronouns[ws[p].w] {
			return 0, 0, false
		}
		r = p
	}
	if !comma(r-1) || r-2 < lo || ws[r-2].w == "" {
		return 0, 0, false
	}
	ne = r - 2
	ns = ne
	for ns-1 >= lo && ns-1 > ne-maxCaselessWords && ws[ns-1].w != "" && !clauseStops[ws[ns-1].w] {
		ns--
	}
	return ns, ne, true
}

// soraniVerb reports whether w is a Sorani Kurdish verb of speech: its
// letters ێ ۆ ڕ ڵ ە mark the script's Kurdish, which Arabic and Persian
// lack.
func soraniVerb(w string) bool {
	_, order, ok := verbOf(w)
	return ok && order == verbLast && (strings.ContainsAny(w, "ێۆڕڵە") || w == "وتی" || w == "گوتی" || w == "وت")
}

// soraniAdverbs stand between a Sorani speaker and the verb: ئەوەشی
// (this too), هەروەها (also), and the "in this regard" of "لەم
// بارەیەوە".
var soraniAdverbs = map[string]bool{"ئەوەشی": true, "هەروەها": true, "بارەیەوە": true}

// odiaAdverbs stand between an Odia speaker and the verb: ଆହୁରି
// (further), ମଧ୍ୟ (also).
var odiaAdverbs = map[string]bool{"ଆହୁରି": true, "ମଧ୍ୟ": true,
	// Sindhi's and Urdu's "further", "also" ("ايڪسيئن ڏاهري وڌيڪ چيو ته").
	"وڌيڪ": true, "پڻ": true, "مزید": true}

// gujaratiAgentReach bounds the words between a Gujarati speaker and the
// verb: a phone call with an outlet and where, six.
const gujaratiAgentReach = 7

// gujarati reports whether w is in the Gujarati script.
func gujarati(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.Is(unicode.Gujarati, r)
}

// gujaratiAgent reports whether w carries the agent's mark, -એ after a
// vowel and -ે after a consonant, and is none of the postpositions that
// end so (માટે, for; સાથે, with; રીતે, in the way of).
func gujaratiAgent(w string) bool {
	switch w {
	case "માટે", "સાથે", "રીતે", "તરફે", "વખતે", "સમયે", "કારણે":
		return false
	}
	return strings.HasSuffix(w, "એ") || strings.HasSuffix(w, "ે")
}

// verbNouns make a verb of speech with the Sinhala "කළේය" (did): "චෝදනා
// කළේය" (accused), "සඳහන් කළේය" (stated), "ප්‍රකාශ කළේය" (declared).
// So do Telugu's nouns before "చేశారు" (did) and "ఇచ్చారు" (gave):
// "ఆవేదన వ్యక్తం చేశారు" (expressed anguish), "డిమాండ్ చేశారు"
// (demanded), "స్పష్టత ఇచ్చారు" (made clear).
var verbNouns = map[string]bool{"චෝදනා": true, "සඳහන්": true, "ප්‍රකාශ": true, "පෙන්වා": true,
	"వ్యక్తం": true, "ఆవేదన": true, "ఆందోళన": true, "విజ్ఞప్తి": true, "ప్రకటన": true, "డిమాండ్": true, "స్పష్టత": true, "హామీ": true,
	"ኣስዕብ": true} // Tigrinya "ኣስዕብ ኣቢሎም" (added, literally "did adding")

// nounVerbs are the verbs that speak only after a noun of verbNouns:
// Telugu "చేశారు" alone is "did", Tigrinya "ኣቢሎም" alone "did".
var nounVerbs = map[string]bool{"చేశారు": true, "ఇచ్చారు": true, "ኣቢሎም": true, "ኣቢለን": true}

// postHonorifics follow a name in Sinhala ("පියසේන මහතා", Mr Piyasena;
// "සුජීවා මැණිකේ මහත්මිය", Mrs): SameSpeaker reads a name's last word,
// which must be the name's.
var postHonorifics = map[string]bool{"මහතා": true, "මහත්මිය": true, "මෙනවිය": true}

func hasAddresseeEnd(w string) bool {
	for _, e := range addresseeEnds {
		if strings.HasSuffix(w, e) && len(w) > len(e) {
			return true
		}
	}
	return false
}

// hanVerbs are the Chinese verbs of speech that end the run a speaker
// begins ("陈德厚说", "周维民表示", "他告诉记者"), in simplified and
// traditional characters (Taiwan's and Hong Kong's "蔡承翰說"), longest
// first.
var hanVerbs = []string{"告诉记者", "告訴記者", "对记者说", "對記者說", "感慨道", "回忆说", "回憶說", "介绍说", "介紹說",
	"表示", "介绍", "介紹", "指出", "坦言", "强调", "強調", "透露", "说道", "說道", "称", "稱", "说", "說"}

// hanAdverbs are the one-character adverbs that may stand between a
// speaker and the verb ("吳淑媛也說", also said; "他则表示"): no part of
// the name.
var hanAdverbs = []string{"也", "亦", "则", "則", "又", "还", "還", "更", "再"}

// hanPronouns stand for a speaker named elsewhere.
var hanPronouns = map[string]bool{"他": true, "她": true, "他们": true, "她们": true, "我": true, "我们": true}

// hanSpeaker reads a Chinese speaker: the run of Han characters right
// after the quotation (after a comma at most) or right before it (before
// a colon or comma) that ends with a verb of hanVerbs; the speaker is the
// run before the verb, without an adverb in 地 before it ("吴春山感慨地说").
func hanSpeaker(text string, outer reprint.Span) (cattr, bool) {
	// After: "“…”陈德厚说。", "“…”，他说。"
	i := outer.End
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r != '，' && r != ',' && r != ' ' {
			break
		}
		i += n
	}
	if a, ok := hanRun(text, i, true); ok {
		return a, true
	}
	// Before: "吴春山感慨地说：“…”"
	j := outer.Start
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if r != '：' && r != ':' && r != '，' && r != ' ' {
			break
		}
		j -= n
	}
	if j == outer.Start {
		return cattr{}, false
	}
	return hanRun(text, j, false)
}

// maxHanSpeakerRunes bounds the speaker of a Chinese attribution: a role
// and a name ("县文化和广电旅游体育局局长周维民", fifteen).
const maxHanSpeakerRunes = 16

// hanRun reads the Han run starting (forward) or ending (backward) at i
// and returns its speaker when it ends with a verb of hanVerbs.
func hanRun(text string, i int, forward bool) (cattr, bool) {
	s, e := i, i
	if forward {
		for e < len(text) {
			r, n := utf8.DecodeRuneInString(text[e:])
			if !unicode.Is(unicode.Han, r) {
				break
			}
			e += n
		}
	} else {
		for s > 0 {
			r, n := utf8.DecodeLastRuneInString(text[:s])
			if !unicode.Is(unicode.Han, r) {
				break
			}
			s -= n
		}
	}
	run := text[s:e]
	if run == "" {
		return cattr{}, false
	}
	for _, v := range hanVerbs {
		name, ok := strings.CutSuffix(run, v) // the verb ends the run: "…说。"
		if !ok {
			continue
		}
		if p := strings.LastIndex(name, "地"); p > 0 && utf8.RuneCountInString(name[p:]) == 1 && utf8.RuneCountInString(name[:p]) > 4 {
			// An adverb in 地 of two characters before the verb.
			name = name[:p]
			_, n1 := utf8.DecodeLastRuneInString(name)
			_, n2 := utf8.DecodeLastRuneInString(name[:len(name)-n1])
			name = name[:len(name)-n1-n2]
		}
		for _, dur := range []string{"著", "着"} {
			// A verb in 著 before the verb of speech ("廖金田笑著說",
			// said smiling): no part of the name.
			if p := strings.LastIndex(name, dur); p > 0 && p+len(dur) == len(name) && utf8.RuneCountInString(name[:p]) >= 3 {
				_, n := utf8.DecodeLastRuneInString(name[:p])
				name = name[:p-n]
			}
		}
		for _, adv := range hanAdverbs {
			if n, ok := strings.CutSuffix(name, adv); ok && utf8.RuneCountInString(n) >= 2 {
				name = n
				break
			}
		}
		nr := utf8.RuneCountInString(name)
		if nr == 0 || nr > maxHanSpeakerRunes {
			return cattr{}, false
		}
		sp := reprint.Span{Start: s, End: s + len(name)}
		return cattr{sp: sp, verb: v, pronoun: hanPronouns[name]}, true
	}
	return cattr{}, false
}

// honorifics name a person in Lao, Thai and Khmer: the words after one
// are a name ("ທ່ານ ສີສະຫວາດ ພົມມະຈັນ", Mr Sisavath Phommachanh); "ນາງ"
// (Mrs) after "ທ່ານ" is the honorific's. introVerbEnds close the text
// before a quotation that a verb of speech introduces: "ວ່າ" (Lao, that),
// "ว่า" (Thai), "ថា" (Khmer).
var (
	honorifics    = map[string]bool{"ທ່ານ": true, "ທ້າວ": true, "ນາງ": true, "นาย": true, "นาง": true, "นางสาว": true, "លោក": true, "លោកស្រី": true, "អ្នកស្រី": true}
	introVerbEnds = []string{"ວ່າ", "ว่า", "ថា"}
)

// honorificNameWords is how many space-separated words after an
// honorific make the name: a given name and a family name.
const honorificNameWords = 2

// honorificSpeaker reads the speaker of a quotation that a Lao, Thai or
// Khmer sentence introduces: the text before it ends with "…ວ່າ:" (said
// that) and holds an honorific; the speaker is the name after the last
// honorific of the sentence.
func honorificSpeaker(text string, outer reprint.Span) (cattr, bool) {
	start := sentenceBefore(text, outer.Start)
	before := strings.TrimRight(text[start:outer.Start], " :：៖")
	intro := false
	for _, v := range introVerbEnds {
		if strings.HasSuffix(before, v) {
			intro = true
		}
	}
	if !intro {
		return cattr{}, false
	}
	f := fieldsAt(text, start, start+len(before))
	for k := len(f) - 1; k >= 0; k-- {
		if !honorifics[f[k].w] {
			continue
		}
		j := k + 1
		for j < len(f) && honorifics[f[j].w] {
			j++
		}
		if j >= len(f) {
			return cattr{}, false
		}
		last := min(len(f)-1, j+honorificNameWords-1)
		return cattr{sp: reprint.Span{Start: f[j].sp.Start, End: f[last].sp.End}}, true
	}
	return cattr{}, false
}

// fieldsAt returns the space-separated fields of text[a:b] with their
// spans.
func fieldsAt(text string, a, b int) []cword {
	var out []cword
	i := a
	for i < b {
		for i < b && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n') {
			i++
		}
		j := i
		for j < b && text[j] != ' ' && text[j] != '\t' && text[j] != '\n' {
			j++
		}
		if j > i {
			out = append(out, cword{w: text[i:j], sp: reprint.Span{Start: i, End: j}})
		}
		i = j
	}
	return out
}

// CaselessAntecedent returns the speaker a pronoun's quotation at outer
// stands for in a script without case, or "": the nearest speaker named
// before it in its paragraph or the paragraph before, by a verb of
// speech next to it (caselessVerbs) — with a quotation of its own or
// none ("উপজেলা কৃষি কর্মকর্তা ফারহানা ইয়াসমিন জানান, …। তিনি বলেন,
// “…”": the officer informed …; she said "…"). The callers resolve
// pronouns this way where capitals mark no name.
func CaselessAntecedent(text string, outer reprint.Span) string {
	if !caselessSentence(text, outer) {
		return ""
	}
	from := paragraphStartBefore(text, outer.Start, 2)
	end := sentenceStart(text, outer.Start, antecedentSentenceBytes)
	if a, ok := clauseSpeaker(cwords(text, end, outer.Start)); ok {
		// The quotation's own sentence names its speaker before the
		// pronoun's verb: "يرى رئيس المجلس البلدي خليفة سعيد النقبي أن
		// …، وقال: «…»".
		return text[a.sp.Start:a.sp.End]
	}
	own := paragraphStartBefore(text, outer.Start, 1)
	for end > from {
		if end <= own && strings.TrimSpace(text[own:sentenceStart(text, outer.Start, antecedentSentenceBytes)]) != "" {
			// The quotation's own paragraph tells of someone before it
			// in a sentence with no verb of speech ("the BDO came and
			// talked with the people. She said: “…”"): that person,
			// unread, is the likelier antecedent than a speaker of the
			// paragraph before.
			break
		}
		for end > from {
			// Back over the sentence end, its closing marks and spaces.
			r, n := utf8.DecodeLastRuneInString(text[:end])
			if !caselessSentenceEnd(r) && !unicode.IsSpace(r) && !isMark(r) {
				break
			}
			end -= n
		}
		start := max(from, sentenceStart(text, end, antecedentSentenceBytes))
		if start >= end {
			break
		}
		if a, ok := tibetanClauseSpeaker(text, start, end); ok {
			return text[a.sp.Start:a.sp.End]
		}
		if a, ok := clauseSpeaker(cwords(text, start, end)); ok {
			return text[a.sp.Start:a.sp.End]
		}
		end = start
	}
	return ""
}

// clauseSpeaker returns the named speaker of the first verb of speech of
// a sentence's words ws, wherever it stands.
func clauseSpeaker(ws []cword) (cattr, bool) {
	for k, c := range ws {
		_, order, ok := verbOf(c.w)
		if !ok {
			continue
		}
		if order == verbLast && !endsClause(ws, k) {
			// A verb-last verb ends its clause; Nepali "भने" inside one
			// is a particle ("गाउँपालिकाले भने …", the municipality, for
			// its part, …).
			continue
		}
		var a cattr
		if order == verbFirst && !eitherSideVerb(c.w) {
			a, ok = forward(ws, k+1, len(ws), false)
		} else {
			a, ok = backward(ws, 0, k)
		}
		if ok && !a.pronoun {
			return a, true
		}
	}
	return cattr{}, false
}

// paragraphStartBefore returns where the paragraph n paragraphs back from
// the one holding at starts (n 1: its own), a paragraph ending at a
// blank line.
func paragraphStartBefore(text string, at, n int) int {
	i := at
	for range n {
		k := strings.LastIndex(text[:i], "\n\n")
		if k < 0 {
			return 0
		}
		i = k
	}
	return i + 2
}

// koreanQuotatives are the particles that join a Korean quotation to its
// verb ("…”라고 말했다", "…”고 지적했다", "…”며 덧붙였다"), longest first.
var koreanQuotatives = []string{"이라면서", "라면서", "이라며", "라며", "이라고", "라고", "면서", "고", "며"}

// koreanPronouns are the third-person pronouns with the topic particle.
var koreanPronouns = map[string]bool{"그는": true, "그녀는": true, "그들은": true}

// koreanNameSyllables bounds a Korean personal name opening the
// speaker's phrase: a surname and a given name, two to four syllables
// ("박정훈", "남궁민수").
const (
	koreanNameMin = 2
	koreanNameMax = 4
)

// koreanSpeaker reads the speaker of a Korean quotation at outer: the
// quotation ends in a quotative particle ("…”고 지적했다") and the
// words before it in its sentence hold a phrase marked by the topic
// particle 은/는 ("한지석 해솔대 소방방재학과 교수는 “…”"). The speaker is
// the personal name that opens the phrase when it has one (a field of
// two to four Hangul syllables before a role: "박정훈 해솔소방서장은" →
// 박정훈), else the phrase's noun without its particle ("시장은" → 시장):
// reporters give a person's name and role at first mention and the name
// or the role after, and SameSpeaker compares last words.
func koreanSpeaker(text string, outer reprint.Span) (cattr, bool) {
	after := text[outer.End:]
	quotative := false
	for _, p := range koreanQuotatives {
		if strings.HasPrefix(after, p) {
			quotative = true
			break
		}
	}
	if !quotative {
		return cattr{}, false
	}
	start := sentenceBefore(text, outer.Start)
	f := fieldsAt(text, start, outer.Start)
	quoted := false
	for k := len(f) - 1; k >= 0; k-- {
		w := f[k].w
		// Skip an earlier quotation of the same sentence: in "X는
		// “…”며 “…”고 말했다" the speaker precedes the first.
		if strings.ContainsAny(w, "”\"") && !strings.ContainsAny(w, "“") {
			quoted = true
		}
		if quoted {
			quoted = !strings.ContainsAny(w, "“\"")
			continue
		}
		if koreanPronouns[w] {
			return cattr{sp: f[k].sp, pronoun: true}, true
		}
		noun, ok := strings.CutSuffix(w, "은")
		if !ok {
			noun, ok = strings.CutSuffix(w, "는")
		}
		if !ok || noun == "" {
			continue
		}
		// The name itself marked as the topic, with its age or 씨
		// ("김순례(68)씨는").
		if name, rest, cut := strings.Cut(noun, "("); allHangul(name) {
			_, after, _ := strings.Cut(rest, ")")
			if n := utf8.RuneCountInString(name); (cut || strings.HasSuffix(name, "씨")) && (after == "" || after == "씨") {
				name = strings.TrimSuffix(name, "씨")
				if n = utf8.RuneCountInString(name); koreanNameMin <= n && n <= koreanNameMax {
					return cattr{sp: reprint.Span{Start: f[k].sp.Start, End: f[k].sp.Start + len(name)}}, true
				}
			}
		}
		if !allHangul(noun) {
			continue
		}
		// The phrase: the nouns before the topic, back to a word that
		// ends in a case particle or a verb's ending ("현장을 지휘한
		// 박정훈 해솔소방서 현장대응단장은": 박정훈 opens it).
		first := k
		for first > 0 && nominal(f[first-1].w) && k-first < maxCaselessWords-1 {
			first--
		}
		for j := first; j < k; j++ {
			name, _, _ := strings.Cut(f[j].w, "(") // "김순례(68)": the age after the name
			if n := utf8.RuneCount([]byte(name)); allHangul(name) && koreanNameMin <= n && n <= koreanNameMax {
				return cattr{sp: reprint.Span{Start: f[j].sp.Start, End: f[j].sp.Start + len(name)}}, true
			}
		}
		return cattr{sp: reprint.Span{Start: f[k].sp.Start, End: f[k].sp.Start + len(noun)}}, true
	}
	return cattr{}, false
}

// koreanEndings end a Korean word that cannot stand inside a speaker's
// noun phrase: case particles (을 를 에 의 로 에서; not 와 과, which end nouns too: 학과) and the endings of
// verbs (한 된 던 는, 하러, 다가, 고, 며) and the subject particle 이/가, which
// a speaker phrase carries only on its last word.
var koreanEndings = []string{"을", "를", "에", "의", "로", "이", "가", "에서", "한", "된", "던", "는", "하러", "다가", "고", "며"}

// nominal reports whether w may stand in a Korean speaker's noun phrase:
// Hangul and digits, an age in parentheses ("김순례(68)", "송계2리"), no
// ending of koreanEndings.
func nominal(w string) bool {
	base, _, _ := strings.Cut(w, "(")
	if base == "" || strings.ContainsFunc(base, func(r rune) bool { return !unicode.Is(unicode.Hangul, r) && !unicode.IsDigit(r) }) {
		return false
	}
	for _, e := range koreanEndings {
		if strings.HasSuffix(base, e) {
			return false
		}
	}
	return true
}

// allHangul reports whether w is Hangul syllables alone.
func allHangul(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.Is(unicode.Hangul, r) {
			return false
		}
	}
	return true
}

// lastRune returns the last rune of s, or utf8.RuneError for "".
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
