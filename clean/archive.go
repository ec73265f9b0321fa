package clean

import (
	"strings"
	"unicode"
)

// A digitised-newspaper archive (Chronicling America and the state
// programs built on its software, the British Newspaper Archive, a
// state library's own portal) prints one page or one segmented article
// of an old paper as OCR text between the archive's furniture: above it
// the paper's title line with its place and years and the date
// ("Evansport daily courier. (Evansport, Ind.) 1871-1912, March 14,
// 1883, Image 3"), the page's views ("View: Page Image | Text | PDF"),
// "Persistent link: …" and "Article text (OCR)"; under it the OCR
// notice ("OCR Interpretation", "The text on this page was produced by
// optical character recognition (OCR) software and has not been
// corrected …", "Help improve this text: Correct the OCR"), the
// library that lent the film ("Image provided by …"), the title's
// catalogue record as labelled fields ("About <title>", "Place of
// publication:", "Frequency:", "Preceding Titles:", "Holdings: View all
// issues of this title"), the citation and rights lines ("Cite this
// page: MLA | APA | Chicago", "Rights: …", "Copyright and reuse: Public
// domain …"). Two papers' items on one archive share all of it word for
// word, and read as a shared passage between unrelated texts; the title
// line, opening the text, reads as a wire's dateline.
//
// The page is known by its OCR furniture (archiveMark), which no story
// sets alone on a line; only then do the record's labels count, since
// "Publisher:" or "Language:" open lines of other pages' own text. The
// OCR'd item keeps its headline decks, its credit line ("—Evansport
// Courier.") and every date inside it: none has a record's label, an
// archive's phrase or a title line's shape.

// archiveMarks are the OCR furniture's lines alone, lower case, without
// a closing stop or colon: the text's heading and the notice's, the call
// to correct the text, in the wording of Chronicling America's software
// (and the state programs that run it), the British Newspaper Archive
// and Trove ("Text correction").
var archiveMarks = barSet(`ocr interpretation | article text (ocr) | text (ocr) | ocr text | page text (ocr) |
	help improve this text: correct the ocr | help improve this text | correct the ocr | correct this text |
	text correction | uncorrected ocr text | view all issues of this title | about this newspaper | about this title`)

// archiveOpeners open a line of the archive's furniture at any length
// up to archiveLineMaxWords, lower case: the uncorrected text's notice
// and the credit to the library or society that lent the film or
// digitised it ("Image provided by Willard Memorial Library, Evansport,
// Ind.", "Image and text provided by …", "Digitized with support from
// …").
var archiveOpeners = barSet(`uncorrected ocr | image provided by | images provided by | image and text provided by |
	images and text provided by | text provided by | page image provided by | microfilm provided by |
	digitized by | digitised by | digitized with support from | digitised with support from`)

// archiveLabels are the labels of the title's catalogue record and of
// the page's citation and rights lines, before their colon, lower case:
// Chronicling America's "About" record (place, coverage, publisher,
// dates, frequency, language, the titles before and after, holdings,
// LCCN, OCLC), the British Newspaper Archive's ("Newspaper:", "County:",
// "Word count:"), Trove's identifiers, and the lines under every page
// ("Persistent link:", "Cite this page:", "Rights:", "Copyright and
// reuse:"). Generic words ("Date:", "Title:", "Page:") are not among
// them: an old paper's item may open a line with them.
var archiveLabels = barSet(`place of publication | geographic coverage | publisher | dates of publication | frequency |
	language | languages | preceding titles | succeeding titles | related titles | alternative titles | other titles |
	holdings | lccn | oclc | issn | persistent link | permalink | permanent link | stable link | rights | usage rights |
	copyright and reuse | rights and reuse | cite this page | cite this article | citation details | newspaper | county |
	word count | article identifier | page identifier | contributing institution | digital collection`)

// archiveActions are the page's and the article's buttons in a row
// parted by bars, lower case, a file's size in brackets taken out:
// "View: Page Image | Text | PDF (4.8 MB) | JP2 (6.1 MB) | Clip Image",
// "Zoom to article on page | Download page PDF | Add to My Clippings".
var archiveActions = barSet(`page image | text | pdf | jp2 | ocr | clip image | clip article | zoom to article on page |
	zoom to article | download page pdf | download pdf | download page | add to my clippings | add to clippings |
	print | print article | view page image | view text | view pdf`)

