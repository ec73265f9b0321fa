package quote

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/reprint/reprint"
)

// Quote is one quotation in a text. All spans are byte offsets into the
// text given to Extract.
type Quote struct {
	Span  reprint.Span // the quoted words inside the marks, trimmed of white space
	Outer reprint.Span // the quotation with its marks; without the closing mark when there is none

	// Speaker is the attributed speaker as written ("Zelensky", "Sir Keir
	// Starmer", "the Kremlin"), or "" when none was found or the speaker
	// is a pronoun. SpeakerSpan is where it stands in the text (the
	// pronoun's span when Pronoun is set); zero when there is none.
	Speaker     string
	SpeakerSpan reprint.Span
	// Pronoun reports whether the attribution names its speaker only by a
	// pronoun ("he said", "it said") or a description ("the mayor said",
	// « … », souligne l'élue): Speaker is then "", and the pronoun or
	// description is at SpeakerSpan. Resolving it is left to callers with
	// more context.
	Pronoun bool
	// Anonymous reports whether the attribution is to an unnamed source
	// ("A source close to the talks told the paper", "sources at the
	// club said", "une source proche du dossier"): Speaker is the
	// description's article and noun as written ("A source"), a speaker
	// no name in the text stands for.
	Anonymous bool
	// Verb is the attribution verb as written ("said", "wrote", "according
	// to"), or "".
	Verb string

	// Depth is 0 for a quotation at top level and n for one nested inside
	// n others (‘no’ inside “he doesn’t say ‘no’ outright” has Depth 1).
	// Nested quotations get no speaker.
	Depth int
	// Continued reports whether the quotation continues the previous
	// top-level one: a paragraph that opens with a quote mark after a
	// paragraph whose quotation was left open, or a quotation interrupted
	// only by its attribution (`"A," he said. "B."`). It carries the same
	// speaker.
	Continued bool
	// Unbalanced reports whether the quotation was never closed; it then
	// ends at the end of its paragraph.
	Unbalanced bool
}

// MaxDepth bounds the nesting of open quotation marks that Extract tracks.
// Real text nests two deep at most (a quote inside a quote); further
// openers are ignored, which keeps the scan linear on hostile input such as
// a long run of apostrophes.
const MaxDepth = 8

// family groups the marks that close one another.
type family uint8

const (
	famStraightDouble  family = iota + 1 // " … "
	famStraightSingle                    // ' … '
	famDouble                            // “ … ”, „ … “, „ … ”, ” … ” (Swedish)
	famSingle                            // ‘ … ’, ‚ … ‘, ‚ … ’
	famGuillemet                         // « … »
	famSingleGuillemet                   // ‹ … ›
	famCorner                            // 「 … 」
	famWhiteCorner                       // 『 … 』
	famInwardGuillemet                   // » … « (Danish, German)
)

