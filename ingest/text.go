package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/clean"
	"github.com/reprint/reprint/htmltext"
	"github.com/reprint/reprint/pressrelease"
)

// Encoding names recorded in Meta.Encoding. They are the WHATWG labels.
const (
	encUTF8    = "utf-8"
	encUTF16LE = "utf-16le"
	encUTF16BE = "utf-16be"
	encCP1252  = "windows-1252"
)

// decoded is plain text turned into a Body.
type decoded struct {
	body string
	m    reprint.OffsetMap // body → raw
	enc  string
}

// textError is why raw bytes could not become a Body.
type textError struct {
	reason reprint.SkipReason
	detail string
}

// decodeText detects the encoding of raw, decodes it to UTF-8 and folds
// CRLF and lone CR to LF, recording every change in an OffsetMap from the
// body back to raw:
//
//   - a UTF-8 BOM (EF BB BF): UTF-8, which must then be valid;
//   - a UTF-16 BOM (FF FE, FE FF): UTF-16 LE or BE; unpaired surrogates
//     and an odd trailing byte are rejected as SkipEncoding;
//   - no BOM and valid UTF-8 (which includes ASCII): UTF-8;
//   - no BOM, not valid UTF-8, and fewer valid multi-byte UTF-8 sequences
//     than invalid bytes (none, in a single-byte charset): the legacy
//     encoding htmltext.DetectLegacy finds (Windows-1250/1251/1252/1256,
//     ISO-8859-x, KOI8-R, Shift_JIS, EUC-JP, GB18030, Big5, EUC-KR, …),
//     decoding every byte, else Windows-1252 when that decodes every byte
//     and does not read as mojibake; when none is credible, the file is
//     rejected as SkipEncoding, never read with replacement characters;
//   - at least as many valid multi-byte UTF-8 sequences as invalid bytes:
//     a damaged UTF-8 file, rejected as SkipInvalidUTF8 with the offset of
//     the first bad byte.
//     Guessing Windows-1252 here would turn every correct non-ASCII
//     character into mojibake.
//
// The BOM itself is not part of the body. Control characters (NUL among
// them) above the share binaryBytes allows reject the file as binary; a few
// stray NULs in real text stay in the body, where tokenizing treats them as
// separators. Text that is empty or only white space is rejected as empty.
func decodeText(raw []byte) (decoded, *textError) {
	if len(raw) == 0 {
		return decoded{}, &textError{reprint.SkipEmpty, "no bytes"}
	}
	var (
		start = 0
		enc   string
		step  func(b []byte, i int) (rune, int)
	)
	if be, ok := utf16BOM(raw); ok {
		start, enc, step = 2, encUTF16LE, stepUTF16LE
		if be {
			enc, step = encUTF16BE, stepUTF16BE
		}
		if err := checkUTF16(raw, be); err != nil {
			return decoded{}, err
		}
		if why := binaryUnits(raw[2:], be); why != "" {
			return decoded{}, &textError{reprint.SkipBinary, why}
		}
	} else {
		if bytes.HasPrefix(raw, utf8BOM) {
			start = len(utf8BOM)
		}
		bad, multi := htmltext.ScanUTF8(raw[start:])
		if bad >= 0 && multi && start == 0 {
			// Valid multi-byte sequences beside invalid bytes: damaged
			// UTF-8, unless the invalid bytes outnumber them, as in a
			// multi-byte legacy encoding.
			invalid, valid := htmltext.CountUTF8(raw)
			multi = invalid <= valid
		}
		switch {
		case bad < 0:
			enc, step = encUTF8, stepUTF8
		case start > 0 || multi:
			return decoded{}, &textError{reprint.SkipInvalidUTF8,
				fmt.Sprintf("invalid UTF-8 sequence at byte %d", start+bad)}
		default:
			l, ok := htmltext.DetectLegacy(raw[start:])
			if !ok {
				return decoded{}, &textError{reprint.SkipEncoding,
					"not UTF-8, and no legacy encoding decodes it credibly"}
			}
			enc, step = l.Name, stepLegacy(l.Encoding)
		}
		if why := binaryBytes(raw[start:]); why != "" {
			return decoded{}, &textError{reprint.SkipBinary, why}
		}
	}

	var d decoded
	d.enc = enc
	if enc == encUTF8 && bytes.IndexByte(raw[start:], '\r') < 0 {
		// Fast path: the body is the raw text minus the BOM.
		d.body = string(raw[start:])
		var mb reprint.MapBuilder
		mb.Copy(0, start, len(d.body))
		d.m = mb.Map()
	} else {
		d.body, d.m = decodeGeneral(raw, start, step)
	}
	if strings.TrimSpace(d.body) == "" {
		return decoded{}, &textError{reprint.SkipEmpty, "only white space"}
	}
	return d, nil
}