// archiveLineMaxWords bounds a line of the furniture: the OCR notice,
// the longest ("The text on this page was produced by optical character
// recognition (OCR) software and has not been corrected. It may contain
// errors, missing words and misspellings. Please consult the page image
// for the authoritative version.", 37 words), and the rights line (22
// words) are under it; an item's paragraph set as one line runs longer.
const archiveLineMaxWords = 50

// archiveTitleMaxWords bounds a paper's title line: "About The Carroll
// City daily register. (Carroll City, Ind.) 1874-1899, March 16, 1883,
// Image 4" has fifteen words; a paper's name runs to eight at most.
const archiveTitleMaxWords = 20

// ocrErrorWords name the OCR's errors in the notice that pairs them with
// "OCR" or "optical character recognition".
var ocrErrorWords = set(`error errors corrected uncorrected misspellings mistakes inaccuracies`)

// archiveMark reports whether line is the OCR furniture by itself: one
// of archiveMarks, or the notice that the text is OCR's and uncorrected
// (ocrNotice).
func archiveMark(line string, words int) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	return archiveMarks[strings.Join(strings.Fields(strings.TrimRight(l, ".:!… ")), " ")] || ocrNotice(l, words)
}

// ocrNotice reports whether l, lower case, of words words, is the
// archive's notice on its text: it names optical character
// recognition, or OCR as a word, with a word for errors
// (ocrErrorWords), in at most archiveLineMaxWords words.
func ocrNotice(l string, words int) bool {
	if words == 0 || words > archiveLineMaxWords {
		return false
	}
	ocr, errs := strings.Contains(l, "optical character recognition"), false
	for _, w := range strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) }) {
		ocr = ocr || w == "ocr"
		errs = errs || ocrErrorWords[w]
	}
	return ocr && errs
}