// noApostrophe reports whether r is a letter of a script that writes no
// apostrophe inside its words: Hangul, Han, Hiragana and Katakana.
func noApostrophe(r rune) bool {
	return unicode.In(r, unicode.Hangul, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// single reports whether a mark of the family is easily an apostrophe or
// a stray mark: unclosed ones are dropped rather than reported.
func (f family) single() bool { return f == famStraightSingle || f == famSingle }

type openMark struct {
	pos, size int
	fam       family
	low       bool // „ or ‚, which “ and ‘ may close
	cont      bool // opens a paragraph that continues an open quotation
}

// Extract appends the quotations in text to dst, ordered by where they
// start, and returns the extended slice. It never fails: marks it cannot
// pair are ignored, or reported as Unbalanced quotations capped at their
// paragraph. The rules are in the package documentation.
func Extract(text string, dst []Quote) []Quote {
	return ExtractNaming(text, nil, dst)
}

// ExtractNaming is Extract for a text whose outlets are known: its own
// site's name and those of the other articles of its story. A reporter
// writes the outlet a speaker spoke to between the verb and the speaker
// ("«…», le contó a Sierras al Día Norma Quiroga"), where its capitalised
// words run into the name; an outlet of outlets after "a", "à", "al",
// "ao" or "to" is passed over so that the speaker is the name after it.
func ExtractNaming(text string, outlets []string, dst []Quote) []Quote {
	base := len(dst)
	var stackBuf [MaxDepth]openMark
	stack := stackBuf[:0]
	contAt := -1 // offset of a mark that continues the previous paragraph's quotation
	paraEnd := 0 // end of the last non-space character seen
	var prev rune = -1

	for i := 0; i < len(text); {
		c := text[i]
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		if r == '\n' || r == '\u2029' {
			j, brk := paragraphBreak(text, i)
			if brk {
				dst, contAt = flush(text, stack, paraEnd, j, dst)
				stack = stack[:0]
			}
			i, prev = j, ' '
			continue
		}
		if !isMark(r) {
			if !unicode.IsSpace(r) {
				paraEnd = i + n
			}
			prev = r
			i += n
			continue
		}
		paraEnd = i + n
		next, _ := utf8.DecodeRuneInString(text[i+n:])
		if i+n == len(text) {
			next = -1
		}
		if (r == '\u2018' || r == '\u2019') && next == r {
			// Doubled single marks are a double one: ‘‘…’’, as PTI's
			// Hindi service and typewritten copy quote.
			n += utf8.RuneLen(r)
			if r == '\u2018' {
				r = '\u201C'
			} else {
				r = '\u201D'
			}
			next, _ = utf8.DecodeRuneInString(text[i+n:])
			if i+n == len(text) {
				next = -1
			}
		}
		canOpen := isOpenContext(prev) && !isSpaceOrEnd(next)
		canClose := !isOpenContext(prev) && (isSpaceOrEnd(next) || !isWord(next))
		push := func(f family, low bool) {
			if len(stack) < MaxDepth {
				stack = append(stack, openMark{pos: i, size: n, fam: f, low: low, cont: i == contAt})
			}
		}
		closeFam := func(match func(openMark) bool) bool {
			for j := len(stack) - 1; j >= 0; j-- {
				if match(stack[j]) {
					dst = emit(text, stack, j, i, n, dst)
					stack = stack[:j]
					return true
				}
				if !stack[j].fam.single() {
					// Do not close across an open double mark.
					return false
				}
			}
			return false
		}
		is := func(f family) func(openMark) bool { return func(o openMark) bool { return o.fam == f } }

		switch r {
		case '"':
			switch {
			case unicode.Is(unicode.Hebrew, prev) && unicode.Is(unicode.Hebrew, next):
				// Gershayim typed as a straight mark, an abbreviation's
				// sign between its letters: ד"ר (Dr.), צה"ל.
			case canClose && closeFam(is(famStraightDouble)):
			case canClose && !unicode.IsDigit(prev) && closeFam(is(famDouble)):
				// A mixture: “… ," as typed by hand or by an editor that
				// curls only some marks. Not after a digit: 5" is inches.
			case canOpen:
				push(famStraightDouble, false)
			case !canClose && !canOpen && closeFam(is(famStraightDouble)):
			}
		case '\'':
			switch {
			case isWord(prev) && isWord(next):
				// Apostrophe: "Russia's", "don't".
			case canClose && closeFam(is(famStraightSingle)):
			case canOpen && isWord(next):
				push(famStraightSingle, false)
			}
		case '\u201C': // “ opens, or closes „
			if !(canClose && closeFam(func(o openMark) bool { return o.fam == famDouble && o.low })) {
				push(famDouble, false)
			}
		case '\u201D': // ” closes, or opens a Swedish ” … ”
			switch {
			case closeFam(is(famDouble)):
			case canClose && closeFam(is(famStraightDouble)):
				// A mixture: "… ,” (see '"' above).
			case canOpen:
				push(famDouble, false)
			}
		case '\u201E': // „
			push(famDouble, true)
		case '\u2018': // ‘ opens, or closes ‚
			if !(canClose && closeFam(func(o openMark) bool { return o.fam == famSingle && o.low })) {
				push(famSingle, false)
			}
		case '\u2019': // ’ closes ‘ unless it is an apostrophe
			// Between letters it is one, but for Hangul, Han and Kana,
			// which have none, where a particle joins the mark (Korean
			// "‘대응 1단계’를").
			if !(isWord(prev) && isWord(next)) || noApostrophe(prev) || noApostrophe(next) {
				closeFam(is(famSingle))
			}
		case '\u201A': // ‚
			push(famSingle, true)
		case '\u00AB': // « opens, or closes a Danish » … «
			if !(canClose && closeFam(is(famInwardGuillemet))) {
				push(famGuillemet, false)
			}
		case '\u00BB': // » closes «, or opens a Danish » … «
			switch {
			case closeFam(is(famGuillemet)):
			case canOpen && !hasOpen(stack, famGuillemet):
				push(famInwardGuillemet, false)
			}
		case '\u2039':
			push(famSingleGuillemet, false)
		case '\u203A':
			closeFam(is(famSingleGuillemet))
		case '\u300C':
			push(famCorner, false)
		case '\u300D':
			closeFam(is(famCorner))
		case '\u300E':
			push(famWhiteCorner, false)
		case '\u300F':
			closeFam(is(famWhiteCorner))
		}
		prev = r
		i += n
	}
	dst, _ = flush(text, stack, paraEnd, len(text), dst)
	dst = dashQuotes(text, dst, base)

	out := dst[base:]
	slices.SortStableFunc(out, func(a, b Quote) int { return a.Outer.Start - b.Outer.Start })
	nestDepths(out)
	attribute(text, out, outletWords(outlets))
	return dst
}

// nestDepths sets each quotation's Depth to the number of quotations
// that enclose it (qs sorted by Outer.Start). The stack of open marks
// counts a single mark left open below a quotation, which the paragraph's
// end drops as an apostrophe: Sesotho's and Dutch's word-initial
// apostrophes ("o kopile 'muso hore …", "'s avonds") open nothing, and
// the quotation after them is at top level, with its speaker.
func nestDepths(qs []Quote) {
	var open []reprint.Span // the enclosing quotations, outermost first
	for k := range qs {
		o := qs[k].Outer
		for len(open) > 0 && !(open[len(open)-1].Start <= o.Start && o.End <= open[len(open)-1].End && open[len(open)-1] != o) {
			open = open[:len(open)-1]
		}
		qs[k].Depth = len(open)
		open = append(open, o)
	}
}

// hasOpen reports whether a mark of family f is open on the stack.
func hasOpen(stack []openMark, f family) bool {
	for _, o := range stack {
		if o.fam == f {
			return true
		}
	}
	return false
}

// emit appends the quotation opened by stack[j] and closed by the mark of
// size n at c. Openers above j, which the closing mark skipped, are single
// marks taken for apostrophes and dropped.
func emit(text string, stack []openMark, j, c, n int, dst []Quote) []Quote {
	o := stack[j]
	sp := trim(text, o.pos+o.size, c)
	if sp.Empty() {
		return dst // "" or ‘ ’: typographic noise, not a quotation
	}
	return append(dst, Quote{
		Span:      sp,
		Outer:     reprint.Span{Start: o.pos, End: c + n},
		Depth:     j,
		Continued: o.cont,
	})
}

// flush ends a paragraph that ends at end (after its last non-space
// character) and is followed by the next at next. Double marks left open
// become quotations to the paragraph end; single ones are dropped as
// apostrophes. The outermost open double quotation is the news convention
// for a quotation running over paragraphs, not an error, when the next
// paragraph opens with a mark of its family: flush then returns that
// mark's offset so that the quotation it opens is marked Continued.
func flush(text string, stack []openMark, end, next int, dst []Quote) ([]Quote, int) {
	contAt := -1
	first := true
	for j, o := range stack {
		if o.fam.single() {
			continue
		}
		sp := trim(text, o.pos+o.size, end)
		if sp.Empty() {
			continue
		}
		q := Quote{Span: sp, Outer: reprint.Span{Start: o.pos, End: end}, Depth: j, Continued: o.cont, Unbalanced: true}
		if first && opensFamily(text, next, o.fam) {
			q.Unbalanced = false
			contAt = next
		}
		first = false
		dst = append(dst, q)
	}
	return dst, contAt
}

// opensFamily reports whether the text at i starts with an opening mark of
// family f.
func opensFamily(text string, i int, f family) bool {
	r, n := utf8.DecodeRuneInString(text[i:])
	if i >= len(text) {
		return false
	}
	switch f {
	case famStraightDouble:
		next, _ := utf8.DecodeRuneInString(text[i+n:])
		return r == '"' && i+n < len(text) && !unicode.IsSpace(next)
	case famDouble:
		return r == '\u201C' || r == '\u201E' || r == '\u201D'
	case famGuillemet:
		return r == '\u00AB'
	case famInwardGuillemet:
		return r == '\u00BB'
	case famCorner:
		return r == '\u300C'
	case famWhiteCorner:
		return r == '\u300E'
	case famSingleGuillemet:
		return r == '\u2039'
	}
	return false
}

// paragraphBreak looks at the white space starting with the line break at
// i. It returns the end of the white space and whether it ends a
// paragraph: a blank line or U+2029 always does; a single line break does
// unless the next line starts with a lower-case letter (a hard-wrapped
// line).
func paragraphBreak(text string, i int) (j int, brk bool) {
	nl := 0
	for j = i; j < len(text); {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsSpace(r) {
			break
		}
		switch r {
		case '\n':
			nl++
		case '\u2029':
			nl += 2
		}
		j += n
	}
	if nl >= 2 || j == len(text) {
		return j, true
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return j, !unicode.IsLower(r)
}

func trim(text string, a, b int) reprint.Span {
	for a < b {
		r, n := utf8.DecodeRuneInString(text[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(text[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= n
	}
	return reprint.Span{Start: a, End: b}
}

func isMark(r rune) bool {
	switch r {
	case '"', '\'', '\u201C', '\u201D', '\u201E', '\u2018', '\u2019', '\u201A',
		'\u00AB', '\u00BB', '\u2039', '\u203A', '\u300C', '\u300D', '\u300E', '\u300F':
		return true
	}
	return false
}

// isOpenContext reports whether a mark after r would open a quotation:
// at the start of text, after white space, an opening bracket, a dash, a
// slash, or another mark that opens.
func isOpenContext(r rune) bool {
	switch r {
	case -1, '(', '[', '{', '-', '\u2013', '\u2014', '/', '\u201C', '\u2018', '\u201E', '\u201A', '\u00AB', '\u2039':
		return true
	}
	return unicode.IsSpace(r)
}

func isSpaceOrEnd(r rune) bool { return r == -1 || unicode.IsSpace(r) }

func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}
