// Package pressrelease recognises a press release: the text an
// organisation issues so that news is written from it. Churnalism runs
// from releases to news, never back, so a release among the versions of a
// story is where the story starts (package provenance reads it as a
// fact), and the release's label line is no headline.
//
// A release says what it is in the forms the trade has used since the
// wire services: a label line at the top ("FOR IMMEDIATE RELEASE", "PRESS
// RELEASE", "NEWS RELEASE", "MEDIA RELEASE", "EMBARGOED UNTIL …", or a
// distributor's header, APA-OTS's "OTS0123 5 II 0612 LOO0001 CI Di,
// 20.Jän 2026"), a newswire's mark in its dateline ("/PRNewswire/ --",
// "(BUSINESS WIRE)--", "Linz (OTS) -"), or an end mark at the bottom
// ("###", "-30-", "ENDS") with the note to editors or the media contact
// near it, or the distributor's line under it (news aktuell's
// "Original-Content von: …", APA-OTS's "*** OTS-ORIGINALTEXT
// PRESSEAUSSENDUNG …"). Recognise looks for a label
// among the first OpeningLines lines, or for an end mark and an editors'
// line among the last ClosingLines lines, or a "Notes to editors"
// heading alone on its line there; any is enough. A news story
// that mentions a press release has none of these lines: the words
// "press release" inside a sentence are not a label.
package pressrelease

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reprint/reprint"
)

const (
	// OpeningLines: a label is the first thing on a release, above the
	// headline and the dateline; a page's leftover chrome may come
	// first, so a few lines are read.
	OpeningLines = 4

	// ClosingLines: the end mark is followed by the notes to editors,
	// the "About …" paragraph and the media contact (name, title, e-mail,
	// telephone), or preceded by them: a dozen lines.
	ClosingLines = 12

	// maxLabelWords: a label line is the label, maybe a date or a
	// place after it ("FOR IMMEDIATE RELEASE: 10 March 2026"), not a
	// sentence.
	maxLabelWords = 8
)

// distributorFooterLines: a distributor's footer under a release's
// notes is three lines (APA-OTS's "Digitale Pressemappe: …", its
// disclaimer and its stamp); Notes reads that many more lines when the
// footer is there.
const distributorFooterLines = 3

// DatelineLines: a newswire's dateline opens the release's first
// paragraph, under its headline and a subheadline or two.
const DatelineLines = 6

// newswireMarks are the distributors' marks in a release's dateline,
// lower case: "CARROW FALLS, Ohio, March 10, 2026 /PRNewswire/ --",
// "(BUSINESS WIRE)--", "/GLOBE NEWSWIRE/ --", "/CNW/ -", "(PRWEB)",
// "/EINPresswire.com/ --". Only a release goes out on a newswire, and a
// page that runs it as it went out keeps the mark.
//
// APA-OTS, the Austrian distributor, sets its own in the dateline,
// "Linz (OTS) - …", and so its releases keep it when a copy drops the
// distributor's header and footer (Furniture).
var newswireMarks = []string{"/prnewswire/", "/prnewswire-", "(business wire)", "/globe newswire/", "/cnw/", "(prweb)", "/einpresswire.com/", "/newswire/",
	"(ots) -", "(ots) –", "(ots) —"}

// labels open a release's label line, lower case.
var labels = []string{
	"for immediate release", "for release", "press release", "news release", "media release",
	"embargoed until", "embargoed for", "embargoed:", "embargo:", "under embargo",
}

// endMarks are the lines that close a release's text, lower case.
var endMarks = map[string]bool{"###": true, "# # #": true, "-30-": true, "- 30 -": true, "ends": true, "-ends-": true, "- ends -": true}

// telexEnd closes a release sent the way wire copy was, by teleprinter:
// the Hong Kong government's releases end "Ends/Thursday, November 20,
// 2025" (in Chinese "完" over the day), "Issued at HKT 16:30" and
// "NNNN", the teleprinter's end of message. An end mark with it below is
// a release's close as an editors' line with it is (Recognise); "完" and
// "Ends/…" are end marks only so ("完" closes many a Chinese story).
const telexEnd = "nnnn"

