package engine

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/credit"
	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/judge"
	"github.com/reprint/reprint/rewrite"
	"github.com/reprint/reprint/sentence"
)

// publisherOnly reports whether the pair p of articles a and b relates them only
// through their publisher: its name (ownNamed) or its pages on other
// subjects (housePage). Such a pair is no pair.
func publisherOnly(wk *detect.Worker, p *detect.Pair, a, b *reprint.Article) bool {
	return publisherPair(wk, p, a.Text, b.Text, a.Meta, b.Meta)
}

// publisherPair is publisherOnly for two texts and their metadata.
func publisherPair(wk *detect.Worker, p *detect.Pair, textA, textB string, ma, mb reprint.Meta) bool {
	if ownNamed(wk, p, textA, textB, ma.Site, mb.Site) || housePage(p, ma.Title, mb.Title, ma.Site, mb.Site, sharedProvider(ma, mb)...) ||
		accountPosts(p, textA, textB, ma, mb) {
		return true
	}
	house, _ := houseTitles(ma.Title, mb.Title, ma.Site, mb.Site, sharedProvider(ma, mb)...)
	return (house || postHouse(textA, textB, ma, mb)) && templateFrame(p, len(textA), len(textB))
}

// templateFrame reports whether p, a pair of a publisher's pages on
// different subjects, shares word for word only its template's frame:
// each verbatim passage lies in both texts in the header (the first
// FrameHeadShare of the text: "Date: 11 March 2025 / Province:
// Mpumalanga") or the closing block (after FrameCloseStart: the
// sign-off, the appeal's formula, the press contact, the "About the
// company" paragraph), together at most FrameMaxVerbatim of either text.
// A release that reuses another's story shares its body; the frame
// around two stories is the publisher's, whatever its share
// (HouseTemplateMaxVerbatim bounds the rest). The reworded passages
// beside it are the template's formulas ("… are expected to appear
// before the … Magistrate's Court on …").
func templateFrame(p *detect.Pair, lenA, lenB int) bool {
	e := p.Evidence
	if p.Relation != judge.PartialCopy && p.Relation != judge.Rewrite || max(e.A.Verbatim, e.B.Verbatim) >= FrameMaxVerbatim || lenA == 0 || lenB == 0 {
		return false
	}
	framed := func(sp reprint.Span, n int) bool {
		return float64(sp.End) <= FrameHeadShare*float64(n) || float64(sp.Start) >= FrameCloseStart*float64(n)
	}
	verbatim := 0
	for _, ps := range p.Passages {
		if ps.Kind != reprint.Verbatim {
			continue
		}
		verbatim++
		if !framed(ps.A, lenA) || !framed(ps.B, lenB) {
			return false
		}
	}
	return verbatim > 0
}

// Tunables of templateFrame. A release's header is its first lines, a
// twentieth of a page of 2,500 bytes; its closing block (sign-off,
// contact, boilerplate) starts in its last quarter to third: the SAPS
// statements' appeal and enquiries at 0.83 and 0.96 of each, a
// company's "À propos" at 0.8–0.9, a police spokesman's sign-off at
// 0.78–0.81 of his posts. A short page's frame is a larger share of it:
// a hospital's and a university's contact block and boilerplate are
// 0.26–0.28 of their shorter release. A page that shares more than its
// closing region (1 − FrameCloseStart) word for word shares more than a
// frame.
const (
	FrameHeadShare   = 0.06
	FrameCloseStart  = 0.6
	FrameMaxVerbatim = 0.4
)

// SetApart drops the pairs of res that relate two articles only through
// their publisher: pair by pair (ownNamed, housePage), then the pairs that
// tie an article to a story only through a publisher's other page
// (houseLinked). Detect and JudgeTo apply the same rules as they go; a
// pipeline that aligns the pairs elsewhere and judges each story alone
// (the Beam pipeline) applies SetApart to each story's corpus before
// Judge, which makes stories of what is left. The pairs houseLinked reads
// together share an article, so they lie in one story: a story at a time
// drops what the whole corpus at once would. wk reads the texts' facts
// (detect.Worker.SharedFacts).
func (res *Corpus) SetApart(wk *detect.Worker) error {
	arts := res.Articles
	pairs := res.Pairs[:0]
	for _, p := range res.Pairs {
		if !publisherOnly(wk, &p, arts[p.A], arts[p.B]) {
			pairs = append(pairs, p)
		}
	}
	kept, _, err := houseLinked(pairs, func(i int) reprint.Meta { return arts[i].Meta }, func(i int) (string, error) { return arts[i].Text, nil })
	if err != nil {
		return err
	}
	res.Pairs = kept
	return nil
}

