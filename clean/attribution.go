package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/credit"
)

// Attribution forms, the values of reprint.Attribution.Form.
const (
	FormCredit     = "credit"               // "Credit: BBC", "Courtesy of X", a standalone "(Reuters)"
	FormSource     = "source"               // "Source: Reuters"
	FormVia        = "via"                  // "Via The Guardian"
	FormOriginally = "originally-published" // "Originally published by X", "This article first appeared on X"
	FormCopyright  = "copyright"            // "© Reuters", "Copyright 2019 Hawaii News Now. All rights reserved."
	// FormContributed: "Reuters and AP contributed to this report", the
	// wire credit under a story written from agency copy; one
	// Attribution per name (FindAttributions).
	FormContributed = "contributed"
	// FormPicture: "(Image: Westmoor Herald)", "(Photo: Reuters)", a
	// picture's credit set in parentheses in the text. It names who took
	// or owns the picture, not where the text came from; a copy that
	// keeps its source's picture credit still shows where it was taken
	// from (credit.Result.Traced).
	FormPicture = "picture"
)

// contributedSuffixes end a contribution line, lower case, after the
// names of who contributed.
var contributedSuffixes = []string{
	" contributed to this report", " contributed to this story", " contributed to this article",
	" contributed reporting", " contributed to the report", " contributed to this",
}

// zuluName returns rest without the isiZulu or isiXhosa prefix joined to
// a name by a hyphen: the copula of "yi-Isolezwe" (by Isolezwe), the
// locative of "ku-Isolezwe" and "kwi-SABC News" (at, from); or
// Oshiwambo's locative joined solid ("kuNBC"). Other text is returned as
// is.
func zuluName(rest string) string {
	for _, p := range []string{"yi-", "ngu-", "ku-", "ka-", "kwi-", "kwa-"} {
		if r, ok := strings.CutPrefix(rest, p); ok && r != "" && unicode.IsUpper([]rune(r)[0]) {
			return r
		}
	}
	// Oshiwambo writes the locative solid: "kuNBC" (from NBC).
	if r, ok := strings.CutPrefix(rest, "ku"); ok && r != "" && unicode.IsUpper([]rune(r)[0]) {
		return r
	}
	return rest
}

