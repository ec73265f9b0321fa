package clean

import (
	"strings"
	"unicode"

	"github.com/reprint/reprint/pressrelease"
)

// A news agency's copy, as its subscribers receive it in plain text (the
// Press Association's format, which the UK's regional agencies follow),
// sets the story between the agency's furniture. Above it, the header:
// a line of fields parted by bars (service, date, desk, reference),
// then the fields one a line, each a label in capitals and a colon
// ("SLUG: COURT CROSSING DEATH JAILED", "Words: 547", "Status: FULL
// COPY - moves to all subscribers.", "PICS: police custody image
// available - call the desk.", "NOTE TO EDS: No reporting
// restrictions."), and a rule of "=" signs. Under it, the end mark
// ("ENDS"), another rule and the agency's footer: its name and
// address, the newsdesk's numbers, the subscribers' terms ("This copy
// is supplied to subscribers subject to our standard terms and
// conditions. Not to be reproduced without payment. (c) …"). The
// headline and the byline under the header are the story's.
//
// The fields' labels are the agency's own: once two of them, one
// distinctive of wire copy, open lines of the text, the text is wire
// copy, and its fields, its end mark and everything under the end mark
// are the agency's. A story's line that opens "Status:" or "Words:" is
// one line; no story holds a slug and a note to editors. The date in
// the header's bar line is read from Body by ingest before cleaning.

// wireLabels are the labels of an agency copy's fields, lower case,
// before their colon: the slug or catchline, the word count, the copy's
// status, the pictures' note, the notes to editors, the embargo, the
// desk, the priority, as UK and Irish agencies and the wires' plain
// formats word them. The value maps a label to whether it marks wire
// copy alone (distinctive): "Status:" and "Words:" may open a line of
// anything else, a slug or a note to editors only an agency's copy.
var wireLabels = map[string]bool{
	"slug": true, "catchline": true, "catch-line": true, "keyword": false,
	"words": false, "word count": true, "wordcount": true, "length": false,
	"status": false, "priority": false, "desk": false, "filed": false, "ref": false, "reference": false,
	"pics": true, "pix": true, "picture": false, "pictures": false, "photos": false,
	"note to eds": true, "notes to eds": true, "note to editors": true, "notes to editors": true,
	"eds note": true, "eds": true, "advisory": false,
	"embargo": true, "embargoed": true, "embargoed until": true,
	// The header's own date, time, byline and legal note ("DATE:
	// 11/03/2025", "TIME: 16:42", "BY: Court Reporter", "LEGAL: …
	// No reporting restrictions."), as court agencies set them: common
	// words on a line of anything, so never distinctive, but the
	// agency's fields once the copy is wire copy. The legal note is a
	// service message to subscribers (the restrictions, a correction's
	// "address removed on legal advice. Use this version only"), not
	// the story; its words recur on every copy the agency files from
	// court, so kept, they would tie unrelated stories together. A
	// credit line under its label stays (wireFurniture).
	"date": false, "time": false, "by": false, "legal": false, "legals": false,
}

// wireEndMarks are an agency copy's end marks alone on their line, lower
// case, trimmed of the dashes and slashes around them ("ENDS", "-ends-",
// "ENDS/", "MORE FOLLOWS" closing a take).
var wireEndMarks = map[string]bool{"ends": true, "end": true, "more follows": true, "more to follow": true}

const (
	// wireMinLabels is how many distinct field labels mark a text as
	// wire copy: two, one of them distinctive (wireLabels). The
	// shortest header holds a slug and a word count; one "Status:"
	// line alone is anybody's.
	wireMinLabels = 2
	// wireFieldMaxWords bounds a field line: the pictures' note with
	// two sentences ("PICS: police custody image available - call the
	// desk. Family collect picture of victim to follow.", 16 words),
	// a note to editors of three (about 30). A story's paragraph that
	// opens with a label and a colon is longer or stands alone.
	wireFieldMaxWords = 40
	// wireLabelMaxWords bounds a label before its colon ("notes to
	// editors", three words).
	wireLabelMaxWords = 3
)

// wireLabel returns the field label line opens with, lower case, and
// whether it has one: one of wireLabels before a colon, the line short
// (wireFieldMaxWords) and holding a value after the colon.
func wireLabel(line string) (string, bool) {
	line = strings.TrimSpace(line)
	k := strings.Index(line, ":")
	if k <= 0 || len(strings.Fields(line)) > wireFieldMaxWords || strings.TrimSpace(line[k+1:]) == "" {
		return "", false
	}
	label := strings.ToLower(strings.Join(strings.Fields(line[:k]), " "))
	label = strings.TrimRight(label, ".'’")
	if len(strings.Fields(label)) > wireLabelMaxWords {
		return "", false
	}
	if _, ok := wireLabels[label]; !ok {
		return "", false
	}
	return label, true
}

// signOffMarks are the end marks a news agency sets in brackets at the
// foot of the story it publishes on its own site, lower case, before
// the desk's initials ("(FIN) JHQ/MAO", Andina's and other Spanish-
// language agencies'; "(FIM)", "(END)", "(ENDE)", "(FINE)").
var signOffMarks = set(`(fin) (fim) (end) (ends) (ende) (fine)`)

// agencySignOff reports whether line is an agency's sign-off: one of
// signOffMarks opening it, the desk's initials or nothing after it, no
// sentence. It is the story's last line, and no title of a link list,
// though it has a title's shape: the link list under a box's heading
// that the story's sign-off follows ("Más en Andina:" over "(FIN)
// JHQ/MAO") ends before it.
func agencySignOff(line string, words int) bool {
	f := strings.Fields(strings.TrimSpace(line))
	return len(f) > 0 && words <= 3 && signOffMarks[strings.ToLower(f[0])] && !fullStop(line)
}