// ownNamed reports whether p, a pair detect found to be the same story
// with no passage between the two texts, is so only by the names of the
// two articles' publishers (siteA, siteB): read without those names'
// facts (detect.Worker.SharedFacts), the texts share too few facts for
// the same story (judge.Judge under the defaults, as detect judged it).
// An outlet names itself in every story it prints — a radio's sign-off
// ("Sharon Ritfeld, Radio Pasi 96.3 FM"), its promise to follow the
// story ("Radio Pasi o tan waka nanga a nyunsu disi") — and a copy of
// one of its stories carries them, so two unrelated stories of one
// outlet, or a copy of one beside the other, share the name of who
// printed them, not of what happened. A publisher that is no outlet — a
// weather service, a club, a council — is often what the story is about:
// its name stays a fact. A pair with a passage is left as it is: the
// passage, not the names, made it.
func ownNamed(wk *detect.Worker, p *detect.Pair, textA, textB, siteA, siteB string) bool {
	e := p.Evidence
	if p.Relation != judge.SameStory || e.Passages > 0 || !e.Named {
		return false
	}
	var own []string
	for _, site := range []string{siteA, siteB} {
		if site != "" && credit.IsOutlet(site) {
			own = append(own, site)
		}
	}
	if len(own) == 0 {
		return false
	}
	facts, names := wk.SharedFacts(textA, textB, own...)
	e.SharedFacts, e.SharedNames = min(e.SharedFacts, facts), names
	return judge.Judge(e) == judge.Unrelated
}

// housePage reports whether p, a pair detect found to be the same story
// without reuse (no passage, or one too small to be reuse) or a rewrite
// by reworded passages alone (in a language no stop list here knows, the
// aligner pairs two stories' sentences on their function words), is two
// of a publisher's pages on different subjects (houseTitles). A
// publisher's pages on one template — two statistical bulletins of one
// month, two press summaries of one court, two results notices of one
// council — share its world in their text: its bodies, its officers, its
// month, its template's headings and formulas, which make as many shared
// names as a story's people and places do. Their headlines name what
// each is about. Reuse between two pages of one publisher (an update, a
// correction) is judged by its passages and left as it is.
//
// Two pages of one series — their headlines carry one label word for
// word ("Full Council – Draft Minutes – 9 June 2025", "Planning
// Committee – Draft Minutes – 2 June 2025") — may also be a rewrite with
// word-for-word passages: a series repeats its formulas (a council's
// minutes open with its name, the meeting's place, "DRAFT – these
// minutes are subject to approval", "Present:", "Apologies",
// "Declarations of interest"), too little of either text for a copy.
// Pages of no one series that share passages word for word (a live
// blog and its wrap) are judged by them.
func housePage(p *detect.Pair, titleA, titleB, siteA, siteB string, own ...string) bool {
	if house, series := houseTitles(titleA, titleB, siteA, siteB, own...); houseTemplate(p, house, series) {
		return true
	}
	e := p.Evidence
	return p.Relation <= judge.PartialCopy && max(e.A.Verbatim+e.A.Rewrite, e.B.Verbatim+e.B.Rewrite) < DatedSeriesMaxShare &&
		datedSeries(titleA, titleB, siteA, siteB)
}

// houseTemplate reports whether p, a pair of a publisher's pages on
// different subjects (house) or of one series (series), shares no more
// than the publisher's world and template: no passage, or one too small
// to be reuse, or (a series') reworded passages alone.
func houseTemplate(p *detect.Pair, house, series bool) bool {
	if !house {
		return false
	}
	if withoutCopy(p) || series && p.Relation == judge.Rewrite {
		return true
	}
	e := p.Evidence
	return p.Relation == judge.PartialCopy && max(e.A.Verbatim, e.B.Verbatim) < HouseTemplateMaxVerbatim
}