// creditPrefixes are the openings of credit lines, lower case, longest
// first within a form so that "this article was originally published on"
// wins over "originally published". A prefix ending in ':' must be
// followed by the name; the others by a space.
var creditPrefixes = []struct{ prefix, form string }{
	{"credits:", FormCredit},
	{"credit:", FormCredit},
	{"courtesy:", FormCredit},
	{"courtesy of", FormCredit},
	{"met erkenning aan", FormCredit}, // Afrikaans "with acknowledgement to"
	{"sources:", FormSource},
	{"source:", FormSource},
	// "Source:" in German, Spanish, Portuguese and Italian; French
	// "Source :" is the English word with French spacing (colonRest).
	{"quellen:", FormSource},
	{"quelle:", FormSource},
	{"fuentes:", FormSource},
	{"fuente:", FormSource},
	{"fontes:", FormSource},
	{"fonte:", FormSource},
	// Vietnamese "according to", which closes a story on a line of its
	// own with the source's name ("Theo Cổng TTĐT tỉnh Vĩnh Hòa",
	// "Theo TTXVN") and opens as many sentences ("Theo ông Lộc, …"):
	// the line credits only when the name is the whole of it
	// (wholeNameOnly).
	{"theo", FormSource},
	{"bronnen:", FormSource},
	{"bron:", FormSource},
	// … and in Romanian, Polish, Finnish, Swedish, Danish and Norwegian,
	// Greek, Czech and Slovak, Hungarian and Turkish.
	{"sursa:", FormSource},
	{"surse:", FormSource},
	{"źródło:", FormSource},
	// Polish and German posts name the body a pasted notice came from
	// as "Info: KPP Wierzchosław", "Info: Polizei Mittelfranken".
	{"info:", FormSource},
	{"zdrzódło:", FormSource}, // Kashubian "source:"
	{"lähde:", FormSource},
	{"lähteet:", FormSource},
	{"källa:", FormSource},
	{"kilde:", FormSource},
	{"πηγή:", FormSource},
	{"zdroj:", FormSource},
	{"forrás:", FormSource},
	{"kaynak:", FormSource},
	{"funtauna:", FormSource}, // Romansh
	{"funtaunas:", FormSource},
	// … and in Russian and Ukrainian, and Chinese ("来源：新华社", its
	// full-width colon).
	{"источник:", FormSource},
	{"джерело:", FormSource},
	{"крыніца:", FormSource}, // Belarusian
	// … and in Arabic, Persian and Sorani Kurdish ("سەرچاوە: ئاسۆگە نیوز").
	{"المصدر:", FormSource},
	{"منبع:", FormSource},
	{"سەرچاوە:", FormSource},
	{"来源：", FormSource},
	{"来源:", FormSource},
	// … and in Japanese: a portal's "提供元：共同通信" (provided by),
	// "配信元：" (distributed by), and the papers' "出典：" (source).
	{"提供元：", FormSource},
	{"提供元:", FormSource},
	{"配信元：", FormSource},
	{"配信元:", FormSource},
	{"出典：", FormSource},
	{"出典:", FormSource},
	// A matome blog's "引用元：ミライニュース https://…" (quoted from),
	// over or under the paragraphs it quotes.
	{"引用元：", FormSource},
	{"引用元:", FormSource},
	// … and in Lithuanian, Serbian and Croatian, Bulgarian, Tamil
	// ("நன்றி:", with thanks to: the Tamil press's credit of agency
	// copy) and Hindi ("साभार:").
	{"šaltinis:", FormSource},
	{"izvor:", FormSource},
	{"извор:", FormSource},
	// Serbian and Croatian portals' "taken from": "Vest preuzeta sa
	// portala: Info Srbija", "Preuzeto sa: …", "Преузето са: …".
	{"vest preuzeta sa portala:", FormSource},
	{"vijest preuzeta s portala:", FormSource},
	{"preuzeto sa portala:", FormSource},
	{"preuzeto sa:", FormSource},
	{"preuzeto s:", FormSource},
	{"преузето са:", FormSource},
	{"மூலம்:", FormSource}, // Tamil "source:"
	{"източник:", FormSource},
	{"நன்றி:", FormCredit},
	{"साभार:", FormCredit},
	{"સૌજન્ય:", FormCredit},             // Gujarati "courtesy:"
	{"കടപ്പാട്:", FormCredit},           // Malayalam "courtesy:"
	{"ಕೃಪೆ:", FormCredit},               // Kannada "courtesy:"
	{"ಮೂಲ:", FormSource},                // Kannada "source:"
	{"iturria:", FormSource},            // Basque "source:"
	{"sors:", FormSource},               // Maltese
	{"orísun:", FormSource},             // Yoruba
	{"манбаъ:", FormSource},             // Tajik
	{"سرچینه:", FormSource},             // Pashto
	{"সৌজন্য:", FormCredit},             // Assamese and Bengali "courtesy:"
	{"بشڪريه:", FormCredit},             // Sindhi "courtesy:"
	{"inkomoko:", FormSource},           // Kinyarwanda
	{"isoko:", FormSource},              // Kirundi ("Isoko: RTNB")
	{"nsangu ifumina kudi", FormSource}, // Tshiluba "this news comes from X"
	{"foinse:", FormSource},             // Irish
	{"çeşme:", FormSource},              // Turkmen
	{"loharano:", FormSource},           // Malagasy
	{"ސޯސް:", FormSource},               // Dhivehi, the English word in Thaana
	{"資料來源：", FormSource},               // traditional Chinese, its full-width colon
	{"資料來源:", FormSource},
	{"來源：", FormSource},
	{"來源:", FormSource},
	{"чыганак:", FormSource},                // Tatar
	{"quell:", FormSource},                  // Luxembourgish
	{"keldan:", FormSource},                 // Faroese ("Keldan: KVF")
	{"gáldu:", FormSource},                  // Northern Sámi ("Gáldu: Ávvir")
	{"iwdi:", FormSource},                   // Pulaar ("Iwdi: Radio Kawral FM")
	{"xihlovo:", FormSource},                // Xitsonga ("Xihlovo: Munghana Lonene FM")
	{"umtfombo:", FormSource},               // siSwati ("Umtfombo: EBIS")
	{"menba:", FormSource},                  // Crimean Tatar ("Menba: QHA")
	{"жридло:", FormSource},                 // Pannonian Rusyn ("Жридло: РТВ – Руски програм")
	{"kumu:", FormSource},                   // Hawaiian ("Kumu: Nā Nūhou ʻŌlelo Hawaiʻi")
	{"a nyunsu disi komoto fu", FormSource}, // Sranan Tongo "this news comes from X"
	{"nyunsu disi komoto fu", FormSource},
	{"ginkuha halin sa", FormVia},  // Hiligaynon "taken from" ("📻 Ginkuha halin sa Radyo Sidlangan")
	{"ginkuha tikang ha", FormVia}, // Waray "taken from" ("Ginkuha tikang ha Radyo Kasanag")
	{"gikuha gikan sa", FormVia},   // Cebuano "taken from"
	{"provided by", FormSource},    // a science-news aggregator's line under a release it carries ("Provided by Calderbrook University")
	{"kelda:", FormSource},
	{"sous:", FormSource},           // Haitian Creole ("Sous: Radio Télé Kalfou")
	{"madda:", FormSource},          // Afaan Oromoo ("Madda: OBN")
	{"مەنبە:", FormSource},          // Uyghur
	{"çavkanî:", FormSource},        // Kurmanji Kurdish
	{"mammenn:", FormSource},        // Breton
	{"puna o le tala:", FormSource}, // Samoan "source of the story"
	{"ምንጪ፡", FormSource},            // Tigrinya, its Ethiopic colon
	{"ምንጪ:", FormSource},
	{"འབྱུང་ཁུངས།", FormSource}, // Tibetan "source", its shad for a colon
	{"འབྱུང་ཁུངས:", FormSource},

	// … and in Thai ("ที่มา: สำนักข่าวไทย"), Nepali ("स्रोत : खबरचौतारी"), Bengali ("সূত্র: বাসস"),
	// Latvian ("Avots: LETA") and Slovenian ("Vir: STA").
	{"ที่มา:", FormSource},
	{"स्रोत:", FormSource}, // Nepali and Hindi
	{"সূত্র:", FormSource},
	{"avots:", FormSource},
	{"olūts:", FormSource},
	{"xov xwm no yog los ntawm", FormVia}, // White Hmong "this news is from"    // Latgalian
	{"šaltinis:", FormSource},             // Lithuanian
	{"allikas:", FormSource},              // Estonian
	{"ប្រភព៖", FormSource},                // Khmer, its own colon
	{"ប្រភព:", FormSource},
	{"vir:", FormSource},
	// … and in Albanian ("Burimi: ATSH"), Lao ("ແຫຼ່ງຂ່າວ: ຂປລ"),
	// Armenian ("Աղբյուրը՝ «Արմենպրես»", its own colon ՝), Azerbaijani
	// ("Mənbə: AZƏRTAC") and Amharic ("ምንጭ፦ ኢዜአ", its colon ፦).
	{"burimi:", FormSource},
	{"ແຫຼ່ງຂ່າວ:", FormSource},
	{"ແຫຼ່ງຂ່າວ :", FormSource},
	{"ແຫຼ່ງທີ່ມາ:", FormSource},
	{"աղբյուրը՝", FormSource},
	{"աղբյուր՝", FormSource},
	{"աղբյուրը:", FormSource},
	{"mənbə:", FormSource},
	{"ምንጭ፦", FormSource},
	{"ምንጭ:", FormSource},
	// … and in Uzbek, Latin and Cyrillic ("Manba: UzA"), Mongolian
	// ("Эх сурвалж: МОНЦАМЭ"), Icelandic ("Heimild: RÚV"), Korean
	// ("출처: 연합뉴스") and Telugu ("మూలం: ...").
	{"булак:", FormSource},                           // Kyrgyz ("Булак: Кабар")
	{"chanzo:", FormSource},                          // Swahili ("Chanzo: HabariLeo")
	{"motswedi:", FormSource},                        // Setswana ("Motswedi: BOPA")
	{"ensonda:", FormSource},                         // Luganda ("Ensonda: Ekitangaala")
	{"derekkóz:", FormSource},                        // Kazakh in Latin letters ("Derekkóz: QazAqparat")
	{"дереккөз:", FormSource},                        // Kazakh in Cyrillic
	{"ⴰⵖⴱⴰⵍⵓ:", FormSource},                          // Tamazight in Tifinagh ("ⴰⵖⴱⴰⵍⵓ: SNRTnews")
	{"mohloli:", FormSource},                         // Sesotho
	{"eli bali lithathwe", FormSource},               // isiXhosa "this story was taken (kwi-X, from X)"
	{"ehokololo ndika olya kuthwa", FormSource},      // Oshindonga "this story was taken (kuX, from X)"
	{"te rongorongo aei e boni mairoun", FormSource}, // Gilbertese "this news is from X"
	{"he chanchin hi", FormSource},                   // Mizo "this news (X atanga lak a ni, is taken from X)"
	{"boarne:", FormSource},                          // West Frisian ("Boarne: De Kaai")
	{"najoqqutaq:", FormSource},                      // Greenlandic ("Najoqqutaq: Sermitsiaq.AG")
	{"fenten:", FormSource},                          // Cornish ("Fenten: Gwyns FM")
	{"disfala nius ia hem kam from", FormSource},     // Solomon Islands Pijin "this news comes from X"
	{"disfala stori ia hem kam from", FormSource},
	{"מקור:", FormSource},        // Hebrew and Yiddish
	{"sumber:", FormSource},      // Indonesian, Malay and Javanese ("Sumber: Antara")
	{"сурах төрдө:", FormSource}, // Sakha "source of the news"
	{"manba:", FormSource},
	{"манба:", FormSource},
	{"эх сурвалж:", FormSource},
	{"heimild:", FormSource},
	{"출처:", FormSource},
	{"మూలం:", FormSource},
	// "With information from X", the Latin American and Brazilian
	// credit of agency copy worked into a story ("Con información de
	// AFP", "Com informações da Agência Brasil").
	{"con información de", FormCredit},
	{"con información del", FormCredit},
	{"con informaciones de", FormCredit},
	{"com informações da", FormCredit},
	{"com informações do", FormCredit},
	{"com informações de", FormCredit},
	{"com informações das", FormCredit},
	{"com informações dos", FormCredit},
	{"met informatie van", FormCredit},
	// German papers' foot of a story written with agency copy: "Mit
	// Material von dpa", "Mit Material der dpa".
	{"mit material von", FormCredit},
	{"mit material der", FormCredit},
	{"mit material des", FormCredit},
	{"with files from", FormCredit},
	// French papers' foot of a story written with agency copy: "Avec
	// AFP", "avec Reuters", the agency's contribution (a line
	// htmltext gives back, OriginCredit). "Avec" opens sentences as
	// often ("Avec ses 300 salariés, …"), so the name must be a news
	// agency's or an outlet's (agencyOnly).
	{"avec", FormContributed},
	// The British and Irish credit of agency copy a reporter worked
	// into a story: "— with reporting from PA Media".
	{"with reporting from", FormCredit},
	{"with additional reporting from", FormCredit},
	{"additional reporting by", FormCredit},
	{"with additional reporting by", FormCredit},
	// The British local paper's note on agency copy it printed: "This
	// report was supplied by Wrenmoor Court News."
	{"this report was supplied by", FormCredit},
	{"this story was supplied by", FormCredit},
	{"this article was supplied by", FormCredit},
	{"report supplied by", FormCredit},
	{"notice supplied by", FormCredit}, // a death notice's line on a notices site: "Notice supplied by R. Trevithick & Sons"
	{"story supplied by", FormCredit},
	// India's credit of agency copy: "(With inputs from PTI)".
	{"with inputs from", FormCredit},
	{"with input from", FormCredit},
	{"via:", FormVia},
	{"via", FormVia},
	// A social post that passes a paper's story on names the paper it
	// shared the story from, over the pasted paragraphs ("Shared from
	// the Harcastle & District Gazette 👇"): the post's credit.
	{"shared from", FormVia},
	// The same note in the Nordic languages and German: Danish and
	// Norwegian "Delt fra Kildebæk Lokalnyt", Swedish "Delat från X",
	// Icelandic "Deilt frá X", German "Geteilt von X".
	{"delt fra", FormVia},
	{"delat från", FormVia},
	{"deilt frá", FormVia},
	{"geteilt von", FormVia},
	{"this article was originally published by", FormOriginally},
	{"this article was originally published on", FormOriginally},
	{"this article was originally published in", FormOriginally},
	{"this article was originally published at", FormOriginally},
	{"this story was originally published by", FormOriginally},
	{"this story was originally published on", FormOriginally},
	{"this story was originally published in", FormOriginally},
	{"this article originally appeared on", FormOriginally},
	{"this article originally appeared in", FormOriginally},
	{"this story originally appeared on", FormOriginally},
	{"this story originally appeared in", FormOriginally},
	{"this article was first published by", FormOriginally},
	{"this article was first published on", FormOriginally},
	{"this article was first published in", FormOriginally},
	{"this story was first published by", FormOriginally},
	{"this story was first published on", FormOriginally},
	{"this story was first published in", FormOriginally},
	{"this article first appeared on", FormOriginally},
	{"this article first appeared in", FormOriginally},
	{"this story first appeared on", FormOriginally},
	{"this story first appeared in", FormOriginally},
	{"this report first appeared on", FormOriginally},
	{"this report first appeared in", FormOriginally},
	{"this report was first published by", FormOriginally},
	{"this report was first published on", FormOriginally},
	{"this report was first published in", FormOriginally},
	{"originally published by", FormOriginally},
	{"originally published on", FormOriginally},
	{"originally published in", FormOriginally},
	{"originally published at", FormOriginally},
	{"originally appeared on", FormOriginally},
	{"originally appeared in", FormOriginally},
	{"first published by", FormOriginally},
	{"first published on", FormOriginally},
	{"first published in", FormOriginally},
	{"republished with permission from", FormOriginally},
	{"republished from", FormOriginally},
	// isiZulu "this story was first published by X" ("Lolu daba luqale
	// lwashicilelwa yi-Isolezwe"), the name after its copula (zuluName).
	{"lolu daba luqale lwashicilelwa", FormOriginally},
	// Māori "this story was first published by X" ("I whakaputaina
	// tuatahitia tēnei kōrero e Te Ao Māori News").
	{"i whakaputaina tuatahitia tēnei kōrero e", FormOriginally},
	{"i whakaputaina tuatahitia tēnei pūrongo e", FormOriginally},
	{"i whakaputaina tuatahitia tēnei kōrero ki", FormOriginally},
	// "Read the full story at X", an aggregator's "Read more at X:
	// <link>" under the excerpt it took, and in isiZulu ("Funda udaba
	// oluphelele ku-Isolezwe").
	{"read the full story at", FormVia},
	{"read the full story on", FormVia},
	{"read more at", FormVia},
	{"read more on", FormVia},
	{"funda udaba oluphelele", FormVia},
	// Faroese "read the whole article at X" ("Les alla greinina hjá
	// KVF: …", the aggregator's link line).
	{"les alla greinina hjá", FormVia},
	{"les meira hjá", FormVia},
	// Chichewa "read the whole story at X" ("Werengani nkhani yonse pa
	// Nyasa Tribune: …").
	{"werengani nkhani yonse pa", FormVia},
	// Pulaar "read the whole story on X's site" ("Jangu kabaaru oo fof e
	// lowre Radio Kawral FM: …").
	{"jangu kabaaru oo fof e lowre", FormVia},
	{"jangu kabaaru oo fof e", FormVia},
	{"werengani zambiri pa", FormVia},
	// … in French, Spanish, Portuguese, Italian and German
	// aggregators' words, and in Yiddish ("לייענט ווייטער דעם גאנצן
	// ארטיקל אויף „X“", read on, the whole article, at X).
	{"lire la suite sur", FormVia},
	{"lire l'article complet sur", FormVia},
	{"lire l’article complet sur", FormVia},
	{"leer más en", FormVia},
	{"lee la nota completa en", FormVia},
	{"lea la nota completa en", FormVia},
	{"leia mais em", FormVia},
	{"leia a matéria completa em", FormVia},
	{"leggi l'articolo completo su", FormVia},
	{"leggi l’articolo completo su", FormVia},
	{"continua a leggere su", FormVia},
	{"den ganzen artikel lesen auf", FormVia},
	{"ganzen artikel lesen auf", FormVia},
	{"ganzer artikel auf", FormVia},
	{"mehr lesen auf", FormVia},
	{"weiterlesen auf", FormVia},
	{"לייענט ווייטער דעם גאנצן ארטיקל אויף", FormVia},
	{"לייענט דעם גאנצן ארטיקל אויף", FormVia},
	{"לייענט ווייטער אויף", FormVia},
	// The same notes in German, French, Spanish, Portuguese and Italian.
	{"dieser artikel erschien zuerst im", FormOriginally},
	{"dieser artikel erschien zuerst in", FormOriginally},
	{"dieser artikel erschien zuerst bei", FormOriginally},
	{"dieser artikel erschien zuerst auf", FormOriginally},
	{"dieser beitrag erschien zuerst im", FormOriginally},
	{"dieser beitrag erschien zuerst in", FormOriginally},
	{"dieser beitrag erschien zuerst bei", FormOriginally},
	{"dieser beitrag erschien zuerst auf", FormOriginally},
	{"zuerst erschienen im", FormOriginally},
	{"zuerst erschienen in", FormOriginally},
	{"zuerst erschienen bei", FormOriginally},
	{"zuerst erschienen auf", FormOriginally},
	{"cet article a été publié initialement dans", FormOriginally},
	{"cet article a été publié initialement par", FormOriginally},
	{"cet article a été publié initialement sur", FormOriginally},
	{"cet article a d'abord été publié dans", FormOriginally},
	{"cet article a d'abord été publié par", FormOriginally},
	{"cet article a d'abord été publié sur", FormOriginally},
	{"article publié initialement dans", FormOriginally},
	{"article publié initialement par", FormOriginally},
	{"article publié initialement sur", FormOriginally},
	{"publié initialement dans", FormOriginally},
	{"publié initialement par", FormOriginally},
	{"publié initialement sur", FormOriginally},
	{"este artículo se publicó originalmente en", FormOriginally},
	{"este artículo fue publicado originalmente en", FormOriginally},
	{"este artículo fue publicado originalmente por", FormOriginally},
	{"publicado originalmente en", FormOriginally},
	{"publicado originalmente por", FormOriginally},
	{"este artigo foi publicado originalmente no", FormOriginally},
	{"este artigo foi publicado originalmente na", FormOriginally},
	{"este artigo foi publicado originalmente em", FormOriginally},
	{"publicado originalmente no", FormOriginally},
	{"publicado originalmente na", FormOriginally},
	{"publicado originalmente em", FormOriginally},
	{"questo articolo è stato pubblicato originariamente su", FormOriginally},
	{"articolo pubblicato originariamente su", FormOriginally},
	{"pubblicato originariamente su", FormOriginally},
}

