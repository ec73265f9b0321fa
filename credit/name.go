package credit

import (
	"github.com/reprint/reprint/analysis"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Name matching: the alias logic of the package doc. A name is reduced to
// its lower-case words; "the", "of", "and" and "&" are dropped (stop),
// corporate filler ("online", "media", "group", "inc") is dropped from
// the core, and masthead words ("news", "times", "post", "press"…) are set
// aside, because they are shared by many unrelated publishers. What is
// left, the core, is the distinctive part: "bbc" of "BBC News", "reuters"
// of "Thomson Reuters", "guardian" of "The Guardian".

// nameStop are words that carry no identity in a publisher's name.
// The articles and the "of" and "and" of the languages whose wire
// services name themselves so ("Agencia Iberia de Noticias", "Agence
// France-Presse", "Deutsche Presse-Agentur", "Agência Lusa de
// Notícias") are stop words too: AIN is the initials of "Agencia Iberia
// de Noticias" as AFP is of "Agence France-Presse".
func nameStop(w string) bool {
	switch w {
	case "the", "of", "and", "&", "a",
		"de", "del", "la", "el", "los", "las", "y", // Spanish
		"du", "des", "le", "les", "et", // French
		"da", "do", "dos", "das", "e", // Portuguese
		"di", "della", "il", // Italian
		"der", "die": // German
		return true
	}
	return false
}

// nameFiller are corporate and web words that are left out of the core
// and never distinguish two publishers.
func nameFiller(w string) bool {
	switch w {
	case "online", "media", "group", "network", "inc", "ltd", "plc", "llc", "co", "com", "www", "website",
		"वृत्तसेवा", "न्यूज", "ન્યૂઝ", // Marathi and Hindi "news service" (a paper's desk signing its dateline), "news", Gujarati "news"
		"نيوز", "نیوز", // Sindhi and Urdu "news": "ڍڳاڻو (ڪاوش نيوز)", Daily Kawish's desk
		// A site's web edition, in Uyghur "X تورى ئۇيغۇرچە" (X Net, in
		// Uyghur: the agency's own site), as keyOf folds Arabic script.
		"net", "توری", "ئۇیغۇرچہ":
		return true
	}
	return false
}

// masthead are words that many unrelated publishers share ("Washington
// Post", "New York Post"). They are kept out of the core; when both names
// have some, they must agree, so "The Washington Post" is not "The
// Washington Times".
func masthead(w string) bool {
	switch w {
	case "news", "times", "post", "daily", "herald", "tribune", "journal", "gazette",
		"chronicle", "press", "observer", "standard", "star", "sun", "mirror", "express",
		// The same words in Spanish, French and German mastheads.
		"noticias", "diario", "prensa", "heraldo", "gaceta", "crónica", "correo",
		"presse", "quotidien", "zeitung", "nachrichten",
		// Marathi and Hindi "daily" ("दैनिक सह्यगर्जना"), Gujarati's.
		"दैनिक", "દૈનિક",
		// Sindhi's and Urdu's ("روزاني ڪاوش", "روزنامہ").
		"روزاني", "روزنامہ":
		return true
	}
	return false
}

// cjkAgencies are the news agencies that Chinese, Japanese and Korean papers
// credit, by the names they print, with their Latin names: a wire copy
// ends "（共同）" where the agency's site calls itself 共同通信, and a
// name without spaces has no words to compare by.
var cjkAgencies = map[string]string{
	"共同": "Kyodo", "共同通信": "Kyodo", "共同通信社": "Kyodo",
	"時事": "Jiji", "時事通信": "Jiji", "時事通信社": "Jiji", "時事ドットコム": "Jiji",
	"新华社": "Xinhua", "新華社": "Xinhua", "新华网": "Xinhua", "新華網": "Xinhua", "中新社": "China News Service", "中央社": "CNA",
	"연합뉴스": "Yonhap", "연합": "Yonhap", "뉴시스": "Newsis", "뉴스1": "News1",
	"中新网": "China News Service", "中国新闻网": "China News Service", "中国新闻社": "China News Service",
}

// nativeAgencies are national news agencies by the names papers of their
// language print, where the agency's site (or the domain table) gives
// another, with the Latin name both are read as: ATA signs its Albanian
// copy "/ATSH/", a Lao daily credits "ຂປລ" the agency whose site calls
// itself ສຳນັກຂ່າວສານປະເທດລາວ (Khaosan Pathet Lao), an Amharic one "ኢዜአ"
// for የኢትዮጵያ ዜና አገልግሎት (ENA). Written in a script without capitals
// or as initials, such names have no words to compare by.
var nativeAgencies = map[string]string{
	"ATSH": "ATA", "Agjencia Telegrafike Shqiptare": "ATA",
	"ຂປລ": "KPL", "ສຳນັກຂ່າວສານປະເທດລາວ": "KPL", "ຂ່າວສານປະເທດລາວ": "KPL",
	"ኢዜአ": "ENA", "የኢትዮጵያ ዜና አገልግሎት": "ENA",
	"Արմենպրես": "Armenpress", "ԱՐՄԵՆՊՐԵՍ": "Armenpress",
	"AZƏRTAC": "AZERTAC", "Azərbaycan Dövlət İnformasiya Agentliyi": "AZERTAC",
	"O‘zbekiston Milliy axborot agentligi": "UzA", "ЎзА": "UzA",
	"МОНЦАМЭ": "MONTSAME", "МОНЦАМЭ мэдээллийн агентлаг": "MONTSAME",
}

// nameKey is a name reduced for matching.
type nameKey struct {
	key    []string // words without stop words
	core   []string // key without filler and masthead words
	mast   []string // the masthead words of key
	concat string   // key words joined, for a domain label ("newsthirst")
	all    string   // every word joined, "the" included ("theguardian")
	agency int      // the news agency of urduAgencies it names (index + 1), or 0
	// indic is the name's consonant skeleton (see indic.go) when it is
	// written in a Brahmic script; raw is the name as given, whose Latin
	// skeleton indicLatin reads only against such a name.
	indic, raw string
}

// keyOf reduces name. A name that looks like a host or URL ("bbc.co.uk",
// "https://www.reuters.com/world") is first replaced by the publisher the
// domain table gives, or by its second-level label.
func keyOf(name string) nameKey {
	k := nameKey{raw: name}
	if sk, ok := indicSkeleton(name); ok {
		k.indic = sk
	}
	if looksLikeHost(name) {
		if host := hostOf(name); host != "" {
			if pub, _ := domainPublisher(host); pub != "" {
				name = pub
			}
		}
	}
	if latin, ok := cjkAgencies[strings.TrimSpace(name)]; ok {
		name = latin // "共同" and "共同通信" are both Kyodo
	} else if latin, ok := nativeAgencies[strings.Trim(name, " «»\"“”")]; ok {
		name = latin
	}
	if m := analysis.TranslitOf(name); m != analysis.NoTranslit {
		// A Serbian or Kazakh outlet named in Cyrillic is its Latin name
		// ("ҚазАқпарат" is "QazAqparat"), as the tokens of its text are.
		name = analysis.Transliterate(name, m)
	}
	if arabicScript(name) {
		// An Urdu name is read as its Latin name where it has one ("اے پی
		// پی" → "APP"), else compared in its folded form (see Urdu
		// datelines).
		if latin := urduLatin(name); latin != "" {
			name = latin
		} else {
			name = foldUrdu(name)
		}
	}
	// A station's frequency ("Dhok Nam 97.4 FM"), which credits drop.
	name = frequency.ReplaceAllString(name, " ")
	var all strings.Builder
	for _, w := range authorityWords(nameWords(name)) {
		if w == "fm" {
			// FM is radio: "Radio Dhok Nam FM" names the site's "Dhok
			// Nam 97.4 FM", the kind said twice.
			w = "radio"
		}
		if w == "radio" && slices.Contains(k.key, "radio") {
			continue
		}
		all.WriteString(w)
		if nameStop(w) {
			continue
		}
		k.key = append(k.key, w)
		switch {
		case masthead(w):
			k.mast = append(k.mast, w)
		case !nameFiller(w):
			k.core = append(k.core, w)
		}
	}
	k.concat = strings.Join(k.key, "")
	k.all = all.String()
	k.agency = agencyOf(k.key)
	return k
}

// frequency matches a radio station's frequency in its name: "97.4",
// "104,3" before FM or alone.
var frequency = regexp.MustCompile(`\b(?:8[7-9]|9\d|10[0-8])[.,]\d\b`)

// nameWords returns the lower-case words of name.
func nameWords(name string) []string {
	return strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		// Marks are a word's: Indic vowel signs ("दैनिक"), Thai's and
		// Arabic's diacritics.
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) && r != '&'
	})
}