// decodeGeneral decodes raw[start:] rune by rune with step, folding CRLF
// and CR to LF. Runs that are copied byte for byte merge into one segment
// of the map; each transcoded rune or folded line end is a segment of its
// own.
func decodeGeneral(raw []byte, start int, step func(b []byte, i int) (rune, int)) (string, reprint.OffsetMap) {
	var (
		sb  strings.Builder
		mb  reprint.MapBuilder
		buf [utf8.UTFMax]byte
	)
	sb.Grow(len(raw) - start + len(raw)/8)
	for i := start; i < len(raw); {
		r, n := step(raw, i)
		if r == '\r' {
			if i+n < len(raw) {
				if r2, n2 := step(raw, i+n); r2 == '\n' {
					n += n2
				}
			}
			r = '\n'
		}
		k := utf8.EncodeRune(buf[:], r)
		mb.Replace(sb.Len(), k, i, n)
		sb.Write(buf[:k])
		i += n
	}
	return sb.String(), mb.Map()
}

func stepUTF8(b []byte, i int) (rune, int) { return utf8.DecodeRune(b[i:]) }

// stepLegacy returns the step function of enc, an encoding DetectLegacy
// found, which has vouched that every byte decodes. A charmap decodes
// byte by byte; any other encoding (Shift_JIS, EUC, GB18030, Big5, and
// single-byte ones that htmlindex wraps, such as ISO-8859-8-I) is asked
// for the shortest prefix, of at most four bytes, that decodes to one
// character.
func stepLegacy(enc encoding.Encoding) func(b []byte, i int) (rune, int) {
	if cm, ok := enc.(*charmap.Charmap); ok {
		return func(b []byte, i int) (rune, int) {
			if c := b[i]; c < utf8.RuneSelf {
				return rune(c), 1
			}
			return cm.DecodeByte(b[i]), 1
		}
	}
	dec := enc.NewDecoder()
	var out [16]byte
	return func(b []byte, i int) (rune, int) {
		if c := b[i]; c < utf8.RuneSelf {
			return rune(c), 1
		}
		for k := 1; k <= 4 && i+k <= len(b); k++ {
			dec.Reset()
			nDst, nSrc, err := dec.Transform(out[:], b[i:i+k], true)
			if err != nil || nSrc != k {
				continue
			}
			if r, n := utf8.DecodeRune(out[:nDst]); n == nDst && r != utf8.RuneError {
				return r, k
			}
		}
		return utf8.RuneError, 1
	}
}

func stepUTF16LE(b []byte, i int) (rune, int) { return stepUTF16(b, i, false) }
func stepUTF16BE(b []byte, i int) (rune, int) { return stepUTF16(b, i, true) }

// stepUTF16 decodes one code point; checkUTF16 has vouched for b.
func stepUTF16(b []byte, i int, be bool) (rune, int) {
	u := rune(unit(b, i, be))
	if utf16.IsSurrogate(u) && i+3 < len(b) {
		return utf16.DecodeRune(u, rune(unit(b, i+2, be))), 4
	}
	return u, 2
}

// checkUTF16 rejects an odd byte count and unpaired surrogates.
func checkUTF16(b []byte, be bool) *textError {
	if len(b)%2 != 0 {
		return &textError{reprint.SkipEncoding, fmt.Sprintf("utf-16: odd number of bytes (%d)", len(b))}
	}
	for i := 2; i < len(b); i += 2 {
		u := unit(b, i, be)
		switch {
		case 0xD800 <= u && u < 0xDC00:
			if i+3 >= len(b) {
				return &textError{reprint.SkipEncoding, fmt.Sprintf("utf-16: unpaired surrogate at byte %d", i)}
			}
			if v := unit(b, i+2, be); v < 0xDC00 || v >= 0xE000 {
				return &textError{reprint.SkipEncoding, fmt.Sprintf("utf-16: unpaired surrogate at byte %d", i)}
			}
			i += 2
		case 0xDC00 <= u && u < 0xE000:
			return &textError{reprint.SkipEncoding, fmt.Sprintf("utf-16: unpaired surrogate at byte %d", i)}
		}
	}
	return nil
}