const (
	// maxCreditNameWords bounds a credited name: publishers' names are
	// short ("The New York Times", "Agence France-Presse"); a longer rest
	// is a sentence that happens to start with "Via" or "Source:".
	maxCreditNameWords = 6

	// maxStandaloneWords bounds a standalone credit "(Reuters)" or "— AFP".
	maxStandaloneWords = 4
)

// FindAttribution reports whether line is a credit line and returns it as
// an Attribution whose Span is the trimmed line within line (callers
// shift it into their text), whose Name is the credited source and whose
// Form is one of the Form* constants.
//
// Only whole lines count: "according to the Kremlin" inside a sentence
// attributes a claim, not the text, and is not a credit.
func FindAttribution(line string) (reprint.Attribution, bool) {
	if ats := contributed(line); len(ats) > 0 {
		return ats[0], true
	}
	start := len(line) - len(strings.TrimLeftFunc(line, unicode.IsSpace))
	trimmed := strings.TrimSpace(line)
	if rest, ok := strings.CutPrefix(trimmed, "*"); ok && rest != "" && rest[0] != '*' {
		// "*Com informações da Agência Brasil": the footnote mark of a
		// credit under the story.
		start++
		trimmed = rest
	}
	if rest := strings.TrimLeftFunc(trimmed, pointer); rest != trimmed && rest != "" {
		// "👉 Werengani nkhani yonse pa X: …", "➡️ Read more at X": the
		// pictograph a channel's post points to its link with.
		start += len(trimmed) - len(rest)
		trimmed = rest
	}
	for _, dash := range []string{"— ", "– ", "- "} {
		if rest, ok := strings.CutPrefix(trimmed, dash); ok && dashedCredit(rest) {
			// "— With files from The Canadian Press": the Canadian
			// credit of wire copy worked into a story, after its dash;
			// the Afrikaans "– Met erkenning aan X" (with
			// acknowledgement to X); the British "— with reporting from
			// PA Media".
			start += len(dash)
			trimmed = rest
		}
	}
	if len(trimmed) > maxCreditLineBytes {
		// A labelled source line that goes on with notes of its own
		// ("Source: Lockridge Weekly Sentinel, Saturday, March 17,
		// 1883, page 2, column 4. Transcribed by … from the
		// microfilm …"): its first sentence is the credit.
		trimmed = labelledFirstSentence(trimmed)
	}
	if trimmed == "" || len(trimmed) > maxCreditLineBytes || scriptCue(trimmed) {
		// A broadcast script's cue in its bracket, "(CUE: NEWS STING
		// 0'04")", has a standalone credit's shape, and credits no
		// one (script.go).
		return reprint.Attribution{}, false
	}
	name, form := "", ""
	body := trimmed
	if inner, ok := parenthesised(trimmed); ok {
		body = inner // "(With inputs from PTI)"
	}
	if rest, ok := feedFooter(trimmed); ok {
		name, form = creditName(rest), FormOriginally
	} else if n, f, ok := circumfixCredit(trimmed); ok {
		name, form = n, f
	}
	var buf [24]byte
	labelled := false // the name follows a credit's label ("Source: …")
	for _, k := range prefixesByWord[string(firstWordKey(body, buf[:0]))] {
		p := creditPrefixes[k]
		if form != "" {
			break
		}
		rest, ok := colonRest(body, p.prefix)
		if !ok {
			continue
		}
		if !strings.HasSuffix(p.prefix, ":") && !strings.HasSuffix(p.prefix, "：") {
			if rest == "" || rest[0] != ' ' && rest[0] != ':' {
				continue
			}
			rest = strings.TrimPrefix(strings.TrimLeft(rest, " "), ":")
		}
		if p.prefix == "via" && streetAddress(rest) {
			break // "Via Roma 12 – 90100 Palermo": an Italian street, no credit
		}
		name, form = creditName(postposed(zuluName(rest))), p.form
		if form == FormVia && viaApp(name) {
			// "Read more on KhabarHub Live app. Download now on
			// Android and iOS.": the site's call to open its app, no
			// credit of a source.
			return reprint.Attribution{}, false
		}
		if form == FormSource {
			name = releaseIssuer(name)
		}
		if f := strings.Fields(name); len(f) > 0 && (monthName(strings.TrimRight(f[0], ".,")) || len(f) > 1 && monthName(strings.TrimRight(f[1], ".,")) && strings.IndexFunc(f[0], unicode.IsDigit) == 0) {
			return reprint.Attribution{}, false // "First Published on Nov 20, 2019": a date, not a place
		}
		if wholeNameOnly[p.prefix] && (strings.TrimRight(strings.TrimSpace(rest), ".") != name || !vietnamese(name) && !credit.IsOutlet(name)) {
			// "Theo ông Lộc, xã đã …": a sentence; "Theo Walcott": a
			// caption's name.
			return reprint.Attribution{}, false
		}
		if agencyOnly[p.prefix] && (strings.TrimSpace(rest) != name || !credit.IsOutlet(name)) {
			return reprint.Attribution{}, false // "Avec ses 300 salariés, …": a sentence
		}
		labelled = true
		break
	}
	if form == "" {
		if rest, ok := copyrightRest(trimmed); ok && !strings.Contains(rest, " | ") {
			// A copyright line with links after it ("© 2025 X – All
			// rights reserved | Imprint | Privacy") is the site's
			// footer, chrome like its links; a credit stands alone.
			name, form = copyrightName(rest), FormCopyright
		}
	}
	lowerAgency := false
	if form == "" {
		if n, ok := agencyByline(trimmed); ok {
			name, form, lowerAgency = n, FormCredit, true
		}
	}
	if form == "" {
		name, form = standaloneCredit(trimmed), FormCredit
		lowerAgency = name != "" && (trimmed[0] == '(' || trimmed[0] == '/')
		if rest, ok := credit.PictureCredit(name); ok && trimmed[0] == '(' {
			name, form, lowerAgency = rest, FormPicture, false
		}
	}
	// An agency's lower-case mark after a label ("Mit Material von
	// dpa") is a name when it is a known outlet's.
	if !plausibleName(name) && !(lowerAgency && agencyMark(name)) && !(labelled && pageURL(name)) &&
		!(labelled && agencyMark(name) && credit.IsOutlet(name)) {
		n, ok := exchangeCredit(trimmed)
		if !ok {
			return reprint.Attribution{}, false
		}
		// "—Evansport Courier.": the paper an item was taken from,
		// after a dash at its foot.
		name, form = n, FormCredit
	}
	return reprint.Attribution{
		Span: reprint.Span{Start: start, End: start + len(trimmed)},
		Text: trimmed,
		Name: name,
		Form: form,
	}, true
}

