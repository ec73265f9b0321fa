package clean

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A print edition's page, captured as text from an e-edition viewer's
// text view, keeps the paper's own furniture round the story: the
// jump lines that carry a story from one page to another ("Continued
// on page 4", "From page 1"), the teasers pointing to other pages
// ("INSIDE: Town hall jobs at risk – Page 9 | Derby day delight –
// Back page", "COMMENT: Respect the river – Turn to page 12"), the
// page's folio at its head ("4 | THE COURIER, TUESDAY, MARCH 3, 2026")
// with the section's name under it ("NEWS"), a picture's caption that
// ends with its credit ("… at Mill Meadows yesterday. Picture: MARCUS
// BELL"), the byline box's e-mail address, and at the page's foot the
// imprint ("Printed and published by …") and the opening of the next
// story on the page, cut where the column ends. No web page says any of
// them, and no story's sentence is one.

// printJump matches a jump line alone, lower case: a story's
// continuation to or from another page, as papers print it ("continued
// on page 4", "from page 1", "turn to page 12", "see page 5", "cont'd
// from p2").
var printJump = regexp.MustCompile(`^(continued|cont'd|cont\.?|story continues)? ?(on|from|to|overleaf on) (page|p\.?) ?\d{1,3}$|` +
	`^(turn|go|see|more on|full story on|full story,?) (to )?(page|p\.?) ?\d{1,3}$`)

// printPageRef matches the page a teaser points to at its end, lower
// case, after a dash or a comma: "– page 9", "— back page", ", p12",
// "- pages 20-21", "– turn to page 12", "– see page 5".
var printPageRef = regexp.MustCompile(`(^|\s[–—-]\s*|,\s*)((turn to|see|more on) )?(pages? \d{1,3}(-\d{1,3})?|p\.? ?\d{1,3}|back page|centre pages|center pages)$`)

// printTeaserMaxWords bounds a teaser line: two or three other stories'
// headlines with their pages, at most a short sentence each ("INSIDE:
// Town hall jobs at risk in £6m savings plan – Page 9 | Derby day
// delight for Rovers – Back page", 19 words).
const printTeaserMaxWords = 30

// printTeaser reports whether line, of words words, is a teaser set on
// a print page: every part of it (parted by bars) ends with the page it
// points to (printPageRef), an upper-case label with its colon before
// it or not ("INSIDE:", "COMMENT:"). A story tells of a page in a
// sentence, never as a headline and a dash before the page's number.
func printTeaser(line string, words int) bool {
	if words == 0 || words > printTeaserMaxWords {
		return false
	}
	for _, p := range strings.Split(line, "|") {
		p = strings.ToLower(strings.TrimSpace(p))
		if p == "" || !printPageRef.MatchString(p) || printPageRef.FindStringIndex(p)[0] == 0 && !printJump.MatchString(p) {
			return false
		}
	}
	return true
}

// printFolioMaxWords bounds a page's folio: its number, the paper's
// name and the date ("4 | THE COURIER, TUESDAY, MARCH 3, 2026", seven
// words; "Wednesday 4 March 2026 | Brackenford Courier | 17").
const printFolioMaxWords = 12

// printMonths and printWeekdays name the date in a folio, lower case,
// in English, whole or abbreviated.
var (
	printMonths = set(`january february march april may june july august september october november december
		jan feb mar apr jun jul aug sep sept oct nov dec`)
	printWeekdays = set(`monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun`)
)

// printFolio reports whether line, of words words, is a print page's
// folio: parts parted by bars, the first or the last of them the page's
// number alone, another holding a date (a month's name, or a weekday's,
// and a figure). A story's line never opens or ends with a bare number
// set off by a bar.
func printFolio(line string, words int) bool {
	if words < 2 || words > printFolioMaxWords || !strings.Contains(line, "|") {
		return false
	}
	parts := strings.Split(line, "|")
	for k := range parts {
		parts[k] = strings.TrimSpace(parts[k])
	}
	number := func(p string) bool {
		return len(p) >= 1 && len(p) <= 3 && strings.Trim(p, "0123456789") == ""
	}
	first, last := number(parts[0]), number(parts[len(parts)-1])
	if !first && !last {
		return false
	}
	for k, p := range parts {
		if first && k == 0 || last && k == len(parts)-1 {
			continue
		}
		date, figure := false, false
		for _, w := range strings.FieldsFunc(strings.ToLower(p), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			date = date || printMonths[w] || printWeekdays[w]
			figure = figure || strings.ContainsFunc(w, unicode.IsDigit)
		}
		if date && figure {
			return true
		}
	}
	return false
}