// accountPosts reports whether p pairs two captured posts of one account
// (reprint.Meta.Platform, reprint.Meta.Accounts) on different subjects
// that share no more than its world and template (houseTemplate). A
// capture has no site and its page title names the account, not the
// post ("(3) Mairie de Varenne-lès-Brions | Facebook"), so housePage
// cannot read it; an official account heads each post with a line in
// capitals ("⚠️💧 COUPURE D'EAU POTABLE SUR TOUTE LA COMMUNE 💧⚠️",
// "POLICE RESCUE NINE KIDNAPPED TRAVELLERS ON …"), which is its headline
// (postHeadline). Two posts whose headlines share no content word
// (rewrite.Analyzer.Terms, the post's language's stop words aside) are
// on two subjects; the account's name, its place, its officers and its
// hashtags are in both whatever they are about. Two posts on one story
// (the cut, then the water back) share its words; a post with no
// headline in capitals is judged as any text is.
func accountPosts(p *detect.Pair, textA, textB string, ma, mb reprint.Meta) bool {
	return houseTemplate(p, postHouse(textA, textB, ma, mb), false)
}

// postHouse reports whether two texts are posts of one account on
// different subjects (accountPosts).
func postHouse(textA, textB string, ma, mb reprint.Meta) bool {
	if ma.Site != "" || mb.Site != "" || ma.Platform == "" || !strings.EqualFold(ma.Platform, mb.Platform) ||
		!slices.ContainsFunc(ma.Accounts, func(n string) bool {
			return slices.ContainsFunc(mb.Accounts, func(m string) bool { return strings.EqualFold(n, m) })
		}) {
		return false
	}
	ha, okA := postHeadline(textA)
	hb, okB := postHeadline(textB)
	if !okA || !okB {
		return false
	}
	an := analyzers.Get().(*rewrite.Analyzer)
	defer analyzers.Put(an)
	ta, tb := headlineTerms(an, textA, ha), headlineTerms(an, textB, hb)
	if len(ta) == 0 || len(tb) == 0 {
		return false
	}
	return !slices.ContainsFunc(ta, func(id uint64) bool { _, ok := slices.BinarySearch(tb, id); return ok })
}

// headlineTerms returns the content terms of the headline at span hl of
// a post's text, read in lower case (a word in capitals reads as an
// acronym, a name, and no stop word), the post's language's stop words
// left out: the text, lower-cased, follows the headline so that the
// analyzer reads the post's language from it.
func headlineTerms(an *rewrite.Analyzer, text string, hl reprint.Span) []uint64 {
	head := strings.ToLower(text[hl.Start:hl.End])
	return an.Terms(head+"\n"+strings.ToLower(text), []reprint.Span{{Start: 0, End: len(head)}}, nil)
}

// postHeadline returns the span of a captured post's headline: the first
// line of text set in capitals (no lower-case letter, PostHeadlineMinCaps
// capitals or more, in two words at least), from its first letter or
// digit to its last (the emoji and punctuation around it left out).
func postHeadline(text string) (reprint.Span, bool) {
	start := 0
	for line := range strings.Lines(text) {
		at := start
		start += len(line)
		caps, words := 0, 0
		for _, w := range strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) }) {
			words++
			for _, r := range w {
				if unicode.IsUpper(r) {
					caps++
				}
			}
		}
		if !strings.ContainsFunc(line, unicode.IsLower) && caps >= PostHeadlineMinCaps && words >= 2 {
			word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
			return reprint.Span{Start: at + strings.IndexFunc(line, word), End: at + strings.LastIndexFunc(line, word) + 1}, true
		}
	}
	return reprint.Span{}, false
}

// PostHeadlineMinCaps is the fewest capitals a post's headline
// (postHeadline) holds: a headline names its matter in some words
// ("REPAS DES AÎNÉS 2025", 14), where an acronym or a label alone on its
// line ("SAPS", "PSA", "NB") is no headline.
const PostHeadlineMinCaps = 12

// HouseTemplateMaxVerbatim bounds the word-for-word share of two of a
// publisher's pages on different subjects (houseTitles) that is still
// its template: a podcast's transcript pages share the show's
// introduction, credits and sign-off (0.05–0.07 of each), beside which
// the aligner pairs the speakers' labelled turns on their function
// words, which makes the pair a partial copy. A page that copies a tenth
// of another is reuse, whatever its title says; a rewrite between them
// is judged by its passages, as housePage says.
const HouseTemplateMaxVerbatim = 0.1