// viaApp reports whether name, the name after a via credit's words,
// closes on an app's word (appWords): "Read more on X app" sends the
// reader to the site's app, as a promo does; a credit names an outlet.
func viaApp(name string) bool {
	f := strings.Fields(strings.ToLower(strings.TrimRight(name, ".!")))
	return len(f) > 1 && appWords[f[len(f)-1]]
}

// pointer reports whether r opens a line as a pointing sign before a
// link: an arrow, a dingbat, a geometric shape or a pictograph (👉, ➡,
// ▶), a variation selector after it, or the space that follows. Not ©
// or ®, which open a copyright line.
func pointer(r rune) bool {
	return r >= 0x2190 && r <= 0x21FF || r >= 0x25A0 && r <= 0x25FF || r >= 0x2700 && r <= 0x27BF ||
		r >= 0x1F300 && r <= 0x1FAFF || r == '\uFE0F' || r == ' ' || r == '\u00a0'
}

// pictograph reports whether r is an emoji's pictograph (the Unicode
// blocks of pictographs, emoticons, transport and supplemental
// symbols), which no name holds.
func pictograph(r rune) bool {
	return r >= 0x1F300 && r <= 0x1FAFF
}

// exchangeMaxWords bounds the name of an exchange credit: a paper's
// title runs to four or five words ("Springfield Daily Republican").
const exchangeMaxWords = 5