// notesHeadings head the notes to editors under a British or
// Commonwealth release, lower case: a heading news prints only where it
// runs the release itself. Alone on its line they mark a release without
// an end mark (a university's newsroom page); "Editor's note", which
// news sites print over their own corrections, is none.
var notesHeadings = []string{"notes to editors", "note to editors", "notes for editors", "note for editors"}

// notesHeading reports whether line is one of notesHeadings alone, a
// colon after it or not.
func notesHeading(line string) bool {
	l := strings.ToLower(strings.Trim(strings.TrimSpace(line), "*_#:"))
	return slices.Contains(notesHeadings, l)
}

// editorsLines open the lines for editors after a release's text, lower
// case.
var editorsLines = []string{"notes to editors", "note to editors", "notes for editors", "editor's note", "editors' note",
	"media contact", "press contact", "media enquiries", "media inquiries", "press enquiries", "press inquiries",
	"for more information, contact", "for further information", "contact:", "about ",
	// German and Austrian releases' contact block: "Rückfragen bitte
	// an:" (news aktuell's presseportal), "Rückfragehinweis:" (APA-OTS).
	"rückfragen bitte an", "rückfragen an", "rückfragehinweis"}

// distributorLine is the line a release distributor prints under each
// release it carries, naming the issuer: news aktuell's "Original-Content
// von: Polizeipräsidium Wendelstadt, übermittelt durch news aktuell" on
// presseportal.de and ots.ch. The page is the distributor's; the release
// is the issuer's.
var distributorLine = regexp.MustCompile(`(?i)^original-content von:\s*(.+?),\s*übermittelt durch news aktuell`)

// APA-OTS, the Austrian press agency's release service, sends each
// release in a fixed form: a header line of the release's OTS number,
// its priority, its desk, its length in lines, the sender's code, the
// kind and the date ("OTS0123 5 II 0612 LOO0001 CI Di, 20.Jän 2026"),
// a line of keywords parted by slashes ("Umwelt/Hochwasser/
// Oberösterreich"), the headline and the "Utl.:" subtitle, the text
// with "Linz (OTS) -" in its dateline, the sender's contact block under
// "Rückfragehinweis:", and the distributor's footer: "Digitale
// Pressemappe: http://www.ots.at/pressemappe/…", the disclaimer that is
// its distributor's line ("*** OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER
// AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS - WWW.OTS.AT
// ***") and the stamp of number, date and time ("OTS0123
// 2026-01-20/11:32"). The header is the release's label; the
// disclaimer says what the distributor's line says, that the text is
// the sender's.
var (
	otsHeader     = regexp.MustCompile(`^OTS\d{4}\s+\d\s+[A-Z]{2}\s+\d{4}\s+[A-Z]{3}\d{4}(\s|$)`)
	otsDisclaimer = regexp.MustCompile(`(?i)^[*\s]*ots-originaltext presseaussendung unter ausschlie(ss|ß)licher inhaltlicher verantwortung`)
	otsStamp      = regexp.MustCompile(`^OTS\d{4}\s+\d{4}-\d{2}-\d{2}/\d{2}:\d{2}$`)
)

// Furniture reports whether line is a release distributor's own line,
// the same under each release it carries and no part of any: APA-OTS's
// header, its disclaimer and its closing stamp.
func Furniture(line string) bool {
	line = strings.TrimSpace(line)
	return otsHeader.MatchString(line) || otsDisclaimer.MatchString(line) || otsStamp.MatchString(line)
}

// keywordsMinParts and keywordsMaxPartWords bound a distributor's
// keywords line: three keywords at least ("Bildung/Schulen/Bau/
// Oberösterreich" has four), each a word or a short name ("Land OÖ").
const (
	keywordsMinParts     = 3
	keywordsMaxPartWords = 3
)

// Keywords reports whether line is a distributor's keywords line, as
// APA-OTS sets it under its header: keywordsMinParts keywords or more
// parted by slashes, each of at most keywordsMaxPartWords words, with
// no sentence's punctuation and no address ("://"). Only under a
// header is such a line the distributor's.
func Keywords(line string) bool {
	line = strings.TrimSpace(line)
	if strings.Contains(line, "://") || strings.ContainsAny(line, ".,;:!?\"“”„") {
		return false
	}
	parts := strings.Split(line, "/")
	if len(parts) < keywordsMinParts {
		return false
	}
	for _, p := range parts {
		if n := len(strings.Fields(p)); n == 0 || n > keywordsMaxPartWords || strings.TrimSpace(p) != p {
			return false
		}
	}
	return true
}