// Headline rules. A news text file often opens with its headline on a
// line of its own; the seeds and the Clough–Stevenson answers show both
// kinds of opening, and the first lines of scraped text are sometimes page
// debris (a script tag, a byline).
const (
	// HeadlineMaxWords: English headlines run 6–14 words; 24 leaves room
	// for long ones, and for the languages whose spelling writes short
	// words (Vietnamese's syllables, the concords Xitsonga and Sepedi
	// write apart: a farm's 21-word Xitsonga headline), while excluding
	// opening sentences, which run 25+ and end with a stop.
	HeadlineMaxWords = 24
	// headlineMinWords: a single word is a section label ("Politics").
	headlineMinWords = 2
	// headlineMaxRunes bounds a line of a few very long "words".
	headlineMaxRunes = 200
	// leadMinWords: a headline with no blank line after it must be
	// followed by a paragraph at least this long, i.e. clearly the story.
	leadMinWords = 25
)

// belowHeader returns the text after a breadcrumb trail that follows a
// page's header at the top (lines of at most clean.HeaderMaxWords words):
// a trail among the first clean.HeaderMaxLines + 1 lines, not the first, with a line after it that does not end in a full
// stop (the headline: a page names itself above its breadcrumbs and puts
// its headline below them). With prose right under the trail, the line
// above it is the headline, and belowHeader reports false. A menu set
// one item a line (clean.MenuEnd: "Menu", "Home", "News", "Sport", …)
// counts as a trail, as package clean reads the header.
func belowHeader(text string) (string, bool) {
	rest := text
	for i := 0; i <= clean.HeaderMaxLines; i++ {
		line, r, ok := strings.Cut(rest, "\n")
		if !ok {
			return "", false
		}
		under := ""
		if end, menu := clean.MenuEnd(rest); i > 0 && menu {
			under = strings.TrimLeft(rest[end:], " \t\n")
		}
		rest = strings.TrimLeft(r, " \t\n")
		if i > 0 && clean.IsTrail(line) {
			under = rest
		}
		if under == "" && len(strings.Fields(line)) > clean.HeaderMaxWords {
			// A headline, not a masthead: a scraper's copy opens with
			// the page's title over the page's header.
			return "", false
		}
		if under != "" {
			next, _, _ := strings.Cut(under, "\n")
			next = strings.TrimSpace(next)
			if next == "" || strings.ContainsRune(".!?", rune(next[len(next)-1])) {
				return "", false
			}
			return under, true
		}
	}
	return "", false
}