// exchangeCredit reads the credit a newspaper sets at the foot of an
// item it took from another paper, the paper's name after a dash, the
// dash set close or apart, and a full stop: "—Evansport Courier.", "—
// Boston Journal.", "–N. Y. Sun." (the exchange credit of the
// nineteenth-century press, and the agency's "—AP" since). The name
// must be a news outlet's (credit.IsOutlet) of at most exchangeMaxWords
// words: a dash before a person's name is a signature, before a phrase a
// sentence's end.
func exchangeCredit(line string) (string, bool) {
	rest, ok := strings.CutPrefix(line, "—")
	if !ok {
		if rest, ok = strings.CutPrefix(line, "–"); !ok {
			return "", false
		}
	}
	name := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "."))
	f := strings.Fields(name)
	if len(f) == 0 || len(f) > exchangeMaxWords || !plausibleName(name) ||
		!credit.IsOutlet(name) && !paperTitles[strings.ToLower(f[len(f)-1])] {
		return "", false
	}
	return name, true
}

// paperTitles close the titles of the older papers an exchange credit
// names, beside the mastheads credit.IsOutlet knows ("Gazette",
// "Herald"): "Evansport Courier", "Lockridge Sentinel", "Hartford
// Courant".
var paperTitles = set(`courier sentinel register ledger advertiser examiner enquirer inquirer
	dispatch telegraph bulletin courant intelligencer`)

// dashedCredit reports whether rest, the line after a dash, opens with a
// credit that a dash sets off under a story (FindAttribution).
func dashedCredit(rest string) bool {
	low := strings.ToLower(rest)
	for _, p := range []string{"with files from ", "met erkenning aan ", "with reporting from ", "with additional reporting from "} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// OriginCredit reports whether line is a credit line that names where
// the story came from: it was originally published there ("This article
// first appeared in the Kelderby Gazette."), is given as its source or
// the way it came ("Source: Reuters", "Via The Guardian"), or was
// contributed to ("AP contributed to this report"). A picture's credit
// ("Credit: Getty Images") and a copyright notice are left out: a page
// sets them under its images and in its footer as often as under its
// story. htmltext gives back such a line when go-trafilatura pruned it
// from the article's body for its class (htmltext.Options.Credit).
func OriginCredit(line string) bool {
	at, ok := FindAttribution(line)
	if !ok {
		return false
	}
	switch at.Form {
	case FormOriginally, FormSource, FormVia, FormContributed:
		return true
	}
	return false
}

// FindAttributions returns every source line credits: the names of a
// contribution line ("Reuters and the Associated Press contributed to this
// report", "AFP, Reuters contributed reporting"), one Attribution each
// with the line's span, else FindAttribution's one, else none.
func FindAttributions(line string) []reprint.Attribution {
	if ats := contributed(line); len(ats) > 0 {
		return ats
	}
	if at, ok := FindAttribution(line); ok {
		return []reprint.Attribution{at}
	}
	return nil
}

// contributed reads a contribution line: names joined by commas and
// "and", then a contributedSuffixes ending and at most a full stop. Each
// name must be plausible (plausibleName): "Staff writers contributed to
// this report" credits no one.
func contributed(line string) []reprint.Attribution {
	start := len(line) - len(strings.TrimLeftFunc(line, unicode.IsSpace))
	trimmed := strings.TrimSpace(line)
	if rest, ok := strings.CutPrefix(trimmed, "*"); ok && rest != "" && rest[0] != '*' {
		// "*Com informações da Agência Brasil": the footnote mark of a
		// credit under the story.
		start++
		trimmed = rest
	}
	for _, dash := range []string{"— ", "– ", "- "} {
		// "— The Courier contributed to this report.": the dash that sets
		// a note off under the story.
		if rest, ok := strings.CutPrefix(trimmed, dash); ok {
			start += len(dash)
			trimmed = strings.TrimLeftFunc(rest, unicode.IsSpace)
			start += len(rest) - len(trimmed)
			break
		}
	}
	if trimmed == "" || len(trimmed) > maxCreditLineBytes {
		return nil
	}
	body := strings.TrimSuffix(trimmed, ".")
	var names string
	for _, suf := range contributedSuffixes {
		if len(body) > len(suf) && strings.EqualFold(body[len(body)-len(suf):], suf) {
			names = body[:len(body)-len(suf)]
			break
		}
	}
	if names == "" {
		return nil
	}
	var out []reprint.Attribution
	for _, part := range strings.Split(strings.ReplaceAll(names, " and ", ", "), ",") {
		name := strings.TrimSpace(part)
		if name == "" {
			continue
		}
		if !plausibleName(name) {
			return nil
		}
		out = append(out, reprint.Attribution{Span: reprint.Span{Start: start, End: start + len(trimmed)},
			Text: trimmed, Name: name, Form: FormContributed})
	}
	return out
}

// wholeNameOnly are the credit prefixes that open sentences as often as
// credit lines, whatever name follows: the line credits only when the
// whole of it after the prefix is the name (a capitalised one, as every
// credit's), with nothing after it but a full stop.
var wholeNameOnly = map[string]bool{"theo": true}

// vietnamese reports whether s holds a letter only Vietnamese writes:
// đ, ơ, ư, or a vowel with a tone mark under or hooked above it (ạ, ả,
// ế, ờ …), Latin Extended Additional's U+1EA0–U+1EF9.
func vietnamese(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool {
		switch r {
		case 'đ', 'Đ', 'ơ', 'Ơ', 'ư', 'Ư':
			return true
		}
		return r >= 0x1EA0 && r <= 0x1EF9
	})
}

// agencyOnly are the credit prefixes that open sentences as often as
// credit lines: the line credits only when the whole of it after the
// prefix is an outlet's name (credit.IsOutlet).
var agencyOnly = map[string]bool{"avec": true}

// releaseLeads open a source that is an organisation's release, its
// issuer after them: "Quelle: Pressemitteilung der Käserei Hirschmoos
// GmbH vom 06.11.2025", "Source: press release from Harwick Council",
// "Fuente: nota de prensa del Ayuntamiento de Ronda".
var releaseLeads = []string{
	"pressemitteilung der ", "pressemitteilung des ", "pressemitteilung von ",
	"medienmitteilung der ", "medienmitteilung des ", "medienmitteilung von ",
	"press release from ", "press release by ", "press release of ", "news release from ", "news release by ",
	"comunicado de ", "comunicado del ", "comunicado de la ", "nota de prensa de ", "nota de prensa del ", "nota de prensa de la ",
	"communiqué de ", "communiqué du ", "communiqué de la ", "comunicato di ", "comunicato del ", "comunicato della ",
	"persbericht van ",
}

// releaseDated are the words before a release's date after its issuer
// ("… GmbH vom 06.11.2025", "… Council of 3 March").
var releaseDated = []string{" vom ", " from ", " of ", " del ", " du ", " van ", " de "}

// releaseIssuer returns the issuer a source name gives when it names
// an organisation's release (releaseLeads), its date after it cut off;
// else name as it is. The release's issuer is who the source credits.
func releaseIssuer(name string) string {
	low := strings.ToLower(name)
	for _, lead := range releaseLeads {
		if strings.HasPrefix(low, lead) && len(name) > len(lead) {
			issuer := name[len(lead):]
			for _, w := range releaseDated {
				if i := strings.LastIndex(issuer, w); i > 0 && i+len(w) < len(issuer) && unicode.IsDigit(rune(issuer[i+len(w)])) {
					issuer = issuer[:i]
				}
			}
			return strings.TrimSpace(issuer)
		}
	}
	return name
}