// authorityOffices fold the name of a local authority's office into the
// authority's own, as an editor reads them as one body: the district's
// office (Landratsamt) issues the district's (Landkreis) releases on its
// site, a commune's office (Urząd Gminy, "UG") the commune's. officePairs
// do the same for offices named in two words.
var (
	authorityOffices = map[string]string{
		"landratsamt": "landkreis", "kreisverwaltung": "landkreis",
		"stadtverwaltung": "stadt", "gemeindeverwaltung": "gemeinde",
		"ug": "gmina", "um": "miasto",
		"câmara": "município",
	}
	officePairs = map[[2]string]string{
		{"urząd", "gminy"}: "gmina", {"urząd", "miasta"}: "miasto",
		{"městský", "úřad"}: "město", {"obecní", "úřad"}: "obec",
		{"mestský", "úrad"}: "mesto", {"obecný", "úrad"}: "obec",
		{"câmara", "municipal"}: "município",
	}
)

// authorityWords returns a name's words with its authority's office read
// as the authority (authorityOffices), in a name of two words or more: an
// abbreviation alone ("UG", "UM") names nothing.
func authorityWords(words []string) []string {
	if len(words) < 2 {
		return words
	}
	out := make([]string, 0, len(words))
	for i := 0; i < len(words); i++ {
		if i+1 < len(words) {
			if a, ok := officePairs[[2]string{words[i], words[i+1]}]; ok {
				out = append(out, a)
				i++
				continue
			}
		}
		if a, ok := authorityOffices[words[i]]; ok {
			out = append(out, a)
			continue
		}
		out = append(out, words[i])
	}
	return out
}