// printImprints open a newspaper's imprint, the legal line at the foot
// of its last page, lower case ("Printed and published by Wyvern
// Newspapers Ltd, Courier House, …"). A story says that a book or a
// leaflet was printed by someone in a sentence that goes on; the
// imprint opens with the formula.
var printImprints = []string{"printed and published by", "published and printed by", "printed and distributed by",
	"printed for and published by", "printed by and for", "published by and printed by"}

// printImprintMaxWords bounds an imprint: the publisher, its address
// and the printer's ("Printed and published by Wyvern Newspapers Ltd,
// Courier House, Foundry Street, Brackenford WY1 4QT", 15 words).
const printImprintMaxWords = 40

// printImprint reports whether line, of words words, is an imprint.
func printImprint(line string, words int) bool {
	if words == 0 || words > printImprintMaxWords {
		return false
	}
	l := strings.ToLower(strings.TrimSpace(line))
	for _, p := range printImprints {
		if strings.HasPrefix(l, p+" ") {
			return true
		}
	}
	return false
}

// printCreditLabels are the labels of a picture's credit at the end of
// its caption, lower case: "Picture: MARCUS BELL", "Pic: …", "Photo:
// …", "Image: …", as British and Irish papers print it.
var printCreditLabels = []string{"picture", "pictures", "pic", "pics", "photo", "photos", "photograph",
	"photographs", "image", "images"}

// printCreditMaxWords bounds the name after a caption's credit label:
// a photographer and an agency ("Picture: MARCUS BELL/Wyvern Press").
const printCreditMaxWords = 6

// printCaptionMaxWords bounds a caption with its credit: a sentence or
// two naming the people in the picture.
const printCaptionMaxWords = 45

// printCaption reports whether line, of words words, is a caption that
// ends with its picture's credit: a sentence, then one of
// printCreditLabels with its colon and a name of at most
// printCreditMaxWords words, nothing after it ("HEROES: Callum Reeve,
// left, and Dean Sutcliffe at Mill Meadows yesterday. Picture: MARCUS
// BELL"). A story's paragraph ends with its own sentence, never with a
// credit's label and a name.
func printCaption(line string, words int) bool {
	if words < 3 || words > printCaptionMaxWords {
		return false
	}
	line = strings.TrimSpace(line)
	l := strings.ToLower(line) // ASCII labels: l's offsets are line's
	for _, label := range printCreditLabels {
		k := strings.LastIndex(l, ". "+label+":")
		if k < 0 || len(l) != len(line) {
			continue
		}
		name := strings.TrimSuffix(strings.TrimSpace(line[k+len(". "+label+":"):]), ".")
		f := strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '/' || r == '&' })
		if len(f) == 0 || len(f) > printCreditMaxWords || strings.ContainsAny(name, ".!?\"“”") {
			continue
		}
		if !slices.ContainsFunc(f, func(w string) bool { r, _ := utf8.DecodeRuneInString(w); return !unicode.IsUpper(r) }) {
			return true // a name: each word capitalised
		}
	}
	return false
}

// printBylineMaxWords bounds a byline box's line above its e-mail
// address: "By HANNAH ODUYA", "Chief Reporter", a name and a title.
const printBylineMaxWords = 6

// bylineMail reports whether blocks[i] is a byline box's e-mail address:
// the address alone on its line (or after a label, "Email: …", or the
// writer's handle, "@name"), in a paragraph that opens with a byline
// ("By HANNAH ODUYA") over at most two short lines (the writer's
// title). A paper prints its writer's address in the byline box; a
// story gives an address in a sentence.
func bylineMail(body string, blocks []block, i int) bool {
	line := strings.TrimSpace(body[blocks[i].span.Start:blocks[i].span.End])
	if f := strings.Fields(line); len(f) == 2 && (strings.EqualFold(strings.TrimRight(f[0], ":"), "email") ||
		strings.EqualFold(strings.TrimRight(f[0], ":"), "e-mail")) {
		line = f[1]
	}
	if !emailAddress(line) && !(strings.HasPrefix(line, "@") && len(line) > 2 && !strings.ContainsAny(line, " \t")) {
		return false
	}
	for k, n := i, 0; k > 0 && !blocks[k].afterBlank && n < 3; k, n = k-1, n+1 {
		above := blocks[k-1]
		if above.words == 0 || above.words > printBylineMaxWords {
			return false
		}
		f := strings.Fields(body[above.span.Start:above.span.End])
		if len(f) >= 2 && strings.EqualFold(f[0], "by") {
			return true
		}
	}
	return false
}

