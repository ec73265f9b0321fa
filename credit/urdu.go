package credit

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reprint/reprint"
)

// Urdu datelines
//
// An Urdu newspaper opens a story with a dateline that credits it, as
// wire copy in English does ("LONDON (Reuters) –"): a place, sometimes a
// date, and in parentheses who the story is from —
//
//	ڈھاکہ ۔ یکم دسمبر (اے پی پی) بنگلہ دیش نے …   Dhaka, 1 December (APP) Bangladesh …
//	میر پور(وقت نیوز) بنگلہ دیش نے …              Mirpur (Waqt News) Bangladesh …
//	لاہور (آئی این پی+ آن لائن) …                  Lahore (INP + Online) …
//	کراچی (اسپورٹس ڈیسک) …                        Karachi (sports desk) …
//
// It differs from the English form in four ways, which the rules below
// follow:
//
//   - No dash follows the parenthesis: the story's first sentence starts
//     at once. Arabic script has no capitals either, so a parenthesis in a
//     sentence ("نواز شریف (آج) جمعرات کو", "مسلم لیگ (ن) کی حکومت") is
//     told from a dateline by what stands around it: at most a place and
//     a date before it on its line (urduDatelinePlace), and after it a
//     sentence, which never opens with a postposition or conjunction
//     (urduFollows: "نے", "کی", "اور" follow a name inside a sentence).
//   - One parenthesis may credit several sources, joined by "+", "/", "،"
//     or ",": "(آئی این پی+ آن لائن)", "(مانیٹرنگ ڈیسک ، اے پی پی)". Each
//     is a credit of its own; all share the parenthesis as evidence.
//   - Papers credit their own staff by role: a desk (ڈیسک: "اسپورٹس ڈیسک"
//     sports desk, "مانیٹرنگ ڈیسک" monitoring desk), a reporter (رپورٹر),
//     a correspondent (نامہ نگار, وقائع نگار, خبر نگار, نمائندہ), a bureau
//     (بیورو), a cell (سیل), the staff (سٹاف). Such a credit names no other
//     publisher and is left out (urduStaff). A trailing "رپورٹ" (report)
//     is dropped from a name: "نوائے وقت رپورٹ" is Nawa-i-Waqt's report,
//     "بی بی سی رپورٹ" the BBC's.
//   - Agencies are named by their Latin initials spelt in Urdu letter
//     names — "اے پی پی" is APP, "این این آئی" NNI, "اے ایف پی" AFP, "بی
//     بی سی" BBC — or by an Urdu name of their own (urduAgencies). Both are
//     read as the Latin name before names are compared (urduLatin), so
//     "(اے پی پی)" names the publisher "APP" or "Associated Press of
//     Pakistan" (agencyOf).
//
// Time words in parentheses are the story's, not a credit: "(آج)" today,
// "(کل)" yesterday or tomorrow, "(بروز …)" on (a weekday).

// maxUrduParenBytes bounds the inside of an Arabic-script parenthetical
// credit: a letter is two bytes, and a dateline may join several credits
// ("نوائے وقت رپورٹ+ اے پی پی" is 45 bytes).
const maxUrduParenBytes = 160

// urduLetterNames are the Urdu spellings of the Latin letters' names, the
// way Urdu text writes an acronym: "اے پی پی" (A-P-P), "بی بی سی" (B-B-C).
// From the common Urdu transliteration of English letter names, as used
// in Urdu dictionaries and the press (keys folded by foldUrdu).
var urduLetterNames = func() map[string]byte {
	m := map[string]byte{}
	for l, names := range map[byte][]string{
		'A': {"اے"}, 'B': {"بی"}, 'C': {"سی"}, 'D': {"ڈی"}, 'E': {"ای"}, 'F': {"ایف"},
		'G': {"جی"}, 'H': {"ایچ"}, 'I': {"آئی"}, 'J': {"جے"}, 'K': {"کے"}, 'L': {"ایل"},
		'M': {"ایم"}, 'N': {"این"}, 'O': {"او"}, 'P': {"پی"}, 'Q': {"کیو"}, 'R': {"آر"},
		'S': {"ایس"}, 'T': {"ٹی"}, 'U': {"یو"}, 'V': {"وی"}, 'W': {"ڈبلیو"}, 'X': {"ایکس"},
		'Y': {"وائی"}, 'Z': {"زیڈ"},
	} {
		for _, n := range names {
			m[foldUrdu(n)] = l
		}
	}
	return m
}()

