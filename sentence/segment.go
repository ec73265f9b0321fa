package sentence

import (
	"errors"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/reprint/reprint"
)

// Default caps for text that has no sentence punctuation. A news sentence
// averages 20–25 words and sentences over 100 words are rare even in
// court reports, so a cut at 150 words is almost never a real sentence but
// still bounds every later per-sentence step (sentence alignment is
// quadratic in sentence length). The byte cap catches text without spaces
// (Chinese or Japanese with the punctuation stripped, a run-on URL): 2048
// bytes is about 680 CJK characters, and English reaches it only at 13
// bytes a word, so for spaced text the word cap is the one that bites.
const (
	DefaultMaxWords = 150
	DefaultMaxBytes = 2048
)

// Options configure a Segmenter. The zero value means all defaults.
type Options struct {
	// MaxWords is the most words (runs of non-space) a sentence may hold;
	// a longer run of text is cut before the word that exceeds it.
	// 0 means DefaultMaxWords.
	MaxWords int
	// MaxBytes is the most bytes a sentence may span; a longer run is cut
	// at its last white space, or at a character boundary if it has none.
	// 0 means DefaultMaxBytes.
	MaxBytes int
	// Abbreviations adds words that never end a sentence when a period
	// follows them, written without the period ("Cllr", "Gov"), matched
	// case-insensitively. Dotted acronyms ("U.S.", "a.m.") and single
	// initials need no entry.
	Abbreviations []string
}

// ErrInvalidOptions is returned by NewSegmenter for negative caps or an
// abbreviation that is empty or holds white space or a period at its end.
var ErrInvalidOptions = errors.New("sentence: invalid options")

// SetDefaults fills zero fields with their defaults.
func (o *Options) SetDefaults() {
	if o.MaxWords == 0 {
		o.MaxWords = DefaultMaxWords
	}
	if o.MaxBytes == 0 {
		o.MaxBytes = DefaultMaxBytes
	}
}

// Stats describe one call of Segment.
type Stats struct {
	Sentences   int // spans appended
	CappedWords int // sentences cut because they reached MaxWords
	CappedBytes int // sentences cut because they reached MaxBytes
}

// Capped reports whether any sentence was cut at a cap rather than at a
// boundary found in the text.
func (s Stats) Capped() bool { return s.CappedWords+s.CappedBytes > 0 }

// Segmenter splits text into sentences. It is immutable once built and safe
// for concurrent use.
type Segmenter struct {
	maxWords int
	maxBytes int
	abbr     map[string]abbrClass
}

// NewSegmenter returns a Segmenter for opts. It returns ErrInvalidOptions
// (wrapped with the offending value) when opts do not validate.
func NewSegmenter(opts Options) (*Segmenter, error) {
	opts.SetDefaults()
	if opts.MaxWords < 0 || opts.MaxBytes < 0 {
		return nil, errors.Join(ErrInvalidOptions, errors.New("negative cap"))
	}
	s := &Segmenter{maxWords: opts.MaxWords, maxBytes: max(opts.MaxBytes, utf8.UTFMax), abbr: defaultAbbreviations}
	if len(opts.Abbreviations) > 0 {
		s.abbr = make(map[string]abbrClass, len(defaultAbbreviations)+len(opts.Abbreviations))
		for k, v := range defaultAbbreviations {
			s.abbr[k] = v
		}
		for _, a := range opts.Abbreviations {
			if a == "" || strings.ContainsFunc(a, unicode.IsSpace) || strings.HasSuffix(a, ".") || len(a) > maxAbbrLen {
				return nil, errors.Join(ErrInvalidOptions, errors.New("bad abbreviation "+a))
			}
			s.abbr[strings.ToLower(a)] = abbrTitle
		}
	}
	return s, nil
}

// maxAbbrLen bounds abbreviation lookups: longer words are never looked up,
// which keeps the lookup key on the stack.
const maxAbbrLen = 15

var defaultSegmenter = sync.OnceValue(func() *Segmenter {
	s, err := NewSegmenter(Options{})
	if err != nil {
		panic(err) // the default options are valid; a failure is a bug here
	}
	return s
})