// Release is what made a text a release.
type Release struct {
	// Marker is the span of the line that says so: the label, or the end
	// mark.
	Marker reprint.Span
	// Label reports whether Marker is at the top: a label line, or a
	// newswire's mark in the dateline (else it is an end mark at the
	// bottom).
	Label bool
}

// Recognise reports whether text is a press release, and the line that
// says so.
func Recognise(text string) (Release, bool) {
	return recognise(text, nonEmptyLines(text))
}

// recognise is Recognise on text's non-empty lines.
func recognise(text string, lines []reprint.Span) (Release, bool) {
	for _, l := range lines[:min(len(lines), OpeningLines)] {
		if isLabel(text[l.Start:l.End]) {
			return Release{Marker: l, Label: true}, true
		}
	}
	for _, l := range lines[:min(len(lines), DatelineLines)] {
		low := strings.ToLower(text[l.Start:l.End])
		for _, m := range newswireMarks {
			if i := strings.Index(low, m); i >= 0 {
				return Release{Marker: reprint.Span{Start: l.Start + i, End: l.Start + i + len(m)}, Label: true}, true
			}
		}
	}
	tail := lines[max(0, len(lines)-ClosingLines):]
	mark := -1
	for i, l := range tail {
		if endMark(text[l.Start:l.End]) {
			mark = i
			break
		}
	}
	if mark < 0 {
		for _, l := range tail {
			if line := strings.TrimSpace(text[l.Start:l.End]); distributorLine.MatchString(line) || otsDisclaimer.MatchString(line) || notesHeading(line) {
				return Release{Marker: l}, true
			}
		}
		return Release{}, false
	}
	for _, l := range tail[mark+1:] {
		if strings.EqualFold(strings.TrimSpace(text[l.Start:l.End]), telexEnd) {
			return Release{Marker: tail[mark]}, true
		}
	}
	if m := strings.ToLower(strings.TrimSpace(text[tail[mark].Start:tail[mark].End])); m == "完" || strings.HasPrefix(m, "ends/") {
		return Release{}, false
	}
	for i, l := range tail {
		if i != mark && isEditorsLine(text[l.Start:l.End]) {
			return Release{Marker: tail[mark]}, true
		}
	}
	return Release{}, false
}

// Notes returns where a press release's notes begin: its end mark
// ("ENDS", "###", "-30-") or, with none, the first of its editors' lines
// ("Notes to editors", "About Corvane Energy Storage", "Media contact")
// among its last ClosingLines lines. What follows is the issuer's
// boilerplate, printed the same under each of its releases, and no part
// of the story: two releases of one organisation share it and nothing
// else. ok is false for a text that is no release (Recognise) or names
// no such line.
func Notes(text string) (start int, ok bool) {
	lines := nonEmptyLines(text)
	if _, ok := recognise(text, lines); !ok {
		return 0, false
	}
	closing := ClosingLines
	for _, l := range lines[max(0, len(lines)-distributorFooterLines):] {
		if Furniture(text[l.Start:l.End]) {
			// The distributor's footer under the notes (APA-OTS's
			// press kit link, disclaimer and stamp) takes lines of
			// the window.
			closing += distributorFooterLines
			break
		}
	}
	tail := lines[max(0, len(lines)-closing):]
	for _, l := range tail {
		if endMark(text[l.Start:l.End]) {
			return l.Start, true
		}
	}
	for _, l := range tail {
		if isEditorsLine(text[l.Start:l.End]) {
			return l.Start, true
		}
	}
	return 0, false
}

// endMark reports whether line is a release's end mark: one of endMarks,
// "完", or the telex close "Ends/…".
func endMark(line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	return endMarks[l] || l == "完" || strings.HasPrefix(l, "ends/")
}