// labelAlone reports whether line is a source label alone, without its
// colon ("Quelle", "Source", "Fuente"), as a definition list or a
// table prints a notice's field over or beside its value; it returns
// the label as written.
func labelAlone(line string) (string, bool) {
	t := strings.TrimSpace(line)
	if t == "" || len(t) > labelMaxBytes || strings.ContainsAny(t, ":.") {
		return "", false
	}
	key := strings.ToLower(t) + ":"
	if key == "info:" {
		// A menu's "Info" over "Sport": the label credits only on the
		// line of its name.
		return "", false
	}
	for _, p := range creditPrefixes {
		if p.form == FormSource && p.prefix == key {
			return t, true
		}
	}
	return "", false
}

// labelledSource reads blocks[i] as the value of a source label alone on
// the line before it (labelAlone): "Quelle" over "Pressemitteilung der
// Käserei Hirschmoos GmbH vom 06.11.2025". It returns the label and the
// name the two lines give as one credit line.
func labelledSource(body string, blocks []block, i int) (label, name string, ok bool) {
	if i == 0 || blocks[i-1].credit || blocks[i-1].removed {
		return "", "", false
	}
	if label, ok = labelAlone(body[blocks[i-1].span.Start:blocks[i-1].span.End]); !ok {
		return "", "", false
	}
	at, ok := FindAttribution(label + ": " + body[blocks[i].span.Start:blocks[i].span.End])
	if !ok || at.Form != FormSource {
		return "", "", false
	}
	return label, at.Name, true
}

// labelMaxBytes bounds the label of a labelled line ("Source:",
// "Quelle:", "Fuente de la información:").
const labelMaxBytes = 40

// labelledFirstSentence returns the first sentence of line when line
// opens with a label (a colon within labelMaxBytes, no sentence's end
// before it) and that sentence ends with a full stop before a space and
// a capital; else line whole.
func labelledFirstSentence(line string) string {
	c := strings.IndexByte(line, ':')
	if c <= 0 || c > labelMaxBytes || strings.ContainsAny(line[:c], ".!?") {
		return line
	}
	for i := c; i+2 < len(line); i++ {
		if line[i] == '.' && line[i+1] == ' ' && unicode.IsUpper(rune(line[i+2])) {
			return line[:i+1]
		}
	}
	return line
}

// maxCreditLineBytes bounds the lines FindAttribution looks at; credit
// lines are short, and the bound keeps the prefix tests off long prose.
const maxCreditLineBytes = 200

// creditName cuts the credited name out of the text after a credit
// prefix: up to the first sentence end, comma, semicolon, bar, spaced
// dash or a colon or space before the link ("Originally published by The
// Conversation. Read the original", "Les alla greinina hjá KVF:
// https://kvf.fo/…", "引用元：ミライニュース https://…").
func creditName(rest string) string {
	rest = strings.TrimSpace(rest)
	cut := len(rest)
	for _, sep := range []string{". ", ", ", "; ", " | ", " - ", " – ", " — ", " on ", ": http", ": www.", " http://", " https://"} {
		if i := strings.Index(rest, sep); i >= 0 && i < cut {
			cut = i
		}
	}
	if i := strings.IndexFunc(rest[:cut], pictograph); i > 0 {
		// The pictograph a post points down to the pasted story with
		// ("Shared from the Gazette 👇 Please share …") ends the name.
		cut = i
	}
	name := strings.TrimRight(strings.TrimSpace(rest[:cut]), ".,;:།")
	for {
		// The arrow of a read-more link after the name ("Read more at
		// X »", "… אויף „X“ »") is no part of it.
		trimmed := strings.TrimSpace(strings.TrimRight(name, "»›→>"))
		if trimmed == name || !strings.HasSuffix(name, " »") && !strings.HasSuffix(name, " ›") && !strings.HasSuffix(name, " →") && !strings.HasSuffix(name, " >>") && !strings.HasSuffix(name, " >") {
			break
		}
		name = trimmed
	}
	return unquoteName(nameClause(name))
}

// circumfixCredits are credit lines that hold the name between an
// opening and a closing phrase, lower case: Tahitian "Nō X mai teie
// parau ʻāpī." (this news is from X).
var circumfixCredits = []struct{ open, close, form string }{
	{"nō ", " mai teie parau ʻāpī", FormSource},
	{"no ", " mai teie parau 'āpī", FormSource},
}

// circumfixCredit reads line as a circumfixCredits line: the name and
// its form.
func circumfixCredit(line string) (name, form string, ok bool) {
	l := strings.TrimRight(strings.TrimSpace(line), ".!")
	low := strings.ToLower(l)
	if len(low) != len(l) {
		return "", "", false // a letter whose lower case differs in length: offsets would not stand
	}
	for _, c := range circumfixCredits {
		if strings.HasPrefix(low, c.open) && strings.HasSuffix(low, c.close) && len(low) > len(c.open)+len(c.close) {
			return strings.TrimSpace(l[len(c.open) : len(l)-len(c.close)]), c.form, true
		}
	}
	return "", "", false
}

// postpositions end a name in the languages whose "from" follows it:
// Mizo's "He chanchin hi AIR Aizawl atanga lak a ni" (this news is taken
// from AIR Aizawl).
var postpositions = []string{" atanga "}

// postposed returns rest cut before a postposition (postpositions) that
// follows the name in it, else rest as it is.
func postposed(rest string) string {
	for _, p := range postpositions {
		if i := strings.Index(rest, p); i > 0 {
			return rest[:i]
		}
	}
	return rest
}

// streetAddress reports whether rest, what follows a line's opening
// "Via", is the rest of a street address as Italian, Spanish and
// Portuguese write it ("Via Roma 12 – 90100 Palermo", "Via Garibaldi,
// 3/A"): a name of at most addressNameWords words, then a house number
// (digits, a letter or a "/" part after them) set off by a comma or with
// more of the address after it. A credit names an outlet, which no
// house number follows; "Via Radio 4" alone names a station.
func streetAddress(rest string) bool {
	f := strings.Fields(strings.TrimSpace(rest))
	for i := 1; i < len(f) && i <= addressNameWords; i++ {
		w := strings.TrimRight(f[i], ",;.–-")
		if w == "" || w[0] < '0' || w[0] > '9' {
			if strings.HasSuffix(f[i-1], ",") {
				return false // a comma not before a number ends the name
			}
			continue
		}
		n := 0
		for n < len(w) && w[n] >= '0' && w[n] <= '9' {
			n++
		}
		if tail := w[n:]; len(tail) > 1 && tail[0] != '/' {
			return false
		}
		// The number set off by a comma, or more of the address after
		// it (a postcode, a town): "Via Radio 4" alone is a station.
		return strings.HasSuffix(f[i-1], ",") || i+1 < len(f)
	}
	return false
}

// addressNameWords bounds a street's name in streetAddress: "Via Vittorio
// Emanuele II" is three words after "Via".
const addressNameWords = 4

// unquoteName takes off the quotation marks a name is wholly set in, as
// Armenian and Russian papers print a title ("Աղբյուրը՝ «Արմենպրես»",
// "Источник: «Коммерсантъ»"): the marks are no part of it.
func unquoteName(name string) string {
	for _, q := range [...][2]string{{"«", "»"}, {"“", "”"}, {"„", "“"}, {"\"", "\""}, {"‹", "›"}} {
		if inner, ok := strings.CutPrefix(name, q[0]); ok {
			if inner, ok := strings.CutSuffix(inner, q[1]); ok && !strings.ContainsAny(inner, "«»“”„\"") {
				return strings.TrimSpace(inner)
			}
		}
	}
	return name
}