// wireEnd reports whether line is an end mark alone (wireEndMarks), in
// capitals as agencies set it ("ENDS", "-ENDS-"): a story's word "end"
// is never a line of its own in capitals.
func wireEnd(line string) bool {
	l := strings.Trim(strings.TrimSpace(line), "-–—/ ")
	if l == "" || strings.ToUpper(l) != l || !strings.ContainsFunc(l, unicode.IsLetter) {
		return false
	}
	return wireEndMarks[strings.ToLower(strings.Join(strings.Fields(l), " "))]
}

// wireCopy reports whether the text is an agency's wire copy: lines
// opening with wireMinLabels distinct field labels or more, one of them
// distinctive.
func wireCopy(body string, blocks []block) bool {
	seen := map[string]bool{}
	distinctive := false
	for i := range blocks {
		b := &blocks[i]
		if b.words > wireFieldMaxWords {
			continue
		}
		if label, ok := wireLabel(body[b.span.Start:b.span.End]); ok {
			seen[label] = true
			distinctive = distinctive || wireLabels[label]
		}
	}
	return distinctive && len(seen) >= wireMinLabels
}

// wireFurniture removes an agency copy's furniture (wireCopy): its
// field lines wherever they stand (wireLabel), its end mark (wireEnd)
// and, under the first end mark, every line: the agency's footer, its
// address, its newsdesk's numbers and its subscribers' terms with its
// own copyright notice (the rules keep the reason they had). A rule
// right under a field line (wireRule) closes the header and goes with
// it. A credit line above the end mark is the story's and stays.
func wireFurniture(body string, blocks []block) {
	if !wireCopy(body, blocks) {
		return
	}
	ended := false
	furniture := false // the last line was the agency's (a field or a rule)
	for i := range blocks {
		b := &blocks[i]
		line := body[b.span.Start:b.span.End]
		switch {
		case ended && b.class == classChrome:
			continue // a rule of "=" signs, already markup
		case ended:
			b.credit, b.copyright = false, false
		case wireEnd(line):
			ended = true
		case b.credit:
			continue
		case wireRule(line):
			if !furniture {
				continue
			}
		default:
			if _, ok := wireLabel(line); !ok {
				furniture = false
				continue
			}
		}
		b.class, b.score, b.reason = classChrome, 1, ReasonWire
		furniture = true
	}
}

// wireRuleMinRunes is the shortest rule an agency draws under its header
// ("-----"): a story's dinkus ("***", "* * *") is shorter or spaced.
const wireRuleMinRunes = 5

// wireRule reports whether line is a rule: one character of "-=_~*#"
// repeated, wireRuleMinRunes or more, alone on its line. In wire copy a
// rule under a field line closes the header (wireFurniture); a rule
// elsewhere is left as it was.
func wireRule(line string) bool {
	line = strings.TrimSpace(line)
	if len(line) < wireRuleMinRunes || !strings.ContainsRune("-=_~*#", rune(line[0])) {
		return false
	}
	return strings.Count(line, line[:1]) == len(line)
}

// A release distributor sends its releases to subscribers in a form of
// its own, as an agency sends its copy: APA-OTS sets a header line over
// the release ("OTS0123 5 II 0612 LOO0001 CI Di, 20.Jän 2026") and its
// keywords under it ("Umwelt/Hochwasser/Oberösterreich"), and under the
// release the sender's contact block ("Rückfragehinweis:", the press
// officer, the numbers), its press kit's link, its disclaimer ("***
// OTS-ORIGINALTEXT PRESSEAUSSENDUNG …") and its stamp ("OTS0123
// 2026-01-20/11:32"), the same under every release of the sender
// (pressrelease.Furniture reads the distributor's lines). None of it
// is the release's: two releases of one office share all of it and
// nothing else. The headline, the subtitle and the text with its
// dateline ("Linz (OTS) - …", by which pressrelease.Recognise still
// knows the cleaned text for a release) stay.

// releaseFurniture removes a distributor's form around a release: the
// distributor's lines wherever they stand (pressrelease.Furniture), the
// keywords line right under its header (pressrelease.Keywords), and,
// once the text has such a line, the release's notes
// (pressrelease.Notes: from the contact block's heading down), which
// the footer closes. A text with no line of the distributor's is left
// to the other rules: a release's contact block under a page's own
// copy is the page's text.
func releaseFurniture(body string, blocks []block) {
	form := false
	for i := range blocks {
		b := &blocks[i]
		if b.words == 0 || !pressrelease.Furniture(body[b.span.Start:b.span.End]) {
			continue
		}
		form = true
		b.class, b.score, b.reason = classChrome, 1, ReasonWire
		if k := i + 1; k < len(blocks) && pressrelease.IsLabel(body[b.span.Start:b.span.End]) &&
			pressrelease.Keywords(body[blocks[k].span.Start:blocks[k].span.End]) {
			blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonWire
		}
	}
	if !form {
		return
	}
	start, ok := pressrelease.Notes(body)
	if !ok {
		return
	}
	for i := range blocks {
		if b := &blocks[i]; b.span.Start >= start && b.words > 0 {
			b.class, b.score, b.reason = classChrome, 1, ReasonWire
			b.credit, b.copyright = false, false
		}
	}
}