// printCutMaxWords bounds the cut opening of the next story: its
// headline, and the first line of its column.
const printCutMaxWords = 14

// printPages removes a print page's furniture from a capture of it. The
// imprint, a caption with its credit and a byline box's e-mail address
// go wherever they stand, each being decisive alone. The page's own
// lines, a jump line, a teaser and a folio, go when two kinds of them
// show the text is a capture of a print page: a document that once
// says "Continued from page 1" is a story's text reprinted, the jump
// kept with it. Then the section's name alone under the folio goes
// too, and so does the next story's opening at the page's foot: after
// the story's last paragraph, a headline's line over a line that breaks
// off mid-sentence (no closing mark, its last word a stop word: "BACK
// before planners after a second round of"), with nothing under them
// but the foot's contact lines and the imprint.
func printPages(body string, blocks []block, stop map[string]bool) {
	text := func(i int) string { return body[blocks[i].span.Start:blocks[i].span.End] }
	drop := func(i int, reason string) {
		if !blocks[i].credit {
			blocks[i].class, blocks[i].score, blocks[i].reason = classChrome, 1, reason
		}
	}
	const (
		jump = 1 << iota
		teaser
		folio
	)
	kinds := make([]int, len(blocks))
	seen := 0
	for i := range blocks {
		b := &blocks[i]
		line := strings.TrimSpace(text(i))
		switch {
		case printJump.MatchString(strings.ToLower(line)):
			kinds[i] = jump
		case printTeaser(line, b.words):
			kinds[i] = teaser
		case printFolio(line, b.words):
			kinds[i] = folio
		case printImprint(line, b.words):
			drop(i, ReasonLegal)
		case printCaption(line, b.words):
			drop(i, ReasonCaption)
		case bylineMail(body, blocks, i):
			drop(i, ReasonNavigation)
		}
		seen |= kinds[i]
	}
	if seen&(seen-1) == 0 {
		return // one kind of the page's lines or none: no print page
	}
	for i := range blocks {
		if kinds[i] == 0 {
			continue
		}
		drop(i, ReasonNavigation)
		if kinds[i] == folio && i+1 < len(blocks) && !blocks[i+1].afterBlank && blocks[i+1].words == 1 {
			// The page's section under its folio ("NEWS").
			if s := strings.TrimSpace(text(i + 1)); strings.ToUpper(s) == s && strings.ContainsFunc(s, unicode.IsLetter) {
				drop(i+1, ReasonNavigation)
			}
		}
	}
	// The foot: from the end, contact lines and the imprint, then the
	// cut line and the headline over it.
	end := len(blocks)
	for end > 0 && (blocks[end-1].class == classChrome || contactLine(text(end-1), blocks[end-1].words)) {
		end--
	}
	if end < 2 || blocks[end-1].afterBlank {
		return
	}
	cut, head := blocks[end-1], blocks[end-2]
	cutLine, headLine := strings.TrimSpace(text(end-1)), strings.TrimSpace(text(end-2))
	f := strings.Fields(strings.ToLower(cutLine))
	if cut.words == 0 || cut.words > printCutMaxWords || endsSentence(cutLine) || strings.HasSuffix(cutLine, ":") ||
		len(f) == 0 || !stop[strings.Trim(f[len(f)-1], ",;")] || strings.HasSuffix(f[len(f)-1], ",") ||
		head.words == 0 || head.words > printCutMaxWords || endsSentence(headLine) || head.credit || cut.credit {
		return
	}
	for k := end - 2; k < len(blocks); k++ {
		if blocks[k].class != classChrome {
			drop(k, ReasonPromo)
		}
	}
}