// DatedSeriesMaxShare bounds what two pages of a dated series
// (datedSeries) may share of each other and still be two days of one
// template: a police log's field labels, its standing foot note and
// its intro line are a fifth of each day's page; a page that copies
// half of another is reuse, whatever its title.
const DatedSeriesMaxShare = 0.4

// datedSeries reports whether two pages of one site (siteA, siteB) are
// two issues of a dated series: their titles the same label, their dates
// apart ("Daily Activity Log — Tuesday, Nov. 18, 2025", "Daily Activity
// Log — Wednesday, Nov. 19, 2025"). A series prints its template every
// day (the field labels, the officer's standing note), which two issues
// share word for word beside different events.
func datedSeries(titleA, titleB, siteA, siteB string) bool {
	if !oneSite(siteA, siteB) {
		return false
	}
	labelA, dateA := titleDates(titleA)
	labelB, dateB := titleDates(titleB)
	return len(labelA) > 0 && len(dateA) > 0 && len(dateB) > 0 && slices.Equal(labelA, labelB) && !slices.Equal(dateA, dateB)
}

// titleDates splits a page title into its parts (headlineParts): the
// label's, lower case, and the dates (datePart), spacing normalised.
func titleDates(title string) (labels, dates []string) {
	for _, part := range strings.Split(headlineParts.Replace(title), "\n") {
		if norm := strings.Join(strings.Fields(part), " "); datePart(norm) {
			dates = append(dates, norm)
		} else if norm != "" {
			labels = append(labels, strings.ToLower(norm))
		}
	}
	return labels, dates
}

// oneSite reports whether two site names are one publisher's: the same
// name, case and spacing at its ends aside, and not empty.
func oneSite(siteA, siteB string) bool {
	return strings.TrimSpace(siteA) != "" && strings.EqualFold(strings.TrimSpace(siteA), strings.TrimSpace(siteB))
}

// datePart reports whether a headline part is a date: numbers, and
// month and weekday names or their abbreviations ("Tuesday, Nov. 18,
// 2025", "9 June 2025", "Mi., 19.11.2025"), one of them a number.
func datePart(part string) bool {
	digits := false
	for _, w := range strings.Fields(part) {
		w = strings.ToLower(strings.Trim(w, ",."))
		switch {
		case w == "":
		case !strings.ContainsFunc(w, unicode.IsLetter):
			digits = digits || strings.ContainsFunc(w, unicode.IsDigit)
		case calendarWords[w]:
		default:
			return false
		}
	}
	return digits
}

// calendarWords are the English and German month and weekday names and
// their abbreviations, lower case, that a dated series' titles carry.
var calendarWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`january february march april may june july august september october november december
		jan feb mar apr jun jul aug sep sept oct nov dec
		monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
		januar februar märz juni juli oktober dezember mai
		montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so`) {
		m[w] = true
	}
	return m
}()

// caselessHouse is houseTitles for headlines in a script without
// capitals (Korean, Chinese, Japanese, Arabic, Thai …), where no name
// stands out by its case: two of a publisher's pages are on different
// subjects when their headlines share no word (titleKeys) but the
// publisher's own name's. Korean's particles join a noun ("청년" in
// "청년들이"), so a Hangul word is read by its first two syllables;
// Chinese and Japanese write no spaces, so a run of Han or Katakana is
// read in character bigrams, as the aligner reads it. One publisher's
// two reports of one event name its place, its people or its figures in
// both headlines ("가람도, 청년 월세 지원 접수 시작", "가람도 청년 월세
// 4,500명 지원"); two of its press releases on different matters
// ("가람도, 내년 청년 4,500명에 월세 최대 20만원 지원", "가람도, 전통시장
// 12곳에 화재알림시설 설치 완료") share only its name. Any shared key,
// a number or a year among them, keeps the pair.
//
// A series' label, the words a publisher's template sets around each
// page's subject, is shared and read apart first: the longest run both
// headlines open or close with, of caselessLabelMinRunes characters or
// more ("…事件の被疑者の逮捕について", on the arrest of a suspect in the …
// case, closing two releases of one police). Two headlines that share no
// word beside it are a series' pages (series), as houseTitles reads a
// label in a cased script.
func caselessHouse(titleA, titleB, site string, names ...string) (house, series bool) {
	own := titleKeys(site, nil)
	for _, n := range names {
		maps.Copy(own, titleKeys(n, nil))
	}
	ra, rb := []rune(strings.TrimSpace(titleA)), []rune(strings.TrimSpace(titleB))
	pre := 0
	for pre < len(ra) && pre < len(rb) && ra[pre] == rb[pre] {
		pre++
	}
	suf := 0
	for suf < len(ra)-pre && suf < len(rb)-pre && ra[len(ra)-1-suf] == rb[len(rb)-1-suf] {
		suf++
	}
	if pre < caselessLabelMinRunes {
		pre = 0
	}
	if suf < caselessLabelMinRunes {
		suf = 0
	}
	labelled := pre+suf > 0
	restA, restB := string(ra[pre:len(ra)-suf]), string(rb[pre:len(rb)-suf])
	a, b := titleKeys(restA, own), titleKeys(restB, own)
	if !labelled && (len(a) == 0 || len(b) == 0) ||
		!strings.ContainsFunc(restA, unicode.IsLetter) || !strings.ContainsFunc(restB, unicode.IsLetter) {
		// No subject to compare: a headline of kana alone, or one
		// that is all label.
		return false, false
	}
	for k := range a {
		if b[k] {
			return false, false
		}
	}
	return true, labelled
}