// Split appends the sentences of text to dst with the default options and
// returns the extended slice. See [Segmenter.Segment].
func Split(text string, dst []reprint.Span) []reprint.Span {
	dst, _ = defaultSegmenter().Segment(text, dst)
	return dst
}

// Segment appends the sentences of text to dst as byte spans, in order,
// and returns the extended slice with statistics for this call. Each span
// starts at a non-space character and ends after one, and every non-space
// character of text lies in exactly one span. Spans start and end on
// UTF-8 character boundaries. Invalid UTF-8 is carried through byte by
// byte.
//
// The rules are described in the package documentation. Be careful when
// making changes to this function: the fuzz test checks the invariants
// above and the labelled test set checks accuracy.
func (s *Segmenter) Segment(text string, dst []reprint.Span) ([]reprint.Span, Stats) {
	var st Stats
	start := -1     // first byte of the current sentence; -1 between sentences
	end := 0        // end of its last non-space character
	words := 0      // words in the current sentence
	inWord := false // the previous character was not white space
	wordStart := 0  // start of the current sentence's last word
	endBefore := 0  // end of the word before that one

	emit := func(a, b int) {
		if b > a {
			dst = append(dst, reprint.Span{Start: a, End: b})
			st.Sentences++
		}
	}

	for i := 0; i < len(text); {
		c := text[i]
		if inWord && asciiPlain[c] && i+1-start <= s.maxBytes {
			// Fast path: the middle of a word, ASCII, no punctuation
			// that can end a sentence.
			i++
			end = i
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		if isSpace(r) {
			inWord = false
			if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' || r == '\v' || r == '\f' {
				j, nl, para := skipSpace(text, i)
				if start >= 0 && nl > 0 && (para || j == len(text) || !startsLower(text, j)) {
					emit(start, end)
					start = -1
				}
				i = j
				continue
			}
			i += n
			continue
		}

		if start < 0 {
			start, words, inWord = i, 0, false
		}
		if !inWord {
			words++
			if words > s.maxWords {
				emit(start, end)
				st.CappedWords++
				start, words = i, 1
			}
			wordStart, endBefore = i, end
			inWord = true
		}
		if i+n-start > s.maxBytes {
			if wordStart > start {
				emit(start, endBefore)
				start, words = wordStart, 1
			} else {
				emit(start, i)
				start, wordStart, words = i, i, 1
			}
			st.CappedBytes++
		}

		if ok, _ := terminal(r); ok {
			k, brk := s.boundary(text, start, i)
			end = k
			if brk {
				emit(start, k)
				start = -1
				inWord = false
			}
			i = k
			continue
		}
		i += n
		end = i
	}
	if start >= 0 {
		emit(start, end)
	}
	return dst, st
}

// asciiPlain marks the ASCII bytes that are neither white space nor
// terminal punctuation: inside a word they need no further look.
var asciiPlain = func() (t [256]bool) {
	for c := 0x21; c < 0x7F; c++ {
		t[c] = c != '.' && c != '!' && c != '?'
	}
	return t
}()