// keyWords returns the words of name without stop words: a nameKey's key.
func keyWords(name string) []string {
	var out []string
	for _, w := range nameWords(name) {
		if !nameStop(w) {
			out = append(out, w)
		}
	}
	return out
}

// SameName reports whether a and b name the same publisher, ignoring case
// and the common variants described in the package doc: "BBC" ~ "BBC
// News" ~ "bbc.co.uk", "The Guardian" ~ "Guardian", "Reuters" ~ "Thomson
// Reuters", "AP" ~ "The Associated Press".
func SameName(a, b string) bool {
	return sameKey(keyOf(a), keyOf(b))
}

// sameKey is SameName on reduced names. A name in Cyrillic against one
// in Latin letters is also read in the Latin alphabets of the languages
// printed in both (analysis.Translit): "МИНА" is "MINA", which the name
// alone, with no letter of Serbian's own, does not say.
func sameKey(ka, kb nameKey) bool {
	if sameKeyIn(ka, kb) {
		return true
	}
	if ca, cb := analysis.HasCyrillic(ka.raw), analysis.HasCyrillic(kb.raw); ca != cb && len(ka.key) > 0 && len(kb.key) > 0 {
		for _, m := range analysis.Alphabets {
			if sameKeyIn(keyOf(analysis.Transliterate(ka.raw, m)), keyOf(analysis.Transliterate(kb.raw, m))) {
				return true
			}
		}
	}
	return false
}

// sameKeyIn is sameKey within one script.
func sameKeyIn(ka, kb nameKey) bool {
	if len(ka.key) == 0 || len(kb.key) == 0 {
		return false
	}
	if indicLatin(ka, kb) || indicLatin(kb, ka) {
		return true
	}
	// Two names of listed agencies: the same agency or not, whatever
	// their words share ("AP" ~ "Associated Press", but "Associated
	// Press" ≁ "Associated Press of Pakistan").
	if ka.agency > 0 && kb.agency > 0 {
		return ka.agency == kb.agency
	}
	// Distinctive words: the smaller core inside the larger, and
	// masthead words, when both have some, agreeing.
	// A paper's masthead against a body of another kind sharing its
	// place name: the "Harrowfield Gazette" is no "Harrowfield Town FC".
	if len(ka.mast) > 0 && bodyKind(kb.core) || len(kb.mast) > 0 && bodyKind(ka.core) {
		return false
	}
	// A paper's masthead against a station sharing its place name: the
	// "Wealdmoor Gazette" is no "Radio Wealdmoor".
	if printMasthead(ka.mast) && broadcastKind(kb.core) || printMasthead(kb.mast) && broadcastKind(ka.core) {
		return false
	}
	if len(ka.core) > 0 && len(kb.core) > 0 &&
		(subset(ka.core, kb.core) || subset(kb.core, ka.core)) &&
		(len(ka.mast) == 0 || len(kb.mast) == 0 || subset(ka.mast, kb.mast) || subset(kb.mast, ka.mast)) {
		return true
	}
	// A name of masthead words only ("The Times") must match whole.
	if equal(ka.key, kb.key) {
		return true
	}
	// One word against several: an acronym ("AP", "AFP", "BBC") or a
	// domain label written solid ("newsthirst", "theguardian").
	return oneWord(ka, kb) || oneWord(kb, ka) || sharedAcronym(ka, kb) || sharedAcronym(kb, ka)
}