// Issuer returns the organisation a press release names in its
// "Released by:" line under its headline (releasedBy), in its
// distributor's line (distributorLine) or in the heading
// of its boilerplate, "About Corvane Energy Storage" among its last
// lines (2 × ClosingLines: the paragraph under the heading, the
// forward-looking statements and the media contact may follow it), or
// "" when there is none: the release's publisher, as a page's site name
// is an article's.
func Issuer(text string) string {
	lines := nonEmptyLines(text)
	for _, l := range lines[:min(len(lines), DatelineLines)] {
		if name := releasedBy(text[l.Start:l.End]); name != "" {
			return name
		}
	}
	for _, l := range lines[max(0, len(lines)-2*ClosingLines):] {
		if m := distributorLine.FindStringSubmatch(strings.TrimSpace(text[l.Start:l.End])); m != nil {
			return strings.TrimSpace(m[1])
		}
	}
	for _, l := range lines[max(0, len(lines)-2*ClosingLines):] {
		line := strings.TrimSpace(strings.Trim(text[l.Start:l.End], "*_#:"))
		rest, ok := cutPrefixFold(line, "about ")
		if !ok || !isEditorsLine(line) {
			continue
		}
		rest = strings.TrimSpace(rest)
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
			return rest
		}
	}
	return ""
}

// releasedByLabels open the line under a government's release that
// names who issued it, lower case: "Released by: The Hon. Rachel
// Pendergast MP, Minister for Health" (an Australian state's media
// release), "Issued by: …".
var releasedByLabels = []string{"released by:", "issued by:", "issued on behalf of:"}

// releasedBy returns the issuer a release's "Released by:" line names,
// or "": the first name, up to its comma, without a parliamentarian's
// honorific and post-nominal ("The Hon. …", "… MP"), so that "Health
// Minister Rachel Pendergast said in a statement" names it.
func releasedBy(line string) string {
	line = strings.TrimSpace(line)
	for _, l := range releasedByLabels {
		rest, ok := cutPrefixFold(line, l)
		if !ok {
			continue
		}
		name, _, _ := strings.Cut(strings.TrimSpace(rest), ",")
		name = strings.TrimSpace(name)
		for _, h := range []string{"The Hon. ", "The Hon ", "Hon. ", "Hon ", "The Honourable ", "The Honorable "} {
			name = strings.TrimPrefix(name, h)
		}
		for _, pn := range []string{" MP", " MLA", " MLC", " MSP", " MS", " TD", " MEP", " MHA", " MHK"} {
			name = strings.TrimSuffix(name, pn)
		}
		if r, _ := utf8.DecodeRuneInString(name); unicode.IsUpper(r) && len(strings.Fields(name)) <= maxLabelWords {
			return name
		}
		return ""
	}
	return ""
}

// cutPrefixFold is strings.CutPrefix, ASCII case folded.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// IsLabel reports whether line is a release's label line ("FOR IMMEDIATE
// RELEASE"): a title should pass over it.
func IsLabel(line string) bool { return isLabel(line) }

func isLabel(line string) bool {
	if otsHeader.MatchString(strings.TrimSpace(line)) {
		return true
	}
	orig := strings.Trim(strings.TrimSpace(line), "*_#-–— ")
	if len(strings.Fields(orig)) > maxLabelWords {
		return false
	}
	l := strings.ToLower(orig)
	for _, p := range labels {
		if !strings.HasPrefix(l, p) {
			continue
		}
		// After the label: nothing, a date or place set off by
		// punctuation or digits, or more capitals ("FOR IMMEDIATE
		// RELEASE MONDAY"); not words of a sentence ("press releases
		// from …", "for release of the hostages").
		rest := strings.TrimSpace(orig[len(p):])
		r, _ := utf8.DecodeRuneInString(rest)
		if rest == "" || !unicode.IsLetter(r) && !strings.HasPrefix(orig[len(p):], "s") || orig == strings.ToUpper(orig) {
			return true
		}
	}
	return false
}

// IsEditorsLine reports whether line opens the lines for editors after
// a release's text (editorsLines: "Notes to editors", "About Corvane
// Energy Storage", "Media contact"): with an end mark, how a release
// is known at its foot (Recognise), and where its notes begin (Notes).
func IsEditorsLine(line string) bool { return isEditorsLine(line) }

// IsEndMark reports whether line is a release's end mark ("###",
// "-30-", "ENDS", "完", "Ends/…").
func IsEndMark(line string) bool { return endMark(line) }