// headline returns the first non-blank line of body if it reads as a
// headline, else "". See the constants above for the rules; besides, the
// line must not end like a sentence or a clause (".", ",", ";", ":"), not
// carry markup ("<", ">", "{", "}", "[/", `="`, "://"), and have a letter.
// A page's header above its breadcrumb trail (belowHeader) is skipped.
func headline(body string) string {
	rest := afterConsent(strings.TrimLeft(body, " \t\n"))
	if r, ok := belowHeader(rest); ok && !namesSite(rest[:len(rest)-len(r)], r) {
		rest = r
	}
	line, rest, ok := strings.Cut(rest, "\n")
	// A breadcrumb trail over the headline ("Home » UK News") is the
	// site's navigation, never the title; nor is a press release's label
	// ("FOR IMMEDIATE RELEASE"), nor the keywords line a distributor
	// sets under its header (APA-OTS's "Umwelt/Hochwasser/
	// Oberösterreich"), nor a date line ("Поділля 24/7,
	// [14.05.2025 13:05]": textDate).
	labelled := false
	for ok && (clean.IsTrail(line) || pressrelease.IsLabel(line) || labelled && pressrelease.Keywords(line) || isDateLine(line)) {
		labelled = pressrelease.IsLabel(line)
		line, rest, ok = strings.Cut(strings.TrimLeft(rest, " \t\n"), "\n")
	}
	if !ok {
		return "" // one line is the whole text, not a headline over it
	}
	line = strings.TrimSpace(line)
	words := strings.Fields(line)
	if len(words) < headlineMinWords || len(words) > HeadlineMaxWords ||
		utf8.RuneCountInString(line) > headlineMaxRunes {
		return ""
	}
	if strings.ContainsAny(line, "<>{}") || strings.Contains(line, "[/") ||
		strings.Contains(line, `="`) || strings.Contains(line, "://") {
		return ""
	}
	end := strings.TrimRight(line, "\"'”’)»")
	if end == "" || strings.ContainsRune(".,;:", rune(end[len(end)-1])) {
		return ""
	}
	if strings.IndexFunc(line, unicode.IsLetter) < 0 {
		return ""
	}
	next, _, _ := strings.Cut(rest, "\n")
	if strings.TrimSpace(next) == "" {
		if strings.TrimSpace(rest) == "" {
			return "" // nothing follows
		}
		return line
	}
	if len(strings.Fields(next)) >= leadMinWords {
		return line
	}
	return ""
}

// consentHeadingMaxWords bounds a consent banner's heading over its
// notice: "We care about your privacy", "Szanujemy Twoją prywatność".
const consentHeadingMaxWords = 8

// afterConsent returns text after a consent banner that opens it: a
// short heading (at most consentHeadingMaxWords words) or none, the
// banner's notice under it (clean.IsConsentNotice) and its buttons
// (clean.IsConsentButtons), each its own line. A scraper's copy may
// open with the banner, whose heading is no headline: the page's
// title is read below it. Text that opens otherwise is returned whole.
func afterConsent(text string) string {
	first, rest, ok := strings.Cut(text, "\n")
	if !ok {
		return text
	}
	notice := first
	if !clean.IsConsentNotice(first) {
		if len(strings.Fields(first)) > consentHeadingMaxWords {
			return text
		}
		notice, rest, ok = strings.Cut(strings.TrimLeft(rest, " \t\n"), "\n")
		if !ok || !clean.IsConsentNotice(notice) {
			return text
		}
	}
	rest = strings.TrimLeft(rest, " \t\n")
	if buttons, r, ok := strings.Cut(rest, "\n"); ok && clean.IsConsentButtons(buttons) {
		rest = strings.TrimLeft(r, " \t\n")
	}
	return rest
}

// namesSite reports whether the first line of under, the line below a
// page's header, is a short line (bylineMaxWords) at least half of whose
// capitalised words are capitalised words of the header's lines after
// its first, its trails aside: a byline that names the site ("Redaición
// Llume" under "Llume · Revista dixital de cultura asturiana" and its
// trail), not the headline, which a scraped page may set above the
// header ("Un cuadernu de 1868 recupera 74 cantares populares de
// Valdebuyu"). A headline seldom repeats its site's name.
func namesSite(header, under string) bool {
	_, header, _ = strings.Cut(header, "\n") // the first line may be the site's name, or the headline
	line, _, _ := strings.Cut(under, "\n")
	seen := map[string]bool{}
	for l := range strings.Lines(header) {
		l = strings.TrimSpace(l)
		if clean.IsTrail(l) {
			continue // a trail may end in the headline itself
		}
		for _, w := range strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && utf8.RuneCountInString(w) >= 3 {
				seen[w] = true
			}
		}
	}
	words := strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) > bylineMaxWords {
		return false
	}
	caps, named := 0, 0
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			caps++
			if seen[w] {
				named++
			}
		}
	}
	return named > 0 && 2*named >= caps
}

// bylineMaxWords bounds a byline that names the site (namesSite): a desk
// and the site's name ("Redaición Llume", "Staff, Valley Ledger"). A
// headline runs longer, and may name the town a local site is named for
// ("Los comerciantes del casco histórico de Torrealba temen …" under
// "Noticias de Torrealba y su comarca").
const bylineMaxWords = 4

// isDateLine reports whether line is a date line (dateLine).
func isDateLine(line string) bool {
	_, ok := dateLine(line)
	return ok
}