// wholeName reports whether the name c names the publisher p whole, as
// an attribution that is not a credit line must ("Marcher Valley Trains
// said", "the ONS said"): the same name (sameKey) holding every
// distinctive word of p's and its paper's masthead ("BBC" names "BBC
// News" whole, "Wrayford" no "Wrayford Gazette"), or p's acronym.
// "Wrayford says" is the town's saying, not the Wrayford Mercury's.
func wholeName(c, p nameKey) bool {
	if !sameKey(c, p) {
		return false
	}
	return subset(p.core, c.core) && (subset(p.mast, c.mast) || !printMasthead(p.mast)) || oneWord(c, p)
}

// bodyKind reports whether a name's core words say it is a body that is
// no news outlet — a club, a council, a school, a police force, a party —
// whose name a town's paper shares.
func bodyKind(core []string) bool {
	for _, w := range core {
		switch w {
		case "fc", "afc", "cf", "club", "council", "university", "college", "school", "hospital",
			"police", "ministry", "department", "party", "church", "federation", "association",
			// A local party, list or campaign standing for the town's
			// seats: "Wexcombe Independent Alliance" is no Wexcombe
			// Gazette.
			"alliance", "coalition", "league", "union", "society", "movement", "foundation":
			return true
		}
	}
	return false
}

// printMasthead reports whether mast holds a word only a printed paper's
// masthead has ("Gazette", "Herald", "Zeitung"): not "news", which
// broadcasters' newsrooms carry too ("BBC News").
func printMasthead(mast []string) bool {
	return slices.ContainsFunc(mast, func(w string) bool {
		switch w {
		case "news", "noticias", "nachrichten":
			return false
		}
		return true
	})
}

// broadcastKind reports whether a name's core words say it is a radio or
// television station ("fm" is read as "radio" by keyOf).
func broadcastKind(core []string) bool {
	for _, w := range core {
		switch w {
		case "radio", "rádio", "tv", "television", "televisión", "télévision", "fernsehen", "channel":
			return true
		}
	}
	return false
}

// oneWord reports whether the single-word name a is the acronym of b or
// b's words written solid.
func oneWord(a, b nameKey) bool {
	if len(a.key) != 1 || len(b.key) < 2 {
		return false
	}
	w := a.key[0]
	if w == b.concat || w == b.all {
		return true
	}
	if n := utf8.RuneCountInString(w); n < 2 || n > 6 {
		return false
	}
	return w == initials(b.key) || w == initials(slices.DeleteFunc(slices.Clone(b.key), agencyNoun)) || syllabic(w, b.key) ||
		placeDropped(w, b.key)
}

// placeDroppedMinWords is the fewest words a body's name needs for its
// initials without its first word to name it: three initials at least,
// so that two letters ("AP" of a "Polska Agencja Prasowa") never do.
const placeDroppedMinWords = 4

// placeDropped reports whether acronym is the initials of words but the
// first: a regional body named without its place, as the region's own
// press names it ("ОВА" for the "Полтавська обласна військова
// адміністрація", the oblast military administration; "ODA" for an
// "X Oblast Derzhavna Administratsiia").
func placeDropped(acronym string, words []string) bool {
	return len(words) >= placeDroppedMinWords && utf8.RuneCountInString(acronym) == len(words)-1 && acronym == initials(words[1:])
}