// caselessLabelMinRunes is the least length of a label caselessHouse
// reads apart: four characters, a phrase ("の逮捕について", "보도자료"), not
// a particle or a lone word both subjects may open with.
const caselessLabelMinRunes = 4

// titleKeys returns the words of a headline, lower case, as caselessHouse
// compares them, without those in skip. The headline is read in runs of
// one kind of character: a run of Han or Katakana gives its character
// bigrams (a lone character none), Hiragana (particles, endings) nothing,
// a number its digits as written ("4,500") unless a calendar unit follows
// it (calendarUnits: a date), a Hangul word its first two syllables, any
// other word of two letters or more itself.
func titleKeys(title string, skip map[string]bool) map[string]bool {
	const (
		other = iota
		cjk
		kana
		number
		hangul
		space
	)
	kind := func(r rune) int {
		switch {
		case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r):
			return cjk
		case unicode.Is(unicode.Hiragana, r):
			return kana
		case unicode.IsDigit(r):
			return number
		case unicode.Is(unicode.Hangul, r):
			return hangul
		case unicode.IsLetter(r) || unicode.IsMark(r):
			return other
		}
		return space
	}
	keys := map[string]bool{}
	add := func(k string) {
		if !skip[k] {
			keys[k] = true
		}
	}
	rs := []rune(strings.ToLower(title))
	for i := 0; i < len(rs); {
		k := kind(rs[i])
		j := i + 1
		for j < len(rs) && (kind(rs[j]) == k || k == number && (rs[j] == ',' || rs[j] == '.') && j+1 < len(rs) && kind(rs[j+1]) == number) {
			j++
		}
		run := rs[i:j]
		if k == number && j < len(rs) && calendarUnits[rs[j]] {
			// A date's figure and its unit ("12월부터", "4月8日",
			// "2026년"): the calendar, no subject. In Hangul the rest of
			// the word is the unit's particle; in Han the run goes on
			// with words of its own.
			j++
			if kind(rs[j-1]) == hangul {
				for j < len(rs) && kind(rs[j]) == hangul {
					j++
				}
			}
			i = j
			continue
		}
		switch {
		case k == cjk:
			for b := 0; b+1 < len(run); b++ {
				add(string(run[b : b+2]))
			}
		case k == number:
			add(string(run))
		case k == hangul && len(run) >= 2:
			add(string(run[:2]))
		case k == other && len(run) >= 2:
			add(string(run))
		}
		i = j
	}
	return keys
}

// calendarUnits are the units of a date after its figure in Korean,
// Chinese and Japanese: year, month, day.
var calendarUnits = map[rune]bool{'년': true, '월': true, '일': true, '年': true, '月': true, '日': true}

// withoutCopy reports whether p relates its texts without a word-for-word
// passage: the same story, or a rewrite by reworded passages alone
// (housePage, houseLinked).
func withoutCopy(p *detect.Pair) bool {
	e := p.Evidence
	return p.Relation == judge.SameStory || p.Relation == judge.Rewrite && e.A.Verbatim == 0 && e.B.Verbatim == 0
}