// nameClause cuts a credited name where the sentence goes on after it:
// at "and" or "but" followed by a lower-case word ("Harbor Watch and is
// republished with permission", "ProPublica and was edited for length"),
// the way a name's own "and" is followed by a capital ("Reuters and AP").
func nameClause(name string) string {
	f := strings.Fields(name)
	for i := 1; i+1 < len(f); i++ {
		if (f[i] == "and" || f[i] == "but") && !startsUpper(f[i+1]) {
			return strings.Join(f[:i], " ")
		}
	}
	return name
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// copyrightRest reports whether s is a copyright notice and returns what
// follows the sign or word and any years: "© 2019 X" and "Copyright (c)
// 2005-2019 X" both give "X".
func copyrightRest(s string) (string, bool) {
	found := false
	for {
		s = strings.TrimLeft(s, " ,-–")
		switch {
		case strings.HasPrefix(s, "©"):
			s = s[len("©"):]
		case strings.HasPrefix(s, "ⓒ"):
			s = s[len("ⓒ"):]
		case strings.HasPrefix(s, "<저작권자") || strings.HasPrefix(s, "저작권자"):
			// Korean papers' notice: "<저작권자(c) 연합뉴스, 무단
			// 전재-재배포 금지>", "저작권자 © 충청새날일보" (the
			// copyright holder).
			_, s, _ = strings.Cut(s, "저작권자")
			if k := strings.Index(s, " 무단"); k > 0 {
				s = s[:k] // the reuse notice after the name
			}
		case hasPrefixFold(s, "(c)"):
			s = s[len("(c)"):]
		case hasPrefixFold(s, "copyright") && (len(s) == len("copyright") || !isWordRune(rune(s[len("copyright")]))):
			s = s[len("copyright"):]
		case found && len(s) > 0 && '0' <= s[0] && s[0] <= '9':
			s = strings.TrimLeft(s, "0123456789")
		default:
			return s, found
		}
		found = true
	}
}

// copyrightLinks are what the word "Copyright" heads in a footer's link
// to the page about the site's rights, lower case ("Copyright
// Notices", "Copyright Policy", "Copyright Information"): the page's
// name, no owner's.
var copyrightLinks = set(`notice notices policy policies information info statement infringement infringements
	complaints permissions`)

// linkListMaxWords bounds a footer link's line beside a copyright
// link: "Website Privacy Policy", "Site Map" (three words, four for a
// longer language).
const linkListMaxWords = 4

// copyrightLink reports whether block i, read as a copyright line naming
// name, is a footer's link to the site's rights page instead
// ("Copyright Notices" between "Accessibility" and "Website Privacy
// Policy" in a municipal CMS's "Site Links"): name is one of
// copyrightLinks, and the lines right above and below it in its
// paragraph, or the one there is, are links of at most
// linkListMaxWords words ending no sentence. Alone, or under a
// paragraph of a site's terms, the line is a heading and stays a
// credit line as FindAttribution reads it.
func copyrightLink(body string, blocks []block, i int, name string) bool {
	if !copyrightLinks[strings.ToLower(strings.TrimSpace(name))] {
		return false
	}
	link := func(k int) bool {
		line := strings.TrimSpace(body[blocks[k].span.Start:blocks[k].span.End])
		n := len(strings.Fields(line))
		return n > 0 && n <= linkListMaxWords && !fullStop(line)
	}
	above := i > 0 && !blocks[i].afterBlank
	below := i+1 < len(blocks) && !blocks[i+1].afterBlank
	return (above || below) && (!above || link(i-1)) && (!below || link(i+1))
}

// copyrightName cuts the owner's name out of what follows a copyright
// notice's sign and leading years (copyrightRest), as creditName does,
// without the years a footer may print after the name instead of before
// it ("© Tsebo ea Sechaba 2025. All rights reserved.", "© The Valley
// Ledger 2019–2025"): tagDiv's and many hand-made footers set the year
// last, and the owner the page signs with is the name alone.
func copyrightName(rest string) string {
	name := creditName(rest)
	for {
		f := strings.Fields(name)
		if len(f) < 2 || !yearish(f[len(f)-1]) {
			return name
		}
		name = strings.TrimRight(strings.Join(f[:len(f)-1], " "), " ,-–—")
	}
}

// siteHostTail cuts from a copyright notice's owner the site's host in
// brackets after it, as Korean papers sign ("ⓒ 서해매일신문(www.seohaemaeil.example),
// 무단전재 및 재배포 금지"): the owner is the name before the bracket
// (ownHostNotice).
func siteHostTail(name string) string {
	head, ok := strings.CutSuffix(name, ")")
	if !ok {
		return name
	}
	k := strings.LastIndexByte(head, '(')
	if k <= 0 || !hostName(strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(head[k+1:], "https://"), "http://"))) {
		return name
	}
	return strings.TrimSpace(head[:k])
}

// yearish reports whether w is a year or a span of years as a copyright
// notice prints them: "2025", "2019-2025", "2019–2025", "(2025)".
func yearish(w string) bool {
	w = strings.Trim(w, "()")
	for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '–' || r == '—' }) {
		if len(part) != 4 || !(strings.HasPrefix(part, "19") || strings.HasPrefix(part, "20")) || strings.Trim(part, "0123456789") != "" {
			return false
		}
	}
	return w != "" && strings.Trim(w, "-–—") != ""
}

// parenthesised returns what a line that is only "(…)" holds, without
// further brackets inside.
func parenthesised(s string) (string, bool) {
	if len(s) > 2 && s[0] == '(' && s[len(s)-1] == ')' && !strings.ContainsAny(s[1:len(s)-1], "()") {
		return strings.TrimSpace(s[1 : len(s)-1]), true
	}
	// The full-width parentheses of Chinese and Japanese: "（共同）".
	if inner, ok := strings.CutPrefix(s, "（"); ok {
		if inner, ok = strings.CutSuffix(inner, "）"); ok && inner != "" && !strings.ContainsAny(inner, "()（）") {
			return strings.TrimSpace(inner), true
		}
	}
	return "", false
}