// syllabic reports whether acronym is made of the words' first letters
// with one or two of some words' letters, in order, every word giving
// some: Greek and Slavic agencies take a syllable of a word ("ΚΥΠΕ" is
// the Κυπριακό Πρακτορείο Ειδήσεων, Κυ-Π-Ε; "ТАСС" is not, but its
// letters are one each). At least one word gives one letter: an acronym
// of two-letter syllables alone is a word.
func syllabic(acronym string, words []string) bool {
	a := []rune(acronym)
	var match func(i, k int, single bool) bool
	match = func(i, k int, single bool) bool {
		if k == len(words) {
			return i == len(a) && single
		}
		w := []rune(words[k])
		for n := 1; n <= 2 && n <= len(w) && i+n <= len(a); n++ {
			if string(a[i:i+n]) == string(w[:n]) && match(i+n, k+1, single || n == 1) {
				return true
			}
		}
		return false
	}
	return len(words) >= 2 && len(words) < len(a) && match(0, 0, false)
}

// initials returns the first letters of words.
func initials(words []string) string {
	var b strings.Builder
	for _, x := range words {
		r, _ := utf8.DecodeRuneInString(x)
		b.WriteRune(r)
	}
	return b.String()
}

// agencyNoun reports whether w is the word "agency" of a news agency's
// name, which its acronym may leave out: the Agencia de Información
// Paraguaya is "IP" ("Fuente: Agencia IP", "(IP)").
func agencyNoun(w string) bool {
	switch w {
	case "agency", "agencia", "agência", "agence", "agenzia", "agentur", "agentschap", "agencja", "agentstvo":
		return true
	}
	return false
}

// sharedAcronym reports whether a and b name one publisher by the same
// words and, for the rest, one word in a that is the initials of b's
// rest: "Agencia IP" is "Agencia de Información Paraguaya".
func sharedAcronym(a, b nameKey) bool {
	var restA, restB []string
	shared := false
	for _, w := range a.key {
		if slices.ContainsFunc(b.key, func(x string) bool { return sameWord(w, x) }) {
			shared = true
		} else {
			restA = append(restA, w)
		}
	}
	for _, w := range b.key {
		if !slices.ContainsFunc(a.key, func(x string) bool { return sameWord(w, x) }) {
			restB = append(restB, w)
		}
	}
	if !shared || len(restA) != 1 || len(restB) < 2 {
		return false
	}
	w := restA[0]
	n := utf8.RuneCountInString(w)
	// A preposition of one letter before the place is no initial:
	// "KPP Wierzchosław" for the "Komenda Powiatowa Policji w
	// Wierzchosławiu".
	longer := slices.DeleteFunc(slices.Clone(restB), func(x string) bool { return utf8.RuneCountInString(x) == 1 })
	return n >= 2 && n <= 6 && (w == initials(restB) || len(longer) >= 2 && w == initials(longer))
}

func subset(small, big []string) bool {
	for _, s := range small {
		found := false
		for _, b := range big {
			if sameWord(s, b) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func equal(a, b []string) bool {
	return len(a) == len(b) && subset(a, b) && subset(b, a)
}

// inflectionLetters is how many trailing letters two words of a name may
// differ by and be one word inflected: German declines a name in running
// text ("einem Bericht des Obersteirischen Tagblatts" for "Obersteirisches
// Tagblatt"); a genitive "s" or an adjective's ending is one or two, as
// Georgian's genitive is ("ინტერპრესნიუსის" for "ინტერპრესნიუსი", its
// letters three bytes each). Counted in bytes before session 22, which
// gave Cyrillic one letter and Georgian none.
const inflectionLetters = 2

// inflectionMinBytes is the least length of a word matched up to its
// inflection: shorter words ("Sun", "Star", "Post") must be equal. Five
// since session 45: a five-letter name's genitive ("Seimo" for the
// Lithuanian Seimas, "pranešė Seimo komitetas") keeps a stem of four,
// which inflectionStemLetters still asks for.
const inflectionMinBytes = 5

// sameWord reports whether a and b are one word of a name, equal or
// differing only by an inflection's ending.
func sameWord(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < inflectionMinBytes || len(b) < inflectionMinBytes {
		return false
	}
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	for n > 0 && n < len(a) && !utf8.RuneStart(a[n]) {
		n-- // back to the start of the letter they differ in
	}
	return utf8.RuneCountInString(a[:n]) >= inflectionStemLetters &&
		max(utf8.RuneCountInString(a[n:]), utf8.RuneCountInString(b[n:])) <= inflectionLetters
}

// inflectionStemLetters is the least stem two inflected words of a name
// share: four letters, as six bytes of ASCII with a two-letter ending
// left; short words of other scripts ("জস", "সস") are no inflections
// of one another.
const inflectionStemLetters = 4
