package clean

import (
	"strings"
	"unicode"
)

// An e-edition reader (PressReader, Tecnavia, a group's own "Digital
// Edition") shows a print page's story as text between the reader's
// furniture, which a capture keeps as rows of buttons: the page's place
// in the edition with arrows to the pages around it ("Page 7 of 64    ◀
// Page 6    Page 8 ▶") and the edition's actions ("Download this edition
// (PDF)    Switch to page view"). Every story of every edition carries
// the same rows. A row is known when each of its parts, parted by two
// spaces or more, a bar or a middle dot, is the reader's (editionPart);
// no line of a printed story is made of them.

// editionActions are the reader's buttons, lower case, their arrows and
// a bracketed file type taken out.
var editionActions = barSet(`download this edition | download edition | download this page | download page |
	download pdf | switch to page view | switch to text view | back to page view | back to text view |
	page view | text view | previous page | next page | first page | last page | all pages | back to edition`)

// editionPart reports whether p, one part of a row, is the reader's: one
// of editionActions, or a page's number ("Page 6", "◀ Page 6", "Page 7
// of 64").
func editionPart(p string) bool {
	p = strings.ToLower(strings.Trim(p, " \t◀▶‹›«»<>←→"))
	if k := strings.IndexByte(p, '('); k > 0 && strings.HasSuffix(p, ")") {
		p = strings.TrimSpace(p[:k]) // "download this edition (pdf)"
	}
	if editionActions[strings.Join(strings.Fields(p), " ")] {
		return true
	}
	f := strings.Fields(p)
	number := func(w string) bool { return strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0 }
	return len(f) > 0 && f[0] == "page" && (len(f) == 2 && number(f[1]) || len(f) == 4 && number(f[1]) && f[2] == "of" && number(f[3]))
}

// editionParts splits line into a row's parts: at runs of two spaces or
// more, tabs, bars and middle dots.
func editionParts(line string) []string {
	line = strings.NewReplacer("\t", "  ", "|", "  ", "·", "  ").Replace(line)
	var parts []string
	for _, p := range strings.Split(line, "  ") {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	return parts
}

// editionRow reports whether line is a row of the reader's furniture:
// every part is the reader's (editionPart), and the row names a page
// of an edition or an action, two parts or more or one of
// editionActions; "Page 6" alone may be a story's own line.
func editionRow(line string) bool {
	parts := editionParts(line)
	if len(parts) == 0 {
		return false
	}
	for _, p := range parts {
		if !editionPart(p) {
			return false
		}
	}
	return len(parts) >= 2 || strings.Contains(strings.ToLower(parts[0]), " of ") ||
		editionActions[strings.Join(strings.Fields(strings.ToLower(strings.Trim(parts[0], " ◀▶‹›«»<>←→"))), " ")] ||
		strings.Contains(parts[0], "(")
}

// editionRows removes the reader's rows (editionRow) wherever they
// stand.
func editionRows(body string, blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if !b.credit && editionRow(body[b.span.Start:b.span.End]) {
			b.class, b.score, b.reason = classChrome, 1, ReasonNavigation
		}
	}
}