// archiveFurniture reports whether line, of words words, is a line of
// an archive page's furniture once the page is known for one: a mark
// (archiveMark), a line opening with an archive's phrase
// (archiveOpeners), a record's labelled field (archiveLabels, the
// label alone or with its value), a row of the archive's buttons
// (archiveActionRow), or a paper's title line (archiveTitle).
func archiveFurniture(line string, words int) bool {
	if words == 0 || words > archiveLineMaxWords {
		return false
	}
	if archiveMark(line, words) || archiveActionRow(line) || archiveTitle(line, words) {
		return true
	}
	l := strings.Join(strings.Fields(strings.ToLower(line)), " ")
	for p := range archiveOpeners {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	if k := strings.IndexByte(l, ':'); k > 0 && archiveLabels[l[:k]] {
		return true
	}
	return false
}

// archiveActionRow reports whether line is a row of the archive's
// buttons parted by bars, two or more, each one of archiveActions once
// a size in brackets ("(4.8 MB)") and the row's "View:" label are taken
// out.
func archiveActionRow(line string) bool {
	parts := strings.Split(strings.ToLower(line), "|")
	if len(parts) < 2 {
		return false
	}
	for i, p := range parts {
		if k := strings.IndexByte(p, '('); k >= 0 {
			p = p[:k]
		}
		if i == 0 {
			p = strings.TrimPrefix(strings.TrimSpace(p), "view:")
		}
		if !archiveActions[strings.Join(strings.Fields(p), " ")] {
			return false
		}
	}
	return true
}

// archiveTitle reports whether line, of words words, is a paper's title
// line as an archive prints it over the page and over its record: the
// name ("Evansport daily courier.", "The Bellmont Herald"), its place in
// brackets ("(Evansport, Ind.)", "(New York [N.Y.])"), and after it
// nothing, or the years of the run, the date and the image's
// number, opening with a figure ("1871-1912, March 14, 1883, Image 3");
// "About " before it on the record's heading. The name opens with a
// capital and holds no sentence's marks; the place is a town and its
// state's abbreviation, after a comma or in brackets ("Ky.", "[N.Y.]").
// A column's line of the item that ends in a bracket ("the Kate
// Alderson (Capt. Rountree)") names no such place, and a sentence with
// a place in brackets has words after them.
func archiveTitle(line string, words int) bool {
	if words < 2 || words > archiveTitleMaxWords {
		return false
	}
	l := strings.TrimSpace(line)
	l = strings.TrimPrefix(l, "About ")
	open := strings.IndexByte(l, '(')
	closing := strings.LastIndexByte(l, ')')
	if open <= 0 || closing < open {
		return false
	}
	name := strings.TrimSpace(l[:open])
	if r := []rune(name); len(r) == 0 || !unicode.IsUpper(r[0]) || len(strings.Fields(name)) > archiveTitleMaxWords/2 ||
		strings.ContainsAny(name, "?!,;:\"“”") {
		return false
	}
	place := strings.TrimSpace(l[open+1 : closing])
	if r := []rune(place); len(r) == 0 || !unicode.IsUpper(r[0]) || !strings.ContainsAny(place, ",[") ||
		!strings.HasSuffix(place, ".") && !strings.HasSuffix(place, "]") {
		return false
	}
	rest := strings.TrimSpace(l[closing+1:])
	if rest == "" {
		return true
	}
	r := []rune(rest)
	return len(r) >= 4 && unicode.IsDigit(r[0]) && unicode.IsDigit(r[1]) && unicode.IsDigit(r[2]) && unicode.IsDigit(r[3])
}

// archivePages removes an archive page's furniture (archiveFurniture),
// and the archive's lines about itself (opensWithName, archiveNames),
// wherever they stand, once a mark of the OCR furniture (archiveMark)
// shows the text is an archive's page. The record's rights line is
// removed though it reads as a copyright credit ("Copyright and reuse:
// Public domain …"): it is the archive's notice, not the item's.
func archivePages(body string, blocks []block) {
	page := false
	for i := range blocks {
		if archiveMark(body[blocks[i].span.Start:blocks[i].span.End], blocks[i].words) {
			page = true
			break
		}
	}
	if !page {
		return
	}
	names := archiveNames(body, blocks)
	for i := range blocks {
		b := &blocks[i]
		line := body[b.span.Start:b.span.End]
		if !archiveFurniture(line, b.words) && (i == 0 || b.words > archiveLineMaxWords || !opensWithName(line, names)) {
			continue
		}
		b.class, b.score, b.reason = classChrome, 1, ReasonNavigation
		b.credit, b.copyright = false, false
	}
}

// archiveNameMaxWords bounds the archive's masthead, the first line of
// its page: "Ohio Valley Historic Newspapers | Tri-State Digital
// Newspaper Program" has nine words.
const archiveNameMaxWords = 12

// archiveNames returns the names the archive's page opens with: the
// parts of its first line, parted by bars or middle dots, of two words
// or more ("Ohio Valley Historic Newspapers", "Tri-State Digital
// Newspaper Program"), when that line is short and ends no sentence.
func archiveNames(body string, blocks []block) []string {
	if len(blocks) == 0 || blocks[0].words > archiveNameMaxWords {
		return nil
	}
	first := strings.TrimSpace(body[blocks[0].span.Start:blocks[0].span.End])
	if strings.HasSuffix(first, ".") {
		return nil
	}
	var names []string
	for _, p := range strings.FieldsFunc(first, func(r rune) bool { return r == '|' || r == '·' }) {
		if p = strings.TrimSpace(p); len(strings.Fields(p)) >= 2 {
			names = append(names, p)
		}
	}
	return names
}

// opensWithName reports whether line opens with one of names as whole
// words: the archive speaking of itself in its footer ("Ohio Valley
// Historic Newspapers is a project of the Tri-State Digital Newspaper
// Program, funded in part by …"). An old paper's item does not open
// with a digital archive's name.
func opensWithName(line string, names []string) bool {
	line = strings.TrimSpace(line)
	for _, n := range names {
		if rest, ok := strings.CutPrefix(line, n); ok && (rest == "" || !unicode.IsLetter([]rune(rest)[0]) && !unicode.IsDigit([]rune(rest)[0])) {
			return true
		}
	}
	return false
}
