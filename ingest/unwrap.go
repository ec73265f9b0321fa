package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reprint/reprint"
)

// Hard-wrapped plain text.
//
// A newspaper archive's OCR text, an e-mail, a Usenet post or a Project
// Gutenberg book breaks each paragraph into lines of a fixed width, and a
// printed column hyphenates words across them ("considera-" / "bly").
// Read line by line, such a paragraph is a stack of fragments: a quotation
// that runs on to a line starting with a capital reads as cut there, a
// hyphenated word is two tokens, and the cleaner judges lines, not
// paragraphs. unwrap gives the paragraphs back before anything else reads
// the text.
//
// A run of non-blank lines is hard-wrapped when its lines fill a column:
// a greedy wrapper breaks a line only where the next word would not fit,
// so every line of a wrapped paragraph but its last is "full" — its width
// plus a space plus the next line's first word exceeds the run's widest
// line (the column). A list of headlines or names can pass that test by
// chance, so the run must also read as prose broken mid-sentence: most of
// its lines start lower case. In a run judged wrapped, each full line is
// joined to the next by a space; a line that is not full ends its
// paragraph and keeps its line break, as does a line before a list item,
// a quoted e-mail line or an indented line. Scripts without letter case
// give no such evidence, and their text is left as it is.
//
// A line that ends in a letter and a hyphen, followed by a line starting
// with a lower-case letter, is a word broken across the lines: the two
// halves are joined without the hyphen ("considera-" / "bly" is
// "considerably"), unless the text writes the hyphenated compound
// elsewhere inside a line ("wood-" / "yard" beside "wood-yard" stays
// "wood-yard").
//
// The joined text maps back to the decoded text through an OffsetMap: a
// joining space maps to the line break it replaces, and a dropped hyphen
// and line break lie between two copied runs, so a span over
// "considerably" covers "considera-\nbly" in the original.

const (
	// wrapMinLines is the fewest lines a wrapped run has: two lines are
	// a headline and its deck, or a name and a title, as often as a
	// paragraph.
	wrapMinLines = 3
	// wrapMinWidth and wrapMaxWidth bound the column: hard wrapping is
	// at 30–50 characters in an OCR'd newspaper column, 70–80 in e-mail
	// and books. Narrower runs are lists of words; wider lines are a
	// paragraph each.
	wrapMinWidth = 25
	wrapMaxWidth = 110
	// wrapFullShare is the share of a run's lines (all but its last) that
	// must be full for the run to be read as wrapped. A wrapped run of
	// several paragraphs has one line that is not full per paragraph;
	// 0.6 keeps a column whose paragraphs are three lines long.
	wrapFullShare = 0.6
	// wrapFill is the least width of a full line, as a share of the
	// column: a contact block's "Name, Title" line followed by a long
	// e-mail address is not the start of a column.
	wrapFill = 0.7
	// wrapLowerShare is the least share of a run's cased line starts
	// (after its first line) that are lower case. Prose wrapped
	// mid-sentence starts most lines with a lower-case word (about four
	// in five in English newspaper columns); a list of headlines, names
	// or menu items starts every line with a capital.
	wrapLowerShare = 0.4
)

// unwrap returns body with the lines of its hard-wrapped runs joined, and
// the map from the result back to body; ok is false, and body is returned
// as it is, when no run is wrapped.
func unwrap(body string) (_ string, _ reprint.OffsetMap, ok bool) {
	lines := splitLines(body)
	var joins []join
	for i := 0; i < len(lines); {
		if blank(lines[i].text) {
			i++
			continue
		}
		j := i
		for j < len(lines) && !blank(lines[j].text) {
			j++
		}
		joins = append(joins, wrappedRun(body, lines[i:j])...)
		i = j
	}
	if len(joins) == 0 {
		return body, nil, false
	}
	var (
		sb  strings.Builder
		mb  reprint.MapBuilder
		pos int // next byte of body to copy
	)
	sb.Grow(len(body))
	for _, jn := range joins {
		mb.Copy(sb.Len(), pos, jn.cut-pos)
		sb.WriteString(body[pos:jn.cut])
		if jn.space {
			// The space stands for the line break (and any trailing
			// blanks) it replaces.
			mb.Replace(sb.Len(), 1, jn.cut, jn.resume-jn.cut)
			sb.WriteByte(' ')
		}
		pos = jn.resume
	}
	mb.Copy(sb.Len(), pos, len(body)-pos)
	sb.WriteString(body[pos:])
	return sb.String(), mb.Map(), true
}