// houseTitles reports whether two articles are a publisher's pages on
// different subjects: one publisher (siteA, siteB the same), and
// headlines (titleA, titleB), in a script with capitals, that share no
// fact but the publisher's own name and the calendar's ("Consumer price inflation, UK: February
// 2026", "Retail sales, Great Britain: February 2026"). One outlet's two
// reports of one event name its place, its people or its figures in both
// headlines.
//
// A headline is read part by part, as sentences, split at the
// separators a page title sets its parts off with (headlineParts): the
// label after a dash opens its part ("– Press summary"), where a
// capitalised word before a lower-case one is no name. A month in the
// headline of a publisher's page is its cycle (a monthly bulletin, a
// month's results), not its subject: months are read as calendar there
// (headlineMonths), as weekdays and years are everywhere.
//
// series reports that the two headlines carry one label word for word
// and name different subjects beside it: pages of one series.
func houseTitles(titleA, titleB, siteA, siteB string, own ...string) (house, series bool) {
	if !oneSite(siteA, siteB) || strings.TrimSpace(titleA) == "" || strings.TrimSpace(titleB) == "" {
		return false, false
	}
	if !strings.ContainsFunc(titleA, unicode.IsUpper) || !strings.ContainsFunc(titleB, unicode.IsUpper) {
		// A headline in a script without capitals, whose names no
		// fact reads: read by its words instead.
		return caselessHouse(titleA, titleB, siteA, own...)
	}
	if strings.EqualFold(strings.Join(strings.Fields(titleA), " "), strings.Join(strings.Fields(titleB), " ")) {
		return false, false // one headline, a placeholder's ("Page") or a story's: no two subjects
	}
	titleA, titleB = withoutSiteAcronym(titleA, siteA), withoutSiteAcronym(titleB, siteA)
	an := analyzers.Get().(*rewrite.Analyzer)
	defer analyzers.Put(an)
	var without []uint64
	for _, n := range slices.Concat([]string{siteA}, own, headlineMonths) {
		without = an.NameFacts(n, without)
	}
	slices.Sort(without)
	partsA, partsB := strings.Split(headlineParts.Replace(titleA), "\n"), strings.Split(headlineParts.Replace(titleB), "\n")
	shareNone := func(fa, fb []uint64) bool {
		return !slices.ContainsFunc(fa, func(id uint64) bool { _, ok := slices.BinarySearch(fb, id); return ok })
	}
	house = shareNone(strongFacts(an, strings.Join(partsA, "\n"), without), strongFacts(an, strings.Join(partsB, "\n"), without))
	// A part both headlines carry word for word, with a word of its own
	// that is no date, is the publisher's label for a series of pages
	// ("Full Council – Draft Minutes – 9 June 2025", "Planning Committee –
	// Draft Minutes – 2 June 2025"), not a subject: without it, the two are
	// a series' pages on different subjects when each headline still
	// names a subject of its own (subjectWords) and they share no word.
	// Two pages of one story
	// under one label ("Kelso flood: latest", "Kelso flood: what we
	// know") name nothing else; two bulletins of one month share only the
	// month.
	label := func(part string, other []string) bool {
		norm := strings.Join(strings.Fields(part), " ")
		return strings.ContainsFunc(norm, unicode.IsLetter) && !calendarPart(norm) && slices.ContainsFunc(other, func(o string) bool {
			return strings.EqualFold(strings.Join(strings.Fields(o), " "), norm)
		})
	}
	restA := slices.DeleteFunc(slices.Clone(partsA), func(p string) bool { return label(p, partsB) })
	restB := slices.DeleteFunc(slices.Clone(partsB), func(p string) bool { return label(p, partsA) })
	if len(restA) == len(partsA) {
		return house, false
	}
	wa, wb := subjectWords(restA), subjectWords(restB)
	series = len(wa) > 0 && len(wb) > 0 && !slices.ContainsFunc(wa, func(w string) bool { return slices.Contains(wb, w) })
	return house || series, series
}