// An agency is one news agency's names: Latin (its initials first) and
// the Urdu forms that are not its initials spelt out.
type agency struct {
	latin []string
	urdu  []string
}

// urduAgencies are the news agencies that Urdu papers credit, with their
// Latin names and Urdu names, the Arab agencies with their Arabic
// ones, and the English-language national agencies known by two names. The Pakistani agencies are those of the
// country's wire services (the Associated Press of Pakistan, the state
// agency; Pakistan Press International; News Network International;
// Independent News Pakistan; Online International News Network, INN,
// credited as "آن لائن"; South Asian News Agency, SANA, credited as
// "ثناء نیوز"), and the foreign ones the agencies whose copy the Urdu
// press carries most; each Urdu name is the agency's name as Urdu
// papers print it. An agency named by its initials alone (PPI: "پی پی
// آئی") needs no Urdu form: urduLatin spells the initials out.
var urduAgencies = []agency{
	{latin: []string{"APP", "Associated Press of Pakistan"}, urdu: []string{"ایسوسی ایٹڈ پریس آف پاکستان"}},
	{latin: []string{"PPI", "Pakistan Press International"}},
	{latin: []string{"NNI", "News Network International"}},
	{latin: []string{"INP", "Independent News Pakistan"}},
	{latin: []string{"INN", "Online", "Online International News Network"}, urdu: []string{"آن لائن"}},
	{latin: []string{"SANA", "South Asian News Agency"}, urdu: []string{"ثناء نیوز", "ثنا نیوز"}},
	{latin: []string{"AP", "Associated Press"}, urdu: []string{"ایسوسی ایٹڈ پریس"}},
	{latin: []string{"AFP", "Agence France-Presse"}},
	{latin: []string{"Reuters"}, urdu: []string{"رائٹرز", "رائٹر", "روئٹرز"}},
	{latin: []string{"Xinhua"}, urdu: []string{"شنہوا", "ژنہوا"}},
	{latin: []string{"IRNA", "Islamic Republic News Agency"}, urdu: []string{"ارنا"}},
	// The Arab agencies, by their Arabic initials and names, as Arabic
	// datelines credit them ("أبوظبي في 3 مارس / وام /").
	{latin: []string{"WAM", "Emirates News Agency"}, urdu: []string{"وام", "وكالة أنباء الإمارات"}},
	{latin: []string{"SPA", "Saudi Press Agency"}, urdu: []string{"واس", "وكالة الأنباء السعودية"}},
	{latin: []string{"QNA", "Qatar News Agency"}, urdu: []string{"قنا", "وكالة الأنباء القطرية"}},
	{latin: []string{"KUNA", "Kuwait News Agency"}, urdu: []string{"كونا", "وكالة الأنباء الكويتية"}},
	// MENA signs its dispatches with its Arabic initials spaced, "/أ ش أ/",
	// and Egyptian papers credit it so: "(أ ش أ)".
	{latin: []string{"MENA", "Middle East News Agency"}, urdu: []string{"وكالة أنباء الشرق الأوسط", "أ ش أ"}},
	// The national agencies whose names and initials differ in the
	// English-language press, as their bylines and sign-offs print
	// them: Britain's PA ("PA Media", "By Press Association Sport
	// staff", "— PA"), Australia's AAP and Canada's CP.
	{latin: []string{"PA", "PA Media", "Press Association", "PA News Agency", "Press Association Sport", "PA Sport"}},
	{latin: []string{"AAP", "Australian Associated Press"}},
	{latin: []string{"CP", "Canadian Press", "The Canadian Press"}},
}