// line is one line of body: its text without the line break, and where
// it starts.
type line struct {
	text  string
	start int
}

func splitLines(body string) []line {
	var ls []line
	for start := 0; start <= len(body); {
		end := strings.IndexByte(body[start:], '\n')
		if end < 0 {
			ls = append(ls, line{body[start:], start})
			break
		}
		ls = append(ls, line{body[start : start+end], start})
		start += end + 1
	}
	return ls
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }

// join is one joint of two lines: body[cut:resume] (trailing blanks, a
// broken word's hyphen, the line break) is left out, and replaced by a
// space when space is set.
type join struct {
	cut, resume int
	space       bool
}

// wrappedRun returns the joints of the run of non-blank lines ls, or none
// when the run is not hard-wrapped.
func wrappedRun(body string, ls []line) []join {
	if len(ls) < wrapMinLines {
		return nil
	}
	width := make([]int, len(ls))
	column := 0
	for i, l := range ls {
		width[i] = utf8.RuneCountInString(strings.TrimRight(l.text, " \t"))
		column = max(column, width[i])
	}
	if column < wrapMinWidth || column > wrapMaxWidth {
		return nil
	}
	full := make([]bool, len(ls)-1)
	nfull, cased, lower := 0, 0, 0
	for i := range full {
		next := ls[i+1].text
		if r, _ := utf8.DecodeRuneInString(next); unicode.IsUpper(r) || unicode.IsLower(r) {
			cased++
			if unicode.IsLower(r) {
				lower++
			}
		}
		if startsBlock(next) {
			continue
		}
		first := next
		if k := strings.IndexAny(next, " \t"); k >= 0 {
			first = next[:k]
		}
		fits := width[i]+1+utf8.RuneCountInString(first) <= column
		if (!fits && float64(width[i]) >= wrapFill*float64(column)) || brokenWord(ls[i].text, next) {
			full[i] = true
			nfull++
		}
	}
	if float64(nfull) < wrapFullShare*float64(len(full)) || cased == 0 || float64(lower) < wrapLowerShare*float64(cased) {
		return nil
	}
	var joins []join
	for i, f := range full {
		if !f {
			continue
		}
		text := strings.TrimRight(ls[i].text, " \t")
		cut := ls[i].start + len(text)
		resume := ls[i+1].start
		if brokenWord(ls[i].text, ls[i+1].text) {
			if !compoundElsewhere(body, text, ls[i+1].text) {
				cut-- // drop the hyphen
			}
			joins = append(joins, join{cut: cut, resume: resume})
			continue
		}
		joins = append(joins, join{cut: cut, resume: resume, space: true})
	}
	return joins
}

// startsBlock reports whether a line starts something of its own: a list
// item, a quoted e-mail line, or an indented line (a paragraph's first).
func startsBlock(s string) bool {
	if s == "" {
		return true
	}
	switch s[0] {
	case ' ', '\t', '>', '*', '-', '+', '|':
		return true
	}
	if strings.HasPrefix(s, "•") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "—") {
		return true
	}
	// "1. ", "2) "
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' '
}

// brokenWord reports whether line a ends with a word broken by a hyphen
// that line b finishes: a letter and a hyphen, then a lower-case letter.
func brokenWord(a, b string) bool {
	a = strings.TrimRight(a, " \t")
	if !strings.HasSuffix(a, "-") {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(a[:len(a)-1])
	after, _ := utf8.DecodeRuneInString(b)
	return unicode.IsLetter(before) && unicode.IsLower(after)
}

// compoundElsewhere reports whether body writes the word that line a
// (ending in a hyphen) and line b break as a hyphenated compound inside a
// line: then the hyphen is the word's own.
func compoundElsewhere(body, a, b string) bool {
	head := a[:len(a)-1]
	k := strings.LastIndexFunc(head, func(r rune) bool { return !unicode.IsLetter(r) })
	left := head
	if k >= 0 {
		_, n := utf8.DecodeRuneInString(head[k:])
		left = head[k+n:]
	}
	e := strings.IndexFunc(b, func(r rune) bool { return !unicode.IsLetter(r) })
	right := b
	if e >= 0 {
		right = b[:e]
	}
	return strings.Contains(body, left+"-"+right)
}