// boundary decides whether the terminal punctuation at text[i] ends the
// sentence that began at start. It returns the end of the punctuation run
// with any closing quotes and brackets, and whether a sentence ends there.
func (s *Segmenter) boundary(text string, start, i int) (k int, brk bool) {
	dots, qe, ellipsis, spaceless := 0, false, false, false
	k = i
	for k < len(text) {
		r, n := utf8.DecodeRuneInString(text[k:])
		if ok, sl := terminal(r); ok {
			switch r {
			case '.':
				dots++
			case '\u2026':
				ellipsis = true
			default:
				if !sl {
					qe = true
				}
			}
			spaceless = spaceless || sl
			k += n
			continue
		}
		if closer(r) {
			k += n
			continue
		}
		break
	}
	if spaceless || k == len(text) {
		return k, true
	}
	if r, _ := utf8.DecodeRuneInString(text[k:]); !isSpace(r) {
		// "2.5", "U.S.A", "example.com", "?client=": not a boundary.
		return k, false
	}
	m, nl, _ := skipSpace(text, k)
	if m == len(text) || nl > 0 {
		return k, true
	}
	lower := startsLower(text, m)
	switch {
	case qe || ellipsis || dots > 1:
		// "?!" runs and ellipses: "endless discussions... wasting days"
		// and `"Why?" he asked` go on; anything else breaks.
		return k, !lower
	case lower:
		return k, false
	}

	// A single period before a word that does not start in lower case:
	// look at the word the period ends.
	ws := i
	for ws > start {
		r, n := utf8.DecodeLastRuneInString(text[:ws])
		if isSpace(r) {
			break
		}
		ws -= n
	}
	for ws < i {
		r, n := utf8.DecodeRuneInString(text[ws:])
		if !opener(r) {
			break
		}
		ws += n
	}
	w := text[ws:i]
	if w == "" || len(w) > maxAbbrLen {
		return k, true
	}
	if last, _ := utf8.DecodeLastRuneInString(w); closer(last) {
		// `with “no conditions”.` — a quotation, not an abbreviation.
		return k, true
	}
	var buf [maxAbbrLen]byte
	for j := 0; j < len(w); j++ {
		c := w[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[j] = c
	}
	switch s.abbr[string(buf[:len(w)])] {
	case abbrTitle:
		return k, false
	case abbrNumber:
		if r, _ := utf8.DecodeRuneInString(text[m:]); unicode.IsDigit(r) {
			return k, false
		}
		return k, true
	}
	next := nextWord(text, m)
	if len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z' {
		// An initial: "J. K. Rowling", "George W. Bush"; but "Plan B. The".
		return k, starters[next]
	}
	if dotted(w) {
		if 'A' <= w[0] && w[0] <= 'Z' {
			// "U.S. President", "the U.S. The talks".
			return k, starters[next]
		}
		switch string(buf[:len(w)]) {
		case "a.m", "p.m":
			return k, !timeFollowers[next]
		}
		// "e.g.", "i.e." and other lower-case acronyms continue.
		return k, false
	}
	return k, true
}

// dotted reports whether w is a dotted acronym without its final period:
// short letter groups joined by periods ("U.S", "a.m", "Ph.D", "U.S.A").
func dotted(w string) bool {
	groups, n := 0, 0
	for j := 0; j < len(w); j++ {
		switch c := w[j]; {
		case isASCIILetter(c):
			n++
			if n > 3 {
				return false
			}
		case c == '.' && n > 0:
			groups++
			n = 0
		default:
			return false
		}
	}
	return groups > 0 && n > 0
}

// skipSpace returns the end of the white space starting at i, the number of
// line breaks in it, and whether it holds a paragraph break (two line
// breaks, or U+2029).
func skipSpace(text string, i int) (j, nl int, para bool) {
	for j = i; j < len(text); {
		r, n := rune(text[j]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[j:])
		}
		if !isSpace(r) {
			break
		}
		switch r {
		case '\n', '\u2028', '\v', '\f':
			nl++
		case '\r':
			if j+1 == len(text) || text[j+1] != '\n' {
				nl++
			}
		case '\u2029':
			nl += 2
		}
		j += n
	}
	return j, nl, nl >= 2
}

// startsLower reports whether the text at m, after any opening quotes or
// brackets, starts with a lower-case letter.
func startsLower(text string, m int) bool {
	for m < len(text) {
		r, n := utf8.DecodeRuneInString(text[m:])
		if opener(r) {
			m += n
			continue
		}
		if r < utf8.RuneSelf {
			return 'a' <= r && r <= 'z'
		}
		return unicode.IsLower(r)
	}
	return false
}

// nextWord returns the ASCII letters that start the text at m, after any
// opening quotes or brackets; at most 16 bytes.
func nextWord(text string, m int) string {
	for m < len(text) {
		r, n := utf8.DecodeRuneInString(text[m:])
		if !opener(r) {
			break
		}
		m += n
	}
	e := m
	for e < len(text) && e-m < 16 && isASCIILetter(text[e]) {
		e++
	}
	return text[m:e]
}