// withoutSiteAcronym returns title without the words that are the
// publisher's acronym: the initials of the first capitalised words of
// site, its lower-case connectors skipped ("FGE" in the headlines of the
// "Fiscalía General del Estado de Sierra Alta"), which name who printed
// the page, as site's own words do, not what it is about.
func withoutSiteAcronym(title, site string) string {
	var caps []rune
	for _, w := range strings.Fields(site) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			caps = append(caps, r)
		}
	}
	words := strings.Fields(title)
	out := words[:0:0]
	for _, w := range words {
		rs := []rune(strings.Trim(w, ",.:;()"))
		if n := len(rs); n >= 2 && n <= len(caps) && string(rs) == string(caps[:n]) {
			continue
		}
		out = append(out, w)
	}
	if len(out) == len(words) {
		return title
	}
	return strings.Join(out, " ")
}

// subjectWords returns the words, lower case, of the headline parts
// beside a series' label, dates left out, when a part names a subject in
// the way a title does, with a capitalised word after its first ("Full
// Council", "Planning Committee"); nil when none does ("latest", "what
// we know"), whose subject the label is.
func subjectWords(parts []string) []string {
	var out []string
	named := false
	for _, p := range parts {
		if calendarPart(p) {
			continue
		}
		for i, w := range strings.Fields(p) {
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			if w == "" {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(w); i > 0 && unicode.IsUpper(r) {
				named = true
			}
			out = append(out, strings.ToLower(w))
		}
	}
	if !named {
		return nil
	}
	return out
}

// calendarPart reports whether a headline part holds only dates: month
// names and numbers ("February 2026", "9 June 2025").
func calendarPart(part string) bool {
	for _, w := range strings.Fields(part) {
		w = strings.Trim(w, ",.")
		if !slices.Contains(headlineMonths, w) && strings.ContainsFunc(w, unicode.IsLetter) {
			return false
		}
	}
	return true
}

// houseOf reports whether two articles' pages are their publisher's on
// different subjects (houseTitles).
func houseOf(a, b reprint.Meta) bool {
	house, _ := houseTitles(a.Title, b.Title, a.Site, b.Site, sharedProvider(a, b)...)
	return house
}

// sharedProvider returns the organisation two pages of one site both name
// as their story's publisher (reprint.Meta.Provider), if they do: a
// newsroom platform's pages carry one company's releases, whose name
// opens their headlines as the site's own name would ("Mellanbygd Mejeri
// samlar …", "Mellanbygd lanserar …" on a platform's page for Mellanbygd
// Mejeri).
func sharedProvider(a, b reprint.Meta) []string {
	p := strings.TrimSpace(a.Provider)
	if p == "" || !oneSite(a.Site, b.Site) || !strings.EqualFold(p, strings.TrimSpace(b.Provider)) {
		return nil
	}
	return []string{p}
}

// analyzers hold the rewrite analysers houseTitles and houseLinked read
// facts with.
var analyzers = sync.Pool{New: func() any { return rewrite.NewAnalyzer() }}

// strongFacts returns the facts of text as the same-story test counts
// them (detect.Worker.SharedFacts), sorted: the calendar's numbers and
// weekdays, honorifics, titles of office and the facts in without
// (sorted) left out.
func strongFacts(an *rewrite.Analyzer, text string, without []uint64) []uint64 {
	return slices.DeleteFunc(an.Facts(text, sentence.Split(text, nil), nil), func(id uint64) bool {
		_, own := slices.BinarySearch(without, id)
		return own || rewrite.CalendarNumber(id) || rewrite.CalendarName(id) || rewrite.Honorific(id) || rewrite.Office(id)
	})
}

// headlineParts puts each part of a page title on a line of its own: the
// separators of reprint.FindHeadline's site names, and a colon.
var headlineParts = strings.NewReplacer(" | ", "\n", " - ", "\n", " – ", "\n", " — ", "\n", " :: ", "\n", " · ", "\n", ": ", "\n")

// headlineMonths are the month names of the languages that capitalise
// them (English, German; Dutch's are lower case), whose names facts
// read, and the quarters and halves of a financial year, which facts read
// as acronyms: a company's results and its earnings call are of "Q4
// 2025", the quarter the publisher's cycle, as a monthly bulletin's
// month is.
var headlineMonths = strings.Fields(`January February March April May June July August September October November December
	Januar Februar März Juni Juli Oktober Dezember Q1 Q2 Q3 Q4 H1 H2`)

// houseLinked returns pairs without those that tie an article to a story
// only through its publisher's other page: a pair of Y and X, the same
// story without reuse or a rewrite by reworded passages alone, where Y
// reuses an article A (a copy or a rewrite of it, either way, a pair of
// pairs) that is a page of X's publisher on another subject
// (houseTitles), and the facts Y shares with X but A lacks are too few
// for the same story (judge.SameStoryMinFacts). What X shares with Y is
// then what it shares with A, its publisher's world (the council's name,
// its returning officer, its count's venue; the function words of a
// language no stop list here knows), and that made no story between A
// and X (housePage): it makes none between Y and X.
//
// It reads the pairs of a whole corpus, before they make stories (a story
// is a connected component of the pairs, "Stories one at a time"): meta
// gives an article's title and site, text its text, read only for the
// articles of such a triple.
func houseLinked(pairs []detect.Pair, meta func(i int) reprint.Meta, text func(i int) (string, error)) (kept, dropped []detect.Pair, _ error) {
	reuse := map[int][]int{} // an article → the articles it shares reuse with
	for _, p := range pairs {
		if p.Relation >= judge.Rewrite {
			reuse[p.A] = append(reuse[p.A], p.B)
			reuse[p.B] = append(reuse[p.B], p.A)
		}
	}
	// The triples: y, x and the a beside y that is x's publisher's page.
	type triple struct{ y, x, a int }
	var cands []triple
	drop := map[int][]triple{} // pair index → its triples
	for k, p := range pairs {
		if !withoutCopy(&p) {
			continue
		}
		for _, yx := range [][2]int{{p.A, p.B}, {p.B, p.A}} {
			y, x := yx[0], yx[1]
			mx := meta(x)
			for _, a := range reuse[y] {
				if ma := meta(a); a != x && houseOf(ma, mx) {
					t := triple{y, x, a}
					cands = append(cands, t)
					drop[k] = append(drop[k], t)
				}
			}
		}
	}
	if len(cands) == 0 {
		return pairs, nil, nil
	}
	facts := map[int][]uint64{}
	factsOf := func(i int) ([]uint64, error) {
		if f, ok := facts[i]; ok {
			return f, nil
		}
		t, err := text(i)
		if err != nil {
			return nil, err
		}
		an := analyzers.Get().(*rewrite.Analyzer)
		f := strongFacts(an, t, nil)
		analyzers.Put(an)
		facts[i] = f
		return f, nil
	}
	out := make([]detect.Pair, 0, len(pairs))
	for k, p := range pairs {
		only := false
		for _, t := range drop[k] {
			fy, err := factsOf(t.y)
			if err != nil {
				return nil, nil, err
			}
			fx, err := factsOf(t.x)
			if err != nil {
				return nil, nil, err
			}
			fa, err := factsOf(t.a)
			if err != nil {
				return nil, nil, err
			}
			beyond := 0 // facts Y shares with X that A lacks
			for _, id := range fy {
				_, inX := slices.BinarySearch(fx, id)
				_, inA := slices.BinarySearch(fa, id)
				if inX && !inA {
					beyond++
				}
			}
			if beyond < judge.SameStoryMinFacts {
				only = true
				break
			}
		}
		if only {
			dropped = append(dropped, p)
		} else {
			out = append(out, p)
		}
	}
	return out, dropped, nil
}

// droppedPer returns, for each of groups, how many of the pairs
// houseLinked dropped are counted with it: a store still holds them, and
// an archive's report counts the pairs its store holds story by story
// (Snapshot). A dropped pair is counted with the story of the article
// it tied to one (Y: it reuses the publisher's other page, so it is in a
// story), and when both are in one, with the story of the article of
// lower Seq (seq), so that a rescan counts it as Snapshot did. n is the
// number of articles.
func droppedPer(n int, groups []*group, dropped []detect.Pair, seq func(i int) int64) []int {
	out := make([]int, len(groups))
	if len(dropped) == 0 {
		return out
	}
	of := slices.Repeat([]int{-1}, n)
	for k, g := range groups {
		for _, i := range g.members {
			of[i] = k
		}
	}
	for _, p := range dropped {
		a, b := p.A, p.B
		if seq(b) < seq(a) {
			a, b = b, a
		}
		switch {
		case of[a] >= 0:
			out[of[a]]++
		case of[b] >= 0:
			out[of[b]]++
		}
	}
	return out
}