// agencyLatin and agencyUrdu map the reduced Latin names (keyWords joined
// by spaces) and the folded, spaceless Urdu names of urduAgencies to
// their index + 1.
var agencyLatin, agencyUrdu = func() (map[string]int, map[string]int) {
	latin, urdu := map[string]int{}, map[string]int{}
	for i, a := range urduAgencies {
		for _, n := range a.latin {
			latin[strings.Join(keyWords(n), " ")] = i + 1
		}
		for _, n := range a.urdu {
			urdu[spaceless(foldUrdu(n))] = i + 1
		}
	}
	return latin, urdu
}()

// agencyOf returns the agency whose Latin name reduces to words (its
// index + 1), or 0. Two names of the same agency are the same publisher
// ("AP" and "Associated Press"), and of two different ones, not: "The
// Associated Press" is not the "Associated Press of Pakistan", although
// the one's words lie inside the other's.
//
// An agency's name followed by "News" is the agency's own site or
// service ("AP News", the Associated Press's site; "Reuters News"), so
// the name without that last word counts too.
func agencyOf(words []string) int {
	if i := agencyLatin[strings.Join(words, " ")]; i > 0 {
		return i
	}
	if n := len(words); n >= 2 && words[n-1] == "news" {
		return agencyLatin[strings.Join(words[:n-1], " ")]
	}
	return 0
}

// urduLatin returns the Latin name of an Arabic-script name: its letters'
// initials when every word is a letter name and there are at least two
// ("اے پی پی" → "APP": one letter name alone is more often a word, "آئی"
// came), else the first Latin name of the agency it is an Urdu name of,
// else "".
func urduLatin(name string) string {
	f := foldUrdu(name)
	words := strings.Fields(f)
	if len(words) >= 2 {
		var b strings.Builder
		for _, w := range words {
			l, ok := urduLetterNames[w]
			if !ok {
				b.Reset()
				break
			}
			b.WriteByte(l)
		}
		if b.Len() > 0 {
			return b.String()
		}
	}
	if i := agencyUrdu[spaceless(f)]; i > 0 {
		return urduAgencies[i-1].latin[0]
	}
	return ""
}

// foldUrdu returns s with the Arabic-script variants that writers and
// keyboards mix folded to one form, as package analysis folds them for
// matching: Arabic yeh and alef maksura → Farsi yeh ی, Arabic kaf →
// keheh ک, Arabic heh, ae and teh marbuta → heh goal ہ, alef with madda,
// hamza or wasla → alef; diacritics, tatweel and zero-width joiners
// dropped; runs of space collapsed.
func foldUrdu(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == 'ي' || r == 'ى':
			r = 'ی'
		case r == 'ك':
			r = 'ک'
		case r == 'ه' || r == 'ە' || r == 'ة':
			r = 'ہ'
		case r == 'آ' || r == 'أ' || r == 'إ' || r == 'ٱ':
			r = 'ا'
		case r == 'ـ' || r == '\u200c' || r == '\u200d' || unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

func spaceless(s string) string { return strings.ReplaceAll(s, " ", "") }

// arabicScript reports whether s holds an Arabic-script letter.
func arabicScript(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) })
}

// urduStaffWords are words of a newsroom role (see Urdu datelines),
// folded.
var urduStaffWords = foldSet("ڈیسک", "رپورٹر", "رپورٹرز", "نمائندہ", "نمائندے", "نمائندگان", "بیورو", "سیل", "سٹاف", "اسٹاف")

// urduTimeWords are the time words that open a parenthesis in a
// sentence: "(آج)", "(بروز جمعرات)".
var urduTimeWords = foldSet("آج", "کل", "بروز")

// urduFollowWords are the postpositions and conjunctions that follow a
// name inside a sentence and never open one: "نے" (ergative), "کا/کی/کے"
// (of), "کو" (to), "سے" (from), "میں" (in), "پر" (on), "تک" (until),
// "اور" (and), "یا" (or), "نیز" (also), "والا/والے/والی" (the one who).
var urduFollowWords = foldSet("نے", "کا", "کی", "کے", "کو", "سے", "میں", "پر", "تک", "اور", "یا", "نیز", "والا", "والے", "والی")