// agencyMark reports whether name is an agency's mark in lower case, as
// German-language papers sign agency copy: "(dpa)", "(sda)", "(apa)",
// and Danish ones "/ritzau/" — one word of two to six letters.
func agencyMark(name string) bool {
	if len(name) < 2 || len(name) > 6 {
		return false
	}
	for _, r := range name {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// agencyBylineWords join a reporter's name and the agency the story was
// written from: "Léa Monnier avec ATS", "Ana Ruiz con EFE", "Jana Müller
// mit dpa", "Rui Sousa com Lusa".
var agencyBylineWords = map[string]bool{"avec": true, "con": true, "com": true, "mit": true}

// agencyBylineMaxBytes bounds such a byline: four name words, the joining
// word and four of the agency's.
const agencyBylineMaxBytes = 120

// agencyByline returns the agency of a line that is only a reporter's
// byline with it: two to four capitalised words, one of
// agencyBylineWords, and a name of one to four words (capitalised, or a
// lower-case agency mark: "mit dpa").
func agencyByline(line string) (string, bool) {
	if len(line) > agencyBylineMaxBytes || !strings.Contains(line, " avec ") && !strings.Contains(line, " con ") &&
		!strings.Contains(line, " com ") && !strings.Contains(line, " mit ") {
		return "", false // most lines: no allocation
	}
	f := strings.Fields(strings.TrimRight(line, "."))
	k := slices.IndexFunc(f, func(w string) bool { return agencyBylineWords[w] })
	if k < 2 || k > 4 || len(f)-k-1 < 1 || len(f)-k-1 > 4 {
		return "", false
	}
	for _, w := range f[:k] {
		if !startsUpper(w) {
			return "", false
		}
	}
	after := f[k+1:]
	for _, w := range after {
		if !startsUpper(w) && !(len(after) == 1 && agencyMark(w)) {
			return "", false
		}
	}
	return strings.Join(after, " "), true
}

// standaloneCredit returns X for a line that is only "(X)", "/X/" or "— X"
// (also "-" and "–"), the wire credit some sites put at the end; of
// "(sda/red)", the agency before the slash (the rest marks the desk's
// own additions).
func standaloneCredit(s string) string {
	if inner, ok := parenthesised(s); ok {
		if len(fields(inner)) > maxStandaloneWords || noteWord(inner) || hanClause(inner) {
			return ""
		}
		if a, _, ok := strings.Cut(inner, "/"); ok && !strings.Contains(a, " ") {
			return a
		}
		return inner
	}
	if rest, ok := strings.CutPrefix(s, "/"); ok {
		// The Danish agency sign-off "/ritzau/", "/ritzau/fbb": the
		// agency between the slashes, a desk's initials after them.
		name, after, ok := strings.Cut(rest, "/")
		if !ok || name == "" || strings.Contains(name, " ") || len(fields(after)) > 1 || strings.ContainsAny(after, "/.") {
			return ""
		}
		return name
	}
	for _, dash := range []string{"—", "–", "-"} {
		if rest, ok := strings.CutPrefix(s, dash); ok {
			rest = strings.TrimSpace(rest)
			if strings.HasSuffix(rest, dash) {
				// A word set between dashes ("- Advertisement -",
				// "— Anzeige —"), as themes print an advert's label,
				// is an ornament, not a sign-off: an agency signs
				// with the dash before its name only.
				return ""
			}
			if len(fields(rest)) > maxStandaloneWords || endsSentence(rest) {
				return ""
			}
			return rest
		}
	}
	return ""
}

// noteWord reports whether inner, a parenthesised line's content, is a
// record's note rather than an agency's mark: one word of mixed case
// with its full stop inside the brackets, as minutes and transcripts
// print a vote or a reaction ("(Unanimous.)", "(Carried.)",
// "(Applause.)"). An agency signs without the stop ("(Reuters)") or in
// capitals ("(ANP.)"), and a four-letter mark ("(Lusa.)") is left to
// the name tests.
func noteWord(inner string) bool {
	w, ok := strings.CutSuffix(inner, ".")
	if !ok || utf8.RuneCountInString(w) < 5 || strings.ContainsAny(w, " .") {
		return false
	}
	return strings.IndexFunc(w, unicode.IsLower) >= 0 && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// hanClause reports whether a bracket's inside is a clause of Chinese or
// Japanese, not a name: a full-width comma, full stop or semicolon
// parts it ("（图片来源于网络，如有侵权请联系删除）", a self-media post's
// note on its pictures), where an agency's mark is one word ("（新华社）",
// "（共同）").
func hanClause(inner string) bool {
	return strings.ContainsAny(inner, "，。；")
}

// plausibleName reports whether name looks like a credited source: a few
// words, starting with a letter or digit, with at least one capital
// ("BBC", "The Guardian", "the Associated Press") or a letter of a script
// without case ("共同").
func plausibleName(name string) bool {
	if name == "" || len(fields(name)) > maxCreditNameWords {
		return false
	}
	if hostName(name) {
		return true // "Ganzen Artikel lesen auf aaretalerzeitung.example": a site by its host
	}
	first, _ := utf8.DecodeRuneInString(name)
	if !unicode.IsLetter(first) && !unicode.IsDigit(first) {
		return false
	}
	// A capital, or a letter of a script without case ("共同", "وام"):
	// a name, where a lower-case phrase of a cased script is prose.
	return strings.IndexFunc(name, func(r rune) bool {
		return unicode.IsUpper(r) || unicode.IsLetter(r) && !unicode.IsLower(r) && !unicode.IsTitle(r) && unicode.ToUpper(r) == r && unicode.ToLower(r) == r
	}) >= 0
}

// pageURL reports whether name, read after a credit's label, is the
// address of a web page or a site ("Źródło:
// https://infopolskateraz.example/zdrowie/…/", "Source:
// www.example.com/story"): a scraper's copy names the page it took by
// its address, which the credit package reads as a link to it
// (credit.CheckIn). An absolute address, its host of two labels or
// more, no space in it.
func pageURL(name string) bool {
	low := strings.ToLower(name)
	rest, ok := strings.CutPrefix(low, "https://")
	if !ok {
		if rest, ok = strings.CutPrefix(low, "http://"); !ok {
			rest, ok = low, strings.HasPrefix(low, "www.")
		}
	}
	if !ok || strings.ContainsAny(name, " \t") {
		return false
	}
	host, _, _ := strings.Cut(rest, "/")
	host, _, _ = strings.Cut(host, "?")
	return hostName(host)
}

// hostName reports whether name is a host written in lower case, two
// labels or more of letters, digits and hyphens ("bbc.co.uk",
// "aaretalerzeitung.ch"): an aggregator's read-on line names its source
// by the host it links to.
func hostName(name string) bool {
	labels := strings.Split(name, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || strings.Trim(l, "abcdefghijklmnopqrstuvwxyz0123456789-") != "" || l[0] == '-' {
			return false
		}
	}
	return strings.ContainsAny(labels[len(labels)-1], "abcdefghijklmnopqrstuvwxyz")
}

// hasPrefixFold reports whether s begins with the lower-case ASCII prefix,
// ignoring case.
// prefixesByWord indexes creditPrefixes by their first word (without a
// colon), in their order: a line is compared only with the prefixes its
// own first word opens. Every line of every article is tried, and
// trying all ninety prefixes took a tenth of cleaning's time.
var prefixesByWord = func() map[string][]int {
	m := map[string][]int{}
	for k, p := range creditPrefixes {
		w := string(firstWordKey(p.prefix, nil))
		m[w] = append(m[w], k)
	}
	return m
}()

// firstWordKey returns line's first word, up to a space or a colon,
// lower-cased, appended to dst (a caller's buffer: no allocation for a
// word that fits, and none for the map lookup of string(key)).
func firstWordKey(line string, dst []byte) []byte {
	for _, r := range line {
		if r == ' ' || r == ':' || r == '：' || r == '\u00a0' || r == '\t' {
			break
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// feedFooters are WordPress's feed footer, "The post <title> appeared
// first on <site>.", in English and in its German, French, Spanish,
// Portuguese, Italian and Dutch translations: an opening and the words
// before the site's name, lower case.
var feedFooters = [][2]string{
	{"the post ", " appeared first on "},
	{"der beitrag ", " erschien zuerst auf "},
	{"l'article ", " est apparu en premier sur "},
	{"la entrada ", " se publicó primero en "},
	{"o post ", " apareceu primeiro em "},
	{"l'articolo ", " sembra essere il primo su "},
	{"het bericht ", " verscheen eerst op "},
}

// feedFooter returns the site's name of a feed footer line (feedFooters):
// a copy taken from a blog's feed keeps it, and it credits the blog.
func feedFooter(line string) (string, bool) {
	for _, f := range feedFooters {
		if !hasPrefixFold(line, f[0]) {
			continue
		}
		// The last place the infix stands, compared case-folded byte
		// window by byte window (the infixes fold to their own length).
		for i := len(line) - len(f[1]); i > len(f[0]); i-- {
			if strings.EqualFold(line[i:i+len(f[1])], f[1]) {
				return line[i+len(f[1]):], true
			}
		}
	}
	return "", false
}

// colonRest returns what follows prefix at the start of s, case folded.
// A prefix ending in a colon also matches with spaces before the colon,
// as French typography sets it ("Source : AFP", with a space or a
// no-break space).
func colonRest(s, prefix string) (string, bool) {
	if hasPrefixFold(s, prefix) {
		return s[len(prefix):], true
	}
	word, ok := strings.CutSuffix(prefix, ":")
	if !ok || !hasPrefixFold(s, word) {
		return "", false
	}
	rest := strings.TrimLeft(s[len(word):], " \u00a0\u202f")
	if len(rest) == len(s)-len(word) || !strings.HasPrefix(rest, ":") {
		return "", false
	}
	return rest[1:], true
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