func isEditorsLine(line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	l = strings.TrimLeft(l, "*_#-–— ")
	for _, p := range editorsLines {
		if strings.HasPrefix(l, p) {
			// "About …" is the boilerplate's heading ("About Corvane
			// Energy Storage"), a short line; a sentence beginning
			// "About 300 people" is story.
			if p == "about " && (len(strings.Fields(l)) > 6 || strings.ContainsAny(companyForms.Replace(l), ".,;")) {
				continue
			}
			return true
		}
	}
	return false
}

// companyForms drops the abbreviated legal forms a company's name ends
// with ("About Brennick Components Inc.", "About Acme, Ltd."), whose
// full stops and commas are the name's, not a sentence's.
var companyForms = strings.NewReplacer(", inc.", "", " inc.", "", ", ltd.", "", " ltd.", "", " co.", "", " corp.", "",
	", llc", "", " l.l.c.", "", " s.a.", "", " n.v.", "", " s.p.a.", "", " b.v.", "")

// nonEmptyLines returns the spans of text's lines that hold more than
// white space, trimmed.
func nonEmptyLines(text string) []reprint.Span {
	var out []reprint.Span
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		s, e := start, end
		for s < e && isSpace(text[s]) {
			s++
		}
		for e > s && isSpace(text[e-1]) {
			e--
		}
		if s < e {
			out = append(out, reprint.Span{Start: s, End: e})
		}
		start = end + 1
	}
	return out
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\r' }

// sectionPaths are the names, lower case, of a site's section of press
// releases as its URLs spell them, by language: an organisation files
// its releases under one ("/news/press-releases/…", "/aktuelles/
// pressemitteilungen/…", "/fr/medias/communiques/…", "/pro-media/
// tiskove-zpravy/…", "/comunicate-de-presa/…"). A page there is a
// release however its text was cleaned of its label.
var sectionPaths = map[string]bool{
	"press-releases": true, "press-release": true, "pressreleases": true, "press_releases": true, "press_release": true,
	"news-releases": true, "media-releases": true, "media-release": true, "mediareleases": true,
	"pressemitteilungen": true, "pressemitteilung": true, "medienmitteilungen": true, "presseaussendungen": true,
	"communiques": true, "communiques-de-presse": true, "communiques-presse": true,
	"comunicados": true, "comunicados-de-prensa": true, "notas-de-prensa": true, "boletines": true,
	"comunicati-stampa": true, "comunicati": true, "comunicate-de-presa": true, "comunicate": true,
	"persberichten": true, "pressmeddelanden": true, "pressemeldinger": true, "pressemeddelelser": true,
	"tiedotteet": true, "komunikaty-prasowe": true, "komunikaty": true, "tiskove-zpravy": true, "tlacove-spravy": true,
	"deltia-typou": true, "basin-bultenleri": true, "basin-aciklamalari": true,
	// An organisation's press room, where its releases are filed.
	"newsroom": true, "pressroom": true, "press-room": true, "press-centre": true, "press-center": true,
	"media-centre": true, "media-center": true, "sala-de-prensa": true, "salle-de-presse": true, "sala-stampa": true,
	// … and its section "for the media": Slovenian, Czech, Dutch,
	// English, Polish.
	"za-medije": true, "pro-media": true, "voor-de-media": true, "for-media": true, "dla-mediow": true,
}

// SectionPage reports whether url is a page in its site's section of
// press releases (sectionPaths): a path segment before the page's own
// names the section. The page's own last segment is its slug, whatever
// it says ("comunicado-oficial-…" is a news page's as often).
func SectionPage(url string) bool {
	rest, ok := strings.CutPrefix(url, "https://")
	if !ok {
		if rest, ok = strings.CutPrefix(url, "http://"); !ok {
			return false
		}
	}
	rest, _, _ = strings.Cut(rest, "?")
	rest, _, _ = strings.Cut(rest, "#")
	segs := strings.Split(strings.Trim(rest, "/"), "/")
	if len(segs) < 3 {
		return false // the host and a slug: no section
	}
	for _, s := range segs[1 : len(segs)-1] {
		if sectionPaths[strings.ToLower(s)] {
			return true
		}
	}
	return false
}