// urduReportWords are "report" and its plural, dropped from the end of a
// credit: "نوائے وقت رپورٹ" is Nawa-i-Waqt's report.
var urduReportWords = foldSet("رپورٹ", "رپورٹس")

func foldSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[foldUrdu(w)] = true
	}
	return m
}

// urduStaff reports whether the folded words of a credit name the paper's
// own staff: a role word, or a correspondent ("… نگار", "نگاران").
func urduStaff(words []string) bool {
	for _, w := range words {
		if urduStaffWords[w] || strings.HasSuffix(w, "نگار") || strings.HasSuffix(w, "نگاران") {
			return true
		}
	}
	return false
}

// urduParenthetical returns the credits of the Arabic-script parenthesis
// text[open:close] ("(" through ")"): one mention per source it names,
// each a dateline when the parenthesis stands where a dateline does.
func urduParenthetical(text string, open, close int) []mention {
	lineStart := strings.LastIndexByte(text[:open], '\n') + 1
	lead := urduDatelinePlace(text[lineStart:open]) && urduFollows(text[close:])
	var out []mention
	for _, part := range strings.FieldsFunc(text[open+1:close-1], func(r rune) bool {
		return r == '+' || r == '/' || r == '،' || r == ',' || r == '؛' || r == '&'
	}) {
		name := strings.TrimSpace(part)
		words := strings.Fields(foldUrdu(name))
		if n := len(words); n > 1 && urduReportWords[words[n-1]] {
			words = words[:n-1]
			if i := strings.LastIndexFunc(name, unicode.IsSpace); i > 0 {
				name = strings.TrimSpace(name[:i])
			}
		}
		if len(words) == 0 || len(words) > maxParenWords || urduStaff(words) ||
			urduTimeWords[words[0]] || !urduName(name) {
			continue
		}
		out = append(out, mention{
			name: name, text: text[open:close], form: FormParenthetical,
			span: reprint.Span{Start: open, End: close}, dateline: lead, lead: lead,
		})
	}
	return out
}

// urduName reports whether s is written as a name can be in an Urdu
// credit: letters of Arabic script, marks (the harakat are of the
// Inherited script) and spaces, nothing else.
func urduName(s string) bool {
	return s != "" && arabicScript(s) && !strings.ContainsFunc(s, func(r rune) bool {
		return !unicode.IsSpace(r) && !unicode.IsMark(r) && !(unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r)) && r != '\u200c'
	})
}

// urduDatelinePlace reports whether before, the text from the start of a
// line to an Arabic-script parenthesis, is what an Urdu dateline puts
// there: nothing, or at most maxPlaceWords words of Arabic script or
// digits (a place and a date: "ڈھاکہ ۔ یکم دسمبر", "کوئٹہ/اسلام آباد"),
// separated by spaces, commas, slashes, dashes and the Urdu full stop.
func urduDatelinePlace(before string) bool {
	f := strings.FieldsFunc(before, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",،۔/-–—:.", r)
	})
	if len(f) > maxPlaceWords {
		return false
	}
	for _, w := range f {
		if strings.ContainsFunc(w, func(r rune) bool {
			return !(unicode.Is(unicode.Arabic, r) && (unicode.IsLetter(r) || unicode.IsDigit(r))) &&
				!unicode.IsMark(r) && !('0' <= r && r <= '9') && r != '\u200c'
		}) {
			return false
		}
	}
	return true
}

// urduFollows reports whether after, the text following a parenthesis,
// is what follows a dateline: the end of the line, or a word that can
// open a sentence (not one of urduFollowWords).
func urduFollows(after string) bool {
	after = strings.TrimLeft(after, " \t\u00a0")
	if after == "" || after[0] == '\n' || after[0] == '\r' {
		return true
	}
	end := strings.IndexFunc(after, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsMark(r))
	})
	if end < 0 {
		end = len(after)
	}
	if end == 0 {
		r, _ := utf8.DecodeRuneInString(after)
		return r != '(' // a second parenthesis: an aside, not a story
	}
	return !urduFollowWords[foldUrdu(after[:end])]
}
